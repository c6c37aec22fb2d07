//! The pure planning engine: everything here is deterministic, reads no clock and touches no
//! browser API, so it is tested on the host with plain `cargo test`.

pub mod calendar;
pub mod dates;
pub mod day_check;
pub mod month_grid;
