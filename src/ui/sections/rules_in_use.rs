//! "Rules in use": the rule-set choice and the bank-holiday list, with the GOV.UK import.

use leptos::prelude::*;

use crate::engine::calendar::{import::MAX_IMPORT_BYTES, Coverage};
use crate::engine::rules;
use crate::ui::state::app_state::AppState;
use crate::ui::state::autosave::{forget_bank_holidays, keep_bank_holidays, Saving};
use crate::ui::widgets::file_pick::{read_chosen_file, FilePick};
use crate::ui::widgets::form::{Choice, Radios};

#[component]
pub fn RulesInUse() -> impl IntoView {
    view! {
        <section class="app-section app-rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading" class="govuk-heading-m">"Rules in use"</h2>
            <p class="govuk-body" id="framework-reference">
                "\u{201c}Ofsted ILACS framework\u{201d} and \u{201c}framework paragraph\u{201d} refer to Ofsted's "
                <cite>"Framework, evaluation criteria and inspector guidance for the inspections of local authority children's services"</cite>
                " (ILACS), published in November 2017 (reference 170040) with later updates to its wording. Paragraph numbers are that document's."
            </p>
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
                state.edit_input(|i| i.rule_set = id.to_string())
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

/// Said when the part that reads the file did not arrive.
const NOT_FETCHED: &str = "The part of the planner that reads this file did not arrive. Check the connection and try again; the bank holidays in force have not changed.";

#[component]
fn BankHolidays() -> impl IntoView {
    let state = AppState::get();
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);

    let saving = use_context::<Saving>();
    let load = move |file: web_sys::File| {
        let expected = "A GOV.UK bank holidays file is about 20 KB.";
        read_chosen_file(
            file,
            MAX_IMPORT_BYTES,
            expected,
            Ok::<String, String>,
            move |name, result: Result<String, String>| {
                let text = match result {
                    Ok(text) => text,
                    Err(message) => {
                        done.set(None);
                        error.set(Some(message));
                        return;
                    }
                };
                // Read on top of the built-in list, as it is again after a reload, by a part
                // fetched on demand.
                leptos::task::spawn_local(async move {
                    let read = crate::ui::pages::on_demand::bank_holidays_from_json(text.clone())
                        .await
                        .unwrap_or_else(|_| Err(NOT_FETCHED.to_string()));
                    match read {
                        Ok(calendar) => {
                            let years = calendar.coverage().imported;
                            state.calendar.set(calendar);
                            error.set(None);
                            let kept = keep_bank_holidays(&name, &text);
                            if let Some(saving) = saving {
                                saving.bank_holiday_file.set(Some(name.clone()));
                            }
                            let kept = match kept {
                                Ok(()) => {
                                    " It is kept in this browser for your next visit.".to_string()
                                }
                                Err(problem) => format!(
                                    " It could not be kept in this browser, so load it again next time: {}",
                                    problem.title()
                                ),
                            };
                            done.set(Some(match years {
                                Some((from, to)) => format!("Loaded {name}: the official list now covers {from} to {to}. Dates have been worked out again.{kept}"),
                                None => format!("Loaded {name}.{kept}"),
                            }));
                        }
                        Err(message) => {
                            // The calendar in force stays as it was.
                            done.set(None);
                            error.set(Some(message));
                        }
                    }
                });
            },
        );
    };
    view! {
        <FilePick
            id="bank-holiday-file"
            label="Load GOV.UK's bank holidays file (bank-holidays.json)"
            hint="Download it from GOV.UK yourself, then choose it here or drop it on this box. It replaces the built-in list for the years it covers. The planner never fetches it."
            accept=".json,application/json"
            error=error
            on_file=Callback::new(load)
        >
            <p class="govuk-body" id="bank-holiday-status" aria-live="polite">
                {move || state.calendar.with(|c| coverage_text(&c.coverage()))}
                {move || saving.and_then(|s| s.bank_holiday_file.get()).map(|file| format!(" In force: the official list from {file}, kept in this browser."))}
            </p>
        </FilePick>
        {move || saving.and_then(|s| s.bank_holiday_file.get()).map(|_| view! {
            <button type="button" class="govuk-button govuk-button--secondary" id="bank-holidays-built-in" on:click=move |_| {
                if let Some(saving) = saving {
                    forget_bank_holidays(state, saving);
                    done.set(Some("The built-in list of bank holidays is in force again. Dates have been worked out again.".to_string()));
                }
            }>"Use the built-in list instead"</button>
        })}
        {move || done.get().map(|message| view! { <p class="govuk-body app-success" role="status">{message}</p> })}
    }
}
