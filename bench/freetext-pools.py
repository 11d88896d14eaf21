#!/usr/bin/env python3
"""freetext-pools.py — name pools for the free-text evaluation sets and for
the training sentences of the name recogniser, split so that the held-out
set draws its names from a pool the recogniser and the gazetteer never saw.

Input: the per-locale first/last name lists of @faker-js/faker 10.6.0 (MIT),
extracted by bench/freetext-faker.mjs:
  cd /tmp && npm pack @faker-js/faker@10.6.0 && mkdir -p faker && \
    tar xzf faker-js-faker-10.6.0.tgz -C faker && \
    node bench/freetext-faker.mjs /tmp/faker > /tmp/faker-names.json
plus the hand lists below (Québec, Haitian, Indigenous, Arabic, Vietnamese,
Chinese, South-Asian, Latin-American, African names; written for this
project).  Output (JSON on stdout): {"train": {...}, "test": {...}} with
"first", "last" lists per origin.

Split: a name goes to "test" when its folded form hashes (SHA-256) into 3
of 10 buckets (5 of 10 for the hand lists) and it is not in the gazetteer (redact/names-data.c);
whole locales are test-only (origins never seen in training).  A name in
the gazetteer is always "train"."""
import hashlib, json, re, sys, unicodedata

TRAIN_LOCALES = ['fr', 'fr_CA', 'en_CA', 'en_US', 'en_GB', 'es', 'es_MX', 'pt_BR', 'de',
                 'it', 'en_IN', 'en_NG', 'yo_NG', 'tr', 'pl', 'nl', 'ro', 'id_ID', 'hr',
                 'cs_CZ', 'en_HK']
TEST_ONLY_LOCALES = ['en_GH', 'fr_SN', 'zu_ZA', 'af_ZA', 'fi', 'nb_NO', 'sl_SI', 'da', 'sv',
                     'hu', 'en_NP', 'pt_PT', 'ku_kmr_latin', 'uz_UZ_latin', 'en_AU', 'de_CH']

HAND = {
 'quebec': ("""Josianne Mélodie Ginette Réjeanne Francine Nicole Gaétane Huguette Jacinthe Guylaine
  Sonia Marie-Soleil Marie-Lou Rosalie Maude Laurence Ariane Gabrielle Jean-Guy Réal Gilles Rosaire
  Ghislain Yvon Normand Rodrigue Dany Steeve Jimmy Keven Jessy Maxime Marc-Olivier Pier-Olivier
  Louis-Charles Anne-Sophie Marie-Pier Ève Mathis Loïc Médérick Zachary Jacob Félix-Antoine Noah""",
  """Brisebois Tremblay Gagnon Bouchard Gauthier Lavoie Pelletier Lévesque Bergeron Paquette
  Boulanger Leblanc Lapierre Desrosiers Gingras Beauchemin Bellefleur Robichaud Thivierge
  Desrochers Grondin Lafrenière Labrecque Dufresne Brouillette Vézina Ouimet Charest Marcoux
  Boisvert Jodoin Cormier Daigle Lafontaine Laliberté Beausoleil Lachapelle Desautels
  Larivière Lamoureux Lefrançois Bellemare Dumoulin Tousignant Vaillancourt Bissonnette"""),
 'quebec2': ("Yolande Rollande Gisèle Lucille Thérèse Colette Ghislaine Mireille Gemma Jean-Yves "
   "Clément Fernand Léandre Hugues Alexis-Olivier Éloi Mathilde Clémence Rosemarie Maïka Océanne "
   "Kelly-Ann Marie-Michèle Jean-Nil Lévis Cédrik Jérémie Anne-Julie Marie-Andrée Pier-Alexandre",
   "Archambault Bérubé Brassard Chartrand Cousineau Deslauriers Duchesne Filion Galarneau Houle "
   "Jutras Lanctôt Lapalme Lemelin Létourneau Marleau Nolin Patenaude Quintal Rondeau Sénécal "
   "Thibodeau Trottier Vigneault Turgeon Riendeau Provost Laberge Jolin Hétu Goyette Fréchette "
   "Éthier Dagenais Corriveau Chagnon Brault Beaudry Arsenault Auclair Rivard Tétreault Lacoursière"),
 'haitian': ("""Jean-Robert Wilner Fritznel Jocelyne Marie-Carmelle Rose-Andrée Widlyne Kerline
  Stanley Ricardo Nadège Mackenson Jimmy-Lee Wideline Dieunie Fabiola Guerline Ketly Yvener""",
  """Pierre-Louis Jean-Baptiste Dorvil Célestin Joseph Saint-Fleur Désir Augustin Charles
  Beauvoir Toussaint Alexis Laguerre Dorélien Étienne Fils-Aimé Jeune Bien-Aimé Estimé Dorsainvil"""),
 'indigenous': ("""Kanatase Tekahionwake Wapistan Shipu Nipi Mishtapeu Kakwa Tshiuetin Uapukun
  Manitu Natasha Kateri Ossie Mukash Sakay""",
  """Mestokosho Kanatewat Petiquay Awashish Diabo Mianscum Wapachee Picard-Sioui Gull Bosum
  Neeposh Rock Jerome Mollen Vollant Ottawa Dubé-Kurtness Einish Swallow"""),
 'arabic': ("""Mohamed Youssef Karim Rachid Samira Nadia Leïla Yasmine Omar Ali Hassan Ibrahim Amine
  Walid Nabil Khadija Zineb Houda Sofiane Tarek Rania Ilyes Ayoub Bilal Hamza Meriem Souad""",
  """Benali Haddad Khalil Mansour Saleh Nasser Hamdan Chaoui Belkacem Bouzid Amrani Mahmoud
  Benjelloun Bensaïd Ouali Zerrouki Kaddour Cherif Benmoussa Bouaziz Lahlou"""),
 'vietnamese': ("""Thi Lan Minh Anh Quoc Huy Thanh Tung Ngoc Mai Van Duc Bich Ngoc Hoang Nam Kim Oanh""",
  """Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong Huynh"""),
 'chinese': ("""Wei Jing Xiaoming Lihua Yan Jun Lei Mei Hao Zhiwei Xinyi Yuting Jiahao Haoran""",
  """Chen Wang Zhang Liu Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Luo Liang Song Tang Feng"""),
 'southasian': ("""Priya Rajesh Anjali Harpreet Gurpreet Simran Arjun Kavya Deepak Aditya Nisha Sunita
  Farhan Ayesha Imran Tahmina Sanjay Vikram""",
  """Patel Sharma Singh Gill Sandhu Dhillon Grewal Chaudhry Khan Rahman Hossain Iyer Nair
  Reddy Menon Bhatt Desai Joshi Malhotra Kapoor"""),
 'latin': ("""Alejandro Valentina Camila Mateo Santiago Ximena Jimena Guadalupe Rodrigo Esteban
  Luz María Juan Pablo Daniela Catalina""",
  """González Rodríguez Hernández López Martínez Ramírez Castillo Morales Ortiz Gutiérrez
  Vargas Rojas Mendoza Contreras Salazar"""),
 'african': ("""Mamadou Aminata Ousmane Fatoumata Moussa Awa Cheikh Ndeye Kofi Ama Chinedu Ngozi
  Tendai Wanjiru Abebe Tigist""",
  """Diallo Traoré Touré Koné Diop Ndiaye Sow Camara Keïta Cissé Mensah Okafor Nwosu Mwangi
  Kamau Tesfaye Bekele Mbeki"""),
}

# Names that are also common words; used in both pools (the recogniser must
# read them from context: "Madame Boulanger", "King called back").
WORDNAMES = {
 'first': "Rose Pierre Claude Guy Lise Aurore Blanche Constance Prudence Victoire Grace Hope Faith Will Mark Bill Rich Dawn Joy April June".split(),
 'last': "Leblanc Boulanger King Page Martin Lebrun Meunier Boucher Couture Charpentier Lachance Lavallée Brown White Green Young Baker Cook Fisher Hunter Wood Rivers Marchand Bonneau Chevalier Fontaine Lafleur Dumont Legrand Petit Roy Fortin Carpentier".split(),
}


def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return s.replace('œ', 'oe').replace('æ', 'ae')


def latin(s):
    return bool(s) and all(c.isascii() or unicodedata.name(c, '').startswith('LATIN')
                           or c in " -'" for c in s) and 2 <= len(s) <= 30


def bucket(s):
    return hashlib.sha256(fold(s).encode()).digest()[0] % 10


def gazetteer(path):
    src = open(path, encoding='utf-8').read()
    return set(re.findall(r'^  "([^"]+)",$', src, re.M))


def main():
    faker = json.load(open(sys.argv[1], encoding='utf-8'))
    gaz = gazetteer(sys.argv[2]) if len(sys.argv) > 2 else set()
    out = {'train': {}, 'test': {}}

    def put(split, origin, kind, name):
        out[split].setdefault(origin, {'first': [], 'last': []})
        lst = out[split][origin][kind]
        if name not in lst:
            lst.append(name)

    def split_of(name, cut=3):
        f = fold(name)
        if f in gaz or any(p in gaz for p in re.split(r"[ -]", f)):
            return 'train'
        return 'test' if bucket(name) < cut else 'train'

    for loc in TRAIN_LOCALES + TEST_ONLY_LOCALES:
        for kind in ('first', 'last'):
            for n in faker.get(loc, {}).get(kind, []):
                if not latin(n):
                    continue
                sp = split_of(n)
                if loc in TEST_ONLY_LOCALES:
                    if sp == 'test' or fold(n) not in gaz:
                        put('test', loc, kind, n)
                    continue
                put(sp, loc, kind, n)
    for origin, (fs, ls) in HAND.items():
        for kind, txt in (('first', fs), ('last', ls)):
            for n in txt.split():
                put(split_of(n, 5), origin, kind, n)
    for kind, lst in WORDNAMES.items():
        for n in lst:
            put('train', 'wordnames', kind, n)
            put('test', 'wordnames', kind, n)
    # never the same name in both pools (but the common-word names)
    train_names = {fold(n) for o in out['train'].values() for k in o.values() for n in k}
    wn = {fold(n) for k in WORDNAMES.values() for n in k}
    for o in out['test'].values():
        for k in ('first', 'last'):
            o[k] = [n for n in o[k] if fold(n) not in train_names or fold(n) in wn]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)


main()
