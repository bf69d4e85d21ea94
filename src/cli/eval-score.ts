/**
 * Scores one extracted report against its gold file (docs/eval-format.md). Pure: the CLI
 * (`src/cli/eval.ts`) reads the files, this module only compares. A value is right only when its
 * number, qualifier (and variant, when labelled) match and its quote lies inside the labelled
 * sentence; a derived label wants a derived value.
 */

import { z } from 'zod';

import { type ExtractedReport, type IndicatorId, isIndicatorId } from '../extract';
import { BODY_KINDS, DOCUMENT_KINDS, LEVELS, NOT_A_REPORT_REASONS, QUALIFIERS, type TextKind } from '../extract';

const indicatorId = z.string().refine(isIndicatorId, { message: 'is not an indicator id of the catalogue' });

const goldValueSchema = z
  .strictObject({
    value: z.number(),
    qualifier: z.enum(QUALIFIERS).optional(),
    sentence: z.string().min(1).optional(),
    derived: z.boolean().optional(),
    variant: z.string().min(1).optional(),
  })
  .refine((label) => label.derived === true || label.sentence !== undefined, {
    message: 'a reported value needs the sentence it is stated in ("sentence"); a computed one says "derived": true',
  });

const goldMetadataSchema = z.strictObject({
  jurisdiction: z.string().nullable().optional(),
  level: z.enum(LEVELS).nullable().optional(),
  province: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  county: z.string().nullable().optional(),
  code: z.string().nullable().optional(),
  year: z.number().int().nullable().optional(),
  published: z.string().nullable().optional(),
  body: z.string().nullable().optional(),
  bodyKind: z.enum(BODY_KINDS).optional(),
  documentKind: z.enum(DOCUMENT_KINDS).optional(),
  flags: z.array(z.string()).optional(),
});

export const goldFileSchema = z.strictObject({
  goldVersion: z.literal(1),
  note: z.string().optional(),
  // Where a real page's text came from (the practice sets of real pages record it).
  url: z.url({ protocol: /^https?$/ }).optional(),
  recognised: z.boolean().optional(),
  // For a text that must be refused: what it must be refused as (news, yearbook, notice…).
  refusedAs: z.enum(NOT_A_REPORT_REASONS).optional(),
  metadata: goldMetadataSchema.optional(),
  // Keys are checked against the catalogue in parseGoldFile, where the message can name the key.
  values: z.record(z.string(), goldValueSchema).optional(),
  optional: z.array(indicatorId).optional(),
  absent: z.array(indicatorId).optional(),
  complete: z.boolean().optional(),
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldValue = z.infer<typeof goldValueSchema>;

/** Parses a gold file's JSON, or says in one line what is wrong with it. */
export function parseGoldFile(json: string): { gold: GoldFile } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { error: `is not JSON (${(error as Error).message})` };
  }
  const parsed = goldFileSchema.safeParse(raw);
  if (parsed.success) {
    const unknown = Object.keys(parsed.data.values ?? {}).find((key) => !isIndicatorId(key));
    if (unknown !== undefined) return { error: `values.${unknown}: is not an indicator id of the catalogue` };
    return { gold: parsed.data };
  }
  const issue = parsed.error.issues[0]!;
  return { error: `${issue.path.join('.') || '(top level)'}: ${issue.message}` };
}

/**
 * What is wrong with a gold file's labels against its own text, found without running the
 * extractor: a sentence that does not occur verbatim in the text, an indicator both labelled and
 * listed as optional or absent, a refusal kind on a text labelled a report. Empty when the labels
 * can be scored.
 */
export function labelProblems(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  const labelled = Object.keys(gold.values ?? {});
  for (const [indicator, label] of Object.entries(gold.values ?? {})) {
    if (label.sentence !== undefined && !text.includes(label.sentence))
      problems.push(`values.${indicator}: its sentence does not occur verbatim in the text`);
  }
  for (const list of ['optional', 'absent'] as const) {
    for (const indicator of gold[list] ?? []) {
      if (labelled.includes(indicator)) problems.push(`${list}: ${indicator} is also labelled in values`);
    }
  }
  for (const indicator of gold.optional ?? []) {
    if (gold.absent?.includes(indicator)) problems.push(`optional: ${indicator} is also listed as absent`);
  }
  const recognised = gold.recognised ?? true;
  if (recognised && gold.refusedAs !== undefined) problems.push('refusedAs: given for a text labelled a report (recognised is not false)');
  if (!recognised && (labelled.length > 0 || gold.metadata !== undefined))
    problems.push('a text that must be refused has no metadata or values to score');
  return problems;
}

export type MissKind = 'metadata' | 'missed' | 'wrong' | 'false_positive' | 'recognition';

/** One disagreement between the extractor and the labels. */
export interface Miss {
  readonly kind: MissKind;
  /** The metadata field, indicator id, or "recognised". */
  readonly what: string;
  readonly expected: string;
  readonly found: string;
}

export interface FileScore {
  readonly metadataScored: number;
  readonly metadataRight: number;
  readonly labelled: number;
  readonly right: number;
  /** Primary values that were scored for precision (see docs/eval-format.md). */
  readonly scoredPrimary: number;
  readonly recognitionRight: boolean;
  readonly misses: readonly Miss[];
}

/** What the extractor said of one file: refused by recognition, or read and extracted. */
export type Outcome =
  | { readonly recognised: false; readonly reason: string; readonly kind?: TextKind; readonly report?: ExtractedReport }
  | { readonly recognised: true; readonly report: ExtractedReport };

type MetadataField = Exclude<keyof NonNullable<GoldFile['metadata']>, 'flags' | 'bodyKind' | 'documentKind'>;
const METADATA_FIELDS: readonly MetadataField[] = [
  'jurisdiction',
  'level',
  'province',
  'city',
  'county',
  'code',
  'year',
  'published',
  'body',
];

function shown(value: unknown): string {
  return value === null || value === undefined ? '(none)' : String(value);
}

function scoreMetadata(gold: GoldFile, report: ExtractedReport | undefined, misses: Miss[]): { scored: number; right: number } {
  const labels = gold.metadata;
  if (!labels) return { scored: 0, right: 0 };
  let scored = 0;
  let right = 0;
  const check = (what: string, expected: unknown, found: unknown): void => {
    scored += 1;
    if (expected === found || (expected === null && (found === null || found === undefined))) right += 1;
    else misses.push({ kind: 'metadata', what, expected: shown(expected), found: shown(found) });
  };
  const metadata = report?.metadata;
  for (const field of METADATA_FIELDS) {
    if (labels[field] === undefined) continue;
    check(field, labels[field], metadata?.[field]?.value ?? null);
  }
  if (labels.bodyKind !== undefined) check('bodyKind', labels.bodyKind, metadata?.bodyKind ?? null);
  if (labels.documentKind !== undefined) check('documentKind', labels.documentKind, metadata?.documentKind ?? null);
  for (const flag of labels.flags ?? []) {
    const present = (metadata?.flags as readonly string[] | undefined)?.includes(flag) ?? false;
    check(`flag ${flag}`, 'present', present ? 'present' : 'absent');
  }
  return { scored, right };
}

/** True when the quote's offsets fall inside an occurrence of `sentence` in the paragraph. */
function quoteInSentence(paragraph: string, start: number, end: number, sentence: string): boolean {
  for (let at = paragraph.indexOf(sentence); at !== -1; at = paragraph.indexOf(sentence, at + 1)) {
    if (start >= at && end <= at + sentence.length) return true;
  }
  return false;
}

function describeFound(report: ExtractedReport, indicator: IndicatorId): string {
  const primary = report.values[indicator];
  if (!primary) return '(no value)';
  const extraction = report.extractions.find((item) => item.id === primary.extractionId);
  const origin = primary.derived ? `derived: ${extraction?.formula ?? ''}` : `「${extraction?.span?.text ?? ''}」`;
  const variant = primary.variant ? `, variant ${primary.variant}` : '';
  return `${primary.value} (${primary.qualifier}${variant}) ${origin}`;
}

function describeExpected(label: GoldValue): string {
  const variant = label.variant ? `, variant ${label.variant}` : '';
  const where = label.derived ? 'derived' : `in 「${label.sentence}」`;
  return `${label.value} (${label.qualifier ?? 'exact'}${variant}) ${where}`;
}

/** Whether the report's primary value for `indicator` is the labelled one. */
export function isRight(report: ExtractedReport, indicator: IndicatorId, label: GoldValue): boolean {
  const primary = report.values[indicator];
  if (!primary) return false;
  if (Math.abs(primary.value - label.value) > 1e-9) return false;
  if (primary.qualifier !== (label.qualifier ?? 'exact')) return false;
  if (label.variant !== undefined && primary.variant !== label.variant) return false;
  if (label.derived === true) return primary.derived;
  if (primary.derived) return false;
  const extraction = report.extractions.find((item) => item.id === primary.extractionId);
  const paragraph = report.paragraphs.find((item) => item.id === extraction?.paragraphId);
  if (!extraction?.span || !paragraph) return false;
  return quoteInSentence(paragraph.text, extraction.span.start, extraction.span.end, label.sentence!);
}

/** Scores one file. `outcome` is what the extractor made of the text beside the gold file. */
export function scoreFile(gold: GoldFile, outcome: Outcome): FileScore {
  const misses: Miss[] = [];
  const expectRecognised = gold.recognised ?? true;
  // A text that must be refused as something (news, a yearbook entry…) is refused right only as that.
  const refusedAsLabelled = expectRecognised || outcome.recognised || gold.refusedAs === undefined || outcome.kind === gold.refusedAs;
  const recognitionRight = outcome.recognised === expectRecognised && refusedAsLabelled;
  if (!recognitionRight) {
    misses.push({
      kind: 'recognition',
      what: 'recognised',
      expected: expectRecognised ? 'a report' : `not a report${gold.refusedAs ? ` (${gold.refusedAs})` : ''}`,
      found: outcome.recognised ? 'read as a report' : `refused (${outcome.reason})`,
    });
  }
  const labels = Object.entries(gold.values ?? {}) as Array<[IndicatorId, GoldValue]>;
  // A refused text yields nothing: its metadata and values count as missed.
  const report = outcome.recognised ? outcome.report : undefined;
  const metadata = scoreMetadata(gold, report, misses);
  if (!expectRecognised) {
    return {
      metadataScored: metadata.scored,
      metadataRight: metadata.right,
      labelled: 0,
      right: 0,
      scoredPrimary: 0,
      recognitionRight,
      misses,
    };
  }

  let right = 0;
  for (const [indicator, label] of labels) {
    if (report && isRight(report, indicator, label)) right += 1;
    else {
      const found = report ? describeFound(report, indicator) : '(text refused)';
      misses.push({
        kind: found === '(no value)' || !report ? 'missed' : 'wrong',
        what: indicator,
        expected: describeExpected(label),
        found,
      });
    }
  }

  let scoredPrimary = 0;
  if (report) {
    const labelled = new Set<string>(labels.map(([indicator]) => indicator));
    const optional = new Set<string>(gold.optional ?? []);
    const absent = new Set<string>(gold.absent ?? []);
    const complete = gold.complete ?? true;
    for (const indicator of Object.keys(report.values) as IndicatorId[]) {
      if (labelled.has(indicator)) {
        scoredPrimary += 1;
        continue;
      }
      if (optional.has(indicator)) continue;
      if (complete || absent.has(indicator)) {
        scoredPrimary += 1;
        misses.push({
          kind: 'false_positive',
          what: indicator,
          expected: absent.has(indicator) ? '(must be absent)' : '(no value)',
          found: describeFound(report, indicator),
        });
      }
    }
  }
  return {
    metadataScored: metadata.scored,
    metadataRight: metadata.right,
    labelled: labels.length,
    right,
    scoredPrimary,
    recognitionRight,
    misses,
  };
}

export interface Totals {
  readonly files: number;
  readonly metadata: { readonly right: number; readonly scored: number; readonly accuracy: number };
  readonly values: {
    readonly right: number;
    readonly labelled: number;
    readonly scored: number;
    readonly precision: number;
    readonly recall: number;
  };
  readonly recognition: { readonly right: number; readonly files: number; readonly accuracy: number };
}

/** Sums file scores; a ratio over nothing is 1 (nothing was wrong), and the counts say so. */
export function totals(scores: readonly FileScore[]): Totals {
  const sum = (pick: (score: FileScore) => number): number => scores.reduce((total, score) => total + pick(score), 0);
  const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : numerator / denominator);
  const metadataRight = sum((score) => score.metadataRight);
  const metadataScored = sum((score) => score.metadataScored);
  const right = sum((score) => score.right);
  const labelled = sum((score) => score.labelled);
  const scored = sum((score) => score.scoredPrimary);
  const recognised = sum((score) => (score.recognitionRight ? 1 : 0));
  return {
    files: scores.length,
    metadata: { right: metadataRight, scored: metadataScored, accuracy: ratio(metadataRight, metadataScored) },
    values: { right, labelled, scored, precision: ratio(right, scored), recall: ratio(right, labelled) },
    recognition: { right: recognised, files: scores.length, accuracy: ratio(recognised, scores.length) },
  };
}
