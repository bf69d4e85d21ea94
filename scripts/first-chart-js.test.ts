import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { firstChartJs, staticImports } from './first-chart-js';

describe('staticImports', () => {
  it('reads the static imports of a built chunk, not its dynamic ones nor the preload list', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-A.js"])))=>i.map(i=>d[i]);' +
      'import{a as b,c}from"./shared-B.js";import"./styles-C.js";import*as d from"./ns-D.js";import e from"./default-E.js";' +
      'const f=()=>import("./lazy-A.js");';
    expect(staticImports(code, 'assets/index-X.js')).toEqual([
      'assets/shared-B.js',
      'assets/styles-C.js',
      'assets/ns-D.js',
      'assets/default-E.js',
    ]);
  });
});

describe('firstChartJs', () => {
  let site: string;
  const files: Record<string, string> = {
    'assets/index-1.js': 'import{a}from"./shared-2.js";const c=()=>import("./EChartCanvas-3.js");',
    'assets/shared-2.js': 'export const a=1;',
    'assets/EChartCanvas-3.js': 'import{e}from"./echarts-4.js";import{a}from"./shared-2.js";',
    'assets/echarts-4.js': 'export const e="echarts, the bulk of it";',
    'assets/other-5.js': 'export const o=5;',
    'assets/boot-7.js': 'import{b}from"./boot-shared-8.js";',
    'assets/boot-shared-8.js': 'export const b=8;',
  };
  const page = (links: readonly string[]) =>
    `<!doctype html><html><head><script type="module" crossorigin src="./assets/index-1.js"></script>` +
    links.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`).join('') +
    `<link rel="stylesheet" href="./assets/index-6.css"></head></html>`;
  const isChart = (file: string) => file.includes('/EChartCanvas-');

  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'first-chart-js-'));
    await mkdir(path.join(site, 'assets'));
    for (const [file, code] of Object.entries(files)) await writeFile(path.join(site, file), code);
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('sums the gzip bytes of the files the page lists, and names those the first chart needs', async () => {
    const listed = ['assets/shared-2.js', 'assets/EChartCanvas-3.js', 'assets/echarts-4.js'];
    await writeFile(path.join(site, 'index.html'), page(listed));
    const js = firstChartJs(site, isChart);
    expect(js.files.map((file) => file.file)).toEqual(['assets/index-1.js', ...listed]);
    const expected = ['assets/index-1.js', ...listed].reduce((sum, file) => sum + gzipSync(files[file] as string).length, 0);
    expect(js.gzipBytes).toBe(expected);
    expect([...js.needed].sort()).toEqual(['assets/index-1.js', ...listed].sort());
  });

  it('shows a page that preloads more than the first chart needs, or less', async () => {
    await writeFile(path.join(site, 'index.html'), page(['assets/shared-2.js', 'assets/EChartCanvas-3.js', 'assets/other-5.js']));
    const js = firstChartJs(site, isChart);
    const listed = js.files.map((file) => file.file);
    expect(listed.filter((file) => !js.needed.includes(file))).toEqual(['assets/other-5.js']);
    expect(js.needed.filter((file) => !listed.includes(file))).toEqual(['assets/echarts-4.js']);
  });

  it('counts every entry script of the page, the boot script before the app, and what each imports', async () => {
    const listed = ['assets/shared-2.js', 'assets/EChartCanvas-3.js', 'assets/echarts-4.js'];
    const html = page(listed).replace(
      '<script type="module"',
      '<script type="module" crossorigin src="./assets/boot-7.js"></script><script type="module"',
    );
    await writeFile(path.join(site, 'index.html'), html);
    const js = firstChartJs(site, isChart);
    expect(js.files.map((file) => file.file)).toEqual(['assets/boot-7.js', 'assets/index-1.js', ...listed]);
    // The boot script's import is needed and not listed: the page would find it late.
    expect(js.needed.filter((file) => !js.files.some((listedFile) => listedFile.file === file))).toEqual(['assets/boot-shared-8.js']);
  });
});
