//! Quotations: marked, multi-paragraph and block quotes, and the cues that attribute them.

use super::*;

/// Whether `s` holds a speech verb ("said", "added"); see `speech_cue` for
/// the wider set that counts cues ("according to") too.
pub(super) fn speech_verb(s: &str) -> bool {
    SPEECH_VERBS.iter().any(|v| s.contains(v))
}

/// Whether `s` holds a speech verb or cue.
pub(super) fn speech_cue(s: &str) -> bool {
    speech_verb(s) || SPEECH_CUES.iter().any(|v| s.contains(v))
}

/// Where the sentence that `s` starts ends: at a full stop or an opening
/// mark, but not at the stop of an abbreviation or an initial, as the
/// sentence splitter has them ("…,” Mr. Gurría added.").
pub(super) fn clause_stop(s: &str) -> usize {
    let mut from = 0;
    while let Some(i) = s[from..].find(['.', '“']).map(|i| from + i) {
        let abbreviation = s[i..].starts_with('.') && text::ends_with_abbreviation(&s[..i]);
        if !abbreviation {
            return i;
        }
        from = i + 1;
    }
    s.len()
}

/// Whether `rest`, just after a closing mark, opens with a speech verb:
/// "' said Mr Cuzzubbo", "', said Barkindo".
fn attributed(rest: &str) -> bool {
    let rest = rest.trim_start_matches([',', ' ']);
    ATTRIBUTION_VERBS.iter().any(|v| {
        rest.strip_prefix(v)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// "…,” Peter Kenevan, vice president, head of Japan at PayPal.": after a
/// quotation that ends in a comma, a name and its role with no verb
/// attribute it, as trade copy shortens "said".
pub(super) fn named_with_role(rest: &str) -> bool {
    let mut words = rest.trim_start().split(' ');
    let mut names = 0;
    for w in words.by_ref() {
        let bare = w.trim_end_matches(',');
        if !(capitalised(bare) && bare.chars().any(char::is_lowercase)) {
            return false;
        }
        names += 1;
        if w.ends_with(',') {
            break;
        }
        if names == 4 {
            return false;
        }
    }
    let role: Vec<&str> = words.take(3).collect();
    (1..=4).contains(&names)
        && role.first().is_some_and(|r| {
            let r = r.trim_end_matches(',');
            TITLE_STARTS.contains(r) || LOWER_TITLE_FIRSTS.contains(r) || r == "the"
        })
        && role.iter().any(|r| {
            TITLE_STARTS.contains(r.trim_end_matches(','))
                || LOWER_TITLE_FIRSTS.contains(r.trim_end_matches(','))
        })
}

/// Where the paragraph holding `at` ends (before its blank line).
pub(super) fn paragraph_end(body: &str, at: usize) -> usize {
    body[at..].find("\n\n").map_or(body.len(), |i| at + i)
}

/// Where the signature line after the paragraph ending at `para_end`
/// starts: a short line of a name and a role, "Rt. Hon. Justin Trudeau,
/// Prime Minister of Canada", under a quotation that fills its paragraph.
pub(super) fn signature_after(body: &str, para_end: usize) -> Option<usize> {
    let line = para_end + 2;
    let text = body.get(line..paragraph_end(body, line.min(body.len())))?;
    // "- The Honourable Gary Anandasangaree, Minister of Public Safety": a
    // dash may lead the line.
    let dash = ["- ", "– ", "— "]
        .iter()
        .find(|d| text.starts_with(**d))
        .map_or(0, |d| d.len());
    let (line, text) = (line + dash, &text[dash..]);
    let signature = (10..=150).contains(&text.len())
        && text.starts_with(|c: char| c.is_uppercase())
        && text.contains(", ")
        && !text.contains(['“', '”', '"', '\n'])
        && !text.trim_end().ends_with(['.', ':', '!', '?'])
        && !speech_verb(text);
    signature.then_some(line)
}

/// The quoted words of `inner` with white space and a trailing comma
/// trimmed: "…,” he said": the comma belongs to the sentence around it.
pub(super) fn quote_span(body: &str, inner: Range<usize>) -> Range<usize> {
    let text = &body[inner.clone()];
    let start = inner.start + (text.len() - text.trim_start().len());
    let end = inner.end - (text.len() - text.trim_end().len());
    let end = if body[start..end].ends_with(',') {
        end - 1
    } else {
        end
    };
    start..end.max(start)
}

/// A headline's speech owned by its speaker: "Minister Pandor's speech
/// introducing the budget vote". Such a release is in the owner's words
/// (`addressed_in_person`), and the owner is its author (`statement_author`).
const OWNED_SPEECHES: &[&str] = &["’s speech", "'s speech", "’s remarks", "'s remarks"];

/// Whether a headline announces a statement ("Statement of USTR Rob
/// Portman on …", "SBA Statement on …"): its body may be the statement
/// itself, paragraph after paragraph, with no attribution.
pub(super) fn statement_title(title: &str) -> bool {
    title.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "Statement" | "STATEMENT" | "Remarks" | "remarks" | "Speech"
        )
    })
}

/// The person a statement's headline names as its author: "Statement of
/// USTR Rob Portman On House Passage …" gives "Rob Portman", "Statement
/// from Acting U.S. Commerce Secretary Rebecca Blank on …" gives "Rebecca
/// Blank". The name is the run of two to four name words that ends the
/// author's part, after any titles and acronyms.
pub(super) fn statement_author(title: &str) -> Option<String> {
    // "REMARKS BY COMMISSIONER GENERAL … MR. M. G. WAWERU DURING …": a
    // headline in capitals is read in title case.
    let titled;
    let title = if title.chars().any(char::is_lowercase) {
        title
    } else {
        titled = title
            .split(' ')
            .map(|w| capitalise_first(&w.to_lowercase()))
            .collect::<Vec<_>>()
            .join(" ");
        &titled
    };
    let lower = title.to_lowercase();
    // "The Hon Christopher Pyne MP statement": the author before the word.
    if let Some(head) = title
        .strip_suffix(" statement")
        .or(title.strip_suffix(" Statement"))
    {
        let all: Vec<&str> = head
            .split(' ')
            .filter(|w| !matches!(*w, "The" | "the"))
            .collect();
        let words: Vec<&str> = all
            .iter()
            .copied()
            .filter(|w| {
                !POST_NOMINALS.contains(w) && !HONORIFICS.contains(&w.trim_end_matches('.'))
            })
            .collect();
        // A form of address or letters after the name say it is a person's
        // ("Monetary Policy Statement", "Joint Press Statement" are not).
        let addressed = words.len() < all.len();
        if addressed
            && (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                capitalised(w)
                        && w.chars().any(char::is_lowercase)
                        && !TITLE_STARTS.contains(w)
                        // "Monetary Policy Committee Statement" is a body's.
                        && !HEADS.contains(w)
                        && !FIELD_WORDS.contains(w)
            })
        {
            return Some(words.join(" "));
        }
    }
    // "Minister Pandor's speech introducing the budget vote": the author
    // owns the speech, a lone surname after a title too.
    for p in OWNED_SPEECHES {
        let Some(head) = lower.find(p).and_then(|i| title.get(..i)) else {
            continue;
        };
        let head: Vec<&str> = head.split(' ').collect();
        let run = head
            .iter()
            .rev()
            .take_while(|w| {
                capitalised(w)
                    && w.chars().any(char::is_lowercase)
                    && !TITLE_STARTS.contains(*w)
                    && !HEADS.contains(*w)
            })
            .count();
        let titled = head.len() > run && TITLE_STARTS.contains(head[head.len() - run - 1]);
        if (1..=4).contains(&run) && (titled || run >= 2) {
            return Some(head[head.len() - run..].join(" "));
        }
    }
    let at = [
        "statement of ",
        "statement from ",
        "statement by ",
        "remarks by ",
        "remarks of ",
        "speech by ",
    ]
    .iter()
    .find_map(|p| lower.find(p).map(|i| i + p.len()))
    // "Statement on OneCity from Metrolinx CEO Bruce McCuaig".
    .or_else(|| {
        let s = lower.find("statement ")?;
        lower[s..].find(" from ").map(|i| s + i + " from ".len())
    })?;
    let mut words: Vec<&str> = Vec::new();
    // "Remarks by the … Acting Managing Director, Dr Arch Daniel Manduku,
    // on …": a title set off by a comma is followed by the name.
    let mut title_then_name = false;
    // (`at` was found in the lower-cased title: a letter whose lower case
    // is longer would shift it, so the slice is checked.)
    for w in title.get(at..)?.split(' ') {
        const STOPS: &[&str] = &[
            "on",
            "regarding",
            "about",
            "at",
            "after",
            "following",
            "to",
            "for",
            "in",
            "upon",
            "over",
            "as",
            "during",
        ];
        if STOPS.contains(&w.to_lowercase().as_str()) || w.is_empty() {
            break;
        }
        let bare = w.trim_end_matches([',', ':', ';']);
        words.push(bare);
        if bare.len() != w.len() {
            if w.ends_with(',') && !title_then_name && TITLE_STARTS.contains(bare) {
                title_then_name = true;
                words.clear();
                continue;
            }
            break;
        }
    }
    let name_like = |w: &&&str| {
        let w: &str = w;
        capitalised(w)
            && w.chars().any(char::is_lowercase)
            && !TITLE_STARTS.contains(w)
            // "Statement of the Monetary Policy Committee" is a body's.
            && !HEADS.contains(w)
            && !w.ends_with('.')
            || NAME_PARTICLES.contains(&w)
            // "Joffrey M. Suyao": a middle initial.
            || (w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    let run = words.iter().rev().take_while(name_like).count();
    let mut name = &words[words.len() - run..];
    // "Arch Daniel Manduku": an architect's or engineer's form of address
    // opens no name.
    while name.len() > 2 && (name[0] == "Arch" || HONORIFICS.contains(&name[0])) {
        name = &name[1..];
    }
    let run = name.len();
    // "de Jong" may not open a name.
    let opens = name.first().is_some_and(|w| capitalised(w));
    ((2..=4).contains(&run) && opens).then(|| name.join(" "))
}

/// The author of a statement, named by its headline or, under a statement
/// headline with no name ("Statement of the Executive Director UNODC on
/// …"), by the body's opening byline: "by Yury Fedotov", "Statement by:
/// Commonwealth Secretary-General, Patricia Scotland".
pub(super) fn statement_author_of(title: &str, body: &str) -> Option<String> {
    statement_author(title).or_else(|| {
        let line = body.lines().next()?.trim();
        // "Statement by Foreign Minister Annalena Baerbock at the start of
        // …:": a body that opens by naming its statement's author.
        if ["Statement ", "Remarks ", "Speech "]
            .iter()
            .any(|p| line.starts_with(p))
            && let Some(author) = statement_author(line)
        {
            return Some(author);
        }
        if line.split_whitespace().nth(12).is_some() {
            return None;
        }
        // "… Evidence Session statement": under a byline, a headline's
        // "statement" in lower case says so too.
        let announces = statement_title(title) || title.to_lowercase().contains("statement");
        if !announces {
            return None;
        }
        let lower = line.to_lowercase();
        let rest = [
            "by: ",
            "by ",
            "statement by: ",
            "statement by ",
            "remarks by ",
        ]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| &line[p.len()..]))?;
        // The name after the title set off by a comma.
        let name = rest.rsplit(", ").next().unwrap_or(rest);
        statement_author(&format!("Statement by {name}"))
    })
}

pub(super) fn quotes(body: &str, title: &str, out: &mut Vec<Cand>) {
    let whole_statement = statement_title(title);
    // "Closing remarks by President Cyril Ramaphosa at …" over a body with
    // no quotation mark at all: the release is the statement itself, one
    // quote per paragraph of sentences (ANNOTATING.md).
    if (statement_author_of(title, body).is_some() && !body.contains(['“', '”', '"']))
        || addressed_in_person(title, body)
    {
        let mut at = 0;
        while at < body.len() {
            let end = paragraph_end(body, at);
            let text = &body[at..end];
            if text.trim_end().ends_with(['.', '!', '?']) && text.split_whitespace().count() >= 5 {
                out.push(Cand {
                    span: quote_span(body, at..end),
                    rule: "quote.statement",
                    data: CandData::Quote {
                        speaker_hint: Some(at),
                    },
                });
            }
            at = (end + 2).min(body.len());
        }
        return;
    }
    let mut search = 0;
    // Where the last accepted quotation closed, for a second quotation that
    // follows its attribution: "“…,” said Chair Lewis. “While …”".
    let mut last_close: Option<usize> = None;
    // Whether a quotation was accepted before.
    let mut spoken_before = false;
    let push = |out: &mut Vec<Cand>, inner: Range<usize>, hint: usize, rule: &'static str| {
        let span = quote_span(body, inner);
        if body[span.clone()].split_whitespace().count() >= 5 {
            out.push(Cand {
                span,
                rule,
                data: CandData::Quote {
                    speaker_hint: Some(hint),
                },
            });
        }
    };
    // "„We have a common goal …,’’ Prime Minister Dorin Recean said": the
    // low mark Central European copies open with.
    while let Some(open_rel) = body[search..].find(['“', '"', '‘', '\'', '”', '„', '«']) {
        let open = search + open_rel;
        let open_char = body[open..].chars().next().expect("found a char");
        // Swedish and Finnish copies open with the closing mark too
        // ("”This agreement demonstrates …,” Mr Scurrah said."): it opens
        // a quotation only at the start of a paragraph, before a capital.
        // ("Thomas Ekman, CEO of Tele2 Sweden, comments: ”I am …”": or
        // after a colon.)
        if open_char == '”'
            && !((open == 0 || body[..open].ends_with("\n\n") || body[..open].ends_with(": "))
                && body[open + '”'.len_utf8()..]
                    .trim_start_matches(' ')
                    .starts_with(|c: char| c.is_uppercase()))
        {
            search = open + '”'.len_utf8();
            continue;
        }
        // "…, stated, 'This acquisition …": a straight single mark opens a
        // quotation before a capital only after a comma, colon or semicolon
        // and a speech verb, at the start of a paragraph ("'This investment
        // secures Helidon …' said Mr Cuzzubbo.", as some agencies print all
        // quotations), or after the last quotation's attribution;
        // everywhere else it is an apostrophe.
        if open_char == '\'' {
            let lead = &body[floor_boundary(body, open.saturating_sub(40))..open];
            // "''This investment demonstrates …,'' said": two apostrophes
            // open a double quotation in typewritten copy.
            let capital = body[open + 1..]
                .strip_prefix('\'')
                .unwrap_or(&body[open + 1..])
                .starts_with(|c: char| c.is_uppercase());
            let paragraph_start = open == 0 || lead.ends_with("\n\n");
            // "…,' said Steve Reno, President. 'This step …": a second
            // quotation after the first one's attribution.
            let after_attribution = lead.ends_with(". ")
                && last_close.is_some_and(|c| {
                    c < open
                        && open - c < 200
                        && speech_cue(&body[c..open])
                        && !body[c..open].contains('\n')
                });
            // "Mayor Burkhard Jung: 'Leipzig is …": a name and a colon, as
            // a transcript sets a speaker before his words.
            let named_colon = lead.strip_suffix(": ").is_some_and(|l| {
                let names: Vec<&str> = l.rsplit(' ').take(2).collect();
                names.len() == 2
                    && names
                        .iter()
                        .all(|n| n.starts_with(|c: char| c.is_uppercase()) && n.len() > 1)
            });
            let opens = capital
                && (paragraph_start
                    || after_attribution
                    || named_colon
                    || ((lead.ends_with(", ") || lead.ends_with(": ") || lead.ends_with("; "))
                        && speech_cue(lead)));
            if !opens {
                search = open + 1;
                continue;
            }
        }
        // A straight mark may be closed by a curly one ("…” says Henrik
        // Wulff): copies mix them.
        // "‘The Netherlands was passing up …,’ Ms Ploumen noted": single
        // marks open only after a space or a colon.
        if open_char == '‘' && !body[..open].ends_with([' ', '\n', ':']) && open > 0 {
            search = open + open_char.len_utf8();
            continue;
        }
        // A curly opening mark is sometimes closed by a straight one, when
        // the text was typed in two editors ("“… investments.\"").
        let closes: &[char] = if matches!(open_char, '“' | '”' | '„') {
            &['”', '"']
        } else if open_char == '‘' {
            &['’']
        } else if open_char == '«' {
            // Guillemets, as translations from Russian or French keep them.
            &['»']
        } else if open_char == '\'' {
            &['\'', '’']
        } else {
            &['"', '”']
        };
        // Two apostrophes ('') close a double quotation in typewritten text,
        // and two closing single marks (’’) in some copies.
        let mark_len = |at: usize| {
            if body[at..].starts_with("''") {
                2
            } else if body[at..].starts_with("’’") {
                2 * '’'.len_utf8()
            } else {
                body[at..].chars().next().map_or(1, char::len_utf8)
            }
        };
        let inner_start = open + open_char.len_utf8();
        let inner_start = if open_char == '\'' && body[inner_start..].starts_with('\'') {
            inner_start + 1
        } else {
            inner_start
        };
        let para_end = paragraph_end(body, inner_start);
        let before = &body[floor_boundary(body, open.saturating_sub(80))..open];
        // The clause before the mark, from the last sentence's end or
        // closing mark; a stop after a title's abbreviation or an initial
        // ("According to Mr. Gill, \"…", "said Ronald K. Noble: …") ends
        // no sentence.
        let before_clause = {
            let mut cut = before.len();
            loop {
                let Some(at) = before[..cut].rfind(['.', '”']) else {
                    break before;
                };
                let word = before[..at]
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                let abbreviation = before[at..].starts_with('.')
                    && (matches!(
                        word,
                        "Mr" | "Ms" | "Mrs" | "Dr" | "Prof" | "Hon" | "Jr" | "Sr" | "St"
                    ) || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())));
                if !abbreviation {
                    break &before[at + before[at..].chars().next().map_or(1, char::len_utf8)..];
                }
                cut = at;
            }
        };
        // "… issued the following statement:" or "Minister Ng said:".
        // "Armin Laschet pointed out the significance of the site. “That a
        // leading …”": the sentence before, in the same paragraph, speaks.
        let para_start = body[..open].rfind("\n\n").map_or(0, |i| i + 2);
        let sentence_before = body[..open].trim_end().ends_with('.')
            && body[para_start..open].len() < 400
            && !body[para_start..open].contains(['“', '”', '"'])
            && speech_verb(&body[para_start..open]);
        let introduced =
            speech_cue(before_clause) || before_clause.trim_end().ends_with(':') || sentence_before;
        // A second quotation after the first one's attribution: "“…,”
        // said Chair Lewis. “While …”".
        let continued = last_close.is_some_and(|c| {
            // Past the closing mark: '"' opens and closes alike.
            let c = c + body[c..].chars().next().map_or(0, char::len_utf8);
            let between = &body[c.min(open)..open];
            // The next paragraph opening with a mark right after an
            // attributed quotation goes on with the same speaker.
            let next_paragraph = between.trim().is_empty() && between.contains("\n\n");
            next_paragraph
                || (between.len() < 160 && speech_cue(between) && !between.contains(['“', '"']))
        });
        // A closing ’ is not an apostrophe: no letter follows it ("we’ve").
        // “… including “ACTEMRA®” and “HEMLIBRA®” by …,”: a short curly
        // pair nested inside, a few words with no stop, is a name's, and
        // the quotation goes on past it.
        let find_close = |from: usize, to: usize| -> Option<usize> {
            let mut skip_to = from;
            body[from..to]
                .char_indices()
                .find(|&(k, ch)| {
                    let at = from + k;
                    if at < skip_to {
                        return false;
                    }
                    if open_char == '“' && ch == '“' {
                        let inner = &body[at + ch.len_utf8()..to];
                        if let Some(end) = inner
                            .find('”')
                            .filter(|&e| e <= 40 && !inner[..e].contains(['.', '“', ',']))
                        {
                            skip_to = at + ch.len_utf8() + end + '”'.len_utf8();
                        }
                        return false;
                    }
                    (closes.contains(&ch)
                        && (!matches!(ch, '’' | '\'')
                            || !body[from + k + ch.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphabetic))
                        // "our customers' needs": a straight single mark
                        // closes only after the quotation's own stop.
                        // "… precinct' said Mr Cuzzubbo": or before its
                        // attribution.
                        && (ch != '\''
                            || body[..from + k].ends_with(['.', ',', '!', '?'])
                            || attributed(&body[from + k + 1..])))
                        || (ch == '\'' && open_char == '"' && body[from + k..].starts_with("''"))
                        || (ch == '’'
                            && matches!(open_char, '“' | '„')
                            && body[from + k..].starts_with("’’"))
                })
                .map(|(k, _)| k)
        };
        let Some(close_rel) = find_close(inner_start, para_end) else {
            // No closing mark in the paragraph: by the usual convention a
            // quotation of several paragraphs opens each with a mark and
            // closes only the last, so each paragraph is one quote of the
            // speaker introduced before the first. It counts when something
            // introduces it: a cue just before, "the following statement"
            // in the paragraph before, a quotation attributed just before
            // ("…,” Minister Birmingham said. “These …"), or a chain of
            // paragraphs that ends with the closing mark.
            let at_paragraph_start = body[para_start..open].trim().is_empty();
            let previous = &body[body[..para_start.saturating_sub(2)]
                .rfind("\n\n")
                .map_or(0, |i| i + 2)..para_start];
            // "Below is a statement by Dr. Rachel Cleetus, …." too.
            let statement = at_paragraph_start
                && (previous.contains("following statement")
                    || previous.contains("statement:")
                    || previous.contains("a statement by ")
                    || previous.contains("a statement from "));
            // Where the chain of paragraphs ends, and whether it closes.
            let mut paragraphs: Vec<Range<usize>> = Vec::new();
            paragraphs.push(inner_start..para_end);
            let mut closed = false;
            let mut close_at = None;
            let mut end = para_end;
            loop {
                let next = body[end..].trim_start_matches(['\n', ' ']);
                let at = body.len() - next.len();
                // After "the following statement", paragraphs without a
                // mark are the statement's too. Copies mix curly and
                // straight marks from one paragraph to the next.
                let marked = next.starts_with(['“', '"', '«']);
                // "…: “I am delighted … This is great news for the Trust¶
                // I would ask that everyone bears with us.”": a last
                // paragraph that never reopens the mark but closes it, at
                // its end or before the attribution.
                // Paragraphs with no mark at all may stand between ("…
                // Center Parcs, Co. Longford.¶This development …¶I would
                // like to acknowledge ….”"), up to three.
                let closes_unmarked = !marked && !statement && {
                    let mut q = at;
                    let mut found = false;
                    for _ in 0..4 {
                        let p_end = paragraph_end(body, q);
                        let para = &body[q..p_end];
                        if let Some(c) = find_close(q, p_end) {
                            let after = &body[q + c + mark_len(q + c)..p_end];
                            found = !body[q..q + c].contains(['“', '"', '«', '‘', '\''])
                                && (after.trim().is_empty()
                                    || speech_cue(&after[..clause_stop(after)]));
                            break;
                        }
                        let next = body[p_end..].trim_start_matches(['\n', ' ']);
                        if has_mark(para) || next.is_empty() || next.starts_with(['“', '"', '«'])
                        {
                            break;
                        }
                        q = body.len() - next.len();
                    }
                    found
                };
                if next.is_empty() || !(marked || statement || closes_unmarked) {
                    break;
                }
                let inner = if marked {
                    at + next.chars().next().map_or(1, char::len_utf8)
                } else {
                    at
                };
                let p_end = paragraph_end(body, inner);
                if let Some(c) = find_close(inner, p_end) {
                    paragraphs.push(inner..inner + c);
                    end = inner + c + mark_len(inner + c);
                    closed = true;
                    close_at = Some(inner + c);
                    break;
                }
                paragraphs.push(inner..p_end);
                end = p_end;
            }
            // A release that is a statement from its first word: "Statement
            // of … On …" over paragraphs that each open with a mark.
            let opens_statement = whole_statement && para_start == 0 && at_paragraph_start;
            // "Ms Jones says the figures are a testament …" over paragraphs
            // that each open with a mark and never close, as some
            // government copies print a minister's words: the paragraph of
            // reported speech before introduces them.
            let reported_before = at_paragraph_start
                && previous.trim_end().ends_with('.')
                && !previous.contains(['“', '”', '"'])
                && speech_verb(previous);
            let accepted = introduced
                || statement
                || continued
                || opens_statement
                || reported_before
                || (at_paragraph_start && closed && paragraphs.len() > 1);
            if !accepted {
                search = para_end;
                continue;
            }
            for p in paragraphs {
                push(out, p, open, "quote.paragraphs");
            }
            search = end;
            // A chain that closes may be attributed after its mark, and a
            // quotation after that attribution goes on with its speaker.
            last_close = close_at;
            spoken_before = true;
            continue;
        };
        let close = inner_start + close_rel;
        search = close + mark_len(close);
        if body[inner_start..close].split_whitespace().count() < 5 {
            continue;
        }
        // A quotation is introduced or followed by a speech verb.
        // "…,” Alex Kyriakidis, President and Managing Director, Marriott
        // International Middle East and Africa said.": a long attribution.
        let after = &body[search..floor_boundary(body, search + 200)];
        // "“…”, ERC Chairperson Agnes Devanadera said.": the comma may
        // follow the closing mark.
        let after = after.strip_prefix(", ").unwrap_or(after);
        let after_clause = &after[..clause_stop(after)];
        // Or it fills its paragraph above a signature line.
        let own_end = paragraph_end(body, search);
        let signed = body[para_start..open].trim().is_empty()
            && body[search..own_end].trim().is_empty()
            && signature_after(body, own_end).is_some();
        let named = body[..close].ends_with(',') && named_with_role(after_clause);
        // A paragraph that is one quotation and nothing else, after a
        // quotation already attributed in the release: the speaker's words
        // go on after a paragraph of narration, as agencies print a
        // speaker's several points.
        // So is one after a paragraph of reported speech ("Melbourne
        // Airport CEO, Mr. Chris Woodruff, said that …").
        let previous_para = &body[body[..para_start.saturating_sub(2)]
            .rfind("\n\n")
            .map_or(0, |i| i + 2)..para_start];
        let reported = previous_para.trim_end().ends_with('.')
            && !previous_para.contains(['“', '”', '"'])
            && speech_verb(previous_para);
        let standalone = (spoken_before || reported)
            && body[para_start..open].trim().is_empty()
            && body[search..own_end].trim().is_empty();
        if !(introduced || speech_cue(after_clause) || continued || signed || named || standalone) {
            continue;
        }
        last_close = Some(close);
        spoken_before = true;
        let rule = if introduced || speech_cue(after_clause) || continued || named {
            "quote.speech-verb"
        } else {
            "quote.signature"
        };
        push(out, inner_start..close, open, rule);
    }
    block_quotes(body, out);
    headed_statements(body, out);
    dash_quotes(body, out);
    inline_dash_quotes(body, out);
}

/// Whether a paragraph holds a quotation mark. A single mark right after
/// a letter or digit is an apostrophe ("world’s", "employees’"), not a
/// mark: a closing single mark follows the quotation's own stop.
fn has_mark(para: &str) -> bool {
    let mut prev: Option<char> = None;
    para.chars().any(|c| {
        let mark = match c {
            '“' | '”' | '"' | '«' | '»' | '‘' => true,
            '’' | '\'' => !prev.is_some_and(char::is_alphanumeric),
            _ => false,
        };
        prev = Some(c);
        mark
    })
}

/// Quotations that a dash opens instead of a mark, as Scandinavian and
/// Polish releases print them: a paragraph "– It has been a busy year,
/// …, says Managing Director Finn Jønck." is a quote up to the comma of
/// its attribution, which must close the paragraph. A list item ("- The
/// company reported …") has no such attribution and is left alone.
pub(super) fn dash_quotes(body: &str, out: &mut Vec<Cand>) {
    let mut at = 0;
    while at < body.len() {
        let end = paragraph_end(body, at);
        let para = &body[at..end];
        at = (end + 2).min(body.len());
        let Some(rest) = ["– ", "- ", "— "].iter().find_map(|d| para.strip_prefix(d)) else {
            continue;
        };
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let start = end - rest.len();
        // Failing a verb before the name (below): "…, Deputy Prime Minister
        // and Minister of Finance, Zoran Stavreski, pointed out.", a name
        // and its role set off before a verb that ends the paragraph, from
        // the first comma before a role that no sentence's end follows.
        let verb_last = || {
            let t = rest.trim_end();
            let ends = [
                " said.",
                " pointed out.",
                " stressed.",
                " noted.",
                " added.",
                " underlined.",
                " emphasised.",
                " emphasized.",
                " explained.",
                " stated.",
            ]
            .iter()
            .any(|e| t.ends_with(e));
            let from = t.len().saturating_sub(150);
            // "…, owner of Hi-Tech Assembly Center, Savo Stankovik, …": a
            // role may open in lower case.
            let role_opens = |r: &str| {
                r.starts_with(|c: char| c.is_uppercase())
                    || r.split(' ').next().is_some_and(|w| {
                        LOWER_TITLE_FIRSTS.contains(w) || matches!(w, "head" | "chief")
                    })
            };
            t.match_indices(", ").map(|(i, _)| i).find(|&i| {
                ends && i >= from
                    && role_opens(&t[i + 2..])
                    && !t[i + 2..t.len() - 1].contains(". ")
            })
        };
        // The last attribution in the paragraph, short and closing it. A
        // paragraph of its own, so its attribution may also go on or close
        // the speech (", continues Birgitte Bonnesen.").
        // "– If we add … to the mix … – says Adam Kiciński, CEO of CD
        // PROJEKT.": a second dash may close the quotation instead of the
        // comma.
        let Some((cut, sep)) = ATTRIBUTION_VERBS
            .iter()
            .chain(&["continues", "concludes"])
            .flat_map(|v| {
                [", ", " – ", " - ", " — "]
                    .map(|d| rest.rfind(&format!("{d}{v} ")).map(|i| (i, d.len())))
            })
            .flatten()
            .max()
            .or_else(|| verb_last().map(|i| (i, 2)))
        else {
            continue;
        };
        let attribution = &rest[cut + sep..];
        let closes = attribution.len() < 150
            && attribution.trim_end().ends_with('.')
            && !attribution.trim_end().trim_end_matches('.').contains(". ")
            && attribution.contains(|c: char| c.is_uppercase());
        if !closes || rest[..cut].split_whitespace().count() < 5 {
            continue;
        }
        out.push(Cand {
            span: quote_span(body, start..start + cut),
            rule: "quote.dash",
            data: CandData::Quote {
                speaker_hint: Some(start),
            },
        });
    }
}

/// Quotations set between dashes inside a paragraph, as Polish releases
/// print them: "… from Poles. - My Government’s intention is to act for
/// … - he added." A dash after a sentence's end (or opening the paragraph)
/// opens one; a dash before a speech verb within the next few words closes
/// it.
pub(super) fn inline_dash_quotes(body: &str, out: &mut Vec<Cand>) {
    let mut from = 0;
    while let Some(i) = body[from..].find("- ").map(|i| from + i) {
        from = i + 2;
        let opens = i == 0 || body[..i].ends_with("\n") || body[..i].ends_with(". ");
        if !opens || !body[from..].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let end = paragraph_end(body, from);
        let Some(close) = body[from..end].find(" - ").map(|c| from + c) else {
            continue;
        };
        // The attribution: a speech verb among the next four words.
        let spoken = body[close + 3..end]
            .split([' ', '.', ','])
            .filter(|w| !w.is_empty())
            .take(4)
            .any(|w| SPEECH_VERB_WORDS.contains(w));
        if !spoken || body[from..close].split_whitespace().count() < 5 {
            continue;
        }
        out.push(Cand {
            span: quote_span(body, from..close),
            rule: "quote.dash",
            data: CandData::Quote {
                speaker_hint: Some(close),
            },
        });
        from = close + 3;
    }
}

/// Whether a release is one person's message, address or letter in their
/// own words, with no author a statement's headline names: "Message from
/// the Sophos CEO", "New Year Address", "President’s message: …", or a
/// body that opens "Letter to the arts community from the Director and
/// CEO, Simon Brault". It must speak in the first person from its opening
/// paragraphs and quote no one at length (a short “term” in marks is no
/// quotation). A statement in a body's name ("Statement by LCSD") is not a
/// person's and is left out.
pub(super) fn addressed_in_person(title: &str, body: &str) -> bool {
    let lower = title.to_lowercase();
    let titled = [
        "message from ",
        "message of ",
        "’s message",
        "'s message",
        "new year address",
        "new year’s address",
        "new year's address",
        "new year message",
        "new year’s message",
        "new year's message",
        "letter from ",
        "open letter",
        "address by ",
        "speech by ",
        "remarks by ",
    ]
    .iter()
    .chain(OWNED_SPEECHES)
    .any(|p| lower.contains(p));
    let first_line = body.lines().next().unwrap_or("");
    let byline = first_line.split_whitespace().nth(15).is_none() && {
        let l = first_line.to_lowercase();
        (l.starts_with("letter ") || l.starts_with("message ")) && l.contains(" from ")
    };
    if !(titled || byline) {
        return false;
    }
    // The opening paragraphs speak as "I" or "we".
    let opening = body.split("\n\n").take(3).any(first_person);
    // Every pair of marks holds a few words at most.
    let mut quoted_at_length = false;
    let mut rest = body;
    while let Some(o) = rest.find(['“', '"']) {
        let after = &rest[o + rest[o..].chars().next().map_or(1, char::len_utf8)..];
        let Some(c) = after.find(['”', '"']) else {
            quoted_at_length = true;
            break;
        };
        if after[..c].split_whitespace().nth(5).is_some() {
            quoted_at_length = true;
            break;
        }
        rest = &after[c..][after[c..].chars().next().map_or(1, char::len_utf8)..];
    }
    opening && !quoted_at_length
}

/// Whether a paragraph speaks in the first person: "I", "we", "our", "my".
fn first_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .any(|w| {
            matches!(
                w,
                "I" | "I’m"
                    | "I'm"
                    | "I’ve"
                    | "I'll"
                    | "I’ll"
                    | "we"
                    | "We"
                    | "We’ve"
                    | "We've"
                    | "We’re"
                    | "We're"
                    | "our"
                    | "Our"
                    | "my"
                    | "My"
                    | "us"
            )
        })
}

/// "Comments by Christian Levin, President and CEO", "Message from Håkan
/// Ericsson, President and CEO": a heading paragraph that names a person
/// over the paragraphs that are their words, marked or not, up to the
/// first paragraph that is no sentence (a heading or a signature) or the
/// one whose mark closes the quotation.
fn headed_statements(body: &str, out: &mut Vec<Cand>) {
    const HEADS_OF_WORDS: &[&str] = &[
        "Message from ",
        "Comment by ",
        "Comments by ",
        "Comment from ",
        "Comments from ",
    ];
    let mut at = 0;
    while at < body.len() {
        let end = paragraph_end(body, at);
        let heading = &body[at..end];
        at = (end + 2).min(body.len());
        let Some(rest) = HEADS_OF_WORDS.iter().find_map(|h| heading.strip_prefix(h)) else {
            continue;
        };
        if heading.len() > 100 || heading.contains('\n') || heading.ends_with(['.', '!', '?', ':'])
        {
            continue;
        }
        // A name: two capitalised words running on that are no title,
        // body or place ("Comment by Governor of Hiroshima Prefecture"
        // names none).
        let words: Vec<&str> = rest.split([' ', ',']).collect();
        let named = words.windows(2).any(|p| {
            p.iter().all(|w| {
                capitalised(w)
                    && w.chars().any(char::is_lowercase)
                    && !TITLE_STARTS.contains(w)
                    && !HEADS.contains(w)
                    && !place_or_nationality(w)
            })
        });
        if !named {
            continue;
        }
        let mut para = at;
        while para < body.len() {
            let p_end = paragraph_end(body, para);
            let text = &body[para..p_end];
            let open = ['“', '"']
                .iter()
                .find(|m| text.starts_with(**m))
                .map_or(0, |m| m.len_utf8());
            let closes = text.trim_end().ends_with(['”', '"']);
            let inner_end = para + text.trim_end().trim_end_matches(['”', '"']).len();
            let inner = &body[para + open..inner_end];
            if !inner.trim_end().ends_with(['.', '!', '?']) || inner.contains(['“', '”', '"']) {
                break;
            }
            out.push(Cand {
                span: quote_span(body, para + open..inner_end),
                rule: "quote.headed",
                data: CandData::Quote {
                    speaker_hint: Some(para),
                },
            });
            if closes {
                break;
            }
            para = (p_end + 2).min(body.len());
        }
        at = para;
    }
}

/// GOV.UK-style block quotes: a paragraph that ends "Andrew Mitchell said:"
/// followed by a paragraph without quotation marks. After "the following
/// statement:" every paragraph up to the next quotation mark is the
/// statement.
pub(super) fn block_quotes(body: &str, out: &mut Vec<Cand>) {
    let mut at = 0;
    while let Some(colon_rel) = body[at..].find(":\n\n") {
        let colon = at + colon_rel;
        at = colon + 3;
        let line_start = body[..colon].rfind('\n').map_or(0, |i| i + 1);
        let intro = &body[line_start..colon];
        let last_clause = intro.rsplit(['.', '”', '"']).next().unwrap_or("");
        // "The following comments may be attributed to Chair Lucio Di
        // Bartolomeo:" introduces a statement as "the following statement:"
        // does.
        // Only to someone named: "attributable to the following factors:"
        // introduces a list.
        let attributed_to = ["attributed to ", "attributable to "].iter().any(|cue| {
            last_clause
                .find(cue)
                .is_some_and(|i| last_clause[i + cue.len()..].starts_with(char::is_uppercase))
        });
        // "President and CEO Pekka Vauramo:", "Chief Minister:": a short
        // heading of a title (and a name) over what its holder says.
        let heading = (line_start == 0 || body[..line_start].ends_with("\n\n"))
            && intro.split(' ').count() <= 8
            && intro.starts_with(char::is_uppercase)
            && !intro.contains(['.', ',', '“', '"'])
            && intro.split(' ').any(|w| TITLE_LASTS.contains(w));
        if !speech_cue(last_clause) && !attributed_to && !heading {
            continue;
        }
        let statement = last_clause.contains("statement") || attributed_to;
        let mut para = at;
        while para < body.len() && !body[para..].starts_with(['“', '"']) {
            let mut end = paragraph_end(body, para);
            // "Philippe Valahu, CEO, PIDG, said:¶The urgency … action.”":
            // a closing mark with no opening one ends the quotation there.
            let closed = body[para..end]
                .trim_end()
                .strip_suffix(['”', '"'])
                .filter(|t| t.ends_with(['.', '!', '?']));
            if let Some(t) = closed {
                end = para + t.len();
            }
            let text = &body[para..end];
            // A list or a heading is not a quote: quotes end in sentences.
            if !text.trim_end().ends_with(['.', '!', '?']) || text.contains(['“', '"']) {
                break;
            }
            // "‘Subsequently the Island Plan …": a paragraph that opens
            // with a single mark (and never closes it) keeps it out of the
            // quoted words.
            let open = ['‘', '\'']
                .iter()
                .find(|m| text.starts_with(**m))
                .map_or(0, |m| m.len_utf8());
            out.push(Cand {
                span: quote_span(body, para + open..end),
                rule: "quote.block",
                data: CandData::Quote {
                    speaker_hint: Some(para),
                },
            });
            // GOV.UK quotes run on over paragraphs: the next one goes on in
            // the first person ("We’ve seen …", "I will …") or not at all.
            if closed.is_some() {
                break;
            }
            let next = (end + 2).min(body.len());
            let next_text = &body[next..paragraph_end(body, next)];
            if !statement && !first_person(next_text) {
                break;
            }
            para = next;
        }
    }
}

// ---------------------------------------------------------------------------
// Resolution
