// Issue 22: councils copied the administrators' guide's first snippet, a sandboxed iframe without
// `allow-forms` (OLD_SANDBOX), onto intranet pages of another origin. There a form's submission is
// blocked before its submit event, so every main button must act on its own click, and Enter in a
// field must still press it. These journeys run inside that iframe whatever E2E_IFRAME says (with
// E2E_IFRAME=1 the whole suite runs there too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSuite, openApp, answerVisit } from './support.mjs';

let suite;
before(async () => { suite = await startSuite({ iframe: true }); });
after(async () => { await suite?.close(); });

// Monday 9 March 2026, the first day on site of a standard inspection notified on Monday 2 March.
const MONDAY = new Date('2026-03-09T10:00:00Z');
const PLAN = 'v=1&vk=standard&vdate=2026-03-02';

async function fillDate(page, name, day, month, year) {
  const group = page.getByRole('group', { name });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id);

test('in the sandboxed iframe, the app is really framed by another origin', async () => {
  const app = await openApp(suite, '?view=visit');
  assert.notEqual(app.page.mainFrame(), app.page.context().pages()[0].mainFrame(), 'the handle is the iframe');
  assert.equal(await app.page.evaluate(() => window.top !== window), true);
  assert.equal(await app.page.evaluate((host) => document.referrer.startsWith(host), suite.host.origin), true);
  assert.notEqual(suite.host.origin, suite.server.origin);
  app.assertClean(assert);
  await app.context.close();
});

for (const how of ['click', 'Enter in the date']) {
  test(`visit dates in the sandboxed iframe: "Show dates" (${how}) folds the questions and moves focus to the dates`, async () => {
    const app = await openApp(suite, '?view=visit');
    const { page } = app;
    await answerVisit(page);
    await fillDate(page, 'Notification date', '2', '3', '2026');
    if (how === 'click') await page.getByRole('button', { name: 'Show dates' }).click();
    else await page.getByRole('group', { name: 'Notification date' }).getByLabel('Year').press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'key-dates-heading');
    await page.getByRole('link', { name: 'Change kind of visit' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Show dates' }).count(), 0, 'the questions are folded away');
    assert.equal(await page.locator('[data-event="feedback"] time').first().getAttribute('datetime'), '2026-03-20');
    app.assertClean(assert);
    await app.context.close();
  });
}

test('further information in the sandboxed iframe: "Add request" adds it, Enter in a field too, and a response is saved', async () => {
  const app = await openApp(suite, `?${PLAN}&view=requests`, { fixedTime: MONDAY });
  const { page } = app;
  const add = async (reason, press) => {
    await page.getByLabel('Requested by').fill('Lead inspector');
    await fillDate(page, 'Response required by', '11', '3', '2026');
    await page.getByRole('radio', { name: 'Document' }).check();
    await page.getByLabel('Reason for request').fill(reason);
    await press();
  };
  await add('Latest chronology', () => page.getByRole('button', { name: 'Add request' }).click());
  await page.locator('[data-request="R1"]').waitFor();
  // Issue 25 item 8: said in the success banner at the top of the list.
  assert.match(await page.locator('#request-added').textContent(), /Request R1 added\./);
  await add('Supervision records', () => page.getByLabel('Requested by').press('Enter'));
  await page.locator('[data-request="R2"]').waitFor();
  assert.match(await page.locator('[data-request="R2"]').textContent(), /Supervision records/);

  // An incomplete request is refused with the error summary, focused, as outside a frame.
  await page.getByRole('button', { name: 'Add request' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);

  await page.locator('[data-request="R1"]').getByRole('button', { name: 'Record the response to request R1' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'response-text');
  await page.getByLabel('Response from the local authority').fill('Uploaded to the secure site');
  await fillDate(page, 'Date received', '10', '3', '2026');
  await page.getByRole('button', { name: 'Save the response' }).click();
  await page.locator('[data-request="R1"]').getByText('Answered on Tuesday 10 March 2026').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('a checklist item ticked in the sandboxed iframe stays ticked after a reload', async () => {
  const app = await openApp(suite, `?${PLAN}&view=checklist`, { fixedTime: MONDAY });
  const { page } = app;
  const item = page.getByRole('checkbox', { name: /^List 1 Contacts/ });
  const oneDone = () => page.waitForFunction(() => /^1 of 43 done/.test(document.getElementById('checklist-summary')?.textContent));
  await item.check();
  await oneDone();
  await page.reload();
  await oneDone();
  assert.equal(await item.isChecked(), true);
  app.assertClean(assert);
  await app.context.close();
});

test('saved plans in the sandboxed iframe: a plan is renamed with "Save name" and with Enter', async () => {
  const app = await openApp(suite, `?${PLAN}&view=plans`);
  const { page } = app;
  await page.getByRole('button', { name: 'Rename “My plan”' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'rename-input');
  await page.getByLabel('New name for “My plan”').fill('Spring');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('button', { name: 'Rename “Spring”' }).waitFor();
  await page.getByRole('button', { name: 'Rename “Spring”' }).click();
  await page.getByLabel('New name for “Spring”').fill('Autumn');
  await page.getByLabel('New name for “Spring”').press('Enter');
  await page.getByRole('button', { name: 'Rename “Autumn”' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Rename “Autumn”');
  app.assertClean(assert);
  await app.context.close();
});

test('the working-day check answers in the sandboxed iframe, on click and on Enter', async () => {
  const app = await openApp(suite);
  const { page } = app;
  await fillDate(page, 'Date to check', '25', '12', '2026');
  await page.getByRole('button', { name: 'Check date' }).click();
  await page.locator('[data-event="next-working-day"] time[datetime="2026-12-29"]').waitFor();
  await fillDate(page, 'Date to check', '24', '12', '2026');
  await page.getByRole('group', { name: 'Date to check' }).getByLabel('Day').press('Enter');
  await page.locator('[data-event="checked-day"] time[datetime="2026-12-24"]').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('the calendar file downloads from the sandboxed iframe (allow-downloads)', async () => {
  const app = await openApp(suite, `?${PLAN}&view=calendar`);
  const { page } = app;
  await page.locator('[data-event="feedback"]').waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download for Outlook/ }).click(),
  ]);
  assert.match(file.suggestedFilename(), /\.ics$/);
  assert.match(await readFile(await file.path(), 'utf8'), /^BEGIN:VCALENDAR\r\n/);
  app.assertClean(assert);
  await app.context.close();
});
