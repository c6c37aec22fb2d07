//! The month calendar as data: which days a month's grid shows, and where each calendar key moves
//! to. Kept here, away from the UI, so all date arithmetic is tested on the host and the
//! component only renders what these functions return.
//!
//! Weeks start on Monday, as they do in England (ISO 8601).
//!
//! ```
//! use chrono::NaiveDate;
//! use ilacs_planner::engine::calendar::month_grid::{month_grid, move_date, GridMove};
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let march = month_grid(2026, 3).expect("March 2026");
//! // 1 March 2026 is a Sunday, so the grid opens on Monday 23 February.
//! assert_eq!(march.weeks[0][0], d(2026, 2, 23));
//! assert_eq!(move_date(d(2026, 3, 31), GridMove::NextDay), Some(d(2026, 4, 1)));
//! ```

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::engine::calendar::dates::month_name;

/// The days shown for one month: whole weeks, Monday to Sunday, including the days of the
/// previous and next months that fill the first and last weeks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    pub year: i32,
    /// 1 = January.
    pub month: u32,
    /// Four to six weeks; `weeks[i][0]` is a Monday.
    pub weeks: Vec<[NaiveDate; 7]>,
}

impl MonthGrid {
    /// True when `date` belongs to the month shown, not to the days around it.
    pub fn is_in_month(&self, date: NaiveDate) -> bool {
        is_in_month(date, self.year, self.month)
    }

    /// The first and last days shown (both included).
    pub fn range(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.weeks.first()?[0];
        let last = self.weeks.last()?[6];
        Some((first, last))
    }

    /// "March 2026".
    pub fn title(&self) -> String {
        month_title(self.year, self.month)
    }
}

/// The grid for `month` (1 to 12) of `year`; `None` for a month that does not exist or a year
/// beyond what dates can hold.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::month_grid::month_grid;
///
/// // 1 February 2026 is a Sunday, so its grid needs five weeks...
/// assert_eq!(month_grid(2026, 2).unwrap().weeks.len(), 5);
/// // ...while February 2021 starts on a Monday and fills exactly four.
/// let feb_2021 = month_grid(2021, 2).unwrap();
/// assert_eq!(feb_2021.weeks.len(), 4);
/// assert_eq!(feb_2021.weeks[0][0], NaiveDate::from_ymd_opt(2021, 2, 1).unwrap());
/// assert!(month_grid(2026, 13).is_none());
/// assert!(month_grid(2026, 0).is_none());
/// ```
pub fn month_grid(year: i32, month: u32) -> Option<MonthGrid> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = last_day_of_month(year, month)?;
    let start = first.checked_sub_days(Days::new(first.weekday().num_days_from_monday().into()))?;
    let end = last.checked_add_days(Days::new(
        (6 - last.weekday().num_days_from_monday()).into(),
    ))?;
    let mut weeks = Vec::with_capacity(6);
    let mut monday = start;
    while monday <= end {
        let mut week = [monday; 7];
        for (offset, slot) in (0u64..).zip(week.iter_mut()) {
            *slot = monday.checked_add_days(Days::new(offset))?;
        }
        weeks.push(week);
        match monday.checked_add_days(Days::new(7)) {
            Some(next) => monday = next,
            // `end` is a Sunday, so a week starting after it is never needed.
            None => break,
        }
    }
    Some(MonthGrid { year, month, weeks })
}

/// A move of the focused day in the calendar, one for each navigation key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GridMove {
    /// Left arrow.
    PreviousDay,
    /// Right arrow.
    NextDay,
    /// Up arrow.
    PreviousWeek,
    /// Down arrow.
    NextWeek,
    /// Page Up: same day of the previous month, or its last day if that month is shorter.
    PreviousMonth,
    /// Page Down: same day of the next month, or its last day if that month is shorter.
    NextMonth,
    /// Home: Monday of the week.
    StartOfWeek,
    /// End: Sunday of the week.
    EndOfWeek,
}

/// Where the focused day goes for `mv`; `None` only at the ends of the range dates can hold.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::month_grid::{move_date, GridMove};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // Page Down from 31 January keeps to February's last day.
/// assert_eq!(move_date(d(2026, 1, 31), GridMove::NextMonth), Some(d(2026, 2, 28)));
/// assert_eq!(move_date(d(2028, 1, 31), GridMove::NextMonth), Some(d(2028, 2, 29)));
/// // Home and End: Monday and Sunday of the same week (Wednesday 4 March 2026).
/// assert_eq!(move_date(d(2026, 3, 4), GridMove::StartOfWeek), Some(d(2026, 3, 2)));
/// assert_eq!(move_date(d(2026, 3, 4), GridMove::EndOfWeek), Some(d(2026, 3, 8)));
/// assert_eq!(move_date(d(2026, 3, 4), GridMove::PreviousWeek), Some(d(2026, 2, 25)));
/// ```
pub fn move_date(date: NaiveDate, mv: GridMove) -> Option<NaiveDate> {
    let from_monday = u64::from(date.weekday().num_days_from_monday());
    match mv {
        GridMove::PreviousDay => date.pred_opt(),
        GridMove::NextDay => date.succ_opt(),
        GridMove::PreviousWeek => date.checked_sub_days(Days::new(7)),
        GridMove::NextWeek => date.checked_add_days(Days::new(7)),
        // chrono clamps to the last day of a shorter month, which is what Page Up/Down need.
        GridMove::PreviousMonth => date.checked_sub_months(Months::new(1)),
        GridMove::NextMonth => date.checked_add_months(Months::new(1)),
        GridMove::StartOfWeek => date.checked_sub_days(Days::new(from_monday)),
        GridMove::EndOfWeek => date.checked_add_days(Days::new(6 - from_monday)),
    }
}

/// The month `delta` months after (`delta` < 0: before) `month` of `year`, for the "Previous
/// month" and "Next month" buttons. `None` for an invalid month or on overflow.
///
/// ```
/// use ilacs_planner::engine::calendar::month_grid::add_months;
/// assert_eq!(add_months(2026, 1, -1), Some((2025, 12)));
/// assert_eq!(add_months(2026, 12, 1), Some((2027, 1)));
/// assert_eq!(add_months(2026, 3, 0), Some((2026, 3)));
/// assert_eq!(add_months(2026, 13, 1), None);
/// ```
pub fn add_months(year: i32, month: u32, delta: i32) -> Option<(i32, u32)> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let index = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(delta);
    let new_year = i32::try_from(index.div_euclid(12)).ok()?;
    let new_month = u32::try_from(index.rem_euclid(12) + 1).ok()?;
    Some((new_year, new_month))
}

/// The same day of the month as `date` in `month` of `year`, or that month's last day when it
/// is shorter: where focus goes when the month on display changes.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::month_grid::same_day_in_month;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(same_day_in_month(d(2026, 3, 31), 2026, 4), Some(d(2026, 4, 30)));
/// assert_eq!(same_day_in_month(d(2026, 3, 15), 2027, 2), Some(d(2027, 2, 15)));
/// ```
pub fn same_day_in_month(date: NaiveDate, year: i32, month: u32) -> Option<NaiveDate> {
    let last = last_day_of_month(year, month)?;
    NaiveDate::from_ymd_opt(year, month, date.day().min(last.day()))
}

/// True when `date` is in `month` of `year`.
pub fn is_in_month(date: NaiveDate, year: i32, month: u32) -> bool {
    date.year() == year && date.month() == month
}

/// The last day of `month` of `year`.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::month_grid::last_day_of_month;
/// assert_eq!(last_day_of_month(2028, 2), NaiveDate::from_ymd_opt(2028, 2, 29));
/// assert_eq!(last_day_of_month(2026, 12), NaiveDate::from_ymd_opt(2026, 12, 31));
/// ```
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = add_months(year, month, 1)?;
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// "March 2026"; an empty month name for an invalid month.
///
/// ```
/// use ilacs_planner::engine::calendar::month_grid::month_title;
/// assert_eq!(month_title(2026, 3), "March 2026");
/// ```
pub fn month_title(year: i32, month: u32) -> String {
    format!("{} {year}", month_name(month))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn march_2026_runs_from_23_february_to_5_april() {
        let grid = month_grid(2026, 3).expect("March 2026");
        assert_eq!(grid.weeks.len(), 6);
        assert_eq!(grid.range(), Some((d(2026, 2, 23), d(2026, 4, 5))));
        assert!(grid.is_in_month(d(2026, 3, 1)));
        assert!(!grid.is_in_month(d(2026, 2, 28)));
        assert_eq!(grid.title(), "March 2026");
    }

    #[test]
    fn a_month_starting_on_monday_has_no_leading_days() {
        // 1 June 2026 is a Monday; 30 June a Tuesday.
        let grid = month_grid(2026, 6).expect("June 2026");
        assert_eq!(grid.weeks[0][0], d(2026, 6, 1));
        assert_eq!(grid.weeks.len(), 5);
        assert_eq!(grid.range().map(|r| r.1), Some(d(2026, 7, 5)));
    }

    #[test]
    fn invalid_months_and_years_give_none_without_panicking() {
        assert!(month_grid(2026, 0).is_none());
        assert!(month_grid(2026, 13).is_none());
        assert!(month_grid(i32::MAX, 1).is_none());
        assert!(month_grid(i32::MIN, 1).is_none());
        assert!(add_months(i32::MAX, 12, 1).is_none());
        assert!(last_day_of_month(2026, 0).is_none());
        assert!(same_day_in_month(d(2026, 1, 1), 2026, 14).is_none());
    }

    #[test]
    fn the_edges_of_the_date_range_do_not_panic() {
        for mv in [
            GridMove::PreviousDay,
            GridMove::NextDay,
            GridMove::PreviousWeek,
            GridMove::NextWeek,
            GridMove::PreviousMonth,
            GridMove::NextMonth,
            GridMove::StartOfWeek,
            GridMove::EndOfWeek,
        ] {
            let _ = move_date(NaiveDate::MIN, mv);
            let _ = move_date(NaiveDate::MAX, mv);
        }
        let _ = month_grid(NaiveDate::MIN.year(), 1);
        let _ = month_grid(NaiveDate::MAX.year(), 12);
    }

    #[test]
    fn page_up_from_31_march_clamps_to_february() {
        assert_eq!(
            move_date(d(2026, 3, 31), GridMove::PreviousMonth),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            move_date(d(2026, 12, 15), GridMove::NextMonth),
            Some(d(2027, 1, 15))
        );
    }

    #[test]
    fn home_and_end_on_monday_and_sunday_stay_put() {
        assert_eq!(
            move_date(d(2026, 3, 2), GridMove::StartOfWeek),
            Some(d(2026, 3, 2))
        );
        assert_eq!(
            move_date(d(2026, 3, 8), GridMove::EndOfWeek),
            Some(d(2026, 3, 8))
        );
        assert_eq!(d(2026, 3, 8).weekday(), Weekday::Sun);
    }

    #[test]
    fn add_months_crosses_years_both_ways() {
        assert_eq!(add_months(2026, 1, -13), Some((2024, 12)));
        assert_eq!(add_months(2026, 11, 14), Some((2028, 1)));
        assert_eq!(add_months(0, 1, -1), Some((-1, 12)));
    }
}
