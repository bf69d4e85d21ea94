import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The dashboard is a static site: `vite build` writes `dist/` with `public/data` copied in. A
 * relative base lets it be served from any folder; data is fetched relative to the page.
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  // 'mpa': a missing data file is a 404, not the SPA's index.html (which would read as corrupt).
  appType: 'mpa',
  build: {
    target: 'es2022',
    sourcemap: true,
    // The lazily loaded ECharts chunk (core + bar + line + canvas) is ~550 kB minified, 185 kB
    // gzip, and cannot shrink further; anything beyond this limit is a regression.
    chunkSizeWarningLimit: 600,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
