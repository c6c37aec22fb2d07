//! The app's state. The saved-plan list is the one source of truth for the open plan: its inputs,
//! checklist and requests are read from the list through memos and changed through
//! [`AppState::edit`], which writes into the list. One memo recomputes the plan whenever the
//! inputs or the calendar change; `autosave` writes the list to storage.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::app::link::TrainingPosition;
use crate::app::saved::{SavedPlan, SavedPlans};
use crate::engine::calendar::Calendar;
use crate::engine::plan::plan_error::PlanError;
use crate::engine::plan::{plan, Plan, PlanInput};
use crate::engine::records::annex_a::ChecklistState;
use crate::engine::records::further_info::InfoRequest;
use crate::engine::rules::{self, RuleSet};

pub use crate::app::pages::{page_heading, Page};

/// Shared by every component through context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Every plan saved in this browser, and which is open: the one place the plans live.
    pub plans: RwSignal<SavedPlans>,
    /// The open plan's id.
    pub open_id: Memo<Option<String>>,
    /// The open plan's inputs (read-only: change them with [`AppState::edit_input`]).
    pub input: Memo<PlanInput>,
    /// The officer's progress on the Annex A checklist of the open plan.
    pub checklist: Memo<ChecklistState>,
    /// The further-information (Annex B) record of the open plan.
    pub requests: Memo<Vec<InfoRequest>>,
    pub page: RwSignal<Page>,
    /// The page shown before this one (where the print view's back link returns).
    pub came_from: RwSignal<Option<Page>>,
    pub calendar: RwSignal<Calendar>,
    pub today: NaiveDate,
    pub plan: Memo<Result<Plan, PlanError>>,
    /// What could not be used from the link the page was opened with.
    pub link_notes: RwSignal<Vec<String>>,
    /// Shown inside an intranet page's iframe: compact, and reporting its height.
    pub embed: bool,
    /// The training scenario being presented, if any (in the address, never saved).
    pub training: RwSignal<Option<TrainingPosition>>,
}

impl AppState {
    /// The state for `plans` (whose open plan is shown), on page `view`.
    pub fn new(today: NaiveDate, plans: impl Into<SavedPlans>, page: Page, embed: bool) -> Self {
        let plans = RwSignal::new(plans.into());
        let open_id = Memo::new(move |_| plans.with(|p| p.current.clone()));
        let input = Memo::new(move |_| {
            plans.with(|p| {
                p.current_plan()
                    .map(|plan| plan.state.input.clone())
                    .unwrap_or_default()
            })
        });
        let checklist = Memo::new(move |_| {
            plans.with(|p| {
                p.current_plan()
                    .map(|plan| plan.checklist.clone())
                    .unwrap_or_default()
            })
        });
        let requests = Memo::new(move |_| {
            plans.with(|p| {
                p.current_plan()
                    .map(|plan| plan.requests.clone())
                    .unwrap_or_default()
            })
        });
        let calendar = RwSignal::new(Calendar::england_and_wales());
        let plan = Memo::new(move |_| {
            input.with(|input| {
                let rules = rule_set(&input.rule_set, today);
                calendar.with(|calendar| plan(rules, calendar, input, today))
            })
        });
        AppState {
            plans,
            open_id,
            input,
            checklist,
            requests,
            page: RwSignal::new(page),
            came_from: RwSignal::new(None),
            calendar,
            today,
            plan,
            link_notes: RwSignal::new(Vec::new()),
            embed,
            training: RwSignal::new(None),
        }
    }

    /// Changes the open plan in the list (and so everywhere it is shown, and in storage).
    pub fn edit(&self, f: impl FnOnce(&mut SavedPlan)) {
        self.plans.update(|plans| {
            if let Some(plan) = plans.current_plan_mut() {
                f(plan);
            }
        });
    }

    /// Changes the open plan's inputs; nothing happens when they come out the same.
    pub fn edit_input(&self, f: impl FnOnce(&mut PlanInput)) {
        let mut input = self.input.get_untracked();
        f(&mut input);
        if self.input.with_untracked(|old| *old != input) {
            self.edit(|plan| plan.state.input = input);
        }
    }

    /// Changes the open plan's Annex A checklist.
    pub fn edit_checklist(&self, f: impl FnOnce(&mut ChecklistState)) {
        self.edit(|plan| f(&mut plan.checklist));
    }

    /// Changes the open plan's further-information requests.
    pub fn edit_requests(&self, f: impl FnOnce(&mut Vec<InfoRequest>)) {
        self.edit(|plan| f(&mut plan.requests));
    }

    /// The open plan's id, read straight from the list (for event handlers and ids built once).
    /// Reading the `open_id` memo untracked from an event handler made a `<Show>` around the
    /// handler's button draw itself again, losing focus; the list itself has no such effect.
    pub fn open_plan_id(&self) -> String {
        self.plans
            .with_untracked(|p| p.current.clone())
            .unwrap_or_default()
    }

    /// Opens plan `id`; false when there is no such plan.
    pub fn switch_to(&self, id: &str) -> bool {
        self.plans
            .try_update(|plans| plans.switch_to(id))
            .unwrap_or(false)
    }

    /// True while a training scenario is on screen in presenter mode: the page drops its header,
    /// navigation and footer.
    pub fn presenting(&self) -> bool {
        self.page.get() == Page::Training && self.training.with(Option::is_some)
    }

    /// The state provided by [`App`](crate::ui::App).
    pub fn get() -> Self {
        expect_context::<AppState>()
    }
}

/// The rule set with this id; an unknown id falls back to the set in force today (the URL
/// decoder says so to the person).
pub fn rule_set(id: &str, today: NaiveDate) -> &'static RuleSet {
    rules::by_id(id).unwrap_or_else(|| rules::in_force(today))
}
