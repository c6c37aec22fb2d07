// Issue 28, item 1: a team works from one plan by files. The worked case, in two browsers (two
// contexts, so two separate storages): A saves a file with request R1; B opens it, adds a request
// and saves a file; meanwhile A adds a request; A merges B's file and has all three, once each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSuite, openApp, IN_IFRAME } from './support.mjs';
import { parseCsv } from './csv.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const VISIT = 'vk=standard&vdate=2027-02-01';
const MONDAY = new Date('2027-02-08T10:00:00Z');

async function addRequest(page, reason) {
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Further information requests' }).click();
  await page.getByRole('heading', { level: 1, name: 'Further information requests' }).waitFor();
  const before = await page.locator('[data-request]').count();
  await page.getByLabel('Requested by').fill('Lead inspector');
  const due = page.getByRole('group', { name: 'Response required by' });
  await due.getByLabel('Day').fill('10');
  await due.getByLabel('Month').fill('2');
  await due.getByLabel('Year').fill('2027');
  await page.getByLabel('Reason for request').fill(reason);
  await page.getByRole('radio', { name: 'Document' }).check();
  await page.getByRole('button', { name: 'Add request' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-request]').length === n + 1, before);
}

async function toPlans(page) {
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Saved plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved plans' }).waitFor();
}

async function saveFile(page) {
  await toPlans(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Save “.*” as a file$/ }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function openFile(page, file) {
  await toPlans(page);
  await page.getByLabel('Open a plan file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

async function reasons(page) {
  return page.evaluate(() => {
    const list = JSON.parse(localStorage.getItem('ilacs-planner/plans'));
    const plan = list.plans.find((p) => p.id === list.current);
    return plan.requests.map((r) => `${r.id} ${r.reason}`);
  });
}

test('issue 28, worked case: A merges B\'s file and has R1, R2 and R3 once each', async () => {
  const a = await openApp(suite, `?v=1&view=visit&${VISIT}`, { fixedTime: MONDAY });
  const b = await openApp(suite, '?v=1&view=plans', { fixedTime: MONDAY });
  await addRequest(a.page, 'Chronology for child A');
  const first = await saveFile(a.page);
  // B has never seen the plan: the file opens as a plan of its own, with the same id.
  await openFile(b.page, first);
  await b.page.getByText(/^Opened “.*” from /).waitFor();
  await addRequest(b.page, 'Supervision notes');
  const second = await saveFile(b.page);
  await addRequest(a.page, 'Fostering panel minutes');
  await openFile(a.page, second);
  const choice = a.page.locator('#same-plan');
  await choice.waitFor();
  // Focus moves to the choice once it is drawn.
  await a.page.waitForFunction(() => document.activeElement?.id === 'same-plan-title');
  await choice.getByRole('button', { name: 'Merge into my copy' }).click();
  await a.page.getByText(`Merged 1 request from “${second.name}”.`).waitFor();
  assert.deepEqual(await reasons(a.page), ['R1 Chronology for child A', 'R2 Fostering panel minutes', 'R3 Supervision notes']);
  // Nothing to choose: nobody changed the same field.
  assert.equal(await a.page.locator('#merge-choices').count(), 0);
  a.assertClean(assert);
  b.assertClean(assert);
  await a.context.close();
  await b.context.close();
});

async function setOwner(page, owner) {
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Annex A checklist' }).click();
  await page.getByRole('heading', { level: 1, name: 'Annex A checklist' }).waitFor();
  await page.getByLabel('Owner of List 1 Contacts').fill(owner);
  await page.waitForFunction((o) => localStorage.getItem('ilacs-planner/plans')?.includes(o), owner);
}

test('issue 28: a field both changed is offered; choosing the file\'s takes it', async () => {
  const a = await openApp(suite, `?v=1&view=visit&${VISIT}`, { fixedTime: MONDAY });
  const b = await openApp(suite, '?v=1&view=plans', { fixedTime: MONDAY });
  const first = await saveFile(a.page);
  await openFile(b.page, first);
  await b.page.getByText(/^Opened “.*” from /).waitFor();
  await setOwner(b.page, 'Jo, quality assurance');
  const second = await saveFile(b.page);
  await setOwner(a.page, 'Sam, performance');
  await openFile(a.page, second);
  await a.page.getByRole('button', { name: 'Merge into my copy' }).click();
  const choices = a.page.getByRole('region', { name: 'You both changed these: choose which to keep' });
  await choices.waitFor();
  assert.match(await choices.textContent(), /Owner of List 1.*Yours: “Sam, performance”.*The file's: “Jo, quality assurance”/s);
  await choices.getByRole('button', { name: "Use the file's (Owner of List 1)" }).click();
  await choices.waitFor({ state: 'detached' });
  const owner = await a.page.evaluate(() => {
    const list = JSON.parse(localStorage.getItem('ilacs-planner/plans'));
    return list.plans.find((p) => p.id === list.current).checklist.items['list-1'].owner;
  });
  assert.equal(owner, 'Jo, quality assurance');
  a.assertClean(assert);
  await a.context.close();
  await b.context.close();
});

/** Writes rows as Excel does in a semicolon locale: a byte order mark, CRLF, quotes as needed. */
function excelSemicolons(rows) {
  const cell = (c) => (/[;"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return `\ufeff${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

// Issue 28, item 2: the checklist spreadsheet, edited in Excel (ticks, an owner, a note with a
// line break), re-saved with semicolons, comes back: a preview, then the changes.
test('issue 28: an edited checklist spreadsheet loads back, with a preview first', async () => {
  const app = await openApp(suite, `?v=1&view=checklist&${VISIT}`, { fixedTime: MONDAY });
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Annex A checklist' }).waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the checklist as a spreadsheet (.csv)' }).click(),
  ]);
  const rows = parseCsv((await readFile(await file.path(), 'utf8')).slice(1));
  const col = (name) => rows[0].indexOf(name);
  const row = (id) => rows.find((r) => r[col('Item id')] === id);
  row('list-1')[col('Done')] = 'Yes';
  row('list-3')[col('Owner')] = 'Jo; QA';
  row('doc-1.01')[col('Note')] = 'Two parts:\nfirst, then second';
  rows.push(['List 99', 'Not an item', '', '', '', '', '', '', 'Yes']);
  await page.getByLabel('Load an edited spreadsheet').setInputFiles({
    name: 'checklist edited.csv', mimeType: 'text/csv', buffer: Buffer.from(excelSemicolons(rows)),
  });
  const title = page.getByRole('heading', { name: 'What “checklist edited.csv” would change' });
  await title.waitFor();
  // Focus moves to the preview once it is drawn.
  await page.waitForFunction(() => document.activeElement?.id === 'checklist-sheet-preview');
  const preview = page.locator('.app-sheet-preview');
  assert.match(await preview.textContent(), /List 1: ticked as done/);
  assert.match(await preview.textContent(), /List 3: owner set to “Jo; QA”/);
  assert.match(await preview.textContent(), /Rows left out.*Line 45: ‘List 99’ is not an Annex A item/s);
  // Nothing has changed yet.
  assert.equal(await page.getByLabel('Owner of List 3 Referrals').inputValue(), '');
  await preview.getByRole('button', { name: 'Make these changes' }).click();
  await page.getByText('3 changes made from “checklist edited.csv”.').waitFor();
  assert.equal(await page.getByLabel('Owner of List 3 Referrals').inputValue(), 'Jo; QA');
  app.assertClean(assert);
  await app.context.close();
});

// Issue 28, item 2: the requests record, a response filled in and a row added in Excel.
test('issue 28: an edited requests spreadsheet loads back: a response and a new request', async () => {
  const app = await openApp(suite, `?v=1&view=visit&${VISIT}`, { fixedTime: MONDAY });
  const { page } = app;
  await addRequest(page, 'Chronology for child A');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the requests as a spreadsheet (.csv)' }).click(),
  ]);
  const rows = parseCsv((await readFile(await file.path(), 'utf8')).slice(1));
  const col = (name) => rows[0].indexOf(name);
  rows[1][col('Response from the local authority')] = 'Sent, with the addendum';
  rows[1][col('Date received from the local authority')] = '09/02/2027';
  const added = rows[0].map(() => '');
  added[col('Requested by')] = 'Regulatory inspector';
  added[col('Date requested')] = '08/02/2027';
  added[col('Date response required')] = '10/02/2027';
  added[col('Type of request')] = 'Information';
  added[col('Reason for request')] = 'Panel minutes';
  rows.push(added);
  await page.getByLabel('Load an edited spreadsheet').setInputFiles({
    name: 'requests.csv', mimeType: 'text/csv', buffer: Buffer.from(excelSemicolons(rows)),
  });
  const preview = page.locator('.app-sheet-preview');
  await preview.waitFor();
  assert.match(await preview.textContent(), /R1: date received set to Tuesday 9 February 2027/);
  assert.match(await preview.textContent(), /New request R2: Panel minutes/);
  await preview.getByRole('button', { name: 'Make these changes' }).click();
  await page.getByText('3 changes made from “requests.csv”.').waitFor();
  await page.locator('[data-request="R2"]').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

// Issue 28, item 3: the briefing for the director and councillors, printed: exactly one A4 page
// (Chromium's PDF of it has one page), with the lines members ask about.
// In the iframe run the PDF would be the intranet page's, not the planner's.
test('issue 28: the briefing prints on exactly one A4 page', { skip: IN_IFRAME && 'the PDF is of the whole browser page' }, async () => {
  const app = await openApp(suite, '?v=1&view=visit&la=370&li=short&lid=2023-09-11&lo=good&vk=short&vdate=2027-02-01', { fixedTime: new Date('2027-02-02T10:00:00Z') });
  const { page } = app;
  for (const reason of ['Chronology for child A', 'Supervision notes', 'Fostering panel minutes']) await addRequest(page, reason);
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Visit schedule' }).click();
  await page.getByRole('link', { name: 'Print a one-page briefing for the director and councillors' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inspection briefing' }).waitFor();
  const text = await page.locator('main').textContent();
  assert.match(text, /Barnsley/);
  assert.match(text, /Pathway 1/);
  assert.match(text, /Of the \d+ councils whose inspection window is known, \d+ have windows closing before Barnsley’s\./);
  assert.match(text, /R3: Fostering panel minutes/);
  assert.match(text, /stays confidential until Ofsted publishes the report/);
  await page.locator('[data-event="notification"] time[datetime="2027-02-01"]').first().waitFor();
  // The embargo line's date is the plan's publication event, marked as every computed date is.
  await page.locator('.app-briefing [data-event^="publication"] time').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  assert.equal(pages.length, 1, `the briefing prints on ${pages.length} pages`);
  app.assertClean(assert);
  await app.context.close();
});
