//! Plans model windows over a document's words. Whole sentences are packed into a window while
//! they fit; a sentence longer than a window is cut into cores, each seen with context on both
//! sides, so no text is ever cut off at the model's length limit and each word is labelled once,
//! in the window where it sits furthest from an edge.

use std::ops::Range;

/// One model input: `words` are fed to the model, `core` (inside `words`) gets labels from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowPlan {
    pub words: Range<usize>,
    pub core: Range<usize>,
}

/// Plan windows of at most `budget` pieces over words with the given piece counts.
/// `sentences` are word ranges that cover all words in order.
pub fn plan_windows(pieces: &[usize], sentences: &[Range<usize>], budget: usize) -> Vec<WindowPlan> {
    let budget = budget.max(8);
    let mut plans = Vec::new();
    let mut cur: Option<Range<usize>> = None;
    let mut cur_tokens = 0usize;
    let flush = |cur: &mut Option<Range<usize>>, plans: &mut Vec<WindowPlan>| {
        if let Some(r) = cur.take() {
            if !r.is_empty() {
                plans.push(WindowPlan { words: r.clone(), core: r });
            }
        }
    };
    for s in sentences {
        let tokens: usize = pieces[s.clone()].iter().sum();
        if tokens > budget {
            flush(&mut cur, &mut plans);
            cur_tokens = 0;
            split_long(pieces, s.clone(), budget, &mut plans);
            continue;
        }
        if cur_tokens + tokens > budget {
            flush(&mut cur, &mut plans);
            cur_tokens = 0;
        }
        cur = Some(match cur {
            Some(r) => r.start..s.end,
            None => s.clone(),
        });
        cur_tokens += tokens;
    }
    flush(&mut cur, &mut plans);
    plans
}

/// Cut one over-long word range into cores of about half a window, each extended with context.
fn split_long(pieces: &[usize], range: Range<usize>, budget: usize, plans: &mut Vec<WindowPlan>) {
    let core_budget = (budget / 2).max(1);
    let mut start = range.start;
    while start < range.end {
        let mut end = start;
        let mut tokens = 0;
        while end < range.end && (end == start || tokens + pieces[end] <= core_budget) {
            tokens += pieces[end];
            end += 1;
        }
        // Context: fill the rest of the window, half before and half after the core.
        let mut left = start;
        let mut right = end;
        let mut room = budget.saturating_sub(tokens);
        let mut left_room = room / 2;
        while left > range.start && pieces[left - 1] <= left_room {
            left -= 1;
            left_room -= pieces[left];
            room -= pieces[left];
        }
        while right < range.end && pieces[right] <= room {
            room -= pieces[right];
            right += 1;
        }
        // Whatever the right side did not use goes to the left.
        while left > range.start && pieces[left - 1] <= room {
            left -= 1;
            room -= pieces[left];
        }
        plans.push(WindowPlan { words: left..right, core: start..end });
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_sentences_and_covers_every_word_once() {
        let pieces = vec![1; 30];
        let sents = vec![0..10, 10..20, 20..30];
        let plans = plan_windows(&pieces, &sents, 25);
        assert_eq!(plans.len(), 2);
        assert_eq!(plans[0].core, 0..20);
        assert_eq!(plans[1].core, 20..30);
    }

    #[test]
    fn long_sentence_gets_cores_with_context_within_budget() {
        let pieces: Vec<usize> = (0..1000).map(|i| 1 + i % 3).collect();
        let plans = plan_windows(&pieces, &[0..1000], 100);
        let mut covered = vec![0; 1000];
        for p in &plans {
            let tokens: usize = pieces[p.words.clone()].iter().sum();
            assert!(tokens <= 100, "window of {tokens} pieces");
            assert!(p.words.start <= p.core.start && p.core.end <= p.words.end);
            for w in p.core.clone() {
                covered[w] += 1;
            }
        }
        assert!(covered.iter().all(|&c| c == 1));
        // Inner cores have context on both sides.
        let mid = &plans[plans.len() / 2];
        assert!(mid.words.start < mid.core.start && mid.core.end < mid.words.end);
    }
}
