import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Where an explicit choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'ugc.lang';

/** Any Chinese variant the browser reports gets the Simplified Chinese UI; everything else English. */
export function toAppLanguage(language: string | undefined | null): AppLanguage {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function syncDocumentLanguage(language: string) {
  if (typeof document === 'undefined') return;
  const lang = toAppLanguage(language);
  document.documentElement.lang = lang;
  document.title = i18n.t('app.name', { lng: lang });
}

// Registered before init so the very first detected language also reaches <html lang>.
i18n.on('languageChanged', syncDocumentLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {
      en: { translation: en },
      'zh-CN': { translation: zhCN },
    },
    supportedLngs: [...SUPPORTED_LANGUAGES],
    fallbackLng: 'en',
    load: 'currentOnly',
    // Resources are bundled, so initialising synchronously avoids a flash of keys.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice is remembered (see setLanguage), so a browser
      // language change still takes effect for people who never chose.
      caches: [],
      convertDetectedLanguage: toAppLanguage,
    },
    react: { useSuspense: false },
    // Keeps the browser console clean.
    showSupportNotice: false,
  });

/** Switches the UI language and remembers the choice on this device. */
export async function setLanguage(language: AppLanguage): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage unavailable: the switch still applies for this visit.
  }
  await i18n.changeLanguage(language);
}

export default i18n;
