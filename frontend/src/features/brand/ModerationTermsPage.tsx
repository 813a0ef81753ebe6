import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import type { ModerationTermAction, ModerationTermFieldsFragment } from '../../gql/graphql';
import { getErrorField } from '../../lib/errors';
import { characterCount, formatDate } from '../../lib/format';
import { MODERATION_TERM_MAX } from '../../lib/limits';
import { notify } from '../../lib/notices';
import { useDescribeError } from '../../lib/useDescribeError';
import { useLocale } from '../../lib/useLocale';
import { AddModerationTermDocument } from './api/addModerationTerm';
import { ModerationTermsDocument, TermCampaignsDocument } from './api/moderationTerms';
import { RemoveModerationTermDocument } from './api/removeModerationTerm';

const ACTIONS: readonly ModerationTermAction[] = ['BLOCK', 'REVIEW'];

/**
 * The word list stories and comments are checked against: global, or for one campaign (where
 * the global list applies as well). BLOCK refuses the text; REVIEW holds a story for a moderator.
 */
export function ModerationTermsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = useDescribeError();
  const ids = { scope: useId(), action: useId() };
  const [searchParams, setSearchParams] = useSearchParams();
  const campaignId = searchParams.get('campaign') || null;
  const [term, setTerm] = useState('');
  const [action, setAction] = useState<ModerationTermAction>('BLOCK');
  const [localError, setLocalError] = useState<string | null>(null);

  // Kept out of the shared cache: this list of every campaign is only for the picker.
  const campaigns = useQuery(TermCampaignsDocument, { variables: { first: 100 }, fetchPolicy: 'no-cache' });
  const terms = useQuery(ModerationTermsDocument, { variables: { campaignId }, fetchPolicy: 'cache-and-network' });
  const variables = { campaignId };

  const [addTerm, adding] = useMutation(AddModerationTermDocument, {
    update: (cache, { data }) => {
      const added = data?.addModerationTerm;
      if (!added) return;
      const existing = cache.readQuery({ query: ModerationTermsDocument, variables });
      if (!existing) return;
      cache.writeQuery({
        query: ModerationTermsDocument,
        variables,
        data: { moderationTerms: [...existing.moderationTerms.filter((entry) => entry.id !== added.id), added] },
      });
    },
  });
  const [removeTerm] = useMutation(RemoveModerationTermDocument);
  const [removing, setRemoving] = useState<string | null>(null);

  const scopeName = campaignId ? (campaigns.data?.campaigns.nodes.find((campaign) => campaign.id === campaignId)?.title ?? '') : t('terms.scopeGlobal');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = term.trim();
    if (!trimmed) return setLocalError(t('form.errorRequired'));
    if (characterCount(trimmed) > MODERATION_TERM_MAX) return setLocalError(t('form.errorTooLong', { max: MODERATION_TERM_MAX }));
    setLocalError(null);
    try {
      await addTerm({ variables: { input: { term: trimmed, action, campaignId } } });
      notify('success', t('terms.added', { term: trimmed }));
      setTerm('');
    } catch {
      // Shown next to the field (CONFLICT, BAD_USER_INPUT on "term") or below the form.
    }
  };

  const remove = async (entry: ModerationTermFieldsFragment) => {
    setRemoving(entry.id);
    try {
      await removeTerm({
        variables: { id: entry.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'ModerationTerm', id: entry.id }) });
          cache.gc();
        },
      });
      notify('success', t('terms.removed', { term: entry.term }));
    } catch (error) {
      notify('error', describe(error));
    } finally {
      setRemoving(null);
    }
  };

  const serverFieldError = adding.error && getErrorField(adding.error) === 'term' ? describe(adding.error) : null;
  const list = terms.data?.moderationTerms;

  return (
    <div className="page terms-page">
      <h1 className="page-title">{t('terms.title')}</h1>
      <p className="page-intro">{t('terms.intro')}</p>

      <div className="field terms-page__scope">
        <label htmlFor={ids.scope} className="field__label">
          {t('terms.scopeLabel')}
        </label>
        <select
          id={ids.scope}
          className="field__control"
          value={campaignId ?? ''}
          onChange={(event) => setSearchParams(event.target.value ? { campaign: event.target.value } : {}, { replace: true })}
        >
          <option value="">{t('terms.scopeGlobal')}</option>
          {campaigns.data?.campaigns.nodes.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.title} ({t(`campaignStatus.${campaign.status}`)})
            </option>
          ))}
        </select>
        <p className="field__hint">{campaignId ? t('terms.scopeCampaignHint') : t('terms.scopeGlobalHint')}</p>
      </div>

      <form className="card form terms-form" onSubmit={submit} noValidate aria-labelledby="terms-add-title">
        <h2 id="terms-add-title" className="section-title">
          {t('terms.addTitle', { scope: scopeName })}
        </h2>
        <TextField label={t('terms.termLabel')} value={term} onChange={setTerm} maxChars={MODERATION_TERM_MAX} required error={localError ?? serverFieldError} autoComplete="off" />
        <ChoiceGroup
          legend={t('terms.actionLabel')}
          name={ids.action}
          choices={ACTIONS.map((value) => ({
            value,
            label: (
              <>
                <strong>{t(`terms.action.${value}`)}</strong> — {t(`terms.actionHint.${value}`)}
              </>
            ),
          }))}
          value={action}
          onChange={setAction}
        />
        {adding.error && !serverFieldError && <ErrorNotice error={adding.error} compact />}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={adding.loading}>
            {adding.loading ? t('common.sending') : t('terms.add')}
          </button>
        </div>
      </form>

      <section aria-labelledby="terms-list-title">
        <h2 id="terms-list-title" className="section-title">
          {t('terms.listTitle', { scope: scopeName })}
        </h2>
        {!list && terms.error ? (
          <ErrorNotice error={terms.error} onRetry={() => void terms.refetch()} />
        ) : !list ? (
          <Loading lines={3} />
        ) : list.length === 0 ? (
          <EmptyState title={t('terms.empty')} />
        ) : (
          <ul className="card terms-list">
            {list.map((entry) => (
              <li key={entry.id} className="cluster terms-list__item">
                <span className="terms-list__term">{entry.term}</span>
                <span className={`badge badge--term-${entry.action.toLowerCase()}`}>{t(`terms.action.${entry.action}`)}</span>
                <span className="muted terms-list__date">{formatDate(entry.createdAt, locale)}</span>
                <button type="button" className="text-button text-button--danger" onClick={() => void remove(entry)} disabled={removing === entry.id}>
                  {t('terms.remove')}
                  <span className="visually-hidden"> {entry.term}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
