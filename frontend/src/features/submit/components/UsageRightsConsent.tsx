import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface UsageRightsConsentProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Opt-in, never pre-ticked: the brand may only reuse the story if the author says so. */
export function UsageRightsConsent({ checked, onChange }: UsageRightsConsentProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="consent">
      <input id={id} type="checkbox" className="consent__box" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={`${id}-details`} />
      <div>
        <label htmlFor={id} className="consent__label">
          {t('submit.consentLabel')}
        </label>
        <p id={`${id}-details`} className="field__hint">
          {t('submit.consentDetails')}
        </p>
      </div>
    </div>
  );
}
