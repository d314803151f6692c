import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page, type TestInfo } from '@playwright/test';
import { env, type DemoUser } from './env';

/** Where each journey's screenshots go: e2e/screenshots/<spec file>/<nn>-<name>.png (git-ignored). */
export const SCREENSHOT_DIR = path.join(import.meta.dirname, '..', 'screenshots');

/** WCAG 2.0–2.2 A and AA rules; a journey fails on any serious or critical violation. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Screenshot folders already emptied by this run: each journey's folder holds its latest run only. */
const cleared = new Set<string>();

/** SPA paths that only pass through (no page of their own to check). */
const PASS_THROUGH = [/^\/auth\/callback$/];

/** A phone-sized browser: what a resident who scans a poster's QR code has in their hand. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** What every browser of a journey shares: the screenshot sequence, the pages visited and checked, errors. */
interface JourneyRecord {
  shot: number;
  readonly visited: Set<string>;
  readonly checked: Set<string>;
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  /** Browser contexts opened for other people in the journey, closed when it ends. */
  readonly contexts: BrowserContext[];
}

/**
 * What a journey does in the browser besides clicking: sign in and out through the real
 * Keycloak, and `checkPage` — wait until the page has settled, run axe-core on it and take a
 * screenshot. Every SPA page a journey visits must be checked; the fixture fails the test
 * otherwise (see fixtures.ts).
 */
export class Journey {
  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo,
    private readonly record: JourneyRecord = { shot: 0, visited: new Set(), checked: new Set(), pageErrors: [], consoleErrors: [], contexts: [] },
  ) {
    if (!cleared.has(this.folder)) {
      cleared.add(this.folder);
      rmSync(this.folder, { recursive: true, force: true });
    }
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = new URL(frame.url());
      if (url.origin !== new URL(env.spaUrl).origin) return;
      if (!PASS_THROUGH.some((pattern) => pattern.test(url.pathname))) this.record.visited.add(url.pathname);
    });
    page.on('pageerror', (error) => this.record.pageErrors.push(error.stack ?? error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.record.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
  }

  /**
   * Someone else in the same journey, in a browser of their own — signed out, e.g. a resident on
   * a phone (`PHONE`). Their pages are checked and photographed in this journey's folder and
   * sequence, and count for the fixture's checks; the browser closes when the journey ends.
   */
  async otherPerson(browser: Browser, options: BrowserContextOptions = {}): Promise<Journey> {
    const context = await browser.newContext({ baseURL: env.spaUrl, locale: 'en-GB', timezoneId: 'Europe/London', ...options });
    this.record.contexts.push(context);
    return new Journey(await context.newPage(), this.testInfo, this.record);
  }

  /** Uncaught errors thrown in any of the journey's pages. */
  pageErrors(): readonly string[] {
    return this.record.pageErrors;
  }

  /** Errors the journey's pages logged to the console (attached to the report, not failing it). */
  consoleErrors(): readonly string[] {
    return this.record.consoleErrors;
  }

  /** Closes the browsers opened with {@link otherPerson}. */
  async close(): Promise<void> {
    await Promise.all(this.record.contexts.map((context) => context.close()));
  }

  /** Screenshots of this journey: one folder per spec file. */
  private get folder(): string {
    return path.join(SCREENSHOT_DIR, path.basename(this.testInfo.file, '.spec.ts'));
  }

  /** SPA pages visited but never checked with {@link checkPage}. */
  unchecked(): string[] {
    return [...this.record.visited].filter((pathname) => !this.record.checked.has(pathname));
  }

  /** Waits until nothing on the page is loading: no spinners, busy regions, or map tiles still arriving. */
  async settled(): Promise<void> {
    const page = this.page;
    await page.waitForLoadState('load');
    await expect(page.locator('.loading, .spinner, [aria-busy="true"], .leaflet-map--loading')).toHaveCount(0);
    await expect(page.locator('.leaflet-tile-container img.leaflet-tile:not(.leaflet-tile-loaded)')).toHaveCount(0);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
  }

  /**
   * The page is finished: check it with axe-core (no serious or critical violations of WCAG A/AA)
   * and save a full-page screenshot named `name` (unless `screenshot` is false).
   */
  async checkPage(name: string, { screenshot = true }: { screenshot?: boolean } = {}): Promise<void> {
    const page = this.page;
    await this.settled();
    const pathname = new URL(page.url()).pathname;

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
    if (results.violations.length > 0) {
      await this.testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
    }
    expect(
      blocking.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
      })),
      `serious or critical accessibility violations on ${page.url()} (${name})`,
    ).toEqual([]);
    this.record.checked.add(pathname);
    if (!screenshot) return;

    // No hover effects from the last click in the picture.
    await page.mouse.move(0, 0);
    this.record.shot += 1;
    mkdirSync(this.folder, { recursive: true });
    const file = path.join(this.folder, `${String(this.record.shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
    await this.testInfo.attach(name, { path: file, contentType: 'image/png' });
  }

  /**
   * Moves the focus with the keyboard alone — Tab, or Shift+Tab going `back` — until `target`
   * has it, as someone who does not use a mouse would. Fails when it is not reached in `max` presses.
   */
  async tabTo(target: Locator, { back = false, max = 30 }: { back?: boolean; max?: number } = {}): Promise<void> {
    for (let presses = 0; presses <= max; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${String(target)} was not reached with ${String(max)} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
  }

  /** The header's account area (who is signed in, and Sign in / Sign out). */
  get header() {
    return this.page.getByRole('banner');
  }

  /**
   * Signs in from the current page through Keycloak's own sign-in form, and waits until the SPA
   * is back on the page it started from, showing who is signed in.
   */
  async signIn(user: DemoUser, { screenshot = false }: { screenshot?: boolean } = {}): Promise<void> {
    const page = this.page;
    const returnTo = new URL(page.url()).pathname;
    await this.header.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.href.startsWith(env.keycloakUrl));
    await expect(page.getByRole('heading', { name: /sign in to your account/i })).toBeVisible();
    // Keycloak's page is not ours, but it is part of every journey: the same accessibility bar.
    await this.checkPage('keycloak-sign-in', { screenshot });
    await page.getByLabel('Username or email').fill(user.username);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.waitForURL((url) => url.href.startsWith(env.spaUrl) && url.pathname === returnTo);
    await expect(this.header.getByRole('link', { name: user.name })).toBeVisible();
  }

  /** Signs out through Keycloak and waits until the SPA is back, signed out. */
  async signOut(): Promise<void> {
    const page = this.page;
    await this.header.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.href.startsWith(env.spaUrl) && url.pathname === '/');
    await expect(this.header.getByRole('button', { name: 'Sign in' })).toBeVisible();
  }

  /**
   * Sends a request from inside the page with the signed-in user's own access token — what a
   * curious user could do from the browser's console. Answers with status, content type and body.
   */
  async fetchAsSignedInUser(
    apiPath: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; contentType: string; etag: string | null; body: unknown }> {
    return this.page.evaluate(
      async ({ url, method, body, headers }) => {
        const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
        if (!key) throw new Error('nobody is signed in in this tab');
        const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string };
        const response = await fetch(url, {
          method,
          headers: {
            Accept: 'application/json, application/problem+json',
            Authorization: `Bearer ${stored.access_token ?? ''}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...headers,
          },
          body: body === undefined ? null : JSON.stringify(body),
        });
        const text = await response.text();
        return {
          status: response.status,
          contentType: response.headers.get('Content-Type') ?? '',
          etag: response.headers.get('ETag'),
          body: text ? (JSON.parse(text) as unknown) : null,
        };
      },
      { url: `${env.apiUrl}${apiPath}`, method: init.method ?? 'GET', body: init.body, headers: init.headers ?? {} },
    );
  }
}
