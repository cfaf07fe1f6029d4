//! Small helpers shared by several stages.

use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Make `id` unique among `seen` by appending `~2`, `~3`, ... and record it.
pub fn make_unique(seen: &mut std::collections::HashSet<String>, id: &mut String) {
    if seen.insert(id.clone()) {
        return;
    }
    let mut k = 2;
    while !seen.insert(format!("{id}~{k}")) {
        k += 1;
    }
    *id = format!("{id}~{k}");
}
