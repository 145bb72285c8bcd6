//! Numbers with a meaning: money, percentages and counted quantities, and the reading of a bare "$" as the dollar of the country a release is about.

use super::*;

/// The ISO code of a currency symbol or abbreviation written before the
/// amount ("$", "RM", "KSh", "€"), or `None` for none known.
fn symbol_currency(sym: &str) -> Option<&'static str> {
    Some(match sym {
        // A bare "$" is the US dollar unless the release is about a
        // dollar country of its own (see `local_dollars`).
        "$" => "USD",
        "US$" | "U$" => "USD",
        "EC$" | "EC $" => "XCD",
        "NT$" => "TWD",
        "R$" => "BRL",
        // "Rs" is India's rupee unless the release is about another
        // rupee country (see `local_dollars`).
        "Rs." | "Rs" | "₹" => "INR",
        "RM" => "MYR",
        "Rp" | "Rp." => "IDR",
        // "PhP2.8 Billion", as the Philippine government writes it.
        "₱" | "PhP" | "Php" => "PHP",
        "₫" => "VND",
        "฿" => "THB",
        "₺" => "TRY",
        "₦" => "NGN",
        "₽" => "RUB",
        "₪" | "NIS" => "ILS",
        "SR" => "SAR",
        "Frw" => "RWF",
        // Arabian dinars and riyals as their own releases write them:
        // "JD1.32 million", "KD 5 million", "QR2bn", "BD 30m".
        "JD" => "JOD",
        "KD" => "KWD",
        "QR" => "QAR",
        "BD" => "BHD",
        // "RO 900 million": the Omani rial.
        "RO" => "OMR",
        // "GHC95m", "GH¢ 12 million": the Ghana cedi.
        "GHC" | "GH¢" | "GH₵" => "GHS",
        // The UAE's dirham unless the release is about Morocco (see
        // `local_dollars`).
        "Dh" | "Dhs" => "AED",
        "R" => "ZAR",
        "P" => "PHP",
        "Fr." => "CHF",
        s if s.starts_with(['e', 'E']) => "EUR",
        "USh" | "Ush" => "UGX",
        "KSh" | "Ksh" | "KShs" | "KShs." | "Kshs" | "Kshs." => "KES",
        "TSh" | "Tsh" => "TZS",
        // Uganda's, unless the release is Kenya's or Tanzania's (see
        // `local_dollars`).
        "Shs" | "Shs." | "Sh" | "sh" => "UGX",
        // Mexico's peso unless the release is about another peso country
        // (see `local_dollars`): "Ps.1,059.4 million".
        "Ps" | "Ps." => "MXN",
        "zł" => "PLN",
        "A$" | "AU$" => "AUD",
        "C$" | "CA$" | "CDN$" => "CAD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "NZ$" => "NZD",
        "SAT$" | "WS$" => "WST",
        "FJ$" => "FJD",
        "SI$" => "SBD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₩" => "KRW",
        _ => return None,
    })
}

/// Whose "K" a release means: Malawi's or Zambia's kwacha or Papua New
/// Guinea's kina, by the country it names most; "" for none of them.
fn kwacha_of(body: &str) -> &'static str {
    [
        ("MWK", body.matches("Malawi").count()),
        ("ZMW", body.matches("Zambia").count()),
        (
            "PGK",
            body.matches("Papua New Guinea").count() + body.matches("PNG").count(),
        ),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .max_by_key(|(_, n)| *n)
    .map_or("", |(cur, _)| cur)
}

/// The ISO 4217 code of a code as releases write it: "RMB" is China's
/// yuan (CNY), and the IMF's unit of account, "SDR", is XDR.
fn code_currency(code: &str) -> &str {
    match code {
        "RMB" => "CNY",
        "SDR" => "XDR",
        // Russia's rouble before its 1998 redenomination, still written.
        "RUR" => "RUB",
        other => other,
    }
}

/// The rule name of an amount read before its number: by code, by "$"
/// (which `local_dollars` may give another country), by "Rs" or "Dh", or by
/// another symbol.
fn money_rule(code: bool, sym: Option<&str>) -> &'static str {
    match (code, sym) {
        (true, _) => "money.code",
        (false, Some("$")) => "money.dollar",
        (false, Some("Rs" | "Rs.")) => "money.rupee",
        (false, Some("Dh" | "Dhs")) => "money.dirham",
        (false, Some("Shs" | "Shs." | "Sh" | "sh")) => "money.shilling",
        (false, Some("Ps" | "Ps.")) => "money.peso",
        _ => "money.symbol",
    }
}

pub(super) fn money(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    let before = out.len();
    // "R62,7bn", "EUR 1,5 billion": a comma before one or two digits and a
    // scale is a decimal comma, as South African and European copies
    // write it.
    for c in r.money_comma.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        // The rand's "R" is a group of its own here, read as `money_pre`
        // reads it.
        let sym = c.name("sym").map_or("R", |s| s.as_str());
        let Some(currency) = c
            .name("code")
            .map(|code| code_currency(code.as_str()))
            .or(symbol_currency(sym))
        else {
            continue;
        };
        // Without a scale only cents are decimal: "R21,81" a share, but
        // "R1,2" is no amount.
        if c.name("scale").is_none() && c["frac"].len() != 2 {
            continue;
        }
        let Ok(n) = format!("{}.{}", &c["int"], &c["frac"]).parse::<f64>() else {
            continue;
        };
        out.push(Cand {
            span: m.range(),
            rule: money_rule(c.name("code").is_some(), c.name("sym").map(|s| s.as_str())),
            data: CandData::Money {
                amount: tidy(n * scale(c.name("scale").map(|s| s.as_str()))),
                currency: currency.to_string(),
            },
        });
    }
    let comma: Vec<Range<usize>> = out[before..].iter().map(|c| c.span.clone()).collect();
    for c in r.money_pre.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        // "EUR 1,5 billion" was read above, not as "EUR 1".
        if comma.iter().any(|s| s.start < m.end() && m.start() < s.end) {
            continue;
        }
        // "R14 billion", "P14.933 Billion": a bare letter is a currency only
        // before a scale (South Africa's rand, the Philippine peso).
        // "N13.21tn", "K250": Nigeria's naira and the kwacha or kina, in
        // releases that name their country, with or without a scale.
        let letter_country = match c.name("letter").map(|l| l.as_str()) {
            Some("N") => Some(
                if ["Nigeria", "naira", "Naira", "Abuja", "Lagos", "FGN"]
                    .iter()
                    .any(|w| body.contains(w))
                {
                    "NGN"
                } else {
                    ""
                },
            ),
            Some("K") => Some(kwacha_of(body)),
            _ => None,
        };
        // "the N95 mask": without a scale, a short whole number is a name.
        let short = c.name("scale").is_none() && c["num"].len() < 3 && !c["num"].contains('.');
        if letter_country == Some("") || (letter_country.is_some() && short) {
            continue;
        }
        if letter_country.is_none()
            && c.name("letter").is_some()
            && c.name("scale").is_none_or(|s| s.as_str().len() < 2)
        {
            continue;
        }
        // So are two letters of a dinar or a riyal ("JD1.32 million", but
        // "the JD2020 plan").
        if c.name("sym")
            .is_some_and(|s| matches!(s.as_str(), "JD" | "KD" | "QR" | "BD" | "RO"))
            && c.name("scale").is_none()
            && !c["num"].contains(',')
        {
            continue;
        }
        // "COP28", "COP26": a conference's number glued to letters that are
        // also a currency's code.
        if let Some(code) = c.name("code")
            && c.name("scale").is_none()
            && c["num"].len() <= 2
            && !c["num"].contains(['.', ','])
            && body[code.end()..].starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        // "the SR40c pistol": a figure glued to a letter after it is a
        // model's name ("mid-$400,000s" is a plural, "$35,321,637in" a
        // slip of the keyboard).
        let after = &body[m.end()..];
        if c.name("scale").is_none()
            && c["num"].len() <= 4
            && !c["num"].contains(',')
            && after.starts_with(|ch: char| ch.is_alphabetic())
            && (!after.starts_with('s') || after[1..].starts_with(char::is_alphanumeric))
        {
            continue;
        }
        // "euro 400 million" is money; "Euro 6 engines" is a standard.
        let euro_word = c
            .name("sym")
            .is_some_and(|s| s.as_str().starts_with(['e', 'E']));
        if euro_word && c.name("scale").is_none() && !c["num"].contains(',') {
            continue;
        }
        let currency = match (c.name("code"), c.name("sym").or(c.name("letter"))) {
            (Some(code), _) => code_currency(code.as_str()).to_string(),
            (None, Some(_)) if letter_country.is_some() => {
                letter_country.unwrap_or_default().to_string()
            }
            (None, Some(sym)) => match symbol_currency(sym.as_str()) {
                Some(cur) => cur.to_string(),
                None => continue,
            },
            _ => continue,
        };
        let Some(n) = parse_num(&c["num"]) else {
            continue;
        };
        // "€120.000": a euro amount with three zeros after a stop and no
        // scale counts thousands.
        let n = if c.name("scale").is_none()
            && c.name("sym").is_some_and(|s| s.as_str() == "€")
            && c["num"].len() <= 7
            && c["num"].ends_with(".000")
        {
            n * 1000.0
        } else {
            n
        };
        // "USD (1,193) million", "€(3.4) million": accounting brackets
        // around a loss, read as its amount. A closing bracket alone ends
        // the amount ("(in USD 5) million" is 5).
        let m_end = match (c.name("open"), c.name("close")) {
            (None, Some(close)) => close.start(),
            _ => m.end(),
        };
        // An opening bracket alone belongs to other text: "euros
        // (4,153,553.39 lei)".
        if c.name("open").is_some() && c.name("close").is_none() {
            continue;
        }
        let lone_close = c.name("open").is_none() && c.name("close").is_some();
        let unit = if lone_close {
            1.0
        } else {
            scale(c.name("scale").map(|s| s.as_str()))
        };
        // "fell … to –€264m": a minus sign right before the symbol, after a
        // space or a bracket, makes the amount negative.
        let signed = ['–', '-', '−'].into_iter().find(|s| {
            body[..m.start()].ends_with(*s)
                && body[..m.start() - s.len_utf8()].ends_with([' ', '('])
        });
        let (n, start) = match signed {
            Some(s) if c.name("num2").is_none() => (-n, m.start() - s.len_utf8()),
            _ => (n, m.start()),
        };
        let amount = tidy(n * unit);
        let rule = money_rule(c.name("code").is_some(), c.name("sym").map(|m| m.as_str()));
        // "$7.6–7.8 billion": two amounts, the first taking the scale of the
        // second.
        if let Some(high) = c.name("num2").filter(|_| !lone_close)
            && let Some(h) = parse_num(high.as_str())
        {
            let num_end = c.name("num").expect("num is not optional").end();
            out.push(Cand {
                span: m.start()..num_end,
                rule,
                data: CandData::Money {
                    amount,
                    currency: currency.clone(),
                },
            });
            out.push(Cand {
                span: high.start()..m.end(),
                rule,
                data: CandData::Money {
                    amount: tidy(h * unit),
                    currency,
                },
            });
            continue;
        }
        out.push(Cand {
            span: start..m_end,
            rule,
            data: CandData::Money { amount, currency },
        });
    }
    for c in r.money_mdh.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let Some(n) = parse_num(&c["num"]) else {
            continue;
        };
        let unit = if &c["unit"] == "MMDH" { 1e9 } else { 1e6 };
        out.push(Cand {
            span: m.range(),
            rule: "money.dirham",
            data: CandData::Money {
                amount: tidy(n * unit),
                currency: "MAD".to_string(),
            },
        });
    }
    // A hundredth of the release's dollar, or of the US dollar when the
    // text says so.
    // Most bodies name no cents: one plain search spares them the regex
    // (a filter on the matches would still run it).
    if body.contains("cent") || body.contains('¢') {
        for c in r.money_cents.captures_iter(body) {
            let m = c.get(0).expect("group 0 always matches");
            let Ok(n) = c["num"].replace(',', ".").replace(' ', "").parse::<f64>() else {
                continue;
            };
            let us = c.name("us").is_some() || c.name("usd").is_some();
            // "194.5 cent" a share in a release that counts in euros and
            // never in dollars is a euro cent.
            let euro = !us && !body.contains('$') && (body.contains('€') || body.contains("EUR"));
            out.push(Cand {
                span: m.range(),
                rule: match (us, euro) {
                    (true, _) => "money.code",
                    (false, true) => "money.symbol",
                    (false, false) => "money.dollar",
                },
                data: CandData::Money {
                    amount: tidy(n / 100.0),
                    currency: if euro { "EUR" } else { "USD" }.to_string(),
                },
            });
        }
    }
    // Pence only where the release counts in pounds.
    if body.contains('£') || body.contains("GBP") {
        for c in r.money_pence.captures_iter(body) {
            // "1080p" is a screen's resolution.
            if matches!(&c["num"], "480" | "720" | "1080" | "1440" | "2160") {
                continue;
            }
            let Ok(n) = c["num"].parse::<f64>() else {
                continue;
            };
            out.push(Cand {
                span: c.get(0).expect("group 0 always matches").range(),
                rule: "money.symbol",
                data: CandData::Money {
                    amount: tidy(n / 100.0),
                    currency: "GBP".to_string(),
                },
            });
        }
    }
    for c in r.money_mcode.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let (k, code, num) = match (c.name("k1"), c.name("k2")) {
            (Some(k), _) => (k, &c["c1"], &c["n1"]),
            (None, Some(k)) => (k, &c["c2"], &c["n2"]),
            _ => continue,
        };
        let Some(n) = parse_num(num) else {
            continue;
        };
        // "MUSD -0.2": a minus between the unit and the number.
        let n = if c.name("neg").is_some() { -n } else { n };
        let span = m.range();
        let unit = if k.as_str() == "M" { 1e6 } else { 1e3 };
        out.push(Cand {
            span,
            rule: "money.code",
            data: CandData::Money {
                amount: tidy(n * unit),
                currency: code.to_string(),
            },
        });
    }
    if body.contains("rore") {
        for c in r.money_crore.captures_iter(body) {
            let m = c.get(0).expect("group 0 always matches");
            // "100 crore tonnes": crores of a thing are a count.
            let next = body[m.end()..]
                .strip_prefix(' ')
                .map(|r| r.split([' ', ',', '.', ')', ';']).next().unwrap_or(""));
            let counted = next.is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !matches!(
                        w,
                        "from"
                            | "to"
                            | "in"
                            | "at"
                            | "for"
                            | "on"
                            | "and"
                            | "across"
                            | "under"
                            | "towards"
                            | "which"
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                            | "of"
                            | "as"
                            | "with"
                            | "by"
                            | "over"
                            | "per"
                            | "annually"
                            | "during"
                            | "into"
                            | "against"
                            | "has"
                            | "have"
                            | "will"
                    )
            });
            let Some(n) = parse_num(&c["num"]) else {
                continue;
            };
            if counted {
                continue;
            }
            out.push(Cand {
                span: m.range(),
                rule: "money.rupee",
                data: CandData::Money {
                    amount: tidy(n * scale(Some(&c["scale"]))),
                    currency: "INR".to_string(),
                },
            });
        }
    }
    for c in r.money_post.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        // "a billion pounds": "a" counts one only before a scale, and
        // "half a billion dollars" half of one.
        let half = &c["num"] == "a" && body[..m.start()].ends_with("half ");
        let start = if half {
            m.start() - "half ".len()
        } else {
            m.start()
        };
        let n = if &c["num"] == "a" {
            c.name("scale").map(|_| if half { 0.5 } else { 1.0 })
        } else {
            parse_num(&c["num"].to_lowercase())
        };
        let Some(n) = n else {
            continue;
        };
        // "forty seven million United States Dollars": tens and units in
        // words, apart.
        let tens = word_before(body, start).and_then(|w| {
            let v = match body[w.clone()].to_lowercase().as_str() {
                "twenty" => 20.0,
                "thirty" => 30.0,
                "forty" => 40.0,
                "fifty" => 50.0,
                "sixty" => 60.0,
                "seventy" => 70.0,
                "eighty" => 80.0,
                "ninety" => 90.0,
                _ => return None,
            };
            (n < 10.0 && c["num"].chars().all(char::is_alphabetic)).then_some((w.start, v))
        });
        let (start, n) = tens.map_or((start, n), |(at, v)| (at, v + n));
        // "five euros" is rarely money in a release; "five billion euros" is.
        if c["num"].chars().all(char::is_alphabetic) && c.name("scale").is_none() {
            continue;
        }
        // "8,929,48491 lei": the tail of a number misprinted is no amount.
        if body[..m.start()].ends_with(|ch: char| ch == ',' || ch == '.' || ch.is_ascii_digit()) {
            continue;
        }
        let word = &c["word"];
        if pounds_of_weight(word, &body[m.end()..]) {
            continue;
        }
        // "1 million Australian Dollars" in a title-cased line.
        let currency = CURRENCY_WORDS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, code)| *code)
            .or_else(|| CURRENCY_CODES.iter().find(|c| **c == word).copied())
            .unwrap_or("USD");
        let currency = code_currency(currency);
        // "100m EUR": a scale glued to the number.
        let unit = scale(c.name("scale").or(c.name("gscale")).map(|s| s.as_str()));
        let amount = tidy(n * unit);
        // Whose dirham, franc or dinar, `local_dollars` decides.
        let rule = if word.starts_with("dirham") {
            "money.dirham"
        } else if word.contains("franc") {
            "money.franc"
        } else if word.starts_with("dinar") {
            "money.dinar"
        } else {
            "money.word"
        };
        out.push(Cand {
            span: start..m.end(),
            rule,
            data: CandData::Money {
                amount,
                currency: currency.to_string(),
            },
        });
    }
}

pub(super) fn percent(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    for c in r.percent.captures_iter(body) {
        let m = c.get(0).expect("group 0 always matches");
        let Some(value) = parse_num(&c["num"].to_lowercase()) else {
            continue;
        };
        // "50 basis points", "145 bps": hundredths of a percentage point.
        let unit = &c["unit"];
        let basis = unit.starts_with('b');
        let value = if basis { value / 100.0 } else { value };
        // "(49.4)%": accounting brackets make a figure negative; a closing
        // bracket alone is some other text's.
        let bracketed = c.name("paren").is_some();
        let num_start = c.name("num").expect("num is not optional").start();
        if bracketed && !body[..num_start].ends_with('(') {
            continue;
        }
        let value = if bracketed { -value } else { value };
        // "14~15 percent", "10.5–11.5%": each bound is a figure of its own.
        // "its projection for 2019 to 3.0 per cent": a year is no bound.
        let low = c.name("low").filter(|l| {
            !(l.as_str().len() == 4
                && l.as_str()
                    .parse::<u32>()
                    .is_ok_and(|y| (1900..=2100).contains(&y)))
        });
        if let Some(low) = low
            && let Some(v) = parse_num(low.as_str())
        {
            let v = if basis { v / 100.0 } else { v };
            out.push(Cand {
                span: low.range(),
                rule: "percent.range",
                data: CandData::Percent {
                    value: v,
                    direction: None,
                    subject: None,
                    points: false,
                },
            });
        }
        let m = match c.name("low") {
            // With or without its low bound, the figure starts at its own
            // number.
            Some(_) => c.name("num").expect("num is not optional").start()..m.end(),
            None => m.range(),
        };
        // "percent1": a footnote mark is not part of the mention.
        let m = m.start
            ..m.start
                + body[m.clone()]
                    .trim_end_matches(|ch: char| ch.is_ascii_digit())
                    .len();
        if !body[..m.start]
            .chars()
            .next_back()
            .is_none_or(|ch| !ch.is_alphanumeric() && ch != '.')
        {
            continue;
        }
        // "Twenty Four Percent": a number in words goes on before this one.
        let tens_before = word_before(body, m.start).is_some_and(|w| {
            matches!(
                body[w].to_lowercase().as_str(),
                "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety"
            )
        });
        if tens_before {
            continue;
        }
        let points =
            unit.starts_with("percentage") || unit.starts_with("pp") || basis || unit == "%p";
        // "decreased by -0.1%": the sign repeats the verb.
        let signed = body[..m.start].ends_with(" -");
        // "(-31%)": a minus sign is a fall, as "+" is a rise (the value
        // stays positive, as after "fell").
        let minus = body[..m.start].ends_with("(-")
            || body[..m.start].ends_with("(−")
            || body[..m.start].ends_with(" −");
        // "(+4.8%)": a plus sign is a rise; "+ 0.6%" in a table too.
        // "EURIBOR + 2.74%" is a spread over a rate, not a rise.
        let spread = body[..m.start]
            .strip_suffix(" + ")
            .and_then(|h| h.rsplit(' ').next())
            .is_some_and(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()));
        let plus = body[..m.start].ends_with("(+")
            || body[..m.start].ends_with(" +")
            || (body[..m.start].ends_with(" + ") && !spread)
            || body[..m.start].ends_with("(+ ");
        let mut start = if signed || bracketed {
            m.start - 1
        } else if plus && body[..m.start].ends_with("+ ") {
            m.start - 2
        } else if minus || plus {
            m.start
                - body[..m.start]
                    .chars()
                    .next_back()
                    .map_or(0, char::len_utf8)
        } else {
            m.start
        };
        let mut direction = if plus {
            Some(Direction::Up)
        } else if minus {
            Some(Direction::Down)
        } else {
            None
        };
        let mut verb_start = None;
        // "rose 12.7 percent", "rose by 12.7 percent", "up 35.8 percent",
        // "rose by almost 25 per cent", "rising to 20 per cent".
        let mut before = word_before(body, start).filter(|_| !plus);
        // "increase by approx. 20%": the abbreviation's stop hides the word.
        if !plus && let Some(head) = body[..start].trim_end().strip_suffix("approx.") {
            before = word_before(body, head.len());
        }
        if let Some(q) = before.clone()
            && matches!(
                &body[q.clone()],
                "almost"
                    | "nearly"
                    | "between"
                    | "about"
                    | "around"
                    | "approximately"
                    | "roughly"
                    | "some"
                    | "over"
                    | "just"
            )
        {
            before = word_before(body, q.start);
        }
        // "improved by more than 13%".
        if let Some(q) = before.clone()
            && &body[q.clone()] == "than"
            && let Some(m2) = word_before(body, q.start)
            && matches!(&body[m2.clone()], "more" | "less")
        {
            before = word_before(body, m2.start);
        }
        if let Some(w1) = before {
            // "up to 10 per cent" is a ceiling, not a rise.
            let w1s = match &body[w1.clone()] {
                "by" => word_before(body, w1.start),
                "to" => word_before(body, w1.start)
                    .filter(|v| !matches!(&body[v.clone()], "up" | "down" | "Up" | "Down")),
                _ => Some(w1.clone()),
            };
            // "make up around 25%", "broken down": a particle, not a change.
            let particle = w1s.clone().is_some_and(|w| {
                matches!(&body[w.clone()], "up" | "down")
                    && word_before(body, w.start).is_some_and(|v| {
                        matches!(
                            &body[v],
                            "make"
                                | "makes"
                                | "made"
                                | "making"
                                | "set"
                                | "sets"
                                | "take"
                                | "takes"
                                | "took"
                                | "broken"
                                | "break"
                                | "breaks"
                                | "end"
                                | "ends"
                                | "ended"
                                | "sum"
                                | "sums"
                        )
                    })
            });
            // "was off 10 percent" is a fall; "write off 45%" is no change.
            let off_not_fall = w1s.clone().is_some_and(|w| {
                &body[w.clone()] == "off"
                    && !word_before(body, w.start).is_some_and(|v| {
                        matches!(&body[v], "was" | "were" | "is" | "are" | "been" | "be")
                    })
            });
            if let Some(w) = w1s.filter(|_| !particle && !off_not_fall) {
                let word = body[w.clone()].to_lowercase();
                if UP_WORDS.contains(&word.as_str()) {
                    direction = Some(Direction::Up);
                } else if DOWN_WORDS.contains(&word.as_str()) {
                    direction = Some(Direction::Down);
                }
                if direction.is_some() {
                    start = w.start;
                    verb_start = Some(w.start);
                }
            }
        }
        // "a 3 percent increase" has no direction: the issue defines it by
        // the verb (or "up"/"down") only, and the annotations follow it.
        let subject = verb_start.and_then(|v| percent_subject(body, v));
        // "grow by 3% to 4%", "grow between 3% and 4%": the second bound
        // moves the way the first does.
        // "contracted 50 bps to 55.6%": a change in points to a level is
        // no range.
        let partner = out.iter().rev().find_map(|c| match &c.data {
            CandData::Percent {
                direction: Some(d),
                points: p,
                ..
            } if *p == points
                && match body.get(c.span.end..start) {
                    Some(" to " | "–" | "-") => true,
                    // "between 3% and 4%" is a range; "4.2 percent and 4.8
                    // percent" a list of figures of their own.
                    Some(" and ") => {
                        let lead =
                            &body[floor_boundary(body, c.span.start.saturating_sub(9))..c.span.end];
                        lead.contains("between ")
                    }
                    _ => false,
                } =>
            {
                Some(*d)
            }
            _ => None,
        });
        let mut direction = direction.or(partner);
        // "41.3% higher than October 2020 billings": the comparative after
        // the figure says which way it moved, and is part of the mention.
        let mut end = m.end;
        if direction.is_none() {
            for (word, d) in [(" higher", Direction::Up), (" lower", Direction::Down)] {
                if body[m.end..].starts_with(word)
                    && !body[m.end + word.len()..].starts_with(char::is_alphanumeric)
                {
                    end = m.end + word.len();
                    direction = Some(d);
                }
            }
        }
        out.push(Cand {
            span: start..end,
            rule: if verb_start.is_some() {
                "percent.verb"
            } else {
                "percent.plain"
            },
            data: CandData::Percent {
                value,
                direction,
                subject,
                points,
            },
        });
    }
}

/// What changed, from the words between the clause start and the verb:
/// "Korea’s exports in September 2025 rose" gives "exports".
pub(super) fn percent_subject(body: &str, verb: usize) -> Option<String> {
    let sentence_start = sentence_of(body, verb).start.min(verb);
    let clause = &body[sentence_start..verb];
    let mut cut = 0;
    for sep in [
        ", ",
        "; ",
        " while ",
        " whereas ",
        " and ",
        " but ",
        "(",
        ": ",
        " as ",
    ] {
        if let Some(i) = clause.rfind(sep) {
            cut = cut.max(i + sep.len());
        }
    }
    let mut s = clause[cut..].trim().to_string();
    let in_parens = clause[cut..].trim().is_empty() && clause.ends_with('(');
    if in_parens {
        // "(up 35.8 percent)": the sentence's own subject.
        let whole = &body[sentence_start..verb];
        let end = whole
            .split_whitespace()
            .position(|w| {
                let w = w.to_lowercase();
                UP_WORDS.contains(&w.as_str())
                    || DOWN_WORDS.contains(&w.as_str())
                    || [
                        "also", "reached", "posted", "recorded", "hit", "set", "was", "were", "is",
                        "are", "came", "stood",
                    ]
                    .contains(&w.as_str())
            })
            .unwrap_or(0);
        s = whole
            .split_whitespace()
            .take(end)
            .collect::<Vec<_>>()
            .join(" ");
    }
    // Drop a possessive owner ("Korea’s exports") and leading articles.
    for marker in ["’s ", "'s "] {
        if let Some(i) = s.rfind(marker) {
            s = s[i + marker.len()..].to_string();
        }
    }
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while words.first().is_some_and(|w| {
        [
            "the", "The", "its", "Its", "their", "Their", "also", "while", "and",
        ]
        .contains(w)
    }) {
        words.remove(0);
    }
    // Drop trailing time phrases and adverbs: "in September 2025", "also".
    loop {
        let n = words.len();
        if n >= 1
            && [
                "also",
                "all",
                "year-on-year",
                "on-year",
                "respectively",
                "further",
            ]
            .contains(&words[n - 1])
        {
            words.pop();
            continue;
        }
        if let Some(i) = words
            .iter()
            .rposition(|w| ["in", "during", "for", "from", "since", "over"].contains(w))
        {
            let tail = &words[i + 1..];
            let temporal = !tail.is_empty()
                && tail.iter().all(|w| {
                    month_number(w).is_some()
                        || w.chars().all(|c| c.is_ascii_digit())
                        || [
                            "the", "first", "second", "third", "fourth", "half", "quarter", "year",
                            "month", "last", "this",
                        ]
                        .contains(w)
                });
            if temporal {
                words.truncate(i);
                continue;
            }
        }
        break;
    }
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let mut out = words.join(" ");
    // A capital that only opens the sentence is not part of the name.
    let mut chars = out.chars();
    if let (Some(first), Some(second)) = (chars.next(), chars.next())
        && first.is_uppercase()
        && second.is_lowercase()
    {
        out = first.to_lowercase().chain(out.chars().skip(1)).collect();
    }
    Some(out)
}

/// "141 million pounds of air pollutants": pounds of a thing are a weight;
/// "£5 million pounds of funding" and pounds alone are money.
fn pounds_of_weight(word: &str, after: &str) -> bool {
    let Some(thing) = after.strip_prefix(" of ") else {
        return false;
    };
    let noun = thing
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(word, "pounds" | "pound") && !noun.is_empty() && !MONEY_NOUNS.contains(&noun.as_str())
}

pub(super) fn quantity(body: &str, r: &Rules, out: &mut Vec<Cand>) {
    let mut pos = 0;
    while let Some(c) = r.quantity.captures_at(body, pos) {
        let m = c.get(0).expect("group 0 always matches");
        pos = m.end();
        let num = c.name("num").expect("num is not optional");
        let raw = num.as_str();
        let Some(n) = parse_num(&raw.to_lowercase()) else {
            continue;
        };
        // "70GWh": a unit of measure may be glued to its number.
        // "a 1,700-acre site": a measure made an adjective.
        let Some(unit) = c.name("unit").or(c.name("glued")).or(c.name("hyphen")) else {
            continue;
        };
        // "130,000 km of cables": a unit of measure ends the count before
        // the words that describe it.
        let measure = unit
            .as_str()
            .split_once(' ')
            .filter(|(first, _)| MEASURE_UNITS.contains(first))
            .map(|(first, _)| first);
        let (unit, end) = match measure {
            Some(first) => (first.to_string(), unit.start() + first.len()),
            None => (unit.as_str().to_string(), m.end()),
        };
        let last = unit.rsplit(' ').next().unwrap_or("");
        let before = body[..num.start()].chars().next_back();
        let is_word_number = raw.chars().all(|ch| ch.is_alphabetic() || ch == '-');
        let prev_word =
            word_before(body, c.get(0).map_or(num.start(), |g| g.start())).map(|w| &body[w]);
        let year_like = !raw.contains([',', '.'])
            && (1900.0..=2100.0).contains(&n)
            && c.name("scale").is_none();
        // "at least 1 million Australian Dollars" is money, in any case.
        let currency_unit = (CURRENCY_WORDS.iter().any(|(w, _)| {
            unit.len() >= w.len()
                && unit.is_char_boundary(unit.len() - w.len())
                && unit[unit.len() - w.len()..].eq_ignore_ascii_case(w)
        }) || CURRENCY_CODES.contains(&last))
            && !pounds_of_weight(last, &body[end..]);
        // "1,370 new and retained jobs": "and" between two modifiers, not
        // first.
        let unit_stop = unit.split(' ').enumerate().any(|(i, w)| {
            (w == "and" && i == 0)
                || [
                    "of", "or", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are",
                    "was", "were", "has", "have",
                ]
                .contains(&w)
        });
        if unit_stop {
            // "through 2010 in five existing facilities": the match was no
            // count, but a count may start inside it.
            pos = num.end();
        }
        let skip = currency_unit
            // "21.4 cents" is money (`money_cents`).
            || matches!(last, "cents" | "cent")
            || TIME_NOUNS.contains(&last)
            || ["percent", "percentage", "per cent"]
                .iter()
                .any(|p| unit.starts_with(p))
            || before.is_some_and(|ch| {
                ch.is_alphanumeric()
                    || matches!(ch, '$' | '€' | '£' | '¥' | '₩' | '-' | '–' | '/' | '.')
            })
            || year_like
            // "Rs. 5 crores onwards" is money.
            || {
                let head = body[..c.get(0).map_or(num.start(), |g| g.start())].trim_end();
                ["Rs.", " Rs", "INR", "₹", "PKR", "LKR", "BDT", " Tk"]
                    .iter()
                    .any(|p| head.ends_with(p))
            }
            || (is_word_number
                && matches!(
                    prev_word,
                    Some("the" | "The" | "these" | "those" | "both" | "our" | "their" | "its")
                ))
            || prev_word.is_some_and(|w| {
                capitalised(w)
                    && c.name("qual").is_none()
                    && !is_word_number
                    && name_word(w)
                    && !w.ends_with('s')
            })
            || unit_stop;
        // "the top 10 generic companies" is a rank. "19 Tim Hortons
        // restaurants": capitalised words before a plural noun are a
        // brand, not the thing counted.
        let rank = prev_word.is_some_and(|w| w.eq_ignore_ascii_case("top"));
        // "euro 0.8 billion results": an amount of money, counted by the
        // money rules.
        let money = prev_word.is_some_and(|w| {
            CURRENCY_WORDS.iter().any(|(c, _)| *c == w) || CURRENCY_CODES.contains(&w)
        });
        let brand = unit.starts_with(char::is_uppercase)
            && unit.contains(' ')
            && body[end..]
                .strip_prefix(' ')
                .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
                .is_some_and(|w| {
                    w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase)
                });
        if skip || rank || brand || money {
            continue;
        }
        let value = tidy(n * scale(c.name("scale").map(|s| s.as_str())));
        out.push(Cand {
            span: m.start()..end,
            rule: "quantity.counted",
            data: CandData::Quantity { value, unit },
        });
    }
}

/// A bare "$" in a release about Australia, Canada, New Zealand, … is that
/// country's dollar, and "Rs" in a release about Pakistan or Mauritius its
/// rupee: an Australian minister's "$20 billion" is in AUD. The
/// release is about the country it names most, when it names it more often
/// than the United States (its states and "American" count for it), and
/// twice or with no word of the United States at all.
/// The dollar a release declares its figures in: "All figures are in
/// NZD", "all amounts in Canadian dollars".
fn stated_currency(body: &str) -> Option<&'static str> {
    let lower = body.to_lowercase();
    let at = [
        "figures are in ",
        "amounts are in ",
        "figures in ",
        "amounts in ",
        "expressed in ",
    ]
    .iter()
    .find_map(|p| lower.find(p).map(|i| i + p.len()))?;
    let rest = &body[at..];
    let code = rest.get(..3)?;
    DOLLAR_COUNTRIES
        .iter()
        .map(|(_, cur)| *cur)
        .chain(["USD"])
        .find(|cur| *cur == code)
        .or_else(|| {
            CURRENCY_WORDS
                .iter()
                .find(|(w, cur)| rest.starts_with(w) && cur.ends_with('D'))
                .map(|(_, cur)| *cur)
        })
}

/// Every word of `DOLLAR_PLACES` in one automaton, with the country code
/// of each pattern: a release is read once, not once per word.
static DOLLAR_PLACE_WORDS: LazyLock<(AhoCorasick, Vec<&'static str>)> = LazyLock::new(|| {
    let (words, codes): (Vec<&str>, Vec<&str>) = DOLLAR_PLACES
        .iter()
        .flat_map(|(code, words)| words.iter().map(move |w| (*w, *code)))
        .unzip();
    let ac = AhoCorasick::new(words).expect("the place words build an automaton");
    (ac, codes)
});

pub(super) fn local_dollars(body: &str, out: &mut Vec<Cand>) {
    if !out.iter().any(|c| {
        matches!(
            c.rule,
            "money.dollar"
                | "money.rupee"
                | "money.dirham"
                | "money.shilling"
                | "money.peso"
                | "money.franc"
                | "money.dinar"
                | "money.word"
        )
    }) {
        return;
    }
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for c in out.iter() {
        match &c.data {
            CandData::Country {
                code: Some(code), ..
            } => *counts.entry(code.as_str()).or_default() += 1,
            // "Investment Board Nepal", "Trade Development Authority of
            // Pakistan": a country inside a body's name says where the
            // release is from too.
            CandData::Org { name, .. } => {
                // A set lookup first: most words of a name are no country.
                for word in name.split(' ').filter(|w| PLACE_NAMES.contains(w)) {
                    if let Some((_, code, _)) = COUNTRIES.iter().find(|(n, ..)| *n == word) {
                        *counts.entry(code).or_default() += 1;
                    }
                }
            }
            _ => {}
        }
    }
    // "Australian exporters", "Ontario's economy": adjectives, provinces and
    // states say where a release is from as much as the country's name.
    // One pass for all the words (overlapping: "Victoria" inside
    // "Victorian" is found and then fails `whole`, as each word alone would).
    for m in DOLLAR_PLACE_WORDS.0.find_overlapping_iter(body) {
        let at = m.start();
        if whole(body, &m.range())
            // "North American" names a continent, not the United States.
            // "kunanyi/Mount Wellington" is a Tasmanian peak.
            && !["North ", "South ", "Latin ", "Central ", "Mount ", "Mt "]
                .iter()
                .any(|p| body[..at].ends_with(p))
        {
            *counts
                .entry(DOLLAR_PLACE_WORDS.1[m.pattern().as_usize()])
                .or_default() += 1;
        }
    }
    // A rupee country named more often than India: "Rs 31 billion" in a
    // Mauritian release is in Mauritian rupees.
    let local = |home: &str, locals: &[(&str, &'static str)]| {
        let at_home = counts.get(home).copied().unwrap_or(0);
        locals
            .iter()
            .map(|(code, cur)| (counts.get(code).copied().unwrap_or(0), *cur))
            .max()
            .filter(|(n, _)| *n > at_home && (*n >= 2 || at_home == 0))
            .map(|(_, cur)| cur)
    };
    // "All figures are in NZD": the release says which dollar it means.
    let stated = stated_currency(body);
    // "US$ 152.4 Mn … $ 3.1 billion" in a Sri Lankan release: a writer who
    // spells out the US dollar means it by the bare sign too, unless the
    // US amounts only gloss local ones ("$5 million (US$3.7 million)").
    let writes_us_dollars =
        body.contains("US$") && !body.contains("(US$") && !body.contains("(US $");
    let dollar = stated.or_else(|| {
        if writes_us_dollars {
            None
        } else {
            local("US", DOLLAR_COUNTRIES)
        }
    });
    let rupee = local("IN", RUPEE_COUNTRIES);
    let dirham = local("AE", &[("MA", "MAD")]);
    let shilling = local("UG", &[("KE", "KES"), ("TZ", "TZS")]);
    let peso = local("MX", PESO_COUNTRIES);
    let franc = local("CH", FRANC_COUNTRIES);
    // No dinar is the default: one the release's countries do not say is
    // left out.
    let dinar = local("", DINAR_COUNTRIES);
    // "2 242 cents" in a South African release are the rand's cents.
    let rand = local("US", &[("ZA", "ZAR")]);
    // "1.008 billion pounds" in an Egyptian release is in Egyptian pounds.
    let pound = local(
        "GB",
        &[("EG", "EGP"), ("LB", "LBP"), ("SD", "SDG"), ("SY", "SYP")],
    );
    for c in out.iter_mut() {
        let currency = match c.rule {
            // "$40.3 million (US)": the amount says whose dollar it is.
            "money.dollar" if body[c.span.end..].starts_with(" (US)") => Some("USD"),
            "money.dollar"
                if dollar.is_none()
                    && rand.is_some()
                    && (body[c.span.clone()].ends_with("cents")
                        || body[c.span.clone()].ends_with('¢')) =>
            {
                rand
            }
            "money.dollar" => dollar,
            "money.rupee" => rupee,
            "money.dirham" => dirham,
            "money.shilling" => shilling,
            "money.peso" => peso,
            "money.franc" => franc,
            "money.dinar" => dinar,
            // Only bare pounds: "Lebanese pounds" stay Lebanon's.
            "money.word"
                if pound.is_some()
                    && matches!(&c.data, CandData::Money { currency, .. } if currency == "GBP")
                    && (body[c.span.clone()].ends_with(" pounds")
                        || body[c.span.clone()].ends_with(" pound")) =>
            {
                pound
            }
            _ => None,
        };
        if let Some(currency) = currency
            && let CandData::Money { currency: cur, .. } = &mut c.data
        {
            *cur = currency.to_string();
        }
    }
    if dinar.is_none() {
        out.retain(|c| c.rule != "money.dinar");
    }
}
