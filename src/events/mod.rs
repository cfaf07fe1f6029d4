//! Events stage: who did what to whom, sentence by sentence, coded in CAMEO as the field's tools
//! (TABARI, PETRARCH2, the Phoenix pipeline) do: a source actor, a target actor, an event code
//! with its quad class and Goldstein score, the verb that triggered it, and the sentence as
//! evidence.
//!
//! It reads the layers other stages made (tokens, the dependency parse, linked mentions) and the
//! verb table, and adds one: `Document::events`. Verbs and their codes come from a PETRARCH verb
//! dictionary ([`verbs`]). English verbs' sources and targets are read over the parse by the
//! event engine ([`verbal`], over the sentence view of [`tree`], its word lists data read by
//! [`words`]); where the parse fails a verb, or a document has no parse, the shallow rules over
//! part-of-speech tags ([`clause`]) read it ([`Engine`] chooses). Nouns that tell events are read
//! over the parse too ([`nominal`]). Spanish documents are read by their own coder ([`spanish`])
//! with the table's Spanish verbs (there is no Spanish parse yet); documents in other languages
//! get none. Each event carries its PLOVER type too ([`plover`]).

pub mod cameo;
pub mod clause;
pub mod confidence;
pub mod discards;
pub mod location;
pub mod nominal;
pub mod plover;
pub mod spanish;
pub mod spelling;
pub mod tree;
pub mod verbal;
pub mod verbs;
pub mod words;

use std::ops::Range;

pub use cameo::{CameoCode, QuadClass};
pub use verbs::VerbTable;

use crate::document::Document;
use crate::link::Registry;
use crate::pos::PosTagger;

/// What both coders read of a document before its sentences: the day its dated roles are read on
/// (JSONL `date`, ISO or PETRARCH's compact `19950104`, as PETRARCH reads it), and each
/// sentence's mentions in text order, a longer one first where two start together (a sentence of
/// one mention may still tell an event toward a person of the sentence before: "Saab accused
/// him").
fn sentence_mentions(doc: &Document) -> (String, Vec<Vec<usize>>) {
    let day = doc.meta.get("date").and_then(|d| crate::util::iso_day(d)).unwrap_or_default();
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.tokens().sentences.len()];
    for (i, m) in doc.mentions.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(m.sentence) {
            v.push(i);
        }
    }
    for v in &mut by_sentence {
        v.sort_by_key(|&i| (doc.mentions[i].clean.start, std::cmp::Reverse(doc.mentions[i].clean.end)));
    }
    (day, by_sentence)
}

/// The words (a range of indices into `spans`, a sentence's clean-text word spans) that a
/// clean-text range covers; empty if it covers none.
fn words_of(spans: &[Range<usize>], clean: &Range<usize>) -> Range<usize> {
    spans.partition_point(|w| w.end <= clean.start)..spans.partition_point(|w| w.start < clean.end)
}

/// Whether an event happened as told, or is announced, possible or second-hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Told as having happened or happening.
    Asserted,
    /// Announced or intended: "will visit", "plans to send", "agreed to sign".
    Future,
    /// Possible or conditional: "could impose", "may meet", "would attack".
    Possible,
    /// Second-hand: "reportedly", "allegedly", "was said to"; a named source ("according to") is not.
    Reported,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Possible => "possible",
            Modality::Reported => "reported",
        }
    }

    pub fn parse(s: &str) -> Option<Modality> {
        match s {
            "asserted" => Some(Modality::Asserted),
            "future" => Some(Modality::Future),
            "possible" => Some(Modality::Possible),
            "reported" => Some(Modality::Reported),
            _ => None,
        }
    }
}

/// One coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub sentence: usize,
    pub source: String,
    pub target: String,
    /// CAMEO actor codes of source and target from the registry's `cameo` column ("VENGOV"),
    /// empty where the registry has none.
    pub source_cameo: String,
    pub target_cameo: String,
    pub code: CameoCode,
    /// Clean-text char range of the trigger (the verb, or the whole phrasal verb).
    pub trigger: Range<usize>,
    pub negated: bool,
    pub modality: Modality,
    /// The dictionary pattern that chose the code, if one did (else the verb's own code).
    pub pattern: Option<String>,
    /// Which reader coded it.
    pub reader: Reader,
    /// How likely the event is right, 0-1 ([`confidence`]); set once the document is coded.
    pub confidence: f32,
    /// Where it happened, if the sentence attaches a place to it ([`location`]).
    pub location: Option<location::Place>,
}

/// Which reader coded an event: the engine over the parse, the shallow rules (a verb the parse
/// failed, or no parse), the noun rules, or the Spanish coder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reader {
    #[default]
    Parse,
    Shallow,
    Noun,
    Spanish,
}

impl Reader {
    pub fn as_str(self) -> &'static str {
        match self {
            Reader::Parse => "parse",
            Reader::Shallow => "shallow",
            Reader::Noun => "noun",
            Reader::Spanish => "spanish",
        }
    }
}

impl Event {
    /// Whether the event belongs in the aggregated relations: it happened as told.
    pub fn is_factual(&self) -> bool {
        !self.negated && self.modality == Modality::Asserted
    }
}

/// What a paired code (`[042:043]`: A visits B, so B hosts A) makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum PairedCodes {
    /// The forward event only (the reverse only where the forward is `---`): the conventions of
    /// this project's gold ("A did X with B" gives A → B).
    #[default]
    Forward,
    /// Both events, as PETRARCH codes them ("Lavrov visited Caracas" → RUS → VEN 042 and
    /// VEN → RUS 043).
    Both,
}

/// Which reader finds the arguments of English verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Engine {
    /// The engine over the dependency parse ([`verbal`]); for a verb it reads a code for but
    /// cannot place both sides of, or does not read as a verb at all, the shallow rules' event
    /// stands. Measured best on the held-out sets (docs/events.md).
    #[default]
    Hybrid,
    /// The engine over the parse alone.
    Parse,
    /// The shallow rules over part-of-speech tags alone ([`clause`]), tuned on the seeds.
    Shallow,
}

/// Options of the events stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EventOptions {
    /// Code events between provisional actors too (by default only registry actors, as PETRARCH
    /// codes only actors in its dictionaries).
    pub provisional: bool,
    /// What a paired code makes.
    pub paired: PairedCodes,
    /// Which reader finds English verbs' arguments.
    pub engine: Engine,
}

/// The events coder: a verb table and a part-of-speech tagger, shared across threads.
pub struct EventCoder {
    pub verbs: VerbTable,
    pub pos: PosTagger,
    pub opts: EventOptions,
    /// Events told by nouns, read over the parse where the document has one ([`nominal`]).
    pub nominal: nominal::NominalRules,
    /// Scores each event's confidence ([`confidence`]).
    pub confidence: confidence::ConfidenceModel,
}

impl EventCoder {
    pub fn new(verbs: VerbTable, pos: PosTagger, opts: EventOptions) -> Self {
        EventCoder { verbs, pos, opts, nominal: nominal::NominalRules::shipped(), confidence: confidence::ConfidenceModel::shipped() }
    }

    /// Code every sentence of a linked document into `doc.events`.
    pub fn code(&self, doc: &mut Document, registry: &Registry) {
        doc.events = self.code_any(doc, registry, None);
    }

    /// The events of a document (its language's coder), less those of sentences and stories the
    /// discard list rules out ([`discards`]).
    fn code_any(&self, doc: &Document, registry: &Registry, trace: Option<&dyn Fn(&str)>) -> Vec<Event> {
        let mut events = self.code_language(doc, registry, trace);
        // PETRARCH's discards: a story or a sentence holding a discard phrase codes nothing.
        let discards = &self.verbs.discards;
        if !discards.is_empty() && !events.is_empty() {
            if discards.discards_story(doc.text().as_str()) {
                return Vec::new();
            }
            let sentences = doc.sentences();
            events.retain(|e| !sentences.get(e.sentence).is_some_and(|r| discards.discards_sentence(doc.text().slice(r.clone()))));
        }
        let gazetteer = location::Gazetteer::shipped();
        for e in &mut events {
            e.confidence = self.confidence.score(doc, e);
            e.location = location::locate(doc, e, gazetteer, &self.nominal.words);
        }
        events
    }

    /// The events of a document, read by its language's coder: Spanish documents with the
    /// Spanish verbs ([`spanish`]) where the verb table has some, English ones and those whose
    /// language could not be told with the English coder, others not at all (an English verb
    /// table read over Portuguese or French text would find only false friends).
    fn code_language(&self, doc: &Document, registry: &Registry, trace: Option<&dyn Fn(&str)>) -> Vec<Event> {
        let language = doc.clean.as_ref().and_then(|c| c.language);
        match (language, &self.verbs.spanish) {
            (Some("spa"), Some(es)) => spanish::code_document(doc, es, registry, &self.opts, trace),
            (None | Some("eng"), _) => clause::code_document(doc, &self.verbs, &self.pos, &self.nominal, registry, &self.opts, trace),
            _ => Vec::new(),
        }
    }

    /// Like [`EventCoder::code`], calling `trace` with each candidate sentence's words, tags and
    /// actors (for `actorgraph explain`).
    pub fn code_traced(&self, doc: &mut Document, registry: &Registry, trace: &dyn Fn(&str)) {
        doc.events = self.code_any(doc, registry, Some(trace));
    }
}

/// Whether two actors' CAMEO codes belong to one country (their first three letters, upper case:
/// "USAGOV" and "USA"), for both coders' "not the speaker's own country" rules.
pub(super) fn same_country(a: &str, b: &str) -> bool {
    fn country(c: &str) -> Option<&str> {
        c.get(..3).filter(|p| p.chars().all(|ch| ch.is_ascii_uppercase()))
    }
    country(a).is_some_and(|c| Some(c) == country(b))
}
