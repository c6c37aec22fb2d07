//! "Rules in use": the rule-set choice and the bank-holiday list, with the GOV.UK import.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::form::{Choice, Radios};
use super::platform;
use super::state::AppState;
use crate::engine::calendar::{import::MAX_IMPORT_BYTES, Coverage};
use crate::engine::rules;

#[component]
pub fn RulesInUse() -> impl IntoView {
    view! {
        <section class="app-section app-rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading" class="govuk-heading-m">"Rules in use"</h2>
            <RuleSetChoice />
            <BankHolidays />
        </section>
    }
}

#[component]
fn RuleSetChoice() -> impl IntoView {
    let state = AppState::get();
    // The ids are 'static in the rule data, so the shared radio group can hold them as values.
    let selected = Signal::derive(move || {
        state.input.with(|i| {
            rules::all()
                .iter()
                .map(|set| set.id)
                .find(|id| *id == i.rule_set)
                .unwrap_or("")
        })
    });
    let choices = rules::all()
        .iter()
        .map(|set| Choice {
            value: set.id,
            label: set.name,
            hint: Some(set.summary),
        })
        .collect();
    view! {
        <Radios
            name="rule-set"
            legend="Rule set"
            hint="Which edition of the rules the dates follow. Every date shows its source."
            choices=choices
            selected=selected
            on_pick=Callback::new(move |id: &'static str| {
                state.input.update(|i| i.rule_set = id.to_string())
            })
        />
    }
}

/// "Bank holidays: built-in list 1995 to 2100, official list loaded for 2024 to 2028."
pub fn coverage_text(coverage: &Coverage) -> String {
    let (first, last) = coverage.built_in;
    match coverage.imported {
        None => format!("Bank holidays: built-in list {first} to {last}."),
        Some((from, to)) if from == to => {
            format!("Bank holidays: built-in list {first} to {last}, official list loaded for {from}.")
        }
        Some((from, to)) => format!(
            "Bank holidays: built-in list {first} to {last}, official list loaded for {from} to {to}."
        ),
    }
}

#[component]
fn BankHolidays() -> impl IntoView {
    let state = AppState::get();
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);

    let load = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let name = file.name();
            let result = platform::read_file_text(file, MAX_IMPORT_BYTES as f64)
                .await
                .and_then(|text| {
                    state
                        .calendar
                        .with_untracked(|c| c.with_gov_uk_json(&text))
                        .map_err(|e| e.to_string())
                });
            match result {
                Ok(calendar) => {
                    let years = calendar.coverage().imported;
                    state.calendar.set(calendar);
                    error.set(None);
                    done.set(Some(match years {
                        Some((from, to)) => format!("Loaded {name}: the official list now covers {from} to {to}. Dates have been worked out again."),
                        None => format!("Loaded {name}."),
                    }));
                }
                Err(message) => {
                    // The calendar in force stays as it was.
                    done.set(None);
                    error.set(Some(message));
                }
            }
        });
    };
    let on_change = move |event: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        {
            load(file);
        }
        // Let the same file be chosen again after it has been corrected.
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(file) = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            load(file);
        }
    };
    view! {
        <div
            class=move || {
                if dragging.get() { "app-drop-zone app-drop-zone--active" } else { "app-drop-zone" }
            }
            on:dragover=move |event: leptos::ev::DragEvent| {
                event.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <p class="govuk-body" id="bank-holiday-status" aria-live="polite">
                {move || state.calendar.with(|c| coverage_text(&c.coverage()))}
            </p>
            <div class=move || {
                if error.get().is_some() { "govuk-form-group govuk-form-group--error" } else { "govuk-form-group" }
            }>
                <label class="govuk-label" for="bank-holiday-file">
                    "Load GOV.UK's bank holidays file (bank-holidays.json)"
                </label>
                <div id="bank-holiday-file-hint" class="govuk-hint">
                    "Download it from GOV.UK yourself, then choose it here or drop it on this box. "
                    "It replaces the built-in list for the years it covers. The planner never fetches it."
                </div>
                {move || {
                    error
                        .get()
                        .map(|message| {
                            view! {
                                <p id="bank-holiday-file-error" class="govuk-error-message" role="alert">
                                    <span class="govuk-visually-hidden">"Error: "</span>
                                    {message}
                                </p>
                            }
                        })
                }}
                <input
                    class="govuk-file-upload"
                    id="bank-holiday-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby=move || {
                        if error.get().is_some() {
                            "bank-holiday-file-hint bank-holiday-file-error"
                        } else {
                            "bank-holiday-file-hint"
                        }
                    }
                    on:change=on_change
                />
            </div>
            {move || done.get().map(|message| view! { <p class="govuk-body app-success" role="status">{message}</p> })}
        </div>
    }
}
