#!/usr/bin/env python3
"""freetext-indep5.py -- independent generator of synthetic, labelled free-text
records (Québec public-body style) for measuring how redaction generalises.

Written by a helper session that read ONLY bench/freetext-score.py (to match its
input format); no other file of the project (redact/, tests/, the other
bench/freetext-*.py generators) was read.  Every name list, organisation,
place, street, law reference, content sentence and template below was written
from scratch for this file.

What it generates: JSON Lines on stdout, one document per line:
  {"id": "indep5-00001", "lang": "fr"|"en", "family": "...", "text": "...",
   "spans": [{"kind": "pii"|"decoy"|"content", "type": "...",
              "start": S, "end": E}, ...]}
start/end are byte offsets into text.encode('utf-8').
  pii     PERSON PHONE EMAIL SIN RAMQ ADDRESS POSTAL DOB PASSPORT CARD
          ACCOUNT LICENCE  (must be redacted; titles M./Mme/Dr/Me/Mr./Ms.
          stay outside PERSON spans)
  decoy   ORG PLACE CITY REGION STREET LAW FILE TOLLFREE AMOUNT DATE
          (must be kept)
  content CONTENT (an ordinary sentence without identifiers; must survive)
Families (44 templates, about 60 % French, 40 % English): case notes,
e-mails and threads, call and voicemail transcripts, minutes, citizen
complaints, incident reports, chats, hearing summaries, intake forms...

Usage:
  python3 bench/freetext-indep5.py W|H COUNT SEED > docs.jsonl
  python3 bench/freetext-indep5.py --check
e.g. freetext-indep5.py W 300 11 > w.jsonl ; freetext-indep5.py H 300 22 > h.jsonl

Held-out split: the families of each language and every list (given names
and surnames per origin group and gender, organisations, places, cities,
regions, streets, law references, content sentences, e-mail domains, job
titles, lead-in phrasings) are cut in two disjoint halves.  W uses only the
first half of each, H only the second half, so H has other templates AND
other names/places than W.  Identifier *formats* (phone, date, SIN layouts)
are shared on purpose.  Output is deterministic for a given (split, seed).
--check generates W 300 11 and H 300 22, verifies every span (byte offsets,
no overlap, non-empty, trimmed), line counts, disjointness of the halves,
and prints counts per type.
"""
import hashlib, json, re, random, sys, unicodedata

# ---------------------------------------------------------------- names ----
# origin group: (male given names, female given names); '_' = space.
GIVEN = [
 ('qc', "Jean-François Mathieu Sébastien Patrice Réjean Gaétan Yannick Maxime Olivier Guillaume Benoît "
        "Marc-André Pierre-Luc Jean-Sébastien Rémi Normand Gilles Félix Jérôme Ghislain Raymond Marcel "
        "Émile Thierry Jean-Marc Mario Steve Dany Éric Jean-Philippe",
        "Marie-Ève Geneviève Isabelle Nathalie Mélanie Josée Chantal Sylvie Véronique Catherine Annie Julie "
        "Karine Marie-Claude Anne-Marie Marie-Josée Maude Émilie Audrey Stéphanie Valérie Roxanne Jacinthe "
        "Francine Lise Ginette Johanne Mireille Océane Rosalie Noémie Laurence Éloïse Ève-Lyne Manon"),
 ('en', "Michael David Brian Kevin Jason Andrew Matthew Christopher Graham Trevor Derek Wesley "
        "Stuart Russell Nathan Tyler Bradley Dennis Howard Craig Darren Keith",
        "Jennifer Heather Melissa Kimberly Amanda Rachel Courtney Shannon Lindsay Hannah Abigail Megan "
        "Tiffany Brenda Deborah Gwen Joanne Pamela Tracy Wendy"),
 ('ie', "Sean Patrick Ciaran Declan Liam Finlay Callum Ewan Angus Hamish Niall Rory Cormac Fergus "
        "Alasdair Brendan Dermot Lachlan",
        "Siobhan Niamh Aoife Fiona Ailsa Catriona Eilidh Maeve Orla Mairead Kirsty Shona Bridget Deirdre "
        "Roisin Sinead Moira Isla"),
 ('ht', "Jean-Robert Jude Ricardo Fritzner Jocelyn Frantz Ernst Wesner Dieunel Marc-Arthur Jean-Claude "
        "Réginald Lesly Kervens Widlin Makenson Stevenson Wilner Fednel",
        "Guerda Marie-Carmel Nadège Mirlande Fabiola Roseline Widline Darline Nathacha Myrlande Kettly "
        "Rose-Marie Lovely Farah Ketia Chedeline Edline Sherline Magalie"),
 ('ar', "Mohamed Karim Youssef Rachid Abdelkader Mehdi Samir Nabil Hicham Walid Bilal Tarek Amine Anas "
        "Omar Khalid Mourad Sofiane Ayoub Hamza Fouad",
        "Fatima Amina Nadia Samira Leila Yasmine Khadija Salma Meriem Rim Houda Imane Nour Zineb Soumaya "
        "Hafsa Ghizlane Asmaa Wafa Lamia Malika"),
 ('vn', "Minh Tuan Hung Duc Quang Khanh Thanh Phuc Bao Hieu Vinh Dung Quoc Trung Nam Huy Tien Cuong",
        "Linh Huong Thao Trang Ngoc Phuong Hanh Thuy Hoa Nhung Yen Diep Tuyet Kim-Anh Oanh Thu Loan Xuan"),
 ('cn', "Wei Jun Hao Jian Lei Ming Zhiwei Xiaolong Yong Zhen Kai Guang Tao Jie Peng Haoran Yuxuan Bin",
        "Xiaoling Mei Lihua Yan Jing Fang Xiu Qing Ying Hui Ling Shu Xin Yue Jiayi Ruolan Meilin Xiaomei"),
 ('la', "José Carlos Luis Alejandro Diego Javier Andrés Miguel Fernando Eduardo Mauricio Rodrigo Santiago "
        "Gustavo Hernán Esteban Julio Rafael Sergio Juan_Pablo",
        "María Gabriela Daniela Valentina Camila Paola Lucía Ximena Carolina Alejandra Mariana Lorena "
        "Catalina Juliana Fernanda Rocío Yesenia Guadalupe María_José"),
 ('sa', "Rajesh Arjun Vikram Sanjay Amit Rahul Gurpreet Manpreet Imran Faisal Arif Suresh Karthik Nikhil "
        "Anand Kamal Sandeep Rohan Deepak Harjit",
        "Priya Anjali Sunita Kavita Neha Pooja Simran Harleen Shabana Nazia Farzana Lakshmi Meena Divya "
        "Ritu Rekha Aarti Jaspreet Tahmina"),
 ('af', "Mamadou Ousmane Abdoulaye Moussa Ibrahima Kouadio Koffi Yao Chukwuemeka Oluwaseun Désiré Armel "
        "Serge-Olivier Thierno Babacar Modou Jean-Bosco Landry Emmanuel",
        "Aminata Fatou Awa Mariama Aïssatou Adjoa Akosua Ngozi Chiamaka Folake Grâce Bénédicte Clarisse "
        "Nafissatou Rokia Ramatoulaye Ndeye Ornella Divine"),
 ('ee', "Dmitri Sergei Andriy Oleksandr Piotr Tomasz Krzysztof Vasile Bogdan Mihai Nikolai Vladimir Pavel "
        "Jakub Marek Goran Dragan Yuri Igor Radu",
        "Olga Natalia Svetlana Iryna Oksana Katarzyna Agnieszka Magdalena Ioana Elena Mihaela Tatiana "
        "Ludmila Anastasia Milena Jelena Daria Zofia Yulia"),
 ('ph', "Jomar Rodel Jericho Marlon Reynaldo Ronaldo Arnel Rommel Efren Danilo Ariel Jayson Mark-Anthony "
        "Randy Rogelio Ferdinand Nestor",
        "Maricel Rowena Lorna Marites Rosalinda Marivic Cherry-Ann Jennylyn Analyn Girlie Divina Evangeline "
        "Imelda Leonora Charmaine Kristine Arlene Teresita"),
 ('in', "Tumasi Lucassie Jaaji Paulusie Elijah Kenny Sappa Qalingo Tekarontake Kanenhariyo Teiowi "
        "Uashtessiu Napess Wapistan Pien Sipi Matshi Shanipiap Mikisiw Aronhiawakon",
        "Elisapie Alacie Siasi Maina Lizzie Kahentawaks Karonhiio Kawennahere Uapukun Manikanet Akinisie "
        "Mitiarjuk Pitseolak Niviaq Wapikoni Kenojuak Tiivi Kaniehtiio"),
 ('it', "Giuseppe Salvatore Vincenzo Antonio Domenico Giorgos Dimitrios Konstantinos Nikos Panagiotis "
        "João Manuel Tiago Vitor Nuno Hagop Armen Raffi Carmine",
        "Giulia Francesca Rosaria Concetta Antonella Chiara Eleni Despina Athina Vasiliki Filomena Graça "
        "Joana Conceição Ani Lusine Talin Nayiri Assunta"),
]
# surnames per origin group; '~' marks a surname that is also an ordinary word.
SURN = [
 ('qc', "Tremblay ~Boucher Gagnon ~Charpentier Bouchard ~Meunier Gauthier ~Marchand Morin ~Chevalier "
        "Lavoie ~Couture Fortin ~Racine Gagné ~Lachance Ouellet ~Laplante Pelletier ~Laporte Bélanger "
        "~Latour Lévesque ~Lavallée Bergeron ~Legrand Leclerc ~Lebrun Cloutier ~Léger Girard ~Berger "
        "Simard ~Vallée Côté ~Poirier Nadeau ~Carrière Paquette ~Lamarche Thibault ~Larivière Beaulieu "
        "~Champagne Dufour ~Lajoie Turcotte ~Laliberté Gingras ~Labonté Poulin ~Lespérance Hébert "
        "~Sansfaçon Lapointe Veilleux Bouffard Desautels Brisebois Tanguay Pépin Guimond Grenier Bolduc "
        "Rioux D'Amours Saint-Onge de_la_Durantaye Roy-Gagnon Bernier-Pilote Martel-Lussier "
        "Lachapelle-Fortier Beaudoin-Caron St-Pierre"),
 ('en', "Johnson ~Baker Thompson ~Carpenter Robinson ~Fisher Harris ~Miller Clarke ~Cook Mitchell ~Wood "
        "Davidson ~Stone Henderson ~Hill Parker ~Brown Wilkinson ~White Bennett ~Green Hughes ~Bird "
        "Foster ~Bell Collins ~Mason Spencer ~Porter Armstrong ~Walker Chambers ~Rich Holloway ~Fox "
        "Whitaker ~Frost Pritchard ~Snow Lockwood ~Page Ashford ~Marsh Grayson ~Shepherd ~Sharp "
        "~Strong ~Little ~Day ~Price"),
 ('ie', "O'Brien O'Sullivan McCarthy Murphy Kelly Doyle Brennan Gallagher Fitzgerald MacDonald ~Gray "
        "MacLeod McIntyre Cameron Fraser Sutherland Buchanan ~Lane Robertson McGregor Kennedy Quinn "
        "Donnelly Flanagan ~Burns Byrne Nolan MacKinnon O'Neill"),
 ('ht', "Jean-Louis ~Désir Bien-Aimé ~Jeune Fleurant ~Bonhomme Estimé ~Lafleur Toussaint ~Lamour Dorvil "
        "~Noël Célestin ~Innocent Saint-Fleur ~Prophète Augustin ~Fortuné Exantus Métellus Petit-Frère "
        "Casséus Thermidor Dieujuste Jean-Baptiste Louissaint Saint-Vil Charlemagne Jeudy Dorsainvil "
        "Pierre-Louis Alcindor"),
 ('ar', "Benali Haddad Bouazza El_Amrani Ben_Youssef Belkacem Cherif Mansouri Khelifi Saadi Hamdi Tahiri "
        "Bennani El_Idrissi Ait_Ahmed Ouali Zerrouki Khoury Nassar Abboud Salameh Fakhoury Sabbagh "
        "Chaoui Benjelloun Lahlou Boukhari Bensaïd Abou_Zeid Kaddour"),
 ('vn', "Nguyen Tran ~Le Pham Hoang Huynh Vo Dang Bui ~Do Ngo Duong Ly Truong Dinh Lam ~Vu Ta "
        "Nguyen_Thi Tran_Van Le_Thi Pham_Van Luong Quach Trinh Phan Cao Mac"),
 ('cn', "Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu ~Sun Zhu Hu Guo ~He Lin Luo Gao Zheng Liang "
        "Xie ~Song Tang Han Deng ~Ma Yuan Jiang Qian Shen Wong Chan Leung Lau Cheung"),
 ('la', "González Rodríguez Hernández López Martínez Pérez Sánchez Ramírez Torres Flores Rivera Gómez "
        "Díaz Morales Ortiz Castillo Vargas Jiménez Rojas Mendoza Guerrero Medina Aguilar Herrera "
        "Castro Vásquez Salazar de_la_Cruz Pérez-Ortega García-Luna Quispe Mamani Paz"),
 ('sa', "Patel Sharma Singh ~Gill Sandhu Dhillon Grewal Khan Hussain Chowdhury Rahman Iyer Reddy Nair "
        "Pillai Menon Gupta Mehta Shah Desai Joshi Kapoor Bhatt Chaudhary Siddiqui Qureshi Sidhu Bains "
        "Rao Banerjee Mukherjee Das"),
 ('af', "Diallo Traoré Koné Coulibaly Diop Ndiaye Sow Camara Touré Kouassi Konan N'Guessan Mensah Owusu "
        "Okafor Adeyemi Nwosu Mukendi Kalonji Tshibanda Ilunga Mbuyi Nkurunziza Habimana Uwimana "
        "Ndayishimiye Fofana Sylla Kabongo Mbala Nzeyimana Ba"),
 ('ee', "Kowalski Nowak Wiśniewski Wójcik Kovalenko Shevchenko Bondarenko Petrov Ivanov Popescu Ionescu "
        "Dumitru Horvath Jovanović Petrović Kuznetsov Volkov Sokolov Lewandowski Zieliński Moldovan "
        "Marinescu Babić Kovač Novák Melnyk Tkachenko Hrytsenko Szabó Dragomir"),
 ('ph', "Santos Cruz Bautista Ocampo Villanueva Aquino Dizon Manalo Pascual Salvador Tolentino De_Guzman "
        "Soriano Navarro Magbanua Macaraeg Dimaculangan Panganiban Evangelista Sison Lacson Dela_Peña "
        "Mercado Gatchalian Lim Baluyot Catacutan Tan"),
 ('in', "Vollant Jourdain Mestokosho Ashini Pinette Kanapé ~Bellefleur Grégoire McKenzie Bosum Coon_Come "
        "~Jolly Cheechoo Mianscum Petawabano ~Gull Shecapio Wapachee Iserhoff ~Blacksmith Matoush "
        "Neeposh Saganash ~Diamond Happyjack Weistche Mukash ~Kitchen Awashish Petiquay Néquado Quitich "
        "~Flamand Niquay Echaquan Ottawa Chachai Mattawa Coocoo Newashish Nappaaluk Kasudluak "
        "~Partridge Annanack Tukalak Qumaluk Aculiak Okpik Putulik Kenuajuak Inukpuk Iqaluk Tulugak "
        "Etok Alaku ~Deer Jacobs ~Horn Montour Diabo McComber Delisle ~Rice Two_Axe Goodleaf Kirby "
        "~Sky Lazare ~Cross Norton Jocks"),
 ('it', "Rossi Esposito Russo Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Costa Giordano "
        "Mancini Lombardi Papadopoulos Georgiou Nikolaidis Dimitriou Pappas Konstantinidis Silva Ferreira "
        "Sousa Pereira Rodrigues Oliveira Medeiros Cabral Arsenian Kaloustian Hovsepian Boyadjian Manoukian"),
]

# ----------------------------------------------------------- other lists ---
LISTS = {
 'org_fr': ["CISSS des Laurentides", "Aréna Gérard-Poitras", "Pharmacie Claudine Boisvert",
   "Office municipal d'habitation de Lévis", "École secondaire Hélène-Brassard", "Revenu Québec",
   "Fondation Yvette-Marchildon", "Société de l'assurance automobile du Québec", "Centre sportif Réjean-Ouimet",
   "Tribunal administratif du logement", "CHSLD Marguerite-Langlois", "Cégep Lionel-Groulx",
   "Bibliothèque Gaston-Mireault", "Centre de services scolaire des Mille-Îles", "Clinique médicale Paul-Vézina",
   "Curateur public du Québec", "Maison des jeunes Roland-Pichette", "Caisse Desjardins du Vieux-Lévis",
   "Hôpital Maisonneuve-Rosemont", "Centre communautaire Irène-Dufresne",
   "Commission d'accès à l'information", "Service de police de la Ville de Gatineau", "Résidence Albert-Gendron",
   "CNESST", "École primaire Lucien-Guilbault", "Retraite Québec", "Pavillon Armand-Lussier",
   "Conseil des Atikamekw de Manawan", "Fondation Thérèse-Nantel", "Hydro-Québec", "Pharmacie Denis Lacombe",
   "Centre jeunesse de Lanaudière", "Aréna Conrad-Bissonnette", "Institut Nazareth et Louis-Braille",
   "Centre de réadaptation Lucie-Bruneau", "Hôpital Charles-Le Moyne", "Cégep Marie-Victorin",
   "Maison d'hébergement Simone-Aubertin", "Carrefour jeunesse-emploi Rosaire-Dallaire",
   "Coopérative d'habitation Les Trois Sœurs", "Société d'habitation du Québec", "CLSC Olivier-Guimond"],
 'org_en': ["English Montreal School Board", "Gordon Keller Community Centre", "Margaret Whitfield Elementary School",
   "McAllister Family Pharmacy", "Lester B. Pearson School Board", "Eleanor Pryce Foundation",
   "Lakeshore General Hospital", "Thomas Whitlock Arena", "Cree Board of Health and Social Services of James Bay",
   "Harold Beckett Memorial Arena", "Batshaw Youth and Family Centres", "Agnes Colville Family Clinic",
   "Quebec Ombudsman", "Douglas Mental Health University Institute", "Sir Wilfrid Laurier School Board",
   "Kativik Regional Government", "Walter Ashcombe Seniors Residence", "Housing Administrative Tribunal",
   "Jewish General Hospital", "Nora Brightwell Food Bank", "Kahnawake Shakotiia'takehnhas Community Services",
   "Ruth Tennant Public Library", "West Island Women's Shelter", "Philip Oakes Youth Centre"],
 'place_fr': ["m:parc des Hirondelles", "m:Vieux-Port", "f:halte routière du Lac-Caché", "m:marché public",
   "m:Carré Saint-Louis", "p:Promenades Saint-Bruno", "p:Galeries Chagnon", "m:terminus Longueuil",
   "f:station Berri-UQAM", "m:parc Jarry", "f:Place des Festivals", "f:plage municipale",
   "m:centre commercial Les Rivières", "m:quai des Goélettes", "m:parc linéaire du P'tit Train du Nord",
   "m:parc Jean-Drapeau", "f:place Émilie-Gamelin", "m:parc de la Rivière-des-Mille-Îles", "m:Mont-Sainte-Anne",
   "v:île Sainte-Hélène", "m:square Cabot", "f:gare intermodale", "m:sentier des Trembles",
   "m:belvédère Kondiaronk"],
 'place_en': ["Beaver Lake", "Atwater Market", "Fairview Pointe-Claire", "Westmount Park", "Lachine Canal",
   "Cavendish Mall", "Old Port", "Dorval station", "Mount Royal lookout", "Centennial Park",
   "Angrignon Park", "Pierrefonds community garden", "Carrefour Angrignon", "Bois-de-Liesse nature park"],
 'city': ["Saint-Jérôme", "Lévis", "Val-d'Or", "Chibougamau", "Rimouski", "Sherbrooke", "Trois-Rivières",
   "Gatineau", "Saguenay", "Drummondville", "Granby", "Rouyn-Noranda", "Sept-Îles", "Baie-Comeau", "Joliette",
   "Saint-Hyacinthe", "Victoriaville", "Shawinigan", "Matane", "Gaspé", "Mont-Laurier", "Alma",
   "Dolbeau-Mistassini", "Terrebonne", "Repentigny", "Blainville", "Longueuil", "Brossard", "Châteauguay",
   "Kuujjuaq", "Mistissini", "Chisasibi", "Kahnawake", "Wendake", "Uashat", "Manawan", "Wemotaci",
   "Puvirnituq", "Salaberry-de-Valleyfield", "Sainte-Thérèse", "Magog", "Thetford Mines", "Lachute",
   "La Tuque", "Amos", "Montmagny", "Rivière-du-Loup", "Sorel-Tracy", "Saint-Georges", "Montréal",
   "Québec", "Laval"],
 'region': ["Mauricie", "Outaouais", "Saguenay–Lac-Saint-Jean", "Côte-Nord", "Gaspésie", "Abitibi-Témiscamingue",
   "Bas-Saint-Laurent", "Estrie", "Lanaudière", "Laurentides", "Montérégie", "Chaudière-Appalaches",
   "Centre-du-Québec", "Nord-du-Québec", "Nunavik", "Eeyou Istchee", "Capitale-Nationale",
   "Îles-de-la-Madeleine", "Haute-Côte-Nord", "Vallée-de-la-Gatineau"],
 'street_fr': ["rue Saint-Denis", "rue des Érables", "boulevard Taschereau", "avenue du Parc",
   "chemin de la Grande-Côte", "rang Saint-Joseph", "montée Masson", "rue Principale", "boulevard des Laurentides",
   "rue Notre-Dame Est", "rue du Couvent", "avenue Papineau", "rue Wellington Nord", "chemin Sainte-Foy",
   "boulevard Talbot", "rue King Ouest", "rue de la Fabrique", "avenue Royale", "boulevard Saint-Laurent",
   "rue Ontario Est", "rue Fleury Ouest", "boulevard Gouin", "chemin du Lac-Noir", "rue des Pins",
   "3e Avenue", "rue Radisson", "boulevard de l'Ormière", "rue des Forges", "avenue Larivière",
   "rue Jacques-Cartier", "boulevard Hamel", "rue Saint-Vallier Est", "avenue Bourgogne", "rue du Pont",
   "route 117", "rue Frontenac", "boulevard Sainte-Anne", "rue des Outardes", "chemin Chambly", "rue Sicard"],
 'street_en': ["Sherbrooke Street West", "Elm Street", "Victoria Avenue", "Lakeshore Road", "Westminster Avenue",
   "Cote Saint-Luc Road", "Monkland Avenue", "Somerled Avenue", "Sources Boulevard", "Main Street",
   "Church Street", "Queen Street", "Brunswick Boulevard", "Decarie Boulevard", "Cavendish Boulevard",
   "Park Avenue", "Beaconsfield Boulevard", "Stanstead Road", "Hampton Avenue", "Grand Boulevard"],
 'law_fr': ["art. 53 de la Loi sur l'accès aux documents des organismes publics", "article 9 de la Loi sur l'accès",
   "art. 38 de la Loi sur la protection de la jeunesse", "article 1854 du Code civil du Québec",
   "art. 1910 C.c.Q.", "article 83 de la Loi sur l'aide aux personnes et aux familles",
   "art. 14 du Règlement sur la salubrité des logements", "article 59 de la Loi sur l'accès",
   "art. 202 du Code de la sécurité routière", "article 19 de la Charte des droits et libertés de la personne",
   "art. 1863 C.c.Q.", "articles 88 et 89 de la Loi sur l'accès",
   "art. 32 de la Loi sur les services de santé et les services sociaux", "article 124 de la Loi sur les normes du travail",
   "art. 6 du règlement no 1040 sur les nuisances", "article 2 de la Loi sur la police",
   "art. 1971 C.c.Q.", "article 67 de la Loi sur l'accès"],
 'law_en': ["section 53 of the Act respecting Access to documents held by public bodies",
   "s. 38 of the Youth Protection Act", "article 1854 of the Civil Code of Québec", "section 9 of the Access Act",
   "art. 1863 C.C.Q.", "section 19 of the Act respecting health services and social services",
   "section 202 of the Highway Safety Code", "By-law 1040 respecting nuisances",
   "section 83 of the Individual and Family Assistance Act", "s. 15 of the Canadian Charter",
   "section 124 of the Act respecting labour standards", "art. 1971 C.C.Q.",
   "section 59 of the Access Act", "s. 2.2 of the Youth Protection Act"],
 'content_fr': ["Le chauffage de l'immeuble a été réparé la semaine dernière.",
   "La demande a été transmise au service concerné pour analyse.",
   "Aucun document supplémentaire n'a été reçu à ce jour.",
   "La rencontre s'est déroulée dans un climat calme et respectueux.",
   "Le boulanger du quartier a accepté de garder les paniers de denrées.",
   "La moisissure est visible au plafond de la salle de bain.",
   "Il faudra relancer le propriétaire si rien ne bouge d'ici la fin du mois.",
   "Les enfants fréquentent toujours le service de garde après l'école.",
   "Le plancher de la cuisine présente une pente importante.",
   "Les informations ont été expliquées de nouveau, lentement et avec des exemples.",
   "Une copie de la lettre a été déposée au dossier papier.",
   "Le comité reconnaît que les délais de traitement sont trop longs.",
   "La fontaine du parc est brisée depuis le printemps.",
   "Le logement est propre et bien entretenu malgré l'humidité.",
   "Le couvercle du bac de recyclage a été emporté par le vent.",
   "La personne semblait fatiguée mais collaborait bien.",
   "Nous avons convenu de faire le point lors de la prochaine rencontre.",
   "Le bruit provient surtout du système de ventilation du commerce voisin.",
   "Les factures d'électricité ont été remises en mains propres.",
   "Le budget familial a été revu ligne par ligne.",
   "Aucune trace d'infiltration d'eau n'a été observée au sous-sol.",
   "Il a été rappelé que la confidentialité du dossier est protégée.",
   "La demande de remboursement est incomplète et doit être refaite.",
   "Les escaliers extérieurs sont glacés et mal éclairés.",
   "Le berger allemand du voisin aboie une bonne partie de la nuit.",
   "Une rencontre de suivi sera planifiée avec l'équipe multidisciplinaire.",
   "Le point est reporté faute de quorum.",
   "La discussion a porté sur l'accessibilité des services en région.",
   "Les parents disent avoir besoin d'un peu de répit.",
   "Le charpentier mandaté n'a pas encore terminé la réparation du balcon.",
   "La situation est stable depuis la dernière visite.",
   "Le formulaire a été rempli avec l'aide d'une interprète.",
   "Les travaux de peinture sont prévus pour l'automne.",
   "Un rappel sera fait avant la fin de la journée.",
   "La couture du rideau de scène a été confiée à des bénévoles.",
   "Le document a été numérisé puis déchiqueté selon la procédure.",
   "Il n'y a pas d'enjeu de sécurité immédiat selon l'évaluation.",
   "La collation a été offerte aux participants à la pause.",
   "Le meunier du moulin patrimonial fera une démonstration cet été.",
   "Les démarches auprès de l'assureur se poursuivent.",
   "Le détecteur de fumée du corridor ne fonctionnait pas.",
   "La liste d'attente demeure longue pour ce type de service.",
   "Le locataire affirme avoir payé en argent comptant sans recevoir de reçu.",
   "On nous demande de simplifier le formulaire pour les aînés.",
   "Le stationnement est déneigé de façon irrégulière.",
   "La lettre devra être traduite avant l'envoi.",
   "La mère dit que tout se passe mieux à la maison.",
   "Les heures d'ouverture du comptoir seront prolongées le jeudi."],
 'content_en': ["The heating in the building was repaired last week.",
   "No further documents have been received so far.",
   "The meeting took place in a calm and respectful atmosphere.",
   "The baker down the street agreed to hold the food baskets.",
   "Mould is visible on the bathroom ceiling.",
   "The landlord will be contacted again if nothing changes by the end of the month.",
   "The children still attend the after-school program.",
   "A copy of the letter was placed in the paper file.",
   "The committee agrees that processing times are too long.",
   "The apartment is clean and well kept despite the humidity.",
   "The person seemed tired but cooperated well.",
   "We agreed to review the situation at the next meeting.",
   "Most of the noise comes from the ventilation unit of the shop next door.",
   "The family budget was reviewed line by line.",
   "No sign of water infiltration was found in the basement.",
   "It was explained again that the file is confidential.",
   "The refund request is incomplete and must be resubmitted.",
   "The outdoor stairs are icy and poorly lit.",
   "A follow-up meeting will be scheduled with the care team.",
   "The item was postponed for lack of quorum.",
   "The parents say they need some respite.",
   "The carpenter hired by the owner has not finished the balcony repair.",
   "The situation has been stable since the last visit.",
   "The form was completed with the help of an interpreter.",
   "Painting work is planned for the fall.",
   "A reminder call will be made before the end of the day.",
   "There is no immediate safety concern according to the assessment.",
   "Coffee and muffins were offered during the break.",
   "The smoke detector in the hallway was not working.",
   "The waiting list for this service remains long.",
   "The tenant says the rent was paid in cash without a receipt.",
   "Seniors have asked for a simpler version of the form.",
   "The parking lot is cleared of snow only now and then.",
   "The letter will need to be translated before it is sent.",
   "The mother says things are going better at home.",
   "The counter will stay open later on Thursdays.",
   "Snow removal on the side street was delayed again.",
   "The hunter safety course was moved to the gym.",
   "Nobody answered the door during the second visit.",
   "The fence between the two yards is leaning dangerously."],
 'mail_p': ["gmail.com", "hotmail.com", "videotron.ca", "outlook.com", "yahoo.ca", "icloud.com", "sympatico.ca",
   "live.ca", "bell.net", "cgocable.ca", "globetrotter.net", "hotmail.fr", "proton.me", "outlook.fr"],
 'mail_w': ["cisss-lau.gouv.qc.ca", "ssss.gouv.qc.ca", "ville.levis.qc.ca", "omhlevis.qc.ca", "mess.gouv.qc.ca",
   "csmi.qc.ca", "ville.gatineau.qc.ca", "saaq.gouv.qc.ca", "cbhssjb.org", "emsb.qc.ca", "rq.gouv.qc.ca",
   "tal.gouv.qc.ca", "krg.ca", "cdpdj.qc.ca"],
 'job_fr': ["Agente de relations humaines", "Technicien en administration", "Conseillère en ressources humaines",
   "Travailleur social", "Inspectrice municipale", "Responsable de l'accès à l'information",
   "Agent d'aide socio-économique", "Coordonnatrice clinique", "Préposé aux renseignements",
   "Chef de service", "Technicienne en éducation spécialisée", "Analyste aux plaintes"],
 'job_en': ["Social worker", "Case manager", "HR advisor", "Building inspector", "Access to Information Officer",
   "Intake coordinator", "Client services agent", "Team leader", "Youth worker", "Complaints analyst"],
 'dob_fr': ["né{e} le {D}", "DDN : {D}", "date de naissance : {D}", "D.N. {D}", "date de naissance le {D}", "DDN {D}",
   "dont la date de naissance est le {D}", "né{e} en date du {D}"],
 'dob_en': ["born on {D}", "DOB: {D}", "date of birth: {D}", "D.O.B. {D}", "DOB {D}", "born {D}",
   "whose date of birth is {D}", "b. {D}"],
}

def halves(lst):
    n = len(lst) // 2
    return lst[:n], lst[n:]

def words(s):
    return [w.replace('_', ' ') for w in s.split()]

GIV = ([], [])          # (name, female, group)
SURG = ({}, {})         # group -> [surname]
WORDSUR = (set(), set())
for grp, ms, fs in GIVEN:
    for fem, s in ((False, ms), (True, fs)):
        for h, part in enumerate(halves(words(s))):
            GIV[h].extend((n, fem, grp) for n in part)
for grp, s in SURN:
    for h, part in enumerate(halves(words(s))):
        SURG[h][grp] = [w.lstrip('~') for w in part]
        WORDSUR[h].update(w[1:] for w in part if w.startswith('~'))
POOLS = {k: halves(v) for k, v in LISTS.items()}
GIVF = tuple([g for g in GIV[h] if g[1]] for h in (0, 1))
GIVM = tuple([g for g in GIV[h] if not g[1]] for h in (0, 1))

MFR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MFRA = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
MEN = "January February March April May June July August September October November December".split()
AREAS = ['514', '438', '450', '579', '418', '581', '819', '873', '367', '263', '354']
INST = ['815', '001', '002', '003', '004', '006', '010', '016', '039', '829']

def tag(kind, typ, v):
    assert v and '\x01' not in v and '\x03' not in v, v
    return '\x01%s:%s\x02%s\x03' % (kind, typ, v)

def asc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def luhn_digit(ds):
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return (10 - tot % 10) % 10

def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    return luhn_digit(ds[:-1]) == ds[-1]


class Pn:
    def __init__(s, g, sn, f, r, child=False):
        s.g, s.s, s.f = g, sn, f
        s.dob = (r.randint(2008, 2021) if child else r.randint(1936, 2005), r.randint(1, 12), r.randint(1, 28))
        s.tel = (r.choice(AREAS), r.randint(201, 989), r.randint(0, 9999))
        s.mail = None


class Doc:
    def __init__(s, half, lang, r):
        s.h, s.lang, s.r, s.used = half, lang, r, set()

    # -- choice helpers
    def k(s, name):
        return s.r.choice(POOLS[name][s.h])

    def c(s, *alts):
        return s.r.choice(alts)

    def maybe(s, txt, p=0.5):
        return txt if s.r.random() < p else None

    def sh(s, lst):
        lst = list(lst)
        s.r.shuffle(lst)
        return lst

    # -- persons
    def P(s, f=None, child=False):
        r = s.r
        pool = GIV[s.h] if f is None else (GIVF[s.h] if f else GIVM[s.h])
        for _ in range(60):
            g = r.choice(pool)
            grp = g[2] if r.random() < 0.72 else r.choice(sorted(SURG[s.h]))
            sn = r.choice(SURG[s.h][grp])
            if sn not in s.used and g[0] not in s.used:
                break
        s.used |= {sn, g[0]}
        return Pn(g[0], sn, g[1], r, child)

    def nm(s, p, form='f', case=None):
        t = {'f': p.g + ' ' + p.s, 'g': p.g, 's': p.s, 'i': p.g + ' ' + p.s[0].upper() + '.',
             'r': p.s + ', ' + p.g, 'su': p.s.upper() + ' ' + p.g}[form]
        if case == 'l': t = t.lower()
        elif case == 'u': t = t.upper()
        return tag('pii', 'PERSON', t)

    def ti(s, p, case=None):
        if s.lang == 'fr':
            t = 'Mme' if p.f else 'M.'
        else:
            t = s.c('Ms.', 'Mrs.', 'Ms') if p.f else s.c('Mr.', 'Mr')
        return t.upper() if case == 'u' else t

    def T(s, p, form='s', case=None):
        return s.ti(p, case) + ' ' + s.nm(p, form, case)

    def e(s, p):
        return 'e' if p.f else ''

    def il(s, p):
        return ('elle' if p.f else 'il') if s.lang == 'fr' else ('she' if p.f else 'he')

    def his(s, p):
        return 'her' if p.f else 'his'

    # -- identifiers
    def ph(s, p=None, case=None):
        a, e, l = p.tel if p else (s.r.choice(AREAS), s.r.randint(201, 989), s.r.randint(0, 9999))
        if s.r.random() < 0.12: e = 555
        l = '%04d' % l
        f = s.c('({a}) {e}-{l}', '{a}-{e}-{l}', '{a}.{e}.{l}', '{a} {e} {l}', '+1 {a} {e} {l}', '1-{a}-{e}-{l}',
                '{a}{e}{l}', '+1 ({a}) {e}-{l}', '{a} {e}-{l}', '+1-{a}-{e}-{l}', '({a}){e}-{l}')
        return tag('pii', 'PHONE', f.format(a=a, e=e, l=l))

    def phi(s):
        r = s.r
        n = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))
        t = s.c('+33 6 %s %s %s %s' % (n(2), n(2), n(2), n(2)), '+212 6 %s %s %s %s' % (n(2), n(2), n(2), n(2)),
                '+509 37 %s %s' % (n(2), n(4)), '+44 7700 %s' % n(6), '+52 55 %s %s' % (n(4), n(4)),
                '+84 90 %s %s' % (n(3), n(4)), '+237 6 77 %s %s %s' % (n(2), n(2), n(2)),
                '+63 917 %s %s' % (n(3), n(4)), '+91 98 %s %s' % (n(4), n(4)), '011 33 1 %s %s %s %s' % (n(2), n(2), n(2), n(2)))
        return tag('pii', 'PHONE', t)

    def em(s, p, kind='p'):
        if p.mail is None or kind == 'w':
            g = re.sub(r"[^a-z-]", '', asc(p.g).lower())
            sn = re.sub(r"[^a-z-]", '', asc(p.s).lower().replace(' ', ''))
            if kind == 'w':
                loc = s.c(g + '.' + sn, g[0] + sn, sn + '.' + g[0], g + '.' + sn + str(s.r.randint(1, 9)))
                return tag('pii', 'EMAIL', loc + '@' + s.k('mail_w'))
            loc = s.c(g + '.' + sn, g[0] + sn, sn + g[0] + str(p.dob[0] % 100).zfill(2), g + '_' + sn,
                      g + sn + str(s.r.randint(10, 99)), g[0] + '.' + sn, sn + '.' + g)
            p.mail = loc + '@' + s.k('mail_p')
        return tag('pii', 'EMAIL', p.mail)

    def sin(s):
        ds = [s.r.randint(1, 7)] + [s.r.randint(0, 9) for _ in range(7)]
        ds.append(luhn_digit(ds))
        t = ''.join(map(str, ds))
        sep = s.c(' ', '-', '', ' ')
        return tag('pii', 'SIN', t[:3] + sep + t[3:6] + sep + t[6:])

    def ramq(s, p):
        sn = re.sub('[^A-Z]', '', asc(p.s).upper())[:3].ljust(3, 'X')
        y, m, d = p.dob
        t = sn + asc(p.g)[0].upper()
        n = '%02d%02d' % (y % 100, m + (50 if p.f else 0)), '%02d%02d' % (d, s.r.randint(10, 99))
        f = s.c('{0} {1} {2}', '{0}{1}{2}', '{0}-{1}-{2}', '{0} {1}{2}', '{0}{1} {2}')
        return tag('pii', 'RAMQ', f.format(t, *n))

    def ohip(s):
        n = ''.join(str(s.r.randint(0, 9)) for _ in range(10))
        L = ''.join(s.r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))
        f = s.c('{0}-{1}-{2}-{3}', '{0} {1} {2} {3}', '{0}-{1}-{2} {3}')
        return tag('pii', 'RAMQ', f.format(n[:4], n[4:7], n[7:], L))

    def lic(s, p):
        y, m, d = p.dob
        t = (asc(p.s)[0].upper() + '%04d' % s.r.randint(0, 9999), '%02d%02d%02d' % (d, m, y % 100),
             '%02d' % s.r.randint(0, 99))
        sep = s.c('-', ' ', '', '-')
        return tag('pii', 'LICENCE', sep.join(t))

    def pp(s):
        L = ''.join(s.r.choice('ABCEGHJKLMNPRSTWXY') for _ in range(2))
        return tag('pii', 'PASSPORT', L + s.c('', ' ', '') + '%06d' % s.r.randint(0, 999999))

    def card(s):
        ds = [4] if s.r.random() < 0.55 else [5, s.r.randint(1, 5)]
        while len(ds) < 15: ds.append(s.r.randint(0, 9))
        ds.append(luhn_digit(ds))
        t = ''.join(map(str, ds))
        sep = s.c(' ', '-', '', ' ')
        return tag('pii', 'CARD', sep.join(t[i:i + 4] for i in range(0, 16, 4)))

    def acct(s, kind='a'):
        r = s.r
        tr, ins, ac = '%05d' % r.randint(10000, 99999), r.choice(INST), '%07d' % r.randint(0, 9999999)
        t = {'t': tr, 'i': ins, 'a': s.c(ac, ac[:3] + '-' + ac[3:], ac[:2] + ' ' + ac[2:] + str(r.randint(0, 9))),
             'all': s.c(ins + '-' + tr + '-' + ac, tr + ' ' + ins + ' ' + ac, tr + '-' + ins + '-' + ac)}[kind]
        return tag('pii', 'ACCOUNT', t)

    def street(s, decoy=True):
        pool = 'street_fr' if s.lang == 'fr' or s.r.random() < 0.35 else 'street_en'
        t = s.k(pool)
        return tag('decoy', 'STREET', t) if decoy else t

    def adr(s, case=None, city=False):
        r = s.r
        civ, n, st = str(r.randint(3, 12999)), str(r.randint(1, 40)), s.street(False)
        if s.lang == 'fr':
            t = s.c('{c}, {s}', '{c} {s}, app. {n}', '{n}-{c} {s}', '{c} {s} #{n}', 'app. {n}, {c} {s}',
                    '{c}, {s}, appartement {n}', '{c} {s}', '{c}-{a} {s}')
        else:
            t = s.c('{c} {s}, Apt. {n}', '{n}-{c} {s}', 'Unit {n}, {c} {s}', '{c} {s} #{n}', '{c} {s}',
                    'apt {n}, {c} {s}', '{c} {s}, Suite {n}')
        t = t.format(c=civ, s=st, n=n, a=s.c('A', 'B', 'C'))
        if city:
            t += s.c(', ', ' ', ', ') + s.k('city')
        if case == 'l': t = t.lower()
        elif case == 'u': t = t.upper()
        return tag('pii', 'ADDRESS', t)

    def cp(s, case=None):
        r = s.r
        L, D = 'ABCEGHJKLMNPRSTVWXYZ', '0123456789'
        t = r.choice('GHJ') + r.choice(D) + r.choice(L) + s.c(' ', ' ', '', ' ') + r.choice(D) + r.choice(L) + r.choice(D)
        if case == 'l': t = t.lower()
        return tag('pii', 'POSTAL', t)

    def fdate(s, y, m, d, yr=True):
        if s.lang == 'fr':
            dd = '1er' if d == 1 and s.r.random() < 0.7 else str(d)
            st = [f'{y}-{m:02d}-{d:02d}', f'{d:02d}/{m:02d}/{y}', f'{d} {MFR[m-1]} {y}', f'{dd} {MFR[m-1]} {y}',
                  f'{d:02d}-{m:02d}-{y}', f'{d:02d}.{m:02d}.{y}', f'{y}/{m:02d}/{d:02d}', f'{d} {MFRA[m-1]} {y}']
            if not yr: return s.c(f'{dd} {MFR[m-1]}', f'{d:02d}/{m:02d}')
        else:
            st = [f'{y}-{m:02d}-{d:02d}', f'{MEN[m-1]} {d}, {y}', f'{d} {MEN[m-1]} {y}', f'{MEN[m-1][:3]}. {d}, {y}',
                  f'{m:02d}/{d:02d}/{y}', f'{d:02d}/{m:02d}/{y}', f'{MEN[m-1][:3]} {d} {y}', f'{MEN[m-1]} {d} {y}']
            if not yr: return s.c(f'{MEN[m-1]} {d}', f'{MEN[m-1][:3]}. {d}')
        return s.r.choice(st)

    def dob(s, p, case=None):
        t = s.fdate(*p.dob)
        return tag('pii', 'DOB', t.upper() if case == 'u' else t)

    def dobp(s, p):
        """born-on lead-in phrase from the half's phrasing pool + DOB."""
        f = s.k('dob_' + s.lang)
        return f.replace('{e}', s.e(p)).replace('{D}', s.dob(p))

    # -- decoys
    def org(s):
        return tag('decoy', 'ORG', s.k('org_' + s.lang) if s.r.random() < 0.75 else s.k('org_fr'))

    def place(s, prep=None):
        g, t = s.k('place_fr').split(':', 1) if s.lang == 'fr' else ('', s.k('place_en'))
        if not prep: return tag('decoy', 'PLACE', t)
        art = {('à', 'm'): 'au ', ('à', 'f'): 'à la ', ('à', 'p'): 'aux ', ('à', 'v'): "à l'",
               ('de', 'm'): 'du ', ('de', 'f'): 'de la ', ('de', 'p'): 'des ', ('de', 'v'): "de l'"}[prep, g]
        return art + tag('decoy', 'PLACE', t)

    def st(s, prep):
        """street with its preposition+article: st('sur') -> 'sur la rue X' / 'sur le boulevard X'."""
        t = s.street(False)
        if s.lang == 'en':
            return prep + ' ' + tag('decoy', 'STREET', t)
        w = t.split()[0].lower()
        g = 'v' if w in ('avenue',) else 'm' if w in ('boulevard', 'chemin', 'rang') else 'f'
        art = {'m': {'de': 'du ', 'sur': 'sur le ', 'à': 'au ', 'près de': 'près du '},
               'f': {'de': 'de la ', 'sur': 'sur la ', 'à': 'à la ', 'près de': 'près de la '},
               'v': {'de': "de l'", 'sur': "sur l'", 'à': "à l'", 'près de': "près de l'"}}[g][prep]
        return art + tag('decoy', 'STREET', t)

    def city(s, case=None):
        t = s.k('city')
        return tag('decoy', 'CITY', t.upper() if case == 'u' else t)

    def region(s):
        return tag('decoy', 'REGION', s.k('region'))

    def law(s):
        return tag('decoy', 'LAW', s.k('law_' + s.lang))

    def file(s):
        r = s.r
        y = r.randint(2019, 2025)
        t = s.c(f'{y}-QC-{r.randint(1, 99999):05d}', f'R-{r.randint(100000, 999999)}',
                f'500-{r.choice(["17", "22", "32", "05"])}-{r.randint(0, 999999):06d}-{y % 100}{r.randint(0, 9)}',
                f'INC-{y}-{r.randint(1, 9999):04d}', f'{y}-{r.randint(100000, 999999)}', f'PL-{y % 100}-{r.randint(1, 999):03d}',
                f'CAI {r.randint(1000000, 1099999)}', f'{r.randint(1000, 9999)}-{y % 100:02d}-{r.randint(1, 9999):04d}',
                f'D{y}{r.randint(1000, 9999)}', f'TAL-{r.randint(100000, 999999)}')
        return tag('decoy', 'FILE', t)

    def tf(s):
        r = s.r
        a, e, l = r.choice(['800', '866', '877', '888']), r.randint(200, 989), '%04d' % r.randint(0, 9999)
        t = s.c(f'1-{a}-{e}-{l}', f'1 {a} {e}-{l}', f'1 {a} {e} {l}', f'1 ({a}) {e}-{l}', f'1.{a}.{e}.{l}', f'{a}-{e}-{l}')
        return tag('decoy', 'TOLLFREE', t)

    def amt(s):
        r = s.r
        v = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 25000)])
        c = r.randint(0, 99)
        if s.lang == 'fr':
            big = f'{v:,}'.replace(',', '\u00a0' if r.random() < 0.3 else ' ')
            t = s.c(f'{big} $', f'{big},{c:02d} $', f'{big}$', f'{big},00 $')
        else:
            t = s.c(f'${v:,}', f'${v:,}.{c:02d}', f'{v:,}.{c:02d} $', f'CAD {v:,}.00', f'${v}')
        return tag('decoy', 'AMOUNT', t)

    def date(s, yr=True):
        r = s.r
        return tag('decoy', 'DATE', s.fdate(r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28), yr))

    def tm(s):
        h, m = s.r.randint(7, 21), s.r.randint(0, 59)
        if s.lang == 'fr':
            return s.c(f'{h} h {m:02d}', f'{h}h{m:02d}', f'{h}:{m:02d}')
        return s.c(f'{h}:{m:02d}', f'{(h - 1) % 12 + 1}:{m:02d} {"AM" if h < 12 else "PM"}')

    def hm(s):
        s.mins = getattr(s, 'mins', s.r.randint(480, 960)) + s.r.randint(0, 9)
        return '%d:%02d' % (s.mins // 60, s.mins % 60)

    def clk(s, lines):
        """fill the '\x04' time placeholders of a chat in reading order."""
        return [re.sub('\x04', lambda m: s.hm(), x) for x in lines]

    def extra(s, lo, hi, *makers):
        return [s.r.choice(makers)() for _ in range(s.r.randint(lo, hi))]

    def ts(s):
        s.clock = getattr(s, 'clock', 0) + s.r.randint(3, 40)
        return '[%02d:%02d:%02d]' % (s.clock // 3600, s.clock // 60 % 60, s.clock % 60)

    def C(s):
        s.seen = getattr(s, 'seen', set())
        for _ in range(20):
            t = s.k('content_' + s.lang)
            if t not in s.seen: break
        s.seen.add(t)
        return tag('content', 'CONTENT', t)

    def job(s):
        return s.k('job_' + s.lang)

# ============================================================ families ======
# Each family returns a list of lines (strings with inline tags).  Families
# are grouped per language; the first half of each language group is W.

def fr_note_ts(d):
    u, m, w, k = d.P(), d.P(True), d.P(), d.P(False)
    o = d.org()
    L = [d.c(f"NOTE ÉVOLUTIVE — {o}", f"Note d'intervention psychosociale ({o})", f"Suivi psychosocial — {o}"),
         d.c(f"Usager : {d.nm(u, 'su')}    DDN : {d.dob(u)}", f"Nom de l'usager : {d.nm(u)}, {d.dobp(u)}",
             f"Usager : {d.nm(u, 'r')} (date de naissance : {d.dob(u)})"),
         f"Dossier : {d.file()}    No d'assurance maladie : {d.ramq(u)}",
         f"Date de l'intervention : {d.date()}    Intervenant{d.e(w)} : {d.nm(w)}", ""]
    body = [d.c(f"Visite à domicile au {d.adr()}, {d.cp()}.", f"Rencontre au domicile ({d.adr()}), {d.st('près de')}.",
                f"VAD effectuée au {d.adr(city=True)}."),
            f"{d.T(u)} était présent{d.e(u)}, avec sa mère, {d.nm(m)}, qui demande à être rappelée au {d.ph(m)}.",
            d.C(),
            d.c(f"{d.nm(u, 'g')} rapporte un avis de retard de loyer de {d.amt()} reçu le {d.date()}.",
                f"Selon {d.nm(u, 'g')}, le propriétaire réclame {d.amt()} depuis le {d.date()}."),
            d.c(f"Le conjoint de {d.nm(m, 'g')}, {d.nm(k)}, était absent; il travaille de nuit à {d.city()}.",
                f"{d.T(k)} (conjoint de la mère) a quitté le logement avant notre arrivée."),
            d.C(),
            d.c(f"Référence faite vers {d.org()} (sans frais : {d.tf()}).", f"Informé{d.e(u)} de la ligne {d.tf()} de {d.org()}.")]
    end = [d.c(f"Signalement évalué selon l'{d.law()}.", f"Aucune communication sans consentement (art. 19 LSSSS)."),
           f"Prochaine rencontre : {d.date()} à {d.tm()}.", f"{d.nm(w)}, T.S. — {d.c('poste', 'ligne directe')} {d.ph(w)}"]
    return L + body + d.extra(0, 6, d.C, lambda: f"{d.nm(u, 'g')} mentionne que {d.nm(m, 'g')} l'aide pour l'épicerie.", lambda: f"Appel à {d.org()} au sujet de la facture de {d.amt()}.",
                                  lambda: f"{d.nm(u, 'g')} dort parfois chez {d.nm(m, 'g')} quand le chauffage ne fonctionne pas.") + end

def fr_courriel(d):
    a, b, c, x = d.P(), d.P(), d.P(), d.P()
    subj = d.c("Suivi de la demande", "TR: plainte reçue", "Dossier à compléter", "Demande de rappel")
    L = [f"De : {d.nm(a)} <{d.em(a, 'w')}>", f"Envoyé : {d.date()} {d.tm()}",
         f"À : {d.nm(b)} <{d.em(b, 'w')}>", d.c(f"Cc : {d.nm(c)}", f"Cc : {d.nm(c, 'r')}; {d.org()}"),
         f"Objet : {subj} — dossier {d.file()}", "", f"Bonjour {d.nm(b, 'g')},", ""]
    body = [d.c(f"{'La citoyenne' if x.f else 'Le citoyen'}, {d.T(x)}, a téléphoné ce matin au sujet de sa demande.",
                f"J'ai eu un appel de {d.nm(x)} concernant son dossier.",
                f"{d.nm(x)} s'est présenté{d.e(x)} au comptoir de {d.org()} hier."),
            d.c(f"{d.il(x).capitalize()} demeure maintenant au {d.adr()}, {d.city()} {d.cp()}.",
                f"Nouvelle adresse : {d.adr(city=True)} ({d.cp()})."),
            d.c(f"On peut {d.c('la', 'le')} joindre au {d.ph(x)} ou par courriel à {d.em(x)}.",
                f"Ses coordonnées : {d.ph(x)} / {d.em(x)}."),
            d.C(),
            d.c(f"Le montant en litige est de {d.amt()}; la décision a été rendue le {d.date()}.",
                f"Le remboursement de {d.amt()} est prévu pour le {d.date()}."),
            d.c(f"Peux-tu vérifier avec {d.nm(c, 'g')} si le document est arrivé?", f"{d.nm(c, 'g')} a déjà la copie signée."),
            d.C(), *d.extra(0, 6, d.C, lambda: f"{d.T(x)} ajoute que {d.nm(d.P(), 'g')} {d.c('peut confirmer', 'était présent')}.")]
    sig = ["", d.c("Merci,", "Bonne journée,", "Cordialement,"), d.nm(a), d.job(), d.org(),
           f"Tél. : {d.ph(a)} poste {d.r.randint(2000, 7999)}", d.maybe(f"Sans frais : {d.tf()}")]
    return L + body + [x for x in sig if x]

def fr_courriel_reponse(d):
    a, b, x = d.P(), d.P(), d.P()
    L = [f"Objet : RE: {d.c('Visite du logement', 'Rendez-vous annulé', 'Votre demande')}", "",
         d.c(f"Merci {d.nm(a, 'g')}, c'est noté.", f"Bonjour {d.T(a)},", f"Parfait {d.nm(a, 'g', 'l')}, merci."),
         d.c(f"Je vais rappeler {d.nm(x, 'g')} au {d.ph(x)} avant {d.tm()}.",
             f"J'ai transmis l'information à {d.T(x, 'f')} par courriel ({d.em(x)})."),
         d.C(), "", d.nm(b, d.c('f', 'g')), d.c(d.job(), d.org()), "",
         d.c(f"Le {d.date()} à {d.tm()}, {d.nm(a)} <{d.em(a, 'w')}> a écrit :",
             f"Le {d.date()}, {d.nm(a)} a écrit :", f"----- Message d'origine -----\n> De : {d.nm(a, 'r')}\n> Date : {d.date()}"),
         f"> Bonjour {d.nm(b, 'g')},",
         f"> {d.C()}",
         d.c(f"> La visite chez {d.T(x)} au {d.adr()} est reportée au {d.date()}.",
             f"> {d.nm(x)} ({d.dobp(x)}) a annulé son rendez-vous du {d.date()}."),
         d.c(f"> Son fils {d.nm(d.P(False), 'g')} sera présent.", f"> Ne pas laisser de message au {d.ph()}, c'est le travail."),
         f"> Ref. {d.file()}", "> Merci!", f"> {d.nm(a, 'g')}"]
    return L

def fr_appel(d):
    a, b = d.P(), d.P()
    A = d.c('AGENT', 'PRÉPOSÉ' + ('E' if a.f else ''), d.nm(a, 'g', 'u'))
    B = d.c('APPELANT' + ('E' if b.f else ''), 'CITOYEN' + ('NE' if b.f else ''), d.T(b, 's', 'u'))
    t = [f"Transcription — appel entrant sur la ligne {d.tf()}", f"Date : {d.date()}   Dossier : {d.file()}",
         f"{d.ts()} {A} : {d.org()}, bonjour, {d.nm(a, 'g')} à l'appareil.",
         f"{d.ts()} {B} : Oui bonjour, c'est {d.nm(b)}, j'appelle pour mon dossier.",
         f"{d.ts()} {A} : Pouvez-vous me confirmer votre date de naissance?",
         f"{d.ts()} {B} : {d.c('Le ', 'Oui, le ', 'C’est le ')}{d.dob(b)}.",
         d.c(f"{d.ts()} {A} : Et votre numéro d'assurance sociale?\n{d.ts()} {B} : {d.sin()}.",
             f"{d.ts()} {A} : Votre numéro de carte d'assurance maladie?\n{d.ts()} {B} : {d.ramq(b)}.",
             f"{d.ts()} {A} : Votre numéro de permis de conduire?\n{d.ts()} {B} : Attendez... {d.lic(b)}."),
         f"{d.ts()} {A} : Merci. Vous êtes toujours au {d.adr()}?",
         d.c(f"{d.ts()} {B} : Non, j'ai déménagé à {d.city()}, au {d.adr()}, {d.cp()}.",
             f"{d.ts()} {B} : Oui, c'est ça, {d.st('près de')}."),
         f"{d.ts()} {B} : Mon chèque de {d.amt()} est jamais arrivé.",
         f"{d.ts()} {A} : {d.C()}",
         d.c(f"{d.ts()} {B} : Vous pouvez me rappeler au {d.ph(b)}, sinon mon chum {d.nm(d.P(False), 'g')} va répondre.",
             f"{d.ts()} {B} : Rappelez-moi au {d.ph(b)}, poste {d.r.randint(10, 99)}."),
         f"{d.ts()} {A} : Parfait {d.T(b)}, bonne journée.", "[fin de l'appel]"]
    return t

def fr_messagerie(d):
    a, b = d.P(), d.P()
    L = [d.c(f"Message vocal reçu le {d.date()} à {d.tm()}", f"Boîte vocale de {d.nm(a)} — {d.date()}"),
         f"Numéro de l'appelant : {d.ph(b)}", "Transcription automatique :", ""]
    msg = [d.c(f"« oui bonjour c'est {d.nm(b, 'f', 'l')} euh", f"« allô {d.nm(a, 'g')}, c'est {d.nm(b, 'g')}", f"« Bonjour, ici {d.T(b, 'f')}"),
           d.c("j'appelle pour le papier que vous m'avez demandé", "c'est pour mon rendez-vous de la semaine prochaine"),
           d.c(f"ma date de naissance c'est le {d.dob(b)}", f"mon numéro d'assurance maladie c'est {d.ramq(b)}"),
           d.c(f"mon adresse a changé c'est le {d.adr(case='l')} à {d.city()}", f"je suis rendu{d.e(b)} au {d.adr()}"),
           d.c(f"vous pouvez me rappeler au {d.ph(b)} ou sur le cell de ma sœur {d.nm(d.P(True), 'g', 'l')} au {d.ph()}",
               f"mon cell c'est le {d.ph(b)} merci"),
           "merci bonne journée bye »"]
    end = ["", f"Traité par : {d.nm(d.P(), 'i')}", d.C(), f"Rappel fait le {d.date()}."]
    if d.r.random() < 0.3:
        return [L[0], msg[0], msg[4], msg[5], end[1]]
    return L + msg + end

def fr_pv(d):
    ps = [d.P() for _ in range(d.r.randint(4, 6))]
    ab = [d.P() for _ in range(d.r.randint(1, 2))]
    o = d.org()
    L = [d.c(f"PROCÈS-VERBAL de la séance du conseil d'administration de {o}", f"Procès-verbal — réunion du comité des usagers, {o}"),
         f"tenue le {d.date()} à {d.tm()}, {d.place('à')}, {d.city()}.", "",
         "Présents : " + ', '.join(d.c(d.T(p, 'f'), d.nm(p), d.nm(p, 'su')) for p in ps),
         "Absents : " + ', '.join(d.nm(p) for p in ab), "",
         f"1. Ouverture de la séance par {d.c('la présidence', 'le président', 'la présidente')}, {d.T(ps[0])}.",
         f"2. {d.C()}",
         f"3. Résolution {d.file()} : sur proposition de {d.nm(ps[1])}, appuyée par {d.nm(ps[2])}, le conseil adopte le budget de {d.amt()}.",
         f"4. {d.C()}",
         d.c(f"5. {d.T(ps[3])} présente le rapport de l'organisme {d.org()}. {d.C()}",
             f"5. Correspondance : lettre de {d.nm(d.P())}, qui réside {d.st('sur')}."),
         f"6. Il est proposé par {d.T(ps[2])}, appuyé par {d.T(ps[1])}, de tenir la prochaine séance le {d.date()}.",
         *d.extra(0, 8, lambda: f"   {d.C()}", lambda: f"   Question de {d.T(d.P())}, {d.st('de')}, sur le déneigement.",
                  lambda: f"   {d.nm(ps[d.r.randrange(len(ps))], 'g')} rappelle la date limite du {d.date()}."),
         f"7. Levée de la séance à {d.tm()}.", "",
         f"{d.nm(ps[0])}, {d.c('président', 'présidence')}        {d.nm(ps[-1])}, secrétaire"]
    return L

def fr_plainte(d):
    a, b, c = d.P(), d.P(), d.P()
    L = ["PLAINTE — formulaire web", f"Reçue le {d.date()} — no {d.file()}", ""]
    t = [d.c(f"bonjour je m'appelle {d.nm(a, 'f', 'l')} et j'habite au {d.adr(case='l')} depuis trois ans",
             f"Bonjour moi c'est {d.nm(a)} j'habite {d.adr()} {d.cp('l')}"),
         d.c(f"pis mon voisin d'en haut {d.nm(b, 'f', 'l')} fait du bruit toutes les nuits jusqu'à 3h du matin",
             f"le concierge {d.nm(b, 'g', 'l')} rentre chez nous sans avertir pis il a même pris des photos"),
         d.c(f"j'en ai parlé à {d.nm(c, 'g')} de l'office mais personne rappelle jamais",
             f"j'ai appelé au {d.tf()} trois fois et on m'a dit d'écrire ici"),
         f"{d.C()}",
         d.c(f"j'ai payé {d.amt()} pour rien pis le proprio {d.T(c, 's', 'l')} dit que c'est pas son problème",
             f"ça fait depuis le {d.date()} que ça dure ma fille {d.nm(d.P(True), 'g', 'l')} dort plus",
             f"en plus ils ont passé ma carte {d.card()} deux fois pour {d.amt()}"),
         d.c(f"si vous voulez me rejoindre mon cell c'est {d.ph(a)} ou {d.em(a)}",
             f"appelez moi au {d.ph(a)} après 5h svp"),
         d.c(f"je connais mes droits c'est l'{d.law()}", f"c'est {d.st('sur')} près {d.place('de')}"),
         "merci de faire quelque chose"]
    if d.r.random() < 0.5:
        return L + [' '.join(t[:4]), ' '.join(t[4:])] + ["", f"— {d.nm(a, 'g', 'l')}", d.C(), "Statut : à traiter"]
    return L + t + ["", d.C()]

def fr_incident(d):
    a, b, w = d.P(), d.P(), d.P()
    L = [d.c("RAPPORT D'INCIDENT", "Rapport d'événement — sécurité", "DÉCLARATION D'INCIDENT / ACCIDENT"),
         f"No : {d.file()}    Date : {d.date()}    Heure : {d.tm()}",
         f"Lieu : {d.place()}, {d.city()} ({d.region()})", "",
         "Personnes impliquées :",
         f"  1) {d.nm(a, 'su')} — {d.dobp(a)} — tél. {d.ph(a)}",
         f"  2) {d.nm(b, 'r')} — {d.c('employé' + d.e(b) + ' de ' + d.org(), 'visiteur' if not b.f else 'visiteuse')}", "",
         "Description :",
         d.c(f"{d.T(a)} a glissé dans l'entrée {d.st('de')}. {d.nm(b, 'g')} lui a porté assistance.",
             f"Altercation verbale entre {d.nm(a)} et {d.nm(b)} au comptoir d'accueil."),
         d.C(), d.C(),
         d.c(f"Ambulance demandée; transport vers {d.org()}.", f"Aucun transport requis. Premiers soins donnés par {d.nm(w)}."),
         d.c(f"Dommages estimés à {d.amt()}.", f"Témoin : {d.nm(d.P())}, {d.ph()}."), "",
         f"Rédigé par : {d.nm(w)}, {d.job().lower()}   Signature : {d.nm(w, 'i')}"]
    return L

def fr_clavardage(d):
    a, b, x = d.P(), d.P(), d.P()
    A, B = d.nm(a, 'i', 'l'), d.nm(b, d.c('g', 'i'), 'l')
    s = lambda: '\x04'
    L = [f"--- clavardage interne {d.date()} ---",
         f"[{s()}] {A} : salut t'as vu le dossier de {d.nm(x, 's', 'l')}?",
         f"[{s()}] {B} : oui {d.nm(x, 'g', 'l')} a rappelé ce matin, {d.il(x)} veut un rdv",
         f"[{s()}] {A} : ok {d.il(x)} est tjrs au {d.adr(case='l')}?",
         f"[{s()}] {B} : non déménagé{d.e(x)} à {d.city()}, nouveau tel {d.ph(x)}",
         f"[{s()}] {A} : {d.C()}",
         d.c(f"[{s()}] {B} : son nas c'est {d.sin()} je l'ai mis dans la note",
             f"[{s()}] {B} : ddn {d.dob(x)} si jamais"),
         f"[{s()}] {A} : pcq {d.nm(d.P(), 'g', 'l')} m'a dit que c'était réglé",
         f"[{s()}] {B} : non non, voir la lettre du {d.date()} ref {d.file()}",
         f"[{s()}] {A} : ok je checke avec {d.nm(b, 'g', 'l')}... ah c'est toi lol",
         f"[{s()}] {B} : 😅 " + d.c("je te reviens", "go pour mardi", "ok merci")]
    return d.clk(L[:6] + d.extra(0, 10, lambda: f"[{s()}] {d.c(A, B)} : {d.C()}",
                           lambda: f"[{s()}] {A} : {d.c('ok', 'parfait', 'np', 'je regarde ça')}",
                           lambda: f"[{s()}] {B} : {d.nm(x, 'g', 'l')} {d.c('a laissé un msg', 'est passé' + d.e(x) + ' au comptoir', 'rappelle demain')}",
                           lambda: f"[{s()}] {A} : je passe chez {d.nm(x, 'g', 'l')} demain matin") + L[6:])

def fr_tribunal(d):
    lo, te, j, av = d.P(), d.P(), d.P(), d.P()
    L = [d.c(f"{d.org()} — résumé d'audience", "RÉSUMÉ DE DÉCISION"),
         f"Dossier : {d.file()}    Date de l'audience : {d.date()}",
         f"Locateur : {d.nm(lo)}  |  Locataire{'s' if d.r.random() < 0.2 else ''} : {d.nm(te)}",
         f"Devant : {d.c('la juge administrative', 'le juge administratif', 'Me')} {d.nm(j)}",
         f"Représentation : Me {d.nm(av)} pour la partie locatrice", "",
         f"Le logement visé est situé au {d.adr(city=True)}.",
         d.maybe(f"Le dépôt de {d.amt()} sera versé au compte {d.acct('all')} de {d.T(te)}.", 0.3),
         d.c(f"Le locateur réclame {d.amt()} en loyers impayés depuis le {d.date()}.",
             f"Le locataire demande une diminution de loyer de {d.amt()} par mois."),
         d.C(),
         d.c(f"{d.T(te)} témoigne que {d.il(te)} a avisé {d.T(lo)} par écrit à plusieurs reprises.",
             f"Selon {d.T(te)}, {d.nm(lo, 'g')} aurait refusé de faire les réparations."),
         f"Le Tribunal applique l'{d.law()}.",
         d.C(),
         d.c(f"Ordonnance : résiliation du bail et expulsion de {d.nm(te)} et de tous les occupants.",
             f"Le Tribunal accueille en partie la demande et condamne {d.T(lo)} à payer {d.amt()}."),
         f"Décision rendue le {d.date()}."]
    return L

def fr_formulaire(d):
    a, u = d.P(), d.P()
    L = [d.c("FORMULAIRE D'ACCUEIL (texte libre)", "Demande de services — accueil"),
         f"Nom : {d.nm(a, 's', d.c(None, 'u'))}", f"Prénom : {d.nm(a, 'g')}",
         f"Date de naissance : {d.dob(a)}", f"Adresse : {d.adr()}", f"Ville : {d.city()}   Code postal : {d.cp()}",
         f"Téléphone : {d.ph(a)}   Autre : {d.ph()}", f"Courriel : {d.em(a)}",
         d.c(f"NAS : {d.sin()}", f"No RAMQ : {d.ramq(a)}", f"Passeport : {d.pp()}", f"Permis de conduire : {d.lic(a)}"),
         d.maybe(f"Dépôt direct — transit {d.acct('t')}, institution {d.acct('i')}, compte {d.acct('a')}"),
         f"Personne à joindre en cas d'urgence : {d.nm(u)} ({d.c('conjoint' + d.e(u), 'ami' + d.e(u), 'voisin' + d.e(u))}) {d.ph(u)}",
         "Motif de la demande :",
         d.c(f"Je demande de l'aide pour payer mon loyer de {d.amt()}, je suis en arrêt de travail depuis le {d.date()}.",
             f"Besoin d'aide pour remplir mes papiers pour {d.org()}. Mon numéro de dossier est {d.file()}."),
         d.C(),
         f"Référé par : {d.c(d.org(), d.nm(d.P()))}",
         f"Reçu le {d.date()} par {d.nm(d.P(), 'i')}"]
    return L

def fr_inspection(d):
    i, pr, lo = d.P(), d.P(), d.P()
    L = [d.c("RAPPORT D'INSPECTION — salubrité", "Inspection municipale — plainte no ") + d.c('', d.file()),
         f"Date : {d.date()}    Inspect{'rice' if i.f else 'eur'} : {d.nm(i)}",
         f"Immeuble : {d.adr()}, {d.city()}", f"Propriétaire : {d.nm(pr)}, joint au {d.ph(pr)}",
         f"Occupant{d.e(lo)} : {d.T(lo, 'f')}", "",
         "Constats :",
         f"- {d.C()}", f"- {d.C()}", *d.extra(0, 6, lambda: f"- {d.C()}"),
         d.c(f"- Infraction à l'{d.law()}.", f"- Avis envoyé selon l'{d.law()}."),
         f"- Amende minimale possible : {d.amt()}.",
         d.c(f"{d.nm(lo, 'g')} affirme avoir avisé {d.T(pr)} le {d.date()}.",
             f"{d.T(pr)} s'engage à corriger la situation d'ici le {d.date()}."),
         d.c(f"Le trottoir {d.st('de')} est aussi endommagé.", d.C()),
         f"Réinspection prévue : {d.date()}.", f"{d.nm(i, 'i')} — {d.org()}"]
    return L

def fr_demande_acces(d):
    a, r = d.P(), d.P()
    L = [f"{d.city()}, le {d.date()}", "", f"{d.T(r, 'f')}", "Responsable de l'accès aux documents", f"{d.org()}", "",
         f"Objet : Demande d'accès — {d.law()}", "",
         f"{d.c('Madame, Monsieur,', 'Bonjour ' + d.T(r) + ',')}",
         d.c(f"Je soussigné{d.e(a)}, {d.nm(a)}, {d.dobp(a)} demeurant au {d.adr()}, {d.city()} {d.cp()}, demande copie de mon dossier.",
             f"Par la présente, moi, {d.nm(a, 'su')}, je demande tous les documents me concernant ({d.dobp(a)})."),
         d.c(f"Ceci inclut les notes de {d.T(d.P())} et le rapport du {d.date()}.", f"La référence de mon dossier est {d.file()}."),
         d.C(),
         f"Vous pouvez me joindre au {d.ph(a)} ou à {d.em(a)}.", "",
         "Veuillez agréer mes salutations distinguées,", d.nm(a), d.maybe(d.c(f"p.j. copie du permis de conduire {d.lic(a)}", f"p.j. copie de mon passeport ({d.pp()})"))]
    return [x for x in L if x is not None]

# --- French, second half (H)
def fr_note_infirmiere(d):
    p, n, md = d.P(), d.P(True), d.P()
    L = [d.c("Note d'évolution infirmière — soutien à domicile", "NOTE INFIRMIÈRE (SAD)"),
         f"Client{d.e(p)} : {d.nm(p, 'su')}   Carte santé : {d.ramq(p)}", f"DDN {d.dob(p)}   Tél. : {d.ph(p)}",
         f"{d.date()} {d.tm()} — visite au {d.adr(city=True)}", "",
         d.c(f"{d.T(p)} dit avoir mal dormi.", f"{d.nm(p, 'g')} accueille l'infirmière à la porte."),
         d.C(),
         f"Pansement refait. Médecin traitant : Dr{'e' if md.f else ''} {d.nm(md, 's')}, {d.org()}.",
         d.c(f"Médication livrée par la pharmacie ({d.org()}, {d.tf()}).", f"Pilulier préparé par sa fille {d.nm(d.P(True))}, {d.ph()}."),
         d.c(f"La voisine, {d.T(d.P(True), 'f')}, passe tous les jours.", d.C()),
         d.C(),
         *d.extra(0, 7, d.C, lambda: f"Signes vitaux stables. {d.nm(p, 'g')} demande des nouvelles de {d.nm(md, 's')}."),
         f"Prochaine visite : {d.date()}.", f"{d.nm(n)}, inf. clinicienne"]
    return L

def fr_courriel_rh(d):
    e, rh = d.P(), d.P()
    L = [f"De : {d.nm(e, 'r')} <{d.em(e)}>", f"À : {d.c('Paie', 'Service de la paie')} ({d.org()})",
         f"Cc : {d.nm(rh)} <{d.em(rh, 'w')}>", f"Date : {d.date()}", "Objet : changement de dépôt direct", "",
         "Bonjour,",
         d.c("Veuillez modifier mon compte pour le dépôt de ma paie.", "Je change d'institution financière, voici mes nouvelles informations."),
         f"Transit : {d.acct('t')}  Institution : {d.acct('i')}  Folio : {d.acct('a')}",
         d.c(f"NAS : {d.sin()}", f"Mon numéro d'employé{d.e(e)} reste le même ({d.file()})."),
         d.c(f"J'ai aussi déménagé : {d.adr()}, {d.cp()}.", f"Adresse inchangée ({d.street()})."),
         d.C(),
         d.c(f"Pour l'avance de {d.amt()}, voir avec {d.nm(rh, 'g')}.", f"Le remboursement des frais ({d.amt()}) peut attendre."),
         "Merci!", d.nm(e, 'g'), f"{d.ph(e)}"]
    return L

def fr_appel_caps(d):
    c, r = d.P(), d.P()
    R = d.c('RÉPARTITEUR', 'RÉP.', 'PRÉPOSÉ')
    L = [f"CENTRE D'APPELS — {d.c('LIGNE PRIORITAIRE', 'URGENCE', 'SÉCURITÉ CIVILE')}", f"APPEL DU {d.date()} À {d.tm()} — {d.file()}",
         f"{R} : {d.nm(r, 's', 'u')}",
         f"{d.ts()} {R} : QUELLE EST L'ADRESSE DE L'URGENCE?",
         f"{d.ts()} APPELANT : C'EST AU {d.adr(case='u')}, À {d.city('u')}.",
         f"{d.ts()} {R} : VOTRE NOM?",
         f"{d.ts()} APPELANT : {d.nm(c, 'f', 'u')}. MON NUMÉRO C'EST LE {d.ph(c)}.",
         f"{d.ts()} {R} : QUI EST BLESSÉ?",
         f"{d.ts()} APPELANT : MON VOISIN, {d.nm(d.P(False), 'f', 'u')}. IL EST NÉ EN {d.r.randint(1940, 1990)}, JE PENSE.",
         f"{d.ts()} {R} : {d.C()}",
         f"{d.ts()} APPELANT : OUI, {d.st('près de')}.",
         f"{d.ts()} {R} : RESTEZ EN LIGNE {d.ti(c, 'u')} {d.nm(c, 's', 'u')}.",
         f"NOTE : unité dépêchée; suivi par {d.nm(d.P(), 'i')}."]
    return L

def fr_signalement(d):
    s_, e, m, f_ = d.P(True), d.P(child=True), d.P(True), d.P(False)
    L = [d.c("SIGNALEMENT — réception et traitement", "Fiche de signalement DPJ"),
         f"Reçu le {d.date()} à {d.tm()}   No : {d.file()}",
         f"Signalante : {d.nm(s_)}, enseignante ({d.org()}) — {d.ph(s_)}",
         f"Enfant : {d.nm(e)}, né{d.e(e)} le {d.dob(e)}",
         f"Mère : {d.nm(m)}   Père : {d.nm(f_)}",
         f"Adresse familiale : {d.adr()}, {d.city()}, {d.cp()}", "",
         d.c(f"{d.nm(e, 'g')} arrive souvent sans lunch et dit que {d.nm(f_, 'g')} crie beaucoup.",
             f"Selon la signalante, {d.nm(e, 'g')} aurait une marque au bras."),
         d.C(),
         d.c(f"Mme {d.nm(m, 's')} a été jointe au {d.ph(m)}.", f"{d.nm(m, 'g')} n'a pas répondu; message laissé."),
         f"Motif retenu selon l'{d.law()}.", d.C(),
         *d.extra(0, 7, d.C, lambda: f"{d.nm(e, 'g')} a un frère, {d.nm(d.P(False), 'g')}, qui fréquente la même école.",
                  lambda: f"La grand-mère, {d.T(d.P(True), 'f')}, habite {d.st('sur')}."),
         f"Évaluation assignée à {d.nm(d.P())} ({d.region()})."]
    return L

def fr_cr_reunion(d):
    ps = [d.P() for _ in range(d.r.randint(3, 5))]
    ex = d.P()
    L = [f"Compte rendu — {d.c('comité de vigilance', 'équipe de proximité', 'table de concertation')} ({d.region()})",
         f"Date : {d.date()}, {d.tm()} — {d.c('en visioconférence', d.place())}",
         "Étaient présents : " + '; '.join(d.nm(p, d.c('f', 'r')) for p in ps),
         f"Excusé{d.e(ex)} : {d.T(ex, 'f')}", "",
         f"1. {d.C()}",
         f"2. Retour sur la rencontre avec {d.org()} du {d.date()}.",
         f"   {d.nm(ps[0], 'g')} rappelle que le budget de {d.amt()} est confirmé.",
         f"3. {d.C()}",
         f"4. Suivis : responsable : {d.nm(ps[1], 'i')}; échéance {d.date()}.",
         d.c(f"   {d.nm(ps[2], 'g')} communiquera avec {d.T(d.P())} au {d.ph()}.",
             f"   Prochaine rencontre chez {d.nm(ps[-1], 'g')} ({d.adr()})?"),
         f"Prochaine rencontre : {d.date()}."]
    return L

def fr_lettre_plainte(d):
    a, e = d.P(), d.P()
    L = [f"De : {d.em(a)}", f"Envoyé : {d.date()}", f"À : plaintes ({d.org()})",
         f"Objet : {d.c('plainte contre un employé', 'Insatisfaction service', 'URGENT - ma demande')}", "",
         d.c("Bonjour,", "Madame, Monsieur,", "bonjour"),
         d.c(f"Le {d.date()}, je me suis présenté{d.e(a)} au bureau de {d.city()} et l'agent{d.e(e)} {d.nm(e)} m'a mal parlé.",
             f"je veux porter plainte contre {d.T(e)} qui a refusé ma demande sans raison"),
         d.C(),
         d.c(f"On m'a demandé mon numéro de passeport ({d.pp()}) alors que j'avais déjà donné mon permis {d.lic(a)}.",
             f"J'ai même donné ma carte de crédit {d.card()} pour payer les {d.amt()}."),
         d.c(f"Mon dossier est le {d.file()} et ma date de naissance est le {d.dob(a)}.", f"Mon dossier : {d.file()}."),
         d.c(f"{d.nm(e, 'g')} m'a dit d'appeler le {d.tf()}, ce que j'ai fait.", d.C()),
         "", d.c("Merci de me répondre rapidement.", "J'attends votre réponse."),
         d.nm(a), d.c(f"{d.adr()}, {d.city()} {d.cp()}", f"{d.ph(a)}")]
    return L

def fr_rapport_police(d):
    sp, v, ag = d.P(), d.P(), d.P()
    L = [d.c("RAPPORT D'ÉVÉNEMENT", "Rapport complémentaire — patrouille"), f"Événement : {d.file()}   {d.date()} {d.tm()}",
         f"Endroit : {d.c(d.street(), d.place())}, {d.city()}", "",
         f"Suspect : {d.nm(sp, 'su')}, {d.dobp(sp)}",
         f"  Permis de conduire : {d.lic(sp)}   Adresse : {d.adr()}",
         f"Victime : {d.nm(v, 'r')}, tél. {d.ph(v)}", "",
         d.c(f"À notre arrivée, {d.T(v)} était assis{d.e(v)} dans son véhicule.", f"{d.nm(v, 'g')} nous dit que {d.nm(sp, 'g')} l'a suivi{d.e(v)} depuis le stationnement {d.place('de')}."),
         d.C(),
         d.c(f"{d.T(sp)} a été rencontré{d.e(sp)} et libéré{d.e(sp)} sur promesse de comparaître le {d.date()}.",
             f"Constat d'infraction remis en vertu de l'{d.law()} ({d.amt()})."),
         f"Agent{d.e(ag)} : {d.nm(ag)}, matricule {d.r.randint(1000, 9999)}"]
    return L

def fr_teams(d):
    a, b, x = d.P(), d.P(), d.P()
    L = []
    for who, msg in [(a, f"allo, qqn a le num de {d.nm(x, 'g', 'l')} {d.nm(x, 's', 'l')}?"),
                     (b, f"{d.ph(x)} c ds le dossier {d.file()}"),
                     (a, f"merci! {d.il(x)} demeure où mtn? {d.il(x)} a pas donné d'adresse à {d.org()}"),
                     (b, d.c(f"{d.adr(case='l')} selon la dernière note", f"chez sa tante {d.nm(d.P(True), 'g', 'l')} à {d.city()}")),
                     (a, d.c(f"ok. {d.il(x)} est né{d.e(x)} le {d.dob(x)} right?", f"{d.il(x)} a {d.r.randint(20, 70)} ans je pense")),
                     (b, d.C()),
                     *[(d.c(a, b), d.C()) for _ in range(d.r.randint(0, 5))],
                     (a, f"parfait, je l'appelle avant le rdv du {d.date(False)}")]:
        L.append(f"{d.nm(who, d.c('f', 'f', 'i'))}  {d.hm()}")
        L.append(msg)
    return L

def fr_decision(d):
    dm, av, mb = d.P(), d.P(), d.P()
    L = [f"{d.org()}", f"Dossier : {d.file()}", f"Date : {d.date()}", f"Membre : {d.nm(mb)}", "",
         f"{d.nm(dm, 'su')}", "Partie demanderesse", "c.", f"{d.org()}", "Organisme", "",
         "DÉCISION",
         d.c(f"[1] Le {d.date()}, {d.T(dm)} demande à l'organisme l'accès à son dossier.",
             f"[1] La demanderesse, {d.T(dm)}, conteste un refus partiel."),
         f"[2] L'organisme invoque l'{d.law()}.",
         f"[3] {d.C()}",
         f"[4] Me {d.nm(av)}, pour l'organisme, soutient que les notes de {d.T(d.P())} sont des avis.",
         f"[5] {d.C()}",
         *[f"[5.{i}] {d.C()}" for i in range(1, d.r.randint(1, 8))],
         d.c(f"[6] La Commission ordonne de communiquer les documents à {d.T(dm)}.", f"[6] La demande est rejetée."),
         f"{d.nm(mb)}"]
    return L

def fr_aide_sociale(d):
    p, c, ag = d.P(), d.P(), d.P()
    L = [d.c("Dossier d'aide financière de dernier recours — note", "AIDE SOCIALE — note au dossier"),
         f"Prestataire : {d.nm(p, 'r')}  NAS {d.sin()}", f"Conjoint{d.e(c)} : {d.nm(c)} ({d.dobp(c)})",
         f"Adresse déclarée : {d.adr()} {d.cp()}", "",
         d.c(f"{d.T(p)} déclare un revenu de {d.amt()} pour le mois.", f"Revenus de travail non déclarés : {d.amt()}."),
         f"Dépôt direct : compte {d.acct('all')}.",
         d.C(),
         d.c(f"Application de l'{d.law()}.", f"Réclamation de {d.amt()} selon l'{d.law()}."),
         d.c(f"{d.nm(p, 'g')} dit que {d.nm(c, 'g')} habite chez sa mère à {d.city()}.", d.C()),
         f"Prochain contact : {d.date()}.", f"— {d.nm(ag, 'i')}, {d.job().lower()}"]
    return L

def fr_permis(d):
    p = d.P()
    L = ["Demande de remplacement de permis — notes du préposé",
         f"Client{d.e(p)} : {d.nm(p)}", f"No de permis : {d.lic(p)}",
         f"Pièce d'identité : passeport {d.pp()} (exp. {d.date()})", f"Date de naissance : {d.dob(p)}",
         f"Adresse : {d.adr(city=True)}, {d.cp()}", "",
         d.c(f"Permis perdu {d.place('à')} le {d.date()}.", f"Permis volé; rapport de police {d.file()}."),
         f"Frais payés : {d.amt()} par carte {d.card()}." if d.r.random() < 0.6 else f"Frais payés : {d.amt()} comptant.",
         d.C(),
         d.c(f"Photo reprise. {d.nm(p, 'g')} sera joint{d.e(p)} au {d.ph(p)}.", f"Courriel de confirmation à {d.em(p)}."),
         f"Renseignements : {d.tf()}"]
    return L

def fr_suivi_probation(d):
    p, ag, v = d.P(), d.P(), d.P()
    L = [f"SUIVI PROBATOIRE — {d.region()}", f"Contrevenant{d.e(p)} : {d.nm(p, 'su')} (DDN {d.dob(p)})",
         f"Agent{d.e(ag)} de probation : {d.nm(ag)}", f"Date : {d.date()}", "",
         d.c(f"Rencontre au bureau de {d.city()}.", f"Rencontre téléphonique ({d.ph(p)})."),
         f"Conditions rappelées : ne pas se trouver {d.st('sur')} ni {d.place('à')}.",
         f"Ne pas communiquer avec {d.nm(v)} ni avec {d.nm(d.P(), 'g')}.",
         d.C(), d.C(),
         d.c(f"{d.nm(p, 'g')} travaille maintenant chez {d.org()}.", f"{d.T(p)} dit vivre chez un ami, au {d.adr()}."),
         f"Prochain rendez-vous : {d.date()}.", f"{d.nm(ag, 'i')}"]
    return L

def fr_vocal_citoyen(d):
    a, b = d.P(), d.P(False)
    L = [f"Messagerie — {d.org()}", f"Reçu : {d.date()} {d.tm()}   De : {d.phi() if d.r.random() < 0.4 else d.ph(a)}", "",
         d.c(f"« oui euh bonjour c'est {d.nm(a, 'f')}", f"« bonjour, {d.nm(a, 'g', 'l')} à l'appareil"),
         d.c(f"j'appelle de l'extérieur du pays, je suis chez mon frère {d.nm(b, 'g')}",
             f"je suis le voisin de {d.T(b)} {d.st('sur')}"),
         d.c(f"vous pouvez me rejoindre au {d.phi()} ou au {d.ph(a)} quand je reviens",
             f"mon numéro c'est le {d.ph(a)}, pas l'ancien"),
         d.c(f"c'est pour mon dossier, né{d.e(a)} le {d.dob(a)}", f"c'est au sujet de la facture de {d.amt()}"),
         "merci, au revoir »", "", d.C(), f"Rappel : {d.nm(d.P(), 'i')}, {d.date()}"]
    return L

# --- English, first half (W)
def en_casenote(d):
    u, w, s = d.P(), d.P(), d.P()
    L = [d.c("CASE NOTE", "Progress note — community services", f"Case note — {d.org()}"),
         f"Client: {d.nm(u, 'r')}   {d.dobp(u)}", f"File: {d.file()}   Health card: {d.ramq(u) if d.r.random() < 0.7 else d.ohip()}",
         f"Worker: {d.nm(w)}   Date: {d.date()}", d.maybe(f"ID checked: passport {d.pp()}", 0.3), "",
         d.c(f"Home visit at {d.adr(city=True)} ({d.cp()}).", f"Met {d.nm(u, 'g')} at the {d.place()}."),
         d.c(f"{d.T(u)} reports that {d.his(u)} landlord is asking for {d.amt()}.", f"{d.nm(u, 'g')} says the rent went up on {d.date()}."),
         d.C(),
         d.c(f"{d.nm(s, 'g')}, {d.nm(u, 'g')}'s sister, can be reached at {d.ph(s)}.", f"Emergency contact: {d.nm(s)} at {d.ph(s)}."),
         d.C(),
         d.c(f"Referred to {d.org()} (toll free {d.tf()}).", f"Information given under {d.law()}."),
         f"Next visit: {d.date()} at {d.tm()}.", f"— {d.nm(w, 'i')}, {d.job().lower()}"]
    return L[:-2] + d.extra(0, 8, d.C, lambda: f"{d.nm(u, 'g')} asked whether {d.nm(s, 'g')} could attend next time.",
                            lambda: f"Left a message for {d.T(d.P())} at {d.ph()}.") + L[-2:]

def en_email(d):
    a, b, x = d.P(), d.P(), d.P()
    L = [f"From: {d.nm(a)} <{d.em(a, 'w')}>", f"Sent: {d.date()} {d.tm()}", f"To: {d.nm(b)} <{d.em(b, 'w')}>",
         d.maybe(f"Cc: {d.nm(d.P(), 'r')}"), f"Subject: {d.c('Follow-up', 'Re: tenant complaint', 'Callback needed')} - {d.file()}", "",
         f"Hi {d.nm(b, 'g')},",
         d.c(f"{d.T(x)} called again this morning about {d.his(x)} application.", f"I spoke with {d.nm(x)} yesterday."),
         d.c(f"{d.il(x).capitalize()} now lives at {d.adr()}, {d.city()} {d.cp()}.", f"New address on file: {d.adr(city=True)}."),
         d.c(f"Best number is {d.ph(x)}; email {d.em(x)}.", f"Please call {d.nm(x, 'g')} back at {d.ph(x)}."),
         d.C(),
         d.c(f"The amount owing is {d.amt()} as of {d.date()}.", f"The hearing is set for {d.date()}."),
         "", d.c("Thanks,", "Best,", "Regards,"), d.nm(a), d.job(), d.org(), f"Tel. {d.ph(a)} ext. {d.r.randint(100, 9999)}"]
    return L

def en_email_thread(d):
    a, b, x = d.P(), d.P(), d.P()
    L = [f"Subject: RE: {d.c('inspection', 'unit repairs', 'your request')}", "",
         d.c(f"Thanks {d.nm(a, 'g')}, noted.", f"Hello {d.T(a)},", f"ok {d.nm(a, 'g', 'l')} will do"),
         d.c(f"I'll call {d.nm(x, 'g')} at {d.ph(x)} before noon.", f"I forwarded this to {d.nm(x)} ({d.em(x)})."),
         d.C(), "", d.nm(b), d.org(), "",
         d.c(f"On {d.date()} at {d.tm()}, {d.nm(a)} <{d.em(a, 'w')}> wrote:", f"On {d.date()}, {d.nm(a)} wrote:"),
         f"> Hi {d.nm(b, 'g')},",
         d.c(f"> The visit at {d.T(x)}'s place ({d.adr()}) is moved to {d.date()}.",
             f"> {d.nm(x)} ({d.dobp(x)}) cancelled {d.his(x)} appointment."),
         f"> {d.C()}", f"> Ref. {d.file()}", f"> {d.nm(a, 'g')}"]
    return L

def en_call(d):
    a, b = d.P(), d.P()
    A = d.c('AGENT', d.nm(a, 'g', 'u'), 'OPERATOR')
    B = d.c('CALLER', d.T(b, 's', 'u'))
    L = [f"Call transcript — line {d.tf()}", f"Date: {d.date()}   Ref: {d.file()}",
         f"{d.ts()} {A}: {d.org()}, this is {d.nm(a, 'g')}, how can I help?",
         f"{d.ts()} {B}: Hi, my name is {d.nm(b)}, I'm calling about my file.",
         f"{d.ts()} {A}: Can you confirm your date of birth?",
         f"{d.ts()} {B}: {d.dob(b)}.",
         d.c(f"{d.ts()} {A}: And your social insurance number?\n{d.ts()} {B}: It's {d.sin()}.",
             f"{d.ts()} {A}: Your health card number?\n{d.ts()} {B}: {d.ramq(b)}.",
             f"{d.ts()} {A}: For the refund, which account?\n{d.ts()} {B}: Transit {d.acct('t')}, bank {d.acct('i')}, account {d.acct('a')}."),
         f"{d.ts()} {A}: Are you still at {d.adr()}?",
         d.c(f"{d.ts()} {B}: No, I moved to {d.adr()} in {d.city()}, {d.cp()}.", f"{d.ts()} {B}: Yes, near {d.street()}."),
         f"{d.ts()} {A}: {d.C()}",
         f"{d.ts()} {B}: You can call me back at {d.ph(b)} or email {d.em(b)}.",
         f"{d.ts()} {A}: Thank you {d.T(b)}.", "[call ended]"]
    return L

def en_minutes(d):
    ps = [d.P() for _ in range(d.r.randint(4, 6))]
    L = [f"MINUTES of the regular meeting of the board of {d.org()}",
         f"held on {d.date()} at {d.tm()}, {d.place()}, {d.city()}.", "",
         "Present: " + ', '.join(d.c(d.T(p, 'f'), d.nm(p)) for p in ps[:-1]), f"Regrets: {d.nm(ps[-1])}", "",
         f"1. Call to order by the chair, {d.T(ps[0])}.",
         f"2. {d.C()}",
         f"3. Moved by {d.nm(ps[1])}, seconded by {d.nm(ps[2])}, that the budget of {d.amt()} be adopted. Carried.",
         f"4. {d.T(ps[3])} presented the report of {d.org()}. {d.C()}",
         f"5. Resolution {d.file()}: moved by {d.T(ps[2])}, seconded by {d.nm(ps[1], 'g')}, to meet again on {d.date()}.",
         *d.extra(0, 8, lambda: f"   {d.C()}", lambda: f"   Question from {d.T(d.P())} about snow removal {d.st('on')}.",
                  lambda: f"   {d.nm(ps[d.r.randrange(len(ps))], 'g')} reminded members of the {d.date()} deadline."),
         f"6. Adjourned at {d.tm()}.", "", f"{d.nm(ps[0])}, Chair      {d.nm(ps[-2])}, Secretary"]
    return L

def en_complaint(d):
    a, b = d.P(), d.P()
    L = ["COMPLAINT — online form", f"Received {d.date()} — #{d.file()}", ""]
    t = [d.c(f"hi my name is {d.nm(a, 'f', 'l')} i live at {d.adr(case='l')}", f"Hello I'm {d.nm(a)} from {d.adr()} {d.cp('l')}"),
         d.c(f"and my neighbour {d.nm(b, 'f', 'l')} plays music every night until 3am",
             f"the super {d.nm(b, 'g', 'l')} keeps coming in without notice"),
         d.c(f"i called {d.tf()} three times and nobody calls back", f"i talked to {d.T(d.P(), 's', 'l')} at the office"),
         d.C(),
         d.c(f"i paid {d.amt()} for nothing", f"this has been going on since {d.date()}",
             f"they charged my visa {d.card()} twice for {d.amt()}"),
         d.c(f"call me at {d.ph(a)} or {d.em(a)}", f"my cell is {d.ph(a)}"),
         d.c(f"it's on {d.street()} near {d.place()}", f"i know my rights under {d.law()}"),
         "please do something"]
    if d.r.random() < 0.5:
        return L + [' '.join(t[:4]), ' '.join(t[4:])] + ["", d.C(), "Status: open"]
    return L + t

def en_incident(d):
    a, b, w = d.P(), d.P(), d.P()
    L = [d.c("INCIDENT REPORT", "Occurrence report"), f"No: {d.file()}   Date: {d.date()}   Time: {d.tm()}",
         f"Location: {d.place()}, {d.city()} ({d.region()})", "", "Persons involved:",
         f"  1) {d.nm(a, 'su')}, {d.dobp(a)}, tel. {d.ph(a)}", f"  2) {d.nm(b, 'r')}, staff member at {d.org()}", "",
         d.c(f"{d.T(a)} slipped at the {d.street()} entrance. {d.nm(b, 'g')} helped {'her' if a.f else 'him'} up.",
             f"Verbal altercation between {d.nm(a)} and {d.nm(b)} at the front desk."),
         d.C(), d.C(),
         d.c(f"Damage estimated at {d.amt()}.", f"Witness: {d.nm(d.P())}, {d.ph()}."),
         f"Written by: {d.nm(w)}   Signed: {d.nm(w, 'i')}"]
    return L

def en_chat(d):
    a, b, x = d.P(), d.P(), d.P()
    A, B = d.nm(a, 'g', 'l'), d.nm(b, 'i', 'l')
    s = lambda: '\x04'
    L = [f"--- internal chat {d.date()} ---",
         f"[{s()}] {A}: hey did u see {d.nm(x, 's', 'l')}'s file?",
         f"[{s()}] {B}: yeah {d.nm(x, 'g', 'l')} called this am, wants an appt",
         f"[{s()}] {A}: still at {d.adr(case='l')}?",
         f"[{s()}] {B}: nope moved to {d.city()}, new # {d.ph(x)}",
         f"[{s()}] {A}: {d.C()}",
         d.c(f"[{s()}] {B}: sin is {d.sin()} i put it in the note", f"[{s()}] {B}: dob {d.dob(x)} fyi"),
         f"[{s()}] {A}: ok ty, checking w {d.nm(d.P(), 'g', 'l')}",
         f"[{s()}] {B}: see letter from {d.date()} ref {d.file()}", f"[{s()}] {A}: 👍"]
    return d.clk(L[:6] + d.extra(0, 10, lambda: f"[{s()}] {d.c(A, B)}: {d.C()}",
                           lambda: f"[{s()}] {B}: {d.c('k', 'np', 'will do', 'lol ok')}",
                           lambda: f"[{s()}] {A}: did {d.nm(x, 'g', 'l')} send the lease? it was due {d.date(False)}") + L[6:])

def en_intake(d):
    a, u = d.P(), d.P()
    L = [d.c("INTAKE FORM (free text)", "Request for services — intake"),
         f"Last name: {d.nm(a, 's', d.c(None, 'u'))}", f"First name: {d.nm(a, 'g')}", f"Date of birth: {d.dob(a)}",
         f"Address: {d.adr()}", f"City: {d.city()}   Postal code: {d.cp()}", f"Phone: {d.ph(a)}   Other: {d.ph()}",
         f"Email: {d.em(a)}", d.c(f"SIN: {d.sin()}", f"Health card: {d.ramq(a)}", f"Passport: {d.pp()}", f"Driver's licence: {d.lic(a)}"),
         d.maybe(f"Bank (direct deposit): {d.acct('all')}"),
         f"Emergency contact: {d.nm(u)} ({d.c('partner', 'friend', 'neighbour')}) {d.ph(u)}", "Reason:",
         d.c(f"I need help paying my rent of {d.amt()}, off work since {d.date()}.", f"Help with forms for {d.org()}, file {d.file()}."),
         d.C(), f"Received {d.date()} by {d.nm(d.P(), 'i')}"]
    return L

# --- English, second half (H)
def en_voicemail(d):
    a, b = d.P(), d.P()
    L = [d.c(f"Voicemail received {d.date()} at {d.tm()}", f"Mailbox of {d.nm(a)} — {d.date()}"), f"Caller ID: {d.ph(b)}", "",
         d.c(f"\"yeah hi it's {d.nm(b, 'f', 'l')} um", f"\"hi {d.nm(a, 'g')}, it's {d.nm(b, 'g')}"),
         d.c("calling about the paper you asked for", "it's about my appointment next week"),
         d.c(f"my date of birth is {d.dob(b)}", f"my health card is {d.ramq(b)}"),
         d.c(f"i moved, it's {d.adr(case='l')} now", f"i'm at {d.adr()} in {d.city()}"),
         d.c(f"call me at {d.ph(b)} or my sister {d.nm(d.P(True), 'g', 'l')} at {d.ph()}", f"or try {d.phi()}, i'm away"),
         "thanks bye\"", "", f"Handled by: {d.nm(d.P(), 'i')}", d.C()]
    if d.r.random() < 0.3:
        return [L[0], L[1], L[3], L[7], L[8]]
    return L

def en_hearing(d):
    ll, tn, j = d.P(), d.P(), d.P()
    L = [f"{d.org()} — hearing summary", f"File: {d.file()}   Hearing date: {d.date()}",
         f"Landlord: {d.nm(ll)}   Tenant: {d.nm(tn)}", f"Before: administrative judge {d.nm(j)}", "",
         f"The dwelling is located at {d.adr(city=True)}.",
         d.c(f"The landlord claims {d.amt()} in unpaid rent since {d.date()}.", f"The tenant asks for a rent reduction of {d.amt()}."),
         d.C(),
         d.c(f"{d.T(tn)} testified that {d.il(tn)} notified {d.T(ll)} in writing.", f"{d.nm(ll, 'g')} denies receiving the notice."),
         f"The Tribunal applies {d.law()}.", d.C(),
         *d.extra(0, 7, d.C, lambda: f"{d.T(tn)} filed photos taken on {d.date()}.",
                  lambda: f"The witness, {d.nm(d.P())}, lives {d.st('on')}."),
         d.c(f"The lease is resiliated and {d.nm(tn)} must vacate by {d.date()}.", f"{d.T(ll)} is ordered to pay {d.amt()}."),
         f"Decision rendered on {d.date()}."]
    return L

def en_inspection(d):
    i, ow, oc = d.P(), d.P(), d.P()
    L = [d.c("INSPECTION REPORT — housing", "Municipal inspection — complaint ") + d.c('', d.file()),
         f"Date: {d.date()}   Inspector: {d.nm(i)}", f"Building: {d.adr()}, {d.city()}",
         f"Owner: {d.nm(ow)}, reached at {d.ph(ow)}", f"Occupant: {d.T(oc, 'f')}", "", "Findings:",
         f"- {d.C()}", f"- {d.C()}", *d.extra(0, 6, lambda: f"- {d.C()}"), f"- Breach of {d.law()}.", f"- Minimum fine: {d.amt()}.",
         d.c(f"{d.nm(oc, 'g')} says {d.il(oc)} told {d.T(ow)} on {d.date()}.", f"{d.T(ow)} will fix it by {d.date()}."),
         f"Re-inspection: {d.date()}.", f"{d.nm(i, 'i')} — {d.org()}"]
    return L

def en_hr_email(d):
    e, hr = d.P(), d.P()
    L = [f"From: {d.nm(e, 'r')} <{d.em(e)}>", f"To: Payroll ({d.org()})", f"Cc: {d.nm(hr)} <{d.em(hr, 'w')}>",
         f"Date: {d.date()}", "Subject: direct deposit change", "", "Hello,",
         "Please update my account for payroll deposits.",
         d.c(f"Transit {d.acct('t')}, institution {d.acct('i')}, account {d.acct('a')}", f"Account: {d.acct('all')}"),
         d.c(f"SIN: {d.sin()}", f"Employee no. {d.file()} (unchanged)"),
         d.c(f"I also moved: {d.adr()}, {d.cp()}.", f"Same address as before ({d.street()})."),
         d.C(), d.c(f"For the {d.amt()} advance, please check with {d.nm(hr, 'g')}.", d.C()),
         "Thanks!", d.nm(e, 'g'), d.ph(e)]
    return L

def en_nurse_note(d):
    p, n, md = d.P(), d.P(True), d.P()
    L = [d.c("Nursing progress note — home care", "NURSING NOTE"),
         f"Patient: {d.nm(p, 'su')}   Health card: {d.c(d.ramq(p), d.ohip())}", f"DOB {d.dob(p)}   Tel: {d.ph(p)}",
         f"{d.date()} {d.tm()} — visit at {d.adr(city=True)}", "",
         d.c(f"{d.T(p)} reports poor sleep.", f"{d.nm(p, 'g')} met the nurse at the door."), d.C(),
         f"Dressing changed. Attending physician: Dr. {d.nm(md, 's')}, {d.org()}.",
         d.c(f"Meds from {d.org()} ({d.tf()}).", f"Pill organizer prepared by daughter {d.nm(d.P(True))}, {d.ph()}."),
         d.C(), f"Next visit: {d.date()}.", f"{d.nm(n)}, RN"]
    return L

def en_board_minutes(d):
    ps = [d.P() for _ in range(d.r.randint(3, 5))]
    ab = d.P()
    L = [f"Meeting notes — {d.c('residents committee', 'outreach team', 'advisory table')} ({d.region()})",
         f"Date: {d.date()}, {d.tm()} — {d.c('by videoconference', d.place())}",
         "Attendees: " + '; '.join(d.nm(p, d.c('f', 'r')) for p in ps), f"Absent: {d.T(ab, 'f')}", "",
         f"1. {d.C()}", f"2. Debrief of the meeting with {d.org()} on {d.date()}.",
         f"   {d.nm(ps[0], 'g')} confirmed the {d.amt()} budget.", f"3. {d.C()}",
         f"4. Action: {d.nm(ps[1], 'i')} by {d.date()}.",
         d.c(f"   {d.nm(ps[2], 'g')} will contact {d.T(d.P())} at {d.ph()}.", f"   Next time at {d.nm(ps[-1], 'g')}'s place ({d.adr()})."),
         f"Next meeting: {d.date()}."]
    return L

def en_complaint_email(d):
    a, e = d.P(), d.P()
    L = [f"From: {d.em(a)}", f"Sent: {d.date()}", f"To: complaints ({d.org()})",
         f"Subject: {d.c('complaint about staff', 'Poor service', 'URGENT my request')}", "",
         d.c("Hello,", "To whom it may concern,", "hi"),
         d.c(f"On {d.date()} I went to the {d.city()} office and agent {d.nm(e)} was rude to me.", f"i want to complain about {d.T(e)} who refused my request"),
         d.C(),
         d.c(f"They asked for my passport ({d.pp()}) although I had shown my licence {d.lic(a)}.",
             f"I even gave my credit card {d.card()} to pay the {d.amt()}."),
         d.c(f"My file is {d.file()} and my date of birth is {d.dob(a)}.", f"My file: {d.file()}."),
         d.c(f"{d.nm(e, 'g')} told me to call {d.tf()}, which I did.", d.C()),
         "", "Please reply quickly.", d.nm(a), d.c(f"{d.adr()}, {d.city()} {d.cp()}", d.ph(a))]
    return L

def en_security_log(d):
    g, v, s = d.P(), d.P(), d.P()
    L = [f"SECURITY LOG — {d.org()}", f"Shift of {d.date()}   Guard: {d.nm(g, 'su')}", "",
         f"{d.tm()}  Rounds completed, {d.place()} side. {d.C()}",
         f"{d.tm()}  Visitor {d.nm(v)} signed in, ID shown: passport {d.pp()}.",
         f"{d.tm()}  {d.T(v)} asked for {d.T(s, 'f')} in room {d.r.randint(100, 450)}.",
         d.c(f"{d.tm()}  Complaint from {d.nm(s, 'g')} about a car parked on {d.street()}.", f"{d.tm()}  {d.C()}"),
         f"{d.tm()}  Incident {d.file()} opened; {d.nm(v, 'g')} left at {d.tm()}.",
         f"{d.tm()}  Called {d.nm(d.P())} at {d.ph()} (on-call).",
         *d.extra(0, 9, lambda: f"{d.tm()}  {d.C()}", lambda: f"{d.tm()}  Rounds, {d.place()}. Nothing to report.",
                  lambda: f"{d.tm()}  {d.nm(v, 'g')} came back for {d.his(v)} keys."),
         f"End of shift. {d.nm(g, 'i')}"]
    return L

def en_benefit_file(d):
    p, c, ag = d.P(), d.P(), d.P()
    L = [d.c("Last-resort financial assistance — file note", "BENEFIT FILE — note"),
         f"Recipient: {d.nm(p, 'r')}   SIN {d.sin()}", f"Spouse: {d.nm(c)} ({d.dobp(c)})",
         f"Declared address: {d.adr()} {d.cp()}", "",
         d.c(f"{d.T(p)} reports income of {d.amt()} this month.", f"Undeclared earnings: {d.amt()}."),
         f"Direct deposit: account {d.acct('all')}.", d.C(),
         d.c(f"Applying {d.law()}.", f"Overpayment of {d.amt()} under {d.law()}."),
         d.c(f"{d.nm(p, 'g')} says {d.nm(c, 'g')} lives with {'her' if c.f else 'his'} mother in {d.city()}.", d.C()),
         f"Credit card on file: {d.card()}." if d.r.random() < 0.4 else d.C(),
         f"Next contact: {d.date()}.", f"— {d.nm(ag, 'i')}, {d.job().lower()}"]
    return L

FR_FAMS = [fr_note_ts, fr_courriel, fr_courriel_reponse, fr_appel, fr_messagerie, fr_pv, fr_plainte, fr_incident,
           fr_clavardage, fr_tribunal, fr_formulaire, fr_inspection, fr_demande_acces,
           fr_note_infirmiere, fr_courriel_rh, fr_appel_caps, fr_signalement, fr_cr_reunion, fr_lettre_plainte,
           fr_rapport_police, fr_teams, fr_decision, fr_aide_sociale, fr_permis, fr_suivi_probation, fr_vocal_citoyen]
EN_FAMS = [en_casenote, en_email, en_email_thread, en_call, en_minutes, en_complaint, en_incident, en_chat, en_intake,
           en_voicemail, en_hearing, en_inspection, en_hr_email, en_nurse_note, en_board_minutes, en_complaint_email,
           en_security_log, en_benefit_file]
FAMS = (halves(FR_FAMS), halves(EN_FAMS))   # FAMS[lang][half]

TAGRE = re.compile('\x01(pii|decoy|content):([A-Z]+)\x02([^\x01\x02\x03]*)\x03')

def render(marked):
    out, spans, pos, nb = [], [], 0, 0
    for m in TAGRE.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre); nb += len(pre.encode())
        v = m.group(3)
        b = len(v.encode())
        spans.append({'kind': m.group(1), 'type': m.group(2), 'start': nb, 'end': nb + b, '_v': v})
        out.append(v); nb += b
        pos = m.end()
    out.append(marked[pos:])
    text = ''.join(out)
    if any(ch in text for ch in '\x01\x02\x03'):
        raise ValueError('unbalanced tag: %r' % text)
    return text, spans

def generate(half, count, seed):
    h = 0 if half == 'W' else 1
    for i in range(1, count + 1):
        r = random.Random('indep5/%s/%d/%d' % (half, seed, i))
        lang = 'fr' if r.random() < 0.6 else 'en'
        fam = r.choice(FAMS[0 if lang == 'fr' else 1][h])
        d = Doc(h, lang, r)
        lines = []
        for x in fam(d):
            if x is not None and not (x == '' and lines and lines[-1] == ''):
                lines.append(x)
        while lines and lines[-1] == '': lines.pop()
        text, spans = render(re.sub('(\\.\x03)\\.', '\\1', '\n'.join(lines)))
        yield {'id': 'indep5-%05d' % i, 'lang': lang, 'family': fam.__name__, 'text': text, 'spans': spans}

def public(doc):
    return {'id': doc['id'], 'lang': doc['lang'], 'family': doc['family'], 'text': doc['text'],
            'spans': [{k: s[k] for k in ('kind', 'type', 'start', 'end')} for s in doc['spans']]}

def dump(docs, fh):
    for doc in docs:
        fh.write(json.dumps(public(doc), ensure_ascii=False) + '\n')

def check():
    from collections import Counter
    errs = []
    # disjointness of halves
    for name, (a, b) in POOLS.items():
        if set(a) & set(b): errs.append('pool %s overlaps: %s' % (name, set(a) & set(b)))
        if len(set(a + b)) != len(a + b): errs.append('pool %s has duplicates' % name)
    names = [set(g[0] for g in GIV[h]) | set(x for v in SURG[h].values() for x in v) for h in (0, 1)]
    if names[0] & names[1]: errs.append('names overlap between halves: %s' % sorted(names[0] & names[1]))
    allg = [g[0] for h in (0, 1) for g in GIV[h]]
    alls = [x for h in (0, 1) for v in SURG[h].values() for x in v]
    if len(set(allg)) != len(allg): errs.append('duplicate given names: %s' % [x for x, n in Counter(allg).items() if n > 1])
    if len(set(alls)) != len(alls): errs.append('duplicate surnames: %s' % [x for x, n in Counter(alls).items() if n > 1])
    global TOKS
    TOKS = [set(t.lower() for n in names[h] for t in n.split()) for h in (0, 1)]
    for h in (0, 1):   # no org/place/street of one half mentions a person name of the other half
        for pool in ('org_fr', 'org_en', 'place_fr', 'place_en', 'street_fr', 'street_en', 'city'):
            for item in POOLS[pool][h]:
                for w in re.split(r"[ ,]+", item):
                    if w in names[1 - h]: errs.append('%s item %r uses other-half name %r' % (pool, item, w))
    fams = [set(f.__name__ for f in FAMS[0][h] + FAMS[1][h]) for h in (0, 1)]
    if fams[0] & fams[1]: errs.append('families overlap')
    print('given names %d, surnames %d (word-like surnames %d = %.1f%%), families %d+%d' % (
        len(allg), len(alls), len(WORDSUR[0] | WORDSUR[1]), 100 * len(WORDSUR[0] | WORDSUR[1]) / len(alls),
        len(fams[0]), len(fams[1])))
    for half, seed in (('W', 11), ('H', 22)):
        docs = list(generate(half, 300, seed))
        per, langs, famc, nl = Counter(), Counter(), Counter(), []
        blob = ''.join(json.dumps(public(x), ensure_ascii=False) + '\n' for x in docs).encode()
        for doc in docs:
            b = doc['text'].encode()
            langs[doc['lang']] += 1; famc[doc['family']] += 1
            n = doc['text'].count('\n') + 1
            nl.append(n)
            if not 5 <= n <= 30: errs.append('%s %s: %d lines' % (half, doc['id'], n))
            last = -1
            for s in sorted(doc['spans'], key=lambda s: s['start']):
                seg = b[s['start']:s['end']]
                if seg.decode('utf-8') != s['_v']: errs.append('%s %s: offset mismatch %r' % (half, doc['id'], s))
                if s['start'] < last: errs.append('%s %s: overlap at %d' % (half, doc['id'], s['start']))
                if s['end'] <= s['start']: errs.append('%s %s: empty span %r' % (half, doc['id'], s))
                if s['_v'] != s['_v'].strip(): errs.append('%s %s: untrimmed %r' % (half, doc['id'], s['_v']))
                if s['type'] == 'SIN' or s['type'] == 'CARD':
                    if not luhn_ok(s['_v']): errs.append('%s %s: Luhn fails %r' % (half, doc['id'], s['_v']))
                if s['type'] == 'PERSON':
                    own = TOKS[0 if half == 'W' else 1]
                    bad = [t for t in re.split(r"[ ,]+", s['_v'].lower()) if len(t.rstrip('.')) > 1 and t not in own]
                    if bad: errs.append('%s %s: person token not in own half %r' % (half, doc['id'], s['_v']))
                last = s['end']
                per[(s['kind'], s['type'])] += 1
        print('%s %d %d: sha256 %s  lang %s  families %d  lines %d-%d (mean %.1f)' % (
            half, 300, seed, hashlib.sha256(blob).hexdigest(), dict(langs), len(famc), min(nl), max(nl), sum(nl) / len(nl)))
        for kind in ('pii', 'decoy', 'content'):
            print('  %-7s ' % kind + '  '.join('%s=%d' % (t, n) for (k, t), n in sorted(per.items()) if k == kind))
    for e in errs[:40]:
        print('ERROR', e)
    print('check: %s (%d errors)' % ('OK' if not errs else 'FAILED', len(errs)))
    return not errs

def main(argv):
    if argv[1:2] == ['--check']:
        sys.exit(0 if check() else 1)
    if len(argv) != 4 or argv[1] not in ('W', 'H'):
        sys.exit(__doc__)
    dump(generate(argv[1], int(argv[2]), int(argv[3])), sys.stdout)


if __name__ == '__main__':
    main(sys.argv)
