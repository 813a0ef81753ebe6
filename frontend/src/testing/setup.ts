import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import i18n, { loadStaffTexts } from '../i18n';

// jsdom has no object URLs; previews only need a string.
if (typeof URL.createObjectURL !== 'function') {
  URL.createObjectURL = () => 'blob:test-preview';
  URL.revokeObjectURL = () => undefined;
}

// findBy… and waitFor give up after this long (the library's default is 1 s): on a machine busy
// with other work, a render that takes 100 ms alone has taken over a second.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('en');
  // The staff consoles' tests render their pages directly, without the routes that load these.
  await loadStaffTexts();
});

afterEach(() => {
  cleanup();
});
