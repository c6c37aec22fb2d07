//! Parts of pages, each about one thing and shown on one or more pages: the key dates, what's
//! due, sharing, taking the dates away, the rules in use, agendas, timelines, the calendar
//! panel, forecasts, the council choice, and the forms' sections.

pub mod agenda;
pub mod calendar_panel;
pub mod council_choice;
pub mod deferral;
pub mod forecasts;
pub mod key_dates;
pub mod plan_section;
pub mod record_date;
pub mod rules_in_use;
pub mod share;
pub mod sheet_back;
pub mod take_away;
pub mod timeline;
pub mod whats_due;
pub mod whats_due_work;
pub mod working_day_check;
