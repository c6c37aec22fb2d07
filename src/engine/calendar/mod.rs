//! The England and Wales working-day calendar: bank holidays and working-day arithmetic.
//!
//! Knows nothing about ILACS. See `DESIGN.md` ("Calendar") for the decisions: why the England and
//! Wales division, why 1995 to 2100, which ends a count includes, and how an import overrides the
//! built-in list.
//!
//! A working day is Monday to Friday and not a bank holiday in England and Wales (SI 2007/462).
//! "Today" is never read here: callers pass every date in.
//!
//! ```
//! use chrono::NaiveDate;
//! use ilacs_planner::engine::calendar::{Calendar, NonWorkingReason};
//!
//! let cal = Calendar::england_and_wales();
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//!
//! // Five working days after Thursday 17 April 2025 skips Good Friday and Easter Monday.
//! assert_eq!(cal.add_working_days(d(2025, 4, 17), 5)?, d(2025, 4, 28));
//! let reason = cal.non_working_reason(d(2025, 4, 18))?.unwrap();
//! assert_eq!(reason.to_string(), "Good Friday (bank holiday)");
//! # Ok::<(), ilacs_planner::engine::calendar::CalendarError>(())
//! ```

pub mod bank_holidays;
pub mod dates;
pub mod day_check;
pub mod import;
pub mod month_grid;

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::engine::calendar::dates::weekday_name;

pub use bank_holidays::BankHoliday;
pub use import::ImportError;

/// First year the built-in bank-holiday list covers.
pub const FIRST_YEAR: i32 = 1995;
/// Last year the built-in bank-holiday list covers.
pub const LAST_YEAR: i32 = 2100;

/// 1 January of [`FIRST_YEAR`]: day 0 of the working-day bitset.
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
/// 31 December of [`LAST_YEAR`]: the last day the calendar answers for.
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// `FIRST_DAY.num_days_from_ce()`, which is not a const fn; a unit test checks the value.
const FIRST_DAY_CE: i32 = 728_294;
/// Days from 1995-01-01 to 2100-12-31 inclusive; a unit test checks the value.
const DAY_COUNT: usize = 38_716;
const WORDS: usize = DAY_COUNT.div_ceil(64);

/// Why a day is not a working day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NonWorkingReason {
    /// Saturday or Sunday.
    Weekend(Weekday),
    /// A bank holiday in England and Wales.
    BankHoliday(BankHoliday),
}

impl fmt::Display for NonWorkingReason {
    /// "Saturday", "Good Friday (bank holiday)", "Christmas Day (substitute bank holiday)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NonWorkingReason::Weekend(day) => f.write_str(weekday_name(*day)),
            NonWorkingReason::BankHoliday(h) if h.substitute => {
                write!(f, "{} (substitute bank holiday)", h.title)
            }
            NonWorkingReason::BankHoliday(h) => write!(f, "{} (bank holiday)", h.title),
        }
    }
}

/// An error from calendar arithmetic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// The date (or a date reached by counting) is outside 1995 to 2100, where bank holidays are known.
    OutOfRange { date: NaiveDate },
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarError::OutOfRange { date } => write!(
                f,
                "The planner knows bank holidays from {FIRST_YEAR} to {LAST_YEAR}; {} is outside that range.",
                crate::engine::calendar::dates::long_date(*date)
            ),
        }
    }
}

impl std::error::Error for CalendarError {}

/// Which bank-holiday lists are in force, for the status line on screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// First and last year of the built-in (computed) list.
    pub built_in: (i32, i32),
    /// First and last year covered by an imported official list, if one is loaded.
    pub imported: Option<(i32, i32)>,
}

/// The England and Wales working-day calendar, optionally with an imported official list.
///
/// Built once; every query afterwards is a lookup without allocation (except
/// [`Calendar::holidays_in_year`], which returns an owned list).
#[derive(Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Every holiday in force from 1995 to 2100, sorted by date, no duplicates, all weekdays.
    holidays: Vec<BankHoliday>,
    /// Bit `i` set when `FIRST_DAY + i` is a working day.
    working: Vec<u64>,
    imported: Option<(i32, i32)>,
}

impl fmt::Debug for Calendar {
    // The bitset is 605 words of noise; show what a person would want to know.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Calendar")
            .field("holidays", &self.holidays.len())
            .field("coverage", &self.coverage())
            .finish()
    }
}

impl Default for Calendar {
    fn default() -> Self {
        Self::england_and_wales()
    }
}

fn day_index(date: NaiveDate) -> Option<usize> {
    let offset = date.num_days_from_ce().checked_sub(FIRST_DAY_CE)?;
    usize::try_from(offset).ok().filter(|&i| i < DAY_COUNT)
}

fn date_at(index: usize) -> Option<NaiveDate> {
    let offset = i32::try_from(index).ok()?;
    NaiveDate::from_num_days_from_ce_opt(FIRST_DAY_CE.checked_add(offset)?)
}

/// Position of the `k`th lowest set bit (from 0) of `word`, which must have more than `k` set.
/// Clears bits from whichever end is nearer, so a full word costs at most about 32 steps.
fn select_set_bit(mut word: u64, k: u32) -> usize {
    let ones = word.count_ones();
    if k < ones / 2 {
        for _ in 0..k {
            word &= word.wrapping_sub(1);
        }
        word.trailing_zeros() as usize
    } else {
        for _ in 0..ones.saturating_sub(k + 1) {
            word &= !(1u64 << 63u32.saturating_sub(word.leading_zeros()));
        }
        63u32.saturating_sub(word.leading_zeros()) as usize
    }
}

fn out_of_range(date: NaiveDate) -> CalendarError {
    CalendarError::OutOfRange { date }
}

/// Where counting ran off the end of the known range, for the error.
fn past_last_day() -> CalendarError {
    out_of_range(LAST_DAY.succ_opt().unwrap_or(LAST_DAY))
}

fn before_first_day() -> CalendarError {
    out_of_range(FIRST_DAY.pred_opt().unwrap_or(FIRST_DAY))
}

impl Calendar {
    /// The built-in calendar: rules plus known one-off changes, 1995 to 2100.
    ///
    /// ```
    /// use ilacs_planner::engine::calendar::{Calendar, Coverage};
    /// let cal = Calendar::england_and_wales();
    /// assert_eq!(cal.coverage(), Coverage { built_in: (1995, 2100), imported: None });
    /// ```
    pub fn england_and_wales() -> Self {
        let holidays: Vec<BankHoliday> = (FIRST_YEAR..=LAST_YEAR)
            .flat_map(|year| bank_holidays::computed_for_year(year).unwrap_or_default())
            .collect();
        Self::from_sorted_holidays(holidays, None)
    }

    /// `holidays` must be sorted by date and lie within the range; both callers guarantee it.
    fn from_sorted_holidays(holidays: Vec<BankHoliday>, imported: Option<(i32, i32)>) -> Self {
        let mut working = vec![0u64; WORDS];
        // 1995-01-01 was a Sunday, so day i is a weekday when (i + 6) % 7 < 5 (Monday = 0).
        for i in 0..DAY_COUNT {
            if (i + 6) % 7 < 5 {
                if let Some(word) = working.get_mut(i / 64) {
                    *word |= 1u64 << (i % 64);
                }
            }
        }
        for h in &holidays {
            if let Some(i) = day_index(h.date) {
                if let Some(word) = working.get_mut(i / 64) {
                    *word &= !(1u64 << (i % 64));
                }
            }
        }
        Calendar {
            holidays,
            working,
            imported,
        }
    }

    /// A new calendar where GOV.UK's `bank-holidays.json` replaces the built-in list for the
    /// years it covers. On error `self` is untouched (the caller keeps using it).
    ///
    /// Each import starts again from the built-in list, so loading a newer file replaces an
    /// earlier import rather than layering on top of it. See [`import`] for what is checked.
    ///
    /// ```
    /// use ilacs_planner::engine::calendar::{Calendar, ImportError};
    /// let cal = Calendar::england_and_wales();
    /// let err = cal.with_gov_uk_json("{\"scotland\": {\"division\": \"scotland\", \"events\": []}}");
    /// assert!(matches!(err, Err(ImportError::WrongDivision { .. })));
    /// ```
    pub fn with_gov_uk_json(&self, json: &str) -> Result<Calendar, ImportError> {
        let imported = import::parse_gov_uk_json(json)?;
        let (first, last) = imported.years;
        let mut holidays: Vec<BankHoliday> = (FIRST_YEAR..=LAST_YEAR)
            .filter(|y| *y < first || *y > last)
            .flat_map(|year| bank_holidays::computed_for_year(year).unwrap_or_default())
            .collect();
        holidays.extend(imported.holidays);
        bank_holidays::sort_by_date(&mut holidays);
        Ok(Self::from_sorted_holidays(holidays, Some((first, last))))
    }

    pub fn coverage(&self) -> Coverage {
        Coverage {
            built_in: (FIRST_YEAR, LAST_YEAR),
            imported: self.imported,
        }
    }

    /// Monday to Friday and not a bank holiday.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::engine::calendar::Calendar;
    /// let cal = Calendar::england_and_wales();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(cal.is_working_day(d(2025, 12, 24)), Ok(true));
    /// assert_eq!(cal.is_working_day(d(2025, 12, 25)), Ok(false));
    /// assert!(cal.is_working_day(d(2101, 1, 1)).is_err());
    /// ```
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        let i = day_index(date).ok_or(out_of_range(date))?;
        Ok(self.bit(i))
    }

    /// `None` for a working day.
    pub fn non_working_reason(
        &self,
        date: NaiveDate,
    ) -> Result<Option<NonWorkingReason>, CalendarError> {
        if self.is_working_day(date)? {
            return Ok(None);
        }
        if let Some(h) = self.holiday_on(date) {
            return Ok(Some(NonWorkingReason::BankHoliday(h.clone())));
        }
        Ok(Some(NonWorkingReason::Weekend(date.weekday())))
    }

    /// The bank holiday on `date`, if any. `None` outside 1995 to 2100 as well.
    pub fn holiday_on(&self, date: NaiveDate) -> Option<&BankHoliday> {
        let i = self.holidays.binary_search_by_key(&date, |h| h.date).ok()?;
        self.holidays.get(i)
    }

    /// The bank holidays from `from` to `to`, both included, in date order; empty when `to` is
    /// before `from`. Borrowed, so it costs no allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::engine::calendar::Calendar;
    /// let cal = Calendar::england_and_wales();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let easter = cal.holidays_between(d(2025, 4, 18), d(2025, 4, 21));
    /// assert_eq!(easter.len(), 2);
    /// ```
    pub fn holidays_between(&self, from: NaiveDate, to: NaiveDate) -> &[BankHoliday] {
        let start = self.holidays.partition_point(|h| h.date < from);
        let end = self.holidays.partition_point(|h| h.date <= to);
        self.holidays.get(start..end.max(start)).unwrap_or(&[])
    }

    /// The `n`th working day after `date` (before it when `n` is negative); `date` itself when
    /// `n` is 0, even if `date` is not a working day.
    ///
    /// `date` must be within 1995 to 2100 even when `n` is 0, so an out-of-range date is reported
    /// at once rather than later.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::engine::calendar::Calendar;
    /// let cal = Calendar::england_and_wales();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let saturday = d(2025, 5, 3);
    /// assert_eq!(cal.add_working_days(saturday, 0)?, saturday);
    /// // Monday 5 May 2025 is the early May bank holiday.
    /// assert_eq!(cal.add_working_days(saturday, 1)?, d(2025, 5, 6));
    /// assert_eq!(cal.add_working_days(saturday, -1)?, d(2025, 5, 2));
    /// # Ok::<(), ilacs_planner::engine::calendar::CalendarError>(())
    /// ```
    pub fn add_working_days(&self, date: NaiveDate, n: i32) -> Result<NaiveDate, CalendarError> {
        let i = day_index(date).ok_or(out_of_range(date))?;
        let steps = n.unsigned_abs();
        let found = match n {
            0 => return Ok(date),
            1.. => self.nth_working_after(i, steps).ok_or_else(past_last_day)?,
            _ => self
                .nth_working_before(i, steps)
                .ok_or_else(before_first_day)?,
        };
        date_at(found).ok_or(out_of_range(date))
    }

    /// Like [`Calendar::add_working_days`], but a working day for which `also_skip` is true is not
    /// counted either: for statutory timetables that disregard more days than weekends and bank
    /// holidays (an election timetable also disregards Christmas Eve). `date` itself when `n` is 0.
    /// It steps one working day at a time, so it suits the short counts of such timetables.
    ///
    /// ```
    /// use chrono::{Datelike, NaiveDate};
    /// use ilacs_planner::engine::calendar::Calendar;
    /// let cal = Calendar::england_and_wales();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let christmas_eve = |x: NaiveDate| (x.month(), x.day()) == (12, 24);
    /// // Thursday 24 December 2026 is a working day, but not for the election timetable.
    /// assert_eq!(cal.add_working_days(d(2026, 12, 29), -1)?, d(2026, 12, 24));
    /// assert_eq!(cal.add_working_days_also_skipping(d(2026, 12, 29), -1, christmas_eve)?, d(2026, 12, 23));
    /// # Ok::<(), ilacs_planner::engine::calendar::CalendarError>(())
    /// ```
    pub fn add_working_days_also_skipping(
        &self,
        date: NaiveDate,
        n: i32,
        also_skip: impl Fn(NaiveDate) -> bool,
    ) -> Result<NaiveDate, CalendarError> {
        let step = if n < 0 { -1 } else { 1 };
        // Adding zero checks the range, so an out-of-range date is reported even when n is 0.
        let mut day = self.add_working_days(date, 0)?;
        let mut left = n.unsigned_abs();
        // Ends: every step moves one working day, and the calendar's range is finite.
        while left > 0 {
            day = self.add_working_days(day, step)?;
            if !also_skip(day) {
                left -= 1;
            }
        }
        Ok(day)
    }

    /// The first working day strictly after `date`.
    pub fn next_working_day(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        self.add_working_days(date, 1)
    }

    /// The last working day strictly before `date`.
    pub fn previous_working_day(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        self.add_working_days(date, -1)
    }

    /// `date` if it is a working day, else the next one.
    pub fn working_day_on_or_after(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        if self.is_working_day(date)? {
            Ok(date)
        } else {
            self.next_working_day(date)
        }
    }

    /// `date` if it is a working day, else the previous one.
    pub fn working_day_on_or_before(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        if self.is_working_day(date)? {
            Ok(date)
        } else {
            self.previous_working_day(date)
        }
    }

    /// Working days `d` with `from < d <= to` (start excluded, end included), negated when `to`
    /// is before `from`; so `add_working_days(from, working_days_between(from, to)) == to`
    /// whenever `to` is a working day.
    ///
    /// "Start excluded, end included" holds in both directions: when `to` is before `from` the
    /// days counted are `to <= d < from`. That is what makes the round trip above work both
    /// ways; it also means swapping the arguments need not just flip the sign when an end is not
    /// a working day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::engine::calendar::Calendar;
    /// let cal = Calendar::england_and_wales();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // Monday to the next Monday: Tue, Wed, Thu, Fri, Mon.
    /// assert_eq!(cal.working_days_between(d(2025, 6, 2), d(2025, 6, 9))?, 5);
    /// assert_eq!(cal.working_days_between(d(2025, 6, 9), d(2025, 6, 2))?, -5);
    /// assert_eq!(cal.working_days_between(d(2025, 6, 2), d(2025, 6, 2))?, 0);
    /// # Ok::<(), ilacs_planner::engine::calendar::CalendarError>(())
    /// ```
    pub fn working_days_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<i32, CalendarError> {
        let a = day_index(from).ok_or(out_of_range(from))?;
        let b = day_index(to).ok_or(out_of_range(to))?;
        let count = |lo: usize, hi: usize| -> i32 {
            // Working days with index in lo..hi; at most DAY_COUNT, so the cast cannot truncate.
            i32::try_from(self.count_in(lo, hi)).unwrap_or(i32::MAX)
        };
        Ok(if a <= b {
            count(a + 1, b + 1)
        } else {
            -count(b, a)
        })
    }

    /// The bank holidays in force in `year`, in date order.
    ///
    /// ```
    /// use ilacs_planner::engine::calendar::Calendar;
    /// let cal = Calendar::england_and_wales();
    /// let titles: Vec<String> = cal.holidays_in_year(2023)?.into_iter().map(|h| h.title).collect();
    /// assert_eq!(titles.len(), 9);
    /// assert!(titles.contains(&"Bank holiday for the coronation of King Charles III".to_string()));
    /// # Ok::<(), ilacs_planner::engine::calendar::CalendarError>(())
    /// ```
    pub fn holidays_in_year(&self, year: i32) -> Result<Vec<BankHoliday>, CalendarError> {
        let (Some(first), Some(last)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            let date = if year < FIRST_YEAR {
                FIRST_DAY
            } else {
                LAST_DAY
            };
            return Err(out_of_range(date));
        };
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(out_of_range(first));
        }
        Ok(self.holidays_between(first, last).to_vec())
    }

    fn bit(&self, i: usize) -> bool {
        self.working
            .get(i / 64)
            .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }

    /// Index of the `n`th (n >= 1) working day after index `i`.
    fn nth_working_after(&self, i: usize, n: u32) -> Option<usize> {
        let mut remaining = n;
        let mut word_index = i / 64;
        // Only days strictly after `i` count; `i % 64 == 63` leaves nothing in this word.
        let shift = i % 64 + 1;
        let mut word =
            self.working.get(word_index)? & u64::MAX.checked_shl(shift as u32).unwrap_or(0);
        loop {
            let ones = word.count_ones();
            if ones >= remaining {
                return Some(word_index * 64 + select_set_bit(word, remaining - 1));
            }
            remaining -= ones;
            word_index += 1;
            word = *self.working.get(word_index)?;
        }
    }

    /// Index of the `n`th (n >= 1) working day before index `i`.
    fn nth_working_before(&self, i: usize, n: u32) -> Option<usize> {
        let mut remaining = n;
        let mut word_index = i / 64;
        // Only days strictly before `i`: keep the low `i % 64` bits.
        let keep = (1u64 << (i % 64)) - 1;
        let mut word = self.working.get(word_index)? & keep;
        loop {
            let ones = word.count_ones();
            if ones >= remaining {
                // The `remaining`th highest set bit is the `ones - remaining`th lowest.
                return Some(word_index * 64 + select_set_bit(word, ones - remaining));
            }
            remaining -= ones;
            word_index = word_index.checked_sub(1)?;
            word = *self.working.get(word_index)?;
        }
    }

    /// Number of working days with index in `lo..hi`.
    fn count_in(&self, lo: usize, hi: usize) -> u32 {
        if lo >= hi {
            return 0;
        }
        let mask_from = |bit: usize| u64::MAX << (bit % 64);
        let (lo_word, hi_word) = (lo / 64, (hi - 1) / 64);
        let last_mask = u64::MAX >> (63 - (hi - 1) % 64);
        if lo_word == hi_word {
            let w = self.working.get(lo_word).copied().unwrap_or(0);
            return (w & mask_from(lo) & last_mask).count_ones();
        }
        let first = self.working.get(lo_word).copied().unwrap_or(0) & mask_from(lo);
        let last = self.working.get(hi_word).copied().unwrap_or(0) & last_mask;
        let middle: u32 = self
            .working
            .get(lo_word + 1..hi_word)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.count_ones())
            .sum();
        first.count_ones() + middle + last.count_ones()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn constants_match_chrono() {
        assert_eq!(FIRST_DAY.num_days_from_ce(), FIRST_DAY_CE);
        assert_eq!(
            usize::try_from(LAST_DAY.num_days_from_ce() - FIRST_DAY_CE + 1).ok(),
            Some(DAY_COUNT)
        );
        assert_eq!(FIRST_DAY.weekday(), Weekday::Sun);
        assert_eq!(day_index(FIRST_DAY), Some(0));
        assert_eq!(day_index(LAST_DAY), Some(DAY_COUNT - 1));
        assert_eq!(day_index(ymd(1994, 12, 31)), None);
        assert_eq!(day_index(ymd(2101, 1, 1)), None);
        assert_eq!(date_at(DAY_COUNT - 1), Some(LAST_DAY));
    }

    #[test]
    fn bitset_matches_weekday_and_holiday_list() {
        let cal = Calendar::england_and_wales();
        let mut date = FIRST_DAY;
        while date <= LAST_DAY {
            let weekday = !matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
            let expected = weekday && cal.holiday_on(date).is_none();
            assert_eq!(cal.is_working_day(date), Ok(expected), "{date}");
            date = date.succ_opt().unwrap_or(NaiveDate::MAX);
        }
    }

    #[test]
    fn stepping_off_either_end_is_out_of_range() {
        let cal = Calendar::england_and_wales();
        // 2100-12-31 is a Friday: the last working day.
        assert_eq!(
            cal.next_working_day(ymd(2100, 12, 31)),
            Err(CalendarError::OutOfRange {
                date: ymd(2101, 1, 1)
            })
        );
        // 1995-01-02 is the substitute New Year's Day; 1995-01-03 the first working day.
        assert_eq!(
            cal.previous_working_day(ymd(1995, 1, 3)),
            Err(CalendarError::OutOfRange {
                date: ymd(1994, 12, 31)
            })
        );
        assert_eq!(
            cal.add_working_days(ymd(1995, 1, 3), 0),
            Ok(ymd(1995, 1, 3))
        );
        assert!(cal.add_working_days(ymd(1994, 12, 30), 0).is_err());
    }

    #[test]
    fn word_boundaries() {
        let cal = Calendar::england_and_wales();
        // Indices 63, 64 and 127, 128 sit at word edges: compare with day-by-day stepping.
        for start in [62usize, 63, 64, 65, 126, 127, 128, 129] {
            let Some(date) = date_at(start) else {
                panic!("index {start}");
            };
            let mut slow = date;
            for n in 1..=80 {
                loop {
                    slow = slow.succ_opt().unwrap_or(NaiveDate::MAX);
                    if cal.is_working_day(slow) == Ok(true) {
                        break;
                    }
                }
                assert_eq!(cal.add_working_days(date, n), Ok(slow), "{date} + {n}");
                // Back from the nth working day after `date` lands on `date`, or the working day before it.
                assert_eq!(
                    cal.add_working_days(slow, -n),
                    cal.working_day_on_or_before(date),
                    "{slow} - {n}"
                );
            }
        }
    }

    #[test]
    fn select_set_bit_from_either_end() {
        let word = 0b1011_0110u64;
        let positions: Vec<usize> = (0..5).map(|k| select_set_bit(word, k)).collect();
        assert_eq!(positions, [1, 2, 4, 5, 7]);
        assert_eq!(select_set_bit(u64::MAX, 63), 63);
        assert_eq!(select_set_bit(u64::MAX, 0), 0);
    }

    #[test]
    fn error_message_is_plain() {
        let e = CalendarError::OutOfRange {
            date: ymd(2101, 1, 1),
        };
        assert_eq!(
            e.to_string(),
            "The planner knows bank holidays from 1995 to 2100; Saturday 1 January 2101 is outside that range."
        );
    }

    #[test]
    fn reasons_read_well() {
        let cal = Calendar::england_and_wales();
        let reason = |d| {
            cal.non_working_reason(d)
                .ok()
                .flatten()
                .map(|r| r.to_string())
        };
        assert_eq!(reason(ymd(2025, 5, 3)).as_deref(), Some("Saturday"));
        assert_eq!(
            reason(ymd(2021, 12, 27)).as_deref(),
            Some("Christmas Day (substitute bank holiday)")
        );
        assert_eq!(reason(ymd(2025, 5, 6)), None);
    }
}
