import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempFolderPerTest } from '../../tests/fixtures/temp-folder';
import { isAlive, type LockProblem, takePidLock } from './pid-lock';

describe('takePidLock', () => {
  const work = tempFolderPerTest('fazhi-lock-');
  const refuse = (problem: LockProblem) => new Error(JSON.stringify(problem));

  it("writes this process's pid", async () => {
    const lock = path.join(work(), '.x.lock');
    await takePidLock(lock, refuse);
    expect(await readFile(lock, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('refuses while a live process holds it, naming that process', async () => {
    const lock = path.join(work(), '.x.lock');
    // The parent process is alive and is not this one.
    await writeFile(lock, `${process.ppid}\n`);
    expect(isAlive(process.ppid)).toBe(true);
    await expect(takePidLock(lock, refuse)).rejects.toThrow(JSON.stringify({ kind: 'held', pid: process.ppid }));
  });

  it('takes over the lock of a run that is gone, or a garbled one', async () => {
    const lock = path.join(work(), '.x.lock');
    // The largest pid Linux hands out is 4194304; this one cannot be running.
    await writeFile(lock, '4194305\n');
    expect(isAlive(4194305)).toBe(false);
    await takePidLock(lock, refuse);
    expect(await readFile(lock, 'utf8')).toBe(`${process.pid}\n`);
    await writeFile(lock, 'not a pid');
    await takePidLock(lock, refuse);
    expect(await readFile(lock, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('says why when the folder cannot be written', async () => {
    await expect(takePidLock(path.join(work(), 'no-such-folder', '.x.lock'), refuse)).rejects.toThrow(
      JSON.stringify({ kind: 'failed', code: 'ENOENT' }),
    );
  });
});
