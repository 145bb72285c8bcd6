//! View state and its URL form.
//!
//! The URL query string is the single source of view state: the app is a
//! pure function of (corpus, query string). This module turns a query
//! string into a [`ViewState`] and back. Decoding never fails: what it
//! cannot use is dropped and described in a notice that the app shows.
//! (Values that need the corpus to check, such as entity ids, are checked
//! by [`crate::query::Engine::validate`].)

use crate::date::Date;
use crate::facts::FactKind;

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first; ties (and an empty query) newest first.
    #[default]
    Relevance,
    /// Newest first.
    Newest,
    /// Oldest first.
    Oldest,
}

impl Sort {
    /// The URL value.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }
}

/// Which view of the results is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The list of releases.
    #[default]
    Releases,
    /// Fact cards, grouped by kind.
    Facts,
    /// The publication, event and horizon timelines.
    Timelines,
}

impl Tab {
    /// The URL value.
    pub fn name(self) -> &'static str {
        match self {
            Tab::Releases => "releases",
            Tab::Facts => "facts",
            Tab::Timelines => "timelines",
        }
    }
}

/// The facet groups, in the order the page shows them. Each is one URL
/// parameter, repeated for several values (OR within a group, AND across).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// The issuing agency (entity id).
    Agency,
    /// An organisation mentioned (entity id).
    Org,
    /// A person mentioned (entity id).
    Person,
    /// A country or region mentioned (entity id).
    Country,
    /// A keyword (its text).
    Keyword,
    /// Has a fact of this kind (`money`, `quote`, …).
    Kind,
    /// Publication year (`2025`).
    Year,
    /// Publication month (`2025-09`).
    Month,
}

impl Group {
    /// Every group, in display order.
    pub const ALL: [Group; 8] = [
        Group::Agency,
        Group::Org,
        Group::Person,
        Group::Country,
        Group::Keyword,
        Group::Kind,
        Group::Year,
        Group::Month,
    ];

    /// The URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Group::Agency => "agency",
            Group::Org => "org",
            Group::Person => "person",
            Group::Country => "country",
            Group::Keyword => "kw",
            Group::Kind => "kind",
            Group::Year => "year",
            Group::Month => "month",
        }
    }

    /// The heading shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Group::Agency => "Issuing agency",
            Group::Org => "Organisation",
            Group::Person => "Person",
            Group::Country => "Country",
            Group::Keyword => "Keyword",
            Group::Kind => "Has facts",
            Group::Year => "Year",
            Group::Month => "Month",
        }
    }

    fn from_key(key: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.key() == key)
    }
}

/// What the user is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The id of the open release, if any (it may name no release: the app
    /// then says "release not found").
    pub release: Option<String>,
    /// The search query as typed.
    pub q: String,
    /// The order of results.
    pub sort: Sort,
    /// Selected facet values: (group, value), in URL order, unique.
    pub filters: Vec<(Group, String)>,
    /// Earliest publication date shown.
    pub from: Option<Date>,
    /// Latest publication date shown.
    pub to: Option<Date>,
    /// Which view of the results.
    pub tab: Tab,
    /// The open entity page (entity id), if any.
    pub entity: Option<String>,
    /// A fact to point at: `release-id~index`. With `release`, its sentence
    /// is highlighted; in the facts view, its card.
    pub card: Option<String>,
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Returns the
    /// state and a notice for each parameter that was ignored.
    pub fn from_query(query: &str) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut seen_sort = false;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(raw_key);
            let value = percent_decode(raw_value);
            let shown = shorten(&value);
            match key.as_str() {
                "release" if value.trim().is_empty() => {
                    notices.push("Ignored an empty “release” parameter.".to_string());
                }
                "release" if state.release.is_some() => notices.push(
                    "Ignored a repeated “release” parameter; the first one is shown.".to_string(),
                ),
                "release" => state.release = Some(value),
                "q" => state.q = value,
                "view" => match ["releases", "facts", "timelines"]
                    .iter()
                    .position(|s| *s == value)
                {
                    Some(i) => state.tab = [Tab::Releases, Tab::Facts, Tab::Timelines][i],
                    None => notices.push(format!(
                        "Ignored “view={shown}”: the views are releases, facts and timelines."
                    )),
                },
                "entity" if !value.trim().is_empty() && state.entity.is_none() => {
                    state.entity = Some(value)
                }
                "card" => match value.rsplit_once('~').map(|(id, i)| (id, i.parse::<u32>())) {
                    Some((id, Ok(_))) if !id.is_empty() => state.card = Some(value),
                    _ => notices.push(format!(
                        "Ignored “card={shown}”: a card is written release-id~number."
                    )),
                },
                "sort" => match ["relevance", "newest", "oldest"]
                    .iter()
                    .position(|s| *s == value)
                {
                    Some(_) if seen_sort => {
                        notices.push("Ignored a repeated “sort” parameter.".to_string())
                    }
                    Some(i) => {
                        seen_sort = true;
                        state.sort = [Sort::Relevance, Sort::Newest, Sort::Oldest][i];
                    }
                    None => notices.push(format!(
                        "Ignored “sort={shown}”: sort is relevance, newest or oldest."
                    )),
                },
                "from" | "to" => match Date::parse_iso(&value) {
                    Ok(d) if key == "from" => state.from = Some(d),
                    Ok(d) => state.to = Some(d),
                    Err(_) => notices.push(format!(
                        "Ignored “{key}={shown}”: dates are written YYYY-MM-DD."
                    )),
                },
                k => match Group::from_key(k) {
                    Some(group) => match check_value(group, &value) {
                        Ok(())
                            if state
                                .filters
                                .iter()
                                .any(|(g, v)| *g == group && *v == value) => {}
                        Ok(()) => state.filters.push((group, value)),
                        Err(why) => notices.push(format!("Ignored “{k}={shown}”: {why}.")),
                    },
                    None => notices.push(format!(
                        "Ignored unknown URL parameter “{}”.",
                        shorten(&key)
                    )),
                },
            }
        }
        if let (Some(f), Some(t)) = (state.from, state.to)
            && f > t
        {
            notices.push(format!(
                "Ignored the date range: “from” ({f}) is after “to” ({t})."
            ));
            state.from = None;
            state.to = None;
        }
        (state, notices)
    }

    /// The query string for this state: empty, or starting with `?`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.q)));
        }
        for (g, v) in &self.filters {
            parts.push(format!("{}={}", g.key(), percent_encode(v)));
        }
        if let Some(d) = self.from {
            parts.push(format!("from={d}"));
        }
        if let Some(d) = self.to {
            parts.push(format!("to={d}"));
        }
        if self.sort != Sort::Relevance {
            parts.push(format!("sort={}", self.sort.name()));
        }
        if self.tab != Tab::Releases {
            parts.push(format!("view={}", self.tab.name()));
        }
        if let Some(e) = &self.entity {
            parts.push(format!("entity={}", percent_encode(e)));
        }
        if let Some(c) = &self.card {
            parts.push(format!("card={}", percent_encode(c)));
        }
        if let Some(id) = &self.release {
            parts.push(format!("release={}", percent_encode(id)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// The values selected in one group.
    pub fn selected(&self, group: Group) -> impl Iterator<Item = &str> {
        self.filters
            .iter()
            .filter(move |(g, _)| *g == group)
            .map(|(_, v)| v.as_str())
    }

    /// A copy with `value` toggled in `group`.
    pub fn toggled(&self, group: Group, value: &str) -> ViewState {
        let mut next = self.clone();
        let before = next.filters.len();
        next.filters.retain(|(g, v)| !(*g == group && v == value));
        if next.filters.len() == before {
            next.filters.push((group, value.to_string()));
        }
        next.release = None;
        next.entity = None;
        next.card = None;
        next
    }

    /// The card as (release id, fact index).
    pub fn card_parts(&self) -> Option<(&str, u32)> {
        let (id, i) = self.card.as_deref()?.rsplit_once('~')?;
        Some((id, i.parse().ok()?))
    }

    /// The same results, with no release, entity or card open.
    pub fn list(&self) -> ViewState {
        ViewState {
            release: None,
            entity: None,
            card: None,
            ..self.clone()
        }
    }

    /// Are any filters (facets or dates) active?
    pub fn has_filters(&self) -> bool {
        !self.filters.is_empty() || self.from.is_some() || self.to.is_some()
    }
}

/// Checks the form of a facet value that needs no corpus to check.
fn check_value(group: Group, value: &str) -> Result<(), &'static str> {
    let ok = match group {
        Group::Kind => FactKind::from_name(value).is_some(),
        Group::Year => value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()),
        Group::Month => Date::parse_iso(&format!("{value}-01")).is_ok() && value.len() == 7,
        _ => !value.trim().is_empty(),
    };
    if ok {
        Ok(())
    } else {
        Err(match group {
            Group::Kind => "not a kind of fact",
            Group::Year => "years are written YYYY",
            Group::Month => "months are written YYYY-MM",
            _ => "the value is empty",
        })
    }
}

/// Keeps notices readable whatever a pasted URL holds.
fn shorten(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_string()
    } else {
        crate::text::clip(s, 41)
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
    fn reads_and_writes_search_filters_and_dates() {
        let q = "?q=chip+%22AI+factory%22&org=org-samsung&org=org-lg&kind=money&from=2025-09-28&to=2025-10-01&sort=newest";
        let (s, n) = ViewState::from_query(q);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.q, "chip \"AI factory\"");
        assert_eq!(
            s.selected(Group::Org).collect::<Vec<_>>(),
            ["org-samsung", "org-lg"]
        );
        assert_eq!(s.sort, Sort::Newest);
        assert_eq!(s.from.map(|d| d.to_string()).as_deref(), Some("2025-09-28"));
        let (again, _) = ViewState::from_query(&s.to_query());
        assert_eq!(again, s);
        let off = s.toggled(Group::Org, "org-lg");
        assert_eq!(
            off.selected(Group::Org).collect::<Vec<_>>(),
            ["org-samsung"]
        );
        assert_eq!(
            off.toggled(Group::Org, "org-lg")
                .selected(Group::Org)
                .count(),
            2
        );
    }

    #[test]
    fn ignores_what_it_cannot_use_with_a_notice() {
        let (s, n) = ViewState::from_query(
            "?foo=1&release=&release=a&release=b&%ZZ&from=garbage&sort=sideways&kind=gold&year=25&month=2025-13",
        );
        assert_eq!(s.release.as_deref(), Some("a"));
        assert_eq!(s.from, None);
        assert_eq!(s.sort, Sort::Relevance);
        assert!(s.filters.is_empty());
        assert_eq!(
            n,
            vec![
                "Ignored unknown URL parameter “foo”.",
                "Ignored an empty “release” parameter.",
                "Ignored a repeated “release” parameter; the first one is shown.",
                "Ignored unknown URL parameter “%ZZ”.",
                "Ignored “from=garbage”: dates are written YYYY-MM-DD.",
                "Ignored “sort=sideways”: sort is relevance, newest or oldest.",
                "Ignored “kind=gold”: not a kind of fact.",
                "Ignored “year=25”: years are written YYYY.",
                "Ignored “month=2025-13”: months are written YYYY-MM.",
            ]
        );
        let (s, n) = ViewState::from_query("?from=2025-10-02&to=2025-09-01");
        assert_eq!((s.from, s.to), (None, None));
        assert_eq!(n.len(), 1);
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
