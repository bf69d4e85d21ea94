import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { trendPlaces } from './trend-places';

const dataset = fixtureDataset();
const none = { jurisdictions: [], province: null, city: null };

describe('trendPlaces', () => {
  it('takes the chosen places as they are, whatever the filter', () => {
    expect(trendPlaces(dataset, { ...none, jurisdictions: ['x-520330-taolin'], province: '湖南省' }, 'legal_aid.cases')).toEqual({
      ids: ['x-520330-taolin'],
      source: 'chosen',
    });
  });

  it('without a choice, is every place that reported the indicator in some year, by level and name', () => {
    // 桃林镇 and 淄博高新区 never report legal-aid cases.
    expect(trendPlaces(dataset, none, 'legal_aid.cases')).toEqual({ ids: ['430102', '610117', '370829'], source: 'reporting' });
  });

  it('keeps to the province or city filter', () => {
    expect(trendPlaces(dataset, { ...none, province: '山东省' }, 'legal_aid.cases')).toEqual({ ids: ['370829'], source: 'reporting' });
    expect(trendPlaces(dataset, { ...none, city: '遵义市' }, 'legal_aid.cases')).toEqual({ ids: [], source: 'reporting' });
  });
});
