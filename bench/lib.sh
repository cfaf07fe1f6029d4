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
