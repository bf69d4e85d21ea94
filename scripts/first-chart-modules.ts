/**
 * What each module weighs in the JavaScript before the first chart: reads a build made with
 * source maps (`SOURCEMAP=1 npx vite build --outDir DIR`), takes the files the page fetches before
 * its first chart (scripts/first-chart-js.ts) and gives every byte of their minified code to the
 * source its map names. A module's gzip share is its bytes at its file's compression ratio (gzip
 * works across module boundaries, so a module has no gzip size of its own); a group's (a package,
 * a folder of src/) is also measured as what the files lose in gzip without its bytes.
 *
 *   npx tsx scripts/first-chart-modules.ts DIR [--top N]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { firstChartJs } from './first-chart-js';

export interface ModuleWeight {
  /** The source as its map names it, shortened: `echarts/lib/…`, `src/…`. */
  readonly module: string;
  readonly bytes: number;
  /** Its bytes at its file's gzip ratio. */
  readonly gzipShare: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment's base64 VLQ fields. */
export function decodeVlq(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`not a base64 VLQ digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/**
 * Each character's source in the generated code (its index in the map's `sources`, -1 where no
 * mapping names one): a segment runs to the next one on its line, the last to the line's end and
 * its newline. Columns count UTF-16 units, as the code's string indexes do.
 */
export function sourceOfEachCharacter(code: string, mappings: string): Int32Array {
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  const mapped = mappings.split(';');
  let source = 0;
  let offset = 0;
  lines.forEach((line, index) => {
    let column = 0;
    let start = 0;
    let current = -1;
    for (const segment of (mapped[index] ?? '').split(',').filter(Boolean)) {
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      owner.fill(current, offset + start, offset + column);
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        current = source;
      } else current = -1;
      start = column;
    }
    const end = offset + line.length + (index < lines.length - 1 ? 1 : 0);
    owner.fill(current, offset + start, end);
    offset = end;
  });
  return owner;
}

/** A source path shortened to what names it: the part after node_modules/, or after the repository. */
export function moduleName(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) return source.slice(modules + 'node_modules/'.length);
  const src = source.lastIndexOf('/src/');
  return src >= 0 ? source.slice(src + 1) : source.replace(/^(\.\.\/)+/, '');
}

/** The group a module counts in: its package (`echarts`, `react-dom`, `@tanstack/query-core`) or its folder of src/ (`src/data`). */
export function groupName(module: string): string {
  const parts = module.split('/');
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : 'src';
  if (module.startsWith('@')) return parts.slice(0, 2).join('/');
  return parts[0] ?? module;
}

interface FileWeights {
  readonly file: string;
  readonly code: string;
  readonly gzipBytes: number;
  /** Each character's module (by index into `modules`). */
  readonly owner: Int32Array;
  readonly modules: readonly string[];
}

function weighFile(siteDir: string, file: string): FileWeights {
  const code = readFileSync(path.join(siteDir, file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
  const mapFile = path.join(siteDir, `${file}.map`);
  // A file without a map (the bundler's runtime) counts as one module, named after it.
  if (!existsSync(mapFile))
    return { file, code, gzipBytes: gzipSync(code).length, owner: new Int32Array(code.length), modules: [`(${path.basename(file)})`] };
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const modules = map.sources.map(moduleName);
  const owner = sourceOfEachCharacter(code, map.mappings);
  return { file, code, gzipBytes: gzipSync(code).length, owner, modules };
}

/** The UTF-8 bytes of the characters of `code` that `keep` selects, gzipped. */
function gzipOfKept(weights: FileWeights, keep: (module: string) => boolean): number {
  let kept = '';
  let runStart = -1;
  for (let i = 0; i <= weights.code.length; i++) {
    const index = i < weights.code.length ? (weights.owner[i] as number) : -2;
    const keeping = index !== -2 && keep(index >= 0 ? (weights.modules[index] as string) : '(unmapped)');
    if (keeping && runStart < 0) runStart = i;
    if (!keeping && runStart >= 0) {
      kept += weights.code.slice(runStart, i);
      runStart = -1;
    }
  }
  return gzipSync(kept).length;
}

export interface FirstChartModules {
  readonly gzipBytes: number;
  readonly bytes: number;
  readonly modules: readonly ModuleWeight[];
  /** Per group: its bytes, gzip share, and what the files lose in gzip without it. */
  readonly groups: readonly (ModuleWeight & { readonly gzipWithout: number })[];
}

export function firstChartModules(siteDir: string): FirstChartModules {
  const js = firstChartJs(siteDir, (file) => /\/EChartCanvas-[\w-]+\.js$/.test(file));
  const files = js.files.map((file) => weighFile(siteDir, file.file));
  const modules = new Map<string, { bytes: number; gzipShare: number }>();
  for (const file of files) {
    const bytes = Buffer.byteLength(file.code);
    const ratio = file.gzipBytes / bytes;
    const perModule = new Map<string, number>();
    for (let i = 0; i < file.code.length; i++) {
      const index = file.owner[i] as number;
      const name = index >= 0 ? (file.modules[index] as string) : '(unmapped)';
      const code = file.code.charCodeAt(i);
      const utf8 = code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 4 : code >= 0xdc00 && code < 0xe000 ? 0 : 3;
      perModule.set(name, (perModule.get(name) ?? 0) + utf8);
    }
    for (const [name, n] of perModule) {
      const entry = modules.get(name) ?? { bytes: 0, gzipShare: 0 };
      entry.bytes += n;
      entry.gzipShare += n * ratio;
      modules.set(name, entry);
    }
  }
  const weights = [...modules].map(([module, entry]) => ({ module, ...entry })).sort((a, b) => b.gzipShare - a.gzipShare);
  const groupTotals = new Map<string, { bytes: number; gzipShare: number }>();
  for (const entry of weights) {
    const group = groupName(entry.module);
    const total = groupTotals.get(group) ?? { bytes: 0, gzipShare: 0 };
    total.bytes += entry.bytes;
    total.gzipShare += entry.gzipShare;
    groupTotals.set(group, total);
  }
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  const groups = [...groupTotals]
    .map(([module, total]) => ({
      module,
      ...total,
      gzipWithout: gzipBytes - files.reduce((sum, file) => sum + gzipOfKept(file, (name) => groupName(name) !== module), 0),
    }))
    .sort((a, b) => b.gzipShare - a.gzipShare);
  return { gzipBytes, bytes: weights.reduce((sum, entry) => sum + entry.bytes, 0), modules: weights, groups };
}

function main(argv: readonly string[]): void {
  const [siteDir] = argv;
  if (!siteDir || siteDir === '--help') {
    console.log('usage: npx tsx scripts/first-chart-modules.ts SITE_DIR [--top N]   (a build made with SOURCEMAP=1)');
    return;
  }
  const topAt = argv.indexOf('--top');
  const top = topAt >= 0 ? Number(argv[topAt + 1]) : 20;
  const result = firstChartModules(siteDir);
  const kB = (n: number) => (n / 1024).toFixed(1).padStart(7);
  console.log(`JS before the first chart: ${kB(result.gzipBytes)} kB gzip, ${kB(result.bytes)} kB minified\n`);
  console.log('   gzip kB  min kB  without  group');
  for (const group of result.groups) console.log(`  ${kB(group.gzipShare)} ${kB(group.bytes)} ${kB(group.gzipWithout)}  ${group.module}`);
  console.log(`\n   gzip kB  min kB  module (top ${top})`);
  for (const entry of result.modules.slice(0, top)) console.log(`  ${kB(entry.gzipShare)} ${kB(entry.bytes)}  ${entry.module}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
