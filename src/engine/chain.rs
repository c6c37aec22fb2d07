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

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::calendar::Calendar;
use super::dates::{add_days, long_date};
use super::error::PlanError;
use super::event::Event;
use super::recorded::{RecordError, RecordedDates, Step, MAX_ENGAGEMENT_MEETINGS};

/// One link: `step` follows `after`. `strict` names the earlier step when a recorded `step`
/// before it contradicts the framework (a draft before the end of fieldwork).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub step: String,
    pub after: String,
    pub strict: Option<&'static str>,
}

fn link(step: &str, after: &str, strict: Option<&'static str>) -> Link {
    Link {
        step: step.to_string(),
        after: after.to_string(),
        strict,
    }
}

/// The notice-week steps that follow the notification.
const NOTICE_WEEK: [&str; 14] = [
    "lead-off-site-evaluation",
    "set-up-call",
    "child-level-data-due",
    "management-information-due",
    "case-information-due",
    "audited-cases-named",
    "audited-cases-due",
    "team-off-site-evaluation",
    "team-call",
    "off-site-evaluation",
    "link-person-preparation",
    "analyst-call",
    "lead-member-call",
    "fieldwork-week",
];

/// The fieldwork steps that follow the first on-site day.
const FIELDWORK: [&str; 14] = [
    "schools-hmi-off-site",
    "schools-hmi-on-site",
    "onsite-2",
    "onsite-3",
    "onsite-4",
    "week-1-off-site-evaluation",
    "onsite-5",
    "onsite-6",
    "onsite-7",
    "onsite-8",
    "keep-in-touch-meetings",
    "carer-calls",
    "no-evening-work",
    "raise-concerns",
];

/// What follows the final report.
const AFTER_FINAL: [&str; 7] = [
    "publication-observed",
    "publication-observed-by",
    "letter-not-published",
    "letter-published-if-second-set",
    "priority-action-plan-draft-due",
    "priority-action-plan-due",
    "updated-action-plan-due",
];

/// Every link, each after the link that moves its predecessor (so one pass moves the chain).
pub fn links() -> Vec<Link> {
    const FIELDWORK_ENDS: Option<&str> = Some("the end of fieldwork");
    const DRAFT: Option<&str> = Some("the draft report");
    const FINAL: Option<&str> = Some("the final report");
    let mut l = Vec::with_capacity(64);
    l.extend(NOTICE_WEEK.iter().map(|s| link(s, "notification", None)));
    l.push(link("onsite-1", "notification", Some("the notification")));
    l.extend(FIELDWORK.iter().map(|s| link(s, "onsite-1", None)));
    l.push(link("feedback", "onsite-1", Some("the first on-site day")));
    l.push(link("next-visit-milestones", "feedback", None));
    l.push(link("draft-report", "feedback", FIELDWORK_ENDS));
    l.push(link("la-comments-due", "draft-report", DRAFT));
    l.push(link("final-report", "draft-report", DRAFT));
    l.push(link("publication", "final-report", FINAL));
    l.push(link("action-plan-due", "final-report", FINAL));
    l.extend(AFTER_FINAL.iter().map(|s| link(s, "final-report", None)));
    // Pathway 3.
    l.push(link(
        "action-planning-visit",
        "last-inspection-report",
        None,
    ));
    l.push(link(
        "action-planning-agenda",
        "action-planning-visit",
        None,
    ));
    l.push(link(
        "action-planning-letter",
        "last-inspection-report",
        None,
    ));
    l.push(link(
        "draft-action-plan-shared",
        "last-inspection-report",
        None,
    ));
    l.push(link(
        "monitoring-dates-agreed",
        "action-planning-visit",
        None,
    ));
    l.push(link(
        "action-planning-record",
        "action-planning-visit",
        None,
    ));
    l.push(link(
        "inadequate-action-plan-due",
        "last-inspection-report",
        None,
    ));
    l.push(link(
        "action-plan-review-letter",
        "inadequate-action-plan-due",
        None,
    ));
    l.push(link(
        "monitoring-visit-1",
        "inadequate-action-plan-due",
        None,
    ));
    for n in 2..=super::recorded::MAX_MONITORING_VISITS {
        l.push(Link {
            step: format!("monitoring-visit-{n}"),
            after: format!("monitoring-visit-{}", n - 1),
            strict: Some("the monitoring visit before it"),
        });
    }
    l.push(link("reinspection-earliest", "monitoring-visit-4", None));
    l.push(link("reinspection-latest", "monitoring-visit-6", None));
    // The annual cycle.
    l.push(link("engagement-letter-1", "engagement-meeting-1", None));
    for n in 2..=MAX_ENGAGEMENT_MEETINGS {
        l.push(Link {
            step: format!("engagement-meeting-{n}"),
            after: format!("engagement-meeting-{}", n - 1),
            strict: Some("the meeting before it"),
        });
        l.push(Link {
            step: format!("self-evaluation-{n}"),
            after: format!("engagement-meeting-{n}"),
            strict: None,
        });
        l.push(Link {
            step: format!("engagement-letter-{n}"),
            after: format!("engagement-meeting-{n}"),
            strict: None,
        });
    }
    l
}

/// Puts the recorded dates into `events` and moves every later step of their chains. A recorded
/// date before the step that must come first is refused ([`RecordError::TooEarly`]); a recorded
/// step the plan does not show (a draft recorded before the visit was removed) is kept in the
/// inputs and left out here.
pub fn follow_recorded(
    calendar: &Calendar,
    recorded: &RecordedDates,
    events: &mut [Event],
) -> Result<(), PlanError> {
    if recorded.is_empty() {
        return Ok(());
    }
    let index: HashMap<String, usize> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    let computed: Vec<NaiveDate> = events.iter().map(|e| e.date).collect();
    let links = links();
    // Steps that follow nothing (the notification, the report of the last inspection, the first
    // meeting) take their recorded date first.
    for r in recorded.iter() {
        let id = r.step.event_id();
        if links.iter().any(|l| l.step == id) {
            continue;
        }
        if let Some(e) = index.get(&id).and_then(|&i| events.get_mut(i)) {
            mark_recorded(e, r.step, r.date);
        }
    }
    for l in &links {
        let Some(&fi) = index.get(&l.step) else {
            continue;
        };
        let step = Step::from_event_id(&l.step);
        let recorded_here = step.and_then(|s| Some((s, recorded.get(s)?)));
        let Some(&pi) = index.get(&l.after) else {
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
        let pred_words = match &pred.recorded {
            Some(_) => Step::from_event_id(&pred.id)
                .map(|s| format!("{} {}", s.sentence(), long_date(pred_now)))
                .unwrap_or_default(),
            None => format!("“{}”, now {}", pred.title, long_date(pred_now)),
        };
        if let Some((step, date)) = recorded_here {
            if let Some(before) = l.strict.filter(|_| date < pred_now) {
                return Err(PlanError::Recorded(RecordError::TooEarly {
                    step,
                    date,
                    before: before.to_string(),
                    before_date: pred_now,
                }));
            }
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
    Ok(())
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
