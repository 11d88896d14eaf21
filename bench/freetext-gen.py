#!/usr/bin/env python3
"""freetext-gen.py — generated free-text records with gold annotations, for
measuring the redaction stage on the shapes records take beyond letters and
forms: case notes, e-mail threads, call transcripts, minutes, complaint
narratives (French and English, Québec offices), and an English set with
international names, addresses and phones.

  freetext-gen.py POOLS.json SPLIT SET N SEED > docs.jsonl
    SPLIT: train | test   (name pool of bench/freetext-pools.py; the test
                           pool's names are in no gazetteer or training data)
    SET:   qc | intl      (Québec free text | English international)
  Templates are split too (and lists of organisations, places, streets): a template whose number is 3 mod 4 is used only
  with SPLIT=test, so the held-out set also has phrasings never trained on.

Each line: {"id", "lang", "family", "text", "spans": [{"kind": "pii" |
"decoy" | "content", "type", "start", "end"}]} with UTF-8 byte offsets.
Deterministic for the same arguments."""
import json, random, re, sys

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()

ORGS_FR = ["Pharmacie Jean Coutu", "Aréna Maurice-Richard", "Centre de services scolaire Marguerite-Bourgeoys",
           "Cégep Édouard-Montpetit", "Hôpital Maisonneuve-Rosemont", "École secondaire Louis-Joseph-Papineau",
           "Collège Jean-de-Brébeuf", "parc Jean-Drapeau", "Centre hospitalier Pierre-Le Gardeur",
           "Pharmacie Brunet", "Uniprix Pierre Gagné", "Aréna Jacques-Lemaire", "École Marie-Victorin",
           "Commission scolaire Marie-Victorin", "Hôpital Charles-Le Moyne", "CLSC Olivier-Guimond",
           "Bibliothèque Gabrielle-Roy", "Centre Pierre-Charbonneau", "Stade Saputo", "Maison Saint-Gabriel",
           "Institut Philippe-Pinel", "CHSLD Jeanne-Le Ber", "Cégep André-Laurendeau", "Aréna Marcel-Dutil",
           "Fondation Lucie et André Chagnon", "Centre Bell", "Caisse Desjardins de Lévis",
           "Société de l'assurance automobile du Québec", "Revenu Québec", "Hydro-Québec",
           "Protecteur du citoyen", "CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "Commission d'accès à l'information",
           "Office municipal d'habitation de Québec", "Tribunal administratif du logement", "CNESST",
           "Collège Lionel-Groulx", "École Jeanne-Mance", "Pavillon Alphonse-Desjardins", "Centre Jean-Claude-Malépart"]
ORGS_EN = ["Jewish General Hospital", "Dawson College", "John Abbott College", "McGill University",
           "Shriners Hospital", "Lester B. Pearson School Board", "Montreal General Hospital", "Concordia University",
           "Douglas Mental Health University Institute", "Royal Victoria Hospital", "Pierre Elliott Trudeau Airport",
           "Tim Hortons", "Jean Coutu pharmacy", "Maurice Richard Arena", "Marianopolis College",
           "Sir George Williams campus", "Mary Queen of Scots school", "St. Mary's Hospital", "Vanier College",
           "Canada Revenue Agency", "Service Canada", "Ombudsman of Ontario", "Legal Aid Ontario"]
PLACES = ["Trois-Rivières", "Saint-Jean-sur-Richelieu", "Rivière-du-Loup", "Sherbrooke", "Gatineau", "Rimouski",
          "Saguenay", "Drummondville", "Longueuil", "Laval", "Lévis", "Saint-Hyacinthe", "Val-d'Or",
          "Sept-Îles", "Victoriaville", "Granby", "Joliette", "Baie-Comeau", "Mont-Laurier", "Shawinigan",
          "Pointe-Claire", "Dorval", "Mascouche", "Blainville", "Boucherville", "Chicoutimi", "Kuujjuaq",
          "Mashteuiatsh", "Kahnawake", "Wendake", "Gaspé", "Matane", "Saint-Georges", "Thetford Mines"]
STREETS_FR = ["rue Saint-Denis", "boulevard René-Lévesque", "rue Sherbrooke", "avenue du Parc", "chemin Sainte-Foy",
              "boulevard Laurier", "rue King Ouest", "rue Principale", "avenue Papineau", "boulevard Saint-Laurent",
              "rue Jean-Talon", "chemin de la Côte-des-Neiges", "rue des Érables", "boulevard Taschereau",
              "rue Notre-Dame", "avenue Cartier", "rang Saint-Joseph", "montée Sainte-Julie", "rue Wellington"]
STREETS_EN = ["Sherbrooke Street", "Maple Avenue", "Lakeshore Road", "Oak Street", "Queen Mary Road",
              "Victoria Avenue", "Elm Crescent", "Pine Drive", "Church Street", "Main Street", "Greene Avenue"]
LAWS_FR = ["l'article 83 de la Loi sur l'accès", "RLRQ, c. A-2.1", "l'article 53 de la Loi sur l'accès",
           "la Loi sur la protection des renseignements personnels dans le secteur privé", "l'article 9 de la Charte",
           "RLRQ, chapitre P-39.1", "l'article 1457 du Code civil du Québec", "la Loi 25", "article 65.1"]
LAWS_EN = ["section 59 of the Access Act", "CQLR, c. A-2.1", "section 83 of the Act", "the Privacy Act",
           "section 7 of the Charter", "Bill 25", "CQLR, chapter P-39.1", "article 1457 of the Civil Code"]
TOLLFREE = ["1 800 463-4315", "1-877-644-4545", "1 888 528-7741", "1-800-567-9604", "1 866 680-1884",
            "1-855-291-6040", "1 844 524-2424"]
CONTENT_FR = [
    "La demande concerne les délais de traitement du dossier de subvention.",
    "Le comité recommande de revoir la procédure de traitement des plaintes.",
    "Les documents seront transmis dans les trente jours suivant la réception de la demande.",
    "Une visite d'inspection du logement est prévue la semaine prochaine.",
    "Le service a reçu plusieurs appels au sujet des travaux de déneigement.",
    "La décision pourra faire l'objet d'une demande de révision.",
    "Les frais de reproduction seront facturés selon le règlement en vigueur.",
    "Le budget de fonctionnement a été adopté à l'unanimité.",
    "Le suivi sera assuré par l'équipe des relations avec la clientèle.",
    "Un avis de non-conformité a été envoyé au propriétaire de l'immeuble.",
    "La rencontre porte sur l'horaire de travail et les heures supplémentaires.",
    "Les parents demandent un transport scolaire adapté pour la rentrée.",
    "La facture d'électricité en retard a fait l'objet d'une entente de paiement.",
    "Le plaignant reproche au service un manque de courtoisie lors de l'appel.",
    "Le rapport d'enquête conclut que la plainte est partiellement fondée."]
CONTENT_EN = [
    "The request concerns the processing time of the grant application.",
    "The committee recommends reviewing the complaint handling procedure.",
    "The documents will be sent within thirty days of receiving the request.",
    "An inspection of the dwelling is scheduled for next week.",
    "The service received several calls about the snow removal work.",
    "The decision may be the subject of a request for review.",
    "Copying fees will be charged under the regulation in force.",
    "The operating budget was adopted unanimously.",
    "Follow-up will be handled by the customer relations team.",
    "A notice of non-compliance was sent to the owner of the building.",
    "The meeting covered the work schedule and overtime hours.",
    "The parents are asking for adapted school transportation in the fall.",
    "The overdue electricity bill is now covered by a payment agreement.",
    "The complainant says the agent was discourteous during the call.",
    "The investigation report finds the complaint partly founded."]


class Doc:
    """Text built from pieces; [[KIND:TYPE|value]] marks annotated pieces."""
    def __init__(self, id, lang, family):
        self.id, self.lang, self.family = id, lang, family
        self.buf = bytearray()
        self.spans = []

    def add(self, s):
        pos = 0
        for m in re.finditer(r'\[\[(\w+):(\w*)\|(.*?)\]\]', s, re.S):
            self.buf += s[pos:m.start()].encode()
            v = m.group(3)
            st = len(self.buf)
            self.buf += v.encode()
            self.spans.append({'kind': m.group(1), 'type': m.group(2), 'start': st, 'end': len(self.buf)})
            pos = m.end()
        self.buf += s[pos:].encode()

    def json(self):
        return json.dumps({'id': self.id, 'lang': self.lang, 'family': self.family,
                           'text': self.buf.decode(), 'spans': self.spans}, ensure_ascii=False)


def P(v): return '[[pii:PERSON|%s]]' % v
def I(t, v): return '[[pii:%s|%s]]' % (t, v)
def D(v): return '[[decoy:|%s]]' % v
def C(v): return '[[content:|%s]]' % v


class Gen:
    def __init__(self, pools, split, seed):
        self.R = random.Random(seed)
        self.split = split
        pool = pools[split]
        self.first, self.last = [], []
        for origin, d in sorted(pool.items()):
            w = 6 if origin in ('quebec', 'quebec2', 'fr', 'fr_CA', 'haitian', 'wordnames') else 1
            for _ in range(w):
                self.first += [(n, origin) for n in d['first']]
                self.last += [(n, origin) for n in d['last']]

    # ---- people ----
    def person(self):
        R = self.R
        f = R.choice(self.first)[0]
        l = R.choice(self.last)[0]
        if R.random() < 0.08:
            l = R.choice(['de ', 'Des ', 'van der ', 'Le ', 'St-', 'Mac']) + l if R.random() < 0.5 else l + '-' + R.choice(self.last)[0]
        g = R.choice('FM')
        mid = R.choice(self.first)[0] if R.random() < 0.1 else None
        return {'first': f, 'last': l, 'g': g, 'mid': mid}

    def full(self, p, style=None):
        R = self.R
        style = style or R.choice(['fl'] * 8 + ['lower', 'LF', 'Lcf', 'fml', 'fil'])
        f, l = p['first'], p['last']
        if style == 'lower':
            return (f + ' ' + l).lower()
        if style == 'LF':
            return l.upper() + ', ' + f
        if style == 'Lcf':
            return l.upper() + ' ' + f
        if style == 'fml' and p['mid']:
            return f + ' ' + p['mid'] + ' ' + l
        if style == 'fil':
            return f + ' ' + R.choice('ABCDEFGHJKLMNPRST') + '. ' + l
        return f + ' ' + l

    def title(self, p, lang):
        if lang == 'fr':
            return self.R.choice(['M.', 'Monsieur'] if p['g'] == 'M' else ['Mme', 'Madame'])
        return self.R.choice(['Mr.', 'Mr'] if p['g'] == 'M' else ['Ms.', 'Mrs.', 'Ms'])

    # ---- identifiers ----
    def digits(self, n):
        return ''.join(str(self.R.randint(0, 9)) for _ in range(n))

    def luhn(self, ds):
        s = 0
        for i, d in enumerate(reversed(ds + [0])):
            v = d * 2 if i % 2 else d
            s += v - 9 if v > 9 else v
        return ds + [(10 - s % 10) % 10]

    def sin(self, valid=True):
        d = self.luhn([self.R.randint(1, 7)] + [self.R.randint(0, 9) for _ in range(7)])
        if not valid:
            d[-1] = (d[-1] + 1) % 10
        s = ''.join(map(str, d))
        return self.R.choice([s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:], s])

    def phone(self):
        R = self.R
        a = R.choice(['418', '514', '450', '819', '438', '581', '873', '367'])
        b, c = R.randint(200, 999), R.randint(0, 9999)
        f = R.choice(['(%s) %d-%04d', '%s-%d-%04d', '%s %d-%04d', '1-%s-%d-%04d', '+1 %s %d %04d', '%s.%d.%04d', '%s %d %04d'])
        s = f % (a, b, c)
        if R.random() < 0.1:
            s += R.choice([', poste %d' % R.randint(10, 9999), ' ext. %d' % R.randint(10, 999)])
        return s

    def postal(self):
        L = "ABCEGHJKLMNPRSTVXY"
        R = self.R
        return "%s%d%s %d%s%d" % (R.choice("GHJ"), R.randint(0, 9), R.choice(L), R.randint(0, 9), R.choice(L), R.randint(0, 9))

    def address(self, lang):
        R = self.R
        n = R.randint(1, 9999)
        if lang == 'fr' or R.random() < 0.3:
            s = '%d %s' % (n, self.ch(STREETS_FR)) if R.random() < 0.6 else '%d, %s' % (n, self.ch(STREETS_FR))
            if R.random() < 0.3:
                s += R.choice([', app. %d' % R.randint(1, 30), ', bureau %d' % R.randint(100, 900)])
        else:
            s = '%d %s' % (n, self.ch(STREETS_EN))
            if R.random() < 0.3:
                s = 'Apt. %d, ' % R.randint(1, 30) + s
        return s

    def dob(self, lang):
        R = self.R
        y, m, d = R.randint(1935, 2015), R.randint(1, 12), R.randint(1, 28)
        if lang == 'fr':
            return R.choice(['%d %s %d' % (d, MONTHS_FR[m - 1], y), '%d-%02d-%02d' % (y, m, d), '%02d/%02d/%d' % (d, m, y),
                             '1er %s %d' % (MONTHS_FR[m - 1], y)])
        return R.choice(['%s %d, %d' % (MONTHS_EN[m - 1], d, y), '%d-%02d-%02d' % (y, m, d), '%02d/%02d/%d' % (m, d, y),
                         '%d %s %d' % (d, MONTHS_EN[m - 1][:3], y)])

    def email(self, p):
        R = self.R
        import unicodedata
        f = ''.join(c for c in unicodedata.normalize('NFD', p['first'].lower()) if c.isalnum() and c.isascii())
        l = ''.join(c for c in unicodedata.normalize('NFD', p['last'].lower()) if c.isalnum() and c.isascii())
        return R.choice(['%s.%s@gmail.com', '%s%s@videotron.ca', '%s_%s@hotmail.com', '%s.%s@outlook.com']) % (f, l)

    def card(self):
        R = self.R
        pre = R.choice([[4], [5, 1 + R.randint(0, 4)], [3, 7], [6, 0, 1, 1]])
        n = R.choice([16, 16, 15, 12, 13, 19]) if pre[0] != 3 else 15
        d = self.luhn(pre + [R.randint(0, 9) for _ in range(n - 1 - len(pre))])
        s = ''.join(map(str, d))
        if R.random() < 0.4 and n == 16:
            s = ' '.join(s[i:i + 4] for i in range(0, 16, 4))
        return s

    def ramq(self, p):
        R = self.R
        import unicodedata
        l = ''.join(c for c in unicodedata.normalize('NFD', p['last'].upper()) if c.isalpha() and c.isascii())
        l = (l + 'XXX')[:3]
        f = [c for c in unicodedata.normalize('NFD', p['first'].upper()) if c.isalpha() and c.isascii()][0]
        y, m, d = R.randint(35, 99), R.randint(1, 12) + (50 if p['g'] == 'F' else 0), R.randint(1, 28)
        s = '%s%s%02d%02d%02d%d%d' % (l, f, y, m, d, R.randint(1, 9), R.randint(0, 9))
        return R.choice([s, s[:4] + ' ' + s[4:8] + ' ' + s[8:]])

    def passport(self):
        R = self.R
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        return R.choice(['%s%s%s' % (R.choice(L), R.choice(L), self.digits(6)),
                         '%s%s%s%s' % (R.choice(L), self.digits(6), R.choice(L), R.choice(L)),
                         '%s%s' % (R.choice(L), self.digits(8))])

    def account(self):
        return '%s-%s-%s' % (self.digits(5), self.R.choice(['815', '001', '006', '003']), self.digits(7))

    def filenum(self):
        R = self.R
        return R.choice(['%d-%03d-%05d' % (R.randint(2018, 2025), R.randint(100, 999), R.randint(0, 99999)),
                         'QC-%d-%06d' % (R.randint(2018, 2025), R.randint(0, 999999)),
                         '%d-%04d' % (R.randint(2018, 2025), R.randint(0, 9999)),
                         'PL-%05d' % R.randint(0, 99999)])

    def amount(self, lang):
        R = self.R
        if lang == 'fr':
            return '%d %03d,%02d $' % (R.randint(1, 90), R.randint(0, 999), R.randint(0, 99))
        return '$%d,%03d.%02d' % (R.randint(1, 90), R.randint(0, 999), R.randint(0, 99))

    def date(self, lang):
        R = self.R
        if lang == 'fr':
            return 'le %d %s %d' % (R.randint(1, 28), R.choice(MONTHS_FR), R.randint(2019, 2025))
        return 'on %s %d, %d' % (R.choice(MONTHS_EN), R.randint(1, 28), R.randint(2019, 2025))

    def content(self, lang):
        return C(self.R.choice(CONTENT_FR if lang == 'fr' else CONTENT_EN))

    def ch(self, lst):
        """Organisations, places, streets, laws: a third of each list (every
        third item) is used only by the test split, the rest only by train."""
        ok = [x for i, x in enumerate(lst) if (i % 3 == 2) == (self.split == 'test')]
        return self.R.choice(ok or lst)

    # ---- families ----
    def pick(self, templates):
        """A template allowed for this split (3 mod 4: test only)."""
        ok = [t for i, t in enumerate(templates) if self.split == 'test' or i % 4 != 3]
        return self.R.choice(ok)


def fam_casenote(g, d, lang):
    R = g.R
    a, b, c = g.person(), g.person(), g.person()
    staff = g.person()
    hdr = R.random() < 0.35
    if hdr:
        # a report header with the person's name in capitals
        head = R.choice(['NOTE AU DOSSIER — %s — %s', 'RAPPORT D\'INTERVENTION : %s (%s)']
                        if lang == 'fr' else ['CASE NOTE — %s — %s', 'INTERVENTION REPORT: %s (%s)'])
        d.add(head % (P((a['first'] + ' ' + a['last']).upper()), D(g.filenum())) + '\n')
    if lang == 'fr':
        if not hdr:
            d.add('NOTE AU DOSSIER %s\n' % D(g.filenum()))
        d.add('Rédigée par %s, %s.\n\n' % (P(g.full(staff, 'fl')), R.choice(['agente de liaison', 'travailleuse sociale', 'analyste'])))
        sents = [
            lambda: 'Appel reçu de %s concernant sa demande. ' % P(g.full(a)),
            lambda: 'faire un suivi avec %s le mois prochain. ' % P(g.full(a, 'lower')),
            lambda: '%s rappellera demain en avant-midi. ' % P(a['first']),
            lambda: '%s mentionne que son fils %s fréquente l\'%s. ' % (P(a['first']), P(b['first']), D(g.ch(ORGS_FR[:14]))),
            lambda: 'Selon %s %s, le logement du %s n\'est pas chauffé. ' % (g.title(a, 'fr'), P(a['last']), D(g.ch(STREETS_FR))),
            lambda: 'La voisine, %s, confirme les faits. ' % P(g.full(c)),
            lambda: 'Rencontre à la %s de %s avec %s et %s. ' % (D(g.ch(ORGS_FR[:12])), D(g.ch(PLACES)), P(a['first']), P(g.full(b))),
            lambda: 'Mme %s a transmis les documents demandés. ' % P(c['last']),
            lambda: '%s a été dirigée vers le %s. ' % (P(c['first'] + ' ' + c['last']), D(g.ch(ORGS_FR[14:]))),
            lambda: 'Numéro de téléphone pour la joindre : %s. ' % I('PHONE', g.phone()),
            lambda: 'Elle habite au %s, à %s. ' % (I('ADDRESS', g.address('fr')), g.ch(PLACES)),
            lambda: 'Son NAS est le %s. ' % I('SIN', g.sin(R.random() < 0.7)),
            lambda: 'Né le %s, %s a déménagé l\'an dernier. ' % (I('DOB', g.dob('fr')), P(b['first'])),
            lambda: 'Le dossier %s sera transféré selon %s. ' % (D(g.filenum()), D(g.ch(LAWS_FR))),
            lambda: 'Il a été invité à appeler au %s. ' % D(R.choice(TOLLFREE)),
            lambda: 'Montant réclamé : %s. ' % D(g.amount('fr')),
            lambda: 'Code postal indiqué : %s. ' % I('POSTAL_CODE', g.postal()),
            lambda: '%s et %s ont signé l\'entente. ' % (P(g.full(a, 'fl')), P(g.full(c, 'fl'))),
            lambda: 'Contact : %s, courriel %s. ' % (P(g.full(b, 'fl')), I('EMAIL', g.email(b))),
            lambda: 'Le numéro de passeport de %s est %s. ' % (P(a['first']), I('PASSPORT', g.passport())),
            lambda: 'Carte d\'assurance maladie : %s. ' % I('RAMQ', g.ramq(a)),
            lambda: 'Présents à la rencontre : %s, %s et %s. ' % (P(g.full(a, 'fl')), P(g.full(b, 'fl')), P(g.full(c, 'fl'))),
        ]
    else:
        if not hdr:
            d.add('CASE NOTE %s\n' % D(g.filenum()))
        d.add('Written by %s, %s.\n\n' % (P(g.full(staff, 'fl')), R.choice(['liaison officer', 'social worker', 'analyst'])))
        sents = [
            lambda: 'Received a call from %s about the application. ' % P(g.full(a)),
            lambda: 'follow up with %s next month. ' % P(g.full(a, 'lower')),
            lambda: '%s will call back tomorrow morning. ' % P(a['first']),
            lambda: '%s says her son %s attends %s. ' % (P(a['first']), P(b['first']), D(g.ch(ORGS_EN[:8]))),
            lambda: 'According to %s %s, the unit on %s has no heat. ' % (g.title(a, 'en'), P(a['last']), D(g.ch(STREETS_EN))),
            lambda: 'The neighbour, %s, confirms the facts. ' % P(g.full(c)),
            lambda: 'Met at %s in %s with %s and %s. ' % (D(g.ch(ORGS_EN)), D(g.ch(PLACES)), P(a['first']), P(g.full(b))),
            lambda: 'Ms. %s sent the requested documents. ' % P(c['last']),
            lambda: '%s was referred to %s. ' % (P(c['first'] + ' ' + c['last']), D(g.ch(ORGS_EN[8:]))),
            lambda: 'Phone number to reach her: %s. ' % I('PHONE', g.phone()),
            lambda: 'She lives at %s in %s. ' % (I('ADDRESS', g.address('en')), g.ch(PLACES)),
            lambda: 'His SIN is %s. ' % I('SIN', g.sin(R.random() < 0.7)),
            lambda: 'Born %s, %s moved last year. ' % (I('DOB', g.dob('en')), P(b['first'])),
            lambda: 'File %s will be transferred under %s. ' % (D(g.filenum()), D(g.ch(LAWS_EN))),
            lambda: 'He was told to call %s. ' % D(R.choice(TOLLFREE)),
            lambda: 'Amount claimed: %s. ' % D(g.amount('en')),
            lambda: 'Postal code given: %s. ' % I('POSTAL_CODE', g.postal()),
            lambda: '%s and %s signed the agreement. ' % (P(g.full(a, 'fl')), P(g.full(c, 'fl'))),
            lambda: 'Contact: %s, email %s. ' % (P(g.full(b, 'fl')), I('EMAIL', g.email(b))),
            lambda: 'The passport number of %s is %s. ' % (P(a['first']), I('PASSPORT', g.passport())),
            lambda: 'Health card: %s. ' % I('RAMQ', g.ramq(a)),
            lambda: 'Present at the meeting: %s, %s and %s. ' % (P(g.full(a, 'fl')), P(g.full(b, 'fl')), P(g.full(c, 'fl'))),
        ]
    for _ in range(R.randint(5, 9)):
        d.add(g.pick(sents)())
        if R.random() < 0.4:
            d.add(g.content(lang) + ' ')
        if R.random() < 0.3:
            d.add('\n')


def fam_email(g, d, lang):
    R = g.R
    a, b, c = g.person(), g.person(), g.person()
    ea, eb = g.email(a), g.email(b)
    if lang == 'fr':
        d.add('De : %s <%s>\nÀ : %s <%s>\nObjet : RE: dossier %s\n\n' % (P(g.full(a, 'fl')), I('EMAIL', ea), P(g.full(b, 'fl')), I('EMAIL', eb), D(g.filenum())))
        opts = [
            lambda: 'Bonjour %s,\n\n' % P(b['first']),
            lambda: 'Comme convenu avec %s, je vous transmets le formulaire. ' % P(c['first']),
            lambda: 'Pourriez-vous confirmer l\'adresse de %s ? ' % P(g.full(c)),
            lambda: '%s m\'a dit que %s passerait au bureau de %s. ' % (P(c['first']), P(g.full(a, 'lower')), D(g.ch(PLACES))),
            lambda: 'Vous pouvez me joindre au\n%s\n' % I('PHONE', g.phone()),
            lambda: 'Mon adresse a changé : %s, %s %s. ' % (I('ADDRESS', g.address('fr')), g.ch(PLACES), I('POSTAL_CODE', g.postal())),
            lambda: 'La rencontre aura lieu à l\'%s. ' % D(g.ch(ORGS_FR[:12])),
            lambda: 'Le dossier relève de %s. ' % D(g.ch(LAWS_FR)),
            lambda: 'Ma carte de crédit %s a été débitée deux fois. ' % I('CREDIT_CARD', g.card()),
            lambda: 'Le remboursement de %s sera versé au compte %s. ' % (D(g.amount('fr')), I('BANK_ACCOUNT', g.account())),
            lambda: 'Date de naissance : %s\n' % I('DOB', g.dob('fr')),
            lambda: 'En copie : %s et %s.\n' % (P(g.full(c, 'fl')), P(g.full(b, 'fl'))),
        ]
        tail = lambda: 'Merci,\n\n%s\n%s\n' % (P(g.full(a, 'fl')), R.choice(['Conseillère', 'Agent de bureau', 'Technicienne en administration']))
        quote = lambda: '\n\nLe %s, %s <%s> a écrit :\n> Bonjour %s, merci de votre retour.\n> %s\n' % (g.date('fr')[3:], P(g.full(b, 'fl')), I('EMAIL', eb), P(a['first']), P(b['first']))
    else:
        d.add('From: %s <%s>\nTo: %s <%s>\nSubject: RE: file %s\n\n' % (P(g.full(a, 'fl')), I('EMAIL', ea), P(g.full(b, 'fl')), I('EMAIL', eb), D(g.filenum())))
        opts = [
            lambda: 'Hi %s,\n\n' % P(b['first']),
            lambda: 'As agreed with %s, please find the form attached. ' % P(c['first']),
            lambda: 'Could you confirm the address of %s? ' % P(g.full(c)),
            lambda: '%s told me %s would drop by the %s office. ' % (P(c['first']), P(g.full(a, 'lower')), D(g.ch(PLACES))),
            lambda: 'You can reach me at\n%s\n' % I('PHONE', g.phone()),
            lambda: 'My address changed: %s, %s %s. ' % (I('ADDRESS', g.address('en')), g.ch(PLACES), I('POSTAL_CODE', g.postal())),
            lambda: 'The meeting will be held at %s. ' % D(g.ch(ORGS_EN)),
            lambda: 'The file falls under %s. ' % D(g.ch(LAWS_EN)),
            lambda: 'My credit card %s was charged twice. ' % I('CREDIT_CARD', g.card()),
            lambda: 'The refund of %s will go to account %s. ' % (D(g.amount('en')), I('BANK_ACCOUNT', g.account())),
            lambda: 'Date of birth: %s\n' % I('DOB', g.dob('en')),
            lambda: 'Cc: %s and %s.\n' % (P(g.full(c, 'fl')), P(g.full(b, 'fl'))),
        ]
        tail = lambda: 'Thanks,\n\n%s\n%s\n' % (P(g.full(a, 'fl')), R.choice(['Advisor', 'Office clerk', 'Administrative technician']))
        quote = lambda: '\n\nOn %s, %s <%s> wrote:\n> Hi %s, thanks for getting back to me.\n> %s\n' % (g.date('en')[3:], P(g.full(b, 'fl')), I('EMAIL', eb), P(a['first']), P(b['first']))
    d.add(opts[0]())
    for _ in range(R.randint(3, 6)):
        d.add(g.pick(opts[1:])())
        if R.random() < 0.5:
            d.add(g.content(lang) + ' ')
    d.add('\n\n' + tail())
    if R.random() < 0.6:
        d.add(quote())


def fam_transcript(g, d, lang):
    R = g.R
    a, b = g.person(), g.person()
    ag = g.person()
    if lang == 'fr':
        d.add('Transcription de l\'appel — %s\n' % D(g.filenum()))
        A, Cl = 'Agent', 'Appelant'
        opts = [
            lambda: '%s : Quel est votre nom de famille ?\n%s : %s.\n' % (A, Cl, P(a['last'])),
            lambda: '%s : Et votre prénom ?\n%s : %s.\n' % (A, Cl, P(a['first'])),
            lambda: '%s : Bonjour, je m\'appelle %s, je voudrais parler à %s.\n' % (Cl, P(a['first']), P(g.full(b, 'fl'))),
            lambda: '%s : Mon nom est %s.\n' % (Cl, P(g.full(a))),
            lambda: '%s : Votre numéro de téléphone ?\n%s : C\'est le %s.\n' % (A, Cl, I('PHONE', g.phone())),
            lambda: '%s : Votre date de naissance ?\n%s : Le %s.\n' % (A, Cl, I('DOB', g.dob('fr'))),
            lambda: '%s : Et votre numéro d\'assurance sociale ?\n%s : %s.\n' % (A, Cl, I('SIN', g.sin(R.random() < 0.6))),
            lambda: '%s : Mon conjoint %s a reçu une lettre de %s.\n' % (Cl, P(b['first']), D(g.ch(ORGS_FR[26:34]))),
            lambda: '%s : Vous pouvez aussi appeler le %s.\n' % (A, D(R.choice(TOLLFREE))),
            lambda: '%s : J\'habite au %s.\n' % (Cl, I('ADDRESS', g.address('fr'))),
            lambda: '%s : C\'est %s qui m\'a référée.\n' % (Cl, P(g.full(b, 'lower'))),
            lambda: '%s : Je vais transférer votre dossier à ma collègue %s.\n' % (A, P(ag['first'])),
        ]
    else:
        d.add('Call transcript — %s\n' % D(g.filenum()))
        A, Cl = 'Agent', 'Caller'
        opts = [
            lambda: '%s: What is your last name?\n%s: %s.\n' % (A, Cl, P(a['last'])),
            lambda: '%s: And your first name?\n%s: %s.\n' % (A, Cl, P(a['first'])),
            lambda: '%s: Hi, this is %s, I would like to speak with %s.\n' % (Cl, P(a['first']), P(g.full(b, 'fl'))),
            lambda: '%s: My name is %s.\n' % (Cl, P(g.full(a))),
            lambda: '%s: Your phone number?\n%s: It\'s %s.\n' % (A, Cl, I('PHONE', g.phone())),
            lambda: '%s: Your date of birth?\n%s: %s.\n' % (A, Cl, I('DOB', g.dob('en'))),
            lambda: '%s: And your social insurance number?\n%s: %s.\n' % (A, Cl, I('SIN', g.sin(R.random() < 0.6))),
            lambda: '%s: My husband %s got a letter from %s.\n' % (Cl, P(b['first']), D(g.ch(ORGS_EN[19:]))),
            lambda: '%s: You can also call %s.\n' % (A, D(R.choice(TOLLFREE))),
            lambda: '%s: I live at %s.\n' % (Cl, I('ADDRESS', g.address('en'))),
            lambda: '%s: It was %s who referred me.\n' % (Cl, P(g.full(b, 'lower'))),
            lambda: '%s: I will transfer your file to my colleague %s.\n' % (A, P(ag['first'])),
        ]
    for _ in range(R.randint(5, 9)):
        d.add(g.pick(opts)())
        if R.random() < 0.3:
            d.add('%s: %s\n' % (Cl if R.random() < 0.5 else A, g.content(lang)))


def fam_minutes(g, d, lang):
    R = g.R
    ps = [g.person() for _ in range(5)]
    if lang == 'fr':
        d.add('PROCÈS-VERBAL de la séance du comité tenue %s à %s\n\n' % (g.date('fr'), D(g.ch(PLACES))))
        d.add('Présents :\n' + ''.join('- %s\n' % P(g.full(p, R.choice(['fl', 'fl', 'LF', 'Lcf']))) for p in ps[:3]))
        d.add('Absente : %s\n\n' % P(g.full(ps[3], 'fl')))
        opts = [
            lambda: 'Sur proposition de %s, appuyée par %s, le procès-verbal est adopté. ' % (P(g.full(ps[0], 'fl')), P(g.full(ps[1], 'fl'))),
            lambda: '%s présente le budget de %s. ' % (P(ps[2]['first']), D(g.amount('fr'))),
            lambda: 'M. %s rappelle les obligations prévues à %s. ' % (P(ps[1]['last']), D(g.ch(LAWS_FR))),
            lambda: 'Le comité visitera l\'%s et la %s. ' % (D(g.ch(ORGS_FR[:10])), D(g.ch(ORGS_FR[10:20]))),
            lambda: 'Point 4 : demande de %s concernant la %s. ' % (P(g.full(ps[4])), D(g.ch(STREETS_FR))),
            lambda: 'Action : %s fera le suivi avec %s. ' % (P(ps[0]['first']), P(ps[4]['first'])),
            lambda: 'Varia : %s souligne le départ à la retraite de %s. ' % (P(g.full(ps[2], 'fl')), P(g.full(ps[3], 'fl'))),
            lambda: 'La séance est levée à 16 h 05. Prochaine séance %s. ' % g.date('fr'),
        ]
    else:
        d.add('MINUTES of the committee meeting held %s in %s\n\n' % (g.date('en'), D(g.ch(PLACES))))
        d.add('Attendees:\n' + ''.join('- %s\n' % P(g.full(p, R.choice(['fl', 'fl', 'LF', 'Lcf']))) for p in ps[:3]))
        d.add('Regrets: %s\n\n' % P(g.full(ps[3], 'fl')))
        opts = [
            lambda: 'Moved by %s, seconded by %s, the minutes were adopted. ' % (P(g.full(ps[0], 'fl')), P(g.full(ps[1], 'fl'))),
            lambda: '%s presented the budget of %s. ' % (P(ps[2]['first']), D(g.amount('en'))),
            lambda: 'Mr. %s recalled the obligations under %s. ' % (P(ps[1]['last']), D(g.ch(LAWS_EN))),
            lambda: 'The committee will visit %s and %s. ' % (D(g.ch(ORGS_EN[:10])), D(g.ch(ORGS_EN[10:]))),
            lambda: 'Item 4: request from %s about %s. ' % (P(g.full(ps[4])), D(g.ch(STREETS_EN))),
            lambda: 'Action: %s will follow up with %s. ' % (P(ps[0]['first']), P(ps[4]['first'])),
            lambda: 'Other business: %s noted the retirement of %s. ' % (P(g.full(ps[2], 'fl')), P(g.full(ps[3], 'fl'))),
            lambda: 'The meeting adjourned at 4:05 p.m. Next meeting %s. ' % g.date('en'),
        ]
    for _ in range(R.randint(4, 7)):
        d.add(g.pick(opts)())
        if R.random() < 0.4:
            d.add(g.content(lang) + ' ')
        d.add('\n')


def fam_complaint(g, d, lang):
    R = g.R
    a, b, c = g.person(), g.person(), g.person()
    if lang == 'fr':
        d.add('PLAINTE — dossier %s\n\n' % D(g.filenum()))
        opts = [
            lambda: 'Je, soussignée %s, dépose une plainte contre mon propriétaire, %s. ' % (P(g.full(a, 'fl')), P(g.full(b))),
            lambda: 'Depuis %s, %s refuse de réparer le chauffage. ' % (D(R.choice(MONTHS_FR) + ' dernier'), P(b['last'])),
            lambda: 'Ma fille %s souffre d\'asthme et fréquente l\'%s. ' % (P(c['first']), D(g.ch(ORGS_FR[:10]))),
            lambda: 'Le concierge, %s, m\'a dit d\'appeler la %s. ' % (P(c['first'] + ' ' + b['last']), D(g.ch(ORGS_FR[26:]))),
            lambda: 'J\'ai parlé à un préposé nommé %s qui a refusé de prendre ma plainte. ' % P(R.choice(g.first)[0]),
            lambda: 'Mon adresse est le %s et mon numéro est le %s. ' % (I('ADDRESS', g.address('fr')), I('PHONE', g.phone())),
            lambda: 'Je suis née le %s et mon numéro d\'assurance maladie est %s. ' % (I('DOB', g.dob('fr')), I('RAMQ', g.ramq(a))),
            lambda: 'L\'immeuble est situé près du %s, à %s. ' % (D(g.ch(STREETS_FR)), D(g.ch(PLACES))),
            lambda: 'Je demande l\'application de %s. ' % D(g.ch(LAWS_FR)),
            lambda: 'Le montant de %s m\'a été facturé sans explication. ' % D(g.amount('fr')),
            lambda: '%s, mon voisin du dessus, peut en témoigner. ' % P(g.full(c, R.choice(['fl', 'Lcf']))),
        ]
    else:
        d.add('COMPLAINT — file %s\n\n' % D(g.filenum()))
        opts = [
            lambda: 'I, the undersigned %s, am filing a complaint against my landlord, %s. ' % (P(g.full(a, 'fl')), P(g.full(b))),
            lambda: 'Since last %s, %s has refused to fix the heating. ' % (D(R.choice(MONTHS_EN)), P(b['last'])),
            lambda: 'My daughter %s has asthma and attends %s. ' % (P(c['first']), D(g.ch(ORGS_EN[:10]))),
            lambda: 'The janitor, %s, told me to call %s. ' % (P(c['first'] + ' ' + b['last']), D(g.ch(ORGS_EN[19:]))),
            lambda: 'I spoke to a clerk named %s who refused to take my complaint. ' % P(R.choice(g.first)[0]),
            lambda: 'My address is %s and my number is %s. ' % (I('ADDRESS', g.address('en')), I('PHONE', g.phone())),
            lambda: 'I was born on %s and my health card number is %s. ' % (I('DOB', g.dob('en')), I('RAMQ', g.ramq(a))),
            lambda: 'The building is near %s in %s. ' % (D(g.ch(STREETS_EN)), D(g.ch(PLACES))),
            lambda: 'I ask that %s be applied. ' % D(g.ch(LAWS_EN)),
            lambda: 'I was charged %s without explanation. ' % D(g.amount('en')),
            lambda: '%s, my upstairs neighbour, can testify. ' % P(g.full(c, R.choice(['fl', 'Lcf']))),
        ]
    for _ in range(R.randint(5, 8)):
        d.add(g.pick(opts)())
        if R.random() < 0.4:
            d.add(g.content(lang) + ' ')
        if R.random() < 0.3:
            d.add('\n\n')


# ---- English international set ----
INTL_ADDR = [
    '{n} Baker Street, London NW1 6XE', 'Hauptstrasse {n}, 10115 Berlin', '{n} rue de la Paix, 75002 Paris',
    'Calle Mayor {n}, 28013 Madrid', 'Via Roma {n}, 00184 Roma', 'Keizersgracht {n}, 1015 CJ Amsterdam',
    '{n} MG Road, Bengaluru 560001', '{n} George Street, Sydney NSW 2000', '{n} Collins Street, Melbourne VIC 3000',
    'Av. Paulista {n}, São Paulo, SP 01310-100', 'Avenida Reforma {n}, 06600 Ciudad de México',
    '{n} Pennsylvania Avenue NW, Washington, DC 20500', 'Flat {u}, {n} High Street, Manchester M4 1HQ',
    'Hauptstrasse {n}, Suite {u}', '{n} Nguyen Hue Boulevard, District 1, Ho Chi Minh City',
    'Ul. Marszałkowska {n}, 00-624 Warszawa', '{n} Orchard Road, Singapore 238879', 'Bahnhofstrasse {n}, 8001 Zürich',
    'Plot {n}, Victoria Island, Lagos', '{n} Queen Street West, Toronto, ON M5H 2N2', '{n}-{u} Shibuya, Tokyo 150-0002',
]
INTL_PHONE = ['+44 20 7946 {a4}', '020 7946 {a4}', '+49 30 {a3} {a4}', '+49 (0)30 {a4} {a4}', '+33 6 {a2} {a2} {a2} {a2}',
              '06 {a2} {a2} {a2} {a2}', '+91 98{a3} {a5}', '+61 2 {a4} {a4}', '+81 3-{a4}-{a4}', '+52 55 {a4} {a4}',
              '{a2}-{a2}-{a2}-{a2}', '+1 (212) 555-{a4}', '(415) 555-{a4}', '+34 612 {a3} {a3}', '+39 06 {a4} {a4}',
              '+27 21 {a3} {a4}', '+234 803 {a3} {a4}', '+86 10 {a4} {a4}', '0044 7700 900{a3}', '+31 20 {a3} {a4}']


def fam_intl(g, d, lang):
    R = g.R
    def addr():
        return R.choice(INTL_ADDR).format(n=R.randint(1, 400), u=R.randint(1, 40))
    def ph():
        return re.sub(r'\{a(\d)\}', lambda m: g.digits(int(m.group(1))), R.choice(INTL_PHONE))
    a, b = g.person(), g.person()
    opts = [
        lambda: 'My name is %s and I live at %s. ' % (P(g.full(a, 'fl')), I('ADDRESS', addr())),
        lambda: 'My name is %s. ' % P(a['first']),
        lambda: 'What is your last name? %s. ' % P(a['last']),
        lambda: 'Please call %s on %s. ' % (P(g.full(b, 'fl')), I('PHONE', ph())),
        lambda: 'Phone:\n%s\n' % I('PHONE', ph()),
        lambda: 'Address:\n%s\n' % I('ADDRESS', addr()),
        lambda: 'Ship the parcel to %s, %s. ' % (P(g.full(a, 'fl')), I('ADDRESS', addr())),
        lambda: '%s emailed %s from %s yesterday. ' % (P(a['first']), P(g.full(b, 'fl')), I('EMAIL', g.email(a))),
        lambda: 'the last billed amount for cc %s was disputed. ' % I('CREDIT_CARD', g.card()),
        lambda: 'card number %s is lost. ' % I('CREDIT_CARD', g.card()),
        lambda: '%s was born on %s in %s. ' % (P(g.full(b, 'fl')), I('DOB', g.dob('en')), D(R.choice(['Lagos', 'Hanoi', 'Lima', 'Oslo', 'Accra', 'Kraków']))),
        lambda: 'Passport number: %s. ' % I('PASSPORT', g.passport()),
        lambda: 'Dear %s, thank you for your order. ' % P(g.full(b, 'fl')),
        lambda: 'Kindly contact %s at %s or %s. ' % (P(a['first']), I('PHONE', ph()), I('EMAIL', g.email(a))),
        lambda: '%s and %s are the emergency contacts. ' % (P(g.full(a, 'fl')), P(g.full(b, 'fl'))),
        lambda: 'I spoke with %s at the %s branch. ' % (P(b['first']), D(R.choice(['Toronto', 'Vancouver', 'Calgary', 'Halifax']))),
        lambda: 'Customer: %s\nPhone: %s\n' % (P(g.full(a, 'fl')), I('PHONE', ph())),
        lambda: 'Hello, I am %s from %s. ' % (P(g.full(a, 'fl')), D(R.choice(['Kenya', 'Poland', 'Vietnam', 'Peru', 'Norway']))),
        lambda: 'IBAN: %s. ' % I('IBAN', 'DE89 3704 0044 0532 0130 00'),
    ]
    for _ in range(R.randint(2, 5)):
        d.add(g.pick(opts)())
        if R.random() < 0.4:
            d.add(g.content('en') + ' ')


FAMILIES = {'casenote': fam_casenote, 'email': fam_email, 'transcript': fam_transcript,
            'minutes': fam_minutes, 'complaint': fam_complaint}


def main():
    pools = json.load(open(sys.argv[1], encoding='utf-8'))
    split, which, n, seed = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    g = Gen(pools, split, seed)
    for i in range(n):
        if which == 'intl':
            d = Doc('%s-intl-%04d' % (split, i), 'en', 'intl')
            fam_intl(g, d, 'en')
        else:
            fam = sorted(FAMILIES)[i % len(FAMILIES)]
            lang = 'fr' if g.R.random() < 0.6 else 'en'
            d = Doc('%s-%s-%s-%04d' % (split, fam, lang, i), lang, fam)
            FAMILIES[fam](g, d, lang)
        print(d.json())


main()
