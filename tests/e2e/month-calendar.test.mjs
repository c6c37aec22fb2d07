// Journey: a keyboard user looks through the month at a glance on the front page. The page's clock
// is pinned to Tuesday 31 March 2026; expected holidays come from GOV.UK's list for England and Wales.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, openApp } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const TODAY = new Date('2026-03-31T10:00:00+01:00');

const focusedDate = (page) =>
  page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-date') ?? null);

test('the calendar opens on this month with today marked and one tab stop', async () => {
  const app = await openApp(suite, '', { fixedTime: TODAY });
  const calendar = app.page.locator('#month-overview');
  assert.equal(await calendar.locator('caption').textContent(), 'March 2026');
  const today = calendar.locator('td[data-date="2026-03-31"] button');
  assert.equal(await today.getAttribute('aria-current'), 'date');
  assert.equal(await today.getAttribute('aria-label'), 'Tuesday 31 March 2026, today');
  assert.equal(await calendar.locator('td button[tabindex="0"]').count(), 1);
  app.assertClean(assert);
  await app.context.close();
});

test('arrow keys cross into April, which is announced; Enter on Good Friday says why it is not a working day', async () => {
  const app = await openApp(suite, '', { fixedTime: TODAY });
  const { page } = app;
  const calendar = page.locator('#month-overview');
  // Tab order: previous month, next month, the scrollable table, then the day with the tab stop.
  await calendar.getByRole('button', { name: /^Next month/ }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focusedDate(page), '2026-03-31');

  await page.keyboard.press('ArrowRight');
  await calendar.locator('caption', { hasText: 'April 2026' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('td')?.dataset.date === '2026-04-01');
  assert.equal(await calendar.locator('[aria-live="polite"]').textContent(), 'April 2026');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focusedDate(page), '2026-04-03');
  assert.match(await calendar.locator('td[data-date="2026-04-03"]').textContent(), /Good Friday/);
  await page.keyboard.press('Enter');
  await page
    .getByText('Friday 3 April 2026 is not a working day: it is Good Friday')
    .waitFor();
  assert.equal(
    await calendar.locator('td[data-date="2026-04-03"] button').getAttribute('aria-pressed'),
    'true',
  );
  app.assertClean(assert);
  await app.context.close();
});

test('at 320px wide the page does not scroll sideways; only the table region may', async () => {
  const app = await openApp(suite, '', { fixedTime: TODAY });
  await app.page.setViewportSize({ width: 320, height: 640 });
  const overflow = await app.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  app.assertClean(assert);
  await app.context.close();
});

test('no axe violations (WCAG 2.2 A and AA) on the page with the calendar', async () => {
  let AxeBuilder;
  try {
    ({ default: AxeBuilder } = await import('@axe-core/playwright'));
  } catch {
    return; // The accessibility checker is not installed; the other tiers still run.
  }
  const app = await openApp(suite, '', { fixedTime: TODAY });
  const results = await new AxeBuilder({ page: app.page })
    .include('#month-overview')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
  app.assertClean(assert);
  await app.context.close();
});
