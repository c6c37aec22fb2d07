//! Small GOV.UK form pieces shared by the pages: radios bound to a value, text inputs and
//! textareas, and the error pieces of a form group.

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
    /// The question's error message, shown in the group (GOV.UK error pattern) while there is one.
    #[prop(optional)]
    error: Option<Signal<Option<String>>>,
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
    let error = error.unwrap_or(Signal::stored(None));
    view! { <RadioGroup name legend hint items selected=position on_pick=pick inline error /> }
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
    error: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = hint_then_error(hint.map(|_| hint_id.clone()), error_id.clone(), error);
    let class = if inline {
        "govuk-radios govuk-radios--inline"
    } else {
        "govuk-radios"
    };
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" aria-describedby=described_by>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
                {hint.map(|h| view! { <div id=hint_id.clone() class="govuk-hint">{h}</div> })}
                {error_message(error_id, error)}
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

/// An `aria-describedby` of a hint if there is one, then the error message while there is one;
/// no attribute when neither.
fn hint_then_error(
    hint: Option<String>,
    error_id: String,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> {
    move || match (hint.clone(), error.with(Option::is_some)) {
        (Some(hint), true) => Some(format!("{hint} {error_id}")),
        (Some(hint), false) => Some(hint),
        (None, true) => Some(error_id.clone()),
        (None, false) => None,
    }
}

/// A GOV.UK text input: its label, hint and error message when it has them. A question of its own
/// has a bold label; a field in a list's row (`row_class`) has a plain one.
#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    label: &'static str,
    /// Read after the label by screen readers only, to say which row the field belongs to.
    #[prop(optional, into)]
    hidden_label: Option<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
    /// A field in a list's row: this class on its form group, and a plain label.
    #[prop(optional)]
    row_class: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
) -> impl IntoView {
    let field = Field {
        id,
        label,
        hidden_label,
        hint,
        error,
        row_class,
    };
    let error = field.error();
    let control = view! {
        <input
            class=move || if error.get().is_some() { "govuk-input govuk-input--error" } else { "govuk-input" }
            id=field.id.clone()
            name=field.id.clone()
            type="text"
            autocomplete="off"
            aria-describedby=field.described_by()
            prop:value=value
            on:input=move |e| on_input.run(event_target_value(&e))
        />
    };
    field.around(control.into_any())
}

/// A GOV.UK textarea with a label, a hint and an error message when it has one.
#[component]
pub fn TextArea(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
) -> impl IntoView {
    let field = Field {
        id: id.to_string(),
        label,
        hidden_label: None,
        hint: Some(hint),
        error,
        row_class: None,
    };
    let error = field.error();
    let control = view! {
        <textarea
            class=move || if error.get().is_some() { "govuk-textarea govuk-textarea--error" } else { "govuk-textarea" }
            id=id
            name=id
            rows="3"
            aria-describedby=field.described_by()
            prop:value=value
            on:input=move |e| on_input.run(event_target_value(&e))
        ></textarea>
    };
    field.around(control.into_any())
}

/// What surrounds a text control: its form group, label, hint and error message. One frame for
/// the text input and the textarea, so the two cannot drift apart.
struct Field {
    id: String,
    label: &'static str,
    hidden_label: Option<String>,
    hint: Option<&'static str>,
    error: Option<Signal<Option<String>>>,
    row_class: Option<&'static str>,
}

impl Field {
    /// The error, or never one for a field that cannot have one.
    fn error(&self) -> Signal<Option<String>> {
        self.error.unwrap_or(Signal::stored(None))
    }

    /// The control's `aria-describedby`: its hint if it has one, and its error message while there
    /// is one; no attribute when neither.
    fn described_by(&self) -> impl Fn() -> Option<String> {
        let hint = self.hint.map(|_| format!("{}-hint", self.id));
        hint_then_error(hint, format!("{}-error", self.id), self.error())
    }

    fn around(self, control: AnyView) -> impl IntoView {
        let group = group_class(self.error());
        let row_class = self.row_class;
        let class = move || match row_class {
            Some(row) => format!("{} {row}", group()),
            None => group().to_string(),
        };
        let label_class = if row_class.is_some() {
            "govuk-label"
        } else {
            "govuk-label govuk-label--s"
        };
        let id = self.id;
        view! {
            <div class=class>
                <label class=label_class for=id.clone()>
                    {self.label}
                    {self.hidden_label.map(|h| view! { <span class="govuk-visually-hidden">{h}</span> })}
                </label>
                {self.hint.map(|h| view! { <div class="govuk-hint" id=format!("{id}-hint")>{h}</div> })}
                {self.error.map(|error| error_message(format!("{id}-error"), error))}
                {control}
            </div>
        }
    }
}

/// One GOV.UK checkbox in its own `govuk-checkboxes` group; the children are its label.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    /// The group's class: `govuk-checkboxes` and any of the page's own.
    class: &'static str,
    /// The label's class: `govuk-label govuk-checkboxes__label` and any of the page's own.
    label_class: &'static str,
    #[prop(optional, into)] described_by: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=class>
            <div class="govuk-checkboxes__item">
                <input
                    class="govuk-checkboxes__input"
                    id=id.clone()
                    type="checkbox"
                    aria-describedby=described_by
                    prop:checked=checked
                    on:change=move |e| on_change.run(event_target_checked(&e))
                />
                <label class=label_class for=id>{children()}</label>
            </div>
        </div>
    }
}

/// A form's main button: a real submit button (Enter in a text or date field still presses it,
/// by the browser's implicit submission, which clicks the form's first submit button) that acts
/// on its click and cancels the submission. A sandboxed iframe without `allow-forms`, as the
/// administrators' guide once suggested, blocks a form's submission before its `submit` event is
/// fired, so a handler on that event never runs there (issue 22).
#[component]
pub fn SubmitButton(on_press: Callback<()>, children: Children) -> impl IntoView {
    view! {
        <button
            type="submit"
            class="govuk-button"
            on:click=move |e| {
                e.prevent_default();
                // `try_run`: as in QuestionsForm, the callback can be gone while the form is taken down.
                on_press.try_run(());
            }
        >
            {children()}
        </button>
    }
}

/// A page's questions as one GOV.UK form: the page's error summary (where the app does not show
/// it), the questions, and "Show dates". Every input, change or paste writes the answers into
/// the plan at once (`on_edit`), so the dates follow what is typed.
#[component]
pub fn QuestionsForm(
    errors: crate::ui::widgets::error_summary::PageErrors,
    on_show: Callback<()>,
    on_edit: Callback<()>,
    children: Children,
) -> impl IntoView {
    view! {
        {errors.here()}
        <form
            novalidate
            class="app-form"
            // `try_run`: a `change` can arrive as the form is taken down (Back while typing),
            // when the callback is gone; a panic would stop the page.
            on:input=move |_| { on_edit.try_run(()); }
            on:change=move |_| { on_edit.try_run(()); }
            on:paste=move |_| { on_edit.try_run(()); }
        >
            {children()}
            <SubmitButton on_press=on_show>"Show dates"</SubmitButton>
        </form>
    }
}
