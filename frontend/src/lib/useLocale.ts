import { useTranslation } from 'react-i18next';
import { toAppLanguage, type AppLanguage } from '../i18n';

/** The active UI language as a BCP 47 tag for Intl formatters. */
export function useLocale(): AppLanguage {
  const { i18n } = useTranslation();
  return toAppLanguage(i18n.resolvedLanguage ?? i18n.language);
}
