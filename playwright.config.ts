/**
 * Playwright runs the e2e specs against the real renderer: in Debian's Chromium over `gwdraft serve`
 * (default), or under Electron when GWDRAFT_ELECTRON names a binary. Run through `npm run test:e2e`
 * (scripts/run-e2e.mjs), which builds the renderer and checks the browser first.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The machine has two cores shared with everything else: one spec at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // Separate folders let several runs share a checkout without deleting each other's artifacts.
  outputDir: process.env.GWDRAFT_E2E_OUTPUT ?? 'test-results',
  use: {
    // Playwright's own `browser`/`page` fixtures, if a spec uses them, get Debian's Chromium too:
    // `npx playwright install` cannot download a browser here.
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.GWDRAFT_CHROMIUM ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
