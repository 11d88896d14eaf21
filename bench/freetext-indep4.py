#!/usr/bin/env python3
"""freetext-indep4.py — independent generator of synthetic, labelled free-text
records (Québec public-body style, ~60 % French / 40 % English), used as
held-out evaluation data for caviar's redaction tool.

Written by a helper session that read ONLY bench/freetext-score.py (to match
its input format); it did not read the redaction rules, the tests or any
other bench/freetext-*.py generator.  All name lists, organisation/place/
street lists and sentence templates below were written from scratch for this
file.  Python 3 standard library only.

Usage:
    python3 bench/freetext-indep4.py W|H COUNT SEED > out.jsonl
    python3 bench/freetext-indep4.py --check      # self-check (W 300 1, H 300 2)

Output: JSON Lines, one document per line:
    {"id": "indep4-00001", "lang": "fr"|"en", "family": "...", "text": "...",
     "spans": [{"kind": "pii"|"decoy"|"content", "type": "...",
                "start": S, "end": E}, ...]}
start/end are BYTE offsets into text encoded as UTF-8.
  kind "pii"     type PERSON (one span per mention, titles outside the span),
                 PHONE, EMAIL, SIN, RAMQ, ADDRESS, POSTAL, DOB, PASSPORT, CARD,
                 ACCOUNT, LICENCE
  kind "decoy"   ORG, PLACE (organisations/places named after people), CITY,
                 REGION, STREET (no civic number), LAW, FILE, TOLLFREE, AMOUNT,
                 DATE (not a birth date)
  kind "content" CONTENT: an ordinary sentence that must survive intact.

W/H split (held-out use):
  * families (templates): the family at index i of FAMILIES belongs to half W
    when i is even, to half H when i is odd;
  * every list item (given names, surnames, organisations, places, streets,
    municipalities, regions, law references, shared sentence pools) goes to W
    when zlib.crc32(item.encode('utf-8')) is even, to H when it is odd.
So half H uses phrasings and names never produced in half W.  Output is
deterministic for a given (HALF, COUNT, SEED).
"""
import json
import random
import re
import sys
import unicodedata
import zlib

# ---------------------------------------------------------------------------
# Name lists (written for this file).  Given names carry a gender so that
# titles and French agreement can be produced; surnames are gender-neutral.
# ---------------------------------------------------------------------------

GIVEN_F = """
Marie-Ève, Geneviève, Josée, Mylène, Maryse, Ginette, Solange, Huguette,
Rosalie, Noémie, Maude, Anne-Sophie, Marie-Pier, Élodie, Chantale, Francine,
Jocelyne, Évangéline, Réjeanne, Thérèse, Marjolaine, Ghislaine, Clémence,
Léonie, Justine, Marie-Soleil, Édith, Gisèle, Rollande, Annick, Blanche,
Violette, Rose, Prudence, Laurianne, Maïka, Ariane, Véronik, Claudette, Lise-Anne,
Siobhan, Fiona, Moira, Bridget, Gwendolyn, Heather, Maureen, Ainsley, Tamsin,
Philippa, Harriet, Gillian, Bronwyn, Shauna, Hope, Grace, Dawn, Imogen, Eileen,
Fabiola, Guerline, Nadège, Wislande, Mirlande, Yolette, Widline, Micheline,
Ketly, Edwige, Rose-Carmelle, Marie-Ange, Dieula, Nerline,
Nour, Yasmina, Khadija, Houda, Meriem, Zineb, Loubna, Salma, Imane, Soukaina,
Hafsa, Ghizlane, Leïla, Rania, Amira, Samia,
Huong, Thao, Ngoc Anh, Phuong, Trang, Hanh, Thuy, Diem,
Mei-Ling, Xiaoyu, Yuxin, Shu-Fen, Wenjing, Lihua, Qian, Xinyi,
Maricel, Rowena, Liezl, Rhodora, Marivic, Analyn, Jhoanna,
Guadalupe, Ximena, Marisol, Yesenia, Luz Marina, Itzel, Rocío, Maribel,
Araceli, Yuliana,
Conceição, Fátima, Inês, Graça, Leonor,
Harpreet, Gurleen, Jaspreet, Navjot, Simranjit, Thenmozhi, Kavitha, Yalini,
Tharshika, Nusrat, Tahmina, Farhana, Sharmin,
Ngozi, Fatou, Aminata, Adjoa, Chiamaka, Yetunde, Mariama, Kadiatou,
Ramatoulaye, Folake, Awa,
Wanjiru, Nyokabi, Halima, Hodan, Tigist, Selamawit, Mekdes,
Elisapie, Siasi, Alasua, Ulaayu, Kahentinetha, Karonhiakta, Uapukun, Tiana-Lee,
Louisa-Jane, Nellie-Rose,
Oksana, Agnieszka, Małgorzata, Katarzyna, Yevgeniya, Svetlana, Ludmila,
Zuzana, Ioana, Roxana, Dragana, Bogdana,
Shirin, Parisa, Golnaz, Mahsa, Niloufar, Azadeh, Roya,
Ji-woo, Seo-yeon, Min-ji, Hye-jin, Eun-ji,
Eleni, Despina, Kalliopi, Vasiliki, Chrysoula, Paraskevi,
Concetta, Assunta, Filomena, Rosaria, Loredana, Graziella,
Shoshana, Hasmik, Anahid, Tzipora
"""

GIVEN_M = """
Jean-Philippe, Pierre-Luc, Marc-André, Gaétan, Réjean, Ghislain, Normand,
Rosaire, Benoît, Yannick, Jérôme, Étienne, Simon-Pierre, Félix, Éloi, Anatole,
Rodrigue, Léandre, Donat, Adélard, Lévis, Armand, Fernand, Clément, Sylvain,
Steeve, Jocelyn, Aimé, Florent, Jean-Sébastien, Ludovic, Hervé, Marcel-Aimé,
Declan, Angus, Fergus, Callum, Ewan, Lachlan, Padraig, Rory, Duncan, Alistair,
Seamus, Barnaby, Wendell, Clifford, Hollis, Percy, Tobias,
Jean-Robert, Wilner, Fritznel, Jacquelin, Widson, Lesly, Wesner, Dieuseul,
Frantz, Mackenson, Jean-Rony, Wilfrid, Guerby, Fénel,
Yacine, Mehdi, Nabil, Rachid, Hamza, Walid, Anouar, Bilal, Idriss, Zakaria,
Tarek, Sofiane, Ayoub, Mourad, Abdelkader, Oussama, Hicham, Youcef,
Quang, Tuan, Duc, Khoa, Hieu, Bao, Vinh, Thanh, Phuc,
Jianhua, Zhiwei, Haoran, Chun-Kit, Ka-Wai, Yong, Zhen, Weiming,
Rodel, Jericho, Arnel, Bienvenido, Reynaldo, Danilo, Romeo,
Joaquín, Esteban, Rodrigo, Iván, Mauricio, Jhonatan, Wilmer, Efraín, Ulises,
Santiago, Juan Pablo, Édgar,
João, Duarte, Rui, Tiago, Nuno, Gonçalo,
Gurpreet, Harjinder, Baljit, Amandeep, Sukhwinder, Kuldeep, Sivakumar, Kajan,
Mathivanan, Senthil, Tanvir, Rafiqul, Shafiq, Sourav, Anisur,
Chukwuemeka, Oluwaseun, Kwame, Mamadou, Ousmane, Babacar, Kofi, Ibrahima,
Adebayo, Seydou, Moussa, Lamine,
Abdirahman, Kiprono, Baraka, Yohannes, Dawit, Tesfaye, Abdiwali,
Paulusie, Lucassie, Jaaji, Tamusi, Tekarontake, Teiowisonte, Pien, Shushep,
Tshan, Willie-Joe, Kenny-Ray,
Aleksander, Wojciech, Bohdan, Dmytro, Vasyl, Radu, Mircea, Tomasz, Grzegorz,
Stanislav, Yaroslav, Zoran, Miroslav,
Kourosh, Dariush, Arash, Babak, Farhad, Siavash, Behrouz,
Dong-hyun, Jae-won, Sung-min, Hyun-woo, Tae-yang,
Stavros, Panagiotis, Dimitrios, Konstantinos, Spyros, Thanasis,
Salvatore, Gaetano, Vincenzo, Carmine, Rocco, Pasquale, Domenico,
Mordechai, Shmuel, Garabed, Hagop
"""

SURNAMES = """
Ouellette, Thibodeau, Arsenault, Leblanc, Cormier, Gallant, Doucet, Robichaud,
Comeau, Babineau, Boudreau, Thériault, Chiasson, Aucoin, Haché, Savoie, Poitras,
Grenier, Labbé, Létourneau, Rioux, Paradis, Turcotte, Vachon, Gosselin,
Dufresne, Bouchard-Lavoie, Tremblay-Ouellet, St-Pierre, Saint-Amand,
Desjardins, Lévesque, Laurendeau, Charbonneau, Pelletier, Sauvageau,
Beauchemin, Lamarre, Pépin, Drouin, Goulet, Brisebois, Quintal, Lussier,
Massicotte, Gendron, Jodoin, Lalonde, Trudel, Hamelin, Provencher, Vézina,
Auclair, Boisvert, Corriveau, Giguère, Normandeau, Rochefort, Sénécal,
Taillefer, Vaillancourt, Bourgault, de Grandpré, DesRosiers, D'Amours,
L'Heureux, Boulanger, Fortin, Lapierre, Lachance, Lafleur, Bonenfant,
Sansfaçon, Lamontagne, Larivière, Charpentier, Meunier, Marchand, Bonhomme,
Beaulieu, Lemieux, Laforest, Gagnon-Roy,
McAllister, MacIntyre, O'Driscoll, Fitzgerald, Kavanagh, Gallagher, Whitfield,
Ashdown, Thornbury, Pemberton, Crawley, Buchanan, MacLeod, Sinclair, Drummond,
Halloran, Quigley, Rafferty, Brennan, Young, King, Page, Bird, Fox, Frost,
Hunter, Baker, Sparrow, Wolfe, Fairweather, Underhill, Moss,
Jean-Baptiste, Pierre-Louis, Saint-Fleur, Célestin, Dorvil, Exantus,
Louissaint, Dorsainvil, Jean-Gilles, Fils-Aimé, Désir, Bien-Aimé, Paultre,
Mondésir, Estimé, Jean-Charles, Toussaint, Valcourt, Charlot, Innocent,
Pierre-Antoine, Délice, Dorélien, Jeune,
Benali, El Amrani, Ben Salah, Bouazza, Haddad, Mansouri, Chergui, Belkacem,
Ait Ahmed, Zerrouki, Ouali, Tahiri, El Idrissi, Boukhari, Khelifi, Cherkaoui,
Bennani, Hamdani, Rahmouni, Abou-Khalil, Nasrallah, Saab, Karam, Hajjar,
Daher, Ben Youssef,
Pham, Tran, Vo, Dang, Huynh, Bui, Truong, Luu, Duong, Ngo, Lam, Trinh, Quach,
Ta, Hoang,
Zhao, Xu, Liang, Huang, Wen, Tsang, Leung, Cheung, Kwok, Lau, Yip, Zhou, Gao,
Shen, Fong,
Dela Cruz, Bautista, Villanueva, Macapagal, Manalo, Dimaculangan, Pangilinan,
Ocampo, Magbanua, Soriano, de Guzman, Tolentino, Lacson,
Hernández, Quispe, Mamani, Velásquez, Cárdenas, Ruiz Ortega, Olivares, Zúñiga,
Betancourt, Sepúlveda, Castañeda, Arriola, Ibáñez, Montoya, Peña, Rojas Vidal,
Da Silva, Dos Santos, Ferreira, Medeiros, Rebelo, Carvalho, Pimentel, Sousa,
Cabral, Furtado, Amaral, Teixeira,
Sandhu, Grewal, Dhillon, Gill, Sidhu, Brar, Randhawa, Bains, Cheema, Sivapalan,
Thurairajah, Kanagaratnam, Balasubramaniam, Yogarajah, Ratnasingam,
Selvarajah, Murugesu, Chowdhury, Rahman, Hossain, Bhattacharya, Mukherjee,
Sarkar, Talukder, Mondal,
Okonkwo, Adeyemi, Diallo, Traoré, Coulibaly, Ndiaye, Sow, Mensah, Asante,
Ouédraogo, Kaboré, Camara, Keita, Nwachukwu, Eze, Bamba, Sylla, Fofana, Touré,
Adjei, Owusu, Babatunde,
Mwangi, Kamau, Otieno, Wanjiku, Haile, Gebremedhin, Abdi, Warsame, Mohamud,
Nyambura, Mugisha, Habimana, Uwimana, Niyonzima,
Vollant, Mestokosho, Ashini, Pinette, Kanapé, Malec, Jourdain, Wapachee,
Neeposh, Mianscum, Coonishish, Matoush, Petawabano, Shecapio, Iserhoff,
Awashish, Echaquan, Niquay, Petiquay, Quitich, Coocoo, Flamand, Ottawa, Diabo,
Goodleaf, Montour, McComber, Two-Axe, Deer, Jacobs, Tukkiapik, Nappaaluk,
Qumaluk, Annanack, Kasudluak, Tulugak, Ittukallak, Uqaituk, Weistche,
Bearskin, Blacksmith, Georgekish, Sheshamush, Cheechoo, Saganash,
Kowalczyk, Nowak, Kaczmarek, Wróbel, Mazur, Krawczyk, Pawlak, Dudek,
Shevchenko, Kovalenko, Bondarenko, Tkachuk, Melnyk, Hrytsenko, Popescu,
Ionescu, Dumitrescu, Marinescu, Petrović, Jovanović, Babić, Kovačević, Horváth,
Rahimi, Tehrani, Hosseini, Moradi, Karimi, Jafari, Ahmadzadeh, Farahani,
Sadeghi, Shirazi, Ghorbani, Mirzaei,
Park, Choi, Jung, Kang, Yoon, Jang, Lim, Han, Shin, Seo, Kwon, Hwang, Oh,
Papadopoulos, Georgiou, Konstantinidis, Karagiannis, Christodoulou, Vlachos,
Economou, Stavridis, Antonopoulos, Manolakos,
Di Stefano, Lo Bianco, Iacono, Ferrante, Cusimano, De Luca, Mastroianni,
Ciccone, Pagliaro, Fiorentino, Tartaglia, Zappia, Del Vecchio, D'Alessandro,
Azoulay, Bensoussan, Abitbol, Feldman, Rosenberg, Boghossian, Papazian,
Kevorkian, van den Broek, Hofstede
"""

# ---------------------------------------------------------------------------
# Decoy lists: "article|name"; the article stays outside the decoy span.
# ---------------------------------------------------------------------------

# Places and organisations named after people (French context).
PNAMED_FR = """
l'|aréna Maurice-Richard
l'|aréna Michel-Normandin
l'|aréna Raymond-Bourque
l'|aréna Jacques-Lemaire
l'|hôpital Maisonneuve-Rosemont
l'|hôpital Pierre-Le Gardeur
l'|hôpital Charles-Le Moyne
l'|hôpital Honoré-Mercier
l'|hôpital Pierre-Boucher
l'|hôpital Anna-Laberge
l'|hôpital Jean-Talon
l'|hôpital Fleury
l'|Institut Philippe-Pinel
le|pont Jacques-Cartier
le|pont Pierre-Laporte
le|pont Samuel-De Champlain
le|cégep André-Laurendeau
le|cégep Édouard-Montpetit
le|cégep Lionel-Groulx
le|cégep Gérald-Godin
le|cégep Marie-Victorin
le|collège Jean-de-Brébeuf
le|Centre de services scolaire Marguerite-Bourgeoys
le|Centre de services scolaire Marie-Victorin
le|parc Jean-Drapeau
le|parc Frédéric-Back
la|bibliothèque Marc-Favreau
la|bibliothèque Gabrielle-Roy
la|station Lionel-Groulx
la|station Georges-Vanier
la|station Henri-Bourassa
l'|autoroute Jean-Lesage
l'|autoroute Félix-Leclerc
le|pavillon Jean-Brillant
la|place Émilie-Gamelin
l'|école secondaire Louis-Joseph-Papineau
l'|école secondaire Jeanne-Mance
l'|école Marguerite-De Lajemmerais
la|polyvalente Benoît-Vachon
le|centre Pierre-Charbonneau
le|complexe sportif Claude-Robillard
la|salle Wilfrid-Pelletier
le|théâtre Denise-Pelletier
le|CHSLD Paul-Gouin
le|CHSLD Éloria-Lepage
le|CLSC Olivier-Guimond
le|CLSC Suzor-Coté
la|Maison Jean-Lapointe
l'|Accueil Bonneau
la|Pharmacie Jean Coutu
la|caisse Desjardins du Plateau
la|caisse Desjardins de Lévis
la|pharmacie Brunet
le|restaurant Chez Ashton
la|Fondation Lucie et André Chagnon
la|Fondation du Dr Julien
le|marché Jean-Talon
le|Centre Dollard-Cormier
la|Société Saint-Vincent de Paul
le|stade Saputo
"""

PNAMED_EN = """
the|Jacques-Cartier Bridge
the|Samuel De Champlain Bridge
|Maisonneuve-Rosemont Hospital
|Charles-Le Moyne Hospital
|Lionel-Groulx metro station
|Georges-Vanier metro station
the|Jean Coutu pharmacy
the|Maurice-Richard Arena
|John Abbott College
|Dawson College
|Vanier College
|McGill University
the|Lester B. Pearson School Board
the|Sir Wilfrid Laurier School Board
|St. Mary's Hospital
the|Douglas Mental Health University Institute
the|Louis-H. Lafontaine Hospital
the|Allan Memorial Institute
the|Batshaw Youth and Family Centres
the|Miriam Home
the|Cummings Centre
the|Atwater Library
the|McCord Museum
the|Stewart Museum
|Royal Victoria Hospital
|Queen Elizabeth Health Complex
the|Jean-Drapeau Park
the|Marguerite-Bourgeoys school service centre
the|Gérald-Godin CEGEP
the|Terry Fox Foundation
|Tim Hortons
the|Desjardins branch on Monkland
|Trudeau airport
the|Philippe-Pinel Institute
the|Mackay Centre School
the|Percival Molson Stadium
"""

ORG_FR = """
le|CLSC de Verdun
le|CLSC de Saint-Michel
le|CIUSSS du Centre-Sud-de-l'Île-de-Montréal
le|CISSS de l'Outaouais
le|CISSS de la Montérégie-Centre
la|SAAQ
la|Régie de l'assurance maladie du Québec
|Revenu Québec
la|CNESST
le|Tribunal administratif du logement
la|Commission d'accès à l'information
le|Protecteur du citoyen
la|Sûreté du Québec
le|Service de police de la Ville de Montréal
l'|Office municipal d'habitation de Québec
l'|Office municipal d'habitation de Longueuil
le|Centre d'amitié autochtone de Val-d'Or
|Hydro-Québec
|Services Québec
le|ministère de l'Emploi et de la Solidarité sociale
la|Banque Nationale
le|Curateur public
la|Direction de la protection de la jeunesse
l'|Aide juridique de Montréal
la|Croix-Rouge
|Moisson Montréal
la|Société de transport de Montréal
le|Réseau de transport de la Capitale
la|Société d'habitation du Québec
le|Conseil des Atikamekw de Wemotaci
le|Conseil des Innus de Pessamit
le|Conseil mohawk de Kahnawake
l'|Administration régionale Kativik
la|Maison des jeunes L'Escale
la|Coopérative d'habitation Les Trois-Pignons
le|Carrefour familial des Moulins
l'|Association des locataires de Villeray
le|Comité logement du Plateau
la|Table de concertation jeunesse de Rosemont
le|Centre de femmes L'Éclaircie
le|Service d'aide aux néo-Canadiens
"""

ORG_EN = """
the|CLSC Métro
the|West Island CIUSSS
the|SAAQ
|Revenu Québec
the|Administrative Housing Tribunal
the|Commission d'accès à l'information
the|Québec Ombudsman
the|Sûreté du Québec
the|SPVM
the|Montreal Municipal Housing Office
|Hydro-Québec
the|Youth Protection Branch
the|Public Curator
|Legal Aid
the|Red Cross
the|Cree Board of Health and Social Services of James Bay
the|Kativik Regional Government
the|Mohawk Council of Kahnawake
the|Native Women's Shelter of Montreal
the|STM
|Scotiabank
|Royal Bank
the|English Montreal School Board
|Services Québec
the|West End Tenants' Association
the|Pointe-Saint-Charles Community Clinic
the|NDG Food Depot
the|Riverside Seniors' Club
the|Lakeshore Parents' Network
the|Employment Insurance office
the|CNESST
the|Régie de l'assurance maladie du Québec
"""

STREETS_FR = """
la|rue Beaubien Est
l'|avenue Papineau
le|boulevard René-Lévesque Ouest
la|rue Jean-Talon Est
l'|avenue Christophe-Colomb
le|boulevard Marie-Victorin
la|rue Louis-Hébert
l'|avenue Pierre-De Coubertin
le|boulevard Maurice-Duplessis
la|rue des Érables
la|rue Principale
le|chemin du Lac-Noir
le|rang Saint-Joseph
le|boulevard des Laurentides
la|rue King Ouest
le|boulevard Talbot
la|rue Notre-Dame Est
l'|avenue du Parc
la|rue Fleury Ouest
la|rue Sherbrooke Est
le|boulevard Saint-Laurent
la|rue Jarry Ouest
le|boulevard Décarie
le|chemin de la Côte-des-Neiges
la|Grande Allée Est
la|rue Wellington Nord
le|boulevard Henri-Bourassa Est
la|rue Ontario Est
l'|avenue De Lorimier
la|rue Saint-Hubert
le|boulevard Lacroix
la|rue Racine Est
le|boulevard de l'Ormière
la|rue des Forges
le|boulevard des Récollets
la|rue Frontenac
la|3e Avenue
la|rue Dufferin
le|boulevard Gréber
la|rue Montcalm
le|boulevard Laure
la|rue Perreault
la|1re Rue Est
le|boulevard Saint-Joseph Est
la|rue du Couvent
le|boulevard Lévesque Est
la|montée Masson
le|boulevard Curé-Labelle
la|rue Hochelaga
la|rue Bélanger
la|rue Monselet
l'|avenue Laurier Ouest
la|rue Émile-Journault
le|boulevard Gouin Ouest
la|rue Adam
la|rue Sainte-Catherine Est
la|rue de la Visitation
le|boulevard Lapinière
"""

STREETS_EN = """
|Maple Avenue
|Cedar Crescent
|Elm Street
|Sherbrooke Street West
|Westminster Avenue North
|Cavendish Boulevard
|Sources Boulevard
|Lakeshore Road
|Monkland Avenue
|Somerled Avenue
|Victoria Avenue
|Côte-Saint-Luc Road
|Queen Mary Road
|Pine Beach Boulevard
|Brunswick Boulevard
|Aylmer Road
|Main Street
|Church Street
|Mountain Road
|Birch Lane
|Oakridge Drive
|Clanranald Avenue
|Harvard Avenue
|Beaconsfield Boulevard
|St. Charles Boulevard
|Sunnybrooke Boulevard
|Grand Boulevard
|Decarie Boulevard
|Park Avenue
|Atwater Avenue
|Greene Avenue
|Hampton Avenue
|Belgrave Avenue
|Mackay Street
|Bishop Street
|Rosedale Avenue
|Wilson Avenue
|Fielding Avenue
|Lasalle Boulevard
|Notre-Dame Street West
"""

CITIES = """
Montréal, Laval, Longueuil, Gatineau, Sherbrooke, Trois-Rivières, Saguenay,
Rimouski, Val-d'Or, Rouyn-Noranda, Sept-Îles, Baie-Comeau, Drummondville,
Saint-Jérôme, Terrebonne, Repentigny, Lévis, Québec, Joliette, Shawinigan,
Victoriaville, Granby, Saint-Hyacinthe, Magog, Thetford Mines, Rivière-du-Loup,
Alma, Dolbeau-Mistassini, Amos, La Tuque, Sainte-Agathe-des-Monts,
Mont-Laurier, Salaberry-de-Valleyfield, Châteauguay, Brossard, Boucherville,
Blainville, Mirabel, Beloeil, Saint-Jean-sur-Richelieu, Matane, Gaspé,
Chibougamau, Kuujjuaq, Mashteuiatsh, Kahnawake, Wendake, Uashat, Wemotaci,
Manawan, Chisasibi, Mistissini, Pessamit, Puvirnituq, Kanesatake, Opitciwan,
Pointe-Claire, Dollard-Des Ormeaux, Kirkland, Beaconsfield, Westmount,
Côte-Saint-Luc, Sainte-Julie, Lachute, Cowansville, Montmagny, Roberval,
Saint-Georges, Vaudreuil-Dorion
"""

REGIONS_FR = """
Abitibi-Témiscamingue, Bas-Saint-Laurent, Côte-Nord, Nunavik, Outaouais, Estrie,
Mauricie, Lanaudière, Laurentides, Montérégie, Chaudière-Appalaches, Gaspésie,
Saguenay–Lac-Saint-Jean, Eeyou Istchee, Centre-du-Québec, Capitale-Nationale,
Nord-du-Québec, Îles-de-la-Madeleine
"""

# Law references: "{k}" is replaced by one of the listed article numbers.
LAWS_FR = """
article {k} de la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels#9,14,37,53,59,83,88,94
article {k} de la Loi sur l'accès#9,14,53,59,88,94
article {k} de la Loi sur la protection de la jeunesse#32,38,39,72.6
article {k} de la Loi sur les services de santé et les services sociaux#17,19,27,34
article {k} du Code civil du Québec#35,37,1860,1974
article {k} de la Charte des droits et libertés de la personne#5,10,46
article {k} de la Loi sur les cités et villes#322,356,474
article {k} de la Loi sur l'aide aux personnes et aux familles#53,111
article {k} de la Loi sur les normes du travail#81.18,122,124
article {k} de la Loi sur la santé et la sécurité du travail#51,81
"""

LAWS_EN = """
section {k} of the Act respecting Access to documents held by public bodies and the Protection of personal information#9,14,53,59,83,88
section {k} of the Act#8,12,53,88
section {k} of the Youth Protection Act#32,38,39
section {k} of the Act respecting health services and social services#17,19,27
article {k} of the Civil Code of Québec#35,1860,1974
section {k} of the Charter of human rights and freedoms#5,10,46
section {k} of the Act respecting labour standards#81.18,122
section {k} of the Cities and Towns Act#322,356
section {k} of the Individual and Family Assistance Act#53,111
"""

# ---------------------------------------------------------------------------
# Split helpers
# ---------------------------------------------------------------------------

def side(item):
    """'W' when crc32(item) is even, else 'H'."""
    return 'W' if zlib.crc32(item.encode('utf-8')) % 2 == 0 else 'H'


def split_list(items, half):
    out = [x for x in items if side(x) == half]
    if not out:
        raise SystemExit('empty pool for half %s' % half)
    return out


def words(blob):
    return [w.strip() for w in re.split(r'[,\n]', blob) if w.strip()]


def lines(blob):
    return [w.strip() for w in blob.strip().split('\n') if w.strip()]


def fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('œ', 'oe').replace('Œ', 'OE')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


PII_TYPES = {'PERSON', 'PHONE', 'EMAIL', 'SIN', 'RAMQ', 'ADDRESS', 'POSTAL', 'DOB',
             'PASSPORT', 'CARD', 'ACCOUNT', 'LICENCE'}
DECOY_TYPES = {'ORG', 'PLACE', 'CITY', 'REGION', 'STREET', 'LAW', 'FILE', 'TOLLFREE',
               'AMOUNT', 'DATE'}

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]

AREA = ['514', '438', '450', '579', '819', '873', '418', '581', '367', '263', '354']
MAIL_DOMAINS = ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com', 'sympatico.ca',
                'yahoo.ca', 'icloud.com', 'live.ca', 'cgocable.ca', 'globetrotter.net',
                'hotmail.fr', 'proton.me']
WORK_DOMAINS = ['ssss.gouv.qc.ca', 'omhm.qc.ca', 'ville.laval.qc.ca', 'ville.gatineau.qc.ca',
                'mess.gouv.qc.ca', 'saaq.gouv.qc.ca', 'ville.quebec.qc.ca',
                'ville.sherbrooke.qc.ca', 'cssmb.gouv.qc.ca', 'protecteurducitoyen.qc.ca',
                'cree-health.ca', 'habitation.gouv.qc.ca']


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def mk_phone(r):
    a = r.choice(AREA)
    b = '%d%02d' % (r.randint(2, 9), r.randint(0, 99))
    c = '%04d' % r.randint(0, 9999)
    return r.choice(['%s %s-%s', '(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s',
                     '1-%s-%s-%s', '%s %s-%s', '(%s) %s-%s']) % (a, b, c)


def mk_sin(r):
    p = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
    n = p + luhn_digit(p)
    sep = r.choice([' ', '-', ' ', ''])
    return sep.join([n[:3], n[3:6], n[6:]])


def mk_card(r):
    p = r.choice(['4', '51', '52', '53', '54', '55', '4'])
    while len(p) < 15:
        p += str(r.randint(0, 9))
    n = p + luhn_digit(p)
    sep = r.choice([' ', '-', ' '])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def mk_postal(r):
    L = 'ABCEGHJKLMNPRSTVWXYZ'
    return '%s%d%s%s%d%s%d' % (r.choice('GHJ'), r.randint(0, 9), r.choice(L),
                                r.choice([' ', ' ', ' ', '']), r.randint(0, 9),
                                r.choice(L), r.randint(0, 9))


def mk_tollfree(r):
    p = r.choice(['800', '833', '844', '855', '866', '877', '888'])
    b = '%d%02d' % (r.randint(2, 9), r.randint(0, 99))
    c = '%04d' % r.randint(0, 9999)
    return r.choice(['1 %s %s-%s', '1-%s-%s-%s', '1 %s %s %s']) % (p, b, c)


def mk_file(r):
    y = r.randint(2019, 2025)
    n = r.randint(1, 99999)
    f = r.choice(['{y}-QC-{n5}', 'DPJ-{yy}-{n6}', 'OMH-{y}-{n4}', 'CAI {n7}', 'INC-{y}-{n4}',
                  'REQ-{n6}', 'PLA-{y}-{n4}', '{yy}-{a3}-{n3}', 'SPVM-{yy}-{n5}',
                  'RH-{y}-{n3}', 'PC-{y}-{n5}', 'TAL-{yy}{n5}'])
    return f.format(y=y, yy='%02d' % (y % 100), n3='%03d' % (n % 1000), n4='%04d' % (n % 10000),
                    n5='%05d' % n, n6='%06d' % r.randint(1, 999999),
                    n7='%07d' % r.randint(1, 9999999), a3='%03d' % r.randint(1, 999))


# ---------------------------------------------------------------------------
# Document builder: text pieces + spans with byte offsets
# ---------------------------------------------------------------------------

class Doc:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.surf = []          # intended surface strings (self-check only)

    def raw(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s.encode('utf-8'))

    def span(self, s, typ):
        kind = 'pii' if typ in PII_TYPES else 'decoy' if typ in DECOY_TYPES else 'content'
        st = self.n
        self.raw(s)
        self.spans.append({'kind': kind, 'type': typ, 'start': st, 'end': self.n})
        self.surf.append(s)

    def text(self):
        return ''.join(self.parts)


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------

def initials(given):
    out = []
    for i, part in enumerate(re.split(r'([- ])', given)):
        if part in ('-', ' '):
            out.append(part)
        elif part:
            out.append(part[0].upper() + '.')
    return ''.join(out)


class Person:
    def __init__(self, g, gender, given, sur, born=(1936, 2006)):
        r = g.r
        self.gender, self.given, self.sur = gender, given, sur
        self.full = given + ' ' + sur
        self.by, self.bm, self.bd = r.randint(*born), r.randint(1, 12), r.randint(1, 28)
        self.phone = mk_phone(r)
        self.cell = mk_phone(r)
        self.sin = mk_sin(r)
        self.card = mk_card(r)
        self.postal = mk_postal(r)
        gf = re.sub(r"[^a-z]", '', fold(given).lower())
        sf = re.sub(r"[^a-z]", '', fold(sur).lower())
        loc = r.choice(['{g}.{s}', '{g0}{s}', '{s}.{g0}', '{g}{s}{n}', '{g}_{s}', '{g}.{s}{n}',
                        '{s}{g0}{n}', '{g}{n}'])
        self.email = loc.format(g=gf, s=sf, g0=gf[:1], n=r.randint(1, 99)) + '@' + r.choice(MAIL_DOMAINS)
        self.wlocal = r.choice(['{g}.{s}', '{g}.{s}', '{g0}{s}']).format(g=gf, s=sf, g0=gf[:1])
        # RAMQ: 3 letters of surname + 1 of given, YYMMDD (+50 to month for F) + 2 digits
        s3 = (re.sub(r'[^A-Z]', '', fold(sur).upper()) + 'XXX')[:3]
        g1 = (re.sub(r'[^A-Z]', '', fold(given).upper()) + 'X')[:1]
        mm = self.bm + (50 if gender == 'F' else 0)
        digits = '%02d%02d%02d%02d' % (self.by % 100, mm, self.bd, r.randint(10, 99))
        self.ramq = r.choice(['{l} {a} {b}', '{l} {a} {b}', '{l}{a}{b}', '{l}-{a}-{b}']).format(
            l=s3 + g1, a=digits[:4], b=digits[4:])
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        self.passport = r.choice(L) + r.choice(L) + '%06d' % r.randint(0, 999999)
        self.lic = '%s%04d-%02d%02d%02d-%02d' % (s3[0], r.randint(0, 9999), self.bd, self.bm,
                                                 self.by % 100, r.randint(0, 99))
        self.transit = '%05d' % r.randint(10, 99999)
        self.acct = '%07d' % r.randint(100000, 9999999)
        self.addr = {}

    def address(self, g):
        if g.lang in self.addr:
            return self.addr[g.lang]
        r = g.r
        civ = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 12999),
                            r.randint(1000, 9999)]))
        if r.random() < 0.08:
            civ += r.choice('ABC')
        u = r.randint(1, 24)
        if g.lang == 'fr' or r.random() < 0.25:
            st = r.choice(g.streets_fr)[1]
            if g.lang == 'fr':
                a = r.choice(['{c}, {s}', '{c}, {s}', '{c} {s}', '{c}, {s}, app. {u}',
                              '{u}-{c}, {s}', '{c}, {s}, logement {u}'])
            else:
                a = r.choice(['{c} {s}', '{c} {s}, Apt. {u}', '{u}-{c} {s}'])
        else:
            st = r.choice(g.streets_en)[1]
            a = r.choice(['{c} {s}', '{c} {s}', '{c} {s}, Apt. {u}', '{u}-{c} {s}',
                          '{c} {s}, Unit {u}'])
        self.addr[g.lang] = a.format(c=civ, s=st, u=u)
        return self.addr[g.lang]

    def dob(self, g, style):
        d, m, y = self.bd, self.bm, self.by
        if style == 'iso':
            return '%04d-%02d-%02d' % (y, m, d)
        if style == 'num':
            return '%02d/%02d/%04d' % (d, m, y) if g.lang == 'fr' else \
                g.r.choice(['%04d/%02d/%02d' % (y, m, d), '%02d-%s-%04d' % (d, MON3[m - 1], y)])
        if g.lang == 'fr':
            return '%s %s %d' % ('1er' if d == 1 else str(d), MOIS[m - 1], y)
        return g.r.choice(['%s %d, %d' % (MONTHS[m - 1], d, y), '%d %s %d' % (d, MONTHS[m - 1], y)])

    def title(self, g, word=False):
        r = g.r
        if g.lang == 'fr':
            if word:
                return 'Madame' if self.gender == 'F' else 'Monsieur'
            return r.choice(['Mme', 'Mme', 'Madame']) if self.gender == 'F' else r.choice(['M.', 'M.', 'Monsieur'])
        if word:
            return r.choice(['Miss', 'Ms.']) if self.gender == 'F' else 'Mr.'
        return r.choice(['Ms.', 'Mrs.', 'Ms']) if self.gender == 'F' else r.choice(['Mr.', 'Mr'])

    def segs(self, code, g):
        P = 'PERSON'
        r = g.r
        if '/' in code:
            a, b = code.split('/', 1)
            return [(a if self.gender == 'M' else b, None)]
        if code[:2] in ('d_', 'q_'):
            inner = self.segs(code[2:], g)
            first = inner[0][0][:1].lower()
            vowel = first in 'aeiouhéèêëàâîïôöûüœ'
            w = 'de' if code[0] == 'd' else 'que'
            return [((w[:-1] + "'") if vowel else (w + ' '), None)] + inner
        if code == 'n':
            code = r.choice(['g', 'g', 'g', 's', 's', 'f', 'f', 't'])
        elif code == 'ns':
            code = r.choice(['g', 'g', 'S', 'S', 'f', 't'])
        given, sur = self.given, self.sur
        simple = {
            'g': given, 's': sur, 'S': sur[0].upper() + sur[1:], 'f': self.full,
            'i': (initials(given) if initials(given) != 'M.' else given) + ' ' + sur,
            'r': sur + ', ' + given,
            'R': sur.upper() + ', ' + given, 'U': self.full.upper(), 'SU': sur.upper(),
            'GU': given.upper(), 'gl': given.lower(), 'ga': fold(given).lower(),
            'sl': sur.lower(), 'fl': self.full.lower(), 'fa': fold(self.full).lower(),
            'RU': sur.upper() + ', ' + given.upper(),
            'ri': sur + ', ' + (initials(given) if initials(given) != 'M.' else given),
        }
        if code in simple:
            return [(simple[code], P)]
        if code in ('gp', 'sp', 'fp'):
            return [({'gp': given, 'sp': sur, 'fp': self.full}[code], P), ("'s", None)]
        if code == 't':
            return [(self.title(g) + ' ', None), (sur, P)]
        if code == 'tf':
            return [(self.title(g) + ' ', None), (self.full, P)]
        if code == 'tg':
            return [(self.title(g, True) + ' ', None), (given, P)]
        if code in ('dr', 'drf'):
            if g.lang == 'fr':
                t = 'Dre' if self.gender == 'F' else 'Dr'
            else:
                t = r.choice(['Dr.', 'Dr'])
            return [(t + ' ', None), (sur if code == 'dr' else self.full, P)]
        if code == 'me':
            return [('Me ', None), (self.full, P)]
        if code == 'email':
            return [(self.email, 'EMAIL')]
        if code == 'wemail':
            return [(self.wlocal + '@' + g.wdomain, 'EMAIL')]
        if code == 'phone':
            return [(self.phone, 'PHONE')]
        if code == 'cell':
            return [(self.cell, 'PHONE')]
        if code == 'sin':
            return [(self.sin, 'SIN')]
        if code == 'ramq':
            return [(self.ramq, 'RAMQ')]
        if code == 'dob':
            return [(self.dob(g, 'text'), 'DOB')]
        if code == 'dobi':
            return [(self.dob(g, 'iso'), 'DOB')]
        if code == 'dobs':
            return [(self.dob(g, 'num'), 'DOB')]
        if code == 'addr':
            return [(self.address(g), 'ADDRESS')]
        if code == 'addrl':
            city = r.choice(g.cities)
            if g.lang == 'fr':
                mid = r.choice([', %s (Québec) ' % city, ', %s, QC ' % city, ', %s ' % city])
            else:
                mid = r.choice([', %s, QC ' % city, ', %s (Quebec) ' % city, ', %s, Québec ' % city])
            return [(self.address(g), 'ADDRESS'), (mid, None), (self.postal, 'POSTAL')]
        if code == 'postal':
            return [(self.postal, 'POSTAL')]
        if code == 'passport':
            return [(self.passport, 'PASSPORT')]
        if code == 'card':
            return [(self.card, 'CARD')]
        if code == 'acct':
            return [(self.acct, 'ACCOUNT')]
        if code == 'transit':
            return [(self.transit, 'ACCOUNT')]
        if code == 'lic':
            return [(self.lic, 'LICENCE')]
        raise KeyError('unknown person form %r' % code)


# ---------------------------------------------------------------------------
# Generation context and template renderer
#   {A.form}        person A..H (see Person.segs); {A.il/elle} picks by gender
#   {name[:arg]}    decoys and plain fillers (see G.ph)
#   [[sentence]]    content span
# ---------------------------------------------------------------------------

TOK = re.compile(r'\{([A-H])\.([^{}]*?)\}|\{(\w+)(?::(\w+))?\}|\[\[(.+?)\]\]', re.S)


class Pools:
    def __init__(self, half):
        self.half = half
        self.F = split_list(words(GIVEN_F), half)
        self.M = split_list(words(GIVEN_M), half)
        self.S = split_list(words(SURNAMES), half)
        pair = lambda blob: [tuple(x.split('|', 1)) for x in split_list(lines(blob), half)]
        self.pl = {'fr': pair(PNAMED_FR), 'en': pair(PNAMED_EN)}
        self.org = {'fr': pair(ORG_FR), 'en': pair(ORG_EN)}
        self.st = {'fr': pair(STREETS_FR), 'en': pair(STREETS_EN)}
        sch = re.compile(r'école|cégep|collège|polyvalente|scolaire|College|School|CEGEP|University')
        self.school = {k: [p for p in v if sch.search(p[1])] for k, v in self.pl.items()}
        self.cities = split_list(words(CITIES), half)
        self.regions = split_list(words(REGIONS_FR), half)
        self.laws = {'fr': split_list(lines(LAWS_FR), half), 'en': split_list(lines(LAWS_EN), half)}
        self.act = {'fr': split_list(ACT_FR, half), 'en': split_list(ACT_EN, half)}
        self.vsay = {'fr': split_list(VSAY_FR, half), 'en': split_list(VSAY_EN, half)}


class G:
    def __init__(self, r, pools, lang):
        self.r = r
        self.pools = pools
        self.lang = lang
        self.doc = Doc()
        self.P = {}
        self.used = set()
        self.wdomain = r.choice(WORK_DOMAINS)
        self.cities = pools.cities
        self.streets_fr = pools.st['fr']
        self.streets_en = pools.st['en']
        self.clock_t = r.randint(7 * 60, 16 * 60)

    # -- persons
    def sex(self, key, gender, born=(1936, 2006)):
        """Create person `key` with a fixed gender ('F'/'M' or None) and birth
        years, before its first use."""
        if key not in self.P:
            self._new(key, gender, born)
        return self.P[key]

    def child(self, key, gender=None):
        return self.sex(key, gender, (2008, 2021))

    def same_surname(self, key, of):
        p = self.person(key)
        p2 = self.person(of)
        p.sur = p2.sur
        p.full = p.given + ' ' + p.sur

    def _new(self, key, gender=None, born=(1936, 2006)):
        r = self.r
        gender = gender or r.choice('FM')
        pool = self.pools.F if gender == 'F' else self.pools.M
        for _ in range(50):
            given = r.choice(pool)
            if given not in self.used:
                break
        for _ in range(50):
            sur = r.choice(self.pools.S)
            if sur not in self.used:
                break
        self.used.update([given, sur])
        self.P[key] = Person(self, gender, given, sur, born)

    def person(self, key):
        if key not in self.P:
            self._new(key)
        return self.P[key]

    # -- plain helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def sample(self, seq, k):
        return self.r.sample(seq, min(k, len(seq)))

    def ordered(self, seq, k):
        """k items of seq, keeping their original order."""
        idx = sorted(self.r.sample(range(len(seq)), min(k, len(seq))))
        return [seq[i] for i in idx]

    def hh(self):
        r = self.r
        h, m = r.randint(7, 21), r.choice([0, 0, 5, 10, 15, 20, 30, 40, 45, 50])
        if self.lang == 'fr':
            return r.choice(['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%d h' % h if m == 0 else '%d h %02d' % (h, m)])
        h12 = h - 12 if h > 12 else h
        ap = 'pm' if h >= 12 else 'am'
        return r.choice(['%d:%02d %s' % (h12, m, ap), '%d:%02d' % (h, m)])

    def clock(self):
        self.clock_t += self.r.randint(1, 9)
        return '%02d:%02d' % ((self.clock_t // 60) % 24, self.clock_t % 60)

    def date_str(self, iso=False):
        r = self.r
        y, m, d = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)
        if iso:
            return '%04d-%02d-%02d' % (y, m, d)
        if self.lang == 'fr':
            return r.choice(['%s %s %d' % ('1er' if d == 1 else d, MOIS[m - 1], y),
                             '%d %s %d' % (d, MOIS[m - 1], y), '%04d-%02d-%02d' % (y, m, d)])
        return r.choice(['%s %d, %d' % (MONTHS[m - 1], d, y), '%d %s %d' % (d, MONTHS[m - 1], y),
                         '%04d-%02d-%02d' % (y, m, d)])

    def amount(self):
        r = self.r
        v = r.choice([r.randint(20, 950), r.randint(1000, 25000), r.randint(100, 3000)])
        c = r.choice([0, 0, r.randint(1, 99)])
        if self.lang == 'fr':
            s = '{:,}'.format(v).replace(',', ' ')
            return r.choice(['%s,%02d $' % (s, c), '%s $' % s])
        return r.choice(['$%s.%02d' % ('{:,}'.format(v), c), '$%s' % '{:,}'.format(v)])

    def art(self, pair, mode):
        a, name = pair
        if self.lang == 'en':
            if mode == 'bare' or not a:
                return ''
            return a + ' '
        if mode == 'bare':
            return ''
        if mode == 'a':
            return {'le': 'au ', 'la': 'à la ', "l'": "à l'", 'les': 'aux ', '': 'à '}[a]
        if mode == 'de':
            if a == '':
                return "d'" if name[:1].lower() in 'aeiouhéèêîôâ' else 'de '
            return {'le': 'du ', 'la': 'de la ', "l'": "de l'", 'les': 'des '}[a]
        return a if a in ("l'", '') else a + ' '

    def ph(self, name, arg):
        r = self.r
        L = self.lang
        if name in ('pl', 'org', 'st', 'school'):
            pool = getattr(self.pools, name)[L]
            if name == 'st' and L == 'en' and r.random() < 0.3:
                pool = self.pools.st['fr']
                pair = r.choice(pool)
                return [(pair[1], 'STREET')]
            pair = r.choice(pool)
            typ = {'pl': 'PLACE', 'org': 'ORG', 'st': 'STREET', 'school': 'PLACE'}[name]
            return [(self.art(pair, arg), None), (pair[1], typ)]
        if name == 'city':
            return [(r.choice(self.pools.cities), 'CITY')]
        if name == 'region':
            return [(r.choice(self.pools.regions), 'REGION')]
        if name == 'law':
            t, ks = r.choice(self.pools.laws[L]).split('#')
            return [(t.replace('{k}', r.choice(ks.split(','))), 'LAW')]
        if name == 'file':
            return [(mk_file(r), 'FILE')]
        if name == 'tf':
            return [(mk_tollfree(r), 'TOLLFREE')]
        if name == 'amt':
            return [(self.amount(), 'AMOUNT')]
        if name == 'date':
            return [(self.date_str(arg == 'iso'), 'DATE')]
        if name == 'hh':
            return [(self.hh(), None)]
        if name == 'ext':
            return [(str(r.randint(2000, 7999)), None)]
        if name == 'n':
            return [(str(r.randint(2, 9)), None)]
        if name == 'room':
            return [(str(r.randint(101, 420)), None)]
        if name == 'vsay':
            return [(r.choice(self.pools.vsay[L]), None)]
        raise KeyError('unknown placeholder %r' % name)

    def w(self, tpl):
        pos = 0
        d = self.doc
        for m in TOK.finditer(tpl):
            d.raw(tpl[pos:m.start()])
            if m.group(1):
                segs = self.person(m.group(1)).segs(m.group(2), self)
            elif m.group(3):
                segs = self.ph(m.group(3), m.group(4))
            else:
                segs = [(m.group(5), 'CONTENT')]
            for text, typ in segs:
                if typ is None:
                    d.raw(text)
                else:
                    d.span(text, typ)
            pos = m.end()
        d.raw(tpl[pos:])

    def ln(self, tpl=''):
        self.w(tpl + '\n')

    # -- shared sentence pools with {X} / {Y} slots
    def act(self, keys, k=1, sep=' '):
        """Return k sentences from the half's shared action pool, as a template."""
        out = []
        pool = self.pools.act[self.lang]
        for t in self.sample(pool, k):
            x, y = self.r.sample(keys, 2) if len(keys) > 1 else (keys[0], keys[0])
            out.append(self.fill(t, x, y))
        return sep.join(out)

    def fill(self, t, x, y):
        r = self.r
        for slot, key in (('X', x), ('Y', y)):
            start = r.choice(['g', 'g', 'S', 'f', 't', 'tg' if self.lang == 'fr' else 'f', 'i', 'g', 'S'])
            mid = r.choice(['g', 'g', 's', 's', 'f', 't', 'tf', 'i', 'g'])
            if t.startswith('{%s}' % slot):
                t = t.replace('{%s}' % slot, '{%s.%s}' % (key, start), 1)
            t = t.replace('{%s}' % slot, '{%s.%s}' % (key, mid))
            t = t.replace('{d%s}' % slot, '{%s.d_%s}' % (key, mid))
            t = t.replace('{%s.' % slot, '{%s.' % key)
        return t

    def listing(self, keys, form='f', conj=None):
        conj = conj or (' et ' if self.lang == 'fr' else ' and ')
        parts = ['{%s.%s}' % (k, form if isinstance(form, str) else self.r.choice(form)) for k in keys]
        if len(parts) == 1:
            return parts[0]
        return ', '.join(parts[:-1]) + conj + parts[-1]

    def content(self, pool, k=1):
        return ' '.join('[[%s]]' % s for s in self.sample(pool, k))


# ---------------------------------------------------------------------------
# Shared sentence pools (split W/H by crc32 of the sentence).
# {X}/{Y}: a person mention; {dX}: "de X"/"d'X"; {X.a/b}: gendered word.
# ---------------------------------------------------------------------------

VSAY_FR = ['explique', 'mentionne', 'rapporte', 'affirme', 'précise', 'raconte', 'soutient',
           'indique', 'ajoute', 'confie', 'signale', 'répète', 'déclare', 'prétend',
           'souligne', 'admet', 'reconnaît', 'laisse entendre', 'assure', 'estime']
VSAY_EN = ['says', 'explains', 'reports', 'states', 'claims', 'mentions', 'adds', 'insists',
           'admits', 'tells me', 'confirms', 'notes', 'maintains', 'recalls', 'alleges',
           'indicates', 'swears', 'points out', 'believes', 'figures']

ACT_FR = [
    "{X} arrive vers {hh} et demande à parler à quelqu'un.",
    "{X} refuse de signer le consentement pour l'instant.",
    "{X} téléphone deux fois dans la matinée sans laisser de message.",
    "{X} s'emporte lorsque la question du loyer est abordée.",
    "{X} quitte la rencontre avant la fin.",
    "{X} revient sur sa décision et accepte finalement le suivi.",
    "{X} pleure en évoquant le décès de sa mère.",
    "{X} remet les documents demandés, sauf le bail.",
    "{X} souhaite que {Y} soit présent{Y./e} à la prochaine rencontre.",
    "{X} accepte de rencontrer {Y} la semaine prochaine.",
    "{X} signe l'autorisation de communiquer avec {Y}.",
    "{X} confirme avoir reçu la lettre.",
    "{X} dort mal depuis le déménagement.",
    "{X} nie avoir laissé les enfants seuls.",
    "{X} se présente sans rendez-vous au comptoir.",
    "{X} raccroche brusquement.",
    "{X} doit rappeler demain matin.",
    "{X} attend toujours une réponse de son propriétaire.",
    "{X} demande que {Y} ne soit plus informé{Y./e} du suivi.",
    "{X} prend rendez-vous pour le {date}.",
    "{X} oublie encore une fois sa carte.",
    "{X} parle peu et répond par oui ou non.",
    "{X} semble plus calme qu'à la dernière visite.",
    "{X} m'apprend que {Y} a quitté le logement.",
    "{X} reproche à {Y} de ne pas l'avoir avisé{X./e}.",
    "{X} héberge temporairement {Y}, ce qui pose problème avec le bail.",
    "{X} se plaint du bruit causé par {Y}.",
    "{X} a croisé {Y} au dépanneur et la discussion a dégénéré.",
    "{X} insiste pour que tout passe par {Y}.",
    "{X} envoie une photo du dégât d'eau.",
    "{X} consent à l'évaluation.",
    "{X} n'a pas payé la facture d'électricité depuis trois mois.",
    "{X} cherche un emploi à temps partiel.",
    "{X} dit avoir peur {dY}.",
    "{X} rapporte que {Y} boit beaucoup les fins de semaine.",
    "{X} rapporte les clés chez {Y}.",
    "{X} emprunte régulièrement de l'argent à {Y}.",
    "{X} garde les enfants {dY} le mercredi.",
    "{X} conduit {Y} à ses rendez-vous médicaux.",
    "{X} vit seul{X./e} depuis le départ {dY}.",
    "{X} est retourné{X./e} vivre chez {Y}.",
    "{X} a confié à {Y} qu'{X.il/elle} se sentait dépassé{X./e}.",
    "Selon {X}, {Y} aurait changé les serrures sans avertissement.",
    "D'après {X}, la situation s'est détériorée depuis l'été.",
    "Aucune nouvelle {dX} depuis la visite.",
    "Un message a été laissé pour {X} au numéro inscrit au dossier.",
    "Il faudrait vérifier avec {X} si le chèque a été encaissé.",
    "La lettre destinée à {X} est revenue à l'expéditeur.",
    "C'est {X} qui a appelé le 911 cette nuit-là.",
    "Malgré l'insistance {dX}, {Y} refuse d'ouvrir la porte.",
    "Entre {X} et {Y}, le ton monte rapidement.",
    "Pour {X}, c'est la troisième plainte cette année.",
    "Quant à {X}, {X.il/elle} préfère ne pas se prononcer.",
    "Avec {X}, nous avons revu le budget mensuel.",
    "Sans {X}, l'usager n'aurait aucun moyen de transport.",
    "Chez {X}, la chambre est propre mais il manque un chauffage d'appoint.",
    "{X} s'excuse d'avoir manqué le rendez-vous de mardi.",
    "{X} amène {Y} pour servir d'interprète.",
    "La nouvelle carte OPUS a été remise à {X}.",
    "Brève discussion avec {X} dans le corridor.",
]

ACT_EN = [
    "{X} shows up around {hh} asking for the supervisor.",
    "{X} declines to sign the release for now.",
    "{X} calls twice in the morning but leaves no message.",
    "{X} gets upset when the arrears come up.",
    "{X} leaves before the end of the meeting.",
    "{X} changes {X.his/her} mind and agrees to the follow-up.",
    "{X} hands in the pay stubs but not the lease.",
    "{X} wants {Y} at the next meeting.",
    "{X} agrees to meet {Y} next week.",
    "{X} signs the consent to contact {Y}.",
    "{X} confirms receiving the letter.",
    "{X} has not slept well since the move.",
    "{X} denies leaving the children alone.",
    "{X} walks in without an appointment.",
    "{X} hangs up abruptly.",
    "{X} is supposed to call back tomorrow.",
    "{X} is still waiting to hear from the landlord.",
    "{X} asks that {Y} no longer be copied on updates.",
    "{X} books a follow-up for {date}.",
    "{X} forgot {X.his/her} health card again.",
    "{X} seems calmer than at the last visit.",
    "{X} tells me {Y} moved out last month.",
    "{X} blames {Y} for not passing on the notice.",
    "{X} is letting {Y} sleep on the couch, which the lease does not allow.",
    "{X} complains about noise coming from {Y}'s unit.",
    "{X} ran into {Y} at the dépanneur and it escalated.",
    "{X} insists that everything go through {Y}.",
    "{X} texts a photo of the water damage.",
    "{X} consents to the assessment.",
    "{X} owes three months on the hydro bill.",
    "{X} is looking for part-time work.",
    "{X} says {X.he/she} is afraid of {Y}.",
    "{X} reports that {Y} drinks heavily on weekends.",
    "{X} dropped the keys off with {Y}.",
    "{X} borrows money from {Y} on a regular basis.",
    "{X} babysits for {Y} on Wednesdays.",
    "{X} drives {Y} to medical appointments.",
    "{X} has lived alone since {Y} left.",
    "{X} moved back in with {Y} in the spring.",
    "According to {X}, {Y} changed the locks without notice.",
    "No word from {X} since the visit.",
    "Left a voicemail for {X} at the number on file.",
    "Need to check with {X} whether the cheque cleared.",
    "The letter addressed to {X} came back undeliverable.",
    "It was {X} who called 911 that night.",
    "Despite {X} knocking, {Y} would not open the door.",
    "For {X}, this is the third complaint this year.",
    "As for {X}, {X.he/she} prefers not to comment.",
    "Went over the monthly budget with {X}.",
    "Without {X}, the client would have no way to get to dialysis.",
    "At {X}'s place the room is clean but there is no space heater.",
    "{X} apologizes for missing Tuesday.",
    "{X} brings {Y} along as an interpreter.",
    "Gave the new bus pass to {X}.",
    "Spoke with {X} briefly in the hallway.",
    "{X} wonders whether {Y} ever got the forms.",
    "{X} keeps a spare key for {Y}.",
    "Nobody has seen {X} at the building since Friday.",
]

FAMILIES = []


def fam(name, lang):
    def deco(f):
        FAMILIES.append((name, lang, f))
        return f
    return deco


def sign_fr(g, k, role):
    g.ln()
    g.ln(g.ch(["{%s.f}" % k, "{%s.f}" % k, "{%s.i}" % k]))
    g.ln(role)
    g.ln(g.ch(["{org:bare}", "{pl:bare}"]))
    g.ln(g.ch(["Tél. : {%s.phone}, poste {ext}" % k, "{%s.phone}" % k, "Courriel : {%s.wemail}" % k,
               "T {%s.phone} | {%s.wemail}" % (k, k)]))


def sign_en(g, k, role):
    g.ln()
    g.ln(g.ch(["{%s.f}" % k, "{%s.f}" % k, "{%s.i}" % k]))
    g.ln(role + g.ch([" | {org:bare}", ", {org:bare}", ""]))
    g.ln(g.ch(["Tel. {%s.phone} ext. {ext}" % k, "{%s.phone}" % k, "{%s.wemail}" % k,
               "P: {%s.phone} | E: {%s.wemail}" % (k, k)]))


# ===========================================================================
# FAMILIES.  Definition order matters: index even -> W, odd -> H.
# They are written in pairs of the same language and similar genre.
# ===========================================================================

# --- pair 1 (fr) -----------------------------------------------------------

@fam('notes-evolutives', 'fr')
def f_notes_evolutives(g):
    g.ln(g.ch(["NOTES ÉVOLUTIVES — {A.R}", "Notes d'évolution — {A.usager/usagère} : {A.R}",
               "SUIVI PSYCHOSOCIAL | {A.U}"]))
    g.ln(g.ch(["Dossier {file} · NAM {A.ramq} · DDN {A.dobi}",
               "No de dossier : {file}    Date de naissance : {A.dobs}",
               "Dossier {file} — {A.né/née} le {A.dob}"]))
    g.ln("Intervenant{B./e} au dossier : {B.f}, T.S.")
    g.ln()
    pool = [
        "Appel de {C.f}, {C.frère/sœur} {A.d_g}. {C.S} {vsay} que {A.g} ne prend plus sa médication depuis une semaine.",
        "Visite à domicile au {A.addr}. {A.g} m'accueille dans la cuisine; {A.il/elle} semble épuisé{A./e}.",
        "J'ai parlé avec {C.g} hier soir : {C.il/elle} s'inquiète des dettes accumulées par {A.g}.",
        "Discussion clinique avec {D.dr}, qui suit {A.g} depuis son hospitalisation à {pl:bare}.",
        "{A.g} {vsay} que le voisin, {E.s}, frappe dans le mur presque toutes les nuits.",
        "Message laissé à {A.g} au {A.phone}; pas de retour à ce jour.",
        "{A.S} refuse que l'on contacte {C.g} pour le moment.",
        "Rencontre conjointe avec {A.g} et {F.tf}, {org:de}.",
        "Selon {C.g}, {A.g} aurait prêté sa carte bancaire à {E.g}, {E.un ami/une amie} du quartier.",
        "Le propriétaire, {E.tf}, a remis un avis d'éviction pour le {date}.",
        "{A.g} demande une copie de son plan d'intervention; je lui explique la procédure prévue à l'{law}.",
        "{C.g} et {A.g} se sont disputés au sujet de la garde du chien; {C.g} est reparti{C./e} chez {C.lui/elle} à {city}.",
        "Retour d'appel de {D.tf} : le rendez-vous en psychiatrie est devancé au {date}.",
        "{A.g} est arrivé{A./e} en retard, accompagné{A./e} {F.d_g}, qui attendait dans l'auto sur {st:art}.",
        "{A.g} a croisé {E.s} au coin {st:de} et a préféré rebrousser chemin.",
    ]
    for e in g.sample(pool, g.r.randint(3, 5)):
        tail = g.act(['A', 'C', 'E', 'F'], g.r.randint(0, 2))
        g.ln("{date:iso} — " + e + (' ' + tail if tail else ''))
        g.ln()
    g.ln(g.content([
        "Le plan d'intervention sera révisé dans trente jours.",
        "Aucun signe de danger immédiat n'a été observé lors de la visite.",
        "La prochaine rencontre aura lieu au bureau plutôt qu'à domicile.",
        "Le formulaire de consentement a été expliqué en termes simples.",
        "Les objectifs de la semaine ont été revus un à un.",
    ], g.r.randint(1, 2)))
    sign_fr(g, 'B', g.ch(["Travailleu{B.r/se} social{B./e}", "Agent{B./e} de relations humaines"]))


@fam('soutien-domicile', 'fr')
def f_soutien_domicile(g):
    g.ln(g.ch(["RAPPORT DE VISITE — SOUTIEN À DOMICILE", "Soutien à domicile : compte rendu de visite"]))
    if g.r.random() < 0.6:
        g.same_surname('C', 'A')
    g.ln("Client{A./e} : {A.tf} ({A.dobi}) — NAM {A.ramq}")
    g.ln("Adresse : {A.addrl}")
    g.ln("Proche aidant{C./e} : {C.f} ({C.fils/fille}) — cellulaire {C.cell}")
    g.ln()
    pool = [
        "À mon arrivée, c'est {C.g} qui ouvre la porte.",
        "{A.tg} est assis{A./e} au salon, la télévision à plein volume.",
        "L'auxiliaire, {D.f}, passe trois matins par semaine pour l'hygiène.",
        "{D.g} remarque des ecchymoses sur l'avant-bras; {A.g} dit s'être cogné{A./e} contre la rampe.",
        "Les médicaments sont livrés par {pl:art} chaque jeudi.",
        "{C.S} gère les finances depuis que {A.g} a reçu son diagnostic.",
        "{E.Le voisin/La voisine}, {E.s}, vient porter la soupe le dimanche.",
        "Demande de répit : {C.g} aimerait une place au centre de jour le mercredi.",
        "{A.g} souhaite rester chez {A.lui/elle} le plus longtemps possible.",
        "J'ai rappelé {C.g} au {C.cell} pour confirmer l'heure du bain.",
        "Les deux enfants de {A.s} habitent à {city} et viennent rarement.",
        "{A.tg} me montre fièrement les photos de {F.g}, {F.son petit-fils/sa petite-fille}.",
        "Un prêt d'équipement est demandé {org:a} pour un fauteuil roulant.",
        "{A.g} a reçu une facture de {amt} qu'{A.il/elle} ne comprend pas.",
        "Personne à joindre en cas d'urgence : {G.f}, au {G.phone}.",
    ]
    g.ln("Arrivée à {hh}. " + ' '.join(g.sample(pool, g.r.randint(4, 6))))
    g.ln()
    g.ln(g.act(['A', 'C', 'D', 'E'], 2))
    g.ln()
    g.ln("Observations : " + g.content([
        "Le bain est donné assis, avec une planche de transfert.",
        "Les barres d'appui sont maintenant installées dans la salle de bain.",
        "Le réfrigérateur contient peu de nourriture fraîche.",
        "Une réévaluation de l'autonomie fonctionnelle est recommandée.",
        "Le tapis du corridor représente un risque de chute.",
    ], g.r.randint(1, 2)))
    g.ln()
    g.ln("{B.f}, {B.infirmier/infirmière} auxiliaire — {B.phone}")


# --- pair 2 (en) -----------------------------------------------------------

@fam('case-notes-en', 'en')
def f_case_notes_en(g):
    g.ln(g.ch(["PROGRESS NOTES — {A.R}", "Case notes: {A.f}", "CLIENT: {A.RU}"]))
    g.ln(g.ch(["DOB {A.dobi} | Medicare {A.ramq} | File {file}",
               "File no. {file} — born {A.dob}", "Health insurance no.: {A.ramq}"]))
    g.ln("Assigned worker: {B.f}, MSW")
    g.ln()
    pool = [
        "Phone call from {C.f}, {A.gp} {C.brother/sister}. {C.g} {vsay} that {A.g} stopped taking the meds a week ago.",
        "Home visit at {A.addr}. {A.g} lets me in through the back door.",
        "Talked to {C.g} last night; {C.he/she} is worried about the credit card debt.",
        "{A.S} does not want {C.g} contacted for now.",
        "{A.g} {vsay} that the downstairs neighbour, {E.s}, bangs on the ceiling every night.",
        "Case conference with {D.dr} from {pl:art}.",
        "Left a message for {A.g} at {A.phone}. Ask {C.g} to call back about the lease renewal.",
        "{A.gp} landlord, {E.tf}, served a notice effective {date}.",
        "Met {A.g} and {F.tf} from {org:art} at the office.",
        "{C.g} says {A.g} lent a bank card to {E.g}, a friend from the building.",
        "{A.g} asked for a copy of the intervention plan; explained the process under {law}.",
        "Quick check-in by phone: {A.g} is staying with {F.g} in {city} until the heat is fixed.",
        "{A.g} saw {E.s} hanging around the bus stop on {st:bare} and walked the other way.",
        "The referral to {D.dr} has been moved up to {date}.",
    ]
    for e in g.sample(pool, g.r.randint(3, 5)):
        tail = g.act(['A', 'C', 'E', 'F'], g.r.randint(0, 2))
        g.ln("{date:iso}: " + e + (' ' + tail if tail else ''))
        g.ln()
    g.ln(g.content([
        "The intervention plan will be reviewed in thirty days.",
        "No immediate safety concerns were observed during the visit.",
        "Next meeting will take place at the office rather than at home.",
        "The consent form was explained in plain language.",
    ], g.r.randint(1, 2)))
    sign_en(g, 'B', "Social worker")


@fam('home-visit-en', 'en')
def f_home_visit_en(g):
    if g.r.random() < 0.6:
        g.same_surname('C', 'A')
    g.ln(g.ch(["HOME SUPPORT VISIT REPORT", "Home care — visit summary"]))
    g.ln("Client: {A.tf}, born {A.dob}")
    g.ln("Address: {A.addrl}")
    g.ln("Caregiver: {C.f} ({C.son/daughter}), cell {C.cell}")
    g.ln()
    pool = [
        "Upon arrival, {C.g} lets me in.",
        "{A.tf} is sitting in the recliner with the TV very loud.",
        "The care aide, {D.f}, comes three mornings a week.",
        "Meals on Wheels drops off lunch; {A.g} rarely finishes it.",
        "{C.S} has handled the banking since the diagnosis.",
        "The spare keys were given to {E.g}, who lives across the hall.",
        "Respite request: {C.g} would like a day-centre spot on Wednesdays.",
        "Called {C.g} back on {C.cell} to confirm bath time.",
        "{A.gp} two sons live in {city} and rarely visit.",
        "{D.g} noticed bruising on the forearm; {A.g} says {A.he/she} bumped the railing.",
        "Prescriptions are delivered by {pl:art} every Thursday.",
        "{A.g} shows me photos of {F.g}, {A.his/her} {F.grandson/granddaughter} in {city}.",
        "Emergency contact: {G.f} at {G.phone}.",
        "A bill for {amt} came in and {A.g} cannot make sense of it.",
    ]
    g.ln("Arrived at {hh}. " + ' '.join(g.sample(pool, g.r.randint(4, 6))))
    g.ln()
    g.ln(g.act(['A', 'C', 'D', 'E'], 2))
    g.ln()
    g.ln("Observations: " + g.content([
        "Bathing is done seated with a transfer bench.",
        "Grab bars are now installed in the bathroom.",
        "There is very little fresh food in the fridge.",
        "A new functional autonomy assessment is recommended.",
        "The hallway rug is a fall risk.",
    ], g.r.randint(1, 2)))
    g.ln()
    g.ln("{B.f}, LPN — {B.phone}")


# --- pair 3 (fr) -----------------------------------------------------------

@fam('courriel-transfere', 'fr')
def f_courriel_transfere(g):
    g.ln("De : {B.f} <{B.wemail}>")
    g.ln("Envoyé : {date} {hh}")
    g.ln("À : {C.f} <{C.wemail}>")
    if g.r.random() < 0.5:
        g.ln("Cc : {D.f}")
    g.ln(g.ch(["Objet : TR: Dossier {A.SU} — suivi", "Objet : TR: demande de {A.fl}",
               "Objet : TR: plainte {A.RU}", "Objet : TR: Message de {A.f}"]))
    g.ln()
    g.ln(g.ch(["Bonjour {C.g},", "Salut {C.g},", "Allô {C.g}!", "Bonjour {C.tf},"]))
    g.ln()
    body = [
        "Je te transfère le message reçu ce matin de la part {A.d_tf}.",
        "Peux-tu rappeler {A.g} au {A.phone}? {A.Il/Elle} préfère être joint{A./e} après 15 h.",
        "J'ai vérifié : {A.s} n'est pas encore inscrit{A./e} sur la liste d'attente.",
        "{D.g} m'a dit que le dossier était rendu chez toi depuis la réunion.",
        "Si {A.g} rappelle, mentionne-lui que la réponse viendra {org:de}.",
        "Je ne connais pas {E.f}, le voisin dont il est question; à vérifier avec {D.g}.",
        "On en reparle jeudi avec {D.s}?",
    ]
    g.ln(' '.join(g.sample(body, g.r.randint(2, 4))) + ' ' + g.content([
        "Je serai en formation toute la journée de demain.",
        "La politique de traitement des plaintes a été mise à jour le mois dernier.",
        "Merci de ne pas répondre à tous.",
    ]))
    g.ln()
    g.ln(g.ch(["Merci!", "Bonne journée,", "Au plaisir,", "Merci d'avance,"]))
    g.ln(g.ch(["{B.g}", "{B.f}", "{B.g}"]))
    g.ln()
    g.ln(g.ch(["-----Message d'origine-----", "________________________________",
               "---------- Message transféré ----------"]))
    g.ln("De : {A.f} <{A.email}>")
    g.ln("Envoyé : {date} {hh}")
    g.ln("À : info@" + g.wdomain)
    g.ln(g.ch(["Objet : ma demande", "Objet : problème avec mon dossier", "Objet : URGENT", "Objet : suite à l'appel"]))
    g.ln()
    g.ln(g.ch(["Bonjour,", "Madame, Monsieur,", "Bonjour à qui de droit,"]))
    g.ln()
    orig = [
        "Je m'appelle {A.f} et j'habite au {A.addrl}.",
        "Je suis {A.né/née} le {A.dob} et mon numéro d'assurance maladie est le {A.ramq}.",
        "{B.Mon intervenant/Mon intervenante}, {B.tg}, m'a dit de vous écrire directement.",
        "{F.Mon garçon/Ma fille}, {F.g}, a été {F.suspendu/suspendue} de l'école sans qu'on m'avertisse.",
        "Depuis que {E.f} a emménagé au-dessus, je ne dors plus.",
        "J'ai appelé la ligne {tf} trois fois sans réponse.",
        "J'attends aussi un remboursement de {amt}.",
        "Vous pouvez me rejoindre au {A.cell} ou demander {F.g} si je ne suis pas là.",
    ]
    g.ln(' '.join(g.sample(orig, g.r.randint(3, 5))))
    g.ln()
    g.ln(g.ch(["Merci de votre aide", "Cordialement", "Salutations", "Merci"]))
    g.ln("{A.f}")


@fam('courriel-interne', 'fr')
def f_courriel_interne(g):
    g.ln(g.ch(["Objet : RE: RE: rencontre avec {A.f}", "Objet : RE: horaire de la visite chez {A.s}",
               "Objet : RE: Dossier {A.SU} / {file}"]))
    g.ln()
    g.ln(g.ch(["Parfait, merci {C.g}.", "Oui, ça me convient.", "Ok pour moi, {C.gl}."]) + ' ' +
         g.ch(["Je vais aviser {A.g} ce soir.", "{D.S} sera là aussi.",
               "Je réserve la salle 3 au {pl:bare}.", "On se rejoint devant {pl:art} à {hh}."]))
    g.ln()
    g.ln("{B.g}")
    g.ln()
    g.ln("Le {date} à {hh}, {C.f} <{C.wemail}> a écrit :")
    quoted = [
        "Bonjour {B.g},",
        "",
        g.ch(["Est-ce que mardi fonctionne pour la visite chez {A.g}?",
              "Pour la rencontre avec {A.tf}, j'ai besoin de savoir si {E.g} sera présent{E./e}."]),
        g.ch(["{A.S} a demandé que {F.son frère/sa sœur}, {F.f}, puisse assister.",
              "{F.g} a laissé un message pour {A.g} à la réception hier.",
              "{D.g} propose qu'on se voie au bureau de {city} plutôt qu'à domicile."]),
        g.act(['A', 'D', 'E', 'F'], 1),
        "",
        "Merci,",
        "{C.g}",
    ]
    for q in quoted:
        g.ln('> ' + q if q else '>')
    g.ln('>')
    g.ln("> Le {date} à {hh}, {B.f} <{B.wemail}> a écrit :")
    inner = [
        g.ch(["Salut {C.g},", "Bonjour {C.g},"]),
        g.ch(["J'ai reçu un appel {A.d_f} ({A.phone}) concernant son dossier {file}.",
              "{A.tf} est passé{A./e} au comptoir ce matin, très fâché{A./e}."]),
        g.ch(["{A.Il/Elle} dit que {E.f} refuse toujours de lui rendre ses papiers.",
              "{A.Il/Elle} souhaite qu'on parle à {E.g} avant de fermer le dossier."]),
        g.content(["Le formulaire révisé est dans le dossier partagé.",
                   "La salle de conférence est réservée jusqu'à midi."]),
        "{B.g}",
    ]
    for q in inner:
        g.ln('>> ' + q)


# --- pair 4 (en) -----------------------------------------------------------

@fam('email-thread', 'en')
def f_email_thread(g):
    g.ln("From: {B.f} <{B.wemail}>")
    g.ln("Sent: {date} {hh}")
    g.ln("To: {C.f} <{C.wemail}>")
    if g.r.random() < 0.5:
        g.ln("Cc: {D.wemail}")
    g.ln(g.ch(["Subject: RE: {A.SU} file", "Subject: RE: call from {A.f}", "Subject: RE: {A.gp} appeal",
               "Subject: RE: follow-up {file}"]))
    g.ln()
    g.ln(g.ch(["Hi {C.g},", "Hello {C.g},", "{C.g} —", "Good morning {C.tf},"]))
    g.ln()
    body = [
        "{A.g} called again this morning from {A.phone}.",
        "Could you ask {D.g} to call {A.him/her} back before Friday?",
        "I checked and {A.s} is not on the waiting list yet.",
        "Apparently {E.f} still has the original documents and won't give them back.",
        "Please loop in {D.tf} if the hearing at {org:art} goes ahead.",
        "The keys to the unit went to {F.g} by mistake.",
        "I would rather not share {A.gp} new address with {E.s} until we confirm.",
    ]
    g.ln(' '.join(g.sample(body, g.r.randint(3, 4))) + ' ' + g.content([
        "I will be off on Thursday afternoon.",
        "The updated complaint policy is on the shared drive.",
        "Please don't reply all on this one.",
    ]))
    g.ln()
    g.ln(g.ch(["Thanks,", "Best,", "Cheers,", "Regards,"]))
    g.ln("{B.g}")
    sign_en(g, 'B', g.ch(["Intake Coordinator", "Housing Officer", "Case Manager"]))
    g.ln()
    g.ln("From: {C.f} <{C.wemail}>")
    g.ln("Sent: {date} {hh}")
    g.ln("To: {B.f}")
    g.ln("Subject: {A.SU} file")
    g.ln()
    g.ln(g.ch(["Hi {B.g},", "{B.g},"]))
    g.ln(' '.join(g.sample([
        "Just a heads-up that {A.tf} dropped by reception asking about the rent subsidy.",
        "{A.S} is now staying with {F.f} at {F.addr}.",
        "{A.He's/She's} very frustrated with {E.g}, the superintendent.",
        "Can you check whether the cheque for {amt} was ever sent?",
        g.act(['A', 'E', 'F'], 1),
    ], 3)))
    g.ln("{C.g}")


@fam('email-forward', 'en')
def f_email_forward(g):
    g.ln(g.ch(["FYI — see below. {C.g}, can you take this one?", "Forwarding for your action.",
               "Sending this your way, {C.g}. Not sure who owns it."]))
    g.ln()
    g.ln("{B.g}")
    g.ln()
    g.ln("---------- Forwarded message ---------")
    g.ln("From: {A.f} <{A.email}>")
    g.ln("Date: {date}")
    g.ln("Subject: " + g.ch(["my son's file", "complaint about the bus driver", "Urgent - eviction",
                             "question about my benefits"]))
    g.ln("To: <info@" + g.wdomain + ">")
    g.ln()
    g.ln(g.ch(["To whom it may concern,", "Hello,", "Dear Sir or Madam,"]))
    g.ln()
    parts = [
        "My name is {A.f}, born {A.dob}, and I live at {A.addrl}.",
        "I spoke with {D.f} at your office twice and {D.he/she} told me to put it in writing.",
        "Since {E.f} moved in downstairs, there is smoke coming through the vents every night.",
        "My {F.son/daughter}, {F.g}, has been waiting for a placement since {date}.",
        "I was told to call {tf}, but nobody ever picks up.",
        "Please call me at {A.cell} or leave a message with {G.g}, my neighbour.",
        "I am attaching the letter from {org:art}.",
    ]
    g.ln(' '.join(g.sample(parts, g.r.randint(3, 5))))
    g.ln()
    g.ln(g.ch(["Thank you,", "Sincerely,", "Regards,"]))
    g.ln(g.ch(["{A.f}", "{A.g}", "{A.i}"]))
    g.ln()
    g.ln("On {date}, {D.f} <{D.wemail}> wrote:")
    for q in [
        g.ch(["Hello {A.tf},", "Dear {A.t},", "Hi {A.g},"]),
        g.ch(["Thank you for your call yesterday.", "Following up on our conversation."]),
        g.ch(["As discussed, I have passed your concerns to {H.tf}, who supervises the building.",
              "I have asked {H.g} in our housing team to look into {E.gp} unit."]),
        g.content(["Our offices are closed on statutory holidays.",
                   "Written complaints are acknowledged within ten business days."]),
        "{D.g}",
    ]:
        g.ln('> ' + q)


# --- pair 5 (fr) -----------------------------------------------------------

@fam('transcription-appel', 'fr')
def f_transcription_appel(g):
    g.sex('C', 'F')
    g.ln("TRANSCRIPTION — appel entrant, ligne {tf}")
    g.ln("Agent{B./e} : {B.f} (poste {ext}) — {date} {hh}")
    g.ln()
    style = g.r.randint(0, 2)
    if style == 0:
        Lb, La = "{B.AGENT/AGENTE}", "{A.APPELANT/APPELANTE}"
    elif style == 1:
        Lb, La = "{B.SU}", "{A.SU}"
    else:
        Lb, La = "{B.g}", "{A.g}"
    t = [0]

    def turn(who, tpl):
        t[0] += g.r.randint(3, 19)
        g.ln('[%02d:%02d] ' % (t[0] // 60, t[0] % 60) + who + ' : ' + tpl)
    turn(Lb, "{org:bare}, bonjour, {B.g} à l'appareil.")
    turn(La, g.ch(["Oui bonjour, c'est {A.f}, j'appelle pour ma mère, {C.f}.",
                   "Bonjour, mon nom c'est {A.f}. C'est pour ma mère, {C.tf}."]))
    turn(Lb, "Pouvez-vous me confirmer la date de naissance de votre mère?")
    turn(La, "{C.dob}.")
    turn(Lb, "Et son numéro d'assurance maladie, si vous l'avez?")
    turn(La, g.ch(["Attendez... {C.ramq}.", "Oui, c'est {C.ramq}."]))
    turn(Lb, "Elle demeure toujours au {C.addr}?")
    turn(La, g.ch(["Non, elle est rendue chez {D.g}, {D.mon cousin/ma cousine}, à {city}.",
                   "Oui, mais elle passe ses fins de semaine chez {D.f}."]))
    turn(Lb, g.ch(["D'accord. Qu'est-ce qui se passe avec {C.tg}?", "Très bien. Quel est le problème?"]))
    turn(La, g.ch([
        "Ben, {E.le préposé/la préposée}, {E.g}, ne vient plus le matin. Ça fait deux semaines.",
        "Elle est tombée dimanche et personne {org:de} nous a rappelés.",
        "C'est {E.f}, {E.le concierge/la concierge}, qui m'a appelé{A./e}; {E.il/elle} l'a trouvée dans le corridor.",
    ]))
    turn(Lb, g.ch(["Je note. Est-ce que {D.g} est au courant?", "Je comprends. Vous êtes son seul contact?"]))
    turn(La, g.ch(["Oui, {D.g} aussi, mais {D.il/elle} travaille de nuit.",
                   "Non, il y a mon frère aussi, mais lui et {E.s}, ils se parlent plus."]))
    turn(Lb, "Quel numéro pour vous joindre?")
    turn(La, "{A.cell}. Sinon mon courriel, {A.email}.")
    turn(Lb, g.content(["Je vais transmettre la demande à l'équipe de soutien à domicile.",
                        "Une personne du service vous rappellera d'ici quarante-huit heures."]))
    turn(La, g.ch(["Merci beaucoup, {B.g}.", "Parfait, merci madame." if g.P['B'].gender == 'F' else "Parfait, merci monsieur."]))
    g.ln()
    g.ln("Note de l'agent{B./e} : " + g.act(['A', 'C', 'D', 'E'], 1))


@fam('messagerie-vocale', 'fr')
def f_messagerie_vocale(g):
    g.ln(g.ch(["Boîte vocale — {B.f} — messages transcrits automatiquement",
               "MESSAGERIE VOCALE | poste {ext} ({B.SU})"]))
    g.ln()
    msgs = [
        "« Oui allô, c'est {A.g}... {A.f}. J'appelle pour mon rendez-vous de jeudi, je pourrai pas y aller. Rappelez-moi au {A.phone}. Merci. »",
        "« Bonjour, c'est un message pour {B.g}, de la part {C.d_f}. C'est au sujet {A.d_g}, ça presse un peu. Mon numéro : {C.cell}. »",
        "« Salut {B.g}, c'est {D.g} de l'accueil. {A.S} est passé{A./e} te porter ses papiers, je les ai mis dans ton casier. »",
        "« Bonjour madame, monsieur, c'est {E.tf}, le propriétaire du {A.addr}. {A.Votre client/Votre cliente}, {A.tg}, me doit deux mois. Rappelez-moi. »",
        "« Oui c'est {C.g} encore. Finalement {A.g} est chez {F.s} pour la fin de semaine. Bye. »",
        "« Message pour {B.tf}. Ici {F.f}, {F.infirmier/infirmière} {pl:de}. Le congé {A.d_t} est prévu pour demain matin. »",
        "« Allô, c'est {A.g}. Je voulais juste dire que {G.g} a trouvé mes clés. Laissez faire le serrurier. »",
        "« Oui bonjour, {A.f} encore. Vous m'avez demandé ma carte soleil : c'est {A.ramq}. Merci. »",
        "« Bonjour, {H.f} {org:de}. Je cherche à joindre {A.tf} au sujet du dossier {file}. Vous pouvez me rappeler au {tf}. »",
    ]
    for i, m in enumerate(g.sample(msgs, g.r.randint(3, 5)), 1):
        g.ln("Message %d — reçu le {date} à {hh}" % i + g.ch([" — de {A.phone}", "", " — numéro masqué"]))
        g.ln(m)
        g.ln()
    g.ln("Suivi : " + g.act(['A', 'C', 'D', 'E', 'F'], 1) + ' ' + g.content([
        "Les messages de plus de trente jours sont supprimés automatiquement.",
        "La transcription automatique peut contenir des erreurs.",
    ]))


# --- pair 6 (en) -----------------------------------------------------------

@fam('call-transcript', 'en')
def f_call_transcript(g):
    g.ln(g.ch(["CALL TRANSCRIPT — intake line {tf}", "Recorded call — {org:bare} — {date}"]))
    g.ln("Operator: {B.f}    Duration: %d min" % g.r.randint(4, 19))
    g.ln()
    style = g.r.randint(0, 2)
    Lb, La = [("OPERATOR", "CALLER"), ("{B.SU}", "{A.SU}"), ("{B.g}", "{A.g}")][style]
    turns = [
        (Lb, "Intake, this is {B.g}, how can I help?"),
        (La, g.ch(["Hi, yeah, it's {A.f}. I'm calling about my {C.dad/mom}, {C.f}.",
                   "Hello, my name is {A.f}, I'm calling for {C.f}. {C.He's/She's} my {C.father/mother}."])),
        (Lb, "Okay. Can I get {C.his/her} date of birth?"),
        (La, "{C.dob}."),
        (Lb, "And the health card number?"),
        (La, g.ch(["Hang on... {C.ramq}.", "It's {C.ramq}."])),
        (Lb, "Is {C.he/she} still at {C.addr}?"),
        (La, g.ch(["No, {C.he/she} moved in with {D.g}, my cousin, in {city}.",
                   "Yes, but {C.he/she} spends weekends at {D.gp} place."])),
        (Lb, "What's going on?"),
        (La, g.ch(["The aide, {E.g}, hasn't shown up in two weeks.",
                   "{C.He/She} fell on Sunday and nobody from {org:art} called back.",
                   "The super, {E.f}, found {C.him/her} in the hallway. {E.He/She} called me."])),
        (Lb, g.ch(["Does {D.g} know about this?", "Are you the only contact?"])),
        (La, g.ch(["Yeah, {D.g} knows, but {D.he/she} works nights.",
                   "There's my brother, but he and {E.s} don't talk anymore."])),
        (Lb, "Best number to reach you?"),
        (La, "{A.cell}, or email me at {A.email}."),
        (Lb, g.content(["I'm going to forward this to the home care team.",
                        "Someone will call you back within forty-eight hours."])),
        (La, g.ch(["Thanks a lot, {B.g}.", "Okay. Thank you."])),
    ]
    t = 0
    for who, tpl in turns:
        t += g.r.randint(3, 19)
        g.ln('%02d:%02d %s: %s' % (t // 60, t % 60, who, tpl))
    g.ln()
    g.ln("Operator note: " + g.act(['A', 'C', 'D', 'E'], 1))


@fam('voicemail-log', 'en')
def f_voicemail_log(g):
    g.ln(g.ch(["Voicemail — {B.f} — auto-transcribed", "VOICEMAIL BOX {ext} ({B.RU})"]))
    g.ln()
    msgs = [
        "\"Hi, it's {A.g}... {A.f}. I can't make Thursday. Call me back at {A.phone}. Thanks.\"",
        "\"Hello, this message is for {B.g}, from {C.f}. It's about {A.g}, and it's kind of urgent. My number is {C.cell}.\"",
        "\"Hey {B.gl}, {D.g} from the front desk. {A.S} dropped off the forms, they're in your mailbox.\"",
        "\"Good afternoon, {E.tf} calling, I own the building at {A.addr}. Your client {A.tf} is two months behind. Call me.\"",
        "\"It's {C.g} again. {A.g} is staying at {F.gp} for the weekend. Bye.\"",
        "\"Message for {B.tf}. This is {F.f}, nurse at {pl:bare}. {A.t} is being discharged tomorrow morning.\"",
        "\"Hi, it's {A.g}. Just wanted to say {G.g} found my keys, so cancel the locksmith.\"",
        "\"Hello, {H.f} from {org:art}, trying to reach {A.tf} about file {file}. You can call me back at {tf}.\"",
    ]
    for i, m in enumerate(g.sample(msgs, g.r.randint(3, 5)), 1):
        g.ln("Message %d — {date} {hh}" % i + g.ch([" — from {A.phone}", "", " — private number"]))
        g.ln(m)
        g.ln()
    g.ln("Follow-up: " + g.act(['A', 'C', 'D', 'E', 'F'], 1) + ' ' + g.content([
        "Messages older than thirty days are deleted automatically.",
        "Automatic transcription may contain errors.",
    ]))


# --- pair 7 (fr) -----------------------------------------------------------

@fam('pv-conseil-administration', 'fr')
def f_pv_ca(g):
    g.ln("PROCÈS-VERBAL de la réunion du conseil d'administration")
    g.ln("{org:bare} — séance tenue le {date}, à {hh}")
    g.ln()
    g.ln("Présences : " + g.listing(['A', 'B', 'C', 'D'], ['f', 'f', 'tf', 'i']) +
         g.ch([" (par visioconférence)", ""]))
    g.ln("Absences motivées : " + g.listing(['E', 'F'][:g.r.randint(1, 2)], 'f'))
    g.ln("Secrétaire de séance : {G.f}")
    g.ln()
    items = [
        "1. Ouverture — {A.S} ouvre la séance et constate le quorum.",
        "2. Ordre du jour — Sur proposition de {B.s}, appuyée par {C.s}, l'ordre du jour est adopté tel que présenté.",
        "3. Procès-verbal — {D.g} signale une coquille au point 6; le procès-verbal est adopté avec cette correction.",
        "4. Suivi des démarches — {B.g} fait état des discussions {org:de}. " + g.content([
            "Aucune réponse écrite n'a encore été reçue.",
            "Le dossier devrait cheminer d'ici l'automne.",
            "Une rencontre de suivi est prévue le mois prochain.",
        ]),
        "5. Finances — La trésorière présente les états financiers : un surplus de {amt} est dégagé. {C.S} demande d'où provient l'écart sur la ligne des loyers.",
        "6. Résolution CA-%d-%02d — Il est proposé par {D.f}, appuyé par {A.f}, d'autoriser une dépense maximale de {amt} pour la réfection du toit." % (g.r.randint(2021, 2025), g.r.randint(1, 40)),
        "   Vote : pour — {A.s}, {B.s}, {D.s}; contre — {C.s}; abstention — {E.s}. Adoptée à la majorité.",
        "7. Varia — {C.g} rappelle que la fête des bénévoles aura lieu {pl:a}. {G.g} se charge des invitations.",
        "8. Levée — La séance est levée à {hh} sur proposition de {B.f}.",
    ]
    if g.r.random() < 0.5:
        items.insert(4, "   Plainte d'un membre : {H.tf}, {H.locataire/locataire} du {H.addr}, conteste sa hausse de loyer; "
                        "{A.g} communiquera avec {H.lui/elle} avant la prochaine séance.")
    for it in items:
        g.ln(it)
    g.ln()
    g.ln("__________________________")
    g.ln("{A.f}, président{A./e}        {G.f}, secrétaire")


@fam('seance-conseil-municipal', 'fr')
def f_conseil_municipal(g):
    g.ln("Séance ordinaire du conseil municipal — Ville de {city}")
    g.ln("Tenue le {date} à {hh}, à la salle du conseil")
    g.ln()
    g.ln("Sont présents : " + g.listing(['B', 'C', 'D', 'E'],
                                        ['t', 'tf', 'f']) + ", formant quorum sous la présidence {F.du maire/de la mairesse}, {F.tf}.")
    g.ln("Est également présent{G./e} : {G.f}, greffi{G.er/ère}.")
    g.ln()
    g.ln("PÉRIODE DE QUESTIONS")
    qs = [
        "{A.tf}, résident{A./e} de {st:art}, demande quand le trottoir sera refait. {F.S} répond que les travaux sont prévus au printemps.",
        "{H.f} dépose une pétition au sujet du stationnement près {pl:de}. {C.S} propose de la transmettre au comité de circulation.",
        "{A.S} revient sur la question des nids-de-poule; {D.le conseiller/la conseillère} {D.s} s'engage à faire un suivi.",
        "{H.Un citoyen/Une citoyenne}, {H.f}, se plaint de l'éclairage {st:de}. " + g.content([
            "Le conseil prend note de la demande.",
            "Le service des travaux publics fera une inspection.",
        ]),
        "{A.f} demande une copie du rapport d'inspection en vertu de l'{law}.",
    ]
    for q in g.sample(qs, g.r.randint(2, 4)):
        g.ln("— " + q)
    g.ln(g.content([
        "La période de questions est close à vingt heures.",
        "Les citoyens disposent de trois minutes chacun pour intervenir.",
        "Les questions écrites seront traitées à la prochaine séance.",
    ]))
    g.ln()
    g.ln("RÉSOLUTIONS")
    g.ln("%d-%03d — Il est proposé par {B.le conseiller/la conseillère} {B.s}, appuyé par {C.le conseiller/la conseillère} {C.s}, "
         "d'octroyer le contrat de déneigement pour un montant de {amt}." % (g.r.randint(2021, 2025), g.r.randint(1, 400)))
    g.ln("Adoptée à l'unanimité des conseillers présents. {E.S} a déclaré son intérêt et s'est retiré{E./e} des délibérations.")
    g.ln("%d-%03d — Sur proposition de {D.f}, le conseil mandate {org:art} pour une étude sur le logement en {region}." % (
        g.r.randint(2021, 2025), g.r.randint(1, 400)))
    g.ln()
    g.ln("Levée de la séance à {hh}.")
    g.ln("{F.f}, maire{F./sse}    {G.f}, greffi{G.er/ère}")


# --- pair 8 (en) -----------------------------------------------------------

@fam('board-minutes', 'en')
def f_board_minutes(g):
    g.ln("MINUTES — Board of Directors, {org:bare}")
    g.ln("Meeting held on {date} at {hh}")
    g.ln()
    g.ln("Present: " + g.listing(['A', 'B', 'C', 'D'], ['f', 'f', 'tf', 'i']))
    g.ln("Regrets: " + g.listing(['E', 'F'][:g.r.randint(1, 2)], 'f'))
    g.ln("Recording secretary: {G.f}")
    g.ln()
    items = [
        "1. Call to order — {A.S} calls the meeting to order; quorum is confirmed.",
        "2. Agenda — Moved by {B.s}, seconded by {C.s}, that the agenda be adopted as circulated. Carried.",
        "3. Previous minutes — {D.g} notes a typo in item 6; minutes adopted as amended.",
        "4. Updates — {B.g} reports on discussions with {org:art}. " + g.content([
            "No written answer has been received yet.",
            "The file should move forward by the fall.",
            "A follow-up meeting is planned for next month.",
        ]),
        "5. Finance — The treasurer presents the statements, showing a surplus of {amt}. {C.S} asks about the variance in rental income.",
        "6. Motion — Moved by {D.f}, seconded by {A.f}, to approve spending of up to {amt} on roof repairs.",
        "   In favour: {A.s}, {B.s}, {D.s}. Opposed: {C.s}. Abstaining: {E.s}. Carried.",
        "7. Other business — {C.g} reminds everyone that the volunteer party will be held at {pl:art}. {G.g} will send the invitations.",
        "8. Adjournment — {B.f} moves to adjourn at {hh}.",
    ]
    if g.r.random() < 0.5:
        items.insert(4, "   Member complaint: {H.tf}, tenant at {H.addr}, disputes the rent increase; "
                        "{A.g} will contact {H.him/her} before the next meeting.")
    for it in items:
        g.ln(it)
    g.ln()
    g.ln("{A.f}, Chair        {G.f}, Secretary")


@fam('public-consultation', 'en')
def f_public_consultation(g):
    g.ln("Public consultation — summary of interventions")
    g.ln("Borough of {city}, {date}")
    g.ln("Facilitator: {B.f}. Note-taker: {C.f}.")
    g.ln()
    ints = [
        "{A.f} (resident, {st:bare}) wants to know why the bike lane ends at the school. {B.g} replies that the second phase is in the plan.",
        "Speaking next, {D.f} worries about trucks idling behind {pl:bare}. {D.S} has counted eleven in one hour.",
        "{E.f} asks whether {org:art} was consulted. " + g.content([
            "The question is noted for the written report.",
            "Staff will follow up in writing.",
        ]),
        "A tenant, {F.f}, describes mould in the unit and says the owner, {G.tf}, ignores the calls.",
        "{A.S} comes back to the microphone to support {D.gp} comment about the trucks.",
        "{H.f} hands in a petition with 212 signatures; {B.g} thanks {H.him/her}.",
        "The note-taker, {C.g}, reminds participants that written briefs can be sent until {date}.",
        "{D.g} asks that the minutes not publish {D.his/her} address.",
    ]
    for i in g.sample(ints, g.r.randint(4, 6)):
        g.ln("• " + i)
    g.ln()
    g.ln(g.act(['A', 'D', 'F', 'H'], 1) + ' ' + g.content([
        "All interventions will be summarized in the final report.",
        "Participants were reminded to keep comments to three minutes.",
        "Coffee and childcare were provided on site.",
    ]))
    g.ln("Session closed at {hh}. Questions under {law} go to the clerk.")


# --- pair 9 (fr) -----------------------------------------------------------

@fam('plainte-citoyen', 'fr')
def f_plainte_citoyen(g):
    g.ln("{A.f}")
    g.ln("{A.addrl}")
    g.ln(g.ch(["{A.phone}", "{A.email}", "{A.phone} — {A.email}"]))
    g.ln()
    g.ln("{city}, le {date}")
    g.ln()
    g.ln("Objet : Plainte — dossier {file}")
    g.ln()
    g.ln(g.ch(["Madame, Monsieur,", "À qui de droit,", "Madame la commissaire aux plaintes,"]))
    g.ln()
    paras = [
        "Je m'appelle {A.f}, je suis {A.né/née} le {A.dob}, et je vous écris parce que je n'en peux plus d'attendre.",
        "Le {date}, je me suis présenté{A./e} au comptoir {org:de}, sur {st:art}. {B.Un employé/Une employée}, {B.un certain/une certaine} {B.g}, m'a dit que mon dossier était incomplet, alors que j'avais tout envoyé.",
        "J'ai ensuite parlé avec {C.tf}, qui m'a promis un retour dans la semaine. Rien.",
        "J'ai appelé au {tf} à quatre reprises; chaque fois, on m'a dit de rappeler {C.s}.",
        "{D.Mon conjoint/Ma conjointe}, {D.g}, était présent{D./e} et peut confirmer ce que j'avance.",
        "De plus, une somme de {amt} a été prélevée sur ma carte {A.card} sans mon autorisation.",
        "Je trouve inacceptable que {B.g} ait discuté de ma situation devant d'autres clients, dont {E.f}, que je connais du quartier.",
        "Je demande donc une copie de toutes les notes à mon dossier, conformément à l'{law}.",
    ]
    for p in paras[:1] + g.ordered(paras[1:], g.r.randint(3, 5)):
        g.ln(p)
        g.ln()
    g.ln(g.content([
        "Je vous remercie de l'attention que vous porterez à la présente.",
        "Dans l'attente d'une réponse rapide, veuillez agréer mes salutations distinguées.",
    ]))
    g.ln()
    g.ln(g.ch(["{A.f}", "{A.i}", "{A.f}"]))
    g.ln("p. j. Copie de la lettre {org:de}")


@fam('mediation-voisinage', 'fr')
def f_mediation_voisinage(g):
    g.ln("RAPPORT DE MÉDIATION CITOYENNE — dossier {file}")
    g.ln("Parties : {A.f} ({A.addr}) et {B.f} (logement voisin)")
    g.ln("Médiation : {C.f} et {D.f}")
    g.ln()
    pool = [
        "{A.g} reproche à {B.g} de faire jouer de la musique forte après minuit.",
        "{B.Le voisin/La voisine} d'en haut, {B.s}, crie souvent au téléphone; {A.s} entend tout.",
        "{B.S} répond que les chiens qui aboient appartiennent à {E.g}, {E.son colocataire/sa colocataire}.",
        "Selon {B.g}, c'est plutôt {A.g} qui laisse ses sacs de poubelles dans l'escalier.",
        "{A.g} montre des vidéos; {B.g} refuse de les regarder.",
        "Les deux parties s'entendent pour que {F.tf}, {F.le concierge/la concierge}, serve d'intermédiaire.",
        "{D.g} propose une pause de dix minutes; {A.g} sort fumer, {B.g} reste avec {C.g}.",
        "Au retour, {B.g} s'excuse pour les insultes du {date}.",
        "{A.S} accepte de ne plus appeler la police sans d'abord texter {B.g} au {B.cell}.",
        "Il est convenu que {E.g} gardera les chiens à l'intérieur après 22 h.",
        "{B.g} reproche à {A.s} de stationner devant l'entrée, sur {st:art}.",
    ]
    g.ln(' '.join(g.sample(pool, g.r.randint(5, 7))))
    g.ln()
    g.ln("Entente : " + g.content([
        "Les parties conviennent de se reparler dans un mois.",
        "Aucune entente écrite n'est signée pour le moment.",
        "Les heures de calme sont fixées de 22 h à 7 h.",
    ]))
    g.ln(g.act(['A', 'B', 'E', 'F'], 1))
    g.ln()
    g.ln("Rédigé par {C.i}, {date}.")


# --- pair 10 (en) ----------------------------------------------------------

@fam('complaint-letter', 'en')
def f_complaint_letter(g):
    g.ln("{A.f}")
    g.ln("{A.addrl}")
    g.ln(g.ch(["{A.phone}", "{A.email}", "Tel. {A.phone} / {A.email}"]))
    g.ln()
    g.ln("{date}")
    g.ln()
    g.ln("Re: Formal complaint — file {file}")
    g.ln()
    g.ln(g.ch(["To whom it may concern,", "Dear Complaints Commissioner,", "Dear Sir or Madam,"]))
    g.ln()
    paras = [
        "My name is {A.f}, born {A.dob}, and I am writing because I have run out of patience.",
        "On {date} I went to the counter at {org:art} on {st:bare}. A clerk named {B.g} told me my file was incomplete, even though I had sent everything.",
        "I then spoke with {C.tf}, who promised to call me back within the week. Nothing.",
        "I called {tf} four times and each time I was told to wait for {C.s}.",
        "My {D.husband/wife}, {D.g}, was with me and can confirm all of this.",
        "On top of that, {amt} was charged to my credit card {A.card} without my consent.",
        "I find it unacceptable that {B.g} discussed my situation in front of other people, including {E.f}, who knows my family.",
        "I am requesting a copy of every note in my file under {law}.",
        "My driver's licence ({A.lic}) was suspended by mistake because of this file.",
        "When I asked for a supervisor, {B.g} went to get {F.f}, who never came out.",
    ]
    for p in paras[:1] + g.ordered(paras[1:], g.r.randint(3, 5)):
        g.ln(p)
        g.ln()
    g.ln(g.content([
        "Thank you for your attention to this matter.",
        "I look forward to a prompt reply.",
    ]))
    g.ln()
    g.ln(g.ch(["Sincerely,", "Yours truly,"]))
    g.ln(g.ch(["{A.f}", "{A.i}"]))
    g.ln("Encl.: letter from {org:art}")


@fam('tenant-file', 'en')
def f_tenant_file(g):
    g.ln("TENANT FILE — {A.RU}")
    g.ln("Unit: {A.addr} | Lease start {date:iso} | Rent {amt}/month")
    g.ln("Co-tenant: {B.f} | Emergency contact: {C.f}, {C.phone}")
    if g.r.random() < 0.5:
        g.ln("Application on file: SIN {A.sin}, date of birth {A.dobi}")
    g.ln("Pre-authorized debit: transit {A.transit}, account {A.acct}")
    g.ln()
    entries = [
        "Work order: {A.g} reports a leak under the sink. Super ({D.f}) to check.",
        "{D.S} went in with the plumber; {B.g} was home and let them in.",
        "Noise complaint from the unit upstairs ({E.tf}) about {A.gp} dog.",
        "{A.g} called to say {E.g} has been leaving garbage on the balcony.",
        "Late payment. Spoke to {B.g}; {B.he/she} says {A.g} lost {A.his/her} job at {pl:bare}.",
        "Payment agreement signed by {A.f} and {B.f}: three instalments of {amt}.",
        "{C.g} called asking whether {A.g} still lives here. Did not confirm.",
        "Inspection: smoke detector missing in the bedroom. {D.g} replaced it the same day.",
        "Hearing at {org:art} postponed to {date}. {A.gp} lawyer, {F.me}, asked for the delay.",
        "Keys to the storage locker handed to {B.g}.",
        "{A.g} says the snowplow keeps blocking the driveway on {st:bare}.",
    ]
    for e in g.sample(entries, g.r.randint(4, 6)):
        g.ln("{date:iso} — " + e)
    g.ln()
    g.ln("Notes: " + g.act(['A', 'B', 'D', 'E'], 1) + ' ' + g.content([
        "The annual inspection is booked for the spring.",
        "No pets other than the dog are listed on the lease.",
        "Hallway lighting was repaired last month.",
    ]))


# --- pair 11 (fr) ----------------------------------------------------------

@fam('rapport-incident-chsld', 'fr')
def f_incident_chsld(g):
    g.ln("RAPPORT DE DÉCLARATION D'INCIDENT OU D'ACCIDENT")
    g.ln("Installation : {pl:bare} — unité {n}e étage")
    g.ln("{A.Usager/Usagère} : {A.R} — chambre {room} — NAM {A.ramq}")
    g.ln("Date de l'événement : {date}, vers {hh}")
    g.ln()
    g.ln("Description des faits :")
    desc = [
        "{B.Le préposé/La préposée} {B.f} a trouvé {A.tf} au sol, près de son lit.",
        "{A.g} {vsay} avoir voulu se rendre seul{A./e} à la toilette.",
        "{B.g} est allé{B./e} chercher {C.f}, {C.infirmier/infirmière} de garde, qui a évalué {A.l'usager/l'usagère}.",
        "{C.S} note une rougeur à la hanche gauche, pas de saignement.",
        "La ridelle était baissée; selon {D.g}, qui travaillait au quart précédent, elle était relevée à 22 h.",
        "{A.g} a reçu une dose d'analgésique à {hh}.",
        "{E.tg}, qui partage la chambre, dit avoir entendu un bruit sourd.",
        "Le médecin de garde, {F.dr}, a été avisé par téléphone.",
    ]
    g.ln(' '.join(desc[:1] + g.sample(desc[1:], g.r.randint(3, 5))))
    g.ln()
    g.ln("Mesures prises : " + g.content([
        "Surveillance aux heures pendant vingt-quatre heures.",
        "Installation d'un tapis d'alarme au pied du lit.",
        "Réévaluation du risque de chute demandée à l'ergothérapie.",
    ], g.r.randint(1, 2)))
    g.ln("Famille avisée : {G.f} ({G.fils/fille}) au {G.phone}, à {hh}." +
         g.ch([" {G.S} demande à être rappelé{G./e} après le souper.", " {G.g} passera demain.", ""]))
    g.ln()
    g.ln("Déclarant{B./e} : {B.f}    Témoin : {C.f}")
    g.ln("Transmis à la gestionnaire, {H.tf}, le {date}.")


@fam('rapport-evenement-police', 'fr')
def f_evenement_police(g):
    g.ln("RAPPORT D'ÉVÉNEMENT — {file}")
    g.ln("Agent{B./e} {B.rédacteur/rédactrice} : {B.SU}, matricule %d" % g.r.randint(1000, 9999))
    g.ln("Lieu : stationnement {pl:de}, {city}")
    g.ln()
    g.ln("PLAIGNANT{A./E} : {A.R}, {A.né/née} le {A.dob} — {A.cell}")
    g.ln("SUSPECT{C./E} : {C.RU} — DDN {C.dobi} — permis de conduire {C.lic}")
    g.ln("TÉMOIN : {D.f}, {D.addr}" + g.ch(["", " — NAM {D.ramq}", " — {D.cell}"]))
    g.ln()
    nar = [
        "Le {date}, vers {hh}, {A.tf} communique avec le 911.",
        "{A.S} {vsay} qu'un véhicule a reculé dans sa portière puis a quitté les lieux.",
        "{D.g} a noté la plaque et l'a remise aux agents {B.s} et {E.s} à leur arrivée.",
        "Vérification faite, le véhicule est immatriculé au nom {C.d_f}.",
        "Les agents se rendent au {C.addr}; {C.S} est absent{C./e}. Une carte est laissée à {F.g}, qui habite avec {C.lui/elle}.",
        "Plus tard, {C.g} rappelle au poste et admet avoir accroché le véhicule.",
        "{C.Il/Elle} explique qu'{C.il/elle} était pressé{C./e} d'aller chercher {F.g} {pl:a}.",
        "{A.g} ne souhaite pas porter plainte si les dommages sont payés.",
        "Les deux parties ont échangé leurs coordonnées. {E.S} a photographié les dommages.",
    ]
    g.ln(' '.join(nar[:2] + g.sample(nar[2:], g.r.randint(3, 5))))
    g.ln()
    g.ln(g.content([
        "Aucune blessure n'a été signalée.",
        "Le rapport est transmis à l'enquêteur du secteur pour suivi.",
        "Les conditions routières étaient bonnes au moment de l'événement.",
    ]))
    g.ln("Signé : {B.f} (matricule au dossier) — approuvé par le sergent {G.s}.")


# --- pair 12 (en) ----------------------------------------------------------

@fam('incident-report', 'en')
def f_incident_report(g):
    g.ln("INCIDENT REPORT — {file}")
    g.ln("Site: {pl:bare}    Date/time: {date}, {hh}")
    g.ln("Entrance used: " + g.ch(["{st:bare} side", "main door, {st:bare}"]))
    g.ln("Person involved: {A.R} (DOB {A.dobi}), room {room}")
    g.ln("Reported by: {B.f}")
    g.ln()
    desc = [
        "{B.g} found {A.tf} on the floor next to the bed during rounds.",
        "{A.g} {vsay} {A.he/she} tried to get to the bathroom without calling.",
        "{B.g} called {C.f}, the nurse on duty, who assessed {A.him/her} right away.",
        "{C.S} noted redness on the left hip and no bleeding.",
        "The bed rail was down; according to {D.g}, who worked the previous shift, it was up at 10 p.m.",
        "{E.tg}, the roommate, heard a thump but did not press the call bell.",
        "The on-call physician, {F.dr}, was notified by phone.",
        "{A.gp} {G.son/daughter}, {G.f}, was called at {G.phone} and will visit tomorrow.",
    ]
    g.ln(' '.join(desc[:1] + g.sample(desc[1:], g.r.randint(3, 5))))
    g.ln()
    g.ln("Actions taken: " + g.content([
        "Hourly checks for the next twenty-four hours.",
        "A bed alarm mat was installed.",
        "Fall-risk reassessment requested from occupational therapy.",
    ], g.r.randint(1, 2)))
    g.ln()
    g.ln("Witness: {C.f}. Forwarded to the unit manager, {H.tf}, on {date}.")


@fam('shelter-log', 'en')
def f_shelter_log(g):
    g.ln("OVERNIGHT LOG — emergency shelter, " + g.ch(["men's", "women's", "mixed", "youth"]) + " floor")
    g.ln("Staff on shift: " + g.listing(['B', 'C'], 'f') + " — {date}")
    g.ln()
    entries = [
        "{A.f} checked in, bed {n}. Says {A.he/she} was put out by {D.g} after an argument.",
        "{E.g} came back intoxicated; {C.g} sat with {E.him/her} in the lounge.",
        "Phone call for {A.g} from someone named {F.g}. Took a message.",
        "{E.S} and {A.s} argued over the TV remote. {B.g} separated them.",
        "Quiet. {G.f} asked for an extra blanket.",
        "{A.g} left {A.his/her} medication with the desk; locked in the cabinet.",
        "Referred by {org:art}: {H.f} from {city}, no ID, says birth date is {H.dob}.",
        "{F.f} showed a passport ({F.passport}) as the only ID; copy kept in the office.",
        "{G.g} complaining of tooth pain; will refer to {pl:art} in the morning.",
        "Gave the locker key to {E.g}.",
        "{G.g} was found asleep in the bus shelter on {st:bare} before check-in.",
        "{C.g} did the 3 a.m. round: all beds occupied except {A.gp}.",
    ]
    g.clock_t = g.r.randint(21 * 60, 23 * 60)
    for e in g.ordered(entries, g.r.randint(5, 7)):
        g.ln(g.clock() + " — " + e)
    g.ln()
    g.ln("Handover: " + g.act(['A', 'E', 'G', 'H'], 1) + ' ' + g.content([
        "Laundry machine on the second floor is broken again.",
        "Breakfast supplies are low; order before Friday.",
    ]))
    g.ln("— {C.ri}")


# --- pair 13 (fr) ----------------------------------------------------------

@fam('textos', 'fr')
def f_textos(g):
    g.ln(g.ch(["Échange de textos versé au dossier {file} (fourni par {A.f})",
               "Capture de conversation SMS — {A.phone} ↔ {B.phone}"]))
    g.ln("Conversation du {date}")
    g.ln()
    a, b = g.ch([("{A.ga}", "{B.ga}"), ("{A.g}", "{B.g}"), ("{A.gl}", "{B.gl}")])
    msgs = [
        (a, "allo c moi, peux-tu aller chercher {C.ga} a l'école?"),
        (b, "ok mais je finis a 5h, je suis coincé sur {st:bare}"),
        (b, "ok merci {A.ga}"),
        (a, "dis a {D.ga} que je vais être en retard"),
        (b, "{C.ga} est chez {D.sl} depuis midi"),
        (a, "tkt {B.ga}, je m'en occupe"),
        (b, "jai vu {E.g} au métro, {E.il/elle} m'a demandé pour toi"),
        (a, "pff. {E.S} me doit encore 200$"),
        (b, "ton nouveau # c'est {A.cell} ?"),
        (a, "oui. donne le pas a {E.ga} stp"),
        (b, "{F.ga} veut savoir si on soupe chez {A.lui/elle} dimanche"),
        (a, "demande a {F.g} d'apporter la chaise haute"),
        (b, "{G.le travailleur social/la travailleuse sociale} a appelé, {G.tf}, {G.il/elle} veut te voir jeudi"),
        (a, "ah non pas {G.s} encore"),
        (b, "lol. bonne nuit {A.gl}"),
    ]
    pick = msgs[:2] + g.ordered(msgs[2:], g.r.randint(6, 9))
    for who, m in pick:
        g.ln("[" + g.clock() + "] " + who + " : " + m)
    g.ln()
    g.ln("Note : " + g.content([
        "Les messages ont été transcrits tels quels, sans correction.",
        "La capture a été remise volontairement par la personne.",
    ]))


@fam('clavardage-equipe', 'fr')
def f_clavardage_equipe(g):
    g.ln(g.ch(["Clavardage Teams — canal « Équipe accueil »", "Conversation interne — équipe de soutien"]))
    g.ln()
    msgs = [
        ("B", "Quelqu'un a vu passer le dossier {A.d_s}?"),
        ("C", "oui, {D.g} l'a pris hier"),
        ("D", "@{B.g} je l'ai, je rappelle {A.g} cet après-midi"),
        ("B", "merci {D.gl}!"),
        ("C", "{A.S} a laissé 3 messages ce matin, ça commence à chauffer"),
        ("E", "moi j'ai {F.tf} en ligne, {F.il/elle} demande pour {A.g} aussi"),
        ("D", "{F.g} c'est {F.son frère/sa sœur}?"),
        ("E", "je pense que oui, même nom de famille"),
        ("B", "on a une autorisation signée pour parler à {F.g}?"),
        ("C", "non, seulement pour {G.f}"),
        ("B", "ok alors rien à {F.s}, désolé"),
        ("E", "parfait, je lui dis de rappeler au {tf}"),
        ("C", "{B.g}, ta rencontre de 14 h avec {H.tf} est déplacée {pl:a}"),
        ("B", "encore?? ok"),
        ("D", "fyi {A.g} a déménagé au {A.addr}"),
    ]
    g.same_surname('F', 'A')
    pick = msgs[:2] + g.ordered(msgs[2:], g.r.randint(6, 9))
    for who, m in pick:
        form = g.ch(['f', 'f', 'r'])
        g.ln("{%s.%s}  %s" % (who, form, g.clock()))
        g.ln(m)
    g.ln()
    g.ln(g.content([
        "Rappel : pas de renseignements cliniques dans le canal général.",
        "Le canal est archivé automatiquement chaque vendredi.",
    ]))


# --- pair 14 (en) ----------------------------------------------------------

@fam('sms-thread', 'en')
def f_sms_thread(g):
    g.ln(g.ch(["Text messages submitted as evidence — file {file}", "SMS export: {A.phone} / {B.phone}"]))
    g.ln("Thread date: {date}")
    g.ln()
    a, b = g.ch([("{A.ga}", "{B.ga}"), ("{A.g}", "{B.g}"), ("{A.GU}", "{B.GU}")])
    msgs = [
        (a, "hey can u pick up {C.ga} after school"),
        (b, "yeah but not before 5, stuck on {st:bare}"),
        (b, "np {A.ga}"),
        (a, "tell {D.ga} im running late"),
        (b, "{C.ga} is at {D.gp} since noon"),
        (a, "ok thx {B.ga}"),
        (b, "saw {E.g} at the metro, {E.he/she} asked about u"),
        (a, "ugh. {E.S} still owes me 200"),
        (b, "is this ur new number {A.cell}?"),
        (a, "yes dont give it to {E.ga} pls"),
        (b, "{F.ga} wants to know if dinner is at ur place sunday"),
        (a, "ask {F.g} to bring the high chair"),
        (b, "the social worker called, {G.tf}, wants to see u thursday"),
        (a, "not {G.s} again lol"),
        (b, "gn {A.ga}"),
        (a, "give the keys to {H.ga} if im not there"),
    ]
    for who, m in msgs[:2] + g.ordered(msgs[2:], g.r.randint(6, 9)):
        g.ln("[" + g.clock() + "] " + who + ": " + m)
    g.ln()
    g.ln("Note: " + g.content([
        "Messages are transcribed as written, without corrections.",
        "The screenshots were provided voluntarily.",
    ]))


@fam('team-chat', 'en')
def f_team_chat(g):
    g.same_surname('F', 'A')
    g.ln(g.ch(["#intake-team — exported conversation", "Internal chat — housing support team"]))
    g.ln()
    msgs = [
        ("B", "anyone seen the {A.s} file?"),
        ("C", "{D.g} grabbed it yesterday"),
        ("D", "@{B.g} got it, calling {A.g} this afternoon"),
        ("B", "thanks {D.gl}!"),
        ("C", "{A.S} left three voicemails this morning, heads up"),
        ("E", "I have {F.tf} on the line asking about {A.g} too"),
        ("D", "is {F.g} the {F.brother/sister}?"),
        ("E", "think so, same last name"),
        ("B", "do we have a signed release for {F.g}?"),
        ("C", "nope, only for {G.f}"),
        ("B", "then nothing to {F.s}, sorry"),
        ("E", "ok telling {F.him/her} to call {tf}"),
        ("C", "{B.g} your 2pm with {H.tf} moved to {pl:art}"),
        ("B", "again?? fine"),
        ("D", "fyi {A.g} moved to {A.addr}"),
        ("C", "{A.gp} caseworker at {org:art} is {H.g} btw"),
    ]
    for who, m in msgs[:2] + g.ordered(msgs[2:], g.r.randint(6, 9)):
        g.ln("{%s.%s} [%s]" % (who, g.ch(['f', 'f', 'g', 'U']), g.clock()))
        g.ln(m)
    g.ln()
    g.ln(g.content([
        "Reminder: no clinical details in the general channel.",
        "This channel is archived every Friday.",
    ]))


# --- pair 15 (fr) ----------------------------------------------------------

@fam('entrevue-enquete', 'fr')
def f_entrevue_enquete(g):
    g.ln("TRANSCRIPTION D'ENTREVUE — enquête administrative {file}")
    g.ln("Enquêt{B.eur/rice} : {B.f}")
    g.ln("Personne rencontrée : {A.f}")
    if g.r.random() < 0.6:
        g.ln("Aussi présent{C./e} : {C.me}, {C.avocat/avocate}")
    g.ln("Date : {date}, {hh}")
    g.ln()
    qa = [
        ("Depuis quand connaissez-vous {D.f}?",
         "Depuis 2019. {D.g} travaillait déjà sur le quart de nuit quand je suis arrivé{A./e}."),
        ("Étiez-vous présent{A./e} le soir du {date}?",
         "Oui, avec {E.g}. On a fini vers minuit."),
        ("Qu'avez-vous vu exactement?",
         "J'ai vu {D.s} sortir de la pharmacie avec un sac. {E.S} l'a vu{D./e} aussi."),
        ("Avez-vous parlé {D.d_g} après l'événement?",
         "Non. Le lendemain, c'est {F.tf} qui m'a dit de ne pas en parler."),
        ("Qui est {F.g}?",
         "{F.Le coordonnateur/La coordonnatrice} de soir. Tout le monde passe par {F.lui/elle}."),
        ("Est-ce que {G.f} était au courant?",
         "Je pense que oui. {G.g} et {D.g} sont proches, ils font du covoiturage depuis {city}."),
        ("Avez-vous quelque chose à ajouter?",
         "Juste que je ne veux pas que {D.g} sache que c'est moi qui ai parlé."),
        ("Avez-vous des notes personnelles?",
         "Non, mais j'ai écrit à {E.g} le soir même, à {E.email}."),
    ]
    qa = qa[:1] + g.ordered(qa[1:], g.r.randint(4, 6))
    for q, a in qa:
        g.ln(g.ch(["Q. ", "{B.SU} : "]) + q)
        g.ln(g.ch(["R. ", "{A.SU} : "]) + a)
    g.ln()
    g.ln(g.content([
        "L'entrevue est terminée à la demande de l'enquêteur.",
        "La personne rencontrée a relu la transcription et n'a apporté aucune correction.",
        "Une pause de cinq minutes a été prise au milieu de l'entrevue.",
    ]))
    g.ln("Fin de l'enregistrement à {hh}.")


@fam('declaration-temoin', 'fr')
def f_declaration_temoin(g):
    g.ln("DÉCLARATION DE TÉMOIN")
    g.ln()
    g.ln("Je, soussigné{A./e}, {A.f}, {A.né/née} le {A.dob}, demeurant au {A.addrl}, "
         "déclare ce qui suit :")
    g.ln()
    pts = [
        "Je connais {B.f} depuis environ cinq ans; nous habitons le même immeuble.",
        "Le {date}, vers {hh}, j'ai entendu {B.g} crier dans le corridor.",
        "En sortant, j'ai vu {C.f} qui tenait {B.s} par le bras.",
        "{C.S} répétait que {B.g} lui devait de l'argent.",
        "{D.Mon voisin/Ma voisine} de palier, {D.g}, est sorti{D./e} aussi et a appelé la police.",
        "Je n'ai pas vu de coups, mais {B.g} avait une marque à la joue le lendemain.",
        "{C.g} est parti{C./e} en auto avant l'arrivée des policiers, dans la direction {pl:de}.",
        "Plus tard, {E.tf}, {E.le propriétaire/la propriétaire}, m'a demandé de ne pas m'en mêler.",
        "Ce n'est pas la première fois : en mars, {C.g} avait déjà frappé à la porte {B.d_g} en pleine nuit.",
    ]
    for i, p in enumerate(pts[:1] + g.ordered(pts[1:], g.r.randint(4, 6)), 1):
        g.ln("%d. %s" % (i, p))
    g.ln()
    g.ln(g.content([
        "Je déclare que les faits ci-dessus sont vrais au meilleur de ma connaissance.",
        "Je consens à témoigner au besoin.",
    ]))
    g.ln()
    g.ln("Signé à {city}, le {date}.")
    g.ln("{A.f}")
    g.ln("Déclaration recueillie par l'agent{F./e} {F.f}")


# --- pair 16 (en) ----------------------------------------------------------

@fam('interview-transcript', 'en')
def f_interview_transcript(g):
    g.ln("INTERVIEW TRANSCRIPT — administrative investigation {file}")
    g.ln("Investigator: {B.f}")
    g.ln("Interviewee: {A.f}")
    if g.r.random() < 0.6:
        g.ln("Also present: {C.me}, counsel")
    g.ln("Date: {date}, {hh}")
    g.ln()
    qa = [
        ("How long have you known {D.f}?",
         "Since 2019. {D.g} was already on nights when I started."),
        ("Were you working on the evening of {date}?",
         "Yes, with {E.g}. We finished around midnight."),
        ("What exactly did you see?",
         "I saw {D.s} leave the medication room with a bag. {E.S} saw it too."),
        ("Did you speak to {D.g} afterwards?",
         "No. The next day {F.tf} told me not to talk about it."),
        ("Who is {F.g}?",
         "The evening coordinator. Everything goes through {F.him/her}."),
        ("Was {G.f} aware of this?",
         "I think so. {G.g} and {D.g} are close, they carpool from {city}."),
        ("Anything else you want to add?",
         "Only that I don't want {D.g} to know it was me."),
        ("Do you have personal notes?",
         "No, but I emailed {E.g} that night, at {E.email}."),
        ("Did anyone else see the bag?",
         "Maybe {H.g}, the security guard. Ask {H.him/her}."),
    ]
    qa = qa[:1] + g.ordered(qa[1:], g.r.randint(4, 6))
    for q, a in qa:
        g.ln(g.ch(["Q: ", "{B.SU}: "]) + q)
        g.ln(g.ch(["A: ", "{A.SU}: "]) + a)
    g.ln()
    g.ln(g.content([
        "The interview ended at the investigator's request.",
        "The interviewee reviewed the transcript and made no corrections.",
        "A five-minute break was taken halfway through.",
    ]))
    g.ln("Recording stopped at {hh}.")


@fam('witness-statement', 'en')
def f_witness_statement(g):
    g.ln("WITNESS STATEMENT")
    g.ln()
    g.ln("I, {A.f}, born {A.dob}, residing at {A.addrl}, state the following:")
    g.ln()
    pts = [
        "I have known {B.f} for about five years; we live in the same building.",
        "On {date}, around {hh}, I heard {B.g} shouting in the hallway.",
        "When I opened my door I saw {C.f} holding {B.s} by the arm.",
        "{C.S} kept saying that {B.g} owed {C.him/her} money.",
        "My neighbour across the hall, {D.g}, came out too and called the police.",
        "I did not see anyone hit anyone, but {B.g} had a mark on {B.his/her} cheek the next day.",
        "{C.g} drove off before the police arrived, heading toward {pl:art}.",
        "Later, the landlord, {E.tf}, asked me to stay out of it.",
        "It was not the first time: in March, {C.g} pounded on {B.gp} door in the middle of the night.",
    ]
    for i, p in enumerate(pts[:1] + g.ordered(pts[1:], g.r.randint(4, 6)), 1):
        g.ln("%d. %s" % (i, p))
    g.ln()
    g.ln(g.content([
        "I declare that the above facts are true to the best of my knowledge.",
        "I agree to be contacted again if needed.",
    ]))
    g.ln()
    g.ln("Signed in {city} on {date}.")
    g.ln("{A.f}")
    g.ln("Statement taken by Constable {F.f}")


# --- pair 17 (fr) ----------------------------------------------------------

@fam('signalement-dpj', 'fr')
def f_signalement_dpj(g):
    g.child('A')
    g.sex('B', 'F')
    g.sex('C', 'M')
    g.sex('G', 'M')
    g.sex('H', 'F')
    g.same_surname('A', g.ch(['B', 'C']))
    g.ln("RÉCEPTION ET TRAITEMENT DES SIGNALEMENTS — {file}")
    g.ln("Enfant : {A.R}, {A.né/née} le {A.dob}")
    g.ln("Mère : {B.f} — {B.cell}")
    g.ln("Père : {C.f}" + g.ch([" — adresse inconnue", " — {C.addr}", ""]))
    g.ln("Signalant{D./e} : {D.f}, {D.enseignant/enseignante} {school:a}")
    g.ln()
    g.ln("Motif : " + g.ch(["négligence", "abus physique", "mauvais traitements psychologiques", "troubles de comportement sérieux"]))
    g.ln()
    txt = [
        "Selon {D.g}, {A.g} arrive souvent à l'école sans lunch et avec les mêmes vêtements.",
        "{A.g} aurait dit à {E.son ami/son amie} {E.g} que {C.g} l'enferme dans sa chambre.",
        "{D.S} {vsay} avoir tenté de joindre {B.g} à trois reprises, sans succès.",
        "La direction de l'école, {F.tf}, appuie le signalement.",
        "{B.g} aurait un nouveau conjoint, un certain {G.g}, que l'enfant semble craindre.",
        "Lors de la récréation, {A.g} s'est caché{A./e} sous l'escalier et a refusé de sortir.",
        "{A.g} mentionne que sa grand-mère, {H.tf}, habite à {city} et s'occupe parfois de {A.lui/elle}.",
        "{E.g} a rapporté la conversation à {D.g} le lendemain.",
        "Aucun antécédent connu au nom {A.d_f}; un signalement antérieur visait toutefois {C.f}.",
    ]
    g.ln(' '.join(g.sample(txt, g.r.randint(4, 6))))
    g.ln()
    g.ln("Analyse : " + g.content([
        "Les faits rapportés compromettent possiblement la sécurité de l'enfant.",
        "Le signalement est retenu pour évaluation en priorité deux.",
        "Une vérification auprès des partenaires est requise avant de statuer.",
    ]) + " Référence : {law}.")
    g.ln("Traité par l'équipe RTS le {date}.")


@fam('journal-centre-jeunesse', 'fr')
def f_journal_cj(g):
    g.sex('H', 'F')
    g.ln("JOURNAL DE BORD — unité {room} — quart de soir du {date}")
    g.ln("Éducat{B.eur/rice}s : " + g.listing(['B', 'C'], ['f', 'i']))
    g.ln()
    log = [
        "{A.g} revient de sortie avec {D.g}, vingt minutes de retard.",
        "Conflit entre {E.g} et {A.g} pendant le souper; {B.g} intervient.",
        "{E.S} refuse de remettre son cellulaire. Retrait en chambre.",
        "Appel de {F.tf} pour {A.g}; conversation supervisée par {C.g}.",
        "{D.g} demande à parler à son intervenant, {G.g}, demain matin.",
        "{A.g} pleure dans le salon. Dit s'ennuyer de {H.g}, sa petite sœur.",
        "Fugue de {E.g} à {hh}; police avisée, description transmise.",
        "{E.g} est ramené{E./e} par les policiers depuis {pl:art}, à {hh}.",
        "Activité de groupe annulée; {B.g} et {C.g} organisent un film.",
        "{D.S} se plaint que {A.g} a pris ses écouteurs.",
        "Coucher calme. {A.g} demande une veilleuse.",
    ]
    for e in g.ordered(log, g.r.randint(5, 8)):
        g.ln(g.clock() + " " + e)
    g.ln()
    g.ln("Consignes au quart de nuit : " + g.content([
        "Vérification des chambres aux trente minutes.",
        "Les médicaments du soir ont tous été distribués.",
        "La porte du gymnase doit rester verrouillée.",
    ]))
    g.ln("— {B.ri}")


# --- pair 18 (en) ----------------------------------------------------------

@fam('school-meeting', 'en')
def f_school_meeting(g):
    g.child('A')
    g.ln("INDIVIDUALIZED EDUCATION PLAN — review meeting")
    g.ln("Student: {A.f} (DOB {A.dobi}), Grade %d, {school:bare}" % g.r.randint(3, 11))
    g.ln("Present: " + g.listing(['B', 'C', 'D', 'E'], ['f', 'tf', 'f']) + ". Absent: {F.f}.")
    g.ln()
    pts = [
        "{B.g}, the homeroom teacher, says {A.g} is reading at grade level but struggles with fractions.",
        "{A.gp} {C.father/mother}, {C.tf}, asks whether {A.g} can sit closer to the board.",
        "{D.S} (resource teacher) will see {A.g} twice a week instead of once.",
        "{A.g} told {E.g} that lunch in the cafeteria is too noisy; a quiet room will be tested.",
        "The psychologist, {F.dr}, could not attend; {F.his/her} report will be sent home.",
        "{C.g} mentions that {A.g} has been sleeping badly since moving to {city}.",
        "{E.S} suggests a check-in card that {A.g} brings to each class.",
        "Bus issue: {A.g} gets off at the wrong stop on {st:bare}. {D.g} will call the transport office.",
        "{B.g} and {C.g} will exchange notes through the agenda every Friday.",
    ]
    for p in g.ordered(pts, g.r.randint(4, 6)):
        g.ln("- " + p)
    g.ln()
    g.ln(g.content([
        "The plan will be reviewed again at the end of the term.",
        "Goals were written in language the student can understand.",
        "Homework time will be reduced to twenty minutes per night.",
    ], 2))
    g.ln("Next meeting: {date}. Minutes by {E.i}.")


@fam('volunteer-notes', 'en')
def f_volunteer_notes(g):
    g.ln("{org:bare} — volunteer debrief, {date}")
    g.ln()
    notes = [
        "{A.f} did the grocery run for {B.tf} and {C.tf}.",
        "{B.S} was not home; left the bags with {D.g}, the upstairs neighbour.",
        "{C.g} wants someone to call {C.his/her} pharmacist at {pl:bare} about the new pills.",
        "Ask {E.g} to call back {C.g} before Thursday.",
        "{A.g} noticed that {B.gp} fridge was empty except for milk.",
        "{F.f} is new this week; paired with {A.g} for the Monday route.",
        "Drove {G.g} to the food bank; {G.he/she} asked about the winter coat drive.",
        "{E.g} cannot do Wednesdays anymore. {H.g} will cover.",
        "The keys to the van are with {H.s}.",
        "The Monday route now starts on {st:bare}; {A.g} has the new map.",
        "{C.tg} gave {A.g} a tin of cookies for the team.",
    ]
    for n in g.ordered(notes, g.r.randint(5, 7)):
        g.ln("* " + n)
    g.ln()
    g.ln(g.act(['A', 'B', 'C', 'G'], 1) + ' ' + g.content([
        "Mileage forms are due by the end of the month.",
        "The van needs winter tires before December.",
    ]))
    g.ln("Questions: call the office at {tf}.")


# --- pair 19 (fr) ----------------------------------------------------------

@fam('demande-acces', 'fr')
def f_demande_acces(g):
    g.ln("{city}, le {date}")
    g.ln()
    g.ln("Responsable de l'accès aux documents")
    g.ln("{org:bare}")
    g.ln()
    g.ln("Objet : Demande d'accès à mes renseignements personnels")
    g.ln()
    g.ln(g.ch(["Madame, Monsieur,", "Bonjour,"]))
    g.ln()
    g.ln("En vertu de l'{law}, je, {A.f}, demande copie de tous les documents me concernant, "
         "notamment :")
    items = [
        "les notes rédigées par {B.tf} entre le {date} et aujourd'hui;",
        "les échanges de courriels entre {B.s} et {C.f} à mon sujet;",
        "le rapport d'évaluation signé par {D.dr};",
        "l'enregistrement de mon appel du {date} avec {E.g}, {E.le préposé/la préposée} qui m'a répondu;",
        "toute plainte déposée contre moi par {F.f}, {F.mon ancien voisin/mon ancienne voisine};",
        "la correspondance avec {org:art} concernant mon dossier {file}.",
    ]
    for it in g.ordered(items, g.r.randint(3, 5)):
        g.ln("- " + it)
    g.ln()
    g.ln("Pour faciliter la recherche : date de naissance {A.dobi}" +
         g.ch([", numéro d'assurance sociale {A.sin}", ", NAM {A.ramq}", ""]) + ".")
    g.ln(g.ch(["Je préfère recevoir les documents par courriel, à {A.email}.",
               "Veuillez me faire parvenir les documents au {A.addrl}."]))
    g.ln(g.content([
        "Je comprends que des frais de reproduction peuvent s'appliquer.",
        "Je suis disponible pour préciser ma demande au besoin.",
    ]))
    g.ln()
    g.ln("{A.f}")
    g.ln("{A.phone}")


@fam('reponse-protecteur', 'fr')
def f_reponse_protecteur(g):
    g.ln("Le {date}")
    g.ln()
    g.ln("{A.tf}")
    g.ln("{A.addrl}")
    g.ln()
    g.ln("Objet : Conclusions — votre plainte (dossier {file})")
    g.ln()
    g.ln("{A.Monsieur/Madame},")
    g.ln()
    paras = [
        "Nous avons terminé l'examen de la plainte que vous nous avez adressée concernant les services {org:de}.",
        "Selon les informations obtenues de {B.tf}, {B.chef/cheffe} de service, votre demande de logement a été traitée dans les délais prévus.",
        "Par contre, nous constatons que {C.f} ne vous a pas informé{A./e} du refus par écrit, ce qui contrevient à l'{law}.",
        "Nous avons également pris connaissance de la lettre de {D.tf}, qui appuie votre version des faits.",
        "{E.Le délégué/La déléguée} au dossier, {E.f}, a rencontré {B.s} le {date}.",
        "Nous recommandons qu'une nouvelle évaluation soit faite par une autre personne que {C.s}.",
        "Quant à la somme de {amt} réclamée, elle relève {org:de}, et non de notre compétence.",
    ]
    for p in paras[:1] + g.ordered(paras[1:], g.r.randint(3, 5)):
        g.ln(p)
        g.ln()
    g.ln(g.content([
        "Nous considérons maintenant votre dossier comme fermé.",
        "Vous pouvez communiquer avec nous si la situation se reproduit.",
    ]))
    g.ln()
    g.ln("Veuillez agréer, {A.Monsieur/Madame}, nos salutations distinguées.")
    g.ln()
    g.ln("{E.f}")
    g.ln("{E.Délégué/Déléguée} aux plaintes — {E.wemail}")
    g.ln("c. c. {B.f}")


# --- pair 20 (en) ----------------------------------------------------------

@fam('intake-narrative', 'en')
def f_intake_narrative(g):
    g.ln("INTAKE — {org:bare}")
    g.ln("Name: {A.RU}    DOB: {A.dobs}    SIN: {A.sin}")
    g.ln("Health card: {A.ramq}    Passport: {A.passport}" + g.ch(["", "    Driver's licence: {A.lic}"]))
    g.ln("Address: {A.addrl}    Phone: {A.phone}")
    g.ln()
    nar = [
        "{A.g} arrived in Canada in 2021 with {B.his/her} {B.brother/sister}, {B.f}, and has been staying with {C.f} in {city}.",
        "{A.g} {vsay} that {C.g} now wants {A.him/her} out by the end of the month.",
        "Referred by {D.tf} from {org:art}.",
        "{A.S} works nights at a warehouse; the supervisor, {E.g}, pays part of it in cash.",
        "Asked about income: {A.g} receives nothing yet, application pending since {date}.",
        "Languages: Spanish, some French. {B.g} usually interprets.",
        "{A.g} would like help opening a bank account; {B.g} currently cashes {A.gp} cheques.",
        "Emergency contact: {F.f}, {F.cell}.",
        "{A.g} asked that no information be shared with {E.f}.",
    ]
    g.ln(' '.join(g.ordered(nar, g.r.randint(5, 7))))
    g.ln()
    g.ln("Plan: " + g.content([
        "Book an appointment with the legal clinic.",
        "Provide the list of community food resources.",
        "Follow up by phone in two weeks.",
    ], 2))
    g.ln("Intake worker: {G.f}")


@fam('access-request-reply', 'en')
def f_access_reply(g):
    g.ln("{date}")
    g.ln()
    g.ln("{A.tf}")
    g.ln("{A.addrl}")
    g.ln()
    g.ln("Re: Your access request of {date} (our file {file})")
    g.ln()
    g.ln(g.ch(["Dear {A.t},", "Dear {A.tf},", "Hello {A.f},"]))
    g.ln()
    paras = [
        "We have processed your request for documents held by {org:art}.",
        "Enclosed you will find the case notes written by {B.tf} and the assessment signed by {C.dr}.",
        "Some passages were withheld under {law} because they concern a third party, namely {D.f}.",
        "The emails exchanged between {B.s} and {E.f} are released in full.",
        "The recording of your call with {F.g} could not be located.",
        "If you disagree with this decision, you may apply to {org:art} within thirty days.",
        "You mentioned that {G.f} had filed a complaint about you; no such complaint exists in our records.",
    ]
    for p in paras[:1] + g.ordered(paras[1:], g.r.randint(3, 5)):
        g.ln(p)
        g.ln()
    g.ln(g.content([
        "No fee is charged for this request.",
        "Documents are provided in PDF format.",
    ]))
    g.ln()
    g.ln("Yours truly,")
    g.ln("{H.f}")
    g.ln("Access to information officer — {H.wemail} — {tf}")


# --- pair 21 (fr) ----------------------------------------------------------

@fam('dossier-aide-sociale', 'fr')
def f_aide_sociale(g):
    g.ln("DOSSIER PRESTATAIRE — programme d'aide sociale")
    g.ln("Prestataire : {A.R}    NAS : {A.sin}")
    g.ln("Conjoint{B./e} déclaré{B./e} : {B.f} (NAS {B.sin})" if g.r.random() < 0.5 else "Aucun conjoint déclaré")
    g.ln("Dépôt direct : institution 815, transit {A.transit}, folio {A.acct}")
    g.ln("Adresse : {A.addrl}")
    g.ln()
    nar = [
        "Vérification de la vie maritale : un voisin affirme que {C.f} habite chez {A.g} depuis l'automne.",
        "{A.S} nie : {C.g} ne serait qu'{C.un ami/une amie} qui garde ses affaires dans le sous-sol.",
        "Les relevés montrent des virements réguliers de {amt} provenant {C.d_f}.",
        "L'agent{D./e}, {D.f}, a rencontré {A.g} au bureau de {city} le {date}.",
        "{A.g} a remis une lettre signée par {E.tf}, propriétaire, confirmant qu'{A.il/elle} vit seul{A./e}.",
        "{D.g} recommande de maintenir la prestation en attendant la réponse {org:de}.",
        "{A.g} déclare un revenu de travail de {amt} pour le mois de mars, chez {F.f}, un entrepreneur.",
        "Le chèque de mai a été retourné; {A.g} avait changé de compte sans aviser.",
        "Pièce d'identité présentée : permis de conduire {A.lic}.",
        "{C.S} a téléphoné pour dire qu'{C.il/elle} ne voulait pas être mêlé{C./e} au dossier.",
    ]
    g.ln(' '.join(g.ordered(nar, g.r.randint(4, 6))))
    g.ln()
    g.ln("Décision : " + g.content([
        "La prestation est maintenue jusqu'à la fin de l'enquête.",
        "Un avis de réclamation sera envoyé si la vie maritale est confirmée.",
        "Le dossier est transmis au service des enquêtes pour vérification.",
    ]) + " ({law})")
    g.ln("{D.f}, {D.agent/agente} d'aide financière — {D.phone}")


@fam('dossier-rh', 'fr')
def f_dossier_rh(g):
    g.ln("CONFIDENTIEL — Ressources humaines")
    g.ln("Employé{A./e} : {A.RU} — matricule %06d" % g.r.randint(100000, 999999))
    g.ln("Gestionnaire : {B.f}")
    g.ln("Date d'embauche : {date}" + g.ch([" — NAS {A.sin}", "", " — NAS : {A.sin}"]))
    g.ln()
    g.ln("Objet : " + g.ch(["Rencontre disciplinaire", "Suivi d'absence", "Enquête à la suite d'une plainte"]))
    g.ln()
    nar = [
        "Le {date}, {C.f}, {C.collègue/collègue} de l'équipe de soir, a déposé une plainte visant {A.tf}.",
        "{C.g} {vsay} que {A.g} lui a crié après devant {D.g} et {E.g}.",
        "{A.S} conteste et dit que {C.g} lui refuse l'accès aux dossiers depuis des mois.",
        "{B.g} a rencontré {A.g} en présence {F.d_tf}, {F.délégué/déléguée} syndical{F./e}.",
        "{D.S} confirme les cris mais ne se souvient pas des mots exacts.",
        "{E.g}, pour sa part, était en pause et n'a rien entendu.",
        "{A.g} a remis un billet médical pour la période du {date} au {date}.",
        "Un remboursement de {amt} a été versé par erreur au compte {A.acct}; {A.g} a accepté une retenue sur paie.",
        "Il est rappelé à {A.g} que l'{law} encadre les absences pour raisons familiales.",
        "{B.S} note que {A.g} a été {A.transféré/transférée} {pl:de} en 2022 à sa demande.",
    ]
    g.ln(' '.join(g.ordered(nar, g.r.randint(4, 6))))
    g.ln()
    g.ln("Mesure : " + g.content([
        "Un avis écrit est versé au dossier pour une période de douze mois.",
        "Aucune mesure n'est retenue pour le moment.",
        "Une formation sur la civilité au travail est exigée.",
    ]))
    g.ln()
    g.ln("Signatures : {B.f} (gestionnaire)    {A.f} (employé{A./e})")


# --- pair 22 (fr) ----------------------------------------------------------

@fam('note-ecole', 'fr')
def f_note_ecole(g):
    g.child('A')
    g.ln("PLAN D'INTERVENTION — rencontre de révision")
    g.ln("Élève : {A.f}, %de année — {school:bare}" % g.r.randint(1, 6) if g.r.random() < 0.5 else
         "Élève : {A.RU} — secondaire %d — {school:bare}" % g.r.randint(1, 5))
    g.ln("Présents : " + g.listing(['B', 'C', 'D', 'E'], ['f', 'tf', 'f']) + ". Absent{F./e} : {F.f}.")
    g.ln()
    pts = [
        "{B.g}, titulaire, constate que {A.g} lit au niveau attendu mais bloque en résolution de problèmes.",
        "{C.tg}, {C.père/mère} de l'élève, demande que {A.g} soit placé{A./e} en avant de la classe.",
        "{D.S}, orthopédagogue, verra {A.g} deux fois par semaine.",
        "{A.g} a confié à {E.g} que la cafétéria est trop bruyante; un local calme sera essayé.",
        "{F.dr}, psychologue, n'a pu être présent{F./e}; son rapport sera transmis aux parents.",
        "{C.g} mentionne que {A.g} dort mal depuis le déménagement à {city}.",
        "{E.S} propose une fiche de retour que {A.g} apportera à chaque cours.",
        "Transport : {A.g} descend au mauvais arrêt sur {st:art}; {D.g} appellera le transporteur.",
        "{B.g} et {C.g} communiqueront par l'agenda chaque vendredi.",
    ]
    for p in g.ordered(pts, g.r.randint(4, 6)):
        g.ln("• " + p)
    g.ln()
    g.ln(g.content([
        "Le plan sera révisé à la fin de l'étape.",
        "Les objectifs sont formulés dans des mots que l'élève comprend.",
        "Le temps consacré aux devoirs sera limité à vingt minutes par soir.",
    ], 2))
    g.ln("Prochaine rencontre : {date}. Compte rendu : {E.i}.")


@fam('communication-cpe', 'fr')
def f_communication_cpe(g):
    g.child('A')
    g.child('C')
    g.ln("CPE — communication aux parents — groupe des %s" % g.ch(["Coccinelles", "Hiboux", "Papillons", "Castors"]))
    g.ln()
    g.ln(g.ch(["Bonjour {B.g},", "Bonjour {B.tf},", "Allô {B.g}!"]))
    g.ln()
    body = [
        "Aujourd'hui, {A.g} a mordu {C.g} au bras pendant le jeu libre.",
        "{D.g}, {D.l'éducateur/l'éducatrice} du groupe, a séparé les enfants et appliqué de la glace.",
        "Les parents {C.d_g} ont été avisés à {hh}.",
        "{A.g} s'est calmé{A./e} après la sieste et a joué avec {E.g} tout l'après-midi.",
        "Petit rappel : c'est {F.tg} qui viendra chercher {A.g} vendredi? Merci de le confirmer.",
        "{A.g} n'a presque rien mangé au dîner; il reste des pâtes dans sa boîte.",
        "Nous avons remarqué une éraflure au genou à l'arrivée ce matin; {B.g}, est-ce arrivé à la maison?",
        "La sortie {pl:a} est reportée au {date}.",
        "{G.f}, {G.le directeur/la directrice}, aimerait vous rencontrer brièvement cette semaine.",
    ]
    g.ln(' '.join(g.ordered(body, g.r.randint(4, 6))))
    g.ln()
    g.ln(g.content([
        "Merci de prévoir des vêtements de rechange dans le casier.",
        "Le CPE sera fermé lundi pour la journée pédagogique.",
    ]))
    g.ln()
    g.ln(g.ch(["{D.g}", "{D.f}", "{D.g} et l'équipe des poupons"]))


# --- pair 23 (fr) ----------------------------------------------------------

@fam('lettre-reference', 'fr')
def f_lettre_reference(g):
    g.ln("{B.drf}")
    g.ln("Clinique médicale de {city} — tél. {B.phone}")
    g.ln()
    g.ln("Le {date}")
    g.ln()
    g.ln("À l'équipe d'accueil psychosociale, {org:bare}")
    g.ln()
    g.ln("Objet : Demande de services — {A.tf}, {A.né/née} le {A.dob}, NAM {A.ramq}")
    g.ln()
    g.ln(g.ch(["Chères collègues,", "Bonjour,", "Madame, Monsieur,"]))
    g.ln()
    paras = [
        "Je vous réfère {A.tf}, que je suis depuis plusieurs années pour un diabète de type 2.",
        "Depuis le décès de {C.son conjoint/sa conjointe}, {C.f}, {A.g} s'isole et néglige sa médication.",
        "{D.Son fils/Sa fille}, {D.f}, habite à {city} et ne peut venir qu'une fois par mois.",
        "{A.S} m'a confié avoir des idées noires, sans plan précis.",
        "{E.Le pharmacien/La pharmacienne}, {E.tf}, m'a signalé que les piluliers ne sont plus récupérés.",
        "{F.Le voisin/La voisine}, {F.g}, lui apporte parfois des repas, mais {A.g} refuse souvent d'ouvrir.",
        "{A.g} a été hospitalisé{A./e} {pl:a} en janvier pour une hypoglycémie.",
        "On peut joindre {A.g} au {A.phone}; {D.g} préfère être contacté{D./e} par courriel, à {D.email}.",
    ]
    for p in paras[:1] + g.ordered(paras[1:], g.r.randint(3, 5)):
        g.ln(p)
    g.ln()
    g.ln(g.content([
        "Une évaluation du soutien à domicile serait aussi souhaitable.",
        "Je demeure disponible pour discuter du dossier.",
    ]))
    g.ln()
    g.ln("{B.drf}, M.D.")


@fam('transport-adapte', 'fr')
def f_transport_adapte(g):
    g.ln("TRANSPORT ADAPTÉ — registre des réservations et plaintes")
    g.ln()
    res = [
        "Réservation : {A.f}, client{A./e} avec fauteuil, départ du {A.addr} vers {pl:bare}, retour {hh}.",
        "Réservation : {B.f} et accompagnat{B.eur/rice} ({C.g}), départ {hh} vers {org:bare}.",
        "Annulation par {D.tg} (appel au {D.phone}).",
        "Modification : {A.g} demande que le retour soit devancé; accepté.",
        "Détour : travaux sur {st:art}; prévoir dix minutes de plus pour {B.g}.",
    ]
    for r_ in g.ordered(res, g.r.randint(2, 4)):
        g.ln("- " + r_)
    g.ln()
    g.ln("PLAINTE no %d — reçue le {date}" % g.r.randint(1000, 9999))
    pl = [
        "{E.f} se plaint que le minibus est arrivé quarante minutes en retard.",
        "{F.Le chauffeur/La chauffeuse}, {F.g}, aurait refusé d'aider {E.g} à monter la rampe.",
        "{F.S} explique que la rampe était glacée et qu'{F.il/elle} attendait {G.un collègue/une collègue}, {G.g}.",
        "{E.g} a manqué son rendez-vous {pl:a} à cause du retard.",
        "{H.tf}, {H.le fils/la fille} {E.d_g}, exige des excuses écrites.",
        "{C.Le répartiteur/La répartitrice}, {C.f}, confirme que l'appel de {E.g} a été reçu à {hh}.",
        "Un billet de taxi d'une valeur de {amt} a été remis à {E.g} en compensation.",
    ]
    g.ln(' '.join(pl[:1] + g.ordered(pl[1:], g.r.randint(3, 5))))
    g.ln()
    g.ln("Suivi : " + g.content([
        "Le véhicule a été inspecté et la rampe fonctionne normalement.",
        "Un rappel sur l'aide à l'embarquement sera fait à tous les chauffeurs.",
    ]) + " Pour toute question : {tf}.")


# --- pair 24 (fr) ----------------------------------------------------------

@fam('registre-refuge', 'fr')
def f_registre_refuge(g):
    g.sex('A', 'F')
    g.sex('D', 'M')
    g.sex('H', 'F')
    g.child('B')
    g.child('C')
    g.ln("MAISON D'HÉBERGEMENT — registre des admissions et du quotidien")
    g.ln("Semaine du {date}")
    g.ln()
    ent = [
        "Admission de {A.f} ({A.dobi}), accompagnée de ses enfants {B.g} et {C.g}. Référée par {org:art}.",
        "{A.g} ne veut pas que {D.f}, son ex-conjoint, apprenne où elle se trouve.",
        "{D.S} aurait déjà attendu {A.g} devant {pl:art} la semaine dernière.",
        "{B.g} fait une crise au coucher; {E.g}, {E.intervenant/intervenante} de nuit, reste avec {B.lui/elle} jusqu'à minuit.",
        "{A.g} rencontre {F.me}, {F.avocat/avocate} de l'aide juridique, pour la garde.",
        "Appel d'un homme qui demande si {A.g} est ici. Aucune information donnée.",
        "{C.g} commence l'école {school:a} lundi; {E.g} l'accompagnera la première journée.",
        "{A.g} a déposé une plainte {org:a}; numéro d'événement {file}.",
        "Sortie au parc avec {G.f}, {A.g} et les enfants.",
        "{G.g} remarque que {A.g} a beaucoup pleuré après l'appel de sa mère, {H.tf}.",
    ]
    for e in ent[:1] + g.ordered(ent[1:], g.r.randint(4, 6)):
        g.ln("{date:iso} — " + e)
    g.ln()
    g.ln(g.content([
        "Rappel : aucune confirmation de présence ne doit être donnée au téléphone.",
        "Les chambres 3 et 5 seront repeintes la semaine prochaine.",
        "La réunion d'équipe est déplacée au jeudi.",
    ], 2))
    g.ln("Rédaction : {E.f} et {G.f}")


@fam('billet-centre-appels', 'fr')
def f_billet_centre_appels(g):
    g.ln("Billet INC-%07d — statut : %s" % (g.r.randint(1, 9999999), g.ch(["Ouvert", "En attente", "Résolu", "Escaladé"])))
    g.ln("Demandeu{A.r/se} : {A.f} <{A.email}> — {A.phone}")
    g.ln("Assigné à : {B.f}    Groupe : soutien niveau 2")
    g.ln()
    g.ln("Description initiale :")
    g.ln(g.ch([
        "Bonjour, je n'arrive plus à accéder à mon dossier en ligne depuis que {C.g} a changé mon adresse courriel.",
        "Allo, ma facture indique {amt} alors que j'ai payé par carte ({A.card}) le {date}.",
        "Je veux modifier mon adresse : je demeure maintenant au {A.addrl}.",
    ]))
    g.ln()
    g.ln("Historique :")
    hist = [
        "{B.g} : appel au demandeur, boîte vocale pleine.",
        "{B.g} : parlé à {C.f}, {C.le conjoint/la conjointe} {A.d_g}; refuse de transmettre l'info sans autorisation.",
        "{A.g} rappelle, très mécontent{A./e}. Veut parler à {D.tf}.",
        "{D.S} : escalade approuvée, transfert au groupe facturation.",
        "{E.f} (facturation) : remboursement de {amt} autorisé.",
        "{B.g} : vérification d'identité — date de naissance {A.dobi} confirmée.",
        "{A.g} demande que toutes les communications passent par courriel.",
        "{E.g} : en attente de la confirmation {org:de}.",
        "{B.g} : billet fermé; {A.g} satisfait{A./e} de la solution.",
    ]
    for h in g.ordered(hist, g.r.randint(4, 6)):
        g.ln("{date:iso} " + g.clock() + " — " + h)
    g.ln()
    g.ln("Note interne : " + g.content([
        "Ne jamais communiquer le NIP par téléphone.",
        "Le délai de traitement habituel est de cinq jours ouvrables.",
    ]) + " Ligne sans frais : {tf}.")


# ===========================================================================
# Driver
# ===========================================================================

def generate(half, count, seed):
    """Yield (record, G) pairs."""
    pools = Pools(half)
    fams = [(i, n, l, f) for i, (n, l, f) in enumerate(FAMILIES) if (i % 2 == 0) == (half == 'W')]
    r = random.Random('indep4-%s-%d' % (half, seed))
    order = []
    for k in range(1, count + 1):
        if not order:
            order = list(fams)
            r.shuffle(order)
        i, name, lang, f = order.pop()
        g = G(random.Random(r.getrandbits(64)), pools, lang)
        f(g)
        text = g.doc.text().rstrip('\n') + '\n'
        rec = {'id': 'indep4-%05d' % k, 'lang': lang, 'family': name, 'text': text,
               'spans': g.doc.spans}
        yield rec, g


TITLE_RE = re.compile(r'^(M\.|Mme|Mlle|Madame|Monsieur|madame|monsieur|Dre?\.?|Me|Mr\.?|Mrs\.?|Ms\.?|Miss)\s')
FORMAT_RE = {
    'RAMQ': re.compile(r'^[A-Z]{4}[ -]?\d{4}[ -]?\d{4}$'),
    'PASSPORT': re.compile(r'^[A-Z]{2}\d{6}$'),
    'LICENCE': re.compile(r'^[A-Z]\d{4}-\d{6}-\d{2}$'),
    'POSTAL': re.compile(r'^[GHJ]\d[A-Z] ?\d[A-Z]\d$'),
    'SIN': re.compile(r'^\d{3}[ -]?\d{3}[ -]?\d{3}$'),
    'CARD': re.compile(r'^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$'),
}


def self_check():
    from collections import Counter
    problems = Counter()
    examples = []

    def bad(kind, msg):
        problems[kind] += 1
        if sum(1 for e in examples if e[0] == kind) < 4:
            examples.append((kind, msg))

    names_by_half = {}
    all_names = set(words(GIVEN_F) + words(GIVEN_M) + words(SURNAMES))
    name_re = re.compile(r'(?<!\w)(%s)(?!\w)' % '|'.join(
        re.escape(n) for n in sorted(all_names, key=len, reverse=True)))
    for half, seed in (('W', 1), ('H', 2)):
        kinds, fams, langs = Counter(), Counter(), Counter()
        ndocs = 0
        seen_given, seen_sur = set(), set()
        for rec, g in generate(half, 300, seed):
            ndocs += 1
            rec2 = json.loads(json.dumps(rec, ensure_ascii=False))
            b = rec2['text'].encode('utf-8')
            fams[rec['family']] += 1
            langs[rec['lang']] += 1
            fi = [i for i, (n, _, _) in enumerate(FAMILIES) if n == rec['family']][0]
            if (fi % 2 == 0) != (half == 'W'):
                bad('family-half', rec['family'])
            for ch in ('{', '}', '[[', ']]'):
                if ch in rec['text']:
                    bad('template-leftover', rec['id'] + ' ' + ch)
            prev_end = -1
            spans = sorted(zip(rec2['spans'], g.doc.surf), key=lambda x: x[0]['start'])
            has_content = False
            for sp, surf in spans:
                kinds[(sp['kind'], sp['type'])] += 1
                seg = b[sp['start']:sp['end']].decode('utf-8')
                if seg != surf:
                    bad('offset', '%s %r != %r' % (rec['id'], seg, surf))
                if sp['start'] < prev_end:
                    bad('overlap', '%s %r' % (rec['id'], seg))
                prev_end = max(prev_end, sp['end'])
                if seg != seg.strip() or not seg:
                    bad('whitespace', '%s %r' % (rec['id'], seg))
                if sp['type'] == 'PERSON':
                    if TITLE_RE.match(seg):
                        bad('title-in-person', '%s %r' % (rec['id'], seg))
                    if re.search(r'\d', seg):
                        bad('digit-in-person', '%s %r' % (rec['id'], seg))
                if sp['type'] in FORMAT_RE and not FORMAT_RE[sp['type']].match(seg):
                    bad('format-' + sp['type'], '%s %r' % (rec['id'], seg))
                if sp['type'] in ('SIN', 'CARD') and not luhn_ok(re.sub(r'\D', '', seg)):
                    bad('luhn', '%s %r' % (rec['id'], seg))
                if sp['kind'] == 'content':
                    has_content = True
                    m = name_re.search(seg)
                    if m:
                        bad('name-in-content', '%s %r' % (rec['id'], seg))
                if sp['kind'] == 'decoy' and sp['type'] in ('DATE', 'AMOUNT', 'FILE', 'TOLLFREE'):
                    if name_re.search(seg):
                        bad('name-in-decoy', '%s %r' % (rec['id'], seg))
            if not has_content:
                bad('no-content', rec['id'])
            # every occurrence of a doc person's name must lie inside some span
            covered = bytearray(len(b))
            for sp in rec2['spans']:
                for k in range(sp['start'], sp['end']):
                    covered[k] = 1
            for p in g.P.values():
                if side(p.given) != half or side(p.sur) != half:
                    if p.given not in (q.sur for q in g.P.values()):
                        bad('name-half', '%s %s' % (p.given, p.sur))
                seen_given.add(p.given)
                seen_sur.add(p.sur)
                for nm in {p.given, p.sur, p.sur.upper(), p.given.upper()}:
                    for m in re.finditer(r'(?<!\w)%s(?!\w)' % re.escape(nm), rec['text']):
                        s0 = len(rec['text'][:m.start()].encode('utf-8'))
                        e0 = s0 + len(nm.encode('utf-8'))
                        if not all(covered[s0:e0]):
                            bad('unlabelled-name', '%s %r in %r' % (rec['id'], nm,
                                rec['text'][max(0, m.start() - 30):m.end() + 20]))
        names_by_half[half] = (seen_given, seen_sur)
        print('== half %s: %d documents, languages %s' % (half, ndocs, dict(langs)))
        print('   families (%d): %s' % (len(fams), ', '.join(sorted(fams))))
        for kind in ('pii', 'decoy', 'content'):
            sub = {t: n for (k, t), n in kinds.items() if k == kind}
            print('   %-7s total %5d  %s' % (kind, sum(sub.values()),
                  '  '.join('%s=%d' % (t, n) for t, n in sorted(sub.items(), key=lambda x: -x[1]))))
        other = sum(n for (k, t), n in kinds.items() if k == 'pii' and t != 'PERSON')
        print('   PERSON %d, other pii %d, decoys %d' % (kinds[('pii', 'PERSON')], other,
              sum(n for (k, t), n in kinds.items() if k == 'decoy')))
    gw, sw = names_by_half['W']
    gh, sh = names_by_half['H']
    print('== name overlap W/H: given %d, surnames %d (names used: W %d+%d, H %d+%d)' % (
        len(gw & gh), len(sw & sh), len(gw), len(sw), len(gh), len(sh)))
    print('== pool sizes: given F %d, given M %d, surnames %d' % (
        len(words(GIVEN_F)), len(words(GIVEN_M)), len(words(SURNAMES))))
    print('== problems: %s' % (dict(problems) or 'none'))
    for e in examples:
        print('   ', e)
    return 0 if not problems else 1


def main(argv):
    if len(argv) >= 2 and argv[1] == '--check':
        return self_check()
    if len(argv) != 4 or argv[1] not in ('W', 'H'):
        sys.stderr.write(__doc__)
        return 2
    half, count, seed = argv[1], int(argv[2]), int(argv[3])
    out = sys.stdout
    for rec, _ in generate(half, count, seed):
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
