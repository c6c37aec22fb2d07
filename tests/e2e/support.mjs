// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, the release
// build served from a sub-path, and a guard that fails a test on any console error or any request
// that leaves the page's own origin.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
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

/** The sandbox the administrators' guide first gave for an intranet page, which councils copied:
 * no `allow-forms` (issue 22). The planner must work inside it. */
export const OLD_SANDBOX = 'allow-scripts allow-same-origin allow-downloads';

/** With E2E_IFRAME=1, every openApp() opens the app inside an OLD_SANDBOX iframe on an intranet
 * page of another origin (see framed()). */
export const IN_IFRAME = process.env.E2E_IFRAME === '1';

/**
 * Starts the server (for `distDir`, the release build unless a test gives a copy) and the
 * browser once per test file. With E2E_CSP=1 in the environment every
 * response carries the strict Content-Security-Policy, so the whole suite proves the app runs
 * under it (any violation is a console error, which fails the test). With `iframe` (the default
 * with E2E_IFRAME=1), `host` is an intranet page on another origin (startHost) and openApp() opens
 * the app in its OLD_SANDBOX iframe.
 */
export async function startSuite({ headers, distDir = DIST, iframe = IN_IFRAME } = {}) {
  const csp = process.env.E2E_CSP === '1' ? { 'content-security-policy': STRICT_CSP } : {};
  const server = await startServer({ distDir, headers: { ...csp, ...headers } });
  const host = iframe ? await startHost() : null;
  const browser = await chromium.launch(LAUNCH);
  return {
    server,
    host,
    browser,
    async close() {
      await browser.close();
      await host?.close();
      await server.close();
    },
  };
}

/**
 * An intranet page that embeds one URL in a full-window iframe: `host.page(src, sandbox)` is its
 * address. It is on another origin (port) of the same site as the app, as an intranet and its
 * tools usually are (intranet.council.gov.uk and apps.council.gov.uk): on another site Chromium
 * refuses the frame its storage, and plans would not be kept (issue 22, not yet handled).
 */
export async function startHost() {
  const escape = (text) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const server = createServer((req, res) => {
    const query = new URL(req.url, 'http://host').searchParams;
    const src = query.get('src') ?? '';
    const sandbox = query.get('sandbox') ?? OLD_SANDBOX;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,">
<style>html, body { margin: 0; height: 100%; } iframe { display: block; border: 0; width: 100%; height: 100%; }</style>
</head><body><iframe title="ILACS Planner" sandbox="${escape(sandbox)}" src="${escape(src)}"></iframe></body></html>`);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    page: (src, sandbox = OLD_SANDBOX) =>
      `${origin}/?${new URLSearchParams({ src, sandbox })}`,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

/**
 * Opens the host page for `src` and returns the iframe's frame once it is attached.
 */
export async function openFramed(page, host, src, sandbox = OLD_SANDBOX) {
  await page.goto(host.page(src, sandbox));
  return (await page.waitForSelector('iframe')).contentFrame();
}

// What a test's `page` does that a frame cannot, answered for the frame: the history and a reload
// are the frame's own, as they would be for someone using the embedded planner.
const FRAME_OWN = {
  reload: (frame) => () => frame.goto(frame.url()),
  goBack: (frame) => () => traverse(frame, -1),
  goForward: (frame) => () => traverse(frame, 1),
  mainFrame: (frame) => () => frame,
};

async function traverse(frame, delta) {
  const page = frame.page();
  const moved = page.waitForEvent('framenavigated', { predicate: (f) => f === frame });
  await frame.evaluate((d) => history.go(d), delta);
  await moved;
}

// A frame is an event emitter too, but the events tests listen for (requests, console,
// downloads) are the page's.
const PAGE_OWN = new Set(['on', 'once', 'off', 'addListener', 'removeListener', 'waitForEvent']);

/**
 * A page-like handle on `frame`: what a frame has (locators, evaluate, goto, url...) acts in the
 * frame; the rest (keyboard, viewport, downloads, routes, events) is the page's.
 */
function framed(page, frame) {
  return new Proxy(page, {
    get(target, prop) {
      if (Object.hasOwn(FRAME_OWN, prop)) return FRAME_OWN[prop](frame);
      if (typeof frame[prop] === 'function' && !PAGE_OWN.has(prop)) return frame[prop].bind(frame);
      const value = target[prop];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Opens the app in a fresh context. Returns the page and `problems`, the console errors, page
 * errors and foreign requests seen so far; `assertClean()` fails the test if there are any.
 * `fixedTime` (a Date) pins the page's clock, for journeys that start from "today"; `clock` installs
 * Playwright's fake timers, for a test that runs time forward (page.clock.runFor);
 * `serviceWorkers: 'block'` keeps the offline copy out (requests it would answer reach the network).
 */
export async function openApp(suite, path = '', { fixedTime, clock = false, serviceWorkers = 'allow' } = {}) {
  const context = await suite.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers });
  if (fixedTime) await context.clock.setFixedTime(fixedTime);
  if (clock) await context.clock.install();
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
    const own = url.startsWith(suite.server.origin) || (suite.host && url.startsWith(suite.host.origin));
    if (!own && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request outside the app's origin: ${url}`);
    }
  });
  context.on('serviceworker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`service worker console error: ${message.text()}`);
    });
  });
  const app = suite.host
    ? framed(page, await openFramed(page, suite.host, suite.server.url + path))
    : page;
  if (!suite.host) await page.goto(suite.server.url + path);
  // The app is ready when it has replaced the loading frame (which has a heading of its own) and
  // its main heading is on screen.
  await app.locator('#app-loading').waitFor({ state: 'detached' });
  await app.getByRole('heading', { level: 1 }).waitFor();
  // Someone using the embedded planner has clicked into it: keys go to the frame.
  if (suite.host) await page.locator('iframe').focus();
  return {
    page: app,
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

/**
 * Saves one plan in the browser as the planner keeps it (the Saved plans store), with the link
 * state `state` and any of its own records (`checklist`, `requests`); a link with the same inputs
 * then opens it. For journeys that start with work already recorded.
 */
export async function savePlan(page, state, records = {}) {
  const saved = {
    version: 1,
    current: 'plan-0000000000000001',
    plans: [{ id: 'plan-0000000000000001', name: 'Spring', state, ...records }],
  };
  await page.evaluate((text) => localStorage.setItem('ilacs-planner/plans', text), JSON.stringify(saved));
}
