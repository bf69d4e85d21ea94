/**
 * The JavaScript a built site fetches before the dashboard's first chart, read from the build
 * itself (no browser): the files `index.html` names (the entry scripts and their `modulepreload`
 * links, the first chart's chunk included: vite.config.ts's `preloadFirstChart`) and their gzip
 * bytes, with the static imports of each, so that a test can hold the figure to a budget (issue 21:
 * ≤ 250 kB gzip) and check that the page preloads what the first chart needs and nothing more.
 * The bench (scripts/bench-dashboard-scale.ts) measures the same files in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstChartFile {
  /** Relative to the site's folder: `assets/index-….js`. */
  readonly file: string;
  readonly gzipBytes: number;
  /** The files it imports statically (relative to the site's folder). */
  readonly imports: readonly string[];
}

export interface FirstChartJs {
  /** The entry scripts and the `modulepreload` links, in the page's order. */
  readonly files: readonly FirstChartFile[];
  readonly gzipBytes: number;
  /** The entry scripts' static import closures and the first chart chunk's (`chartChunk`), which the page should list exactly. */
  readonly needed: readonly string[];
}

/** Static imports of a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+(?:\s*,\s*\{[^}]*\})?)\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function staticImports(code: string, file: string): string[] {
  const folder = path.posix.dirname(file);
  return [...new Set([...code.matchAll(STATIC_IMPORT)].map((match) => path.posix.join(folder, match[1] as string)))];
}

const LISTED = /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g;
const SCRIPT = /<script[^>]*\bsrc="\.?\/?([^"]+\.js)"/g;

/**
 * Reads `siteDir` (a `vite build` output). `chartChunk` picks the first chart's chunk among the
 * listed files (its name: `EChartCanvas-….js`).
 */
export function firstChartJs(siteDir: string, chartChunk: (file: string) => boolean): FirstChartJs {
  const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const listed = [...new Set([...html.matchAll(LISTED)].map((match) => match[1] as string))];
  const read = new Map<string, FirstChartFile>();
  const fileOf = (file: string): FirstChartFile => {
    let entry = read.get(file);
    if (!entry) {
      const code = readFileSync(path.join(siteDir, file));
      entry = { file, gzipBytes: gzipSync(code).length, imports: staticImports(code.toString('utf8'), file) };
      read.set(file, entry);
    }
    return entry;
  };
  const files = listed.map(fileOf);
  const needed = new Set<string>();
  const visit = (file: string): void => {
    if (needed.has(file)) return;
    needed.add(file);
    for (const imported of fileOf(file).imports) visit(imported);
  };
  // Every entry script (the boot script, src/boot.ts, and the app's).
  for (const match of html.matchAll(SCRIPT)) visit(match[1] as string);
  for (const file of listed.filter(chartChunk)) visit(file);
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), needed: [...needed] };
}
