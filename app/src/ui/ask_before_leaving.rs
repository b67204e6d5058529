//! A form that asks before its page is left with changes typed in it and not sent: a partner
//! writing a lesson loses nothing to a tapped link or the Back button.
//!
//! Without JavaScript it is the plain form. Once hydrated, typing in the form marks it changed
//! and sending it clears the mark; while marked, leaving the page makes the browser ask (in
//! its own words and language: pages cannot set them). Quick exit never asks (see
//! [`super::quick_exit::leaving`]): her safety comes before any text.
//!
//! Like the quick exit, the island takes no props, only its server-rendered children.

use leptos::ev;
use leptos::prelude::*;

/// `children` is the form, rendered on the server.
#[island]
pub fn AskBeforeLeaving(children: Children) -> impl IntoView {
    let changed = StoredValue::new(false);
    // Set once hydrated, as the quick exit's: tests can tell it listens.
    let (active, set_active) = signal(false);
    Effect::new(move |_| {
        set_active.set(true);
        let handle = window_event_listener(ev::beforeunload, move |event| {
            if changed.get_value() && !super::quick_exit::leaving() {
                event.prevent_default();
                // What older browsers look for before they ask.
                event.set_return_value("");
            }
        });
        on_cleanup(move || handle.remove());
    });
    view! {
        <div
            class="ask-before-leaving"
            data-active=move || active.get().then_some("true")
            on:input=move |_| changed.set_value(true)
            on:submit=move |_| changed.set_value(false)
        >
            {children()}
        </div>
    }
}
