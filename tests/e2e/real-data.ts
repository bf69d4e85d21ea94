/**
 * The real extracted index (public/data/index.json), read the way the dashboard reads it, so that
 * tests look up ids (reports, extractions) instead of hard-coding what the extractor names them.
 */

import { readFileSync } from 'node:fs';

import { type IndexFile, parseIndexFile, type ReportEntry } from '../../src/data/schema';

let cached: IndexFile | undefined;

export function realIndex(): IndexFile {
  cached ??= parseIndexFile(JSON.parse(readFileSync('public/data/index.json', 'utf8')));
  return cached;
}

/** The (latest) report of the jurisdiction with this name. */
export function reportOf(name: string): ReportEntry {
  const index = realIndex();
  const jurisdiction = index.jurisdictions.find((j) => j.name === name);
  if (!jurisdiction) throw new Error(`no jurisdiction named ${name} in public/data`);
  const reports = index.reports.filter((r) => r.jurisdictionId === jurisdiction.id).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const report = reports.at(-1);
  if (!report) throw new Error(`no report for ${name}`);
  return report;
}

/** `<reportId>/<extractionId>` of a jurisdiction's primary value for an indicator. */
export function sourceOf(name: string, indicatorId: string): string {
  const report = reportOf(name);
  const value = report.values[indicatorId];
  if (!value) throw new Error(`${name} has no ${indicatorId} in public/data`);
  return `${report.id}/${value.extractionId}`;
}
