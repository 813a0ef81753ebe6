import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../core/config/app-config';

/**
 * `npm run backup -- <file>` / `npm run restore -- <file>` for DATABASE_URL (PostgreSQL), with
 * pg_dump's custom format. pg_dump reads one snapshot, so the copy is consistent while the app
 * runs; restore replaces every object of the dump in one transaction, so a failed restore leaves
 * the database as it was.
 */
async function main() {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'backup' && mode !== 'restore') || !file) {
    throw new Error('usage: npm run backup -- <file>  |  npm run restore -- <file>');
  }
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    throw new Error(
      `DATABASE_URL is not set: the embedded database in ${config.dataDir} is backed up by stopping the server and copying that folder.`,
    );
  }
  const path = resolve(file);
  if (mode === 'backup') {
    mkdirSync(dirname(path), { recursive: true });
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path}`, `--dbname=${config.DATABASE_URL}`]);
    console.log(`backed up to ${path}`);
  } else {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${config.DATABASE_URL}`, path]);
    console.log(`restored from ${path}`);
  }
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
