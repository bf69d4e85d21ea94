import type { Dataset } from '../../data/dataset';
import type { PopulationFile } from '../../data/schema';
import { formatNumber } from '../../ui/i18n/format';
import { useTranslate } from '../../ui/i18n/use-translate';
import type { CompareState } from './compare-state';

/** The population table's state, as the per-capita note needs it. */
export type PopulationStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'none' }
  | { readonly kind: 'ready'; readonly file: PopulationFile };

/**
 * What the reader must know before reading the chart: which year is compared and why, that years
 * differ (each place's latest report), that the bars span several peer groups, how many values
 * were measured in another wording, and where per-capita populations come from (and who has none).
 */
export function CompareNotes({ dataset, state, population }: { dataset: Dataset; state: CompareState; population: PopulationStatus }) {
  const { lang, t } = useTranslate();
  const notes: { key: string; text: string; strong?: boolean }[] = [];
  if (state.year.mode === 'default' && state.year.year !== null) {
    const places = new Set(dataset.index.reports.filter((report) => report.year === state.year.year).map((report) => report.jurisdictionId))
      .size;
    notes.push({ key: 'year', text: t('compare.defaultYear', { year: state.year.year, n: places }) });
  }
  if (state.year.mode === 'latest' && state.mixedYears) {
    const years = [...new Set(state.reported.map((row) => row.year).filter((year): year is number => year !== null))].sort();
    notes.push({ key: 'mixed', text: t('compare.mixedYears', { years: `${years[0]}–${years.at(-1)}` }), strong: true });
  }
  if (state.groups.length > 1) notes.push({ key: 'groups', text: t('compare.groups', { n: state.groups.length }) });
  for (const { variant, count } of state.variants) {
    notes.push({ key: `variant-${variant}`, text: t('compare.variants', { n: count, total: state.reported.length, variant }) });
  }
  if (population.kind === 'loading') notes.push({ key: 'population', text: t('perCapita.loading') });
  if (population.kind === 'none') notes.push({ key: 'population', text: t('perCapita.noFile'), strong: true });
  if (population.kind === 'ready' && state.perCapita) {
    const used = state.reported.flatMap((row) => (row.population ? [row.population] : []));
    const sources = [...new Set(used.map((figure) => `${figure.source}(${figure.year})`))].join(lang === 'zh' ? ';' : '; ');
    notes.push({ key: 'population', text: t('perCapita.source', { file: population.file.file, sources: sources || '—' }) });
    const otherYear = state.reported.filter((row) => row.population && row.population.year !== row.year).length;
    if (otherYear > 0) notes.push({ key: 'population-year', text: t('perCapita.otherYear', { n: otherYear }) });
    if (state.noPopulation.length > 0) {
      const names = state.noPopulation.map((row) => row.name).join(lang === 'zh' ? '、' : ', ');
      notes.push({
        key: 'population-missing',
        text: t('perCapita.missing', { n: formatNumber(state.noPopulation.length, lang), names }),
        strong: true,
      });
    }
  }
  if (notes.length === 0) return null;
  return (
    <ul className="view-notes" data-testid="compare-notes">
      {notes.map((note) => (
        <li key={note.key} className={note.strong ? 'view-note view-note-strong' : 'view-note'}>
          {note.text}
        </li>
      ))}
    </ul>
  );
}
