/**
 * Which folders `npm run extract -- --out DIR` may replace, decided before anything is read or
 * written. The command replaces its output folder whole, so a wrong `--out` would delete whatever
 * is there; the rule is the one careful tools follow: replace only what is provably ours.
 *
 * - absent, or an empty folder: written;
 * - a dataset this command wrote (its manifest, {@link DATASET_MANIFEST}, or — for folders written
 *   before the manifest existed — nothing but index.json, reports/, compact/, the side files and an
 *   index that parses): replaced;
 * - anything else (a folder with other files, a file): refused, unless `--force`;
 * - never, even with `--force`: the filesystem root, the home folder, the working folder or a folder
 *   above it, an input or a folder above an input.
 */

import { lstat, readFile, readdir, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { ABOUT_PATH, DATASET_MANIFEST, POPULATION_PATH, parseDatasetManifest, parseIndexFile } from '../data/schema';

/** What an existing output folder was found to be. */
export type OutputState = 'absent' | 'empty' | 'dataset';

export class OutputRefused extends Error {
  override readonly name = 'OutputRefused';
}

/**
 * Entries a dataset folder written before the manifest existed may hold, and nothing else: the
 * side files (about.json, population.json: src/cli/side-files.ts) were written without a manifest too.
 */
const LEGACY_DATASET_ENTRIES = new Set(['index.json', 'reports', 'compact', 'README.md', ABOUT_PATH, POPULATION_PATH]);

async function exists(target: string): Promise<boolean> {
  try {
    await lstat(target);
    return true;
  } catch {
    return false;
  }
}

/** The real path of `target`, or of its nearest existing ancestor with the rest appended. */
async function resolveReal(target: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...missing.reverse());
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** True when `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function isOurDataset(folder: string, entries: readonly string[]): Promise<boolean> {
  if (entries.includes(DATASET_MANIFEST)) {
    try {
      parseDatasetManifest(JSON.parse(await readFile(path.join(folder, DATASET_MANIFEST), 'utf8')));
      return true;
    } catch {
      return false;
    }
  }
  if (!entries.includes('index.json') || entries.some((entry) => !LEGACY_DATASET_ENTRIES.has(entry))) return false;
  try {
    parseIndexFile(JSON.parse(await readFile(path.join(folder, 'index.json'), 'utf8')));
    return true;
  } catch {
    return false;
  }
}

export interface OutputCheck {
  readonly out: string;
  readonly cwd: string;
  readonly inputs: readonly string[];
  readonly force: boolean;
  /** The user's home folder (tests pass their own). */
  readonly home?: string;
}

/**
 * Decides whether `out` may be replaced; throws {@link OutputRefused} with a sentence saying why
 * not. Returns what the folder holds now.
 */
export async function checkOutputFolder(check: OutputCheck): Promise<OutputState> {
  if (check.out.trim() === '') throw new OutputRefused('--out is empty: name the folder to write the dataset to');
  const outAbsolute = path.resolve(check.cwd, check.out);
  const out = await resolveReal(outAbsolute);
  const shown = check.out;

  const never: [string, string][] = [
    [await resolveReal(path.parse(out).root), 'the filesystem root'],
    [await resolveReal(check.home ?? homedir()), 'your home folder'],
  ];
  for (const [folder, what] of never) {
    if (out === folder) throw new OutputRefused(`--out ${shown} is ${what}; it is never replaced, even with --force`);
  }
  const cwd = await resolveReal(check.cwd);
  if (isWithin(cwd, out)) {
    throw new OutputRefused(`--out ${shown} is the working folder or a folder above it; it is never replaced, even with --force`);
  }
  for (const input of check.inputs) {
    const inputReal = await resolveReal(path.resolve(check.cwd, input));
    if (isWithin(inputReal, out)) {
      throw new OutputRefused(`--out ${shown} holds the input ${input}; it is never replaced, even with --force`);
    }
  }

  let info;
  try {
    info = await lstat(outAbsolute);
  } catch {
    return 'absent';
  }
  if (info.isSymbolicLink()) {
    if (!(await exists(out))) return 'absent';
    info = await lstat(out);
  }
  if (!info.isDirectory()) {
    throw new OutputRefused(`--out ${shown} is a file, not a folder; choose a folder for the dataset`);
  }
  const entries = await readdir(out);
  if (entries.length === 0) return 'empty';
  if (await isOurDataset(out, entries)) return 'dataset';
  if (check.force) return 'dataset';
  const sample = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  throw new OutputRefused(
    `--out ${shown} is a folder that is not a dataset written by this command (it holds ${sample}); it would be replaced whole, so it is left alone. Choose an empty or new folder, or add --force to replace it`,
  );
}
