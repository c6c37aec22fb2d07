//! A GOV.UK file upload that also takes a file dropped on it, with its error message. Used for
//! the bank-holiday list and for plan files.

use crate::ui::platform;
use crate::ui::widgets::form::{described_by, group_class};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `on_file` gets the chosen or dropped file. The input is emptied after each choice so that the
/// same file can be chosen again once it has been corrected.
#[component]
pub fn FilePick(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    accept: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
    on_file: Callback<web_sys::File>,
    /// Shown above the field inside the drop zone (e.g. what is loaded now).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let on_change = move |event: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        {
            on_file.run(file);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(file) = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            on_file.run(file);
        }
    };
    view! {
        <div
            class=move || if dragging.get() { "app-drop-zone app-drop-zone--active" } else { "app-drop-zone" }
            on:dragover=move |event: leptos::ev::DragEvent| {
                event.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            {children.map(|c| c())}
            <div class=group_class(error)>
                <label class="govuk-label" for=id>{label}</label>
                <div id=hint_id class="govuk-hint">{hint}</div>
                {move || error.get().map(|message| view! {
                    <p id=error_id.clone() class="govuk-error-message" role="alert">
                        <span class="govuk-visually-hidden">"Error: "</span>
                        {message}
                    </p>
                }.into_any())}
                <input
                    class="govuk-file-upload"
                    id=id
                    type="file"
                    accept=accept
                    aria-describedby=described_by(id, error)
                    on:change=on_change
                />
            </div>
        </div>
    }
}

/// Reads a chosen file as text (refusing one over `max_bytes`, with `expected` saying what size
/// the right file is), turns the text into `T` with `parse`, and hands the file's name and the
/// outcome to `done`. One path for every file the planner takes in.
pub fn read_chosen_file<T: 'static>(
    file: web_sys::File,
    max_bytes: usize,
    expected: &'static str,
    parse: impl FnOnce(String) -> Result<T, String> + 'static,
    done: impl FnOnce(String, Result<T, String>) + 'static,
) {
    leptos::task::spawn_local(async move {
        let name = file.name();
        let result = platform::read_file_text(file, max_bytes as f64, expected)
            .await
            .and_then(parse);
        done(name, result);
    });
}
