#!/usr/bin/env python3
"""redact-gen.py — deterministic benchmark inputs for the redaction stage.

  redact-gen.py mixed SIZE_MB   FR/EN prose with letters carrying identifiers
                                (about one identifier per 500 bytes)
  redact-gen.py dense SIZE_MB   letters on every other block (one per 200 bytes)
  redact-gen.py KIND SIZE_MB    adversarial: digits-dashes, ats, capwords,
                                digits-spaces, titles, longline, closings,
                                births, caps-comma, colons, labels
Writes to stdout.  Same output for the same arguments (fixed seed)."""
import random, sys

R = random.Random(20251126)
FIRST = "Marie Jean William Kevin Léa Priya Julie Wei Olivier Félix Zoé Mamadou Nathalie Émilie Jean-François Marie-Ève David Fatima".split()
LAST = "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Chen Singh Diallo Smith".split()
STREETS = ["avenue Cartier", "rue des Érables", "boulevard Laurier", "chemin du Lac-Beauport", "côte de la Fabrique"]
EN_STREETS = ["Greene Avenue", "Peel Street", "Lakeshore Road", "Maple Crescent"]
CITIES = ["Laval (Québec)", "Montréal (Québec)", "Sherbrooke, QC", "Gatineau, QC"]
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
FILLER_FR = ["La demande d'accès à l'information vise les procès-verbaux du comité de gestion.",
             "Conformément à l'article 65.1 de la Loi sur l'accès (RLRQ, c. A-2.1), vous pouvez demander la révision de cette décision.",
             "Le comité se réunira de nouveau afin d'examiner les documents transmis par les différentes directions.",
             "Les renseignements fournis seront traités de façon confidentielle et conservés selon le calendrier de conservation."]
FILLER_EN = ["The access to information request concerns the minutes of the management committee.",
             "Under section 59 of the Act respecting Access to documents held by public bodies (CQLR, chapter A-2.1), you may request a review.",
             "The committee will meet again to review the documents provided by the various branches.",
             "The information provided will be treated confidentially and kept according to the retention schedule."]

def luhn_complete(digits):
    s = 0
    for i, d in enumerate(reversed(digits + [0])):
        v = d * 2 if i % 2 else d
        s += v - 9 if v > 9 else v
    return digits + [(10 - s % 10) % 10]

def sin():
    d = luhn_complete([R.randint(1, 7)] + [R.randint(0, 9) for _ in range(7)])
    s = ''.join(map(str, d))
    return R.choice([s, s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:]])

def phone():
    a, b, c = R.choice(['418', '514', '450', '819']), R.randint(200, 999), R.randint(0, 9999)
    return R.choice(['(%s) %d-%04d', '%s-%d-%04d', '1-%s-%d-%04d', '+1 %s %d %04d']) % (a, b, c)

def postal():
    L = "ABCEGHJKLMNPRSTVXY"
    return "%s%d%s %d%s%d" % (R.choice("GHJ"), R.randint(0, 9), R.choice(L), R.randint(0, 9), R.choice(L), R.randint(0, 9))

def person():
    return R.choice(FIRST) + ' ' + R.choice(LAST)

def amount_fr():
    return "%d %03d,%02d $" % (R.randint(1, 300), R.randint(0, 999), R.randint(0, 99))

def letter_fr():
    p = person()
    return "\n".join([
        "Québec, le %d %s %d" % (R.randint(1, 28), R.choice(MONTHS_FR), R.randint(2019, 2025)), "",
        "Monsieur " + p, "%d %s, %s %s" % (R.randint(1, 9999), R.choice(STREETS), R.choice(CITIES), postal()), "",
        "Objet : Votre dossier n° %d-%d-%05d" % (R.randint(1000, 9999), R.randint(10, 99), R.randint(0, 99999)), "",
        "Monsieur,", "", R.choice(FILLER_FR),
        "Votre numéro d'assurance sociale (%s) et votre date de naissance, le %d %s %d, ont été vérifiés." % (sin(), R.randint(1, 28), R.choice(MONTHS_FR), R.randint(1930, 2005)),
        R.choice(FILLER_FR), R.choice(FILLER_FR), "Le montant accordé est de %s." % amount_fr(), "",
        "Pour toute question, joignez-nous au %s ou écrivez à %s@exemple.ca." % (phone(), p.split()[-1].lower()), "",
        "Veuillez agréer, Monsieur, nos salutations distinguées.", "", "La Direction des services à la clientèle", "", ""])

def letter_en():
    p = person()
    return "\n".join([
        "%s %d, %d" % (R.choice(MONTHS_EN), R.randint(1, 28), R.randint(2019, 2025)), "",
        "Mr. " + p, "%d %s, %s %s" % (R.randint(1, 9999), R.choice(EN_STREETS), R.choice(CITIES), postal()), "",
        "Re: File QC-%d-%06d" % (R.randint(2019, 2025), R.randint(0, 999999)), "",
        "Dear Mr. %s," % p.split()[-1], "", R.choice(FILLER_EN), R.choice(FILLER_EN),
        "We confirm your Social Insurance Number %s and date of birth (%s %d, %d) match our records." % (sin(), R.choice(MONTHS_EN), R.randint(1, 28), R.randint(1930, 2005)),
        R.choice(FILLER_EN), "The amount granted is $%d,%03d.%02d." % (R.randint(1, 300), R.randint(0, 999), R.randint(0, 99)), "",
        "Please call %s or email %s%d@outlook.com." % (phone(), p.split()[-1].lower(), R.randint(1, 99)), "",
        "Sincerely,", "Client Services Branch", "", ""])

def prose():
    return " ".join(R.choice(FILLER_FR + FILLER_EN) for _ in range(R.randint(3, 8))) + "\n\n"

VOCAB_FR = ("le la les des une un du de et est pour dans avec sur par que qui ne pas plus "
            "demande dossier comité rapport décision ministère gestion année programme service "
            "renseignements information document accès révision organisme public personnel "
            "traitement délai période mesure budget projet région municipalité conformément "
            "article loi règlement politique directive présent suivant également notamment").split()
VOCAB_EN = ("the of and to in a is for on with by that as be are this from or an at "
            "request file committee report decision department management year program service "
            "information document access review body public personal processing period measure "
            "budget project region municipality pursuant section act regulation policy directive").split()
PROPER = ["Québec", "Montréal", "Gatineau", "Canada", "Ontario", "Hydro-Québec", "Revenu Québec",
          "Santé Canada", "Saint-Laurent", "Laurentides", "Commission d'accès à l'information"]

def sentence():
    v = R.choice([VOCAB_FR, VOCAB_EN])
    words = [R.choice(v) for _ in range(R.randint(8, 22))]
    if R.random() < 0.3:
        words.insert(R.randint(0, len(words)), R.choice(PROPER))
    if R.random() < 0.2:
        words.insert(R.randint(0, len(words)), str(R.randint(1, 2025)))
    if R.random() < 0.1:
        words.insert(R.randint(0, len(words)), amount_fr())
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."

def varied_prose():
    return " ".join(sentence() for _ in range(R.randint(3, 9))) + "\n\n"

def mixed(size, dense=False):
    """dense: letters/forms on every other block (one identifier per ~200
    bytes); otherwise one identifier-bearing document per ~4 KB of prose
    (about one identifier per 500 bytes)."""
    out, n = [], 0
    while n < size:
        if dense:
            t = R.choice([letter_fr, letter_en, prose, prose])()
        else:
            t = R.choice([letter_fr, letter_en]) () if R.random() < 0.25 else varied_prose()
        out.append(t)
        n += len(t.encode())
    return "".join(out)

def adversarial(kind, size):
    unit = {"digits-dashes": "1-", "ats": "a@", "capwords": "Tremblay Marie Jean-François Gagnon ",
            "digits-spaces": "123 ", "titles": "M. Jean Mme Roy Dr ", "longline": "Nom : Jean ",
            "closings": "Sincerely\n", "births": "né le ", "caps-comma": "TREMBLAY, ",
            "colons": "1:", "labels": "Nom\n"}[kind]
    s = unit * (size // len(unit) + 1)
    return s[:size]

kind, mb = sys.argv[1], float(sys.argv[2])
size = int(mb * 1000 * 1000)
if kind in ("mixed", "dense"):
    sys.stdout.write(mixed(size, dense=(kind == "dense")))
else:
    sys.stdout.write(adversarial(kind, size))
