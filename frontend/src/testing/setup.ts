import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import i18n, { loadStaffTexts } from '../i18n';

// jsdom has no object URLs; previews only need a string.
if (typeof URL.createObjectURL !== 'function') {
  URL.createObjectURL = () => 'blob:test-preview';
  URL.revokeObjectURL = () => undefined;
}

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('en');
  // The staff consoles' tests render their pages directly, without the routes that load these.
  await loadStaffTexts();
});

afterEach(() => {
  cleanup();
});
