//! Pages whose code is fetched the first time they are opened, so that a first visit downloads
//! the planner's core and the visit schedule only (issue 17; README, "Bundle budget").
//!
//! In the release build (`scripts/build.sh` sets `--cfg ilacs_split`) each page below is a split
//! point: `wasm-split-cli` moves the code only that page reaches into a file of its own, fetched
//! on demand. Every other build (the tests, `trunk serve`) has no split step, so there the page
//! is drawn directly; the screen is the same either way.

use leptos::prelude::*;

use super::app_state::View;

/// The page's code could not be fetched: offline before the offline copy was made, or the site
/// was replaced by a newer build while this tab stayed open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageLoadError;

#[cfg(ilacs_split)]
impl From<leptos::wasm_split::SplitLoaderError> for PageLoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PageLoadError
    }
}

/// Declares the split point of one page. The function must be plain (not generic, not async):
/// the split tool links it across WebAssembly modules.
macro_rules! split_page {
    ($name:ident, $chunk:ident, $page:expr) => {
        #[cfg_attr(
            ilacs_split,
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $name() -> Result<AnyView, PageLoadError> {
            Ok($page.into_any())
        }
    };
}

split_page!(
    pathway,
    page_pathway,
    view! { <super::pathway_view::PathwayView /> }
);
split_page!(
    after_fieldwork,
    page_after_fieldwork,
    view! { <super::after_fieldwork_view::AfterFieldworkView /> }
);
split_page!(
    all_dates,
    page_all_dates,
    view! { <super::all_dates_view::AllDatesView /> }
);
split_page!(
    checklist,
    page_checklist,
    view! { <super::checklist::ChecklistView /> }
);
split_page!(
    requests,
    page_requests,
    view! { <super::requests::RequestsView /> }
);
split_page!(
    training,
    page_training,
    view! { <super::training::TrainingView /> }
);
split_page!(
    print,
    page_print,
    view! { <super::print_view::PrintView /> }
);
split_page!(
    plans,
    page_plans,
    view! { <super::plans_view::PlansView /> }
);
split_page!(
    councils,
    page_councils,
    view! { <super::councils_view::CouncilsView /> }
);

/// The body of `view`, fetching its code first. `None` for the visit schedule, whose code is
/// always loaded: it is the page opened the day the phone rings.
async fn load(view: View) -> Option<Result<AnyView, PageLoadError>> {
    // Split functions are async; without the split they are the plain functions above.
    macro_rules! call {
        ($page:ident) => {{
            #[cfg(ilacs_split)]
            let body = $page().await;
            #[cfg(not(ilacs_split))]
            let body = $page();
            Some(body)
        }};
    }
    match view {
        View::Visit => None,
        View::Pathway => call!(pathway),
        View::AfterFieldwork => call!(after_fieldwork),
        View::Calendar | View::Home => call!(all_dates),
        View::Checklist => call!(checklist),
        View::Requests => call!(requests),
        View::Training => call!(training),
        View::Print => call!(print),
        View::Plans => call!(plans),
        View::Councils => call!(councils),
    }
}

/// Draws `view`'s body once its code is here. Meanwhile a line says it is loading; if the code
/// cannot be fetched, a message says so and offers to try again (nothing entered is lost: the
/// plan is kept by the part of the planner that is already loaded).
#[component]
pub fn OnDemand(view: View) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let body = move || {
        attempt.track();
        Suspend::new(async move {
            match load(view).await {
                Some(Ok(body)) => {
                    // A heading drawn by the page itself (training, print) did not exist when
                    // navigation asked for it to be focused.
                    super::platform::focus_pending();
                    body
                }
                Some(Err(PageLoadError)) => view! { <LoadFailed attempt=attempt /> }.into_any(),
                None => ().into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="govuk-body" role="status">"Loading this page…"</p> }>
            {body}
        </Suspense>
    }
}

#[component]
fn LoadFailed(attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="govuk-error-summary" role="alert" tabindex="-1">
            <h2 class="govuk-error-summary__title">"This page could not be loaded"</h2>
            <div class="govuk-error-summary__body">
                <p class="govuk-body">
                    "Its part of the planner did not arrive. Check the connection, then try again. "
                    "If the planner has been updated since you opened it, reload the page instead. "
                    "Your plan is kept in this browser; nothing you entered is lost."
                </p>
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| attempt.update(|n| *n += 1)>
                    "Try again"
                </button>
            </div>
        </div>
    }
}
