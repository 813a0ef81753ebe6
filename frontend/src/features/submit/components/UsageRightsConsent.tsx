import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/CheckboxField';

interface UsageRightsConsentProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Opt-in, never pre-ticked: the brand may only reuse the story if the author says so. */
export function UsageRightsConsent({ checked, onChange }: UsageRightsConsentProps) {
  const { t } = useTranslation();
  return <CheckboxField label={t('submit.consentLabel')} details={t('submit.consentDetails')} checked={checked} onChange={onChange} />;
}
