#!/usr/bin/env python3
"""freetext-indep.py — an independent generator of Québec free text
(case notes, e-mail threads, call transcripts, minutes, complaint
narratives), written apart from freetext-gen.py / freetext-fresh.py: its
own sentence shapes and its own name lists (no pools file).

Same jsonl shape as those (scored by bench/freetext-score.py): one
document a line, {"id", "lang", "family", "text", "spans": [{"kind":
"pii"|"decoy"|"content", "type", "start", "end"}]} with byte offsets.

Templates are split in two halves by a fixed rule: the template's index in
TEMPLATES, even = half W (work), odd = half H (held out).

Usage: freetext-indep.py W|H COUNT SEED > docs.jsonl"""
import json
import random
import re
import sys
import unicodedata

# --- names, by origin (given names, surnames) --------------------------------
ORIGINS = {
    'qc': (['Ginette', 'Réjean', 'Marc-André', 'Sylvie', 'Gaétan', 'Josée', 'Normand', 'Chantal',
            'Yvon', 'Maryse', 'Stéphane', 'Nathalie', 'Rosaire', 'Huguette', 'Jean-Guy',
            'Annie-Claude', 'Benoît', 'Lise', 'Denis', 'Mélanie', 'Ghislain', 'Francine'],
           ['Tremblay', 'Gagnon', 'Bouchard', 'Côté', 'Pelletier', 'Lavoie', 'Gauthier', 'Morin',
            'Ouellet', 'Bergeron', 'Leblanc', 'Boulanger', 'Charbonneau', 'Desrosiers', 'Thibodeau',
            'Lapointe', 'Fréchette', 'Beaulieu', 'Poirier', 'Lachance', 'Sansoucy', 'Tousignant',
            'Vaillancourt', 'Labrecque', 'Boisvert', 'Lemieux']),
    'en': (['Gary', 'Heather', 'Brian', 'Wendy', 'Colin', 'Shannon', 'Trevor', 'Kimberly',
            'Douglas', 'Rose', 'Grace', 'Keith', 'Donna', 'Glenn', 'Sheila', 'Hope'],
           ['King', 'Page', 'Rose', 'Fletcher', 'Walsh', 'Henderson', 'Baker', 'Young', 'Price',
            'Lord', 'Bell', 'Hill', 'Ward', 'Stone', 'Armstrong', 'McKenzie', "O'Brien", 'Fraser',
            'Murray', 'Church']),
    'ht': (['Wislande', 'Jean-Robert', 'Marjorie', 'Fritznel', 'Guerline', 'Roodly', 'Nadège',
            'Jocelyn', 'Wilner', 'Mirlande', 'Daphnée', 'Ketly', 'Widlyne', 'Frantz'],
           ['Pierre-Louis', 'Jean-Baptiste', 'Désir', 'Célestin', 'Dorvil', 'Augustin', 'Saint-Fleur',
            'Exantus', 'Toussaint', 'Lafortune', 'Dorélien', 'Bien-Aimé', 'Jean-Louis', 'Métellus']),
    'ar': (['Karim', 'Yasmina', 'Mehdi', 'Fatima-Zahra', 'Rachid', 'Samira', 'Amine', 'Nour',
            'Hicham', 'Leïla', 'Walid', 'Imane', 'Youssef', 'Soumaya', 'Tarek'],
           ['Benali', 'El Amrani', 'Haddad', 'Bouzid', 'Chérif', 'Khoury', 'Mansour', 'Saadi',
            'Ait Ouali', 'Belkacem', 'Nasser', 'Rahmani', 'Zerrouki', 'Hamdan', 'Bennani']),
    'vn': (['Thanh', 'Linh', 'Minh Tuấn', 'Hoa', 'Quang', 'Thu Trang', 'Duc', 'Phuong', 'Bao',
            'Ngoc Anh', 'Khanh'],
           ['Nguyen', 'Tran', 'Pham', 'Hoang', 'Vo', 'Dang', 'Bui', 'Huynh', 'Truong', 'Ngo']),
    'cn': (['Wei', 'Xiaoming', 'Jing', 'Hao', 'Meilin', 'Zhiwei', 'Yan', 'Lihua', 'Jun', 'Xin',
            'Yuting'],
           ['Wang', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Lam', 'Chan', 'Wong']),
    'la': (['Alejandra', 'Jorge', 'Camila', 'Luis Fernando', 'Mariana', 'Andrés', 'Valentina',
            'Diego', 'Ximena', 'Rodrigo', 'Guadalupe', 'Esteban'],
           ['González', 'Ramírez', 'Castillo', 'Morales', 'Herrera', 'Vargas', 'Rojas', 'Mendoza',
            'Gutiérrez', 'Aguilar', 'Salazar', 'Cárdenas']),
    'sa': (['Priya', 'Arjun', 'Harpreet', 'Sanjay', 'Anjali', 'Rajesh', 'Gurpreet', 'Deepa',
            'Vikram', 'Imran', 'Nusrat', 'Tahmina'],
           ['Patel', 'Singh', 'Sharma', 'Gill', 'Iyer', 'Chowdhury', 'Rahman', 'Kaur', 'Dhillon',
            'Malhotra', 'Siddiqui', 'Perera']),
    'af': (['Aminata', 'Kwame', 'Chinedu', 'Fatoumata', 'Ousmane', 'Ngozi', 'Mamadou', 'Adaeze',
            'Kofi', 'Mariama', 'Abdoulaye', 'Nneka'],
           ['Diallo', 'Traoré', 'Okafor', 'Mensah', 'Ndiaye', 'Kamara', 'Adeyemi', 'Keita',
            'Coulibaly', 'Nkurunziza', 'Mutombo', 'Sow']),
    'in': (['Kahentinetha', 'Karonhiio', 'Shanipiap', 'Uapukun', 'Mishta', 'Tekahionwake',
            'Waneek', 'Kanatase', 'Nipi', 'Tiffany'],
           ['Vollant', 'Kanapé', 'Awashish', 'Petiquay', 'Coon Come', 'Mianscum', 'Bellefleur',
            'Diabo', 'Montour', 'McComber', 'Two-Axe', 'Mollen', 'Ottawa', 'Kawapit']),
}
# surnames that are common words, drawn more often so every set holds some
COMMON_WORD = ['Leblanc', 'Boulanger', 'King', 'Page', 'Rose', 'Lord', 'Bell', 'Church', 'Stone']

TITLES_FR = ['Mme', 'M.', 'madame', 'monsieur']
TITLES_EN = ['Mr.', 'Ms.', 'Mrs.']

ORGS = ['Pharmacie Jean Coutu', 'Caisse Desjardins', 'Hôpital Charles-LeMoyne', 'Institut Philippe-Pinel',
        'Cégep Marie-Victorin', 'CHU Sainte-Justine', 'Aréna Maurice-Richard', 'Collège Jean-de-Brébeuf',
        'Centre de services scolaire Marguerite-Bourgeoys', 'Bibliothèque Gabrielle-Roy',
        'Théâtre Denise-Pelletier', 'John Abbott College', 'Vanier College', 'Musée McCord',
        'Hôpital Pierre-Boucher', 'Fondation Lucie et André Chagnon', 'Dawson College',
        'École secondaire Louis-Joseph-Papineau', 'Tim Hortons', 'McGill University']
PLACES = ['Saint-Jean-sur-Richelieu', 'Salaberry-de-Valleyfield', 'Rivière-du-Loup', 'Drummondville',
          'Rouyn-Noranda', 'Sainte-Agathe-des-Monts', 'Trois-Rivières', 'Gatineau', 'Kahnawake',
          'Mashteuiatsh', 'Saint-Hyacinthe', 'Victoriaville', 'parc Jean-Drapeau', 'pont Jacques-Cartier',
          'métro Lionel-Groulx', 'aéroport Montréal-Trudeau']
STREETS = ['rue Sherbrooke', 'boulevard René-Lévesque', 'avenue du Parc', 'chemin Sainte-Foy',
           'boulevard Saint-Laurent', 'rue Wellington', 'rue Jean-Talon', 'avenue Papineau']
LAWS = ['RLRQ, c. A-2.1', 'article 1974 C.c.Q.', "l'article 56 de la Loi", 'section 12 of the Act',
        'article 5 de la Charte', 'LPJ, art. 38', 'Loi 25']
FILES = ['dossier 24-118732', 'réf. PL-2025-0417', 'ticket #48213', 'case 2025-0931', 'demande no 7731',
         'request #2024-556', 'plainte P-3381']
AMOUNTS = ['1 250,00 $', '$3,400.00', '845 $', '12 000 $', '$75', '2 310,50 $']
TOLLFREE = ['1 800 463-5060', '1-877-644-4545', '1 866 277-3553', '1-888-221-7887']

STREETS_CIVIC_FR = ['rue des Érables', 'boulevard Saint-Joseph', 'avenue Laurier Est', 'rue Principale',
                    'chemin du Lac', 'rue de la Visitation', 'boul. Taschereau', 'rue Notre-Dame Ouest']
STREETS_CIVIC_EN = ['Maple Street', 'Westminster Avenue', 'Queen Street', 'Lakeshore Road',
                    'Elm Crescent', 'Somerled Avenue']
DOMAINS = ['videotron.ca', 'gmail.com', 'hotmail.com', 'yahoo.ca', 'outlook.com', 'sympatico.ca']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']

# --- templates ---------------------------------------------------------------
# {A} full name, {A.g} given, {A.s} surname, {A.l} lower full, {A.gl} lower given,
# {A.sl} lower surname, {A.U} capitals full, {A.SU} capitals surname,
# {A.SG} "SURNAME, Given", {A.i} "G. Surname"; persons A B C D.
# {PHONE} {EMAIL:A} {ADDR} {POST} {SIN} {RAMQ:A} {DOBF} {DOBE} {CARD};
# decoys {ORG} {PLACE} {STREET} {LAW} {FILE} {AMT} {TOLL}; <<...>> a content sentence.
TEMPLATES = [
    # ---- case notes, French
    ('casenote', 'fr', "Note évolutive — {FILE}\nRencontre à domicile avec {A} et son conjoint {B.g}. "
     "<<Le logement est propre mais les armoires sont presque vides.>> {A.g} dit que {B.g} a perdu son emploi "
     "chez {ORG} en mars. Prochaine visite avec {C.g} {C.s}, intervenante de suivi."),
    ('casenote', 'fr', "{DATEF} : appel de {A.g} (mère). Elle demande que {B.gl} soit vu par le médecin. "
     "Joint {C} à {ORG} qui confirme le rendez-vous. <<La famille attend toujours une réponse pour le "
     "logement social.>> Tél. de la mère : {PHONE}."),
    ('casenote', 'fr', "Suivi — {A.SU} {A.g}\nNé(e) le {DOBF}, NAS {SIN}. Habite au {ADDR}, {PLACE}, {POST}. "
     "<<Aucun revenu déclaré depuis six mois.>> Référé par {B.i} du CLSC. Vu avec {C.g} et {D.g} en équipe."),
    ('casenote', 'fr', "vu {A.l} ce matin, accompagné de sa soeur {B.gl}. il dit que {C.sl} l'a menacé hier "
     "soir près du {STREET}. <<il refuse de porter plainte pour le moment.>> rappeler {A.gl} lundi au {PHONE}."),
    ('casenote', 'fr', "Intervention : {A.g} et {B.g} se sont disputés devant l'école; {B.g} a frappé {A.g}. "
     "Les enfants {C.g}, {D.g} et {E.g} étaient présents. <<Un plan de sécurité a été fait avec la mère.>> "
     "Signalement retenu selon {LAW}."),
    ('casenote', 'fr', "Discussion clinique avec {A} et {B.i}.\nLa situation de {C.g} {C.s} reste fragile. "
     "Sa grand-mère, {D}, offre de l'héberger à {PLACE}. <<On convient de revoir la situation dans deux "
     "semaines.>> Carte soleil de l'enfant : {RAMQ:C}."),
    ('casenote', 'fr', "Mme {A.s} rapporte que son propriétaire, {B}, n'a pas réparé le chauffage. "
     "{B.s} lui aurait dit d'aller voir {ORG}. <<Le loyer de {AMT} est payé chaque mois.>> Courriel : {EMAIL:A}."),
    ('casenote', 'fr', "Présents : {A.g} (éducatrice), {B} (père), {C.gl} (jeune).\n{C.g} raconte que {D.g} "
     "l'attend à la sortie du {ORG}. <<Le jeune dit qu'il se sent en sécurité au centre.>> {B.s} "
     "sera rejoint au {PHONE}."),
    # ---- case notes, English
    ('casenote', 'en', "Progress note — {FILE}\nHome visit with {A} and her partner {B.g}. <<The apartment "
     "is clean but the fridge is almost empty.>> {A.g} says {B.g} lost his job at {ORG} in March. Next visit "
     "with {C.g} {C.s} from the follow-up team."),
    ('casenote', 'en', "{DATEE}: {A.g} shouted at {B.g} in the hallway and {C.g} called security. "
     "<<Nobody was hurt and the police were not called.>> Spoke to {D} afterwards; she will update {A.g}'s file."),
    ('casenote', 'en', "Client: {A.SU}, {A.g}\nDOB {DOBE}, SIN {SIN}. Lives at {ADDR}, {PLACE}, {POST}. "
     "<<No income reported since the spring.>> Referred by {B.i} at the CLSC. Seen with {C.g} and {D.g}."),
    ('casenote', 'en', "met {A.l} at the drop-in today. she says {B.gl} took her bank card and her phone. "
     "<<she wants help to open a new account.>> told her {C.gl} can meet her thursday near {STREET}. her cell {PHONE}."),
    ('casenote', 'en', "Mother {A} asked that {B.g} be placed with his aunt {C.g} in {PLACE}. "
     "{D.s} from the school agrees. <<The child has missed twelve days of school this term.>> Decision under {LAW}."),
    ('casenote', 'en', "Collateral contact: called {A.i} at {ORG}. She knows {B.g} and {C.g} well and "
     "thinks {B.s} is doing better. <<The family doctor will see the child next week.>> Health card {RAMQ:B}."),
    ('casenote', 'en', "Worker {A.g} met {B} and {C.g} {C.s} at {ORG}. {C.g} blamed {B.g} for the missing rent "
     "of {AMT}. <<Both agreed to a budget plan.>> Email for {B.g}: {EMAIL:B}."),
    # ---- e-mail threads, French
    ('email', 'fr', "De : {A} <{EMAIL:A}>\nÀ : {B.g} {B.s}\nObjet : {FILE}\n\nBonjour {B.g},\n<<Je vous "
     "transmets les documents demandés pour la demande d'accès.>> {C.g} m'a dit que vous les attendiez. "
     "Vous pouvez me joindre au {PHONE}.\n\nMerci,\n{A.g}"),
    ('email', 'fr', "Salut {A.gl},\nj'ai croisé {B.g} {B.s} hier au {ORG}, il cherche encore {C.g}. "
     "<<On pourrait en parler à la réunion de jeudi.>>\n-- \n{D}\nConseillère, {PLACE}"),
    ('email', 'fr', "Bonjour,\nJe suis {A.s}, la voisine de {B}. Depuis {DATEF}, {B.g} laisse son chien "
     "aboyer toute la nuit. <<J'ai déjà appelé la ville deux fois sans succès.>> J'habite au {ADDR}, {POST}.\n{A}"),
    ('email', 'fr', "Le {DATEF}, {A} a écrit :\n> Est-ce que {B.g} a signé le formulaire?\n\nOui, {B.g} "
     "{B.s} l'a signé devant {C.i}. <<Le document original est au classeur du bureau.>> Montant remboursé : {AMT}.\n{D.g}"),
    ('email', 'fr', "Objet : TR: plainte de {A.SU}\n\nBonjour {B.g},\nVoici la plainte reçue ce matin. "
     "{A.g} {A.s} demande à être rappelé par {C.g} seulement. <<Merci de traiter ce dossier en priorité.>> "
     "Sans frais : {TOLL}.\n{B.i}? non, c'est {D.g} qui signe."),
    ('email', 'fr', "Bonjour madame {A.s},\nSuite à notre conversation, voici mes coordonnées : {ADDR}, "
     "{PLACE} {POST}, tél. {PHONE}. Ma date de naissance est le {DOBF}. <<Je reste disponible pour "
     "un rendez-vous le matin.>>\nCordialement,\n{B}"),
    ('email', 'fr', "Bonjour à tous,\nVeuillez accueillir {A.g} {A.s} qui remplace {B.g} à partir de lundi. "
     "{A.g} travaillait auparavant avec {C} au {ORG}. <<Le bureau sera fermé vendredi après-midi.>>\n{D.U}"),
    # ---- e-mail threads, English
    ('email', 'en', "From: {A} <{EMAIL:A}>\nTo: {B.g} {B.s}\nSubject: {FILE}\n\nHi {B.g},\n<<Attached are "
     "the documents you asked for.>> {C.g} told me you were waiting for them. Call me at {PHONE}.\n\nThanks,\n{A.g}"),
    ('email', 'en', "hey {A.gl}, ran into {B.gl} {B.sl} at {ORG} yesterday, he is still looking for {C.g}. "
     "<<we could talk about it at thursday's meeting.>>\n--\n{D}\nCounsellor, {PLACE}"),
    ('email', 'en', "On {DATEE}, {A} wrote:\n> Did {B.g} sign the form?\n\nYes, {B.g} {B.s} signed it in "
     "front of {C.i}. <<The original is in the office filing cabinet.>> Amount refunded: {AMT}.\n{D.g}"),
    ('email', 'en', "Hello,\nMy name is {A} and I am writing about my neighbour {B.g} {B.s}. Since {DATEE} "
     "{B.g} has been parking in front of my garage. <<I have asked the city twice without success.>> "
     "I live at {ADDR}, {POST}. Born {DOBE}.\n{A.g}"),
    ('email', 'en', "Subject: FW: complaint from {A.SU}\n\nHi {B.g},\nForwarding the complaint we got this "
     "morning. {A.g} {A.s} wants a call back from {C.g} only. <<Please treat this file first.>> "
     "Toll-free: {TOLL}.\n{D}"),
    ('email', 'en', "Please welcome {A.g} {A.s}, who replaces {B.g} starting Monday. {A.g} worked with {C} "
     "at {ORG} before. <<The office closes early on Friday.>> Reach {A.g} at {EMAIL:A}.\n{D.U}"),
    ('email', 'en', "Hi team,\nQuick update: {A.g} is off sick, so {B.g} and {C.g} will cover the intake desk. "
     "{D.s} asked for the {FILE} notes. <<The printer on the second floor is fixed.>>\nCheers,\n{B.g}"),
    # ---- call transcripts, French
    ('transcript', 'fr', "Agent : {ORG_SERVICE}, bonjour.\nAppelant : Oui bonjour, c'est {A} à l'appareil.\n"
     "Agent : Bonjour {A.g}. Quel est votre numéro de téléphone?\nAppelant : {PHONE}.\nAgent : Et votre date "
     "de naissance?\nAppelant : le {DOBF}.\n<<Agent : Je vois votre demande dans le système.>>"),
    ('transcript', 'fr', "[10:02] Préposé ({A.g}) : Vous appelez pour qui?\n[10:02] Client : pour ma mère, "
     "{B.g} {B.s}.\n[10:03] Préposé : Son numéro d'assurance maladie?\n[10:03] Client : {RAMQ:B}\n"
     "<<[10:04] Préposé : Le formulaire vous sera envoyé par la poste.>>"),
    ('transcript', 'fr', "Transcription — {FILE}\nCitoyen : Mon voisin {A.g} jette ses déchets chez nous.\n"
     "Agente : Son nom de famille?\nCitoyen : {A.s}. Il reste au {ADDR}.\nAgente : D'accord. <<Un "
     "inspecteur passera cette semaine.>>"),
    ('transcript', 'fr', "— Allô, je voudrais parler à {A.g}.\n— {A.g} n'est pas là, c'est {B.g} qui parle.\n"
     "— Dites-lui que {C} a rappelé, au {PHONE}.\n— <<Je lui fais le message dès son retour.>>"),
    ('transcript', 'fr', "Agent : Pouvez-vous épeler votre nom?\nClient : {A.SU}, prénom {A.g}.\nAgent : "
     "Votre NAS?\nClient : {SIN}\nAgent : Votre code postal?\nClient : {POST}\n<<Agent : Merci, la "
     "vérification est faite.>>"),
    ('transcript', 'fr', "Interlocutrice : je m'appelle {A.gl} {A.sl} pis j'appelle pour mon garçon {B.gl}.\n"
     "Agent : Qu'est-ce qui se passe avec {B.g}?\nInterlocutrice : {C.gl} l'a frappé à l'école.\n"
     "<<Agent : Je vais transférer votre appel au bon service.>>"),
    # ---- call transcripts, English
    ('transcript', 'en', "Agent: {ORG_SERVICE_EN}, good morning.\nCaller: Hi, this is {A}.\nAgent: Hi {A.g}. "
     "What's your phone number?\nCaller: {PHONE}.\nAgent: And your date of birth?\nCaller: {DOBE}.\n"
     "<<Agent: I can see your request in the system.>>"),
    ('transcript', 'en', "[14:11] Rep ({A.g}): Who are you calling for?\n[14:11] Caller: for my dad, {B.g} "
     "{B.s}.\n[14:12] Rep: His health card number?\n[14:12] Caller: {RAMQ:B}\n<<[14:13] Rep: The form "
     "will be mailed to you.>>"),
    ('transcript', 'en', "Caller: my neighbour {A.g} dumps his garbage on our lawn.\nAgent: Last name?\n"
     "Caller: {A.s}. He lives at {ADDR}.\nAgent: Okay. <<An inspector will come by this week.>>\n"
     "Caller: thanks, tell {B.g} I said hi."),
    ('transcript', 'en', "- Hello, can I speak to {A.g}?\n- {A.g}'s not here, it's {B.g} speaking.\n- Tell "
     "him {C} called back, at {PHONE}.\n- <<I'll pass on the message when he's back.>>"),
    ('transcript', 'en', "Agent: Can you spell your name?\nCaller: {A.SU}, first name {A.g}.\nAgent: Your "
     "SIN?\nCaller: {SIN}\nAgent: Postal code?\nCaller: {POST}\n<<Agent: Thanks, you're verified.>>"),
    ('transcript', 'en', "caller: yeah my name's {A.gl} {A.sl} and i'm calling about my son {B.gl}\nagent: what "
     "happened to {B.g}?\ncaller: {C.gl} hit him at school again\n<<agent: I'll transfer you to the right "
     "department.>>"),
    ('transcript', 'en', "Operator: 911, what's the address?\nCaller: {ADDR}, it's my roommate {A.g}, he fell.\n"
     "Operator: Is {A.g} breathing?\nCaller: yes. {B.g} is with him.\n<<Operator: Help is on the way.>>"),
    # ---- minutes, French
    ('minutes', 'fr', "PROCÈS-VERBAL — séance du {DATEF}\nPrésences : {A}, {B}, {C.i}\nAbsente : {D.g} {D.s}\n"
     "1. Ouverture par {A.s}.\n2. <<Le budget de l'exercice est adopté à l'unanimité.>>\n3. {B.s} propose "
     "de renommer la salle au nom de {ORG}."),
    ('minutes', 'fr', "Il est proposé par {A.g} {A.s}, appuyé par {B.i}, d'accorder {AMT} au comité des "
     "loisirs. Adopté. <<Le conseil remercie les bénévoles.>> Mme {C.s} demande que {D.g} soit invitée."),
    ('minutes', 'fr', "Période de questions : {A} (résidente du {STREET}) se plaint du bruit. {B.s} répond "
     "que {LAW} ne s'applique pas. <<La question sera reportée à la prochaine séance.>> {C.g} {C.s} quitte à 20 h 10."),
    ('minutes', 'fr', "Comité de direction\nÉtaient présents : {A.g} {A.s}, {B.g} {B.s} et {C.g} {C.s}.\n"
     "{A.g} fait le point sur {FILE}. <<Les travaux seront terminés en juin.>> {B.g} et {C.g} suivront avec {D}."),
    ('minutes', 'fr', "Résolution CA-2025-14\nATTENDU QUE {A.U} a démissionné;\nIL EST RÉSOLU de nommer "
     "{B.U} secrétaire.\n<<Adoptée à la majorité.>> Vote contre : {C.s}."),
    ('minutes', 'fr', "Tour de table\n- {A.g} : la campagne de financement avance bien.\n- {B.g} : rencontre "
     "avec {C} à {PLACE}.\n- {D.g} : rien à signaler.\n<<Prochaine rencontre le deuxième mardi du mois.>>"),
    # ---- minutes, English
    ('minutes', 'en', "MINUTES — meeting of {DATEE}\nPresent: {A}, {B}, {C.i}\nRegrets: {D.g} {D.s}\n"
     "1. Called to order by {A.s}.\n2. <<The budget was adopted unanimously.>>\n3. {B.s} moved to name the "
     "room after {ORG}."),
    ('minutes', 'en', "Moved by {A.g} {A.s}, seconded by {B.i}, to grant {AMT} to the recreation committee. "
     "Carried. <<The board thanks the volunteers.>> Ms. {C.s} asked that {D.g} be invited."),
    ('minutes', 'en', "Question period: {A} (who lives on {STREET}) complained about noise. {B.s} answered "
     "that {LAW} does not apply. <<The item is deferred to the next meeting.>> {C.g} {C.s} left at 8:10 pm."),
    ('minutes', 'en', "Steering committee\nAttending: {A.g} {A.s}, {B.g} {B.s} and {C.g} {C.s}.\n{A.g} "
     "reported on {FILE}. <<Work will be done in June.>> {B.g} and {C.g} will follow up with {D}."),
    ('minutes', 'en', "RESOLUTION 2025-07\nWHEREAS {A.U} has resigned;\nBE IT RESOLVED that {B.U} be named "
     "secretary.\n<<Carried by majority.>> Opposed: {C.s}."),
    ('minutes', 'en', "Round table\n* {A.g}: the fundraiser is going well.\n* {B.g}: met {C} in {PLACE}.\n"
     "* {D.g}: nothing to report.\n<<Next meeting on the second Tuesday.>>"),
    # ---- complaint narratives, French
    ('complaint', 'fr', "Je porte plainte contre {A}, mon ancien propriétaire. Le {DATEF}, {A.s} est entré "
     "dans mon logement sans avertir. <<Il a pris des photos de mes affaires.>> Mon nom est {B}, "
     "j'habite au {ADDR}, {POST}. Tél. : {PHONE}."),
    ('complaint', 'fr', "Le chauffeur, un certain {A.g}, a insulté ma fille {B.g} devant tout le monde. "
     "Une autre passagère, {C}, a tout vu. <<Je demande des excuses écrites.>> Référence : {FILE}."),
    ('complaint', 'fr', "mon ex {A.gl} {A.sl} me harcèle depuis des mois. il appelle chez ma mère {B.gl} "
     "et chez mon amie {C.gl}. <<la police m'a dit de garder les messages.>> mon courriel {EMAIL:D}"),
    ('complaint', 'fr', "À qui de droit,\nL'infirmière {A.g} {A.s} a refusé de me donner mes médicaments. "
     "Le docteur {B.s} n'a jamais rappelé. <<J'ai attendu six heures à l'urgence de {ORG}.>> "
     "Ma carte d'assurance maladie : {RAMQ:C}.\n{C}"),
    ('complaint', 'fr', "Plainte de {A.U}\nDate de naissance : {DOBF}\nLe préposé {B.g} a dit à {A.g} "
     "que son dossier était perdu. <<Le formulaire a été envoyé trois fois.>> Selon {LAW}, j'ai droit à une réponse."),
    ('complaint', 'fr', "Ma voisine {A.g} et son chum {B.g} font la fête chaque soir jusqu'à 3 h. {C.s} du "
     "3e étage s'est plaint aussi. <<Les murs tremblent et mes enfants ne dorment plus.>> Immeuble du {STREET}."),
    # ---- complaint narratives, English
    ('complaint', 'en', "I am filing a complaint against {A}, my former landlord. On {DATEE}, {A.s} entered "
     "my apartment without notice. <<He took pictures of my belongings.>> My name is {B}, I live at "
     "{ADDR}, {POST}. Phone: {PHONE}."),
    ('complaint', 'en', "The driver, some guy called {A.g}, insulted my daughter {B.g} in front of everyone. "
     "Another passenger, {C}, saw everything. <<I want a written apology.>> Reference: {FILE}."),
    ('complaint', 'en', "my ex {A.gl} {A.sl} has been harassing me for months. he calls my mom {B.gl} and my "
     "friend {C.gl}. <<the police told me to keep the messages.>> my email {EMAIL:D}"),
    ('complaint', 'en', "To whom it may concern,\nNurse {A.g} {A.s} refused to give me my medication. "
     "Dr. {B.s} never called back. <<I waited six hours in the ER at {ORG}.>> My health card: {RAMQ:C}.\n{C}"),
    ('complaint', 'en', "Complaint by {A.U}\nDate of birth: {DOBE}\nThe clerk {B.g} told {A.g} that the file "
     "was lost. <<The form was sent three times.>> Under {LAW}, I am owed an answer. Card on file {CARD}."),
    ('complaint', 'en', "My neighbour {A.g} and her boyfriend {B.g} party every night until 3 am. {C.s} from "
     "the third floor complained too. <<The walls shake and my kids can't sleep.>> Building on {STREET}."),
    ('complaint', 'en', "I paid {AMT} to {A.g} {A.s} for the repairs and he never came. His partner {B.g} "
     "keeps saying {A.g} is sick. <<I have the receipt and the text messages.>> Call {TOLL} was useless."),
]

ORG_SERVICE = ['Services Québec', 'Revenu Québec', 'la Ville de Laval', 'Hydro-Québec']
ORG_SERVICE_EN = ['Services Québec', 'Revenu Québec', 'the City of Laval', 'Hydro-Québec']


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


def luhn_ok(digits):
    t = 0
    for i, d in enumerate(reversed(digits)):
        d = int(d)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_number(rng, prefix, n):
    while True:
        s = prefix + ''.join(rng.choice('0123456789') for _ in range(n - len(prefix)))
        if luhn_ok(s):
            return s


class Person:
    def __init__(self, rng):
        org = rng.choice(list(ORIGINS))
        g, s = ORIGINS[org]
        self.g = rng.choice(g)
        self.s = rng.choice(COMMON_WORD) if rng.random() < 0.12 else rng.choice(s)
        self.female = rng.random() < 0.5
        self.dob = (rng.randint(1940, 2012), rng.randint(1, 12), rng.randint(1, 28))

    def render(self, form):
        g, s = self.g, self.s
        return {
            '': g + ' ' + s, 'g': g, 's': s, 'l': (g + ' ' + s).lower(), 'gl': g.lower(),
            'sl': s.lower(), 'U': (g + ' ' + s).upper(), 'SU': s.upper(), 'SG': s.upper() + ', ' + g,
            'i': g[0] + '. ' + s,
        }[form]


def phone(rng):
    a = rng.choice(['514', '438', '450', '418', '819', '581', '873'])
    b, c = rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice(['%s-%03d-%04d', '(%s) %03d-%04d', '%s %03d %04d', '%s.%03d.%04d',
                       '1-%s-%03d-%04d']) % (a, b, c)


def sin(rng):
    s = luhn_number(rng, rng.choice('1234567'), 9)
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (s[:3], s[3:6], s[6:])


def postal(rng):
    L = 'ABCEGHJKLMNPRSTVXY'
    return '%s%d%s %d%s%d' % (rng.choice('GHJ'), rng.randint(0, 9), rng.choice(L), rng.randint(0, 9),
                              rng.choice(L), rng.randint(0, 9))


def addr(rng, lang):
    n = rng.randint(10, 9999)
    if lang == 'fr':
        return rng.choice(['%d, %s', '%d %s']) % (n, rng.choice(STREETS_CIVIC_FR))
    return '%d %s' % (n, rng.choice(STREETS_CIVIC_EN))


def email(rng, p):
    g = re.sub(r'[^a-z]', '', fold(p.g).lower())
    s = re.sub(r'[^a-z]', '', fold(p.s).lower())
    return rng.choice(['%s.%s', '%s%s', '%s_%s%d' % ('%s', '%s', rng.randint(1, 99))]) % (g, s) + '@' + rng.choice(DOMAINS)


def ramq(rng, p):
    s = re.sub(r'[^A-Z]', '', fold(p.s).upper()) + 'XXX'
    g = re.sub(r'[^A-Z]', '', fold(p.g).upper())
    y, m, d = p.dob
    return '%s%s %02d%02d %02d%02d' % (s[:3], g[0], y % 100, m + (50 if p.female else 0), d, rng.randint(10, 99))


def dob(rng, p, lang):
    y, m, d = p.dob
    if lang == 'fr':
        return rng.choice(['%d %s %d' % (d, MONTHS_FR[m - 1], y), '%d-%02d-%02d' % (y, m, d)])
    return rng.choice(['%s %d, %d' % (MONTHS_EN[m - 1], d, y), '%d-%02d-%02d' % (y, m, d)])


def date(rng, lang):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return '%d %s 2025' % (d, MONTHS_FR[m - 1]) if lang == 'fr' else '%s %d, 2025' % (MONTHS_EN[m - 1], d)


TOKEN = re.compile(r'\{([A-Z_]+)(?:\.([A-Za-z]+))?(?::([A-E]))?\}|<<|>>')


def instantiate(rng, tpl, lang):
    persons = {}
    while len(persons) < 5:  # five distinct persons
        p = Person(rng)
        if all(p.s != q.s and p.g != q.g for q in persons.values()):
            persons['ABCDE'[len(persons)]] = p
    out = bytearray()
    spans = []
    cstart = None
    pos = 0
    for m in TOKEN.finditer(tpl):
        out += tpl[pos:m.start()].encode()
        pos = m.end()
        if m.group(0) == '<<':
            cstart = len(out)
            continue
        if m.group(0) == '>>':
            spans.append({'kind': 'content', 'type': '', 'start': cstart, 'end': len(out)})
            cstart = None
            continue
        key, form, who = m.group(1), m.group(2) or '', m.group(3)
        kind, typ = 'pii', ''
        if key in persons:
            val, typ = persons[key].render(form), 'PERSON'
        elif key == 'PHONE':
            val, typ = phone(rng), 'PHONE'
        elif key == 'EMAIL':
            val, typ = email(rng, persons[who]), 'EMAIL'
        elif key == 'ADDR':
            val, typ = addr(rng, lang), 'ADDRESS'
        elif key == 'POST':
            val, typ = postal(rng), 'POSTAL_CODE'
        elif key == 'SIN':
            val, typ = sin(rng), 'SIN'
        elif key == 'RAMQ':
            val, typ = ramq(rng, persons[who]), 'RAMQ'
        elif key in ('DOBF', 'DOBE'):
            val, typ = dob(rng, persons['A'], 'fr' if key == 'DOBF' else 'en'), 'DOB'
        elif key == 'CARD':
            c = luhn_number(rng, rng.choice(['4', '51', '37']), 16)
            val, typ = ' '.join(c[i:i + 4] for i in range(0, 16, 4)), 'CREDIT_CARD'
        elif key in ('DATEF', 'DATEE'):
            val, kind = date(rng, 'fr' if key == 'DATEF' else 'en'), None
        elif key == 'ORG_SERVICE':
            val, kind = rng.choice(ORG_SERVICE), None
        elif key == 'ORG_SERVICE_EN':
            val, kind = rng.choice(ORG_SERVICE_EN), None
        else:
            val, kind = rng.choice({'ORG': ORGS, 'PLACE': PLACES, 'STREET': STREETS, 'LAW': LAWS,
                                    'FILE': FILES, 'AMT': AMOUNTS, 'TOLL': TOLLFREE}[key]), 'decoy'
        start = len(out)
        out += val.encode()
        if kind and cstart is None:
            spans.append({'kind': kind, 'type': typ, 'start': start, 'end': len(out)})
    out += tpl[pos:].encode()
    return out.decode() + '\n', spans


def main():
    half, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    idx = [i for i in range(len(TEMPLATES)) if (i % 2 == 0) == (half == 'W')]
    rng = random.Random(seed)
    for n in range(count):
        i = idx[n % len(idx)] if n < len(idx) else rng.choice(idx)
        fam, lang, tpl = TEMPLATES[i]
        text, spans = instantiate(rng, tpl, lang)
        print(json.dumps({'id': 'indep-%s-%s-%s-t%02d-%04d' % (half, fam, lang, i, n), 'lang': lang,
                          'family': fam, 'text': text, 'spans': spans}, ensure_ascii=False))


if __name__ == '__main__':
    main()
