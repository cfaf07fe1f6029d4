# Shared by the bench scripts (source it): a corpus made of COPIES copies of the seed articles,
# each copy with a changed first line so the duplicate detector keeps it.
seed_corpus() { # DIR COPIES
  local dir=$1 copies=$2
  mkdir -p "$dir"
  for i in $(seq 1 "$copies"); do
    for f in seeds/*.txt; do
      { echo "Copy $i of the article."; cat "$f"; } > "$dir/$(basename "$f" .txt)-$i.txt"
    done
  done
}

# Sets BIN (building the release binary if it is missing) and WORK=bench/out/NAME, emptied, with a
# corpus/ folder in it.
bench_setup() { # NAME
  BIN="${ACTORGRAPH_BIN:-target/release/actorgraph}"
  [ -x "$BIN" ] || cargo build --release
  WORK="bench/out/$1"
  rm -rf "$WORK"
  mkdir -p "$WORK/corpus"
}
