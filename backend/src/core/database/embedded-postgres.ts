import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataDirLock } from './data-dir-lock';

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
 *
 * The process that opens it holds DATA_DIR's lock (data-dir-lock.ts), and answers `npm run
 * backup` on the lock's control socket with a copy of the data dir taken between two queries.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lock: DataDirLock,
    readonly url: string,
    /** The 0700 folder holding the socket. */
    readonly socketDir: string,
    private readonly ownsSocketDir: boolean,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const dir = join(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    let socketDir = join(dataDir, 'pglite-socket');
    const ownsSocketDir = join(socketDir, SOCKET_FILE).length > MAX_SOCKET_PATH;
    if (ownsSocketDir) socketDir = mkdtempSync(join(tmpdir(), 'ugc-pg-'));
    mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    chmodSync(socketDir, 0o700);
    let db: PGlite | undefined;
    let lock: DataDirLock;
    try {
      lock = await DataDirLock.acquire(dataDir, (request, response) => void answerControl(db, request, response), socketDir);
    } catch (error) {
      if (ownsSocketDir) rmSync(socketDir, { recursive: true, force: true });
      throw error;
    }
    try {
      db = await openPglite(dir);
      // A socket left by a process that was killed would refuse the bind (the lock says none is live).
      rmSync(join(socketDir, SOCKET_FILE), { force: true });
      const server = new (pgliteSocket().PGLiteSocketServer)({ db, path: join(socketDir, SOCKET_FILE), maxConnections: 32 });
      await server.start();
      // The pg driver takes a folder as host and connects to its .s.PGSQL.5432 file.
      const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
      return new EmbeddedPostgres(db, server, lock, url, socketDir, ownsSocketDir);
    } catch (error) {
      await db?.close().catch(() => undefined);
      await lock.release();
      if (ownsSocketDir) rmSync(socketDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** A consistent copy of the database (gzippedDump), for backup. */
  dumpDataDir(): Promise<Readable> {
    return gzippedDump(this.db);
  }

  /**
   * Replaces DATA_DIR's embedded database with a dumpDataDir() copy, holding DATA_DIR's lock
   * (DataDirInUseError when a server has it open). The old folder is kept aside until the
   * copy has opened, so a failed restore leaves the database as it was.
   */
  static async restore(dataDir: string, tarball: Blob): Promise<void> {
    const lock = await DataDirLock.acquire(dataDir, (_request, response) => void response.writeHead(409).end('a restore is in progress'));
    const dir = join(dataDir, 'pglite');
    const aside = join(dataDir, `pglite.before-restore-${Date.now()}`);
    try {
      const hadDatabase = existsSync(dir);
      if (hadDatabase) renameSync(dir, aside);
      try {
        mkdirSync(dir, { mode: 0o700 });
        const db = await openPglite(dir, tarball);
        await db.query('SELECT 1');
        await db.close();
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        if (hadDatabase) renameSync(aside, dir);
        throw error;
      }
      rmSync(aside, { recursive: true, force: true });
    } finally {
      await lock.release();
    }
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    await this.lock.release();
    rmSync(join(this.socketDir, SOCKET_FILE), { force: true });
    if (this.ownsSocketDir) rmSync(this.socketDir, { recursive: true, force: true });
  }
}

/**
 * Loaded on first use only (a server on DATABASE_URL never needs them), through the packages'
 * CommonJS builds. Not through a dynamic import(): this build is CommonJS, so that took a
 * `new Function('return import()')`, and under jest V8 reused that compiled function across
 * test files, importing into a file already torn down ("You are trying to `import` a file after
 * the Jest environment has been torn down"), which failed random suites.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, as said above */
const pgliteSocket = () => require('@electric-sql/pglite-socket') as typeof import('@electric-sql/pglite-socket');

function openPglite(dir: string, loadDataDir?: Blob): Promise<PGlite> {
  const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
  // pg_trgm (story search) is a contrib module: PGlite loads it only when handed it here, and the
  // migration's CREATE EXTENSION then works as on PostgreSQL. (Typed by hand: this CommonJS
  // build's module resolution cannot see the package's subpath types.)
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: import('@electric-sql/pglite').Extension };
  return PGlite.create(dir, { extensions: { pg_trgm }, loadDataDir });
}
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * A copy of the data dir as PGlite's own tarball (loadDataDir reads it back), taken while no
 * query runs: PGlite runs one at a time, so the copy is what a crash at that instant would
 * leave, and opening it recovers to exactly the transactions committed before it (one open on
 * another connection is rolled back, as after a crash). Queries wait meanwhile (about 0.6 s for
 * 40 MB); the gzip runs after, while they go on.
 */
async function gzippedDump(db: PGlite): Promise<Readable> {
  const tar = await db.dumpDataDir('none');
  return Readable.fromWeb(tar.stream() as import('node:stream/web').ReadableStream).pipe(createGzip());
}

/** The control socket: GET /backup streams a gzippedDump(). */
async function answerControl(db: PGlite | undefined, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.url === '/ping') return void response.end('ok');
  if (request.url !== '/backup') return void response.writeHead(404).end();
  if (!db) return void response.writeHead(503).end('the database is still starting');
  try {
    const dump = await gzippedDump(db);
    response.writeHead(200, { 'content-type': 'application/gzip' });
    await pipeline(dump, response);
  } catch (error) {
    if (response.headersSent) response.destroy(error as Error);
    else response.writeHead(500).end((error as Error).message);
  }
}

/** The file name PostgreSQL clients look for in a socket folder (port 5432). */
const SOCKET_FILE = '.s.PGSQL.5432';
