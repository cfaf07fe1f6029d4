//! Shallow syntax for event coding: enough structure to say who did what to whom in news
//! sentences without a parser.
//!
//! For each dictionary verb in a sentence (not in noun position: "the attack", "new sanctions on"):
//! - the auxiliary chain before it gives negation ("did not meet"), voice ("was sanctioned by"),
//!   and modality ("will visit": future; "could impose": possible; "reportedly": reported);
//!   "refused to" negates the verb it governs, "promised to" + cooperation codes an intent (03x),
//!   "threatened to" + force codes a threat (13x), as PETRARCH's verb combinations do;
//! - the subject is the nearest eligible actor leftwards inside the clause (clause boundaries:
//!   subordinators such as "after", relative pronouns, semicolons), skipping an apposition or a
//!   relative clause between commas ("Lavrov, Russia's foreign minister, visited"), taking the
//!   antecedent of "who"/"which", and a possessor or "of" phrase ("Russia's foreign minister
//!   met") only when nothing better stands before it; a coordinated verb ("and sent") shares the
//!   previous verb's subject;
//! - the object is the first eligible actor rightwards inside the clause, never one in a place
//!   phrase ("in Caracas", "flights to" a place actor) and never the subject of a following verb;
//! - coordinated actors ("Russia, China and Turkey") each make an event; two subjects without an
//!   object ("Russia and Iran signed an accord") make the event in both directions.
//!
//! Which mentions are actors: registry actors (provisional ones only when asked), places only
//! when a capital or seat stands for its government (link method `metonym`), demonyms only before
//! an agent noun ("Russian troops", not "Belarusian boats").

use std::collections::BTreeSet;
use std::ops::Range;

use super::cameo::CameoCode;
use super::verbs::{CodeSpec, VerbHit, VerbTable};
use super::{Event, EventOptions, Modality};
use crate::document::{Document, LinkMethod};
use crate::link::Registry;
use crate::text::fold;

/// How far the subject and the object are looked for, in words.
const MAX_LEFT: usize = 25;
const MAX_RIGHT: usize = 18;

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "isn't", "aren't", "wasn't", "weren't"];
const AUX: &[&str] = &[
    "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "'ll", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "didn't", "doesn't", "don't", "hasn't", "haven't",
    "hadn't", "mustn't", "not", "never", "also", "already", "reportedly", "allegedly", "still", "just", "recently", "then", "now",
    "later", "again", "once", "jointly", "publicly", "officially", "formally", "repeatedly", "quickly", "swiftly", "directly",
    "openly", "secretly", "allegedly", "apparently", "reportedly", "further", "even", "only", "first", "finally", "soon", "yet",
    "to", "both", "all",
];
const FUTURE: &[&str] = &["will", "shall", "'ll", "won't"];
const POSSIBLE: &[&str] = &["would", "could", "may", "might", "should", "can", "must", "cannot", "can't", "couldn't", "wouldn't", "shouldn't", "mustn't"];
const REPORTED: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly", "rumored", "rumoured"];
/// Words before "to" that make the governed verb an announcement or intention.
const INTEND: &[&str] = &[
    "plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims", "aim", "aimed", "seeks", "seek", "sought",
    "expected", "set", "scheduled", "going", "wants", "want", "wanted", "hopes", "hope", "hoped", "ready", "prepared", "preparing",
    "likely", "due", "able", "trying", "tried", "try", "attempt", "attempted", "attempting", "decided", "decides", "asked", "urged",
    "called", "calls", "pressed",
];
/// Words before "to" that promise the governed verb: cooperation becomes an intent code (03x).
const PROMISE: &[&str] = &["promised", "promises", "pledged", "pledges", "vowed", "vows", "offered", "offers", "agreed", "agrees", "committed", "undertook", "announced"];
/// Words before "to" that threaten the governed verb: conflict becomes a threat code (13x).
const THREATEN: &[&str] = &["threatened", "threatens", "threatening", "warned", "warns"];
/// Words before "to" that deny the governed verb.
const REFUSE: &[&str] = &["refused", "refuses", "refusing", "declined", "declines", "failed", "fails", "rejected", "unwilling", "reluctant"];
const NEGATION: &[&str] = &["not", "never", "cannot", "n't"];

/// Subordinators and relative pronouns: a clause starts after them.
const SUBORDINATE: &[&str] = &[
    "after", "before", "because", "although", "though", "while", "whereas", "when", "whenever", "unless", "until", "if", "since",
    "whether", "where", "as", "so",
];
const RELATIVE: &[&str] = &["who", "whom", "whose", "which", "that"];
const HARD_STOP: &[&str] = &[";", ":", "—", "–", "(", ")", "\"", "“", "”", "?", "!"];

/// Prepositions after which an actor is a place or a circumstance, not the object.
const LOCATIVE: &[&str] = &[
    "in", "at", "near", "inside", "outside", "across", "throughout", "within", "during", "into", "around", "via", "onto", "beyond",
    "along", "amid", "among", "in", "since", "until", "despite", "like", "about", "than", "per", "after", "before", "under",
];
const PREPOSITIONS: &[&str] = &["of", "to", "with", "against", "on", "for", "from", "by", "toward", "towards", "over", "between", "upon", "behind"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "any", "no", "every",
    "each", "new", "further", "more", "fresh", "additional", "recent", "first", "such", "'s", "’s", "possible", "military", "economic",
    "financial", "diplomatic", "political", "international", "western", "latest", "major", "joint", "several", "many", "own",
];
/// Nouns that make a demonym an actor ("Russian troops", "Iranian officials").
const AGENT_NOUNS: &[&str] = &[
    "government", "governments", "officials", "official", "troops", "forces", "force", "military", "army", "navy", "air", "authorities",
    "president", "minister", "ministers", "diplomats", "diplomat", "envoy", "envoys", "ambassador", "leaders", "leader", "leadership",
    "regime", "police", "intelligence", "security", "soldiers", "advisers", "advisors", "delegation", "delegations", "lawmakers",
    "parliament", "congress", "senate", "state", "firms", "companies", "company", "banks", "bank", "warships", "jets", "drones",
    "negotiators", "spokesman", "spokeswoman", "spokesperson", "foreign", "defense", "defence", "prime", "court", "courts",
    "judges", "prosecutors", "agents", "operatives", "militia", "militias", "mercenaries", "contractors", "hackers", "administration",
    "embassy", "side", "counterpart", "counterparts", "national", "guard", "coast",
];

fn is(word: &str, set: &[&str]) -> bool {
    set.contains(&word)
}

fn negates(word: &str) -> bool {
    is(word, NEGATION) || word.ends_with("n't")
}

/// An eligible actor span in a sentence (word range, actor, and how strong a subject/object it is).
#[derive(Debug, Clone)]
struct ActorSpan {
    words: Range<usize>,
    actor: String,
    /// A capital or seat standing for its government: an actor only where it acts.
    metonym: bool,
}

/// One sentence seen by the coder.
struct Sent {
    words: Vec<String>,
    spans: Vec<Range<usize>>,
    /// `actor_at[i]`: index into `actors` of the actor covering word `i`.
    actor_at: Vec<Option<usize>>,
    actors: Vec<ActorSpan>,
}

impl Sent {
    fn actor_ending_at(&self, end: usize) -> Option<usize> {
        end.checked_sub(1).and_then(|i| self.actor_at[i]).filter(|&a| self.actors[a].words.end == end)
    }

    fn actor_starting_at(&self, start: usize) -> Option<usize> {
        self.actor_at.get(start).copied().flatten().filter(|&a| self.actors[a].words.start == start)
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).map(String::as_str).unwrap_or("")
    }

    /// Whether word `i` stops a scan: a clause boundary.
    fn boundary(&self, i: usize) -> bool {
        let w = self.word(i);
        is(w, HARD_STOP) || is(w, SUBORDINATE) || is(w, RELATIVE)
    }
}

/// Code a linked document.
pub fn code_document(doc: &Document, verbs: &VerbTable, registry: &Registry, opts: &EventOptions) -> Vec<Event> {
    let text = doc.text();
    let layer = doc.tokens();
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); layer.sentences.len()];
    for (i, m) in doc.mentions.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(m.sentence) {
            v.push(i);
        }
    }
    let mut out = Vec::new();
    for (si, mentions) in by_sentence.iter().enumerate() {
        if mentions.len() < 2 {
            continue;
        }
        let words = layer.sentence(si);
        let mut s = Sent {
            words: words.iter().map(|w| fold_token(text.slice(w.start..w.end))).collect(),
            spans: words.iter().map(|w| w.start..w.end).collect(),
            actor_at: vec![None; words.len()],
            actors: Vec::new(),
        };
        let mut ms: Vec<usize> = mentions.clone();
        ms.sort_by_key(|&i| (doc.mentions[i].clean.start, std::cmp::Reverse(doc.mentions[i].clean.end)));
        for mi in ms {
            let (m, l) = (&doc.mentions[mi], &doc.links[mi]);
            let first = s.spans.partition_point(|w| w.end <= m.clean.start);
            let last = s.spans.partition_point(|w| w.start < m.clean.end);
            if first >= last || s.actor_at[first..last].iter().any(Option::is_some) {
                continue;
            }
            let eligible = match registry.get(&l.actor_id) {
                None => opts.provisional && l.method == LinkMethod::Provisional && matches!(m.label.as_str(), "PER" | "ORG"),
                Some(a) => match l.method {
                    LinkMethod::Metonym => true,
                    LinkMethod::Demonym => is(s.word(last), AGENT_NOUNS),
                    _ => a.kind != "place",
                },
            };
            if !eligible {
                continue;
            }
            let idx = s.actors.len();
            s.actors.push(ActorSpan { words: first..last, actor: l.actor_id.clone(), metonym: l.method == LinkMethod::Metonym });
            for k in first..last {
                s.actor_at[k] = Some(idx);
            }
        }
        if s.actors.iter().map(|a| &a.actor).collect::<BTreeSet<_>>().len() < 2 {
            continue;
        }
        code_sentence(&s, si, verbs, &mut out);
    }
    out
}

/// Fold a word for matching; keeps punctuation words as they are.
fn fold_token(w: &str) -> String {
    if w == "'s" || w == "’s" {
        return "'s".into();
    }
    let f = fold(w);
    if f.is_empty() {
        w.to_string()
    } else {
        f
    }
}

/// A verb occurrence with its auxiliary chain read.
struct Clause {
    /// First word of the auxiliary chain.
    chain_start: usize,
    negated: bool,
    passive: bool,
    modality: Modality,
    /// "promised to", "threatened to": how the governing word changes the code.
    governor: Option<Governor>,
    /// The chain starts right after "and"/"but"/",": the verb shares the previous subject.
    coordinated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Governor {
    Promise,
    Threaten,
}

fn code_sentence(s: &Sent, si: usize, verbs: &VerbTable, out: &mut Vec<Event>) {
    let n = s.words.len();
    let reported_sentence = s.words.windows(2).any(|w| w[0] == "according" && w[1] == "to") || s.words.iter().any(|w| is(w, REPORTED));
    let question = s.words.last().is_some_and(|w| w == "?");
    let mut i = 0;
    let mut prev_verb_end: Option<usize> = None;
    let mut prev_sources: Vec<usize> = Vec::new();
    while i < n {
        if s.actor_at[i].is_some() {
            i += 1;
            continue;
        }
        let hits = verbs.verbs_at(&s.words, i);
        let Some(&hit) = hits.first() else {
            i += 1;
            continue;
        };
        if is(&s.words[hit.head], BE) || is(&s.words[hit.head], AUX) || nominal(s, hit, prev_verb_end) {
            i += 1;
            continue;
        }
        let c = read_chain(s, hit);
        prev_verb_end = Some(hit.end);
        i = hit.end;
        let mut modality = c.modality;
        if reported_sentence && modality == Modality::Asserted {
            modality = Modality::Reported;
        }
        if question && modality == Modality::Asserted {
            modality = Modality::Possible;
        }
        // Who acts on whom. Passive: "X was sanctioned by Y", Y acts on X.
        let clause_end = clause_end(s, hit.end);
        let grammatical_subject = subject_before(s, &c, &prev_sources);
        prev_sources = grammatical_subject.clone();
        let (sources, targets) = if c.passive {
            (agent_after(s, hit.end), grammatical_subject)
        } else {
            (grammatical_subject, object_after(s, hit.end, clause_end))
        };
        // The code: the most specific pattern around the verb.
        let before: Vec<String> = s.words[clause_start(s, c.chain_start)..c.chain_start].to_vec();
        let after: Vec<String> = s.words[hit.end..clause_end].to_vec();
        let (spec, pattern) = verbs.code_for(hit.verb, &before, &after);
        let spec = govern(spec, c.governor);
        if spec.is_null() || sources.is_empty() {
            continue;
        }
        let trigger = s.spans[hit.start].start..s.spans[hit.end - 1].end;
        let mut emit = |src: usize, tgt: usize, code: CameoCode| {
            let (a, b) = (&s.actors[src].actor, &s.actors[tgt].actor);
            if a == b {
                return;
            }
            let e = Event {
                sentence: si,
                source: a.clone(),
                target: b.clone(),
                code,
                trigger: trigger.clone(),
                negated: c.negated,
                modality: if c.governor.is_some() { Modality::Asserted } else { modality },
                pattern: pattern.map(|p| p.text.clone()),
            };
            if !out.contains(&e) {
                out.push(e);
            }
        };
        if targets.is_empty() {
            // "Russia and Iran signed an accord": each toward the other.
            if let Some(code) = spec.forward {
                for &a in &sources {
                    for &b in &sources {
                        emit(a, b, code);
                    }
                }
            }
            continue;
        }
        for &a in &sources {
            for &b in &targets {
                match (spec.forward, spec.reverse) {
                    (Some(f), _) => emit(a, b, f),
                    (None, Some(r)) => emit(b, a, r),
                    (None, None) => {}
                }
            }
        }
    }
}

/// A cooperation code under "promised to" becomes an intent (03x); a conflict code under
/// "threatened to" becomes a threat (13x).
fn govern(spec: CodeSpec, g: Option<Governor>) -> CodeSpec {
    let Some(code) = spec.forward else { return spec };
    let new = match (g, code.root()) {
        (Some(Governor::Promise), 4) => "036",
        (Some(Governor::Promise), 5) => "032",
        (Some(Governor::Promise), 6) => "031",
        (Some(Governor::Promise), 7) => "033",
        (Some(Governor::Promise), 8) => "035",
        (Some(Governor::Threaten), 18..=20 | 15) => "138",
        (Some(Governor::Threaten), 17) => "137",
        (Some(Governor::Threaten), 16) => if code.as_str() == "163" { "1312" } else { "131" },
        (Some(Governor::Threaten), 14) => "133",
        (Some(Governor::Threaten), 10..=12) => "130",
        _ => return spec,
    };
    CodeSpec { forward: CameoCode::parse(new), reverse: None }
}

/// Whether a verb form stands where a noun would: after a determiner or possessive ("the
/// attack", "Russia's support"), right after another verb ("held talks"), or a plural form before
/// "on"/"of"/"against" ("sanctions on").
fn nominal(s: &Sent, hit: VerbHit, prev_verb_end: Option<usize>) -> bool {
    let prev = hit.start.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
    let next = s.word(hit.end);
    let head = s.word(hit.head);
    if is(prev, DETERMINERS) || prev_verb_end == Some(hit.start) {
        return true;
    }
    if head.ends_with('s') && !head.ends_with("ss") && matches!(next, "on" | "of" | "against" | "over" | "for" | "from" | "in" | "to" | "and" | "," | "." | "were" | "are" | "have" | "that") {
        return true;
    }
    // "of"/"for" + a base or plural form is a noun ("the lifting of sanctions"); a gerund after a
    // preposition is a verb ("accused Russia of arming").
    if (is(prev, PREPOSITIONS) || is(prev, LOCATIVE)) && !head.ends_with("ing") {
        return true;
    }
    false
}

/// Read the auxiliary chain before a verb.
fn read_chain(s: &Sent, hit: VerbHit) -> Clause {
    let mut k = hit.start;
    let mut negated = false;
    let mut be = false;
    let mut modality = Modality::Asserted;
    let mut governor = None;
    let mut infinitive = false;
    while k > 0 {
        let w = s.word(k - 1);
        if is(w, BE) {
            be = true;
            if w.ends_with("n't") {
                negated = true;
            }
        } else if is(w, AUX) || w.ends_with("ly") && w.len() > 4 && s.actor_at[k - 1].is_none() {
            if negates(w) {
                negated = true;
            }
            if is(w, FUTURE) {
                modality = Modality::Future;
            } else if is(w, POSSIBLE) && modality == Modality::Asserted {
                modality = Modality::Possible;
            } else if is(w, REPORTED) && modality == Modality::Asserted {
                modality = Modality::Reported;
            }
            if w == "to" {
                infinitive = true;
                // The word governing the infinitive.
                let g = k.checked_sub(2).map(|p| s.word(p)).unwrap_or("");
                if is(g, REFUSE) {
                    negated = true;
                } else if is(g, PROMISE) {
                    governor = Some(Governor::Promise);
                } else if is(g, THREATEN) {
                    governor = Some(Governor::Threaten);
                } else if is(g, INTEND) && modality == Modality::Asserted {
                    modality = Modality::Future;
                }
                k -= 1;
                break;
            }
        } else {
            break;
        }
        k -= 1;
    }
    let head = s.word(hit.head);
    // "X was sanctioned by Y"; a participle right before "by" is passive too ("sanctions imposed
    // by the US").
    let by_follows = s.word(hit.end) == "by" || (s.word(hit.end).ends_with("ly") && s.word(hit.end + 1) == "by");
    let passive = !infinitive && !head.ends_with("ing") && (be || (by_follows && head.ends_with("ed")));
    let before = k.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
    let coordinated = matches!(before, "and" | "but" | "," | "or") && !infinitive;
    Clause { chain_start: k, negated, passive, modality, governor, coordinated }
}

/// Word index where the clause holding position `from` starts.
fn clause_start(s: &Sent, from: usize) -> usize {
    let mut k = from;
    while k > 0 && !s.boundary(k - 1) && from - k < MAX_LEFT {
        k -= 1;
    }
    k
}

/// Word index where the clause after position `from` ends.
fn clause_end(s: &Sent, from: usize) -> usize {
    let mut k = from;
    while k < s.words.len() && !s.boundary(k) && k - from < MAX_RIGHT {
        k += 1;
    }
    k
}

/// The actor and the actors coordinated with it ("Russia, China and Turkey"), leftwards from
/// the actor `a`.
fn with_coordinated_left(s: &Sent, a: usize) -> Vec<usize> {
    let mut out = vec![a];
    let mut start = s.actors[a].words.start;
    let mut saw_conjunction = false;
    loop {
        let mut k = start;
        let mut sep = Vec::new();
        while k > 0 && matches!(s.word(k - 1), "," | "and" | "or" | "&") && sep.len() < 2 {
            sep.push(s.word(k - 1).to_string());
            k -= 1;
        }
        if sep.is_empty() {
            break;
        }
        let conj = sep.iter().any(|w| w != ",");
        if !(conj || saw_conjunction) {
            break;
        }
        match s.actor_ending_at(k) {
            Some(b) if !s.actors[b].metonym || s.actors[a].metonym => {
                saw_conjunction |= conj;
                out.push(b);
                start = s.actors[b].words.start;
            }
            _ => break,
        }
    }
    out
}

fn with_coordinated_right(s: &Sent, a: usize, end: usize) -> Vec<usize> {
    let mut out = vec![a];
    let mut at = s.actors[a].words.end;
    loop {
        let mut k = at;
        while k < end && matches!(s.word(k), "," | "and" | "or" | "&" | "as" | "well") {
            k += 1;
        }
        if k == at || k >= end {
            break;
        }
        match s.actor_starting_at(k) {
            Some(b) => {
                out.push(b);
                at = s.actors[b].words.end;
            }
            None => break,
        }
    }
    out
}

/// The subject(s) of a verb: leftwards inside the clause.
fn subject_before(s: &Sent, c: &Clause, prev_sources: &[usize]) -> Vec<usize> {
    let start = c.chain_start;
    // Apposition or relative clause between commas right before the verb: the subject is the
    // actor before the opening comma.
    if start > 0 && s.word(start - 1) == "," {
        let mut k = start - 1;
        while k > 0 && s.word(k - 1) != "," && !is(s.word(k - 1), HARD_STOP) {
            k -= 1;
        }
        if k > 0 && s.word(k - 1) == "," && k < start - 1 {
            let inner = &s.words[k..start - 1];
            if !inner.iter().any(|w| w == "and" || w == "or") {
                if let Some(a) = s.actor_ending_at(k - 1) {
                    return with_coordinated_left(s, a);
                }
            }
        }
    }
    if c.coordinated {
        if let Some(b) = start.checked_sub(1) {
            if matches!(s.word(b), "and" | "but" | "or") && !prev_sources.is_empty() {
                // "... and sent troops": unless an actor stands right before "and" as its own
                // subject list ("Russia and Iran sent").
                if s.actor_ending_at(b).is_none() {
                    return prev_sources.to_vec();
                }
            }
        }
    }
    let mut fallback: Option<usize> = None;
    let mut k = start;
    while k > 0 && start - k < MAX_LEFT {
        let w = s.word(k - 1);
        if is(w, RELATIVE) {
            // Inside a relative clause: its antecedent is the subject ("Russia, which backs").
            let mut p = k - 1;
            if p > 0 && s.word(p - 1) == "," {
                p -= 1;
            }
            return s.actor_ending_at(p).map(|a| with_coordinated_left(s, a)).or(fallback.map(|a| vec![a])).unwrap_or_default();
        }
        if s.boundary(k - 1) {
            break;
        }
        if let Some(a) = s.actor_ending_at(k) {
            let sp = &s.actors[a].words;
            let before = sp.start.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
            let after = s.word(sp.end);
            if is(before, LOCATIVE) || matches!(before, "to" | "from" | "with" | "against" | "by" | "on" | "for" | "toward" | "towards") {
                // A place or circumstance ("in Caracas", "with Iran"), not the subject.
                k = sp.start;
                continue;
            }
            if after == "'s" || before == "of" {
                // A possessor or "of" phrase: the subject only if nothing better stands before.
                fallback.get_or_insert(a);
                k = sp.start;
                continue;
            }
            return with_coordinated_left(s, a);
        }
        k -= 1;
    }
    fallback.map(|a| with_coordinated_left(s, a)).unwrap_or_default()
}

/// The object(s) of a verb: rightwards inside the clause.
fn object_after(s: &Sent, from: usize, end: usize) -> Vec<usize> {
    let mut fallback: Option<usize> = None;
    let mut k = from;
    while k < end {
        if let Some(a) = s.actor_starting_at(k) {
            let sp = s.actors[a].words.clone();
            let before = sp.start.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
            let after = s.word(sp.end);
            // The subject of a following verb ("said Russia sent"), or a place.
            if is(before, LOCATIVE) || (s.actors[a].metonym && matches!(before, "to" | "from" | "into")) {
                k = sp.end;
                continue;
            }
            if after == "'s" || before == "of" {
                fallback.get_or_insert(a);
                k = sp.end;
                continue;
            }
            return with_coordinated_right(s, a, end);
        }
        k += 1;
    }
    fallback.map(|a| vec![a]).unwrap_or_default()
}

/// The agent(s) of a passive verb: the actor after "by".
fn agent_after(s: &Sent, from: usize) -> Vec<usize> {
    let end = clause_end(s, from);
    let by = (from..end).find(|&k| s.word(k) == "by");
    match by {
        Some(b) => {
            let mut k = b + 1;
            while k < end && s.actor_starting_at(k).is_none() && !is(s.word(k), PREPOSITIONS) && k - b < 6 {
                k += 1;
            }
            s.actor_starting_at(k).map(|a| with_coordinated_right(s, a, end)).unwrap_or_default()
        }
        None => Vec::new(),
    }
}
