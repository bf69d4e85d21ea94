/**
 * The collected folder: raw files as received, one folder per host, and the manifest beside them.
 * A file is written under a temporary name and renamed into place, and only then is its manifest
 * line appended, so an interrupted run never leaves a half file under a real name nor a line for a
 * file that is not there. Nothing is written outside the folder, and a file the manifest does not
 * list (a user's own) is never overwritten. A lock file keeps two runs from writing at once.
 */

import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describeProblems, formatManifestLine, MANIFEST_FILE, type ManifestRecord, type ManifestRole, parseManifest } from '../manifest';
import { takePidLock } from '../pid-lock';
import type { FetchedFile } from './http';

/** A problem with the command's arguments or its output folder: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const LOCK_FILE = '.collect.lock';
/** Temporary names: `.<name>.<pid>.part`, in the file's own folder (a rename never crosses disks). */
const PART_FILE = /^\..+\.\d+\.part$/;

/** Makes temporary names unique within the process too. */
let partCounter = 0;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Characters kept in saved names; everything else becomes `_`. */
function safeName(text: string, fallback: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 60);
  return cleaned || fallback;
}

/** Whether the bytes hold an ASCII string (a zip's entry names are plain ASCII in its headers). */
function holdsAscii(bytes: Uint8Array, needle: string): boolean {
  return (
    new TextDecoder('windows-1252').decode(bytes.subarray(0, 64 * 1024)).includes(needle) ||
    new TextDecoder('windows-1252').decode(bytes.subarray(-64 * 1024)).includes(needle)
  );
}

/**
 * The file ending to save under — it decides whether `npm run extract` reads the file — from the
 * bytes first (a PDF is a PDF whatever its address says; a zip with `word/` inside is a .docx even
 * when it came from `download.jsp`), then the server's type, then the file name the server gave
 * (Content-Disposition) or the address's own ending.
 */
export function savedExtension(bytes: Uint8Array, contentType: string | null, url: string, fileName: string | null = null): string {
  const named = (fileName ?? new URL(url).pathname).toLowerCase();
  const nameExtension = /\.([a-z0-9]{1,5})$/.exec(named)?.[1] ?? '';
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return '.pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return holdsAscii(bytes, 'word/') ? '.docx' : '.zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return nameExtension === 'wps' ? '.wps' : '.doc';
  if (
    contentType === 'text/html' ||
    contentType === 'application/xhtml+xml' ||
    /^\s*(?:<!doctype html|<html|<head)/i.test(head.replace(/^\u00ef\u00bb\u00bf/, ''))
  )
    return '.html';
  if (contentType === 'text/plain') return '.txt';
  return /^(?:txt|html?|shtml|docx?|wps|pdf|xlsx?|zip|rar|jpe?g|png|gif)$/.test(nameExtension) ? `.${nameExtension}` : '.bin';
}

/** `<host>/<name>-<hash of the address>.<ext>`: stable for an address, readable, and inside the folder. */
export function savedName(finalUrl: string, extension: string): string {
  const url = new URL(finalUrl);
  const host = safeName(`${url.hostname}${url.port ? `_${url.port}` : ''}`.toLowerCase(), 'host');
  const last = decodeURIComponentSafe(url.pathname.split('/').filter(Boolean).pop() ?? '');
  const stem = safeName(last.replace(/\.[A-Za-z0-9]{1,5}$/, ''), 'index');
  return `${host}/${stem}-${sha256(new TextEncoder().encode(finalUrl)).slice(0, 8)}${extension}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function fileHash(file: string): Promise<string | null> {
  try {
    return sha256(new Uint8Array(await readFile(file)));
  } catch {
    return null;
  }
}

export interface SavedFile {
  readonly record: ManifestRecord;
  readonly bytes: Uint8Array;
}

export class RawStore {
  private readonly records: ManifestRecord[];
  private endsWithNewline: boolean;

  private constructor(
    readonly folder: string,
    records: ManifestRecord[],
    endsWithNewline: boolean,
    /** Warnings found on opening (a torn manifest line, stale temporary files removed). */
    readonly warnings: readonly string[],
  ) {
    this.records = records;
    this.endsWithNewline = endsWithNewline;
  }

  /** Opens (creating) the folder, takes its lock and reads its manifest. Throws UsageError when it cannot be used. */
  static async open(folder: string, displayName: string): Promise<RawStore> {
    try {
      const info = await stat(folder);
      if (!info.isDirectory()) throw new UsageError(`${displayName} exists and is not a folder`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new UsageError(`${displayName} cannot be used (${(error as NodeJS.ErrnoException).code})`);
    }
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create ${displayName} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    await RawStore.lock(folder, displayName);
    const warnings: string[] = [];
    let text = '';
    try {
      text = await readFile(path.join(folder, MANIFEST_FILE), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        await RawStore.unlock(folder);
        throw new UsageError(`${displayName}/${MANIFEST_FILE} cannot be read (${(error as NodeJS.ErrnoException).code})`);
      }
    }
    const parsed = parseManifest(text);
    if (!parsed.isManifest) {
      await RawStore.unlock(folder);
      throw new UsageError(`${displayName}/${MANIFEST_FILE} exists and is not a collect manifest; choose another --out`);
    }
    const problem = describeProblems(`${displayName}/${MANIFEST_FILE}`, parsed);
    if (problem) warnings.push(problem);
    const stale = await RawStore.removeStaleParts(folder);
    if (stale > 0) warnings.push(`${displayName}: removed ${stale} half-written ${stale === 1 ? 'file' : 'files'} of an interrupted run`);
    return new RawStore(folder, [...parsed.records], parsed.endsWithNewline, warnings);
  }

  private static async lock(folder: string, displayName: string): Promise<void> {
    await takePidLock(path.join(folder, LOCK_FILE), (problem) =>
      problem.kind === 'held'
        ? new UsageError(`another collect (process ${problem.pid}) is writing to ${displayName}; wait for it to finish`)
        : new UsageError(`cannot write in ${displayName} (${problem.code})`),
    );
  }

  private static async unlock(folder: string): Promise<void> {
    await rm(path.join(folder, LOCK_FILE), { force: true });
  }

  private static async removeStaleParts(folder: string): Promise<number> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const parts = entries.filter((entry) => entry.isFile() && PART_FILE.test(entry.name));
    await Promise.all(parts.map((entry) => rm(path.join(entry.parentPath, entry.name), { force: true })));
    return parts.length;
  }

  /** Releases the lock. */
  async close(): Promise<void> {
    await RawStore.unlock(this.folder);
  }

  /** Every record read or written, in order. */
  get allRecords(): readonly ManifestRecord[] {
    return this.records;
  }

  private absolute(relative: string): string {
    const file = path.resolve(this.folder, ...relative.split('/'));
    if (!file.startsWith(this.folder + path.sep)) throw new Error(`refusing to write outside ${this.folder}: ${relative}`);
    return file;
  }

  /**
   * The latest saved copy of an address (asked for, or reached after redirects), when its file is
   * still there with the bytes the manifest recorded; null otherwise (then it is fetched again).
   */
  async saved(url: string, role?: ManifestRole): Promise<SavedFile | null> {
    for (let i = this.records.length - 1; i >= 0; i -= 1) {
      const record = this.records[i]!;
      if (record.url !== url && record.finalUrl !== url) continue;
      if (role && record.role !== role) continue;
      try {
        const bytes = new Uint8Array(await readFile(this.absolute(record.file)));
        if (sha256(bytes) === record.sha256) return { record, bytes };
      } catch {
        // Missing or unreadable: fetch it again.
      }
      return null;
    }
    return null;
  }

  /**
   * Records that a file already saved has another role too — a page's attachment that was also
   * listed as an address — so that `npm run extract` credits it to the page. Appends nothing when
   * the manifest says so already.
   */
  async relate(record: ManifestRecord, role: ManifestRole, origin: string | null): Promise<void> {
    if (
      this.records.some((known) => known.file === record.file && known.url === record.url && known.role === role && known.origin === origin)
    )
      return;
    await this.append({ ...record, role, origin });
  }

  private async append(record: ManifestRecord): Promise<void> {
    // One write per line; a torn line from a killed run gets its own line ended first.
    await appendFile(path.join(this.folder, MANIFEST_FILE), `${this.endsWithNewline ? '' : '\n'}${formatManifestLine(record)}`);
    this.endsWithNewline = true;
    this.records.push(record);
  }

  /**
   * Saves a fetched file and appends its manifest line. The same bytes already saved for the same
   * address are not written again (`unchanged`); a file of that name that the manifest does not
   * list is never overwritten (another name is taken instead).
   */
  async save(fetched: FetchedFile, role: ManifestRole, origin: string | null): Promise<{ record: ManifestRecord; unchanged: boolean }> {
    const hash = sha256(fetched.bytes);
    const extension = savedExtension(fetched.bytes, fetched.contentType, fetched.finalUrl, fetched.fileName);
    const preferred = savedName(fetched.finalUrl, extension);
    const ours = new Set(this.records.map((record) => record.file));
    let relative = preferred;
    let unchanged = false;
    for (let n = 2; ; n += 1) {
      const existing = await fileHash(this.absolute(relative));
      if (existing === null) break;
      if (existing === hash) {
        unchanged = true;
        break;
      }
      // Ours (an earlier fetch of this address): replaced. Someone else's: left alone.
      if (ours.has(relative)) break;
      relative = preferred.replace(/(\.[a-z0-9]+)$/, `-${n}$1`);
    }
    const target = this.absolute(relative);
    if (!unchanged) {
      await mkdir(path.dirname(target), { recursive: true });
      const part = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}${(partCounter += 1)}.part`);
      await writeFile(part, fetched.bytes);
      await rename(part, target);
    }
    const record: ManifestRecord = {
      v: 1,
      url: fetched.url,
      finalUrl: fetched.finalUrl,
      status: fetched.status,
      contentType: fetched.contentType,
      charset: fetched.charset,
      fetchedAt: fetched.fetchedAt,
      size: fetched.bytes.byteLength,
      sha256: hash,
      file: relative,
      role,
      origin,
    };
    await this.append(record);
    return { record, unchanged };
  }
}
