//! Small building blocks the sections and pages are made of: form fields and radios, the date
//! input, the error summary, the file pick, the month calendar and the `<time>` tag.

pub mod date_input;
pub mod error_summary;
pub mod file_pick;
pub mod form;
pub mod month_calendar;
pub mod time;
