/**
 * The review queue's keyboard, below the browser (the browser test, tests/e2e/review.spec.ts, runs
 * the same keys on the real data): one key a decision or a step, the focus on the queue whenever an
 * item is shown, and back on it after a correction is left with Escape.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import taolinDetail from '../../../tests/fixtures/dataset/reports/x-520330-taolin/2022.json';
import { freshIndexedDbPerTest } from '../../../tests/fixtures/indexed-db';
import { ReviewQueueView } from './ReviewQueueView';

const dataset = fixtureDataset();
const REPORT = 'x-520330-taolin-2022';
/**
 * The report's detail file with the fingerprint of its text, which a decision anchors to (the
 * fixture's files predate it; without one the queue offers no decision, rightly).
 */
const fingerprinted = {
  'reports/x-520330-taolin/2022.json': {
    status: 200,
    body: JSON.stringify({
      ...taolinDetail,
      textSha256: 'a'.repeat(64),
    }),
  },
};

freshIndexedDbPerTest();
beforeEach(() => localStorage.setItem('fazhi-atlas.reviewer', '测试审核人'));
afterEach(() => localStorage.clear());

async function openQueue() {
  const user = userEvent.setup();
  renderWithData(<ReviewQueueView dataset={dataset} />, { ui: { view: 'review', report: REPORT }, overrides: fingerprinted });
  const region = await screen.findByTestId('queue-region');
  await waitFor(() => expect(region).toHaveFocus());
  return { user, indicator: () => screen.getByTestId('queue-item').getAttribute('data-indicator') };
}

describe('the review queue from the keyboard', () => {
  it('steps with J and K (and the arrows) without deciding anything', async () => {
    const { user, indicator } = await openQueue();
    const values = Object.keys(dataset.reportById.get(REPORT)!.values);
    expect(values).toHaveLength(3);
    expect(screen.getByTestId('queue-progress')).toHaveTextContent('已核实 0 / 3');
    const first = indicator();
    expect(values).toContain(first);
    await user.keyboard('j');
    const second = indicator();
    expect(second).not.toBe(first);
    await user.keyboard('{ArrowRight}');
    expect(indicator()).not.toBe(second);
    await user.keyboard('k');
    expect(indicator()).toBe(second);
    await user.keyboard('{ArrowLeft}');
    expect(indicator()).toBe(first);
    // A key with a modifier belongs to the browser (Ctrl+J opens its downloads), not to the queue.
    await user.keyboard('{Control>}j{/Control}');
    expect(indicator()).toBe(first);
    expect(screen.getByTestId('queue-progress')).toHaveTextContent('已核实 0 / 3');
  });

  it('decides each value with one key and moves on by itself, until all are reviewed', async () => {
    const { user, indicator } = await openQueue();
    const seen = [indicator()];
    await user.keyboard('n');
    await waitFor(() => expect(indicator()).not.toBe(seen[0]));
    seen.push(indicator());
    await user.keyboard('Y');
    await waitFor(() => expect(indicator()).not.toBe(seen[1]));
    seen.push(indicator());
    await user.keyboard('y');
    expect(new Set(seen).size).toBe(3);
    await waitFor(() => expect(screen.getByTestId('queue-progress')).toHaveTextContent('已核实 3 / 3'));
    expect(screen.getByTestId('queue-done')).toBeInTheDocument();
  });

  it('opens a correction with E, and after Escape its keys work at once, without a click', async () => {
    const { user, indicator } = await openQueue();
    const first = indicator();
    await user.keyboard('e');
    expect(await screen.findByTestId('decision-form')).toBeInTheDocument();
    // Keys typed in the form are the form's: J is a letter there, not a step.
    await user.keyboard('j');
    expect(indicator()).toBe(first);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('decision-form')).not.toBeInTheDocument());
    expect(screen.getByTestId('queue-region')).toHaveFocus();
    await user.keyboard('j');
    expect(indicator()).not.toBe(first);
    expect(screen.getByTestId('queue-progress')).toHaveTextContent('已核实 0 / 3');
  });
});
