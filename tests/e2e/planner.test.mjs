// Journeys through the planner pages (issue 5), against the release build served from a
// sub-path. Expected dates are worked out by hand from the ILACS framework (F§52–53 table,
// F§216) and GOV.UK's bank holidays; each test names its source.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSuite, openApp, openQuestions, answerVisit } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function fillDate(page, groupName, day, month, year) {
  const group = page.getByRole('group', { name: groupName });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

async function dateOf(page, eventId) {
  const time = page.locator(`[data-event="${eventId}"] time`);
  await time.waitFor();
  return time.getAttribute('datetime');
}

async function openVisit(app, day = '2', month = '3', year = '2026') {
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Visit schedule' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  await answerVisit(app.page);
  await fillDate(app.page, 'Notification date', day, month, year);
}

// F§52–53 table: notification Monday 2 March 2026 → on site Monday 9 March, feedback on the
// 10th working day of fieldwork, Friday 20 March 2026.
test('standard inspection: the officer enters the notification date and reads the feedback day', async () => {
  const app = await openApp(suite);
  await openVisit(app);
  assert.equal(await dateOf(app.page, 'notification'), '2026-03-02');
  assert.equal(await dateOf(app.page, 'child-level-data-due'), '2026-03-03');
  assert.equal(await dateOf(app.page, 'onsite-1'), '2026-03-09');
  assert.equal(await dateOf(app.page, 'feedback'), '2026-03-20');
  assert.match(app.page.url(), /[?&]view=visit(&|$)/);
  app.assertClean(assert);
  await app.context.close();
});

// Keyboard only: Tab into the calendar, ArrowDown moves a week, Enter makes it the notification
// date; feedback moves from Friday 20 March to Friday 27 March 2026.
test('the date is moved with the calendar by keyboard only and the schedule follows', async () => {
  const app = await openApp(suite);
  await openVisit(app);
  assert.equal(await dateOf(app.page, 'feedback'), '2026-03-20');
  await app.page.getByRole('button', { name: 'Show dates' }).focus();
  let inCalendar = false;
  for (let i = 0; i < 12 && !inCalendar; i++) {
    await app.page.keyboard.press('Tab');
    inCalendar = await app.page.evaluate(() => !!document.activeElement?.closest('table') && document.activeElement.tagName === 'BUTTON');
  }
  assert.ok(inCalendar, 'Tab reaches a day of the calendar');
  const start = await app.page.evaluate(() => document.activeElement.closest('td')?.dataset.date);
  assert.equal(start, '2026-03-02', 'the calendar opens on the notification day');
  await app.page.keyboard.press('ArrowDown');
  const moved = await app.page.evaluate(() => document.activeElement.closest('td')?.dataset.date);
  assert.equal(moved, '2026-03-09');
  await app.page.keyboard.press('Enter');
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-27"]').waitFor();
  assert.equal(await dateOf(app.page, 'notification'), '2026-03-09');
  assert.equal(await app.page.getByRole('group', { name: 'Notification date' }).getByLabel('Day').inputValue(), '9');
  app.assertClean(assert);
  await app.context.close();
});

// F§216 and Ofsted's 2020 consultation outcome: the 2017 framework gives the local authority
// 3 working days to comment on the draft report; current practice gives 5. Current practice
// also shows the observed publication estimate (27 working days since April 2024).
test('switching the rule set changes the after-fieldwork dates', async () => {
  const app = await openApp(suite);
  await openVisit(app);
  await app.page.getByRole('link', { name: 'After fieldwork' }).first().click();
  await app.page.getByRole('heading', { level: 1, name: 'After fieldwork' }).waitFor();
  await app.page.getByRole('radio', { name: 'Current practice' }).check();
  // Fieldwork ends Friday 20 March 2026; +27 working days, skipping Good Friday 3 April and
  // Easter Monday 6 April, is Thursday 30 April 2026.
  const draft = await dateOf(app.page, 'draft-report');
  const commentsCurrent = await dateOf(app.page, 'la-comments-due');
  assert.equal(await dateOf(app.page, 'publication-observed'), '2026-04-30');
  await app.page.getByRole('radio', { name: /ILACS framework 2017/ }).check();
  await app.page.locator('[data-event="publication-observed"]').waitFor({ state: 'detached' });
  const commentsFramework = await dateOf(app.page, 'la-comments-due');
  assert.equal(await dateOf(app.page, 'draft-report'), draft);
  assert.notEqual(commentsFramework, commentsCurrent);
  app.assertClean(assert);
  await app.context.close();
});

// GOV.UK's bank-holidays.json replaces the built-in list for the years it covers. A file that
// adds a (made-up) bank holiday on Tuesday 3 March 2026 moves the child-level data deadline
// (N+1, Annex A) from Tuesday 3 to Wednesday 4 March 2026.
test('importing a bank-holiday file moves a date', async () => {
  const app = await openApp(suite);
  await openVisit(app);
  assert.equal(await dateOf(app.page, 'child-level-data-due'), '2026-03-03');
  const official = JSON.parse(await readFile(new URL('../fixtures/bank-holidays-2024-2028.json', import.meta.url), 'utf8'));
  official['england-and-wales'].events.push({ title: 'Extra bank holiday', date: '2026-03-03', notes: '', bunting: true });
  await app.page.getByLabel(/Load GOV.UK's bank holidays file/).setInputFiles({
    name: 'bank-holidays.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(official)),
  });
  await app.page.locator('[data-event="child-level-data-due"] time[datetime="2026-03-04"]').waitFor();
  assert.match(await app.page.locator('#bank-holiday-status').textContent(), /official list loaded for 2024 to 2028/);
  // A bad file is refused with a message, and the calendar in force stays.
  await app.page.getByLabel(/Load GOV.UK's bank holidays file/).setInputFiles({
    name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "holidays"'),
  });
  await app.page.locator('#bank-holiday-file-error').waitFor();
  assert.equal(await dateOf(app.page, 'child-level-data-due'), '2026-03-04');
  app.assertClean(assert);
  await app.context.close();
});

test('an invalid date gives the error summary with focus on it, and Christmas Day is named', async () => {
  const app = await openApp(suite);
  await openVisit(app, '31', '2', '2026');
  await app.page.getByRole('button', { name: 'Show dates' }).click();
  const summary = app.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  await summary.getByRole('link', { name: 'Notification date must be a real date' }).waitFor();
  await fillDate(app.page, 'Notification date', '25', '12', '2026');
  await app.page.getByRole('button', { name: 'Show dates' }).click();
  await summary.getByRole('link', { name: /must be a working day: 25 December 2026 is Christmas Day/ }).waitFor();
  app.assertClean(assert);
  await app.context.close();
});

// Peterborough briefing (seed 000): last inspected April 2015, requires improvement → pathway 2,
// standard inspection in the window six months either side of the three-year anniversary (F§13).
test('pathway: requires improvement gives pathway 2 and the window around the anniversary', async () => {
  const app = await openApp(suite, '?view=pathway');
  await app.page.getByRole('radio', { name: /single inspection framework/ }).check();
  await fillDate(app.page, 'Date of the last inspection', '13', '4', '2015');
  await app.page.getByRole('radio', { name: 'From the overall effectiveness grade' }).check();
  await app.page.getByRole('radio', { name: 'Requires improvement to be good' }).check();
  await app.page.getByRole('heading', { name: 'Pathway 2' }).waitFor();
  assert.equal(await dateOf(app.page, 'anniversary'), '2018-04-13');
  assert.equal(await dateOf(app.page, 'window-opens'), '2017-10-13');
  assert.equal(await dateOf(app.page, 'window-closes'), '2018-10-13');
  app.assertClean(assert);
  await app.context.close();
});

// Issue 6, shareable state: the plan's inputs live in the address, so a link (or a reload)
// reproduces the plan. F§52–53 table: notification Monday 2 March 2026 → feedback Friday 20 March.
test('a shared link reproduces the plan, and a reload keeps it', async () => {
  const app = await openApp(suite);
  await openVisit(app);
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  const link = app.page.url();
  assert.match(link, /vdate=2026-03-02/);
  assert.match(link, /view=visit/);
  await app.page.reload();
  assert.equal(await dateOf(app.page, 'feedback'), '2026-03-20');
  const other = await suite.browser.newContext();
  const page = await other.newPage();
  await page.goto(link);
  assert.equal(await dateOf(page, 'feedback'), '2026-03-20');
  // The link opens on the plan's answers (issue 13: the answer first).
  assert.match(await page.getByRole('region', { name: 'Your answers' }).textContent(), /Monday 2 March 2026/);
  await other.close();
  app.assertClean(assert);
  await app.context.close();
});

test('a link with unknown or malformed parameters still opens, with a visible note', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-02-31&colour=blue&rs=%ZZ');
  const banner = app.page.getByRole('region', { name: 'Some of this link could not be used' });
  await banner.waitFor();
  assert.match(await banner.textContent(), /2026-02-31/);
  assert.match(await banner.textContent(), /colour/);
  await app.page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  // The page still works: answering the questions gives the schedule.
  await answerVisit(app.page);
  await fillDate(app.page, 'Notification date', '2', '3', '2026');
  assert.equal(await dateOf(app.page, 'feedback'), '2026-03-20');
  app.assertClean(assert);
  await app.context.close();
});

test('a shared link fills in every form field it carries', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=monitoring&vd=wed-thu&vdate=2026-03-02&mv=2');
  // The link opens on its answers; each is listed, and "Change" shows the questions filled in.
  const answers = await app.page.getByRole('region', { name: 'Your answers' }).textContent();
  assert.match(answers, /Monitoring visit/);
  assert.match(answers, /Wednesday and Thursday/);
  assert.match(answers, /Visit 2/);
  await openQuestions(app.page);
  assert.equal(await app.page.getByRole('radio', { name: 'Monitoring visit' }).isChecked(), true);
  assert.equal(await app.page.getByRole('radio', { name: 'Wednesday and Thursday' }).isChecked(), true);
  assert.equal(await app.page.getByLabel('Which monitoring visit is it?').inputValue(), '2');
  const pathway = await openApp(suite, '?v=1&view=pathway&li=short&lid=2024-01-15&sj=hp:good,cic:ri,cl:good,lead:inadequate');
  assert.equal(await pathway.page.getByRole('radio', { name: 'A short inspection' }).isChecked(), true);
  assert.equal(await pathway.page.getByRole('radio', { name: 'From the sub-judgements' }).isChecked(), true);
  assert.equal(await pathway.page.getByLabel(/impact of leaders/).inputValue(), 'inadequate');
  // Any inadequate sub-judgement gives pathway 3 (assumption, rule book §2).
  await pathway.page.getByRole('heading', { name: 'Pathway 3 (assumption)' }).waitFor();
  app.assertClean(assert);
  pathway.assertClean(assert);
  await app.context.close();
  await pathway.context.close();
});
