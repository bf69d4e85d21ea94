import { createReadStream, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { checksSource, GENERATED_CHECKS } from './src/data/schema/checks-source';

/**
 * A Vite plugin that serves and emits pdf.js's character maps and standard fonts under `pdfjs/`:
 * the browser's PDF reader needs `cMapUrl` for Chinese PDFs whose fonts use predefined CMaps
 * (UniGB-UCS2-H…), or their text comes out empty. They are copied from `node_modules/pdfjs-dist`
 * at build time (about 2.5 MB, fetched only for such PDFs), never committed.
 */
const FOLDERS = ['cmaps', 'standard_fonts'] as const;
const URL_PREFIX = 'pdfjs';

function pdfjsRoot(): string {
  return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

function pdfjsAssets(): Plugin {
  const root = pdfjsRoot();
  return {
    name: 'fazhi-pdfjs-assets',
    configureServer(server) {
      // Dev server: answer /pdfjs/<folder>/<file> from node_modules.
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const match = new RegExp(`/${URL_PREFIX}/(${FOLDERS.join('|')})/([A-Za-z0-9_.-]+)$`).exec(url);
        if (!match) return next();
        const file = path.join(root, match[1] as string, match[2] as string);
        try {
          if (!statSync(file).isFile()) return next();
        } catch {
          return next();
        }
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const folder of FOLDERS) {
        for (const name of readdirSync(path.join(root, folder))) {
          const file = path.join(root, folder, name);
          if (!statSync(file).isFile()) continue;
          this.emitFile({ type: 'asset', fileName: `${URL_PREFIX}/${folder}/${name}`, source: readFileSync(file) });
        }
      }
    },
  };
}

/**
 * The Content-Security-Policy the built site ships (as a meta tag, so that it holds on any static
 * host): scripts, styles, data and workers from the site itself only — no inline script, no eval,
 * no other origin. `data:`/`blob:` images are the chart exports (PNG preview, downloads). The dev
 * server is left without it: Vite's hot reload injects an inline script there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fazhi-content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ];
    },
  };
}

/**
 * `public/` is copied into the build as it is; the extract command's working folders beside
 * `public/data` (`.data.staging-*`, `.data.previous-*`, `.data.lock`, left only by a run killed or
 * still running) are not data and must never be published.
 */
function dropExtractLeftovers(): Plugin {
  let outDir = 'dist';
  return {
    name: 'fazhi-drop-extract-leftovers',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const name of readdirSync(outDir)) {
        if (/^\..+\.(staging-|previous-|lock$)/.test(name)) rmSync(path.join(outDir, name), { recursive: true, force: true });
      }
    },
  };
}

/**
 * The first chart's code (src/ui/charts/EChartCanvas.tsx and the ECharts chunk it imports) is a lazy
 * chunk, so that no other view waits for it; but the landing view draws it at once, so the built
 * page asks for it beside the entry (`modulepreload`: fetched and compiled, run only when
 * imported), not after the entry has run.
 */
function preloadFirstChart(): Plugin {
  return {
    name: 'fazhi-preload-first-chart',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const canvas = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/ui/charts/EChartCanvas.tsx'));
        if (!canvas) throw new Error('no chunk of src/ui/charts/EChartCanvas.tsx to preload');
        // The chunk and everything it imports statically, however deep (a chunk its chunk imports too).
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = new Set<string>();
        const visit = (file: string): void => {
          if (closure.has(file)) return;
          closure.add(file);
          for (const imported of byName.get(file)?.imports ?? []) visit(imported);
        };
        visit(canvas.fileName);
        const files = [...closure].filter((file) => !html.includes(`/${file}"`));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

/**
 * src/boot.ts, the page's first requests, is an entry of its own, and its script comes before the
 * app's in index.html: module scripts run in the order they are written, each once its imports
 * have arrived, so the small boot script runs (and asks for the first view's data) while the app's
 * code is still arriving. Vite would bundle a second script written in index.html into the app's
 * entry, so it is an input of the build and its tag is written here.
 */
const BOOT_ENTRY = 'src/boot.ts';

function bootFirst(): Plugin {
  return {
    name: 'fazhi-boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId?.endsWith(`/${BOOT_ENTRY}`),
        );
        if (!boot) throw new Error(`no chunk of ${BOOT_ENTRY}`);
        const entryScript = /<script type="module"[^>]*><\/script>/.exec(html);
        if (!entryScript) throw new Error('index.html has no entry script to put the boot script before');
        const tag = `<script type="module" crossorigin src="./${boot.fileName}"></script>`;
        return html.replace(entryScript[0], `${tag}\n    ${entryScript[0]}`);
      },
    },
  };
}

/**
 * ECharts' axis pointer (the tooltip's, src/ui/charts/echarts-later.ts, loaded after the first
 * paint) makes its shape by name, `new graphic[pointerOption.type](…)`: a lookup into the whole
 * `util/graphic` namespace, which makes the bundler keep that namespace object and everything it
 * names — shapes, clipping and path helpers no chart of this site draws — and, the module being
 * the first chart's, keep them in the first chart's chunk (2.2 kB gzip). The names it is given are
 * the four its own pointers write (Line and Rect on a cartesian or single axis; Line, Circle and
 * Sector on a polar one: echarts/lib/component/axisPointer/*AxisPointer.js), so the lookup is made
 * into those four. The build fails if the line is not found (a new ECharts to look at again).
 */
const AXIS_POINTER_MODULE = /[\\/]echarts[\\/]lib[\\/]component[\\/]axisPointer[\\/]BaseAxisPointer\.js$/;
const AXIS_POINTER_LOOKUP = 'new graphic[pointerOption.type](';

function axisPointerShapesByName(): Plugin {
  return {
    name: 'fazhi-axis-pointer-shapes',
    transform(code, id) {
      if (!AXIS_POINTER_MODULE.test(id)) return null;
      if (!code.includes(AXIS_POINTER_LOOKUP)) throw new Error(`${id} no longer makes its pointer by \`${AXIS_POINTER_LOOKUP}…\``);
      const shapes = '{ Line: graphic.Line, Rect: graphic.Rect, Circle: graphic.Circle, Sector: graphic.Sector }';
      return { code: code.replace(AXIS_POINTER_LOOKUP, `new (${shapes})[pointerOption.type](`), map: null };
    },
  };
}

/**
 * The app's modules that the page runs before its first chart — everything the entry imports
 * statically, however deep, except the boot script's own (src/boot.ts, which must run before the
 * app's code has arrived) — in one chunk. Left to itself the bundler spreads them over a dozen
 * shared chunks (a module the entry and a lazy view both import goes into a chunk of its own): each
 * a gzip stream of its own, with its imports and exports written out between them, ~3.5 kB gzip
 * more than the same code in one file. The lazy chunks import from this one as they imported from
 * those: they load after it. The sets are read from the module graph once it is built, before the
 * chunks are made.
 */
function firstViewChunk(): { plugin: Plugin; holds: (id: string) => boolean } {
  const firstView = new Set<string>();
  const plugin: Plugin = {
    name: 'fazhi-first-view-chunk',
    apply: 'build',
    buildEnd() {
      const staticClosure = (roots: readonly string[]): Set<string> => {
        const closure = new Set<string>();
        const visit = (id: string): void => {
          if (closure.has(id)) return;
          closure.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        roots.forEach(visit);
        return closure;
      };
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const isBoot = (id: string) => id.endsWith(`/${BOOT_ENTRY}`);
      const boot = staticClosure(entries.filter(isBoot));
      const app = staticClosure(entries.filter((id) => !isBoot(id)));
      if (boot.size === 0 || app.size === 0) throw new Error('no boot entry or no app entry to group the first view by');
      firstView.clear();
      for (const id of app) if (!boot.has(id)) firstView.add(id);
    },
  };
  return { plugin, holds: (id) => firstView.has(id) };
}

const FIRST_VIEW = firstViewChunk();

/**
 * The page checks its data files without zod (src/data/read-checked.ts) with checks generated from
 * the zod schemas: src/data/schema/checks.generated.ts and checks-later.generated.ts, written here before every build and dev
 * server from the schemas as they are (a schema the generator cannot describe fails the build), so
 * that a changed schema never ships with the checks of the old one. It is also committed (the
 * command line, the tests and the type check read it; a test holds it to the schemas).
 */
function generatedSchemaChecks(): Plugin {
  return {
    name: 'fazhi-generated-schema-checks',
    buildStart() {
      for (const part of ['first', 'later'] as const) {
        const file = path.resolve(GENERATED_CHECKS[part].path);
        const source = checksSource(part);
        if (readFileSync(file, 'utf8') === source) continue;
        writeFileSync(file, source);
        this.warn(`${GENERATED_CHECKS[part].path} was out of date with the zod schemas: written again (commit it)`);
      }
    },
  };
}

/**
 * The dashboard is a static site: `vite build` writes `dist/` with `public/data` copied in. A
 * relative base lets it be served from any folder; data is fetched relative to the page.
 */
export default defineConfig({
  base: './',
  plugins: [
    generatedSchemaChecks(),
    react(),
    pdfjsAssets(),
    contentSecurityPolicy(),
    dropExtractLeftovers(),
    preloadFirstChart(),
    bootFirst(),
    FIRST_VIEW.plugin,
    axisPointerShapesByName(),
  ],
  // The extraction worker (src/features/local) loads mammoth and pdf.js on demand: code-splitting
  // in a worker needs ES module output (the default 'iife' cannot split).
  worker: { format: 'es' },
  // 'mpa': a missing data file is a 404, not the SPA's index.html (which would read as corrupt).
  appType: 'mpa',
  build: {
    target: 'es2022',
    // Source maps publish the sources next to the site; only on request (SOURCEMAP=1 npm run build).
    sourcemap: process.env.SOURCEMAP === '1',
    rollupOptions: {
      input: { index: 'index.html', boot: BOOT_ENTRY },
      output: {
        codeSplitting: {
          // React, react-query and zustand, which the page runs before anything else, in one file
          // rather than spread over the shared chunks of the modules that import them: one gzip
          // stream and fewer exports between chunks (−2.3 kB gzip before the first chart). ECharts
          // is not grouped: its lazy chunks (line, tooltip, exports) would be drawn into the first one.
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|zustand)[\\/]/, priority: 2 },
            // The rest of what runs before the first chart (firstViewChunk): its own modules only, not
            // what they import from the boot script's chunk or the vendor one.
            { name: 'first-view', test: FIRST_VIEW.holds, priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
    // The lazily loaded ECharts chunk of the first chart (core + bar + the simple grid + canvas) is
    // ~460 kB minified, 152 kB gzip; the line series, and the median lines and tooltip (with the axis
    // pointer) load in chunks of their own (src/ui/charts/echarts-setup.ts). Anything beyond this
    // limit is a regression; tests/e2e/first-chart-js.spec.ts holds all the JS before the first chart.
    chunkSizeWarningLimit: 600,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
