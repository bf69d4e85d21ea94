/**
 * The manifest of a collected folder (`npm run collect`): one JSON line per saved file, saying where
 * it was fetched from and when. The collector writes it and `npm run extract` reads it with the same
 * schema, so that every report keeps its government page's address and its retrieval time.
 *
 * A line is appended only after its file is fully written, so an interrupted run leaves at worst a
 * torn last line; readers skip a line that is not a record with one warning, never a crash.
 */

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod/mini';

import { httpUrlSchema, utcTimeSchema } from '../data/schema';

/** The manifest's name inside a collected folder. */
export const MANIFEST_FILE = 'manifest.jsonl';

/** What a saved file is: a page asked for, an attachment of a page, or a listing page followed. */
export const MANIFEST_ROLES = ['page', 'attachment', 'listing'] as const;
export type ManifestRole = (typeof MANIFEST_ROLES)[number];

/** A path relative to the manifest's folder, with `/` separators, that stays inside it. */
const savedFileSchema = z
  .string()
  .check(z.regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\\0]+$/, 'must be a path inside the collected folder'));

export const manifestRecordSchema = z.object({
  /** Manifest format version. */
  v: z.literal(1),
  /** The address asked for (as listed, or as linked from the page or listing). */
  url: httpUrlSchema,
  /** The address the bytes came from, after redirects. */
  finalUrl: httpUrlSchema,
  status: z.int().check(z.minimum(100), z.maximum(599)),
  /** The Content-Type header's media type, lower case; null when the server sent none. */
  contentType: z.nullable(z.string()),
  /** The Content-Type header's charset parameter, as sent; null when none. */
  charset: z.nullable(z.string()),
  fetchedAt: utcTimeSchema,
  size: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  file: savedFileSchema,
  role: z.enum(MANIFEST_ROLES),
  /** For an attachment, the page that links it; for a page found on a listing, the listing. */
  origin: z.nullable(httpUrlSchema),
});

export type ManifestRecord = z.infer<typeof manifestRecordSchema>;

/** One manifest line. */
export function formatManifestLine(record: ManifestRecord): string {
  return `${JSON.stringify(manifestRecordSchema.parse(record))}\n`;
}

export interface ParsedManifest {
  readonly records: readonly ManifestRecord[];
  /** Lines that are not records, each with its number and why ("line 7: not JSON"). */
  readonly problems: readonly string[];
  /** Whether the text ends with a line break (an append must start a new line when it does not). */
  readonly endsWithNewline: boolean;
  /** False when the text has lines but none is a record: it is some other file of that name. */
  readonly isManifest: boolean;
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` : 'not a record';
}

/** Parses a manifest's text, line by line; never throws. */
export function parseManifest(text: string): ParsedManifest {
  const lines = text.split('\n');
  const endsWithNewline = text.length === 0 || text.endsWith('\n');
  const records: ManifestRecord[] = [];
  const problems: string[] = [];
  let nonEmpty = 0;
  let tornRecord = false;
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    nonEmpty += 1;
    const torn = index === lines.length - 1 && !endsWithNewline;
    // The first record of a run killed while writing it: still this kind of file.
    if (torn && line.startsWith('{"v":')) tornRecord = true;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push(`line ${index + 1}: ${torn || line.startsWith('{"v":') ? 'cut short (an interrupted run)' : 'not JSON'}`);
      return;
    }
    const parsed = manifestRecordSchema.safeParse(json);
    if (parsed.success) records.push(parsed.data);
    else problems.push(`line ${index + 1}: ${firstIssue(parsed.error)}`);
  });
  return { records, problems, endsWithNewline, isManifest: nonEmpty === 0 || records.length > 0 || (nonEmpty === 1 && tornRecord) };
}

/** One warning line for a manifest's problems, or null when it has none. */
export function describeProblems(name: string, parsed: ParsedManifest): string | null {
  if (!parsed.isManifest) return `${name}: not a collect manifest (${parsed.problems[0] ?? 'no record'}); ignored`;
  if (parsed.problems.length === 0) return null;
  const shown = parsed.problems.slice(0, 3).join('; ');
  const more = parsed.problems.length > 3 ? `; ${parsed.problems.length - 3} more` : '';
  return `${name}: ${parsed.problems.length} ${parsed.problems.length === 1 ? 'line is' : 'lines are'} not manifest records and ${parsed.problems.length === 1 ? 'was' : 'were'} ignored (${shown}${more})`;
}

/** What `npm run extract` takes from the manifest for one file. */
export interface FileProvenance {
  /** The page's address (an attachment: the page that links it). */
  readonly sourceUrl?: string;
  readonly retrievedAt?: string;
  /** The server's charset for the file, a decoding hint for pages that declare none. */
  readonly charset?: string;
  /**
   * A page whose attachments were collected as its report: the collector follows a page's
   * attachments only when the page itself holds no report text (at most its title and 详见附件),
   * so extract reads the attachments and not the page.
   */
  readonly presentsAttachment?: true;
}

/**
 * The provenance a record gives its file. `attachmentOrigins`: the pages that the manifest's
 * attachments were collected from.
 */
export function provenanceOf(record: ManifestRecord, attachmentOrigins: ReadonlySet<string> = new Set()): FileProvenance {
  const sourceUrl = record.role === 'attachment' ? (record.origin ?? record.finalUrl) : record.finalUrl;
  const presents = record.role !== 'attachment' && attachmentOrigins.has(record.finalUrl);
  return {
    sourceUrl,
    retrievedAt: record.fetchedAt,
    ...(record.charset ? { charset: record.charset } : {}),
    ...(presents ? { presentsAttachment: true } : {}),
  };
}

/** The pages that a manifest's attachments were collected from. */
export function attachmentOriginsOf(records: Iterable<ManifestRecord>): Set<string> {
  const origins = new Set<string>();
  for (const record of records) if (record.role === 'attachment' && record.origin !== null) origins.add(record.origin);
  return origins;
}

/**
 * Records by the absolute path of their file; of several records of one file (a refreshed fetch),
 * the latest wins.
 */
export function recordsByFile(folder: string, records: readonly ManifestRecord[]): Map<string, ManifestRecord> {
  const byFile = new Map<string, ManifestRecord>();
  for (const record of records) {
    const file = path.resolve(folder, ...record.file.split('/'));
    const known = byFile.get(file);
    if (!known || known.fetchedAt <= record.fetchedAt) byFile.set(file, record);
  }
  return byFile;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds the manifests that describe `files` — each file's nearest `manifest.jsonl` in its folder or
 * a folder above it, up to `cwd` (or the file system's root for files outside it) — and returns
 * each file's provenance. A manifest with bad lines gets one warning; it never stops the run.
 */
export async function loadProvenance(
  files: readonly string[],
  cwd: string,
  warn: (line: string) => void,
): Promise<(file: string) => FileProvenance | undefined> {
  interface LoadedManifest {
    readonly byFile: Map<string, ManifestRecord>;
    readonly attachmentOrigins: Set<string>;
  }
  const manifestOfFolder = new Map<string, Promise<LoadedManifest | null>>();
  const load = (folder: string): Promise<LoadedManifest | null> => {
    let pending = manifestOfFolder.get(folder);
    if (!pending) {
      pending = (async () => {
        const file = path.join(folder, MANIFEST_FILE);
        if (!(await isFile(file))) return null;
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          warn(
            `warn  ${path.relative(cwd, file) || file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ignored`,
          );
          return null;
        }
        const parsed = parseManifest(text);
        const problem = describeProblems(path.relative(cwd, file).split(path.sep).join('/') || file, parsed);
        if (problem) warn(`warn  ${problem}`);
        return parsed.isManifest
          ? { byFile: recordsByFile(folder, parsed.records), attachmentOrigins: attachmentOriginsOf(parsed.records) }
          : null;
      })();
      manifestOfFolder.set(folder, pending);
    }
    return pending;
  };
  const root = path.resolve(cwd);
  const found = new Map<string, FileProvenance>();
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    for (let folder = path.dirname(absolute); ; folder = path.dirname(folder)) {
      const manifest = await load(folder);
      const record = manifest?.byFile.get(absolute);
      if (record) {
        found.set(absolute, provenanceOf(record, manifest?.attachmentOrigins));
        break;
      }
      if (manifest || folder === root || path.dirname(folder) === folder) break;
    }
  }
  return (file) => found.get(path.resolve(cwd, file));
}
