import { normalizeForMatching } from './word-filter.service';

describe(normalizeForMatching.name, () => {
  it.each([
    ['b a d', 'bad'],
    ['ＢＡＤ', 'bad'],
    ['B.a-D!', 'bad'],
    ['b\u200Ba\u00ADd', 'bad'],
    ['广 告，内容', '广告内容'],
    ['🌸 花 🌸', '花'],
    ['Ｓｃａｍ\tlink\n', 'scamlink'],
  ])('reads %j as %j', (text, expected) => {
    expect(normalizeForMatching(text)).toBe(expected);
  });
});
