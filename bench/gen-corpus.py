#!/usr/bin/python3
"""gen-corpus.py — a held-out labelled corpus for caviar's redaction.

  bench/gen-corpus.py OUTDIR [--seed N] [--count N] [--mkpdf PATH]

Writes OUTDIR/docs/* and OUTDIR/labels.jsonl in the format of
../shared/corpus/dev (see ../shared/README.md): one JSON object a document,
{"file", "lang", "format", "pii": [{"type", "value"}], "decoys", "content"}.

The templates, names and identifier shapes are deliberately different from the
dev corpus (letters, forms with many label spellings, e-mail threads, minutes,
complaint notes, HR memos, invoices, direct-deposit forms, IT incident reports,
CSV-like tables, ALL-CAPS names, particles, names of other origins and invented
names) so that `caviar eval` on it measures how the redaction generalises.
The 12 formats are produced in turn (--count 96 = 8 documents a format):
txt, txt-cp1252, html, eml, docx, odt, pdf-text, pdf-scan, pdf-mixed, png, jpg,
tiff.  Same seed, same corpus (byte for byte).

Every labelled value is checked to occur verbatim in the document's text, and
no labelled value may also occur (as `caviar eval` compares: case-folded
alphanumerics, one substitution allowed from 8 characters) anywhere else in the
text, so a reported leak is a real leak.  Checksums: SIN (Luhn, first digit not
0 or 8), cards (Luhn), IBAN (mod 97), RAMQ (INSPQ check digit, tested against
the vectors of ../shared/notes/identifiers.md at start-up).

Needs: Debian's /usr/bin/python3 with python3-pil (PIL), poppler-utils
(pdftoppm, pdfunite) and the repository's tests/mkpdf (built with
`meson setup build-holdout && ninja -C build-holdout tests/mkpdf`; found in
build-holdout/ or build/, or given with --mkpdf).
"""
import argparse
import email.policy
import glob
import html as htmlmod
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
import zipfile
from email.headerregistry import Address
from email.message import EmailMessage

FORMATS = ["txt", "txt-cp1252", "html", "eml", "docx", "odt", "pdf-text",
           "pdf-scan", "pdf-mixed", "png", "jpg", "tiff"]
EXT = {"txt": "txt", "txt-cp1252": "txt", "html": "html", "eml": "eml",
       "docx": "docx", "odt": "odt", "pdf-text": "pdf", "pdf-scan": "pdf",
       "pdf-mixed": "pdf", "png": "png", "jpg": "jpg", "tiff": "tiff"}
RENDERED = {"pdf-text", "pdf-scan", "pdf-mixed", "png", "jpg", "tiff"}

# ---------------------------------------------------------------- names ----
FR_F = ("Geneviève Maude Annie-Claude Marie-Soleil Roxanne Karine Isabelle Chantal "
        "Josée Ginette Mélanie Véronique Andrée-Anne Noémie Rosalie Laurence Maëlle "
        "Éloïse Francine Lucie Sylvie Marie-Pier Ève-Lyne Marie-Claude Anne-Sophie "
        "Brigitte Nicole Carole Solange Gisèle").split()
FR_M = ("Jean-Sébastien Pierre-Luc Marc-André Guillaume Sébastien Benoît Réjean "
        "Gaétan Yannick Mathis Louis-Philippe Étienne Frédéric Denis Raymond Jérôme "
        "Hugo Xavier Jean-Philippe Marc-Antoine Gilles Normand Ghislain Rosaire "
        "Jean-Guy Serge").split()
EN_F = "Heather Megan Shannon Kayla Brittany Courtney Rebecca Melissa Tiffany Erin".split()
EN_M = "Brandon Colin Trevor Gordon Dylan Stuart Kyle Derek Graham Wesley".split()
OTHER_F = ("Thi Lan|Aïcha|Yasmina|Harpreet|Ngozi|Ximena|Agnieszka|Svetlana|Hye-Jin|"
           "Anjali|Fatou|Samira|Nour|Eleni|Carmen|Mei-Ling|Oluwakemi|Zeynep").split("|")
OTHER_M = ("Minh|Karim|Rachid|Gurpreet|Chidi|Oluwaseun|Mateo|Wojciech|Dmitri|Kenji|"
           "Ravi|Moussa|Amadou|Youssef|Giorgos|Tenzin|Jesús|Anh Tuan|Kwame|Bogdan").split("|")
INV_F = "Orlane Zéphirine Anouckia Lysandre Méliane Ysoline Clélie Solvène".split()
INV_M = "Jovelin Tiberyn Calvère Ossian Fulbert Arvel Doriac Quentil".split()
FR_L = ("Bérubé Lapointe Desrosiers Thibodeau Beauregard Charbonneau Lachance "
        "Vaillancourt Boisvert Turcotte Rioux Dufresne Gingras Hébert Lemieux "
        "Villeneuve Létourneau Ouimet Nadeau Bilodeau Poulin Tanguay Marcotte "
        "Lefebvre Gosselin Brassard Cormier Paquin").split()
COMPOUND_L = ("Lavoie-Bérubé|Gagnon-Théberge|Bouchard-Lessard|Roy-Desjardins|"
              "Pelletier-Dionne|Côté-Marchand|St-Pierre|Saint-Onge|D'Amours|L'Heureux|"
              "Després-Lamontagne").split("|")
PARTICLE_L = ("de Grandpré|De Serres|Van Houtte|van der Berg|McGillivray|MacIsaac|"
              "O'Brien|O'Neill|Des Rosiers|da Silva|dos Santos|Di Stefano|El Khoury|"
              "Ben Amor|Abou-Khalil|LeBlanc|D'Aoust").split("|")
OTHER_L = ("Nguyen Tran Pham Haddad Khoury Singh Sandhu Okafor Adeyemi Mensah Diop "
           "Ndiaye Traoré Kowalczyk Nowak Papadopoulos Ivanova Tanaka Rodríguez "
           "Ramírez Fernandes Ahmadi Rahimi Bouzid Benali Cherkaoui Tshibangu "
           "Mukendi Yilmaz Petrov").split()
INV_L = ("Vardelou Quimette Brassolin Thiberge Morvanec Caudrelier Pelquin Darvignac "
         "Sourdelet Ravenault Gildervant Ostrowe Kelbrand Marquisot Fenwold "
         "Trévanic Boulméreau Escaudin").split()

FIRM_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "videotron.ca",
                "sympatico.ca", "yahoo.ca", "icloud.com", "protonmail.com",
                "bell.net", "cgocable.ca", "globetrotter.net", "live.ca", "me.com"]
ORG_DOMAINS = ["mtess.gouv.qc.ca", "revenuquebec.example", "ville-exemple.qc.ca",
               "cisss-exemple.gouv.qc.ca", "organisme.example"]

FR_STREET = ["rue des Lilas", "boulevard René-Lévesque Est", "boul. des Forges",
             "chemin Sainte-Foy", "ch. du Golf", "rang du Petit-Brûlé", "montée du Moulin",
             "côte Saint-Antoine", "place des Ormeaux", "croissant des Pins",
             "impasse des Merles", "allée des Bouleaux", "promenade du Fleuve",
             "carré Saint-Louis", "avenue Papineau", "rue Principale", "bd Talbot",
             "route 132", "rue de la Commune Ouest", "avenue des Pionniers",
             "rue Notre-Dame Est", "chemin du Roy", "rang Saint-Édouard"]
EN_STREET = ["Sherbrooke Street West", "Maple Drive", "Birch Crescent", "Cedar Lane",
             "Elm Court", "Willow Way", "Oak Road", "Victoria Avenue", "Lakeview Boulevard",
             "Church Street", "Beaconsfield Boulevard", "Sunnyside Avenue"]
CAPS_STREET = ["RUE FLEURY O", "BOUL GOUIN E", "AV DU PARC", "CH DE LA SAVANE", "RUE KING E"]
CITIES_FR = ["Montréal (Québec)", "Trois-Rivières (Québec)", "Rimouski (Qc)",
             "Saguenay (Québec)", "Lévis (Québec)", "Drummondville, QC", "Longueuil (Québec)",
             "Saint-Jérôme (Québec)", "Val-d'Or (Québec)", "Gaspé (Québec)"]
CITIES_EN = ["Montreal, QC", "Pointe-Claire, Quebec", "Sherbrooke, QC", "Gatineau, Quebec",
             "Westmount, QC", "Kirkland, QC"]
CAPS_CITIES = ["MONTREAL QC", "QUEBEC QC", "LAVAL QC", "GATINEAU QC"]

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_EN3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

CONTENT_FR = [
    "Le programme d'aide financière couvre les frais de garde pour l'année scolaire en cours.",
    "Les travaux de réfection de la toiture du centre communautaire débuteront au printemps.",
    "La séance d'information sur le nouveau règlement municipal aura lieu à la salle du conseil.",
    "Le rapport annuel de gestion sera déposé à l'Assemblée nationale à l'automne.",
    "Les demandes incomplètes ne pourront pas être traitées dans les délais prévus.",
    "Le service de déneigement sera prolongé jusqu'à la fin du mois de mars.",
    "La subvention pour l'achat d'un véhicule électrique est maintenant épuisée.",
    "Le comité de vérification recommande de revoir la politique d'approvisionnement.",
    "La formation obligatoire en santé et sécurité du travail doit être suivie en ligne.",
    "Le bureau régional sera fermé pendant la période des fêtes.",
    "Les pièces justificatives doivent accompagner chaque réclamation de dépenses.",
    "La mise à jour du registre des lobbyistes a été complétée sans incident.",
]
CONTENT_EN = [
    "The school transportation schedule will change at the start of the winter term.",
    "Roof repairs at the community centre are scheduled to begin in the spring.",
    "The annual management report will be tabled in the National Assembly this fall.",
    "Incomplete applications cannot be processed within the usual time frame.",
    "The electric vehicle purchase rebate program has now reached its budget limit.",
    "The audit committee recommends reviewing the procurement policy.",
    "Mandatory occupational health and safety training must be completed online.",
    "The regional office will be closed during the holiday period.",
    "Supporting documents must accompany every expense claim.",
    "The snow removal service will be extended until the end of March.",
    "The public consultation on the zoning bylaw drew more than two hundred residents.",
    "The heritage grant covers restoration of the church windows and bell tower.",
]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def squash(s):
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(c for c in s if c.isalnum())


# ----------------------------------------------------------- checksums ----
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def ebcdic(c):
    if c.isdigit():
        return 240 + int(c)
    o = ord(c) - ord("A")
    if o < 9:
        return 193 + o
    if o < 18:
        return 209 + o - 9
    return 226 + o - 18


RAMQ_W = [1, 3, 7, 9, 1, 7, 1, 3, 4, 5, 7, 6, 9, 1]


def ramq_check(letters, yyyy, female, mm, dd, diff):
    s14 = letters + "%04d" % yyyy + ("F" if female else "M") + "%02d%02d" % (mm, dd) + diff
    return str(sum(ebcdic(c) * w for c, w in zip(s14, RAMQ_W)) % 10)


def ramq_valid(nam):
    nam = nam.replace(" ", "").replace("-", "").upper()
    letters, yy, mm, dd, diff, chk = nam[:4], int(nam[4:6]), int(nam[6:8]), int(nam[8:10]), nam[10], nam[11]
    female = mm > 50
    if female:
        mm -= 50
    for century in (2000, 1900):
        if ramq_check(letters, century + yy, female, mm, dd, diff) == chk:
            return True
    return False


def ramq_selftest():
    for i, c in enumerate("012345678"):
        assert ramq_check("QWEA", 2010, False, 1, 1, str(i + 1)) == c
    for v in ["QWEA10010110", "QWEA10010198", "QWEA10510170", "TEST54122816"]:
        assert ramq_valid(v), v
    assert not ramq_valid("QWEA10010111")


def iban_make(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + bban


def iban_valid(iban):
    iban = iban.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    return int(num) % 97 == 1


def sin_valid(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


assert iban_valid("FR1420041010050500013M02606")
assert luhn_ok("046454286") and not luhn_ok("046454287")
ramq_selftest()


# ------------------------------------------------------------ document ----
class Doc:
    """Blocks: ("h", text) ("p", text) ("blank",) ("table", rows, header?)
    ("fields", [(label, value)]) ("pre", lines)."""

    def __init__(self, lang, kind):
        self.lang, self.kind = lang, kind
        self.blocks, self.pii, self.decoys, self.content = [], [], [], []
        self.email = None  # for eml: dict(from_, to, cc, subject)

    def h(self, t):
        self.blocks.append(("h", t))

    def p(self, t):
        self.blocks.append(("p", t))

    def blank(self):
        self.blocks.append(("blank",))

    def fields(self, pairs):
        self.blocks.append(("fields", pairs))

    def table(self, rows):
        self.blocks.append(("table", rows))

    def pagebreak(self):
        self.blocks.append(("page",))

    def add(self, typ, value):
        if (typ, value) not in [(p["type"], p["value"]) for p in self.pii]:
            self.pii.append({"type": typ, "value": value})
        return value

    def dec(self, value):
        if value not in self.decoys:
            self.decoys.append(value)
        return value

    def con(self, sentence):
        self.content.append(sentence)
        return sentence


class Gen:
    def __init__(self, seed):
        self.R = random.Random(seed)

    # ---- people ----
    def person(self, origin=None, sex=None):
        R = self.R
        sex = sex or R.choice("FM")
        origin = origin or R.choices(["fr", "en", "other", "inv"], [5, 2, 3, 1])[0]
        if origin == "fr":
            first = R.choice(FR_F if sex == "F" else FR_M)
        elif origin == "en":
            first = R.choice(EN_F if sex == "F" else EN_M)
        elif origin == "other":
            first = R.choice(OTHER_F if sex == "F" else OTHER_M)
        else:
            first = R.choice(INV_F if sex == "F" else INV_M)
        last = R.choice(R.choices([FR_L, COMPOUND_L, PARTICLE_L, OTHER_L, INV_L], [4, 2, 2, 3, 2])[0])
        return {"first": first, "last": last, "sex": sex,
                "full": first + " " + last}

    def title(self, p, lang, short=True):
        if lang == "fr":
            if short:
                return self.R.choice(["Mme", "Madame"] if p["sex"] == "F" else ["M.", "Monsieur"])
            return "Madame" if p["sex"] == "F" else "Monsieur"
        return self.R.choice(["Ms.", "Mrs."] if p["sex"] == "F" else ["Mr."])

    def caps_name(self, p):
        return p["last"].upper() + ", " + p["first"]

    def email_of(self, p, org=False):
        R = self.R
        f = re.sub(r"[^a-z]", "", strip_accents(p["first"]).lower())
        l = re.sub(r"[^a-z]", "", strip_accents(p["last"]).lower())
        if org:
            return "%s.%s@%s" % (f, l, R.choice(ORG_DOMAINS))
        local = R.choice(["%s.%s" % (f, l), f[0] + l, "%s_%s%d" % (f, l[:4], R.randint(1, 99)),
                          l + str(R.randint(1, 999)), "%s-%s" % (f, l), f + "+dossier",
                          "%s%s%d" % (f[:3], l[:3], R.randint(60, 99))])
        return local + "@" + R.choice(FIRM_DOMAINS)

    # ---- identifiers ----
    def sin(self, sep=None):
        R = self.R
        d = luhn_complete(str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(R.choice("0123456789") for _ in range(7)))
        sep = sep if sep is not None else R.choice([" ", "-", "\u00a0", "", " ", "-"])
        return d[:3] + sep + d[3:6] + sep + d[6:]

    def bad_sin(self):
        R = self.R
        while True:
            d = "".join(R.choice("0123456789") for _ in range(9))
            if not luhn_ok(d):
                return R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d[:3] + "-" + d[3:6] + "-" + d[6:], d])

    def phone(self, ext=False):
        R = self.R
        a = R.choice("418 581 367 514 438 263 450 579 354 819 873 468".split())
        while True:  # exchange NXX: N 2-9, not N11 (service codes), not 555
            b = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
            if b[1:] != "11" and b != "555":
                break
        c = "%04d" % R.randint(0, 9999)
        fmt = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s %s-%s", "%s.%s.%s", "+1 %s %s %s",
                        "1-%s-%s-%s", "+1-%s-%s-%s", "%s %s %s", "1 (%s) %s-%s", "+1 (%s) %s-%s"])
        return fmt % (a, b, c)

    def ext(self, lang):
        n = self.R.randint(10, 9999)
        return self.R.choice(["poste %d" % n, "p. %d" % n]) if lang == "fr" else self.R.choice(["ext. %d" % n, "x%d" % n])

    def postal(self):
        R = self.R
        L = "ABCEGHJKLMNPRSTVXY"
        s = "%s%d%s %d%s%d" % (R.choice("GHJ"), R.randint(0, 9), R.choice(L), R.randint(0, 9), R.choice(L), R.randint(0, 9))
        return s if R.random() < 0.75 else s.replace(" ", "")

    def address(self, lang):
        R = self.R
        n = R.randint(1, 12999)
        if lang == "fr" or R.random() < 0.3:
            st = R.choice(FR_STREET)
            form = R.choice(["%d, %s", "%d %s", "%d %s", "%d-%d %s"])
            if form == "%d-%d %s":
                return form % (R.randint(1, 12), n, st), None
            unit = R.choice([None, None, "app. %d" % R.randint(1, 40), "bureau %d" % R.randint(100, 450), "#%d" % R.randint(1, 20)])
            return form % (n, st), unit
        st = R.choice(EN_STREET)
        unit = R.choice([None, None, "Apt. %d" % R.randint(1, 40), "Suite %d" % R.randint(100, 450), "Unit %d" % R.randint(1, 20)])
        return "%d %s" % (n, st), unit

    def dob(self, lang, style=None):
        R = self.R
        y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
        if lang == "fr":
            style = style or R.choice(["long", "long", "1er", "slash", "iso", "dash"])
            if style == "1er":
                d = 1
            if style in ("long", "1er"):
                return ("1er" if d == 1 else str(d)) + " " + MONTHS_FR[m - 1] + " " + str(y), (y, m, d)
            if style == "slash":
                return "%02d/%02d/%d" % (d, m, y), (y, m, d)
            if style == "dash":
                return "%02d-%02d-%d" % (d, m, y), (y, m, d)
            return "%d-%02d-%02d" % (y, m, d), (y, m, d)
        style = style or R.choice(["long", "dmy", "abbr", "iso", "dmyfull"])
        if style == "long":
            return "%s %d, %d" % (MONTHS_EN[m - 1], d, y), (y, m, d)
        if style == "dmy":
            return "%d %s %d" % (d, MONTHS_EN3[m - 1], y), (y, m, d)
        if style == "abbr":
            return "%s. %d, %d" % (MONTHS_EN3[m - 1], d, y) if m != 5 else "May %d, %d" % (d, y), (y, m, d)
        if style == "dmyfull":
            return "%d %s %d" % (d, MONTHS_EN[m - 1], y), (y, m, d)
        return "%d-%02d-%02d" % (y, m, d), (y, m, d)

    def ramq(self, p, ymd):
        R = self.R
        y, m, d = ymd
        last = re.sub(r"[^A-Z]", "", strip_accents(p["last"]).upper())
        if last[:2] in ("DE", "VA", "DA", "DO", "DI", "EL", "BE", "LE") and " " in p["last"]:
            pass  # RAMQ keeps particles; fine either way for a test value
        letters = (last + "XXX")[:3] + strip_accents(p["first"])[0].upper()
        female = p["sex"] == "F"
        diff = R.choice("1111112345")
        chk = ramq_check(letters, y, female, m, d, diff)
        nam = "%s%02d%02d%02d%s%s" % (letters, y % 100, m + (50 if female else 0), d, diff, chk)
        assert ramq_valid(nam), nam
        return R.choice([nam, nam[:4] + " " + nam[4:8] + " " + nam[8:], nam[:4] + " " + nam[4:8] + " " + nam[8:], nam[:4] + "-" + nam[4:8] + "-" + nam[8:]])

    def licence(self, p, ymd):
        R = self.R
        y, m, d = ymd
        L = strip_accents(p["last"]).upper().lstrip("'")[0]
        s = "%s%04d%02d%02d%02d%02d" % (L, R.randint(0, 9999), d, m, y % 100, R.randint(0, 99))
        return R.choice([s[:5] + "-" + s[5:11] + "-" + s[11:], s, s[:5] + " " + s[5:11] + " " + s[11:]])

    def passport(self):
        R = self.R
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "%06d" % R.randint(0, 999999)

    def card(self):
        R = self.R
        kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            pre, n = "4", 16
        elif kind == "mc":
            pre, n = str(R.randint(51, 55)), 16
        elif kind == "mc2":
            pre, n = str(R.randint(2221, 2720)), 16
        elif kind == "amex":
            pre, n = R.choice(["34", "37"]), 15
        else:
            pre, n = "6011", 16
        num = luhn_complete(pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1)))
        if n == 15:
            return R.choice([num[:4] + " " + num[4:10] + " " + num[10:], num]), kind
        g = R.choice([" ", " ", "-", ""])
        return g.join(num[i:i + 4] for i in range(0, 16, 4)), kind

    def iban(self):
        R = self.R
        dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
        al = lambda k: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
        cc = R.choice(["FR", "DE", "GB", "BE", "CH", "ES", "NL", "IT"])
        bban = {"FR": lambda: dg(10) + al(1) + dg(10),
                "DE": lambda: dg(18),
                "GB": lambda: al(4) + dg(14),
                "BE": lambda: dg(12),
                "CH": lambda: dg(17),
                "ES": lambda: dg(20),
                "NL": lambda: al(4) + dg(10),
                "IT": lambda: al(1) + dg(10) + dg(12)}[cc]()
        ib = iban_make(cc, bban)
        assert iban_valid(ib)
        if R.random() < 0.6:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib, cc

    def ipv4(self):
        R = self.R
        return "%d.%d.%d.%d" % (R.choice([24, 70, 142, 173, 184, 192, 206, 207, 66, 96]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

    def ipv6(self):
        R = self.R
        groups = [R.choice(["2607", "2001", "2605", "2604"]), "%x" % R.randint(0x100, 0xffff)] + ["%x" % R.randint(0, 0xffff) for _ in range(6)]
        if R.random() < 0.5:
            return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        return ":".join(groups)

    # ---- decoys ----
    def file_no(self):
        R = self.R
        y = R.randint(2019, 2026)
        return R.choice([
            "%d-%03d-%05d" % (y, R.randint(100, 999), R.randint(0, 99999)),
            "QC-%d-%06d" % (y, R.randint(0, 999999)),
            "DOS-%d-%04d" % (y, R.randint(0, 9999)),
            "%02d-%04d-%s" % (y % 100, R.randint(0, 9999), R.choice(["AI", "PL", "RC", "RH"])),
            "AIPRP-%d-%05d" % (y, R.randint(0, 99999)),
            "%d-%02d-%03d" % (R.randint(1000, 9999), R.randint(10, 99), R.randint(0, 999)),
            "CAI %d %02d %02d" % (R.randint(1000000, 1999999), R.randint(1, 99), R.randint(1, 99)),
        ])

    def amount(self, lang):
        R = self.R
        v = R.randint(100, 9999999)
        e, c = divmod(v, 100)
        if lang == "fr":
            s = "{:,}".format(e).replace(",", R.choice([" ", "\u00a0"]))
            return R.choice(["%s,%02d $" % (s, c), "%s $" % s, "%s,%02d $" % (s, c)])
        return R.choice(["$%s.%02d" % ("{:,}".format(e), c), "$%s" % "{:,}".format(e), "CAD %s.%02d" % ("{:,}".format(e), c)])

    def law(self, lang):
        R = self.R
        ch = R.choice(["A-2.1", "P-39.1", "A-21.1", "C-12", "S-4.2", "T-11.002", "A-3.001"])
        if lang == "fr":
            return R.choice(["RLRQ, c. %s" % ch, "RLRQ, chapitre %s" % ch, "LRQ, c. %s" % ch,
                             "L.R.C. (1985), ch. P-21", "L.R.C. 1985, c. A-1"])
        return R.choice(["CQLR, c. %s" % ch, "CQLR, chapter %s" % ch, "R.S.C. 1985, c. P-21",
                         "L.R.C. (1985), ch. P-21"])

    def neq(self):
        return self.R.choice(["11", "22", "33"]) + "%08d" % self.R.randint(0, 99999999)

    def ord_date(self, lang, iso=False):
        R = self.R
        y, m, d = R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)
        if iso:
            return "%d-%02d-%02d" % (y, m, d)
        if lang == "fr":
            return R.choice(["%d %s %d" % (d, MONTHS_FR[m - 1], y), "%d %s %d" % (d, MONTHS_FR[m - 1], y), "%02d/%02d/%d" % (d, m, y)])
        return R.choice(["%s %d, %d" % (MONTHS_EN[m - 1], d, y), "%d %s %d" % (d, MONTHS_EN3[m - 1], y)])

    def po_box(self, lang):
        n = self.R.randint(100, 9999)
        return self.R.choice(["C.P. %d" % n, "case postale %d" % n]) if lang == "fr" else self.R.choice(["P.O. Box %d" % n, "C.P. %d" % n])

    def city(self, lang):
        return self.R.choice(CITIES_FR if lang == "fr" else CITIES_EN)

    def contents(self, doc, n=None):
        pool = CONTENT_FR if doc.lang == "fr" else CONTENT_EN
        return [doc.con(s) for s in self.R.sample(pool, n or self.R.randint(1, 2))]


# ----------------------------------------------------------- templates ----
def t_letter(g, lang):
    R = g.R
    d = Doc(lang, "letter")
    p = g.person()
    addr, unit = g.address(lang)
    pc = g.postal()
    fno = d.dec(g.file_no())
    date = d.dec(g.ord_date(lang))
    deadline = d.dec(g.ord_date(lang))
    caps = R.random() < 0.3
    if lang == "fr":
        d.p("%s, le %s" % (R.choice(["Québec", "Montréal", "Sherbrooke", "Rimouski"]), date))
        d.blank()
        if caps:
            d.p(("MADAME " if p["sex"] == "F" else "MONSIEUR ") + d.add("PERSON", p["first"].upper() + " " + p["last"].upper()))
        else:
            d.p(g.title(p, "fr", False) + " " + d.add("PERSON", p["full"]))
        d.p(d.add("ADDRESS", addr) + (", " + unit if unit else ""))
        d.p(g.city("fr") + "  " + d.add("POSTAL_CODE", pc))
        d.blank()
        d.p("PAR COURRIEL" if R.random() < 0.5 else "CONFIDENTIEL")
        d.blank()
        d.p("Objet : %s — N/Réf. : %s" % (R.choice(["Demande de révision", "Décision relative à votre demande", "Avis de réclamation"]), fno))
        d.blank()
        d.p("%s %s," % (R.choice(["Madame", "Chère Madame"]) if p["sex"] == "F" else R.choice(["Monsieur", "Cher Monsieur"]), d.add("PERSON", p["last"])) if R.random() < 0.5 else ("Madame," if p["sex"] == "F" else "Monsieur,"))
        d.blank()
        c = g.contents(d)
        d.p(c[0])
        body = [
            "Nous donnons suite à votre demande reçue le %s. Selon nos dossiers, vous êtes %s le %s et votre numéro d'assurance sociale se termine par les chiffres indiqués ci-après : %s." % (
                d.dec(g.ord_date("fr")), "née" if p["sex"] == "F" else "né", d.add("DOB", g.dob("fr")[0]), d.add("SIN", g.sin())),
            "Conformément à la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels (%s), vous pouvez demander la révision de cette décision au plus tard le %s." % (d.dec(g.law("fr")), deadline),
            "Un montant de %s vous sera versé par dépôt direct." % d.dec(g.amount("fr")),
        ]
        R.shuffle(body)
        for b in body:
            d.p(b)
        if len(c) > 1:
            d.p(c[1])
        ph = g.phone()
        d.p("Pour nous joindre, vous pouvez communiquer avec %s %s au %s, %s, ou nous écrire à l'adresse %s, %s." % (
            "Mme" if R.random() < 0.5 else "M.", d.add("PERSON", (agent := g.person())["full"]), d.add("PHONE", g.phone()), g.ext("fr"),
            d.dec(g.po_box("fr")), "succursale Haute-Ville"))
        d.p("Si vous préférez, nous vous rappellerons au %s." % d.add("PHONE", ph))
        d.blank()
        d.p("Veuillez agréer, %s, l'expression de nos sentiments distingués." % ("Madame" if p["sex"] == "F" else "Monsieur"))
        d.blank()
        d.p(agent["full"])
        d.p(R.choice(["Responsable de l'accès aux documents", "Conseillère en relations avec la clientèle", "Analyste principal"]))
        d.p(d.add("EMAIL", g.email_of(agent, org=True)))
        d.add("PERSON", agent["last"])
    else:
        d.p(date)
        d.blank()
        if caps:
            d.p(d.add("PERSON", p["first"].upper() + " " + p["last"].upper()))
        else:
            d.p(g.title(p, "en") + " " + d.add("PERSON", p["full"]))
        d.p(d.add("ADDRESS", addr) + (", " + unit if unit else ""))
        d.p(g.city("en") + " " + d.add("POSTAL_CODE", pc))
        d.blank()
        d.p("Our file: %s" % fno)
        d.blank()
        d.p("Dear %s %s," % (g.title(p, "en"), d.add("PERSON", p["last"])))
        d.blank()
        c = g.contents(d)
        d.p(c[0])
        body = [
            "Our records show that you were born on %s and that your social insurance number is %s." % (d.add("DOB", g.dob("en")[0]), d.add("SIN", g.sin())),
            "Under the Act respecting access to documents held by public bodies (%s), you may ask for a review no later than %s." % (d.dec(g.law("en")), deadline),
            "An amount of %s will be paid to you." % d.dec(g.amount("en")),
        ]
        R.shuffle(body)
        for b in body:
            d.p(b)
        if len(c) > 1:
            d.p(c[1])
        agent = g.person()
        d.p("Should you have any questions, please contact %s at %s, %s, or write to %s." % (
            d.add("PERSON", agent["full"]), d.add("PHONE", g.phone()), g.ext("en"), d.add("EMAIL", g.email_of(agent, org=True))))
        d.blank()
        d.p("Yours truly,")
        d.blank()
        d.p(agent["full"])
        d.p("Access to Information Coordinator")
        d.add("PERSON", agent["last"])
    return d


FR_LABELS = {
    "last": ["NOM", "Nom de famille", "Nom", "NOM DE FAMILLE"],
    "first": ["Prénom(s)", "Prénom", "PRÉNOM", "Prénom usuel"],
    "dob": ["Date de naissance", "DDN", "Né(e) le", "Date de naissance (JJ/MM/AAAA)"],
    "sin": ["NAS", "N° d'assurance sociale", "Numéro d'assurance sociale", "No NAS", "N.A.S."],
    "ramq": ["NAM", "No RAMQ", "Numéro d'assurance maladie", "N° assurance maladie"],
    "lic": ["Permis", "N° de permis de conduire", "Permis de conduire"],
    "pass": ["Passeport", "N° de passeport"],
    "tel": ["Téléphone", "Tél.", "Tél. (domicile)", "Cell.", "Cellulaire", "Tél. travail"],
    "mail": ["Courriel", "Adresse courriel", "Courriel personnel"],
    "addr": ["Adresse", "Adresse du domicile", "Adresse postale"],
    "pc": ["Code postal", "C.P."],
}
EN_LABELS = {
    "last": ["LAST NAME", "Surname", "Family name", "Last name"],
    "first": ["First name(s)", "Given name", "FIRST NAME"],
    "dob": ["Date of birth", "DOB", "Birth date", "Born"],
    "sin": ["SIN", "Social Insurance No.", "Social insurance number"],
    "ramq": ["Health insurance no.", "RAMQ no.", "Medicare number"],
    "lic": ["Driver's licence", "Driver's license no.", "Licence no."],
    "pass": ["Passport", "Passport no."],
    "tel": ["Phone", "Tel.", "Cell", "Mobile", "Home phone"],
    "mail": ["Email", "E-mail", "Email address"],
    "addr": ["Address", "Home address", "Mailing address"],
    "pc": ["Postal code", "Postal Code"],
}


def t_form(g, lang):
    R = g.R
    d = Doc(lang, "form")
    L = FR_LABELS if lang == "fr" else EN_LABELS
    p = g.person()
    lab = lambda k: R.choice(L[k])
    sep = R.choice([" : ", ": ", " :", "\u00a0: ", " — "])
    dob_s, ymd = g.dob(lang, style=R.choice(["slash", "iso", "long", None]) if lang == "fr" else None)
    if lang == "fr":
        d.h(R.choice(["DEMANDE DE PRESTATION — SECTION 1 : IDENTIFICATION DU REQUÉRANT",
                      "Formulaire d'inscription au programme d'aide",
                      "FICHE DE RENSEIGNEMENTS — USAGER"]))
    else:
        d.h(R.choice(["APPLICATION FORM — PART A: APPLICANT", "Client intake sheet", "Registration form"]))
    d.p(("Numéro de dossier" if lang == "fr" else "File number") + sep + d.dec(g.file_no()))
    d.p(("Date de réception" if lang == "fr" else "Date received") + sep + d.dec(g.ord_date(lang, iso=R.random() < 0.5)))
    pairs = []
    if R.random() < 0.3:
        pairs.append((("Nom, prénom" if lang == "fr" else "Name (last, first)"), d.add("PERSON", g.caps_name(p).split(",")[0]) + ", " + d.add("PERSON", p["first"])))
    else:
        pairs.append((lab("last"), d.add("PERSON", p["last"].upper() if R.random() < 0.4 else p["last"])))
        pairs.append((lab("first"), d.add("PERSON", p["first"])))
    pairs.append((lab("dob"), d.add("DOB", dob_s)))
    if lang == "fr":
        pairs.append(("Sexe", "F" if p["sex"] == "F" else "M"))
    ids = ["sin", "ramq", "lic", "pass"]
    R.shuffle(ids)
    for k in ids[:R.randint(2, 4)]:
        if k == "sin":
            pairs.append((lab("sin"), d.add("SIN", g.sin())))
        elif k == "ramq":
            pairs.append((lab("ramq"), d.add("RAMQ", g.ramq(p, ymd))))
        elif k == "lic":
            pairs.append((lab("lic"), d.add("DRIVER_LICENSE", g.licence(p, ymd))))
        else:
            pairs.append((lab("pass"), d.add("PASSPORT", g.passport())))
    addr, unit = g.address(lang)
    pairs.append((lab("addr"), d.add("ADDRESS", addr) + (" " + unit if unit else "") + ", " + g.city(lang)))
    pairs.append((lab("pc"), d.add("POSTAL_CODE", g.postal())))
    tel = d.add("PHONE", g.phone())
    pairs.append((lab("tel"), tel + (" " + g.ext(lang) if R.random() < 0.3 else "")))
    if R.random() < 0.5:
        pairs.append((R.choice(["Cell.", "Cellulaire"]) if lang == "fr" else "Cell", d.add("PHONE", g.phone())))
    pairs.append((lab("mail"), d.add("EMAIL", g.email_of(p))))
    if R.random() < 0.5:
        pairs.append(("NEQ (entreprise)" if lang == "fr" else "Quebec enterprise number (NEQ)", d.dec(g.neq())))
    d.fields([(k + sep, v) for k, v in pairs])
    d.blank()
    if R.random() < 0.6:
        em = g.person()
        d.h("Personne à joindre en cas d'urgence" if lang == "fr" else "Emergency contact")
        d.fields([(("Nom" if lang == "fr" else "Name") + sep, d.add("PERSON", em["full"])),
                  (("Lien" if lang == "fr" else "Relationship") + sep, R.choice(["conjoint(e)", "sœur", "fils"]) if lang == "fr" else R.choice(["spouse", "sister", "son"])),
                  (lab("tel") + sep, d.add("PHONE", g.phone()))])
        d.blank()
    d.p(("Montant demandé" if lang == "fr" else "Amount requested") + sep + d.dec(g.amount(lang)))
    d.p(("Confirmation n°" if lang == "fr" else "Confirmation no.") + sep + d.dec(g.bad_sin()))
    for s in g.contents(d):
        d.p(s)
    d.p(("Signé à %s, le %s" % (R.choice(["Laval", "Québec", "Gatineau"]), d.dec(g.ord_date("fr")))) if lang == "fr" else ("Signed on %s" % d.dec(g.ord_date("en"))))
    return d


def t_email_thread(g, lang):
    R = g.R
    d = Doc(lang, "email")
    cit = g.person()
    agent = g.person()
    ce, ae = g.email_of(cit), g.email_of(agent, org=True)
    d.add("PERSON", cit["full"]); d.add("EMAIL", ce); d.add("PERSON", agent["full"]); d.add("EMAIL", ae)
    subj = ("RE: Votre dossier " if lang == "fr" else "RE: Your file ") + d.dec(g.file_no())
    d.email = {"from": (agent["full"], ae), "to": (cit["full"], ce), "subject": subj}
    fr = lang == "fr"
    greet = ("Bonjour %s," if fr else R.choice(["Hi %s,", "Dear %s,", "Hello %s,"])) % d.add("PERSON", cit["first"])
    d.p(greet)
    d.blank()
    d.p(("Nous avons bien reçu les documents pour le dossier %s." if fr else "We received the documents for file %s.") % subj.split()[-1])
    c = g.contents(d)
    d.p(c[0])
    if fr:
        d.p("Pour compléter l'analyse, pourriez-vous confirmer votre date de naissance (%s) et votre numéro d'assurance maladie %s ? Le montant en litige est de %s." % (
            d.add("DOB", (dob := g.dob("fr"))[0]), d.add("RAMQ", g.ramq(cit, dob[1])), d.dec(g.amount("fr"))))
        d.p("La date limite pour transmettre les documents est le %s." % d.dec(g.ord_date("fr")))
    else:
        d.p("To complete our review, could you confirm your date of birth (%s) and your passport number %s? The amount in dispute is %s." % (
            d.add("DOB", g.dob("en")[0]), d.add("PASSPORT", g.passport()), d.dec(g.amount("en"))))
        d.p("The deadline to send the documents is %s." % d.dec(g.ord_date("en")))
    d.blank()
    d.p("Cordialement," if fr else "Best regards,")
    d.blank()
    d.p(agent["full"])
    d.p(("Agente" if agent["sex"] == "F" else "Agent") + " de liaison | Direction régionale" if fr else "Liaison officer | Regional branch")
    d.p(("Tél. : %s, %s" if fr else "Tel.: %s, %s") % (d.add("PHONE", g.phone()), g.ext(lang)))
    d.p(ae)
    d.blank()
    quoted_date = g.ord_date(lang)
    if fr:
        d.p("-----Message d'origine-----")
        d.p("De : %s <%s>" % (cit["full"], ce))
        d.p("Envoyé : %s" % d.dec(quoted_date))
        d.p("À : %s" % ae)
        d.p("Objet : Votre dossier")
    else:
        d.p("-----Original Message-----")
        d.p("From: %s <%s>" % (cit["full"], ce))
        d.p("Sent: %s" % d.dec(quoted_date))
        d.p("To: %s" % ae)
        d.p("Subject: Your file")
    d.blank()
    addr, unit = g.address(lang)
    if fr:
        d.p("> Bonjour,")
        d.p("> J'ai déménagé au %s%s, %s %s. Vous pouvez me joindre au %s." % (
            d.add("ADDRESS", addr), (" " + unit) if unit else "", g.city("fr"), d.add("POSTAL_CODE", g.postal()), d.add("PHONE", g.phone())))
        d.p("> Merci,")
    else:
        d.p("> Hello,")
        d.p("> I have moved to %s%s, %s %s. You can reach me at %s." % (
            d.add("ADDRESS", addr), (", " + unit) if unit else "", g.city("en"), d.add("POSTAL_CODE", g.postal()), d.add("PHONE", g.phone())))
        d.p("> Thanks,")
    d.p("> " + R.choice([cit["first"], cit["full"], cit["first"][0] + ". " + cit["last"]]))
    d.add("PERSON", cit["last"])
    if len(c) > 1:
        d.p(c[1])
    return d


def t_minutes(g, lang):
    R = g.R
    d = Doc(lang, "minutes")
    fr = lang == "fr"
    ppl = [g.person() for _ in range(R.randint(4, 6))]
    d.h(("PROCÈS-VERBAL de la réunion du comité de direction tenue le %s" if fr else "MINUTES of the steering committee meeting held on %s") % d.dec(g.ord_date(lang)))
    d.blank()
    d.p("Présences :" if fr else "Present:")
    for i, x in enumerate(ppl[:-1]):
        form = R.choice(["title", "caps", "plain"])
        if form == "title":
            s = g.title(x, lang) + " " + d.add("PERSON", x["full"])
        elif form == "caps":
            s = d.add("PERSON", x["last"].upper()) + ", " + d.add("PERSON", x["first"])
        else:
            s = d.add("PERSON", x["full"])
        d.p("- " + s + ", " + R.choice(["directrice des finances", "secrétaire", "conseiller juridique", "président", "analyste"] if fr else ["chair", "secretary", "legal counsel", "finance director", "analyst"]))
    ab = ppl[-1]
    d.p(("Absente : " if ab["sex"] == "F" else "Absent : ") + g.title(ab, lang) + " " + d.add("PERSON", ab["full"]) if fr else "Regrets: " + d.add("PERSON", ab["full"]))
    d.blank()
    d.p("1. " + ("Ouverture de la séance" if fr else "Call to order"))
    chair = ppl[0]
    d.p(("La séance est ouverte à 9 h 05 par %s %s." if fr else "The meeting was called to order at 9:05 by %s %s.") % (g.title(chair, lang), d.add("PERSON", chair["last"])))
    d.p("2. " + ("Suivi des dossiers" if fr else "Follow-up"))
    for s in g.contents(d):
        d.p(s)
    x = ppl[1]
    d.p(("%s %s présente le dossier %s ; le budget autorisé est de %s (%s)." if fr else "%s %s presented file %s; the authorized budget is %s (%s).") % (
        g.title(x, lang), d.add("PERSON", x["last"]), d.dec(g.file_no()), d.dec(g.amount(lang)), d.dec(g.law(lang))))
    y = ppl[2]
    cit = g.person()
    d.p(("Le comité examine la plainte de %s %s (dossier %s), qui réside au %s. %s %s rappellera la plaignante au %s." if fr else
         "The committee reviewed the complaint from %s %s (file %s), who lives at %s. %s %s will call back at %s.") % (
        g.title(cit, lang), d.add("PERSON", cit["full"]), d.dec(g.file_no()), d.add("ADDRESS", g.address(lang)[0]),
        g.title(y, lang), d.add("PERSON", y["last"]), d.add("PHONE", g.phone())))
    d.p(("Prochaine réunion : %s." if fr else "Next meeting: %s.") % d.dec(g.ord_date(lang)))
    d.p(("Rédigé par %s" if fr else "Recorded by %s") % d.add("PERSON", ppl[-2]["full"]))
    return d


def t_complaint(g, lang):
    R = g.R
    d = Doc(lang, "note")
    fr = lang == "fr"
    cit = g.person()
    kid = g.person(origin=None)
    kid = {"first": kid["first"], "last": cit["last"], "sex": kid["sex"], "full": kid["first"] + " " + cit["last"]}
    when = d.dec(g.ord_date(lang))
    d.h(("NOTE AU DOSSIER %s" if fr else "FILE NOTE %s") % d.dec(g.file_no()))
    d.blank()
    if fr:
        d.p("%s %s a appelé le %s au sujet du dossier de son %s, %s, %s le %s." % (
            g.title(cit, "fr"), d.add("PERSON", cit["full"]), when, "fils" if kid["sex"] == "M" else "enfant",
            d.add("PERSON", kid["full"]), "né" if kid["sex"] == "M" else "née", d.add("DOB", g.dob("fr")[0])))
        d.p("Elle est insatisfaite du délai de traitement." if cit["sex"] == "F" else "Il est insatisfait du délai de traitement.")
        d.p("%s %s demande qu'on %s rappelle au %s ou sur son cellulaire, %s, après 16 h." % (
            "Mme" if cit["sex"] == "F" else "M.", d.add("PERSON", cit["last"]), "la" if cit["sex"] == "F" else "le", d.add("PHONE", g.phone()), d.add("PHONE", g.phone())))
        d.p("Son NAS, %s, a été vérifié. Le paiement de %s fait l'objet d'une retenue." % (d.add("SIN", g.sin()), d.dec(g.amount("fr"))))
        d.p("Nouvelle adresse : %s, %s %s." % (d.add("ADDRESS", g.address("fr")[0]), g.city("fr"), d.add("POSTAL_CODE", g.postal())))
        d.p("Courriel fourni : %s" % d.add("EMAIL", g.email_of(cit)))
        d.p("Référence de l'appel : %s (ne pas confondre avec le NAS)." % d.dec(g.bad_sin()))
    else:
        d.p("%s %s called on %s about the file of %s %s, %s, born %s." % (
            g.title(cit, "en"), d.add("PERSON", cit["full"]), when, "her" if cit["sex"] == "F" else "his",
            "son" if kid["sex"] == "M" else "daughter", d.add("PERSON", kid["full"]), d.add("DOB", g.dob("en")[0])))
        d.p("%s %s asked to be called back at %s or on %s cell, %s." % (
            g.title(cit, "en"), d.add("PERSON", cit["last"]), d.add("PHONE", g.phone()), "her" if cit["sex"] == "F" else "his", d.add("PHONE", g.phone())))
        d.p("SIN %s verified. A payment of %s is on hold." % (d.add("SIN", g.sin()), d.dec(g.amount("en"))))
        d.p("New address: %s, %s %s." % (d.add("ADDRESS", g.address("en")[0]), g.city("en"), d.add("POSTAL_CODE", g.postal())))
        d.p("Email provided: %s" % d.add("EMAIL", g.email_of(cit)))
        d.p("Call reference: %s (not a SIN)." % d.dec(g.bad_sin()))
    for s in g.contents(d):
        d.p(s)
    ag = g.person()
    d.p(("— %s, préposée aux renseignements" if fr else "— %s, information clerk") % d.add("PERSON", ag["first"][0] + ". " + ag["last"] if R.random() < 0.5 else ag["full"]))
    return d


def t_hr_memo(g, lang):
    R = g.R
    d = Doc(lang, "memo")
    fr = lang == "fr"
    emp = g.person()
    mgr = g.person()
    d.h("NOTE DE SERVICE" if fr else "MEMORANDUM")
    d.fields([(("DESTINATAIRE : " if fr else "TO: "), d.add("PERSON", mgr["full"]) + (", directrice" if mgr["sex"] == "F" else ", directeur") if fr else d.add("PERSON", mgr["full"]) + ", Director"),
              (("EXPÉDITEUR : " if fr else "FROM: "), "Direction des ressources humaines" if fr else "Human Resources"),
              (("DATE : " if fr else "DATE: "), d.dec(g.ord_date(lang))),
              (("OBJET : " if fr else "SUBJECT: "), ("Embauche de %s" if fr else "Hiring of %s") % d.add("PERSON", emp["first"] + " " + emp["last"].upper()))])
    d.blank()
    dob = g.dob(lang)
    if fr:
        d.p("Nous confirmons l'embauche de %s %s à titre de technicienne en administration à compter du %s." % (g.title(emp, "fr"), d.add("PERSON", emp["full"]), d.dec(g.ord_date("fr"))))
        d.p("%s %s, %s le %s, a fourni son numéro d'assurance sociale (%s) ainsi qu'un spécimen de chèque." % (
            g.title(emp, "fr"), d.add("PERSON", emp["last"]), "née" if emp["sex"] == "F" else "né", d.add("DOB", dob[0]), d.add("SIN", g.sin())))
        d.p("Le salaire annuel est fixé à %s selon la convention collective." % d.dec(g.amount("fr")))
        d.p("Dépôt direct — transit %s, institution %s, compte %s." % (d.add("BANK_ACCOUNT", "%05d" % R.randint(0, 99999)), R.choice(["001", "002", "003", "004", "006", "010", "815"]), d.add("BANK_ACCOUNT", "%07d" % R.randint(0, 9999999))))
        d.p("Adresse personnelle : %s, %s %s" % (d.add("ADDRESS", g.address("fr")[0]), g.city("fr"), d.add("POSTAL_CODE", g.postal())))
        d.p("Employeur précédent : NEQ %s." % d.dec(g.neq()))
    else:
        d.p("We confirm the hiring of %s %s as an administrative technician effective %s." % (g.title(emp, "en"), d.add("PERSON", emp["full"]), d.dec(g.ord_date("en"))))
        d.p("%s %s, born %s, provided a social insurance number (%s) and a void cheque." % (
            g.title(emp, "en"), d.add("PERSON", emp["last"]), d.add("DOB", dob[0]), d.add("SIN", g.sin())))
        d.p("The annual salary is set at %s under the collective agreement." % d.dec(g.amount("en")))
        d.p("Direct deposit: %s" % d.add("BANK_ACCOUNT", "%05d-%s-%07d" % (R.randint(0, 99999), R.choice(["001", "003", "004", "010", "815"]), R.randint(0, 9999999))))
        d.p("Home address: %s, %s %s" % (d.add("ADDRESS", g.address("en")[0]), g.city("en"), d.add("POSTAL_CODE", g.postal())))
        d.p("Previous employer: NEQ %s." % d.dec(g.neq()))
    for s in g.contents(d):
        d.p(s)
    d.p(("c. c. %s" if fr else "cc: %s") % d.add("PERSON", g.person()["full"]))
    return d


def t_invoice(g, lang):
    R = g.R
    d = Doc(lang, "invoice")
    fr = lang == "fr"
    cli = g.person()
    inv = "FAC-%d-%05d" % (R.randint(2023, 2026), R.randint(0, 99999))
    d.h(("FACTURE N° %s" if fr else "INVOICE No. %s") % d.dec(inv))
    d.p(("Date : %s" if fr else "Date: %s") % d.dec(g.ord_date(lang)))
    d.p(("Fournisseur : Imprimerie Laurentide inc., NEQ %s" if fr else "Supplier: Laurentide Printing Inc., NEQ %s") % d.dec(g.neq()))
    d.p(("Facturé à : %s" if fr else "Bill to: %s") % d.add("PERSON", cli["full"]))
    addr, unit = g.address(lang)
    d.p(d.add("ADDRESS", addr) + ", " + g.city(lang) + " " + d.add("POSTAL_CODE", g.postal()))
    d.blank()
    rows = [["Description", "Qté" if fr else "Qty", "Montant" if fr else "Amount"]]
    for _ in range(R.randint(2, 3)):
        rows.append([R.choice(["Permis de stationnement", "Frais de reproduction", "Inscription camp de jour", "Location de salle"] if fr else
                              ["Parking permit", "Copy fees", "Day camp registration", "Room rental"]), str(R.randint(1, 9)), d.dec(g.amount(lang))])
    d.table(rows)
    d.p(("Total : %s" if fr else "Total: %s") % d.dec(g.amount(lang)))
    d.blank()
    card, kind = g.card()
    holder = cli if R.random() < 0.6 else g.person()
    d.p(("Payé par carte %s n° %s, titulaire : %s, exp. %02d/%02d" if fr else "Paid by %s card no. %s, cardholder: %s, exp. %02d/%02d") % (
        {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "American Express", "disc": "Discover"}[kind],
        d.add("CREDIT_CARD", card), d.add("PERSON", holder["full"]), R.randint(1, 12), R.randint(26, 31)))
    d.p(("Autorisation : %s" if fr else "Authorization: %s") % d.dec("%06d" % R.randint(0, 999999)))
    if R.random() < 0.5:
        card2, _ = g.card()
        d.p(("Remboursement partiel porté à la carte %s le %s." if fr else "Partial refund credited to card %s on %s.") % (d.add("CREDIT_CARD", card2), d.dec(g.ord_date(lang))))
    d.p((("Questions : %s ou %s" if fr else "Questions: %s or %s") % (d.add("PHONE", g.phone()), d.dec(g.po_box(lang)))))
    for s in g.contents(d):
        d.p(s)
    return d


def t_deposit(g, lang):
    R = g.R
    d = Doc(lang, "deposit")
    fr = lang == "fr"
    ben = g.person(origin=R.choice(["other", "fr", "inv"]))
    d.h("ADHÉSION AU DÉPÔT DIRECT" if fr else "DIRECT DEPOSIT ENROLMENT")
    d.p(("Réf. : %s" if fr else "Ref.: %s") % d.dec(g.file_no()))
    d.blank()
    rows = []
    rows.append([("Bénéficiaire" if fr else "Beneficiary"), d.add("PERSON", ben["last"].upper()) + ", " + d.add("PERSON", ben["first"]) if R.random() < 0.5 else d.add("PERSON", ben["full"])])
    rows.append([("NAS" if fr else "SIN"), d.add("SIN", g.sin())])
    rows.append([("Date de naissance" if fr else "Date of birth"), d.add("DOB", g.dob(lang)[0])])
    foreign = R.random() < 0.5
    if not foreign:
        rows.append([("N° de transit" if fr else "Transit no."), d.add("BANK_ACCOUNT", "%05d" % R.randint(0, 99999))])
        rows.append([("N° d'institution" if fr else "Institution no."), R.choice(["001", "002", "003", "004", "006", "010", "815"])])
        rows.append([("N° de compte" if fr else "Account no."), d.add("BANK_ACCOUNT", str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(R.choice([6, 6, 7, 11]))))])
    else:
        ib, cc = g.iban()
        rows.append([("Bénéficiaire à l'étranger — IBAN" if fr else "Foreign beneficiary — IBAN"), d.add("IBAN", ib)])
        rows.append(["BIC/SWIFT", R.choice(["BNPAFRPP", "DEUTDEFF", "BARCGB22", "GEBABEBB", "UBSWCHZH"])])
    rows.append([("Téléphone" if fr else "Telephone"), d.add("PHONE", g.phone())])
    rows.append([("Courriel" if fr else "Email"), d.add("EMAIL", g.email_of(ben))])
    d.table(rows)
    d.blank()
    d.p(("Montant du premier versement : %s" if fr else "First payment amount: %s") % d.dec(g.amount(lang)))
    d.p(("Numéro de confirmation : %s" if fr else "Confirmation number: %s") % d.dec(g.bad_sin()))
    d.p(("Retourner le formulaire avant le %s à : %s, Québec (Québec)" if fr else "Return the form by %s to: %s, Québec, Quebec") % (d.dec(g.ord_date(lang)), d.dec(g.po_box(lang))))
    for s in g.contents(d):
        d.p(s)
    return d


def t_incident(g, lang):
    R = g.R
    d = Doc(lang, "incident")
    fr = lang == "fr"
    user = g.person()
    tech = g.person()
    tk = "INC%07d" % R.randint(0, 9999999)
    d.h(("RAPPORT D'INCIDENT DE SÉCURITÉ — %s" if fr else "SECURITY INCIDENT REPORT — %s") % d.dec(tk))
    d.fields([(("Date de l'incident : " if fr else "Incident date: "), d.dec(g.ord_date(lang, iso=True))),
              (("Utilisateur touché : " if fr else "Affected user: "), d.add("PERSON", user["full"]) + " <" + d.add("EMAIL", g.email_of(user, org=True)) + ">"),
              (("Poste de travail : " if fr else "Workstation: "), "PC-%s-%04d" % (R.choice(["QC", "MTL", "SHE"]), R.randint(0, 9999))),
              (("Analyste : " if fr else "Analyst: "), d.add("PERSON", tech["full"]))])
    d.blank()
    v4a, v4b, v6 = g.ipv4(), g.ipv4(), g.ipv6()
    if fr:
        d.p("Entre 02 h 14 et 02 h 31, %d tentatives de connexion ont été journalisées depuis l'adresse %s vers le VPN." % (R.randint(20, 400), d.add("IP_ADDRESS", v4a)))
        d.p("Le compte de %s %s a ensuite été utilisé depuis %s (IPv6 %s)." % (g.title(user, "fr"), d.add("PERSON", user["last"]), d.add("IP_ADDRESS", v4b), d.add("IP_ADDRESS", v6)))
        d.p("Mesures : réinitialisation du mot de passe, blocage de la plage, avis à la Commission d'accès à l'information (%s, art. 3.5)." % d.dec(g.law("fr")))
    else:
        d.p("Between 02:14 and 02:31, %d login attempts were logged from %s against the VPN." % (R.randint(20, 400), d.add("IP_ADDRESS", v4a)))
        d.p("The account of %s %s was then used from %s (IPv6 %s)." % (g.title(user, "en"), d.add("PERSON", user["last"]), d.add("IP_ADDRESS", v4b), d.add("IP_ADDRESS", v6)))
        d.p("Actions: password reset, range blocked, notice to the Commission (%s)." % d.dec(g.law("en")))
    d.blank()
    d.p("Journal :" if fr else "Log:")
    d.p("%sT02:14:07Z sshd[%d]: Failed password for invalid user admin from %s port %d" % (
        d.dec(g.ord_date(lang, iso=True)), R.randint(1000, 65000), v4a, R.randint(1024, 65535)))
    d.p("Contact : %s, %s" % (d.add("PHONE", g.phone()), g.ext(lang)) if fr else "Contact: %s, %s" % (d.add("PHONE", g.phone()), g.ext(lang)))
    for s in g.contents(d):
        d.p(s)
    return d


def t_table(g, lang):
    R = g.R
    d = Doc(lang, "table")
    fr = lang == "fr"
    d.h(("Liste des participants — séance du %s" if fr else "Participant list — session of %s") % d.dec(g.ord_date(lang)))
    d.p(("Programme : %s" if fr else "Program: %s") % d.dec(g.file_no()))
    d.blank()
    hdr = ["Nom", "Prénom", "DDN", "NAS", "Téléphone", "Code postal"] if fr else ["Last name", "First name", "DOB", "SIN", "Phone", "Postal code"]
    rows = [hdr]
    for _ in range(R.randint(3, 5)):
        x = g.person()
        last = x["last"].upper() if R.random() < 0.5 else x["last"]
        rows.append([d.add("PERSON", last), d.add("PERSON", x["first"]), d.add("DOB", g.dob(lang, style=R.choice(["slash", "iso"]) if fr else R.choice(["iso", "dmy"]))[0]),
                     d.add("SIN", g.sin()), d.add("PHONE", g.phone()), d.add("POSTAL_CODE", g.postal())])
    d.table(rows)
    d.blank()
    d.p(("Total des subventions : %s" if fr else "Total grants: %s") % d.dec(g.amount(lang)))
    for s in g.contents(d):
        d.p(s)
    return d


TEMPLATES = [t_letter, t_form, t_email_thread, t_minutes, t_complaint, t_hr_memo,
             t_invoice, t_deposit, t_incident, t_table]


# ----------------------------------------------------------- rendering ----
def to_text(doc, R, rendered=False):
    """Plain text of a document; rendered=True wraps at 76 columns so mkpdf
    does not rewrap."""
    out = []
    table_style = R.choice(["pipe", "csv", "cols"])
    for b in doc.blocks:
        if b[0] == "blank":
            out.append("")
        elif b[0] in ("p", "h"):
            out.append(b[1])
        elif b[0] == "fields":
            for k, v in b[1]:
                out.append(k + v)
        elif b[0] == "table":
            rows = b[1]
            if table_style == "csv" and not rendered:
                out += [";".join(r) for r in rows]
            elif table_style == "pipe" or rendered:
                out += [" | ".join(r) for r in rows]
            else:
                w = [max(len(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
                out += ["  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
        elif b[0] == "page":
            out.append("\f")
    if rendered:
        wrapped = []
        for line in out:
            if line == "\f":
                wrapped.append("\f")
            elif len(line) > 76:
                wrapped += textwrap.wrap(line, 76, break_on_hyphens=False, break_long_words=False)
            else:
                wrapped.append(line)
        out = wrapped
    return "\n".join(out).replace("\n\f\n", "\f").replace("\f\n", "\f") + "\n"


def ent(s, R):
    """HTML-escape, sometimes with named or numeric entities for accents and NBSP."""
    s = htmlmod.escape(s, quote=False)
    mode = R.choice(["raw", "named", "num"])
    if mode == "raw":
        return s
    res = []
    for c in s:
        if ord(c) > 127:
            name = {"é": "eacute", "è": "egrave", "à": "agrave", "ç": "ccedil", "ê": "ecirc", "É": "Eacute",
                    "ô": "ocirc", "\u00a0": "nbsp", "ï": "iuml", "ë": "euml", "—": "mdash", "î": "icirc"}.get(c)
            res.append("&%s;" % name if (mode == "named" and name) else "&#%d;" % ord(c))
        else:
            res.append(c)
    return "".join(res)


def to_html(doc, R):
    style = R.choice(["plain", "divs", "table"])
    parts = ['<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
             '<style>td{padding:2px 6px}.lbl{font-weight:bold}</style></head><body>' % (doc.lang, "Document")]
    if style == "divs":
        parts.append('<div class="page"><div class="content"><div class="section">')
    para = []

    def flush():
        if para:
            if style == "plain":
                parts.append("<p>" + "<br>\n".join(para) + "</p>")
            else:
                parts.append("<div>" + "<br/>".join(para) + "</div>")
            para.clear()

    for b in doc.blocks:
        if b[0] == "blank":
            flush()
        elif b[0] == "h":
            flush()
            parts.append("<h2>%s</h2>" % ent(b[1], R))
        elif b[0] == "p":
            t = ent(b[1], R)
            if "@" in b[1] and R.random() < 0.5:
                t = re.sub(r"([\w.+-]+@[\w.-]+\.\w+)", r'<a href="mailto:\1">\1</a>', t)
            para.append(t)
        elif b[0] == "fields":
            flush()
            if style == "table":
                parts.append("<table>" + "".join('<tr><td class="lbl">%s</td><td>%s</td></tr>' % (ent(k.rstrip(" :\u00a0—"), R), ent(v, R)) for k, v in b[1]) + "</table>")
            else:
                parts.append("<div>" + "".join('<div><span class="lbl">%s</span><span>%s</span></div>\n' % (ent(k, R), ent(v, R)) for k, v in b[1]) + "</div>")
        elif b[0] == "table":
            flush()
            rows = b[1]
            parts.append('<table border="1"><thead><tr>' + "".join("<th>%s</th>" % ent(c, R) for c in rows[0]) + "</tr></thead><tbody>" +
                         "".join("<tr>" + "".join("<td>%s</td>" % ent(c, R) for c in r) + "</tr>\n" for r in rows[1:]) + "</tbody></table>")
    flush()
    if style == "divs":
        parts.append("</div></div></div>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def xml_esc(s):
    return htmlmod.escape(s, quote=False)


def zip_write(path, entries):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def to_docx(doc, R, path):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def runs(text, bold_prefix=None):
        out = []
        if bold_prefix:
            out.append('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % xml_esc(bold_prefix))
        # sometimes split a run in the middle of a word (as Word does with revisions)
        if len(text) > 12 and R.random() < 0.3:
            k = R.randint(3, len(text) - 3)
            out.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:rPr><w:lang w:val="fr-CA"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (xml_esc(text[:k]), xml_esc(text[k:])))
        else:
            out.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % xml_esc(text))
        return "".join(out)

    def para(text, bold_prefix=None, style=None):
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        return "<w:p>%s%s</w:p>" % (ppr, runs(text, bold_prefix))

    def tbl(rows):
        return ("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" +
                "".join("<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) +
                "</w:tbl>")

    body = []
    for b in doc.blocks:
        if b[0] == "blank":
            body.append("<w:p/>")
        elif b[0] == "h":
            body.append(para(b[1], style="Heading1"))
        elif b[0] == "p":
            body.append(para(b[1]))
        elif b[0] == "fields":
            if R.random() < 0.5:
                body.append(tbl([[k.rstrip(" :\u00a0—"), v] for k, v in b[1]]))
            else:
                body += [para(v, bold_prefix=k) for k, v in b[1]]
        elif b[0] == "table":
            body.append(tbl(b[1]))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    zip_write(path, [("[Content_Types].xml", ct, False), ("_rels/.rels", rels, False), ("word/document.xml", document, False)])


def to_odt(doc, R, path):
    def ptext(t):
        # multiple spaces need <text:s/>; NBSP stays a character
        t = xml_esc(t)
        return re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), t)

    def tbl(rows, name):
        ncol = max(len(r) for r in rows)
        return ('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>' % (name, ncol) +
                "".join("<table:table-row>" + "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % ptext(c) for c in r) + "</table:table-row>" for r in rows) +
                "</table:table>")

    body, nt = [], 0
    pending = []

    def flush():
        if pending:
            if R.random() < 0.4 and len(pending) > 1:
                body.append("<text:p>%s</text:p>" % "<text:line-break/>".join(ptext(x) for x in pending))
            else:
                body.extend("<text:p>%s</text:p>" % ptext(x) for x in pending)
            pending.clear()

    for b in doc.blocks:
        if b[0] == "blank":
            flush()
            body.append("<text:p/>")
        elif b[0] == "h":
            flush()
            body.append('<text:h text:outline-level="1">%s</text:h>' % ptext(b[1]))
        elif b[0] == "p":
            pending.append(b[1])
        elif b[0] == "fields":
            flush()
            nt += 1
            if R.random() < 0.5:
                body.append(tbl([[k.rstrip(" :\u00a0—"), v] for k, v in b[1]], "Champs%d" % nt))
            else:
                body += ['<text:p><text:span text:style-name="B">%s</text:span>%s</text:p>' % (ptext(k), ptext(v)) for k, v in b[1]]
        elif b[0] == "table":
            flush()
            nt += 1
            body.append(tbl(b[1], "Tableau%d" % nt))
    flush()
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles><style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (NS, "".join(body)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    zip_write(path, [("mimetype", "application/vnd.oasis.opendocument.text", True),
                     ("META-INF/manifest.xml", manifest, False), ("content.xml", content, False)])


def to_eml(doc, R, path, text):
    msg = EmailMessage(policy=email.policy.SMTP)
    if doc.email:
        fn, fa = doc.email["from"]
        tn, ta = doc.email["to"]
        msg["From"] = Address(display_name=fn, addr_spec=fa)
        msg["To"] = Address(display_name=tn, addr_spec=ta)
        msg["Subject"] = doc.email["subject"]
    else:
        msg["From"] = Address(display_name="Service à la clientèle" if doc.lang == "fr" else "Client Services", addr_spec="service@organisme.example")
        msg["To"] = "dossiers@organisme.example"
        msg["Subject"] = "Transmission d'un document" if doc.lang == "fr" else "Document transmittal"
    msg["Date"] = "Tue, 04 Nov 2025 %02d:%02d:00 -0500" % (R.randint(8, 17), R.randint(0, 59))
    msg["Message-ID"] = "<%08x.%d@organisme.example>" % (R.getrandbits(32), R.randint(1, 999))
    cte = R.choice(["quoted-printable", "base64", "quoted-printable"])
    msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    if R.random() < 0.4:
        msg.add_alternative(to_html(doc, R), subtype="html", charset="utf-8", cte=R.choice(["quoted-printable", "base64"]))
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


def eml_visible_text(doc, text):
    hdr = ""
    if doc.email:
        hdr = "%s <%s>\n%s <%s>\n%s\n" % (doc.email["from"] + doc.email["to"] + (doc.email["subject"],))
    return hdr + text


# --------------------------------------------------------- raster stuff ----
def mkpdf(tool, text, out):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        tmp = f.name
    try:
        # fixed CreationDate: same seed, same bytes
        subprocess.run([tool, tmp, out], check=True, env=dict(os.environ, SOURCE_DATE_EPOCH="1735689600"))
        # cairo may ignore SOURCE_DATE_EPOCH: overwrite the date in place (same length, xref intact)
        with open(out, "r+b") as f:
            data = f.read()
            fixed = re.sub(rb"/CreationDate \(D:\d{14}", b"/CreationDate (D:20250101000000", data)
            if fixed != data:
                f.seek(0)
                f.write(fixed)
    finally:
        os.unlink(tmp)


def raster(pdf, dpi, tmpdir):
    from PIL import Image
    for f in glob.glob(os.path.join(tmpdir, "pg*")):
        os.unlink(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmpdir, "pg")], check=True)
    pages = []
    for f in sorted(glob.glob(os.path.join(tmpdir, "pg*.png"))):
        im = Image.open(f)
        im.load()
        pages.append(im.convert("L"))
    return pages


def degrade(im, R, rotate=True, blur=0.5, noise=10):
    from PIL import Image, ImageChops, ImageFilter
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        n = Image.frombytes("L", im.size, R.randbytes(im.size[0] * im.size[1]))
        k = noise / 255.0
        n = n.point(lambda v: int(128 + (v - 128) * k))
        im = ImageChops.add(im, n, 1.0, -128)
    if rotate:
        ang = R.uniform(-1.0, 1.0)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    return im


def save_scan_pdf(pages, path, dpi):
    import time
    when = time.gmtime(1735689600)
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=80,
                  creationDate=when, modDate=when)


# ----------------------------------------------------------- validation ----
def occurs(hay, needle, max_diff):
    m = len(needle)
    if m == 0 or m > len(hay):
        return False
    if max_diff == 0:
        return needle in hay
    for i in range(len(hay) - m + 1):
        diff = 0
        for a, b in zip(hay[i:i + m], needle):
            if a != b:
                diff += 1
                if diff > max_diff:
                    break
        if diff <= max_diff:
            return True
    return False


def check_labels(doc, text):
    """Returns a reason string if the labels are unsound for @text, else None."""
    for p in doc.pii:
        if p["value"] not in text:
            return "pii not verbatim: %r" % p["value"]
    for v in doc.decoys:
        if v not in text:
            return "decoy not verbatim: %r" % v
    for s in doc.content:
        if s not in text:
            return "content not verbatim: %r" % s
    # Every labelled value must occur only where it is labelled: blank all pii,
    # then no pii value (as eval compares it) may still be found.
    blanked = text
    for v in sorted({p["value"] for p in doc.pii}, key=len, reverse=True):
        blanked = blanked.replace(v, " \u2588 ")
    hay = squash(blanked)
    for p in doc.pii:
        v = p["value"]
        if occurs(hay, squash(v), 1 if len(v) >= 8 else 0):
            return "pii also elsewhere: %r" % v
    # decoys and content words must not contain a pii value (else redacting the
    # pii destroys the decoy: the label would be contradictory)
    for v in doc.decoys + doc.content:
        sv = squash(v)
        for p in doc.pii:
            if squash(p["value"]) in sv:
                return "decoy/content contains pii: %r in %r" % (p["value"], v)
    for p in doc.pii:
        sp = squash(p["value"])
        for v in doc.decoys:
            if squash(v) in sp:
                return "pii contains decoy: %r in %r" % (v, p["value"])
    # checksums
    for p in doc.pii:
        v = p["value"]
        if p["type"] == "SIN":
            assert sin_valid(v), v
        elif p["type"] == "CREDIT_CARD":
            assert luhn_ok(re.sub(r"\D", "", v)), v
        elif p["type"] == "IBAN":
            assert iban_valid(v), v
        elif p["type"] == "RAMQ":
            assert ramq_valid(v), v
    return None


# ----------------------------------------------------------------- main ----
def find_mkpdf(root):
    for b in ["build-holdout", "build"]:
        p = os.path.join(root, b, "tests", "mkpdf")
        if os.access(p, os.X_OK):
            return p
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=96)
    ap.add_argument("--mkpdf")
    ap.add_argument("--formats", help="comma-separated subset of " + ",".join(FORMATS))
    ap.add_argument("--dump-text", action="store_true",
                    help="also write OUTDIR/text/NAME.txt, the plain text each document was made from (for reading leaks)")
    a = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    formats = a.formats.split(",") if a.formats else FORMATS
    tool = a.mkpdf or find_mkpdf(root)
    if any(f in RENDERED for f in formats) and not tool:
        sys.exit("gen-corpus: tests/mkpdf not found; build it: meson setup build-holdout && ninja -C build-holdout tests/mkpdf")
    docs_dir = os.path.join(a.outdir, "docs")
    for sub in ("docs", "text"):
        if os.path.isdir(os.path.join(a.outdir, sub)):
            shutil.rmtree(os.path.join(a.outdir, sub))
    os.makedirs(docs_dir)
    g = Gen(a.seed)
    R = g.R
    tmpdir = tempfile.mkdtemp(prefix="gen-corpus-")
    labels = []
    tmpl_order = list(range(len(TEMPLATES)))
    try:
        for i in range(a.count):
            fmt = formats[i % len(formats)]
            lang = R.choice(["fr", "fr", "en"])
            for attempt in range(50):
                t = TEMPLATES[(i * 7 + (i // len(formats)) * 3 + attempt) % len(TEMPLATES)]
                doc = t(g, lang)
                rendered = fmt in RENDERED
                if fmt in ("pdf-mixed", "tiff"):
                    # two pages: split the blocks in the middle
                    k = len(doc.blocks) // 2
                    while k < len(doc.blocks) and doc.blocks[k][0] not in ("blank", "p"):
                        k += 1
                    doc.blocks.insert(k, ("page",))
                text = to_text(doc, R, rendered)
                if fmt == "txt-cp1252":
                    try:
                        text.encode("cp1252")
                    except UnicodeEncodeError:
                        continue
                check_text = eml_visible_text(doc, text) if fmt == "eml" else text
                why = check_labels(doc, check_text)
                if why is None:
                    break
            else:
                sys.exit("gen-corpus: could not make a sound document %d: %s" % (i, why))
            name = "docs/ho-%03d-%s.%s" % (i, lang, EXT[fmt])
            path = os.path.join(a.outdir, name)
            if fmt == "txt":
                open(path, "w", encoding="utf-8").write(text)
            elif fmt == "txt-cp1252":
                open(path, "wb").write(text.replace("\n", "\r\n" if R.random() < 0.5 else "\n").encode("cp1252"))
            elif fmt == "html":
                open(path, "w", encoding="utf-8").write(to_html(doc, R))
            elif fmt == "eml":
                to_eml(doc, R, path, text)
            elif fmt == "docx":
                to_docx(doc, R, path)
            elif fmt == "odt":
                to_odt(doc, R, path)
            elif fmt == "pdf-text":
                mkpdf(tool, text, path)
            else:
                src = os.path.join(tmpdir, "src.pdf")
                mkpdf(tool, text, src)
                dpi = R.choice([200, 300]) if fmt in ("pdf-scan", "pdf-mixed") else 300
                if fmt == "pdf-scan":
                    pages = [degrade(p, R, blur=R.choice([0, 0.5, 0.8]), noise=R.choice([6, 12])) for p in raster(src, dpi, tmpdir)]
                    save_scan_pdf(pages, path, dpi)
                elif fmt == "pdf-mixed":
                    p1 = os.path.join(tmpdir, "p1.pdf")
                    p2 = os.path.join(tmpdir, "p2.pdf")
                    subprocess.run(["pdfseparate", "-f", "1", "-l", "1", src, p1], check=True)
                    page2 = raster(src, dpi, tmpdir)[1:]
                    save_scan_pdf([degrade(p, R, blur=0.5, noise=8) for p in page2], p2, dpi)
                    subprocess.run(["pdfunite", p1, p2, path], check=True)
                    # pdfunite writes a time-based /ID after the xref table: make it fixed
                    with open(path, "rb") as f:
                        data = f.read()
                    k = data.rfind(b"trailer")
                    tail = re.sub(rb"/ID \[.*\] /Root", b"/ID [<00000000000000000000000000000000> <00000000000000000000000000000000>] /Root", data[k:], count=1, flags=re.S)
                    with open(path, "wb") as f:
                        f.write(data[:k] + tail)
                elif fmt == "png":
                    im = degrade(raster(src, 300, tmpdir)[0], R, rotate=R.random() < 0.5, blur=0.4, noise=6)
                    im.save(path, dpi=(300, 300), optimize=False)
                elif fmt == "jpg":
                    im = degrade(raster(src, 300, tmpdir)[0], R, rotate=True, blur=R.choice([0.6, 0.9]), noise=12)
                    im.save(path, quality=R.choice([70, 80, 88]), dpi=(300, 300))
                elif fmt == "tiff":
                    pages = []
                    for p in raster(src, 300, tmpdir):
                        p = degrade(p, R, rotate=R.random() < 0.5, blur=0, noise=0)
                        pages.append(p.point(lambda v: 255 if v > 150 else 0).convert("1", dither=0))
                    pages[0].save(path, compression="group4", save_all=True, append_images=pages[1:], dpi=(300, 300))
            if a.dump_text:
                os.makedirs(os.path.join(a.outdir, "text"), exist_ok=True)
                with open(os.path.join(a.outdir, "text", os.path.basename(name) + ".txt"), "w", encoding="utf-8") as f:
                    f.write(check_text)
            labels.append({"file": name, "lang": lang, "format": fmt, "template": doc.kind,
                           "pii": doc.pii, "decoys": doc.decoys, "content": doc.content})
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    with open(os.path.join(a.outdir, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("gen-corpus: %d documents in %s (seed %d)" % (len(labels), a.outdir, a.seed))


if __name__ == "__main__":
    main()
