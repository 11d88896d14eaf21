#!/usr/bin/env python3
"""freetext-indep9.py — a ninth, independently written generator of labelled
free-text documents (Québec public-body records; FR ~60 %, EN ~40 %) in the
format read by bench/freetext-score.py.

Usage: freetext-indep9.py W|H COUNT SEED > docs.jsonl

Every pool below (names of every origin, streets, cities, places, public
bodies, decoy institutions, laws, products, e-mail domains, content and
word-decoy sentences) is split into two disjoint halves W and H; mode W
draws only from the W halves, mode H only from the H halves.  Name parts
are linked across pools (a hyphenated "Marie-Chantal" goes where "Marie"
goes), so no name part is shared between the halves.

One JSON object per line: id, lang, family, text, spans.  Span offsets are
UTF-8 byte offsets; kind is 'pii' (type PERSON, PHONE, EMAIL, ADDRESS,
POSTAL_CODE, DOB, NAS, RAMQ, DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT,
CREDIT_CARD, PLATE), 'decoy' (must be left alone) or 'content' (ordinary
words that should be kept).  Conventions (as in freetext-indep8.py): a
courtesy or professional title (M., Mme, Me, Dr, Mr., l'agent ...) is
outside the PERSON span, as are a possessive 's and an elided d'/l';
a civic address span runs from the civic number to the city when the city
follows after a comma, "(Québec)" stays outside and the postal code is its
own span; a phone extension is outside the PHONE span; bank details written
as "transit X, institution Y, compte Z" give two spans (transit, account)
and one span when written as a single group.

Python 3 standard library only; the output depends only on the arguments."""
import sys, json, random, re, hashlib, unicodedata, datetime


def _l(s):
    return [w.strip() for w in s.split(',') if w.strip()]


# ====================================================================== names
# origin -> (female given names, male given names, surnames), written for this
# generator and checked against the other generators of bench/ (see report).
NAME_SRC = {
 'qc': (
  _l("Raymonde, Murielle, Carole, Bibiane, Gilberte, Jeannine, Laurette, Adrienne, Aline, Estelle, Odette, Laurie, Karolane, Marianne, "
     "Marie-Hélène, Ève-Marie, Sarah-Maude, Livia, Romy, Victoire, Rose, Fleurette, Prudence, Capucine, Perle, Églantine, Berthe, Alida, "
     "Marie-Paule, Lorraine, Armande, Denyse, Élise, Émilienne, Fleur-Ange, Henriette, Jeanne-d'Arc, Lauréanne, Lucette, Marielle, "
     "Marthe, Nicolette, Olivette, Paule, Régina, Rosanne, Rosianne, Yolaine, Albertine, Alphonsine, Angèle, Antoinette, Armandine, "
     "Coralie, Delphine, Élyse, Émeraude, Gaëlle, Hortense, Josette, Ludivine, Lysanne, Maëva, Maryline, Myriane, Naomie, Ophélie, "
     "Sophie-Anne, Virginie, Zélie, Marie-Chantal, Marie-Laurence, Laurie-Anne, Emy, Alexane, Arianne, Fleurine, Bérangère, "
     "Solange-Aimée, Marie, Julie, Nathalie, Sophie"),
  _l("Germain, Jean-Nicolas, Pierre-Olivier, Charles-Étienne, Ghyslain, Valmont, Fabien, Aimé, Désiré, Victorien, Hilaire, Aurèle, "
     "Origène, Achille, Ovila, Philias, Télesphore, Amédée, Bienvenu, Sylvio, Elphège, Jean-Roch, Pacôme, Alcide, Anselme, Apollinaire, "
     "Cyprien, Damien, Évariste, Firmin, Georges-Henri, Gervais, Irénée, Isidore, Jacques-André, Jean-Luc, Jean-René, Jules, Léopold, "
     "Marcelin, Maxence, Médéric, Olivier-Charles, Omer, Philémon, Pierre-Alexandre, Pierre-Yves, Régent, Ulric, Valère, Wilbrod, "
     "Albéric, Anthime, Cléophas, Eusèbe, Fortunat, Herménégilde, Magloire, Octave, Ovide, Pamphile, Thaddée, Émeric, Olivar, Arcade, "
     "Bellarmin, Jean-Rosaire, Marc-Aurèle, Jean, Pierre, Luc, Martin"),
  _l("Lapierre, Beausoleil, Lamoureux, Chevrier, Forest, Latulippe, Beaupré, Leblond, Legros, Mouton, Tisserand, Pasteur, Tourangeau, "
     "Lanthier, Courchesne, Pellerin, Bélisle, Robidoux, Rochon, Saucier, Valiquette, Blouin, Brunelle, Cadieux, Campeau, Daoust, "
     "Deschênes, Fafard, Ferland, Frenette, Gadoury, Gaudreault, Jalbert, Laframboise, Landreville, Lortie, Melançon, Miron, Nault, "
     "Pilon, Quesnel, Rainville, Rhéaume, Saint-Amour, Verreault, Bellavance, Bergevin, Brodeur, Champoux, Charette, Cossette, Croteau, "
     "Descôteaux, Dostie, Falardeau, Fecteau, Garneau, Gignac, Héroux, Huot, Lanoue, Lavergne, Lizotte, Loranger, Marcil, Métivier, "
     "Monette, Pinard, Prud'homme, Rancourt, Rocheleau, Sabourin, Taillon, Trépanier, Veillette, Desaulniers, Gauvin, Gélinas, Ayotte, "
     "Lemyre, Desbiens, Boissonneault, Labarre, Baril, Cliche, Doyon, Lacerte, Courtemanche, Gamache, Jolicoeur, Meunier, Aubry, Beaudet, "
     "Beaulne, Bellerose, Blanchette, Boileau, Bordeleau, Breton, Brousseau, Buteau, Chalifoux, Chamberland, Charland, Charlebois, "
     "Chassé, Choquette, Clermont, Corbeil, Coulombe, Crevier, Cusson, Daigneault, Deschamps, Ducasse, Dufault, Duguay, Dupont, Émond, "
     "Fournelle, Gagnier, Gariépy, Gendreau, Giasson, Guertin, Jeannotte, Labrie, Lacoste, Laferrière, Lafond, Lalande, Laneuville, "
     "Lauzier, Lebel, Leclair, Legendre, Lepire, Lesieur, Letarte, Maltais, Marceau, Mercure, Michon, Morissette, Nadon, Paré, Pelchat, "
     "Piché, Plouffe, Pratte, Primeau, Racicot, Renaud, Riopel, Rivest, Roussel, Sarrazin, Simoneau, Sylvestre, Thibeault, Turcot, "
     "Vaillant, Vanasse, Vandal, Viens, Voyer, Bellefeuille, Bouliane, Bourgeois, Caouette, Daneau, Dussault, Grenon, Juneau, Laflèche, "
     "Lamy, Millette, Naud, Pelland, Poliquin, Raîche, Rouleau, Sévigny, Turmel, Vallerand, Vermette, Boulerice, Desmeules, Lachaîne, "
     "Lalancette, Larocque, Malenfant, Martineau, Mongeau, Paquet, Parenteau, Sigouin, Thomassin, Sansregret, Belhumeur, Dubuc, "
     "Bellavance-Roy, Clouâtre, Desgroseilliers, Lapensée, Malouin, Beaupied, Courville, Bastarache, Tremblay, Gagnon, Roy, Côté, "
     "Bouchard, Gauthier")),
 'en': (
  _l("Bethany, Phoebe, Tessa, Elspeth, Maisie, Janice, Doreen, Marnie, Carly, Brooke, Paige, Hope, Faith, Joy, Charity, Ivy, Hazel, Ruby, "
     "Dawn, April, June, Autumn, Fern, Alison, Annabel, Bernice, Cassidy, Cora, Darcy, Delia, Esme, Estella, Fay, Flora, Georgina, Greta, "
     "Gwyneth, Henrietta, Jolene, Josie, Juniper, Kerry, Leanne, Lucinda, Mabel, Marcy, Meredith, Mildred, Penelope, Posy, Primrose, "
     "Rosalind, Sadie, Shelby, Sheena, Sorcha, Tabitha, Thea, Verity, Winifred, Wren, Zelda, Merle, Blossom, Honor, Temperance, Mercy, "
     "Clover, Briar, Poppy, Raven, Willow, Bonnie, Mhairi, Eimear, Caoimhe"),
  _l("Desmond, Archie, Rupert, Clive, Nigel, Lloyd, Shane, Travis, Dustin, Garrett, Preston, Heath, Royce, Blake, Forrest, Alastair, "
     "Ambrose, Basil, Benedict, Bertram, Cecil, Crispin, Cyril, Dudley, Edmund, Emmett, Fintan, Gareth, Godfrey, Horace, Hugh, Ivor, "
     "Jasper, Keiran, Magnus, Marshall, Mervyn, Monty, Ned, Nevin, Oswald, Ralph, Seumas, Silas, Thaddeus, Vaughn, Wilbur, Wyatt, Zeke, "
     "Clay, Dale, Flint, Mack, Cliff, Drake, Diarmuid, Fionn, Cathal, Ruairi, Struan, Gregor, Torquil, Murdo"),
  _l("Rivers, Stone, Fox, Bird, Marsh, Noble, Cash, Hope, Wolfe, Hill, Fields, Banks, Gardner, Weaver, Swift, Golden, Frost, Snow, "
     "Winter, Little, Day, Love, Hawke, Crane, Finch, Rowe, Thatcher, Chandler, Glover, Archer, McTavish, Grierson, Kinnear, Lockhart, "
     "Monaghan, Hennessy, Mulcahy, Toomey, Costello, O'Malley, Callaghan, Moriarty, Dempsey, Brady, Farrell, Shaughnessy, Ainsworth, "
     "Radcliffe, Fairbairn, Haldane, Tremaine, Abernethy, Baird, Blackburn, Bradshaw, Brannigan, Calloway, Carmichael, Cathcart, "
     "Chisholm, Colquhoun, Cruickshank, Dalgleish, Dunbar, Elliot, Farquhar, Haggerty, Hargreaves, Hastings, Inglis, Kilpatrick, "
     "Kirkwood, Lennox, MacAulay, MacPhee, McAuley, McCann, McCormack, McDermott, McElroy, McFadden, McGillivray, McInnes, McKay, "
     "McQuaid, Naismith, O'Connell, O'Hara, O'Keefe, O'Toole, Ogilvie, Pettigrew, Ramsay, Riordan, Rutherford, Shields, Sweeney, Tierney, "
     "Urquhart, Whelan, Woodward, Bellows, Blackbird, Bloom, Boone, Bright, Castle, Crow, Dove, Drake, Fairchild, Gale, Goodfellow, "
     "Grove, Heart, Honey, Hunt, Keen, Kettle, Lark, Nightingale, Pike, Plum, Pond, Rain, Read, Root, Sage, Salmon, Sands, Savage, Shore, "
     "Silver, Sparks, Speed, Spring, Steel, Storm, Tower, Trout, Vale, Waters, Wild, Worth, Brown")),
 'haiti': (
  _l("Clotilde, Jesula, Rose-Mitha, Vania, Bethina, Dieuna, Anise, Célimène, Fidélia, Rachelle, Lourdie, Chrislande, Phara, Manoucheka, "
     "Erline, Altagrâce, Immacula, Sonise, Lunise, Mercilia"),
  _l("Wilguens, Jean-Élie, Gesner, Kénel, Jean-Eddy, Dieuvel, Mercilien, Wilkenson, Fénold, Jhonny, Yvenson, Wilbens, Judeson, Ketler, "
     "Berthony, Enock, Islet"),
  _l("Beauvil, Calixte, Déjean, Dérisier, Dessalines, Dorlus, Duverger, Fénélon, Florestal, Gédéon, Lubin, Mathurin, Moïse, Narcisse, "
     "Occilus, Paulémon, Préval, Salomon, Sénatus, Tassy, Vixama, Zéphirin, Bienaimé, Clervil, Jolibois, Désinor, Présumé, Legagneur, "
     "Lauture, Déus, Aristide, Bruny")),
 'maghreb': (
  _l("Sabrina, Feriel, Nawel, Kawtar, Ilham, Khaoula, Manal, Nesrine, Hayat, Ouafae, Jamila, Saloua, Yamina, Dalila, Naziha, Warda, "
     "Sarra, Ons, Rahma, Maroua, Assia, Nassima, Chahrazad, Lilia, Tassadit"),
  _l("Abdelaziz, Mounir, Jamal, Lahcen, Driss, Brahim, Mohand, Noureddine, Azzedine, Slimane, Kamel, Larbi, Habib, Hakim, Zinedine, "
     "Marouane, Othmane, Soufiane, Badr, Ismaïl, Jawad, Lotfi, Chokri, Massinissa, Idir, Salim, Abdeslam"),
  _l("Benchekroun, El Fassi, El Ouardi, Fekir, Ghali, Kettani, Lamrani, Mahjoub, Naji, Sebbar, Yahiaoui, Zeroual, Boumediene, Ammour, "
     "Belarbi, Benabdallah, Boutaleb, Dib, El Mansouri, Guessous, Harrak, Kabbaj, Lakhdar, Ramdani, Sahraoui, Tounsi, Zaoui, Bendjelloul, "
     "Oukaci, Benyahia, Bouhired, Filali, Ghazouani, Hamrouni, Jebali, Mejri")),
 'leban': (
  _l("Dima, Tala, Yara, Ghada, Souha, Rasha, Nisrine, Jana, Maha, Rana, Abir, Amal, Darine, Ghina, Hoda, Joumana, Lamis, Marwa, Nawal, "
     "Roula, Samar, Sawsan, Sirine, Wafaa, Zeinab"),
  _l("Jad, Hadi, Issam, Nadim, Maroun, Toufic, Nassif, Raymond-Elie, Sleiman, Antoun, Assaad, Bachir, Boutros, Chafic, Gebran, Imad, "
     "Jihad, Nabih, Raja, Rafic, Sami, Semaan, Tanios, Zouheir, Akram, Fawzi, Ghazi, Hikmat, Jamil, Labib, Najib, Roukoz"),
  _l("Abi Nader, Bou Khalil, Chahine, Eid, Hanna, Kassis, Matar, Mouawad, Tabet, Tawk, Wehbe, Yazbeck, Zakhour, Zogheib, Bejjani, "
     "Abou Jaoude, Sarkis, Nakhle, Khawaja, Hobeika, Akiki, Asmar, Atallah, Baaklini, Boustani, Chedid, Daou, Farhat, Geagea, Ghosn, "
     "Helou, Kanaan, Lahoud, Makhlouf, Nahas, Obeid, Rahme, Samaha, Skaff, Wakim, Zahlan, Zein, Assaf, Diab, Feghali, Habchi, Kfoury, "
     "Massoud, Moukarzel, Rahbani, Younes")),
 'viet': (
  _l("Ngan, Uyen, Huyen, Nhi, Cam, Lien, Nguyet, Giao, Thanh Thuy, Bao Ngoc, Minh Chau, Kieu Oanh, Ky Duyen, Tuyet Mai, Thu Ha, Hong Van, "
     "Kim Ngan, Tuyet Nhung, Xuan Mai, My Linh, Quynh Anh, Khue, Doan Trang, Thao Vy, Yen Nhi"),
  _l("Khoi, Phong, Nghia, Toan, Tri, Viet, Thien, Nhan, Hau, Kiet, Luan, Sang, Trong, Dien, Thuan, Hiep, Tuong, Hoang Anh, Khang"),
  _l("Nguyen, Tran, Ung, Chung, Phung, Kha, Tong, Quan, Tu, Tat, Bach, Khong, Mach, Nong, Thieu, Vuu, Trac, Lang, Mau")),
 'china': (
  _l("Xiaohong, Guiying, Xiuying, Yuling, Chunmei, Aihua, Jiaqi, Zixuan, Yutong, Siqi, Mengyao, Wanting, Huiling, Wai Ling, Mei Ki, "
     "Suk Yee, Ka Man, Pui Shan, Siu Fong, Oi Lin, Wing Yan, Dongmei"),
  _l("Zhiqiang, Guoqiang, Haitao, Xiaojun, Jinhua, Tianyi, Zhihao, Junjie, Wenbo, Hongwei, Chi Keung, Wai Man, Kwok Wing, Ka Ho, "
     "Siu Ming, Tak Shing, Chun Kit, Man Hon, Shengli"),
  _l("Qin, Jin, Fu, Fan, Xiong, Bai, Meng, Yeung, Tse, Siu, Mak, Poon, Chiu, Kwong, Chu, Szeto, Au-Yeung, Lui, Yuen, Pang, Wan, Tsui")),
 'korea': (
  _l("Ha-eun, Soo-jin, Yoon-ah, Ji-hye, Su-bin, Da-eun, Ye-jin, Mi-kyung, Jung-hee, Young-mi, Sun-hee, Eun-young, Bo-ra"),
  _l("Min-jun, Ji-ho, Seung-hyun, Jun-seo, Woo-jin, Sang-hoon, Young-ho, Kyung-soo, Chul-soo, Do-yoon, Jin-woo, Hyun-jun, Tae-hoon, "
     "Joon-ho, Seong-ho, Dae-sung, Byung-chul, Ki-tae, Hyeon-su"),
  _l("Park, Kang, Cho, Lim, Ahn, Jeon, Yoo, Ko, Baek, Noh, Ryu, Bae, Chae, Pyo, Gil, Tak, Gu, Wi, Seong")),
 'filip': (
  _l("Perla, Nenita, Myrna, Honeylyn, Mary Grace, Shiela, Rochelle, Mariel, Cecilia, Heaven, Sunshine, Analiza, Lovelyn, Marichu, "
     "Jhenalyn, Ma. Luisa, Rowelyn, Edlyn, Cristy, Annaliza, Jinky"),
  _l("Jomari, Leonardo, Rodolfo, Teodoro, Joel, Rey-Mark, Aljon, Kristoffer, Boyet, Bayani, Jolo, Manuelito, Rhey, Emerson, Ruel, Rico, "
     "Arvin, Mhark, Dindo"),
  _l("Manansala, Dimaano, Sarmiento, Quizon, Nepomuceno, Ilagan, Tiongson, Dela Rosa, Delos Santos, San Jose, Cabanlig, Dumlao, Tuazon, "
     "Bonifacio, Mabini, Dalisay, Magsaysay, Natividad, Alcantara, Villareal, Manalastas, Lualhati, Tolosa, Pamintuan")),
 'latam': (
  _l("Maritza, Yadira, Dayana, Karina, Mayra, Nelly, Gladys, Consuelo, Pilar, Socorro, Amparo, Azucena, Paloma, Yajaira, Renata, Abril, "
     "Belén, Flor"),
  _l("Edwin, Fredy, Jairo, Rigoberto, Ignacio, Maximiliano, Emiliano, Leonel, Franklin, Yeison, Brayan, Humberto, Arturo, Octavio, "
     "Gerardo, Lisandro"),
  _l("Aguirre, Bermúdez, Cifuentes, Escobar, Galeano, Henao, Ibarra, Londoño, Mejía, Núñez, Osorio, Quiroga, Rendón, Trujillo, Urrutia, "
     "Zamora, Acosta, Barrios, Carvajal, Echeverría, Giraldo, Hidalgo, Jaramillo, Naranjo, Robles, Solís, Tamayo, Uribe, Yepes, Suárez, "
     "Rosales, Salinas, Serrano")),
 'portu': (
  _l("Ana Paula, Manuela, Cidália, Judite, Mafalda, Carlota, Raquel, Benedita, Custódia, Amélia, Rosa Maria, Emília, Deolinda, Albertina, "
     "Lucília, Ermelinda, Idalina, Zulmira, Fátima Sofia"),
  _l("Horácio, Abílio, Américo, Armindo, Agostinho, Bernardino, Diogo, Henrique, Jaime, Orlando, Fausto"),
  _l("Antunes, Baptista, Barbosa, Freitas, Gaspar, Gouveia, Loureiro, Machado, Magalhães, Matos, Moniz, Nogueira, Quaresma, Resende, "
     "Sampaio, Tavares, Brum, Botelho, Arruda, Melo, Borges, Sequeira")),
 'romania': (
  _l("Corina, Florentina, Iulia, Luminița, Mirela, Nicoleta, Oana, Raluca, Simona, Anca, Camelia, Ramona, Teodora, Violeta, Georgiana"),
  _l("Alexandru, Călin, Cătălin, Claudiu, Costel, Doru, Gheorghe, Ionuț, Liviu, Lucian, Marius, Nicu, Ovidiu, Petru, Sorin, Tudor, "
     "Viorel, Aurel"),
  _l("Bălan, Barbu, Ciobanu, Cozma, Diaconu, Dinu, Enache, Florea, Grigore, Iliescu, Lazăr, Manole, Mocanu, Neagu, Nistor, Oprea, Preda, "
     "Rădulescu, Rusu, Sandu, Tănase, Ursu, Vasilescu, Voicu, Zamfir, Cojocaru, Dobre, Gavrilă, Niculescu, Sârbu, Stănescu")),
 'ukru': (
  _l("Lyudmila, Galina, Nadezhda, Vera, Lyubov, Zoya, Alla, Inna, Polina, Kseniya, Sofiya, Viktoriya, Khrystyna, Solomiya, Nataliya, "
     "Yaroslava, Liliya, Maryna"),
  _l("Aleksei, Evgeny, Konstantin, Maksim, Ruslan, Vadim, Vitaliy, Mykola, Petro, Oleh, Serhiy, Yevhen, Anatoliy, Hryhoriy, Denys, Illia"),
  _l("Antonenko, Babenko, Demchenko, Fedorenko, Honcharenko, Klymenko, Lysenko, Marchenko, Oliynyk, Pavlenko, Rudenko, Savchenko, "
     "Yurchenko, Zhuk, Polishchuk, Shevchuk, Hnatyuk, Lytvyn, Sydorenko, Vasylenko, Levchenko, Orlov, Zaitsev, Lebedev, Novikov, Fedorov, "
     "Tarasov, Egorov, Kiselev, Makarov, Nikitin, Gusev, Frolov")),
 'iran': (
  _l("Fatemeh, Ladan, Mitra, Nazanin, Sahar, Yasaman, Bahar, Negar, Ghazal, Pegah, Tara, Soheila, Forough, Haleh, Donya, Elaheh, Shiva"),
  _l("Amir, Saeed, Hossein, Behnam, Siamak, Peyman, Omid, Navid, Shahram, Bijan, Farzad, Majid, Mohsen, Pouya, Ramin, Sina, Arman, "
     "Behrooz, Hooman, Keyvan"),
  _l("Abbasi, Akbari, Alavi, Amini, Bagheri, Ebrahimi, Esfandiari, Farahmand, Ghasemi, Habibi, Heidari, Jalali, Kamali, Khalili, Mahdavi, "
     "Mousavi, Najafi, Pahlavan, Rostami, Salehi, Soltani, Tabatabaei, Yazdani, Zand, Zarei, Golshiri, Hashemi, Javadi, Sharifi, Vaziri")),
 'sasia': (
  _l("Malathi, Vasanthi, Sumathi, Shanthi, Abirami, Keerthana, Nivetha, Sharmila, Thulasi, Vithya, Janani, Navneet, Kamaljit, Paramjit, "
     "Baljinder, Ramandeep, Jasleen, Taslima, Rumana, Mousumi, Anika, Parveen, Rupa"),
  _l("Murugan, Kumaran, Sathish, Prakash, Ganesh, Selvam, Vignesh, Dinesh, Niroshan, Balwinder, Sukhdev, Gurdeep, Harpal, Jagdeep, "
     "Davinder, Ranjit, Hardeep, Inderjit, Navdeep, Rafiq, Kamrul, Shafiqul, Mahbub, Jahangir, Mizanur, Nazrul, Sohel, Rezaul"),
  _l("Arumugam, Ponnambalam, Rajaratnam, Vijayakumar, Navaratnam, Sriskandarajah, Kandiah, Mahendran, Pathmanathan, Ganeshalingam, "
     "Aulakh, Bhullar, Dhaliwal, Hundal, Johal, Mann, Sekhon, Sohi, Toor, Virk, Atwal, Sangha, Pannu, Bajwa, Deol, Akter, Begum, Bhuiyan, "
     "Chakraborty, Haque, Miah, Sikder, Saha, Biswas, Majumder")),
 'wcafr': (
  _l("Mbombo, Kapinga, Ngalula, Mujinga, Bijou, Falonne, Gracia, Exaucée, Benie, Dorcas, Raïssa, Larissa, Carine, Blandine, Rosine, "
     "Coumba, Dieynaba, Astou, Mame Diarra, Sokhna, Penda, Aïda, Oumy, Seynabou, Maguette, Victoire"),
  _l("Trésor, Glody, Héritier, Merveil, Plamedi, Dady, Papy, Guelord, Achille, Franck, Ulrich, Pape, Abdou, Malick, Serigne, Assane, "
     "El Hadji, Moustapha, Ibou, Djibril, Samba, Demba, Bassirou, Massamba"),
  _l("Mulumba, Tshimanga, Kazadi, Nzuzi, Lumbala, Kalala, Banza, Matondo, Makiadi, Luzolo, Kiala, Mavungu, Tshilombo, Mballa, Ekotto, "
     "Nkoulou, Biyong, Tchatchoua, Ndjock, Fotsing, Wandji, Tchakounté, Djoumessi, Nguemo, Kenfack, Talla, Simo, Njoya, Seck, Mbaye, "
     "Thiam, Diouf, Niang, Samb, Dieng, Kane, Wade, Sène, Mbodj, Diagne")),
 'horn': (
  _l("Fadumo, Hawa, Sahra, Idil, Ayaan, Ubah, Hibo, Sagal, Nimco, Faiza, Ifrah, Amran, Deeqa, Selam, Hiwot, Meron, Bethlehem, Eden, Saba, "
     "Tsion, Rahel, Aster, Almaz, Genet, Senait"),
  _l("Abdullahi, Liban, Guled, Mahad, Bashir, Yusuf, Dahir, Bereket, Henok, Getachew, Solomon, Biniam, Kidane, Girma, Yonas"),
  _l("Jama, Aden, Osman, Hersi, Nur, Egal, Duale, Ismail, Hussein, Gedi, Elmi, Samatar, Dirie, Tadesse, Mengistu, Gebremariam, Alemu, "
     "Kebede, Wolde, Asfaw, Desta, Negash, Ayele, Mekonnen, Berhane, Gebreyesus")),
 'indig': (
  _l("Marie-Jeanne, Antonine, Lottie, Mary-Ann, Elisapee, Miaji, Lisi, Kitty, Ida, Karennatha, Kanerahtenhawi, Wahsontiio, Nitanis, "
     "Minnie-Ann, Sarah-Jane, Kathleen-Rose, Pasha, Qupirualuk, Lucy-Ann, Eva-Lisa, Elisapie-Rose, Shanna"),
  _l("Robbie, Gordie, Lawrence, Jusipi, Eli, Isa, Harry, Bobby, Lukasi, Pita, Joanasie, Mattiusi, Ronatahonni, Kanietakeron, Teioswathe, "
     "Mishen, Uapush"),
  _l("Riverin, Nolett, Piétacho, Lalo, Mesténapéo, Esau, Hester, Jimiken, Menarick, Petagumskum, Rabbitskin, Sealhunter, Trapper, "
     "Mayappo, Chiskamish, Longchap, Hemlock, Delaronde, Whitebean, Dearhouse, Two-Rivers, Leborgne, Ikey, Kakayuk, Nulukie, "
     "Oweetaluktuk, Saviadjuk, Uitangak, Qavavauk, Munick, Nassak, Ekomiak, Kudluk, Tarriasuk, Naluiyuk, Aloupa, Snowball, Dubé-Chachai")),
}

ORIGIN_WEIGHT = {'qc': 30, 'en': 9, 'haiti': 7, 'maghreb': 7, 'leban': 3, 'viet': 4, 'china': 4, 'korea': 1.5,
                 'filip': 3, 'latam': 6, 'portu': 2.5, 'romania': 2.5, 'ukru': 3, 'iran': 2.5, 'sasia': 5,
                 'wcafr': 5, 'horn': 2.5, 'indig': 3.5}

# ====================================================================== places
# streets: (French generic, English generic or '', specific); English writers use "Specific Generic"
STREETS = [tuple(x.split('|')) for x in _l(
    "rue|Street|Saint-Zotique, rue|Street|Bellechasse, rue|Street|Molson, rue|Street|De La Roche, rue|Street|Boyer, "
    "rue|Street|Fabre, rue|Street|Des Écores, rue|Street|Dickson, avenue|Avenue|Pierre-De Coubertin, rue|Street|Mentana, "
    "rue|Street|Saint-André, rue|Street|Plessis, rue|Street|Wolfe, rue|Street|Montcalm, rue|Street|Alexandre-DeSève, "
    "rue|Street|Dorion, rue|Street|Chapleau, rue|Street|Messier, rue|Street|Logan, rue|Street|Henri-Julien, "
    "rue|Street|Casgrain, rue|Street|Waverly, avenue|Avenue|de l'Esplanade, avenue|Avenue|Querbes, "
    "avenue|Avenue|Durocher, avenue|Avenue|Hutchison, rue|Street|Saint-Dominique, avenue|Avenue|Coloniale, "
    "rue|Street|Sanguinet, avenue|Avenue|de l'Hôtel-de-Ville, boulevard|Boulevard|Rosemont, rue|Street|Holt, "
    "rue|Street|Dandurand, 1re Avenue||, 2e Avenue||, 8e Avenue||, 16e Avenue||, 24e Avenue||, rue|Street|Saint-Vallier, "
    "rue|Street|Jean-Rivard, rue|Street|Louis-Hémon, rue|Street|des Carrières, rue|Street|Chambord, rue|Street|Rivard, "
    "rue|Street|Saint-Grégoire, boulevard|Boulevard|Crémazie Est, rue|Street|Legendre Ouest, rue|Street|Everett, "
    "rue|Street|Saint-Roch, rue|Street|Ogilvy, avenue|Avenue|Birnam, avenue|Avenue|Bloomfield, rue|Street|Liébert, "
    "rue|Street|Dézéry, rue|Street|Aird, boulevard|Boulevard|des Laurentides, boulevard|Boulevard|de la Concorde Est, "
    "boulevard|Boulevard|Lévesque Ouest, boulevard|Boulevard|Saint-Martin Ouest, chemin|Road|de Chambly, "
    "rue|Street|Saint-Charles Ouest, boulevard|Boulevard|Taschereau, boulevard|Boulevard|Roland-Therrien, "
    "rue|Street|Saint-Jean, rue|Street|de la Canardière, rue|Street|Soumande, avenue|Avenue|Royale, "
    "boulevard|Boulevard|Wilfrid-Hamel, boulevard|Boulevard|Maloney Ouest, rue|Street|Eddy, boulevard|Boulevard|de la Gappe, "
    "rue|Street|Wellington Sud, rue|Street|Belvédère Nord, boulevard|Boulevard|de Portland, rue|Street|Galt Ouest, "
    "boulevard|Boulevard|des Récollets, rue|Street|Hart, boulevard|Boulevard|Jean-XXIII, rue|Street|Price, "
    "boulevard|Boulevard|Saint-Paul, rue|Street|Saint-Germain Est, rue|Street|des Pervenches, rue|Street|des Mésanges, "
    "rue|Street|du Ruisselet, rue|Street|des Peupliers, rue|Street|de la Sapinière, rue|Street|des Quatre-Saisons, "
    "croissant|Crescent|des Bouleaux, place|Place|des Trembles, chemin|Road|du Lac-Vert, rang|Range|Sainte-Anne, "
    "rang|Range|du Petit-Bois, montée|Road|Gagnon, route||138, route||117, rue|Street|Monkland, avenue|Avenue|Somerled, "
    "avenue|Avenue|Grosvenor, rue|Street|Sherbrooke Ouest, boulevard|Boulevard|Brunswick, avenue|Avenue|Broadway, "
    "rue|Street|Bord-de-l'Eau, rue|Street|Fortin, rue|Street|du Pont, rue|Street|Toupin, rue|Street|Principale Nord")]

CITIES = _l("Montréal, Laval, Longueuil, Québec, Gatineau, Sherbrooke, Saguenay, Lévis, Trois-Rivières, Terrebonne, "
    "Saint-Jean-sur-Richelieu, Repentigny, Brossard, Drummondville, Granby, Saint-Hyacinthe, Shawinigan, Rimouski, "
    "Châteauguay, Victoriaville, Sorel-Tracy, Alma, Joliette, Sainte-Anne-des-Plaines, Saint-Basile-le-Grand, "
    "Pincourt, Lorraine, Rosemère, Bois-des-Filion, Prévost, Saint-Colomban, Farnham, Bromont, Coaticook, "
    "Lac-Mégantic, Plessisville, Montmagny, La Malbaie, Baie-Saint-Paul, Saint-Félicien, Senneterre, La Sarre, "
    "Maniwaki, Thurso, Hudson, Huntingdon, Ormstown, Nicolet, Bécancour, Louiseville, Saint-Raymond, Donnacona, "
    "Pont-Rouge, Beauceville, Lac-Etchemin, Rivière-Rouge, Mont-Tremblant, Sainte-Agathe-des-Monts, Kangiqsujuaq, "
    "Umiujaq, Waskaganish, Oujé-Bougoumou, Wemindji, Ekuanitshit, Unamen Shipu, Lac-Simon, Kitigan Zibi, Listuguj, "
    "Odanak, Wôlinak, Varennes, Saint-Lambert, Candiac, Verdun, Anjou, Montréal-Nord, Sainte-Foy, Charlesbourg, "
    "Beauport, Jonquière, Chicoutimi, Aylmer, Hull, Cap-de-la-Madeleine, Fleurimont")

# regions and cities used as places (decoys)
REGIONS = _l("Montérégie, Laurentides, Lanaudière, Mauricie, Estrie, Outaouais, Abitibi-Témiscamingue, Côte-Nord, "
    "Gaspésie, Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Chaudière-Appalaches, Centre-du-Québec, Nunavik, "
    "Eeyou Istchee, Capitale-Nationale, Îles-de-la-Madeleine, Haute-Côte-Nord, Vallée-du-Richelieu, "
    "Saint-Jérôme, Sainte-Thérèse, Saint-Georges, Sainte-Marie, Saint-Eustache, Sainte-Julie, Saint-Constant, "
    "Saint-Lazare, Saint-Bruno-de-Montarville, Saint-Sauveur, Sainte-Adèle, Mont-Laurier, Rouyn-Noranda, "
    "Val-d'Or, Sept-Îles, Matane, Gaspé, Amos, Chibougamau, Kuujjuaq, Chisasibi, Mashteuiatsh, Wendake")
FOREIGN_CITIES = _l("Port-au-Prince, Cap-Haïtien, Jacmel, Casablanca, Rabat, Fès, Alger, Oran, Tunis, Sfax, Beyrouth, "
    "Tripoli, Hô Chi Minh-Ville, Hanoï, Guangzhou, Shanghai, Hong Kong, Séoul, Busan, Manille, Cebu, Bogotá, "
    "Medellín, Lima, San Salvador, Guadalajara, Porto, Lisbonne, Ponta Delgada, Bucarest, Cluj-Napoca, Kyiv, "
    "Lviv, Kharkiv, Téhéran, Chiraz, Chennai, Jaffna, Ludhiana, Dhaka, Kinshasa, Lubumbashi, Douala, Yaoundé, "
    "Dakar, Thiès, Mogadiscio, Hargeisa, Addis-Abeba, Paris, Lyon, Bruxelles, Liège")

# foreign civic addresses: (address, country) -- the postal code of a foreign address is part of the ADDRESS span
FOREIGN_ADDR = [tuple(x.split('|')) for x in [
    "18, rue des Vinaigriers, 75010 Paris|France", "7 place Bellecour, 69002 Lyon|France",
    "42 avenue Jean-Jaurès, 13005 Marseille|France", "Rue de la Loi 155, 1040 Etterbeek|Belgique",
    "Chaussée de Waterloo 612, 1050 Ixelles|Belgique", "Delmas 75, rue Clercine #12, Port-au-Prince|Haïti",
    "Rue Capois 31, Jacmel|Haïti", "23, rue Ibn Toumert, 20250 Casablanca|Maroc", "Avenue Hassan II no 88, Fès 30000|Maroc",
    "Cité des 200 logements, bât. B no 14, Oran 31000|Algérie", "12 rue de Marseille, 1000 Tunis|Tunisie",
    "Rue Gouraud, imm. Haddad, 3e étage, Beyrouth|Liban", "145 Nguyen Trai, Phuong 2, Quan 5, TP. Ho Chi Minh|Viêt Nam",
    "Calle 45 # 12-34, Chapinero, Bogotá|Colombie", "Av. Arequipa 2450, dpto. 301, Lima 15046|Pérou",
    "Rua de Santa Catarina 210, 4000-442 Porto|Portugal", "Rua do Mercado 17, 9500-326 Ponta Delgada|Portugal",
    "Strada Mihai Eminescu 45, ap. 7, 010515 București|Roumanie", "vul. Sahaidachnoho 14, kv. 9, Kyiv 04070|Ukraine",
    "No. 27, Kuche Nasim, Kh. Valiasr, Tehran 19687|Iran", "14/3 Temple Road, Nallur, Jaffna 40000|Sri Lanka",
    "House 12, Road 7, Dhanmondi, Dhaka 1205|Bangladesh", "Avenue Kasa-Vubu 88, Kinshasa/Kalamu|RD Congo",
    "Rue Njo-Njo, Bonapriso, BP 4512 Douala|Cameroun", "Villa 214, Sacré-Cœur 3, Dakar|Sénégal",
    "Calle Morelos 118, Col. Centro, 44100 Guadalajara|Mexique", "27 Jalan Anggrek, 47301 Petaling Jaya|Malaisie",
    "Flat 5B, 33 Tai Po Road, Sham Shui Po, Kowloon|Hong Kong", "88 Banchero St., Brgy. Poblacion, Cebu City 6000|Philippines",
    "41 Magnolia Drive, Hartford, CT 06105|États-Unis", "210 Boylston St, Apt 4, Boston, MA 02116|États-Unis"]]

# institutions and places whose names hold a person's name (decoys);
# (French name, article class f/m/v/c, English name; "the|" = English needs "the")
ORGS = [tuple(x.split('~')) for x in [
    "Hôpital Maisonneuve-Rosemont~v~Maisonneuve-Rosemont Hospital", "Hôpital Santa Cabrini~v~Santa Cabrini Hospital",
    "Hôpital Anna-Laberge~v~Anna-Laberge Hospital", "Hôpital Fleury~v~Fleury Hospital",
    "Institut Philippe-Pinel~v~the|Philippe-Pinel Institute", "Hôpital Jeffery Hale~v~Jeffery Hale Hospital",
    "Hôpital Marie-Clarac~v~Marie-Clarac Hospital", "Hôpital Catherine-Booth~v~Catherine Booth Hospital",
    "Hôpital Chauveau~v~Chauveau Hospital", "Hôpital Douglas~v~the|Douglas Hospital",
    "CHSLD Jean-De La Lande~m~the|Jean-De La Lande CHSLD", "CHSLD Paul-Émile-Léger~m~the|Paul-Émile-Léger CHSLD",
    "CHSLD Éloria-Lepage~m~the|Éloria-Lepage CHSLD", "CLSC Olivier-Guimond~m~the|Olivier-Guimond CLSC",
    "Centre de réadaptation Lucie-Bruneau~m~the|Lucie-Bruneau Rehabilitation Centre",
    "Institut Raymond-Dewar~v~the|Raymond-Dewar Institute", "Centre gériatrique Maimonides~m~the|Maimonides Geriatric Centre",
    "Cégep André-Laurendeau~m~André-Laurendeau College", "Cégep Garneau~m~Cégep Garneau",
    "Collège Montmorency~m~Collège Montmorency", "Collège Dawson~m~Dawson College",
    "Cégep Édouard-Montpetit~m~Édouard-Montpetit College", "Université Laval~v~Université Laval",
    "Université McGill~v~McGill University", "Université Bishop's~v~Bishop's University",
    "École Pierre-Dupuy~v~Pierre-Dupuy School", "École Sophie-Barat~v~Sophie-Barat School",
    "École Jeanne-LeBer~v~Jeanne-LeBer School", "École Calixa-Lavallée~v~Calixa-Lavallée School",
    "École Lucien-Pagé~v~Lucien-Pagé School", "École Henri-Julien~v~Henri-Julien School",
    "École Père-Marquette~v~Père-Marquette School", "École Émile-Legault~v~Émile-Legault School",
    "École Rosalie-Jetté~v~Rosalie-Jetté School", "École Marguerite-Bourgeoys~v~Marguerite-Bourgeoys School",
    "Collège Jean-de-Brébeuf~m~Collège Jean-de-Brébeuf", "École secondaire Joseph-Charbonneau~v~Joseph-Charbonneau High School",
    "Aréna Maurice-Richard~v~the|Maurice-Richard Arena", "Aréna Michel-Normandin~v~the|Michel-Normandin Arena",
    "Aréna Marcel-Dutil~v~the|Marcel-Dutil Arena", "Centre Étienne-Desmarteau~m~the|Étienne-Desmarteau Centre",
    "Aréna Howie-Morenz~v~the|Howie-Morenz Arena", "Centre Bell~m~the|Bell Centre", "Centre Vidéotron~m~the|Videotron Centre",
    "Pont Jacques-Cartier~m~the|Jacques Cartier Bridge", "Pont Pierre-Laporte~m~the|Pierre Laporte Bridge",
    "Pont Laviolette~m~the|Laviolette Bridge", "Tunnel Louis-Hippolyte-La Fontaine~m~the|Louis-Hippolyte-La Fontaine Tunnel",
    "Parc Frédéric-Back~m~Frédéric-Back Park", "Parc Maisonneuve~m~Maisonneuve Park", "Place Émilie-Gamelin~f~Place Émilie-Gamelin",
    "Marché Jean-Talon~m~the|Jean-Talon Market", "Marché Atwater~m~the|Atwater Market",
    "Pharmacie Jean Coutu~f~the|Jean Coutu pharmacy", "Pharmacie Brunet~f~the|Brunet pharmacy",
    "Rôtisserie St-Hubert~f~the|St-Hubert restaurant", "Librairie Renaud-Bray~f~the|Renaud-Bray bookstore",
    "Caisse Desjardins~f~the|Desjardins credit union", "Brault & Martineau~c~Brault & Martineau",
    "Tim Hortons~c~Tim Hortons", "Fondation Jean Lapointe~f~the|Jean Lapointe Foundation",
    "Fondation du Dr Julien~f~the|Dr. Julien Foundation", "Fondation Charles-Bruneau~f~the|Charles-Bruneau Foundation",
    "Fondation Lucie et André Chagnon~f~the|Lucie and André Chagnon Foundation", "Maison Jean Lapointe~f~Maison Jean Lapointe",
    "Maison du Père~f~Maison du Père", "Bibliothèque Benny~f~the|Benny Library", "Bibliothèque Mordecai-Richler~f~the|Mordecai-Richler Library",
    "Stade Percival-Molson~m~the|Percival Molson Stadium", "Gare Lucien-L'Allier~f~Lucien-L'Allier station",
    "station Lionel-Groulx~f~Lionel-Groulx station", "station Jolicoeur~f~Jolicoeur station",
    "station Georges-Vanier~f~Georges-Vanier station", "station De La Savane~f~De La Savane station",
    "station Honoré-Beaugrand~f~Honoré-Beaugrand station", "station Édouard-Montpetit~f~Édouard-Montpetit station",
    "station Papineau~f~Papineau station", "station Sauvé~f~Sauvé station", "station Fabre~f~Fabre station",
    "station D'Iberville~f~D'Iberville station", "station Charlevoix~f~Charlevoix station", "station Préfontaine~f~Préfontaine station",
    "station Langelier~f~Langelier station", "Salle Wilfrid-Pelletier~f~Salle Wilfrid-Pelletier",
    "Théâtre Denise-Pelletier~m~the|Denise-Pelletier Theatre", "Musée McCord~m~the|McCord Museum",
    "Oratoire Saint-Joseph~v~Saint Joseph's Oratory", "Aéroport Montréal-Trudeau~v~Montréal-Trudeau Airport",
    "Aéroport Jean-Lesage~v~Jean Lesage Airport", "Institut Nazareth et Louis-Braille~v~the|Nazareth and Louis-Braille Institute",
    "Cinéma Guzzo~m~Cinéma Guzzo", "Maison Saint-Gabriel~f~Maison Saint-Gabriel", "Hôpital Pierre-Janet~v~Pierre-Janet Hospital"]]

# public bodies: (French, English, e-mail domain of staff)
BODIES = [tuple(x.split('~')) for x in [
    "CIUSSS de l'Est-de-l'Île-de-Montréal~CIUSSS de l'Est-de-l'Île-de-Montréal~ssss.gouv.qc.ca",
    "CISSS de la Montérégie-Centre~Montérégie-Centre CISSS~ssss.gouv.qc.ca",
    "CISSS des Laurentides~Laurentides CISSS~ssss.gouv.qc.ca",
    "CIUSSS de l'Estrie – CHUS~CIUSSS de l'Estrie – CHUS~ssss.gouv.qc.ca",
    "CIUSSS de la Mauricie-et-du-Centre-du-Québec~Mauricie-et-du-Centre-du-Québec CIUSSS~ssss.gouv.qc.ca",
    "CISSS du Bas-Saint-Laurent~Bas-Saint-Laurent CISSS~ssss.gouv.qc.ca",
    "Centre de services scolaire de Montréal~Centre de services scolaire de Montréal~cssdm.gouv.qc.ca",
    "Centre de services scolaire Marguerite-Bourgeoys~Marguerite-Bourgeoys School Service Centre~csmb.qc.ca",
    "Centre de services scolaire des Premières-Seigneuries~Premières-Seigneuries School Service Centre~csdps.qc.ca",
    "Commission scolaire Lester-B.-Pearson~Lester B. Pearson School Board~lbpsb.qc.ca",
    "Commission scolaire Riverside~Riverside School Board~rsb.qc.ca", "Ville de Laval~City of Laval~laval.ca",
    "Ville de Longueuil~City of Longueuil~longueuil.quebec", "Ville de Québec~Québec City~ville.quebec.qc.ca",
    "Ville de Trois-Rivières~City of Trois-Rivières~v3r.net",
    "Office municipal d'habitation de Montréal~Montréal Municipal Housing Office~omhm.qc.ca",
    "Société de l'assurance automobile du Québec~Société de l'assurance automobile du Québec~saaq.gouv.qc.ca",
    "Commission des normes, de l'équité, de la santé et de la sécurité du travail~CNESST~cnesst.gouv.qc.ca",
    "Service de police de la Ville de Montréal~Montréal Police Service~spvm.qc.ca",
    "Sûreté du Québec~Sûreté du Québec~surete.qc.ca", "Curateur public du Québec~Public Curator of Québec~curateur.gouv.qc.ca",
    "Kativik Ilisarniliriniq~Kativik Ilisarniliriniq~kativik.qc.ca",
    "Tribunal administratif du logement~Administrative Housing Tribunal~tal.gouv.qc.ca",
    "Université du Québec à Trois-Rivières~Université du Québec à Trois-Rivières~uqtr.ca"]]

MAIL_DOMAINS = _l("videotron.ca, gmail.com, hotmail.com, outlook.fr, yahoo.com, icloud.com, bell.net, proton.me, "
    "laposte.net, orange.fr, yahoo.fr, live.fr, gmx.com, cgocable.ca, tlb.sympatico.ca, mail.com, aol.com, "
    "skynet.be, menara.ma, naver.com, qq.com, 163.com, hotmail.ca, outlook.com, ebox.ca, derytele.com, "
    "xplornet.com, telus.net")

LAWS_FR = re.split(r'; ', "art. 59 de la Loi sur l'accès; RLRQ c. A-2.1; art. 88 de la Loi sur l'accès; "
    "art. 65.1 de la Loi sur l'accès; art. 81.18 de la Loi sur les normes du travail; RLRQ, c. N-1.1; art. 1864 C.c.Q.; "
    "art. 4 de la Charte des droits et libertés de la personne; art. 328 du Code de la sécurité routière; "
    "C.s.r., art. 443.1; art. 96.12 de la Loi sur l'instruction publique; Règlement sur les aliments, RLRQ c. P-29, r. 1; "
    "art. 430 du Code criminel; art. 272 de la Loi sur la protection du consommateur; "
    "art. 56 de la Loi sur le Tribunal administratif du logement; RLRQ, c. S-2.1; "
    "art. 32 de la Loi sur la protection de la jeunesse; art. 1910 C.c.Q.; Loi 25; art. 8 de la Loi sur la santé publique; "
    "RLRQ c. P-40.1; art. 124 du Code du travail")
LAWS_EN = re.split(r'; ', "section 8 of the Charter; s. 59 of the Access Act; CQLR c. A-2.1; section 88 of the Access Act; "
    "s. 81.18 of the Act respecting labour standards; CQLR, c. N-1.1; art. 1864 C.C.Q.; s. 396 of the Highway Safety Code; "
    "section 7 of the Canadian Charter; s. 266 of the Criminal Code; s. 272 of the Consumer Protection Act; "
    "CQLR, c. S-2.1; s. 32 of the Youth Protection Act; art. 1910 C.C.Q.; Bill 25; s. 96.12 of the Education Act; "
    "CQLR c. P-40.1; section 124 of the Labour Code; s. 9 of the Charter of human rights and freedoms")

# product and software names (decoys), by use
PRODUCTS = {'app': _l("Outlook, Zoom, SharePoint, Excel, Adobe Acrobat, Windows 11, Google Drive, OneDrive, Word, "
                      "VPN Cisco AnyConnect, imprimante Xerox, Chrome, Power BI, Citrix Workspace"),
            'system': _l("I-CLSC, PIJ, Mozaïk-Portail, Omnivox, ClicSÉQUR, Clic Santé, Dossier santé Québec, SIRTF, "
                         "Mon dossier citoyen, ServiceNow, SAGIR, GESTRED"),
            'chat': _l("Microsoft Teams, Slack, Google Chat, Webex, Mattermost, Zoom Team Chat"),
            'med': _l("Ventolin, Tylenol, Advil, Ritalin, Concerta, Epipen, Synthroid, Lipitor, Metformine, Seroquel, "
                      "Eliquis, Coumadin, Ativan, Lyrica")}
VEHICLES_FR = _l("Toyota Corolla grise, Honda CR-V noire, Ford F-150 rouge, Hyundai Kona blanche, Subaru Forester bleue, "
    "Kia Soul verte, Nissan Rogue argent, Mazda 3 noire, Dodge Grand Caravan beige, Chevrolet Equinox blanche")
VEHICLES_EN = _l("grey Toyota Corolla, black Honda CR-V, red Ford F-150, white Hyundai Kona, blue Subaru Forester, "
    "green Kia Soul, silver Nissan Rogue, black Mazda 3, beige Dodge Grand Caravan, white Chevrolet Equinox")


# ============================================================ content sentences
# domain -> (French, English) sentences the redactor must keep; " | " separates sentences
def _p(s):
    return [x.strip() for x in s.split(' | ') if x.strip()]


CONTENT = {
 'social': (
  _p("La mère dit manquer de sommeil depuis la naissance du cadet. | Le réfrigérateur était presque vide lors de notre passage. | "
     "Les deux enfants semblaient à l'aise et souriants pendant la visite. | "
     "On note une amélioration de l'hygiène du logement depuis le dernier suivi. | "
     "Le père reconnaît avoir haussé le ton mais nie toute violence physique. | "
     "Une demande de dépannage alimentaire a été faite auprès de l'organisme du quartier. | "
     "La grand-mère s'occupe des enfants trois soirs par semaine. | Les factures d'électricité s'accumulent sur le comptoir de la cuisine. | "
     "Elle souhaite reprendre ses études à l'automne si la garde est assurée. | Il reconnaît avoir besoin d'aide pour gérer son budget. | "
     "La chambre du plus jeune n'a toujours pas de lit. | Nous avons revu ensemble le calendrier des visites supervisées. | "
     "Le couple s'est séparé au début de l'été. | Le suivi en dépendance se poursuit au rythme d'une rencontre aux deux semaines."),
  _p("Mother reports poor sleep since the youngest was born. | The fridge was nearly empty when we visited. | "
     "Both children seemed relaxed and smiled during the visit. | Housekeeping has improved since the last follow-up. | "
     "The father admits raising his voice but denies any physical violence. | A food bank referral was made to the neighbourhood agency. | "
     "The grandmother looks after the children three evenings a week. | Unpaid electricity bills are piling up on the kitchen counter. | "
     "She hopes to go back to school in the fall if childcare is arranged. | He acknowledges needing help to manage his budget. | "
     "The youngest still has no bed in his room. | We went over the supervised visit schedule together. | "
     "The couple separated at the beginning of the summer. | Addiction follow-up continues every other week.")),
 'school': (
  _p("L'élève remet rarement ses devoirs à temps. | Il participe bien en classe lorsqu'il est placé à l'avant. | "
     "Les absences se concentrent surtout les lundis matin. | Un plan d'intervention sera révisé avec l'équipe-école. | "
     "Elle a obtenu de bons résultats en mathématiques cette étape. | Des conflits ont éclaté à la récréation à plusieurs reprises. | "
     "L'orthopédagogue recommande un soutien en lecture. | Le service de garde signale des retards fréquents en fin de journée. | "
     "Les parents ont été convoqués à une rencontre de concertation. | Un accompagnement par la technicienne en éducation spécialisée est proposé."),
  _p("The student rarely hands in homework on time. | He participates well when seated at the front of the class. | "
     "Absences mostly fall on Monday mornings. | An individualized education plan will be reviewed with the school team. | "
     "She did well in math this term. | Conflicts broke out at recess on several occasions. | The remedial teacher recommends reading support. | "
     "The daycare reports frequent late pick-ups. | The parents were invited to a case conference. | "
     "Support from the special education technician is offered.")),
 'work': (
  _p("Les faits allégués se seraient produits pendant le quart de soir. | La salariée affirme avoir avisé son supérieur à deux reprises. | "
     "Aucun témoin direct n'a pu confirmer la version du plaignant. | Le climat d'équipe est décrit comme lourd depuis la réorganisation. | "
     "Un retour progressif au travail est recommandé par le médecin traitant. | "
     "La politique de prévention du harcèlement a été remise à tous les employés. | "
     "Les horaires seront ajustés pour éviter les contacts entre les parties. | L'employé conteste la mesure disciplinaire imposée. | "
     "La formation obligatoire n'a pas été complétée dans les délais. | Le comité recommande une médiation entre les collègues concernés."),
  _p("The alleged events reportedly happened during the evening shift. | The employee says she notified her supervisor twice. | "
     "No direct witness could confirm the complainant's account. | Team morale is described as heavy since the reorganization. | "
     "A gradual return to work is recommended by the treating physician. | The harassment prevention policy was given to all employees. | "
     "Schedules will be adjusted to avoid contact between the parties. | The employee disputes the disciplinary measure. | "
     "Mandatory training was not completed on time. | The committee recommends mediation between the colleagues involved.")),
 'police': (
  _p("La porte arrière présentait des marques d'effraction. | Le suspect a pris la fuite à pied en direction du parc. | "
     "Aucune arme n'a été retrouvée sur les lieux. | La victime présentait une égratignure au visage et a refusé le transport ambulancier. | "
     "Les images de la caméra de surveillance ont été saisies. | Le conducteur a échoué l'épreuve de coordination des mouvements. | "
     "Les deux véhicules ont été remorqués à la fourrière municipale. | Un constat d'infraction a été remis sur place. | "
     "Le voisinage a été sondé sans résultat. | Les objets volés comprennent une tablette et un portefeuille."),
  _p("The back door showed signs of forced entry. | The suspect fled on foot toward the park. | No weapon was found at the scene. | "
     "The victim had a scratch on the face and declined ambulance transport. | Security camera footage was seized. | "
     "The driver failed the coordination test. | Both vehicles were towed to the municipal pound. | A statement of offence was issued on the spot. | "
     "A canvass of the neighbourhood gave no result. | Stolen items include a tablet and a wallet.")),
 'inspect': (
  _p("Des traces d'humidité sont visibles au plafond de la salle de bain. | Le détecteur de fumée du couloir du deuxième étage émettait un signal de pile faible. | "
     "Des traces de rongeurs ont été notées derrière la cuisinière. | La température du réfrigérateur de la cuisine dépassait la norme. | "
     "Les issues de secours étaient encombrées par des boîtes. | Le revêtement de plancher est soulevé près de la porte d'entrée. | "
     "L'exploitant s'engage à corriger les non-conformités d'ici trente jours. | Une contre-visite sera effectuée sans préavis. | "
     "La ventilation de la salle de lavage est insuffisante. | Aucune non-conformité majeure n'a été relevée."),
  _p("Moisture stains are visible on the bathroom ceiling. | The hallway smoke detector was not working. | "
     "Signs of rodents were noted behind the stove. | The kitchen fridge temperature exceeded the standard. | "
     "Emergency exits were blocked by boxes. | The flooring is lifting near the front door. | "
     "The operator undertakes to correct the deficiencies within thirty days. | A follow-up visit will be made without notice. | "
     "Ventilation in the laundry room is inadequate. | No major deficiency was found.")),
 'legal': (
  _p("Le Tribunal estime que la preuve prépondérante ne soutient pas cette prétention. | Seule une partie des sommes réclamées est justifiée par la preuve. | "
     "Les parties ne s'entendent pas sur la date de la fin du bail. | Le récit du témoin est resté constant malgré le contre-interrogatoire. | "
     "Aucune pièce justificative n'a été produite à l'audience. | Le Tribunal réserve sa décision quant aux frais. | "
     "La défense soulève l'irrecevabilité de la demande. | Il n'y a pas lieu d'accorder de dommages punitifs. | La demande de remise est refusée. | "
     "Les parties sont renvoyées à la médiation."),
  _p("The Tribunal finds that the preponderance of evidence does not support this claim. | Only part of the amounts claimed is supported by the evidence. | "
     "The parties disagree on when the lease ended. | The witness's account remained consistent under cross-examination. | "
     "No supporting document was filed at the hearing. | The Tribunal reserves its decision on costs. | "
     "The defence argues the application is inadmissible. | There is no basis for punitive damages. | The request for postponement is denied. | "
     "The parties are referred to mediation.")),
 'health': (
  _p("Signes vitaux stables à l'arrivée. | Douleur abdominale évaluée à sept sur dix. | Pas d'allergie médicamenteuse connue. | "
     "Le patient est orienté dans les trois sphères. | Une prise de sang et une radiographie pulmonaire sont demandées. | "
     "La plaie a été nettoyée et recouverte d'un pansement sec. | Congé avec consignes de retour en cas d'aggravation. | "
     "Elle a cessé la médication depuis environ deux semaines. | Suivi recommandé en clinique de première ligne. | "
     "Risque de chute élevé, ridelles levées."),
  _p("Vital signs stable on arrival. | Abdominal pain rated seven out of ten. | No known drug allergy. | "
     "The patient is oriented to time, place and person. | Blood work and a chest X-ray are ordered. | "
     "The wound was cleaned and covered with a dry dressing. | Discharged with instructions to return if symptoms worsen. | "
     "She stopped the medication about two weeks ago. | Follow-up recommended at a primary care clinic. | High fall risk, bed rails up.")),
 'admin': (
  _p("La demande a été reçue complète et sera traitée dans l'ordre d'arrivée. | Certains documents contiennent des renseignements sur des tiers. | "
     "Les pièces jointes n'ont pas pu être ouvertes. | Le formulaire doit être signé à la main. | "
     "Le dossier a été transféré à la direction concernée. | Le paiement sera émis au cours du prochain cycle de paie. | "
     "Aucune suite ne sera donnée sans nouvelle information. | La réponse sera transmise par la poste dans les vingt jours. | "
     "Le délai de traitement a été prolongé de dix jours. | Merci de conserver une copie de ce message pour vos dossiers."),
  _p("The request was received complete and will be processed in order of arrival. | Some documents contain information about third parties. | "
     "The attachments could not be opened. | The form must be signed by hand. | The file was transferred to the relevant department. | "
     "Payment will be issued in the next pay cycle. | No further action will be taken without new information. | "
     "The answer will be mailed within twenty days. | The processing time was extended by ten days. | "
     "Please keep a copy of this message for your records.")),
}

# sentences with a common word that is also a name in the pools above (the [word] is a decoy)
WORDS = (
 _p("Un [cardinal] rouge vient à la mangeoire chaque matin. | Le [mouton] en peluche ne quitte jamais le petit. | "
    "Le [pasteur] de l'église du quartier offre des repas le dimanche. | Il a toujours été [vaillant] au travail, selon son employeur. | "
    "Le [mercure] est descendu sous zéro pendant la nuit. | Son oncle était [tisserand] dans une usine de textile de la région. | "
    "Il porte une casquette d'un club [breton] de soccer. | Le quartier est devenu plus [bourgeois] et les loyers ont grimpé. | "
    "Ils ont acheté du pain chez le [meunier] du village. | Il dit boire du [pinard] bon marché pour s'endormir. | "
    "Sa fille a les cheveux [blond] comme son père. | On a planté une [tulipe] par élève au printemps. | "
    "Le [gendre] de la voisine a aidé au déménagement. | Elle fait partie d'une [chorale] qui répète le [jeudi]. | "
    "Il faisait un [beau soleil] lors de la visite au parc. | Il y a une grosse [roche] devant l'entrée du garage. | "
    "Le chien a peur du [tonnerre] et se cache sous le lit. | Elle parle avec beaucoup d'[amour] de ses petits-enfants. | "
    "Le [champ] derrière la maison est inondé chaque [avril]."),
 _p("A [swift] response from the landlord is expected. | There was [frost] on the inside of the windows. | "
    "[Snow] removal is not included in the lease. | He keeps his [cash] in a coffee tin. | The children fed bread to a [crow] in the yard. | "
    "She has a [silver] bracelet from her late mother. | There is a [pond] behind the housing complex. | "
    "The [storm] knocked out power for two days. | He said he had lost all [hope] of getting the apartment back. | "
    "The [heart] monitor was removed before discharge. | She grows [sage] and mint on the balcony. | "
    "The building has a [tower] crane next door, which is noisy. | He caught a [trout] at the lake last summer, he proudly told us. | "
    "Rent is due on the first [day] of the month. | The kids made a [snowball] fort in the yard. | "
    "Her dog is a [little] terrier that barks at visitors. | The [spring] thaw flooded the basement again. | "
    "He spends his summers fishing the [rivers] up north. | A [fox] was seen near the daycare fence in [June]. | "
    "She is reading a book about a [lark] and a [nightingale] to her daughter."))


# ================================================================ W/H halves
def fold(s):
    """accents off (keeps case and every non-Latin character, including the span marks)"""
    d = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in d if unicodedata.category(c) != 'Mn'))


def _hash(key):
    return hashlib.sha256(('indep9|' + key).encode()).digest()


def alt_split(items, key=lambda x: x):
    """balanced split of a pool: items ordered by a keyed hash, alternately to W and H"""
    items = sorted(set(items), key=lambda x: (_hash(fold(str(key(x))).lower()), str(x)))
    return {'W': items[0::2], 'H': items[1::2]}


_PARTICLES = {'abou', 'dela', 'delos', 'santos'}


def _name_tokens(n):
    toks = [t for t in re.split(r"[\s\-'.]+", fold(n).lower()) if t]
    return [t for t in toks if len(t) >= 4 and t not in _PARTICLES]


def build_names():
    """NAMES[origin][f|m|s][W|H]; a name and every name sharing a part (4+ letters) with it
    fall in the same half, whatever pool or origin they are in"""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for o, lists in NAME_SRC.items():
        for lst in lists:
            for n in lst:
                k = 'n:' + fold(n).lower()
                find(k)
                for t in _name_tokens(n):
                    union(k, 't:' + t)
    half = lambda n: 'W' if _hash(find('n:' + fold(n).lower()))[0] % 2 == 0 else 'H'
    names = {}
    for o, lists in NAME_SRC.items():
        names[o] = {}
        for k, lst in zip('fms', lists):
            d = {'W': [], 'H': []}
            for n in sorted(set(lst)):
                d[half(n)].append(n)
            names[o][k] = d
    return names


NAMES = build_names()

SPLIT = {
    'street': alt_split(STREETS, key=lambda x: ' '.join(x)), 'city': alt_split(CITIES), 'region': alt_split(REGIONS),
    'fcity': alt_split(FOREIGN_CITIES), 'faddr': alt_split(FOREIGN_ADDR, key=lambda x: x[0]),
    'org': alt_split(ORGS, key=lambda x: x[0]),
    'org_health': alt_split([o for o in ORGS if re.match(r'(Hôpital|Institut|CHSLD|CLSC|Centre de réa|Centre gér)', o[0])], key=lambda x: x[0]),
    'org_school': alt_split([o for o in ORGS if re.match(r'(Cégep|Collège|Université|École|Académie)', o[0])], key=lambda x: x[0]),
    'org_pharm': alt_split([o for o in ORGS if o[0].startswith('Pharmacie')], key=lambda x: x[0]),
    'org_travel': alt_split([o for o in ORGS if re.match(r'(Aéroport|Gare)', o[0])], key=lambda x: x[0]), 'body': alt_split(BODIES, key=lambda x: x[0]),
    'mail': alt_split(MAIL_DOMAINS), 'law_fr': alt_split(LAWS_FR), 'law_en': alt_split(LAWS_EN),
    'veh_fr': alt_split(VEHICLES_FR), 'veh_en': alt_split(VEHICLES_EN),
    'words_fr': alt_split(WORDS[0]), 'words_en': alt_split(WORDS[1]),
}
for _k, _v in PRODUCTS.items():
    SPLIT['prod_' + _k] = alt_split(_v)
for _dom, (_fr, _en) in CONTENT.items():
    SPLIT['c_%s_fr' % _dom] = alt_split(_fr)
    SPLIT['c_%s_en' % _dom] = alt_split(_en)


# ================================================================ span marks
# pii \ue000p\ue001TYPE\ue001text\ue002, decoy ...d..., content ...c...; the marks survive
# lower() and fold(), so whole lines can be lower-cased or stripped of accents
_S, _F, _E = '\ue000', '\ue001', '\ue002'
_MARK = re.compile(_S + '([pdcPDC])' + _F + '([A-Za-z_]+)' + _F + '([^' + _S + _F + _E + ']*)' + _E)


def _mk(kind, typ, s):
    assert s and s == s.strip() and not re.search('[' + _S + _F + _E + ']', s), repr(s)
    return _S + kind + _F + typ + _F + s + _E


def P(s, t='PERSON'):
    return _mk('p', t, s)


def D(s, t='ORG'):
    return _mk('d', t, s)


def C(s):
    return _mk('c', 'CONTENT', s)


def plain(m):
    return _MARK.sub(lambda x: x.group(3), m)


def assemble(marked):
    """marked text -> (text, spans, values); offsets in UTF-8 bytes"""
    out, spans, vals = [], [], []
    pos, last = 0, 0
    kinds = {'p': 'pii', 'd': 'decoy', 'c': 'content'}
    for m in _MARK.finditer(marked):
        gap = marked[last:m.start()]
        assert not re.search('[' + _S + _F + _E + ']', gap), repr(marked[max(0, last - 40):m.start() + 40])
        out.append(gap)
        pos += len(gap.encode())
        val = m.group(3)
        n = len(val.encode())
        spans.append({'start': pos, 'end': pos + n, 'kind': kinds[m.group(1).lower()], 'type': m.group(2).upper()})
        vals.append(val)
        out.append(val)
        pos += n
        last = m.end()
    tail = marked[last:]
    assert not re.search('[' + _S + _F + _E + ']', tail), repr(tail[:80])
    out.append(tail)
    return ''.join(out), spans, vals


def first_letter(m):
    s = plain(m).lstrip()
    return fold(s[:1]).lower()


def de(m):
    """French 'de' + mention, elided before a vowel (d'Amélie)"""
    return ("d'" if first_letter(m) in 'aeiou' else 'de ') + m


def que(m):
    return ("qu'" if first_letter(m) in 'aeiou' else 'que ') + m


# ================================================================ checksums
def luhn_check_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_valid(num):
    return luhn_check_digit(num[:-1]) == num[-1]


def iban_valid(iban):
    s = iban.replace(' ', '')
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_FR_AB = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
PC_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ'
AREA_CODES = ['514', '514', '438', '418', '581', '819', '873', '450', '450', '579', '367', '263', '354']
# country code, pattern (# = digit), allowed first digits
INTL = [('+33', '# ## ## ## ##', '67'), ('+32', '### ## ## ##', '4'), ('+509', '## ## ####', '34'),
        ('+212', '#-##-##-##-##', '67'), ('+212', '### ## ## ##', '67'), ('+213', '### ## ## ##', '567'),
        ('+216', '## ### ###', '259'), ('+961', '# ### ###', '37'), ('+961', '## ### ###', '7'),
        ('+84', '## ### ## ##', '9'), ('+86', '### #### ####', '1'), ('+852', '#### ####', '569'),
        ('+82', '##-####-####', '1'), ('+63', '### ### ####', '9'), ('+52', '## #### ####', '35'),
        ('+57', '### ### ####', '3'), ('+51', '### ### ###', '9'), ('+351', '### ### ###', '9'),
        ('+40', '### ### ###', '7'), ('+380', '## ### ## ##', '5679'), ('+7', '### ###-##-##', '9'),
        ('+98', '### ### ####', '9'), ('+91', '##### #####', '6789'), ('+94', '## ### ####', '7'),
        ('+880', '####-######', '1'), ('+243', '## ### ####', '89'), ('+237', '# ## ## ## ##', '6'),
        ('+221', '## ### ## ##', '7'), ('+252', '## #######', '6'), ('+251', '## ### ####', '9'),
        ('+1', '(###) ###-####', '2367'), ('+1', '###-###-####', '2345')]
# IBAN: country, BBAN pattern (9 digit, A letter, X either), group output in fours
IBAN_FMT = {'FR': '99999999999999999999999', 'BE': '999999999999', 'PT': '999999999999999999999',
            'RO': 'AAAA9999999999999999', 'TN': '99999999999999999999', 'LB': '9999XXXXXXXXXXXXXXXXXXXX',
            'UA': '999999XXXXXXXXXXXXXXXXXXX', 'SN': 'A99999999999999999999999'}


class Person:
    def __init__(self, given, sur, g, origin, call=None, sf=False):
        self.given, self.sur, self.g, self.origin = given, sur, g, origin
        self.call = call or given      # the name people call them by
        self.sf = sf                   # written surname first
        self.dob = None

    @property
    def full(self):
        return '%s %s' % (self.sur, self.given) if self.sf else '%s %s' % (self.given, self.sur)


class G:
    """one document's drawing context"""

    def __init__(self, rng, mode, lang):
        self.r, self.m, self.lang = rng, mode, lang
        self.fr = lang == 'fr'
        self.surs = set()
        self.used = set()
        self.body = self.pick('body')
        # one clock style per document
        self.tf = rng.choice(['{h} h {m:02d}', '{h} h {m:02d}', '{h}h{m:02d}', '{h}:{m:02d}']) if self.fr else \
            rng.choice(['{hh}:{m:02d} {AP}', '{hh}:{m:02d} {ap}', '{h}:{m:02d}', '{hh}:{m:02d}{ap2}'])

    # ---------------------------------------------------------------- basics
    def t(self, fr, en):
        return fr if self.fr else en

    def pick(self, key):
        return self.r.choice(SPLIT[key][self.m])

    def one(self, *opts):
        return self.r.choice(opts)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def digits(self, k, first='0123456789'):
        return self.r.choice(first) + ''.join(self.r.choice('0123456789') for _ in range(k - 1))

    def c(self, dom, k=1):
        pool = SPLIT['c_%s_%s' % (dom, self.lang)][self.m]
        fresh = [s for s in pool if s not in self.used] or pool
        out = self.r.sample(fresh, min(k, len(fresh)))
        self.used.update(out)
        return ' '.join(C(s) for s in out)

    def wd(self):
        pool = SPLIT['words_' + self.lang][self.m]
        s = self.r.choice([x for x in pool if x not in self.used] or pool)
        self.used.add(s)
        return re.sub(r'\[([^\]]+)\]', lambda m: D(m.group(1), 'WORD'), s)

    # ---------------------------------------------------------------- people
    def person(self, origin=None, g=None, sur_of=None):
        r = self.r
        for _ in range(200):
            o = origin or r.choices(list(ORIGIN_WEIGHT), weights=list(ORIGIN_WEIGHT.values()))[0]
            gd = g or r.choice('fm')
            gl, sl = NAMES[o][gd][self.m], NAMES[o]['s'][self.m]
            if not gl or not sl:
                origin = None
                continue
            given = r.choice(gl)
            call = given
            if o == 'viet' and ' ' not in given and r.random() < 0.3:
                given = ('Thi ' if gd == 'f' else 'Van ') + given
            if sur_of is not None:
                sur = sur_of.sur
            else:
                sur = r.choice(sl)
                if o in ('latam', 'portu') and r.random() < 0.3:
                    s2 = r.choice(sl)
                    if s2 != sur and ' ' not in s2 + sur:
                        sur = sur + ' ' + s2
                elif o in ('qc', 'haiti') and r.random() < 0.06:
                    s2 = r.choice(sl)
                    if s2 != sur and '-' not in s2 + sur and ' ' not in s2 + sur:
                        sur = sur + '-' + s2
                if sur in self.surs:
                    continue
            self.surs.add(sur)
            sf = o in ('china', 'korea', 'viet') and r.random() < 0.15
            return Person(given, sur, gd, o, call, sf)
        raise RuntimeError('no person')

    def title(self, p, kind=None):
        r = self.r
        if kind == 'dr':
            return self.t('Dre' if p.g == 'f' else 'Dr', 'Dr.')
        if kind == 'me':
            return self.t('Me', r.choice(['Me', 'Mtre', 'counsel']))
        if self.fr:
            return r.choice(['Mme', 'Mme', 'Mme', 'Madame']) if p.g == 'f' else r.choice(['M.', 'M.', 'M.', 'Monsieur'])
        return r.choice(['Ms.', 'Ms.', 'Mrs.', 'Ms', 'Miss']) if p.g == 'f' else r.choice(['Mr.', 'Mr.', 'Mr'])

    def n(self, p, style=None):
        """a marked mention of p"""
        r = self.r
        if style is None:
            style = r.choice(['full', 'full', 'full', 'tsur', 'tfull', 'given', 'sur'])
        if style == 'full':
            return P(p.full)
        if style == 'given':
            return P(p.call)
        if style == 'sur':
            return P(p.sur)
        if style == 'tsur':
            return self.title(p) + ' ' + P(p.sur)
        if style == 'tfull':
            return self.title(p) + ' ' + P(p.full)
        if style == 'tgiven':
            return self.t(r.choice(['Madame', 'Mme']) if p.g == 'f' else r.choice(['Monsieur', 'M.']),
                          'Ms.' if p.g == 'f' else 'Mr.') + ' ' + P(p.call)
        if style == 'dr':
            return self.title(p, 'dr') + ' ' + P(r.choice([p.sur, p.sur, p.full]))
        if style == 'me':
            return self.title(p, 'me') + ' ' + P(r.choice([p.sur, p.full]))
        if style == 'caps':
            return P(r.choice(['%s, %s' % (p.sur.upper(), p.given), p.full.upper(), '%s %s' % (p.sur.upper(), p.given),
                               '%s, %s' % (p.sur.upper(), p.given.upper())]))
        if style == 'rev':
            return P('%s, %s' % (p.sur, p.given))
        if style == 'init':
            if fold(p.given)[:1] in 'M':      # "M. Lebel" would read as Monsieur
                return P(p.full)
            parts = re.split(r'([\- ])', p.given)
            ini = ''.join(x[:1] + '.' if x not in ('-', ' ') else ('-' if x == '-' else '') for x in parts)
            return P('%s %s' % (ini, p.sur))
        if style == 'ginit':
            return P('%s %s.' % (p.call, fold(p.sur)[0].upper()))
        if style == 'lower':
            return P(r.choice([p.full, p.call, p.sur]).lower())
        if style == 'lowfull':
            return P(p.full.lower())
        if style == 'upgiven':
            return P(p.call.upper())
        if style == 'poss':   # English possessive, 's outside the span
            m = P(r.choice([p.call, p.sur, p.full]))
            return m + ("'" if plain(m).endswith('s') else "'s")
        raise ValueError(style)

    def later(self, p):
        """a later, shorter mention"""
        return self.n(p, self.r.choice(['given', 'tsur', 'tsur', 'sur', 'given', 'tgiven' if self.fr else 'tsur']))

    def dob(self, p, minor=False, fmt=None):
        if p.dob is None:
            y = self.r.randint(2006, 2020) if minor else self.r.randint(1931, 2005)
            m = self.r.randint(1, 12)
            p.dob = (y, m, self.r.randint(1, 28 if m == 2 else 30))
        return P(self.fdate(*p.dob, fmt=fmt), 'DOB')

    # ---------------------------------------------------------------- dates
    def fdate(self, y, m, d, fmt=None):
        if self.fr:
            opts = ['{y}-{mm}-{dd}', '{y}-{mm}-{dd}', '{d} {M} {y}', '{d} {M} {y}', '{dd}/{mm}/{y}', '{dd}/{mm}/{yy}',
                    '{d}/{m}/{yy}', '{dd}-{mm}-{y}', '{dd}.{mm}.{y}', '{y}/{mm}/{dd}', '{d} {Mab} {y}', '{y}{mm}{dd}',
                    '{dd} {MUP} {y}']
        else:
            opts = ['{y}-{mm}-{dd}', '{y}-{mm}-{dd}', '{Me} {d}, {y}', '{Me} {o}, {y}', '{d} {Me} {y}', '{mm}/{dd}/{y}',
                    '{m}/{d}/{yy}', '{Me3}. {d}, {y}', '{dd}-{Me3}-{y}', '{d}-{ME3}-{yy}', '{o} {Me} {y}', '{y}.{mm}.{dd}',
                    '{dd}/{mm}/{y}']
        f = fmt or self.r.choice(opts)
        o = '%d%s' % (d, 'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))
        return f.format(y=y, yy='%02d' % (y % 100), m=m, mm='%02d' % m, d='1er' if (d == 1 and '{d} {M' in f) else d,
                        dd='%02d' % d, M=MONTHS_FR[m - 1], Mab=MONTHS_FR_AB[m - 1], MUP=MONTHS_FR[m - 1].upper(),
                        Me=MONTHS_EN[m - 1], Me3=MONTHS_EN[m - 1][:3], ME3=MONTHS_EN[m - 1][:3].upper(), o=o)

    def ymd(self, y0=2019, y1=2026):
        y, m = self.r.randint(y0, y1), self.r.randint(1, 12)
        return y, m, self.r.randint(1, 28 if m == 2 else 30)

    def date(self, fmt=None):
        return D(self.fdate(*self.ymd(), fmt=fmt), 'DATE')

    def date_long(self, ymd=None):
        y, m, d = ymd or self.ymd()
        wd = datetime.date(y, m, d).weekday()
        if self.fr:
            return D(self.r.choice(['{W} {d} {M} {y}', '{W} {d} {M} {y}', '{w}. {d} {Mab} {y}']).format(
                W=DAYS_FR[wd], w=DAYS_FR[wd][:3], d='1er' if d == 1 else d, M=MONTHS_FR[m - 1], Mab=MONTHS_FR_AB[m - 1], y=y), 'DATE')
        return D(self.r.choice(['{W}, {M} {d}, {y}', '{w}, {M3} {d}, {y}', '{W} {d} {M} {y}']).format(
            W=DAYS_EN[wd], w=DAYS_EN[wd][:3], d=d, M=MONTHS_EN[m - 1], M3=MONTHS_EN[m - 1][:3], y=y), 'DATE')

    def time(self, h=None, mi=None):
        r = self.r
        h = r.randint(7, 21) if h is None else h
        mi = r.randint(0, 59) if mi is None else mi
        s = self.tf.format(h=h, hh=h % 12 or 12, m=mi, AP='AM' if h < 12 else 'PM', ap='a.m.' if h < 12 else 'p.m.',
                           ap2='am' if h < 12 else 'pm')
        return D(s, 'TIME')

    def year(self, y0=2001, y1=2025):
        return D(str(self.r.randint(y0, y1)), 'YEAR')

    def month(self):
        return D(self.r.choice(MONTHS_FR if self.fr else MONTHS_EN), 'MONTH')

    def weekday(self, plural=False):
        w = self.r.choice(DAYS_FR if self.fr else DAYS_EN)
        return D(w + ('s' if plural else ''), 'WEEKDAY')

    # ---------------------------------------------------------------- money, numbers that stay
    def amount(self, lo=None, hi=None):
        r = self.r
        v = r.randint(lo, hi) if lo is not None else r.choice([r.randint(15, 480), r.randint(500, 4999), r.randint(5000, 48000)])
        cents = r.randint(1, 99) if r.random() < 0.5 else 0
        if self.fr:
            ip = '{:,}'.format(v).replace(',', r.choice([' ', '\u00a0']))
            s = r.choice(['{i},{c:02d} $', '{i},{c:02d} $', '{i},{c:02d}$']).format(i=ip, c=cents) if cents else \
                r.choice(['{i} $', '{i} $', '{i},00 $']).format(i=ip)
        else:
            s = r.choice(['${i}.{c:02d}', '${i}.{c:02d}', 'CAD {i}.{c:02d}']).format(i='{:,}'.format(v), c=cents) if cents else \
                r.choice(['${i}', '${i}.00', '{i} dollars']).format(i='{:,}'.format(v))
        return D(s, 'AMOUNT')

    def tollfree(self):
        r = self.r
        a = r.choice(['800', '833', '844', '855', '866', '877', '888'])
        e, l = self.digits(3, '23456789'), self.digits(4)
        return D(r.choice(['1 {a} {e}-{l}', '1-{a}-{e}-{l}', '1 {a} {e}-{l}', '1 ({a}) {e}-{l}', '{a} {e}-{l}']).format(a=a, e=e, l=l), 'TOLLFREE')

    def fileno(self, kind=None):
        r = self.r
        y = r.randint(2019, 2026)
        pats = {'gen': ['{y}-QC-{d5}', '{y}-{d5}', 'D-{y}-{d4}', '{yy}-{d4}-{d3}', 'AI-{yy}-{d4}', 'R-{d4}-{y}'],
                'ticket': ['INC{d7}', 'RITM{d7}', 'CAS-{y}-{d5}', 'REQ{d6}', 'TCK-{d5}'],
                'claim': ['{d4}-{yy}', 'SIN-{y}-{d6}', 'RC-{d6}-{yy}', '{d2}-{d6}'],
                'dpj': ['DPJ-{yy}-{d5}', 'S-{yy}{d4}', 'JE-{y}-{d4}'],
                'police': ['{yy}-{d6}', 'PDQ{d2}-{y}-{d5}', 'SQ-{y}-{d4}-{d3}'],
                'tal': ['{d6} {d2} {y}{mm}{dd} G', 'TAL-{d6}'],
                'res': ['CA-{y}-{d3}', 'CE-{yy}-{d2}', 'R{y}-{d3}']}
        f = r.choice(pats[kind or 'gen'])
        return D(f.format(y=y, yy='%02d' % (y % 100), d2=self.digits(2), d3=self.digits(3), d4=self.digits(4),
                          d5=self.digits(5), d6=self.digits(6), d7=self.digits(7), mm='%02d' % r.randint(1, 12),
                          dd='%02d' % r.randint(1, 28)), 'FILENO')

    def citation(self):
        return D('%d %s %d' % (self.r.randint(2019, 2026), self.r.choice(['QCTAL', 'QCCQ', 'QCCAI', 'QCTAT', 'QCCS']),
                               self.r.randint(100, 9999)), 'CITATION')

    def law(self, *kws):
        pool = SPLIT['law_fr' if self.fr else 'law_en'][self.m]
        sel = [x for x in pool if any(k in x for k in kws)] if kws else pool
        return D(self.r.choice(sel or pool), 'LAW')

    def product(self, kind='app'):
        return D(self.pick('prod_' + kind), 'PRODUCT')

    def region(self):
        return D(self.pick('region'), 'PLACE')

    def fcity(self):
        return D(self.pick('fcity'), 'PLACE')

    def bodyname(self):
        return D(self.body[0] if self.fr else self.body[1], 'ORG')

    def org(self, prep=None, cat=None):
        """an institution named after a person (decoy), with a French preposition/article (à, de, le) or English article"""
        fr, cls, en = self.pick('org_' + cat if cat else 'org')
        if not self.fr:
            art, name = en.split('|') if '|' in en else ('', en)
            return (art + ' ' if art else '') + D(name)
        if prep is None:
            return D(fr)
        table = {'à': {'v': "à l'", 'm': 'au ', 'f': 'à la ', 'c': 'chez '},
                 'de': {'v': "de l'", 'm': 'du ', 'f': 'de la ', 'c': 'de chez '},
                 'le': {'v': "l'", 'm': 'le ', 'f': 'la ', 'c': ''}}
        return table[prep][cls] + D(fr)

    # ---------------------------------------------------------------- contact
    def phone(self, intl=None, style=None):
        r = self.r
        if intl is None:
            intl = r.random() < 0.1
        if intl:
            cc, pat, first = r.choice(INTL)
            if cc == '+1':     # a United States or other Canadian number
                return P(r.choice(['+1 {a} {e}-{l}', '+1 ({a}) {e}-{l}', '+1-{a}-{e}-{l}']).format(
                    a=r.choice(['212', '617', '305', '347', '646', '202', '416', '613', '905', '604', '506', '902']),
                    e=self.digits(3, '23456789'), l=self.digits(4)), 'PHONE')
            s, started = '', False
            for ch in pat:
                if ch == '#':
                    s += r.choice(first) if not started else r.choice('0123456789')
                    started = True
                else:
                    s += ch
            if cc != '+1' and r.random() < 0.2:
                return P('00%s %s' % (cc[1:], s), 'PHONE')
            if cc == '+33' and r.random() < 0.2:
                return P('%s (0)%s' % (cc, s), 'PHONE')
            return P('%s %s' % (cc, s), 'PHONE')
        a, e, l = r.choice(AREA_CODES), self.digits(3, '23456789'), self.digits(4)
        f = style or r.choice(['({a}) {e}-{l}', '({a}) {e}-{l}', '{a}-{e}-{l}', '{a} {e}-{l}', '{a} {e}-{l}', '{a}.{e}.{l}',
                                '{a} {e} {l}', '1-{a}-{e}-{l}', '+1 {a} {e} {l}', '+1-{a}-{e}-{l}', '{a}{e}{l}', '{a}/{e}-{l}',
                                '1 ({a}) {e}-{l}'])
        return P(f.format(a=a, e=e, l=l), 'PHONE')

    def ext(self):
        if self.r.random() < 0.55:
            return ''
        n = self.digits(self.r.choice([3, 4, 5]), '123456789')
        return self.r.choice([', poste ' + n, ' poste ' + n, ' #' + n, ', p. ' + n]) if self.fr else \
            self.r.choice([' ext. ' + n, ', ext ' + n, ' x' + n, ' #' + n])

    def email(self, p, staff=False):
        r = self.r
        g = re.sub('[^a-z]', '', fold(p.call).lower())
        gh = re.sub('[^a-z-]', '', fold(p.given).lower().replace(' ', '-'))
        s = re.sub('[^a-z]', '', fold(p.sur).lower())
        if staff:
            dom = self.body[2]
            loc = r.choice(['{gh}.{s}', '{gh}.{s}', '{g}.{s}', '{g0}{s}', '{s}.{g}'])
        else:
            dom = self.pick('mail')
            loc = r.choice(['{g}.{s}', '{g}{s}{nn}', '{g0}.{s}', '{s}{g0}', '{g}_{s}', '{g}{yy}', '{s}.{g}{n1}', '{g}-{s}',
                            '{g}.{s}', '{s}_{g0}{nn}', '{g}{s0}'])
        loc = loc.format(g=g, gh=gh, s=s, g0=g[:1], s0=s[:1], nn=self.digits(2), n1=self.digits(1),
                         yy='%02d' % r.randint(60, 99))
        e = '%s@%s' % (loc, dom)
        if not staff and r.random() < 0.05:
            e = e.upper()
        return P(e, 'EMAIL')

    def pc(self):
        r = self.r
        a = r.choice('GHJ') + r.choice('0123456789') + r.choice(PC_LETTERS)
        b = r.choice('0123456789') + r.choice(PC_LETTERS) + r.choice('0123456789')
        s = r.choice(['%s %s', '%s %s', '%s %s', '%s%s', '%s-%s']) % (a, b)
        return P(s.lower() if r.random() < 0.06 else s, 'POSTAL_CODE')

    def street(self):
        gfr, gen, spec = self.pick('street')
        if not spec:
            return gfr
        if not gen:
            return '%s %s' % (gfr.capitalize() if not self.fr else gfr, spec)
        if self.fr or re.match(r"(de |du |des |de l'|de la )", spec) or self.r.random() < 0.35:
            return '%s %s' % (gfr, spec)
        short = {'Street': 'St.', 'Avenue': 'Ave.', 'Boulevard': 'Blvd.', 'Road': 'Rd.', 'Crescent': 'Cres.',
                 'Place': 'Pl.', 'Range': 'Range'}[gen]
        return '%s %s' % (spec, self.r.choice([gen, gen, short]))

    def street_ref(self, prep=None):
        """a street named without a civic number (decoy), with its French article (prep 'de' contracts le -> du)"""
        s = self.street()
        if not self.fr:
            return D(s, 'STREET')
        art = 'le ' if re.match(r'(boulevard|chemin|rang|croissant)', s) else 'la '
        if fold(s[:1]).lower() in 'aeiou':
            art = "l'"
        if prep == 'de':
            art = {'le ': 'du ', 'la ': 'de la ', "l'": "de l'"}[art]
        return art + D(s, 'STREET')

    def civic(self):
        r = self.r
        return str(r.choice([r.randint(2, 98), r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 9999),
                             r.randint(10000, 12999)]))

    def addr(self, city=None, pc=None, unit=None):
        """marked Québec civic address; the city after a comma is inside the span, the postal code is its own span"""
        r = self.r
        if city is None:
            city = r.random() < 0.65
        if pc is None:
            pc = city and r.random() < 0.45
        if unit is None:
            unit = r.random() < 0.3
        cityname = self.pick('city')
        n, st = self.civic(), self.street()
        if r.random() < 0.04 and city:
            core = (r.choice(['C.P. {b}', 'case postale {b}', 'CP {b}']) if self.fr else r.choice(['P.O. Box {b}', 'PO Box {b}'])).format(b=r.randint(1, 9999))
        elif unit:
            u = str(r.choice([r.randint(1, 12), r.randint(101, 812), r.randint(1001, 2304)]))
            if self.fr:
                f = r.choice(['{n}, {s}, app. {u}', '{n} {s}, app. {u}', '{u}-{n}, {s}', '{u}-{n} {s}', '{n}, {s}, bureau {u}',
                              '{n} {s} app {u}', '{n}, {s}, appartement {u}', '{n}, {s}, logement {u}', '{n} {s} #{u}'])
            else:
                f = r.choice(['{n} {s}, Apt. {u}', '{u}-{n} {s}', '{n} {s}, Unit {u}', '{n} {s}, Suite {u}', 'Apt {u}, {n} {s}',
                              '{n} {s} #{u}'])
            core = f.format(n=n, s=st, u=u)
        else:
            core = (r.choice(['{n}, {s}', '{n} {s}', '{n}, {s}']) if self.fr else '{n} {s}').format(n=n, s=st)
        m = P(core + ', ' + cityname, 'ADDRESS') if city else P(core, 'ADDRESS')
        if city and pc:
            m += (r.choice([' (Québec) ', ' (Québec)  ', ', QC ', ' QC ', '  ', ' ']) if self.fr else
                  r.choice([', QC ', ' QC ', ', Quebec ', ' (Québec) ', '  '])) + self.pc()
        return m

    def addr_prose(self):
        """'au 1234, rue X, à Laval' -- the city after 'à'/'in' stays outside the span"""
        m = self.addr(city=False, pc=False)
        c = self.pick('city')
        if self.fr:
            return 'au ' + m + self.r.choice([', à ', ' à ', ', dans le secteur de ']) + c
        return m + self.r.choice([', in ', ' in ']) + c

    def faddr(self):
        a, country = self.pick('faddr')
        if self.r.random() < 0.5:
            return P(a, 'ADDRESS') + ', ' + D(country, 'PLACE')
        return P(a, 'ADDRESS') + ' (' + D(country, 'PLACE') + ')'

    # ---------------------------------------------------------------- identifiers
    def nas(self):
        r = self.r
        body = r.choice('12345679') + self.digits(7)
        num = body + luhn_check_digit(body)
        assert luhn_valid(num)
        f = r.choice(['{a} {b} {c}', '{a} {b} {c}', '{a}-{b}-{c}', '{a}{b}{c}', '{a} {b} {c}'])
        return P(f.format(a=num[:3], b=num[3:6], c=num[6:]), 'NAS')

    def ramq(self, p):
        s = re.sub('[^A-Z]', '', fold(p.sur).upper())
        s = (s + 'XXX')[:3]
        gi = (re.sub('[^A-Z]', '', fold(p.given).upper()) or 'X')[0]
        if p.dob is None:
            self.dob(p)
        y, m, d = p.dob
        core = '%s%s%02d%02d%02d%s' % (s, gi, y % 100, m + (50 if p.g == 'f' else 0), d, self.digits(2))
        f = self.r.choice(['{a} {b} {c}', '{a} {b} {c}', '{a}{b}{c}', '{a}-{b}-{c}', '{a} {b}{c}'])
        return P(f.format(a=core[:4], b=core[4:8], c=core[8:]), 'RAMQ')

    def licence(self, p):
        s = (re.sub('[^A-Z]', '', fold(p.sur).upper()) or 'X')[0]
        if p.dob is None:
            self.dob(p)
        y, m, d = p.dob
        core = '%s%s%02d%02d%02d%s' % (s, self.digits(4), y % 100, m, d, self.digits(2))
        f = self.r.choice(['{a}-{b}-{c}', '{a}-{b}-{c}', '{a} {b} {c}', '{a}{b}{c}'])
        return P(f.format(a=core[:5], b=core[5:11], c=core[11:]), 'DRIVER_LICENCE')

    def passport(self, foreign=None):
        r = self.r
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        if foreign is None:
            foreign = r.random() < 0.2
        if foreign:
            s = r.choice(['{d2}{l}{l}{d5}', '{l}{d7}', '{l}{l}{d7}', '{d9}'])
            s = re.sub(r'\{l\}', lambda _: r.choice(L), s).format(d2=self.digits(2), d5=self.digits(5), d7=self.digits(7),
                                                                   d9=self.digits(9, '123456789'))
        else:
            s = r.choice(L) + r.choice(L) + r.choice(['', '', ' ']) + self.digits(6)
        return P(s, 'PASSPORT')

    def card(self):
        r = self.r
        kind = r.choice(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'visa13'])
        pre, ln = {'visa': ('4', 16), 'visa13': ('4', 13), 'mc': (str(r.randint(51, 55)), 16),
                   'mc2': (str(r.randint(2221, 2720)), 16), 'amex': (r.choice(['34', '37']), 15), 'disc': ('6011', 16)}[kind]
        body = pre + self.digits(ln - len(pre) - 1)
        num = body + luhn_check_digit(body)
        assert luhn_valid(num) and len(num) == ln
        if ln == 15:
            s = r.choice(['{a} {b} {c}', '{a}-{b}-{c}']).format(a=num[:4], b=num[4:10], c=num[10:])
        elif ln == 13:
            s = r.choice([num, num[:4] + ' ' + num[4:7] + ' ' + num[7:10] + ' ' + num[10:]])
        else:
            sep = r.choice([' ', ' ', '-', ''])
            s = sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return P(s, 'CREDIT_CARD')

    def bank(self):
        r = self.r
        tr, inst = self.digits(5), r.choice(['815', '001', '002', '003', '004', '006', '010', '039', '614', '829'])
        acc = self.digits(r.choice([7, 7, 7, 8, 12]))
        k = r.random()
        if k < 0.35:
            return self.t('transit ', 'transit ') + P(tr, 'BANK_ACCOUNT') + self.t(', institution ', ', institution ') + inst + \
                self.t(r.choice([', compte ', ', folio ', ', no de compte ']), r.choice([', account ', ', account no. '])) + P(acc, 'BANK_ACCOUNT')
        if k < 0.7:
            return P(r.choice(['{t}-{i}-{a}', '{i}-{t}-{a}', '{t} {i} {a}']).format(t=tr, i=inst, a=acc), 'BANK_ACCOUNT')
        return P(r.choice(['{t}-{a}', '{t} {a}']).format(t=tr, a=acc), 'BANK_ACCOUNT')

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(sorted(IBAN_FMT))
        bban = ''.join(r.choice('0123456789') if c == '9' else r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') if c == 'A'
                       else r.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for c in IBAN_FMT[cc])
        num = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
        s = cc + '%02d' % (98 - num % 97) + bban
        assert iban_valid(s)
        if r.random() < 0.7:
            s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
        return P(s, 'BANK_ACCOUNT')

    def plate(self):
        r = self.r
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        f = r.choice(['{L}{L}{L} {d3}', '{L}{L}{L} {d3}', '{d3} {L}{L}{L}', '{L}{d2} {L}{L}{L}', '{L}{L}{L}{d3}',
                      'F{L}{L} {d4}', '{L}{L}{L}-{d3}', '{d3}-{L}{L}{L}'])
        f = re.sub(r'\{L\}', lambda _: r.choice(L), f)
        return P(f.format(d2=self.digits(2), d3=self.digits(3), d4=self.digits(4)), 'PLATE')


# ==================================================================== families
def his(p):
    return 'her' if p.g == 'f' else 'his'


def e_(p):
    """French feminine agreement"""
    return 'e' if p.g == 'f' else ''


def kin(g, p, key):
    """kinship noun for relative p: key in mother/father-style generic set"""
    fr = {'parent': ('mère', 'père'), 'child': ('fille', 'fils'), 'sib': ('sœur', 'frère'), 'gp': ('grand-mère', 'grand-père'),
          'ex': ('ex-conjointe', 'ex-conjoint'), 'partner': ('conjointe', 'conjoint'), 'aunt': ('tante', 'oncle'),
          'neigh': ('voisine', 'voisin'), 'friend': ('amie', 'ami'), 'cousin': ('cousine', 'cousin')}
    en = {'parent': ('mother', 'father'), 'child': ('daughter', 'son'), 'sib': ('sister', 'brother'),
          'gp': ('grandmother', 'grandfather'), 'ex': ('ex-partner', 'ex-partner'), 'partner': ('partner', 'partner'),
          'aunt': ('aunt', 'uncle'), 'neigh': ('neighbour', 'neighbour'), 'friend': ('friend', 'friend'),
          'cousin': ('cousin', 'cousin')}
    i = 0 if p.g == 'f' else 1
    return fr[key][i] if g.fr else en[key][i]


def poss_fr(noun):
    """sa/son + noun"""
    return ('son ' if noun[:1] in 'aeiouéè' or noun in ('père', 'frère', 'fils', 'conjoint', 'ex-conjoint', 'oncle', 'voisin',
                                                         'ami', 'cousin', 'grand-père') else 'sa ') + noun


def my_fr(noun):
    """mon/ma + noun"""
    return 'm' + poss_fr(noun)[1:]


def signature(g, p, role=None, phone=True, email=True, staff=True):
    r = g.r
    if role is None:
        role = r.choice([g.t('Travailleu' + ('se sociale' if p.g == 'f' else 'r social'), 'Social Worker'),
                         g.t('Agent' + e_(p) + ' de relations humaines', 'Human Relations Officer'),
                         g.t('Intervenant' + e_(p) + ' psychosocial' + e_(p), 'Psychosocial Worker'),
                         g.t('Conseill' + ('ère' if p.g == 'f' else 'er') + ' en ressources humaines', 'HR Advisor'),
                         g.t('Responsable de l\'accès à l\'information', 'Access to Information Officer'),
                         g.t('Technicien' + ('ne' if p.g == 'f' else '') + ' en administration', 'Administrative Technician')])
    L = ['--', g.n(p, r.choice(['full', 'full', 'caps', 'init'])) + r.choice(['', '', ', T.S.', ', M.A.', ', CRHA', ', B.Sc.'])]
    L.append(role)
    if r.random() < 0.8:
        L.append(g.bodyname())
    if phone:
        L.append(r.choice([g.t('Tél. : ', 'Tel.: '), g.t('Téléphone : ', 'Phone: '), 'T. ', '']) + g.phone(False) + g.ext())
        if r.random() < 0.25:
            L.append(g.t('Cell. : ', 'Cell: ') + g.phone(False))
    if email:
        L.append(r.choice(['', g.t('Courriel : ', 'Email: ')]) + g.email(p, staff=staff))
    if r.random() < 0.2:
        L.append(g.t('Sans frais : ', 'Toll-free: ') + g.tollfree())
    if r.random() < 0.25:
        L.append(g.t('Ce courriel peut contenir des renseignements confidentiels.', 'This e-mail may contain confidential information.'))
    return L


# 1 ------------------------------------------------------------- case note with relatives and third parties
def fam_casenote(g):
    r, T = g.r, g.t
    cl = g.person()
    kid = g.person(sur_of=cl if r.random() < 0.6 else None)
    ex = g.person(g='m' if cl.g == 'f' else 'f')
    gm = g.person(g='f', origin=cl.origin if r.random() < 0.7 else None)
    land, st = g.person(), g.person()
    L = [r.choice([T('NOTE D\'ÉVOLUTION', 'PROGRESS NOTE'), T('Note de suivi psychosocial', 'Psychosocial follow-up note'),
                   T('Note évolutive', 'Case note')]) + ' — ' + g.bodyname()]
    L.append(T('Usager : ', 'Client: ') + g.n(cl, r.choice(['caps', 'rev', 'full'])) + '   ' + T('DDN : ', 'DOB: ') + g.dob(cl))
    if r.random() < 0.4:
        L.append(T('No d\'assurance maladie : ', 'Health card no.: ') + g.ramq(cl))
    L.append(T('No de dossier : ', 'File no.: ') + g.fileno() + '   ' + T('Date : ', 'Date: ') + g.date() + ', ' + g.time())
    L.append('')
    ck = kin(g, kid, 'child')
    if g.fr:
        L.append('Visite à domicile ' + g.addr_prose() + '. ' + g.n(cl, 'tsur') + ' était présent' + e_(cl) + ' avec ' +
                 poss_fr(ck) + ' ' + g.n(kid, 'given') + ' (' + str(r.randint(3, 16)) + ' ans). ' + g.c('social'))
        L.append('Selon ' + g.n(cl, 'given') + ', ' + poss_fr(kin(g, ex, 'ex')) + ', ' + g.n(ex, r.choice(['full', 'full', 'sur'])) +
                 ', n\'a pas exercé ses droits d\'accès depuis ' + g.month() + '. ' + g.c('social'))
        L.append('La ' + kin(g, gm, 'gp') + ' maternelle, ' + g.n(gm, r.choice(['tfull', 'full'])) + ', ' +
                 r.choice(['héberge la famille les fins de semaine', 'accompagne les enfants à l\'école', 'aide pour les repas']) +
                 '. La relation entre ' + g.n(gm, 'given') + ' et ' + g.n(ex, 'given') + ' est décrite comme conflictuelle.')
        L.append(('La propriétaire, ' if land.g == 'f' else 'Le propriétaire, ') + g.n(land, r.choice(['tfull', 'tsur', 'full'])) + ', ' +
                 r.choice(['menace de ne pas renouveler le bail', 'tarde à faire les réparations', 'réclame deux mois de loyer']) +
                 '. ' + g.c('social') + ' ' + g.wd())
        L.append('Plan : rencontre de suivi le ' + g.date() + ' ; référence ' + g.org('à', r.choice(['health', None])) + ' ; appel ' + de(g.n(ex, 'tsur')) +
                 ' au ' + g.phone() + ' pour planifier les visites.')
        L.append('')
        L.append(g.n(st, r.choice(['full', 'caps'])) + ', ' + r.choice(['T.S.', 'ARH', 'intervenant' + e_(st)]))
    else:
        L.append('Home visit at ' + g.addr_prose() + '. ' + g.n(cl, 'tsur') + ' was present with ' + his(cl) + ' ' + ck + ' ' +
                 g.n(kid, 'given') + ' (age ' + str(r.randint(3, 16)) + '). ' + g.c('social'))
        L.append('According to ' + g.n(cl, 'given') + ', ' + his(cl) + ' ex-partner ' + g.n(ex, r.choice(['full', 'full', 'sur'])) +
                 ' has not exercised access rights since ' + g.month() + '. ' + g.c('social'))
        L.append('The maternal grandmother, ' + g.n(gm, r.choice(['tfull', 'full'])) + ', ' +
                 r.choice(['hosts the family on weekends', 'walks the children to school', 'helps with meals']) + '. ' +
                 g.n(gm, 'poss') + ' relationship with ' + g.n(ex, 'given') + ' is described as tense.')
        L.append('The landlord, ' + g.n(land, r.choice(['tfull', 'tsur', 'full'])) + ', ' +
                 r.choice(['is threatening not to renew the lease', 'is slow to make repairs', 'is claiming two months of rent']) +
                 '. ' + g.c('social') + ' ' + g.wd())
        L.append('Plan: follow-up on ' + g.date() + '; referral to ' + g.org() + '; call ' + g.n(ex, 'tsur') + ' at ' +
                 g.phone() + ' to schedule visits.')
        L.append('')
        L.append(g.n(st, r.choice(['full', 'caps'])) + ', ' + r.choice(['MSW', 'case manager', 'social worker']))
    return '\n'.join(L)


# 2 ------------------------------------------------------------- e-mail thread with quoted replies
def _mail_date(g):
    y, m, d = g.ymd(2023, 2026)
    wd = datetime.date(y, m, d).weekday()
    h, mi = g.r.randint(7, 20), g.r.randint(0, 59)
    if g.fr:
        dt = D(g.r.choice(['{d} {Mab} {y}', '{W} {d} {M} {y}', '{y}-{mm}-{dd}']).format(
            d=d, Mab=MONTHS_FR_AB[m - 1], W=DAYS_FR[wd], M=MONTHS_FR[m - 1], y=y, mm='%02d' % m, dd='%02d' % d), 'DATE')
        return dt, g.time(h, mi)
    dt = D(g.r.choice(['{w}, {M3} {d}, {y}', '{W}, {M} {d}, {y}', '{y}-{mm}-{dd}']).format(
        w=DAYS_EN[wd][:3], W=DAYS_EN[wd], M3=MONTHS_EN[m - 1][:3], M=MONTHS_EN[m - 1], d=d, y=y, mm='%02d' % m, dd='%02d' % d), 'DATE')
    return dt, g.time(h, mi)


def fam_email_thread(g):
    r, T = g.r, g.t
    a, b = g.person(), g.person()        # a: citizen or partner; b: staff
    third = g.person()
    ea, eb = g.email(a, staff=r.random() < 0.3), g.email(b, staff=True)
    subj = r.choice([T('Demande de documents', 'Document request'), T('Suivi de votre dossier', 'Follow-up on your file'),
                     T('Rendez-vous', 'Appointment'), T('Changement d\'adresse', 'Change of address')])
    fn = g.fileno()
    L = [T('Objet : ', 'Subject: ') + r.choice(['RE: ', 'RE: RE: ', 'Re: ']) + subj + ' — ' + fn, '']
    # newest message, from b
    L.append(r.choice([T('Bonjour ', 'Hello '), T('Rebonjour ', 'Hi ')]) + g.n(a, r.choice(['tsur', 'given', 'tfull'])) + ',')
    L.append('')
    L.append(T('Merci pour ces précisions. J\'ai bien noté votre nouvelle adresse : ', 'Thanks for the details. I have noted your new address: ') +
             g.addr(city=True, pc=True) + '. ' + g.c('admin'))
    if r.random() < 0.5:
        L.append(T('Pour la procuration, ', 'For the power of attorney, ') + g.n(third, r.choice(['tfull', 'full'])) +
                 T(' devra signer en présence d\'un témoin.', ' will have to sign in front of a witness.'))
    L.append('')
    L.append(r.choice([T('Cordialement,', 'Regards,'), T('Bonne journée,', 'Have a good day,'), T('Merci,', 'Thanks,')]))
    L += signature(g, b, email=False)
    L.append('')
    asked = r.random() < 0.6
    dt, tm = _mail_date(g)
    L.append(T('Le ', 'On ') + dt + T(' à ', ' at ') + tm + ', ' + g.n(a, r.choice(['full', 'full', 'caps'])) + ' <' + ea + '>' +
             T(' a écrit :', ' wrote:'))
    sib = (my_fr(kin(g, third, 'sib')) if g.fr else 'my ' + kin(g, third, 'sib'))
    q = [r.choice([T('Bonjour ', 'Hello '), '']) + g.n(b, r.choice(['tsur', 'given', 'tfull'])) + ',', '',
         T('Je déménage le ', 'I am moving on ') + g.date() + T(' au ', ' to ') + g.addr(city=True, pc=r.random() < 0.5) + '.',
         T('Mon numéro reste le ', 'My number is still ') + g.phone() + T(', mais vous pouvez aussi joindre ', ', but you can also reach ') +
         sib + ', ' + g.n(third, 'full') + T(', au ', ', at ') + g.phone() + '.']
    if asked:
        q.append(T('Ma date de naissance : ', 'My date of birth: ') + g.dob(a) + T(', NAS ', ', SIN ') + g.nas() + '.')
    q += ['', r.choice([T('Merci', 'Thanks'), T('Bonne journée', 'Have a good day')]), g.n(a, r.choice(['given', 'full']))]
    L += [('> ' + x) if x else '>' for x in q]
    if asked:
        dt2, tm2 = _mail_date(g)
        L.append('>')
        L.append('> ' + T('Le ', 'On ') + dt2 + T(' à ', ' at ') + tm2 + ', ' + g.n(b, 'full') + ' <' + eb + '>' + T(' a écrit :', ' wrote:'))
        L.append('>> ' + T('Pourriez-vous confirmer votre date de naissance et votre NAS pour que je retrouve le dossier?',
                          'Could you confirm your date of birth and SIN so I can find the file?'))
        L.append('>> ' + g.c('admin'))
        L.append('>> ' + g.n(b, 'given'))
    return '\n'.join(L)


# 3 ------------------------------------------------------------- forwarded e-mail with headers
def fam_email_fwd(g):
    r, T = g.r, g.t
    fw, orig, to, cc, subj_p = g.person(), g.person(), g.person(), g.person(), g.person()
    efw, eorig, eto = g.email(fw, staff=True), g.email(orig), g.email(to, staff=True)
    L = [T('De : ', 'From: ') + g.n(fw, r.choice(['full', 'rev'])) + ' <' + efw + '>']
    dt, tm = _mail_date(g)
    L.append(T('Envoyé : ', 'Sent: ') + dt + ' ' + tm)
    L.append(T('À : ', 'To: ') + g.n(to, 'full') + ' <' + eto + '>')
    if r.random() < 0.5:
        L.append('Cc : ' + g.email(cc, staff=True) if g.fr else 'Cc: ' + g.n(cc, 'full') + ' <' + g.email(cc, staff=True) + '>')
    L.append(T('Objet : TR: ', 'Subject: FW: ') + r.choice([T('Plainte ', 'Complaint '), T('Signalement ', 'Report '),
                                                           T('Demande d\'accès ', 'Access request ')]) + g.fileno())
    L.append('')
    L.append(r.choice([T('Pour ton information. ', 'FYI. '), T('Peux-tu prendre en charge? ', 'Can you take this one? '), '']) +
             T('Voir le message ', 'See the message from ') + (de(g.n(orig, 'tsur')) if g.fr else g.n(orig, 'tsur')) +
             T(' ci-dessous, concernant ', ' below, about ') + g.n(subj_p, r.choice(['tfull', 'full'])) + '. ' + g.c('admin'))
    L.append(g.n(fw, r.choice(['given', 'init'])))
    L.append('')
    L.append(r.choice([T('---------- Message transféré ---------', '---------- Forwarded message ---------'),
                       T('-----Message d\'origine-----', '-----Original Message-----'), T('Début du message réexpédié :', 'Begin forwarded message:')]))
    dt2, tm2 = _mail_date(g)
    L.append(T('De : ', 'From: ') + g.n(orig, 'full') + ' <' + eorig + '>')
    L.append(T('Date : ', 'Date: ') + dt2 + T(' à ', ' at ') + tm2)
    L.append(T('Objet : ', 'Subject: ') + r.choice([T('Mon voisin', 'My neighbour'), T('Urgent', 'Urgent'), T('Dossier de ma mère', 'My mother\'s file')]))
    L.append(T('À : Accueil — ', 'To: Intake - ') + g.bodyname())
    L.append('')
    if g.fr:
        L.append('Bonjour, je m\'appelle ' + g.n(orig, 'full') + ' et j\'habite ' + g.addr_prose() + '. Je vous écris au sujet de ' +
                 g.n(subj_p, r.choice(['tfull', 'full'])) + ', qui ' + r.choice(['vit seul' + e_(subj_p) + ' depuis le décès de son conjoint',
                                                                              'ne sort plus de chez ' + ('elle' if subj_p.g == 'f' else 'lui'),
                                                                              'reçoit des visites suspectes la nuit']) + '. ' + g.c('social'))
        L.append('Sa ' + r.choice(['fille', 'nièce']) + ', ' + g.n(g.person(g='f', sur_of=subj_p), 'full') + ', habite ' +
                 r.choice(['à ', 'en ']) + g.fcity() + ' et ne répond pas. ' + g.wd())
        L.append('Vous pouvez me rappeler au ' + g.phone() + '. Merci.')
    else:
        L.append('Hello, my name is ' + g.n(orig, 'full') + ' and I live at ' + g.addr_prose() + '. I am writing about ' +
                 g.n(subj_p, r.choice(['tfull', 'full'])) + ', who ' + r.choice(['has lived alone since losing a spouse', 'no longer leaves home',
                                                                              'gets suspicious visitors at night']) + '. ' + g.c('social'))
        L.append(his(subj_p).capitalize() + ' ' + r.choice(['daughter', 'niece']) + ', ' + g.n(g.person(g='f', sur_of=subj_p), 'full') +
                 ', lives in ' + g.fcity() + ' and does not answer. ' + g.wd())
        L.append('You can call me back at ' + g.phone() + '. Thank you.')
    L.append(g.n(orig, r.choice(['given', 'full', 'caps'])))
    return '\n'.join(L)


# 4 ------------------------------------------------------------- phone-call transcript with timestamps
def fam_call(g):
    r, T = g.r, g.t
    ag, caller, pt = g.person(), g.person(), g.person()
    named = r.random() < 0.6
    A = g.n(ag, 'upgiven') if named else T('PRÉPOSÉ' + ('E' if ag.g == 'f' else ''), 'AGENT')
    B = g.n(caller, r.choice(['upgiven', 'caps'])) if named else T('APPELANT' + ('E' if caller.g == 'f' else ''), 'CALLER')
    sec = [r.randint(0, 8)]

    def line(who, txt):
        sec[0] += r.randint(4, 40)
        ts = '%02d:%02d:%02d' % (sec[0] // 3600, sec[0] // 60 % 60, sec[0] % 60)
        return r.choice(['[{t}] {w} : {x}', '{t}  {w}: {x}', '({t}) {w} — {x}']).format(t=ts, w=who, x=txt) if g.fr else \
            r.choice(['[{t}] {w}: {x}', '{t}  {w}: {x}', '({t}) {w} - {x}']).format(t=ts, w=who, x=txt)
    L = [T('Transcription d\'appel', 'Call transcript') + ' — ' + g.date() + ' ' + g.time(), T('Ligne : ', 'Line: ') + g.tollfree() +
         '   ' + T('Afficheur : ', 'Caller ID: ') + g.phone(), '']
    rel = kin(g, pt, 'parent')
    if g.fr:
        L.append(line(A, 'Bonjour, ' + g.bodyname() + ', ' + g.n(ag, 'given') + ' à l\'appareil.'))
        L.append(line(B, 'Oui bonjour, c\'est ' + g.n(caller, r.choice(['full', 'lowfull', 'given'])) + ', j\'appelle pour ' + my_fr(rel) + ', ' +
                      g.n(pt, r.choice(['tfull', 'full'])) + '.'))
        L.append(line(A, 'D\'accord. Pouvez-vous m\'épeler le nom de famille?'))
        L.append(line(B, g.n(pt, 'sur') + ', ' + r.choice(['comme ça se prononce', 'avec un accent']) + '.'))
        L.append(line(A, 'Et sa date de naissance?'))
        L.append(line(B, 'Le ' + g.dob(pt, fmt=r.choice(['{d} {M} {y}', '{dd}/{mm}/{y}', None])) + '.'))
        if r.random() < 0.6:
            L.append(line(A, 'Avez-vous sa carte d\'assurance maladie?'))
            L.append(line(B, 'Euh oui… ' + g.ramq(pt) + ', expire en ' + g.year(2026, 2030) + '.'))
        L.append(line(A, 'Que se passe-t-il avec ' + g.n(pt, r.choice(['tsur', 'tgiven', 'given'])) + '?'))
        L.append(line(B, r.choice(['Elle est tombée dans l\'escalier', 'Il ne prend plus ses pilules', 'Elle a des pertes de mémoire']) +
                      ' pis ' + g.c('health').lower()))
        L.append(line(A, 'Je comprends. ' + g.c('health')))
        L.append(line(A, 'Elle habite toujours au ' + g.addr(city=False) + '?'))
        L.append(line(B, 'Non, chez moi maintenant, ' + g.addr_prose() + ', proche ' + g.org('de', 'health') + '.'))
        L.append(line(A, 'Une infirmière vous rappellera au ' + g.phone() + ' ' + r.choice(['demain', 'd\'ici 48 heures', 'avant ' + g.weekday()]) + '.'))
        if r.random() < 0.3:
            L.append(line(A, 'Il y a des frais de ' + g.amount(25, 180) + ' pour la copie du dossier. Vous payez par carte?'))
            L.append(line(B, 'Oui, c\'est ' + g.card() + ', expiration ' + '%02d/%02d' % (r.randint(1, 12), r.randint(26, 31)) + '.'))
        L.append(line(B, 'Merci beaucoup, bonne journée.'))
        L.append('')
        L.append('Durée : ' + str(r.randint(2, 19)) + ' min ' + str(r.randint(0, 59)) + ' s — ' + g.product('system'))
    else:
        L.append(line(A, 'Hello, ' + g.bodyname() + ', ' + g.n(ag, 'given') + ' speaking.'))
        L.append(line(B, 'Yes hi, it\'s ' + g.n(caller, r.choice(['full', 'lowfull', 'given'])) + ', I\'m calling about my ' + rel + ', ' +
                      g.n(pt, r.choice(['tfull', 'full'])) + '.'))
        L.append(line(A, 'Okay. Can you spell the last name for me?'))
        L.append(line(B, g.n(pt, 'sur') + ', ' + r.choice(['like it sounds', 'with an accent on the e']) + '.'))
        L.append(line(A, 'And the date of birth?'))
        L.append(line(B, g.dob(pt, fmt=r.choice(['{Me} {d}, {y}', '{Me} {o}, {y}', None])) + '.'))
        if r.random() < 0.6:
            L.append(line(A, 'Do you have the health card?'))
            L.append(line(B, 'Uh yes... ' + g.ramq(pt) + ', expires ' + g.year(2026, 2030) + '.'))
        L.append(line(A, 'What is happening with ' + g.n(pt, r.choice(['tsur', 'given'])) + '?'))
        L.append(line(B, r.choice(['She fell down the stairs', 'He stopped taking his pills', 'She has memory lapses']) + ', and ' +
                      g.c('health').lower()))
        L.append(line(A, 'I understand. ' + g.c('health')))
        L.append(line(A, 'Is the address still ' + g.addr(city=False) + '?'))
        L.append(line(B, 'No, with me now, ' + g.addr_prose() + ', near ' + g.org() + '.'))
        L.append(line(A, 'A nurse will call you back at ' + g.phone() + ' ' + r.choice(['tomorrow', 'within 48 hours', 'before ' + g.weekday()]) + '.'))
        if r.random() < 0.3:
            L.append(line(A, 'There is a ' + g.amount(25, 180) + ' fee for the copy of the file. Paying by card?'))
            L.append(line(B, 'Yes, it\'s ' + g.card() + ', expiry ' + '%02d/%02d' % (r.randint(1, 12), r.randint(26, 31)) + '.'))
        L.append(line(B, 'Thank you so much.'))
        L.append('')
        L.append('Duration: ' + str(r.randint(2, 19)) + ' min ' + str(r.randint(0, 59)) + ' s - ' + g.product('system'))
    return '\n'.join(L)


# 5 ------------------------------------------------------------- meeting minutes
def fam_minutes(g):
    r, T = g.r, g.t
    members = [g.person() for _ in range(r.randint(4, 7))]
    absent = [g.person() for _ in range(r.randint(0, 2))]
    guest = g.person()
    pres, sec = members[0], members[1]
    L = [r.choice([T('PROCÈS-VERBAL', 'MINUTES'), T('Procès-verbal de la séance ordinaire', 'Minutes of the regular meeting'),
                   T('Compte rendu — comité de gestion', 'Management committee - summary')]) + ' — ' + g.bodyname(),
         T('Séance du ', 'Meeting of ') + g.date_long() + T(', ', ', ') + g.time() + T(', salle ', ', room ') + str(r.randint(100, 499)), '']
    style = r.choice(['list', 'inline', 'caps'])
    fmt = {'list': 'full', 'inline': r.choice(['tfull', 'full', 'init']), 'caps': 'caps'}[style]
    if style == 'list':
        L.append(T('Présences :', 'Present:'))
        for p in members:
            L.append('- ' + g.n(p, 'full') + r.choice(['', ', ' + T('présidente' if p.g == 'f' else 'président', 'chair') if p is pres else '',
                                                       ', ' + T('secrétaire', 'secretary') if p is sec else '']))
    else:
        L.append(T('Présences : ', 'Present: ') + ', '.join(g.n(p, fmt) for p in members) + '.')
    L.append(T('Absents : ', 'Absent: ') + (', '.join(g.n(p, fmt) for p in absent) if absent else T('aucun', 'none')) + '.')
    L.append(T('Invité' + e_(guest) + ' : ', 'Guest: ') + g.n(guest, r.choice(['tfull', 'full'])) + ', ' +
             r.choice([T('vérificatrice externe', 'external auditor'), T('représentant de ', 'representative of ') + g.bodyname()]) + '.')
    L.append('')
    k = 1
    L.append('%d. %s' % (k, T('Ouverture de la séance et adoption de l\'ordre du jour', 'Opening and adoption of the agenda')))
    mover, sec_ = r.sample(members, 2)
    L.append(T('Il est proposé par ', 'It is moved by ') + g.n(mover, r.choice(['tfull', 'full', 'tsur'])) + T(', appuyé par ', ', seconded by ') +
             g.n(sec_, r.choice(['tfull', 'full', 'tsur'])) + T(', d\'adopter l\'ordre du jour tel que présenté. Adopté à l\'unanimité.',
                                                                 ', to adopt the agenda as presented. Carried unanimously.'))
    for _ in range(r.randint(2, 3)):
        k += 1
        topic = r.choice([(T('Plainte concernant ', 'Complaint regarding '), 'p'), (T('Projet de rénovation ', 'Renovation project at '), 'o'),
                          (T('Budget ', 'Budget '), 'y'), (T('Demande de dérogation au ', 'Variance request for '), 'a')])
        subj = g.person()
        if topic[1] == 'p':
            L.append('%d. %s' % (k, topic[0] + g.n(subj, r.choice(['tfull', 'full']))))
            L.append(g.n(r.choice(members), r.choice(['tsur', 'given', 'full'])) + T(' résume la plainte reçue le ', ' summarizes the complaint received on ') +
                     g.date() + '. ' + g.c('admin') + ' ' + T('Référence : ', 'Reference: ') + g.law('accès', 'Access', 'A-2.1', 'Loi 25', 'Bill 25') + '.')
        elif topic[1] == 'o':
            L.append('%d. %s' % (k, topic[0] + g.org()))
            L.append(T('Les coûts sont estimés à ', 'Costs are estimated at ') + g.amount() + '. ' + g.wd())
        elif topic[1] == 'y':
            L.append('%d. %s' % (k, topic[0] + g.year(2025, 2027)))
            L.append(T('Le solde au ', 'The balance as of ') + g.date() + T(' est de ', ' is ') + g.amount() + '.')
        else:
            L.append('%d. %s' % (k, topic[0] + g.addr(city=False)))
            L.append(T('Le propriétaire, ', 'The owner, ') + g.n(subj, r.choice(['tfull', 'full'])) + T(', demeurant ', ', residing at ') +
                     (g.addr_prose() if g.fr else g.addr()) + T(', demande ', ', requests ') + T('une marge latérale réduite.', 'a reduced side setback.'))
        mover, sec_ = r.sample(members, 2)
        L.append(T('Résolution ', 'Resolution ') + g.fileno('res') + T(' — Proposé par ', ' - Moved by ') + g.n(mover, r.choice(['sur', 'tsur', 'init'])) +
                 T(', appuyé par ', ', seconded by ') + g.n(sec_, r.choice(['sur', 'tsur', 'init'])) + '. ' +
                 r.choice([T('Adoptée.', 'Carried.'), T('Adoptée à la majorité.', 'Carried by majority.'), T('Rejetée.', 'Defeated.')]))
    k += 1
    L.append('%d. %s' % (k, T('Levée de la séance', 'Adjournment')))
    L.append(T('La séance est levée à ', 'The meeting is adjourned at ') + g.time() + T('. Prochaine séance : ', '. Next meeting: ') + g.date() + '.')
    L.append('')
    L.append(g.n(pres, 'full') + ', ' + T('présidence', 'Chair') + '          ' + g.n(sec, 'full') + ', ' + T('secrétariat', 'Secretary'))
    return '\n'.join(L)


# 6 ------------------------------------------------------------- complaint narrative
def fam_complaint(g):
    r, T = g.r, g.t
    c, emp, sup, kid = g.person(), g.person(), g.person(), g.person()
    L = [r.choice([T('Formulaire de plainte — texte libre', 'Complaint form - free text'), T('PLAINTE', 'COMPLAINT'),
                   T('Plainte reçue par le commissaire aux plaintes', 'Complaint received by the complaints commissioner')]) + ' (' + g.fileno() + ')', '']
    if g.fr:
        L.append('Je m\'appelle ' + g.n(c, r.choice(['full', 'caps'])) + ' et je porte plainte au sujet du service reçu ' + g.org('à', 'health') + ' le ' + g.date_long() + '.')
        L.append('Je suis arrivé' + e_(c) + ' vers ' + g.time() + ' avec ' + my_fr(kin(g, kid, 'child')) + ' ' + g.n(kid, 'given') +
                 ', qui faisait de la fièvre. Une préposée, ' + r.choice(['je crois qu\'elle s\'appelait ' + g.n(emp, 'given'),
                                                                      g.n(emp, 'tsur') + ' selon son badge']) + ', nous a dit d\'attendre. ' + g.c('health'))
        L.append('Après quatre heures, j\'ai demandé à parler au responsable. ' + g.n(sup, r.choice(['tfull', 'tsur'])) +
                 ' m\'a répondu que je pouvais « aller ailleurs ». ' + g.wd())
        L.append('Je demande ' + r.choice(['des excuses écrites', 'le remboursement du stationnement (' + g.amount(8, 60) + ')',
                                           'qu\'on revoie la façon dont les parents sont accueillis']) + '. Selon ' + g.law('accès', 'Charte', 'santé') + ', j\'ai le droit d\'obtenir une réponse.')
        L.append('Vous pouvez me joindre au ' + g.phone() + ' ou par courriel : ' + g.email(c) + '. Mon adresse : ' + g.addr(city=True, pc=r.random() < 0.6) + '.')
        L.append('')
        L.append((r.choice(['Merci de votre attention,', 'Salutations,', '']) + ('\n' if r.random() < 0.5 else ' ')).lstrip(' ') + g.n(c, r.choice(['full', 'given', 'init'])))
    else:
        L.append('My name is ' + g.n(c, r.choice(['full', 'caps'])) + ' and I am filing a complaint about the service I received at ' + g.org(cat='health') + ' on ' + g.date_long() + '.')
        L.append('I arrived around ' + g.time() + ' with my ' + kin(g, kid, 'child') + ' ' + g.n(kid, 'given') + ', who had a fever. An attendant, ' +
                 r.choice(['I think her name was ' + g.n(emp, 'given'), g.n(emp, 'tsur') + ' according to the badge']) + ', told us to wait. ' + g.c('health'))
        L.append('After four hours I asked for the person in charge. ' + g.n(sup, r.choice(['tfull', 'tsur'])) + ' told me I could "go elsewhere". ' + g.wd())
        L.append('I am asking for ' + r.choice(['a written apology', 'a refund of the parking fees (' + g.amount(8, 60) + ')',
                                                'a review of how parents are welcomed']) + '. Under ' + g.law('Access', 'Charter') + ', I am entitled to an answer.')
        L.append('You can reach me at ' + g.phone() + ' or by e-mail: ' + g.email(c) + '. My address: ' + g.addr(city=True, pc=r.random() < 0.6) + '.')
        L.append('')
        L.append((r.choice(['Thank you,', 'Regards,', '']) + ('\n' if r.random() < 0.5 else ' ')).lstrip(' ') + g.n(c, r.choice(['full', 'given', 'init'])))
    return '\n'.join(L)


# 7 ------------------------------------------------------------- HR investigation report
def fam_hr(g):
    r, T = g.r, g.t
    comp, resp, w1, w2, inv, mgr = (g.person() for _ in range(6))
    L = [T('RAPPORT D\'ENQUÊTE ADMINISTRATIVE — CONFIDENTIEL', 'ADMINISTRATIVE INVESTIGATION REPORT - CONFIDENTIAL'),
         T('Dossier RH : ', 'HR file: ') + g.fileno() + '   ' + T('Date du rapport : ', 'Report date: ') + g.date(), '']
    L.append(T('1. Parties', '1. Parties'))
    L.append(T('Plaignant' + e_(comp) + ' : ', 'Complainant: ') + g.n(comp, r.choice(['rev', 'full', 'caps'])) + ', ' +
             r.choice([T('préposée aux bénéficiaires', 'orderly'), T('commis', 'clerk'), T('technicien' + ('ne' if comp.g == 'f' else ''), 'technician')]) +
             T(', quart de soir', ', evening shift'))
    L.append(T('Personne mise en cause : ', 'Respondent: ') + g.n(resp, r.choice(['rev', 'full', 'caps'])) + ', ' + T('chef d\'équipe', 'team lead'))
    L.append(T('Témoins rencontrés : ', 'Witnesses interviewed: ') + g.n(w1, r.choice(['full', 'init'])) + T(' et ', ' and ') + g.n(w2, r.choice(['full', 'rev'])))
    L.append('')
    L.append(T('2. Faits allégués', '2. Allegations'))
    if g.fr:
        L.append('Le ' + g.date() + ', ' + g.n(comp, 'tsur') + ' allègue que ' + g.n(resp, 'tsur') + ' aurait ' +
                 r.choice(['tenu des propos dénigrants sur son accent', 'refusé ses demandes de congé à répétition', 'crié contre ' + ('elle' if comp.g == 'f' else 'lui') + ' devant des usagers']) +
                 '. ' + g.c('work') + ' ' + g.n(w1, 'given') + ' confirme avoir entendu l\'échange ; ' + g.n(w2, r.choice(['tsur', 'sur'])) + ' dit n\'avoir rien vu.')
        L.append(g.c('work') + ' La version ' + de(g.n(resp, 'sur')) + ' diffère sur plusieurs points.')
        L.append('')
        L.append('3. Conclusion')
        L.append(g.c('work') + ' Recommandation transmise à ' + g.n(mgr, r.choice(['tfull', 'full'])) + ', directrice' + ('' if mgr.g == 'f' else ' (intérim)') +
                 ', conformément à ' + g.law('travail', 'Charte') + '.')
    else:
        L.append('On ' + g.date() + ', ' + g.n(comp, 'tsur') + ' alleges that ' + g.n(resp, 'tsur') + ' ' +
                 r.choice(['made demeaning remarks about ' + his(comp) + ' accent', 'repeatedly refused leave requests', 'yelled at ' + ('her' if comp.g == 'f' else 'him') + ' in front of clients']) +
                 '. ' + g.c('work') + ' ' + g.n(w1, 'given') + ' confirms hearing the exchange; ' + g.n(w2, r.choice(['tsur', 'sur'])) + ' saw nothing.')
        L.append(g.c('work') + ' ' + g.n(resp, 'poss') + ' version differs on several points.')
        L.append('')
        L.append('3. Conclusion')
        L.append(g.c('work') + ' Recommendation sent to ' + g.n(mgr, r.choice(['tfull', 'full'])) + ', director, under ' + g.law('labour', 'Labour', 'Charter') + '.')
    if r.random() < 0.4:
        L.append(T('Mesure temporaire : réaffectation ', 'Interim measure: reassignment ') + g.org('à', 'health') + '.' if g.fr else
                 'Interim measure: reassignment to ' + g.org(cat='health') + '.')
    L.append('')
    L.append(T('Enquêteur' + ('e' if inv.g == 'f' else '') + ' : ', 'Investigator: ') + g.n(inv, 'full') + ', ' + g.phone(False) + g.ext())
    return '\n'.join(L)


# 8 ------------------------------------------------------------- school report
def fam_school(g):
    r, T = g.r, g.t
    st = g.person()
    g.dob(st, minor=True)
    par1, par2 = g.person(sur_of=st if r.random() < 0.6 else None), g.person()
    tea, dirp, tes = g.person(), g.person(), g.person()
    school = g.org(cat='school')
    L = [r.choice([T('Rapport d\'incident — milieu scolaire', 'School incident report'), T('Plan d\'intervention — résumé', 'IEP - summary'),
                   T('Communication aux parents', 'Note to parents')]), '']
    L.append(T('Élève : ', 'Student: ') + g.n(st, r.choice(['caps', 'rev', 'full'])) + ' — ' + T('né' + e_(st) + ' le ', 'born ') + g.dob(st) + ' — ' +
             T(r.choice(['2e', '4e', '6e']) + ' année / ', 'grade ' + str(r.randint(2, 11)) + ' / ') + T('groupe ', 'group ') + str(r.randint(101, 512)))
    L.append(T('École : ', 'School: ') + school)
    L.append(T('Parents : ', 'Parents: ') + g.n(par1, 'full') + ' (' + g.phone() + ')' + T(' et ', ' and ') + g.n(par2, r.choice(['full', 'tfull'])) +
             (' (' + g.email(par2) + ')' if r.random() < 0.6 else ''))
    L.append('')
    if g.fr:
        L.append('Le ' + g.date_long() + ', pendant la période de ' + r.choice(['mathématiques', 'récréation', 'dîner']) + ', ' + g.n(st, 'given') + ' a ' +
                 r.choice(['lancé une chaise', 'quitté la classe sans permission', 'eu une altercation avec un autre élève']) + '. ' + g.c('school'))
        L.append(g.n(tea, r.choice(['tsur', 'tfull'])) + ', titulaire, et ' + g.n(tes, r.choice(['full', 'given'])) + ' (TES) sont intervenu' +
                 ('es' if tea.g == tes.g == 'f' else 's') + '. ' + g.c('school'))
        L.append('La direction, ' + g.n(dirp, r.choice(['tfull', 'full'])) + ', a communiqué avec ' + g.n(par1, r.choice(['tsur', 'tfull'])) + ' à ' + g.time() + '. ' + g.wd())
        L.append('Mesures : ' + r.choice(['retrait de la récréation pour deux jours', 'rencontre avec la psychoéducatrice', 'feuille de route quotidienne']) +
                 '. Prochaine rencontre le ' + g.date() + '.')
    else:
        L.append('On ' + g.date_long() + ', during ' + r.choice(['math class', 'recess', 'lunch']) + ', ' + g.n(st, 'given') + ' ' +
                 r.choice(['threw a chair', 'left class without permission', 'got into a fight with another student']) + '. ' + g.c('school'))
        L.append(g.n(tea, r.choice(['tsur', 'tfull'])) + ', homeroom teacher, and ' + g.n(tes, r.choice(['full', 'given'])) + ' (special ed. technician) intervened. ' + g.c('school'))
        L.append('The principal, ' + g.n(dirp, r.choice(['tfull', 'full'])) + ', called ' + g.n(par1, r.choice(['tsur', 'tfull'])) + ' at ' + g.time() + '. ' + g.wd())
        L.append('Measures: ' + r.choice(['no recess for two days', 'meeting with the psychoeducator', 'daily behaviour sheet']) + '. Next meeting on ' + g.date() + '.')
    if r.random() < 0.35:
        L.append(T('Médication au dossier : ', 'Medication on file: ') + g.product('med') + T('. Carte d\'assurance maladie : ', '. Health card: ') + g.ramq(st))
    L.append('')
    L.append(g.n(dirp, 'full') + ', ' + T('direct' + ('rice' if dirp.g == 'f' else 'eur'), 'Principal') + ' — ' + g.bodyname())
    return '\n'.join(L)


# 9 ------------------------------------------------------------- police incident narrative
def fam_police(g):
    r, T = g.r, g.t
    sus, vic, wit, off1, off2 = (g.person() for _ in range(5))
    L = [T('RAPPORT D\'ÉVÉNEMENT', 'OCCURRENCE REPORT') + ' ' + g.fileno('police'),
         T('Unité : ', 'Unit: ') + T('PDQ ', 'Station ') + str(r.randint(1, 55)) + '   ' + T('Date : ', 'Date: ') + g.date() + ' ' + g.time(), '']
    L.append(T('Personnes impliquées', 'Persons involved'))
    L.append(T('S1 (suspect) : ', 'S1 (suspect): ') + g.n(sus, 'caps') + ', ' + T('DDN ', 'DOB ') + g.dob(sus) + ', ' + g.addr() +
             (T(', permis ', ', licence ') + g.licence(sus) if r.random() < 0.6 else ''))
    L.append(T('V1 (victime) : ', 'V1 (victim): ') + g.n(vic, r.choice(['caps', 'rev'])) + ', ' + g.dob(vic) + ', ' + g.phone())
    L.append(T('T1 (témoin) : ', 'W1 (witness): ') + g.n(wit, r.choice(['caps', 'full'])) + ', ' + g.phone())
    L.append('')
    if g.fr:
        L.append('Narration : Vers ' + g.time() + ', nous (agent' + e_(off1) + ' ' + g.n(off1, 'sur') + ' et agent' + e_(off2) + ' ' + g.n(off2, 'sur') +
                 ') sommes dépêchés ' + r.choice(['au coin ' + g.street_ref('de'), 'sur ' + g.street_ref()]) + ' pour une ' + r.choice(['querelle', 'introduction par effraction', 'collision avec délit de fuite']) + '.')
        L.append('Sur place, ' + g.n(vic, r.choice(['tsur', 'tfull'])) + ' nous indique que ' + g.n(sus, r.choice(['sur', 'given', 'tsur'])) +
                 ' l\'aurait ' + r.choice(['poussé' + e_(vic), 'menacé' + e_(vic), 'frappé' + e_(vic)]) + '. ' + g.c('police'))
        if r.random() < 0.6:
            L.append('Le suspect a quitté à bord d\'une ' + g.pick('veh_fr') + ', immatriculation ' + g.plate() + '. ' + g.c('police'))
        L.append('Le témoin ' + g.n(wit, r.choice(['sur', 'tsur'])) + ' corrobore la version ' + de(g.n(vic, 'given')) + '. ' + g.wd())
        L.append('Mesures : ' + r.choice(['arrestation', 'avis de comparution', 'dossier transmis au DPCP']) + ' — ' + g.law('criminel', 'routière', 'C.s.r.') + '.')
        L.append('')
        L.append('Rédigé par l\'agent' + e_(off1) + ' ' + g.n(off1, r.choice(['sur', 'full'])) + ', matricule ' + str(r.randint(1000, 9999)) + '.')
    else:
        L.append('Narrative: At about ' + g.time() + ', we (Cst. ' + g.n(off1, 'sur') + ' and Cst. ' + g.n(off2, 'sur') + ') were dispatched to ' +
                 g.street_ref() + ' for a ' + r.choice(['dispute', 'break and enter', 'hit and run']) + '.')
        L.append('On scene, ' + g.n(vic, r.choice(['tsur', 'tfull'])) + ' told us that ' + g.n(sus, r.choice(['sur', 'given', 'tsur'])) + ' had ' +
                 r.choice(['pushed', 'threatened', 'hit']) + ' them. ' + g.c('police'))
        if r.random() < 0.6:
            L.append('The suspect left in a ' + g.pick('veh_en') + ', plate ' + g.plate() + '. ' + g.c('police'))
        L.append('Witness ' + g.n(wit, r.choice(['sur', 'tsur'])) + ' corroborates ' + g.n(vic, 'poss') + ' account. ' + g.wd())
        L.append('Action: ' + r.choice(['arrest', 'promise to appear', 'file sent to the prosecutor']) + ' - ' + g.law('Criminal', 'Highway') + '.')
        L.append('')
        L.append('Written by Cst. ' + g.n(off1, r.choice(['sur', 'full'])) + ', badge ' + str(r.randint(1000, 9999)) + '.')
    return '\n'.join(L)


# 10 ------------------------------------------------------------ inspection report
def fam_inspection(g):
    r, T = g.r, g.t
    own, op, insp = g.person(), g.person(), g.person()
    food = r.random() < 0.5
    L = [(T('Rapport d\'inspection — établissement alimentaire', 'Inspection report - food establishment') if food else
          T('Rapport d\'inspection — salubrité du logement', 'Inspection report - housing sanitation')) + ' — ' + g.fileno(), '']
    L.append(T('Adresse inspectée : ', 'Address inspected: ') + g.addr(city=True, pc=r.random() < 0.5))
    L.append(T('Propriétaire : ', 'Owner: ') + g.n(own, r.choice(['full', 'rev', 'caps'])) + (' — ' + g.phone() if r.random() < 0.7 else '') +
             (' — ' + g.email(own) if r.random() < 0.4 else ''))
    L.append((T('Exploitant : ', 'Operator: ') if food else T('Locataire : ', 'Tenant: ')) + g.n(op, r.choice(['full', 'tfull'])))
    L.append(T('Inspect' + ('rice' if insp.g == 'f' else 'eur') + ' : ', 'Inspector: ') + g.n(insp, 'full') + '   ' + T('Visite : ', 'Visit: ') +
             g.date_long() + ', ' + g.time())
    L.append('')
    L.append(T('Constats :', 'Findings:'))
    for i in range(r.randint(2, 4)):
        L.append('%d) %s' % (i + 1, g.c('inspect')))
    if g.fr:
        L.append('Selon ' + g.n(op, r.choice(['tsur', 'given'])) + ', ' + r.choice(['le problème dure depuis ', 'les travaux sont prévus en ']) + g.month() + '. ' + g.wd())
    else:
        L.append('According to ' + g.n(op, r.choice(['tsur', 'given'])) + ', ' + r.choice(['the problem has lasted since ', 'work is planned for ']) + g.month() + '. ' + g.wd())
    L.append(T('Avis de non-conformité émis en vertu de ', 'Notice of non-compliance issued under ') + g.law('aliments', 'logement', 'santé publique', 'P-40', 'C.C.Q', 'C.c.Q') + T('. Amende possible : ', '. Possible fine: ') +
             g.amount() + '.')
    L.append(T('Contre-visite prévue le ', 'Follow-up visit on ') + g.date() + '.')
    return '\n'.join(L)


# 11 ------------------------------------------------------------ tribunal-style decision
def fam_tribunal(g):
    r, T = g.r, g.t
    app, resp, law1, law2, judge, wit = (g.person() for _ in range(6))
    tal = r.random() < 0.6
    L = [(T('TRIBUNAL ADMINISTRATIF DU LOGEMENT', 'ADMINISTRATIVE HOUSING TRIBUNAL') if tal else
          T('COMMISSION D\'ACCÈS À L\'INFORMATION', 'COMMISSION D\'ACCÈS À L\'INFORMATION')),
         T('Dossier : ', 'File: ') + g.fileno('tal') + '   ' + T('Référence neutre : ', 'Neutral citation: ') + g.citation(),
         T('Date : ', 'Date: ') + g.date(), T('Devant : ', 'Before: ') + (T('la juge administrative ', 'Administrative Judge ') if judge.g == 'f' else
                                                                            T('le juge administratif ', 'Administrative Judge ')) + g.n(judge, 'full'), '']
    L.append(g.n(app, r.choice(['caps', 'caps', 'full'])))
    L.append(T('Partie demanderesse', 'Applicant') if not tal else T('Locataire — partie demanderesse', 'Tenant - applicant'))
    L.append(T('c.', 'v.'))
    L.append(g.n(resp, r.choice(['caps', 'caps', 'full'])))
    L.append(T('Partie défenderesse', 'Respondent') if not tal else T('Locat' + ('rice' if resp.g == 'f' else 'eur') + ' — partie défenderesse', 'Landlord - respondent'))
    L.append('')
    L.append(T('DÉCISION', 'DECISION'))
    if g.fr:
        paras = ['Par une demande déposée le ' + g.date() + ', ' + g.n(app, 'tsur') + ' réclame ' + g.amount() + ' ainsi que la résiliation du bail du logement situé ' +
                 g.addr_prose() + '.',
                 'À l\'audience, ' + g.n(app, 'tsur') + ' est représenté' + e_(app) + ' par ' + g.n(law1, 'me') + ' ; ' + g.n(resp, 'tsur') +
                 ' est ' + r.choice(['présent' + e_(resp) + ' et non représenté' + e_(resp), 'représenté' + e_(resp) + ' par ' + g.n(law2, 'me')]) + '.',
                 'Le témoin ' + g.n(wit, r.choice(['full', 'tfull'])) + ', ' + kin(g, wit, 'neigh') + ' du dessous, affirme avoir constaté ' +
                 r.choice(['des infiltrations d\'eau', 'la présence de punaises de lit', 'des bruits excessifs la nuit']) + ' depuis ' + g.month() + '. ' + g.c('legal'),
                 g.c('legal') + ' ' + g.n(resp, 'tsur') + ' soutient que ' + g.n(app, 'given' if r.random() < 0.3 else 'tsur') + ' ' +
                 r.choice(['n\'a jamais avisé de la situation', 'a refusé l\'accès au logement', 'a elle-même causé les dommages']) + '.',
                 'Le Tribunal rappelle ' + g.law('logement', 'C.c.Q', 'accès') + '. ' + g.c('legal')]
        L += ['[%d] %s' % (i + 1, p) for i, p in enumerate(paras)]
        L.append('POUR CES MOTIFS, LE TRIBUNAL : ' + r.choice(['ACCUEILLE en partie la demande', 'REJETTE la demande', 'ORDONNE la résiliation du bail']) + ' ; ' +
                 'CONDAMNE ' + g.n(resp, 'tsur') + ' à payer ' + g.amount() + '.')
    else:
        paras = ['By an application filed on ' + g.date() + ', ' + g.n(app, 'tsur') + ' claims ' + g.amount() + ' and the termination of the lease of the dwelling at ' +
                 g.addr_prose() + '.',
                 'At the hearing, ' + g.n(app, 'tsur') + ' is represented by ' + g.n(law1, 'me') + '; ' + g.n(resp, 'tsur') + ' is ' +
                 r.choice(['present and self-represented', 'represented by ' + g.n(law2, 'me')]) + '.',
                 'The witness ' + g.n(wit, r.choice(['full', 'tfull'])) + ', a downstairs neighbour, says ' + r.choice(['water leaks', 'bedbugs', 'excessive noise at night']) +
                 ' have been present since ' + g.month() + '. ' + g.c('legal'),
                 g.c('legal') + ' ' + g.n(resp, 'tsur') + ' argues that ' + g.n(app, 'tsur') + ' ' +
                 r.choice(['never gave notice of the situation', 'refused access to the dwelling', 'caused the damage']) + '.',
                 'The Tribunal recalls ' + g.law('C.C.Q', 'Access') + '. ' + g.c('legal')]
        L += ['[%d] %s' % (i + 1, p) for i, p in enumerate(paras)]
        L.append('FOR THESE REASONS, THE TRIBUNAL: ' + r.choice(['GRANTS the application in part', 'DISMISSES the application', 'ORDERS the termination of the lease']) +
                 '; ORDERS ' + g.n(resp, 'tsur') + ' to pay ' + g.amount() + '.')
    L.append('')
    L.append(g.n(judge, 'full'))
    return '\n'.join(L)


# 12 ------------------------------------------------------------ SMS / informal chat (often lower case, no accents)
def fam_sms(g):
    r, T = g.r, g.t
    a, b, kid, ex = g.person(), g.person(), g.person(g='m'), g.person(g='m')
    low, noacc = r.random() < 0.5, r.random() < 0.5
    y, m, d = g.ymd(2023, 2026)
    clock = [r.randint(8 * 60, 20 * 60)]
    tsfmt = r.choice(['[%02d:%02d]', '%02d:%02d', '(%02d h %02d)'])

    def ts():
        clock[0] = min(clock[0] + r.randint(1, 30), 23 * 60 + 59)
        return D(tsfmt % divmod(clock[0], 60), 'TIME')
    na = g.n(a, r.choice(['given', 'full', 'upgiven']))
    nb = g.n(b, r.choice(['given', 'full']))
    L = [T('Conversation exportée — ', 'Exported conversation - ') + g.phone(False) + ' ↔ ' + g.phone(False) + ' — ' + g.date(), '']

    def say(who, txt, informal=True):
        s = '%s %s: %s' % (ts(), who, txt)
        if informal and low:
            s = s.lower()
        if informal and noacc:
            s = fold(s)
        return s
    if g.fr:
        L.append(say(na, 'allo c ' + g.n(a, 'given') + (' la ' if a.g == 'f' else ' le ') + kin(g, a, 'parent') + ' ' + de(g.n(kid, r.choice(['given', 'lower'])))))
        L.append(say(nb, 'Bonjour! Oui je sais qui vous êtes 🙂 ' + g.c('social'), informal=False))
        L.append(say(na, 'son pere ' + g.n(ex, r.choice(['lower', 'full', 'sur'])) + ' la pas ramener hier soir, je capote'))
        L.append(say(na, 'il reste chez sa blonde au ' + g.addr(city=False) + ' je pense'))
        L.append(say(nb, 'Ok. Je vais l\'appeler. Vous avez son numéro?', informal=False))
        L.append(say(na, g.phone(False) + ' ou ben ' + g.phone(False)))
        if r.random() < 0.5:
            L.append(say(na, 'pis sa carte soleil c ' + g.ramq(kid) + ' si jamais'))
        L.append(say(nb, 'Merci ' + g.n(a, 'given') + '. On se reparle ' + g.weekday() + '.', informal=False))
        L.append(say(na, 'ok merci bcp ' + r.choice(['❤️', 'xx', '!!', '']).strip()))
    else:
        L.append(say(na, 'hi its ' + g.n(a, 'given') + ' ' + g.n(kid, r.choice(['given', 'lower'])) + "'s " + kin(g, a, 'parent')))
        L.append(say(nb, 'Hello! Yes I know who you are 🙂 ' + g.c('social'), informal=False))
        L.append(say(na, 'his dad ' + g.n(ex, r.choice(['lower', 'full', 'sur'])) + ' didnt bring him back last night im freaking out'))
        L.append(say(na, 'hes at his gf place at ' + g.addr(city=False) + ' i think'))
        L.append(say(nb, 'Ok. I will call him. Do you have his number?', informal=False))
        L.append(say(na, g.phone(False) + ' or ' + g.phone(False)))
        if r.random() < 0.5:
            L.append(say(na, 'and his medicare card is ' + g.ramq(kid) + ' just in case'))
        L.append(say(nb, 'Thanks ' + g.n(a, 'given') + '. Talk to you ' + g.weekday() + '.', informal=False))
        L.append(say(na, 'ok thx ' + r.choice(['❤️', 'xx', '!!', '']).strip()))
    return '\n'.join(L)


# 13 ------------------------------------------------------------ team chat with @mentions
def fam_teamchat(g):
    r, T = g.r, g.t
    staff = [g.person() for _ in range(r.randint(3, 4))]
    cl, cl2 = g.person(), g.person()
    chan = r.choice(['#accueil-clinique', '#equipe-jeunesse', '#soutien-domicile', '#intake', '#hr-ops'])
    L = [g.product('chat') + ' — ' + chan + ' — ' + g.date_long(), '']
    h = [r.randint(8, 15), r.randint(0, 50)]

    def msg(p, txt):
        h[1] += r.randint(1, 9)
        if h[1] > 59:
            h[0], h[1] = h[0] + 1, h[1] - 60
        return g.n(p, r.choice(['full', 'full', 'rev'])) + '  ' + g.time(h[0], h[1]) + '\n' + txt
    s1, s2, s3 = staff[0], staff[1], staff[2]
    if g.fr:
        L.append(msg(s1, '@' + g.n(s2, 'full') + ' peux-tu rappeler ' + g.n(cl, r.choice(['tsur', 'tfull'])) + '? ' + ('Elle' if cl.g == 'f' else 'Il') +
                     ' a laissé un message au ' + g.phone() + '. ' + g.c('admin')))
        L.append(msg(s2, 'Oui je m\'en occupe. C\'est le dossier ' + g.fileno() + '?'))
        L.append(msg(s1, 'Oui. Attention, ' + g.n(cl2, r.choice(['full', 'tfull'])) + ' (même adresse, ' + g.addr() + ') est aussi suivi' + e_(cl2) + ' par ' +
                     g.n(s3, 'given') + '.'))
        L.append(msg(s3, 'Confirmé 👍 ' + g.n(cl2, 'given') + ' a un rendez-vous ' + g.org('à') + ' le ' + g.date() + '. ' + g.wd()))
        if r.random() < 0.5:
            L.append(msg(s2, '@' + g.n(s1, 'given') + ' sa DDN dans ' + g.product('system') + ' est erronée : c\'est le ' + g.dob(cl) + ', pas le ' + g.date() + '.'))
    else:
        L.append(msg(s1, '@' + g.n(s2, 'full') + ' can you call back ' + g.n(cl, r.choice(['tsur', 'tfull'])) + '? Left a message at ' + g.phone() + '. ' + g.c('admin')))
        L.append(msg(s2, 'On it. Is that file ' + g.fileno() + '?'))
        L.append(msg(s1, 'Yes. Heads up, ' + g.n(cl2, r.choice(['full', 'tfull'])) + ' (same address, ' + g.addr() + ') is also followed by ' + g.n(s3, 'given') + '.'))
        L.append(msg(s3, 'Confirmed 👍 ' + g.n(cl2, 'given') + ' has an appointment at ' + g.org() + ' on ' + g.date() + '. ' + g.wd()))
        if r.random() < 0.5:
            L.append(msg(s2, '@' + g.n(s1, 'given') + ' the DOB in ' + g.product('system') + ' is wrong: it is ' + g.dob(cl) + ', not ' + g.date() + '.'))
    return L[0] + '\n\n' + '\n\n'.join(L[2:])


# 14 ------------------------------------------------------------ table exported to text (CSV/TSV)
def fam_table(g):
    r, T = g.r, g.t
    sep = r.choice([';', ',', '\t', ' | '])
    cols = r.choice([['name', 'email', 'phone', 'dob', 'file'], ['name', 'dob', 'nas', 'phone', 'file'],
                     ['sur', 'given', 'dob', 'ramq', 'city'], ['name', 'addr', 'pc', 'phone', 'amount'],
                     ['file', 'name', 'email', 'nas', 'date']])
    head = {'name': T(r.choice(['nom', 'Nom complet', 'NOM']), r.choice(['name', 'Full name', 'NAME'])),
            'sur': T('nom', 'last_name'), 'given': T('prénom', 'first_name'), 'email': T(r.choice(['courriel', 'Courriel']), 'email'),
            'phone': T(r.choice(['téléphone', 'tél', 'Téléphone']), r.choice(['phone', 'tel'])), 'dob': T(r.choice(['DDN', 'date_naissance']), r.choice(['DOB', 'birth_date'])),
            'file': T(r.choice(['no dossier', 'no_dossier', 'Dossier']), r.choice(['file_no', 'case #'])), 'nas': T('NAS', 'SIN'),
            'ramq': T('RAMQ', 'RAMQ'), 'city': T('ville', 'city'), 'addr': T('adresse', 'address'), 'pc': T('code postal', 'postal_code'),
            'amount': T('montant', 'amount'), 'date': T('date_demande', 'request_date')}
    L = []
    if r.random() < 0.5:
        L.append(T('Extraction — ', 'Export - ') + g.bodyname() + ' — ' + g.date())
    L.append(sep.join(head[c] for c in cols))
    fmt_dob = r.choice([None, '{y}-{mm}-{dd}', '{dd}/{mm}/{y}'])
    nrows = r.randint(4, 8)
    for _ in range(nrows):
        p = g.person()
        cells = []
        for c in cols:
            if c == 'name':
                v = g.n(p, r.choice(['full', 'rev', 'caps']) if r.random() < 0.3 else 'full')
            elif c == 'sur':
                v = g.n(p, 'sur')
            elif c == 'given':
                v = g.n(p, 'given')
            elif c == 'email':
                v = g.email(p)
            elif c == 'phone':
                v = g.phone()
            elif c == 'dob':
                v = g.dob(p, fmt=fmt_dob)
            elif c == 'file':
                v = g.fileno()
            elif c == 'nas':
                v = g.nas()
            elif c == 'ramq':
                v = g.ramq(p)
            elif c == 'city':
                v = D(g.pick('city'), 'PLACE')
            elif c == 'addr':
                v = g.addr(city=r.random() < 0.5, pc=False)
            elif c == 'pc':
                v = g.pc()
            elif c == 'amount':
                v = g.amount()
            else:
                v = g.date()
            if r.random() < 0.06 and c not in ('name', 'sur'):
                v = ''
            if sep.strip() and sep.strip() in plain(v):
                v = '"' + v + '"'
            cells.append(v)
        L.append(sep.join(cells))
    if r.random() < 0.5:
        L.append('(' + str(nrows) + T(' lignes)', ' rows)'))
    return '\n'.join(L)


# 15 ------------------------------------------------------------ key/value record with odd formats
def fam_kv(g):
    r, T = g.r, g.t
    p, sp, em = g.person(), g.person(), g.person()
    lead = r.choice(['{k}: {v}', '{k} ....... {v}', '{k} => {v}', '{k}\t{v}', '[{k}] {v}', '{k} = {v}'])
    rows = [(T('Nom', 'Name'), g.n(p, r.choice(['caps', 'rev', 'full']))),
            (T('Date de naissance', 'Date of birth'), g.dob(p, fmt=r.choice([None, '{Me} {o}, {y}' if not g.fr else '{d} {M} {y}', '{m}/{d}/{yy}', '{y}{mm}{dd}']))),
            (T('Sexe', 'Sex'), T('F' if p.g == 'f' else 'M', 'F' if p.g == 'f' else 'M')),
            (T('Tél. (domicile)', 'Phone (home)'), g.phone(False)),
            (T('Tél. (à l\'étranger)', 'Phone (abroad)'), g.phone(True)),
            (T('Courriel', 'E-mail'), g.email(p)),
            (T('Adresse actuelle', 'Current address'), g.addr(city=True, pc=True)),
            (T('Adresse précédente', 'Previous address'), g.faddr()),
            (T('NAS', 'SIN'), g.nas()),
            (T('Passeport', 'Passport'), g.passport() + (' (' + T('exp. ', 'exp. ') + g.date() + ')' if r.random() < 0.5 else '')),
            (T('Conjoint(e)', 'Spouse'), g.n(sp, r.choice(['full', 'caps'])) + ', ' + g.dob(sp)),
            (T('Contact d\'urgence', 'Emergency contact'), g.n(em, 'full') + ' / ' + g.phone()),
            (T('Compte (dépôt direct)', 'Direct deposit'), g.bank() if r.random() < 0.6 else g.iban()),
            (T('Permis de conduire', 'Driver\'s licence'), g.licence(p)),
            (T('Carte de crédit', 'Credit card'), g.card() + (' ' + T('exp. ', 'exp. ') + '%02d/%02d' % (r.randint(1, 12), r.randint(26, 31)) if r.random() < 0.5 else '')),
            (T('Langue', 'Language'), r.choice([T('français', 'French'), T('anglais', 'English'), T('créole', 'Creole'), T('arabe', 'Arabic'), 'tamoul' if g.fr else 'Tamil'])),
            (T('Région', 'Region'), g.region()),
            (T('Référé par', 'Referred by'), g.org(cat=r.choice(['health', 'school']))),
            (T('Remarques', 'Notes'), g.c(r.choice(['admin', 'social'])))]
    keep = [rows[0], rows[1]] + r.sample(rows[2:], r.randint(7, 12))
    L = [r.choice([T('FICHE SIGNALÉTIQUE', 'RECORD SHEET'), T('Données d\'identification', 'Identification data'), '# ' + T('profil', 'profile')]) +
         ' — ' + g.fileno(), '']
    for k, v in keep:
        L.append(lead.format(k=k, v=v))
    return '\n'.join(L)


# 16 ------------------------------------------------------------ voicemail (speech-to-text)
def fam_voicemail(g):
    r, T = g.r, g.t
    c, st, o = g.person(), g.person(), g.person()
    L = [T('Nouveau message vocal', 'New voicemail') + ' — ' + g.date() + ' ' + g.time(), T('De : ', 'From: ') + g.phone(), T('Pour : ', 'To: ') +
         g.n(st, 'full') + T(' (poste ', ' (ext. ') + str(r.randint(2000, 7999)) + ')', '']
    stt = r.random() < 0.6
    if g.fr:
        body = ('oui bonjour ' + g.n(st, r.choice(['lower', 'given'])) + ' c\'est ' + g.n(c, 'lowfull') + ' euh je vous appelle pour le dossier ' + de(g.n(o, 'lower')) +
                ' euh elle est née le ' + g.dob(o, fmt='{d} {M} {y}') + ' vous pouvez me rappeler au ' + g.phone(False, '{a} {e} {l}') +
                ' sinon je suis au ' + g.addr(city=False) + ' ' + r.choice(['après cinq heures', 'le matin', 'toute la journée']) + ' merci bye') if stt else \
            ('« Bonjour ' + g.n(st, r.choice(['tsur', 'given'])) + ', ici ' + g.n(c, 'full') + '. ' + g.c('admin') + ' Vous pouvez me joindre au ' + g.phone() +
             ' ou m\'écrire à ' + g.email(c) + '. Merci. »')
    else:
        body = ('yeah hi ' + g.n(st, r.choice(['lower', 'given'])) + ' this is ' + g.n(c, 'lowfull') + ' um calling about ' + g.n(o, 'lower') + "'s file" +
                ' she was born ' + g.dob(o, fmt='{Me} {d} {y}') + ' you can call me back at ' + g.phone(False, '{a} {e} {l}') +
                ' or i\'m at ' + g.addr(city=False) + ' ' + r.choice(['after five', 'in the morning', 'all day']) + ' thanks bye') if stt else \
            ('"Hello ' + g.n(st, r.choice(['tsur', 'given'])) + ', this is ' + g.n(c, 'full') + '. ' + g.c('admin') + ' You can reach me at ' + g.phone() +
             ' or write to ' + g.email(c) + '. Thank you."')
    if stt:
        body = body.lower()
    L.append(body)
    L.append('')
    L.append(r.choice([T('(Transcription automatique, fiabilité moyenne)', '(Automatic transcription, medium confidence)'),
                       T('Rappel fait par ', 'Called back by ') + g.n(st, 'given') + ' — ' + g.date(), T('Durée : 0:', 'Length: 0:') + '%02d' % r.randint(8, 59)]))
    return '\n'.join(L)


# 17 ------------------------------------------------------------ jotted notes
def fam_jotted(g):
    r, T = g.r, g.t
    c, k, doc, nb = g.person(), g.person(), g.person(), g.person()
    L = [r.choice(['notes', 'nb', T('notes rencontre', 'mtg notes'), '**']) + ' ' + g.date()]
    L.append('- ' + T('vu ', 'saw ') + r.choice([T('mme ' if c.g == 'f' else 'm. ', 'mrs ' if c.g == 'f' else 'mr '), '']) + g.n(c, r.choice(['lower', 'sur', 'full'])) +
             ' @ ' + g.time() + ', ' + T('avec ', 'w/ ') + kin(g, k, 'child') + ' ' + g.n(k, r.choice(['lower', 'given'])))
    L.append('- ' + T('cell ', 'cell ') + g.phone(False) + (' / ' + g.email(c) if r.random() < 0.4 else ''))
    L.append('- ' + T('md: dr ', 'gp: dr ') + P(r.choice([doc.sur, doc.sur.lower(), doc.full])) + ' (' + g.org(cat='health') + ')')
    L.append('- ' + T('voisine ', 'neighbour ') + g.n(nb, r.choice(['lowfull', 'given', 'sur'])) + T(' a les clés', ' has the keys') + ' -> ' + g.phone(False))
    if r.random() < 0.5:
        L.append('- ' + T('ramq ', 'hc ') + g.ramq(c) + T(' ddn ', ' dob ') + g.dob(c, fmt=r.choice(['{dd}/{mm}/{yy}', '{y}-{mm}-{dd}', '{d}/{m}/{yy}'])))
    L.append('- ' + T('adr: ', 'addr: ') + g.addr(city=r.random() < 0.4))
    L.append('- ' + T('suivi ', 'f/u ') + g.weekday() + ' re ' + g.fileno())
    L.append('- ' + g.c(r.choice(['social', 'health'])).lower())
    return '\n'.join(L)


# 18 ------------------------------------------------------------ ER triage note
def fam_triage(g):
    r, T = g.r, g.t
    pt, acc, nurse, doc = g.person(), g.person(), g.person(), g.person()
    L = [T('TRIAGE — urgence ', 'TRIAGE - emergency ') + g.org(cat='health'), T('Arrivée : ', 'Arrival: ') + g.date() + ' ' + g.time() + '   ' + T('Priorité ', 'Priority ') +
         str(r.randint(2, 5)), '']
    L.append(T('Patient' + e_(pt) + ' : ', 'Patient: ') + g.n(pt, r.choice(['caps', 'rev'])) + '   ' + T('DDN ', 'DOB ') + g.dob(pt) + '   RAMQ ' + g.ramq(pt))
    L.append(T('Accompagné' + e_(pt) + ' de : ', 'Accompanied by: ') + g.n(acc, r.choice(['full', 'tfull'])) + ' (' + kin(g, acc, r.choice(['child', 'partner', 'sib', 'friend'])) +
             '), ' + g.phone())
    L.append(T('Médecin de famille : ', 'Family physician: ') + g.n(doc, 'dr') + ', ' + g.org(cat='health'))
    L.append(T('Pharmacie : ', 'Pharmacy: ') + g.org(cat='pharm') + ' — ' + g.phone(False))
    L.append('')
    L.append(T('Raison : ', 'Reason: ') + g.c('health') + ' ' + g.c('health'))
    L.append(T('Médication : ', 'Meds: ') + g.product('med') + ', ' + g.product('med'))
    L.append(T('Note : ', 'Note: ') + g.n(acc, 'given') + T(' rapporte que ', ' reports that ') + g.n(pt, r.choice(['given', 'tsur'])) +
             T(' vit seul' + e_(pt) + ' ', ' lives alone ') + g.addr_prose() + '. ' + g.c('health'))
    L.append('')
    L.append(T('Infirmi' + ('ère' if nurse.g == 'f' else 'er') + ' au triage : ', 'Triage nurse: ') + g.n(nurse, r.choice(['full', 'init', 'ginit'])))
    return '\n'.join(L)


# 19 ------------------------------------------------------------ youth protection report
def fam_youth(g):
    r, T = g.r, g.t
    kid, mo, fa, rep, wk = g.person(), g.person(g='f'), g.person(g='m'), g.person(), g.person()
    sib = g.person(sur_of=kid)
    g.dob(kid, minor=True), g.dob(sib, minor=True)
    L = [T('SIGNALEMENT — RÉCEPTION ET TRAITEMENT', 'REPORT - INTAKE') + ' — ' + g.fileno('dpj'), T('Reçu le ', 'Received ') + g.date() + ' ' + g.time(), '']
    L.append(T('Enfant visé : ', 'Child: ') + g.n(kid, r.choice(['caps', 'full'])) + ' (' + g.dob(kid) + ')')
    L.append(T('Fratrie : ', 'Siblings: ') + g.n(sib, 'full') + ' (' + g.dob(sib) + ')')
    L.append(T('Mère : ', 'Mother: ') + g.n(mo, 'full') + ', ' + g.addr() + ', ' + g.phone())
    L.append(T('Père : ', 'Father: ') + g.n(fa, 'full') + r.choice([', ' + T('adresse inconnue', 'address unknown'), ', ' + g.addr(), ', ' + T('réside à ', 'lives in ') + g.fcity()]))
    L.append(T('Signalant : ', 'Reporter: ') + g.n(rep, 'full') + ', ' + r.choice([T('enseignant' + e_(rep), 'teacher'), T('infirmi' + ('ère' if rep.g == 'f' else 'er') + ' scolaire', 'school nurse'),
                                                                              T('éducat' + ('rice' if rep.g == 'f' else 'eur') + ' en garderie', 'daycare educator')]) +
             T(' à ', ' at ') + g.org(cat='school') + ' — ' + g.phone(False) + g.ext())
    L.append('')
    if g.fr:
        L.append('Faits rapportés : ' + g.n(kid, 'given') + ' aurait dit à ' + g.n(rep, 'tsur') + ' que ' + g.n(fa, r.choice(['given', 'tsur'])) +
                 ' ' + r.choice(['le laisse seul le soir', 'crie et lance des objets', 'oublie de venir le chercher']) + '. ' + g.c('social'))
        L.append('Selon ' + g.n(rep, 'given') + ', la mère ' + r.choice(['semble dépassée', 'collabore bien', 'ne répond pas aux messages']) + '. ' + g.c('school'))
    else:
        L.append('Facts: ' + g.n(kid, 'given') + ' reportedly told ' + g.n(rep, 'tsur') + ' that ' + g.n(fa, r.choice(['given', 'tsur'])) + ' ' +
                 r.choice(['leaves him alone at night', 'yells and throws things', 'forgets to pick him up']) + '. ' + g.c('social'))
        L.append('According to ' + g.n(rep, 'given') + ', the mother ' + r.choice(['seems overwhelmed', 'cooperates well', 'does not return calls']) + '. ' + g.c('school'))
    L.append(T('Décision : ', 'Decision: ') + r.choice([T('retenu, code 2', 'retained, code 2'), T('non retenu', 'not retained'), T('retenu, code 1', 'retained, code 1')]) +
             ' — ' + g.law('jeunesse', 'Youth', 'N-1.1', 'S-2.1'))
    L.append(T('Traité par ', 'Processed by ') + g.n(wk, r.choice(['full', 'init'])))
    return '\n'.join(L)


# 20 ------------------------------------------------------------ newcomer / immigration support
def fam_newcomer(g):
    r, T = g.r, g.t
    o = r.choice(['haiti', 'maghreb', 'leban', 'viet', 'china', 'korea', 'filip', 'latam', 'portu', 'romania', 'ukru', 'iran', 'sasia', 'wcafr', 'horn'])
    c = g.person(origin=o)
    sp = g.person(origin=o, g='m' if c.g == 'f' else 'f')
    par = g.person(origin=o, sur_of=c)
    wk = g.person()
    L = [r.choice([T('Accompagnement — personnes immigrantes', 'Newcomer support'), T('Suivi — demandeur d\'asile', 'Follow-up - asylum claimant'),
                   T('Note d\'intégration', 'Integration note')]) + ' — ' + g.date(), '']
    if g.fr:
        L.append(g.n(c, r.choice(['tfull', 'full'])) + ', né' + e_(c) + ' le ' + g.dob(c) + ' à ' + g.fcity() + ', est arrivé' + e_(c) + ' ' +
                 g.org('à', 'travel') + ' le ' + g.date() + ' avec ' + poss_fr(kin(g, sp, 'partner')) + ', ' + g.n(sp, 'full') + '. ' + g.c('social'))
        L.append('Passeport : ' + g.passport(foreign=r.random() < 0.6) + ' ; permis de travail en attente. NAS temporaire : ' + g.nas() + '.')
        L.append('Adresse dans le pays d\'origine : ' + g.faddr() + '. ' + poss_fr(kin(g, par, 'parent')).capitalize() + ', ' + g.n(par, 'full') +
                 ', y habite toujours et est joignable au ' + g.phone(True) + '.')
        L.append('Hébergement actuel : ' + g.addr(city=True, pc=r.random() < 0.5) + '. Cellulaire : ' + g.phone(False) + '.')
        if r.random() < 0.5:
            L.append('Transfert d\'argent vers le compte ' + g.iban() + ' (' + g.amount() + ' par mois). ' + g.wd())
        L.append('Prochaines étapes : cours de francisation les ' + g.weekday(True) + ', inscription à ' + g.product('system') + '. ' + g.c('admin'))
        L.append('')
        L.append(g.n(wk, 'full') + ', ' + r.choice(['agente d\'intégration', 'conseiller en immigration', 'intervenante']))
    else:
        L.append(g.n(c, r.choice(['tfull', 'full'])) + ', born ' + g.dob(c) + ' in ' + g.fcity() + ', arrived at ' + g.org(cat='travel') + ' on ' + g.date() +
                 ' with ' + his(c) + ' ' + kin(g, sp, 'partner') + ', ' + g.n(sp, 'full') + '. ' + g.c('social'))
        L.append('Passport: ' + g.passport(foreign=r.random() < 0.6) + '; work permit pending. Temporary SIN: ' + g.nas() + '.')
        L.append('Address in the home country: ' + g.faddr() + '. ' + his(c).capitalize() + ' ' + kin(g, par, 'parent') + ', ' + g.n(par, 'full') +
                 ', still lives there and can be reached at ' + g.phone(True) + '.')
        L.append('Current lodging: ' + g.addr(city=True, pc=r.random() < 0.5) + '. Cell: ' + g.phone(False) + '.')
        if r.random() < 0.5:
            L.append('Money transfers to account ' + g.iban() + ' (' + g.amount() + ' a month). ' + g.wd())
        L.append('Next steps: French classes on ' + g.weekday(True) + ', registration with ' + g.product('system') + '. ' + g.c('admin'))
        L.append('')
        L.append(g.n(wk, 'full') + ', ' + r.choice(['integration officer', 'immigration counsellor', 'community worker']))
    return '\n'.join(L)


# 21 ------------------------------------------------------------ road collision report
def fam_collision(g):
    r, T = g.r, g.t
    d1, d2, own, wit, off = (g.person() for _ in range(5))
    L = [T('RAPPORT D\'ACCIDENT — RÉSUMÉ', 'COLLISION REPORT - SUMMARY') + ' ' + g.fileno('police'), T('Lieu : ', 'Location: ') +
         T('intersection ', 'corner of ') + g.street_ref('de') + T(' et ', ' and ') + g.street_ref('de') + ', ' + D(g.pick('city'), 'PLACE'),
         T('Date : ', 'Date: ') + g.date_long() + ' ' + g.time(), '']
    for i, (dr, veh) in enumerate(zip((d1, d2), r.sample(SPLIT['veh_' + g.lang][g.m], 2))):
        L.append(T('Véhicule ', 'Vehicle ') + str(i + 1) + ' : ' + veh + T(', plaque ', ', plate ') + g.plate())
        L.append(T('  Conductrice' if dr.g == 'f' else '  Conducteur', '  Driver') + ' : ' + g.n(dr, r.choice(['caps', 'rev'])) + T(', permis ', ', licence ') +
                 g.licence(dr) + ', ' + g.dob(dr) + ', ' + g.phone())
        if i == 1 and r.random() < 0.5:
            L.append(T('  Propriétaire : ', '  Owner: ') + g.n(own, 'full') + ', ' + g.addr())
    L.append(T('Assureur : réclamation no ', 'Insurer: claim no. ') + g.fileno('claim'))
    L.append('')
    if g.fr:
        L.append('Description : le véhicule 1 circulait ' + r.choice(['vers le nord', 'vers l\'est']) + ' lorsque ' + g.n(d2, r.choice(['tsur', 'given'])) +
                 ' a omis de céder le passage. ' + g.c('police') + ' Le témoin ' + g.n(wit, r.choice(['full', 'tfull'])) + ' (' + g.phone(False) + ') confirme.')
        L.append(g.law('routière', 'C.s.r.') + '. ' + g.c('police'))
        L.append('Agent' + e_(off) + ' ' + g.n(off, r.choice(['sur', 'full'])))
    else:
        L.append('Description: vehicle 1 was heading ' + r.choice(['north', 'east']) + ' when ' + g.n(d2, r.choice(['tsur', 'given'])) +
                 ' failed to yield. ' + g.c('police') + ' Witness ' + g.n(wit, r.choice(['full', 'tfull'])) + ' (' + g.phone(False) + ') confirms.')
        L.append(g.law('Highway', 'Criminal') + '. ' + g.c('police'))
        L.append('Officer ' + g.n(off, r.choice(['sur', 'full'])))
    return '\n'.join(L)


# 22 ------------------------------------------------------------ access-to-information request log
def fam_atilog(g):
    r, T = g.r, g.t
    L = [T('Registre des demandes d\'accès', 'Access request register') + ' — ' + g.bodyname() + ' — ' + g.month() + ' ' + g.year(2024, 2026), '']
    for i in range(r.randint(3, 6)):
        p = g.person()
        mode = r.random()
        who = g.n(p, r.choice(['rev', 'caps', 'full']))
        if mode < 0.3:
            who += ' (' + T('pour ', 'for ') + g.n(g.person(sur_of=p if r.random() < 0.5 else None), 'full') + ')'
        contact = r.choice([g.email(p), g.phone(), g.addr(city=True, pc=r.random() < 0.5)])
        L.append('%s | %s | %s | %s | %s' % (g.fileno(), g.date(fmt='{y}-{mm}-{dd}'), who, contact,
                                             r.choice([T('accordée', 'granted'), T('refusée en partie (', 'partly refused (') + g.law('accès', 'Access', 'A-2.1') + ')',
                                                       T('en traitement', 'in progress'), T('transférée', 'transferred')])))
    L.append('')
    L.append(T('Responsable : ', 'Officer: ') + g.n(g.person(), 'full') + ' — ' + g.tollfree())
    return '\n'.join(L)


# 23 ------------------------------------------------------------ IT help-desk ticket
def fam_helpdesk(g):
    r, T = g.r, g.t
    req, tech, mgr = g.person(), g.person(), g.person()
    tk = g.fileno('ticket')
    L = [T('Billet ', 'Ticket ') + tk + ' — ' + g.product(r.choice(['app', 'system'])), T('Demandeur : ', 'Requester: ') + g.n(req, r.choice(['rev', 'full'])) + ' <' + g.email(req, staff=True) + '>, ' +
         T('poste ', 'ext. ') + str(r.randint(2000, 7999)), T('Assigné à : ', 'Assigned to: ') + g.n(tech, 'full'), T('Ouvert : ', 'Opened: ') + g.date() + ' ' + g.time(), '']
    L.append(T('Description : ', 'Description: ') + r.choice([T('Impossible d\'ouvrir ', 'Cannot open '), T('Erreur de synchronisation avec ', 'Sync error with '),
                                                                T('Demande d\'accès à ', 'Access request to ')]) + g.product(r.choice(['app', 'system'])) + '. ' + g.c('admin'))
    L.append('')
    L.append(g.date() + ' ' + g.time() + ' — ' + g.n(tech, r.choice(['given', 'full'])) + ' : ' +
             T('Appelé ', 'Called ') + g.n(req, r.choice(['given', 'tsur'])) + T(' au ', ' at ') + g.phone(False) + g.ext() + T(', pas de réponse.', ', no answer.'))
    L.append(g.date() + ' ' + g.time() + ' — ' + g.n(req, r.choice(['given', 'full'])) + ' : ' +
             T('Mon gestionnaire ', 'My manager ') + g.n(mgr, r.choice(['full', 'tsur'])) + T(' approuve l\'accès. ', ' approves the access. ') +
             T('Mon cellulaire : ', 'My cell: ') + g.phone(False))
    L.append(g.date() + ' ' + g.time() + ' — ' + g.n(tech, 'given') + ' : ' + T('Résolu. Voir aussi ', 'Resolved. See also ') + g.fileno('ticket') + '.')
    return '\n'.join(L)


# 24 ------------------------------------------------------------ survey / comment export
def fam_survey(g):
    r, T = g.r, g.t
    L = [T('Sondage de satisfaction — commentaires libres', 'Satisfaction survey - open comments') + ' (' + g.org(cat='health') + ')', '']
    for i in range(r.randint(3, 6)):
        k = r.random()
        staff = g.person()
        if k < 0.35:
            t = T('Merci à ', 'Thanks to ') + g.n(staff, r.choice(['given', 'tgiven', 'full'])) + T(' à l\'accueil, très patient' + e_(staff) + '!', ' at the front desk, very patient!')
        elif k < 0.6:
            t = g.c(r.choice(['health', 'admin'])) + ' ' + T('Par contre ', 'However ') + g.n(staff, r.choice(['tsur', 'given'])) + T(' ne m\'a jamais rappelé.', ' never called me back.')
        elif k < 0.8:
            t = T('Stationnement trop cher (', 'Parking too expensive (') + g.amount(9, 45) + T(' pour 2 h).', ' for 2 hours).') + ' ' + g.wd()
        else:
            me = g.person()
            t = T('Vous pouvez me contacter : ', 'You can contact me: ') + g.n(me, r.choice(['full', 'given'])) + ', ' + r.choice([g.phone(), g.email(me)])
        if r.random() < 0.3:
            t = t.lower()
        L.append('#%d [%s] %s' % (i + 1, r.choice(['★★★★★', '★★★☆☆', '★☆☆☆☆', '4/5', '2/5']), t))
    return '\n'.join(L)


# 25 ------------------------------------------------------------ payroll / expense note
def fam_payroll(g):
    r, T = g.r, g.t
    e, appr, clerk = g.person(), g.person(), g.person()
    L = [r.choice([T('Réclamation de dépenses', 'Expense claim'), T('Changement de dépôt direct', 'Direct deposit change'), T('Note à la paie', 'Payroll note')]) +
         ' — ' + g.fileno(), '']
    L.append(T('Employé' + e_(e) + ' : ', 'Employee: ') + g.n(e, r.choice(['caps', 'rev'])) + T(' — matricule ', ' - employee no. ') + str(r.randint(10000, 99999)))
    L.append(T('NAS : ', 'SIN: ') + g.nas())
    L.append(T('Nouveau compte : ', 'New account: ') + g.bank())
    if r.random() < 0.7:
        L.append(T('Frais de ', 'Expenses of ') + g.amount() + T(' payés avec la carte ', ' paid with card ') + g.card() + T(' (exp. ', ' (exp. ') +
                 '%02d/%02d' % (r.randint(1, 12), r.randint(26, 31)) + ')')
    L.append(T('Déplacement : ', 'Travel: ') + g.region() + ' → ' + g.region() + ', ' + str(r.randint(40, 900)) + ' km, ' + g.date())
    L.append(T('Approuvé par : ', 'Approved by: ') + g.n(appr, r.choice(['full', 'tfull', 'init'])) + ', ' + g.date())
    L.append(g.c('admin'))
    L.append(T('Traité par ', 'Processed by ') + g.n(clerk, r.choice(['full', 'given'])) + ' — ' + g.phone(False) + g.ext())
    return '\n'.join(L)


# 26 ------------------------------------------------------------ housing office / neighbour dispute
def fam_tenant(g):
    r, T = g.r, g.t
    t1, t2, t3, jan, agent = (g.person() for _ in range(5))
    L = [T('Office d\'habitation — note de gestion locative', 'Housing office - tenancy note') + ' — ' + g.date(), '']
    L.append(T('Immeuble : ', 'Building: ') + g.addr(city=True, pc=r.random() < 0.5, unit=False))
    if g.fr:
        L.append('Plainte de ' + g.n(t1, r.choice(['tfull', 'full'])) + ' (app. ' + str(r.randint(1, 24)) + ') contre ' + g.n(t2, r.choice(['tsur', 'full'])) +
                 ' (app. ' + str(r.randint(1, 24)) + ') pour ' + r.choice(['bruit après 23 h', 'odeurs de cannabis', 'sac à ordures dans le corridor']) + '. ' + g.c('inspect'))
        L.append('Le concierge, ' + g.n(jan, r.choice(['full', 'given'])) + ', confirme. ' + g.n(t3, 'tfull') + ', ' + kin(g, t3, 'neigh') + ' d\'en face, dit ne rien entendre. ' + g.wd())
        L.append('Retard de loyer ' + de(g.n(t2, 'sur')) + ' : ' + g.amount(300, 4800) + ' au ' + g.date() + '. Entente de paiement proposée ; ' + g.law('logement', 'C.c.Q') + '.')
        L.append('Coordonnées ' + de(g.n(t1, 'given')) + ' : ' + g.phone() + (', ' + g.email(t1) if r.random() < 0.5 else '') + '.')
        L.append('Agent' + e_(agent) + ' : ' + g.n(agent, 'full'))
    else:
        L.append('Complaint from ' + g.n(t1, r.choice(['tfull', 'full'])) + ' (apt ' + str(r.randint(1, 24)) + ') against ' + g.n(t2, r.choice(['tsur', 'full'])) +
                 ' (apt ' + str(r.randint(1, 24)) + ') about ' + r.choice(['noise after 11 p.m.', 'cannabis smell', 'garbage bags in the hallway']) + '. ' + g.c('inspect'))
        L.append('The janitor, ' + g.n(jan, r.choice(['full', 'given'])) + ', confirms. ' + g.n(t3, 'tfull') + ', the neighbour across, hears nothing. ' + g.wd())
        L.append(g.n(t2, 'poss') + ' rent arrears: ' + g.amount(300, 4800) + ' as of ' + g.date() + '. Payment plan offered; ' + g.law('C.C.Q') + '.')
        L.append(g.n(t1, 'poss') + ' contact: ' + g.phone() + (', ' + g.email(t1) if r.random() < 0.5 else '') + '.')
        L.append('Agent: ' + g.n(agent, 'full'))
    return '\n'.join(L)


# 27 ------------------------------------------------------------ calendar / agenda export
def fam_agenda(g):
    r, T = g.r, g.t
    owner = g.person()
    L = [T('Agenda de ', 'Calendar of ') + g.n(owner, 'full') + ' — ' + g.date_long(), '']
    h = r.randint(8, 9)
    for _ in range(r.randint(4, 6)):
        p = g.person()
        a, b = h, h + r.choice([0, 1])
        k = r.random()
        if k < 0.3:
            what = T('Rencontre avec ', 'Meeting with ') + g.n(p, r.choice(['tfull', 'full', 'tsur']))
        elif k < 0.5:
            what = T('Visite à domicile — ', 'Home visit - ') + g.n(p, r.choice(['full', 'rev'])) + ', ' + g.addr(city=r.random() < 0.5)
        elif k < 0.7:
            what = T('Appel ', 'Call ') + g.n(p, r.choice(['tsur', 'given'])) + ' ' + g.phone()
        elif k < 0.85:
            what = T('Comité clinique', 'Clinical committee') + ' — ' + g.org()
        else:
            what = T('Formation ', 'Training ') + g.product(r.choice(['app', 'system']))
        L.append(g.time(a, r.choice([0, 15])) + ' – ' + g.time(b, r.choice([30, 45])) + '  ' + what)
        h = b + 1
    return '\n'.join(L)


# 28 ------------------------------------------------------------ long-term care visitor log
def fam_visitlog(g):
    r, T = g.r, g.t
    L = [T('Registre des visiteurs — ', 'Visitor log - ') + g.org(cat='health') + ' — ' + g.date(), '',
         T('Heure | Visiteur | Résident | Lien | Tél.', 'Time | Visitor | Resident | Relation | Phone')]
    res = [g.person() for _ in range(3)]
    for _ in range(r.randint(4, 7)):
        rp = r.choice(res)
        v = g.person(sur_of=rp if r.random() < 0.4 else None)
        L.append(' | '.join([g.time(), g.n(v, r.choice(['full', 'rev', 'lowfull'])), g.n(rp, r.choice(['tsur', 'full', 'sur'])),
                             kin(g, v, r.choice(['child', 'sib', 'friend', 'gp', 'cousin'])), g.phone() if r.random() < 0.8 else '—']))
    L.append('')
    L.append(T('Note : ', 'Note: ') + g.n(res[0], 'tsur') + T(' a reçu un colis de ', ' received a parcel from ') + g.fcity() + '. ' + g.c('health'))
    return '\n'.join(L)


# 29 ------------------------------------------------------------ reference check (HR)
def fam_refcheck(g):
    r, T = g.r, g.t
    cand, ref, rec = g.person(), g.person(), g.person()
    L = [T('Vérification des références', 'Reference check') + ' — ' + T('poste ', 'position ') + g.fileno(), '']
    L.append(T('Candidat' + e_(cand) + ' : ', 'Candidate: ') + g.n(cand, r.choice(['full', 'caps'])) + (' — ' + g.email(cand) if r.random() < 0.5 else ''))
    L.append(T('Référence : ', 'Referee: ') + g.n(ref, r.choice(['tfull', 'full'])) + ', ' + r.choice([T('ancienne gestionnaire', 'former manager'), T('coordonnateur', 'coordinator')]) +
             T(' chez ', ' at ') + g.org(cat=r.choice(['health', 'school'])) + ' — ' + g.phone() + g.ext())
    L.append(T('Appel du ', 'Call on ') + g.date() + T(' à ', ' at ') + g.time() + T(' par ', ' by ') + g.n(rec, 'full'))
    L.append('')
    if g.fr:
        L.append('Q : Depuis combien de temps connaissez-vous ' + g.n(cand, r.choice(['tsur', 'given', 'full'])) + '?')
        L.append('R : Depuis ' + g.year(2010, 2022) + '. ' + g.n(cand, 'given') + ' ' + r.choice(['était toujours ponctuel' + e_(cand), 'a su gérer des situations difficiles', 'travaille bien en équipe']) + '. ' + g.c('work'))
        L.append('Q : Le réembaucheriez-vous?')
        L.append('R : ' + r.choice(['Oui, sans hésiter.', 'Probablement, oui.', 'Je préfère ne pas répondre.']) + ' ' + g.wd())
    else:
        L.append('Q: How long have you known ' + g.n(cand, r.choice(['tsur', 'given', 'full'])) + '?')
        L.append('A: Since ' + g.year(2010, 2022) + '. ' + g.n(cand, 'given') + ' ' + r.choice(['was always on time', 'handled difficult situations well', 'works well in a team']) + '. ' + g.c('work'))
        L.append('Q: Would you rehire?')
        L.append('A: ' + r.choice(['Yes, without hesitation.', 'Probably, yes.', 'I would rather not say.']) + ' ' + g.wd())
    return '\n'.join(L)


FAMILIES = [fam_casenote, fam_email_thread, fam_email_fwd, fam_call, fam_minutes, fam_complaint, fam_hr, fam_school,
            fam_police, fam_inspection, fam_tribunal, fam_sms, fam_teamchat, fam_table, fam_kv, fam_voicemail, fam_jotted,
            fam_triage, fam_youth, fam_newcomer, fam_collision, fam_atilog, fam_helpdesk, fam_survey, fam_payroll, fam_tenant,
            fam_agenda, fam_visitlog, fam_refcheck]
FAMILY_WEIGHT = [3, 3, 2, 2.5, 2, 2, 2, 2, 2, 1.5, 1.5, 2.5, 1.5, 2, 2, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1, 1, 1, 1, 1.5, 1, 1, 1]


# ======================================================================= main
def make_doc(rng, mode, i, seed):
    for _ in range(30):
        lang = 'fr' if rng.random() < 0.6 else 'en'
        fam = rng.choices(FAMILIES, weights=FAMILY_WEIGHT)[0]
        g = G(rng, mode, lang)
        marked = fam(g)
        marked = re.sub(r'[ \t]+\n', '\n', marked)
        text, spans, vals = assemble(marked)
        if 200 <= len(text) <= 3200:
            break
    b = text.encode()
    prev = 0
    for sp, v in zip(spans, vals):
        seg = b[sp['start']:sp['end']].decode()
        assert seg == v and seg == seg.strip() and seg, (seg, v)
        assert sp['start'] >= prev, 'overlapping spans'
        prev = sp['end']
    return {'id': 'indep9-%s-%d-%04d' % (mode, seed, i), 'lang': lang, 'family': fam.__name__[4:], 'text': text, 'spans': spans}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.exit(__doc__)
    mode, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random('indep9:%s:%d' % (mode, seed))
    w = sys.stdout
    for i in range(count):
        w.write(json.dumps(make_doc(rng, mode, i, seed), ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
