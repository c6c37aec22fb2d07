// Each page of the planner, filled in as an officer would, scanned with axe-core for the WCAG 2.2
// A and AA rules. Any violation fails the test, with the rule ids and the elements concerned.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startSuite, openApp, openQuestions, answerVisit } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let suite;
let app;
before(async () => {
  suite = await startSuite();
  app = await openApp(suite);
  // One plan for every page: a requires-improvement authority with a standard inspection.
  const nav = app.page.getByRole('navigation', { name: 'Planner pages' });
  await nav.getByRole('link', { name: 'Your pathway' }).click();
  await app.page.getByRole('radio', { name: 'A standard inspection' }).check();
  const last = app.page.getByRole('group', { name: 'Date of the last inspection' });
  await last.getByLabel('Day').fill('13');
  await last.getByLabel('Month').fill('4');
  await last.getByLabel('Year').fill('2023');
  await app.page.getByRole('radio', { name: 'From the overall effectiveness grade' }).check();
  await app.page.getByRole('radio', { name: 'Requires improvement to be good' }).check();
  await app.page.getByRole('heading', { name: 'Pathway 2' }).waitFor();
  await nav.getByRole('link', { name: 'Visit schedule' }).click();
  await answerVisit(app.page);
  const date = app.page.getByRole('group', { name: 'Notification date' });
  await date.getByLabel('Day').fill('2');
  await date.getByLabel('Month').fill('3');
  await date.getByLabel('Year').fill('2026');
  await app.page.locator('[data-event="feedback"]').waitFor();
});
after(async () => {
  await app?.context.close();
  await suite?.close();
});

async function scan(name) {
  const results = await new AxeBuilder({ page: app.page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${name}`);
  return results.passes.length;
}

for (const [link, heading] of [
  ['Start', 'Plan your ILACS inspection dates'],
  ['Your pathway', 'Your pathway'],
  ['Visit schedule', 'Visit schedule'],
  ['After fieldwork', 'After fieldwork'],
  ['All dates', 'All dates'],
  ['Annex A checklist', 'Annex A checklist'],
  ['Further information requests', 'Further information requests'],
  ['Councils', 'Councils'],
  ['Saved plans', 'Saved plans'],
]) {
  test(`${heading}: no WCAG 2.2 A or AA violations`, async () => {
    await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: link }).click();
    await app.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const passes = await scan(heading);
    assert.ok(passes > 10, 'axe ran its checks');
    // Issue 13: axe clean on a phone too (the menu folded, the month as it fits 375 px).
    await app.page.setViewportSize({ width: 375, height: 740 });
    await scan(`${heading} at 375px`);
    // WCAG 1.4.10 Reflow: at 320 CSS pixels the page does not scroll sideways (the calendar's
    // own labelled region may).
    await app.page.setViewportSize({ width: 320, height: 640 });
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await app.page.setViewportSize({ width: 1280, height: 720 });
    assert.ok(overflow <= 0, `${heading} scrolls sideways by ${overflow}px at 320px`);
    app.assertClean(assert);
  });
}

test('Print the plan: no WCAG 2.2 A or AA violations, on screen and in print', async () => {
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'All dates' }).click();
  await app.page
    .getByRole('region', { name: 'Take the dates away' })
    .getByRole('link', { name: 'Print the plan (a page for each month)' })
    .click();
  await app.page.getByRole('heading', { level: 1, name: 'Inspection plan' }).waitFor();
  // The pathway and the visit: several months, each with its calendar and table.
  assert.ok((await app.page.locator('section.app-print-month').count()) > 3);
  const passes = await scan('Print the plan');
  assert.ok(passes > 10, 'axe ran its checks');
  await app.page.setViewportSize({ width: 320, height: 640 });
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await app.page.setViewportSize({ width: 1280, height: 720 });
  assert.ok(overflow <= 0, `Print the plan scrolls sideways by ${overflow}px at 320px`);
  await app.page.emulateMedia({ media: 'print' });
  try {
    await scan('Print the plan, print styles');
  } finally {
    await app.page.emulateMedia({ media: 'screen' });
  }
  app.assertClean(assert);
});

// Issue 28: the one-page briefing, on screen at both widths and in print.
test('Inspection briefing: no WCAG 2.2 A or AA violations, on screen and in print', async () => {
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Visit schedule' }).click();
  await app.page
    .getByRole('region', { name: 'Take the dates away' })
    .getByRole('link', { name: 'Print a one-page briefing for the director and councillors' })
    .click();
  await app.page.getByRole('heading', { level: 1, name: 'Inspection briefing' }).waitFor();
  assert.ok((await scan('Inspection briefing')) > 10, 'axe ran its checks');
  await app.page.setViewportSize({ width: 375, height: 740 });
  try {
    await scan('Inspection briefing at 375px');
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the briefing scrolls sideways by ${overflow}px at 375px`);
  } finally {
    await app.page.setViewportSize({ width: 1280, height: 720 });
  }
  await app.page.emulateMedia({ media: 'print' });
  try {
    await scan('Inspection briefing, print styles');
  } finally {
    await app.page.emulateMedia({ media: 'screen' });
  }
  app.assertClean(assert);
});

test('the error summary and error messages: no WCAG 2.2 A or AA violations', async () => {
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Visit schedule' }).click();
  await openQuestions(app.page);
  const date = app.page.getByRole('group', { name: 'Notification date' });
  await date.getByLabel('Day').fill('31');
  await date.getByLabel('Month').fill('2');
  await app.page.getByRole('button', { name: 'Show dates' }).click();
  await app.page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await scan('visit schedule with errors');
  app.assertClean(assert);
});

test('unanswered questions flagged beside them (pathway and visit), at 1280 and 375 px: no WCAG 2.2 A or AA violations', async () => {
  for (const view of ['pathway', 'visit']) {
    const fresh = await openApp(suite, `?v=1&view=${view}`);
    const { page } = fresh;
    await page.getByRole('button', { name: 'Show dates' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    for (const size of [{ width: 1280, height: 720 }, { width: 375, height: 740 }]) {
      await page.setViewportSize(size);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      assert.deepEqual(summary, [], `axe violations on the ${view} page's unanswered questions at ${size.width}px`);
    }
    fresh.assertClean(assert);
    await fresh.context.close();
  }
});

test('the Annex A checklist with ticks, owners and a focused visit\'s choices: no WCAG 2.2 A or AA violations', async () => {
  const nav = app.page.getByRole('navigation', { name: 'Planner pages' });
  await nav.getByRole('link', { name: 'Annex A checklist' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Annex A checklist' }).waitFor();
  await app.page.getByRole('checkbox', { name: 'List 1 Contacts' }).check();
  await app.page.getByLabel('Owner of List 1 Contacts').fill('Data team');
  await scan('checklist with a ticked item');
  // A focused visit: the "Asked for at this visit" choices.
  await nav.getByRole('link', { name: 'Visit schedule' }).click();
  await openQuestions(app.page);
  await answerVisit(app.page, { kind: 'Focused visit', days: 'Tuesday and Wednesday' });
  await app.page.locator('[data-event="feedback"]').waitFor();
  await nav.getByRole('link', { name: 'Annex A checklist' }).click();
  await app.page.getByRole('checkbox', { name: /^Asked for at this visit\s*: List 8 Children in care/ }).check();
  await scan('checklist for a focused visit');
  await nav.getByRole('link', { name: 'Visit schedule' }).click();
  await openQuestions(app.page);
  await app.page.getByRole('radio', { name: 'Standard inspection' }).check();
  await app.page.locator('[data-event="feedback"]').waitFor();
  app.assertClean(assert);
});

test('further information requests with a request, its response form, a deletion check and errors: no WCAG 2.2 A or AA violations', async () => {
  const page = app.page;
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Further information requests' }).click();
  await page.getByRole('heading', { level: 1, name: 'Further information requests' }).waitFor();
  await page.getByRole('button', { name: 'Add request' }).click();
  await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await scan('requests form with errors');
  await page.getByLabel('Requested by').fill('Lead inspector');
  const due = page.getByRole('group', { name: 'Response required by' });
  const requested = page.getByRole('group', { name: 'Date requested' });
  await requested.getByLabel('Day').fill('9');
  await requested.getByLabel('Month').fill('3');
  await requested.getByLabel('Year').fill('2026');
  await due.getByLabel('Day').fill('11');
  await due.getByLabel('Month').fill('3');
  await due.getByLabel('Year').fill('2026');
  await page.getByLabel('Reason for request').fill('Latest chronology');
  await page.getByRole('radio', { name: 'Document' }).check();
  await page.getByRole('button', { name: 'Add request' }).click();
  await page.locator('[data-request="R1"]').waitFor();
  await scan('requests with one request');
  await page.getByRole('button', { name: 'Record the response to request R1' }).click();
  await scan('requests with the response form open');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete request R1' }).click();
  await scan('requests asking to confirm a deletion');
  await page.getByRole('button', { name: 'Yes, delete request R1' }).click();
  app.assertClean(assert);
});

/** WCAG 1.4.10 Reflow: at 320 CSS pixels the page does not scroll sideways. */
async function reflowOverflow() {
  await app.page.setViewportSize({ width: 320, height: 640 });
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await app.page.setViewportSize({ width: 1280, height: 720 });
  return overflow;
}

test('training scenarios and presenter mode: no WCAG 2.2 A or AA violations', async () => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Start' }).click();
  await page.getByRole('link', { name: 'Training scenarios' }).click();
  await page.getByRole('heading', { level: 1, name: 'Training scenarios' }).waitFor();
  assert.ok((await scan('training chooser')) > 10, 'axe ran its checks');
  assert.ok((await reflowOverflow()) <= 0, 'the chooser does not scroll sideways at 320px');
  // An Easter scenario shows bank holidays in the strip.
  await page.getByRole('radio', { name: 'Standard inspection notified at Easter' }).check();
  await page.getByRole('button', { name: 'Start presenting' }).click();
  await page.locator('#presenter-step-heading').waitFor();
  await scan('presenter, first step');
  assert.ok((await reflowOverflow()) <= 0, 'the presenter does not scroll sideways at 320px');
  // A step with a range of days, then the last step (Next disabled, end of the scenario).
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await page.locator('.app-presenter__caption', { hasText: /^Step 9 of/ }).waitFor();
  await scan('presenter, ninth step');
  await page.keyboard.press('End');
  await page.getByText('End of the scenario.').waitFor();
  await scan('presenter, last step');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Training scenarios' }).waitFor();
  app.assertClean(assert);
});

test('the annual cycle on the pathway page: no WCAG 2.2 A or AA violations', async () => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Your pathway' }).click();
  const meeting = page.getByRole('group', { name: 'Annual engagement meeting (optional)' });
  await meeting.getByLabel('Day').fill('12');
  await meeting.getByLabel('Month').fill('5');
  await meeting.getByLabel('Year').fill('2026');
  await page.locator('[data-event="engagement-letter-1"]').waitFor();
  await scan('pathway with the annual cycle');
  app.assertClean(assert);
});

test('saved plans with a rename error and the undo banner: no WCAG 2.2 A or AA violations', async () => {
  await app.page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Saved plans' }).click();
  await app.page.getByRole('button', { name: 'Copy “My plan”' }).click();
  await app.page.getByRole('button', { name: 'Rename “Copy of My plan”' }).click();
  await app.page.getByLabel('New name for “Copy of My plan”').fill('My plan');
  await app.page.getByRole('button', { name: 'Save name' }).click();
  await app.page.getByText('You already have a plan called').waitFor();
  await scan('saved plans with a rename error');
  await app.page.getByRole('button', { name: 'Cancel' }).click();
  await app.page.getByRole('button', { name: 'Delete “Copy of My plan”' }).click();
  await app.page.getByRole('region', { name: '“Copy of My plan” has been deleted' }).waitFor();
  await scan('saved plans with the undo banner');
  app.assertClean(assert);
});
