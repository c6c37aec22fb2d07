// Issue 16, the council's steps the framework gives no day for. Dates worked out by hand: a
// standard inspection notified Monday 2 March 2026 (F§52–53 table) is on site 9–20 March; an
// inadequate standard inspection on site 8–19 June 2026 has its report on Wednesday 15 July
// (E+18, F§216), so the regional director's letter (F§118) falls from then to the day before the
// action planning visit (about 30 working days later, F§116: Wednesday 26 August, before the
// summer bank holiday on Monday 31 August); the record (F§123) follows from Thursday 27 August.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const datesOf = (page, id) =>
  page.locator(`[data-event="${id}"] time`).evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));

test('F§76–87: notice-week and fieldwork steps show their period, who and what to have ready', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const { page } = app;
  await page.locator('[data-event="feedback"]').waitFor();
  assert.deepEqual(await datesOf(page, 'link-person-preparation'), ['2026-03-02', '2026-03-06']);
  assert.deepEqual(await datesOf(page, 'analyst-call'), ['2026-03-03', '2026-03-06']);
  assert.deepEqual(await datesOf(page, 'carer-calls'), ['2026-03-09', '2026-03-20']);
  assert.deepEqual(await datesOf(page, 'keep-in-touch-meetings'), ['2026-03-09', '2026-03-19']);
  const calls = page.locator('[data-event="carer-calls"]');
  assert.match(await calls.textContent(), /during fieldwork \(the framework gives no day\)/);
  assert.match(await calls.textContent(), /What to have ready: Calls booked with up to four foster carer households/);
  assert.match(await page.locator('[data-event="feedback"]').textContent(), /up to 60 minutes/);
  // F§16 on the same page.
  await page.getByText('Can the inspection or visit be put off?').click();
  await page.getByText('Staff absence, including the absence of the director').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('F§118, F§123: the improvement cycle after an inadequate judgement, and an open-ended step', async () => {
  const app = await openApp(suite, '?v=1&view=after-fieldwork&li=standard&lid=2026-06-08&lo=p3');
  const { page } = app;
  await page.locator('[data-event="action-planning-visit"]').waitFor();
  assert.deepEqual(await datesOf(page, 'action-planning-visit'), ['2026-08-26']);
  assert.deepEqual(await datesOf(page, 'action-planning-letter'), ['2026-07-15', '2026-08-25']);
  // After the visit, no end: one date and the words.
  assert.deepEqual(await datesOf(page, 'action-planning-record'), ['2026-08-27']);
  assert.match(await page.locator('[data-event="action-planning-record"]').textContent(), /after the action planning visit \(no day given\)/);
  app.assertClean(assert);
  await app.context.close();
});
