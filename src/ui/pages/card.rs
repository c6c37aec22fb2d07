//! The card for an intranet home page (`embed=card`, issue 27): the essentials of the link's
//! plan in a small box (the council, its pathway, the inspection window, the observed most
//! likely months, the next key date of a visit) and one link that opens the full planner.
//!
//! The card's page, `CardApp` in `ui` (it sets the state up, posts the height and answers the
//! message API), is in the planner's core; the card itself, [`Card`], is fetched on demand
//! (`on_demand::OnDemandCard`).
//! What it shows is `app::intranet`'s; nothing is worked out here.

use leptos::prelude::*;

use crate::app::intranet::{card_title, full_planner_query, next_key_date, passed, pathway_words};
use crate::engine::event::Event;
use crate::engine::plan::Plan;
use crate::ui::state::app_state::AppState;
use crate::ui::widgets::time::DateTime;

/// The card itself.
#[component]
pub fn Card() -> impl IntoView {
    let state = AppState::get();
    let input = state.input.get_untracked();
    let title = card_title(&input);
    let href = format!("?{}", full_planner_query(&input));
    let body = move || {
        state.plan.with(|plan| match plan {
            Ok(plan) => facts(plan, state.today).into_any(),
            Err(error) => view! { <p class="app-card__note">{error.to_string()}</p> }.into_any(),
        })
    };
    view! {
        <article class="app-card" aria-labelledby="card-heading">
            <h2 class="app-card__title" id="card-heading">{title}</h2>
            {body}
            <a class="govuk-link app-card__link" href=href target="_top">
                "Open the full planner"
            </a>
        </article>
    }
}

/// A date of the card: its `<time>` inside an element carrying the event's id, and a "passed"
/// tag when `tag_passed` and the day is before today. `text` replaces the long date.
fn date(
    event: &Event,
    today: chrono::NaiveDate,
    tag_passed: bool,
    text: Option<String>,
) -> AnyView {
    let passed = tag_passed && passed(event, today);
    view! {
        <span data-event=event.id.clone()>
            {match text {
                Some(text) => view! { <DateTime date=event.date text=text /> }.into_any(),
                None => view! { <DateTime date=event.date /> }.into_any(),
            }}
            {passed.then(|| view! { " " <strong class="app-tag app-tag--grey">"passed"</strong> })}
        </span>
    }
    .into_any()
}

fn facts(plan: &Plan, today: chrono::NaiveDate) -> impl IntoView {
    let pathway = plan.pathway.as_ref().map(pathway_words);
    let window = plan
        .event("window-opens")
        .zip(plan.event("window-closes"))
        .map(|(opens, closes)| {
            view! { {date(opens, today, false, None)} " to " {date(closes, today, true, None)} }
        });
    let likely = plan
        .event("next-inspection-likely-from")
        .zip(plan.event("next-inspection-likely-to"))
        .map(|(from, to)| {
            view! {
                {date(from, today, false, from.estimate_words())}
                " to "
                {date(to, today, true, to.estimate_words())}
            }
        });
    let next = next_key_date(plan, today).map(|(event, _)| {
        view! { {event.title.clone()} ": " {date(event, today, true, None)} }
    });
    let empty = pathway.is_none() && next.is_none();
    view! {
        <dl class="app-card__facts">
            {pathway.map(|p| view! { <div class="app-card__row"><dt>"Pathway"</dt><dd>{p}</dd></div> })}
            {window.map(|w| view! { <div class="app-card__row"><dt>"Inspection window"</dt><dd>{w}</dd></div> })}
            {likely.map(|l| view! { <div class="app-card__row"><dt>"Most likely (observed)"</dt><dd>{l}</dd></div> })}
            {next.map(|n| view! { <div class="app-card__row"><dt>"Next key date"</dt><dd>{n}</dd></div> })}
        </dl>
        {empty.then(|| view! {
            <p class="app-card__note">"This link gives no last inspection or visit to plan from."</p>
        })}
    }
}
