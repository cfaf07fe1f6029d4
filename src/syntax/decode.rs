//! The best projective tree for a sentence's arc scores (Eisner's algorithm, first order), with
//! exactly one word attached to the root as Universal Dependencies requires. Cubic in the
//! sentence's length, so a sentence longer than `MAX_SPAN` words is decoded in consecutive
//! blocks of that size whose roots attach to the first block's root: the cost of one hostile
//! "sentence" of 10,000 words stays linear in its length.

/// Longest run of words decoded as one tree.
pub const MAX_SPAN: usize = 160;

/// Heads for `n` words: `score(h, d)` is the score of word `h` heading word `d` (0-based), and
/// `root(d)` of `d` heading the sentence. Returns, per word, 0 for the root or 1 + its head.
pub fn best_tree(n: usize, score: &dyn Fn(usize, usize) -> f32, root: &dyn Fn(usize) -> f32) -> Vec<usize> {
    let mut heads = vec![0usize; n];
    let mut first_root: Option<usize> = None;
    let mut start = 0;
    while start < n {
        let end = (start + MAX_SPAN).min(n);
        let local = eisner(end - start, &|h, d| score(start + h, start + d), &|d| root(start + d));
        for (k, &h) in local.iter().enumerate() {
            heads[start + k] = match (h, first_root) {
                (0, None) => 0,
                (0, Some(r)) => r + 1,
                (h, _) => start + h,
            };
        }
        if first_root.is_none() {
            first_root = local.iter().position(|&h| h == 0).map(|k| start + k);
        }
        start = end;
    }
    heads
}

/// Eisner's algorithm over `n` words with one root child; same encoding as `best_tree`.
fn eisner(n: usize, score: &dyn Fn(usize, usize) -> f32, root: &dyn Fn(usize) -> f32) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let at = |i: usize, j: usize| i * n + j;
    let neg = f32::NEG_INFINITY;
    // [dir][i * n + j] for i <= j: dir 0 = headed by j (left arcs), dir 1 = headed by i.
    let mut complete = [vec![neg; n * n], vec![neg; n * n]];
    let mut incomplete = [vec![neg; n * n], vec![neg; n * n]];
    let mut c_split = [vec![0usize; n * n], vec![0usize; n * n]];
    let mut i_split = vec![0usize; n * n];
    for i in 0..n {
        complete[0][at(i, i)] = 0.0;
        complete[1][at(i, i)] = 0.0;
    }
    for width in 1..n {
        for i in 0..n - width {
            let j = i + width;
            let (mut best, mut arg) = (neg, i);
            for k in i..j {
                let v = complete[1][at(i, k)] + complete[0][at(k + 1, j)];
                if v > best {
                    (best, arg) = (v, k);
                }
            }
            incomplete[0][at(i, j)] = best + score(j, i);
            incomplete[1][at(i, j)] = best + score(i, j);
            i_split[at(i, j)] = arg;
            let (mut best, mut arg) = (neg, i);
            for k in i..j {
                let v = complete[0][at(i, k)] + incomplete[0][at(k, j)];
                if v > best {
                    (best, arg) = (v, k);
                }
            }
            complete[0][at(i, j)] = best;
            c_split[0][at(i, j)] = arg;
            let (mut best, mut arg) = (neg, j);
            for k in i + 1..=j {
                let v = incomplete[1][at(i, k)] + complete[1][at(k, j)];
                if v > best {
                    (best, arg) = (v, k);
                }
            }
            complete[1][at(i, j)] = best;
            c_split[1][at(i, j)] = arg;
        }
    }
    let r = (0..n)
        .map(|r| (r, complete[0][at(0, r)] + complete[1][at(r, n - 1)] + root(r)))
        .fold((0, neg), |a, b| if b.1 > a.1 { b } else { a })
        .0;
    let mut heads = vec![0usize; n];
    // Explicit stack of (i, j, dir, complete?) spans to unfold.
    let mut stack = vec![(0, r, 0usize, true), (r, n - 1, 1usize, true)];
    while let Some((i, j, dir, whole)) = stack.pop() {
        if i == j {
            continue;
        }
        if whole {
            let k = c_split[dir][at(i, j)];
            if dir == 0 {
                stack.push((i, k, 0, true));
                stack.push((k, j, 0, false));
            } else {
                stack.push((i, k, 1, false));
                stack.push((k, j, 1, true));
            }
        } else {
            let k = i_split[at(i, j)];
            if dir == 0 {
                heads[i] = j + 1;
            } else {
                heads[j] = i + 1;
            }
            stack.push((i, k, 1, true));
            stack.push((k + 1, j, 0, true));
        }
    }
    heads
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree_ok(heads: &[usize]) -> bool {
        // One root, and every word reaches it without a cycle.
        if heads.iter().filter(|&&h| h == 0).count() != 1 {
            return false;
        }
        (0..heads.len()).all(|mut d| {
            for _ in 0..=heads.len() {
                if heads[d] == 0 {
                    return true;
                }
                d = heads[d] - 1;
            }
            false
        })
    }

    #[test]
    fn follows_clear_scores() {
        // "Russia sent aid": sent heads both, sent is the root.
        let gold = [2usize, 0, 2];
        let s = |h: usize, d: usize| if gold[d] == h + 1 { 5.0 } else { 0.0 };
        let r = |d: usize| if gold[d] == 0 { 5.0 } else { 0.0 };
        assert_eq!(best_tree(3, &s, &r), gold);
    }

    #[test]
    fn keeps_one_root_when_scores_want_two() {
        let s = |_: usize, _: usize| 0.0;
        let r = |_: usize| 10.0;
        let heads = best_tree(5, &s, &r);
        assert!(tree_ok(&heads), "{heads:?}");
    }

    #[test]
    fn beats_greedy_on_a_cycle() {
        // Greedy would make words 0 and 1 head each other; the tree must break the cycle.
        let s = |h: usize, d: usize| match (h, d) {
            (0, 1) | (1, 0) => 3.0,
            _ => 0.0,
        };
        let r = |d: usize| if d == 0 { 1.0 } else { 0.0 };
        let heads = best_tree(3, &s, &r);
        assert!(tree_ok(&heads), "{heads:?}");
        assert_eq!(heads[0], 0);
        assert_eq!(heads[1], 1);
    }

    #[test]
    fn long_sentences_decode_in_blocks_into_one_tree() {
        let n = MAX_SPAN * 2 + 7;
        let s = |h: usize, d: usize| if h + 1 == d { 1.0 } else { 0.0 };
        let r = |d: usize| if d.is_multiple_of(50) { 2.0 } else { 0.0 };
        let heads = best_tree(n, &s, &r);
        assert!(tree_ok(&heads));
    }

    #[test]
    fn empty_and_single() {
        assert!(best_tree(0, &|_, _| 0.0, &|_| 0.0).is_empty());
        assert_eq!(best_tree(1, &|_, _| 0.0, &|_| 0.0), vec![0]);
    }
}
