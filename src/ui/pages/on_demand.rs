//! Pages whose code is fetched the first time they are opened, so that a first visit downloads
//! the planner's core and the visit schedule only (issue 17; docs/performance.md).
//!
//! In the release build (`scripts/build.sh` sets `--cfg ilacs_split`) each page below is a split
//! point: `wasm-split-cli` moves the code only that page reaches into a file of its own, fetched
//! on demand. Pages that share most of their code share a part: `pages_plan` (Your pathway, After
//! fieldwork, All dates, Councils, Print and the briefing: the agenda, the recording form, the
//! councils' data and the printed words) and `pages_records` (the checklist, the requests and the
//! saved plans: the spreadsheet and plan-file readers and the merge). Code reached by several
//! parts goes into shared files, and a few larger files compress better than many small ones:
//! with one part per page the release build made 67 files fetched on demand; grouped, 24, and
//! 20 KB less in all (issue 23). Training, the card, the downloads, the bank-holiday reader and
//! What's due's council work stay parts of their own: each is fetched from the core on its own.
//! Every other build (the tests, `trunk serve`) has no split step, so there the page is drawn
//! directly; the screen is the same either way.

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

/// Calls a split function: awaited in the release build, where it first fetches its part; a
/// plain call in every other build, where the function is not split.
macro_rules! call_split {
    ($call:expr) => {{
        #[cfg(ilacs_split)]
        let result = $call.await;
        #[cfg(not(ilacs_split))]
        let result = $call;
        result
    }};
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
                $($view => Some(call_split!($name())),)*
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
    Page::Pathway => pathway, pages_plan, preload_pathway,
        view! { <crate::ui::pages::pathway::PathwayView /> };
    Page::AfterFieldwork => after_fieldwork, pages_plan, preload_after_fieldwork,
        view! { <crate::ui::pages::after_fieldwork::AfterFieldworkView /> };
    Page::AllDates => all_dates, pages_plan, preload_all_dates,
        view! { <crate::ui::pages::all_dates::AllDatesView /> };
    Page::Checklist => checklist, pages_records, preload_checklist,
        view! { <crate::ui::pages::checklist::ChecklistView /> };
    Page::Requests => requests, pages_records, preload_requests,
        view! { <crate::ui::pages::requests::RequestsView /> };
    Page::Training => training, page_training, preload_training,
        view! { <crate::ui::pages::training::TrainingView /> };
    Page::Print => print, pages_plan, preload_print,
        view! { <crate::ui::pages::print::PrintView /> };
    Page::Briefing => briefing, pages_plan, preload_briefing,
        view! { <crate::ui::pages::briefing::BriefingView /> };
    Page::Plans => plans, pages_records, preload_plans,
        view! { <crate::ui::pages::plans::PlansView /> };
    Page::Councils => councils, pages_plan, preload_councils,
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

/// The council's own work due on `date`, once its part is here; nothing while it loads, and a
/// line saying the day's list is incomplete if the part cannot be fetched (the day still lists
/// the framework's deadlines). Drawn by [`drawn`], like a page, so no second copy of the loading
/// code is compiled into the first load.
#[component]
pub fn OnDemandCouncilWork(date: chrono::NaiveDate, first: bool, alone: bool) -> impl IntoView {
    // Each day's own owner: a component shares its parent's, so the days' contexts would clash.
    view! {
        <leptos::context::Provider value=CouncilWorkDay { date, first, alone }>
            {drawn(Part::CouncilWork { first })}
        </leptos::context::Provider>
    }
}

/// What is fetched on demand: a page, the card, or a day's own work in "What's due".
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Page(Page),
    Card,
    /// `first`: the first day shown, which says in full when the part cannot be fetched.
    CouncilWork {
        first: bool,
    },
}

/// The part's body, fetching its code first (`None`: a page that is always loaded).
async fn load_part(part: Part) -> Option<Result<AnyView, PageLoadError>> {
    match part {
        Part::Page(page) => load(page).await,
        Part::Card => Some(call_split!(card())),
        Part::CouncilWork { .. } => Some(call_split!(council_work())),
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
                // A day's own work in "What's due": the day says its list is incomplete, so a
                // day whose items did not arrive never reads as a day with nothing due.
                // The first day says what to do; the others only that theirs are missing too.
                Some(Err(PageLoadError)) if matches!(part, Part::CouncilWork { .. }) => {
                    let first = matches!(part, Part::CouncilWork { first: true });
                    let words = if first {
                        "The checklist's Annex A items and the requests due this day did not load. Check the connection, then reload the page; nothing you entered is lost."
                    } else {
                        "This day's Annex A items and requests did not load either."
                    };
                    view! {
                        <li class="app-whats-due__event app-whats-due__not-loaded" data-due-item="not-loaded">{words}</li>
                    }
                    .into_any()
                }
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
        <Suspense fallback=move || (!matches!(part, Part::CouncilWork { .. })).then(|| view! { <p class="govuk-body" role="status">"Loading this page…"</p> })>
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

/// The files of the plan's dates (.ics, .csv), made by the engine's exports: a part of its own,
/// fetched when a file is first asked for (or about to be), so the exports are not in the first
/// load (issue 23). `None`: there is no plan to write.
#[cfg_attr(
    ilacs_split,
    leptos::wasm_split::wasm_split(
        take_away_files,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_take_away_files),
        fallible
    )
)]
fn dates_file_part(
    state: crate::ui::state::app_state::AppState,
    format: crate::ui::sections::take_away::DatesFormat,
    filter: crate::engine::export::EventFilter,
) -> Result<Option<(String, &'static str, String)>, PageLoadError> {
    Ok(crate::ui::sections::take_away::dates_file(
        state, format, filter,
    ))
}

/// A plan file's text, in the same part as the dates' files.
#[cfg_attr(
    ilacs_split,
    leptos::wasm_split::wasm_split(
        take_away_files,
        wasm_split_path = ::leptos::wasm_split,
        fallible
    )
)]
fn plan_file_part(plan: crate::app::saved::SavedPlan) -> Result<String, PageLoadError> {
    Ok(crate::app::saved::plan_file_json(&plan))
}

/// The plan's dates as a file, fetching the part that writes it first.
pub async fn dates_file(
    state: crate::ui::state::app_state::AppState,
    format: crate::ui::sections::take_away::DatesFormat,
    filter: crate::engine::export::EventFilter,
) -> Result<Option<(String, &'static str, String)>, PageLoadError> {
    call_split!(dates_file_part(state, format, filter))
}

/// A plan file's text, fetching the part that writes it first.
pub async fn plan_file(plan: crate::app::saved::SavedPlan) -> Result<String, PageLoadError> {
    call_split!(plan_file_part(plan))
}

/// Starts fetching the part that writes files, without waiting for it; a part that does not
/// arrive is said when a file is asked for.
pub fn preload_files() {
    #[cfg(ilacs_split)]
    leptos::task::spawn_local(async move {
        let _ = preload_take_away_files().await;
    });
}

/// GOV.UK's bank-holiday file read on top of the built-in list, or why it was refused: a part of
/// its own (issue 23), since only the few who load the official list need its JSON reader and
/// its checks. Fetched when a file is chosen, or on opening when one is kept in this browser.
#[cfg_attr(
    ilacs_split,
    leptos::wasm_split::wasm_split(
        bank_holiday_import,
        wasm_split_path = ::leptos::wasm_split,
        fallible
    )
)]
fn bank_holidays_part(
    text: String,
) -> Result<Result<crate::engine::calendar::Calendar, String>, PageLoadError> {
    Ok(crate::engine::calendar::Calendar::england_and_wales()
        .with_gov_uk_json(&text)
        .map_err(|e| e.to_string()))
}

/// [`bank_holidays_part`], fetching its part first.
pub async fn bank_holidays_from_json(
    text: String,
) -> Result<Result<crate::engine::calendar::Calendar, String>, PageLoadError> {
    call_split!(bank_holidays_part(text))
}
