import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler, useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { uiStore, useUi } from '../../state/ui-store';
import { DEFAULT_UI_STATE } from '../../state/url-state';
import { DeferredLinkBase, StateLink } from './StateLink';

describe('StateLink', () => {
  afterEach(() => {
    cleanup();
    act(() => uiStore.getState().replaceState({ ...DEFAULT_UI_STATE }));
  });

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

  describe('below a DeferredLinkBase', () => {
    const PROFILE = { view: 'profile', extraction: null, source: null } as const;

    /** Subscribed to the indicator as a chart is: records the links' addresses when its (urgent) render is committed. */
    function UrgentWitness({ seen }: { seen: string[] }) {
      const indicator = useUi((s) => s.indicator);
      useLayoutEffect(() => {
        seen.push(`${indicator}: ${[...document.querySelectorAll('a')].map((link) => link.getAttribute('href')).join(' ')}`);
      }, [indicator, seen]);
      return null;
    }

    /**
     * Two profile links under a base, counting their renders: a link reads its `to` when it
     * renders (for its address), so each link's `to` counts the reads of its report (as many in
     * each render).
     */
    function renderTable(seen: string[], renders: { n: number }) {
      const toOf = (report: string) => ({
        ...PROFILE,
        get report() {
          renders.n += 1;
          return report;
        },
      });
      return render(
        <>
          <UrgentWitness seen={seen} />
          <DeferredLinkBase over={PROFILE}>
            {['p1-2023', 'p2-2023'].map((report) => (
              <StateLink key={report} to={toOf(report)} onNavigate={() => undefined}>
                {report}
              </StateLink>
            ))}
          </DeferredLinkBase>
        </>,
      );
    }

    it('gives each link the state with `over` and its `to` laid over it', () => {
      renderTable([], { n: 0 });
      act(() => uiStore.getState().setProvince('湖南省'));
      expect(screen.getByRole('link', { name: 'p2-2023' })).toHaveAttribute(
        'href',
        `/?view=profile&province=${encodeURIComponent('湖南省')}&report=p2-2023`,
      );
    });

    it('changes the links after the urgent render of a switch, in one render of them', () => {
      const seen: string[] = [];
      const renders = { n: 0 };
      renderTable(seen, renders);
      const mounted = renders.n;
      expect(mounted).toBeGreaterThan(0);
      act(() => uiStore.getState().selectIndicator('legal_aid.cases'));
      // The chart's render was committed with the links as they were; the links then followed, once.
      expect(seen).toEqual([
        'null: /?view=profile&report=p1-2023 /?view=profile&report=p2-2023',
        'legal_aid.cases: /?view=profile&report=p1-2023 /?view=profile&report=p2-2023',
      ]);
      expect(screen.getByRole('link', { name: 'p1-2023' }).getAttribute('href')).toContain('indicator=legal_aid.cases');
      expect(renders.n).toBe(2 * mounted);
    });

    it('re-renders no link when only what every link changes does (a source opened)', () => {
      const renders = { n: 0 };
      renderTable([], renders);
      const mounted = renders.n;
      expect(mounted).toBeGreaterThan(0);
      act(() => uiStore.getState().openSource('p2-2023/e001'));
      expect(renders.n).toBe(mounted);
      expect(screen.getByRole('link', { name: 'p1-2023' })).toHaveAttribute('href', '/?view=profile&report=p1-2023');
    });
  });
});
