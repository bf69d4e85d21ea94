/**
 * Review decisions anchor to the SHA-256 of a report's decoded text, so the extraction command and
 * the browser's "add report" must fingerprint the same file alike: both decode with src/ingest and
 * hash in the one shared step, reportFromBytes (src/data/report-from-bytes.ts) — the browser with
 * WebCrypto, the command line with Node's hash (src/cli/node-sha256.ts). Checked on the bundled reports and on an encoding
 * the two must both undo (GB18030).
 */

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { detailJsonOf } from '../src/cli/extract/detail-member';
import { processFile } from '../src/cli/extract/process-file';
import { parseLocalReportFile } from '../src/data/local-reports';
import { parseDetailFile, reportEntrySchema } from '../src/data/schema';
import { handleExtractRequest } from '../src/features/local/extract-handler';
import { encodeGb18030 } from './fixtures/ingest/builders';

const corpus = readdirSync('corpus')
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** An entry as index.json will hold it: the worker ships its text. */
const parseIndexEntry = (json: string) => reportEntrySchema.parse(JSON.parse(json));

async function cliFingerprint(file: string, name: string) {
  const outcome = await processFile({ file, sourceFile: name, keepUnrecognised: false });
  if (!('prepared' in outcome)) throw new Error(outcome.line);
  const detail = parseDetailFile(JSON.parse(detailJsonOf(outcome.prepared)));
  const entry = parseIndexEntry(outcome.prepared.entryJson.json);
  expect(detail.textSha256).toBe(entry.textSha256);
  return entry.textSha256;
}

async function browserFingerprint(bytes: Uint8Array, name: string) {
  const final = await handleExtractRequest({
    type: 'extract',
    id: 1,
    name,
    bytes: new Uint8Array(bytes).buffer,
    force: false,
    pdfAssetsUrl: 'http://localhost/pdfjs/',
  });
  if (final.type !== 'done') throw new Error(`${name}: ${final.type}`);
  const file = parseLocalReportFile(final.file);
  expect(file.detail.textSha256).toBe(file.report.textSha256);
  return file.report.textSha256;
}

describe('text fingerprint (SHA-256 of the decoded text)', () => {
  it('is the same from the command line and from the browser worker for every bundled report', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5);
    for (const name of corpus) {
      const file = path.join('corpus', name);
      const bytes = readFileSync(file);
      const cli = await cliFingerprint(file, file);
      expect(cli).toBe(
        createHash('sha256')
          .update(bytes.toString('utf8').replace(/^\uFEFF/, ''), 'utf8')
          .digest('hex'),
      );
      expect(await browserFingerprint(bytes, name)).toBe(cli);
    }
  }, 60_000);

  it('is the fingerprint of the decoded text, not of the bytes: a GB18030 copy fingerprints like the UTF-8 one', async () => {
    const text = readFileSync(path.join('corpus', corpus[1]!), 'utf8');
    const folder = await mkdtemp(path.join(tmpdir(), 'fazhi-fingerprint-'));
    try {
      const gbFile = path.join(folder, 'gb.txt');
      await writeFile(gbFile, encodeGb18030(text));
      const fromGb = await cliFingerprint(gbFile, 'gb.txt');
      expect(fromGb).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      expect(await browserFingerprint(encodeGb18030(text), 'gb.txt')).toBe(fromGb);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
