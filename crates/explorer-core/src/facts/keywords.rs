//! Keywords by TF-IDF (Salton and Buckley, 1988): a term weighs more the
//! more often a release uses it and the fewer releases of the corpus do.
//! Sublinear term frequency (1 + ln tf) and smoothed inverse document
//! frequency (ln((1 + N) / (1 + df)) + 1), as in scikit-learn's default.

// FNV hashing, as the extractor's: the term counts hash short words by
// the million, where the standard library's SipHash costs.
use super::extract::{HashMap, HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

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

/// `STOPWORDS` as a set: every word of every release is looked up in it.
static STOPWORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

/// A term: a word, or two words that follow each other, as ids into the
/// corpus's vocabulary, so that counting them hashes a number, not text.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Term {
    One(u32),
    Two(u32, u32),
}

impl Term {
    /// The term as written: "semiconductor", "export growth".
    fn text(self, vocab: &[&str]) -> String {
        match self {
            Term::One(w) => vocab[w as usize].to_string(),
            Term::Two(a, b) => format!("{} {}", vocab[a as usize], vocab[b as usize]),
        }
    }

    /// The bytes of `text` without building it, for ordering.
    fn bytes<'a>(self, vocab: &[&'a str]) -> impl Iterator<Item = u8> + 'a {
        let (a, b) = match self {
            Term::One(w) => (vocab[w as usize], None),
            Term::Two(a, b) => (vocab[a as usize], Some(vocab[b as usize])),
        };
        a.bytes().chain(
            b.into_iter()
                .flat_map(|b| std::iter::once(b' ').chain(b.bytes())),
        )
    }

    /// Whether the term holds `word` as one of its words.
    fn has_word(self, word: u32) -> bool {
        match self {
            Term::One(w) => w == word,
            Term::Two(a, b) => a == word || b == word,
        }
    }
}

/// The words of `text` that may be terms, in lower case (borrowed when the
/// text has them so already), with `None` where a stopword or a number
/// breaks the run: a phrase does not span it.
fn words(text: &str) -> Vec<Option<Cow<'_, str>>> {
    let mut out = Vec::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.')) {
        let w = raw.trim_matches(|c: char| c == '.' || c == '-');
        let lower = if w.chars().any(char::is_uppercase) {
            Cow::Owned(w.to_lowercase())
        } else {
            Cow::Borrowed(w)
        };
        let keep = lower.chars().count() > 2
            && lower.chars().any(char::is_alphabetic)
            && !STOPWORD_SET.contains(lower.as_ref());
        out.push(keep.then_some(lower));
    }
    out
}

/// The terms of one release's word ids: each word, and each pair of words
/// that follow each other.
fn terms(ids: &[Option<u32>]) -> Vec<Term> {
    let mut out = Vec::new();
    let mut prev: Option<u32> = None;
    for w in ids {
        match *w {
            Some(w) => {
                if let Some(p) = prev {
                    out.push(Term::Two(p, w));
                }
                out.push(Term::One(w));
                prev = Some(w);
            }
            None => prev = None,
        }
    }
    out
}

/// The `n` most salient terms (words and two-word phrases) of each
/// document, by TF-IDF over all `docs`. A phrase replaces the words it
/// contains when it scores at least as well.
pub fn top_terms(docs: &[String], n: usize) -> Vec<Vec<String>> {
    let words: Vec<Vec<Option<Cow<str>>>> = docs.iter().map(|d| words(d)).collect();
    // Each distinct word once in the vocabulary; the documents as its ids.
    let mut vocab: Vec<&str> = Vec::new();
    let mut id_of: HashMap<&str, u32> = HashMap::default();
    let ids: Vec<Vec<Option<u32>>> = words
        .iter()
        .map(|ws| {
            ws.iter()
                .map(|w| {
                    w.as_deref().map(|w| {
                        *id_of.entry(w).or_insert_with(|| {
                            vocab.push(w);
                            (vocab.len() - 1) as u32
                        })
                    })
                })
                .collect()
        })
        .collect();
    // Each document's term counts, once: their keys are its distinct terms
    // for the document frequencies too.
    let tfs: Vec<HashMap<Term, usize>> = ids
        .iter()
        .map(|w| {
            let mut tf: HashMap<Term, usize> = HashMap::default();
            for t in terms(w) {
                *tf.entry(t).or_default() += 1;
            }
            tf
        })
        .collect();
    let mut df: HashMap<Term, usize> = HashMap::default();
    for tf in &tfs {
        for t in tf.keys() {
            *df.entry(*t).or_default() += 1;
        }
    }
    let total = docs.len() as f64;
    tfs.iter()
        .map(|tf| {
            let mut scored: Vec<(Term, f64)> = tf
                .iter()
                // A phrase must recur to count: once is an accident of wording.
                .filter(|(t, c)| matches!(t, Term::One(_)) || **c > 1)
                .map(|(t, &c)| {
                    let idf = ((1.0 + total) / (1.0 + df[t] as f64)).ln() + 1.0;
                    (*t, (1.0 + (c as f64).ln()) * idf)
                })
                .collect();
            scored.sort_by(|a, b| {
                b.1.total_cmp(&a.1)
                    .then_with(|| a.0.bytes(&vocab).cmp(b.0.bytes(&vocab)))
            });
            let mut picked: Vec<Term> = Vec::new();
            for (t, _) in scored {
                if picked.len() == n {
                    break;
                }
                // A word inside a phrase picked before, or a phrase around
                // a word picked before, says the same again.
                let covered = picked.iter().any(|&p| match (p, t) {
                    (p, Term::One(w)) if p.has_word(w) => true,
                    (Term::One(w), t) => t.has_word(w),
                    _ => false,
                });
                if !covered {
                    picked.push(t);
                }
            }
            picked.into_iter().map(|t| t.text(&vocab)).collect()
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
