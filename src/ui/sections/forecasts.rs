//! The observed forecasts in words (publication; the next inspection) and the elections that can
//! hold a report back. The dates and sentences are the engine's; this only lays them out. The
//! dates themselves are `<time>` elements in the agenda and on the timeline, under their event ids.

use leptos::prelude::*;

use crate::engine::calendar::dates::DateInputError;
use crate::ui::state::app_state::{rule_set, AppState};
use crate::ui::widgets::date_input::{DateInput, DateParts};

/// One forecast in words: a heading, the engine's sentences, and a plain note that it is an
/// estimate. One component for both forecasts keeps the app small.
#[component]
fn ForecastNote(
    kind: &'static str,
    heading: &'static str,
    sentences: Vec<String>,
    note: &'static str,
) -> impl IntoView {
    view! {
        <section class="govuk-inset-text" aria-label=heading data-forecast=kind>
            <h2 class="govuk-heading-s">{heading}</h2>
            {sentences.into_iter().map(|s| view! { <p class="govuk-body">{s}</p> }).collect_view()}
            <p class="govuk-body-s">{note}</p>
        </section>
    }
}

/// "Most likely …; three in four are published by …", with why it moved.
#[component]
pub fn PublicationForecastPanel() -> impl IntoView {
    let state = AppState::get();
    let sentences = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref().ok().and_then(|plan| {
                let f = plan.publication_forecast.as_ref()?;
                Some(
                    std::iter::once(f.sentence())
                        .chain(f.reasons())
                        .collect::<Vec<_>>(),
                )
            })
        })
    });
    move || {
        sentences.get().map(|sentences| {
            view! {
                <ForecastNote
                    kind="publication"
                    heading="When the report is likely to be published"
                    sentences=sentences
                    note="These are estimates, not rules: they come from the publication dates of published ILACS reports (observed), and allow for the Christmas pause, general elections and, if you enter polling day below, your council's local elections. The framework's own date (paragraph 216) is shown beside them."
                />
            }
        })
    }
}

/// Beside the framework's window: the months the next inspection has most often come.
#[component]
pub fn NextInspectionPanel() -> impl IntoView {
    let state = AppState::get();
    let sentence = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|plan| Some(plan.next_inspection_forecast.as_ref()?.sentence()))
        })
    });
    move || {
        sentence.get().map(|sentence| {
            view! {
                <ForecastNote
                    kind="next-inspection"
                    heading="When the next inspection has most often come"
                    sentences=vec![sentence]
                    note="An estimate from the public record of ILACS inspections, not a rule: the framework's window (paragraph 13) is what Ofsted works to."
                />
            }
        })
    }
}

/// Polling days that can hold publication back: the council's local elections and a future
/// general election. Both optional; the forecast follows as they are typed.
#[component]
pub fn ElectionsForm() -> impl IntoView {
    let state = AppState::get();
    let local = DateParts::new();
    let general = DateParts::new();
    let (l, g, rule_set_id) = state
        .input
        .with_untracked(|i| (i.local_polling_day, i.general_election, i.rule_set.clone()));
    // The hints say the practice as the rule data words it: observed, not framework.
    let forecast = rule_set(&rule_set_id, state.today).forecast;
    if let Some(d) = l {
        local.set(d);
    }
    if let Some(d) = g {
        general.set(d);
    }
    // Written into the plan from the fields' own events (no effect mirrors them).
    let apply = move || {
        if local.day.is_disposed() || general.day.is_disposed() {
            return;
        }
        let l = local.parse_untracked().ok();
        let g = general.parse_untracked().ok();
        state.edit_input(|i| {
            // A polling day is a "yes" to the Visit schedule's elections question.
            if l.is_some() {
                i.no_local_elections = false;
            }
            i.local_polling_day = l;
            i.general_election = g;
        });
    };
    // Said once a whole year is typed, so nobody is told off halfway through a date.
    let error_for = move |parts: DateParts, label: &'static str| {
        Signal::derive(move || match parts.parse() {
            Err(DateInputError::Empty) | Ok(_) => None,
            Err(e) => (parts.year.get().trim().len() >= 4).then(|| e.message(label)),
        })
    };
    view! {
        <h2 class="govuk-heading-m">"Elections"</h2>
        <div class="app-elections" on:input=move |_| apply() on:change=move |_| apply() on:paste=move |_| apply()>
        <DateInput
            id="local-polling-day"
            label="Does your council have local elections? Polling day (optional)"
            hint=format!("{} Leave blank if your council has no polls, for example 7 5 2026.", forecast.local_hold.hint)
            parts=local
            error=error_for(local, "Local elections polling day")
        />
        <DateInput
            id="general-election"
            label="Polling day of a future general election (optional)"
            hint=format!("{} The 2019 and 2024 general elections are already known to the planner.", forecast.general_hold.hint)
            parts=general
            error=error_for(general, "General election polling day")
        />
        </div>
    }
}
