//! Lemmas as edit scripts, learned: each treebank word's lemma is written as "lower-case or
//! not, strip N final characters, append S" (`sent` -> `send`: lower, strip 1, append "d";
//! `Russia` -> itself: keep, strip 0), and the parser head picks a script per word the way it
//! picks a tag. The scripts seen in training are the classes; a script that cannot apply (it
//! strips more than the word has) falls back to the word itself.

/// One edit script.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Script {
    pub lower: bool,
    pub strip: usize,
    pub append: String,
}

impl Script {
    /// The script that turns `form` into `lemma`.
    pub fn between(form: &str, lemma: &str) -> Script {
        let lower = lemma != form && lemma == lemma.to_lowercase() && form != form.to_lowercase();
        let base: Vec<char> = if lower { form.to_lowercase().chars().collect() } else { form.chars().collect() };
        let target: Vec<char> = lemma.chars().collect();
        let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
        Script { lower, strip: base.len() - common, append: target[common..].iter().collect() }
    }

    /// The lemma this script makes of `form`.
    pub fn apply(&self, form: &str) -> String {
        let base: Vec<char> = if self.lower { form.to_lowercase().chars().collect() } else { form.chars().collect() };
        if self.strip > base.len() || (self.strip == base.len() && self.append.is_empty()) {
            return form.to_string();
        }
        let mut out: String = base[..base.len() - self.strip].iter().collect();
        out.push_str(&self.append);
        out
    }

    /// Text form kept in the model file: `L|1|d` or `K|0|`.
    pub fn encode(&self) -> String {
        format!("{}|{}|{}", if self.lower { 'L' } else { 'K' }, self.strip, self.append)
    }

    pub fn decode(s: &str) -> Option<Script> {
        let mut parts = s.splitn(3, '|');
        let lower = match parts.next()? {
            "L" => true,
            "K" => false,
            _ => return None,
        };
        let strip = parts.next()?.parse().ok()?;
        Some(Script { lower, strip, append: parts.next()?.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_english_and_accented_words() {
        for (form, lemma) in [("sent", "send"), ("Russia", "Russia"), ("Talks", "talk"), ("was", "be"), ("sancionó", "sancionar"), ("Óscar", "Óscar"), ("better", "good")] {
            let s = Script::between(form, lemma);
            assert_eq!(s.apply(form), lemma, "{form}");
            assert_eq!(Script::decode(&s.encode()), Some(s));
        }
    }

    #[test]
    fn generalises_to_unseen_words() {
        let s = Script::between("sanctioned", "sanction");
        assert_eq!(s.apply("condemned"), "condemn");
        let s = Script::between("Meetings", "meeting");
        assert_eq!(s.apply("Talks"), "talk");
    }

    #[test]
    fn a_script_that_cannot_apply_keeps_the_word() {
        let s = Script { lower: false, strip: 5, append: "x".into() };
        assert_eq!(s.apply("abc"), "abc");
    }
}
