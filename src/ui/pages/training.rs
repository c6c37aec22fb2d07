//! "Training scenarios": choose a built-in scenario and a start date, then present it one step
//! per screen in large type, from the notification to publication (and, for an inadequate
//! authority, the first year). Every date comes from `engine::training`, worked out live from the
//! chosen date; nothing here computes a date.
//!
//! Presenter mode fills the window (the page drops its header, navigation and footer) and asks
//! for the whole screen where the browser allows it. The keys: Right arrow or Page Down for the
//! next step, Left arrow or Page Up for the previous one, Home and End for the first and last,
//! Escape to leave. The scenario, its start and the step on show are in the address, so a reload
//! keeps the place.

use chrono::{Datelike, NaiveDate};
use leptos::ev;
use leptos::prelude::*;

use crate::app::link::TrainingPosition;
use crate::engine::calendar::dates::{day_month_year, month_name};
use crate::engine::event::CitationKind;
use crate::engine::plan::plan_error::{InputField, PlanError};
use crate::engine::training::{
    calendar_strip, clamp_step, default_start, scenario, CalendarStrip, Scenario, ScenarioId, Step,
    StepMove, StripDay,
};
use crate::ui::platform;
use crate::ui::sections::agenda::WarningText;
use crate::ui::sections::rules_in_use::RulesInUse;
use crate::ui::state::app_state::{rule_set, AppState};
use crate::ui::widgets::date_input::{first_box_id, DateInput, DateParts};
use crate::ui::widgets::error_summary::{ErrorSummary, FieldError};
use crate::ui::widgets::form::{Choice, Radios, SubmitButton};
use crate::ui::widgets::time::{when, DateTime};

const DATE_ID: &str = "scenario-start";
/// The step heading, which takes focus at each step.
pub const STEP_HEADING_ID: &str = "presenter-step-heading";
const PRESENTER_ID: &str = "presenter";

/// The scenario on show, computed with the rules and calendar in force.
fn compute(state: AppState, id: ScenarioId, start: NaiveDate) -> Result<Scenario, PlanError> {
    let rules = state.input.with(|i| rule_set(&i.rule_set, state.today));
    state
        .calendar
        .with(|calendar| scenario(id, rules, calendar, start, state.today))
}

/// The label of the start-date field for a scenario.
fn start_label(id: ScenarioId) -> &'static str {
    match id.start_field() {
        InputField::FirstOnSiteDay => "First on-site day",
        _ => "Notification date",
    }
}

fn start_hint(id: ScenarioId) -> &'static str {
    match id.start_field() {
        InputField::FirstOnSiteDay => "The first day inspectors are on site; the planner works out when the phone call comes. The date filled in is the next one that shows this scenario; any working day can be used.",
        _ => "The day of the phone call. The date filled in is the next one that shows this scenario without anything unusual; any working day can be used.",
    }
}

/// The Training page: the chooser, or presenter mode while a scenario is on show.
#[component]
pub fn TrainingView() -> impl IntoView {
    let state = AppState::get();
    // The scenario and start on show; the step can change without recomputing the scenario.
    let shown = Memo::new(move |_| state.training.get().map(|t| (t.scenario, t.start)));
    let computed = Memo::new(move |_| {
        shown
            .get()
            .map(|(id, start)| (id, start, compute(state, id, start)))
    });
    // The last scenario presented, for the chooser to offer again after Exit; and a start from a
    // link that the engine refused, to show beside the date.
    let last = RwSignal::new(None::<(ScenarioId, NaiveDate)>);
    let refused = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if let Some((id, start, result)) = computed.get() {
            last.set(Some((id, start)));
            if let Err(e) = result {
                refused.set(Some(e.to_string()));
                state.training.set(None);
                crate::ui::state::url::write(state, false);
            }
        }
    });
    let page = move || {
        let ok = computed.with(|c| match c {
            Some((_, _, Ok(s))) => Some(s.clone()),
            _ => None,
        });
        match ok {
            Some(s) => view! { <Presenter scenario=s /> }.into_any(),
            None => view! {
                <Chooser initial=last.get_untracked() refused=refused.get_untracked() />
            }
            .into_any(),
        }
    };
    // Inside `view!`, so it shares the renderer of every other reactive block that gives an AnyView.
    view! { {move || page()} }
}

/// The list of scenarios, a start date and "Start presenting".
#[component]
fn Chooser(initial: Option<(ScenarioId, NaiveDate)>, refused: Option<String>) -> impl IntoView {
    let state = AppState::get();
    let suggest = move |id: ScenarioId| {
        let rules = state
            .input
            .with_untracked(|i| rule_set(&i.rule_set, state.today));
        state
            .calendar
            .with_untracked(|calendar| default_start(id, rules, calendar, state.today))
    };
    let (id0, start0) = initial.unwrap_or_else(|| {
        let id = ScenarioId::StandardOrdinaryWeek;
        (id, suggest(id))
    });
    let selected = RwSignal::new(id0);
    let parts = DateParts::new();
    parts.set(start0);
    // The date last filled in for the person: replaced when another scenario is chosen, unless
    // they have typed their own.
    let suggested = StoredValue::new(start0);
    let submitted = RwSignal::new(refused.is_some());
    let engine_error = RwSignal::new(refused);
    let summary_errors = RwSignal::new(Vec::<FieldError>::new());

    let pick = Callback::new(move |id: ScenarioId| {
        let untouched = parts.parse().ok() == Some(suggested.get_value());
        selected.set(id);
        engine_error.set(None);
        if untouched {
            let date = suggest(id);
            suggested.set_value(date);
            parts.set(date);
        }
    });
    let field_error = Signal::derive(move || match parts.parse() {
        Err(e) => submitted
            .get()
            .then(|| e.message(start_label(selected.get()))),
        Ok(_) => engine_error.get(),
    });
    let on_start = move |()| {
        submitted.set(true);
        let id = selected.get_untracked();
        let result = parts
            .parse()
            .map_err(|e| e.message(start_label(id)))
            .and_then(|start| {
                compute(state, id, start)
                    .map(|_| start)
                    .map_err(|e| e.to_string())
            });
        match result {
            Ok(start) => {
                summary_errors.set(Vec::new());
                engine_error.set(None);
                platform::enter_fullscreen();
                state.training.set(Some(TrainingPosition::new(id, start)));
                crate::ui::state::url::write(state, true);
                platform::focus_after_render(STEP_HEADING_ID);
            }
            Err(message) => {
                if parts.parse().is_ok() {
                    engine_error.set(Some(message.clone()));
                }
                summary_errors.set(start_error(message));
            }
        }
    };
    // A refused link: say so at once, in the summary as well as beside the field.
    if let Some(message) = engine_error.get_untracked() {
        summary_errors.set(start_error(message));
    }

    view! {
        <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">"Training scenarios"</h1>
        <p class="govuk-body-l">
            "Step through an inspection one screen at a time, in large type, for a training session or a briefing: "
            "what happens, who is involved, what to have ready and the framework paragraph, with a calendar showing where each step sits."
        </p>
        <p class="govuk-body">
            "Each scenario is worked out live from the date you choose, with the rules in use below. Your own plan is not shown and not changed."
        </p>
        <ErrorSummary errors=summary_errors />
        <form novalidate class="app-form">
            <Radios
                name="scenario"
                legend="Choose a scenario"
                choices=scenario_choices()
                selected=selected.into()
                on_pick=pick
            />
            {move || {
                let id = selected.get();
                view! {
                    <DateInput
                        id=DATE_ID
                        label=start_label(id)
                        hint=start_hint(id)
                        parts=parts
                        error=field_error
                    />
                }
            }}
            <SubmitButton on_press=Callback::new(on_start)>"Start presenting"</SubmitButton>
        </form>
        {presenter_keys()}
        <RulesInUse />
    }
}

/// The start date's one error, for the error summary.
fn start_error(message: String) -> Vec<FieldError> {
    vec![FieldError {
        field_id: first_box_id(DATE_ID),
        message,
    }]
}

/// Every scenario, with what it shows.
fn scenario_choices() -> Vec<Choice<ScenarioId>> {
    ScenarioId::all()
        .into_iter()
        .map(|id| Choice {
            value: id,
            label: id.title(),
            hint: Some(id.summary()),
        })
        .collect()
}

/// The keys of presenter mode, told before it starts.
fn presenter_keys() -> impl IntoView {
    view! {
        <section class="app-section" aria-labelledby="presenter-keys-heading">
            <h2 class="govuk-heading-m" id="presenter-keys-heading">"In presenter mode"</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>"Right arrow or Page Down: next step (a presentation clicker sends these keys)."</li>
                <li>"Left arrow or Page Up: previous step."</li>
                <li>"Home and End: first and last step."</li>
                <li>"Escape or the Exit button: back to this page. Where the browser allows it, the presenter uses the whole screen; Escape first leaves the whole screen, then presenter mode."</li>
            </ul>
        </section>
    }
}

/// One scenario, one step per screen.
#[component]
fn Presenter(scenario: Scenario) -> impl IntoView {
    let state = AppState::get();
    let count = scenario.steps.len();
    let title = scenario.id.title();
    let scenario = StoredValue::new(scenario);
    let step = Memo::new(move |_| {
        let n = state
            .training
            .with(|t| t.map_or(1, |t| usize::from(t.step)));
        clamp_step(n, count)
    });
    let stepper = Stepper { state, step, count };
    let full = listen_while_presenting(stepper);
    let class = if state.embed {
        "app-presenter"
    } else {
        "app-presenter app-presenter--window"
    };
    // Each step, and each change of window (full screen, a projector), fits the screen again.
    Effect::new(move |_| {
        step.track();
        platform::fit_to_window(PRESENTER_ID);
    });
    let resized = window_event_listener(ev::resize, move |_| platform::fit_to_window(PRESENTER_ID));
    on_cleanup(move || resized.remove());
    let current = move || {
        let n = step.get();
        scenario.with_value(|s| {
            let strip = state
                .calendar
                .with(|calendar| calendar_strip(calendar, &s.steps, n));
            s.steps.get(n.wrapping_sub(1)).cloned().map(|one| {
                let warnings: Vec<_> = s
                    .warnings
                    .iter()
                    .filter(|w| {
                        w.events.contains(&one.event_id)
                            || (one.end_date.is_some() && one.warnings.contains(&w.id))
                    })
                    .cloned()
                    .collect();
                view! { <StepScreen step=one count=count warnings=warnings strip=strip /> }
            })
        })
    };
    view! {
        <div class=class id=PRESENTER_ID>
            {presenter_bar(title, full, stepper)}
            <progress
                class="app-presenter__progress"
                max=count.to_string()
                value=move || step.get().to_string()
                aria-label="Progress through the scenario"
            ></progress>
            {move || current()}
            {step_buttons(stepper)}
            <p class="app-presenter__keys">
                "Keys: → or Page Down next, ← or Page Up previous, Home first, End last, Esc to leave."
            </p>
        </div>
    }
}

/// Moving through the steps of the scenario on show, and leaving it. The step is in the address.
#[derive(Clone, Copy)]
struct Stepper {
    state: AppState,
    step: Memo<usize>,
    count: usize,
}

impl Stepper {
    fn go(self, n: usize) {
        let n = clamp_step(n, self.count);
        if n == self.step.get_untracked() {
            return;
        }
        self.state.training.update(|t| {
            if let Some(t) = t {
                t.step = u16::try_from(n).unwrap_or(u16::MAX);
            }
        });
        crate::ui::state::url::write(self.state, false);
        platform::focus_after_render(STEP_HEADING_ID);
    }

    fn apply(self, m: StepMove) {
        self.go(m.apply(self.step.get_untracked(), self.count));
    }

    fn exit(self) {
        platform::leave_fullscreen();
        self.state.training.set(None);
        crate::ui::state::url::write(self.state, true);
        platform::focus_after_render("page-heading");
    }
}

/// Presenter keys, page-wide while presenting, never while typing in a field or with a modifier
/// held (browser and screen-reader shortcuts keep working). Returns whether the page has the
/// whole screen, kept up to date.
fn listen_while_presenting(stepper: Stepper) -> RwSignal<bool> {
    let keys = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if e.default_prevented()
            || e.alt_key()
            || e.ctrl_key()
            || e.meta_key()
            || e.shift_key()
            || platform::is_typing_in_field(&e)
        {
            return;
        }
        let key = e.key();
        if key == "Escape" {
            e.prevent_default();
            stepper.exit();
        } else if let Some(m) = crate::app::keys::step_move(&key) {
            e.prevent_default();
            stepper.apply(m);
        }
    });
    let full = RwSignal::new(platform::is_fullscreen());
    let changes = window_event_listener_untyped("fullscreenchange", move |_| {
        full.set(platform::is_fullscreen())
    });
    on_cleanup(move || {
        keys.remove();
        changes.remove();
    });
    full
}

/// The presenter's title, "Full screen" where the browser allows it, and "Exit".
fn presenter_bar(title: &'static str, full: RwSignal<bool>, stepper: Stepper) -> impl IntoView {
    view! {
        <div class="app-presenter__bar">
            <h1 class="app-presenter__title" id="page-heading" tabindex="-1">
                <span class="app-presenter__kicker">"Training scenario"</span>
                " "
                {title}
            </h1>
            <div class="app-presenter__controls">
                {platform::fullscreen_available().then(|| view! {
                    <button
                        type="button"
                        class="govuk-button govuk-button--secondary app-presenter__control"
                        on:click=move |_| {
                            if full.get_untracked() {
                                platform::leave_fullscreen();
                            } else {
                                platform::enter_fullscreen();
                            }
                        }
                    >
                        {move || if full.get() { "Leave full screen" } else { "Full screen" }}
                    </button>
                })}
                <button
                    type="button"
                    class="govuk-button govuk-button--secondary app-presenter__control"
                    on:click=move |_| stepper.exit()
                >
                    "Exit"
                    <span class="govuk-visually-hidden">" presenter mode"</span>
                </button>
            </div>
        </div>
    }
}

/// "Previous" and "Next", each off at its end of the scenario.
fn step_buttons(stepper: Stepper) -> impl IntoView {
    let Stepper { step, count, .. } = stepper;
    view! {
        <nav class="app-presenter__nav" aria-label="Steps">
            <button
                type="button"
                class="govuk-button govuk-button--secondary app-presenter__step-button"
                disabled=move || { step.get() <= 1 }
                on:click=move |_| stepper.apply(StepMove::Previous)
            >
                "Previous"
                <span class="govuk-visually-hidden">" step"</span>
            </button>
            <button
                type="button"
                class="govuk-button app-presenter__step-button"
                disabled=move || { step.get() >= count }
                on:click=move |_| stepper.apply(StepMove::Next)
            >
                "Next"
                <span class="govuk-visually-hidden">" step"</span>
            </button>
        </nav>
    }
}

/// The screen for one step.
#[component]
fn StepScreen(
    step: Step,
    count: usize,
    warnings: Vec<crate::engine::event::Warning>,
    strip: Option<CalendarStrip>,
) -> impl IntoView {
    let last = step.index >= count;
    let time = step.time.map(|t| format!(", {}", t.label()));
    let citation = step.citation.clone();
    let kind_note = match citation.kind {
        CitationKind::Framework => None,
        other => Some(format!(" ({})", other.label())),
    };
    let source = if citation.reason().is_empty() {
        format!(": {}", citation.text)
    } else {
        format!(": {}", citation.reason())
    };
    view! {
        <article class="app-presenter__step" data-step=step.index.to_string()>
            <h2 class="app-presenter__heading" id=STEP_HEADING_ID tabindex="-1">
                <span class="app-presenter__caption">{format!("Step {} of {count}", step.index)}</span>
                " "
                {step.title.clone()}
            </h2>
            <div class="app-presenter__columns">
                <div class="app-presenter__main">
                    <p class="app-presenter__when" data-event=step.event_id.clone()>
                        {when(step.date, step.end_date, step.estimate_words.clone())}
                        {time}
                    </p>
                    <p class="app-presenter__position">{step.position.clone()}</p>
                    {warnings.into_iter().map(|w| view! { <WarningText warning=w /> }).collect_view()}
                    <dl class="app-presenter__facts">
                        <dt>"What happens"</dt>
                        <dd>{step.what_happens.clone()}</dd>
                        <dt>"Who is involved"</dt>
                        <dd>{step.who.clone()}</dd>
                    </dl>
                    {last.then(|| view! {
                        <p class="app-presenter__end">"End of the scenario. Press Escape or Exit to choose another."</p>
                    })}
                </div>
                // Beside the step on a wide screen, so a step fits a projector's height.
                <div class="app-presenter__aside">
                    {strip.map(|strip| view! { <Strip strip=strip /> })}
                    <dl class="app-presenter__facts">
                        <dt>"What to have ready"</dt>
                        <dd>{step.have_ready.clone()}</dd>
                        <dt>"Source"</dt>
                        <dd>
                            <strong class="app-presenter__citation">{citation.plain_label()}</strong>
                            {source}
                            {kind_note}
                        </dd>
                    </dl>
                </div>
            </div>
        </article>
    }
}

/// Short day label for the strip: "7 Dec".
fn short_day(date: NaiveDate) -> String {
    let month = month_name(date.month());
    format!("{} {}", date.day(), month.get(..3).unwrap_or(month))
}

const WEEKDAYS: [(&str, &str); 7] = [
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
];

/// The days around the step, weeks from Monday; the step's days say "This step" in words.
#[component]
fn Strip(strip: CalendarStrip) -> impl IntoView {
    let (Some(first), Some(last)) = (strip.first(), strip.last()) else {
        return ().into_any();
    };
    // A step over many weeks (a period the framework gives no day for) gets a compact strip.
    let class = if strip.weeks.len() > 4 {
        "app-strip app-strip--long"
    } else {
        "app-strip"
    };
    view! {
        <div class=class>
            <div class="app-strip__scroller" tabindex="0" role="region" aria-labelledby="presenter-strip-caption">
                <table class="app-strip__table">
                    <caption class="app-strip__caption" id="presenter-strip-caption">
                        "Where this step sits: "
                        <DateTime date=first text=day_month_year(first) />
                        " to "
                        <DateTime date=last text=day_month_year(last) />
                    </caption>
                    <thead>
                        <tr>
                            {WEEKDAYS
                                .into_iter()
                                .map(|(short, long)| view! {
                                    <th scope="col" class="app-strip__heading"><abbr title=long>{short}</abbr></th>
                                })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {strip
                            .weeks
                            .into_iter()
                            .map(|week| view! {
                                <tr>{week.into_iter().map(|day| view! { <StripCell day=day /> }).collect_view()}</tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
    .into_any()
}

#[component]
fn StripCell(day: StripDay) -> impl IntoView {
    let mut class = String::from("app-strip__day");
    if day.weekend {
        class.push_str(" app-strip__day--weekend");
    }
    if day.holiday.is_some() {
        class.push_str(" app-strip__day--holiday");
    }
    if day.this_step {
        class.push_str(" app-strip__day--this");
    }
    let others = match day.other_steps.as_slice() {
        [] => None,
        [one] => Some(format!("Step {one}")),
        many => Some(format!(
            "Steps {}",
            many.iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    };
    view! {
        <td class=class>
            <DateTime date=day.date text=short_day(day.date) />
            {day.this_step.then(|| view! { <strong class="app-strip__this">"This step"</strong> })}
            {others.map(|o| view! { <span class="app-strip__other">{o}</span> })}
            {day.holiday.map(|h| view! { <span class="app-strip__holiday">{h}</span> })}
        </td>
    }
}
