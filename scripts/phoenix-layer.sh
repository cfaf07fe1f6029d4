#!/usr/bin/env bash
# Regenerate the shipped base layer of the actor registry (actors/phoenix/) from the
# Phoenix/PETRARCH2 dictionaries (MIT licence, actors/phoenix/LICENSE-petrarch2.txt), through the
# project's own importer. Every row is written with `layer` = base: a hand-written row of the
# registry that shares a name with one of them replaces it (see docs/links.md).
#
#   scripts/phoenix-layer.sh [DICTIONARY_DIR]   (default ../shared/data/petrarch2)
set -euo pipefail
src=${1:-../shared/data/petrarch2}
bin=${ACTORGRAPH:-target/release/actorgraph}
out=actors/phoenix
mkdir -p "$out"
for name in Countries International MilNonState; do
  lower=$(echo "$name" | tr '[:upper:]' '[:lower:]')
  "$bin" actors import --petrarch "$src/Phoenix.$name.actors.txt" --out "$out/$lower.csv"
done
"$bin" actors import --petrarch "$src/Phoenix.agents.txt" --out "$out/agents.csv"
cp "$src/LICENSE" "$out/LICENSE-petrarch2.txt"
"$bin" actors check actors
