/**
 * glibc's malloc arenas for a national run of the extract command (issue 21, "Every local
 * government": peak RSS ≤ 1.5 GB). glibc gives each thread that allocates at once an arena of its
 * own, up to eight per core, and keeps what is freed in an arena for that arena: with two workers,
 * the downloads' thread, libuv's pool and V8's helpers, a national run held ~450 MB outside the JS
 * heaps at its peak. `MALLOC_ARENA_MAX=2` took one such run from 1,398 to 1,241 MB (README, docs/scale-log.md).
 *
 * glibc reads the variable once, before the first allocation, and Node 20 cannot replace its own
 * process (no execve): so a large run is relaunched once, as a child with the variable set, and
 * this process only waits for it. The decision is made here, before the extract command's modules
 * are loaded (they are ~110 MB of RSS that the waiting parent would hold for nothing).
 */

import { spawn } from 'node:child_process';
import { opendirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export const ARENA_VARIABLE = 'MALLOC_ARENA_MAX';
/** The arenas a relaunched run gets: what the national run was measured with. */
export const RELAUNCH_ARENAS = '2';
/** Set in the relaunched child: it is never relaunched again, and its stats count its parent. */
export const RELAUNCHED_VARIABLE = 'FAZHI_EXTRACT_RELAUNCHED';
/**
 * Runs of more input files than this are relaunched: the size from which the output step writes
 * its downloads as a national run does (src/cli/extract/extract.ts `DOWNLOADS_THREAD_UP_TO`), where
 * the arenas were measured. At 48,000 reports two arenas saved nothing (718 against 679 MB, one run each).
 */
export const RELAUNCH_ABOVE_FILES = 100_000;

export type ArenaDecision =
  | { readonly relaunch: false; readonly why: string }
  | { readonly relaunch: true; readonly env: Readonly<Record<string, string | undefined>> };

/** Whether to relaunch with {@link RELAUNCH_ARENAS} arenas, and with what environment (pure). */
export function arenaDecision(run: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** Input files counted up to {@link RELAUNCH_ABOVE_FILES} + 1 ({@link countFilesUpTo}). */
  readonly inputFiles: number;
}): ArenaDecision {
  if (run.platform !== 'linux') return { relaunch: false, why: 'not Linux: no glibc arenas' };
  if (run.env[RELAUNCHED_VARIABLE] !== undefined) return { relaunch: false, why: 'relaunched already' };
  if (run.env[ARENA_VARIABLE] !== undefined) return { relaunch: false, why: `${ARENA_VARIABLE} is set by the user` };
  if (run.inputFiles <= RELAUNCH_ABOVE_FILES) return { relaunch: false, why: 'a small run' };
  return { relaunch: true, env: { ...run.env, [ARENA_VARIABLE]: RELAUNCH_ARENAS, [RELAUNCHED_VARIABLE]: '1' } };
}

/**
 * How many files lie under `paths` (files, or folders searched recursively, links followed as
 * stat follows them), counting no further than `limit` + 1. An estimate of the run's inputs made
 * without the extract command's argument parser: every existing path among the arguments is
 * counted, an `--out` folder's files too (a dataset's few thousand: it never decides alone), and
 * every file, whatever its extension. A wrong guess costs a relaunch (~0.3 s) or the arenas' saving.
 */
export function countFilesUpTo(paths: readonly string[], limit: number): number {
  let count = 0;
  // A link back to a folder already counted is not counted again (nor followed round in a loop).
  const seen = new Set<string>();
  const visit = (file: string): void => {
    let info;
    try {
      info = statSync(file);
    } catch {
      return;
    }
    if (!info.isDirectory()) {
      count += 1;
      return;
    }
    let folder;
    try {
      const real = realpathSync(file);
      if (seen.has(real)) return;
      seen.add(real);
      folder = opendirSync(file);
    } catch {
      return;
    }
    try {
      // One entry at a time: a national folder's 240,000 names are never held at once.
      for (let entry = folder.readSync(); entry !== null && count <= limit; entry = folder.readSync()) {
        if (entry.isFile()) count += 1;
        else visit(path.join(file, entry.name));
      }
    } finally {
      folder.closeSync();
    }
  };
  for (const file of paths) if (count <= limit) visit(file);
  return count;
}

/** The extract command's arguments that may be input paths: all but the options (`-…`). */
function pathArguments(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-'));
}

/**
 * Relaunches this command with {@link RELAUNCH_ARENAS} arenas when {@link arenaDecision} says so,
 * and resolves to the child's exit code once it has ended; resolves to null (nothing started) when
 * the run goes on in this process. Signals that would end this process are passed to the child,
 * which cleans up its staging folder and lock, and this one ends as the child did.
 */
export async function relaunchWithArenas(argv: readonly string[]): Promise<number | null> {
  const decision = arenaDecision({
    env: process.env,
    platform: process.platform,
    inputFiles: process.platform === 'linux' ? countFilesUpTo(pathArguments(argv), RELAUNCH_ABOVE_FILES) : 0,
  });
  if (!decision.relaunch) return null;
  // execArgv keeps Node's own flags and tsx's loader; argv[1] is this script.
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], { stdio: 'inherit', env: decision.env });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  try {
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
    });
    if (signal !== null) {
      for (const name of signals) process.off(name, pass);
      process.kill(process.pid, signal);
    }
    return code ?? 1;
  } finally {
    for (const signal of signals) process.off(signal, pass);
  }
}

/**
 * The peak RSS of the process that relaunched this one (MB), or null when this run was not
 * relaunched or it cannot be read: the waiting parent's memory belongs to the run's peak too.
 */
export function launcherPeakRssMb(env: Readonly<Record<string, string | undefined>> = process.env): number | null {
  if (env[RELAUNCHED_VARIABLE] === undefined) return null;
  try {
    const peak = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${process.ppid}/status`, 'utf8'));
    return peak ? Number(peak[1]) / 1024 : null;
  } catch {
    return null;
  }
}
