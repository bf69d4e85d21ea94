import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

// Component tests load ECharts and pinyin chunks on first use: on a busy two-core machine that
// alone can take more than vitest's default 5 s. A time limit, not an assertion.
const testTimeout = 20_000;

/** The tests that need a DOM: components (`*.test.tsx`) and the few modules that drive a page's APIs (`*.dom.test.ts`). */
const DOM_TESTS = ['src/**/*.test.tsx', 'src/**/*.dom.test.ts'];

/**
 * The pure, isomorphic layers' tests (the extractor, the decoders, the small helpers, the golden
 * reports): no mocks, no globals, no module state but idempotent caches, so they may share one
 * module cache per worker instead of importing the extractor (its division tables above all) once
 * per file — most of their run time, measured.
 */
const PURE_TESTS = ['src/extract/**/*.test.ts', 'src/ingest/**/*.test.ts', 'src/lib/**/*.test.ts', 'tests/golden.test.ts'];

/**
 * Projects, so that a test pays only for what it uses: `pure` runs in Node without isolating its
 * files from each other (above); `node` (the data layer, state, the commands, scripts, the other
 * tests/) in Node, each file in a fresh module graph, as they mock modules and globals; `dom` (the
 * components) in jsdom with its set-up (a canvas stand-in, jest-dom's matchers, the ECharts
 * tooltip, Testing Library), which the other two never load. `vitest run --project pure` runs one.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'pure', include: PURE_TESTS, environment: 'node', isolate: false, testTimeout },
      },
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...DOM_TESTS, ...PURE_TESTS],
          environment: 'node',
          testTimeout,
        },
      },
      {
        plugins: [react()],
        test: { name: 'dom', include: DOM_TESTS, environment: 'jsdom', setupFiles: ['tests/setup-dom.ts'], testTimeout },
      },
    ],
  },
});
