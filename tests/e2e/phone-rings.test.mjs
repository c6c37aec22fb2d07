// Issue 13, "The day the phone rings: the answer first". Positions and focus are measured in
// Chromium at 1280×800 and 375×740, not assumed. Dates: F§52–53 table (notification Monday
// 2 March 2026 → inspectors arrive Monday 9 March, feedback Friday 20 March 2026).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp, answerVisit, IN_IFRAME } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];

async function typeNotification(page, day, month, year) {
  const group = page.getByRole('group', { name: 'Notification date' });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** How far down the page (CSS px from the top of the document) an element starts. */
function top(locator) {
  return locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

for (const size of WIDTHS) {
  test(`${size.width}px: after "Show dates" the key dates come first, with focus on their heading`, async () => {
    const app = await openApp(suite, '?v=1&view=visit');
    const { page } = app;
    await page.setViewportSize(size);
    await answerVisit(page);
    await typeNotification(page, '2', '3', '2026');
    await page.getByRole('button', { name: 'Show dates' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Key dates' });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'key-dates-heading');
    const keyDates = page.locator('[data-key-event]');
    const ids = await keyDates.evaluateAll((rows) => rows.map((r) => r.dataset.keyEvent));
    assert.deepEqual(ids, [
      'notification', 'child-level-data-due', 'management-information-due', 'case-information-due',
      'onsite-1', 'feedback', 'final-report', 'publication-observed', ...ids.slice(8),
    ]);
    // Issue 25: one publication answer (the observed forecast, with its three-in-four day).
    assert.equal(ids.filter((id) => id.startsWith('publication')).length, 1);
    assert.equal(await page.locator('[data-key-event="onsite-1"] time').getAttribute('datetime'), '2026-03-09');
    assert.equal(await page.locator('[data-key-event="feedback"] time').getAttribute('datetime'), '2026-03-20');
    // The first key date sits right under the page heading: within the first screen.
    const first = await top(page.locator('[data-key-event="notification"]'));
    console.log(`first key date at ${Math.round(first)} px (${size.width} px wide)`);
    assert.ok(first < size.height, `first key date at ${first}px, below the first screen`);
    assert.ok(first < await top(page.locator('[data-event="notification"]')), 'before the agenda');
    // The questions fold away into the answers, with a way back.
    assert.equal(await page.getByRole('button', { name: 'Show dates' }).count(), 0);
    await page.getByRole('link', { name: 'Change kind of visit' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'visit-kind-1');
    app.assertClean(assert);
    await app.context.close();
  });
}

test('a link to a plan opens on its key dates, and the tab title names the page', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { page } = app;
  await page.locator('[data-key-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Show dates' }).count(), 0, 'answers, not questions');
  assert.equal(await page.title(), 'Visit schedule – ILACS Planner');
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'All dates' }).click();
  await page.getByRole('heading', { level: 1, name: 'All dates' }).waitFor();
  assert.equal(await page.title(), 'All dates – ILACS Planner');
  app.assertClean(assert);
  await app.context.close();
});

test('errors: the summary is first in main and the title starts "Error:"', async () => {
  const app = await openApp(suite, '?v=1&view=visit');
  const { page } = app;
  await answerVisit(page);
  await typeNotification(page, '31', '2', '2026');
  await page.getByRole('button', { name: 'Show dates' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await page.title(), 'Error: Visit schedule – ILACS Planner');
  const firstInMain = await page.locator('main > *:not([hidden])').first().evaluate((el) => el.textContent);
  assert.match(firstInMain, /There is a problem/);
  app.assertClean(assert);
  await app.context.close();
});

// Issue 13 item 7: questions come unanswered, and "Show dates" says what is missing, in the
// summary and beside each question, in the order the form asks them.
test('no answer is pre-selected; an unanswered question is flagged in the summary and beside it', async () => {
  const app = await openApp(suite, '?v=1&view=visit');
  const { page } = app;
  await page.getByRole('button', { name: 'Show dates' }).waitFor();
  // The questions only: the rule-set choice under "Rules in use" may keep its default.
  const questions = page.locator('form', { has: page.getByRole('button', { name: 'Show dates' }) });
  assert.equal(await questions.getByRole('radio').count() > 0, true);
  assert.equal(await questions.getByRole('radio', { checked: true }).count(), 0, 'nothing chosen for the officer');
  await page.getByRole('button', { name: 'Show dates' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.deepEqual(await summary.getByRole('link').allTextContents(), [
    'Select what kind of visit it is.',
    'Select which date you know.',
    'Enter the date',
  ]);
  assert.match(await page.locator('#visit-kind-error').textContent(), /Error: Select what kind of visit it is/);
  // A focused visit asks which days, and flags that too until it is answered.
  await page.getByRole('radio', { name: 'Focused visit' }).check();
  await page.getByRole('button', { name: 'Show dates' }).click();
  await summary.getByRole('link', { name: 'Select which days inspectors are on site.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'visit-days-1');
  assert.equal(await page.locator('#visit-kind-error').count(), 0, 'an answered question loses its error');
  app.assertClean(assert);
  await app.context.close();
});

// Issue 13 item 4, with the F§128 table: an estimated monitoring visit is its week, its day a
// Tuesday (on site Tuesday and Wednesday), never a bare day.
test('an estimated monitoring visit reads as its week, on a real on-site day', async () => {
  const app = await openApp(suite, '?v=1&view=pathway&lid=2026-01-12&lo=inadequate');
  const { page } = app;
  const key = page.locator('[data-key-event="monitoring-visit-1"]');
  await key.waitFor();
  assert.match(await key.textContent(), /week commencing Monday \d+ \w+ 2026 \(estimate\)/);
  const day = await key.locator('time').getAttribute('datetime');
  assert.equal(new Date(`${day}T12:00:00Z`).getUTCDay(), 2, `${day} is a Tuesday`);
  app.assertClean(assert);
  await app.context.close();
});

test('the pathway questions start unanswered, and "Show dates" names each one still to answer', async () => {
  const app = await openApp(suite, '?v=1&view=pathway');
  const { page } = app;
  const questions = page.locator('form', { has: page.getByRole('button', { name: 'Show dates' }) });
  await questions.waitFor();
  assert.equal(await questions.getByRole('radio', { checked: true }).count(), 0, 'nothing chosen for the officer');
  await questions.getByRole('radio', { name: 'From the sub-judgements' }).check();
  assert.equal(await page.getByLabel(/impact of leaders/).inputValue(), '', 'no grade chosen');
  await page.getByRole('button', { name: 'Show dates' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.deepEqual((await summary.getByRole('link').allTextContents()).slice(0, 3), [
    'Select what your last judgement inspection was.',
    'Select the grade for help and protection.',
    'Select the grade for children in care.',
  ]);
  await summary.getByRole('link', { name: 'Select the grade for care leavers, or “Not judged separately”.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sub-care-leavers');
  assert.match(await page.locator('#sub-care-leavers-error').textContent(), /Error: Select the grade for care leavers/);
  app.assertClean(assert);
  await app.context.close();
});

// The guide's old iframe snippet delegates no clipboard access (allow="clipboard-write"), so
// there the planner rightly falls back to the box of the next test.
test('"Copy link to this plan" copies the page\'s link, and says so', { skip: IN_IFRAME && 'no clipboard access in the old iframe snippet' }, async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { page, context } = app;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
  await page.getByRole('button', { name: 'Copy link to this plan' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /vk=standard&vdate=2026-03-02/);
  app.assertClean(assert);
  await app.context.close();
});

test('where the browser refuses to copy, the link is selected in a box to copy by hand', async () => {
  const context = await suite.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { get() { return undefined; } });
  });
  const page = await context.newPage();
  await page.goto(suite.server.url + '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  await page.getByRole('button', { name: 'Copy link to this plan' }).click();
  const box = page.getByLabel('Link to this plan');
  await box.waitFor();
  assert.match(await box.inputValue(), /vdate=2026-03-02/);
  await page.waitForFunction(() => document.activeElement?.id === 'key-dates-link'
    && document.activeElement.selectionEnd - document.activeElement.selectionStart === document.activeElement.value.length);
  await context.close();
});

test('the pathway page shows its own dates in its calendar and day by day', async () => {
  const app = await openApp(suite, '?v=1&view=pathway&li=standard&lid=2023-06-05&lo=ri');
  const { page } = app;
  await page.locator('[data-key-event="window-opens"]').waitFor();
  const agenda = page.getByRole('region', { name: 'Day by day' }).or(page.locator('#pathway-agenda-heading').locator('..'));
  // count() does not wait: the day-by-day list is drawn after the key dates, later on a busy machine.
  await page.locator('[data-event="window-opens"] time').first().waitFor();
  assert.ok(await page.locator('[data-event="window-opens"] time').count() === 1, 'window opens in the day-by-day agenda');
  assert.ok(await page.locator('[data-event="anniversary"]').count() === 1);
  assert.doesNotMatch(await agenda.first().textContent(), /Enter the date of your last inspection/);
  app.assertClean(assert);
  await app.context.close();
});

test('radios and checkboxes are GOV.UK size (40 px)', async () => {
  const app = await openApp(suite, '?v=1&view=visit');
  const { page } = app;
  const size = await page.locator('label[for="visit-kind-1"]').evaluate((label) => {
    const box = getComputedStyle(label, '::before');
    return [box.width, box.height];
  });
  assert.deepEqual(size, ['40px', '40px']);
  await app.context.close();
});

// Issue 13 item 9: a presenter step is a slide; on a 1280×800 laptop or projector none scrolls.
// Issue 22: with a wider font too (DejaVu Sans, what Debian shows for Arial without Liberation,
// or a person's own font setting), not only with Arial's widths.
for (const font of [null, '"DejaVu Sans", sans-serif']) test(`every presenter step fits 1280×800 without scrolling${font ? ', in DejaVu Sans' : ''}`, async () => {
  for (const scenario of ['standard-ordinary-week', 'inadequate-first-year']) {
    const app = await openApp(suite, `?v=1&view=training&sc=${scenario}&sd=2026-03-02&st=1`);
    const { page } = app;
    // Set through the style object, which a strict Content-Security-Policy allows.
    if (font) await page.evaluate((family) => { document.body.style.fontFamily = family; }, font);
    await page.setViewportSize({ width: 1280, height: 800 });
    const caption = page.locator('.app-presenter__caption');
    await caption.waitFor();
    const count = Number((await caption.textContent()).match(/of (\d+)/)[1]);
    for (let n = 1; n <= count; n += 1) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((want) => document.querySelector('.app-presenter__caption')?.textContent === want, `Step ${n} of ${count}`);
      // Two frames: the step is drawn, then its type is fitted.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const [height, room] = await page.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
      assert.ok(height <= room, `${scenario} step ${n}: ${height} px tall in a ${room} px window`);
    }
    app.assertClean(assert);
    await app.context.close();
  }
});

test('320px: no page scrolls sideways, and the menu button opens the navigation', async () => {
  for (const path of ['?v=1&view=visit&vk=standard&vdate=2026-03-02', '?v=1&view=pathway&li=standard&lid=2023-06-05&lo=ri', '?v=1&view=calendar&vk=standard&vdate=2026-03-02']) {
    const app = await openApp(suite, path);
    const { page } = app;
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow}px`);
    const table = page.locator('.app-calendar__table').first();
    const box = await table.evaluate((el) => [el.scrollWidth, el.parentElement.clientWidth]);
    assert.ok(box[0] <= box[1], `the month grid fits (${box[0]} of ${box[1]} px)`);
    const nav = page.getByRole('navigation', { name: 'Planner pages' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    assert.equal(await nav.getByRole('link', { name: 'All dates' }).isVisible(), false, 'links folded away');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await nav.getByRole('link', { name: 'All dates' }).click();
    await page.getByRole('heading', { level: 1, name: 'All dates' }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'the menu closes after choosing a page');
    app.assertClean(assert);
    await app.context.close();
  }
});

// Issue 13 item 5: 200 % zoom of a 1280×800 window lays the page out 640 CSS px wide and 400
// tall (WCAG 1.4.10 reflow); no page of a full plan scrolls sideways.
test('200% zoom: no page scrolls sideways', async () => {
  const plan = 'vk=standard&vdate=2026-03-02&li=standard&lid=2023-06-05&lo=ri';
  for (const view of ['home', 'pathway', 'visit', 'after-fieldwork', 'calendar', 'checklist', 'requests', 'plans', 'training', 'print']) {
    const app = await openApp(suite, `?v=1&view=${view}&${plan}`);
    const { page } = app;
    await page.setViewportSize({ width: 640, height: 400 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${view} scrolls sideways by ${overflow}px at 200% zoom`);
    app.assertClean(assert);
    await app.context.close();
  }
});

test('calendar entries are titled "ILACS:", a download is confirmed with how to import it, and print goes back where it came from', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { page } = app;
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /calendar \(\.ics\)/ }).click(),
  ]);
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  const summaries = text.split('\r\n').filter((l) => l.startsWith('SUMMARY:'));
  assert.ok(summaries.length > 10);
  assert.ok(summaries.every((l) => /^SUMMARY:ILACS( \(estimate\))?: /.test(l)), summaries.find((l) => !/^SUMMARY:ILACS/.test(l)));
  assert.ok(summaries.every((l) => !/\(estimate\).*\(estimate\)/.test(l)));
  const banner = page.getByRole('region', { name: 'Done' });
  await banner.waitFor();
  assert.match(await banner.textContent(), /In Outlook, open the file/);
  await page.getByRole('link', { name: 'Print the plan (a page for each month)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inspection plan' }).waitFor();
  assert.match(await page.locator('#print-plan-name').textContent(), /ILACS Planner: My plan/);
  await page.getByRole('link', { name: 'Back to visit schedule' }).click();
  await page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  app.assertClean(assert);
  await app.context.close();
});
