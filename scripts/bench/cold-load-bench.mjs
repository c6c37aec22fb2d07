// Cold-load benchmark (a measurement, not a test): a first visit to a few pages of the release
// build, in headless Chromium, served brotli-compressed from a sub-path with an empty cache.
// For each page and each of two conditions (unthrottled; slow 4G, 1.6 Mbps down, 750 kbps up,
// 150 ms round trip, with a 4× slower CPU) it prints the median of RUNS visits: bytes over the
// wire (brotli, headers included), first paint, first contentful paint, and when the page's <h1>
// is painted (Element Timing: the loading frame's heading, which static/shell.js writes before the
// WebAssembly arrives), and when the page is ready (the app has started and the page's code is
// here: no "Loading this page" line), in ms from the start of navigation. Then, for pages whose
// code is fetched on demand (issue 17), it opens the visit link, follows the navigation link to
// the page and prints the bytes fetched and the time from the click until the page is ready.
// The offline copy's download (the service worker, after the app has started) is not counted.
// Usage: scripts/build.sh && node scripts/bench/cold-load-bench.mjs [runs, default 5] [folder, default dist]
import { chromium } from 'playwright-core';
import { DIST, LAUNCH } from '../../tests/e2e/support.mjs';
import { startServer } from '../../tests/e2e/server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const FOLDER = process.argv[3] ?? DIST;
const VISIT_LINK = '?v=1&view=visit&vk=standard&vdate=2026-03-02';
const PAGES = [
  ['start', ''],
  ['visit link', VISIT_LINK],
  ['all dates', '?v=1&view=calendar'],
  ['pathway', '?v=1&view=pathway'],
];
// Pages whose code is fetched on demand, reached from the visit link by their navigation link.
const ON_DEMAND = ['Your pathway', 'After fieldwork', 'All dates', 'Annex A checklist', 'Councils'];
const CONDITIONS = [
  ['unthrottled', null, 1],
  [
    'slow 4G, 4x CPU',
    // Throughput in bytes a second; latency is added to each request's round trip.
    { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    4,
  ],
];

/**
 * Marks every <h1> for the Element Timing API as soon as it is in the page (before it is drawn),
 * so the browser reports when the first one is painted, on the same clock as first paint: the
 * loading frame's heading, or the app's if the frame's was gone before it was drawn.
 */
function watchHeading() {
  window.__h1 = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.identifier === 'h1') window.__h1 ??= entry.renderTime || entry.loadTime;
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    for (const heading of document.querySelectorAll('h1:not([elementtiming])')) heading.setAttribute('elementtiming', 'h1');
  }).observe(document, { subtree: true, childList: true });
}

/** Waits until the app has started and no page is fetching its code; returns when (performance.now()). */
async function pageReady(page) {
  const done = await page.waitForFunction(() => {
    // The app has started (the loading frame is gone) and no page is fetching its code.
    const statuses = [...document.querySelectorAll('[role=status]')];
    const loading = document.getElementById('app-loading') || statuses.some((e) => e.textContent.includes('Loading this page'));
    return !loading && performance.now();
  });
  return done.jsonValue();
}

async function visit(browser, url, network, cpu, link = null) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(watchHeading);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => window.__h1 > 0);
    const ready = await pageReady(page);
    // Let the last responses finish (their byte counts arrive with loadingFinished).
    await page.waitForLoadState('load');
    const times = await page.evaluate(() => {
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
      return { fp: paint['first-paint'], fcp: paint['first-contentful-paint'], h1: window.__h1 };
    });
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    if (!link) return { bytes, ...times, ready };
    // On to a page whose code is fetched on demand: bytes and time from the click until ready.
    await page.waitForTimeout(500);
    const before = bytes;
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: link }).waitFor({ timeout: 60_000 });
    const end = await pageReady(page);
    await page.waitForTimeout(300);
    if (errors.length) throw new Error(`page errors opening ${link}: ${errors.join('; ')}`);
    return { bytes: bytes - before, ready: end - start };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

const server = await startServer({ distDir: FOLDER, brotli: true });
const browser = await chromium.launch(LAUNCH);
try {
  // Once, unmeasured: the server compresses each file on first request.
  await visit(browser, server.url, null, 1);
  const rows = [];
  for (const [name, query] of PAGES) {
    for (const [condition, network, cpu] of CONDITIONS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, server.url + query, network, cpu));
      const keys = ['bytes', 'fp', 'fcp', 'h1', 'ready'];
      rows.push([name, condition, ...keys.map((key) => median(runs.map((r) => r[key])))]);
      process.stderr.write('.');
    }
  }
  const later = [];
  for (const link of ON_DEMAND) {
    for (const [condition, network, cpu] of CONDITIONS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, server.url + VISIT_LINK, network, cpu, link));
      later.push([link, condition, median(runs.map((r) => r.bytes)), median(runs.map((r) => r.ready))]);
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  const ms = (v) => (Number.isNaN(v) ? '-' : Math.round(v).toLocaleString('en-GB'));
  const kb = (bytes) => (bytes / 1000).toFixed(1);
  console.log(`cold load, median of ${RUNS}, brotli, empty cache, ${server.url}`);
  table(
    ['page', 'conditions', 'KB (brotli)', 'first paint ms', 'first contentful ms', 'h1 painted ms', 'ready ms'],
    rows.map(([name, condition, bytes, ...times]) => [name, condition, kb(bytes), ...times.map(ms)]),
  );
  console.log(`\nopened from the visit link, its code fetched on demand, median of ${RUNS}`);
  table(
    ['page', 'conditions', 'KB (brotli)', 'click to ready ms'],
    later.map(([name, condition, bytes, ready]) => [name, condition, kb(bytes), ms(ready)]),
  );
} finally {
  await browser.close();
  await server.close();
}

function table(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const c of body) console.log(line(c));
}
