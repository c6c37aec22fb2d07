// Issue 25, "One answer on each page": the question first, the caveat beside the date, the next
// step under it; items 1 to 11 in order. Against the release build at 1280 and 375 px; "today" is
// fixed at Sunday 6 December 2026 unless a test says otherwise. Dates are the engine's, checked in tests/key_dates.rs: a short inspection on
// site from Monday 5 April 2027 has its framework publication day on Tuesday 11 May 2027, most
// likely Wednesday 19 May, three in four by Friday 4 June 2027; with polls on Thursday 6 May 2027
// held reports come out about Monday 17 May.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { startSuite, openApp, answerVisit, IN_IFRAME } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TODAY = new Date('2026-12-06T10:00:00Z');
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];
const SHORT_WITH_POLLS = '?v=1&view=after-fieldwork&vk=short&va=s&vdate=2027-04-05&lp=2027-05-06';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function assertAccessible(page, name) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${name}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px`);
}

async function open(path, size, fixedTime = TODAY) {
  const app = await openApp(suite, path, { fixedTime });
  await app.page.setViewportSize(size);
  return app;
}

const times = (locator) => locator.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));

for (const size of WIDTHS) {
  test(`${size.width}px: item 1, one publication answer in Key dates, the framework's day in the list`, async () => {
    const app = await open(SHORT_WITH_POLLS, size);
    const { page } = app;
    const key = page.locator('.app-key-dates');
    await key.locator('[data-key-event="publication-observed"]').waitFor();
    const publication = await key.locator('[data-key-event^="publication"]')
      .evaluateAll((rows) => rows.map((r) => r.dataset.keyEvent));
    assert.deepEqual(publication, ['publication-observed']);
    const row = key.locator('[data-key-event="publication-observed"]');
    assert.deepEqual(await times(row), ['2027-05-19', '2027-06-04']);
    assert.match(await row.textContent(), /Most likely Wednesday 19 May 2027; three in four are published by Friday 4 June 2027/);
    // The 19 May forecast is after the polls and the release: no pre-election warning beside it.
    assert.equal(await row.locator('.govuk-warning-text').count(), 0);
    // The framework's timetable stays in the day-by-day list, labelled as such.
    const framework = page.locator('[data-event="publication"]');
    assert.equal(await framework.locator('time').first().getAttribute('datetime'), '2027-05-11');
    assert.match(await framework.textContent(), /framework timetable/);
    await assertAccessible(page, `after fieldwork, current practice, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 1, the 2017 framework's day, with a warning that agrees with it`, async () => {
    const app = await open(`${SHORT_WITH_POLLS}&rs=ilacs-2017`, size);
    const { page } = app;
    const key = page.locator('.app-key-dates');
    const row = key.locator('[data-key-event="publication"]');
    await row.waitFor();
    assert.equal(await key.locator('[data-key-event^="publication-observed"]').count(), 0);
    assert.deepEqual(await times(row), ['2027-05-11']);
    const warning = await row.locator('.govuk-warning-text').textContent();
    assert.match(warning, /after polling day/);
    assert.doesNotMatch(warning, /falls in the pre-election period/);
    assert.match(warning, /17 May 2027/);
    await assertAccessible(page, `after fieldwork, 2017 framework, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 3, the Christmas warning sits on the feedback key date`, async () => {
    // A short inspection on site from Monday 21 December 2026: feedback Tuesday 29 December.
    const app = await open('?v=1&view=visit&vk=short&va=s&vdate=2026-12-21', size);
    const { page } = app;
    const feedback = page.locator('.app-key-dates [data-key-event="feedback"]');
    await feedback.waitFor();
    assert.deepEqual(await times(feedback), ['2026-12-29']);
    const warning = feedback.locator('.govuk-warning-text').filter({ hasText: 'Christmas and New Year' });
    assert.equal(await warning.count(), 1, 'the Christmas warning beside the feedback date');
    assert.equal(await page.locator('.app-key-dates [data-key-event="notification"] .govuk-warning-text').count(), 0);
    // The full list stays below.
    assert.ok(await page.locator('.app-warning-summary').count() > 0, 'the full list of warnings');
    await assertAccessible(page, `visit over Christmas, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 4, what you do next sits right under Key dates`, async () => {
    const app = await open(SHORT_WITH_POLLS, size);
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    const key = page.locator('.app-key-dates');
    const group = key.locator('.govuk-button-group');
    await group.waitFor();
    const names = await group.locator('button, a').evaluateAll((els) => els.map((e) => e.textContent.trim()));
    assert.deepEqual(names, ['Copy link to this plan', 'Add to Outlook (.ics)', 'Print the plan', 'Save as a file']);
    // Right under the last key date: within a few Tab presses of it.
    const lastRow = key.locator('[data-key-event]').last();
    const gap = await group.evaluate((g, row) => g.getBoundingClientRect().top - row.getBoundingClientRect().bottom,
      await lastRow.elementHandle());
    assert.ok(gap < 120, `button group ${gap}px under the last key date`);
    await key.locator('[data-key-event]').last().locator('time').first().waitFor();
    await page.locator('#key-dates-heading').focus();
    let tabs = 0;
    while (tabs < 10) {
      await page.keyboard.press('Tab');
      tabs += 1;
      if (await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Copy link to this plan')) break;
    }
    assert.ok(tabs < 10, 'copy link within a few Tab presses of the key dates');
    // The guide's old iframe snippet gives no clipboard: there the link is offered in a box to copy
    // by hand, which phone-rings.test.mjs covers.
    if (!IN_IFRAME) {
      await group.getByRole('button', { name: 'Copy link to this plan' }).click();
      await key.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /vdate=2027-04-05/);
    }
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: 'Add to Outlook (.ics)' }).click(),
    ]);
    assert.match(ics.suggestedFilename(), /\.ics$/);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: 'Save as a file' }).click(),
    ]);
    assert.match(file.suggestedFilename(), /\.json$/);
    assert.match(await group.getByRole('link', { name: 'Print the plan' }).getAttribute('href'), /view=print/);
    await assertAccessible(page, `after fieldwork with the button group, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });
}

test('item 5: key dates before today are marked passed (Devon, inadequate in October 2024)', async () => {
  const app = await open('?v=1&view=pathway&lid=2024-09-30&lo=inadequate', WIDTHS[0]);
  const { page } = app;
  const rows = page.locator('.app-key-dates [data-key-event]');
  await rows.first().waitFor();
  const marks = await rows.evaluateAll((rs) => rs.map((r) => ({
    id: r.dataset.keyEvent,
    last: [...r.querySelectorAll('time')].map((t) => t.getAttribute('datetime')).sort().pop(),
    passed: r.querySelector('.app-passed')?.textContent === 'Passed',
  })));
  assert.ok(marks.some((m) => m.passed), 'some dates have passed');
  for (const m of marks) assert.equal(m.passed, m.last < '2026-12-06', `${m.id} ${m.last}`);
  await assertAccessible(page, 'pathway with passed dates');
  app.assertClean(assert);
  await app.context.close();
});

for (const size of WIDTHS) {
  test(`${size.width}px: item 5, when every key date has passed the page says what to enter next`, async () => {
    const app = await open('?v=1&view=visit&vk=standard&va=s&vdate=2025-03-03', size);
    const { page } = app;
    const rows = page.locator('.app-key-dates [data-key-event]');
    await rows.first().waitFor();
    const count = await rows.count();
    assert.equal(await page.locator('.app-key-dates [data-key-event] .app-passed').count(), count);
    assert.match(await page.locator('[data-next-step]').textContent(), /enter your latest monitoring visit/i);
    await assertAccessible(page, `visit long over, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });
}

test('item 9: switching to a focused visit with an answer missing hides the short inspection dates', async () => {
  const app = await open('?v=1&view=visit&vk=short&vdate=2026-03-02', WIDTHS[0]);
  const { page } = app;
  await page.locator('.app-key-dates [data-key-event="feedback"]').waitFor();
  await page.getByRole('link', { name: 'Change kind of visit' }).click();
  await page.getByRole('radio', { name: 'Focused visit' }).check();
  await page.getByRole('button', { name: 'Show dates' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  assert.match(await page.locator('.govuk-error-summary').textContent(), /days/i);
  assert.equal(await page.locator('[data-key-event]').count(), 0, 'no key dates of the short inspection');
  assert.equal(await page.locator('[data-event="onsite-1"]').count(), 0, 'no schedule of the short inspection');
  // Answering brings the focused visit's dates.
  await page.getByRole('radio', { name: 'Tuesday and Wednesday' }).check();
  await page.getByRole('button', { name: 'Show dates' }).click();
  await page.locator('.app-key-dates [data-key-event="feedback"]').waitFor();
  await assertAccessible(page, 'visit after the error is fixed');
  app.assertClean(assert);
  await app.context.close();
});

// Items 2, 6, 7, 8, 10 and 11. Dates: Barnet (DfE 302) was last inspected from Monday 10 June 2024,
// good, so its window runs 10 December 2026 to 10 December 2027 (F§13).
async function fillDate(group, day, month, year) {
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

const box = (locator) => locator.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right };
});

for (const size of WIDTHS) {
  test(`${size.width}px: item 2, the elections question is asked with the others, and unanswered is not "no"`, async () => {
    const app = await open('?v=1&view=visit', size);
    const { page } = app;
    const elections = page.getByRole('group', { name: 'Does your council have elections in the next few months?' });
    await answerVisit(page, { kind: 'Short inspection', known: 'The first day inspectors are on site' });
    await fillDate(page.getByRole('group', { name: 'First on-site day' }), '5', '4', '2027');
    await elections.waitFor();
    // Asked before the answer: above "Show dates"; nothing is chosen for the person.
    const show = page.getByRole('button', { name: 'Show dates' });
    assert.ok((await box(elections)).bottom <= (await box(show)).top, 'the question comes before Show dates');
    assert.equal(await elections.getByRole('radio', { name: 'Yes' }).isChecked(), false);
    assert.equal(await elections.getByRole('radio', { name: 'No' }).isChecked(), false);
    assert.equal(await page.getByRole('group', { name: 'Polling day' }).count(), 0, 'no polling day until "Yes"');
    await assertAccessible(page, `visit questions, ${size.width}px`);

    // Not answered: the publication date says an election could hold it back.
    await show.click();
    const publication = page.locator('.app-key-dates [data-key-event="publication-observed"]');
    await publication.waitFor();
    assert.match(await publication.locator('[data-note="elections"]').textContent(), /You have not said whether your council has elections/);
    const answers = page.getByRole('region', { name: 'Your answers' });
    assert.match(await answers.locator('[data-answer="elections"]').textContent(), /Not answered/);
    assert.doesNotMatch(page.url(), /[?&]lp=/);

    // "Yes" with polling day Thursday 6 May 2027: kept in the link's polling-day parameter.
    await page.getByRole('link', { name: 'Change elections' }).click();
    await elections.getByRole('radio', { name: 'Yes' }).check();
    const polling = page.getByRole('group', { name: 'Polling day' });
    await fillDate(polling, '6', '5', '2027');
    await page.waitForFunction(() => /[?&]lp=2027-05-06(&|$)/.test(location.href));
    await show.click();
    await publication.waitFor();
    assert.equal(await publication.locator('[data-note="elections"]').count(), 0);
    assert.match(await answers.locator('[data-answer="elections"]').textContent(), /Yes, polling day Thursday 6 May 2027/);

    // "No", said by the person: `lp=none`, and it survives a reload.
    await page.getByRole('link', { name: 'Change elections' }).click();
    await elections.getByRole('radio', { name: 'No' }).check();
    await page.waitForFunction(() => /[?&]lp=none(&|$)/.test(location.href));
    await show.click();
    await publication.waitFor();
    assert.equal(await publication.locator('[data-note="elections"]').count(), 0);
    await page.reload();
    await page.locator('.app-key-dates [data-key-event="publication-observed"]').waitFor();
    assert.match(await page.getByRole('region', { name: 'Your answers' }).locator('[data-answer="elections"]').textContent(), /No/);
    assert.equal(await page.locator('[data-note="elections"]').count(), 0);
    await assertAccessible(page, `visit with answers, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 7, the pathway timeline's labels never overlap and follow their dates`, async () => {
    // Requires improvement from 12 September 2023: window 12 March 2026 to 12 March 2027, with
    // the observed forecast and today (6 December 2026) inside it, the crowded case of the issue.
    const app = await open('?v=1&view=pathway&li=standard&lid=2023-09-12&lo=ri', size);
    const { page } = app;
    const timeline = page.locator('.app-timeline');
    await timeline.locator('[data-timeline-event="window-closes"] time').waitFor();
    const stops = await timeline.locator('.app-timeline__stop').evaluateAll((items) => items.map((li) => {
      const r = li.querySelector('.app-timeline__label').getBoundingClientRect();
      return {
        text: li.textContent.trim(),
        date: li.dataset.timelineDate,
        event: li.dataset.timelineEvent ?? null,
        time: li.querySelector('time')?.getAttribute('datetime') ?? null,
        box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      };
    }));
    const events = stops.map((s) => s.event).filter(Boolean);
    for (const id of ['last-inspection', 'window-opens', 'anniversary', 'window-closes']) {
      assert.ok(events.includes(id), `${id} on the timeline`);
    }
    assert.ok(stops.some((s) => s.text.startsWith('Today') && s.time === '2026-12-06'), 'today on the timeline');
    assert.ok(stops.some((s) => s.text === '2027'), 'the year 2027 on the timeline');
    // No two labels overlap (a pair overlaps when their boxes share any area).
    for (let i = 0; i < stops.length; i += 1) {
      for (let j = i + 1; j < stops.length; j += 1) {
        const [a, b] = [stops[i].box, stops[j].box];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        assert.ok(!overlap, `"${stops[i].text}" overlaps "${stops[j].text}"`);
      }
    }
    // Each label's place matches its date: top to bottom in date order, each event's label at
    // its own date, and every stop inside the year whose label comes before it.
    for (let i = 1; i < stops.length; i += 1) {
      assert.ok(stops[i - 1].date <= stops[i].date, `"${stops[i - 1].text}" (${stops[i - 1].date}) before "${stops[i].text}" (${stops[i].date})`);
      assert.ok(stops[i - 1].box.bottom <= stops[i].box.top, `"${stops[i].text}" below "${stops[i - 1].text}"`);
    }
    let year = null;
    for (const s of stops) {
      if (/^\d{4}$/.test(s.text)) { year = s.text; continue; }
      assert.equal(s.date.slice(0, 4), year, `"${s.text}" under its year`);
      if (s.event) assert.equal(s.time, s.date, `"${s.text}" at its own date`);
    }
    const dated = (id) => stops.find((s) => s.event === id).date;
    assert.equal(dated('window-closes'), '2027-03-12');
    assert.equal(dated('anniversary'), '2026-09-12');
    await assertAccessible(page, `pathway, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 8, "Add request" shows a success banner at the top of the list, focused; due tomorrow is in What's due`, async () => {
    // Monday 7 December 2026, during a standard inspection notified on Tuesday 1 December.
    const app = await open('?v=1&view=requests&vk=standard&vdate=2026-12-01', size, new Date('2026-12-07T10:00:00Z'));
    const { page } = app;
    await page.getByText('No requests recorded yet').waitFor();
    await page.getByLabel('Requested by').fill('Lead inspector');
    await fillDate(page.getByRole('group', { name: 'Response required by' }), '8', '12', '2026');
    await page.getByRole('radio', { name: 'Document' }).check();
    await page.getByLabel('Reason for request').fill('Supervision records');
    await page.getByRole('button', { name: 'Add request' }).click();
    const banner = page.locator('#request-added');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('role'), 'alert');
    assert.match(await banner.getAttribute('class'), /govuk-notification-banner--success/);
    assert.match(await banner.textContent(), /Success.*Request R1 added/);
    await page.waitForFunction(() => document.activeElement?.id === 'request-added');
    // At the top of the list, on screen.
    const list = page.locator('[data-request="R1"]');
    assert.ok((await box(banner)).bottom <= (await box(list)).top, 'the banner is above the list');
    const inView = await banner.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert.ok(inView, 'the banner is on screen');
    assert.equal(await banner.getByRole('link', { name: 'See request R1' }).getAttribute('href'), '#request-R1');
    assert.equal(await page.locator('#request-R1').getAttribute('data-request'), 'R1');
    await assertAccessible(page, `requests with the success banner, ${size.width}px`);

    // Due tomorrow, Tuesday 8 December: in What's due under Tuesday.
    const due = page.getByRole('region', { name: "What's due" });
    const tuesday = due.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Tuesday' }) });
    const request = tuesday.locator('[data-due-item="R1"]');
    await request.waitFor();
    assert.equal(await request.locator('time').getAttribute('datetime'), '2026-12-08');
    assert.match(await request.textContent(), /Further information request R1: Supervision records/);
    // And on the other plan pages (on a phone the pages are behind "Menu").
    const nav = page.getByRole('navigation', { name: 'Planner pages' });
    if (size.width === 375) await nav.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Visit schedule' }).click();
    await page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
    await page.getByRole('region', { name: "What's due" }).locator('[data-due-item="R1"]').waitFor();
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 10, the checklist is a task list by group, cited once per group, with a "still to do" filter`, async () => {
    // Standard inspection notified on Tuesday 1 December 2026; looked at on Wednesday 2 December.
    const app = await open('?v=1&view=checklist&vk=standard&vdate=2026-12-01', size, new Date('2026-12-02T10:00:00Z'));
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Annex A checklist' }).waitFor();
    await page.locator('[data-item="doc-3.11"] [data-due-event] time').waitFor();
    // Sources once a group, in words; none on the items.
    const sources = page.locator('[data-group-source]');
    assert.equal(await sources.count(), 6);
    assert.match(await page.locator('[data-group-source="lists"]').textContent(), /^Source: Ofsted ILACS framework, paragraph 249;.*deadline: Ofsted ILACS framework, Annex A\.$/);
    assert.equal(await page.locator('[data-item]').filter({ hasText: 'Source:' }).count(), 0, 'no item repeats a source');
    assert.equal(await page.locator('main').filter({ hasText: /F§|F Annex/ }).count(), 0, 'no shorthand');
    assert.equal(await page.locator('.govuk-task-list').count(), 6);
    assert.equal(await page.locator('.govuk-task-list__item[data-item]').count(), 43);
    assert.equal(await page.locator('[data-group-progress="lists"]').textContent(), '0 of 11 done');
    // What's due above the checklist lists the Annex A items due in the next days, even before
    // anyone has used the checklist (issue 26, fetched on demand): wait for them, and leave their
    // own height out, so this measures the checklist as before.
    await page.locator('#whats-due [data-due-item]').first().waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight
      - [...document.querySelectorAll('#whats-due [data-due-item]')].reduce((sum, item) => sum + item.getBoundingClientRect().height, 0));
    // Before this change: 14,126 px at 1280 and 26,688 px at 375 with the same plan.
    const before = size.width === 1280 ? 14126 : 26688;
    assert.ok(height < before * 0.8, `checklist is ${height}px tall (was ${before}px)`);

    await page.getByRole('checkbox', { name: /^List 1 Contacts/ }).check();
    await page.getByRole('checkbox', { name: /^List 2 Early help/ }).check();
    await page.locator('[data-group-progress="lists"]', { hasText: '2 of 11 done' }).waitFor();
    // The task lists' own height: ticking items also brings the Annex A items due into What's due
    // (issue 26, fetched on demand), which makes the page as a whole taller meanwhile.
    const listsHeight = () => page.locator('.govuk-task-list').evaluateAll((lists) => lists.reduce((sum, l) => sum + l.getBoundingClientRect().height, 0));
    const unfiltered = await listsHeight();
    const filter = page.getByRole('checkbox', { name: 'Show only what is still to do' });
    await filter.focus();
    await page.keyboard.press('Space');
    assert.equal(await filter.isChecked(), true);
    await page.locator('[data-item="list-1"]').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('[data-item]').filter({ visible: true }).count(), 41);
    assert.equal(await page.locator('[data-item="list-3"]').isVisible(), true);
    const shorter = await listsHeight();
    assert.ok(shorter < unfiltered, `the filter shortens the task lists (${unfiltered}px to ${shorter}px)`);
    await assertAccessible(page, `checklist filtered, ${size.width}px`);
    await page.keyboard.press('Space');
    await page.locator('[data-item="list-1"]').waitFor();
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 10, the start page's clear start is above the fold`, async () => {
    const app = await open('?v=1', size);
    const { page } = app;
    const start = page.getByRole('link', { name: 'Ofsted has called: plan the visit' });
    await start.waitFor();
    const r = await start.evaluate((e) => e.getBoundingClientRect().toJSON());
    assert.ok(r.top >= 0 && r.bottom <= size.height, `start at ${r.top}–${r.bottom}px of ${size.height}`);
    await assertAccessible(page, `start page, ${size.width}px`);
    await start.click();
    await page.getByRole('heading', { level: 1, name: 'Visit schedule' }).waitFor();
    await page.getByRole('group', { name: 'What kind of visit?' }).waitFor();
    app.assertClean(assert);
    await app.context.close();
  });

  test(`${size.width}px: item 6, councils: find by name, "Window passed" tags, cards on a phone, a readable chart`, async () => {
    const app = await open('?v=1&view=councils&la=302', size, new Date('2026-12-02T10:00:00Z'));
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Councils' }).waitFor();
    const rows = page.locator('table.app-councils tbody tr');
    await rows.nth(152).waitFor();
    const find = page.getByLabel('Find a local authority');
    await find.focus();
    await page.keyboard.type('barn');
    await page.locator('#councils-shown', { hasText: 'Showing 2 of 153 authorities.' }).waitFor();
    assert.equal(await page.locator('#councils-shown').getAttribute('role'), 'status');
    assert.match(await find.getAttribute('aria-describedby'), /councils-shown/);
    assert.deepEqual(await rows.locator('th').evaluateAll((ths) => ths.map((t) => t.textContent.replace(/ \(.*/, ''))), ['Barnet', 'Barnsley']);
    await find.fill('');
    await page.locator('#councils-shown', { hasText: 'Showing 153 of 153' }).waitFor();

    // Windows that closed before today with no inspection since, tagged in words; none open today.
    const passed = page.locator('tr', { has: page.locator('.app-councils__passed') });
    const count = await passed.count();
    assert.ok(count > 0, 'some windows have passed in the data');
    const closes = await passed.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[5].querySelector('time')?.getAttribute('datetime')));
    assert.ok(closes.every((d) => d && d < '2026-12-02'), `every "Window passed" closed before today: ${closes}`);
    assert.equal(await passed.first().locator('.app-councils__passed').textContent(), 'Window passed');
    const inside = await rows.evaluateAll((trs) => trs.filter((tr) => tr.querySelectorAll('td')[6].textContent.startsWith('Yes')).length);
    assert.ok(inside > 0);

    const scroller = page.locator('.app-table-scroller');
    const table = page.locator('table.app-councils');
    const barnet = page.locator('tr[data-la="302"]');
    if (size.width === 375) {
      // A stacked card each: nothing wider than its box, every value labelled, the caption whole.
      const [t, s] = [await table.evaluate((e) => e.scrollWidth), await scroller.evaluate((e) => e.clientWidth)];
      assert.ok(t <= s, `table ${t}px in a ${s}px box`);
      assert.equal(await barnet.evaluate((e) => getComputedStyle(e).display), 'block');
      const label = await barnet.locator('td').nth(4).evaluate((e) => getComputedStyle(e, '::before').content);
      assert.match(label, /Window opens/);
      const caption = page.locator('#councils-caption');
      assert.ok(await caption.evaluate((e) => e.scrollWidth <= e.clientWidth), 'the caption is not cut');
    }
    // The chart's month labels are at least 12 px tall on screen at either width.
    const month = page.locator('.app-chart__month').first();
    const tall = await month.evaluate((e) => e.getBoundingClientRect().height);
    assert.ok(tall >= 12, `month label ${tall}px tall`);
    // 24 months from December 2026: the year is written under the first month and each January.
    assert.deepEqual(await page.locator('.app-chart__year').allTextContents(), ['2026', '2027', '2028']);
    assert.deepEqual(await page.locator('.app-chart__month').evaluateAll((t) => [t[0], t[1], t[13]].map((e) => e.textContent)), ['Dec', 'Jan', 'Jan']);
    await assertAccessible(page, `councils, ${size.width}px`);
    app.assertClean(assert);
    await app.context.close();
  });
}

// Item 11: the downloads' sources are in the words the screen uses, and every download is named
// "<plan name> – <what>.<ext>". The layout does not change the files, so one width.
test('item 11: the calendar file, the spreadsheets and their names use the screen\'s words', async () => {
  const app = await open('?v=1&view=visit&vk=standard&vdate=2026-12-01', WIDTHS[0], new Date('2026-12-02T10:00:00Z'));
  const { page } = app;
  const key = page.locator('.app-key-dates');
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    key.getByRole('button', { name: 'Add to Outlook (.ics)' }).click(),
  ]);
  const calendar = (await readFile(await ics.path(), 'utf8')).replace(/\r\n /g, '');
  assert.equal((calendar.match(/F§/g) ?? []).length, 0, 'no "F§" in the calendar file');
  assert.match(calendar, /Source: Ofsted ILACS framework\\, paragraph 73: /);
  const plan = ics.suggestedFilename().replace(/ – ILACS dates\.ics$/, '');
  assert.notEqual(plan, ics.suggestedFilename(), 'the calendar file is named "<plan> – ILACS dates.ics"');

  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Annex A checklist' }).click();
  await page.getByRole('heading', { level: 1, name: 'Annex A checklist' }).waitFor();
  const [list] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the checklist as a spreadsheet (.csv)' }).click(),
  ]);
  assert.equal(list.suggestedFilename(), `${plan} – Annex A checklist.csv`);
  const sheet = await readFile(await list.path(), 'utf8');
  assert.equal((sheet.match(/F§|F Annex/g) ?? []).length, 0, 'no shorthand in the checklist spreadsheet');
  assert.match(sheet, /"Ofsted ILACS framework, paragraph 249","Ofsted ILACS framework, Annex A"/);

  await page.getByRole('navigation', { name: 'Planner pages' }).getByRole('link', { name: 'Further information requests' }).click();
  await page.getByRole('heading', { level: 1, name: 'Further information requests' }).waitFor();
  await page.getByLabel('Requested by').fill('Lead inspector');
  await fillDate(page.getByRole('group', { name: 'Response required by' }), '4', '12', '2026');
  await page.getByRole('radio', { name: 'Document' }).check();
  await page.getByLabel('Reason for request').fill('Chronology');
  await page.getByRole('button', { name: 'Add request' }).click();
  await page.locator('[data-request="R1"]').waitFor();
  const [requests] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the requests as a spreadsheet (.csv)' }).click(),
  ]);
  assert.equal(requests.suggestedFilename(), `${plan} – Further information requests.csv`);
  app.assertClean(assert);
  await app.context.close();
});
