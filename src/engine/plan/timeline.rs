//! The layout of the pathway timeline: where each window date, August and the Christmas period
//! sit along a line from the last inspection to the end of the window. Pure, so the picture is
//! tested on the host and the component only draws it.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::engine::event::{Event, EventKind};
use crate::engine::rules::FlaggedPeriod;

/// A dated mark on the line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub event_id: String,
    pub date: NaiveDate,
    pub label: String,
    /// Thousandths of the way along the line: 0 at its start, 1000 at its end. Whole numbers
    /// keep floating-point formatting out of the app.
    pub at: u16,
}

/// A stretch of time that is flagged (August, Christmas and New Year).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub label: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub start: u16,
    pub end: u16,
}

/// Everything the timeline draws.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineLayout {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub marks: Vec<Mark>,
    pub bands: Vec<Band>,
    /// 1 January of each year on the line.
    pub years: Vec<(i32, u16)>,
    /// Today, if it falls on the line.
    pub today: Option<u16>,
}

/// Lays out the pathway `events` (the window, the anniversary, the last inspection and any
/// planned episodes) from a month before the first to a month after the last. `None` when
/// there is nothing to draw.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::plan::timeline::layout;
/// assert!(layout(&[], NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), None).is_none());
/// ```
pub fn layout(
    events: &[Event],
    today: NaiveDate,
    christmas: Option<FlaggedPeriod>,
) -> Option<TimelineLayout> {
    let shown: Vec<&Event> = events.iter().filter(|e| on_timeline(e)).collect();
    let first = shown.iter().map(|e| e.date).min()?;
    let last = shown.iter().map(|e| e.date).max()?;
    let start = first.checked_sub_months(chrono::Months::new(1))?;
    let end = last.checked_add_months(chrono::Months::new(1))?;
    let span = (end - start).num_days().max(1);
    let at = |d: NaiveDate| {
        let permille = ((d - start).num_days() * 1000 / span).clamp(0, 1000);
        u16::try_from(permille).unwrap_or(1000)
    };

    let marks = shown
        .iter()
        .map(|e| Mark {
            event_id: e.id.clone(),
            date: e.date,
            label: short_label(e),
            at: at(e.date),
        })
        .collect();

    // Only the flagged periods inside the window matter for when the next inspection can start;
    // without a window (pathway 3), every one on the line does.
    let window: Vec<NaiveDate> = shown
        .iter()
        .filter(|e| e.kind == EventKind::Window)
        .map(|e| e.date)
        .collect();
    let (flag_from, flag_to) = match (window.iter().min(), window.iter().max()) {
        (Some(a), Some(b)) => (*a, *b),
        _ => (start, end),
    };
    let mut bands = Vec::new();
    let mut years = Vec::new();
    for year in start.year()..=end.year() {
        if let Some(new_year) = NaiveDate::from_ymd_opt(year, 1, 1) {
            if new_year >= start && new_year <= end {
                years.push((year, at(new_year)));
            }
        }
        if let (Some(from), Some(to)) = (
            NaiveDate::from_ymd_opt(year, 8, 1),
            NaiveDate::from_ymd_opt(year, 8, 31),
        ) {
            push_band(
                &mut bands,
                format!("August {year}"),
                from,
                to,
                flag_from,
                flag_to,
                at,
            );
        }
        if let Some(period) = christmas {
            // 24 December to 1 January runs into the next year; a period within one year does not.
            let end_year =
                if (period.end_month, period.end_day) < (period.start_month, period.start_day) {
                    year + 1
                } else {
                    year
                };
            if let (Some(from), Some(to)) = (
                NaiveDate::from_ymd_opt(year, period.start_month, period.start_day),
                NaiveDate::from_ymd_opt(end_year, period.end_month, period.end_day),
            ) {
                push_band(
                    &mut bands,
                    format!("Christmas and New Year {year}"),
                    from,
                    to,
                    flag_from,
                    flag_to,
                    at,
                );
            }
        }
    }
    let today = (today >= start && today <= end).then(|| at(today));
    Some(TimelineLayout {
        start,
        end,
        marks,
        bands,
        years,
        today,
    })
}

/// What one stop of the vertical timeline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopKind {
    /// The first of January of a year: the year's label, before its stops.
    Year(i32),
    /// A flagged period starting (an index into `bands`).
    Band(usize),
    /// A dated mark (an index into `marks`).
    Mark(usize),
    /// Today.
    Today,
}

/// One stop of the vertical timeline: the timeline is read top to bottom in date order, one stop
/// a line, so no two labels can overlap at any width (issue 25 item 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop {
    pub date: NaiveDate,
    pub kind: StopKind,
}

impl TimelineLayout {
    /// The timeline's stops in date order: each year's label before its first stop, then the
    /// flagged periods (by their first day), the marks and today. On one day a period comes
    /// before a mark, and today after both. Years with no stop are left out.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::engine::plan::timeline::{layout, StopKind};
    /// use ilacs_planner::engine::event::{Event, EventKind, Section};
    /// use ilacs_planner::engine::rules::{Source, CitationKind};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let source = Source::new("F§13", "ILACS framework, paragraph 13", CitationKind::Framework);
    /// let event = |id: &str, date| ilacs_planner::engine::rules::sourced_event(
    ///     Section::Pathway, id, EventKind::Window, date, id, String::new(), "", &source, ilacs_planner::engine::rules::Estimate::Exact);
    /// let events = [event("window-opens", d(2026, 9, 1)), event("window-closes", d(2027, 3, 1))];
    /// let t = layout(&events, d(2026, 12, 6), None).unwrap();
    /// let kinds: Vec<StopKind> = t.stops(d(2026, 12, 6)).iter().map(|s| s.kind).collect();
    /// assert_eq!(kinds, [StopKind::Year(2026), StopKind::Mark(0), StopKind::Today, StopKind::Year(2027), StopKind::Mark(1)]);
    /// ```
    pub fn stops(&self, today: NaiveDate) -> Vec<Stop> {
        let mut stops: Vec<(u8, Stop)> = Vec::new();
        for (i, b) in self.bands.iter().enumerate() {
            let date = b.from.max(self.start);
            stops.push((
                0,
                Stop {
                    date,
                    kind: StopKind::Band(i),
                },
            ));
        }
        for (i, m) in self.marks.iter().enumerate() {
            stops.push((
                1,
                Stop {
                    date: m.date,
                    kind: StopKind::Mark(i),
                },
            ));
        }
        if self.today.is_some() {
            stops.push((
                2,
                Stop {
                    date: today,
                    kind: StopKind::Today,
                },
            ));
        }
        stops.sort_by_key(|(rank, s)| (s.date, *rank));
        let mut out = Vec::with_capacity(stops.len() + 4);
        for (_, stop) in stops {
            let year = stop.date.year();
            if out.last().is_none_or(|s: &Stop| s.date.year() != year) {
                if let Some(date) = NaiveDate::from_ymd_opt(year, 1, 1) {
                    out.push(Stop {
                        date,
                        kind: StopKind::Year(year),
                    });
                }
            }
            out.push(stop);
        }
        out
    }
}

fn push_band(
    bands: &mut Vec<Band>,
    label: String,
    from: NaiveDate,
    to: NaiveDate,
    start: NaiveDate,
    end: NaiveDate,
    at: impl Fn(NaiveDate) -> u16,
) {
    if to < start || from > end {
        return;
    }
    bands.push(Band {
        label,
        from,
        to,
        start: at(from.max(start)),
        end: at(to.min(end)),
    });
}

/// A few words for the picture; the list beside it gives the full title.
fn short_label(event: &Event) -> String {
    match event.id.as_str() {
        "last-inspection" => "Last inspection".to_string(),
        "window-opens" => "Window opens".to_string(),
        "anniversary" => "Anniversary".to_string(),
        "window-closes" => "Window closes".to_string(),
        "next-inspection-likely-from" => "Most likely from (observed)".to_string(),
        "next-inspection-likely-to" => "Most likely by (observed)".to_string(),
        "reinspection-earliest" => "Re-inspection (earliest)".to_string(),
        "reinspection-latest" => "Re-inspection (latest)".to_string(),
        id => match id.strip_prefix("monitoring-visit-") {
            Some(n) => format!("Visit {n}"),
            None => event.title.clone(),
        },
    }
}

/// The events that belong on the timeline: the window, the last inspection, and episodes.
pub fn on_timeline(event: &Event) -> bool {
    matches!(
        event.kind,
        EventKind::Window | EventKind::PastEpisode | EventKind::PlannedEpisode
    ) || event.id == "last-inspection"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::Calendar;
    use crate::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
    use crate::engine::plan::{plan, PlanInput};
    use crate::engine::rules;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    /// Peterborough briefing (seed 000): last inspected April 2015, requires improvement; the
    /// window runs six months either side of the anniversary (F§13). Today is 10 January 2018.
    fn peterborough() -> TimelineLayout {
        let rules = rules::by_id("ilacs-2017").expect("rule set");
        let input = PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Sif,
                first_onsite_day: d(2015, 4, 13),
                outcome: Outcome::Overall(Grade::RequiresImprovement),
            }),
            ..PlanInput::default()
        };
        let today = d(2018, 1, 10);
        let p = plan(rules, &Calendar::england_and_wales(), &input, today).expect("plan");
        let christmas = Some(rules.flagged.christmas_default.value);
        layout(&p.events, today, christmas).expect("something to draw")
    }

    #[test]
    fn window_marks_bands_and_today_sit_in_order() {
        let t = peterborough();
        let ids: Vec<&str> = t.marks.iter().map(|m| m.event_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "last-inspection",
                "window-opens",
                "anniversary",
                "window-closes"
            ]
        );
        assert!(t.marks.windows(2).all(|w| w[0].at <= w[1].at));
        assert!(t.marks.iter().all(|m| m.at <= 1000));
        assert_eq!(t.start, d(2015, 3, 13));
        let labels: Vec<&str> = t.bands.iter().map(|b| b.label.as_str()).collect();
        // Only the flagged periods inside the window (13 October 2017 to 13 October 2018) matter
        // for when the next inspection can start (F§14).
        assert_eq!(labels, ["Christmas and New Year 2017", "August 2018"]);
        let christmas_2017 = t
            .bands
            .iter()
            .find(|b| b.label == "Christmas and New Year 2017");
        assert_eq!(
            christmas_2017.map(|b| (b.from, b.to)),
            Some((d(2017, 12, 24), d(2018, 1, 1)))
        );
        assert!(t.today.is_some());
        assert_eq!(t.years.first().map(|y| y.0), Some(2016));
        let words: Vec<&str> = t.marks.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(
            words,
            [
                "Last inspection",
                "Window opens",
                "Anniversary",
                "Window closes"
            ]
        );
    }

    /// Issue 25 item 7: the vertical timeline reads in date order, each year's label before its
    /// stops and today among them where it falls (Peterborough again, today 10 January 2018).
    #[test]
    fn stops_run_in_date_order_with_years_and_today() {
        let today = d(2018, 1, 10);
        let stops = peterborough().stops(today);
        assert!(stops.windows(2).all(|w| w[0].date <= w[1].date));
        let kinds: Vec<StopKind> = stops.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                StopKind::Year(2015),
                StopKind::Mark(0), // last inspection, 13 April 2015
                StopKind::Year(2017),
                StopKind::Mark(1), // window opens, 13 October 2017
                StopKind::Band(0), // Christmas and New Year 2017, from 24 December
                StopKind::Year(2018),
                StopKind::Today,   // 10 January 2018
                StopKind::Mark(2), // anniversary, 13 April 2018
                StopKind::Band(1), // August 2018
                StopKind::Mark(3), // window closes, 13 October 2018
            ]
        );
        assert_eq!(stops[6].date, today);
    }
}
