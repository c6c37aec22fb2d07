// "What's due" at the top of the plan pages (issue 7), with the page's clock pinned. A standard
// inspection notified on Monday 2 March 2026 (F§52–53 table, Annex A F§242): the call and set-up
// call that day, the child-level data on Tuesday 3 March, management information on Wednesday 4
// March; inspectors arrive on Monday 9 March 2026. Last inspected 5 September 2022, requires
// improvement: the window (F§13) runs from 5 March 2025 to 5 March 2026.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startSuite, openApp, savePlan } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const PLAN = '?v=1&view=visit&vk=standard&vdate=2026-03-02&lid=2022-09-05&lo=ri';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The date of an event as the strip shows it (the page's agenda lists the same ids below). */
async function dueDate(strip, eventId) {
  return strip.locator(`[data-due-event="${eventId}"] time`).getAttribute('datetime');
}

test('on the notification Monday the strip shows the next three working days and where the authority stands', async () => {
  const app = await openApp(suite, PLAN, { fixedTime: new Date('2026-03-02T09:00:00Z') });
  const strip = app.page.getByRole('region', { name: "What's due" });
  await strip.waitFor();
  const days = strip.getByRole('listitem').filter({ has: app.page.getByRole('heading', { level: 3 }) });
  assert.deepEqual(await days.getByRole('heading', { level: 3 }).allTextContents(), ['Today, Monday', 'Tuesday', 'Wednesday']);
  assert.equal(await dueDate(strip, 'notification'), '2026-03-02');
  assert.equal(await dueDate(strip, 'set-up-call'), '2026-03-02');
  assert.equal(await dueDate(strip, 'child-level-data-due'), '2026-03-03');
  assert.equal(await dueDate(strip, 'management-information-due'), '2026-03-04');
  const text = await strip.textContent();
  assert.match(text, /Inside the window for your next standard inspection since Wednesday 5 March 2025; it closes on Thursday 5 March 2026\./);
  assert.match(text, /Notice period of your standard inspection: inspectors arrive on Monday 9 March 2026\./);
  // The same strip heads the other plan pages.
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Your pathway' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Your pathway' }).waitFor();
  assert.equal(await dueDate(app.page.getByRole('region', { name: "What's due" }), 'child-level-data-due'), '2026-03-03');
  const results = await new AxeBuilder({ page: app.page }).withTags(TAGS).include('#whats-due').analyze();
  assert.deepEqual(results.violations.map((v) => v.id), [], "axe violations in what's due");
  app.assertClean(assert);
  await app.context.close();
});

// Saturday 7 March 2026: no working day today, so Monday 9 to Wednesday 11 March (fieldwork days
// 1 to 3), none marked "Today"; still the notice period.
test('at the weekend the strip starts on Monday, the first day on site', async () => {
  const app = await openApp(suite, PLAN, { fixedTime: new Date('2026-03-07T12:00:00Z') });
  const strip = app.page.getByRole('region', { name: "What's due" });
  await strip.waitFor();
  assert.deepEqual(await strip.getByRole('heading', { level: 3 }).allTextContents(), ['Monday', 'Tuesday', 'Wednesday']);
  assert.equal(await dueDate(strip, 'onsite-1'), '2026-03-09');
  assert.match(await strip.textContent(), /Notice period of your standard inspection: inspectors arrive on Monday 9 March 2026\./);
  app.assertClean(assert);
  await app.context.close();
});

test('no plan, no strip; and none on the training page', async () => {
  const app = await openApp(suite, '?v=1&view=visit', { fixedTime: new Date('2026-03-02T09:00:00Z') });
  await app.page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
  assert.equal(await app.page.locator('#whats-due').count(), 0);
  const withPlan = await openApp(suite, `${PLAN.replace('view=visit', 'view=training')}`, { fixedTime: new Date('2026-03-02T09:00:00Z') });
  await withPlan.page.getByRole('heading', { level: 1, name: 'Training scenarios' }).waitFor();
  assert.equal(await withPlan.page.locator('#whats-due').count(), 0, "the trainer's own plan stays off the projector");
  app.assertClean(assert);
  withPlan.assertClean(assert);
  await app.context.close();
  await withPlan.context.close();
});

// Issue 26: when the council's own work is drawn (here an open further-information request, due
// on Monday 23 March 2026), a day with neither a framework step nor any of the council's work
// still says so, as other empty days do. Friday 20 March 2026 is the feedback day; nothing in the
// plan falls on Monday 23 or Tuesday 24 March (the draft report comes on Tuesday 7 April, F§216).
for (const width of [1280, 375]) {
  test(`at ${width} px, with the council's work drawn, a day with nothing due says so`, async () => {
    const LINK = 'v=1&view=visit&vk=standard&vdate=2026-03-02';
    const app = await openApp(suite, '?v=1&view=visit', { fixedTime: new Date('2026-03-20T09:00:00Z') });
    const { page } = app;
    await page.setViewportSize({ width, height: 900 });
    await savePlan(page, LINK, {
      requests: [{ id: 'R1', requested_by: 'Lead inspector', date_requested: '2026-03-18', response_required_by: '2026-03-23', reason: 'Supervision notes, case 12' }],
    });
    await page.goto(`${suite.server.url}?${LINK}`);
    const strip = page.getByRole('region', { name: "What's due" });
    const day = (name) => strip.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
    // Monday has only the request: the part draws the day's list.
    const r1 = day('Monday').getByRole('list').locator('[data-due-item="R1"]');
    await r1.waitFor();
    assert.match(await r1.textContent(), /Further information request R1: Supervision notes, case 12/);
    // Tuesday has nothing at all.
    const nothing = day('Tuesday').locator('.app-whats-due__nothing');
    await nothing.waitFor();
    assert.equal((await nothing.textContent()).trim(), 'Nothing due on 24 March 2026.');
    assert.equal(await nothing.locator('time').getAttribute('datetime'), '2026-03-24');
    // Said as the day's list's one item: no empty list.
    assert.deepEqual(await day('Tuesday').getByRole('list').getByRole('listitem').allTextContents(), ['Nothing due on 24 March 2026.']);
    // Today's framework step is still there, in the same kind of list.
    await day('Today, Friday').locator('[data-due-event="feedback"]').waitFor();
    const results = await new AxeBuilder({ page }).withTags(TAGS).include('#whats-due').analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], "axe violations in what's due");
    app.assertClean(assert);
    await app.context.close();
  });
}
