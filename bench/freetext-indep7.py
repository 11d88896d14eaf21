#!/usr/bin/env python3
"""freetext-indep7.py -- independent generator of synthetic, labelled
free-text records of a Quebec public body (French and English), used to
measure how well a redaction engine generalises to text it was not tuned on.

Provenance: written from scratch by a helper session that read ONLY
bench/freetext-score.py (to match its input format).  No other project file
(redaction engine, tests, other generators, benchmark notes) was read, and no
redaction tool was run while writing it.  Every list, template and sentence
below is original to this file.

Usage:
    python3 bench/freetext-indep7.py W|H COUNT SEED > docs.jsonl
    python3 bench/freetext-indep7.py --check

Output: JSON Lines, one document per line:
    {"id": "indep7-W-00001", "lang": "fr"|"en", "family": "...", "text": "...",
     "spans": [{"kind": "pii"|"decoy"|"content", "type": "...",
                "start": S, "end": E}, ...]}
start/end are BYTE offsets into text.encode('utf-8') (freetext-score.py
slices text.encode() with them and compares against the tool's byte spans).

Families (about 60 % French): email (threads, quoted replies, forwarded
headers, greetings, signatures), voicemail (automatic transcription, lower
case, no punctuation, spelled-out names), complaint (letters and web forms),
chat (Teams / SMS exports with time stamps), interview (Q:/R:, speaker
initials), homevisit (social-work notes, family members with ages), tax
(Revenu Quebec / CRA style file notes), statement (witness statements and
incident narratives).

Held-out split: the layouts and phrase pools of every family and language,
and every list (given names and surnames of each origin, organisations,
places, cities, regions, streets, law references, content sentences, e-mail
domains, roles, subjects, greetings...) are cut in two disjoint halves.  W
uses only the first half of each, H only the second half.  Identifier
*formats* (phone layouts, SIN grouping, date formats...) are shared by both.

Labelling conventions:
- pii types: PERSON PHONE EMAIL SIN RAMQ ADDRESS POSTAL_CODE DOB PASSPORT CARD
  ACCOUNT LICENCE.
- PERSON covers the name only; titles and honorifics (M., Mme, Mlle, Dr, Dre,
  Me, Mr., Mrs., Ms., Miss, monsieur, madame, Sr, Father, Nurse, Constable,
  Sgt, agent/agente) stay outside.  French "M. Poulin": span "Poulin".  Real
  initials ("J. Poulin", "J.-F. Gagnon", "(J.T.)") are inside.  A possessive
  "'s" is outside.  Speaker labels that are names or initials are PERSON; role
  labels ("Agent :", "Caller:") are nothing.  A spelled-out name in a
  voicemail ("t-r-e-m-b-l-a-y") is its own PERSON span.
- ADDRESS = civic number + street (+ unit) only; city is a CITY decoy, postal
  code its own POSTAL_CODE span, the province is unlabelled.
- Bank institution and transit numbers are unlabelled; only the account
  number is ACCOUNT.  Phone extensions are outside PHONE, unlabelled.
- DOB covers the date (or the year alone in "b. 1990" / "né en 1990").
- decoys (to be kept): ORG PLACE CITY REGION STREET (street without civic
  number) LAW FILE TOLLFREE AMOUNT DATE (ordinary dates).  Organisations and
  places named after persons are ONE decoy span, never PERSON.
- content: CONTENT spans are ordinary sentences without identifiers (to be
  kept), many containing words that are also names (la pierre, a rose...).
"""
import hashlib
import json
import math
import random
import re
import sys
import unicodedata


def L(s, sep=','):
    out = []
    for x in s.split(sep):
        x = x.strip()
        if x:
            out.append(x)
    return out


def LN(s):
    return [x.replace('\\n', '\n') for x in L(s, '\n')]


# ---------------------------------------------------------------------------
# Names.  Per origin: male given, female given, surnames.  A leading '*'
# marks a surname that is also an ordinary French or English word.
# ---------------------------------------------------------------------------
ORIGINS = [
    ('frca', 34,
     "Jean-François, Marc-André, Jean-Philippe, Mathieu, Sébastien, Guillaume, Étienne, Maxime, Alexandre, Simon, Olivier, Nicolas, Luc, Gilles, Réjean, Gaétan, Yvon, Normand, Denis, Serge, Benoît, Frédéric, Jérôme, Vincent, Félix, Louis, Samuel, Gabriel, Raphaël, Antoine, Hugo, Émile, Théo, Jacques, Michel, Claude, Rémi, Pascal, Sylvain, Pierre, Ghislain, Jean-Guy",
     "Marie-Ève, Geneviève, Isabelle, Nathalie, Chantal, Josée, Sylvie, Mélanie, Julie, Catherine, Valérie, Émilie, Audrey, Stéphanie, Karine, Annie, Véronique, Marie-Claude, Anne-Marie, Lucie, Ginette, Francine, Diane, Monique, Louise, Jacinthe, Manon, Brigitte, Maude, Roxanne, Camille, Léa, Chloé, Florence, Rosalie, Béatrice, Noémie, Océane, Justine, Solange, Marie-Pier, Gisèle",
     "Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, Bélanger, Lévesque, Bergeron, *Leblanc, Paquette, Girard, Simard, *Boucher, Caron, Beaulieu, Cloutier, Dubé, *Poirier, Fournier, Lapointe, Leclerc, Lefebvre, Poulin, Thibault, St-Pierre, Nadeau, Martel, Gilbert, Hamel, Desjardins, *Boulanger, *Lapierre, *Petit, *Charpentier, *Meunier, *Marchand, *Chevalier, *Lamontagne, *Larose, *Lafleur, *Lacroix, *Lachance, *Lajoie, *Lebrun, *Lenoir, *Legrand, Bonneau, Vaillancourt, Bérubé, *Larivière, Desrosiers, *Laforest, Labonté, Beauchemin, *Lemieux, *Boisvert, Demers, Turcotte, Dufour, *Paradis, Sauvageau, *Cardinal, *Berger, *Fontaine, *Dubois, *Lévêque, *Messier, Beaudoin, *Lamarche, Thériault, *Sauvé, *Bonhomme"),
    ('en', 10,
     "James, John, Robert, Michael, William, David, Richard, Thomas, Christopher, Daniel, Matthew, Andrew, Joshua, Kevin, Brian, Steven, Edward, Ryan, Jason, Gary, Timothy, Jeffrey, Scott, Eric, Stephen, Justin, Brandon, Gregory, Benjamin, Nathan, Tyler, Zachary, Ethan, Owen, Liam, Noah, Graham, Wesley, Harold, Dylan, Jack, Frank, Will, Dean, Grant, Miles, Chase, Rusty",
     "Mary, Jennifer, Elizabeth, Susan, Jessica, Sarah, Karen, Nancy, Lisa, Betty, Margaret, Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Carol, Amanda, Melissa, Deborah, Rebecca, Laura, Sharon, Cynthia, Kathleen, Amy, Shirley, Angela, Helen, Brenda, Pamela, Hope, Grace, Faith, Joy, Rose, April, June, Holly, Heather, Ivy, Dawn, Kim, Summer, Amber, Ruby, Pearl, Iris, Lily",
     "Smith, Johnson, Williams, *Brown, Jones, *Miller, Davis, Wilson, Anderson, *Taylor, *Moore, Jackson, *White, Harris, Clark, Lewis, *Young, *King, *Wright, *Hill, *Green, *Baker, *Hall, Adams, Nelson, *Carter, Mitchell, *Page, *Rose, *Park, *Hope, *Grace, *Cook, *Bell, *Wood, *Stone, *Fox, *Bird, *Hunter, *Fisher, *Mason, *Porter, *Knight, *Price, *Little, *Long, *Rivers, *Banks, *Frost, *Snow, *Winter, *Day, *Sweet, *Hardy, *Wise, *Strong, *Church, *Marsh, *Field, *Lamb, *Bishop, *Chambers, *Walker, *Turner, *Cooper, *Ward, *Gray, *Black, *Steward, *Shepherd"),
    ('ie', 5,
     "Patrick, Sean, Connor, Declan, Brendan, Kieran, Ciaran, Padraig, Eoin, Cormac, Fergus, Angus, Hamish, Callum, Ronan, Niall, Aidan, Darragh, Colm, Seamus",
     "Siobhan, Aoife, Niamh, Orla, Saoirse, Ciara, Sinead, Maeve, Roisin, Bridget, Fiona, Eileen, Moira, Deirdre, Caitlin, Brigid, Nuala, Eithne, Shauna, Clodagh",
     "O'Brien, O'Neill, O'Connor, McCarthy, McDonald, McLeod, MacDougall, Murphy, Kelly, Walsh, Byrne, Doyle, Kennedy, Quinn, Gallagher, Fitzgerald, Sullivan, O'Reilly, McKenna, Brennan, Donovan, Flanagan, *Keane, Lynch, *Boyle, Duffy, Nolan, Hogan, Campbell, Fraser, *Stewart, Sinclair, Cameron, Munro, MacLean, McNeil, Galbraith, Rafferty, O'Sullivan, McGrath"),
    ('ht', 7,
     "Wilner, Jocelyn, Fritz, Makenson, Wesner, Frantz, Ernst, Rodney, Guerby, Kervens, Widlin, Stevenson, Junior, Lesly, Dieudonné, Jimmy, Réginald, Evens, Wilson-Pierre, Ricot",
     "Mirlande, Nadège, Marjorie, Guerline, Rose-Andrée, Fabienne, Widline, Darline, Myrlande, Roseline, Nadine, Islande, Woodline, Johanne, Marie-Carmel, Kettly, Farah, Sabine, Mireille, Rose-Merline",
     "Jean-Baptiste, Pierre-Louis, Saint-Fleur, Joseph, Charles, Augustin, Dorval, Célestin, *Désir, *Lafortune, Bien-Aimé, Toussaint, Jean-Louis, Estimé, Dorélien, Exantus, Fils-Aimé, *Laguerre, Mompremier, *Pierre, Petit-Frère, Valcourt, Alexis, Beauséjour, Casséus, *Destin, Dieujuste, *Noël, *Jolicoeur, Laurent, Sylvain, Milord, *Prophète, Fleurant, Métellus, Delva, *Jeune, Belizaire, *Mérite, Saintil"),
    ('ar', 7,
     "Mohamed, Ahmed, Karim, Youssef, Mehdi, Samir, Rachid, Nabil, Omar, Hamza, Amine, Bilal, Tarek, Walid, Hicham, Khalid, Mourad, Sofiane, Riad, Anis, Yacine",
     "Fatima, Amina, Nadia, Samira, Leila, Yasmine, Salma, Meriem, Khadija, Imane, Houda, Rania, Nour, Zineb, Lina, Ines, Amel, Hiba, Dounia, Asma, Sihem",
     "Benali, Ben Salah, Bouchareb, Haddad, Khoury, Mansour, Saidi, Cherif, Ait Ahmed, Ait Ouali, El Amrani, Belkacem, Boudiaf, Hamdi, Trabelsi, Zerrouki, al-Masri, al-Hashimi, Nasser, Aziz, Benjelloun, Bennani, Lahlou, Tazi, El Idrissi, Mekki, Sabri, Dahmani, Mebarki, Boukhari, Fares, Kaddour, Chaouch, Hadj-Ali, Abdallah, Salem, Jaber, Karam, Najjar, ben Amor"),
    ('vn', 5,
     "Minh, Hai, Duc, Tuan, Quang, Thanh, Hung, Dung, Khoa, Phuc, Bao, Vinh, Nam, Trung, Hieu, Son, Tien, Cuong, Dat, Long",
     "Mai, Linh, Lan, Huong, Thu, Hoa, Ngoc, Trang, Phuong, Thao, Hanh, Hien, Nhung, Yen, Anh, Nga, Diep, Thuy, My, Xuan",
     "Nguyen, Tran, *Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, *Do, *Ho, Ngo, Duong, Ly, Truong, Dinh, *Lam, Trinh, Luong, *Ta, Cao, Quach, Ton, Kieu, Chau, Thai, *La, Doan, Vuong, Nghiem, Lai, *Ha, Khuu, Tieu, Giang, Mac, Ong, Lu"),
    ('cn', 5,
     "Wei, Jun, Hao, Lei, Tao, Ming, Jian, Bo, Feng, Qiang, Yong, Zhiwei, Xiaoming, Kai, Peng, Jie, Bin, Haoran, Zihan, Yifan",
     "Xiu, Mei, Ying, Jing, Yan, Fang, Hui, Xia, Juan, Ling, Qing, Yun, Xin, Lihua, Xiaoyan, Meiling, Shu, Ning, Wen, Jiayi",
     "Wang, *Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, *Sun, *Ma, Zhu, Hu, Guo, *He, Lin, Gao, Luo, Zheng, Liang, Xie, *Song, Tang, Deng, *Han, Cao, Zeng, Xiao, Tian, Dong, Yuan, *Pan, Cai, Jiang, Wong, *Chan, Leung, Cheung, Lau, Ng, Fong, Yip, Kwan"),
    ('la', 6,
     "José, Juan, Carlos, Luis, Jorge, Miguel, Alejandro, Diego, Andrés, Javier, Fernando, Ricardo, Eduardo, Pablo, Mateo, Santiago, Sebastián, Gustavo, Hernán, Rodrigo",
     "María, Ana, Carmen, Lucía, Sofía, Valentina, Daniela, Gabriela, Mariana, Paola, Ximena, Guadalupe, Rosa, Alejandra, Verónica, Paula, Catalina, Marisol, Esperanza, Dolores, Luz",
     "García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Reyes, Morales, *Cruz, Ortiz, Gutiérrez, Chávez, Ramos, Vargas, Castillo, Jiménez, Moreno, Romero, Herrera, Medina, Aguilar, Vega, Castro, Mendoza, Ruiz, Álvarez, *Paz, Delgado, Soto, Contreras, Fuentes, Navarro, Salazar, Cortés, Campos, del Valle, de León, del Río"),
    ('pt', 4,
     "João, António, Manuel, Joaquim, Rui, Nuno, Tiago, Duarte, Gonçalo, Vasco, Afonso, Bruno, Sérgio, Paulo, Hélder, Vítor, Artur, Marco, Armando, Fernão",
     "Inês, Beatriz, Leonor, Margarida, Conceição, Fátima, Rita, Joana, Teresa, Filipa, Sílvia, Graça, Madalena, Lurdes, Alda, Celeste, Natália, Rosário, Glória, Maria-João",
     "Silva, Santos, Ferreira, Pereira, Oliveira, *Costa, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, *Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, *Rocha, dos Reis, de Sousa, da Fonseca, Medeiros, Raposo, Furtado, Amaral, Cabral, Pacheco, *Leite, *Coelho, Pedroso, *Lobo"),
    ('gr', 4,
     "Giorgos, Dimitrios, Konstantinos, Nikolaos, Ioannis, Panagiotis, Vasilios, Christos, Athanasios, Spyros, Stavros, Kostas, Theodoros, Evangelos, Michalis, Petros, Yannis, Alexandros, Apostolos, Sotiris",
     "Eleni, Katerina, Vasiliki, Sofia, Georgia, Dimitra, Angeliki, Despina, Eirini, Paraskevi, Chrysoula, Athina, Stella, Fotini, Zoe, Anastasia, Theodora, Kalliopi, Voula, Xanthi",
     "Papadopoulos, Papadakis, Georgiou, Nikolaidis, Konstantinou, Dimitriou, Vlachos, Karagiannis, Pappas, Antonopoulos, Alexiou, Christodoulou, Economou, Galanis, Kostopoulos, Makris, Oikonomou, Panagiotou, Stavrou, Theodorou, Vasilakis, Zervas, Angelopoulos, Kyriakou, Lambrou, Mavros, Sarris, Tsakiris, Chronis, Demos"),
    ('it', 5,
     "Giuseppe, Giovanni, Antonio, Mario, Luigi, Francesco, Angelo, Vincenzo, Pietro, Salvatore, Carlo, Franco, Domenico, Paolo, Massimo, Roberto, Stefano, Alessandro, Lorenzo, Rocco, Enzo",
     "Giulia, Francesca, Chiara, Rosaria, Antonella, Lucia, Giovanna, Concetta, Carmela, Assunta, Annunziata, Elena, Silvia, Gina, Pina, Graziella, Nunzia, Serena, Bianca, Alessia",
     "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, *Greco, *Bruno, *Gallo, Conti, De Luca, Mancini, Giordano, Rizzo, Lombardi, Moretti, Barbieri, *Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, *Martini, *Leone, Longo, *Gentile, Martinelli, Vitale, Lombardo, *Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, *Villa, Ciampini, Di Stefano, *Grasso"),
    ('sa', 5,
     "Arjun, Rahul, Vikram, Amit, Sanjay, Rajesh, Suresh, Gurpreet, Manpreet, Ravi, Anil, Deepak, Imran, Faisal, Tariq, Kabir, Rohan, Aditya, Nikhil, Sandeep, Jaswinder",
     "Priya, Anjali, Deepa, Kavita, Sunita, Pooja, Neha, Divya, Shreya, Aisha, Sana, Ayesha, Meena, Lakshmi, Simran, Jaspreet, Nisha, Rekha, Shanti, Farzana",
     "Patel, Sharma, Singh, Kaur, Gupta, Kumar, *Shah, Mehta, Desai, Joshi, Reddy, Nair, Iyer, Rao, Chopra, Malhotra, Kapoor, Bhatt, Chaudhry, Khan, Hussain, Qureshi, Siddiqui, Rahman, Chowdhury, Das, Bose, Sen, Banerjee, Mukherjee, Grewal, Sandhu, *Gill, Dhillon, Sidhu, Pillai, Menon, Perera, Jayasuriya, Ahluwalia"),
    ('af', 6,
     "Kwame, Kofi, Kwabena, Yaw, Emeka, Chinedu, Oluwaseun, Babajide, Mamadou, Moussa, Ousmane, Ibrahima, Cheikh, Abdoulaye, Boubacar, Amadou, Jean-Claude, Désiré, Prosper, Innocent, Patrice, Fiston",
     "Ama, Akosua, Abena, Adwoa, Chiamaka, Ngozi, Adaeze, Folake, Aminata, Fatou, Mariama, Awa, Aïssatou, Ndeye, Khady, Grâce, Espérance, Clémentine, Joséphine, Divine, Merveille, Gloire",
     "Okafor, Okonkwo, Adeyemi, Mensah, Owusu, Boateng, Asante, Diallo, Ndiaye, Diop, *Sow, Ba, *Fall, Sy, Traoré, Coulibaly, Keita, Kamara, Touré, Cissé, Konaté, Camara, Nkemelu, Obi, Eze, Nwosu, Adebayo, Oyelaran, Mutombo, Lukusa, Tshibanda, Kalonji, Mukendi, Ilunga, Mbuyi, Nzeza, Kanza, Ngoy, Makiese, Bakari, Mwamba, Dembélé"),
    ('in', 4,
     "Lucassie, Tamusi, Jaaji, Tumasi, Adamie, Jobie, Pauloosie, Tivi, Qalingo, Kanatakta, Karonhiaktatie, Tekarontake, Kanenhariyo, Isaiah, Elijah, Abel, Ezekiel, Willie, Charlie, Johnny, Eliasie, Markusi, Simeonie, Moses",
     "Kahentinetha, Kaniehtiio, Skawennati, Elisapie, Alacie, Akinisie, Lizzie, Mina, Jeannie, Maggie, Nellie, Eva, Minnie, Louisa, Leah, Daisy, Winnie, Siasi, Ulluriaq, Tanya",
     "Ottawa, *Flamand, Awashish, Chilton, Petiquay, Quitich, Niquay, Moar, Coocoo, Newashish, Echaquan, Mattawa, *Bacon, Vollant, McKenzie, *Picard, St-Onge, *Rock, Ashini, Jourdain, Pinette, Mestokosho, Malec, Kanapé, Bosum, Coon Come, Mianscum, Neeposh, Petawabano, Iserhoff, Wapachee, Saganash, *Blacksmith, Shecapio, Matoush, *Diamond, *Otter, Diabo, *Deer, Jacobs, *Horn, Montour, *Cross, *Rice, Lazare, *Sky, *Goodleaf, Two-Axe, Annanack, Qumaluk, Nappaaluk, Tukalak, Kasudluak, Tulugak, Ittukallak, Koneak, Alaku, Papigatuk, Pootoogook, Nutaraluk"),
    ('ee', 4,
     "Andrei, Dmitri, Sergei, Ivan, Mikhail, Alexei, Oleksandr, Taras, Bogdan, Piotr, Tomasz, Krzysztof, Marek, Pavel, Jiří, Radu, Mihai, Vlad, Nikolai, Yuri, Stanislav, Ondřej",
     "Olga, Natalia, Svetlana, Irina, Tatiana, Oksana, Yulia, Anastasiya, Ekaterina, Agnieszka, Małgorzata, Katarzyna, Ewa, Magdalena, Ioana, Daria, Milena, Vesna, Ludmila, Zofia, Alina",
     "Ivanov, Petrov, Smirnov, Kuznetsov, Popov, Volkov, Sokolov, Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Novák, Dvořák, Popescu, Ionescu, Constantinescu, Horvat, Kovač, Babić, Petrović, Jovanović, Nagy, Kovács, Szabó, Tóth, *Moroz, Koval, Melnyk, Kravets, Hrytsenko, Dumitru, Stoica, *Lupu"),
    ('ph', 4,
     "Rodel, Jomar, Arnel, Ramil, Rey, Renato, Rogelio, Efren, Danilo, Ronaldo, Ferdinand, Emmanuel, Angelito, Marvin, Jayson, Jericho, Bong, Nonoy, Ariel, Reynaldo",
     "Maricel, Marites, Rowena, Lorna, Rosalinda, Analyn, Jennylyn, Maribel, Cherry, Precious, Lovely, Marilou, Charito, Imelda, Luzviminda, Erlinda, Remedios, Corazon, Divina, Jocelyn",
     "Bautista, Ocampo, Garcia, Dela Cruz, Villanueva, Aquino, Manalo, Dizon, Pascual, Soriano, *Mercado, Tolentino, *Salvador, *Domingo, Lacson, Macaraeg, Magbanua, Panganiban, Dimaculangan, Agbayani, Evangelista, Gatchalian, Lim, *Tan, Co, Yap, Bacani, Cabrera, Esguerra, Mangubat, Tumbaga, Pangilinan"),
]


def half_of(lst, h):
    k = (len(lst) + 1) // 2
    return lst[:k] if h == 'W' else lst[k:]


def _build_names():
    seen_g, seen_s = set(), set()
    giv = {'W': {}, 'H': {}}     # (origin, gender) -> list
    sur = {'W': {}, 'H': {}}
    common = set()
    all_g = {'W': set(), 'H': set()}
    for origin, _w, m, f, s in ORIGINS:
        for gender, txt in (('m', m), ('f', f)):
            lst = []
            for n in L(txt):
                if n.lower() not in seen_g:
                    seen_g.add(n.lower())
                    lst.append(n)
            for h in 'WH':
                giv[h][(origin, gender)] = half_of(lst, h)
                all_g[h].update(x.lower() for x in half_of(lst, h))
        lst = []
        for n in L(s):
            star = n.startswith('*')
            n = n.lstrip('*')
            if n.lower() not in seen_s:
                seen_s.add(n.lower())
                lst.append(n)
                if star:
                    common.add(n)
        for h in 'WH':
            sur[h][origin] = half_of(lst, h)
    # a string used as a name must not appear in both halves
    for h, o in (('W', 'H'), ('H', 'W')):
        for k in sur[h]:
            sur[h][k] = [x for x in sur[h][k] if x.lower() not in all_g[o]]
    return giv, sur, common


GIVEN, SURN, COMMON_SURN = _build_names()
ORIGIN_W = [(o, w) for o, w, *_ in ORIGINS]

# ---------------------------------------------------------------------------
# Pools: every list is registered here and cut into halves.
# ---------------------------------------------------------------------------
POOLS = {}


def pool(name, items):
    out, seen = [], set()
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    POOLS[name] = out


pool('org_fr', LN(r"""
Revenu Québec
Agence du revenu du Canada
Société de l'assurance automobile du Québec
Régie de l'assurance maladie du Québec
Hydro-Québec
Caisse Desjardins du Plateau
Banque Nationale
CLSC des Faubourgs
CIUSSS de la Capitale-Nationale
Office municipal d'habitation de Montréal
Commission des normes, de l'équité, de la santé et de la sécurité du travail
Hôpital Maisonneuve-Rosemont
Hôpital Charles-Le Moyne
CHU Sainte-Justine
Institut Philippe-Pinel
Aréna Maurice-Richard
École secondaire Louis-Joseph-Papineau
Cégep Édouard-Montpetit
Collège Jean-de-Brébeuf
Pharmacie Jean Coutu
Centre Claude-Robillard
Hôpital Pierre-Boucher
Retraite Québec
Tribunal administratif du logement
Centre de services scolaire de Montréal
Service de police de la Ville de Montréal
Sûreté du Québec
Directeur de la protection de la jeunesse
Ministère de l'Emploi et de la Solidarité sociale
Bureau des plaintes de la Ville de Québec
CISSS de Laval
Curateur public du Québec
Aréna Jean-Béliveau
École primaire Marguerite-Bourgeoys
Pavillon Albert-Prévost
Bibliothèque Gabrielle-Roy
Centre hospitalier Anna-Laberge
Uniprix Sylvie Gendron
Clinique médicale Saint-Vallier
Caisse populaire Saint-Jean-Baptiste
Cégep Marie-Victorin
Centre jeunesse de Lanaudière
Maison de la famille Pauline-Julien
Société d'habitation du Québec
Commission d'accès à l'information
Protecteur du citoyen
Aide juridique de Longueuil
Hôpital du Sacré-Coeur
CLSC Saint-Michel
Centre communautaire Henri-Lemieux
"""))
pool('org_en', LN(r"""
Canada Revenue Agency
Service Canada
Montreal General Hospital
Jewish General Hospital
McGill University
Dawson College
John Abbott College
Concordia University
Royal Bank of Canada
TD Canada Trust
Lakeshore General Hospital
Douglas Mental Health University Institute
Batshaw Youth and Family Centres
English Montreal School Board
Lester B. Pearson School Board
Shriners Hospitals for Children
Queen Elizabeth Health Complex
Sir Mortimer B. Davis Jewish General Hospital
St. Mary's Hospital Center
Vanier College
Bank of Montreal
Scotiabank
Legal Aid Office of Montreal
Residential Tenancies Tribunal
Employment Insurance Processing Centre
Wellington Centre for Adult Education
Champlain Regional College
Westmount Public Library
Alexander Galt Regional High School
Heritage Regional High School
Sherbrooke Hospital Centre
Lennoxville Community Health Centre
Cummings Centre
Kateri Memorial Hospital Centre
Cree Board of Health and Social Services of James Bay
Nunavik Regional Board of Health and Social Services
Mohawk Council of Kahnawake
Pointe-Claire Municipal Library
Emily Carr Seniors Club
Laurier Pharmacy
"""))
pool('place_fr', LN(r"""
parc La Fontaine
station Berri-UQAM
Centre Bell
marché Jean-Talon
Place Ville Marie
Carrefour Laval
Galeries de la Capitale
parc Jarry
terminus Longueuil
pont Jacques-Cartier
Vieux-Port
Place des Arts
parc Jean-Drapeau
station Henri-Bourassa
marché Atwater
Quartier Dix30
Promenades Saint-Bruno
parc des Braves
Plaines d'Abraham
Grande Bibliothèque
parc Maisonneuve
station Jean-Talon
Complexe Desjardins
place D'Youville
parc Lafontaine de Saint-Jérôme
Mail Champlain
parc Michel-Chartrand
gare Centrale
Place Laurier
parc de la Rivière-des-Mille-Îles
"""))
pool('place_en', LN(r"""
Mount Royal Park
Fairview Pointe-Claire
Atwater Market
Central Station
Cavendish Mall
Westmount Square
Trudeau Airport
Beaver Lake
Lachine Canal
Angrignon Park
Rockland Centre
Alexis Nihon Plaza
Champlain Bridge
Montreal Botanical Garden
Carrefour Angrignon
Dorval station
Summit Woods
Terrebonne Street Park
Sherbrooke Terminal
Smith House
Verdun Beach
Olympic Stadium
Kirkland Community Centre
Vendome station
"""))
pool('city', L("""Montréal, Québec, Laval, Gatineau, Longueuil, Sherbrooke, Saguenay, Lévis, Trois-Rivières, Terrebonne,
Saint-Jean-sur-Richelieu, Repentigny, Brossard, Drummondville, Saint-Jérôme, Granby, Blainville, Mirabel, Shawinigan,
Dollard-des-Ormeaux, Rimouski, Victoriaville, Saint-Hyacinthe, Rouyn-Noranda, Val-d'Or, Sept-Îles, Baie-Comeau, Alma,
Joliette, Mascouche, Châteauguay, Sorel-Tracy, Salaberry-de-Valleyfield, Thetford Mines, Matane, Gaspé, Chibougamau,
Kuujjuaq, Mashteuiatsh, Wendake, Kahnawake, Uashat, Wemotaci, Manawan, Chisasibi, Mistissini, Pointe-Claire, Westmount,
Beaconsfield, Kirkland, Côte-Saint-Luc, Magog, Cowansville, Sainte-Julie, Boucherville, Beloeil, Chambly, Candiac,
La Prairie, Vaudreuil-Dorion, Saint-Eustache, Sainte-Thérèse, Lachute, Rivière-du-Loup, Amos, La Tuque, Roberval,
Dolbeau-Mistassini, Montmagny, Sainte-Marie, Saint-Georges, Nicolet, Bécancour, Cap-Santé, Inukjuak, Puvirnituq"""))
pool('region', L("""Montérégie, Estrie, Mauricie, Laurentides, Lanaudière, Outaouais, Abitibi-Témiscamingue, Côte-Nord,
Gaspésie, Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Capitale-Nationale, Chaudière-Appalaches, Centre-du-Québec,
Nord-du-Québec, Nunavik, Eeyou Istchee, Îles-de-la-Madeleine, Haute-Côte-Nord, Beauce, Cantons-de-l'Est, Charlevoix"""))
pool('street_fr', LN(r"""
rue Saint-Denis
boulevard Saint-Laurent
avenue du Parc
rue Sherbrooke Est
chemin de la Côte-des-Neiges
rue Notre-Dame Ouest
boulevard René-Lévesque
avenue Papineau
rue Ontario Est
boulevard des Laurentides
rue King Ouest
chemin Sainte-Foy
boulevard Charest
rue Principale
avenue Cartier
rue de la Montagne
boulevard Taschereau
rue Wellington Nord
montée Saint-François
rang Saint-Joseph
rue des Érables
boulevard Talbot
avenue Royale
rue Jean-Talon Est
boulevard Pie-IX
rue Beaubien
rue Masson
avenue Laurier Ouest
boulevard Henri-Bourassa
rue Fleury
chemin du Lac
rue du Couvent
boulevard de l'Hôtel-de-Ville
rue Racine
rue Dessane
boulevard Gouin
"""))
pool('street_en', LN(r"""
Sherbrooke Street West
Queen Mary Road
Côte-Saint-Luc Road
Westminster Avenue North
Elm Avenue
Main Street
Victoria Avenue
Lakeshore Road
Somerled Avenue
Monkland Avenue
Decarie Boulevard
Sources Boulevard
Church Street
Maple Crescent
Bridge Street
Cavendish Boulevard
Greene Avenue
Sunnyside Avenue
Wellington Street
Oak Lane
Stanstead Street
Pine Avenue West
Union Avenue
St. Charles Road
"""))
pool('law_fr', LN(r"""
article 53 de la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels
RLRQ, c. A-2.1
article 69.1 de la Loi sur l'administration fiscale
Loi sur l'assurance médicaments
article 1457 du Code civil du Québec
Code de la sécurité routière
article 38 de la Loi sur la protection de la jeunesse
Loi sur les normes du travail
article 1974 C.c.Q.
Loi sur l'aide aux personnes et aux familles
article 88 de la Loi sur l'accès
Loi sur les impôts, art. 1000
article 19 de la Loi sur les services de santé et les services sociaux
Règlement sur la salubrité des logements
article 1910 du Code civil
Loi sur la santé et la sécurité du travail
Charte des droits et libertés de la personne
article 59 de la Loi sur l'accès
Loi sur la justice administrative
article 429 du Code criminel
"""))
pool('law_en', LN(r"""
section 241 of the Income Tax Act
Access to Information Act
Privacy Act, s. 8(2)
Employment Insurance Act
section 164 of the Income Tax Act
Canada Pension Plan
Old Age Security Act
Youth Protection Act
section 266 of the Criminal Code
Civil Code of Québec, art. 1457
Act respecting access to documents held by public bodies
Highway Safety Code
Tax Administration Act, s. 69
Act respecting labour standards
section 220 of the Income Tax Act
Charter of human rights and freedoms
"""))
pool('domain_pers', L("""gmail.com, hotmail.com, videotron.ca, outlook.com, yahoo.ca, sympatico.ca, bell.net, icloud.com,
live.ca, cgocable.ca, globetrotter.net, protonmail.com, mail.com, me.com, telus.net, hotmail.fr, yahoo.com, outlook.fr,
oricom.ca, cooptel.qc.ca, derytele.com, tlb.sympatico.ca, xplornet.com, msn.com"""))
pool('domain_work', L("""revenuquebec.ca, saaq.gouv.qc.ca, ramq.gouv.qc.ca, ciusss-cn.gouv.qc.ca, cssdm.gouv.qc.ca,
ville.montreal.qc.ca, mtess.gouv.qc.ca, ssss.gouv.qc.ca, cnesst.gouv.qc.ca, ville.quebec.qc.ca, omhm.qc.ca,
cisss-lav.gouv.qc.ca, protecteurducitoyen.qc.ca, cai.gouv.qc.ca, spvm.qc.ca, retraitequebec.gouv.qc.ca,
ville.gatineau.qc.ca, ville.sherbrooke.qc.ca, ccsmtl.gouv.qc.ca, curateur.gouv.qc.ca"""))
pool('role_fr', LN(r"""
Agente de recouvrement
Conseiller en services aux citoyens
Technicienne en administration
Travailleuse sociale
Responsable de l'accès à l'information
Préposé aux renseignements
Analyste en fiscalité
Coordonnatrice des plaintes
Chef d'équipe
Agent de liaison
Conseillère en réadaptation
Commissaire aux plaintes
Inspecteur en salubrité
Éducatrice spécialisée
Agent d'aide socio-économique
Secrétaire de direction
"""))
pool('role_en', LN(r"""
Client Services Officer
Collections Agent
Social Worker
Access to Information Coordinator
Team Lead
Policy Analyst
Case Manager
Benefits Officer
Complaints Commissioner
Intake Worker
Program Coordinator
Administrative Assistant
Outreach Worker
Senior Auditor
"""))
pool('content_fr', LN(r"""
Le formulaire doit être signé avant la fin du mois.
La pierre du perron s'est fissurée pendant l'hiver.
Le boulanger du quartier ouvre à six heures.
Nous avons bien reçu votre demande et elle sera traitée dans l'ordre d'arrivée.
Un petit chien jouait dans la cour pendant la visite.
La rose trémière pousse le long de la clôture.
Il faut tourner la page et regarder vers l'avenir.
Le loyer a augmenté de façon importante cette année.
Les enfants prennent l'autobus scolaire chaque matin.
Le charpentier n'a pas terminé les travaux de la galerie.
La situation financière demeure fragile depuis la perte d'emploi.
Le meunier du village voisin vend encore de la farine.
Nous vous remercions de votre patience.
Le jeu d'échecs compte un roi, une reine et deux fous.
La lumière du couloir reste allumée toute la nuit.
Le marchand de fruits a fermé ses portes en janvier.
Il pleuvait fort et la chaussée était inondée.
Le dossier sera transmis au service concerné.
Une odeur de moisissure persiste dans la salle de bain.
Le berger allemand des voisins aboie toute la nuit.
La fontaine du parc est fermée pour l'hiver.
Le chauffage ne fonctionne plus depuis trois jours.
On a remarqué de la neige accumulée sur le toit.
Nous avons laissé un avis de passage.
Le grand frère aide souvent aux devoirs.
Un cardinal s'est posé sur la mangeoire.
Les fleurs de lilas embaument la cour arrière.
La demande a été jugée recevable.
Le délai de réponse est de vingt jours.
Aucune autre pièce n'est requise pour le moment.
La chance a voulu que personne ne soit blessé.
La joie des enfants faisait plaisir à voir.
Le bonhomme de neige a fondu en une journée.
Le destin de ce projet dépend du budget.
Le pain était encore chaud sur le comptoir.
La montagne était couverte de brouillard ce matin-là.
La rivière a débordé au printemps.
La forêt derrière la maison est très dense.
Le bois de chauffage est cordé contre le cabanon.
Le lapin s'est sauvé de sa cage.
Le sel de déglaçage abîme les bottes.
La paix est revenue dans l'immeuble.
Le vert des volets a pâli au soleil.
Le poisson rouge a été oublié pendant les vacances.
Les murs sont minces et on entend tout.
La porte d'entrée ferme mal.
La facture d'électricité a doublé.
Il n'y a plus de lait dans le réfrigérateur.
Les voisins du dessus font du bruit après minuit.
Le médecin a recommandé du repos.
Les rendez-vous sont souvent annulés à la dernière minute.
Le transport adapté est arrivé en retard.
La cuisine était propre et rangée.
Les souliers d'hiver sont devenus trop petits.
Une nouvelle évaluation sera faite dans six mois.
L'appartement est bien éclairé mais mal isolé.
Le temps des fêtes a été difficile, surtout à Noël.
La lune était pleine cette nuit-là.
Le vent a arraché une partie de la toiture.
Le jardin communautaire a rouvert en mai.
Les mouettes tournaient au-dessus du stationnement.
Le coq du voisin chante dès l'aube.
Ils ont planté un jeune érable devant la maison.
La pierre angulaire du projet reste la prévention.
Le facteur passe vers midi.
La file d'attente était longue au comptoir.
Le paradis des enfants, c'est la piscine municipale.
Le gagnant du tirage sera avisé par la poste.
Le chevalier de la légende affrontait un dragon.
La croix du clocher est éclairée le soir.
Un renard traverse parfois le terrain vague.
Le petit déjeuner est servi à l'école.
Le lac gèle habituellement en décembre.
La marche de l'escalier est brisée.
Le prophète de malheur avait tort, tout s'est bien passé.
Le dernier mérite revient à l'équipe entière.
"""))
pool('content_en', LN(r"""
The form must be signed before the end of the month.
A rose bush grows along the back fence.
Please turn the page and read the next section.
The baker on the corner opens at six.
The king and queen are the most valuable pieces in chess.
There is a grace period of thirty days for late payments.
We hope the situation improves over the winter.
The heating has not worked for three days.
The landlord promised to fix the leak.
A young fox was seen near the playground.
The children take the school bus every morning.
The park was closed because of the storm.
The stone steps are slippery in winter.
Snow piled up against the door overnight.
The bell rang twice before anyone answered.
The price of groceries keeps going up.
Little progress has been made since the last visit.
Faith in the process is low among tenants.
A bird built a nest above the porch light.
The mason repaired the brick wall last summer.
Joy filled the room when the results came in.
Our office will respond within thirty days.
No further documents are required at this time.
The fishing boats return to the harbour at dusk.
The kitchen was clean and tidy.
The walls are thin and sound carries easily.
The apartment gets a lot of light but is poorly insulated.
A long line formed at the counter.
The porter carried the bags upstairs.
The green door at the back is always locked.
It was a cold and windy day.
The church bells ring every Sunday morning.
The field behind the school floods every spring.
The doctor recommended rest and fluids.
Frost covered the windshield this morning.
The banks of the river were eroded by the flood.
The day started with a power outage.
The cook served soup and bread to everyone.
A strong smell of mould persists in the bathroom.
The wood pile is stacked against the shed.
Sweet potatoes were on sale at the market.
The deer crossed the road near the curve.
Rice and beans were the only food in the pantry.
The rock wall needs repairs.
A diamond pattern was painted on the floor.
The sky cleared up in the afternoon.
The new policy takes effect next month.
Appointments are often cancelled at the last minute.
Thank you for your patience.
The wise choice would be to wait for the assessment.
The bishop moved diagonally across the board.
Summer camp registration opens in April.
The holly bush by the door has red berries.
We will mark the file as complete once we receive the form.
The lamb stew was still warm.
The march was cancelled due to rain.
Grant applications are reviewed twice a year.
It will take a long time to heal.
An otter swims in the creek behind the house.
The hunter walked back to the cabin before dark.
A black cat sleeps on the porch every afternoon.
The young couple next door just had a baby.
"""))

# ---------------------------------------------------------------------------
# Identifier and decoy value generators (formats are shared by both halves)
# ---------------------------------------------------------------------------
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_FR_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
AREA = ['514', '438', '450', '579', '418', '581', '819', '873', '367', '263', '354']
PC_LET = 'ABCEGHJKLMNPRSTVXY'


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii() and c.isalnum()).lower()


def ordinal_en(d):
    if 10 <= d % 100 <= 20:
        return '%dth' % d
    return '%d%s' % (d, {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


class Person:
    def __init__(self, g, s, gender, origin, title):
        self.g, self.s, self.gender, self.origin, self.title = g, s, gender, origin, title
        self.mail = None


FIELD_RE = re.compile(r'\{(@?[A-Za-z_]+)(?:\.([A-Za-z]+))?\}')
PKEYS = 'ABCDEFGHKY'


class Doc:
    def __init__(self, rng, lang, half):
        self.r = rng
        self.lang = lang
        self.half = half
        self.buf = []
        self.n = 0
        self.spans = []
        self.lower = False
        self.spoken = False
        self.quote = None
        self.people = {}
        self.fr = lang == 'fr'
        self.used = {}
        self.stext = []

    # -- low level -----------------------------------------------------
    def pick(self, name):
        lst = half_of(POOLS[name], self.half)
        used = self.used.setdefault(name, set())
        if len(used) >= len(lst):
            used.clear()
        x = self.r.choice([y for y in lst if y not in used])
        used.add(x)
        return x

    def ch(self, lst):
        return self.r.choice(lst)

    def _x(self, s):
        return s.lower() if self.lower else s

    def _app(self, s):
        self.buf.append(s)
        self.n += len(s.encode('utf-8'))

    def t(self, s):
        s = self._x(s)
        if self.quote:
            s = s.replace('\n', '\n' + self.quote)
        self._app(s)

    def sp(self, kind, typ, s):
        s = self._x(s)
        st = self.n
        self._app(s)
        self.spans.append({'kind': kind, 'type': typ, 'start': st, 'end': self.n})
        self.stext.append(s)

    def pii(self, typ, s):
        self.sp('pii', typ, s)

    def dec(self, typ, s):
        self.sp('decoy', typ, s)

    def f(self, tpl):
        pos = 0
        for m in FIELD_RE.finditer(tpl):
            if m.start() > pos:
                self.t(tpl[pos:m.start()])
            self.field(m.group(1), m.group(2))
            pos = m.end()
        if pos < len(tpl):
            self.t(tpl[pos:])

    def fp(self, name):
        """format a random template of pool `name` (current half)."""
        if name + '_' + self.lang in POOLS:
            name = name + '_' + self.lang
        self.f(self.pick(name))

    def text(self):
        return ''.join(self.buf)

    # -- persons -------------------------------------------------------
    def person(self, key, gender=None, origin=None):
        if key in self.people:
            return self.people[key]
        r = self.r
        if origin is None:
            ws = []
            for o, w in ORIGIN_W:
                if self.lang == 'en' and o in ('en', 'ie'):
                    w *= 3
                if self.lang == 'en' and o == 'frca':
                    w = w * 2 // 3
                ws.append(w)
            origin = r.choices([o for o, _ in ORIGIN_W], weights=ws)[0]
        while True:
            gen = gender or r.choice('mf')
            g = r.choice(GIVEN[self.half][(origin, gen)])
            sl = SURN[self.half][origin]
            s = r.choice(sl)
            if r.random() < 0.08:
                s2 = r.choice(SURN[self.half][r.choice(ORIGIN_W)[0]])
                if s2 != s and ' ' not in s + s2:
                    s = s + '-' + s2
            if all(p.s != s for p in self.people.values()):
                break
        x = r.random()
        if self.fr:
            if x < 0.07:
                title = 'Dr' if gen == 'm' else r.choice(['Dre', 'Dr'])
            elif x < 0.10:
                title = 'Me'
            else:
                title = r.choice(['M.', 'M.', 'monsieur']) if gen == 'm' else r.choice(['Mme', 'Mme', 'madame', 'Mlle'])
        else:
            if x < 0.07:
                title = r.choice(['Dr.', 'Dr'])
            else:
                title = r.choice(['Mr.', 'Mr.', 'Mr']) if gen == 'm' else r.choice(['Mrs.', 'Ms.', 'Ms', 'Miss'])
        p = Person(g, s, gen, origin, title)
        self.people[key] = p
        return p

    def initials(self, g, dots=True):
        parts = g.split('-')
        if dots:
            return '-'.join(x[0].upper() + '.' for x in parts)
        return ''.join(x[0].upper() for x in parts)

    GWORDS = {
        'il': ('il', 'elle'), 'Il': ('Il', 'Elle'), 'e': ('', 'e'), 'he': ('he', 'she'), 'He': ('He', 'She'),
        'his': ('his', 'her'), 'His': ('His', 'Her'), 'him': ('him', 'her'), 'cher': ('Cher', 'Chère'),
        'fils': ('fils', 'fille'), 'conj': ('conjoint', 'conjointe'), 'spouse': ('husband', 'wife'),
        'son': ('son', 'daughter'), 'eur': ('eur', 'euse'), 'frere': ('frère', 'sœur'), 'bro': ('brother', 'sister'),
        'lui': ('lui', 'elle'), 'le': ('le', 'la'), 'x': ('', 'x'), 'ne': ('né', 'née'),
        'monconj': ('mon conjoint', 'ma conjointe'), 'sonconj': ('son conjoint', 'sa conjointe'),
        'monfrere': ('mon frère', 'ma sœur'), 'sonfils': ('son fils', 'sa fille'), 'myspouse': ('my husband', 'my wife'),
        'hisson': ('son', 'daughter'), 'un': ('un', 'une'), 'mr': ('man', 'woman'), 'homme': ('homme', 'femme'),
    }

    def pfield(self, key, form):
        p = self.person(key)
        r = self.r
        P = lambda s: self.pii('PERSON', s)
        if form in self.GWORDS:
            self.t(self.GWORDS[form][0 if p.gender == 'm' else 1])
            return
        if form == 'any':
            form = r.choice(['g', 's', 'ts', 'g', 'f'])
        if form == 'later':
            form = r.choice(['g', 's', 'ts'])
        if form in (None, 'f'):
            P(p.g + ' ' + p.s)
        elif form == 'g':
            P(p.g)
        elif form == 's':
            P(p.s)
        elif form == 'S':
            P(p.s.upper())
        elif form in ('ts', 'Ts', 'tf', 'Tf'):
            tt = p.title
            if form[0] == 'T':
                tt = {'monsieur': 'Monsieur', 'madame': 'Madame'}.get(tt, tt)
            self.t(tt + ' ')
            P(p.s if form[1] == 's' else p.g + ' ' + p.s)
        elif form == 'i':
            P(self.initials(p.g) + ' ' + p.s)
        elif form == 'C':
            P((p.g + ' ' + p.s).upper())
        elif form == 'SG':
            P(p.s.upper() + ', ' + p.g)
        elif form == 'Sg':
            P(p.s + ', ' + p.g)
        elif form == 'l':
            P((p.g + ' ' + p.s).lower())
        elif form == 'gl':
            P(p.g.lower())
        elif form == 'sl':
            P(p.s.lower())
        elif form == 'ini':
            P(self.initials(p.g, False) + self.initials(p.s.replace(' ', '-'), False)[:1])
        elif form == 'inid':
            P(self.initials(p.g) + p.s[0].upper() + '.')
        elif form == 'gi':
            P(p.g + ' ' + p.s[0].upper() + '.')
        elif form == 'sp':
            P('-'.join(c for c in p.s.lower() if c.isalpha()))
        elif form == 'gsp':
            P('-'.join(c for c in p.g.lower() if c.isalpha()))
        elif form == 'email':
            self.email(p, False)
        elif form == 'wemail':
            self.email(p, True)
        elif form == 'ramq':
            self.ramq(p)
        elif form == 'tel':
            self.phone()
        else:
            raise KeyError(key + '.' + form)

    # -- other fields ----------------------------------------------------
    def field(self, key, form):
        if key in PKEYS and len(key) == 1:
            return self.pfield(key, form)
        if key[0] == '@':
            return self.fp(key[1:] + '_' + self.lang)
        r = self.r
        fn = getattr(self, 'g_' + key, None)
        if fn is None:
            raise KeyError(key)
        fn()

    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def phone(self):
        r = self.r
        a = r.choice(AREA)
        e = str(r.randrange(200, 1000))
        if r.random() < 0.35:
            e = '555'
        n = self.digits(4)
        if self.spoken:
            s = r.choice(['%s %s %s', '%s%s%s', '1 %s %s %s']) % (a, e, n)
            if r.random() < 0.3:
                s = '%s %s %s %s' % (a, e, n[:2], n[2:])
        else:
            s = r.choice(['%s-%s-%s', '(%s) %s-%s', '%s.%s.%s', '+1 %s %s %s', '%s%s%s', '%s %s-%s',
                          '1-%s-%s-%s', '+1 (%s) %s-%s', '%s %s %s', '(%s)%s-%s']) % (a, e, n)
        self.pii('PHONE', s)

    g_tel = phone

    def email(self, p=None, work=False):
        r = self.r
        if p is None:
            p = Person(r.choice(GIVEN[self.half][(r.choice(ORIGIN_W)[0], r.choice('mf'))]),
                       r.choice(SURN[self.half][r.choice(ORIGIN_W)[0]]), 'm', '', '')
        g, s = fold(p.g), fold(p.s)
        local = r.choice(['%s.%s' % (g, s), g[0] + s, '%s.%s' % (s, g[0]), '%s%s%d' % (g, s, r.randrange(1, 99)),
                          '%s_%s' % (g, s[0]), '%s.%s%02d' % (g, s, r.randrange(60, 100)), g + s[:3]])
        dom = self.pick('domain_work' if work else 'domain_pers')
        addr = local + '@' + dom
        if self.spoken:
            if self.fr:
                addr = local.replace('.', ' point ').replace('_', ' tiret bas ') + ' arobase ' + dom.replace('.', ' point ')
            else:
                addr = local.replace('.', ' dot ').replace('_', ' underscore ') + ' at ' + dom.replace('.', ' dot ')
        elif r.random() < 0.06:
            addr = local + ' [at] ' + dom.replace('.', ' [dot] ') if r.random() < 0.5 else local + ' at ' + dom.replace('.', ' dot ')
        self.pii('EMAIL', addr)

    def g_email(self):
        self.email()

    def g_wemail(self):
        self.email(None, True)

    def g_sin(self):
        r = self.r
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + self.digits(7)
        n = body + luhn_digit(body)
        assert luhn_ok(n)
        fmt = r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s'])
        self.pii('SIN', fmt % (n[:3], n[3:6], n[6:]))

    def ramq(self, p=None):
        r = self.r
        if p is None:
            p = self.person(r.choice('ABCDEF'))
        s = fold(p.s).upper() + 'XXX'
        code = s[:3] + fold(p.g).upper()[:1]
        y = r.randrange(1940, 2015)
        m = r.randrange(1, 13) + (50 if p.gender == 'f' else 0)
        d = r.randrange(1, 29)
        num = '%02d%02d%02d%s' % (y % 100, m, d, self.digits(2))
        fmt = r.choice(['%s %s %s', '%s%s%s', '%s-%s-%s', '%s %s%s'])
        self.pii('RAMQ', fmt % (code, num[:4], num[4:]))

    def g_ramq(self):
        self.ramq()

    def g_addr(self):
        r = self.r
        n = str(r.choice([r.randrange(1, 100), r.randrange(100, 1000), r.randrange(1000, 13000), r.randrange(1000, 13000)]))
        u = str(r.choice([r.randrange(1, 9), r.randrange(101, 420), r.randrange(1, 30)]))
        if self.fr:
            st = self.pick('street_fr')
            fmt = r.choice(['{n} {s}', '{n}, {s}', '{n} {s}, app. {u}', '{u}-{n} {s}', '{n} {s}, appartement {u}',
                            '{n}, {s}, app. {u}', '{n} {s} app {u}', '{n}A {s}', '{n} {s}, logement {u}'])
        else:
            st = self.pick('street_en')
            fmt = r.choice(['{n} {s}', '{n} {s}, Apt. {u}', '{n} {s} #{u}', 'Unit {u}, {n} {s}', '{u}-{n} {s}',
                            '{n} {s}, apartment {u}', '{n}B {s}'])
        if self.spoken:
            fmt = fmt.replace(',', '').replace('app.', 'appartement').replace('#', 'apartment ')
        self.pii('ADDRESS', fmt.format(n=n, s=st, u=u))

    def g_postal(self):
        r = self.r
        a = r.choice('GHJ') + str(r.randrange(10)) + r.choice(PC_LET)
        b = str(r.randrange(10)) + r.choice(PC_LET) + str(r.randrange(10))
        s = r.choice([a + ' ' + b, a + ' ' + b, a + b, a + ' ' + b])
        if self.spoken:
            s = s.lower()
        self.pii('POSTAL_CODE', s)

    def datestr(self, y0, y1, birth=False):
        r = self.r
        y = r.randrange(y0, y1)
        m = r.randrange(1, 13)
        d = r.randrange(1, 29)
        if self.spoken:
            if self.fr:
                return '%s %s %d' % ('1er' if d == 1 else str(d), MONTHS_FR[m - 1], y) if birth or r.random() < 0.5 \
                    else '%d %s' % (d, MONTHS_FR[m - 1])
            return '%s %s %d' % (MONTHS_EN[m - 1], ordinal_en(d), y) if birth or r.random() < 0.5 \
                else '%s %s' % (MONTHS_EN[m - 1], ordinal_en(d))
        if self.fr:
            return r.choice(['%d %s %d' % (d, MONTHS_FR[m - 1], y), '%04d-%02d-%02d' % (y, m, d), '%02d/%02d/%04d' % (d, m, y),
                             '%d/%d/%d' % (d, m, y), '%02d-%02d-%04d' % (d, m, y), '%d %s %d' % (d, MONTHS_FR_ABBR[m - 1], y),
                             '%s %s %d' % ('1er' if d == 1 else str(d), MONTHS_FR[m - 1], y)])
        return r.choice(['%s %d, %d' % (MONTHS_EN[m - 1], d, y), '%d %s %d' % (d, MONTHS_EN[m - 1], y), '%04d-%02d-%02d' % (y, m, d),
                         '%02d/%02d/%04d' % (m, d, y), '%s. %d, %d' % (MONTHS_EN[m - 1][:3], d, y),
                         '%s %s, %d' % (MONTHS_EN[m - 1], ordinal_en(d), y)])

    def g_dob(self):
        self.pii('DOB', self.datestr(1938, 2012, True))

    def g_doby(self):
        self.pii('DOB', str(self.r.randrange(1940, 2010)))

    def g_date(self):
        self.dec('DATE', self.datestr(2022, 2027))

    def g_pass(self):
        r = self.r
        s = r.choice('ABCGHJKLMP') + r.choice('ABCEGHJKLMNPRSTVWXYZ') + self.digits(6)
        if r.random() < 0.2:
            s = s[:2] + ' ' + s[2:]
        self.pii('PASSPORT', s)

    def g_card(self):
        r = self.r
        k = r.random()
        if k < 0.45:
            body = '4' + self.digits(14)
        elif k < 0.85:
            body = '5' + str(r.randrange(1, 6)) + self.digits(13)
        else:
            body = r.choice(['34', '37']) + self.digits(12)
        n = body + luhn_digit(body)
        assert luhn_ok(n)
        sep = r.choice([' ', '-', '', ' '])
        if len(n) == 15:
            s = sep.join([n[:4], n[4:10], n[10:]])
        else:
            s = sep.join([n[:4], n[4:8], n[8:12], n[12:]])
        self.pii('CARD', s)

    def g_acct(self):
        r = self.r
        s = r.choice([self.digits(7), self.digits(7), self.digits(4) + '-' + self.digits(3), self.digits(12),
                      self.digits(5) + ' ' + self.digits(2), self.digits(9)])
        self.pii('ACCOUNT', s)

    def g_inst(self):
        self.t(self.r.choice(['815', '003', '006', '001', '004', '002', '010', '016']))

    def g_transit(self):
        self.t(self.digits(5))

    def g_lic(self):
        r = self.r
        c = r.choice('ABCDEFGHJKLMNPRSTVW')
        d = self.digits(12)
        s = r.choice(['%s%s-%s-%s', '%s%s %s %s', '%s%s%s%s']) % (c, d[:4], d[4:10], d[10:])
        self.pii('LICENCE', s)

    def g_org(self):
        self.dec('ORG', self.pick('org_fr' if self.fr else 'org_en'))

    def g_orgfr(self):
        self.dec('ORG', self.pick('org_fr'))

    def g_orgen(self):
        self.dec('ORG', self.pick('org_en'))

    def g_place(self):
        self.dec('PLACE', self.pick('place_fr' if self.fr else 'place_en'))

    def g_city(self):
        self.dec('CITY', self.pick('city'))

    def g_region(self):
        self.dec('REGION', self.pick('region'))

    def g_street(self):
        self.dec('STREET', self.pick('street_fr' if self.fr else 'street_en'))

    def street_art(self, de):
        st = self.pick('street_fr')
        fem = st.split()[0] in ('rue', 'avenue', 'montée', 'place', 'côte')
        self.t(('de la ' if fem else 'du ') if de else ('la ' if fem else 'le '))
        self.dec('STREET', st)

    def g_dstreet(self):
        self.street_art(True)

    def g_lstreet(self):
        self.street_art(False)

    def g_law(self):
        self.dec('LAW', self.pick('law_fr' if self.fr else 'law_en'))

    def g_file(self):
        r = self.r
        y = r.randrange(2019, 2027)
        s = r.choice(['%d-%05d' % (y, r.randrange(100000)), 'RQ-%d-%05d' % (y, r.randrange(100000)),
                      'DOS-%06d' % r.randrange(1000000), '%02d-%06d' % (y % 100, r.randrange(1000000)),
                      'CAS-%07d' % r.randrange(10000000), 'AI-%d-%04d' % (y, r.randrange(10000)),
                      'P%d-%04d' % (y, r.randrange(10000)), '%d-QC-%05d' % (y, r.randrange(100000)),
                      'INC%d%06d' % (y, r.randrange(1000000))])
        self.dec('FILE', s)

    def g_toll(self):
        r = self.r
        s = r.choice(['1 800 463-%s', '1-866-%s-%s', '1 877 %s-%s', '1 888 %s %s', '1-800-%s-%s'])
        s = s % ((self.digits(4),) if s.count('%s') == 1 else (str(r.randrange(200, 1000)), self.digits(4)))
        self.dec('TOLLFREE', s)

    def g_amount(self):
        r = self.r
        v = r.choice([r.randrange(20, 500), r.randrange(500, 5000), r.randrange(5000, 60000)])
        c = r.randrange(100)
        if self.fr:
            ip = '{:,}'.format(v).replace(',', r.choice([' ', '\u00a0']))
            s = r.choice(['%s,%02d $' % (ip, c), '%s $' % ip, '%s,%02d$' % (ip, c)])
        else:
            ip = '{:,}'.format(v)
            s = r.choice(['$%s.%02d' % (ip, c), '$%s' % ip, '%s.%02d $' % (ip, c)])
        self.dec('AMOUNT', s)

    def g_CT(self):
        s = self.pick('content_fr' if self.fr else 'content_en')
        if self.spoken:
            s = re.sub(r'[.,;:!?]', '', s).strip()
        self.sp('content', 'CONTENT', s)

    def g_time(self):
        r = self.r
        self.t(r.choice(['%d:%02d', '%02dh%02d', '%d h %02d']) % (r.randrange(7, 21), r.randrange(60)) if self.fr
               else r.choice(['%d:%02d', '%d:%02d AM', '%d:%02d PM']) % (r.randrange(1, 12), r.randrange(60)))

    def g_hm(self):
        self.t('%02d:%02d' % (self.r.randrange(7, 23), self.r.randrange(60)))

    def g_ext(self):
        self.t(str(self.r.randrange(100, 9999)))

    def g_age(self):
        self.t(str(self.r.randrange(2, 17)))

    def g_aage(self):
        self.t(str(self.r.randrange(19, 90)))

    def g_n(self):
        self.t(str(self.r.randrange(2, 12)))

    def g_mat(self):
        self.t(str(self.r.randrange(1000, 99999)))

    def g_role(self):
        self.t(self.pick('role_fr' if self.fr else 'role_en'))

    def g_isodate(self):
        r = self.r
        self.dec('DATE', '%d-%02d-%02d' % (r.randrange(2023, 2027), r.randrange(1, 13), r.randrange(1, 29)))


# ---------------------------------------------------------------------------
# Family templates.  Every pool is cut in halves (W = first, H = second).
# {X.form} = person X (A..K) in a form; {@name} = random template of pool
# name_<lang>; {C} = content sentence; other {keys} = Doc.g_<key>.
# ---------------------------------------------------------------------------
# 1. e-mail ------------------------------------------------------------------
pool('email_layout_fr', ['reply', 'plain', 'forward', 'outlook'])
pool('email_layout_en', ['outlook', 'forward', 'plain', 'reply'])
pool('ehdr_fr', LN(r"""
De : {A.f} <{A.wemail}>\nÀ : {B.f} <{B.wemail}>\nObjet : {@esubj}\nDate : {date} {time}\n
De : {A.Sg}\nEnvoyé : {date} {time}\nÀ : {B.Sg}; {C.Sg}\nObjet : {@esubj}\n
De : {A.C} <{A.wemail}>\nDate : {date}\nÀ : {B.wemail}\nCc : {C.f}, {D.f}\nObjet : {@esubj}\n
Expéditeur : {A.f}\nDestinataire : {B.f}\nCc : {C.f} et {D.f}\nObjet : {@esubj}\nDate : {date}\n
"""))
pool('ehdr_en', LN(r"""
From: {A.f} <{A.wemail}>\nSent: {date} {time}\nTo: {B.Sg}\nCc: {C.Sg}; {D.Sg}\nSubject: {@esubj}\n
From: {A.C}\nTo: {B.f} <{B.wemail}>\nSubject: {@esubj}\nDate: {date}\n
From: "{A.Sg}" <{A.wemail}>\nDate: {date} at {time}\nTo: {B.wemail}, {C.wemail}\nSubject: {@esubj}\n
Sender: {A.f}\nRecipients: {B.f}, {C.f} and {D.f}\nSubject: {@esubj}\n
"""))
pool('esubj_fr', LN(r"""
Suivi du dossier {file}
RE: Demande d'accès – {C.s}
TR: Rencontre du {date}
Plainte de {C.ts}
Question sur l'avis de cotisation
Visite à domicile – famille {C.s}
Documents manquants
Changement d'adresse – {C.f}
"""))
pool('esubj_en', LN(r"""
Follow-up on file {file}
RE: Access request – {C.s}
FW: Meeting on {date}
Complaint from {C.ts}
Question about the notice of assessment
Home visit – {C.s} family
Missing documents
Change of address for {C.f}
"""))
pool('egreet_fr', LN(r"""
Bonjour {B.g},
Bonjour {B.Ts},
{B.cher} {B.g},
Salut {B.gl},
Bonsoir {B.Tf},
{B.g},
Allo {B.g}!
Bonjour {B.g} et {C.g},
"""))
pool('egreet_en', LN(r"""
Hi {B.g},
Dear {B.ts},
Hello {B.f},
hey {B.gl},
Good morning {B.g},
{B.g} -
Dear {B.g} and {C.g},
Hi all,
"""))
pool('ebody_fr', LN(r"""
Je fais suite à notre conversation téléphonique du {date} concernant le dossier {file}.
Comme convenu, {C.f} communiquera avec vous au {tel} d'ici vendredi.
Pourriez-vous me confirmer l'adresse de {C.g}? Nous avons le {addr}, {city} (Québec) {postal}.
{C.Ts} m'a transmis son NAS ({sin}) dans un courriel; je l'ai retiré de la chaîne.
J'ai parlé avec {C.s} ce matin : {C.il} confirme la rencontre du {date} à {org}.
En mon absence, vous pouvez joindre {D.f} ({D.wemail}) ou {E.f}.
Le montant réclamé est de {amount} (réf. : {law}).
La demande de {C.ts}, reçue le {date}, vise les notes de {D.f}.
Je joins la lettre signée par {C.f} et {D.f}, ainsi que la preuve de résidence au {addr}.
{C.g} sera présent{C.e} à la rencontre avec sa mère, {D.ts}.
Merci de mettre {C.i} en copie des prochains échanges.
Le client, {C.SG}, {C.ne} le {dob}, demande une révision de la décision du {date}.
Mes collègues {C.g}, {D.g} et {E.g} sont au courant.
La rencontre se tiendra au {place}, près {dstreet}, à {city}.
Selon {C.s}, le paiement de {amount} a été effectué le {date}.
Vous trouverez ci-joint le formulaire rempli par {C.tf}.
Pour toute question, le numéro sans frais est le {toll}.
{D.Ts} a laissé un message : on peut {D.le} joindre au {tel} après 16 h.
Je n'ai pas encore reçu la confirmation de {C.g}; je relance demain.
Le numéro RAMQ de {C.g} est {C.ramq}, à valider avec {D.f}.
"""))
pool('ebody_en', LN(r"""
I am following up on our phone call of {date} about file {file}.
As agreed, {C.f} will call you at {tel} before Friday.
Could you confirm {C.g}'s address? We have {addr}, {city}, QC {postal}.
{C.Ts} sent me {C.his} SIN ({sin}) by e-mail; I removed it from the thread.
I spoke with {C.s} this morning and {C.he} confirmed the meeting on {date} at {org}.
While I am away, please contact {D.f} ({D.wemail}) or {E.f}.
The amount claimed is {amount} under the {law}.
The request from {C.ts}, received on {date}, covers the notes written by {D.f}.
Attached are the letter signed by {C.f} and {D.f} and proof of residence at {addr}.
{C.g} will attend the meeting with {C.his} mother, {D.ts}.
Please copy {C.i} on future messages.
The client, {C.SG}, born {dob}, is asking for a review of the decision dated {date}.
My colleagues {C.g}, {D.g} and {E.g} are aware of the situation.
The meeting will take place at {place}, near {street}, in {city}.
According to {C.s}, the payment of {amount} was made on {date}.
Please find attached the form completed by {C.tf}.
If you have questions, our toll-free line is {toll}.
{D.Ts} left a message and can be reached at {tel} after 4 p.m.
I haven't heard back from {C.g} yet and will follow up tomorrow.
{C.g}'s health card number is {C.ramq}; {D.f} will double-check it.
"""))
pool('eclose_fr', ['Cordialement,', 'Merci et bonne journée,', 'Bien à vous,', 'Salutations,', 'Merci!', 'Au plaisir,'])
pool('eclose_en', ['Best regards,', 'Thanks,', 'Kind regards,', 'Cheers,', 'Sincerely,', 'Thank you,'])
pool('esig_fr', LN(r"""
{A.f}\n{role}\n{org}\nTél. : {tel}, poste {ext}\n{A.wemail}
{A.f}\n{role} | {org}\n{tel} | {A.wemail}
--\n{A.C}\n{role}\n{org} – {city}\nT {tel}\nSans frais : {toll}
{A.i}\n{role}\n{org}\n{tel} poste {ext}
{A.g}\n{tel}
{A.f}, {role}\n{org}\nCourriel : {A.wemail}\nTéléphone : {tel}
"""))
pool('esig_en', LN(r"""
{A.f}\n{role}\n{org}\nPhone: {tel} ext. {ext}\n{A.wemail}
{A.g}
--\n{A.C} | {role}\n{org}, {city}\nT: {tel} | Toll-free: {toll}
{A.i}\n{role}, {org}\nDirect: {tel}
{A.f}\n{role}\n{org}\nEmail: {A.wemail}\nTel.: {tel} x{ext}
{A.f}\n{tel}
"""))
pool('eattr_fr', LN(r"""
Le {date} à {time}, {B.f} <{B.wemail}> a écrit :
{date}, {B.Sg} a écrit :
Le {date}, {B.ts} a écrit :
Le {date} à {time}, {B.wemail} a écrit :
"""))
pool('eattr_en', LN(r"""
On {date} at {time}, {B.f} <{B.wemail}> wrote:
On {date}, {B.Sg} wrote:
{B.f} wrote on {date}:
On {date}, {B.wemail} wrote:
"""))
pool('efwd_fr', ['---------- Message transféré ----------', '-----Message d\'origine-----', '--- Début du message réexpédié ---', '________________________________'])
pool('efwd_en', ['---------- Forwarded message ---------', '-----Original Message-----', 'Begin forwarded message:', '________________________________'])
pool('enote_fr', LN(r"""
{C.g}, voir ci-dessous. Peux-tu t'en occuper?
Pour ton information, {C.g}. {D.s} est au courant.
{C.gl} – je te transfère la demande de {B.ts}.
À traiter avant le {date} svp.
"""))
pool('enote_en', LN(r"""
{C.g}, see below. Can you take care of this?
FYI {C.g}. {D.s} already knows.
{C.gl} - forwarding the request from {B.ts}.
Please deal with this before {date}.
"""))


def swap(d, a, b):
    pa, pb = d.person(a), d.person(b)
    d.people[a], d.people[b] = pb, pa


def body(d, name, k):
    for i in range(k):
        if i:
            d.t(' ')
        if d.r.random() < 0.3:
            d.field('CT', None)
            d.t(' ')
        d.fp(name + '_' + d.lang)


def signature(d):
    d.fp('eclose')
    d.t('\n')
    d.fp('esig')


def fam_email(d):
    r = d.r
    lay = d.pick('email_layout_' + d.lang)
    d.person('A'), d.person('B')
    if lay == 'plain':
        if r.random() < 0.5:
            d.fp('ehdr')
            d.t('\n')
        d.fp('egreet')
        d.t('\n\n')
        body(d, 'ebody', r.randint(2, 3))
        d.t('\n\n')
        body(d, 'ebody', r.randint(1, 2))
        d.t('\n\n')
        signature(d)
    elif lay == 'reply':
        d.fp('ehdr')
        d.t('\n')
        d.fp('egreet')
        d.t('\n\n')
        body(d, 'ebody', r.randint(2, 3))
        d.t('\n\n')
        signature(d)
        d.t('\n\n')
        d.fp('eattr')
        d.t('\n> ')
        d.quote = '> '
        swap(d, 'A', 'B')
        d.fp('egreet')
        d.t('\n\n')
        body(d, 'ebody', r.randint(1, 3))
        d.t('\n\n')
        signature(d)
        d.quote = None
    elif lay == 'forward':
        d.fp('enote')
        d.t('\n\n')
        d.field('A', r.choice(['g', 'f']))
        d.t('\n\n')
        d.fp('efwd')
        d.t('\n')
        swap(d, 'A', 'B')
        d.fp('ehdr')
        d.t('\n')
        d.fp('egreet')
        d.t('\n\n')
        body(d, 'ebody', r.randint(2, 4))
        d.t('\n\n')
        signature(d)
    else:  # outlook: reply on top, original below without quoting
        d.fp('egreet')
        d.t('\n\n')
        body(d, 'ebody', r.randint(1, 3))
        d.t('\n\n')
        signature(d)
        d.t('\n\n')
        d.fp('efwd')
        d.t('\n')
        swap(d, 'A', 'B')
        d.fp('ehdr')
        d.t('\n')
        d.fp('egreet')
        d.t('\n\n')
        body(d, 'ebody', r.randint(2, 3))
        d.t('\n\n')
        signature(d)


# 2. voicemail ---------------------------------------------------------------
pool('vm_layout_fr', ['header', 'bare', 'ticket', 'header2'])
pool('vm_layout_en', ['ticket', 'header', 'header2', 'bare'])
pool('vmhdr_fr', LN(r"""
Messagerie vocale – {date} {time}\nDe : {tel}\nDurée : 0:4{n}\nTranscription automatique :\n
Nouveau message vocal de {tel} ({date})\nTexte (généré automatiquement, peut contenir des erreurs) :\n
Boîte vocale du service à la clientèle\nReçu : {date} à {time}\nAppelant : {tel}\nTranscription :\n
Message laissé le {date} – numéro appelant : {tel}\n
"""))
pool('vmhdr_en', LN(r"""
Voicemail – {date} {time}\nFrom: {tel}\nLength: 0:5{n}\nAutomatic transcript:\n
New voice message from {tel} ({date})\nTranscription (may contain errors):\n
Client services mailbox\nReceived: {date} at {time}\nCaller ID: {tel}\nTranscript:\n
Message left on {date} - caller number {tel}\n
"""))
pool('vmopen_fr', LN(r"""
oui bonjour c'est {A.l} {A.sp} j'appelle
allo bonjour mon nom c'est {A.l} je vous appelle
bonjour madame euh c'est {A.sl} {A.sp} {A.gl} de mon prénom
oui allô c'est {A.l} de {city}
bonjour ici {A.l} je laisse un message
euh oui bonjour c'est madame {A.sl} la mère de {B.gl}
"""))
pool('vmopen_en', LN(r"""
hi this is {A.l} that's {A.sp} calling
hello my name is {A.l} i'm calling
yeah hi it's {A.gl} from {city} um
good morning this is mister {A.sl} {A.sp}
hi it's {A.l} again
hello this message is for {B.gl} it's {A.l}
"""))
pool('vmbody_fr', LN(r"""
c'est pour le dossier de ma mère {B.l} elle est née le {dob}
vous pouvez me rappeler au {tel}
mon numéro d'assurance sociale c'est le {sin}
mon courriel c'est {A.email}
j'habite au {addr} à {city} {postal}
j'ai parlé avec {C.gl} la semaine passée pis elle m'a dit de rappeler
l'agent {C.sl} m'a dit que c'était réglé mais j'ai encore reçu une lettre
c'est au sujet de la lettre du {date}
mon numéro de dossier c'est le {file}
ma carte d'assurance maladie c'est {A.ramq}
mon fils {D.gl} peut aussi répondre au {tel}
euh je sais pas si c'est le bon département
c'est {D.l} {D.sp} qui s'occupe de mes affaires
je suis {A.ne} le {dob} si ça peut aider
"""))
pool('vmbody_en', LN(r"""
it's about my mother's file {B.l} she was born on {dob}
you can call me back at {tel}
my social insurance number is {sin}
my email is {A.email}
i live at {addr} in {city} {postal}
i spoke to {C.gl} last week and she told me to call back
officer {C.sl} said it was settled but i got another letter
it's about the letter from {date}
my file number is {file}
my health card is {A.ramq}
my son {D.gl} can also answer at {tel}
um i'm not sure this is the right department
{D.l} {D.sp} takes care of my papers
my date of birth is {dob} if that helps
"""))
pool('vmclose_fr', ['merci beaucoup bonne journée', 'ok merci bye', 'rappelez-moi s\'il vous plaît merci', 'merci au revoir', 'bon ben c\'est ça merci', 'j\'attends votre appel merci'])
pool('vmclose_en', ['thanks bye', 'thank you have a good day', 'please call me back thanks', 'ok bye now', 'alright that\'s it thanks', 'talk to you soon bye'])


def fam_voicemail(d):
    r = d.r
    lay = d.pick('vm_layout_' + d.lang)
    d.person('A'), d.person('B')
    if lay == 'header':
        d.fp('vmhdr')
    elif lay == 'header2':
        d.fp('vmhdr')
        d.t('Pour : ' if d.fr else 'For: ')
        d.field('K', r.choice(['f', 'Sg']))
        d.t('\n')
    elif lay == 'ticket':
        d.t('Ticket ' if not d.fr else 'Billet ')
        d.field('file', None)
        d.t(' – ' + ('message vocal' if d.fr else 'voice message') + '\n')
        d.fp('vmhdr')
    d.lower = True
    d.spoken = True
    d.fp('vmopen')
    for _ in range(r.randint(3, 6)):
        d.t(' ' + r.choice(['', 'euh ', 'pis ', 'ok ', 'donc ']) if d.fr else ' ' + r.choice(['', 'um ', 'so ', 'and ', 'uh ']))
        if r.random() < 0.2:
            d.field('CT', None)
            d.t(' ')
        d.fp('vmbody')
    d.t(' ')
    d.fp('vmclose')
    d.lower = d.spoken = False
    if lay in ('header', 'ticket') and r.random() < 0.6:
        d.t('\n\n' + ('Traité par : ' if d.fr else 'Handled by: '))
        d.field('K', r.choice(['f', 'i', 'ini']))
        d.t('\n')


# 3. complaints --------------------------------------------------------------
pool('cmp_layout_fr', ['letter', 'form', 'letter2', 'form2'])
pool('cmp_layout_en', ['form2', 'letter2', 'form', 'letter'])
pool('cmpsubj_fr', ['Plainte – service reçu au comptoir', 'Plainte concernant un employé', 'Contestation d\'une facture', 'Bruit et insalubrité', 'Plainte – déneigement', 'Demande de révision'])
pool('cmpsubj_en', ['Complaint about counter service', 'Complaint about an employee', 'Disputed invoice', 'Noise and unsanitary conditions', 'Complaint - snow removal', 'Request for review'])
pool('cmpbody_fr', LN(r"""
Le {date}, je me suis présenté{A.e} au comptoir de {org} et l'agent{B.e} {B.s} a refusé de prendre ma demande.
Mon voisin, {C.ts}, fait du bruit tous les soirs depuis qu'{C.il} habite au {addr}.
J'ai appelé trois fois au {toll} sans obtenir de réponse.
{B.Ts} m'a raccroché au nez le {date}.
On m'a facturé {amount} alors que j'avais déjà payé.
Ma fille {D.g} ({age} ans) a été témoin de la scène.
Je demande que {B.i} soit rencontré{B.e} par son supérieur, {E.tf}.
Le déneigement n'a pas été fait sur {lstreet} depuis le {date}.
Je vous joins la lettre de {C.f} qui confirme mes dires.
Je conteste la décision rendue (réf. : {law}).
Vous pouvez me joindre au {tel} ou à {A.email}.
Mon numéro de dossier est le {file}.
Je ne comprends pas pourquoi mon NAS ({sin}) apparaît sur une lettre adressée à {C.f}.
Le chauffeur, un certain {C.g}, n'a pas voulu me laisser monter au {place}.
{C.Ts} et {C.sonconj}, {D.f}, habitent juste à côté et peuvent témoigner.
Je suis une personne âgée ({A.ne} le {dob}) et ce traitement est inacceptable.
"""))
pool('cmpbody_en', LN(r"""
On {date}, I went to the counter at {org} and the agent, {B.s}, refused to take my request.
My neighbour, {C.ts}, has been making noise every night since {C.he} moved into {addr}.
I called {toll} three times without getting an answer.
{B.Ts} hung up on me on {date}.
I was billed {amount} even though I had already paid.
My daughter {D.g} ({age}) saw the whole thing.
I ask that {B.i} meet with {B.his} supervisor, {E.tf}.
Snow has not been cleared on {street} since {date}.
I am attaching the letter from {C.f} that confirms what I say.
I dispute the decision made under the {law}.
You can reach me at {tel} or at {A.email}.
My file number is {file}.
I don't understand why my SIN ({sin}) appears on a letter addressed to {C.f}.
The driver, a guy named {C.g}, would not let me board at {place}.
{C.Ts} and {C.his} partner {D.f} live next door and can testify.
I am a senior (born {dob}) and this treatment is unacceptable.
"""))
pool('cmpclose_fr', ['Veuillez agréer, Madame, Monsieur, mes salutations distinguées.', 'Dans l\'attente de votre réponse, je vous prie d\'accepter mes salutations.', 'Merci de donner suite rapidement.', 'Je compte sur votre diligence.'])
pool('cmpclose_en', ['Yours truly,', 'I look forward to your reply.', 'Please act on this quickly.', 'Sincerely,'])


def fam_complaint(d):
    r = d.r
    lay = d.pick('cmp_layout_' + d.lang)
    A, B = d.person('A'), d.person('B')
    fr = d.fr
    if lay == 'letter':
        d.f('{A.f}\n{addr}\n' + ('{city} (Québec) {postal}\n' if fr else '{city}, Quebec {postal}\n') + '{tel}\n\n')
        d.f('{city}, le {date}\n\n' if fr else '{date}\n\n')
        d.f('{org}\n' + ('Service des plaintes\n\nObjet : ' if fr else 'Complaints Department\n\nRe: '))
        d.fp('cmpsubj')
        d.t('\n\n' + ('Madame, Monsieur,' if fr else 'To whom it may concern,') + '\n\n')
        body(d, 'cmpbody', r.randint(3, 4))
        d.t('\n\n')
        body(d, 'cmpbody', r.randint(1, 2))
        d.t('\n\n')
        d.fp('cmpclose')
        d.f('\n\n{A.f}\n')
    elif lay == 'letter2':
        d.f('Le {date}\n\nÀ l\'attention de {B.tf}\n{role}\n{org}\n\nObjet : ' if fr else '{date}\n\nAttention: {B.tf}\n{role}\n{org}\n\nSubject: ')
        d.fp('cmpsubj')
        d.f('\n\n{B.Ts},\n\n' if fr else '\n\nDear {B.ts},\n\n')
        d.f('Je, soussigné{A.e}, {A.C}, domicilié{A.e} au {addr}, {city}, dépose la présente plainte. ' if fr
            else 'I, the undersigned, {A.C}, residing at {addr}, {city}, file this complaint. ')
        body(d, 'cmpbody', r.randint(3, 5))
        d.t('\n\n')
        d.fp('cmpclose')
        d.f('\n\nSignature : {A.C}\nCourriel : {A.email}\n' if fr else '\n\nSignature: {A.C}\nEmail: {A.email}\n')
    elif lay == 'form':
        if fr:
            d.f('Formulaire de plainte en ligne – {org}\nNuméro de référence : {file}\nNom : {A.s}\nPrénom : {A.g}\n'
                'Date de naissance : {dob}\nAdresse : {addr}\nVille : {city}\nCode postal : {postal}\nTéléphone : {tel}\n'
                'Courriel : {A.email}\nEmployé concerné : {B.f}\nDescription de l\'incident :\n')
        else:
            d.f('Online complaint form – {org}\nReference number: {file}\nLast name: {A.s}\nFirst name: {A.g}\n'
                'Date of birth: {dob}\nAddress: {addr}\nCity: {city}\nPostal code: {postal}\nPhone: {tel}\n'
                'Email: {A.email}\nEmployee involved: {B.f}\nDescription:\n')
        body(d, 'cmpbody', r.randint(3, 5))
        d.t('\n')
    else:
        if fr:
            d.f('PLAINTE WEB #{file}\nNOM COMPLET : {A.C}\nDDN : {dob}\nTÉLÉPHONE (JOUR) : {tel}\nTÉLÉPHONE (SOIR) : {tel}\n'
                'ADRESSE : {addr}, {city} {postal}\nNO RAMQ : {A.ramq}\nMOTIF : ')
        else:
            d.f('WEB COMPLAINT #{file}\nFULL NAME: {A.C}\nDOB: {dob}\nPHONE (DAY): {tel}\nPHONE (EVENING): {tel}\n'
                'ADDRESS: {addr}, {city} {postal}\nMEDICARE NO: {A.ramq}\nREASON: ')
        d.fp('cmpsubj')
        d.t('\n' + ('DÉTAILS :' if fr else 'DETAILS:') + '\n')
        d.lower = r.random() < 0.4
        body(d, 'cmpbody', r.randint(3, 5))
        d.lower = False
        d.t('\n')


# 4. chats -------------------------------------------------------------------
pool('chat_layout_fr', ['teams', 'sms', 'whatsapp', 'teams2'])
pool('chat_layout_en', ['whatsapp', 'teams2', 'sms', 'teams'])
pool('chatmsg_fr', LN(r"""
salut {Y.gl} t'as vu le courriel de {C.s}?
oui jvais l'appeler au {tel} tantôt 👍
c quoi l'adresse de la cliente déjà?
{addr}, {city} je pense
ok merci 🙏
{C.gl} a appelé pour son dossier {file}, peux-tu le rappeler stp
son NAS c'est {sin} mais chut 🤫
lol {D.gl} est encore en retard
jsp si {C.sl} a reçu le chèque de {amount}
rdv demain {hm} au {place} avec {C.g} et {D.g}
tkt j'ai envoyé à {C.email}
la mère s'appelle {D.f}, née le {dob}
dac 😅
{Y.g} peux-tu checker le dossier de {C.Sg} stp
le gars de {org} m'a donné le {tel} poste {ext}
{C.ts} veut parler à un superviseur 🙄
pcq {D.g} est malade, elle revient lundi
c'est beau j'ai mis {E.f} en cc
"""))
pool('chatmsg_en', LN(r"""
hey {Y.gl} did you see {C.s}'s email?
yep gonna call her at {tel} later 👍
what's the client's address again?
{addr}, {city} i think
ok thx 🙏
{C.gl} called about file {file}, can u call back pls
her SIN is {sin} but shh 🤫
lol {D.gl} is late again
idk if {C.sl} got the cheque for {amount}
mtg tmrw {hm} at {place} w/ {C.g} and {D.g}
np sent it to {C.email}
mom's name is {D.f}, DOB {dob}
k 😅
{Y.g} can u check {C.Sg}'s file pls
the guy at {org} gave me {tel} ext {ext}
{C.ts} wants a supervisor 🙄
{D.g} is sick btw, back monday
cool i cc'd {E.f}
"""))


def fam_chat(d):
    r = d.r
    lay = d.pick('chat_layout_' + d.lang)
    spk = [d.person('A'), d.person('B')]
    forms = [r.choice(['gi', 'f', 'g', 'ini', 'l', 'gl']), r.choice(['gi', 'f', 'g', 'ini', 'Sg'])]
    y, mo, da = r.randrange(2023, 2027), r.randrange(1, 13), r.randrange(1, 29)
    h, mi = r.randrange(7, 20), r.randrange(60)
    if lay == 'teams2':
        d.f(('Conversation Teams – exportée le {date}\nParticipants : {A.f}, {B.f}\n\n') if d.fr
            else 'Teams chat – exported {date}\nParticipants: {A.f}, {B.f}\n\n')
    for i in range(r.randint(6, 11)):
        w = i % 2 if r.random() < 0.8 else 1 - i % 2
        who = 'AB'[w]
        other = 'AB'[1 - w]
        d.people['Y'] = d.people[other]
        mi += r.randrange(1, 9)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        if lay == 'teams':
            d.t('[')
            d.dec('DATE', '%d-%02d-%02d' % (y, mo, da))
            d.t(' %02d:%02d] ' % (h, mi))
            d.field(who, forms[w])
            d.t(' : ' if d.fr else ': ')
        elif lay == 'sms':
            d.field(who, forms[w])
            d.t(' (%02d:%02d): ' % (h, mi))
        elif lay == 'whatsapp':
            d.t('')
            d.dec('DATE', '%02d/%02d/%d' % (da, mo, y))
            d.t(', %02d:%02d - ' % (h, mi))
            d.field(who, forms[w])
            d.t(': ')
        else:
            d.field(who, forms[w])
            d.t('  %d:%02d %s\n' % ((h - 1) % 12 + 1, mi, 'AM' if h < 12 else 'PM') if not d.fr else '  %02d:%02d\n' % (h, mi))
        if r.random() < 0.12:
            d.field('CT', None)
        else:
            d.fp('chatmsg')
        d.t('\n')


# 5. interviews --------------------------------------------------------------
pool('iv_layout_fr', ['qr', 'roles', 'initials', 'names'])
pool('iv_layout_en', ['names', 'initials', 'qr', 'roles'])
pool('ivhdr_fr', LN(r"""
Transcription d'entrevue – {date}\nParticipant{A.e} : {A.f} ({A.ne} le {dob})\nResponsable de l'entrevue : {B.f}\nLieu : {org}, {city}\n
ENTREVUE NO {file}\nPersonne rencontrée : {A.SG}\nDate : {date}\nPrésent{C.e} : {C.tf}\n
Entretien enregistré le {date} au {place}\nRépondant{A.e} : {A.Sg}\nIntervenant{B.e} : {B.i}\n
Verbatim – rencontre du {date}\nInterlocuteurs : {A.f} et {B.f}\n
"""))
pool('ivhdr_en', LN(r"""
Interview transcript – {date}\nParticipant: {A.f} (born {dob})\nInterviewer: {B.f}\nLocation: {org}, {city}\n
INTERVIEW NO. {file}\nInterviewee: {A.SG}\nDate: {date}\nAlso present: {C.tf}\n
Recorded interview, {date}, at {place}\nRespondent: {A.Sg}\nInterviewer: {B.i}\n
Verbatim – meeting of {date}\nSpeakers: {A.f} and {B.f}\n
"""))
pool('ivq_fr', LN(r"""
Pouvez-vous me dire qui habite avec vous présentement?
Depuis quand connaissez-vous {C.ts}?
Qui était présent le {date}?
Avez-vous un numéro où on peut vous joindre?
Parlez-moi de votre relation avec {C.g}.
Quelle est votre adresse actuelle?
Est-ce que {D.s} vous a parlé après l'incident?
Avez-vous de la famille dans la région?
Qui s'occupe des enfants quand vous travaillez?
Avez-vous votre carte d'assurance maladie avec vous?
"""))
pool('ivq_en', LN(r"""
Can you tell me who lives with you right now?
How long have you known {C.ts}?
Who was there on {date}?
Is there a number where we can reach you?
Tell me about your relationship with {C.g}.
What is your current address?
Did {D.s} talk to you after the incident?
Do you have family in the area?
Who looks after the kids when you work?
Do you have your health card with you?
"""))
pool('iva_fr', LN(r"""
J'habite avec {C.monconj}, {C.f}, et nos deux enfants, {D.g} et {E.g}.
Je {C.le} connais depuis l'école; tout le monde l'appelait {C.gl} à l'époque.
C'est {C.g} qui m'a présenté{A.e} à {D.s}, au {place}.
Oui, vous pouvez m'appeler au {tel}, ou écrire à {A.email}.
J'habite au {addr}, à {city}, depuis {n} ans.
Il y avait {C.g}, {D.f}, {E.ts} et moi.
{C.S} a dit qu'{C.il} ne voulait plus rien savoir de {D.g}.
Oui, {C.monfrere} {C.g} habite à {city}, en {region}.
Je ne me souviens plus exactement, c'était avant le {date}.
Ma mère, {D.ts}, est née le {dob}; elle a besoin d'aide.
C'est {D.g} qui garde les petits, ou des fois la voisine, {E.ts}.
Oui, c'est {A.ramq}.
Non. {C.s} m'a juste texté, rien d'autre.
"""))
pool('iva_en', LN(r"""
I live with {C.myspouse}, {C.f}, and our two kids, {D.g} and {E.g}.
I've known {C.him} since school; everybody called {C.him} {C.gl} back then.
It was {C.g} who introduced me to {D.s}, at {place}.
Yes, you can call me at {tel}, or write to {A.email}.
I live at {addr}, in {city}, for {n} years now.
There was {C.g}, {D.f}, {E.ts} and me.
{C.s} said {C.he} didn't want anything to do with {D.g} anymore.
Yes, my {C.bro} {C.g} lives in {city}, in the {region} region.
I don't remember exactly, it was before {date}.
My mother, {D.ts}, was born on {dob}; she needs help.
{D.g} babysits, or sometimes the neighbour, {E.ts}.
Yes, it's {A.ramq}.
No. {C.s} just texted me, nothing else.
"""))


def fam_interview(d):
    r = d.r
    lay = d.pick('iv_layout_' + d.lang)
    A, B = d.person('A'), d.person('B')
    d.fp('ivhdr')
    d.t('\n')
    fr = d.fr
    for _ in range(r.randint(4, 7)):
        if lay == 'qr':
            d.t('Q : ' if fr else 'Q: ')
        elif lay == 'roles':
            d.t('Intervieweur : ' if fr else 'Interviewer: ')
        elif lay == 'initials':
            d.field('B', 'ini')
            d.t(' : ' if fr else ': ')
        else:
            d.field('B', 'f' if r.random() < 0.5 else 'gi')
            d.t(' : ' if fr else ': ')
        d.fp('ivq')
        d.t('\n')
        if lay == 'qr':
            d.t('R : ' if fr else 'A: ')
        elif lay == 'roles':
            d.t('Répondant : ' if fr else 'Respondent: ')
        elif lay == 'initials':
            d.field('A', 'ini')
            d.t(' : ' if fr else ': ')
        else:
            d.field('A', 'f' if r.random() < 0.5 else 'gi')
            d.t(' : ' if fr else ': ')
        if r.random() < 0.25:
            d.field('CT', None)
            d.t(' ')
        d.fp('iva')
        d.t('\n')


# 6. home visits / social work notes -------------------------------------------
pool('hv_layout_fr', ['note', 'report', 'soap', 'suivi'])
pool('hv_layout_en', ['soap', 'suivi', 'note', 'report'])
pool('hvhdr_fr', LN(r"""
Note évolutive – visite à domicile\nDate : {date}\nUsager : {A.SG} (DDN : {dob})\nRAMQ : {A.ramq}\nAdresse : {addr}, {city}\nIntervenante : {B.f}, t.s.\n
RAPPORT DE VISITE\nDossier : {file}\nUsager{A.e} : {A.Sg}, {A.ne} le {dob}\nLieu : domicile, {addr}, {city} {postal}\nPar : {B.i}\n
Notes d'intervention (SOAP) – {date}\nClient{A.e} : {A.f}\nDate de naissance : {dob}\nIntervenant{B.e} : {B.f}, {org}\n
Suivi psychosocial – {org}\nNom : {A.C}\nNo de dossier : {file}\nDate de la rencontre : {date}\n
"""))
pool('hvhdr_en', LN(r"""
Progress note – home visit\nDate: {date}\nClient: {A.SG} (DOB: {dob})\nMedicare: {A.ramq}\nAddress: {addr}, {city}\nWorker: {B.f}, SW\n
HOME VISIT REPORT\nFile: {file}\nClient: {A.Sg}, born {dob}\nLocation: home, {addr}, {city} {postal}\nBy: {B.i}\n
Case note (SOAP) – {date}\nClient: {A.f}\nDate of birth: {dob}\nWorker: {B.f}, {org}\n
Psychosocial follow-up – {org}\nName: {A.C}\nFile no.: {file}\nMeeting date: {date}\n
"""))
pool('hvopen_fr', LN(r"""
Visite effectuée en présence de {A.f}, de {C.sonconj} {C.f} et des enfants {D.g} ({age} ans) et {E.g} ({age} ans).
Présents : {A.f}, {C.f}, {D.g} ({age} ans), {E.g} ({age} ans) et la grand-mère, {F.ts}.
Rencontre à domicile avec {A.ts} et ses enfants, {D.g} ({age} ans) et {E.g} ({age} mois); {C.f} était absent{C.e}.
Accueilli{B.e} par {A.g} et sa sœur {F.f}; les enfants {D.g} ({age} ans) et {E.g} ({age} ans) étaient à l'école.
"""))
pool('hvopen_en', LN(r"""
Visit done with {A.f}, {A.his} partner {C.f} and the children {D.g} ({age}) and {E.g} ({age}).
Present: {A.f}, {C.f}, {D.g} (age {age}), {E.g} (age {age}) and the grandmother, {F.ts}.
Home meeting with {A.ts} and {A.his} kids, {D.g} ({age} y.o.) and {E.g} ({age} months); {C.f} was away.
Met by {A.g} and {A.his} sister {F.f}; the children {D.g} ({age}) and {E.g} ({age}) were at school.
"""))
pool('hvbody_fr', LN(r"""
La famille est arrivée en {region} il y a deux ans.
{A.g} rapporte que la situation s'est améliorée depuis la dernière visite.
{D.g} fréquente l'école du quartier et semble bien s'adapter.
{C.g} travaille de nuit et dort le jour, ce qui crée des tensions.
La grand-mère maternelle, {F.ts}, vient aider les fins de semaine.
{A.g} mentionne des conflits avec son frère {G.g} ({aage} ans).
{E.g} avait de la fièvre lors de la visite; un rendez-vous est prévu le {date} à {org}.
Le propriétaire, {G.ts}, refuse toujours de faire les réparations.
{A.g} dit avoir reçu {amount} en aide financière le mois dernier.
{D.g} et {E.g} partagent une chambre; {A.g} souhaite déménager près {dstreet}.
{F.g} pourrait héberger les enfants en cas d'urgence; on peut {F.le} joindre au {tel}.
{C.g} nie toute consommation; {A.g} semble d'un autre avis.
L'enseignante de {D.g}, {H.ts}, a signalé des absences répétées.
"""))
pool('hvbody_en', LN(r"""
The family moved to the {region} region two years ago.
{A.g} reports that things have improved since the last visit.
{D.g} attends the local school and seems to be adjusting well.
{C.g} works nights and sleeps during the day, which causes tension.
The maternal grandmother, {F.ts}, helps out on weekends.
{A.g} mentions conflicts with {A.his} brother {G.g} ({aage}).
{E.g} had a fever during the visit; an appointment is booked on {date} at {org}.
The landlord, {G.ts}, still refuses to do the repairs.
{A.g} says {A.he} received {amount} in financial aid last month.
{D.g} and {E.g} share a bedroom; {A.g} would like to move closer to {street}.
{F.g} could take the children in an emergency and can be reached at {tel}.
{C.g} denies any substance use; {A.g} seems to disagree.
{D.g}'s teacher, {H.ts}, reported repeated absences.
"""))
pool('hvplan_fr', ['Plan : prochaine visite le {date}.', 'Suivi téléphonique prévu avec {A.g} au {tel}.', 'Référence faite à {org}.', 'À discuter avec {K.f} en supervision.'])
pool('hvplan_en', ['Plan: next visit on {date}.', 'Phone follow-up with {A.g} at {tel}.', 'Referral made to {org}.', 'To discuss with {K.f} in supervision.'])


def fam_homevisit(d):
    r = d.r
    lay = d.pick('hv_layout_' + d.lang)
    d.person('A'), d.person('B')
    d.person('C', r.choice('mf'))
    d.person('F', 'f')
    heads = {'soap': ('S : ', 'O/A : ', 'P : ') if d.fr else ('S: ', 'O/A: ', 'P: '),
             'report': ('Observations :\n', 'Analyse :\n', 'Plan :\n') if d.fr else ('Observations:\n', 'Assessment:\n', 'Plan:\n'),
             'suivi': ('Faits saillants : ', '', 'Suite : ') if d.fr else ('Highlights: ', '', 'Next: ')}.get(lay, ('', '', ''))
    d.fp('hvhdr')
    d.t('\n' + heads[0])
    d.fp('hvopen')
    d.t(' ')
    body(d, 'hvbody', r.randint(3, 5))
    d.t('\n\n' + heads[1])
    body(d, 'hvbody', r.randint(1, 3))
    d.t('\n\n' + heads[2])
    d.fp('hvplan')
    d.t('\n')
    if r.random() < 0.5:
        d.f('\n{B.f}\n{role}\n{tel} poste {ext}\n' if d.fr else '\n{B.f}\n{role}\n{tel} ext. {ext}\n')


# 7. tax / benefit file notes --------------------------------------------------
pool('tax_layout_fr', ['rq', 'call', 'benefit', 'audit'])
pool('tax_layout_en', ['audit', 'benefit', 'cra', 'call'])
pool('taxhdr_fr', LN(r"""
REVENU QUÉBEC – NOTE AU DOSSIER\nDossier : {file}\nContribuable : {A.SG}\nNAS : {sin}\nDate de naissance : {dob}\nAdresse : {addr}, {city} {postal}\nDate de la note : {date}\nAgent{B.e} : {B.f}\n
Note d'appel – {org}\nNo de client : {file}\nNom : {A.C}\nNAS : {sin}\nAppel reçu le {date} à {time}\nTraité par : {B.i}\n
Aide financière de dernier recours – note de suivi\nPrestataire : {A.Sg}\nNAS : {sin}\nDossier : {file}\nAgent{B.e} d'aide : {B.f}\n
Vérification fiscale – dossier {file}\nContribuable : {A.f}\nNAS : {sin}\nVérification : {B.Sg}\nPériode visée : années 2021 à 2023\n
"""))
pool('taxhdr_en', LN(r"""
CRA – T2 NOTES / CASE {file}\nTaxpayer: {A.SG}\nSIN: {sin}\nDOB: {dob}\nAddress: {addr}, {city} {postal}\nNote date: {date}\nOfficer: {B.f}\n
Call note – {org}\nClient no.: {file}\nName: {A.C}\nSIN: {sin}\nCall received {date} at {time}\nHandled by: {B.i}\n
Benefit file – follow-up note\nRecipient: {A.Sg}\nSIN: {sin}\nFile: {file}\nBenefits officer: {B.f}\n
Audit file {file}\nTaxpayer: {A.f}\nSIN: {sin}\nAuditor: {B.Sg}\nPeriod: 2021 to 2023 taxation years\n
"""))
pool('taxbody_fr', LN(r"""
Pièce d'identité présentée : passeport {pass}.
Appel entrant de {A.ts} concernant l'avis de cotisation du {date}.
Solde dû : {amount}, intérêts compris.
{A.Il} demande un dépôt direct : institution {inst}, transit {transit}, compte {acct}.
Conjoint{C.e} : {C.f}, NAS {sin}, {C.ne} le {dob}.
Mandataire : {D.tf} (comptable), tél. {tel}.
Entente de paiement de {amount} par mois à compter du {date}.
Référence : {law}.
Paiement par carte {card} refusé le {date}.
Le contribuable a présenté son permis de conduire ({lic}) comme pièce d'identité.
Passeport {pass} présenté au comptoir de {city}.
Crédit d'impôt pour solidarité de {amount} versé le {date}.
Personne à charge : {E.f}, {E.ne} le {dob}.
{A.s} conteste la pénalité; dossier transmis à {F.f} au service des oppositions.
Le remboursement de {amount} a été déposé au compte {acct} le {date}.
Avis envoyé au {addr}, {city}; retourné à l'expéditeur.
Selon {D.s}, les relevés manquants seront envoyés avant le {date}.
Carte de crédit enregistrée pour les prélèvements : {card}.
"""))
pool('taxbody_en', LN(r"""
ID shown: passport {pass}.
Incoming call from {A.ts} about the notice of assessment dated {date}.
Balance owing: {amount}, including interest.
{A.He} asked for direct deposit: institution {inst}, transit {transit}, account {acct}.
Spouse: {C.f}, SIN {sin}, born {dob}.
Representative: {D.tf} (accountant), tel. {tel}.
Payment arrangement of {amount} per month starting {date}.
Reference: {law}.
Payment by card {card} declined on {date}.
The taxpayer showed a driver's licence ({lic}) as ID.
Passport {pass} shown at the {city} counter.
GST/HST credit of {amount} paid on {date}.
Dependant: {E.f}, born {dob}.
{A.s} disputes the penalty; file sent to {F.f} in Appeals.
The refund of {amount} was deposited to account {acct} on {date}.
Notice mailed to {addr}, {city}; returned to sender.
According to {D.s}, the missing slips will be sent before {date}.
Credit card on file for pre-authorized debits: {card}.
"""))


def fam_tax(d):
    r = d.r
    lay = d.pick('tax_layout_' + d.lang)
    d.person('A'), d.person('B')
    d.fp('taxhdr')
    d.t('\n')
    if lay in ('call', 'cra'):
        d.t('Résumé : ' if d.fr else 'Summary: ')
    for i in range(r.randint(4, 7)):
        d.t('\n- ' if lay in ('rq', 'audit') else (' ' if i else ''))
        if r.random() < 0.2:
            d.field('CT', None)
            d.t(' ')
        d.fp('taxbody')
    d.t('\n\n')
    d.f('— {B.ini}' if r.random() < 0.5 else '{B.f}, {role}')
    d.t('\n')


# 8. statements / incident narratives ------------------------------------------
pool('st_layout_fr', ['witness', 'incident', 'witness2', 'incident2'])
pool('st_layout_en', ['incident2', 'witness2', 'incident', 'witness'])
pool('sthdr_fr', LN(r"""
DÉCLARATION DE TÉMOIN\nNo d'événement : {file}\nDate : {date}\n\nJe, soussigné{A.e}, {A.C}, {A.ne} le {dob}, demeurant au {addr}, {city}, déclare ce qui suit :\n
Déclaration volontaire\nÉvénement {file} – {date}\nNom du témoin : {A.SG}\nDDN : {dob}\nTél. : {tel}\n\n
RAPPORT D'ÉVÉNEMENT {file}\nDate : {date}\nRédigé par : agent{B.e} {B.s}, matricule {mat}\n\n
Rapport complémentaire – dossier {file}\nAgent{B.e} rapporteur : {B.i} (mat. {mat})\nLieu : {place}, {city}\n\n
"""))
pool('sthdr_en', LN(r"""
WITNESS STATEMENT\nOccurrence #: {file}\nDate: {date}\n\nI, {A.C}, born {dob}, of {addr}, {city}, state as follows:\n
Voluntary statement\nIncident {file} – {date}\nWitness name: {A.SG}\nDOB: {dob}\nPhone: {tel}\n\n
INCIDENT REPORT {file}\nDate: {date}\nWritten by: Constable {B.s}, badge {mat}\n\n
Supplementary report – file {file}\nReporting officer: Sgt {B.i} (badge {mat})\nLocation: {place}, {city}\n\n
"""))
pool('stbody_fr', LN(r"""
Vers {time}, j'étais au {place} avec {C.g} quand un individu, identifié plus tard comme {D.f}, s'est mis à crier.
J'ai vu {D.s} pousser {E.ts} sur le trottoir {dstreet}.
L'agent{B.e} {B.s} est arrivé{B.e} quelques minutes plus tard avec sa collègue, l'agente {F.s}.
Le conducteur m'a montré son permis ({lic}) et m'a dit s'appeler {G.f}.
La victime, {E.SG}, saignait au visage; {E.il} a été transporté{E.e} à {org}.
Un homme ({D.inid}) et une femme ({H.inid}) ont quitté les lieux à pied.
{C.g} a appelé le 911 avec son cellulaire ({tel}).
Je connais {D.g} de vue; {D.il} habite au {addr}, je crois.
Sur place, les policiers rencontrent {E.ts} (DDN {dob}), qui déclare avoir été frappé{E.e}.
Le suspect ({D.inid}) est décrit comme grand, portant un manteau noir.
Les policiers {B.i} et {F.i} procèdent à l'arrestation de {D.f} à l'angle {dstreet}.
{G.Ts}, propriétaire du dépanneur, remet les images de caméra.
Selon {C.s}, la dispute aurait commencé au sujet d'une somme de {amount}.
Je n'ai rien d'autre à ajouter.
Le témoin {C.f} ({C.ne} le {dob}) confirme la version de {A.g}.
"""))
pool('stbody_en', LN(r"""
Around {time}, I was at {place} with {C.g} when a {D.mr}, later identified as {D.f}, started yelling.
I saw {D.s} push {E.ts} on the sidewalk on {street}.
Constable {B.s} arrived a few minutes later with {B.his} partner, Constable {F.s}.
The driver showed me {G.his} licence ({lic}) and said {G.his} name was {G.f}.
The victim, {E.SG}, was bleeding from the face and was taken to {org}.
A man ({D.inid}) and a woman ({H.inid}) left on foot.
{C.g} called 911 on {C.his} cell ({tel}).
I know {D.g} by sight; {D.he} lives at {addr}, I think.
On scene, officers met {E.ts} (DOB {dob}), who said {E.he} had been hit.
The suspect ({D.inid}) is described as tall, wearing a black coat.
Officers {B.i} and {F.i} arrested {D.f} at the corner of {street}.
{G.Ts}, owner of the corner store, handed over the camera footage.
According to {C.s}, the argument started over {amount}.
I have nothing else to add.
Witness {C.f} (born {dob}) confirms {A.g}'s account.
"""))


def fam_statement(d):
    r = d.r
    lay = d.pick('st_layout_' + d.lang)
    d.person('A'), d.person('B')
    d.fp('sthdr')
    d.t('\n')
    body(d, 'stbody', r.randint(3, 5))
    d.t('\n\n')
    body(d, 'stbody', r.randint(2, 3))
    d.t('\n\n')
    if lay.startswith('witness'):
        d.f('Signature : {A.f}\nTémoin de la signature : agent{B.e} {B.s}\n' if d.fr
            else 'Signed: {A.f}\nWitnessed by: Constable {B.s}\n')
    else:
        d.f('Rédigé par {B.i}, {date}.\n' if d.fr else 'Written by {B.i}, {date}.\n')


FAMILIES = [('email', fam_email), ('voicemail', fam_voicemail), ('complaint', fam_complaint), ('chat', fam_chat),
            ('interview', fam_interview), ('homevisit', fam_homevisit), ('tax', fam_tax), ('statement', fam_statement)]


def make_doc(split, idx, rng, keep=None):
    lang = 'fr' if rng.random() < 0.6 else 'en'
    fam, fn = FAMILIES[(idx + rng.randrange(8)) % 8] if rng.random() < 0.5 else FAMILIES[idx % 8]
    d = Doc(rng, lang, split)
    fn(d)
    if keep is not None:
        keep.append(d.stext)
    return {'id': 'indep7-%s-%05d' % (split, idx + 1), 'lang': lang, 'family': fam, 'text': d.text(), 'spans': d.spans}


def generate(split, count, seed, keep=None):
    rng = random.Random('indep7:%s:%d' % (split, seed))
    return [make_doc(split, i, rng, keep) for i in range(count)]


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False, sort_keys=False)


# ---------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------
def name_tokens(h, split_tokens=False):
    toks = set()
    names = [n for lst in GIVEN[h].values() for n in lst] + [n for lst in SURN[h].values() for n in lst]
    for n in names:
        if split_tokens:
            toks.update(t for t in re.split(r"[\s,.'\-]+", n.lower()) if len(t) > 2)
        else:
            toks.add(n.lower())
    return toks


def check_docs(docs, split, errs):
    other = 'H' if split == 'W' else 'W'
    foreign_names = name_tokens(other, True) - name_tokens(split, True)
    foreign_items = {}
    for name, lst in POOLS.items():
        for x in half_of(lst, other):
            if '{' not in x and x not in half_of(lst, split):
                foreign_items[x.lower()] = name
    from collections import Counter
    cnt = Counter()
    for d in docs:
        b = d['text'].encode('utf-8')
        prev = []
        for sp in d['spans']:
            s, e = sp['start'], sp['end']
            seg = b[s:e]
            try:
                txt = seg.decode('utf-8')
            except UnicodeDecodeError:
                errs.append('%s: span not on utf-8 boundary %r' % (d['id'], sp))
                continue
            if s >= e or not txt.strip():
                errs.append('%s: empty span %r' % (d['id'], sp))
            if txt != txt.strip():
                errs.append('%s: whitespace at span edge %r' % (d['id'], txt))
            if '\n' in txt:
                errs.append('%s: newline in span %r' % (d['id'], txt))
            prev.append((s, e))
            cnt[(sp['kind'], sp['type'])] += 1
            if sp['type'] == 'PERSON':
                low = txt.lower()
                for tok in re.split(r"[\s,.'\-]+", low):
                    if tok in foreign_names:
                        errs.append('%s: name from other half %r' % (d['id'], txt))
                # the whole span, or its parts around ', ' must not be a foreign name
            elif sp['kind'] == 'decoy' and txt.lower() in foreign_items:
                errs.append('%s: decoy from other half %r' % (d['id'], txt))
            elif sp['kind'] == 'content' and txt.lower() in foreign_items:
                errs.append('%s: content from other half %r' % (d['id'], txt))
        prev.sort()
        for (a, b1), (c, _e) in zip(prev, prev[1:]):
            if c < b1:
                errs.append('%s: overlapping spans at %d' % (d['id'], c))
    return cnt


def intended_check(docs, intended):
    """byte offsets must give back exactly the substring each span was made from."""
    errs = []
    for d, texts in zip(docs, intended):
        b = d['text'].encode('utf-8')
        if len(texts) != len(d['spans']):
            errs.append('%s: span count mismatch' % d['id'])
        for sp, want in zip(d['spans'], texts):
            if b[sp['start']:sp['end']] != want.encode('utf-8'):
                errs.append('%s: offsets do not give %r' % (d['id'], want))
    return errs


def check():
    errs = []
    # halves of every pool are disjoint
    for name, lst in POOLS.items():
        w, h = set(half_of(lst, 'W')), set(half_of(lst, 'H'))
        if w & h or not w or not h:
            errs.append('pool %s halves not disjoint/non-empty' % name)
    wn, hn = name_tokens('W'), name_tokens('H')
    if wn & hn:
        errs.append('name halves overlap: %r' % sorted(wn & hn)[:10])
    ng = sum(len(v) for h in 'WH' for v in GIVEN[h].values())
    ns = sum(len(v) for h in 'WH' for v in SURN[h].values())
    nc = sum(1 for h in 'WH' for v in SURN[h].values() for x in v if x in COMMON_SURN)
    print('given names %d, surnames %d (%.1f %% also common words), origins %d' % (ng, ns, 100 * nc / ns, len(ORIGINS)))
    if ng < 600 or ns < 600 or nc < 0.15 * ns:
        errs.append('name pools too small')
    out = {}
    for split, seed in (('W', 71), ('H', 72)):
        intended = []
        docs = generate(split, 300, seed, intended)
        errs += intended_check(docs, intended)
        again = generate(split, 300, seed)
        txt = ''.join(dumps(x) + '\n' for x in docs)
        if txt != ''.join(dumps(x) + '\n' for x in again):
            errs.append('non-deterministic output for %s' % split)
        cnt = check_docs(docs, split, errs)
        out[split] = (hashlib.sha256(txt.encode()).hexdigest(), cnt, docs)
    for split in 'WH':
        sha, cnt, docs = out[split]
        fams = {}
        for d in docs:
            fams[(d['family'], d['lang'])] = fams.get((d['family'], d['lang']), 0) + 1
        per = cnt[('pii', 'PERSON')]
        oth = sum(v for (k, t), v in cnt.items() if k == 'pii' and t != 'PERSON')
        dec = sum(v for (k, t), v in cnt.items() if k == 'decoy')
        con = cnt[('content', 'CONTENT')]
        print('%s: sha256 %s' % (split, sha))
        print('  PERSON %d, other pii %d, decoys %d, content %d' % (per, oth, dec, con))
        print('  ' + ', '.join('%s/%s %d' % (k[0], k[1], v) for k, v in sorted(cnt.items())))
        print('  families: ' + ', '.join('%s-%s %d' % (f, l, n) for (f, l), n in sorted(fams.items())))
        if per < 1500 or oth < 500 or dec < 800:
            errs.append('%s: below volume targets' % split)
        if len(fams) < 16:
            errs.append('%s: missing family/lang combinations' % split)
    for e in errs[:40]:
        print('ERROR', e)
    print('check: %s (%d errors)' % ('OK' if not errs else 'FAILED', len(errs)))
    return 0 if not errs else 1


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == '--check':
        sys.exit(check())
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.stderr.write(__doc__)
        sys.exit(2)
    out = sys.stdout
    for doc in generate(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])):
        out.write(dumps(doc) + '\n')


if __name__ == '__main__':
    main()
