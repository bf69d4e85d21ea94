import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in real Chromium (Debian's /usr/bin/chromium; never `playwright install`)
 * against the REAL extracted data in public/data: the web server builds the site and serves it
 * with `vite preview` on a fixed port. Run `npm run extract` first (global setup checks).
 */
// Not vite's default preview port (4173), so that a running `npm run preview` does not collide.
const PORT = Number(process.env.E2E_PORT ?? 4179);
// Its own build folder too (E2E_OUT_DIR), so that two runs side by side never serve each other's half-written build.
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const vite = 'node node_modules/vite/bin/vite.js';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // Its own results folder too (E2E_RESULTS), so that two runs side by side never delete each other's artifacts.
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  // Two cores: one worker keeps timings stable.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: `${vite} build --logLevel warn --outDir ${OUT_DIR} --emptyOutDir && ${vite} preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
