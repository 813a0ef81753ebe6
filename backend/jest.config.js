// Integration tests start real databases (PGlite in-process, and the machine's PostgreSQL when
// DATABASE_URL is set), so they run serially-ish and get generous timeouts.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: 'src',
  testEnvironment: 'node',
  testRegex: '.*\\.(int-)?spec\\.ts$',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '^@ugc/shared$': '<rootDir>/../../shared/src/index.ts' },
  globalSetup: '<rootDir>/testing/jest-global-setup.js',
  globalTeardown: '<rootDir>/testing/jest-global-teardown.js',
  setupFilesAfterEnv: ['<rootDir>/testing/jest-after-env.ts'],
  // Hooks share this bound: on a busy 2-core machine starting PGlite alone has taken over 60 s.
  testTimeout: 120_000,
  maxWorkers: 2,
  // How long a worker may take to exit once told to (jest's default is 500 ms). Checked per file
  // (async_hooks: every timer, socket, pipe, server and child process made during the file and
  // still holding the event loop after it): no file leaves one, yet on a loaded machine a worker
  // holding PGlite, sharp and 1-2 GB of heap took longer than 500 ms to exit, and jest reported
  // "failed to exit gracefully ... tests leaking". A real leak keeps a worker alive for good and
  // is still reported, after this.
  workerGracefulExitTimeout: 10_000,
};
