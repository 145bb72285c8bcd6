//! The corpus file format and its parser.
//!
//! A corpus is plain UTF-8 text. Each record starts with a line holding only
//! `-`, then a title line, then the body, which ends with `date` and an ISO
//! date glued to the text:
//!
//! ```text
//! -
//! Korea and UK Discuss Trade Cooperation
//! The Ministry … held talks. date2025-10-02
//! ```
//!
//! The parser accepts CRLF line endings, a UTF-8 byte-order mark, a missing
//! final newline, blank lines between records, stray white space around
//! lines, and a body spread over several lines. Within a paragraph, lines
//! are joined with a space (hard-wrapped text reflows); a blank line starts
//! a new paragraph, kept as `\n\n` in the body. `date` may be followed by
//! `:` or spaces before the date.
//!
//! It reports every error in the file, each with the file, line and record,
//! so a user fixes a corpus in one pass instead of one error per build.

use crate::date::{Date, DateError};
use crate::model::{Corpus, Release};
use crate::text;
use core::fmt;
use std::collections::HashMap;

/// Longest slug kept in a release id (after the date), in bytes.
const MAX_SLUG: usize = 72;

/// A problem that makes a corpus unusable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The file name as given to the parser.
    pub file: String,
    /// 1-based line of the problem (0 for the file as a whole).
    pub line: usize,
    /// 1-based record number, when the problem is inside a record.
    pub record: Option<usize>,
    /// The record's title, when it has one.
    pub title: Option<String>,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// The kinds of corpus error.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A line is not valid UTF-8; `column` is the 1-based byte of the first bad byte.
    InvalidUtf8 {
        /// 1-based byte offset of the first invalid byte within the line.
        column: usize,
    },
    /// Non-blank text before the first `-` line.
    TextBeforeFirstRecord,
    /// The line after `-` is blank or missing.
    EmptyTitle,
    /// The record has a title but no body text.
    EmptyBody,
    /// The body does not end with `date` and a date.
    NoDate,
    /// The text after `date` is not `YYYY-MM-DD`.
    MalformedDate(String),
    /// `YYYY-MM-DD`, but no such day (`2025-02-30`).
    ImpossibleDate(String),
    /// The file holds no record at all.
    EmptyCorpus,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::InvalidUtf8 { column } => {
                write!(f, "invalid UTF-8 at byte {column} of the line")
            }
            ErrorKind::TextBeforeFirstRecord => {
                write!(
                    f,
                    "text before the first record (a record starts with a line holding only '-')"
                )
            }
            ErrorKind::EmptyTitle => {
                write!(f, "empty title (the line after '-' must hold the title)")
            }
            ErrorKind::EmptyBody => write!(f, "empty body"),
            ErrorKind::NoDate => write!(
                f,
                "no date (the body must end with 'date' and an ISO date, e.g. 'date2025-10-02')"
            ),
            ErrorKind::MalformedDate(s) => {
                write!(f, "malformed date {s:?} (expected YYYY-MM-DD)")
            }
            ErrorKind::ImpossibleDate(s) => write!(f, "impossible date {s:?} (no such day)"),
            ErrorKind::EmptyCorpus => write!(f, "the corpus holds no records"),
        }
    }
}

impl fmt::Display for Error {
    /// `data/releases.txt:12: record 3 "Title": malformed date "2025-1-2" (…)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        write!(f, ": ")?;
        if let Some(n) = self.record {
            write!(f, "record {n}")?;
            if let Some(t) = &self.title {
                write!(f, " {t:?}")?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.kind)
    }
}

impl std::error::Error for Error {}

/// Something odd that does not stop the build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The file name as given to the parser.
    pub file: String,
    /// 1-based line of the record concerned.
    pub line: usize,
    /// What was noticed and done.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: warning: {}", self.file, self.line, self.message)
    }
}

/// A parsed corpus and the warnings met on the way.
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The releases, in file order.
    pub corpus: Corpus,
    /// Warnings, in file order.
    pub warnings: Vec<Warning>,
}

/// One line of the file with its 1-based number.
struct Line {
    number: usize,
    text: String,
}

/// Parses a corpus. `file` is only used in messages.
///
/// Returns every error in the file, in file order, when there is any.
pub fn parse(bytes: &[u8], file: &str) -> Result<Parsed, Vec<Error>> {
    let mut errors = Vec::new();
    let err = |line, record, title: Option<&str>, kind| Error {
        file: file.to_string(),
        line,
        record,
        title: title.map(str::to_string),
        kind,
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);

    let mut lines = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let text = match std::str::from_utf8(raw) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let kind = ErrorKind::InvalidUtf8 {
                    column: e.valid_up_to() + 1,
                };
                errors.push(err(i + 1, None, None, kind));
                String::from_utf8_lossy(raw).into_owned()
            }
        };
        lines.push(Line {
            number: i + 1,
            text,
        });
    }

    // Group lines into records at each `-` line.
    let mut records: Vec<(usize, Vec<Line>)> = Vec::new();
    for line in lines {
        if line.text.trim() == "-" {
            records.push((line.number, Vec::new()));
        } else if let Some((_, body)) = records.last_mut() {
            body.push(line);
        } else if !line.text.trim().is_empty()
            && errors
                .iter()
                .all(|e| e.kind != ErrorKind::TextBeforeFirstRecord)
        {
            errors.push(err(
                line.number,
                None,
                None,
                ErrorKind::TextBeforeFirstRecord,
            ));
        }
    }
    if records.is_empty() && errors.is_empty() {
        errors.push(err(0, None, None, ErrorKind::EmptyCorpus));
    }

    let mut releases = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: HashMap<(String, Date), (usize, usize)> = HashMap::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (n, (marker_line, lines)) in records.into_iter().enumerate() {
        let record = Some(n + 1);
        let title = lines.first().map(|l| l.text.trim()).unwrap_or("");
        let title_line = lines.first().map_or(marker_line + 1, |l| l.number);
        if title.is_empty() {
            errors.push(err(title_line, record, None, ErrorKind::EmptyTitle));
            continue;
        }
        let body_lines = &lines[1..];
        let Some(last) = body_lines.iter().rposition(|l| !l.text.trim().is_empty()) else {
            errors.push(err(title_line, record, Some(title), ErrorKind::EmptyBody));
            continue;
        };
        let date_line = &body_lines[last];
        let (before_date, date) = match split_date(&date_line.text) {
            Ok(split) => split,
            Err(kind) => {
                errors.push(err(date_line.number, record, Some(title), kind));
                continue;
            }
        };
        let mut texts: Vec<&str> = body_lines[..last].iter().map(|l| l.text.as_str()).collect();
        texts.push(before_date);
        let body = join_paragraphs(&texts);
        if body.is_empty() {
            errors.push(err(
                date_line.number,
                record,
                Some(title),
                ErrorKind::EmptyBody,
            ));
            continue;
        }
        if let Some(&(first_line, first_record)) = seen.get(&(title.to_string(), date)) {
            warnings.push(Warning {
                file: file.to_string(),
                line: marker_line,
                message: format!(
                    "record {} {title:?} repeats record {first_record} (line {first_line}) with the same title and date; kept the first",
                    n + 1
                ),
            });
            continue;
        }
        seen.insert((title.to_string(), date), (marker_line, n + 1));

        let mut id = format!("{date}-{}", text::slug(title, MAX_SLUG));
        if id.ends_with('-') {
            id.push_str("release");
        }
        let count = ids.entry(id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            id = format!("{id}-{count}");
        }
        let lead = text::lead_end(&body);
        releases.push(Release {
            id,
            title: title.to_string(),
            date,
            truncated: text::looks_truncated(&body),
            agency: text::issuing_agency(&body),
            lead_end: lead as u32,
            body,
            facts: Vec::new(),
            keywords: Vec::new(),
            related: Vec::new(),
        });
    }

    if errors.is_empty() {
        Ok(Parsed {
            corpus: Corpus {
                releases,
                entities: Vec::new(),
            },
            warnings,
        })
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// Splits the last body line into the text before the date marker and the
/// date. The marker is the last `date` followed (after an optional `:` and
/// spaces) by a digit; it must end the line.
fn split_date(line: &str) -> Result<(&str, Date), ErrorKind> {
    let trimmed = line.trim_end();
    let marker = trimmed.rmatch_indices("date").find(|&(i, _)| {
        trimmed[i + 4..]
            .trim_start_matches([':', ' ', '\t'])
            .starts_with(|c: char| c.is_ascii_digit())
    });
    let Some((at, _)) = marker else {
        return Err(ErrorKind::NoDate);
    };
    let value = trimmed[at + 4..].trim_start_matches([':', ' ', '\t']);
    match Date::parse_iso(value) {
        Ok(date) => Ok((&trimmed[..at], date)),
        Err(DateError::Malformed) => Err(ErrorKind::MalformedDate(value.to_string())),
        Err(DateError::Impossible) => Err(ErrorKind::ImpossibleDate(value.to_string())),
    }
}

/// Joins body lines: trimmed, lines of one paragraph joined by a space,
/// paragraphs (separated by blank lines) by `\n\n`.
fn join_paragraphs(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut blank_pending = false;
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            blank_pending = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_pending { "\n\n" } else { " " });
        }
        blank_pending = false;
        out.push_str(line);
    }
    out
}
