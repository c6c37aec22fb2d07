// Issue 7, the record of requests for further information (the framework's Annex B; F§167,
// F§245). Working days are counted as the engine counts them (start excluded, end included):
// on Monday 9 March 2026 a response required by Wednesday 11 March has 2 working days left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSuite, openApp } from './support.mjs';
import { parseCsv } from './csv.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const PLAN = '?v=1&view=requests&vk=standard&vdate=2026-03-02';
// Monday 9 March 2026, the first day on site, mid-morning in London.
const MONDAY = new Date('2026-03-09T10:00:00Z');

async function openRequests(fixedTime = MONDAY) {
  const app = await openApp(suite, PLAN, { fixedTime });
  await app.page.getByRole('heading', { level: 1, name: 'Further information requests' }).waitFor();
  return app;
}

async function fillDate(page, name, day, month, year) {
  const group = page.getByRole('group', { name });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

async function addRequest(page, { by = 'Lead inspector', due = ['11', '3', '2026'], reason = 'Latest chronology', caseId = '', kind = 'Document' } = {}) {
  await page.getByLabel('Requested by').fill(by);
  await fillDate(page, 'Response required by', ...due);
  await page.getByRole('radio', { name: kind }).check();
  if (caseId) await page.getByLabel('Case ID (optional)').fill(caseId);
  await page.getByLabel('Reason for request').fill(reason);
  await page.getByRole('button', { name: 'Add request' }).click();
}

const request = (page, id) => page.locator(`[data-request="${id}"]`);

test('a request added today shows how many working days it has left', async () => {
  const app = await openRequests();
  const { page } = app;
  await page.getByText('No requests recorded yet').waitFor();
  // Today is filled in as the date requested.
  const requested = page.getByRole('group', { name: 'Date requested' });
  assert.deepEqual(
    [await requested.getByLabel('Day').inputValue(), await requested.getByLabel('Month').inputValue(), await requested.getByLabel('Year').inputValue()],
    ['9', '3', '2026'],
  );
  await addRequest(page, { caseId: 'C123', kind: 'Information' });
  await request(page, 'R1').waitFor();
  assert.match(await request(page, 'R1').textContent(), /Request R1.*2 working days left.*Lead inspector.*Monday 9 March 2026.*Wednesday 11 March 2026.*Information.*C123.*Latest chronology/);
  assert.equal(await request(page, 'R1').locator('time').nth(1).getAttribute('datetime'), '2026-03-11');
  // Issue 25 item 8: said in the success banner at the top of the list, which takes focus.
  assert.match(await page.locator('#request-added').textContent(), /Request R1 added\./);
  await page.waitForFunction(() => document.activeElement?.id === 'request-added');
  assert.equal(await page.getByLabel('Requested by').inputValue(), '', 'the form is ready for the next request');

  // Due tomorrow: 1 working day left, highlighted in words and style. Due today: "Due today".
  await addRequest(page, { due: ['10', '3', '2026'], reason: 'Supervision records' });
  await addRequest(page, { due: ['9', '3', '2026'], reason: 'Missing children list' });
  await request(page, 'R3').waitFor();
  assert.match(await request(page, 'R2').textContent(), /1 working day left/);
  assert.match(await request(page, 'R2').getAttribute('class'), /--urgent/);
  assert.match(await request(page, 'R3').textContent(), /Due today/);
  assert.doesNotMatch(await request(page, 'R1').getAttribute('class'), /--urgent/);
  assert.match(await page.locator('.app-requests-summary').textContent(), /^3 open requests$/);

  // The record is kept with the plan.
  await page.reload();
  await request(page, 'R3').waitFor();
  assert.match(await request(page, 'R1').textContent(), /2 working days left/);
  app.assertClean(assert);
  await app.context.close();
});

test('two working days after the date required, the request is 2 working days overdue', async () => {
  // Thursday 12 March 2026; the request was made on Monday 9 March for Tuesday 10 March.
  const app = await openRequests(new Date('2026-03-12T10:00:00Z'));
  const { page } = app;
  await fillDate(page, 'Date requested', '9', '3', '2026');
  await addRequest(page, { due: ['10', '3', '2026'] });
  await request(page, 'R1').waitFor();
  assert.match(await request(page, 'R1').textContent(), /2 working days overdue/);
  assert.match(await request(page, 'R1').getAttribute('class'), /--urgent/);
  assert.match(await page.locator('.app-requests-summary').textContent(), /^1 open request, 1 overdue$/);
  app.assertClean(assert);
  await app.context.close();
});

test('the empty form gives the error summary, focused, with links to the fields', async () => {
  const app = await openRequests();
  const { page } = app;
  await page.getByRole('button', { name: 'Add request' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('govuk-error-summary')), true, 'focus on the summary');
  const links = await summary.getByRole('link').allTextContents();
  assert.deepEqual(links, [
    'Enter who asked for the information.',
    'Enter the date the response is required by.',
    'Select the type of request.',
    'Enter the reason for the request.',
  ]);
  // Issue 13 item 7: no answer is pre-selected, so a missing type is flagged beside its question.
  assert.equal(await page.getByRole('group', { name: 'Type of request' }).getByRole('radio', { checked: true }).count(), 0);
  assert.match(await page.locator('#request-kind-error').textContent(), /Error: Select the type of request/);
  await summary.getByRole('link', { name: 'Select the type of request.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'request-kind-1');
  await summary.getByRole('link', { name: 'Enter the reason for the request.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'request-reason');
  // The message is beside the field too.
  assert.match(await page.locator('#request-reason-error').textContent(), /Error: Enter the reason/);

  // A date that is not a date, and a response required before the request was made.
  await page.getByLabel('Requested by').fill('Lead inspector');
  await page.getByLabel('Reason for request').fill('Chronology');
  await page.getByRole('radio', { name: 'Information' }).check();
  await fillDate(page, 'Response required by', '31', '2', '2026');
  await page.getByRole('button', { name: 'Add request' }).click();
  await summary.getByRole('link', { name: 'Response required by must be a real date' }).waitFor();
  await fillDate(page, 'Response required by', '6', '3', '2026');
  await page.getByRole('button', { name: 'Add request' }).click();
  await summary.getByRole('link', { name: /must be on or after the date requested \(Monday 9 March 2026\)/ }).waitFor();
  assert.equal(await request(page, 'R1').count(), 0, 'nothing added');
  assert.equal(await page.getByLabel('Reason for request').inputValue(), 'Chronology', 'nothing typed is lost');
  app.assertClean(assert);
  await app.context.close();
});

test('recording the response closes the request; deleting asks first', async () => {
  const app = await openRequests();
  const { page } = app;
  await addRequest(page);
  await request(page, 'R1').getByRole('button', { name: 'Record the response to request R1' }).click();
  // Focus moves to the response box once the form is drawn.
  await page.waitForFunction(() => document.activeElement?.id === 'response-text');
  await page.getByLabel('Response from the local authority').fill('Uploaded to the secure site');
  // Received before it was asked for: refused, with the reason.
  await fillDate(page, 'Date received', '6', '3', '2026');
  await page.getByRole('button', { name: 'Save the response' }).click();
  await page.getByRole('alert').filter({ hasText: 'The date received (Friday 6 March 2026) must be on or after' }).waitFor();
  await fillDate(page, 'Date received', '10', '3', '2026');
  await page.getByRole('button', { name: 'Save the response' }).click();
  await request(page, 'R1').getByText('Answered on Tuesday 10 March 2026').waitFor();
  assert.match(await request(page, 'R1').textContent(), /Uploaded to the secure site/);
  assert.match(await page.locator('.app-requests-summary').textContent(), /^No open requests$/);
  assert.equal(await page.getByRole('alert').count(), 0, 'the error summary has gone');

  await request(page, 'R1').getByRole('button', { name: 'Delete request R1' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await request(page, 'R1').count(), 1, 'cancel keeps it');
  await request(page, 'R1').getByRole('button', { name: 'Delete request R1' }).click();
  await page.getByRole('button', { name: 'Yes, delete request R1' }).click();
  await page.getByText('Request R1 deleted.').waitFor();
  assert.equal(await request(page, 'R1').count(), 0);
  await page.waitForFunction(() => document.activeElement?.id === 'requests-heading');
  // A new request never takes a deleted one's place in the record by accident: ids only grow
  // while requests remain, and start again at R1 when the record is empty.
  await addRequest(page);
  await request(page, 'R1').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('the spreadsheet has Annex B\'s columns and each request\'s status', async () => {
  const app = await openRequests();
  const { page } = app;
  await addRequest(page, { caseId: 'C123', reason: 'Chronology, "full" version' });
  await addRequest(page, { due: ['10', '3', '2026'], reason: 'Supervision records' });
  await request(page, 'R2').waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the requests as a spreadsheet (.csv)' }).click(),
  ]);
  // Issue 25 item 11: named as every download is, "<plan name> – <what>.<ext>".
  assert.equal(file.suggestedFilename(), 'My plan – Further information requests.csv');
  const text = await readFile(await file.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  assert.deepEqual(header, [
    'Request', 'Requested by', 'Date requested', 'Date response required', 'Date received from the local authority',
    'Type of request', 'Case ID', 'Reason for request', 'Response from the local authority', 'Status',
  ]);
  assert.deepEqual(rows, [
    ['R1', 'Lead inspector', '2026-03-09', '2026-03-11', '', 'Document', 'C123', 'Chronology, "full" version', '', '2 working days left'],
    ['R2', 'Lead inspector', '2026-03-09', '2026-03-10', '', 'Document', '', 'Supervision records', '', '1 working day left'],
  ]);
  app.assertClean(assert);
  await app.context.close();
});

test('with no visit in the plan the page says so and links to the Visit schedule', async () => {
  const app = await openApp(suite, '?v=1&view=requests');
  const main = app.page.getByRole('main');
  await main.getByText('There is no visit in this plan yet').waitFor();
  assert.equal(await app.page.getByRole('button', { name: 'Add request' }).count(), 0);
  await main.getByRole('link', { name: 'Visit schedule' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  app.assertClean(assert);
  await app.context.close();
});
