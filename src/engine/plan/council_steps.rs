//! The council's steps that the visit tables do not date, as events and checklist periods, from
//! the rule set's `council_steps` data.
//!
//! Decisions (see DESIGN.md, "Council steps"):
//! - A step the framework places in a period but gives no day for ("during fieldwork") is one
//!   event dated on the period's first day, with [`Undated`] giving the last day and the period in
//!   words; screens and exports show the period, never a made-up day. An open-ended step ("after
//!   the action planning visit") has no last day.
//! - The Annex A periods ("the three months before inspection") are counted in calendar months
//!   back from the notification day, both ends included (a planner convention, cited as such).
//! - Text about the report's recipients (F§216) and complaints (F§222–223) is added to the
//!   report events' own descriptions, so every page and export that shows the event shows it.

use chrono::NaiveDate;

use crate::engine::calendar::dates::{add_months, long_date};
use crate::engine::calendar::Calendar;
use crate::engine::event::{Citation, Event, EventKind, Section, Undated};
use crate::engine::plan::pathway::InadequateTimeline;
use crate::engine::plan::plan_error::PlanError;
use crate::engine::rules::council_steps::{StepPoint, StepRule, StepScope};
use crate::engine::rules::{ReportKind, RuleSet, VisitKind};

/// The period an Annex A item covers, up to the notification day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataPeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Calendar months back from `to`; `None` when the period runs from the last monitoring
    /// visit instead (F§130).
    pub months: Option<u32>,
    /// What the period covers, in a few words ("contacts").
    pub covers: &'static str,
    /// The paragraph that sets the period.
    pub citation: Citation,
    /// How the months are turned into dates (planner convention).
    pub counting: Citation,
    /// How the period is measured, in words for the screen and the spreadsheet ("the 3 months
    /// before the notification day").
    pub words: String,
}

/// A period the framework gives that the plan cannot date, in words with its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UndatedPeriod {
    /// A sentence for the screen and the spreadsheet.
    pub words: String,
    pub citation: Citation,
}

/// What one Annex A item covers at one visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemPeriod {
    /// The item has no period (list 9, the case papers, most documents).
    None,
    Dated(DataPeriod),
    Undated(UndatedPeriod),
}

fn months_back(notification: NaiveDate, months: u32) -> Result<NaiveDate, PlanError> {
    let back = i32::try_from(months).map_or(i32::MIN, |m| -m);
    add_months(notification, back).ok_or(PlanError::OutOfRange { date: notification })
}

/// The period Annex A item `item` covers for a visit notified on `notification`: from the same
/// day `months` calendar months earlier (the month's last day when it is shorter) to the
/// notification day. `None` for an item with no period (list 9, documents, case papers).
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::plan::council_steps::data_period;
/// use ilacs_planner::engine::rules;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let rules = rules::by_id("current-practice").unwrap();
/// // List 1 (contacts, three months, F§249) for a notification on 2 March 2026.
/// let p = data_period(rules, "list-1", d(2026, 3, 2))?.unwrap();
/// assert_eq!((p.from, p.to), (d(2025, 12, 2), d(2026, 3, 2)));
/// # Ok::<(), ilacs_planner::engine::plan::plan_error::PlanError>(())
/// ```
pub fn data_period(
    rules: &RuleSet,
    item: &str,
    notification: NaiveDate,
) -> Result<Option<DataPeriod>, PlanError> {
    let d = &rules.council_steps.data_windows;
    let Some(w) = d.for_item(item) else {
        return Ok(None);
    };
    Ok(Some(DataPeriod {
        from: months_back(notification, w.months)?,
        to: notification,
        months: Some(w.months),
        covers: w.covers,
        citation: w.source.citation(),
        counting: d.counting.citation(),
        words: format!("the {} months before the notification day", w.months),
    }))
}

/// What Annex A item `item` covers at a visit of `kind` notified on `notification`. At a
/// monitoring visit the audit list covers the time since the last monitoring visit (F§130), from
/// its first day when the plan has one (`previous_monitoring_visit`), and is left undated, saying
/// so, when it has not; every other item is as [`data_period`] gives it.
pub fn item_period(
    rules: &RuleSet,
    item: &str,
    kind: VisitKind,
    notification: NaiveDate,
    previous_monitoring_visit: Option<NaiveDate>,
) -> Result<ItemPeriod, PlanError> {
    let d = &rules.council_steps.data_windows;
    if kind == VisitKind::Monitoring && item == "audit-list" {
        return Ok(match previous_monitoring_visit {
            Some(from) => ItemPeriod::Dated(DataPeriod {
                from,
                to: notification,
                months: None,
                covers: "audits completed since the last monitoring visit",
                citation: d.monitoring_audits.citation(),
                counting: d.counting.citation(),
                words: format!(
                    "since the last monitoring visit, which began on {}",
                    long_date(from)
                ),
            }),
            None => ItemPeriod::Undated(UndatedPeriod {
                words: d.monitoring_audits_undated.to_string(),
                citation: d.monitoring_audits.citation(),
            }),
        });
    }
    Ok(match data_period(rules, item, notification)? {
        Some(p) => ItemPeriod::Dated(p),
        None => ItemPeriod::None,
    })
}

/// Monitoring visits: the period inspectors usually sample other cases from (F§135), counted
/// back from the request for child-level data; the framework says only "the previous three
/// months", so the words say where the planner ends the period.
pub fn monitoring_sample_period(
    rules: &RuleSet,
    notification: NaiveDate,
) -> Result<DataPeriod, PlanError> {
    let d = &rules.council_steps.data_windows;
    let m = &d.monitoring_sample_months;
    Ok(DataPeriod {
        from: months_back(notification, m.value)?,
        to: notification,
        months: Some(m.value),
        covers: "cases inspectors usually sample",
        citation: m.source.citation(),
        counting: d.counting.citation(),
        words: format!(
            "the previous {} months, {}",
            m.value, d.monitoring_sample_words
        ),
    })
}

/// The days a visit's or a pathway's steps are counted from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepDays {
    pub notification: Option<NaiveDate>,
    pub first_onsite_day: Option<NaiveDate>,
    pub last_fieldwork_day: Option<NaiveDate>,
    pub inadequate: Option<(NaiveDate, NaiveDate, NaiveDate)>,
}

impl StepDays {
    fn day(&self, point: StepPoint) -> Option<NaiveDate> {
        match point {
            StepPoint::Notification => self.notification,
            StepPoint::FirstOnSiteDay => self.first_onsite_day,
            StepPoint::LastFieldworkDay => self.last_fieldwork_day,
            StepPoint::InadequateReport => self.inadequate.map(|t| t.0),
            StepPoint::ActionPlanningVisit => self.inadequate.map(|t| t.1),
            StepPoint::InadequateActionPlanDue => self.inadequate.map(|t| t.2),
        }
    }
}

fn step_event(
    calendar: &Calendar,
    rule: &StepRule,
    days: &StepDays,
    section: Section,
    estimate: bool,
) -> Result<Option<Event>, PlanError> {
    let Some(from_day) = days.day(rule.from.0) else {
        return Ok(None);
    };
    let from = calendar.add_working_days(from_day, rule.from.1)?;
    let until = match rule.until {
        Some((point, offset)) => match days.day(point) {
            Some(day) => Some(calendar.add_working_days(day, offset)?.max(from)),
            None => return Ok(None),
        },
        None => None,
    };
    let mut e = Event::new(
        rule.id.to_string(),
        section,
        rule.kind,
        from,
        rule.title.to_string(),
        rule.detail.to_string(),
        rule.who,
        rule.source.citation(),
        estimate,
    );
    e.undated = Some(Undated {
        until,
        words: rule.words.to_string(),
    });
    e.have_ready = rule.have_ready.to_string();
    Ok(Some(e))
}

/// The notice-week and fieldwork steps of a visit of `kind` (F§76–78, F§83–87, F§139, F§255).
pub fn visit_steps(
    rules: &RuleSet,
    calendar: &Calendar,
    kind: VisitKind,
    days: &StepDays,
) -> Result<Vec<Event>, PlanError> {
    let mut out = Vec::new();
    for rule in rules.council_steps.steps {
        if let StepScope::Visit(kinds) = rule.scope {
            if kinds.contains(&kind) {
                out.extend(step_event(calendar, rule, days, Section::Visit, false)?);
            }
        }
    }
    Ok(out)
}

/// An inadequate authority's improvement-cycle steps (F§117–126), estimates like the timeline
/// they hang on.
pub fn inadequate_steps(
    rules: &RuleSet,
    calendar: &Calendar,
    timeline: &InadequateTimeline,
) -> Result<Vec<Event>, PlanError> {
    let days = StepDays {
        inadequate: Some((
            timeline.report_received,
            timeline.action_planning_visit,
            timeline.action_plan_due,
        )),
        ..StepDays::default()
    };
    let mut out = Vec::new();
    for rule in rules.council_steps.steps {
        if rule.scope == StepScope::Inadequate {
            out.extend(step_event(
                calendar,
                rule,
                &days,
                Section::Monitoring,
                true,
            )?);
        }
    }
    Ok(out)
}

fn append(detail: &mut String, text: &str) {
    if !detail.is_empty() {
        detail.push(' ');
    }
    detail.push_str(text);
}

/// Adds the framework's text to the visit's own events: at the feedback meeting, what the DCS
/// hears before it (F§196–197, inspections), its length (F§199) and, at monitoring visits, who
/// attends and that a disagreement is recorded (F§138); who receives the final report (F§216);
/// and how to raise a concern (F§222–223).
pub fn annotate(rules: &RuleSet, kind: VisitKind, events: &mut [Event]) {
    let c = &rules.council_steps;
    for e in events.iter_mut() {
        match e.id.as_str() {
            "feedback" => {
                let f = &c.feedback;
                e.have_ready = f.have_ready.value.to_string();
                match kind {
                    VisitKind::Standard | VisitKind::Short => {
                        e.who = f.who_inspection.into();
                        append(&mut e.detail, f.before_inspection.value);
                    }
                    VisitKind::Monitoring => {
                        e.who = f.who_visit.into();
                        append(&mut e.have_ready, f.disagreement_monitoring.value);
                    }
                    VisitKind::Focused | VisitKind::Jtai => {}
                }
            }
            "draft-report" => append(&mut e.detail, c.complaints.value),
            "final-report" => append(&mut e.detail, c.report_recipients.value),
            _ => {}
        }
    }
}

/// After a first monitoring visit: the day the letter would be published if this is a second
/// set of monitoring visits (F§202 footnote 28). `None` for any other visit.
pub fn second_set_letter(
    rules: &RuleSet,
    calendar: &Calendar,
    kind: VisitKind,
    monitoring_visit_number: u8,
    last_fieldwork_day: NaiveDate,
) -> Result<Option<Event>, PlanError> {
    let published_anyway = rules.reports.first_monitoring_letter_published.value;
    if kind != VisitKind::Monitoring || monitoring_visit_number > 1 || published_anyway {
        return Ok(None);
    }
    let t = rules.report(ReportKind::Letter);
    let date = calendar.add_working_days(last_fieldwork_day, t.publication.value)?;
    let mut e = Event::new(
        "letter-published-if-second-set".to_string(),
        Section::AfterFieldwork,
        EventKind::Note,
        date,
        "If this is a second set of monitoring visits: letter published".to_string(),
        format!(
            "The letter after a first monitoring visit is not usually published, unless the authority is in its second set of monitoring visits; then it is published {} working days after fieldwork ends, like other letters.",
            t.publication.value
        ),
        "Ofsted",
        rules.council_steps.second_set_letter.citation(),
        false,
    );
    e.have_ready = "Whether this is your second set of monitoring visits; if so, messages for staff, partners and the public.".to_string();
    Ok(Some(e))
}

/// After a focused visit without areas for priority action: the updated action plan, due with the
/// first self-evaluation on or after the final letter (F§220). Without a dated self-evaluation
/// (no meeting entered), an open-ended step from the final letter that says so.
pub fn updated_action_plan(
    rules: &RuleSet,
    final_letter: NaiveDate,
    self_evaluations: &[&Event],
) -> Event {
    let r = &rules.council_steps.updated_action_plan;
    let next = self_evaluations
        .iter()
        .filter(|e| e.date >= final_letter)
        .min_by_key(|e| e.date);
    let (date, estimate, undated) = match next {
        Some(se) => (se.date, se.estimate, None),
        None => (
            final_letter,
            false,
            Some(Undated {
                until: None,
                words: r.words_undated.to_string(),
            }),
        ),
    };
    let mut e = Event::new(
        "updated-action-plan-due".to_string(),
        Section::AfterFieldwork,
        EventKind::Deadline,
        date,
        r.title.to_string(),
        r.detail.to_string(),
        "Local authority (DCS)",
        r.source.citation(),
        estimate,
    );
    e.undated = undated;
    e.have_ready = r.have_ready.to_string();
    e
}
