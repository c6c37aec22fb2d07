//! The GOV.UK error summary: "There is a problem", one link per error, focused when it appears so
//! keyboard and screen-reader users land on it.

use leptos::html;
use leptos::prelude::*;

use crate::ui::platform;

/// One error: the id of the field to focus, and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field_id: String,
    pub message: String,
}

#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let summary = NodeRef::<html::Div>::new();
    // Focus the summary each time a new set of errors is shown (e.g. after each submit).
    Effect::new(move |_| {
        if !errors.get().is_empty() {
            if let Some(element) = summary.get() {
                let _ = element.focus();
            }
        }
    });
    view! {
        <Show when=move || !errors.get().is_empty()>
            <div
                class="govuk-error-summary"
                node_ref=summary
                tabindex="-1"
                role="alert"
                aria-labelledby="error-summary-title"
            >
                <h2 class="govuk-error-summary__title" id="error-summary-title">"There is a problem"</h2>
                <ul class="govuk-list govuk-error-summary__list">
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|error| {
                                let target = error.field_id.clone();
                                // The link moves focus itself: hash navigation would fight with
                                // the app's own routes and with intranet pages that embed it.
                                view! {
                                    <li>
                                        <a
                                            href=format!("#{}", error.field_id)
                                            on:click=move |event| {
                                                event.prevent_default();
                                                platform::focus_element(&target);
                                            }
                                        >
                                            {error.message}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// The app's one error list, shown first in `main` (GOV.UK puts the error summary above the
/// page heading).
#[derive(Clone, Copy)]
pub struct AppErrors(pub RwSignal<Vec<FieldError>>);

/// A page's error list: the app's, or, outside the app (a component mounted on its own, as in
/// the in-browser tests), one the page shows itself with [`PageErrors::here`].
#[derive(Clone, Copy)]
pub struct PageErrors {
    pub list: RwSignal<Vec<FieldError>>,
    shown_by_app: bool,
}

impl PageErrors {
    /// The summary, where the page would show it when the app does not.
    pub fn here(self) -> impl IntoView {
        (!self.shown_by_app).then(|| view! { <ErrorSummary errors=self.list /> })
    }

    pub fn set(self, errors: Vec<FieldError>) {
        self.list.set(errors);
    }
}

pub fn page_errors() -> PageErrors {
    match use_context::<AppErrors>() {
        Some(AppErrors(list)) => PageErrors {
            list,
            shown_by_app: true,
        },
        None => PageErrors {
            list: RwSignal::new(Vec::new()),
            shown_by_app: false,
        },
    }
}
