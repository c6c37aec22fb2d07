//! The GOV.UK date input: day, month and year boxes in a fieldset with a hint. Pasting a whole
//! date ("2/3/2026" or "2026-03-02") into any box fills all three.

use leptos::ev;
use leptos::prelude::*;

use crate::engine::calendar::dates::{self, DateInputError};
use crate::ui::widgets::form::{described_by, error_message, group_class};

/// What the person has typed in the three boxes. Kept as text so nothing typed is ever lost.
#[derive(Clone, Copy)]
pub struct DateParts {
    pub day: RwSignal<String>,
    pub month: RwSignal<String>,
    pub year: RwSignal<String>,
}

impl DateParts {
    pub fn new() -> Self {
        Self {
            day: RwSignal::new(String::new()),
            month: RwSignal::new(String::new()),
            year: RwSignal::new(String::new()),
        }
    }

    /// The typed date, checked by the engine's parser.
    pub fn parse(&self) -> Result<chrono::NaiveDate, DateInputError> {
        dates::from_parts(&self.day.get(), &self.month.get(), &self.year.get())
    }

    /// The typed date, read without tracking (for event handlers).
    pub fn parse_untracked(&self) -> Result<chrono::NaiveDate, DateInputError> {
        dates::from_parts(
            &self.day.get_untracked(),
            &self.month.get_untracked(),
            &self.year.get_untracked(),
        )
    }

    /// Fills the boxes from a date (used when a day is picked elsewhere).
    pub fn set(&self, date: chrono::NaiveDate) {
        use chrono::Datelike;
        self.day.set(date.day().to_string());
        self.month.set(date.month().to_string());
        self.year.set(date.year().to_string());
    }
}

impl Default for DateParts {
    fn default() -> Self {
        Self::new()
    }
}

/// The id of the first box, which an error summary links to.
pub fn first_box_id(id: &str) -> String {
    format!("{id}-day")
}

#[component]
pub fn DateInput(
    /// Prefix for the ids of the boxes (`{id}-day`, `{id}-month`, `{id}-year`).
    #[prop(into)]
    id: String,
    /// The question, shown as the fieldset legend.
    #[prop(into)]
    label: String,
    /// Shown under the question; a sentence from rule data can be part of it, so not only static.
    #[prop(into)]
    hint: String,
    parts: DateParts,
    /// The error message to show, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let on_paste = move |event: ev::ClipboardEvent| {
        let text = event
            .clipboard_data()
            .and_then(|data| data.get_data("text").ok())
            .unwrap_or_default();
        if let Some((day, month, year)) = dates::parse_pasted(&text) {
            event.prevent_default();
            parts.day.set(day);
            parts.month.set(month);
            parts.year.set(year);
        }
    };
    let box_prefix = id.clone();
    let date_box = move |name: &'static str,
                         label: &'static str,
                         value: RwSignal<String>,
                         width: &'static str| {
        let box_id = format!("{box_prefix}-{name}");
        view! {
            <div class="govuk-date-input__item">
                <label class="govuk-label govuk-date-input__label" for=box_id.clone()>{label}</label>
                <input
                    class=move || {
                        let mut class = format!("govuk-input govuk-date-input__input {width}");
                        if error.get().is_some() {
                            class.push_str(" govuk-input--error");
                        }
                        class
                    }
                    id=box_id.clone()
                    name=box_id
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    prop:value=value
                    on:input=move |event| value.set(event_target_value(&event))
                    on:paste=on_paste
                />
            </div>
        }
    };
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=described_by(&id, error)>
                <legend class="govuk-fieldset__legend">{label}</legend>
                <div id=hint_id class="govuk-hint">{hint}</div>
                {error_message(error_id, error)}
                <div class="govuk-date-input" id=id.clone()>
                    {date_box("day", "Day", parts.day, "govuk-input--width-2")}
                    {date_box("month", "Month", parts.month, "govuk-input--width-2")}
                    {date_box("year", "Year", parts.year, "govuk-input--width-4")}
                </div>
            </fieldset>
        </div>
    }
}
