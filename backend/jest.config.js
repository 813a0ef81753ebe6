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
  // Two on two cores. Three were measured slower on a busy machine: 38 % more CPU in all (three
  // heaps collecting, caches shared three ways) for 25 % more of the machine's share; with the
  // spec groups (npm test), 367 s against 378 s stressed, for 8 % more CPU: not kept.
  maxWorkers: 2,
  // Globals handed to every module as parameters of its wrapper. In jest's context each lookup of
  // a global goes through the context's interceptor, which V8 cannot cache: `Math.floor` in a loop
  // ran 30 times slower than in plain Node (jest issue 5163), and the app runs in that context.
  // Only builtins nothing replaces (fake timers replace Date and the timers: not listed); not
  // Buffer, which some packages declare for themselves (a declaration of a listed name is a
  // SyntaxError in the wrapper).
  sandboxInjectedGlobals: ['Math', 'Object', 'Array', 'JSON', 'Reflect', 'Symbol', 'Number', 'String', 'Map', 'Set', 'WeakMap', 'Promise', 'Error'],
  // How long a worker may take to exit once told to (jest's default is 500 ms). Checked per file
  // (async_hooks: every timer, socket, pipe, server and child process made during the file and
  // still holding the event loop after it): no file leaves one, yet on a loaded machine a worker
  // holding PGlite, sharp and 1-2 GB of heap took longer than 500 ms to exit, and jest reported
  // "failed to exit gracefully ... tests leaking". A real leak keeps a worker alive for good and
  // is still reported, after this.
  workerGracefulExitTimeout: 10_000,
};
