import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { freshIndexedDbPerTest } from '../../../tests/fixtures/indexed-db';
import { fixtureText, furongAsYear } from '../../../tests/fixtures/local/files';
import { useDataset } from '../../data/get-dataset';
import { listLocalReports } from '../../data/local-store';
import { UNFILTERED_SCOPE } from '../../data/shard-selection';
import { uiStore } from '../../state/ui-store';
import { AddReportView } from './AddReportView';
import { checkFinal, type ExtractClient, type ExtractOutcome } from './extract-client';
import { handleExtractRequest } from './extract-handler';
import { jobsStore } from './local-jobs';
import { LocalDropTarget } from './LocalDropTarget';

const furong2024 = furongAsYear(2024);

/** The worker's handler run in-process: what the Worker would answer, checked the same way. */
function inProcessClient(): ExtractClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async extract(name, bytes, { force, onProgress }) {
      calls.push(`${name}${force ? ' (force)' : ''}`);
      const final = await handleExtractRequest(
        { type: 'extract', id: 1, name, bytes, force, pdfAssetsUrl: '' },
        onProgress ? { onProgress } : {},
      );
      return checkFinal(final);
    },
    terminate() {},
  };
}

/** The merged index as every view sees it: the report ids, local ones marked. */
function MergedReports() {
  const dataset = useDataset(UNFILTERED_SCOPE);
  return (
    <ul data-testid="merged">
      {dataset.data?.index.reports.map((report) => (
        <li key={report.id}>
          {report.id}
          {report.local ? ' local' : ''}
        </li>
      ))}
    </ul>
  );
}

function renderPanel(client = inProcessClient()) {
  const rendered = renderWithData(
    <>
      <LocalDropTarget />
      <AddReportView client={client} />
      <MergedReports />
    </>,
  );
  return { ...rendered, client };
}

const textFile = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

freshIndexedDbPerTest();
beforeEach(() => {
  jobsStore.setState({ jobs: [] });
});

/**
 * The in-process client, held at the gate until the test opens it, and stopping a file when its
 * signal fires as the real client does (it terminates the worker).
 */
function gatedClient(): ExtractClient & { calls: string[]; open: () => void } {
  const inner = inProcessClient();
  const calls: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return {
    calls,
    open,
    extract(name, bytes, options) {
      calls.push(name);
      const cancelled = new Promise<ExtractOutcome>((resolve) =>
        options.signal?.addEventListener('abort', () => resolve({ kind: 'error', code: 'cancelled', message: 'cancelled' }), {
          once: true,
        }),
      );
      return Promise.race([cancelled, gate.then(() => inner.extract(name, bytes, options))]);
    },
    terminate() {},
  };
}

describe('AddReportView (添加报告)', () => {
  it('cancels a file being read and a file waiting for its turn: neither is kept, the one waiting is never read', async () => {
    const user = userEvent.setup();
    const client = gatedClient();
    renderPanel(client);
    await user.upload(screen.getByTestId('local-file-input'), [textFile(furong2024, 'first.txt'), textFile(furong2024, 'second.txt')]);
    await user.click(await screen.findByRole('button', { name: '取消读取“second.txt”' }));
    await user.click(screen.getByRole('button', { name: '取消读取“first.txt”' }));
    expect(await screen.findByText('无法添加“first.txt”:已取消')).toBeInTheDocument();
    expect(await screen.findByText('无法添加“second.txt”:已取消')).toBeInTheDocument();
    // The first file's extraction, let go now, reports progress to a line that is closed.
    client.open();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByText('无法添加“first.txt”:已取消')).toBeInTheDocument();
    expect(client.calls).toEqual(['first.txt']);
    expect((await listLocalReports()).records).toEqual([]);
    expect(screen.queryByRole('button', { name: /^取消读取/ })).toBeNull();
  });

  it('says which files wait for their turn, and where they stand, while one is read; a waiting file cancels at once', async () => {
    const user = userEvent.setup();
    const client = gatedClient();
    renderPanel(client);
    await user.upload(screen.getByTestId('local-file-input'), [
      textFile(furong2024, 'a.txt'),
      textFile(furongAsYear(2023), 'b.txt'),
      textFile(furongAsYear(2022), 'c.txt'),
    ]);
    const jobs = screen.getByTestId('local-jobs');
    expect(await within(jobs).findByText(/正在读取“a.txt”/)).toBeInTheDocument();
    const waiting = within(jobs).getAllByTestId('local-job-waiting');
    expect(waiting.map((line) => line.textContent)).toEqual([
      expect.stringContaining('等待中:“c.txt”(排第 2 位)'),
      expect.stringContaining('等待中:“b.txt”(排第 1 位)'),
    ]);
    expect(within(jobs).queryByText(/正在读取“[bc].txt”/)).toBeNull();
    // Cancelled while waiting: said at once, not when its turn would have come; the others move up.
    await user.click(screen.getByRole('button', { name: '取消读取“b.txt”' }));
    expect(await within(jobs).findByText('无法添加“b.txt”:已取消')).toBeInTheDocument();
    expect(within(jobs).getByTestId('local-job-waiting')).toHaveTextContent('等待中:“c.txt”(排第 1 位)');
    expect(client.calls).toEqual(['a.txt']);
    client.open();
    expect(await within(jobs).findByText(/已添加“c.txt”:芙蓉区 2022/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(jobs).getByText(/已添加“a.txt”:芙蓉区 2024/)).toBeInTheDocument();
    expect(within(jobs).getByText('无法添加“b.txt”:已取消')).toBeInTheDocument();
    expect(within(jobs).queryByTestId('local-job-waiting')).toBeNull();
    expect(client.calls).toEqual(['a.txt', 'c.txt']);
    expect((await listLocalReports()).records.map((r) => r.id).sort()).toEqual(['local-430102-2022', 'local-430102-2024']);
  });

  it('speaks English too: Waiting, with the place in line', async () => {
    const user = userEvent.setup();
    const client = gatedClient();
    renderWithData(<AddReportView client={client} />, { ui: { lang: 'en' } });
    await user.upload(screen.getByTestId('local-file-input'), [textFile(furong2024, 'a.txt'), textFile(furong2024, 'b.txt')]);
    expect(await screen.findByTestId('local-job-waiting')).toHaveTextContent('Waiting: “b.txt” (number 1 in line)');
    await user.click(screen.getByRole('button', { name: 'Cancel reading “b.txt”' }));
    expect(await screen.findByText('Could not add “b.txt”: cancelled')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel reading “a.txt”' }));
    client.open();
    await waitFor(() => expect(screen.queryByTestId('local-job-waiting')).toBeNull());
  });

  it('adds a picked file: extracted, kept in IndexedDB, merged into the index, listed with 本地', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(screen.getByRole('button', { name: '选择文件…' })).toBeVisible();
    await user.upload(screen.getByTestId('local-file-input'), textFile(furong2024, 'furong-2024.txt'));
    expect(await screen.findByText(/已添加“furong-2024.txt”:芙蓉区 2024,\d+ 个数值。/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('merged')).toHaveTextContent('local-430102-2024 local'));
    const item = within(screen.getByTestId('local-report-list')).getByText('芙蓉区 2024').closest('li') as HTMLElement;
    expect(within(item).getByTestId('local-badge')).toHaveTextContent('本地');
    expect((await listLocalReports()).records.map((r) => r.id)).toEqual(['local-430102-2024']);
  });

  it('opens a local report in the reader, and removes it from the store and every view', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.upload(screen.getByTestId('local-file-input'), textFile(furong2024, 'furong-2024.txt'));
    const list = screen.getByTestId('local-report-list');
    await user.click(await within(list).findByRole('button', { name: '阅读报告' }));
    expect(uiStore.getState()).toMatchObject({ view: 'report', report: 'local-430102-2024' });
    await user.click(within(list).getByRole('button', { name: '删除本地报告“芙蓉区 2024”' }));
    await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(0));
    expect(screen.getByTestId('merged')).not.toHaveTextContent('local-');
    expect((await listLocalReports()).records).toEqual([]);
  });

  it('asks before adding a text that is not a report, and adds it when told to', async () => {
    const user = userEvent.setup();
    const { client } = renderPanel();
    await user.upload(screen.getByTestId('local-file-input'), textFile(fixtureText('tests/fixtures/ingest/news-article.txt'), 'news.txt'));
    // The refusal's reason, translated: what the text was taken for.
    expect(await screen.findByText('“news.txt”看起来不是法治政府建设年度报告(它是一则新闻报道,不是年度报告)。')).toBeInTheDocument();
    expect((await listLocalReports()).records).toEqual([]);
    await user.click(screen.getByRole('button', { name: '仍然添加' }));
    expect(await screen.findByText(/已添加“news.txt”/)).toBeInTheDocument();
    expect(client.calls).toEqual(['news.txt', 'news.txt (force)']);
  });

  it('names the file and the reason when it cannot be read, and refuses a huge file unread', async () => {
    const user = userEvent.setup();
    const { client } = renderPanel();
    await user.upload(screen.getByTestId('local-file-input'), new File([], 'empty.txt'));
    // The reason in the interface's language (no English detail in the Chinese interface).
    expect(await screen.findByText('无法添加“empty.txt”:文件为空')).toBeInTheDocument();
    const huge = new File(['x'], 'huge.pdf');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('must not be read')) });
    await user.upload(screen.getByTestId('local-file-input'), huge);
    expect(await screen.findByText('无法添加“huge.pdf”:文件太大(超过 20 MB 的文件不读取)')).toBeInTheDocument();
    expect(client.calls).toEqual(['empty.txt']);
  });

  it('adds pasted text', async () => {
    const user = userEvent.setup();
    renderPanel();
    const area = screen.getByLabelText('或粘贴报告全文');
    await user.click(area);
    await user.paste(furong2024);
    await user.click(screen.getByRole('button', { name: '添加粘贴的文本' }));
    expect(await screen.findByText(/已添加“粘贴的文本 .*\.txt”:芙蓉区 2024/)).toBeInTheDocument();
    expect(area).toHaveValue('');
  });

  it('takes a file dropped anywhere on the page, and opens its own view', async () => {
    renderPanel();
    uiStore.getState().setView('compare');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [textFile(furong2024, 'dropped.txt')] } });
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(uiStore.getState().view).toBe('add');
    expect(await screen.findByText(/已添加“dropped.txt”/)).toBeInTheDocument();
  });

  it('does not let messages pile up: a new batch clears the last one’s finished lines', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.upload(screen.getByTestId('local-file-input'), new File([], 'first.txt'));
    expect(await screen.findByText(/无法添加“first.txt”/)).toBeInTheDocument();
    await user.upload(screen.getByTestId('local-file-input'), new File([], 'second.txt'));
    expect(await screen.findByText(/无法添加“second.txt”/)).toBeInTheDocument();
    expect(screen.queryByText(/无法添加“first.txt”/)).toBeNull();
    expect(within(screen.getByTestId('local-jobs')).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '清除已完成的消息' }));
    expect(within(screen.getByTestId('local-jobs')).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('says why a file is refused in the interface’s language', async () => {
    const user = userEvent.setup();
    const client = inProcessClient();
    renderWithData(<AddReportView client={client} />, { ui: { lang: 'en' } });
    await user.upload(screen.getByTestId('local-file-input'), textFile('天气晴朗。'.repeat(100), 'weather.txt'));
    expect(
      await screen.findByText(
        '“weather.txt” does not look like an annual rule-of-law report (it never mentions 法治政府建设 or 依法行政).',
      ),
    ).toBeInTheDocument();
    await user.upload(screen.getByTestId('local-file-input'), new File([], 'empty.txt'));
    expect(await screen.findByText('Could not add “empty.txt”: the file is empty')).toBeInTheDocument();
  });
});
