import 'i18next';
import type en from './en.json';
import type staffEn from './staff.en.json';

// Translation keys are type-checked against the English files, so a typo or a
// missing key fails the build instead of showing a raw key to people.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The staff consoles' texts are a namespace of their own (loaded with the consoles), looked
    // up whenever a key is not among the customer texts.
    fallbackNS: 'staff';
    resources: { translation: typeof en; staff: typeof staffEn };
    returnNull: false;
  }
}
