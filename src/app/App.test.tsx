import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { compactOverrides, fixtureIndex, shardedOverrides } from '../../tests/fixtures/dataset/fixture';
import { renderAtAddress } from '../../tests/fixtures/dataset/render';
import { valuesPath } from '../data/compact';
import { buildShards } from '../data/shard-build';
import { App } from './App';

const renderAppAt = (search: string, overrides = {}) => renderAtAddress(<App />, search, overrides);

describe('App', () => {
  it('opens on the compare view, fetching the catalogue and only the values of the indicator shown', async () => {
    const { requested } = renderAppAt('', compactOverrides());
    expect(await screen.findByRole('heading', { level: 2, name: /调解成功数/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '横向比较' })).toHaveAttribute('aria-current', 'page');
    expect(within(await screen.findByRole('table', { name: /调解成功数/ })).getAllByRole('row')).toHaveLength(6);
    expect(requested).toEqual(['shards/manifest.json', 'compact/catalog.json', 'compact/values/mediation.succeeded.json']);
  });

  it('fetches another indicator’s values only when it is picked, and every indicator only for coverage', async () => {
    const user = userEvent.setup();
    const { requested } = renderAppAt('?indicator=legal_aid.cases&year=latest', compactOverrides());
    const table = await screen.findByRole('table', { name: /法律援助案件/ });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('嘉祥县2023县2,138');
    expect(requested).toEqual(['shards/manifest.json', 'compact/catalog.json', 'compact/values/legal_aid.cases.json']);
    await user.selectOptions(screen.getByRole('combobox', { name: '指标' }), 'mediation.success_rate');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('调解成功率'));
    // The table follows the chart by a render (CompareView's deferred rows).
    await waitFor(() => expect(within(screen.getByRole('row', { name: /芙蓉区/ })).getAllByRole('cell')[2]).toHaveTextContent('95.83推算'));
    expect(requested).toEqual([
      'shards/manifest.json',
      'compact/catalog.json',
      'compact/values/legal_aid.cases.json',
      'compact/values/mediation.success_rate.json',
    ]);
    await user.click(screen.getByRole('link', { name: '披露覆盖' }));
    expect(await screen.findByRole('table', { name: /披露的指标/ })).toBeInTheDocument();
    expect(requested.filter((path) => path.startsWith('compact/values/'))).toHaveLength(28);
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('shows coverage without an indicator whose values file is corrupt, and says which (not as unreported)', async () => {
    const overrides = { ...compactOverrides(), [valuesPath('legal_aid.cases')]: { status: 200, body: '{"schemaVersion": 1,' } };
    renderAppAt('?view=coverage', overrides);
    const grid = await screen.findByRole('table', { name: /披露的指标/ });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('以下指标的数值未能载入,本页暂未列出(并非未披露):法律援助案件。');
    expect(alert).toHaveTextContent('数据文件已损坏或格式不符。');
    expect(within(grid).queryByText('法律援助案件')).toBeNull();
    expect(within(grid).getByText('调解成功率')).toBeInTheDocument();
  });

  it('says a corrupt values file is an error where the view draws only that indicator', async () => {
    const overrides = { ...compactOverrides(), [valuesPath('legal_aid.cases')]: { status: 200, body: '{"schemaVersion": 1,' } };
    renderAppAt('?indicator=legal_aid.cases', overrides);
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件已损坏或格式不符。');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('names the default indicator and its file when its values file is corrupt, never the index, and lets another be picked', async () => {
    const user = userEvent.setup();
    const overrides = { ...compactOverrides(), [valuesPath('mediation.succeeded')]: { status: 200, body: '<html>not json' } };
    renderAppAt('', overrides);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“调解成功数”的数值文件未能载入');
    expect(alert).toHaveTextContent(`data/${valuesPath('mediation.succeeded')}`);
    expect(screen.queryByText(/index\.json/)).toBeNull();
    const region = screen.getByRole('region', { name: '指标数值未能载入' });
    await user.selectOptions(within(region).getByRole('combobox', { name: '指标' }), 'legal_aid.cases');
    const table = await screen.findByRole('table', { name: /法律援助案件/ });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads a sharded data folder: the manifest, then the parts in parallel, then the values shown', async () => {
    const user = userEvent.setup();
    const { requested } = renderAppAt('', shardedOverrides());
    expect(await screen.findByRole('heading', { level: 2, name: /调解成功数/ })).toBeInTheDocument();
    expect(within(await screen.findByRole('table', { name: /调解成功数/ })).getAllByRole('row')).toHaveLength(6);
    expect(requested[0]).toBe('shards/manifest.json');
    expect(requested.some((path) => path.startsWith('compact/') || path === 'index.json')).toBe(false);
    // A dataset this small is loaded whole: every shard's places and every part.
    const { manifest } = buildShards(fixtureIndex());
    expect(requested.filter((path) => path.endsWith('/places.json'))).toHaveLength(manifest.shards.length);
    expect(requested.filter((path) => path.endsWith('/reports.json'))).toHaveLength(manifest.shards.flatMap((shard) => shard.parts).length);
    expect(manifest.shards.map((shard) => shard.id)).toEqual(['county', 'town-52']);
    expect(requested.filter((path) => path.includes('/values/')).every((path) => path.endsWith('/values/mediation.succeeded.json'))).toBe(
      true,
    );
    await user.click(screen.getByRole('link', { name: '年度趋势' }));
    expect(await screen.findByRole('heading', { level: 2, name: /调解成功数/ })).toBeInTheDocument();
    expect(new Set(requested).size).toBe(requested.length);
  });

  // The queue's count over the compact layout, which the sharded folder must give too.
  let compactQueueProgress = '';
  it('opens the review queue of the compact layout', async () => {
    renderAppAt('?view=review', compactOverrides());
    await waitFor(() => expect(screen.getByTestId('queue-progress')).toHaveTextContent(/\/ ?[1-9]/), { timeout: 6_000 });
    compactQueueProgress = screen.getByTestId('queue-progress').textContent ?? '';
  }, 15_000);

  it('opens the review queue of a sharded folder as the compact layout does', async () => {
    renderAppAt('?view=review', shardedOverrides());
    await waitFor(() => expect(screen.getByTestId('queue-progress')).toHaveTextContent(/\/ ?[1-9]/), { timeout: 6_000 });
    expect(compactQueueProgress).not.toBe('');
    expect(screen.getByTestId('queue-progress').textContent).toBe(compactQueueProgress);
  }, 15_000);

  it('says on every view that generated reports are not real, and never on real data', async () => {
    const index = fixtureIndex();
    const demo = { ...index, reports: index.reports.map((report) => ({ ...report, synthetic: true })) };
    for (const view of ['compare', 'trend', 'coverage', 'about', 'add']) {
      const { unmount } = renderAppAt(`?view=${view}`, shardedOverrides(demo));
      expect(await screen.findByTestId('synthetic-banner'), view).toHaveTextContent(
        `这里的 ${index.reports.length} 份报告是程序生成的合成报告`,
      );
      unmount();
    }
    const { unmount } = renderAppAt('', shardedOverrides());
    expect(await screen.findByRole('table', { name: /调解成功数/ })).toBeInTheDocument();
    expect(screen.queryByTestId('synthetic-banner')).toBeNull();
    unmount();
  }, 20_000);

  it('falls back to index.json for a data folder without the compact layout', async () => {
    const { requested } = renderAppAt('');
    expect(await screen.findByRole('heading', { level: 2, name: /调解成功数/ })).toBeInTheDocument();
    expect(requested).toEqual(['shards/manifest.json', 'compact/catalog.json', 'index.json']);
  });

  it('follows a deep link to a view with its drill-down open', async () => {
    renderAppAt('?view=trend&indicator=legal_aid.cases&j=430102&source=430102-2020/e002');
    expect(await screen.findByRole('heading', { level: 2, name: '法律援助案件' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '年度趋势' })).toHaveAttribute('aria-current', 'page');
    expect((await screen.findByText('受理法律援助案件323件')).tagName).toBe('MARK');
  });

  it('switches views through real links that carry the state', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=legal_aid.cases');
    const coverage = await screen.findByRole('link', { name: '披露覆盖' });
    expect(coverage).toHaveAttribute('href', '/?view=coverage&indicator=legal_aid.cases');
    await user.click(coverage);
    expect(window.location.search).toBe('?view=coverage&indicator=legal_aid.cases');
    expect(await screen.findByRole('table', { name: /披露的指标/ })).toBeInTheDocument();
  });

  it('switches language, labels and <html lang> included', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=legal_aid.cases');
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(window.location.search).toBe('?indicator=legal_aid.cases&lang=en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Legal-aid cases · 2022');
    expect(screen.getByRole('link', { name: 'Coverage' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('keeps the page working when the index fails, with a precise error', async () => {
    renderAppAt('', { 'index.json': { status: 404 } });
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件不存在。');
    expect(screen.getByText('无法加载数据目录(下方列出未能载入的文件),页面无法显示。')).toBeInTheDocument();
  });

  it('returns focus to the opener when the drill-down closes', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=legal_aid.cases&year=latest');
    const button = await screen.findByRole('button', { name: '查看 嘉祥县 2023 年“法律援助案件”数值的来源' });
    await user.click(button);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it('corrects what the address names but the data does not have, and says so', async () => {
    renderAppAt('?indicator=no.such&year=1999&view=map');
    const notice = await screen.findByTestId('url-notice');
    expect(notice).toHaveTextContent('网址中的指标“no.such”在数据中不存在,已改为默认。');
    expect(notice).toHaveTextContent('网址中的年份“1999”没有报告,已改为默认。');
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('调解成功数 · 2022');
  });

  it('opens 添加报告 as a view of its own, apart from the others', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=legal_aid.cases');
    expect(screen.queryByRole('heading', { name: '添加报告' })).toBeNull();
    await user.click(await screen.findByRole('link', { name: '添加报告' }));
    expect(window.location.search).toBe('?view=add&indicator=legal_aid.cases');
    // The view is a lazy chunk holding the decoders: its first import in a test run is slow to transform.
    expect(await screen.findByRole('heading', { level: 2, name: '添加报告' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens the about page with what is loaded', async () => {
    renderAppAt('?view=about');
    expect(await screen.findByRole('heading', { level: 2, name: '关于数据' })).toBeInTheDocument();
    const facts = screen.getByTestId('about-facts');
    expect(facts).toHaveTextContent('报告7 · 其中部门报告 1 份');
    expect(facts).toHaveTextContent('2024 年 1 份;2023 年 1 份;2022 年 4 份;2020 年 1 份');
    await waitFor(() => expect(facts).toHaveTextContent('第 2 版'));
    expect(facts).toHaveTextContent('tests/fixtures/dataset/population.csv:2 条');
  });
});
