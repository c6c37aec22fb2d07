// Issue 15: your council and the national picture, against the release build. Figures come from
// data/ilacs-latest-inspections.tsv (snapshot of 29 June 2026): Barnet (DfE 302) short inspection
// from Monday 10 June 2024, good, so pathway 1 and a window from 10 December 2026 to 10 December
// 2027 (F§13); Brent (304) short inspection from 27 April 2026, no overall grade, every
// sub-judgement good, so pathway 1 by the rule book's labelled assumption.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { startSuite, openApp } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function assertAccessible(page, name) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    assert.deepEqual(summary, [], `axe violations on ${name} at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name} at ${width} px scrolls sideways by ${overflow} px`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const TODAY = new Date('2026-12-02T10:00:00Z');
const dateOf = (page, id) =>
  page.locator(`[data-event="${id}"] time`).first().getAttribute('datetime');

test('choosing a council by typing its DfE number fills the last inspection and names the plan', async () => {
  const app = await openApp(suite, '?v=1&view=pathway', { fixedTime: TODAY });
  const { page } = app;
  const find = page.getByLabel('Find your local authority (optional)');
  await find.fill('302');
  await page.locator('#council-find-status', { hasText: '1 local authority matches' }).waitFor();
  await find.press('Enter');
  await page.getByRole('heading', { name: 'Pathway 1' }).waitFor();
  assert.equal(await page.getByLabel('Local authority', { exact: true }).inputValue(), '302');
  const last = page.getByRole('group', { name: 'Date of the last inspection' });
  assert.equal(await last.getByLabel('Day').inputValue(), '10');
  assert.equal(await last.getByLabel('Month').inputValue(), '6');
  assert.equal(await last.getByLabel('Year').inputValue(), '2024');
  assert.equal(await page.getByLabel('A short inspection').isChecked(), true);
  assert.equal(await dateOf(page, 'last-inspection'), '2024-06-10');
  assert.equal(await dateOf(page, 'window-opens'), '2026-12-10');
  assert.equal(await dateOf(page, 'window-closes'), '2027-12-10');
  assert.match(
    await page.locator('#council-source').textContent(),
    /From Ofsted's published report \(data as of 29 June 2026\) — change it if you have had an inspection since\./,
  );
  assert.match(page.url(), /[?&]la=302(&|$)/);
  const saved = await page.evaluate(() => localStorage.getItem('ilacs-planner/plans'));
  assert.match(saved, /"name":"Barnet"/);
  assert.match(saved, /la=302/);
  // Everything stays editable: a later inspection typed over the data is kept, and said.
  await last.getByLabel('Year').fill('2025');
  await page.waitForFunction(() =>
    document.querySelector('[data-event="last-inspection"] time')?.getAttribute('datetime') === '2025-06-10');
  assert.match(await page.locator('#council-source').textContent(), /changed the last inspection/);
  await assertAccessible(page, 'Your pathway with Barnet chosen');
  app.assertClean(assert);
  await app.context.close();
});

test('choosing a council by keyboard in the list: no overall grade gives the labelled assumption', async () => {
  const app = await openApp(suite, '?v=1&view=pathway', { fixedTime: TODAY });
  const { page } = app;
  const select = page.getByLabel('Local authority', { exact: true });
  await select.focus();
  await page.keyboard.type('Brent', { delay: 30 });
  await page.waitForFunction(() => document.getElementById('council')?.value === '304');
  await page.getByRole('heading', { name: 'Pathway 1 (assumption)' }).waitFor();
  assert.equal(await dateOf(page, 'last-inspection'), '2026-04-27');
  assert.match(await page.locator('#pathway-heading').locator('..').textContent(), /Assumption: there is no overall grade/);
  assert.equal(await page.getByLabel('From the sub-judgements').isChecked(), true);
  // On to the next authority in the list with the arrow key.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.getElementById('council')?.value !== '304');
  assert.match(page.url(), /[?&]la=\d{3}(&|$)/);
  app.assertClean(assert);
  await app.context.close();
});

test('an unknown council in a link is named in the link notice and ignored', async () => {
  const app = await openApp(suite, '?v=1&view=pathway&la=999');
  const { page } = app;
  const notes = page.getByRole('region', { name: 'Some of this link could not be used' });
  assert.match(await notes.textContent(), /Part of the link was left out: the local authority number “999” is not the DfE number of a council the planner knows\./);
  assert.equal(await page.getByLabel('Local authority', { exact: true }).inputValue(), '');
  app.assertClean(assert);
  await app.context.close();
});

test('the Councils page: count, filter, sort, your council, CSV, axe-clean', async () => {
  const app = await openApp(suite, '?v=1&view=pathway&li=short&lid=2024-06-10&lo=good&la=302', { fixedTime: TODAY });
  const { page } = app;
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Councils' }).click();
  await page.getByRole('heading', { level: 1, name: 'Councils' }).waitFor();
  assert.equal(await page.title(), 'Councils – ILACS Planner');
  assert.match(await page.locator('#councils-count').textContent(), /^\d+ of 153 authorities are inside their window today\.$/);
  assert.match(await page.locator('#councils-source').textContent(), /data as of 29 June 2026/);
  const rows = page.locator('table.app-councils tbody tr');
  assert.equal(await rows.count(), 153);
  const barnet = page.locator('tr[data-la="302"]');
  assert.match(await barnet.textContent(), /Barnet \(302\) \(your council\)/);
  assert.equal(await barnet.locator('time').nth(1).getAttribute('datetime'), '2026-12-10');

  await page.getByLabel('Region').selectOption({ label: 'London' });
  await page.locator('#councils-shown', { hasText: 'Showing 33 of 153 authorities.' }).waitFor();
  await page.getByLabel('Pathway', { exact: true }).selectOption('1');
  const london1 = await rows.count();
  assert.ok(london1 > 0 && london1 < 33);
  await page.getByLabel('Pathway', { exact: true }).selectOption('');
  await page.getByLabel('Region').selectOption('');
  await page.locator('#councils-shown', { hasText: 'Showing 153 of 153' }).waitFor();

  const opens = page.getByRole('button', { name: 'Window opens' });
  await opens.click();
  assert.equal(await page.locator('th', { has: opens }).getAttribute('aria-sort'), 'ascending');
  const firstTwo = async () => Promise.all([0, 1].map((i) => rows.nth(i).locator('td').nth(4).locator('time').getAttribute('datetime')));
  const [a, b] = await firstTwo();
  assert.ok(a <= b, `${a} then ${b}`);
  await opens.click();
  assert.equal(await page.locator('th', { has: opens }).getAttribute('aria-sort'), 'descending');
  const [c, d] = await firstTwo();
  assert.ok(c >= d && c > a, `${c} then ${d}`);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  const csv = await readFile(await file.path(), 'utf8');
  assert.equal(csv.trim().split('\r\n').length, 154);
  assert.match(csv, /\r\nBarnet,302,E09000003,London,Monday 10 June 2024,2024-06-10,Short,Good,1,Thursday 10 December 2026,2026-12-10,/);

  await assertAccessible(page, 'Councils');
  app.assertClean(assert);
  await app.context.close();
});

test('a newer snapshot: a bad file is refused row by row, a good one is used and kept', async () => {
  const app = await openApp(suite, '?v=1&view=councils', { fixedTime: TODAY });
  const { page } = app;
  const pick = page.getByLabel('Load a newer snapshot (CSV)');
  await pick.setInputFiles({
    name: 'bad.csv', mimeType: 'text/csv',
    buffer: Buffer.from('la_code,name,fieldwork_start,overall\n302,Barnet,2024-06-10,good\n30x,Nowhere,2024-13-01,good\n'),
  });
  await page.locator('#councils-file-problems').waitFor();
  const problems = await page.locator('#councils-file-problems').textContent();
  assert.match(problems, /Line 3: Nowhere: the la_code '30x'/);
  assert.match(problems, /'2024-13-01' is not a date/);
  assert.equal(await page.locator('table.app-councils tbody tr').count(), 153, 'nothing replaced');

  await pick.setInputFiles({
    name: 'overview.csv', mimeType: 'text/csv',
    buffer: Buffer.from('# Snapshot of 1 December 2026.\nla_code,name,region,fieldwork_start,type,overall\n302,Barnet,GL,2025-06-09,standard,requires improvement\n303,Bexley,GL,2023-02-06,short,outstanding\n'),
  });
  await page.locator('[role="status"]', { hasText: 'Loaded overview.csv: 2 local authorities.' }).waitFor();
  assert.equal(await page.locator('table.app-councils tbody tr').count(), 2);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Councils' }).waitFor();
  assert.match(await page.locator('#councils-source').textContent(), /Loaded from overview\.csv \(data as of 1 December 2026\)/);
  assert.equal(await page.locator('table.app-councils tbody tr').count(), 2);
  await page.getByRole('button', { name: 'Use the built-in data instead' }).click();
  await page.locator('#councils-shown', { hasText: 'Showing 153 of 153' }).waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('the printed plan names the council with its DfE and ONS codes', async () => {
  const app = await openApp(suite, '?v=1&view=print&li=short&lid=2024-06-10&lo=good&la=302', { fixedTime: TODAY });
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Inspection plan' }).waitFor();
  assert.match(await page.locator('main').textContent(), /Local authority:?\s*Barnet \(DfE 302, ONS E09000003\)/);
  app.assertClean(assert);
  await app.context.close();
});
