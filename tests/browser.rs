//! In-browser component tests (wasm-bindgen-test in headless Chromium).
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::ui::working_day_check::WorkingDayCheck;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts `f` into a fresh container and returns the container.
fn mount<F, N>(f: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let container: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone(), f);
    handle.forget();
    container
}

fn set_input(container: &HtmlElement, id: &str, value: &str) {
    let input: HtmlInputElement = container
        .query_selector(&format!("#{id}"))
        .expect("selector")
        .expect("input exists")
        .unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .expect("event"),
        )
        .expect("dispatch");
}

fn submit(container: &HtmlElement) {
    let button: HtmlElement = container
        .query_selector("button[type=submit]")
        .expect("selector")
        .expect("button")
        .unchecked_into();
    button.click();
}

fn datetime_of(container: &HtmlElement, event: &str) -> Option<String> {
    container
        .query_selector(&format!("[data-event=\"{event}\"] time"))
        .ok()
        .flatten()
        .and_then(|t| t.get_attribute("datetime"))
}

// GOV.UK bank holidays, England and Wales: Good Friday 3 April 2026, Easter Monday 6 April 2026.
#[wasm_bindgen_test]
async fn working_day_check_names_the_holiday_and_skips_easter() {
    let calendar = Calendar::england_and_wales();
    let container = mount(move || view! { <WorkingDayCheck calendar=Signal::stored(calendar) /> });
    set_input(&container, "check-date-day", "3");
    set_input(&container, "check-date-month", "4");
    set_input(&container, "check-date-year", "2026");
    submit(&container);
    leptos::task::tick().await;

    let text = container.text_content().unwrap_or_default();
    assert!(
        text.contains("Friday 3 April 2026 is not a working day: it is Good Friday"),
        "{text}"
    );
    assert_eq!(
        datetime_of(&container, "next-working-day").as_deref(),
        Some("2026-04-07")
    );
    assert_eq!(
        datetime_of(&container, "previous-working-day").as_deref(),
        Some("2026-04-02")
    );
}

#[wasm_bindgen_test]
async fn working_day_check_shows_gov_uk_error_messages() {
    let calendar = Calendar::england_and_wales();
    let container = mount(move || view! { <WorkingDayCheck calendar=Signal::stored(calendar) /> });
    for (day, month, year, message) in [
        ("31", "2", "2026", "Date to check must be a real date"),
        ("", "", "", "Enter the date to check"),
        ("2", "", "", "Date to check must include a month and a year"),
        (
            "2",
            "3",
            "26",
            "Date to check: the year must have 4 numbers",
        ),
        ("2", "3", "2101", "outside that range"),
    ] {
        set_input(&container, "check-date-day", day);
        set_input(&container, "check-date-month", month);
        set_input(&container, "check-date-year", year);
        submit(&container);
        leptos::task::tick().await;
        let summary = container
            .query_selector(".govuk-error-summary")
            .expect("selector")
            .expect("error summary shown");
        let text = summary.text_content().unwrap_or_default();
        assert!(text.contains("There is a problem"), "{text}");
        assert!(text.contains(message), "expected {message:?} in {text:?}");
        assert_eq!(
            datetime_of(&container, "next-working-day"),
            None,
            "no stale answer"
        );
    }
}
