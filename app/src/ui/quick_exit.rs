//! Quick exit: leave the platform at once for an ordinary site.
//!
//! It links to the server's `/leave`, which redirects to the neutral site and, for a while,
//! sends any page of this one there too, so Back does not bring it back (see
//! `server::http::leave`). Without JavaScript it is that plain link. Once hydrated, it replaces
//! the current history entry (`location.replace`), and pressing Shift three times in a row
//! does the same from anywhere on the page.
//!
//! The island takes no props, only server-rendered children (the link): props would have to be
//! decoded from JSON in the browser, and the JSON decoder alone would weigh more than the rest
//! of what this island needs.

use leptos::ev;
use leptos::prelude::*;

/// Where quick exit goes first: the server's redirect to the neutral site.
pub const QUICK_EXIT_PATH: &str = "/leave";

/// Presses of Shift, with no other key between, within this many milliseconds, leave the site.
const SHIFT_WINDOW_MS: f64 = 1500.0;

/// The quick exit button: `children` is the link, rendered on the server.
#[island]
pub fn QuickExit(children: Children) -> impl IntoView {
    // Set once hydrated: tests (and curious readers of the DOM) can tell the script is active.
    let (active, set_active) = signal(false);
    Effect::new(move |_| {
        set_active.set(true);
        let presses = StoredValue::new(Vec::<f64>::new());
        let handle = window_event_listener(ev::keydown, move |event| {
            if event.key() != "Shift" {
                presses.update_value(Vec::clear);
                return;
            }
            if event.repeat() {
                return;
            }
            let now = event.time_stamp();
            presses.update_value(|times| {
                times.retain(|t| now - t < SHIFT_WINDOW_MS);
                times.push(now);
            });
            if presses.with_value(Vec::len) >= 3 {
                leave();
            }
        });
        on_cleanup(move || handle.remove());
    });
    // A click on the link inside replaces the page instead of adding to history.
    let on_click = move |event: ev::MouseEvent| {
        event.prevent_default();
        leave();
    };
    view! {
        <div class="quick-exit-frame" data-active=move || active.get().then_some("true") on:click=on_click>
            {children()}
        </div>
    }
}

/// Set as quick exit begins to leave: a page that would ask before being left (see
/// [`super::ask_before_leaving`]) lets her go without a word.
static LEAVING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether quick exit is taking her away.
pub(crate) fn leaving() -> bool {
    LEAVING.load(std::sync::atomic::Ordering::Relaxed)
}

fn leave() {
    LEAVING.store(true, std::sync::atomic::Ordering::Relaxed);
    if window().location().replace(QUICK_EXIT_PATH).is_err() {
        // Replacing failed (it should not): leaving with a history entry beats staying.
        let _ = window().location().set_href(QUICK_EXIT_PATH);
    }
}
