//! The month calendar: a real `<table>` of day buttons with one tab stop (roving tabindex), arrow,
//! Page Up/Down and Home/End keys, bank holidays and plan events written out in each day.
//!
//! The grid and every key's destination come from [`crate::engine::calendar::month_grid`]; this module
//! only decides what each day says and renders it.

use chrono::{Datelike, NaiveDate, Weekday};
use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::calendar::dates;
use crate::engine::calendar::month_grid::{
    add_months, is_in_month, month_grid, month_title, move_date, same_day_in_month, MonthGrid,
};
use crate::engine::calendar::Calendar;

/// Something to show on a day: an event of the plan. Plain data, so the caller decides what
/// goes on the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayMarker {
    pub date: NaiveDate,
    /// The event's id; written as `data-marker` on the marker (never `data-event`, which the
    /// agenda owns).
    pub event_id: String,
    /// What the event is, shown in the day and read out: "Notification call".
    pub label: String,
    /// A short symbol shown before the label, e.g. "☎", "▲", "●". Decoration only: hidden from
    /// screen readers, which read the label.
    pub icon: &'static str,
    /// A CSS class added to the marker for its kind, e.g. `"app-calendar__marker--call"`.
    pub kind_class: &'static str,
    /// The kind in words, for the key: "Deadline". One key entry per kind, however many events.
    pub kind_label: &'static str,
}

/// What one day of the grid shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayCell {
    pub date: NaiveDate,
    /// False for the days of the previous and next months that fill the first and last weeks.
    pub in_month: bool,
    pub is_today: bool,
    pub is_weekend: bool,
    /// The bank holiday's name, e.g. "Christmas Day (substitute day)".
    pub holiday: Option<String>,
    pub markers: Vec<DayMarker>,
}

impl DayCell {
    /// The button's accessible name: the full date, then each thing the day shows, e.g.
    /// "Monday 2 March 2026, today, Notification call". Every piece of visible text in the day is
    /// part of it, so speech-control users can say what they see.
    pub fn accessible_name(&self) -> String {
        let mut parts = vec![dates::long_date(self.date)];
        if self.is_today {
            parts.push("today".to_string());
        }
        if let Some(holiday) = &self.holiday {
            parts.push(format!("bank holiday: {holiday}"));
        }
        if self.is_weekend {
            parts.push("weekend".to_string());
        }
        parts.extend(self.markers.iter().map(|m| m.label.clone()));
        parts.join(", ")
    }
}

/// The cells of `grid`, week by week, with today, bank holidays and markers filled in.
pub fn day_cells(
    grid: &MonthGrid,
    today: NaiveDate,
    calendar: &Calendar,
    markers: &[DayMarker],
) -> Vec<Vec<DayCell>> {
    grid.weeks
        .iter()
        .map(|week| {
            week.iter()
                .map(|&date| DayCell {
                    date,
                    in_month: grid.is_in_month(date),
                    is_today: date == today,
                    is_weekend: matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
                    holiday: calendar.holiday_on(date).map(|h| {
                        if h.substitute {
                            format!("{} (substitute day)", h.title)
                        } else {
                            h.title.clone()
                        }
                    }),
                    markers: markers.iter().filter(|m| m.date == date).cloned().collect(),
                })
                .collect()
        })
        .collect()
}

/// One entry per kind of marker in `weeks`, in the order they first appear, for the key.
pub fn legend_markers(weeks: &[Vec<DayCell>]) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut kinds: Vec<(&'static str, &'static str, &'static str)> = Vec::new();
    for marker in weeks.iter().flatten().flat_map(|cell| &cell.markers) {
        let kind = (marker.icon, marker.kind_class, marker.kind_label);
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The classes of a day's cell: outside the month, weekend, bank holiday, today.
pub fn day_class(cell: &DayCell) -> String {
    let mut class = String::from("app-calendar__day");
    for (on, modifier) in [
        (!cell.in_month, " app-calendar__day--outside"),
        (cell.is_weekend, " app-calendar__day--weekend"),
        (cell.holiday.is_some(), " app-calendar__day--holiday"),
        (cell.is_today, " app-calendar__day--today"),
    ] {
        if on {
            class.push_str(modifier);
        }
    }
    class
}

/// What a day shows: its number, "Today", the bank holiday and each marker with its icon and
/// words. Shared by the calendar's day buttons and the printed months.
pub fn day_contents(cell: DayCell) -> impl IntoView {
    let markers = cell
        .markers
        .into_iter()
        .map(|marker| {
            view! {
                <span
                    class=format!("app-calendar__marker {}", marker.kind_class)
                    data-marker=marker.event_id
                >
                    <span class="app-calendar__marker-icon" aria-hidden="true">{marker.icon}</span>
                    " "
                    {marker.label}
                </span>
            }
        })
        .collect_view();
    view! {
        <span class="app-calendar__number">{cell.date.day()}</span>
        {cell.is_today.then(|| view! { <span class="app-calendar__tag">"Today"</span> })}
        {cell.holiday.map(|holiday| view! { <span class="app-calendar__holiday">{holiday}</span> })}
        {markers}
    }
}

/// The row of column headings, Monday first, weekend columns marked.
#[component]
pub fn WeekdayHeadings() -> impl IntoView {
    view! {
        <tr>
            {WEEKDAYS
                .iter()
                .map(|&day| {
                    let name = dates::weekday_name(day);
                    let weekend = matches!(day, Weekday::Sat | Weekday::Sun);
                    view! {
                        <th scope="col" class=if weekend { "app-calendar__heading app-calendar__heading--weekend" } else { "app-calendar__heading" }>
                            <abbr title=name>{name.get(..3).unwrap_or(name)}</abbr>
                        </th>
                    }
                })
                .collect_view()}
        </tr>
    }
}

/// A month calendar. Arrow keys move by day and week, Page Up/Down by month, Home/End to the
/// start and end of the week; Enter, Space or a click chooses the day (`on_select`).
#[component]
pub fn MonthCalendar(
    /// The month on display: (year, month 1 to 12). Changes when focus moves into another month
    /// or a "Previous month"/"Next month" button is used.
    shown: RwSignal<(i32, u32)>,
    /// The day that holds the calendar's one tab stop. Outside the shown month, the same day of
    /// the shown month (or its last day) takes the tab stop instead.
    focused: RwSignal<NaiveDate>,
    /// Passed in so the calendar never reads the clock.
    today: NaiveDate,
    /// The chosen date, shown as pressed.
    #[prop(into)]
    selected: Signal<Option<NaiveDate>>,
    #[prop(into)] calendar: Signal<Calendar>,
    /// Events to show on their days.
    #[prop(into, optional)]
    markers: Signal<Vec<DayMarker>>,
    /// Called with the day chosen by Enter, Space or a click.
    on_select: Callback<NaiveDate>,
    /// Prefix for the calendar's element ids; give each calendar on a page its own.
    #[prop(optional)]
    id: Option<&'static str>,
    /// What choosing a day does, added to the keyboard hint, e.g. "Press Enter to make it the
    /// notification date." Without it the hint does not invite a choice.
    #[prop(default = None)]
    choose_hint: Option<&'static str>,
) -> impl IntoView {
    let id = id.unwrap_or("month-calendar");
    let caption_id = format!("{id}-caption");
    let hint_id = format!("{id}-hint");
    // The view macro takes each attribute by value, so every use gets its own copy.
    let (caption_ref, hint_ref) = (caption_id.clone(), hint_id.clone());

    // Keyed on `shown` alone: moving focus inside the month re-renders nothing but two tabindexes.
    let grid = Memo::new(move |_| {
        let (year, month) = shown.get();
        month_grid(year, month)
    });
    let cells = Memo::new(move |_| {
        grid.with(|grid| {
            grid.as_ref().map(|grid| {
                calendar.with(|calendar| {
                    markers.with(|markers| day_cells(grid, today, calendar, markers))
                })
            })
        })
    });
    let tab_stop = Memo::new(move |_| {
        let date = focused.get();
        let (year, month) = shown.get();
        if is_in_month(date, year, month) {
            Some(date)
        } else {
            same_day_in_month(date, year, month)
        }
    });
    let title = move || {
        let (year, month) = shown.get();
        month_title(year, month)
    };
    let scroller = NodeRef::<html::Div>::new();
    let days = DayFocus {
        shown,
        focused,
        scroller,
        on_select,
    };

    view! {
        <div class="app-calendar" id=id>
            {month_nav(shown, focused)}
            <p id=hint_id class="govuk-hint app-calendar__hint">
                "Use the arrow keys to move between days, Page Up and Page Down to change month, "
                "and Home and End to go to the start or end of the week."
                {choose_hint.map(|h| format!(" {h}"))}
            </p>
            // Announces the month when keys or buttons change it.
            <p class="govuk-visually-hidden app-calendar__live" aria-live="polite">{title}</p>
            <div
                class="app-calendar__scroller"
                role="region"
                tabindex="0"
                aria-labelledby=caption_ref
                aria-describedby=hint_ref
                node_ref=scroller
            >
                <table class="app-calendar__table">
                    <caption id=caption_id class="app-calendar__caption">{title}</caption>
                    <thead>
                        <WeekdayHeadings />
                    </thead>
                    <tbody>
                        {move || match cells.get() {
                            Some(weeks) => weeks
                                .into_iter()
                                .map(|week| view! {
                                    <tr>
                                        {week
                                            .into_iter()
                                            .map(|cell| day_button(cell, days, selected, tab_stop))
                                            .collect_view()}
                                    </tr>
                                })
                                .collect_view()
                                .into_any(),
                            None => view! {
                                <tr>
                                    <td colspan="7">"This month cannot be shown. Choose a month from 1995 to 2100."</td>
                                </tr>
                            }
                                .into_any(),
                        }}
                    </tbody>
                </table>
            </div>
            {calendar_key(format!("{id}-key"), cells)}
        </div>
    }
}

/// "Previous month" and "Next month", each naming its month for screen readers.
fn month_nav(shown: RwSignal<(i32, u32)>, focused: RwSignal<NaiveDate>) -> impl IntoView {
    let neighbour_title = move |delta: i32| {
        let (year, month) = shown.get();
        add_months(year, month, delta)
            .map(|(year, month)| format!(": {}", month_title(year, month)))
            .unwrap_or_default()
    };
    let show_month = move |delta: i32| {
        let (year, month) = shown.get_untracked();
        let Some((year, month)) = add_months(year, month, delta) else {
            return;
        };
        if month_grid(year, month).is_none() {
            return;
        }
        shown.set((year, month));
        // Focus stays on the button pressed; only the tab stop moves into the new month.
        if let Some(date) = same_day_in_month(focused.get_untracked(), year, month) {
            focused.set(date);
        }
    };
    view! {
        <div class="app-calendar__nav">
            <button
                type="button"
                class="govuk-button govuk-button--secondary app-calendar__nav-button"
                on:click=move |_| show_month(-1)
            >
                <span aria-hidden="true">"‹ "</span>
                "Previous month"
                <span class="govuk-visually-hidden">{move || neighbour_title(-1)}</span>
            </button>
            <button
                type="button"
                class="govuk-button govuk-button--secondary app-calendar__nav-button"
                on:click=move |_| show_month(1)
            >
                "Next month"
                <span class="govuk-visually-hidden">{move || neighbour_title(1)}</span>
                <span aria-hidden="true">" ›"</span>
            </button>
        </div>
    }
}

/// Moving between the days of one calendar: the day with the tab stop, the month on show, and
/// focus on a day's button once it is on the page.
#[derive(Clone, Copy)]
struct DayFocus {
    shown: RwSignal<(i32, u32)>,
    focused: RwSignal<NaiveDate>,
    scroller: NodeRef<html::Div>,
    on_select: Callback<NaiveDate>,
}

impl DayFocus {
    /// Focuses the day's button; false when it is not on the page (yet).
    fn focus_button(self, date: NaiveDate) -> bool {
        let selector = format!("td[data-date=\"{}\"] button", dates::iso(date));
        let button = self
            .scroller
            .try_get_untracked()
            .flatten()
            .and_then(|scroller| scroller.query_selector(&selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        button.is_some_and(|button| button.focus().is_ok())
    }

    fn go_to(self, date: NaiveDate) {
        if month_grid(date.year(), date.month()).is_none() {
            return;
        }
        self.focused.set(date);
        let (year, month) = self.shown.get_untracked();
        if is_in_month(date, year, month) {
            // The button is already on the page: focus it now, so quick repeated keys each count.
            if !self.focus_button(date) {
                request_animation_frame(move || {
                    self.focus_button(date);
                });
            }
        } else {
            self.shown.set((date.year(), date.month()));
            // After the next paint, when the new month's table has replaced the old one.
            request_animation_frame(move || {
                self.focus_button(date);
            });
        }
    }

    fn choose(self, date: NaiveDate) {
        self.go_to(date);
        self.on_select.run(date);
    }

    fn on_key(self, date: NaiveDate, event: KeyboardEvent) {
        // Leave browser and screen-reader shortcuts alone.
        if event.ctrl_key() || event.alt_key() || event.meta_key() {
            return;
        }
        let key = event.key();
        if key == "Enter" || key == " " || key == "Spacebar" {
            // Stops the button's own click from choosing the day a second time.
            event.prevent_default();
            self.choose(date);
        } else if let Some(mv) = crate::app::keys::grid_move(&key) {
            event.prevent_default();
            if let Some(target) = move_date(date, mv) {
                self.go_to(target);
            }
        }
    }
}

/// One day of the calendar: a cell holding its button.
fn day_button(
    cell: DayCell,
    days: DayFocus,
    selected: Signal<Option<NaiveDate>>,
    tab_stop: Memo<Option<NaiveDate>>,
) -> impl IntoView {
    let date = cell.date;
    let class = day_class(&cell);
    let label = cell.accessible_name();
    let is_today = cell.is_today;
    view! {
        <td class=class data-date=dates::iso(date)>
            <button
                type="button"
                class="app-calendar__button"
                aria-label=label
                aria-current=is_today.then_some("date")
                aria-pressed=move || if selected.get() == Some(date) { "true" } else { "false" }
                tabindex=move || if tab_stop.get() == Some(date) { "0" } else { "-1" }
                on:click=move |_| days.choose(date)
                on:keydown=move |event: KeyboardEvent| days.on_key(date, event)
                on:keyup=move |event: KeyboardEvent| {
                    if event.key() == " " {
                        event.prevent_default();
                    }
                }
            >
                {day_contents(cell)}
            </button>
        </td>
    }
}

/// The key's fixed entries: the swatch's modifier, its text, and what it means.
const KEY_SWATCHES: [(&str, &str, &str); 5] = [
    ("today", "Today", " today's date, with a thick border"),
    (
        "weekend",
        "Sat Sun",
        " weekend: the last two columns, shaded",
    ),
    (
        "holiday",
        "Bank holiday",
        " bank holiday in England and Wales, with its name",
    ),
    ("outside", "30", " a day of the month before or after"),
    ("selected", "12", " the chosen date"),
];

/// The key under the calendar: the fixed swatches, then one entry per kind of marker shown.
fn calendar_key(key_id: String, cells: Memo<Option<Vec<Vec<DayCell>>>>) -> impl IntoView {
    let legend = move || {
        let kinds = cells.with(|cells| cells.as_deref().map(legend_markers).unwrap_or_default());
        kinds
            .into_iter()
            .map(|(icon, kind_class, label)| {
                view! {
                    <li class="app-calendar__legend-item">
                        <span class=format!("app-calendar__marker {kind_class}")>
                            <span class="app-calendar__marker-icon" aria-hidden="true">{icon}</span>
                            " "
                            {label}
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let key_ref = key_id.clone();
    view! {
        <div class="app-calendar__legend">
            <p class="govuk-body-s app-calendar__legend-title" id=key_id>"Key"</p>
            <ul class="app-calendar__legend-list" aria-labelledby=key_ref>
                {KEY_SWATCHES
                    .iter()
                    .map(|&(modifier, swatch, meaning)| view! {
                        <li class="app-calendar__legend-item">
                            <span class=format!("app-calendar__swatch app-calendar__swatch--{modifier}")>{swatch}</span>
                            {meaning}
                        </li>
                    })
                    .collect_view()}
                {legend}
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    fn marker(date: NaiveDate, id: &str, label: &str) -> DayMarker {
        DayMarker {
            date,
            event_id: id.to_string(),
            label: label.to_string(),
            icon: "☎",
            kind_class: "app-calendar__marker--call",
            kind_label: "Call",
        }
    }

    fn cells_for(year: i32, month: u32, today: NaiveDate, markers: &[DayMarker]) -> Vec<DayCell> {
        let grid = month_grid(year, month).unwrap_or_else(|| MonthGrid {
            year,
            month,
            weeks: Vec::new(),
        });
        day_cells(&grid, today, &Calendar::england_and_wales(), markers)
            .into_iter()
            .flatten()
            .collect()
    }

    #[test]
    fn names_say_the_date_today_and_the_markers() {
        let today = d(2026, 3, 2);
        let cells = cells_for(
            2026,
            3,
            today,
            &[marker(today, "notification-call", "Notification call")],
        );
        let cell = cells.iter().find(|c| c.date == today);
        assert_eq!(
            cell.map(DayCell::accessible_name).as_deref(),
            Some("Monday 2 March 2026, today, Notification call")
        );
    }

    #[test]
    fn names_say_bank_holidays_and_weekends() {
        let cells = cells_for(2026, 4, d(2026, 1, 1), &[]);
        let name = |date| {
            cells
                .iter()
                .find(|c| c.date == date)
                .map(DayCell::accessible_name)
                .unwrap_or_default()
        };
        assert_eq!(
            name(d(2026, 4, 3)),
            "Friday 3 April 2026, bank holiday: Good Friday"
        );
        assert_eq!(name(d(2026, 4, 4)), "Saturday 4 April 2026, weekend");
        let december = cells_for(2026, 12, d(2026, 1, 1), &[]);
        let boxing = december.iter().find(|c| c.date == d(2026, 12, 28));
        assert_eq!(
            boxing.and_then(|c| c.holiday.clone()).as_deref(),
            Some("Boxing Day (substitute day)")
        );
    }

    #[test]
    fn padding_days_are_marked_outside_the_month() {
        let cells = cells_for(2026, 3, d(2026, 1, 1), &[]);
        assert_eq!(
            cells.first().map(|c| (c.date, c.in_month)),
            Some((d(2026, 2, 23), false))
        );
        assert_eq!(cells.iter().filter(|c| c.in_month).count(), 31);
    }

    #[test]
    fn the_key_lists_each_marker_kind_once() {
        let markers = [
            marker(d(2026, 3, 2), "a", "Notification call"),
            marker(d(2026, 3, 9), "b", "Notification call"),
            DayMarker {
                kind_label: "On site",
                ..marker(d(2026, 3, 10), "c", "On-site week")
            },
        ];
        let grid = month_grid(2026, 3).unwrap_or_else(|| MonthGrid {
            year: 2026,
            month: 3,
            weeks: Vec::new(),
        });
        let weeks = day_cells(
            &grid,
            d(2026, 1, 1),
            &Calendar::england_and_wales(),
            &markers,
        );
        let labels: Vec<&str> = legend_markers(&weeks).into_iter().map(|k| k.2).collect();
        assert_eq!(labels, ["Call", "On site"]);
    }
}
