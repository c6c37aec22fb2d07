//! The pure planning engine: everything here is deterministic, reads no clock and touches no
//! browser API, so it is tested on the host with plain `cargo test`.
//!
//! Flow: [`plan::PlanInput`] → [`plan::plan`] (using a [`rules::RuleSet`] and a
//! [`calendar::Calendar`]) → [`plan::Plan`], a list of dated [`event::Event`]s with warnings.

pub mod after_fieldwork;
pub mod annex_a;
pub mod annual;
pub mod calendar;
pub mod chain;
pub mod council_data;
pub mod council_steps;
pub mod councils;
pub mod dates;
pub mod day_check;
pub mod error;
pub mod event;
pub mod export;
pub mod forecast;
pub mod further_info;
pub mod history;
pub mod inputs;
pub mod month_grid;
pub mod pathway;
pub mod plan;
pub mod print;
pub mod recorded;
pub mod rules;
pub mod scenarios;
pub mod timeline;
pub mod visit_schedule;
pub mod warnings;
pub mod whats_due;
