// One line per spec file, also for the spec files a group runs together (spec-groups.ts names
// each group's top describe by the file's path), then what failed in full and what the tests
// wrote to the console. Jest's summary reporter, beside this one, adds the totals.
const { relative } = require('node:path');

const SOURCE = require('node:path').join(__dirname, '../..');

class SpecLinesReporter {
  onTestResult(_test, result) {
    const grouped = /spec-groups[\\/]group-\d+\.ts$/.test(result.testFilePath);
    const specs = new Map();
    for (const test of result.testResults) {
      const spec = grouped ? test.ancestorTitles[0] ?? '(group)' : relative(SOURCE, result.testFilePath);
      const line = specs.get(spec) ?? { passed: 0, failed: 0, skipped: 0, ms: 0 };
      if (test.status === 'passed') line.passed++;
      else if (test.status === 'failed') line.failed++;
      else line.skipped++;
      line.ms += test.duration ?? 0;
      specs.set(spec, line);
    }
    // A file that failed before any test ran (it did not load, a hook threw) has no test results.
    if (result.testExecError) specs.set(relative(SOURCE, result.testFilePath), { passed: 0, failed: 1, skipped: 0, ms: 0 });
    for (const [spec, line] of specs) {
      const counts = [`${line.passed} passed`, line.failed && `${line.failed} failed`, line.skipped && `${line.skipped} skipped`].filter(Boolean).join(', ');
      process.stdout.write(`${line.failed ? 'FAIL' : 'PASS'} ${spec} (${counts}; ${(line.ms / 1000).toFixed(1)} s in tests)\n`);
    }
    for (const entry of result.console ?? []) process.stdout.write(`  console.${entry.type}: ${entry.message}\n${entry.origin.replace(/^/gm, '    ')}\n`);
    if (result.failureMessage) process.stdout.write(`${result.failureMessage}\n`);
  }
}

module.exports = SpecLinesReporter;
