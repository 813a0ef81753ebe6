import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GROUP_COUNT, specFiles, specFilesOfGroup } from './spec-groups';

describe('spec groups (what `npm test` runs)', () => {
  it('runs every spec file exactly once, this one included', () => {
    const grouped = Array.from({ length: GROUP_COUNT }, (_, index) => specFilesOfGroup(index + 1)).flat();
    expect(grouped.sort()).toEqual(specFiles().sort());
    expect(grouped).toContain(__filename);
  });

  it('has a jest file for each group, and no more', () => {
    for (let number = 1; number <= GROUP_COUNT; number++) expect(existsSync(join(__dirname, `group-${number}.ts`))).toBe(true);
    expect(existsSync(join(__dirname, `group-${GROUP_COUNT + 1}.ts`))).toBe(false);
  });
});
