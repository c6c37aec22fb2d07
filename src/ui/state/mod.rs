//! The app's state and where it is kept: the one [`app_state::AppState`], saving the plans to the
//! browser's storage ([`autosave`]), unsent form text ([`drafts`]), the address bar ([`url`]) and
//! the answers to an embedding intranet page ([`intranet`]).

pub mod app_state;
pub mod autosave;
pub mod drafts;
pub mod intranet;
pub mod url;
