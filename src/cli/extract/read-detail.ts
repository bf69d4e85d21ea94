/**
 * Reads one report's detail from a data folder on disk, loose or packed (docs/data-contract.md,
 * "Detail packs"): for Node tools and tests, what the dashboard does over HTTP with a Range request.
 */
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { type DetailFile, parseDetailFile, type ReportEntry } from '../../data/schema';

/** The detail's exact bytes as text: a loose file's, or its pack member's once gunzipped (the same JSON). */
export async function readDetailText(dataDir: string, report: Pick<ReportEntry, 'detailPath' | 'detailPack'>): Promise<string> {
  const pack = report.detailPack;
  if (!pack) return readFile(path.join(dataDir, ...report.detailPath.split('/')), 'utf8');
  const file = await open(path.join(dataDir, ...pack.path.split('/')), 'r');
  try {
    const member = Buffer.alloc(pack.length);
    const { bytesRead } = await file.read(member, 0, pack.length, pack.offset);
    if (bytesRead !== pack.length) throw new Error(`${pack.path} ends before bytes ${pack.offset}-${pack.offset + pack.length - 1}`);
    return gunzipSync(member).toString('utf8');
  } finally {
    await file.close();
  }
}

/** The detail, validated with the shared schema. */
export async function readDetail(dataDir: string, report: Pick<ReportEntry, 'detailPath' | 'detailPack'>): Promise<DetailFile> {
  return parseDetailFile(JSON.parse(await readDetailText(dataDir, report)));
}
