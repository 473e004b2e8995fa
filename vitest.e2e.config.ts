import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension (.output/chrome-mv3) loaded.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: CI machines have two cores.
    fileParallelism: false,
  },
});
