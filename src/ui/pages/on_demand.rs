//! Pages whose code is fetched the first time they are opened, so that a first visit downloads
//! the planner's core and the visit schedule only (issue 17; docs/performance.md).
//!
//! In the release build (`scripts/build.sh` sets `--cfg ilacs_split`) each page below is a split
//! point: `wasm-split-cli` moves the code only that page reaches into a file of its own, fetched
//! on demand. Every other build (the tests, `trunk serve`) has no split step, so there the page
//! is drawn directly; the screen is the same either way.

use leptos::prelude::*;

use crate::ui::state::app_state::Page;

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

/// The pages fetched on demand: for each, its split function (plain, not generic, not async: the
/// split tool links it across WebAssembly modules), its part's name, the function that only
/// fetches the part, and what it draws. Generates `load` and `preload` from the same table.
macro_rules! pages_on_demand {
    ($($view:path => $name:ident, $part:ident, $preload:ident, $page:expr;)*) => {
        $(
            #[cfg_attr(
                ilacs_split,
                leptos::wasm_split::wasm_split(
                    $part,
                    wasm_split_path = ::leptos::wasm_split,
                    preload($preload),
                    fallible
                )
            )]
            fn $name() -> Result<AnyView, PageLoadError> {
                Ok($page.into_any())
            }
        )*

        /// The body of `view`, fetching its code first. `None` for the pages whose code is
        /// always loaded: the visit schedule (the page opened the day the phone rings) and the
        /// start page, which the app draws itself.
        async fn load(page: Page) -> Option<Result<AnyView, PageLoadError>> {
            match page {
                $($view => {
                    // Split functions are async; without the split they are plain functions.
                    #[cfg(ilacs_split)]
                    let body = $name().await;
                    #[cfg(not(ilacs_split))]
                    let body = $name();
                    Some(body)
                })*
                Page::Visit | Page::Home => None,
            }
        }

        /// Starts fetching `view`'s code when the person is about to open it (the pointer is over
        /// its link, or the link has focus), so the page is quicker when it is opened. A part that
        /// does not arrive is not reported here: opening the page tries again and says so.
        pub fn preload(page: Page) {
            #[cfg(ilacs_split)]
            leptos::task::spawn_local(async move {
                let _ = match page {
                    $($view => $preload().await,)*
                    Page::Visit | Page::Home => Ok(()),
                };
            });
            #[cfg(not(ilacs_split))]
            let _ = page;
        }
    };
}

pages_on_demand! {
    Page::Pathway => pathway, page_pathway, preload_pathway,
        view! { <crate::ui::pages::pathway::PathwayView /> };
    Page::AfterFieldwork => after_fieldwork, page_after_fieldwork, preload_after_fieldwork,
        view! { <crate::ui::pages::after_fieldwork::AfterFieldworkView /> };
    Page::AllDates => all_dates, page_all_dates, preload_all_dates,
        view! { <crate::ui::pages::all_dates::AllDatesView /> };
    Page::Checklist => checklist, page_checklist, preload_checklist,
        view! { <crate::ui::pages::checklist::ChecklistView /> };
    Page::Requests => requests, page_requests, preload_requests,
        view! { <crate::ui::pages::requests::RequestsView /> };
    Page::Training => training, page_training, preload_training,
        view! { <crate::ui::pages::training::TrainingView /> };
    Page::Print => print, page_print, preload_print,
        view! { <crate::ui::pages::print::PrintView /> };
    Page::Briefing => briefing, page_briefing, preload_briefing,
        view! { <crate::ui::pages::briefing::BriefingView /> };
    Page::Plans => plans, page_plans, preload_plans,
        view! { <crate::ui::pages::plans::PlansView /> };
    Page::Councils => councils, page_councils, preload_councils,
        view! { <crate::ui::pages::councils::CouncilsView /> };
}

/// The card for an intranet home page (`embed=card`, `ui::pages::card`): its own part, so the
/// planner's first load does not carry it.
#[cfg_attr(
    ilacs_split,
    leptos::wasm_split::wasm_split(
        intranet_card,
        wasm_split_path = ::leptos::wasm_split,
        fallible
    )
)]
fn card() -> Result<AnyView, PageLoadError> {
    Ok(view! { <crate::ui::pages::card::Card /> }.into_any())
}

/// The council's own work on one day of "What's due" (Annex A items with their owners, open
/// requests; issue 26): a part of its own, so the Annex A item table is not in the first load.
/// Reads the day from [`CouncilWorkDay`].
#[cfg_attr(
    ilacs_split,
    leptos::wasm_split::wasm_split(
        whats_due_work,
        wasm_split_path = ::leptos::wasm_split,
        fallible
    )
)]
fn council_work() -> Result<AnyView, PageLoadError> {
    Ok(crate::ui::sections::whats_due_work::council_work_items().into_any())
}

/// The day whose work [`OnDemandCouncilWork`] lists; `first`: the first day shown; `alone`: the
/// day has no framework step, so the part says when nothing is due at all.
#[derive(Clone, Copy)]
pub struct CouncilWorkDay {
    pub date: chrono::NaiveDate,
    pub first: bool,
    pub alone: bool,
}

/// The council's own work due on `date`, once its part is here; nothing while it loads or if it
/// cannot be fetched (the day still lists the framework's deadlines). Drawn by [`drawn`], like a
/// page, so no second copy of the loading code is compiled into the first load.
#[component]
pub fn OnDemandCouncilWork(date: chrono::NaiveDate, first: bool, alone: bool) -> impl IntoView {
    // Each day's own owner: a component shares its parent's, so the days' contexts would clash.
    view! {
        <leptos::context::Provider value=CouncilWorkDay { date, first, alone }>
            {drawn(Part::CouncilWork)}
        </leptos::context::Provider>
    }
}

/// What is fetched on demand: a page, the card, or a day's own work in "What's due".
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Page(Page),
    Card,
    CouncilWork,
}

/// The part's body, fetching its code first (`None`: a page that is always loaded).
async fn load_part(part: Part) -> Option<Result<AnyView, PageLoadError>> {
    match part {
        Part::Page(page) => load(page).await,
        #[cfg(ilacs_split)]
        Part::Card => Some(card().await),
        #[cfg(not(ilacs_split))]
        Part::Card => Some(card()),
        #[cfg(ilacs_split)]
        Part::CouncilWork => Some(council_work().await),
        #[cfg(not(ilacs_split))]
        Part::CouncilWork => Some(council_work()),
    }
}

/// Draws the card once its code is here; if the code cannot be fetched, says so and offers to
/// try again, as a page does.
#[component]
pub fn OnDemandCard() -> impl IntoView {
    drawn(Part::Card)
}

/// Draws `view`'s body once its code is here. Meanwhile a line says it is loading; if the code
/// cannot be fetched, a message says so and offers to try again (nothing entered is lost: the
/// plan is kept by the part of the planner that is already loaded).
#[component]
pub fn OnDemand(page: Page) -> impl IntoView {
    drawn(Part::Page(page))
}

fn drawn(part: Part) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let body = move || {
        attempt.track();
        Suspend::new(async move {
            match load_part(part).await {
                Some(Ok(body)) => {
                    // A heading drawn by the page itself (training, print) did not exist when
                    // navigation asked for it to be focused.
                    crate::ui::platform::focus_pending();
                    body
                }
                // A day's own work in "What's due" is extra detail: nothing is said.
                Some(Err(PageLoadError)) if part == Part::CouncilWork => ().into_any(),
                Some(Err(PageLoadError)) => {
                    // Where the page's own heading was to be focused, the message is instead.
                    crate::ui::platform::focus_pending_instead("page-load-failed");
                    view! { <LoadFailed attempt=attempt /> }.into_any()
                }
                None => ().into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || (part != Part::CouncilWork).then(|| view! { <p class="govuk-body" role="status">"Loading this page…"</p> })>
            {body}
        </Suspense>
    }
}

#[component]
fn LoadFailed(attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="govuk-error-summary" role="alert" tabindex="-1" id="page-load-failed">
            <h2 class="govuk-error-summary__title">"This page could not be loaded"</h2>
            <div class="govuk-error-summary__body">
                <p class="govuk-body">
                    "The part of the planner that shows this page did not arrive. Check the connection, then try again. "
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
