import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import type { PointsRulesInput } from '../../../gql/graphql';
import { notify } from '../../../lib/notices';
import { SetPointsRulesDocument } from '../api/setPointsRules';

/** What the form offers a campaign that never set rules (it gives no points until saved). */
export const SUGGESTED_POINTS_RULES: PointsRulesInput = { storyApproved: 10, storyFeatured: 50, prizeWon: 100, likeReceived: 1, likeReceivedDailyCap: 20 };
const FIELDS: (keyof PointsRulesInput)[] = ['storyApproved', 'storyFeatured', 'prizeWon', 'likeReceived', 'likeReceivedDailyCap'];
const MAX = 10_000;

/** The console's "Member points" section: what members earn in this campaign, saved on its own. */
export function PointsRulesEditor({ campaignId, rules }: { campaignId: string; rules: PointsRulesInput | null | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Record<keyof PointsRulesInput, string>>(() => {
    const start = rules ?? SUGGESTED_POINTS_RULES;
    return Object.fromEntries(FIELDS.map((field) => [field, String(start[field])])) as Record<keyof PointsRulesInput, string>;
  });
  const [save, state] = useMutation(SetPointsRulesDocument);
  const invalid = FIELDS.filter((field) => !/^\d+$/.test(values[field]) || Number(values[field]) > MAX);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid.length) return;
    const input = Object.fromEntries(FIELDS.map((field) => [field, Number(values[field])])) as unknown as PointsRulesInput;
    try {
      await save({ variables: { campaignId, input } });
      notify('success', t('brand.pointsSaved'));
    } catch {
      // Shown below.
    }
  };

  return (
    <section className="card card--large points-rules-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('brand.pointsTitle')}
      </h2>
      <p className="muted">{rules ? t('brand.pointsIntro') : t('brand.pointsNotSet')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="form__row points-rules-editor__fields">
          {FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`} className="field__label">
                {t(`brand.points.${field}`)}
              </label>
              <input
                id={`${id}-${field}`}
                className="field__control field__control--narrow"
                inputMode="numeric"
                type="number"
                min={0}
                max={MAX}
                step={1}
                value={values[field]}
                aria-invalid={invalid.includes(field) || undefined}
                aria-describedby={invalid.includes(field) ? `${id}-${field}-error` : undefined}
                onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
              />
              {invalid.includes(field) && (
                <p id={`${id}-${field}-error`} className="field__error">
                  {t('brand.pointsInvalid', { max: MAX })}
                </p>
              )}
            </div>
          ))}
        </div>
        <p className="muted">{t('brand.pointsNotRetroactive')}</p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={state.loading || invalid.length > 0}>
            {state.loading ? t('common.sending') : t('brand.pointsSave')}
          </button>
        </div>
      </form>
      {state.error && <ErrorNotice error={state.error} />}
    </section>
  );
}
