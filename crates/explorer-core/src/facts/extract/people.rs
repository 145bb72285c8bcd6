//! People: names after titles and roles, in lists, with honorifics and post-nominals kept out of the name.

use super::*;

pub(super) fn persons(body: &str, words: &[Range<usize>], out: &mut Vec<Cand>) {
    // "Minister Bryant’s request": the possessive is not part of the name.
    let mut words = words.to_vec();
    // A middle initial joins the next name: "Jennifer M. Granholm".
    let mut k = 0;
    while k + 1 < words.len() {
        let w = &body[words[k].clone()];
        // "Frank St. John": "St." joins the name after it like an initial;
        // so do dotted initials ("S.V.R. Srinivas"), but not a country's
        // ("U.S.").
        // "K. V": initials already joined may take one more.
        let w = w.rsplit(". ").next().unwrap_or(w);
        let dotted = w.len() >= 3
            && w.split('.')
                .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()))
            && !PLACE_NAMES.contains(w)
            && !PLACE_NAMES.contains(format!("{w}.").as_str())
            && !HONORIFICS.contains(&w);
        // "Md. Obaidul Hoque": Bangladeshi names shorten Mohammad so.
        let initial = (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
            || w == "St"
            || (w == "Md" && &body[words[k].end..words[k + 1].start] == ". ")
            || dotted;
        // "Jyotiraditya M Scindia": the stop may be left out after a given
        // name.
        let given_before = k > 0
            && &body[words[k - 1].end..words[k].start] == " "
            && capitalised(&body[words[k - 1].clone()])
            && body[words[k - 1].clone()].chars().any(char::is_lowercase);
        let gap_ok = match &body[words[k].end..words[k + 1].start] {
            ". " => true,
            " " => given_before,
            _ => false,
        };
        // "Governor JB Pritzker": two capitals after a title are initials.
        let initials_after_title = w.len() == 2
            && w.chars().all(|c| c.is_ascii_uppercase())
            && k > 0
            && TITLE_STARTS.contains(&body[words[k - 1].clone()])
            && &body[words[k - 1].end..words[k].start] == " "
            && &body[words[k].end..words[k + 1].start] == " "
            && body[words[k + 1].clone()].chars().any(char::is_lowercase);
        let initial = initial || initials_after_title;
        let gap_ok = gap_ok || initials_after_title;
        // "U.N. Secretary-General Antonio Guterres": a body's initials
        // before a title are no part of a name.
        let before_title = dotted && TITLE_STARTS.contains(&body[words[k + 1].clone()]);
        if initial && gap_ok && !before_title && capitalised(&body[words[k + 1].clone()]) {
            // "K. V. Kamath": the merged initials may join the next word too.
            words[k] = words[k].start..words[k + 1].end;
            words.remove(k + 1);
            continue;
        }
        k += 1;
    }
    // A particle joins the surname after it: "de Jong", "von der Leyen".
    let mut k = words.len();
    while k > 1 {
        k -= 1;
        let p = &body[words[k - 1].clone()];
        if NAME_PARTICLES.contains(&p)
            && &body[words[k - 1].end..words[k].start] == " "
            && capitalised(&body[words[k].clone()])
        {
            words[k - 1] = words[k - 1].start..words[k].end;
            words.remove(k);
        }
    }
    let w = |i: usize| &body[words[i].clone()];
    let gap = |a: usize, b: usize| &body[words[a].end..words[b].start];
    let run_end = |k: usize, most: usize, keep: &dyn Fn(&str) -> bool| {
        word_run_end(body, &words, k, most, keep)
    };
    // Called for most capitalised words several times: the set lookups go
    // first and nothing allocates.
    let is_name_token = |s: &str| {
        name_word(s)
            && s.chars().any(|c| c.is_lowercase())
            && !TITLE_STARTS.contains(s)
            && !HEADS.contains(s)
            && !PLACE_NAMES.contains(s)
            && !PLACE_NOUNS.contains(&s)
            && !WEEKDAYS.contains(&s)
            // "Jan Carlson": the month's abbreviation is a given name too.
            && (month_number(s).is_none() || s == "Jan")
            && !EVENT_NOUNS.iter().any(|e| e.eq_ignore_ascii_case(s))
    };
    // "Donald A. Stewart, Chief Executive Officer, Sun Life Financial,
    // said": whether the titles ending at word `last` follow a name and its
    // comma, so that they are that name's role.
    let named_before_titles = |last: usize| {
        let mut k = last + 1;
        while k > 0
            && (TITLE_STARTS.contains(w(k - 1))
                || CORPORATE_TITLE_WORDS.contains(&w(k - 1))
                || matches!(w(k - 1), "and" | "&"))
        {
            k -= 1;
        }
        k <= last
            && k >= 2
            && gap(k - 1, k) == ", "
            && is_name_token(w(k - 1))
            && (is_name_token(w(k - 2)) || w(k - 1).contains(". "))
    };
    let mut i = 0;
    while i < words.len() {
        if !TITLE_STARTS.contains(w(i)) {
            i += 1;
            continue;
        }
        // "Sanford Panitch, President of Fox International Productions":
        // the title with its complement describes the name before it (the
        // name-then-role rule below); no name follows it.
        // In a list of titled names ("Senator Todd Young, Director of …
        // Arati Prabhakar", "Mayor of West Lafayette Erin Easter,
        // Ambassador of …") the name before has its own title or capitals.
        let name_start = (i.saturating_sub(3)..i - usize::from(i > 0))
            // "Minister of Development Cevdet Yılmaz, Minister of …": a
            // portfolio's field word ends a title and opens no name.
            .find(|&k| {
                (k..i - 1).all(|t| {
                    is_name_token(w(t)) && !FIELD_WORDS.contains(&w(t)) && gap(t, t + 1) == " "
                })
            })
            .unwrap_or(i);
        let titled_before = name_start > 0
            && gap(name_start - 1, name_start) == " "
            && (TITLE_STARTS.contains(w(name_start - 1)) || capitalised(w(name_start - 1)));
        let apposition = i >= 2
            && gap(i - 1, i) == ", "
            && is_name_token(w(i - 1))
            && is_name_token(w(i - 2))
            && gap(i - 2, i - 1) == " "
            && !titled_before
            && i + 1 < words.len()
            && ((matches!(w(i + 1), "of" | "at") && gap(i, i + 1) == " ")
                // "David Roy, Managing Director, International Operations,
                // Tim Hortons": the role runs on over commas to the company.
                || gap(i, i + 1) == ", "
                || (i + 2 < words.len() && gap(i, i + 1) == " " && gap(i + 1, i + 2) == ", ")
                // "Sunil Gupta, Managing Director and CEO of …".
                || (i + 2 < words.len()
                    && w(i + 1) == "and"
                    && TITLE_STARTS.contains(w(i + 2)))
                || (i + 3 < words.len()
                    && TITLE_STARTS.contains(w(i + 1))
                    && w(i + 2) == "and"
                    && TITLE_STARTS.contains(w(i + 3))));
        if apposition {
            // Past the whole title: "Managing Director" holds a second title
            // word.
            i += 1;
            // "Sunil Gupta, Managing Director and CEO of Sembcorp Green
            // Infra": titles joined by "and" are one role.
            loop {
                while i < words.len() && TITLE_STARTS.contains(w(i)) && gap(i - 1, i) == " " {
                    i += 1;
                }
                if i + 1 < words.len()
                    && matches!(w(i), "and" | "&")
                    && TITLE_STARTS.contains(w(i + 1))
                {
                    i += 2;
                } else {
                    break;
                }
            }
            continue;
        }
        // Titles may be two words ("Prime Minister", "Director-General").
        let title_len = TITLE_PARTS.iter().find_map(|parts| {
            let fits = parts
                .iter()
                .enumerate()
                .all(|(k, p)| i + k < words.len() && w(i + k) == p.trim_end_matches('.'))
                // "Lt. Gen.": an abbreviated word keeps its stop.
                && (1..parts.len()).all(|k| {
                    gap(i + k - 1, i + k)
                        == if parts[k - 1].ends_with('.') {
                            ". "
                        } else {
                            " "
                        }
                });
            fits.then_some(parts.len())
        });
        let Some(tl) = title_len else {
            i += 1;
            continue;
        };
        let title_end = i + tl - 1;
        // The title's complement: "of Trade, Industry and Energy", "for Trade".
        let mut role_end = title_end;
        let mut name_from = title_end + 1;
        if let Some(span) = text::org_name_span(body, &words, title_end)
            && span.end > words[title_end].end
        {
            role_end = words
                .iter()
                .position(|x| x.end == span.end)
                .unwrap_or(title_end);
            // "Minister of Trade, Industry and Tourism of Colombia, Sergio
            // Díaz Granados": the list of fields ends the name of the
            // portfolio; its country may follow.
            let of_at = role_end + 1;
            if of_at + 1 < words.len() && w(of_at) == "of" && gap(role_end, of_at) == " " {
                let one = w(of_at + 1);
                let two = (of_at + 2 < words.len() && gap(of_at + 1, of_at + 2) == " ")
                    .then(|| &body[words[of_at + 1].start..words[of_at + 2].end]);
                if two.is_some_and(|p| PLACE_NAMES.contains(p)) {
                    role_end = of_at + 2;
                } else if PLACE_NAMES.contains(one) {
                    role_end = of_at + 1;
                }
            }
            // "Governor of Indiana Eric Holcomb, Senator Todd Young, …": a
            // comma before another title ends this role (and its name).
            // "Director General for Africa, Nnenna Nwabufo, said": so does a
            // comma before a name of two or three words that ends the run.
            let apposed_name = |k: usize| {
                let run = (k..words.len().min(k + 4))
                    .take_while(|&t| is_name_token(w(t)) && (t == k || gap(t - 1, t) == " "))
                    .count();
                let after = k + run;
                (2..=3).contains(&run)
                    && (after >= words.len()
                        || gap(after - 1, after).starts_with([',', '.', ';', ':'])
                        || (!capitalised(w(after))
                            && !matches!(w(after), "and" | "of" | "for" | "the")))
            };
            if let Some(k) = (title_end + 1..=role_end).find(|&k| {
                gap(k - 1, k) == ", "
                    && ((TITLE_STARTS.contains(w(k)) && !FIELD_WORDS.contains(&w(k)))
                        || apposed_name(k))
            }) {
                role_end = k - 1;
            }
            // "Secretary of State John Kerry and Jordanian Foreign Minister
            // Nasser Judeh": "and" before another whole title ends the
            // complement, and the name before it.
            let title_at = |k: usize| {
                TITLES.iter().any(|t| {
                    t.contains(' ')
                        && t.split(' ').enumerate().all(|(n, p)| {
                            k + n < words.len()
                                && w(k + n) == p.trim_end_matches('.')
                                && (n == 0 || gap(k + n - 1, k + n) == " ")
                        })
                })
            };
            if let Some(k) = (title_end + 2..=role_end).find(|&k| {
                w(k) == "and"
                    && k + 1 < words.len()
                    && (title_at(k + 1) || (place_or_nationality(w(k + 1)) && title_at(k + 2)))
            }) {
                role_end = k - 1;
            }
            name_from = role_end + 1;
        }
        // "Ambassador to the UK", "Trade Commissioner to Europe": a "to"
        // complement of capitalised words.
        if role_end == title_end && name_from + 1 < words.len() && w(name_from) == "to" {
            let mut k = name_from + 1;
            if w(k) == "the" {
                k += 1;
            }
            let mut last = None;
            while k < words.len() && capitalised(w(k)) && gap(k - 1, k) == " " {
                last = Some(k);
                k += 1;
            }
            if let Some(l) = last {
                role_end = l;
                name_from = l + 1;
            }
        }
        // Collect name tokens after the role: "President Kim Dae-ja", or in
        // apposition, "Afreximbank President, Benedict Oramah, …".
        let lead_gap = if name_from < words.len() {
            gap(role_end, name_from)
        } else {
            ""
        };
        let mut j = name_from;
        // "President Park Geun-hye": a family name that is also a place
        // noun, before a hyphenated given name.
        let korean_family = |j: usize| {
            PLACE_NOUNS.contains(&w(j))
                && j + 1 < words.len()
                && gap(j, j + 1) == " "
                && w(j + 1).contains('-')
                && capitalised(w(j + 1))
        };
        // "King Carl XVI Gustaf": a regnal number inside a name.
        let regnal = |j: usize| {
            j > name_from
                && j + 1 < words.len()
                && w(j).chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                && is_name_token(w(j + 1))
        };
        // "Prime Minister Theresa May": a month's name as a surname, after a
        // given name and before no day.
        // "Minister Jan Mládek": a month's abbreviation as a given name,
        // before a surname.
        let month_surname = |j: usize| {
            (j > name_from || (j + 1 < words.len() && is_name_token(w(j + 1))))
                && month_number(w(j)).is_some()
                && !body[words[j].end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        };
        // "President Andrés Manuel López Obrador", "H.E. Ahmed Jasim Al
        // Zaabi": four names right after the title; after a complement the
        // fourth word is more likely the role's.
        // "Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum": names joined
        // by particles run longer.
        let particled = (name_from..words.len().min(name_from + 6))
            .take_while(|&t| is_name_token(w(t)) && (t == name_from || gap(t - 1, t) == " "))
            .any(|t| w(t).contains(' '));
        let longest = match (name_from == title_end + 1, particled) {
            (true, true) => 6,
            (true, false) => 4,
            _ => 3,
        };
        // "Mr Alassane OUATTARA": a surname in capitals after a given name.
        // Not letters after a name ("Louise Martin CBE").
        let capital_surname = |j: usize| {
            j > name_from
                && w(j).len() >= 3
                && w(j).chars().all(|c| c.is_uppercase())
                && w(j - 1).chars().any(char::is_lowercase)
                && !POST_NOMINALS.contains(&w(j))
        };
        while j < words.len()
            && j < name_from + longest + usize::from(j > name_from && regnal(j))
            && (is_name_token(w(j))
                || (j == name_from && korean_family(j))
                || regnal(j)
                || month_surname(j)
                || capital_surname(j)
                // "Dr Ng Eng Hen", "CEO Phillip Eng": after a given name,
                // "Eng" is a name, not the engineer's form of address.
                || (j > name_from && w(j) == "Eng"))
            && (if j == name_from {
                // "Mr. Arifin Tasrif": the stop of an abbreviated title.
                lead_gap == " "
                    || lead_gap == ", "
                    // "(“JOGMEC”, Chairman & CEO: Tetsuhiro Hosono)".
                    || lead_gap == ": "
                    || (lead_gap == ". "
                        && name_from == title_end + 1
                        && [
                            "Mr", "Mrs", "Ms", "Dr", "Smt", "Hon", "Prof", "Gov", "Sen", "Rep",
                            "H.E", "H.W", "Eng", "Engr", "Gen", "Col",
                        ]
                        .contains(&w(title_end)))
            } else {
                gap(j - 1, j) == " "
            })
        {
            j += 1;
        }
        // "Governor of Indiana Eric Holcomb", "… Technology Policy Arati
        // Prabhakar": three words after a preposition or a field word are the
        // end of the role and a name of two.
        if j - name_from == 3
            && (FIELD_WORDS.contains(&w(name_from))
                || (name_from > 0 && matches!(w(name_from - 1), "of" | "in" | "for" | "at" | "to")))
        {
            name_from += 1;
        }
        let mut apposed_role = false;
        if lead_gap == ", " || lead_gap == ": " {
            // "…, Tuiloma Neroni Slade revealed this": a verb after the name
            // closes it too.
            let verb_after = j < words.len()
                && gap(j - 1, j) == " "
                && (SPEECH_VERBS.contains(&w(j))
                    || (w(j).ends_with("ed") && w(j).chars().all(char::is_lowercase)));
            let closed = j < words.len() && gap(j - 1, j).starts_with([',', '.'])
                || j == words.len()
                || verb_after;
            // "President, Iron Ore, Ian Ashby said": the words between the
            // commas complete the role when a name follows them.
            let name_follows = closed
                && j + 1 < words.len()
                && gap(j - 1, j) == ", "
                && is_name_token(w(j))
                && is_name_token(w(j + 1))
                && gap(j, j + 1) == " ";
            if j - name_from < 2 || !closed || name_follows {
                apposed_role = name_follows;
                j = name_from;
            }
        }
        // A name ends its run of capitals: "King Abdullah Economic City" is a
        // place; letters after a name ("Leo Varadkar TD") are no part of it.
        let run_goes_on = j < words.len()
            && j > name_from
            && gap(j - 1, j) == " "
            && name_word(w(j))
            && !POST_NOMINALS.contains(&w(j));
        // "Under Secretary for Trade and Foreign Agricultural Affairs Alexis
        // M. Taylor will …": a long role, then the name at the end of the
        // run of capitals, after the role's last field word.
        let preposition_next = name_from == j
            && name_from < words.len()
            && matches!(w(name_from), "of" | "to" | "in" | "for");
        if run_goes_on
            || apposed_role
            || (name_from == j && (role_end > title_end || preposition_next))
        {
            let mut end = title_end + 1;
            let mut last_cap = None;
            // Commas join only "President, Iron Ore, Ian Ashby"; elsewhere a
            // comma ends the role and its name (lists of people).
            let mut commas = 0;
            while end < words.len() {
                let g = gap(end - 1, end);
                let word = w(end);
                if g == ", " {
                    commas += 1;
                }
                let joins = matches!(g, " " | " & ") || (g == ", " && apposed_role && commas <= 2);
                if !joins {
                    break;
                }
                if capitalised(word) {
                    last_cap = Some(end);
                } else if !matches!(word, "of" | "for" | "and" | "the" | "on" | "to" | "in") {
                    break;
                }
                end += 1;
            }
            // The name: the last two or three words of the run, after a word
            // that can end a role (a field, an organisation's head word, a
            // place, or for two words any capitalised word or a comma).
            let found = last_cap.and_then(|last| {
                [3, 2].into_iter().find_map(|len| {
                    let start = (last + 1).checked_sub(len)?;
                    if start < title_end + 2 {
                        return None;
                    }
                    // "Norges Bank Investment Management Nicolai Tangen":
                    // a company's last word opens no name.
                    let tokens_ok = (start..=last).all(|t| {
                        is_name_token(w(t))
                            && !FIELD_WORDS.contains(&w(t))
                            && !COMPANY_SUFFIXES.contains(&w(t))
                            && w(t) != "Management"
                            // "CEO Dreyer Reports … Volumes Up 70 Percent": a
                            // headline's verb is no name word.
                            && !matches!(w(t), "Up" | "Down")
                            && !HEADLINE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w(t)))
                            && (t == start || gap(t - 1, t) == " ")
                    });
                    let p = start - 1;
                    let before = w(p);
                    let place_before = PLACE_NAMES.contains(before)
                        || (p > 0
                            && gap(p - 1, p) == " "
                            && PLACE_NAMES.contains(&body[words[p - 1].start..words[p].end]));
                    // "CEO of Enova Nils Kristian Nakstad": a word the body
                    // also writes without this name after it names a body
                    // of its own ("Enova supports …").
                    let stands_alone = || {
                        body.matches(before).count()
                            > body.matches(&format!("{before} {}", w(start))).count()
                    };
                    let ends_role = FIELD_WORDS.contains(&before)
                        || HEADS.contains(before)
                        || place_before
                        || (capitalised(before)
                            && !TITLE_STARTS.contains(before)
                            && !matches!(before, "The" | "A" | "An")
                            && stands_alone());
                    let role_ok = if len == 3 {
                        ends_role && gap(p, start) == " "
                    } else {
                        ends_role
                            || gap(p, start) == ", "
                            // "Executive Director of The Pittsburgh Promise":
                            // after an article the capitals are a body's.
                            || (capitalised(before)
                                && !TITLE_STARTS.contains(before)
                                && !matches!(before, "The" | "A" | "An"))
                    };
                    (tokens_ok && role_ok).then_some((start, last))
                })
            });
            match found {
                Some((start, last)) => {
                    let span = words[start].start..words[last].end;
                    out.push(full_name(
                        body,
                        span,
                        "person.long-role",
                        Some(body[words[i].start..words[start - 1].end].to_string()),
                    ));
                    i = last + 1;
                    continue;
                }
                None if run_goes_on => {
                    i += 1;
                    continue;
                }
                None => {}
            }
        }
        let mut name_tokens = name_from..j;
        // "Executive Director Operations Graeme Rowley", "… and Small
        // Businesses Silvio Schembri": a department or field before a name
        // of two is the role's; "Tan Sri" is a form of address.
        if name_tokens.len() == 3 {
            let first = w(name_tokens.start);
            let role_word = DEPARTMENTS.contains(&first)
                || FIELD_WORDS.contains(&first)
                || [
                    "Businesses",
                    "Enterprises",
                    "Affairs",
                    "Industries",
                    "Services",
                ]
                .contains(&first);
            if role_word {
                name_tokens.start += 1;
            }
        }
        if name_tokens.len() >= 4
            && w(name_tokens.start) == "Tan"
            && w(name_tokens.start + 1) == "Sri"
        {
            name_tokens.start += 2;
        }
        // "Minister for Trade Yeo Han-koo": the complement swallowed the name.
        if name_tokens.is_empty() && role_end > title_end {
            let tail: Vec<usize> = (title_end + 2..=role_end).collect();
            let plain_tail = tail.len() >= 3
                && tail.windows(2).all(|p| gap(p[0], p[1]) == " ")
                && is_name_token(w(role_end))
                && is_name_token(w(role_end - 1))
                && tail.iter().all(|&t| !matches!(w(t), "and" | "of"));
            let hyphenated = w(role_end).contains('-')
                && w(role_end)
                    .split('-')
                    .nth(1)
                    .is_some_and(|s| s.starts_with(char::is_lowercase));
            if plain_tail || (hyphenated && tail.len() >= 3) {
                // The name is what follows the last field word, two or three
                // words: "for Finance Heng Swee Keat".
                let names = tail
                    .iter()
                    .rev()
                    .take_while(|&&t| is_name_token(w(t)) && !FIELD_WORDS.contains(&w(t)))
                    .count();
                let len = names.clamp(2, 3);
                name_tokens = role_end + 1 - len..role_end + 1;
                role_end -= len;
            }
        }
        let role = body[words[i].start..words[role_end].end].to_string();
        // "Mr", "Shri", "Honourable" are courtesies, not roles.
        let honorific = role_end == title_end && HONORIFICS.contains(&w(title_end));
        // "Minister of Housing and Land Use Planning": a field word ends a
        // portfolio, not a name.
        let field_last = !name_tokens.is_empty() && FIELD_WORDS.contains(&w(name_tokens.end - 1));
        // "Executive Director of The Pittsburgh Promise": after an article
        // the capitals are a body's.
        let article_before = !name_tokens.is_empty()
            && name_tokens.start > 0
            && matches!(w(name_tokens.start - 1), "The" | "A" | "An");
        // "Donald A. Stewart, Chief Executive Officer, Sun Life Financial,
        // said": a role set off after a name is that name's, and the words
        // after its comma are the employer, not another person.
        let employer_after_role = lead_gap == ", " && named_before_titles(role_end);
        if !field_last
            && !article_before
            && !employer_after_role
            && (name_tokens.len() >= 2
                // "Kim Jung-kwan" alone; "K. V. Kamath", initials joined.
                // "Mr Hamilton-Smith" is a double-barrelled surname.
                || (name_tokens.len() == 1
                    && (w(name_tokens.start)
                        .split_once('-')
                        .is_some_and(|(_, given)| given.starts_with(char::is_lowercase))
                        || w(name_tokens.start).contains(". ")
                        // "JB Pritzker", initials joined to the surname.
                        || w(name_tokens.start).split_once(' ').is_some_and(|(a, _)| {
                            a.len() == 2 && a.chars().all(|c| c.is_ascii_uppercase())
                        }))))
        {
            let span = words[name_tokens.start].start..words[name_tokens.end - 1].end;
            out.push(full_name(
                body,
                span,
                "person.title-name",
                (!honorific).then_some(role),
            ));
            i = name_tokens.end;
            continue;
        }
        // "Dr. Reddy's Laboratories": a titled name that owns a company
        // names the company.
        let owns_company = !name_tokens.is_empty() && {
            let rest = &body[words[name_tokens.end - 1].end..];
            ["’s ", "'s "].iter().any(|p| {
                rest.strip_prefix(p)
                    .and_then(|r| r.split([' ', ',', '.']).next())
                    .is_some_and(|next| COMPANY_SUFFIXES.contains(&next))
            })
        };
        // "Member States", "Member Countries" are no member named.
        let plural_body = matches!(
            w(name_tokens.start.min(words.len() - 1)),
            "States" | "Countries" | "Nations" | "Economies" | "Organisations" | "Organizations"
        );
        if name_tokens.len() == 1
            && role_end == title_end
            && !owns_company
            && !plural_body
            && !FIELD_WORDS.contains(&w(name_tokens.start))
            && !DEPARTMENTS.contains(&w(name_tokens.start))
            // "Asset Manager Awards", "Sales Manager Nordic": no one is
            // called "Manager Smith" for short.
            && w(title_end) != "Manager"
        {
            // "Minister Kim": a short reference, resolved later.
            let span = words[i].start..words[name_tokens.start].end;
            out.push(Cand {
                span,
                rule: "person.title-surname",
                data: CandData::Person {
                    name: w(name_tokens.start).to_string(),
                    role: Some(role),
                    short: true,
                },
            });
            i = name_tokens.end;
            continue;
        }
        i += 1;
    }
    // "trade and development minister Lilianne Ploumen", "chief executive
    // Sam Walsh": a title in lower case right before a name.
    for k in 0..words.len() {
        // Most words open no title: one set lookup before any matching.
        if !LOWER_TITLE_FIRSTS.contains(w(k)) {
            continue;
        }
        let title_len = LOWER_TITLES.iter().find_map(|t| {
            let n_parts = t.split(' ').count();
            let fits = t
                .split(' ')
                .enumerate()
                .all(|(n, p)| k + n < words.len() && w(k + n) == p)
                && (1..n_parts).all(|n| gap(k + n - 1, k + n) == " ");
            fits.then_some(n_parts)
        });
        let Some(tl) = title_len else { continue };
        // "Ontario NDP leader Marit Stiles", "Liberal Party leader …",
        // "opposition leader …": a party's leader; "market leader Samsung"
        // and "European leader Airbus" are companies.
        if w(k) == "leader"
            && !(k > 0
                && gap(k - 1, k) == " "
                && (matches!(w(k - 1), "Party" | "party" | "opposition")
                    || (w(k - 1).len() >= 2 && w(k - 1).chars().all(|c| c.is_ascii_uppercase()))))
        {
            continue;
        }
        let mut from = k + tl;
        let mut title_last = from - 1;
        if from >= words.len() || gap(from - 1, from) != " " {
            continue;
        }
        // "executive chairman Dato' Faisal Zelman": a form of address
        // between the title and the name.
        if HONORIFICS.contains(&w(from).trim_end_matches('.'))
            && from + 1 < words.len()
            && matches!(gap(from, from + 1), " " | ". " | "' " | "’ ")
        {
            from += 1;
        }
        // "The executive director of PROINVERSIÓN, José Salardi, explained":
        // the title's body, then the name between commas.
        // "the Argentine ambassador in Beijing, Sabino Vaca Narvaja": a post
        // abroad takes its place the same way.
        let mut apposed = false;
        if matches!(w(from), "of" | "in" | "to") && from + 1 < words.len() {
            let mut e = from + 1;
            if w(e) == "the" {
                e += 1;
            }
            let body_start = e;
            // "of the Chamber of Commerce": connectors inside the body's name.
            while e < words.len()
                && e < body_start + 7
                && gap(e - 1, e) == " "
                && (name_word(w(e))
                    || (e > body_start
                        && matches!(w(e), "of" | "and" | "for" | "&" | "the")
                        // "of the Central Bank of the Dominican Republic":
                        // "the" only after "of".
                        && (w(e) != "the" || w(e - 1) == "of")
                        && words.get(e + 1).is_some_and(|n| {
                            let n = &body[n.clone()];
                            name_word(n) || (n == "the" && w(e) == "of")
                        })))
            {
                e += 1;
            }
            // "The governor of the Central Bank of Kenya (CBK), Patrick
            // Njoroge,": the body's acronym between them.
            if e > body_start
                && e + 1 < words.len()
                && gap(e - 1, e) == " ("
                && gap(e, e + 1) == "), "
                && w(e).len() >= 2
                && w(e).chars().all(|c| c.is_ascii_uppercase())
            {
                e += 1;
            }
            if e > body_start && e < words.len() && matches!(gap(e - 1, e), ", " | "), ") {
                title_last = e - 1;
                from = e;
                apposed = true;
            }
        }
        // Up to three name words from there (none when the first is not one).
        let mut j = if from < words.len() && is_name_token(w(from)) {
            run_end(from, 2, &is_name_token) + 1
        } else {
            from
        };
        // The name between commas ends there, or at its verb: "…, Aasim
        // Nawaz Tiwana told APP".
        let verb_after = j < words.len()
            && gap(j - 1, j) == " "
            && (ATTRIBUTION_VERBS.contains(&w(j)) || w(j) == "told");
        if apposed && !(j == words.len() || gap(j - 1, j).starts_with([',', '.']) || verb_after) {
            continue;
        }
        // "official" names no one unless set off after its body.
        if w(k) == "official" && !apposed {
            continue;
        }
        let run_goes_on = j < words.len() && gap(j - 1, j) == " " && name_word(w(j));
        // "chief executive Iron Ore and Australia, Sam Walsh said": the
        // capitals after the title are its divisions when "and" joins them;
        // the name follows the comma.
        if j < words.len() && w(j) == "and" && j + 1 < words.len() && capitalised(w(j + 1)) {
            let mut c = j + 1;
            while c < words.len() && gap(c - 1, c) == " " && capitalised(w(c)) {
                c += 1;
            }
            let mut e = c;
            while e < words.len()
                && e < c + 3
                && is_name_token(w(e))
                && gap(e - 1, e) == if e == c { ", " } else { " " }
            {
                e += 1;
            }
            let ends = e >= words.len() || !capitalised(w(e)) || gap(e - 1, e) != " ";
            if e - c < 2 || !ends {
                continue;
            }
            (from, j) = (c, e);
            title_last = c - 1;
        } else if j - from < 2 || run_goes_on {
            continue;
        }
        let span = words[from].start..words[j - 1].end;
        out.push(full_name(
            body,
            span,
            "person.lower-title",
            Some(body[words[k].start..words[title_last].end].to_string()),
        ));
    }
    // "Explained Barbara Heise, Senior Representative: …": a speech verb
    // opening the sentence is no part of the name after it.
    let speech_verb = |k: usize| {
        let word = w(k);
        if word.contains(char::is_uppercase) {
            SPEECH_VERB_WORDS.contains(word.to_lowercase().as_str())
        } else {
            SPEECH_VERB_WORDS.contains(word)
        }
    };
    // "Chris Bryant, the UK Minister of State …", "Kim Jung-kwan, Minister of …"
    for k in 0..words.len() {
        if speech_verb(k) {
            continue;
        }
        let mut j = k;
        // "Hongook Park, Head of …": a surname that is also a place noun
        // ("Park", "Hall"), last before the comma.
        // "Al Monaco, President and Chief Executive Officer": so may a
        // country's name be, second after a given name.
        let surname_place = |j: usize| {
            j > k
                && (matches!(w(j), "Park" | "Hall") || (j == k + 1 && PLACE_NAMES.contains(w(j))))
                && j + 1 < words.len()
                && gap(j, j + 1) == ", "
                && !PLACE_NAMES.contains(w(j - 1))
        };
        // "Andrew King, CEO of Mondi Group": a surname that is also a title,
        // last before the comma.
        let surname_title = |j: usize| {
            j > k
                && TITLE_STARTS.contains(w(j))
                && j + 1 < words.len()
                && gap(j, j + 1) == ", "
                && !HONORIFICS.contains(&w(j))
                // "Merck Chairman, President and CEO Richard T. Clark": a
                // company's title is no surname.
                && !CORPORATE_TITLE_STARTS.contains(&w(j))
        };
        while j < words.len()
            && j < k + 4
            && (is_name_token(w(j)) || surname_place(j) || surname_title(j))
            && (j == k || gap(j - 1, j) == " ")
        {
            j += 1;
        }
        // "Andrew Wyllie CBE, Chief Executive of Costain": letters after
        // the name stand before its comma.
        let post_nominal = j + 1 < words.len()
            && j - k >= 2
            && gap(j - 1, j) == " "
            && POST_NOMINALS.contains(&w(j))
            && matches!(gap(j, j + 1), ", " | ",  ");
        let name_end = j;
        if post_nominal {
            j += 1;
        }
        // "Giovanni Angelini,  CEO": a doubled space is a typing slip.
        if name_end - k < 2 || j >= words.len() || !matches!(gap(j - 1, j), ", " | ",  ") {
            continue;
        }
        if k > 0 && is_name_token(w(k - 1)) && gap(k - 1, k) == " " && !speech_verb(k - 1) {
            continue; // not the start of the run
        }
        // "Governor of Indiana Eric Holcomb, …": after a preposition the
        // first word is the role's, and the title rule names the person.
        // "According to Rob Frohn, …" names a person, though.
        let according = k > 1 && w(k - 1) == "to" && w(k - 2).eq_ignore_ascii_case("according");
        // "with the participation of Michiro Hara, Managing Director of
        // Keidanren": two name words alone after "of" are a person's.
        // "Minister of Foreign Affairs, …" is a portfolio: a field,
        // department or place opens it, or a title stands before "of".
        let two_after_of = name_end - k == 2
            && k >= 2
            && matches!(w(k - 1), "of" | "with")
            && !FIELD_WORDS.contains(&w(k))
            && !FIELD_WORDS.contains(&w(k + 1))
            && !DEPARTMENTS.contains(&w(k))
            && !PLACE_NAMES.contains(w(k))
            && !TITLE_STARTS.contains(w(k - 2));
        if k > 0
            && matches!(w(k - 1), "of" | "in" | "for" | "at" | "to" | "the")
            && !according
            && !two_after_of
        {
            continue;
        }
        // "Minister of Housing and Land Use Planning, Minister of Tourism,
        // Mr …": the words end a portfolio begun in the same clause.
        let clause_start = body[..words[k].start]
            .rfind([';', '.', '\n'])
            .map_or(0, |i| i + 1);
        let clause: Vec<&str> = body[clause_start..words[k].start]
            .split_whitespace()
            .collect();
        let portfolio = clause
            .windows(2)
            .rposition(|p| TITLE_STARTS.contains(p[0]) && matches!(p[1], "of" | "for"))
            .is_some_and(|t| {
                let rest = &clause[t + 2..];
                // "…, and Khalid Al-Falih, Minister of …": a list of people.
                let next_person = rest.len() >= 2
                    && rest[rest.len() - 1] == "and"
                    && rest[rest.len() - 2].ends_with(',');
                !next_person
                    && rest
                        .iter()
                        .all(|x| capitalised(x) || matches!(*x, "and" | "of" | "the" | "for" | "&"))
            });
        if portfolio {
            continue;
        }
        let after = &body[words[j].start..];
        // "Kirsten Lund-Jurgensen, Ph.D., Executive Vice President": a
        // degree between the name and its role.
        let after = ["Ph.D., ", "PhD, ", "M.D., ", "MD, ", "Esq., "]
            .iter()
            .find_map(|d| after.strip_prefix(d))
            .unwrap_or(after);
        let after = after.strip_prefix("the ").unwrap_or(after);
        // The role runs to a comma, a semicolon or a sentence's stop (not the
        // stops of "U.K.").
        let role_clause = &after[..clause_end(after)];
        let role_words: Vec<&str> = role_clause.split(' ').collect();
        // "Tetsuo Ogawa, president and chief executive officer, …": roles
        // are often lower case after a name.
        let titled = role_words.iter().take(6).any(|rw| {
            let cap = capitalise_first(rw);
            TITLE_LASTS.contains(cap.as_str())
                // "Executive Committee member responsible for …".
                || cap == "Member"
                // "Siobhan Heafield, Chief Nurse, NHS England …": "Chief"
                // makes a title of the word after it.
                || cap == "Chief"
        }) || role_clause.starts_with("responsible for ");
        // "Eric Holcomb, Senator Todd Young, …": a list of titled names, not
        // a name and its role.
        let segment = role_clause;
        let seg_words: Vec<&str> = segment.split(' ').filter(|w| !w.is_empty()).collect();
        let n = seg_words.len();
        // "President of Fox International Productions" ends in an
        // organisation's name, not a person's.
        // A list goes on after a comma: "Laura Mason, CEO Legal & General
        // Retirement Institutional: …" is one name and its role.
        let goes_on = after[role_clause.len()..].starts_with(',');
        let list = n >= 3
            && goes_on
            && !seg_words.contains(&"of")
            && seg_words[n - 2..].iter().all(|t| is_name_token(t))
            && !PLACE_NAMES.contains(seg_words[n - 2..].join(" ").as_str())
            && capitalised(seg_words[n - 3]);
        // "Ribas do Rio Pardo, in Mato Grosso do Sul state": a place, then
        // where it lies; a role opens with no preposition.
        let located = matches!(
            seg_words.first().copied(),
            Some("in" | "at" | "on" | "near" | "from" | "of" | "which" | "where" | "and")
        );
        if titled && !list && !located {
            let span = words[k].start..words[name_end - 1].end;
            let role = role_clause.trim().trim_end_matches('.').to_string();
            out.push(full_name(body, span, "person.name-role", Some(role)));
        }
    }
    // "Presidents Ezer Weizman and Ernesto Zedillo", "Secretaries Carlos
    // Gutierrez, Mike Johanns and …": a plural title names each in its list.
    // "Ministers Davis, Twyford, Parker and Jones": after a surname, a list
    // of surnames.
    let mut listed = Vec::new();
    for c in out.iter() {
        let CandData::Person {
            role: Some(role),
            short,
            ..
        } = &c.data
        else {
            continue;
        };
        if !PLURAL_TITLES.contains(&role.as_str()) {
            continue;
        }
        let short = *short;
        let mut end = c.span.end;
        loop {
            let rest = &body[end..];
            let Some(sep) = [", and ", ", ", " and "]
                .into_iter()
                .find(|s| rest.starts_with(s))
            else {
                break;
            };
            let Ok(k) = words.binary_search_by(|x| x.start.cmp(&(end + sep.len()))) else {
                break;
            };
            let mut j = k;
            while j < words.len()
                && j < k + 3
                && is_name_token(w(j))
                && (j == k || gap(j - 1, j) == " ")
            {
                j += 1;
            }
            if short && j - k == 1 {
                listed.push(Cand {
                    span: words[k].clone(),
                    rule: "person.title-surname",
                    data: CandData::Person {
                        name: w(k).to_string(),
                        role: Some(role.clone()),
                        short: true,
                    },
                });
                end = words[k].end;
                if sep != ", " {
                    break;
                }
                continue;
            }
            if j - k < 2 {
                break;
            }
            let span = words[k].start..words[j - 1].end;
            listed.push(full_name(
                body,
                span,
                "person.title-name",
                Some(role.clone()),
            ));
            end = words[j - 1].end;
            if sep != ", " {
                break;
            }
        }
    }
    out.extend(listed);
    // "has appointed Gail Kelly to be … Mrs Kelly will join": a courtesy
    // title ("Mrs", "Shri", "Prof.") or a title ("President Akufo-Addo")
    // before a surname vouches for the name it ends elsewhere in the
    // release. So does an age after it: "John Furner, 51, to succeed".
    let courtesy: HashSet<String> = out
        .iter()
        .filter_map(|c| match &c.data {
            CandData::Person {
                name,
                role: Some(role),
                short: true,
            } if matches!(
                role.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Shri" | "Smt" | "Sri" | "Prof" | "Professor"
            ) || TITLE_STARTS.contains(role.as_str()) =>
            {
                Some(name.clone())
            }
            _ => None,
        })
        .collect();
    let taken = person_spans(out);
    let mut again = Vec::new();
    for k in 1..words.len() {
        if gap(k - 1, k) != " " || !is_name_token(w(k - 1)) || !is_name_token(w(k)) {
            continue;
        }
        let aged = k + 2 < words.len()
            && gap(k, k + 1) == ", "
            && w(k + 1).len() == 2
            && w(k + 1).chars().all(|c| c.is_ascii_digit())
            && gap(k + 1, k + 2).starts_with(',');
        // "Carolyn D. Greenspon … Ms. Greenspon": the surname after a
        // merged initial.
        let surname = w(k).rsplit(". ").next().unwrap_or(w(k));
        if !(courtesy.contains(surname) || aged) {
            continue;
        }
        // "Hardeep Singh Puri today took over … Shri Puri": three name
        // words when nothing that could be a name or a title's field comes
        // before them ("Minister of Health Jane Doe" is no three-word name).
        let mut from = k - 1;
        if from >= 1
            && gap(from - 1, from) == " "
            && is_name_token(w(from - 1))
            && !HONORIFICS.contains(&w(from - 1))
            && !FIELD_WORDS.contains(&w(from - 1))
            && (from == 1
                || !name_word(w(from - 2)) && !matches!(w(from - 2), "of" | "for" | "and" | "the"))
        {
            from -= 1;
        }
        let before_is_name = from >= 1
            && gap(from - 1, from) == " "
            && name_word(w(from - 1))
            && !HONORIFICS.contains(&w(from - 1));
        // "the Stephen A. Schwarzman Centre" names a building.
        let after_is_name = k + 1 < words.len() && gap(k, k + 1) == " " && name_word(w(k + 1));
        // "Combining Kerasotes …": a participle opening a sentence.
        let participle =
            w(from).ends_with("ing") && (from == 0 || !gap(from - 1, from).trim_end().is_empty());
        let span = words[from].start..words[k].end;
        if !before_is_name && !after_is_name && !participle && !overlaps_any(&taken, &span) {
            again.push(full_name(body, span, "person.named-again", None));
        }
    }
    out.extend(again);
    initialled_names(body, &courtesy, out);
    // "Meridian’s General Manager Development, Guy Waipara, says …", "the
    // Minister for Finance, Paschal Donohoe TD, has …": a name set off by
    // commas after a title in the same clause.
    let taken = person_spans(out);
    let mut set_off = Vec::new();
    for k in 1..words.len().saturating_sub(2) {
        if gap(k - 1, k) != ", " || !is_name_token(w(k)) || !is_name_token(w(k + 1)) {
            continue;
        }
        if gap(k, k + 1) != " " {
            continue;
        }
        let mut end = k + 1;
        if end + 1 < words.len() && gap(end, end + 1) == " " && is_name_token(w(end + 1)) {
            end += 1;
        }
        let mut after = end + 1;
        if after < words.len() && gap(end, after) == " " && POST_NOMINALS.contains(&w(after)) {
            after += 1;
        }
        let closes = body[words[after - 1].end..].starts_with([',', '.'])
            || (after < words.len()
                && gap(after - 1, after) == " "
                && ATTRIBUTION_VERBS.contains(&w(after)));
        // A title among the few words before, in the same clause run.
        let from = body[..words[k].start]
            .rfind(['.', ';', '\n', '“', '”'])
            .map_or(0, |i| {
                i + body[i..].chars().next().map_or(1, char::len_utf8)
            });
        let lead: Vec<&str> = body[from..words[k].start].split_whitespace().collect();
        // A title in a short lead-in ("the Minister for Finance, Paschal
        // Donohoe TD,"), or in the comma segment just before the name
        // however long the clause ("… sanctioned by the Minister for Public
        // Expenditure and Reform, Brendan Howlin TD, will …"); not two
        // segments back ("…, Managing Director, International Operations,
        // Tim Hortons," names a company) nor before a list of places ("…
        // Governor of the Bank of Ghana to Munich, London, New York,").
        let segment = body[from..words[k].start]
            .trim_end()
            .rsplit(", ")
            .next()
            .unwrap_or("");
        let titled = (lead.len() <= 10 && lead.iter().any(|t| TITLE_STARTS.contains(t)))
            || (lead.len() <= 30
                && segment
                    .split_whitespace()
                    .rev()
                    .take(10)
                    .any(|t| TITLE_STARTS.contains(t)))
            // "said Naspers chair, Ton Vosloo": a title in lower case, just
            // before the comma, after other words ("Nick Kittredge,
            // president, Prologis East Region" sets off the employer).
            || (segment.split_whitespace().count() >= 2
                && segment
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|t| LOWER_CASE_TITLES.contains(&t.trim_end_matches(','))));
        let span = words[k].start..words[end].end;
        // "Minister of Commerce, Consumer Affairs, …": a portfolio.
        let portfolio = (k..=end).any(|t| {
            FIELD_WORDS.contains(&w(t))
                || DEPARTMENTS.contains(&w(t))
                || matches!(w(t), "Affairs" | "Services" | "Industries" | "Development")
        });
        if closes
            && titled
            && !portfolio
            && !named_before_titles(k - 1)
            && !overlaps_any(&taken, &span)
        {
            set_off.push(full_name(body, span, "person.set-off", None));
        }
    }
    out.extend(set_off);
    // "Kou Wei said:", "…, said Stephan Evers, chargé d'affaires …": two
    // to four name words with no title at all, just before a speech verb
    // or just after one and closing the clause (or before ", who", a title
    // after "as", a role set off before "said"). Companies speak too, but
    // their names carry a head word or a legal form, or an article.
    let taken = person_spans(out);
    // "Graziano da Silva, who …" after "José Graziano da Silva": the
    // surname pass reads the end of a name found already.
    let known: Vec<&str> = out
        .iter()
        .filter(|c| matches!(c.data, CandData::Person { .. }))
        .map(|c| &body[c.span.clone()])
        .collect();
    let mut speaking = Vec::new();
    for k in 0..words.len().saturating_sub(1) {
        // The cheap tests first, as this runs over every word: a run of two
        // to four capitals with no capital after it.
        if !capitalised(w(k)) || (k > 0 && gap(k - 1, k) == " " && capitalised(w(k - 1))) {
            continue;
        }
        let end = run_end(k, 3, &capitalised);
        if end == k
            || (end + 1 < words.len() && gap(end, end + 1) == " " && capitalised(w(end + 1)))
        {
            continue;
        }
        let speech = |t: usize| ATTRIBUTION_VERBS.contains(&w(t));
        let verb_after = end + 1 < words.len() && gap(end, end + 1) == " " && speech(end + 1);
        // "According to Manuel Campbell, coordinator of …" cites a person
        // as a verb before would.
        let according = k > 1
            && matches!(w(k - 2), "According" | "according")
            && w(k - 1) == "to"
            && gap(k - 1, k) == " ";
        let verb_before = k > 0
            && gap(k - 1, k) == " "
            && (speech(k - 1) || according)
            && body[words[end].end..].starts_with([',', '.']);
        // "Ghias Khan – President & CEO Engro Corporation said:", "Amal
        // Alsayegh, System Senior Analyst – Production IT at EGA, said:": a
        // role set off between the name, opening its clause, and the verb.
        // Not after a title ("President, Iron Ore, Ian Ashby said": a
        // division), and the words set off hold a title.
        let titled = |t: &str| TITLE_STARTS.contains(t) || CORPORATE_TITLE_WORDS.contains(&t);
        let clause_start = k == 0
            || gap(k - 1, k).contains('\n')
            || (gap(k - 1, k).starts_with(", ") && !titled(w(k - 1)))
            || gap(k - 1, k).starts_with(". ");
        let apposed_verb = || {
            clause_start && {
                let rest = &body[words[end].end..];
                [", ", " – ", " - "]
                    .iter()
                    .find_map(|g| rest.strip_prefix(g))
                    .and_then(|r| {
                        let stop = r.find(['.', '“', '"', '\n', ';', '(']).unwrap_or(r.len());
                        let clause = &r[..floor_boundary(r, stop.min(140))];
                        let at = [", said", ", says", " said", " says"]
                            .iter()
                            .filter_map(|v| clause.find(v))
                            .min()?;
                        clause[..at]
                            .split([' ', ','])
                            .any(|t| titled(t) || titled(t.trim_end_matches(['’', '\''])))
                            .then_some(at)
                    })
                    .is_some()
            }
        };
        // "welcome Cai Zongjian, who currently runs …": a relative "who";
        // "the reappointment of Timothy Antoine as Governor": a name taking
        // a title.
        let rest = &body[words[end].end..];
        let who = rest.starts_with(", who ");
        let as_title = rest.strip_prefix(" as ").is_some_and(|r| {
            let r = ["the ", "its ", "our ", "their "]
                .iter()
                .find_map(|a| r.strip_prefix(a))
                .unwrap_or(r);
            r.split([' ', ',', '.'])
                .next()
                .is_some_and(|t| TITLE_STARTS.contains(t) || CORPORATE_TITLE_WORDS.contains(&t))
        });
        if !(verb_after || verb_before || who || as_title || apposed_verb()) {
            continue;
        }
        // Every word a name's; "Al Mansoori said" after "Sultan bin Saeed Al
        // Mansoori" is a surname, left to the surname pass; "Tan Sri Mohd
        // Bakke said" is a form of address before a name.
        if !(k..=end).all(|t| is_name_token(w(t)))
            || matches!(w(k), "Al" | "El")
            // ("Phillip Eng said": a surname after a given name is none.)
            || (k..=end).any(|t| HONORIFICS.contains(&w(t)) && !(t > k && w(t) == "Eng"))
            || (k..=end).any(|t| {
                is_legal_form(w(t))
                    || COMPANY_SUFFIXES.contains(&w(t))
                    || TRADE_NAME_ENDS.contains(&w(t))
            })
        {
            continue;
        }
        // "Chairman and CEO of Trina Solar said": a title's complement is
        // the speaker's employer; so is a role's place set off by a dash
        // ("Senior Manager of Operations - London Heathrow said:").
        let governed = k > 0
            && (matches!(w(k - 1), "the" | "The" | "of" | "at")
                || (matches!(gap(k - 1, k), " - " | " – " | " — ") && capitalised(w(k - 1))));
        let span = words[k].start..words[end].end;
        let text = &body[span.clone()];
        // "Argonne National Laboratory, who applied": an institution.
        let institution = text.split(' ').any(|t| {
            matches!(
                t,
                "National"
                    | "Laboratory"
                    | "Center"
                    | "Centre"
                    | "Institute"
                    // "Director, Greenpeace International said:".
                    | "International"
            )
        });
        let tail_of_known = known.iter().any(|n| {
            n.len() > text.len() && n.ends_with(text) && n[..n.len() - text.len()].ends_with(' ')
        });
        if !governed && !institution && !tail_of_known && !overlaps_any(&taken, &span) {
            speaking.push(full_name(body, span, "person.speaking", None));
        }
    }
    out.extend(speaking);
    // "The Chairman of the Swiss National Bank’s Governing Board, Thomas
    // Jordan, has …", "Thuraya’s chief executive officer, Samer Halawi
    // attended", "President of Kajima Corporation, Mitsuyoshi Nakamura;": a
    // role set off by a comma before a name of two or three words that
    // closes its clause. The role is a run of capitals, small joining words
    // and titles, written or lower-case, that holds a title; "The Minister
    // visited Samsung, Hyundai Motor and …" has none next to the comma.
    let taken = person_spans(out);
    let mut apposed = Vec::new();
    for k in 1..words.len().saturating_sub(1) {
        if gap(k - 1, k) != ", " || !is_name_token(w(k)) {
            continue;
        }
        let end = run_end(k, 2, &is_name_token);
        // A verb or "and the …" may follow; a preposition ("Vice-President,
        // Eastern Region at CN") or "and" and capitals ("Minister of
        // Agriculture, Food Sovereignty and Forestry") go on with the role.
        let closes = end + 1 >= words.len()
            || gap(end, end + 1).starts_with([',', ';', '.', ':', ')'])
            || (gap(end, end + 1) == " "
                && w(end + 1).starts_with(char::is_lowercase)
                && !matches!(
                    w(end + 1),
                    "at" | "of" | "in" | "to" | "from" | "on" | "with"
                )
                && !(w(end + 1) == "and"
                    && end + 2 < words.len()
                    && capitalised(w(end + 2))
                    // "Executive Director, Ganesh Nayak and CFO, Nitin
                    // Parekh": another role and its name.
                    && !TITLE_STARTS.contains(w(end + 2))
                    && !CORPORATE_TITLE_WORDS.contains(&w(end + 2))));
        // "President, Iron Ore, Ian Ashby": capitals after the next comma
        // mean the words were the role's.
        let role_goes_on =
            end + 1 < words.len() && gap(end, end + 1) == ", " && capitalised(w(end + 1));
        // "Minister for Regional Integration, Job Creation": a portfolio's
        // nouns, by their endings, are no one's name.
        let common_noun = |t: &str| {
            [
                "tion", "tions", "sion", "ment", "ments", "ity", "ities", "ness", "ance", "ence",
                "ism", "ship", "ics", "ing", "ings",
            ]
            .iter()
            .any(|e| t.ends_with(e))
        };
        let lower_title = |t: &str| LOWER_TITLE_LASTS.contains(t);
        if end == k
            || !closes
            || role_goes_on
            || (k..=end).any(|t| common_noun(w(t)) || lower_title(&w(t).to_lowercase()))
            || (k..=end).any(|t| {
                FIELD_WORDS.contains(&w(t))
                    || HONORIFICS.contains(&w(t))
                    || is_legal_form(w(t))
                    || COMPANY_SUFFIXES.contains(&w(t))
                    || TRADE_NAME_ENDS.contains(&w(t))
                    || CORPORATE_TITLE_WORDS.contains(&w(t))
            })
        {
            continue;
        }
        let role_word = |t: &str| {
            capitalised(t)
                || lower_title(t)
                || matches!(
                    t,
                    "of" | "the"
                        | "for"
                        | "and"
                        | "at"
                        | "from"
                        | "on"
                        | "in"
                        | "board"
                        | "chief"
                        | "managing"
                        | "deputy"
                        | "vice"
                        | "senior"
                        | "interim"
                        | "acting"
                )
        };
        if !role_word(w(k - 1))
            || matches!(
                w(k - 1),
                "of" | "the" | "for" | "and" | "at" | "from" | "on" | "in"
            )
        {
            continue;
        }
        let mut from = k - 1;
        while from > 0
            && k - from < 12
            && matches!(gap(from - 1, from), " " | "’s " | "'s ")
            && role_word(w(from - 1))
        {
            from -= 1;
        }
        // "Ian Ashby, President, Iron Ore": a role set off after a name is
        // that name's, and the capitals after it its division or employer.
        let after_name = from > 0
            && gap(from - 1, from) == ", "
            && taken.iter().any(|s| s.end == words[from - 1].end);
        // "Under the Transaction, Delivery Hero will …": a title's first
        // word ("Under Secretary") before an article is a preposition.
        let titled = !after_name
            && (from..k).any(|t| {
                (TITLE_STARTS.contains(w(t)) && !(t + 1 < k && w(t + 1) == "the"))
                    || CORPORATE_TITLE_WORDS.contains(&w(t))
                    || lower_title(w(t))
            });
        let span = words[k].start..words[end].end;
        if titled && !overlaps_any(&taken, &span) && !place_or_nationality(&body[span.clone()]) {
            let role = body[words[from].start..words[k - 1].end].to_string();
            apposed.push(full_name(body, span, "person.apposed", Some(role)));
        }
    }
    out.extend(apposed);
    // "trustees Francisco Cigarroa, Ursula Burns, Laurene Powell Jobs and
    // Ai-jen Poo": names listed right after a person's, each of two to four
    // name words, are people too when the list closes with "and" and a
    // name. A role, a company or a place among them ends the list unread.
    let taken = person_spans(out);
    // A name may open the list where a later pass finds it again ("trustees
    // Francisco Cigarroa, …" after "Francisco Cigarroa, chair of …").
    let mut firsts = taken.clone();
    for c in out
        .iter()
        .filter(|c| matches!(c.data, CandData::Person { short: false, .. }))
    {
        let name = &body[c.span.clone()];
        if name.contains(' ') {
            firsts.extend(
                body.match_indices(name)
                    .map(|(i, _)| i..i + name.len())
                    .filter(|s| *s != c.span),
            );
        }
    }
    let mut listed = Vec::new();
    for first in &firsts {
        let Ok(mut at) = words.binary_search_by_key(&first.end, |r| r.end) else {
            continue;
        };
        let mut items = Vec::new();
        let mut closed = false;
        // "Jai Bir Rai from Bhutan, V. Muraleedharan from India, and …":
        // each name may say where it comes from.
        let from_place = |at: usize| {
            (at + 2 < words.len()
                && w(at + 1) == "from"
                && gap(at, at + 1) == " "
                && gap(at + 1, at + 2) == " ")
                .then(|| {
                    let mut p = at + 2;
                    if w(p) == "the" && p + 1 < words.len() {
                        p += 1;
                    }
                    place_or_nationality(w(p)).then_some(p)
                })
                .flatten()
        };
        if let Some(p) = from_place(at) {
            at = p;
        }
        while at + 2 < words.len() {
            let mut next = at + 1;
            let last = w(next) == "and" && matches!(gap(at, next), " " | ", ");
            if last {
                next += 1;
            } else if gap(at, next) != ", " {
                break;
            }
            if gap(next - 1, next) != " " && last {
                break;
            }
            // "…, Dr. Bimala Rai Paudyal from Nepal, and …": a person found
            // already, with the title that found them, is an item too.
            let found_item = taken
                .iter()
                .find(|s| {
                    s.start == words[next].start
                        || (next + 1 < words.len()
                            && s.start == words[next + 1].start
                            && TITLE_STARTS.contains(w(next)))
                })
                .and_then(|s| words.binary_search_by_key(&s.end, |r| r.end).ok());
            if let Some(e) = found_item {
                at = from_place(e).unwrap_or(e);
                if last {
                    closed = true;
                    break;
                }
                continue;
            }
            let end = run_end(next, 3, &is_name_token);
            let item = words[next].start..words[end].end;
            // "V. Muraleedharan": an initial joined to its surname is a
            // name of two words.
            let named = (end > next || w(next).contains(". "))
                && (next..=end).all(|t| is_name_token(w(t)))
                && !(end + 1 < words.len() && gap(end, end + 1) == " " && capitalised(w(end + 1)))
                // "and World Business Chicago (WBC)": a name given an
                // acronym is an organisation's.
                && !body[words[end].end..].starts_with(" (")
                && !(next..=end).any(|t| {
                    HONORIFICS.contains(&w(t))
                        || is_legal_form(w(t))
                        || COMPANY_SUFFIXES.contains(&w(t))
                        || TRADE_NAME_ENDS.contains(&w(t))
                        || CORPORATE_TITLE_WORDS.contains(&w(t))
                })
                && !place_or_nationality(&body[item.clone()])
                // "King Ferdinand and Queen Eleanor": a form of address
                // the title lists leave out, as it names places as often.
                && !matches!(w(next), "Queen" | "Lady" | "Lord");
            if !named {
                break;
            }
            items.push(item);
            at = from_place(end).unwrap_or(end);
            if last {
                closed = true;
                break;
            }
        }
        if closed {
            listed.extend(
                items
                    .into_iter()
                    .filter(|s| !overlaps_any(&taken, s))
                    .map(|s| full_name(body, s, "person.listed", None)),
            );
        }
    }
    // Two names of a list may open it at the same item.
    listed.sort_by_key(|c| (c.span.start, c.span.end));
    listed.dedup_by(|a, b| a.span == b.span);
    out.extend(listed);
    // "the President of the Portuguese Republic", "Prince George's County",
    // "Princess Cruises": a state, a county or a company, not a person.
    out.retain(|c| {
        !matches!(c.data, CandData::Person { .. })
            // "the President of the United States": a country; "General
            // Dynamics Electric Boat": a company.
            || !(place_or_nationality(&body[c.span.clone()])
                || body[c.span.clone()]
                    .split(' ')
                    .any(|t| COMPANY_SUFFIXES.contains(&t))
                // "Chief Accounting Officer(s)": a title read as a name;
                // "Wireless Division", "Friendship League": a thing's.
                || matches!(&c.data, CandData::Person { name, .. }
                    if name.split(' ').any(|t| {
                        CORPORATE_TITLE_WORDS.contains(&t.trim_end_matches('s'))
                            || matches!(t, "Division" | "League" | "Economy" | "Package")
                    }))
                || body[c.span.clone()].rsplit(' ').next().is_some_and(|l| {
                matches!(
                    l,
                    "Republic"
                        | "Kingdom"
                        | "Federation"
                        | "Emirates"
                        | "Cruises"
                        | "Airplanes"
                        | "Aircraft"
                        | "Hotels"
                        | "Resorts"
                )
            }) || ["’s County", "'s County"]
                .iter()
                .any(|s| body[c.span.end..].starts_with(s)))
    });
    // "Teodoro L. Locsin Jr.": a generational suffix is part of the name.
    for c in out.iter_mut() {
        let CandData::Person { name, .. } = &mut c.data else {
            continue;
        };
        // "Shri Narendra Modi Jee": a Hindi honorific after a name is not
        // part of it.
        if let Some(bare) = name.strip_suffix(" Jee").or(name.strip_suffix(" Ji"))
            && bare.contains(' ')
        {
            c.span.end -= name.len() - bare.len();
            *name = bare.to_string();
            continue;
        }
        let rest = &body[c.span.end..];
        let suffix = ["Jr.", "Sr.", "III", "II", "IV"].iter().find_map(|x| {
            [" ", ", "]
                .iter()
                .find_map(|g| Some((g.len() + x.len(), rest.strip_prefix(g)?.strip_prefix(x)?)))
        });
        // "… Locsin Jr" read as a name already keeps its stop too.
        let stop = (name.ends_with(" Jr") || name.ends_with(" Sr"))
            .then_some((1, rest.strip_prefix('.').unwrap_or("x")));
        if let Some((len, after)) = suffix.filter(|_| !name.contains(" Jr")).or(stop)
            && !after.starts_with(char::is_alphanumeric)
        {
            c.span.end += len;
            *name = body[c.span.clone()].to_string();
        }
    }
    // "Syed Zaid added:" after "Datuk Syed Zaid Albar": a name of two
    // words or more that opens one longer name found in the release is
    // that person's (not "Donald Trump" beside "Donald Trump Jr.").
    let names: Vec<String> = out
        .iter()
        .filter_map(|c| match &c.data {
            CandData::Person { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    for c in out.iter_mut() {
        let CandData::Person { name, .. } = &mut c.data else {
            continue;
        };
        if !name.contains(' ') {
            continue;
        }
        let mut longer = names.iter().filter(|n| {
            n.strip_prefix(name.as_str()).is_some_and(|rest| {
                rest.starts_with(' ')
                    && !["Jr", "Sr", "II", "III", "IV"]
                        .iter()
                        .any(|g| rest.trim_start_matches([' ', ',']).starts_with(g))
                    // "Andy Marsh Delivers Remarks", a heading read as a
                    // name, is no longer form of his.
                    && !rest
                        .split(' ')
                        .any(|w| HEADLINE_VERBS.contains(&w.to_lowercase().as_str()))
            })
        });
        if let Some(full) = longer.next()
            && longer.all(|n| n == full)
        {
            *name = full.clone();
        }
    }
}

/// Titles as releases write them in lower case before a name set off by a
/// comma ("said Naspers chair, Ton Vosloo").
const LOWER_CASE_TITLES: &[&str] = &[
    "successor",
    "predecessor",
    "counterpart",
    "colleague",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "minister",
    "director",
    "secretary",
    "governor",
    "mayor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "vice-chancellor",
    "chancellor",
    "commissioner",
    "ambassador",
    "founder",
    "officer",
    "manager",
];

/// Last words of the names of publications and firms that are no
/// company suffix elsewhere ("Central Banking Journal said", "Azure Power
/// said"): a speaking name with one of them is not a person's.
const TRADE_NAME_ENDS: &[&str] = &[
    "Journal", "Magazine", "Times", "Post", "News", "Review", "Ventures", "Media", "Power",
];

/// Is the place at `span` part of a compound name such as "U.S.-India CEO
/// Forum" or "U.S.-Africa Business Forum": joined by a hyphen or dash to
/// other capitalised words that run on to a name's head word?
pub(super) fn in_compound_name(body: &str, span: &Range<usize>) -> bool {
    // Walk to the end of the capitalised run that contains the place.
    let start = body[..span.start]
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |i| i + 1);
    let rest = &body[start..];
    if !rest[..span.end - start].contains(['-', '–']) && !body[span.end..].starts_with(['-', '–'])
    {
        return false;
    }
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    let run: Vec<&str> = words
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .copied()
        .collect();
    run.len() >= 2
        && run.last().is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':', ')']);
            HEADS.contains(w)
                || PLACE_NOUNS.contains(&w)
                || [
                    "Forum",
                    "Summit",
                    "Dialogue",
                    "Business",
                    "Partnership",
                    "Area",
                    "Region",
                    "Zone",
                    "Corridor",
                    "Package",
                    "Initiative",
                    "Programme",
                    "Program",
                    "Plan",
                    "Strategy",
                    "Facility",
                    "Agenda",
                    "Framework",
                ]
                .contains(&w)
        })
}

/// A person named in full at `span`, with the role the rule read.
fn full_name(body: &str, span: Range<usize>, rule: &'static str, role: Option<String>) -> Cand {
    // "Tan Sri Rafidah Aziz": a Malaysian honour is no part of the name.
    // (Not a title: "Tan" alone is a surname, as in "Tan Chong Meng".)
    let honour = ["Tan Sri ", "Puan Sri ", "Toh Puan "]
        .iter()
        .find(|h| body[span.clone()].starts_with(**h) && span.len() > h.len());
    let span = honour.map_or(span.clone(), |h| span.start + h.len()..span.end);
    // "Today Taavi Veskimägi, CEO of Elering": a sentence's opening word
    // before two or more names is no part of them.
    let text = &body[span.clone()];
    let opener = text.split_once(' ').filter(|(first, rest)| {
        (DAY_WORDS.contains(first) || SENTENCE_ADVERBS.contains(first)) && rest.contains(' ')
    });
    // "Michelle O’Neill ADDED:": a speech verb in capitals after the name
    // is no part of it.
    let span = match text.rsplit_once(' ') {
        Some((head, verb))
            if head.contains(' ')
                && verb.chars().all(|c| c.is_ascii_uppercase())
                && SPEECH_VERB_WORDS.contains(verb.to_lowercase().as_str()) =>
        {
            span.start..span.start + head.len()
        }
        _ => span,
    };
    let text = &body[span.clone()];
    // "Vice President of Operations, East Jared Mull": a role's region
    // before a given name is the role's.
    let region = text.split_once(' ').filter(|(first, rest)| {
        matches!(*first, "East" | "West" | "North" | "South" | "Central")
            && rest.contains(' ')
            && rest
                .split(' ')
                .next()
                .is_some_and(|g| !place_or_nationality(g))
    });
    let span = opener.or(region).map_or(span.clone(), |(first, _)| {
        span.start + first.len() + 1..span.end
    });
    Cand {
        data: CandData::Person {
            name: body[span.clone()].to_string(),
            role,
            short: false,
        },
        span,
        rule,
    }
}

/// The spans of the people found so far.
fn person_spans(out: &[Cand]) -> Vec<Range<usize>> {
    out.iter()
        .filter(|c| matches!(c.data, CandData::Person { .. }))
        .map(|c| c.span.clone())
        .collect()
}

/// The last word of the run that starts at word `k`: the words after it,
/// at most `most`, joined by single spaces and each passing `keep`.
fn word_run_end(
    body: &str,
    words: &[Range<usize>],
    k: usize,
    most: usize,
    keep: &dyn Fn(&str) -> bool,
) -> usize {
    let mut end = k;
    while end + 1 < words.len()
        && end - k < most
        && &body[words[end].end..words[end + 1].start] == " "
        && keep(&body[words[end + 1].clone()])
    {
        end += 1;
    }
    end
}

/// The spans every rule has read so far but the quotations, which other
/// facts sit inside.
fn fact_spans(out: &[Cand]) -> Vec<Range<usize>> {
    out.iter()
        .filter(|c| !matches!(c.data, CandData::Quote { .. }))
        .map(|c| c.span.clone())
        .collect()
}

/// Whether `span` overlaps any of `spans`.
fn overlaps_any(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    spans
        .iter()
        .any(|t| t.start < span.end && span.start < t.end)
}

/// "L.R. Raymond will be the Chairman", "SW Engelbrecht, the General
/// Manager of Ngodwana mill, commented": a surname after initials is a
/// person's when a courtesy title vouches for it elsewhere ("Mr. Raymond")
/// or a role or a verb of office follows. Dotted initials alone ("H.J.
/// Heinz", "J.P. Morgan") name companies as often, so the evidence decides.
fn initialled_names(body: &str, courtesy: &HashSet<String>, out: &mut Vec<Cand>) {
    static INITIALLED: LazyLock<Regex> = LazyLock::new(|| {
        // ASCII boundaries and no groups keep this on the fast DFA.
        Regex::new(r"(?-u:\b)(?:(?:[A-Z]\.){1,3} ?|[A-Z]{2} )[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?-u:\b)")
            .expect("the initialled-name pattern compiles")
    });
    let taken = person_spans(out);
    let mut found = Vec::new();
    for m in INITIALLED.find_iter(body) {
        let text = m.as_str();
        let cut = text.rfind(['.', ' ']).map_or(0, |i| i + 1);
        let (init, sur) = text.split_at(cut);
        let before = &body[..m.start()];
        // Inside a longer name ("John F. Kennedy"), or an acronym's tail.
        if before.ends_with(|ch: char| ch.is_alphanumeric() || ch == '.')
            || before
                .trim_end_matches(' ')
                .rsplit(' ')
                .next()
                .is_some_and(|p| {
                    before.ends_with(' ') && capitalised(p) && !p.ends_with(['.', ':', ';'])
                })
        {
            continue;
        }
        // "The W.B.Yeats will sail": an article names a thing.
        let article = before
            .trim_end_matches(' ')
            .rsplit(' ')
            .next()
            .is_some_and(|p| matches!(p, "the" | "The" | "a" | "A"));
        if article
            || HEADS.contains(sur)
            || COMPANY_SUFFIXES.contains(&sur)
            || place_or_nationality(sur)
            || month_number(sur).is_some()
            || TITLE_STARTS.contains(sur)
        {
            continue;
        }
        let after = &body[m.end()..];
        let next = after
            .trim_start_matches([' ', ','])
            .split([' ', ',', '.'])
            .next()
            .unwrap_or("");
        // A company's name goes on: "A.P. Moller - Maersk", "J.P. Morgan Chase & Co.".
        if after.starts_with([' ', '-'])
            && (is_legal_form(next)
                || COMPANY_SUFFIXES.contains(&next)
                || after.starts_with(" -")
                || after.starts_with(" &"))
        {
            continue;
        }
        let role_after = after.strip_prefix(", ").is_some_and(|r| {
            let first = r.split([' ', ',']).next().unwrap_or("");
            TITLE_STARTS.contains(first)
                || (matches!(first, "the" | "a")
                    && r.split(' ')
                        .nth(1)
                        .is_some_and(|t| TITLE_STARTS.contains(t)))
        });
        let office_verb = [
            " will ",
            " said",
            " says",
            " has been ",
            " is the ",
            " joined ",
            " was appointed",
        ]
        .iter()
        .any(|v| after.starts_with(v));
        let dotted = init.contains('.');
        let vouched = courtesy.contains(sur);
        // "W.B.Yeats will sail": initials run into the name are a ship's or
        // a brand's more often than a person's.
        let spaced = init.ends_with(' ');
        if !(role_after || (dotted && ((spaced && office_verb) || vouched))) {
            continue;
        }
        let span = m.range();
        if !overlaps_any(&taken, &span) {
            found.push(full_name(body, span, "person.initials", None));
        }
    }
    out.extend(found);
}

/// "Sainsbury’s has appointed Will Day", "the renewal of Alexandre
/// Bompard’s term": a common given name before one to three surnames is a
/// person's, with no title or verb to vouch for it. The name must stand
/// alone: not inside a longer run of capitals ("the Bill & Melinda Gates
/// Foundation", "Nelson Mandela Bay"), not after an article, and not where
/// another rule already read an organisation or a person.
pub(super) fn given_names(body: &str, words: &[Range<usize>], out: &mut Vec<Cand>) {
    let w = |i: usize| &body[words[i].clone()];
    let gap = |a: usize, b: usize| &body[words[a].end..words[b].start];
    let taken: Vec<Range<usize>> = out
        .iter()
        .filter(|c| {
            matches!(
                c.data,
                CandData::Person { .. } | CandData::Org { .. } | CandData::OrgAcronym { .. }
            )
        })
        .map(|c| c.span.clone())
        .collect();
    let mut found = Vec::new();
    for k in 0..words.len().saturating_sub(1) {
        // Most words are in lower case: a byte test before the set lookup.
        if !w(k).starts_with(|c: char| c.is_uppercase())
            || !GIVEN_NAMES.contains(w(k))
            || gap(k, k + 1) != " "
            || !plain_name_word(w(k + 1))
        {
            continue;
        }
        let end = word_run_end(body, words, k + 1, 2, &plain_name_word);
        // More capitals after the name, or one before it in the same run:
        // a longer name, an organisation's or a place's.
        let runs_on = end + 1 < words.len()
            && matches!(gap(end, end + 1), " " | " & " | "-")
            && capitalised(w(end + 1));
        // "And Daniel Romanchuk destroying …", "Then Manuela Schär": a
        // sentence's opening word is no part of a run.
        let run_before = k > 0
            && matches!(gap(k - 1, k), " " | "-" | " & ")
            && ((capitalised(w(k - 1))
                && name_word(w(k - 1))
                && !matches!(w(k - 1), "Then" | "Now" | "Whether" | "Yesterday" | "Today"))
                || matches!(w(k - 1), "the" | "a" | "an" | "The" | "A" | "An"))
            && !HONORIFICS.contains(&w(k - 1).trim_end_matches('.'));
        // "Qais bin Mohammed Al Yousef", "Abdul Manaf bin Haji": inside a
        // longer name that joins its parts with a particle.
        let particle = |i: usize| {
            NAME_PARTICLES.contains(&w(i)) || matches!(w(i), "bin" | "binti" | "bint" | "ibn")
        };
        let in_longer = (k > 0 && gap(k - 1, k) == " " && particle(k - 1))
            || (end + 1 < words.len() && gap(end, end + 1) == " " && particle(end + 1));
        // "said D. Scott Peterson": an initial before the given name is
        // the name's.
        let initial = k > 0
            && gap(k - 1, k) == ". "
            && w(k - 1).len() == 1
            && w(k - 1).chars().all(|c| c.is_ascii_uppercase())
            && (k == 1 || gap(k - 2, k - 1).ends_with(' '));
        let first = if initial { k - 1 } else { k };
        let span = words[first].start..words[end].end;
        if runs_on || run_before || in_longer || overlaps_any(&taken, &span) {
            continue;
        }
        // "The John Deere Waterloo Works", "the Jack Daniel Distillery":
        // a name that elsewhere in the release follows an article or
        // qualifies a noun is a brand's, everywhere. "Max Planck Society"
        // beside "the Max Planck Institute": so is the given name with its
        // first surname, where the rest of the name does not follow it.
        let full = &body[span.clone()];
        let first_two = &body[words[k].start..words[k + 1].end];
        let brand = [full, first_two].iter().any(|text| {
            body.match_indices(text).any(|(at, _)| {
                let after = &body[at + text.len()..];
                !(text.len() < full.len() && body[at..].starts_with(full))
                    && (body[..at].ends_with("the ")
                        || body[..at].ends_with("The ")
                        || after
                            .strip_prefix(' ')
                            .and_then(|r| r.split([' ', ',', '.']).next())
                            .is_some_and(capitalised))
            })
        });
        if brand {
            continue;
        }
        // "John Deere’s tractors" reads the same as a person's; an acronym
        // given after the name makes it an organisation's.
        // "Steve Borthwick (Japan)": a place in the brackets is the
        // person's post.
        let bracketed_place = body[span.end..]
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .is_some_and(|(inside, _)| place_or_nationality(inside));
        if body[span.end..].starts_with(" (") && !bracketed_place {
            continue;
        }
        found.push(full_name(body, span, "person.given-name", None));
    }
    out.extend(found);
}

/// "prominent figures including Kofi Annan, Bob Geldof and Graca Machel":
/// the other names of a list that holds a person are people too, when they
/// are two or three plain name words set off by the list's commas and
/// "and" (and no other rule read them as anything).
pub(super) fn listed_with_people(body: &str, words: &[Range<usize>], out: &mut Vec<Cand>) {
    let w = |i: usize| &body[words[i].clone()];
    let gap = |a: usize, b: usize| &body[words[a].end..words[b].start];
    let taken = fact_spans(out);
    let mut known: Vec<Range<usize>> = out
        .iter()
        .filter(|c| matches!(&c.data, CandData::Person { name, short: false, .. } if name.contains(' ')))
        .map(|c| c.span.clone())
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < known.len() {
        let span = known[i].clone();
        i += 1;
        // The word right after the person's name.
        let Some(last) = words.iter().position(|r| r.end == span.end) else {
            continue;
        };
        let next = last + 1;
        if next >= words.len() || !matches!(gap(last, next), ", " | " ") {
            continue;
        }
        let mut k = next;
        if gap(last, next) == " " {
            // Only "and" joins with a space.
            if w(k) != "and" || k + 1 >= words.len() || gap(k, k + 1) != " " {
                continue;
            }
            k += 1;
        } else if w(k) == "and" && k + 1 < words.len() && gap(k, k + 1) == " " {
            k += 1;
        }
        let end = if k < words.len() && plain_name_word(w(k)) {
            word_run_end(body, words, k, 2, &plain_name_word) + 1
        } else {
            k
        };
        if end - k < 2 {
            continue;
        }
        // The item ends there: at the list's next comma or "and", its
        // close, or a preposition.
        let closes = end == words.len()
            || matches!(gap(end - 1, end), ", " | ". " | ".\n\n" | ") ")
            || (gap(end - 1, end) == " "
                && matches!(
                    w(end),
                    "and" | "for" | "of" | "to" | "in" | "at" | "were" | "are" | "have" | "has"
                ));
        let item = words[k].start..words[end - 1].end;
        if !closes || overlaps_any(&taken, &item) || overlaps_any(&known, &item) {
            continue;
        }
        found.push(full_name(body, item.clone(), "person.listed-with", None));
        known.push(item);
    }
    out.extend(found);
}

/// A word that may stand in a name no title vouches for: capitalised, no
/// title, head, place, month, legal form, field or role ("Master
/// Distiller"), and not a place's generic word ("Christina Lake", "Alice
/// Springs", "Henry Hub") or an abbreviation that opens the next name
/// ("Alain St. Ange").
fn plain_name_word(s: &str) -> bool {
    name_word(s)
        && s.chars().any(char::is_lowercase)
        && s.chars().count() >= 2
        && !TITLE_STARTS.contains(s)
        && !HEADS.contains(s)
        && !DEFINED_HEADS.contains(&s)
        && !place_or_nationality(s)
        && !PLACE_NOUNS.contains(&s)
        && !WEEKDAYS.contains(&s)
        && month_number(s).is_none()
        && !COMPANY_SUFFIXES.contains(&s)
        && !is_legal_form(s)
        && !CORPORATE_TITLE_WORDS.contains(&s)
        && !FIELD_WORDS.contains(&s)
        && !DEPARTMENTS.contains(&s)
        && !TRADE_NAME_ENDS.contains(&s)
        && !LOWER_TITLE_LASTS.contains(s.to_lowercase().as_str())
        && !matches!(
            s,
            "St" | "Mt"
                | "Ft"
                | "Advisor"
                | "Adviser"
                | "Distiller"
                | "Presenter"
                | "Lake"
                | "Springs"
                | "Heights"
                | "Hub"
                | "Plains"
                | "Creek"
                | "Hills"
                | "Falls"
                | "Beach"
                | "Harbour"
                | "Harbor"
                | "Point"
                | "Mount"
                | "Gardens"
                | "Square"
                | "Bridge"
                | "Downs"
        )
}

/// "“…,” Casey said.", "Zhu noted that …", "…, Ayci remarked.": a lone
/// capitalised word that speaks is a person's surname, when no name found
/// already holds it (the surname pass reads those) and no rule read it as
/// an organisation, place or anything else. It must open its sentence or
/// follow a closing quotation, so "Moving forward, Boeing said" and
/// "Analysts said" in a headline-like run stay out; a word that also
/// appears in lower case in the release ("Officials said", "officials")
/// is a common noun.
pub(super) fn lone_speakers(body: &str, words: &[Range<usize>], out: &mut Vec<Cand>) {
    let w = |i: usize| &body[words[i].clone()];
    let gap = |a: usize, b: usize| &body[words[a].end..words[b].start];
    let taken = fact_spans(out);
    let named: Vec<&str> = out
        .iter()
        .filter(|c| {
            matches!(
                c.data,
                CandData::Person { .. } | CandData::Org { .. } | CandData::OrgAcronym { .. }
            )
        })
        .map(|c| &body[c.span.clone()])
        .collect();
    let mut found = Vec::new();
    for k in 0..words.len().saturating_sub(1) {
        if !w(k).starts_with(|c: char| c.is_uppercase()) || gap(k, k + 1) != " " {
            continue;
        }
        let verb = if matches!(w(k + 1), "also" | "further") && k + 2 < words.len() {
            k + 2
        } else {
            k + 1
        };
        if !ATTRIBUTION_VERBS.contains(&w(verb))
            && !matches!(
                w(verb),
                "remarked" | "revealed" | "emphasised" | "emphasized"
            )
        {
            continue;
        }
        let before = if k == 0 { "\n" } else { gap(k - 1, k) };
        let opens = before.contains('\n')
            || before.ends_with(". ")
            || before.ends_with(",” ")
            || before.ends_with(",\" ")
            || before.ends_with(".” ")
            || before.ends_with(".\" ");
        let word = w(k);
        if !opens
            || !plain_name_word(word)
            || word.chars().count() < 3
            || HONORIFICS.contains(&word)
            || overlaps_any(&taken, &words[k])
            || named.iter().any(|n| {
                n.split([' ', '-']).any(|t| {
                    t.strip_prefix(word)
                        .is_some_and(|r| matches!(r, "" | "’s" | "'s"))
                })
            })
        {
            continue;
        }
        let lower = word.to_lowercase();
        if body.match_indices(lower.as_str()).any(|(at, _)| {
            !body[..at].ends_with(char::is_alphanumeric)
                && !body[at + lower.len()..].starts_with(char::is_alphanumeric)
        }) {
            continue;
        }
        // "an agreement on the Pampacancha deposit", "Taipower's Offshore
        // Wind Power Project": a word after an article or "of", or owning a
        // capitalised name, is a company's or a place's.
        let thing = words.iter().enumerate().any(|(j, r)| {
            &body[r.clone()] == word
                && ((j > 0
                    && gap(j - 1, j) == " "
                    && matches!(w(j - 1), "the" | "The" | "a" | "an" | "of"))
                    || body[r.end..]
                        .strip_prefix("’s ")
                        .or_else(|| body[r.end..].strip_prefix("'s "))
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase())))
        });
        if thing {
            continue;
        }
        // "General Manger Joseph M. Casey credits …", "Suharso Monoarfa
        // after attending …": the speaker named in full elsewhere with words
        // no rule read (here a typo in the title). That mention is the
        // person's, and the surname pass names the lone word after it.
        let name_part = |t: usize| {
            plain_name_word(w(t))
                || (w(t).len() <= 2 && w(t).chars().all(|c| c.is_ascii_uppercase()))
        };
        // "Joseph M. Casey": a stop joins only an initial to the name.
        let joined = |a: usize, b: usize| {
            matches!(gap(a, b), " " | "-") || (gap(a, b) == ". " && w(a).len() == 1)
        };
        let full = words.iter().enumerate().find_map(|(j, r)| {
            if &body[r.clone()] != word {
                return None;
            }
            let mut first = j;
            while first > 0 && j - first < 3 && joined(first - 1, first) && name_part(first - 1) {
                first -= 1;
            }
            let mut last = j;
            if first == j {
                while last + 1 < words.len()
                    && last - j < 2
                    && gap(last, last + 1) == " "
                    && plain_name_word(w(last + 1))
                {
                    last += 1;
                }
            }
            // The words around must be no name's: a title or a lower-case
            // word before, none of the run's capitals after.
            let open_before = first == 0
                || !joined(first - 1, first)
                || !capitalised(w(first - 1))
                || TITLE_STARTS.contains(w(first - 1))
                || CORPORATE_TITLE_WORDS.contains(&w(first - 1))
                || HEADS.contains(w(first - 1));
            let open_after =
                last + 1 == words.len() || !joined(last, last + 1) || !capitalised(w(last + 1));
            (first < last && open_before && open_after).then(|| words[first].start..words[last].end)
        });
        match full {
            Some(span) if !overlaps_any(&taken, &span) => {
                if !found.iter().any(|c: &Cand| c.span == span) {
                    found.push(full_name(body, span, "person.lone-speaker", None));
                }
            }
            Some(_) => continue,
            None => found.push(full_name(
                body,
                words[k].clone(),
                "person.lone-speaker",
                None,
            )),
        }
    }
    out.extend(found);
}

/// "(Head Office: Chuo-ku, Tokyo; President & CEO: Noboru Ito)",
/// "JOGMEC (Chairman & CEO: Tetsuhiro Hosono)": a company's particulars in
/// brackets give its officer as a title, a colon and the name. The title
/// is the segment from the bracket or semicolon, short and holding a
/// title word; the name is two to four plain name words that end the
/// segment.
pub(super) fn colon_titled(body: &str, out: &mut Vec<Cand>) {
    if !body.contains(": ") {
        return;
    }
    let taken = fact_spans(out);
    let mut found = Vec::new();
    for (colon, _) in body.match_indices(": ") {
        let head = &body[..colon];
        let Some(open) = head.rfind(['(', ';', '\n', ')']) else {
            continue;
        };
        if !matches!(body.as_bytes()[open], b'(' | b';') {
            continue;
        }
        let role = head[open + 1..].trim();
        let role_words: Vec<&str> = role.split_whitespace().collect();
        if role_words.is_empty()
            || role_words.len() > 7
            || !role_words.iter().any(|t| {
                let t = t.trim_end_matches(',');
                TITLE_STARTS.contains(t) || CORPORATE_TITLE_WORDS.contains(&t)
            })
        {
            continue;
        }
        let start = colon + 2;
        let rest = &body[start..];
        let Some(stop) = rest.find([')', ';']) else {
            continue;
        };
        let name = &rest[..stop];
        let parts: Vec<&str> = name.split(' ').collect();
        // "Head Office: Chuo-ku, Tokyo" gives a place.
        if !(2..=4).contains(&parts.len())
            || name.contains(',')
            || role_words.contains(&"Office")
            || !parts
                .iter()
                .all(|p| plain_name_word(p) || (p.len() == 2 && p.ends_with('.')))
        {
            continue;
        }
        let span = start..start + name.len();
        if overlaps_any(&taken, &span) {
            continue;
        }
        found.push(full_name(
            body,
            span,
            "person.colon-titled",
            Some(role.to_string()),
        ));
    }
    out.extend(found);
}
