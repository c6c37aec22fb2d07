//! The council's own work on a day of "What's due" (issue 26): the Annex A items due, with the
//! owners set on the checklist, and the open further-information requests with their response
//! dates. Drawn inside the day's list by a part fetched on demand (`on_demand::OnDemandCouncilWork`),
//! so the Annex A item table is not in the first load; on a day with no framework step and nothing
//! of the council's either, it says that nothing is due, as the first load does for other days.

use leptos::prelude::*;

use crate::engine::calendar::dates::day_month_year;
use crate::engine::plan::whats_due::{council_work_on, DueItem, DueItemKind};
use crate::engine::records::annex_a;
use crate::ui::pages::on_demand::CouncilWorkDay;
use crate::ui::state::app_state::{rule_set, AppState};
use crate::ui::widgets::time::DateTime;

/// The items of the day in [`CouncilWorkDay`], as list items; on a day with no framework step and
/// none of the council's work either, "Nothing due on …" as the list's one item.
pub fn council_work_items() -> impl IntoView {
    let state = AppState::get();
    let day = use_context::<CouncilWorkDay>();
    move || {
        let items = state.plan.with(|p| {
            let (Ok(plan), Some(CouncilWorkDay { date, first, .. })) = (p, day) else {
                return Vec::new();
            };
            let rules = state.input.with(|i| rule_set(&i.rule_set, state.today));
            state.calendar.with(|calendar| {
                let rows = match &plan.visit {
                    Some(visit) => state
                        .checklist
                        .with(|c| annex_a::checklist(rules, calendar, visit, c, state.today))
                        .unwrap_or_default(),
                    None => Vec::new(),
                };
                state
                    .requests
                    .with(|r| council_work_on(calendar, &rows, r, date, first))
                    .unwrap_or_default()
            })
        });
        // Inside the day's list, as a list item: the first load draws the list, and one kind of
        // day fewer there keeps it from growing.
        let nothing = day.filter(|d| d.alone && items.is_empty()).map(|d| {
            view! {
                <li class="app-whats-due__nothing">
                    "Nothing due on " <DateTime date=d.date text=day_month_year(d.date) /> "."
                </li>
            }
        });
        let list = items
            .into_iter()
            .map(|item| view! { <Item item=item /> })
            .collect_view();
        view! { {nothing} {list} }
    }
}

/// An Annex A item or a further-information request in the day's list, with who owns it.
#[component]
fn Item(item: DueItem) -> impl IntoView {
    let (icon, owner_label) = match item.kind {
        DueItemKind::AnnexA => ("◆", "Owner: "),
        DueItemKind::Request => ("?", "Asked by: "),
    };
    let owner = if item.owner.is_empty() {
        match item.kind {
            DueItemKind::AnnexA => "no owner set on the checklist".to_string(),
            DueItemKind::Request => "not recorded".to_string(),
        }
    } else {
        item.owner.clone()
    };
    let when = item.time.map(|t| format!(", {}", t.label()));
    view! {
        <li class="app-whats-due__event app-whats-due__item" data-due-item=item.id.clone()>
            <span class="app-event__icon" aria-hidden="true">{icon}</span>
            " "
            <span class="app-whats-due__title">{item.title.clone()}</span>
            <span class="app-whats-due__when">
                {if item.overdue { "Overdue, response was due " } else { "Due " }}
                <DateTime date=item.date text=day_month_year(item.date) />
                {when}
            </span>
            <span class="app-whats-due__owner">{owner_label}{owner}</span>
        </li>
    }
}
