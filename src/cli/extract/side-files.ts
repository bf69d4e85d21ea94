/**
 * The data folder's side files, written beside the contract's: `population.json` from the user's
 * `population.csv` (src/cli/extract/population.ts) and `about.json` (the newest date its reports carry,
 * the catalogue's version and the data's) for the dashboard's 关于数据 page. One call from the extract command.
 */

import { createHash } from 'node:crypto';

import { ABOUT_PATH, aboutFileSchema, POPULATION_PATH, SCHEMA_VERSION } from '../../data/schema';
import { CATALOGUE_VERSION } from '../../extract';
import { readPopulationTable } from './population';
import type { StagedOutput } from './write-dataset';

export interface SideFilesOutcome {
  /** Lines to print (the population table's, one per problem). */
  readonly lines: readonly string[];
  /** True when an input (the population table) had errors: the run's exit code says so. */
  readonly failed: boolean;
}

/**
 * The data's version (about.json's `dataVersion`): 12 hex digits of the SHA-256 of index.json as
 * written. Deterministic like everything the command writes, so extracting the same reports alike
 * gives the same version; read in chunks (the command streams the file it wrote), so a national
 * index is never one string.
 */
export async function dataVersion(indexJson: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of indexJson) hash.update(chunk);
  return hash.digest('hex').slice(0, 12);
}

export async function writeSideFiles(
  output: StagedOutput,
  inputs: readonly string[],
  cwd: string,
  newestReportDate: string | null,
  version?: string,
): Promise<SideFilesOutcome> {
  const population = await readPopulationTable(inputs, cwd);
  const lines = [...population.errors];
  if (population.file) {
    await output.writeJson(POPULATION_PATH, population.file);
    const sources = [...new Set(population.file.rows.map((row) => row.source))].join('; ');
    lines.unshift(
      `${population.errors.length > 0 ? 'warn ' : 'ok   '} ${population.file.file}: ${population.file.rows.length} population ${population.file.rows.length === 1 ? 'figure' : 'figures'}${sources ? ` (${sources})` : ''}`,
    );
  }
  await output.writeJson(
    ABOUT_PATH,
    aboutFileSchema.parse({
      schemaVersion: SCHEMA_VERSION,
      newestReportDate,
      catalogueVersion: CATALOGUE_VERSION,
      population: population.file !== null,
      ...(version === undefined ? {} : { dataVersion: version }),
    }),
  );
  return { lines, failed: population.errors.length > 0 };
}
