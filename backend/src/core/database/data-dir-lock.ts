import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, IncomingMessage, RequestListener, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What DATA_DIR/pglite.lock says about the process that has the embedded database open. */
export interface LockHolder {
  pid: number;
  /** Its control socket (HTTP over a Unix socket in a 0700 folder). */
  control: string;
}

/** Another live process has DATA_DIR's embedded database open. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${holder.pid} (a running server, or a backup or restore): stop it first`);
  }
}

/**
 * One process at a time has DATA_DIR's embedded database open: PGlite is PostgreSQL in one
 * process, and a second one opening the same folder would corrupt it. The holder writes
 * DATA_DIR/pglite.lock (its pid and control socket) and listens on that socket; the socket
 * answering is what proves the lock is held, so a lock left by a killed process (or whose pid
 * was reused, as in containers) is taken over. The control socket is how `npm run backup` asks
 * a running server for a consistent copy: it lives in a folder only this user may enter, which
 * is its authentication, as for the database socket beside it.
 */
export class DataDirLock {
  private constructor(
    private readonly lockFile: string,
    private readonly server: Server,
    private readonly ownedDir: string | undefined,
  ) {}

  static lockFileOf(dataDir: string): string {
    return join(dataDir, 'pglite.lock');
  }

  /**
   * Takes the lock, serving `handler` on the control socket in `socketDir` (a 0700 folder; a
   * private temp folder when none is given). Throws DataDirInUseError when a live process holds it.
   */
  static async acquire(dataDir: string, handler: RequestListener, socketDir?: string): Promise<DataDirLock> {
    const ownedDir = socketDir ? undefined : mkdtempSync(join(tmpdir(), 'ugc-lock-'));
    const control = join(socketDir ?? ownedDir!, 'control.sock');
    rmSync(control, { force: true });
    const server = createServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(control, () => resolve());
    });
    // Listening before the lock file exists: whoever reads the file finds the socket answering.
    const lockFile = DataDirLock.lockFileOf(dataDir);
    const content = JSON.stringify({ pid: process.pid, control } satisfies LockHolder);
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          writeFileSync(lockFile, content, { flag: 'wx', mode: 0o600 });
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
        }
        const holder = await liveHolder(dataDir);
        if (holder) throw new DataDirInUseError(dataDir, holder);
        rmSync(lockFile, { force: true });
      }
    } catch (error) {
      await closeServer(server);
      if (ownedDir) rmSync(ownedDir, { recursive: true, force: true });
      throw error;
    }
    return new DataDirLock(lockFile, server, ownedDir);
  }

  async release(): Promise<void> {
    await closeServer(this.server);
    // Only our own lock: never one a later holder wrote.
    try {
      if ((JSON.parse(readFileSync(this.lockFile, 'utf8')) as LockHolder).pid === process.pid) unlinkSync(this.lockFile);
    } catch {
      // Already gone.
    }
    if (this.ownedDir) rmSync(this.ownedDir, { recursive: true, force: true });
  }
}

/** The process holding DATA_DIR's lock, if there is one and its control socket answers. */
export async function liveHolder(dataDir: string): Promise<LockHolder | undefined> {
  const lockFile = DataDirLock.lockFileOf(dataDir);
  if (!existsSync(lockFile)) return undefined;
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
  try {
    const response = await controlRequest(holder, '/ping', 5000);
    response.resume();
    return holder;
  } catch {
    return undefined;
  }
}

/** A GET to the holder's control socket; the response unread. */
export function controlRequest(holder: LockHolder, path: string, timeoutMs: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpGet({ socketPath: holder.control, path, timeout: timeoutMs }, resolve);
    request.on('timeout', () => request.destroy(new Error(`no answer on ${holder.control} within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
