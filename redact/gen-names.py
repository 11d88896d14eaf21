#!/usr/bin/env python3
"""gen-names.py — generates redact/names-data.c, the first-name and surname
gazetteer of the name detector, from the @faker-js/faker locale lists (MIT)
plus the common Québec/Canadian names listed below.

Reproducible: the input is committed (redact/names-input.json, the name
lists of @faker-js/faker 10.6.0, npm tarball sha256
13b79ed894af1a52a624fdb144384e1fd6c4afc1a30488830d3be64924333674), and the
test `names-data` checks that
  python3 redact/gen-names.py redact/names-input.json
gives redact/names-data.c byte for byte.  To refresh the input (needs the
npm registry), pin the new version here and run:
  cd /tmp && npm pack @faker-js/faker@10.6.0 && mkdir -p faker && \
    tar xzf faker-js-faker-10.6.0.tgz -C faker
  node redact/gen-names-extract.mjs > /tmp/names.json
  python3 -c 'import json; json.dump(json.load(open("/tmp/names.json")), \
    open("redact/names-input.json", "w"), ensure_ascii=False, indent=0, sort_keys=True)'
  python3 redact/gen-names.py redact/names-input.json > redact/names-data.c
(then retrain the name model: redact/model/README.md).

Keys are folded (lower case, accents removed) exactly as context.c folds
words.  Words that are also common French/English words are dropped: the
gazetteer only raises confidence, context rules carry the rest."""
import json, sys, unicodedata

EXTRA_FIRST = """
Mathieu Priya Wei Mamadou Marie-Ève Marie-Eve Jean-François Jean-Philippe Jean-Sébastien Marc-André
Pier-Luc Anne-Marie Marie-Claude Marie-Pier Marie-Josée Marie-Hélène Louis-Philippe Jean-Marc Jean-Pierre
Jean-Guy Jean-Luc Jean-Michel Jean-Claude Jean-Paul Jean-Louis Jean-Charles Jean-Denis Jean-Yves
Mohamed Mohammed Ahmed Fatima Aïcha Amina Youssef Karim Rachid Samir Nadia Leila Yasmine Omar Ali Hassan
Hussein Ibrahim Moussa Aminata Ousmane Fatou Awa Oumar Abdoulaye Cheikh Aliou Seydou Boubacar
Wei Li Ming Jing Hui Xin Yan Jun Lei Hao Yu Chen Ling Mei Xiao Jie Tao Anh Minh Thanh Nguyen Linh
Priya Raj Ravi Anil Sunil Amit Rohit Rahul Deepak Vijay Sanjay Arjun Neha Pooja Anjali Kavya Simran
Harpreet Gurpreet Manpreet Jaspreet Sandeep Navdeep Rajesh Suresh Ramesh
Sébastien Stéphane Frédéric Jérôme Rémi Gaétan Réjean Gaëtan Hélène Mélanie Valérie Sylvie Josée
Geneviève Véronique Mélissa Andrée Renée Élise Éloïse Noémie Maëlle Anaïs Chloé Zoé Léa Léo Éric
Émile Édouard Étienne Félix Gabriel Raphaël Benoît Francis Ghislain Gilles Guylaine Huguette Jocelyn
Jocelyne Lise Lucie Manon Martine Micheline Monique Nancy Nicole Pierrette Solange Suzanne Yvon Yvette
Maxime Samuel Alexandre Nicolas Vincent Simon Thomas Antoine Olivier William Félix Logan Jacob Nathan
Émilie Camille Sarah Laurence Rosalie Florence Juliette Charlotte Béatrice Alice Océane Audrey Kim
Karine Isabelle Nathalie Chantal Johanne Line Lyne Mireille Carole Diane Francine Ginette Denise
Kevin Steve Sylvain Patrick Martin Daniel Michel André Pierre Luc Alain Normand Serge Claude Denis
Yves Guy Marcel Roger Gaston Gérard Jacques Robert Raymond Richard Réal Mario Dany Danny Jonathan
""".split()

EXTRA_LAST = """
Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque
Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe
Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Martin Landry Martel Bédard Grenier Lessard Bernier
Richard Michaud Hébert Desjardins Couture Turcotte Lachance Parent Blais Gosselin Savard Proulx Beaudoin
Demers Perron Boudreau Charbonneau Lemieux Mercier Labelle Dion Doucet Dufour Lacroix Vallée Jacques
Drouin Rousseau Champagne Lauzon Gingras Audet Bilodeau Lemay Lalonde Hamel Marchand Lavallée Brunet
Bourque Rioux Guay Sirois Asselin Boivin Carrier Chabot Cyr Deschênes Dumont Fillion Giroux Guérin
Harvey Jolicoeur Labbé Lacasse Laflamme Lagacé Lamontagne Langlois Laplante Larouche Lebel Leduc
Legault Lemire Levesque Lussier Mailloux Ménard Messier Moreau Paradis Pépin Picard Plante Pouliot
Provencher Racine Robitaille Samson Sauvé Tanguay Therrien Tessier Thériault Trudel Vachon Vaillancourt
Villeneuve Gendron Gilbert Gravel Huard Jean Dupuis Durand Dubois Brassard Brisson Bourgeois Charron
MacDonald McDonald Smith Wilson Brown Johnson Williams Jones Miller Davis Taylor Anderson Thomas Moore
Jackson White Harris Thompson Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams
Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards Stewart Morris
Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Cox Richardson Wood Watson
Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Fraser MacKenzie McKenzie Campbell
Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Nguyen Tran Le Pham
Singh Patel Sharma Kumar Gupta Shah Kaur Gill Sidhu Sandhu Dhillon Grewal Brar
Diallo Traoré Touré Koné Diop Ndiaye Sow Bah Barry Camara Keita Cissé Sylla Fall Gueye Ba Sy
Benali Haddad Khalil Mansour Saleh Nasser Hamdan Chaoui Belkacem Bouzid Amrani Mahmoud Youssef
""".split()

# Words that are also ordinary words or place/organisation words: never
# gazetteer names (context rules can still catch them).
STOP = set("""
will may june april august mark rose grace hope faith summer king victoria avenue street court
page bill guy pierre-paul art earl dean case chance joy charity honor honour ivy jade amber ruby
pearl crystal dawn destiny star sky river rain storm holly heather daisy iris lily violet olive
sage autumn winter spring major prince princess duke judge royal young long price wood brown green
white gray grey black cook baker parker turner carter hunter fisher miller mason porter wright
cooper taylor walker ward reed bell hall hill lane ross rich sunny honey penny genie
ma he le li lin sun hu guo yu wu ba sy fall long lo do la de du des van von san santa
la le les un une des mars mai juin août juillet avril mon son ton lundi mardi mercredi jeudi vendredi
samedi dimanche janvier fevrier septembre octobre novembre decembre january february march july
september october november december monday tuesday wednesday thursday friday saturday sunday
client service services branch direction protecteur citoyen loi act section chapter chapitre
france paris lyon quebec montreal laval canada ontario colombie alberta saint sainte sante
jean-paul-ii may-day bureau office centre center ministere department
marche parc place terrasse square park
""".split())

def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return s.replace('œ', 'oe').replace('æ', 'ae').replace('’', "'")

def ok(s):
    if len(s) < 2 or len(s) > 30: return False
    return all(c.isascii() and (c.isalpha() or c in "-'") for c in s)

def main():
    d = json.load(open(sys.argv[1], encoding='utf-8'))
    first = {fold(x) for x in d['first'] + EXTRA_FIRST}
    last = {fold(x) for x in d['last'] + EXTRA_LAST}
    first = sorted(x for x in first if ok(x) and x not in STOP)
    last = sorted(x for x in last if ok(x) and x not in STOP)
    out = sys.stdout
    out.write("/* names-data.c — GENERATED by redact/gen-names.py: first-name and surname\n"
              " * gazetteer (folded: lower case, no accents).  Sources: @faker-js/faker\n"
              " * locale lists (MIT) and common Québec/Canadian names.  Do not edit. */\n")
    out.write('#include "redact-private.h"\n\n')
    for name, lst in (('first', first), ('last', last)):
        out.write("const char *const cv_names_%s[] = {\n" % name)
        for x in lst:
            out.write('  "%s",\n' % x.replace('\\', '\\\\').replace('"', '\\"'))
        out.write("};\nconst gsize cv_names_%s_len = G_N_ELEMENTS(cv_names_%s);\n\n" % (name, name))

main()
