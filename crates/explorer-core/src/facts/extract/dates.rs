//! Events dated to the day and milestones dated by a year, a half, a quarter or a month.

use super::*;

/// A short label for what happens in the sentence around `at`: a named
/// gathering ("AI Semiconductor Forum"), else "a video conference", else
/// the start of the clause.
pub(super) fn event_label(body: &str, sentence: Range<usize>) -> String {
    let s = &body[sentence.clone()];
    let ws = words_in(s, 0);
    for (i, w) in ws.iter().enumerate() {
        let word = &s[w.clone()];
        if EVENT_NOUNS.contains(&word.to_lowercase().as_str()) {
            if capitalised(word) {
                let mut first = i;
                while first > 0
                    && name_word(&s[ws[first - 1].clone()])
                    && &s[ws[first - 1].end..ws[first].start] == " "
                {
                    first -= 1;
                }
                if first < i {
                    return s[ws[first].start..w.end].to_string();
                }
            }
            let first = i.saturating_sub(2);
            let start = (first..i)
                .find(|&k| ["a", "an", "the"].contains(&&s[ws[k].clone()]))
                .map_or(w.start, |k| ws[k].start);
            return s[start..w.end].to_string();
        }
    }
    first_words(s, 8)
}

pub(super) fn events(body: &str, published: Date, r: &Rules, out: &mut Vec<Cand>) {
    for re in [&r.date_md, &r.date_dm] {
        for c in re.captures_iter(body) {
            let m = c.get(0).expect("group 0 always matches");
            let Some(month) = month_number(&c["mon"]) else {
                continue;
            };
            // "12 Mayors representing …": a month's name that runs on
            // into a word is that word.
            if body[m.end()..].starts_with(char::is_alphabetic) {
                continue;
            }
            let Ok(day) = c["day"].parse::<u8>() else {
                continue;
            };
            let year = c.name("year").and_then(|y| y.as_str().parse().ok());
            let Some(date) = resolve_day(published, month, day, year) else {
                continue;
            };
            let what = event_label(body, sentence_of(body, m.start()));
            out.push(Cand {
                span: m.range(),
                rule: "event.date",
                data: CandData::Event { date, what },
            });
        }
    }
    // "on 21.12.2021": day, month and year with dots, day first.
    for c in r.date_dots.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let (Ok(day), Ok(month), Ok(year)) = (
            c["d"].parse::<u8>(),
            c["m"].parse::<u8>(),
            c["y"].parse::<u16>(),
        ) else {
            continue;
        };
        let Ok(date) = Date::new(year, month, day) else {
            continue;
        };
        out.push(Cand {
            span: m.range(),
            rule: "event.date",
            data: CandData::Event {
                date,
                what: event_label(body, sentence_of(body, m.start())),
            },
        });
    }
    // "One year ago today", "two weeks ago": counted back from the publication date.
    for c in r.date_ago.captures_iter(body) {
        let n = match c["n"].to_lowercase().as_str() {
            "a" | "an" => 1,
            w => parse_num(w).map_or(0, |v| v as i32),
        };
        // "70 years ago" dates nothing to the day; "one year ago today" does.
        if matches!(&c["unit"], "year" | "month") && c.name("today").is_none() {
            continue;
        }
        let date = match &c["unit"] {
            "day" => Some(published.add_days(-n)),
            "week" => Some(published.add_days(-7 * n)),
            unit => {
                let months = if unit == "year" { 12 * n } else { n };
                let total = published.year as i32 * 12 + published.month as i32 - 1 - months;
                let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u8 + 1);
                // 31 March minus a month is the last day of February.
                (1..=published.day)
                    .rev()
                    .find_map(|d| Date::new(year as u16, month, d).ok())
            }
        };
        let Some(date) = date else { continue };
        let m = c.get(0).expect("group 0 always matches");
        // "up 5% from a year ago" is a baseline for a comparison, not a happening.
        let prev = word_before(body, m.start()).map(|w| &body[w]);
        if matches!(
            prev,
            Some("from" | "than" | "since" | "with" | "over" | "versus" | "vs")
        ) {
            continue;
        }
        out.push(Cand {
            span: m.range(),
            rule: "event.ago",
            data: CandData::Event {
                date,
                what: event_label(body, sentence_of(body, m.start())),
            },
        });
    }
    for c in r.date_rel.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let date = if let Some(d) = c.name("day") {
            let offset = match d.as_str().to_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            published.add_days(offset)
        } else {
            let target = WEEKDAYS.iter().position(|w| *w == &c["wd"]).unwrap_or(0);
            let today = published.weekday();
            let sentence = &body[sentence_of(body, m.start())];
            let rel = c.name("rel").map_or("", |r| r.as_str());
            // "will meet on Tuesday", "is meeting on Tuesday", "is due to
            // sign on Friday": the coming day.
            let progressive = {
                let weekday = c.name("wd").map_or(m.start(), |w| w.start());
                let before: Vec<&str> = body[..weekday].split_whitespace().rev().take(3).collect();
                before.len() == 3
                    && matches!(before[0], "on" | "On")
                    && before[1].ends_with("ing")
                    && matches!(before[2], "is" | "are")
            };
            let future = rel == "next"
                || progressive
                || [
                    " will ",
                    " is due to ",
                    " are due to ",
                    " is scheduled ",
                    " are scheduled ",
                    " is set to ",
                    " are set to ",
                ]
                .iter()
                .any(|cue| sentence.contains(cue));
            let back = (today + 7 - target) % 7;
            let offset = match rel {
                "last" => -(if back == 0 { 7 } else { back as i32 }),
                _ if future => ((target + 7 - today) % 7) as i32,
                _ => -(back as i32),
            };
            published.add_days(offset)
        };
        // "Today’s announcement" names a thing, not a day something happened;
        // "the foundation for tomorrow" and "the jobs of today" are times in
        // general.
        // "As of tomorrow" is a day, though.
        let as_of = body[..m.start()]
            .trim_end()
            .to_lowercase()
            .ends_with("as of");
        let generic = !as_of
            && word_before(body, m.start()).is_some_and(|w| matches!(&body[w], "for" | "of"));
        // "Black Friday", "Super Tuesday": a bare weekday inside a name.
        // "today (Monday)": the weekday only glosses another day.
        let after_capital = word_before(body, m.start()).is_some_and(|w| capitalised(&body[w]));
        if c.name("wd").is_some()
            && c.name("rel").is_none()
            && (after_capital || body[..m.start()].ends_with('('))
        {
            continue;
        }
        // "the Campaign to Create Tomorrow": a capitalised day after a
        // capitalised word, in the middle of a sentence, ends a name.
        let same_line =
            word_before(body, m.start()).is_some_and(|w| &body[w.end..m.start()] == " ");
        if c.name("day").is_some_and(|d| capitalised(d.as_str())) && after_capital && same_line {
            continue;
        }
        // "Today's issuances" name a happening of the day, though.
        let happening = ["’s ", "'s "].iter().any(|p| {
            body[m.end()..]
                .strip_prefix(p)
                .and_then(|r| r.split([' ', ',', '.']).next())
                .is_some_and(|n| {
                    let n = n.to_lowercase();
                    EVENT_NOUNS.contains(&n.as_str())
                        || [
                            "issuance",
                            "issuances",
                            "operation",
                            "announcement",
                            "decision",
                        ]
                        .contains(&n.as_str())
                })
        });
        if c.name("day").is_some()
            && ((body[m.end()..].starts_with(['’', '\'']) && !happening) || generic)
        {
            continue;
        }
        // A plain weekday ("on Friday") also matches the date rules when a date follows.
        let what = event_label(body, sentence_of(body, m.start()));
        // "On Monday (15 March)": one mention; the date in brackets wins.
        let bracketed_date = body[m.end()..].strip_prefix(" (").and_then(|rest| {
            let close = rest.find(')')?;
            let inner = &rest[..close];
            let c = r
                .date_dm
                .captures(inner)
                .or_else(|| r.date_md.captures(inner))?;
            let whole_inner = c.get(0)?.as_str().trim() == inner.trim();
            let month = month_number(&c["mon"])?;
            let day = c["day"].parse::<u8>().ok()?;
            let year = c.name("year").and_then(|y| y.as_str().parse().ok());
            let date = resolve_day(published, month, day, year)?;
            whole_inner.then_some((m.end() + 2 + close + 1, date))
        });
        let (end, date) = bracketed_date.unwrap_or((m.end(), date));
        out.push(Cand {
            span: m.start()..end,
            rule: "event.relative",
            data: CandData::Event { date, what },
        });
    }
}

/// The clause around a time expression, minus the expression: a label.
pub(super) fn milestone_label(body: &str, span: &Range<usize>) -> String {
    let sentence = sentence_of(body, span.start);
    let before = &body[sentence.start..span.start];
    let after = &body[span.end..sentence.end];
    let clause_before = before.rsplit([',', ';', ':']).next().unwrap_or("").trim();
    if clause_before.split_whitespace().count() >= 3 {
        let ws: Vec<&str> = clause_before.split_whitespace().collect();
        let n = ws.len();
        return ws[n.saturating_sub(10)..]
            .join(" ")
            .trim_end_matches([',', '.'])
            .to_string();
    }
    let clause_after = after
        .split(['(', ';'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches([',', ')'])
        .trim();
    first_words(clause_after, 10)
        .trim_end_matches([',', '.'])
        .to_string()
}

/// "this summer": a season of the publication year.
const SEASONS: &[&str] = &["summer", "spring", "autumn", "fall", "winter"];

pub(super) fn milestones(body: &str, published: Date, r: &Rules, out: &mut Vec<Cand>) {
    let this_year = published.year;
    decade_parts(body, this_year, out);
    for c in r.milestone_year.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let prep_lower = c["prep"].to_ascii_lowercase();
        let prep = prep_lower.as_str();
        let year = match &c["year"] {
            "next year" => this_year + 1,
            "this year" => this_year,
            // "FY2025", "fiscal year 2025": the year as written; "FY24" in
            // this century.
            y => match y
                .trim_start_matches(|ch: char| !ch.is_ascii_digit())
                .parse::<u16>()
            {
                Ok(y) if y < 100 => 2000 + y,
                Ok(y) => y,
                Err(_) => continue,
            },
        };
        // After "in"/"for"/"from", a past year reports statistics, not a
        // plan; the current year is a plan only when the sentence says so.
        if matches!(
            prep,
            "in" | "for"
                | "into"
                | "beyond"
                | "in the course of"
                | "beginning"
                | "from"
                | "starting in"
                | "beginning in"
                | "during"
                | "throughout"
                | "over the course of"
                | "towards"
                | "toward"
                | "at"
                | "around"
        ) {
            let future = plan_sentence(&body[sentence_of(body, m.start())]);
            let month_past = c
                .name("mon")
                .and_then(|mo| month_number(mo.as_str()))
                .is_some_and(|mo| mo < published.month);
            if year < this_year || (year == this_year && (!future || month_past)) {
                continue;
            }
        }
        // "in 2015-16", "In 2023/24": a financial year across two.
        let after = &body[m.end()..];
        let split_year = ["-", "/", "–", "‒"].iter().find_map(|sep| {
            let rest = after.strip_prefix(sep)?;
            let two = rest.get(..2)?;
            let next = two.parse::<u16>().ok()?;
            let whole = !rest[2..].starts_with(|ch: char| ch.is_ascii_alphanumeric());
            (whole && two.bytes().all(|b| b.is_ascii_digit()) && next == (year + 1) % 100)
                .then_some(sep.len() + 2)
        });
        if let Some(len) = split_year
            && c.name("h").is_none()
            && c.name("part").is_none()
            && c.name("mon").is_none()
        {
            let span = m.start()..m.end() + len;
            out.push(milestone(
                body,
                span,
                "milestone.year",
                Period::Year(year),
                Period::Year(year + 1),
            ));
            continue;
        }
        // "Vision 2030 Committee": a year inside a name.
        if body[m.end()..].starts_with(['-', '–'])
            || body[m.end()..]
                .trim_start()
                .starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        // "planning to hold a furniture exhibition … this year": the current
        // year is a milestone only in a plan.
        if c["year"] == *"this year" && !plan_sentence(&body[sentence_of(body, m.start())]) {
            continue;
        }
        // "towards the end of 2021 or early 2022": a span of two years.
        let mut span = m.range();
        let mut end_year = None;
        // "during 2007 and 2008" is one span too; "by 2025 and 2030" two
        // milestones.
        if let Some(alt) = r.milestone_or.captures(&body[m.end()..])
            && (&alt["conj"] == "or" || matches!(prep, "during" | "in" | "throughout" | "from"))
            && let Ok(y) = alt["year"].parse::<u16>()
            && y > year
        {
            span.end = m.end() + alt.get(0).expect("group 0 always matches").end();
            end_year = Some(y);
        }
        if let Some(h) = c.name("h") {
            let half = if h.as_str().contains('1') { 1 } else { 2 };
            let period = Period::Half(year, half);
            out.push(milestone(body, span, "milestone.year", period, period));
            continue;
        }
        let period = match (c.name("part").map(|p| p.as_str()), c.name("mon")) {
            (Some(p), _) if p.contains("first half") => Period::Half(year, 1),
            (Some(p), _) if p.contains("second half") || p.contains("latter half") => {
                Period::Half(year, 2)
            }
            (Some(p), _) if p.contains("quarter") => Period::Quarter(year, quarter_number(p)),
            (_, Some(mon)) => Period::Month(year, month_number(mon.as_str()).unwrap_or(1)),
            _ => Period::Year(year),
        };
        let end = end_year.map_or(period, Period::Year);
        out.push(milestone(body, span, "milestone.year", period, end));
    }
    // "completion expected late 2020": the edge of a year, with no
    // preposition, in a plan.
    for c in r.milestone_edge.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let Ok(year) = c["year"].parse::<u16>() else {
            continue;
        };
        if year < this_year || !plan_sentence(&body[sentence_of(body, m.start())]) {
            continue;
        }
        let period = Period::Year(year);
        out.push(milestone(body, m.range(), "milestone.year", period, period));
    }
    for c in r.milestone_range.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        // "Corporate Plan FY2005-2007": years inside a word are a name's.
        if body[..m.start()].ends_with(char::is_alphanumeric)
            && m.as_str().starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        // "an IPO between 2014 and 2016" is a plan; "between 2016 and 2018"
        // in a report of the past is a period of statistics.
        if c.name("b1").is_some() && c["b1"].parse::<u16>().is_ok_and(|y| y < this_year) {
            continue;
        }
        // "between now and 2023": from this year.
        let now = this_year.to_string();
        let (a, b) = match (
            c.name("y1").or(c.name("f1")).or(c.name("b1")),
            c.name("y2")
                .or(c.name("f2"))
                .or(c.name("b2"))
                .or(c.name("now_to")),
            c.name("solo"),
        ) {
            (None, Some(b), _) if c.name("now_to").is_some() => (now.as_str(), b.as_str()),
            (Some(a), Some(b), _) => (a.as_str(), b.as_str()),
            (_, _, Some(s)) => (s.as_str(), s.as_str()),
            _ => continue,
        };
        let (Ok(a), Ok(b)) = (a.parse::<u16>(), b.parse::<u16>()) else {
            continue;
        };
        if b < a || (c.name("solo").is_some() && a < this_year) {
            continue;
        }
        out.push(milestone(
            body,
            m.range(),
            "milestone.range",
            Period::Year(a),
            Period::Year(b),
        ));
    }
    for c in r.milestone_rel.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let when = c["when"].to_lowercase();
        let sentence = &body[sentence_of(body, m.start())];
        // Only a plan is a milestone: "will", "plans", "aims", "expected to".
        let future = [
            " will ",
            " expect ",
            " expects ",
            " plans to",
            " plan to",
            " aims to",
            " aim to",
            " target",
            " expected to",
            " scheduled",
            " intends to",
            // "is on track to open 300 restaurants this year".
            " on track to",
            " on pace to",
            // "is also planning to hold an exhibition … this year".
            " planning to",
            " likely to",
        ]
        .iter()
        .any(|w| sentence.contains(w));
        // "should begin by the year-end": a deadline is a plan with "should"
        // too ("projects undertaken this year should bring" is no plan).
        let due = future || sentence.contains(" should ");
        // "in May this year" dates something that happened, and so does
        // "announced earlier this year" or "announced early this year".
        let prev = word_before(body, m.start()).map(|w| (w.start, &body[w]));
        let after_month = prev.is_some_and(|(_, w)| month_number(w).is_some());
        // ("scheduled early next year" is ahead all the same.)
        let past = !when.starts_with("next")
            && prev.is_some_and(|(at, w)| {
                w == "earlier"
                    || (w == "early"
                        && word_before(body, at).is_some_and(|v| body[v].ends_with("ed")))
            });
        if after_month || past {
            continue;
        }
        let (next_month_year, next_month) = if published.month == 12 {
            (this_year + 1, 1)
        } else {
            (this_year, published.month + 1)
        };
        // "this year’s festival" names a thing of the year, not a plan;
        // "in the autumn of 2019" is dated by its year, another rule's.
        let of_year = body[m.end()..]
            .strip_prefix(" of ")
            .is_some_and(|r| r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit));
        if c.name("poss").is_some() || of_year {
            continue;
        }
        // "later this year" is ahead whatever the verb.
        let later = word_before(body, m.start()).is_some_and(|w| &body[w] == "later");
        let period = match when.as_str() {
            w if w.contains("quarter") && future => Period::Quarter(this_year, quarter_number(w)),
            "next year" => Period::Year(this_year + 1),
            // "in the coming year": the year after publication, as "next
            // year".
            w if w.ends_with("coming year") => Period::Year(this_year + 1),
            "this year" if future || later => Period::Year(this_year),
            // "the full details will be released later in the year".
            "later in the year" => Period::Year(this_year),
            w if w.ends_with("year’s end") || w.ends_with("year's end") => {
                Period::Year(this_year)
            }
            // "by the end of this year" is a deadline whatever the verb.
            w if (SEASONS.iter().any(|s| w.ends_with(s)) || w.contains("end of"))
                && (future || (w.contains("end of") && !w.starts_with("in"))) =>
            {
                Period::Year(this_year)
            }
            w if (w.ends_with("year-end") || w.ends_with("year end")) && due => {
                Period::Year(this_year)
            }
            "this month" if future => Period::Month(this_year, published.month),
            "next month" => Period::Month(next_month_year, next_month),
            w if w.contains("half") && future => {
                Period::Half(this_year, if w.contains("first") { 1 } else { 2 })
            }
            _ => continue,
        };
        out.push(milestone(
            body,
            m.range(),
            "milestone.relative",
            period,
            period,
        ));
    }
    // "expected to come to the UK in October": a month alone, in a plan, is
    // the next such month (a year or a day after it is another rule's).
    // A fiscal year written with two years: "the 2015/16 fiscal year",
    // "the budget for 2015-16", "current financial year 2023-24"; only the
    // current or a coming one is a plan.
    for c in r.milestone_fiscal.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let (Ok(a), Ok(b)) = (c["a"].parse::<u16>(), c["b"].parse::<u16>()) else {
            continue;
        };
        let before = &body[body.floor_char_boundary(m.start().saturating_sub(40))..m.start()];
        // "the draft 2012-13 budget": the cue may follow.
        let after = &body[m.end()..body.ceil_char_boundary(m.end() + 20)];
        let fiscal = c.name("fy").is_some()
            || ["fiscal year", "financial year", "budget", "Budget", "FY"]
                .iter()
                .any(|w| before.contains(w))
            || ["budget", "fiscal", "financial year"]
                .iter()
                .any(|w| after.contains(w));
        if b != (a + 1) % 100 || !fiscal || a + 1 < this_year {
            continue;
        }
        let (start, end) = (Period::Year(a), Period::Year(a + 1));
        out.push(milestone(
            body,
            m.range(),
            "milestone.fiscal-year",
            start,
            end,
        ));
    }
    for c in r.milestone_month.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let rest = &body[m.end()..];
        let dated = rest
            .trim_start_matches([',', ' '])
            .starts_with(|ch: char| ch.is_ascii_digit())
            || rest.starts_with(" this")
            || rest.starts_with(" next")
            || rest.starts_with(" last")
            || rest.starts_with(" of ");
        let sentence = &body[sentence_of(body, m.start())];
        let plan = [
            " will ",
            " expected to",
            " plans to",
            " plan to",
            " aims to",
            " scheduled",
            " due to",
            " is to ",
            " are to ",
            " expect to",
            " expects to",
            " should ",
        ]
        .iter()
        .any(|w| sentence.contains(w));
        let Some(month) = month_number(&c["mon"]) else {
            continue;
        };
        // "that was announced in January": a past verb right before it
        // ("will be completed in January" is still a plan).
        let past = word_before(body, m.start()).is_some_and(|v| {
            body[v.clone()].ends_with("ed")
                && !word_before(body, v.start)
                    .is_some_and(|b| matches!(&body[b], "be" | "been" | "being"))
        });
        if dated || !plan || past {
            continue;
        }
        let year = if month >= published.month {
            this_year
        } else {
            this_year + 1
        };
        let period = Period::Month(year, month);
        out.push(milestone(
            body,
            m.range(),
            "milestone.month",
            period,
            period,
        ));
    }
    // "third quarter 2012": a plan or an outlook when the quarter has not
    // ended at publication; past quarters report results.
    let this_quarter = (published.month - 1) / 3 + 1;
    for c in r.milestone_quarter.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        // "Q4 2019", "4Q 2016", "quarter three 2015" or "fourth quarter 2019".
        let q = match (c.name("qn").or(c.name("nq")), c.name("wq")) {
            (Some(n), _) => n.as_str().parse().unwrap_or(1),
            (None, Some(w)) => parse_num(w.as_str()).map_or(4, |n| n as u8),
            (None, None) => quarter_number(&c["q"].to_lowercase()),
        };
        let Ok(year) = c["year"].parse::<u16>() else {
            continue;
        };
        if (year, q) < (this_year, this_quarter) {
            continue;
        }
        let period = Period::Quarter(year, q);
        out.push(milestone(
            body,
            m.range(),
            "milestone.quarter",
            period,
            period,
        ));
    }
    // "the 2020 investment realization target": a year that dates a target.
    for c in r.milestone_target.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let Ok(year) = c["year"].parse::<u16>() else {
            continue;
        };
        // "Vision 2030 target" and "2020-2025 goals" are names and ranges.
        if body[..m.start()].ends_with(['-', '–']) || !whole(body, &m.range()) {
            continue;
        }
        // "its 2012 sales guidance", "Azerbaijan’s 2030 clean energy
        // ambitions": a year ahead that an outlook or a commitment dates.
        // ("net zero by 2050 with ambition" is two phrases.)
        if c.name("ahead").is_some()
            && (year < this_year
                || m.as_str().split(' ').any(|w| {
                    matches!(
                        w,
                        "with" | "and" | "of" | "for" | "to" | "in" | "by" | "the" | "as"
                    )
                }))
        {
            continue;
        }
        out.push(milestone(
            body,
            m.range(),
            "milestone.target",
            Period::Year(year),
            Period::Year(year),
        ));
    }
    // "over the next five years": the years after the publication year.
    // "within three years", "in six months": the same, when the sentence
    // speaks of a plan ("the best in three years" is a look back).
    for c in r.milestone_next.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        // "over the next three to five years": the longer bound.
        // "over the next decade": ten years.
        let n = c
            .name("nmax")
            .or(c.name("n"))
            .or(c.name("n2"))
            .or(c.name("n3"))
            .map_or(
                if c.name("decade").is_some() {
                    "ten"
                } else {
                    ""
                },
                |n| n.as_str(),
            );
        let Some(n) = parse_num(&n.to_lowercase()).filter(|n| (1.0..=50.0).contains(n)) else {
            continue;
        };
        let n = n as u16;
        // "will invest £1.8 billion over five years": "over" without "the
        // next" is a plan only in a sentence that speaks of one ("grew 5%
        // over five years" looks back).
        // "over 27 years of experience", "over 40 years ago": a length of
        // time, not a plan's.
        // "the largest in over 25 years" looks back.
        let span_of_time = c.name("over").is_some()
            && ([" of ", " ago", " old"]
                .iter()
                .any(|w| body[m.end()..].starts_with(w))
                || body[..m.start()].ends_with("in "));
        // "$2.25 million in funding over five years", "This investment
        // increases our workforce by 10 percent over four years": money
        // spread over the years ahead is a plan too.
        let sentence = &body[sentence_of(body, m.start())];
        let spread = c.name("over").is_some()
            && [" funding ", " investment ", " increases "]
                .iter()
                .any(|w| sentence.contains(w));
        if span_of_time
            || ((c.name("short").is_some() || c.name("over").is_some())
                && !plan_sentence(sentence)
                && !spread)
        {
            continue;
        }
        let unit = c
            .name("unit")
            .or(c.name("unit0"))
            .map(|u| u.as_str().to_lowercase());
        let (start, end) = match unit.as_deref() {
            // Under a year: the month it lands in.
            Some("months") if n < 12 => {
                let months = published.month as u16 - 1 + n;
                let at = Period::Month(this_year + months / 12, (months % 12) as u8 + 1);
                (at, at)
            }
            Some("months") => {
                let months = published.month as u16 - 1 + n;
                (
                    Period::Year(this_year + 1),
                    Period::Year(this_year + months / 12),
                )
            }
            _ => (Period::Year(this_year + 1), Period::Year(this_year + n)),
        };
        out.push(milestone(
            body,
            m.range(),
            "milestone.next-years",
            start,
            end,
        ));
    }
}

/// Whether a sentence speaks of a plan or a target: a year or a span in it
/// is then a milestone, not a report of the past.
fn plan_sentence(sentence: &str) -> bool {
    [
        " will ",
        " plan",
        " aim",
        " target",
        " expected",
        " expects",
        " intends to",
        " scheduled",
        " to be ",
        // An outlook is a plan too: "GDP is forecast to decline … in 2013".
        " forecast",
        " projected",
        // "is due to start construction in late 2014".
        " due to",
        " anticipated",
    ]
    .iter()
    .any(|w| sentence.contains(w))
}

/// "by the end of this decade", "in the second half of the decade", "at
/// the beginning of the next decade": a part of the decade of publication
/// (or the next), as the annotators read them: the end of a decade is the
/// year that closes it ("by the end of this decade" in 2022 is 2030,
/// "through the end of the decade" 2029), its halves five years each.
fn decade_parts(body: &str, this_year: u16, out: &mut Vec<Cand>) {
    static DECADE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?P<prep>by|before|through|until|in|during|at)\s(?:the\s)?(?P<part>end|second half|latter half|first half|beginning|start)\sof\s(?:this|the)\s(?P<next>next\s)?decade\b",
        )
        .expect("the decade pattern compiles")
    });
    // Few bodies speak of a decade: a plain search spares them the pattern.
    if !body.contains("decade") {
        return;
    }
    for c in DECADE.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let decade = this_year / 10 * 10 + if c.name("next").is_some() { 10 } else { 0 };
        let prep = c["prep"].to_ascii_lowercase();
        let (start, end) = match c["part"].to_ascii_lowercase().as_str() {
            "end" if matches!(prep.as_str(), "through" | "until") => (decade + 9, decade + 9),
            "end" => (decade + 10, decade + 10),
            "first half" => (decade, decade + 4),
            "beginning" | "start" => (decade, decade),
            _ => (decade + 5, decade + 9),
        };
        // "Sales fell in the first half of the decade": after "in" or
        // "during", only a plan looks ahead.
        let reported = matches!(prep.as_str(), "in" | "during")
            && !plan_sentence(&body[sentence_of(body, m.start())])
            && !body[sentence_of(body, m.start())].contains(" would ");
        if end < this_year || reported {
            continue;
        }
        out.push(milestone(
            body,
            m.range(),
            "milestone.decade",
            Period::Year(start.max(this_year)),
            Period::Year(end),
        ));
    }
}

/// A milestone candidate over `span`, labelled from its sentence.
pub(super) fn milestone(
    body: &str,
    span: Range<usize>,
    rule: &'static str,
    start: Period,
    end: Period,
) -> Cand {
    let what = milestone_label(body, &span);
    Cand {
        span,
        rule,
        data: CandData::Milestone { start, end, what },
    }
}

/// 1 to 4 for "first quarter" … "fourth quarter" (or "last quarter").
pub(super) fn quarter_number(text: &str) -> u8 {
    if text.contains("last") {
        return 4;
    }
    match ["first", "second", "third", "fourth"]
        .iter()
        .position(|q| text.contains(q))
        .or_else(|| {
            ["1st", "2nd", "3rd", "4th"]
                .iter()
                .position(|q| text.contains(q))
        }) {
        Some(i) => i as u8 + 1,
        None => 1,
    }
}
