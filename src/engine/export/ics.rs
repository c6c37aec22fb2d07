//! iCalendar (RFC 5545) export.
//!
//! Choices, each for a calendar program that would otherwise misbehave:
//! - Part-of-day events ("afternoon", "end of day") are all-day events (`VALUE=DATE`, exclusive
//!   end date, shown as free); only the framework's clock times (9.30am, midday) are timed, in
//!   `Europe/London` with a `VTIMEZONE`, 30 minutes long, so they land right in summer and
//!   winter.
//! - `UID` is `<plan key>-<event id>@ilacs-planner`: re-importing a changed plan updates the
//!   events instead of duplicating them. `SEQUENCE` is the minutes from 2024 to `DTSTAMP`, so a
//!   later export is a later revision for programs that check.
//! - The `VTIMEZONE` is always written, so a calendar with no events still holds one component
//!   (RFC 5545 requires at least one).
//! - Lines are folded at 75 octets, never inside a UTF-8 character; every line ends CRLF.

use std::fmt::Write as _;

use chrono::{NaiveDate, NaiveDateTime, Timelike};

use super::{source_line, warnings_for, EventFilter};
use crate::engine::event::{Event, EventKind};
use crate::engine::plan::Plan;

/// What to export and how to name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsOptions {
    pub include: EventFilter,
    /// Stable per saved plan (its id), so UIDs survive renaming and re-exporting.
    pub plan_key: String,
    /// `DTSTAMP`, in UTC: the time of the export, passed in (the engine reads no clock).
    pub stamp: NaiveDateTime,
    /// The calendar's name in the calendar program (`X-WR-CALNAME`); empty: "ILACS Planner".
    pub calendar_name: String,
}

const TZID: &str = "Europe/London";

/// Europe/London since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
/// last Sunday of October (local 01:00 GMT and 02:00 BST).
const VTIMEZONE: [&str; 17] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
];

/// Minutes a timed event lasts.
const TIMED_MINUTES: i64 = 30;

/// The plan as an `.ics` file.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::export::{ics, EventFilter, IcsOptions};
/// use ilacs_planner::engine::plan::{plan, PlanInput};
/// use ilacs_planner::engine::rules::{self, VisitKind};
/// use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let input = PlanInput {
///     visit: Some(VisitInput::new(VisitKind::Standard, Anchor::Notification(d(2026, 3, 2)))),
///     ..PlanInput::default()
/// };
/// let rules = rules::by_id("current-practice").unwrap();
/// let plan = plan(rules, &Calendar::england_and_wales(), &input, d(2026, 1, 1)).unwrap();
/// let options = IcsOptions {
///     include: EventFilter::All,
///     plan_key: "plan-1".into(),
///     stamp: d(2026, 1, 1).and_hms_opt(9, 0, 0).unwrap(),
///     calendar_name: "Spring inspection".into(),
/// };
/// let text = ics(&plan, &options);
/// assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
/// assert!(text.contains("UID:plan-1-notification@ilacs-planner\r\n"));
/// assert!(text.contains("DTSTART;TZID=Europe/London:20260302T093000\r\n"));
/// ```
pub fn ics(plan: &Plan, options: &IcsOptions) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let name = if options.calendar_name.trim().is_empty() {
        "ILACS Planner"
    } else {
        options.calendar_name.as_str()
    };
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(
        &mut out,
        &format!(
            "PRODID:-//ILACS Planner//ILACS Planner {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    line(&mut out, &format!("X-WR-TIMEZONE:{TZID}"));
    for l in VTIMEZONE {
        line(&mut out, l);
    }
    line(&mut out, "END:VTIMEZONE");
    let uid_key = uid_safe(&options.plan_key);
    let stamp = {
        use chrono::Timelike;
        let s = options.stamp;
        format!(
            "{}T{:02}{:02}{:02}Z",
            ymd(s.date()),
            s.hour(),
            s.minute(),
            s.second()
        )
    };
    let sequence = sequence(options.stamp);
    for event in plan.events.iter().filter(|e| options.include.matches(e)) {
        vevent(&mut out, plan, event, &uid_key, &stamp, sequence);
    }
    // Issue 26: one busy block per fieldwork week for a director's diary, beside the day-by-day
    // entries (which stay free), when the export includes the on-site days (not when the person
    // chose single dates).
    let chosen = matches!(options.include, EventFilter::Only(_));
    let on_site = plan
        .event("onsite-1")
        .filter(|e| !chosen && options.include.matches(e));
    for (n, (first, last)) in on_site
        .map(|_| fieldwork_weeks(plan))
        .unwrap_or_default()
        .into_iter()
        .enumerate()
    {
        week_block(&mut out, (&uid_key, &stamp, sequence), n + 1, first, last);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn vevent(out: &mut String, plan: &Plan, event: &Event, key: &str, stamp: &str, sequence: i64) {
    line(out, "BEGIN:VEVENT");
    line(
        out,
        &format!("UID:{key}-{}@ilacs-planner", uid_safe(&event.id)),
    );
    line(out, &format!("DTSTAMP:{stamp}"));
    line(out, &format!("SEQUENCE:{sequence}"));
    // An estimate is never a clock time: it is an all-day entry over the days it stands for.
    let start = event
        .time
        .and_then(|t| t.hh_mm())
        .filter(|_| !event.estimate)
        .and_then(|(h, m)| event.date.and_hms_opt(h, m, 0));
    match start {
        Some(start) => {
            let end = start + chrono::Duration::minutes(TIMED_MINUTES);
            line(out, &format!("DTSTART;TZID={TZID}:{}", local(start)));
            line(out, &format!("DTEND;TZID={TZID}:{}", local(end)));
        }
        None => {
            let (first, last) = event.estimate_span().unwrap_or_else(|| {
                let until = event.undated.as_ref().and_then(|u| u.until);
                (event.date, until.unwrap_or(event.date).max(event.date))
            });
            line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(first)));
            // The end date is exclusive (RFC 5545 §3.6.1): one day after the event's day, after
            // the last day of a step the framework places in a period, or of an estimate's range.
            let end = last.succ_opt().unwrap_or(last);
            line(out, &format!("DTEND;VALUE=DATE:{}", ymd(end)));
            line(out, "TRANSP:TRANSPARENT");
        }
    }
    line(out, &format!("SUMMARY:{}", escape(&summary(event))));
    line(
        out,
        &format!("DESCRIPTION:{}", escape(&description(plan, event))),
    );
    line(
        out,
        &format!("CATEGORIES:ILACS,{}", escape(kind_label(event))),
    );
    line(out, "END:VEVENT");
}

/// The fieldwork days of the scheduled visit (its on-site, off-site evaluation and feedback days
/// from the first on-site day to the feedback), as each week's first and last day.
pub fn fieldwork_weeks(plan: &Plan) -> Vec<(NaiveDate, NaiveDate)> {
    use chrono::Datelike;
    let Some((from, to)) = plan
        .visit
        .as_ref()
        .and_then(|v| Some((v.first_onsite_day, v.last_fieldwork_day?)))
    else {
        return Vec::new();
    };
    let mut weeks: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    let days = plan.events.iter().filter(|e| {
        e.date >= from
            && e.date <= to
            && matches!(
                e.kind,
                EventKind::OnSite | EventKind::OffSiteEvaluation | EventKind::Feedback
            )
    });
    for day in days.map(|e| e.date) {
        match weeks.last_mut() {
            Some((_, last)) if last.iso_week() == day.iso_week() => *last = (*last).max(day),
            _ => weeks.push((day, day)),
        }
    }
    weeks
}

/// One all-day "Inspectors on site" block over a fieldwork week, shown as busy.
fn week_block(
    out: &mut String,
    (key, stamp, sequence): (&str, &str, i64),
    n: usize,
    first: NaiveDate,
    last: NaiveDate,
) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{key}-onsite-week-{n}@ilacs-planner"));
    line(out, &format!("DTSTAMP:{stamp}"));
    line(out, &format!("SEQUENCE:{sequence}"));
    line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(first)));
    let end = last.succ_opt().unwrap_or(last);
    line(out, &format!("DTEND;VALUE=DATE:{}", ymd(end)));
    line(out, "TRANSP:OPAQUE");
    line(
        out,
        &format!("SUMMARY:ILACS: Inspectors on site (week {n})"),
    );
    line(
        out,
        "DESCRIPTION:Inspectors are on site or evaluating off site this week. The day-by-day entries say what happens each day.",
    );
    line(out, "CATEGORIES:ILACS,On site");
    line(out, "END:VEVENT");
}

fn description(plan: &Plan, event: &Event) -> String {
    let mut text = String::new();
    // Issue 26: the day it actually happened, or what a moved date follows, first.
    if let Some(words) = event.actual_words() {
        let _ = writeln!(text, "{words}.");
    }
    if !event.detail.is_empty() {
        text.push_str(&event.detail);
        text.push('\n');
    }
    if let Some(time) = event.time {
        let _ = writeln!(text, "Time: {}", time.label());
    }
    if let Some(u) = &event.undated {
        let _ = writeln!(text, "When: {} (the framework gives no day)", u.words);
    }
    if !event.who.is_empty() {
        let _ = writeln!(text, "Who: {}", event.who);
    }
    if !event.have_ready.is_empty() {
        let _ = writeln!(text, "What to have ready: {}", event.have_ready);
    }
    if let Some(words) = event.estimate_words() {
        let _ = writeln!(text, "An estimate: {words}, not a fixed day.");
    }
    for w in warnings_for(plan, event) {
        let _ = writeln!(text, "Warning: {w}");
    }
    let _ = write!(text, "Source: {}", source_line(event));
    text
}

/// The entry's title in a calendar full of other things: "ILACS: …", or "ILACS (estimate): …"
/// with any "(estimate)" in the title itself taken out, so it is said once.
fn summary(event: &Event) -> String {
    if event.estimate {
        let plain = event
            .title
            .replace(" (observed estimate)", "")
            .replace(" (estimate)", "");
        format!("ILACS (estimate): {plain}")
    } else {
        format!("ILACS: {}", event.title)
    }
}

fn kind_label(event: &Event) -> &'static str {
    event.kind.label()
}

fn ymd(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

fn local(t: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}00", ymd(t.date()), t.hour(), t.minute())
}

/// Minutes from 1 January 2024 to `stamp` (0 before), so each export is a newer revision.
fn sequence(stamp: NaiveDateTime) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(2024, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
    epoch
        .map(|e| (stamp - e).num_minutes().clamp(0, i64::from(i32::MAX)))
        .unwrap_or(0)
}

/// Keeps a UID part to letters, digits, `-`, `_` and `.`: some programs mishandle anything else
/// in a UID, and a plan key can come from a file.
fn uid_safe(text: &str) -> String {
    let safe: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if safe.is_empty() {
        "plan".to_string()
    } else {
        safe
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; drops
/// other control characters, which TEXT may not contain.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded so no physical line exceeds 75 octets (RFC 5545 §3.1):
/// continuation lines start with a space, and a UTF-8 character is never split.
fn line(out: &mut String, content: &str) {
    const LIMIT: usize = 75;
    let mut rest = content;
    let mut first = true;
    loop {
        // A continuation line's leading space counts towards its 75 octets.
        let room = if first { LIMIT } else { LIMIT - 1 };
        if rest.len() <= room {
            if !first {
                out.push(' ');
            }
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while cut > 0 && !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        if cut == 0 {
            // Unreachable with a 74-octet room and 4-octet characters; kept so the loop always
            // moves forward.
            cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
        }
        let (head, tail) = rest.split_at(cut);
        if !first {
            out.push(' ');
        }
        out.push_str(head);
        out.push_str("\r\n");
        rest = tail;
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_respects_octets_and_characters() {
        let mut out = String::new();
        let text = format!("DESCRIPTION:{}", "é".repeat(100));
        line(&mut out, &text);
        for l in out.split_terminator("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, text);
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape("a\\b;c,d\ne\r\nf\rg\u{7}"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
    }

    #[test]
    fn uid_parts_are_plain() {
        assert_eq!(uid_safe("plan 1/é"), "plan-1--");
        assert_eq!(uid_safe(""), "plan");
    }
}
