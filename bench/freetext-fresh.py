#!/usr/bin/env python3
"""freetext-fresh.py — the second held-out set of free text (issue #10,
round 2), written before the rules and the model of that round and scored
once at its end.  Other record shapes than bench/freetext-gen.py and other
phrasings: SMS/chat logs with an office, inspection reports, voicemail
transcriptions, excerpts of tribunal decisions, progress notes of social
services, web-form messages (informal, lower case), and English messages
from abroad; names from the "fresh" pool of bench/freetext-pools2.py
(never in the recogniser's training, lists or gazetteer); organisations,
places and streets never used before.

  freetext-fresh.py POOLS2.json N SEED > docs.jsonl

Output: the format of bench/freetext-gen.py (scored by
bench/freetext-score.py).  Deterministic."""
import json, random, re, sys, unicodedata

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
ORGS_FR = ["Centre de santé Marguerite-D'Youville", "Polyvalente Hyacinthe-Delorme", "Aréna Guy-Lafleur",
           "Bibliothèque Marc-Favreau", "Hôpital Pierre-Boucher", "École Pierre-Dupuy", "Pavillon Lionel-Boulet",
           "Stade Percival-Molson", "Maison Émile-Nelligan", "Caisse Desjardins Thérèse-De Blainville",
           "Fondation Jean-Lapointe", "Collège Bois-de-Boulogne", "Centre culturel Georges-Vanier",
           "Parc Frédéric-Back", "Régie du logement", "Curateur public du Québec", "Société d'habitation du Québec",
           "Retraite Québec", "Bureau des infractions et amendes", "Centre jeunesse de la Montérégie"]
ORGS_EN = ["Ronald McDonald House", "Allan Memorial Institute", "Stewart Hall", "Loyola High School",
           "Lakeshore General Hospital", "Macdonald Campus", "Jeffery Hale Hospital", "Champlain College",
           "Veterans Affairs Canada", "Immigration, Refugees and Citizenship Canada", "Batshaw Youth Centres",
           "Sir Mortimer B. Davis Hospital"]
PLACES = ["Rouyn-Noranda", "Saint-Eustache", "Sainte-Agathe-des-Monts", "Les Escoumins", "Notre-Dame-du-Lac",
          "Saint-Jérôme", "Chibougamau", "Pessamit", "Mistissini", "Kawawachikamach", "Magog", "Alma",
          "Roberval", "Montmagny", "La Tuque", "Beloeil", "Val-des-Sources", "Sainte-Marie"]
STREETS_FR = ["rue Fleury Ouest", "boulevard Henri-Bourassa", "avenue Christophe-Colomb", "rue Jean-Brillant",
              "boulevard Gouin", "rue Beaubien", "boulevard Lionel-Groulx", "rue Ontario Est",
              "avenue Louis-Hébert", "chemin du Roy"]
STREETS_EN = ["Westminster Avenue", "Cavendish Boulevard", "Monkland Avenue", "Sources Road",
              "Beaconsfield Boulevard", "Elgin Street"]
LAWS = ["l'article 9 de la Loi sur la justice administrative", "RLRQ, c. T-15.01", "l'article 1910 C.c.Q.",
        "la Loi sur les services de santé et les services sociaux", "RLRQ, chapitre S-4.2", "section 12 of the Act",
        "CQLR, c. J-3"]
TOLLFREE = ["1 877 767-8773", "1-866-545-2274", "1 800 361-3795", "1-888-643-4721"]
CONTENT_FR = [
    "Le dossier a été transmis au service du contentieux pour analyse.",
    "La visite a permis de constater des traces d'infiltration d'eau au sous-sol.",
    "Aucune suite ne sera donnée à la demande faute de documents complets.",
    "Le tribunal accueille en partie la demande et réserve les frais.",
    "Un plan d'intervention sera révisé dans les six prochains mois.",
    "Les heures d'ouverture du bureau seront prolongées pendant la période des impôts.",
    "La demande de prolongation du délai est refusée pour les motifs suivants.",
    "Le formulaire a été reçu incomplet et doit être signé de nouveau."]
CONTENT_EN = [
    "The file was forwarded to the legal department for review.",
    "The visit found signs of water infiltration in the basement.",
    "No action will be taken on the request because documents are missing.",
    "The tribunal grants the application in part and reserves costs.",
    "An intervention plan will be reviewed within the next six months.",
    "Office hours will be extended during tax season.",
    "The request to extend the deadline is denied for the following reasons.",
    "The form was received incomplete and must be signed again."]


class Doc:
    def __init__(self, id, lang, family):
        self.id, self.lang, self.family = id, lang, family
        self.buf = bytearray()
        self.spans = []

    def add(self, s):
        pos = 0
        for m in re.finditer(r'\[\[(\w+):(\w*)\|(.*?)\]\]', s, re.S):
            self.buf += s[pos:m.start()].encode()
            st = len(self.buf)
            self.buf += m.group(3).encode()
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


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if c.isascii() and c.isalnum())


class Gen:
    WEIGHTS = {'quebec3': 8, 'haitian3': 4, 'fr_BE': 2, 'fr_CH': 2, 'lists': 4, 'english3': 2}

    def __init__(self, pools, seed):
        self.R = random.Random(seed)
        self.first, self.last = [], []
        for origin, d in sorted(pools['fresh'].items()):
            w = self.WEIGHTS.get(origin, 1)
            for _ in range(w):
                self.first += d['first'][:400]
                self.last += d['last'][:400]
        self.first = [n for n in self.first if n]
        self.last = [n for n in self.last if n]

    def ch(self, lst):
        return self.R.choice(lst)

    def person(self):
        R = self.R
        p = {'f': R.choice(self.first), 'l': R.choice(self.last), 'g': R.choice('FM')}
        if R.random() < 0.07:
            p['l'] = R.choice(['de ', 'Van ', 'Le ', "O'", 'Mc', 'Da ', 'El ']) + p['l']
        return p

    def name(self, p, style=None):
        R = self.R
        style = style or R.choice(['fl'] * 10 + ['lower', 'LF', 'LfUp', 'init', 'fi', 'first'])
        f, l = p['f'], p['l']
        if style == 'lower':
            return (f + ' ' + l).lower()
        if style == 'LF':
            return '%s, %s' % (l.upper(), f)
        if style == 'LfUp':
            return '%s %s' % (f.upper(), l.upper())
        if style == 'init':
            return '%s. %s' % (f[0], l)
        if style == 'fi':
            return '%s %s.' % (f, l[0])
        if style == 'first':
            return f
        return f + ' ' + l

    def digits(self, n):
        return ''.join(str(self.R.randint(0, 9)) for _ in range(n))

    def luhn(self, ds):
        s = 0
        for i, d in enumerate(reversed(ds + [0])):
            v = d * 2 if i % 2 else d
            s += v - 9 if v > 9 else v
        return ds + [(10 - s % 10) % 10]

    def sin(self):
        d = self.luhn([self.R.randint(1, 7)] + [self.R.randint(0, 9) for _ in range(7)])
        s = ''.join(map(str, d))
        return self.R.choice([s[:3] + ' ' + s[3:6] + ' ' + s[6:], s])

    def phone(self):
        R = self.R
        a = R.choice(['418', '514', '450', '819', '438', '579', '354', '263'])
        return R.choice(['%s-%d-%04d', '(%s) %d-%04d', '%s %d %04d', '%s.%d.%04d']) % (a, R.randint(200, 999), R.randint(0, 9999))

    def postal(self):
        L = "ABCEGHJKLMNPRSTVXY"
        R = self.R
        return "%s%d%s %d%s%d" % (R.choice("GHJ"), R.randint(0, 9), R.choice(L), R.randint(0, 9), R.choice(L), R.randint(0, 9))

    def address(self, lang):
        R = self.R
        if lang == 'fr':
            return '%d, %s' % (R.randint(1, 12000), self.ch(STREETS_FR)) + (', app. %d' % R.randint(1, 40) if R.random() < 0.3 else '')
        return '%d %s' % (R.randint(1, 9000), self.ch(STREETS_EN))

    def dob(self, lang):
        R = self.R
        y, m, d = R.randint(1940, 2012), R.randint(1, 12), R.randint(1, 28)
        if lang == 'fr':
            return R.choice(['%d %s %d' % (d, MONTHS_FR[m - 1], y), '%d-%02d-%02d' % (y, m, d)])
        return R.choice(['%s %d, %d' % (MONTHS_EN[m - 1], d, y), '%02d/%02d/%d' % (m, d, y)])

    def email(self, p):
        f, l = ascii_fold(p['f']).lower(), ascii_fold(p['l']).lower()
        return self.R.choice(['%s.%s@videotron.ca', '%s%s@gmail.com', '%s-%s@outlook.fr']) % (f or 'x', l or 'y')

    def ramq(self, p):
        l = (ascii_fold(p['l']).upper() + 'XXX')[:3]
        f = (ascii_fold(p['f']).upper() + 'X')[0]
        R = self.R
        return '%s%s %02d%02d %02d%d%d' % (l, f, R.randint(40, 99), R.randint(1, 12) + (50 if p['g'] == 'F' else 0),
                                           R.randint(1, 28), R.randint(1, 9), R.randint(0, 9))

    def card(self):
        d = self.luhn([4] + [self.R.randint(0, 9) for _ in range(14)])
        s = ''.join(map(str, d))
        return ' '.join(s[i:i + 4] for i in range(0, 16, 4))

    def filenum(self):
        R = self.R
        return R.choice(['TAL-%d-%06d' % (R.randint(2019, 2025), R.randint(0, 999999)),
                         '%d-%02d-%05d' % (R.randint(2019, 2025), R.randint(1, 12), R.randint(0, 99999)),
                         'DOS-%05d' % R.randint(0, 99999)])

    def amount(self, lang):
        R = self.R
        return ('%d %03d,%02d $' if lang == 'fr' else '$%d,%03d.%02d') % (R.randint(1, 60), R.randint(0, 999), R.randint(0, 99))

    def date(self, lang):
        R = self.R
        if lang == 'fr':
            return '%d %s %d' % (R.randint(1, 28), R.choice(MONTHS_FR), R.randint(2020, 2025))
        return '%s %d, %d' % (R.choice(MONTHS_EN), R.randint(1, 28), R.randint(2020, 2025))

    def content(self, lang):
        return C(self.R.choice(CONTENT_FR if lang == 'fr' else CONTENT_EN))


def fam_sms(g, d, lang):
    R = g.R
    a, ag, k = g.person(), g.person(), g.person()
    d.add(('Conversation texto — dossier %s\n' if lang == 'fr' else 'Text conversation — file %s\n') % D(g.filenum()))
    t = [R.randint(8, 17), R.randint(0, 59)]

    def stamp():
        t[1] += R.randint(1, 9)
        if t[1] > 59:
            t[0], t[1] = t[0] + 1, t[1] - 60
        return '[%02d:%02d]' % tuple(t)
    if lang == 'fr':
        lines = [
            lambda: '%s Bureau : Bonjour, ici %s du service à la clientèle. Est-ce bien %s ?\n' % (stamp(), P(ag['f']), P(g.name(a, 'fl'))),
            lambda: '%s Client : oui c moi. ma fille %s est malade auj\n' % (stamp(), P(k['f'].lower() if R.random() < 0.5 else k['f'])),
            lambda: '%s Client : vous pouvez me texter au %s\n' % (stamp(), I('PHONE', g.phone())),
            lambda: '%s Bureau : %s vous rappellera avant midi.\n' % (stamp(), P(g.name(ag, R.choice(['fl', 'first'])))),
            lambda: '%s Client : mon nouveau logement est au %s\n' % (stamp(), I('ADDRESS', g.address('fr'))),
            lambda: '%s Bureau : Le paiement de %s a été reçu.\n' % (stamp(), D(g.amount('fr'))),
            lambda: '%s Client : merci %s !!\n' % (stamp(), P(ag['f'])),
            lambda: '%s Bureau : Pouvez-vous confirmer votre date de naissance ?\n%s Client : %s\n' % (stamp(), stamp(), I('DOB', g.dob('fr'))),
            lambda: '%s Client : c %s mon voisin qui a les clés\n' % (stamp(), P(g.name(g.person(), 'lower'))),
            lambda: '%s Bureau : Le bureau de %s est fermé vendredi.\n' % (stamp(), D(g.ch(PLACES))),
        ]
    else:
        lines = [
            lambda: '%s Office: Hello, this is %s from client services. Am I speaking with %s?\n' % (stamp(), P(ag['f']), P(g.name(a, 'fl'))),
            lambda: '%s Client: yes its me. my daughter %s is sick today\n' % (stamp(), P(k['f'].lower() if R.random() < 0.5 else k['f'])),
            lambda: '%s Client: you can text me at %s\n' % (stamp(), I('PHONE', g.phone())),
            lambda: '%s Office: %s will call you back before noon.\n' % (stamp(), P(g.name(ag, R.choice(['fl', 'first'])))),
            lambda: '%s Client: my new place is %s\n' % (stamp(), I('ADDRESS', g.address('en'))),
            lambda: '%s Office: The payment of %s was received.\n' % (stamp(), D(g.amount('en'))),
            lambda: '%s Client: thanks %s!!\n' % (stamp(), P(ag['f'])),
            lambda: '%s Office: Can you confirm your date of birth?\n%s Client: %s\n' % (stamp(), stamp(), I('DOB', g.dob('en'))),
            lambda: '%s Client: its %s my neighbour who has the keys\n' % (stamp(), P(g.name(g.person(), 'lower'))),
            lambda: '%s Office: The %s office is closed on Friday.\n' % (stamp(), D(g.ch(PLACES))),
        ]
    for _ in range(R.randint(5, 9)):
        d.add(R.choice(lines)())


def fam_inspection(g, d, lang):
    R = g.R
    ten, sp, insp, own = g.person(), g.person(), g.person(), g.person()
    if lang == 'fr':
        d.add("RAPPORT D'INSPECTION\nDossier : %s\nInspecteur : %s\n\n" % (D(g.filenum()), P(g.name(insp, R.choice(['fl', 'LF'])))))
        opts = [
            lambda: "Lors de la visite du %s, le locataire, M. %s, nous a accueillis. " % (g.date('fr'), P(ten['l'])),
            lambda: "Sa conjointe, %s, était présente durant toute l'inspection. " % P(g.name(sp, 'fl')),
            lambda: "Le propriétaire, %s, n'a pas répondu à nos appels. " % P(g.name(own)),
            lambda: "Le logement situé au %s présente de la moisissure. " % I('ADDRESS', g.address('fr')),
            lambda: "L'immeuble est voisin du %s, près de la %s. " % (D(g.ch(ORGS_FR[:10])), D(g.ch(STREETS_FR))),
            lambda: "Selon %s, le chauffage ne fonctionne plus depuis %s. " % (P(sp['f']), D(R.choice(MONTHS_FR))),
            lambda: "Les travaux exigés relèvent de %s. " % D(g.ch(LAWS[:5])),
            lambda: "Joindre %s au %s pour fixer la contre-visite. " % (P(g.name(ten, 'fl')), I('PHONE', g.phone())),
            lambda: "Copie transmise à %s et à %s. " % (P(g.name(own, 'init')), D(g.ch(ORGS_FR[14:]))),
            lambda: "Photos prises par %s. " % P(insp['f'] + ' ' + insp['l']),
        ]
    else:
        d.add("INSPECTION REPORT\nFile: %s\nInspector: %s\n\n" % (D(g.filenum()), P(g.name(insp, R.choice(['fl', 'LF'])))))
        opts = [
            lambda: "During the visit on %s, the tenant, Mr. %s, let us in. " % (g.date('en'), P(ten['l'])),
            lambda: "His partner, %s, was present for the whole inspection. " % P(g.name(sp, 'fl')),
            lambda: "The landlord, %s, did not return our calls. " % P(g.name(own)),
            lambda: "The unit at %s shows mould. " % I('ADDRESS', g.address('en')),
            lambda: "The building is next to %s, near %s. " % (D(g.ch(ORGS_EN)), D(g.ch(STREETS_EN))),
            lambda: "According to %s, the heating has not worked since %s. " % (P(sp['f']), D(R.choice(MONTHS_EN))),
            lambda: "Reach %s at %s to book the follow-up visit. " % (P(g.name(ten, 'fl')), I('PHONE', g.phone())),
            lambda: "Copy sent to %s and to %s. " % (P(g.name(own, 'init')), D(g.ch(ORGS_EN))),
            lambda: "Photos taken by %s. " % P(insp['f'] + ' ' + insp['l']),
        ]
    for _ in range(R.randint(5, 8)):
        d.add(R.choice(opts)())
        if R.random() < 0.4:
            d.add(g.content(lang) + ' ')


def fam_voicemail(g, d, lang):
    R = g.R
    for _ in range(R.randint(2, 4)):
        a, b = g.person(), g.person()
        if lang == 'fr':
            d.add(R.choice([
                lambda: "Message vocal du %s à %d h %02d — %s (%s) : elle demande qu'on la rappelle au sujet de son fils %s. " % (
                    g.date('fr'), R.randint(8, 18), R.randint(0, 59), P(g.name(a, R.choice(['fl', 'lower']))), I('PHONE', g.phone()), P(b['f'])),
                lambda: "Message laissé par %s, qui appelle pour %s ; numéro de retour : %s. " % (
                    P(g.name(a)), P(g.name(b, 'fl')), I('PHONE', g.phone())),
                lambda: "Appel manqué — c'était %s. Il dit que %s peut confirmer. " % (P(a['f']), P(g.name(b, 'fl'))),
                lambda: "Message de %s au nom de %s concernant l'avis reçu de %s. " % (P(g.name(a, 'fl')), P(g.name(b, 'LF')), D(g.ch(ORGS_FR[14:]))),
            ])() + '\n')
        else:
            d.add(R.choice([
                lambda: "Voicemail on %s at %d:%02d — %s (%s): she asks to be called back about her son %s. " % (
                    g.date('en'), R.randint(8, 18), R.randint(0, 59), P(g.name(a, R.choice(['fl', 'lower']))), I('PHONE', g.phone()), P(b['f'])),
                lambda: "Message left by %s, calling on behalf of %s; call-back number: %s. " % (
                    P(g.name(a)), P(g.name(b, 'fl')), I('PHONE', g.phone())),
                lambda: "Missed call — it was %s. He says %s can confirm. " % (P(a['f']), P(g.name(b, 'fl'))),
                lambda: "Message from %s for %s about the notice from %s. " % (P(g.name(a, 'fl')), P(g.name(b, 'LF')), D(g.ch(ORGS_EN))),
            ])() + '\n')
        if R.random() < 0.4:
            d.add(g.content(lang) + '\n')


def fam_decision(g, d, lang):
    R = g.R
    req, defn, wit, adv = g.person(), g.person(), g.person(), g.person()
    n = R.randint(8, 40)
    if lang == 'fr':
        d.add('DÉCISION — %s\n\n' % D(g.filenum()))
        opts = [
            lambda: '[%d] La requérante, %s, allègue que son propriétaire ne respecte pas %s.\n' % (n, P(g.name(req, 'fl')), D(g.ch(LAWS[:5]))),
            lambda: '[%d] Le locateur, %s, conteste la demande.\n' % (n, P(g.name(defn))),
            lambda: '[%d] Le témoin %s affirme avoir vu des dégâts le %s.\n' % (n, P(g.name(wit, 'fl')), g.date('fr')),
            lambda: '[%d] Selon Me %s, la preuve est insuffisante.\n' % (n, P(adv['l'])),
            lambda: '[%d] Le Tribunal retient le témoignage de %s.\n' % (n, P(wit['l'] if R.random() < 0.5 else wit['f'])),
            lambda: '[%d] Une somme de %s est réclamée.\n' % (n, D(g.amount('fr'))),
            lambda: '[%d] Madame %s réside au %s depuis 2019.\n' % (n, P(req['l']), I('ADDRESS', g.address('fr'))),
        ]
    else:
        d.add('DECISION — %s\n\n' % D(g.filenum()))
        opts = [
            lambda: '[%d] The applicant, %s, alleges that her landlord does not comply with %s.\n' % (n, P(g.name(req, 'fl')), D(g.ch(LAWS[5:]))),
            lambda: '[%d] The lessor, %s, contests the application.\n' % (n, P(g.name(defn))),
            lambda: '[%d] The witness %s says he saw damage on %s.\n' % (n, P(g.name(wit, 'fl')), g.date('en')),
            lambda: '[%d] According to counsel %s, the evidence is insufficient.\n' % (n, P(g.name(adv, 'fl'))),
            lambda: '[%d] The Tribunal accepts the testimony of %s.\n' % (n, P(wit['l'])),
            lambda: '[%d] An amount of %s is claimed.\n' % (n, D(g.amount('en'))),
        ]
    for i in range(R.randint(5, 8)):
        n += 1
        d.add(R.choice(opts)())
        if R.random() < 0.3:
            n += 1
            d.add('[%d] %s\n' % (n, g.content(lang)))


def fam_progress(g, d, lang):
    R = g.R
    u, w, s, m = g.person(), g.person(), g.person(), g.person()
    if lang == 'fr':
        d.add("NOTE D'ÉVOLUTION\nUsager : %s\nIntervenante : %s\nNAS : %s\n\n" % (P(g.name(u, R.choice(['LF', 'fl']))), P(g.name(w, 'fl')), I('SIN', g.sin())))
        opts = [
            lambda: "L'usager rapporte que sa sœur %s l'héberge depuis deux semaines. " % P(s['f']),
            lambda: "Rencontre avec %s et sa mère, %s. " % (P(u['f']), P(g.name(m, 'fl'))),
            lambda: "%s a obtenu un rendez-vous à l'%s. " % (P(u['f']), D(g.ch(ORGS_FR[:8]))),
            lambda: "Carte d'assurance maladie : %s. " % I('RAMQ', g.ramq(u)),
            lambda: "Courriel de la mère : %s. " % I('EMAIL', g.email(m)),
            lambda: "Prochaine rencontre à %s avec %s. " % (D(g.ch(PLACES)), P(g.name(w, 'first'))),
            lambda: "Code postal : %s. " % I('POSTAL_CODE', g.postal()),
            lambda: "Réf. : %s, travailleuse sociale. " % P(g.name(g.person(), 'fi')),
        ]
    else:
        d.add("PROGRESS NOTE\nClient: %s\nWorker: %s\nSIN: %s\n\n" % (P(g.name(u, R.choice(['LF', 'fl']))), P(g.name(w, 'fl')), I('SIN', g.sin())))
        opts = [
            lambda: "The client reports that his sister %s has been housing him for two weeks. " % P(s['f']),
            lambda: "Met with %s and his mother, %s. " % (P(u['f']), P(g.name(m, 'fl'))),
            lambda: "%s got an appointment at %s. " % (P(u['f']), D(g.ch(ORGS_EN))),
            lambda: "Health card: %s. " % I('RAMQ', g.ramq(u)),
            lambda: "Mother's email: %s. " % I('EMAIL', g.email(m)),
            lambda: "Next meeting in %s with %s. " % (D(g.ch(PLACES)), P(g.name(w, 'first'))),
            lambda: "Postal code: %s. " % I('POSTAL_CODE', g.postal()),
            lambda: "Ref.: %s, social worker. " % P(g.name(g.person(), 'fi')),
        ]
    for _ in range(R.randint(5, 8)):
        d.add(R.choice(opts)())
        if R.random() < 0.35:
            d.add(g.content(lang) + ' ')


def fam_webform(g, d, lang):
    R = g.R
    a, b = g.person(), g.person()
    low = R.random() < 0.6
    nm = g.name(a, 'lower' if low else 'fl')
    if lang == 'fr':
        d.add('Formulaire web — objet : plainte\nNom : %s\nCourriel : %s\nMessage :\n' % (P(nm), I('EMAIL', g.email(a))))
        opts = [
            lambda: "bonjour je m'appelle %s et je vous ecris parce que " % P(nm),
            lambda: "mon ex %s ne paie plus la pension depuis %s " % (P(g.name(b, 'lower' if low else 'fl')), D(R.choice(MONTHS_FR))),
            lambda: "j'ai parlé a %s au telephone mais personne m'a rappelé " % P(g.person()['f']),
            lambda: "mon numero c'est %s " % I('PHONE', g.phone()),
            lambda: "ma carte %s a été débitée deux fois " % I('CREDIT_CARD', g.card()),
            lambda: "svp contactez %s a la place si je reponds pas " % P(g.name(b, 'fl')),
            lambda: "je demeure a %s depuis 3 ans " % D(g.ch(PLACES)),
        ]
    else:
        d.add('Web form — subject: complaint\nName: %s\nEmail: %s\nMessage:\n' % (P(nm), I('EMAIL', g.email(a))))
        opts = [
            lambda: "hi my name is %s and im writing because " % P(nm),
            lambda: "my ex %s stopped paying support since %s " % (P(g.name(b, 'lower' if low else 'fl')), D(R.choice(MONTHS_EN))),
            lambda: "i talked to %s on the phone but nobody called me back " % P(g.person()['f']),
            lambda: "my number is %s " % I('PHONE', g.phone()),
            lambda: "my card %s was charged twice " % I('CREDIT_CARD', g.card()),
            lambda: "please contact %s instead if i dont answer " % P(g.name(b, 'fl')),
            lambda: "i live in %s for 3 years " % D(g.ch(PLACES)),
        ]
    for _ in range(R.randint(4, 7)):
        d.add(R.choice(opts)())
    d.add('\n')


def fam_abroad(g, d, lang):
    R = g.R
    a, b = g.person(), g.person()
    opts = [
        lambda: 'I am writing on behalf of my aunt %s, who lives in %s. ' % (P(g.name(a, 'fl')), D(R.choice(['Riga', 'Bratislava', 'Hanoi', 'Baku', 'Novi Sad', 'Durban', 'Chisinau']))),
        lambda: 'Her neighbour %s can vouch for her. ' % P(g.name(b, 'fl')),
        lambda: 'Please reply to %s or call %s. ' % (I('EMAIL', g.email(a)), I('PHONE', g.phone())),
        lambda: 'Beneficiary: %s\n' % P(g.name(b, R.choice(['fl', 'LF', 'LfUp']))),
        lambda: 'We were referred by %s at %s. ' % (P(b['f']), D(g.ch(ORGS_EN))),
        lambda: 'Sincerely,\n%s\n' % P(g.name(a, 'fl')),
    ]
    for _ in range(R.randint(3, 6)):
        d.add(R.choice(opts)())
        if R.random() < 0.3:
            d.add(g.content('en') + ' ')


FAMILIES = {'sms': fam_sms, 'inspection': fam_inspection, 'voicemail': fam_voicemail,
            'decision': fam_decision, 'progress': fam_progress, 'webform': fam_webform}


def main():
    pools = json.load(open(sys.argv[1], encoding='utf-8'))
    n, seed = int(sys.argv[2]), int(sys.argv[3])
    g = Gen(pools, seed)
    for i in range(n):
        if i % 7 == 6:
            d = Doc('fresh-abroad-en-%04d' % i, 'en', 'abroad')
            fam_abroad(g, d, 'en')
        else:
            fam = sorted(FAMILIES)[i % len(FAMILIES)]
            lang = 'fr' if g.R.random() < 0.6 else 'en'
            d = Doc('fresh-%s-%s-%04d' % (fam, lang, i), lang, fam)
            FAMILIES[fam](g, d, lang)
        print(d.json())


main()
