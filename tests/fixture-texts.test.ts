import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { fixtureTextFiles, isUnseen, UNSEEN_FOLDERS } from './support/fixture-texts';

describe('the texts the tests and benchmarks read', () => {
  it('leave out every unseen holdout folder, and only those', () => {
    expect(UNSEEN_FOLDERS.length).toBeGreaterThan(0);
    for (const folder of UNSEEN_FOLDERS) expect(existsSync(path.join('tests/fixtures/real-pages', folder))).toBe(true);
    const files = fixtureTextFiles();
    expect(files.filter(isUnseen)).toEqual([]);
    const realPageFolders = new Set(files.filter((file) => file.includes(`real-pages${path.sep}`)).map((file) => file.split(path.sep)[3]));
    expect(realPageFolders.size).toBeGreaterThan(15);
    for (const folder of UNSEEN_FOLDERS) expect(realPageFolders.has(folder)).toBe(false);
    // Each unseen folder holds texts, so that leaving it out leaves something out.
    for (const folder of UNSEEN_FOLDERS)
      expect(readdirSync(path.join('tests/fixtures/real-pages', folder)).filter((name) => name.endsWith('.txt')).length).toBeGreaterThan(
        10,
      );
  });

  it('tells an unseen folder by its place under real-pages, not by a name that merely contains it', () => {
    const [unseen] = UNSEEN_FOLDERS;
    expect(isUnseen(path.join('tests', 'fixtures', 'real-pages', unseen!, 'a.txt'))).toBe(true);
    expect(isUnseen(path.join('tests', 'fixtures', 'real-pages', `${unseen!}-old`, 'a.txt'))).toBe(false);
    expect(isUnseen(path.join('tests', 'fixtures', 'eval', unseen!, 'a.txt'))).toBe(false);
  });
});
