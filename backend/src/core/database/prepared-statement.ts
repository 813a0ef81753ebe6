import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { isEmbeddedOptions } from './data-source-options';

/**
 * A statement on the hot path (run by every signed-in page view), sent as a named prepared
 * statement straight through the connection pool: PostgreSQL parses and plans it once per
 * connection instead of on every request, and TypeORM's query runner (made and released per
 * call) is skipped. Its SQL must be fixed text: the name stands for it on every connection.
 * Rows come back as `pg` parses them, as with `dataSource.query`.
 *
 * On the embedded database it goes unnamed: PGlite is one session behind every connection, so
 * a name prepared by a connection the pool has since closed would still exist for the next one,
 * which would fail preparing it again. (Behind PgBouncer in transaction mode, named statements
 * need its `max_prepared_statements`.)
 */
export class PreparedStatement<R> {
  constructor(
    readonly name: string,
    private readonly text: string,
  ) {}

  async rows(dataSource: DataSource, values: unknown[]): Promise<R[]> {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const name = isEmbeddedOptions(dataSource.options) ? undefined : this.name;
    const result = await pool.query<R & object>({ name, text: this.text, values });
    return result.rows;
  }
}
