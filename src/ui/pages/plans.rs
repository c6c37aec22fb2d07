//! "Saved plans": every plan kept in this browser, to open, rename, copy, delete (with undo) and
//! save as a file; and plan files to open. The list operations are the app layer's
//! (`app::saved`); this page only calls them and saves through `autosave`.

use leptos::prelude::*;

use crate::app::saved::{
    merge_message, merge_plan_file, plan_summary, read_plan_file, Conflict, ListFull, Removed,
    SavedPlan, SavedPlans, MAX_PLAN_FILE_BYTES,
};
use crate::ui::platform;
use crate::ui::sections::take_away::offer_file;
use crate::ui::state::app_state::AppState;
use crate::ui::state::autosave::switch_to;
use crate::ui::state::drafts::{kept_choice, kept_text};
use crate::ui::widgets::file_pick::{read_chosen_file, FilePick};
use crate::ui::widgets::form::{error_message, group_class, SubmitButton};

#[component]
pub fn PlansView() -> impl IntoView {
    let state = AppState::get();
    let removed = RwSignal::new(None::<Removed>);
    // Which plan is being renamed, and the name typed, survive a reload (kept for this tab).
    let renaming = kept_choice("plans", "renaming");
    let message = RwSignal::new(None::<String>);

    // Announced by the status region below; focus stays where the person is working.
    let say = Callback::new(move |text: String| message.set(Some(text)));
    let new_plan = move |_| {
        if state.plans.with_untracked(SavedPlans::is_full) {
            say.run(ListFull.to_string());
            return;
        }
        let id = state.plans.try_update(|p| p.new_plan(platform::seed()));
        if let Some(id) = id {
            switch_to(state, &id);
            let name = current_name(state);
            say.run(format!("\u{201c}{name}\u{201d} is open. Enter its dates on the Visit schedule or Your pathway page."));
        }
    };

    let actions = RowActions {
        removed,
        renaming,
        say,
    };
    view! {
        <p class="govuk-body">
            "Your plans are kept in this browser on this computer, and saved as you type. "
            "To give a plan to someone else, send its link or save it as a file."
        </p>
        <p class="govuk-body app-success" id="plans-message" role="status">{move || message.get()}</p>
        {undo_delete(removed, say)}
        <div class="app-calendar__scroller" tabindex="0" role="region" aria-labelledby="plans-caption">
            <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m" id="plans-caption">"Your plans"</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">"Plan"</th>
                        <th scope="col" class="govuk-table__header">"Dates entered"</th>
                        <th scope="col" class="govuk-table__header">"Actions"</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    {move || {
                        renaming.track();
                        let (plans, current) = state.plans.with(|p| (p.plans.clone(), p.current.clone()));
                        plans
                            .into_iter()
                            .map(|plan| {
                                let is_open = current.as_deref() == Some(plan.id.as_str());
                                view! { <PlanRow plan=plan is_open=is_open actions=actions /> }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </tbody>
            </table>
        </div>
        <div class="app-button-group">
            <button type="button" class="govuk-button" on:click=new_plan>"Start a new plan"</button>
        </div>
        {plan_files(say)}
    }
}

/// The banner after a plan is deleted, with "Undo"; it takes focus, because the button pressed
/// has gone.
fn undo_delete(removed: RwSignal<Option<Removed>>, say: Callback<String>) -> impl IntoView {
    let state = AppState::get();
    let banner = move || {
        removed.get().map(|r| {
            let name = r.plan.name.clone();
            view! {
                <div class="govuk-notification-banner" role="region" aria-labelledby="plan-removed-title">
                    <h2 class="govuk-notification-banner__title" id="plan-removed-title" tabindex="-1">
                        "\u{201c}"{name}"\u{201d} has been deleted"
                    </h2>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| {
                        if let Some(r) = removed.get_untracked() {
                            let name = r.plan.name.clone();
                            state.plans.update(|p| p.restore(r));
                            removed.set(None);
                            say.run(format!("\u{201c}{name}\u{201d} is back."));
                        }
                    }>"Undo: bring back \u{201c}"{r.plan.name}"\u{201d}"</button>
                </div>
            }
            .into_any()
        })
    };
    view! { {move || banner()} }
}

/// A plan file whose plan is already saved here, waiting for the person to choose: merge it into
/// the saved copy, or open it as a separate plan.
#[derive(Clone)]
struct SamePlan {
    plan: SavedPlan,
    file_name: String,
}

/// "Plan files": save the open plan as a file, or open one (merging a colleague's copy of a plan
/// saved here, issue 28).
fn plan_files(say: Callback<String>) -> impl IntoView {
    let state = AppState::get();
    let file_error = RwSignal::new(None::<String>);
    let same_plan = RwSignal::new(None::<SamePlan>);
    let conflicts = RwSignal::new(Vec::<Conflict>::new());
    let merged_id = RwSignal::new(String::new());
    let save_open_plan = move |_| {
        if let Some(plan) = state.plans.with_untracked(|p| p.current_plan().cloned()) {
            leptos::task::spawn_local(async move {
                offer_file(plan, move |text| say.run(text)).await;
            });
        }
    };
    let open_file = move |file: web_sys::File| {
        let expected = "A plan file is at most 1 MB (a real one is a few KB): choose the .json file ILACS Planner saved.";
        let parse = |text: String| read_plan_file(&text).map_err(|e| e.to_string());
        read_chosen_file(
            file,
            MAX_PLAN_FILE_BYTES,
            expected,
            parse,
            move |file_name, read| match read {
                Ok(plan)
                    if state
                        .plans
                        .with_untracked(|p| p.plans.iter().any(|p| p.id == plan.id)) =>
                {
                    file_error.set(None);
                    conflicts.set(Vec::new());
                    same_plan.set(Some(SamePlan { plan, file_name }));
                    platform::focus_after_render("same-plan-title");
                }
                Ok(plan) => {
                    file_error.set(None);
                    add_as_separate(state, plan, &file_name, say, file_error);
                }
                Err(error) => file_error.set(Some(error)),
            },
        );
    };
    let merge = move |_| {
        let Some(SamePlan { plan, file_name }) = same_plan.get_untracked() else {
            return;
        };
        let merged = state.plans.try_update(|plans| {
            let mine = plans.plans.iter_mut().find(|p| p.id == plan.id)?;
            let merged = merge_plan_file(mine, &plan);
            *mine = merged.plan.clone();
            Some(merged)
        });
        same_plan.set(None);
        if let Some(Some(merged)) = merged {
            switch_to(state, &plan.id);
            say.run(merge_message(merged.came_in, &file_name));
            merged_id.set(plan.id.clone());
            conflicts.set(merged.conflicts);
        }
    };
    let separate = move |_| {
        if let Some(SamePlan { plan, file_name }) = same_plan.get_untracked() {
            same_plan.set(None);
            add_as_separate(state, plan, &file_name, say, file_error);
        }
    };
    let choice = move || {
        same_plan.get().map(|SamePlan { plan, file_name }| {
            let name = state
                .plans
                .with_untracked(|p| p.plans.iter().find(|p| p.id == plan.id).map(|p| p.name.clone()))
                .unwrap_or_default();
            view! {
                <div class="govuk-inset-text" id="same-plan">
                    <h3 class="govuk-heading-s" id="same-plan-title" tabindex="-1">
                        "\u{201c}"{file_name}"\u{201d} is a copy of \u{201c}"{name}"\u{201d}, which is saved here"
                    </h3>
                    <p class="govuk-body">
                        "Merge it into your copy to take in a colleague's requests, responses, ticks, owners and notes: nothing of yours is removed, and where you both changed the same thing you choose which to keep. "
                        "Or open it as a separate plan."
                    </p>
                    <div class="app-button-group">
                        <button type="button" class="govuk-button" on:click=merge>"Merge into my copy"</button>
                        <button type="button" class="govuk-button govuk-button--secondary" on:click=separate>"Open as a separate plan"</button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <section class="app-section" aria-labelledby="plan-files-heading">
            <h2 class="govuk-heading-m" id="plan-files-heading">"Plan files"</h2>
            <p class="govuk-body">
                "A plan file holds one plan: its dates, Annex A checklist and further-information requests. "
                "Email it or keep it on a shared drive. Opening a colleague's copy of a plan you have here can merge their changes into yours."
            </p>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=save_open_plan>
                {move || format!("Save \u{201c}{}\u{201d} as a file", current_name(state))}
            </button>
            <FilePick
                id="plan-file"
                label="Open a plan file"
                hint="Choose a plan file (.json) saved from ILACS Planner, or drop it on this box. Nothing is replaced: a new plan is added, or a copy of one you have can be merged into it."
                accept=".json,application/json"
                error=file_error
                on_file=Callback::new(open_file)
            />
            {choice}
            <MergeChoices conflicts=conflicts plan_id=merged_id />
        </section>
    }
}

fn add_as_separate(
    state: AppState,
    plan: SavedPlan,
    file_name: &str,
    say: Callback<String>,
    file_error: RwSignal<Option<String>>,
) {
    if state.plans.with_untracked(SavedPlans::is_full) {
        file_error.set(Some(ListFull.to_string()));
        return;
    }
    let id = state.plans.try_update(|p| p.add(plan, platform::seed()));
    if let Some(id) = id {
        switch_to(state, &id);
        let name = current_name(state);
        say.run(format!("Opened \u{201c}{name}\u{201d} from {file_name}. It is now open and saved in this browser."));
    }
}

/// After a merge, each field both sides filled differently: yours is in the plan; choose.
#[component]
fn MergeChoices(conflicts: RwSignal<Vec<Conflict>>, plan_id: RwSignal<String>) -> impl IntoView {
    let state = AppState::get();
    let settle = move |index: usize, theirs: bool| {
        let Some(conflict) = conflicts.with_untracked(|c| c.get(index).cloned()) else {
            return;
        };
        if theirs {
            let id = plan_id.get_untracked();
            state.plans.update(|plans| {
                if let Some(plan) = plans.plans.iter_mut().find(|p| p.id == id) {
                    conflict.take_theirs(plan);
                }
            });
        }
        conflicts.update(|c| {
            c.remove(index);
        });
    };
    move || {
        let list = conflicts.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="govuk-notification-banner" role="region" aria-labelledby="merge-choices-title" id="merge-choices">
                    <h3 class="govuk-notification-banner__title" id="merge-choices-title">"You both changed these: choose which to keep"</h3>
                    <p class="govuk-body">"Your version is in the plan until you choose the file's."</p>
                    <dl class="app-merge-choices">
                        {list.into_iter().enumerate().map(|(i, c)| view! {
                            <dt class="govuk-heading-s">{c.what.clone()}</dt>
                            <dd>
                                <p class="govuk-body">"Yours: \u{201c}"{c.mine.clone()}"\u{201d}"<br />"The file's: \u{201c}"{c.theirs.clone()}"\u{201d}"</p>
                                <div class="app-button-group">
                                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| settle(i, false)>
                                        "Keep yours"<span class="govuk-visually-hidden">{format!(" ({})", c.what)}</span>
                                    </button>
                                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| settle(i, true)>
                                        "Use the file's"<span class="govuk-visually-hidden">{format!(" ({})", c.what)}</span>
                                    </button>
                                </div>
                            </dd>
                        }).collect_view()}
                    </dl>
                </div>
            }
        })
    }
}

fn current_name(state: AppState) -> String {
    state
        .plans
        .with(|p| p.current_plan().map(|p| p.name.clone()))
        .unwrap_or_default()
}

/// What the rows share with the page.
#[derive(Clone, Copy)]
struct RowActions {
    removed: RwSignal<Option<Removed>>,
    renaming: RwSignal<Option<String>>,
    say: Callback<String>,
}

#[component]
fn PlanRow(plan: SavedPlan, is_open: bool, actions: RowActions) -> impl IntoView {
    let state = AppState::get();
    let RowActions {
        removed,
        renaming,
        say,
    } = actions;
    let id = StoredValue::new(plan.id.clone());
    let name = plan.name.clone();
    let rename_button = format!("rename-{}", plan.id);
    let is_renaming = renaming.get_untracked().as_deref() == Some(plan.id.as_str());

    let open = move |_| {
        switch_to(state, &id.get_value());
        say.run(format!(
            "\u{201c}{}\u{201d} is now open.",
            current_name(state)
        ));
    };
    let duplicate = move |_| {
        if state.plans.with_untracked(SavedPlans::is_full) {
            say.run(ListFull.to_string());
            return;
        }
        let copy = state
            .plans
            .try_update(|p| p.duplicate(&id.get_value(), platform::seed()))
            .flatten();
        if let Some(copy) = copy {
            let name = state.plans.with_untracked(|p| {
                p.plans
                    .iter()
                    .find(|p| p.id == copy)
                    .map(|p| p.name.clone())
            });
            say.run(format!(
                "Made a copy called \u{201c}{}\u{201d}.",
                name.unwrap_or_default()
            ));
        }
    };
    let delete = move |_| {
        let gone = state
            .plans
            .try_update(|p| p.remove(&id.get_value()))
            .flatten();
        if let Some(gone) = gone {
            removed.set(Some(gone));
            platform::focus_after_render("plan-removed-title");
        }
    };
    let save_file = {
        let plan = plan.clone();
        move |_| {
            let plan = plan.clone();
            leptos::task::spawn_local(async move {
                offer_file(plan, move |text| say.run(text)).await;
            });
        }
    };
    let name_cell = if is_renaming {
        view! { <RenameForm id=plan.id.clone() name=name.clone() renaming=renaming say=say /> }
            .into_any()
    } else {
        view! {
            {name.clone()}
            {is_open.then(|| view! { " " <strong class="app-tag">"Open now"</strong> })}
        }
        .into_any()
    };
    view! {
        <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">{name_cell}</th>
            <td class="govuk-table__cell">{plan_summary(&plan.state.input)}</td>
            <td class="govuk-table__cell">
                <div class="app-plan-actions">
                    {(!is_open).then(|| view! {
                        <RowButton verb="Open" name=name.clone() on_click=Callback::new(open) />
                    })}
                    <RowButton verb="Rename" name=name.clone() id=rename_button on_click=Callback::new(move |_| {
                        renaming.set(Some(id.get_value()));
                        platform::focus_after_render("rename-input");
                    }) />
                    <RowButton verb="Copy" name=name.clone() on_click=Callback::new(duplicate) />
                    <RowButton verb="Save as a file" name=name.clone() on_click=Callback::new(save_file) />
                    <RowButton verb="Delete" name=name.clone() warning=true on_click=Callback::new(delete) />
                </div>
            </td>
        </tr>
    }
}

/// A row's button: the verb on screen, the plan's name for screen readers ("Delete “Spring”").
#[component]
fn RowButton(
    verb: &'static str,
    name: String,
    #[prop(optional)] warning: bool,
    #[prop(optional)] id: Option<String>,
    on_click: Callback<()>,
) -> impl IntoView {
    let class = if warning {
        "govuk-button govuk-button--warning"
    } else {
        "govuk-button govuk-button--secondary"
    };
    view! {
        <button type="button" class=class id=id on:click=move |_| on_click.run(())>
            {verb}
            <span class="govuk-visually-hidden">{format!(" \u{201c}{name}\u{201d}")}</span>
        </button>
    }
}

#[component]
fn RenameForm(
    id: String,
    name: String,
    renaming: RwSignal<Option<String>>,
    say: Callback<String>,
) -> impl IntoView {
    let state = AppState::get();
    let typed = kept_text("rename", &id, || name.clone());
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let back_to_button = move || {
        let button = format!("rename-{}", id.get_value());
        renaming.set(None);
        platform::focus_after_render(button);
    };
    let save = move |()| {
        let new_name = typed.get_untracked();
        // Checked before changing the list: a change redraws the rows, and this form with them.
        let checked = state
            .plans
            .with_untracked(|p| p.check_name(&id.get_value(), &new_name).map(str::to_string));
        match checked {
            Err(e) => error.set(Some(e.to_string())),
            Ok(name) => {
                state.plans.update(|p| {
                    let _ = p.rename(&id.get_value(), &name);
                });
                back_to_button();
                say.run(format!("Renamed to \u{201c}{name}\u{201d}."));
            }
        }
    };
    view! {
        <form class="app-rename" novalidate>
            <div class=group_class(error.into())>
                <label class="govuk-label" for="rename-input">{format!("New name for \u{201c}{name}\u{201d}")}</label>
                {error_message("rename-error".to_string(), error.into())}
                <input
                    class="govuk-input"
                    id="rename-input"
                    type="text"
                    autocomplete="off"
                    aria-describedby=move || error.get().map(|_| "rename-error")
                    prop:value=typed
                    on:input=move |e| typed.set(event_target_value(&e))
                />
            </div>
            <div class="app-button-group">
                <SubmitButton on_press=Callback::new(save)>"Save name"</SubmitButton>
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| back_to_button()>"Cancel"</button>
            </div>
        </form>
    }
}
