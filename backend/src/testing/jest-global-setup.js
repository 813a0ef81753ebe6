// Some suites start the server as a real process (dist/main.js): build it once per run.
// tsc is incremental, so this costs a second or two when nothing changed.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  const backend = join(__dirname, '../..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: backend, stdio: 'inherit' });
};
