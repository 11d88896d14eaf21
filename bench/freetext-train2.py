#!/usr/bin/env python3
"""freetext-train2.py — training sentences for the name recogniser, second
round (redact/model/train-names.py): many short frames in French and
English where a slot holds a person's name in one of its written forms
(full, lower case, capitals, "SURNAME, Given", initials, particles, given
name alone, surname after a title) or, in the same frames, a place, an
organisation, a street, a month or a thing, so that the model learns what
makes a word a name and not only where names stand.  Names come from the
"train" pool of bench/freetext-pools.py and the "train2" pool of
bench/freetext-pools2.py (public name lists); never from the held-out
pools.  The frames, places and organisations are written for training only
(none is in bench/freetext-fresh.py).

  freetext-train2.py POOLS.json POOLS2.json N SEED > docs.jsonl

Output: the format of bench/freetext-gen.py.  Deterministic."""
import json, random, re, sys

ORGS = ["Pharmacie Familiprix", "Clinique médicale Saint-Vincent", "Cégep de Sainte-Foy", "Hôpital de Chicoutimi",
        "Aréna Gilles-Chabot", "École Jacques-Rousseau", "Centre communautaire Roussin", "Caisse Desjardins de Hull",
        "Bibliothèque Robert-Bourassa", "Collège Durocher", "Maison Jean-Lapointe", "Parc Molson",
        "Commission de la construction du Québec", "Ministère de la Famille", "Société québécoise des infrastructures",
        "Office des personnes handicapées", "Loto-Québec", "Bell Canada", "Vidéotron", "Desjardins",
        "Hôtel-Dieu de Lévis", "CLSC des Faubourgs", "Centre Jean-Jacques-Gauthier", "Polyvalente Benoît-Vachon"]
ORGS_EN = ["Queen Elizabeth Health Complex", "Saint Patrick's Basilica", "Bishop's University", "Heritage College",
           "Children's Aid Society", "Revenue Canada", "Canada Post", "Walmart", "Costco", "McDonald's", "Hydro One",
           "Victoria General Hospital", "Lord Selkirk School", "Wilfrid Laurier University", "Salvation Army"]
PLACES = ["Québec", "Montréal", "Sherbrooke", "Trois-Rivières", "Terrebonne", "Repentigny", "Saint-Lambert",
          "Brossard", "Châteauguay", "Sorel-Tracy", "Rimouski", "Sept-Îles", "Amos", "Val-d'Or", "Lachine",
          "Verdun", "Outremont", "Anjou", "Chambly", "Cowansville", "Ottawa", "Toronto", "Winnipeg", "Moncton",
          "Paris", "Lyon", "Port-au-Prince", "Alger", "Casablanca", "Dakar", "Hanoï", "Beijing", "Bogotá",
          "Lima", "Delhi", "Lagos", "Nairobi", "Manille", "Bamako", "Tunis"]
STREETS = ["rue Principale", "rue Saint-Jacques", "boulevard Décarie", "avenue Maplewood", "chemin Chambly",
           "rue Montcalm", "boulevard Taschereau", "rue Hochelaga", "Queen Street", "Victoria Road",
           "boulevard Sainte-Anne", "rue Jean-Talon Est"]
THINGS_FR = ["Programme d'aide", "Formulaire", "Règlement", "Service", "Comité", "Direction générale", "Conseil",
             "Bureau", "Tribunal", "Centre", "Ministère", "Loi", "Politique", "Rapport annuel", "Annexe"]
THINGS_EN = ["Program", "Form", "Regulation", "Service", "Committee", "Board", "Council", "Office", "Tribunal",
             "Centre", "Department", "Act", "Policy", "Annual Report", "Schedule"]
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()

# Frames: {P} a person (labelled), {X} a person or not (labelled when a
# person), {O} an organisation, {L} a place, {T} a title.
FR = [
    "{X} a appelé ce matin.", "J'ai parlé avec {X} hier.", "Selon {X}, la demande est incomplète.",
    "La lettre a été remise à {X}.", "Rencontre prévue chez {X} jeudi.", "Il habite avec {P} depuis mai.",
    "{P} et {P} sont arrivés en retard.", "Présence de {P}, {P} et {P}.", "Le dossier de {P} est fermé.",
    "{T} {P} demande un report.", "Courriel reçu de {X} à 9 h.", "Transmis à {X} pour suivi.",
    "Le fils de {P}, {P}, fréquente l'école.", "Madame {P} a rappelé.", "On attend la réponse de {X}.",
    "{P} (mère) accompagne l'enfant.", "Voir avec {P} pour la suite.", "Appel de {P} : aucun message.",
    "C'est {P} qui a signé le bail.", "{P} conteste la décision.", "Demande déposée par {P} le 3 mars.",
    "La plainte vise {X}.", "{X} refuse de payer.", "Le propriétaire, {P}, ne répond pas.",
    "Note : {P} absent.", "Référence : {P}.", "Responsable du dossier : {P}", "Visite chez {P} à {L}.",
    "{P} a déménagé à {L}.", "Rendez-vous à {O} avec {P}.", "{P}, intervenante, fera le suivi.",
    "Mme {P} et M. {P} étaient présents.", "à remettre à {P} avant vendredi", "merci à {P} pour son aide",
    "{P} m'a confirmé que {P} viendrait.", "Pour {P} : rappeler au sujet du loyer.", "Bonjour {P},",
    "Salut {P}, peux-tu vérifier?", "Au nom de {P}, je vous écris.", "De la part de {P}.",
    "Le médecin de {P} recommande un congé.", "{P} travaille à {O}.", "{P} vit à {L} avec sa sœur {P}.",
    "Entente signée entre {P} et {O}.", "{P} souhaite parler à {P}.", "{O} a refusé la demande.",
    "La réunion a eu lieu à {L}.", "{L} est desservie par {O}.", "Les bureaux de {O} sont fermés.",
    "Le {W} sera revu.", "Depuis {M}, aucun paiement.", "{M} sera chargé.", "Suivi en {M} prochain.",
]
EN = [
    "{X} called this morning.", "I spoke with {X} yesterday.", "According to {X}, the request is incomplete.",
    "The letter was handed to {X}.", "Meeting planned at {X}'s place on Thursday.", "He lives with {P} since May.",
    "{P} and {P} arrived late.", "Present: {P}, {P} and {P}.", "The file of {P} is closed.",
    "{T} {P} asks for a delay.", "Email received from {X} at 9 a.m.", "Forwarded to {X} for follow-up.",
    "{P}'s son, {P}, attends school.", "Ms. {P} called back.", "Waiting for an answer from {X}.",
    "{P} (mother) comes with the child.", "Check with {P} about next steps.", "Call from {P}: no message.",
    "It was {P} who signed the lease.", "{P} disputes the decision.", "Request filed by {P} on March 3.",
    "The complaint is about {X}.", "{X} refuses to pay.", "The landlord, {P}, does not answer.",
    "Note: {P} absent.", "Reference: {P}.", "Case worker: {P}", "Visit to {P} in {L}.",
    "{P} moved to {L}.", "Appointment at {O} with {P}.", "{P}, case worker, will follow up.",
    "Mrs. {P} and Mr. {P} were present.", "to give to {P} before Friday", "thanks to {P} for the help",
    "{P} confirmed that {P} would come.", "For {P}: call back about the rent.", "Hi {P},", "Dear {P},",
    "On behalf of {P}, I am writing to you.", "From {P}.", "{P}'s doctor recommends a leave.",
    "{P} works at {O}.", "{P} lives in {L} with her sister {P}.", "Agreement signed between {P} and {O}.",
    "{P} wants to speak with {P}.", "{O} denied the request.", "The meeting took place in {L}.",
    "{L} is served by {O}.", "The offices of {O} are closed.", "The {W} will be reviewed.",
    "Since {M}, no payment.", "{M} will be charged.", "Follow-up in {M}.",
]


# A name (or not) and a verb: "X explique que", "X says that".
VERBS_FR = ["explique", "affirme", "indique", "précise", "souligne", "ajoute", "confirme", "signale",
            "rapporte", "mentionne", "soutient", "déclare", "raconte", "reconnaît", "prétend", "répond",
            "accepte", "propose", "exige", "suggère", "présente", "dépose", "transmet", "souhaite"]
VERBS_EN = ["explains", "states", "indicates", "adds", "confirms", "reports", "mentions", "claims",
            "declares", "recalls", "admits", "replies", "accepts", "proposes", "demands", "suggests",
            "presents", "files", "sends", "wishes", "notes", "says"]
TAILS_FR = [" que le loyer n'a pas été payé.", " que la visite a eu lieu.", " une nouvelle demande.",
            " le rapport au comité.", " avoir reçu l'avis trop tard.", " qu'il reviendra lundi."]
TAILS_EN = [" that the rent was not paid.", " that the visit took place.", " a new request.",
            " the report to the committee.", " having received the notice too late.", " he will be back Monday."]
# Table rows: names in a name column; places, programmes and things
# elsewhere.
TABLE_FR = [("Nom | Téléphone | Ville", "{P} | 514-555-0{n} | {L}"),
            ("Programme | Région | Montant", "{W} {L} | {L} | 1 {n},00 $"),
            ("Participant | Rôle", "{P} | {R}"),
            ("Service | Responsable", "{W} | {P}")]
TABLE_EN = [("Name | Phone | City", "{P} | 514-555-0{n} | {L}"),
            ("Program | Region | Amount", "{W} {L} | {L} | ${n}.00"),
            ("Participant | Role", "{P} | {R}"),
            ("Service | Lead", "{W} | {P}")]
ROLES_FR = ["présidente", "secrétaire", "trésorier", "observateur", "conseillère"]
ROLES_EN = ["chair", "secretary", "treasurer", "observer", "advisor"]


class Doc:
    def __init__(self, id, lang):
        self.id, self.lang = id, lang
        self.buf = bytearray()
        self.spans = []

    def add(self, s, person=False):
        st = len(self.buf)
        self.buf += s.encode()
        if person:
            self.spans.append({'kind': 'pii', 'type': 'PERSON', 'start': st, 'end': len(self.buf)})

    def json(self):
        return json.dumps({'id': self.id, 'lang': self.lang, 'family': 'train2',
                           'text': self.buf.decode(), 'spans': self.spans}, ensure_ascii=False)


class Gen:
    def __init__(self, pools, pools2, seed):
        self.R = random.Random(seed)
        groups = []
        for origin, d in sorted(pools['train'].items()):
            w = 3 if origin in ('quebec', 'quebec2', 'fr', 'fr_CA', 'haitian', 'wordnames') else 1
            groups.append((d['first'], d['last'], w))
        for origin, d in sorted(pools2['train2'].items()):
            groups.append((d['first'], d['last'], 4 if origin in ('census', 'people') else 1))
        self.groups = [(f, l) for f, l, w in groups for _ in range(w)]
        self.firsts = [n for f, l, w in groups for n in f]
        self.lasts = [n for f, l, w in groups for n in l]

    def person(self):
        R = self.R
        f, l = R.choice(self.groups)
        fn = R.choice(f) if f else R.choice(self.firsts)
        ln = R.choice(l) if l else R.choice(self.lasts)
        if R.random() < 0.1:
            ln = R.choice(['de ', 'De ', 'van ', 'Van ', 'Le ', 'La ', 'du ', 'Des ', 'Di ', 'Mac', "O'", 'St-',
                           'El ', 'Ben ', 'von ', 'da ']) + ln
        elif R.random() < 0.06:
            ln = ln + '-' + R.choice(self.lasts)
        return fn, ln

    def name(self, lang):
        R = self.R
        f, l = self.person()
        style = R.choice(['fl'] * 10 + ['f'] * 5 + ['l'] * 2 + ['lower'] * 3 + ['LF', 'FL', 'Lf', 'init', 'fml',
                                                                                  'flower', 'upperf'])
        if style == 'f':
            return f
        if style == 'l':
            return l
        if style == 'lower':
            return (f + ' ' + l).lower()
        if style == 'flower':
            return f.lower()
        if style == 'LF':
            return '%s, %s' % (l.upper(), f)
        if style == 'FL':
            return '%s %s' % (f.upper(), l.upper())
        if style == 'Lf':
            return '%s %s' % (l.upper(), f)
        if style == 'upperf':
            return f.upper()
        if style == 'init':
            return R.choice(['%s. %s' % (f[0], l), '%s %s.' % (f, l[0]), '%s.-%s. %s' % (f[0], R.choice('JMPLC'), l)])
        if style == 'fml':
            return '%s %s %s' % (f, R.choice(self.firsts), l)
        return f + ' ' + l

    def fill(self, d, frame, lang):
        R = self.R
        pos = 0
        for m in re.finditer(r'\{(\w)\}', frame):
            d.add(frame[pos:m.start()])
            k = m.group(1)
            if k == 'X' and R.random() < 0.35:
                k = R.choice('OLS')
            if k in 'PX':
                d.add(self.name(lang), True)
            elif k == 'O':
                d.add(R.choice(ORGS if lang == 'fr' else ORGS_EN + ORGS[:8]))
            elif k == 'L':
                d.add(R.choice(PLACES))
            elif k == 'S':
                d.add(R.choice(STREETS))
            elif k == 'T':
                d.add(R.choice(['M.', 'Mme', 'Me', 'Dr', 'Dre'] if lang == 'fr' else ['Mr.', 'Mrs.', 'Ms.', 'Dr.']))
            elif k == 'W':
                w = R.choice(THINGS_FR if lang == 'fr' else THINGS_EN)
                d.add(w if frame.startswith('{W}') or frame.startswith(' ') else w.lower())
            elif k == 'R':
                d.add(R.choice(ROLES_FR if lang == 'fr' else ROLES_EN))
            elif k == 'n':
                d.add('%03d' % R.randint(100, 999))
            elif k == 'M':
                d.add(R.choice(MONTHS_FR if lang == 'fr' else MONTHS_EN))
            pos = m.end()
        d.add(frame[pos:])


def main():
    pools = json.load(open(sys.argv[1], encoding='utf-8'))
    pools2 = json.load(open(sys.argv[2], encoding='utf-8'))
    n, seed = int(sys.argv[3]), int(sys.argv[4])
    g = Gen(pools, pools2, seed)
    R = g.R
    for i in range(n):
        lang = 'fr' if R.random() < 0.6 else 'en'
        d = Doc('train2-%s-%05d' % (lang, i), lang)
        frames = FR if lang == 'fr' else EN
        if R.random() < 0.12:
            head, row = R.choice(TABLE_FR if lang == 'fr' else TABLE_EN)
            d.add(head + '\n')
            for _ in range(R.randint(2, 4)):
                g.fill(d, row, lang)
                d.add('\n')
            d.add('\n')
        for k in range(R.randint(3, 8)):
            if R.random() < 0.2:
                # a name (or an organisation) and a verb, often opening the
                # sentence
                x = '{X}' if R.random() < 0.8 else '{O}'
                if lang == 'fr':
                    f = x + ' ' + R.choice(VERBS_FR) + R.choice(TAILS_FR)
                else:
                    f = x + ' ' + R.choice(VERBS_EN) + R.choice(TAILS_EN)
                g.fill(d, f, lang)
                d.add(R.choice([' ', '\n']))
                continue
            f = R.choice(frames)
            if R.random() < 0.15:
                f = f[0].lower() + f[1:]  # informal: no capital at the start
            g.fill(d, f, lang)
            d.add(R.choice([' ', ' ', '\n', '\n\n']))
        print(d.json())


main()
