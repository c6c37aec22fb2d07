//! Keeps every plan in this browser, so a reload, a closed tab or a second tab loses nothing: the
//! plans' inputs, Annex A checklists and further-information requests, and an imported
//! bank-holiday list. What to store and how to merge two tabs' lists are the app layer's
//! (`app::saved`); this module only reads and writes the browser's storage and says when that
//! fails.

use leptos::prelude::*;

use crate::app::saved::{
    load_saved, merge, opening, saved_json, OpeningNotice, SaveProblem, SavedPlan, SavedPlans,
    Synced,
};
use crate::engine::calendar::Calendar;
use crate::engine::plan::PlanInput;
use crate::ui::platform::{self, StoreError};
use crate::ui::state::app_state::AppState;

/// Where the saved plans are kept.
pub const PLANS_KEY: &str = "ilacs-planner/plans";
/// Where releases before saved plans kept their one plan (read once, never deleted).
pub const LEGACY_KEY: &str = "ilacs-planner/plan";
/// Saved text that could not be used as it was, kept exactly as it was.
pub const KEPT_ASIDE_KEY: &str = "ilacs-planner/unreadable-plans";
/// The imported GOV.UK bank-holiday file, kept so the same dates show after a reload.
pub const BANK_HOLIDAYS_KEY: &str = "ilacs-planner/bank-holidays";

/// What happened to the saved plans when the page opened, for the person to see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub notice: OpeningNotice,
    /// The storage key the unreadable text was kept under.
    pub kept_under: Option<String>,
}

/// How saving is going, shared through context.
#[derive(Clone, Copy)]
pub struct Saving {
    /// Why the latest change could not be kept, if it could not.
    pub problem: RwSignal<Option<SaveProblem>>,
    /// `(plan, copy)` names of plans changed in two tabs at once (both kept).
    pub copies: RwSignal<Vec<(String, String)>>,
    /// This tab's open plan, as it was here, when another tab deleted it.
    pub closed: RwSignal<Option<SavedPlan>>,
    /// The file name of the imported bank-holiday list in force, if any.
    pub bank_holiday_file: RwSignal<Option<String>>,
    synced: StoredValue<Synced>,
    /// The stored text and the list last refused over it, so the same write is not tried again.
    refused: StoredValue<Option<(Option<String>, String)>>,
    /// Set when stored text could not be copied aside: then nothing is written over it.
    read_only: StoredValue<bool>,
}

impl Saving {
    pub fn get() -> Self {
        expect_context::<Saving>()
    }
}

/// What [`open`] found.
pub struct Opened {
    pub plans: SavedPlans,
    pub restored: Option<Restored>,
    saving: Saving,
}

/// Reads the saved plans and decides which plan the page opens with (the link's, if it gives
/// one, without overwriting any saved plan).
pub fn open(link: &PlanInput) -> Opened {
    let saving = Saving {
        problem: RwSignal::new(None),
        copies: RwSignal::new(Vec::new()),
        closed: RwSignal::new(None),
        bank_holiday_file: RwSignal::new(None),
        synced: StoredValue::new(Synced::default()),
        refused: StoredValue::new(None),
        read_only: StoredValue::new(false),
    };
    if !platform::storage_available() {
        saving.problem.set(Some(SaveProblem::Blocked));
    }
    let saved = platform::stored(PLANS_KEY);
    let legacy = platform::stored(LEGACY_KEY);
    let damaged_characters = !platform::stored_text_is_exact(PLANS_KEY);
    let mut opened = opening(saved.as_deref(), legacy.as_deref(), link, platform::seed());
    if damaged_characters && opened.kept_aside.is_none() {
        opened.kept_aside = saved.clone();
        opened.notice = opened.notice.or(Some(OpeningNotice::Recovered(
            "Some characters in your saved plans could not be read exactly and are shown as \u{fffd}. The original copy has been kept in this browser; nothing was deleted.".to_string(),
        )));
    }
    let mut kept_under = None;
    if let (Some(text), None) = (&opened.kept_aside, &saved) {
        // The single plan of an earlier release: its key is never deleted, and a copy of the
        // damaged text is kept beside the list too.
        kept_under = keep_text_aside(text);
    } else if opened.kept_aside.is_some() {
        match keep_aside() {
            Some(key) => kept_under = Some(key),
            None => {
                saving.read_only.set_value(true);
                saving.problem.set(Some(SaveProblem::ReadOnly));
            }
        }
    } else {
        saving.synced.set_value(opened.synced);
    }
    let restored = opened.notice.map(|notice| Restored { notice, kept_under });
    Opened {
        plans: opened.plans,
        restored,
        saving,
    }
}

impl Opened {
    /// Starts saving `state`'s plans (and following other tabs), and shares how it goes.
    pub fn keep_saved(self, state: AppState) {
        let saving = self.saving;
        provide_context(saving);
        restore_bank_holidays(state, saving);
        Effect::new(move |_| {
            state.plans.track();
            save_now(state, saving);
        });
        platform::on_storage_change(move |key| match key.as_deref() {
            Some(PLANS_KEY) | None => save_now(state, saving),
            Some(BANK_HOLIDAYS_KEY) => restore_bank_holidays(state, saving),
            _ => {}
        });
    }
}

/// Copies the stored plans' text, as it is, under a key of its own and reads it back: the first
/// of `…/unreadable-plans`, `…-2`, … `…-9` that is free or already holds the same text. `None`
/// when no copy could be made (then nothing may be written over the original).
fn keep_aside() -> Option<String> {
    first_free_aside(|key| platform::copy_stored(PLANS_KEY, key))
}

/// Like [`keep_aside`], for text read earlier (the single plan of an earlier release).
fn keep_text_aside(text: &str) -> Option<String> {
    first_free_aside(|key| match platform::stored(key) {
        Some(existing) => Ok(existing == text),
        None => {
            platform::store(key, text)?;
            if platform::stored(key).as_deref() == Some(text) {
                Ok(true)
            } else {
                Err(StoreError::NotKept)
            }
        }
    })
}

/// Tries the aside keys in turn with `put`, which says whether the copy is now under that key
/// (`Ok(false)`: the key holds something else, try the next).
fn first_free_aside(put: impl Fn(&str) -> Result<bool, StoreError>) -> Option<String> {
    let keys = std::iter::once(KEPT_ASIDE_KEY.to_string())
        .chain((2..10).map(|n| format!("{KEPT_ASIDE_KEY}-{n}")));
    for key in keys {
        match put(&key) {
            Ok(true) => return Some(key),
            Ok(false) => continue,
            Err(_) => return None,
        }
    }
    None
}

/// Merges this tab's plans with the stored list and writes the result when it differs.
fn save_now(state: AppState, saving: Saving) {
    if saving.read_only.get_value() {
        return;
    }
    if !platform::storage_available() {
        saving.problem.set(Some(SaveProblem::Blocked));
        return;
    }
    let stored_text = platform::stored(PLANS_KEY);
    let loaded = load_saved(stored_text.as_deref());
    if loaded.kept_aside.is_some() && keep_aside().is_none() {
        // Another tab (perhaps a newer version) wrote something this one cannot read, and it
        // cannot be copied: leave it alone.
        saving.read_only.set_value(true);
        saving.problem.set(Some(SaveProblem::ReadOnly));
        return;
    }
    let ours = state.plans.get_untracked();
    let merged = merge(
        &ours,
        &saving.synced.get_value(),
        &loaded.plans,
        platform::seed(),
    );
    if merged.closed.is_some() {
        saving.closed.set(merged.closed.clone());
    }
    if !merged.copies.is_empty() {
        saving
            .copies
            .update(|c| c.extend(merged.copies.iter().cloned()));
    }
    let text = merged.to_write.as_ref().map(saved_json);
    // The same list the browser refused a moment ago, over the same stored text, would be
    // refused again: wait for a change here or in another tab (issue 22).
    let attempt = text.clone().map(|text| (stored_text, text));
    let refused_before = attempt.is_some() && saving.refused.with_value(|r| *r == attempt);
    let written = match &text {
        Some(_) if refused_before => None,
        Some(text) => Some(platform::store(PLANS_KEY, text)),
        None => Some(Ok(())),
    };
    match written {
        // Still refused: the warning already says so.
        None => {}
        Some(Ok(())) => {
            saving.synced.set_value(merged.synced);
            saving.refused.set_value(None);
            if saving.problem.get_untracked().is_some() {
                saving.problem.set(None);
            }
        }
        Some(Err(error)) => {
            saving.refused.set_value(attempt);
            let problem = problem(error);
            if saving.problem.get_untracked() != Some(problem) {
                saving.problem.set(Some(problem));
            }
        }
    }
    if merged.plans != ours {
        state.plans.set(merged.plans);
    }
}

fn problem(error: StoreError) -> SaveProblem {
    match error {
        StoreError::Blocked => SaveProblem::Blocked,
        StoreError::Full | StoreError::NotKept => SaveProblem::Full,
    }
}

/// The kept bank-holiday file, as text to store: its name, a line break, then the file.
fn bank_holiday_record(file_name: &str, text: &str) -> String {
    format!("{}\n{text}", file_name.replace('\n', " "))
}

/// Keeps an imported bank-holiday file for later visits (and other tabs).
pub fn keep_bank_holidays(file_name: &str, text: &str) -> Result<(), SaveProblem> {
    platform::store(BANK_HOLIDAYS_KEY, &bank_holiday_record(file_name, text)).map_err(problem)
}

/// Goes back to the built-in bank-holiday list, here and on later visits.
pub fn forget_bank_holidays(state: AppState, saving: Saving) {
    platform::forget(BANK_HOLIDAYS_KEY);
    state.calendar.set(Calendar::england_and_wales());
    saving.bank_holiday_file.set(None);
}

/// Puts the kept bank-holiday list in force (or the built-in one when none is kept). A kept
/// file that no longer reads is left out, and stays stored for a later version. The file is read
/// by a part fetched on demand; until it arrives the built-in list is in force, as it is if the
/// part cannot be fetched (the page says which list is in force).
fn restore_bank_holidays(state: AppState, saving: Saving) {
    let kept = platform::stored(BANK_HOLIDAYS_KEY).and_then(|record| {
        let (name, text) = record.split_once('\n')?;
        Some((name.to_string(), text.to_string()))
    });
    match kept {
        Some((name, text)) => leptos::task::spawn_local(async move {
            match crate::ui::pages::on_demand::bank_holidays_from_json(text).await {
                Ok(Ok(calendar)) => {
                    state.calendar.set(calendar);
                    saving.bank_holiday_file.set(Some(name));
                }
                _ => use_built_in_bank_holidays(state, saving),
            }
        }),
        None => use_built_in_bank_holidays(state, saving),
    }
}

/// The built-in bank-holiday list in force again, if another was.
fn use_built_in_bank_holidays(state: AppState, saving: Saving) {
    if saving.bank_holiday_file.get_untracked().is_some() {
        state.calendar.set(Calendar::england_and_wales());
        saving.bank_holiday_file.set(None);
    }
}

/// Shows plan `id` in the planner: its inputs, checklist and requests.
pub fn switch_to(state: AppState, id: &str) {
    state.switch_to(id);
}

/// Says what happened to the saved plans (nothing when there is nothing worth saying).
#[component]
pub fn RestoreNotice(restored: Option<Restored>) -> impl IntoView {
    let Restored { notice, kept_under } = restored?;
    let body = match notice {
        OpeningNotice::Recovered(message) => view! {
            <h2 class="govuk-notification-banner__title" id="restore-title">"Your saved plans could not be read in full"</h2>
            <p class="govuk-body">{message}</p>
            {kept_under.map(|key| view! {
                <p class="govuk-body-s">"The saved copy, exactly as it was, is kept in this browser under "<code>{key}</code>"."</p>
            })}
        }
        .into_any(),
        OpeningNotice::LinkAdded { name, previous } => view! {
            <h2 class="govuk-notification-banner__title" id="restore-title">"You opened a link to a plan"</h2>
            <p class="govuk-body">"It has been added to your saved plans as \u{201c}"{name}"\u{201d}. Your other plans are kept."</p>
            {previous.map(|(id, previous_name)| {
                let state = AppState::get();
                view! {
                    <p class="govuk-body">
                        <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| {
                            switch_to(state, &id);
                        }>"Go back to \u{201c}"{previous_name}"\u{201d}"</button>
                    </p>
                }
            })}
        }
        .into_any(),
        OpeningNotice::ListFull { name } => view! {
            <h2 class="govuk-notification-banner__title" id="restore-title">"The plan in the link was not saved"</h2>
            <p class="govuk-body">{OpeningNotice::ListFull { name }.to_string()}</p>
        }
        .into_any(),
    };
    Some(view! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="restore-title">{body}</div>
    })
}

/// A warning while changes cannot be kept, with the way out; and a note for each plan changed in
/// two tabs at once.
#[component]
pub fn SaveProblems() -> impl IntoView {
    let saving = Saving::get();
    let state = AppState::get();
    let save_file = move |_| {
        if let Some(plan) = state.plans.with_untracked(|p| p.current_plan().cloned()) {
            leptos::task::spawn_local(async move {
                crate::ui::sections::take_away::offer_file(plan, |_| {}).await;
            });
        }
    };
    let warning = move || {
        saving.problem.get().map(|problem| {
            view! {
                <div class="govuk-warning-text app-save-problem" role="alert" id="save-problem">
                    <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
                    <div class="govuk-warning-text__text">
                        <span class="govuk-visually-hidden">"Warning"</span>
                        <strong>{problem.title()}</strong>
                        <p class="govuk-body">{problem.advice()}</p>
                        <button type="button" class="govuk-button govuk-button--secondary" on:click=save_file on:pointerover=|_| crate::ui::sections::take_away::preload_files() on:focus=|_| crate::ui::sections::take_away::preload_files()>
                            "Save the open plan as a file"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        })
    };
    let copies = move || {
        let copies = saving.copies.get();
        (!copies.is_empty()).then(|| {
            view! {
                <div class="govuk-notification-banner" role="region" aria-labelledby="tab-copies-title" id="tab-copies">
                    <h2 class="govuk-notification-banner__title" id="tab-copies-title">"A plan was changed in two tabs at once"</h2>
                    <ul class="govuk-list">
                        {copies.into_iter().map(|(plan, copy)| view! {
                            <li>"\u{201c}"{plan}"\u{201d} was changed in another tab while you changed it here. Both versions are kept: yours is now called \u{201c}"{copy}"\u{201d}."</li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| saving.copies.set(Vec::new())>"Dismiss"</button>
                </div>
            }
            .into_any()
        })
    };
    view! { {move || warning()} {move || copies()} <ClosedElsewhere /> }
}

/// Says that another tab deleted the plan open here, which plan this tab shows now, and offers
/// the deleted plan back: unsent text in this tab's forms stays, and may have been meant for it.
#[component]
fn ClosedElsewhere() -> impl IntoView {
    let saving = Saving::get();
    let state = AppState::get();
    move || {
        let plan = saving.closed.get()?;
        let now = state
            .plans
            .with_untracked(|p| p.current_plan().map(|p| p.name.clone()))
            .unwrap_or_default();
        let name = plan.name.clone();
        let put_back = move |_| {
            let plan = plan.clone();
            state.plans.update(|plans| {
                let id = plan.id.clone();
                if !plans.plans.iter().any(|p| p.id == id) {
                    plans.plans.push(plan);
                }
                plans.switch_to(&id);
            });
            saving.closed.set(None);
        };
        Some(view! {
            <div class="govuk-notification-banner" role="alert" aria-labelledby="closed-title" id="closed-elsewhere">
                <h2 class="govuk-notification-banner__title" id="closed-title">
                    "\u{201c}"{name.clone()}"\u{201d} was deleted in another tab"
                </h2>
                <p class="govuk-body">
                    "This tab now shows \u{201c}"{now}"\u{201d}. Anything you had typed here and not yet added is still in its box: check it belongs to this plan before you add it."
                </p>
                <div class="app-button-group">
                    <button type="button" class="govuk-button" on:click=put_back>
                        "Put \u{201c}"{name}"\u{201d} back"
                    </button>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| saving.closed.set(None)>
                        "Dismiss"
                    </button>
                </div>
            </div>
        }
        .into_any())
    }
}
