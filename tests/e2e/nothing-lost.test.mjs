// Issue 12, "Nothing a user enters is ever lost". Each test reproduces one numbered case of the
// issue in Chromium and shows that nothing is lost: two pages of one browser context for the
// tab cases, `setItem` made to throw, storage filled to its quota, storage blocked, a link with
// thousands of episodes, formulas in CSV cells, calendar UIDs of two plans, an imported
// bank-holiday list across a reload, and drafts across a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { startSuite, openApp } from './support.mjs';
import { parseCsv } from './csv.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const SPRING = '?v=1&view=plans&vk=standard&vdate=2026-03-02';
const REQUESTS = '?v=1&view=requests&vk=standard&vdate=2026-03-02';
const MONDAY = new Date('2026-03-09T10:00:00Z');

async function stored(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('ilacs-planner/plans') ?? '{"plans":[]}'));
}

async function storedNames(page) {
  return (await stored(page)).plans.map((p) => p.name);
}

async function rename(page, from, to) {
  await page.getByRole('button', { name: `Rename “${from}”` }).click();
  const box = page.getByLabel(`New name for “${from}”`);
  await box.fill(to);
  await box.press('Enter');
  await page.getByRole('button', { name: `Rename “${to}”` }).waitFor();
}

async function addRequest(page, reason, by = 'Lead inspector') {
  await page.getByLabel('Requested by').fill(by);
  const due = page.getByRole('group', { name: 'Response required by' });
  await due.getByLabel('Day').fill('11');
  await due.getByLabel('Month').fill('3');
  await due.getByLabel('Year').fill('2026');
  await page.getByLabel('Reason for request').fill(reason);
  await page.getByRole('radio', { name: 'Document' }).check();
  await page.getByRole('button', { name: 'Add request' }).click();
}

/** A second tab of the same browser (same storage). */
async function secondTab(app, path) {
  const page = await app.context.newPage();
  await page.goto(suite.server.url + path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

test('case 1: a plan made in tab A survives a rename in tab B, and B shows it', async () => {
  const app = await openApp(suite, SPRING);
  const a = app.page;
  const b = await secondTab(app, '?v=1&view=plans');
  await a.getByRole('button', { name: 'Start a new plan' }).click();
  await rename(a, 'Untitled plan', 'Autumn what-if');
  await rename(b, 'My plan', 'Spring');
  assert.deepEqual((await storedNames(a)).sort(), ['Autumn what-if', 'Spring']);
  // B hears of A's plan through the storage event and lists it.
  await b.getByRole('button', { name: 'Open “Autumn what-if”' }).waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('case 1, variant: a request added in tab B survives a rename of the same plan in tab A', async () => {
  const app = await openApp(suite, SPRING, { fixedTime: MONDAY });
  const a = app.page;
  const b = await secondTab(app, REQUESTS);
  await addRequest(b, 'Chronology for child A');
  await b.locator('[data-request="R1"]').waitFor();
  await rename(a, 'My plan', 'Our plan');
  const plans = (await stored(a)).plans;
  assert.ok(plans.some((p) => p.requests.some((r) => r.reason === 'Chronology for child A')), 'the request is kept');
  assert.ok(plans.some((p) => p.name === 'Our plan'), 'and so is the rename');
  app.assertClean(assert);
  await app.context.close();
});

test('case 1, at the same moment: different parts merge into one plan; the same part keeps both versions and the tab says so', async () => {
  // Neither tab hears the other (as when both change in the same instant): the storage event is
  // not delivered to the app.
  const context = await suite.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.clock.setFixedTime(MONDAY);
  await context.addInitScript(() => {
    const add = window.addEventListener;
    window.addEventListener = function (type, ...rest) {
      if (type !== 'storage') add.call(this, type, ...rest);
    };
  });
  const a = await context.newPage();
  await a.goto(suite.server.url + SPRING);
  await a.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
  const b = await context.newPage();
  await b.goto(suite.server.url + REQUESTS);
  await b.getByRole('heading', { level: 1, name: 'Further information requests' }).waitFor();
  await addRequest(b, 'Supervision notes');
  await b.locator('[data-request="R1"]').waitFor();
  // Issue 22: A renames the plan B added a request to: different parts, so one plan has both.
  await rename(a, 'My plan', 'Mine');
  let plans = (await stored(a)).plans;
  assert.deepEqual(plans.map((p) => [p.name, p.requests.length]), [['Mine', 1]], 'one plan, with the rename and the request');
  // B, still not having heard, renames the same plan: the same part changed in both, so both
  // versions are kept and B says so.
  await b.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Saved plans' }).click();
  await b.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
  await b.getByRole('button', { name: 'Rename “My plan”' }).click();
  await b.getByLabel('New name for “My plan”').fill('Theirs');
  await b.getByLabel('New name for “My plan”').press('Enter');
  await b.getByRole('button', { name: 'Rename “Theirs (copy from another tab)”' }).waitFor();
  const banner = b.getByRole('region', { name: 'A plan was changed in two tabs at once' });
  await banner.waitFor();
  assert.match(await banner.textContent(), /“Theirs \(copy from another tab\)”/);
  plans = (await stored(b)).plans;
  assert.ok(plans.some((p) => p.name === 'Mine' && p.requests.length === 1), 'A\'s version is kept');
  assert.ok(plans.some((p) => p.name === 'Theirs (copy from another tab)' && p.requests.length === 1), 'B\'s rename is kept');
  await context.close();
});

test('case 2: when the damaged list cannot be copied aside, the original stays and the page says nothing is saved', async () => {
  const context = await suite.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('ilacs-planner/plans', '{"version":1,"plans":[{"id":"plan-1","name":"A", BROKEN');
    // Every place a copy could go is taken by something else.
    localStorage.setItem('ilacs-planner/unreadable-plans', 'older damage');
    for (let n = 2; n <= 9; n += 1) localStorage.setItem(`ilacs-planner/unreadable-plans-${n}`, `older damage ${n}`);
  });
  const page = await context.newPage();
  await page.goto(suite.server.url + '?v=1&view=plans');
  await page.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Changes are not being saved in this browser' }).waitFor();
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await rename(page, 'Untitled plan', 'New work');
  assert.equal(
    await page.evaluate(() => localStorage.getItem('ilacs-planner/plans')),
    '{"version":1,"plans":[{"id":"plan-1","name":"A", BROKEN',
    'the original is exactly as it was',
  );
  await page.getByRole('button', { name: 'Save the open plan as a file' }).waitFor();
  await context.close();
});

test('case 2: a copy that does not read back the same is not trusted either', async () => {
  const context = await suite.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('ilacs-planner/plans', '{"version":7,"plans":[]}');
    }
    // Storage nearly full: the copy is refused.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('ilacs-planner/unreadable-plans')) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await page.goto(suite.server.url + '?v=1&view=plans');
  await page.getByRole('alert').filter({ hasText: 'Changes are not being saved in this browser' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('ilacs-planner/plans')), '{"version":7,"plans":[]}');
  await context.close();
});

test('case 3: a refused save is said, with a way to save the plan as a file, and a later save clears it', async () => {
  const app = await openApp(suite, REQUESTS, { fixedTime: MONDAY });
  const { page } = app;
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    window.__refuse = true;
    Storage.prototype.setItem = function (key, value) {
      if (window.__refuse && key === 'ilacs-planner/plans') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await addRequest(page, 'Missing chronology');
  const warning = page.getByRole('alert').filter({ hasText: 'Your latest changes could not be saved in this browser' });
  await warning.waitFor();
  assert.match(await warning.textContent(), /delete plans you no longer need/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Save the open plan as a file' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.plan.requests[0].reason, 'Missing chronology', 'the file holds what storage refused');
  // Space is freed: the next change saves everything, and the warning goes.
  await page.evaluate(() => { window.__refuse = false; });
  await addRequest(page, 'Audit list');
  await warning.waitFor({ state: 'detached' });
  const reasons = (await stored(page)).plans[0].requests.map((r) => r.reason);
  assert.deepEqual(reasons, ['Missing chronology', 'Audit list']);
  await app.context.close();
});

test('case 3: storage filled to its real quota is said too', async () => {
  const app = await openApp(suite, SPRING);
  const { page } = app;
  await fillStorage(page);
  await page.getByRole('button', { name: 'Rename “My plan”' }).click();
  const box = page.getByLabel('New name for “My plan”');
  await box.fill('A much longer name for the plan, so that it no longer fits in storage');
  await box.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Your latest changes could not be saved in this browser' }).waitFor();
  await app.context.close();
});

test('case 3: blocked storage is said once, and the planner still works', async () => {
  const context = await suite.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('blocked', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  await page.goto(suite.server.url + '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  await page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  const alerts = page.getByRole('alert').filter({ hasText: 'Nothing you enter will be remembered on this computer' });
  await alerts.waitFor();
  assert.equal(await alerts.count(), 1);
  await context.close();
});

test('case 4: a link with hundreds of episodes opens with the first 20 and a note', async () => {
  // (10,000 would pass the app, but not the test server's limit on the length of a request.)
  const list = Array.from({ length: 500 }, () => 'jtai:2025-06-03').join(',');
  const app = await openApp(suite, `?v=1&view=calendar&ep=${list}`);
  const notes = app.page.getByRole('region', { name: 'Some of this link could not be used' });
  await notes.waitFor();
  assert.match(await notes.textContent(), /500 other inspections or visits; a plan holds at most 20/);
  assert.equal(await app.page.locator('[data-event^="episode-"]').count() > 0, true);
  assert.equal(await app.page.locator('[data-event="episode-21"]').count(), 0);
  await app.context.close();
});

test('case 5: formulas typed into a request come out of the spreadsheet as text', async () => {
  const app = await openApp(suite, REQUESTS, { fixedTime: MONDAY });
  const { page } = app;
  await addRequest(page, '=HYPERLINK("http://example.invalid","click")', '@lead');
  await page.locator('[data-request="R1"]').waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the requests as a spreadsheet (.csv)' }).click(),
  ]);
  const [, row] = parseCsv((await readFile(await file.path(), 'utf8')).slice(1));
  assert.equal(row[1], "'@lead");
  assert.equal(row[7], `'=HYPERLINK("http://example.invalid","click")`);
  app.assertClean(assert);
  await app.context.close();
});

test('case 6: two saved plans give different calendar UIDs, named after each plan', async () => {
  const app = await openApp(suite, '?v=1&view=calendar&vk=standard&vdate=2026-03-02');
  const { page } = app;
  const uids = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /calendar \(\.ics\)/ }).click(),
    ]);
    const text = await readFile(await file.path(), 'utf8');
    return { name: file.suggestedFilename(), uids: text.split('\r\n').filter((l) => l.startsWith('UID:')) };
  };
  const first = await uids();
  assert.equal(first.name, 'My plan – ILACS dates.ics');
  // A second plan with the same dates, from its own link.
  await page.goto(suite.server.url + '?v=1&view=plans');
  await page.getByRole('button', { name: 'Copy “My plan”' }).click();
  await page.getByRole('button', { name: 'Open “Copy of My plan”' }).click();
  await page.goto(suite.server.url + '?v=1&view=calendar&vk=standard&vdate=2026-03-02');
  await page.getByRole('heading', { level: 1, name: 'All dates' }).waitFor();
  const second = await uids();
  assert.ok(first.uids.length > 10);
  assert.equal(first.uids.filter((uid) => second.uids.includes(uid)).length, 0, second.name);
  await app.context.close();
});

test('case 7: an imported bank-holiday list is still in force after a reload, and can be dropped', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { page } = app;
  const official = JSON.parse(await readFile(new URL('../fixtures/bank-holidays-2024-2028.json', import.meta.url), 'utf8'));
  official['england-and-wales'].events.push({ title: 'Extra bank holiday', date: '2026-03-03', notes: '', bunting: true });
  await page.getByLabel(/Load GOV.UK's bank holidays file/).setInputFiles({
    name: 'bank-holidays.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(official)),
  });
  await page.locator('[data-event="child-level-data-due"] time[datetime="2026-03-04"]').waitFor();
  await page.reload();
  await page.locator('[data-event="child-level-data-due"] time[datetime="2026-03-04"]').waitFor();
  assert.match(await page.locator('#bank-holiday-status').textContent(), /In force: the official list from bank-holidays\.json/);
  await page.getByRole('button', { name: 'Use the built-in list instead' }).click();
  await page.locator('[data-event="child-level-data-due"] time[datetime="2026-03-03"]').waitFor();
  await page.reload();
  await page.locator('[data-event="child-level-data-due"] time[datetime="2026-03-03"]').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('case 8: a half-written request and a half-typed name survive a reload', async () => {
  const app = await openApp(suite, REQUESTS, { fixedTime: MONDAY });
  const { page } = app;
  await page.getByLabel('Requested by').fill('Regulatory inspector');
  await page.getByLabel('Reason for request').fill('Foster carer list, half written');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Further information requests' }).waitFor();
  assert.equal(await page.getByLabel('Requested by').inputValue(), 'Regulatory inspector');
  assert.equal(await page.getByLabel('Reason for request').inputValue(), 'Foster carer list, half written');

  await page.goto(suite.server.url + '?v=1&view=plans');
  await page.getByRole('button', { name: 'Rename “My plan”' }).click();
  await page.getByLabel('New name for “My plan”').fill('Half a na');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
  assert.equal(await page.getByLabel('New name for “My plan”').inputValue(), 'Half a na');
  app.assertClean(assert);
  await app.context.close();
});

test('case 9: a 10 MB file offered as a plan is refused as too large for a plan', async () => {
  const app = await openApp(suite, '?v=1&view=plans');
  const { page } = app;
  await page.getByLabel('Open a plan file').setInputFiles({
    name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(10_000_000, 32),
  });
  const error = page.locator('#plan-file-error');
  await error.waitFor();
  assert.match(await error.textContent(), /too large .* A plan file is at most 1 MB/);
  assert.doesNotMatch(await error.textContent(), /bank holidays/);
  await app.context.close();
});

/** Counts this context's writes of the saved-plans list (attempts, refused ones too). */
async function countPlanWrites(context) {
  await context.addInitScript(() => {
    window.__planWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'ilacs-planner/plans') window.__planWrites += 1;
      return setItem.call(this, key, value);
    };
  });
}

/** Fills the site's storage to its quota, as another intranet tool on the same host can. */
async function fillStorage(page) {
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 200; i += 1) {
      try { localStorage.setItem(`filler-${i}`, chunk + i); } catch { break; }
    }
    // Fill the last few bytes.
    for (let size = 16384; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; i < 64; i += 1) {
        try { localStorage.setItem(`filler-small-${size}-${i}`, 'y'.repeat(size)); } catch { break; }
      }
    }
  });
}

// Issue 22, case 1: with storage already full (another intranet tool on the same host can fill
// it), a visit link used to freeze the page: each refused write set off another.
test('issue 22: storage already full, a visit link opens, says so once and stays responsive', async () => {
  const context = await suite.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  await countPlanWrites(context);
  const page = await context.newPage();
  await page.goto(suite.server.url + '?v=1&view=plans');
  await page.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
  await fillStorage(page);
  await page.goto(suite.server.url + '?v=1&view=visit&vk=standard&vdate=2027-02-01');
  await page.locator('[data-event="feedback"] time[datetime="2027-02-19"]').waitFor({ timeout: 10000 });
  const warning = page.getByRole('alert').filter({ hasText: 'Your latest changes could not be saved in this browser' });
  await warning.waitFor();
  await warning.getByRole('button', { name: 'Save the open plan as a file' }).waitFor();
  await page.waitForTimeout(1000);
  const settled = await page.evaluate(() => window.__planWrites);
  assert.ok(settled <= 3, `${settled} writes tried on opening`);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__planWrites), settled, 'no write is tried again while nothing changes');
  // "Start a new plan" while full: one more try, then quiet, and the page still answers.
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Saved plans' }).click();
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('button', { name: 'Rename “Untitled plan”' }).waitFor();
  await page.waitForTimeout(1000);
  const afterNew = await page.evaluate(() => window.__planWrites);
  assert.ok(afterNew - settled <= 3, `${afterNew - settled} writes tried for one new plan`);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__planWrites), afterNew);
  // Nothing entered is lost: the file holds the open plan.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('alert').getByRole('button', { name: 'Save the open plan as a file' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.plan.name, 'Untitled plan');
  await context.close();
});

// Issue 22, case 2: two idle tabs with different plans open wrote the list to each other
// thousands of times a second.
test('issue 22: two idle tabs with different plans open write nothing', async () => {
  const context = await suite.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  await countPlanWrites(context);
  const a = await context.newPage();
  await a.goto(suite.server.url + '?v=1&view=visit&vk=standard&vdate=2027-02-01');
  await a.locator('[data-event="feedback"] time[datetime="2027-02-19"]').waitFor();
  const b = await context.newPage();
  await b.goto(suite.server.url + '?v=1&view=plans');
  await b.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
  await b.getByRole('button', { name: 'Start a new plan' }).click();
  await b.getByRole('button', { name: 'Rename “Untitled plan”' }).waitFor();
  await a.waitForTimeout(500);
  const before = await Promise.all([a, b].map((p) => p.evaluate(() => window.__planWrites)));
  await a.waitForTimeout(2000);
  const after = await Promise.all([a, b].map((p) => p.evaluate(() => window.__planWrites)));
  assert.deepEqual(after, before, `writes while idle: ${after[0] - before[0]} in A, ${after[1] - before[1]} in B`);
  // Each tab still shows its own plan.
  await a.locator('[data-event="feedback"] time[datetime="2027-02-19"]').waitFor();
  await context.close();
});

// Issue 22: when another tab deletes the plan this tab has open, this tab says so, names the
// plan it shows now, and can put the deleted plan back.
test('issue 22: a plan deleted in another tab is said, and can be put back', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2027-02-01');
  const a = app.page;
  const b = await secondTab(app, '?v=1&view=plans');
  const open = (await stored(a)).current;
  const name = (await stored(a)).plans.find((p) => p.id === open).name;
  await b.getByRole('button', { name: `Delete “${name}”` }).click();
  const banner = a.getByRole('alert').filter({ hasText: `“${name}” was deleted in another tab` });
  await banner.waitFor();
  assert.match(await banner.textContent(), /This tab now shows “/);
  await banner.getByRole('button', { name: `Put “${name}” back` }).click();
  await a.locator('[data-event="feedback"] time[datetime="2027-02-19"]').waitFor();
  await b.getByRole('button', { name: `Open “${name}”` }).waitFor();
  assert.ok((await stored(a)).plans.some((p) => p.name === name), 'back in storage, and in the other tab');
  app.assertClean(assert);
  await app.context.close();
});

// Issue 22: in a cross-site iframe where the browser refuses storage, the page must say that
// closing it loses the plan, and offer the file, inside the frame.
test('issue 22: storage refused inside an intranet page\'s iframe: the warning says what is lost and offers the file', async () => {
  const app = `${suite.server.url}?v=1&view=visit&vk=standard&vdate=2027-02-01&embed=1`;
  const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title></head>
<body><h1>Intranet</h1><iframe id="planner" title="ILACS Planner" sandbox="allow-scripts allow-same-origin allow-downloads" src="${app}" style="width:100%;height:1500px"></iframe></body></html>`;
  const intranet = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((ok) => intranet.listen(0, '127.0.0.1', ok));
  const context = await suite.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  // As a browser that blocks third-party storage does, in the planner's frame only.
  await context.addInitScript(() => {
    if (window.top === window) return;
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('blocked', 'SecurityError'); },
    });
  });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${intranet.address().port}/`);
    const frame = page.frameLocator('#planner');
    await frame.locator('[data-event="feedback"] time[datetime="2027-02-19"]').waitFor();
    const warning = frame.getByRole('alert').filter({ hasText: 'Nothing you enter will be remembered on this computer' });
    await warning.waitFor();
    assert.match(await warning.textContent(), /gone when you close the page/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Save the open plan as a file' }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.plan.state.includes('vdate=2027-02-01'), true, 'the file holds the plan');
  } finally {
    await context.close();
    await new Promise((ok) => intranet.close(ok));
  }
});
