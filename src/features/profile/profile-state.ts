/**
 * The profile of one place across the years (as the WJP index's country profile, or Our World in
 * Data's), apart from rendering: every catalogue indicator × every year, each cell the place's
 * value with its peer median and rank that year (src/data/peers.ts: same year, level and kind of
 * report, and province when the province filter is on) and its change from the year before; each
 * number footnoted to its report (title, quote, web address). What a cell is — a number, 未报告,
 * no report that year, not loaded, filtered out — is asked of `valueStatus`, never worked out here.
 *
 * The report the address names (`report`) chooses the place, the kind of report followed across
 * the years (a government's rule-of-law report is followed by its own kind, never by a
 * department's summary) and the year marked as current.
 */

import {
  type Dataset,
  groupIndicatorsByTheme,
  type IndicatorGroup,
  jurisdictionName,
  preferredReport,
  sameReportKind,
} from '../../data/dataset';
import { type PeerContext, peerLookup, type PeerScope, previousYearChange, type YearChange } from '../../data/peers';
import type { DetailFile, IndicatorEntry, JurisdictionEntry, ParagraphEntry, ReportEntry } from '../../data/schema';
import { type FootnoteKind, footnoteOf, type ReportedValue, type ValueStatus, valueStatus } from '../../data/value-status';

/** One year of the profile: the place's report of the profile's kind that year, if any. */
export interface YearColumn {
  readonly year: number;
  /** null: the place has no report of this kind that year (or its part is not loaded: see the cells). */
  readonly report: ReportEntry | null;
  /** Peer reports that year (this one included), or null without a report or a level. */
  readonly peers: number | null;
}

export interface ProfileCell {
  readonly year: number;
  readonly status: ValueStatus;
  /** Median and rank among the year's peers; null without a report or peers. */
  readonly peer: PeerContext | null;
  /** The change from the year before (year − 1 exactly, same kind of report), when both state it. */
  readonly change: YearChange | null;
  /** Footnote number, 1-based in reading order (row by row, year by year), when the cell holds a number. */
  readonly note: number | null;
}

export interface ProfileRow {
  readonly indicator: IndicatorEntry;
  /** One per {@link YearColumn}, in the same order. */
  readonly cells: readonly ProfileCell[];
  /** How many years state it: 0 is itself a finding (never reported), kept in the table. */
  readonly reportedYears: number;
}

export interface ProfileTheme {
  readonly theme: IndicatorGroup['theme'];
  readonly themeLabel: IndicatorGroup['themeLabel'];
  readonly rows: readonly ProfileRow[];
}

/** A footnote: the number's report and its own words (or formula), in print order. */
export interface ProfileNote {
  readonly note: number;
  readonly indicator: IndicatorEntry;
  readonly year: number;
  readonly report: ReportEntry;
  readonly value: ReportedValue['value'];
  readonly kind: FootnoteKind;
  /** The quote, the formula of a derived value, or null. */
  readonly text: string | null;
  /** Innermost heading of the section the number is in, when known. */
  readonly section: string | null;
}

export interface ProfileState {
  /** The report the address names. */
  readonly anchor: ReportEntry;
  readonly jurisdiction: JurisdictionEntry | undefined;
  readonly name: string;
  /** Oldest first: the dataset's years and the place's own. */
  readonly columns: readonly YearColumn[];
  /** Every catalogue indicator, by theme (themes with headline indicators first). */
  readonly themes: readonly ProfileTheme[];
  readonly notes: readonly ProfileNote[];
}

/**
 * Each report's detail file, for the quotes: absent while it loads, null when it could not be
 * loaded (the numbers still print, their notes saying the quote is unavailable).
 */
export type DetailsByReport = ReadonlyMap<string, DetailFile | null>;

const leafOf = (section: string) => (section.split(' / ').at(-1) ?? section).trim() || null;

/** The place's reports of the anchor's kind, one per year (the one that stands for the place that year). */
export function profileReports(dataset: Dataset, anchor: ReportEntry): ReadonlyMap<number, ReportEntry> {
  const ofKind = (dataset.reportsByJurisdiction.get(anchor.jurisdictionId) ?? []).filter(
    (report) => report.year !== null && sameReportKind(report, anchor),
  );
  const years = [...new Set(ofKind.map((report) => report.year as number))];
  const byYear = new Map<number, ReportEntry>();
  for (const year of years) {
    // The anchor stands for its own year: the address named it.
    const report = year === anchor.year ? anchor : preferredReport(ofKind, year);
    if (report) byYear.set(year, report);
  }
  return byYear;
}

export function deriveProfile(dataset: Dataset, anchor: ReportEntry, details: DetailsByReport, scope: PeerScope): ProfileState {
  const jurisdiction = dataset.jurisdictionById.get(anchor.jurisdictionId);
  const byYear = profileReports(dataset, anchor);
  const years = [...new Set([...dataset.years, ...byYear.keys()])].sort((a, b) => a - b);
  const anyPeers = peerLookup(dataset, '', scope);
  const columns: YearColumn[] = years.map((year) => {
    const report = byYear.get(year) ?? null;
    return { year, report, peers: report ? (anyPeers(report)?.peers ?? null) : null };
  });

  const lookups = new Map<
    string,
    { extractions: Map<string, DetailFile['extractions'][number]>; paragraphs: Map<string, ParagraphEntry> }
  >();
  const lookupOf = (report: ReportEntry) => {
    const detail = details.get(report.id);
    let lookup = lookups.get(report.id);
    if (!lookup) {
      lookup = {
        extractions: new Map(detail?.extractions.map((extraction) => [extraction.id, extraction]) ?? []),
        paragraphs: new Map(detail?.paragraphs.map((paragraph) => [paragraph.id, paragraph]) ?? []),
      };
      lookups.set(report.id, lookup);
    }
    return { detail, ...lookup };
  };

  const notes: ProfileNote[] = [];
  const rowOf = (indicator: IndicatorEntry): ProfileRow => {
    const peerOf = peerLookup(dataset, indicator.id, scope);
    let reportedYears = 0;
    const cells = columns.map(({ year, report }): ProfileCell => {
      const status = valueStatus(dataset, { place: anchor.jurisdictionId, year, report }, indicator.id);
      const peer = report ? peerOf(report) : null;
      if (status.kind !== 'reported') return { year, status, peer, change: null, note: null };
      reportedYears += 1;
      const { detail, extractions, paragraphs } = lookupOf(status.report);
      const extraction = extractions.get(status.value.extractionId);
      const paragraph = extraction ? paragraphs.get(extraction.paragraphId) : undefined;
      const footnote = footnoteOf(status.value, detail, extraction);
      const note = notes.length + 1;
      notes.push({
        note,
        indicator,
        year,
        report: status.report,
        value: status.value,
        kind: footnote.kind,
        text: footnote.text,
        section: paragraph ? leafOf(paragraph.section) : null,
      });
      return { year, status, peer, change: previousYearChange(dataset, status.report, indicator.id), note };
    });
    return { indicator, cells, reportedYears };
  };

  const themes = groupIndicatorsByTheme(dataset.indicators).map((group) => ({
    theme: group.theme,
    themeLabel: group.themeLabel,
    rows: group.indicators.map(rowOf),
  }));

  return {
    anchor,
    jurisdiction,
    name: jurisdictionName(jurisdiction, anchor.jurisdictionId),
    columns,
    themes,
    notes,
  };
}
