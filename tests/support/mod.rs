//! Fixtures and builders shared by the host integration tests. Every file in `tests/` is a test
//! binary of its own and takes this module in with `mod support;`.

// Each test binary uses only some of these helpers; without this the rest would be reported as
// unused in every binary that does not call them.
#![allow(dead_code)]

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::{plan, Plan, PlanInput};
use ilacs_planner::engine::rules::{self, RuleSet, VisitKind};

/// A date from year, month and day. An impossible date can only be a mistake in the test, so it
/// panics.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The framework's own numbers: "ILACS framework 2017, as written".
pub fn framework() -> &'static RuleSet {
    rules::by_id("ilacs-2017").unwrap()
}

/// "Current practice", the rule set a new plan uses.
pub fn current_practice() -> &'static RuleSet {
    rules::by_id("current-practice").unwrap()
}

/// The plan for `input` under `rules`, with the built-in England and Wales bank holidays, worked
/// out on `today`. Panics if the engine refuses the input.
pub fn plan_on(rules: &RuleSet, input: &PlanInput, today: NaiveDate) -> Plan {
    plan(rules, &Calendar::england_and_wales(), input, today).unwrap()
}

/// Inputs with one visit (on-site days left at their default) and nothing else.
pub fn visit_only(kind: VisitKind, anchor: Anchor) -> PlanInput {
    PlanInput {
        visit: Some(VisitInput::new(kind, anchor)),
        ..PlanInput::default()
    }
}

/// The plans the exports are tested on (CSV and iCalendar): current practice, worked out on
/// Thursday 15 January 2026.
pub fn export_plan(input: PlanInput) -> Plan {
    plan_on(current_practice(), &input, d(2026, 1, 15))
}

/// A standard inspection from `anchor`, with an engagement meeting on Tuesday 9 June 2026.
pub fn standard_with_meeting(anchor: Anchor) -> PlanInput {
    PlanInput {
        engagement_meeting: Some(d(2026, 6, 9)),
        ..visit_only(VisitKind::Standard, anchor)
    }
}

/// Any kind of visit, for property tests.
pub fn visit_kind() -> impl proptest::strategy::Strategy<Value = VisitKind> {
    proptest::sample::select(VisitKind::ALL.to_vec())
}
