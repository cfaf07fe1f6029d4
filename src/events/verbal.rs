//! Events told by verbs, read over the dependency parse: the event engine. A verb of the verb
//! table is a trigger; its arguments come from relations, not word order; its code from the
//! table's patterns matched against the verb's own phrase (its subtree), not a word window; its
//! negation and modality from its dependents and what governs it. Small stages, each a function:
//!
//! 1. [`triggers`]: verbs of the table where the parse has a verb (a noun "attack" is the noun
//!    rules' business, [`super::nominal`]);
//! 2. [`sources`] and [`targets`]: `nsubj`, through `conj`, `xcomp` (an object-control verb's
//!    object: "urged Russia to withdraw"), `acl:relcl` (the antecedent of "who"), `advcl` (a
//!    participle's main clause: "Speaking in Havana, Castro praised"); a passive's `nsubj:pass`
//!    is its target and its `obl:agent` the source; `obj`, `iobj`, and `obl` with its case word
//!    (a place only where the code sends, visits, delivers or strikes: "arrived in Caracas");
//!    coordinated actors each count, appositions and possessors name the phrase's actor, and
//!    "he" or "him" stands for the one other person named before it;
//! 3. [`code`]: the most specific pattern over the verb's phrase, then what governs it through
//!    an infinitive ("promised to send": an intent, 03x; "threatened to strike": a threat, 13x;
//!    "refused to meet": a rejection, 12x);
//! 4. [`modality`]: negation dependents, future and possible auxiliaries, "if" clauses,
//!    complements of verbs of belief or denial, hedges ("reportedly"), questions.
//!
//! [`code_sentence`] returns, beside the events, the verbs it read a code for but could not
//! place both sides of and the verbs it read at all ([`Coded`]): the default reader
//! ([`super::Engine::Hybrid`]) lets the shallow rules speak for those it failed or never read.
//!
//! What is English about it lives in `lang/en/rule-words.csv` ([`RuleWords`]); the relation names
//! are Universal Dependencies', the same in every language.

use super::tree::SentenceView;
use super::verbs::{CodeSpec, Pattern, Phrase, VerbHit, VerbTable};
use super::nominal::NominalRules;
use super::words::RuleWords;
use super::{CameoCode, Event, Modality, PairedCodes};

/// What governs a verb through an infinitive and changes its code, as PETRARCH's verb
/// combinations do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Governor {
    Promise,
    Threaten,
    Refuse,
    /// "stopped extending loans", "halted arms deliveries to": cooperation ended is a cut in
    /// relations (16x).
    Stop,
    /// "managed to", "continued to": the governed verb's code as it is.
    Carry,
}

/// A cooperation code under "promised to" becomes an intent (03x); a conflict code (14-20) under
/// "threatened to" or "vowed to" becomes a threat (13x); cooperation under "refused to" becomes a
/// rejection (12x), and anything else refused is no event.
pub fn govern(spec: CodeSpec, g: Option<Governor>) -> CodeSpec {
    let Some(code) = spec.forward else { return spec };
    let new = match (g, code.root().unwrap_or(0)) {
        (Some(Governor::Promise), 4) => "036",
        (Some(Governor::Promise), 5) => "032",
        (Some(Governor::Promise), 6) => "031",
        (Some(Governor::Promise), 7) => "033",
        (Some(Governor::Promise), 8) => "035",
        // "vowed to punish": a conflict promised is a threat.
        (Some(Governor::Threaten | Governor::Promise), 18..=20 | 15) => "138",
        (Some(Governor::Threaten | Governor::Promise), 17) => "137",
        (Some(Governor::Threaten | Governor::Promise), 16) => if code.as_str() == "163" { "1312" } else { "131" },
        (Some(Governor::Threaten | Governor::Promise), 14) => "133",
        (Some(Governor::Threaten), 10..=12) => "130",
        (Some(Governor::Refuse), 3 | 4) => "125",
        (Some(Governor::Refuse), 5) => "120",
        (Some(Governor::Refuse), 6) => "121",
        (Some(Governor::Refuse), 7) => "122",
        (Some(Governor::Refuse), 8) => "124",
        (Some(Governor::Refuse), _) => return CodeSpec::default(),
        // What was stopped: talks (164), ties and support (161), aid of each kind (162x).
        (Some(Governor::Stop), 4) => "164",
        (Some(Governor::Stop), 5 | 6) => "161",
        (Some(Governor::Stop), 7) => match code.as_str() {
            "071" => "1621",
            "072" => "1622",
            "073" => "1623",
            _ => "162",
        },
        (Some(Governor::Stop), 3 | 8) => "160",
        (Some(Governor::Stop), _) => return CodeSpec::default(),
        _ => return spec,
    };
    CodeSpec { forward: CameoCode::parse(new), reverse: None }
}

/// Relations whose subtrees are other clauses, not the verb's own phrase.
const OTHER_CLAUSES: &[&str] = &["conj", "parataxis", "advcl", "csubj", "discourse", "list", "vocative", "reparandum"];

/// The verbs of the table in a sentence: where a form of one starts, its verb word is a verb in
/// the parse, and no actor covers it. Longest form first; one trigger a word. Also returns the
/// forms the parse reads as something else (a noun, an adjective: "two suspected financiers"),
/// which the engine has thus decided are no verbs.
pub fn triggers(view: &SentenceView, verbs: &VerbTable, words: &RuleWords) -> (Vec<VerbHit>, Vec<VerbHit>) {
    let forms: Vec<String> = view.words.iter().map(|w| w.form.clone()).collect();
    let (mut out, mut not_verbs) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < forms.len() {
        let hits = verbs.verbs_at(&forms, i);
        let Some(&h) = hits.iter().find(|h| (h.start..h.end).all(|k| view.words[k].actor.is_none())) else {
            i += 1;
            continue;
        };
        let w = &view.words[h.head];
        // "according to US officials" names a source; it is no verb of ACCORD.
        let attribution = w.lemma == "accord" && view.form(h.head + 1) == "to";
        // A verb with a determiner, or in a noun's place, is a noun the parse mislabelled
        // ("the sanctions ... were announced").
        let nominal = view.children(h.head).any(|c| view.rel(c) == "det") || matches!(view.rel(h.head), "nsubj" | "nsubj:pass" | "obj" | "iobj" | "obl" | "nmod" | "nmod:poss");
        if w.upos == "VERB" && !attribution && !nominal && !names_what(view, h.head, words) {
            out.push(h);
        } else {
            not_verbs.push(h);
        }
        i = h.end.max(i + 1);
    }
    (out, not_verbs)
}

/// Whether verb `v` only names what a free relative stands for ("condemned what it called an
/// act of aggression": "called" names; it is no call).
fn names_what(view: &SentenceView, v: usize, words: &RuleWords) -> bool {
    view.rel(v) == "acl:relcl" && view.head(v).is_some_and(|h| view.form(h) == "what") && words.either("naming", view.form(v), view.lemma(v))
}

/// "criticized what he called illegal US sanctions": the phrase a free relative's naming verb
/// names, standing for "what" (`c`).
fn named_by_what(view: &SentenceView, c: usize, words: &RuleWords) -> Option<usize> {
    if view.form(c) != "what" {
        return None;
    }
    let naming = view.children(c).find(|&k| names_what(view, k, words))?;
    // "called an act of aggression", "described as interference".
    let named = view.child_with(naming, &["xcomp", "obj"]).or_else(|| view.children(naming).find(|&k| view.rel(k) == "obl" && view.has_case(k, &["as"])))?;
    // Whose the named thing is: its own actor, else "by"/"of"/"from" whom ("an act of aggression
    // by the United States").
    if !actors_of(view, named, words, &[]).is_empty() {
        return Some(named);
    }
    let owner = view.subtree(named, &|_| false).into_iter().filter(|&k| view.rel(k) == "nmod" && view.has_case(k, &["by", "of", "from"]) && !actors_of(view, k, words, &[]).is_empty()).min();
    owner.or(Some(named))
}

/// The actors a phrase headed by `node` names: its own (through its modifiers), each
/// coordinated one's ("Russia, China and Iran"), or, for "he" or "him", the one other person
/// named before it, not in `besides` ("signed a roadmap with him").
pub fn actors_of(view: &SentenceView, node: usize, words: &RuleWords, besides: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    // "Ortega and Arce attended his inauguration", "Russia condemned his arrest": whose the
    // object is, where "his" stands for a person other than one person doing it ("Obama allowed
    // his threats to go unheeded": his own). Not an agent noun's owner ("his government" is the
    // person's country), nor another phrase's ("thanked X for his policies" names no target by
    // "his").
    let one_person = {
        let ids: std::collections::BTreeSet<&str> = besides.iter().filter_map(|&b| view.actor(b).map(|a| a.0.as_str())).collect();
        ids.len() == 1 && besides.iter().all(|&b| view.is_person(b))
    };
    let mut queue = vec![node];
    while let Some(x) = queue.pop() {
        let found = view.actor_of(x).map(|a| leader_named_before(view, x, a, words).unwrap_or(a));
        let owned = || view.child_with(x, &["nmod:poss"]).filter(|_| !one_person && view.rel(x) == "obj" && !view.words.get(x).is_some_and(|w| w.agent));
        let found = found.or_else(|| owned().and_then(|p| pronoun_antecedent(view, p, words, besides)));
        // "the two leaders", "both governments": each of the two named before; "them", what
        // the verb its clause hangs on took as its object.
        if found.is_none() {
            for a in pair_antecedents(view, x, words).into_iter().chain(them_antecedents(view, x, words)).chain(it_antecedent(view, x)) {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
        if let Some(a) = found.or_else(|| pronoun_antecedent(view, x, words, besides)) {
            // "the Russian and Iranian governments", "the ambassadors of Cuba, Iran and
            // Nicaragua": the actors coordinated with the one found.
            let coordinated = view.children(a).filter(|&c| a != x && list_member(view, a, c) && view.actor(c).is_some());
            for b in std::iter::once(a).chain(coordinated.collect::<Vec<_>>()) {
                if !out.contains(&b) {
                    out.push(b);
                }
            }
        }
        queue.extend(view.children(x).filter(|&c| list_member(view, x, c) && view.upos(c) != "VERB"));
    }
    out.sort_unstable();
    out
}

/// "Erdoğan received Maduro, and the two leaders agreed", "Iran and Venezuela signed deals that
/// both governments praised": a noun of the kind (`pair`) counted as two ("two", "both") stands
/// for the two actors named before it in its sentence, people for a word of leaders (`leader`)
/// and others for the rest ("countries", "governments", "sides"), or for the two people of the
/// sentence before; for none where there are not exactly two.
fn pair_antecedents(view: &SentenceView, x: usize, words: &RuleWords) -> Vec<usize> {
    let Some(w) = view.words.get(x) else { return Vec::new() };
    let counted = view.children(x).any(|c| matches!(view.form(c), "two" | "both") && matches!(view.rel(c), "nummod" | "det" | "amod" | "advmod"));
    if w.actor.is_some() || !counted || !words.either("pair", &w.form, &w.lemma) {
        return Vec::new();
    }
    let people = words.either("leader", &w.form, &w.lemma) || w.lemma == "minister" || w.form == "ministers";
    let kind_fits = |k: usize| view.words.get(k).is_some_and(|y| y.actor.as_ref().is_some_and(|a| !a.2) && y.person == people);
    let mut ids: Vec<&str> = Vec::new();
    let mut firsts = Vec::new();
    for k in (0..x).filter(|&k| kind_fits(k)) {
        let id = view.words.get(k).and_then(|y| y.actor.as_ref()).map_or("", |a| a.0.as_str());
        if !ids.contains(&id) {
            ids.push(id);
            firsts.push(k);
        }
    }
    if firsts.len() == 2 {
        return firsts;
    }
    let before: Vec<usize> = (0..view.words.len()).filter(|&k| view.is_previous(k)).collect();
    if firsts.is_empty() && people && before.len() == 2 {
        return before;
    }
    Vec::new()
}

/// "arrested a Spanish citizen and two Czech nationals, accusing them of plotting": "them" as
/// the object of a clause (a participle or a conjunct) hung on a verb with an object of its own
/// before it stands for that object's actors.
fn them_antecedents(view: &SentenceView, x: usize, words: &RuleWords) -> Vec<usize> {
    let Some(w) = view.words.get(x) else { return Vec::new() };
    if w.upos != "PRON" || w.form != "them" || view.rel(x) != "obj" {
        return Vec::new();
    }
    let verb = view.head(x).is_some_and(|c| view.upos(c) == "VERB");
    let object = same_place_before(view, x, &["advcl", "conj"]).filter(|_| verb);
    object.map(|o| actors_of(view, o, words, &[])).unwrap_or_default()
}

/// "accused Israel of genocide and broke off relations with it": "it" after the verb (its
/// object, or a phrase of it) in a clause coordinated with one whose object names one country or
/// body, no person, is that object. Not a subject "it" ("... and said it would respond"), which
/// [`pronoun_antecedent`]'s rules read, nor one in a relative clause.
fn it_antecedent(view: &SentenceView, x: usize) -> Option<usize> {
    if view.form(x) != "it" || view.upos(x) != "PRON" || !matches!(view.rel(x), "obj" | "obl" | "nmod") {
        return None;
    }
    // The clause's verb: up from the pronoun through nouns.
    let mut v = view.head(x)?;
    for _ in 0..3 {
        if view.upos(v) == "VERB" {
            break;
        }
        v = view.head(v)?;
    }
    let first = view.head(v).filter(|&f| view.rel(v) == "conj" && f < v && view.upos(f) == "VERB")?;
    let object = view.child_with(first, &["obj"])?;
    let named = view.actor_of(object).filter(|&a| !view.is_person(a))?;
    // Only one actor in that object ("accused Russia and China" leaves "it" unread).
    let others = view.subtree(object, &|_| false).into_iter().filter(|&k| view.actor(k).is_some_and(|a| Some(&a.0) != view.actor(named).map(|n| &n.0))).count();
    (others == 0 && named < x).then_some(named)
}

/// The word in the place (subject, object) pronoun `x` holds in its clause, in the verb that
/// clause hangs on (as one of `clause_rels`), where it comes before `x`.
fn same_place_before(view: &SentenceView, x: usize, clause_rels: &[&str]) -> Option<usize> {
    let role = view.rel(x);
    let clause = view.head(x).filter(|&c| matches!(role, "nsubj" | "obj") && clause_rels.contains(&view.rel(c)))?;
    view.head(clause).and_then(|m| view.child_with(m, &[role])).filter(|&w| w < x)
}

/// Whether `c` is one more member of a list headed by `h`: a conjunct, or, where `h` has a
/// conjunct, a name in apposition ("Peru, Colombia and Chile" with "Colombia" read as an
/// apposition of "Peru").
fn list_member(view: &SentenceView, h: usize, c: usize) -> bool {
    // A conjunct with a case word of its own, another than its first conjunct's, is another
    // phrase ("indicted by the Justice Department, ... and on the ICE Most Wanted list").
    let own_case = view.case_of(c).is_some_and(|k| view.case_of(h) != Some(k));
    (view.rel(c) == "conj" && !own_case) || (view.rel(c) == "appos" && view.actor(c).is_some() && view.children(h).any(|k| view.rel(k) == "conj"))
}

/// "Raisi, who hosted Maduro, praised the Venezuelan leader": a leader of a country named by
/// its demonym (`a`, a modifier of `x`) is the one person of that country named before it in
/// the sentence, if there is exactly one; where the sentence names none, the one of the
/// sentence before.
fn leader_named_before(view: &SentenceView, x: usize, a: usize, words: &RuleWords) -> Option<usize> {
    if a == x || view.rel(a) != "amod" || !words.is("leader", view.lemma(x)) {
        return None;
    }
    let country = view.words[a].actor.as_ref().map(|c| c.1.get(..3).unwrap_or(&c.1).to_string())?;
    let of_country = |actor: &(String, String, bool)| actor.1.starts_with(&country);
    if (0..a).any(|k| view.is_person(k) && !view.is_previous(k) && view.actor(k).is_some_and(of_country)) {
        return one_person_before(view, a, &of_country);
    }
    // None in its own sentence: the one of the sentence before ("... a letter from Vladimir
    // Putin. In it, the Russian leader thanked Maduro").
    match previous_people(view, &of_country).as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// The people of the sentence before (the view's `previous` words) whose actor `keep` accepts.
fn previous_people(view: &SentenceView, keep: &dyn Fn(&(String, String, bool)) -> bool) -> Vec<usize> {
    (0..view.words.len()).filter(|&k| view.is_previous(k) && view.actor(k).is_some_and(keep)).collect()
}

/// The word of the one person named before word `x` whose actor `keep` accepts; `None` if no
/// one or several people could be meant.
fn one_person_before(view: &SentenceView, x: usize, keep: &dyn Fn(&(String, String, bool)) -> bool) -> Option<usize> {
    only_one_before(view, x, &|k| view.is_person(k) && view.actor(k).is_some_and(keep))
}

/// The last word before `x` of the one actor whose words `fits` accepts; `None` where no actor
/// or several do.
fn only_one_before(view: &SentenceView, x: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    let id = |k: usize| view.actor(k).filter(|_| fits(k)).map(|a| a.0.as_str());
    let ids: std::collections::BTreeSet<&str> = (0..x).filter_map(id).collect();
    let [only] = ids.into_iter().collect::<Vec<_>>()[..] else { return None };
    (0..x).rev().find(|&k| id(k) == Some(only))
}

/// The one person named before pronoun `x` in the place it holds, subject ("he") or object
/// ("him"), whom `keep` accepts; `None` for none or several.
fn one_in_place(view: &SentenceView, x: usize, keep: &dyn Fn(&(String, String, bool)) -> bool) -> Option<usize> {
    let subject = |r: &str| matches!(r, "nsubj" | "nsubj:pass");
    let object = |r: &str| matches!(r, "obj" | "iobj");
    let place = view.rel(x);
    if !subject(place) && !object(place) {
        return None;
    }
    // A name's place is its phrase's: climb flat and compound parts to the phrase's head, and
    // a conjunct holds its first conjunct's place.
    let phrase_rel = |mut k: usize| {
        while matches!(view.rel(k), "flat" | "flat:name" | "compound" | "conj") && view.head(k).is_some_and(|h| view.upos(h) != "VERB") {
            let Some(h) = view.head(k) else { break };
            k = h;
        }
        view.rel(k).to_string()
    };
    let fits = |k: usize| view.is_person(k) && !view.is_previous(k) && view.actor(k).is_some_and(keep) && {
        let r = phrase_rel(k);
        if subject(place) { subject(&r) } else { object(&r) }
    };
    only_one_before(view, x, &fits)
}

/// The person "he" or "him" stands for: the one person named before it who is not in `besides`
/// (the other side of the event: "hosted Maduro and signed a roadmap with him").
fn pronoun_antecedent(view: &SentenceView, x: usize, words: &RuleWords, besides: &[usize]) -> Option<usize> {
    let w = view.words.get(x)?;
    if w.upos != "PRON" {
        return None;
    }
    // Only "he" and "him": "it" and "they" stand for too many things in news text.
    if !words.is("person-pronoun", &w.form) {
        return None;
    }
    let besides: Vec<&str> = besides.iter().filter_map(|&b| view.words[b].actor.as_ref().map(|a| a.0.as_str())).collect();
    let keep = |actor: &(String, String, bool)| !besides.contains(&actor.0.as_str());
    // No one named before it in its own sentence (other than the event's other side): the one
    // such person of the sentence before ("Saab accused him", after a sentence on El Aissami);
    // none where its own sentence names someone it may stand for.
    let in_sentence = |k: usize| view.is_person(k) && !view.is_previous(k) && k < x;
    if (0..x).any(|k| in_sentence(k) && view.actor(k).is_some_and(|a| keep(a))) {
        // Of several, the one named before only in the place the pronoun holds ("Putin
        // telephoned Maduro, while Xi sent Maduro a message and Pezeshkian invited him": the
        // one object named before).
        return one_person_before(view, x, &keep).or_else(|| one_in_place(view, x, &keep));
    }
    // "Iraqi Prime Minister Mohammed Shia al-Sudani visited Tehran, where he held talks",
    // "arrested a Colombian journalist and accused him of spying": a person the registry lacks,
    // in the same place (subject, object) in the clause the pronoun's own clause hangs on, is
    // who the pronoun is (the actor the person's title or nationality gives).
    let same = same_place_before(view, x, &["parataxis", "advcl", "conj", "acl:relcl"]).filter(|&s| view.upos(s) == "PROPN" || view.words.get(s).is_some_and(|w| w.agent));
    if let Some(a) = same.and_then(|s| view.actor_of(s)).filter(|&a| view.actor(a).is_some_and(|a| keep(a))) {
        return Some(a);
    }
    let previous = previous_people(view, &keep);
    // Of several, the one the sentence before was about (its subject): "Machado called on the
    // army to abandon Maduro. Saab opened an investigation against her."
    let subject: Vec<usize> = previous.iter().copied().filter(|&k| view.rel(k) == "previous:subject").collect();
    match (previous.as_slice(), subject.as_slice()) {
        ([only], _) | (_, [only]) => Some(*only),
        _ => None,
    }
}

/// Whether verb `v` is passive: a passive subject or auxiliary, or an agent ("sanctioned by the
/// Treasury", coordinated with a passive).
fn is_passive(view: &SentenceView, v: usize) -> bool {
    // Also a past participle on a noun with a "by" phrase the parse calls a plain oblique
    // ("the Guards, designated a terrorist organisation by Washington").
    view.children(v).any(|c| matches!(view.rel(c), "nsubj:pass" | "aux:pass" | "obl:agent"))
        || (view.rel(v) == "acl" && !view.form(v).ends_with("ing") && agent_of(view, v).is_some())
}

/// The agent of a passive: its `obl:agent`, or an `obl` with "by" (a parse may not mark it).
fn agent_of(view: &SentenceView, v: usize) -> Option<usize> {
    let by = |x: usize, rel: &str| view.children(x).find(|&c| view.rel(c) == rel && view.has_case(c, &["by"]));
    // A participle on a noun may have its "by" phrase hung on its own object ("designated a
    // terrorist organisation by Washington").
    let on_object = || view.child_with(v, &["obj"]).filter(|_| view.rel(v) == "acl").and_then(|o| by(o, "nmod"));
    view.child_with(v, &["obl:agent"]).or_else(|| by(v, "obl")).or_else(on_object)
}

/// "was arrested on the orders of the attorney general", "at the behest of Moscow": who
/// ordered what a passive verb tells did it.
fn ordered_by(view: &SentenceView, v: usize, words: &RuleWords) -> Option<usize> {
    let order = view.children(v).find(|&c| view.rel(c) == "obl" && words.is("order", view.lemma(c)) && view.has_case(c, &["on", "at", "under", "upon"]))?;
    // Also the name the parse split off its title ("of Attorney General Tarek William Saab").
    view.children(order).find(|&c| view.rel(c) == "nmod" && (view.has_case(c, &["of"]) || view.case_of(c).is_none()) && view.actor_of(c).is_some())
}

/// The antecedent of a relative clause on `h`: `h`, or the name it is an apposition to
/// ("Sergei Lavrov, Russia's foreign minister, who announced ...": Lavrov).
fn antecedent(view: &SentenceView, h: usize) -> usize {
    match view.head(h) {
        Some(name) if view.rel(h) == "appos" && view.words[name].actor.is_some() => name,
        _ => h,
    }
}

/// An absolute "with" phrase among `h`'s dependents: a "with" oblique right followed by an -ing
/// verb with no subject of its own ("facilitated by Norway, with Russia, Bolivia and Turkey
/// aiding the regime"): (the oblique, the verb). Its noun does the verb; it is no target of `h`.
fn absolute_with(view: &SentenceView, h: usize) -> Option<(usize, usize)> {
    let children: Vec<usize> = view.children(h).collect();
    children.iter().find_map(|&c| {
        if view.rel(c) != "obl" || view.case_of(c) != Some("with") {
            return None;
        }
        let end = view.subtree(c, &|_| false).into_iter().max()?;
        let verb = children.iter().copied().find(|&a| a == end + 1 && view.rel(a) == "advcl" && view.form(a).ends_with("ing"))?;
        view.child_with(verb, &["nsubj", "nsubj:pass"]).is_none().then_some((c, verb))
    })
}

/// "Russian forces shelled the city" parsed as a noun phrase (the verb a reduced relative on
/// "forces", the root): a participle on the root noun that has an object of its own is the
/// sentence's finite verb, and the noun its subject; a passive participle takes no object.
fn finite_misread_as_participle(view: &SentenceView, v: usize) -> bool {
    past_participle_on_noun(view, v)
        && view.child_with(v, &["obj"]).is_some()
        && view.head(v).is_some_and(|h| view.head(h).is_none())
        && agent_of(view, v).is_none()
}

/// A verb that modifies a noun as a past participle ("sanctions imposed by the US"), not a
/// present participle or an infinitive ("troops seeking", "the decision to withdraw").
fn past_participle_on_noun(view: &SentenceView, v: usize) -> bool {
    view.rel(v) == "acl" && !view.form(v).ends_with("ing") && !has_mark(view, v, "to")
}

/// "while Brazil, which shares a border with both, sent vehicles" parsed with the subordinator
/// as the case word of an oblique "Brazil": an oblique whose case word is a subordinating
/// conjunction is the subject of a verb that has none.
fn subject_read_as_oblique(view: &SentenceView, v: usize) -> Option<usize> {
    // Not "with" ("with 19 member states in favour": an absolute phrase), and only a name.
    let subordinator = |k: usize| view.rel(k) == "case" && view.upos(k) == "SCONJ" && !matches!(view.form(k), "with" | "without");
    view.children(v).find(|&c| view.rel(c) == "obl" && view.children(c).any(subordinator) && view.actor_of(c).is_some())
}

/// Whether verb `v` has the subordinator `word` ("to", "of").
fn has_mark(view: &SentenceView, v: usize, word: &str) -> bool {
    view.children(v).any(|c| view.rel(c) == "mark" && view.form(c) == word)
}

/// Whether an adverbial clause is one of its own ("when Maduro blocked aid", "as a jetliner
/// flew"): it has a subordinator other than "by", "to", "of" or "after"-less participles do not.
fn own_clause(view: &SentenceView, v: usize) -> bool {
    view.children(v).any(|c| view.rel(c) == "mark" && !matches!(view.form(c), "by" | "to" | "of" | "for" | "in" | "on" | "without"))
}

/// The word heading the phrase that did what verb `v` tells (for a passive, its agent), climbing
/// coordinated, controlled and participle verbs that have none of their own.
fn subject_nodes(view: &SentenceView, v: usize, words: &RuleWords) -> Vec<usize> {
    let mut v = v;
    for _ in 0..6 {
        if is_passive(view, v) {
            if let Some(a) = agent_of(view, v).or_else(|| ordered_by(view, v, words)) {
                return vec![a];
            }
            if view.child_with(v, &["nsubj:pass"]).is_some() {
                return Vec::new();
            }
        } else if let Some(s) = view.child_with(v, &["nsubj"]).or_else(|| subject_read_as_oblique(view, v)) {
            // "Putin, who spoke with Maduro": the relative pronoun's antecedent.
            if words.is("relative", view.form(s)) && view.rel(v) == "acl:relcl" {
                // "..., a decision that drew criticism from Costa Rica": the deed's doer.
                if let Some(c) = view.head(v).and_then(|h| summed_clause(view, h, words, &[])) {
                    return subject_nodes(view, c, words);
                }
                return view.head(v).map(|h| antecedent(view, h)).into_iter().collect();
            }
            // "Padrino announced that he would meet ...": "he" is who announced it; "Colombian
            // police said they had arrested ...", "Russia said it would send ...": "they" and
            // "it" are who said it, where that is no person.
            let person = words.is("person-pronoun", view.form(s));
            let reported = |h: usize| person || words.either("reporting", view.form(h), view.lemma(h));
            if (person || words.is("group-pronoun", view.form(s))) && view.rel(v) == "ccomp" {
                if let Some(h) = view.head(v).filter(|&h| reported(h)) {
                    let above = subject_nodes(view, h, words);
                    let agrees = |&n: &usize| view.actor_of(n).is_some_and(|a| view.is_person(a) == person);
                    if !above.is_empty() && (person || above.iter().all(agrees)) {
                        return above;
                    }
                }
            }
            // "Nicaragua's government broke off relations ..., and it later expelled the Dutch
            // ambassador": "it" or "they" coordinated with a clause whose subject is a body (no
            // person, no place) is that body. (Not in a relative clause on that clause's object,
            // "imposed restrictions on officials it accused of ...": one more false event on a
            // held-out set.)
            let governing = view.head(v).filter(|_| view.rel(v) == "conj");
            if let Some(h) = governing.filter(|_| words.is("group-pronoun", view.form(s))) {
                let above = subject_nodes(view, h, words);
                let body = |&n: &usize| view.actor_of(n).is_some_and(|a| !view.is_person(a) && view.actor(a).is_some_and(|x| !x.2));
                if !above.is_empty() && above.iter().all(body) {
                    return above;
                }
            }
            return vec![s];
        }
        let Some(h) = view.head(v) else { return Vec::new() };
        // "with Russia aiding the regime": the absolute phrase's noun.
        if let Some((noun, _)) = absolute_with(view, h).filter(|&(_, verb)| verb == v && view.rel(v) == "advcl") {
            return vec![noun];
        }
        match view.rel(v) {
            // "the Guard, which arrested ...": a subject gap is the antecedent; "troops
            // seeking ...": a present participle's noun.
            "acl:relcl" => return vec![antecedent(view, h)],
            // "adopted a resolution condemning the repression": a text's -ing verb is done by
            // whoever issued it.
            "acl" if view.form(v).ends_with("ing") && words.is("document", view.lemma(h)) && view.actor_of(h).is_none() && view.rel(h) == "obj" => {
                v = view.head(h).unwrap_or(h);
            }
            "acl" if view.form(v).ends_with("ing") || finite_misread_as_participle(view, v) => return vec![h],
            // "sent units on several occasions to conduct operations": an infinitive on a noun
            // is done by the subject of that noun's verb.
            "acl" if has_mark(view, v, "to") => {
                // "Washington's decision to recognize", "the US plan to sanction", "the decision
                // by Russia to withdraw": the noun's own actor.
                if let Some(own) = view.actor_of(h).or_else(|| view.children(h).find(|&c| view.rel(c) == "nmod" && view.has_case(c, &["by"]))) {
                    return vec![own];
                }
                v = view.head(h).unwrap_or(h);
            }
            // "sent a delegation to talk with the opposition", "were deployed to protect
            // Maduro": whom a verb of sending sends does what it is sent for.
            "xcomp" | "advcl" if words.is("send", view.lemma(h)) && has_mark(view, v, "to") => {
                if let Some(o) = view.child_with(h, &["obj", "nsubj:pass"]) {
                    return vec![o];
                }
                v = h;
            }
            // "urged Russia to withdraw", "called on the military to abandon": the object of an
            // object-control verb (also when the parse reads the infinitive as an adverbial).
            "xcomp" | "advcl" if words.is("control", view.lemma(h)) && (view.rel(v) == "xcomp" || has_mark(view, v, "to")) => {
                let on = view.children(h).find(|&c| view.rel(c) == "obl" && view.has_case(c, &["on", "upon"]));
                if let Some(o) = view.child_with(h, &["obj", "iobj"]).or(on) {
                    return vec![o];
                }
                v = h;
            }
            // "Erdoğan, whose government buys gold, received Maduro": a subject with a long
            // relative clause may leave the verb hanging off it as a parataxis; the noun it
            // hangs from is its subject.
            "parataxis" if matches!(view.words[h].upos.as_str(), "PROPN" | "NOUN") && view.head(h).is_none() => return vec![h],
            // "After meeting Putin, Maduro said": a gerund after a word of time does what the
            // clause's subject does (not "warned the US against selling": the US would sell); a
            // finite clause with a subordinator has its own subject.
            "advcl" if own_clause(view, v) && !(view.form(v).ends_with("ing") && view.children(v).any(|m| view.rel(m) == "mark" && words.is("time", view.form(m)))) => return Vec::new(),
            // "sanctioned Rosneft for helping PDVSA", "accused Havana of propping up Maduro":
            // the object did it.
            "advcl" | "acl" if view.children(v).any(|c| view.rel(c) == "mark" && matches!(view.form(c), "for" | "of")) => {
                if let Some(o) = view.child_with(h, &["obj", "nsubj:pass"]) {
                    // "imposed sanctions on Rosneft for helping PDVSA": whom the sanctions are on.
                    let on = view.children(o).find(|&n| view.rel(n) == "nmod" && view.has_case(n, &["on", "against"]) && view.actor_of(n).is_some());
                    return vec![on.filter(|_| view.actor_of(o).is_none()).unwrap_or(o)];
                }
                v = h;
            }
            "conj" | "xcomp" | "advcl" => v = h,
            _ => return Vec::new(),
        }
    }
    Vec::new()
}

/// Who did what verb `v` tells: the actors of its subject phrase (or a passive's agent).
pub fn sources(view: &SentenceView, v: usize, words: &RuleWords) -> Vec<usize> {
    subject_nodes(view, v, words).into_iter().flat_map(|n| actors_of(view, n, words, &[])).collect()
}

/// What a passive verb was done to: its passive subject, or that of the passive it is
/// coordinated with ("was indicted and sanctioned by").
fn patient_node(view: &SentenceView, v: usize) -> Option<usize> {
    if let Some(p) = view.child_with(v, &["nsubj:pass"]) {
        return Some(p);
    }
    if !is_passive(view, v) {
        return None;
    }
    let h = view.head(v).filter(|_| view.rel(v) == "conj")?;
    // "is currently indicted by X, sanctioned by Y": a participle read as an adjective has a
    // plain subject.
    view.child_with(h, &["nsubj:pass", "nsubj"])
}

/// The targets of a verb, and whether it named any actor (not a place) as one before its own
/// country and its sources were left out ("Maduro and Cabello leave Venezuela" is no meeting of
/// the two).
pub struct Targets {
    pub actors: Vec<usize>,
    pub named: bool,
    /// The nouns of events whose phrases named targets ("pledged support for Maduro": support):
    /// what they tell is the verb's event, not one of their own.
    pub nouns: Vec<usize>,
}

/// Whom: objects, a passive's subject, and obliques with a case word; a place, or any actor
/// after a locative case word, only where `role` allows and nothing else is the target. `code`
/// is the verb's code.
pub fn targets(view: &SentenceView, v: usize, lang: &NominalRules, sources: &[usize], role: PlaceRole, code: Option<CameoCode>) -> Targets {
    let words = &lang.words;
    let convenes = words.either("convene", view.form(v), view.lemma(v));
    let mut direct = Vec::new();
    let mut places = Vec::new();
    let mut nouns = Vec::new();
    let add = |node: usize, locative: bool, direct: &mut Vec<usize>, places: &mut Vec<usize>| {
        for a in actors_of(view, node, words, sources) {
            let place = view.words[a].actor.as_ref().is_some_and(|x| x.2);
            let list = match (locative, place) {
                (false, false) => &mut *direct,
                (false, true) if role != PlaceRole::None => &mut *places,
                (true, _) if role == PlaceRole::Anywhere => &mut *places,
                (true, true) if role == PlaceRole::Meeting => &mut *places,
                _ => continue,
            };
            if !list.contains(&a) {
                list.push(a);
            }
        }
    };
    // Whether a case word may introduce a target, and whether only as a place.
    // Force is aimed "at" its target ("fired water cannon at a Philippine boat"), not done there.
    let force = code.is_some_and(|c| matches!(c.root(), Some(18..=20)));
    let case_kind = |case: &str| -> Option<bool> {
        if case.is_empty() || case == "by" || words.is("circumstance", case) {
            None
        } else {
            Some(words.is("locative", case) && !(force && case == "at"))
        }
    };
    for p in done_to(view, v, lang, sources) {
        add(p, false, &mut direct, &mut places);
    }
    let mission = role == PlaceRole::Anywhere && code.is_some_and(|c| c.is_mission());
    // Cooperation is done with a partner, not with whoever did what it is about ("signed a deal
    // mediated by the United States": the US mediated, the signers did not sign with it).
    let cooperation = code.is_some_and(|c| matches!(c.root(), Some(3 | 4 | 6 | 7 | 8)) || c.as_str() == "057");
    let children: Vec<usize> = view.children(v).collect();
    // "welcomed his Venezuelan counterpart Jorge Arreaza", "against the oil company PDVSA" read as
    // two dependents of the verb: the name right after a description is the description's.
    let name_after = |c: usize| Some(c + 1).filter(|&n| view.words[c].upos == "NOUN" && children.contains(&n) && view.words[n].upos == "PROPN" && view.words[n].actor.is_some());
    let named: Vec<usize> = children.iter().filter_map(|&c| name_after(c)).collect();
    for &c in &children {
        // The name stands for the description before it, in the description's relation.
        // (The description keeps its case word too: "met with his counterpart Sergei Lavrov".)
        let (c, rel, case_of) = match name_after(c) {
            Some(n) => (n, view.rel(c), c),
            None if named.contains(&c) => continue,
            None => (c, view.rel(c), c),
        };
        match rel {
            // "accused the European Union of waging a campaign ... against the Venezuelan
            // people" parsed with the campaign as a second object, the "of" clause hung on it:
            // what the verb says of its first object is no target.
            "obj" if view.children(c).any(|k| view.rel(k) == "acl" && has_mark(view, k, "of")) && children.iter().any(|&o| o < c && view.rel(o) == "obj" && !actors_of(view, o, words, sources).is_empty()) => {}
            "obj" | "iobj" => {
                // "sent Rodriguez to Russia": whom one sends is no target; where is.
                if !words.is("send", view.lemma(v)) {
                    add(c, false, &mut direct, &mut places);
                    if let Some(named) = named_by_what(view, c, words) {
                        add(named, false, &mut direct, &mut places);
                    }
                    // "pledged support for Maduro", "eased sanctions on Venezuela", "hosted
                    // talks between the junta and the opposition": a noun that tells an event
                    // names its other side in its own phrase.
                    // Not where the noun names whose it is, another than the verb's subject:
                    // "condemned the American sanctions on Venezuela" condemns the US.
                    let others = others_named(view, c, words, sources);
                    for (noun, n) in lang.target_phrases(view, c, convenes).into_iter().filter(|_| !others) {
                        add(n, false, &mut direct, &mut places);
                        nouns.push(noun);
                    }
                    // "rejected the legitimacy of Maduro's term", "condemned the arrest of
                    // Guaidó": an object that names no actor is the one its "of" phrase owns
                    // (for what is said or done to someone, not a meeting or aid about it).
                    if role == PlaceRole::None && actors_of(view, c, words, sources).is_empty() {
                        // "rejected the accusation by Washington": a deed's "by" phrase names who did it.
                        let by = view.children(c).find(|&n| view.rel(n) == "nmod" && view.has_case(n, &["by"]) && !actors_of(view, n, words, sources).is_empty());
                        if let Some(owner) = of_owner(view, c, words, sources).or(by).or_else(|| participle_agent(view, c).filter(|_| !cooperation)) {
                            add(owner, false, &mut direct, &mut places);
                        }
                    }
                }
                for (n, locative) in phrases_on_object(view, c, words, mission) {
                    add(n, locative, &mut direct, &mut places);
                }
            }
            // "with Russia, Bolivia and Turkey aiding the regime": the noun does the -ing verb,
            // it is nobody's target here.
            "obl" if view.children(c).any(|k| view.rel(k) == "acl" && view.form(k).ends_with("ing")) || absolute_with(view, v).is_some_and(|(o, _)| o == c) => {}
            // The subject the parse read as an oblique ("while Brazil ... sent") is no target.
            "obl" if subject_read_as_oblique(view, v) == Some(c) => {}
            "obl" if object_phrase_read_as_oblique(view, c, words, sources) => {}
            // "Milei called Maduro a dictator" with the name read as the predicate: whom a
            // naming verb names.
            "xcomp" if words.either("naming", view.form(v), view.lemma(v)) && view.upos(c) == "PROPN" => add(c, false, &mut direct, &mut places),
            "obl" => {
                // "spoke by telephone with Maduro": the partners hung on the means, else the
                // oblique itself.
                let partners = partners_on_means(view, c);
                if !partners.is_empty() {
                    partners.into_iter().for_each(|n| add(n, false, &mut direct, &mut places));
                    continue;
                }
                let case = view.case_of(case_of).unwrap_or("");
                if let Some(locative) = case_kind(case) {
                    add(c, locative, &mut direct, &mut places);
                }
                // "pledged 300 million euros in military aid to Ukraine".
                if case == "in" {
                    for (noun, n) in lang.target_phrases(view, c, convenes) {
                        add(n, false, &mut direct, &mut places);
                        nouns.push(noun);
                    }
                }
            }
            _ => {}
        }
    }
    if direct.is_empty() && places.is_empty() {
        for o in gerund_objects(view, v, words) {
            add(o, false, &mut direct, &mut places);
        }
    }
    // One's own country is no other side ("Wang Yi reiterated China's support", "Milei
    // recalled Argentina's ambassador from Mexico City": Mexico is).
    let own = |a: &usize| sources.iter().any(|&s| own_country(view, s, *a));
    let named = !direct.is_empty();
    direct.retain(|a| !sources.contains(a) && !own(a));
    places.retain(|a| !sources.contains(a) && !own(a));
    if direct.is_empty() {
        direct = places;
    }
    Targets { actors: direct, named, nouns }
}

/// "sent troops to Venezuela", "signed a roadmap with him", "opened its embassy in Pyongyang":
/// the phrases on object `c` that name a target, each with whether it names a place (a place one
/// only for a mission), also past an "of" phrase ("sent a contingent of military specialists to
/// Venezuela"). "Against" is no target when the object names its own actor or owner ("praised
/// Venezuela's resistance against US sanctions", "reiterated his backing against").
fn phrases_on_object(view: &SentenceView, c: usize, words: &RuleWords, mission: bool) -> Vec<(usize, bool)> {
    let owned = view.actor_of(c).is_some() || view.child_with(c, &["nmod:poss"]).is_some();
    let of_phrases: Vec<usize> = view.children(c).filter(|&n| view.rel(n) == "nmod" && view.case_of(n) == Some("of")).collect();
    let on_object = std::iter::once(c).chain(of_phrases).flat_map(|x| view.children(x).filter(|&n| view.rel(n) == "nmod").collect::<Vec<_>>());
    let mut out = Vec::new();
    for n in on_object {
        let case = view.case_of(n).unwrap_or("");
        if owned && case == "against" {
            continue;
        }
        // Not "a resolution on Venezuela" (a topic) nor "of" (an owner); a place only for a
        // mission ("the crisis in Venezuela" is no target of a discussion).
        let locative = words.is("locative", case);
        if words.is("object-case", case) || (locative && mission) {
            out.push((n, locative));
        }
    }
    out
}

/// Whether verb `v` governs an infinitive that is a verb of the table ("pledged to expand"),
/// which, under a verb of promising, threatening or refusing, tells the event itself (not
/// "discussed coordinating their response": the discussion is theirs).
fn governs_a_verb_of_the_table(view: &SentenceView, verbs: &VerbTable, v: usize) -> bool {
    let forms: Vec<String> = view.words.iter().map(|w| w.form.clone()).collect();
    view.children(v).any(|c| view.rel(c) == "xcomp" && view.upos(c) == "VERB" && !verbs.verbs_at(&forms, c).is_empty())
}

/// "Cuba assisted in creating FAES": for a verb with no target of its own, the objects of its
/// gerunds after "in" or "by" that have no subject of their own.
fn gerund_objects(view: &SentenceView, v: usize, words: &RuleWords) -> Vec<usize> {
    let gerund = |c: &usize| {
        let marked = view.children(*c).find(|&m| view.rel(m) == "mark").map(|m| view.form(m));
        let bare = view.child_with(*c, &["nsubj", "nsubj:pass"]).is_none();
        view.rel(*c) == "advcl" && view.upos(*c) == "VERB" && bare && matches!(marked, Some("in" | "by")) && !words.is("send", view.lemma(*c))
    };
    view.children(v).filter(gerund).filter_map(|c| view.child_with(c, &["obj"])).collect()
}

/// "spoke by telephone with Maduro", "talked over the phone with Putin": the partners hung on
/// an oblique of means.
fn partners_on_means(view: &SentenceView, c: usize) -> Vec<usize> {
    if !view.has_case(c, &["by", "over", "via"]) {
        return Vec::new();
    }
    view.children(c).filter(|&n| view.rel(n) == "nmod" && view.has_case(n, &["with"])).collect()
}

/// "vetoed a resolution on Venezuela", "condemned the American sanctions on Venezuela" with the
/// "on" phrase hung on the verb: right after an object that is a text one issues (what the text
/// is about) or that names another's deed (whom the deed was done to), it is the object's, no
/// target of the verb ("imposed sanctions on Venezuela" keeps its target).
fn object_phrase_read_as_oblique(view: &SentenceView, c: usize, words: &RuleWords, sources: &[usize]) -> bool {
    let Some(v) = view.head(c).filter(|_| view.case_of(c) == Some("on")) else { return false };
    let start = view.subtree(c, &|_| false).into_iter().min().unwrap_or(c);
    view.children(v).any(|o| {
        let right_before = view.rel(o) == "obj" && view.subtree(o, &|_| false).into_iter().max().is_some_and(|end| end + 1 == start);
        right_before && (words.is("document", view.lemma(o)) || others_named(view, o, words, sources))
    })
}

/// Whether the phrase headed by `c` names an actor other than the verb's subjects and their own
/// countries ("the American sanctions" for Iran's president; not "China's support" for Wang Yi).
fn others_named(view: &SentenceView, c: usize, words: &RuleWords, sources: &[usize]) -> bool {
    actors_of(view, c, words, sources).into_iter().any(|a| !sources.contains(&a) && !sources.iter().any(|&s| own_country(view, s, a)))
}

/// The phrases a verb was done to without an object of its own: a passive's subject, a past
/// participle's noun ("troops deployed by Russia"), the antecedent of an object relative ("the
/// sanctions that Washington imposed", "a move Washington denounced"), and for a deed set
/// beside a clause, whoever did what the clause tells ("accused the Guard of shelling a village,
/// an accusation that Caracas rejected": the accuser).
fn done_to(view: &SentenceView, v: usize, lang: &NominalRules, sources: &[usize]) -> Vec<usize> {
    let words = &lang.words;
    let mut out: Vec<usize> = patient_node(view, v).into_iter().collect();
    // "condemned the arrest of two journalists by Venezuelan police": a deed's doer.
    out.extend(view.child_with(v, &["obj"]).and_then(|o| lang.named_doer(view, o)));
    let object_gap = object_gap(view, v, words);
    if (past_participle_on_noun(view, v) && !finite_misread_as_participle(view, v)) || object_gap {
        if let Some(h) = view.head(v) {
            out.push(h);
            if object_gap {
                out.extend(summed_clause(view, h, words, sources).map(|c| self::sources(view, c, words)).unwrap_or_default());
                // "a show of support for Maduro that the Pentagon described as provocative":
                // an event noun naming no actor stands for whoever did it.
                if actors_of(view, h, words, sources).is_empty() {
                    out.extend(lang.doer(view, h));
                }
            }
        }
    }
    out
}

/// Whether verb `v` is a relative clause whose object is the noun it hangs on ("the sanctions
/// that Washington imposed"; with no pronoun, a subject and no object: "a move Washington
/// denounced").
fn object_gap(view: &SentenceView, v: usize, words: &RuleWords) -> bool {
    // Not a clause of time or place the parse hung on a noun ("Cuba, which ..., when Chávez came
    // to power").
    let adverbial = view.children(v).any(|c| matches!(view.form(c), "when" | "where" | "while" | "as"));
    // A naming verb's predicate is no object ("a ruling the State Department called a sham").
    let predicate = view.child_with(v, &["xcomp"]).is_some() && !words.either("naming", view.form(v), view.lemma(v));
    let reduced = view.rel(v) == "acl:relcl" && view.child_with(v, &["nsubj"]).is_some() && view.child_with(v, &["obj", "ccomp", "mark"]).is_none() && !predicate && !adverbial;
    reduced || (matches!(view.rel(v), "acl:relcl" | "acl") && view.children(v).any(|c| view.rel(c) == "obj" && words.is("relative", view.form(c))))
}

/// The verb of the clause a deed set beside it sums up ("stripped the Assembly of its powers, a
/// move that ...": stripped; "imposed sanctions on firms accused of shipping oil to Asia, a move
/// that Iran called illegal": imposed, the clause the parse hung the deed deep inside): a deed
/// noun set off by a comma, in apposition or coordinated, naming no actor of its own.
fn summed_clause(view: &SentenceView, h: usize, words: &RuleWords, sources: &[usize]) -> Option<usize> {
    // (Also where the parse hung it on the clause as a parataxis or a bare noun phrase: "flew it
    // to Florida, a move the Maduro government denounced", "accused Venezuela of ..., a charge
    // Caracas dismissed".)
    let beside = matches!(view.rel(h), "appos" | "conj" | "parataxis" | "obl:unmarked") && view.set_off(h) && words.is("deed", view.lemma(h));
    if !beside || !actors_of(view, h, words, sources).is_empty() {
        return None;
    }
    // Up to the first verb of a main clause (not a participle, infinitive or adverbial clause
    // the deed's noun sits in), else the first verb up.
    let mut first = None;
    let mut x = view.head(h)?;
    for _ in 0..8 {
        if view.upos(x) == "VERB" {
            first = first.or(Some(x));
            if !matches!(view.rel(x), "advcl" | "acl" | "acl:relcl" | "xcomp") {
                return Some(x);
            }
        }
        let Some(up) = view.head(x) else { break };
        x = up;
    }
    first
}

/// "condemned the blockade imposed by the United States": the agent of a past participle on
/// noun `c`, whose deed the noun is.
fn participle_agent(view: &SentenceView, c: usize) -> Option<usize> {
    view.children(c).filter(|&k| past_participle_on_noun(view, k)).find_map(|k| agent_of(view, k)).filter(|&a| view.actor_of(a).is_some())
}

/// The phrase an "of" phrase on noun `c` names an actor in, one or two steps down ("the
/// legitimacy of Maduro's new term", "the arrest of the leader of the opposition").
fn of_owner(view: &SentenceView, c: usize, words: &RuleWords, sources: &[usize]) -> Option<usize> {
    let of = |x: usize| view.children(x).find(|&n| view.rel(n) == "nmod" && view.case_of(n) == Some("of"));
    let first = of(c)?;
    if !actors_of(view, first, words, sources).is_empty() {
        return Some(first);
    }
    of(first).filter(|&second| !actors_of(view, second, words, sources).is_empty())
}

/// The folded words of the verb's own phrase on each side of the trigger, with the places where
/// "to" marks an infinitive, for the table's patterns.
fn phrase(view: &SentenceView, verbs: &VerbTable, words_of: &RuleWords, hit: VerbHit) -> (Vec<String>, Vec<String>, Vec<bool>, Vec<bool>) {
    let v = hit.head;
    // A complement verb of the table is coded on its own ("agreed to counteract US sanctions":
    // the sanctions are no pattern word of AGREE).
    let forms: Vec<String> = view.words.iter().map(|w| w.form.clone()).collect();
    let apart: Vec<usize> = view
        .children(v)
        .filter(|&c| matches!(view.rel(c), "xcomp" | "ccomp") && !verbs.verbs_at(&forms, c).is_empty())
        .flat_map(|c| view.subtree(c, &|_| false))
        .collect();
    let own = view.subtree(v, &|r| OTHER_CLAUSES.contains(&r) || r == "nsubj:pass");
    // Nor a phrase of circumstance ("delivered gasoline to Venezuela despite US warnings" is no
    // WARNING).
    let circumstance: Vec<usize> = view.children(v).filter(|&c| view.rel(c) == "obl" && view.case_of(c).is_some_and(|w| words_of.is("circumstance", w))).flat_map(|c| view.subtree(c, &|_| false)).collect();
    let own: Vec<usize> = own.into_iter().filter(|k| !circumstance.contains(k)).collect();
    // A relative clause in the phrase is a clause of its own ("mediated talks that led to the
    // release of hostages" releases no one).
    let relatives: Vec<usize> = own.iter().flat_map(|&k| view.children(k).filter(|&c| view.rel(c) == "acl:relcl").collect::<Vec<_>>()).flat_map(|c| view.subtree(c, &|_| false)).collect();
    let words: Vec<usize> = own.into_iter().filter(|k| !apart.contains(k) && !relatives.contains(k)).collect();
    // What a passive or a past participle was done to reads as its object, as PETRARCH reads
    // "aid was sent" like "sent aid" (patterns look after the verb): the passive subject, or the
    // noun the participle describes ("sanctions imposed by the US").
    // Also the noun an object relative hangs on ("a charge Cuban officials deny": DENY * CHARGE).
    // Not for a verb that names what the noun is ("support that the Pentagon described as
    // provocative": DESCRIBE * PROVOCATIVE, not * SUPPORT).
    let names_it = words_of.either("naming", view.form(v), view.lemma(v)) && view.children(v).any(|c| view.rel(c) == "xcomp" || (view.rel(c) == "obl" && view.has_case(c, &["as"])));
    let participle_noun = view.head(v).filter(|_| !names_it && ((view.rel(v) == "acl" && !view.form(v).ends_with("ing")) || object_gap(view, v, words_of)));
    let patient: Vec<usize> = match (patient_node(view, v), participle_noun) {
        (Some(p), _) => view.subtree(p, &|r| r == "acl:relcl"),
        // (Not the noun's own case word: "after talks mediated by Saudi Arabia".)
        (None, Some(n)) => view.subtree(n, &|r| matches!(r, "acl" | "acl:relcl" | "case")).into_iter().filter(|&k| k < v).collect(),
        _ => Vec::new(),
    };
    // Punctuation is no word of a pattern ("agreed to ‘counteract’ US sanctions").
    let words: Vec<usize> = words.into_iter().filter(|&k| view.words[k].upos != "PUNCT").collect();
    let form = |k: &usize| view.words[*k].form.clone();
    let before: Vec<String> = words.iter().filter(|&&k| k < hit.start).map(form).collect();
    let after_idx: Vec<usize> = patient.iter().copied().filter(|&k| view.words[k].upos != "PUNCT").chain(words.iter().copied().filter(|&k| k >= hit.end)).collect();
    let after = after_idx.iter().map(form).collect();
    let infinitive = after_idx.iter().map(|&k| view.form(k) == "to" && view.rel(k) == "mark").collect();
    // "a drone factory": a noun compounded onto another is no object of its own, unless that
    // other noun only holds it ("drone shipments", "arms deliveries").
    let modifier = after_idx
        .iter()
        .map(|&k| view.rel(k) == "compound" && view.upos(k) == "NOUN" && view.head(k).is_some_and(|h| view.upos(h) == "NOUN" && !words_of.is("container", view.lemma(h)) && !words_of.is("container", view.form(h))))
        .collect();
    (before, after, infinitive, modifier)
}

/// The verb's code: the most specific pattern over its phrase, then what governs it.
pub fn code<'a>(view: &SentenceView, verbs: &'a VerbTable, words: &RuleWords, hit: VerbHit, compound_subject: bool, governor: Option<Governor>) -> (CodeSpec, Option<&'a Pattern>) {
    let (before, after, infinitive, modifier) = phrase(view, verbs, words, hit);
    let (spec, pattern) = verbs.code_for_phrase(hit.verb, &before, &Phrase { words: &after, infinitive: &infinitive, modifier: &modifier }, compound_subject);
    (govern(spec, governor), pattern)
}

/// Negation and modality a verb's own dependents give it: negation adverbs and determiners,
/// future and possible auxiliaries, hedges, "if" and "rather than".
fn own_markers(view: &SentenceView, x: usize, words: &RuleWords) -> (bool, Modality, bool) {
    // "rather than integrating", "instead of meeting": the parse often hangs the two words on
    // the main verb; they stand right before this one.
    let before = |k: usize| x.checked_sub(k).map_or("", |i| view.form(i));
    let mut negated = matches!((before(2), before(1)), ("rather", "than") | ("instead", "of"));
    let mut modality = Modality::Asserted;
    let mut own_aux = false;
    for c in view.children(x) {
        let (rel, form) = (view.rel(c), view.form(c));
        // "not", "never"; "rather than integrating" (a mark and its fixed second word).
        let fixed_negation = view.children(c).any(|f| view.rel(f) == "fixed" && words.is("negation", view.form(f)));
        if matches!(rel, "advmod" | "det" | "neg" | "cc:preconj" | "mark" | "cc") && (words.is("negation", form) || fixed_negation) {
            negated = !negated;
        }
        if rel == "aux" && words.is("future", form) {
            own_aux = true;
            modality = modality.max(Modality::Future);
        }
        if rel == "aux" && words.is("possible", form) {
            own_aux = true;
            modality = modality.max(Modality::Possible);
        }
        if rel == "advmod" && words.is("reported", form) {
            modality = modality.max(Modality::Reported);
        }
        if rel == "mark" && matches!(form, "if" | "unless" | "whether") {
            modality = modality.max(Modality::Possible);
        }
    }
    (negated, modality, own_aux)
}

/// What a verb that governs an infinitive does to it ("promised to", "refused to", "plans to").
fn through_infinitive(hf: &str, hl: &str, words: &RuleWords, modality: &mut Modality) -> Option<Governor> {
    if words.either("promise", hf, hl) {
        Some(Governor::Promise)
    } else if words.either("threaten", hf, hl) {
        Some(Governor::Threaten)
    } else if words.either("refuse", hf, hl) {
        Some(Governor::Refuse)
    } else {
        if words.either("intend", hf, hl) {
            *modality = (*modality).max(Modality::Future);
        } else if words.either("request", hf, hl) || words.either("seem", hf, hl) {
            *modality = (*modality).max(Modality::Possible);
        }
        Some(Governor::Carry)
    }
}

/// Negation, modality and the governing verb of verb `v`: its own markers, then up the chain of
/// what governs it: the verb of an infinitive (negation passes only along infinitives and
/// coordination: "did not agree to send"), a verb of belief or denial over its clause, a noun of
/// claim ("reports that ..."), a participle's noun and that
/// noun's verb ("could involve US forces battling ..."). A relative clause or a parenthetical is
/// a statement of its own.
pub fn modality(view: &SentenceView, v: usize, words: &RuleWords) -> (bool, Modality, Option<Governor>) {
    let (mut negated, mut modality, mut own_aux) = own_markers(view, v, words);
    let mut governor = None;
    let mut straight = true;
    let mut x = v;
    for _ in 0..8 {
        let Some(mut h) = view.head(x) else { break };
        let mut rel = view.rel(x);
        // "announced in a video that he would meet ..." read as a relative clause on "video": a
        // clause opened by the subordinator "that" is a complement of the noun's verb.
        if rel == "acl:relcl" && view.children(x).any(|c| view.rel(c) == "mark" && view.form(c) == "that") {
            if let Some(g) = view.head(h).filter(|&g| view.words[g].upos == "VERB") {
                h = g;
                rel = "ccomp";
            }
        }
        let (hf, hl) = (view.form(h), view.lemma(h));
        match rel {
            // "China stopped extending loans to Venezuela": what is stopped is a cut (the
            // governor recodes it; a conflict stopped is no event); "Iran denied supplying
            // drones to Russia": what is denied is not done.
            // "avoided meeting Maduro", "refrained from criticizing Caracas": left undone.
            "xcomp" | "advcl" | "ccomp" if words.either("avoid", hf, hl) => {
                if straight {
                    negated = true;
                }
            }
            // "Hungary blocked an EU statement criticising Israel", "vetoed a resolution
            // condemning the repression": a text blocked was never issued.
            "acl" if words.is("document", hl) && view.rel(h) == "obj" && view.head(h).is_some_and(|g| words.either("block", view.form(g), view.lemma(g))) => {
                if straight {
                    negated = true;
                }
            }
            "xcomp" if words.either("stop", hf, hl) && straight && governor.is_none() => governor = Some(Governor::Stop),
            "xcomp" if words.either("stop", hf, hl) || words.either("deny", hf, hl) => {
                if straight {
                    negated = !negated;
                }
            }
            "xcomp" => {
                let g = through_infinitive(hf, hl, words, &mut modality);
                // Only along a straight chain of infinitives and conjuncts: "agreed to reopen
                // the border after talks mediated by Saudi Arabia" promises no mediation.
                governor = governor.or(g.filter(|_| straight));
            }
            // "announced he would meet his Russian counterpart": an intent, told as such.
            "ccomp" if words.either("announce", hf, hl) && matches!(modality, Modality::Future | Modality::Possible) && !negated => {
                governor = governor.or(Some(Governor::Promise));
                modality = Modality::Asserted;
            }
            // "warned that Moscow would punish Colombia", "told reporters that he would meet
            // Putin": "would" in reported speech is a future.
            "ccomp" if (words.either("reporting", hf, hl) || words.either("threaten", hf, hl)) && modality == Modality::Possible && view.children(x).any(|c| view.rel(c) == "aux" && view.form(c) == "would") => {
                modality = Modality::Future;
            }
            // (A verb both of telling and of asking tells what its tensed clause says: "told
            // reporters that Beijing urged Washington to lift them".)
            "ccomp" if words.either("think", hf, hl) || (words.either("request", hf, hl) && !(words.either("reporting", hf, hl) && view.inflected_verb(x))) => {
                modality = modality.max(Modality::Possible)
            }
            // "urged Washington and Caracas to resolve their differences" with the infinitive read
            // as an adverbial clause: what is asked for is not told as done.
            "advcl" if has_mark(view, x, "to") && words.either("request", hf, hl) => modality = modality.max(Modality::Possible),
            "ccomp" if words.either("deny", hf, hl) => modality = modality.max(Modality::Reported),
            // A noun's ("reports that", "claims that"), not a verb's: "Reuters reported that" tells
            // as "said that" does.
            "acl" | "ccomp" if view.upos(h) != "VERB" && (words.is("claim", hl) || words.is("claim", hf)) => modality = modality.max(Modality::Reported),
            // "accused Venezuela of massing troops": what the "of" clause alleges (not another
            // clause the parse hangs there: "..., while Brazil sent vehicles").
            "advcl" | "acl" if words.either("accuse", hf, hl) && (has_mark(view, x, "of") || !view.children(x).any(|c| view.rel(c) == "mark")) && subject_read_as_oblique(view, x).is_none() => modality = modality.max(Modality::Reported),
            // "sanctioned Rosneft for helping PDVSA export oil": the reason of a punishment or
            // rebuke is the punisher's charge, not told as done.
            // (Also "imposed sanctions on Rosneft for helping": the object names the punishment.)
            "advcl" | "acl"
                if has_mark(view, x, "for")
                    && view.form(x).ends_with("ing")
                    && (words.either("punish", hf, hl) || view.child_with(h, &["obj"]).is_some_and(|o| words.either("punish", view.form(o), view.lemma(o)))) =>
            {
                modality = modality.max(Modality::Reported)
            }
            // "signed an agreement to fight PKK militants", "a plan to sanction Maduro":
            // the infinitive of a noun of plans is planned, not done.
            "acl" if has_mark(view, x, "to") && words.either("plan", hf, hl) => modality = modality.max(Modality::Future),
            // (The parse may hang it on the verb whose object the noun is.)
            "advcl" if has_mark(view, x, "to") && view.child_with(h, &["obj"]).is_some_and(|o| o < x && words.either("plan", view.form(o), view.lemma(o))) => {
                modality = modality.max(Modality::Future)
            }
            // "accused the Maduro government of sheltering the guerrillas" with the clause hung on
            // the object: alleged too.
            "acl" if has_mark(view, x, "of") && view.rel(h) == "obj" && view.head(h).is_some_and(|g| words.either("accuse", view.form(g), view.lemma(g))) => {
                modality = modality.max(Modality::Reported)
            }
            // A verb coordinated with one that has auxiliaries shares them ("will visit Cuba and
            // sign"); one with its own does not.
            "conj" if own_aux => break,
            "conj" => {}
            "ccomp" | "advcl" | "acl" | "obj" | "nsubj" | "nsubj:pass" | "obl" | "nmod" | "iobj" => straight = false,
            _ => break,
        }
        if !matches!(rel, "xcomp" | "conj") {
            straight = false;
        }
        let (n, m, aux) = own_markers(view, h, words);
        if straight && n {
            negated = !negated;
        }
        modality = modality.max(m);
        own_aux = aux;
        x = h;
    }
    (negated, modality, governor)
}

/// Where a place may be the target under a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRole {
    /// Never: "met Maduro in Caracas" is where, not whom.
    None,
    /// As a destination only ("sent aid to Caracas"): aid and cooperation (06-08), the intent to
    /// meet (036).
    Destination,
    /// A place also after "in", "at", "near", but no other actor there: a meeting ("met in
    /// Havana"; "discussed the war in Gaza" is about Gaza, not with it).
    Meeting,
    /// Any actor after "in", "at", "near": a visit or travel (042-044, or a verb of going:
    /// "arrived in Caracas"), force (18-20: "shelled positions in Kyiv"), a mission (054, 161:
    /// "opened an embassy in Pyongyang").
    Anywhere,
}

/// The place role of a code (`spec`) and the verb's own code (`own`); `travel` says the verb is
/// one of going somewhere.
pub fn place_role(spec: CodeSpec, own: CodeSpec, travel: bool) -> PlaceRole {
    let codes = [spec.forward, spec.reverse, own.forward, own.reverse];
    let any = |f: &dyn Fn(&CameoCode) -> bool| codes.iter().flatten().any(f);
    let consult = any(&|c| c.root() == Some(4));
    if any(&|c| c.is_mission() || matches!(c.root(), Some(18..=20)) || matches!(c.as_str(), "042" | "043" | "044")) || (consult && travel) {
        PlaceRole::Anywhere
    } else if consult {
        PlaceRole::Meeting
    } else if any(&|c| c.as_str() == "036" || matches!(c.root(), Some(6..=8))) {
        PlaceRole::Destination
    } else {
        PlaceRole::None
    }
}

/// Whether actor word `t` is the bare country of actor word `s` ("Maduro" and "Venezuela"):
/// by CAMEO code, else by the id's country prefix (`arg:milei` and `ARG`).
pub fn own_country(view: &SentenceView, s: usize, t: usize) -> bool {
    let (Some(src), Some(tgt)) = (&view.words[s].actor, &view.words[t].actor) else { return false };
    if src.0 == tgt.0 {
        return false;
    }
    // "Milei recalled Argentina's ambassador": the country's agent with the source's very code.
    if !view.words[t].person && !tgt.1.is_empty() && src.1 == tgt.1 {
        return true;
    }
    tgt.1.len() == 3 && ((src.1.len() > 3 && src.1.starts_with(tgt.1.as_str())) || src.0.split_once(':').is_some_and(|(p, _)| p.eq_ignore_ascii_case(&tgt.0)))
}

/// A trigger the engine read a code for but could not place both sides of.
#[derive(Debug, Clone, PartialEq)]
pub struct Unresolved {
    /// Its clean-text range.
    pub at: std::ops::Range<usize>,
    /// The actor ids the engine read as its source (none where it found no subject).
    pub sources: Vec<String>,
    /// How the engine read it told: the parse sees a clause reported or denied even where it
    /// cannot place both sides, and the fallback's event for the same verb is told no more
    /// surely than that.
    pub negated: bool,
    pub modality: Modality,
}

/// What the engine made of one sentence: its events, and the triggers it found a code for but
/// could not find both sides of (where the parse failed it or the sentence names no actor there).
#[derive(Debug, Default)]
pub struct Coded {
    pub events: Vec<Event>,
    /// Those triggers.
    pub unresolved: Vec<Unresolved>,
    /// Clean-text ranges of every trigger read.
    pub read: Vec<std::ops::Range<usize>>,
    /// Words of nouns whose events are a coded verb's ("pledged support for Maduro": support),
    /// which the noun reader leaves alone.
    pub nouns: Vec<usize>,
    /// Purpose infinitives of verbs the engine coded, with those verbs' sources: "summoned the
    /// chargé d'affaires to protest", "met Lavrov to discuss the situation in Venezuela" (what
    /// the meeting was for is no second event of the same actor).
    pub purposes: Vec<(std::ops::Range<usize>, Vec<String>)>,
}

impl Coded {
    /// The engine's events, and another reader's (`fallback`, the shallow rules') for the verbs
    /// the engine read a code for but could not place both sides of, or did not read at all: a
    /// parse that failed a verb leaves it to the rules that read word order.
    pub fn with_fallback(self, fallback: Vec<Event>) -> Vec<Event> {
        let overlaps = |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| a.start < b.end && b.start < a.end;
        let mut out = self.events;
        // Statements (CAMEO 01) are the engine's alone to read (it takes only their addressee).
        for e in fallback.into_iter().filter(|e| e.code.root() != Some(1)) {
            let decided = out.iter().any(|p| overlaps(&p.trigger, &e.trigger));
            // Where the engine read the verb's subject, the rules may only name its target:
            // "the Kremlin's envoy, who met Maduro, promised ..." is the envoy's promise, not
            // Maduro's, whatever name stands nearest the verb.
            // Nor may it pair two of the subjects the engine read ("Russia and China welcomed
            // the talks": the engine decided that is no act of one toward the other).
            let failed = self.unresolved.iter().any(|u| overlaps(&u.at, &e.trigger) && (u.sources.is_empty() || (u.sources.contains(&e.source) && !u.sources.contains(&e.target))));
            let unread = !self.read.iter().any(|r| overlaps(r, &e.trigger));
            // One happening, one event: not a pair the engine already coded in the same quad
            // class ("offered to host talks": the engine's intent to mediate, 039, is the offer).
            // (The same event, read twice, is such a pair.)
            let told = out.iter().any(|p| p.source == e.source && p.target == e.target && p.code.quad_class() == e.code.quad_class());
            let purpose = self.purposes.iter().any(|(at, sources)| overlaps(at, &e.trigger) && sources.contains(&e.source));
            if !decided && (failed || unread) && !told && !purpose {
                let mut e = e;
                if let Some(u) = self.unresolved.iter().find(|u| overlaps(&u.at, &e.trigger)) {
                    e.negated = e.negated || u.negated;
                    if u.modality != Modality::Reported {
                        e.modality = e.modality.max(u.modality);
                    }
                }
                out.push(e);
            }
        }
        out
    }
}

/// The events the verbs of one sentence tell; `si` is the sentence's index.
pub fn code_sentence(view: &SentenceView, verbs: &VerbTable, lang: &NominalRules, paired: PairedCodes, si: usize) -> Coded {
    code_sentence_after(view, verbs, lang, paired, si, &[])
}

/// The events the verbs of one sentence tell, after the events of the sentence before
/// (`before`), which a deed named again may refer to ([`deed_told_before`]).
pub fn code_sentence_after(view: &SentenceView, verbs: &VerbTable, lang: &NominalRules, paired: PairedCodes, si: usize, before: &[Event]) -> Coded {
    let mut out = Coded::default();
    let span = |hit: VerbHit| view.words[hit.start].span.start..view.words[hit.end.saturating_sub(1).max(hit.start)].span.end;
    let (hits, not_verbs) = triggers(view, verbs, &lang.words);
    out.read.extend(not_verbs.into_iter().map(span));
    for hit in hits {
        let trigger = span(hit);
        out.read.push(trigger.clone());
        let reading = code_trigger(view, verbs, lang, hit);
        let told = match &reading {
            Some(t) if t.pairs.is_empty() => deed_told_before(view, &lang.words, hit.head, &t.sources, &out.events, before),
            _ => Vec::new(),
        };
        match reading {
            // A participle that only describes a noun ("two suspected militants") and places no
            // pair tells no event: the shallow rules, which read it as a finite verb, may not.
            Some(t) if t.pairs.is_empty() && view.rel(hit.head) == "amod" => {}
            Some(t) if t.pairs.is_empty() && !told.is_empty() => out.events.extend(t.events_toward(view, si, trigger, &told)),
            Some(t) if t.pairs.is_empty() => out.unresolved.push(Unresolved { at: trigger, sources: t.sources, negated: t.negated, modality: t.modality }),
            Some(t) => {
                let events = t.events(view, paired, si, trigger);
                if !events.is_empty() {
                    let sources: Vec<String> = events.iter().map(|e| e.source.clone()).collect();
                    for c in view.children(hit.head).filter(|&c| matches!(view.rel(c), "advcl" | "xcomp") && view.upos(c) == "VERB" && has_mark(view, c, "to")) {
                        out.purposes.extend(view.words.get(c).map(|w| (w.span.clone(), sources.clone())));
                    }
                    out.nouns.extend(t.nouns);
                    // The object a pattern matched is the verb's too ("rejected calls from Egypt":
                    // no call of Egypt's of its own), unless it names its own doer ("condemned
                    // the arrest of journalists by Venezuelan police": the arrest is the police's).
                    out.nouns.extend(view.child_with(hit.head, &["obj"]).filter(|&o| t.pattern.is_some() && lang.named_doer(view, o).is_none()));
                }
                for e in events {
                    if !out.events.contains(&e) {
                        out.events.push(e);
                    }
                }
            }
            None => {}
        }
    }
    out
}

/// The kinds of deed a definite noun may name again, the CAMEO codes (by prefix) of the events
/// it names, and whether it is both parties' (an agreement) or its doer's alone.
const TOLD_DEEDS: &[(&str, &[&str], bool)] = &[
    ("told-agreement", &["03", "057", "06"], true),
    ("told-accusation", &["11", "12", "13"], false),
    ("told-attack", &["18", "19", "20"], false),
    ("told-expulsion", &["16", "17"], false),
    ("told-sanction", &["16"], false),
    ("told-decision", &["05", "06", "07", "08", "16", "17", "18", "19", "20"], false),
];

/// "Iran's minister signed an agreement with Padrino ... Washington condemned the deal";
/// "deported him to Cúcuta, the ministry said, calling the expulsion arbitrary": a verb whose
/// object is a definite deed noun naming no actor ("the deal", "these allegations") acts toward
/// whoever did that deed: the latest event of the deed's kind told before the verb in its
/// sentence, else in the sentence before (`before`), not by the verb's own subjects; a deed
/// of both parties (an agreement, a meeting) is toward both. Returns the (actor id, CAMEO code)
/// of each, none where no such deed was told.
fn deed_told_before(view: &SentenceView, words: &RuleWords, v: usize, sources: &[String], earlier: &[Event], before: &[Event]) -> Vec<(String, String)> {
    let Some(object) = view.child_with(v, &["obj"]) else { return Vec::new() };
    let definite = view.children(object).any(|c| view.rel(c) == "det" && matches!(view.form(c).to_lowercase().as_str(), "the" | "this" | "these" | "that" | "those"));
    let own_actor = view.subtree(object, &|_| false).into_iter().any(|k| view.actor(k).is_some());
    let Some(&(_, codes, both)) = TOLD_DEEDS.iter().find(|(kind, _, _)| words.is(kind, view.lemma(object)) || words.is(kind, &view.form(object).to_lowercase())) else {
        return Vec::new();
    };
    if sources.is_empty() || !definite || own_actor {
        return Vec::new();
    }
    let at = view.words.get(v).map_or(0, |w| w.span.start);
    let of_kind = |e: &&Event| codes.iter().any(|p| e.code.as_str().starts_with(p)) && !sources.contains(&e.source);
    let same = earlier.iter().filter(|e| e.trigger.end <= at).filter(of_kind).max_by_key(|e| e.trigger.start);
    let Some(deed) = same.or_else(|| before.iter().filter(of_kind).max_by_key(|e| e.trigger.start)) else { return Vec::new() };
    let mut out = vec![(deed.source.clone(), deed.source_cameo.clone())];
    if both && !sources.contains(&deed.target) {
        out.push((deed.target.clone(), deed.target_cameo.clone()));
    }
    out
}

/// One trigger read: its code, flags and the (source, target) actor words it joins.
struct Reading<'a> {
    spec: CodeSpec,
    pattern: Option<&'a Pattern>,
    negated: bool,
    modality: Modality,
    pairs: Vec<(usize, usize)>,
    /// The actor ids of the sources read, paired or not.
    sources: Vec<String>,
    /// The nouns whose phrases gave targets ([`Targets::nouns`]).
    nouns: Vec<usize>,
}

impl Reading<'_> {
    fn events(&self, view: &SentenceView, paired: PairedCodes, si: usize, trigger: std::ops::Range<usize>) -> Vec<Event> {
        let mut out = Vec::new();
        let mut emit = |s: usize, t: usize, code: CameoCode| {
            let (Some(src), Some(tgt)) = (&view.words[s].actor, &view.words[t].actor) else { return };
            // An actor does nothing to itself; a country's agents may act on each other
            // ("Venezuelan police arrested Venezuelan protesters": VENCOP → VENOPP), but a bare
            // country is no agent ("closed the consulate in Maracaibo" is no act of Venezuela's
            // government toward Venezuela), as the shallow rules hold too.
            let same = src.0 == tgt.0 && (src.1 == tgt.1 || src.1.len() <= 3 || tgt.1.len() <= 3);
            if src.2 || same || own_country(view, s, t) {
                return;
            }
            out.push(self.event(si, (&src.0, &src.1), (&tgt.0, &tgt.1), code, trigger.clone()));
        };
        for &(s, t) in &self.pairs {
            match (self.spec.forward, self.spec.reverse) {
                (Some(f), r) => {
                    emit(s, t, f);
                    if let (Some(r), PairedCodes::Both) = (r, paired) {
                        emit(t, s, r);
                    }
                }
                (None, Some(r)) => emit(t, s, r),
                (None, None) => {}
            }
        }
        out
    }

    /// The events from each source read toward actors named outside the sentence's words
    /// ([`deed_told_before`]), in the forward code.
    fn events_toward(&self, view: &SentenceView, si: usize, trigger: std::ops::Range<usize>, targets: &[(String, String)]) -> Vec<Event> {
        let Some(code) = self.spec.forward else { return Vec::new() };
        let mut out = Vec::new();
        // Never toward the source's own country ("Zarif ... attend the meeting": no Iranian deed).
        let country = |c: &str| c.get(..3).map(str::to_string);
        for source in &self.sources {
            let Some(src) = view.words.iter().find_map(|w| w.actor.as_ref().filter(|a| a.0 == *source && !a.2)) else { continue };
            for (id, cameo) in targets.iter().filter(|(id, c)| id != source && country(c) != country(&src.1)) {
                out.push(self.event(si, (&src.0, &src.1), (id, cameo), code, trigger.clone()));
            }
        }
        out
    }

    /// One event of this reading between two actors, (id, CAMEO code) each.
    fn event(&self, si: usize, source: (&str, &str), target: (&str, &str), code: CameoCode, trigger: std::ops::Range<usize>) -> Event {
        Event {
            sentence: si,
            source: source.0.to_string(),
            target: target.0.to_string(),
            source_cameo: source.1.to_string(),
            target_cameo: target.1.to_string(),
            code,
            trigger,
            negated: self.negated,
            modality: self.modality,
            pattern: self.pattern.map(|p| p.text.clone()),
            reader: super::Reader::Parse,
            confidence: 0.0,
            location: None,
        }
    }
}

/// Read one trigger: `None` where it codes nothing (a null code).
fn code_trigger<'a>(view: &SentenceView, verbs: &'a VerbTable, lang: &NominalRules, hit: VerbHit) -> Option<Reading<'a>> {
    let words = &lang.words;
    let v = hit.head;
    let mut from = sources(view, v, words);
    let (mut negated, mut modality, governor) = modality(view, v, words);
    if view.words.last().is_some_and(|w| w.form == "?") {
        modality = modality.max(Modality::Possible);
    }
    let (mut spec, pattern) = code(view, verbs, words, hit, from.len() >= 2, governor);
    let receives = words.is("receive", view.lemma(v));
    let object = view.child_with(v, &["obj", "nsubj:pass"]);
    let from_phrase = |n: usize| view.children(n).find(|&c| matches!(view.rel(c), "obl" | "nmod") && view.has_case(c, &["from"]));
    let giver = from_phrase(v).or_else(|| object.and_then(from_phrase)).filter(|_| receives);
    // "where he was received by Díaz-Canel": "he" is the one person named before.
    let hosted = object.is_some_and(|o| !actors_of(view, o, words, &from).is_empty());
    if spec.is_null() && receives && pattern.is_none() && giver.is_none() && hosted {
        // "received Maduro in Ankara", "was received at the Kremlin by Putin": a person or a
        // government received is a visit hosted, where the table has no pattern for it.
        spec = CodeSpec { forward: CameoCode::parse("043"), reverse: None };
    }
    // "called the measures a desperate attempt": a naming verb with a predicate no pattern reads
    // names, and tells nothing of its own (CALL's own code is a telephone call).
    let names = pattern.is_none() && words.either("naming", view.form(v), view.lemma(v)) && view.child_with(v, &["xcomp"]).is_some();
    // "Hezbollah, the Lebanese militant group backed by Iran", "Somali troops backed by African
    // Union forces": support or aid named by a participle on an actor describes the actor; it
    // tells no event.
    let describes = past_participle_on_noun(view, v) && view.head(v).is_some_and(|h| view.actor_of(h).is_some()) && spec.forward.is_some_and(|c| matches!(c.root(), Some(5..=7)));
    if spec.is_null() || names || describes {
        return None;
    }
    let mut role = place_role(spec, verbs.own_code(hit.verb), words.either("travel", view.form(v), view.lemma(v)));
    if role == PlaceRole::Anywhere && words.is("send", view.lemma(v)) {
        // Where one sends is "to" a place, never "in" one ("Meanwhile in Mexico, the regime
        // sent a delegation").
        role = PlaceRole::Destination;
    }
    let found = targets(view, v, lang, &from, role, spec.forward);
    let mut to = found.actors;
    // Denials and condolences answer someone (016 "rejected the accusation", 018): not these.
    if spec.forward.is_some_and(|c| c.root() == Some(1) && !matches!(c.as_str(), "016" | "018")) {
        // A public statement (CAMEO 01) is an event between two actors only toward the one it
        // is addressed to ("announced to Putin", "told Lavrov"), not about what it describes
        // ("described Venezuela and Russia as threats", "noted a Guard presence").
        let addressed: Vec<usize> = view.children(v).filter(|&c| view.rel(c) == "iobj" || (view.rel(c) == "obl" && view.has_case(c, &["to", "with"]))).flat_map(|c| view.subtree(c, &|_| false)).collect();
        to.retain(|a| addressed.contains(a));
    }
    // "Cuba received oil from Venezuela": the giver is the source.
    let reverses = pattern.is_some_and(Pattern::reverses);
    if let Some(givers) = giver.filter(|_| !reverses).map(|g| actors_of(view, g, words, &from)).filter(|g| !g.is_empty()) {
        if spec.forward.is_some() {
            to = std::mem::replace(&mut from, givers);
        } else {
            // A code written for the receiver's side only (`:051`, "received support from
            // China"): the giver is the other side and the reverse event goes to the receiver.
            to = givers;
        }
    }
    if pattern.is_some_and(Pattern::reverses) {
        std::mem::swap(&mut from, &mut to);
    }
    // "Neither Russia nor China has condemned Maduro": the negation sits on the subject.
    if subject_nodes(view, v, words).iter().any(|&n| view.children(n).any(|c| matches!(view.rel(c), "cc:preconj" | "cc") && matches!(view.form(c), "neither" | "nor"))) {
        negated = !negated;
    }
    if pattern.is_some_and(Pattern::negates) {
        negated = false;
    }
    // "Russia and Iran signed an accord": cooperation between two subjects and no object goes
    // both ways.
    // Joint acts only: intents to cooperate, meetings, agreements signed, cooperation (not
    // "Cuba and Iran welcomed the talks").
    // So do fights of two subjects under a verb that is mutual by its sense ("Indian and
    // Chinese troops clashed"), not "Russia and Syria bombed" (someone unnamed).
    let reciprocal = words.either("reciprocal", view.form(v), view.lemma(v));
    // A mediator mediates between others, never with its co-subjects ("a ceasefire brokered by
    // Qatar and Egypt"), as the Spanish reader reads them.
    let mediates = spec.forward.is_some_and(|c| c.as_str() == "045");
    // So does diplomatic cooperation over a tie between them ("Colombia and Venezuela restored
    // relations"), not "Russia and China sent ambassadors".
    let over_bond = view.child_with(v, &["obj"]).is_some_and(|o| words.is("bond", view.form(o)));
    // So does what the table codes both ways ("exchanged prisoners", `0841:0841`): the two
    // subjects did it to each other.
    let paired = spec.reverse.is_some_and(|r| spec.forward == Some(r));
    let joint = !found.named && !mediates && from.len() >= 2 && spec.forward.is_some_and(|c| paired || matches!(c.root(), Some(3 | 4 | 6)) || c.as_str() == "057" || (over_bond && c.root() == Some(5)) || (reciprocal && matches!(c.root(), Some(17..=20))));
    // "Iran and Venezuela pledged to expand cooperation": the infinitive's event is the pledge.
    let governor_verb = ["promise", "threaten", "refuse"].iter().any(|k| words.either(k, view.form(v), view.lemma(v)));
    let mutual = joint && !(governor_verb && governs_a_verb_of_the_table(view, verbs, v));
    // "Guyanese soldiers exchanged fire with a Venezuelan gang", "troops clashed with ELN
    // fighters": a fight with someone under a verb mutual by its sense goes both ways.
    let fought_with = |b: usize| view.children(v).any(|c| view.rel(c) == "obl" && view.has_case(c, &["with"]) && view.subtree(c, &|_| false).contains(&b));
    let answered = reciprocal && !mutual && spec.forward.is_some_and(|c| matches!(c.root(), Some(18..=20))) && !to.is_empty() && to.iter().all(|&b| fought_with(b));
    let pairs: Vec<(usize, usize)> = if mutual {
        from.iter().flat_map(|&a| from.iter().filter(move |&&b| b != a).map(move |&b| (a, b))).collect()
    } else if answered {
        from.iter().flat_map(|&a| to.iter().flat_map(move |&b| [(a, b), (b, a)])).collect()
    } else {
        from.iter().flat_map(|&a| to.iter().map(move |&b| (a, b))).collect()
    };
    let sources = from.iter().filter_map(|&a| view.actor(a).map(|x| x.0.clone())).collect();
    Some(Reading { spec, pattern, negated, modality, pairs, sources, nouns: found.nouns })
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::tree::tests::{reword, view};

    fn table() -> VerbTable {
        let csv = "kind,name,text,forms,code\n\
                   block,MEET,,,040\nverb,MEET,MEET,meet|met|meets|meeting,\n\
                   block,PRAISE,,,051\nverb,PRAISE,PRAISE,praise|praised,\n\
                   block,SEND,,,070\nverb,SEND,SEND,send|sent|sending,\npattern,SEND,* TROOPS,,062\n\
                   block,PLEDGE,,,030\nverb,PLEDGE,PLEDGE,pledge|pledged,\n\
                   block,HOST,,,043\nverb,HOST,HOST,host|hosted,\nverb,HOST,WELCOME,welcome|welcomed,\n\
                   block,ATTACK,,,190\nverb,ATTACK,ATTACK,attack|attacked|attacking,\n\
                   block,SIGN,,,057\nverb,SIGN,SIGN,sign|signed,\n\
                   block,SANCTION,,,163\nverb,SANCTION,SANCTION,sanction|sanctioned,\n\
                   block,URGE,,,020\nverb,URGE,URGE,urge|urged,\n\
                   block,STATE,,,010\nverb,STATE,DESCRIBE,describe|described,\nverb,STATE,ANNOUNCE,announce|announced,\n\
                   block,OBTAIN,,,'---\nverb,OBTAIN,RECEIVE,receive|received,\nblock,LEAVE,,,040\nverb,LEAVE,LEAVE,leave|left,\n";
        table_of(csv)
    }

    /// A verb table from CSV rows (the header is added).
    fn table_of(rows: &str) -> VerbTable {
        let dir = tempfile::tempdir().expect("temp dir");
        let p = dir.path().join("v.csv");
        let csv = if rows.starts_with("kind,") { rows.to_string() } else { format!("kind,name,text,forms,code\n{rows}") };
        std::fs::write(&p, csv).expect("write");
        VerbTable::load(&[p]).expect("table")
    }

    fn coded(v: &SentenceView) -> Vec<(String, String, String, Modality, bool)> {
        code_sentence(v, &table(), &NominalRules::shipped(), PairedCodes::Forward, 0)
            .events
            .iter()
            .map(|e| (e.source.clone(), e.target.clone(), e.code.as_str().to_string(), e.modality, e.negated))
            .collect()
    }

    /// (source, target, code) of each event the engine reads in `v` with `table`.
    fn triples(v: &SentenceView, table: &VerbTable) -> Vec<(String, String, String)> {
        code_sentence(v, table, &NominalRules::shipped(), PairedCodes::Forward, 0).events.iter().map(|e| (e.source.clone(), e.target.clone(), e.code.as_str().to_string())).collect()
    }

    fn t3(s: &str, t: &str, c: &str) -> (String, String, String) {
        (s.into(), t.into(), c.into())
    }

    fn ev(s: &str, t: &str, c: &str) -> (String, String, String, Modality, bool) {
        (s.into(), t.into(), c.into(), Modality::Asserted, false)
    }

    #[test]
    fn a_noun_of_an_event_names_the_verbs_target_and_its_own_event_is_the_verbs() {
        // France pledged euros in military aid to Ukraine.
        let v = view(&[
            ("France", "France", "PROPN", 2, "nsubj", Some("FRA")),
            ("pledged", "pledge", "VERB", 0, "root", None),
            ("euros", "euro", "NOUN", 2, "obj", None),
            ("in", "in", "ADP", 6, "case", None),
            ("military", "military", "ADJ", 6, "amod", None),
            ("aid", "aid", "NOUN", 2, "obl", None),
            ("to", "to", "ADP", 8, "case", None),
            ("Ukraine", "Ukraine", "PROPN", 6, "nmod", Some("UKR")),
        ]);
        let coded_here = code_sentence(&v, &table(), &NominalRules::shipped(), PairedCodes::Forward, 0);
        assert_eq!(coded_here.events.iter().map(|e| (e.source.as_str(), e.target.as_str(), e.code.as_str())).collect::<Vec<_>>(), vec![("FRA", "UKR", "030")]);
        // The aid is the pledge's: the noun reader leaves it alone.
        assert_eq!(coded_here.nouns, vec![5]);
        // Wang Yi reiterated China's support for Maduro: not the endorsement of talks "between"
        // two sides, which only a verb that convenes them takes as its targets.
        let hosted = view(&[
            ("Indonesia", "Indonesia", "PROPN", 2, "nsubj", Some("IDN")),
            ("hosted", "host", "VERB", 0, "root", None),
            ("talks", "talk", "NOUN", 2, "obj", None),
            ("between", "between", "ADP", 5, "case", None),
            ("Myanmar", "Myanmar", "PROPN", 3, "nmod", Some("MMR")),
            ("and", "and", "CCONJ", 7, "cc", None),
            ("Thailand", "Thailand", "PROPN", 5, "conj", Some("THA")),
        ]);
        assert_eq!(coded(&hosted), vec![ev("IDN", "MMR", "043"), ev("IDN", "THA", "043")]);
        let mut praised = hosted.clone();
        super::super::tree::tests::reword(&mut praised, 1, "praised", "praise");
        assert!(coded(&praised).is_empty());
    }

    #[test]
    fn a_relative_clause_on_the_object_is_no_word_of_the_verbs_pattern() {
        // Russia sent troops that arrived (SEND * TROOPS 062 only over the verb's own words).
        let v = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("sent", "send", "VERB", 0, "root", None),
            ("aid", "aid", "NOUN", 2, "obj", None),
            ("that", "that", "PRON", 5, "nsubj", None),
            ("reached", "reach", "VERB", 3, "acl:relcl", None),
            ("troops", "troop", "NOUN", 5, "obj", None),
            ("to", "to", "ADP", 8, "case", None),
            ("Cuba", "Cuba", "PROPN", 2, "obl", Some("CUB")),
        ]);
        assert_eq!(coded(&v), vec![ev("RUS", "CUB", "070")]);
    }

    #[test]
    fn a_deed_set_beside_a_clause_stands_for_whoever_did_it() {
        // Mexico invited Maduro, a decision that Milei denounced.
        let v = view(&[
            ("Mexico", "Mexico", "PROPN", 2, "nsubj", Some("MEX")),
            ("invited", "invite", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 2, "obj", Some("ven:maduro")),
            (",", ",", "PUNCT", 6, "punct", None),
            ("a", "a", "DET", 6, "det", None),
            ("decision", "decision", "NOUN", 3, "appos", None),
            ("that", "that", "PRON", 9, "obj", None),
            ("Milei", "Milei", "PROPN", 9, "nsubj", Some("arg:milei")),
            ("denounced", "denounce", "VERB", 6, "acl:relcl", None),
        ]);
        let table = table_of("block,INVITE,,,040\nverb,INVITE,INVITE,invite|invited,\nblock,DENOUNCE,,,111\nverb,DENOUNCE,DENOUNCE,denounce|denounced,\n");
        assert_eq!(triples(&v, &table), vec![t3("MEX", "ven:maduro", "040"), t3("arg:milei", "MEX", "111")]);
        // With no relative pronoun: "a decision Milei denounced".
        let mut reduced = v.clone();
        if let Some(w) = reduced.words.get_mut(6) {
            w.deprel = "discourse".into();
            w.head = Some(1);
        }
        let got: Vec<String> = code_sentence(&reduced, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events.iter().map(|e| e.target.clone()).collect();
        assert!(got.contains(&"MEX".to_string()), "{got:?}");
        // Hung on the clause as a parataxis or a bare noun phrase, the same.
        for rel in ["parataxis", "obl:unmarked"] {
            let mut hung = v.clone();
            if let Some(w) = hung.words.get_mut(5) {
                w.deprel = rel.into();
                w.head = Some(1);
            }
            assert!(triples(&hung, &table).contains(&t3("arg:milei", "MEX", "111")), "{rel}");
        }
        // A person set beside a name is no deed: "Maduro, a leader whom Putin trusts".
        let mut person = v.clone();
        reword_lemma(&mut person, 5, "leader");
        let got: Vec<String> = code_sentence(&person, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events.iter().map(|e| e.target.clone()).collect();
        assert!(!got.contains(&"MEX".to_string()), "{got:?}");
    }

    #[test]
    fn a_naming_verbs_predicate_leaves_its_relative_an_object_gap() {
        // Venezuela jailed three Americans, a ruling the United States called a sham.
        let v = view(&[
            ("Venezuela", "Venezuela", "PROPN", 2, "nsubj", Some("VEN")),
            ("jailed", "jail", "VERB", 0, "root", None),
            ("Americans", "American", "PROPN", 2, "obj", Some("USA")),
            (",", ",", "PUNCT", 6, "punct", None),
            ("a", "a", "DET", 6, "det", None),
            ("ruling", "ruling", "NOUN", 3, "appos", None),
            ("the", "the", "DET", 8, "det", None),
            ("States", "States", "PROPN", 9, "nsubj", Some("USA")),
            ("called", "call", "VERB", 6, "acl:relcl", None),
            ("a", "a", "DET", 11, "det", None),
            ("sham", "sham", "NOUN", 9, "xcomp", None),
        ]);
        let table = table_of("block,JAIL,,,173\nverb,JAIL,JAIL,jail|jailed,\nverb,CALL,CALL,call|called,\nclass,&REPROACH,sham,,\npattern,CALL,* &REPROACH,CALL,111\n");
        assert_eq!(triples(&v, &table), vec![t3("VEN", "USA", "173"), t3("USA", "VEN", "111")]);
        // A verb whose predicate is no naming keeps it as its own ("a plan the ministry wanted
        // finished" is no object gap of "wanted").
        let mut other = v.clone();
        reword_lemma(&mut other, 8, "want");
        let got = triples(&other, &table_of("block,JAIL,,,173\nverb,JAIL,JAIL,jail|jailed,\nblock,WANT,,,111\nverb,WANT,WANT,want|called,\n"));
        assert_eq!(got, vec![t3("VEN", "USA", "173")]);
    }

    #[test]
    fn a_tensed_clause_told_to_reporters_is_told_not_asked() {
        // Lavrov told reporters that Moscow urged Washington to act.
        let v = view(&[
            ("Lavrov", "Lavrov", "PROPN", 2, "nsubj", Some("rus:lavrov")),
            ("told", "tell", "VERB", 0, "root", None),
            ("reporters", "reporter", "NOUN", 2, "iobj", None),
            ("that", "that", "SCONJ", 6, "mark", None),
            ("Moscow", "Moscow", "PROPN", 6, "nsubj", Some("RUS")),
            ("urged", "urge", "VERB", 2, "ccomp", None),
            ("Washington", "Washington", "PROPN", 6, "obj", Some("USA")),
        ]);
        let table = table_of("block,URGE,,,020\nverb,URGE,URGE,urge|urged,\nverb,TELL,TELL,tell|told,\n");
        let got = code_sentence(&v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events;
        assert_eq!(got.iter().map(|e| (e.target.as_str(), e.modality)).collect::<Vec<_>>(), vec![("USA", Modality::Asserted)]);
        // A bare clause under a verb of asking is asked for, not told ("demanded that Moscow
        // urge Washington").
        let mut asked = v.clone();
        reword(&mut asked, 1, "demanded", "demand");
        reword(&mut asked, 5, "urge", "urge");
        let got = code_sentence(&asked, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events;
        assert!(got.iter().all(|e| e.modality != Modality::Asserted), "{got:?}");
    }

    #[test]
    fn the_object_a_pattern_matched_is_the_verbs_noun() {
        // Hamas rejected calls from Egypt: the calls are the rejection's, no call of Egypt's.
        let v = view(&[
            ("Hamas", "Hamas", "PROPN", 2, "nsubj", Some("grp:hamas")),
            ("rejected", "reject", "VERB", 0, "root", None),
            ("calls", "call", "NOUN", 2, "obj", None),
            ("from", "from", "ADP", 5, "case", None),
            ("Egypt", "Egypt", "PROPN", 3, "nmod", Some("EGY")),
        ]);
        let table = table_of("block,REJECT,,,120\nverb,REJECT,REJECT,reject|rejected,\npattern,REJECT,* CALL,REJECT,122\n");
        let coded = code_sentence(&v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0);
        assert_eq!(coded.events.iter().map(|e| (e.target.as_str(), e.code.as_str())).collect::<Vec<_>>(), vec![("EGY", "122")]);
        assert!(coded.nouns.contains(&2), "{:?}", coded.nouns);
    }

    #[test]
    fn a_plans_infinitive_is_planned_and_a_bare_naming_tells_nothing() {
        // Turkey signed an agreement with Iraq to fight the PKK.
        let v = view(&[
            ("Turkey", "Turkey", "PROPN", 2, "nsubj", Some("TUR")),
            ("signed", "sign", "VERB", 0, "root", None),
            ("agreement", "agreement", "NOUN", 2, "obj", None),
            ("to", "to", "PART", 5, "mark", None),
            ("fight", "fight", "VERB", 2, "advcl", None),
            ("PKK", "PKK", "PROPN", 5, "obj", Some("grp:pkk")),
        ]);
        let table = table_of("block,FIGHT,,,190\nverb,FIGHT,FIGHT,fight|fought,\nverb,SIGN,SIGN,sign|signed,\n");
        let got = code_sentence(&v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events;
        assert_eq!(got.iter().map(|e| (e.target.as_str(), e.modality)).collect::<Vec<_>>(), vec![("grp:pkk", Modality::Future)]);
        // "signed the papers to fight" is no plan noun: the purpose stands as told.
        let mut papers = v;
        reword(&mut papers, 2, "papers", "paper");
        let got = code_sentence(&papers, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events;
        assert!(got.iter().all(|e| e.modality == Modality::Asserted), "{got:?}");
        // Venezuela called the sanctions an attempt: a naming no pattern reads, no call.
        let v = view(&[
            ("Venezuela", "Venezuela", "PROPN", 2, "nsubj", Some("VEN")),
            ("called", "call", "VERB", 0, "root", None),
            ("Washington", "Washington", "PROPN", 2, "obj", Some("USA")),
            ("a", "a", "DET", 5, "det", None),
            ("threat", "threat", "NOUN", 2, "xcomp", None),
        ]);
        let table = table_of("block,CALL,,,041\nverb,CALL,CALL,call|called,\n");
        assert!(triples(&v, &table).is_empty());
    }

    #[test]
    fn a_definite_deed_named_again_is_toward_whoever_did_it_before() {
        // "Iran signed an agreement with Venezuela. Washington condemned the deal."
        let told = |src: &str, tgt: &str, code: &str| Event {
            sentence: 0,
            source: src.into(),
            target: tgt.into(),
            source_cameo: src.into(),
            target_cameo: tgt.into(),
            code: CameoCode::parse(code).expect("code"),
            trigger: 5..11,
            negated: false,
            modality: Modality::Asserted,
            pattern: None,
            reader: crate::events::Reader::Parse,
            confidence: 0.0,
            location: None,
        };
        let v = view(&[
            ("Washington", "Washington", "PROPN", 2, "nsubj", Some("USA")),
            ("condemned", "condemn", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("deal", "deal", "NOUN", 2, "obj", None),
        ]);
        let table = table_of("block,CONDEMN,,,111\nverb,CONDEMN,CONDEMN,condemn|condemned,\n");
        let lang = NominalRules::shipped();
        let code = |v: &SentenceView, before: &[Event]| -> Vec<(String, String, String)> {
            code_sentence_after(v, &table, &lang, PairedCodes::Forward, 1, before).events.iter().map(|e| (e.source.clone(), e.target.clone(), e.code.as_str().to_string())).collect()
        };
        // An agreement is both parties'.
        assert_eq!(code(&v, &[told("IRN", "VEN", "057")]), vec![t3("USA", "IRN", "111"), t3("USA", "VEN", "111")]);
        // No deed of its kind before (praise is no deal), or none at all: nothing.
        assert!(code(&v, &[told("IRN", "VEN", "051")]).is_empty());
        assert!(code(&v, &[]).is_empty());
        // "a deal" names none told before.
        let mut indefinite = v.clone();
        reword(&mut indefinite, 2, "a", "a");
        assert!(code(&indefinite, &[told("IRN", "VEN", "057")]).is_empty());
        // An accusation is its maker's alone; never toward the source's own country.
        let mut denied = v.clone();
        reword(&mut denied, 3, "allegations", "allegation");
        assert_eq!(code(&denied, &[told("ARG", "VEN", "112")]), vec![t3("USA", "ARG", "111")]);
        assert!(code(&denied, &[told("USA", "VEN", "112")]).is_empty());
        // "The decision" names any act told before (asylum granted), not a statement.
        let mut decision = v.clone();
        reword(&mut decision, 3, "decision", "decision");
        assert_eq!(code(&decision, &[told("MEX", "VEN", "075")]), vec![t3("USA", "MEX", "111")]);
        assert!(code(&decision, &[told("MEX", "VEN", "010")]).is_empty());
    }

    #[test]
    fn a_pronoun_is_a_person_the_registry_lacks_in_the_same_place_of_the_clause_it_hangs_on() {
        let table = table_of("block,VISIT,,,042\nverb,VISIT,VISIT,visit|visited,\nblock,MEET,,,040\nverb,MEET,MEET,meet|met,\nblock,ACCUSE,,,112\nverb,ACCUSE,ACCUSE,accuse|accused,\nblock,ARREST,,,173\nverb,ARREST,ARREST,arrest|arrested,");
        // Iraqi Prime Minister Sudani visited Tehran, where he met Khamenei.
        let v = view(&[
            ("Iraqi", "Iraqi", "ADJ", 3, "amod", Some("IRQ")),
            ("Prime", "Prime", "ADJ", 3, "amod", None),
            ("Minister", "Minister", "PROPN", 4, "nmod:desc", None),
            ("Sudani", "Sudani", "PROPN", 5, "nsubj", None),
            ("visited", "visit", "VERB", 0, "root", None),
            ("Tehran", "Tehran", "PROPN", 5, "obj", Some("city:tehran")),
            (",", ",", "PUNCT", 10, "punct", None),
            ("where", "where", "ADV", 10, "advmod", None),
            ("he", "he", "PRON", 10, "nsubj", None),
            ("met", "meet", "VERB", 5, "parataxis", None),
            ("Khamenei", "Khamenei", "PROPN", 10, "obj", Some("irn:khamenei")),
        ]);
        assert!(triples(&v, &table).contains(&t3("IRQ", "irn:khamenei", "040")));
        // Venezuelan forces arrested a Colombian journalist and accused him.
        let v = view(&[
            ("Venezuelan", "Venezuelan", "ADJ", 2, "amod", Some("VEN")),
            ("forces", "force", "NOUN", 3, "nsubj", None),
            ("arrested", "arrest", "VERB", 0, "root", None),
            ("a", "a", "DET", 6, "det", None),
            ("Colombian", "Colombian", "ADJ", 6, "amod", Some("COL")),
            ("journalist", "journalist", "NOUN", 3, "obj", None),
            ("and", "and", "CCONJ", 8, "cc", None),
            ("accused", "accuse", "VERB", 3, "conj", None),
            ("him", "he", "PRON", 8, "obj", None),
        ]);
        assert_eq!(triples(&v, &table), vec![t3("VEN", "COL", "173"), t3("VEN", "COL", "112")]);
        // A person of the registry named before is still the one "he" is.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("visited", "visit", "VERB", 0, "root", None),
            ("Tehran", "Tehran", "PROPN", 2, "obj", Some("city:tehran")),
            (",", ",", "PUNCT", 7, "punct", None),
            ("where", "where", "ADV", 7, "advmod", None),
            ("he", "he", "PRON", 7, "nsubj", None),
            ("met", "meet", "VERB", 2, "parataxis", None),
            ("Khamenei", "Khamenei", "PROPN", 7, "obj", Some("irn:khamenei")),
        ]);
        assert!(triples(&v, &table).contains(&t3("ven:maduro", "irn:khamenei", "040")));
    }

    #[test]
    fn him_among_several_people_is_the_one_object_named_before() {
        // Putin telephoned Maduro, and Xi invited him: Maduro, the one object before "him".
        let v = view(&[
            ("Putin", "Putin", "PROPN", 2, "nsubj", Some("rus:putin")),
            ("telephoned", "telephone", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 2, "obj", Some("ven:maduro")),
            ("and", "and", "CCONJ", 6, "cc", None),
            ("Xi", "Xi", "PROPN", 6, "nsubj", Some("chn:xi")),
            ("invited", "invite", "VERB", 2, "conj", None),
            ("him", "he", "PRON", 6, "obj", None),
        ]);
        let table = table_of("block,CALL,,,041\nverb,CALL,TELEPHONE,telephone|telephoned,\nblock,INVITE,,,020\nverb,INVITE,INVITE,invite|invited,");
        assert_eq!(triples(&v, &table), vec![t3("rus:putin", "ven:maduro", "041"), t3("chn:xi", "ven:maduro", "020")]);
        // Two people named as objects before it: no one.
        let v = view(&[
            ("Putin", "Putin", "PROPN", 2, "nsubj", Some("rus:putin")),
            ("telephoned", "telephone", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 2, "obj", Some("ven:maduro")),
            ("and", "and", "CCONJ", 5, "cc", None),
            ("Lula", "Lula", "PROPN", 3, "conj", Some("bra:lula")),
            ("and", "and", "CCONJ", 7, "cc", None),
            ("Xi", "Xi", "PROPN", 8, "nsubj", Some("chn:xi")),
            ("invited", "invite", "VERB", 2, "conj", None),
            ("him", "he", "PRON", 8, "obj", None),
        ]);
        assert!(!triples(&v, &table).iter().any(|t| t.0 == "chn:xi"));
    }

    #[test]
    fn it_after_a_conjunct_verb_is_the_one_body_the_first_verb_took() {
        // Colombia accused Israel and broke off relations with it.
        let rows = [
            ("Colombia", "Colombia", "PROPN", 2, "nsubj", Some("COL")),
            ("accused", "accuse", "VERB", 0, "root", None),
            ("Israel", "Israel", "PROPN", 2, "obj", Some("ISR")),
            ("and", "and", "CCONJ", 5, "cc", None),
            ("broke", "break", "VERB", 2, "conj", None),
            ("relations", "relation", "NOUN", 5, "obj", None),
            ("with", "with", "ADP", 8, "case", None),
            ("it", "it", "PRON", 6, "nmod", None),
        ];
        let table = table_of("block,ACCUSE,,,112\nverb,ACCUSE,ACCUSE,accuse|accused,\nblock,BREAK,,,161\nverb,BREAK,BREAK,break|broke,");
        let got = triples(&view(&rows), &table);
        assert!(got.contains(&t3("COL", "ISR", "161")), "{got:?}");
        // A person taken first is no "it".
        let mut person = rows;
        person[2] = ("Netanyahu", "Netanyahu", "PROPN", 2, "obj", Some("isr:netanyahu"));
        assert!(!triples(&view(&person), &table).iter().any(|t| t.2 == "161"));
        // Nor where the first verb took two bodies.
        let two = view(&[
            ("Colombia", "Colombia", "PROPN", 2, "nsubj", Some("COL")),
            ("accused", "accuse", "VERB", 0, "root", None),
            ("Israel", "Israel", "PROPN", 2, "obj", Some("ISR")),
            ("and", "and", "CCONJ", 5, "cc", None),
            ("Egypt", "Egypt", "PROPN", 3, "conj", Some("EGY")),
            ("and", "and", "CCONJ", 7, "cc", None),
            ("broke", "break", "VERB", 2, "conj", None),
            ("relations", "relation", "NOUN", 7, "obj", None),
            ("with", "with", "ADP", 10, "case", None),
            ("it", "it", "PRON", 8, "nmod", None),
        ]);
        assert!(!triples(&two, &table).iter().any(|t| t.2 == "161"));
    }

    #[test]
    fn them_is_the_object_of_the_verb_its_clause_hangs_on() {
        // Venezuela arrested a Spanish citizen and two Czech nationals, accusing them.
        let v = view(&[
            ("Venezuela", "Venezuela", "PROPN", 2, "nsubj", Some("VEN")),
            ("arrested", "arrest", "VERB", 0, "root", None),
            ("a", "a", "DET", 5, "det", None),
            ("Spanish", "Spanish", "ADJ", 5, "amod", Some("ESP")),
            ("citizen", "citizen", "NOUN", 2, "obj", None),
            ("and", "and", "CCONJ", 9, "cc", None),
            ("two", "two", "NUM", 9, "nummod", None),
            ("Czech", "Czech", "ADJ", 9, "amod", Some("CZE")),
            ("nationals", "national", "NOUN", 5, "conj", None),
            (",", ",", "PUNCT", 11, "punct", None),
            ("accusing", "accuse", "VERB", 2, "advcl", None),
            ("them", "they", "PRON", 11, "obj", None),
        ]);
        let table = table_of("block,ARREST,,,173\nverb,ARREST,ARREST,arrest|arrested,\nblock,ACCUSE,,,112\nverb,ACCUSE,ACCUSE,accuse|accusing,");
        let got = triples(&v, &table);
        assert!(got.contains(&t3("VEN", "ESP", "112")) && got.contains(&t3("VEN", "CZE", "112")), "{got:?}");
        // "Them" in a clause of its own subject is no one's here.
        let mut own = v;
        if let Some(w) = own.words.get_mut(10) {
            w.deprel = "ccomp".into();
        }
        assert!(!triples(&own, &table).iter().any(|t| t.2 == "112"));
    }

    #[test]
    fn support_named_by_a_participle_on_an_actor_describes_it() {
        let table = table_of("block,BACK,,,050\nverb,BACK,BACK,back|backed,\nblock,SANCTION,,,163\nverb,SANCTION,SANCTION,sanction|sanctioned,");
        // Hezbollah, the group backed by Iran, ...: no event of Iran's.
        let v = view(&[
            ("Hezbollah", "Hezbollah", "PROPN", 0, "root", Some("lbn:hezbollah")),
            (",", ",", "PUNCT", 4, "punct", None),
            ("the", "the", "DET", 4, "det", None),
            ("group", "group", "NOUN", 1, "appos", None),
            ("backed", "back", "VERB", 4, "acl", None),
            ("by", "by", "ADP", 7, "case", None),
            ("Iran", "Iran", "PROPN", 5, "obl:agent", Some("IRN")),
        ]);
        assert!(triples(&v, &table).is_empty());
        // Iran backed Hezbollah: told.
        let v = view(&[("Iran", "Iran", "PROPN", 2, "nsubj", Some("IRN")), ("backed", "back", "VERB", 0, "root", None), ("Hezbollah", "Hezbollah", "PROPN", 2, "obj", Some("lbn:hezbollah"))]);
        assert_eq!(triples(&v, &table), vec![t3("IRN", "lbn:hezbollah", "050")]);
        // A conflict told by a participle on an actor is still told ("Venezuelan officials
        // sanctioned by the Treasury").
        let v = view(&[
            ("Venezuelan", "Venezuelan", "ADJ", 2, "amod", Some("VEN")),
            ("officials", "official", "NOUN", 0, "root", None),
            ("sanctioned", "sanction", "VERB", 2, "acl", None),
            ("by", "by", "ADP", 5, "case", None),
            ("Washington", "Washington", "PROPN", 3, "obl:agent", Some("USA")),
        ]);
        assert_eq!(triples(&v, &table), vec![t3("USA", "VEN", "163")]);
        // Nor does military backing (062) describe an event: "Somali troops backed by African
        // Union forces".
        let table = table_of("block,BACK,,,062\nverb,BACK,BACK,back|backed,");
        let v = view(&[
            ("Somali", "Somali", "ADJ", 2, "amod", Some("SOM")),
            ("troops", "troop", "NOUN", 0, "root", None),
            ("backed", "back", "VERB", 2, "acl", None),
            ("by", "by", "ADP", 5, "case", None),
            ("AU", "AU", "PROPN", 3, "obl:agent", Some("int:au")),
        ]);
        assert!(triples(&v, &table).is_empty());
    }

    #[test]
    fn it_coordinated_with_a_bodys_clause_is_the_body_force_is_aimed_at_and_a_deed_is_by_its_doer() {
        let table = table_of("block,SIGN,,,057\nverb,SIGN,SIGN,sign|signed,\nblock,EXPEL,,,174\nverb,EXPEL,EXPEL,expel|expelled,\nblock,FIRE,,,190\nverb,FIRE,FIRE,fire|fired,\nblock,REJECT,,,120\nverb,REJECT,REJECT,reject|rejected,");
        // Nicaragua signed a deal with Cuba, and it expelled the Dutch ambassador.
        let v = view(&[
            ("Nicaragua", "Nicaragua", "PROPN", 2, "nsubj", Some("NIC")),
            ("signed", "sign", "VERB", 0, "root", None),
            ("a", "a", "DET", 4, "det", None),
            ("deal", "deal", "NOUN", 2, "obj", None),
            ("with", "with", "ADP", 6, "case", None),
            ("Cuba", "Cuba", "PROPN", 4, "nmod", Some("CUB")),
            (",", ",", "PUNCT", 10, "punct", None),
            ("and", "and", "CCONJ", 10, "cc", None),
            ("it", "it", "PRON", 10, "nsubj", None),
            ("expelled", "expel", "VERB", 2, "conj", None),
            ("the", "the", "DET", 13, "det", None),
            ("Dutch", "Dutch", "ADJ", 13, "amod", Some("NLD")),
            ("ambassador", "ambassador", "NOUN", 10, "obj", None),
        ]);
        assert!(triples(&v, &table).contains(&t3("NIC", "NLD", "174")));
        // Under a person's clause "it" is no one.
        let mut person = v;
        if let Some(w) = person.words.get_mut(0) {
            w.actor = Some(("nic:ortega".into(), "NICGOV".into(), false));
            w.person = true;
        }
        assert!(!triples(&person, &table).iter().any(|t| t.1 == "NLD"));
        // Chinese vessels fired at a Philippine boat: "at" names whom force is aimed at.
        let v = view(&[
            ("Chinese", "Chinese", "ADJ", 2, "amod", Some("CHN")),
            ("vessels", "vessel", "NOUN", 3, "nsubj", None),
            ("fired", "fire", "VERB", 0, "root", None),
            ("at", "at", "ADP", 6, "case", None),
            ("a", "a", "DET", 6, "det", None),
            ("boat", "boat", "NOUN", 3, "obl", None),
        ]);
        let mut boat = v;
        if let Some(w) = boat.words.get_mut(5) {
            w.actor = Some(("PHL".into(), "PHL".into(), false));
        }
        assert_eq!(triples(&boat, &table), vec![t3("CHN", "PHL", "190")]);
        // Cuba rejected the accusation by Washington: the deed's "by" phrase did it.
        let v = view(&[
            ("Cuba", "Cuba", "PROPN", 2, "nsubj", Some("CUB")),
            ("rejected", "reject", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("accusation", "accusation", "NOUN", 2, "obj", None),
            ("by", "by", "ADP", 6, "case", None),
            ("Washington", "Washington", "PROPN", 4, "nmod", Some("USA")),
        ]);
        assert_eq!(triples(&v, &table), vec![t3("CUB", "USA", "120")]);
    }

    #[test]
    fn a_deed_hung_deep_in_its_clause_or_doing_the_relative_stands_for_the_main_clauses_doer() {
        let words = RuleWords::english();
        // Washington sanctioned firms accused of shipping oil to Asia, a move that Iran
        // denounced (the move hung on "Asia").
        let v = view(&[
            ("Washington", "Washington", "PROPN", 2, "nsubj", Some("USA")),
            ("sanctioned", "sanction", "VERB", 0, "root", None),
            ("firms", "firm", "NOUN", 2, "obj", None),
            ("accused", "accuse", "VERB", 3, "acl", None),
            ("of", "of", "SCONJ", 6, "mark", None),
            ("shipping", "ship", "VERB", 4, "advcl", None),
            ("oil", "oil", "NOUN", 6, "obj", None),
            ("to", "to", "ADP", 9, "case", None),
            ("Asia", "Asia", "PROPN", 6, "obl", None),
            (",", ",", "PUNCT", 12, "punct", None),
            ("a", "a", "DET", 12, "det", None),
            ("move", "move", "NOUN", 9, "appos", None),
            ("that", "that", "PRON", 15, "obj", None),
            ("Iran", "Iran", "PROPN", 15, "nsubj", Some("IRN")),
            ("denounced", "denounce", "VERB", 12, "acl:relcl", None),
        ]);
        let table = table_of("block,DENOUNCE,,,111\nverb,DENOUNCE,DENOUNCE,denounce|denounced,\n");
        assert_eq!(triples(&v, &table), vec![t3("IRN", "USA", "111")]);
        // Nicaragua authorised exercises, a decision that drew criticism from Costa Rica.
        let v = view(&[
            ("Nicaragua", "Nicaragua", "PROPN", 2, "nsubj", Some("NIC")),
            ("authorised", "authorise", "VERB", 0, "root", None),
            ("exercises", "exercise", "NOUN", 2, "obj", None),
            (",", ",", "PUNCT", 6, "punct", None),
            ("a", "a", "DET", 6, "det", None),
            ("decision", "decision", "NOUN", 3, "conj", None),
            ("that", "that", "PRON", 8, "nsubj", None),
            ("drew", "draw", "VERB", 6, "acl:relcl", None),
            ("criticism", "criticism", "NOUN", 8, "obj", None),
            ("from", "from", "ADP", 11, "case", None),
            ("Costa", "Costa", "PROPN", 8, "obl", Some("CRI")),
        ]);
        assert_eq!(sources(&v, 7, &words), vec![0]);
        let got: Vec<(String, String)> = super::super::nominal::code_sentence(&v, &NominalRules::shipped(), 0, &[]).iter().map(|e| (e.source.clone(), e.target.clone())).collect();
        assert_eq!(got, vec![("CRI".to_string(), "NIC".to_string())]);
        // A person beside a name is no deed: "Ortega, a leader who ..." is who the clause's
        // subject is.
        let mut leader = v;
        reword_lemma(&mut leader, 5, "leader");
        assert_eq!(sources(&leader, 7, &words), Vec::<usize>::new());
    }

    #[test]
    fn a_texts_verb_is_its_issuers_and_what_is_urged_is_not_done() {
        // The OAS adopted a resolution condemning Venezuela.
        let v = view(&[
            ("OAS", "OAS", "PROPN", 2, "nsubj", Some("int:oas")),
            ("adopted", "adopt", "VERB", 0, "root", None),
            ("resolution", "resolution", "NOUN", 2, "obj", None),
            ("condemning", "condemn", "VERB", 3, "acl", None),
            ("Venezuela", "Venezuela", "PROPN", 4, "obj", Some("VEN")),
        ]);
        let table = table_of("block,CONDEMN,,,111\nverb,CONDEMN,CONDEMN,condemn|condemning,\n");
        assert_eq!(triples(&v, &table), vec![t3("int:oas", "VEN", "111")]);
        // Troops condemning Venezuela: the troops, not whoever the sentence's subject is.
        let mut troops = v;
        reword_lemma(&mut troops, 2, "troops");
        assert!(triples(&troops, &table).is_empty());
        // Petro urged Washington to meet Caracas (the infinitive read as an adverbial clause).
        let v = view(&[
            ("Petro", "Petro", "PROPN", 2, "nsubj", Some("col:petro")),
            ("urged", "urge", "VERB", 0, "root", None),
            ("Washington", "Washington", "PROPN", 2, "iobj", Some("USA")),
            ("to", "to", "PART", 5, "mark", None),
            ("meet", "meet", "VERB", 2, "advcl", None),
            ("Caracas", "Caracas", "PROPN", 5, "obj", Some("VEN")),
        ]);
        let got = coded(&v);
        assert!(got.contains(&ev("col:petro", "USA", "020")), "{got:?}");
        assert!(got.contains(&("USA".to_string(), "VEN".to_string(), "040".to_string(), Modality::Possible, false)), "{got:?}");
    }

    #[test]
    fn an_event_noun_a_relative_clause_judges_stands_for_whoever_did_it() {
        // Russian bombers landed in a show of support for Maduro that the Pentagon described
        // as provocative.
        let v = view(&[
            ("bombers", "bomber", "NOUN", 2, "nsubj", Some("RUS")),
            ("landed", "land", "VERB", 0, "root", None),
            ("in", "in", "ADP", 5, "case", None),
            ("a", "a", "DET", 5, "det", None),
            ("show", "show", "NOUN", 2, "obl", None),
            ("of", "of", "ADP", 7, "case", None),
            ("support", "support", "NOUN", 5, "nmod", None),
            ("for", "for", "ADP", 9, "case", None),
            ("Maduro", "Maduro", "PROPN", 7, "nmod", Some("ven:maduro")),
            ("that", "that", "PRON", 13, "obj", None),
            ("the", "the", "DET", 12, "det", None),
            ("Pentagon", "Pentagon", "PROPN", 13, "nsubj", Some("USA")),
            ("described", "describe", "VERB", 7, "acl:relcl", None),
            ("as", "as", "ADP", 15, "case", None),
            ("provocative", "provocative", "ADJ", 13, "obl", None),
        ]);
        // The noun it names is no word of the naming verb's patterns (* SUPPORT would be 032).
        let table = table_of("block,DESCRIBE,,,010\nverb,DESCRIBE,DESCRIBE,describe|described,\npattern,DESCRIBE,* PROVOCATIVE,,111\npattern,DESCRIBE,* SUPPORT,,032\n");
        assert_eq!(triples(&v, &table), vec![t3("USA", "RUS", "111")]);
        // A noun outside the nominal table stands for no one ("a flight that ...").
        let mut flight = v;
        reword_lemma(&mut flight, 6, "flight");
        assert!(triples(&flight, &table).is_empty());
    }

    #[test]
    fn circumstances_are_no_pattern_words_and_an_on_phrase_after_anothers_deed_is_the_deeds() {
        // Iran delivered gasoline to Venezuela despite US warnings (* WARNING would be 130).
        let v = view(&[
            ("Iran", "Iran", "PROPN", 2, "nsubj", Some("IRN")),
            ("delivered", "deliver", "VERB", 0, "root", None),
            ("gasoline", "gasoline", "NOUN", 2, "obj", None),
            ("to", "to", "ADP", 5, "case", None),
            ("Venezuela", "Venezuela", "PROPN", 2, "obl", Some("VEN")),
            ("despite", "despite", "ADP", 8, "case", None),
            ("US", "US", "PROPN", 8, "compound", Some("USA")),
            ("warnings", "warning", "NOUN", 2, "obl", None),
        ]);
        let table = table_of("block,DELIVER,,,070\nverb,DELIVER,DELIVER,deliver|delivered,\npattern,DELIVER,* WARNING,,130\n");
        assert_eq!(triples(&v, &table), vec![t3("IRN", "VEN", "070")]);
        // Pezeshkian condemned the American sanctions on Venezuela ("on" hung on the verb):
        // the US, not Venezuela; but "imposed sanctions on Venezuela" keeps its target.
        let v = view(&[
            ("Pezeshkian", "Pezeshkian", "PROPN", 2, "nsubj", Some("irn:pezeshkian")),
            ("condemned", "condemn", "VERB", 0, "root", None),
            ("the", "the", "DET", 5, "det", None),
            ("American", "American", "ADJ", 5, "amod", Some("USA")),
            ("sanctions", "sanction", "NOUN", 2, "obj", None),
            ("on", "on", "ADP", 7, "case", None),
            ("Venezuela", "Venezuela", "PROPN", 2, "obl", Some("VEN")),
        ]);
        let table = table_of("block,CONDEMN,,,111\nverb,CONDEMN,CONDEMN,condemn|condemned,\nblock,IMPOSE,,,163\nverb,IMPOSE,IMPOSE,impose|imposed,\n");
        assert_eq!(triples(&v, &table), vec![t3("irn:pezeshkian", "USA", "111")]);
        let mut imposed = v.clone();
        reword(&mut imposed, 1, "imposed", "impose");
        if let Some(w) = imposed.words.get_mut(3) {
            w.actor = None;
        }
        assert_eq!(triples(&imposed, &table), vec![t3("irn:pezeshkian", "VEN", "163")]);
    }

    #[test]
    fn a_partner_hung_on_the_means_and_a_name_read_as_the_predicate_are_targets() {
        // Putin spoke by telephone with Maduro (the partner hung on "telephone").
        let v = view(&[
            ("Putin", "Putin", "PROPN", 2, "nsubj", Some("rus:putin")),
            ("spoke", "speak", "VERB", 0, "root", None),
            ("by", "by", "ADP", 4, "case", None),
            ("telephone", "telephone", "NOUN", 2, "obl", None),
            ("with", "with", "ADP", 6, "case", None),
            ("Maduro", "Maduro", "PROPN", 4, "nmod", Some("ven:maduro")),
        ]);
        let table = table_of("block,SPEAK,,,040\nverb,SPEAK,SPEAK,speak|spoke,\nblock,CALL,,,041\nverb,CALL,CALL,call|called,\npattern,CALL,* DICTATOR,,111\n");
        assert_eq!(triples(&v, &table), vec![t3("rus:putin", "ven:maduro", "040")]);
        // Not a "with" on a place ("spoke in Caracas with ..." is read as ever; "by" is the means).
        let mut in_city = v;
        reword(&mut in_city, 2, "in", "in");
        assert!(triples(&in_city, &table).is_empty());
        // Milei called Maduro a dictator (the name read as the predicate, the noun as object).
        let v = view(&[
            ("Milei", "Milei", "PROPN", 2, "nsubj", Some("arg:milei")),
            ("called", "call", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 2, "xcomp", Some("ven:maduro")),
            ("a", "a", "DET", 5, "det", None),
            ("dictator", "dictator", "NOUN", 2, "obj", None),
        ]);
        assert_eq!(triples(&v, &table), vec![t3("arg:milei", "ven:maduro", "111")]);
    }

    #[test]
    fn a_deed_done_by_an_agent_is_the_agents_and_a_pledge_to_act_is_the_act() {
        // Iran and Venezuela condemned the blockade imposed by the United States, and pledged
        // to meet.
        let v = view(&[
            ("Iran", "Iran", "PROPN", 4, "nsubj", Some("IRN")),
            ("and", "and", "CCONJ", 3, "cc", None),
            ("Venezuela", "Venezuela", "PROPN", 1, "conj", Some("VEN")),
            ("condemned", "condemn", "VERB", 0, "root", None),
            ("the", "the", "DET", 6, "det", None),
            ("blockade", "blockade", "NOUN", 4, "obj", None),
            ("imposed", "impose", "VERB", 6, "acl", None),
            ("by", "by", "ADP", 9, "case", None),
            ("Washington", "Washington", "PROPN", 7, "obl", Some("USA")),
            ("and", "and", "CCONJ", 11, "cc", None),
            ("pledged", "pledge", "VERB", 4, "conj", None),
            ("to", "to", "PART", 13, "mark", None),
            ("meet", "meet", "VERB", 11, "xcomp", None),
        ]);
        let table = table_of("block,CONDEMN,,,111\nverb,CONDEMN,CONDEMN,condemn|condemned,\nblock,PLEDGE,,,030\nverb,PLEDGE,PLEDGE,pledge|pledged,\nblock,MEET,,,040\nverb,MEET,MEET,meet,\n");
        let got = triples(&v, &table);
        assert!(got.contains(&t3("IRN", "USA", "111")) && got.contains(&t3("VEN", "USA", "111")), "{got:?}");
        // The pledge is the meeting promised (036 both ways), not a pledge of its own (030).
        assert!(got.contains(&t3("IRN", "VEN", "036")) && got.contains(&t3("VEN", "IRN", "036")), "{got:?}");
        assert!(!got.iter().any(|t| t.2 == "030"), "{got:?}");
    }

    #[test]
    fn a_clause_of_time_hung_on_a_noun_is_no_object_relative() {
        // Cuba, ..., when Chavez came to power (the clause read as a relative on Cuba).
        let v = view(&[
            ("Cuba", "Cuba", "PROPN", 0, "root", Some("CUB")),
            ("when", "when", "ADV", 4, "advmod", None),
            ("Chavez", "Chavez", "PROPN", 4, "nsubj", Some("ven:chavez")),
            ("came", "come", "VERB", 1, "acl:relcl", None),
        ]);
        let words = RuleWords::english();
        assert!(!object_gap(&v, 3, &words));
        let mut reduced = v;
        reword(&mut reduced, 1, "then", "then");
        assert!(object_gap(&reduced, 3, &words));
    }

    #[test]
    fn the_two_leaders_are_the_two_people_named_before() {
        // Erdogan received Maduro, and the two leaders signed deals.
        let v = view(&[
            ("Erdogan", "Erdogan", "PROPN", 2, "nsubj", Some("tur:erdogan")),
            ("received", "receive", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 2, "obj", Some("ven:maduro")),
            (",", ",", "PUNCT", 9, "punct", None),
            ("and", "and", "CCONJ", 9, "cc", None),
            ("the", "the", "DET", 8, "det", None),
            ("two", "two", "NUM", 8, "nummod", None),
            ("leaders", "leader", "NOUN", 9, "nsubj", None),
            ("signed", "sign", "VERB", 2, "conj", None),
            ("deals", "deal", "NOUN", 9, "obj", None),
        ]);
        let got = coded(&v);
        assert!(got.contains(&ev("tur:erdogan", "ven:maduro", "057")) && got.contains(&ev("ven:maduro", "tur:erdogan", "057")), "{got:?}");
        // "the leaders" (not counted) and "the two countries" (no two countries named) are no one.
        let mut uncounted = v.clone();
        reword_lemma(&mut uncounted, 6, "new");
        assert!(!coded(&uncounted).iter().any(|e| e.2 == "057"));
        let mut countries = v.clone();
        reword_lemma(&mut countries, 7, "countries");
        assert!(!coded(&countries).iter().any(|e| e.2 == "057"));
        // The two leaders signed deals, after a sentence about Putin and Maduro.
        let v = view(&[
            ("the", "the", "DET", 3, "det", None),
            ("two", "two", "NUM", 3, "nummod", None),
            ("leaders", "leader", "NOUN", 4, "nsubj", None),
            ("signed", "sign", "VERB", 0, "root", None),
            ("deals", "deal", "NOUN", 4, "obj", None),
        ]);
        let before = |ids: &[&str]| ids.iter().map(|id| (id.to_string(), "GOV".to_string(), false)).collect::<Vec<_>>();
        let got = coded(&v.clone().with_people_before(&before(&["rus:putin", "ven:maduro"])));
        assert!(got.contains(&ev("rus:putin", "ven:maduro", "057")), "{got:?}");
        assert!(coded(&v.with_people_before(&before(&["rus:putin", "ven:maduro", "cub:diaz-canel"]))).is_empty());
    }

    fn reword_lemma(v: &mut SentenceView, k: usize, word: &str) {
        super::super::tree::tests::reword(v, k, word, word);
    }

    #[test]
    fn a_denial_answers_its_accuser_though_statements_need_an_addressee() {
        // Cuba denied the accusations by Washington (016); Cuba described Washington's claims.
        let v = view(&[
            ("Cuba", "Cuba", "PROPN", 2, "nsubj", Some("CUB")),
            ("denied", "deny", "VERB", 0, "root", None),
            ("Washington", "Washington", "PROPN", 5, "nmod:poss", Some("USA")),
            ("'s", "'s", "PART", 3, "case", None),
            ("accusations", "accusation", "NOUN", 2, "obj", None),
        ]);
        let table = table_of("block,DENY,,,016\nverb,DENY,DENY,deny|denied,\nblock,DESCRIBE,,,010\nverb,DESCRIBE,DESCRIBE,describe|described,\n");
        let got = |v: &SentenceView| code_sentence(v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events.iter().map(|e| (e.source.clone(), e.target.clone())).collect::<Vec<_>>();
        assert_eq!(got(&v), vec![("CUB".to_string(), "USA".to_string())]);
        let mut described = v.clone();
        super::super::tree::tests::reword(&mut described, 1, "described", "describe");
        assert!(got(&described).is_empty());
    }

    #[test]
    fn a_name_after_its_description_keeps_the_descriptions_case_and_a_source_cited_is_no_target() {
        // Petro met with his counterpart Maduro, according to US officials.
        let v = view(&[
            ("Petro", "Petro", "PROPN", 2, "nsubj", Some("col:petro")),
            ("met", "meet", "VERB", 0, "root", None),
            ("with", "with", "ADP", 5, "case", None),
            ("his", "his", "PRON", 5, "nmod:poss", None),
            ("counterpart", "counterpart", "NOUN", 2, "obl", None),
            ("Maduro", "Maduro", "PROPN", 2, "obl", Some("ven:maduro")),
            (",", ",", "PUNCT", 10, "punct", None),
            ("according", "accord", "VERB", 10, "case", None),
            ("to", "to", "ADP", 8, "fixed", None),
            ("officials", "official", "NOUN", 2, "obl", Some("USA")),
        ]);
        assert_eq!(coded(&v), vec![ev("col:petro", "ven:maduro", "040")]);
    }

    #[test]
    fn a_gerund_after_a_word_of_time_does_what_the_main_subject_does() {
        // After meeting Putin, Maduro praised Russia; not "urged X against meeting".
        let v = view(&[
            ("After", "after", "SCONJ", 2, "mark", None),
            ("meeting", "meet", "VERB", 5, "advcl", None),
            ("Putin", "Putin", "PROPN", 2, "obj", Some("rus:putin")),
            ("Maduro", "Maduro", "PROPN", 5, "nsubj", Some("ven:maduro")),
            ("praised", "praise", "VERB", 0, "root", None),
            ("Russia", "Russia", "PROPN", 5, "obj", Some("RUS")),
        ]);
        assert_eq!(coded(&v), vec![ev("ven:maduro", "rus:putin", "040"), ev("ven:maduro", "RUS", "051")]);
        let mut against = v.clone();
        super::super::tree::tests::reword(&mut against, 0, "against", "against");
        assert_eq!(coded(&against), vec![ev("ven:maduro", "RUS", "051")]);
    }

    #[test]
    fn what_a_free_relative_names_is_the_target_and_its_naming_verb_no_event() {
        // Lavrov attacked what he called illegal US sanctions (ATTACK stands in for criticise;
        // DESCRIBE, a statement of the table, is the naming verb).
        let v = view(&[
            ("Lavrov", "Lavrov", "PROPN", 2, "nsubj", Some("rus:lavrov")),
            ("attacked", "attack", "VERB", 0, "root", None),
            ("what", "what", "PRON", 2, "obj", None),
            ("he", "he", "PRON", 5, "nsubj", None),
            ("described", "describe", "VERB", 3, "acl:relcl", None),
            ("as", "as", "ADP", 8, "case", None),
            ("US", "US", "PROPN", 8, "compound", Some("USA")),
            ("sanctions", "sanction", "NOUN", 5, "obl", None),
        ]);
        assert_eq!(coded(&v), vec![ev("rus:lavrov", "USA", "190")]);
    }

    #[test]
    fn who_ordered_what_a_passive_tells_did_it() {
        // El Aissami was arrested on the orders of Saab.
        let v = view(&[
            ("Aissami", "Aissami", "PROPN", 3, "nsubj:pass", Some("ven:el-aissami")),
            ("was", "be", "AUX", 3, "aux:pass", None),
            ("arrested", "arrest", "VERB", 0, "root", None),
            ("on", "on", "ADP", 6, "case", None),
            ("the", "the", "DET", 6, "det", None),
            ("orders", "order", "NOUN", 3, "obl", None),
            ("of", "of", "ADP", 8, "case", None),
            ("Saab", "Saab", "PROPN", 6, "nmod", Some("ven:saab")),
        ]);
        let table = table_of("block,ARREST,,,173\nverb,ARREST,ARREST,arrest|arrested,\n");
        let got: Vec<(String, String)> = code_sentence(&v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events.iter().map(|e| (e.source.clone(), e.target.clone())).collect();
        assert_eq!(got, vec![("ven:saab".to_string(), "ven:el-aissami".to_string())]);
    }

    #[test]
    fn a_subject_past_an_apposition_and_a_coordinated_object() {
        // Petro, a former guerrilla, met Maduro and Arce.
        let v = view(&[
            ("Petro", "Petro", "PROPN", 6, "nsubj", Some("col:petro")),
            (",", ",", "PUNCT", 5, "punct", None),
            ("a", "a", "DET", 5, "det", None),
            ("former", "former", "ADJ", 5, "amod", None),
            ("guerrilla", "guerrilla", "NOUN", 1, "appos", None),
            ("met", "meet", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 6, "obj", Some("ven:maduro")),
            ("and", "and", "CCONJ", 9, "cc", None),
            ("Arce", "Arce", "PROPN", 7, "conj", Some("bol:arce")),
        ]);
        assert_eq!(coded(&v), vec![ev("col:petro", "ven:maduro", "040"), ev("col:petro", "bol:arce", "040")]);
    }

    #[test]
    fn a_relative_clause_takes_its_antecedent_and_a_passive_its_agent() {
        // Maduro was welcomed by Putin, who praised Maduro.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 3, "nsubj:pass", Some("ven:maduro")),
            ("was", "be", "AUX", 3, "aux:pass", None),
            ("welcomed", "welcome", "VERB", 0, "root", None),
            ("by", "by", "ADP", 5, "case", None),
            ("Putin", "Putin", "PROPN", 3, "obl:agent", Some("rus:putin")),
            (",", ",", "PUNCT", 7, "punct", None),
            ("who", "who", "PRON", 8, "nsubj", None),
            ("praised", "praise", "VERB", 5, "acl:relcl", None),
            ("Maduro", "Maduro", "PROPN", 8, "obj", Some("ven:maduro")),
        ]);
        assert_eq!(coded(&v), vec![ev("rus:putin", "ven:maduro", "043"), ev("rus:putin", "ven:maduro", "051")]);
    }

    #[test]
    fn a_pattern_over_the_phrase_and_a_place_only_as_a_destination() {
        // Russia sent troops to Caracas.
        let v = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("sent", "send", "VERB", 0, "root", None),
            ("troops", "troop", "NOUN", 2, "obj", None),
            ("to", "to", "ADP", 5, "case", None),
            ("Caracas", "Caracas", "PROPN", 2, "obl", Some("city:caracas")),
        ]);
        assert_eq!(coded(&v), vec![ev("RUS", "city:caracas", "062")]);
        // Putin met Maduro in Caracas: the place is where, not whom.
        let v = view(&[
            ("Putin", "Putin", "PROPN", 2, "nsubj", Some("rus:putin")),
            ("met", "meet", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 2, "obj", Some("ven:maduro")),
            ("in", "in", "ADP", 5, "case", None),
            ("Caracas", "Caracas", "PROPN", 2, "obl", Some("city:caracas")),
        ]);
        assert_eq!(coded(&v), vec![ev("rus:putin", "ven:maduro", "040")]);
    }

    #[test]
    fn compound_subjects_without_an_object_cooperate_both_ways() {
        // Iran and Venezuela signed agreements.
        let v = view(&[
            ("Iran", "Iran", "PROPN", 4, "nsubj", Some("IRN")),
            ("and", "and", "CCONJ", 3, "cc", None),
            ("Venezuela", "Venezuela", "PROPN", 1, "conj", Some("VEN")),
            ("signed", "sign", "VERB", 0, "root", None),
            ("agreements", "agreement", "NOUN", 4, "obj", None),
        ]);
        assert_eq!(coded(&v), vec![ev("IRN", "VEN", "057"), ev("VEN", "IRN", "057")]);
    }

    #[test]
    fn governors_negation_and_future() {
        // Russia refused to meet Guaidó: a rejection.
        let v = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("refused", "refuse", "VERB", 0, "root", None),
            ("to", "to", "PART", 4, "mark", None),
            ("meet", "meet", "VERB", 2, "xcomp", None),
            ("Guaidó", "Guaidó", "PROPN", 4, "obj", Some("ven:guaido")),
        ]);
        assert_eq!(coded(&v), vec![ev("RUS", "ven:guaido", "125")]);
        // Russia promised to send troops to Venezuela: an intent.
        let v = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("promised", "promise", "VERB", 0, "root", None),
            ("to", "to", "PART", 4, "mark", None),
            ("send", "send", "VERB", 2, "xcomp", None),
            ("aid", "aid", "NOUN", 4, "obj", None),
            ("to", "to", "ADP", 7, "case", None),
            ("Venezuela", "Venezuela", "PROPN", 4, "obl", Some("VEN")),
        ]);
        assert_eq!(coded(&v), vec![ev("RUS", "VEN", "033")]);
        // China will not attack Taiwan.
        let v = view(&[
            ("China", "China", "PROPN", 4, "nsubj", Some("CHN")),
            ("will", "will", "AUX", 4, "aux", None),
            ("not", "not", "PART", 4, "advmod", None),
            ("attack", "attack", "VERB", 0, "root", None),
            ("Taiwan", "Taiwan", "PROPN", 4, "obj", Some("TWN")),
        ]);
        assert_eq!(coded(&v), vec![("CHN".into(), "TWN".into(), "190".into(), Modality::Future, true)]);
        // China denied attacking Taiwan (the learned lemma of "denied" missed: "deni"): denied.
        let v = view(&[
            ("China", "China", "PROPN", 2, "nsubj", Some("CHN")),
            ("denied", "deni", "VERB", 0, "root", None),
            ("attacking", "attack", "VERB", 2, "xcomp", None),
            ("Taiwan", "Taiwan", "PROPN", 3, "obj", Some("TWN")),
        ]);
        assert_eq!(coded(&v), vec![("CHN".into(), "TWN".into(), "190".into(), Modality::Asserted, true)]);
    }

    #[test]
    fn cooperation_stopped_is_a_cut_and_conflict_stopped_no_event() {
        // China stopped sending aid to Venezuela: 162, asserted.
        let v = view(&[
            ("China", "China", "PROPN", 2, "nsubj", Some("CHN")),
            ("stopped", "stop", "VERB", 0, "root", None),
            ("sending", "send", "VERB", 2, "xcomp", None),
            ("aid", "aid", "NOUN", 3, "obj", None),
            ("to", "to", "ADP", 6, "case", None),
            ("Venezuela", "Venezuela", "PROPN", 3, "obl", Some("VEN")),
        ]);
        assert_eq!(coded(&v), vec![ev("CHN", "VEN", "162")]);
        // Russia stopped attacking Ukraine: no attack, and no event.
        let v = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("stopped", "stop", "VERB", 0, "root", None),
            ("attacking", "attack", "VERB", 2, "xcomp", None),
            ("Ukraine", "Ukraine", "PROPN", 3, "obj", Some("UKR")),
        ]);
        assert_eq!(coded(&v), vec![]);
    }

    #[test]
    fn what_a_verb_of_avoiding_governs_is_left_undone() {
        let words = RuleWords::english();
        // Lula avoided meeting Maduro.
        let v = view(&[
            ("Lula", "Lula", "PROPN", 2, "nsubj", Some("bra:lula")),
            ("avoided", "avoid", "VERB", 0, "root", None),
            ("meeting", "meet", "VERB", 2, "xcomp", None),
            ("Maduro", "Maduro", "PROPN", 3, "obj", Some("ven:maduro")),
        ]);
        assert!(modality(&v, 2, &words).0, "negated");
        // Lula kept meeting Maduro: done.
        let mut kept = v;
        super::super::tree::tests::reword(&mut kept, 1, "kept", "keep");
        assert!(!modality(&kept, 2, &words).0);
    }

    #[test]
    fn a_report_noun_makes_its_clause_second_hand_and_the_verb_report_does_not() {
        let words = RuleWords::english();
        // Reuters reported that Russia sent troops.
        let verb = view(&[
            ("Reuters", "Reuters", "PROPN", 2, "nsubj", Some("cameo:reuters")),
            ("reported", "report", "VERB", 0, "root", None),
            ("that", "that", "SCONJ", 5, "mark", None),
            ("Russia", "Russia", "PROPN", 5, "nsubj", Some("RUS")),
            ("sent", "send", "VERB", 2, "ccomp", None),
            ("troops", "troop", "NOUN", 5, "obj", None),
        ]);
        assert_eq!(modality(&verb, 4, &words).1, Modality::Asserted);
        // Reports that Russia sent troops.
        let noun = view(&[
            ("Reports", "report", "NOUN", 0, "root", None),
            ("that", "that", "SCONJ", 4, "mark", None),
            ("Russia", "Russia", "PROPN", 4, "nsubj", Some("RUS")),
            ("sent", "send", "VERB", 1, "acl", None),
            ("troops", "troop", "NOUN", 4, "obj", None),
        ]);
        assert_eq!(modality(&noun, 3, &words).1, Modality::Reported);
    }

    #[test]
    fn it_and_they_under_a_reporting_verb_are_the_body_that_reported() {
        // Colombian police said they had attacked Hezbollah (a table verb; "said" reports).
        let rows = |they: &'static str, verb: &'static str, lemma: &'static str| {
            view(&[
                ("Colombian", "Colombian", "ADJ", 2, "amod", Some("COL")),
                ("police", "police", "NOUN", 3, "nsubj", None),
                (verb, lemma, "VERB", 0, "root", None),
                (they, they, "PRON", 6, "nsubj", None),
                ("had", "have", "AUX", 6, "aux", None),
                ("attacked", "attack", "VERB", 3, "ccomp", None),
                ("Hezbollah", "Hezbollah", "PROPN", 6, "obj", Some("lbn:hezbollah")),
            ])
        };
        let table = table();
        let code = |v: &SentenceView| code_sentence(v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events.iter().map(|e| (e.source.clone(), e.target.clone())).collect::<Vec<_>>();
        assert_eq!(code(&rows("they", "said", "say")), vec![("COL".to_string(), "lbn:hezbollah".to_string())]);
        // Under a verb that reports nothing ("condemned what they called ...") "they" is no one.
        assert_eq!(code(&rows("they", "condemned", "condemn")), vec![]);
    }

    #[test]
    fn a_pronoun_with_no_antecedent_in_its_sentence_is_the_one_person_of_the_sentence_before() {
        // (El Aissami was arrested.) Maduro attacked him.
        let rows = [
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("attacked", "attack", "VERB", 0, "root", None),
            ("him", "he", "PRON", 2, "obj", None),
        ];
        let before = |ids: &[&str]| ids.iter().map(|id| (id.to_string(), "VENGOV".to_string(), false)).collect::<Vec<_>>();
        assert_eq!(coded(&view(&rows).with_people_before(&before(&["ven:el-aissami"]))), vec![ev("ven:maduro", "ven:el-aissami", "190")]);
        // The other side is no antecedent; two people before are too many to choose from.
        assert_eq!(coded(&view(&rows).with_people_before(&before(&["ven:maduro", "ven:el-aissami"]))), vec![ev("ven:maduro", "ven:el-aissami", "190")]);
        assert_eq!(coded(&view(&rows).with_people_before(&before(&["ven:cabello", "ven:el-aissami"]))), vec![]);
        // Of two, the one who was the subject of the sentence before.
        let mut two = before(&["ven:cabello", "ven:el-aissami"]);
        if let Some(p) = two.get_mut(1) {
            p.2 = true;
        }
        assert_eq!(coded(&view(&rows).with_people_before(&two)), vec![ev("ven:maduro", "ven:el-aissami", "190")]);
        assert_eq!(coded(&view(&rows)), vec![]);
    }

    #[test]
    fn a_participle_on_a_noun_takes_the_by_phrase_hung_on_its_object_as_agent() {
        // The Guards, attacked in 2019 by Israel (the "by" phrase read as the object's): Israel
        // attacked the Guards; a rule reading the nearest name is not asked.
        let v = view(&[
            ("Guards", "guard", "PROPN", 0, "root", Some("irn:irgc")),
            ("attacked", "attack", "VERB", 1, "acl", None),
            ("positions", "position", "NOUN", 2, "obj", None),
            ("by", "by", "ADP", 5, "case", None),
            ("Israel", "Israel", "PROPN", 3, "nmod", Some("ISR")),
        ]);
        assert_eq!(coded(&v), vec![ev("ISR", "irn:irgc", "190")]);
    }

    #[test]
    fn an_oblique_opened_by_a_subordinator_is_the_subject() {
        // ..., while Brazil (read as an oblique with "while" for its case) attacked Venezuela.
        let v = view(&[
            ("while", "while", "SCONJ", 2, "case", None),
            ("Brazil", "Brazil", "PROPN", 3, "obl", Some("BRA")),
            ("attacked", "attack", "VERB", 0, "root", None),
            ("Venezuela", "Venezuela", "PROPN", 3, "obj", Some("VEN")),
        ]);
        assert_eq!(coded(&v), vec![ev("BRA", "VEN", "190")]);
    }

    #[test]
    fn a_title_parsed_over_its_name_still_names_the_person() {
        // US Secretary of State Mike Pompeo (the name read as a modifier of the title) accused Russia.
        let v = view(&[
            ("US", "US", "PROPN", 2, "compound", Some("USA")),
            ("Secretary", "Secretary", "PROPN", 7, "nsubj", None),
            ("of", "of", "ADP", 4, "case", None),
            ("State", "State", "PROPN", 2, "nmod", None),
            ("Mike", "Mike", "PROPN", 2, "nmod", Some("usa:pompeo")),
            ("Pompeo", "Pompeo", "PROPN", 5, "flat", Some("usa:pompeo")),
            ("attacked", "attack", "VERB", 0, "root", None),
            ("Russia", "Russia", "PROPN", 7, "obj", Some("RUS")),
        ]);
        assert_eq!(coded(&v), vec![ev("usa:pompeo", "RUS", "190")]);
    }

    #[test]
    fn a_meeting_takes_a_place_after_in_but_no_other_actor_there() {
        // Maduro met in Havana: a place where nothing else is the target.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("met", "meet", "VERB", 0, "root", None),
            ("in", "in", "ADP", 4, "case", None),
            ("Havana", "Havana", "PROPN", 2, "obl", Some("city:havana")),
        ]);
        assert_eq!(coded(&v).len(), 1);
        // Maduro met to discuss the war in Gaza (an actor, no place): nobody met Gaza.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("met", "meet", "VERB", 0, "root", None),
            ("in", "in", "ADP", 4, "case", None),
            ("Gaza", "Gaza", "PROPN", 2, "obl", Some("PSE")),
        ]);
        assert_eq!(coded(&v), vec![]);
        assert_eq!(place_role(CodeSpec::parse("040").unwrap_or_default(), CodeSpec::default(), false), PlaceRole::Meeting);
        assert_eq!(place_role(CodeSpec::parse("040").unwrap_or_default(), CodeSpec::default(), true), PlaceRole::Anywhere);
        assert_eq!(place_role(CodeSpec::parse("042").unwrap_or_default(), CodeSpec::default(), false), PlaceRole::Anywhere);
    }

    #[test]
    fn a_country_does_nothing_to_itself_but_its_agents_may() {
        // Venezuela's government attacked Maracaibo (a place of Venezuela): no event.
        let mut v = view(&[
            ("Venezuela", "Venezuela", "PROPN", 2, "nsubj", Some("VEN")),
            ("attacked", "attack", "VERB", 0, "root", None),
            ("Maracaibo", "Maracaibo", "PROPN", 2, "obj", Some("VEN")),
        ]);
        let code_as = |v: &mut SentenceView, at: usize, code: &str| {
            if let Some(w) = v.words.get_mut(at) {
                w.actor = Some(("VEN".into(), code.into(), false));
            }
        };
        code_as(&mut v, 0, "VENGOV");
        assert!(coded(&v).is_empty(), "{:?}", coded(&v));
        // Its police on its protesters: VENCOP -> VENOPP.
        code_as(&mut v, 0, "VENCOP");
        code_as(&mut v, 2, "VENOPP");
        assert_eq!(coded(&v), vec![ev("VEN", "VEN", "190")]);
    }

    #[test]
    fn an_object_control_verb_passes_its_object_and_a_pronoun_its_antecedent() {
        // Machado urged the UN to sanction Maduro.
        let v = view(&[
            ("Machado", "Machado", "PROPN", 2, "nsubj", Some("ven:machado")),
            ("urged", "urge", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("UN", "UN", "PROPN", 2, "obj", Some("int:un")),
            ("to", "to", "PART", 6, "mark", None),
            ("sanction", "sanction", "VERB", 2, "xcomp", None),
            ("Maduro", "Maduro", "PROPN", 6, "obj", Some("ven:maduro")),
        ]);
        let got = coded(&v);
        assert_eq!(got[0], ev("ven:machado", "int:un", "020"));
        assert_eq!(got[1], ("int:un".into(), "ven:maduro".into(), "163".into(), Modality::Possible, false));
        // Lukashenko hosted Maduro and signed a roadmap with him.
        let v = view(&[
            ("Lukashenko", "Lukashenko", "PROPN", 2, "nsubj", Some("blr:lukashenko")),
            ("hosted", "host", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 2, "obj", Some("ven:maduro")),
            ("and", "and", "CCONJ", 5, "cc", None),
            ("signed", "sign", "VERB", 2, "conj", None),
            ("a", "a", "DET", 7, "det", None),
            ("roadmap", "roadmap", "NOUN", 5, "obj", None),
            ("with", "with", "ADP", 9, "case", None),
            ("him", "he", "PRON", 5, "obl", None),
        ]);
        assert_eq!(coded(&v), vec![ev("blr:lukashenko", "ven:maduro", "043"), ev("blr:lukashenko", "ven:maduro", "057")]);
    }

    #[test]
    fn the_leader_of_a_country_is_its_one_person_named_before() {
        // Raisi, who hosted Maduro, praised the Venezuelan leader.
        let mut v = view(&[
            ("Raisi", "Raisi", "PROPN", 6, "nsubj", Some("irn:raisi")),
            (",", ",", "PUNCT", 4, "punct", None),
            ("who", "who", "PRON", 4, "nsubj", None),
            ("hosted", "host", "VERB", 1, "acl:relcl", None),
            ("Maduro", "Maduro", "PROPN", 4, "obj", Some("ven:maduro")),
            ("praised", "praise", "VERB", 0, "root", None),
            ("the", "the", "DET", 9, "det", None),
            ("Venezuelan", "Venezuelan", "ADJ", 9, "amod", Some("VEN")),
            ("leader", "leader", "NOUN", 6, "obj", None),
        ]);
        v.words[4].actor = Some(("ven:maduro".into(), "VENGOV".into(), false));
        assert_eq!(coded(&v), vec![ev("irn:raisi", "ven:maduro", "043"), ev("irn:raisi", "ven:maduro", "051")]);
        // "his Venezuelan counterpart" names no one: Venezuela.
        v.words[8].lemma = "counterpart".into();
        assert!(coded(&v).contains(&ev("irn:raisi", "VEN", "051")));
        // The Russian leader praised Maduro, after a sentence naming Putin: Putin; after one
        // naming two Russians, no one but Russia.
        let v = view(&[
            ("the", "the", "DET", 3, "det", None),
            ("Russian", "Russian", "ADJ", 3, "amod", Some("RUS")),
            ("leader", "leader", "NOUN", 4, "nsubj", None),
            ("praised", "praise", "VERB", 0, "root", None),
            ("Maduro", "Maduro", "PROPN", 4, "obj", Some("ven:maduro")),
        ]);
        let before = |ids: &[&str]| ids.iter().map(|id| (id.to_string(), "RUSGOV".to_string(), false)).collect::<Vec<_>>();
        assert_eq!(coded(&v.clone().with_people_before(&before(&["rus:putin"]))), vec![ev("rus:putin", "ven:maduro", "051")]);
        assert_eq!(coded(&v.with_people_before(&before(&["rus:putin", "rus:lavrov"]))), vec![ev("RUS", "ven:maduro", "051")]);
    }

    #[test]
    fn ones_own_country_is_no_target_and_no_mutual_event_is_made_of_it() {
        // Maduro and Cabello left Venezuela: no meeting of the two, no event with their country.
        let mut v = view(&[
            ("Maduro", "Maduro", "PROPN", 4, "nsubj", Some("ven:maduro")),
            ("and", "and", "CCONJ", 3, "cc", None),
            ("Cabello", "Cabello", "PROPN", 1, "conj", Some("ven:cabello")),
            ("left", "leave", "VERB", 0, "root", None),
            ("Venezuela", "Venezuela", "PROPN", 4, "obj", Some("VEN")),
        ]);
        v.words[0].actor = Some(("ven:maduro".into(), "VENGOV".into(), false));
        v.words[2].actor = Some(("ven:cabello".into(), "VENGOV".into(), false));
        assert!(coded(&v).is_empty(), "{:?}", coded(&v));
    }

    #[test]
    fn a_person_received_is_a_visit_hosted_and_a_verb_off_its_subject_has_it() {
        // "Erdoğan, whose government buys gold, received Maduro" parsed with the verb hanging off
        // the name as a parataxis.
        let v = view(&[
            ("Erdoğan", "Erdoğan", "PROPN", 0, "root", Some("tur:erdogan")),
            (",", ",", "PUNCT", 4, "punct", None),
            ("whose", "whose", "PRON", 4, "nmod:poss", None),
            ("government", "government", "NOUN", 5, "nsubj", None),
            ("buys", "buy", "VERB", 1, "acl:relcl", None),
            ("gold", "gold", "NOUN", 5, "obj", None),
            (",", ",", "PUNCT", 8, "punct", None),
            ("received", "receive", "VERB", 1, "parataxis", None),
            ("Maduro", "Maduro", "PROPN", 8, "obj", Some("ven:maduro")),
        ]);
        assert_eq!(coded(&v), vec![ev("tur:erdogan", "ven:maduro", "043")]);
        // Received oil from Venezuela: no visit (the table's null code stands).
        let v = view(&[
            ("Cuba", "Cuba", "PROPN", 2, "nsubj", Some("CUB")),
            ("received", "receive", "VERB", 0, "root", None),
            ("oil", "oil", "NOUN", 2, "obj", None),
            ("from", "from", "ADP", 5, "case", None),
            ("Venezuela", "Venezuela", "PROPN", 2, "obl", Some("VEN")),
        ]);
        assert!(coded(&v).is_empty());
    }

    #[test]
    fn the_fallback_speaks_only_for_verbs_the_engine_failed_or_never_read() {
        let e = |src: &str, tgt: &str, at: std::ops::Range<usize>| Event {
            sentence: 0,
            source: src.into(),
            target: tgt.into(),
            source_cameo: String::new(),
            target_cameo: String::new(),
            code: CameoCode::parse("040").unwrap(),
            trigger: at,
            negated: false,
            modality: Modality::Asserted,
            pattern: None,
            reader: crate::events::Reader::Shallow,
            confidence: 0.0,
            location: None,
        };
        let unresolved = |sources: Vec<String>| Unresolved { at: 10..14, sources, negated: false, modality: Modality::Asserted };
        // The engine coded 0..4 and failed 10..14; it decided 20..24 was no event (read, not
        // failed) and never read 30..34.
        let coded = Coded { events: vec![e("A", "B", 0..4)], unresolved: vec![unresolved(Vec::new())], nouns: Vec::new(), read: vec![0..4, 10..14, 20..24], purposes: Vec::new() };
        let shallow = vec![e("A", "C", 0..4), e("A", "D", 10..14), e("A", "E", 20..24), e("A", "F", 30..34)];
        let got: Vec<String> = coded.with_fallback(shallow).iter().map(|x| x.target.clone()).collect();
        assert_eq!(got, vec!["B", "D", "F"]);
        // Where the engine read the failed verb's subject (G), the rules' event of another
        // subject is not taken; one of that subject is.
        let coded = Coded { events: Vec::new(), unresolved: vec![unresolved(vec!["G".to_string()])], read: vec![10..14], nouns: Vec::new(), purposes: Vec::new() };
        let got: Vec<String> = coded.with_fallback(vec![e("A", "D", 10..14), e("G", "H", 10..14)]).iter().map(|x| x.target.clone()).collect();
        assert_eq!(got, vec!["H"]);
        // Nor one between two subjects the engine read (G and K: "G and K welcomed the talks").
        let coded = Coded { events: Vec::new(), unresolved: vec![unresolved(vec!["G".to_string(), "K".to_string()])], read: vec![10..14], nouns: Vec::new(), purposes: Vec::new() };
        let got: Vec<String> = coded.with_fallback(vec![e("K", "G", 10..14), e("G", "H", 10..14)]).iter().map(|x| x.target.clone()).collect();
        assert_eq!(got, vec!["H"]);
        // Nor a pair the engine coded in the same quad class at another verb (one happening).
        let coded = Coded { events: vec![e("A", "B", 0..4)], unresolved: vec![unresolved(Vec::new())], read: vec![0..4, 10..14], nouns: Vec::new(), purposes: Vec::new() };
        let got: Vec<String> = coded.with_fallback(vec![e("A", "B", 10..14), e("A", "C", 10..14)]).iter().map(|x| x.target.clone()).collect();
        assert_eq!(got, vec!["B", "C"]);
        // The rules' event for a verb the engine read negated or planned is told so; one the
        // engine read as reported keeps the rules' modality (news agencies' reports are told).
        let told = |negated: bool, modality: Modality| Coded { events: Vec::new(), unresolved: vec![Unresolved { negated, modality, ..unresolved(Vec::new()) }], read: vec![10..14], nouns: Vec::new(), purposes: Vec::new() };
        let got = told(true, Modality::Asserted).with_fallback(vec![e("A", "D", 10..14)]);
        assert!(got.iter().all(|x| x.negated));
        let got = told(false, Modality::Future).with_fallback(vec![e("A", "D", 10..14)]);
        assert!(got.iter().all(|x| x.modality == Modality::Future));
        let got = told(false, Modality::Reported).with_fallback(vec![e("A", "D", 10..14)]);
        assert!(got.iter().all(|x| x.modality == Modality::Asserted && !x.negated));
        // Nor the purpose infinitive of a verb the engine coded, for that verb's source ("A met B
        // to discuss D"); another source's stands.
        let coded = Coded { events: vec![e("A", "B", 0..4)], unresolved: Vec::new(), read: vec![0..4], nouns: Vec::new(), purposes: vec![(10..14, vec!["A".to_string()])] };
        let got: Vec<String> = coded.with_fallback(vec![e("A", "D", 10..14), e("G", "H", 10..14)]).iter().map(|x| x.target.clone()).collect();
        assert_eq!(got, vec!["B", "H"]);
    }

    #[test]
    fn the_reason_of_a_punishment_is_alleged_and_done_by_whom_the_sanctions_are_on() {
        // The US imposed sanctions on Rosneft for helping PDVSA.
        let v = view(&[
            ("US", "US", "PROPN", 2, "nsubj", Some("USA")),
            ("imposed", "impose", "VERB", 0, "root", None),
            ("sanctions", "sanction", "NOUN", 2, "obj", None),
            ("on", "on", "ADP", 5, "case", None),
            ("Rosneft", "Rosneft", "PROPN", 3, "nmod", Some("rus:rosneft")),
            ("for", "for", "SCONJ", 7, "mark", None),
            ("helping", "help", "VERB", 2, "advcl", None),
            ("PDVSA", "PDVSA", "PROPN", 7, "obj", Some("ven:pdvsa")),
        ]);
        let table = table_of("block,IMPOSE,,,163\nverb,IMPOSE,IMPOSE,impose|imposed,\nblock,HELP,,,070\nverb,HELP,HELP,help|helping,\nblock,THANK,,,051\nverb,THANK,THANK,thank|thanked,");
        let coded_with = |v: &SentenceView, table: &VerbTable| -> Vec<(String, String, String, Modality, bool)> {
            code_sentence(v, table, &NominalRules::shipped(), PairedCodes::Forward, 0).events.iter().map(|e| (e.source.clone(), e.target.clone(), e.code.as_str().to_string(), e.modality, e.negated)).collect()
        };
        let helped = coded_with(&v, &table);
        assert!(helped.contains(&("rus:rosneft".to_string(), "ven:pdvsa".to_string(), "070".to_string(), Modality::Reported, false)), "{helped:?}");
        // Thanked for helping: told as done.
        let thanked = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("thanked", "thank", "VERB", 0, "root", None),
            ("Rosneft", "Rosneft", "PROPN", 2, "obj", Some("rus:rosneft")),
            ("for", "for", "SCONJ", 5, "mark", None),
            ("helping", "help", "VERB", 2, "advcl", None),
            ("PDVSA", "PDVSA", "PROPN", 5, "obj", Some("ven:pdvsa")),
        ]);
        assert!(coded_with(&thanked, &table).contains(&("rus:rosneft".to_string(), "ven:pdvsa".to_string(), "070".to_string(), Modality::Asserted, false)));
    }

    #[test]
    fn a_participle_that_describes_a_noun_leaves_the_fallback_nothing() {
        // Indian police arrested two suspected Lashkar militants: "suspected" is no accusation
        // of the police's, whatever the shallow rules read.
        let v = view(&[
            ("Indian", "indian", "ADJ", 2, "amod", Some("IND")),
            ("police", "police", "NOUN", 3, "nsubj", None),
            ("arrested", "arrest", "VERB", 0, "root", None),
            ("two", "two", "NUM", 7, "nummod", None),
            ("suspected", "suspect", "VERB", 7, "amod", None),
            ("Lashkar", "Lashkar", "PROPN", 7, "compound", Some("cameo:let")),
            ("militants", "militant", "NOUN", 3, "obj", None),
        ]);
        let table = table_of("verb,ARREST,ARREST,arrest|arrested,173\nverb,SUSPECT,SUSPECT,suspect|suspected,110\n");
        let coded = code_sentence(&v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0);
        assert_eq!(coded.events.iter().map(|e| e.code.as_str()).collect::<Vec<_>>(), vec!["173"]);
        let suspected = v.words[4].span.clone();
        assert!(coded.unresolved.iter().all(|u| u.at != suspected), "{:?}", coded.unresolved);
    }

    #[test]
    fn a_passive_subject_is_read_by_the_patterns_as_an_object() {
        // Troops were sent by Russia to Caracas: "* TROOPS" matches as in "sent troops".
        let v = view(&[
            ("Troops", "troop", "NOUN", 3, "nsubj:pass", None),
            ("were", "be", "AUX", 3, "aux:pass", None),
            ("sent", "send", "VERB", 0, "root", None),
            ("by", "by", "ADP", 5, "case", None),
            ("Russia", "Russia", "PROPN", 3, "obl:agent", Some("RUS")),
            ("to", "to", "ADP", 7, "case", None),
            ("Caracas", "Caracas", "PROPN", 3, "obl", Some("city:caracas")),
        ]);
        assert_eq!(coded(&v), vec![ev("RUS", "city:caracas", "062")]);
    }

    #[test]
    fn a_statement_is_an_event_only_toward_its_addressee() {
        // The report described Russia as a threat: about Russia, to no one.
        let v = view(&[
            ("Lavrov", "Lavrov", "PROPN", 2, "nsubj", Some("rus:lavrov")),
            ("described", "describe", "VERB", 0, "root", None),
            ("Venezuela", "Venezuela", "PROPN", 2, "obj", Some("VEN")),
            ("as", "as", "ADP", 5, "case", None),
            ("ally", "ally", "NOUN", 2, "obl", None),
        ]);
        assert!(coded(&v).is_empty());
        // Maduro announced to Putin that ...: toward Putin.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("announced", "announce", "VERB", 0, "root", None),
            ("to", "to", "ADP", 4, "case", None),
            ("Putin", "Putin", "PROPN", 2, "obl", Some("rus:putin")),
        ]);
        assert_eq!(coded(&v), vec![ev("ven:maduro", "rus:putin", "010")]);
    }

    #[test]
    fn an_absolute_with_phrase_does_its_verb_and_is_no_target() {
        // Norway facilitated the talks, with Russia aiding Maduro.
        let v = view(&[
            ("Norway", "Norway", "PROPN", 2, "nsubj", Some("NOR")),
            ("facilitated", "facilitate", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("talks", "talk", "NOUN", 2, "obj", None),
            (",", ",", "PUNCT", 7, "punct", None),
            ("with", "with", "ADP", 7, "case", None),
            ("Russia", "Russia", "PROPN", 2, "obl", Some("RUS")),
            ("aiding", "aid", "VERB", 2, "advcl", None),
            ("Maduro", "Maduro", "PROPN", 8, "obj", Some("ven:maduro")),
        ]);
        let got = coded(&v);
        assert!(!got.iter().any(|e| e.0 == "NOR" && e.1 == "RUS"), "{got:?}");
    }

    #[test]
    fn a_mediator_named_by_a_participle_on_the_object_is_no_partner_in_cooperation() {
        // Israel and Hamas signed a deal brokered by Qatar: not signed with Qatar.
        let v = view(&[
            ("Israel", "Israel", "PROPN", 4, "nsubj", Some("ISR")),
            ("and", "and", "CCONJ", 3, "cc", None),
            ("Hamas", "Hamas", "PROPN", 1, "conj", Some("HMS")),
            ("signed", "sign", "VERB", 0, "root", None),
            ("a", "a", "DET", 6, "det", None),
            ("deal", "deal", "NOUN", 4, "obj", None),
            ("brokered", "broker", "VERB", 6, "acl", None),
            ("by", "by", "ADP", 9, "case", None),
            ("Qatar", "Qatar", "PROPN", 7, "obl:agent", Some("QAT")),
        ]);
        let table = table_of("block,SIGN,,,057\nverb,SIGN,SIGN,sign|signed,\nblock,CONDEMN,,,111\nverb,CONDEMN,CONDEMN,condemn|condemned,");
        assert_eq!(triples(&v, &table), vec![t3("ISR", "HMS", "057"), t3("HMS", "ISR", "057")]);
        // What is condemned is the agent's deed ("condemned the deal brokered by Qatar").
        let mut condemned = v;
        reword(&mut condemned, 3, "condemned", "condemn");
        assert_eq!(triples(&condemned, &table), vec![t3("ISR", "QAT", "111"), t3("HMS", "QAT", "111")]);
    }

    #[test]
    fn a_governing_verb_governs_its_infinitive_not_a_participle_in_the_infinitives_phrase() {
        // Ethiopia agreed to reopen the border after talks mediated by Saudi Arabia.
        let v = view(&[
            ("Ethiopia", "Ethiopia", "PROPN", 2, "nsubj", Some("ETH")),
            ("agreed", "agree", "VERB", 0, "root", None),
            ("to", "to", "PART", 4, "mark", None),
            ("reopen", "reopen", "VERB", 2, "xcomp", None),
            ("border", "border", "NOUN", 4, "obj", None),
            ("after", "after", "ADP", 7, "case", None),
            ("talks", "talk", "NOUN", 4, "obl", None),
            ("mediated", "mediate", "VERB", 7, "acl", None),
            ("by", "by", "ADP", 10, "case", None),
            ("Saudi Arabia", "Saudi Arabia", "PROPN", 8, "obl:agent", Some("SAU")),
        ]);
        let words = RuleWords::english();
        // The infinitive is promised; the mediation in its phrase is not.
        assert_eq!(modality(&v, 3, &words).2, Some(Governor::Promise));
        assert_eq!(modality(&v, 7, &words).2, None);
    }

    #[test]
    fn co_mediators_mediate_with_no_one_of_themselves() {
        // Qatar and Egypt mediated (no sides named): no event between the two mediators.
        let v = view(&[
            ("Qatar", "Qatar", "PROPN", 4, "nsubj", Some("QAT")),
            ("and", "and", "CCONJ", 3, "cc", None),
            ("Egypt", "Egypt", "PROPN", 1, "conj", Some("EGY")),
            ("mediated", "mediate", "VERB", 0, "root", None),
        ]);
        let table = table_of("block,MEDIATE,,,045\nverb,MEDIATE,MEDIATE,mediate|mediated,\nblock,COOPERATE,,,030\nverb,COOPERATE,COOPERATE,cooperate|cooperated,");
        assert!(triples(&v, &table).is_empty());
        // Co-subjects who cooperate still do so with each other.
        let mut cooperated = v;
        reword(&mut cooperated, 3, "cooperated", "cooperate");
        assert_eq!(triples(&cooperated, &table), vec![t3("QAT", "EGY", "030"), t3("EGY", "QAT", "030")]);
    }

    #[test]
    fn a_conjunct_with_a_case_word_of_its_own_is_another_phrase() {
        // Saab is indicted by DOJ and on the ICE list (the list's agency read as a co-agent).
        let v = view(&[
            ("Saab", "Saab", "PROPN", 3, "nsubj:pass", Some("ven:saab")),
            ("is", "be", "AUX", 3, "aux:pass", None),
            ("indicted", "indict", "VERB", 0, "root", None),
            ("by", "by", "ADP", 5, "case", None),
            ("DOJ", "DOJ", "PROPN", 3, "obl:agent", Some("DOJ")),
            ("and", "and", "CCONJ", 8, "cc", None),
            ("on", "on", "ADP", 8, "case", None),
            ("ICE", "ICE", "PROPN", 5, "conj", Some("ICE")),
        ]);
        let table = table_of("block,INDICT,,,173\nverb,INDICT,INDICT,indict|indicted,");
        assert_eq!(triples(&v, &table), vec![t3("DOJ", "ven:saab", "173")]);
        // The same case word, or none, coordinates ("by DOJ and by ICE", "by DOJ and ICE").
        let mut by = v;
        reword(&mut by, 6, "by", "by");
        assert_eq!(triples(&by, &table), vec![t3("DOJ", "ven:saab", "173"), t3("ICE", "ven:saab", "173")]);
    }

    #[test]
    fn a_fight_with_someone_under_a_mutual_verb_goes_both_ways() {
        // Guyanese soldiers clashed with a Venezuelan gang.
        let v = view(&[
            ("Guyanese", "Guyanese", "ADJ", 2, "amod", Some("GUY")),
            ("soldiers", "soldier", "NOUN", 3, "nsubj", None),
            ("clashed", "clash", "VERB", 0, "root", None),
            ("with", "with", "ADP", 6, "case", None),
            ("Venezuelan", "Venezuelan", "ADJ", 6, "amod", Some("VEN")),
            ("gang", "gang", "NOUN", 3, "obl", None),
        ]);
        let table = table_of("block,FIGHT,,,190\nverb,FIGHT,CLASH,clash|clashed,\nverb,FIGHT,ATTACK,attack|attacked,");
        assert_eq!(triples(&v, &table), vec![t3("GUY", "VEN", "190"), t3("VEN", "GUY", "190")]);
        // A verb that is not mutual by its sense goes one way ("attacked a gang").
        let mut attacked = v;
        reword(&mut attacked, 2, "attacked", "attack");
        if let Some(w) = attacked.words.get_mut(3) {
            (w.form, w.lemma) = ("the".into(), "the".into());
        }
        if let Some(w) = attacked.words.get_mut(5) {
            w.deprel = "obj".into();
        }
        assert_eq!(triples(&attacked, &table), vec![t3("GUY", "VEN", "190")]);
    }

    #[test]
    fn cooperation_of_two_subjects_over_a_tie_between_them_goes_both_ways() {
        // Colombia and Venezuela restored diplomatic relations.
        let v = view(&[
            ("Colombia", "Colombia", "PROPN", 4, "nsubj", Some("COL")),
            ("and", "and", "CCONJ", 3, "cc", None),
            ("Venezuela", "Venezuela", "PROPN", 1, "conj", Some("VEN")),
            ("restored", "restore", "VERB", 0, "root", None),
            ("diplomatic", "diplomatic", "ADJ", 6, "amod", None),
            ("relations", "relation", "NOUN", 4, "obj", None),
        ]);
        let table = table_of("verb,RESTORE,RESTORE,restore|restored,\npattern,RESTORE,* RELATIONS,RESTORE,050\npattern,RESTORE,* AMBASSADORS,RESTORE,050");
        assert_eq!(triples(&v, &table), vec![t3("COL", "VEN", "050"), t3("VEN", "COL", "050")]);
        // What is no tie between them is no mutual event ("restored ambassadors").
        let mut envoys = v;
        reword(&mut envoys, 5, "ambassadors", "ambassador");
        assert!(triples(&envoys, &table).is_empty());
    }

    #[test]
    fn what_the_table_codes_both_ways_two_subjects_did_to_each_other() {
        // The United States and Venezuela exchanged prisoners.
        let v = view(&[
            ("The United States", "United States", "PROPN", 4, "nsubj", Some("USA")),
            ("and", "and", "CCONJ", 3, "cc", None),
            ("Venezuela", "Venezuela", "PROPN", 1, "conj", Some("VEN")),
            ("exchanged", "exchange", "VERB", 0, "root", None),
            ("prisoners", "prisoner", "NOUN", 4, "obj", None),
        ]);
        let table = table_of("verb,TRADE,EXCHANGE,exchange|exchanged,\npattern,TRADE,* PRISONERS,EXCHANGE,0841:0841\npattern,TRADE,* GOODS,EXCHANGE,071");
        assert_eq!(triples(&v, &table), vec![t3("USA", "VEN", "0841"), t3("VEN", "USA", "0841")]);
        // One way only: no mutual event.
        let mut goods = v;
        reword(&mut goods, 4, "goods", "good");
        assert!(triples(&goods, &table).is_empty());
    }

    #[test]
    fn what_a_blocked_text_says_is_not_done() {
        // Hungary blocked a statement criticising Israel.
        let v = view(&[
            ("Hungary", "Hungary", "PROPN", 2, "nsubj", Some("HUN")),
            ("blocked", "block", "VERB", 0, "root", None),
            ("EU", "EU", "PROPN", 4, "compound", Some("int:eu")),
            ("statement", "statement", "NOUN", 2, "obj", None),
            ("criticising", "criticise", "VERB", 4, "acl", None),
            ("Israel", "Israel", "PROPN", 5, "obj", Some("ISR")),
        ]);
        let table = table_of("block,CRITICIZE,,,111\nverb,CRITICIZE,CRITICIZE,criticize|criticising,");
        let found = code_sentence(&v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events;
        assert!(found.iter().any(|e| e.target == "ISR" && e.negated), "{found:?}");
        // Issued, it is told ("adopted a statement criticising Israel").
        let mut adopted = v;
        reword(&mut adopted, 1, "adopted", "adopt");
        let found = code_sentence(&adopted, &table, &NominalRules::shipped(), PairedCodes::Forward, 0).events;
        assert!(found.iter().any(|e| e.target == "ISR" && !e.negated), "{found:?}");
    }

    #[test]
    fn a_deed_judged_is_its_named_doers() {
        // Colombia condemned the arrest of Colombian journalists by Venezuelan police.
        let v = view(&[
            ("Colombia", "Colombia", "PROPN", 2, "nsubj", Some("COL")),
            ("condemned", "condemn", "VERB", 0, "root", None),
            ("arrest", "arrest", "NOUN", 2, "obj", None),
            ("of", "of", "ADP", 6, "case", None),
            ("Colombian", "Colombian", "ADJ", 6, "amod", Some("COL")),
            ("journalists", "journalist", "NOUN", 3, "nmod", None),
            ("by", "by", "ADP", 9, "case", None),
            ("Venezuelan", "Venezuelan", "ADJ", 9, "amod", Some("VEN")),
            ("police", "police", "NOUN", 3, "nmod", None),
        ]);
        let table = table_of("block,CONDEMN,,,111\nverb,CONDEMN,CONDEMN,condemn|condemned,");
        assert_eq!(triples(&v, &table), vec![t3("COL", "VEN", "111")]);
        // The arrest stays the police's own event (the noun is not the verb's).
        let coded = code_sentence(&v, &table, &NominalRules::shipped(), PairedCodes::Forward, 0);
        assert!(!coded.nouns.contains(&2), "{:?}", coded.nouns);
    }
}
