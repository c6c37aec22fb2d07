//! Every computed date is rendered through [`DateTime`], so each one is a
//! `<time datetime="YYYY-MM-DD">` that tests and users' scripts can read.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::engine::calendar::dates;
use crate::engine::event::Event;

/// A date as `<time datetime="2026-03-02">Monday 2 March 2026</time>`; `text` replaces the
/// visible words when a sentence reads better.
#[component]
pub fn DateTime(date: NaiveDate, #[prop(optional, into)] text: Option<String>) -> impl IntoView {
    let text = text.unwrap_or_else(|| dates::long_date(date));
    view! { <time datetime=dates::iso(date)>{text}</time> }
}

/// When an event is: its day, the period the framework places it in ("Monday 9 March 2026 to
/// Friday 20 March 2026"), or for an estimate the week or month it stands for ("week commencing
/// Monday 22 February 2027 (estimate)"), so an estimate never looks like a fixed day. The first
/// `<time>` always carries the event's own day, for scripts.
pub fn event_when(event: &Event) -> AnyView {
    let until = event
        .undated
        .as_ref()
        .and_then(|u| u.until)
        .filter(|until| *until > event.date);
    when(event.date, until, event.estimate_words())
}

/// A day, or a period's two ends, or an estimate's words in a `<time>` of its day; "(estimate)"
/// after an estimate.
pub fn when(date: NaiveDate, until: Option<NaiveDate>, estimate_words: Option<String>) -> AnyView {
    let estimate = estimate_words.is_some().then_some(" (estimate)");
    match (until, estimate_words) {
        (Some(until), _) => {
            view! { <DateTime date=date /> " to " <DateTime date=until /> {estimate} }.into_any()
        }
        (None, Some(words)) => view! { <DateTime date=date text=words /> {estimate} }.into_any(),
        (None, None) => view! { <DateTime date=date /> }.into_any(),
    }
}
