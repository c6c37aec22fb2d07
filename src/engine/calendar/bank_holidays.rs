//! Bank holidays in England and Wales by rule, plus one-off changes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One bank holiday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankHoliday {
    pub date: NaiveDate,
    /// Official-style title, e.g. "Early May bank holiday".
    pub title: String,
    /// True for a substitute day (holiday moved off a weekend).
    pub substitute: bool,
}
