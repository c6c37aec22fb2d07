//! The app's state: one `PlanInput`, the page on show, the calendar in force, and one memo that
//! recomputes the plan whenever any of them changes.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::app::link::TrainingPosition;
use crate::app::saved::SavedPlans;
use crate::engine::annex_a::ChecklistState;
use crate::engine::calendar::Calendar;
use crate::engine::error::PlanError;
use crate::engine::further_info::InfoRequest;
use crate::engine::plan::{plan, Plan, PlanInput};
use crate::engine::rules::{self, RuleSet};

pub use crate::app::pages::{view_title, View};

/// Shared by every component through context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub input: RwSignal<PlanInput>,
    pub view: RwSignal<View>,
    pub calendar: RwSignal<Calendar>,
    pub today: NaiveDate,
    pub plan: Memo<Result<Plan, PlanError>>,
    /// What could not be used from the link the page was opened with.
    pub link_notes: RwSignal<Vec<String>>,
    /// Shown inside an intranet page's iframe: compact, and reporting its height.
    pub embed: bool,
    /// The officer's progress on the Annex A checklist; saved with the plan.
    pub checklist: RwSignal<ChecklistState>,
    /// The further-information (Annex B) record; saved with the plan.
    pub requests: RwSignal<Vec<InfoRequest>>,
    /// The training scenario being presented, if any (in the address, never saved).
    pub training: RwSignal<Option<TrainingPosition>>,
    /// Every plan saved in this browser; the open one is kept in step with the signals above.
    pub plans: RwSignal<SavedPlans>,
}

impl AppState {
    /// The state for `plans` (whose open plan is shown), on page `view`.
    pub fn new(today: NaiveDate, plans: impl Into<SavedPlans>, view: View, embed: bool) -> Self {
        let plans: SavedPlans = plans.into();
        let open = plans.current_plan().cloned().unwrap_or_default();
        let input = RwSignal::new(open.state.input);
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
            link_notes: RwSignal::new(Vec::new()),
            embed,
            checklist: RwSignal::new(open.checklist),
            requests: RwSignal::new(open.requests),
            plans: RwSignal::new(plans),
            training: RwSignal::new(None),
        }
    }

    /// True while a training scenario is on screen in presenter mode: the page drops its header,
    /// navigation and footer.
    pub fn presenting(&self) -> bool {
        self.view.get() == View::Training && self.training.with(Option::is_some)
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
