// Issue 26: the plan follows what actually happens. The worked case: a standard inspection
// notified on Monday 1 February 2027 (feedback Friday 19 February); under current practice the
// draft report comes on Friday 5 March (F§216: 10 working days after fieldwork) and comments are
// due 5 working days later, Friday 12 March (Ofsted 2020). The draft is recorded, by keyboard, as
// arrived on Tuesday 9 March 2027: comments fall due on Tuesday 16 March 2027 (today, with the
// page's clock pinned), the final report moves to Friday 19 March (8 working days after the draft,
// F§216), and each moved date says what it follows. At 1280 and 375 px, with axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { startSuite, openApp, savePlan } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const PLAN = '?v=1&view=after-fieldwork&vk=standard&vdate=2027-02-01';
const TODAY = new Date('2027-03-16T09:00:00Z');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The agenda's entry for an event (the key dates and the strip carry the same ids elsewhere). */
const entry = (page, id) => page.locator(`.app-agenda [data-event="${id}"]`);
const dateOf = async (page, id) => {
  await entry(page, id).locator('time').first().waitFor();
  return entry(page, id).locator('time').first().getAttribute('datetime');
};

async function axeClean(page, what) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe violations ${what}`);
}

/** Types a date into the GOV.UK date input that has focus (day box first), then Enter. */
async function typeDate(page, day, month, year) {
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
  await page.keyboard.press('Enter');
}

for (const width of [1280, 375]) {
  test(`worked case at ${width} px: the draft recorded by keyboard moves the comments, the final report and publication`, async () => {
    const app = await openApp(suite, PLAN, { fixedTime: TODAY });
    const { page } = app;
    await page.setViewportSize({ width, height: 900 });
    assert.equal(await dateOf(page, 'draft-report'), '2027-03-05');
    assert.equal(await dateOf(page, 'la-comments-due'), '2027-03-12');
    assert.equal(await dateOf(page, 'final-report'), '2027-03-17');

    // The control names its step (GOV.UK visually hidden text).
    const record = page.getByRole('button', { name: 'Record the actual date: draft report' });
    await record.focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: /When did the draft report arrive\?/ });
    await question.waitFor();
    // Focus moves once the form is drawn: wait for it rather than read it at once (flaky under load).
    await page.waitForFunction(() => document.activeElement?.id === 'record-draft-report-day');
    await axeClean(page, 'with the date input open');

    // Cancel leaves everything as it was, and focus on the button.
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await record.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'record-draft-report-button');
    assert.equal(await dateOf(page, 'la-comments-due'), '2027-03-12');

    // A draft before the end of fieldwork is refused, naming both dates.
    await page.keyboard.press('Enter');
    await question.waitFor();
    // Typing starts once focus is in the day field (keys sent before it would be lost).
    await page.waitForFunction(() => document.activeElement?.id === 'record-draft-report-day');
    await typeDate(page, '18', '2', '2027');
    const error = page.locator('#record-draft-report-error');
    await error.waitFor();
    assert.match(await error.textContent(), /The draft report cannot be on Thursday 18 February 2027: that is before the end of fieldwork, Friday 19 February 2027\./);
    assert.equal(await dateOf(page, 'draft-report'), '2027-03-05', 'nothing changed');

    // Mend the date: Tuesday 9 March 2027.
    await page.locator('#record-draft-report-day').focus();
    await page.keyboard.press('Control+A');
    await typeDate(page, '9', '3', '2027');
    const change = page.getByRole('button', { name: 'Change the actual date: draft report' });
    await change.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'record-draft-report-button');

    assert.equal(await dateOf(page, 'draft-report'), '2027-03-09');
    const draft = (await entry(page, 'draft-report').textContent()).replace(/\s+/g, ' ');
    assert.match(draft, /Recorded Arrived on Tuesday 9 March 2027/);
    assert.equal(await dateOf(page, 'la-comments-due'), '2027-03-16');
    assert.match(await entry(page, 'la-comments-due').textContent(), /Moved: 5 working days after the draft report arrived on Tuesday 9 March 2027\./);
    assert.equal(await dateOf(page, 'final-report'), '2027-03-19');
    assert.match(await entry(page, 'final-report').textContent(), /8 working days after the draft report arrived on Tuesday 9 March 2027/);
    assert.equal(await dateOf(page, 'publication'), '2027-03-24');

    // What's due: today, Tuesday 16 March, the comments are due.
    const strip = page.getByRole('region', { name: "What's due" });
    await strip.locator('[data-due-event="la-comments-due"]').waitFor();
    assert.equal(await strip.locator('[data-due-event="la-comments-due"] time').getAttribute('datetime'), '2027-03-16');
    await axeClean(page, 'with a recorded date');

    // The link carries it: a new tab opened from it shows the same dates.
    await page.waitForFunction(() => decodeURIComponent(location.search).includes('rd=draft:2027-03-09'));
    const link = new URL(page.url());
    const again = await openApp(suite, link.search, { fixedTime: TODAY });
    assert.equal(await dateOf(again.page, 'draft-report'), '2027-03-09');
    assert.equal(await dateOf(again.page, 'la-comments-due'), '2027-03-16');
    again.assertClean(assert);
    await again.context.close();

    // Remove the recorded date: the computed dates come back.
    await page.getByRole('button', { name: 'Remove the recorded date: draft report' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Record the actual date: draft report' }).waitFor();
    assert.equal(await dateOf(page, 'la-comments-due'), '2027-03-12');
    assert.equal(await entry(page, 'la-comments-due').locator('.app-event__follows').count(), 0);
    app.assertClean(assert);
    await app.context.close();
  });
}

test('All dates offers the same control; on-site days read "Day 3 of 10 on site"', async () => {
  const app = await openApp(suite, '?v=1&view=calendar&vk=standard&vdate=2027-02-01', { fixedTime: new Date('2027-02-10T09:00:00Z') });
  const { page } = app;
  await page.getByRole('button', { name: 'Record the actual date: notification' }).waitFor();
  await page.getByRole('button', { name: 'Record the actual date: first on-site day' }).waitFor();
  const strip = page.getByRole('region', { name: "What's due" });
  await strip.waitFor();
  assert.match(await strip.textContent(), /Day 3 of 10 on site/);
  app.assertClean(assert);
  await app.context.close();
});

// Issue 26 item 5: one list per day with the framework's steps, the Annex A items due (with the
// owners set on the checklist) and the open further-information requests with their response
// dates. Notified Monday 1 February 2027: the lists (Annex A, F§242) are due on Tuesday 2
// February, with the request R1 asked for by then.
test("What's due lists the Annex A items with their owners and the open requests beside the framework's steps", async () => {
  const app = await openApp(suite, '?v=1&view=visit', { fixedTime: new Date('2027-02-01T09:00:00Z') });
  await savePlan(app.page, 'v=1&view=visit&vk=standard&vdate=2027-02-01', {
    checklist: { items: { 'list-1': { owner: 'Data team' } } },
    requests: [{ id: 'R1', requested_by: 'Lead inspector', date_requested: '2027-01-29', response_required_by: '2027-02-02', reason: 'Supervision notes, case 12' }],
  });
  // A link with the same inputs opens the saved plan (with its checklist and requests).
  await app.page.goto(`${suite.server.url}?v=1&view=visit&vk=standard&vdate=2027-02-01`);
  const strip = app.page.getByRole('region', { name: "What's due" });
  const list1 = strip.locator('[data-due-item="list-1"]');
  await list1.waitFor();
  // Each item is in its own day's list: nothing due later shows under today.
  const today = strip.getByRole('listitem').filter({ has: app.page.getByRole('heading', { level: 3, name: 'Today, Monday' }) });
  assert.equal(await today.locator('[data-due-item]').count(), 0);
  const tuesday = strip.getByRole('listitem').filter({ has: app.page.getByRole('heading', { level: 3, name: 'Tuesday' }) });
  assert.match(await tuesday.textContent(), /Annex A, List 1: Contacts in the last three months/);
  assert.match(await list1.textContent(), /Owner: Data team/);
  assert.equal(await list1.locator('time').getAttribute('datetime'), '2027-02-02');
  const r1 = tuesday.locator('[data-due-item="R1"]');
  await r1.waitFor();
  assert.match(await r1.textContent(), /Further information request R1: Supervision notes, case 12/);
  assert.match(await r1.textContent(), /Asked by: Lead inspector/);
  // The framework's own step is in the same list.
  await tuesday.locator('[data-due-event="child-level-data-due"]').waitFor();
  await axeClean(app.page, "with the council's work in what's due");
  app.assertClean(assert);
  await app.context.close();
});

test('a plan file carries the recorded dates: saved as a file, opened in another browser, the moved dates come back', async () => {
  const app = await openApp(suite, `${PLAN}&rd=draft:2027-03-09`, { fixedTime: TODAY });
  const { page } = app;
  assert.equal(await dateOf(page, 'la-comments-due'), '2027-03-16');
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Saved plans', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save “My plan” as a file' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  assert.match(JSON.parse(text).plan.state, /rd=draft(:|%3A)2027-03-09/, 'the recorded date, in the share-link form');
  app.assertClean(assert);
  await app.context.close();

  // Another browser (nothing saved there) opens the file.
  const other = await openApp(suite, '?v=1&view=plans', { fixedTime: TODAY });
  await other.page.getByLabel('Open a plan file').setInputFiles({
    name: 'my-plan.ilacs-plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  // This browser has an empty "My plan" of its own, so the file's plan may open as "My plan (2)".
  await other.page.getByText(/Opened “My plan( \(2\))?” from my-plan\.ilacs-plan\.json/).waitFor();
  await other.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'After fieldwork', exact: true }).click();
  assert.equal(await dateOf(other.page, 'draft-report'), '2027-03-09');
  assert.equal(await dateOf(other.page, 'la-comments-due'), '2027-03-16');
  assert.match(await entry(other.page, 'draft-report').textContent(), /Recorded/);
  other.assertClean(assert);
  await other.context.close();
});
