import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'forks',
    // Two forks even on two cores (vitest's default leaves one core to itself): much of the suite waits on the
    // processes it spawns (kaohe built, chromium, LibreOffice), so two take 2 min where one takes 2 min 45 s.
    maxWorkers: 2,
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
