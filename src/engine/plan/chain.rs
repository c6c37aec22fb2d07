//! Each timeline as a chain of steps: every step follows an earlier one by the gap the rules put
//! between them, so a recorded date replaces the computed one and the rest of the chain moves
//! (issue 26).
//!
//! The gaps are not repeated here: they are read off the computed plan, as working days from the
//! step's computed date to its predecessor's (the framework's or observed gap the rest of the
//! engine applied). A step moves only when the step it follows moved, so recording the date the
//! plan already shows changes nothing. What follows what:
//!
//! - the notice week and the first on-site day follow the notification (`N+k`, F§52–55, F§103,
//!   F§128); the other fieldwork days and the feedback follow the first on-site day;
//! - the draft follows the feedback (the end of fieldwork, F§216); the comments follow the draft
//!   ("working days after receiving the draft", F§216, Ofsted 2020); the final report follows the
//!   draft too (F§216 dates both from the end of fieldwork, so their gap is the framework's: a
//!   comment sent early or late does not move Ofsted's final report); publication, its observed
//!   estimates and the action plans follow the final report (F§216, F§219);
//! - pathway 3: the action planning visit and the action plan follow the report (F§116, F§219),
//!   the first monitoring visit the action plan (F§128), each later visit the one before it,
//!   re-inspection the 4th and 6th visits;
//! - each annual engagement meeting follows the one before, and its self-evaluation and letter
//!   follow it (F§48).

use chrono::{Datelike, NaiveDate};

use crate::engine::calendar::dates::{add_days, long_date};
use crate::engine::calendar::Calendar;
use crate::engine::event::Event;
use crate::engine::plan::plan_error::PlanError;
use crate::engine::plan::recorded::{RecordError, RecordedDates, Step};

/// One link: `step` follows `after`. `strict` names the earlier step when a recorded `step`
/// before it contradicts the framework (a draft before the end of fieldwork).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub step: &'static str,
    pub after: &'static str,
    pub strict: Option<&'static str>,
}

const fn link(step: &'static str, after: &'static str, strict: Option<&'static str>) -> Link {
    Link {
        step,
        after,
        strict,
    }
}

/// Every link, each after the link that moves its predecessor (so one pass moves the chain).
/// Data, not code: the numbered steps are written out (monitoring visits 1 to 6, meetings 1 to 3).
static LINKS: [Link; 66] = [
    link("lead-off-site-evaluation", "notification", None),
    link("set-up-call", "notification", None),
    link("child-level-data-due", "notification", None),
    link("management-information-due", "notification", None),
    link("case-information-due", "notification", None),
    link("audited-cases-named", "notification", None),
    link("audited-cases-due", "notification", None),
    link("team-off-site-evaluation", "notification", None),
    link("team-call", "notification", None),
    link("off-site-evaluation", "notification", None),
    link("link-person-preparation", "notification", None),
    link("analyst-call", "notification", None),
    link("lead-member-call", "notification", None),
    link("fieldwork-week", "notification", None),
    link("onsite-1", "notification", Some("the notification")),
    link("schools-hmi-off-site", "onsite-1", None),
    link("schools-hmi-on-site", "onsite-1", None),
    link("onsite-2", "onsite-1", None),
    link("onsite-3", "onsite-1", None),
    link("onsite-4", "onsite-1", None),
    link("week-1-off-site-evaluation", "onsite-1", None),
    link("onsite-5", "onsite-1", None),
    link("onsite-6", "onsite-1", None),
    link("onsite-7", "onsite-1", None),
    link("onsite-8", "onsite-1", None),
    link("keep-in-touch-meetings", "onsite-1", None),
    link("carer-calls", "onsite-1", None),
    link("no-evening-work", "onsite-1", None),
    link("raise-concerns", "onsite-1", None),
    link("feedback", "onsite-1", Some("the first on-site day")),
    link("next-visit-milestones", "feedback", None),
    link("draft-report", "feedback", Some("the end of fieldwork")),
    link("la-comments-due", "draft-report", Some("the draft report")),
    link("final-report", "draft-report", Some("the draft report")),
    link("publication", "final-report", Some("the final report")),
    link("action-plan-due", "final-report", Some("the final report")),
    link("publication-observed", "final-report", None),
    link("publication-observed-by", "final-report", None),
    link("letter-not-published", "final-report", None),
    link("letter-published-if-second-set", "final-report", None),
    link("priority-action-plan-draft-due", "final-report", None),
    link("priority-action-plan-due", "final-report", None),
    link("updated-action-plan-due", "final-report", None),
    // Pathway 3.
    link("action-planning-visit", "last-inspection-report", None),
    link("action-planning-agenda", "action-planning-visit", None),
    link("action-planning-letter", "last-inspection-report", None),
    link("draft-action-plan-shared", "last-inspection-report", None),
    link("monitoring-dates-agreed", "action-planning-visit", None),
    link("action-planning-record", "action-planning-visit", None),
    link("inadequate-action-plan-due", "last-inspection-report", None),
    link(
        "action-plan-review-letter",
        "inadequate-action-plan-due",
        None,
    ),
    link("monitoring-visit-1", "inadequate-action-plan-due", None),
    link(
        "monitoring-visit-2",
        "monitoring-visit-1",
        Some("the monitoring visit before it"),
    ),
    link(
        "monitoring-visit-3",
        "monitoring-visit-2",
        Some("the monitoring visit before it"),
    ),
    link(
        "monitoring-visit-4",
        "monitoring-visit-3",
        Some("the monitoring visit before it"),
    ),
    link(
        "monitoring-visit-5",
        "monitoring-visit-4",
        Some("the monitoring visit before it"),
    ),
    link(
        "monitoring-visit-6",
        "monitoring-visit-5",
        Some("the monitoring visit before it"),
    ),
    link("reinspection-earliest", "monitoring-visit-4", None),
    link("reinspection-latest", "monitoring-visit-6", None),
    // The annual cycle.
    link("engagement-letter-1", "engagement-meeting-1", None),
    link(
        "engagement-meeting-2",
        "engagement-meeting-1",
        Some("the meeting before it"),
    ),
    link("self-evaluation-2", "engagement-meeting-2", None),
    link("engagement-letter-2", "engagement-meeting-2", None),
    link(
        "engagement-meeting-3",
        "engagement-meeting-2",
        Some("the meeting before it"),
    ),
    link("self-evaluation-3", "engagement-meeting-3", None),
    link("engagement-letter-3", "engagement-meeting-3", None),
];

/// Every link, in chain order.
pub fn links() -> &'static [Link] {
    &LINKS
}

/// Puts the recorded dates into `events` and moves every later step of their chains. A recorded
/// date before the step that must come first is not used, and returned
/// ([`RecordError::TooEarly`]) for the plan's warnings: the plan still shows (with the computed
/// date), so a visit date corrected after recording never loses the page. A recorded step the
/// plan does not show (a draft recorded before the visit was removed) is kept in the inputs and
/// left out here.
pub fn follow_recorded(
    calendar: &Calendar,
    recorded: &RecordedDates,
    events: &mut [Event],
) -> Result<Vec<RecordError>, PlanError> {
    let mut refused = Vec::new();
    if recorded.is_empty() {
        return Ok(refused);
    }
    // A plan has a few dozen events: a search by id is quick, and needs no map of its own.
    let index = |events: &[Event], id: &str| events.iter().position(|e| e.id == id);
    let computed: Vec<NaiveDate> = events.iter().map(|e| e.date).collect();
    // Steps that follow nothing (the notification, the report of the last inspection, the first
    // meeting) take their recorded date first.
    for r in recorded.iter() {
        let id = r.step.event_id();
        if LINKS.iter().any(|l| l.step == id) {
            continue;
        }
        if let Some(e) = index(events, &id).and_then(|i| events.get_mut(i)) {
            mark_recorded(e, r.step, r.date);
        }
    }
    for l in &LINKS {
        let Some(fi) = index(events, l.step) else {
            continue;
        };
        let step = Step::from_event_id(l.step);
        let recorded_here = step.and_then(|s| Some((s, recorded.get(s)?)));
        let Some(pi) = index(events, l.after) else {
            // Nothing to follow in this plan: a recorded date still shows.
            if let (Some((s, date)), Some(e)) = (recorded_here, events.get_mut(fi)) {
                mark_recorded(e, s, date);
            }
            continue;
        };
        let (Some(pred), Some(&pred_was), Some(&was)) =
            (events.get(pi), computed.get(pi), computed.get(fi))
        else {
            continue;
        };
        let pred_now = pred.date;
        let pred_words = predecessor_words(pred);
        let too_early = recorded_here.and_then(|(step, date)| {
            let before = l.strict.filter(|_| date < pred_now)?;
            Some(RecordError::TooEarly {
                step,
                date,
                before: before.to_string(),
                before_date: pred_now,
            })
        });
        // A refused date is not used: the step keeps its computed (or moved) date.
        let usable = match too_early {
            Some(e) => {
                refused.push(e);
                None
            }
            None => recorded_here,
        };
        if let Some((step, date)) = usable {
            if let Some(e) = events.get_mut(fi) {
                mark_recorded(e, step, date);
            }
        } else if pred_now != pred_was {
            let gap = calendar.working_days_between(pred_was, was)?;
            let now = calendar.add_working_days(pred_now, gap)?;
            if let Some(e) = events.get_mut(fi) {
                move_event(calendar, e, now, gap, &pred_words)?;
            }
        }
    }
    Ok(refused)
}

/// The step an event follows, as the end of "5 working days after …": "the draft report arrived
/// on Tuesday 9 March 2027", or for a moved step "“Final report sent under embargo”, now …".
fn predecessor_words(pred: &Event) -> String {
    match &pred.recorded {
        Some(_) => Step::from_event_id(&pred.id)
            .map(|s| format!("{} {}", s.sentence(), long_date(pred.date)))
            .unwrap_or_default(),
        None => format!("“{}”, now {}", pred.title, long_date(pred.date)),
    }
}

/// What an event on `date` follows, in the words [`follow_recorded`] gives a moved step: for the
/// estimates worked out again after the chain moved their predecessor (a hold can lengthen the
/// gap, so it is counted from the dates as they now are).
pub fn follows_words(
    calendar: &Calendar,
    pred: &Event,
    date: NaiveDate,
) -> Result<String, PlanError> {
    let gap = calendar.working_days_between(pred.date, date)?;
    Ok(format!("{} {}", gap_words(gap), predecessor_words(pred)))
}

/// The event now shows the recorded date: exact, no longer an estimate or a period.
fn mark_recorded(e: &mut Event, step: Step, date: NaiveDate) {
    e.date = date;
    e.recorded = Some(step.done().to_string());
    e.estimate = false;
    e.undated = None;
    e.span = None;
    e.follows.clear();
    // "Monitoring visit 2 (estimate): week commencing …" is no longer an estimate.
    if let Some(i) = e.title.find(" (estimate)") {
        e.title.truncate(i);
    }
}

/// Moves a computed event to `now`, keeping its period's length in working days, and says what it
/// follows.
fn move_event(
    calendar: &Calendar,
    e: &mut Event,
    now: NaiveDate,
    gap: i32,
    pred_words: &str,
) -> Result<(), PlanError> {
    let was = e.date;
    let shift = calendar.working_days_between(was, now)?;
    if let Some(u) = e.undated.as_mut() {
        if let Some(until) = u.until.as_mut() {
            *until = calendar.add_working_days(*until, shift)?;
        }
    }
    if let Some((from, to)) = e.span.as_mut() {
        *from = calendar.add_working_days(*from, shift)?;
        *to = calendar.add_working_days(*to, shift)?;
    }
    // Dates written into the words ("week commencing …", "Most likely …") follow the event.
    for (old, new) in [
        (long_date(week_monday(was)), long_date(week_monday(now))),
        (long_date(was), long_date(now)),
    ] {
        e.title = e.title.replace(&old, &new);
        e.detail = e.detail.replace(&old, &new);
    }
    e.date = now;
    e.follows = format!("{} {pred_words}", gap_words(gap));
    Ok(())
}

/// The Monday of `date`'s week.
fn week_monday(date: NaiveDate) -> NaiveDate {
    add_days(date, -i64::from(date.weekday().num_days_from_monday())).unwrap_or(date)
}

/// "5 working days after", "the same day as", "5 working days before".
fn gap_words(gap: i32) -> String {
    match gap {
        0 => "On the same day as".to_string(),
        1 => "1 working day after".to_string(),
        -1 => "1 working day before".to_string(),
        n if n > 0 => format!("{n} working days after"),
        n => format!("{} working days before", n.unsigned_abs()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every predecessor is settled before the steps that follow it: a step never appears as a
    /// predecessor after it has been moved.
    #[test]
    fn links_are_in_chain_order() {
        let l = links();
        for (i, a) in l.iter().enumerate() {
            assert!(
                !l.iter().take(i).any(|b| b.after == a.step),
                "{} is moved after a step that follows it",
                a.step
            );
            assert_eq!(
                l.iter().filter(|b| b.step == a.step).count(),
                1,
                "{}",
                a.step
            );
        }
    }

    #[test]
    fn gaps_in_words() {
        assert_eq!(gap_words(5), "5 working days after");
        assert_eq!(gap_words(1), "1 working day after");
        assert_eq!(gap_words(0), "On the same day as");
        assert_eq!(gap_words(-5), "5 working days before");
    }
}
