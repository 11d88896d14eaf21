#!/usr/bin/python3
"""ocr-degrade.py — degraded-scan corpus for the OCR stage: Québec-style
letters and forms (French/English) with known identifiers and known ordinary
sentences, rendered as photocopy- and fax-grade scans.

  bench/ocr-degrade.py OUTDIR [--set dev|heldout] [--seed N] [--count N]
                       [--profile NAME] [--dump-text]

Writes OUTDIR/docs/*, OUTDIR/labels.jsonl in the format of `caviar eval`
(../shared/README.md): {"file", "lang", "format", "pii": [{"type","value"}],
"decoys", "content"}, plus "template" and "degradation" (ignored by eval), and
with --dump-text OUTDIR/text/NAME.txt (the text as typed: ground truth, used by
bench/ocr-quality.py to tell OCR misreads from redaction misses).

Sets (disjoint by construction, so tuning on one says nothing of the other):
  dev      templates "lettre" and "formulaire", content sentences pool A,
           default seed 1, 24 documents;
  heldout  templates "avis" (decision notice) and "note" (case note), content
           pool B, default seed 1001, 16 documents.  Score it only at the end.
Same set, seed and count: same bytes (the PDFs carry no date).

Degradations (drawn per document from the seed; "degradation" in labels.jsonl
records them):
  photocopy  grey, 150-200 dpi, rotated up to 3 degrees, uneven background and
             toner (faded or heavy strokes), blur, speckle (salt-and-pepper and
             toner dust), JPEG quality 15-45, as a JPEG file or a scanned PDF
             (the JPEG embedded as is, img2pdf);
  fax        bilevel, 204x196 or 204x98 dpi (fine / normal fax), rotated,
             blurred before thresholding, speckle, CCITT G4 TIFF or a PDF
             holding the G4 image;
  scan       grey, 200 dpi, rotated, light noise, JPEG 40-60 or PNG;
  clean      300 dpi grey PNG, upright, no noise (to check clean pages are not
             hurt; only with --profile clean).

Needs Debian's /usr/bin/python3 with python3-pil, python3-numpy and
python3-img2pdf, fonts-dejavu-core and fonts-liberation2 (tools/install-deps.sh
--extra).  Identifiers: SIN (Luhn, first digit not 0/8/9), RAMQ (INSPQ check
digit), phones (NANP, no N11/555 exchange), postal codes (Canada Post
letters), civic addresses, dates of birth, e-mail; no labelled value occurs
elsewhere in the text (as eval compares), so a reported leak is a real leak.
"""
import argparse
import contextlib
import io
import json
import os
import random
import re
import sys
import unicodedata

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

MASTER_DPI = 300
PAGE_W, PAGE_H = int(8.5 * MASTER_DPI), int(11 * MASTER_DPI)

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2"]
FONTS = [  # (regular, bold)
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
]

# ----------------------------------------------------------------- names ----
F_FR = ("Julie Nathalie Isabelle Sophie Catherine Mélanie Stéphanie Geneviève Valérie "
        "Josée Manon Sylvie Lise Hélène Chantal Émilie Maude Audrey Ariane Rosalie "
        "Marie-Ève Anne-Marie Marie-Josée Léa Chloé Océane").split()
M_FR = ("Martin Stéphane Éric Patrick Sylvain Daniel Luc Michel François Mathieu "
        "Jean-François Pierre-Olivier Marc-André Olivier Simon Alexandre Gabriel "
        "Samuel Félix Jérémie Benoît Réal Gaétan Rémi").split()
F_EN = "Jennifer Sarah Emily Laura Amanda Karen Linda Susan Grace Hannah".split()
M_EN = "Michael David James Robert Andrew Ryan Jason Kevin Scott Brian".split()
LAST = ("Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné "
        "Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard Simard "
        "Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe Leclerc "
        "Lefebvre Poulin Thibault St-Onge Desjardins Bédard Vachon Mercier "
        "Nguyen Haddad Diallo Ramirez Kowalski Tran Benoît-Lamarre Caron-Vézina "
        "Dion Sauvé Allard Grenier Lachance Massé Bisson Turgeon Veilleux").split()

STREETS_FR = ["rue des Érables", "rue Saint-Jean", "avenue du Parc", "boulevard Laurier",
              "chemin Sainte-Foy", "rue Principale", "avenue Cartier", "rue King Ouest",
              "boulevard Saint-Joseph", "rue de la Montagne", "rang Saint-Isidore",
              "montée Sainte-Julie", "rue Notre-Dame", "avenue des Pins", "rue Racine"]
STREETS_EN = ["Maple Street", "Cedar Avenue", "Elm Drive", "Victoria Road", "Lakeshore Road",
              "Church Street", "Birchwood Crescent", "Oak Lane", "Mountain Street"]
CITIES = ["Québec (Québec)", "Lévis (Québec)", "Montréal (Québec)", "Sherbrooke (Québec)",
          "Gatineau (Québec)", "Rimouski (Québec)", "Saguenay (Québec)", "Laval (Québec)",
          "Trois-Rivières (Québec)", "Longueuil (Québec)"]
CITIES_EN = ["Montreal, Quebec", "Sherbrooke, Quebec", "Gatineau, Quebec", "Pointe-Claire, Quebec"]
DOMAINS = ["videotron.ca", "gmail.com", "hotmail.com", "outlook.com", "sympatico.ca", "bell.net"]
MONTHS_FR = ("janvier février mars avril mai juin juillet août septembre octobre "
             "novembre décembre").split()
MONTHS_EN = ("January February March April May June July August September October "
             "November December").split()

ORGS_FR = ["Ministère de l'Emploi et de la Solidarité sociale", "Direction régionale de Services Québec",
           "Bureau des renseignements et plaintes", "Centre intégré de santé et de services sociaux",
           "Commission de la construction du Québec", "Régie du logement de la Capitale-Nationale"]
ORGS_EN = ["Ministry of Employment and Social Solidarity", "Services Québec Regional Office",
           "Integrated Health and Social Services Centre", "Office of Information and Complaints"]

# ------------------------------------------------------ content sentences ----
# Pool A (dev set) and pool B (held-out set) share no sentence.
CONTENT_A_FR = [
    "Votre demande de prestation a été reçue et sera traitée dans les meilleurs délais.",
    "Les documents transmis par la poste doivent être des copies et non des originaux.",
    "Le montant de votre aide financière sera révisé au début de chaque année civile.",
    "Nous vous invitons à nous informer de tout changement dans votre situation familiale.",
    "Une copie de la décision a été versée à votre dossier pour consultation ultérieure.",
    "Les heures d'ouverture du bureau régional seront prolongées pendant la période estivale.",
    "Le formulaire doit être signé et daté avant d'être retourné à notre service.",
    "La rencontre d'évaluation aura lieu dans nos locaux situés au rez-de-chaussée.",
    "Les frais de déplacement admissibles seront remboursés sur présentation des reçus.",
    "Votre participation au programme de formation prendra fin au terme de la session.",
    "Le délai de contestation est de trente jours à compter de la réception de cette lettre.",
    "Les renseignements fournis demeurent confidentiels et ne servent qu'à votre dossier.",
    "Aucun paiement ne sera versé tant que les pièces manquantes ne seront pas reçues.",
    "La vérification de votre admissibilité exige une preuve de résidence récente.",
]
CONTENT_A_EN = [
    "Your benefit application has been received and will be processed as soon as possible.",
    "Documents sent by mail must be copies and not originals.",
    "The amount of your financial assistance will be reviewed at the start of each calendar year.",
    "Please inform us of any change in your family situation.",
    "A copy of the decision has been placed in your file for future reference.",
    "Office hours at the regional office will be extended during the summer period.",
    "The form must be signed and dated before it is returned to our service.",
    "The assessment meeting will take place in our offices on the ground floor.",
    "Eligible travel expenses will be reimbursed upon presentation of receipts.",
    "Your participation in the training program will end at the close of the session.",
    "You have thirty days from the receipt of this letter to contest the decision.",
    "The information you provide remains confidential and is used only for your file.",
    "No payment will be issued until the missing documents have been received.",
    "Verifying your eligibility requires a recent proof of residence.",
]
CONTENT_B_FR = [
    "Après analyse, le comité a conclu que les conditions d'admissibilité sont remplies.",
    "La prestation rétroactive sera déposée dans votre compte au cours du prochain mois.",
    "Le dossier a été transféré au service des recouvrements pour un suivi approprié.",
    "Une visite à domicile a été planifiée afin de compléter l'évaluation des besoins.",
    "La personne a confirmé par téléphone qu'elle déménagera à la fin du mois prochain.",
    "Les pièces justificatives reçues ne permettent pas d'établir le revenu de la famille.",
    "Un avis de révision sera envoyé dès que le responsable aura rendu sa décision.",
    "La demande de dérogation a été refusée faute de motifs suffisants.",
    "Le paiement de soutien sera suspendu pendant la durée du séjour à l'étranger.",
    "Le médecin traitant a recommandé un retour progressif au travail.",
    "Les heures de bénévolat déclarées seront prises en compte dans le calcul.",
]
CONTENT_B_EN = [
    "After review, the committee concluded that the eligibility conditions are met.",
    "The retroactive benefit will be deposited into your account next month.",
    "The file has been transferred to the collections department for follow-up.",
    "A home visit has been scheduled to complete the needs assessment.",
    "The client confirmed by telephone that she will move at the end of next month.",
    "The supporting documents received do not establish the household income.",
    "A review notice will be sent as soon as the officer has made a decision.",
    "The request for an exemption was denied for lack of sufficient grounds.",
    "Support payments will be suspended for the duration of the stay abroad.",
    "The attending physician recommended a gradual return to work.",
    "Declared volunteer hours will be taken into account in the calculation.",
]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def squash(s):
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(c for c in s if c.isalnum())


# ------------------------------------------------------------ identifiers ----
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        s += d - 9 if d > 9 else d
    return s % 10 == 0


def ebcdic(c):
    if c.isdigit():
        return 240 + int(c)
    o = ord(c) - ord("A")
    return 193 + o if o < 9 else (209 + o - 9 if o < 18 else 226 + o - 18)


def ramq_check(letters, yyyy, female, mm, dd, diff):
    s14 = letters + "%04d" % yyyy + ("F" if female else "M") + "%02d%02d" % (mm, dd) + diff
    w = [1, 3, 7, 9, 1, 7, 1, 3, 4, 5, 7, 6, 9, 1]
    return str(sum(ebcdic(c) * k for c, k in zip(s14, w)) % 10)


# vectors of ../shared/notes/identifiers.md
assert ramq_check("QWEA", 2010, False, 1, 1, "1") == "0"
assert ramq_check("QWEA", 2010, True, 1, 1, "7") == "0"
assert luhn_ok("046454286") and not luhn_ok("046454287")


class Doc:
    """Lines of text with a style: ("b", text) bold, ("p", text) paragraph
    (wrapped), ("l", text) one line, ("", ) blank."""

    def __init__(self, lang, template):
        self.lang, self.template = lang, template
        self.lines, self.pii, self.decoys, self.content = [], [], [], []

    def add(self, typ, value):
        if {"type": typ, "value": value} not in self.pii:
            self.pii.append({"type": typ, "value": value})
        return value

    def dec(self, value):
        if value not in self.decoys:
            self.decoys.append(value)
        return value

    def con(self, s):
        self.content.append(s)
        return s

    def b(self, t):
        self.lines.append(("b", t))

    def p(self, t):
        self.lines.append(("p", t))

    def l(self, t):
        self.lines.append(("l", t))

    def blank(self):
        self.lines.append(("",))

    def text(self):
        out = []
        for ln in self.lines:
            out.append(ln[1] if len(ln) > 1 else "")
        return "\n".join(out) + "\n"


class Gen:
    def __init__(self, R, pool_fr, pool_en):
        self.R = R
        self.pool = {"fr": list(pool_fr), "en": list(pool_en)}

    def person(self, lang):
        R = self.R
        sex = R.choice("FM")
        if lang == "fr" or R.random() < 0.3:
            first = R.choice(F_FR if sex == "F" else M_FR)
        else:
            first = R.choice(F_EN if sex == "F" else M_EN)
        return {"first": first, "last": R.choice(LAST), "sex": sex}

    def full(self, p):
        return p["first"] + " " + p["last"]

    def sin(self):
        R = self.R
        while True:
            d = str(R.randint(1, 7)) + "".join(R.choice("0123456789") for _ in range(8))
            if luhn_ok(d):
                break
        sep = R.choice([" ", " ", "-", ""])
        return d[:3] + sep + d[3:6] + sep + d[6:]

    def dob(self, lang):
        R = self.R
        y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(2, 28)
        style = R.choice(["long", "long", "iso", "slash"])
        if style == "long":
            s = ("%d %s %d" % (d, MONTHS_FR[m - 1], y) if lang == "fr"
                 else "%s %d, %d" % (MONTHS_EN[m - 1], d, y))
        elif style == "iso":
            s = "%d-%02d-%02d" % (y, m, d)
        else:
            s = "%02d/%02d/%d" % (d, m, y)
        return s, (y, m, d)

    def ramq(self, p, ymd):
        R = self.R
        y, m, d = ymd
        last = re.sub(r"[^A-Z]", "", strip_accents(p["last"]).upper())
        letters = (last + "XXX")[:3] + strip_accents(p["first"])[0].upper()
        female = p["sex"] == "F"
        diff = R.choice("1112")
        nam = "%s%02d%02d%02d%s%s" % (letters, y % 100, m + (50 if female else 0), d, diff,
                                      ramq_check(letters, y, female, m, d, diff))
        return R.choice([nam[:4] + " " + nam[4:8] + " " + nam[8:], nam])

    def phone(self):
        R = self.R
        a = R.choice("418 581 514 438 450 819 873 367".split())
        while True:
            b = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
            if b[1:] != "11" and b != "555":
                break
        c = "%04d" % R.randint(0, 9999)
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s %s-%s"]) % (a, b, c)

    def postal(self):
        R = self.R
        L = "ABCEGHJKLMNPRSTVXY"
        return "%s%d%s %d%s%d" % (R.choice("GHJ"), R.randint(0, 9), R.choice(L),
                                  R.randint(0, 9), R.choice(L), R.randint(0, 9))

    def address(self, lang):
        R = self.R
        n = R.randint(10, 9999)
        if lang == "fr":
            return R.choice(["%d, %s", "%d %s"]) % (n, R.choice(STREETS_FR))
        return "%d %s" % (n, R.choice(STREETS_EN))

    def city(self, lang):
        return self.R.choice(CITIES if lang == "fr" or self.R.random() < 0.4 else CITIES_EN)

    def email(self, p):
        R = self.R
        f = re.sub(r"[^a-z]", "", strip_accents(p["first"]).lower())
        return "%s%d@%s" % (f[:6], R.randint(10, 99), R.choice(DOMAINS))

    def file_no(self):
        R = self.R
        return R.choice(["%d-%03d-%05d" % (R.randint(2021, 2026), R.randint(100, 999), R.randint(0, 99999)),
                         "DOS-%d-%04d" % (R.randint(2021, 2026), R.randint(0, 9999))])

    def amount(self, lang):
        R = self.R
        e, c = R.randint(50, 9999), R.randint(0, 99)
        if lang == "fr":
            return ("%d %03d,%02d $" % (e // 1000, e % 1000, c)) if e >= 1000 else "%d,%02d $" % (e, c)
        return "$%s.%02d" % ("{:,}".format(e), c)

    def date(self, lang):
        R = self.R
        y, m, d = R.randint(2024, 2026), R.randint(1, 12), R.randint(2, 28)
        return "%d %s %d" % (d, MONTHS_FR[m - 1], y) if lang == "fr" else "%s %d, %d" % (MONTHS_EN[m - 1], d, y)

    def sentences(self, doc, n):
        pool = self.pool[doc.lang]
        picked = self.R.sample(pool, n)
        return [doc.con(s) for s in picked]


# --------------------------------------------------------------- templates ----
def t_lettre(g, lang):
    R = g.R
    d = Doc(lang, "lettre")
    c, agent = g.person(lang), g.person(lang)
    fr = lang == "fr"
    dob, ymd = g.dob(lang)
    d.b(R.choice(ORGS_FR if fr else ORGS_EN))
    d.blank()
    d.l(("Québec, le %s" if fr else "Quebec City, %s") % d.dec(g.date(lang)))
    d.blank()
    title = ("Madame" if c["sex"] == "F" else "Monsieur") if fr else ("Ms." if c["sex"] == "F" else "Mr.")
    d.l("%s %s" % (title, d.add("PERSON", g.full(c))))
    d.l(d.add("ADDRESS", g.address(lang)))
    d.l("%s  %s" % (g.city(lang), d.add("POSTAL_CODE", g.postal())))
    d.blank()
    d.b(("Objet : votre dossier n° %s" if fr else "Re: your file No. %s") % d.dec(g.file_no()))
    d.blank()
    d.l(("%s," % title.split()[0]) if fr else "Dear %s %s," % (title, c["last"]))
    d.blank()
    s = g.sentences(d, 4)
    d.p(s[0] + " " + s[1])
    d.blank()
    sin = d.add("SIN", g.sin())
    if fr:
        d.p("Selon nos dossiers, votre numéro d'assurance sociale est le %s et vous êtes né%s le %s."
            % (sin, "e" if c["sex"] == "F" else "", d.add("DOB", dob)))
    else:
        d.p("According to our records, your social insurance number is %s and your date of birth is %s."
            % (sin, d.add("DOB", dob)))
    d.blank()
    ramq = d.add("RAMQ", g.ramq(c, ymd))
    d.p(("Votre numéro d'assurance maladie %s figure sur la copie reçue le %s."
         if fr else "Your health insurance number %s appears on the copy received on %s.")
        % (ramq, d.dec(g.date(lang))))
    d.blank()
    d.p(s[2])
    d.blank()
    ph = d.add("PHONE", g.phone())
    em = d.add("EMAIL", g.email(c))
    d.p(("Nous avons tenté de vous joindre au %s et à l'adresse %s sans succès. %s"
         if fr else "We tried to reach you at %s and at %s without success. %s") % (ph, em, s[3]))
    d.blank()
    d.l("Veuillez agréer, %s, nos salutations distinguées." % title if fr else "Yours sincerely,")
    d.blank()
    d.l(d.add("PERSON", g.full(agent)))
    d.l(("Agente" if agent["sex"] == "F" else "Agent") + " d'aide socio-économique" if fr else "Case officer")
    d.l(("Téléphone : %s" if fr else "Telephone: %s") % d.add("PHONE", g.phone()))
    return d


def t_formulaire(g, lang):
    R = g.R
    d = Doc(lang, "formulaire")
    c = g.person(lang)
    fr = lang == "fr"
    dob, ymd = g.dob(lang)
    d.b(R.choice(ORGS_FR if fr else ORGS_EN))
    d.b("DEMANDE DE RÉVISION" if fr else "REQUEST FOR REVIEW")
    d.l(("Numéro de dossier : %s" if fr else "File number: %s") % d.dec(g.file_no()))
    d.blank()
    d.b("Section 1 - Renseignements sur la personne" if fr else "Section 1 - Personal information")
    sep = " : " if fr else ": "
    rows = [
        ("Nom" if fr else "Last name", d.add("PERSON", c["last"])),
        ("Prénom" if fr else "First name", c["first"]),
        ("Date de naissance" if fr else "Date of birth", d.add("DOB", dob)),
        ("Numéro d'assurance sociale" if fr else "Social insurance number", d.add("SIN", g.sin())),
        ("Numéro d'assurance maladie" if fr else "Health insurance number", d.add("RAMQ", g.ramq(c, ymd))),
        ("Adresse" if fr else "Address", d.add("ADDRESS", g.address(lang))),
        ("Ville" if fr else "City", g.city(lang)),
        ("Code postal" if fr else "Postal code", d.add("POSTAL_CODE", g.postal())),
        ("Téléphone (domicile)" if fr else "Telephone (home)", d.add("PHONE", g.phone())),
        ("Téléphone (travail)" if fr else "Telephone (work)", d.add("PHONE", g.phone())),
        ("Courriel" if fr else "E-mail", d.add("EMAIL", g.email(c))),
    ]
    for k, v in rows:
        d.l(k + sep + v)
    d.blank()
    d.b("Section 2 - Motif de la demande" if fr else "Section 2 - Reason for the request")
    s = g.sentences(d, 4)
    d.p(s[0] + " " + s[1])
    d.p(s[2])
    d.p(("Montant réclamé : %s. " if fr else "Amount claimed: %s. ") % d.dec(g.amount(lang)) + s[3])
    d.blank()
    d.b("Section 3 - Signature")
    d.l(("Signé à %s, le %s" if fr else "Signed in %s on %s") % (g.city(lang).split(" (")[0].split(",")[0],
                                                              d.dec(g.date(lang))))
    d.l(("Reçu par : %s" if fr else "Received by: %s") % d.add("PERSON", g.full(g.person(lang))))
    return d


def t_avis(g, lang):
    R = g.R
    d = Doc(lang, "avis")
    c, officer = g.person(lang), g.person(lang)
    fr = lang == "fr"
    dob, ymd = g.dob(lang)
    d.b(R.choice(ORGS_FR if fr else ORGS_EN))
    d.b("AVIS DE DÉCISION" if fr else "NOTICE OF DECISION")
    d.blank()
    d.l(("Date de l'avis : %s" if fr else "Date of notice: %s") % d.dec(g.date(lang)))
    d.l(("Référence : %s" if fr else "Reference: %s") % d.dec(g.file_no()))
    d.l(("Prestataire : %s" if fr else "Recipient: %s") % d.add("PERSON", g.full(c)))
    d.l(("NAS : %s" if fr else "SIN: %s") % d.add("SIN", g.sin()))
    d.l(("N° d'assurance maladie : %s" if fr else "Medicare number: %s") % d.add("RAMQ", g.ramq(c, ymd)))
    d.l(("Date de naissance : %s" if fr else "Born: %s") % d.add("DOB", dob))
    d.l(("Adresse : %s, %s %s" if fr else "Address: %s, %s %s")
        % (d.add("ADDRESS", g.address(lang)), g.city(lang), d.add("POSTAL_CODE", g.postal())))
    d.blank()
    s = g.sentences(d, 4)
    d.p(s[0])
    d.blank()
    d.p(("Le montant accordé est de %s par mois. " if fr else "The amount granted is %s a month. ")
        % d.dec(g.amount(lang)) + s[1])
    d.blank()
    d.p(s[2] + " " + s[3])
    d.blank()
    ph = d.add("PHONE", g.phone())
    d.p(("Pour joindre votre agent, %s, composez le %s."
         if fr else "To reach your officer, %s, call %s.") % (d.add("PERSON", g.full(officer)), ph))
    d.l(("Copie conforme : %s" if fr else "Copy to: %s") % d.add("EMAIL", g.email(c)))
    return d


def t_note(g, lang):
    R = g.R
    d = Doc(lang, "note")
    c, author, boss = g.person(lang), g.person(lang), g.person(lang)
    fr = lang == "fr"
    dob, ymd = g.dob(lang)
    d.b("NOTE AU DOSSIER" if fr else "CASE NOTE")
    d.blank()
    d.l(("De : %s" if fr else "From: %s") % d.add("PERSON", g.full(author)))
    d.l(("À : %s" if fr else "To: %s") % d.add("PERSON", g.full(boss)))
    d.l("Date : %s" % d.dec(g.date(lang)) if fr else "Date: %s" % d.dec(g.date(lang)))
    d.l(("Objet : suivi du dossier %s" if fr else "Subject: follow-up on file %s") % d.dec(g.file_no()))
    d.blank()
    s = g.sentences(d, 4)
    title = ("Mme" if c["sex"] == "F" else "M.") if fr else ("Ms." if c["sex"] == "F" else "Mr.")
    if fr:
        d.p("%s %s (NAS %s), née le %s, a communiqué avec nous le %s. %s"
            % (title, d.add("PERSON", g.full(c)), d.add("SIN", g.sin()), d.add("DOB", dob),
               d.dec(g.date(lang)), s[0]))
    else:
        d.p("%s %s (SIN %s), born %s, contacted us on %s. %s"
            % (title, d.add("PERSON", g.full(c)), d.add("SIN", g.sin()), d.add("DOB", dob),
               d.dec(g.date(lang)), s[0]))
    d.blank()
    d.p(s[1])
    d.blank()
    d.p(("Elle habite au %s, %s, %s. Son numéro d'assurance maladie est %s."
         if fr else "The client lives at %s, %s, %s. The health card number is %s.")
        % (d.add("ADDRESS", g.address(lang)), g.city(lang), d.add("POSTAL_CODE", g.postal()),
           d.add("RAMQ", g.ramq(c, ymd))))
    d.blank()
    d.p(s[2] + " " + s[3])
    d.blank()
    d.p(("Coordonnées : %s (cellulaire), %s." if fr else "Contact: %s (cell), %s.")
        % (d.add("PHONE", g.phone()), d.add("EMAIL", g.email(c))))
    return d


SETS = {
    "dev": {"templates": [t_lettre, t_formulaire], "pool": (CONTENT_A_FR, CONTENT_A_EN),
            "seed": 1, "count": 24},
    "heldout": {"templates": [t_avis, t_note], "pool": (CONTENT_B_FR, CONTENT_B_EN),
                "seed": 1001, "count": 16},
}


def check_labels(doc, text):
    hay = squash(text)
    for p in doc.pii:
        v = squash(p["value"])
        assert v in hay, (doc.template, p)
    for v in doc.decoys + doc.content:
        assert squash(v) in hay, (doc.template, v)
    # no pii value may survive elsewhere: remove every labelled occurrence
    rest = text
    for p in sorted(doc.pii, key=lambda p: -len(p["value"])):
        rest = rest.replace(p["value"], " ")
    rest = squash(rest)
    for p in doc.pii:
        v = squash(p["value"])
        if len(v) >= 4:
            assert v not in rest, (doc.template, p)


# --------------------------------------------------------------- rendering ----
def font_path(name):
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    sys.exit("ocr-degrade: font %s missing (fonts-dejavu-core, fonts-liberation2)" % name)


def render(doc, R):
    """The page as an 8-bit grey image at MASTER_DPI (black text on white)."""
    reg, bold = R.choice(FONTS)
    pt = R.choice([10, 10.5, 11, 11, 12])
    px = int(round(pt * MASTER_DPI / 72))
    f = ImageFont.truetype(font_path(reg), px)
    fb = ImageFont.truetype(font_path(bold), px)
    im = Image.new("L", (PAGE_W, PAGE_H), 255)
    dr = ImageDraw.Draw(im)
    left = int(R.uniform(0.9, 1.1) * MASTER_DPI)
    width = PAGE_W - 2 * left
    y = int(R.uniform(0.7, 1.0) * MASTER_DPI)
    lead = int(px * R.uniform(1.3, 1.45))
    for ln in doc.lines:
        if len(ln) == 1:
            y += lead // 2
            continue
        style, t = ln
        font = fb if style == "b" else f
        if style == "p":
            words, cur = t.split(" "), ""
            out = []
            for w in words:
                cand = (cur + " " + w) if cur else w
                if font.getlength(cand) > width and cur:
                    out.append(cur)
                    cur = w
                else:
                    cur = cand
            out.append(cur)
        else:
            out = [t]
        for o in out:
            dr.text((left, y), o, font=font, fill=0)
            y += lead
    if y > PAGE_H - 0.5 * MASTER_DPI:
        raise RuntimeError("page overflow")
    return im, {"font": reg, "pt": pt}


def lowfreq(rng, h, w, cells):
    """A smooth random field in [0, 1]."""
    g = rng.random((cells + 1, cells + 1)).astype(np.float32)
    im = Image.fromarray((g * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


def degrade(master, prof, rng, R):
    """Applies profile @prof to the master page; returns (PIL image, info)."""
    info = {"profile": prof}
    ink = 1.0 - np.asarray(master, dtype=np.float32) / 255.0
    h, w = ink.shape
    if prof == "clean":
        return master, dict(info, dpi=[300, 300])
    # toner: faded areas or heavy strokes
    toner = R.choice(["faded", "heavy", "normal"])
    info["toner"] = toner
    if toner == "faded":
        amp = R.uniform(0.25, 0.45)
        ink *= 1.0 - amp * lowfreq(rng, h, w, 5)
        info["fade"] = round(amp, 2)
    elif toner == "heavy":
        thick = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(3)),
                           dtype=np.float32) / 255.0
        ink = np.maximum(ink, 0.8 * thick)
    # paper and uneven background
    paper_level = R.uniform(0.86, 0.97) if prof != "fax" else 0.97
    bg_amp = R.uniform(0.05, 0.22) if prof == "photocopy" else R.uniform(0.0, 0.06)
    paper = paper_level - bg_amp * lowfreq(rng, h, w, 3)
    if prof == "photocopy" and R.random() < 0.5:  # dark band along one edge (bound page)
        band = np.clip(1.0 - np.arange(w, dtype=np.float32) / (0.06 * w), 0, 1) ** 2
        paper = paper - 0.45 * (band[::-1] if R.random() < 0.5 else band)[None, :]
        info["edge_band"] = True
    info["background"] = [round(paper_level, 2), round(bg_amp, 2)]
    img = np.clip(paper * (1.0 - ink * R.uniform(0.85, 1.0)), 0, 1)
    pim = Image.fromarray((img * 255).astype(np.uint8), "L")
    # rotation on the glass
    ang = R.uniform(-3.0, 3.0)
    pim = pim.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=int(paper_level * 255))
    info["angle"] = round(ang, 2)
    # scanning resolution
    if prof == "fax":
        xdpi, ydpi = 204, R.choice([196, 196, 98])
    elif prof == "scan":
        xdpi = ydpi = 200
    else:
        xdpi = ydpi = R.choice([150, 150, 200])
    pim = pim.resize((round(w * xdpi / MASTER_DPI), round(h * ydpi / MASTER_DPI)), Image.BOX)
    info["dpi"] = [xdpi, ydpi]
    blur = R.uniform(0.5, 1.1) if prof != "scan" else R.uniform(0.3, 0.6)
    pim = pim.filter(ImageFilter.GaussianBlur(blur))
    info["blur"] = round(blur, 2)
    a = np.asarray(pim, dtype=np.float32) / 255.0
    hh, ww = a.shape
    # sensor noise
    sigma = R.uniform(0.02, 0.06) if prof == "photocopy" else R.uniform(0.0, 0.03)
    a = a + rng.normal(0.0, sigma, a.shape).astype(np.float32)
    info["noise"] = round(sigma, 3)
    # speckle: salt-and-pepper and toner dust
    sp = R.uniform(0.002, 0.012) if prof != "scan" else R.uniform(0.0, 0.002)
    u = rng.random(a.shape)
    a[u < sp / 2] = 0.05
    a[(u >= sp / 2) & (u < sp)] = 0.98
    ndust = int(R.uniform(100, 900) * (ww * hh) / 2.0e6) if prof != "scan" else 0
    ys, xs = rng.integers(0, hh, ndust), rng.integers(0, ww, ndust)
    rs = rng.integers(1, 3, ndust)
    for y0, x0, r in zip(ys, xs, rs):
        a[max(0, y0 - r + 1):y0 + r, max(0, x0 - r + 1):x0 + r] = 0.1
    info["speckle"] = round(sp, 4)
    info["dust"] = ndust
    a = np.clip(a, 0, 1)
    out = Image.fromarray((a * 255).astype(np.uint8), "L")
    if prof == "fax":
        t = R.uniform(0.45, 0.6)
        out = out.point(lambda v: 255 if v > t * 255 else 0).convert("1", dither=Image.NONE)
        info["threshold"] = round(t, 2)
    return out, info


def encode(img, prof, fmt, info, R):
    """Returns (bytes, extension, label format)."""
    import img2pdf
    xdpi, ydpi = info["dpi"]
    buf = io.BytesIO()
    if prof == "fax":
        with contextlib.redirect_stderr(io.StringIO()):  # Pillow 9.4 prints its strip size
            img.save(buf, "TIFF", compression="group4", dpi=(xdpi, ydpi))
        if fmt == "pdf":
            layout = img2pdf.get_fixed_dpi_layout_fun((xdpi, ydpi))
            return img2pdf.convert(buf.getvalue(), layout_fun=layout, nodate=True,
                                  engine=img2pdf.Engine.internal), "pdf", "pdf-fax-g4"
        return buf.getvalue(), "tiff", "tiff-g4"
    if prof == "clean" or fmt == "png":
        img.save(buf, "PNG", dpi=(xdpi, ydpi), optimize=False)
        return buf.getvalue(), "png", "png"
    q = R.randint(15, 45) if prof == "photocopy" else R.randint(40, 60)
    info["jpeg_quality"] = q
    img.save(buf, "JPEG", quality=q, dpi=(xdpi, ydpi))
    if fmt == "pdf":
        layout = img2pdf.get_fixed_dpi_layout_fun((xdpi, ydpi))
        return img2pdf.convert(buf.getvalue(), layout_fun=layout, nodate=True,
                                  engine=img2pdf.Engine.internal), "pdf", "pdf-scan-jpeg"
    return buf.getvalue(), "jpg", "jpg"


# One document in N of each kind (profile, container), in turn.
MIX = [("photocopy", "pdf"), ("fax", "tiff"), ("photocopy", "jpg"), ("photocopy", "pdf"),
       ("fax", "pdf"), ("scan", "pdf"), ("photocopy", "pdf"), ("scan", "png")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--set", choices=SETS, default="dev")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--count", type=int)
    ap.add_argument("--profile", choices=["photocopy", "fax", "scan", "clean"],
                    help="every document with this profile (default: the mix)")
    ap.add_argument("--dump-text", action="store_true", help="write OUTDIR/text/NAME.txt (ground truth)")
    a = ap.parse_args()
    cfg = SETS[a.set]
    seed = a.seed if a.seed is not None else cfg["seed"]
    count = a.count if a.count is not None else cfg["count"]
    os.makedirs(os.path.join(a.outdir, "docs"), exist_ok=True)
    if a.dump_text:
        os.makedirs(os.path.join(a.outdir, "text"), exist_ok=True)
    labels = []
    for i in range(count):
        R = random.Random("%s-%d-%d" % (a.set, seed, i))
        rng = np.random.default_rng([seed, i, 7 if a.set == "dev" else 11])
        lang = "fr" if R.random() < 0.6 else "en"
        g = Gen(R, *cfg["pool"])
        tmpl = cfg["templates"][i % len(cfg["templates"])]
        doc = tmpl(g, lang)
        text = doc.text()
        check_labels(doc, text)
        prof, container = MIX[i % len(MIX)]
        if a.profile:
            prof = a.profile
            container = {"fax": R.choice(["tiff", "pdf"]), "clean": "png"}.get(prof, container)
        master, finfo = render(doc, R)
        img, info = degrade(master, prof, rng, R)
        info.update(finfo)
        data, ext, fmt = encode(img, prof, container, info, R)
        name = "ocr-%s-%03d-%s" % (a.set, i, lang)
        with open(os.path.join(a.outdir, "docs", name + "." + ext), "wb") as f:
            f.write(data)
        if a.dump_text:
            with open(os.path.join(a.outdir, "text", name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        labels.append({"file": "docs/%s.%s" % (name, ext), "lang": lang, "format": fmt,
                       "pii": doc.pii, "decoys": doc.decoys, "content": doc.content,
                       "template": doc.template, "degradation": info})
    with open(os.path.join(a.outdir, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    npii = sum(len(l["pii"]) for l in labels)
    print("ocr-degrade: %d documents, %d identifiers, %d content sentences in %s"
          % (len(labels), npii, sum(len(l["content"]) for l in labels), a.outdir))


if __name__ == "__main__":
    main()
