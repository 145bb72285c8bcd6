//! Countries and regions, and the places that are part of a longer name.

use super::*;

/// Whether the place at `span` opens or sits inside a run of capitalised
/// words (digits allowed) that ends in one of `GATHERING_ENDS`.
pub(super) fn in_named_gathering(body: &str, span: &Range<usize>) -> bool {
    let rest = &body[span.end..];
    let mut last = "";
    for (k, w) in rest.split(' ').skip(1).take(6).enumerate() {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        let cap = bare.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if !cap || (k > 0 && last.ends_with([',', '.', ';', ':', ')'])) {
            break;
        }
        if GATHERING_ENDS.contains(&bare) {
            return true;
        }
        last = w;
    }
    false
}

pub(super) fn countries(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    for m in r.places.find_iter(body) {
        let span = m.start()..m.end();
        if !whole(body, &span) {
            continue;
        }
        let (name, code) = &r.place_of[m.pattern().as_usize()];
        // "Panama City", "Mexico City": a city named after its country;
        // "New Jersey", "New Mexico", "Western Australia": a state; "the
        // Gulf of Mexico": a sea; "“Argentina Exports”": a quoted name.
        let before = &body[..span.start];
        // "South Australia" too: a country's own name with a point of the
        // compass ("South Africa") is matched whole before this.
        let part_of_place = [
            "New ",
            "Western ",
            "Northern ",
            "Southern ",
            "Eastern ",
            "South ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
            || [
                "Gulf of ",
                "Sea of ",
                "Bay of ",
                "Strait of ",
                "Straits of ",
            ]
            .iter()
            .any(|p| before.ends_with(p));
        let quoted_name = before.ends_with(['"', '“'])
            && body[span.end..].find(['"', '”']).is_some_and(|close| {
                close > 0 && close < 40 && !body[span.end..span.end + close].contains(['.', ','])
            });
        // "US $670.98 million", "against US dollar": the currency's country
        // qualifies the money, it is not a mention of its own.
        let after = &body[span.end..];
        // "500 million Saudi riyals", "9am (UK time)" too.
        let next_word = after
            .strip_prefix(' ')
            .and_then(|a| a.split([' ', ',', '.', ')']).next())
            .unwrap_or("");
        let currency = after.starts_with(" $")
            || after.starts_with("$")
            || after.starts_with(" dollar")
            || after.starts_with(" Dollar")
            || CURRENCY_WORDS.iter().any(|(w, _)| *w == next_word)
            || next_word == "time";
        // "the European Union (EU)": the bracketed acronym repeats the name
        // just before it.
        let repeated = before.ends_with('(')
            && after.starts_with(')')
            && out.iter().rev().take(3).any(|c| {
                matches!(&c.data, CandData::Country { name: n, .. } if n == name)
                    && body[c.span.end..span.start].trim() == "("
            });
        if in_compound_name(body, &span)
            || currency
            || repeated
            || body[span.end..].starts_with(" City")
            || part_of_place
            || quoted_name
            || in_named_gathering(body, &span)
        {
            continue;
        }
        out.push(Cand {
            span,
            rule: "country.gazetteer",
            data: CandData::Country {
                name: name.clone(),
                code: code.clone(),
            },
        });
    }
}
