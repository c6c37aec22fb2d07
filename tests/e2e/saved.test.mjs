// Issue 6, saved state: the plan is kept in this browser, a reload restores it, and a damaged
// saved copy gives a clear message and is kept aside, never thrown away. Dates: F§52–53 table
// (notification Monday 2 March 2026 → feedback Friday 20 March 2026).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp, openQuestions, answerVisit } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const feedback = (page) => page.locator('[data-event="feedback"] time').getAttribute('datetime');

test('a reload, even without the link, finds the plan restored', async () => {
  const app = await openApp(suite, '?v=1&view=visit');
  await answerVisit(app.page);
  const group = app.page.getByRole('group', { name: 'Notification date' });
  await group.getByLabel('Day').fill('2');
  await group.getByLabel('Month').fill('3');
  await group.getByLabel('Year').fill('2026');
  await app.page.locator('[data-event="feedback"]').waitFor();
  await app.page.goto(suite.server.url + '?v=1&view=visit');
  await app.page.locator('[data-event="feedback"]').waitFor();
  assert.equal(await feedback(app.page), '2026-03-20');
  // The plan opens on its answers (issue 13); its questions still hold what was typed.
  await openQuestions(app.page);
  assert.equal(await group.getByLabel('Day').inputValue(), '2');
  app.assertClean(assert);
  await app.context.close();
});

test('damaged saved plans give a clear message, are kept aside exactly, and the page still works', async () => {
  const damaged = '{"plans": [ {"broken';
  const app = await openApp(suite);
  await app.page.evaluate((text) => localStorage.setItem('ilacs-planner/plans', text), damaged);
  await app.page.goto(suite.server.url + '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  const banner = app.page.getByRole('region', { name: 'Your saved plans could not be read in full' });
  await banner.waitFor();
  assert.match(await banner.textContent(), /nothing was deleted/);
  assert.match(await banner.textContent(), /ilacs-planner\/unreadable-plans/);
  const kept = await app.page.evaluate(() => localStorage.getItem('ilacs-planner/unreadable-plans'));
  assert.equal(kept, damaged, 'the damaged copy is kept exactly as it was');
  assert.equal(await feedback(app.page), '2026-03-20', 'the link still works');
  // What is saved now is readable again.
  const now = await app.page.evaluate(() => JSON.parse(localStorage.getItem('ilacs-planner/plans')));
  assert.equal(now.version, 1);
  app.assertClean(assert);
  await app.context.close();
});

test('the one plan kept by earlier releases is brought over, and a damaged part kept aside', async () => {
  const damaged = 'v=1&vk=standard&vdate=2026-03-02&zz=%%%';
  const app = await openApp(suite);
  await app.page.evaluate((text) => {
    localStorage.removeItem('ilacs-planner/plans');
    localStorage.setItem('ilacs-planner/plan', text);
  }, damaged);
  await app.page.goto(suite.server.url + '?v=1&view=visit');
  const banner = app.page.getByRole('region', { name: 'Your saved plans could not be read in full' });
  await banner.waitFor();
  assert.match(await banner.textContent(), /nothing was deleted/);
  assert.equal(await feedback(app.page), '2026-03-20', 'what could be read is restored');
  const kept = await app.page.evaluate(() => localStorage.getItem('ilacs-planner/unreadable-plans'));
  assert.equal(kept, damaged);
  const legacy = await app.page.evaluate(() => localStorage.getItem('ilacs-planner/plan'));
  assert.equal(legacy, damaged, 'the old copy is not deleted either');
  app.assertClean(assert);
  await app.context.close();
});

test('opening a link to another plan adds it and keeps the one you had, with a way back', async () => {
  const app = await openApp(suite, '?v=1&view=visit&vk=standard&vdate=2026-03-02');
  await app.page.locator('[data-event="feedback"]').waitFor();
  await app.page.goto(suite.server.url + '?v=1&view=visit&vk=short&vdate=2026-06-01');
  const banner = app.page.getByRole('region', { name: 'You opened a link to a plan' });
  await banner.waitFor();
  assert.match(await banner.textContent(), /Plan from a link/);
  await banner.getByRole('button', { name: /Go back to .My plan./ }).click();
  await app.page.locator('[data-event="feedback"] time[datetime="2026-03-20"]').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('the back button changes the page, never the plan', async () => {
  const app = await openApp(suite);
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Visit schedule' }).click();
  await answerVisit(app.page);
  const group = app.page.getByRole('group', { name: 'Notification date' });
  await group.getByLabel('Day').fill('2');
  await group.getByLabel('Month').fill('3');
  await group.getByLabel('Year').fill('2026');
  await app.page.locator('[data-event="feedback"]').waitFor();
  await app.page.goBack();
  await app.page.getByRole('heading', { level: 1, name: 'Plan your ILACS inspection dates' }).waitFor();
  assert.match(app.page.url(), /vdate=2026-03-02/, 'the address still carries the plan');
  await app.page.goForward();
  await app.page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  assert.equal(await feedback(app.page), '2026-03-20');
  await app.page.goto(suite.server.url);
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'All dates' }).click();
  assert.equal(await feedback(app.page), '2026-03-20', 'and the saved plan is intact');
  app.assertClean(assert);
  await app.context.close();
});
