import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A statement on the hot path (run by every signed-in page view), sent as a named prepared
 * statement straight through the connection pool: PostgreSQL parses and plans it once per
 * connection instead of on every request, and TypeORM's query runner (made and released per
 * call) is skipped. Its SQL must be fixed text: the name stands for it on every connection.
 * Rows come back as `pg` parses them, as with `dataSource.query`.
 */
export class PreparedStatement<R> {
  constructor(
    readonly name: string,
    private readonly text: string,
  ) {}

  async rows(dataSource: DataSource, values: unknown[]): Promise<R[]> {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const result = await pool.query<R & object>({ name: this.name, text: this.text, values });
    return result.rows;
  }
}
