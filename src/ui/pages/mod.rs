//! One module per page of the planner, the navigation between them ([`nav`]) and the table of
//! pages whose code is fetched when first opened ([`on_demand`]). The start page is drawn by
//! [`crate::ui::App`].

pub mod after_fieldwork;
pub mod all_dates;
pub mod briefing;
pub mod card;
pub mod checklist;
pub mod councils;
pub mod nav;
pub mod on_demand;
pub mod pathway;
pub mod plans;
pub mod print;
pub mod requests;
pub mod training;
pub mod visit;
