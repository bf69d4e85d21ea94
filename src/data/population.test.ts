import { describe, expect, it } from 'vitest';

import { allowsPerCapita, perCapita, populationLookup } from './population';
import type { PopulationFile } from './schema';

const file: PopulationFile = {
  schemaVersion: 1,
  file: 'corpus/population.csv',
  rows: [
    { code: '430102', year: 2020, population: 600_000, source: '第七次全国人口普查' },
    { code: '430102', year: 2022, population: 620_000, source: '长沙市统计年鉴 2023' },
    { code: '370829', year: 2020, population: 800_000, source: '第七次全国人口普查' },
  ],
};

describe('populationLookup', () => {
  const lookup = populationLookup(file);

  it('takes the figure of the report’s year when the table has it', () => {
    expect(lookup({ code: '430102' }, 2022)).toEqual({ population: 620_000, year: 2022, source: '长沙市统计年鉴 2023' });
  });

  it('takes the closest year otherwise (the earlier on a tie), and says which', () => {
    expect(lookup({ code: '430102' }, 2021)?.year).toBe(2020);
    expect(lookup({ code: '430102' }, 2024)?.year).toBe(2022);
    expect(lookup({ code: '370829' }, 2023)).toEqual({ population: 800_000, year: 2020, source: '第七次全国人口普查' });
  });

  it('has nothing for a place without a code or without a figure: never an estimate', () => {
    expect(lookup({ code: null }, 2022)).toBeNull();
    expect(lookup({ code: '610117' }, 2022)).toBeNull();
    expect(lookup(undefined, 2022)).toBeNull();
    expect(populationLookup(null)({ code: '430102' }, 2022)).toBeNull();
  });
});

describe('per capita', () => {
  it('is offered for counts, not for rates or money', () => {
    expect(allowsPerCapita({ unit: '件' })).toBe(true);
    expect(allowsPerCapita({ unit: '人次' })).toBe(true);
    expect(allowsPerCapita({ unit: '%' })).toBe(false);
    expect(allowsPerCapita({ unit: '万元' })).toBe(false);
    expect(allowsPerCapita({ unit: '人/万人' })).toBe(false);
  });

  it('is the count per 10,000 residents', () => {
    expect(perCapita(323, 646_000)).toBeCloseTo(5, 10);
  });
});
