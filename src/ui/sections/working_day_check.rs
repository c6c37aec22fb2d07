//! "Is it a working day?": the quick check on the front page. Every date shown comes from the
//! engine's `day_check`.

use leptos::prelude::*;

use crate::engine::calendar::day_check::{self, DayCheck};
use crate::engine::calendar::Calendar;
use crate::ui::widgets::date_input::{first_box_id, DateInput, DateParts};
use crate::ui::widgets::error_summary::{ErrorSummary, FieldError};
use crate::ui::widgets::form::SubmitButton;
use crate::ui::widgets::time::DateTime;

const FIELD_ID: &str = "check-date";
const FIELD_LABEL: &str = "Date to check";

#[component]
pub fn WorkingDayCheck(#[prop(into)] calendar: Signal<Calendar>) -> impl IntoView {
    let parts = DateParts::new();
    let error = RwSignal::new(None::<String>);
    let result = RwSignal::new(None::<DayCheck>);

    let on_check = move |()| {
        let checked = parts
            .parse()
            .map_err(|e| e.message(FIELD_LABEL))
            .and_then(|date| {
                calendar
                    .with(|calendar| day_check::check(calendar, date).map_err(|e| e.to_string()))
            });
        match checked {
            Ok(check) => {
                error.set(None);
                result.set(Some(check));
            }
            Err(message) => {
                // Keep the last good answer off screen: it no longer matches what was typed.
                result.set(None);
                error.set(Some(message));
            }
        }
    };
    let errors = Signal::derive(move || {
        error
            .get()
            .map(|message| {
                vec![FieldError {
                    field_id: first_box_id(FIELD_ID),
                    message,
                }]
            })
            .unwrap_or_default()
    });

    view! {
        <section class="app-section" aria-labelledby="check-heading">
            <h2 id="check-heading" class="govuk-heading-m">"Is it a working day?"</h2>
            <p class="govuk-body">
                "ILACS deadlines are counted in working days: Monday to Friday, except bank holidays in England and Wales "
                <span class="app-citation">"(SI 2007/462)"</span>"."
            </p>
            <ErrorSummary errors=errors />
            <form novalidate>
                <DateInput
                    id=FIELD_ID
                    label=FIELD_LABEL
                    hint="For example, 25 12 2026. You can paste a date like 25/12/2026."
                    parts=parts
                    error=error
                />
                <SubmitButton on_press=Callback::new(on_check)>"Check date"</SubmitButton>
            </form>
            <div aria-live="polite" class="app-result">
                {move || result.get().map(|check| view! { <CheckResult check=check /> })}
            </div>
        </section>
    }
}

#[component]
fn CheckResult(check: DayCheck) -> impl IntoView {
    view! {
        <div class="govuk-inset-text">
            <p class="govuk-body" data-event="checked-day">
                <DateTime date=check.date text=check.summary() />
            </p>
            <p class="govuk-body" data-event="next-working-day">
                "Next working day: "
                <DateTime date=check.next_working_day />
            </p>
            <p class="govuk-body" data-event="previous-working-day">
                "Previous working day: "
                <DateTime date=check.previous_working_day />
            </p>
        </div>
    }
}
