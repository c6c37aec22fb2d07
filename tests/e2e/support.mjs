// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, the release
// build served from a sub-path, and a guard that fails a test on any console error or any request
// that leaves the page's own origin.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, '../../dist');

export const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** The policy intranet administrators are told the app runs under (docs/administrators.md). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors *";

/**
 * Starts the server (for `distDir`, the release build unless a test gives a copy) and the
 * browser once per test file. With E2E_CSP=1 in the environment every
 * response carries the strict Content-Security-Policy, so the whole suite proves the app runs
 * under it (any violation is a console error, which fails the test).
 */
export async function startSuite({ headers, distDir = DIST } = {}) {
  const csp = process.env.E2E_CSP === '1' ? { 'content-security-policy': STRICT_CSP } : {};
  const server = await startServer({ distDir, headers: { ...csp, ...headers } });
  const browser = await chromium.launch(LAUNCH);
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the app in a fresh context. Returns the page and `problems`, the console errors, page
 * errors and foreign requests seen so far; `assertClean()` fails the test if there are any.
 * `fixedTime` (a Date) pins the page's clock, for journeys that start from "today";
 * `serviceWorkers: 'block'` keeps the offline copy out (requests it would answer reach the network).
 */
export async function openApp(suite, path = '', { fixedTime, serviceWorkers = 'allow' } = {}) {
  const context = await suite.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers });
  if (fixedTime) await context.clock.setFixedTime(fixedTime);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Content-Security-Policy violations, reported by the page itself as well as on the console.
  await page.exposeFunction('__reportCspViolation', (text) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  // The context sees the page's requests and the service worker's (the offline copy).
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(suite.server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request outside the app's origin: ${url}`);
    }
  });
  context.on('serviceworker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`service worker console error: ${message.text()}`);
    });
  });
  await page.goto(suite.server.url + path);
  // The app is ready when it has replaced the loading frame (which has a heading of its own) and
  // its main heading is on screen.
  await page.locator('#app-loading').waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  return {
    page,
    context,
    problems,
    assertClean(assert) {
      assert.deepEqual(problems, [], 'no console errors and no requests outside the origin');
    },
  };
}

/**
 * On the Visit schedule page of a plan that already has a visit, the questions are folded into
 * "Your answers" (issue 13, the answer first); this opens them again. Does nothing when the
 * questions are already open.
 */
/**
 * Answers the visit questions (nothing is pre-selected, issue 13 item 7): the kind of visit,
 * which date is known, and for focused and monitoring visits the days on site.
 */
export async function answerVisit(page, { kind = 'Standard inspection', known = 'The notification date (the day of the phone call)', days } = {}) {
  await page.getByRole('radio', { name: kind }).check();
  if (days) await page.getByRole('radio', { name: days }).check();
  await page.getByRole('radio', { name: known }).check();
}

export async function openQuestions(page) {
  const change = page.getByRole('link', { name: 'Change kind of visit' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (await change.count() > 0) {
    await change.click();
    await page.getByRole('button', { name: 'Show dates' }).waitFor();
  }
}
