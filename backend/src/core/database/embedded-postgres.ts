import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Unix socket paths are limited to about 107 bytes; a deeper DATA_DIR gets a private folder in the temp dir. */
const MAX_SOCKET_PATH = 100;

/**
 * PostgreSQL compiled to WASM (PGlite), served on a Unix socket so that TypeORM talks to it
 * with its ordinary `pg` driver: one set of migrations and queries serves the embedded default
 * and a real server alike. PGlite runs one transaction at a time; code inside a transaction must
 * use that transaction's manager only.
 *
 * The socket server asks for no password, so it must not be reachable by anyone else: it
 * listens on a socket in a folder only this process's user may enter (0700), never on a TCP
 * port that any local process could connect to and read password hashes or make itself ADMIN.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
    /** The 0700 folder holding the socket. */
    readonly socketDir: string,
    private readonly ownsSocketDir: boolean,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const dir = join(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Loaded on first use only (a server on DATABASE_URL never needs them), through the packages'
    // CommonJS builds. Not through a dynamic import(): this build is CommonJS, so that took a
    // `new Function('return import()')`, and under jest V8 reused that compiled function across
    // test files, importing into a file already torn down ("You are trying to `import` a file
    // after the Jest environment has been torn down"), which failed random suites.
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, as said above */
    const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
    const { PGLiteSocketServer } = require('@electric-sql/pglite-socket') as typeof import('@electric-sql/pglite-socket');
    // pg_trgm (story search) is a contrib module: PGlite loads it only when handed it here, and the
    // migration's CREATE EXTENSION then works as on PostgreSQL. (Typed by hand: this CommonJS
    // build's module resolution cannot see the package's subpath types.)
    const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: import('@electric-sql/pglite').Extension };
    /* eslint-enable @typescript-eslint/no-require-imports */
    const db = await PGlite.create(dir, { extensions: { pg_trgm } });
    let socketDir = join(dataDir, 'pglite-socket');
    const ownsSocketDir = join(socketDir, SOCKET_FILE).length > MAX_SOCKET_PATH;
    if (ownsSocketDir) socketDir = mkdtempSync(join(tmpdir(), 'ugc-pg-'));
    // A socket left by a process that was killed would refuse the bind.
    rmSync(join(socketDir, SOCKET_FILE), { force: true });
    mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    chmodSync(socketDir, 0o700);
    const server = new PGLiteSocketServer({ db, path: join(socketDir, SOCKET_FILE), maxConnections: 32 });
    await server.start();
    // The pg driver takes a folder as host and connects to its .s.PGSQL.5432 file.
    const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
    return new EmbeddedPostgres(db, server, url, socketDir, ownsSocketDir);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    rmSync(join(this.socketDir, SOCKET_FILE), { force: true });
    if (this.ownsSocketDir) rmSync(this.socketDir, { recursive: true, force: true });
  }
}

/** The file name PostgreSQL clients look for in a socket folder (port 5432). */
const SOCKET_FILE = '.s.PGSQL.5432';
