import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Component tests load ECharts and pinyin chunks on first use: on a busy two-core machine that
    // alone can take more than vitest's default 5 s. A time limit, not an assertion.
    testTimeout: 20_000,
  },
});
