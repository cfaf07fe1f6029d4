#!/usr/bin/env python3
"""Derive actors/00-countries.csv (countries, with their English and Spanish names and demonyms) and
actors/05-capitals.csv (capital cities as places) from mledoze/countries' countries.json (ODbL 1.0).

Usage: python3 scripts/make-countries.py PATH/TO/countries.json > actors/00-countries.csv
       python3 scripts/make-countries.py PATH/TO/countries.json --capitals > actors/05-capitals.csv
Aliases claimed by two countries (e.g. "Congo") are left out, so linking never guesses.
A capital stays a metonym of its country (the government, when it acts: "Moscow refused") and is
also a place actor (where things happen: "flights to Moscow"); the linker decides by context.
The output is a derived database under the ODbL: keep actors/LICENSE-countries.md beside it.
"""
import csv, json, sys, collections

KEEP_CODES = {"US", "UK", "USA", "UAE", "PRC", "DPRK", "ROK", "DRC"}
# The table's cca3 where CAMEO spells a country otherwise: Kosovo has no ISO code and the table
# writes "UNK", which CAMEO reads as "unknown"; CAMEO and the Phoenix dictionaries write KSV.
CAMEO_CODES = {"UNK": "KSV"}

def code(c):
    return CAMEO_CODES.get(c["cca3"], c["cca3"])
SEATS = {  # seats of government used by metonymy
    "RUS": ["Kremlin", "the Kremlin"],
    # Ministries stand for their country when they act (the README's event conventions).
    "USA": ["White House", "Washington", "Casa Blanca", "State Department", "Pentagon", "the Pentagon",
            "Departamento de Estado", "Pentágono"],
    "VEN": ["Miraflores", "Miraflores Palace", "Palacio de Miraflores"],
    "GBR": ["Downing Street", "Whitehall"], "CHN": ["Zhongnanhai"], "FRA": ["Elysee Palace", "Élysée"], "CUB": [],
    # The Netherlands' seat of government is not its capital ("The Hague criticised ...").
    "NLD": ["The Hague", "Den Haag", "La Haya"],
}
EXTRA_ALIASES = {"USA": ["U.S.", "United States of America", "America"], "GBR": ["Britain", "Great Britain", "U.K."],
                 "RUS": ["Russian Federation"], "IRN": ["Islamic Republic of Iran", "the Islamic Republic", "República Islámica"], "CHN": ["PRC", "People's Republic of China"],
                 "PRK": ["North Korea", "DPRK"], "KOR": ["South Korea"], "TUR": ["Turkey"], "CZE": ["Czech Republic"],
                 "CIV": ["Ivory Coast"], "MMR": ["Burma"], "SWZ": ["Swaziland"], "CPV": ["Cape Verde"]}

# English adjectives the table lacks where they differ from its demonym ("the Philippine coast
# guard"; the table has only "Filipino").
EXTRA_DEMONYMS = {"PHL": ["Philippine"]}

# Capitals that act for someone other than their country: "Brussels imposed sanctions" is the
# European Union (int:eu holds the metonym in actors/10-domain.csv); "in Brussels" stays a place.
OTHERS_SEATS = {"Brussels", "Bruselas"}

# Spanish names of capitals where they differ from the English (the table has country names in
# Spanish, not capitals).
CAPITALS_ES = {"Moscow": ["Moscú"], "Tehran": ["Teherán"], "Beijing": ["Pekín", "Beijing"], "Havana": ["La Habana"],
               "Bogotá": ["Bogota"], "Damascus": ["Damasco"], "Brasília": ["Brasilia"], "London": ["Londres"],
               "Washington": [], "Mexico City": ["Ciudad de México"], "Beirut": [], "Kyiv": ["Kiev"], "Pyongyang": [],
               "Warsaw": ["Varsovia"], "Paris": ["París"], "Berlin": ["Berlín"], "Rome": ["Roma"], "Brussels": ["Bruselas"],
               "Geneva": ["Ginebra"], "Vienna": ["Viena"], "Baghdad": ["Bagdad"], "Ankara": [], "Managua": [], "Lima": [],
               "Quito": [], "La Paz": [], "Caracas": [], "Panama City": ["Ciudad de Panamá"], "Tokyo": ["Tokio"],
               "Pyongyang": ["Pionyang"], "Cairo": ["El Cairo"], "Riyadh": ["Riad"], "Tripoli": ["Trípoli"],
               "New Delhi": ["Nueva Delhi"], "Seoul": ["Seúl"], "Athens": ["Atenas"], "Lisbon": ["Lisboa"],
               "Port-au-Prince": ["Puerto Príncipe"], "Port of Spain": ["Puerto España"], "Jakarta": ["Yakarta"],
               "Algiers": ["Argel"], "Khartoum": ["Jartum"], "Addis Ababa": ["Adís Abeba", "Addis Abeba"], "Abuja": ["Abuya"],
               "Amman": ["Amán"], "Sana'a": ["Saná"], "Abu Dhabi": ["Abu Dabi"], "Muscat": ["Mascate"], "Belgrade": ["Belgrado"],
               "Bucharest": ["Bucarest"], "Prague": ["Praga"], "Bern": ["Berna"], "Copenhagen": ["Copenhague"],
               "Stockholm": ["Estocolmo"], "Dublin": ["Dublín"], "Amsterdam": ["Ámsterdam"], "Hanoi": ["Hanói"],
               "Taipei": ["Taipéi"], "Guatemala City": ["Ciudad de Guatemala"], "Vilnius": ["Vilna"], "Tbilisi": ["Tiflis"],
               "Yerevan": ["Ereván"], "Baku": ["Bakú"], "Tashkent": ["Taskent"], "Ulan Bator": ["Ulán Bator"], "Dhaka": ["Daca"],
               "Kathmandu": ["Katmandú"], "Kuwait City": ["Ciudad de Kuwait"], "Valletta": ["La Valeta"], "Tallinn": ["Tallin"]}

# Spanish demonyms (masculine and feminine, singular and plural): the table has English and
# French ones only. Written lower case, as Spanish writes them; the linker reads them in texts the
# model does not read.
DEMONYMS_ES = {
    "VEN": "venezolano venezolana venezolanos venezolanas", "RUS": "ruso rusa rusos rusas", "IRN": "iraní iraníes",
    "CHN": "chino china chinos chinas", "CUB": "cubano cubana cubanos cubanas",
    "USA": "estadounidense estadounidenses norteamericano norteamericana norteamericanos norteamericanas",
    "COL": "colombiano colombiana colombianos colombianas", "BRA": "brasileño brasileña brasileños brasileñas",
    "MEX": "mexicano mexicana mexicanos mexicanas", "ARG": "argentino argentina argentinos argentinas",
    "PER": "peruano peruana peruanos peruanas", "CHL": "chileno chilena chilenos chilenas",
    "BOL": "boliviano boliviana bolivianos bolivianas", "ECU": "ecuatoriano ecuatoriana ecuatorianos ecuatorianas",
    "NIC": "nicaragüense nicaragüenses", "PRY": "paraguayo paraguaya paraguayos paraguayas",
    "URY": "uruguayo uruguaya uruguayos uruguayas", "PAN": "panameño panameña panameños panameñas",
    "CRI": "costarricense costarricenses", "SLV": "salvadoreño salvadoreña salvadoreños salvadoreñas",
    "HND": "hondureño hondureña hondureños hondureñas", "GTM": "guatemalteco guatemalteca guatemaltecos guatemaltecas",
    "DOM": "dominicano dominicana dominicanos dominicanas", "ESP": "español española españoles españolas",
    "FRA": "francés francesa franceses francesas", "DEU": "alemán alemana alemanes alemanas",
    "GBR": "británico británica británicos británicas", "ITA": "italiano italiana italianos italianas",
    "TUR": "turco turca turcos turcas", "SYR": "sirio siria sirios sirias", "LBN": "libanés libanesa libaneses libanesas",
    "ISR": "israelí israelíes", "UKR": "ucraniano ucraniana ucranianos ucranianas",
    "PRK": "norcoreano norcoreana norcoreanos norcoreanas", "KOR": "surcoreano surcoreana surcoreanos surcoreanas",
    "JPN": "japonés japonesa japoneses japonesas", "PSE": "palestino palestina palestinos palestinas",
    "IRQ": "iraquí iraquíes", "SAU": "saudí saudíes saudita sauditas", "EGY": "egipcio egipcia egipcios egipcias",
    "BLR": "bielorruso bielorrusa bielorrusos bielorrusas", "CAN": "canadiense canadienses",
    "GUY": "guyanés guyanesa guyaneses guyanesas", "NOR": "noruego noruega noruegos noruegas",
    "POL": "polaco polaca polacos polacas", "PRT": "portugués portuguesa portugueses portuguesas",
    "QAT": "catarí cataríes", "AFG": "afgano afgana afganos afganas", "PAK": "pakistaní pakistaníes",
    "ARE": "emiratí emiratíes", "TTO": "trinitense trinitenses", "JAM": "jamaiquino jamaiquina jamaiquinos jamaiquinas",
    "HTI": "haitiano haitiana haitianos haitianas", "BLZ": "beliceño beliceña beliceños beliceñas",
}

def fold_slug(s):
    import unicodedata
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in s).split())

def capitals(path):
    data = json.load(open(path, encoding="utf-8"))
    names = collections.Counter()
    country_names = set()
    for c in data:
        country_names.add(c["name"]["common"].casefold())
        for cap in c.get("capital", []):
            names[cap.replace(" D.C.", "")] += 1
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["id", "name", "kind", "country", "aliases", "demonyms", "metonyms", "notes", "cameo", "wikidata"])
    rows = []
    for c in data:
        for cap in c.get("capital", []):
            cap = cap.replace(" D.C.", "")
            # A capital named like a country ("Singapore", "Kuwait") or shared by two would make
            # linking guess; those stay metonyms only.
            if names[cap] > 1 or cap.casefold() in country_names:
                continue
            aliases = [a for a in CAPITALS_ES.get(cap, []) if a != cap]
            rows.append(["city:" + fold_slug(cap), cap, "place", code(c), "|".join(aliases), "", "", f"capital of {c['name']['common']}", "", ""])
    for r in sorted(rows):
        w.writerow(r)

def main(path):
    data = json.load(open(path, encoding="utf-8"))
    rows = []
    for c in data:
        iso = code(c)
        name = c["name"]["common"]
        aliases = [c["name"]["official"]]
        for n in c["name"].get("native", {}).values():
            aliases += [n.get("common", ""), n.get("official", "")]
        for a in c.get("altSpellings", []):
            if a.isupper() and len(a) <= 4 and a not in KEEP_CODES:
                continue
            if ", " in a:  # inverted index forms ("Venezuela, Bolivarian Republic of")
                continue
            aliases.append(a)
        aliases += EXTRA_ALIASES.get(iso, [])
        # Spanish names ("Rusia", "Estados Unidos", "Irán"): much of what is written about
        # Venezuela is in Spanish.
        spa = c.get("translations", {}).get("spa", {})
        aliases += [spa.get("common", ""), spa.get("official", "")]
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = sorted({d for d in (dem.get("m", ""), dem.get("f", "")) if d} | set(EXTRA_DEMONYMS.get(iso, []))) + DEMONYMS_ES.get(iso, "").split()
        capitals = [x.replace(" D.C.", "") for x in c.get("capital", [])]
        metonyms = [m for m in capitals + [es for cap in capitals for es in CAPITALS_ES.get(cap, [])] + SEATS.get(iso, []) if m not in OTHERS_SEATS]
        rows.append(dict(id=iso, name=name, aliases=aliases, demonyms=demonyms, metonyms=metonyms, independent=bool(c.get("independent"))))
    # Drop any alias, demonym or metonym claimed by more than one country; where exactly one
    # claimant is an independent state ("American": USA, not its outlying islands), it keeps it.
    owners = collections.defaultdict(set)
    for r in rows:
        for field in ("aliases", "demonyms", "metonyms"):
            for a in r[field] + [r["name"]]:
                owners[a.casefold()].add(r["id"])
    indep = {r["id"] for r in rows if r["independent"]}
    for k, v in owners.items():
        if len(v) > 1 and len(v & indep) == 1:
            owners[k] = v & indep
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["id", "name", "kind", "country", "aliases", "demonyms", "metonyms", "notes", "cameo", "wikidata"])
    for r in sorted(rows, key=lambda r: r["id"]):
        def keep(xs):
            out = []
            for a in xs:
                a = a.strip()
                if a and a != r["name"] and owners[a.casefold()] == {r["id"]} and a not in out:
                    out.append(a)
            return "|".join(out)
        w.writerow([r["id"], r["name"], "country", r["id"], keep(r["aliases"]), keep(r["demonyms"]), keep(r["metonyms"]), "", r["id"], ""])

if __name__ == "__main__":
    if "--capitals" in sys.argv[2:]:
        capitals(sys.argv[1])
    else:
        main(sys.argv[1])
