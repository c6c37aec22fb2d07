//! The plan's inputs in words, for the top of the printed plan: what was entered, the rule set
//! the dates follow and which bank-holiday list was in force, so a reader of the paper can check
//! the dates or enter the same plan again.
//!
//! ```
//! use chrono::NaiveDate;
//! use ilacs_planner::engine::calendar::Calendar;
//! use ilacs_planner::engine::export::inputs::describe_inputs;
//! use ilacs_planner::engine::plan::PlanInput;
//! use ilacs_planner::engine::rules::{self, VisitKind};
//! use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
//!
//! let n = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
//! let input = PlanInput {
//!     visit: Some(VisitInput::new(VisitKind::Standard, Anchor::Notification(n))),
//!     ..PlanInput::default()
//! };
//! let rules = rules::by_id("current-practice").unwrap();
//! let lines = describe_inputs(&input, rules, &Calendar::england_and_wales().coverage());
//! assert_eq!(lines[0].label, "Visit");
//! assert_eq!(lines[0].plain(), "Standard inspection");
//! assert_eq!(lines[1].plain(), "Notification day, Monday 2 March 2026");
//! ```

use chrono::NaiveDate;

use crate::engine::calendar::dates::{capitalised, long_date, month_name};
use crate::engine::calendar::Coverage;
use crate::engine::plan::pathway::{Grade, LastInspection, Outcome, SubJudgements};
use crate::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use crate::engine::plan::PlanInput;
use crate::engine::rules::{FlaggedPeriod, RuleSet, VisitKind};

/// One line of the inputs: "Visit: Standard inspection", "Date given: Notification day, Monday
/// 2 March 2026".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputLine {
    /// What the line is about, e.g. "Visit".
    pub label: &'static str,
    /// The words; when `date` is set, the words that come before it.
    pub text: String,
    /// A date the person entered (or the rule set's start), shown after `text`.
    pub date: Option<NaiveDate>,
}

impl InputLine {
    fn words(label: &'static str, text: impl Into<String>) -> Self {
        InputLine {
            label,
            text: text.into(),
            date: None,
        }
    }

    fn dated(label: &'static str, text: impl Into<String>, date: NaiveDate) -> Self {
        InputLine {
            label,
            text: text.into(),
            date: Some(date),
        }
    }

    /// The line's value as plain text, the date written out: "Notification day, Monday 2 March
    /// 2026".
    pub fn plain(&self) -> String {
        match self.date {
            Some(date) => format!("{}{}", self.text, long_date(date)),
            None => self.text.clone(),
        }
    }
}

/// The inputs of a plan in words, in a fixed order: the visit (kind, the date given and what it
/// is, on-site days where there is a choice), the last inspection and its outcome, the annual
/// engagement meeting and other episodes (when given), then the rule set used (`rules`, which
/// the caller has resolved from `input.rule_set`), the Christmas and New Year period and the
/// bank-holiday lists in force (`coverage`).
pub fn describe_inputs(input: &PlanInput, rules: &RuleSet, coverage: &Coverage) -> Vec<InputLine> {
    let mut lines = Vec::with_capacity(11);
    if let Some(code) = input.council {
        lines.push(InputLine::words(
            "Local authority",
            crate::engine::councils::label(code),
        ));
    }
    match &input.visit {
        Some(visit) => describe_visit(visit, &mut lines),
        None => lines.push(InputLine::words("Visit", "None set")),
    }
    match &input.last_inspection {
        Some(last) => describe_last_inspection(last, &mut lines),
        None => lines.push(InputLine::words("Last inspection", "None given")),
    }
    if let Some(meeting) = input.engagement_meeting {
        lines.push(InputLine::dated("Annual engagement meeting", "", meeting));
    }
    for episode in &input.other_episodes {
        lines.push(InputLine::dated(
            "Other episode",
            format!("{}, first day ", capitalised(episode.kind.name())),
            episode.first_day,
        ));
    }
    lines.push(InputLine::dated(
        "Rule set",
        format!("{}, the edition in force from ", rules.name),
        rules.applies_from.value,
    ));
    let default = rules.flagged.christmas_default.value;
    let christmas = match input.christmas_period {
        Some(period) if !period.is_valid() => {
            "Not a real period of days (the plan cannot be worked out)".to_string()
        }
        Some(period) if period != default => {
            format!("{} (set for this plan)", period_words(&period))
        }
        _ => format!("{} (the planner's default)", period_words(&default)),
    };
    lines.push(InputLine::words("Christmas and New Year period", christmas));
    lines.push(InputLine::words("Bank holidays", coverage_words(coverage)));
    lines
}

fn describe_visit(visit: &VisitInput, lines: &mut Vec<InputLine>) {
    let kind = capitalised(visit.kind.name());
    let what = match visit.kind {
        VisitKind::Monitoring => format!("{kind}, visit {}", visit.monitoring_visit_number),
        VisitKind::Focused if visit.priority_actions => {
            format!("{kind}, the letter names areas for priority action")
        }
        VisitKind::Focused => format!("{kind}, no areas for priority action"),
        _ => kind,
    };
    lines.push(InputLine::words("Visit", what));
    let given = match (visit.anchor, visit.kind) {
        (Anchor::Notification(_), _) => "Notification day, ",
        (Anchor::FirstOnSiteDay(_), VisitKind::Jtai) => "First day of the fieldwork week, ",
        (Anchor::FirstOnSiteDay(_), _) => "First on-site day, ",
    };
    lines.push(InputLine::dated("Date given", given, visit.anchor.date()));
    // Only focused and monitoring visits offer the choice (F§103 footnote 20, F§128 footnote 22).
    if matches!(visit.kind, VisitKind::Focused | VisitKind::Monitoring) {
        let days = match visit.on_site_days {
            OnSiteDays::TueWed => "Tuesday and Wednesday",
            OnSiteDays::WedThu => "Wednesday and Thursday (every step one day later)",
        };
        lines.push(InputLine::words("On-site days", days));
    }
}

fn describe_last_inspection(last: &LastInspection, lines: &mut Vec<InputLine>) {
    lines.push(InputLine::dated(
        "Last inspection",
        format!("{}, first on-site day ", capitalised(last.kind.name())),
        last.first_onsite_day,
    ));
    let outcome = match last.outcome {
        Outcome::Overall(grade) => format!("Overall effectiveness: {}", grade.name()),
        Outcome::Pathway(pathway) => format!("Pathway {}, chosen directly", pathway.number()),
        Outcome::SubJudgements(subs) => sub_judgement_words(&subs),
    };
    lines.push(InputLine::words("Outcome", outcome));
}

fn sub_judgement_words(subs: &SubJudgements) -> String {
    let care_leavers = subs
        .care_leavers
        .map_or("not judged separately", Grade::name);
    format!(
        "Sub-judgements: help and protection {}; children in care {}; care leavers {}; impact of leaders {}",
        subs.help_and_protection.name(),
        subs.children_in_care.name(),
        care_leavers,
        subs.impact_of_leaders.name()
    )
}

/// "24 December to 1 January".
fn period_words(period: &FlaggedPeriod) -> String {
    format!(
        "{} {} to {} {}",
        period.start_day,
        month_name(period.start_month),
        period.end_day,
        month_name(period.end_month)
    )
}

fn coverage_words(coverage: &Coverage) -> String {
    let (first, last) = coverage.built_in;
    match coverage.imported {
        None => format!("Built-in list for England and Wales, {first} to {last}"),
        Some((from, to)) => {
            let years = if from == to {
                from.to_string()
            } else {
                format!("{from} to {to}")
            };
            format!(
                "GOV.UK's official list loaded for {years}; built-in list for England and Wales for other years ({first} to {last})"
            )
        }
    }
}
