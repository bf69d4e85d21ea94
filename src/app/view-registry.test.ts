import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../tests/fixtures/dataset/fixture';
import { VIEWS } from '../state/url-state';
import { VIEW_REGISTRY } from './view-registry';

describe('the view registry', () => {
  it('has one entry per view of the address, and nothing else', () => {
    expect(Object.keys(VIEW_REGISTRY).sort()).toEqual([...VIEWS].sort());
  });

  it('says what each view reads: one indicator, every one, the headline ones, or none', () => {
    const dataset = fixtureDataset();
    const needs = Object.fromEntries(VIEWS.map((view) => [view, VIEW_REGISTRY[view].needs(dataset, 'legal_aid.cases')]));
    expect(needs).toEqual({
      compare: ['legal_aid.cases'],
      trend: ['legal_aid.cases'],
      coverage: 'all',
      report: 'all',
      profile: 'all',
      briefing: dataset.indicators.filter((indicator) => indicator.headline).map((indicator) => indicator.id),
      about: [],
      review: [],
      add: [],
      indicator: [],
    });
    expect(VIEWS.filter((view) => VIEW_REGISTRY[view].oneYear)).toEqual(['compare', 'indicator']);
    expect(VIEWS.filter((view) => VIEW_REGISTRY[view].dataset !== 'shown')).toEqual(['review', 'add', 'indicator']);
  });

  it('makes a tab of every view but the indicator page, which names its indicator instead', () => {
    expect(VIEWS.filter((view) => VIEW_REGISTRY[view].tab === false)).toEqual(['indicator']);
  });
});
