import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/app-errors';
import { isId } from '../graphql/id.pipe';
import { Page, toPage } from './connection';
import { decodeCursor, encodeCursor } from './cursor';

export interface KeysetOptions {
  first: number;
  after?: string | null;
  /** The timestamp column (snake_case, as in the table) that orders the list; ties go by id. */
  column: string;
  direction: 'ASC' | 'DESC';
}

/**
 * Pages any query over one table by (timestamp, id). The cursor holds the timestamp as whole
 * microseconds since the epoch rather than a JS Date, which only keeps milliseconds: with a
 * rounded timestamp, rows created in the same millisecond would be skipped or shown twice.
 */
export async function keysetPage<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  options: KeysetOptions,
): Promise<Page<E>> {
  const alias = query.alias;
  const column = `"${alias}"."${options.column}"`;
  if (options.after) {
    const [micros, id] = decodeCursor(options.after, 2);
    if (typeof micros !== 'string' || !/^-?\d{1,18}$/.test(micros) || !isId(id)) {
      throw new BadUserInputError('The cursor is not valid.', 'after');
    }
    const comparison = options.direction === 'ASC' ? '>' : '<';
    query.andWhere(
      `(${column}, "${alias}"."id") ${comparison} (TIMESTAMPTZ 'epoch' + CAST(:keysetMicros AS bigint) * INTERVAL '1 microsecond', CAST(:keysetId AS uuid))`,
      { keysetMicros: micros, keysetId: id },
    );
  }
  query
    .addSelect(`CAST(CAST(extract(epoch FROM ${column}) * 1000000 AS bigint) AS text)`, 'keyset_micros')
    .orderBy(column, options.direction)
    .addOrderBy(`"${alias}"."id"`, options.direction)
    .limit(options.first + 1);
  const { entities, raw } = await query.getRawAndEntities<{ keyset_micros: string }>();
  const microsById = new Map<string, string>();
  for (const row of raw) microsById.set((row as Record<string, string>)[`${alias}_id`], row.keyset_micros);
  return toPage(entities, options.first, (entity) => encodeCursor([microsById.get(entity.id), entity.id]));
}
