//! What the council keeps during a visit: the Annex A checklist of what inspectors ask for
//! ([`annex_a`]) and the record of their further-information requests, Annex B ([`further_info`]).

pub mod annex_a;
pub mod further_info;
