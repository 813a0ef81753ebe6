import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closeLeftoversAfterAll } from '../leftovers';

/*
 * Why groups. Jest gives every test file a module registry of its own: each of the backend's
 * 66 spec files loaded the whole app again (Nest, TypeORM, GraphQL, Apollo, PGlite's WASM), and
 * ran it cold, every function interpreted and optimised again by V8 before the file's tests got
 * fast. `npm test` runs the spec files instead in GROUP_COUNT jest files (group-N.ts), each
 * requiring its share of them, so the app's modules load and warm up once per group. Measured on
 * the 2-core machine, the whole backend suite on PGlite and PostgreSQL: 625 s of CPU and 359 s
 * one file at a time, 401 s and 250 s in 8 groups.
 *
 * What a file gets is otherwise what it got alone: its hooks apply to its own tests only (it
 * runs inside a describe of its own), whatever it started is closed when it ends, and a shared
 * app (sharedTestApp) is its own. What it shares with the other files of its group is module
 * state: a spec must not rely on a module being fresh (none mocks modules; timers faked by one
 * are given back with jest.useRealTimers).
 */

/** The backend's source folder, where every spec file lives beside what it tests. */
const SOURCE = join(__dirname, '../..');
const SPEC_FILE = /\.(int-)?spec\.ts$/;
/** How many groups `npm test` runs (group-N.ts for N in 1…GROUP_COUNT), two at a time. */
export const GROUP_COUNT = 8;

/** Every spec file under the source folder, sorted by path. */
export function specFiles(folder = SOURCE): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : specFiles(path);
      return SPEC_FILE.test(entry.name) ? [path] : [];
    });
}

/**
 * The spec files of group `number` (1-based). Files go largest first to the group with the
 * fewest bytes so far: a file's size follows its number of tests closely enough that the groups
 * take about as long, and the last one to finish does not run alone for long.
 */
export function specFilesOfGroup(number: number): string[] {
  const groups = Array.from({ length: GROUP_COUNT }, () => ({ bytes: 0, files: [] as string[] }));
  const sized = specFiles().map((path) => ({ path, bytes: statSync(path).size }));
  for (const file of sized.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))) {
    const lightest = groups.reduce((min, group) => (group.bytes < min.bytes ? group : min));
    lightest.bytes += file.bytes;
    lightest.files.push(file.path);
  }
  return groups[number - 1].files;
}

/**
 * Registers the spec files of group `number` in the jest test file calling it, each inside a
 * describe named by its path: its top-level hooks stay its own, and what it left running is
 * closed when it ends (as jest-after-env.ts does for a file run alone).
 */
export function runSpecGroup(number: number): void {
  for (const spec of specFilesOfGroup(number)) {
    describe(relative(SOURCE, spec), () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the point: one module registry for the group
      require(spec);
      closeLeftoversAfterAll();
    });
  }
}
