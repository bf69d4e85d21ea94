import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { tempFolderPerTest } from '../../tests/fixtures/temp-folder';
import { type EvalResult, main, runEval } from './eval';

const VALUES = new URL('../../tests/fixtures/eval/values/', import.meta.url);
const work = tempFolderPerTest('fazhi-eval-');
let lines: string[];
const print = (line: string): void => {
  lines.push(line);
};

beforeEach(async () => {
  lines = [];
});

describe('npm run eval', () => {
  it('finds gold files below a folder, scores the texts beside them and prints the totals', async () => {
    await mkdir(path.join(work(), 'a', 'b'), { recursive: true });
    await cp(new URL('hetang-2021.txt', VALUES), path.join(work(), 'a', 'b', 'hetang-2021.txt'));
    await cp(new URL('hetang-2021.gold.json', VALUES), path.join(work(), 'a', 'b', 'hetang-2021.gold.json'));
    const result = await runEval({ dirs: ['a'], cwd: work(), print, minPrecision: 0.99, minRecall: 0.97, minMetadata: 0.95 });
    expect(result.exitCode).toBe(0);
    expect(result.files).toHaveLength(1);
    expect(result.totals.values.labelled).toBe(10);
    expect(lines).toContain('recall       100.0% (10/10 labelled values)');
  });

  it('prints each miss and exits 1 under a threshold', async () => {
    await cp(new URL('hetang-2021.txt', VALUES), path.join(work(), 'r.txt'));
    await writeFile(
      path.join(work(), 'r.gold.json'),
      JSON.stringify({
        goldVersion: 1,
        complete: false,
        values: { 'review.received': { value: 24, sentence: '全年区政府共受理行政复议案件23件（上年为31件），审结21件，直接纠错4件。' } },
      }),
    );
    expect(await main([work(), '--min-recall', '0.97'], print)).toBe(1);
    expect(lines.some((line) => line.startsWith('wrong ') && line.includes('review.received: expected 24'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^under threshold: value recall 0.0% < 97.0%/);
  });

  it('leaves out the gold files under an excluded folder, and only those', async () => {
    for (const folder of ['seen', 'seen-too', path.join('seen', 'unseen')]) {
      await mkdir(path.join(work(), folder), { recursive: true });
      await cp(new URL('hetang-2021.txt', VALUES), path.join(work(), folder, 'hetang-2021.txt'));
      await cp(new URL('hetang-2021.gold.json', VALUES), path.join(work(), folder, 'hetang-2021.gold.json'));
    }
    const goldsOf = (result: EvalResult) => new Set(result.files.map((file) => file.gold));
    expect(goldsOf(await runEval({ dirs: ['.'], cwd: work(), print }))).toEqual(
      new Set([
        path.join('seen', 'hetang-2021.gold.json'),
        path.join('seen', 'unseen', 'hetang-2021.gold.json'),
        path.join('seen-too', 'hetang-2021.gold.json'),
      ]),
    );
    // A sibling whose name starts with the excluded folder's ('seen-too' beside 'seen') stays in.
    expect(goldsOf(await runEval({ dirs: ['.'], cwd: work(), print, exclude: [path.join('seen', 'unseen')] }))).toEqual(
      new Set([path.join('seen', 'hetang-2021.gold.json'), path.join('seen-too', 'hetang-2021.gold.json')]),
    );
    expect(goldsOf(await runEval({ dirs: ['.'], cwd: work(), print, exclude: ['seen'] }))).toEqual(
      new Set([path.join('seen-too', 'hetang-2021.gold.json')]),
    );
  });

  it('says why a gold file cannot be used and exits 2', async () => {
    await writeFile(path.join(work(), 'lonely.gold.json'), JSON.stringify({ goldVersion: 1 }));
    await writeFile(path.join(work(), 'broken.gold.json'), '{');
    await writeFile(path.join(work(), 'broken.txt'), '某县2022年法治政府建设情况报告');
    const result = await runEval({ dirs: ['.', 'missing'], cwd: work(), print });
    expect(result.exitCode).toBe(2);
    expect(result.problems).toEqual([
      expect.stringMatching(/^broken\.gold\.json: is not JSON/),
      expect.stringMatching(/^lonely\.gold\.json: no single text file beside it/),
      'missing: no such folder',
    ]);
  });

  it('reports each labelled set on its own line, then the totals over all', async () => {
    for (const set of ['own', 'real']) {
      await mkdir(path.join(work(), set));
      await cp(new URL('hetang-2021.txt', VALUES), path.join(work(), set, 'r.txt'));
      await cp(new URL('hetang-2021.gold.json', VALUES), path.join(work(), set, 'r.gold.json'));
    }
    await writeFile(
      path.join(work(), 'real', 'r.gold.json'),
      JSON.stringify({
        goldVersion: 1,
        complete: false,
        values: { 'review.received': { value: 24, sentence: '全年区政府共受理行政复议案件23件（上年为31件），审结21件，直接纠错4件。' } },
      }),
    );
    const result = await runEval({ dirs: ['own', 'real'], cwd: work(), print });
    expect(result.sets.map((set) => [set.dir, set.totals.files, set.totals.values.recall])).toEqual([
      ['own', 1, 1],
      ['real', 1, 0],
    ]);
    expect(lines.filter((line) => line.startsWith('set '))).toEqual([
      expect.stringMatching(/^set own: 1 files · .* · recall 100\.0% \(10\/10\)/),
      expect.stringMatching(/^set real: 1 files · .* · recall 0\.0% \(0\/1\)/),
    ]);
    expect(result.totals.values.labelled).toBe(11);
  });

  it('checks labels against their texts without extracting (--check-labels)', async () => {
    await cp(new URL('hetang-2021.txt', VALUES), path.join(work(), 'r.txt'));
    await writeFile(
      path.join(work(), 'r.gold.json'),
      JSON.stringify({ goldVersion: 1, values: { 'review.received': { value: 23, sentence: '不在文中的句子。' } } }),
    );
    expect(await main([work(), '--check-labels'], print)).toBe(2);
    expect(lines).toEqual([
      expect.stringMatching(/^error .*r\.gold\.json: values\.review\.received: its sentence does not occur verbatim/),
      '1 gold files checked, 1 problems',
    ]);
    lines = [];
    await cp(new URL('hetang-2021.gold.json', VALUES), path.join(work(), 'r.gold.json'));
    expect(await main([work(), '--check-labels'], print)).toBe(0);
    expect(lines).toEqual(['1 gold files checked, 0 problems']);
  });

  it('prints JSON with --json and refuses a threshold that is not a ratio', async () => {
    await cp(new URL('hetang-2021.txt', VALUES), path.join(work(), 'r.txt'));
    await cp(new URL('hetang-2021.gold.json', VALUES), path.join(work(), 'r.gold.json'));
    expect(await main([work(), '--json'], print)).toBe(0);
    expect(JSON.parse(lines.join('\n'))).toMatchObject({ totals: { files: 1, values: { recall: 1 } }, problems: [] });
    lines = [];
    expect(await main([work(), '--min-recall', '97'], print)).toBe(2);
    expect(lines.join('\n')).toContain('ratio between 0 and 1');
  });
});
