import { resolve } from 'node:path';
import { DataSourceOptions, EntitySchema } from 'typeorm';
import { AfterCommitSubscriber } from './after-commit';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The repository's top-level migrations/ folder: same depth from src/ and from dist/. */
export const MIGRATIONS_DIR = resolve(__dirname, '../../../../migrations');

/**
 * The embedded database gets a single connection: PGlite runs one statement at a time, and its
 * socket server interleaves the extended-protocol messages of concurrent connections (one
 * connection's unnamed portal is lost to another's), so requests queue in the pool instead.
 */
/** The tables the app maps: the app's list (app.entities.ts), handed in so the core names no domain. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | EntitySchema)[];

export function dataSourceOptions(url: string, options: { embedded: boolean; entities: EntityList; poolSize?: number }): DataSourceOptions {
  const poolSize = options.embedded ? 1 : (options.poolSize ?? 10);
  return {
    type: 'postgres',
    url,
    entities: options.entities,
    subscribers: [AfterCommitSubscriber],
    migrations: [`${MIGRATIONS_DIR}/*.js`],
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Waiting for a connection: on the embedded database every request queues for its one
    // connection, so a burst (hundreds of likes at once on a busy laptop) needs a longer wait
    // than PostgreSQL's pool ever should.
    extra: { max: poolSize, connectionTimeoutMillis: options.embedded ? 60_000 : 10_000 },
  };
}

/** True for the embedded database's options (see dataSourceOptions). */
export function isEmbeddedOptions(options: DataSourceOptions): boolean {
  return (options as { extra?: { max?: number } }).extra?.max === 1;
}
