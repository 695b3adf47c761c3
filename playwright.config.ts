import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium-args';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  // Each test has its own server and data folder (tests/e2e/fixtures.ts), so two files run side by side:
  // one per core. Timings are printed, never asserted, so sharing the cores cannot fail a test.
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/reports/playwright.json' }]],
  outputDir: '.tmp/playwright',
  use: {
    browserName: 'chromium',
    viewport: { width: 1360, height: 880 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
});
