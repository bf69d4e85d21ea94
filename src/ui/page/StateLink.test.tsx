import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { uiStore } from '../../state/ui-store';
import { DEFAULT_UI_STATE } from '../../state/url-state';
import { StateLink } from './StateLink';

describe('StateLink', () => {
  afterEach(() => act(() => uiStore.getState().replaceState({ ...DEFAULT_UI_STATE })));

  it('follows the UI state in its address, and re-renders only when its address changes', () => {
    let renders = 0;
    render(
      <Profiler id="link" onRender={() => (renders += 1)}>
        <StateLink to={{ view: 'profile', report: 'p1-2023', source: null }} onNavigate={() => undefined}>
          地一县
        </StateLink>
      </Profiler>,
    );
    const link = screen.getByRole('link', { name: '地一县' });
    expect(link).toHaveAttribute('href', '/?view=profile&report=p1-2023');
    expect(renders).toBe(1);

    act(() => uiStore.getState().selectIndicator('legal_aid.cases'));
    expect(link.getAttribute('href')).toContain('indicator=legal_aid.cases');
    expect(renders).toBe(2);
    // A source opening leaves the link's address as it was (it closes any source): no render.
    act(() => uiStore.getState().openSource('p2-2023/e001'));
    expect(link.getAttribute('href')).not.toContain('source');
    expect(renders).toBe(2);
  });
});
