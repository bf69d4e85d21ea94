/**
 * Issue 9: the extract command never loses a user's files. Each case was reproduced first on the
 * code before the fix (the folder's files were deleted, or an empty dataset replaced a good one).
 */
import { spawnSync } from 'node:child_process';
import { cp, lstat, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { copyCorpus, tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { parseDatasetManifest, parseIndexFile } from '../../data/schema';
import { type ExtractOptions, runExtract } from './extract';
import { OutputRefused } from './output-folder';

const ROOT = path.resolve(new URL('../../..', import.meta.url).pathname);
/** tsx by path: the commands run in a temporary folder, where a bare `--import tsx` would not resolve. */
const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');

const work = tempFolderPerTest('fazhi-safety-', copyCorpus);
let lines: string[];

beforeEach(async () => {
  lines = [];
});

function run(inputs: string[], out: string, extra: Partial<ExtractOptions> = {}) {
  return runExtract({
    inputs,
    out,
    cwd: work(),
    print: (line) => lines.push(line),
    progress: false,
    home: path.join(work(), 'home'),
    ...extra,
  });
}

async function listing(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).map(String).sort();
}

async function reportsIn(folder: string): Promise<number> {
  return parseIndexFile(JSON.parse(await readFile(path.join(folder, 'index.json'), 'utf8'))).reports.length;
}

describe('--out: replace only what is provably a dataset', { timeout: 60_000 }, () => {
  it('refuses a folder holding other files, and keeps every one of them', async () => {
    await mkdir(path.join(work(), 'v/sub'), { recursive: true });
    await writeFile(path.join(work(), 'v/notes'), 'x');
    await writeFile(path.join(work(), 'v/sub/thesis.docx'), 'y');
    const before = await listing(path.join(work(), 'v'));
    await expect(run(['corpus'], 'v')).rejects.toThrow(OutputRefused);
    await expect(run(['corpus'], 'v')).rejects.toThrow(
      /^--out v is a folder that is not a dataset written by this command \(it holds notes, sub\).*add --force to replace it$/,
    );
    expect(await listing(path.join(work(), 'v'))).toEqual(before);
    expect(await readFile(path.join(work(), 'v/notes'), 'utf8')).toBe('x');
    // Nothing was left beside it either.
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses the working folder, a folder above it, an empty name, home, an input and a file — the unsafe ones even with --force', async () => {
    await mkdir(path.join(work(), 'home'), { recursive: true });
    await writeFile(path.join(work(), 'home/diary.txt'), 'mine');
    await writeFile(path.join(work(), 'a-file.json'), '{}');
    const cases: [string, string[], RegExp, boolean][] = [
      ['.', ['corpus'], /is the working folder or a folder above it; it is never replaced, even with --force/, true],
      ['..', ['corpus'], /is the working folder or a folder above it/, true],
      ['', ['corpus'], /^--out is empty/, true],
      ['  ', ['corpus'], /^--out is empty/, true],
      ['home', ['corpus'], /is your home folder; it is never replaced, even with --force/, true],
      ['corpus', ['corpus'], /holds the input corpus; it is never replaced, even with --force/, true],
      ['corpus', ['corpus/001_3803b543c87d1562.txt'], /holds the input corpus\/001_3803b543c87d1562\.txt/, true],
      ['a-file.json', ['corpus'], /is a file, not a folder/, true],
    ];
    for (const [out, inputs, message, force] of cases) {
      await expect(run(inputs, out, { force }), `--out "${out}"`).rejects.toThrow(message);
    }
    expect(await readFile(path.join(work(), 'home/diary.txt'), 'utf8')).toBe('mine');
    // Five reports and their five label files, all still there.
    expect((await readdir(path.join(work(), 'corpus'))).length).toBe(10);
    expect(await readFile(path.join(work(), 'a-file.json'), 'utf8')).toBe('{}');
  });

  it('follows a link given as --out to where it points before deciding', async () => {
    await symlink(path.join(work(), 'corpus'), path.join(work(), 'alias'));
    await expect(run(['corpus'], 'alias', { force: true })).rejects.toThrow(/holds the input corpus/);
  });

  it('writes into an absent or empty folder, replaces its own dataset, and replaces another folder only with --force', async () => {
    await mkdir(path.join(work(), 'empty'));
    expect(await run(['corpus'], 'empty')).toMatchObject({ exitCode: 0, written: 5 });
    expect(await run(['corpus'], 'new/deeper')).toMatchObject({ exitCode: 0, written: 5 });
    // Its own dataset, marked by dataset.json: replaced.
    expect(parseDatasetManifest(JSON.parse(await readFile(path.join(work(), 'empty/dataset.json'), 'utf8')))).toMatchObject({
      reports: 5,
      years: [2020, 2022, 2023, 2024],
    });
    expect(await run(['corpus/001_3803b543c87d1562.txt'], 'empty')).toMatchObject({ exitCode: 0, written: 1 });
    expect(await reportsIn(path.join(work(), 'empty'))).toBe(1);
    // A folder of someone else's files: replaced only when asked.
    await mkdir(path.join(work(), 'other'));
    await writeFile(path.join(work(), 'other/old.csv'), 'a,b');
    expect(await run(['corpus'], 'other', { force: true })).toMatchObject({ exitCode: 0, written: 5 });
    await expect(readFile(path.join(work(), 'other/old.csv'))).rejects.toThrow();
  });

  it("refuses a dataset folder that also holds the user's own files, naming the first, and replaces it only with --force", async () => {
    await run(['corpus'], 'data');
    await writeFile(path.join(work(), 'data/notes.txt'), 'mine');
    await mkdir(path.join(work(), 'data/drafts'));
    await writeFile(path.join(work(), 'data/drafts/plan.md'), 'mine too');
    const before = await listing(path.join(work(), 'data'));
    await expect(run(['corpus/001_3803b543c87d1562.txt'], 'data')).rejects.toThrow(
      new OutputRefused(
        '--out data holds drafts, which this command did not write; the folder is replaced whole, so it is left alone. Move drafts elsewhere, or add --force to replace the folder anyway',
      ),
    );
    expect(await listing(path.join(work(), 'data'))).toEqual(before);
    // Inside the folders it writes too: a file of the user's among the reports, the compact layout or the downloads.
    await rm(path.join(work(), 'data/notes.txt'));
    await rm(path.join(work(), 'data/drafts'), { recursive: true });
    for (const mine of [
      'reports/mine.txt',
      'compact/values/notes.md',
      'compact/extra.json',
      'shards/notes.md',
      'shards/county/notes.md',
      'shards/county/2023/notes.md',
      'shards/county/2023/values/notes.md',
      'search/notes.md',
      'downloads/my-analysis.parquet',
    ]) {
      await writeFile(path.join(work(), 'data', mine), 'mine');
      await expect(run(['corpus'], 'data'), mine).rejects.toThrow(`--out data holds ${mine}, which this command did not write`);
      await rm(path.join(work(), 'data', mine));
    }
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
    // A dataset with nothing else in it is still replaced, and --force replaces the mixed one.
    expect(await run(['corpus/001_3803b543c87d1562.txt'], 'data')).toMatchObject({ exitCode: 0, written: 1 });
    await writeFile(path.join(work(), 'data/notes.txt'), 'mine');
    expect(await run(['corpus'], 'data', { force: true })).toMatchObject({ exitCode: 0, written: 5 });
    await expect(readFile(path.join(work(), 'data/notes.txt'))).rejects.toThrow();
  });

  it('recognises a dataset written before the manifest existed (index.json, reports/, compact/ only)', async () => {
    await run(['corpus'], 'legacy');
    await rm(path.join(work(), 'legacy/dataset.json'));
    await rm(path.join(work(), 'legacy/README.md'));
    expect(await run(['corpus/004_497932fb36e948c2.txt'], 'legacy')).toMatchObject({ exitCode: 0, written: 1 });
    // …but not when something else sits beside those files.
    await rm(path.join(work(), 'legacy/dataset.json'));
    await writeFile(path.join(work(), 'legacy/mine.txt'), 'x');
    await expect(run(['corpus'], 'legacy')).rejects.toThrow(OutputRefused);
  });
});

describe('a run that reads nothing keeps the previous dataset', { timeout: 60_000 }, () => {
  it('leaves the dataset as it was and exits 1 when no input could be read', async () => {
    await run(['corpus'], 'data');
    const before = await listing(path.join(work(), 'data'));
    lines = [];
    expect(await run(['no-such-folder'], 'data')).toMatchObject({ exitCode: 1, written: 0, failed: 1 });
    expect(lines).toEqual([
      'error no-such-folder: no such file or folder',
      'nothing written: no report file was found; data is left as it was · 1 could not be read · 0 skipped (not a rule-of-law report)',
    ]);
    expect(await listing(path.join(work(), 'data'))).toEqual(before);
    expect(await reportsIn(path.join(work(), 'data'))).toBe(5);
    await writeFile(path.join(work(), 'empty.txt'), '');
    lines = [];
    expect(await run(['empty.txt'], 'data')).toMatchObject({ exitCode: 1, written: 0 });
    expect(lines.at(-1)).toMatch(/^nothing written: no input could be read; data is left as it was/);
    expect(await reportsIn(path.join(work(), 'data'))).toBe(5);
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('a run in which no input is a report', { timeout: 60_000 }, () => {
  it('exits 1 and keeps the previous dataset', async () => {
    await run(['corpus'], 'data');
    await mkdir(path.join(work(), 'news'));
    await cp(path.join(ROOT, 'tests/fixtures/ingest/news-article.txt'), path.join(work(), 'news/news.txt'));
    lines = [];
    expect(await run(['news'], 'data')).toMatchObject({ exitCode: 1, written: 0, failed: 0, skipped: 1 });
    expect(lines.at(-1)).toBe(
      'nothing written: no input is a rule-of-law report; data is left as it was · 0 could not be read · 1 skipped (not a rule-of-law report)',
    );
    expect(await reportsIn(path.join(work(), 'data'))).toBe(5);
  });
});

describe('an input folder that cannot be read', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    for (const [folder, report] of [
      ['in/a', '001_3803b543c87d1562.txt'],
      ['in/locked', '003_0d3d22b9ea099724.txt'],
      ['in/z', '004_497932fb36e948c2.txt'],
    ] as const) {
      await mkdir(path.join(work(), folder), { recursive: true });
      await cp(path.join(work(), 'corpus', report), path.join(work(), folder, report));
    }
  });

  /**
   * Lists folders as readdir does, but refuses one as the system refuses a user without read
   * permission (root reads everything, so a chmod would prove nothing when tests run as root).
   */
  const refusing = (name: string) => async (folder: string) => {
    if (path.basename(folder) === name)
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), {
        code: 'EACCES',
        syscall: 'scandir',
        path: folder,
      });
    return readdir(folder, { withFileTypes: true });
  };

  it('gives an unreadable subfolder its own error line, and reads and writes the others', async () => {
    const summary = await run(['in'], 'data', { listFolder: refusing('locked') });
    expect(summary).toMatchObject({ exitCode: 1, written: 2, failed: 1 });
    expect(lines[0]).toBe('error in/locked: cannot be read (permission denied)');
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work(), 'data/index.json'), 'utf8')));
    expect(index.reports.map((report) => report.sourceFile).sort()).toEqual([
      'in/a/001_3803b543c87d1562.txt',
      'in/z/004_497932fb36e948c2.txt',
    ]);
  });

  it('gives an unreadable input folder one error line and keeps the previous dataset when it was the only input', async () => {
    await run(['corpus'], 'data');
    lines = [];
    expect(await run(['in'], 'data', { listFolder: refusing('in') })).toMatchObject({ exitCode: 1, written: 0, failed: 1 });
    expect(lines).toEqual([
      'error in: cannot be read (permission denied)',
      'nothing written: no report file was found; data is left as it was · 1 could not be read · 0 skipped (not a rule-of-law report)',
    ]);
    expect(await reportsIn(path.join(work(), 'data'))).toBe(5);
  });

  it('gives a folder the system cannot open, for root too (a path longer than the system allows), its own error line', async () => {
    // 20 nested folders of 250 characters: the deepest paths pass the kernel's 4,096-byte limit,
    // which no permission overrides. Built and removed by the shell, which works one folder at a time.
    const name = 'd'.repeat(250);
    const made = spawnSync('bash', ['-c', `cd in/z && for i in $(seq 20); do mkdir ${name} && cd ${name} || exit 1; done`], {
      cwd: work(),
    });
    expect(made.status).toBe(0);
    try {
      const summary = await run(['in'], 'data');
      expect(summary).toMatchObject({ exitCode: 1, written: 3, failed: 1 });
      expect(lines[0]).toMatch(new RegExp(`^error in/z(/${name})+: cannot be read \\(its path is longer than the system allows\\)$`));
    } finally {
      spawnSync('rm', ['-rf', path.join(work(), 'in/z', name)]);
    }
  });
});

describe('what runs leave beside the output folder', { timeout: 60_000 }, () => {
  it('removes staging and previous folders of killed runs, and a stale lock', async () => {
    await run(['corpus'], 'data');
    await mkdir(path.join(work(), '.data.staging-999999-1/reports'), { recursive: true });
    await mkdir(path.join(work(), '.data.previous-999999-2'), { recursive: true });
    await writeFile(path.join(work(), '.data.lock'), '999999\n');
    // Another folder's leftovers are not this run's business.
    await mkdir(path.join(work(), '.other.staging-999999-1'));
    expect(await run(['corpus'], 'data')).toMatchObject({ exitCode: 0 });
    expect((await readdir(work())).filter((name) => name.startsWith('.')).sort()).toEqual(['.other.staging-999999-1']);
  });

  it('restores the previous dataset that a run killed between its two renames left aside, and says so', async () => {
    // The state such a kill leaves: the old dataset moved aside, the new one still staged, no --out, a dead run's lock.
    await run(['corpus'], 'data');
    const before = await listing(path.join(work(), 'data'));
    await rename(path.join(work(), 'data'), path.join(work(), '.data.previous-999999-2'));
    await mkdir(path.join(work(), '.data.staging-999999-1/reports'), { recursive: true });
    await writeFile(path.join(work(), '.data.lock'), '999999\n');
    lines = [];
    expect(await run(['no-such-folder'], 'data')).toMatchObject({ exitCode: 1, written: 0 });
    expect(lines).toEqual([
      'warn  data was missing: a run stopped while replacing it had moved the previous dataset aside to .data.previous-999999-2; it is restored',
      'error no-such-folder: no such file or folder',
      'nothing written: no report file was found; data is the previous dataset, restored · 1 could not be read · 0 skipped (not a rule-of-law report)',
    ]);
    expect(await listing(path.join(work(), 'data'))).toEqual(before);
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps the previous dataset through a kill between the two renames: the next run restores it, then replaces it', async () => {
    await run(['corpus'], 'data');
    // A run killed (SIGKILL: no handler runs) at the one moment there is no --out folder.
    const script = path.join(work(), 'killed-run.mjs');
    await writeFile(
      script,
      `import { runExtract } from ${JSON.stringify(path.join(ROOT, 'src/cli/extract/extract.ts'))};\n` +
        `await runExtract({ inputs: ['corpus/001_3803b543c87d1562.txt'], out: 'data', cwd: process.cwd(), print: () => {}, progress: false, staging: { betweenRenames: () => process.kill(process.pid, 'SIGKILL') } });\n`,
    );
    const killed = spawnSync(process.execPath, ['--import', TSX, script], { cwd: work(), encoding: 'utf8' });
    expect(killed.signal).toBe('SIGKILL');
    await expect(lstat(path.join(work(), 'data'))).rejects.toThrow();
    expect((await readdir(work())).filter((name) => name.startsWith('.data.previous-'))).toHaveLength(1);
    expect(
      await reportsIn(
        path.join(
          work(),
          (await readdir(work())).find((name) => name.startsWith('.data.previous-'))!,
        ),
      ),
    ).toBe(5);

    lines = [];
    expect(await run(['corpus/003_0d3d22b9ea099724.txt'], 'data')).toMatchObject({ exitCode: 0, written: 1 });
    expect(lines[0]).toMatch(
      /^warn {2}data was missing: a run stopped while replacing it had moved the previous dataset aside to \.data\.previous-\d+-\d+; it is restored$/,
    );
    expect(await reportsIn(path.join(work(), 'data'))).toBe(1);
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it("holds a restored folder to the --out rule: the user's own folder, set aside by a killed --force run, is restored and not replaced", async () => {
    await mkdir(path.join(work(), '.mine.previous-999999-5/sub'), { recursive: true });
    await writeFile(path.join(work(), '.mine.previous-999999-5/notes.txt'), 'mine');
    await expect(run(['corpus'], 'mine')).rejects.toThrow(/^--out mine is a folder that is not a dataset written by this command/);
    expect(lines).toEqual([
      'warn  mine was missing: a run stopped while replacing it had moved the previous dataset aside to .mine.previous-999999-5; it is restored',
    ]);
    expect(await readFile(path.join(work(), 'mine/notes.txt'), 'utf8')).toBe('mine');
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('leaves the previous dataset, and neither staging folder nor lock, when a run fails while swapping it in', async () => {
    await run(['corpus'], 'data');
    const fail = () => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    };
    await expect(run(['corpus/001_3803b543c87d1562.txt'], 'data', { staging: { betweenRenames: fail } })).rejects.toThrow(/^EIO/);
    expect(await reportsIn(path.join(work(), 'data'))).toBe(5);
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses to write while another live run holds the folder', async () => {
    // The parent process is alive for the whole test: its pid stands for a concurrent run.
    await writeFile(path.join(work(), '.data.lock'), `${process.ppid}\n`);
    await expect(run(['corpus'], 'data')).rejects.toThrow(
      `another extraction (process ${process.ppid}) is writing ${path.join(work(), 'data')}; wait for it to finish`,
    );
    expect(await lstat(path.join(work(), '.data.lock')).then(() => true)).toBe(true);
    await expect(lstat(path.join(work(), 'data'))).rejects.toThrow();
  });

  it('says, without failing, when the previous dataset cannot be removed after the new one is in place', async () => {
    await run(['corpus'], 'data');
    lines = [];
    const refuse = async (folder: string) => {
      if (folder.includes('.data.previous-')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      await rm(folder, { recursive: true, force: true });
    };
    const summary = await run(['corpus/001_3803b543c87d1562.txt'], 'data', { staging: { removeFolder: refuse } });
    expect(summary).toMatchObject({ exitCode: 0, written: 1 });
    expect(
      lines.some((line) =>
        /^warn {2}the previous dataset could not be removed after the new one was written; delete \.data\.previous-\d+-\d+ by hand$/.test(
          line,
        ),
      ),
    ).toBe(true);
    expect(await reportsIn(path.join(work(), 'data'))).toBe(1);
  });
});

describe('names and links', { timeout: 60_000 }, () => {
  it('prints control characters in file names as escapes and keeps the name exact in the dataset', async () => {
    const name = 'evil\u001b[2Jname\u202e.txt';
    await mkdir(path.join(work(), 'in'));
    await cp(path.join(work(), 'corpus/001_3803b543c87d1562.txt'), path.join(work(), 'in', name));
    await run(['in'], 'data');
    expect(lines[0]).toMatch(/^ok {4}in\/evil\\u001b\[2Jname\\u202e\.txt \(txt, utf-8\): 芙蓉区 2020/);
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines.join('\n')).not.toContain('\u202e');
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work(), 'data/index.json'), 'utf8')));
    expect(index.reports[0]!.sourceFile).toBe(`in/${name}`);
  });

  it('follows a link to a folder inside an input folder, and says so when a link loops back', async () => {
    await mkdir(path.join(work(), 'in/own'), { recursive: true });
    await cp(path.join(work(), 'corpus/001_3803b543c87d1562.txt'), path.join(work(), 'in/own/a.txt'));
    await mkdir(path.join(work(), 'elsewhere'));
    await cp(path.join(work(), 'corpus/003_0d3d22b9ea099724.txt'), path.join(work(), 'elsewhere/b.txt'));
    await symlink(path.join(work(), 'elsewhere'), path.join(work(), 'in/linked'));
    await symlink(path.join(work(), 'in'), path.join(work(), 'in/own/loop'));
    const summary = await run(['in'], 'data');
    expect(summary).toMatchObject({ exitCode: 0, written: 2 });
    expect(lines).toContain('warn  in/own/loop: a link back to a folder already searched; not searched twice');
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work(), 'data/index.json'), 'utf8')));
    expect(index.reports.map((report) => report.sourceFile).sort()).toEqual(['in/linked/b.txt', 'in/own/a.txt']);
  });
});

describe('the command as a user runs it', { timeout: 120_000 }, () => {
  const cli = (args: string[], shell?: string) =>
    shell
      ? spawnSync('bash', ['-c', shell], { cwd: work(), encoding: 'utf8' })
      : spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts/extract.ts'), ...args], { cwd: work(), encoding: 'utf8' });

  it('exits 2 with one line for an --out it will not replace', () => {
    const result = cli(['corpus', '--out', '.']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('extract: --out . is the working folder or a folder above it; it is never replaced, even with --force\n');
  });

  it('exits 2 with one line naming the first entry of a dataset folder that this command did not write', async () => {
    await run(['corpus'], 'data');
    await writeFile(path.join(work(), 'data/notes.txt'), 'mine');
    const result = cli(['corpus', '--out', 'data']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'extract: --out data holds notes.txt, which this command did not write; the folder is replaced whole, so it is left alone. Move notes.txt elsewhere, or add --force to replace the folder anyway\n',
    );
    expect(await readFile(path.join(work(), 'data/notes.txt'), 'utf8')).toBe('mine');
  });

  it('still writes the dataset when its output is piped into head, without a stack trace', async () => {
    const script = `${JSON.stringify(process.execPath)} --import ${JSON.stringify(TSX)} ${JSON.stringify(path.join(ROOT, 'scripts/extract.ts'))} corpus --out piped --jobs 1 | head -1; echo "status \${PIPESTATUS[0]}"`;
    const result = cli([], script);
    expect(result.stdout).toMatch(/^ok {4}corpus\/000_c25541d65344bf67\.txt/);
    expect(result.stdout).toMatch(/status 0\n$/);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(await reportsIn(path.join(work(), 'piped'))).toBe(5);
  });
});
