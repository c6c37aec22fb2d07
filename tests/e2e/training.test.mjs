// Presenter mode for training (issue 7), against the release build, by keyboard only. The page's
// clock is pinned to Wednesday 25 November 2026, so each scenario's suggested start is known:
// the standard inspection is notified on Monday 30 November 2026, on site from Monday 7 December
// and fed back on Friday 18 December 2026 (F§52–53 table: N+5 working days, then ten working
// days on site; no bank holiday until Christmas). Each full run's duration is logged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const TODAY = new Date('2026-11-25T10:00:00Z');

const SCENARIOS = [
  'Standard inspection in an ordinary week',
  'Short inspection after a bank-holiday Monday',
  'Standard inspection notified at Easter',
  'Focused visit on a Wednesday and Thursday',
  'Monitoring visit',
  "An inadequate authority's first year",
];

/** Presses Tab until `predicate` holds for the focused element (or gives up). */
async function tabTo(page, predicate, arg, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return true;
  }
  return false;
}

const caption = (page) => page.evaluate(() => document.querySelector('.app-presenter__caption')?.textContent ?? null);

/** Waits until step `n` is on screen and its heading has focus (moved there after the render). */
async function waitForStep(page, n, count) {
  await page.waitForFunction(
    (text) =>
      document.querySelector('.app-presenter__caption')?.textContent === text &&
      document.activeElement?.id === 'presenter-step-heading',
    `Step ${n} of ${count}`,
    { timeout: 5000 },
  );
}

/** What the step on screen says: its heading, event id, first date, and whether it has focus. */
function onScreen(page) {
  return page.evaluate(() => {
    const heading = document.getElementById('presenter-step-heading');
    const when = document.querySelector('.app-presenter__step [data-event]');
    return {
      heading: heading?.textContent ?? '',
      event: when?.getAttribute('data-event') ?? null,
      date: when?.querySelector('time')?.getAttribute('datetime') ?? null,
      focused: document.activeElement === heading,
    };
  });
}

/**
 * From the chooser (already open), by keyboard only: choose scenario `index` with the arrow keys,
 * keep the suggested date, Start presenting, then Right arrow to the last step. Returns every
 * step seen and the time the run took.
 */
async function presentByKeyboard(page, index) {
  assert.ok(await tabTo(page, () => document.activeElement?.name === 'scenario'), 'Tab reaches the scenarios');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent), SCENARIOS[index]);
  assert.ok(
    await tabTo(page, () => document.activeElement?.textContent === 'Start presenting'),
    'Tab reaches Start presenting',
  );
  const started = performance.now();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^Step 1 of \d+$/.test(document.querySelector('.app-presenter__caption')?.textContent ?? ''));
  const count = Number((await caption(page)).match(/of (\d+)/)[1]);
  await waitForStep(page, 1, count);
  const seen = [await onScreen(page)];
  for (let n = 2; n <= count; n++) {
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, n, count);
    seen.push(await onScreen(page));
  }
  const ms = Math.round(performance.now() - started);
  return { count, seen, ms };
}

function checkRun(name, { count, seen }) {
  assert.ok(count >= 5, `${name}: ${count} steps`);
  for (const [i, step] of seen.entries()) {
    assert.ok(step.focused, `${name}: focus on the heading at step ${i + 1}`);
    assert.ok(step.event && step.date, `${name}: step ${i + 1} shows its event and date`);
  }
  for (let i = 1; i < seen.length; i++) {
    assert.notEqual(seen[i].heading, seen[i - 1].heading, `${name}: the heading changes at step ${i + 1}`);
    assert.notEqual(seen[i].event, seen[i - 1].event, `${name}: the event changes at step ${i + 1}`);
    assert.ok(seen[i].date >= seen[i - 1].date, `${name}: dates run forward at step ${i + 1}`);
  }
  assert.ok(seen.at(-1).date > seen[0].date, `${name}: the date moves on`);
  // The run reaches publication (or the letter that is not published) and ends.
  assert.ok(seen.some((s) => s.event === 'publication' || s.event === 'letter-not-published'), `${name}: publication`);
}

test('a trainer presents the standard inspection from notification to the end by keyboard only', async (t) => {
  const app = await openApp(suite, '?v=1&view=training', { fixedTime: TODAY });
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Training scenarios' }).waitFor();
  const date = page.getByRole('group', { name: 'Notification date' });
  assert.deepEqual(
    [await date.getByLabel('Day').inputValue(), await date.getByLabel('Month').inputValue(), await date.getByLabel('Year').inputValue()],
    ['30', '11', '2026'],
    'the suggested start is Monday 30 November 2026',
  );
  const run = await presentByKeyboard(page, 0);
  t.diagnostic(`standard-ordinary-week: ${run.count} steps, keyboard run ${run.ms} ms`);
  checkRun('standard', run);
  const dateOf = (id) => run.seen.find((s) => s.event === id)?.date;
  assert.equal(run.seen[0].event, 'notification');
  assert.equal(dateOf('notification'), '2026-11-30');
  assert.equal(dateOf('onsite-1'), '2026-12-07');
  assert.equal(dateOf('feedback'), '2026-12-18');
  // The end: Next is off, the screen says so, and Right arrow stays put.
  await page.getByText('End of the scenario.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Next step' }).isDisabled(), true);
  await page.keyboard.press('ArrowRight');
  assert.equal(await caption(page), `Step ${run.count} of ${run.count}`);
  assert.match(page.url(), new RegExp(`[?&]sc=standard-ordinary-week&sd=2026-11-30&st=${run.count}$`));
  // The chrome is gone while presenting.
  assert.equal(await page.getByRole('navigation', { name: 'Planner pages' }).count(), 0);
  // Escape leaves presenter mode for the chooser, with focus on its heading.
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Training scenarios' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-heading');
  assert.doesNotMatch(page.url(), /[?&]sc=/);
  await page.getByRole('navigation', { name: 'Planner pages' }).waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('every built-in scenario runs from its suggested start to its last step by keyboard', async (t) => {
  for (const [index, name] of SCENARIOS.entries()) {
    const app = await openApp(suite, '?v=1&view=training', { fixedTime: TODAY });
    const run = await presentByKeyboard(app.page, index);
    const line = `${name}: ${run.count} steps, keyboard run ${run.ms} ms`;
    t.diagnostic(line);
    checkRun(name, run);
    // Nothing unusual at the suggested start: no warning on any step.
    assert.equal(await app.page.locator('.app-presenter [data-warning]').count(), 0, `${name}: no warnings`);
    app.assertClean(assert);
    await app.context.close();
  }
});

// F§73 footnote 18: at Easter 2027 (Good Friday 26 March, Easter Monday 29 March) the call comes
// on Thursday 25 March for inspectors on site on Monday 5 April; the strip names both holidays.
test('the Easter scenario from a link: the step on show, the holidays in the strip, reload and Back', async () => {
  const app = await openApp(suite, '?v=1&view=training&sc=notification-at-easter&sd=2027-04-05', { fixedTime: TODAY });
  const { page } = app;
  // Opened from a link: the keys work at once, wherever focus is.
  await page.locator('.app-presenter__caption').filter({ hasText: /^Step 1 of \d+$/ }).waitFor();
  const first = await onScreen(page);
  assert.equal(first.event, 'notification');
  assert.equal(first.date, '2027-03-25');
  const strip = page.getByRole('region', { name: /Where this step sits/ });
  await strip.locator('td', { hasText: 'Good Friday' }).locator('time[datetime="2027-03-26"]').waitFor();
  await strip.locator('td', { hasText: 'Easter Monday' }).locator('time[datetime="2027-03-29"]').waitFor();
  assert.match(await strip.locator('td', { hasText: 'This step' }).textContent(), /25 Mar/);
  // Page Down twice, then a reload keeps the place.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => /^Step 3 of/.test(document.querySelector('.app-presenter__caption')?.textContent ?? ''));
  assert.match(page.url(), /&st=3$/);
  await page.reload();
  await page.waitForFunction(() => /^Step 3 of/.test(document.querySelector('.app-presenter__caption')?.textContent ?? ''));
  // Home goes back to the call; the on-screen Exit button leaves.
  await page.keyboard.press('Home');
  await page.waitForFunction(() => /^Step 1 of/.test(document.querySelector('.app-presenter__caption')?.textContent ?? ''));
  await page.getByRole('button', { name: 'Exit presenter mode' }).click();
  await page.getByRole('heading', { level: 1, name: 'Training scenarios' }).waitFor();
  // The chooser offers the scenario and date just presented.
  assert.equal(await page.getByRole('radio', { name: 'Standard inspection notified at Easter' }).isChecked(), true);
  assert.equal(await page.getByRole('group', { name: 'First on-site day' }).getByLabel('Day').inputValue(), '5');
  // Back returns to presenter mode.
  await page.goBack();
  await page.locator('#presenter-step-heading').waitFor();
  app.assertClean(assert);
  await app.context.close();
});

test('a start that is not a working day is refused with the reason, and nothing typed is lost', async () => {
  const app = await openApp(suite, '?v=1&view=training', { fixedTime: TODAY });
  const { page } = app;
  const date = page.getByRole('group', { name: 'Notification date' });
  await date.getByLabel('Day').fill('25');
  await date.getByLabel('Month').fill('12');
  await page.getByRole('button', { name: 'Start presenting' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: /25 December 2026 is Christmas Day/ }).waitFor();
  assert.equal(await date.getByLabel('Day').inputValue(), '25');
  assert.equal(await page.locator('.app-presenter').count(), 0);
  app.assertClean(assert);
  await app.context.close();
});
