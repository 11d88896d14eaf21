#!/usr/bin/env python3
"""freetext-indep6.py — independent generator #6 of synthetic, labelled
free-text records of a Québec public body (case notes, e-mail threads,
call transcripts, voicemails, minutes, complaints, incident reports, chat
logs, SMS exports, interviews, hand-off notes, home-visit notes, tribunal
hearing summaries, tax/benefit file notes, housing inspections, witness
statements), used to measure how well a redaction engine generalises.

Written by a helper session that read ONLY bench/freetext-score.py (for the
input format); every list, template and phrasing below was written from
scratch, without looking at the engine, its tests or the other generators.
Standard library only.

Usage:
  python3 bench/freetext-indep6.py W|H COUNT SEED > docs.jsonl
  python3 bench/freetext-indep6.py --check

Output: JSON Lines, one document per line:
  {"id": "indep6-00001", "lang": "fr"|"en", "family": "...", "text": "...",
   "spans": [{"kind": "pii"|"decoy"|"content", "type": "...",
              "start": S, "end": E}, ...]}
start/end are BYTE offsets into text.encode('utf-8') (what
freetext-score.py indexes).  Spans never overlap, are never empty and
never begin or end with whitespace.  About 60 % French, 40 % English.

Held-out split: the 16 document families and EVERY list (given names and
surnames per origin, organisations, places, eponymous places, cities,
regions, streets, law references, file-number formats, content sentences,
e-mail domains, job titles, speaker labels and the other phrasings) are
cut into two disjoint halves; split W uses only the first half of each,
split H only the second.  Identifier *formats* (phone layouts, SIN
grouping, date formats ...) are shared by both halves.

Labelling conventions
  pii     PERSON PHONE EMAIL SIN RAMQ ADDRESS POSTAL_CODE DOB PASSPORT
          CARD ACCOUNT LICENCE
          - PERSON covers the name only: titles (M., Mme, Dr, Dre, Me, Mr.,
            Ms., Mrs., Dr.) and "madame/monsieur" stay outside.  Forms: full,
            given alone, surname alone, "Surname, Given" (one span),
            CAPITALS, lower case, initials ("J.-F. Gagnon", "K. Osei"),
            speaker labels ("Marie T.").
          - ADDRESS = civic number + street (+ unit) only; the city is a
            decoy CITY, the province is unlabelled, the postal code is its
            own POSTAL_CODE span.
          - PHONE = the number only; "poste 123" / "ext. 12" is outside.
            Staff direct lines and staff e-mail addresses are pii too.
          - ACCOUNT = the account (folio) number only; the transit and
            institution numbers next to it are decoys typed BANKCODE.
          - DOB = the date only ("née le" outside).  RAMQ and licence numbers
            are derived from the person's name and date of birth.
  decoy   ORG PLACE CITY REGION STREET LAW FILE TOLLFREE AMOUNT DATE
          BANKCODE; organisations and places named after persons
          ("Aréna Maurice-Richard", "la pharmacie Line Gagnon"; the synthetic
          ones reuse the half's own given names and surnames) are one ORG or
          PLACE decoy for the whole name.  A date in an SMS timestamp is a
          DATE decoy.  Unlabelled text (times, the province, greetings,
          extensions, "911") is neutral.
  content CONTENT spans are whole ordinary sentences with no identifier;
          some deliberately contain words that are also surnames (page,
          rose, petit, young, park ...).

--check generates W 300 61 and H 300 62 twice, verifies every span
(offsets give back the intended substring, no overlap, non-empty, no
edge whitespace), the disjointness of all halves, determinism, and prints
counts per type.
"""
import datetime
import hashlib
import json
import random
import re
import sys
import unicodedata


def P(s):
    """pool written as 'a | b | c' (newlines allowed)."""
    return [x.strip() for x in s.replace('\n', '|').split('|') if x.strip()]


def LN(s):
    """pool written one item per line."""
    return [x.strip() for x in s.strip().split('\n') if x.strip()]


# ---------------------------------------------------------------- names
# origin -> (female given, male given, surnames).  Written from scratch.
NAMES = {
    'qc': (P('''Marie | Geneviève | Isabelle | Nathalie | Sylvie | Chantal | Josée | Mélanie | Julie |
Catherine | Émilie | Véronique | Annie | Karine | Stéphanie | Marie-Ève | Marie-Claude | Marie-Pier |
Anne-Marie | Audrey | Valérie | Caroline | Maude | Noémie | Océane | Rosalie | Florence | Léa | Camille |
Mégane | Ginette | Lise | Francine | Diane | Huguette | Jocelyne | Monique | Pierrette | Gisèle | Lucie |
Manon | Johanne | France | Danielle | Claudette | Solange | Béatrice | Alexandra | Marie-Josée | Line |
Claire | Rollande | Micheline | Andrée-Anne | Laurence | Ariane | Frédérique | Justine | Élodie | Myriam'''),
           P('''Jean | Pierre | Michel | André | Luc | Marc | Martin | Stéphane | Sébastien | Mathieu |
Jean-François | Jean-Philippe | Jean-Sébastien | Pierre-Luc | Marc-André | Louis-Philippe | François |
Éric | Patrick | Yves | Réjean | Gaétan | Normand | Gilles | Denis | Sylvain | Benoît | Guillaume |
Olivier | Félix | Samuel | Gabriel | Xavier | Antoine | Maxime | Alexandre | Simon | Vincent | Roger |
Jacques | Claude | Daniel | Serge | Rémi | Étienne | Hugo | Jérôme | Dominic | Jean-Guy | Ghislain |
Marcel | Lucien | Rosaire | Mario | Steve | Carl | Charles-Antoine | Émile | Léo | Thomas'''),
           P('''Tremblay | Gagnon | Roy | Côté | Bouchard | Gauthier | Morin | Lavoie | Fortin | Gagné |
Ouellet | Pelletier | Bélanger | Lévesque | Bergeron | Paquette | Girard | Simard | Caron | Beaulieu |
Cloutier | Dubé | Poirier | Fournier | Lapointe | Leclerc | Lefebvre | Poulin | Thibault | St-Pierre |
Nadeau | Martel | Hébert | Desrosiers | Vachon | Bédard | Giroux | Carrier | Mercier | Bisson |
Grenier | Théberge | Plourde | Sirois | Rioux | Arsenault | Turcotte | Bérubé | Landry | Doucet |
Savard | Guay | Vaillancourt | Drolet | Labrecque | Bilodeau | Couillard | Lemieux | Villeneuve |
Paradis | Dufour | Ménard | Gosselin | Lessard | Brassard | Dion | Pépin | Tardif | Comeau | Hamel |
Laplante | Leduc | Marcoux | Perron | Robitaille | St-Onge | Audet | Boivin | Beauchemin | Lajoie |
Charbonneau | Létourneau | Thériault | Bourassa | Gingras | Dionne | Chabot | Proulx | Ouimet |
de Grandpré | D'Amours | de Lorimier | Le Moyne | de Montigny | D'Astous | de la Chevrotière |
Des Ruisseaux | Boulanger | Boucher | Charpentier | Meunier | Marchand | Berger | Petit | Legrand |
Leblanc | Lebrun | Lenoir | Lapierre | Lafleur | Larose | Lamontagne | Laroche | Dubois | Champagne |
Chevalier | Couture | Poisson | Parent | Rivière | Page | Lejeune | Léger | Fontaine | Lacroix |
Labonté | Laliberté | Printemps | Sauvage | Marin | Pilote | Labelle | Vallée | Bonenfant | Clément |
Lebeau | Lamarche | Beausoleil | Jolicoeur | Boisvert | Lachance | Lavigne | Lamoureux | Carré |
Bonhomme | Lemire | Chartrand | Désilets''')),
    'en': (P('''Jennifer | Sarah | Emily | Heather | Megan | Rebecca | Amanda | Ashley | Lauren | Hannah |
Olivia | Madison | Abigail | Victoria | Karen | Linda | Susan | Deborah | Margaret | Patricia |
Elizabeth | Grace | Hope | Faith | Joy | Holly | Kimberly | Brittany | Chelsea | Wendy | Dorothy |
Shirley | Beverly | Gail'''),
           P('''James | John | Robert | Michael | William | David | Richard | Christopher | Matthew |
Andrew | Joshua | Ryan | Tyler | Brandon | Kevin | Brian | Steven | Jason | Justin | Nathan | Ethan |
Logan | Connor | Dylan | Scott | Gregory | Kenneth | Timothy | Jeffrey | Harold | Wayne | Gordon |
Russell | Derek'''),
           P('''Johnson | Williams | Jones | Davis | Wilson | Anderson | Thompson | Robinson | Clarke |
Harris | Lewis | Hughes | Edwards | Collins | Stewart | Morris | Rogers | Reed | Cooper | Richardson |
Howard | Peterson | Gray | Jenkins | Perry | Bennett | Barnes | Henderson | Coleman | Simmons |
Patterson | Reynolds | Hamilton | Graham | Wallace | Mitchell | Foster | Butler | Hayes | Ellis |
Harrison | Gibson | Webb | Holmes | Rose | King | Young | Park | Hope | Brown | White | Black | Green |
Baker | Cook | Smith | Miller | Hunter | Fisher | Carpenter | Mason | Taylor | Walker | Bird | Wolf |
Fox | Stone | Wood | Hill | Lane | Rice | Bush | Moon | Little | Long | Sharp | Strong | Bell |
Church | Day | Knight | Noble | Price | Small | Gold | Summers | Winter | Frost | Snow | Rich | Hall |
Bishop | Marsh | Field | Banks | Ford | Brook | Glass | Lamb | Potter | Wise''')),
    'ir': (P('''Siobhan | Niamh | Aoife | Saoirse | Maeve | Fiona | Sinéad | Bridget | Kathleen | Moira |
Eileen | Deirdre | Shona | Isla | Ailsa | Catriona | Roisin | Orla | Kirsty | Morag'''),
           P('''Seamus | Liam | Declan | Cormac | Ciaran | Eoin | Fergus | Angus | Callum | Hamish |
Alasdair | Ewan | Duncan | Malcolm | Lachlan | Niall | Ronan | Brendan | Kieran | Finlay'''),
           P('''O'Brien | O'Neill | O'Connor | O'Sullivan | O'Reilly | O'Donnell | O'Leary | McCarthy |
McDonald | MacLeod | MacKenzie | McLaughlin | McNamara | McMahon | MacDougall | McIntyre | MacPherson |
Murphy | Kelly | Walsh | Byrne | Doyle | Quinn | Fitzgerald | Gallagher | Kennedy | Boyle | Brennan |
Fraser | Campbell | Cameron | Ferguson | Sinclair | Buchanan | Drummond | Lindsay | Munro | Ross |
Sutherland | Gillespie | Keegan | Flanagan | Hogan | Power | Nolan | Dunne | Ward | Sullivan''')),
    'ht': (P('''Nadège | Guerline | Mirlande | Rose-Carmelle | Fabienne | Marjorie | Widline | Nathacha |
Ketly | Yolette | Marie-Flore | Mirline | Darline | Roseline | Gerda | Marlène | Judith | Daphnée |
Fedeline | Magalie | Rose-Andrée | Kettly'''),
           P('''Jean-Robert | Wilner | Frantz | Wesner | Pierre-Richard | Jean-Ronel | Dieudonné | Fritz |
Guerby | Josué | Kervens | Evens | Ronald | Jocelyn | Lesly | Réginald | Emmanuel | Ernst | Fednel |
Marckenson | Wisly | Jean-Claude'''),
           P('''Jean-Baptiste | Pierre-Louis | Joseph | Saint-Fleur | Exantus | Dorcélus | Désir | Jean-Louis |
Augustin | Bien-Aimé | Célestin | Charles | Dorval | Estimé | Fils-Aimé | Georges | Jeune | Louis-Jeune |
Lamour | Laguerre | Mérisier | Noël | Paul | Toussaint | Valcourt | Vilsaint | Zéphir | Dorméus |
Alexis | Métellus | Cadet | Bastien | Décembre | Fleurant | Innocent | Séraphin | Thélusma | Saintil |
Bellerive | Dorsainvil | Desravines | Jean-Gilles''')),
    'ar': (P('''Fatima | Amina | Khadija | Leila | Nadia | Samira | Yasmine | Salma | Rania | Meriem | Imane |
Sanaa | Houda | Zineb | Nour | Farah | Hiba | Malika | Soraya | Dounia | Asmaa | Karima | Lina | Widad'''),
           P('''Mohamed | Ahmed | Youssef | Karim | Rachid | Mehdi | Samir | Nabil | Hicham | Omar | Ali |
Hassan | Khalid | Mourad | Amine | Bilal | Tarek | Walid | Sofiane | Anas | Ilyes | Adel | Abdelkader |
Nassim | Riad'''),
           P('''Benali | Ben Ali | Bouazza | El Amrani | Belkacem | Haddad | Cherif | Mansouri | Khalil | Saadi |
Bensaid | Hamdi | Chaouch | Benjelloun | Alaoui | El Idrissi | Tazi | Bennani | Ouazzani | Rahmani |
Boukhari | Djebbar | Meziane | Zerrouki | Lahlou | Berrada | Ait Ahmed | Aït-Ouarab | al-Masri |
al-Hashimi | Abdallah | Nasser | Fakhoury | Khoury | Hamdan | Saleh | Ben Youssef | Bouchareb |
Mokhtari | Ghanem | Sabbagh | Daher | El Khoury | Benmansour''')),
    'vn': (P('''Linh | Lan | Mai | Hoa | Huong | Thu | Ngoc | Trang | Thuy | Phuong | Hanh | Yen | Diep |
Nhung | Quynh | Thao | Vy | Kim | Hien | Tuyet | Thi Hoa | Thi Lan'''),
           P('''Minh | Tuan | Hung | Dung | Quang | Thanh | Duc | Hai | Khoa | Phuc | Bao | Tien | Vinh |
Trung | Cuong | Hieu | Nam | Son | Thang | Dat | Van Duc | Anh'''),
           P('''Nguyen | Tran | Le | Pham | Hoang | Huynh | Phan | Vu | Vo | Dang | Bui | Ngo | Duong |
Truong | Dinh | Trinh | Luong | Cao | Quach | Doan | Thai | Vuong | Lam | Ly | Ho''')),
    'cn': (P('''Xiaoling | Mei | Ling | Yan | Jing | Hui | Xin | Fang | Yun | Li Na | Qian | Xue | Ying |
Shu | Jia | Lihua | Xiu | Ting | Winnie | Ivy | Vivian | Yuqing'''),
           P('''Jun | Wei | Hao | Lei | Jian | Ming | Tao | Bo | Qiang | Feng | Yong | Zhen | Kai | Jie |
Zhiwei | Jianguo | Yifan | Haoran | Jacky | Alvin | Kwok-Wai | Chun'''),
           P('''Wang | Li | Zhang | Liu | Chen | Yang | Huang | Zhao | Wu | Zhou | Xu | Sun | Zhu | Guo |
Lin | Luo | Gao | Zheng | Liang | Xie | Song | Tang | Han | Deng | Peng | Zeng | Xiao | Tian | Pan |
Yuan | Cai | Jiang | Ye | Cheng | Chan | Wong | Leung | Chow | Lau | Yip | Ng | Cheung | Kwan | Lai''')),
    'la': (P('''María | Ana | Sofía | Valentina | Daniela | Gabriela | Carolina | Lucía | Paola | Ximena |
Guadalupe | Rosa | Mariana | Fernanda | Andrea | Claudia | Yolanda | Beatriz | Marisol | Luz |
Esperanza | Milagros'''),
           P('''José | Juan | Carlos | Luis | Jorge | Miguel | Alejandro | Diego | Andrés | Fernando |
Javier | Ricardo | Eduardo | Santiago | Mateo | Héctor | Raúl | Rodrigo | Joaquín | Ernesto | Gustavo |
Pablo | Jesús | Nicolás'''),
           P('''García | Rodríguez | Martínez | Hernández | López | González | Pérez | Sánchez | Ramírez |
Torres | Flores | Rivera | Gómez | Díaz | Morales | Ortiz | Gutiérrez | Chávez | Ramos | Castillo |
Jiménez | Vargas | Romero | Herrera | Medina | Aguilar | Vega | Castro | Mendoza | Ruiz | Álvarez |
Moreno | Muñoz | Rojas | Contreras | Salazar | Guerrero | Delgado | Paredes | Soto | Villalobos |
de la Cruz | Quispe | Mamani | Cárdenas | Figueroa | Espinoza | Sandoval | Lozano | Palacios''')),
    'sa': (P('''Priya | Anjali | Pooja | Neha | Kavya | Deepa | Sunita | Meera | Lakshmi | Harpreet |
Simran | Gurpreet | Fatema | Nasreen | Ayesha | Shabana | Tahmina | Rupinder | Shreya | Divya |
Nirmala | Kiran'''),
           P('''Raj | Rahul | Amit | Vikram | Arjun | Sanjay | Rohan | Anil | Suresh | Harjit | Gurinder |
Manpreet | Jaspreet | Imran | Tariq | Faisal | Zubair | Asif | Rakesh | Nikhil | Aditya | Dev |
Sandeep | Kamal'''),
           P('''Patel | Sharma | Singh | Kaur | Gupta | Kumar | Shah | Mehta | Desai | Joshi | Reddy |
Iyer | Nair | Pillai | Menon | Chowdhury | Rahman | Hossain | Islam | Khan | Qureshi | Malik |
Siddiqui | Chaudhry | Sandhu | Gill | Dhillon | Grewal | Sidhu | Bains | Rao | Banerjee | Chatterjee |
Mukherjee | Bose | Das | Sen | Ghosh | Perera | Jayawardena | Sivakumar | Thevarajah |
Kanagaratnam | Ratnam''')),
    'af': (P('''Aminata | Fatou | Awa | Mariam | Aïssatou | Kadiatou | Ndeye | Binta | Rokia | Oumou |
Ngozi | Chiamaka | Adaeze | Funmilayo | Folake | Abena | Akosua | Efua | Christelle | Ornella |
Prisca | Gloria | Bénédicte | Merveille | Divine | Esther'''),
           P('''Mamadou | Moussa | Ibrahima | Ousmane | Abdoulaye | Cheikh | Souleymane | Boubacar | Seydou |
Modou | Kwame | Kofi | Kwabena | Yaw | Chinedu | Emeka | Oluwaseun | Tunde | Babajide | Patrice |
Arsène | Hervé | Didier | Blaise | Fabrice | Adama'''),
           P('''Diallo | Traoré | Coulibaly | Koné | Touré | Camara | Keïta | Sow | Ba | Ndiaye | Diop |
Fall | Faye | Sy | Cissé | Sangaré | Diarra | Konaté | Bah | Barry | Mensah | Osei | Owusu |
Boateng | Asante | Adjei | Okafor | Okonkwo | Adeyemi | Oyelaran | Eze | Nwosu | Mukendi | Kabongo |
Tshibangu | Ilunga | Mbuyi | Kasongo | Ngoy | Mutombo | Nkurunziza | Niyonzima | Habimana |
Uwimana | Mugisha | Kamara | Fofana | Sylla | Ouédraogo | Sawadogo | Kaboré | Zongo | Tchamba |
Fotso | Kamga | Mbarga | Essomba | Ndongo''')),
    'in': (P('''Kateri | Kahentiiosta | Karonhiio | Otsitsa | Kawennanoron | Uapukun | Manikanetish |
Shanice | Cheyenne | Destiny | Tammy | Noëlla | Evelyne | Minnie | Bertha | Maggie | Louisa |
Jeannette | Kanerahtiio | Tshaukuesh'''),
           P('''Tekarontake | Kanenhariyo | Wahiakeron | Teiowisonte | Shanipiap | Napeu | Tommy | Billy |
Charlie | Willie | Jimmy | Shawn | Dakota | Eddy | Sonny | Ernest | Cody | Sakay | Tanish'''),
           P('''Mestokosho | Pinette | Vollant | Jourdain | Ashini | Kapesh | Rock | Bellefleur | Grégoire |
Pilot | Mckenzie | Malec | Andrew | Awashish | Petiquay | Coocoo | Flamand | Niquay | Moar | Chachai |
Mattawa | Quitich | Newashish | Ottawa | Bosum | Coon Come | Diamond | Gull | Iserhoff | Mianscum |
Neeposh | Petawabano | Shecapio | Wapachee | Blacksmith | Matoush | Etapp | Deer | Diabo | Horn |
Jacobs | McComber | Montour | Norton | Stacey | Two-Axe | Goodleaf | Kirby | Zacharie | Sky''')),
    'ee': (P('''Olga | Natalia | Svetlana | Irina | Tatiana | Oksana | Yulia | Anastasia | Ekaterina |
Agnieszka | Katarzyna | Magdalena | Małgorzata | Ioana | Elena | Mihaela | Andreea | Bogdana | Daria |
Zofia | Milena | Jelena | Ivana'''),
           P('''Dmitri | Sergei | Andrei | Alexei | Vladimir | Mikhail | Oleksandr | Taras | Bohdan | Piotr |
Tomasz | Krzysztof | Wojciech | Paweł | Marek | Ion | Mihai | Radu | Bogdan | Florin | Stefan | Nikola |
Dragan | Goran | Milan | Yuri'''),
           P('''Ivanov | Petrov | Smirnov | Kuznetsov | Popov | Sokolov | Volkov | Kovalenko | Shevchenko |
Bondarenko | Tkachenko | Melnyk | Kowalski | Nowak | Wiśniewski | Wójcik | Kamiński | Lewandowski |
Zieliński | Szymański | Dąbrowski | Popescu | Ionescu | Popa | Constantinescu | Dumitru | Stan |
Georgescu | Petrović | Jovanović | Nikolić | Marković | Horvat | Novák | Dvořák | Kovács | Nagy |
Szabó | Dimitrov | Georgiev | Zelenko | Babić''')),
    'ph': (P('''Maricel | Rowena | Mylene | Analyn | Rhea | Jonalyn | Marites | Lorna | Cherry | Jennylyn |
Lovely | Princess | Angelica | Kristine | Maribel | Rosalinda | Aileen | Liezel | Charmaine | Divina |
Imelda'''),
           P('''Rodel | Arnel | Jomar | Reynaldo | Ramil | Rogelio | Danilo | Ferdinand | Romeo | Jericho |
Mark Anthony | John Paul | Efren | Rolando | Dante | Edgardo | Virgilio | Bienvenido | Crisanto |
Renato | Jayson'''),
           P('''Santos | Reyes | Bautista | Ocampo | Dela Cruz | Villanueva | Aquino | Manalo | Macaraeg |
Pascual | Dimaculangan | Tolentino | Soriano | Magbanua | Panganiban | Lacson | Salvador | Mercado |
Dizon | Gatchalian | Sison | Tan | Lim | Agbayani | Mangubat | Valdez | Cabrera | De Guzman |
Del Rosario | Lagman | Espiritu | Buenaventura | Maglaya | Samonte''')),
}
ORIGIN_W = {'qc': 30, 'en': 9, 'ir': 6, 'ht': 8, 'ar': 9, 'vn': 5, 'cn': 5, 'la': 6, 'sa': 6,
            'af': 6, 'in': 4, 'ee': 4, 'ph': 3}
# surnames that are also ordinary French / English words (for the stats only)
WORD_SURNAMES = set(P('''Boulanger | Boucher | Charpentier | Meunier | Marchand | Berger | Petit | Legrand |
Leblanc | Lebrun | Lenoir | Lapierre | Lafleur | Larose | Lamontagne | Laroche | Dubois | Champagne |
Chevalier | Couture | Poisson | Parent | Rivière | Page | Lejeune | Léger | Fontaine | Lacroix | Labonté |
Laliberté | Printemps | Sauvage | Marin | Pilote | Labelle | Vallée | Bonenfant | Clément | Lebeau |
Lamarche | Beausoleil | Jolicoeur | Boisvert | Lachance | Lavigne | Lamoureux | Carré | Bonhomme | Rose |
King | Young | Park | Hope | Brown | White | Black | Green | Baker | Cook | Smith | Miller | Hunter |
Fisher | Carpenter | Mason | Taylor | Walker | Bird | Wolf | Fox | Stone | Wood | Hill | Lane | Rice |
Bush | Moon | Little | Long | Sharp | Strong | Bell | Church | Day | Knight | Noble | Price | Small |
Gold | Summers | Winter | Frost | Snow | Rich | Hall | Bishop | Marsh | Field | Banks | Ford | Brook |
Glass | Lamb | Potter | Wise | Power | Ward | Désir | Jeune | Lamour | Laguerre | Noël | Cadet |
Innocent | Décembre | Fall | Gill | Rock | Pilot | Diamond | Gull | Deer | Horn | Sky | Blacksmith |
Stan | Paul | Joseph | Charles | Georges'''))

# ---------------------------------------------------------------- decoys
# city | first letter of its postal codes
CITIES = P('''Montréal:H | Laval:H | Québec:G | Lévis:G | Gatineau:J | Longueuil:J | Sherbrooke:J |
Saguenay:G | Trois-Rivières:G | Terrebonne:J | Saint-Jean-sur-Richelieu:J | Repentigny:J | Brossard:J |
Drummondville:J | Saint-Jérôme:J | Granby:J | Blainville:J | Saint-Hyacinthe:J | Shawinigan:G |
Dollard-des-Ormeaux:H | Rimouski:G | Victoriaville:G | Mirabel:J | Joliette:J | Sorel-Tracy:J |
Val-d'Or:J | Salaberry-de-Valleyfield:J | Sept-Îles:G | Rouyn-Noranda:J | Alma:G | Boucherville:J |
Vaudreuil-Dorion:J | Châteauguay:J | Mascouche:J | Saint-Eustache:J | Rivière-du-Loup:G |
Baie-Comeau:G | Thetford Mines:G | Magog:J | Sainte-Julie:J | Saint-Constant:J | Beloeil:J |
Chambly:J | Pointe-Claire:H | Kirkland:H | Beaconsfield:H | Westmount:H | Mont-Royal:H |
Côte-Saint-Luc:H | Saint-Georges:G | Sainte-Thérèse:J | Cowansville:J | Matane:G | Gaspé:G | Amos:J |
Roberval:G | Dolbeau-Mistassini:G | La Tuque:G | Lachute:J | Mont-Laurier:J | Sainte-Agathe-des-Monts:J |
Montmagny:G | Carleton-sur-Mer:G | Chibougamau:G | Kuujjuaq:J | Wendake:G | Mashteuiatsh:G |
Kahnawake:J | Wemotaci:G | Manawan:J | Chisasibi:J | Wakefield:J | Shawville:J | Knowlton:J |
Lennoxville:J | Stanstead:J | Huntingdon:J | Hudson:J | Rawdon:J | Baie-Saint-Paul:G | La Malbaie:G |
Percé:G | Havre-Saint-Pierre:G | Val-des-Sources:J | Nicolet:J | Louiseville:J''')
REGIONS = P('''Montérégie | Laurentides | Lanaudière | Estrie | Mauricie | Saguenay–Lac-Saint-Jean |
Abitibi-Témiscamingue | Côte-Nord | Gaspésie | Bas-Saint-Laurent | Outaouais | Chaudière-Appalaches |
Centre-du-Québec | Capitale-Nationale | Nord-du-Québec | Nunavik | Eeyou Istchee | Haute-Côte-Nord |
Charlevoix | Beauce | Kamouraska | Matawinie | Vaudreuil-Soulanges | Haut-Richelieu | Brome-Missisquoi |
Memphrémagog | Pontiac | Témiscouata | Les Moulins | Basses-Laurentides | Îles-de-la-Madeleine |
Haute-Gaspésie | Bois-Francs | Jamésie''')
FR_STREETS = P('''rue Sherbrooke Est | boulevard Saint-Laurent | avenue du Parc | chemin de la Côte-des-Neiges |
rue Saint-Denis | rue Wellington | avenue Cartier | rue King Ouest | boulevard Talbot | rue Racine Est |
boulevard des Forges | rue Principale | rang Saint-Joseph | montée Masson | rue Notre-Dame Ouest |
boulevard Taschereau | boulevard Laurier | rue Ontario Est | rue Fleury Ouest | avenue Papineau |
rue Belvédère Nord | rue du Palais | côte d'Abraham | boulevard Lebourgneuf | rue des Érables |
boulevard de la Concorde | rue Saint-Joseph Est | avenue Royale | chemin Sainte-Foy | rue de la Montagne |
boulevard Pie-IX | rue Beaubien Est | avenue Mont-Royal Est | boulevard Henri-Bourassa Ouest |
rue Hochelaga | rue Sainte-Catherine Est | boulevard Gouin Ouest | rue de l'Église | chemin du Lac |
rue des Pins | boulevard des Laurentides | rue Dufferin | boulevard Saint-Joseph | rue Frontenac |
avenue de l'Hôtel-de-Ville | rue Laviolette | boulevard du Royaume | rue Racine | rue Saint-Georges |
boulevard Curé-Labelle | rue Queen | chemin Chambly | boulevard Sir-Wilfrid-Laurier | rue Bélanger |
rue Jarry Est | boulevard Décarie | rue Saint-Hubert | avenue Bourbonnière | rue des Pionniers''')
EN_STREETS = P('''Sherbrooke Street West | Decarie Boulevard | Monkland Avenue | Victoria Avenue |
Queen Mary Road | Côte-Saint-Luc Road | Greene Avenue | Westminster Avenue North | Lakeshore Road |
Sources Boulevard | Elm Street | Maple Street | Main Street | Church Street | Park Avenue |
Saint-Charles Boulevard | Somerled Avenue | Walkley Avenue | Cavendish Boulevard | Sainte-Anne Street |
Oak Avenue | Mill Street | Pine Avenue West | Bord-du-Lac Road | Atwater Avenue | Grand Boulevard |
Beaconsfield Boulevard | Queen Street | Pierrefonds Boulevard | Terrebonne Street | Hampton Avenue |
Girouard Avenue''')
FR_ORGS = P('''Revenu Québec | Retraite Québec | la Régie de l'assurance maladie du Québec |
la Commission d'accès à l'information | la CNESST | le Tribunal administratif du logement |
le Tribunal administratif du travail | la SAAQ | Hydro-Québec | la Société d'habitation du Québec |
l'Office municipal d'habitation de Montréal | le CIUSSS du Centre-Sud-de-l'Île-de-Montréal |
le CISSS de la Montérégie-Centre | le Centre de services scolaire de Montréal | la Banque Nationale |
le Curateur public | le Protecteur du citoyen | la Direction de la protection de la jeunesse |
Services Québec | le ministère de l'Emploi et de la Solidarité sociale | la Société de transport de Montréal |
le Réseau de transport de la Capitale | Centraide | Moisson Montréal | la Sûreté du Québec | le SPVM |
le Service de police de la Ville de Québec | le Bureau du coroner | l'Office de la protection du consommateur |
Vidéotron | Bell Canada | le bureau d'aide juridique | la Commission des services juridiques |
la Ville de Laval | la Ville de Gatineau | l'Agence du revenu du Canada | Service Canada |
le CLSC de Rosemont | le CIUSSS de la Capitale-Nationale | le CISSS des Laurentides | Énergir |
le CIUSSS de l'Estrie | l'Office municipal d'habitation de Québec | la Banque Laurentienne |
le Regroupement des comités logement | Tel-Jeunes | le Centre d'action bénévole | la Croix-Rouge |
le Centre de justice de proximité | le ministère de la Famille | Tangerine | la Banque Scotia |
le CISSS de Laval | le Centre de services scolaire des Affluents | le Conseil des arts | Loto-Québec''')
EN_ORGS = P('''the Canada Revenue Agency | Service Canada | the McGill University Health Centre |
the Jewish General Hospital | the English Montreal School Board | Concordia University |
Bishop's University | the Montreal Children's Hospital | Legal Aid | the YMCA |
the Commission des normes, de l'équité, de la santé et de la sécurité du travail | Revenu Québec |
the Régie du logement | the Quebec Ombudsman | Hydro-Québec | the Access to Information Commission |
the West Island CLSC | the Batshaw Youth and Family Centres | Montreal Police | the Sûreté du Québec |
TD Bank | RBC Royal Bank | BMO | CIBC | Desjardins Group | Videotron | the Office of the Public Curator |
the Housing Tribunal | Tenants' Rights Association | Moisson Montréal | the Red Cross | the City of Westmount |
the Riverside School Board | Heritage College | the Public Health Agency | Canada Post''')
FR_PLACES = P('''l'hôtel de ville | la Place Versailles | le Centre Eaton | les Galeries de la Capitale |
le Carrefour Laval | le Vieux-Port | la Gare du Palais | la Place Ville Marie | le Quartier DIX30 |
la Promenade Saint-Bruno | le Vieux-Québec | l'Oratoire Saint-Joseph | le Biodôme |
la gare d'autocars | le Centre Vidéotron | les Promenades Gatineau | le Carrefour de l'Estrie |
la halte-garderie du quartier | le Palais de justice de Montréal | le Palais de justice de Québec |
le terminus Longueuil | la Place des Arts | le marché Atwater | la Grande Bibliothèque |
le Cosmodôme | le parc de la Rivière-des-Mille-Îles | la Plaza St-Hubert | le Mail Champlain''')
EN_PLACES = P('''Fairview Pointe-Claire | the Old Port | Central Station | Dorval station | the Montreal Forum |
Square Victoria | the Atwater Market | the Eaton Centre | the courthouse | Place Montréal Trust |
the Gazebo | the West Island bus terminal | Carrefour Angrignon | the Plaza Côte-des-Neiges |
the Westmount library | Mount Royal Park | Cabot Square | the Botanical Garden | Lachine Canal |
the community garden''')
FR_EPONYMS = P('''l'Aréna Maurice-Richard | l'école secondaire Jean-Baptiste-Meilleur | le Collège Jean-de-Brébeuf |
le Cégep Édouard-Montpetit | le Cégep André-Laurendeau | le Cégep Marie-Victorin |
l'Hôpital Maisonneuve-Rosemont | l'Hôpital Charles-Le Moyne | l'Hôpital Pierre-Boucher |
l'Hôpital Honoré-Mercier | l'Hôpital Anna-Laberge | le pavillon Roger-Gaudry | la bibliothèque Gabrielle-Roy |
la bibliothèque Marc-Favreau | le parc Jean-Drapeau | le parc La Fontaine | le marché Jean-Talon |
la station Lionel-Groulx | la station Georges-Vanier | le pont Jacques-Cartier | le Complexe Desjardins |
la pharmacie Jean Coutu | le Théâtre Denise-Pelletier | la salle Wilfrid-Pelletier |
l'école Marguerite-Bourgeoys | le CHSLD Paul-Gouin | la place Émilie-Gamelin | l'aréna Jean-Béliveau |
le Centre Pierre-Charbonneau | la Caisse Desjardins | l'Hôpital Pierre-Le Gardeur | le cégep Lionel-Groulx''')
EN_EPONYMS = P('''the Lester B. Pearson School Board | John Abbott College | Vanier College | McGill University |
Dawson College | the Royal Victoria Hospital | the Douglas Mental Health University Institute |
Montréal-Trudeau airport | the Samuel-De Champlain Bridge | Sir George Williams campus |
the Jean Coutu pharmacy | the Maurice Richard Arena | Trudeau Park | Marianopolis College |
the Jeanne-Mance housing project | the Gerald Bronfman Centre | Selwyn House School | Jean-Talon Market''')
# synthetic eponyms built from the half's own names: (pattern, type)
FR_EPO_PAT = [('l\'aréna {G}-{S}', 'PLACE'), ('l\'école primaire {G}-{S}', 'ORG'), ('le parc {G}-{S}', 'PLACE'),
              ('la pharmacie {G} {S}', 'ORG'), ('le centre communautaire {G}-{S}', 'PLACE'),
              ('la bibliothèque {G}-{S}', 'PLACE'), ('le pavillon {G}-{S}', 'PLACE'),
              ('le CHSLD {G}-{S}', 'ORG'), ('la maison des jeunes {G}-{S}', 'ORG'),
              ('l\'école secondaire {G}-{S}', 'ORG'), ('la salle {G}-{S}', 'PLACE'),
              ('le Familiprix {G} {S}', 'ORG')]
EN_EPO_PAT = [('the {G} {S} Arena', 'PLACE'), ('{G} {S} Elementary School', 'ORG'),
              ('the {G} {S} Community Centre', 'PLACE'), ('{G} {S} High School', 'ORG'),
              ('the {G} {S} Library', 'PLACE'), ('the {G} {S} Memorial Hall', 'PLACE'),
              ('the {G} {S} Pavilion', 'PLACE'), ('{G} {S} Pharmacy', 'ORG'),
              ('the {G} {S} Foundation', 'ORG'), ('{G} {S} Park', 'PLACE')]
FR_TRIBUNALS = P('''Tribunal administratif du logement | Tribunal administratif du Québec | Tribunal administratif du travail |
Commission d'accès à l'information, section juridictionnelle | Cour du Québec, Division des petites créances |
Cour supérieure du Québec | Tribunal des droits de la personne | Cour du Québec, chambre de la jeunesse |
Comité de révision de la Régie | Conseil de discipline''')
EN_TRIBUNALS = P('''Administrative Housing Tribunal | Administrative Tribunal of Québec | Administrative Labour Tribunal |
Access to Information Commission (adjudication division) | Court of Québec, Small Claims Division | Superior Court |
Human Rights Tribunal | Court of Québec, Youth Division | Review Committee | Social Security Tribunal''')
FR_TAXORGS = P('''Revenu Québec — Direction des particuliers | Agence du revenu du Canada — Centre fiscal de Jonquière |
Retraite Québec — Allocation famille | Aide financière aux études | Service Canada — Assurance-emploi |
Bureau des oppositions fiscales | Centre de recouvrement de Rimouski | Programme Objectif emploi''')
EN_TAXORGS = P('''Revenu Québec — Individuals Division | CRA — Jonquière Tax Centre | Retraite Québec — Family Allowance |
Student Financial Assistance | Service Canada — Employment Insurance | Tax Objections Office |
Collections Centre, Shawinigan | Benefits Review Unit''')
FR_LAWS = LN('''
l'art. 12 de la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels
RLRQ, c. A-2.1
l'article 53 de la Loi sur l'accès
l'article 59 de la Loi sur la protection de la jeunesse
l'art. 1974 C.c.Q.
la Loi sur la santé et la sécurité du travail
le Règlement sur l'aide aux personnes et aux familles
l'art. 38 LPJ
la Loi 25
la Charte des droits et libertés de la personne
l'article 1863 du Code civil du Québec
l'art. 124 de la Loi sur les normes du travail
la Loi sur l'aide aux personnes et aux familles (RLRQ, c. A-13.1.1)
l'art. 69 de la Loi sur l'administration fiscale
l'article 9 de la Loi sur l'assurance maladie
l'art. 88 de la Loi sur l'accès
le Code de procédure civile
l'article 1912 C.c.Q.
l'art. 67.3 de la Loi sur l'accès
la Loi sur le Tribunal administratif du logement
l'article 2 de la Loi sur la protection des renseignements personnels dans le secteur privé
l'art. 83 de la Loi sur les services de santé et les services sociaux
''')
EN_LAWS = LN('''
s. 8 of the Act
section 53 of the Act respecting Access to documents held by public bodies and the Protection of personal information
CQLR, c. A-2.1
the Youth Protection Act
art. 1974 C.C.Q.
the Act respecting labour standards
Bill 25
the Charter of human rights and freedoms
section 69 of the Tax Administration Act
the Privacy Act, s. 3
s. 83 of the Act respecting health services and social services
section 9 of the Health Insurance Act
art. 1863 of the Civil Code of Québec
the Individual and Family Assistance Act
s. 88 of the Access Act
the Act respecting the Administrative Housing Tribunal
''')
FILE_FMTS = [
    lambda r: '%d-QC-%06d' % (r.randint(2022, 2026), r.randint(1, 999999)),
    lambda r: 'DPJ-%02d-%05d' % (r.randint(21, 26), r.randint(1, 99999)),
    lambda r: 'R-%d-%05d' % (r.randint(2022, 2026), r.randint(1, 99999)),
    lambda r: 'CAI %07d' % r.randint(1000000, 1299999),
    lambda r: 'SHQ/%d/%04d' % (r.randint(2022, 2026), r.randint(1, 9999)),
    lambda r: 'PL-%d-%04d' % (r.randint(2022, 2026), r.randint(1, 9999)),
    lambda r: 'RQ-%d-%07d' % (r.randint(2022, 2026), r.randint(1, 9999999)),
    lambda r: 'CNT%07d' % r.randint(1, 9999999),
    lambda r: 'MTL%02d-%05d' % (r.randint(22, 26), r.randint(1, 99999)),
    lambda r: 'TAL-%06d-%02d' % (r.randint(100000, 999999), r.randint(22, 26)),
]
PHONE_AREAS = ['514', '438', '450', '579', '418', '581', '819', '873', '367', '263']
PERSONAL_DOMAINS = P('''gmail.com | videotron.ca | hotmail.com | outlook.com | yahoo.ca | sympatico.ca |
icloud.com | bell.net | cgocable.ca | live.ca | globetrotter.net | cooptel.qc.ca | hotmail.fr |
protonmail.com | yahoo.fr | msn.com | derytele.com | xplornet.ca | outlook.fr | teksavvy.com''')
STAFF_DOMAINS = P('''mess.gouv.qc.ca | revenuquebec.ca | ramq.gouv.qc.ca | cnesst.gouv.qc.ca | saaq.gouv.qc.ca |
ville.montreal.qc.ca | ville.quebec.qc.ca | shq.gouv.qc.ca | tal.gouv.qc.ca | cai.gouv.qc.ca |
ssss.gouv.qc.ca | omhm.qc.ca | justice.gouv.qc.ca | curateur.gouv.qc.ca | retraitequebec.gouv.qc.ca |
gatineau.ca | laval.ca | longueuil.quebec | sherbrooke.ca | ville.saguenay.ca''')
BANKS = [('815', 'Desjardins'), ('006', 'Banque Nationale'), ('001', 'BMO'), ('002', 'Scotia'),
         ('003', 'RBC'), ('004', 'TD'), ('010', 'CIBC'), ('039', 'Laurentienne')]

# ---------------------------------------------------------------- content
FR_CONTENT = LN('''
Le dossier demeure ouvert en attendant les documents manquants.
La rencontre s'est déroulée dans le calme.
Aucune information supplémentaire n'a été transmise depuis.
Les documents reçus sont incomplets et devront être renvoyés.
Le formulaire de consentement n'était pas signé.
Il faudra vérifier si la demande a été déposée dans les délais.
La décision sera rendue par écrit dans les prochaines semaines.
Le logement présente des traces d'humidité dans la salle de bain.
Les enfants semblaient bien portants et souriants.
La personne dit ne pas comprendre la lettre reçue.
Le paiement du mois dernier n'a pas été versé.
Une relance sera faite si rien n'est reçu d'ici la fin du mois.
Le chauffage ne fonctionne pas correctement depuis l'automne.
La demande de révision a été jugée recevable.
Les explications fournies étaient claires et cohérentes.
La situation financière du ménage reste précaire.
Le rapport d'évaluation n'est pas encore disponible.
On attend toujours la confirmation du propriétaire.
Le délai de traitement habituel est d'environ six semaines.
Les échanges ont été cordiaux malgré la tension.
Il n'y a pas de motif suffisant pour fermer le dossier.
Le formulaire a été rempli à la main et certaines lignes sont illisibles.
La personne a demandé qu'on lui parle plus lentement.
L'interprète n'était pas disponible ce jour-là.
Le service de garde a confirmé la place pour la rentrée.
Les photos prises lors de la visite ont été versées au dossier.
Une plainte similaire avait déjà été traitée l'an dernier.
La rampe d'accès est glissante en hiver.
La fenêtre de la chambre ne ferme pas complètement.
La lettre de refus a été envoyée par erreur.
Il manque la preuve de revenu de l'année précédente.
Le suivi sera assuré par l'équipe de soir.
La personne préfère être contactée en après-midi.
Les voisins se plaignent du bruit la nuit.
Rien ne laisse croire à un danger immédiat.
Le dossier a été transféré au bon secteur.
La dernière visite remonte à plusieurs mois.
Le compteur d'eau a été remplacé récemment.
Le montant réclamé semble trop élevé par rapport aux pièces fournies.
La réunion a commencé avec quinze minutes de retard.
Tous les points de l'ordre du jour ont été traités.
La salle d'attente était pleine toute la matinée.
Le système informatique était en panne pendant une heure.
On a convenu de se revoir après les vacances.
Voir la page quatre du formulaire pour les précisions.
Le petit déjeuner est servi aux résidents à huit heures.
Elle a acheté une rose pour la fête des mères.
Le propriétaire a promis de faire venir un plombier.
Il y avait de la moisissure derrière le réfrigérateur.
La porte d'entrée ne se verrouille plus.
Un avis écrit a été remis en main propre.
Les factures d'électricité sont en retard.
La demande est traitée en priorité compte tenu de la situation.
Le jeune fréquente l'école de façon irrégulière.
La mère dit être épuisée et manquer de soutien.
Les deux parties ont été entendues.
La preuve présentée n'a pas été contestée.
L'audience a été reportée à la demande des parties.
Le tribunal a pris l'affaire en délibéré.
Il est recommandé de maintenir le suivi actuel.
La personne a quitté la rencontre avant la fin.
L'appel a été coupé au milieu de la conversation.
Le message vocal était difficile à comprendre.
On a expliqué la marche à suivre pour contester.
Les escaliers extérieurs sont en mauvais état.
Le détecteur de fumée ne fonctionnait pas.
Les punaises de lit ont été signalées au deuxième étage.
Le loyer a augmenté de façon importante cette année.
Il neigeait beaucoup et les routes étaient glissantes.
Le rendez-vous a dû être annulé à cause de la tempête.
On ignore pour l'instant si la personne a un emploi.
Le conjoint n'était pas présent lors de la visite.
Le chien de la famille était attaché dans la cour.
La demande a été acheminée au service concerné.
Le dossier médical n'a pas été consulté.
Il faudra obtenir un consentement écrit avant de communiquer l'information.
Les lieux étaient propres et bien rangés.
Le garçon a beaucoup grandi depuis la dernière fois.
Un blanc de mémoire l'a empêché de répondre à la question.
Le berger allemand du voisin aboie toute la journée.
La boulangerie du coin a fermé ses portes.
Un parent d'élève a posé la question à la direction.
On espère une réponse avant la fin de la semaine.
Le plafond du corridor a été repeint.
La charpente du balcon est pourrie.
La couture du matelas était déchirée.
''')
EN_CONTENT = LN('''
The file remains open pending the missing documents.
The meeting went smoothly and ended on time.
No further information has been received since.
The documents received are incomplete and must be resubmitted.
The consent form was not signed.
We need to check whether the request was filed within the deadline.
A written decision will follow in the coming weeks.
There are signs of water damage under the kitchen sink.
The children appeared healthy and in good spirits.
The client says the letter was confusing.
Last month's payment was never issued.
A reminder will be sent if nothing arrives by the end of the month.
The heating has not worked properly since the fall.
The request for review was found admissible.
The explanations given were clear and consistent.
The household's financial situation remains fragile.
The assessment report is not available yet.
We are still waiting for confirmation from the landlord.
Processing usually takes about six weeks.
The exchange stayed polite despite the tension.
There is no sufficient reason to close the file.
Some lines on the handwritten form are illegible.
The client asked us to speak more slowly.
No interpreter was available that day.
The daycare confirmed a spot for the fall.
Photos taken during the visit were added to the file.
A similar complaint was handled last year.
The access ramp gets icy in winter.
The bedroom window does not close all the way.
The refusal letter was sent by mistake.
Proof of income for the previous year is missing.
The evening team will follow up.
The client prefers to be called in the afternoon.
Neighbours complain about noise at night.
Nothing suggests an immediate danger.
The file was transferred to the right unit.
The last visit was several months ago.
The amount claimed seems high compared with the receipts provided.
The meeting started fifteen minutes late.
All items on the agenda were covered.
The waiting room was full all morning.
The computer system was down for an hour.
We agreed to meet again after the holidays.
See page four of the form for details.
She bought a rose for her mother.
The landlord promised to send a plumber.
There was mould behind the fridge.
The front door no longer locks.
A written notice was handed over in person.
The electricity bills are overdue.
The request is being handled as a priority.
The teenager attends school irregularly.
The mother says she is exhausted and has little support.
Both parties were heard.
The evidence filed was not contested.
The hearing was postponed at the request of the parties.
The tribunal took the matter under advisement.
We recommend keeping the current follow-up.
The client left the meeting before the end.
The call dropped in the middle of the conversation.
The voicemail was hard to understand.
We explained how to file an objection.
The outside stairs are in poor condition.
The smoke detector was not working.
Bed bugs were reported on the second floor.
The park across the street was closed for the season.
We hope to close the file soon.
The young couple next door moved out in the spring.
It was a long day and the line at the counter never ended.
The king-size mattress would not fit through the door.
A small fire in the kitchen was put out quickly.
The snow had not been cleared from the parking lot.
The baker downstairs starts work at four in the morning.
Nobody answered the door at the time of the visit.
''')

# ---------------------------------------------------------------- phrasings
# items may contain templates; '@' stands for the person the phrase is about.
PHRASES = {
    'fr_reason': LN('''
pour un changement d'adresse
au sujet d'un remboursement qui tarde
concernant sa demande d'aide sociale
pour contester une décision
au sujet d'un avis de cotisation
au sujet de son bail
pour porter plainte contre le propriétaire
pour obtenir une copie de son dossier
parce que son chèque n'est pas arrivé
pour signaler un problème de chauffage
pour savoir où en est sa demande
au sujet de la garde des enfants
pour faire corriger une erreur dans son dossier
pour annuler son rendez-vous
parce qu'il a reçu une mise en demeure
pour demander un délai de paiement
'''),
    'en_reason': LN('''
about a change of address
about a refund that is late
regarding an income-assistance application
to contest a decision
about a notice of assessment
about the lease
to complain about the landlord
to get a copy of the file
because the cheque never arrived
to report a heating problem
to ask where the application stands
about custody of the children
to have an error in the file corrected
to cancel the appointment
because of a formal notice received last week
to ask for a payment arrangement
'''),
    'fr_said': P('''a confirmé | mentionne | indique | rapporte | affirme | précise | explique | souligne | ajoute |
dit | soutient | déclare | raconte | admet | signale | prétend'''),
    'en_said': P('''confirmed | mentioned | states | reported | said | explained | noted | added | claims | told us |
admits | maintains | indicated | insists | recalled | pointed out'''),
    'fr_job': P('''agente d'aide socio-économique | technicienne en travail social | conseiller en réadaptation |
inspecteur en bâtiment | travailleuse sociale | préposé aux renseignements | analyste principale |
responsable de l'accès à l'information | chef de service | agent de recouvrement | intervenante jeunesse |
commissaire aux plaintes | greffière | coordonnatrice clinique | agente de liaison | conseillère juridique |
répartiteur | éducatrice spécialisée | agent de bureau | conseillère aux usagers'''),
    'en_job': P('''income support officer | social worker | case manager | building inspector | intake clerk |
senior analyst | privacy officer | team lead | collections agent | youth worker | complaints commissioner |
court clerk | clinical coordinator | liaison officer | legal counsel | dispatcher | outreach worker |
client services agent | program officer | housing advisor'''),
    'fr_agentlbl': P('''Agent | Agente | Préposée | Conseiller | Répartitrice | Intervenante | Préposé | Conseillère |
Réception | Employé'''),
    'en_agentlbl': P('''Agent | Rep | Officer | Operator | Advisor | Staff | Intake | Worker | CSR | Clerk'''),
    'fr_callerlbl': P('''Appelant | Appelante | Client | Cliente | Citoyen | Citoyenne | Requérant | Usager | Locataire |
Interlocuteur'''),
    'en_callerlbl': P('''Caller | Client | Customer | Claimant | Member | Tenant | Applicant | Resident | Complainant |
Parent'''),
    'fr_greet': P('''Bonjour | Bonjour à tous | Salut | Allô | Bon matin | Bonsoir | Rebonjour | Bonjour encore |
Coucou | Bon après-midi'''),
    'en_greet': P('''Hi | Hello | Good morning | Dear | Hey | Morning | Hi again | Good afternoon | Hello again | Hiya'''),
    'fr_close': P('''Merci | Merci et bonne journée | Cordialement | Bonne fin de journée | Au plaisir | Salutations |
Merci de votre collaboration | Bien à vous | Merci beaucoup | Bonne soirée'''),
    'en_close': P('''Thanks | Best regards | Regards | Cheers | Many thanks | Kind regards | Best | Thank you |
Thanks again | Warm regards'''),
    'fr_phoneintro': P('''joignable au | peut être rejoint{@.e} au | son cell : | tél. : | numéro de rappel : |
a laissé le | rappeler au | cell | au travail : | à la maison : | préfère le | texto seulement au'''),
    'en_phoneintro': P('''can be reached at | cell: | call back at | tel. | best number is | phone | mobile |
reach {@.him} at | home: | work line: | texts only at | left the number'''),
    'fr_dobintro': P('''né{@.e} le | DDN : | date de naissance : | ddn | DDN | né{@.e} en date du | date naiss. |
date de naissance déclarée : | né{@.e} le | D.D.N.'''),
    'en_dobintro': P('''DOB | born | date of birth: | d.o.b. | b. | DOB: | born on | birth date | date of birth | D.O.B.'''),
    'fr_next': P('''Prochaine étape : | À faire : | Suivi : | TODO : | Plan : | Prochain contact : | À prévoir : |
Action : | Relance : | Pour la suite :'''),
    'en_next': P('''Next step: | To do: | Follow-up: | TODO: | Plan: | Next contact: | Action: | Pending: |
Going forward: | Reminder:'''),
    'fr_rel_m': P('''son frère | son voisin | son oncle | son ex-conjoint | son beau-frère | son cousin | son père |
son fils aîné | son colocataire | son employeur | son ami | son parrain'''),
    'fr_rel_f': P('''sa sœur | sa voisine | sa tante | sa mère | sa cousine | son ex-conjointe | sa colocataire |
sa fille | son amie | sa belle-mère | sa marraine | sa grand-mère'''),
    'en_rel_m': P('''brother | neighbour | uncle | ex-partner | brother-in-law | cousin | father | eldest son |
roommate | employer | friend | stepfather'''),
    'en_rel_f': P('''sister | neighbour | aunt | mother | cousin | ex-partner | roommate | daughter | friend |
mother-in-law | grandmother | stepmother'''),
    'fr_ok': P('''OK | ok | d'accord | parfait | entendu | pas de problème | super | correct | ça marche | très bien'''),
    'en_ok': P('''OK | ok | sure | perfect | got it | no problem | great | alright | sounds good | understood'''),
}
CONTENT = {'fr': FR_CONTENT, 'en': EN_CONTENT}

# ---------------------------------------------------------------- halves
def _dedupe(lst, seen=None):
    out, s = [], set() if seen is None else seen
    for x in lst:
        if x not in s:
            s.add(x)
            out.append(x)
    return out


def _cut(lst):
    lst = _dedupe(lst)
    n = len(lst)
    return [lst[:n // 2], lst[n // 2:]]


HALF = {}


def _build_halves():
    # names: dedupe per category across origins, cut per origin, then make the
    # two halves globally disjoint over given names AND surnames together.
    seen_g, seen_s = set(), set()
    for o, (gf, gm, sn) in NAMES.items():
        gf2 = _dedupe(gf, seen_g)
        gm2 = _dedupe(gm, seen_g)
        sn2 = _dedupe(sn, seen_s)
        HALF['gf_' + o], HALF['gm_' + o], HALF['sn_' + o] = _cut(gf2), _cut(gm2), _cut(sn2)
    wnames = set()
    for k, v in HALF.items():
        wnames.update(v[0])
    for k, v in HALF.items():
        v[1] = [x for x in v[1] if x not in wnames]
    lists = {'city': CITIES, 'region': REGIONS, 'fr_street': FR_STREETS, 'en_street': EN_STREETS,
             'fr_org': FR_ORGS, 'en_org': EN_ORGS, 'fr_place': FR_PLACES, 'en_place': EN_PLACES,
             'fr_epo': FR_EPONYMS, 'en_epo': EN_EPONYMS, 'fr_epopat': FR_EPO_PAT, 'en_epopat': EN_EPO_PAT,
             'fr_taxorg': FR_TAXORGS, 'en_taxorg': EN_TAXORGS, 'fr_tribunal': FR_TRIBUNALS, 'en_tribunal': EN_TRIBUNALS, 'fr_law': FR_LAWS, 'en_law': EN_LAWS, 'filefmt': FILE_FMTS, 'pdomain': PERSONAL_DOMAINS,
             'sdomain': STAFF_DOMAINS, 'bank': BANKS, 'fr_content': FR_CONTENT, 'en_content': EN_CONTENT,
             'family': FAMILIES}
    lists.update(PHRASES)
    for k, v in lists.items():
        HALF[k] = _cut(v)
    # a string must never be W in one list and H in another
    wstr = set(x for v in HALF.values() for x in v[0] if isinstance(x, str))
    for k, v in HALF.items():
        v[1] = [x for x in v[1] if not isinstance(x, str) or x not in wstr]


# ---------------------------------------------------------------- text helpers
FR_MONTHS = P('janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre')
EN_MONTHS = P('January | February | March | April | May | June | July | August | September | October | November | December')
EN_MON3 = P('Jan. | Feb. | Mar. | Apr. | May | Jun. | Jul. | Aug. | Sept. | Oct. | Nov. | Dec.')
PC_LET = 'ABCEGHJKLMNPRSTVXY'


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).replace('ł', 'l').replace('Ł', 'L')


def luhn_complete(digits):
    """append the Luhn check digit to a digit string."""
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def cap1(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- document builder
TOK = re.compile(r'\{([^{}]+)\}')


class Doc:
    def __init__(self, g):
        self.g, self.buf, self.n, self.spans, self.want = g, [], 0, [], []

    def raw(self, s):
        if s:
            self.buf.append(s)
            self.n += len(s.encode('utf-8'))

    def emit(self, kind, typ, s, tr=None):
        if tr:
            s = tr(s, kind)
        if not s:
            return
        if kind is None:
            self.raw(s)
            return
        core = s.strip()
        lead = s[:len(s) - len(s.lstrip())]
        trail = s[len(s.rstrip()):]
        self.raw(lead)
        if core:
            st = self.n
            self.raw(core)
            self.spans.append({'kind': kind, 'type': typ, 'start': st, 'end': self.n})
            self.want.append(core)
        self.raw(trail)

    def f(self, tpl, tr=None):
        """render a template: {a} {a.full} {org} {~phrase} {C} ... """
        pos = 0
        for m in TOK.finditer(tpl):
            self.emit(None, None, tpl[pos:m.start()], tr)
            for seg in self.g.resolve(m.group(1)):
                if seg[0] == 'tpl':
                    self.f(seg[1], tr)
                else:
                    self.emit(seg[0], seg[1], seg[2], tr)
            pos = m.end()
        self.emit(None, None, tpl[pos:], tr)

    def text(self):
        return ''.join(self.buf)


def tr_voice(s, kind):
    """voicemail transcription: lower case, little punctuation."""
    s = s.lower()
    if kind is None or kind == 'content':
        s = re.sub(r'[.,;!?]+(?=\s|$)', '', s)
    return s


def tr_lower(s, kind):
    return s.lower()


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, g, key, staff=False, gender=None, title=None, origin=None, kid=False, parent=None):
        r = g.rng
        self.g, self.key, self.staff, self.kid = g, key, staff, kid or parent is not None
        self.gender = gender or r.choice('fm')
        if parent is not None and r.random() < 0.8:
            origin = parent.origin
        if origin is None:
            ks = list(ORIGIN_W)
            origin = r.choices(ks, [ORIGIN_W[k] for k in ks])[0]
        self.origin = origin
        used = {p.given for p in g.people.values()}
        for _ in range(8):
            self.given = r.choice(g.half(('gf_' if self.gender == 'f' else 'gm_') + origin))
            if self.given not in used:
                break
        so = origin if r.random() < 0.8 else r.choices(list(ORIGIN_W), [ORIGIN_W[k] for k in ORIGIN_W])[0]
        self.sur = r.choice(g.half('sn_' + so))
        if parent is not None and r.random() < 0.75:
            self.sur = parent.sur
        elif so == 'qc' and r.random() < 0.1:
            other = r.choice(g.half('sn_qc'))
            if ' ' not in other + self.sur and "'" not in other + self.sur and other != self.sur:
                self.sur = self.sur + '-' + other
        self.flip = origin in ('vn', 'cn') and r.random() < 0.2
        fr = g.lang == 'fr'
        if title:
            self.title = title
        elif staff and r.random() < 0.1:
            self.title = ('Dre' if self.gender == 'f' else 'Dr') if fr else 'Dr.'
        elif fr:
            self.title = 'Mme' if self.gender == 'f' else 'M.'
        else:
            self.title = r.choice(['Ms.', 'Ms.', 'Mrs.']) if self.gender == 'f' else 'Mr.'
        self.mentioned = False
        self.spk_form = r.choice(['given', 'full', 'gs', 'caps_given', 'init'])
        self._cache = {}
        y = r.randint(2006, 2022) if self.kid else r.randint(1938, 2007)
        self.dob = (y, r.randint(1, 12), r.randint(1, 28))

    # --- name forms
    def full(self):
        return '%s %s' % (self.sur, self.given) if self.flip else '%s %s' % (self.given, self.sur)

    def initials(self):
        parts = re.split(r'([- ])', self.given)
        out = ''
        for p in parts:
            if p == '-':
                out += '-'
            elif p == ' ':
                out += ' '
            elif p:
                out += p[0] + '.'
        return out

    def form(self, f):
        r = self.g.rng
        if f == 'full':
            return self.full()
        if f == 'given':
            return self.given
        if f == 'sur':
            return self.sur
        if f == 'inv':
            return '%s, %s' % (self.sur, self.given)
        if f == 'caps':
            return r.choice([self.full().upper(), '%s %s' % (self.sur.upper(), self.given),
                             '%s, %s' % (self.sur.upper(), self.given.upper())])
        if f == 'low':
            if len(self.sur) <= 3 or r.random() < 0.4:
                return self.given.lower()
            return self.full().lower()
        if f == 'init':
            return '%s %s' % (self.initials(), self.sur)
        if f == 'gs':
            return '%s %s.' % (self.given, fold(self.sur.replace("'", ' ').split()[-1])[0].upper())
        if f == 'spk':
            sf = self.spk_form
            if sf == 'caps_given':
                return self.given.upper()
            if sf == 'init':
                return self.initials().replace('.', '').replace('-', '').replace(' ', '') + \
                    fold(self.sur.split()[-1])[0].upper()
            return self.form(sf)
        raise KeyError(f)

    def auto(self):
        r = self.g.rng
        if not self.mentioned:
            self.mentioned = True
            x = r.random()
            if x < 0.62 or (self.kid and x < 0.82):
                return [('pii', 'PERSON', self.full())]
            if x < 0.82:
                return [(None, None, self.title + ' '), ('pii', 'PERSON', self.full())]
            if x < 0.9:
                return [('pii', 'PERSON', self.form('init'))]
            return [('pii', 'PERSON', self.form('inv'))]
        x = r.random()
        if x < 0.32:
            return [('pii', 'PERSON', self.given)]
        if x < 0.5:
            return [('pii', 'PERSON', self.sur)]
        if x < 0.8 and not self.kid:
            return [(None, None, self.title + ' '), ('pii', 'PERSON', self.sur)]
        if x < 0.8:
            return [('pii', 'PERSON', self.given)]
        if x < 0.95:
            return [('pii', 'PERSON', self.full())]
        return [('pii', 'PERSON', self.form('init'))]

    # --- identifiers
    def phone_num(self, fresh=False):
        r = self.g.rng
        if fresh or 'ph' not in self._cache:
            a = r.choice(PHONE_AREAS)
            e = r.randint(200, 989)
            if e % 100 == 11:
                e += 1
            n = r.randint(0, 9999)
            v = (a, '%03d' % e, '%04d' % n)
            if fresh:
                return v
            self._cache['ph'] = v
        return self._cache['ph']

    def fmt_phone(self, v):
        a, e, n = v
        r = self.g.rng
        return r.choice(['%s-%s-%s', '(%s) %s-%s', '%s.%s.%s', '+1 %s %s %s', '%s%s%s', '%s %s-%s',
                         '1-%s-%s-%s', '(%s)%s-%s', '+1-%s-%s-%s', '%s %s %s', '%s-%s-%s', '%s %s-%s']) % (a, e, n)

    def ext(self):
        r = self.g.rng
        n = r.randint(2, 5999)
        if self.g.lang == 'fr':
            return r.choice([', poste %d', ' poste %d', ' p. %d', ', p.%d', ' #%d']) % n
        return r.choice([', ext. %d', ' ext %d', ' x%d', ', extension %d', ' #%d']) % n

    def email(self):
        if 'em' not in self._cache:
            r = self.g.rng
            g_ = re.sub(r"[^a-z]", '', fold(self.given).lower())
            s_ = re.sub(r"[^a-z-]", '', fold(self.sur).lower().replace(' ', ''))
            if self.staff:
                loc = r.choice(['%s.%s' % (g_, s_), '%s.%s' % (g_, s_), '%s%s' % (g_[0], s_)])
                dom = r.choice(self.g.half('sdomain'))
            else:
                loc = r.choice(['%s.%s' % (g_, s_), '%s%s' % (g_[0], s_), '%s.%s' % (s_, g_),
                                '%s%s%d' % (g_, s_, r.randint(1, 99)), '%s_%s' % (g_, s_),
                                '%s.%s%d' % (g_[0], s_, self.dob[0] % 100), '%s%d' % (g_, r.randint(70, 2009))])
                dom = r.choice(self.g.half('pdomain'))
            self._cache['em'] = '%s@%s' % (loc, dom)
        return self._cache['em']

    def sin(self):
        if 'sin' not in self._cache:
            r = self.g.rng
            self._cache['sin'] = luhn_complete(str(r.randint(1, 7)) + ''.join(str(r.randint(0, 9)) for _ in range(7)))
        s = self._cache['sin']
        return self.g.rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s']) % (s[:3], s[3:6], s[6:])

    def ramq(self):
        if 'ramq' not in self._cache:
            r = self.g.rng
            s = re.sub(r'[^A-Z]', '', fold(self.sur).upper())
            s = (s + 'XXX')[:3]
            gg = re.sub(r'[^A-Z]', '', fold(self.given).upper())[:1] or 'X'
            y, m, d = self.dob
            m2 = m + 50 if self.gender == 'f' else m
            self._cache['ramq'] = '%s%s%02d%02d%02d%02d' % (s, gg, y % 100, m2, d, r.randint(11, 19))
        v = self._cache['ramq']
        return self.g.rng.choice(['%s %s %s', '%s%s%s', '%s %s %s', '%s-%s-%s']) % (v[:4], v[4:8], v[8:])

    def licence(self):
        if 'lic' not in self._cache:
            r = self.g.rng
            L = (re.sub(r'[^A-Z]', '', fold(self.sur).upper()) or 'X')[0]
            y, m, d = self.dob
            self._cache['lic'] = '%s%04d%02d%02d%02d%02d' % (L, r.randint(0, 9999), d, m, y % 100, r.randint(0, 99))
        v = self._cache['lic']
        return self.g.rng.choice(['%s-%s-%s', '%s%s%s', '%s %s %s', '%s-%s-%s']) % (v[:5], v[5:11], v[11:])

    def passport(self):
        if 'pp' not in self._cache:
            r = self.g.rng
            self._cache['pp'] = r.choice('ABCGHJKLMNPRSTWX') + r.choice('ABCEHJKLMNPRSTVW') + '%06d' % r.randint(0, 999999)
        return self._cache['pp']

    def card(self):
        r = self.g.rng
        k = r.random()
        if k < 0.45:
            num = luhn_complete('4' + ''.join(str(r.randint(0, 9)) for _ in range(14)))
        elif k < 0.85:
            num = luhn_complete('5' + str(r.randint(1, 5)) + ''.join(str(r.randint(0, 9)) for _ in range(13)))
        else:
            num = luhn_complete(r.choice(['34', '37']) + ''.join(str(r.randint(0, 9)) for _ in range(12)))
        assert luhn_ok(num)
        if len(num) == 15:
            return r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (num[:4], num[4:10], num[10:])
        return r.choice(['%s %s %s %s', '%s-%s-%s-%s', '%s%s%s%s', '%s %s %s %s']) % (
            num[:4], num[4:8], num[8:12], num[12:])

    def account(self):
        if 'acct' not in self._cache:
            r = self.g.rng
            inst, bank = r.choice(self.g.half('bank'))
            n = '%07d' % r.randint(0, 9999999) if inst != '815' else '%06d' % r.randint(0, 999999)
            self._cache['acct'] = (inst, bank, '%05d' % r.randint(10000, 99999), n)
        return self._cache['acct']

    def addr(self):
        if 'addr' not in self._cache:
            r = self.g.rng
            fr = self.g.lang == 'fr'
            street = r.choice(self.g.half('fr_street' if fr or r.random() < 0.4 else 'en_street'))
            num = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 12999)])
            base = r.choice(['%d, %s', '%d %s', '%d, %s']) % (num, street) if fr else '%d %s' % (num, street)
            u = r.random()
            unit = r.randint(1, 12) if r.random() < 0.5 else r.randint(101, 812)
            if u < 0.25:
                base = base + (r.choice([', app. %d', ' app. %d', ', appartement %d', ' #%d', ', logement %d'])
                               if fr else r.choice([', Apt. %d', ' apt %d', ', unit %d', ' #%d', ', Suite %d'])) % unit
            elif u < 0.4:
                base = '%d-%s' % (unit, base.replace(',', '', 1))
            city = r.choice(self.g.half('city'))
            cname, letter = city.split(':')
            pc = letter + str(r.randint(0, 9)) + r.choice(PC_LET) + str(r.randint(1, 9)) + r.choice(PC_LET) + str(r.randint(0, 9))
            self._cache['addr'] = (base, cname, pc)
        return self._cache['addr']

    def fmt_pc(self, pc):
        r = self.g.rng
        return r.choice(['%s %s', '%s %s', '%s%s', '%s-%s', '%s %s']) % (pc[:3], pc[3:]) if r.random() < 0.95 \
            else ('%s %s' % (pc[:3], pc[3:])).lower()

    def fmt_dob(self):
        return self.g.fmt_date(*self.dob)

    def get(self, attr):
        g, r = self.g, self.g.rng
        fr = g.lang == 'fr'
        self_mention = attr in ('full', 'given', 'sur', 'inv', 'caps', 'low', 'init', 'gs', 'spk', 't', 'tf')
        if self_mention:
            self.mentioned = True
        if attr in ('full', 'given', 'sur', 'inv', 'caps', 'low', 'init', 'gs', 'spk'):
            return [('pii', 'PERSON', self.form(attr))]
        if attr == 't':
            return [(None, None, self.title + ' '), ('pii', 'PERSON', self.sur)]
        if attr == 'tf':
            return [(None, None, self.title + ' '), ('pii', 'PERSON', self.full())]
        if attr == 'T':  # title alone
            return [(None, None, self.title)]
        f = self.gender == 'f'
        plain = {
            'e': 'e' if f else '', 'le': 'la' if f else 'le', 'lui': 'elle' if f else 'lui', 'il': 'elle' if f else 'il', 'Il': 'Elle' if f else 'Il',
            'he': 'she' if f else 'he', 'He': 'She' if f else 'He', 'his': 'her' if f else 'his',
            'His': 'Her' if f else 'His', 'him': 'her' if f else 'him',
            'mm': ('madame' if f else 'monsieur') if fr else ("ma'am" if f else 'sir'),
            'Mm': ('Madame' if f else 'Monsieur') if fr else ('Ma\'am' if f else 'Sir'),
            'kid': ('fille' if f else 'fils') if fr else ('daughter' if f else 'son'),
            'sonkid': ('sa fille' if f else 'son fils'), 'conj': ('conjointe' if f else 'conjoint'),
            'sonconj': ('sa conjointe' if f else 'son conjoint'),
            'age': str(2025 - self.dob[0]),
        }
        if attr in plain:
            return [(None, None, plain[attr])]
        if attr in ('rel', 'monrel', 'myrel'):
            rel = r.choice(g.half(('fr_rel_' if fr else 'en_rel_') + ('f' if f else 'm')))
            if attr == 'monrel':
                rel = re.sub(r'^son ', 'mon ', re.sub(r'^sa ', 'ma ', rel))
            elif attr == 'myrel' or not fr:
                rel = ('my ' if attr == 'myrel' else '') + rel
            return [(None, None, rel)]
        if attr in ('Monrel', 'Myrel'):
            rel = r.choice(g.half(('fr_rel_' if fr else 'en_rel_') + ('f' if f else 'm')))
            rel = re.sub(r'^son ', 'Mon ', re.sub(r'^sa ', 'Ma ', rel)) if fr else 'My ' + rel
            return [(None, None, rel)]
        if attr == 'monkid':
            return [(None, None, 'ma fille' if f else 'mon fils')]
        if attr == 'mykid':
            return [(None, None, 'my daughter' if f else 'my son')]
        if attr == 'phone':
            return [('pii', 'PHONE', self.fmt_phone(self.phone_num()))]
        if attr == 'phonex':
            return [('pii', 'PHONE', self.fmt_phone(self.phone_num())), (None, None, self.ext())]
        if attr == 'phone2':
            return [('pii', 'PHONE', self.fmt_phone(self.phone_num(fresh=True)))]
        if attr == 'email':
            return [('pii', 'EMAIL', self.email())]
        if attr == 'sin':
            return [('pii', 'SIN', self.sin())]
        if attr == 'ramq':
            return [('pii', 'RAMQ', self.ramq())]
        if attr == 'dob':
            return [('pii', 'DOB', self.fmt_dob())]
        if attr == 'dobi':  # with an introducer phrase
            return [('tpl', r.choice(g.half('fr_dobintro' if fr else 'en_dobintro')).replace('@', self.key) + ' '),
                    ('pii', 'DOB', self.fmt_dob())]
        if attr == 'phonei':
            return [('tpl', r.choice(g.half('fr_phoneintro' if fr else 'en_phoneintro')).replace('@', self.key) + ' '),
                    ('pii', 'PHONE', self.fmt_phone(self.phone_num()))]
        if attr == 'pass':
            return [('pii', 'PASSPORT', self.passport())]
        if attr == 'card':
            return [('pii', 'CARD', self.card())]
        if attr == 'lic':
            return [('pii', 'LICENCE', self.licence())]
        if attr == 'acctn':
            return [('pii', 'ACCOUNT', self.account()[3])]
        if attr == 'acct':
            inst, bank, transit, n = self.account()
            k = r.randint(0, 3)
            if fr:
                if k == 0:
                    return [(None, None, 'transit '), ('decoy', 'BANKCODE', transit), (None, None, ', institution '),
                            ('decoy', 'BANKCODE', inst), (None, None, ', compte '), ('pii', 'ACCOUNT', n)]
                if k == 1:
                    return [(None, None, 'folio '), ('pii', 'ACCOUNT', n), (None, None, ' (%s, transit ' % bank),
                            ('decoy', 'BANKCODE', transit), (None, None, ')')]
                if k == 2:
                    return [(None, None, 'compte no '), ('pii', 'ACCOUNT', n), (None, None, ' à la ' if bank != 'Desjardins' else ' chez '),
                            ('decoy', 'ORG', bank)]
                return [(None, None, 'inst. '), ('decoy', 'BANKCODE', inst), (None, None, ' / succ. '),
                        ('decoy', 'BANKCODE', transit), (None, None, ' / compte '), ('pii', 'ACCOUNT', n)]
            if k == 0:
                return [(None, None, 'transit '), ('decoy', 'BANKCODE', transit), (None, None, ', institution '),
                        ('decoy', 'BANKCODE', inst), (None, None, ', account '), ('pii', 'ACCOUNT', n)]
            if k == 1:
                return [(None, None, 'account #'), ('pii', 'ACCOUNT', n), (None, None, ' (%s, branch ' % bank),
                        ('decoy', 'BANKCODE', transit), (None, None, ')')]
            if k == 2:
                return [(None, None, 'account no. '), ('pii', 'ACCOUNT', n), (None, None, ' at '), ('decoy', 'ORG', bank)]
            return [(None, None, 'inst. '), ('decoy', 'BANKCODE', inst), (None, None, ' / transit '),
                    ('decoy', 'BANKCODE', transit), (None, None, ' / acct '), ('pii', 'ACCOUNT', n)]
        if attr == 'addr':
            return [('pii', 'ADDRESS', self.addr()[0])]
        if attr == 'postal':
            return [('pii', 'POSTAL_CODE', self.fmt_pc(self.addr()[2]))]
        if attr == 'city':
            return [('decoy', 'CITY', self.addr()[1])]
        if attr == 'fulladdr':
            base, city, pc = self.addr()
            prov = r.choice([' (Québec) ', ', QC ', ' QC ', ', Qc ', ', Québec, ', ' (Qc) ']) if fr else \
                r.choice([', QC ', ', Quebec ', ' QC ', ', Québec, '])
            sep = r.choice([', ', ', ', '\n']) if r.random() < 0.2 else ', '
            return [('pii', 'ADDRESS', base), (None, None, sep), ('decoy', 'CITY', city), (None, None, prov),
                    ('pii', 'POSTAL_CODE', self.fmt_pc(pc))]
        raise KeyError(attr)


# ---------------------------------------------------------------- generator
STAFF_KEYS = 'stuvwxyz'


class Gen:
    def __init__(self, split, seed):
        self.split = split
        self.si = 0 if split == 'W' else 1
        self.rng = random.Random('indep6-%s-%d' % (split, seed))
        self.lang = 'fr'

    def half(self, name):
        return HALF[name][self.si]

    def lp(self, name):
        return self.rng.choice(self.half('%s_%s' % (self.lang, name)))

    def new_doc(self, lang):
        self.lang = lang
        self.people = {}
        self.cache = {}

    def person(self, k, **kw):
        if k not in self.people:
            if 'parent' in kw:
                kw['parent'] = self.person(kw['parent'])
            self.people[k] = Person(self, k, staff=k in STAFF_KEYS, **kw)
        return self.people[k]

    # --- dates
    def fmt_date(self, y, m, d, birth=True):
        r = self.rng
        fr = self.lang == 'fr'
        if fr:
            dd = '1er' if d == 1 and r.random() < 0.6 else str(d)
            opts = ['%04d-%02d-%02d' % (y, m, d), '%02d/%02d/%04d' % (d, m, y), '%s %s %d' % (dd, FR_MONTHS[m - 1], y),
                    '%02d-%02d-%04d' % (d, m, y), '%d %s %d' % (d, FR_MONTHS[m - 1], y), '%02d.%02d.%04d' % (d, m, y)]
        else:
            opts = ['%s %d, %d' % (EN_MONTHS[m - 1], d, y), '%d %s %d' % (d, EN_MONTHS[m - 1], y),
                    '%04d-%02d-%02d' % (y, m, d), '%02d/%02d/%04d' % (m, d, y), '%s %d, %d' % (EN_MON3[m - 1], d, y),
                    '%02d/%02d/%04d' % (d, m, y)]
        return r.choice(opts)

    def date_str(self):
        r = self.rng
        y = r.choice([2023, 2024, 2025, 2025, 2026])
        m, d = r.randint(1, 12), r.randint(1, 28)
        if r.random() < 0.3:  # without the year
            return ('%d %s' % (d, FR_MONTHS[m - 1])) if self.lang == 'fr' else '%s %d' % (EN_MONTHS[m - 1], d)
        s = self.fmt_date(y, m, d)
        return s

    def time_str(self):
        r = self.rng
        h, mi = r.randint(7, 19), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 40, 45, 50, 55])
        if self.lang == 'fr':
            return r.choice(['%d h %02d', '%dh%02d', '%d:%02d', '%d h %02d']) % (h, mi)
        hh = h if h <= 12 else h - 12
        return r.choice(['%d:%02d a.m.' if h < 12 else '%d:%02d p.m.', '%d:%02d' , '%d:%02d am' if h < 12 else '%d:%02d pm']) % (hh, mi)

    def amount_str(self):
        r = self.rng
        v = r.choice([r.randint(20, 999), r.randint(1000, 25000), r.randint(100, 3000)])
        c = r.randint(0, 99)
        if self.lang == 'fr':
            ip = '{:,}'.format(v).replace(',', ' ')
            return r.choice(['%s,%02d $' % (ip, c), '%s $' % ip, '%s,00 $' % ip, '%s$' % ip])
        ip = '{:,}'.format(v)
        return r.choice(['$%s.%02d' % (ip, c), '$%s' % ip, '$%s.00' % ip, '%s $' % ip])

    def toll_str(self):
        r = self.rng
        p = r.choice(['800', '888', '877', '866', '855', '844'])
        e, n = r.randint(200, 989), r.randint(0, 9999)
        return r.choice(['1-%s-%03d-%04d', '1 %s %03d-%04d', '1 %s %03d %04d', '(%s) %03d-%04d', '1-%s-%03d-%04d',
                         '%s-%03d-%04d', '1 (%s) %03d-%04d']) % (p, e, n)

    def eponym(self):
        r = self.rng
        fr = self.lang == 'fr'
        if r.random() < 0.5:
            return [('decoy', 'PLACE' if r.random() < 0.5 else 'ORG', r.choice(self.half('fr_epo' if fr else 'en_epo')))]
        pat, typ = r.choice(self.half('fr_epopat' if fr else 'en_epopat'))
        o = r.choice(['qc', 'qc', 'qc', 'en', 'ir', 'ht'])
        gg = r.choice(self.half(r.choice(['gf_', 'gm_']) + o))
        ss = r.choice([x for x in self.half('sn_' + o) if ' ' not in x] or self.half('sn_qc'))
        name = pat.replace('{G}', gg).replace('{S}', ss)
        return [('decoy', typ, name)]

    def resolve(self, key):
        r = self.rng
        fr = self.lang == 'fr'
        if key.startswith('~'):
            k = key[1:]
            who = None
            if ':' in k:
                k, who = k.split(':')
            item = r.choice(self.half('%s_%s' % (self.lang, k)))
            if who:
                item = item.replace('@', who)
            return [('tpl', item)]
        if key == 'C':
            return [('content', 'CONTENT', r.choice(self.half('%s_content' % self.lang)))]
        if key.startswith('list:'):
            ks = key[5:].split(',')
            out = []
            for i, k in enumerate(ks):
                if i:
                    out.append((None, None, (' et ' if fr else ' and ') if i == len(ks) - 1 else ', '))
                out += self.person(k).auto()
            return out
        if key.isupper() and key != 'C' and '.' not in key:
            if key not in self.cache:
                self.cache[key] = self.resolve(key.lower())
            return self.cache[key]
        if '.' in key:
            k, attr = key.split('.', 1)
            return self.person(k).get(attr)
        if len(key) == 1:
            return self.person(key).auto()
        if key == 'org':
            return [('decoy', 'ORG', r.choice(self.half('fr_org' if fr else 'en_org')))]
        if key == 'place':
            return [('decoy', 'PLACE', r.choice(self.half('fr_place' if fr else 'en_place')))]
        if key == 'epo':
            return self.eponym()
        if key == 'city':
            return [('decoy', 'CITY', r.choice(self.half('city')).split(':')[0])]
        if key == 'region':
            return [('decoy', 'REGION', r.choice(self.half('region')))]
        if key in ('lstreet', 'Lstreet', 'dstreet'):
            st = r.choice(self.half('fr_street'))
            w = st.split()[0]
            if w[0] in 'aeéiou':
                art = {'l': "l'", 'L': "L'", 'd': "de l'"}[key[0]]
            elif w in ('boulevard', 'chemin', 'rang'):
                art = {'l': 'le ', 'L': 'Le ', 'd': 'du '}[key[0]]
            else:
                art = {'l': 'la ', 'L': 'La ', 'd': 'de la '}[key[0]]
            return [(None, None, art), ('decoy', 'STREET', st)]
        if key == 'taxorg':
            return [('decoy', 'ORG', r.choice(self.half('fr_taxorg' if fr else 'en_taxorg')))]
        if key == 'tribunal':
            return [('decoy', 'ORG', r.choice(self.half('fr_tribunal' if fr else 'en_tribunal')))]
        if key == 'street':
            return [('decoy', 'STREET', r.choice(self.half('fr_street' if fr or r.random() < 0.3 else 'en_street')))]
        if key == 'law':
            return [('decoy', 'LAW', r.choice(self.half('fr_law' if fr else 'en_law')))]
        if key == 'file':
            return [('decoy', 'FILE', r.choice(self.half('filefmt'))(r))]
        if key == 'toll':
            return [('decoy', 'TOLLFREE', self.toll_str())]
        if key == 'amount':
            return [('decoy', 'AMOUNT', self.amount_str())]
        if key == 'date':
            return [('decoy', 'DATE', self.date_str())]
        if key == 'time':
            return [(None, None, self.time_str())]
        if key == 'isodate':
            return [('decoy', 'DATE', '%04d-%02d-%02d' % (r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)))]
        if key == 'n':
            return [(None, None, str(r.randint(2, 9)))]
        raise KeyError(key)


# ---------------------------------------------------------------- families
def ordered(r, items, lo, hi):
    k = min(len(items), r.randint(lo, hi))
    return [items[i] for i in sorted(r.sample(range(len(items)), k))]


def shuffled(r, items, lo, hi):
    k = min(len(items), r.randint(lo, hi))
    return r.sample(items, k)


def fam_casenote(g, d):
    r, fr = g.rng, g.lang == 'fr'
    g.person('b', parent='a')
    if fr:
        d.f(r.choice(['NOTE ÉVOLUTIVE — dossier {FILE}\nDate : {DATE}   Intervenant{s.e} : {s.caps}\n\n',
                      'le {DATE} {time} – {s.init} – dossier {FILE}\n',
                      'Note au dossier de {a.caps} ({FILE})\nRédigée par {s.full}, {~job}\n\n']))
        blocks = ['{time} appel entrant de {a} {~reason}. {C}',
                  'Vérif. identité faite : {a.dobi}, NAS {a.sin}, RAMQ {a.ramq}. {~ok}.',
                  '{a.given} habite maintenant au {a.fulladdr} avec {b.sonkid} {b.full}.',
                  '{a.t} {~said} que {e.rel}, {e.full}, l\'héberge temporairement depuis le {date}.',
                  'Ex-{c.conj} : {c.full}. {c.sur} ne verse plus la pension ({amount}/mois) depuis le {date}.',
                  'Parlé avec {u.tf} de {org} ({u.phonex}) : dossier actif, {u.given} rappellera le {date}.',
                  'Référé{a.e} à {epo} et à {org} ({toll}).',
                  '{a.given} refuse de transmettre son relevé; {a.acct} donné verbalement seulement.',
                  'Le propriétaire, {d.tf}, {~said} que {lstreet} est en travaux, accès difficile pour {a.given}.',
                  'Selon {law}, on ne communique rien à {c.given} sans consentement écrit de {a.given}. {C}',
                  'RV fixé le {date} à {time} au bureau de {city} avec {a} et {t.tf}.',
                  '{C} {C}',
                  'Courriel reçu de {a.email} avec preuve de résidence. {C}',
                  '{b.given} ({b.age} ans) fréquente {epo}; l\'école n\'a rien signalé.',
                  'Cl. {a.phonei}. {a.Il} ne répond pas après {time}.',
                  '{a} dit que {c.sur} se présente parfois chez {d.full}, {d.rel}. {C}',
                  'Copie du passeport ({a.pass}) reçue pour la demande à {org}.',
                  'Transfert possible vers le bureau régional (région : {region}) si {a.given} déménage.',
                  'Paiement des frais par carte {a.card} refusé; {a.given} rappellera.']
        for b in shuffled(r, blocks, 6, 10):
            d.f(b + '\n')
        d.f(r.choice(['\n{~next} rappeler {a.t} avant le {date}. — {s.init}\n',
                      '\n{s.given} ({~job})\n', '\nSigné : {s.inv}, {~job}\n']))
    else:
        d.f(r.choice(['CASE NOTE — File {FILE}\nDate: {DATE}   Worker: {s.caps}\n\n',
                      '{DATE} {time} – {s.init} – file {FILE}\n',
                      'Progress note for {a.caps} ({FILE})\nWritten by {s.full}, {~job}\n\n']))
        blocks = ['{time} incoming call from {a} {~reason}. {C}',
                  'ID verified: {a.dobi}, SIN {a.sin}, RAMQ {a.ramq}. {~ok}.',
                  '{a.given} now lives at {a.fulladdr} with {a.his} {b.kid} {b.full}.',
                  '{a.t} {~said} that {a.his} {e.rel}, {e.full}, has been putting {a.him} up since {date}.',
                  'Ex-partner: {c.full}. {c.sur} stopped paying support ({amount}/month) on {date}.',
                  'Spoke with {u.tf} at {org} ({u.phonex}): file active, {u.given} will call back on {date}.',
                  'Referred to {epo} and {org} ({toll}).',
                  '{a.given} refuses to send the statement; {a.acct} given verbally only.',
                  'Landlord {d.tf} {~said} {street} is under construction, hard for {a.given} to get in.',
                  'Under {law}, nothing is disclosed to {c.given} without written consent from {a.given}. {C}',
                  'Appointment set for {date} at {time} at the {city} office with {a} and {t.tf}.',
                  '{C} {C}',
                  'E-mail received from {a.email} with proof of residence. {C}',
                  '{b.given} ({b.age}) attends {epo}; the school has not flagged anything.',
                  'Cl. {a.phonei}. Does not pick up after {time}.',
                  '{a} says {c.sur} sometimes shows up at {d.full}\'s place. {C}',
                  'Copy of passport ({a.pass}) received for the application to {org}.',
                  'Possible transfer to the regional office ({region}) if {a.given} moves.',
                  'Fee payment on card {a.card} declined; {a.given} will call back.']
        for b in shuffled(r, blocks, 6, 10):
            d.f(b + '\n')
        d.f(r.choice(['\n{~next} call {a.t} back before {date}. — {s.init}\n',
                      '\n{s.given} ({~job})\n', '\nSigned: {s.inv}, {~job}\n']))


def fam_call(g, d):
    r, fr = g.rng, g.lang == 'fr'
    g.cache['AG'] = [(None, None, r.choice(g.half(g.lang + '_agentlbl')))] if r.random() < 0.5 else [('tpl', '{s.spk}')]
    g.cache['CL'] = [(None, None, r.choice(g.half(g.lang + '_callerlbl')))] if r.random() < 0.5 else [('tpl', '{a.spk}')]
    c = ' :' if fr else ':'
    if fr:
        d.f(r.choice(['Transcription d\'appel — {DATE}, {time}\nDossier : {FILE}\n\n',
                      'APPEL ENTRANT le {DATE} — dossier {FILE} — agent : {s.caps}\n\n',
                      'Enregistrement no {file} ({DATE})\n\n']))
        head = ['{AG}%s {ORG}, bonjour, {s.given} à l\'appareil.' % c,
                '{CL}%s Oui bonjour, c\'est {a.full}, j\'appelle {~reason}.' % c]
        groups = [
            ['{AG}%s Pour vérifier votre identité, votre date de naissance?' % c, '{CL}%s Le {a.dob}.' % c],
            ['{AG}%s Et votre numéro d\'assurance sociale, s\'il vous plaît?' % c, '{CL}%s Euh… {a.sin}.' % c],
            ['{AG}%s Merci {a.mm} {a.sur}. Le dossier est au nom de {a.inv}, c\'est bien ça?' % c,
             '{CL}%s Oui. Mon ex, {c.full}, a encore accès au dossier, je veux que ça change.' % c,
             '{AG}%s Je le note. {c.given} ne pourra plus obtenir d\'information, selon {law}.' % c],
            ['{AG}%s Quelle est votre adresse actuelle?' % c, '{CL}%s {a.fulladdr}.' % c],
            ['{AG}%s Un numéro pour vous joindre?' % c,
             '{CL}%s Mon cell, {a.phone}. Sinon chez {e.monrel}, {e.given}, au {e.phone}.' % c],
            ['{AG}%s Vous pouvez aussi appeler au {toll} ou passer à {place}.' % c, '{CL}%s {~ok}.' % c],
            ['{CL}%s Mon agent c\'était {t.tf}, je peux lui parler?' % c,
             '{AG}%s {t.given} est absent{t.e} aujourd\'hui, je lui laisse une note.' % c],
            ['{CL}%s Il faudrait aussi changer mon dépôt direct : {a.acct}.' % c,
             '{AG}%s C\'est fait. {C}' % c],
            ['{CL}%s J\'ai déjà parlé à {u.full} le {date}, {u.il} m\'avait promis un retour.' % c,
             '{AG}%s Je vois sa note. {C}' % c],
            ['{CL}%s Ma carte d\'assurance maladie, c\'est {a.ramq}, si ça aide.' % c,
             '{AG}%s Merci, ce n\'est pas nécessaire. {C}' % c],
            ['{AG}%s Pour les frais, je peux prendre une carte de crédit.' % c,
             '{CL}%s Oui, c\'est la {a.card}, celle de {c.given} ne passe plus.' % c],
            ['{AG}%s Le montant en litige est de {amount}, c\'est exact?' % c,
             '{CL}%s Oui, et {d.full} du {org} m\'a dit que c\'était une erreur.' % c],
        ]
        tail = ['{AG}%s Autre chose, {a.mm} {a.sur}?' % c, '{CL}%s Non, merci beaucoup.' % c,
                '[Fin de l\'appel — {time}]']
    else:
        d.f(r.choice(['Call transcript — {DATE}, {time}\nFile: {FILE}\n\n',
                      'INBOUND CALL {DATE} — file {FILE} — agent: {s.caps}\n\n',
                      'Recording no. {file} ({DATE})\n\n']))
        head = ['{AG}%s {ORG}, good morning, this is {s.given}.' % c,
                '{CL}%s Hi, yes, it\'s {a.full}, I\'m calling {~reason}.' % c]
        groups = [
            ['{AG}%s To verify your identity, may I have your date of birth?' % c, '{CL}%s {a.dob}.' % c],
            ['{AG}%s And your social insurance number, please?' % c, '{CL}%s Um… {a.sin}.' % c],
            ['{AG}%s Thank you, {a.t}. The file is under {a.inv}, correct?' % c,
             '{CL}%s Yes. My ex, {c.full}, still has access to it and I want that changed.' % c,
             '{AG}%s Noted. {c.given} won\'t get any information from now on, under {law}.' % c],
            ['{AG}%s What is your current address?' % c, '{CL}%s {a.fulladdr}.' % c],
            ['{AG}%s A number where we can reach you?' % c,
             '{CL}%s My cell, {a.phone}. Or at my {e.rel} {e.given}\'s, {e.phone}.' % c],
            ['{AG}%s You can also call {toll} or drop by {place}.' % c, '{CL}%s {~ok}.' % c],
            ['{CL}%s My worker was {t.tf}, can I talk to {t.him}?' % c,
             '{AG}%s {t.given} is off today, I\'ll leave {t.him} a note.' % c],
            ['{CL}%s I also need to change my direct deposit: {a.acct}.' % c, '{AG}%s Done. {C}' % c],
            ['{CL}%s I already spoke to {u.full} on {date}, {u.he} promised to call me back.' % c,
             '{AG}%s I can see the note. {C}' % c],
            ['{CL}%s My health card is {a.ramq}, if that helps.' % c, '{AG}%s Thanks, not needed. {C}' % c],
            ['{AG}%s For the fee, I can take a credit card.' % c,
             '{CL}%s Sure, it\'s {a.card}, {c.given}\'s card doesn\'t work anymore.' % c],
            ['{AG}%s The amount in dispute is {amount}, right?' % c,
             '{CL}%s Yes, and {d.full} at {org} told me it was a mistake.' % c],
        ]
        tail = ['{AG}%s Anything else, {a.t}?' % c, '{CL}%s No, thanks a lot.' % c, '[End of call — {time}]']
    for line in head:
        d.f(line + '\n')
    for grp in ordered(r, groups, 5, 8):
        for line in grp:
            d.f(line + '\n')
    for line in tail:
        d.f(line + '\n')


def fam_minutes(g, d):
    r, fr = g.rng, g.lang == 'fr'
    if fr:
        d.f(r.choice(['PROCÈS-VERBAL — comité de suivi — {DATE}\nLieu : {place}, {CITY}\n\n',
                      'Compte rendu de la rencontre d\'équipe du {DATE} ({CITY})\n\n']))
        d.f('Présences : {s.full} (présidence), {t.full}, {u.init}, {v.inv} et {w.tf} ({org})\n')
        d.f(r.choice(['Absences : {x.full}, {y.caps}\n', 'Absent{x.e} : {x.full} (motivé)\n']))
        d.f('Secrétaire : {z.full}\n\n')
        items = ['Ouverture — {s.given} ouvre la séance à {time}. {C}',
                 'Adoption du procès-verbal du {date} — proposé par {t}, appuyé par {u}. Adopté.',
                 'Dossier {file} ({a.full}) — {v.given} présente la situation : {a.given} est sans logement depuis le {date}. {C}',
                 'Budget — {w} rappelle que l\'enveloppe de {amount} est épuisée pour la région ({region}).',
                 'Plainte de {b.tf} — {x.given} assure le suivi; référence à {law}.',
                 'Varia — {y} mentionne que des travaux sont prévus sur {lstreet}.',
                 'Retour sur la visite chez {c.full} à {city} — {u.sur} et {t.sur} recommandent un suivi serré. {C}',
                 'Formation — {z.given} propose une séance sur {law} à {epo}.',
                 'Demande de {b.given} : copie de son dossier. {s.t} répond que le délai est de vingt jours. {C}',
                 'Partenaires — {org} et {org} confirment leur participation; contact : {v.email}.',
                 'Tour de table — {list:t,u,y}. {C}']
        pts = ordered(r, items, 6, 9)
        for i, it in enumerate(pts):
            d.f('%d. %s\n' % (i + 1, it))
        d.f(r.choice(['\nProchaine rencontre : le {date} à {time}. Levée de la séance. — {z.init}\n',
                      '\nLevée de la séance à {time}. Rédigé par {z.full}, approuvé par {s.full}.\n']))
    else:
        d.f(r.choice(['MINUTES — follow-up committee — {DATE}\nLocation: {place}, {CITY}\n\n',
                      'Notes from the team meeting of {DATE} ({CITY})\n\n']))
        d.f('Present: {s.full} (chair), {t.full}, {u.init}, {v.inv} and {w.tf} ({org})\n')
        d.f(r.choice(['Regrets: {x.full}, {y.caps}\n', 'Absent: {x.full} (excused)\n']))
        d.f('Recording secretary: {z.full}\n\n')
        items = ['Call to order — {s.given} opened the meeting at {time}. {C}',
                 'Minutes of {date} — moved by {t}, seconded by {u}. Carried.',
                 'File {file} ({a.full}) — {v.given} presented the case: {a.given} has been homeless since {date}. {C}',
                 'Budget — {w} reminded everyone the {amount} envelope is spent for the region ({region}).',
                 'Complaint from {b.tf} — {x.given} is following up; see {law}.',
                 'Other business — {y} mentioned {street} will be closed during the work.',
                 'Debrief of the visit to {c.full} in {city} — {u.sur} and {t.sur} recommend close follow-up. {C}',
                 'Training — {z.given} proposed a session on {law} at {epo}.',
                 'Request from {b.given}: copy of the file. {s.t} said the deadline is twenty days. {C}',
                 'Partners — {org} and {org} confirmed; contact: {v.email}.',
                 'Round table — {list:t,u,y}. {C}']
        pts = ordered(r, items, 6, 9)
        for i, it in enumerate(pts):
            d.f('%d. %s\n' % (i + 1, it))
        d.f(r.choice(['\nNext meeting: {date} at {time}. Adjourned. — {z.init}\n',
                      '\nAdjourned at {time}. Minutes by {z.full}, approved by {s.full}.\n']))


def fam_incident(g, d):
    r, fr = g.rng, g.lang == 'fr'
    if fr:
        d.f('RAPPORT D\'INCIDENT no {FILE}\nDate de l\'événement : {DATE}, vers {time}\nLieu : {place} ({city})\n'
            'Rédigé par : {s.caps}, {~job}\n\nDescription :\n')
        blocks = ['Vers {time}, {a.full}, usager{a.e} connu{a.e} du service, s\'est présenté{a.e} au comptoir en demandant à parler à {t.tf}.',
                  '{a.Il} était accompagné{a.e} de {b.full}, qui a d\'abord refusé de s\'identifier.',
                  'Le ton a monté quand {u.given} a expliqué que le versement de {amount} avait été suspendu.',
                  '{b.sur} a frappé le comptoir. L\'agent de sécurité, {v.full}, est intervenu. {C}',
                  '{org} a été appelé à {time}; les agents {w.init} et {x.init} sont arrivés peu après.',
                  'Témoins : {list:u,y,c}.',
                  'Aucune blessure. {C}',
                  'Conformément à {law}, le rapport est transmis à la direction.',
                  '{a.given} a laissé un numéro : {a.phone}. Adresse au dossier : {a.fulladdr}.',
                  'Pièce d\'identité présentée par {b.given} : permis de conduire {b.lic}.',
                  '{c.tf}, qui attendait son tour, {~said} que {b.given} avait déjà menacé {a.given} la semaine précédente.',
                  'Des travaux sur {lstreet} ont retardé l\'arrivée des policiers. {C}',
                  '{t.full} n\'était pas sur place; {y.given} a pris la relève.',
                  'Le passeport de {b.given} ({b.pass}) a été photocopié par erreur; la copie a été détruite.']
        for b in [blocks[0]] + ordered(r, blocks[1:], 7, 10):
            d.f(b + ' ')
        d.f('\n\nMesures : {~next} rencontre avec {t} le {date}. {C}\nSignature : {s.inv}\n')
    else:
        d.f('INCIDENT REPORT #{FILE}\nDate of incident: {DATE}, around {time}\nLocation: {place} ({city})\n'
            'Prepared by: {s.caps}, {~job}\n\nDescription:\n')
        blocks = ['Around {time}, {a.full}, a client known to the service, came to the counter asking for {t.tf}.',
                  '{a.He} was with {b.full}, who at first refused to give a name.',
                  'Things escalated when {u.given} explained the {amount} payment had been put on hold.',
                  '{b.sur} hit the counter. The security guard, {v.full}, stepped in. {C}',
                  '{org} was called at {time}; officers {w.init} and {x.init} arrived shortly after.',
                  'Witnesses: {list:u,y,c}.',
                  'No one was hurt. {C}',
                  'As required by {law}, the report goes to management.',
                  '{a.given} left a number: {a.phone}. Address on file: {a.fulladdr}.',
                  'ID shown by {b.given}: driver\'s licence {b.lic}.',
                  '{c.tf}, who was waiting in line, {~said} {b.given} had already threatened {a.given} the week before.',
                  '{street} was blocked, which delayed the police. {C}',
                  '{t.full} was not on site; {y.given} took over.',
                  '{b.given}\'s passport ({b.pass}) was photocopied by mistake; the copy was destroyed.']
        for b in [blocks[0]] + ordered(r, blocks[1:], 7, 10):
            d.f(b + ' ')
        d.f('\n\nMeasures: {~next} meeting with {t} on {date}. {C}\nSignature: {s.inv}\n')


def fam_sms(g, d):
    r, fr = g.rng, g.lang == 'fr'
    low = r.random() < 0.5
    me = r.random() < 0.4
    S = ('Moi' if fr else 'Me') if me else '{s.spk}'
    g.person('b', parent='a')
    clock = [r.randint(0, 900) * 1440 + r.randint(420, 1200)]
    if fr:
        d.f('Exportation SMS — {a.full} ({a.phone}) ↔ {s.full}\n\n')
        msgs = [('a', 'bonjour c\'est {a.given}, g pas reçu mon chèque'),
                ('s', 'Bonjour {a.given}, je vérifie et je vous reviens.'),
                ('a', 'mon nouveau # c {a.phone2}'),
                ('a', '{b.monkid} {b.given} est malade, je pourrai pas venir le {date}'),
                ('s', 'Pas de problème. On déplace au {date}?'),
                ('a', 'ok. pouvez-vous appeler {d.full} au {d.phone} c mon proprio'),
                ('s', 'Je ne peux pas sans votre consentement écrit ({law}).'),
                ('a', 'c quoi l\'adresse du bureau déjà, c pas sur {lstreet}?'),
                ('s', 'Oui, à côté de {place}. Sinon appelez le {toll}.'),
                ('a', 'ma nouvelle adresse c {a.addr} à {a.city}'),
                ('a', 'mon nas si vous en avez besoin {a.sin}'),
                ('s', 'Merci, mais évitez d\'envoyer ça par texto. {C}'),
                ('a', '{t.given} m\'a dit de vous écrire ici'),
                ('s', '{t.t} est en congé, c\'est moi qui remplace.'),
                ('a', 'mon ex {c.full} est encore venu hier soir'),
                ('s', 'Avez-vous appelé {org}? {C}'),
                ('a', 'oui ils m\'ont donné un numéro de dossier {file}')]
    else:
        d.f('SMS export — {a.full} ({a.phone}) ↔ {s.full}\n\n')
        msgs = [('a', 'hi its {a.given}, didnt get my cheque'),
                ('s', 'Hi {a.given}, I\'ll check and get back to you.'),
                ('a', 'my new # is {a.phone2}'),
                ('a', '{b.mykid} {b.given} is sick, cant come on {date}'),
                ('s', 'No problem. Move it to {date}?'),
                ('a', 'ok. can u call {d.full} at {d.phone} hes my landlord'),
                ('s', 'I can\'t without your written consent ({law}).'),
                ('a', 'whats the office address again, isnt it on {street}?'),
                ('s', 'Yes, next to {place}. Or call {toll}.'),
                ('a', 'my new address is {a.addr} in {a.city}'),
                ('a', 'my sin if u need it {a.sin}'),
                ('s', 'Thanks, but please don\'t text that. {C}'),
                ('a', '{t.given} told me to text u here'),
                ('s', '{t.t} is on leave, I\'m covering.'),
                ('a', 'my ex {c.full} came by again last night'),
                ('s', 'Did you call {org}? {C}'),
                ('a', 'yes they gave me a file number {file}')]
    for who, m in ordered(r, msgs, 9, 14):
        lbl = '{a.spk}' if who == 'a' else S
        clock[0] += r.choice([1, 2, 3, 5, 8, 15, 40, 90, 300, 1000, 2000])
        day, mi = divmod(clock[0], 1440)
        dt = datetime.date(2024, 1, 1) + datetime.timedelta(days=day)
        d.raw('[')
        d.emit('decoy', 'DATE', dt.isoformat())
        d.raw(' %02d:%02d] ' % divmod(mi, 60))
        d.f('%s: ' % lbl)
        d.f(m + '\n', tr_lower if (who == 'a' and low) else None)


def fam_handoff(g, d):
    r, fr = g.rng, g.lang == 'fr'
    if fr:
        d.f(r.choice(['Note de relève — {DATE}\nDe : {s.full}   À : {t.full}\n\n',
                      'RELÈVE DE SOIR ({DATE}) — {s.caps} → {t.caps}\n\n']))
        items = ['{a.caps} (ch. {n}) : {C} {b.given} ({b.rel}) doit appeler; numéro au dossier {b.phone}.',
                 '{c.inv} : {c.dobi}. RV à {epo} le {date} à {time}. Transport à confirmer avec {org}.',
                 '{d} — en attente d\'un retour de {u.tf} ({u.phonex}). {C}',
                 'Appeler {e.given}, proche de {d.t}, au {e.phone} si changement.',
                 '{a.given} refuse toujours la visite de {v.full}. Ne pas insister.',
                 'Carte RAMQ de {c.given} expirée ({c.ramq}); {w.given} s\'en occupe.',
                 'Pour info : travaux sur {lstreet}, passer par {lstreet}.',
                 '{f.full} a quitté sans signer le congé; aviser {s.t} et {org}.',
                 'Famille {d.sur} : {C}',
                 '{e.sur} a rappelé deux fois. {C}',
                 'Montant remis à {a.given} : {amount} (reçu signé).',
                 '{f.given} arrive demain d\'un autre établissement (région : {region}).',
                 '{c.given} a oublié sa carte de crédit au poste ({c.card}); rangée au coffre.']
        for it in ordered(r, items, 6, 9):
            d.f('- ' + it + '\n')
        d.f(r.choice(['\nBon quart! — {s.given}\n', '\n{s.init}\n', '\nMerci {t.given}, à demain.\n']))
    else:
        d.f(r.choice(['Shift hand-off — {DATE}\nFrom: {s.full}   To: {t.full}\n\n',
                      'EVENING HANDOVER ({DATE}) — {s.caps} → {t.caps}\n\n']))
        items = ['{a.caps} (rm {n}): {C} {b.given} ({b.rel}) will call; number on file {b.phone}.',
                 '{c.inv}: {c.dobi}. Appt at {epo} on {date} at {time}. Transport to confirm with {org}.',
                 '{d} — waiting to hear back from {u.tf} ({u.phonex}). {C}',
                 'Call {e.given}, close to {d.t}, at {e.phone} if anything changes.',
                 '{a.given} still refuses visits from {v.full}. Don\'t push.',
                 '{c.given}\'s health card expired ({c.ramq}); {w.given} is on it.',
                 'FYI: {street} is blocked, use {street}.',
                 '{f.full} left without signing the discharge; let {s.t} and {org} know.',
                 'The {d.sur} family: {C}',
                 '{e.sur} called back twice. {C}',
                 'Cash given to {a.given}: {amount} (signed receipt).',
                 '{f.given} is being transferred tomorrow from another facility ({region} region).',
                 '{c.given} left a credit card at the desk ({c.card}); it is in the safe.']
        for it in ordered(r, items, 6, 9):
            d.f('- ' + it + '\n')
        d.f(r.choice(['\nHave a good shift! — {s.given}\n', '\n{s.init}\n', '\nThanks {t.given}, see you tomorrow.\n']))


def fam_hearing(g, d):
    r, fr = g.rng, g.lang == 'fr'
    g.person('c', title='Me' if fr else None)
    g.person('e', gender='m')
    if fr:
        d.f('RÉSUMÉ D\'AUDIENCE\n{tribunal} — dossier {FILE}\nDate de l\'audience : {DATE}\n'
            'Devant : {s.full}, membre du Tribunal\n'
            'Partie demanderesse : {a.caps}, représentée par {c.t}\nPartie défenderesse : {b.full}\n\n')
        blocks = ['{a.sur} témoigne que le logement du {a.addr}, à {a.city}, est infesté depuis le {date}. {C}',
                  'Le locateur, {b.tf}, {~said} avoir fait appel à un exterminateur et dépose une facture de {amount}.',
                  'Témoin : {d.full}, qui habite l\'étage au-dessus, confirme les faits.',
                  '{c.t} invoque {law}.',
                  '{s.t} rappelle aux parties les règles de preuve. {C}',
                  'La partie demanderesse réclame {amount} en diminution de loyer et {amount} en dommages.',
                  '{b.sur} conteste; selon {b.lui}, {a.given} aurait refusé l\'accès au logement le {date}.',
                  'Le fils de la demanderesse, {e.full}, n\'a pas été entendu.',
                  'Pièces déposées : photos, courriels de {a.email}, avis du {date}.',
                  'L\'avocat{f.e} du locateur, {f.full}, demande un ajournement, refusé.',
                  '{C}',
                  'Présent{u.e} également : {u.full}, {~job} à {org}.']
        for b in ordered(r, blocks, 7, 10):
            d.f(b + '\n')
        d.f(r.choice(['\nDécision : l\'affaire est prise en délibéré. {C}\n',
                      '\nDécision à venir avant le {date}. Résumé rédigé par {t.full}.\n']))
    else:
        d.f('HEARING SUMMARY\n{tribunal} — file {FILE}\nHearing date: {DATE}\nBefore: {s.full}, tribunal member\n'
            'Applicant: {a.caps}, represented by counsel {c.full}\nRespondent: {b.full}\n\n')
        blocks = ['{a.sur} testified that the unit at {a.addr}, in {a.city}, has been infested since {date}. {C}',
                  'The landlord, {b.tf}, {~said} {b.he} hired an exterminator and filed an invoice for {amount}.',
                  'Witness: {d.full}, who lives upstairs, confirmed the facts.',
                  'Counsel {c.sur} relied on {law}.',
                  '{s.t} reminded the parties of the rules of evidence. {C}',
                  'The applicant claims {amount} as a rent reduction and {amount} in damages.',
                  '{b.sur} disputes this; according to {b.him}, {a.given} refused access on {date}.',
                  'The applicant\'s son, {e.full}, was not heard.',
                  'Exhibits: photos, e-mails from {a.email}, notice dated {date}.',
                  'The landlord\'s lawyer, {f.full}, asked for a postponement, denied.',
                  '{C}',
                  'Also present: {u.full}, {~job} with {org}.']
        for b in ordered(r, blocks, 7, 10):
            d.f(b + '\n')
        d.f(r.choice(['\nDecision: taken under advisement. {C}\n',
                      '\nDecision expected before {date}. Summary prepared by {t.full}.\n']))


def fam_inspection(g, d):
    r, fr = g.rng, g.lang == 'fr'
    g.person('c', parent='a')
    if fr:
        d.f('RAPPORT D\'INSPECTION — salubrité\nAdresse inspectée : {a.fulladdr}\nLocataire : {a.full} ({a.phone})\n'
            'Propriétaire : {b.inv}, {b.phone}\nInspecteur : {s.full}\nDate : {DATE}\n\nObservations :\n')
        blocks = ['Accès au logement donné par {a.given} à {time}. {C}',
                  'Moisissures dans la chambre de {c.given} ({c.age} ans), enfant de {a.t}.',
                  'Le concierge, {d.full}, {~said} que le problème touche tout l\'immeuble.',
                  '{C} {C}',
                  '{b.t} sera avisé{b.e} conformément à {law}.',
                  'Photos transmises à {t.tf} ({t.email}).',
                  'Avis de correction : trente jours, soit avant le {date}. Amende possible de {amount}.',
                  'Contre-visite le {date} avec {u.init}. Stationnement difficile sur {lstreet}.',
                  'Référence : plainte {file} déposée par {e.tf}.',
                  '{b.sur} possède d\'autres immeubles (région : {region}); vérifier les plaintes antérieures.',
                  'La voisine du dessous, {f.full}, signale des infiltrations d\'eau. {C}',
                  'Chauffage insuffisant; {a.given} utilise un appareil d\'appoint acheté chez {org}.',
                  '{a.sur} demande que {b.sur} ne soit pas informé{b.e} de son numéro {a.phone2}.']
        for b in ordered(r, blocks, 7, 10):
            d.f('• ' + b + '\n')
        d.f('\n{s.init}, {~job} — {ORG}\n')
    else:
        d.f('INSPECTION REPORT — health and safety\nAddress inspected: {a.fulladdr}\nTenant: {a.full} ({a.phone})\n'
            'Owner: {b.inv}, {b.phone}\nInspector: {s.full}\nDate: {DATE}\n\nFindings:\n')
        blocks = ['Access given by {a.given} at {time}. {C}',
                  'Mould in the bedroom of {c.given} ({c.age}), {a.t}\'s child.',
                  'The janitor, {d.full}, {~said} the problem affects the whole building.',
                  '{C} {C}',
                  '{b.t} will be notified under {law}.',
                  'Photos sent to {t.tf} ({t.email}).',
                  'Correction notice: thirty days, i.e. before {date}. Possible fine of {amount}.',
                  'Re-inspection on {date} with {u.init}. Parking is hard on {street}.',
                  'Reference: complaint {file} filed by {e.tf}.',
                  '{b.sur} owns other buildings ({region} region); check earlier complaints.',
                  'The downstairs neighbour, {f.full}, reports water leaks. {C}',
                  'Heating insufficient; {a.given} uses a space heater bought at {org}.',
                  '{a.sur} asks that {b.sur} not be given {a.his} number {a.phone2}.']
        for b in ordered(r, blocks, 7, 10):
            d.f('• ' + b + '\n')
        d.f('\n{s.init}, {~job} — {ORG}\n')


def fam_email(g, d):
    r, fr = g.rng, g.lang == 'fr'
    if fr:
        d.f('De : {s.full} <{s.email}>\nÀ : {t.full} <{t.email}>\n')
        if r.random() < 0.6:
            d.f('Cc : {u.email}\n')
        d.f('Date : {DATE}\nObjet : RE: dossier {FILE} — {a.caps}\n\n{~greet} {t.given},\n\n')
        body = ['Comme convenu, j\'ai parlé avec {a.tf} ce matin. {a.Il} confirme sa nouvelle adresse : {a.fulladdr}.',
                '{a.given} demande que {b.full} ne soit plus autorisé{b.e} à appeler en son nom.',
                'Peux-tu vérifier le NAS au dossier? J\'ai {a.sin}, mais le formulaire indique autre chose.',
                'Pour le remboursement : {a.acct}.',
                '{C}',
                'Selon {law}, on doit répondre avant le {date}.',
                'J\'ai mis {u.given} en copie, {u.il} connaît bien le dossier.',
                'Je serai à {place} jeudi, on peut se voir après la rencontre avec {v.full}.',
                '{a.sur} a aussi mentionné que {c.rel}, {c.full}, pourrait témoigner. {C}']
        for b in ordered(r, body, 4, 7):
            d.f(b + '\n')
        d.f('\n{~close},\n\n{s.full}\n{~job}\n{ORG}\nTél. : {s.phonex}\nSans frais : {toll}\n\n')
        d.f('Le {date} à {time}, {t.full} <{t.email}> a écrit :\n> {~greet} {s.given},\n')
        q = ['> Est-ce que {a.t} a bien reçu la lettre du {date}? {w.full} à {city} me dit que non.',
             '> Son numéro est le {a.phone}, mais {a.il} ne répond jamais.',
             '> {C}',
             '> Le dossier de {b.full} est fermé depuis le {date}, attention à ne pas mélanger.',
             '> {x.tf} de {org} attend notre retour.']
        for b in ordered(r, q, 2, 4):
            d.f(b + '\n')
        d.f('> {t.given}\n')
        if r.random() < 0.7:
            d.f('>\n> Le {date}, {a.full} <{a.email}> a écrit :\n> > Bonjour, je m\'appelle {a.full}, {a.dobi}.\n'
                '> > Je n\'ai toujours pas reçu mon remboursement de {amount}. {C}\n> > {a.full}\n> > {a.phone}\n')
    else:
        d.f('From: {s.full} <{s.email}>\nTo: {t.full} <{t.email}>\n')
        if r.random() < 0.6:
            d.f('Cc: {u.email}\n')
        d.f('Sent: {DATE}\nSubject: RE: file {FILE} — {a.caps}\n\n{~greet} {t.given},\n\n')
        body = ['As agreed, I spoke with {a.tf} this morning. {a.He} confirmed the new address: {a.fulladdr}.',
                '{a.given} asks that {b.full} no longer be allowed to call on {a.his} behalf.',
                'Can you check the SIN on file? I have {a.sin} but the form says something else.',
                'For the refund: {a.acct}.',
                '{C}',
                'Under {law}, we have to answer before {date}.',
                'I copied {u.given}, {u.he} knows the file well.',
                'I\'ll be at {place} on Thursday, we can meet after the session with {v.full}.',
                '{a.sur} also mentioned that {a.his} {c.rel}, {c.full}, could testify. {C}']
        for b in ordered(r, body, 4, 7):
            d.f(b + '\n')
        d.f('\n{~close},\n\n{s.full}\n{~job}\n{ORG}\nTel.: {s.phonex}\nToll-free: {toll}\n\n')
        d.f('On {date} at {time}, {t.full} <{t.email}> wrote:\n> {~greet} {s.given},\n')
        q = ['> Did {a.t} get the letter of {date}? {w.full} in {city} says no.',
             '> {a.His} number is {a.phone}, but {a.he} never picks up.',
             '> {C}',
             '> {b.full}\'s file has been closed since {date}, careful not to mix them up.',
             '> {x.tf} at {org} is waiting for our answer.']
        for b in ordered(r, q, 2, 4):
            d.f(b + '\n')
        d.f('> {t.given}\n')
        if r.random() < 0.7:
            d.f('>\n> On {date}, {a.full} <{a.email}> wrote:\n> > Hello, my name is {a.full}, {a.dobi}.\n'
                '> > I still haven\'t received my refund of {amount}. {C}\n> > {a.full}\n> > {a.phone}\n')


def fam_voicemail(g, d):
    r, fr = g.rng, g.lang == 'fr'
    if fr:
        d.f('Messagerie vocale — boîte de {s.full} — transcription automatique\n\n')
        msgs = ['oui bonjour c\'est {a.full} j\'appelle {~reason} mon numéro c\'est le {a.phone} encore une fois {a.phone} merci bye',
                'bonjour {s.given} c\'est {t.given} de {org} je te rappelle pour le dossier de {a.full} {C} rappelle-moi au {t.phonex} merci',
                'allô oui euh c\'est {b.given} {b.rel} à {a.given} {a.il} voulait que je vous dise qu\'{a.il} est à l\'hôpital',
                'bonjour ici {c.tf} de {epo} je laisse un message pour {a.t} concernant son rendez-vous du {date} veuillez rappeler au {c.phone} ou sans frais au {toll}',
                'oui c\'est {a.given} encore je voulais dire que j\'ai déménagé au {a.addr} à {a.city} code postal {a.postal}',
                'bonjour c\'est {d.full} du bureau de {city} on a besoin de la date de naissance de {a.full} on a le {a.dob} d\'après le formulaire merci de confirmer',
                'c\'est encore moi {a.given} mon numéro d\'assurance sociale c\'est {a.sin} si jamais vous le cherchez',
                'oui bonjour {e.full} à l\'appareil je suis la voisine de {a.t} euh {C} voilà rappelez-moi au {e.phone}',
                'salut {s.given} c\'est {u.full} petit rappel pour la réunion du {date} à {place}']
        for i, m in enumerate(ordered(r, msgs, 4, 7)):
            d.f('Message %d — reçu le {date} à {time}\n' % (i + 1))
            d.f(m + '\n\n', tr_voice)
    else:
        d.f('Voicemail — mailbox of {s.full} — automatic transcription\n\n')
        msgs = ['yes hi it\'s {a.full} I\'m calling {~reason} my number is {a.phone} again {a.phone} thanks bye',
                'hi {s.given} it\'s {t.given} from {org} getting back to you on {a.full}\'s file {C} call me back at {t.phonex} thanks',
                'hello yeah um this is {b.given} {a.given}\'s {b.rel} {a.he} wanted me to tell you {a.he}\'s in the hospital',
                'hello this is {c.tf} from {epo} leaving a message for {a.t} about the appointment on {date} please call back at {c.phone} or toll free {toll}',
                'yes it\'s {a.given} again just wanted to say I moved to {a.addr} in {a.city} postal code {a.postal}',
                'hi it\'s {d.full} from the {city} office we need {a.full}\'s date of birth we have {a.dob} on the form please confirm',
                'it\'s me again {a.given} my social insurance number is {a.sin} in case you need it',
                'yes hello {e.full} speaking I\'m {a.t}\'s neighbour um {C} that\'s it call me at {e.phone}',
                'hey {s.given} it\'s {u.full} quick reminder about the meeting on {date} at {place}']
        for i, m in enumerate(ordered(r, msgs, 4, 7)):
            d.f('Message %d — received {date} at {time}\n' % (i + 1))
            d.f(m + '\n\n', tr_voice)


def fam_complaint(g, d):
    r, fr = g.rng, g.lang == 'fr'
    if fr:
        d.f('Objet : Plainte — {ORG} — dossier {FILE}\n\nMadame, Monsieur,\n\n'
            'Je m\'appelle {a.full} et j\'habite au {a.fulladdr}. Je vous écris pour me plaindre du traitement de mon dossier.\n\n')
        blocks = ['Le {date}, je me suis présenté{a.e} à {place} pour rencontrer {s.tf}. On m\'a fait attendre deux heures. {C}',
                  'L\'agent{t.e} au comptoir, qui s\'est présenté{t.e} comme {t.given}, m\'a dit que ma demande était refusée sans me donner de raison.',
                  '{b.Monrel}, {b.full}, était présent{b.e} et peut le confirmer. On peut {b.le} joindre au {b.phone}.',
                  'J\'ai fourni mon numéro d\'assurance sociale ({a.sin}) et ma carte d\'assurance maladie ({a.ramq}) à trois reprises.',
                  'Selon {law}, j\'ai le droit d\'obtenir une copie de mon dossier.',
                  '{s.t} ne m\'a jamais rappelé{a.e}, malgré mes messages au {s.phonex}.',
                  'J\'ai dû payer {amount} de frais de retard à {org}.',
                  'Je demande que mon dossier soit confié à quelqu\'un d\'autre que {t.full}.',
                  '{C} {C}',
                  '{c.tf}, de {epo}, m\'avait pourtant assuré que tout était en règle.',
                  'Il y avait des travaux sur {lstreet} ce jour-là et j\'ai dû marcher depuis {place}.']
        for b in ordered(r, blocks, 5, 8):
            d.f(b + '\n\n')
        d.f('Vous pouvez me joindre au {a.phone} ou à {a.email}.\n\n{~close},\n\n{a.full}\n')
    else:
        d.f('Subject: Complaint — {ORG} — file {FILE}\n\nTo whom it may concern,\n\n'
            'My name is {a.full} and I live at {a.fulladdr}. I am writing to complain about how my file was handled.\n\n')
        blocks = ['On {date}, I went to {place} to meet {s.tf}. I was kept waiting for two hours. {C}',
                  'The agent at the counter, who introduced {t.him}self as {t.given}, told me my request was denied without giving a reason.',
                  '{b.Myrel}, {b.full}, was there and can confirm it. {b.He} can be reached at {b.phone}.',
                  'I provided my social insurance number ({a.sin}) and my health card ({a.ramq}) three times.',
                  'Under {law}, I am entitled to a copy of my file.',
                  '{s.t} never called me back, despite my messages at {s.phonex}.',
                  'I had to pay {amount} in late fees to {org}.',
                  'I am asking that my file be given to someone other than {t.full}.',
                  '{C} {C}',
                  '{c.tf}, from {epo}, had assured me everything was in order.',
                  '{street} was closed that day and I had to walk from {place}.']
        for b in ordered(r, blocks, 5, 8):
            d.f(b + '\n\n')
        d.f('You can reach me at {a.phone} or {a.email}.\n\n{~close},\n\n{a.full}\n')


def fam_chat(g, d):
    r, fr = g.rng, g.lang == 'fr'
    d.f(('Canal #suivi-{region} — {DATE}\n\n') if fr else ('Channel #followup-{region} — {DATE}\n\n'))
    low = r.random() < 0.4
    if fr:
        lines = [('s', 'quelqu\'un a le dossier de {a.full}? {a.il} est au comptoir'),
                 ('t', 'oui c moi, dis-lui que {u.given} arrive'),
                 ('u', 'j\'arrive dans 5 min, je finis avec {b.t}'),
                 ('s', '{a.given} dit qu\'{a.il} a appelé 3 fois au {toll}'),
                 ('v', '@{t.given} peux-tu checker le NAS? on me donne {a.sin}'),
                 ('t', 'ça match pas, on a {a.sin} au système'),
                 ('w', 'fyi gros bouchon sur {lstreet}, {x.given} va être en retard'),
                 ('s', '{C}'),
                 ('u', 'lol {b.sur} encore? c\'est la 3e fois cette semaine'),
                 ('x', 'je suis pris à {place} avec {c.full}, je reviens vers {time}'),
                 ('v', 'rappel : formation sur {law} le {date}'),
                 ('u', 'la RAMQ de {a.given} c\'est {a.ramq}? le système dit expirée'),
                 ('w', '{c.given} a laissé son numéro {c.phone}, qui le prend?'),
                 ('t', 'moi. {~ok}'),
                 ('y', 'est-ce que {d.tf} de {org} a rappelé pour {a.given}?'),
                 ('s', 'pas encore, je relance demain')]
    else:
        lines = [('s', 'anyone have {a.full}\'s file? {a.he}\'s at the counter'),
                 ('t', 'yep it\'s me, tell {a.him} {u.given} is coming'),
                 ('u', 'be there in 5, finishing up with {b.t}'),
                 ('s', '{a.given} says {a.he} called {toll} 3 times'),
                 ('v', '@{t.given} can you check the SIN? I\'m told {a.sin}'),
                 ('t', 'doesn\'t match, we have {a.sin} in the system'),
                 ('w', 'fyi {street} is closed, {x.given} will be late'),
                 ('s', '{C}'),
                 ('u', 'lol {b.sur} again? third time this week'),
                 ('x', 'stuck at {place} with {c.full}, back around {time}'),
                 ('v', 'reminder: training on {law} on {date}'),
                 ('u', 'is {a.given}\'s health card {a.ramq}? system says expired'),
                 ('w', '{c.given} left a number {c.phone}, who takes it?'),
                 ('t', 'me. {~ok}'),
                 ('y', 'did {d.tf} from {org} call back about {a.given}?'),
                 ('s', 'not yet, will chase tomorrow')]
    clock = r.randint(470, 700)
    style = r.randrange(3)
    for who, m in ordered(r, lines, 10, 14):
        clock += r.choice([0, 1, 1, 2, 3, 4, 6, 9, 15, 25])
        h, mi = divmod(clock, 60)
        if fr:
            ts = ['%d h %02d', '%dh%02d', '%02d:%02d'][style] % (h, mi)
        else:
            ts = ['%02d:%02d' % (h, mi), '%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'AM' if h < 12 else 'PM'),
                  '%d:%02d' % ((h - 1) % 12 + 1, mi)][style]
        d.raw('[%s] ' % ts)
        d.f('{%s.spk}: ' % who)
        d.f(m + '\n', tr_lower if low else None)


def fam_interview(g, d):
    r, fr = g.rng, g.lang == 'fr'
    qa = r.random() < 0.3
    g.person('d', parent='a')
    g.person('e', parent='a')
    S = ('Q' if qa else '{s.spk}')
    A = ('R' if fr else 'A') if qa else '{a.spk}'
    c = ' :' if fr else ':'
    if fr:
        d.f('TRANSCRIPTION D\'ENTREVUE\nDossier : {FILE}\nDate : {DATE}\nIntervieweur : {s.full}\n'
            'Personne interviewée : {a.full}\nÉgalement présent{t.e} : {t.tf}\n\n')
        first = [(S, 'Pouvez-vous dire votre nom complet pour l\'enregistrement?'), (A, '{a.full}, {a.dobi}.')]
        groups = [[(S, 'Depuis quand connaissez-vous {b.full}?'),
                   (A, 'Depuis le {date}. On s\'est rencontrés à {place}. {b.given} travaillait chez {org}.')],
                  [(S, 'Est-ce que {b.sur} vous a déjà menacé{a.e}?'), (A, 'Une fois, devant {c.given}, {c.monrel}.'),
                   ('{t.spk}', 'Pour le dossier, {c.full} a déjà fait une déclaration le {date}.')],
                  [(S, 'Où habitez-vous maintenant?'), (A, 'Au {a.addr}, à {a.city}.')],
                  [(S, '{C}'), (A, 'Je veux juste que mes enfants, {list:d,e}, soient en sécurité.')],
                  [(S, 'Avez-vous un numéro où on peut vous joindre?'), (A, 'Le {a.phone}, ou mon courriel {a.email}.')],
                  [(S, 'Est-ce que {b.given} a touché à vos cartes?'),
                   (A, 'Oui, {b.il} a pris ma carte, la {a.card}, je l\'ai fait annuler.')],
                  [(S, 'Vos pièces d\'identité sont-elles en votre possession?'),
                   (A, 'Oui. Ma carte soleil, c\'est {a.ramq}, et mon permis {a.lic}.')],
                  [(S, 'Est-ce que {f.tf} de {epo} était au courant?'), (A, 'Oui, je lui en avais parlé. {C}')]]
        end = 'Fin de l\'entrevue à {time}.'
    else:
        d.f('INTERVIEW TRANSCRIPT\nFile: {FILE}\nDate: {DATE}\nInterviewer: {s.full}\n'
            'Interviewee: {a.full}\nAlso present: {t.tf}\n\n')
        first = [(S, 'Can you state your full name for the record?'), (A, '{a.full}, {a.dobi}.')]
        groups = [[(S, 'How long have you known {b.full}?'),
                   (A, 'Since {date}. We met at {place}. {b.given} was working at {org}.')],
                  [(S, 'Has {b.sur} ever threatened you?'), (A, 'Once, in front of {c.given}, {c.myrel}.'),
                   ('{t.spk}', 'For the record, {c.full} already gave a statement on {date}.')],
                  [(S, 'Where do you live now?'), (A, 'At {a.addr}, in {a.city}.')],
                  [(S, '{C}'), (A, 'I just want my kids, {list:d,e}, to be safe.')],
                  [(S, 'Is there a number where we can reach you?'), (A, '{a.phone}, or my e-mail {a.email}.')],
                  [(S, 'Did {b.given} ever use your cards?'),
                   (A, 'Yes, {b.he} took my card, the {a.card} one, I had it cancelled.')],
                  [(S, 'Do you have your ID with you?'), (A, 'Yes. My health card is {a.ramq} and my licence {a.lic}.')],
                  [(S, 'Did {f.tf} at {epo} know about this?'), (A, 'Yes, I had told {f.him}. {C}')]]
        end = 'Interview ended at {time}.'
    for who, m in first + [t for grp in ordered(r, groups, 5, 7) for t in grp]:
        d.f('%s%s %s\n' % (who, c, m))
    d.f('%s%s %s\n' % (S, c, end))


def fam_visit(g, d):
    r, fr = g.rng, g.lang == 'fr'
    g.person('f', gender='f')
    g.person('c', parent='a')
    g.person('d', parent='a')
    h = g.person('h')
    h.title = ('Dre' if h.gender == 'f' else 'Dr') if fr else 'Dr.'
    if fr:
        d.f('VISITE À DOMICILE\nUsager : {a.caps} — {a.dobi}\nAdresse : {a.fulladdr}\nIntervenante : {s.full}\nDate : {DATE}\n\n')
        blocks = ['Présents : {a.given}, {b.sonconj} {b.full}, et les enfants {c.given} et {d.given}.',
                  '{b.given} a ouvert la porte. {C}',
                  '{c.given} ({c.age} ans) est inscrit{c.e} à {epo}. L\'enseignante, {e.tf}, n\'a rien noté.',
                  'La grand-mère, {f.full}, habite à {city} et aide ponctuellement.',
                  'Le logement est situé près {dstreet}. {C}',
                  '{a.t} dit avoir un nouvel emploi chez {org}, environ {amount} par mois.',
                  'Selon {law}, un signalement n\'est pas requis pour l\'instant.',
                  'Médecin de famille : {h.t} ({epo}).',
                  '{d.given} s\'est caché{d.e} derrière {b.sur} pendant toute la visite. {C}',
                  '{a.given} montre une lettre de {org} datée du {date}.',
                  'Carte RAMQ de {c.given} : {c.ramq}. {b.given} conduit avec un permis suspendu ({b.lic}).',
                  '{C} {C}']
        for b in ordered(r, blocks, 6, 9):
            d.f(b + '\n')
        d.f('\n{~next} revoir la famille le {date}; en discuter avec {t.full} (supervision).\n')
    else:
        d.f('HOME VISIT\nClient: {a.caps} — {a.dobi}\nAddress: {a.fulladdr}\nWorker: {s.full}\nDate: {DATE}\n\n')
        blocks = ['Present: {a.given}, {a.his} partner {b.full}, and the children {c.given} and {d.given}.',
                  '{b.given} opened the door. {C}',
                  '{c.given} ({c.age}) is enrolled at {epo}. The teacher, {e.tf}, has noticed nothing.',
                  'The grandmother, {f.full}, lives in {city} and helps out now and then.',
                  'The unit is close to {street}. {C}',
                  '{a.t} says {a.he} has a new job at {org}, about {amount} a month.',
                  'Under {law}, no report is required for now.',
                  'Family doctor: {h.t} ({epo}).',
                  '{d.given} hid behind {b.sur} for the whole visit. {C}',
                  '{a.given} showed a letter from {org} dated {date}.',
                  '{c.given}\'s health card: {c.ramq}. {b.given} drives on a suspended licence ({b.lic}).',
                  '{C} {C}']
        for b in ordered(r, blocks, 6, 9):
            d.f(b + '\n')
        d.f('\n{~next} see the family again on {date}; discuss with {t.full} (supervisor).\n')


def fam_taxnote(g, d):
    r, fr = g.rng, g.lang == 'fr'
    g.person('c', parent='a')
    if fr:
        d.f('NOTE DE DOSSIER — {taxorg}\nContribuable : {a.inv}   NAS : {a.sin}\nAnnée d\'imposition : 2024\nAgent : {s.full}\n\n')
        blocks = ['{a.t} conteste l\'avis de cotisation du {date} ({amount} à payer).',
                  '{a.given} {~said} que {b.sonconj}, {b.full}, a déclaré les enfants de son côté.',
                  'Dépôt direct : {a.acct}.',
                  'Personne à charge : {c.full}, {c.dobi}.',
                  'Le préparateur, {d.tf} de {city}, a omis un feuillet de {org}.',
                  '{a.t} a transmis par courriel ({a.email}) une copie de son passeport ({a.pass}); document détruit après vérification, conformément à {law}.',
                  'Pénalité de {amount} annulée. {C}',
                  'Remboursement de {amount} à émettre avant le {date}.',
                  'Entente de paiement : {amount}/mois sur la carte {a.card}.',
                  'Consulté {t.tf}, {~job}, qui approuve.',
                  'Dossier connexe : {file}. {C}',
                  'Adresse de correspondance : {a.fulladdr}.',
                  'Pièce d\'identité vérifiée au comptoir : permis {a.lic}; RAMQ {a.ramq}.']
        for b in ordered(r, blocks, 6, 9):
            d.f(b + '\n')
        d.f('\n— {s.init}, le {date}\n')
    else:
        d.f('FILE NOTE — {taxorg}\nTaxpayer: {a.inv}   SIN: {a.sin}\nTax year: 2024\nOfficer: {s.full}\n\n')
        blocks = ['{a.t} disputes the notice of assessment of {date} ({amount} owing).',
                  '{a.given} {~said} {a.his} partner, {b.full}, claimed the children on {b.his} return.',
                  'Direct deposit: {a.acct}.',
                  'Dependant: {c.full}, {c.dobi}.',
                  'The tax preparer, {d.tf} in {city}, left out a slip from {org}.',
                  '{a.t} e-mailed ({a.email}) a copy of {a.his} passport ({a.pass}); destroyed after verification, as required by {law}.',
                  'Penalty of {amount} cancelled. {C}',
                  'Refund of {amount} to be issued before {date}.',
                  'Payment arrangement: {amount}/month on card {a.card}.',
                  'Consulted {t.tf}, {~job}, who approved.',
                  'Related file: {file}. {C}',
                  'Mailing address: {a.fulladdr}.',
                  'ID checked at the counter: licence {a.lic}; health card {a.ramq}.']
        for b in ordered(r, blocks, 6, 9):
            d.f(b + '\n')
        d.f('\n— {s.init}, {date}\n')


def fam_statement(g, d):
    r, fr = g.rng, g.lang == 'fr'
    g.person('c', gender='m')
    if fr:
        d.f('DÉCLARATION DE TÉMOIN\nNom : {a.caps}\nDate de naissance : {a.dob}\nAdresse : {a.fulladdr}\n'
            'Téléphone : {a.phone}\nPermis de conduire : {a.lic}\nReçue par : {s.full}, {~job}\nDate : {DATE}\n\n')
        blocks = ['Le {date} vers {time}, je me trouvais à {place} avec {b.monrel}, {b.full}.',
                  'J\'ai vu un homme que je connais, {c.full}, sortir d\'une voiture grise.',
                  '{c.given} criait après {d.full}. {C}',
                  '{d.sur} est tombé{d.e} près de l\'entrée de {epo}.',
                  'J\'ai appelé le 911 et ensuite {org}.',
                  'Une autre personne, {e.full}, a aussi tout vu; je ne sais pas où {e.il} habite.',
                  'À cause des travaux sur {lstreet}, il y avait beaucoup de monde.',
                  '{b.given} a pris des photos avec son téléphone.',
                  'Je connais {c.sur} parce qu\'il habitait sur la même rue que {f.full}, à {city}.',
                  'Je n\'ai rien d\'autre à ajouter. {C}']
        for b in ordered(r, blocks, 6, 9):
            d.f(b + ' ')
        d.f('\n\nSignature : {a.full}\nTémoin de la signature : {t.init}\n')
    else:
        d.f('WITNESS STATEMENT\nName: {a.caps}\nDate of birth: {a.dob}\nAddress: {a.fulladdr}\n'
            'Phone: {a.phone}\nDriver\'s licence: {a.lic}\nTaken by: {s.full}, {~job}\nDate: {DATE}\n\n')
        blocks = ['On {date} around {time}, I was at {place} with {b.myrel}, {b.full}.',
                  'I saw a man I know, {c.full}, get out of a grey car.',
                  '{c.given} was yelling at {d.full}. {C}',
                  '{d.sur} fell near the entrance of {epo}.',
                  'I called 911 and then {org}.',
                  'Another person, {e.full}, saw everything too; I don\'t know where {e.he} lives.',
                  '{street} was closed for construction, so there were a lot of people.',
                  '{b.given} took pictures with {b.his} phone.',
                  'I know {c.sur} because he used to live on the same street as {f.full}, in {city}.',
                  'I have nothing else to add. {C}']
        for b in ordered(r, blocks, 6, 9):
            d.f(b + ' ')
        d.f('\n\nSignature: {a.full}\nSignature witnessed by: {t.init}\n')


FAMILIES = [('casenote', fam_casenote), ('call', fam_call), ('minutes', fam_minutes), ('incident', fam_incident),
            ('sms', fam_sms), ('handoff', fam_handoff), ('hearing', fam_hearing), ('inspection', fam_inspection),
            ('email', fam_email), ('voicemail', fam_voicemail), ('complaint', fam_complaint), ('chat', fam_chat),
            ('interview', fam_interview), ('visit', fam_visit), ('taxnote', fam_taxnote), ('statement', fam_statement)]


# ---------------------------------------------------------------- driver
def generate(split, count, seed):
    if not HALF:
        _build_halves()
    g = Gen(split, seed)
    fams = g.half('family')
    docs = []
    for i in range(count):
        lang = 'fr' if g.rng.random() < 0.6 else 'en'
        name, fn = g.rng.choice(fams)
        g.new_doc(lang)
        d = Doc(g)
        fn(g, d)
        doc = {'id': 'indep6-%05d' % (i + 1), 'lang': lang, 'family': name, 'text': d.text(), 'spans': d.spans}
        docs.append((doc, d.want))
    return docs


def dumps(docs):
    return ''.join(json.dumps(doc, ensure_ascii=False) + '\n' for doc, _ in docs)


KINDS = {'pii': set(P('PERSON | PHONE | EMAIL | SIN | RAMQ | ADDRESS | POSTAL_CODE | DOB | PASSPORT | CARD | ACCOUNT | LICENCE')),
         'decoy': set(P('ORG | PLACE | CITY | REGION | STREET | LAW | FILE | TOLLFREE | AMOUNT | DATE | BANKCODE')),
         'content': {'CONTENT'}}


def check_docs(docs):
    from collections import Counter
    errs = 0
    cnt, fam, lang = Counter(), Counter(), Counter()
    for doc, want in docs:
        b = doc['text'].encode('utf-8')
        fam[doc['family']] += 1
        lang[doc['lang']] += 1
        prev = 0
        assert len(want) == len(doc['spans'])
        for sp, w in zip(doc['spans'], want):
            seg = b[sp['start']:sp['end']].decode('utf-8')
            bad = (seg != w or sp['end'] <= sp['start'] or sp['start'] < prev or seg != seg.strip()
                   or sp['type'] not in KINDS.get(sp['kind'], ()))
            if bad:
                errs += 1
                if errs < 10:
                    print('BAD SPAN', doc['id'], sp, repr(seg), repr(w))
            prev = sp['end']
            cnt[(sp['kind'], sp['type'])] += 1
    return errs, cnt, fam, lang


def main_check():
    _build_halves()
    ok = True
    # disjoint halves
    for k, (w, h) in HALF.items():
        if set(map(id, w)) & set(map(id, h)) if k in ('filefmt', 'family', 'fr_epopat', 'en_epopat') else set(w) & set(h):
            print('HALVES OVERLAP', k)
            ok = False
        if not w or not h:
            print('EMPTY HALF', k)
            ok = False
    wall = set(x for v in HALF.values() for x in v[0] if isinstance(x, str))
    hall = set(x for v in HALF.values() for x in v[1] if isinstance(x, str))
    print('all string lists: %d W items, %d H items, %d in both' % (len(wall), len(hall), len(wall & hall)))
    if wall & hall:
        ok = False
    names = [k for k in HALF if k[:3] in ('gf_', 'gm_', 'sn_')]
    wn = set().union(*(HALF[k][0] for k in names))
    hn = set().union(*(HALF[k][1] for k in names))
    given = sum(len(HALF[k][0]) + len(HALF[k][1]) for k in names if not k.startswith('sn_'))
    sur = [x for k in names if k.startswith('sn_') for x in HALF[k][0] + HALF[k][1]]
    print('names: %d given, %d surnames (%.0f %% also ordinary words); W/H name overlap: %d' % (
        given, len(sur), 100.0 * sum(1 for x in sur if x in WORD_SURNAMES) / len(sur), len(wn & hn)))
    if wn & hn:
        ok = False
    hs = {}
    for split, seed in (('W', 61), ('H', 62)):
        d1 = generate(split, 300, seed)
        d2 = generate(split, 300, seed)
        s1, s2 = dumps(d1), dumps(d2)
        if s1 != s2:
            print('NOT DETERMINISTIC', split)
            ok = False
        for line in s1.splitlines():
            json.loads(line)
        errs, cnt, fam, lang = check_docs(d1)
        ok = ok and errs == 0
        hs[split] = hashlib.sha256(s1.encode('utf-8')).hexdigest()
        pii = sum(v for (k, t), v in cnt.items() if k == 'pii' and t != 'PERSON')
        dec = sum(v for (k, t), v in cnt.items() if k == 'decoy')
        print('\n%s %d %d: sha256 %s  (%d bad spans)' % (split, 300, seed, hs[split], errs))
        print('  langs', dict(lang), ' families', dict(sorted(fam.items())))
        print('  PERSON %d, other pii %d, decoys %d, content %d' % (
            cnt[('pii', 'PERSON')], pii, dec, cnt[('content', 'CONTENT')]))
        for kind in ('pii', 'decoy', 'content'):
            print('  %-7s ' % kind + ' '.join('%s=%d' % (t, v) for (k, t), v in sorted(cnt.items()) if k == kind))
        # leak probe: surnames of the other half appearing as words in this half's texts
        other = hn if split == 'W' else wn
        parts = []
        for doc, _ in d1:
            b = doc['text'].encode('utf-8')
            pos = 0
            for sp in doc['spans']:
                if sp['type'] == 'PERSON':
                    parts.append(b[pos:sp['start']])
                    pos = sp['end']
            parts.append(b[pos:])
        text = b' | '.join(parts).decode('utf-8')
        words = set(re.findall(r"[\w'’-]+", text))
        leak = sorted(x for x in other if len(x) >= 5 and ' ' not in x and x in words)
        print('  words of this half\'s texts that are names of the other half (len>=5, outside PERSON spans): %d %s' % (len(leak), leak[:12]))
    print('\nCHECK %s' % ('OK' if ok else 'FAILED'))
    return 0 if ok else 1


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == '--check':
        sys.exit(main_check())
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.exit(__doc__)
    sys.stdout.write(dumps(generate(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))


if __name__ == '__main__':
    main()
