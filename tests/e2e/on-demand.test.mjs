// Issue 17: a first visit fetches the planner's core only; every other page's code is fetched the
// first time the page is opened. These tests check what is fetched when, that focus lands on the
// heading of a page drawn late, and that a part that cannot be fetched gives a message and a
// second chance, not a broken page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, startSuite, openApp } from './support.mjs';

let suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite.close();
});

// The main module is wasm-bindgen's `<name>_bg.wasm`; the parts are the other .wasm files.
const isPart = (path) => path.endsWith('.wasm') && !path.endsWith('_bg.wasm');
const VISIT_LINK = '?v=1&view=visit&vk=standard&vdate=2026-03-02';

/** The parts the page itself fetches (the service worker's copying for offline use is not counted). */
function partsFetched(page) {
  const parts = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (isPart(path)) parts.push(path.split('/').pop());
  });
  return parts;
}

test('the release build is split: its parts are in the site and in the offline copy', () => {
  const files = readdirSync(DIST);
  const parts = files.filter(isPart);
  assert.ok(parts.length >= 9, `a part per page or group of pages at least, found ${parts.length}`);
  // Pages that share most of their code are one part (issue 23: fewer, larger parts compress
  // better than many small shared ones): src/ui/pages/on_demand.rs.
  const partOf = {
    pathway: 'pages_plan', after_fieldwork: 'pages_plan', all_dates: 'pages_plan',
    councils: 'pages_plan', print: 'pages_plan', briefing: 'pages_plan',
    checklist: 'pages_records', requests: 'pages_records', plans: 'pages_records',
    training: 'page_training',
  };
  for (const [page, part] of Object.entries(partOf)) {
    assert.ok(parts.some((p) => p.startsWith(`split_${part}-`)), `a part for the ${page} page`);
  }
  assert.ok(parts.some((p) => p.startsWith('split_take_away_files-')), 'a part that writes the downloads');
  const loader = files.filter((f) => /^split-loader-[0-9a-f]{16}\.js$/.test(f));
  assert.equal(loader.length, 1, 'one loader, named by its contents');
  const code = readFileSync(join(DIST, loader[0]), 'utf8');
  for (const part of parts) assert.ok(code.includes(`./${part}`), `the loader fetches ${part}`);
  const listed = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[.*?\]);/)[1]);
  for (const file of [...parts, loader[0]]) assert.ok(listed.includes(file), `the offline copy keeps ${file}`);
});

// Opened on Friday 6 March 2026, the notice week's last day: the days shown (6, 9 and 10 March)
// have no Annex A item due (the last, case information, was due on Thursday 5 March), so What's
// due needs none of the council's work either.
test('a visit link fetches no page part; the visit schedule is in the core', async () => {
  const app = await openApp(suite, VISIT_LINK, { fixedTime: new Date('2026-03-06T09:00:00Z') });
  const fetched = partsFetched(app.page);
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  await app.page.getByRole('region', { name: "What's due" }).locator('[data-due-event="team-call"]').waitFor();
  await app.page.waitForLoadState('networkidle');
  assert.deepEqual(fetched, [], 'no part fetched for the visit schedule');
  app.assertClean(assert);
  await app.context.close();
});

// Issue 26: on the day of the call nobody has opened the checklist yet, but the Annex A lists are
// due the next day (F§242): What's due fetches its own part, the council's work (with the item
// table), and no page part; each item says no owner is set yet.
test("on the day of the call a visit link fetches What's due's part for the Annex A items, and no page part", async () => {
  // Opened empty first, so the request for the part (made as soon as the plan is drawn) is seen.
  const app = await openApp(suite, '?v=1&view=visit', { fixedTime: new Date('2026-03-02T09:00:00Z') });
  const fetched = partsFetched(app.page);
  await app.page.goto(`${suite.server.url}${VISIT_LINK}`);
  const strip = app.page.getByRole('region', { name: "What's due" });
  const list1 = strip.locator('[data-due-item="list-1"]');
  await list1.waitFor();
  assert.equal(await list1.locator('time').getAttribute('datetime'), '2026-03-03');
  assert.match(await list1.textContent(), /Owner: no owner set on the checklist/);
  await app.page.waitForLoadState('networkidle');
  assert.ok(fetched.some((p) => p.startsWith('split_whats_due_work-')), `What's due's part is fetched: ${fetched}`);
  assert.deepEqual(fetched.filter((p) => /^split_pages?_/.test(p)), [], 'no page part');
  app.assertClean(assert);
  await app.context.close();
});

// A proxy that blocks What's due's part: each day says its list is incomplete instead of
// silently leaving out the Annex A items due (the lists on Tuesday 3 March 2026, F§242).
test("when What's due's part is blocked, each day says its council work did not load", async () => {
  const app = await openApp(suite, '?v=1&view=visit', { fixedTime: new Date('2026-03-02T09:00:00Z'), serviceWorkers: 'block' });
  const { page } = app;
  await page.route(/split_whats_due_work-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.server.url}${VISIT_LINK}`);
  const strip = page.getByRole('region', { name: "What's due" });
  const missing = strip.locator('[data-due-item="not-loaded"]');
  // Each day's part fails on its own: wait for the third day's line.
  await missing.nth(2).waitFor();
  assert.equal(await missing.count(), 3, 'one line on each of the three days shown');
  assert.match(await missing.first().textContent(), /did not load\. Check the connection, then reload the page; nothing you entered is lost\./);
  // Said in full once; the other days only say theirs are missing too.
  assert.deepEqual((await missing.allTextContents()).slice(1), ["This day's Annex A items and requests did not load either.", "This day's Annex A items and requests did not load either."]);
  // The framework's own deadlines are still listed (F§52–53: the child-level data on Tuesday).
  assert.equal(await strip.locator('[data-due-event="child-level-data-due"] time').getAttribute('datetime'), '2026-03-03');
  const others = app.problems.filter((p) => !/split_whats_due_work|ERR_INTERNET_DISCONNECTED|failed to load split module|TypeError: Failed to fetch/i.test(p));
  assert.deepEqual(others, []);
  await app.context.close();
});

test('opening a page fetches its part once; focus moves to its heading, drawn by the part itself', async () => {
  const app = await openApp(suite, VISIT_LINK);
  const { page } = app;
  const fetched = partsFetched(page);
  await page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  const nav = page.getByRole('navigation', { name: 'Planner pages' });
  await nav.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Plan your ILACS inspection dates' }).waitFor();
  assert.deepEqual(fetched, [], 'the start page is in the core too');

  // Training draws its own heading, so it exists only once the part has arrived.
  await page.getByRole('main').getByRole('link', { name: 'Training scenarios', exact: true }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Training scenarios' });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Training scenarios');
  assert.equal(fetched.filter((p) => p.startsWith('split_page_training-')).length, 1, 'the training part is fetched');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Loading this page' }).count(), 0);

  // Councils: the heading is drawn at once, the table when its part arrives.
  await nav.getByRole('link', { name: 'Councils', exact: true }).click();
  await page.getByRole('table').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'page-heading');

  // Back to training: its part is already here, nothing is fetched again.
  const fetchedBefore = fetched.length;
  await page.goBack();
  await heading.waitFor();
  assert.deepEqual(fetched.slice(fetchedBefore), [], 'no part fetched twice');
  app.assertClean(assert);
  await app.context.close();
});

test('a part that does not arrive: a message, nothing lost, and "Try again" opens the page', async () => {
  // Before the offline copy is made (it would answer from the browser's own store).
  const app = await openApp(suite, VISIT_LINK, { serviceWorkers: 'block' });
  const { page } = app;
  await page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  // The connection drops for the councils page's part only (it also holds the other planning
  // pages; the visit schedule is in the core).
  const block = (route) => route.abort('internetdisconnected');
  await page.route(/split_pages_plan-[0-9a-f]{16}\.wasm$/, block);
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Councils', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /nothing you entered is lost/);
  // The page still works: the plan is where it was.
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Visit schedule', exact: true }).click();
  await page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Councils', exact: true }).click();
  await alert.waitFor();

  // The connection is back.
  await page.unroute(/split_pages_plan-[0-9a-f]{16}\.wasm$/, block);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('table').first().waitFor();
  assert.equal(await alert.count(), 0, 'the message goes once the page is here');
  // Training draws its own heading, so focus cannot go there: it goes to the message instead.
  await page.route(/split_page_training-[0-9a-f]{16}\.wasm$/, block);
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: 'Training scenarios', exact: true }).click();
  await alert.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-load-failed');
  // The browser reports the failed fetches itself; that, and only that, is expected.
  const others = app.problems.filter((p) => !/split_page(s_plan|_training)|ERR_INTERNET_DISCONNECTED|failed to load split module|TypeError: Failed to fetch/i.test(p));
  assert.deepEqual(others, []);
  await app.context.close();
});

test('the loading frame names the page before the WebAssembly arrives, as the app then does', async () => {
  const slugs = ['home', 'pathway', 'visit', 'after-fieldwork', 'calendar', 'checklist', 'requests', 'training', 'plans', 'print', 'briefing', 'councils'];
  for (const slug of slugs) {
    const query = slug === 'home' ? '' : `?v=1&view=${slug}`;
    // The WebAssembly never arrives: only the loading frame is on screen.
    const frame = await openFrameOnly(query);
    const app = await openApp(suite, query);
    const heading = await app.page.getByRole('heading', { level: 1 }).textContent();
    assert.equal(frame, heading, `the loading frame of ${slug || 'the start page'} names the page as the app does`);
    app.assertClean(assert);
    await app.context.close();
  }
  // A page the planner does not have (or an object property's name) gets no heading in the frame;
  // the app then says what it could not use from the link.
  for (const view of ['nope', 'constructor']) {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto(suite.server.url + `?v=1&view=${view}`);
    // The frame has run its script: it has said the WebAssembly could not be loaded.
    await page.getByRole('alert').getByText('The planner could not be loaded').waitFor();
    assert.equal(await page.locator('#app-loading h1').count(), 0, `no frame heading for view=${view}`);
    await context.close();
  }
  // The intranet layout shows no header while loading either.
  const context = await suite.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto(suite.server.url + '?v=1&view=visit&embed=1');
  await page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  assert.equal(await page.locator('#app-loading .app-header').isVisible(), false);
  await context.close();
});

async function openFrameOnly(query) {
  const context = await suite.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto(suite.server.url + query);
  const heading = page.locator('#app-loading').getByRole('heading', { level: 1 });
  await heading.waitFor();
  const text = await heading.textContent();
  await context.close();
  return text;
}

test("a page's code starts to arrive when the pointer is over its link, or the link has focus", async () => {
  const app = await openApp(suite, VISIT_LINK, { serviceWorkers: 'block' });
  const { page } = app;
  const fetched = partsFetched(page);
  await page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  const nav = page.getByRole('navigation', { name: 'Planner pages' });
  await nav.getByRole('link', { name: 'Saved plans', exact: true }).hover();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /split_pages_records-/.test(e.name)));
  assert.ok(fetched.some((p) => p.startsWith('split_pages_records-')), 'hovering fetched the saved plans part');
  assert.ok(!fetched.some((p) => p.startsWith('split_pages_plan-')), 'not the part of pages not pointed at');
  await nav.getByRole('link', { name: 'Your pathway', exact: true }).focus();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /split_pages_plan-/.test(e.name)));
  // Still on the visit schedule: fetching is all a hover or focus does.
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Visit schedule');
  await nav.getByRole('link', { name: 'Saved plans', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
  assert.equal(fetched.filter((p) => p.startsWith('split_pages_records-')).length, 1, 'fetched once');
  app.assertClean(assert);
  await app.context.close();
});
