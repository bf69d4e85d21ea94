import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail, manyPlaces } from '../../../tests/fixtures/dataset/fixture';
import { buildDataset } from '../../data/dataset';
import type { DetailFile } from '../../data/schema';
import { BRIEFING_MAX_PLACES, deriveBriefing } from './briefing-state';

const dataset = fixtureDataset();
const details = (ids: string[]) =>
  new Map<string, DetailFile | null | undefined>(ids.map((id) => [id, fixtureDetail(dataset.reportById.get(id)!.detailPath)]));

describe('deriveBriefing', () => {
  it('sets the places named side by side for the default year, headline indicators as rows', () => {
    const state = deriveBriefing(dataset, { year: null, jurisdictions: ['430102', '610117', '370829'], province: null });
    expect(state.year).toEqual({ year: 2022, mode: 'default' });
    expect(state.columns.map((c) => [c.name, c.report?.id ?? null])).toEqual([
      ['芙蓉区', '430102-2022'],
      ['高陵区', '610117-2022'],
      ['嘉祥县', null],
    ]);
    expect(state.rows.map((row) => row.indicator.id)).toEqual(dataset.indicators.filter((i) => i.headline).map((i) => i.id));
    const legalAid = state.rows.find((row) => row.indicator.id === 'legal_aid.cases')!;
    expect(legalAid.cells.map((cell) => [cell.status, cell.value?.value ?? null, cell.peer?.median ?? null])).toEqual([
      ['reported', 350, 323],
      ['reported', 296, 323],
      ['no_report', null, null],
    ]);
    const reviewReceived = state.rows.find((row) => row.indicator.id === 'review.received')!;
    expect(reviewReceived.cells.map((cell) => cell.status)).toEqual(['not_reported', 'reported', 'no_report']);
  });

  it('footnotes every number with its quote, or a derived value’s formula, in reading order', () => {
    const state = deriveBriefing(
      dataset,
      { year: 2022, jurisdictions: ['430102', '610117'], province: null },
      details(['430102-2022', '610117-2022']),
    );
    expect(state.notes.map((note) => [note.number, note.place, note.indicator.id, note.kind, note.text])).toEqual([
      [1, '高陵区', 'review.received', 'quote', '受理行政复议案件46件'],
      [2, '高陵区', 'review.concluded', 'quote', '办结49件'],
      [3, '芙蓉区', 'mediation.succeeded', 'quote', '成功调处1150件'],
      [4, '芙蓉区', 'mediation.success_rate', 'derived', '1150 / 1200 × 100'],
      [5, '高陵区', 'mediation.success_rate', 'quote', '矛盾纠纷化解率达98.2%'],
      [6, '芙蓉区', 'legal_aid.cases', 'quote', '受理法律援助案件约350件'],
      [7, '高陵区', 'legal_aid.cases', 'quote', '受理法律援助案件296件'],
    ]);
    const cells = state.rows.flatMap((row) => row.cells);
    expect(cells.filter((cell) => cell.note !== null)).toHaveLength(state.notes.length);
  });

  it('says a quote is loading or could not be loaded, and still gives the number', () => {
    const loading = deriveBriefing(dataset, { year: 2022, jurisdictions: ['430102'], province: null });
    expect(loading.notes.every((note) => note.kind === 'loading')).toBe(true);
    const failed = deriveBriefing(dataset, { year: 2022, jurisdictions: ['430102'], province: null }, new Map([['430102-2022', null]]));
    expect(failed.notes.map((note) => note.kind)).toEqual(['unavailable', 'derived', 'unavailable']);
  });

  it('gives the change against the year before', () => {
    const state = deriveBriefing(dataset, { year: 2022, jurisdictions: ['x-520330-taolin'], province: null });
    expect(state.rows.find((row) => row.indicator.id === 'mediation.succeeded')!.cells[0]!.change).toBeNull();
    const furong = deriveBriefing(dataset, { year: 2020, jurisdictions: ['430102'], province: null });
    expect(furong.rows.find((row) => row.indicator.id === 'legal_aid.cases')!.cells[0]!.value?.value).toBe(323);
  });

  it('picks the places with a report that year when none is named, and holds at most six', () => {
    const auto = deriveBriefing(dataset, { year: null, jurisdictions: [], province: null });
    expect(auto.autoPicked).toBe(true);
    expect(auto.columns.map((c) => c.name)).toEqual(['芙蓉区', '高陵区', '桃林镇', '淄博高新区']);
    const ten = buildDataset(manyPlaces(10));
    const many = deriveBriefing(ten, { year: null, jurisdictions: ten.index.jurisdictions.map((j) => j.id), province: null });
    expect(many.columns).toHaveLength(BRIEFING_MAX_PLACES);
    expect(many.omitted).toBe(10 - BRIEFING_MAX_PLACES);
  });

  it('gives each place its own colour', () => {
    const state = deriveBriefing(dataset, { year: null, jurisdictions: ['430102', '610117'], province: null });
    expect(new Set(state.columns.map((c) => c.color)).size).toBe(2);
  });
});
