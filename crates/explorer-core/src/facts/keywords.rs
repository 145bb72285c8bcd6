//! Keywords by TF-IDF (Salton and Buckley, 1988): a term weighs more the
//! more often a release uses it and the fewer releases of the corpus do.
//! Sublinear term frequency (1 + ln tf) and smoothed inverse document
//! frequency (ln((1 + N) / (1 + df)) + 1), as in scikit-learn's default.

// FNV hashing, as the extractor's: the term counts hash short words by
// the million, where the standard library's SipHash costs.
use super::extract::HashMap;

/// Words that say nothing about a release's subject: English function
/// words and the verbs every press release uses.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "all",
    "along",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "less",
    "made",
    "make",
    "many",
    "may",
    "me",
    "more",
    "most",
    "much",
    "must",
    "my",
    "new",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "same",
    "second",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "three",
    "through",
    "to",
    "too",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "said",
    "says",
    "stated",
    "added",
    "announced",
    "noted",
    "emphasized",
    "held",
    "including",
    "key",
    "major",
    "based",
    "according",
    // Numbers' words and press-release boilerplate.
    "amid",
    "billion",
    "million",
    "trillion",
    "thousand",
    "percent",
    "usd",
    "krw",
    "eur",
    "minister",
    "ministry",
    "government",
    "today",
    "yesterday",
    "week",
    "month",
    "months",
    "various",
    "related",
    "among",
    "however",
    "therefore",
    "furthermore",
    "currently",
    "part",
    "well",
    "expected",
    "plans",
    "plan",
    "hereinafter",
    "ongoing",
];

fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut prev: Option<String> = None;
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.')) {
        let w = raw.trim_matches(|c: char| c == '.' || c == '-');
        let lower = w.to_lowercase();
        let keep = lower.chars().count() > 2
            && lower.chars().any(char::is_alphabetic)
            && !STOPWORDS.contains(&lower.as_str());
        if keep {
            if let Some(p) = &prev {
                out.push(format!("{p} {lower}"));
            }
            out.push(lower.clone());
            prev = Some(lower);
        } else {
            prev = None;
        }
    }
    out
}

/// The `n` most salient terms (words and two-word phrases) of each
/// document, by TF-IDF over all `docs`. A phrase replaces the words it
/// contains when it scores at least as well.
pub fn top_terms(docs: &[String], n: usize) -> Vec<Vec<String>> {
    let tokenised: Vec<Vec<String>> = docs.iter().map(|d| terms(d)).collect();
    let mut df: HashMap<&str, usize> = HashMap::default();
    for doc in &tokenised {
        let mut seen: Vec<&str> = doc.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            *df.entry(t).or_default() += 1;
        }
    }
    let total = docs.len() as f64;
    tokenised
        .iter()
        .map(|doc| {
            let mut tf: HashMap<&str, usize> = HashMap::default();
            for t in doc {
                *tf.entry(t).or_default() += 1;
            }
            let mut scored: Vec<(&str, f64)> = tf
                .iter()
                // A phrase must recur to count: once is an accident of wording.
                .filter(|(t, c)| !t.contains(' ') || **c > 1)
                .map(|(t, &c)| {
                    let idf = ((1.0 + total) / (1.0 + df[t] as f64)).ln() + 1.0;
                    (*t, (1.0 + (c as f64).ln()) * idf)
                })
                .collect();
            scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
            let mut picked: Vec<String> = Vec::new();
            for (t, _) in scored {
                if picked.len() == n {
                    break;
                }
                let covered = picked
                    .iter()
                    .any(|p| p.split(' ').any(|w| w == t) || t.split(' ').any(|w| w == p));
                if !covered {
                    picked.push(t.to_string());
                }
            }
            picked
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salient_terms_beat_common_ones() {
        let docs = vec![
            "Semiconductor exports rose. Semiconductor demand grew. The ministry said.".to_string(),
            "Shipbuilding orders rose. The ministry said shipbuilding is strong.".to_string(),
            "The ministry said trade talks continue with the ministry.".to_string(),
        ];
        let top = top_terms(&docs, 2);
        assert_eq!(top[0][0], "semiconductor");
        assert_eq!(top[1][0], "shipbuilding");
        assert!(!top[2].contains(&"the".to_string()));
    }
}
