#!/usr/bin/env python3
"""Builds seeds/programmes/kemenperin-2020-new-normal-as-run-schedule.json from the as-run CSV and the region seeds.

What the sources give: which BDI ran a session on which days (kemenperin-2020-as-run.csv), which provinces each BDI
serves (bdi-service-areas.csv), and per session who opened, moderated or spoke and on which platform, by role as the
reports give them (SOURCED below; seeds/programmes/SOURCES.md). What they do not give, and this script assumes: the
agenda (times, order), the speakers where no report names them, the platform where none is named, the seat limit
(500), and that every autonomous kabupaten/kota of the centre's provinces was invited. Each session carries a
`provenance` map and the file an `assumptions` list, so the split travels with the data.
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
def opening(opener):
    return [item("opening", "08:00", 30, instructors=[opener]), item("preTest", "08:30", 30)]
m1 = item("teaching", "09:00", module="M1", jp=2, instructors=["narasumber-ekonomi"])
def one_day(opener): return opening(opener) + [m1,
    item("teaching", "10:30", module="M2", jp=1, instructors=["sesditjen-agro"]),
    item("teaching", "11:15", module="M3", jp=1, instructors=["sesditjen-ikft"]),
    item("ishoma", "12:00", 60),
    item("teaching", "13:00", module="M4", jp=1, instructors=["sesditjen-ilmate"]),
    item("teaching", "13:45", module="M5", jp=1, instructors=["sesditjen-ikma"]),
    item("postTest", "14:30", 30), item("closing", "15:00", 15, instructors=["kapusdiklat"])]
def day_one(opener): return opening(opener) + [m1,
    item("teaching", "10:30", module="M2", jp=1, instructors=["sesditjen-agro"]),
    item("ishoma", "12:00", 60),
    item("teaching", "13:00", module="M3", jp=1, instructors=["sesditjen-ikft"])]
day_two = [item("teaching", "08:00", module="M4", jp=1, instructors=["sesditjen-ilmate"]),
    item("teaching", "08:45", module="M5", jp=1, instructors=["sesditjen-ikma"]),
    item("postTest", "09:30", 30), item("closing", "10:00", 15, instructors=["kapusdiklat"])]

def fact(status, value=None, source=None):
    d = {"status": status}
    if value: d["value"] = value
    if source: d["source"] = source
    return d

DPS = "https://www.antaranews.com/berita/1555376/373-aparatur-industri-wilayah-timur-ikuti-bimtek-era-normal-baru"
KOMPAS = "https://money.kompas.com/read/2020/06/15/120037926/kemenperin-sebut-5-industri-ini-bakal-topang-ekonomi-nasional-di-masa-new"
YOG = "https://bdiyogyakarta.kemenperin.go.id/news/post/2020/06/9/167/index.html"
PDG = "https://hariansinggalang.co.id/bimtek-wilayah-regional-2-aparatur-harus-produktif-dampingi-pelaku-industri/4/"
SBY = "https://bpsdmi.kemenperin.go.id/articles/23"
AGENDA = fact("assumed", "opening 08:00, pre-test, M1 2 JP, one JP per sector module, Ishoma 12:00-13:00, post-test, closing")
SEATS = fact("assumed", "500")
INVITED = fact("assumed", "every autonomous kabupaten/kota of the provinces the centre serves")

# Per session, by role as the reports give them. The opening item keeps the one assumed instructor (kapusdiklat) so the
# planner's inputs and its committed 2020 plan stay as they were; who really opened is in `provenance.openedBy`.
SOURCED = {
    "BDI-DPS": ("kapusdiklat", {
        "dates": fact("sourced", source=DPS),
        "openedBy": fact("assumed", "Kepala Pusdiklat Industri"),
        "spokeAt": fact("sourced", "Kepala Pusdiklat Industri spoke in the virtual discussion of 15 June", KOMPAS),
        "speakers": fact("assumed", "one speaker per module as at BDI Surabaya"),
        "platform": fact("assumed", "virtual; platform not named")}),
    "BDI-YOG": ("kapusdiklat", {
        "dates": fact("sourced", source=YOG),
        "openedBy": fact("sourced", "Kepala BPSDMI", YOG),
        "speakers": fact("assumed", "one speaker per module as at BDI Surabaya"),
        "platform": fact("assumed", "virtual; platform not named")}),
    "BDI-PDG": ("kapusdiklat", {
        "dates": fact("sourced", source=PDG),
        "openedBy": fact("sourced", "Kepala Pusat Pengembangan Pendidikan Kejuruan dan Vokasi Industri, on behalf of the Kepala BPSDMI", PDG),
        "speakers": fact("assumed", "one speaker per module as at BDI Surabaya"),
        "platform": fact("sourced", "Zoom", PDG)}),
    "BDI-SBY": ("kapusdiklat", {
        "dates": fact("sourced", source=SBY),
        "openedBy": fact("assumed", "Kepala Pusdiklat Industri"),
        "moderatedBy": fact("sourced", "Sekretaris BPSDMI", SBY),
        "speakers": fact("sourced", "8 narasumber: a widyaiswara, the Sesditjen of IKMA, Industri Agro, IKFT and ILMATE, the Kepala Biro Hukum, the Direktur KIUI (Ditjen KPAII) and the Sekretaris BPPI; the agenda places the four Sesditjen, the rest is not placed", SBY),
        "platform": fact("sourced", "a YouTube stream on BDI Surabaya's channel", SBY)}),
}
PLATFORM_ROOM = {"BDI-PDG": "zoom"}  # only Padang's Zoom is sourced; the others are left without a platform room

sessions = []
for r in csv.DictReader(open(seeds / "programmes/kemenperin-2020-as-run.csv")):
    provinces = areas[centre_names[r["centre"]]]
    invited = [g["code"] for g in regencies if g["province_code"] in provinces]
    opener, notes = SOURCED[r["centre"]]
    days = [{"date": r["start"], "items": one_day(opener)}] if r["start"] == r["end"] else \
           [{"date": r["start"], "items": day_one(opener)}, {"date": r["end"], "items": day_two}]
    session = {"id": f'{r["centre"]}-2020-06', "phase": r["phase"], "centre": r["centre"], "mode": "virtual"}
    if r["centre"] in PLATFORM_ROOM: session["platformRoom"] = PLATFORM_ROOM[r["centre"]]
    session.update({"seatLimit": 500, "regions": invited, "days": days,
                    "provenance": {**notes, "agenda": AGENDA, "seatLimit": SEATS, "invited": INVITED}})
    sessions.append(session)

instructors = [
    {"id": "kapusdiklat", "name": "Kepala Pusdiklat Industri"},
    {"id": "narasumber-ekonomi", "name": "Narasumber perekonomian dan industri", "modules": ["M1"]},
    {"id": "sesditjen-agro", "name": "Sesditjen Industri Agro", "modules": ["M2"]},
    {"id": "sesditjen-ikft", "name": "Sesditjen IKFT", "modules": ["M3"]},
    {"id": "sesditjen-ilmate", "name": "Sesditjen ILMATE", "modules": ["M4"]},
    {"id": "sesditjen-ikma", "name": "Sesditjen IKMA", "modules": ["M5"]},
]
assumptions = [
    "The agenda of every session (times, order, 6 JP): no report gives it.",
    "The speakers of each module, except at BDI Surabaya, whose report lists them: one speaker per module as there.",
    "Who opened the BDI Denpasar and BDI Surabaya sessions (the Kepala Pusdiklat Industri): the reports do not say.",
    "The platform of the BDI Denpasar and BDI Yogyakarta sessions: the reports say only that they were virtual.",
    "A platform seat limit of 500 for every session.",
    "That every autonomous kabupaten/kota of the provinces a centre serves was invited.",
    "The Kepala Pusdiklat Industri as the instructor of every opening and closing item (the opener each report names is in provenance.openedBy).",
]
document = {"programme": "KEMENPERIN-2020-NEW-NORMAL", "sessions": sessions, "instructors": instructors,
            "assumptions": assumptions}
out = seeds / "programmes/kemenperin-2020-new-normal-as-run-schedule.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
print(f"wrote {out.relative_to(root)}: {len(sessions)} sessions, {sum(len(s['regions']) for s in sessions)} regions")
