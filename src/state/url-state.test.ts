import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { REVIEW_RISKS } from '../lib/review-vocabulary';
import {
  BODY_FILTERS,
  DEFAULT_UI_STATE,
  droppedParams,
  LANGS,
  LEVELS,
  parseSourceRef,
  parseUrlState,
  QUEUE_STATUSES,
  serializeUrlState,
  serializeUrlStateOver,
  SORT_KEYS,
  TREND_MEDIANS,
  type UiState,
  VIEWS,
} from './url-state';

const id = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/);
const uiState: fc.Arbitrary<UiState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  indicator: fc.option(id, { nil: null }),
  year: fc.option(fc.oneof(fc.integer({ min: 1990, max: 2099 }), fc.constant('latest' as const)), { nil: null }),
  jurisdictions: fc.uniqueArray(id, { maxLength: 4 }),
  province: fc.option(fc.constantFrom('湖南省', '山东省', '陕西省', 'A & B'), { nil: null }),
  city: fc.option(fc.constantFrom('长沙市', '济宁市', 'a/b'), { nil: null }),
  level: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
  body: fc.constantFrom(...BODY_FILTERS),
  perCapita: fc.boolean(),
  sort: fc.option(fc.record({ key: fc.constantFrom(...SORT_KEYS), descending: fc.boolean() }), { nil: null }),
  trendZero: fc.boolean(),
  trendMedian: fc.option(fc.constantFrom(...TREND_MEDIANS), { nil: null }),
  group: fc.option(fc.constantFrom('legal_aid', 'review'), { nil: null }),
  report: fc.option(id, { nil: null }),
  extraction: fc.option(id, { nil: null }),
  source: fc.option(
    fc.tuple(id, id).map(([r, e]) => `${r}/${e}`),
    { nil: null },
  ),
  lang: fc.constantFrom(...LANGS),
  reviewedOnly: fc.boolean(),
  reviewing: fc.boolean(),
  risk: fc.option(fc.constantFrom(...REVIEW_RISKS, 'any' as const), { nil: null }),
  queueStatus: fc.constantFrom(...QUEUE_STATUSES),
});

describe('parseUrlState / serializeUrlState', () => {
  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(uiState, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
    );
  });

  it('writes nothing for the default state and reads the default from an empty query', () => {
    expect(serializeUrlState(DEFAULT_UI_STATE)).toBe('');
    expect(parseUrlState('')).toEqual(DEFAULT_UI_STATE);
  });

  it('writes a readable, fixed-order query with comma-separated jurisdictions', () => {
    const search = serializeUrlState({
      ...DEFAULT_UI_STATE,
      view: 'trend',
      indicator: 'legal_aid.cases',
      jurisdictions: ['430102', '370829'],
      source: '430102-2020/e002',
      lang: 'en',
    });
    expect(search).toBe('?view=trend&indicator=legal_aid.cases&j=430102,370829&source=430102-2020/e002&lang=en');
  });

  it('encodes a Chinese province and reads it back', () => {
    const search = serializeUrlState({ ...DEFAULT_UI_STATE, province: '湖南省', level: '区' });
    expect(search).toContain('province=%E6%B9%96');
    expect(parseUrlState(search)).toMatchObject({ province: '湖南省', level: '区' });
  });

  it('drops values that cannot be valid instead of failing', () => {
    const state = parseUrlState(
      '?view=map&year=20x4&level=村&body=any&lang=fr&j=430102,<script>,370829,430102&source=no-slash&report=a/b&sort=-bogus&per=yes',
    );
    expect(state).toEqual({ ...DEFAULT_UI_STATE, jurisdictions: ['430102', '370829'] });
  });

  it('reads each place’s latest report as the explicit choice year=latest', () => {
    expect(parseUrlState('?year=latest').year).toBe('latest');
    expect(serializeUrlState({ ...DEFAULT_UI_STATE, year: 'latest' })).toBe('?year=latest');
    expect(parseUrlState('?year=2022').year).toBe(2022);
    expect(parseUrlState('').year).toBeNull();
  });

  it('names the values it dropped, so that the page can say so', () => {
    expect(droppedParams('?view=map&year=20x4&level=村&j=430102,<x>,370829&sort=-bogus')).toEqual([
      { key: 'view', value: 'map' },
      { key: 'year', value: '20x4' },
      { key: 'j', value: '<x>' },
      { key: 'level', value: '村' },
      { key: 'sort', value: '-bogus' },
    ]);
    // Valid values, defaults written out included, are not "dropped".
    expect(droppedParams('?view=compare&year=latest&body=all&lang=zh&sort=-value&per=10k&city=长沙市')).toEqual([]);
    expect(droppedParams('?view=trend&zero=1&median=province')).toEqual([]);
    expect(droppedParams('?view=trend&zero=yes&median=mean')).toEqual([
      { key: 'zero', value: 'yes' },
      { key: 'median', value: 'mean' },
    ]);
  });
});

describe('serializeUrlStateOver (the links of a page)', () => {
  it('writes what serializeUrlState writes for the state with the link’s change laid over it', () => {
    fc.assert(
      fc.property(
        uiState,
        uiState,
        fc.uniqueArray(fc.constantFrom(...(Object.keys(DEFAULT_UI_STATE) as (keyof UiState)[]))),
        (state, other, fields) => {
          const over = Object.fromEntries(fields.map((field) => [field, other[field]])) as Partial<UiState>;
          expect(serializeUrlStateOver(state, over)).toBe(serializeUrlState({ ...state, ...over }));
          // Asked again (cached per state object and change), and for no change at all.
          expect(serializeUrlStateOver(state, over)).toBe(serializeUrlState({ ...state, ...over }));
          expect(serializeUrlStateOver(state, {})).toBe(serializeUrlState(state));
        },
      ),
    );
  });

  it('keeps the links of one state apart, and a new state object gets new links', () => {
    const state: UiState = { ...DEFAULT_UI_STATE, year: 2022, province: '湖南省' };
    expect(serializeUrlStateOver(state, { view: 'profile', report: 'a' })).toBe(
      '?view=profile&year=2022&province=%E6%B9%96%E5%8D%97%E7%9C%81&report=a',
    );
    expect(serializeUrlStateOver(state, { view: 'profile', report: 'b' })).toBe(
      '?view=profile&year=2022&province=%E6%B9%96%E5%8D%97%E7%9C%81&report=b',
    );
    expect(serializeUrlStateOver({ ...state, year: 2023 }, { view: 'profile', report: 'a' })).toBe(
      '?view=profile&year=2023&province=%E6%B9%96%E5%8D%97%E7%9C%81&report=a',
    );
  });
});

describe('parseSourceRef', () => {
  it('splits report and extraction ids', () => {
    expect(parseSourceRef('430102-2020/e002')).toEqual({ reportId: '430102-2020', extractionId: 'e002' });
  });

  it('rejects malformed references', () => {
    expect(parseSourceRef(null)).toBeNull();
    expect(parseSourceRef('430102-2020')).toBeNull();
    expect(parseSourceRef('a/b/c')).toBeNull();
    expect(parseSourceRef('a b/c')).toBeNull();
  });
});

describe('the review queue’s filters and the indicator page in the address', () => {
  it('reads risk and status, and drops what they cannot be', () => {
    expect(parseUrlState('?view=review&risk=low_confidence&status=done')).toMatchObject({ risk: 'low_confidence', queueStatus: 'done' });
    expect(parseUrlState('?risk=any').risk).toBe('any');
    expect(parseUrlState('?risk=bad&status=closed')).toMatchObject({ risk: null, queueStatus: 'open' });
    expect(droppedParams('?risk=bad&status=closed').map((param) => param.key)).toEqual(['risk', 'status']);
    expect(serializeUrlState({ ...DEFAULT_UI_STATE, view: 'review', queueStatus: 'open' })).toBe('?view=review');
  });

  it('addresses an indicator’s page by the indicator key', () => {
    expect(serializeUrlState({ ...DEFAULT_UI_STATE, view: 'indicator', indicator: 'review.received' })).toBe(
      '?view=indicator&indicator=review.received',
    );
  });
});
