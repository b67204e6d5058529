//! Quick exit: leave the platform at once for an ordinary site.
//!
//! It links to the server's `/leave`, which redirects to the neutral site and, for a while,
//! sends any page of this one there too, so Back does not bring it back (see
//! `server::http::leave`). Without JavaScript it is that plain link. Once hydrated, it replaces
//! the current history entry (`location.replace`), and pressing Shift three times in a row
//! does the same from anywhere on the page.

use leptos::ev;
use leptos::prelude::*;

/// Where quick exit goes first: the server's redirect to the neutral site.
pub const QUICK_EXIT_PATH: &str = "/leave";

/// Presses of Shift, with no other key between, within this many milliseconds, leave the site.
const SHIFT_WINDOW_MS: f64 = 1500.0;

#[island]
pub fn QuickExit(href: String, label: String) -> impl IntoView {
    let target = href.clone();
    // Set once hydrated: tests (and curious readers of the DOM) can tell the script is active.
    let (active, set_active) = signal(false);
    Effect::new(move |_| {
        set_active.set(true);
        let target = target.clone();
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
                leave(&target);
            }
        });
        on_cleanup(move || handle.remove());
    });
    let on_click = {
        let href = href.clone();
        move |event: ev::MouseEvent| {
            event.prevent_default();
            leave(&href);
        }
    };
    view! {
        <a
            class="quick-exit"
            href=href
            rel="noreferrer"
            data-active=move || active.get().then_some("true")
            on:click=on_click
        >
            {label}
        </a>
    }
}

fn leave(href: &str) {
    if window().location().replace(href).is_err() {
        // Replacing failed (it should not): leaving with a history entry beats staying.
        let _ = window().location().set_href(href);
    }
}
