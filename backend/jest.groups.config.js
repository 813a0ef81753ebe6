// `npm test`'s jest run: the same suites as jest.config.js, in a few groups of spec files that
// each share one module registry (src/testing/spec-groups/spec-groups.ts says why), with one
// line per spec file. `npm test -- <file>` in backend/ still runs files one by one.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testRegex: 'testing/spec-groups/group-\\d+\\.ts$',
  reporters: ['<rootDir>/testing/spec-groups/spec-lines-reporter.js', 'summary'],
};
