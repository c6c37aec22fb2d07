//! ILACS Planner: plans Ofsted's inspections of local authority children's services (ILACS).
//!
//! The crate has two halves. [`engine`] is pure Rust (no browser APIs, no clock) and is tested on
//! the host with `cargo test`. [`ui`] is the Leptos front end that only displays what the engine
//! computes.

pub mod app;
pub mod engine;
pub mod ui;
