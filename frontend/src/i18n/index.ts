import i18n, { type LanguageDetectorModule } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Where an explicit choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'ugc.lang';

/** Any Chinese variant the browser reports gets the Simplified Chinese UI; everything else English. */
export function toAppLanguage(language: string | undefined | null): AppLanguage {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

type Texts = () => Promise<{ default: Record<string, unknown> }>;

/**
 * Each language's texts are chunks of their own: a visit downloads only the language it shows,
 * and the other one when someone switches to it. The staff consoles' texts (moderation, brand
 * tools) are a second part, loaded with those consoles (loadStaffTexts), so customers never
 * download them.
 */
const TEXTS: Record<'translation' | 'staff', Record<AppLanguage, Texts>> = {
  translation: { en: () => import('./en.json'), 'zh-CN': () => import('./zh-CN.json') },
  staff: { en: () => import('./staff.en.json'), 'zh-CN': () => import('./staff.zh-CN.json') },
};

/**
 * The language to start in: the one chosen on this device (see setLanguage), else the browser's.
 * Only an explicit choice is remembered, so a browser language change still takes effect for
 * people who never chose. (What i18next-browser-languagedetector did here, without its 6 KB in
 * every first download.)
 */
export function startingLanguage(): AppLanguage {
  let chosen: string | null = null;
  try {
    chosen = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage unavailable: the browser's language decides.
  }
  return toAppLanguage(chosen ?? navigator.languages?.[0] ?? navigator.language);
}

const languageDetector: LanguageDetectorModule = { type: 'languageDetector', detect: startingLanguage };

function syncDocumentLanguage(language: string) {
  if (typeof document === 'undefined') return;
  const lang = toAppLanguage(language);
  document.documentElement.lang = lang;
  document.title = i18n.t('app.name', { lng: lang });
}

// Registered before init so the very first detected language also reaches <html lang>. i18next
// says languageChanged once the language's texts have arrived, so the title is never a key.
i18n.on('languageChanged', syncDocumentLanguage);

/**
 * Settles once the first language's texts are in: the app renders after it, so nobody sees keys.
 * A language that fails to load (offline) still settles, and the page shows what it can.
 */
export const i18nReady: Promise<unknown> = i18n
  .use(languageDetector)
  .use(initReactI18next)
  .use(resourcesToBackend((language: string, namespace: string) => TEXTS[namespace === 'staff' ? 'staff' : 'translation'][toAppLanguage(language)]()))
  .init({
    ns: ['translation'],
    defaultNS: 'translation',
    // A key the customer texts lack is looked up in the staff texts (once they are loaded), so
    // every component asks for its key the same way, whichever part holds it.
    fallbackNS: 'staff',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    // English stands in for anything unsupported. Chinese has every English key
    // (translations.test.ts), so it has no fallback: a Chinese page downloads Chinese texts only.
    fallbackLng: { 'zh-CN': [], default: ['en'] },
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
    // Keeps the browser console clean.
    showSupportNotice: false,
  })
  .catch(() => undefined);

/**
 * Loads the staff consoles' texts in the language shown; from then on a language switch brings
 * them along too (i18next loads every namespace asked for so far).
 */
export function loadStaffTexts(): Promise<void> {
  return i18n.loadNamespaces('staff').catch(() => undefined);
}

/**
 * Fetches the other languages' texts ahead of a switch (the switcher calls it when it gets focus
 * or a pointer), so choosing one changes the page at once.
 */
export function prefetchLanguages(): void {
  void i18n.loadLanguages([...SUPPORTED_LANGUAGES]).catch(() => undefined);
}

/**
 * Switches the UI language and remembers the choice on this device. The page keeps its current
 * language until the new one's texts are in (never a flash of keys).
 */
export async function setLanguage(language: AppLanguage): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage unavailable: the switch still applies for this visit.
  }
  await i18n.changeLanguage(language);
}

export default i18n;
