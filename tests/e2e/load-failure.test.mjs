// Issue 22: when the planner's own files cannot be fetched (a 404, a proxy that blocks them, a
// sandboxed frame without allow-same-origin, a fetch that never ends), the loading frame says so
// within seconds, as a focused GOV.UK error summary, instead of "Loading the planner…" for ever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, startHost, openApp, openFramed } from './support.mjs';

let suite;
let host;
before(async () => {
  suite = await startSuite();
  host = await startHost();
});
after(async () => {
  await host?.close();
  await suite?.close();
});

const VISIT = '?v=1&view=visit&vk=standard&vdate=2026-03-02';
const MAIN_WASM = /ilacs-planner-[0-9a-f]+_bg\.wasm$/;
const GLUE = /ilacs-planner-[0-9a-f]+\.js$/;

/** A fresh page (no offline copy, which would answer for the server) with `route` in place. */
async function openBroken(route) {
  const context = await suite.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (route) await page.route(...route);
  return { context, page };
}

/** The message, once shown: its title, text, whether it has focus, and where "Reload" goes. */
async function message(frame, timeout = 5000) {
  const summary = frame.getByRole('alert');
  await summary.waitFor({ timeout });
  return {
    title: await summary.getByRole('heading', { level: 2 }).textContent(),
    text: await summary.textContent(),
    focused: await summary.evaluate((el) => el === document.activeElement),
    reload: await summary.getByRole('link', { name: 'Reload the page' }).getAttribute('href'),
  };
}

test('a main WebAssembly that is not found (404): the frame says it could not be loaded, names the file, and focuses the message', async () => {
  const { context, page } = await openBroken([MAIN_WASM, (route) => route.fulfill({ status: 404, body: 'not found' })]);
  await page.goto(suite.server.url + VISIT);
  const shown = await message(page);
  assert.equal(shown.title, 'The planner could not be loaded');
  assert.match(shown.text, /A file it needs could not be loaded: ilacs-planner-[0-9a-f]+_bg\.wasm\./);
  assert.match(shown.text, /ask your intranet team/);
  assert.equal(shown.focused, true, 'focus moves to the message');
  assert.equal(shown.reload, suite.server.url + VISIT, '"Reload the page" reloads this very link');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Visit schedule', 'the page is still named');
  assert.equal(await page.getByText('Loading the planner').count(), 0, 'it no longer says it is loading');
  await context.close();
});

test('JavaScript blocked by a proxy: the message names the start-up script, which the browser reports', async () => {
  // The glue is imported by the start-up script; the browser reports the failure on the latter.
  const { context, page } = await openBroken([GLUE, (route) => route.abort('blockedbyclient')]);
  await page.goto(suite.server.url);
  const shown = await message(page);
  assert.equal(shown.title, 'The planner could not be loaded');
  assert.match(shown.text, /could not be loaded: start-[0-9a-f]{16}\.js\./);
  await context.close();
});

test('a fetch that never ends: after 10 seconds the frame says the planner is taking too long', async () => {
  const { context, page } = await openBroken([MAIN_WASM, () => {}]);
  await page.clock.install();
  await page.goto(suite.server.url + VISIT);
  await page.getByText('Loading the planner').waitFor();
  await page.clock.runFor(9000);
  assert.equal(await page.getByRole('alert').count(), 0, 'nothing is said too early');
  await page.clock.runFor(1500);
  const shown = await message(page);
  assert.equal(shown.title, 'The planner is taking too long to load');
  assert.match(shown.text, /not started after 10 seconds.*\(ilacs-planner-[0-9a-f]+_bg\.wasm\) may be blocked/);
  assert.equal(shown.focused, true);
  await context.close();
});

test('in a sandboxed frame without allow-same-origin, the message asks for allow-same-origin', async () => {
  const context = await suite.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const frame = await openFramed(page, host, suite.server.url + VISIT, 'allow-scripts allow-downloads');
  const shown = await message(frame);
  assert.equal(shown.title, 'The planner could not be loaded');
  assert.match(shown.text, /add allow-same-origin to the frame.s sandbox attribute/);
  await context.close();
});

test('when the planner starts, no message ever comes, and nothing reaches the console', async () => {
  const app = await openApp(suite, VISIT, { clock: true });
  await app.page.clock.runFor(20000);
  assert.equal(await app.page.getByRole('alert').count(), 0);
  assert.equal(await app.page.getByText(/could not be loaded|taking too long/).count(), 0);
  app.assertClean(assert);
  await app.context.close();
});
