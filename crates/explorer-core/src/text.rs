//! Text helpers shared by the parser and the views: sentence boundaries,
//! URL slugs, and a first guess at the issuing agency.
//!
//! Everything here works on byte offsets into the original text, so that
//! what the app highlights is exactly what the corpus says.

use core::ops::Range;

/// Abbreviations after which a period does not end a sentence. Compared
/// case-sensitively with the word before the period.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "No", "Nos", "Inc", "Corp", "Co", "Ltd",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs",
    "etc", "e.g", "i.e", "U.S", "U.K", "U.N", "E.U", "approx", "Gov", "Rep", "Sen", "Gen", "Lt",
    "Col", "Capt", "Amb", "Hon", "Fig", "al",
];

/// Closing quotes and brackets that may follow a sentence's final mark.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Splits `text` into sentences, returned as byte ranges with surrounding
/// white space trimmed. A sentence ends at `.`, `!`, `?` or `…` (plus any
/// closing quotes) followed by white space and then an upper-case letter, a
/// digit or an opening quote, unless the word before a period is a known
/// abbreviation or a single capital (an initial). A paragraph break always
/// ends a sentence.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences_upto(text, usize::MAX)
}

/// The first `max` sentences of `text` (see [`sentences`]), without
/// scanning the rest.
pub fn sentences_upto(text: &str, max: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // Byte offsets, char by char: no table of every char of the text, so
    // the first sentences of a long body cost only their own length.
    let mut pos = 0;
    while pos < text.len() && out.len() < max {
        let c = text[pos..].chars().next().expect("pos is inside the text");
        let next = pos + c.len_utf8();
        let paragraph_break = c == '\n' && text[next..].starts_with('\n');
        if paragraph_break {
            push_trimmed(text, start..pos, &mut out);
            start = pos;
            pos = next;
            continue;
        }
        if is_terminal(c) {
            let end = next
                + text[next..]
                    .chars()
                    .take_while(|&ch| is_closer(ch))
                    .map(char::len_utf8)
                    .sum::<usize>();
            let followed_by_space = text[end..].chars().next().is_some_and(char::is_whitespace);
            let k = end
                + text[end..]
                    .chars()
                    .take_while(|ch| ch.is_whitespace())
                    .map(char::len_utf8)
                    .sum::<usize>();
            let next_starts = text[k..].chars().next().is_some_and(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '(' | '\'')
            });
            if followed_by_space
                && next_starts
                && !(c == '.' && ends_with_abbreviation(&text[start..pos]))
            {
                push_trimmed(text, start..end, &mut out);
                start = end;
                pos = k;
                continue;
            }
        }
        pos = next;
    }
    if out.len() < max {
        push_trimmed(text, start..text.len(), &mut out);
    }
    out
}

/// Whether the word just before a period in `before` is an abbreviation or
/// an initial, so that the period ends no sentence.
pub(crate) fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    ABBREVIATIONS.contains(&word)
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// `s` cut to at most `n` characters, with "…" when cut.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Longest lead (teaser) kept for the list, in bytes.
pub const MAX_LEAD: usize = 600;

/// Where the lead of `body` ends: after its first sentence, or, when that is
/// longer than [`MAX_LEAD`], at the last word boundary before it (a 1 MB
/// body without a full stop must not be the teaser of the list).
pub fn lead_end(body: &str) -> usize {
    let first = sentences(body).first().map_or(body.len(), |r| r.end);
    if first <= MAX_LEAD {
        return first;
    }
    let mut cut = MAX_LEAD;
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    body[..cut]
        .trim_end()
        .rfind(char::is_whitespace)
        .map_or(cut, |i| body[..i].trim_end().len())
}

/// Does this text end a sentence: is its last character, after any closing
/// quotes or brackets, a sentence-ending mark?
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end().trim_end_matches(is_closer);
    trimmed.chars().next_back().is_some_and(is_terminal)
}

/// Does this body visibly stop mid-sentence ("… The Allia")?
pub fn looks_truncated(body: &str) -> bool {
    !body.trim().is_empty() && !ends_sentence(body)
}

/// A URL-safe slug: ASCII letters and digits in lower case, runs of anything
/// else turned into one `-`; apostrophes vanish so "Korea’s" gives `koreas`.
/// Cut at a word boundary to at most `max` bytes.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if matches!(c, '\'' | '’' | '‘') {
            continue;
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.len() > max {
        let cut = out[..=max].rfind('-').unwrap_or(max);
        out.truncate(cut);
    }
    out
}

/// Head nouns of organisation names ("Ministry of …", "Korean Agency for …").
const ORG_HEADS: &[&str] = &[
    "Ministry",
    "Department",
    "Agency",
    "Office",
    "Commission",
    "Council",
    "Administration",
    "Bureau",
    "Authority",
    "Service",
    "Institute",
    "Committee",
    "Secretariat",
    "Directorate",
    "Board",
    "Corporation",
    "Government",
    "Embassy",
    "Bank",
    "Organization",
    "Organisation",
];

/// A first guess at the organisation that issued a release.
///
/// Candidates are organisation names headed by a word such as Ministry or
/// Agency ("Korean Agency for Technology and Standards"), and ministries
/// named through a minister's title ("Minister of Trade, Industry and
/// Energy Kim …" names the Ministry of Trade, Industry and Energy). The
/// issuer is nearly always named in the opening two sentences, so the
/// earliest candidate there wins; failing that, the first organisation the
/// text defines with an acronym ("… (MOTIR)"), then the first candidate at
/// all. Returns the name as written: canonical names across the corpus are
/// the fact-extraction stage's job.
pub fn issuing_agency(body: &str) -> Option<String> {
    // The opening two sentences name the issuer nearly always: look there
    // first, and read the whole body only when they do not.
    let sents = sentences_upto(body, 2);
    let opening_end = sents.get(1).or(sents.first()).map_or(0, |r| r.end);
    if let Some(found) = agency_candidates(body, &body[..opening_end])
        .into_iter()
        .next()
    {
        return Some(found.1);
    }
    let candidates = agency_candidates(body, body);
    let pick = candidates
        .iter()
        .find(|c| c.2)
        .or_else(|| candidates.first());
    pick.map(|c| c.1.clone())
}

/// (start, name, defines an acronym) of each organisation named in
/// `scope`, a prefix of `body`, in text order.
fn agency_candidates(body: &str, scope: &str) -> Vec<(usize, String, bool)> {
    let words = words(scope);
    let mut candidates: Vec<(usize, String, bool)> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let word = &body[w.clone()];
        if word == "Minister" {
            let rank = body[w.end..].starts_with(" of State");
            if let (false, Some(name)) = (rank, org_name_span(body, &words, i))
                && name.start == w.start
            {
                let ministry = format!("Ministry{}", &body[w.end..name.end]);
                candidates.push((w.start, ministry, false));
            }
        } else if ORG_HEADS.contains(&word)
            && let Some(name) = org_name_span(body, &words, i)
        {
            let acronym = defines_acronym(&body[name.end..]);
            candidates.push((name.start, body[name].to_string(), acronym));
        }
    }
    candidates.sort_by_key(|c| c.0);
    candidates
}

/// Does `rest` open with an acronym in brackets: " (MOTIR)", " (KATS, …"?
fn defines_acronym(rest: &str) -> bool {
    let Some(inner) = rest.trim_start().strip_prefix('(') else {
        return false;
    };
    let token: String = inner.chars().take_while(|c| c.is_alphanumeric()).collect();
    token.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Word byte ranges: runs of letters, digits, hyphens and apostrophes.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '-' || c == '&';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Titles that end an organisation's name when they follow it: "Bank of
/// Finland Governor Erkki Liikanen".
const TITLES_AFTER_NAMES: &[&str] = &[
    "Governor",
    "President",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Minister",
    "Director",
    "CEO",
    "Chief",
    "Secretary",
    "Ambassador",
    "Commissioner",
    "Mayor",
    "Spokesperson",
    // "National Association of Manufacturers Vice President …".
    "Vice",
    "Deputy",
    "Senior",
    "Managing",
    "Head",
    "Professor",
];

/// The organisation name whose head word is `words[head]` (`words` are
/// byte ranges of the words of `text`): capitalised
/// words before it ("Korean Agency"), then `of`/`for`/`on` and a list of
/// capitalised words joined by commas and one final `and` ("of Trade,
/// Industry and Energy"). After the `and` one word closes the list, so a
/// following person's name is not swallowed.
pub fn org_name_span(text: &str, words: &[Range<usize>], head: usize) -> Option<Range<usize>> {
    let gap = |a: usize, b: usize| &text[words[a].end..words[b].start];
    let mut first = head;
    // "the Governor’s Office of Planning": an office is named after its
    // holder.
    let holder = |k: usize| {
        matches!(gap(k - 1, k), "’s " | "'s ")
            && &text[words[k].clone()] == "Office"
            && capitalised(&text[words[k - 1].clone()])
    };
    while first > 0
        && (gap(first - 1, first) == " " || holder(first))
        && capitalised(&text[words[first - 1].clone()])
    {
        let w = &text[words[first - 1].clone()];
        if matches!(w, "The" | "A" | "An" | "On" | "In" | "At" | "By") {
            break;
        }
        first -= 1;
    }
    let mut last = head;
    let prep = words.get(head + 1).map(|w| &text[w.clone()]);
    if matches!(prep, Some("of" | "for" | "on")) && gap(head, head + 1) == " " {
        let mut j = head + 2;
        let mut nested = false;
        while j < words.len() {
            let sep = gap(j - 1, j);
            let w = &text[words[j].clone()];
            if w == "and" && sep == " " && j > head + 2 {
                let Some(next) = words.get(j + 1) else { break };
                // "the Government of Maharashtra and MAS": an acronym after
                // "and" is another body.
                let acronym = text[next.clone()].len() >= 2
                    && text[next.clone()].chars().all(|c| c.is_ascii_uppercase());
                if gap(j, j + 1) == " " && capitalised(&text[next.clone()]) && !acronym {
                    last = j + 1;
                    // "… and Mineral Resources": a plural noun may follow,
                    // a person's name ("… and Energy Kim Jung-kwan") not.
                    // "… and Economic Development", "… and Technology Policy".
                    let plural = words.get(j + 2).is_some_and(|n| {
                        let n = &text[n.clone()];
                        capitalised(n)
                            && (n.ends_with('s')
                                || matches!(
                                    n,
                                    "Policy"
                                        | "Development"
                                        | "Planning"
                                        | "Cooperation"
                                        | "Security"
                                        | "Innovation"
                                        | "Change"
                                ))
                            && gap(j + 1, j + 2) == " "
                    });
                    let then_name = words
                        .get(j + 3)
                        .is_some_and(|n| gap(j + 2, j + 3) == " " && capitalised(&text[n.clone()]));
                    // "… and Advanced Technology", "… and Higher Education":
                    // an adjective after "and" takes its noun.
                    let adjective = {
                        let a = &text[next.clone()];
                        a.ends_with("ed")
                            || a.ends_with("al")
                            || a.ends_with("ic")
                            || matches!(a, "Foreign" | "Higher" | "Public" | "Human" | "Digital")
                    };
                    let noun_after = words
                        .get(j + 2)
                        .is_some_and(|n| gap(j + 1, j + 2) == " " && capitalised(&text[n.clone()]));
                    if (plural || (adjective && noun_after)) && !then_name {
                        last = j + 2;
                    }
                }
                break; // one word (or a plural noun) after "and" closes the list
            }
            // "of the Interior", "Council of the People’s Republic of China".
            if (w == "the" && j == head + 2) || (w == "of" && j > head + 2 && sep == " ") {
                let cap = |k: usize| {
                    words
                        .get(k)
                        .is_some_and(|n| gap(k - 1, k) == " " && capitalised(&text[n.clone()]))
                };
                // "of China", "of the People’s Republic".
                let the = w == "of" && words.get(j + 1).is_some_and(|n| &text[n.clone()] == "the");
                if cap(j + 1) || (the && cap(j + 2)) {
                    nested = true;
                    j += if the { 2 } else { 1 };
                    continue;
                }
                break;
            }
            let joined = if j == head + 2 || matches!(&text[words[j - 1].clone()], "the" | "of") {
                sep == " "
            } else if sep == " & " {
                // "Office of Planning & Research".
                true
            } else {
                // "People’s Republic": a possessive inside the name; other
                // possessives end it ("Department of Commerce’s …").
                sep == " "
                    // "Trade, Industry and Energy"; not after a nested "of
                    // China", where a comma ends the name.
                    || (sep == ", " && !nested)
                    || (matches!(sep, "’s " | "'s ")
                        && matches!(&text[words[j - 1].clone()], "People" | "Children" | "Women"))
            };
            // "the Investment Council on Friday": a date ends the name;
            // "Bank of Finland Governor Erkki Liikanen": so does a title.
            let date_word =
                crate::date::MONTH_NAMES.contains(&w) || crate::date::WEEKDAY_NAMES.contains(&w);
            // "the Office of the Prime Minister": an office is named after
            // its holder's title.
            let office = &text[words[head].clone()] == "Office";
            // "… Corporation for Sh51 billion": an amount is no field.
            let amount = w.chars().any(|c| c.is_ascii_digit()) && w.len() > 1;
            if !joined
                || !capitalised(w)
                || date_word
                || amount
                // "Department of the Head of Government": after "the" or
                // "of" a title is the name's.
                || (TITLES_AFTER_NAMES.contains(&w)
                    && !office
                    && !matches!(&text[words[j - 1].clone()], "the" | "of"))
            {
                break;
            }
            last = j;
            j += 1;
        }
        if last == head {
            return None; // "Ministry of" with nothing capitalised after it
        }
    } else if first == head {
        return None; // a bare "Agency" or "Service" is no name
    }
    // A trailing comma belongs to the sentence, not the name.
    Some(words[first].start..words[last].end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_sentences() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "He said, “Go now.” Then left.",
                &["He said, “Go now.”", "Then left."],
            ),
            (
                "Mr. Kim met Dr. Lee. They agreed.",
                &["Mr. Kim met Dr. Lee.", "They agreed."],
            ),
            (
                "It rose 1.4 percent. Exports 2.5.",
                &["It rose 1.4 percent.", "Exports 2.5."],
            ),
            (
                "The U.S. and Korea met. Fine.",
                &["The U.S. and Korea met.", "Fine."],
            ),
            (
                "John F. Kennedy spoke. Yes.",
                &["John F. Kennedy spoke.", "Yes."],
            ),
            (
                "The M.AX Alliance met. Next.",
                &["The M.AX Alliance met.", "Next."],
            ),
            ("Para one\n\nPara two", &["Para one", "Para two"]),
            ("no final stop", &["no final stop"]),
            ("  ", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&split(input), want, "input {input:?}");
        }
    }

    #[test]
    fn leads_are_the_first_sentence_or_a_short_cut() {
        assert_eq!(lead_end("One. Two."), 4);
        let long = "word ".repeat(400);
        let end = lead_end(&long);
        assert!(end <= MAX_LEAD && long[..end].ends_with("word"), "{end}");
        let unbroken = "é".repeat(400);
        assert!(unbroken.is_char_boundary(lead_end(&unbroken)));
    }

    #[test]
    fn detects_truncation() {
        assert!(looks_truncated("Operation of the Alliance The Allia"));
        assert!(looks_truncated("It will,"));
        assert!(!looks_truncated("It ended."));
        assert!(!looks_truncated("He said, “we will win.”"));
        assert!(!looks_truncated("Really?"));
        assert!(!looks_truncated("(see annex.)"));
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Korea’s Exports Hit Record High in September", 80),
            "koreas-exports-hit-record-high-in-september"
        );
        assert_eq!(
            slug("5th Korea–Saudi Vision 2030 Committee Meeting", 80),
            "5th-korea-saudi-vision-2030-committee-meeting"
        );
        assert_eq!(
            slug("  <script>alert(1)</script> ", 80),
            "script-alert-1-script"
        );
        assert_eq!(slug("한국", 80), "");
        assert_eq!(slug("alpha beta gamma", 10), "alpha-beta");
    }

    #[test]
    fn guesses_the_issuing_agency() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "The Ministry of Trade, Industry and Resources (MOTIR) held a meeting.",
                Some("Ministry of Trade, Industry and Resources"),
            ),
            (
                "The Korean Agency for Technology and Standards (KATS, President Kim) signed.",
                Some("Korean Agency for Technology and Standards"),
            ),
            (
                "On Sunday, Minister of Trade, Industry and Energy Kim Jung-kwan assessed the fire.",
                Some("Ministry of Trade, Industry and Energy"),
            ),
            (
                "Trade rose. Exports grew. The Ministry of Finance (MOF) agreed. The Bank of Korea said.",
                Some("Ministry of Finance"),
            ),
            (
                "Korea and Chile met. Kim, Minister of Trade, Industry and Energy of Korea, spoke.",
                Some("Ministry of Trade, Industry and Energy"),
            ),
            (
                "Chris Bryant, the UK Minister of State at the Department for Business and Trade, spoke.",
                Some("Department for Business and Trade"),
            ),
            (
                "Acme Corporation reported results.",
                Some("Acme Corporation"),
            ),
            ("Nothing official here.", None),
        ];
        for (input, want) in cases {
            assert_eq!(issuing_agency(input).as_deref(), *want, "input {input:?}");
        }
    }
}
