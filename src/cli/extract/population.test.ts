import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { copyCorpus, tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { aboutFileSchema, populationFileSchema } from '../../data/schema';
import { runExtract } from './extract';
import { firstForeignEntry } from './output-folder';
import { parsePopulationCsv } from './population';

describe('parsePopulationCsv', () => {
  it('reads code, year, population and source, in English or Chinese headers, grouped numbers too', () => {
    const english = parsePopulationCsv(
      'code,year,population,source\n430102,2020,"646,000",第七次全国人口普查\n370829,2020,800000,第七次全国人口普查\n',
      'p.csv',
    );
    expect(english).toEqual({
      rows: [
        { code: '430102', year: 2020, population: 646000, source: '第七次全国人口普查' },
        { code: '370829', year: 2020, population: 800000, source: '第七次全国人口普查' },
      ],
      errors: [],
    });
    const chinese = parsePopulationCsv('\uFEFF来源,区划代码,年份,人口\n统计年鉴 2023,520330119,2022,31000\n', 'p.csv');
    expect(chinese.rows).toEqual([{ code: '520330119', year: 2022, population: 31000, source: '统计年鉴 2023' }]);
  });

  it('says what is wrong with each bad row, on its line, and keeps the good rows', () => {
    const { rows, errors } = parsePopulationCsv(
      [
        'code,year,population,source',
        '430102,2020,646000,普查',
        '43010,2020,5000,普查',
        '610117,20x0,64.6万,',
        '430102,2020,646001,again',
        '370829,2020,800000,普查',
      ].join('\n'),
      'corpus/population.csv',
    );
    expect(rows.map((row) => row.code)).toEqual(['430102', '370829']);
    expect(errors).toEqual([
      'error corpus/population.csv:3: code "43010" is not a division code (6 digits, GB/T 2260, or 9 for a township)',
      'error corpus/population.csv:4: year "20x0" is not a year (four digits, e.g. 2020); population "64.6万" is not a whole number of residents (write 646000, not 64.6万); source is empty (name where the figure comes from, e.g. 第七次全国人口普查)',
      'error corpus/population.csv:5: 430102 2020 is given twice (line 2 too); line 2 is used',
    ]);
  });

  it("refuses a figure outside a place's plausible population (100 to 50 million; 200 million for a province) as that row's error", () => {
    const { rows, errors } = parsePopulationCsv(
      [
        'code,year,population,source',
        '430102,2020,12345678901234567,普查',
        '430103,2020,1,普查',
        '430104,2020,5,普查',
        '430105,2020,99,普查',
        '430111,2020,100,普查',
        '500000,2020,32054159,普查',
        '440000,2020,126012510,普查',
        '440100,2020,60000000,普查',
        '440000,2021,250000000,普查',
      ].join('\n'),
      'p.csv',
    );
    expect(rows.map((row) => `${row.code} ${row.population}`)).toEqual(['430111 100', '500000 32054159', '440000 126012510']);
    const range =
      'is outside the plausible population of a place (100 to 50,000,000 residents; up to 200,000,000 for a province, whose code ends in 0000)';
    expect(errors).toEqual([
      `error p.csv:2: population "12345678901234567" ${range}`,
      `error p.csv:3: population "1" ${range}`,
      `error p.csv:4: population "5" ${range}`,
      `error p.csv:5: population "99" ${range}`,
      `error p.csv:9: population "60000000" ${range}`,
      `error p.csv:10: population "250000000" ${range}`,
    ]);
  });

  it('refuses a table without the four columns, naming what is missing and what was found', () => {
    const { rows, errors } = parsePopulationCsv('place,year,people\n芙蓉区,2020,1\n', 'p.csv');
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      'error p.csv: no column "code" (the first line must name the columns code, year, population, source; found: place, year, people)',
      'error p.csv: no column "population" (the first line must name the columns code, year, population, source; found: place, year, people)',
      'error p.csv: no column "source" (the first line must name the columns code, year, population, source; found: place, year, people)',
    ]);
    expect(parsePopulationCsv('', 'p.csv').errors).toEqual([
      'error p.csv: the file is empty; its first line must name the columns code, year, population, source',
    ]);
  });
});

describe('extract command with a population table beside the reports', () => {
  const work = tempFolderPerTest('fazhi-population-', copyCorpus);
  let lines: string[];
  beforeEach(async () => {
    lines = [];
  });
  const run = () => runExtract({ inputs: ['corpus'], out: 'data', cwd: work(), print: (line) => lines.push(line), progress: false });
  const read = async (name: string) => JSON.parse(await readFile(path.join(work(), 'data', name), 'utf8'));

  it('writes population.json and says so; the reports are read as before', async () => {
    await writeFile(path.join(work(), 'corpus/population.csv'), 'code,year,population,source\n430102,2020,646000,第七次全国人口普查\n');
    const summary = await run();
    expect(summary).toMatchObject({ exitCode: 0, written: 5, failed: 0 });
    expect(populationFileSchema.parse(await read('population.json'))).toEqual({
      schemaVersion: 1,
      file: 'corpus/population.csv',
      rows: [{ code: '430102', year: 2020, population: 646000, source: '第七次全国人口普查' }],
    });
    expect(lines).toContain('ok    corpus/population.csv: 1 population figure (第七次全国人口普查)');
    expect(aboutFileSchema.parse(await read('about.json'))).toMatchObject({ schemaVersion: 1, catalogueVersion: 2, population: true });
    // Everything written is what --out may replace without --force: the side files are on its list.
    expect(await firstForeignEntry(path.join(work(), 'data'))).toBeNull();
  });

  it('prints an error line per bad row, keeps the good ones, and exits 1', async () => {
    await writeFile(
      path.join(work(), 'corpus/population.csv'),
      'code,year,population,source\n430102,2020,646000,普查\n370829,2020,-5,普查\n',
    );
    const summary = await run();
    expect(summary).toMatchObject({ exitCode: 1, written: 5, failed: 0 });
    expect(lines).toContain('error corpus/population.csv:3: population "-5" is not a whole number of residents (write 646000, not 64.6万)');
    expect((await read('population.json')).rows).toHaveLength(1);
  });

  it("keeps a 17-digit figure to its row's error line: the good rows and the reports are written, nothing is left beside the dataset", async () => {
    await writeFile(
      path.join(work(), 'corpus/population.csv'),
      'code,year,population,source\n430102,2020,646000,普查\n370829,2020,12345678901234567,普查\n',
    );
    const summary = await run();
    expect(summary).toMatchObject({ exitCode: 1, written: 5, failed: 0 });
    expect(lines).toContain('warn  corpus/population.csv: 1 population figure (普查)');
    expect(lines).toContain(
      'error corpus/population.csv:3: population "12345678901234567" is outside the plausible population of a place (100 to 50,000,000 residents; up to 200,000,000 for a province, whose code ends in 0000)',
    );
    expect((await read('population.json')).rows).toEqual([{ code: '430102', year: 2020, population: 646000, source: '普查' }]);
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses an oversized table from its size with one line, unread, and writes the reports', async () => {
    // 200 MB, sparse: only the last byte is written, so the test costs nothing.
    const huge = await open(path.join(work(), 'corpus/population.csv'), 'w');
    await huge.write(new Uint8Array([0x0a]), 0, 1, 200 * 1024 * 1024 - 1);
    await huge.close();
    const summary = await run();
    expect(summary).toMatchObject({ exitCode: 1, written: 5 });
    expect(lines).toContain(
      'error corpus/population.csv: is 200.0 MB; a population table over 10.0 MB is refused unread (one figure a place and year is a few dozen bytes)',
    );
    await expect(readFile(path.join(work(), 'data/population.json'), 'utf8')).rejects.toThrow();
    expect((await readdir(work())).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes no population file when there is no table, and about.json still', async () => {
    await run();
    await expect(readFile(path.join(work(), 'data/population.json'), 'utf8')).rejects.toThrow();
    // The newest date the bundled reports carry (嘉祥县's, published 2024-02-28), not the time of the run.
    const about = aboutFileSchema.parse(await read('about.json'));
    expect(about.newestReportDate).toBe('2024-02-28');
    expect(about).not.toHaveProperty('generatedAt');
    // It says there is no population file, so the dashboard does not ask for one.
    expect(about.population).toBe(false);
  });
});
