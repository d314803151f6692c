import { test as base, expect } from '@playwright/test';
import { Seed, uniqueTag } from './api';
import { Journey } from './journey';

export { expect } from '@playwright/test';
export { users } from './env';
export { PHONE } from './journey';

interface JourneyFixtures {
  /** Sign in/out, check pages (axe + screenshot), requests from the signed-in session. */
  journey: Journey;
  /** Seeding and checking through the API (as admin unless said otherwise). */
  seed: Seed;
  /** A tag unique to this test, for names, slugs and codes. */
  tag: string;
}

/**
 * The `test` every journey uses. Besides the fixtures above it fails a journey when the page
 * throws an uncaught error, or when it visited an SPA page it never checked with
 * `journey.checkPage` — so every page visited gets its accessibility check and screenshot.
 */
export const test = base.extend<JourneyFixtures>({
  journey: async ({ page }, use, testInfo) => {
    const journey = new Journey(page, testInfo);
    await use(journey);
    await journey.close();

    const consoleErrors = journey.consoleErrors();
    if (consoleErrors.length > 0) {
      await testInfo.attach('console-errors.txt', { body: consoleErrors.join('\n'), contentType: 'text/plain' });
    }
    if (testInfo.status === testInfo.expectedStatus) {
      expect(journey.pageErrors(), 'uncaught errors in the page').toEqual([]);
      expect(journey.unchecked(), 'SPA pages visited without journey.checkPage (axe + screenshot)').toEqual([]);
    }
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
  seed: async ({}, use) => {
    await use(new Seed());
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  tag: async ({}, use) => {
    await use(uniqueTag());
  },
});
