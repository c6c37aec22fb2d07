//! ILACS Planner: plans Ofsted's inspections of local authority children's services (ILACS).
//!
//! The crate has three layers, each importing only from the ones before it: [`engine`] (the
//! domain, pure Rust: no browser APIs, no clock), [`app`] (the app's own rules, pure Rust: pages,
//! the link codec, saved plans, forms) and [`ui`] (the Leptos front end, which only displays what
//! the engine and app compute). The two pure layers are tested on the host with `cargo test`.
//! `docs/development.md` walks the entry points and the data flow.

pub mod app;
pub mod engine;
pub mod ui;
