//! Organisations: names by their heads and suffixes, acronym definitions, lists, names set against a descriptor, and names mentioned again in a release's own discourse.

use super::*;

/// The words of `body` (see `words_in`), with a possessive "’s" cut off, so
/// that it ends a name and the next word does not join it.
pub(super) fn words_without_possessives(body: &str) -> Vec<Range<usize>> {
    words_in(body, 0)
        .into_iter()
        .map(|w| {
            // "Landsvirkjun‘s CEO": an opening mark typed for the
            // apostrophe is one too.
            let word = &body[w.clone()];
            match word
                .strip_suffix("’s")
                .or_else(|| word.strip_suffix("'s"))
                .or_else(|| word.strip_suffix("‘s"))
            {
                Some(stem) => w.start..w.start + stem.len(),
                None => w,
            }
        })
        .collect()
}

/// Organisation names: defined with an acronym, headed by an organisation
/// word, ending in a company suffix, or listed after "companies such as".
pub(super) fn organizations(
    body: &str,
    words: &[Range<usize>],
    defs: &Definitions,
    out: &mut Vec<Cand>,
) {
    let text_of = |w: &Range<usize>| &body[w.clone()];
    let gap = |a: usize, b: usize| &body[words[a].end..words[b].start];

    // Name with an acronym in brackets.
    for (name, acronym) in &defs.plain {
        out.push(Cand {
            span: name.clone(),
            rule: "org.defined",
            data: CandData::Org {
                name: clean_name(&body[name.clone()]),
                acronym: Some(acronym.clone()),
            },
        });
    }

    // "ESB (Electricity Supply Board)": the acronym first.
    for (span, name, acronym) in &defs.reverse {
        out.push(Cand {
            span: span.clone(),
            rule: "org.defined-after",
            data: CandData::Org {
                name: name.clone(),
                acronym: Some(acronym.clone()),
            },
        });
    }

    for (i, w) in words.iter().enumerate() {
        let word = text_of(w);
        let plural_noun =
            word.ends_with('s') && ORG_PLURALS.contains(&word.to_lowercase().as_str());
        if !HEADS.contains(word) && !plural_noun && word != "Post" {
            continue;
        }
        // "Ministry of Trade, Industry and Energy", "Bank of Korea"
        // "Board of Investment" is a body; "Board of Directors" is a
        // company's organ, named with the company.
        let organ = word == "Board"
            && body[w.end..].split_whitespace().take(4).any(|x| {
                matches!(
                    x.trim_end_matches([',', '.']),
                    "Directors" | "Governors" | "Trustees" | "Management"
                )
            });
        // "the Board of Wipro Limited", "the Executive Committee of
        // Santander S.A.": a company's organ is named with the company,
        // which its own rule finds.
        let company_organ = matches!(word, "Board" | "Committee")
            && text::org_name_span(body, words, i).is_some_and(|s| {
                let last = body[s.clone()].rsplit(' ').next().unwrap_or("");
                is_legal_form(last) || COMPANY_SUFFIXES.contains(&last)
            });
        let organ = organ || company_organ;
        if ORG_HEADS_OF.contains(&word)
            && !organ
            && let Some(mut span) = text::org_name_span(body, words, i)
            && span.end > w.end
        {
            // "the Government of Canada, British Columbia, and
            // municipalities": a place after a comma is the next item.
            let name = &body[span.clone()];
            if let Some(cut) = name.match_indices(", ").map(|(k, _)| k).find(|&k| {
                let rest = &name[k + 2..];
                let two: String = rest.split(' ').take(2).collect::<Vec<_>>().join(" ");
                place_or_nationality(rest.split(' ').next().unwrap_or(""))
                    || place_or_nationality(&two)
            }) {
                span.end = span.start + cut;
            }
            // "Government of St. Kitts and Nevis": the stop of "St." ends
            // no name; the capitalised words after it, joined by "and",
            // go on with it.
            if body[..span.end].ends_with(" St") && body[span.end..].starts_with(". ") {
                let rest = &body[span.end + 2..];
                let (mut at, mut last_cap) = (0, 0);
                for (n, w) in rest.split(' ').take(4).enumerate() {
                    let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
                    if capitalised(bare) {
                        last_cap = at + bare.len();
                    } else if n == 0 || !matches!(bare, "and" | "&") {
                        break;
                    }
                    if bare.len() != w.len() {
                        break;
                    }
                    at += w.len() + 1;
                }
                if last_cap > 0 {
                    span.end += 2 + last_cap;
                }
            }
            let data = CandData::Org {
                name: clean_name(&body[span.clone()]),
                acronym: None,
            };
            out.push(Cand {
                span,
                rule: "org.head-of",
                data,
            });
        }
        // "Australia Post", "Swiss Post", "NZ Post": a national post office
        // (not "Supporting Post", "Modern Post").
        let post = word == "Post" && i > 0 && gap(i - 1, i) == " " && {
            let prev = text_of(&words[i - 1]);
            place_or_nationality(prev)
                || (prev.len() >= 2 && prev.chars().all(|c| c.is_ascii_uppercase()))
        };
        // "Korea Semiconductor Industry Association", "Samsung Electronics"
        if ORG_HEADS_END.contains(&word) || COMPANY_SUFFIXES.contains(&word) || post {
            let mut first = i;
            while first > 0 {
                let g = gap(first - 1, first);
                let prev = text_of(&words[first - 1]);
                // "BioTelemetry, Inc.": a legal form after a comma.
                let legal_comma = first == i
                    && g == ", "
                    && [
                        "Inc",
                        "Ltd",
                        "Corp",
                        "LLC",
                        "PLC",
                        "Limited",
                        "Co",
                        "Incorporated",
                    ]
                    .contains(&word);
                // "Golden Beeworks Pte. Ltd.", "Acme Co., Ltd.": legal forms
                // in a chain keep their stops.
                let legal_chain = matches!(g, ". " | "., ")
                    && ["Pte", "Pvt", "Co", "Sdn", "Inc", "Corp"].contains(&prev);
                // "Kelun Life Sciences (Private) Limited", "(Pvt) Ltd": a
                // bracketed legal form in South Asian company names.
                let private = (matches!(g, ") " | ".) ")
                    && first == i
                    && ["Limited", "Ltd"].contains(&word)
                    && ["Private", "Pvt"].contains(&prev))
                    || (g == " (" && ["Private", "Pvt"].contains(&text_of(&words[first])));
                // "Gilroy Foods & Flavors", "Merck & Co.".
                // "McDonald’s Corporation": a word the body never writes
                // without its possessive, just before a company suffix (not
                // "IFAD’s Executive Board", "the Group’s Aerospace").
                let owned = matches!(g, "’s " | "'s ")
                    && first == i
                    && (COMPANY_SUFFIXES.contains(&word)
                        || is_legal_form(word)
                        || matches!(word, "Corporation" | "Company" | "Bank"))
                    && name_word(prev)
                    && prev.chars().any(char::is_lowercase)
                    && !HEADS.contains(prev)
                    && !COMPANY_SUFFIXES.contains(&prev)
                    && !place_or_nationality(prev)
                    && !TITLE_STARTS.contains(prev)
                    && body.match_indices(prev).all(|(at, _)| {
                        let after = &body[at + prev.len()..];
                        !whole(body, &(at..at + prev.len()))
                            || after.starts_with("’s")
                            || after.starts_with("'s")
                    });
                let joins = private
                    || owned
                    || g == " "
                    || g == "–"
                    || g == "-"
                    || g == " & "
                    || legal_comma
                    || legal_chain;
                let numeric = prev.chars().all(|c| c.is_ascii_digit()) && first >= 2;
                // "SK hynix Inc.": a lower-case word after capitals, before a
                // legal form.
                let styled = first == i
                    && is_legal_form(word)
                    && prev.chars().all(|c| c.is_lowercase())
                    && first >= 2
                    && gap(first - 2, first - 1) == " "
                    && text_of(&words[first - 2]).len() >= 2
                    && text_of(&words[first - 2])
                        .chars()
                        .all(|c| c.is_ascii_uppercase());
                // "Main Market-listed Central Global Berhad": a word that
                // turns lower case after its hyphen describes the name.
                let describes = prev
                    .split_once('-')
                    .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
                if joins
                    && (name_word(prev) || numeric || styled)
                    && !TITLES.contains(&prev)
                    && !prev.ends_with("’s")
                    && !describes
                {
                    first -= 1;
                } else {
                    break;
                }
            }
            // "King Salman Maritime Industries Complex" is a place; "the
            // Indian Steel Industry" and "National Steel Policy" go on past
            // a company suffix, so the suffix does not end a company's name.
            let next = words
                .get(i + 1)
                .filter(|_| gap(i, i + 1) == " ")
                .map(text_of);
            let next_is_place = next.is_some_and(|n| PLACE_NOUNS.contains(&n));
            // "Orica Group Executive and President": "Group" opens the
            // title ("Group CEO", "Group Chief Executive"), not the name.
            // Unless the body names the group elsewhere ("Carlsberg Group
            // acquired …").
            let title_after = |at: usize| {
                body[at..]
                    .strip_prefix(' ')
                    .and_then(|r| r.split([' ', ',']).next())
                    .is_some_and(|n| {
                        CORPORATE_TITLE_STARTS.contains(&n) || TITLE_STARTS.contains(n)
                    })
            };
            let group_title = word == "Group" && title_after(w.end) && {
                let name = &body[words[first].start..w.end];
                body.match_indices(name)
                    .all(|(at, _)| title_after(at + name.len()))
            };
            if group_title {
                continue;
            }
            let place_after = next.is_some_and(|n| PLACE_NAMES.contains(n))
                || (i + 2 < words.len()
                    && gap(i + 1, i + 2) == " "
                    && PLACE_NAMES.contains(&body[words[i + 1].start..words[i + 2].end]));
            let name_goes_on = COMPANY_SUFFIXES.contains(&word)
                && !ORG_HEADS_END.contains(&word)
                && !place_after
                && next.is_some_and(|n| {
                    name_word(n) && !TITLE_STARTS.contains(n) && !HEADS.contains(n)
                });
            if next_is_place || name_goes_on {
                continue;
            }
            // The name must start with a name word, not a number or a day
            // ("Yesterday Acme Corp said").
            while first < i
                && (!name_word(text_of(&words[first]))
                    || DAY_WORDS.contains(&text_of(&words[first])))
            {
                first += 1;
            }
            // "Toyota Motor North America", "Toray Advanced Materials Korea":
            // a company's branch is named by the place after its suffix.
            let mut end = w.end;
            if COMPANY_SUFFIXES.contains(&word) {
                for n in [2, 1] {
                    if i + n < words.len()
                        && (1..=n).all(|k| gap(i + k - 1, i + k) == " ")
                        && PLACE_NAMES.contains(&body[words[i + 1].start..words[i + n].end])
                    {
                        end = words[i + n].end;
                        break;
                    }
                }
            }
            // "BioTelemetry, Inc.": the abbreviation's stop is the name's.
            if ["Inc", "Co", "Corp", "Ltd"].contains(&word) && body[end..].starts_with('.') {
                end += 1;
            }
            // "Executive Committee", "Finance Committee", "Executive Board":
            // a company's organ named by generic words alone is no body of
            // its own.
            let organ_only = (first..=i).all(|k| ORGAN_WORDS.contains(&text_of(&words[k])));
            // "OPAZ Board of Directors", "ŠKODA AUTO Board Member": the
            // board is the company's organ, and the mention the company's.
            let board_member = word == "Board"
                && body[w.end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with("Member") || r.starts_with("member"));
            if (organ || board_member) && !organ_only {
                end = words[i - 1].end;
            }
            // A country or month alone before a head is not a name ("Korea Energy" may be).
            if first < i && !organ_only {
                let span = words[first].start..end;
                let rule = if COMPANY_SUFFIXES.contains(&word) {
                    "org.company-suffix"
                } else {
                    "org.head"
                };
                // "the Ministry" style generic references have no name word.
                let data = CandData::Org {
                    name: clean_name(&body[span.clone()]),
                    acronym: None,
                };
                out.push(Cand { span, rule, data });
            }
        }
        // "firms such as DEEPX, Mobilint, and FuriosaAI"
        if plural_noun {
            let rest = &body[w.end..];
            let intro = ["such as ", "including ", "like ", "led by "]
                .iter()
                .find_map(|p| {
                    rest.strip_prefix(' ')
                        .and_then(|r| r.strip_prefix(p))
                        .map(|_| 1 + p.len())
                });
            // "partnering with manufacturers Rolls-Royce, Avio and ITP": a
            // list right after the noun, of two items or more.
            let direct = rest.strip_prefix(' ').is_some_and(|r| {
                let item_end = r.find([',', '.', ';']).unwrap_or(r.len());
                let first_item = &r[..item_end];
                r.starts_with(|c: char| c.is_uppercase())
                    && first_item.split(' ').all(name_word)
                    && (r[item_end..].starts_with(", ") || first_item.contains(" and "))
            });
            let skip = match intro {
                Some(skip) => skip,
                None if direct => 1,
                None => continue,
            };
            let list_start = w.end + skip;
            list_items(body, list_start, out);
        }
    }
}

/// Items of "A, B, and C" (or "A and B") starting at `at`: each a run of
/// name words; the list ends at the first item that is not one.
pub(super) fn list_items(body: &str, at: usize, out: &mut Vec<Cand>) {
    let end = body[at..]
        .find(['.', ';', ':', '(', '“', '"'])
        .map_or(body.len(), |i| at + i);
    let ws = words_in(&body[at..end], at);
    let mut i = 0;
    let mut last_item = false;
    while i < ws.len() {
        // Skip the separators "," and "and"/"or" between items; the item
        // after them is the last ("… and Hiconics Eco-energy, Midea has …").
        while i < ws.len() && matches!(&body[ws[i].clone()], "and" | "or") {
            i += 1;
            last_item = true;
        }
        let first = i;
        while i < ws.len()
            && (name_word(&body[ws[i].clone()])
                || body[ws[i].clone()].chars().all(|c| c.is_ascii_digit()))
            && (i == first || &body[ws[i - 1].end..ws[i].start] == " ")
        {
            i += 1;
        }
        if i == first {
            break;
        }
        let span = ws[first].start..ws[i - 1].end;
        let name = clean_name(&body[span.clone()]);
        // A country in the list is a country, not a company.
        if !PLACE_NAMES.contains(name.as_str()) {
            out.push(Cand {
                span,
                rule: "org.listed",
                data: CandData::Org {
                    name,
                    acronym: None,
                },
            });
        }
        let sep = ws.get(i).map_or("", |n| &body[ws[i - 1].end..n.start]);
        let next = ws.get(i).map_or("", |n| &body[n.clone()]);
        if last_item || !(sep == ", " || (sep == " " && matches!(next, "and" | "or"))) {
            break;
        }
    }
}

/// The acronyms a release defines, found once for the corpus-wide table and
/// the organisation rule.
pub(super) struct Definitions {
    /// "Name (ACR)": the name's span and the acronym.
    pub(super) plain: Vec<(Range<usize>, String)>,
    /// "ACR (Full Name)": the mention's span, the name and the acronym.
    pub(super) reverse: Vec<(Range<usize>, String, String)>,
}

/// (mention span, name, acronym) for each "ACR (Full Name)" whose name's
/// capitalised words give the acronym's letters in order.
pub(super) fn reverse_acronym_definitions(
    body: &str,
    r: &Rules,
) -> Vec<(Range<usize>, String, String)> {
    let mut out = Vec::new();
    for c in r.acronym_first.captures_iter(body) {
        let (acr, name) = (&c["acr"], &c["name"]);
        let initials: String = name
            .split([' ', '-'])
            .filter(|w| capitalised(w))
            .filter_map(|w| w.chars().next())
            .collect();
        let agreement = name
            .split(' ')
            .any(|w| ["Memorandum", "Agreement", "Treaty", "Accord"].contains(&w));
        let m = c.get(0).expect("group 0 always matches");
        // "GAAP (Generally Accepted Accounting Principles)": a term's
        // initials spelt out name no body.
        if initials == acr
            && !agreement
            && !GENERIC_ACRONYMS.contains(&acr)
            && whole(body, &(m.start()..m.start() + acr.len()))
        {
            out.push((m.range(), name.to_string(), acr.to_string()));
        }
    }
    out
}

/// Whether `w` may open a name: a name word that is no title, month,
/// weekday or day ("Minister Kim" is a person, "Monday" a date, and "Today
/// Pandora announced" names Pandora).
pub(super) fn name_opener(w: &str) -> bool {
    name_word(w)
        && !TITLE_STARTS.contains(w.trim_end_matches('.'))
        && month_number(w).is_none()
        && !WEEKDAYS.contains(&w)
        && !DAY_WORDS.contains(&w)
}

/// The run of name words that starts at word `i` of `ws`: name words joined
/// by single spaces, with connectors inside ("Bord na Móna").
pub(super) fn name_run(body: &str, ws: &[Range<usize>], i: usize) -> Option<usize> {
    if !ws.get(i).is_some_and(|w| name_opener(&body[w.clone()])) {
        return None;
    }
    let mut last = i;
    let mut j = i + 1;
    // "Mitchells & Butlers", "Smith & Nephew": an ampersand between two
    // name words joins one name.
    while j < ws.len()
        && (&body[ws[j - 1].end..ws[j].start] == " "
            || (&body[ws[j - 1].end..ws[j].start] == " & "
                && name_word(&body[ws[j - 1].clone()])
                && name_word(&body[ws[j].clone()])))
    {
        let w = &body[ws[j].clone()];
        if name_word(w) {
            last = j;
        } else if !(NAME_CONNECTORS.contains(&w)
            && ws.get(j + 1).is_some_and(|n| name_word(&body[n.clone()])))
        {
            break;
        }
        j += 1;
    }
    Some(last)
}

/// Organisations known only by their neighbours: names coordinated with an
/// organisation found by another rule ("MUFG Bank, BNP Paribas and AIB"),
/// and names in apposition to a descriptor ("the company Naver", "Naver, a
/// South Korean internet company,"). People and places found at the same
/// mention win over these, by rank and by the place check.
pub(super) fn coordinated_and_described(body: &str, ws: &[Range<usize>], out: &mut Vec<Cand>) {
    let word_at = |pos: usize| ws.binary_search_by(|w| w.start.cmp(&pos)).ok();
    let word_ending = |pos: usize| ws.binary_search_by(|w| w.end.cmp(&pos)).ok();
    let mut found: Vec<Range<usize>> = Vec::new();
    // Whether each line (by its start) is a headline, counted once: a body
    // of one long line would otherwise be counted for every name in it.
    let headlines: std::cell::RefCell<Vec<(usize, bool)>> = Default::default();
    let title_case = |at: usize| {
        let start = body[..at].rfind('\n').map_or(0, |i| i + 1);
        if let Some((_, known)) = headlines.borrow().iter().find(|(s, _)| *s == start) {
            return *known;
        }
        let verdict = title_case_line(body, at);
        headlines.borrow_mut().push((start, verdict));
        verdict
    };
    let accept = |found: &mut Vec<Range<usize>>, span: Range<usize>| {
        let name = clean_name(&body[span.clone()]);
        let words: Vec<&str> = name.split(' ').collect();
        // "this Administration": a head word alone is a generic mention;
        // "Bipartisan Infrastructure Law" names a law, not a body.
        let generic = words.iter().all(|w| HEADS.contains(w));
        let not_a_body = words.last().is_some_and(|w| NOT_BODIES.contains(w));
        // "Investment Deputy Commissioner Daniel Teressa and …": a titled
        // person, not a company.
        let titled = words.iter().any(|w| TITLE_STARTS.contains(w));
        let place = place_or_nationality(&name) || name.chars().count() < 2;
        // "Together, Ahold and Delhaize Group …", "Furthermore, the
        // company …": a sentence adverb before its comma is no name.
        let adverb = words.len() == 1
            && (name.ends_with("ly") || SENTENCE_ADVERBS.contains(&name.as_str()))
            && body[span.end..].starts_with(',');
        // "Maestro-branded cards": a word that turns lower case after its
        // hyphen describes; a headline-style line ("… to Strengthen Rail
        // Network, Help Reduce Emissions, and …") capitalises every word.
        let described = words
            .last()
            .and_then(|w| w.split_once('-'))
            .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        let no_name = adverb || described || title_case(span.start);
        if !place && !generic && !not_a_body && !titled && !no_name && !found.contains(&span) {
            found.push(span);
        }
    };
    let orgs: Vec<Range<usize>> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Org { .. } | CandData::OrgAcronym { .. }))
        .map(|c| c.span.clone())
        .collect();
    // The name run that ends at byte `end`, walking back over name words.
    let run_ending = |end: usize| -> Option<Range<usize>> {
        let last = word_ending(end)?;
        let mut first = last;
        while first > 0
            && &body[ws[first - 1].end..ws[first].start] == " "
            && (name_word(&body[ws[first - 1].clone()])
                || NAME_CONNECTORS.contains(&&body[ws[first - 1].clone()]))
        {
            first -= 1;
        }
        while first < last && !name_opener(&body[ws[first].clone()]) {
            first += 1;
        }
        (name_run(body, ws, first) == Some(last)).then(|| ws[first].start..ws[last].end)
    };
    for org in &orgs {
        // Forward: ", B, C and D" after the organisation. A list ends with
        // "and"/"or"; a comma alone may end a clause instead ("…, DOE is").
        let mut end = org.end;
        // "Roche (SIX: RO, ROG; OTCQX: RHHBY) and Novartis": past the brackets.
        if body[end..].starts_with(" (")
            && let Some(close) = body[end..].find(')')
            && !body[end..end + close].contains('\n')
        {
            end += close + 1;
        }
        let mut items = Vec::new();
        let mut listed = false;
        loop {
            let rest = &body[end..];
            let sep = [", and ", ", or ", ", ", " and ", " or "]
                .into_iter()
                .find(|p| rest.starts_with(p));
            let Some(sep) = sep else { break };
            let Some(i) = word_at(end + sep.len()) else {
                break;
            };
            let Some(last) = name_run(body, ws, i) else {
                // "…, Mitsui, Tokyo Gas and other leading players": the list
                // closes on others of the kind.
                if sep != ", " && matches!(&body[ws[i].clone()], "other" | "others" | "several") {
                    listed = !items.is_empty();
                    for item in items.drain(..) {
                        accept(&mut found, item);
                    }
                }
                break;
            };
            items.push(ws[i].start..ws[last].end);
            end = ws[last].end;
            if sep != ", " {
                listed = true;
                for item in items.drain(..) {
                    accept(&mut found, item);
                }
                break;
            }
        }
        // "from BP Japan, CWP Global, JOGMEC, Kawasaki Heavy Industries,
        // …, Tokyo Gas and others": in a list that closes, the items before
        // the organisation are members too.
        if listed {
            let mut start = org.start;
            while let Some(before) = start.checked_sub(2)
                && body.is_char_boundary(before)
                && &body[before..start] == ", "
                && let Some(run) = run_ending(before)
            {
                start = run.start;
                accept(&mut found, run);
            }
        }
        // Backward: "A, B and" before the organisation.
        let mut start = org.start;
        for sep in [" and ", ", and ", " or ", ", or ", ", ", ", "] {
            let Some(before) = start.checked_sub(sep.len()) else {
                continue;
            };
            let first_item = start == org.start;
            // The organisation must be the last item ("A and ORG"); items
            // before that are joined by commas.
            if first_item == (sep == ", ")
                || !body.is_char_boundary(before)
                || &body[before..start] != sep
            {
                continue;
            }
            let Some(run) = run_ending(before) else { break };
            start = run.start;
            accept(&mut found, run);
        }
    }
    // "signed agreements with CFM International", "acquired by Areva", "to
    // acquire Pixar": a deal's other party is named after its cue.
    for (i, w) in ws.iter().enumerate() {
        let word = &body[w.clone()];
        let cued = match word {
            "with" | "by" => {
                i > 0 && &body[ws[i - 1].end..w.start] == " " && {
                    let prev = &body[ws[i - 1].clone()];
                    if word == "with" {
                        PARTNER_CUES.contains(&prev)
                    } else {
                        AGENT_CUES.contains(&prev)
                    }
                }
            }
            "acquire" | "acquires" | "acquiring" => true,
            _ => false,
        };
        if !cued || !body[w.end..].starts_with(' ') {
            continue;
        }
        let at = if body[w.end..].starts_with(" the ") {
            i + 2
        } else {
            i + 1
        };
        let Some(last) = name_run(body, ws, at) else {
            continue;
        };
        // "to acquire the Dunmaglass wind farm": a name before a common
        // noun describes the thing acquired.
        let attributive = body[ws[last].end..].starts_with(' ')
            && ws.get(last + 1).is_some_and(|n| {
                let next = &body[n.clone()];
                next.starts_with(|c: char| c.is_lowercase()) && !PARTY_FOLLOWERS.contains(&next)
            });
        if !attributive {
            accept(&mut found, ws[at].start..ws[last].end);
        }
    }
    for (i, w) in ws.iter().enumerate() {
        let word = &body[w.clone()];
        if !word.starts_with(|c: char| c.is_ascii_lowercase()) || !DESCRIPTORS.contains(word) {
            continue;
        }
        // "the company Naver": the name follows the descriptor.
        if body[w.end..].starts_with(' ')
            && let Some(last) = name_run(body, ws, i + 1)
        {
            accept(&mut found, ws[i + 1].start..ws[last].end);
        }
        // "the state-owned AI company, Humane,": a name set off by commas.
        if body[w.end..].starts_with(", ")
            && let Some(i) = word_at(w.end + 2)
            && let Some(last) = name_run(body, ws, i)
            && body[ws[last].end..].starts_with([',', '.'])
        {
            accept(&mut found, ws[i].start..ws[last].end);
        }
        // "Naver, a South Korean internet company": the name is before ", a".
        // "Marriott International, Africa’s largest hotel company": a
        // possessive may stand for the article.
        let Some(det) = (i.saturating_sub(6)..i).find(|&j| {
            let d = &body[ws[j].clone()];
            let possessive = body[ws[j].end..].starts_with(['’', '\''])
                && body[ws[j].end..].chars().nth(1) == Some('s');
            (matches!(d, "a" | "an" | "the") || possessive) && body[..ws[j].start].ends_with(", ")
        }) else {
            continue;
        };
        if body[ws[det].end..w.start].contains(['.', ',', ';']) {
            continue;
        }
        if let Some(run) = run_ending(ws[det].start - 2) {
            accept(&mut found, run);
        }
    }
    for span in found {
        out.push(Cand {
            data: CandData::Org {
                name: clean_name(&body[span.clone()]),
                acronym: None,
            },
            span,
            rule: "org.neighbour",
        });
    }
}

/// (name span, acronym) for each "Name (ACR)" or "Name (ACR, …" whose
/// acronym fits the name's initials and whose name is an organisation's.
pub(super) fn acronym_definitions(body: &str, r: &Rules) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    for c in r.acronym_def.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        // A short name in quotation marks is defined by the writer, whatever
        // its letters: "General Holding Corporation PJSC (“Senaat”)". A
        // generic defined term ("(the “Company”)") names nothing new.
        let quoted = c.name("quoted").is_some();
        let acr = c
            .name("quoted")
            .or_else(|| c.name("acr"))
            .expect("one of the alternatives matched")
            .as_str()
            .to_string();
        if quoted && DEFINED_TERMS.contains(&acr.as_str()) {
            continue;
        }
        let capitals = acr.chars().filter(|c| c.is_uppercase()).count();
        // "(KATS)", and short names such as "(Afreximbank)" whose letters
        // follow the name (checked below).
        // "The Bangladesh Investment Development Authority (Bida)": a short
        // one written as a word counts when its letters are exactly the
        // initials of the words just before it.
        let word_acronym = || {
            let n = acr.chars().count();
            let before: Vec<&str> = body[..m.start()].split_whitespace().rev().take(n).collect();
            n >= 3
                && before.len() == n
                && before.iter().all(|w| capitalised(w))
                && before
                    .iter()
                    .rev()
                    .filter_map(|w| w.chars().next())
                    .eq(acr.to_uppercase().chars())
        };
        if !quoted && capitals < 2 && acr.chars().count() < 5 && !word_acronym() {
            continue;
        }
        // Walk back over the name: name words and connectors.
        let mut head = &body[..m.start()];
        // "GlobalFoundries (Nasdaq: GFS) (GF)": past a ticker in brackets;
        // a listed name is a company.
        let mut listed = false;
        if let Some(inner) = head.strip_suffix(')')
            && let Some(open) = inner.rfind('(')
            && inner[open + 1..]
                .split_once(':')
                .is_some_and(|(x, _)| exchange(x.trim()).is_some())
        {
            head = inner[..open].trim_end();
            listed = true;
        }
        // "the United Auto Workers union (UAW)": a common noun between the
        // name and its acronym says what the name is.
        let kind_word = [
            "union",
            "group",
            "company",
            "bank",
            "agency",
            "organisation",
        ]
        .iter()
        .find(|k| head.ends_with(&format!(" {k}")));
        if let Some(k) = kind_word {
            head = &head[..head.len() - k.len() - 1];
        }
        // Only the end of the text before the brackets can hold the name:
        // the words from a space some way back, not the whole body's once
        // per definition.
        let mut from = head.len().saturating_sub(400);
        while !head.is_char_boundary(from) {
            from += 1;
        }
        if from > 0 {
            from = head[from..].find(' ').map_or(head.len(), |k| from + k + 1);
        }
        let ws = words_in(&head[from..], from);
        let mut first = ws.len();
        let mut i = ws.len();
        while i > 0 {
            let w = &head[ws[i - 1].clone()];
            let g = if i < ws.len() {
                &head[ws[i - 1].end..ws[i].start]
            } else {
                ""
            };
            // "West Fraser Timber Co. Ltd. (“West Fraser”)": an abbreviated
            // legal form keeps its stop inside the name.
            let abbreviated = g == ". " && is_legal_form(w);
            if !(g.is_empty()
                || g == " "
                || g == ", "
                || g == " & "
                || g == "–"
                || g == "-"
                || abbreviated)
            {
                break;
            }
            // "Association, Korea Planning … Institute (KEIT)": a comma after
            // a complete organisation name ends the walk.
            if g == ", " && HEADS.contains(w) {
                break;
            }
            // "Yesterday, Delivery Hero S.E. (…)": a sentence's opening
            // adverb is no part of the name.
            if i < ws.len()
                && g == ", "
                && (SENTENCE_ADVERBS.contains(&w) || DAY_WORDS.contains(&w))
            {
                break;
            }
            // "Nigerian-German Chemicals plc (“NGC”)": a lower-case legal
            // form ends the name.
            if name_word(w) || w == "&" || is_legal_form(w) {
                first = i - 1;
            } else if !["of", "for", "and", "on", "the", "de", "du"].contains(&w) || i == ws.len() {
                break;
            }
            i -= 1;
        }
        if first == ws.len() {
            continue;
        }
        // "An Binh Commercial Joint Stock Bank (“ABBank”)": a name may open
        // with "An" or "A" when its acronym does.
        if first > 0
            && matches!(&head[ws[first - 1].clone()], "An" | "A")
            && &head[ws[first - 1].end..ws[first].start] == " "
            && acr.starts_with('A')
            && !head[ws[first].clone()].starts_with('A')
        {
            first -= 1;
        }
        // "the EU and the East African Community (EAC)": the shortest tail of
        // the walk whose capitalised words give exactly the acronym's
        // letters is the name, when there is one.
        let exact = (first..ws.len()).find(|&k| {
            name_word(&head[ws[k].clone()]) && {
                let initials: String = ws[k..]
                    .iter()
                    .map(|w| &head[w.clone()])
                    .filter(|w| capitalised(w))
                    .filter_map(|w| w.chars().next())
                    .collect();
                // "Board of Investment (BOI)": "of" may give its letter.
                let with_of: String = ws[k..]
                    .iter()
                    .map(|w| &head[w.clone()])
                    .filter(|w| capitalised(w) || *w == "of")
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
                    .to_uppercase();
                let boundary = k == first || !name_word(&head[ws[k - 1].clone()]);
                // "Community Development Financial Institutions Fund (CDFI
                // Fund)": initials, then the head word spelt out.
                let spelt = acr.split_once(' ').is_some_and(|(letters, word)| {
                    initials.len() == letters.len() + 1
                        && initials.starts_with(letters)
                        && head[ws[ws.len() - 1].clone()] == *word
                });
                // "Maritime and Port Authority of Singapore (MPA)": the
                // initials may leave out the place the name closes on.
                let place_left_out = ws[k..]
                    .iter()
                    .rposition(|w| &head[w.clone()] == "of")
                    .is_some_and(|o| {
                        let initials: String = ws[k..k + o]
                            .iter()
                            .map(|w| &head[w.clone()])
                            .filter(|w| capitalised(w))
                            .filter_map(|w| w.chars().next())
                            .collect();
                        initials == acr
                            && ws.get(k + o + 1).is_some_and(|p| {
                                place_or_nationality(&head[p.start..ws[ws.len() - 1].end])
                            })
                    });
                (boundary && (initials == acr || place_left_out)) || spelt || with_of == acr
            }
        });
        let mut first = exact.filter(|_| !quoted).unwrap_or(first);
        // "Department of Veterans Affairs (VA)": initials of the field
        // only; the name opens with its head.
        if exact.is_some()
            && first >= 2
            && &head[ws[first - 1].clone()] == "of"
            && HEADS.contains(&head[ws[first - 2].clone()])
        {
            first -= 2;
        }
        // "the Board of Agthia Group PJSC (“Agthia”)": the short name is
        // the company's, not its organ's.
        if first + 2 < ws.len()
            && matches!(
                &head[ws[first].clone()],
                "Board" | "Shareholders" | "Directors" | "Committee" | "Management"
            )
            && &head[ws[first + 1].clone()] == "of"
            && head
                .rsplit(' ')
                .next()
                .is_some_and(|l| is_legal_form(l) || COMPANY_SUFFIXES.contains(&l))
        {
            first += 2;
        }
        // A name of legal forms alone ("S.A.B. de C.V.") is no name.
        if ws[first..].iter().all(|w| {
            let w = &head[w.clone()];
            is_legal_form(w) || matches!(w, "de" | "&")
        }) {
            continue;
        }
        let span = ws[first].start..ws[ws.len() - 1].end;
        let name = &body[span.clone()];
        let words: Vec<&str> = name
            .split([' ', '–', '-'])
            .filter(|w| !w.is_empty())
            .collect();
        // "Community Development Financial Institutions Program (CDFI
        // Program)" names a programme, whatever head words it holds.
        let not_a_body = words.last().is_some_and(|w| {
            matches!(*w, "Project" | "Policy" | "Analysis") || NOT_A_BODY_WORDS.contains(w)
        });
        // "Pakistan State Oil (PSO) … PSO's 44th meeting": an acronym of
        // exactly the name's initials, used again and acting there, is a
        // body's unless it is a term of economics or a thing.
        let used_again = body[m.end()..].match_indices(acr.as_str()).any(|(at, _)| {
            let at = m.end() + at;
            whole(body, &(at..at + acr.len())) && acts_after(&body[at + acr.len()..])
        });
        let named_by_initials = exact.is_some()
            && acr.len() >= 3
            && acr.chars().all(|c| c.is_ascii_uppercase())
            && !GENERIC_ACRONYMS.contains(&acr.as_str())
            && !not_a_body
            && used_again;
        // "Deutsche Forschungsgemeinschaft (DFG, German Research
        // Foundation)": a gloss in the brackets says what the name is.
        let glossed = m.as_str().ends_with(',')
            && body[m.end()..].find([')', '\n']).is_some_and(|close| {
                body[m.end()..m.end() + close]
                    .split_whitespace()
                    .any(|w| HEADS.contains(w))
            });
        let is_org = listed
            || glossed
            || kind_word.is_some()
            || named_by_initials
            || words.last().is_some_and(|w| is_legal_form(w))
            || (words
                .iter()
                .any(|w| HEADS.contains(w) || DEFINED_HEADS.contains(w))
                && !not_a_body);
        let agreement = words
            .iter()
            .any(|w| ["Memorandum", "Agreement", "Treaty", "Accord"].contains(w));
        let initials_ok = acr.chars().next() == name.chars().next() && {
            let lower = name.to_lowercase();
            let mut it = lower.chars();
            acr.to_lowercase().chars().all(|a| it.any(|c| c == a))
        };
        // "Federal Ministry for Economic Cooperation and Development (BMZ)":
        // a ministry's acronym may come from its own language.
        let foreign = (2..=6).contains(&acr.len())
            && acr.chars().all(|c| c.is_ascii_uppercase())
            && !PLACE_NAMES.contains(acr.as_str())
            && !name.contains(['’', '\''])
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "Ministry" | "Department" | "Agency" | "Office" | "Bureau"
                )
            });
        // "Department of Veterans Affairs (VA)": the initials of a
        // department's field.
        let field = name.rsplit_once(" of ").is_some_and(|(_, field)| {
            let initials: String = field
                .split(' ')
                .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase))
                .collect();
            initials.len() >= 2 && initials == acr.as_str()
        });
        let initials_ok = initials_ok || foreign || quoted || field;
        if is_org && !agreement && initials_ok {
            out.push((span, acr));
        }
    }
    out
}

/// Organisations named once and mentioned again in other ways, "one sense
/// per discourse": every other mention of a name found as an organisation;
/// a company's first distinctive word ("Infineon" for "Infineon
/// Technologies AG"); an acronym made of a name's initials ("TSMC"); a
/// company named by a stock ticker; and the issuer named as the subject of
/// the headline ("TSMC Reports …"). A name that is a person's or a place's
/// is left alone.
pub(super) fn discourse_orgs(body: &str, ws: &[Range<usize>], title: &str, out: &mut Vec<Cand>) {
    // (surface, canonical name)
    let mut known: Vec<(String, String)> = Vec::new();
    let person_words: HashSet<&str> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Person { .. }))
        .flat_map(|c| body[c.span.clone()].split(' '))
        .collect();
    // People named by a surname alone ("Shri Puri"): a name ending with
    // one is theirs ("Hardeep Singh Puri today took over").
    let surnames_alone: HashSet<&str> = out
        .iter()
        .filter_map(|c| match &c.data {
            // The span may hold the title ("Shri Puri"); its last word is
            // the name.
            CandData::Person { name, .. } if !name.contains(' ') => {
                body[c.span.clone()].rsplit(' ').next()
            }
            _ => None,
        })
        .collect();
    let acceptable = |name: &str| {
        !name.is_empty()
            && !place_or_nationality(name)
            // "Pernod Ricard" beside "Alexandre Ricard": a family name
            // inside a company's is no person's unless all of it is.
            && !name.split(' ').all(|w| person_words.contains(w))
            && !name
                .rsplit(' ')
                .next()
                .is_some_and(|last| surnames_alone.contains(last))
            && name.split(' ').all(|w| !TITLE_STARTS.contains(w))
    };
    // Exchanges inside a ticker's brackets: "(SIX: RO, ROG; OTCQX: RHHBY)".
    for w in ws.iter() {
        let word = &body[w.clone()];
        if body[w.end..].starts_with(':')
            && exchange(word).is_some()
            && body[..w.start].ends_with(['(', ' '])
            && body[..w.start]
                .rfind('(')
                .is_some_and(|o| !body[o..w.start].contains(')'))
        {
            let full = exchange(word).flatten();
            out.push(Cand {
                span: w.clone(),
                rule: "org.exchange",
                data: CandData::Org {
                    name: full.unwrap_or(word).to_string(),
                    acronym: full.map(|_| word.to_string()),
                },
            });
        }
    }
    // Companies by ticker: "Name (NYSE: XYZ" or "Name (TWSE: 2330".
    for (i, w) in ws.iter().enumerate() {
        // "(NYSE:TOO)": the ticker may be glued to its exchange.
        let word = &body[w.clone()];
        let market = word.split_once(':').map_or(word, |(m, _)| m);
        if !(body[w.end..].starts_with(':') || market.len() < word.len())
            || !body[..w.start].ends_with(" (")
            || exchange(market).is_none()
        {
            continue;
        }
        let mut end = w.start - 2;
        // "Texas Instruments (TI) (Nasdaq: TXN)": the company's short name
        // in its own bracket before the ticker.
        let mut short = None;
        if let Some(inner) = body[..end].strip_suffix(')')
            && let Some(open) = inner.rfind(" (")
            && (2..=6).contains(&(inner.len() - open - 2))
            && inner[open + 2..].chars().all(|c| c.is_ascii_uppercase())
        {
            short = Some(&inner[open + 2..]);
            end = open;
        }
        // "Banco Santander, S.A. (NYSE: STD)": a dotted legal form, after a
        // comma, ends the name; the words before it are the company's.
        let tail = &body[..end];
        let stem_end = tail
            .rsplit_once(", ")
            .filter(|(_, form)| form.split(' ').all(is_legal_form))
            .map_or(end, |(stem, _)| stem.len());
        // "Teekay Offshore Partners L.P. (NYSE:TOO)": the word may leave
        // out its stop.
        let Some(last) = (0..i).rev().find(|&k| {
            ws[k].end == stem_end
                || (ws[k].end + 1 == stem_end && body[ws[k].end..].starts_with('.'))
        }) else {
            continue;
        };
        // "Dr. Reddy's Laboratories (NYSE: RDY)": a listed name may hold a
        // possessive.
        let mut first = last;
        while first > 0
            && matches!(
                &body[ws[first - 1].end..ws[first].start],
                " " | "’s " | "'s " | ". "
            )
            && name_word(&body[ws[first - 1].clone()])
        {
            first -= 1;
        }
        let name = clean_name(&body[ws[first].start..end]);
        // A listing is evidence enough: "Dr. Reddy's Laboratories" beside
        // "Satish Reddy" is still a company.
        // "Gogoro® Inc.": a legal form alone is no name; "… Minera de
        // Chile S.A.": nor is the end of one read from its connector.
        let form_only = name
            .split(' ')
            .all(|w| is_legal_form(w.trim_end_matches('.')));
        let cut = first > 0
            && body[ws[first - 1].end..ws[first].start] == *" "
            && matches!(
                &body[ws[first - 1].clone()],
                "de" | "del" | "y" | "of" | "and" | "e" | "da" | "do"
            );
        if name_word(&body[ws[first].clone()]) && !place_or_nationality(&name) && !form_only && !cut
        {
            if let Some(short) = short {
                known.push((short.to_string(), name.clone()));
            }
            // "National Central Cooling Company PJSC (DFM: Tabreed) … Tabreed
            // owns": a ticker that is a word, written again, is the
            // company's short name.
            let ticker = body[w.start + market.len()..]
                .strip_prefix(':')
                .map(str::trim_start)
                .and_then(|t| t.split(|c: char| !c.is_alphanumeric()).next())
                .filter(|t| {
                    t.len() >= 3
                        && t.starts_with(|c: char| c.is_uppercase())
                        && t.chars().any(char::is_lowercase)
                        && body
                            .match_indices(*t)
                            .filter(|(at, _)| whole(body, &(*at..*at + t.len())))
                            .nth(1)
                            .is_some()
                });
            if let Some(t) = ticker {
                known.push((t.to_string(), name.clone()));
            }
            out.push(Cand {
                span: ws[first].start..end,
                rule: "org.ticker",
                data: CandData::Org {
                    name: name.clone(),
                    acronym: None,
                },
            });
        }
    }
    // The issuer as the subject of the lede: "Volvo Cars announced today
    // that …", "TSMC today announced …". Its first distinctive word names
    // it later ("Volvo").
    let mut issuer: Option<String> = None;
    let mut k = 0;
    while k < ws.len() && k < 5 && name_word(&body[ws[k].clone()]) {
        if k > 0 && &body[ws[k - 1].end..ws[k].start] != " " {
            break;
        }
        k += 1;
    }
    // "IFC, a member of the World Bank Group, today announced …": an
    // appositive between the issuer and its verb.
    let mut after_name = k;
    if k > 0 && k < ws.len() && &body[ws[k - 1].end..ws[k].start] == ", " {
        let clause_end = body[ws[k].start..]
            .find([',', '.', '\n'])
            .map(|i| ws[k].start + i);
        if let Some(e) =
            clause_end.filter(|&e| body[e..].starts_with(", ") && e - ws[k].start < 120)
            && let Ok(next) = ws.binary_search_by(|w| w.start.cmp(&(e + 2)))
            && body[ws[k].clone()].starts_with(|c: char| c.is_lowercase())
        {
            after_name = next;
        }
    }
    // "Fortescue Metals Group (FMG) has shipped …", "Ciena® (NYSE: CIEN)
    // today announced …": a short bracket (an acronym or a ticker) between
    // the issuer and its verb.
    if after_name == k && k > 0 && k < ws.len() && body[ws[k - 1].end..].starts_with(" (") {
        let open = ws[k - 1].end + 1;
        if let Some(close) = body[open..].find(')').map(|i| open + i)
            && close - open <= 32
            && !body[open..close].contains(['\n', ','])
            && body[close..].starts_with(") ")
            && let Ok(next) = ws.binary_search_by(|w| w.start.cmp(&(close + 2)))
        {
            after_name = next;
        }
    }
    let spaced =
        after_name != k || (k > 0 && k < ws.len() && &body[ws[k - 1].end..ws[k].start] == " ");
    if k > 0 && after_name < ws.len() && spaced {
        let mut v = after_name;
        let today = &body[ws[v].clone()] == "today" && v + 1 < ws.len();
        if today {
            v += 1;
        }
        // "Molson Coors today officially inaugurated": an adverb before
        // the verb.
        if body[ws[v].clone()].ends_with("ly") && v + 1 < ws.len() {
            v += 1;
        }
        let verb = &body[ws[v].clone()];
        let name = &body[ws[0].start..ws[k - 1].end];
        // After "today" any verb in the past or the third person will do.
        let dated_verb = today
            && verb.starts_with(|c: char| c.is_lowercase())
            && (verb.ends_with("ed") || (verb.ends_with('s') && !verb.ends_with("ss")));
        if (LEDE_VERBS.contains(&verb) || dated_verb)
            && name_opener(&body[ws[0].clone()])
            && acceptable(name)
        {
            known.push((name.to_string(), name.to_string()));
            if k > 1 {
                // "Banco Santander will …": the first word that is not
                // generic names the issuer later.
                let first = ws[..k]
                    .iter()
                    .map(|w| &body[w.clone()])
                    .find(|w| !GENERIC_OPENERS.contains(w));
                if let Some(first) = first
                    && first.chars().count() >= 3
                    && acceptable(first)
                    && first != name
                {
                    known.push((first.to_string(), name.to_string()));
                }
            }
            // "Invest NI" for "Invest Northern Ireland": the first word
            // kept, the rest by their initials.
            if k >= 3 && body[ws[1].start..ws[k - 1].end].split(' ').all(capitalised) {
                let rest: Vec<&str> = ws[1..k].iter().map(|w| &body[w.clone()]).collect();
                known.push((
                    format!("{} {}", &body[ws[0].clone()], initials_of(&rest)),
                    name.to_string(),
                ));
            }
            issuer = Some(name.to_string());
        }
    }
    // The headline's subject. "The Home Depot to Open …": "The" belongs to
    // the name when the body writes it with a capital mid-sentence
    // ("further The Home Depot's capability").
    let tw = words_in(title, 0);
    let the_name = |n: usize| {
        let name = &title[tw[0].start..tw[n].end];
        body.match_indices(name).any(|(at, _)| {
            word_before(body, at).is_some_and(|w| body[w].starts_with(|c: char| c.is_lowercase()))
        })
    };
    let opens_with_the = tw.len() > 3
        && &title[tw[0].clone()] == "The"
        && name_word(&title[tw[1].clone()])
        && name_word(&title[tw[2].clone()])
        && the_name(2);
    let mut j = usize::from(opens_with_the);
    while j < tw.len() && name_word(&title[tw[j].clone()]) && j < 4 {
        if j > 0 && &title[tw[j - 1].end..tw[j].start] != " " {
            break;
        }
        if HEADLINE_VERBS.contains(&title[tw[j].clone()].to_lowercase().as_str()) {
            break;
        }
        j += 1;
    }
    if j > usize::from(opens_with_the)
        && j < tw.len()
        && HEADLINE_VERBS.contains(&title[tw[j].clone()].to_lowercase().as_str())
    {
        // "Doosan Enerbility Successively Wins …": an adverb before the verb.
        let adverb = j >= 2
            && title[tw[j - 1].clone()].ends_with("ly")
            && !place_or_nationality(&title[tw[j - 1].clone()]);
        let last = if adverb { j - 2 } else { j - 1 };
        let name = &title[tw[0].start..tw[last].end];
        let opener = opens_with_the || name_opener(&title[tw[0].clone()]);
        // "Government continues to …": a head word alone names no one.
        if acceptable(name) && opener && !HEADS.contains(name) && body.contains(name) {
            // "Volvo" in the headline, "Volvo Cars" in the lede: one company.
            // "BKPM Reaches …" after "… Board (BKPM)": the defined name.
            let defined = out.iter().find_map(|c| match &c.data {
                CandData::Org {
                    name: full,
                    acronym: Some(a),
                } if a == name => Some(full.as_str()),
                _ => None,
            });
            // "Barrick Builds …" over "Barrick Gold Corporation (NYSE: GOLD)":
            // the company the headline's word begins.
            // "DFC Celebrates …" over "U.S. International Development
            // Finance Corporation": the name the headline's initials stand for.
            let initialled = out.iter().find_map(|c| match &c.data {
                CandData::Org { name: full, .. } => {
                    let capitals: Vec<&str> = full.split(' ').filter(|w| capitalised(w)).collect();
                    let fits = name.len() >= 3
                        && name.chars().all(|ch| ch.is_ascii_uppercase())
                        && (0..capitals.len().saturating_sub(2))
                            .any(|k| initials_of(&capitals[k..]) == name);
                    fits.then_some(full.as_str())
                }
                _ => None,
            });
            let canonical = issuer
                .as_ref()
                .filter(|i| i.starts_with(&format!("{name} ")))
                .map(String::as_str)
                .or(defined)
                .or_else(|| legal_name_begun_by(out, name))
                .or(initialled)
                .unwrap_or(name);
            known.push((name.to_string(), canonical.to_string()));
        }
        // "Spirit AeroSystems Plans …" then "Spirit's presence": the first
        // distinctive word of a headline's company names it later too, even
        // when the body never spells the whole name ("Yara International
        // Receives …" over "Yara's commitment").
        let first = name
            .split(' ')
            .find(|w| !GENERIC_OPENERS.contains(w))
            .filter(|f| *f != name && f.chars().count() >= 3);
        let mentions = |w: &str| {
            body.match_indices(w)
                .filter(|(at, _)| whole(body, &(*at..*at + w.len())))
                .count()
        };
        // Without the whole name in the body, only a company's name ending
        // in a company word vouches for its first word ("Juanicipio
        // Development Receives …" names a project), and the body's short
        // name is the canonical one.
        let company_word = name.rsplit(' ').next().is_some_and(|l| {
            COMPANY_SUFFIXES.contains(&l) || is_legal_form(l) || l == "International"
        });
        let spelt = body.contains(name);
        if let Some(first) = first
            && acceptable(name)
            && opener
            && name_opener(first)
            && acceptable(first)
            && !HEADS.contains(first)
            && !COMPANY_SUFFIXES.contains(&first)
            && (spelt || (company_word && mentions(first) >= 2))
        {
            let canonical = if spelt {
                legal_name_begun_by(out, name).unwrap_or(name)
            } else {
                first
            };
            known.push((first.to_string(), canonical.to_string()));
        }
    }
    // "Telefónica and Vodafone sign …": two subjects of the headline's verb.
    // An acronym is left to the acronym rules, which know what it stands for.
    for name in coordinated_subjects(title, &tw) {
        let acronym = name.chars().all(|c| c.is_ascii_uppercase());
        if acceptable(name) && !acronym && !HEADS.contains(name) && body.contains(name) {
            let canonical = legal_name_begun_by(out, name).unwrap_or(name);
            known.push((name.to_string(), canonical.to_string()));
        }
    }
    // "Drax has transformed … Drax now produces …" under "Happy New Year
    // from Drax": a name the headline holds that is the subject of two
    // sentences of the body is the issuer, wherever the headline puts it.
    let mut subjects: Vec<(&str, (usize, usize))> = Vec::new();
    for k in 0..ws.len() {
        let opens = k == 0 || {
            let g = &body[ws[k - 1].end..ws[k].start];
            g.contains('\n') || g.starts_with(". ") || g.contains('“')
        };
        let Some(last) = opens.then(|| name_run(body, ws, k)).flatten() else {
            continue;
        };
        // "Orkla's profit before tax …": a sentence opening with what the
        // name owns counts as one it opens as the subject.
        // Not "Children's National Hospital": capitals after it are the
        // rest of a name.
        let owner = last - k < 3
            && ["’s ", "'s "].iter().any(|p| {
                body[ws[last].end..]
                    .strip_prefix(p)
                    .is_some_and(|r| r.starts_with(char::is_lowercase))
            });
        let Some(verb) = ws
            .get(last + 1)
            .filter(|v| last - k < 3 && (owner || &body[ws[last].end..v.start] == " "))
            .map(|v| if owner { "has" } else { &body[v.clone()] })
        else {
            continue;
        };
        // Strong openings ("Drax has", "Drax now") count in full; "Fortum
        // and …", "CaixaBank will …" only under a headline the name opens.
        let strong =
            LEDE_VERBS.contains(&verb) || matches!(verb, "now" | "today" | "also" | "continues");
        if strong || matches!(verb, "and" | "will") {
            let name = &body[ws[k].start..ws[last].end];
            let add = (usize::from(strong), 1);
            match subjects.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => {
                    count.0 += add.0;
                    count.1 += add.1;
                }
                None => subjects.push((name, add)),
            }
        }
    }
    // "in London", "Visit London": a name written as a place is one.
    // "growth in Beiersdorf's production network": "in" governs what the
    // name owns, not the name.
    let located = |text: &str, name: &str| {
        text.match_indices(name).any(|(at, _)| {
            !["’s", "'s"]
                .iter()
                .any(|p| text[at + name.len()..].starts_with(p))
                && text[..at]
                    .trim_end()
                    .rsplit([' ', '\n'])
                    .next()
                    .is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "in" | "at"
                                | "near"
                                | "across"
                                | "around"
                                | "visit"
                                | "visited"
                                | "throughout"
                                | "into"
                        )
                    })
        })
    };
    for (name, (strong, any)) in subjects {
        // "OFGEM ANNOUNCES £17 BILLION …": a headline in capitals names
        // "Ofgem" in capitals.
        let upper = (!title.contains(char::is_lowercase)).then(|| name.to_uppercase());
        let in_title = title
            .match_indices(upper.as_deref().unwrap_or(name))
            .any(|(at, n)| whole(title, &(at..at + n.len())));
        // "Fortum’s Meri-Pori power plant …" over "Fortum and the Finnish
        // …": a headline opening with the name needs one such sentence.
        // "Pernod Ricard Doubles Down …", "Beiersdorf lays cornerstone …":
        // a verb of the headline in the third person, in either case.
        let opens_title = title.strip_prefix(name).is_some_and(|r| {
            r.starts_with(['’', '\'', ','])
                || r.strip_prefix(' ')
                    .and_then(|r| r.split(' ').next())
                    .is_some_and(|v| {
                        let v = v.to_lowercase();
                        LEDE_VERBS.contains(&v.as_str())
                            || HEADLINE_VERBS.contains(&v.as_str())
                            || (v.len() > 3 && v.ends_with('s') && !v.ends_with("ss"))
                    })
        });
        if (strong >= 2 || (opens_title && any >= 1))
            && in_title
            && !located(body, name)
            && !located(title, name)
            && acceptable(name)
            && !HEADS.contains(name)
            && !DAY_WORDS.contains(&name)
            && !known.iter().any(|(k, _)| k == name)
        {
            let canonical = legal_name_begun_by(out, name).unwrap_or(name);
            known.push((name.to_string(), canonical.to_string()));
        }
    }
    // "Fonterra’s Chief Executive Theo Spierings", "Woodside CEO Meg
    // O’Neill": whoever holds a company title before a person's name is a
    // company. Government titles are left out: "Sarawak Chief Minister"
    // names a state. A name already found keeps what it was found as.
    let taken_by = |span: &Range<usize>| {
        out.iter().any(|c| {
            matches!(
                c.data,
                CandData::Country { .. } | CandData::Person { .. } | CandData::Org { .. }
            ) && c.span.start < span.end
                && span.start < c.span.end
        })
    };
    for (k, t) in ws.iter().enumerate().skip(1) {
        if !CORPORATE_TITLE_STARTS.contains(&&body[t.clone()]) {
            continue;
        }
        let Some(person) = out.iter().find(|c| {
            matches!(c.data, CandData::Person { .. })
                && c.span.start > t.start
                && c.span.start <= t.end + 48
        }) else {
            continue;
        };
        let between = &body[t.start..person.span.start];
        if !between
            .split_whitespace()
            .all(|w| capitalised(w) && !GOVERNMENT_TITLE_WORDS.contains(&w))
        {
            continue;
        }
        // The words come without their possessive (`words_without_possessives`),
        // so "Fonterra’s Chief" leaves "’s " between them.
        let gap = &body[ws[k - 1].end..t.start];
        if !matches!(gap, " " | "’s " | "'s ") || !name_word(&body[ws[k - 1].clone()]) {
            continue;
        }
        let mut first = k - 1;
        while first + 3 > k
            && first > 0
            && &body[ws[first - 1].end..ws[first].start] == " "
            && name_word(&body[ws[first - 1].clone()])
            && !TITLE_STARTS.contains(&body[ws[first - 1].clone()])
        {
            first -= 1;
        }
        let span = ws[first].start..ws[k - 1].end;
        let name = &body[span.clone()];
        // An acronym is left to the acronym rules, which know what it
        // stands for.
        let acronym = name.chars().all(|c| c.is_ascii_uppercase());
        if acceptable(name) && !acronym && !taken_by(&span) && !HEADS.contains(name) {
            // "Olam’s Executive Director" after "Olam International Limited".
            let canonical = legal_name_begun_by(out, name).unwrap_or(name);
            known.push((name.to_string(), canonical.to_string()));
        }
    }
    // "Randy Blackburn, Union Pacific regional vice president", "Flavia
    // Santoro, president of ProColombia": the company a person's corporate
    // role names. A one-word name the body also writes in lower case
    // ("president of Sales … sales grew") is a common word, not a company.
    for c in out.iter() {
        let CandData::Person {
            role: Some(role), ..
        } = &c.data
        else {
            continue;
        };
        let Some(name) = employer_in_role(role) else {
            continue;
        };
        let common = !name.contains(' ') && body.contains(&name.to_lowercase());
        let acronym = name.chars().all(|c| c.is_ascii_uppercase());
        if acceptable(name) && !acronym && !common && !HEADS.contains(name) {
            // "Union Pacific Railroad Working on …" over "Union Pacific
            // regional vice president": the headline spells the full name.
            let in_title = title.match_indices(name).find_map(|(at, _)| {
                let rest = &title[at + name.len()..];
                let next = rest.strip_prefix(' ')?.split(' ').next()?;
                (COMPANY_SUFFIXES.contains(&next) || is_legal_form(next))
                    .then(|| &title[at..at + name.len() + 1 + next.len()])
            });
            let canonical = legal_name_begun_by(out, name).or(in_title).unwrap_or(name);
            known.push((name.to_string(), canonical.to_string()));
        }
    }
    for c in out.iter() {
        let CandData::Org { name, .. } = &c.data else {
            continue;
        };
        let surface = &body[c.span.clone()];
        if surface.split(' ').all(capitalised) && !surface.contains(['(', ',']) {
            known.push((surface.to_string(), name.clone()));
        }
        let words: Vec<&str> = name.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        // "SK hynix" for "SK hynix Inc.", "Infineon Technologies" for
        // "Infineon Technologies AG": the name without its legal form.
        if let Some((stem, form)) = name.rsplit_once(' ')
            && is_legal_form(form)
        {
            let stem = stem.trim_end_matches(',');
            if stem.contains(' ') || stem.chars().count() >= 3 {
                known.push((stem.to_string(), name.clone()));
            }
        }
        // A company's first distinctive word.
        let company = words.last().is_some_and(|w| {
            let w = w.trim_end_matches('.');
            COMPANY_SUFFIXES.contains(&w) || is_legal_form(w)
        }) || c.rule == "org.ticker"
            || name.ends_with(" University");
        if company && words.len() >= 2 {
            let first = words.iter().find(|w| !GENERIC_OPENERS.contains(w));
            if let Some(f) = first
                && f.chars().count() >= 3
                && !HEADS.contains(f)
                && !COMPANY_SUFFIXES.contains(f)
                && acceptable(f)
            {
                known.push((f.to_string(), name.clone()));
            }
            // "China Mobile" for "China Mobile Communications Corporation":
            // a place opens the name, so the short name keeps two words.
            if words.len() >= 3
                && (PLACE_NAMES.contains(words[0]) || is_demonym(words[0]))
                && !HEADS.contains(words[1])
                && !COMPANY_SUFFIXES.contains(&words[1])
                && capitalised(words[1])
            {
                known.push((format!("{} {}", words[0], words[1]), name.clone()));
            }
        }
        // An acronym of the initials, with or without the legal form
        // ("TSMC" for "Taiwan Semiconductor Manufacturing Company"), of the
        // name and of the mention ("U.S. Department of Agriculture").
        let surface_words: Vec<&str> = surface
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .collect();
        for (words, with_form) in [(&words, true), (&words, false), (&surface_words, true)] {
            let capitals: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| capitalised(w) && (with_form || !is_legal_form(w)))
                .collect();
            if capitals.len() >= 3 {
                // "U.S. Department of Agriculture" gives "USDA": a dotted
                // abbreviation gives all its letters.
                known.push((initials_of(&capitals), name.clone()));
                // "DFC" for "U.S. International Development Finance
                // Corporation": the initials of its last three words or more.
                for k in 1..capitals.len().saturating_sub(2) {
                    known.push((initials_of(&capitals[k..]), name.clone()));
                }
            }
        }
    }
    // "ITU’s governing body … ITU has an important role": an acronym the
    // release never spells out, named twice or more and once as the
    // subject of a verb or with a possessive, is an organisation's
    // (common acronyms of economics and technology aside).
    let mut counted: HashMap<&str, (usize, bool)> = HashMap::default();
    for (k, w) in ws.iter().enumerate() {
        let tok = &body[w.clone()];
        if !(3..=6).contains(&tok.len())
            || !tok.starts_with(|c: char| c.is_ascii_uppercase())
            || !tok.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        {
            continue;
        }
        // In an all-capitals line every word looks like this.
        let shouting = |j: Option<&Range<usize>>| {
            j.is_some_and(|r| {
                let x = &body[r.clone()];
                x.len() > 1 && x.chars().all(|c| !c.is_lowercase())
            })
        };
        if shouting(k.checked_sub(1).and_then(|p| ws.get(p))) || shouting(ws.get(k + 1)) {
            continue;
        }
        let acts = acts_after(&body[w.end..]);
        let e = counted.entry(tok).or_default();
        e.0 += 1;
        e.1 |= acts;
    }
    for (tok, (n, acts)) in counted {
        // "Master Franchise Agreement (“MFA”)", "Comprehensive Capital
        // Analysis and Review (CCAR)": an acronym defined for something
        // that is no body.
        // (Asked last: it reads the body three times.)
        let defined_as_thing = || {
            ["(", "(“", "(\""].iter().any(|o| {
                body.match_indices(&format!("{o}{tok}")).any(|(at, _)| {
                    let before = &body[body.floor_char_boundary(at.saturating_sub(60))..at];
                    NOT_A_BODY_WORDS.iter().any(|w| before.contains(w))
                })
            })
        };
        if n >= 2
            && acts
            && !GENERIC_ACRONYMS.contains(&tok)
            && country_of_alias(tok).is_none()
            && !CURRENCY_CODES.contains(&tok)
            && !MEASURE_UNITS.contains(&tok)
            && exchange(tok).is_none()
            && !is_legal_form(tok)
            && !tok.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            && !defined_as_thing()
        {
            known.push((tok.to_string(), tok.to_string()));
        }
    }
    // "40 Boeing 737-8 MAX", "the Airbus A220-300s": a maker's name before
    // a model number of three digits.
    for (k, w) in ws.iter().enumerate() {
        let maker = &body[w.clone()];
        let Some(model) = ws.get(k + 1).map(|m| &body[m.clone()]) else {
            continue;
        };
        let digits = model
            .trim_start_matches(|c: char| c.is_ascii_uppercase())
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        let letters = model.len()
            - model
                .trim_start_matches(|c: char| c.is_ascii_uppercase())
                .len();
        // "737-8", "A220": a plain number of three ("Create 127 jobs",
        // "Trigonox 101") is no model.
        let model_like = letters > 0 || model[letters + digits..].starts_with('-');
        if &body[w.end..ws[k + 1].start] == " "
            && digits == 3
            && letters <= 3
            && model_like
            && name_word(maker)
            && maker.chars().skip(1).all(char::is_lowercase)
            && maker.len() >= 4
            && acceptable(maker)
            && !HEADS.contains(maker)
            && !NOT_A_MAKER.contains(&maker)
        {
            known.push((maker.to_string(), maker.to_string()));
        }
    }
    // "ESM Managing Director Klaus Regling", "the President of CNES",
    // "FINRA also announced": an acronym the release never spells out,
    // before a title, after a title and "of", or before a verb of
    // announcing, names a body; so do its other mentions.
    let spelt_out: HashSet<&str> = out
        .iter()
        .filter_map(|c| match &c.data {
            CandData::OrgAcronym { acronym }
            | CandData::Org {
                acronym: Some(acronym),
                ..
            } => Some(acronym.as_str()),
            _ => None,
        })
        .collect();
    // The words the body sets in brackets on their own: "(RRF)".
    let bracketed: HashSet<&str> = body
        .match_indices('(')
        .filter_map(|(at, _)| {
            let inner = &body[at + 1..];
            let close = inner.find(')').filter(|&c| c <= 6)?;
            Some(&inner[..close])
        })
        .collect();
    for (k, w) in ws.iter().enumerate() {
        let word = &body[w.clone()];
        if !(3..=6).contains(&word.len())
            || !word.chars().all(|c| c.is_ascii_uppercase())
            || GENERIC_ACRONYMS.contains(&word)
            || CURRENCY_CODES.contains(&word)
            || TITLE_STARTS.contains(word)
            || spelt_out.contains(word)
            || place_or_nationality(word)
            // "Recovery and Resilience Facility (RRF)": spelt out as
            // something the rules did not take for a body.
            || body[w.end..].starts_with(')')
            // "Ticker: ORDS today announced".
            || body[..w.start].ends_with(": ")
            || bracketed.contains(word)
        {
            continue;
        }
        let next = |i: usize| {
            ws.get(i)
                .filter(|n| &body[ws[i - 1].end..n.start] == " ")
                .map(|n| &body[n.clone()])
        };
        let before_title = next(k + 1)
            .is_some_and(|n| TITLE_STARTS.contains(n) || CORPORATE_TITLE_STARTS.contains(&n));
        let of_at = if k >= 1 && &body[ws[k - 1].clone()] == "the" {
            k - 1
        } else {
            k
        };
        let after_title_of = of_at >= 2
            && &body[ws[of_at - 1].clone()] == "of"
            && TITLE_LASTS.contains(&body[ws[of_at - 2].clone()])
            // "Ministry of AYUSH", "Minister of AYUSH" name a field.
            && !HEADS.contains(&body[ws[of_at - 2].clone()])
            && !matches!(
                &body[ws[of_at - 2].clone()],
                "Minister" | "Secretary" | "Commissioner"
            );
        let verb_at = if next(k + 1).is_some_and(|n| matches!(n, "also" | "today")) {
            k + 2
        } else {
            k + 1
        };
        let announcing = next(verb_at)
            .is_some_and(|n| matches!(n, "said" | "says" | "announced" | "signed" | "reported"));
        if before_title || after_title_of || announcing {
            known.push((word.to_string(), word.to_string()));
        }
    }
    // One scan per surface: the first name given for it wins.
    let mut seen = HashSet::default();
    known.retain(|(surface, _)| surface.len() >= 2 && seen.insert(surface.clone()));
    // A country inside a longer name ("China Mobile") gives way to it when
    // overlaps are resolved; it does not block the name here.
    let mut taken: Vec<Range<usize>> = out
        .iter()
        .filter(|c| !matches!(c.data, CandData::Quote { .. } | CandData::Country { .. }))
        .map(|c| c.span.clone())
        .collect();
    taken.sort_by_key(|r| r.start);
    // Whether `span` overlaps a taken span (sorted by start; spans are short).
    let overlaps = |taken: &[Range<usize>], span: &Range<usize>| {
        let i = taken.partition_point(|t| t.start < span.end);
        taken[..i].iter().rev().take(8).any(|t| span.start < t.end)
    };
    let mut added: Vec<Range<usize>> = Vec::new();
    for (surface, name) in &known {
        // "McDonald’s", "Moody’s": a name never written without its
        // possessive keeps it.
        let mentions: Vec<usize> = body
            .match_indices(surface.as_str())
            .map(|(at, _)| at)
            .filter(|&at| whole(body, &(at..at + surface.len())))
            .collect();
        let possessive = |at: usize| {
            ["’s", "'s"]
                .into_iter()
                .find(|p| body[at + surface.len()..].starts_with(p))
        };
        // "notified McDonald’s (NYSE: MCD)", "with McDonald’s.": once at
        // least the possessive is followed by no noun it could own.
        let owns_nothing = |at: usize| {
            possessive(at).is_some_and(|p| {
                let rest = &body[at + surface.len() + p.len()..];
                rest.is_empty()
                    || rest.starts_with(['.', ',', ';', ':', ')'])
                    || rest.strip_prefix(' ').is_some_and(|r| {
                        r.starts_with('(')
                            || [
                                "and ", "or ", "that ", "to ", "is ", "has ", "was ", "will ",
                                "in ", "on ", "with ", "for ",
                            ]
                            .iter()
                            .any(|w| r.starts_with(w))
                    })
            })
        };
        let own_possessive = mentions.len() >= 2
            && !surface.contains(' ')
            && mentions.iter().all(|&at| possessive(at).is_some())
            && mentions.iter().any(|&at| owns_nothing(at));
        for &at in &mentions {
            let mut span = at..at + surface.len();
            // "Toyota Motor Corporation (Toyota)" defines the short name.
            let bracketed = body[..span.start].ends_with(['(', '“', '"'])
                && body[..span.start]
                    .trim_end_matches(['“', '"'])
                    .ends_with('(');
            if !whole(body, &span)
                || bracketed
                || overlaps(&taken, &span)
                || added
                    .iter()
                    .any(|t| t.start < span.end && span.start < t.end)
            {
                continue;
            }
            // Part of a longer name: "Toyota Motor North America".
            let longer_after = ws
                .binary_search_by(|w| w.start.cmp(&(span.end + 1)))
                .is_ok_and(|k| {
                    let next = &body[ws[k].clone()];
                    // "Airbus A220-300s": a model number is no more name.
                    &body[span.end..ws[k].start] == " "
                        && name_word(next)
                        && !next.contains(|c: char| c.is_ascii_digit())
                        && !CORPORATE_TITLE_STARTS.contains(&next)
                });
            let longer_before = body[..span.start].ends_with(' ')
                && word_before(body, span.start).is_some_and(|r| {
                    let w = &body[r.clone()];
                    // "Historically Invest NI has …": an adverb opening the
                    // sentence is no part of the name.
                    let before = body[..r.start].trim_end_matches([' ', '“', '"']);
                    let opening_adverb = w.ends_with("ly")
                        && (before.is_empty() || before.ends_with(['.', ':', '\n']));
                    name_word(w)
                        && !matches!(w, "The")
                        && !HEADLINE_VERBS.contains(&w)
                        && !opening_adverb
                });
            if longer_after || longer_before {
                continue;
            }
            added.push(span.clone());
            // A name that is itself an acronym ("USTDA") is one.
            let acronym = (name.len() >= 3
                && name.chars().all(|c| c.is_ascii_uppercase() || c == '&'))
            .then(|| name.clone());
            let mut name = name.clone();
            if own_possessive && let Some(p) = possessive(span.start) {
                span.end += p.len();
                if name == *surface {
                    name.push_str(p);
                }
            }
            out.push(Cand {
                span,
                rule: "org.discourse",
                data: CandData::Org { name, acronym },
            });
        }
        // The mentions other rules found keep the possessive too.
        if own_possessive {
            for c in out.iter_mut() {
                let CandData::Org { name, .. } = &mut c.data else {
                    continue;
                };
                if &body[c.span.clone()] == surface.as_str()
                    && let Some(p) = possessive(c.span.start)
                {
                    c.span.end += p.len();
                    if name == surface {
                        name.push_str(p);
                    }
                }
            }
        }
    }
}

/// Legislatures and courts named bare: "Congress", "the Senate", "the
/// Federal Court", and "the House" where it acts ("the House voted",
/// "House passage of …"). A name word before them makes a longer name
/// ("National People's Congress", left to the other rules) unless it is a
/// country's ("United States Congress"); a name word after them too
/// ("Congress Centre").
pub(super) fn legislatures(body: &str, out: &mut Vec<Cand>) {
    let country_before = |at: usize| {
        let head = body[..at].trim_end();
        let words: Vec<&str> = head.rsplitn(4, ' ').collect();
        (1..words.len()).any(|n| {
            let run = words[..n]
                .iter()
                .rev()
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            PLACE_NAMES.contains(run.as_str())
        })
    };
    let next_word = |end: usize| {
        body[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
    };
    let mut push = |span: Range<usize>, name: &str| {
        out.push(Cand {
            span,
            rule: "org.legislature",
            data: CandData::Org {
                name: name.to_string(),
                acronym: None,
            },
        });
    };
    // One pass over the body for all the names, in the order a scan per
    // name would give: by name, then by place.
    static NAMES: LazyLock<(Vec<&'static str>, AhoCorasick)> = LazyLock::new(|| {
        let names: Vec<&str> = LEGISLATURES.iter().copied().chain(["House"]).collect();
        let ac = AhoCorasick::new(&names).expect("the legislatures' names build an automaton");
        (names, ac)
    });
    let (names, ac) = &*NAMES;
    let mut found: Vec<(usize, usize)> = ac
        .find_overlapping_iter(body)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    found.sort_unstable();
    for (k, at) in found {
        let name = &names[k];
        let span = at..at + name.len();
        if !whole(body, &span) || next_word(span.end).is_some_and(name_word) {
            continue;
        }
        let after_name = word_before(body, at).is_some_and(|w| {
            let w = &body[w];
            name_word(w) && w != "The"
        });
        if after_name && !country_before(at) {
            continue;
        }
        if *name == "House" {
            let the = body[..at].ends_with("the ") || body[..at].ends_with("The ");
            let acts = next_word(span.end).is_some_and(|w| HOUSE_ACTS.contains(&w));
            let bare = next_word(span.end).is_some_and(|w| w.starts_with(char::is_lowercase))
                || body[span.end..].starts_with([',', '.', ';']);
            if !(acts || (the && bare)) || body[span.end..].starts_with(" of") {
                continue;
            }
        }
        // "the Parliament of Saint Lucia": the chamber with its country.
        if let Some(rest) = body[span.end..].strip_prefix(" of ") {
            let words: Vec<&str> = rest.split([' ', ',', '.', ';', '\n']).take(4).collect();
            if let Some(n) = (1..=words.len())
                .rev()
                .find(|&n| PLACE_NAMES.contains(words[..n].join(" ").as_str()))
            {
                let end = span.end + 4 + words[..n].join(" ").len();
                let full = body[span.start..end].to_string();
                push(span.start..end, &full);
                continue;
            }
        }
        // "the House" is short for the chamber's full name.
        push(
            span,
            if *name == "House" {
                "House of Representatives"
            } else {
                name
            },
        );
    }
}

/// "the U.S. government", "the South African government": a country or a
/// nationality before a lower-case "government" names that government (a
/// capital "Government" is a head word already).
pub(super) fn governments(body: &str, ws: &[Range<usize>], out: &mut Vec<Cand>) {
    let mut found = Vec::new();
    // "the government of Canada", "the government of the state of Minas
    // Gerais": a lower-case government of a named place.
    for (at, _) in body.match_indices("government of ") {
        let mut from = at + "government of ".len();
        for skip in ["the state of ", "the province of ", "the "] {
            if body[from..].starts_with(skip) {
                from += skip.len();
                break;
            }
        }
        let Ok(k) = ws.binary_search_by(|w| w.start.cmp(&from)) else {
            continue;
        };
        let mut last = k;
        while last + 1 < ws.len()
            && last < k + 2
            && &body[ws[last].end..ws[last + 1].start] == " "
            && capitalised(&body[ws[last + 1].clone()])
        {
            last += 1;
        }
        if capitalised(&body[ws[k].clone()]) && whole(body, &(at..ws[last].end)) {
            let place = &body[ws[k].start..ws[last].end];
            let country = country_of_alias(place).unwrap_or(place);
            found.push(Cand {
                span: at..ws[last].end,
                rule: "org.government",
                data: CandData::Org {
                    name: format!("Government of {country}"),
                    acronym: None,
                },
            });
        }
    }
    // The name as written, unless one is given.
    let mut push = |span: Range<usize>, name: Option<String>| {
        let name = name.unwrap_or_else(|| body[span.clone()].to_string());
        found.push(Cand {
            span,
            rule: "org.government",
            data: CandData::Org {
                name,
                acronym: None,
            },
        });
    };
    for c in out.iter() {
        if !matches!(c.data, CandData::Country { .. }) {
            continue;
        }
        let rest = &body[c.span.end..];
        if let Some(g) = [" government", "’s government", "'s government"]
            .iter()
            .find(|g| rest.starts_with(**g))
            && whole(body, &(c.span.start..c.span.end + g.len()))
        {
            push(c.span.start..c.span.end + g.len(), None);
        }
        // "the U.S. Navy", "US Air Force": a country's armed services, by
        // their official names for the United States ("United States
        // Navy").
        if let Some(g) = MILITARY_SERVICES
            .iter()
            .find(|g| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(**g)))
            && whole(body, &(c.span.start..c.span.end + 1 + g.len()))
        {
            let name = match &c.data {
                CandData::Country {
                    name,
                    code: Some(code),
                } if code == "US" => Some(format!("{name} {g}")),
                _ => None,
            };
            push(c.span.start..c.span.end + 1 + g.len(), name);
        }
    }
    for (k, w) in ws.iter().enumerate() {
        if k + 1 < ws.len()
            && &body[ws[k + 1].clone()] == "government"
            && &body[w.end..ws[k + 1].start] == " "
        {
            // "South African government": the nationality may be two words.
            let start = if k > 0
                && &body[ws[k - 1].end..w.start] == " "
                && is_demonym(&body[ws[k - 1].start..w.end])
            {
                ws[k - 1].start
            } else {
                w.start
            };
            // "the South African government"; "the Manitoba government": a
            // province or state as well.
            let whole_place =
                is_demonym(&body[start..w.end]) || SUBNATIONAL_PLACES.contains(&body[start..w.end]);
            if whole_place {
                push(start..ws[k + 1].end, None);
            } else if SUBNATIONAL_PLACES.contains(&body[w.clone()]) {
                push(w.start..ws[k + 1].end, None);
            }
        }
    }
    out.extend(found);
}

/// A country's armed services, named after it: "the U.S. Navy".
const MILITARY_SERVICES: &[&str] = &[
    "Navy",
    "Army",
    "Air Force",
    "Marine Corps",
    "Coast Guard",
    "Space Force",
    "Armed Forces",
];

/// Companies closed by a dotted legal form: "Denso Mexico S.A. de C.V.",
/// "Enel S.p.A.", "Koninklijke Philips N.V.".
pub(super) fn dotted_legal_names(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    for c in r.dotted_legal.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let name = c.name("name").expect("name is not optional");
        let first = name.as_str().split(' ').next().unwrap_or("");
        // "In S.A.": a function word opens no name; a letter after the form
        // means it was read short.
        if !name_opener(first)
            || matches!(first, "The" | "In" | "On" | "At" | "By" | "For")
            || body[m.end()..].starts_with(|ch: char| ch.is_alphanumeric())
        {
            continue;
        }
        out.push(Cand {
            span: name.start()..m.end(),
            rule: "org.legal-form",
            data: CandData::Org {
                name: body[name.start()..m.end()].to_string(),
                acronym: None,
            },
        });
    }
}

/// The initials of capitalised words; a dotted abbreviation gives all its
/// letters ("U.S. Department of Agriculture" → "USDA").
fn initials_of(capitals: &[&str]) -> String {
    capitals
        .iter()
        .flat_map(|w| {
            if w.contains('.') {
                w.chars().filter(|c| c.is_uppercase()).collect::<Vec<_>>()
            } else {
                w.chars().next().into_iter().collect()
            }
        })
        .collect()
}

/// The two subjects of a headline that opens "A and B <verb> …": "Telefónica
/// and Vodafone sign a commercial agreement", "Qantas Group and Melbourne
/// Airport reach …". Each is a run of up to four name words.
fn coordinated_subjects<'a>(title: &'a str, tw: &[Range<usize>]) -> Vec<&'a str> {
    let run = |from: usize| {
        let mut j = from;
        while j < tw.len()
            && j - from < 4
            && name_word(&title[tw[j].clone()])
            && (j == from || &title[tw[j - 1].end..tw[j].start] == " ")
        {
            j += 1;
        }
        (j > from && name_opener(&title[tw[from].clone()])).then_some(j)
    };
    let Some(a) = run(0) else {
        return Vec::new();
    };
    if !tw
        .get(a)
        .is_some_and(|w| matches!(&title[w.clone()], "and" | "&"))
    {
        return Vec::new();
    }
    let Some(b) = run(a + 1) else {
        return Vec::new();
    };
    let verb = tw.get(b).map(|w| title[w.clone()].to_lowercase());
    if !verb.is_some_and(|v| PLURAL_HEADLINE_VERBS.contains(&v.as_str())) {
        return Vec::new();
    }
    vec![
        &title[tw[0].start..tw[a - 1].end],
        &title[tw[a + 1].start..tw[b - 1].end],
    ]
}

/// The company a corporate role names: "Union Pacific regional vice
/// president", "Salesforce’s Chief Marketing Officer", "president and CEO
/// of Neste", "executive vice president at Lockheed Martin". None for a
/// government role ("Minister of Finance") or a department ("Vice
/// President of Sales").
fn employer_in_role(role: &str) -> Option<&str> {
    let words: Vec<&str> = role.split(' ').collect();
    let is_title = |w: &str| {
        let w = w.trim_end_matches(',');
        CORPORATE_ROLE_WORDS.contains(&w.to_lowercase().as_str())
    };
    if words
        .iter()
        .any(|w| GOVERNMENT_TITLE_WORDS.contains(&capitalise_first(w).as_str()))
        || !words.iter().any(|w| is_title(w))
    {
        return None;
    }
    // Before the title: "Union Pacific regional vice president",
    // "Salesforce’s Chief Marketing Officer".
    let t = words.iter().position(|w| is_title(w))?;
    if t > 4 {
        return None;
    }
    if t > 0 {
        // "Rolls-Royce Sales and Commercial Director": a department ends
        // the company's name.
        let lead = words[..t]
            .iter()
            .take_while(|w| !ROLE_DEPARTMENTS.contains(w))
            .count();
        if lead == 0 {
            return None;
        }
        let last = words[lead - 1];
        let stem = ["’s", "'s", "‘s"]
            .iter()
            .find_map(|p| last.strip_suffix(p))
            .unwrap_or(last);
        let end = words[..lead - 1].iter().map(|w| w.len() + 1).sum::<usize>() + stem.len();
        let name = &role[..end];
        let fits = name_opener(words[0])
            && name
                .split(' ')
                .all(|w| name_word(w) || NAME_CONNECTORS.contains(&w))
            && !name.ends_with(|c: char| !c.is_alphanumeric());
        return (fits && !ROLE_DEPARTMENTS.contains(&name)).then_some(name);
    }
    // After it: "president of ProColombia", "at Lockheed Martin".
    // "Executive Director of Investment Development at the Bahrain
    // Economic Development Board": "at" names the employer; "Global Head
    // of …" names a department.
    let at = match role.find(" at ") {
        Some(i) => i + 4,
        None => {
            let i = role.find(" of ")?;
            if role[..i].to_lowercase().ends_with("head") {
                return None;
            }
            i + 4
        }
    };
    let rest = role[at..].strip_prefix("the ").unwrap_or(&role[at..]);
    // A dash between spaces ends the name; a hyphen inside a word
    // ("Shangri-La") does not.
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | ',' | ';' | '“' | '"' | '(' | '–')
                || (c == '-' && (i == 0 || rest[..i].ends_with(' ')))
        })
        .map_or(rest.len(), |(i, _)| i);
    let name = rest[..end].trim_end();
    // "Melwa Hotels and Resorts signed …": the name words, with their
    // connectors.
    let mut n = 0;
    let ws: Vec<&str> = name.split(' ').collect();
    for (k, w) in ws.iter().enumerate() {
        let connects = n > 0
            && (NAME_CONNECTORS.contains(w) || *w == "and")
            && ws.get(k + 1).is_some_and(|next| name_word(next));
        if !(name_word(w) || connects) {
            break;
        }
        n += w.len() + 1;
    }
    let name = name[..n.saturating_sub(1).min(name.len())].trim_end();
    let name = name.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = name.rsplit(' ').next()?;
    (!name.is_empty()
        && name_opener(name.split(' ').next()?)
        && !NAME_CONNECTORS.contains(&last)
        && !ROLE_DEPARTMENTS.contains(&name))
    .then_some(name)
}

/// The full legal name of a company found in `out` that `name` begins:
/// "Barrick" → "Barrick Gold Corporation". Only a name that ends in a legal
/// form: "Wärtsilä" beside "Wärtsilä Energy" names the parent, not its
/// division.
fn legal_name_begun_by<'a>(out: &'a [Cand], name: &str) -> Option<&'a str> {
    out.iter().find_map(|c| match &c.data {
        CandData::Org { name: full, .. }
            if full.starts_with(name)
                && full[name.len()..].starts_with(' ')
                && full.rsplit(' ').next().is_some_and(is_legal_form) =>
        {
            Some(full.as_str())
        }
        _ => None,
    })
}

/// "U.S. Small Business Administration": a country written just before an
/// organisation's name is part of that mention, not a mention of its own.
pub(super) fn country_prefixed_orgs(body: &str, out: &mut [Cand]) {
    let countries: Vec<Range<usize>> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Country { .. }))
        .map(|c| c.span.clone())
        .collect();
    for c in out.iter_mut() {
        // The name stays as it is ("Small Business Administration"), so the
        // mention keeps one entity with its acronym.
        if !matches!(c.data, CandData::Org { .. })
            || !body[..c.span.start].ends_with(' ')
            || body[c.span.clone()].starts_with("the ")
        {
            continue;
        }
        if let Some(country) = countries.iter().find(|k| k.end + 1 == c.span.start) {
            c.span = country.start..c.span.end;
        }
    }
}

/// "Air France-KLM": a name that a hyphen joins to another capitalised
/// name or an acronym goes on to it, as a merged company's does.
pub(super) fn hyphen_joined_orgs(body: &str, out: &mut [Cand]) {
    for c in out.iter_mut() {
        // "the World Bank-IMF meetings" join two bodies the gazetteer knows.
        if c.rule == "org.international" {
            continue;
        }
        // Only a name read as written: a canonical one stays as it is.
        let CandData::Org { name, .. } = &mut c.data else {
            continue;
        };
        if *name != body[c.span.clone()] {
            continue;
        }
        let Some(rest) = body[c.span.end..].strip_prefix('-') else {
            continue;
        };
        let next = rest
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        // "KLM", "Nissan"; not "based", "owned" or a year.
        let joins = next.len() >= 2
            && next.starts_with(|ch: char| ch.is_uppercase())
            && !rest[next.len()..].starts_with(['-', '’', '\''])
            && !place_or_nationality(next);
        if joins {
            c.span.end += 1 + next.len();
            *name = body[c.span.clone()].to_string();
        }
    }
}

/// "the president of the Chamber of Commerce, Michel Wurth, commented": a
/// name's list of fields ("of Trade, Industry and Energy") stops at a comma
/// after which a person is named.
pub(super) fn orgs_end_before_people(body: &str, out: &mut [Cand]) {
    let people: Vec<usize> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Person { .. }))
        .map(|c| c.span.start)
        .collect();
    for c in out.iter_mut() {
        let CandData::Org { name, .. } = &mut c.data else {
            continue;
        };
        let text = &body[c.span.clone()];
        let cut = text
            .match_indices(", ")
            .map(|(k, _)| c.span.start + k)
            .find(|&k| people.contains(&(k + 2)));
        if let Some(cut) = cut {
            c.span.end = cut;
            *name = clean_name(&body[c.span.clone()]);
        }
    }
}

/// Whether the paragraph around `at` is written in title case, as a
/// headline or a deck line is: most of its longer words capitalised.
fn title_case_line(body: &str, at: usize) -> bool {
    let start = body[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = body[at..].find('\n').map_or(body.len(), |i| at + i);
    // A list of names in a sentence ends with its stop; a headline does not.
    // (Asked of every name in a list: the cheap test first, before the
    // words of a whole paragraph are counted.)
    if body[start..end].trim_end().ends_with(['.', ':', ';']) {
        return false;
    }
    let long: Vec<&str> = body[start..end]
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitals = long.iter().filter(|w| capitalised(w)).count();
    long.len() >= 5 && capitals * 10 >= long.len() * 8
}

/// Whether the text right after a name makes it act: a possessive, or a
/// verb a body is the subject of ("ITU has", "PSO's board", "NGC will").
fn acts_after(after: &str) -> bool {
    [
        "’s ",
        "'s ",
        " has ",
        " is ",
        " will ",
        " was ",
        " said",
        " says",
        " announced",
        " today",
        " plans",
        " expects",
        " reported",
        " signed",
        " continues",
        " aims",
    ]
    .iter()
    .any(|p| after.starts_with(p))
}

/// "Delta" beside "Delta Electronics", "Ajinomoto Group" beside "Ajinomoto
/// Co., Inc.", "Tallink" beside "AS Tallink Grupp": a short form of a longer
/// name written in the same release names that organisation, unless two
/// different longer names begin with it ("Samsung Electronics", "Samsung
/// SDI"). The mention keeps its text, and the entity the written form.
pub(super) fn short_forms_of_full_names(out: &mut [Cand]) {
    let mut fulls: Vec<String> = Vec::new();
    for c in out.iter() {
        if let CandData::Org { name, .. } = &c.data
            && !fulls.contains(name)
        {
            fulls.push(name.clone());
        }
    }
    for c in out.iter_mut() {
        // The gazetteer's names are canonical already: "United Nations" is
        // not the "United Nations Development Programme".
        if c.rule == "org.international" {
            continue;
        }
        let CandData::Org { name, .. } = &mut c.data else {
            continue;
        };
        let mut longer = fulls.iter().filter(|f| shortens(name, f));
        let Some(first) = longer.next() else {
            continue;
        };
        if longer.all(|f| key(f) == key(first)) {
            *name = first.clone();
        }
    }
}

/// Whether `short` is a short form of `full` (see `short_forms_of_full_names`).
fn shortens(short: &str, full: &str) -> bool {
    if full.len() <= short.len() {
        return false;
    }
    let bare = without_legal_forms(full);
    // "UN Population Fund" and "Ford Foundation" are bodies of their own,
    // not the "UN" or "Ford" in longer words.
    let own_body = |rest: &str| {
        rest.rsplit(' ')
            .next()
            .is_some_and(|w| ORG_HEADS_END.contains(&w) && !is_legal_form(w))
    };
    // The shapes first; the keys (which allocate) only for a likely pair.
    let shaped = full
        .strip_prefix(short)
        .is_some_and(|rest| rest.starts_with(' ') && !own_body(rest))
        || short.strip_suffix(" Group") == Some(bare)
        || bare
            .split_once(' ')
            .is_some_and(|(first, rest)| rest == short && is_legal_form(first));
    // "Wiley" beside "John Wiley & Sons, Inc.": the family name before
    // "& Sons" or "& Co." is the company's short name.
    let family = !short.contains(' ')
        && full.match_indices(short).any(|(at, _)| {
            (at == 0 || full[..at].ends_with(' ')) && full[at + short.len()..].starts_with(" & ")
        });
    // "GA-ASI" beside "General Atomics Aeronautical Systems, Inc.": the
    // initials of the name, hyphen or not, its legal form's too or not.
    let initials = || {
        let letters: String = short.chars().filter(|c| *c != '-').collect();
        let of = |name: &str| {
            name.split([' ', '-', ','])
                .filter(|w| capitalised(w))
                .filter_map(|w| w.chars().next())
                .eq(letters.chars())
        };
        letters.len() >= 3
            && letters.chars().all(|c| c.is_ascii_uppercase())
            && (of(bare) || of(full))
    };
    (shaped || family || (short.contains('-') && initials())) && key(full) != key(short)
}

/// "funding through the Atlantic Fisheries Fund", "grants under the
/// National Trade Corridors Fund (NTCF)": a fund that money flows through
/// or under is a programme, not a body, at every mention in the release.
pub(super) fn funding_programmes(body: &str, cands: &mut Vec<Cand>) {
    let mut programmes: Vec<(String, Option<String>)> = Vec::new();
    for c in cands.iter() {
        let CandData::Org { name, acronym } = &c.data else {
            continue;
        };
        let before = &body[..c.span.start];
        if name.ends_with(" Fund")
            && [
                "through the ",
                "Through the ",
                "under the ",
                "Under the ",
                "via the ",
            ]
            .iter()
            .any(|p| before.ends_with(p))
        {
            programmes.push((name.clone(), acronym.clone()));
        }
    }
    if programmes.is_empty() {
        return;
    }
    cands.retain(|c| match &c.data {
        CandData::Org { name, .. } => !programmes.iter().any(|(n, _)| n == name),
        CandData::OrgAcronym { acronym } => !programmes
            .iter()
            .any(|(_, a)| a.as_deref() == Some(acronym.as_str())),
        _ => true,
    });
}

/// "UAB Delta Agrar", "AS Merko Ehitus", "PAO Severstal", "PT Bukit
/// Asam": a legal form written before the name, as Baltic, Nordic, Russian
/// and Indonesian companies put it, opens a company's name, which runs
/// over the capitalised words after it (four at most).
pub(super) fn prefixed_companies(body: &str, ws: &[Range<usize>], out: &mut Vec<Cand>) {
    const PREFIX_FORMS: &[&str] = &[
        "UAB", "SIA", "AS", "OÜ", "PAO", "OAO", "ZAO", "PJSC", "OJSC", "JSC", "PT", "AB",
    ];
    let all_caps = |w: &str| w.chars().all(|c| !c.is_lowercase());
    for (k, w) in ws.iter().enumerate() {
        let form = &body[w.clone()];
        // Most words are longer or lower case: skip them before the list.
        if form.len() > 4
            || !form.starts_with(|c: char| c.is_ascii_uppercase())
            || !PREFIX_FORMS.contains(&form)
        {
            continue;
        }
        // After a name word it closes a name ("Coop Pank AS"); after a word
        // in capitals it is a word of a line in capitals ("KNOWN AS THE").
        if k > 0
            && &body[ws[k - 1].end..w.start] == " "
            && (name_word(&body[ws[k - 1].clone()]) || all_caps(&body[ws[k - 1].clone()]))
        {
            continue;
        }
        // "SIA CEO Goh Choon Phong": an acronym before a title is a
        // company's own, not a legal form.
        if ws.get(k + 1).is_some_and(|n| {
            let next = &body[n.clone()];
            TITLE_STARTS.contains(next) || CORPORATE_TITLE_STARTS.contains(&next)
        }) {
            continue;
        }
        let mut end = k;
        while end + 1 < ws.len()
            && end - k < 4
            && &body[ws[end].end..ws[end + 1].start] == " "
            && name_word(&body[ws[end + 1].clone()])
            && !is_legal_form(&body[ws[end + 1].clone()])
        {
            end += 1;
        }
        // The name itself must not be all capitals of one short word only
        // ("AS US" is no company).
        if end == k || (end == k + 1 && body[ws[end].clone()].len() < 3) {
            continue;
        }
        let span = w.start..ws[end].end;
        out.push(Cand {
            span: span.clone(),
            rule: "org.legal-prefix",
            data: CandData::Org {
                name: body[span].to_string(),
                acronym: None,
            },
        });
    }
}

/// "support for climate action by the City of Winnipeg", "letters of
/// intent from … the Town of Buchans": a city or town named as one acts
/// as its government. After a preposition of place ("in the City of
/// Boston") it is the place.
pub(super) fn municipalities(body: &str, out: &mut Vec<Cand>) {
    // Found by plain search, not a pattern: this runs on every release.
    let mut starts: Vec<usize> = body
        .match_indices("City of ")
        .chain(body.match_indices("Town of "))
        .map(|(at, _)| at)
        .filter(|&at| !body[..at].ends_with(|c: char| c.is_alphanumeric()))
        .collect();
    starts.sort_unstable();
    for start in starts {
        // One or two capitalised words after "of".
        let rest = &body[start + 8..];
        let word_end = |s: &str| {
            s.find(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
                .unwrap_or(s.len())
        };
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let mut len = word_end(rest);
        if let Some(second) = rest[len..].strip_prefix(' ')
            && second.starts_with(|c: char| c.is_uppercase())
        {
            len += 1 + word_end(second);
        }
        let m = start..start + 8 + len;
        // The word before, past an article.
        let mut before = body[..m.start].trim_end().rsplit([' ', '\n']);
        let word = before
            .next()
            .filter(|w| !matches!(*w, "the" | "The"))
            .or_else(|| before.next());
        let place = word.is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "in" | "at"
                    | "across"
                    | "into"
                    | "within"
                    | "throughout"
                    | "near"
                    | "around"
                    | "of"
                    | "to"
            )
        });
        // "the City of New York Police Department": a longer name goes on,
        // which its head word finds.
        let goes_on = body[m.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        if !place && !goes_on {
            let text = &body[m.clone()];
            let name = text
                .strip_suffix("’s")
                .or_else(|| text.strip_suffix("'s"))
                .unwrap_or(text)
                .trim_end_matches(['’', '\''])
                .to_string();
            let span = m.start..m.start + name.len();
            out.push(Cand {
                span,
                rule: "org.municipality",
                data: CandData::Org {
                    name,
                    acronym: None,
                },
            });
        }
    }
}
