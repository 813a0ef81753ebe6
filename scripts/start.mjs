#!/usr/bin/env node
// `npm start`: builds whatever is out of date (the shared package, the API, the web app), then
// runs the server, which serves the API and the web app at http://localhost:${PORT:-3000}.
// The same command works with NODE_ENV=production.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of any file under the given paths (node_modules and dist skipped). */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return latest;
}

function builtAt(file) {
  const path = join(root, file);
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function run(args) {
  console.log(`> npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const targets = [
  { name: 'shared', output: 'shared/dist/index.js', inputs: ['shared/src', 'shared/tsconfig.json'] },
  { name: 'backend', output: 'backend/dist/main.js', inputs: ['backend/src', 'backend/tsconfig.json', 'backend/tsconfig.build.json', 'shared/src'] },
  { name: 'frontend', output: 'frontend/dist/index.html', inputs: ['frontend/src', 'frontend/index.html', 'frontend/vite.config.ts', 'frontend/public', 'shared/schema.graphql', 'shared/src'] },
];
for (const target of targets) {
  if (builtAt(target.output) < newest(target.inputs)) run(['run', 'build', '-w', target.name]);
}

const server = spawn(process.execPath, [join(root, 'backend/dist/main.js')], { cwd: root, stdio: 'inherit', env: process.env });
// Pass stop signals on, so that the server drains and closes its database before exiting.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
