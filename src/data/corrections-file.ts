/**
 * The corrections file (schema in src/data/schema.ts): reading one with a message a person
 * understands, writing one, and making a new decision from what a reviewer did. Pure.
 */

import { anchorAt, extractionSpan } from './apply-review';
import {
  CORRECTIONS_FORMAT,
  CORRECTIONS_VERSION,
  type CorrectionsFile,
  correctionsFileSchema,
  type ExtractionEntry,
  type ParagraphEntry,
  type ReviewDecisionRecord,
  type ReviewFields,
} from './schema';

/** A corrections file that cannot be used, with one sentence saying where and why. */
export class CorrectionsFileError extends Error {
  override readonly name = 'CorrectionsFileError';
}

function describePath(json: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'decisions' || typeof path[1] !== 'number') return path.length > 0 ? path.join('.') : 'the file';
  const decision = (json as { decisions?: unknown[] }).decisions?.[path[1]] as { id?: unknown } | undefined;
  const id = typeof decision?.id === 'string' ? ` (${decision.id})` : '';
  const rest = path.slice(2).join('.');
  return `decision ${path[1] + 1}${id}${rest ? `, ${rest}` : ''}`;
}

/**
 * Reads a corrections file from its parsed JSON. Throws a {@link CorrectionsFileError} naming the
 * first problem ("decision 3 (d-…), fields: a "correct" needs the new figures …") and how many more
 * there are; a file is used whole or not at all.
 */
export function parseCorrectionsFile(json: unknown): CorrectionsFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new CorrectionsFileError('is not a corrections file (expected a JSON object with format, version and decisions)');
  const result = correctionsFileSchema.safeParse(json);
  if (result.success) return result.data;
  const [first, ...others] = result.error.issues;
  const more = others.length > 0 ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
  throw new CorrectionsFileError(`${describePath(json, first?.path ?? [])}: ${first?.message ?? 'invalid'}${more}`);
}

/** Reads a corrections file's text (JSON). */
export function parseCorrectionsText(text: string): CorrectionsFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CorrectionsFileError(`is not valid JSON (${(error as Error).message})`);
  }
  return parseCorrectionsFile(json);
}

/** A corrections file holding `decisions`, oldest first, validated before it is written. */
export function correctionsFile(decisions: readonly ReviewDecisionRecord[]): CorrectionsFile {
  const ordered = [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id));
  return correctionsFileSchema.parse({ format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, decisions: ordered });
}

/** The text of a corrections file, as downloaded. */
export function correctionsJson(decisions: readonly ReviewDecisionRecord[]): string {
  return `${JSON.stringify(correctionsFile(decisions), null, 2)}\n`;
}

/** A fresh decision id: URL-safe and unique without coordination (two reviewers never collide). */
export function newDecisionId(random: () => string = () => globalThis.crypto.randomUUID()): string {
  return `d-${random()}`;
}

/** Who decided, when and why: the parts of a decision that are not about the value. */
export interface DecisionSignature {
  readonly reviewer: string;
  /** ISO date-time. */
  readonly decidedAt: string;
  readonly note: string | null;
  readonly id?: string;
}

interface ReportText {
  readonly reportId: string;
  readonly textSha256: string;
  readonly paragraphs: readonly ParagraphEntry[];
  readonly extractions: readonly ExtractionEntry[];
}

/**
 * A decision on an extraction of `report`: confirm, reject, or correct it to `fields`. Confirming a
 * value whose figures are a person's (corrected or added) confirms those figures, not the
 * extractor's: it becomes a correction to them (or an addition of them), signed anew.
 */
export function decisionOnExtraction(
  report: ReportText,
  extraction: ExtractionEntry,
  kind: 'confirm' | 'reject' | 'correct',
  fields: ReviewFields | null,
  signature: DecisionSignature,
): ReviewDecisionRecord {
  const byId = new Map(report.extractions.map((entry) => [entry.id, entry]));
  const span = extractionSpan(extraction, byId);
  const paragraph = report.paragraphs.find((candidate) => candidate.id === extraction.paragraphId);
  if (!span || !paragraph) throw new Error(`extraction ${extraction.id} has no words in the report to anchor a decision to`);
  const current: ReviewFields = {
    indicator: extraction.indicator,
    value: extraction.value,
    qualifier: extraction.qualifier,
    scope: extraction.scope,
  };
  const base = {
    id: signature.id ?? newDecisionId(),
    textSha256: report.textSha256,
    reportId: report.reportId,
    anchor: anchorAt(paragraph, span.start, span.end),
    reviewer: signature.reviewer,
    decidedAt: signature.decidedAt,
    note: signature.note,
  };
  const status = extraction.review?.status;
  if (status === 'added' && kind !== 'reject')
    return { ...base, judged: null, decision: 'add', fields: kind === 'correct' && fields ? fields : current };
  // The extractor's reading, not an earlier review's: that is what the decision judges.
  const original = extraction.review?.original;
  const judged = { extractionId: extraction.id, ...(original ?? current), derived: extraction.derived };
  if (kind === 'confirm' && status === 'corrected' && original) return { ...base, judged, decision: 'correct', fields: current };
  return { ...base, judged, decision: kind, fields: kind === 'correct' ? fields : null };
}

/** A decision adding a value the extractor missed, at words a person selected in a paragraph. */
export function decisionAddingValue(
  report: ReportText,
  paragraph: ParagraphEntry,
  start: number,
  end: number,
  fields: ReviewFields,
  signature: DecisionSignature,
): ReviewDecisionRecord {
  if (start < 0 || end > paragraph.text.length || start >= end) throw new Error(`no words at ${start}–${end} of paragraph ${paragraph.id}`);
  return {
    id: signature.id ?? newDecisionId(),
    textSha256: report.textSha256,
    reportId: report.reportId,
    anchor: anchorAt(paragraph, start, end),
    judged: null,
    decision: 'add',
    fields,
    reviewer: signature.reviewer,
    decidedAt: signature.decidedAt,
    note: signature.note,
  };
}
