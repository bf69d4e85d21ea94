/**
 * Which folders `npm run extract -- --out DIR` may replace, decided before anything is read or
 * written. The command replaces its output folder whole, so a wrong `--out` would delete whatever
 * is there; the rule is the one careful tools follow: replace only what is provably ours.
 *
 * - absent, or an empty folder: written;
 * - a dataset this command wrote (its manifest, {@link DATASET_MANIFEST}, or — for folders written
 *   before the manifest existed — an index that parses) holding nothing but what the command writes
 *   ({@link firstForeignEntry}): replaced;
 * - anything else (a folder with other files, a dataset with the user's files in it, a file):
 *   refused, unless `--force`;
 * - never, even with `--force`: the filesystem root, the home folder, the working folder or a folder
 *   above it, an input or a folder above an input.
 */

import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

import { ABOUT_PATH, DATASET_MANIFEST, DOWNLOADS_FOLDER, parseDatasetManifest, parseIndexFile, POPULATION_PATH } from '../../data/schema';

/** What an existing output folder was found to be. */
export type OutputState = 'absent' | 'empty' | 'dataset';

export class OutputRefused extends Error {
  override readonly name = 'OutputRefused';
}

/**
 * What this command writes at the top of a dataset folder, and nothing else: StagedOutput.commit
 * (src/cli/extract/write-dataset.ts) and the side files (src/cli/extract/side-files.ts). Folders written before the
 * manifest existed hold the same minus the manifest.
 */
const DATASET_ENTRIES: ReadonlyMap<string, 'file' | 'folder'> = new Map([
  [DATASET_MANIFEST, 'file'],
  ['index.json', 'file'],
  ['README.md', 'file'],
  [ABOUT_PATH, 'file'],
  [POPULATION_PATH, 'file'],
  ['reports', 'folder'],
  ['details', 'folder'],
  ['compact', 'folder'],
  ['shards', 'folder'],
  ['search', 'folder'],
  [DOWNLOADS_FOLDER, 'folder'],
]);
/** What `compact/` holds: src/data/compact.ts's CATALOG_PATH, REVIEW_QUEUE_PATH and the value files' folder. */
const COMPACT_ENTRIES: ReadonlyMap<string, 'file' | 'folder'> = new Map([
  ['catalog.json', 'file'],
  ['review-queue.json', 'file'],
  ['values', 'folder'],
]);

/** What `downloads/` holds (src/cli/extract/downloads/write-downloads.ts): its index, the data package and the groups' files. */
function isDownloadsFile(name: string): boolean {
  return name === 'index.json' || name === 'datapackage.json' || /^values-[a-z]+\.(csv\.gz|parquet)$/.test(name);
}

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
  if (!entries.includes('index.json')) return false;
  try {
    parseIndexFile(JSON.parse(await readFile(path.join(folder, 'index.json'), 'utf8')));
    return true;
  } catch {
    return false;
  }
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** True when the entry is the kind expected; a link is neither, since this command never writes one. */
function isKind(entry: Dirent, kind: 'file' | 'folder'): boolean {
  return kind === 'file' ? entry.isFile() : entry.isDirectory();
}

/**
 * The first entry of a dataset folder, in name order and as a path inside it, that this command
 * did not write (null when there is none): replacing the folder would delete it. Looks inside
 * `reports/` (a folder per jurisdiction of `.json` detail files), `details/` (detail packs, `.pack`
 * files), `compact/`, `shards/` and `search/` too, where a file of the user's would be lost just the same.
 */
export async function firstForeignEntry(folder: string): Promise<string | null> {
  const list = async (relative: string) => (await readdir(path.join(folder, relative), { withFileTypes: true })).sort(byName);
  /** Every entry of `relative` is a file ending in `extension`, or `folders` deep of folders leading to them. */
  const onlyFiles = async (relative: string, folders: number, extension = '.json'): Promise<string | null> => {
    for (const entry of await list(relative)) {
      const inner = `${relative}/${entry.name}`;
      if (folders > 0) {
        if (!entry.isDirectory()) return inner;
        const foreign = await onlyFiles(inner, folders - 1, extension);
        if (foreign !== null) return foreign;
      } else if (!entry.isFile() || !entry.name.endsWith(extension)) {
        return inner;
      }
    }
    return null;
  };
  const foreignInCompact = async (): Promise<string | null> => {
    for (const entry of await list('compact')) {
      const kind = COMPACT_ENTRIES.get(entry.name);
      if (kind === undefined || !isKind(entry, kind)) return `compact/${entry.name}`;
      const foreign = entry.name === 'values' ? await onlyFiles('compact/values', 0) : null;
      if (foreign !== null) return foreign;
    }
    return null;
  };
  /** `shards/`: manifest.json, and per shard places.json and a folder per year (src/data/shards.ts). */
  const foreignInShards = async (): Promise<string | null> => {
    for (const shard of await list('shards')) {
      const inShard = `shards/${shard.name}`;
      if (shard.name === 'manifest.json' && shard.isFile()) continue;
      if (!shard.isDirectory()) return inShard;
      for (const entry of await list(inShard)) {
        const inner = `${inShard}/${entry.name}`;
        if (entry.name === 'places.json' && entry.isFile()) continue;
        if (!entry.isDirectory() || !/^(\d{4}|none)$/.test(entry.name)) return inner;
        for (const file of await list(inner)) {
          if (file.name === 'values' && file.isDirectory()) {
            const foreign = await onlyFiles(`${inner}/values`, 0);
            if (foreign !== null) return foreign;
          } else if (!(file.isFile() && (file.name === 'reports.json' || file.name === 'review-queue.json'))) {
            return `${inner}/${file.name}`;
          }
        }
      }
    }
    return null;
  };
  const foreignInDownloads = async (): Promise<string | null> => {
    const entry = (await list(DOWNLOADS_FOLDER)).find((candidate) => !candidate.isFile() || !isDownloadsFile(candidate.name));
    return entry ? `${DOWNLOADS_FOLDER}/${entry.name}` : null;
  };
  for (const entry of await list('.')) {
    const kind = DATASET_ENTRIES.get(entry.name);
    if (kind === undefined || !isKind(entry, kind)) return entry.name;
    const foreign =
      entry.name === 'reports'
        ? await onlyFiles('reports', 1)
        : entry.name === 'details'
          ? await onlyFiles('details', 0, '.pack')
          : entry.name === 'compact'
            ? await foreignInCompact()
            : entry.name === 'shards'
              ? await foreignInShards()
              : entry.name === 'search'
                ? await onlyFiles('search', 0)
                : entry.name === DOWNLOADS_FOLDER
                  ? await foreignInDownloads()
                  : null;
    if (foreign !== null) return foreign;
  }
  return null;
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
  if (check.force) return 'dataset';
  if (await isOurDataset(out, entries)) {
    const foreign = await firstForeignEntry(out);
    if (foreign === null) return 'dataset';
    throw new OutputRefused(
      `--out ${shown} holds ${foreign}, which this command did not write; the folder is replaced whole, so it is left alone. Move ${foreign} elsewhere, or add --force to replace the folder anyway`,
    );
  }
  const sample = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  throw new OutputRefused(
    `--out ${shown} is a folder that is not a dataset written by this command (it holds ${sample}); it would be replaced whole, so it is left alone. Choose an empty or new folder, or add --force to replace it`,
  );
}
