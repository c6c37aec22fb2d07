//! The pure planning engine: everything here is deterministic, reads no clock and touches no
//! browser API, so it is tested on the host with plain `cargo test`.
//!
//! Flow: [`crate::engine::plan::PlanInput`] → [`crate::engine::plan::plan`] (using a [`crate::engine::rules::RuleSet`] and a
//! [`crate::engine::calendar::Calendar`]) → [`crate::engine::plan::Plan`], a list of dated [`crate::engine::event::Event`]s with warnings.

pub mod calendar;
pub mod councils;
pub mod event;
pub mod export;
pub mod plan;
pub mod records;
pub mod rules;
pub mod training;
