//! The pathway timeline: a vertical line read top to bottom in date order, one stop a line (each
//! year, the window's dates, the last inspection, episodes, August and the Christmas period,
//! and today), so no two labels can overlap at any width (issue 25 item 7). The order and the
//! years are the engine's (`TimelineLayout::stops`); this only draws them.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::engine::calendar::dates::iso;
use crate::engine::event::Event;
use crate::engine::plan::timeline::{StopKind, TimelineLayout};
use crate::ui::widgets::time::{event_when, DateTime};

#[component]
pub fn Timeline(layout: TimelineLayout, events: Vec<Event>, today: NaiveDate) -> impl IntoView {
    let stops = layout.stops(today);
    let items = stops
        .into_iter()
        .map(|stop| {
            let date = iso(stop.date);
            match stop.kind {
                StopKind::Year(year) => view! {
                    <li class="app-timeline__stop app-timeline__stop--year" data-timeline-date=date>
                        <span class="app-timeline__label">{year.to_string()}</span>
                    </li>
                }
                .into_any(),
                StopKind::Mark(i) => {
                    let Some(mark) = layout.marks.get(i) else {
                        return ().into_any();
                    };
                    let event = events.iter().find(|e| e.id == mark.event_id);
                    let title = event.map_or_else(|| mark.label.clone(), |e| e.title.clone());
                    view! {
                        <li class="app-timeline__stop" data-timeline-date=date data-timeline-event=mark.event_id.clone()>
                            <span class="app-timeline__label">
                                <strong>{title}</strong>
                                ": "
                                {event.map_or_else(|| view! { <DateTime date=mark.date /> }.into_any(), event_when)}
                            </span>
                        </li>
                    }
                    .into_any()
                }
                StopKind::Band(i) => {
                    let Some(band) = layout.bands.get(i) else {
                        return ().into_any();
                    };
                    view! {
                        <li class="app-timeline__stop app-timeline__stop--band" data-timeline-date=date>
                            <span class="app-timeline__label">
                                <strong>{band.label.clone()}</strong>
                                ": "
                                <DateTime date=band.from />
                                " to "
                                <DateTime date=band.to />
                                ". Flagged period (Ofsted ILACS framework, paragraph 14)"
                            </span>
                        </li>
                    }
                    .into_any()
                }
                StopKind::Today => view! {
                    <li class="app-timeline__stop app-timeline__stop--today" data-timeline-date=date>
                        <span class="app-timeline__label">
                            <strong>"Today"</strong>
                            ": "
                            <DateTime date=stop.date />
                        </span>
                    </li>
                }
                .into_any(),
            }
        })
        .collect_view();
    view! { <ol class="app-timeline">{items}</ol> }
}
