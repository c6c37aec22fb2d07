//! Small GOV.UK form pieces shared by the pages: radios bound to a value.

use leptos::prelude::*;

/// One choice of a radio group: value, label and an optional hint.
pub struct Choice<T> {
    pub value: T,
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

/// A GOV.UK radio group in a fieldset. `selected` is read and written directly.
#[component]
pub fn Radios<T>(
    /// Prefix for the inputs' ids and their shared `name`.
    name: &'static str,
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    choices: Vec<Choice<T>>,
    selected: Signal<T>,
    on_pick: Callback<T>,
    #[prop(optional)] inline: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let hint_id = format!("{name}-hint");
    let class = if inline {
        "govuk-radios govuk-radios--small govuk-radios--inline"
    } else {
        "govuk-radios govuk-radios--small"
    };
    view! {
        <div class="govuk-form-group">
            <fieldset
                class="govuk-fieldset"
                aria-describedby=hint.map(|_| hint_id.clone())
            >
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
                {hint.map(|h| view! { <div id=hint_id.clone() class="govuk-hint">{h}</div> })}
                <div class=class>
                    {choices
                        .into_iter()
                        .enumerate()
                        .map(|(i, choice)| {
                            let id = format!("{name}-{}", i + 1);
                            let item_hint_id = format!("{id}-hint");
                            let value = choice.value;
                            view! {
                                <div class="govuk-radios__item">
                                    <input
                                        class="govuk-radios__input"
                                        id=id.clone()
                                        name=name
                                        type="radio"
                                        aria-describedby=choice.hint.map(|_| item_hint_id.clone())
                                        prop:checked=move || selected.get() == value
                                        on:change=move |_| on_pick.run(value)
                                    />
                                    <label class="govuk-label govuk-radios__label" for=id>
                                        {choice.label}
                                    </label>
                                    {choice
                                        .hint
                                        .map(|h| {
                                            view! {
                                                <div id=item_hint_id class="govuk-hint govuk-radios__hint">{h}</div>
                                            }
                                        })}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
