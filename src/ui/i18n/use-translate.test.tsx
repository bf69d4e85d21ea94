import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { uiStore } from '../../state/ui-store';
import { LanguageProvider, useTranslate } from './use-translate';

function Word({ n }: { n: number }) {
  const { lang, t } = useTranslate();
  return (
    <span data-testid="word" lang={lang}>
      {n}:{t('openSource')}
    </span>
  );
}

const words = (n: number) => Array.from({ length: n }, (_, i) => <Word key={i} n={i} />);

describe('useTranslate', () => {
  afterEach(() => {
    act(() => uiStore.getState().setLang('zh'));
    vi.restoreAllMocks();
  });

  it('follows the language of the store, alone or under a provider that reads it once for all', () => {
    const subscribe = vi.spyOn(uiStore, 'subscribe');
    render(<LanguageProvider>{words(20)}</LanguageProvider>);
    expect(screen.getAllByTestId('word')).toHaveLength(20);
    expect(screen.getAllByTestId('word')[3]).toHaveTextContent('3:查看来源');
    expect(subscribe).toHaveBeenCalledTimes(1);
    act(() => uiStore.getState().setLang('en'));
    expect(screen.getAllByTestId('word')[3]).toHaveTextContent('3:Source');

    subscribe.mockClear();
    render(<>{words(2)}</>);
    expect(subscribe).toHaveBeenCalledTimes(2);
    act(() => uiStore.getState().setLang('zh'));
    expect(screen.getAllByTestId('word').map((word) => word.textContent)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `${i}:查看来源`),
      '0:查看来源',
      '1:查看来源',
    ]);
  });
});
