/**
 * The collector against a local website (tests/fixtures/collect/site.ts, on 127.0.0.1, started by
 * each test): every kind of page gets its documented outcome, a second run fetches nothing new, a
 * run killed half-way and started again completes, and `npm run extract` credits each report to its
 * page. Delays, backoffs and timeouts are tiny here through the options; the defaults are polite.
 */

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { type FixtureSite, HOSTILE, INTERNAL_FILES, MANY_LINKS, PAGES, startFixtureSite } from '../../../tests/fixtures/collect/site';
import { tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { parseIndexFile } from '../../data/schema';
import { main } from '../collect';
import { runExtract } from '../extract/extract';
import { MANIFEST_FILE, type ManifestRecord, parseManifest } from '../manifest';
import { internalAddress } from './internal-addresses';
import { type CollectOptions, runCollect } from './run';
import { savedName } from './store';

const work = tempFolderPerTest('fazhi-collect-');
let site: FixtureSite;
let lines: string[];

/** The local site is on 127.0.0.1, an internal address: these runs allow it, as `--allow-private` does, unless they test the refusal. */
const FAST = { delayMs: 2, timeoutMs: 1_000, retries: 1, backoffMs: 5, maxWaitMs: 1_000, maxBytes: 256 * 1024, allowPrivate: true };
const ADVICE = '; use --allow-private to fetch addresses inside your network';

beforeEach(async () => {
  lines = [];
});

afterEach(async () => {
  await site?.close();
});

function collect(inputs: string[], options: Partial<CollectOptions> = {}) {
  return runCollect({ inputs, out: 'raw', cwd: work(), print: (line) => lines.push(line), progress: false, http: FAST, ...options });
}

async function manifest(): Promise<ManifestRecord[]> {
  const parsed = parseManifest(await readFile(path.join(work(), 'raw', MANIFEST_FILE), 'utf8'));
  expect(parsed.problems).toEqual([]);
  return [...parsed.records];
}

/** The line of an address (the first whose address is exactly it). */
function lineOf(url: string): string {
  const found = lines.find((line) => line.replace(/^\S+\s+(?:↳ )?/, '').startsWith(`${url}:`));
  if (!found) throw new Error(`no line for ${url} in:\n${lines.join('\n')}`);
  return found;
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Starts the collect command as a user runs it, over eight pages of a slow fixture site (one host,
 * one request at a time), in its own process: `node --import tsx`, so that a signal reaches the
 * collector itself (the tsx CLI would fork it).
 */
async function spawnCollectOfEightPages() {
  site = await startFixtureSite({ latencyMs: 80 });
  const pages = [PAGES.utf8, PAGES.gbk, PAGES.news, PAGES.redirectStart, PAGES.docxOnly, PAGES.noticePage, PAGES.digest, PAGES.flaky];
  await writeFile(path.join(work(), 'urls.txt'), pages.map((page) => site.url(page)).join('\n'));
  const command = [
    '--import',
    pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href,
    path.resolve('scripts/collect.ts'),
    'urls.txt',
    '--out',
    'raw',
    '--delay',
    '0.01',
    '--hosts',
    '1',
    '--retries',
    '1',
    '--allow-private',
  ];
  return { child: spawn(process.execPath, command, { cwd: work(), stdio: ['ignore', 'pipe', 'pipe'] }), pages, command };
}

describe('collect', () => {
  it('gives every kind of page its outcome, saves the bytes as received, and keeps where each came from', async () => {
    site = await startFixtureSite({ slowMs: 4_000 });
    const listed = [
      PAGES.utf8,
      PAGES.gbk,
      PAGES.pdfOnly,
      PAGES.docxOnly,
      PAGES.redirectStart,
      PAGES.missing,
      PAGES.flaky,
      PAGES.slow,
      PAGES.disallowed,
      PAGES.disallowedForUs,
      PAGES.news,
      PAGES.big,
      PAGES.bigStream,
      PAGES.loop,
      PAGES.toFtp,
    ];
    await writeFile(path.join(work(), 'urls.txt'), `# 测试站点\n\n${listed.map((page) => site.url(page)).join('\n')}\n`);
    const summary = await collect(['urls.txt']);

    const ok = (page: string, pattern: RegExp) => expect(lineOf(site.url(page))).toMatch(pattern);
    ok(PAGES.utf8, /^ok {4}\S+: report \(html, utf-8\) · saved as raw\/127\.0\.0\.1_\d+\/jiaxiang-2023-[0-9a-f]{8}\.html \(16 kB\)$/);
    ok(PAGES.gbk, /^ok {4}\S+: report \(html, gb18030\) · saved as raw\/\S+\.html/);
    ok(PAGES.pdfOnly, /^ok {4}\S+: no report text on the page; 2 attachments, 1 is a report · saved as /);
    ok(PAGES.pdf, /^ok {6}↳ \S+: report \(pdf, 4 pages\) · saved as raw\/\S+\.pdf/);
    ok(PAGES.notice, /^skip {4}↳ \S+: not a report \(a news item \(title: 芙蓉区召开2021年法治政府建设工作推进会\)\)/);
    ok(PAGES.docxOnly, /^ok {4}\S+: no report text on the page; 1 attachment, it is the report/);
    // Saved as .docx although the address is download.jsp: the bytes decide (extract reads it).
    ok(PAGES.docx, /^ok {6}↳ \S+: report \(docx\) · saved as raw\/\S+\/download-[0-9a-f]{8}\.docx/);
    ok(
      PAGES.redirectStart,
      new RegExp(
        `^ok {4}\\S+: report \\(html, utf-8\\) · redirected to ${site.url(PAGES.redirectEnd).replace(/[.?]/g, '\\$&')}; saved as `,
      ),
    );
    ok(PAGES.missing, /^error \S+: 404 Not Found$/);
    ok(PAGES.flaky, /^ok {4}\S+: report /);
    ok(PAGES.slow, /^error \S+: timeout \(no complete answer within 1 s\) \(2 tries\)$/);
    ok(PAGES.disallowed, /^error \S+: refused by robots\.txt$/);
    // Disallowed only in the group for this collector's name: its User-Agent is matched.
    ok(PAGES.disallowedForUs, /^error \S+: refused by robots\.txt$/);
    ok(PAGES.news, /^skip {2}\S+: not a report page \(a news item \(title: 芙蓉区召开2021年法治政府建设工作推进会\)\)/);
    ok(PAGES.big, /^error \S+: too large \(400 kB; the limit is 256 kB\); not downloaded$/);
    ok(PAGES.bigStream, /^error \S+: too large \(over 256 kB; stopped reading\)$/);
    ok(PAGES.loop, /^error \S+: redirect loop/);
    ok(PAGES.toFtp, /^error \S+: redirected to a ftp: address \(ftp:\/\/files\.example\/report\.pdf\); only http\(s\) is followed$/);
    expect(summary).toMatchObject({ exitCode: 1, ok: 6, skipped: 1, errors: 8 });
    expect(lines.at(-1)).toMatch(
      /^15 addresses: 6 ok, 1 skipped, 8 errors · 10 files saved · \d+ requests · manifest raw\/manifest\.jsonl$/,
    );

    // robots.txt first, once; nothing it forbids is ever asked for; every request names the project.
    expect(site.paths()[0]).toBe('/robots.txt');
    expect(site.paths().filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(site.paths()).not.toContain(PAGES.disallowed);
    expect(site.paths()).not.toContain(PAGES.disallowedForUs);
    expect(new Set(site.requests.map((request) => request.userAgent.split(' ')[0]))).toEqual(
      new Set([expect.stringMatching(/^fazhi-atlas\/\d/)]),
    );
    // 503 then 200: asked twice. The slow page: asked twice, then given up.
    expect(site.paths().filter((p) => p === PAGES.flaky)).toHaveLength(2);
    expect(site.paths().filter((p) => p === PAGES.slow)).toHaveLength(2);
    // A 404 is not retried, a refusal of size neither.
    expect(site.paths().filter((p) => p === PAGES.missing || p === PAGES.big)).toHaveLength(2);

    const records = await manifest();
    expect(records).toHaveLength(10);
    for (const record of records) {
      const bytes = new Uint8Array(await readFile(path.join(work(), 'raw', record.file)));
      expect(record).toMatchObject({ v: 1, status: 200, size: bytes.byteLength, sha256: sha(bytes) });
      expect(Date.parse(record.fetchedAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    const byUrl = (page: string) => records.find((record) => record.url === site.url(page))!;
    // The GBK page, byte for byte as served, with the header's charset.
    const gbk = byUrl(PAGES.gbk);
    expect(gbk).toMatchObject({ contentType: 'text/html', charset: 'GBK', role: 'page', origin: null });
    const served = await fetch(site.url(PAGES.gbk)).then(async (response) => new Uint8Array(await response.arrayBuffer()));
    expect(sha(served)).toBe(gbk.sha256);
    expect(byUrl(PAGES.redirectStart)).toMatchObject({ finalUrl: site.url(PAGES.redirectEnd), role: 'page' });
    expect(byUrl(PAGES.pdf)).toMatchObject({ role: 'attachment', origin: site.url(PAGES.pdfOnly), contentType: 'application/pdf' });
    expect(byUrl(PAGES.docx)).toMatchObject({ role: 'attachment', origin: site.url(PAGES.docxOnly) });
    // Nothing but the manifest, the host folder and no temporary or lock file.
    expect((await readdir(path.join(work(), 'raw'))).sort()).toEqual([new URL(site.origin).host.replace(':', '_'), MANIFEST_FILE].sort());
    const saved = await readdir(path.join(work(), 'raw', new URL(site.origin).host.replace(':', '_')));
    expect(saved.filter((name) => name.startsWith('.'))).toEqual([]);

    // A second run asks for nothing it has: only what failed is tried again.
    const before = site.requests.length;
    lines = [];
    const again = await collect(['urls.txt']);
    const asked = site.paths().slice(before);
    expect(asked.sort()).toEqual(
      [
        '/robots.txt',
        PAGES.missing,
        PAGES.slow,
        PAGES.slow,
        PAGES.big,
        PAGES.bigStream,
        PAGES.loop,
        '/redirect/loop-b',
        PAGES.toFtp,
      ].sort(),
    );
    expect(lineOf(site.url(PAGES.utf8))).toMatch(/^skip {2}\S+: report \(html, utf-8\) · already saved as raw\//);
    expect(lineOf(site.url(PAGES.pdfOnly))).toMatch(
      /^skip {2}\S+: no report text on the page; 2 attachments, 1 is a report · already saved/,
    );
    expect(again).toMatchObject({ saved: 0 });
    expect(await manifest()).toHaveLength(10);

    // npm run extract reads the manifest: each report keeps its page's address and retrieval time.
    const extracted = await runExtract({ inputs: ['raw'], out: 'data', cwd: work(), print: () => {}, progress: false });
    expect(extracted.written).toBe(6);
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work(), 'data/index.json'), 'utf8')));
    const report = (name: string) => {
      const jurisdiction = index.jurisdictions.find((entry) => entry.name === name);
      return index.reports.find((entry) => entry.jurisdictionId === jurisdiction?.id);
    };
    expect(report('嘉祥县')).toMatchObject({ sourceUrl: site.url(PAGES.utf8), retrievedAt: byUrl(PAGES.utf8).fetchedAt });
    expect(report('高陵区')).toMatchObject({ sourceUrl: site.url(PAGES.gbk) });
    // The redirected page is credited to where it was found in the end; the PDF to its page.
    expect(report('淄博高新区')).toMatchObject({ sourceUrl: site.url(PAGES.redirectEnd) });
    expect(report('芙蓉区')).toMatchObject({
      sourceUrl: site.url(PAGES.pdfOnly),
      retrievedAt: byUrl(PAGES.pdf).fetchedAt,
      sourceFile: `raw/${byUrl(PAGES.pdf).file}`,
    });
    expect(index.reports.every((entry) => entry.sourceUrl?.startsWith(site.origin) && entry.retrievedAt)).toBe(true);
  }, 60_000);

  it('fetches again with --refresh, and writes nothing for bytes that did not change', async () => {
    site = await startFixtureSite();
    await collect([site.url(PAGES.utf8), site.url(PAGES.docxOnly)]);
    const first = await manifest();
    lines = [];
    const before = site.requests.length;
    const summary = await collect([site.url(PAGES.utf8), site.url(PAGES.docxOnly)], { refresh: true });
    expect(site.paths().slice(before)).toEqual(expect.arrayContaining([PAGES.utf8, PAGES.docxOnly, PAGES.docx]));
    expect(summary).toMatchObject({ exitCode: 0, saved: 0 });
    expect(lineOf(site.url(PAGES.utf8))).toMatch(/· unchanged, raw\//);
    const second = await manifest();
    // New lines with the new retrieval time, pointing at the same files.
    expect(
      second
        .slice(first.length)
        .map((record) => record.file)
        .sort(),
    ).toEqual(first.map((record) => record.file).sort());
    expect(second.at(-1)!.fetchedAt >= first.at(-1)!.fetchedAt).toBe(true);
  });

  it('follows a listing page one level: keeps links titled like annual reports, says how many', async () => {
    site = await startFixtureSite();
    const summary = await collect([site.url(PAGES.listing)], { followListing: true });
    expect(lines[0]).toMatch(
      /^ok {4}\S+: listing page; 10 links, 3 look like annual rule-of-law reports, 2 kept \(1 linked twice\) · saved as /,
    );
    expect(lineOf(site.url(PAGES.utf8))).toMatch(/^ok {6}↳ /);
    expect(lineOf(site.url(PAGES.gbk))).toMatch(/^ok {6}↳ /);
    expect(summary).toMatchObject({ exitCode: 0, ok: 3 });
    // The news item, the notice asking for reports, the digest and the column's next page are never fetched.
    expect(site.paths().sort()).toEqual(['/robots.txt', PAGES.listing, PAGES.utf8, PAGES.gbk].sort());
    const records = await manifest();
    expect(records.map((record) => [record.role, record.origin])).toEqual([
      ['listing', null],
      ['page', site.url(PAGES.listing)],
      ['page', site.url(PAGES.listing)],
    ]);
  });

  it('saves a .doc attachment it cannot judge, saying so, and skips an empty page', async () => {
    site = await startFixtureSite();
    const summary = await collect([site.url(PAGES.docOnly), site.url(PAGES.empty)]);
    expect(lineOf(site.url(PAGES.docOnly))).toMatch(
      /^ok {4}\S+: no report text on the page; 1 attachment, 1 saved but not checked · saved as /,
    );
    expect(lineOf(site.url(PAGES.doc))).toMatch(
      /^ok {6}↳ \S+: a \.doc file, which npm run extract cannot read; save it as \.docx or PDF · saved as raw\/\S+\.doc /,
    );
    expect(lineOf(site.url(PAGES.empty))).toMatch(/^skip {2}\S+: not a report page \(is empty\) · saved as /);
    expect(summary).toMatchObject({ exitCode: 0, ok: 1, skipped: 1 });
  });

  it('takes turns on a host: one request at a time, with the pause between them', async () => {
    site = await startFixtureSite({ latencyMs: 5 });
    const pages = [PAGES.utf8, PAGES.gbk, PAGES.news, PAGES.noticePage, PAGES.digest, PAGES.missing];
    await collect(
      pages.map((page) => site.url(page)),
      { hosts: 4, http: { ...FAST, delayMs: 40 } },
    );
    const sorted = [...site.requests].sort((a, b) => a.start - b.start);
    expect(sorted).toHaveLength(pages.length + 1);
    for (let i = 1; i < sorted.length; i += 1) {
      // The next request starts only after the previous one ended, plus the pause (a few ms of clock slack).
      expect(sorted[i]!.start - sorted[i - 1]!.end).toBeGreaterThanOrEqual(35);
    }
  });

  it('says what is wrong with its input in one line, and exits 2 when it has nothing to do', async () => {
    site = await startFixtureSite();
    await writeFile(
      path.join(work(), 'urls.txt'),
      `${site.url(PAGES.utf8)}\nftp://files.example/a.pdf\nwww.example.gov.cn/a.html\n${site.url(PAGES.utf8)}#again 重复\n`,
    );
    const summary = await collect(['urls.txt']);
    expect(summary).toMatchObject({ exitCode: 1, ok: 1, errors: 2 });
    expect(lines).toContain('error urls.txt:2: "ftp://files.example/a.pdf" is not an http(s) address');
    expect(lines).toContain(
      'error urls.txt:3: "www.example.gov.cn/a.html" has no scheme; write http://www.example.gov.cn/a.html or https://www.example.gov.cn/a.html',
    );
    expect(lines).toContain('warn  1 address was given more than once; each is collected once');

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main([])).toBe(2);
      expect(await main([path.join(work(), 'no-such-list.txt')])).toBe(2);
      expect(stderr.mock.calls.map(([text]) => String(text))).toContain(
        `collect: ${path.join(work(), 'no-such-list.txt')}: no such file (give addresses, or a file listing them)\n`,
      );
      expect(await main([site.url(PAGES.utf8), '--delay', 'soon'])).toBe(2);
      await writeFile(path.join(work(), 'a-file'), 'not a folder');
      expect(await main([site.url(PAGES.utf8), '--out', path.join(work(), 'a-file')])).toBe(2);
      await mkdir(path.join(work(), 'other'));
      await writeFile(path.join(work(), 'other', MANIFEST_FILE), 'name,size\nx,1\n');
      expect(await main([site.url(PAGES.utf8), '--out', path.join(work(), 'other')])).toBe(2);
      expect(stderr.mock.calls.map(([text]) => String(text))).toContain(
        `collect: ${path.join(work(), 'other')}/${MANIFEST_FILE} exists and is not a collect manifest; choose another --out\n`,
      );
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
    // Nothing of the refused runs was written.
    expect(await readFile(path.join(work(), 'other', MANIFEST_FILE), 'utf8')).toBe('name,size\nx,1\n');
    expect(await readdir(path.join(work(), 'other'))).toEqual([MANIFEST_FILE]);
  });

  it('never overwrites a file it did not write, and shrugs off a torn manifest line', async () => {
    site = await startFixtureSite();
    const url = site.url(PAGES.utf8);
    const theirs = path.join(work(), 'raw', savedName(url, '.html'));
    await mkdir(path.dirname(theirs), { recursive: true });
    await writeFile(theirs, '<p>my own notes</p>');
    await writeFile(path.join(work(), 'raw', MANIFEST_FILE), '{"v":1,"url":"http://a.example/x.html","finalUrl":"http://a.exa');
    await collect([url]);
    expect(lines[0]).toBe(
      'warn  raw/manifest.jsonl: 1 line is not manifest records and was ignored (line 1: cut short (an interrupted run))',
    );
    expect(await readFile(theirs, 'utf8')).toBe('<p>my own notes</p>');
    const text = await readFile(path.join(work(), 'raw', MANIFEST_FILE), 'utf8');
    const parsed = parseManifest(text);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]!.file).toBe(savedName(url, '.html').replace(/\.html$/, '-2.html'));
    // The torn line stays apart from the new one, and extract warns about it once, then goes on.
    expect(text.split('\n')).toHaveLength(3);
    await appendFile(path.join(work(), 'raw', MANIFEST_FILE), 'not json at all\n');
    const extractLines: string[] = [];
    const extracted = await runExtract({
      inputs: ['raw'],
      out: 'data',
      cwd: work(),
      print: (line) => extractLines.push(line),
      progress: false,
    });
    expect(extractLines[0]).toBe(
      'warn  raw/manifest.jsonl: 2 lines are not manifest records and were ignored (line 1: cut short (an interrupted run); line 3: not JSON)',
    );
    expect(extracted.written).toBe(1);
  });

  it('gives a file it cannot write one error line, and goes on', async () => {
    site = await startFixtureSite();
    // A file where the host's folder would go: every save there fails, nothing crashes, the file stays.
    const hostFolder = path.join(work(), 'raw', new URL(site.origin).host.replace(':', '_'));
    await mkdir(path.dirname(hostFolder), { recursive: true });
    await writeFile(hostFolder, 'in the way');
    const summary = await collect([site.url(PAGES.utf8), site.url(PAGES.missing)]);
    expect(summary).toMatchObject({ exitCode: 1, errors: 2 });
    expect(lineOf(site.url(PAGES.utf8))).toMatch(/^error \S+: failed \((?:EEXIST|ENOTDIR)/);
    expect(lineOf(site.url(PAGES.missing))).toMatch(/^error \S+: 404 Not Found$/);
    expect(await readFile(hostFolder, 'utf8')).toBe('in the way');
  });

  it('loses nothing when killed half-way: run again, it completes without fetching twice', async () => {
    const { child, pages, command } = await spawnCollectOfEightPages();
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // Killed as soon as the first address is reported: later ones are in flight or not started.
        if (/^ok /m.test(output)) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    expect(output).toMatch(/^ok /m);
    const partial = parseManifest(await readFile(path.join(work(), 'raw', MANIFEST_FILE), 'utf8'));
    expect(partial.records.length).toBeGreaterThan(0);
    expect(partial.records.length).toBeLessThan(pages.length);
    const askedBefore = new Set(partial.records.map((record) => new URL(record.url).pathname));

    const before = site.requests.length;
    const second = spawn(process.execPath, command, { cwd: work(), stdio: ['ignore', 'pipe', 'pipe'] });
    let secondOutput = '';
    second.stdout.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    expect(secondOutput).toMatch(/^8 addresses: \d+ ok, \d+ skipped, 0 errors/m);
    // What the first run saved was not asked for again.
    for (const pathname of askedBefore) expect(site.paths().slice(before)).not.toContain(pathname);
    const records = await manifest();
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
    expect(records.map((record) => new URL(record.url).pathname + new URL(record.url).search).sort()).toEqual(
      [...pages, PAGES.docx].sort(),
    );
    for (const record of records) expect(sha(new Uint8Array(await readFile(path.join(work(), 'raw', record.file))))).toBe(record.sha256);
    expect((await readdir(path.join(work(), 'raw'))).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 30_000);

  it('refuses loopback addresses in every form, and 0.0.0.0, unless --allow-private: one error line each, nothing asked, saved or published', async () => {
    site = await startFixtureSite();
    const port = new URL(site.origin).port;
    const given = [
      `http://localhost:${port}${PAGES.utf8}`,
      `http://127.0.0.2:${port}${PAGES.gbk}`,
      `http://[::1]:${port}${PAGES.news}`,
      `http://0x7f000001:${port}${PAGES.utf8}`,
      `http://2130706433:${port}${PAGES.gbk}`,
      `http://0177.0.0.1:${port}${PAGES.redirectEnd}`,
      `http://[::ffff:127.0.0.1]:${port}${PAGES.utf8}`,
      `http://0.0.0.0:${port}${PAGES.utf8}`,
    ];
    const summary = await collect(given, { http: { ...FAST, allowPrivate: false } });
    expect(lineOf(`http://localhost:${port}${PAGES.utf8}`)).toMatch(
      new RegExp(
        `^error \\S+: refused: localhost resolves to (?:127\\.0\\.0\\.1|::1), a loopback address${ADVICE.replace(/[.-]/g, '\\$&')}$`,
      ),
    );
    const refused = (url: string, address: string, what: string) =>
      expect(lineOf(url)).toBe(`error ${url}: refused: ${address} is ${what}${ADVICE}`);
    refused(`http://127.0.0.2:${port}${PAGES.gbk}`, '127.0.0.2', 'a loopback address');
    refused(`http://[::1]:${port}${PAGES.news}`, '::1', 'a loopback address');
    // Hexadecimal, decimal and octal forms are read as the URL parser reads them: 127.0.0.1.
    refused(`http://127.0.0.1:${port}${PAGES.utf8}`, '127.0.0.1', 'a loopback address');
    refused(`http://127.0.0.1:${port}${PAGES.gbk}`, '127.0.0.1', 'a loopback address');
    refused(`http://127.0.0.1:${port}${PAGES.redirectEnd}`, '127.0.0.1', 'a loopback address');
    refused(`http://[::ffff:7f00:1]:${port}${PAGES.utf8}`, '::ffff:7f00:1 (IPv4 127.0.0.1)', 'a loopback address');
    refused(`http://0.0.0.0:${port}${PAGES.utf8}`, '0.0.0.0', 'an unspecified address');
    expect(summary).toMatchObject({ exitCode: 1, ok: 0, errors: 8, saved: 0, requests: 0 });
    expect(site.requests).toEqual([]);
    expect(await readdir(path.join(work(), 'raw'))).toEqual([]);

    // --allow-private: the same addresses are asked for (the site listens on 127.0.0.1 only: 127.0.0.2 and ::1 refuse the connection).
    lines = [];
    const allowed = await collect(given, { http: { ...FAST, allowPrivate: true } });
    expect(lines.filter((line) => line.includes('--allow-private'))).toEqual([]);
    expect(lineOf(`http://127.0.0.1:${port}${PAGES.utf8}`)).toMatch(/^ok {4}\S+: report /);
    expect(allowed.ok).toBeGreaterThanOrEqual(4);
  });

  it('refuses an internal address reached through another site’s redirect or an attachment link, and publishes none', async () => {
    site = await startFixtureSite();
    const port = new URL(site.origin).port;
    // The local site plays a public one: 127.0.0.1 counts as public here; 127.0.0.2 and ::1 are what they are.
    const classify = (address: string) => (address === '127.0.0.1' ? null : internalAddress(address));
    const summary = await collect([site.url(PAGES.redirectInternal), site.url(PAGES.internalAttachments)], {
      http: { ...FAST, allowPrivate: false, classify },
    });
    expect(lineOf(site.url(PAGES.redirectInternal))).toBe(
      `error ${site.url(PAGES.redirectInternal)}: redirected to http://127.0.0.2:${port}${PAGES.utf8}; refused: 127.0.0.2 is a loopback address${ADVICE}`,
    );
    expect(lineOf(site.url(PAGES.internalAttachments))).toMatch(
      /^ok {4}\S+: no report text on the page; 3 attachments, 1 is a report · saved as /,
    );
    expect(lineOf(site.url(PAGES.pdf))).toMatch(/^ok {6}↳ \S+: report \(pdf, 4 pages\)/);
    expect(lineOf(`http://127.0.0.2:${port}${INTERNAL_FILES.pdf}`)).toBe(
      `error   ↳ http://127.0.0.2:${port}${INTERNAL_FILES.pdf}: refused: 127.0.0.2 is a loopback address${ADVICE}`,
    );
    expect(lineOf(`http://[::1]:${port}${INTERNAL_FILES.docx}`)).toBe(
      `error   ↳ http://[::1]:${port}${INTERNAL_FILES.docx}: refused: ::1 is a loopback address${ADVICE}`,
    );
    expect(summary).toMatchObject({ ok: 1, errors: 1 });
    expect(site.paths().sort()).toEqual(['/robots.txt', PAGES.redirectInternal, PAGES.internalAttachments, PAGES.pdf].sort());
    // Only the public site's addresses are saved, so only they can become a report's sourceUrl.
    const records = await manifest();
    expect(records.map((record) => [record.url, record.finalUrl, record.origin])).toEqual([
      [site.url(PAGES.internalAttachments), site.url(PAGES.internalAttachments), null],
      [site.url(PAGES.pdf), site.url(PAGES.pdf), site.url(PAGES.internalAttachments)],
    ]);
  });

  it('judges what it downloaded as extract reads files, in a worker: a bomb or a page nested 20,000 deep is its line, the run goes on (issue 20)', async () => {
    site = await startFixtureSite();
    const started = performance.now();
    const summary = await collect([site.url(PAGES.bombAttachments), site.url(PAGES.deepPage), site.url(PAGES.utf8)]);
    expect(lines.find((line) => line.includes(PAGES.chainedBomb))).toMatch(/inflates to over 64 MB \(a zip bomb\?\); refused/);
    expect(lines.find((line) => line.includes(PAGES.bombAttachments))).toMatch(
      /^ok {4}\S+: no report text on the page; 2 attachments, 1 is a report/,
    );
    expect(lines.find((line) => line.includes(PAGES.deepPage))).toMatch(/nested more than 512 levels deep/);
    expect(lines.find((line) => line.startsWith('ok') && line.includes(PAGES.utf8))).toBeDefined();
    expect(summary.ok).toBeGreaterThanOrEqual(2);
    // The bomb is 200 MB inside, the deep page is refused before it is parsed: neither costs the run.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('follows at most 20 attachments of a page and says so on a line; --max-attachments raises it', async () => {
    site = await startFixtureSite();
    const page = site.url(PAGES.manyAttachments);
    const fetchedAttachments = () => site.paths().filter((p) => p.startsWith('/files/many/'));
    const summary = await collect([page]);
    expect(lines[0]).toMatch(
      new RegExp(`^skip {2}\\S+: no report text on the page; ${MANY_LINKS} attachments, 20 followed, none is a report · saved as `),
    );
    expect(lines[1]).toBe(`warn  ${page} links ${MANY_LINKS} attachments; following the first 20 (--max-attachments raises it)`);
    expect(lines.filter((line) => line.includes('/files/many/'))).toHaveLength(20);
    expect(fetchedAttachments()).toEqual(Array.from({ length: 20 }, (_, i) => `/files/many/${i + 1}.txt`));
    expect(summary).toMatchObject({ exitCode: 0, skipped: 1 });
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^1 address: 0 ok, 1 skipped, 0 errors · 21 files saved · \\d+ requests · manifest raw/manifest\\.jsonl · ${MANY_LINKS - 20} links not followed \\(--max-attachments, --max-followed\\)$`,
      ),
    );

    lines = [];
    await collect([page], { maxAttachments: 25 });
    expect(lines[1]).toBe(`warn  ${page} links ${MANY_LINKS} attachments; following the first 25 (--max-attachments raises it)`);
    expect(fetchedAttachments()).toHaveLength(25);
  });

  it('follows at most --max-followed links from pages in a run, listing entries and attachments together, and says so', async () => {
    site = await startFixtureSite();
    const listing = site.url(PAGES.manyReports);
    await collect([listing], { followListing: true, maxFollowed: 5 });
    expect(lines[0]).toMatch(
      new RegExp(
        `^ok {4}\\S+: listing page; ${MANY_LINKS} links, ${MANY_LINKS} look like annual rule-of-law reports, ${MANY_LINKS} kept · saved as `,
      ),
    );
    expect(lines[1]).toBe(
      `warn  ${listing}: following 5 of its ${MANY_LINKS} report links; the run's limit of 5 links followed from pages is reached (--max-followed raises it)`,
    );
    expect(site.paths().filter((p) => p.startsWith('/zwgk/county-'))).toHaveLength(5);

    // Attachments draw on the same budget: the second page gets what the first left.
    lines = [];
    const before = site.requests.length;
    await collect([site.url(PAGES.manyAttachments), site.url(PAGES.pdfOnly)], { maxFollowed: 21, hosts: 1 });
    expect(lineOf(site.url(PAGES.pdfOnly))).toMatch(
      /^ok {4}\S+: no report text on the page; 2 attachments, 1 followed, it is the report · saved as /,
    );
    expect(lines).toContain(
      `warn  ${site.url(PAGES.pdfOnly)}: following 1 of its 2 attachments; the run's limit of 21 links followed from pages is reached (--max-followed raises it)`,
    );
    expect(
      site
        .paths()
        .slice(before)
        .filter((p) => p.startsWith('/files/many/')),
    ).toHaveLength(20);
    expect(site.paths().slice(before)).not.toContain(PAGES.notice);
  });

  it('prints what servers send with control characters and bidirectional overrides as \\u escapes: a reason phrase, a page title', async () => {
    site = await startFixtureSite();
    await collect([site.url(PAGES.hostileStatus), site.url(PAGES.hostileTitle)]);
    expect(lineOf(site.url(PAGES.hostileStatus))).toBe(
      `error ${site.url(PAGES.hostileStatus)}: 404 \\u001b[2J\\u001b[31mGone\\u0007\\u009b`,
    );
    expect(lineOf(site.url(PAGES.hostileTitle))).toContain('推进会\\u202egpj.exe\\u2066))');
    expect(lines.some((line) => line.includes(HOSTILE.reason) || line.includes(HOSTILE.title))).toBe(false);
    // eslint-disable-next-line no-control-regex
    expect(lines.filter((line) => /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(line))).toEqual([]);
  });

  it('stops quietly when its output is closed (collect … | head -1): no error, no lock left, what it saved kept', async () => {
    const { child, pages } = await spawnCollectOfEightPages();
    let output = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // head -1: the reader goes away after the first line.
      if (output.includes('\n')) child.stdout.destroy();
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
    );
    expect(output).toMatch(/^ok /);
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(await readdir(path.join(work(), 'raw'))).not.toContain('.collect.lock');
    const records = await manifest();
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(sha(new Uint8Array(await readFile(path.join(work(), 'raw', record.file))))).toBe(record.sha256);
    // It stopped: the addresses after the closed output were never asked for.
    expect(site.paths()).not.toContain(PAGES.flaky);
    expect(site.paths().filter((p) => (pages as readonly string[]).includes(p)).length).toBeLessThan(pages.length);
  }, 30_000);
});
