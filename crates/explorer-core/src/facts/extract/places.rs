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
            // "the La India mine": a Spanish or French article before a
            // country's name makes it part of another name ("El Salvador"
            // is matched whole, as the country's own name, before this).
            || ["La ", "El ", "Los ", "Las ", "Le "]
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
            || matches!(next_word, "time" | "shilling" | "shillings")
            // "U.S. GAAP revenue": an accounting standard, not the country.
            || next_word == "GAAP";
        // "Indorama Synthetics (India) Limited": a bracketed country before
        // a legal form is part of the company's name.
        let in_company = before.ends_with('(')
            && after
                .strip_prefix(") ")
                .and_then(|a| a.split([' ', ',', '.']).next())
                .is_some_and(|f| is_legal_form(f) || COMPANY_SUFFIXES.contains(&f));
        // "ACOA created jobs in Atlantic Canada": a region of the country.
        let region_of = before.ends_with("Atlantic ");
        // "the European Union (EU)": the bracketed acronym repeats the name
        // just before it.
        let repeated = before.ends_with('(')
            && after.starts_with(')')
            && out.iter().rev().take(3).any(|c| {
                matches!(&c.data, CandData::Country { name: n, .. } if n == name)
                    && body[c.span.end..span.start].trim() == "("
            });
        // "Georgia Ports Authority … Savannah": the state, in a release
        // about the United States that says nothing of the Caucasus.
        let us_state = code.as_deref() == Some("GE")
            && [
                "Atlanta",
                "Savannah",
                "U.S.",
                "United States",
                "Alabama",
                "Florida",
                "Tennessee",
                "Carolina",
            ]
            .iter()
            .any(|w| body.contains(w))
            && !["Tbilisi", "Georgian", "Caucasus"]
                .iter()
                .any(|w| body.contains(w));
        if in_compound_name(body, &span)
            || us_state
            || currency
            || in_company
            || region_of
            || repeated
            || body[span.end..].starts_with(" City")
            || part_of_place
            || quoted_name
            || in_named_gathering(body, &span)
        {
            continue;
        }
        // "Statistics Canada", "Homes England", "Bank Indonesia": a
        // capitalised word before a country's name makes an agency's or a
        // company's name, the country no mention of its own.
        if let Some(w) = word_before(body, span.start)
            // A region's name after an adjective is a longer region
            // ("Equatorial Africa"); the United Kingdom's nations are
            // named like countries ("Homes England").
            .filter(|w| {
                &body[w.end..span.start] == " "
                    && (code.is_some() || matches!(name.as_str(), "England" | "Scotland" | "Wales"))
            })
            && named_for_country(&body[w.clone()])
        {
            // "Air Canada Rouge service": one capitalised word after it,
            // ending the run of capitals, goes on with the name.
            let mut end = span.end;
            let next_words: Vec<&str> = body[end..]
                .strip_prefix(' ')
                .map(|r| r.split(' ').take(2).collect())
                .unwrap_or_default();
            if let [next, after, ..] = next_words.as_slice()
                && name_word(next)
                && next.chars().all(char::is_alphabetic)
                && next.len() >= 3
                && !TITLE_STARTS.contains(next)
                && !HEADS.contains(next)
                && after.starts_with(char::is_lowercase)
            {
                end += 1 + next.len();
            }
            out.push(Cand {
                span: w.start..end,
                rule: "org.named-for-country",
                data: CandData::Org {
                    name: body[w.start..end].to_string(),
                    acronym: None,
                },
            });
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

/// Whether `w`, written just before a country's name, makes a name with it
/// ("Statistics Canada", "Enterprise Ireland", "Air Canada"): a capitalised
/// word that is no function word, adverb, participle, title, place or
/// nationality.
fn named_for_country(w: &str) -> bool {
    name_word(w)
        && w.chars().nth(1).is_some_and(char::is_lowercase)
        && w.chars().count() >= 3
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !TITLE_STARTS.contains(w)
        && !place_or_nationality(w)
        && !NOT_BEFORE_A_COUNTRY_NAME.contains(&w)
        && month_number(w).is_none()
        && !WEEKDAYS.contains(&w)
}
