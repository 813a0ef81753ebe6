import { BadUserInputError } from '../../core/errors/app-errors';
import { parseSearchQuery, searchText } from './search-query';

describe(parseSearchQuery.name, () => {
  it('writes each word as stories.search_text holds text: lower case, every non-ASCII character alone', () => {
    expect(parseSearchQuery('  Thermos 生活  ')).toEqual({
      words: ['thermos', ' 生  活 '],
      patterns: ['%thermos%', '% 生  活 %'],
      hashtagText: null,
    });
  });

  it('leaves hashtags to the database and keeps the other words', () => {
    expect(parseSearchQuery('#清凉一夏 西瓜 ＃summer')).toEqual({ words: [' 西  瓜 '], patterns: ['% 西  瓜 %'], hashtagText: '#清凉一夏 ＃summer' });
  });

  it("escapes LIKE's wildcards and counts a repeated word once", () => {
    expect(parseSearchQuery('100%_off 100%_OFF a\\b').patterns).toEqual(['%100\\%\\_off%', '%a\\\\b%']);
  });

  it('refuses nothing to search for, and too many words', () => {
    expect(() => parseSearchQuery('   ')).toThrow(BadUserInputError);
    expect(() => parseSearchQuery('# ＃')).toThrow(BadUserInputError);
    expect(() => parseSearchQuery('a b c d e f g h i')).toThrow(BadUserInputError);
  });

  it('spaces emoji and accented letters like Chinese, so the same word always matches the same way', () => {
    expect(searchText('Café🌸')).toBe('caf é  🌸 ');
  });
});
