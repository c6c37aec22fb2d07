//! The app's state: one `PlanInput`, the page on show, the calendar in force, and one memo that
//! recomputes the plan whenever any of them changes.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::engine::calendar::Calendar;
use crate::engine::error::PlanError;
use crate::engine::plan::{plan, Plan, PlanInput};
use crate::engine::rules::{self, RuleSet};

/// The pages of the planner. Each has its own URL (`?view=<slug>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Home,
    Pathway,
    Visit,
    AfterFieldwork,
    Calendar,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Home,
        View::Pathway,
        View::Visit,
        View::AfterFieldwork,
        View::Calendar,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            View::Home => "home",
            View::Pathway => "pathway",
            View::Visit => "visit",
            View::AfterFieldwork => "after-fieldwork",
            View::Calendar => "calendar",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }

    /// The page's heading and navigation label.
    pub fn title(self) -> &'static str {
        match self {
            View::Home => "Start",
            View::Pathway => "Your pathway",
            View::Visit => "Visit schedule",
            View::AfterFieldwork => "After fieldwork",
            View::Calendar => "All dates",
        }
    }
}

/// Shared by every component through context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub input: RwSignal<PlanInput>,
    pub view: RwSignal<View>,
    pub calendar: RwSignal<Calendar>,
    pub today: NaiveDate,
    pub plan: Memo<Result<Plan, PlanError>>,
}

impl AppState {
    pub fn new(today: NaiveDate, input: PlanInput, view: View) -> Self {
        let input = RwSignal::new(input);
        let calendar = RwSignal::new(Calendar::england_and_wales());
        let plan = Memo::new(move |_| {
            let input = input.get();
            let rules = rule_set(&input.rule_set, today);
            calendar.with(|calendar| plan(rules, calendar, &input, today))
        });
        AppState {
            input,
            view: RwSignal::new(view),
            calendar,
            today,
            plan,
        }
    }

    /// The state provided by [`App`](super::App).
    pub fn get() -> Self {
        expect_context::<AppState>()
    }
}

/// The rule set with this id; an unknown id falls back to the set in force today (the URL
/// decoder says so to the person).
pub fn rule_set(id: &str, today: NaiveDate) -> &'static RuleSet {
    rules::by_id(id).unwrap_or_else(|| rules::in_force(today))
}
