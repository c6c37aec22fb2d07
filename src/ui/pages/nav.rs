//! Navigation between the pages: real links (so they open in a new tab and can be shared) that
//! switch the page in place when clicked normally.

use leptos::prelude::*;

use crate::ui::state::app_state::{AppState, Page};

/// Switches to `view`, records it in the address bar and moves focus to the new page's heading.
pub fn go_to(state: AppState, page: Page) {
    let from = state.page.get_untracked();
    if from != page {
        state.came_from.set(Some(from));
    }
    state.page.set(page);
    crate::ui::state::url::write(state, true);
    crate::ui::platform::focus_after_render("page-heading");
}

/// What starts fetching a page's code before it is opened (`on_demand::preload`). Handed down
/// by context from the app, so that this module, which every page uses for its links, does not
/// depend on the table of pages fetched on demand. Without it (a component drawn alone in a
/// test) links only open their page.
#[derive(Clone, Copy)]
pub struct Preload(pub fn(Page));

/// A link to a page of the planner.
#[component]
pub fn PageLink(page: Page, children: Children) -> impl IntoView {
    let state = AppState::get();
    let on_click = move |event: leptos::ev::MouseEvent| {
        // Let the browser handle new-tab and new-window clicks itself.
        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
            return;
        }
        event.prevent_default();
        go_to(state, page);
    };
    // Fetch the page's code as soon as the person shows they are about to open it.
    let preload_page = use_context::<Preload>();
    let preload = move || {
        if let Some(Preload(preload_page)) = preload_page {
            preload_page(page);
        }
    };
    view! {
        <a
            href=move || format!("?{}", crate::ui::state::url::query_for(state, page))
            on:click=on_click
            on:pointerenter=move |_| preload()
            on:focus=move |_| preload()
        >
            {children()}
        </a>
    }
}

#[component]
pub fn Navigation() -> impl IntoView {
    let state = AppState::get();
    // Only narrow screens show the button (CSS); wide ones always show the links.
    let open = RwSignal::new(false);
    view! {
        <nav class="app-nav" aria-label="Planner pages">
            <button
                type="button"
                class="app-nav__toggle"
                aria-controls="app-nav-list"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| open.update(|o| *o = !*o)
            >"Menu"</button>
            <ul class="app-nav__list" class:app-nav__list--open=move || open.get() id="app-nav-list" on:click=move |_| open.set(false)>
                {Page::NAV
                    .into_iter()
                    .map(|page| {
                        let current = move || (state.page.get() == page).then_some("page");
                        view! {
                            <li class="app-nav__item">
                                <span class="app-nav__link" aria-current=current>
                                    <PageLink page=page>{crate::ui::state::app_state::page_heading(page)}</PageLink>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
