/**
 * The group briefing (`view=briefing&j=…&year=…`), apart from rendering: several places side by
 * side for one year on one A4 landscape page — the catalogue's headline indicators × the places,
 * each value with its peer median (src/data/peers.ts, the one peer rule) and its change against
 * the year before, 未报告 where a report lacks the number, and every number footnoted with its
 * quote (or, for a derived value, its formula).
 */

import { type Dataset, jurisdictionName, jurisdictionNameRank, preferredReport, type ResolvedYear, resolveYear } from '../../data/dataset';
import { type PeerContext, peerLookup, previousYearChange, type YearChange } from '../../data/peers';
import type { DetailFile, IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry, ReviewMark } from '../../data/schema';
import { type FootnoteKind, footnoteOf, valueStatus, type ValueStatusKind } from '../../data/value-status';
import type { UiState } from '../../state/url-state';
import { placeColors } from '../../ui/charts/place-colors';

/** Places side by side at most: more would not fit an A4 page at a legible size. */
export const BRIEFING_MAX_PLACES = 6;

export interface BriefingColumn {
  readonly jurisdiction: JurisdictionEntry;
  readonly name: string;
  /** The place's report for the year; null when it has none. */
  readonly report: ReportEntry | null;
  readonly color: string;
}

export interface BriefingCell {
  readonly status: ValueStatusKind;
  readonly value: PrimaryValueEntry | null;
  readonly peer: PeerContext | null;
  readonly change: YearChange | null;
  /** Footnote number (1-based, in reading order: row by row, place by place); null without a value. */
  readonly note: number | null;
}

export interface BriefingRow {
  readonly indicator: IndicatorEntry;
  /** Same order as the columns. */
  readonly cells: readonly BriefingCell[];
}

export interface BriefingNote {
  readonly number: number;
  readonly place: string;
  /** The report the value is from (its title and web address are the note's citation). */
  readonly report: ReportEntry;
  readonly indicator: IndicatorEntry;
  readonly kind: FootnoteKind;
  /** The report's own words, or the formula of a derived value. */
  readonly text: string | null;
  /** A person's review of the value (已核实, 已更正 with the extractor's original, 人工添加); null unreviewed. */
  readonly review: ReviewMark | null;
}

export interface BriefingState {
  readonly year: ResolvedYear;
  readonly columns: readonly BriefingColumn[];
  readonly rows: readonly BriefingRow[];
  readonly notes: readonly BriefingNote[];
  /** True when the URL names no place and places with a report that year were picked. */
  readonly autoPicked: boolean;
  /** Places named beyond {@link BRIEFING_MAX_PLACES}, left out (and said). */
  readonly omitted: number;
}

export type BriefingUi = Pick<UiState, 'year' | 'jurisdictions' | 'province'>;

/**
 * `details`: detail files by report id — undefined while one loads, null when it could not be
 * loaded (its numbers still show; their notes say the quote is unavailable).
 */
export function deriveBriefing(
  dataset: Dataset,
  ui: BriefingUi,
  details: ReadonlyMap<string, DetailFile | null | undefined> = new Map(),
): BriefingState {
  const year = resolveYear(dataset, ui.year);
  const reportOf = (id: string) => preferredReport(dataset.reportsByJurisdiction.get(id) ?? [], year.year);
  const named = ui.jurisdictions.filter((id) => dataset.jurisdictionById.has(id));
  const autoPicked = named.length === 0;
  const rank = jurisdictionNameRank(dataset);
  const ids = autoPicked
    ? dataset.index.jurisdictions
        .filter((jurisdiction) => jurisdiction.name !== null && reportOf(jurisdiction.id) !== null)
        .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
        .map((jurisdiction) => jurisdiction.id)
    : named;
  const shown = ids.slice(0, BRIEFING_MAX_PLACES);
  const colors = placeColors(shown);
  const columns: BriefingColumn[] = shown.map((id) => {
    const jurisdiction = dataset.jurisdictionById.get(id) as JurisdictionEntry;
    return { jurisdiction, name: jurisdictionName(jurisdiction), report: reportOf(id), color: colors.get(id) ?? '#4b5563' };
  });

  const scope = { sameProvince: ui.province !== null };
  const notes: BriefingNote[] = [];
  const rows = dataset.indicators
    .filter((indicator) => indicator.headline)
    .map((indicator): BriefingRow => {
      const peerOf = peerLookup(dataset, indicator.id, scope);
      return {
        indicator,
        cells: columns.map((column): BriefingCell => {
          const status = valueStatus(dataset, { place: column.jurisdiction.id, year: year.year, report: column.report }, indicator.id);
          const report = status.report;
          if (status.kind !== 'reported') {
            return { status: status.kind, value: null, peer: report ? peerOf(report) : null, change: null, note: null };
          }
          const { value } = status;
          const footnote = footnoteOf(value, details.get(status.report.id));
          const number = notes.length + 1;
          notes.push({
            number,
            place: column.name,
            report: status.report,
            indicator,
            kind: footnote.kind,
            text: footnote.text,
            review: value.review ?? null,
          });
          return {
            status: 'reported',
            value,
            peer: peerOf(status.report),
            change: previousYearChange(dataset, status.report, indicator.id),
            note: number,
          };
        }),
      };
    });
  return { year, columns, rows, notes, autoPicked, omitted: autoPicked ? 0 : ids.length - shown.length };
}
