import { BadUserInputError } from '../../core/errors/app-errors';

/** More words than this add nothing a person means and cost a condition each. */
export const MAX_SEARCH_WORDS = 8;

export interface SearchQuery {
  /** Each word as stories.search_text writes text: every one must appear; a word in the title ranks higher. */
  words: string[];
  /** The same words as LIKE patterns (`%word%`, escaped), for the trigram index. */
  patterns: string[];
  /** The query text handed to the database's own story_hashtags() (the rule stories are tagged by), when it holds a hashtag. */
  hashtagText: string | null;
}

/**
 * Splits a search into words and hashtags. Words match anywhere in the title or body, Chinese by
 * substring; each is written the way the StorySearch migration's story_search_text() writes the
 * stories (lower case, every non-ASCII character between spaces). Hashtags
 * (`#话题`, `＃tag`, `#话题#`) are left to the database's story_hashtags(), so a search finds
 * exactly the tags a story was given.
 */
export function parseSearchQuery(raw: string): SearchQuery {
  const tokens = raw.trim().split(/\s+/u).filter(Boolean);
  const hashtagTokens = tokens.filter((token) => /^[#＃]/u.test(token));
  const words = tokens.filter((token) => !/^[#＃]/u.test(token));
  if (!words.length && !hashtagTokens.some((token) => token.replace(/[#＃]/gu, '').length)) {
    throw new BadUserInputError('Type a word or a #hashtag to search for.', 'query');
  }
  if (words.length > MAX_SEARCH_WORDS) throw new BadUserInputError(`Search for at most ${MAX_SEARCH_WORDS} words at a time.`, 'query');
  const written = [...new Set(words.map(searchText))];
  return {
    words: written,
    patterns: written.map((word) => `%${escapeLike(word)}%`),
    hashtagText: hashtagTokens.length ? hashtagTokens.join(' ') : null,
  };
}

/** The same as the database's story_search_text() does to text, for one word. */
export function searchText(word: string): string {
  return word.toLowerCase().replace(/([^\u0001-\u007f])/gu, ' $1 ');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
