//! Import of GOV.UK's `bank-holidays.json` (England and Wales division).

/// Why an imported bank-holiday file was refused. Messages are for council officers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {}
