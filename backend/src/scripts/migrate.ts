import { loadConfig } from '../core/config/app-config';
import { ENTITIES } from '../app.entities';
import { migrateWithLock } from '../core/database/migrate';
import { openDatabase } from '../core/database/open-database';

/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
async function main() {
  const { dataSource, embedded, close } = await openDatabase(loadConfig(), ENTITIES);
  try {
    const applied = await migrateWithLock(dataSource, { embedded });
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
