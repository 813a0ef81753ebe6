import { describe, expect, it } from 'vitest';
import en from '../en.json';
import zhCN from '../zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Flattens to dotted keys; plural forms collapse to one key since languages have different forms. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(value, path);
  });
}

describe('translations', () => {
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
