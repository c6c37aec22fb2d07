//! In-browser component tests (wasm-bindgen-test in headless Chromium).
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::ui::sections::working_day_check::WorkingDayCheck;

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

/// The date the "What's due" box gives for `event` (it marks events with `data-due-event`, so
/// that `data-event` stays unique on the page).
fn due_datetime_of(container: &HtmlElement, event: &str) -> Option<String> {
    container
        .query_selector(&format!("[data-due-event=\"{event}\"] time"))
        .ok()
        .flatten()
        .and_then(|t| t.get_attribute("datetime"))
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

// ---- Month calendar ----

use chrono::NaiveDate;
use ilacs_planner::ui::widgets::month_calendar::{DayMarker, MonthCalendar};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// What a test can see and change of a mounted calendar.
struct CalendarHarness {
    container: HtmlElement,
    shown: RwSignal<(i32, u32)>,
    focused: RwSignal<NaiveDate>,
    chosen: RwSignal<Vec<NaiveDate>>,
}

fn mount_calendar(focus: NaiveDate, today: NaiveDate, markers: Vec<DayMarker>) -> CalendarHarness {
    use chrono::Datelike;
    let shown = RwSignal::new((focus.year(), focus.month()));
    let focused = RwSignal::new(focus);
    let chosen = RwSignal::new(Vec::<NaiveDate>::new());
    let selected = Signal::derive(move || chosen.with(|c| c.last().copied()));
    let calendar = Calendar::england_and_wales();
    let container = mount(move || {
        view! {
            <MonthCalendar
                shown=shown
                focused=focused
                today=today
                selected=selected
                calendar=Signal::stored(calendar)
                markers=Signal::stored(markers)
                on_select=Callback::new(move |d| chosen.update(|c| c.push(d)))
            />
        }
    });
    CalendarHarness {
        container,
        shown,
        focused,
        chosen,
    }
}

fn day_button(container: &HtmlElement, iso: &str) -> HtmlElement {
    container
        .query_selector(&format!("td[data-date=\"{iso}\"] button"))
        .expect("selector")
        .unwrap_or_else(|| panic!("a button for {iso}"))
        .unchecked_into()
}

fn text_of(container: &HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("{selector} exists"))
        .text_content()
        .unwrap_or_default()
}

/// The `data-date` of the cell holding keyboard focus.
fn focused_day() -> Option<String> {
    document()
        .active_element()
        .and_then(|e| e.closest("td").ok().flatten())
        .and_then(|td| td.get_attribute("data-date"))
}

/// Presses `key` on whatever has focus, as a keyboard would.
fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("keyboard event");
    document()
        .active_element()
        .expect("something has focus")
        .dispatch_event(&event)
        .expect("dispatch");
}

/// Lets Leptos update the DOM, then waits for the next paint, when the calendar moves focus.
async fn settle() {
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn calendar_for_march_2026_starts_on_monday_and_shows_markers() {
    let today = date(2026, 3, 2);
    let markers = vec![DayMarker {
        date: today,
        event_id: "notification-call".into(),
        label: "Notification call".into(),
        icon: "☎",
        kind_class: "app-calendar__marker--call",
        kind_label: "Call",
    }];
    let cal = mount_calendar(today, today, markers);
    let c = &cal.container;
    leptos::task::tick().await;

    assert_eq!(text_of(c, "caption"), "March 2026");
    let first_heading = c
        .query_selector("thead th abbr")
        .expect("selector")
        .expect("a column heading");
    assert_eq!(first_heading.text_content().as_deref(), Some("Mon"));
    assert_eq!(
        first_heading.get_attribute("title").as_deref(),
        Some("Monday")
    );
    assert_eq!(
        c.query_selector("thead th:last-child abbr")
            .expect("selector")
            .and_then(|a| a.get_attribute("title"))
            .as_deref(),
        Some("Sunday")
    );

    let cells = c.query_selector_all("td[data-date]").expect("cells");
    assert_eq!(cells.length(), 42, "six weeks");
    let date_of = |i: u32| {
        cells
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-date"))
    };
    assert_eq!(date_of(0).as_deref(), Some("2026-02-23"));
    assert_eq!(date_of(6).as_deref(), Some("2026-03-01"));
    assert_eq!(date_of(41).as_deref(), Some("2026-04-05"));

    let monday = day_button(c, "2026-03-02");
    assert_eq!(
        monday.get_attribute("aria-label").as_deref(),
        Some("Monday 2 March 2026, today, Notification call")
    );
    assert_eq!(
        monday.get_attribute("aria-current").as_deref(),
        Some("date")
    );
    assert_eq!(monday.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        c.query_selector_all("td button[tabindex=\"0\"]")
            .expect("selector")
            .length(),
        1,
        "one tab stop"
    );
    let marker = text_of(
        c,
        "td[data-date=\"2026-03-02\"] [data-marker=\"notification-call\"]",
    );
    assert!(
        marker.contains('☎') && marker.contains("Notification call"),
        "{marker}"
    );
    assert!(
        c.query_selector("[data-event]")
            .expect("selector")
            .is_none(),
        "the agenda owns data-event"
    );
    assert_eq!(
        day_button(c, "2026-03-07")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Saturday 7 March 2026, weekend")
    );
    let key = text_of(c, ".app-calendar__legend");
    for words in ["Today", "weekend", "bank holiday", "Call"] {
        assert!(key.contains(words), "key lacks {words:?}: {key}");
    }
}

// GOV.UK bank holidays, England and Wales: Good Friday 3 April 2026.
#[wasm_bindgen_test]
async fn calendar_names_bank_holidays_in_the_day() {
    let cal = mount_calendar(date(2026, 4, 1), date(2026, 1, 5), Vec::new());
    leptos::task::tick().await;
    let c = &cal.container;
    assert!(text_of(c, "td[data-date=\"2026-04-03\"]").contains("Good Friday"));
    assert_eq!(
        day_button(c, "2026-04-03")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Friday 3 April 2026, bank holiday: Good Friday")
    );
    assert!(text_of(c, "td[data-date=\"2026-04-06\"]").contains("Easter Monday"));
}

#[wasm_bindgen_test]
async fn calendar_arrow_keys_cross_into_the_next_month_and_announce_it() {
    let cal = mount_calendar(date(2026, 3, 31), date(2026, 3, 2), Vec::new());
    leptos::task::tick().await;
    let c = &cal.container;
    day_button(c, "2026-03-31").focus().expect("focus");
    assert_eq!(focused_day().as_deref(), Some("2026-03-31"));

    press("ArrowRight");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-04-01"));
    assert_eq!(cal.shown.get_untracked(), (2026, 4));
    assert_eq!(text_of(c, "caption"), "April 2026");
    assert_eq!(text_of(c, "[aria-live=\"polite\"]"), "April 2026");
    assert_eq!(
        day_button(c, "2026-04-01")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );

    press("ArrowLeft");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-03-31"));
    assert_eq!(text_of(c, "caption"), "March 2026");

    press("ArrowUp");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-03-24"));
    press("ArrowDown");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-03-31"));
    assert_eq!(cal.focused.get_untracked(), date(2026, 3, 31));
}

#[wasm_bindgen_test]
async fn calendar_page_keys_keep_the_day_within_the_month() {
    let cal = mount_calendar(date(2026, 1, 31), date(2026, 3, 2), Vec::new());
    leptos::task::tick().await;
    let c = &cal.container;
    day_button(c, "2026-01-31").focus().expect("focus");

    press("PageDown");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-02-28"));
    assert_eq!(text_of(c, "caption"), "February 2026");

    press("PageUp");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-01-28"));
    assert_eq!(text_of(c, "caption"), "January 2026");
}

#[wasm_bindgen_test]
async fn calendar_home_and_end_go_to_monday_and_sunday() {
    // Wednesday 4 March 2026.
    let cal = mount_calendar(date(2026, 3, 4), date(2026, 3, 2), Vec::new());
    leptos::task::tick().await;
    day_button(&cal.container, "2026-03-04")
        .focus()
        .expect("focus");
    press("Home");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-03-02"));
    press("End");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-03-08"));
    // The week of 1 March runs back into February.
    press("ArrowUp");
    settle().await;
    press("Home");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-02-23"));
    assert_eq!(text_of(&cal.container, "caption"), "February 2026");
}

#[wasm_bindgen_test]
async fn calendar_enter_and_click_choose_the_day() {
    let cal = mount_calendar(date(2026, 3, 10), date(2026, 3, 2), Vec::new());
    leptos::task::tick().await;
    let c = &cal.container;
    day_button(c, "2026-03-10").focus().expect("focus");
    press("ArrowRight");
    settle().await;
    press("Enter");
    settle().await;
    assert_eq!(cal.chosen.get_untracked(), vec![date(2026, 3, 11)]);
    assert_eq!(
        day_button(c, "2026-03-11")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        day_button(c, "2026-03-10")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    press(" ");
    settle().await;
    assert_eq!(cal.chosen.get_untracked().len(), 2);

    day_button(c, "2026-03-20").click();
    settle().await;
    assert_eq!(cal.chosen.get_untracked().last(), Some(&date(2026, 3, 20)));
    assert_eq!(cal.focused.get_untracked(), date(2026, 3, 20));
}

#[wasm_bindgen_test]
async fn calendar_month_buttons_change_month_and_move_the_tab_stop() {
    let cal = mount_calendar(date(2026, 3, 31), date(2026, 3, 2), Vec::new());
    leptos::task::tick().await;
    let c = &cal.container;
    let next: HtmlElement = c
        .query_selector(".app-calendar__nav-button:last-child")
        .expect("selector")
        .expect("next month button")
        .unchecked_into();
    assert!(next
        .text_content()
        .unwrap_or_default()
        .contains("Next month"));
    next.click();
    settle().await;
    assert_eq!(text_of(c, "caption"), "April 2026");
    assert_eq!(text_of(c, "[aria-live=\"polite\"]"), "April 2026");
    // 31 March has no 31 April: the tab stop goes to the month's last day.
    assert_eq!(
        day_button(c, "2026-04-30")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
    let previous: HtmlElement = c
        .query_selector(".app-calendar__nav-button:first-child")
        .expect("selector")
        .expect("previous month button")
        .unchecked_into();
    assert!(previous
        .text_content()
        .unwrap_or_default()
        .contains("Previous month"));
    previous.click();
    previous.click();
    settle().await;
    assert_eq!(text_of(c, "caption"), "February 2026");
    assert_eq!(cal.focused.get_untracked(), date(2026, 2, 28));
}

#[wasm_bindgen_test]
async fn calendar_counts_every_key_of_a_quick_run_within_the_month() {
    let cal = mount_calendar(date(2026, 3, 10), date(2026, 3, 2), Vec::new());
    leptos::task::tick().await;
    day_button(&cal.container, "2026-03-10")
        .focus()
        .expect("focus");
    // No waiting between presses, as when a key is held down.
    for _ in 0..3 {
        press("ArrowRight");
    }
    press("ArrowDown");
    settle().await;
    assert_eq!(focused_day().as_deref(), Some("2026-03-20"));
    assert_eq!(cal.focused.get_untracked(), date(2026, 3, 20));
}

// ---- Presenter mode (training scenarios) and what's due ----

use ilacs_planner::app::link::TrainingPosition;
use ilacs_planner::engine::calendar::dates::iso;
use ilacs_planner::engine::training::{steps, ScenarioId};
use ilacs_planner::ui::pages::training::{TrainingView, STEP_HEADING_ID};
use ilacs_planner::ui::sections::whats_due::WhatsDue;

/// Mounts a component with the app state in context.
fn mount_with_state<F, N>(state: AppState, f: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    mount(move || {
        provide_context(state);
        f()
    })
}

/// Presses `key` on whatever has focus, with Ctrl held.
fn press_with_ctrl(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(true);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("keyboard event");
    document()
        .active_element()
        .expect("something has focus")
        .dispatch_event(&event)
        .expect("dispatch");
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

// The standard inspection scenario from Monday 30 November 2026 (F§52–53 table): every step's
// heading, "Step N of M" and date follow the keys, and focus lands on the step heading.
#[wasm_bindgen_test]
async fn presenter_keys_move_between_steps_and_focus_the_heading() {
    let today = date(2026, 11, 25);
    let start = date(2026, 11, 30);
    let rules = ilacs_planner::engine::rules::by_id("current-practice").expect("rules");
    let expected = steps(
        ScenarioId::StandardOrdinaryWeek,
        rules,
        &Calendar::england_and_wales(),
        start,
        today,
    )
    .expect("scenario");
    let count = expected.len();
    assert!(count > 10);
    let state = AppState::new(today, PlanInput::default(), Page::Training, false);
    state.training.set(Some(TrainingPosition::new(
        ScenarioId::StandardOrdinaryWeek,
        start,
    )));
    let c = mount_with_state(state, || view! { <TrainingView /> });
    settle().await;

    let heading = |c: &HtmlElement| text_of(c, &format!("#{STEP_HEADING_ID}"));
    let shown_date = |c: &HtmlElement| {
        c.query_selector(".app-presenter__step [data-event] time")
            .ok()
            .flatten()
            .and_then(|t| t.get_attribute("datetime"))
    };
    let check = |c: &HtmlElement, n: usize| {
        let step = &expected[n - 1];
        let text = heading(c);
        assert!(text.contains(&format!("Step {n} of {count}")), "{text}");
        assert!(text.contains(&step.title), "{text} / {}", step.title);
        assert_eq!(shown_date(c), Some(iso(step.date)), "step {n}");
        assert_eq!(
            state.training.get_untracked().map(|t| usize::from(t.step)),
            Some(n)
        );
    };
    check(&c, 1);
    // Focus starts on the heading as it would after "Start presenting".
    ilacs_planner::ui::platform::focus_element(STEP_HEADING_ID);

    for n in 2..=count {
        press("ArrowRight");
        settle().await;
        check(&c, n);
        assert_eq!(
            active_id(),
            STEP_HEADING_ID,
            "focus on the heading at step {n}"
        );
    }
    // Not past the end.
    press("ArrowRight");
    settle().await;
    check(&c, count);
    press("PageUp");
    settle().await;
    check(&c, count - 1);
    press("ArrowLeft");
    settle().await;
    check(&c, count - 2);
    press("PageDown");
    settle().await;
    check(&c, count - 1);
    press("Home");
    settle().await;
    check(&c, 1);
    press("ArrowLeft");
    settle().await;
    check(&c, 1);
    press("End");
    settle().await;
    check(&c, count);
    assert!(text_of(&c, ".app-presenter__step").contains("End of the scenario"));

    // Browser shortcuts (a modifier held) are left alone.
    press_with_ctrl("Home");
    settle().await;
    check(&c, count);

    // Keys typed in a form field are not taken.
    let input: HtmlInputElement = document()
        .create_element("input")
        .expect("input")
        .unchecked_into();
    c.append_child(&input).expect("append");
    input.focus().expect("focus");
    press("Home");
    settle().await;
    check(&c, count);
    input.remove();

    // The on-screen buttons do the same.
    let button = |label: &str| -> HtmlElement {
        let buttons = c
            .query_selector_all(".app-presenter__nav button")
            .expect("buttons");
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .map(|b| b.unchecked_into::<HtmlElement>())
            .find(|b| {
                b.text_content()
                    .unwrap_or_default()
                    .trim()
                    .starts_with(label)
            })
            .unwrap_or_else(|| panic!("{label} button in {:?}", text_of(&c, ".app-presenter__nav")))
    };
    assert!(button("Next").has_attribute("disabled"));
    button("Previous").click();
    settle().await;
    check(&c, count - 1);
    assert_eq!(active_id(), STEP_HEADING_ID);

    // Escape leaves presenter mode (and its key listener) for the chooser.
    press("Escape");
    settle().await;
    assert_eq!(state.training.get_untracked(), None);
    assert_eq!(text_of(&c, "h1"), "Training scenarios");
    assert_eq!(active_id(), "page-heading");
    assert!(c
        .query_selector(".app-presenter")
        .expect("selector")
        .is_none());
    c.remove();
}

// A link whose start date is not a working day (Christmas Day 2026) opens the chooser with the
// engine's own message, not a broken presenter.
#[wasm_bindgen_test]
async fn presenter_refuses_a_start_that_is_not_a_working_day() {
    let state = AppState::new(
        date(2026, 11, 25),
        PlanInput::default(),
        Page::Training,
        false,
    );
    state.training.set(Some(TrainingPosition::new(
        ScenarioId::Monitoring,
        date(2026, 12, 25),
    )));
    let c = mount_with_state(state, || view! { <TrainingView /> });
    settle().await;
    settle().await;
    assert_eq!(state.training.get_untracked(), None);
    assert_eq!(text_of(&c, "h1"), "Training scenarios");
    let summary = text_of(&c, ".govuk-error-summary");
    assert!(summary.contains("Christmas Day"), "{summary}");
    let day: HtmlInputElement = c
        .query_selector("#scenario-start-day")
        .expect("selector")
        .expect("day box")
        .unchecked_into();
    assert_eq!(day.value(), "25", "what the link gave is kept");
    c.remove();
}

// What's due on Monday 2 March 2026 for a standard inspection notified that day (F§52–53 table,
// Annex A): today's call, then the lists on Tuesday and management information on Wednesday.
#[wasm_bindgen_test]
async fn whats_due_shows_the_next_three_working_days() {
    let input = PlanInput {
        visit: Some(
            ilacs_planner::engine::plan::visit_schedule::VisitInput::new(
                ilacs_planner::engine::rules::VisitKind::Standard,
                ilacs_planner::engine::plan::visit_schedule::Anchor::Notification(date(2026, 3, 2)),
            ),
        ),
        ..PlanInput::default()
    };
    let state = AppState::new(date(2026, 3, 2), input, Page::Visit, false);
    let c = mount_with_state(state, || view! { <WhatsDue /> });
    settle().await;
    assert!(
        c.query_selector("[data-event]")
            .expect("selector")
            .is_none(),
        "data-event belongs to the page's agenda"
    );
    assert_eq!(
        due_datetime_of(&c, "notification").as_deref(),
        Some("2026-03-02")
    );
    assert_eq!(
        due_datetime_of(&c, "child-level-data-due").as_deref(),
        Some("2026-03-03")
    );
    assert_eq!(
        due_datetime_of(&c, "management-information-due").as_deref(),
        Some("2026-03-04")
    );
    let text = c.text_content().unwrap_or_default();
    assert!(text.contains("Today, Monday"), "{text}");
    assert!(
        text.contains(
            "Notice period of your standard inspection: inspectors arrive on Monday 9 March 2026."
        ),
        "{text}"
    );
    // No plan, no strip.
    state.edit_input(|i| *i = PlanInput::default());
    settle().await;
    assert!(c.query_selector("#whats-due").expect("selector").is_none());
    c.remove();
}

// ---- Print the plan ----

use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::PlanInput;
use ilacs_planner::engine::rules::VisitKind;
use ilacs_planner::ui::pages::print::PrintView;
use ilacs_planner::ui::state::app_state::{AppState, Page};

fn standard_visit(notification: NaiveDate) -> PlanInput {
    PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Standard,
            Anchor::Notification(notification),
        )),
        ..PlanInput::default()
    }
}

fn all_text(container: &HtmlElement, selector: &str) -> Vec<String> {
    let list = container.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

// F§52–53, F§216, F§219: a standard inspection notified on Monday 2 March 2026 has dates in
// March, April and July 2026; moved to Monday 1 June 2026, in June, July and October.
#[wasm_bindgen_test]
async fn print_view_lists_the_inputs_and_one_section_per_month_and_follows_the_plan() {
    let today = date(2026, 2, 16);
    let state = AppState::new(today, standard_visit(date(2026, 3, 2)), Page::Print, false);
    let container = mount(move || {
        provide_context(state);
        view! { <PrintView /> }
    });
    leptos::task::tick().await;

    assert_eq!(
        text_of(&container, "#printed-on"),
        "Printed on Monday 16 February 2026"
    );
    let keys = all_text(&container, ".govuk-summary-list__key");
    let values = all_text(&container, ".govuk-summary-list__value");
    let visit = keys
        .iter()
        .position(|k| k == "Visit")
        .map(|i| values[i].clone());
    assert_eq!(visit.as_deref(), Some("Standard inspection"));
    assert_eq!(
        all_text(&container, ".app-print-month h2"),
        // May: the observed "three in four published by" day (issue 14).
        ["March 2026", "April 2026", "May 2026", "July 2026"]
    );
    assert_eq!(
        datetime_of(&container, "feedback").as_deref(),
        Some("2026-03-20")
    );
    // The calendar marks the day with words; the table row owns the event id.
    assert!(text_of(&container, "[data-marker=\"notification\"]").contains("Notification call"));

    state.edit_input(|i| *i = standard_visit(date(2026, 6, 1)));
    leptos::task::tick().await;
    assert_eq!(
        all_text(&container, ".app-print-month h2"),
        ["June 2026", "July 2026", "August 2026", "October 2026"]
    );
    let date_given = keys.iter().position(|k| k == "Date given").and_then(|i| {
        all_text(&container, ".govuk-summary-list__value")
            .get(i)
            .cloned()
    });
    assert_eq!(
        date_given.as_deref(),
        Some("Notification day, Monday 1 June 2026")
    );
    container.remove();
}

// ---- Annex A checklist and further-information requests (issue 7) ----

use ilacs_planner::engine::records::further_info::RequestType;
use ilacs_planner::ui::pages::checklist::ChecklistView;
use ilacs_planner::ui::pages::requests::RequestsView;

/// The app's state for a plan with one visit, on a fixed "today".
fn state_with_visit(kind: VisitKind, notification: NaiveDate, today: NaiveDate) -> AppState {
    let input = PlanInput {
        visit: Some(VisitInput::new(kind, Anchor::Notification(notification))),
        ..PlanInput::default()
    };
    AppState::new(today, input, Page::Checklist, false)
}

fn element(container: &HtmlElement, selector: &str) -> HtmlElement {
    container
        .query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("{selector} exists"))
        .unchecked_into()
}

/// Sets the value of an input or a textarea and fires `input`, as typing would.
fn type_into(container: &HtmlElement, id: &str, value: &str) {
    let field = element(container, &format!("#{id}"));
    js_sys::Reflect::set(&field, &"value".into(), &value.into()).expect("value");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).expect("event"))
        .expect("dispatch");
}

// Annex A table (F§242): standard inspection notified Monday 2 March 2026, seen on Wednesday 4
// March: lists and audit list overdue, documents due today, case papers due the next working day.
#[wasm_bindgen_test]
async fn checklist_ticks_update_the_status_and_the_count() {
    let state = state_with_visit(VisitKind::Standard, date(2026, 3, 2), date(2026, 3, 4));
    let c = mount(move || {
        provide_context(state);
        view! { <ChecklistView /> }
    });
    leptos::task::tick().await;
    assert_eq!(
        text_of(&c, "#checklist-summary"),
        "0 of 43 done, 12 overdue, 31 due today or next working day"
    );
    assert_eq!(text_of(&c, "#status-list-2"), "Overdue");
    assert!(element(&c, "#status-list-2")
        .class_name()
        .contains("app-tag--urgent"));
    assert_eq!(text_of(&c, "#status-doc-1-01"), "Due today");
    assert_eq!(text_of(&c, "#status-case-files"), "Due next working day");
    assert_eq!(
        datetime_of(&c, "child-level-data-due").as_deref(),
        Some("2026-03-03")
    );

    element(&c, "#done-list-1").click();
    type_into(&c, "owner-list-1", "Data team");
    type_into(&c, "note-list-1", "Sent at 3pm");
    leptos::task::tick().await;
    assert_eq!(text_of(&c, "#status-list-1"), "Done");
    assert!(element(&c, "#status-list-1")
        .class_name()
        .contains("app-tag--done"));
    assert_eq!(
        text_of(&c, "#checklist-summary"),
        "1 of 43 done, 11 overdue, 31 due today or next working day"
    );
    let saved = state.checklist.get_untracked().get("list-1");
    assert!(saved.ticked);
    assert_eq!(saved.owner, "Data team");
    assert_eq!(saved.note, "Sent at 3pm");
    // Typing did not rebuild the field (focus and caret stay where they are).
    let owner: HtmlInputElement = element(&c, "#owner-list-1").unchecked_into();
    assert_eq!(owner.value(), "Data team");
}

// F§242 table header: a focused visit asks only for what is relevant; nothing is ticked off until
// it is marked as asked for. Focused visit notified Tuesday 3 March 2026: lists due midday
// Wednesday.
#[wasm_bindgen_test]
async fn checklist_for_a_focused_visit_offers_the_choice() {
    let state = state_with_visit(VisitKind::Focused, date(2026, 3, 3), date(2026, 3, 3));
    let c = mount(move || {
        provide_context(state);
        view! { <ChecklistView /> }
    });
    leptos::task::tick().await;
    assert_eq!(
        text_of(&c, "#checklist-summary"),
        "No items are marked as asked for yet."
    );
    assert!(c
        .query_selector("#done-list-8")
        .expect("selector")
        .is_none());
    assert_eq!(text_of(&c, "#status-list-8"), "Not asked for");
    element(&c, "#asked-list-8").click();
    leptos::task::tick().await;
    assert!(c
        .query_selector("#done-list-8")
        .expect("selector")
        .is_some());
    assert_eq!(text_of(&c, "#status-list-8"), "Due next working day");
    let row = text_of(&c, "[data-item=\"list-8\"]");
    assert!(row.contains("by midday"), "{row}");
    assert_eq!(
        state.checklist.get_untracked().get("list-8").selected,
        Some(true)
    );
}

// Annex B: the form checks with the engine and lists every problem; a valid request is added
// with the first id and its countdown (Monday 9 March 2026, due Wednesday 11 March).
#[wasm_bindgen_test]
async fn requests_form_lists_problems_then_adds_the_request() {
    let state = state_with_visit(VisitKind::Standard, date(2026, 3, 2), date(2026, 3, 9));
    let c = mount(move || {
        provide_context(state);
        view! { <RequestsView /> }
    });
    leptos::task::tick().await;
    submit(&c);
    leptos::task::tick().await;
    let links: Vec<String> = {
        let list = c
            .query_selector_all(".govuk-error-summary__list a")
            .expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(
        links,
        vec![
            "Enter who asked for the information.",
            "Enter the date the response is required by.",
            "Select the type of request.",
            "Enter the reason for the request.",
        ]
    );
    assert!(state.requests.get_untracked().is_empty());
    // Issue 13 item 7: no type is chosen for the officer; choosing one is a click on its radio.
    element(&c, "#request-kind-2").click();

    type_into(&c, "request-by", "Lead inspector");
    type_into(&c, "request-due-day", "11");
    type_into(&c, "request-due-month", "3");
    type_into(&c, "request-due-year", "2026");
    type_into(&c, "request-reason", "Latest chronology");
    submit(&c);
    leptos::task::tick().await;
    let saved = state.requests.get_untracked();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].id, "R1");
    assert_eq!(saved[0].date_requested, Some(date(2026, 3, 9)));
    assert_eq!(saved[0].kind, RequestType::Information);
    assert_eq!(
        text_of(&c, "[data-request=\"R1\"] .app-tag"),
        "2 working days left"
    );
    assert!(c
        .query_selector(".govuk-error-summary")
        .expect("selector")
        .is_none());
}

/// Issue 23 item 4: a window listener lives as long as the reactive owner it was added under
/// (gloo's `EventListener`, dropped with the owner, removes itself), not for ever.
#[wasm_bindgen_test]
fn window_listeners_are_removed_when_their_owner_is_disposed() {
    use std::cell::Cell;
    use std::rc::Rc;
    let heard = Rc::new(Cell::new(0));
    let owner = Owner::new();
    owner.with(|| {
        let heard = heard.clone();
        ilacs_planner::ui::platform::on_history_change(move |_| heard.set(heard.get() + 1));
    });
    let window = web_sys::window().expect("a window");
    let popstate = || {
        let event = web_sys::Event::new("popstate").expect("an event");
        window.dispatch_event(&event).expect("dispatched");
    };
    popstate();
    assert_eq!(
        heard.get(),
        1,
        "the listener hears the event while its owner lives"
    );
    owner.cleanup();
    drop(owner);
    popstate();
    assert_eq!(
        heard.get(),
        1,
        "the listener is gone once its owner is disposed"
    );
}
