//! "Copy link to this plan": inside an intranet page's iframe there is no address bar, so every
//! plan page offers its link. Where the browser will not copy, the link is shown selected in a
//! read-only box to copy by hand.

use leptos::prelude::*;

use crate::ui::platform;

const LINK_BOX: &str = "share-link";

#[component]
pub fn ShareLink() -> impl IntoView {
    // None: not tried yet; Some(true): copied; Some(false): refused, so the box is shown.
    let copied = RwSignal::new(None::<bool>);
    let link = RwSignal::new(String::new());
    let copy = move |_| {
        let url = platform::current_url();
        link.set(url.clone());
        leptos::task::spawn_local(async move {
            let done = platform::copy_text(&url).await;
            copied.set(Some(done));
            if !done {
                platform::select_text(LINK_BOX);
            }
        });
    };
    let status = move || {
        match copied.get() {
        Some(true) => "Link copied. Paste it into an email or a document.",
        Some(false) => "This browser did not let the planner copy. The link is selected below: press Ctrl and C to copy it.",
        None => "",
    }
    };
    view! {
        <section class="app-section app-share" aria-labelledby="share-heading">
            <h2 class="govuk-heading-m" id="share-heading">"Share this plan"</h2>
            <p class="govuk-body">
                "The link holds the dates and choices of this plan, so whoever opens it sees the same dates. "
                "It does not hold the checklist or the requests: save the plan as a file for those."
            </p>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=copy>"Copy link to this plan"</button>
            <p class="govuk-body app-success" role="status">{status}</p>
            <Show when=move || copied.get() == Some(false)>
                <div class="govuk-form-group">
                    <label class="govuk-label" for=LINK_BOX>"Link to this plan"</label>
                    <input class="govuk-input" id=LINK_BOX type="text" readonly prop:value=move || link.get() />
                </div>
            </Show>
        </section>
    }
}
