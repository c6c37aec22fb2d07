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

/// Removes the page frame that `index.html` shows while the WebAssembly loads (`app-loading`),
/// just before the app draws its own.
pub fn remove_loading_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-loading"))
    {
        shell.remove();
    }
}

/// Moves keyboard focus to the element with `id`, if there is one.
/// Returns false if there is no such element (yet).
pub fn focus_element(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Today's date in the browser's time zone. The one clock read in the app: the engine is given
/// this date and never reads a clock itself.
pub fn today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    i32::try_from(year)
        .ok()
        .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, month, day))
        .unwrap_or_default()
}

/// The page's query string without the leading `?` (empty if none or unreadable).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// Puts `query` in the address bar: a new history entry when `push`, else replacing the
/// current one. Keeps the path, so the app works from any sub-path.
pub fn set_query(query: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = if query.is_empty() {
        "?".to_string()
    } else {
        format!("?{query}")
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Keeps a window listener as long as the reactive owner it was added under (the app, or the
/// card's page): when that owner is disposed the listener is dropped, and gloo's
/// `EventListener` removes itself from the window. Outside any owner it lives as long as the page.
fn listen(kind: &'static str, f: impl FnMut(&web_sys::Event) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = gloo_events::EventListener::new(&window, kind, f);
    leptos::prelude::StoredValue::new_local(listener);
}

/// Calls `f` with the new query string whenever the person goes back or forward.
pub fn on_history_change(f: impl Fn(String) + 'static) {
    listen("popstate", move |_| f(current_query()));
}

/// Reads a file the person chose or dropped, as text. Refuses files over `max_bytes` before
/// reading them.
/// Reads a chosen file as text. A file over `max_bytes` is refused before it is read, with
/// `expected` (e.g. "A GOV.UK bank holidays file is about 20 KB.") saying what the right file
/// looks like.
pub async fn read_file_text(
    file: web_sys::File,
    max_bytes: f64,
    expected: &str,
) -> Result<String, String> {
    if file.size() > max_bytes {
        return Err(format!(
            "The file {} is too large ({} KB). {expected}",
            file.name(),
            // Whole kilobytes: formatting a float would bring float printing into the bundle.
            (file.size() / 1000.0) as u64
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| format!("The file {} could not be read.", file.name()))?;
    text.as_string()
        .ok_or_else(|| format!("The file {} is not a text file.", file.name()))
}

/// Scrolls to the top and moves focus to the element with `id` (after a page change).
/// Once the page has been redrawn, so the element is there. Takes a fixed id or one made for a
/// row; only the conversion is generic, so the closure is compiled once.
pub fn focus_after_render(id: impl Into<String>) {
    focus_next_frame(id.into());
}

fn focus_next_frame(id: String) {
    leptos::prelude::request_animation_frame(move || {
        // Not drawn yet: a page whose code is still being fetched (ui::pages::on_demand). The latest
        // request wins.
        let wanted = (!focus_element(&id)).then_some(id);
        PENDING_FOCUS.with(|pending| pending.replace(wanted));
    });
}

thread_local! {
    static PENDING_FOCUS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Focuses the element a navigation asked for but could not find, now that the page that holds
/// it has been drawn. Does nothing if no focus is waiting.
pub fn focus_pending() {
    if let Some(id) = PENDING_FOCUS.with(|pending| pending.take()) {
        focus_after_render(id);
    }
}

/// If a focus is waiting (see `focus_pending`), focuses `id` instead: the page that was to hold
/// it could not be drawn.
pub fn focus_pending_instead(id: &str) {
    if PENDING_FOCUS.with(|pending| pending.take()).is_some() {
        focus_after_render(id);
    }
}

/// The current time in UTC, for the `DTSTAMP` of a calendar file.
pub fn now_utc() -> chrono::NaiveDateTime {
    let now = js_sys::Date::new_0();
    let date = i32::try_from(now.get_utc_full_year())
        .ok()
        .and_then(|y| {
            chrono::NaiveDate::from_ymd_opt(y, now.get_utc_month() + 1, now.get_utc_date())
        })
        .unwrap_or_default();
    date.and_hms_opt(
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds(),
    )
    .unwrap_or_default()
}

/// Offers `text` to the person as a file called `name`. Returns false if the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let done = match link {
        Some(link) => {
            link.set_href(&url);
            link.set_download(name);
            link.click();
            true
        }
        None => false,
    };
    // Released a little later: some browsers still read the file after the click returns.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    done
}

/// Opens the browser's print dialogue.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The message an embedding intranet page receives (documented in docs/administrators.md):
/// `{ type: "ilacs-planner:height", height: <CSS pixels> }`, sent whenever the page's height
/// changes, so the page can size its iframe and no inner scroll bar appears.
pub const HEIGHT_MESSAGE: &str = "ilacs-planner:height";

/// Tells the parent window the page's height now and whenever it changes. Does nothing when the
/// page is not in a frame (its parent is itself).
pub fn report_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let (parent_value, own_value): (&wasm_bindgen::JsValue, &wasm_bindgen::JsValue) =
        (parent.as_ref(), window.as_ref());
    if parent_value == own_value {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let send = move || {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &root.scroll_height().into());
        // The height says nothing private, and the intranet's origin is not known in advance.
        let _ = parent.post_message(&message, "*");
    };
    let callback = Closure::<dyn Fn()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer keeps calling it for the life of the page.
    callback.forget();
}

/// The window this page is framed in, when it is in a frame (its parent is another window).
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let (parent_value, own_value): (&wasm_bindgen::JsValue, &wasm_bindgen::JsValue) =
        (parent.as_ref(), window.as_ref());
    (parent_value != own_value).then_some(parent)
}

/// Whether the page is shown inside another page (an intranet page's iframe).
pub fn in_frame() -> bool {
    parent_window().is_some()
}

/// Calls `f` with the asking page's origin whenever the window that embeds this page posts
/// `{ type: "ilacs-planner:get-dates" }` (docs/administrators.md). Every other message is
/// ignored: one from any other window (another frame, a popup, this page itself), and one whose
/// data is not an object with that `type`.
pub fn on_dates_request(f: impl Fn(String) + 'static) {
    use wasm_bindgen::JsCast;
    listen("message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = match (event.source(), parent_window()) {
            (Some(source), Some(parent)) => {
                let parent: &wasm_bindgen::JsValue = parent.as_ref();
                let source: &wasm_bindgen::JsValue = source.as_ref();
                source == parent
            }
            _ => false,
        };
        let data = event.data();
        let asks = from_parent
            && data.is_object()
            && js_sys::Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|kind| kind.as_string())
                .is_some_and(|kind| kind == crate::app::intranet::GET_DATES);
        if asks {
            f(event.origin());
        }
    });
}

/// Posts `message` to the window that embeds this page, as a plain object (objects, arrays,
/// strings, numbers, booleans and null), for a page of `origin` only; `"*"` when that page's
/// origin is opaque ("null": a sandboxed page). Does nothing when the page is not in a frame.
pub fn post_to_parent(message: &impl serde::Serialize, origin: &str) {
    let Some(parent) = parent_window() else {
        return;
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(value) = message.serialize(&serializer) else {
        return;
    };
    let target = if origin.is_empty() || origin == "null" {
        "*"
    } else {
        origin
    };
    // Fails (and is dropped) only when the parent has moved to another origin meanwhile.
    let _ = parent.post_message(&value, target);
}

/// Why the browser would not store something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off or refused (private browsing, a policy, a sandboxed frame).
    Blocked,
    /// The browser says its storage for this site is full.
    Full,
    /// Written, but reading it back gave something else.
    NotKept,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// Whether this browser lets the planner keep anything at all.
pub fn storage_available() -> bool {
    local_storage().is_some()
}

/// Reads a value this app stored in the browser. `None` when there is none or storage is
/// blocked (some locked-down browsers refuse it).
pub fn stored(key: &str) -> Option<String> {
    local_storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Stores a value in the browser, and says why not when it could not.
pub fn store(key: &str, value: &str) -> Result<(), StoreError> {
    let storage = local_storage().ok_or(StoreError::Blocked)?;
    storage.set_item(key, value).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name == "SecurityError" {
            StoreError::Blocked
        } else {
            // QuotaExceededError, and anything else a browser may throw when it will not store.
            StoreError::Full
        }
    })
}

/// The stored value exactly as the browser holds it (JavaScript text may hold characters that
/// Rust text cannot, such as a lone surrogate).
fn raw_stored(storage: &web_sys::Storage, key: &str) -> wasm_bindgen::JsValue {
    call_method_with(storage, "getItem", &[key.into()]).unwrap_or(wasm_bindgen::JsValue::NULL)
}

/// Whether the stored value reads into Rust text without any character being replaced.
pub fn stored_text_is_exact(key: &str) -> bool {
    let Some(storage) = local_storage() else {
        return true;
    };
    match raw_stored(&storage, key).as_string() {
        None => true,
        Some(_) => js_sys::JsString::from(raw_stored(&storage, key)).is_valid_utf16(),
    }
}

/// Copies the value under `from`, exactly as it is, to `to`, and reads it back. `Ok(false)` when
/// `to` already holds something else (the caller tries another key); `Ok(true)` when `to` now
/// holds the same value.
pub fn copy_stored(from: &str, to: &str) -> Result<bool, StoreError> {
    let storage = local_storage().ok_or(StoreError::Blocked)?;
    let value = raw_stored(&storage, from);
    let existing = raw_stored(&storage, to);
    if !existing.is_null() {
        return Ok(js_sys::Object::is(&existing, &value));
    }
    call_method_with(&storage, "setItem", &[to.into(), value.clone()]).ok_or(StoreError::Full)?;
    if js_sys::Object::is(&raw_stored(&storage, to), &value) {
        Ok(true)
    } else {
        Err(StoreError::NotKept)
    }
}

/// Removes a stored value (nothing happens when storage is blocked).
pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// A draft kept for this tab only (survives a reload, not closing the tab).
pub fn draft(key: &str) -> Option<String> {
    session_storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Keeps or (when empty) removes a draft for this tab. Failing quietly is right here: a draft
/// is a convenience, and the form itself still holds the text.
pub fn keep_draft(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = if value.is_empty() {
            storage.remove_item(key)
        } else {
            storage.set_item(key, value)
        };
    }
}

/// Calls `f` with the key whenever another tab changes this site's storage.
pub fn on_storage_change(f: impl Fn(Option<String>) + 'static) {
    use wasm_bindgen::JsCast;
    listen("storage", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
            f(event.key());
        }
    });
}

/// A seed for new plan and request ids: the time and a random number, so two tabs opening at
/// once still differ. The engine has no randomness of its own.
pub fn seed() -> u64 {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (now << 20) ^ random
}

/// Calls the method `name` of `target` with `args`; `None` if there is no such method or it
/// threw.
fn call_method_with(
    target: &wasm_bindgen::JsValue,
    name: &str,
    args: &[wasm_bindgen::JsValue],
) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let method = js_sys::Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let list: js_sys::Array = args.iter().collect();
    method.apply(target, &list).ok()
}

/// Calls the method `name` of `target` with no arguments; `None` if there is no such method or
/// it threw.
fn call_method(target: &wasm_bindgen::JsValue, name: &str) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let method = js_sys::Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    method.call0(target).ok()
}

/// Waits for a promise the page does not need the answer to, so a refusal is not reported as an
/// unhandled rejection (which the console would show as an error).
fn settle_quietly(value: wasm_bindgen::JsValue) {
    use wasm_bindgen::JsCast;
    if let Ok(promise) = value.dyn_into::<js_sys::Promise>() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Whether the page may use the whole screen: false inside an iframe that does not allow it, in
/// browsers without the Fullscreen API, and where a policy forbids it.
pub fn fullscreen_available() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &"fullscreenEnabled".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether the page is using the whole screen now.
pub fn is_fullscreen() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &"fullscreenElement".into()).ok())
        .is_some_and(|v| !v.is_null() && !v.is_undefined())
}

/// Asks for the whole screen (only works straight after a click or key press). A refusal is
/// quiet: the presenter's layout already fills the window.
pub fn enter_fullscreen() {
    if !fullscreen_available() || is_fullscreen() {
        return;
    }
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if let Some(result) = call_method(&root, "requestFullscreen") {
        settle_quietly(result);
    }
}

/// Leaves the whole screen, if the page is using it.
pub fn leave_fullscreen() {
    if !is_fullscreen() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(result) = call_method(&document, "exitFullscreen") {
        settle_quietly(result);
    }
}

/// Whether a key press is meant for a form field (typing, choosing): page-wide shortcuts must
/// leave those keys alone.
pub fn is_typing_in_field(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = element.tag_name();
    matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA")
        || element
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|e| e.is_content_editable())
}

/// Sets the browser tab's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The page's own address (inside an iframe: the planner's, not the intranet page's).
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Copies `text` with the Clipboard API; false where the browser refuses (no permission, an
/// iframe without clipboard access, an old browser).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(navigator) = js_sys::Reflect::get(&window, &"navigator".into()) else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Some(promise) = call_method_with(&clipboard, "writeText", &[text.into()]) else {
        return false;
    };
    let Ok(promise) = wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(promise) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Focuses the text box `id` and selects its text, ready to copy by hand.
pub fn select_text(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let input = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
            input.select();
        }
    });
}

/// The narrowest window (CSS pixels) in which the presenter shrinks its type to fit: a laptop or
/// a projector. Narrower means a phone or a zoomed page, where the reader's own text size wins
/// and the slide scrolls.
const FIT_MIN_WIDTH: f64 = 1000.0;

/// The smallest `--fit` percentage: 1.5rem at 50 % is still 12 px, and a slide on a projector
/// should not scroll. 65 % was enough with Arial's widths, not with a wider font (DejaVu Sans on
/// a Linux training-room machine, or a person's own font setting: issue 22).
const FIT_FLOOR: i32 = 50;

/// Shrinks the type of the element `id` (its `--fit` percentage) in steps until the page fits
/// the window's height, no lower than [`FIT_FLOOR`]. Once the page has been redrawn, so the new
/// step is there.
pub fn fit_to_window(id: &'static str) {
    use wasm_bindgen::{JsCast, JsValue};
    leptos::prelude::request_animation_frame(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(element) = window
            .document()
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let style = element.style();
        let _ = style.remove_property("--fit");
        let size = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        if size(window.inner_width()) < FIT_MIN_WIDTH {
            return;
        }
        let height = size(window.inner_height());
        let root = window.document().and_then(|d| d.document_element());
        let page_height = || root.as_ref().map_or(0, |r| r.scroll_height());
        let mut fit = 100;
        while f64::from(page_height()) > height && fit > FIT_FLOOR {
            fit -= 5;
            let _ = style.set_property("--fit", &fit.to_string());
        }
    });
}
