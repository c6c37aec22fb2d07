//! Small GOV.UK form pieces shared by the pages: radios bound to a value.

use leptos::prelude::*;

/// One choice of a radio group: value, label and an optional hint.
pub struct Choice<T> {
    pub value: T,
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

/// A GOV.UK radio group in a fieldset, for any small `Copy` value. The generic part only maps
/// values to positions; the markup is built once, by [`RadioGroup`], whatever the value type, so
/// each new type adds almost nothing to the WebAssembly bundle.
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
    let values: Vec<T> = choices.iter().map(|c| c.value).collect();
    let items = choices.into_iter().map(|c| (c.label, c.hint)).collect();
    let position = {
        let values = values.clone();
        Signal::derive(move || {
            let current = selected.get();
            values.iter().position(|v| *v == current)
        })
    };
    let pick = Callback::new(move |i: usize| {
        if let Some(value) = values.get(i) {
            on_pick.run(*value);
        }
    });
    view! { <RadioGroup name legend hint items selected=position on_pick=pick inline /> }
}

#[component]
fn RadioGroup(
    name: &'static str,
    legend: &'static str,
    hint: Option<&'static str>,
    items: Vec<(&'static str, Option<&'static str>)>,
    selected: Signal<Option<usize>>,
    on_pick: Callback<usize>,
    inline: bool,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let class = if inline {
        "govuk-radios govuk-radios--inline"
    } else {
        "govuk-radios"
    };
    view! {
        <div class="govuk-form-group">
            <fieldset class="govuk-fieldset" aria-describedby=hint.map(|_| hint_id.clone())>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
                {hint.map(|h| view! { <div id=hint_id.clone() class="govuk-hint">{h}</div> })}
                <div class=class>
                    {items
                        .into_iter()
                        .enumerate()
                        .map(|(i, (label, item_hint))| {
                            let id = format!("{name}-{}", i + 1);
                            let item_hint_id = format!("{id}-hint");
                            view! {
                                <div class="govuk-radios__item">
                                    <input
                                        class="govuk-radios__input"
                                        id=id.clone()
                                        name=name
                                        type="radio"
                                        aria-describedby=item_hint.map(|_| item_hint_id.clone())
                                        prop:checked=move || selected.get() == Some(i)
                                        on:change=move |_| on_pick.run(i)
                                    />
                                    <label class="govuk-label govuk-radios__label" for=id>
                                        {label}
                                    </label>
                                    {item_hint
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

// The error pieces of a GOV.UK form group, shared by every field with an error message. Plain
// functions, not generic: each closure type below is compiled once for all the fields.

/// The error message under a field's label, when there is one.
pub fn error_message(id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p id=id.clone() class="govuk-error-message">
                    <span class="govuk-visually-hidden">"Error: "</span>
                    {message}
                </p>
            }
        })
    }
}

/// The form group's class, with the error modifier while there is an error.
pub fn group_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str {
    move || {
        if error.get().is_some() {
            "govuk-form-group govuk-form-group--error"
        } else {
            "govuk-form-group"
        }
    }
}

/// The field's `aria-describedby`: its hint, and its error message while there is one.
pub fn described_by(id: &str, error: Signal<Option<String>>) -> impl Fn() -> String {
    let (hint, err) = (format!("{id}-hint"), format!("{id}-error"));
    move || {
        if error.get().is_some() {
            format!("{hint} {err}")
        } else {
            hint.clone()
        }
    }
}
