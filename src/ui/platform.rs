//! The only place that touches browser APIs directly. Everything here fails quietly: a missing
//! `window` or `document` must never turn into a panic of its own.

/// Installs a panic hook that logs the panic to the console and shows a readable message at the
/// top of the page. A panic in WebAssembly stops the app, so the person must be told to reload.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("ILACS Planner stopped: {info}").into());
        show_crash_message();
    }));
}

fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("crash-message").is_some() {
        return;
    }
    let (Some(body), Ok(message)) = (document.body(), document.create_element("div")) else {
        return;
    };
    message.set_id("crash-message");
    message.set_class_name("crash-message");
    let _ = message.set_attribute("role", "alert");
    message.set_text_content(Some(
        "Something went wrong and the planner has stopped. Reload the page to start it again. \
         If it happens again, tell your IT team what you were doing when it stopped.",
    ));
    let _ = body.prepend_with_node_1(&message);
}

/// Moves keyboard focus to the element with `id`, if there is one.
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Today's date by the browser's clock. The app reads it once at start-up and passes it down, so
/// nothing below the app depends on the clock. `None` if the browser's answer is not a date.
pub fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, now.get_month().checked_add(1)?, now.get_date())
}
