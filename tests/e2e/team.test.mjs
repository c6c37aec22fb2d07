// Issue 28, item 1: a team works from one plan by files. The worked case, in two browsers (two
// contexts, so two separate storages): A saves a file with request R1; B opens it, adds a request
// and saves a file; meanwhile A adds a request; A merges B's file and has all three, once each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSuite, openApp } from './support.mjs';

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
  assert.equal(await a.page.evaluate(() => document.activeElement?.id), 'same-plan-title', 'focus moves to the choice');
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
  await choices.getByRole('button', { name: "Use the file's: Owner of List 1" }).click();
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
