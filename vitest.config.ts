import { defineConfig } from 'vitest/config';

// Unit and integration tests run in plain Node: no Electron, no browser. Two cores: keep forks at 2.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    globalSetup: ['tests/global-build.ts'],
  },
});
