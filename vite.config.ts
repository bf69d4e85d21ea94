import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The dashboard is a static site: `vite build` writes `dist/` with `public/data` copied in. A
 * relative base lets it be served from any folder; data is fetched relative to the page.
 * `FAZHI_PUBLIC_DIR` points at another data folder (e.g. the test fixture) without copying.
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  publicDir: process.env.FAZHI_PUBLIC_DIR ?? 'public',
  // 'mpa': a missing data file is a 404, not the SPA's index.html (which would read as corrupt).
  appType: 'mpa',
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
