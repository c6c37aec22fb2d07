// "Print the plan": opened from a shared link, it shows what the plan was worked out from and the
// day it was printed, then one page per month with dates in it (the month's calendar and its
// dates as a table). In print, the navigation, header, footer and buttons are hidden and each
// month starts a new page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

// A standard inspection notified on Monday 2 March 2026, under "Current practice".
const LINK = '?v=1&view=print&vk=standard&vdate=2026-03-02';
// "Today" for these tests: Monday 16 February 2026, 10am in London.
const TODAY = new Date('2026-02-16T10:00:00Z');

/** The inputs block as { label: value } pairs. */
async function inputs(page) {
  const section = page.getByRole('region', { name: 'Worked out from' });
  const keys = await section.locator('dt').allInnerTexts();
  const values = await section.locator('dd').allInnerTexts();
  return Object.fromEntries(keys.map((k, i) => [k.trim(), values[i].trim()]));
}

test('a shared link opens the print view with the inputs, the date printed and a page per month', async () => {
  const app = await openApp(suite, LINK, { fixedTime: TODAY });
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Inspection plan' }).waitFor();

  const printed = page.locator('#printed-on');
  assert.equal((await printed.innerText()).trim(), 'Printed on Monday 16 February 2026');
  assert.equal(await printed.locator('time').getAttribute('datetime'), '2026-02-16');

  const given = await inputs(page);
  assert.equal(given['Visit'], 'Standard inspection');
  assert.equal(given['Date given'], 'Notification day, Monday 2 March 2026');
  assert.equal(given['Last inspection'], 'None given');
  assert.equal(given['Rule set'], 'Current practice, the edition in force from Monday 1 April 2024');
  assert.equal(given['Christmas and New Year period'], "24 December to 1 January (the planner's default)");
  assert.equal(given['Bank holidays'], 'Built-in list for England and Wales, 1995 to 2100');
  assert.equal(
    await page.getByRole('region', { name: 'Worked out from' }).locator('dd time').first().getAttribute('datetime'),
    '2026-03-02',
  );

  // F§52–53, F§216, F§219: fieldwork in March, reports and publication in April, the observed
  // "three in four published by" day (E+38 working days, issue 14) in May, the action plan
  // (R+70 working days) in July. No page for the months with no dates in between.
  const months = page.locator('section.app-print-month');
  const titles = await months.locator('h2').allInnerTexts();
  assert.deepEqual(titles, ['March 2026', 'April 2026', 'May 2026', 'July 2026']);
  for (const title of titles) {
    const month = page.getByRole('region', { name: title, exact: true });
    // A real table of whole weeks, Monday first, then the month's dates as a table.
    const grid = month.getByRole('table', { name: `${title}: calendar` });
    assert.equal(await grid.locator('thead th').first().innerText(), 'Mon');
    assert.ok((await grid.locator('tbody tr').count()) >= 4);
    const agenda = month.getByRole('table', { name: `${title}: day by day` });
    const headers = await agenda.locator('thead th').allInnerTexts();
    assert.deepEqual(headers, ['Date', 'Time', 'What happens', 'Who', 'Source']);
    assert.ok((await agenda.locator('tbody tr[data-event]').count()) >= 1);
  }

  const march = page.getByRole('region', { name: 'March 2026', exact: true });
  const notification = march.locator('tr[data-event="notification"]');
  assert.equal(await notification.locator('time').getAttribute('datetime'), '2026-03-02');
  assert.match(await notification.innerText(), /9\.30am/);
  assert.match(await notification.innerText(), /ILACS framework, paragraph 73/);
  await march.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  // The calendar shows each event on its day, with words (never colour alone).
  const day2 = march.locator('[data-marker="notification"]');
  assert.match(await day2.innerText(), /Notification call to the DCS/);
  const july = page.getByRole('region', { name: 'July 2026', exact: true });
  await july.locator('[data-event="action-plan-due"] time[datetime="2026-07-28"]').waitFor();

  // Each event once on the page, in the month it falls in.
  const ids = await page.locator('[data-event]').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.equal(new Set(ids).size, ids.length, 'every data-event id appears once');
  assert.ok(ids.includes('publication-observed'));

  // The screen-only sections of the other pages are not here.
  assert.equal(await page.locator('#take-away-heading').count(), 0);
  assert.equal(await page.locator('#rules-heading').count(), 0);
  app.assertClean(assert);
  await app.context.close();
});

test('in print: no navigation, header, footer or buttons, and each month starts a page', async () => {
  const app = await openApp(suite, LINK, { fixedTime: TODAY });
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Planner pages' });
  const button = page.getByRole('button', { name: 'Print this page' });
  assert.equal(await nav.isVisible(), true);
  assert.equal(await button.isVisible(), true);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header').isHidden(), true, 'header hidden in print');
  assert.equal(await page.locator('footer').isHidden(), true, 'footer hidden in print');
  assert.equal(await page.locator('nav').isHidden(), true, 'navigation hidden in print');
  assert.equal(await button.isHidden(), true, 'print button hidden in print');
  assert.equal(await page.getByRole('link', { name: 'Back to all dates' }).isHidden(), true);
  // What the paper shows: the title, the date printed, the inputs and the months.
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Inspection plan' }).isVisible(), true);
  assert.equal(await page.locator('#printed-on').isVisible(), true);
  assert.equal(await page.getByRole('region', { name: 'Worked out from' }).isVisible(), true);
  const breaks = await page
    .locator('section.app-print-month')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  assert.deepEqual(breaks, ['page', 'page', 'page', 'page']);

  await page.emulateMedia({ media: 'screen' });
  const screenBreaks = await page
    .locator('section.app-print-month')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  assert.deepEqual(screenBreaks, ['auto', 'auto', 'auto', 'auto'], 'no page breaks on screen');
  app.assertClean(assert);
  await app.context.close();
});

test('"Print this page" opens the browser\'s print dialogue; the link back goes to all dates', async () => {
  const app = await openApp(suite, LINK, { fixedTime: TODAY });
  const { page } = app;
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await page.getByRole('button', { name: 'Print this page' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.getByRole('link', { name: 'Back to all dates' }).click();
  await page.getByRole('heading', { level: 1, name: 'All dates' }).waitFor();
  assert.match(page.url(), /view=calendar/);
  app.assertClean(assert);
  await app.context.close();
});

test('every plan page offers the print view under "Take the dates away"', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=focused&vdate=2026-03-03', { fixedTime: TODAY });
  const { page } = app;
  const takeAway = page.getByRole('region', { name: 'Take the dates away' });
  await takeAway.getByRole('link', { name: 'Print the plan (a page for each month)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inspection plan' }).waitFor();
  assert.match(page.url(), /view=print/);
  assert.match(page.url(), /vk=focused/);
  const given = await inputs(page);
  assert.equal(given['Visit'], 'Focused visit, no areas for priority action');
  assert.equal(given['On-site days'], 'Tuesday and Wednesday');
  // Focus moves to the new page's heading, as on every page change.
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  app.assertClean(assert);
  await app.context.close();
});

test('with no dates yet, the print view says where to start', async () => {
  const app = await openApp(suite, '?v=1&view=print', { fixedTime: TODAY });
  const { page } = app;
  await page.getByText('There are no dates to print yet.').waitFor();
  assert.equal(await page.locator('section.app-print-month').count(), 0);
  assert.equal((await inputs(page))['Visit'], 'None set');
  app.assertClean(assert);
  await app.context.close();
});

test('a plan the engine refuses is explained, not printed', async () => {
  // Saturday 7 March 2026 is not a working day: the notification cannot be on it.
  const app = await openApp(suite, '?v=1&view=print&vk=standard&vdate=2026-03-07', { fixedTime: TODAY });
  const { page } = app;
  await page.getByRole('alert').filter({ hasText: 'There is a problem with the plan' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Saturday/);
  assert.equal(await page.locator('section.app-print-month').count(), 0);
  app.assertClean(assert);
  await app.context.close();
});
