/**
 * `npm run extract -- … --corrections DIR`: reads the corrections files (src/data/schema.ts) in
 * DIR and applies their decisions to the reports of the run with the pure rule of
 * src/data/apply-review.ts (in the worker that made each report, {@link reviewPrepared}), so that the data folder holds the reviewed values (status and the
 * extractor's original kept) and the published site shows them without any browser state.
 *
 * Decisions find their report by the SHA-256 of its decoded text, never by report or extraction
 * ids. Every decision that is not applied gets its own `warn` line naming the file and the
 * decision; a file that cannot be read gets an `error` line and none of its decisions are used.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { applyReview, type DecisionOutcome, type SourcedDecision } from '../../data/apply-review';
import type { PreparedReport } from '../../data/build-dataset';
import { parseCorrectionsText } from '../../data/corrections-file';
import { parseDetailFile, type ReviewDecisionRecord } from '../../data/schema';

/** The folder used when `--corrections` is not given, relative to the working folder (beside `corpus/`). */
export const DEFAULT_CORRECTIONS_DIR = 'corrections';

/**
 * The corrections path a run reads, when there is one to protect from `--out`: the one given, or
 * the default folder when it exists; null otherwise.
 */
export async function protectedCorrectionsPath(target: string | undefined, cwd: string): Promise<string | null> {
  if (target !== undefined) return target;
  try {
    await stat(path.resolve(cwd, DEFAULT_CORRECTIONS_DIR));
    return DEFAULT_CORRECTIONS_DIR;
  } catch {
    return null;
  }
}

const relative = (file: string, cwd: string) => path.relative(cwd, file).split(path.sep).join('/');

async function correctionFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function describe(decision: ReviewDecisionRecord): string {
  const quote = decision.anchor.quote.length > 24 ? `${decision.anchor.quote.slice(0, 23)}…` : decision.anchor.quote;
  const figures = decision.fields ? ` → ${decision.fields.indicator} ${decision.fields.value}` : '';
  return `decision ${decision.id} (${decision.decision}${figures}, ${decision.reviewer} ${decision.decidedAt.slice(0, 10)}, ${decision.reportId} 「${quote}」)`;
}

function outcomeLine(outcome: Exclude<DecisionOutcome, { kind: 'applied' }>): string {
  const { decision, source } = outcome.decision;
  const head = `warn  ${source}: ${describe(decision)}`;
  switch (outcome.kind) {
    case 'superseded':
      return `${head}: conflicts with decision ${outcome.by.decision.id} of ${outcome.by.source} on the same value; the later one (${outcome.by.decision.decidedAt}) applies`;
    case 'stale':
      return `${head}: not applied, stale: ${outcome.reason}`;
    case 'obsolete':
      return `${head}: not applied, obsolete: ${outcome.reason}`;
    case 'invalid':
    case 'unanchored':
      return `${head}: not applied: ${outcome.reason}`;
  }
}

/** The decisions of a run, by the SHA-256 of the decoded text they anchor to. */
export type DecisionsByText = ReadonlyMap<string, readonly SourcedDecision[]>;

/** What became of the decisions on one report's text, sent back from its worker to be reported. */
export interface ReportReview {
  readonly textSha256: string;
  readonly outcomes: readonly DecisionOutcome[];
}

/**
 * A prepared report with the decisions on its text applied, where it is made (the worker), on the
 * detail object itself: no serialising for the main thread to parse, validate and serialise again.
 * Null when no decision is about its text (the report is left as it is).
 */
export function reviewPrepared(
  prepared: PreparedReport,
  byText: DecisionsByText,
): { readonly prepared: PreparedReport; readonly review: ReportReview } | null {
  const textSha256 = prepared.entry.textSha256;
  const decisions = textSha256 === undefined ? undefined : byText.get(textSha256);
  if (!textSha256 || !decisions) return null;
  const reviewed = applyReview(prepared.detail, decisions);
  // Validated again: a reviewed value keeps the provenance invariant like any other.
  const detail = parseDetailFile(reviewed.detail);
  return {
    prepared: {
      ...prepared,
      entry: { ...prepared.entry, values: reviewed.values },
      valueCount: Object.keys(reviewed.values).length,
      detail,
    },
    review: { textSha256, outcomes: reviewed.outcomes },
  };
}

/** The decisions of a run and what became of them. */
export class CorrectionsRun {
  private readonly outcomes = new Map<string, DecisionOutcome>();
  private readonly matched = new Set<string>();

  private constructor(
    private readonly byText: ReadonlyMap<string, readonly SourcedDecision[]>,
    private readonly fileCount: number,
    private readonly decisionCount: number,
    /** One `error` line per file that could not be used. */
    readonly errors: readonly string[],
  ) {}

  /**
   * Reads the corrections at `target` (a folder, read recursively, or one file). Returns null when
   * there is nothing to read: no `target` given and no default folder.
   */
  static async open(target: string | undefined, cwd: string): Promise<CorrectionsRun | null> {
    const given = target !== undefined;
    const folder = path.resolve(cwd, target ?? DEFAULT_CORRECTIONS_DIR);
    let files: string[];
    try {
      files = await correctionFiles(folder);
    } catch {
      if (!given) return null;
      return new CorrectionsRun(new Map(), 0, 0, [`error ${relative(folder, cwd) || '.'}: no such corrections file or folder`]);
    }
    const byText = new Map<string, SourcedDecision[]>();
    const errors: string[] = [];
    const ids = new Set<string>();
    let used = 0;
    for (const file of files) {
      const source = relative(file, cwd);
      try {
        const parsed = parseCorrectionsText(await readFile(file, 'utf8'));
        for (const decision of parsed.decisions) {
          const list = byText.get(decision.textSha256) ?? [];
          list.push({ decision, source });
          byText.set(decision.textSha256, list);
        }
        for (const decision of parsed.decisions) ids.add(decision.id);
        used += 1;
      } catch (error) {
        errors.push(`error ${source}: ${(error as Error).message}; none of its decisions are applied`);
      }
    }
    return new CorrectionsRun(byText, used, ids.size, errors);
  }

  /**
   * The decisions of this run by the SHA-256 of the text they are about, as the workers get them
   * (src/cli/worker-pool.ts): each report is reviewed in the worker that made it
   * ({@link reviewPrepared}), and only the outcomes come back here ({@link record}).
   */
  get decisionsByText(): DecisionsByText {
    return this.byText;
  }

  /** Takes note of what became of the decisions applied to one report (in its worker). */
  record(review: ReportReview): void {
    this.matched.add(review.textSha256);
    for (const outcome of review.outcomes) this.outcomes.set(outcome.decision.decision.id, outcome);
  }

  /** One `warn` line per decision not applied (and per conflict), then a summary line. */
  report(print: (line: string) => void): void {
    const lines: { source: string; line: string }[] = [];
    for (const [textSha256, decisions] of this.byText) {
      if (this.matched.has(textSha256)) continue;
      for (const { decision, source } of decisions) {
        lines.push({
          source,
          line: `warn  ${source}: ${describe(decision)}: not applied: no report in this run has its source text (sha256 ${textSha256.slice(0, 12)}…)`,
        });
      }
    }
    let applied = 0;
    let conflicts = 0;
    for (const outcome of this.outcomes.values()) {
      if (outcome.kind === 'applied') applied += 1;
      else {
        if (outcome.kind === 'superseded') conflicts += 1;
        lines.push({ source: outcome.decision.source, line: outcomeLine(outcome) });
      }
    }
    lines.sort((a, b) => a.source.localeCompare(b.source) || a.line.localeCompare(b.line));
    for (const { line } of lines) print(line);
    const notApplied = this.decisionCount - applied - conflicts;
    print(
      `corrections: ${this.decisionCount} decisions in ${this.fileCount} file${this.fileCount === 1 ? '' : 's'} · ${applied} applied · ${notApplied} not applied · ${conflicts} superseded by a later decision on the same value${this.errors.length ? ` · ${this.errors.length} file${this.errors.length === 1 ? '' : 's'} unreadable` : ''}`,
    );
  }
}
