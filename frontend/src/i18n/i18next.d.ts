import 'i18next';
import type en from './en.json';

// Translation keys are type-checked against the English file, so a typo or a
// missing key fails the build instead of showing a raw key to people.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
