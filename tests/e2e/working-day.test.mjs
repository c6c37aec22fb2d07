// Journey: an officer checks whether a date is a working day, from the release build served under
// a sub-path. Expected dates come from GOV.UK's bank holidays for England and Wales.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function checkDate(page, day, month, year) {
  const group = page.getByRole('group', { name: 'Date to check' });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
  await page.getByRole('button', { name: 'Check date' }).click();
}

test('the app loads from a sub-path with no foreign requests or console errors', async () => {
  const app = await openApp(suite);
  await assert.doesNotReject(
    app.page.getByRole('heading', { name: 'Plan your ILACS inspection dates' }).waitFor(),
  );
  app.assertClean(assert);
  await app.context.close();
});

test('Christmas Day 2026 is not a working day; the next one is Tuesday 29 December (Boxing Day substitute on Monday 28)', async () => {
  const app = await openApp(suite);
  await checkDate(app.page, '25', '12', '2026');
  const checked = app.page.locator('[data-event="checked-day"]');
  await assert.doesNotReject(checked.getByText('Christmas Day').waitFor());
  const next = app.page.locator('[data-event="next-working-day"] time');
  assert.equal(await next.getAttribute('datetime'), '2026-12-29');
  assert.equal(await next.textContent(), 'Tuesday 29 December 2026');
  const previous = app.page.locator('[data-event="previous-working-day"] time');
  assert.equal(await previous.getAttribute('datetime'), '2026-12-24');
  app.assertClean(assert);
  await app.context.close();
});

test('pasting "2/3/2026" fills all three boxes', async () => {
  const app = await openApp(suite);
  const day = app.page.getByRole('group', { name: 'Date to check' }).getByLabel('Day');
  await day.focus();
  await app.page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text', '2/3/2026');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await app.page.getByRole('button', { name: 'Check date' }).click();
  const checked = app.page.locator('[data-event="checked-day"] time');
  assert.equal(await checked.getAttribute('datetime'), '2026-03-02');
  assert.match(await checked.textContent(), /^Monday 2 March 2026 is a working day/);
  app.assertClean(assert);
  await app.context.close();
});

test('an impossible date shows the error summary, focused, linked to the day box', async () => {
  const app = await openApp(suite);
  await checkDate(app.page, '31', '2', '2026');
  const summary = app.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  await summary.getByRole('link', { name: 'Date to check must be a real date' }).click();
  const focusedId = await app.page.evaluate(() => document.activeElement?.id);
  assert.equal(focusedId, 'check-date-day');
  // What was typed is kept.
  assert.equal(await app.page.getByRole('group', { name: 'Date to check' }).getByLabel('Day').inputValue(), '31');
  app.assertClean(assert);
  await app.context.close();
});
