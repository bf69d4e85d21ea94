/**
 * The population table a user supplies beside the reports (`population.csv`: division code, year,
 * population, source), read and checked by the extraction command and written as
 * `population.json` for the dashboard's "per 10,000 residents" values. The project never bundles
 * or estimates a population: only figures the user gives, with the source they name, are used.
 *
 * Each bad row gets one `error` line saying what is wrong and how to write it; the good rows are
 * still written (nothing that was good is lost), and the run's exit code says an input had errors.
 * Nothing in the file can stop the extraction: a file too large to be a population table is refused
 * from its size, unread, and a figure no place could have is its row's error.
 */

import { open, stat } from 'node:fs/promises';
import path from 'node:path';

import Papa from 'papaparse';

import { POPULATION_PATH, type PopulationFile, populationFileSchema, type PopulationRow, SCHEMA_VERSION } from '../../data/schema';
import { decodeText, IngestError } from '../../ingest';

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

/**
 * The populations a place can have. A township has a few hundred residents at the least, and the
 * largest prefecture (重庆 is a province-level city) some 32 million; a province (its code ends in
 * 0000) up to Guangdong's 126 million. Outside these a figure is a typo (an extra digit, a figure in
 * 万 or in thousands), and a per-10,000 value from it would mislead.
 */
export const POPULATION_RANGE = { min: 100, max: 50_000_000, maxProvince: 200_000_000 } as const;

/** A population table over this size is refused unread: one figure a place and year is a few dozen bytes. */
export const MAX_POPULATION_BYTES = 10 * 1024 * 1024;

const grouped = (n: number) => n.toLocaleString('en-US');
const RANGE_TEXT = `the plausible population of a place (${grouped(POPULATION_RANGE.min)} to ${grouped(POPULATION_RANGE.max)} residents; up to ${grouped(POPULATION_RANGE.maxProvince)} for a province, whose code ends in 0000)`;

function isPlausiblePopulation(population: number, code: string): boolean {
  const max = /^\d{2}0000$/.test(code) ? POPULATION_RANGE.maxProvince : POPULATION_RANGE.max;
  return population >= POPULATION_RANGE.min && population <= max;
}

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
  if (!header || header.length === 0)
    return { rows: [], errors: [`error ${label}: the file is empty; its first line must name the columns code, year, population, source`] };
  const names = header.map((cell) => cell.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const at = names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name));
    if (at === -1)
      errors.push(
        `error ${label}: no column "${column}" (the first line must name the columns code, year, population, source; found: ${header.join(', ')})`,
      );
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
    if (!/^\d{4}$/.test(year) || Number(year) < 1949 || Number(year) > 2100)
      problems.push(`year "${year}" is not a year (four digits, e.g. 2020)`);
    if (!WHOLE_NUMBER.test(population) || Number(population.replace(/,/g, '')) <= 0) {
      problems.push(`population "${population}" is not a whole number of residents (write 646000, not 64.6万)`);
    } else if (!isPlausiblePopulation(Number(population.replace(/,/g, '')), code)) {
      problems.push(`population "${population}" is outside ${RANGE_TEXT}`);
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
  const errors = others.map(
    (other) => `error ${path.relative(cwd, other).split(path.sep).join('/')}: only one ${POPULATION_FILE_NAME} is read; ${label} is used`,
  );
  let text: string;
  try {
    text = decodeText(await readBounded(first, MAX_POPULATION_BYTES)).text;
  } catch (error) {
    const reason = error instanceof IngestError || error instanceof TooLarge ? error.message : readProblem(error);
    return { file: null, errors: [...errors, `error ${label}: ${reason}`] };
  }
  const parsed = parsePopulationCsv(text, label);
  // Every row was checked above; the schema is the contract the dashboard reads, and a row it
  // refused all the same would be a bug here, said as a line rather than a stack trace.
  const checked = populationFileSchema.safeParse({ schemaVersion: SCHEMA_VERSION, file: label, rows: parsed.rows });
  if (!checked.success)
    return {
      file: null,
      errors: [...errors, ...parsed.errors, `error ${label}: its rows do not fit the population file's schema; nothing from it is used`],
    };
  return { file: checked.data, errors: [...errors, ...parsed.errors] };
}

class TooLarge extends Error {
  override readonly name = 'TooLarge';
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/**
 * The file's bytes, refused from its size before any is read when it is over `maxBytes`. The size
 * is taken from the open file and the read stops at the limit, so a file that grows meanwhile is
 * refused too rather than read whole.
 */
async function readBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const tooLarge = (size: number) =>
      new TooLarge(
        `is ${megabytes(size)}; a population table over ${megabytes(maxBytes)} is refused unread (one figure a place and year is a few dozen bytes)`,
      );
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(size);
    let bytes = new Uint8Array(size + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > maxBytes) throw tooLarge(length);
        const larger = new Uint8Array(Math.min(length * 2, maxBytes + 1));
        larger.set(bytes);
        bytes = larger;
      }
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) return bytes.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Where the table goes in the data folder. */
export { POPULATION_PATH };
