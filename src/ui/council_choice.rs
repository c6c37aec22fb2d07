//! "Local authority" on the pathway page (issue 15): a native select of every authority, which
//! the keyboard can type into by name, and a box above it that narrows the list by part of a
//! name or a DfE number (Enter takes the first match). Choosing one calls `on_choose`; the page
//! fills its form from the data. Below, where the data comes from, and what it lacks.

use leptos::prelude::*;

use super::app_state::AppState;
use super::councils_view::CouncilData;
use crate::app::councils::{matching, provenance};
use crate::engine::councils;

pub const COUNCIL_ID: &str = "council";
const FIND_ID: &str = "council-find";

#[component]
pub fn CouncilChoice(on_choose: Callback<Option<u16>>) -> impl IntoView {
    let state = AppState::get();
    let data = CouncilData::get();
    let find = RwSignal::new(String::new());
    let chosen = Signal::derive(move || state.input.with(|i| i.council));
    // The options: the matches, and always the chosen authority so the select can show it.
    let options = Memo::new(move |_| {
        let text = find.get();
        let mine = chosen.get();
        data.councils.with(|all| {
            matching(&all.list, &text)
                .into_iter()
                .map(|c| (c.la_code, c.name.clone()))
                .chain(
                    mine.filter(|code| {
                        !text.is_empty()
                            && !matching(&all.list, &text)
                                .iter()
                                .any(|c| c.la_code == *code)
                    })
                    .and_then(|code| all.find(code).map(|c| (c.la_code, c.name.clone()))),
                )
                .collect::<Vec<_>>()
        })
    });
    let count = move || {
        let text = find.get();
        if text.trim().is_empty() {
            return String::new();
        }
        let n = data.councils.with(|all| matching(&all.list, &text).len());
        match n {
            0 => "No local authority matches. Try fewer letters, or its DfE number.".to_string(),
            1 => "1 local authority matches: it is first in the list below. Press Enter to choose it.".to_string(),
            n => format!("{n} local authorities match: choose one from the list below, or press Enter for the first."),
        }
    };
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            let first = data.councils.with(|all| {
                matching(&all.list, &find.get_untracked())
                    .first()
                    .map(|c| c.la_code)
            });
            if first.is_some() {
                on_choose.run(first);
            }
        }
    };
    let on_change = move |e: leptos::ev::Event| {
        on_choose.run(event_target_value(&e).parse::<u16>().ok());
    };
    let source = move || {
        let code = chosen.get()?;
        let last = state.input.with(|i| i.last_inspection);
        Some(data.councils.with(|all| match all.find(code) {
            Some(c) => {
                let changed =
                    councils::last_inspection(c).is_some_and(|from_data| Some(from_data) != last);
                let mut text = provenance(c, all.date);
                if changed {
                    text.push_str(
                        " You have changed the last inspection below from the published data.",
                    );
                }
                text
            }
            None => format!(
                "{} is not in the data in use, so fill in the last inspection yourself.",
                councils::label(code)
            ),
        }))
    };
    view! {
        <section class="app-section" aria-labelledby="council-heading">
            <h2 class="govuk-heading-m" id="council-heading">"Your council"</h2>
            <div class="govuk-form-group">
                <label class="govuk-label" for=FIND_ID>"Find your local authority (optional)"</label>
                <div class="govuk-hint" id="council-find-hint">"Type part of its name or its DfE number, for example 302, to shorten the list below."</div>
                <input
                    class="govuk-input app-input--name"
                    id=FIND_ID
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="council-find-hint council-find-status"
                    prop:value=move || find.get()
                    on:input=move |e| find.set(event_target_value(&e))
                    on:keydown=on_key
                />
                <p class="govuk-body-s" id="council-find-status" role="status">{count}</p>
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label" for=COUNCIL_ID>"Local authority"</label>
                <div class="govuk-hint" id="council-hint">"Choosing it fills in your last inspection from Ofsted's published report. You can change anything afterwards."</div>
                <select
                    class="govuk-select"
                    id=COUNCIL_ID
                    aria-describedby="council-hint"
                    on:change=on_change
                    prop:value=move || chosen.get().map(|c| c.to_string()).unwrap_or_default()
                >
                    <option value="">"Not chosen"</option>
                    {move || {
                        let mine = chosen.get_untracked();
                        options.get().into_iter().map(|(code, name)| view! {
                            <option value=code.to_string() selected=mine == Some(code)>{format!("{name} ({code})")}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            {move || source().map(|text| view! {
                <div class="govuk-inset-text" id="council-source">{text}</div>
            })}
        </section>
    }
}
