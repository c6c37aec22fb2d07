//! Every computed date is rendered through [`DateTime`], so each one is a
//! `<time datetime="YYYY-MM-DD">` that tests and users' scripts can read.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::engine::dates;

/// A date as `<time datetime="2026-03-02">Monday 2 March 2026</time>`; `text` replaces the
/// visible words when a sentence reads better.
#[component]
pub fn DateTime(date: NaiveDate, #[prop(optional, into)] text: Option<String>) -> impl IntoView {
    let text = text.unwrap_or_else(|| dates::long_date(date));
    view! { <time datetime=dates::iso(date)>{text}</time> }
}
