import { defineConfig } from '@playwright/test';
import { env } from './support/env';

/**
 * The end-to-end journeys: Playwright driving Debian's Chromium (never a downloaded browser)
 * against the stack scripts/e2e.sh starts. Run them with `make e2e`; see README.md here.
 */
export default defineConfig({
  testDir: './journeys',
  outputDir: './test-results',
  globalSetup: './support/global-setup.ts',
  // The journeys share one database and one Keycloak; one at a time keeps them independent of timing.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: './report', open: 'never' }]],
  use: {
    baseURL: env.spaUrl,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: env.chromium,
      // As root in a container Chromium needs --no-sandbox; the rest keep it off the (closed) network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
  },
});
