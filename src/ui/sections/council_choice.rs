//! "Local authority" on the pathway page (issue 15): a native select of every authority, which
//! the keyboard can type into by name, and a box above it that narrows the list by part of a
//! name or a DfE number (Enter takes the first match). Choosing one calls `on_choose`; the page
//! fills its form from the data. Below, where the data comes from, and what it lacks.

use leptos::prelude::*;

use crate::app::councils::{choice_options, council_note, match_status, matching};
use crate::ui::pages::councils::CouncilData;
use crate::ui::state::app_state::AppState;
use crate::ui::widgets::form::TextInput;

pub const COUNCIL_ID: &str = "council";
const FIND_ID: &str = "council-find";

#[component]
pub fn CouncilChoice(on_choose: Callback<Option<u16>>) -> impl IntoView {
    let state = AppState::get();
    let data = CouncilData::get();
    let find = RwSignal::new(String::new());
    let chosen = Signal::derive(move || state.input.with(|i| i.council));
    let options = Memo::new(move |_| {
        let (text, mine) = (find.get(), chosen.get());
        data.councils.with(|all| choice_options(all, &text, mine))
    });
    let count = move || {
        let text = find.get();
        data.councils.with(|all| match_status(&all.list, &text))
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
        Some(data.councils.with(|all| council_note(all, code, last)))
    };
    view! {
        <section class="app-section" aria-labelledby="council-heading">
            <h2 class="govuk-heading-m" id="council-heading">"Your council"</h2>
            // Enter in the box (the event comes up from it) takes the first match.
            <div on:keydown=on_key>
                <TextInput
                    id=FIND_ID
                    label="Find your local authority (optional)"
                    hint="Type part of its name or its DfE number, for example 302, to shorten the list below."
                    value=find
                    on_input=Callback::new(move |text| find.set(text))
                />
            </div>
            <p class="govuk-body-s" id="council-find-status" role="status">{count}</p>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for=COUNCIL_ID>"Local authority"</label>
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
                        }).collect_view().into_any()
                    }}
                </select>
            </div>
            {move || source().map(|text| view! {
                <div class="govuk-inset-text" id="council-source">{text}</div>
            }.into_any())}
        </section>
    }
}
