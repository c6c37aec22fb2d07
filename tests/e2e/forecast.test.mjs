// Issue 14: forecasts that match what Ofsted actually does, against the release build. Dates are
// worked out by hand from the facts in the issue and GOV.UK's bank holidays; each test names
// its source.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startSuite, openApp } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function assertAccessible(page, name) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${name}`);
}

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const dateOf = (page, id) =>
  page.locator(`[data-event="${id}"] time`).first().getAttribute('datetime');

// Notification Monday 2 March 2026: fieldwork ends Friday 20 March. Since April 2024 most often
// 27 working days (Thursday 30 April, Good Friday and Easter Monday skipped); three in four by
// 38 (Monday 18 May), given as the end of that week, Friday 22 May. With polls on Thursday
// 7 May 2026 the council's report is held from 30 March (the notice of election, SI 2006/3304
// rule 1) and comes out on Monday 18 May, as in 2026.
test('the after-fieldwork page says the forecast in words and the local elections hold it', async () => {
  const app = await openApp(suite, '?v=1&view=after-fieldwork&vk=standard&vdate=2026-03-02');
  const { page } = app;
  const panel = page.locator('[data-forecast="publication"]');
  await panel.waitFor();
  assert.match(
    await panel.textContent(),
    /Most likely Thursday 30 April 2026; three in four are published by Friday 22 May 2026\./,
  );
  assert.equal(await dateOf(page, 'publication-observed'), '2026-04-30');
  assert.equal(await dateOf(page, 'publication-observed-by'), '2026-05-22');

  const group = page.getByRole('group', { name: /local elections/ });
  await group.getByLabel('Day').fill('7');
  await group.getByLabel('Month').fill('5');
  await group.getByLabel('Year').fill('2026');
  await page.waitForFunction(() =>
    document.querySelector('[data-event="publication-observed"] time')?.getAttribute('datetime') === '2026-05-18');
  const words = await panel.textContent();
  assert.match(words, /Most likely Monday 18 May 2026; three in four are published by Friday 22 May 2026\./);
  assert.match(words, /local elections on Thursday 7 May 2026/);
  assert.match(page.url(), /[?&]lp=2026-05-07(&|$)/);
  await assertAccessible(page, 'after fieldwork with the forecast and the elections form');
  app.assertClean(assert);
  await app.context.close();
});

// Issue 14's closing example: a council inspected (requires improvement) from Monday 12 June
// 2023 was most likely to be inspected again between August and December 2026 (38–42 months,
// from the public inspection history), inside the window of F§13.
test('the pathway page shows the observed most likely months for a council inspected in June 2023', async () => {
  const app = await openApp(suite, '?v=1&view=pathway&lid=2023-06-12&lo=ri');
  const { page } = app;
  const panel = page.locator('[data-forecast="next-inspection"]');
  await panel.waitFor();
  assert.match(await panel.textContent(), /Most likely between August and December 2026 \(observed, not a rule\)/);
  assert.equal(await dateOf(page, 'next-inspection-likely-from'), '2026-08-01');
  assert.equal(await dateOf(page, 'next-inspection-likely-to'), '2026-12-31');
  // Issue 13 item 4: an estimate is shown as what it stands for, never as a bare day.
  const keyFrom = page.locator('[data-key-event="next-inspection-likely-from"]');
  assert.match(await keyFrom.textContent(), /August 2026 \(estimate\)/);
  assert.doesNotMatch(await keyFrom.textContent(), /Saturday 1 August 2026/);
  assert.match(await page.locator('[data-event="next-inspection-likely-to"]').first().textContent(), /December 2026 \(estimate\)/);
  await assertAccessible(page, 'pathway with the next-inspection months');
  app.assertClean(assert);
  await app.context.close();
});
