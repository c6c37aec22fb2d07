//! The calendar, warnings and agenda for one section of the plan: the lower half of every plan
//! page.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::engine::event::Section;
use crate::engine::plan::timeline;
use crate::ui::sections::agenda::{Agenda, WarningSummary};
use crate::ui::sections::calendar_panel::CalendarPanel;
use crate::ui::state::app_state::AppState;

/// The calendar, warnings and agenda for one section of the plan.
#[component]
pub fn PlanSection(
    section: Section,
    /// Called when a day is picked on the calendar ("what if this were the date?").
    #[prop(optional)]
    on_pick: Option<Callback<NaiveDate>>,
    empty: &'static str,
    /// Also show events of these sections (e.g. the inadequate sequence after fieldwork).
    #[prop(optional)]
    also: Vec<Section>,
    /// Leave out the events the pathway timeline already lists.
    #[prop(optional)]
    without_timeline: bool,
    /// Leave out the annual cycle's events (the pathway page lists them in their own section).
    #[prop(optional)]
    without_annual: bool,
    /// The control to record each step's actual date (issue 26), from a page fetched on demand.
    #[prop(optional)]
    record: Option<crate::ui::sections::agenda::RecordControl>,
) -> impl IntoView {
    let state = AppState::get();
    let events = Memo::new(move |_| {
        state.plan.with(|p| match p {
            Ok(plan) => plan
                .events
                .iter()
                .filter(|e| e.section == section || also.contains(&e.section))
                .filter(|e| !(without_timeline && timeline::on_timeline(e)))
                .cloned()
                .collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
    });
    // The calendar marks every event (with `data-marker`); the agenda owns the ids it lists.
    let listed = Memo::new(move |_| {
        events.with(|es| {
            es.iter()
                .filter(|e| !(without_annual && is_annual(e)))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let warnings = Memo::new(move |_| {
        let ids: Vec<String> = events.with(|es| es.iter().map(|e| e.id.clone()).collect());
        state.plan.with(|p| match p {
            Ok(plan) => plan
                .warnings
                .iter()
                .filter(|w| {
                    w.events.is_empty() && section == Section::Pathway
                        || w.events.iter().any(|id| ids.contains(id))
                })
                .cloned()
                .collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
    });
    view! {
        {move || view! { <WarningSummary warnings=warnings.get() /> }}
        <section class="app-section" aria-labelledby=format!("{}-calendar-heading", section_slug(section))>
            <h2 class="govuk-heading-m" id=format!("{}-calendar-heading", section_slug(section))>"Calendar"</h2>
            <CalendarPanel events=events on_pick=on_pick id=calendar_id(section) />
        </section>
        <section class="app-section" aria-labelledby=format!("{}-agenda-heading", section_slug(section))>
            <h2 class="govuk-heading-m" id=format!("{}-agenda-heading", section_slug(section))>"Day by day"</h2>
            {move || view! { <Agenda events=listed.get() warnings=warnings.get() empty=empty record=record /> }}
        </section>
    }
}

/// An event of the annual cycle (`self-evaluation-n`, `engagement-meeting-n`,
/// `engagement-letter-n`).
fn is_annual(event: &crate::engine::event::Event) -> bool {
    crate::engine::plan::annual::annual_cycle()
        .iter()
        .any(|step| event.id.starts_with(step.event_prefix))
}

fn calendar_id(section: Section) -> &'static str {
    match section {
        Section::Pathway => "pathway-calendar",
        Section::Visit => "visit-calendar",
        Section::AfterFieldwork => "after-calendar",
        Section::Monitoring => "monitoring-calendar",
    }
}

fn section_slug(section: Section) -> &'static str {
    match section {
        Section::Pathway => "pathway",
        Section::Visit => "visit",
        Section::AfterFieldwork => "after",
        Section::Monitoring => "monitoring",
    }
}
