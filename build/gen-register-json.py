#!/usr/bin/env python3
"""Writes a register-shaped JSON import file (docs/catalogue-import.md) of N services in one kraj, for measuring large
imports: build/gen-register-json.py <kraj NUTS code> <count> <out.json> [identifier offset]."""
import csv, json, os, random, sys

kraj, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
offset = int(sys.argv[4]) if len(sys.argv) > 4 else 9_000_000
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "host/Kpss.Host/Platform/Data/Reference/orp.csv"), encoding="utf-8") as f:
    orp = [r["name"] for r in csv.DictReader(f) if r["kraj_nuts"] == kraj]
kinds = ["pečovatelská služba", "osobní asistence", "odlehčovací služby", "domovy pro seniory", "sociální rehabilitace",
         "terénní programy", "azylové domy", "raná péče", "nízkoprahová zařízení pro děti a mládež", "§ 37"]
groups = ["senioři", "osoby se zdravotním postižením", "rodiny s dítětem/dětmi", "osoby bez přístřeší", "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy"]
forms = [("terénní", "klient"), ("ambulantní", "kontakt"), ("pobytová", "lůžka")]

def ico(n):
    seven = f"{n:07d}"
    s = sum(int(d) * (8 - i) for i, d in enumerate(seven))
    return seven + str((11 - s % 11) % 10)

rnd = random.Random(4)
services = []
for i in range(count):
    o = rnd.choice(orp)
    form, unit = rnd.choice(forms)
    p = i // 4
    services.append({
        "identifikator": str(offset + i),
        "nazev": f"{rnd.choice(kinds).replace('§ 37', 'Sociální poradna').capitalize()} {o} {i}",
        "druhSocialniSluzby": rnd.choice(kinds),
        "poskytovatel": {"ico": ico(7_000_000 + p), "nazev": f"Poskytovatel {p} z. ú.", "pravniForma": "ústav", "adresa": f"Hlavní {p}, {o}"},
        "formy": [{"forma": form, "kapacity": [{"hodnota": rnd.randint(5, 120), "jednotka": unit}]}],
        "zarizeni": [{"nazev": f"Středisko {o}", "adresa": f"Náměstí {i % 90 + 1}", "obec": o, "orp": o}],
        "ciloveSkupiny": rnd.sample(groups, 2),
        "uzemniPusobnost": {"orp": [o], "obce": [o]},
        "platnostOd": "2015-01-01",
    })
with open(out, "w", encoding="utf-8") as f:
    json.dump({"sluzby": services}, f, ensure_ascii=False)
print(f"{count} services of {kraj} in {out}")
