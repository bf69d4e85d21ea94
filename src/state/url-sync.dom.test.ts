import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createUiStore } from './ui-store';
import { parseUrlState } from './url-state';
import { replaceUiState, startUrlSync } from './url-sync';

const popstate = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));

describe('startUrlSync', () => {
  let stop: () => void = () => {};

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => stop());

  it('loads the store from the URL (deep link) and normalises an invalid query in place', () => {
    window.history.replaceState(null, '', '/?view=trend&j=430102,370829&lang=xx');
    const store = createUiStore();
    const lengthBefore = window.history.length;
    stop = startUrlSync(store);
    expect(store.getState()).toMatchObject({ view: 'trend', jurisdictions: ['430102', '370829'], lang: 'zh' });
    expect(window.location.search).toBe('?view=trend&j=430102,370829');
    expect(window.history.length).toBe(lengthBefore);
  });

  it('tells which values of the address it dropped', () => {
    window.history.replaceState(null, '', '/?view=map&level=村&indicator=legal_aid.cases');
    const heard: unknown[] = [];
    stop = startUrlSync(createUiStore(), window, (dropped) => heard.push(...dropped));
    expect(heard).toEqual([
      { key: 'view', value: 'map' },
      { key: 'level', value: '村' },
    ]);
    expect(window.location.search).toBe('?indicator=legal_aid.cases');
  });

  it('puts a corrected state in place without a new history entry', () => {
    window.history.replaceState(null, '', '/?indicator=nope&year=1999');
    const store = createUiStore();
    stop = startUrlSync(store);
    const lengthBefore = window.history.length;
    replaceUiState(store, { ...parseUrlState(window.location.search), indicator: null, year: null });
    expect(window.location.search).toBe('');
    expect(store.getState()).toMatchObject({ indicator: null, year: null });
    expect(window.history.length).toBe(lengthBefore);
  });

  it('pushes one history entry per change that alters the query', () => {
    const store = createUiStore();
    stop = startUrlSync(store);
    const lengthBefore = window.history.length;
    store.getState().selectIndicator('legal_aid.cases');
    store.getState().openSource('430102-2020/e002');
    store.getState().openSource('430102-2020/e002');
    expect(window.location.search).toBe('?indicator=legal_aid.cases&source=430102-2020/e002');
    expect(window.history.length).toBe(lengthBefore + 2);
  });

  it('restores the store on back and forward without pushing again', async () => {
    const store = createUiStore();
    stop = startUrlSync(store);
    store.getState().setView('coverage');
    store.getState().openSource('430102-2020/e002');
    const lengthAfter = window.history.length;

    let event = popstate();
    window.history.back();
    await event;
    expect(store.getState()).toMatchObject({ view: 'coverage', source: null });
    expect(window.location.search).toBe('?view=coverage');

    event = popstate();
    window.history.back();
    await event;
    expect(store.getState().view).toBe('compare');

    event = popstate();
    window.history.forward();
    await event;
    expect(store.getState().view).toBe('coverage');
    expect(window.history.length).toBe(lengthAfter);
  });

  it('stops listening once stopped', () => {
    const store = createUiStore();
    stop = startUrlSync(store);
    stop();
    store.getState().setView('report');
    expect(window.location.search).toBe('');
  });
});
