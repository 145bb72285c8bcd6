//! View state and its URL form.
//!
//! The URL query string is the single source of view state: the app is a
//! pure function of (corpus, query string). This module turns a query
//! string into a [`ViewState`] and back. Decoding never fails: what it
//! cannot use is dropped and described in a notice that the app shows.

/// What the user is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The id of the open release, if any (it may name no release: the app
    /// then says "release not found").
    pub release: Option<String>,
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Returns the
    /// state and a notice for each parameter that was ignored.
    pub fn from_query(query: &str) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(raw_key);
            let value = percent_decode(raw_value);
            match key.as_str() {
                "release" if value.trim().is_empty() => {
                    notices.push("Ignored an empty “release” parameter.".to_string());
                }
                "release" if state.release.is_some() => {
                    notices.push(
                        "Ignored a repeated “release” parameter; the first one is shown."
                            .to_string(),
                    );
                }
                "release" => state.release = Some(value),
                _ => notices.push(format!(
                    "Ignored unknown URL parameter “{}”.",
                    shorten(&key)
                )),
            }
        }
        (state, notices)
    }

    /// The query string for this state: empty, or starting with `?`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(id) = &self.release {
            parts.push(format!("release={}", percent_encode(id)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Keeps notices readable whatever a pasted URL holds.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX`
/// a byte. Malformed escapes are kept literally and invalid UTF-8 is
/// replaced, so any input decodes.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() && hex(b[i + 1]).is_some() && hex(b[i + 2]).is_some() => {
                out.push(hex(b[i + 1]).unwrap_or(0) * 16 + hex(b[i + 2]).unwrap_or(0));
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~') {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_the_release() {
        let (s, n) = ViewState::from_query("?release=2025-10-02-korea");
        assert_eq!(s.release.as_deref(), Some("2025-10-02-korea"));
        assert!(n.is_empty());
        assert_eq!(s.to_query(), "?release=2025-10-02-korea");
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn ignores_what_it_cannot_use_with_a_notice() {
        let (s, n) = ViewState::from_query("?foo=1&release=&release=a&release=b&%ZZ");
        assert_eq!(s.release.as_deref(), Some("a"));
        assert_eq!(
            n,
            vec![
                "Ignored unknown URL parameter “foo”.",
                "Ignored an empty “release” parameter.",
                "Ignored a repeated “release” parameter; the first one is shown.",
                "Ignored unknown URL parameter “%ZZ”.",
            ]
        );
    }

    #[test]
    fn percent_coding_round_trips_and_never_fails() {
        for s in ["a b", "ü/é?&=#", "<script>", "", "%", "100%"] {
            assert_eq!(percent_decode(&percent_encode(s)), s);
        }
        assert_eq!(percent_decode("a+b%20c%zz%4"), "a b c%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}
