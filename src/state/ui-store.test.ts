import { describe, expect, it } from 'vitest';

import { createUiStore } from './ui-store';
import { parseUrlState } from './url-state';

describe('replaceState', () => {
  it('keeps the chosen places and the sort it has when the new state names the same ones', () => {
    const store = createUiStore(parseUrlState('?j=430102,370829&sort=-value'));
    const { jurisdictions, sort } = store.getState();
    expect(sort).toEqual({ key: 'value', descending: true });

    // An address read anew (back, forward) gives new but equal ones.
    store.getState().replaceState(parseUrlState('?j=430102,370829&sort=-value&indicator=legal_aid.cases'));
    expect(store.getState().indicator).toBe('legal_aid.cases');
    expect(store.getState().jurisdictions).toBe(jurisdictions);
    expect(store.getState().sort).toBe(sort);

    store.getState().replaceState(parseUrlState('?j=370829,430102&sort=value'));
    expect(store.getState().jurisdictions).toEqual(['370829', '430102']);
    expect(store.getState().sort).toEqual({ key: 'value', descending: false });
    store.getState().replaceState(parseUrlState('?j=370829'));
    expect(store.getState()).toMatchObject({ jurisdictions: ['370829'], sort: null });
  });
});
