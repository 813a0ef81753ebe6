import { spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../core/config/app-config';
import { controlRequest, DataDirInUseError, liveHolder } from '../core/database/data-dir-lock';
import { EmbeddedPostgres } from '../core/database/embedded-postgres';

/**
 * `npm run backup -- <file>` / `npm run restore -- <file>`.
 *
 * DATABASE_URL (PostgreSQL): pg_dump's custom format. pg_dump reads one snapshot, so the copy is
 * consistent while the app runs; restore replaces every object of the dump in one transaction,
 * so a failed restore leaves the database as it was.
 *
 * Embedded (no DATABASE_URL): a gzipped tarball of DATA_DIR/pglite taken by the process that has
 * it open, between two queries (embedded-postgres.ts). A running server is asked for it on its
 * control socket (found through DATA_DIR/pglite.lock); with none running, this script opens the
 * database itself, holding the lock so that no server starts meanwhile. Restore refuses while a
 * server has the database open.
 */
async function main() {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'backup' && mode !== 'restore') || !file) {
    throw new Error('usage: npm run backup -- <file>  |  npm run restore -- <file>');
  }
  const config = loadConfig();
  const path = resolve(file);
  if (!config.DATABASE_URL) {
    if (mode === 'backup') await backupEmbedded(config.dataDir, path);
    else await restoreEmbedded(config.dataDir, path);
    return;
  }
  if (mode === 'backup') {
    mkdirSync(dirname(path), { recursive: true });
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path}`, `--dbname=${config.DATABASE_URL}`]);
    console.log(`backed up to ${path}`);
  } else {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${config.DATABASE_URL}`, path]);
    console.log(`restored from ${path}`);
  }
}

async function backupEmbedded(dataDir: string, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  try {
    const holder = await liveHolder(dataDir);
    if (holder) {
      const response = await controlRequest(holder, '/backup', 600_000);
      if (response.statusCode !== 200) {
        const reason = Buffer.concat(await response.toArray()).toString('utf8');
        throw new Error(`the server (process ${holder.pid}) could not make the backup: ${reason || response.statusCode}`);
      }
      await pipeline(response, createWriteStream(partial, { mode: 0o600 }));
      renameSync(partial, path);
      console.log(`backed up the running server's database (${dataDir}) to ${path}`);
      return;
    }
    if (!existsSync(join(dataDir, 'pglite', 'PG_VERSION'))) throw new Error(`there is no embedded database in ${dataDir} to back up`);
    const embedded = await EmbeddedPostgres.start(dataDir);
    try {
      await pipeline(await embedded.dumpDataDir(), createWriteStream(partial, { mode: 0o600 }));
    } finally {
      await embedded.stop();
    }
    renameSync(partial, path);
    console.log(`backed up the database in ${dataDir} to ${path}`);
  } finally {
    rmSync(partial, { force: true });
  }
}

async function restoreEmbedded(dataDir: string, path: string): Promise<void> {
  // A pg_dump file (PGDMP) is for DATABASE_URL; ours are gzip.
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  if (head[0] !== 0x1f || head[1] !== 0x8b) throw new Error(`${path} is not a backup of an embedded database (DATABASE_URL is not set)`);
  mkdirSync(dataDir, { recursive: true });
  try {
    await EmbeddedPostgres.restore(dataDir, new Blob([readFileSync(path)]));
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      throw new Error(`a server (process ${error.holder.pid}) is running on ${dataDir}: stop it, then restore (nothing was changed)`);
    }
    throw error;
  }
  console.log(`restored ${dataDir} from ${path}`);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new Error(`${command}: ${error.message} (install the PostgreSQL client tools)`)));
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} exited with ${code}`))));
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
