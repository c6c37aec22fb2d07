// Issue 7, the Annex A checklist. Dates: the Annex A table (F§242) for a standard inspection
// notified on Monday 2 March 2026 (lists and audits due end of Tuesday 3 March, management
// information end of Wednesday 4 March, case information end of Thursday 5 March) and for a
// focused visit notified on Tuesday 3 March 2026 (lists due midday Wednesday 4 March).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSuite, openApp } from './support.mjs';
import { parseCsv } from './csv.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const STANDARD = '?v=1&view=checklist&vk=standard&vdate=2026-03-02';
// Wednesday 4 March 2026, mid-morning in London.
const WEDNESDAY = new Date('2026-03-04T10:00:00Z');

async function openChecklist(path = STANDARD, fixedTime = WEDNESDAY) {
  const app = await openApp(suite, path, { fixedTime });
  await app.page.getByRole('heading', { level: 1, name: 'Annex A checklist' }).waitFor();
  return app;
}

// The item's own tick box, whose name starts with the item (not "Asked for at this visit: …").
const startsWith = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const done = (page, name) => page.getByRole('checkbox', { name: startsWith(name) });
const summary = (page) => page.locator('#checklist-summary');

test('each Annex A deadline is shown once, from the plan, and every item has its own', async () => {
  const { page, ...app } = await openChecklist();
  const due = async (id) => page.locator(`[data-event="${id}"] time`).getAttribute('datetime');
  assert.equal(await due('child-level-data-due'), '2026-03-03');
  assert.equal(await due('management-information-due'), '2026-03-04');
  assert.equal(await due('case-information-due'), '2026-03-05');
  assert.equal(await page.locator('[data-event]').count(), 3, 'each deadline once');
  // 43 items: lists 1–11, the audit list, the case papers, 1.01–1.13, 2.01–2.05, 3.01–3.11 (two 3.04s).
  assert.equal(await page.locator('[data-item]').count(), 43);
  assert.equal(await page.locator('[data-item] [data-due-event] time').count(), 43);
  const item = (id) => page.locator(`[data-item="${id}"]`);
  assert.equal(await item('list-3').locator('[data-due-event] time').getAttribute('datetime'), '2026-03-03');
  // F§249: referrals in the three months before the notification day, as from–to dates.
  const covers = page.locator('[data-period="list-3"] time');
  assert.deepEqual(await covers.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))), ['2025-12-02', '2026-03-02']);
  assert.equal(await page.locator('[data-item] [data-period] time').count(), 30, 'lists 1–8, 10, 11, the audits and documents 1.05, 1.06, 1.13, 2.01');
  // F§262: document 1.06, audits in the six months before inspection.
  assert.deepEqual(await page.locator('[data-period="doc-1.06"] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))), ['2025-09-02', '2026-03-02']);
  assert.equal(await item('list-9').locator('[data-period]').count(), 0, 'care leavers now: no period');
  assert.match(await item('list-3').textContent(), /Overdue.*by end of day/);
  // Issue 25 items 10 and 11: the sources in words, once for the group, not on each item.
  assert.match(await page.locator('[data-group-source="lists"]').textContent(), /Ofsted ILACS framework, paragraph 249.*Ofsted ILACS framework, Annex A/);
  assert.match(await item('doc-1.01').textContent(), /Due today/);
  assert.match(await item('case-files').textContent(), /Due next working day/);
  assert.match(await item('list-3').getAttribute('class'), /--urgent/, 'highlighted as well as written');
  assert.equal(await summary(page).textContent(), '0 of 43 done, 12 overdue, 31 due today or next working day');
  app.assertClean(assert);
  await app.context.close();
});

test('three ticked items, an owner and a note survive a reload', async () => {
  const app = await openChecklist();
  const { page } = app;
  await done(page, 'List 1 Contacts').check();
  await done(page, 'Audits Audits completed').check();
  await done(page, '1.01 Organisational structure').check();
  await page.getByLabel('Owner of List 1 Contacts').fill('Data team, performance');
  await page.getByLabel('Note on 1.01 Organisational').fill('Sent by secure email at 3pm');
  assert.equal(await summary(page).textContent(), '3 of 43 done, 10 overdue, 30 due today or next working day');
  assert.equal(await page.locator('#status-list-1').textContent(), 'Done');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Annex A checklist' }).waitFor();
  await summary(page).waitFor();
  for (const name of ['List 1 Contacts', 'Audits Audits completed', '1.01 Organisational structure']) {
    assert.equal(await done(page, name).isChecked(), true, `${name} still ticked`);
  }
  assert.equal(await done(page, 'List 2 Early help').isChecked(), false);
  assert.equal(await page.getByLabel('Owner of List 1 Contacts').inputValue(), 'Data team, performance');
  assert.equal(await page.getByLabel('Note on 1.01 Organisational').inputValue(), 'Sent by secure email at 3pm');
  assert.equal(await summary(page).textContent(), '3 of 43 done, 10 overdue, 30 due today or next working day');
  app.assertClean(assert);
  await app.context.close();
});

test('a focused visit asks only for what is chosen, with the midday deadline', async () => {
  const app = await openChecklist('?v=1&view=checklist&vk=focused&vdate=2026-03-03', new Date('2026-03-03T10:00:00Z'));
  const { page } = app;
  const asked = page.getByRole('checkbox', { name: /^Asked for at this visit/ });
  // count() does not wait: the list is drawn just after the heading, later on a busy machine.
  await asked.last().waitFor();
  assert.equal(await asked.count(), 43, 'a selection control per item');
  assert.equal(await summary(page).textContent(), 'No items are marked as asked for yet.');
  assert.equal(await done(page, 'List 8 Children in care').count(), 0, 'nothing to tick until asked for');
  await page.getByRole('checkbox', { name: /^Asked for at this visit\s*: List 8 Children in care/ }).check();
  await done(page, 'List 8 Children in care').waitFor();
  const list8 = page.locator('[data-item="list-8"]');
  assert.equal(await list8.locator('[data-due-event] time').getAttribute('datetime'), '2026-03-04');
  assert.match(await list8.textContent(), /Due next working day.*by midday/);
  assert.equal(await summary(page).textContent(), '0 of 1 done, 1 due today or next working day');
  await done(page, 'List 8 Children in care').check();
  assert.equal(await summary(page).textContent(), '1 of 1 done');
  assert.match(await page.locator('[data-item="list-9"]').textContent(), /Not asked for/);
  app.assertClean(assert);
  await app.context.close();
});

// Issue 24, F§130: at a monitoring visit (data requested Monday 7 September 2026) the audit list
// covers the audits since the last monitoring visit, not F§257's six months. With no date for that
// visit the page says so and shows no dates; with one in the link (Tuesday 9 June 2026) it shows
// the period from that visit's first day to the request.
test("a monitoring visit's audit list covers the time since the last monitoring visit", async () => {
  const monday = new Date('2026-09-07T10:00:00Z');
  let app = await openChecklist('?v=1&view=checklist&vk=monitoring&vdate=2026-09-07', monday);
  let audits = app.page.locator('[data-period="audit-list"]');
  assert.match(await audits.textContent(), /since the last monitoring visit.*no date for that visit/);
  assert.equal(await audits.locator('time').count(), 0);
  app.assertClean(assert);
  await app.context.close();

  app = await openChecklist('?v=1&view=checklist&vk=monitoring&vdate=2026-09-07&ep=monitoring:2026-06-09', monday);
  audits = app.page.locator('[data-period="audit-list"]');
  // evaluateAll() does not wait: the period's dates are drawn once the plan is worked out.
  await audits.locator('time').first().waitFor();
  assert.deepEqual(await audits.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))), ['2026-06-09', '2026-09-07']);
  assert.match(await audits.textContent(), /since the last monitoring visit/);
  app.assertClean(assert);
  await app.context.close();
});

test('the spreadsheet has one row per item with its deadline, status, owner and note', async () => {
  const app = await openChecklist();
  const { page } = app;
  await done(page, 'List 1 Contacts').check();
  await page.getByLabel('Owner of List 1 Contacts').fill('Data team, "performance"');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the checklist as a spreadsheet (.csv)' }).click(),
  ]);
  // Issue 25 item 11: named as every download is, "<plan name> – <what>.<ext>".
  assert.equal(file.suggestedFilename(), 'My plan – Annex A checklist.csv');
  const text = await readFile(await file.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 byte-order mark for Excel');
  const [header, ...rows] = parseCsv(text.slice(1));
  assert.deepEqual(header, [
    'Number', 'Item', 'Group', 'Due date', 'Due date (ISO)', 'Due time', 'Status', 'Asked for', 'Done',
    'Owner', 'Note', 'Source', 'Deadline source', 'Deadline event id',
    'Covers from', 'Covers from (ISO)', 'Covers to', 'Covers to (ISO)', 'Covers', 'Item id',
  ]);
  assert.equal(rows.length, 43);
  assert.deepEqual(rows[0].slice(0, 10), [
    'List 1', 'Contacts in the last three months', 'Child-level data lists', 'Tuesday 3 March 2026', '2026-03-03',
    'end of day', 'Done', 'Yes', 'Yes', 'Data team, "performance"',
  ]);
  assert.deepEqual(rows.map((r) => r[0]).slice(11, 14), ['Audits', 'Cases', '1.01']);
  const statuses = new Set(rows.map((r) => r[6]));
  assert.deepEqual([...statuses].sort(), ['Done', 'Due next working day', 'Due today', 'Overdue']);
  assert.equal(rows.find((r) => r[0] === 'Cases')[4], '2026-03-05');
  // F§249 and F§257: the period each list covers, from–to; none for the case papers.
  assert.deepEqual(rows[0].slice(15), ['2025-12-02', 'Monday 2 March 2026', '2026-03-02', 'the 3 months before the notification day', 'list-1']);
  assert.equal(rows.find((r) => r[0] === 'Audits')[15], '2025-09-02');
  assert.equal(rows.find((r) => r[0] === 'Cases')[15], '');
  app.assertClean(assert);
  await app.context.close();
});

test('with no visit in the plan the page says so and links to the Visit schedule', async () => {
  const app = await openApp(suite, '?v=1&view=checklist');
  const { page } = app;
  const main = page.getByRole('main');
  await main.getByText('There is no visit in this plan yet').waitFor();
  assert.equal(await page.locator('[data-item]').count(), 0, 'no empty checklist');
  await main.getByRole('link', { name: 'Visit schedule' }).click();
  await page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('printing a monitoring visit\'s checklist shows the items asked for, without buttons or choices', async () => {
  // F§130–131: the audit list and the audited cases' papers are asked for at every monitoring visit.
  const app = await openChecklist('?v=1&view=checklist&vk=monitoring&vdate=2026-03-02');
  const { page } = app;
  await done(page, 'Audits Audits completed').check();
  await page.emulateMedia({ media: 'print' });
  const visible = async (selector) => page.locator(selector).filter({ visible: true }).count();
  assert.equal(await visible('[data-item]'), 2, 'only the two items asked for');
  assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no buttons on paper');
  assert.equal(await page.getByRole('checkbox', { name: /^Asked for at this visit/ }).filter({ visible: true }).count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Child-level data lists' }).isVisible(), false, 'a group with nothing asked for is left out');
  assert.match(await page.locator('[data-item="audit-list"]').innerText(), /Done/);
  app.assertClean(assert);
  await app.context.close();
});
