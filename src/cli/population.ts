/**
 * The population table a user supplies beside the reports (`population.csv`: division code, year,
 * population, source), read and checked by the extraction command and written as
 * `population.json` for the dashboard's "per 10,000 residents" values. The project never bundles
 * or estimates a population: only figures the user gives, with the source they name, are used.
 *
 * Each bad row gets one `error` line saying what is wrong and how to write it; the good rows are
 * still written (nothing that was good is lost), and the run's exit code says an input had errors.
 */

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';

import { POPULATION_PATH, SCHEMA_VERSION, populationFileSchema, type PopulationFile, type PopulationRow } from '../data/schema';
import { decodeText, IngestError } from '../ingest';

/** The file name looked for in the input folders. */
export const POPULATION_FILE_NAME = 'population.csv';

/** Header names accepted for each column (English or Chinese, any case). */
const COLUMNS = {
  code: ['code', 'division_code', '区划代码', '行政区划代码'],
  year: ['year', '年份', '年度'],
  population: ['population', '人口', '常住人口'],
  source: ['source', '来源', '数据来源'],
} as const;
type Column = keyof typeof COLUMNS;

const DIVISION_CODE = /^\d{6}(\d{3})?$/;
/** A whole number of residents: digits, optionally grouped by commas ("646,000"). */
const WHOLE_NUMBER = /^(\d+|\d{1,3}(,\d{3})+)$/;

export interface PopulationTable {
  /** The rows that passed, in file order (null when no file was found). */
  readonly file: PopulationFile | null;
  /** One line per problem, ready to print (`error population.csv:4: …`). */
  readonly errors: readonly string[];
}

/** Parses and checks a population table's text; `label` names the file in error lines. */
export function parsePopulationCsv(text: string, label: string): { rows: PopulationRow[]; errors: string[] } {
  const errors: string[] = [];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...records] = parsed.data;
  if (!header || header.length === 0) return { rows: [], errors: [`error ${label}: the file is empty; its first line must name the columns code, year, population, source`] };
  const names = header.map((cell) => cell.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const at = names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name));
    if (at === -1) errors.push(`error ${label}: no column "${column}" (the first line must name the columns code, year, population, source; found: ${header.join(', ')})`);
    index[column] = at;
  }
  if (errors.length > 0) return { rows: [], errors };

  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const line = i + 2;
    const cell = (column: Column) => (record[index[column]] ?? '').trim();
    const where = `error ${label}:${line}:`;
    const code = cell('code');
    const year = cell('year');
    const population = cell('population');
    const source = cell('source');
    const problems: string[] = [];
    if (!DIVISION_CODE.test(code)) problems.push(`code "${code}" is not a division code (6 digits, GB/T 2260, or 9 for a township)`);
    if (!/^\d{4}$/.test(year) || Number(year) < 1949 || Number(year) > 2100) problems.push(`year "${year}" is not a year (four digits, e.g. 2020)`);
    if (!WHOLE_NUMBER.test(population) || Number(population.replace(/,/g, '')) <= 0) {
      problems.push(`population "${population}" is not a whole number of residents (write 646000, not 64.6万)`);
    }
    if (source === '') problems.push('source is empty (name where the figure comes from, e.g. 第七次全国人口普查)');
    if (problems.length > 0) {
      errors.push(`${where} ${problems.join('; ')}`);
      return;
    }
    const key = `${code}|${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(`${where} ${code} ${year} is given twice (line ${first} too); line ${first} is used`);
      return;
    }
    seen.set(key, line);
    rows.push({ code, year: Number(year), population: Number(population.replace(/,/g, '')), source });
  });
  return { rows, errors };
}

/** The population tables among the inputs: a `population.csv` named directly, or at the top of an input folder. */
async function findTables(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    try {
      const info = await stat(absolute);
      const candidate = info.isDirectory() ? path.join(absolute, POPULATION_FILE_NAME) : absolute;
      if (path.basename(candidate) !== POPULATION_FILE_NAME) continue;
      if ((await stat(candidate)).isFile()) found.push(candidate);
    } catch {
      // A missing input is reported by the report reader; a folder without a table has none.
    }
  }
  return found;
}

/**
 * Reads the population table beside the reports, if there is one. Returns the table (good rows
 * only) and the lines to print; several tables are refused but the first, with a line saying so.
 */
export async function readPopulationTable(inputs: readonly string[], cwd: string): Promise<PopulationTable> {
  const tables = await findTables(inputs, cwd);
  const [first, ...others] = tables;
  if (!first) return { file: null, errors: [] };
  const label = path.relative(cwd, first).split(path.sep).join('/');
  const errors = others.map((other) => `error ${path.relative(cwd, other).split(path.sep).join('/')}: only one ${POPULATION_FILE_NAME} is read; ${label} is used`);
  let text: string;
  try {
    text = decodeText(new Uint8Array(await readFile(first))).text;
  } catch (error) {
    const reason = error instanceof IngestError ? error.message : (error as Error).message;
    return { file: null, errors: [...errors, `error ${label}: ${reason}`] };
  }
  const parsed = parsePopulationCsv(text, label);
  const file = populationFileSchema.parse({ schemaVersion: SCHEMA_VERSION, file: label, rows: parsed.rows });
  return { file, errors: [...errors, ...parsed.errors] };
}

/** Where the table goes in the data folder. */
export { POPULATION_PATH };
