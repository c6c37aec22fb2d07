// The planner on an intranet's own pages (issue 27): the card for an intranet home page
// (embed=card) and the message API (ilacs-planner:get-dates → ilacs-planner:dates), each
// embedded from a second origin in the sandboxed iframe docs/administrators.md gives. The
// planner's responses always carry the strict Content-Security-Policy here; the page's example of
// the message API is read out of docs/administrators.md and served as it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSuite, STRICT_CSP } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The example: Barnsley, last inspected (short, good) from Monday 11 September 2023.
const BARNSLEY = '?v=1&embed=card&la=370&li=short&lid=2023-09-11&lo=good';
// A standard inspection notified on Monday 2 March 2026, for Barnsley.
const VISIT = '?v=1&embed=card&vk=standard&vdate=2026-03-02&li=short&lid=2023-09-11&lo=good&la=370';
// Wednesday 4 March 2026, mid-morning: inside Barnsley's window, in the visit's notice week.
const TODAY = new Date('2026-03-04T10:00:00Z');
const CARD_SANDBOX = 'allow-scripts allow-same-origin allow-top-navigation-by-user-activation';
const ADMIN_GUIDE = fileURLToPath(new URL('../../docs/administrators.md', import.meta.url));

let suite;
let intranet;
let intranetOrigin;
const pages = new Map();

/** An intranet page: the planner at `src` in the sandboxed iframe `#planner`, and a log of what it posts. */
function hostPage(src, { sandbox = CARD_SANDBOX, width = '360px', height = '320px', extra = '' } = {}) {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title></head>
<body style="margin:0"><h1>Children's services intranet</h1>
<iframe id="planner" title="ILACS Planner" sandbox="${sandbox}" src="${src}" style="display:block;width:${width};height:${height};border:0"></iframe>
${extra}
<script>
  window.heights = [];
  window.received = [];
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'ilacs-planner:height') window.heights.push(e.data.height);
    else window.received.push({ data: e.data, fromPlanner: e.source === document.getElementById('planner').contentWindow });
  });
  window.ask = (message) => document.getElementById('planner').contentWindow.postMessage(message, '*');
</script></body></html>`;
}

before(async () => {
  // Always the strict policy here, whatever E2E_CSP says: the card must work under it.
  suite = await startSuite({ headers: { 'content-security-policy': STRICT_CSP } });
  intranet = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const page = pages.get(path);
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise((ok) => intranet.listen(0, '127.0.0.1', ok));
  intranetOrigin = `http://127.0.0.1:${intranet.address().port}`;
});
after(async () => {
  await new Promise((ok) => intranet?.close(ok));
  await suite?.close();
});

/** A fresh context at `TODAY`, failing the test on any console error, page error or CSP violation in any frame. */
async function open(path, { width = 1280, height = 800 } = {}) {
  const context = await suite.browser.newContext({
    locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width, height },
  });
  await context.clock.setFixedTime(TODAY);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(path);
  return { context, page, problems };
}

function intranetPage(name, html) {
  pages.set(`/${name}`, html);
  return `${intranetOrigin}/${name}`;
}

test('the card at 360 px: the essentials in a box at most 320 px tall, its height posted, in the sandbox under the strict CSP', async () => {
  const url = intranetPage('card-360', hostPage(`${suite.server.url}${VISIT}`));
  const { context, page, problems } = await open(url, { width: 360, height: 640 });
  const card = page.frameLocator('#planner');
  await card.getByRole('heading', { name: 'Barnsley' }).waitFor();
  const text = await card.locator('.app-card').innerText();
  assert.match(text, /Pathway\s+1 \(short inspection next\)/);
  // The window, both ends as <time datetime> inside their events.
  assert.equal(await card.locator('[data-event="window-opens"] time').getAttribute('datetime'), '2026-03-11');
  assert.equal(await card.locator('[data-event="window-opens"] time').innerText(), 'Wednesday 11 March 2026');
  assert.equal(await card.locator('[data-event="window-closes"] time').getAttribute('datetime'), '2027-03-11');
  assert.equal(await card.locator('[data-event="window-closes"] time').innerText(), 'Thursday 11 March 2027');
  // The observed months, and the next key date of the visit: the child-level data, due on the
  // day after the phone call (Tuesday 3 March) has passed; the management information is next.
  assert.equal(await card.locator('[data-event="next-inspection-likely-from"] time').count(), 1);
  assert.equal(await card.locator('[data-event="next-inspection-likely-to"] time').count(), 1);
  assert.match(text, /Next key date\s+Performance and management information due/i);
  assert.equal(await card.locator('[data-event="management-information-due"] time').getAttribute('datetime'), '2026-03-04');
  assert.equal(await card.getByText('passed', { exact: true }).count(), 0, 'nothing on the card has passed yet');
  // One link, to the top window.
  const links = card.getByRole('link');
  assert.equal(await links.count(), 1);
  assert.equal(await links.getAttribute('target'), '_top');
  // Its height, posted to the intranet page, fits the box; no inner scroll bar.
  await page.waitForFunction(() => window.heights.length > 0);
  const heights = await page.evaluate(() => window.heights);
  const last = heights.at(-1);
  assert.ok(last > 150 && last <= 320, `height posted: ${heights}`);
  const frame = page.frame({ url: /embed=card/ });
  const scroll = await frame.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(scroll <= 320, `the card is ${scroll} px tall at 360 px wide`);
  await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/card-360.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the card at 1280 px, and its link opens the full planner in the top window', async () => {
  const url = intranetPage('card-1280', hostPage(`${suite.server.url}${BARNSLEY}`, { width: '100%' }));
  const { context, page, problems } = await open(url, { width: 1280, height: 800 });
  const card = page.frameLocator('#planner');
  await card.getByRole('heading', { name: 'Barnsley' }).waitFor();
  assert.equal(await card.locator('[data-event="window-opens"] time').getAttribute('datetime'), '2026-03-11');
  assert.equal(await card.locator('[data-event="window-closes"] time').getAttribute('datetime'), '2027-03-11');
  assert.equal(await card.getByText('Next key date').count(), 0, 'no visit, no key date');
  const frame = page.frame({ url: /embed=card/ });
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight) <= 320);
  await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/card-1280.png` });
  await card.getByRole('link', { name: 'Open the full planner' }).click();
  await page.waitForURL((u) => u.href.startsWith(suite.server.url));
  assert.equal(new URL(page.url()).search, '?v=1&view=pathway&li=short&lid=2023-09-11&lo=good&la=370');
  await page.getByRole('heading', { level: 1, name: 'Your pathway' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a date before today reads as passed', async () => {
  // A year on: the visit's key dates are all over, and so is the window.
  const { context, page, problems } = await open(`${suite.server.url}${VISIT}`, { width: 360 });
  await context.clock.setFixedTime(new Date('2027-06-01T10:00:00Z'));
  await page.reload();
  await page.getByRole('heading', { name: 'Barnsley' }).waitFor();
  assert.equal(await page.locator('[data-event="window-closes"]').getByText('passed').count(), 1);
  const next = page.locator('.app-card__row', { hasText: 'Next key date' });
  assert.equal(await next.getByText('passed').count(), 1);
  await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/card-passed-360.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the card passes axe at 360 and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const { context, page, problems } = await open(`${suite.server.url}${VISIT}`, { width });
    await page.getByRole('heading', { name: 'Barnsley' }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], `axe violations at ${width}px`);
    assert.ok(results.passes.length > 5, 'axe ran its checks');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the card is fetched on demand: a whole-planner visit does not fetch its part', async () => {
  const parts = (page) => {
    const fetched = new Set();
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) fetched.add(new URL(r.url()).pathname); });
    return fetched;
  };
  let { context, page } = await open('about:blank');
  const planner = parts(page);
  await page.goto(`${suite.server.url}?v=1&view=visit&vk=standard&vdate=2026-03-02`);
  await page.locator('[data-event="feedback"]').first().waitFor();
  await context.close();
  ({ context, page } = await open('about:blank'));
  const card = parts(page);
  await page.goto(`${suite.server.url}${VISIT}`);
  await page.getByRole('heading', { name: 'Barnsley' }).waitFor();
  await context.close();
  const extra = [...card].filter((p) => !planner.has(p));
  assert.ok(extra.length >= 1, `the card fetches a part of its own: ${[...card]}`);
});

test('message API: the embedding page asks and gets the open plan\'s dates', async () => {
  const app = `${suite.server.url}?v=1&view=visit&vk=standard&vdate=2026-03-02&la=370&embed=1`;
  const url = intranetPage('api', hostPage(app, { sandbox: 'allow-scripts allow-same-origin', width: '100%', height: '600px' }));
  const { context, page, problems } = await open(url);
  const frame = page.frameLocator('#planner');
  await frame.locator('[data-event="feedback"]').first().waitFor();
  // Nothing is sent before the page asks.
  assert.deepEqual(await page.evaluate(() => window.received), []);
  const asked = Date.now();
  await page.evaluate(() => window.ask({ type: 'ilacs-planner:get-dates' }));
  await page.waitForFunction(() => window.received.length > 0, null, { timeout: 1000 });
  assert.ok(Date.now() - asked < 1000, 'answered within a second');
  const [{ data, fromPlanner }] = await page.evaluate(() => window.received);
  assert.equal(fromPlanner, true);
  assert.equal(data.type, 'ilacs-planner:dates');
  assert.equal(data.version, 1);
  assert.deepEqual(data.plan, { name: 'Barnsley', council: { la: 370, name: 'Barnsley' }, rule_set: 'current-practice' });
  const feedback = data.events.find((e) => e.id === 'feedback');
  assert.deepEqual(Object.keys(feedback).sort(), ['date', 'estimate', 'id', 'recorded', 'source', 'title', 'until']);
  assert.equal(feedback.date, '2026-03-20');
  assert.equal(feedback.until, null);
  assert.equal(feedback.estimate, false);
  assert.equal(feedback.recorded, false);
  assert.match(feedback.source, /Ofsted ILACS framework/);
  // The same dates as the page shows.
  const shown = await frame.locator('[data-key-event="feedback"] time').getAttribute('datetime');
  assert.equal(shown, feedback.date);
  // Asked again: answered again.
  await page.evaluate(() => window.ask({ type: 'ilacs-planner:get-dates' }));
  await page.waitForFunction(() => window.received.length === 2, null, { timeout: 1000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('message API: malformed messages and messages from other windows get nothing', async () => {
  const app = `${suite.server.url}?v=1&view=visit&vk=standard&vdate=2026-03-02&embed=1`;
  // A second frame of the same intranet page asks the planner too: it is not the planner's parent.
  const other = intranetPage('other-frame', `<!DOCTYPE html><html lang="en-GB"><head><title>Other</title></head><body><script>
    window.askPlanner = () => parent.frames[0].postMessage({ type: 'ilacs-planner:get-dates' }, '*');
  </script></body></html>`);
  const url = intranetPage('api-guarded', hostPage(app, {
    sandbox: 'allow-scripts allow-same-origin', width: '100%', height: '600px',
    extra: `<iframe id="other" title="Another frame" src="${other}"></iframe>`,
  }));
  const { context, page, problems } = await open(url);
  await page.frameLocator('#planner').locator('[data-event="feedback"]').first().waitFor();
  await page.evaluate(() => {
    for (const message of [
      null, undefined, 42, 'ilacs-planner:get-dates', [], {}, ['ilacs-planner:get-dates'],
      { type: 42 }, { type: null }, { type: 'ilacs-planner:get-date' }, { type: 'ILACS-PLANNER:GET-DATES' },
      { kind: 'ilacs-planner:get-dates' }, { type: ['ilacs-planner:get-dates'] }, { type: { toString: 1 } },
      new Date(), new Uint8Array(4), { type: 'ilacs-planner:get-dates '.repeat(10000) },
    ]) window.ask(message);
  });
  // Another window: a sibling frame, and the planner's own window posting to itself.
  await page.frame({ url: /other-frame/ }).evaluate(() => window.askPlanner());
  await page.frame({ url: /embed=1/ }).evaluate(() => window.postMessage({ type: 'ilacs-planner:get-dates' }, '*'));
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.received), [], 'nothing was sent');
  // The planner is still running, and still answers its parent.
  await page.evaluate(() => window.ask({ type: 'ilacs-planner:get-dates' }));
  await page.waitForFunction(() => window.received.length === 1, null, { timeout: 1000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('message API: a change of plan sends an update by itself, once the page has asked', async () => {
  const app = `${suite.server.url}?v=1&view=visit&vk=standard&vdate=2026-03-02&embed=1`;
  const url = intranetPage('api-update', hostPage(app, { sandbox: 'allow-scripts allow-same-origin', width: '100%', height: '900px' }));
  const { context, page, problems } = await open(url);
  const frame = page.frame({ url: /embed=1/ });
  await frame.locator('[data-event="feedback"]').first().waitFor();
  await page.evaluate(() => window.ask({ type: 'ilacs-planner:get-dates' }));
  await page.waitForFunction(() => window.received.length === 1, null, { timeout: 1000 });
  // The officer moves the notification to Monday 9 March in the embedded planner.
  // The dates follow as it is typed (the form's button would need allow-forms in the sandbox).
  await frame.getByRole('link', { name: 'Change kind of visit' }).click();
  const date = frame.getByRole('group', { name: 'Notification date' });
  await date.getByLabel('Day').fill('9');
  await page.waitForFunction(
    () => window.received.some((r) => r.data.events.some((e) => e.id === 'notification' && e.date === '2026-03-09')),
    null, { timeout: 2000 },
  );
  const received = await page.evaluate(() => window.received);
  assert.ok(received.every((r) => r.fromPlanner && r.data.type === 'ilacs-planner:dates'));
  assert.equal(received.at(-1).data.events.find((e) => e.id === 'feedback').date, '2026-03-27');
  assert.deepEqual(problems, []);
  await context.close();
});

test('message API: the example page of docs/administrators.md lists the next three dates', async () => {
  const guide = await readFile(ADMIN_GUIDE, 'utf8');
  const block = guide.match(/<!-- example:next-three-dates -->\s*```html\n([\s\S]*?)```\s*<!-- \/example:next-three-dates -->/);
  assert.ok(block, 'the example is marked in docs/administrators.md');
  const example = block[1];
  assert.ok(example.trim().split('\n').length <= 22, 'about twenty lines');
  // Served as it is, with the planner's folder where the guide has /tools/ilacs/.
  const html = example.replaceAll('/tools/ilacs/', suite.server.url);
  assert.notEqual(html, example);
  const url = intranetPage('example', html);
  const { context, page, problems } = await open(url);
  const items = page.locator('#next-dates li');
  await page.waitForFunction(() => !document.querySelector('#next-dates').textContent.includes('Asking'));
  // Wednesday 4 March 2026, in the notice week: the management information is due today.
  const texts = await items.allInnerTexts();
  assert.equal(texts.length, 3, `${texts}`);
  for (const text of texts) assert.match(text, /^2026-03-\d\d: \S/);
  assert.ok(texts.every((t) => t.slice(0, 10) >= '2026-03-04'), `${texts}`);
  assert.equal(texts[0], '2026-03-04: Performance and management information due');
  assert.deepEqual(problems, []);
  await context.close();
});
