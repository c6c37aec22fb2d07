// Issue 25, "One answer on each page": the question first, the caveat beside the date, the next
// step under it. Against the release build at 1280 and 375 px; "today" is fixed at Sunday
// 6 December 2026. Dates are the engine's, checked in tests/key_dates.rs: a short inspection on
// site from Monday 5 April 2027 has its framework publication day on Tuesday 11 May 2027, most
// likely Wednesday 19 May, three in four by Friday 4 June 2027; with polls on Thursday 6 May 2027
// held reports come out about Monday 17 May.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startSuite, openApp, IN_IFRAME } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TODAY = new Date('2026-12-06T10:00:00Z');
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];
const SHORT_WITH_POLLS = '?v=1&view=after-fieldwork&vk=short&va=s&vdate=2027-04-05&lp=2027-05-06';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function assertAccessible(page, name) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${name}`);
}

async function open(path, size) {
  const app = await openApp(suite, path, { fixedTime: TODAY });
  await app.page.setViewportSize(size);
  return app;
}

const times = (locator) => locator.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));

for (const size of WIDTHS) {
  test(`${size.width}px: item 1, one publication answer in Key dates, the framework's day in the list`, async () => {
    const app = await open(SHORT_WITH_POLLS, size);
    const { page } = app;
    const key = page.locator('.app-key-dates');
    await key.locator('[data-key-event="publication-observed"]').waitFor();
    const publication = await key.locator('[data-key-event^="publication"]')
      .evaluateAll((rows) => rows.map((r) => r.dataset.keyEvent));
    assert.deepEqual(publication, ['publication-observed']);
    const row = key.locator('[data-key-event="publication-observed"]');
    assert.deepEqual(await times(row), ['2027-05-19', '2027-06-04']);
    assert.match(await row.textContent(), /Most likely Wednesday 19 May 2027; three in four are published by Friday 4 June 2027/);
    // The 19 May forecast is after the polls and the release: no pre-election warning beside it.
    assert.equal(await row.locator('.govuk-warning-text').count(), 0);
    // The framework's timetable stays in the day-by-day list, labelled as such.
    const framework = page.locator('[data-event="publication"]');
    assert.equal(await framework.locator('time').first().getAttribute('datetime'), '2027-05-11');
    assert.match(await framework.textContent(), /framework timetable/);
    await assertAccessible(page, `after fieldwork, current practice, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 1, the 2017 framework's day, with a warning that agrees with it`, async () => {
    const app = await open(`${SHORT_WITH_POLLS}&rs=ilacs-2017`, size);
    const { page } = app;
    const key = page.locator('.app-key-dates');
    const row = key.locator('[data-key-event="publication"]');
    await row.waitFor();
    assert.equal(await key.locator('[data-key-event^="publication-observed"]').count(), 0);
    assert.deepEqual(await times(row), ['2027-05-11']);
    const warning = await row.locator('.govuk-warning-text').textContent();
    assert.match(warning, /after polling day/);
    assert.doesNotMatch(warning, /falls in the pre-election period/);
    assert.match(warning, /17 May 2027/);
    await assertAccessible(page, `after fieldwork, 2017 framework, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 3, the Christmas warning sits on the feedback key date`, async () => {
    // A short inspection on site from Monday 21 December 2026: feedback Tuesday 29 December.
    const app = await open('?v=1&view=visit&vk=short&va=s&vdate=2026-12-21', size);
    const { page } = app;
    const feedback = page.locator('.app-key-dates [data-key-event="feedback"]');
    await feedback.waitFor();
    assert.deepEqual(await times(feedback), ['2026-12-29']);
    const warning = feedback.locator('.govuk-warning-text').filter({ hasText: 'Christmas and New Year' });
    assert.equal(await warning.count(), 1, 'the Christmas warning beside the feedback date');
    assert.equal(await page.locator('.app-key-dates [data-key-event="notification"] .govuk-warning-text').count(), 0);
    // The full list stays below.
    assert.ok(await page.locator('.app-warning-summary').count() > 0, 'the full list of warnings');
    await assertAccessible(page, `visit over Christmas, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 4, what you do next sits right under Key dates`, async () => {
    const app = await open(SHORT_WITH_POLLS, size);
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    const key = page.locator('.app-key-dates');
    const group = key.locator('.govuk-button-group');
    await group.waitFor();
    const names = await group.locator('button, a').evaluateAll((els) => els.map((e) => e.textContent.trim()));
    assert.deepEqual(names, ['Copy link to this plan', 'Add to Outlook (.ics)', 'Print the plan', 'Save as a file']);
    // Right under the last key date: within a few Tab presses of it.
    const lastRow = key.locator('[data-key-event]').last();
    const gap = await group.evaluate((g, row) => g.getBoundingClientRect().top - row.getBoundingClientRect().bottom,
      await lastRow.elementHandle());
    assert.ok(gap < 120, `button group ${gap}px under the last key date`);
    await key.locator('[data-key-event]').last().locator('time').first().waitFor();
    await page.locator('#key-dates-heading').focus();
    let tabs = 0;
    while (tabs < 10) {
      await page.keyboard.press('Tab');
      tabs += 1;
      if (await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Copy link to this plan')) break;
    }
    assert.ok(tabs < 10, 'copy link within a few Tab presses of the key dates');
    // The guide's old iframe snippet gives no clipboard: there the link is offered in a box to copy
    // by hand, which phone-rings.test.mjs covers.
    if (!IN_IFRAME) {
      await group.getByRole('button', { name: 'Copy link to this plan' }).click();
      await key.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /vdate=2027-04-05/);
    }
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: 'Add to Outlook (.ics)' }).click(),
    ]);
    assert.match(ics.suggestedFilename(), /\.ics$/);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: 'Save as a file' }).click(),
    ]);
    assert.match(file.suggestedFilename(), /\.json$/);
    assert.match(await group.getByRole('link', { name: 'Print the plan' }).getAttribute('href'), /view=print/);
    await assertAccessible(page, `after fieldwork with the button group, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });
}

test('item 5: key dates before today are marked passed (Devon, inadequate in October 2024)', async () => {
  const app = await open('?v=1&view=pathway&lid=2024-09-30&lo=inadequate', WIDTHS[0]);
  const { page } = app;
  const rows = page.locator('.app-key-dates [data-key-event]');
  await rows.first().waitFor();
  const marks = await rows.evaluateAll((rs) => rs.map((r) => ({
    id: r.dataset.keyEvent,
    last: [...r.querySelectorAll('time')].map((t) => t.getAttribute('datetime')).sort().pop(),
    passed: r.querySelector('.app-passed')?.textContent === 'Passed',
  })));
  assert.ok(marks.some((m) => m.passed), 'some dates have passed');
  for (const m of marks) assert.equal(m.passed, m.last < '2026-12-06', `${m.id} ${m.last}`);
  await assertAccessible(page, 'pathway with passed dates');
  app.assertClean(assert);
  await app.context.close();
});

for (const size of WIDTHS) {
  test(`${size.width}px: item 5, when every key date has passed the page says what to enter next`, async () => {
    const app = await open('?v=1&view=visit&vk=standard&va=s&vdate=2025-03-03', size);
    const { page } = app;
    const rows = page.locator('.app-key-dates [data-key-event]');
    await rows.first().waitFor();
    const count = await rows.count();
    assert.equal(await page.locator('.app-key-dates [data-key-event] .app-passed').count(), count);
    assert.match(await page.locator('[data-next-step]').textContent(), /enter your latest monitoring visit/i);
    await assertAccessible(page, `visit long over, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });
}

test('item 9: switching to a focused visit with an answer missing hides the short inspection dates', async () => {
  const app = await open('?v=1&view=visit&vk=short&vdate=2026-03-02', WIDTHS[0]);
  const { page } = app;
  await page.locator('.app-key-dates [data-key-event="feedback"]').waitFor();
  await page.getByRole('link', { name: 'Change kind of visit' }).click();
  await page.getByRole('radio', { name: 'Focused visit' }).check();
  await page.getByRole('button', { name: 'Show dates' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  assert.match(await page.locator('.govuk-error-summary').textContent(), /days/i);
  assert.equal(await page.locator('[data-key-event]').count(), 0, 'no key dates of the short inspection');
  assert.equal(await page.locator('[data-event="onsite-1"]').count(), 0, 'no schedule of the short inspection');
  // Answering brings the focused visit's dates.
  await page.getByRole('radio', { name: 'Tuesday and Wednesday' }).check();
  await page.getByRole('button', { name: 'Show dates' }).click();
  await page.locator('.app-key-dates [data-key-event="feedback"]').waitFor();
  await assertAccessible(page, 'visit after the error is fixed');
  app.assertClean(assert);
  await app.context.close();
});
