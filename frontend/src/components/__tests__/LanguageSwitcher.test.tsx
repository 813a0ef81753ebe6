import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n, { LANGUAGE_STORAGE_KEY, startingLanguage, toAppLanguage } from '../../i18n';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { CompactNumber } from '../CompactNumber';
import { LanguageSwitcher } from '../LanguageSwitcher';

describe('LanguageSwitcher', () => {
  it('switches the UI, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <LanguageSwitcher />
        <CompactNumber value={12000} />
      </>,
    );
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('12K')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '中文');

    // The Chinese texts are a download of their own: until they are in, the page stays in
    // English (or is already Chinese), never a key.
    expect(screen.getByRole('combobox', { name: /^(Language|语言)$/ })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    // Large numbers follow the language: 1.2万 rather than 12K.
    expect(screen.getByText('1.2万')).toBeInTheDocument();
    expect(document.title).toBe('生活小故事');

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');
    expect(await screen.findByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('maps any Chinese browser language to zh-CN and everything else to English', () => {
    expect(toAppLanguage('zh')).toBe('zh-CN');
    expect(toAppLanguage('zh-TW')).toBe('zh-CN');
    expect(toAppLanguage('en-GB')).toBe('en');
    expect(toAppLanguage('fr')).toBe('en');
    expect(toAppLanguage(undefined)).toBe('en');
    expect(i18n.options.supportedLngs).toEqual(expect.arrayContaining(['en', 'zh-CN']));
  });

  it('starts in the language chosen on this device, else in the browser language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-TW', 'en']);
    expect(startingLanguage()).toBe('zh-CN');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(startingLanguage()).toBe('en');
    window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'zh-CN']);
    expect(startingLanguage()).toBe('en');
  });
});
