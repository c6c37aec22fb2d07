//! Recording the day a step actually happened (issue 26): under each recordable step of the
//! agenda, a button whose accessible name names the step opens a GOV.UK date input with Save and
//! Cancel; a recorded date can be changed or removed. Only the pages fetched on demand (After
//! fieldwork, All dates, Your pathway) pass [`record_control`] to the agenda, so this code is not
//! in the first load.

use leptos::prelude::*;

use crate::app::recording;
use crate::engine::event::Event;
use crate::engine::plan::recorded::Step;
use crate::ui::platform;
use crate::ui::state::app_state::{rule_set, AppState};
use crate::ui::widgets::date_input::{first_box_id, DateInput, DateParts};
use crate::ui::widgets::form::SubmitButton;

/// The control for `event`, if its date can be recorded.
pub fn record_control(event: &Event) -> AnyView {
    match Step::from_event_id(&event.id) {
        Some(step) => view! { <RecordDate step=step /> }.into_any(),
        None => ().into_any(),
    }
}

#[component]
fn RecordDate(step: Step) -> impl IntoView {
    let state = AppState::get();
    // From the inputs, not the event: a refused date (the plan shows the computed one and a
    // warning) can still be changed or removed. The agenda is drawn again when they change.
    let recorded = state
        .input
        .with_untracked(|input| input.recorded.get(step).is_some());
    let open = RwSignal::new(false);
    let parts = DateParts::new();
    let error = RwSignal::new(None::<String>);
    let slug = step.event_id();
    let id = format!("record-{slug}");
    let button_id = format!("record-{slug}-button");
    let name = step.name();
    let open_form = {
        let id = id.clone();
        move |_| {
            open.set(true);
            platform::focus_after_render(first_box_id(&id));
        }
    };
    let save = {
        let (id, button_id) = (id.clone(), button_id.clone());
        Callback::new(move |()| {
            let result = state.input.with_untracked(|input| {
                let rules = rule_set(&input.rule_set, state.today);
                state.calendar.with_untracked(|calendar| {
                    recording::record(
                        rules,
                        calendar,
                        input,
                        state.today,
                        step,
                        parts.parse_untracked(),
                    )
                })
            });
            match result {
                Ok(next) => {
                    state.edit_input(|input| *input = next);
                    platform::focus_after_render(button_id.clone());
                }
                Err(message) => {
                    error.set(Some(message));
                    platform::focus_after_render(first_box_id(&id));
                }
            }
        })
    };
    let cancel = {
        let button_id = button_id.clone();
        move |_| {
            open.set(false);
            error.set(None);
            platform::focus_after_render(button_id.clone());
        }
    };
    let remove = move |_| {
        state.edit_input(|input| *input = recording::forget(input, step));
        platform::focus_after_render(format!("record-{}-button", step.event_id()));
    };
    let verb = if recorded {
        "Change the actual date"
    } else {
        "Record the actual date"
    };
    let closed = {
        let (name, button_id) = (name.clone(), button_id.clone());
        move || {
            let name = name.clone();
            view! {
                <div class="govuk-button-group app-record__buttons">
                    <button type="button" class="govuk-button govuk-button--secondary app-record__button" id=button_id.clone() on:click=open_form.clone()>
                        {named(verb, &name)}
                    </button>
                    {recorded.then(|| view! {
                        <button type="button" class="govuk-button govuk-button--warning app-record__button" on:click=remove>
                            {named("Remove the recorded date", &name)}
                        </button>
                    })}
                </div>
            }
        }
    };
    let form = move || {
        let (id, name, cancel) = (id.clone(), name.clone(), cancel.clone());
        view! {
            <form novalidate class="app-record__form">
                <DateInput id=id label=step.question() hint="For example, 9 3 2027" parts=parts error=error />
                <div class="govuk-button-group">
                    <SubmitButton on_press=save>{named("Save", &format!("date of the {name}"))}</SubmitButton>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=cancel>
                        "Cancel"
                    </button>
                </div>
            </form>
        }
    };
    view! {
        <div class="app-record">
            {move || if open.get() { form().into_any() } else { closed().into_any() }}
        </div>
    }
}

/// A button's words, named for its step: "Record the actual date" on screen, "Record the actual
/// date: draft report" to a screen reader. The whole name is in the visually hidden text (and
/// the visible words hidden from the accessibility tree): Chromium puts a space before a
/// visually hidden span, which would read "date : draft report".
fn named(words: &'static str, step: &str) -> impl IntoView {
    view! {
        <span aria-hidden="true">{words}</span>
        <span class="govuk-visually-hidden">{format!("{words}: {step}")}</span>
    }
}
