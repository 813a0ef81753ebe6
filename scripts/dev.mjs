#!/usr/bin/env node
// `npm run dev`: the API rebuilt and restarted on every change (tsc --watch + node --watch) on
// :3000, and the web app with hot reload on Vite's port (5173), which proxies the API.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => spawn(command, args, { cwd: root, stdio: 'inherit' });

for (const workspace of ['shared', 'backend']) {
  if (spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
const children = [
  run('npx', ['tsc', '-p', 'backend/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run(process.execPath, ['--watch-path=backend/dist', join(root, 'backend/dist/main.js')]),
  run('npm', ['run', 'dev', '-w', 'frontend']),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
