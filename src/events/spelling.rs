//! British spellings of the American words the verb table is written in (`lang/en/spelling.csv`).
//! PETRARCH's CAMEO.2.0 spells "criticize", "traveled", "defense"; much of the news an analyst
//! reads spells "criticised", "travelled", "defence", and a verb the table cannot find codes
//! nothing. The table is not rewritten: when it is read, each word also gets its British form
//! ([`Spelling::variant`]), so both spellings match. The rules are data; a word no rule touches
//! has no variant.

const SHIPPED: &str = include_str!("../../lang/en/spelling.csv");

#[derive(Debug, Clone, PartialEq, Eq)]
enum Rule {
    Suffix(String, String),
    /// A single `l` after this vowel doubles before -ed and -ing.
    DoubleL(char),
    Stem(String, String),
}

/// The spelling rules of a language, in the order they are tried.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spelling {
    rules: Vec<Rule>,
}

impl Spelling {
    /// Rules from `kind,american,british` CSV text (`#` lines are comments).
    pub fn parse(text: &str) -> Result<Spelling, (usize, String)> {
        let mut rules = Vec::new();
        for (n, line) in super::words::data_rows(text, "kind,american,british") {
            let cells: Vec<&str> = line.split(',').map(str::trim).collect();
            let rule = match cells.as_slice() {
                ["suffix", us, gb] if !us.is_empty() => Rule::Suffix(us.to_string(), gb.to_string()),
                ["stem", us, gb] if !us.is_empty() => Rule::Stem(us.to_string(), gb.to_string()),
                ["double-l", vowel, _] if vowel.chars().count() == 1 => Rule::DoubleL(vowel.chars().next().unwrap_or('e')),
                _ => return Err((n, "expected suffix|stem|double-l,american,british".to_string())),
            };
            rules.push(rule);
        }
        Ok(Spelling { rules })
    }

    /// The English rules shipped with the binary.
    pub fn english() -> Spelling {
        Self::parse(SHIPPED).unwrap_or_default()
    }

    /// The British form of a lower-case word, if a rule changes it.
    pub fn variant(&self, word: &str) -> Option<String> {
        self.rules.iter().find_map(|r| match r {
            // Three letters at least before the suffix: "size" and "prize" stay as they are.
            Rule::Suffix(us, gb) => word.strip_suffix(us.as_str()).filter(|stem| stem.chars().count() >= 3).map(|stem| format!("{stem}{gb}")),
            Rule::Stem(us, gb) => word.strip_prefix(us.as_str()).map(|rest| format!("{gb}{rest}")),
            Rule::DoubleL(vowel) => ["ed", "ing"].iter().find_map(|suffix| {
                let stem = word.strip_suffix(suffix)?;
                let mut back = stem.chars().rev();
                let (l, v, before) = (back.next()?, back.next()?, back.next()?);
                // "traveled", "labeling"; not "appealed" (two vowels) or "compelled" (doubled).
                (l == 'l' && v == *vowel && !"aeiou".contains(before)).then(|| format!("{stem}l{suffix}"))
            }),
        })
    }

    /// The British form of a phrase, if a rule changes any of its words.
    pub fn phrase_variant(&self, words: &[String]) -> Option<Vec<String>> {
        let out: Vec<String> = words.iter().map(|w| self.variant(w).unwrap_or_else(|| w.clone())).collect();
        (out != words).then_some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::Spelling;

    #[test]
    fn american_forms_get_their_british_spelling() {
        let s = Spelling::english();
        assert_eq!(s.variant("criticized").as_deref(), Some("criticised"));
        assert_eq!(s.variant("recognize").as_deref(), Some("recognise"));
        assert_eq!(s.variant("analyzed").as_deref(), Some("analysed"));
        assert_eq!(s.variant("traveled").as_deref(), Some("travelled"));
        assert_eq!(s.variant("canceling").as_deref(), Some("cancelling"));
        assert_eq!(s.variant("signaled").as_deref(), Some("signalled"));
        assert_eq!(s.variant("defense").as_deref(), Some("defence"));
        assert_eq!(s.variant("honored").as_deref(), Some("honoured"));
        // Words no rule touches, or that are spelled alike on both sides.
        for same in ["size", "prize", "appealed", "compelled", "sailed", "met", "sanctioned"] {
            assert_eq!(s.variant(same), None, "{same}");
        }
        let phrase = vec!["air".to_string(), "defense".to_string(), "systems".to_string()];
        assert_eq!(s.phrase_variant(&phrase), Some(vec!["air".to_string(), "defence".to_string(), "systems".to_string()]));
        assert_eq!(s.phrase_variant(&phrase.iter().take(1).cloned().collect::<Vec<_>>()), None);
    }

    #[test]
    fn a_bad_row_names_its_line() {
        assert_eq!(Spelling::parse("kind,american,british\nsuffix,ize,ise\nprefix,a,b\n").map(|_| ()), Err((3, "expected suffix|stem|double-l,american,british".to_string())));
    }
}
