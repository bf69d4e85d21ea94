/**
 * Values per 10,000 residents, from the population table the user supplied (`population.csv`
 * beside the reports, validated by the extraction command and written as `population.json`). Pure.
 *
 * Nothing here estimates a population: a place is looked up by its division code, and a figure is
 * used only as given, with its year and source shown beside every value computed from it. When
 * the table has no figure for the report's year, the closest year it has is used (the earlier on
 * a tie) and said; a place without any figure has no per-capita value, and the views say so.
 */

import type { IndicatorEntry, JurisdictionEntry, PopulationFile } from './schema';

/** Units that are counts of things: they can be set against a population. Rates and money are not. */
export const PER_CAPITA_UNITS: readonly string[] = ['件', '人次', '人', '份', '个', '场次'];

/** Per this many residents (万人: 10,000). */
export const PER_CAPITA_BASE = 10_000;

/** Whether an indicator can be shown per 10,000 residents. */
export function allowsPerCapita(indicator: Pick<IndicatorEntry, 'unit'>): boolean {
  return PER_CAPITA_UNITS.includes(indicator.unit);
}

/** One population figure as the table gives it. */
export interface PopulationFigure {
  readonly population: number;
  /** The year the figure is for (may differ from the report's, and is then said). */
  readonly year: number;
  readonly source: string;
}

export type PopulationLookup = (jurisdiction: Pick<JurisdictionEntry, 'code'> | undefined, year: number | null) => PopulationFigure | null;

/**
 * A look-up of a place's population for a year: the table's figure for that year, else the one
 * for the closest year (the earlier on a tie); null without a division code or any figure.
 */
export function populationLookup(file: PopulationFile | null | undefined): PopulationLookup {
  const byCode = new Map<string, PopulationFigure[]>();
  for (const row of file?.rows ?? []) {
    const list = byCode.get(row.code) ?? [];
    list.push({ population: row.population, year: row.year, source: row.source });
    byCode.set(row.code, list);
  }
  for (const list of byCode.values()) list.sort((a, b) => a.year - b.year);
  return (jurisdiction, year) => {
    const figures = jurisdiction?.code ? byCode.get(jurisdiction.code) : undefined;
    if (!figures || figures.length === 0) return null;
    if (year === null) return figures.at(-1) ?? null;
    let best: PopulationFigure | null = null;
    for (const figure of figures) {
      // Ascending years: a later figure replaces the best only when strictly closer.
      if (best === null || Math.abs(figure.year - year) < Math.abs(best.year - year)) best = figure;
    }
    return best;
  };
}

/** A count per 10,000 residents. */
export function perCapita(value: number, population: number): number {
  return (value / population) * PER_CAPITA_BASE;
}
