//! The month calendar for a page: shows the plan's events on their days and starts on the month
//! of the first one. Picking a day can move the input date ("what if").

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::engine::event::Event;
use crate::engine::event::EventKind;
use crate::ui::sections::agenda::icon;
use crate::ui::state::app_state::AppState;
use crate::ui::widgets::month_calendar::{DayMarker, MonthCalendar};

#[component]
pub fn CalendarPanel(
    events: Memo<Vec<Event>>,
    /// When given, picking a day sets the page's input date to it.
    on_pick: Option<Callback<NaiveDate>>,
    /// Prefix for the calendar's element ids.
    id: &'static str,
) -> impl IntoView {
    let state = AppState::get();
    let start = events
        .with_untracked(|es| es.first().map(|e| e.date))
        .unwrap_or(state.today);
    let shown = RwSignal::new((start.year(), start.month()));
    let focused = RwSignal::new(start);
    // Follow the plan: when its first date moves to another month, show that month.
    Effect::new(move |previous: Option<Option<NaiveDate>>| {
        let first = events.with(|es| es.first().map(|e| e.date));
        if let (Some(first), Some(before)) = (first, previous) {
            if Some(first) != before {
                shown.set((first.year(), first.month()));
                focused.set(first);
            }
        }
        first
    });
    let markers =
        Signal::derive(move || events.with(|es| es.iter().map(marker).collect::<Vec<_>>()));
    let selected = Signal::derive(move || state.input.with(|i| i.visit.map(|v| v.anchor.date())));
    let hint = on_pick.is_some().then_some(
        "Press Enter on a day to make it the date above; every date recalculates at once.",
    );
    let on_select = Callback::new(move |date: NaiveDate| {
        if let Some(pick) = on_pick {
            pick.run(date);
        }
    });
    view! {
        <MonthCalendar
            shown=shown
            focused=focused
            today=state.today
            selected=selected
            calendar=state.calendar
            markers=markers
            on_select=on_select
            id=id
            choose_hint=hint
        />
    }
}

/// How an event shows on a calendar day: its title with its icon.
pub fn marker(e: &Event) -> DayMarker {
    DayMarker {
        date: e.date,
        event_id: e.id.clone(),
        // Words as well as the day's cell: an estimate's marker says it is one.
        label: if e.estimate && !e.title.contains("estimate") {
            format!("{} (estimate)", e.title)
        } else {
            e.title.clone()
        },
        icon: icon(e.kind),
        kind_class: marker_class(e.kind),
        kind_label: e.kind.label(),
    }
}

/// The calendar marker's CSS modifier for each kind (a calm accent beside the icon and words).
fn marker_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Notification | EventKind::Call => "app-calendar__marker--call",
        EventKind::Deadline => "app-calendar__marker--deadline",
        EventKind::OnSite | EventKind::Feedback => "app-calendar__marker--on-site",
        EventKind::OffSiteEvaluation => "app-calendar__marker--off-site",
        EventKind::Report | EventKind::Publication => "app-calendar__marker--report",
        _ => "app-calendar__marker--other",
    }
}
