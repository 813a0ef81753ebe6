import { describe, expect, it } from 'vitest';
import en from '../en.json';
import staffEn from '../staff.en.json';
import staffZhCN from '../staff.zh-CN.json';
import zhCN from '../zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Flattens to dotted keys; plural forms collapse to one key since languages have different forms. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(value, path);
  });
}

// The customer texts and the staff consoles' texts (loaded with the consoles) are checked alike.
const PARTS = [
  { name: 'customer texts', en, zhCN },
  { name: 'staff texts', en: staffEn, zhCN: staffZhCN },
];

describe.each(PARTS)('translations: $name', ({ en, zhCN }) => {
  it('have the same keys in English and Chinese', () => {
    const english = new Set(keys(en));
    const chinese = new Set(keys(zhCN));
    expect([...english].filter((key) => !chinese.has(key))).toEqual([]);
    expect([...chinese].filter((key) => !english.has(key))).toEqual([]);
  });

  it('have an "other" plural form wherever English has "one"', () => {
    const flat = JSON.stringify(zhCN);
    const englishPlurals = JSON.stringify(en).match(/"(\w+)_one"/g) ?? [];
    for (const plural of englishPlurals) {
      expect(flat).toContain(plural.replace('_one', '_other'));
    }
  });
});

describe('translations', () => {
  it('keep each key in one part only (a staff key the customer texts also had would be downloaded twice)', () => {
    const customer = new Set(Object.keys(en));
    expect(Object.keys(staffEn).filter((group) => customer.has(group))).toEqual([]);
  });
});
