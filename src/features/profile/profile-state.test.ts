import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail, fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import { buildDataset } from '../../data/dataset';
import { onlyReviewedValues } from '../../data/review-overlay';
import { deriveProfile, OTHER_LIMIT } from './profile-state';

const dataset = fixtureDataset();
const jiaxiang = dataset.reportById.get('370829-2023')!;
const scope = { sameProvince: false };

describe('deriveProfile', () => {
  it('lists the headline indicators the report states, the ones it does not as missing, then the others', () => {
    const state = deriveProfile(dataset, jiaxiang, fixtureDetail(jiaxiang.detailPath), scope);
    expect(state.name).toBe('嘉祥县');
    expect(state.headline.map((line) => [line.indicator.id, line.value.value])).toEqual([['legal_aid.cases', 2138]]);
    const headlineIds = dataset.indicators.filter((i) => i.headline).map((i) => i.id);
    expect(state.missing.map((i) => i.id)).toEqual(headlineIds.filter((id) => id !== 'legal_aid.cases'));
    // Catalogue order.
    expect(state.other.map((line) => line.indicator.id)).toEqual(
      dataset.indicators.filter((i) => !i.headline && jiaxiang.values[i.id]).map((i) => i.id),
    );
    expect(state.other.map((line) => line.indicator.id).sort()).toEqual([
      'legal_aid.per_10k_rate',
      'legal_aid.recovered_amount',
      'publicity.events',
      'service.online_rate',
    ]);
    expect(state.otherHidden).toBe(0);
  });

  it('footnotes every number with its quote and section, numbered in print order', () => {
    const state = deriveProfile(dataset, jiaxiang, fixtureDetail(jiaxiang.detailPath), scope);
    const lines = [...state.headline, ...state.other];
    expect(lines.map((line) => line.note)).toEqual([1, 2, 3, 4, 5]);
    expect(lines[0]).toMatchObject({ noteKind: 'quote', noteText: expect.stringContaining('2138') });
    expect(lines[0]!.section).toEqual(expect.any(String));
    expect(lines.every((line) => line.noteKind === 'quote')).toBe(true);
  });

  it('gives a derived value its formula instead of a quote', () => {
    const furong = dataset.reportById.get('430102-2022')!;
    const state = deriveProfile(dataset, furong, fixtureDetail(furong.detailPath), scope);
    expect(state.headline.find((line) => line.indicator.id === 'mediation.success_rate')).toMatchObject({
      noteKind: 'derived',
      noteText: '1150 / 1200 × 100',
    });
  });

  it('still prints the numbers when the detail file is loading or could not be loaded', () => {
    expect(deriveProfile(dataset, jiaxiang, undefined, scope).headline[0]).toMatchObject({ value: { value: 2138 }, noteKind: 'loading' });
    expect(deriveProfile(dataset, jiaxiang, null, scope).headline[0]).toMatchObject({
      value: { value: 2138 },
      noteKind: 'unavailable',
      noteText: null,
    });
  });

  it('gives rank and median among peers, and the change against the year before', () => {
    const index = fixtureIndex();
    const base = index.reports.find((r) => r.id === '370829-2023')!;
    const peer = { ...index.jurisdictions.find((j) => j.id === '370829')!, id: '370830', name: '汶上县' };
    const withPeers = buildDataset({
      ...index,
      jurisdictions: [...index.jurisdictions, peer],
      reports: [
        ...index.reports,
        {
          ...base,
          id: '370830-2023',
          jurisdictionId: '370830',
          values: { 'legal_aid.cases': { value: 3000, qualifier: 'exact', derived: false, extractionId: 'e1' } },
        },
        {
          ...base,
          id: '370829-2022',
          year: 2022,
          values: { 'legal_aid.cases': { value: 2000, qualifier: 'approx', derived: false, extractionId: 'e1' } },
        },
      ],
    });
    const state = deriveProfile(withPeers, withPeers.reportById.get('370829-2023')!, undefined, scope);
    expect(state.peerCount).toBe(2);
    expect(state.headline[0]).toMatchObject({
      peer: { rank: 2, reporting: 2, median: 2569 },
      change: { delta: 138, approximate: true, previousReport: { id: '370829-2022' } },
    });
  });

  it('keeps the page to one sheet: at most OTHER_LIMIT other indicators', () => {
    const many = {
      ...jiaxiang,
      values: Object.fromEntries(
        dataset.indicators.map((i, n) => [i.id, { value: n + 1, qualifier: 'exact' as const, derived: false, extractionId: `e${n}` }]),
      ),
    };
    const state = deriveProfile(dataset, many, undefined, scope);
    expect(state.other).toHaveLength(OTHER_LIMIT);
    expect(state.otherHidden).toBe(dataset.indicators.length - state.headline.length - OTHER_LIMIT);
    expect(state.missing).toEqual([]);
  });

  it('lists a headline value the reviewed-only filter hides apart, never as 未报告', () => {
    const state = deriveProfile(onlyReviewedValues(dataset), jiaxiang, undefined, scope);
    expect(state.headline).toEqual([]);
    expect(state.unshown).toContainEqual({ indicator: expect.objectContaining({ id: 'legal_aid.cases' }), status: 'hidden' });
    expect(state.missing.map((indicator) => indicator.id)).not.toContain('legal_aid.cases');
  });
});
