//! The plan laid out for paper: one page per month that has at least one event, each with the
//! month's grid (weeks from Monday) and that month's events. The print page only renders what
//! [`print_months`] returns.

use chrono::Datelike;

use crate::engine::calendar::month_grid::{month_grid, MonthGrid};
use crate::engine::event::{sort_by_date, Event};

/// One printed month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintMonth {
    pub grid: MonthGrid,
    /// The events dated in this month, in date order (same-day events in the order given).
    pub events: Vec<Event>,
}

/// The months `events` touch, in date order, each with its events. Every event is in exactly
/// one month: its own. A month the grid cannot be drawn for (beyond chrono's range) is left out
/// rather than failing.
pub fn print_months(events: &[Event]) -> Vec<PrintMonth> {
    let mut sorted = events.to_vec();
    sort_by_date(&mut sorted);
    let mut months: Vec<PrintMonth> = Vec::new();
    for event in sorted {
        let (year, month) = (event.date.year(), event.date.month());
        match months.last_mut() {
            Some(last) if last.grid.year == year && last.grid.month == month => {
                last.events.push(event)
            }
            _ => {
                if let Some(grid) = month_grid(year, month) {
                    months.push(PrintMonth {
                        grid,
                        events: vec![event],
                    });
                }
            }
        }
    }
    months
}
