//! The one data type that flows through the pipeline. Like a `tokenizers` Encoding, each stage adds
//! its own layer (clean text and its alignment, sentences and tokens, mentions, links, events) and
//! never rewrites what an earlier stage produced, so every offset can be traced back to the
//! original file.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::text::CharText;
use crate::tokens::TokenLayer;

/// An article as read from an input file, plus the layers the stages add.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable id: the file path relative to its input root without extension, or a JSONL `id`.
    pub id: String,
    /// Where it came from, for `documents.csv` (file path, plus `:LINE` for JSONL).
    pub path: String,
    /// Fields carried through from JSONL (`title`, `url`, `date`, ...).
    pub meta: BTreeMap<String, String>,
    /// SHA-256 of the raw text (hex), and of its date where the input gives one, for duplicate
    /// detection and the incremental cache: the same text on another date is another report, and
    /// the registry's dated roles may code it otherwise.
    pub content_hash: String,
    pub raw: CharText,
    /// Layer 1 (clean stage).
    pub clean: Option<Cleaned>,
    /// Layer 2 (ner stage, then the link stage appends registry mentions after the model's).
    pub mentions: Vec<Mention>,
    /// Layer 2 (ner stage): whether the model read the document; `Some(false)` when its language
    /// is one the model does not read (then only registry names are linked). `None` before NER.
    pub model_read: Option<bool>,
    /// Layer 2b (parse stage): UPOS, lemma, head and relation of every word of the token layer;
    /// `None` where the model has no parser head or does not read the document's language.
    pub parse: Option<crate::syntax::Parse>,
    /// Layer 3 (link stage): `links[i]` belongs to `mentions[i]`.
    pub links: Vec<Link>,
    /// Layer 4 (events stage): who did what to whom, sentence by sentence.
    pub events: Vec<crate::events::Event>,
    /// Layer 5 (relate stage): its actor-actor relations (co-occurrence in the run's window, its
    /// factual events summed per pair and code and per pair and quad class).
    pub relations: Vec<crate::relate::DocRelation>,
    /// Set when a stage failed on this document (a bug: a panic caught by the pipeline): later
    /// stages pass it by and its row in documents.csv has status `error` with this reason.
    pub failed: Option<String>,
}

impl Document {
    pub fn new(id: String, path: String, raw: String, mut meta: BTreeMap<String, String>) -> Self {
        // A date is written as an ISO day whatever form came in ("20200302", "2 March 2020");
        // one no reader understands stays as written, and documents.csv says so.
        if let Some(date) = meta.get("date").map(|d| d.trim().to_string()).filter(|d| !d.is_empty()) {
            match crate::util::iso_day(&date) {
                // An ISO time of day is kept: it is already ISO 8601.
                Some(day) if !date.starts_with(&day) => {
                    meta.insert("date".into(), day);
                }
                Some(_) => {}
                None => {
                    let flag = format!("date '{date}' is not a date actorgraph reads (a real day: 2019-03-27, 20190327, 27/03/2019, 27 March 2019, ...): kept as text, not used for dated roles or the timeline");
                    let note = meta.get("note").filter(|n| !n.is_empty()).map_or(flag.clone(), |n| format!("{n}; {flag}"));
                    meta.insert("note".into(), note);
                }
            }
        }
        // The date as a day: one text on one day is one report.
        let content_hash = match meta.get("date").map(|d| d.trim()).filter(|d| !d.is_empty()) {
            Some(date) => {
                let day = crate::util::iso_day(date).unwrap_or_else(|| date.to_string());
                crate::util::sha256_hex(format!("{raw}\u{0}{day}").as_bytes())
            }
            None => crate::util::sha256_hex(raw.as_bytes()),
        };
        Document {
            id,
            path,
            meta,
            content_hash,
            raw: CharText::new(raw),
            clean: None,
            mentions: Vec::new(),
            model_read: None,
            parse: None,
            links: Vec::new(),
            events: Vec::new(),
            relations: Vec::new(),
            failed: None,
        }
    }

    /// The clean text if the clean stage ran, else the raw text.
    pub fn text(&self) -> &CharText {
        self.clean.as_ref().map(|c| &c.text).unwrap_or(&self.raw)
    }

    /// Sentence ranges (clean-text char offsets); the whole text as one sentence before cleaning.
    pub fn sentences(&self) -> Vec<Range<usize>> {
        match &self.clean {
            Some(c) => c.sentences.clone(),
            None => vec![0..self.raw.char_len()],
        }
    }

    /// The token layer (empty before cleaning).
    pub fn tokens(&self) -> &TokenLayer {
        static EMPTY: TokenLayer = TokenLayer::EMPTY;
        self.clean.as_ref().map(|c| &c.tokens).unwrap_or(&EMPTY)
    }

    /// Raw-text char range of a clean-text char range.
    pub fn raw_span(&self, clean: Range<usize>) -> Range<usize> {
        match &self.clean {
            Some(c) => c.raw_span(clean),
            None => clean,
        }
    }
}

/// Clean text plus its alignment to the raw text.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub text: CharText,
    /// For clean char `i`: the raw char where it starts, and how many raw chars it stands for.
    pub raw_start: Vec<u32>,
    pub raw_len: Vec<u8>,
    /// Sentence ranges in clean-text chars, in order, covering every non-space char.
    pub sentences: Vec<Range<usize>>,
    /// Paragraph ranges in clean-text chars.
    pub paragraphs: Vec<Range<usize>>,
    /// Raw lines dropped as boilerplate, with the rule that dropped each (for the audit columns).
    pub dropped: Vec<DroppedLine>,
    /// The words of every sentence, cut once here; NER, linking and event coding all read them.
    pub tokens: TokenLayer,
    /// ISO 639-3 code of the text's language ("eng", "spa"), when it can be told reliably.
    pub language: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedLine {
    /// 1-based line number in the raw text.
    pub line: usize,
    pub reason: &'static str,
    pub chars: usize,
}

impl Cleaned {
    pub fn raw_span(&self, clean: Range<usize>) -> Range<usize> {
        if clean.start >= clean.end || clean.start >= self.raw_start.len() {
            let at = self.raw_start.get(clean.start).copied().unwrap_or(0) as usize;
            return at..at;
        }
        let last = (clean.end - 1).min(self.raw_start.len() - 1);
        let start = self.raw_start[clean.start] as usize;
        let end = self.raw_start[last] as usize + self.raw_len[last] as usize;
        start..end
    }

    /// Index of the sentence holding clean char `pos` (the last one starting at or before it).
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= pos).saturating_sub(1)
    }

    pub fn paragraph_of(&self, pos: usize) -> usize {
        self.paragraphs.partition_point(|s| s.start <= pos).saturating_sub(1)
    }
}

/// Who proposed a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MentionSource {
    Model,
    Registry,
    /// An abbreviation the document defines ("Cartel of the Suns (CDS)"), found where the model
    /// did not tag it.
    Definition,
    /// A description of the document's country's government ("the regime"): see
    /// `link::descriptions`.
    Description,
}

impl MentionSource {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionSource::Model => "model",
            MentionSource::Registry => "registry",
            MentionSource::Definition => "definition",
            MentionSource::Description => "description",
        }
    }
}

/// An entity mention. Offsets are char offsets, end exclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Offsets into the clean text.
    pub clean: Range<usize>,
    /// Offsets into the raw text of the file (`raw[start..end]` is `text`).
    pub raw: Range<usize>,
    /// The mention as written in the raw text.
    pub text: String,
    /// Entity type (PER, ORG, LOC, MISC, or the model's own labels).
    pub label: String,
    pub score: f32,
    /// 0-based sentence number in the clean text.
    pub sentence: usize,
    pub source: MentionSource,
}

/// Why a mention names no actor at all (it stays in mentions.csv without one; its link method
/// is written `not-actor:REASON`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NotActor {
    Money,
    Figure,
    Date,
    LowerCase,
    Misc,
    Credit,
    Title,
    Fragment,
    /// A seat of government written as a place ("a reception at the Kremlin").
    Seat,
    /// A generic phrase written in capitals ("Human Rights", "Armed Forces").
    Generic,
}

/// How a mention was tied to an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkMethod {
    Exact,
    Alias,
    Folded,
    Coref,
    Demonym,
    Metonym,
    /// A capital or seat written as a place ("flights to Caracas"): linked to the place actor.
    Place,
    Acronym,
    Fuzzy,
    /// Part of a longer registry name the text spells out ("Dol_Amroth" tagged alone in "the
    /// Prince of Dol_Amroth"): that name's actor.
    Within,
    Provisional,
    /// No actor: the mention is a figure, a date, a credit, an adjective, ... (`actor_id` empty).
    NotActor(NotActor),
}

impl LinkMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkMethod::NotActor(n) => match n {
                NotActor::Money => "not-actor:money",
                NotActor::Figure => "not-actor:figure",
                NotActor::Date => "not-actor:date",
                NotActor::LowerCase => "not-actor:lower-case",
                NotActor::Misc => "not-actor:misc",
                NotActor::Credit => "not-actor:credit",
                NotActor::Title => "not-actor:title",
                NotActor::Fragment => "not-actor:fragment",
                NotActor::Seat => "not-actor:seat",
                NotActor::Generic => "not-actor:generic",
            },
            LinkMethod::Exact => "exact",
            LinkMethod::Alias => "alias",
            LinkMethod::Folded => "folded",
            LinkMethod::Coref => "coref",
            LinkMethod::Demonym => "demonym",
            LinkMethod::Metonym => "metonym",
            LinkMethod::Place => "place",
            LinkMethod::Acronym => "acronym",
            LinkMethod::Fuzzy => "fuzzy",
            LinkMethod::Within => "within",
            LinkMethod::Provisional => "provisional",
        }
    }
}

/// The actor a mention refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Empty when the mention names no actor (`method` is `NotActor`).
    pub actor_id: String,
    pub method: LinkMethod,
    pub score: f32,
}

impl Link {
    /// Whether the link names an actor (registry or provisional).
    pub fn is_actor(&self) -> bool {
        !matches!(self.method, LinkMethod::NotActor(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_impossible_or_unread_date_is_flagged_and_kept() {
        let meta = |d: &str| [("date".to_string(), d.to_string())].into_iter().collect::<BTreeMap<_, _>>();
        let d = Document::new("a".into(), "a".into(), "text".into(), meta("2019-02-30"));
        assert_eq!(d.meta.get("date").map(String::as_str), Some("2019-02-30"));
        assert!(d.meta.get("note").is_some_and(|n| n.contains("'2019-02-30' is not a date")), "{:?}", d.meta);
        let d = Document::new("a".into(), "a".into(), "text".into(), meta("March 3rd"));
        assert!(d.meta.get("note").is_some_and(|n| n.contains("'March 3rd'")));
        let d = Document::new("a".into(), "a".into(), "text".into(), meta("2019-03-03"));
        assert!(!d.meta.contains_key("note"));
        // Any form read is written as an ISO day; an ISO time of day stays.
        for (given, written) in [("20221017", "2022-10-17"), ("17 de octubre de 2022", "2022-10-17"), ("2022-10-17T08:00Z", "2022-10-17T08:00Z")] {
            let d = Document::new("a".into(), "a".into(), "text".into(), meta(given));
            assert_eq!(d.meta.get("date").map(String::as_str), Some(written));
            assert_eq!(d.content_hash, Document::new("b".into(), "b".into(), "text".into(), meta("2022-10-17")).content_hash, "one day, one report");
        }
    }
}
