//! The app layer: pure Rust between the engine and the UI, with no browser API.
//!
//! - [`pages`]: which page is showing, its heading, the navigation.
//! - [`link`]: the versioned link codec (a plan's inputs as a query string).
//! - [`saved`]: the saved-plan list, plan files, reading old or damaged storage, and the merge
//!   that lets two tabs edit at once.
//! - [`councils`]: the national picture's table (sort, filter, CSV) and a council's provenance.
//! - [`key_dates`]: a page's key dates, their warnings, and whether each has passed.
//! - [`keys`]: which key asks for which move in the calendar and presenter mode.
//! - [`forms`]: the forms as plain data, and how each becomes plan input.
//! - [`recording`]: a recorded date typed on a page, checked and put into the plan's inputs.
//! - [`intranet`]: the message an embedding intranet page is sent, and what the card shows.
//! - [`spreadsheet`]: the checklist and request spreadsheets read back.
//! - [`briefing`]: the one-page briefing for the director and councillors.
//!
//! The engine knows nothing of pages, links or storage; this layer knows nothing of the DOM.

pub mod briefing;
pub mod councils;
pub mod forms;
pub mod intranet;
pub mod key_dates;
pub mod keys;
pub mod link;
pub mod pages;
pub mod recording;
pub mod saved;
pub mod spreadsheet;
