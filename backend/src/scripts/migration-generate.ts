import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { ENTITIES } from '../app.entities';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../core/config/app-config';
import { MIGRATIONS_DIR } from '../core/database/data-source-options';
import { migrateWithLock } from '../core/database/migrate';
import { openDatabase } from '../core/database/open-database';

/**
 * `npm run migration:generate -- <Name>`: applies the existing migrations to a scratch database
 * (a fresh PGlite, or DATABASE_URL if set), diffs it against the entities and writes the
 * difference as a new migration in migrations/. Read the SQL before committing it.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
  const scratch = mkdtempSync(join(tmpdir(), 'ugc-migration-'));
  const config = loadConfig({ ...process.env, DATA_DIR: scratch });
  const { dataSource, embedded, close } = await openDatabase(config, ENTITIES);
  try {
    await migrateWithLock(dataSource, { embedded });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log('no changes: the entities match the migrations');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const render = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map(({ query, parameters }) =>
          `        await queryRunner.query(${asTemplateLiteral(query)}${parameters?.length ? `, ${JSON.stringify(parameters)}` : ''});`,
        )
        .join('\n');
    const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.js`);
    writeFileSync(
      file,
      `/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/** @implements {MigrationInterface} */
module.exports = class ${className} {
    name = '${className}';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
${render(sql.upQueries)}
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
${render([...sql.downQueries].reverse())}
    }
};
`,
    );
    console.log(`wrote ${file}`);
  } finally {
    await close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** SQL reads best unescaped: quote it as a JS template literal, as TypeORM's own generator does. */
function asTemplateLiteral(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
