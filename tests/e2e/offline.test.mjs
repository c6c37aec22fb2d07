// Works offline after the first visit: the service worker (sw.js, written by
// scripts/build/post-build.mjs) keeps the build's own files, so with the network gone the planner still
// opens from its sub-path, reads a link and works out dates. A new build installs a new worker,
// which deletes the old copy. Runs on a copy of dist/ so a test can "deploy" a changed build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSuite, openApp, DIST } from './support.mjs';
import { writeServiceWorker } from '../../scripts/build/service-worker.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let suite;
let work;
let firstBuild;
let secondBuild;

/** The build id written into a dist folder's sw.js. */
function buildOf(dir) {
  const match = readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]+)";/);
  assert.ok(match, 'sw.js names its build');
  return match[1];
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'ilacs-offline-'));
  firstBuild = join(work, 'first');
  secondBuild = join(work, 'second');
  cpSync(DIST, firstBuild, { recursive: true });
  cpSync(DIST, secondBuild, { recursive: true });
  // The "new deployment": one file changed, and sw.js written again by the real build step.
  const index = join(secondBuild, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="build-marker" content="second build"><title>'));
  writeServiceWorker(secondBuild);
  suite = await startSuite({ distDir: firstBuild });
});
after(async () => {
  await suite?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Waits (up to 30 seconds) until the page's origin holds exactly the caches `names`. */
async function cachesBecome(page, names) {
  const until = Date.now() + 30_000;
  let now;
  do {
    now = await page.evaluate(() => caches.keys());
    if (JSON.stringify(now) === JSON.stringify(names)) return;
    await page.waitForTimeout(250);
  } while (Date.now() < until);
  assert.deepEqual(now, names, 'caches after the new build');
}

/** Waits until the service worker controls the page; returns its scope and the caches. */
async function controlled(page) {
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const names = await page.evaluate(() => caches.keys());
  return { scope, names };
}

test('sw.js is served as JavaScript and lists the build it belongs to', async () => {
  suite.server.serve(firstBuild);
  const app = await openApp(suite, '');
  const response = await app.page.request.get(suite.server.url + 'sw.js');
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/javascript/);
  const code = await response.text();
  assert.match(code, /const FILES = \[.*"index\.html".*\]/);
  assert.match(code, /"start-[0-9a-f]{16}\.js"/);
  assert.match(code, /_bg\.wasm"/);
  app.assertClean(assert);
  await app.context.close();
});

test('after the first visit the planner opens and works out dates offline', async () => {
  suite.server.serve(firstBuild);
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { scope, names } = await controlled(app.page);
  assert.equal(scope, suite.server.url, 'the worker serves the sub-path it came from');
  assert.deepEqual(names, [`ilacs-planner ${scope} ${buildOf(firstBuild)}`]);

  await app.context.setOffline(true);
  const reached = suite.server.requests.length;
  await app.page.reload();
  await app.page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();

  // Another link, never opened online: read and worked out offline (F§54–56: a short inspection
  // notified on Monday 1 June 2026 ends fieldwork on Friday 12 June).
  await app.page.goto(suite.server.url + '?v=1&view=visit&vk=short&vdate=2026-06-01');
  await app.page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  await app.page.locator('[data-event="feedback"] time[datetime="2026-06-12"]').waitFor();
  // A page whose code is fetched on demand (issue 17), never opened online: its part comes from
  // the kept copy.
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Councils', exact: true }).click();
  await app.page.getByRole('table').first().waitFor();
  assert.deepEqual(suite.server.requests.slice(reached), [], 'nothing reached the server while offline');
  app.assertClean(assert);
  await app.context.close();
});

test('a new build installs a new worker, which deletes the old copy', async () => {
  suite.server.serve(firstBuild);
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { scope } = await controlled(app.page);
  const oldCache = `ilacs-planner ${scope} ${buildOf(firstBuild)}`;
  const newCache = `ilacs-planner ${scope} ${buildOf(secondBuild)}`;
  assert.notEqual(oldCache, newCache, 'a changed file changes the build id');
  assert.deepEqual(await app.page.evaluate(() => caches.keys()), [oldCache]);

  suite.server.serve(secondBuild);
  await app.page.reload();
  // Online, the page comes from the server, so the new build shows at once...
  await app.page.locator('meta[name="build-marker"]').waitFor({ state: 'attached' });
  // ...and the browser checks sw.js (Chromium does so a few seconds after a navigation), finds
  // the new build, installs it and drops the old copy.
  await cachesBecome(app.page, [newCache]);
  // Only the new worker deletes the old cache (on activating); it then controls the page.
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // Offline again: the new build's copy is the one served.
  await app.context.setOffline(true);
  await app.page.reload();
  await app.page.locator('meta[name="build-marker"]').waitFor({ state: 'attached' });
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('switched off by the administrator, the worker deletes the kept copy and unregisters', async () => {
  // docs/administrators.md: build with ILACS_OFFLINE=off, or copy static/sw-remove.js over sw.js.
  const offBuild = join(work, 'off');
  cpSync(firstBuild, offBuild, { recursive: true });
  cpSync(join(ROOT, 'static/sw-remove.js'), join(offBuild, 'sw.js'));
  suite.server.serve(firstBuild);
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { names } = await controlled(app.page);
  assert.equal(names.length, 1);

  suite.server.serve(offBuild);
  await app.page.reload();
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  await cachesBecome(app.page, []);
  await app.page.waitForFunction(() => navigator.serviceWorker.getRegistrations().then((r) => r.length === 0));
  app.assertClean(assert);
  // Nothing is kept any more: offline, the page cannot be opened.
  await app.context.setOffline(true);
  await assert.rejects(app.page.reload(), /ERR_INTERNET_DISCONNECTED/);
  await app.context.close();
});

test('inside a sandboxed iframe without same-origin the worker is skipped quietly', async () => {
  // An intranet page frames the planner in a sandbox without allow-same-origin. The planner then
  // has an opaque origin and may not register a worker; it must still work and say nothing on
  // the console. (Its module scripts are then cross-origin requests, so this server allows CORS.)
  writeFileSync(
    join(firstBuild, 'sandboxed.html'),
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,"></head><body>
<h1>Children's services intranet</h1>
<iframe title="ILACS Planner" sandbox="allow-scripts" src="./?v=1&amp;view=visit&amp;vk=standard&amp;vdate=2026-03-02"></iframe>
</body></html>`,
  );
  const cors = await startSuite({ distDir: firstBuild, headers: { 'access-control-allow-origin': '*' } });
  try {
    const app = await openApp(cors, 'sandboxed.html');
    const frame = app.page.frameLocator('iframe');
    await frame.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
    // The planner ran (dates are on screen); give a registration time to happen, then check
    // that none did on the server's origin.
    await app.page.waitForTimeout(500);
    assert.equal(await app.page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
    // Known and not the worker's doing: with an opaque origin the browser will not check the
    // style sheet's integrity, so it blocks the styles (docs/administrators.md: allow
    // same-origin). Nothing else may be on the console.
    const others = app.problems.filter((p) => !/Subresource Integrity: .*\.css/.test(p));
    assert.deepEqual(others, [], 'nothing on the console about the service worker');
    await app.context.close();
  } finally {
    await cors.close();
  }
});
