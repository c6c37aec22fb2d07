//! The pathway timeline: a plain SVG picture of the window across the years, with August and
//! the Christmas period shaded and labelled, and the same facts as a list for everyone.

use leptos::prelude::*;

use crate::engine::event::Event;
use crate::engine::plan::timeline::TimelineLayout;
use crate::ui::widgets::time::event_when;

// The picture is 1020 units wide: 10 either side of a 1000-unit line, one unit per thousandth.
const WIDTH: u16 = 1020;
const HEIGHT: u16 = 120;
const LINE_Y: u16 = 60;
// Labels sit in three rows above the line, so up to three neighbours never overlap.

fn x(at: u16) -> String {
    (10 + at).to_string()
}

#[component]
pub fn Timeline(layout: TimelineLayout, events: Vec<Event>) -> impl IntoView {
    let today = layout.today;
    let picture = view! {
        <svg
            class="app-timeline__svg"
            // The top row of labels sits above y = 0, so the picture starts a little higher.
            viewBox=format!("0 -16 {WIDTH} {}", HEIGHT + 16)
            role="img"
            aria-labelledby="timeline-svg-title"
            focusable="false"
        >
            <title id="timeline-svg-title">
                "Timeline of the inspection window; the same dates are listed below."
            </title>
            {layout
                .bands
                .iter()
                .map(|b| {
                    let w = b.end.saturating_sub(b.start).max(2).to_string();
                    view! {
                        <rect class="app-timeline__band" x=x(b.start) y="35" width=w height="50">
                            <title>{b.label.clone()}</title>
                        </rect>
                    }
                })
                .collect_view()}
            <line class="app-timeline__line" x1=x(0) x2=x(1000) y1=LINE_Y y2=LINE_Y />
            {layout
                .years
                .iter()
                .map(|(year, at)| {
                    view! {
                        <line class="app-timeline__year" x1=x(*at) x2=x(*at) y1="88" y2="96" />
                        <text class="app-timeline__year-label" x=x(*at) y="112" text-anchor="middle">{year.to_string()}</text>
                    }
                })
                .collect_view()}
            {layout
                .marks
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    // Alternate labels above the line so neighbours do not overlap, and keep the
                    // ones near the ends inside the picture.
                    let y = match i % 3 {
                        0 => "30",
                        1 => "16",
                        _ => "2",
                    };
                    let anchor = match m.at {
                        0..=120 => "start",
                        880.. => "end",
                        _ => "middle",
                    };
                    view! {
                        <circle class="app-timeline__mark" cx=x(m.at) cy=LINE_Y r="6" />
                        <text class="app-timeline__label" x=x(m.at) y=y text-anchor=anchor>{m.label.clone()}</text>
                    }
                })
                .collect_view()}
            {today
                .map(|at| {
                    view! {
                        <line class="app-timeline__today" x1=x(at) x2=x(at) y1="40" y2="80" />
                        <text class="app-timeline__today-label" x=x(at) y="100" text-anchor="middle">"Today"</text>
                    }
                })}
        </svg>
    };
    view! {
        <div class="app-timeline">
            {picture}
            <ul class="govuk-list app-timeline__list">
                {events
                    .into_iter()
                    .map(|e| {
                        view! {
                            <li data-timeline-event=e.id.clone()>
                                <strong>{e.title.clone()}</strong>
                                ": "
                                {event_when(&e)}
                            </li>
                        }
                    })
                    .collect_view()}
                {layout
                    .bands
                    .iter()
                    .map(|b| {
                        view! {
                            <li class="app-timeline__band-text">
                                "Flagged period (Ofsted ILACS framework, paragraph 14): " {b.label.clone()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
