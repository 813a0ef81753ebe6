import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** An arbitrary, fixed key: every instance of this app agrees on it. */
const MIGRATION_LOCK_KEY = 727_310_001;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that instances starting
 * together on an empty database take turns: the first migrates, the others find nothing to do.
 */
export async function migrateWithLock(dataSource: DataSource, options: { embedded?: boolean } = {}): Promise<string[]> {
  const logger = new Logger('Migrations');
  if (options.embedded) {
    // One process owns an embedded database (and holds its only connection): nothing to race.
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    return applied.map((m) => m.name);
  }
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    return applied.map((m) => m.name);
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}
