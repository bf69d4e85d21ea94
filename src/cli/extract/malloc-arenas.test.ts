import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
  ARENA_VARIABLE,
  arenaDecision,
  countFilesUpTo,
  launcherPeakRssMb,
  RELAUNCH_ABOVE_FILES,
  RELAUNCH_ARENAS,
  RELAUNCHED_VARIABLE,
} from './malloc-arenas';

const national = RELAUNCH_ABOVE_FILES + 1;

describe('arenaDecision', () => {
  it('relaunches a large run on Linux with two arenas, marked as relaunched, the rest of the environment kept', () => {
    const decision = arenaDecision({ env: { PATH: '/bin', LANG: 'zh_CN.UTF-8' }, platform: 'linux', inputFiles: national });
    expect(decision).toEqual({
      relaunch: true,
      env: { PATH: '/bin', LANG: 'zh_CN.UTF-8', [ARENA_VARIABLE]: RELAUNCH_ARENAS, [RELAUNCHED_VARIABLE]: '1' },
    });
    expect(RELAUNCH_ARENAS).toBe('2');
  });

  it('never relaunches a run of up to the threshold, one the user set the arenas for, a relaunched one, or off Linux', () => {
    const cases = [
      { env: {}, platform: 'linux' as const, inputFiles: RELAUNCH_ABOVE_FILES, why: 'a small run' },
      { env: {}, platform: 'linux' as const, inputFiles: 3, why: 'a small run' },
      { env: { [ARENA_VARIABLE]: '8' }, platform: 'linux' as const, inputFiles: national, why: `${ARENA_VARIABLE} is set by the user` },
      { env: { [ARENA_VARIABLE]: '' }, platform: 'linux' as const, inputFiles: national, why: `${ARENA_VARIABLE} is set by the user` },
      { env: { [RELAUNCHED_VARIABLE]: '1' }, platform: 'linux' as const, inputFiles: national, why: 'relaunched already' },
      { env: {}, platform: 'darwin' as const, inputFiles: national, why: 'not Linux: no glibc arenas' },
      { env: {}, platform: 'win32' as const, inputFiles: national, why: 'not Linux: no glibc arenas' },
    ];
    expect(cases).toHaveLength(7);
    for (const { why, ...run } of cases) expect(arenaDecision(run)).toEqual({ relaunch: false, why });
  });
});

describe('countFilesUpTo', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  function tree(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'arenas-'));
    folders.push(root);
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    for (const name of ['1.txt', '2.txt', 'a/3.pdf', 'a/b/4.docx', 'a/b/5.html']) writeFileSync(path.join(root, name), 'x');
    symlinkSync(path.join(root, 'a'), path.join(root, 'linked'));
    symlinkSync(root, path.join(root, 'a', 'b', 'back-to-root'));
    return root;
  }

  it('counts the files under folders, links to folders once each, and files given as such; a missing path counts nothing', () => {
    const root = tree();
    expect(countFilesUpTo([root], 100)).toBe(5);
    expect(countFilesUpTo([path.join(root, 'linked')], 100)).toBe(5);
    expect(countFilesUpTo([path.join(root, 'a', '3.pdf'), path.join(root, '1.txt'), path.join(root, 'nothing-here')], 100)).toBe(2);
  });

  it('stops counting one file past the limit', () => {
    const root = tree();
    expect(countFilesUpTo([root], 2)).toBe(3);
    expect(countFilesUpTo([root, root], 0)).toBe(1);
  });
});

describe('launcherPeakRssMb', () => {
  it('reads the peak RSS of the parent process only in a relaunched run', () => {
    expect(launcherPeakRssMb({})).toBeNull();
    const parent = launcherPeakRssMb({ [RELAUNCHED_VARIABLE]: '1' });
    expect(parent).toBeGreaterThan(1);
  });
});
