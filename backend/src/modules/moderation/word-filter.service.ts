import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type WordFilterVerdict = 'ALLOW' | 'REVIEW' | 'BLOCK';
export type ModerationTermAction = Exclude<WordFilterVerdict, 'ALLOW'>;

/**
 * Text as the word list matches it: NFKC folds full-width and compatibility forms (ＢＡＤ → BAD),
 * then lower case, then every space, punctuation mark, symbol and invisible character goes, so
 * "b a d", "b.a.d" and "b\u200Bad" all read "bad". Matching is by substring, which is also how
 * Chinese (written without spaces) has to be matched.
 */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\p{C}]+/gu, '');
}

/**
 * The word list, global and per campaign. BLOCK refuses the text; REVIEW sends it to the
 * moderation queue even where the campaign does not moderate. Stories and comments both ask here.
 */
@Injectable()
export class WordFilter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(text: string, campaignId: string | null): Promise<WordFilterVerdict> {
    return this.checkAll([text], campaignId);
  }

  /** The strictest verdict over several texts (a title and a body), each matched on its own. */
  async checkAll(texts: string[], campaignId: string | null): Promise<WordFilterVerdict> {
    const normalized = texts.map(normalizeForMatching).filter((text) => text.length > 0);
    if (!normalized.length) return 'ALLOW';
    const rows: { action: ModerationTermAction }[] = await this.dataSource.query(
      `SELECT action FROM moderation_terms
        WHERE (campaign_id IS NULL OR campaign_id = $2)
          AND EXISTS (SELECT 1 FROM unnest($1::text[]) AS text WHERE strpos(text, normalized_term) > 0)
        ORDER BY (action = 'BLOCK') DESC
        LIMIT 1`,
      [normalized, campaignId],
    );
    return rows[0]?.action ?? 'ALLOW';
  }
}
