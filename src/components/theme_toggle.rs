//! Light and dark themes: the system preference until the reader picks
//! one, which is remembered in local storage.

use yew::prelude::*;

const KEY: &str = "release-explorer-theme";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn system_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Applies the remembered theme to `<html data-theme>`; called before the
/// first render so the page never flashes the other theme.
pub fn apply_saved_theme() {
    if let Some(theme) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        set_attribute(&theme);
    }
}

fn set_attribute(theme: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// A button that switches between light and dark.
#[component]
pub fn ThemeToggle() -> Html {
    let dark = use_state(|| {
        match storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .as_deref()
        {
            Some("dark") => true,
            Some("light") => false,
            _ => system_dark(),
        }
    });
    let onclick = {
        let dark = dark.clone();
        Callback::from(move |_| dark.set(!*dark))
    };
    // Persisting is an effect of the state, not part of the click.
    use_effect_with(*dark, |dark| {
        let theme = if *dark { "dark" } else { "light" };
        set_attribute(theme);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, theme);
        }
    });
    html! {
        <button type="button" class="theme" aria-pressed={dark.to_string()} {onclick}>{ "Dark theme" }</button>
    }
}
