//! Every computed date is rendered through [`DateTime`], so each one is a
//! `<time datetime="YYYY-MM-DD">` that tests and users' scripts can read.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::engine::dates;
use crate::engine::event::Event;

/// A date as `<time datetime="2026-03-02">Monday 2 March 2026</time>`; `text` replaces the
/// visible words when a sentence reads better.
#[component]
pub fn DateTime(date: NaiveDate, #[prop(optional, into)] text: Option<String>) -> impl IntoView {
    let text = text.unwrap_or_else(|| dates::long_date(date));
    view! { <time datetime=dates::iso(date)>{text}</time> }
}

/// An event's date: its day, or for an estimate the week or month it stands for ("week
/// commencing Monday 22 February 2027 (estimate)"), so an estimate never looks like a fixed
/// day. The `<time>` still carries the event's own day for scripts.
pub fn event_date(event: &Event) -> AnyView {
    day_or_estimate(event.date, event.estimate_words())
}

/// A day, or an estimate's words in a `<time>` of its day.
pub fn day_or_estimate(date: NaiveDate, estimate_words: Option<String>) -> AnyView {
    match estimate_words {
        Some(words) => view! { <DateTime date=date text=words /> " (estimate)" }.into_any(),
        None => view! { <DateTime date=date /> }.into_any(),
    }
}
