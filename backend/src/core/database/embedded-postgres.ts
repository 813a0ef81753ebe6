import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL compiled to WASM (PGlite), served on a loopback port so that TypeORM talks to it
 * with its ordinary `pg` driver: one set of migrations and queries serves the embedded default
 * and a real server alike. PGlite runs one transaction at a time; code inside a transaction must
 * use that transaction's manager only.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const dir = join(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    // Both packages are ESM-only; a dynamic import keeps this CommonJS build loading them.
    const { PGlite } = await dynamicImport<typeof import('@electric-sql/pglite')>('@electric-sql/pglite');
    const { PGLiteSocketServer } = await dynamicImport<typeof import('@electric-sql/pglite-socket')>(
      '@electric-sql/pglite-socket',
    );
    const db = await PGlite.create(dir);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
    await server.start();
    return new EmbeddedPostgres(db, server, `postgres://postgres@${server.getServerConn()}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}

// TypeScript compiles `import()` to `require()` under CommonJS; this keeps it a real import().
const dynamicImport = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
