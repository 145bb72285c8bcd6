//! Agreements: memoranda, named and known agreements, and their later mentions.

use super::*;

/// Agreements: one named by its parties ("Korea–UK FTA"), at its first
/// mention, or any agreement noun in a sentence that says it was signed or
/// concluded.
pub(super) fn agreements(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    let mut last_sentence = None;
    // (acronym, where its definition ends, the agreement's name)
    let mut defined: Vec<(String, usize, String)> = Vec::new();
    let mut accepted: Vec<String> = Vec::new();
    for c in r.agreement.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let sentence = sentence_of(body, m.start());
        let s = body[sentence.clone()].to_lowercase();
        let concluded = [
            "sign",
            "concluded",
            "conclude ",
            "concludes",
            "inked",
            "entered into",
            "finaliz",
            "finalis",
            "exchanged",
            "into force",
            "into effect",
            "ratif",
            // "reached an agreement", "won a contract", "forged".
            "reach",
            "won ",
            "wins ",
            "secured",
            "concluding",
            "forged",
        ]
        .iter()
        .any(|v| s.contains(v));

        // "… Free Trade Agreement (FTA)" defines "FTA": its later mentions
        // are that agreement, signed or not.
        let bare = c["noun"].trim_start_matches(|ch: char| ch.is_lowercase() || ch == ' ');
        let defined_here = defined
            .iter()
            .any(|(a, ..)| bare == a || bare.strip_suffix('s') == Some(a.as_str()));
        // "their free trade agreement" signed once is the same agreement at
        // every later mention (a bare "agreement" is too vague to follow).
        let noun_key = c["noun"]
            .split(' ')
            .filter(|w| {
                !matches!(
                    *w,
                    "the" | "this" | "that" | "its" | "their" | "our" | "an" | "a"
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let noun_key = noun_key.trim_end_matches('s').to_string();
        // "signed a Memorandum of Understanding … The MOU essentially
        // articulates …": the initials name the memorandum named in full.
        let memo = |k: &str| matches!(k, "mou" | "memorandum of understanding");
        let mentioned_again =
            (noun_key != "agreement" && noun_key != "contract" && accepted.contains(&noun_key))
                || (memo(&noun_key)
                && accepted.iter().any(|a| memo(a))
                // "(MoU)" defines the initials; it is no second mention.
                && !body[..m.start()].ends_with(['(', '“', '"']));
        // "CAFTA-DR countries", "other CPTPP markets": an agreement's
        // acronym naming its members, not the agreement.
        let acronym = c["noun"]
            .chars()
            .all(|ch| ch.is_ascii_uppercase() || ch == '-' || ch.is_ascii_digit());
        let modifier = names_members(body, m.end());
        if acronym && modifier {
            continue;
        }
        // "The NSW Environment Protection Authority (EPA)": an acronym the
        // release defines as something other than an agreement; so is the
        // environmental agency where one is named.
        if acronym && !defined_here {
            let other = body
                .match_indices(&format!("({})", &c["noun"]))
                .any(|(at, _)| {
                    let before = body[body.floor_char_boundary(at.saturating_sub(40))..at]
                        .trim_end()
                        .to_lowercase();
                    ![
                        "agreement",
                        "agreements",
                        "partnership",
                        "arrangement",
                        "understanding",
                        "cooperation",
                        "intent",
                        "treaty",
                        "accord",
                        "pact",
                        "protocol",
                        "convention",
                    ]
                    .iter()
                    .any(|n| before.ends_with(n))
                });
            let agency = &c["noun"] == "EPA"
                && ["Protection Agency", "Protection Authority"]
                    .iter()
                    .any(|n| body.contains(n));
            if other || agency {
                continue;
            }
        }
        // "remains subject to negotiation and signature of definitive
        // agreements", "expects to sign a fixed-price contract", "even if
        // definitive agreements are entered into": signing yet to come, or
        // maybe, for an agreement the text does not name.
        let pending = [
            "and signature of",
            "subject to negotiation",
            "expects to sign",
            "expected to sign",
            "even if",
            "will be finali",
            "being finali",
            "upon signing",
            "upon the signing",
        ]
        .iter()
        .any(|v| s.contains(v));
        if pending && c["noun"].starts_with(|ch: char| ch.is_lowercase()) {
            continue;
        }
        // "has reached agreement on the terms": agreement as accord, with no
        // article, is no agreement signed (ANNOTATING.md); "reached an
        // agreement" is.
        // ("have reached agreements with buyers" are agreements.)
        let accord = body[m.start()..m.end()]
            .strip_suffix("agreement")
            .is_some_and(|inside| {
                // The word before the noun, inside the match or before it.
                let head = if inside.trim_end().is_empty() {
                    body[..m.start()].trim_end()
                } else {
                    inside.trim_end()
                };
                let last = head.rsplit(' ').next().unwrap_or(head);
                matches!(last, "reached" | "reach" | "reaches" | "reaching")
            });
        if accord {
            continue;
        }
        // "in a no deal scenario" names no deal; a prefix that runs over a
        // sentence's end ("… Leaders Summit. The deal") names none either.
        if body[..m.start()].ends_with("no ")
            || c.name("pfx").is_some_and(|p| p.as_str().contains(". "))
        {
            continue;
        }
        // "the Paris MoU": a memorandum named for the city where it was
        // signed (a capitalised word before it, inside a sentence) is a
        // particular one, named with its city.
        let place_mou = matches!(&c["noun"], "MoU" | "MOU")
            .then(|| word_before(body, m.start()))
            .flatten()
            .filter(|w| {
                let word = &body[w.clone()];
                &body[w.end..m.start()] == " "
                    && word.starts_with(|ch: char| ch.is_uppercase())
                    && word.chars().skip(1).all(|ch| ch.is_lowercase())
                    && !matches!(word, "The" | "This" | "That" | "An" | "A" | "Its" | "Their")
                    && !body[..w.start].trim_end().ends_with(['.', '\n', ':'])
            })
            .map(|w| w.start);
        // "These agreements, signed by …": a reference back to agreements
        // already named.
        let pointed = body[..m.start()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                matches!(
                    w,
                    "These" | "these" | "This" | "this" | "Those" | "those" | "Such" | "such"
                )
            });
        if pointed && c["noun"].starts_with(|ch: char| ch.is_lowercase()) {
            continue;
        }
        // "The agreement was signed by …" after the agreement was named: a
        // generic back-reference (ANNOTATING.md).
        let the_before = body[..m.start()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "The" | "the"));
        if the_before && &c["noun"] == "agreement" && !accepted.is_empty() {
            continue;
        }
        // "The Agreement", "This Agreement": a reference back, not a name.
        if let Some(named) = c.name("named")
            && named.as_str().split(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "The"
                        | "This"
                        | "That"
                        | "These"
                        | "Our"
                        | "Its"
                        | "Their"
                        | "Such"
                        | "Each"
                        | "An"
                        | "A"
                )
            })
            && named
                .as_str()
                .split(' ')
                .nth(1)
                .is_some_and(|w| w.starts_with("Agreement"))
        {
            continue;
        }
        if let Some(named) = c.name("named") {
            let text = named.as_str();
            if let Some(open) = text.rfind(['(', '['])
                && let Some(acr) = text[open + 1..].strip_suffix([')', ']'])
            {
                // "Master Franchise Agreement (“MFA”)": quotation marks
                // around the acronym.
                let acr = acr.trim_matches(['“', '”', '"']);
                defined.push((acr.to_string(), m.end(), text.to_string()));
            }
        } else if c.name("pfx").is_some()
            || place_mou.is_some()
            || defined_here
            || mentioned_again
            // A capitalised "Memorandum of Understanding" is a particular one.
            || bare.starts_with("Memorand")
            || KNOWN_AGREEMENTS.contains(&bare.trim_end_matches('s'))
        {
            // A named agreement ("Korea–UK FTA") or a defined acronym.
        } else if !concluded
            // "under its merger agreement with Atmel": an agreement whose
            // party the phrase names is that very one.
            // "a new agreement with the City of Boston" too.
            && ![" with ", " between "].iter().any(|p| {
                body[m.end()..].strip_prefix(p).is_some_and(|r| {
                    r.strip_prefix("the ")
                        .unwrap_or(r)
                        .starts_with(|ch: char| ch.is_uppercase())
                })
            })
        {
            continue;
        } else if last_sentence == Some(sentence.start) && !body[m.end()..].starts_with(" with ") {
            // One agreement per sentence, unless each has its own partner:
            // "an MOU with A, an MOU with B".
            continue;
        }
        last_sentence = Some(sentence.start);
        if !accepted.contains(&noun_key) {
            accepted.push(noun_key);
        }
        let noun = c.name("noun").expect("noun is not optional");
        // "its trade agreement": the determiner is not part of the name.
        let determiner = [
            "its ", "their ", "our ", "the ", "this ", "that ", "his ", "her ", "an ", "a ",
        ]
        .iter()
        .find(|d| noun.as_str().starts_with(**d))
        .map_or(0, |d| d.len());
        // "a US$ 79.8 million agreement": the amount's scale belongs to
        // the money before, not to the agreement.
        let determiner = determiner
            + ["million ", "billion ", "trillion ", "thousand "]
                .iter()
                .find(|w| noun.as_str()[determiner..].starts_with(**w))
                .map_or(0, |w| w.len());
        let span_start = if let Some(place) = place_mou {
            place
        } else if determiner > 0 {
            noun.start() + determiner
        } else {
            m.start()
        };
        let noun_text = &noun.as_str()[determiner..];
        // The match may end past the sentence it starts in.
        let tail = &body[m.end()..sentence.end.max(m.end())];
        let topic: String = tail
            .trim_start()
            .strip_prefix("to ")
            .or_else(|| tail.trim_start().strip_prefix("on "))
            .map(|t| first_words(t, 7))
            .unwrap_or_default();
        let what = if topic.is_empty() {
            noun_text.to_string()
        } else {
            format!("{noun_text} to {}", topic.trim_end_matches(['.', ',']))
        };
        out.push(Cand {
            span: span_start..m.end(),
            rule: "agreement.signed",
            data: CandData::Agreement { what },
        });
    }
    // "a Bilateral Swap Arrangement (BSA) … The BSA was signed": later
    // mentions of an agreement by the acronym its name defined.
    for (acr, from, name) in defined {
        if acr.len() < 2 || !acr.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        for (at, _) in body[from..].match_indices(acr.as_str()) {
            let span = from + at..from + at + acr.len();
            let taken = out.iter().any(|c| {
                matches!(c.data, CandData::Agreement { .. })
                    && c.span.start < span.end
                    && span.start < c.span.end
            });
            if whole(body, &span) && !taken && !names_members(body, span.end) {
                out.push(Cand {
                    span,
                    rule: "agreement.acronym",
                    data: CandData::Agreement { what: name.clone() },
                });
            }
        }
    }
}

/// Whether the word after `end` makes an agreement's acronym name its
/// members: "CAFTA-DR countries", "other CPTPP markets".
fn names_members(body: &str, end: usize) -> bool {
    body[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|ch: char| !ch.is_alphabetic()).next())
        .is_some_and(|w| {
            matches!(
                w,
                "countries"
                    | "country"
                    | "region"
                    | "regions"
                    | "partner"
                    | "partners"
                    | "member"
                    | "members"
                    | "market"
                    | "markets"
                    | "economies"
                    | "nations"
                    | "states"
                    | "area"
                    | "zone"
            )
        })
}
