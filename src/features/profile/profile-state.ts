/**
 * The printable profile of one report (one A4 page for a meeting), apart from rendering: the
 * catalogue's headline indicators with the value, the peer median and rank (src/data/peers.ts:
 * same year, level and kind of body, and province when the province filter is on), the change
 * against the year before; headline indicators the report does not state, listed as not reported;
 * as many of the report's other indicators as fit; and one footnote per number with its quote.
 */

import { type Dataset, jurisdictionName } from '../../data/dataset';
import { type PeerContext, peerLookup, type PeerScope, previousYearChange, type YearChange } from '../../data/peers';
import type { DetailFile, IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { type FootnoteKind, footnoteOf, type UnshownKind, valueStatus } from '../../data/value-status';
import { shownValue } from '../../data/value-store';

/** Other (non-headline) indicators shown at most, so that the profile stays one page. */
export const OTHER_LIMIT = 10;

export interface ProfileLine {
  readonly indicator: IndicatorEntry;
  readonly value: PrimaryValueEntry;
  readonly peer: PeerContext | null;
  readonly change: YearChange | null;
  /** Footnote number, 1-based, in the order the lines are printed. */
  readonly note: number;
  readonly noteKind: FootnoteKind;
  /** The report's own words (quote), the formula of a derived value, or null. */
  readonly noteText: string | null;
  /** Innermost heading of the section the number is in, when known. */
  readonly section: string | null;
}

export interface ProfileState {
  readonly report: ReportEntry;
  readonly jurisdiction: JurisdictionEntry | undefined;
  readonly name: string;
  /** Headline indicators the report states, in catalogue order. */
  readonly headline: readonly ProfileLine[];
  /** Headline indicators the report does not state: 未报告, never zero. */
  readonly missing: readonly IndicatorEntry[];
  /**
   * Headline indicators the report states but the page cannot show: hidden by the "reviewed values
   * only" filter, or their values not loaded yet. Never 未报告.
   */
  readonly unshown: readonly { readonly indicator: IndicatorEntry; readonly status: UnshownKind }[];
  /** Other indicators the report states, up to {@link OTHER_LIMIT}. */
  readonly other: readonly ProfileLine[];
  /** Other indicators left out for space. */
  readonly otherHidden: number;
  /** Peer reports (this one included), or null when the report cannot have peers. */
  readonly peerCount: number | null;
}

const leafOf = (section: string) => (section.split(' / ').at(-1) ?? section).trim() || null;

/**
 * `detail`: the report's detail file; undefined while it loads, null when it could not be loaded
 * (the numbers still print, each note saying the quote is unavailable).
 */
export function deriveProfile(
  dataset: Dataset,
  report: ReportEntry,
  detail: DetailFile | null | undefined,
  scope: PeerScope,
): ProfileState {
  const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
  const extractions = new Map(detail?.extractions.map((extraction) => [extraction.id, extraction]) ?? []);
  const paragraphs = new Map(detail?.paragraphs.map((paragraph) => [paragraph.id, paragraph]) ?? []);
  let note = 0;
  let peerCount: number | null = null;

  const lineOf = (indicator: IndicatorEntry, value: PrimaryValueEntry): ProfileLine => {
    const peer = peerLookup(dataset, indicator.id, scope)(report);
    if (peer) peerCount = peer.peers;
    const extraction = extractions.get(value.extractionId);
    const paragraph = extraction ? paragraphs.get(extraction.paragraphId) : undefined;
    const footnote = footnoteOf(value, detail, extraction);
    note += 1;
    return {
      indicator,
      value,
      peer,
      change: previousYearChange(dataset, report, indicator.id),
      note,
      noteKind: footnote.kind,
      noteText: footnote.text,
      section: paragraph ? leafOf(paragraph.section) : null,
    };
  };

  const headline: ProfileLine[] = [];
  const missing: IndicatorEntry[] = [];
  const unshown: ProfileState['unshown'][number][] = [];
  for (const indicator of dataset.indicators) {
    if (!indicator.headline) continue;
    const status = valueStatus(dataset, { report }, indicator.id);
    if (status.kind === 'reported') headline.push(lineOf(indicator, status.value));
    else if (status.kind === 'not_reported') missing.push(indicator);
    else if (status.kind === 'hidden' || status.kind === 'not_loaded') unshown.push({ indicator, status: status.kind });
  }
  const valueOf = (indicator: IndicatorEntry) => shownValue(dataset.values, report, indicator.id);
  const stated = dataset.indicators.filter((indicator) => !indicator.headline && valueOf(indicator));
  const other = stated.slice(0, OTHER_LIMIT).map((indicator) => lineOf(indicator, valueOf(indicator) as PrimaryValueEntry));
  if (peerCount === null) peerCount = peerLookup(dataset, '', scope)(report)?.peers ?? null;

  return {
    report,
    jurisdiction,
    name: jurisdictionName(jurisdiction, report.jurisdictionId),
    headline,
    missing,
    unshown,
    other,
    otherHidden: stated.length - other.length,
    peerCount,
  };
}
