// Some suites start the server as a real process (dist/main.js): build it once per run.
// tsc is incremental, so this costs a second or two when nothing changed. Type errors are
// reported by the typecheck, not here: tsc still writes its output, and the suites that
// need the build fail on their own if it is broken.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  const backend = join(__dirname, '../..');
  const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: backend,
    encoding: 'utf8',
  });
  if (result.status !== 0) console.warn(`\n(tsc reported problems while building dist/ for the process tests)\n${result.stdout.slice(0, 2000)}`);
};
