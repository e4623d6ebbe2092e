#!/usr/bin/env python3
"""Builds seeds/programmes/kemenperin-2020-new-normal-as-run-schedule.json from the as-run CSV and the region seeds.

What the sources give: which BDI ran a session on which days (kemenperin-2020-as-run.csv) and which provinces each BDI
serves (bdi-service-areas.csv). What they do not give, and this script assumes (see seeds/programmes/SOURCES.md):
the agenda (times, order, speakers), the platform seat limit (500), and that every autonomous kabupaten/kota of the
centre's provinces was invited.
"""
import csv, json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
seeds = root / "seeds"
centre_names = {r["code"]: r["name"] for r in csv.DictReader(open(seeds / "centres/centres.csv"))}
areas = {}
for r in csv.DictReader(open(seeds / "regions/bdi-service-areas.csv")):
    areas.setdefault(r["bdi"], []).append(r["province_code"])
administrative = {r["code"] for r in csv.DictReader(open(seeds / "regions/administrative-units.csv"))}
regencies = [r for r in csv.DictReader(open(seeds / "regions/regencies.csv")) if r["code"] not in administrative]

def item(kind, start, minutes=None, module=None, jp=None, instructors=None):
    d = {"kind": kind, "start": start}
    if module: d["module"] = module; d["jp"] = jp
    else: d["minutes"] = minutes
    if instructors: d["instructors"] = instructors
    return d

# Assumed agenda, in the centre's local time: 6 JP of 45 minutes; one speaker per module as in the Surabaya report.
opening = [item("opening", "08:00", 30, instructors=["kapusdiklat"]), item("preTest", "08:30", 30)]
m1 = item("teaching", "09:00", module="M1", jp=2, instructors=["narasumber-ekonomi"])
one_day = opening + [m1,
    item("teaching", "10:30", module="M2", jp=1, instructors=["sesditjen-agro"]),
    item("teaching", "11:15", module="M3", jp=1, instructors=["sesditjen-ikft"]),
    item("ishoma", "12:00", 60),
    item("teaching", "13:00", module="M4", jp=1, instructors=["sesditjen-ilmate"]),
    item("teaching", "13:45", module="M5", jp=1, instructors=["sesditjen-ikma"]),
    item("postTest", "14:30", 30), item("closing", "15:00", 15, instructors=["kapusdiklat"])]
day_one = opening + [m1,
    item("teaching", "10:30", module="M2", jp=1, instructors=["sesditjen-agro"]),
    item("ishoma", "12:00", 60),
    item("teaching", "13:00", module="M3", jp=1, instructors=["sesditjen-ikft"])]
day_two = [item("teaching", "08:00", module="M4", jp=1, instructors=["sesditjen-ilmate"]),
    item("teaching", "08:45", module="M5", jp=1, instructors=["sesditjen-ikma"]),
    item("postTest", "09:30", 30), item("closing", "10:00", 15, instructors=["kapusdiklat"])]

sessions = []
for r in csv.DictReader(open(seeds / "programmes/kemenperin-2020-as-run.csv")):
    provinces = areas[centre_names[r["centre"]]]
    invited = [g["code"] for g in regencies if g["province_code"] in provinces]
    days = [{"date": r["start"], "items": one_day}] if r["start"] == r["end"] else \
           [{"date": r["start"], "items": day_one}, {"date": r["end"], "items": day_two}]
    sessions.append({"id": f'{r["centre"]}-2020-06', "phase": r["phase"], "centre": r["centre"], "mode": "virtual",
                     "platformRoom": "zoom", "seatLimit": 500, "regions": invited, "days": days})

instructors = [
    {"id": "kapusdiklat", "name": "Kepala Pusdiklat Industri"},
    {"id": "narasumber-ekonomi", "name": "Narasumber perekonomian dan industri", "modules": ["M1"]},
    {"id": "sesditjen-agro", "name": "Sesditjen Industri Agro", "modules": ["M2"]},
    {"id": "sesditjen-ikft", "name": "Sesditjen IKFT", "modules": ["M3"]},
    {"id": "sesditjen-ilmate", "name": "Sesditjen ILMATE", "modules": ["M4"]},
    {"id": "sesditjen-ikma", "name": "Sesditjen IKMA", "modules": ["M5"]},
]
document = {"programme": "KEMENPERIN-2020-NEW-NORMAL", "sessions": sessions, "instructors": instructors}
out = seeds / "programmes/kemenperin-2020-new-normal-as-run-schedule.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
print(f"wrote {out.relative_to(root)}: {len(sessions)} sessions, {sum(len(s['regions']) for s in sessions)} regions")
