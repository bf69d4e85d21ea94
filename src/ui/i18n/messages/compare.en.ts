/** The English of compare.ts's words: a chunk of its own, loaded only for an English page (src/ui/i18n/i18n.ts `loadLanguage`). */

import type { compareChinese } from './compare';
import type { EnglishOf } from './define';

export const compareEnglish: EnglishOf<typeof compareChinese> = {
  chartPagerLabel: 'Jurisdictions in the chart',
  tablePagerLabel: 'Table pages',
  chartShowing:
    'The chart shows bars {from}–{to} of {total} jurisdictions reporting this indicator; each group’s median is over all its peers.',
  notReportedHeading: 'Not reported ({n})',
  'compare.noteNotReported': 'Not reported (the report does not state it), {n}: {names}',
  'compare.noteNoReport': 'No report that year, {n}: {names}',
  'compare.noteNoPopulation': 'No population figure, not drawn, {n}: {names}',
  'compare.noteBrief': '{n} more places have no value (not reported, or no report that year): listed in the full image and the CSV',
  'compare.allBars': 'all {total}',
  'compare.labelDepartment': 'Dept.',
  'compare.labelDevZone': 'Dev. zone',
  notReportedIntro: 'The reports of these jurisdictions give no number for this indicator:',
  openSourceOf: 'Show the source of {name} {year} “{indicator}”',
  compareCaption: '{indicator} · {year}',
  compareAria: 'Horizontal bar chart, {indicator}: {items}.',
  compareEmpty: 'No jurisdiction matches the filters.',
  legendReported: 'Reported value',
  legendDerived: 'Derived value (dashed outline)',
  tooltipRank: 'Rank among peers: {rank} of {n}',
  tooltipMedian: 'Peer median: {value}',
  'compare.groupTitle': '{year} · {level} · {body}{province}',
  'compare.groupUnknown': 'Places of unknown level',
  'compare.groupNoPeers': 'level unknown: no peers, no median',
  'compare.groupMedian': 'peer median {value} ({n} reporting)',
  'compare.groupNoMedian': { one: 'only {n} peer reports: no median', other: 'only {n} peers report: no median' },
  'compare.peers': 'Peers',
  'compare.legend': 'Legend',
  'compare.levelUnknown': 'level unknown',
  'compare.legendMedian': 'Dashed: the median of the peer group (over that group’s bars only)',
  'compare.legendVariant': 'measured in other words (see the table)',
  'compare.legendWarning': 'the extractor warned about it (see the table)',
  'compare.searchTable': 'Find a jurisdiction in the table',
  'compare.highlight': 'Highlight places',
  'compare.highlighted': 'Highlighted places and where they stand',
  'compare.highlightOutside': 'outside the current filters',
  'compare.highlightNoRank': 'a value, no peer rank',
  'compare.highlightMark': '(highlighted)',
  'compare.searchResult': { one: '{n} jurisdiction found', other: '{n} jurisdictions found' },
  'compare.defaultYear':
    'Comparing {year} by default: the year the most places reported ({n}). Pick another year, or “Latest per jurisdiction”, under Year.',
  'compare.mixedYears':
    'Latest per jurisdiction: the reports are of different years ({years}), each bar and row says which; only reports of the same year, level and kind of body are ranked together and share a median.',
  'compare.groups':
    'The places shown fall in {n} peer groups (year, level or issuing body differ): they are drawn group by group, each with its own median, never compared across groups.',
  'compare.variants': {
    one: '{n} of {total} values measured as “{variant}” (※).',
    other: '{n} of {total} values measured as “{variant}” (※).',
  },
  'compare.mixedTitle': '{indicator} (mixed years)',
  'perCapita.source': 'Per 10,000 residents = reported value ÷ population × 10,000. Population from {file}: {sources}.',
  'perCapita.noFile':
    'The data has no population table (population.csv): values cannot be shown per 10,000 residents, and are shown as reported.',
  'perCapita.loading': 'Loading the population table…',
  'perCapita.missing': {
    one: '{n} jurisdiction has no population figure and is not drawn: {names}.',
    other: '{n} jurisdictions have no population figure and are not drawn: {names}.',
  },
  'perCapita.otherYear': {
    one: 'For {n} jurisdiction the population is of another year than the report (the closest the table has); see the table.',
    other: 'For {n} jurisdictions the population is of another year than the report (the closest the table has); see the table.',
  },
};
