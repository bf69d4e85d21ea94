/**
 * `npm run serve -- DIR [--port N]`: the dashboard over a data folder the user extracted
 * (`npm run extract -- <reports> --out DIR`), without touching `public/data` or re-extracting the
 * bundled corpus. The site is built once (again only when its sources change) into
 * `node_modules/.cache/fazhi-atlas-site`, and served on 127.0.0.1 with `/data/` answered from DIR
 * (byte ranges included, for detail packs).
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Command, InvalidArgumentError } from 'commander';

import { serveSite } from './static-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = path.join(ROOT, 'node_modules/.cache/fazhi-atlas-site');
const STAMP = '.built-from';
/** What the site is built from: a change to any of these rebuilds it. */
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** What a folder must hold to be a dataset the dashboard reads (newest layout first). */
const DATASET_ENTRY_FILES = ['shards/manifest.json', 'compact/catalog.json', 'index.json'];

/** Why `folder` cannot be served, in a sentence a person understands; null when it can. */
export async function whyNotADataset(folder: string): Promise<string | null> {
  const info = await stat(folder).catch(() => null);
  if (!info) return `${folder} does not exist: extract your reports into it first (npm run extract -- <reports> --out ${folder})`;
  if (!info.isDirectory()) return `${folder} is a file, not a data folder: give the folder npm run extract wrote (--out)`;
  for (const entry of DATASET_ENTRY_FILES)
    if (
      await stat(path.join(folder, entry)).then(
        (file) => file.isFile(),
        () => false,
      )
    )
      return null;
  return `${folder} holds no dataset (none of ${DATASET_ENTRY_FILES.join(', ')}): extract your reports into it first (npm run extract -- <reports> --out ${folder})`;
}

/** A fingerprint of the site's sources: file paths, sizes and modification times. */
async function sourcesFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    const full = path.join(ROOT, source);
    const info = await stat(full).catch(() => null);
    if (!info) continue;
    const files = info.isDirectory()
      ? (await readdir(full, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name))
      : [full];
    for (const file of files.sort()) {
      const { size, mtimeMs } = await stat(file);
      hash.update(`${path.relative(ROOT, file)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

/** Builds the site unless the cached build is of the same sources; returns whether it built. */
async function ensureSite(print: (line: string) => void): Promise<boolean> {
  const fingerprint = await sourcesFingerprint();
  const built = await readFile(path.join(SITE, STAMP), 'utf8').catch(() => null);
  if (
    built === fingerprint &&
    (await stat(path.join(SITE, 'index.html')).then(
      () => true,
      () => false,
    ))
  )
    return false;
  print('building the dashboard (once; again only when its sources change)…');
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', SITE, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`building the dashboard failed (vite build exited ${result.status ?? result.signal})`);
  await writeFile(path.join(SITE, STAMP), fingerprint);
  return true;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) throw new InvalidArgumentError('must be a port number (1–65535)');
  return parsed;
}

export async function main(
  argv: readonly string[],
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  const program = new Command()
    .name('serve')
    .description('Serve the dashboard over a data folder you extracted (npm run extract -- <reports> --out DIR).')
    .argument('<dir>', 'the data folder (the --out of npm run extract)')
    .option('--port <n>', 'port on 127.0.0.1', port, 4180)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  }
  const dataDir = path.resolve(program.args[0] as string);
  const problem = await whyNotADataset(dataDir);
  if (problem !== null) {
    process.stderr.write(`serve: ${problem}\n`);
    return 2;
  }
  await ensureSite(print);
  const { port: chosen } = program.opts<{ port: number }>();
  try {
    const site = await serveSite(SITE, dataDir, chosen);
    print(`the dashboard over ${path.relative(process.cwd(), dataDir) || '.'} is at ${site.url} (Ctrl+C stops it)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      `serve: port ${chosen} ${code === 'EADDRINUSE' ? 'is in use: choose another with --port' : `could not be opened (${code ?? (error as Error).message})`}\n`,
    );
    return 1;
  }
  // The server keeps the process running until Ctrl+C.
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
