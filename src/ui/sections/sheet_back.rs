//! "Load an edited spreadsheet": the checklist or requests CSV, edited by the team in Excel,
//! read back with a preview of what it would change; nothing changes until the person says so
//! (issue 28). Reading and matching are `app::spreadsheet`'s; this only shows and applies them.

use leptos::prelude::*;

use crate::app::spreadsheet::{
    read_checklist_csv, read_requests_csv, ChecklistImport, RequestsImport,
};
use crate::ui::platform;
use crate::ui::state::app_state::AppState;
use crate::ui::widgets::file_pick::{read_chosen_file, FilePick};

/// Which of the page's spreadsheets comes back.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Checklist,
    Requests,
}

/// A file read and matched, waiting for "Make these changes".
#[derive(Clone)]
enum Pending {
    Checklist(ChecklistImport),
    Requests(RequestsImport),
}

impl Pending {
    fn words(&self) -> (Vec<String>, Vec<String>) {
        let text = |v: &[_]| v.iter().map(ToString::to_string).collect::<Vec<String>>();
        match self {
            Pending::Checklist(i) => (
                text(&i.changes),
                i.skipped.iter().map(ToString::to_string).collect(),
            ),
            Pending::Requests(i) => (
                text(&i.changes),
                i.skipped.iter().map(ToString::to_string).collect(),
            ),
        }
    }
}

/// Largest spreadsheet read: the checklist's 43 rows or 500 requests are well under it.
const MAX_SHEET_BYTES: usize = 2_000_000;

#[component]
pub fn SheetBack(sheet: Sheet) -> impl IntoView {
    let state = AppState::get();
    let (id, preview_id) = match sheet {
        Sheet::Checklist => ("checklist-sheet", "checklist-sheet-preview"),
        Sheet::Requests => ("requests-sheet", "requests-sheet-preview"),
    };
    let error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<(String, Pending)>);
    let message = RwSignal::new(None::<String>);
    let on_file = move |file: web_sys::File| {
        let expected = "Choose the .csv file this page saved, after editing it: a spreadsheet of the checklist or requests is well under 2 MB.";
        let parse = move |text: String| {
            let plan = state
                .plans
                .with_untracked(|p| p.current_plan().cloned())
                .unwrap_or_default();
            match sheet {
                Sheet::Checklist => {
                    read_checklist_csv(&text, &plan.checklist).map(Pending::Checklist)
                }
                Sheet::Requests => read_requests_csv(&text, &plan.requests).map(Pending::Requests),
            }
            .map_err(|e| e.to_string())
        };
        read_chosen_file(
            file,
            MAX_SHEET_BYTES,
            expected,
            parse,
            move |file_name, read| match read {
                Ok(import) => {
                    error.set(None);
                    message.set(None);
                    pending.set(Some((file_name, import)));
                    platform::focus_after_render(preview_id);
                }
                Err(e) => error.set(Some(e)),
            },
        );
    };
    let apply = move |_| {
        let Some((file_name, import)) = pending.get_untracked() else {
            return;
        };
        let count = import.words().0.len();
        match import {
            Pending::Checklist(i) => state.edit_checklist(|c| i.apply(c)),
            Pending::Requests(i) => state.edit_requests(|r| i.apply(r)),
        }
        pending.set(None);
        let changes = if count == 1 {
            "1 change"
        } else {
            &format!("{count} changes")
        };
        message.set(Some(format!(
            "{changes} made from \u{201c}{file_name}\u{201d}."
        )));
    };
    let cancel = move |_| {
        pending.set(None);
        message.set(Some("Nothing was changed.".to_string()));
    };
    let preview = move || {
        pending.get().map(|(file_name, import)| {
            let (changes, skipped) = import.words();
            let any = !changes.is_empty();
            view! {
                <div class="govuk-inset-text app-sheet-preview">
                    <h3 class="govuk-heading-s" id=preview_id tabindex="-1">
                        {format!("What \u{201c}{file_name}\u{201d} would change")}
                    </h3>
                    {if any {
                        view! { <ul class="govuk-list govuk-list--bullet">{changes.into_iter().map(|c| view! { <li class="app-pre-line">{c}</li> }).collect_view()}</ul> }.into_any()
                    } else {
                        view! { <p class="govuk-body">"Nothing would change: the file says what this plan already says."</p> }.into_any()
                    }}
                    {(!skipped.is_empty()).then(|| view! {
                        <h4 class="govuk-heading-s">"Rows left out"</h4>
                        <ul class="govuk-list govuk-list--bullet">{skipped.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    })}
                    <div class="app-button-group">
                        {any.then(|| view! { <button type="button" class="govuk-button" on:click=apply>"Make these changes"</button> })}
                        <button type="button" class="govuk-button govuk-button--secondary" on:click=cancel>"Cancel"</button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <FilePick
            id=id
            label="Load an edited spreadsheet"
            hint="Choose the .csv file saved from this page, after your team has edited it in Excel (owners, notes, ticks, responses). You will see what it would change before anything is changed."
            accept=".csv,text/csv"
            error=error
            on_file=Callback::new(on_file)
        />
        {preview}
        <p class="govuk-body-s" role="status">{move || message.get()}</p>
    }
}
