// Issue 6, exports: the .ics file opens in a real iCalendar parser (ical.js) with every event,
// timed events in Europe/London and all-day events with an exclusive end; the .csv opens in
// Excel (UTF-8 with a byte-order mark). Dates: F§52–53 table and Annex A for a standard
// inspection notified on Monday 2 March 2026.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { startSuite, openApp } from './support.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function planWithVisit() {
  const app = await openApp(suite, '?v=1&view=calendar&vk=standard&vdate=2026-03-02');
  await app.page.locator('[data-event="feedback"]').waitFor();
  return app;
}

async function download(app, name) {
  const [file] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name }).click(),
  ]);
  return readFile(await file.path(), 'utf8');
}

test('the .ics download parses with ical.js and carries every date of the plan', async () => {
  const app = await planWithVisit();
  const shown = await app.page.locator('[data-event]').count();
  const text = await download(app, /Download for Outlook/);
  assert.ok(text.includes('\r\n'), 'CRLF line endings');
  const calendar = new ICAL.Component(ICAL.parse(text));
  // The file's own VTIMEZONE, so times convert as Outlook would convert them.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const all = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // Issue 26: besides one entry per date, one busy "Inspectors on site" block per fieldwork week.
  const weeks = all.filter((e) => e.uid.includes('-onsite-week-'));
  const events = all.filter((e) => !e.uid.includes('-onsite-week-'));
  assert.equal(events.length, shown, 'one calendar event per date on the page');
  assert.deepEqual(weeks.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.component.getFirstPropertyValue('transp')]), [
    ['ILACS: Inspectors on site (week 1)', '2026-03-09', '2026-03-14', 'OPAQUE'],
    ['ILACS: Inspectors on site (week 2)', '2026-03-16', '2026-03-21', 'OPAQUE'],
  ]);
  // UIDs are `<saved plan id>-<event id>@ilacs-planner` (issue 12: unique per plan).
  const byUid = (id) => events.find((e) => new RegExp(`^plan-[0-9a-f]{16}-${id}@ilacs-planner$`).test(e.uid));
  const call = byUid('notification');
  assert.equal(call.startDate.toString(), '2026-03-02T09:30:00');
  assert.equal(call.component.getFirstProperty('dtstart').getParameter('tzid'), 'Europe/London');
  // 2 March is in winter (GMT): 9.30am in London is 09:30 UTC.
  assert.equal(call.startDate.toJSDate().toISOString(), '2026-03-02T09:30:00.000Z');
  const lists = byUid('child-level-data-due');
  assert.equal(lists.startDate.isDate, true);
  assert.equal(lists.startDate.toString(), '2026-03-03');
  assert.equal(lists.endDate.toString(), '2026-03-04', 'all-day events end the next day (exclusive)');
  assert.match(lists.description, /Source: .*ILACS framework, Annex A/);
  app.assertClean(assert);
  await app.context.close();
});

test('choosing "deadlines" exports fewer events, and the .csv opens in Excel', async () => {
  const app = await planWithVisit();
  const all = new ICAL.Component(ICAL.parse(await download(app, /Download for Outlook/))).getAllSubcomponents('vevent').length;
  await app.page.getByRole('group', { name: 'Which dates?' }).getByRole('radio').nth(1).check();
  const some = new ICAL.Component(ICAL.parse(await download(app, /Download for Outlook/))).getAllSubcomponents('vevent').length;
  assert.ok(some > 0 && some < all, `filtered ${some} of ${all}`);
  const csv = await download(app, /spreadsheet/);
  assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 byte-order mark for Excel');
  assert.match(csv, /Monday 2 March 2026/);
  assert.match(csv, /2026-03-02/);
  app.assertClean(assert);
  await app.context.close();
});
