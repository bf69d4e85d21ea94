/**
 * A lock file holding the pid of the run that writes a folder, so that two runs never write one
 * folder at once. A lock left by a run that was killed (its process is gone) is taken over.
 */

import { open, readFile, rm } from 'node:fs/promises';

/** Whether a process with this pid exists (EPERM: it exists, but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why a lock could not be taken: another live run holds it, or the file system refused. */
export type LockProblem = { readonly kind: 'held'; readonly pid: number } | { readonly kind: 'failed'; readonly code: string };

/**
 * Creates `lockFile` holding this process's pid. Calls `refuse` (which returns the error to throw)
 * when another live process holds it or it cannot be written.
 */
export async function takePidLock(lockFile: string, refuse: (problem: LockProblem) => Error): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      if (code !== 'EEXIST') throw refuse({ kind: 'failed', code });
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) throw refuse({ kind: 'held', pid: holder });
      // The run that held it is gone: the lock is stale.
      await rm(lockFile, { force: true });
    }
  }
  throw refuse({ kind: 'failed', code: 'EEXIST' });
}
