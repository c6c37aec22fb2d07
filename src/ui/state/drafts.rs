//! Unsent form text kept for this tab (the browser's session storage), so a reload, or following
//! a link and coming back, loses nothing typed: a request being written, a response, a new plan
//! name. A draft belongs to the tab, not to the plan: it goes when the tab is closed, and is
//! cleared when the form is sent.

use leptos::prelude::*;

use crate::ui::platform;
use crate::ui::widgets::date_input::DateParts;

fn key(scope: &str, field: &str) -> String {
    format!("ilacs-planner/draft/{scope}/{field}")
}

/// A text signal that starts from the kept draft (or `initial`) and keeps every change.
pub fn kept_text(scope: &str, field: &str, initial: impl FnOnce() -> String) -> RwSignal<String> {
    let key = key(scope, field);
    let signal = RwSignal::new(platform::draft(&key).unwrap_or_else(initial));
    Effect::new(move |_| signal.with(|text| platform::keep_draft(&key, text)));
    signal
}

/// Which item a form is open for (a request being answered, a plan being renamed), kept likewise.
pub fn kept_choice(scope: &str, field: &str) -> RwSignal<Option<String>> {
    let key = key(scope, field);
    let signal = RwSignal::new(platform::draft(&key).filter(|v| !v.is_empty()));
    Effect::new(move |_| {
        signal.with(|value| platform::keep_draft(&key, value.as_deref().unwrap_or("")))
    });
    signal
}

/// The three boxes of a date input, kept likewise.
pub fn kept_date(scope: &str, field: &str) -> DateParts {
    DateParts {
        day: kept_text(scope, &format!("{field}-day"), String::new),
        month: kept_text(scope, &format!("{field}-month"), String::new),
        year: kept_text(scope, &format!("{field}-year"), String::new),
    }
}
