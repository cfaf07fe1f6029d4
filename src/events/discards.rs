//! PETRARCH's discard list (`Phoenix.discards.txt` and its kin): phrases whose sentence, or with
//! a leading `+` whose whole story, codes no event (sports results, chronologies, films: "WORLD
//! CUP", "+GOALKEEPER"). As PETRARCH reads it: a phrase matches where it starts a word of the
//! sentence, case aside; it is a stem ("TOURNAMENT" matches "tournaments") unless it ends with
//! `_`, when the match must end at a blank or punctuation; `#` starts a comment. A file whose
//! name ends with `discards.txt` in a verb-table folder is read as one.

/// One phrase, folded to lower case with single spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Phrase {
    text: String,
    whole_word: bool,
}

/// The discard list: sentence-level and story-level phrases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discards {
    sentence: Vec<Phrase>,
    story: Vec<Phrase>,
}

impl Discards {
    /// Read a discard file's text; lines that hold no phrase are passed over.
    pub fn parse(text: &str) -> Discards {
        let mut out = Discards::default();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let (story, line) = match line.strip_prefix('+') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let (whole_word, line) = match line.strip_suffix('_') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let text = line.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            if text.is_empty() {
                continue;
            }
            let phrase = Phrase { text, whole_word };
            if story {
                out.story.push(phrase);
            } else {
                out.sentence.push(phrase);
            }
        }
        out
    }

    /// Add another list's phrases.
    pub fn extend(&mut self, other: Discards) {
        self.sentence.extend(other.sentence);
        self.story.extend(other.story);
    }

    pub fn is_empty(&self) -> bool {
        self.sentence.is_empty() && self.story.is_empty()
    }

    /// Phrases in all.
    pub fn len(&self) -> usize {
        self.sentence.len() + self.story.len()
    }

    /// Whether a sentence-level phrase occurs in the sentence.
    pub fn discards_sentence(&self, sentence: &str) -> bool {
        let s = normalise(sentence);
        self.sentence.iter().any(|p| occurs(&s, p))
    }

    /// Whether a story-level phrase occurs anywhere in the text.
    pub fn discards_story(&self, text: &str) -> bool {
        if self.story.is_empty() {
            return false;
        }
        let s = normalise(text);
        self.story.iter().any(|p| occurs(&s, p))
    }
}

/// Lower case, punctuation apart from words, single spaces, one space before and after.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '\'' || c == '-' {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Whether `p` starts a word of the normalised text (and, for a whole-word phrase, ends one).
fn occurs(text: &str, p: &Phrase) -> bool {
    let needle = format!(" {}", p.text);
    text.match_indices(&needle).any(|(at, _)| !p.whole_word || text[at + needle.len()..].starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &str = "# Story-level discards are indicated with a '+'.\n+WORLD CUP   # a comment\nTOURNAMENT\nGROUP A_\n\n+GOALKEEPER\n";

    #[test]
    fn reads_sentence_and_story_phrases() {
        let d = Discards::parse(LIST);
        assert_eq!(d.len(), 4);
        assert!(d.discards_sentence("Venezuela won the regional tournaments on Sunday."));
        assert!(d.discards_sentence("They were drawn in Group A, with Cuba."));
        assert!(!d.discards_sentence("Group Alpha forces attacked the base."), "GROUP A_ must end a word");
        assert!(!d.discards_sentence("Russia condemned the sanctions."));
        assert!(!d.discards_sentence("The regional nontournament talks"), "a phrase starts a word");
        assert!(d.discards_story("Maduro met Putin.\nThe goalkeeper saved a penalty at the World Cup."));
        assert!(!d.discards_sentence("The goalkeeper saved a penalty."), "story phrases are not sentence phrases");
    }
}
