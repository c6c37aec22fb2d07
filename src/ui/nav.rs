//! Navigation between the pages: real links (so they open in a new tab and can be shared) that
//! switch the page in place when clicked normally.

use leptos::prelude::*;

use super::app_state::{AppState, View};

/// Switches to `view`, records it in the address bar and moves focus to the new page's heading.
pub fn go_to(state: AppState, view: View) {
    let from = state.view.get_untracked();
    if from != view {
        state.came_from.set(Some(from));
    }
    state.view.set(view);
    super::url::write(state, true);
    super::platform::focus_after_render("page-heading");
}

/// What starts fetching a page's code before it is opened (`on_demand::preload`). Handed down
/// by context from the app, so that this module, which every page uses for its links, does not
/// depend on the table of pages fetched on demand. Without it (a component drawn alone in a
/// test) links only open their page.
#[derive(Clone, Copy)]
pub struct Preload(pub fn(View));

/// A link to a page of the planner.
#[component]
pub fn ViewLink(view: View, children: Children) -> impl IntoView {
    let state = AppState::get();
    let on_click = move |event: leptos::ev::MouseEvent| {
        // Let the browser handle new-tab and new-window clicks itself.
        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
            return;
        }
        event.prevent_default();
        go_to(state, view);
    };
    // Fetch the page's code as soon as the person shows they are about to open it.
    let preload_page = use_context::<Preload>();
    let preload = move || {
        if let Some(Preload(preload_page)) = preload_page {
            preload_page(view);
        }
    };
    view! {
        <a
            href=move || format!("?{}", super::url::query_for(state, view))
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
                {View::NAV
                    .into_iter()
                    .map(|view| {
                        let current = move || (state.view.get() == view).then_some("page");
                        view! {
                            <li class="app-nav__item">
                                <span class="app-nav__link" aria-current=current>
                                    <ViewLink view=view>{super::app_state::view_title(view)}</ViewLink>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
