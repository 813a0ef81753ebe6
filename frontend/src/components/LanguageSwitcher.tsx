import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { prefetchLanguages, setLanguage, SUPPORTED_LANGUAGES, toAppLanguage, type AppLanguage } from '../i18n';

// Each language is named in itself, so people can find theirs whatever is showing.
const LANGUAGE_NAMES: Record<AppLanguage, string> = {
  'zh-CN': '中文',
  en: 'English',
};

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = toAppLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('nav.language')}
      </label>
      {/* The other language's texts start downloading as soon as someone reaches for the list. */}
      <select
        id={id}
        className="language-switcher__select"
        value={current}
        onFocus={prefetchLanguages}
        onPointerEnter={prefetchLanguages}
        onChange={(event) => void setLanguage(event.target.value as AppLanguage)}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
