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
# Phoenix lists a country's cities among its names ("Lagos", "Aleppo", "Maracaibo"); the country
# row gives way whole to the hand-written one, so the cities are kept apart as places of their
# country: each name of a country row that the shipped gazetteer knows as a city of that country
# (capitals excepted: actors/05-capitals.csv has them) becomes a base-layer place row.
python3 - "$out/countries.csv" gazetteer/places.csv actors/05-capitals.csv "$out/places.csv" <<'PY'
import csv, re, sys, unicodedata
countries, gazetteer, capitals, out = sys.argv[1:5]
fold = lambda s: "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower().strip()
cities = {}
for r in csv.DictReader(open(gazetteer, encoding="utf-8")):
    if r["kind"] == "city":
        for n in [r["name"]] + [a for a in r["alternates"].split("|") if a]:
            cities.setdefault((fold(n), r["country"]), r)
taken = {fold(r["name"]) for r in csv.DictReader(open(capitals, encoding="utf-8"))}
places = {}
for r in csv.DictReader(open(countries, encoding="utf-8")):
    if r["kind"] != "country":
        continue
    for alias in r["aliases"].split("|"):
        city = cities.get((fold(alias), r["country"]))
        if city and fold(alias) not in taken and fold(city["name"]) not in taken:
            names = places.setdefault(city["id"], (r["country"], city["name"], []))[2]
            if alias not in names:
                names.append(alias)
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "kind", "country", "aliases", "notes", "cameo", "roles", "layer"])
    rows = []
    for gid, (iso, name, names) in places.items():
        slug = re.sub(r"[^a-z0-9]+", "-", fold(names[0])).strip("-")
        aliases = [n for n in names[1:] + [name] if fold(n) != fold(names[0])]
        rows.append([f"place:{iso.lower()}:{slug}", names[0], "place", iso, "|".join(dict.fromkeys(aliases)), f"a city of {iso} (Phoenix; GeoNames {gid})", iso, iso, "base"])
    w.writerows(sorted(rows))
print(f"{len(rows)} places written to {out}")
PY
"$bin" actors check actors
