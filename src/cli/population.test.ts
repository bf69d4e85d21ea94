import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

import { aboutFileSchema, populationFileSchema } from '../data/schema';
import { runExtract } from './extract';
import { parsePopulationCsv } from './population';
import { copyCorpus, tempFolderPerTest } from '../../tests/fixtures/temp-folder';

describe('parsePopulationCsv', () => {
  it('reads code, year, population and source, in English or Chinese headers, grouped numbers too', () => {
    const english = parsePopulationCsv('code,year,population,source\n430102,2020,"646,000",第七次全国人口普查\n370829,2020,800000,第七次全国人口普查\n', 'p.csv');
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
      ['code,year,population,source', '430102,2020,646000,普查', '43010,2020,5,普查', '610117,20x0,64.6万,', '430102,2020,1,again', '370829,2020,800000,普查'].join('\n'),
      'corpus/population.csv',
    );
    expect(rows.map((row) => row.code)).toEqual(['430102', '370829']);
    expect(errors).toEqual([
      'error corpus/population.csv:3: code "43010" is not a division code (6 digits, GB/T 2260, or 9 for a township)',
      'error corpus/population.csv:4: year "20x0" is not a year (four digits, e.g. 2020); population "64.6万" is not a whole number of residents (write 646000, not 64.6万); source is empty (name where the figure comes from, e.g. 第七次全国人口普查)',
      'error corpus/population.csv:5: 430102 2020 is given twice (line 2 too); line 2 is used',
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
    expect(parsePopulationCsv('', 'p.csv').errors).toEqual(['error p.csv: the file is empty; its first line must name the columns code, year, population, source']);
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
    expect(aboutFileSchema.parse(await read('about.json'))).toMatchObject({ schemaVersion: 1, catalogueVersion: 2 });
  });

  it('prints an error line per bad row, keeps the good ones, and exits 1', async () => {
    await writeFile(path.join(work(), 'corpus/population.csv'), 'code,year,population,source\n430102,2020,646000,普查\n370829,2020,-5,普查\n');
    const summary = await run();
    expect(summary).toMatchObject({ exitCode: 1, written: 5, failed: 0 });
    expect(lines).toContain('error corpus/population.csv:3: population "-5" is not a whole number of residents (write 646000, not 64.6万)');
    expect((await read('population.json')).rows).toHaveLength(1);
  });

  it('writes no population file when there is no table, and about.json still', async () => {
    await run();
    await expect(readFile(path.join(work(), 'data/population.json'), 'utf8')).rejects.toThrow();
    // The newest date the bundled reports carry (嘉祥县's, published 2024-02-28), not the time of the run.
    const about = aboutFileSchema.parse(await read('about.json'));
    expect(about.newestReportDate).toBe('2024-02-28');
    expect(about).not.toHaveProperty('generatedAt');
  });
});
