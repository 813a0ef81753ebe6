import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageScope } from '../../gql/graphql';
import { REUSE_SCOPES } from './usageScopes';

interface ScopeChoicesProps {
  legend: ReactNode;
  /** The granted reuse scopes (COMMUNITY is always shown as on). */
  value: readonly string[];
  onToggle: (scope: UsageScope, granted: boolean) => void;
  /** Text shown under the legend (e.g. "tick only what you are happy with"). */
  intro?: string;
}

/**
 * The usage scopes as checkboxes in plain words, each with what it means for the author: the
 * same wording when posting and when changing one's mind later, so consent is informed both times.
 */
export function ScopeChoices({ legend, value, onToggle, intro }: ScopeChoicesProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="scope-choices">
      <legend className="scope-choices__legend">{legend}</legend>
      {intro && <p className="field__hint">{intro}</p>}
      <div className="consent scope-choices__item">
        <input id={`${id}-COMMUNITY`} type="checkbox" className="consent__box" checked disabled aria-describedby={`${id}-COMMUNITY-details`} />
        <div>
          <label htmlFor={`${id}-COMMUNITY`} className="consent__label">
            {t('usageScopes.COMMUNITY')} <span className="muted">({t('usageScopes.always')})</span>
          </label>
          <p id={`${id}-COMMUNITY-details`} className="field__hint">
            {t('usageScopes.COMMUNITY_details')}
          </p>
        </div>
      </div>
      {REUSE_SCOPES.map((scope) => (
        <div className="consent scope-choices__item" key={scope}>
          <input
            id={`${id}-${scope}`}
            type="checkbox"
            className="consent__box"
            checked={value.includes(scope)}
            onChange={(event) => onToggle(scope, event.target.checked)}
            aria-describedby={`${id}-${scope}-details`}
          />
          <div>
            <label htmlFor={`${id}-${scope}`} className="consent__label">
              {t(`usageScopes.${scope}`)}
            </label>
            <p id={`${id}-${scope}-details`} className="field__hint">
              {t(`usageScopes.${scope}_details`)}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
