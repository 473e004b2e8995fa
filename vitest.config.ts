import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not apply wxt.config's vite plugins.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A limit, not a measure: tests that compile the whole dataset's matcher take 2-5 s alone, and CI runs
    // them on 2 cores beside other work. Timing goals live in `npm run bench`.
    testTimeout: 60_000,
  },
});
