import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopeChoices } from '../../../components/UsageRights/ScopeChoices';
import { reuseScopesOf } from '../../../components/UsageRights/usageScopes';
import type { UsageScope } from '../../../gql/graphql';

interface UsageRightsConsentProps {
  /** The reuse scopes ticked so far (none by default: nothing is pre-ticked). */
  scopes: readonly UsageScope[];
  onChange: (scopes: UsageScope[]) => void;
  /** The campaign's own terms; a plain default when the brand wrote none. */
  licenceText?: string | null;
}

/** Wide enough to show the terms open beside the choices; on a phone they fold away under a summary. */
const wideScreen = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 720px)').matches;

/**
 * Opt-in per scope, never pre-ticked: the brand may only reuse the story where the author says so.
 * COMMUNITY comes with posting and is shown as always on; the terms sit beside the choices.
 */
export function UsageRightsConsent({ scopes, onChange, licenceText }: UsageRightsConsentProps) {
  const { t } = useTranslation();
  const [open] = useState(wideScreen);
  const toggle = (scope: UsageScope, granted: boolean) =>
    onChange(reuseScopesOf(granted ? [...scopes, scope] : scopes.filter((s) => s !== scope)));
  return (
    <div className="usage-consent">
      <ScopeChoices legend={t('usageScopes.legend')} intro={t('usageScopes.intro')} value={scopes} onToggle={toggle} />
      <details className="usage-consent__licence" open={open}>
        <summary>{t('usageScopes.licenceTitle')}</summary>
        <p className="usage-consent__licence-text">{licenceText?.trim() || t('usageScopes.licenceDefault')}</p>
      </details>
    </div>
  );
}
