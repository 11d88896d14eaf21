#!/usr/bin/env python3
"""freetext-indep17.py - seventeenth independently written generator of
labelled free-text records (French / English) for evaluating the caviar
personal-information redactor on text its authors never saw.  The records
imitate what Québec youth-protection services, CLSC home-care teams,
housing tribunals, police forces, schools, psychologists, employers and
unions, insurers, pharmacies, paramedics, funeral homes, the civil-status
registry, immigration sponsors, call centres, banks, landlords, dental and
optometry clinics, municipalities and courts write down, in the shapes such
text takes once exported: voicemail transcriptions (lower case, numbers
spelled out), Teams / Slack / SMS exports, mail chains with "> " quoted
replies and signatures, Markdown task lists, YAML / INI contact records,
JSON-lines logs, HTML tables flattened to pipes, vCards, tab- and
semicolon-separated spreadsheets, minutes with "Proposé par / Appuyé par",
AGENT: / CLIENT: transcripts, OCR'd scans with character noise, obituaries
with lifespans, ledgers, statements, recall lists, permits, styles of
cause in capitals and bilingual forms.

Usage:  freetext-indep17.py W|H COUNT SEED > docs.jsonl
        freetext-indep17.py --selftest

Output: one JSON object per line: id ("indep17-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (must be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE,
DATE, MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences (type CONTENT) holding no name
and no identifier.

Span conventions (shared with the earlier independent generators):
- courtesy, professional and office titles (M., Mme, Me, Dr, Dre, Mr.,
  Ms., Mrs., Det., Sgt., l'agente, la juge, l'honorable ...) stay outside
  the PERSON span, as do a possessive 's, an elided d' / l', a trailing
  comma and the "@" of a chat mention;
- initials with a surname ("J.-F. Lamarre") are one span, and so is a
  given name with the initial of the surname ("Amina K.");
- "SURNAME, Given" gives two PERSON spans;
- a particle (de, da, dos, di, del, van, von, Ben, Al, El, Aït ...) is
  inside the span;
- a chat handle built from a name ("@rose.lachance") is a PERSON without
  the "@"; a name inside the local part of an e-mail address is covered by
  the EMAIL span only;
- names in lower case (voicemail, handwritten notes) or in capitals
  (styles of cause, mainframe exports) are PERSON; a name garbled by OCR
  noise, spaced out or broken by a hyphenated line break is one PERSON span
  over the garbled text;
- an ADDRESS runs from the civic number (or a unit written in front of it:
  "4-1185", "#12-40", "Flat 2, 17", "Blk 5 Lot 12") through the street and
  a unit written after it ("app. 3", "Apt 3B", "bureau 210", "Col. Roma
  Norte", "Brgy. San Isidro") and stops before the city, which is left
  unlabelled; a rural route or post-office box ("RR 2", "C.P. 123", "B.P.
  4521") is an ADDRESS;
- the postal code (Canadian in any spacing or case, or foreign: French,
  Moroccan, Vietnamese, Philippine, Indian, Brazilian CEP, Mexican C.P.,
  US ZIP) is its own POSTAL_CODE span, its label ("CEP", "C.P.") outside;
- a phone extension ("poste 214", "x214", "ext. 3021") is outside the
  PHONE span; phones spelled out in words are PHONE;
- bank details written as labelled pieces give one BANK_ACCOUNT span per
  piece, one span when written as one group;
- for a date of birth only the date is labelled ("né le [3 mars 1952]",
  "DDN : [19520303]");
- a masked card number ("**** **** **** 1234") is left unlabelled;
- an official acting publicly (judge, coroner, councillor, constable,
  paramedic) is still a PERSON;
- decoys: organisations (some holding a person's name: "Clinique dentaire
  Roy-Bouchard", "Aréna Jean-Béliveau", "Fondation ..."), places, street
  names without a civic number (some named after people), law references,
  file / claim / resolution numbers, toll-free numbers, amounts, dates,
  months, years and times that are not birth dates, and ordinary words that
  are also names in the pools (WORD, e.g. "Page 2 de 3", "Prudence :").

Name pools: written for this file, about 4,000 name parts from more than
thirty origins present in Québec (French-Canadian, Acadian, English,
Scottish, Irish, Haitian, Lebanese / Syrian, Maghrebi and Amazigh,
Vietnamese, Chinese, Korean, Filipino, Latin-American, Portuguese /
Brazilian, Italian, Greek, Polish, Ukrainian / Russian, Romanian, Punjabi,
Tamil, Bengali, Gujarati, Iranian, Turkish, Congolese, Cameroonian,
Senegalese, Ivorian, Nigerian, Somali, Ethiopian / Eritrean, Innu,
Atikamekw, Cree, Mohawk, Inuit, Jewish, German, Dutch, Nordic, Armenian).
About a third of the surnames are invented at import time from real
morphemes of their origin ("-eault", "Ben-", "-czuk", "-opoulos",
"-escu" ...), with a fixed seed, so they are in no dictionary.  Every name
part goes to one half, W or H: name parts are cut into tokens (particles
aside), entries sharing a token are joined, and each group goes to the half
given by the md5 of "indep17:" + its smallest folded token.  Compound given
names, double surnames, initials, handles and the names inside
organisations and streets are put together at run time from parts of the
same half.  --selftest checks that no PERSON token of one half's output is
a name token of the other half, and reports the overlap of the pools with
/usr/share/dict.

Python 3 standard library only; the output depends only on the arguments.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta

# ---------------------------------------------------------------------------
# Name pools.  Key "origin/kind": kind m = given (male), f = given (female),
# s = surname.  "_" joins a particle to its name ("de_Grandpré").
NAMES = {
'qc/m': '''
Jean Pierre Jacques Michel André Luc Marc Paul Louis François Daniel Denis Gilles Guy Réjean
Gaétan Normand Sylvain Yves Claude Alain Serge Richard Robert Roger Raymond Maurice Marcel Gérard
Fernand Lucien Rosaire Armand Adrien Aurèle Benoît Bruno Charles Christian Clément Conrad Cyrille
Dominique Donald Édouard Émile Éric Étienne Eugène Fabien Félix Florent Francis Frédéric Gabriel
Gaston Georges Germain Ghislain Guillaume Hector Henri Hugo Hugues Jérôme Joël Julien Laurent Léo
Léon Léopold Lionel Loïc Lucas Mathieu Maxime Mathis Nicolas Noël Olivier Pascal Patrice Philippe
Raphaël Régis Rémi Renaud René Rodrigue Roland Samuel Sébastien Simon Stéphane Théo Thierry Thomas
Tristan Urbain Valère Victor Vincent Wilfrid Xavier Zacharie Alexis Antoine Arnaud Bastien Cédric
Damien Émeric Gervais Hervé Jacob Jasmin Jocelyn Ludger Médéric Napoléon Octave Omer Ovide Philémon
Réal Rosario Siméon Télesphore Valmore Zotique Anatole Alphonse Achille Albéric Ambroise Anselme
Apollinaire Aristide Benjamin Bertrand Calixte Cyprien Delphis Désiré Elzéar Euclide Évariste
Ferdinand Firmin Florian Fortunat Gédéon Gonzague Hormidas Ignace Isaïe Joachim Jovite Léandre
Lorenzo Magloire Marius Moïse Narcisse Nérée Oscar Pacifique Philias Prosper Rolland Sévère Thomas
Ulric Wilbrod Yvon Jonathan Mickaël Kevin Dany Steve Jimmy Yannick Martin Bernard Gérald
''',
'qc/f': '''
Marie Anne Louise Claire Isabelle Catherine Nathalie Sylvie Johanne Josée Chantal Lucie Diane
Francine Ginette Lise Manon Martine Monique Nicole Pierrette Suzanne Thérèse Yvette Yolande Gisèle
Huguette Jacinthe Jocelyne Lorraine Micheline Murielle Rachel Réjeanne Solange Denise Colette
Danielle Geneviève Mélanie Julie Karine Valérie Véronique Annie Caroline Émilie Audrey Mélissa
Stéphanie Andrée Amélie Ariane Béatrice Camille Chloé Clara Coralie Élodie Éliane Élise Emma
Estelle Florence Gabrielle Héloïse Jeanne Joséphine Juliette Laurence Léa Léonie Lily Lucille
Maude Maëlle Mégane Noémie Océane Rosalie Sarah Sophie Zoé Albertine Alphonsine Angèle Bernadette
Blanche Cécile Clémence Délima Éva Fleurette Germaine Henriette Irène Laurette Léontine Marguerite
Olivette Philomène Rita Rolande Simone Violette Yvonne Brigitte Édith Hélène Agathe Alice Aurélie
Ève Justine Mireille Myriam Odette Paulette Raymonde Roxanne Sabrina Valentine Rose Félicité
Prudence Rivière Clothilde Eugénie Exilda Georgette Hermine Ida Jeannine Lauréanne Léda Marcelle
Noëlla Orise Pâquerette Rollande Théodora Véronica Agnès Adèle Anaïs Apolline Capucine Charlotte
Constance Elsa Flavie Gaëlle Inès Jade Léane Livia Loane Margot Marianne Mathilde Olivia Romane
Solène Victoria Virginie Annabelle Josiane Kathleen Linda Lyne Nancy Sonia Line Carole Marjolaine
''',
'qc/s': '''
Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger
Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier
Fournier Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Martel Gilbert Tardif Grenier
Lessard Bédard Proulx Deschênes Desjardins Plante Vachon Bérubé Pépin Turcotte Lemieux Parent
Perreault Charbonneau Dion Labbé Lachance Mercier Sauvé Bonheur Rivière Boisvert Lacroix Langlois
Marcotte Michaud Demers Dufour Duchesne Gosselin Guay Houle Lapierre Laroche Larouche Legault
Lemay Lépine Maltais Marchand Paradis Paré Pilon Rousseau Savard Séguin Tanguay Vaillancourt
Vézina Allard Audet Barbeau Beauchamp Beaudoin Bilodeau Blais Brassard Brousseau Chabot Champagne
Charron Chevalier Couture Croteau Deslauriers Desrosiers Drouin Dumais Dumont Duval Fleury
Fontaine Fréchette Gaudreault Giguère Goulet Guérin Hamel Jolicoeur Labelle Lacasse Lafleur
Lafrance Lalonde Lamontagne Lamoureux Langevin Laplante Larivière Latulippe Lauzon Lavallée Lebel
Leduc Lemire Lortie Marleau Ménard Messier Millette Monette Nolet Normandin Ouimet Patenaude
Plourde Pouliot Prévost Quirion Rioux Rochon Sansoucy Sirois Trudel Turgeon Vallières Veilleux
Villeneuve Boileau Bourassa Brisson Chartrand Corriveau Coulombe Cousineau Desautels Duguay
Ferland Frenette Gravel Harvey Jodoin Laberge Lanctôt Laurin Lebrun Marois Massé Meunier Paquin
Quintal Robitaille Sénécal Soucy Thivierge Tousignant Trottier Laframboise Beaupré Bienvenue
Lajoie Lamarche Lespérance Désilets Petit Beausoleil Lavigne Lamothe Laliberté Bonenfant Boisclair
Courchesne Descôteaux Gingras Lemelin Vigneault Bissonnette Aubin Bellemare Bérard Blouin Carrier
Chamberland Chénier Comtois Dallaire Dussault Foisy Gélinas Grégoire Guimond Hudon Jalbert
Lacombe Lafontaine Lagacé Larocque Laurendeau Leclair Lefrançois Lemoyne Létourneau Loiselle
Marquis Miville Morissette Ouellette Pagé Pinard Poitras Rainville Riopel Rodrigue Sabourin
St-Onge Thériault Tétreault Thibodeau Tremblay-Ross Vaillant Desmarais Dagenais Goyette Hardy
Jutras Lampron Lupien Mailhot Nantel Papineau Racicot Richer Sicotte Tessier Trépanier Voyer
Beauregard Boulanger Charest Desbiens Filion Fugère Gariépy Hotte Imbeault Jobin Lachapelle
Lalancette Leboeuf Lortie Mongeau Pomerleau Provencher Roberge Rondeau Sévigny Turcot Vanier
de_Grandpré de_Montigny de_Varennes de_Repentigny du_Tremblay des_Rosiers
''',
'acad/m': '''
Donat Léonce Onésime Placide Zénon Bélonie Évangéliste Fidèle Hilaire Isidore Jude Médard Rhéal
Théotime Aldéric Basile Cléophas Dosithée Firmin Gilbert Laurie Maxime Ulysse Wilfred Aubin
Edmour Léger Oneil Rodolphe Sifroi Vital Xavier Zoël Gérard Amédée Clovis Lévite
''',
'acad/f': '''
Évangéline Marcelline Adéline Aurore Délina Anastasie Bélonie Célina Dorina Eulalie Florida
Hermance Joséphine Léocadie Luce Marie-Marthe Médéa Oliva Philippa Rosanna Sophronie Zéphirine
Annette Euphémie Hortense Lumina Odile Pélagie Thècle Yvonne Claudette Gisèle Laurianne
''',
'acad/s': '''
Cormier Arsenault Gallant Doiron Robichaud Boudreau Babineau Bourque Comeau Cyr Daigle Després
Doucet Gaudet Girouard Goguen Hébert Léger Maillet Melanson Saulnier Savoie Chiasson Aucoin
Bourgeois Haché Losier Mallet Vautour Blanchard Caissie Chevarie Deveau Dugas Gauvin Godin Landry
LeBreton Pitre Roussel Surette Allain Belliveau Brun Hachey LeJeune Lanteigne Mazerolle Sonier
Vienneau Thibodeau Richard Poitras Boudreault Arseneau Benoit Bernard Boucher Bujold Cyr Chenard
Cloutier Duguay Gionet Haché Lavoie Leclerc Mallais Noël Paulin Robichaux Savoie Thériault Comeau
''',
'en/m': '''
William James John Robert Michael David Richard Thomas Charles Christopher Daniel Matthew Anthony
Mark Steven Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Gregory Frank
Raymond Patrick Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle
Harold Carl Keith Roger Gerald Ethan Arthur Terry Christian Sean Lawrence Austin Noah Jesse Albert
Bryan Bruce Jordan Dylan Alan Ralph Gabriel Wayne Eugene Logan Randy Louis Russell Vincent Philip
Bradley Grant Hunter Chase Wesley Clifford Trevor Desmond Gordon Howard Leonard Marshall Norman
Oliver Reginald Stanley Theodore Warren Wyatt Colton Garrett Mitchell Preston Spencer Tucker
Archie Barnaby Cecil Clive Dudley Ellis Fletcher Graham Harvey Ivor Jasper Lionel Mervyn Neville
Percy Quentin Rupert Sidney Tobias Vernon Winston Jared Darren Travis Shane Brent Curtis Derek
''',
'en/f': '''
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha
Katherine Christine Debra Rachel Carolyn Janet Ruth Heather Diane Virginia Julie Joyce Victoria
Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline
Frances Gloria Teresa Kathryn Janice Alice Madison Doris Abigail Julia Judy Grace Denise Amber
Marilyn Beverly Danielle Theresa Sophia Diana Brittany Natalie Isabella Charlotte Rose Kayla Joy
Destiny Hope Faith Prudence Harmony Autumn Summer Willow Ivy Hazel Violet Felicity Mercy Charity
Constance Patience Honor Verity Blossom Daisy Ruby Pearl Opal Meadow Brooke Heidi Wendy Tracy
Courtney Crystal Shelby Kristen Erin Bethany Chelsea Gwendolyn Imogen Harriet Philippa Rosalind
Winifred Edna Mildred Gertrude Agnes Maude Beatrix Eleanor Ophelia Primrose Clementine Delilah
''',
'en/s': '''
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White Harris
Thompson Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson
Carter Mitchell Roberts Turner Phillips Parker Evans Edwards Collins Morris Rogers Reed Cook Morgan
Bell Cooper Ward Cox Howard Brooks Gray Watson Wood Fox Wolf Page Hall Price Bennett Barnes
Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Butler Simmons Foster Bryant Alexander
Russell Griffin Hayes Myers Ford Hamilton Sullivan Wallace West Cole Hunt Shaw Holmes Rice Knight
Black Spencer Stone Hawkins Dunn Pierce Mason Palmer Wells Lane Fisher Webb Ellis Harper Hart
Weaver Porter Greene Chambers Franklin Lawson Bishop Fletcher Abbott Lowe Archer Baxter Booth
Chapman Dawson Fowler Gibbs Hobbs Jarvis Lambert Lloyd Mills Norris Nash Parsons Pearce Potter
Reeves Sutton Thornton Whitaker Winter Frost Meadows Rivers Banks Church Field Forest Marsh Moss
Lake Brook Mercer Cartwright Thatcher Tanner Fuller Glover Sawyer Slater Hardwick Ashworth
Blackwood Bramley Chadwick Cresswell Dunstan Fairbanks Greaves Hargreaves Holloway Kingsley
Langford Mayhew Northcott Pemberton Radcliffe Rowntree Sheldon Stanhope Trelawney Underwood
Wainwright Whitfield Wickham Yardley Ackroyd Birch Cotton Drake Eaton Garner Hurst Ingram Kemp
''',
'sco/m': '''
Alasdair Angus Callum Duncan Ewan Fergus Finlay Hamish Iain Lachlan Malcolm Murdo Ruaridh Struan
Torquil Euan Gregor Innes Keir Lorne Niall Dougal Ranald Somerled Cailean Tormod Coinneach
''',
'sco/f': '''
Ailsa Catriona Eilidh Fiona Isla Kirsty Mhairi Morag Shona Iona Elspeth Greer Mairi Rhona Sheena
Seonaid Effie Jessamine Kenna Marsaili Lorna Moira Ishbel
''',
'sco/s': '''
MacDonald MacLeod MacKenzie MacKay MacLean MacGregor MacIntyre MacPherson MacRae Mackintosh
Campbell Stewart Fraser Murray Ferguson Robertson Cameron Munro Sinclair Sutherland Buchanan
Drummond Lindsay Ogilvie Kerr Dalgleish Menzies Urquhart Gunn Forbes Gillies Leslie Morrison
Ramsay Skene Tait Baird Crawford Dunbar Galbraith Haig Kincaid Lennox Moffat Rennie Strachan
Wishart McAllister McCallum McCulloch McDougall McEwan McFarlane McInnes McKinnon McNeil McTavish
Maclachlan MacAulay MacInnes Mathieson Ross Grant Chisholm Cuthbert Elder Fyfe Guthrie Hogg
Johnstone Kirkpatrick Laidlaw Lamont Lockhart Maxwell Napier Pringle Rutherford Sim Trotter
''',
'ir/m': '''
Aidan Brendan Cian Ciarán Colm Conor Declan Dermot Donal Eamon Fintan Kieran Liam Oisín Padraig
Ronan Seamus Seán Tadhg Cormac Diarmuid Fiachra Lorcan Odhran Ruairí Cathal Darragh Eoin Ferdia
Malachy Naoise Proinsias Rory Shay
''',
'ir/f': '''
Aisling Aoife Bríd Caoimhe Ciara Clodagh Deirdre Eimear Fionnuala Gráinne Maeve Niamh Orla Róisín
Saoirse Siobhán Sinéad Úna Áine Emer Nuala Orlaith Ailbhe Dearbhla Grainne Mairéad Sorcha Treasa
''',
'ir/s': '''
O'Brien O'Connor O'Neill O'Sullivan O'Reilly O'Donnell O'Leary O'Malley O'Hara O'Keefe Murphy
Kelly Byrne Ryan Walsh Doyle McCarthy Gallagher Kennedy Lynch Quinn Daly Dunne Brennan Burke
Connolly Costello Donovan Fitzgerald Flanagan Hennessy Kavanagh Keane Mahoney Moran Nolan Power
Regan Sheehan Tierney Whelan Cullen Gorman Hogan McGrath McNamara Moriarty Mulligan Nugent Scanlon
Cassidy Cronin Devlin Fahey Farrell Geraghty Hanrahan Lenihan Maguire Mulcahy Phelan Rafferty
Toomey O'Dwyer O'Callaghan O'Mahony O'Shea O'Toole McGuinness McLoughlin Brophy Carolan Delaney
Dolan Finnegan Gilligan Hurley Kinsella Lonergan Mooney Nagle Quigley Shanahan Tobin Ward
''',
'ht/m': '''
Wilner Fritznel Ernso Frantz Fritz Junior Kervens Lesly Louino Mackenson Nixon Obed Rony Ricot
Wesner Yvon Dieuseul Dieunel Jeanty Kesnel Marcellus Nesly Ovens Pierrot Renel Sony Wisly Woodly
Wismy Jameson Kerby Kenson Evens Edner Emmanuel Fabrice Guerby Herby Jacquelin Jephté Lovens
Malachie Odens Roodly Sadrac Thony Vladimir Stevenson Dukens Fednel Gesner Jocelin Lukner Mathurin
Nickenson Peterson Ralph Samson Théodule Widmarc Yolnick Clébert Elmano Fernito Gérald Jude
''',
'ht/f': '''
Guerline Lovely Mirlande Nadège Tamara Wideline Yolène Carline Darline Esther Fabienne Farah
Gaëlle Guerda Islande Jertha Kettly Lourdes Lucienne Magalie Mica Naïka Rosemène Roseline Sandy
Soraya Sherline Vanessa Woodline Youdeline Mirlène Francesca Dieula Altagrâce Bénita Espérance
Mercilia Fabiola Chedeline Fedeline Gerdine Ketlie Lunie Marjorie Mimose Nadia Phara Rosette
Tania Wedline Yveline Nathacha Bethie Clairvia Jesula Marie-Ange
''',
'ht/s': '''
Jean-Baptiste Pierre-Louis Saint-Fleur Saint-Louis Joseph Alexis Augustin Bazile Cadet Célestin
Charlotin Chéry Délva Désir Dorvil Dorsainvil Dumas Estimé Exantus Fils-Aimé Fleurant Fortuné
Guerrier Hyppolite Innocent Jeudy Joachim Jules Laguerre Lamour Lindor Lubin Mésidor Moïse
Philogène Pierrelus Pluviose Prophète Rémy Sanon Théodore Toussaint Valcourt Valbrun Vilsaint
Ulysse Zéphir Auguste Belizaire Bernadin Bien-Aimé Calixte Dieujuste Dorélien Florestal Gédéon
Jacquet Lafortune Lormil Métellus Nazaire Orélus Pétion Romulus Sénatus Thélusma Volcy Casséus
Ange Déjean Edouarzin Fénelon Jean-Louis Jean-Gilles Louissaint Milfort Nelson Paul Saintil
''',
'lev/m': '''
Ahmad Bassam Charbel Elie Fadi Ghassan Hadi Hussein Imad Jad Jihad Khalil Mahmoud Marwan Nabil
Nadim Rami Ramzi Riad Sami Tarek Wissam Ziad Bilal Chadi Ghazi Habib Iyad Majd Maroun Mazen Nizar
Raed Rabih Salim Wael Zein Bechara Chafic Elias Fares Issa Jamil Nabih Toufic Anis Antoun Boutros
Camille Edmond Fouad Hikmat Joseph Kamal Michel Nassib Raymond Sleiman Walid Youssef Georges
''',
'lev/f': '''
Aya Carla Dana Dima Ghada Hala Hiba Hoda Jana Joelle Lama Layal Lina Maya Mira Mona Nadine Nada
Nour Rana Randa Rania Reem Rima Rola Rouba Samar Sana Yara Zeina Aline Carine Hanane Joumana Lamia
Marwa Nayla Nisrine Rasha Razan Roula Sawsan Tala Ghina Mariam Rita Siham Souha Tamara Wafa
''',
'lev/s': '''
Haddad Khoury Nassar Hajj Sabbagh Saad Aoun Abboud Azar Bitar Chami Daher Fakhoury Gemayel Harb
Hobeika Jaber Karam Maalouf Makhoul Mansour Moussa Najjar Rizk Saliba Sarkis Semaan Tabet Touma
Yazbeck Zahr Zeidan Asmar Awad Baroud Boustany Chahine Chedid Dagher Ghanem Hachem Helou Hourani
Jabbour Kassab Kassis Lahoud Matar Mikhael Moukarzel Nahas Obeid Rahal Saab Salameh Sfeir Shaheen
Srour Tannous Wakim Younes Zogheib Atallah Bakhos Fayad Hallak Kanaan Mrad Nakhle Qassem Tohme
Abi_Nader Abou_Jaoude Abi_Saab El_Khoury Bou_Malhab Frem Ghosn Keyrouz Maroun Nasrallah Rahme
''',
'mag/m': '''
Abdelkader Abdellah Abderrahim Adil Amine Anouar Ayoub Aziz Brahim Driss Hamid Hamza Hicham Idriss
Ismaïl Jamal Kamel Karim Khalid Lahcen Larbi Mehdi Mohamed Mourad Mustapha Noureddine Othmane
Rachid Redouane Saïd Samir Smaïl Soufiane Tarik Yassine Zakaria Abdelhak Abdelaziz Bachir Chakib
Djamel Farid Hakim Hocine Kader Lyes Mounir Nacer Nassim Rabah Riyad Salah Slimane Tahar Yacine
Yanis Zinedine Abdenour Aksel Idir Massinissa Mokrane Amar Belaïd Fodil Ilyas Reda Younès Zoubir
''',
'mag/f': '''
Aïcha Amal Amina Asmaa Chaïma Dounia Fatima Fatiha Ghizlane Hafsa Hajar Houda Ikram Imane Jamila
Kenza Khadija Latifa Leïla Loubna Malika Meriem Nadia Naïma Nawal Nora Nouhaila Rachida Safae
Salma Samira Sanaa Soukaina Wafae Yasmina Zineb Zohra Assia Djamila Farida Hassiba Kahina Lila
Lynda Nassima Ouarda Souad Tinhinane Thiziri Dihia Yamina Zahia Fadila Habiba Nabila Nacéra Hind
''',
'mag/s': '''
Benali Bensaïd Benjelloun Bennani Berrada Alaoui Amrani Chraibi Tazi Fassi Idrissi Lahlou Mernissi
Naciri Ouazzani Sebti Slaoui Tahiri Zerhouni Bouzid Belkacem Benabdallah Benhamou Bouchareb
Boukhari Brahimi Cherif Djebbar Ferhat Haddadi Hamidi Kaci Khelifi Mansouri Meziane Rahmani Saadi
Taleb Ziani Amellal Belhadj Benmoussa Bouazza Chaoui Daoudi Ennaji Guerraoui Hajji Jaïdi Kabbaj
Lamrani Mekouar Moussaoui Nejjar Qadiri Sbai Semlali Tounsi Yacoubi Zemmouri Boutaleb Benkirane
Lazrak Sefrioui Hachimi Bekkali Laraki Guessous Bendaoud Bouabdallah Hadjadj Laribi Mebarki Nedjar
Rezki Saidani Yahiaoui Zitouni Taïbi Ben_Salah Ben_Youssef El_Amrani El_Idrissi Aït_Ahmed
Aït_Kaci Ben_Ammar El_Fassi Ouali Hamdi Messaoudi
''',
'vn/m': '''
Bao Binh Cuong Dung Duc Dat Hai Hieu Hung Huy Khanh Khoa Kien Long Minh Nam Nghia Phong Phuc Quang
Quan Son Tai Thang Thanh Tien Toan Trung Tuan Tung Viet Vinh Hau Loc Nhan Phat Sang Thinh Duy
Hoa Tri Luan Khang Thuan Hiep Quoc Vuong Dinh
''',
'vn/f': '''
Anh Chi Diep Hanh Hong Hue Huong Lan Lien Linh Loan My Nga Ngoc Nhung Oanh Phuong Quynh Thao Thu
Thuy Trang Tram Tuyet Uyen Vy Xuan Yen Hang Khue Nhi Nhu Thảo Phương Hương Ngân Trâm Tâm Giao
''',
'vn/s': '''
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Lam Mai Trinh Luong
Cao Ta Quach Doan Thai Chau La Kieu Lai Luu Khuu Ton Tang Thach Tong Nghiem Nguyễn Trần Phạm
Hoàng Huỳnh Võ Đặng Bùi Đỗ Ngô Dương Trương Lâm
''',
'cn/m': '''
Wei Jun Hao Jian Ming Lei Tao Bo Qiang Yong Jie Peng Chao Hui Xin Zhiwei Zihao Haoran Yichen Junjie
Zhiqiang Jianguo Weiming Xiaolong Guoqiang Mingyu Yifan Zhenyu Tianyi Yuxuan Kaiwen Shaohua Haoyu
Jiahao Wenjie Zhihao Chenguang Kwok-Wing Siu-Ming Chun Kin Wai
''',
'cn/f': '''
Fang Jing Xiu Ying Yan Mei Hua Juan Min Ting Xue Yun Qian Lina Xiaoyan Meiling Yuxin Jiayi Xinyi
Shuang Ziyi Wenjing Xiaomei Yuting Huimin Lijuan Qiong Ruoxi Siyu Mengyao Yiting Jiaqi Wanting
Yuqing Xiaoling Dongmei Mei-Ling Suk-Yee Wing-Yan
''',
'cn/s': '''
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie
Song Tang Han Feng Deng Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding
Ren Shen Yao Jin Fang Tan Fu Zou Xiong Bai Meng Qin Qiu Hou Shi Cui Kong Mo Chan Wong Leung Cheung
Chow Lau Ng Lee Yip Tsang Kwok Fung Tse Yeung Chiu Kwan Mak Tam Lo Siu Chu Kwong Lui Poon Wan Ngai
Au Szeto Lim Ong Goh Teo Koh Chua Yeo Ang Low Khoo Sim Quek
''',
'kr/m': '''
Minjun Seojun Dohyun Jiho Junseo Hyunwoo Yejun Siwoo Juwon Minho Jaehyun Sungmin Donghyun Taeyang
Youngsoo Sanghoon Jinwoo Kyungho Seungwoo Hyunjin Jongmin Woojin Taehoon Joonho Sehun Byunghun
Chulsoo Jaewon Gunwoo Dongwook
''',
'kr/f': '''
Seoyeon Jiwoo Seoyun Jiyoon Minseo Hayoon Jimin Chaewon Sua Yuna Eunji Soyeon Hyejin Jiyeon Minji
Subin Yerin Dahye Yujin Sohee Hyemin Eunbi Jieun Seulgi Nayeon Hana Bora Mirae Sunhee Younghee
''',
'kr/s': '''
Kim Park Choi Jung Kang Cho Yoon Jang Han Oh Seo Shin Kwon Hwang Ahn Jeon Hong Ko Moon Son Bae Baek
Heo Yoo Nam Shim Noh Kwak Sung Cha Joo Woo Koo Ryu Ji Eom Chae Won Cheon Bang Gong Hyun Ham Byun
Yeom Seok Pyo Myung Maeng Tak
''',
'ph/m': '''
Jose Carlo Rommel Ramon Rodel Reynaldo Rolando Ronaldo Jericho Jomar Jonel Arnel Ariel Dindo Edgardo
Efren Ernesto Gerardo Jayson Jhun Lito Manuel Marvin Nestor Orlando Rey Rico Rowel Ruel Teodoro
Virgilio Wilfredo Danilo Dondon Ely Joven Bong Nonoy Paolo Benigno Honorio Crisanto Elpidio
''',
'ph/f': '''
Rosalinda Marites Maricel Marilou Analyn Arlene Cherry Corazon Divina Editha Erlinda Evangeline
Flordeliza Gemma Girlie Imelda Leonora Lorna Luzviminda Mae Maricar Marissa Merlie Nenita Nida
Perla Precious Princess Remedios Rowena Shiela Teresita Venus Vilma Zenaida Honey Angel Divine
Liezl Rhea Jovelyn Mylene Glenda Kristine Althea Janelle Lovely
''',
'ph/s': '''
Bautista Ocampo Villanueva Aquino Dizon Manalo Pascual Dimaculangan Macaraeg Magbanua Mangubat
Lacson Tolentino Sison Soriano Gatchalian Buenaventura Agbayani Alcantara Baluyot Bernabe Cabanban
Cayabyab Dalisay Dumlao Evangelista Galang Lagman Lualhati Macapagal Magsaysay Malabanan
Manalastas Panganiban Pangilinan Quisumbing Sablan Sumulong Tiongson Yap Ylagan Abad Bacani
Catacutan Dagdag Espiritu Ilagan Lansangan Maglaya Mallari Nepomuceno Quiambao Roxas Salonga
Tuazon Umali Ventura Yumul dela_Cruz delos_Santos dela_Rosa delos_Reyes
''',
'es/m': '''
Alejandro Andrés Carlos Diego Eduardo Emilio Enrique Esteban Fernando Francisco Gonzalo Guillermo
Héctor Ignacio Javier Jorge Juan Luis Mateo Miguel Pablo Rafael Ramón Ricardo Roberto Rodrigo
Santiago Sebastián Sergio Tomás Vicente Alonso Joaquín Agustín Cristóbal Felipe Gustavo Hernán
Julio Leonardo Marcelo Mauricio Octavio Raúl Rubén Salvador Ulises Valentín Yeison Brayan Jhon
Edwin Fabián Anselmo Arturo Baltasar Efraín Eliseo Fidel Horacio Isidro Lisandro Maximiliano
''',
'es/f': '''
Adriana Alejandra Ana Beatriz Camila Carmen Carolina Catalina Claudia Daniela Elena Fernanda
Gabriela Isabel Jimena Juliana Lucía Luisa Marcela María Mariana Marisol Natalia Paola Paula Pilar
Rocío Rosa Sofía Valentina Valeria Verónica Ximena Yolanda Guadalupe Itzel Xóchitl Mercedes Dolores
Consuelo Esperanza Soledad Luz Milagros Rosario Araceli Maribel Yesenia Nayeli Amparo Brisa
Dulce Estrella Fabiola Graciela Inés Marisela Nohemí Remedios Socorro
''',
'es/s': '''
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez
Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ruiz Jiménez Mendoza Vargas Castillo Romero Herrera
Medina Aguilar Moreno Álvarez Vásquez Guerrero Delgado Ortega Navarro Salazar Rojas Peña Contreras
Sandoval Cabrera Fuentes Espinoza Valencia Figueroa Acosta Cárdenas Carrillo Escobar Miranda
Bermúdez Benítez Cisneros Domínguez Echeverría Galindo Ibarra Lozano Maldonado Montoya Núñez Ochoa
Quintero Rosales Serrano Trujillo Urrutia Velázquez Villalobos Zamora Zúñiga Arellano Barrios
Cervantes Esquivel Gallegos Huerta Leyva Mejía Olvera Paredes Quiroga Solís Tapia Valdivia Arriaga
Bustamante Cuevas Lugo Orozco Mercado Castro Ramos Valdez Estrada del_Valle de_la_Fuente
''',
'pt/m': '''
João António Manuel Joaquim Rui Nuno Paulo Pedro Tiago Diogo Duarte Gonçalo Afonso Henrique Vasco
Luís Sérgio Thiago Leandro Caio Vinícius Matheus Guilherme Otávio Heitor Renato Wagner Wellington
Cleiton Edson Romário Washington Anderson Aurélio Custódio Domingos Fábio Ilídio Jorge Valter
''',
'pt/f': '''
Joana Inês Leonor Sofia Rita Marta Filipa Raquel Conceição Fátima Graça Lurdes Aparecida Francisca
Letícia Larissa Luana Thaís Tatiana Vitória Bianca Débora Priscila Renata Jéssica Daiane Gislaine
Rosângela Luciana Adelaide Benedita Cidália Deolinda Glória Isaura Lucinda Natércia Odete Rosinha
''',
'pt/s': '''
Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes
Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
Vieira Monteiro Cardoso Rocha Neves Coelho Cunha Pires Reis Simões Antunes Matos Fonseca Machado
Araújo Barbosa Tavares Lourenço Figueiredo Azevedo Freitas Barros Campos Magalhães Medeiros Pacheco
Sardinha Valente Brandão Carneiro Pimentel Quaresma Batista Cavaco Domingues Esteves Frade Galvão
Leite Macedo Nogueira Paiva Queirós Sampaio Trindade Vasconcelos Andrade Bezerra Cavalcanti
Fagundes Guimarães Lacerda Mota Prado Siqueira Toledo da_Silva dos_Santos da_Costa dos_Reis
da_Cunha das_Neves
''',
'it/m': '''
Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco
Domenico Michele Giorgio Aldo Luciano Stefano Alessandro Massimo Matteo Riccardo Tommaso Emanuele
Gianluca Maurizio Nicola Rocco Sandro Tiziano Vittorio Ettore Enzo Cosimo Gaetano Gennaro Pasquale
Raffaele Nunzio Calogero Carmine Donato Amedeo Corrado Elio Fulvio Gianni Livio Osvaldo Piero
''',
'it/f': '''
Giuseppina Angela Giovanna Carmela Caterina Francesca Antonietta Carla Concetta Margherita Franca
Giulia Chiara Federica Alessandra Silvia Martina Elisa Ginevra Aurora Vittoria Nunzia Filomena
Assunta Immacolata Addolorata Graziella Rosaria Annunziata Loredana Patrizia Donatella Ornella
Serena Fiorella Benedetta Carolina Gemma Lucrezia Marisa Rosalba Tiziana
''',
'it/s': '''
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti Giordano Mancini
Rizzo Lombardi Moretti Barbieri Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo
Gentile Martinelli Vitale Lombardo Serra Coppola Marchetti Parisi Ferraro Ferri Fabbri Bianco
Marini Grasso Valentini Messina Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo
Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti
Caputo Montanari Guerra Palmieri Bernardi Fiore Ricciardi Iacono Cusimano Iannuzzi Infantino
Mastroianni Napolitano Pagano Pugliese Scarpelli Tedesco Zappia Albanese Bellini Calabrese Cirillo
Falcone Giannetti Lattanzio Minicucci Nardone Petrucci Sciascia Spinelli Tucci Zito D'Angelo
D'Amico D'Onofrio De_Luca De_Santis Di_Maio Di_Stefano Lo_Presti
''',
'gr/m': '''
Georgios Konstantinos Dimitrios Ioannis Nikolaos Panagiotis Vasileios Christos Athanasios Michail
Evangelos Spyridon Stavros Theodoros Anastasios Charalambos Emmanouil Ilias Kyriakos Petros
Sotirios Stylianos Apostolos Alexandros Aristotelis Leonidas Periklis Themistoklis Yannis Takis
Kostas Nikos Dimitris Giorgos Thanasis Vangelis Spyros Lefteris Manolis
''',
'gr/f': '''
Eleni Aikaterini Vasiliki Angeliki Dimitra Georgia Konstantina Paraskevi Evangelia Ioanna Chrysoula
Despina Kalliopi Athina Anastasia Theodora Stavroula Panagiota Eirini Fotini Zoi Xanthi Ourania
Katerina Niki Voula Penelope Calliope Artemis Daphne Thaleia Melina Nefeli Danai
''',
'gr/s': '''
Papadopoulos Papadakis Georgiou Nikolaidis Papageorgiou Konstantinidis Karagiannis Vlachos Antoniou
Dimitriou Ioannidis Oikonomou Papanikolaou Makris Christodoulou Alexiou Athanasiou Bakas
Charalambous Demetriou Economou Galanis Hatzis Kalogeropoulos Karamanlis Kostopoulos Kyriakou
Lambrakis Manolakis Mavros Michailidis Panagiotopoulos Pappas Petrakis Raptis Sarris Spanos Stavrou
Theodorakis Triantafyllou Tsakiris Tsoukalas Vasilakis Xenakis Zervas Zografos Angelopoulos
Anagnostou Chatzidakis Daskalakis Fotopoulos Gavras Kanellopoulos Katsaros Koutsoukos Lekkas
Nomikos Psaras Roussos Siderakis Tzanetakis
''',
'pl/m': '''
Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Jakub Łukasz Mateusz Wojciech Kamil
Stanisław Józef Marek Zbigniew Jerzy Tadeusz Ryszard Kazimierz Leszek Maciej Przemysław Sławomir
Wiesław Zdzisław Bartosz Dariusz Jarosław Mirosław Radosław Szymon Witold
''',
'pl/f': '''
Katarzyna Małgorzata Agnieszka Ewa Krystyna Elżbieta Zofia Magdalena Danuta Jadwiga Halina Beata
Dorota Aleksandra Justyna Karolina Paulina Weronika Wiktoria Grażyna Bożena Urszula Iwona Sylwia
Jolanta Wanda Kinga Agata
''',
'pl/s': '''
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski
Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel
Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda
Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski
Bąk Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski
Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki Kaźmierczak Wasilewski Sobczak
Czerwiński Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski Gajewski Szulc Szymczak
Laskowski Brzeziński Makowski Ziółkowski Przybylski
''',
'ua/m': '''
Oleksandr Volodymyr Mykola Andriy Serhiy Taras Bohdan Yuriy Dmytro Vasyl Ihor Petro Oleh Mykhailo
Yaroslav Stepan Vitaliy Maksym Denys Artem Anatoliy Borys Ostap Alexei Dmitri Sergei Nikolai Igor
Mikhail Pavel Boris Konstantin Grigori Evgeny Vadim Ruslan Timur Arkady Lev
''',
'ua/f': '''
Olena Oksana Nataliya Iryna Tetiana Svitlana Halyna Lyudmyla Nadiya Yulia Kateryna Larysa
Khrystyna Solomiya Zoriana Myroslava Anastasiya Daryna Viktoriya Olga Tatiana Svetlana Ekaterina
Ludmila Galina Marina Yekaterina Vera Nadezhda Lyubov Alla Inna Zhanna Polina Ksenia Daria Oxana
''',
'ua/s': '''
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar
Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kuzmenko Klymenko Pavlenko Levchenko
Boyko Melnyk Kovalchuk Hrytsenko Zinchenko Yaremchuk Dovzhenko Honchar Kozak Hnatyuk Vasylenko
Lytvyn Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov
Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov
Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Vorobiev Sergeev Frolov Belov Tarasov Gusev
Titov Kuzmin Kiselev Baranov Komarov Karpov Afanasiev Vlasov Maslov Tikhonov Aksenov Gavrilov
Rodionov Kotov Gorbunov Kudryavtsev Bykov Zuev
''',
'ro/m': '''
Andrei Mihai Ionuț Gheorghe Vasile Nicolae Dumitru Florin Cristian Marius Ștefan Radu Sorin Ciprian
Cosmin Dorin Lucian Ovidiu Tudor Vlad Petru Silviu Traian Horia Emil Costel Mircea Octavian Valentin
Aurel Viorel Iulian
''',
'ro/f': '''
Ioana Andreea Mihaela Cristina Ramona Simona Roxana Georgiana Oana Raluca Camelia Corina Florentina
Lavinia Luminița Mădălina Nicoleta Otilia Rodica Sorina Viorica Anca Doina Cătălina Irina Daciana
''',
'ro/s': '''
Popescu Ionescu Popa Pop Stan Stoica Matei Ciobanu Munteanu Moldovan Diaconu Barbu Florea Lazăr
Dinu Toma Ene Neagu Ionita Mocanu Nistor Dobre Stanciu Preda Dragomir Lungu Cristea Anghel Rusu
Enache Voicu Iordache Manea Surdu Coman Vasilescu Georgescu Dumitrescu Constantinescu Niculescu
Marinescu Petrescu Stanescu Dobrescu Grigorescu Teodorescu Anastasiu Zamfir Oprea Sârbu Nedelcu
Tănase Pătrașcu Bălan Cojocaru Apostol Mihăilescu Căpraru Olteanu Sandu Bratu
''',
'pa/m': '''
Gurpreet Harpreet Jaspreet Amandeep Harjit Gurjit Paramjit Sukhwinder Jaswinder Balwinder Kuldeep
Rajinder Hardeep Navdeep Gurdeep Jagdeep Simranjit Inderjit Baljit Tejinder Harinder Sukhdeep
Karanveer Arshdeep Jasmeet Manpreet
''',
'pa/f': '''
Simran Harleen Navneet Rajwinder Kulwant Jasleen Manjeet Gurleen Ravneet Amrit Parminder Sukhjit
Kirandeep Baljinder Harsimran Jaskiran Navjot
''',
'pa/s': '''
Singh Kaur Sandhu Gill Dhillon Sidhu Grewal Brar Randhawa Bains Sekhon Cheema Dhaliwal Mann Johal
Virk Bajwa Toor Sahota Hundal Aulakh Atwal Basra Chahal Deol Garcha Khaira Pannu Sangha Thind
''',
'ta/m': '''
Arun Karthik Senthil Murugan Rajesh Suresh Vignesh Prakash Ganesh Balaji Saravanan Kumaran Thiru
Sivakumar Ramesh Dinesh Anand Vijay Selvam Tharshan Kajan Thanushan Pirashanth Sutharsan Mathuran
''',
'ta/f': '''
Priya Lakshmi Kavitha Deepa Anitha Meena Revathi Sangeetha Tharani Vaishnavi Thulasi Kalaivani
Nithya Janani Abirami Sinduja Piriyanka Thanuja Kirushanthi Mathumitha
''',
'ta/s': '''
Subramaniam Krishnan Ramasamy Murugesu Sivalingam Thambiraja Kanagaratnam Arumugam Balasubramaniam
Nadarajah Ponnambalam Rajaratnam Sivanandan Thevarajah Velupillai Kandiah Sinnathamby Yogarajah
Selvarajah Mahendran Ravindran Jeyakumar Nagendran Sriskandarajah Loganathan Paramanathan
''',
'bn/m': '''
Rahim Sajid Tanvir Arif Rafiq Shahid Anisur Mahbub Kamrul Shafiq Rezaul Jahangir Sumon Biplob
Sourav Anirban Debashish Subrata Partha Arnab Tapan Abhijit Sanjoy
''',
'bn/f': '''
Nasrin Farhana Sharmin Taslima Nusrat Ruma Shapla Tanjila Sumaiya Mitu Papia Rupa Moushumi Sharmila
Ishita Tanushree Debjani Sreya Payel
''',
'bn/s': '''
Rahman Hossain Islam Ahmed Chowdhury Khan Miah Uddin Sarkar Das Banerjee Chatterjee Mukherjee
Bhattacharya Ghosh Bose Sen Dutta Mitra Chakraborty Talukder Majumder Bhuiyan Kabir Siddique Haque
Akter Begum
''',
'gu/m': '''
Hitesh Jignesh Nilesh Paresh Ketan Mehul Bhavesh Chirag Dhaval Hardik Kalpesh Rakesh Sanjay Tushar
Viral Yogesh Alpesh Jayesh Kunal Pranav
''',
'gu/f': '''
Hetal Bhavna Falguni Jigna Kinjal Nisha Pooja Riddhi Sejal Trupti Urvashi Vaishali Dipti Komal Mansi
Krupa Nehal Rinku Shital Hiral
''',
'gu/s': '''
Patel Shah Desai Mehta Joshi Trivedi Pandya Parekh Bhatt Chauhan Soni Vyas Thakkar Dave Amin
Panchal Raval Solanki Chokshi Bhavsar Kothari Mistry Jadeja Vaghela Rathod Dalal Shukla Dholakia
''',
'ir2/m': '''
Reza Hossein Mehdi Amir Saeed Majid Behrouz Bijan Dariush Farhad Kamran Kourosh Mehran Navid Omid
Payam Pouya Ramin Shahram Siavash Babak Arash Ardalan Ehsan Farzad Hooman Kaveh Keyvan Mani Nima
Parviz Peyman Sina Soroush Vahid Yashar Afshin Armin Bahram
''',
'ir2/f': '''
Azadeh Fatemeh Zahra Maryam Mahsa Shirin Parisa Roya Sanaz Shadi Golnaz Mitra Neda Niloufar Pegah
Setareh Sima Soheila Tara Yasaman Ziba Afsaneh Bahar Delaram Elham Farnaz Forough Laleh Mahnaz
Minoo Nazanin Shabnam Taraneh
''',
'ir2/s': '''
Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghorbani Sadeghi Akbari
Kazemi Ebrahimi Abbasi Azizi Bagheri Ghasemi Heidari Jalali Kamali Mahmoudi Nasiri Rostami Salehi
Shirazi Tehrani Yazdani Zamani Esfahani Farahani Ghaffari Khosravi Mirzaei Najafi Pahlavan Rafiei
Sharifi Soltani Tavakoli Vaziri Zand Amini Behzadi Daneshvar Eskandari Golshiri Hakimi Javadi
Kiani Lotfi Moghaddam Nouri Parsa Rashidi Sabeti Shahbazi Taheri Vahidi Zarei Alizadeh Hassanzadeh
''',
'tr/m': '''
Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim İsmail Osman Murat Ömer Ramazan Halil Süleyman Abdullah
Mahmut Recep Kemal Emre Burak Cem Emin Erkan Fatih Gökhan Hakan Kaan Kerem Levent Mert Onur Orhan
Selim Serkan Tarık Tolga Uğur Volkan Barış Berk Eren Koray
''',
'tr/f': '''
Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Esra Büşra Özlem Derya
Ebru Gülsüm Hülya Seda Sibel Songül Tuğba Yasemin Aylin Burcu Cansu Damla Dilek Ece Gizem Irmak
Melek Nazlı Pınar Selin Sevgi
''',
'tr/s': '''
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Kılıç Aslan Çetin Kara
Koç Kurt Özkan Şimşek Polat Korkmaz Özer Güneş Aksoy Erdoğan Bulut Keskin Ünal Tekin Acar Güler
Kaplan Yalçın Avcı Karaca Tuncer Ateş Aktaş Bozkurt Çakır Duman Erdem Işık Kocaman Oral Sarı Uysal
Yücel Zengin Altun Başaran Coşkun Demirci Ekinci Gündoğdu Karakaya Kurtuluş Özbek Sönmez Taşkın
Uçar Yüksel Karaoğlu Demiroğlu Hacıoğlu Kaymakçı
''',
'cd/m': '''
Fiston Glody Héritier Trésor Dieudonné Bienvenu Exaucé Précieux Patient Mardochée Arsène Aimé
Déogratias Godefroid Kalonji Tshibola Ngandu Jeancy Christ-Roi Israël Josué
''',
'cd/f': '''
Merveille Christelle Bénédicte Chancelle Gloire Exaucée Bijou Mamie Sifa Furaha Neema Josiane
Clarisse Prisca Bénie Rebecca Ruth Grâce Divine Ornella Nadège Mireille Consolata Deborah
''',
'cd/s': '''
Mukendi Kabongo Tshibangu Ilunga Mbuyi Ngalula Kasongo Lukusa Mutombo Ngoy Kalala Mulumba Kabasele
Tshimanga Mbayo Banza Lumbala Mwamba Nkulu Kapinga Kanku Tshiala Mpoyi Kazadi Ntumba Bukasa Mbombo
Kalombo Kitenge Ebondo Makiese Nsimba Lusamba Matondo Nzuzi Mavungu Kiala Diangienda Bilonda
Kabamba Kayembe Lokumu Mbala Nlandu Tshilombo
''',
'cm/m': '''
Brice Rodrigue Yannick Blaise Franck Landry Boris Armel Stéphane Achille Cyrille Ghislain Hervé
Ulrich Valéry Arnaud Jordan Marcelin Parfait Roméo
''',
'cm/f': '''
Carine Sandrine Laure Estelle Flore Prisca Larissa Murielle Nadine Ornella Rosine Solange Yolande
Vanessa Armelle Brunelle Gaëlle Ghislaine Nicaise Olga
''',
'cm/s': '''
Mbarga Atangana Essomba Fotso Kamga Tchoumi Nkoulou Ndongo Owona Manga Abega Mvondo Ndjock
Tchakounte Nkeng Fouda Onana Tamo Kengne Djoumessi Simo Kouam Tagne Takam Yimga Ekotto Mbida
Ngassa Njoya Tchatchoua Wamba Zambo Bekono Eyenga Moukoko Nguini
''',
'sn/m': '''
Mamadou Moussa Ousmane Abdoulaye Ibrahima Cheikh Modou Pape Babacar Alioune Assane Demba Lamine
Malick Massamba Saliou Souleymane Serigne Tidiane Boubacar Mansour Samba Ansou Bakary Djibril
''',
'sn/f': '''
Aminata Fatou Awa Astou Coumba Khady Mariama Ndeye Rokhaya Sokhna Adja Aïssatou Bineta Dieynaba Fama
Maimouna Ramatoulaye Seynabou Yacine Anta Marème Ndèye Penda Oumy
''',
'sn/s': '''
Diop Ndiaye Fall Sow Diallo Sarr Faye Gueye Ba Diouf Mbaye Sy Cissé Thiam Seck Niang Ndour Kane
Touré Sall Dieng Camara Diagne Mbengue Sène Wade Ka Niasse Badji Coly Diatta Sané Tall Dème Mboup
Samb Diakhaté Ndoye
''',
'ci/m': '''
Kouassi Kouamé Koffi Yao Konan Kouadio N'Guessan Aboubakar Didier Ange Ahoussi Amani Brou Gnagne
Siaka Souleymane Yapi Zié
''',
'ci/f': '''
Adjoua Affoué Akissi Amenan Ahou Amoin Akoua Aya Bintou Kadidiatou Kady Mariam Tanoh Yvette
''',
'ci/s': '''
Koné Ouattara Traoré Coulibaly Bamba Diabaté Aka Tano Assi Ehui Kassi Dago Zadi Bléhoué Tapé
Gnaoré Sery Digbeu Ahoua Djédjé Kacou Kouakou Kragbé N'Dri N'Goran Yéo Zoro
''',
'ng/m': '''
Adebayo Chinedu Emeka Ikenna Obinna Oluwaseun Tunde Babatunde Chukwuemeka Femi Kelechi Olumide
Segun Uchenna Nnamdi
''',
'ng/f': '''
Adaeze Chiamaka Chidinma Folake Ngozi Nkechi Oluwakemi Funmilayo Ifeoma Yetunde Amaka Titilayo
''',
'ng/s': '''
Okafor Chukwu Eze Nwosu Okonkwo Adeyemi Adebayo Okeke Obi Olawale Onyekachi Afolabi Ogunleye Nwachukwu
Oyelaran Ezeani Igwe Balogun
''',
'so/m': '''
Abdi Abdirahman Abdullahi Abdiaziz Abdikarim Abdirizak Bashir Guled Liban Mahad Mukhtar Sharmarke
Warsame Abdiwali Jama Cabdi Faysal Hamse Ilyaas Xuseen
''',
'so/f': '''
Asha Faadumo Fadumo Halima Hodan Hibo Ifrah Khadra Leyla Maryan Muna Nasra Nimco Sahra Sagal Sucaad
Ubah Waris Xamdi Zamzam Hawa Ayaan Idil Filsan Hamdi
''',
'so/s': '''
Farah Hirsi Aden Duale Elmi Gedi Hersi Mohamud Nur Samatar Shire Abdulle Barre Dirie Mire Muse
Qalib Roble Salad Warfa Xasan Yabarow Ugas Geele Abdillahi Cali Faarax Guleid Ibrahim Omar
''',
'et/m': '''
Abebe Alemu Bekele Dawit Ermias Fikru Girma Haile Kebede Mesfin Mulugeta Negash Tadesse Tesfaye
Yohannes Yonas Zerihun Tewodros Henok Biniam Eyob Kaleb Natnael Amanuel Mikias Tesfamariam Habte
Yemane Filmon Robel Semere Mehari Efrem Kibrom Tekle Aron Yonatan Awet Hagos
''',
'et/f': '''
Almaz Aster Bethlehem Genet Kidist Lemlem Meseret Mekdes Rahel Selam Tigist Tsion Yeshi Zewditu
Hiwot Saba Feven Meron Liya Blen Bezawit Senait Luwam Rahwa Mebrat Yordanos Hiwet Winta Ariam
Segen Freweini
''',
'et/s': '''
Assefa Desta Gebre Getachew Mekonnen Mengistu Wolde Worku Yilma Zewde Negussie Ayele Demissie
Gebremedhin Hailemariam Berhane Teklu Asfaw Amare Kassa Belay Birhanu Tesfay Gebremichael Kidane
Ghebreyesus Woldu Berhe Andemariam Fessehaye Asmerom Ghirmay Weldemichael Zerai
''',
'ind/m': '''
Jaaji Lukasi Tamusi Qalingo Elijah Paulusi Putulik Adamie Jobie Aisa Mattiusi Lazarusie Peterosie
Wapun Kisik Mahikan Nipi Atik Shipu Tekarontake Wahiakeron Tekaronhiake Teiowi Sakej Ratsenhaienton
Kanatase Tehoragwanegen Uapush Pien Shan Manish Napeu
''',
'ind/f': '''
Siasi Elisapie Qumaq Ulaayu Akinisie Nunia Alacie Minnie Kahentinetha Kaniehtiio Skawennati
Karonhiakatste Otsitsa Kawenniio Tsiorasa Kanerahtiio Uapikun Mikun Nipishish Shanipiap Manikanet
Akinisi Lucassie Sarah-Jane Tiivi
''',
'ind/s': '''
Vollant Pinette Bellefleur Mckenzie Jourdain Ashini Malec Mestokosho Kanapé Pasteen Penashue
Benuen Antane Hervieux Kaltush Awashish Petiquay Quitich Chachai Niquay Coocoo Flamand Moar
Mattawa Weizineau Newashish Echaquan Néashit Mékanan Diamond Matoush Mianscum Blacksmith Bosum Etapp
Gull Iserhoff Neeposh Ottereyes Petawabano Rabbitskin Saganash Shecapio Snowboy Tomatuk Wapachee
Weistche Whiskeychan Mettaweskum Diabo Montour Delisle McComber Goodleaf Beauvais Two-Axe Lazare
Kirby Tookalook Uqaituk Annanack Tukalak Qumaluk Kasudluak Novalinga Weetaluktuk Aculiak
Ningiuruvik Mesher Iyaituk Nappaaluk Papigatuk Qisiiq Ittukallak Tulugak Kenuajuak Munick
Pootoogook Arnaituk Kullualik Stacey Deer Jacobs Horn Cross Norton Sky
''',
'he/m': '''
Avraham Yitzhak Yaakov Moshe Aharon Shlomo Yosef Menachem Mordechai Chaim Shmuel Eliezer Baruch
Zvi Dov Ari Eitan Noam Yonatan Uri Gideon Ilan Amos Asher Binyamin Efraim Hillel Levi Meir Nachum
Pinchas Reuven Shimon Tzvi Yehuda Zev Doron Ofer Itzik Motti Nir Oren Yoav
''',
'he/f': '''
Rivka Leah Miriam Chana Devorah Shira Tamar Yael Noa Talia Avital Batya Chaya Dina Elisheva Gila
Hadas Malka Naomi Orly Ruti Sigal Tova Tzipora Yehudit Zahava Michal Ayelet Keren Liora Meital
Nurit Ofra Shoshana Vered Yocheved
''',
'he/s': '''
Cohen Levy Katz Friedman Goldberg Rosenberg Schwartz Weiss Kaplan Shapiro Bernstein Greenberg
Abramovitch Blumenthal Finkelstein Horowitz Lipschitz Mandelbaum Nussbaum Rabinovitch Rothstein
Saltzman Silverman Steinberg Wasserman Zuckerman Adler Ashkenazi Azoulay Benchetrit Bitton Dahan
Elbaz Ohayon Peretz Sabbah Toledano Amsalem Abitbol Azran Edery Hazan Knafo Tordjman Yaffe
Zilberman Eisenberg Feldman Gutman Himmelfarb Jacobovitz Kornblum Lieberman Mizrahi Orenstein
Pinsky Reichman Segal Tannenbaum Wolfson Zaltzman Brodsky Gelfand Halpern Kessler Lerner Margolis
Rubinstein Shulman Wexler Ben_David Ben_Haim
''',
'de/m': '''
Hans Klaus Jürgen Dieter Wolfgang Helmut Manfred Günter Werner Heinz Uwe Rainer Stefan Thorsten
Lukas Maximilian Jonas Niklas Matthias Johannes Friedrich Wilhelm Heinrich Gerhard Horst Rolf
Ulrich Konrad Siegfried Ludwig
''',
'de/f': '''
Ursula Ingrid Renate Gisela Helga Sabine Petra Heike Birgit Anke Katrin Silke Jutta Gudrun Liesel
Greta Hannelore Lena Mia Johanna Gertrud Irmgard Waltraud Annelie
''',
'de/s': '''
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
Richter Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Krause
Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Lang Scholz
Möller Weiß Jung Hahn Schubert Vogel Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke
Albrecht Schuster Böhm Kraus Schumacher Krämer Vogt Stein Jäger Sommer Seidel Brandt Haas Schreiber
Graf Dietrich Ziegler Kuhn Pohl Engel Busch Bergmann Voigt Sauer Wolff Pfeiffer von_Berg
von_Stein
''',
'nl/m': '''
Pieter Joost Maarten Sjoerd Wouter Bram Daan Jeroen Hendrik Gerrit Willem Cornelis Dirk Ruud Thijs
Koen Sander Arjen Bastiaan Jelle
''',
'nl/f': '''
Marlies Anneke Femke Sanne Lotte Marieke Ineke Wilma Joke Anouk Fenna Maaike Saskia Ilse Janneke
Mieke Roos Wietske
''',
'nl/s': '''
Jansen Bakker Visser Smit Meijer Mulder Bos Vos Hendriks Dekker Brouwer Dijkstra Smits Kok Jacobs
Vermeulen Kuipers Veenstra Koster Hoekstra Prins Huisman Postma Willems Timmermans Verhoeven Wouters
Schouten de_Vries de_Jong de_Boer de_Wit de_Graaf van_Dijk van_der_Meer van_den_Berg van_Leeuwen
van_der_Linden van_Beek
''',
'no/m': '''
Lars Anders Erik Nils Olof Sven Gunnar Bjørn Magnus Henrik Jens Søren Mikkel Rasmus Kristian Oskar
Axel Einar Leif Arne Torbjørn Håkan Per Ole Stig Kjell Ragnar Sigurd Halvor Eirik Mats Ulf Pekka
Juha Matti Mikko Jukka Timo Antti Ville
''',
'no/f': '''
Astrid Sigrid Karin Kerstin Birgitta Annika Linnea Elin Maja Freja Ida Sofie Mette Hanne Kirsten
Lene Tove Solveig Ragnhild Liv Siri Gunhild Marit Berit Åsa Frida Tuva Aino Sanna Tuula Päivi
Riikka Anneli Eeva
''',
'no/s': '''
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen Rasmussen
Sørensen Christensen Berg Lund Dahl Holm Strand Lindberg Lindström Bergström Sandberg Nyström
Holmgren Engström Åberg Hedlund Sjöberg Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen
Laine Heikkinen Koskinen Järvinen Lehtonen Saarinen Salminen Haugen Bakken Solberg Halvorsen Moen
Strøm Haug Dahlberg Ekström Forsberg Wallin Lindgren Hagen Aasen
''',
'am/m': '''
Aram Armen Arsen Ashot Davit Gagik Garegin Hayk Hovhannes Karen Levon Mher Narek Sarkis Tigran
Vahagn Vardan Zareh
''',
'am/f': '''
Anahit Araksi Arpi Astghik Gayane Hasmik Lilit Lusine Mariné Nairi Nune Ruzanna Shushan Siranush
Taguhi Zabel
''',
'am/s': '''
Hakobyan Petrosyan Sargsyan Grigoryan Manukyan Harutyunyan Vardanyan Karapetyan Avetisyan
Mkrtchyan Ghazaryan Hovsepyan Arakelian Boghossian Derderian Kalpakian Kouyoumdjian Papazian
Tcholakian Yeghiayan
''',
}

# Origin weights (share of persons drawn from each origin).
ORIGIN_WEIGHTS = {
    'qc': 22, 'acad': 4, 'en': 6, 'sco': 2, 'ir': 3, 'ht': 7, 'lev': 4, 'mag': 6,
    'vn': 3, 'cn': 4, 'kr': 2, 'ph': 3, 'es': 5, 'pt': 3, 'it': 4, 'gr': 2,
    'pl': 2, 'ua': 2, 'ro': 2, 'pa': 2, 'ta': 2, 'bn': 1, 'gu': 2, 'ir2': 2,
    'tr': 2, 'cd': 3, 'cm': 2, 'sn': 2, 'ci': 2, 'ng': 1, 'so': 2, 'et': 2,
    'ind': 3, 'he': 3, 'de': 2, 'nl': 1, 'no': 1, 'am': 1,
}
# Origins whose given names may be fused into "Jean-Philippe" shapes.
HYPHEN_GIVEN = {'qc', 'acad', 'ht', 'cd', 'cm'}
# Origins written surname first at times ("NGUYEN Thi Lan").
SURNAME_FIRST = {'vn', 'cn', 'kr'}

AVOID = ['Tessoux', 'Vallouin', 'Méril-Lacrière', 'Gaudias-Tessoux', 'Oogle',
         'Grelonasinghe', 'Herbinault', 'Ilunwanze', 'Tasari', 'Egan', 'Lusisa',
         'Brisebois', 'Lindqvist']

# Particles: kept inside the PERSON span, ignored when name tokens are compared.
PARTICLES = {'de', 'du', 'des', 'da', 'das', 'dos', 'di', 'del', 'della', 'van',
             'der', 'den', 'von', 'ben', 'bin', 'ibn', 'al', 'el', 'abu', 'abi',
             'abou', 'bou', 'ait', 'dela', 'delos', 'st', 'ste', 'saint', 'sainte',
             'thi', 'thị', 'văn', 'lo', 'la', 'fils', 'mc', 'mac', "o", "d", "n"}

# Invented surnames: prefixes x suffixes per origin, drawn with a fixed seed.
INVENT = {
    'qc': ('Bois Beau Bel Mont Val Roch Gau Lan Ver Mar Char Sau Cour Dan Ger Lam Pel Bour Fon '
           'Tour Gren Lach Bril Clou Dro Fré Gui Hou Jol Lav Mén Pla Riv Ség Thib Vach Bré Dou '
           'Fau Gal Leb Mau Nor Pou Sen Tal Vig Cham Duch Gir Laf Ram Mich Pat Rou Sab Tess Vill',
           'eault ière ois ette ard elin anger ier otte onnet ault euil ereau iot ineau aud ouin '
           'ais erie ichon elet ignon ousse'),
    'acad': ('Bab Bour Chias Dou Gou Lan Mall Rob Sav Thib Vien Gir Ard Boud Com Mel Gall Arc',
             'eau ois ineau ichaud ette ier oine ard ault in anson ant'),
    'en': ('Ash Brad Brook Hal Hart Haw Kings Lang Mar Mid Nor Pen Red Shel Stan Thorn Wake Wes '
           'Whit Wins Ald Bram Chad Cres Dun Elm Fen Gren Hol Kel Lud Mel Pem Rad Sel Tal Wil Bur '
           'Craw Dar Hen',
           'ford ley ton worth wick by field ham stead more well den cott hurst combe lowe bury shaw'),
    'sco': ('MacIl McGil MacCor McKin MacLen McMur MacPha McQuar MacNaugh McCrim MacTav McSwee '
            'MacIv McLur MacOd McFad MacGill McRit',
            'vray lan ray ton dowie kellar ven ish ie ane roy ean chie'),
    'ir': ("O'Dun O'Cul O'Fla O'Har O'Kil O'Mul O'Scan O'Tier O'Bro O'Gal McDun McCul McFla "
           "McHar McKil O'Tor McMor",
           'ahy ighan nane rahan ery oran avan lin ahey ennan orty iskey'),
    'ht': ('Dor Exan Mer Pier Ori Vil Fleur Désil Célest Métel Lou Nel Cés Bel Aug Jos Clerv Lam '
           'Sim Ber Déd Fanf Ném Osn Prév Jul Mil Val',
           'ilus us éus ius elus avil ilien ama ys ès ony ien ard imé istor'),
    'lev': ('Hadd Sabb Kass Nakh Touf Karr Shahb Ghos Mall Rahb Fatt Jreis Khadd Sakk Zakh Ward '
            'Hobb Tann Bakh Chal',
            'oul ani ouny eh ah al our ine oun ash ini ouch'),
    'mag': ('Zer Tah Slao Bekk Mek Ghaz Lahl Rach Kett Med Bouch Berr Benh Benk Bens Bout Bouk '
            'Chen Der Fek Hadr Jell Kham Lakh Merz Nafa Ouaz Rahm Sekk Tlem Yaz Benz Bel',
            'ouni iri aoui ani ali ini adi ari ouchi allah ane ouz oudi'),
    'ph': ('Maga Dima Paga Bala Sumu Maca Lagu Tala Mana Cala Sali Tuma Baya Dala',
           'yao lang nog bat ngan sig ysay laya bag luyo gaso pit'),
    'es': ('Alcal Berm Carr Escal Galv Hinoj Ibar Lizar Mont Navar Olm Pard Quir Tov Urb Vill Zav '
           'Arand Bald Cort',
           'ez ana edo era illo ondo ueta eda ales aga uela ejo'),
    'pt': ('Carv Figu Mour Barr Godinh Lour Magalh Pinh Quint Rebel Salg Tav Vilel Anj Bran Cerq '
           'Gouv Lob Morg',
           'eira inho ado alho ão elo edo ares oso ães ela'),
    'it': ('Cap Marz Bell Sant Pett Gior Lomb Mart Fior Ross Cicc Donn Pizz Mazz Scarp Ven Boc '
           'Tur Zann Cav Cast Fal Gugl Ment Sacc',
           'etti ucci ino elli one aro ello ardi azzo ella illo ese ante'),
    'gr': ('Papa Kara Chatzi Vlasto Mano Daska Kosto Lampro Nikolo Stefano Theo Anto Mavro Kyria '
           'Sotiro Pana Geor Drako Chrysso',
           'poulos kis akis idis glou atos eas ou ides nidis'),
    'pl': ('Kowal Pawl Kost Marc Sem Bil Zhur Petr Symon Fed Grab Kras Lesz Mroz Wierz Ziel Dob '
           'Gol Jar Stas',
           'czuk ski wicz iak owski czyk ecki ewicz ik'),
    'ua': ('Hryc Tkach Hnat Oles Vasyl Yarem Lytv Kryv Horb Shev Kost Pan Fed Mykh Dan Stepan '
           'Chorn Bil Sav Zhur',
           'enko chuk uk ovych ko yshyn yak iuk ets'),
    'ro': ('Dobr Mih Stoi Gheorgh Vlăd Nicul Tud Rad Bogd Chir Moc Petr Ior Săn Cost Pălt Bord '
           'Crăc Doroft Scurt',
           'escu eanu aru ache ilă ică oiu uț ean'),
    'pa': ('Dhal Gre Sand Bhul Kahl Mal Sid Tiw Aul Bras Cheem Dhan Gor Hay Jhaj Kal Sar Ubh',
           'iwal wal hu lar on ia ana ota ra'),
    'ta': ('Siva Rama Thiru Bala Kana Yoga Mahe Sella Para Vela Kuma Nava Jeya Ratna',
           'nathan lingam rajah kumar chandran ratnam nesan thasan moorthy'),
    'bn': ('Chow Bhat Talu Maju Sark Mand Hald Dast Gang Mozum',
           'dhury tacharya kder mdar ar al opadhyay ul'),
    'gu': ('Pand Thak Desh Kot Mist Vagh Solan Rath Bhad Dalw Mod Kap',
           'ya kar ari ela ki wala adia ani'),
    'ir2': ('Ahmad Rahim Kazem Gol Hassan Jafar Karim Mehr Nour Rostam Shir Yazd Bahr Dar Farh '
            'Kham Sohr Abed',
            'zadeh pour nejad far ian vand abadi khani loo'),
    'tr': ('Kara Ak Demir Yıl Öz Tek Er Kaya Gün Sarı Çam Baş Taş Kurt Gök Uz Bay Ay Yurt Kök',
           'oğlu kaya tekin can er türk han soy doğan bay ten men'),
    'cd': ('Ka Tshi Mu Ngo Mbu Lu Nku Ki Mwa Ba Ma Nsi Ilu',
           'bangu lenga kendi ndala lamba tumba sanga kuba mbayi yembo kunda sengo'),
    'cm': ('Tcha Nji Fo Ka Mbe Ngo Djo Ta Nke Ewo', 'koua mgo tsop mdem ngue umessi nkeu fack ndjio mba'),
    'ci': ('Kou Yao Ko Gba Ama Dje Ahou Tano Kra Assi Ble', 'assi adio bla gnon ndé ho man kou gbé'),
    'ng': ('Ade Olu Oke Nwa Chi Ogun Ola Eze', 'yemi wale kafor chukwu nedu tunde bisi ani'),
    'so': ('Abdi Warsa Hir Dua Sama Yaba Gee Raga Xir Buur', 'me le si tar row bile doon ow aad'),
    'et': ('Gebre Wolde Haile Tekle Habte Kidane Berhe Tesfa Alem',
           'mariam michael selassie yesus giorgis medhin mikael lul tsion'),
    'he': ('Gold Rosen Green Silver Blum Lieb Mandel Apfel Fein Eisen Hirsch Kirsch Perl Wein '
           'Zilber Stern Fried Kessel Tannen Weis',
           'berg stein baum witz man sohn blatt feld thal zweig kranz'),
    'de': ('Alt Eich Feld Hoch Kirch Lich Mühl Ober Schön Tann Wald Birk Dorn Hain Lind Brunn '
           'Holz Reh Sonn',
           'mann berger stein feld hauser bach huber dorf egger reiter thal'),
    'nl': ('Hoog Vel Kor Mee Dijk Bos Zand Wier Stok Hol', 'stra inga huis man ema sma horst kamp'),
    'no': ('Lind Berg Sand Ek Ask Björk Ny Sjö Fors Hag Dal Ös Vik Lö Ström Ahl Gran Hed Norr Fjell',
           'sson ström gaard dahl lund berg holm vik gren man rud'),
    'am': ('Hakob Avet Bagd Ghukas Melik Minas Nazar Ohan Vard Tatev', 'yan ian jian'),
}

_FOLD_EXTRA = str.maketrans({'đ': 'd', 'Đ': 'd', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l',
                             'ı': 'i', 'æ': 'ae', 'ß': 'ss', 'œ': 'oe', 'Œ': 'oe', 'ð': 'd'})


def fold(s):
    s = s.translate(_FOLD_EXTRA)
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return s.lower()


_TOKSPLIT = re.compile(r"[^0-9a-z]+")


def name_tokens(s):
    """Folded tokens of a name, particles and single letters left out."""
    toks = [t for t in _TOKSPLIT.split(fold(s)) if t]
    core = [t for t in toks if t not in PARTICLES and len(t) > 1]
    if not core:
        core = [t for t in toks if len(t) > 1]
    return core


def _words(s):
    return [w for w in s.split() if w]


def _build_pools():
    real = {}
    for key, txt in NAMES.items():
        real[key] = list(dict.fromkeys(_words(txt)))
    avoid_tok = set()
    for a in AVOID:
        avoid_tok.update(name_tokens(a))
    avoid_tok.update(['tivik', 'gaudias', 'meril', 'lacriere'])
    for key, lst in real.items():
        real[key] = [e for e in lst if not (set(name_tokens(e.replace('_', ' '))) & avoid_tok)]
    real_tok = set()
    for lst in real.values():
        for e in lst:
            real_tok.update(name_tokens(e.replace('_', ' ')))
    n_real_s = sum(len(v) for k, v in real.items() if k.endswith('/s'))
    inv_real = sum(len(real[o + '/s']) for o in INVENT)
    ratio = 0.30 * n_real_s / (0.70 * inv_real)
    invented = set()
    seen = set(real_tok) | avoid_tok
    for o in sorted(INVENT):
        pre, suf = INVENT[o][0].split(), INVENT[o][1].split()
        want = int(round(len(real[o + '/s']) * ratio))
        rng = random.Random('indep17-invent-' + o)
        got, tries = [], 0
        while len(got) < want and tries < want * 60:
            tries += 1
            a, b = rng.choice(pre), rng.choice(suf)
            w = a + b
            # no vowel clash and no tripled letter at the joint
            if fold(a)[-1] in 'aeiouy' and fold(b)[0] in 'aeiouy':
                continue
            if re.search(r'(.)\1\1', fold(w)):
                continue
            toks = name_tokens(w)
            if not toks or any(t in seen for t in toks):
                continue
            seen.update(toks)
            got.append(w)
            invented.add(w)
        real[o + '/s'] = real[o + '/s'] + got
    return real, invented


POOLS, INVENTED = _build_pools()


def _split_halves():
    """Union-find over the tokens of every entry; each group goes to a half."""
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb

    ent_toks = {}
    for key in sorted(POOLS):
        for e in POOLS[key]:
            toks = name_tokens(e.replace('_', ' '))
            ent_toks[e] = toks
            for t in toks:
                parent.setdefault(t, t)
            for t in toks[1:]:
                union(toks[0], t)
    groups = {}
    for t in parent:
        groups.setdefault(find(t), []).append(t)
    tok_half = {}
    for root, members in groups.items():
        h = 'W' if hashlib.md5(('indep17:' + min(members)).encode()).digest()[0] % 2 == 0 else 'H'
        for t in members:
            tok_half[t] = h
    halves = {'W': {}, 'H': {}}
    for key in POOLS:
        for h in 'WH':
            halves[h][key] = [e for e in POOLS[key] if tok_half[ent_toks[e][0]] == h]
    return halves, tok_half


HALVES, TOK_HALF = _split_halves()
HALF_TOKENS = {h: {t for t, x in TOK_HALF.items() if x == h} for h in 'WH'}
ORIGINS = sorted({k.split('/')[0] for k in POOLS})


# ---------------------------------------------------------------------------
# Places, streets, organisations, laws, domains.

QC_CITIES = '''Montréal|Québec|Laval|Gatineau|Longueuil|Sherbrooke|Saguenay|Lévis|Trois-Rivières|
Terrebonne|Saint-Jean-sur-Richelieu|Repentigny|Brossard|Drummondville|Saint-Jérôme|Granby|
Blainville|Saint-Hyacinthe|Mirabel|Shawinigan|Dollard-Des Ormeaux|Rimouski|Victoriaville|
Saint-Eustache|Mascouche|Salaberry-de-Valleyfield|Rouyn-Noranda|Sorel-Tracy|Vaudreuil-Dorion|
Val-d'Or|Alma|Sept-Îles|Baie-Comeau|Thetford Mines|Joliette|Magog|Matane|Gaspé|Amos|
Rivière-du-Loup|Kuujjuaq|Chibougamau|Wendake|Mashteuiatsh|Kahnawake|Manawan|Chisasibi|
Mistissini|Puvirnituq|Inukjuak|Pointe-Claire|Boucherville|Châteauguay|Beloeil|Sainte-Julie|
Candiac|La Prairie|Cowansville|Montmagny|Roberval|Dolbeau-Mistassini|La Tuque|Maniwaki|
Lac-Mégantic|Carleton-sur-Mer|Îles-de-la-Madeleine|Kirkland|Westmount|Côte-Saint-Luc'''
CITIES = [c.strip() for c in QC_CITIES.replace('\n', '').split('|')]
# first letters of postal codes by city group
PC_FIRST = {'Montréal': 'H', 'Laval': 'H', 'Pointe-Claire': 'H', 'Dollard-Des Ormeaux': 'H',
            'Kirkland': 'H', 'Westmount': 'H', 'Côte-Saint-Luc': 'H', 'Québec': 'G', 'Lévis': 'G',
            'Saguenay': 'G', 'Rimouski': 'G', 'Trois-Rivières': 'G', 'Wendake': 'G', 'Alma': 'G',
            'Baie-Comeau': 'G', 'Sept-Îles': 'G', 'Matane': 'G', 'Gaspé': 'G', 'Montmagny': 'G',
            'Thetford Mines': 'G', 'Shawinigan': 'G', 'Rivière-du-Loup': 'G', 'Roberval': 'G',
            'La Tuque': 'G', 'Carleton-sur-Mer': 'G', 'Mashteuiatsh': 'G', 'Dolbeau-Mistassini': 'G',
            'Îles-de-la-Madeleine': 'G', 'Lac-Mégantic': 'G', 'Chibougamau': 'G'}
ON_CITIES = [('Ottawa', 'K'), ('Cornwall', 'K'), ('Hawkesbury', 'K'), ('Toronto', 'M'),
             ('Kingston', 'K'), ('Sudbury', 'P')]
REGIONS = ['la Gaspésie', "l'Abitibi-Témiscamingue", 'la Côte-Nord', "l'Estrie", 'la Mauricie',
           "l'Outaouais", 'les Laurentides', 'Lanaudière', 'la Montérégie', 'Charlevoix',
           'le Bas-Saint-Laurent', 'le Nunavik', 'Eeyou Istchee', 'le Saguenay–Lac-Saint-Jean',
           'Chaudière-Appalaches', 'le Centre-du-Québec', 'la Beauce', 'le Plateau-Mont-Royal',
           'Hochelaga-Maisonneuve', 'Rosemont', 'Villeray', 'Verdun', 'Limoilou', 'Saint-Roch',
           'Montréal-Nord', 'Côte-des-Neiges', 'Parc-Extension', 'Saint-Michel']

STREETS_FR = '''rue Saint-Denis|rue Sherbrooke Est|boulevard Saint-Laurent|avenue du Parc|
chemin de la Côte-des-Neiges|rue Principale|rang Saint-Joseph|avenue des Érables|rue des Pins|
boulevard Taschereau|boulevard Laurier|rue King Ouest|rue Wellington Nord|chemin Sainte-Foy|
rue de la Montagne|avenue Cartier|boulevard Charest Ouest|rue Racine Est|rue Notre-Dame Ouest|
boulevard des Forges|rue du Belvédère|montée Saint-Michel|rue des Lilas|rue des Bouleaux|
avenue des Pionniers|rue du Couvent|chemin du Lac-Noir|rang du Petit-Bois|rue de l'Église|
boulevard de la Concorde|rue Beaubien Est|rue Ontario Est|avenue Papineau|rue Fleury Ouest|
boulevard Henri-Bourassa Est|rue Jean-Talon Ouest|boulevard Décarie|rue Ste-Catherine Est|
rue du Sanctuaire|avenue Royale|chemin du Roy|rue Saint-Vallier Est|boulevard Hamel|
rue des Forges|rue Bonaventure|rue Aberdeen|rue Belvédère Sud|boulevard Saint-Joseph|
rue Dufferin|boulevard Gréber|rue Laurier|boulevard de la Gappe|rue Notre-Dame|avenue Lépine|
rue de la Fabrique|chemin des Patriotes|rue Prince-Arthur|boulevard Le Corbusier|rue du Quai|
avenue du Mont-Royal Est|rue Masson|rue de Bordeaux|boulevard Pie-IX|rue des Écores|
chemin Chambly|rue Saint-Charles Ouest|boulevard Cousineau|rue Victoria|rue de Normandie|
croissant des Merisiers|place des Tilleuls|terrasse Bellevue|côte de la Fabrique|route 132|
route du Fleuve|rue de la Rivière|rue des Peupliers|avenue des Cèdres|rue du Ruisseau'''
STREETS_EN = '''Maple Street|Elm Avenue|Sherbrooke Street West|Westminster Avenue North|
Lakeshore Road|Cedar Crescent|Victoria Avenue|Queen Mary Road|Somerset Street|Main Street|
Church Street|Beaconsfield Boulevard|Oak Ridge Drive|Birch Lane|Pine Avenue|Hillside Road|
Sunnyside Avenue|Westhill Drive|Riverside Drive|Monkland Avenue|Brock Avenue|Greene Avenue|
King Edward Avenue|Harwood Boulevard|Cote Street|Park Row West|Willow Way|Poplar Street|
Glengarry Avenue|Braeside Place|Rosedale Avenue|Aylmer Street|Durocher Street|Bank Street|
Rideau Street|Montreal Road|Carling Avenue|Laurier Avenue East'''
FR_STREETS = [x.strip() for x in STREETS_FR.replace('\n', '').split('|')]
EN_STREETS = [x.strip() for x in STREETS_EN.replace('\n', '').split('|')]

ORGS_FR = '''CISSS de la Montérégie-Centre|CIUSSS du Centre-Sud-de-l'Île-de-Montréal|Hydro-Québec|
Caisse Desjardins du Plateau-Mont-Royal|Banque Nationale|Société de l'assurance automobile du Québec|
Revenu Québec|Tribunal administratif du logement|Centre de services scolaire des Affluents|
Service de police de la Ville de Montréal|Sûreté du Québec|CNESST|Régie de l'assurance maladie du Québec|
Intact Assurance|La Capitale|Croix Bleue|Familiprix|Uniprix|Pharmaprix|Emploi-Québec|
CLSC Saint-Hubert|Hôpital Maisonneuve-Rosemont|Hôpital Charles-Le Moyne|CHU Sainte-Justine|
Aréna Jean-Béliveau|Cégep Édouard-Montpetit|Centre Bell|Coopérative funéraire de l'Estrie|
Syndicat des travailleuses et travailleurs du CISSS|CSN|FTQ|Vidéotron|Bell Canada|
Curateur public du Québec|Directeur de l'état civil|Ministère de l'Immigration, de la Francisation et de l'Intégration|
Commission des droits de la personne et des droits de la jeunesse|Office municipal d'habitation de Montréal|
Centre jeunesse de la Mauricie|Ordre des psychologues du Québec|Barreau du Québec|
Protecteur du citoyen|Moisson Montréal|Centraide du Grand Montréal|Cinéma Beaubien|
Bibliothèque Marc-Favreau|Maison de la culture Frontenac|Parc Jean-Drapeau|Stade Saputo|
Collège Jean-de-Brébeuf|École secondaire Pierre-Laporte|Polyclinique Cabrini|Clinique Médicale Angus|
Centre hospitalier de Lanaudière|STM|exo|Postes Canada|Services Québec|Héma-Québec'''
ORGS_EN = '''Ontario Provincial Police|Jewish General Hospital|McGill University Health Centre|
English Montreal School Board|Lester B. Pearson School Board|Royal Bank of Canada|TD Canada Trust|
BMO Bank of Montreal|Scotiabank|CIBC|Sun Life Financial|Manulife|Desjardins Insurance|
Canada Life|Immigration, Refugees and Citizenship Canada|Service Canada|Canada Revenue Agency|
West Island CLSC|Lakeshore General Hospital|Shriners Hospitals for Children|Concordia University|
Dawson College|John Abbott College|Vanier College|Montreal Children's Hospital|St. Mary's Hospital|
Douglas Mental Health University Institute|Ottawa Hospital|Loblaws|Shoppers Drug Mart|Jean Coutu|
Costco Wholesale|Air Canada|VIA Rail|CN Rail|Canada Post|Bell Media|Rogers|Fizz|Koodo|
Royal Canadian Legion|YMCA of Quebec|Westmount Public Library|Atwater Library|Salvation Army'''
ORG_FR = [x.strip() for x in ORGS_FR.replace('\n', '').split('|')]
ORG_EN = [x.strip() for x in ORGS_EN.replace('\n', '').split('|')]
ORG_PATTERNS_FR = ['Clinique dentaire {S}-{S2}', 'Fondation {G}-{S}', 'Aréna {G}-{S}', 'Pharmacie {S}',
                   "Clinique d'optométrie {S}", 'Résidence funéraire {S} et fils', 'Garage {S} inc.',
                   '{S} {S2} avocats', 'Centre communautaire {G}-{S}', 'Déménagement {S}',
                   'Boulangerie {S}', 'Transport {S} ltée', 'Immeubles {S} inc.', 'CPE {G}-{S}',
                   'Salon funéraire {S}', 'École primaire {G}-{S}', 'Clinique vétérinaire {S}',
                   'Groupe {S} Conseil', 'Fondation {S}-{S2}', 'Maison {G}-{S}']
ORG_PATTERNS_EN = ['{S} & {S2} LLP', '{S} Dental Centre', '{G} {S} Foundation', '{S} Funeral Home',
                   '{S} Optometry', '{S} Pharmacy', '{S} Property Management', '{S} Hardware',
                   '{G} {S} Arena', '{S} Family Practice', '{S} Moving & Storage', '{S} Insurance Brokers',
                   '{S} Elementary School', '{S} Realty', '{S} Construction Ltd.']
ORG_KIND = {
    'funeral': ['Résidence funéraire {S} et fils', 'Salon funéraire {S}', 'Complexe funéraire {G}-{S}',
                'Coopérative funéraire {S}-{S2}', 'Maison funéraire {S}'],
    'dental': ['Clinique dentaire {S}-{S2}', 'Centre dentaire {S}', 'Clinique dentaire {G}-{S}'],
    'optometry': ['{S} Optometry', '{S} & {S2} Eye Care', '{G} {S} Vision Centre'],
    'pharmacy': ['Pharmacie {S}', 'Pharmacie {S} et {S2}', 'Pharmacie {G}-{S}'],
    'pharmacy_en': ['{S} Pharmacy', '{S} Drugs', '{S} & {S2} Apothecary'],
    'school': ['École primaire {G}-{S}', 'École secondaire {G}-{S}', 'École {S}'],
    'school_en': ['{S} Elementary School', '{G} {S} High School', '{S} Academy'],
    'garage': ['Garage {S} inc.', 'Carrosserie {S}', 'Mécanique {S}-{S2}'],
    'contractor': ['Construction {S} inc.', 'Rénovations {S}-{S2}', 'Toitures {S}'],
    'contractor_en': ['{S} Construction Ltd.', '{S} Roofing', '{S} & {S2} Renovations'],
    'foundation': ['Fondation {G}-{S}', 'Fondation {S}-{S2}'],
    'law_en': ['{S} & {S2} LLP', '{S} Immigration Law', '{S} {S2} Avocats'],
}
STREET_PATTERNS_FR = ['rue {G}-{S}', 'boulevard {G}-{S}', 'avenue {S}', 'rue {S}', 'parc {G}-{S}',
                      'place {G}-{S}', 'chemin {S}']
STREET_PATTERNS_EN = ['{S} Street', '{S} Avenue', '{G} {S} Boulevard', '{S} Road']

LAWS_FR = ['art. 39 LPJ', 'art. 38 b) LPJ', 'L.R.Q., c. P-34.1', 'RLRQ, c. A-2.1', 'art. 1974 C.c.Q.',
           'art. 1883 C.c.Q.', 'art. 1971 C.c.Q.', 'Loi sur la protection de la jeunesse', 'L.R.Q., c. A-2.1',
           'art. 328 du Code de la sécurité routière', 'RLRQ, c. C-24.2', 'art. 202.4 C.s.r.',
           'art. 59.1 de la Loi sur la protection des renseignements personnels',
           'Loi sur les normes du travail, art. 124', 'art. 89 de la Loi sur le régime syndical',
           'art. 15 de la Charte des droits et libertés de la personne', 'RLRQ, c. S-4.2',
           'art. 8 de la Loi sur le curateur public', 'art. 3 C.p.c.', 'art. 1863 C.c.Q.',
           'Règlement sur la déclaration des naissances', 'art. 36 de la Loi sur les coroners',
           "art. 23 de la Loi sur l'assurance maladie", 'L.R.Q., c. A-3.001', 'art. 122 LATMP']
LAWS_EN = ['s. 8 of the Charter', 's. 253(1)(a) Criminal Code', 'R.S.C. 1985, c. C-46',
           'Highway Traffic Act, s. 128', 'Immigration and Refugee Protection Act, s. 117',
           'IRPR s. 132', 'Act respecting the protection of personal information in the private sector',
           'CQLR, c. P-39.1', 's. 39 of the Youth Protection Act', 'Labour Standards Act, s. 124',
           'Residential Tenancies Act, s. 59', 'Pharmacy Act, CQLR c. P-10', 's. 15 of the Charter',
           'Personal Health Information Protection Act, 2004', 'Municipal Act, 2001, s. 99']

EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'videotron.ca', 'sympatico.ca',
                 'yahoo.ca', 'icloud.com', 'live.ca', 'protonmail.com', 'bell.net', 'globetrotter.net',
                 'cgocable.ca', 'hotmail.fr', 'yahoo.fr', 'mail.com', 'ymail.com', 'telus.net']
ORG_DOMAINS = ['cisss-mtl.gouv.qc.ca', 'ssss.gouv.qc.ca', 'csaffluents.qc.ca', 'spvm.qc.ca',
               'desjardins.com', 'tal.gouv.qc.ca', 'ville.gatineau.qc.ca', 'umontreal.ca',
               'mcgill.ca', 'cssdm.gouv.qc.ca', 'intact.net', 'lacapitale.com', 'familiprix.ca',
               'csn.qc.ca', 'jgh.ca', 'emsb.qc.ca', 'ville.quebec.qc.ca', 'uqam.ca', 'cegepmontpetit.ca']

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_FR_AB = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.',
                'nov.', 'déc.']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
MONTHS_EN_AB = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DIGIT_FR = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
DIGIT_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
QC_AREAS = ['418', '438', '450', '514', '579', '581', '819', '873', '367', '263']

# Ordinary words that are also names in the pools (kept: WORD decoys).
WORDS_FR = [('Prudence', ' : le stationnement est glacé ce matin.'),
            ('Rivière', ' en crue : la route du rang est fermée jusqu\'à nouvel ordre.'),
            ('Sauvé', ' dans le dossier partagé à la fin de la journée.'),
            ('Rose', ' pâle pour les consentements, jaune pour les autres formulaires.'),
            ('Bonheur', ' et stabilité : ce sont les deux mots qu\'il a retenus de la rencontre.'),
            ('Page', ' suivante : renseignements complémentaires.'),
            ('Félicité', ' et courage à toute l\'équipe pour la période des fêtes.'),
            ('Ange', ' gardien : c\'est le nom du programme de jumelage des bénévoles.'),
            ('Joy', " : c'est le nom de la nouvelle salle de repos du deuxième étage.")]
WORDS_EN = [('Grace', ' period: thirty days after the due date.'),
            ('Hope', ' this helps, let me know if anything is missing.'),
            ('Page', ' two of three: additional information.'),
            ('Hill', ' road is closed until the spring thaw.'),
            ('Fox', ' sightings near the schoolyard were reported to the city.'),
            ('Summer', ' hours start in June, so the office closes at noon on Fridays.'),
            ('Faith', ' groups may also apply for the community grant.'),
            ('Joy', ' and relief were the main reactions in the room.'),
            ('Destiny', ' is not a plan, as the coach likes to say.'),
            ('Wolf', ' tracks were found along the trail behind the camp.'),
            ('Mercy', ' rule applied in the third period.'),
            ('Brook', ' trout season opens at the end of April.')]

# ---------------------------------------------------------------------------
# Content sentences (no names, no identifiers), by language and theme.
CONTENT = {
'fr/gen': '''La rencontre s'est déroulée dans un climat calme et respectueux.
Les documents demandés seront transmis par la poste dans les prochains jours.
Aucune autre démarche n'est prévue pour le moment.
Le suivi sera réévalué à la fin du mois prochain.
Il est convenu de se reparler après la période des fêtes.
Les informations ont été vérifiées auprès du service concerné.
La version signée remplace toutes les versions précédentes.
Un accusé de réception sera envoyé dès que le dossier sera complet.
Les délais habituels s'appliquent à cette demande.
Le formulaire a été rempli avec l'aide d'une interprète.
Les parties ont été informées de leurs droits et de leurs recours.
La neige a retardé le début de la rencontre d'une quinzaine de minutes.
Le stationnement des visiteurs est situé derrière le bâtiment principal.
Une copie du présent document est conservée au dossier.
Merci de confirmer votre présence par retour de courriel.''',
'fr/care': '''L'usager se dit satisfait des services reçus à domicile.
La plaie au talon est propre et ne présente aucun signe d'infection.
Le pilulier de la semaine a été préparé et vérifié avec la proche aidante.
La tension artérielle est stable depuis la dernière visite.
Il refuse toujours l'installation d'une barre d'appui dans la salle de bain.
Le repas du midi était entamé à notre arrivée.
Elle rapporte des difficultés de sommeil depuis le changement de médication.
Aucune chute n'a été signalée depuis la dernière évaluation.
Le matériel d'incontinence sera livré jeudi matin.
Une demande d'évaluation en ergothérapie a été acheminée.
L'hygiène du logement s'est nettement améliorée depuis la dernière visite.''',
'fr/youth': '''L'enfant fréquente la garderie quatre jours par semaine.
Les parents collaborent bien avec l'intervenante au dossier.
La fratrie est placée dans la même famille d'accueil depuis l'automne.
Les contacts supervisés se poursuivent à raison d'une heure par semaine.
L'enfant semble à l'aise avec sa famille d'accueil.
La mère dit avoir entrepris une démarche en dépendance.
Le plan d'intervention sera révisé dans trois mois.
L'enfant exprime le souhait de voir son père plus souvent.
Les devoirs sont faits régulièrement avec l'aide de la famille d'accueil.
La situation demeure préoccupante selon l'équipe.''',
'fr/house': '''Le locataire affirme avoir payé le loyer en argent comptant.
Des infiltrations d'eau ont été constatées au plafond de la cuisine.
Le propriétaire s'engage à faire exterminer les punaises de lit avant la fin du mois.
Le bail a été reconduit aux mêmes conditions que l'an dernier.
La chaudière a été remplacée au début de l'hiver.
Les voisins se plaignent du bruit après vingt-trois heures.
Aucun avis de modification du bail n'a été reçu.
Le dépôt de garantie n'est pas permis pour un bail résidentiel.
La hausse demandée est contestée par le locataire.
Les photos déposées en preuve montrent de la moisissure près des fenêtres.
La cour arrière est commune aux trois logements.
Le loyer est payable le premier jour de chaque mois.''',
'fr/police': '''Les lieux ont été sécurisés à l'arrivée des patrouilleurs.
Aucune blessure n'a été rapportée par les occupants du véhicule.
La chaussée était enneigée et la visibilité réduite.
Le véhicule a été remorqué à la fourrière municipale.
Une déclaration écrite a été recueillie sur place.
Les images de la caméra de surveillance ont été demandées au commerce voisin.
Le conducteur a collaboré tout au long de l'intervention.
Un constat d'infraction a été remis pour vitesse excessive.
Les deux véhicules circulaient en direction nord au moment de l'impact.
Le dossier est transmis aux enquêteurs pour la suite.
Aucune arme n'a été trouvée lors de la fouille.
Le témoin dit avoir entendu un bruit de verre brisé.''',
'fr/school': '''L'incident s'est produit pendant la récréation du matin.
Les élèves concernés ont été rencontrés séparément par la direction.
Un billet d'information sera remis aux parents en fin de journée.
L'enseignante avait quitté la classe quelques minutes pour aller chercher du matériel.
La surveillance dans la cour sera renforcée pendant deux semaines.
Un plan d'intervention sera révisé lors de la prochaine rencontre.
L'élève a pu retourner en classe après un moment de retour au calme.
Le transport scolaire a été informé de la situation.
Les consignes de sécurité ont été rappelées à tout le groupe.
Une rencontre avec la psychoéducatrice est prévue la semaine prochaine.''',
'fr/work': '''Les faits reprochés se sont produits à plusieurs reprises au cours du dernier trimestre.
Vous avez été rencontré en présence de votre représentant syndical.
Cette mesure sera versée à votre dossier d'employé pour une période de douze mois.
La convention collective prévoit un délai de trente jours pour déposer un grief.
L'employeur refuse de reconnaître le temps supplémentaire réclamé.
Le syndicat demande l'annulation de la mesure et le remboursement du salaire perdu.
Une récidive pourrait entraîner des mesures plus sévères.
Le poste a été affiché à l'interne pendant dix jours ouvrables.
Les horaires de la période estivale seront publiés sous peu.
Le comité de santé et sécurité se réunira au début du mois.''',
'fr/money': '''Les frais de service sont remboursés lorsque le solde minimal est maintenu.
Le paiement préautorisé sera prélevé le quinze de chaque mois.
Le montant réclamé couvre les dommages au toit et à la gouttière.
La franchise prévue au contrat s'applique à cette réclamation.
Le chèque a été retourné pour provision insuffisante.
Aucun intérêt n'est exigé si le solde est réglé avant la date d'échéance.
Le relevé suivant sera disponible en ligne seulement.
Les reçus originaux doivent être conservés pendant six ans.
Le contrat peut être résilié sans frais dans les dix jours suivant sa signature.
Un expert en sinistre communiquera avec vous sous peu.''',
'fr/admin': '''La demande doit être accompagnée d'une preuve de résidence récente.
Les pièces justificatives peuvent être déposées en personne ou par courriel.
Le traitement du dossier peut prendre jusqu'à huit semaines.
Aucune modification ne peut être apportée après la signature.
Les formulaires incomplets seront retournés à l'expéditeur.
Une traduction certifiée est exigée pour tout document rédigé dans une autre langue.
Les frais exigibles ne sont pas remboursables.
Un avis de décision sera transmis par la poste.
Veuillez conserver une copie de tous les documents envoyés.
Les photocopies doivent être lisibles et complètes.''',
'fr/meeting': '''La résolution est adoptée à l'unanimité.
Le procès-verbal de la séance précédente est adopté sans modification.
La séance est levée à vingt et une heures.
Les membres du conseil remercient les bénévoles pour leur engagement.
Le rapport financier du trimestre est déposé et commenté.
Le comité recommande de reporter le projet à l'an prochain.
Une période de questions est tenue avant la levée de la séance.
L'ordre du jour est adopté tel que présenté.''',
'fr/permit': '''Le permis doit être affiché de façon visible sur le chantier.
Les travaux doivent être terminés dans les douze mois suivant la délivrance du permis.
Toute modification aux plans doit être approuvée avant le début des travaux.
Les débris doivent être évacués dans un conteneur autorisé.
Les travaux bruyants sont interdits avant sept heures.
Une inspection finale est requise à la fin des travaux.''',
'en/gen': '''The meeting took place in a calm and respectful atmosphere.
The requested documents will be mailed within the next few days.
No further action is planned at this time.
The file will be reviewed again at the end of next month.
We agreed to speak again after the holidays.
The information was checked with the department concerned.
The signed version replaces all previous versions.
An acknowledgement will be sent once the file is complete.
The usual processing times apply to this request.
The form was completed with the help of an interpreter.
Both parties were informed of their rights and remedies.
Visitor parking is located behind the main building.
A copy of this document is kept on file.
Please confirm your attendance by replying to this message.
Thanks again for your patience while we sort this out.''',
'en/care': '''The client reports being satisfied with the home care services.
The wound on the left heel is clean and shows no sign of infection.
The weekly pill organizer was prepared and checked with the caregiver.
Blood pressure has been stable since the last visit.
He still refuses to have a grab bar installed in the bathroom.
She reports trouble sleeping since the medication was changed.
No falls have been reported since the last assessment.
An occupational therapy assessment has been requested.
The patient was alert and oriented on arrival.
Vital signs were taken every ten minutes during transport.
Pain was rated six out of ten on arrival.
The caregiver was present during the whole visit.''',
'en/youth': '''The child attends daycare four days a week.
Supervised visits continue for one hour every week.
The parents are cooperating well with the worker.
The siblings have been placed in the same foster home since the fall.
The child seems comfortable in the foster home.
The intervention plan will be reviewed in three months.''',
'en/house': '''The tenant says the rent was paid in cash.
Water damage was found on the kitchen ceiling.
The landlord agreed to have the unit treated for bed bugs before the end of the month.
The lease was renewed on the same terms as last year.
Neighbours complain about noise after eleven at night.
The photos filed as evidence show mould near the windows.
Rent is payable on the first day of each month.
The backyard is shared by the three units.''',
'en/police': '''The scene was secured when the patrol officers arrived.
No injuries were reported by the occupants of the vehicle.
The road was snow covered and visibility was poor.
The vehicle was towed to the municipal pound.
A written statement was taken at the scene.
Footage from the store's security camera has been requested.
The driver cooperated throughout the intervention.
Both vehicles were travelling northbound at the time of the collision.
The file has been forwarded to investigators for follow-up.
The witness says she heard the sound of breaking glass.''',
'en/school': '''The incident happened during morning recess.
The students involved were met separately by the principal.
A note will be sent home to parents at the end of the day.
Supervision in the schoolyard will be increased for two weeks.
The student was able to return to class after a short break.
The school bus company was informed of the situation.
Safety rules were reviewed with the whole class.
A meeting with the school psychologist is planned for next week.''',
'en/work': '''The conduct described took place several times over the last quarter.
You were met in the presence of your union representative.
This measure will remain on your employee file for twelve months.
The collective agreement provides thirty days to file a grievance.
A repeat occurrence may lead to more serious measures.
The position was posted internally for ten working days.
Summer schedules will be published shortly.
The health and safety committee will meet early next month.''',
'en/money': '''Service fees are waived when the minimum balance is maintained.
The pre-authorized payment will be withdrawn on the fifteenth of each month.
The amount claimed covers damage to the roof and the eavestrough.
The deductible set out in the policy applies to this claim.
The cheque was returned for insufficient funds.
No interest is charged if the balance is paid by the due date.
Original receipts must be kept for six years.
An adjuster will contact you shortly.
The contractor's estimate seems high for the work described.
Coverage is confirmed subject to the usual exclusions.''',
'en/admin': '''The application must include a recent proof of address.
Supporting documents may be dropped off in person or sent by email.
Processing may take up to eight weeks.
No changes can be made after the form is signed.
Incomplete forms will be returned to the sender.
A certified translation is required for documents in another language.
Fees paid are not refundable.
A decision letter will be sent by mail.
Please keep a copy of everything you send.
Late returns are charged a small daily fee.''',
'en/meeting': '''The motion carried unanimously.
The minutes of the previous meeting were adopted as circulated.
The meeting was adjourned at nine in the evening.
Members are reminded that renewals are due before the end of the season.
The treasurer's report for the quarter was received.
The committee recommends postponing the project until next year.
The agenda was adopted as presented.
A question period was held before adjournment.''',
}
CONTENT = {k: [x.strip() for x in v.split('\n') if x.strip()] for k, v in CONTENT.items()}


# ---------------------------------------------------------------------------
# Pieces.  A piece is a str (unlabelled) or a tuple (text, kind, type).

def P(t):
    return (t, 'pii', 'PERSON')


def X(typ, t):
    return (t, 'pii', typ)


def D(typ, t):
    return (t, 'decoy', typ)


def C(t):
    return (t, 'content', 'CONTENT')


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


class Person:
    __slots__ = ('given', 'sur', 'g', 'origin', 'mid')

    def __init__(self, given, sur, g, origin, mid=''):
        self.given, self.sur, self.g, self.origin, self.mid = given, sur, g, origin, mid

    def western(self):
        if self.mid:
            return '%s %s %s' % (self.mid, self.given, self.sur) if self.origin == 'vn' \
                else '%s %s %s' % (self.given, self.mid, self.sur)
        return '%s %s' % (self.given, self.sur)

    def eastern(self):
        if self.mid:
            return '%s %s %s' % (self.sur, self.mid, self.given)
        return '%s %s' % (self.sur, self.given)

    def given_full(self):
        return '%s %s' % (self.mid, self.given) if (self.mid and self.origin == 'vn') else self.given


class Gen:
    """Random choices for one document plus the text being built."""

    def __init__(self, half, rng, lang):
        self.h = half
        self.r = rng
        self.lang = lang
        self.pool = HALVES[half]
        self.other = HALF_TOKENS['H' if half == 'W' else 'W']
        self.out = []
        self.n = 0
        self.spans = []
        self.noise = None
        self.used = set()
        ows = [(o, w) for o, w in ORIGIN_WEIGHTS.items()
               if self.pool.get(o + '/s') and (self.pool.get(o + '/m') or self.pool.get(o + '/f'))]
        self._origins = [o for o, _ in ows]
        self._oweights = [w for _, w in ows]

    # -- building ----------------------------------------------------------
    def add(self, *items):
        for it in items:
            if it is None or it == '':
                continue
            if isinstance(it, str):
                t = self.noise(it, False) if self.noise else it
                self.out.append(t)
                self.n += len(t.encode('utf-8'))
            elif isinstance(it, tuple):
                t, kind, typ = it
                if self.noise:
                    t2 = self.noise(t, True)
                    if typ == 'PERSON' and not self.safe(t2):
                        t2 = t
                    t = t2
                b = len(t.encode('utf-8'))
                if b == 0:
                    continue
                assert t == t.strip(), repr(t)
                self.spans.append({'start': self.n, 'end': self.n + b, 'kind': kind, 'type': typ,
                                   '_t': t})
                self.out.append(t)
                self.n += b
            else:
                self.add(*it)
        return self

    def text(self):
        return ''.join(self.out)

    def safe(self, t):
        return not any(x in self.other for x in name_tokens(t))

    # -- small helpers -------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p_(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def fr(self):
        return self.lang == 'fr'

    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    # -- people --------------------------------------------------------------
    def person(self, origin=None, g=None):
        r = self.r
        if origin is None or not self.pool.get(origin + '/s'):
            origin = r.choices(self._origins, self._oweights)[0]
        if g is None:
            g = r.choice('mf')
        gl = self.pool.get('%s/%s' % (origin, g)) or []
        if not gl:
            g = 'f' if g == 'm' else 'm'
            gl = self.pool.get('%s/%s' % (origin, g)) or []
        if not gl:
            return self.person('qc' if self.pool.get('qc/s') else None, g)
        sl = self.pool[origin + '/s']
        given = r.choice(gl)
        if origin in HYPHEN_GIVEN and '-' not in given and r.random() < 0.18:
            g2 = r.choice(gl)
            if g2 != given and '-' not in g2:
                given = given + '-' + g2
        sur = r.choice(sl).replace('_', ' ')
        simple = lambda x: ' ' not in x and '-' not in x
        if origin in ('qc', 'acad') and r.random() < 0.09:
            s2 = r.choice(sl).replace('_', ' ')
            if s2 != sur and simple(s2) and simple(sur):
                sur = sur + '-' + s2
        elif origin == 'es' and r.random() < 0.4:
            s2 = r.choice(sl).replace('_', ' ')
            if s2 != sur and simple(s2):
                sur = sur + ' ' + s2
        elif origin == 'pt' and r.random() < 0.3:
            s2 = r.choice(sl).replace('_', ' ')
            if s2 != sur and simple(s2):
                sur = s2 + ' ' + sur
        mid = ''
        if origin == 'vn' and r.random() < 0.6:
            mid = r.choice(['Thi', 'Thị']) if g == 'f' else r.choice(['Van', 'Văn', 'Van'])
        elif origin in ('en', 'ir', 'sco') and r.random() < 0.12:
            mid = r.choice('ABCDEFGHJKLMNPRSTW') + '.'
        return Person(given, sur, g, origin, mid)

    def people(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    def initials(self, given):
        parts = given.split('-')
        return '-'.join(x[0] + '.' for x in parts)

    def nm(self, p, style=None):
        """PERSON pieces for a person in a given style."""
        r = self.r
        if style is None:
            style = r.choices(['GS', 'GSU', 'IS', 'S,G', 'GI', 'UP'], [60, 10, 10, 10, 5, 5])[0]
        east = p.origin in SURNAME_FIRST
        if style == 'GS':
            return [P(p.eastern() if east and r.random() < 0.4 else p.western())]
        if style == 'GSU':
            if east:
                return [P('%s %s' % (p.sur.upper(), p.given_full()))]
            return [P('%s %s' % (p.given, p.sur.upper()))]
        if style == 'UP':
            return [P((p.eastern() if east else p.western()).upper())]
        if style == 'lower':
            return [P(p.western().lower())]
        if style == 'S,G':
            s = p.sur.upper() if r.random() < 0.5 else p.sur
            return [P(s), ', ', P(p.given_full())]
        if style == 'SU,G':
            return [P(p.sur.upper()), ', ', P(p.given_full())]
        if style == 'IS':
            ini = self.initials(p.given)
            if self.lang == 'fr' and ini == 'M.':
                return [P(p.western())]
            return [P('%s %s' % (ini, p.sur))]
        if style == 'GI':
            toks = [t for t in re.split(r"[\s\-']+", p.sur) if t and t.lower() not in PARTICLES]
            return [P('%s %s.' % (p.given, (toks[0] if toks else p.sur)[0].upper()))]
        if style == 'G':
            return [P(p.given)]
        if style == 'S':
            return [P(p.sur)]
        raise ValueError(style)

    def title(self, p, kind='c'):
        fr = self.lang == 'fr'
        if kind == 'dr':
            return ('Dr ' if p.g == 'm' else 'Dre ') if fr else 'Dr. '
        if kind == 'me':
            return 'Me ' if fr else 'Mtre '
        if fr:
            return 'M. ' if p.g == 'm' else self.ch(['Mme ', 'Mme ', 'Madame '])
        return 'Mr. ' if p.g == 'm' else self.ch(['Ms. ', 'Mrs. ', 'Ms. '])

    def handle(self, p):
        g = name_tokens(p.given)
        s = name_tokens(p.sur)
        g = g[0] if g else fold(p.given)
        s = s[-1] if s else fold(p.sur)
        forms = ['%s.%s' % (g, s), '%s%s' % (g[0], s), '%s_%s' % (g, s), '%s.%s' % (g, s[0]),
                 '%s%s' % (g, s[:1])]
        h = self.ch(forms)
        if not self.safe(h):
            h = '%s.%s' % (g, s)
        return h

    def email(self, p=None, org=False):
        r = self.r
        if p is None:
            p = self.person()
        g = re.sub(r'[^a-z]', '', fold(p.given.split('-')[0])) or 'info'
        s = re.sub(r'[^a-z\-]', '', fold(p.sur.replace(' ', ''))) or 'x'
        if org:
            return '%s.%s@%s' % (g, s, r.choice(ORG_DOMAINS))
        forms = ['%s.%s' % (g, s), '%s%s' % (g[0], s), '%s.%s%d' % (s, g, r.randint(1, 99)),
                 '%s_%s' % (g, s), '%s%s%d' % (g, s[:3], r.randint(50, 2005)), '%s.%s' % (g, s[0])]
        return '%s@%s' % (r.choice(forms), r.choice(EMAIL_DOMAINS))

    # -- phones --------------------------------------------------------------
    def phone(self, style=None, area=None):
        r = self.r
        a = area or r.choice(QC_AREAS)
        e = '%03d' % r.randint(201, 989)
        if e[1:] == '11' or e == '555':
            e = '624'
        n = '%04d' % r.randint(0, 9999)
        forms = ['({a}) {e}-{n}', '{a}-{e}-{n}', '{a} {e}-{n}', '{a}.{e}.{n}', '+1 {a} {e} {n}',
                 '1-{a}-{e}-{n}', '{a}{e}{n}', '+1-{a}-{e}-{n}', '{a} {e} {n}', '({a}){e}-{n}',
                 '+1 ({a}) {e}-{n}']
        if style is None:
            style = r.choices(range(len(forms)), [20, 20, 16, 6, 8, 5, 4, 4, 7, 3, 3])[0]
        return forms[style].format(a=a, e=e, n=n)

    def ext(self):
        n = str(self.r.choice([self.ri(2, 9) * 100 + self.ri(0, 99), self.ri(1000, 8999), self.ri(10, 99)]))
        if self.lang == 'fr':
            return self.ch([' poste ', ', poste ', ' p. ', ' #']) + n
        return self.ch([' ext. ', ' x', ', ext ', ' ext. ']) + n

    def ph(self, ext_p=0.15, **kw):
        """PHONE span, perhaps with an extension outside it."""
        out = [X('PHONE', self.phone(**kw))]
        if self.p_(ext_p):
            out.append(self.ext())
        return out

    def tollfree(self):
        r = self.r
        a = r.choice(['800', '888', '877', '866', '855', '844'])
        e, n = '%03d' % r.randint(200, 989), '%04d' % r.randint(0, 9999)
        return D('TOLLFREE', r.choice(['1-{a}-{e}-{n}', '1 {a} {e}-{n}', '{a}-{e}-{n}', '1 ({a}) {e}-{n}',
                                       '1.{a}.{e}.{n}']).format(a=a, e=e, n=n))

    def fphone(self, c):
        r = self.r
        d = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))
        f = {
            'MA': lambda: r.choice(['+212 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)),
                                    '+212 (0)5 22 %s %s %s' % (d(2), d(2), d(2)), '00212 6%s' % d(8)]),
            'HT': lambda: r.choice(['+509 3%s %s' % (d(3), d(4)), '+509 4%s-%s' % (d(3), d(4)),
                                    '(509) 3%s-%s' % (d(3), d(4))]),
            'VN': lambda: r.choice(['+84 9%s %s %s' % (d(1), d(3), d(4)), '+84 (0)28 %s %s' % (d(4), d(4)),
                                    '0090 %s %s' % (d(3), d(4))]),
            'PH': lambda: r.choice(['+63 917 %s %s' % (d(3), d(4)), '+63 (2) 8%s %s' % (d(3), d(4)),
                                    '0918-%s-%s' % (d(3), d(4))]),
            'LB': lambda: r.choice(['+961 3 %s %s' % (d(3), d(3)), '+961 71 %s %s' % (d(3), d(3)),
                                    '+961 1 %s %s' % (d(3), d(3))]),
            'BR': lambda: r.choice(['+55 11 9%s-%s' % (d(4), d(4)), '+55 (21) 9%s-%s' % (d(4), d(4)),
                                    '+55 31 3%s %s' % (d(3), d(4))]),
            'IN': lambda: r.choice(['+91 9%s %s' % (d(4), d(5)), '+91-98%s-%s' % (d(3), d(5)),
                                    '+91 161 %s %s' % (d(3), d(4))]),
            'CM': lambda: r.choice(['+237 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)),
                                    '+237 2 33 %s %s %s' % (d(2), d(2), d(2))]),
            'FR': lambda: r.choice(['+33 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)),
                                    '06 %s %s %s %s' % (d(2), d(2), d(2), d(2)),
                                    '+33 (0)1 %s %s %s %s' % (d(2), d(2), d(2), d(2))]),
            'MX': lambda: r.choice(['+52 55 %s %s' % (d(4), d(4)), '+52 1 33 %s %s' % (d(4), d(4))]),
            'SN': lambda: '+221 77 %s %s %s' % (d(3), d(2), d(2)),
            'CD': lambda: '+243 81 %s %s' % (d(3), d(4)),
            'US': lambda: r.choice(['(802) %s-%s' % (r.randint(201, 989), d(4)),
                                    '+1 518 %s %s' % (r.randint(201, 989), d(4))]),
        }[c]
        return f()

    def spoken_digits(self, s):
        w = DIGIT_FR if self.lang == 'fr' else DIGIT_EN
        return ' '.join(w[int(c)] for c in s if c.isdigit())

    # -- addresses -------------------------------------------------------------
    def city(self):
        return self.ch(CITIES)

    def pc(self, first=None, style=None):
        r = self.r
        L1 = 'ABCEGHJKLMNPRSTVXY'
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        a = first or r.choice('GHJ')
        code = '%s%d%s' % (a, r.randint(0, 9), r.choice(L)), '%d%s%d' % (r.randint(0, 9), r.choice(L), r.randint(0, 9))
        if style is None:
            style = r.choices(['sp', 'tight', 'low', 'dash', 'lowtight', 'dbl'], [60, 15, 10, 5, 5, 5])[0]
        s = {'sp': '%s %s', 'tight': '%s%s', 'low': '%s %s', 'dash': '%s-%s', 'lowtight': '%s%s',
             'dbl': '%s  %s'}[style] % code
        if style.startswith('low'):
            s = s.lower()
        return s

    def person_street(self, en=None):
        p = self.person(origin=self.ch(['qc', 'qc', 'acad', 'en', 'ht', 'it', 'ir', 'mag']))
        en = (self.lang == 'en') if en is None else en
        pat = self.ch(STREET_PATTERNS_EN if en and self.p_(0.5) else STREET_PATTERNS_FR)
        g = p.given.split('-')[0]
        s = p.sur.split(' ')[-1] if ' ' in p.sur and '-' not in p.sur else p.sur
        return pat.format(G=g, S=s)

    def street_name(self, en=None):
        en = (self.lang == 'en') if en is None else en
        if self.p_(0.18):
            return self.person_street(en)
        if en and self.p_(0.75):
            return self.ch(EN_STREETS)
        return self.ch(FR_STREETS)

    def street(self):
        return D('STREET', self.street_name())

    def civic(self):
        r = self.r
        return str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999),
                             r.randint(1000, 12999)]))

    def addr_line(self, en=None, unit_p=0.35):
        r = self.r
        en = (self.lang == 'en') if en is None else en
        n = self.civic()
        st = self.street_name(en)
        u = str(r.choice([r.randint(1, 12), r.randint(101, 512), r.randint(1, 8)]))
        if r.random() < 0.04:
            return self.ch(['RR %d' % r.randint(1, 6), 'C.P. %d' % r.randint(10, 2999),
                            'C.P. %d, succ. Bureau-chef' % r.randint(10, 2999),
                            'PO Box %d' % r.randint(10, 2999) if en else 'Case postale %d' % r.randint(10, 999)])
        if r.random() >= unit_p:
            return ('%s %s' if (en or r.random() < 0.45) else '%s, %s') % (n, st)
        if en:
            return self.ch(['%s %s, Apt %s' % (n, st, u + self.ch(['', '', 'B', 'A'])),
                            '%s-%s %s' % (u, n, st), '#%s-%s %s' % (u, n, st),
                            'Unit %s, %s %s' % (u, n, st), '%s %s, Suite %s' % (n, st, u)])
        return self.ch(['%s, %s, app. %s' % (n, st, u), '%s-%s, %s' % (u, n, st), '%s-%s %s' % (u, n, st),
                        '%s %s, app. %s' % (n, st, u), '%s, %s, bureau %s' % (n, st, u),
                        '%s, %s, logement %s' % (n, st, u), '%s %s, #%s' % (n, st, u)])

    def address(self, fmt=None, en=None, province='QC'):
        """ADDRESS + city + POSTAL_CODE pieces."""
        r = self.r
        en = (self.lang == 'en') if en is None else en
        line = self.addr_line(en)
        if province == 'ON':
            city, first = r.choice(ON_CITIES)
            prov = r.choice([', ON ', ' (Ontario) ' if not en else ', Ontario ', ' ON  '])
        else:
            city = self.city()
            first = PC_FIRST.get(city, r.choice('HJJ'))
            prov = r.choice([' (Québec) ', ', QC ', ' QC  ', ', Québec ']) if not en else \
                r.choice([', QC ', ', Quebec ', ' QC  ', ', Qc '])
        code = self.pc(first)
        if fmt is None:
            fmt = r.choice(['one', 'one', 'two', 'two', 'caps'])
        if fmt == 'one':
            return [X('ADDRESS', line), ', ', city, prov, X('POSTAL_CODE', code)]
        if fmt == 'caps':
            return [X('ADDRESS', line.upper()), '\n', city.upper(), prov.upper(), X('POSTAL_CODE', code.upper())]
        if fmt == 'nopc':
            return [X('ADDRESS', line), ', ', city]
        return [X('ADDRESS', line), '\n', city, prov.rstrip(' ') + ' ', X('POSTAL_CODE', code)]

    def faddr(self, c, sep='\n'):
        """Foreign address pieces for country code c."""
        r = self.r
        n = str(r.randint(1, 240))
        if c == 'MA':
            city, code = r.choice([('Casablanca', '20250'), ('Rabat', '10100'), ('Fès', '30000'),
                                   ('Marrakech', '40000'), ('Tanger', '90000'), ('Oujda', '60000'),
                                   ('Agadir', '80000'), ('Meknès', '50000')])
            st = r.choice(['rue Ibn Khaldoun', 'avenue Hassan II', 'boulevard Zerktouni', 'rue Oued Sebou',
                           'rue Abou Bakr Essedik', 'avenue Mohammed V', 'rue de Fès'])
            q = r.choice(['Maârif', 'Hay Riad', 'Agdal', 'Guéliz', 'Hay Mohammadi', 'Sidi Maârouf'])
            line = r.choice(['%s, %s, %s' % (n, st, q), 'Appt %d, imm. %d, %s, %s' % (r.randint(1, 30), r.randint(1, 60), st, q)])
            return [X('ADDRESS', line), sep, X('POSTAL_CODE', code), ' ', city, sep, 'Maroc']
        if c == 'HT':
            city, code = r.choice([('Port-au-Prince', 'HT6110'), ('Pétion-Ville', 'HT6140'),
                                   ('Delmas', 'HT6120'), ('Jacmel', 'HT9110'), ('Cap-Haïtien', 'HT1110'),
                                   ('Les Cayes', 'HT8110')])
            line = r.choice(['%s, rue %s' % (n, r.choice(['Capois', 'Grégoire', 'Panaméricaine', 'Lamarre', 'Faustin Ier'])),
                             'Delmas %d, impasse %s #%d' % (r.randint(2, 95), r.choice(['Fleurant', 'Mackandal', 'Bellevue']), r.randint(1, 40)),
                             'Route de Frères, %s' % n])
            parts = [X('ADDRESS', line), sep]
            if r.random() < 0.7:
                parts += [X('POSTAL_CODE', code), ' ']
            return parts + [city, sep, 'Haïti']
        if c == 'VN':
            city, code = r.choice([('Thành phố Hồ Chí Minh', '700000'), ('Hà Nội', '100000'),
                                   ('Đà Nẵng', '550000'), ('Huế', '530000'), ('Cần Thơ', '900000')])
            line = r.choice(['%s Đường Lê Lợi, Phường Bến Thành, Quận 1' % n,
                             'Số %s, ngõ %d, phố Huế, quận Hai Bà Trưng' % (n, r.randint(2, 200)),
                             '%s/%d Nguyễn Trãi, Phường %d, Quận 5' % (n, r.randint(2, 40), r.randint(1, 14)),
                             '%s Trần Hưng Đạo, Phường An Hải' % n])
            return [X('ADDRESS', line), sep, city, ' ', X('POSTAL_CODE', code), sep, r.choice(['Việt Nam', 'Vietnam'])]
        if c == 'PH':
            city, code = r.choice([('Antipolo City', '1870'), ('Quezon City', '1100'), ('Cebu City', '6000'),
                                   ('Davao City', '8000'), ('Makati City', '1200'), ('Iloilo City', '5000')])
            line = r.choice(['Blk %d Lot %d, Brgy. San Isidro' % (r.randint(1, 40), r.randint(1, 60)),
                             '%s Rizal St., Brgy. Poblacion' % n, 'Unit %dB, %s Mabini Street' % (r.randint(1, 30), n),
                             '%s Purok 3, Brgy. Mabolo' % n])
            return [X('ADDRESS', line), ', ', city, ' ', X('POSTAL_CODE', code), sep, 'Philippines']
        if c == 'LB':
            city = r.choice(['Beyrouth', 'Jounieh', 'Zahlé', 'Tripoli', 'Byblos', 'Saïda'])
            line = r.choice(['rue Hamra, imm. %s, %de étage' % (r.choice(['Nassar', 'Azar', 'Bitar', 'Rizk']), r.randint(1, 9)),
                             'rue Mar Elias, imm. Cèdre, app. %d' % r.randint(1, 20), 'Achrafieh, rue Sursock, imm. %s' % n])
            parts = [X('ADDRESS', line), sep, city]
            if r.random() < 0.5:
                parts += [' ', X('POSTAL_CODE', '%04d %04d' % (r.randint(1000, 9999), r.randint(1000, 9999)))]
            return parts + [sep, 'Liban']
        if c == 'BR':
            city = r.choice(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG', 'Recife - PE',
                             'Salvador - BA', 'Curitiba - PR'])
            line = r.choice(['Rua das Flores, %s, apto %d' % (n, r.randint(11, 180)), 'Av. Paulista, %s, conj. %d' % (n, r.randint(1, 90)),
                             'Rua Voluntários da Pátria, %s' % n, 'Travessa São José, %s, casa 2' % n])
            code = '%05d-%03d' % (r.randint(1000, 99999), r.randint(0, 999))
            return [X('ADDRESS', line), sep, 'CEP ', X('POSTAL_CODE', code), ' ', city, sep, r.choice(['Brésil', 'Brasil', 'Brazil'])]
        if c == 'IN':
            city, code = r.choice([('Bengaluru', '5600%02d' % r.randint(1, 99)), ('Ludhiana', '1410%02d' % r.randint(1, 20)),
                                   ('Chennai', '6000%02d' % r.randint(1, 99)), ('Ahmedabad', '3800%02d' % r.randint(1, 60)),
                                   ('Kolkata', '7000%02d' % r.randint(1, 99)), ('Amritsar', '1430%02d' % r.randint(1, 10))])
            line = r.choice(['Flat %d%s, %s MG Road, Indiranagar' % (r.randint(1, 9), r.choice('ABCD'), n),
                             'House No. %s, Sector %d' % (n, r.randint(2, 70)), 'H.No. %d-%d-%d, Ameerpet' % (r.randint(1, 12), r.randint(1, 9), r.randint(1, 400)),
                             '%s Anna Salai, T. Nagar' % n])
            return [X('ADDRESS', line), sep, city, r.choice([' ', ' - ']), X('POSTAL_CODE', code), sep, 'India']
        if c == 'CM':
            city = r.choice(['Yaoundé', 'Douala', 'Bafoussam', 'Garoua', 'Bamenda'])
            line = r.choice(['B.P. %d' % r.randint(100, 9999), 'Quartier Bastos, rue %d.%03d' % (r.randint(1, 2), r.randint(100, 999)),
                             'Carrefour Ndokoti, porte %s' % n])
            return [X('ADDRESS', line), sep, city, sep, 'Cameroun']
        if c == 'FR':
            city, code = r.choice([('Paris', '750%02d' % r.randint(1, 20)), ('Lyon', '6900%d' % r.randint(1, 9)),
                                   ('Marseille', '130%02d' % r.randint(1, 16)), ('Toulouse', '31000'), ('Nantes', '44000'),
                                   ('Lille', '59000'), ('Rennes', '35000'), ('Bordeaux', '33000')])
            line = r.choice(['%s rue des Lilas' % n, '%s, avenue Jean-Jaurès, bât. B' % n, '%s bis, rue Victor-Hugo' % n,
                             '%s boulevard Voltaire, esc. 2' % n, '%s, impasse des Tanneurs' % n])
            return [X('ADDRESS', line), sep, X('POSTAL_CODE', code), ' ', city, sep, 'France']
        if c == 'MX':
            city = r.choice(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Puebla, Pue.', 'Mérida, Yuc.'])
            line = r.choice(['Calle Durango %s, Col. Roma Norte' % n, 'Av. Vallarta %s, Col. Americana' % n,
                             'Calle 60 No. %s, Col. Centro' % n, 'Insurgentes Sur %s, int. %d, Col. Del Valle' % (n, r.randint(1, 20))])
            return [X('ADDRESS', line), sep, 'C.P. ', X('POSTAL_CODE', '%05d' % r.randint(1000, 99999)), ', ', city, sep, r.choice(['México', 'Mexique'])]
        if c == 'SN':
            line = r.choice(['Villa n° %s, Sicap Liberté %d' % (n, r.randint(1, 6)), 'Cité Keur Gorgui, lot %s' % n,
                             'HLM Grand Yoff, villa %s' % n])
            return [X('ADDRESS', line), sep, X('POSTAL_CODE', r.choice(['10200', '12500', '11000'])), ' Dakar', sep, 'Sénégal']
        if c == 'US':
            city, st, z = r.choice([('Burlington', 'VT', '05401'), ('Plattsburgh', 'NY', '12901'), ('Boston', 'MA', '02118'),
                                    ('Miami', 'FL', '33137'), ('Newport', 'VT', '05855'), ('Portland', 'ME', '04101')])
            line = r.choice(['%s Maple Ave, Apt %d%s' % (n, r.randint(1, 9), r.choice('AB')), '%s Pine Street' % n,
                             '%s N. Main St., Unit %d' % (n, r.randint(1, 20))])
            return [X('ADDRESS', line), sep, '%s, %s ' % (city, st), X('POSTAL_CODE', z + (r.choice(['', '', '-%04d' % r.randint(0, 9999)])))]
        if c == 'CD':
            line = r.choice(['avenue Kasa-Vubu n° %s, Q/ Matonge, C/ Kalamu' % n, 'avenue de la Libération n° %s, C/ Ngaliema' % n])
            return [X('ADDRESS', line), sep, 'Kinshasa', sep, 'République démocratique du Congo']
        raise ValueError(c)

    # -- dates ---------------------------------------------------------------
    def dob(self, kind='adult'):
        r = self.r
        lo, hi = {'child': (2007, 2021), 'school': (2007, 2018), 'adult': (1950, 2003), 'senior': (1924, 1956),
                  'any': (1935, 2016), 'teen': (2005, 2012)}[kind]
        y = r.randint(lo, hi)
        return date(y, 1, 1) + timedelta(days=r.randint(0, 364))

    def fdate(self, d, style=None, lang=None):
        r = self.r
        lang = lang or self.lang
        if lang == 'fr':
            styles = ['iso', 'dmy', 'long', 'long', 'dot', 'compact', 'dmy-', 'ab', 'upper', 'dmy1']
            if style is None:
                style = r.choices(styles, [18, 22, 22, 0, 6, 6, 6, 8, 4, 8])[0]
            day = '1er' if d.day == 1 else str(d.day)
            return {'iso': d.isoformat(), 'dmy': d.strftime('%d/%m/%Y'),
                    'long': '%s %s %d' % (day, MONTHS_FR[d.month - 1], d.year),
                    'dot': d.strftime('%Y.%m.%d'), 'compact': d.strftime('%Y%m%d'),
                    'dmy-': d.strftime('%d-%m-%Y'),
                    'ab': '%d %s %d' % (d.day, MONTHS_FR_AB[d.month - 1], d.year),
                    'upper': '%02d %s %d' % (d.day, MONTHS_FR[d.month - 1].upper(), d.year),
                    'dmy1': '%d/%d/%d' % (d.day, d.month, d.year),
                    'ymd/': d.strftime('%Y/%m/%d')}[style]
        styles = ['iso', 'mdy', 'long', 'ord', 'dmyl', 'ab', 'dot', 'compact', 'dmon', 'dmy']
        if style is None:
            style = r.choices(styles, [16, 14, 18, 10, 8, 8, 5, 5, 6, 10])[0]
        return {'iso': d.isoformat(), 'mdy': d.strftime('%m/%d/%Y'),
                'long': '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year),
                'ord': '%s %s, %d' % (MONTHS_EN[d.month - 1], ordinal(d.day), d.year),
                'dmyl': '%d %s %d' % (d.day, MONTHS_EN[d.month - 1], d.year),
                'ab': '%s. %d, %d' % (MONTHS_EN_AB[d.month - 1], d.day, d.year),
                'dot': d.strftime('%Y.%m.%d'), 'compact': d.strftime('%Y%m%d'),
                'dmon': '%02d-%s-%d' % (d.day, MONTHS_EN_AB[d.month - 1].upper(), d.year),
                'dmy': d.strftime('%d/%m/%Y'), 'ymd/': d.strftime('%Y/%m/%d')}[style]

    def DOB(self, kind='adult', style=None, d=None):
        d = d or self.dob(kind)
        return X('DOB', self.fdate(d, style))

    def recent(self):
        return date(2018, 1, 1) + timedelta(days=self.r.randint(0, 365 * 7))

    def ndate(self, style=None, d=None):
        return D('DATE', self.fdate(d or self.recent(), style))

    def month(self):
        return D('MONTH', self.ch(MONTHS_FR if self.lang == 'fr' else MONTHS_EN))

    def year(self):
        return D('YEAR', str(self.ri(1990, 2025)))

    def time(self):
        r = self.r
        h, m = r.randint(6, 22), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, r.randint(0, 59)])
        if self.lang == 'fr':
            return D('TIME', r.choice(['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%02d:%02d' % (h, m), '%d h' % h]))
        h12 = h % 12 or 12
        return D('TIME', r.choice(['%d:%02d %s' % (h12, m, 'AM' if h < 12 else 'PM'), '%02d:%02d' % (h, m),
                                   '%d:%02d%s' % (h12, m, 'am' if h < 12 else 'pm')]))

    def times(self, n):
        r = self.r
        t = r.randint(6 * 60, 19 * 60)
        fr = self.lang == 'fr'
        style = r.randint(0, 2)
        out = []
        for _ in range(n):
            t += r.randint(3, 35)
            h, m = divmod(t % (24 * 60), 60)
            if fr:
                out.append(D('TIME', ['%02d:%02d' % (h, m), '%d h %02d' % (h, m), '%dh%02d' % (h, m)][style]))
            else:
                out.append(D('TIME', ['%02d:%02d' % (h, m), '%d:%02d %s' % (h % 12 or 12, m, 'AM' if h < 12 else 'PM'),
                                      '%02d%02d' % (h, m)][style]))
        return out

    def hospital(self):
        return D('ORG', self.ch(['Hôpital Maisonneuve-Rosemont', 'Hôpital Charles-Le Moyne', 'CHU Sainte-Justine',
                                 'Hôpital de Chicoutimi', 'Hôpital du Sacré-Cœur-de-Montréal', 'Hôpital de Verdun',
                                 'Jewish General Hospital', 'Lakeshore General Hospital', 'Hôpital Pierre-Le Gardeur',
                                 'CHUL', 'Hôtel-Dieu de Lévis', 'Hôpital régional de Rimouski']))

    def amount(self, lo=20, hi=4000):
        r = self.r
        v = r.randint(lo * 100, hi * 100) / 100.0
        if r.random() < 0.4:
            v = float(int(v))
        ip = int(v)
        cents = int(round((v - ip) * 100))
        if self.lang == 'fr':
            g = '{:,}'.format(ip).replace(',', r.choice([' ', '\u00a0']))
            s = g + (',%02d' % cents if cents or r.random() < 0.5 else '')
            return D('AMOUNT', s + r.choice([' $', '\u00a0$', ' $', ' $ CA']))
        s = '{:,}'.format(ip) + ('.%02d' % cents if cents or r.random() < 0.5 else '')
        return D('AMOUNT', r.choice(['$' + s, '$' + s, s + ' $', 'CAD ' + s]))

    def law(self, kind=None):
        if kind == 'house':
            return D('LAW', self.ch(['art. 1883 C.c.Q.', 'art. 1971 C.c.Q.', 'art. 1974 C.c.Q.', 'art. 1863 C.c.Q.',
                                     'art. 1942 C.c.Q.', 'RLRQ, c. T-15.01']))
        if kind == 'work':
            return D('LAW', self.ch(['Loi sur les normes du travail, art. 124', 'art. 89 de la Loi sur le régime syndical',
                                     'art. 47.2 du Code du travail', 'RLRQ, c. C-27', 'art. 122 LATMP']))
        if kind == 'dpj':
            return D('LAW', self.ch(['art. 39 LPJ', 'art. 38 b) LPJ', 'art. 38 e) LPJ', 'RLRQ, c. P-34.1',
                                     'Loi sur la protection de la jeunesse', 'L.R.Q., c. P-34.1, art. 32',
                                     'art. 91 LPJ']))
        return D('LAW', self.ch(LAWS_FR if self.lang == 'fr' else LAWS_EN))

    def place(self):
        if self.p_(0.5):
            return D('PLACE', self.city())
        if self.lang == 'fr':
            return D('PLACE', self.ch(REGIONS))
        return D('PLACE', self.ch(['the Gaspé Peninsula', 'the Eastern Townships', 'the Laurentians',
                                   'the West Island', 'the Outaouais', 'Nunavik', 'Abitibi', 'Montérégie',
                                   'the Plateau', 'NDG', 'Verdun', 'Pointe-Saint-Charles']))

    def org(self, named_p=0.35, pats=None, kind=None):
        en = self.lang == 'en'
        if kind:
            pats = ORG_KIND[kind]
        if self.p_(named_p):
            o = self.ch(['qc', 'qc', 'acad', 'en', 'it', 'lev', 'ht', 'ir', 'gr', 'pt'])
            p, q = self.person(origin=o), self.person(origin=o)
            for _ in range(6):
                if re.fullmatch(r"[^\s-]+", p.sur):
                    break
                p = self.person(origin=o)
            for _ in range(6):
                if re.fullmatch(r"[^\s-]+", q.sur):
                    break
                q = self.person(origin=o)
            pat = self.ch(pats or (ORG_PATTERNS_EN if en else ORG_PATTERNS_FR))
            s1 = p.sur.split('-')[0].split(' ')[-1]
            s2 = q.sur.split('-')[0].split(' ')[-1]
            if s2 == s1:
                s2 = 'Roy' if s1 != 'Roy' else 'Bouchard'
            return D('ORG', pat.format(G=p.given.split('-')[0], S=s1, S2=s2))
        return D('ORG', self.ch(ORG_EN if en else ORG_FR))

    def fileno(self, kind=None):
        r = self.r
        y = r.randint(2019, 2025)
        d = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))
        forms = {
            'dpj': ['DPJ-%d-%s' % (y, d(4)), '%s-%s' % (d(2), d(6)), 'no %s' % d(7)],
            'tal': ['%s %s %d%02d%02d G' % (d(6), r.choice(['31', '37', '18', '40']), y, r.randint(1, 12), r.randint(1, 28)),
                    '%s %d%02d%02d' % (d(6), y, r.randint(1, 12), r.randint(1, 28))],
            'police': ['%s-%s' % (str(y)[2:], d(6)), 'SQ-%d-%s' % (y, d(5)), 'RÉ %s-%s' % (d(3), d(6)), '%s-%d-%s' % (d(2), y, d(5))],
            'court': ['%s-%s-%s-%s' % (r.choice(['500', '200', '505', '700', '405']), r.choice(['17', '22', '04', '06', '12', '32']), d(6), str(y)[2:] + d(1))],
            'claim': ['CLM-%s' % d(7), 'R-%s-%s' % (d(4), d(4)), 'SIN%s' % d(8), '%s-%s' % (d(3), d(7))],
            'grief': ['G-%d-%03d' % (y, r.randint(1, 400)), '%d-%s' % (y, d(4))],
            'permit': ['P-%d-%05d' % (y, r.randint(1, 99999)), '%d-%s' % (y, d(6)), 'PC-%s' % d(6)],
            'resol': ['CA-%d-%02d-%03d' % (y, r.randint(1, 12), r.randint(1, 300)), '%d-%03d' % (y, r.randint(1, 300))],
            'invoice': ['FAC-%s' % d(5), 'INV-%s' % d(6), '%s' % d(8)],
            'ticket': ['INC%s' % d(7), 'CS-%s' % d(6), '#%s' % d(6)],
            'rx': ['Rx %s' % d(7), 'RX-%s' % d(6)],
            'imm': ['F%s' % d(9), 'E%s' % d(9), 'IMM-%s' % d(6)],
        }
        kind = kind or r.choice(sorted(forms))
        return D('FILENO', r.choice(forms[kind]))

    def word(self):
        w, rest = self.ch(WORDS_FR if self.lang == 'fr' else WORDS_EN)
        return [D('WORD', w), rest]

    # -- identifiers -------------------------------------------------------
    def nas(self, valid=None, style=None):
        r = self.r
        if valid is None:
            valid = r.random() < 0.85
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        num = body + luhn_digit(body)
        if not valid:
            num = num[:8] + str((int(num[8]) + r.randint(1, 9)) % 10)
        if style is None:
            style = r.choice([0, 0, 1, 2])
        return [num[:3] + ' ' + num[3:6] + ' ' + num[6:], num[:3] + '-' + num[3:6] + '-' + num[6:], num][style]

    def ramq(self, p, d, style=None):
        r = self.r
        letters = re.sub(r'[^A-Z]', '', fold(p.sur).upper())
        gl = re.sub(r'[^A-Z]', '', fold(p.given).upper()) or 'X'
        code = (letters + 'XXX')[:3] + gl[0]
        mm = d.month + (50 if p.g == 'f' else 0)
        digits = '%02d%02d%02d%02d' % (d.year % 100, mm, d.day, r.randint(11, 98))
        if style is None:
            style = r.choice([0, 0, 1, 2, 3])
        return [code + ' ' + digits[:4] + ' ' + digits[4:], code + digits, code + '-' + digits[:4] + '-' + digits[4:],
                code + ' ' + digits][style]

    def dl(self, p, d, style=None):
        r = self.r
        letter = (re.sub(r'[^A-Z]', '', fold(p.sur).upper()) or 'X')[0]
        a = '%04d' % r.randint(0, 9999)
        b = '%02d%02d%02d' % (d.day, d.month, d.year % 100)
        c = '%02d' % r.randint(0, 99)
        if style is None:
            style = r.choice([0, 0, 1, 2])
        return ['%s%s-%s-%s' % (letter, a, b, c), '%s%s %s %s' % (letter, a, b, c), '%s%s%s%s' % (letter, a, b, c)][style]

    def passport(self, c='CA'):
        r = self.r
        U = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        d = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))
        if c == 'CA':
            return r.choice(U) + r.choice(U) + d(6)
        return {'FR': lambda: d(2) + r.choice(U) + r.choice(U) + d(5), 'US': lambda: d(9),
                'MA': lambda: r.choice(U) + r.choice(U) + d(7), 'HT': lambda: r.choice('RPO') + r.choice(U) + d(7),
                'BR': lambda: r.choice(U) + r.choice(U) + d(6), 'IN': lambda: r.choice(U) + d(7),
                'PH': lambda: 'P' + d(7) + r.choice(U), 'MX': lambda: r.choice(U) + d(8),
                'VN': lambda: r.choice('BCN') + d(7), 'LB': lambda: 'LR' + d(7), 'CM': lambda: d(8),
                'SN': lambda: 'A' + d(8), 'CD': lambda: 'OP' + d(7), 'CO': lambda: 'AS' + d(6)}[c]()

    def bank(self):
        r = self.r
        inst = r.choice(['815', '815', '006', '003', '004', '001', '002', '010', '039', '614'])
        transit = '%05d' % r.randint(10, 99999)
        acct = ''.join(str(r.randint(0, 9)) for _ in range(r.choice([7, 7, 7, 8, 9, 12])))
        return transit, inst, acct

    def bank_group(self, b=None):
        t, i, a = b or self.bank()
        return self.ch(['%s-%s-%s' % (t, i, a), '%s %s %s' % (t, i, a), '%s-%s-%s' % (i, t, a), '%s %s-%s' % (i, t, a)])

    def card(self, style=None):
        r = self.r
        kind = r.choice(['visa', 'visa', 'mc', 'mc', 'amex'])
        if kind == 'visa':
            body = '4' + ''.join(str(r.randint(0, 9)) for _ in range(14))
        elif kind == 'mc':
            body = r.choice(['51', '52', '53', '54', '55', '22']) + ''.join(str(r.randint(0, 9)) for _ in range(13))
        else:
            body = r.choice(['34', '37']) + ''.join(str(r.randint(0, 9)) for _ in range(12))
        num = body + luhn_digit(body)
        if style is None:
            style = r.choice([0, 0, 1, 2])
        if kind == 'amex':
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        return [' '.join(groups), '-'.join(groups), num][style]

    def masked(self):
        last = '%04d' % self.ri(0, 9999)
        return self.ch(['**** **** **** ' + last, 'XXXX-XXXX-XXXX-' + last, '************' + last,
                        '•••• ' + last, 'xxxx xxxx xxxx ' + last])

    def plate(self, region='QC'):
        r = self.r
        L = 'ABCDEFGHJKLMNPRSTVWXYZ'
        l_ = lambda k: ''.join(r.choice(L) for _ in range(k))
        d = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))
        if region == 'QC':
            return r.choice(['%s %s' % (l_(3), d(3)), '%s %s' % (d(3), l_(3)), '%s%s %s' % (l_(1), d(2), l_(3)),
                             '%s%s%s' % (l_(3), d(3), ''), 'F%s%s' % (l_(2), d(4))])
        if region == 'ON':
            return r.choice(['%s %s' % (l_(4), d(3)), '%s-%s' % (l_(4), d(3)), '%s%s' % (l_(4), d(3))])
        if region == 'NY':
            return '%s-%s' % (l_(3), d(4))
        if region == 'VT':
            return r.choice(['%s %s' % (l_(3), d(3)), '%s%s' % (d(3), l_(3))])
        if region == 'NB':
            return '%s %s' % (l_(3), d(3))
        if region == 'US':
            return d(1) + l_(3) + d(3)
        raise ValueError(region)

    # -- content -------------------------------------------------------------
    def sent(self, theme='gen', n=1):
        pool = CONTENT['%s/%s' % (self.lang, theme)]
        fresh = [x for x in pool if x not in self.used]
        if len(fresh) < n:
            fresh = pool
        picks = self.r.sample(fresh, min(n, len(fresh)))
        self.used.update(picks)
        out = []
        for i, s in enumerate(picks):
            if i:
                out.append(' ')
            out.append(C(s))
        return out



# ---------------------------------------------------------------------------
# Spoken numbers (voicemail transcriptions).
_FR_U = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
         'douze', 'treize', 'quatorze', 'quinze', 'seize']
_EN_U = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
         'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
_EN_T = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty', 7: 'seventy', 8: 'eighty', 9: 'ninety'}
_EN_ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth',
           9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth', 14: 'fourteenth',
           15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth', 19: 'nineteenth',
           20: 'twentieth', 30: 'thirtieth'}


def fr_num(n):
    if n < 17:
        return _FR_U[n]
    if n < 20:
        return 'dix-' + _FR_U[n - 10]
    t, u = divmod(n, 10)
    if t == 7:
        return 'soixante et onze' if u == 1 else 'soixante-' + fr_num(10 + u)
    if t == 9:
        return 'quatre-vingt-' + fr_num(10 + u)
    base = {2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante', 8: 'quatre-vingt'}[t]
    if u == 0:
        return base + ('s' if t == 8 else '')
    if u == 1 and t != 8:
        return base + ' et un'
    return base + '-' + _FR_U[u]


def en_num(n):
    if n < 20:
        return _EN_U[n]
    t, u = divmod(n, 10)
    return _EN_T[t] + ('-' + _EN_U[u] if u else '')


def en_ord(n):
    if n in _EN_ORD:
        return _EN_ORD[n]
    t, u = divmod(n, 10)
    return _EN_T[t] + '-' + _EN_ORD[u]


def spoken_date(d, lang, rng):
    if lang == 'fr':
        day = 'premier' if d.day == 1 else fr_num(d.day)
        yy = d.year % 100
        if d.year < 2000:
            y = rng.choice(['mille neuf cent ', 'dix-neuf cent ']) + (fr_num(yy) if yy else '')
        else:
            y = 'deux mille' + (' ' + fr_num(yy) if yy else '')
        return '%s %s %s' % (day, MONTHS_FR[d.month - 1], y.strip())
    yy = d.year % 100
    if d.year < 2000:
        y = 'nineteen ' + (en_num(yy) if yy >= 10 else 'oh ' + en_num(yy))
    else:
        y = 'two thousand' + (' ' + en_num(yy) if yy else '')
    return '%s %s %s' % (MONTHS_EN[d.month - 1].lower(), en_ord(d.day), y)


def ocr_noise(rng, rate=0.05):
    subs = [('rn', 'm'), ('m', 'rn'), ('O', '0'), ('0', 'O'), ('l', '1'), ('1', 'l'), ('I', 'l'),
            ('é', 'e'), ('è', 'e'), ('e', 'c'), ('S', '5'), ('5', 'S'), ('B', '8'), ('h', 'b'), ('u', 'ii'),
            ('à', 'a'), ('ç', 'c'), ('cl', 'd'), ('t', 'f')]

    def f(text, is_span):
        if not text.strip():
            return text
        if is_span and rng.random() < 0.08 and re.fullmatch(r'[A-Za-zÀ-ÿ]{3,12}', text):
            return ' '.join(text)
        out, i = [], 0
        while i < len(text):
            done = False
            if rng.random() < rate:
                for a, b in rng.sample(subs, len(subs)):
                    if text.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        done = True
                        break
            if not done:
                c = text[i]
                # hyphenated line break inside a long word
                if (c.isalpha() and 0 < i < len(text) - 3 and text[i - 1].isalpha() and text[i + 1].isalpha()
                        and text[i + 2].isalpha() and rng.random() < 0.012):
                    out.append('-\n')
                out.append(c)
                i += 1
        return ''.join(out)
    return f


# ---------------------------------------------------------------------------
# French families.

def fr_dpj(g):
    r = g.r
    kid = g.person()
    mom, dad = g.person(origin=kid.origin, g='f'), g.person(origin=kid.origin, g='m')
    sib, gm = g.person(origin=kid.origin), g.person(origin=kid.origin, g='f')
    tw, boss = g.person(g='f'), g.person()
    g.add(g.ch(['DIRECTION DE LA PROTECTION DE LA JEUNESSE', 'DPJ — Application des mesures', 'Protection de la jeunesse — Évaluation/Orientation']),
          '\nNotes évolutives — dossier ', g.fileno('dpj'), '\n',
          'Enfant : ', g.nm(kid, 'SU,G'), ' (DDN : ', g.DOB('child'), ')\n',
          'Milieu de vie : ', g.address(g.ch(['one', 'nopc', 'one'])), '\n',
          'Intervenante : ', g.nm(tw, 'GS'), ', t.s. — ', D('ORG', g.ch(ORG_FR[:2] + ['Centre jeunesse de la Mauricie', 'CISSS des Laurentides',
                                                                                 'CIUSSS de la Capitale-Nationale'])), '\n',
          'Fondement : ', g.law('dpj'), '\n\n')
    entries = [
        lambda: ['Visite à domicile. La mère, ', P(mom.given), ', était présente avec ', P(sib.given),
                 ', le frère de ', str(r.randint(4, 15)), ' ans. ', g.sent('youth', 2)],
        lambda: ['Appel de la grand-mère maternelle, ', P(gm.given), ', au ', g.ph(0), '. Elle offre d\'accueillir ',
                 P(kid.given), ' les fins de semaine. ', g.sent('youth', 1)],
        lambda: ['Le père, ', g.title(dad), g.nm(dad, 'S'), ', ne s\'est pas présenté au rendez-vous de ', g.time(),
                 '. Message laissé au ', g.ph(0), '. ', g.sent('gen', 1)],
        lambda: ['Contact supervisé entre ', P(kid.given), ' et sa mère au point de service de ', g.place(), '. ',
                 g.sent('youth', 2)],
        lambda: ['Discussion clinique avec ', g.nm(boss, 'GS'), ', ', 'chef' if boss.g == 'm' else 'cheffe',
                 ' de service. Maintien de l\'orientation selon ', g.law('dpj'), '. ', g.sent('gen', 1)],
        lambda: ['L\'école signale que ', P(kid.given), ' est arrivé', '' if kid.g == 'm' else 'e',
                 ' sans lunch trois fois en ', g.month(), '. ',
                 'Rencontre prévue avec ', P(mom.given), ' et ', P(dad.given), '. ', g.sent('youth', 1)],
    ]
    for e in r.sample(entries, r.randint(3, 5)):
        g.add(g.ndate(g.ch(['iso', 'dmy'])), ' ', g.time(), ' — ', e(), '\n\n')
    g.add('— ', P(tw.given + ' ' + tw.sur), ', t.s.\n')


def fr_clsc(g):
    r = g.r
    u = g.person()
    d = g.dob('senior')
    kin = g.person(origin=u.origin)
    staff = [(g.ch(["l'infirmière ", "l'infirmier ", "l'auxiliaire ", "l'ergothérapeute ", 'la travailleuse sociale ',
                    "l'inhalothérapeute "]), g.person()) for _ in range(4)]
    g.add('CLSC ', g.ch(['de ', 'de ', 'secteur ']), D('PLACE', g.city()), ' — Soutien à domicile\n',
          'Usager : ', g.nm(u, 'S,G'), '\nDDN : ', g.DOB(d=d), '   RAMQ : ', X('RAMQ', g.ramq(u, d)), '\n',
          'Adresse : ', g.address(), '\n',
          'Tél. : ', g.ph(0), '\n',
          'Proche aidant(e) : ', P(kin.given), ' (', g.ch(['fille', 'conjointe', 'nièce', 'voisine']) if kin.g == 'f' else g.ch(['fils', 'conjoint', 'neveu', 'voisin']), ') — ',
          g.ph(0.1), '\n\n', 'Journal des visites\n')
    for role, s in r.sample(staff, r.randint(3, 4)):
        g.add(g.ch(['• ', '- ', '* ']), g.ndate(g.ch(['iso', 'dmy'])), ' ', g.time(), ' — visite de ', role,
              g.nm(s, g.ch(['GS', 'GS', 'GI', 'IS'])), ' : ', g.sent('care', r.randint(1, 2)), '\n')
    g.add('\n', g.word(), '\n', 'Prochaine visite : ', g.ndate(), '. ', g.sent('gen', 1), '\n')


def fr_tal(g):
    r = g.r
    judge, ten = g.person(), g.person()
    lord = g.person()
    g.add('TRIBUNAL ADMINISTRATIF DU LOGEMENT\nBureau de ', g.place(), '\nDossier : ', g.fileno('tal'), '\n',
          'Date de l\'audience : ', g.ndate(), ', ', g.time(), '\n',
          'Devant : ', g.title(judge, 'me'), g.nm(judge, 'GS'), ', juge administrati', 'f' if judge.g == 'm' else 've', '\n\n')
    if r.random() < 0.5:
        g.add('LOCATEUR : ', g.org(1.0), ', représenté par ', g.nm(lord, 'GS'), '\n')
    else:
        g.add('LOCATEUR : ', g.nm(lord, 'UP'), '\n')
    g.add('LOCATAIRE : ', g.nm(ten, 'UP'), '\n', 'Logement : ', g.address('one'), '\n\n', 'TRANSCRIPTION (extrait)\n\n')
    jt = 'LE JUGE' if judge.g == 'm' else 'LA JUGE'
    g.add(jt, ' : ', g.title(ten), g.nm(ten, 'S'), ', vous habitez toujours le logement ?\n',
          'LOCATAIRE : Oui, depuis ', g.month(), ' ', g.year(), '. ', g.sent('house', 1), '\n',
          'LOCATEUR : ', g.sent('house', 1), ' Le loyer de ', g.month(), ' est impayé, soit ', g.amount(600, 1800), '.\n',
          jt, ' : Avez-vous une preuve de paiement ?\n',
          'LOCATAIRE : J\'ai fait un virement à ', g.title(lord), g.nm(lord, 'S'), ' le ', g.ndate('long'), '. ',
          'Vous pouvez joindre ma sœur ', P(g.person(origin=ten.origin, g='f').given), ' au ', g.ph(0), ', elle était là.\n',
          'LOCATEUR : ', g.sent('house', 1), '\n',
          jt, ' : ', g.sent('gen', 1), ' Le tribunal rappelle les règles de ', g.law('house'), '.\n')


def fr_police(g):
    r = g.r
    cops = g.people(2)
    d1, d2, w = g.person(), g.person(), g.person()
    b1, b2 = g.dob('adult'), g.dob('adult')
    g.add(g.org(0) if r.random() < 0.3 else g.ch(['SERVICE DE POLICE DE LA VILLE', 'SÛRETÉ DU QUÉBEC — Poste de la MRC', 'Service de police régional']),
          '\nRAPPORT D\'ÉVÉNEMENT no ', g.fileno('police'), '\n',
          'Date : ', g.ndate(), '   Heure : ', g.time(), '\n',
          'Lieu : intersection ', g.street(), ' et ', g.street(), ', ', g.place(), '\n',
          'Agents : ', g.ch(['agent ', 'agent ', 'sergent ']), g.nm(cops[0], 'GS'), ' (matricule ', str(r.randint(1000, 9999)), '), ',
          g.ch(['agente ', 'agent ']), g.nm(cops[1], g.ch(['GS', 'IS'])), '\n\nNARRATION\n',
          'Vers ', g.time(), ', nous sommes affectés à une collision entre deux véhicules. Le véhicule no 1, une ',
          g.ch(['Honda Civic grise', 'Toyota RAV4 noire', 'Ford F-150 blanche', 'Hyundai Elantra rouge']),
          ' immatriculée ', X('PLATE', g.plate('QC')), ' (Québec), est conduit par ', g.nm(d1, 'GS'), ', né',
          '' if d1.g == 'm' else 'e', ' le ', g.DOB(d=b1), ', permis de conduire ', X('DRIVER_LICENCE', g.dl(d1, b1)),
          ', domicilié', '' if d1.g == 'm' else 'e', ' au ', g.address('one'), '. ')
    reg = g.ch(['ON', 'ON', 'NY', 'VT', 'NB'])
    g.add('Le véhicule no 2 porte une plaque ', {'ON': 'ontarienne', 'NY': 'de l\'État de New York', 'VT': 'du Vermont',
                                               'NB': 'du Nouveau-Brunswick'}[reg], ' ', X('PLATE', g.plate(reg)),
          '; son conducteur, ', g.nm(d2, 'GS'), ' (DDN ', g.DOB(d=b2), '), réside à ', g.place(), '. ',
          g.sent('police', 2), '\n\nTémoin : ', g.nm(w, 'S,G'), ', tél. ', g.ph(0), '. ',
          g.sent('police', 1), '\n')


def fr_school(g):
    r = g.r
    kid, other = g.person(), g.person()
    ma, pa = g.person(origin=kid.origin, g='f'), g.person(origin=kid.origin, g='m')
    t, dirc = g.person(g='f'), g.person()
    wit = g.people(2)
    g.add(g.org(1.0, kind='school') if r.random() < 0.6 else D('ORG', g.ch(['École Saint-Noël-Chabanel', 'École des Explorateurs', 'École secondaire de la Magdeleine'])), '\nRAPPORT D\'INCIDENT — ÉLÈVE\n',
          'Élève : ', g.nm(kid, g.ch(['GS', 'S,G'])), '   Groupe : ', str(r.choice([101, 202, 304, 402, 503, 601])), '\n',
          'Date de naissance : ', g.DOB('school'), '\n',
          'Parents : ', g.nm(ma, 'GS'), ' — ', g.ph(0), ' ; ', g.nm(pa, 'GS'), ' — ', g.ph(0.3), '\n',
          'Adresse : ', g.address(), '\n\n',
          'Description : ', g.ndate(), ', ', g.time(), '. ', g.sent('school', 2), ' ',
          P(kid.given), ' aurait poussé ', P(other.given), ' près des modules de jeu. Témoins : ', P(wit[0].given), ' et ',
          P(wit[1].given), '.\n', 'Intervenante : ', g.title(t), g.nm(t, 'S'), ', enseignante titulaire.\n',
          'Suivi : ', g.sent('school', 2), '\n', 'Direction : ', g.nm(dirc, 'GS'), '\n')


def fr_psy(g):
    r = g.r
    psy, cl = g.person(), g.person()
    parent = g.person(origin=cl.origin)
    d = g.dob(g.ch(['child', 'adult']))
    g.add(g.nm(psy, 'GS'), ', psychologue\n', 'Membre de l\'', D('ORG', 'Ordre des psychologues du Québec'),
          ' (permis ', str(r.randint(1000, 19999)), ')\n', 'Tél. : ', g.ph(0.3), ' · ', X('EMAIL', g.email(psy)), '\n\n',
          g.place(), ', le ', g.ndate('long'), '\n\n', g.title(parent), g.nm(parent, 'GS'), '\n', g.address('two'), '\n\n',
          'Objet : ', g.ch(['Attestation de suivi', 'Rapport d\'évaluation', 'Lettre d\'appui']), ' — ', g.nm(cl, 'GS'),
          ' (né', '' if cl.g == 'm' else 'e', ' le ', g.DOB(d=d), ')\n\n',
          g.title(parent, 'c').strip(), ',\n\n',
          'Je confirme suivre ', P(cl.given), ' depuis ', g.month(), ' ', g.year(), ' à raison d\'une séance aux deux semaines. ',
          g.sent('youth' if d.year > 2004 else 'care', 2), ' ', g.sent('gen', 1), '\n\n',
          'Cette lettre peut être transmise à ', list(g.ch([('la ', D('ORG', 'DPJ')), ('', D('ORG', 'Retraite Québec')),
                                                          ('la ', D('ORG', 'CNESST')), ("l'", D('ORG', 'IVAC')),
                                                          ('la ', D('ORG', 'SAAQ')), ('', D('ORG', 'Services Québec'))])),
          ' conformément à ', g.law(), '.\n\n',
          'Veuillez agréer mes salutations distinguées.\n\n', P(psy.given + ' ' + psy.sur), ', Ph. D.\n')


def fr_hr(g):
    r = g.r
    e, boss, hr, rep = g.person(), g.person(), g.person(g='f'), g.person()
    g.add('PERSONNEL ET CONFIDENTIEL\n\n', g.ndate('long'), '\n\n', g.title(e), g.nm(e, 'GS'), '\n', g.address('two'), '\n\n',
          'Objet : Avis disciplinaire — ', g.ch(['suspension sans solde d\'une journée', 'avertissement écrit', 'suspension de trois jours']),
          '\n\n', g.title(e).strip(), ',\n\n',
          'Le ', g.ndate('long'), ', vers ', g.time(), ', votre superviseur', 'e' if boss.g == 'f' else '', ', ', g.title(boss),
          g.nm(boss, 'S'), ', a constaté votre absence non autorisée. ', g.sent('work', 2), ' ',
          'La rencontre s\'est tenue en présence de ', g.nm(rep, 'GS'), ', délégué', 'e' if rep.g == 'f' else '', ' syndical',
          'e' if rep.g == 'f' else '', '. ', g.sent('work', 1), '\n\n', 'Veuillez agréer nos salutations.\n\n',
          g.nm(hr, 'GS'), '\nDirectrice des ressources humaines\n', g.org(0.5), '\n', g.ph(0.6), '\n', X('EMAIL', g.email(hr, org=True)),
          '\n\nc. c. : ', g.nm(rep, 'IS'), ', ', g.org(0), '\n')


def fr_grief(g):
    e, dlg, rec = g.person(), g.person(), g.person()
    g.add('FORMULAIRE DE GRIEF        No ', g.fileno('grief'), '\n',
          'Syndicat : ', D('ORG', g.ch(['CSN', 'FTQ', 'FIQ', 'APTS', 'CSQ', 'SCFP, section locale 2718',
                                        'Syndicat des travailleuses et travailleurs du CISSS', 'Unifor, section locale 62'])), '\nEmployeur : ', g.org(0.4), '\n\n',
          'Nom de la personne salariée : ', g.nm(e, 'SU,G'), '\n',
          'Adresse : ', g.address('one'), '\n',
          'Téléphone : ', g.ph(0), '     Courriel : ', X('EMAIL', g.email(e)), '\n',
          'Titre d\'emploi : ', g.ch(['préposé(e) aux bénéficiaires', 'agent(e) administratif(ve)', 'infirmier(ère) auxiliaire',
                                      'technicien(ne) en loisirs', 'concierge']), '\n',
          'Date de l\'événement : ', g.ndate(), '\n',
          'Article(s) invoqué(s) : ', g.ch(['12.03', '29.01 et 29.02', '7.15', '23.05']), ' de la convention collective; ', g.law('work'), '\n\n',
          'Nature du grief : ', g.sent('work', 2), '\n\n',
          'Correctif requis : ', g.sent('work', 1), ' Remboursement de ', g.amount(100, 3000), ' avec intérêts.\n\n',
          'Signature du délégué : ', g.nm(dlg, 'GS'), '    Date : ', g.ndate('iso'), '\n',
          'Reçu par l\'employeur : ', g.nm(rec, g.ch(['IS', 'GS'])), ', le ', g.ndate(), ' à ', g.time(), '\n')


def fr_pharma(g):
    r = g.r
    ph, md, pt = g.person(), g.person(), g.person()
    d = g.dob('any')
    meds = r.sample(['Atorvastatine 20 mg', 'Metformine 500 mg', 'Ramipril 5 mg', 'Lévothyroxine 75 mcg', 'Salbutamol 100 mcg',
                     'Sertraline 50 mg', 'Pantoprazole 40 mg', 'Amlodipine 5 mg', 'Apixaban 5 mg'], 2)
    g.add('TÉLÉCOPIE — DEMANDE DE RENOUVELLEMENT\n', 'De : ', g.org(1.0, kind='pharmacy') if r.random() < 0.6 else D('ORG', g.ch(['Familiprix', 'Uniprix', 'Pharmaprix', 'Brunet'])),
          ' — ', g.ch(['pharmacienne ', 'pharmacien ']), g.nm(ph, 'GS'), '\n',
          'Tél. : ', g.ph(0), '   Téléc. : ', X('PHONE', g.phone()), '\n',
          'À : ', g.title(md, 'dr'), g.nm(md, g.ch(['GS', 'IS', 'S'])), ', ', g.org(0.5), '\n', 'Date : ', g.ndate(), '\n\n',
          'Patient(e) : ', g.nm(pt, 'S,G'), '\nDDN : ', g.DOB(d=d), '    RAMQ : ', X('RAMQ', g.ramq(pt, d)), '\n',
          'Adresse : ', g.address(g.ch(['one', 'nopc'])), '\n\n',
          'Médicaments à renouveler :\n', '  1) ', meds[0], ' — ', g.fileno('rx'), '\n', '  2) ', meds[1], ' — ', g.fileno('rx'), '\n\n',
          g.sent('care', 1), ' ', g.sent('admin', 1), '\n\n',
          'Autorisé / refusé : ____   Signature : __________\n',
          'Pour toute question : ', g.tollfree(), '\n',
          'AVIS DE CONFIDENTIALITÉ : ce document est destiné uniquement au destinataire indiqué.\n')


def fr_ambulance(g):
    r = g.r
    pt = g.person()
    d = g.dob(g.ch(['senior', 'adult']))
    kin = g.person(origin=pt.origin)
    t1, t2 = g.person(), g.person()
    g.add('RAPPORT D\'INTERVENTION PRÉHOSPITALIÈRE (AS-803)\n', 'No d\'appel : ', g.fileno('ticket'), '   Date : ', g.ndate('iso'), '\n',
          [[lab, t] for lab, t in zip(['Appel : ', '   Départ : ', '   Arrivée : '], g.times(3))], '\n',
          'Pt: ', g.nm(pt, 'SU,G'), '    Sexe : ', 'M' if pt.g == 'm' else 'F', '\n',
          'DDN/DOB : ', g.DOB(d=d), '    RAMQ : ', X('RAMQ', g.ramq(pt, d)), '\n',
          'Adresse : ', g.address(g.ch(['one', 'caps'])), '\n',
          'Contact : ', g.nm(kin, 'GS'), ' (', g.ch(['fille', 'épouse', 'voisine', 'sœur']) if kin.g == 'f' else g.ch(['fils', 'époux', 'voisin', 'frère']), ') ', g.ph(0), '\n',
          'TAP : ', g.nm(t1, g.ch(['GS', 'IS'])), ' / ', g.nm(t2, g.ch(['GS', 'IS'])), '\n',
          'Destination : ', g.hospital(), '\n\n',
          'Histoire : ', g.sent('care', 2), '\n', 'Signes vitaux : TA ', str(r.randint(95, 180)), '/', str(r.randint(55, 100)),
          ', FC ', str(r.randint(50, 130)), ', SpO2 ', str(r.randint(88, 100)), ' %\n',
          'Remarques : ', g.sent('care', 1), '\n')


def fr_funeral(g):
    r = g.r
    dec, buyer, adv = g.person(), g.person(), g.person()
    d = g.dob('senior')
    g.add('CONTRAT DE SERVICES FUNÉRAIRES ', g.ch(['(préarrangements)', '(au décès)']), '\n', g.org(1.0, kind='funeral'), '\n',
          'Contrat no ', g.fileno('invoice'), '\n\n',
          'DÉFUNT(E)\nNom : ', g.nm(dec, 'SU,G'), '\nDate de naissance : ', g.DOB(d=d), '\nDate du décès : ', g.ndate(), '\n',
          'Dernier domicile : ', g.address('one'), '\n\n',
          'ACHETEUR\nNom : ', g.nm(buyer, 'GS'), '  (', g.ch(['fils', 'fille', 'conjoint(e)', 'neveu', 'sœur']), ')\n',
          'Téléphone : ', g.ph(0), '   Courriel : ', X('EMAIL', g.email(buyer)), '\n', 'Adresse : ', g.address('one'), '\n\n',
          'SERVICES\n- Exposition et cérémonie au salon : ', g.amount(1500, 5000), '\n- Crémation : ', g.amount(800, 2500),
          '\n- Urne et plaque : ', g.amount(200, 900), '\n', 'Total (taxes incluses) : ', g.amount(3000, 12000), '\n',
          'Paiement : carte ', X('CREDIT_CARD', g.card()) if r.random() < 0.6 else g.masked(), '\n\n',
          g.sent('money', 1), ' Conseiller : ', g.nm(adv, 'GS'), '. Renseignements : ', g.tollfree(), '\n')


def fr_civil(g):
    r = g.r
    a, b = g.person(g='f'), g.person()
    pa = [g.person(origin=a.origin, g='m'), g.person(origin=a.origin, g='f')]
    pb = [g.person(origin=b.origin, g='m'), g.person(origin=b.origin, g='f')]
    cel = g.person()
    wit = g.people(2)
    kind = g.ch(['MARIAGE', 'UNION CIVILE'])
    g.add('DIRECTEUR DE L\'ÉTAT CIVIL — EXTRAIT DU REGISTRE (', kind, ')\n', 'Acte no ', g.fileno('invoice'), '\n',
          'Date de la célébration : ', g.ndate('long'), '   Lieu : ', g.place(), '\n\n')
    for lab, p, par in (('CONJOINT(E) 1', a, pa), ('CONJOINT(E) 2', b, pb)):
        g.add(lab, '\nNom : ', g.nm(p, 'SU,G'), '\nNé(e) le : ', g.DOB('adult', style=g.ch(['long', 'iso'])),
              ' à ', g.place(), '\nDomicile : ', g.address('one'), '\n',
              'Père : ', g.nm(par[0], 'GS'), '   Mère : ', g.nm(par[1], 'GS'), '\n\n')
    g.add('Célébrant(e) : ', g.nm(cel, 'GS'), ', ', g.ch(['célébrant désigné', 'greffier', 'ministre du culte']), '\n',
          'Témoins : ', g.nm(wit[0], 'GS'), ' et ', g.nm(wit[1], 'GS'), '\n\n', g.sent('admin', 1), '\n')


FOREIGN = ['MA', 'HT', 'VN', 'PH', 'LB', 'BR', 'IN', 'CM', 'FR', 'MX', 'SN', 'CD', 'US']
F_ORIGIN = {'MA': 'mag', 'HT': 'ht', 'VN': 'vn', 'PH': 'ph', 'LB': 'lev', 'BR': 'pt', 'IN': 'pa', 'CM': 'cm',
            'FR': 'qc', 'MX': 'es', 'SN': 'sn', 'CD': 'cd', 'US': 'en'}


def fr_sponsor(g):
    r = g.r
    c = g.ch(FOREIGN)
    sp = g.person(origin=F_ORIGIN[c])
    pp = g.person(origin=F_ORIGIN[c], g='f' if sp.g == 'm' else 'm')
    kids = g.people(r.randint(0, 2), origin=F_ORIGIN[c])
    d = g.dob('adult')
    g.add('ENGAGEMENT DE PARRAINAGE — regroupement familial\n', 'Dossier : ', g.fileno('imm'), '\n\n',
          'SECTION A — RÉPONDANT\nNom de famille : ', g.nm(sp, 'S'), '\nPrénom(s) : ', g.nm(sp, 'G'), '\n',
          'Date de naissance : ', g.DOB(d=d), '\nNAS : ', X('NAS', g.nas()), '\n',
          'Adresse : ', g.address('two'), '\n', 'Téléphone : ', g.ph(0), '   Courriel : ', X('EMAIL', g.email(sp)), '\n\n',
          'SECTION B — PERSONNE PARRAINÉE\nNom : ', g.nm(pp, 'SU,G'), '\nDate de naissance : ', g.DOB('adult'), '\n',
          'Passeport : ', X('PASSPORT', g.passport(c)), '\nAdresse actuelle :\n', g.faddr(c), '\n',
          'Téléphone : ', X('PHONE', g.fphone(c)), '\nLien avec le répondant : ', g.ch(['conjointe', 'conjoint', 'mère', 'père']), '\n')
    if kids:
        g.add('Enfants à charge : ')
        for i, k in enumerate(kids):
            g.add('; ' if i else '', P(k.given), ' (', g.DOB('child', style='iso'), ')')
        g.add('\n')
    g.add('\n', g.sent('admin', 2), '\n', 'Signé à ', g.place(), ', le ', g.ndate(), '.\n')


def fr_voicemail(g):
    r = g.r
    caller, target = g.person(), g.person()
    d = g.dob('any')
    num = g.phone(style=6)
    g.add('Transcription automatique — messagerie vocale\n', 'Reçu : ', g.ndate('iso'), ' ', g.time(), '   Durée : 0:',
          str(r.randint(21, 59)), '\n\n')
    pc = g.pc(style='tight')
    spoken_pc = ' '.join(DIGIT_FR[int(c)] if c.isdigit() else c.lower() for c in pc)
    bits = [
        ['oui bonjour c\'est ', g.nm(caller, 'lower'), ' je vous appelle pour ', g.ch(['mon rendez-vous', 'le dossier de ma mère', 'la facture', 'le formulaire'])],
        ['vous pouvez me rappeler au ', X('PHONE', g.spoken_digits(num))],
        ['ma date de naissance c\'est le ', X('DOB', spoken_date(d, 'fr', r))],
        ['c\'est un message pour ', g.ch([('madame ' if target.g == 'f' else 'monsieur '), '']), g.nm(target, 'lower'), ' de la part de ', P(caller.given.lower())],
        ['mon code postal c\'est ', X('POSTAL_CODE', spoken_pc)],
        ['mon courriel c\'est ', X('EMAIL', '%s point %s arobas %s' % (fold(caller.given.split('-')[0]).replace(' ', ''),
                                                                      fold(caller.sur).replace(' ', ''),
                                                                      g.ch(['gmail point com', 'hotmail point com', 'videotron point ca'])))],
        ['j\'habite au ', X('ADDRESS', '%s %s' % (fr_num(r.randint(2, 99)), g.street_name(False).lower()))],
    ]
    order = [bits[0]] + r.sample(bits[1:], r.randint(4, 6))
    for b in order:
        g.add(b, ' ')
    g.add('merci beaucoup bonne journée\n\n', '[Note de l\'agente] ', g.sent('gen', 2), ' Rappel fait le ', g.ndate(), '.\n')


def fr_email(g):
    r = g.r
    a, b, c = g.person(), g.person(), g.person()
    ea, eb = g.email(a, org=True), g.email(b)
    g.add('De : ', g.nm(a, 'GS'), ' <', X('EMAIL', ea), '>\n', 'Envoyé : ', g.ndate('long'), ' ', g.time(), '\n',
          'À : ', g.nm(b, 'GS'), ' <', X('EMAIL', eb), '>\n', 'Cc : ', X('EMAIL', g.email(c, org=True)), '\n',
          'Objet : RE: ', g.ch(['Changement d\'adresse', 'Rendez-vous de suivi', 'Documents manquants', 'Votre demande']), '\n\n',
          'Bonjour ', g.title(b), g.nm(b, 'S'), ',\n\n', g.sent('gen', 2), ' Nous avons bien noté la nouvelle adresse :\n',
          g.address('two'), '\n\n', 'Cordialement,\n\n', g.nm(a, 'GS'), '\n', g.ch(['Agente de liaison', 'Technicienne en administration', 'Conseiller']),
          '\n', g.org(0), '\n', 'Tél. : ', g.ph(0.7), '\n\n',
          '-----Message d\'origine-----\n', 'Le ', g.ndate('long'), ' à ', g.time(), ', ', g.nm(b, 'GS'), ' a écrit :\n',
          '> Bonjour,\n> ', g.sent('gen', 1), '\n> Je déménage le ', g.ndate('long'), '. Mon cellulaire reste le ', g.ph(0), '.\n',
          '> Merci,\n> ', P(b.given), '\n')


def fr_tasks(g):
    r = g.r
    ppl = g.people(6)
    g.add('## Suivis — semaine du ', g.ndate('long'), '\n\n')
    items = [
        lambda p: ['rappeler ', g.title(p), g.nm(p, 'S'), ' au ', g.ph(0.2)],
        lambda p: ['envoyer le formulaire à ', X('EMAIL', g.email(p))],
        lambda p: ['vérifier la DDN de ', g.nm(p, 'GS'), ' (', g.DOB('any'), ')'],
        lambda p: ['changer l\'adresse de ', g.nm(p, 'GI'), ' : ', g.address('one')],
        lambda p: ['réserver la salle ', g.ch(['B-204', 'du 3e', 'Laurier']), ' pour ', g.time()],
        lambda p: ['confirmer le rendez-vous de ', P(p.given), ' avec ', g.title(ppl[0], 'dr'), g.nm(ppl[0], 'S')],
        lambda p: ['demander le NAS de ', g.nm(p, 'GS'), ' — reçu : ', X('NAS', g.nas())],
        lambda p: ['relancer ', g.org(0.3), ' (dossier ', g.fileno('claim'), ')'],
    ]
    for i, p in enumerate(ppl[1:]):
        g.add(g.ch(['- [ ] ', '- [ ] ', '- [x] ']), r.choice(items)(p), '\n')
    g.add('\n### Notes\n', g.sent('gen', 2), '\n', g.word(), '\n')


SHEET_COLS = {
    'nom': lambda g, p, d: P(p.sur), 'prénom': lambda g, p, d: P(p.given),
    'DDN': lambda g, p, d: X('DOB', g.fdate(d, 'iso')), 'NAS': lambda g, p, d: X('NAS', g.nas(style=2)),
    'no RAMQ': lambda g, p, d: X('RAMQ', g.ramq(p, d, 1)), 'tél.': lambda g, p, d: X('PHONE', g.phone(1)),
    'courriel': lambda g, p, d: X('EMAIL', g.email(p)), 'adresse': lambda g, p, d: X('ADDRESS', g.addr_line(False, 0.2)),
    'ville': lambda g, p, d: g.city(), 'code postal': lambda g, p, d: X('POSTAL_CODE', g.pc(style='sp')),
    'permis': lambda g, p, d: X('DRIVER_LICENCE', g.dl(p, d, 0)), 'plaque': lambda g, p, d: X('PLATE', g.plate()),
    'passeport': lambda g, p, d: X('PASSPORT', g.passport('CA')), 'carte': lambda g, p, d: X('CREDIT_CARD', g.card(2)),
    'transit': lambda g, p, d: X('BANK_ACCOUNT', g.bank()[0]), 'institution': lambda g, p, d: X('BANK_ACCOUNT', g.bank()[1]),
    'compte': lambda g, p, d: X('BANK_ACCOUNT', g.bank()[2]),
}


def fr_sheet(g):
    r = g.r
    cols = ['nom', 'prénom', 'DDN'] + r.sample(['NAS', 'no RAMQ', 'tél.', 'courriel', 'permis', 'plaque', 'passeport', 'carte'], 3) + \
        (['transit', 'institution', 'compte'] if r.random() < 0.25 else []) + ['adresse', 'ville', 'code postal']
    g.add('Export — ', g.org(0), ' — ', g.ndate('iso'), '\n', '\t'.join(cols), '\n')
    for _ in range(r.randint(3, 11)):
        p, d = g.person(), g.dob('any')
        for i, c in enumerate(cols):
            g.add('\t' if i else '', SHEET_COLS[c](g, p, d))
        g.add('\n')
    g.add('\n', g.sent('admin', 1), '\n')


def fr_minutes(g):
    r = g.r
    mem = g.people(r.randint(5, 7))
    g.add('PROCÈS-VERBAL de la séance ordinaire du conseil d\'administration de ', g.org(0.5), ', tenue le ', g.ndate('long'),
          ' à ', g.time(), ' au ', g.ch(['centre communautaire', 'local du comité', 'sous-sol de l\'église']), '.\n\n',
          'Présences : ')
    for i, p in enumerate(mem[:-1]):
        g.add(', ' if i else '', g.nm(p, 'GS'), ' (présidente)' if i == 0 and p.g == 'f' else (' (président)' if i == 0 else ''))
    g.add('\nAbsence motivée : ', g.nm(mem[-1], 'GS'), '\n\n')
    for k in range(r.randint(2, 3)):
        a, b = r.sample(mem[:-1], 2)
        g.add('Résolution ', g.fileno('resol'), '\n', g.sent('meeting', 1), ' ', g.ch(['Un montant de ', 'Une dépense de ']),
              g.amount(200, 9000), ' est autorisée.\n', 'Proposé par : ', g.nm(a, g.ch(['GS', 'IS'])), '    Appuyé par : ',
              g.nm(b, g.ch(['GS', 'IS'])), '\n', g.ch(['Adoptée à l\'unanimité.', 'Adoptée à la majorité.']), '\n\n')
    corr = g.person()
    g.add('Correspondance : lettre de ', g.title(corr), g.nm(corr, 'GS'), ', ', g.address('one'), ', au sujet du bruit. ',
          g.sent('meeting', 1), '\n', g.sent('meeting', 1), '\n\nSecrétaire de séance : ', g.nm(mem[1], 'GS'), '\n')


def fr_callcentre(g):
    r = g.r
    ag, cl = g.person(), g.person()
    d = g.dob('adult')
    g.add('Transcription d\'appel — ', g.org(0), ' — billet ', g.fileno('ticket'), '\n', g.ndate('iso'), ' ', g.time(), '\n\n',
          'AGENT: ', g.ch(['Bonjour, ', 'Bon après-midi, ']), 'vous parlez à ', g.nm(ag, 'G'), ', comment puis-je vous aider ?\n',
          'CLIENT: Oui bonjour, c\'est ', g.nm(cl, 'GS'), '. ', g.sent('money', 1), '\n',
          'AGENT: Pour confirmer votre identité, votre date de naissance ?\n', 'CLIENT: Le ', g.DOB(d=d, style='long'), '.\n',
          'AGENT: Et le code postal au dossier ?\n', 'CLIENT: ', X('POSTAL_CODE', g.pc()), '.\n',
          'AGENT: Merci ', g.title(cl), g.nm(cl, 'S'), '. Je vois une carte se terminant par ', g.masked()[-4:], '.\n')
    if r.random() < 0.6:
        g.add('CLIENT: Non, la nouvelle carte c\'est le ', X('CREDIT_CARD', g.card()), '.\n')
    g.add('AGENT: Parfait. Votre adresse est toujours le ', X('ADDRESS', g.addr_line(False)), ' ?\n',
          'CLIENT: Oui. Vous pouvez aussi me texter au ', g.ph(0), '.\n',
          'AGENT: ', g.sent('money', 1), ' Autre chose ?\n', 'CLIENT: Non, merci.\n\n',
          '[Fin de l\'appel — ', g.time(), ']\n')


def fr_ocr(g):
    r = g.r
    p, w = g.person(), g.person()
    d = g.dob('adult')
    g.add('-- page 1 / 2 -- numérisé le ', g.ndate('iso'), ' --\n')
    g.noise = ocr_noise(r, rate=r.choice([0.03, 0.05, 0.07]))
    g.add('D E M A N D E   D \' A I D E   F I N A N C I È R E\n', g.org(0), '\n\n',
          'Nom : ', g.nm(p, 'SU,G'), '\nDate de naissance : ', g.DOB(d=d, style=g.ch(['dmy', 'iso'])), '\n',
          'N.A.S. : ', X('NAS', g.nas(valid=r.random() < 0.6)), '\n',
          'Adresse : ', g.address('two'), '\n', 'Téléphone : ', g.ph(0), '\n',
          'Institution financière : ', X('BANK_ACCOUNT', g.bank_group()), '\n\n',
          'Situation : ', g.sent('money', 2), '\n\n', 'Agent(e) responsable : ', g.nm(w, 'GS'), '   Date : ', g.ndate(), '\n')
    g.noise = None
    g.add('-- fin de la page --\n')


def fr_obit(g):
    r = g.r
    dec = g.person(g=g.ch('mf'))
    d = g.dob('senior')
    sp = g.person(origin=dec.origin, g='f' if dec.g == 'm' else 'm')
    kids = g.people(r.randint(2, 3), origin=dec.origin)
    inlaws = g.people(len(kids))
    e = '' if dec.g == 'm' else 'e'
    g.add('AVIS DE DÉCÈS\n\n', g.nm(dec, 'UP'), '\n', str(d.year), ' – ', str(r.randint(2019, 2025)), '\n\n',
          'À ', g.place(), ', le ', g.ndate('long'), ', à l\'âge de ', str(r.randint(68, 99)), ' ans, est décédé', e, ' ',
          g.title(dec), g.nm(dec, 'GS'), ', ', 'époux' if dec.g == 'm' else 'épouse', ' de ', g.ch(['feu ', '']), g.nm(sp, 'GS'),
          '. Né', e, ' le ', g.DOB(d=d, style='long'), ' à ', g.place(), ', ', 'il' if dec.g == 'm' else 'elle',
          ' demeurait ', X('ADDRESS', g.addr_line(False, 0.3)), ' depuis ', g.year(), '.\n\n',
          'Outre son conjoint, ', 'il' if dec.g == 'm' else 'elle', ' laisse dans le deuil ses enfants ')
    for i, (k, il) in enumerate(zip(kids, inlaws)):
        g.add(', ' if i else '', P(k.given), ' (', g.nm(il, 'GS'), ')')
    g.add(', ses petits-enfants ', P(g.person().given), ', ', P(g.person().given), ' et ', P(g.person().given),
          ', ainsi que de nombreux parents et amis.\n\n',
          'La famille recevra les condoléances au ', g.org(1.0, kind='funeral'), ', ', g.street(), ', le ', g.ndate('long'), ' dès ', g.time(), '.\n',
          'Des dons à la ', g.org(1.0, kind='foundation') if r.random() < 0.5 else D('ORG', 'Société canadienne du cancer'),
          ' seraient appréciés. Renseignements : ', g.tollfree(), '\n')


def fr_bank(g):
    r = g.r
    h = g.person()
    b = g.bank()
    g.add(g.ch([D('ORG', 'Caisse Desjardins de Lévis'), D('ORG', 'Banque Nationale'), D('ORG', 'Banque Laurentienne')]),
          '\nRELEVÉ DE COMPTE — ', g.ch(['Compte chèques', 'Épargne avantage', 'Compte conjoint']), '\n',
          'Titulaire : ', g.nm(h, g.ch(['UP', 'GS'])), '\n', g.address(g.ch(['two', 'caps'])), '\n')
    if r.random() < 0.5:
        g.add('Compte : ', X('BANK_ACCOUNT', g.bank_group(b)), '\n')
    else:
        g.add('Transit : ', X('BANK_ACCOUNT', b[0]), '   Institution : ', X('BANK_ACCOUNT', b[1]), '   Folio : ', X('BANK_ACCOUNT', b[2]), '\n')
    start = g.recent()
    g.add('Période : du ', g.ndate('iso', d=start), ' au ', g.ndate('iso', d=start + timedelta(days=30)), '\n\n',
          'Date       | Description                         | Montant\n')
    rows = [
        lambda: ['Virement Interac à ', g.nm(g.person(), g.ch(['GS', 'UP']))],
        lambda: ['Virement reçu de ', g.nm(g.person(), 'GS')],
        lambda: ['Dépôt direct ', g.org(0)],
        lambda: ['Paiement carte ', g.masked()],
        lambda: ['Prélèvement ', g.org(0)],
        lambda: ['Chèque no ', str(r.randint(100, 400)), ' — ', g.nm(g.person(), 'GS')],
    ]
    for day in sorted(r.sample(range(31), r.randint(5, 15))):
        g.add(g.ndate('iso', d=start + timedelta(days=day)), ' | ', r.choice(rows)(), ' | ', g.amount(5, 2500), '\n')
    g.add('\n', g.sent('money', 2), '\n')


def fr_dental(g):
    r = g.r
    org = g.org(1.0, kind='dental')
    g.add(org, ' — liste de rappels ', g.month(), ' ', g.year(), '\n', 'Hygiéniste : ', g.nm(g.person(g='f'), 'GS'), '\n\n')
    notes = ['détartrage', 'radiographies', 'examen complet', 'suivi orthodontie', 'examen de la vue', 'lentilles cornéennes']
    for _ in range(r.randint(4, 12)):
        p = g.person()
        g.add(g.ch(['- ', '* ']), g.nm(p, 'S,G'), ' | DDN ', g.DOB('any', style=g.ch(['iso', 'dmy'])), ' | ', g.ph(0.05), ' | ',
              'dernier examen : ', g.ndate('iso'), ' | ', g.ch(notes))
        if r.random() < 0.35:
            g.add(' | ', X('EMAIL', g.email(p)))
        g.add('\n')
    g.add('\n', g.sent('care', 1), ' ', g.sent('gen', 1), '\n')


def fr_permit(g):
    r = g.r
    dem, ins = g.person(), g.person()
    g.add('Ville de ', g.place(), ' — Service de l\'urbanisme\n', 'PERMIS DE ', g.ch(['RÉNOVATION', 'CONSTRUCTION', 'DÉMOLITION',
                                                                                     'CLÔTURE', 'PISCINE']), ' no ', g.fileno('permit'), '\n\n',
          'Demandeur : ', g.nm(dem, g.ch(['GS', 'S,G'])), '\n', 'Adresse des travaux : ', g.address('one'), '\n',
          'Lot : ', '%d %03d %03d' % (r.randint(1, 6), r.randint(0, 999), r.randint(0, 999)), '\n',
          'Entrepreneur : ', g.org(1.0, kind='contractor'), ' (RBQ ', '%04d-%04d-%02d' % (r.randint(1000, 9999), r.randint(0, 9999), r.randint(1, 99)), ')\n',
          'Tél. : ', g.ph(0.1), '    Courriel : ', X('EMAIL', g.email(dem)), '\n',
          'Valeur des travaux : ', g.amount(2000, 90000), '\n', 'Date d\'émission : ', g.ndate(), '    Échéance : ', g.ndate(), '\n',
          'Inspecteur : ', g.nm(ins, g.ch(['GS', 'IS'])), '\n\nConditions : ', g.sent('permit', 2), '\n', g.law(), '\n')


def fr_court(g):
    r = g.r
    a, b, j = g.person(), g.person(), g.person()
    pa, pb = g.person(), g.person()
    city = g.ch(['MONTRÉAL', 'QUÉBEC', 'LONGUEUIL', 'TERREBONNE', 'GATINEAU', 'SAINT-FRANÇOIS', 'TROIS-RIVIÈRES'])
    jt = g.ch(['J.C.Q.', 'J.C.S.'])
    g.add('CANADA\nPROVINCE DE QUÉBEC\nDISTRICT DE ', D('PLACE', city), '\n\nNo : ', g.fileno('court'), '\n\n',
          g.ch(['COUR DU QUÉBEC\nChambre civile', 'COUR SUPÉRIEURE', 'COUR DU QUÉBEC\nDivision des petites créances']), '\n\n',
          'DATE : ', g.ndate('long'), '\n', 'SOUS LA PRÉSIDENCE DE L\'HONORABLE ', g.nm(j, 'UP'), ', ', jt, '\n\n',
          g.nm(a, 'UP'), ', domicilié', '' if a.g == 'm' else 'e', ' au ', g.address('one'), '\n', 'Partie demanderesse\n', 'c.\n',
          g.nm(b, 'UP'), '\n', 'Partie défenderesse\n')
    if r.random() < 0.5:
        g.add('et\n', D('ORG', g.org(0)[0].upper()), '\nMise en cause\n')
    g.add('\nINTITULÉ : ', P(a.sur.upper()), ' c. ', P(b.sur.upper()), '\n')
    g.add('\nJUGEMENT\n\n', '[1] ', g.title(a), g.nm(a, 'S'), ' réclame ', g.amount(500, 15000), ' à ', g.title(b), g.nm(b, 'S'), '. ',
          g.sent('house', 1), '\n', '[2] ', g.sent('gen', 1), ' Le tribunal applique ', g.law('house'), ' et l\'enseignement de l\'arrêt ',
          g.nm(pa, 'S'), ' c. ', g.nm(pb, 'S'), ', ', g.year(), ' QCCA ', str(r.randint(100, 2200)), '.\n',
          '[3] ', g.sent('house', 1), '\n\n', P(j.given + ' ' + j.sur), ', ', jt.lower(), '\n')


def fr_ledger(g):
    r = g.r
    owner = g.person()
    m0 = g.recent().replace(day=1)
    g.add('REGISTRE DES LOYERS — ', X('ADDRESS', g.addr_line(False, 0)), ', ', g.city(), '\n', 'Propriétaire : ', g.nm(owner, 'GS'),
          ' — ', g.ph(0), '\n', 'Mois : ', D('MONTH', MONTHS_FR[m0.month - 1]), ' ', D('YEAR', str(m0.year)), '\n\n',
          'App. | Locataire | Loyer | Payé le | Mode\n')
    for u in range(1, r.randint(4, 12)):
        t = g.person()
        g.add(str(u), ' | ', g.nm(t, g.ch(['GS', 'S,G', 'GI'])), ' | ', g.amount(650, 1900), ' | ',
              g.ndate('iso', d=m0 + timedelta(days=r.randint(0, 9))) if r.random() < 0.8 else 'impayé', ' | ',
              g.ch(['Interac', 'chèque', 'comptant', 'PPA']), '\n')
    nt, ref = g.person(), g.person()
    g.add('\nNouveau locataire (app. ', str(r.randint(2, 8)), ') à compter du ', g.ndate('long'), ' : ', g.nm(nt, 'GS'), ', DDN ',
          g.DOB('adult'), ', tél. ', g.ph(0), '. Référence : ancien propriétaire ', g.nm(ref, 'GS'), ', ', g.ph(0), '.\n',
          g.sent('house', 2), '\n')


def fr_ini(g):
    u, k = g.person(), g.person()
    d = g.dob('any')
    g.add('; fiche exportée le ', g.ndate('iso'), '\n; ', g.sent('gen', 1), '\n', '[dossier]\nnumero = ', g.fileno('claim'), '\n',
          'ouvert = ', g.ndate('iso'), '\n\n[usager]\nnom = ', g.nm(u, 'S'), '\nprenom = ', g.nm(u, 'G'), '\nddn = ', g.DOB(d=d, style='iso'),
          '\nnas = ', X('NAS', g.nas()), '\nramq = ', X('RAMQ', g.ramq(u, d)), '\nadresse = ', X('ADDRESS', g.addr_line(False)), '\n',
          'ville = ', g.city(), '\ncode_postal = ', X('POSTAL_CODE', g.pc()), '\ntel = ', X('PHONE', g.phone()), '\n',
          'courriel = ', X('EMAIL', g.email(u)), '\n\n[contact_urgence]\nnom = ', g.nm(k, 'GS'), '\nlien = ',
          g.ch(['fille', 'sœur', 'conjointe', 'amie', 'mère']) if k.g == 'f' else g.ch(['fils', 'frère', 'conjoint', 'ami', 'père']), '\ntel = ', X('PHONE', g.phone()), '\n\n',
          '[notes]\n; ', g.sent('care', 1), '\n')


def fr_teams(g):
    r = g.r
    a, b, c = g.person(), g.person(), g.person()
    cl = g.person()
    g.add('Conversation Teams — canal « ', g.ch(['Équipe SAD', 'Accueil', 'Coordination', 'Intake']), ' » — exporté le ', g.ndate('iso'), '\n\n')
    lines = [
        (a, ['@', P(g.handle(b)), ' peux-tu rappeler ', g.title(cl), g.nm(cl, 'S'), ' au ', g.ph(0), ' ?']),
        (b, ['oui, je l\'appelle après ', g.time(), '. ', g.sent('gen', 1)]),
        (c, ['Sa nouvelle adresse : ', g.address('one')]),
        (a, ['Merci ', P(c.given), ' 🙏 ', g.sent('care', 1)]),
        (b, ['Sa fille ', P(g.person(origin=cl.origin, g='f').given), ' veut être en copie : ', X('EMAIL', g.email())]),
        (c, ['DDN à vérifier : ', g.DOB('senior'), ' (le formulaire dit autre chose)']),
        (a, [g.word()]),
    ]
    t = r.randint(8 * 60, 15 * 60)
    for i, (p, body) in enumerate(lines[:r.randint(5, 7)]):
        t += r.randint(1, 25)
        g.add('[', D('TIME', '%02d:%02d' % divmod(t, 60)), '] ', g.nm(p, 'GS'), ' : ', body, '\n')
    g.add('\n', g.sent('gen', 1), '\n')


def fr_sms(g):
    r = g.r
    me, other = g.person(), g.person()
    num = g.phone(style=4)
    g.add('Sauvegarde SMS — ', g.ndate('iso'), '\n', 'Conversation avec ', g.nm(other, 'GS'), ' (', X('PHONE', num), ')\n\n')
    msgs = [
        ['Salut! C\'est ', P(other.given), ', mon nouveau numéro 😊'],
        ['Je t\'envoie l\'adresse pour samedi : ', g.address('one')],
        ['Mon courriel : ', X('EMAIL', g.email(other))],
        ['Appelle ma mère au ', g.ph(0), ' si je réponds pas'],
        ['Le rendez-vous est à ', g.time(), ' avec ', g.title(g.person(), 'dr'), g.nm(g.person(), 'S')],
        ['Ok merci, ', g.sent('gen', 1)],
        ['Ma date de fête c\'est le ', g.DOB('adult', style='long'), ' lol tu l\'oublies toujours'],
    ]
    day = g.recent()
    extra = [['Ok merci, ', g.sent('gen', 1)], ['Oui. ', g.sent('gen', 1)], ['Parfait, à ', g.time(), ' alors'],
             ['Tu peux rappeler ', P(g.person().given), ' au ', g.ph(0), ' ?']]
    for m in msgs[:1] + r.sample(msgs[1:] + extra, r.randint(5, 9)):
        day += timedelta(days=r.choice([0, 0, 1, 2]))
        g.add(g.ch(['De : ', 'De : ', 'À : ']), X('PHONE', num) if r.random() < 0.5 else 'Moi', ' — ', g.ndate('iso', d=day), ' ',
              g.time(), '\n', m, '\n\n')


def fr_bilingual(g):
    r = g.r
    p = g.person()
    d = g.dob('adult')
    g.add(g.org(0), '\nFORMULAIRE D\'INSCRIPTION / REGISTRATION FORM\n\n',
          'Nom de famille / Last name : ', g.nm(p, 'S'), '\n', 'Prénom / First name : ', g.nm(p, 'G'), '\n',
          'Date de naissance / Date of birth (AAAA-MM-JJ / YYYY-MM-DD) : ', g.DOB(d=d, style='iso'), '\n',
          'NAS / SIN : ', X('NAS', g.nas()), '\n', 'Adresse / Address : ', X('ADDRESS', g.addr_line(r.random() < 0.5)), '\n',
          'Ville / City : ', g.city(), '   Code postal / Postal code : ', X('POSTAL_CODE', g.pc()), '\n',
          'Téléphone / Phone : ', g.ph(0.1), '\n', 'Courriel / Email : ', X('EMAIL', g.email(p)), '\n')
    if r.random() < 0.5:
        g.add('Permis de conduire / Driver\'s licence : ', X('DRIVER_LICENCE', g.dl(p, d)), '\n')
    else:
        g.add('Passeport / Passport : ', X('PASSPORT', g.passport('CA')), '\n')
    k = g.person()
    g.add('Personne à joindre / Emergency contact : ', g.nm(k, 'GS'), ', ', g.ph(0), '\n\n', g.sent('admin', 1), '\n',
          'Signature : ____________   Date : ', g.ndate('iso'), '\n')


def fr_insurance(g):
    r = g.r
    ins, adj, tp = g.person(), g.person(), g.person()
    b = g.bank()
    g.add('NOTES DE L\'EXPERT EN SINISTRE — réclamation ', g.fileno('claim'), '\n', 'Assureur : ', g.org(0), '\n',
          'Assuré(e) : ', g.nm(ins, 'GS'), ' — ', g.address('one'), '\n', 'Tél. : ', g.ph(0), '\n\n')
    ents = [
        lambda: ['Appel avec l\'assuré(e). ', g.sent('money', 1), ' Le véhicule ', X('PLATE', g.plate()), ' est au garage ', g.org(1.0, kind='garage'), '.'],
        lambda: ['Tiers impliqué : ', g.nm(tp, 'GS'), ', né', '' if tp.g == 'm' else 'e', ' le ', g.DOB('adult'), ', ', g.address('one'), '.'],
        lambda: ['Visite des lieux. ', g.sent('money', 2)],
        lambda: ['Remboursement par dépôt : transit ', X('BANK_ACCOUNT', b[0]), ', institution ', X('BANK_ACCOUNT', b[1]),
                 ', compte ', X('BANK_ACCOUNT', b[2]), '.'],
        lambda: ['Estimation reçue : ', g.amount(800, 25000), '. ', g.sent('money', 1)],
    ]
    for e in r.sample(ents, r.randint(3, 5)):
        g.add(g.ndate('iso'), ' ', g.time(), ' (', P(adj.given[0] + '. ' + adj.sur), ') ', e(), '\n')
    g.add('\n', g.sent('money', 1), '\n')


# ---------------------------------------------------------------------------
# English families.

def en_police(g):
    r = g.r
    off = g.people(2)
    d1, v, w = g.person(), g.person(), g.person()
    b1 = g.dob('adult')
    reg = g.ch(['ON', 'ON', 'NY', 'VT', 'US'])
    g.add(g.ch(['ONTARIO PROVINCIAL POLICE — Hawkesbury Detachment', 'CITY POLICE SERVICE — General Occurrence Report',
                'OCCURRENCE REPORT — Patrol Division']), '\nOccurrence #', g.fileno('police'), '\n',
          'Reported: ', g.ndate(), ' ', g.time(), '\n', 'Location: ', g.street(), ' near ', g.street(), ', ', g.place(), '\n',
          'Officers: ', g.ch(['Cst. ', 'PC ', 'Det. ']), g.nm(off[0], 'GS'), ' #', str(r.randint(1000, 9999)), '; ',
          g.ch(['Cst. ', 'Sgt. ']), g.nm(off[1], g.ch(['GS', 'IS'])), '\n\nSYNOPSIS\n',
          'At approximately ', g.time(), ' police attended for a report of a hit and run. The complainant, ', g.nm(v, 'GS'),
          ', states a ', g.ch(['grey Nissan Rogue', 'black Dodge Ram', 'white Kia Soul', 'blue Subaru Outback']), ' bearing ',
          {'ON': 'Ontario', 'NY': 'New York', 'VT': 'Vermont', 'US': 'California'}[reg], ' plate ', X('PLATE', g.plate(reg)),
          ' struck her parked vehicle (Quebec plate ', X('PLATE', g.plate('QC')), '). ', g.sent('police', 2), '\n\n',
          'The suspect vehicle was located and the driver identified as ', g.nm(d1, 'SU,G'), ', DOB ', g.DOB(d=b1), ', of ',
          g.address('one', en=True, province=g.ch(['ON', 'QC'])), '. Licence ', X('DRIVER_LICENCE',
          (d1.sur[0].upper() if d1.sur[0].isalpha() else 'K') + '%04d-%05d-%05d' % (r.randint(0, 9999), r.randint(0, 99999), r.randint(0, 99999))
          if r.random() < 0.5 else g.dl(d1, b1)), '.\n\n', 'Witness: ', g.nm(w, 'GS'), ', cell ', g.ph(0), '. ',
          g.sent('police', 1), '\n')


def en_school(g):
    r = g.r
    kid, other = g.person(), g.person()
    par = g.person(origin=kid.origin)
    t, vp = g.person(), g.person()
    g.add(g.org(1.0, kind='school_en') if r.random() < 0.6 else D('ORG', g.ch(['Westmount High School', 'Royal Vale School', 'Riverdale High School'])), '\nSTUDENT INCIDENT REPORT\n\n', 'Student: ', g.nm(kid, g.ch(['GS', 'S,G'])),
          '   Grade: ', str(r.randint(1, 11)), '\n', 'Date of birth: ', g.DOB('school'), '\n',
          'Parent/guardian: ', g.title(par), g.nm(par, 'GS'), ' — ', g.ph(0.2), '\n', 'Home address: ', g.address(en=True), '\n\n',
          'What happened: On ', g.ndate(), ' at ', g.time(), ', ', P(kid.given), ' and ', P(other.given), ' got into an argument in the ',
          g.ch(['cafeteria', 'gym', 'hallway', 'schoolyard']), '. ', g.sent('school', 2), '\n',
          'Staff on duty: ', g.title(t), g.nm(t, 'S'), '\n', 'Follow-up: ', g.sent('school', 1), ' Reviewed by ', g.nm(vp, 'GS'),
          ', vice-principal.\n', g.word(), '\n')


def en_adjuster(g):
    r = g.r
    ins, adj, con = g.person(), g.person(), g.person()
    g.add('CLAIM NOTES — ', g.org(0), '\nClaim ', g.fileno('claim'), ' | Loss date: ', g.ndate(), '\n',
          'Insured: ', g.nm(ins, 'GS'), ', ', g.address('one', en=True), '\n', 'Phone: ', g.ph(0.1), ' | Email: ', X('EMAIL', g.email(ins)), '\n\n')
    ents = [
        lambda: ['Spoke with insured. ', g.sent('money', 1), ' Contractor ', g.nm(con, 'GS'), ' (', g.org(1.0, kind='contractor_en'), ') to send estimate.'],
        lambda: ['Site visit. ', g.sent('money', 2)],
        lambda: ['Estimate received: ', g.amount(1500, 40000), '. ', g.sent('money', 1)],
        lambda: ['Insured requests EFT; banking provided: ', X('BANK_ACCOUNT', g.bank_group()), '.'],
        lambda: ['Deductible of ', g.amount(250, 2000), ' explained. ', g.sent('money', 1)],
        lambda: ['Rental vehicle plate ', X('PLATE', g.plate('QC')), ' returned on ', g.ndate(), '.'],
    ]
    for e in r.sample(ents, r.randint(3, 5)):
        g.add(g.ndate('iso'), ' ', g.time(), ' ', g.nm(adj, 'GI'), ': ', e(), '\n')
    g.add('\nAdjuster: ', g.nm(adj, 'GS'), ', ', g.ph(0.8), '\n')


def en_pharma(g):
    r = g.r
    ph, md, pt = g.person(), g.person(), g.person()
    d = g.dob('any')
    g.add('FAX — REFILL AUTHORIZATION REQUEST\n', 'From: ', g.org(1.0, kind='pharmacy_en') if r.random() < 0.5 else D('ORG', g.ch(['Jean Coutu', 'Shoppers Drug Mart', 'Costco Pharmacy'])), ' — ', g.nm(ph, 'GS'), ', RPh\n',
          'Tel: ', g.ph(0), '  Fax: ', X('PHONE', g.phone()), '\n', 'To: ', g.title(md, 'dr'), g.nm(md, g.ch(['GS', 'IS'])), '\n',
          'Date: ', g.ndate(), '\n\n', 'Patient: ', g.nm(pt, 'S,G'), '\nDOB: ', g.DOB(d=d), '   Health card: ', X('RAMQ', g.ramq(pt, d)), '\n',
          'Address: ', g.address('one', en=True), '\n\n',
          'Rx ', g.fileno('rx'), ' — ', g.ch(['Rosuvastatin 10 mg', 'Metoprolol 25 mg', 'Escitalopram 10 mg', 'Insulin glargine']), ', 90 days\n',
          'Rx ', g.fileno('rx'), ' — ', g.ch(['Hydrochlorothiazide 25 mg', 'Levothyroxine 50 mcg', 'Fluticasone inhaler']), ', 90 days\n\n',
          g.sent('care', 1), ' ', g.sent('admin', 1), '\n', 'Approved [ ]  Denied [ ]   Prescriber signature: ________\n',
          'Questions? Call ', g.tollfree(), '\n')


def en_ambulance(g):
    r = g.r
    pt = g.person()
    d = g.dob(g.ch(['senior', 'adult', 'child']))
    kin = g.person(origin=pt.origin)
    m1, m2 = g.person(), g.person()
    g.add('PATIENT CARE RECORD\n', 'Run #', g.fileno('ticket'), '   Date: ', g.ndate('iso'), '\n',
          [[lab, t] for lab, t in zip(['Call rcvd ', '  On scene ', '  Depart '], g.times(3))], '\n',
          'Pt: ', g.nm(pt, 'SU,G'), '   Sex: ', 'M' if pt.g == 'm' else 'F', '\n', 'DDN/DOB: ', g.DOB(d=d, style=g.ch(['iso', 'dmon', 'mdy'])),
          '   RAMQ: ', X('RAMQ', g.ramq(pt, d)), '\n', 'Pickup: ', g.address('one', en=True), '\n',
          'NOK: ', g.nm(kin, 'GS'), ' (', g.ch(['daughter', 'wife', 'sister']) if kin.g == 'f' else g.ch(['son', 'husband', 'brother']), ') ', g.ph(0), '\n',
          'Crew: ', g.nm(m1, g.ch(['GS', 'IS'])), ' / ', g.nm(m2, g.ch(['GS', 'IS'])), '\n', 'Dest: ', g.hospital(), '\n\n',
          'Hx: ', g.sent('care', 2), '\n', 'Vitals: BP ', str(r.randint(95, 180)), '/', str(r.randint(55, 100)), ' HR ', str(r.randint(50, 130)),
          ' RR ', str(r.randint(12, 28)), ' SpO2 ', str(r.randint(88, 100)), '%\n', 'Narrative: ', g.sent('care', 1), '\n')


def en_sponsor(g):
    r = g.r
    c = g.ch(FOREIGN)
    sp = g.person(origin=F_ORIGIN[c])
    pp = g.person(origin=F_ORIGIN[c], g='f' if sp.g == 'm' else 'm')
    d = g.dob('adult')
    g.add('APPLICATION TO SPONSOR — FAMILY CLASS (IMM 1344)\n', 'UCI / file: ', g.fileno('imm'), '\n\n',
          '1. SPONSOR\nFamily name: ', g.nm(sp, 'S'), '\nGiven name(s): ', g.nm(sp, 'G'), '\nDate of birth (YYYY-MM-DD): ', g.DOB(d=d, style='iso'),
          '\nSIN: ', X('NAS', g.nas()), '\nResidential address: ', g.address('one', en=True), '\nTelephone: ', g.ph(0),
          '\nEmail: ', X('EMAIL', g.email(sp)), '\n\n',
          '2. SPONSORED PERSON\nName: ', g.nm(pp, 'SU,G'), '\nDate of birth: ', g.DOB('adult', style=g.ch(['iso', 'long', 'dmon'])),
          '\nPassport no.: ', X('PASSPORT', g.passport(c)), '\nCurrent address:\n', g.faddr(c), '\nTelephone: ', X('PHONE', g.fphone(c)),
          '\nRelationship: ', g.ch(['spouse', 'common-law partner', 'parent', 'dependent child']), '\n\n',
          g.sent('admin', 2), '\n', 'Representative: ', g.nm(g.person(), 'GS'), ', ', g.org(0.8, kind='law_en'), '\n')


def en_voicemail(g):
    r = g.r
    caller, target = g.person(), g.person()
    d = g.dob('any')
    num = g.phone(style=6)
    pc = g.pc(style='tight')
    g.add('Voicemail transcription\n', 'Received ', g.ndate('iso'), ' ', g.time(), ' | length 0:', str(r.randint(20, 59)), '\n\n')
    bits = [
        ['hi this is ', g.nm(caller, 'lower'), ' calling about ', g.ch(['my appointment', 'my mother\'s file', 'the invoice', 'the claim'])],
        ['you can call me back at ', X('PHONE', g.spoken_digits(num))],
        ['my date of birth is ', X('DOB', spoken_date(d, 'en', r))],
        ['this message is for ', P(target.given.lower())],
        ['my postal code is ', X('POSTAL_CODE', ' '.join(DIGIT_EN[int(c)] if c.isdigit() else c.lower() for c in pc))],
        ['my email is ', X('EMAIL', '%s dot %s at %s' % (fold(caller.given.split('-')[0]).replace(' ', ''), fold(caller.sur).replace(' ', ''),
                                                         g.ch(['gmail dot com', 'outlook dot com', 'videotron dot ca'])))],
        ['i live at ', X('ADDRESS', '%s %s' % (en_num(r.randint(2, 99)), g.street_name(True).lower()))],
        ['my sin is ', X('NAS', g.spoken_digits(g.nas(style=2)))],
    ]
    for b in [bits[0]] + r.sample(bits[1:], r.randint(4, 6)):
        g.add(b, ' ')
    g.add('okay thanks bye\n\n', '[Agent note] ', g.sent('gen', 2), ' Called back on ', g.ndate(), '.\n')


def en_slack(g):
    r = g.r
    a, b, c = g.person(), g.person(), g.person()
    cl = g.person()
    g.add('#', g.ch(['intake', 'front-desk', 'case-review', 'ops']), ' — exported ', g.ndate('iso'), '\n\n')
    msgs = [
        (a, ['@', P(g.handle(b)), ' can you call back ', g.title(cl), g.nm(cl, 'S'), ' at ', g.ph(0.2), '?']),
        (b, ['on it after ', g.time(), '. ', g.sent('gen', 1)]),
        (c, ['new address on file: ', g.address('one', en=True)]),
        (a, ['thanks ', P(c.given), ' :pray: ', g.sent('care', 1)]),
        (b, ['daughter ', P(g.person(origin=cl.origin, g='f').given), ' wants to be cc\'d: ', X('EMAIL', g.email())]),
        (c, ['DOB on the form is ', g.DOB('senior'), ', matches the health card']),
        (a, [g.word()]),
    ]
    t = r.randint(8 * 60, 11 * 60)
    for i, (p, body) in enumerate(msgs[:r.randint(5, 7)]):
        t += r.randint(1, 20)
        g.add(g.nm(p, 'GS'), '  ', D('TIME', '%d:%02d AM' % divmod(t, 60)), '\n', body, '\n')
        if r.random() < 0.3:
            g.add(g.ch([':thumbsup: 2', ':eyes: 1', ':white_check_mark: 1']), '\n')
        g.add('\n')


def en_email(g):
    r = g.r
    a, b = g.person(), g.person()
    ea, eb = g.email(a, org=True), g.email(b)
    g.add('From: ', g.nm(a, 'GS'), ' <', X('EMAIL', ea), '>\n', 'Sent: ', g.ndate('long'), ' ', g.time(), '\n',
          'To: ', X('EMAIL', eb), '\n', 'Subject: Re: ', g.ch(['Change of address', 'Follow-up appointment', 'Missing documents', 'Your request']), '\n\n',
          'Hi ', P(b.given), ',\n\n', g.sent('gen', 2), ' We updated your file with:\n', g.address('two', en=True), '\n\n',
          'Best regards,\n', g.nm(a, 'GS'), '\n', g.ch(['Client Services Coordinator', 'Intake Officer', 'Case Manager']), '\n', g.org(0), '\n',
          'T ', g.ph(0.7), '\n\n', 'On ', g.ndate('long'), ' at ', g.time(), ', ', g.nm(b, 'GS'), ' <', X('EMAIL', eb), '> wrote:\n',
          '> Hello,\n> ', g.sent('gen', 1), '\n> I am moving on ', g.ndate('long'), '. My cell stays ', g.ph(0), '.\n',
          '> Thanks,\n> ', P(b.given), '\n>\n> Sent from my iPhone\n')


def en_yaml(g):
    r = g.r
    g.add('# contacts.yaml — generated ', g.ndate('iso'), '\n# ', g.sent('gen', 1), '\ncontacts:\n')
    for _ in range(r.randint(2, 6)):
        p, d = g.person(), g.dob('any')
        g.add('  - name: ', g.nm(p, 'GS'), '\n', '    role: ', g.ch([('mother' if p.g == 'f' else 'father'), 'guardian', 'client', 'tenant', 'caregiver']), '\n',
              '    phone: "', X('PHONE', g.phone()), '"\n', '    email: ', X('EMAIL', g.email(p)), '\n',
              '    address: "', X('ADDRESS', g.addr_line(True)), '"\n', '    city: ', g.city(), '\n',
              '    postal_code: ', X('POSTAL_CODE', g.pc()), '\n', '    dob: ', g.DOB(d=d, style='iso'), '\n')
    g.add('notes: >\n  ', g.sent('admin', 1), '\n')


def en_jsonl(g):
    r = g.r
    g.add('// app.log excerpt — ', g.ndate('iso'), '\n')
    for _ in range(r.randint(4, 13)):
        p = g.person()
        ts = '%sT%02d:%02d:%02dZ' % (g.recent().isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        ev = g.ch(['profile.update', 'login.failed', 'address.change', 'payment.added', 'appointment.booked'])
        g.add('{"ts": "', D('DATE', ts), '", "level": "', g.ch(['INFO', 'INFO', 'WARN']), '", "event": "', ev, '", "user": "', g.nm(p, 'GS'), '"')
        if ev == 'address.change':
            g.add(', "street": "', X('ADDRESS', g.addr_line(True)), '", "postal": "', X('POSTAL_CODE', g.pc()), '"')
        elif ev == 'payment.added':
            g.add(', "card": "', g.masked() if r.random() < 0.5 else X('CREDIT_CARD', g.card(2)), '"')
        elif ev == 'appointment.booked':
            g.add(', "dob": "', g.DOB('any', style='iso'), '", "phone": "', X('PHONE', g.phone(6)), '"')
        else:
            g.add(', "email": "', X('EMAIL', g.email(p)), '"')
        g.add(', "ip": "10.', str(r.randint(0, 255)), '.', str(r.randint(0, 255)), '.', str(r.randint(1, 254)), '"}\n')
    g.add('// ', g.sent('gen', 1), '\n')


def en_html(g):
    r = g.r
    g.add(g.org(0), ' — Member directory (converted from HTML)\n\n', '| Name | Phone | Email | Address | Postal code |\n',
          '|------|-------|-------|---------|-------------|\n')
    for _ in range(r.randint(3, 10)):
        p = g.person()
        g.add('| ', g.nm(p, g.ch(['GS', 'S,G'])), ' | ', X('PHONE', g.phone()), ' | ', X('EMAIL', g.email(p)), ' | ',
              X('ADDRESS', g.addr_line(True)), ' | ', X('POSTAL_CODE', g.pc()), ' |\n')
    g.add('\n', g.sent('admin', 1), ' ', g.sent('gen', 1), '\n', 'Last updated ', g.ndate(), '\n')


def en_vcard(g):
    r = g.r
    for _ in range(r.randint(2, 5)):
        p, d = g.person(), g.dob('any')
        city = g.city()
        g.add('BEGIN:VCARD\nVERSION:3.0\nN:', P(p.sur), ';', P(p.given_full()), ';;', g.title(p).strip(), ';\n', 'FN:', g.nm(p, 'GS'), '\n',
              'ORG:', g.org(0.3), '\n', 'TEL;TYPE=CELL:', X('PHONE', g.phone(g.ch([7, 4, 1]))), '\n',
              'EMAIL;TYPE=INTERNET:', X('EMAIL', g.email(p)), '\n', 'ADR;TYPE=HOME:;;', X('ADDRESS', g.addr_line(True, 0.2)), ';', city,
              ';QC;', X('POSTAL_CODE', g.pc()), ';Canada\n', 'BDAY:', g.DOB(d=d, style=g.ch(['iso', 'compact'])), '\n',
              'NOTE:', g.sent('gen', 1), '\nEND:VCARD\n')


def en_sms(g):
    r = g.r
    other = g.person()
    num = g.phone(style=4)
    g.add('SMS Backup & Restore — thread export ', g.ndate('iso'), '\n', 'Contact: ', g.nm(other, 'GS'), '\n\n')
    msgs = [
        ['Hey it\'s ', P(other.given), ', new number'],
        ['Address for Saturday: ', g.address('one', en=True)],
        ['My email is ', X('EMAIL', g.email(other))],
        ['Call my mom at ', g.ph(0), ' if I don\'t pick up'],
        ['Appointment is at ', g.time(), ' with ', g.title(g.person(), 'dr'), g.nm(g.person(), 'S')],
        ['ok thanks. ', g.sent('gen', 1)],
        ['lol you forgot my birthday again, it\'s ', g.DOB('adult', style=g.ch(['long', 'ord']))],
        ['Can you e-transfer the ', g.amount(20, 300), ' for the tickets?'],
    ]
    day = g.recent()
    extra = [['ok see you at ', g.time()], ['can you call ', P(g.person().given), ' at ', g.ph(0), '?'],
             ['sure. ', g.sent('gen', 1)]]
    for m in msgs[:1] + r.sample(msgs[1:] + extra, r.randint(5, 9)):
        day += timedelta(days=r.choice([0, 0, 1, 3]))
        if r.random() < 0.55:
            g.add('From: ', X('PHONE', num), ' (', P(other.given), ')')
        else:
            g.add('To: ', X('PHONE', num))
        g.add('\nDate: ', g.ndate('iso', d=day), ' ', g.time(), '\n', m, '\n\n')


CSV_COLS = {
    'last_name': lambda g, p, d: P(p.sur), 'first_name': lambda g, p, d: P(p.given), 'nom': lambda g, p, d: P(p.sur),
    'prénom': lambda g, p, d: P(p.given), 'dob': lambda g, p, d: X('DOB', g.fdate(d, 'iso')),
    'DDN': lambda g, p, d: X('DOB', g.fdate(d, 'compact')), 'sin': lambda g, p, d: X('NAS', g.nas(style=0)),
    'NAS': lambda g, p, d: X('NAS', g.nas(style=1)), 'health_card': lambda g, p, d: X('RAMQ', g.ramq(p, d, 0)),
    'phone': lambda g, p, d: X('PHONE', g.phone(2)), 'tél.': lambda g, p, d: X('PHONE', g.phone(0)),
    'email': lambda g, p, d: X('EMAIL', g.email(p)), 'courriel': lambda g, p, d: X('EMAIL', g.email(p)),
    'street': lambda g, p, d: X('ADDRESS', g.addr_line(True, 0.2)), 'adresse': lambda g, p, d: X('ADDRESS', g.addr_line(False, 0.2)),
    'city': lambda g, p, d: g.city(), 'postal_code': lambda g, p, d: X('POSTAL_CODE', g.pc()),
    'licence': lambda g, p, d: X('DRIVER_LICENCE', g.dl(p, d)), 'passport': lambda g, p, d: X('PASSPORT', g.passport('CA')),
    'plate': lambda g, p, d: X('PLATE', g.plate()), 'card': lambda g, p, d: X('CREDIT_CARD', g.card()),
    'transit': lambda g, p, d: X('BANK_ACCOUNT', g.bank()[0]), 'institution': lambda g, p, d: X('BANK_ACCOUNT', g.bank()[1]),
    'account': lambda g, p, d: X('BANK_ACCOUNT', g.bank()[2]),
    'plaque': lambda g, p, d: X('PLATE', g.plate()), 'carte': lambda g, p, d: X('CREDIT_CARD', g.card()),
}


def en_csv(g):
    r = g.r
    fr = r.random() < 0.4
    cols = (['nom', 'prénom', 'DDN'] if fr else ['last_name', 'first_name', 'dob']) + \
        r.sample(['sin', 'health_card', 'phone', 'email', 'licence', 'passport', 'plate', 'card', 'tél.', 'courriel',
                  'plaque', 'carte'], 3) + \
        (['transit', 'institution', 'account'] if r.random() < 0.3 else []) + \
        (['adresse' if fr else 'street', 'city', 'postal_code'])
    g.add('export_', g.ndate('compact'), '.csv\n', ';'.join(cols), '\n')
    for _ in range(r.randint(3, 9)):
        p, d = g.person(), g.dob('any')
        for i, c in enumerate(cols):
            g.add(';' if i else '', CSV_COLS[c](g, p, d))
        g.add('\n')
    g.add('\n', g.sent('admin', 1), '\n')


def en_callcentre(g):
    r = g.r
    ag, cl = g.person(), g.person()
    d = g.dob('adult')
    g.add('Call transcript — ', g.org(0), ' — ticket ', g.fileno('ticket'), '\n', g.ndate('iso'), ' ', g.time(), '\n\n',
          'AGENT: Thank you for calling, my name is ', g.nm(ag, 'G'), ', how can I help?\n',
          'CLIENT: Hi, this is ', g.nm(cl, 'GS'), '. ', g.sent('money', 1), '\n',
          'AGENT: Can I get your date of birth to verify the account?\n', 'CLIENT: ', g.DOB(d=d, style=g.ch(['long', 'ord', 'dmyl'])), '.\n',
          'AGENT: And the postal code on file?\n', 'CLIENT: ', X('POSTAL_CODE', g.pc()), '.\n',
          'AGENT: Thanks ', g.title(cl), g.nm(cl, 'S'), '. I see a card ending in ', g.masked()[-4:], '.\n')
    if r.random() < 0.6:
        g.add('CLIENT: That one expired, the new one is ', X('CREDIT_CARD', g.card()), '.\n')
    g.add('AGENT: Got it. Is your address still ', X('ADDRESS', g.addr_line(True)), '?\n', 'CLIENT: Yes. You can text me at ', g.ph(0), '.\n',
          'AGENT: ', g.sent('money', 1), ' Anything else?\n', 'CLIENT: No, that\'s all.\n\n', '[Call ended ', g.time(), ']\n')


def en_ocr(g):
    r = g.r
    p = g.person()
    d = g.dob('adult')
    g.add('[scan ', g.ndate('iso'), ' p.1]\n')
    g.noise = ocr_noise(r, rate=r.choice([0.03, 0.05, 0.07]))
    g.add('A P P L I C A T I O N   F O R   A S S I S T A N C E\n', g.org(0), '\n\n', 'Name: ', g.nm(p, 'SU,G'), '\n',
          'Date of Birth: ', g.DOB(d=d, style=g.ch(['mdy', 'long', 'iso'])), '\n', 'SIN: ', X('NAS', g.nas(valid=r.random() < 0.6)), '\n',
          'Address: ', g.address('two', en=True), '\n', 'Phone: ', g.ph(0), '\n', 'Driver\'s licence: ', X('DRIVER_LICENCE', g.dl(p, d)), '\n\n',
          'Reason: ', g.sent('money', 2), '\n\n', 'Caseworker: ', g.nm(g.person(), 'GS'), '   Date: ', g.ndate(), '\n')
    g.noise = None
    g.add('[end of page]\n')


def en_genealogy(g):
    r = g.r
    root = g.person(g='m')
    wife = g.person(origin=root.origin, g='f')
    d1, d2 = g.dob('senior'), g.dob('senior')
    kids = g.people(r.randint(2, 4), origin=root.origin)
    g.add('Family group sheet — ', D('ORG', g.ch(['Quebec Family History Society', 'Société de généalogie de Québec'])), '\n\n',
          'Husband: ', g.nm(root, 'GSU'), '\n  Born: ', g.DOB(d=d1, style=g.ch(['dmyl', 'long', 'ord'])), ', ', g.place(), '\n',
          '  Died: ', g.ndate('dmyl'), '\n  Father: ', g.nm(g.person(origin=root.origin, g='m'), 'GS'), '\n',
          'Wife: ', g.nm(wife, 'GSU'), '\n  Born: ', g.DOB(d=d2, style=g.ch(['dmyl', 'long'])), '\n',
          '  Last residence: ', g.address('one', en=True), '\n\nChildren:\n')
    for k in kids:
        g.add('  - ', g.nm(k, 'GS'), ' (', g.DOB('adult', style='iso'), ')\n')
    comp = g.person()
    g.add('\nSources: parish registers, ', g.year(), ' census. ', g.sent('gen', 1), '\n', 'Compiled by ', g.nm(comp, 'GS'), ', ',
          X('EMAIL', g.email(comp)), '\n')


def en_optometry(g):
    r = g.r
    g.add(g.org(1.0, kind='optometry'), ' — recall list for ', g.month(), ' ', g.year(), '\n\n')
    for _ in range(r.randint(4, 12)):
        p = g.person()
        g.add(g.nm(p, g.ch(['S,G', 'GS'])), '\tDOB ', g.DOB('any', style=g.ch(['iso', 'mdy', 'dmon'])), '\t', g.ph(0), '\t',
              g.ch(['annual exam', 'contact lens follow-up', 'glaucoma check', 'child exam']), '\t', 'last: ', g.ndate('iso'), '\n')
    g.add('\n', g.sent('care', 1), ' ', g.sent('gen', 1), '\n')


def en_hr(g):
    r = g.r
    e, sup, hr, rep = g.person(), g.person(), g.person(), g.person()
    g.add('PRIVATE AND CONFIDENTIAL\n\n', g.ndate('long'), '\n\n', g.title(e), g.nm(e, 'GS'), '\n', g.address('two', en=True), '\n\n',
          'Re: ', g.ch(['Written warning', 'One-day suspension without pay', 'Final warning']), '\n\n', 'Dear ', g.title(e), g.nm(e, 'S'), ',\n\n',
          'On ', g.ndate('long'), ', your supervisor, ', g.nm(sup, 'GS'), ', noted that you left your shift at ', g.time(), ' without authorization. ',
          g.sent('work', 2), ' The meeting was held in the presence of ', g.nm(rep, 'GS'), ', union steward. ', g.sent('work', 1), '\n\n',
          'Sincerely,\n\n', g.nm(hr, 'GS'), '\nHuman Resources Director, ', g.org(0.5), '\n', g.ph(0.7), ' | ', X('EMAIL', g.email(hr, org=True)),
          '\n\ncc: ', g.nm(rep, 'IS'), '; personnel file\n')


def en_library(g):
    r = g.r
    p = g.person()
    d = g.dob(g.ch(['child', 'adult', 'senior']))
    g.add(D('ORG', g.ch(['Westmount Public Library', 'Atwater Library', 'Pointe-Claire Public Library', 'Bibliothèque Marc-Favreau',
                         'Beaconsfield Library', 'Eleanor London Côte Saint-Luc Public Library'])), ' — patron record\n', 'Barcode: ', '2%013d' % r.randint(0, 10 ** 13 - 1), '\n', 'Name: ', g.nm(p, 'S,G'), '\n',
          'Birth date: ', g.DOB(d=d), '\n', 'Address: ', g.address('one', en=True), '\n', 'Phone: ', g.ph(0), '   Email: ', X('EMAIL', g.email(p)), '\n')
    if d.year > 2008:
        gp = g.person(origin=p.origin)
        g.add('Guardian: ', g.nm(gp, 'GS'), ', ', g.ph(0), '\n')
    g.add('Expires: ', g.ndate('iso'), '\n\nItems out:\n')
    for _ in range(r.randint(2, 4)):
        g.add('  - ', g.ch(['The Wind in the Willows', 'Atlas of Quebec', 'Beginner Knitting', 'Medieval History', 'Cooking for Two',
                            'The Complete Birdwatcher', 'Learn Spanish in 30 Days']), ' — due ', g.ndate(), '\n')
    g.add('Fines: ', g.amount(1, 40), '\n\n', g.sent('admin', 1), '\n', 'Staff: ', P(g.handle(g.person())), '\n')


def en_tasks(g):
    r = g.r
    ppl = g.people(6)
    g.add('## To do — week of ', g.ndate('long'), '\n\n')
    items = [
        lambda p: ['call back ', g.title(p), g.nm(p, 'S'), ' at ', g.ph(0.2)],
        lambda p: ['email the consent form to ', X('EMAIL', g.email(p))],
        lambda p: ['check DOB for ', g.nm(p, 'GS'), ' (', g.DOB('any'), ')'],
        lambda p: ['update address for ', g.nm(p, 'GI'), ': ', g.address('one', en=True)],
        lambda p: ['book room ', g.ch(['2B', 'Maple', '301']), ' for ', g.time()],
        lambda p: ['confirm ', P(p.given), '\'s appointment with ', g.title(ppl[0], 'dr'), g.nm(ppl[0], 'S')],
        lambda p: ['follow up with ', g.org(0.3), ' (claim ', g.fileno('claim'), ')'],
    ]
    for p in ppl[1:]:
        g.add(g.ch(['- [ ] ', '- [ ] ', '- [x] ']), r.choice(items)(p), '\n')
    g.add('\n### Notes\n', g.sent('gen', 2), '\n', g.word(), '\n')


def en_minutes(g):
    r = g.r
    mem = g.people(r.randint(5, 7))
    g.add('MINUTES of the regular meeting of the board of ', g.org(0.5), ', held on ', g.ndate('long'), ' at ', g.time(), '.\n\n', 'Present: ')
    for i, p in enumerate(mem[:-1]):
        g.add(', ' if i else '', g.nm(p, 'GS'), ' (chair)' if i == 0 else '')
    g.add('\nRegrets: ', g.nm(mem[-1], 'GS'), '\n\n')
    for _ in range(r.randint(2, 3)):
        a, b = r.sample(mem[:-1], 2)
        g.add('Motion ', g.fileno('resol'), ': ', g.sent('meeting', 1), ' An expense of ', g.amount(200, 9000), ' is approved.\n',
              'Moved by: ', g.nm(a, g.ch(['GS', 'IS'])), '   Seconded by: ', g.nm(b, g.ch(['GS', 'IS'])), '\nCarried.\n\n')
    corr = g.person()
    g.add('Correspondence: letter from ', g.title(corr), g.nm(corr, 'GS'), ' of ', X('ADDRESS', g.addr_line(True)), ', ', g.city(), ' ',
          X('POSTAL_CODE', g.pc()), ', regarding snow removal. ', g.sent('meeting', 1), '\n\nRecording secretary: ', g.nm(mem[1], 'GS'), '\n')


FAMILIES = [
    ('dpj-notes', 'fr', fr_dpj), ('clsc-visits', 'fr', fr_clsc), ('tal-hearing', 'fr', fr_tal), ('police-fr', 'fr', fr_police),
    ('school-fr', 'fr', fr_school), ('psy-letter', 'fr', fr_psy), ('hr-discipline-fr', 'fr', fr_hr), ('grievance', 'fr', fr_grief),
    ('pharmacy-fax-fr', 'fr', fr_pharma), ('ambulance-fr', 'fr', fr_ambulance), ('funeral-contract', 'fr', fr_funeral),
    ('civil-registry', 'fr', fr_civil), ('sponsorship-fr', 'fr', fr_sponsor), ('voicemail-fr', 'fr', fr_voicemail),
    ('email-chain-fr', 'fr', fr_email), ('tasks-md-fr', 'fr', fr_tasks), ('sheet-tsv', 'fr', fr_sheet), ('minutes-fr', 'fr', fr_minutes),
    ('callcentre-fr', 'fr', fr_callcentre), ('ocr-scan-fr', 'fr', fr_ocr), ('obituary', 'fr', fr_obit), ('bank-statement', 'fr', fr_bank),
    ('dental-recall', 'fr', fr_dental), ('permit', 'fr', fr_permit), ('court-style', 'fr', fr_court), ('landlord-ledger', 'fr', fr_ledger),
    ('ini-record', 'fr', fr_ini), ('teams-chat', 'fr', fr_teams), ('sms-fr', 'fr', fr_sms), ('bilingual-form', 'fr', fr_bilingual),
    ('adjuster-fr', 'fr', fr_insurance),
    ('police-en', 'en', en_police), ('school-en', 'en', en_school), ('adjuster-en', 'en', en_adjuster), ('pharmacy-fax-en', 'en', en_pharma),
    ('ambulance-en', 'en', en_ambulance), ('sponsorship-en', 'en', en_sponsor), ('voicemail-en', 'en', en_voicemail),
    ('slack-export', 'en', en_slack), ('email-chain-en', 'en', en_email), ('yaml-contacts', 'en', en_yaml), ('jsonl-log', 'en', en_jsonl),
    ('html-table', 'en', en_html), ('vcard', 'en', en_vcard), ('sms-en', 'en', en_sms), ('sheet-csv', 'en', en_csv),
    ('callcentre-en', 'en', en_callcentre), ('ocr-scan-en', 'en', en_ocr), ('genealogy', 'en', en_genealogy),
    ('optometry-recall', 'en', en_optometry), ('hr-letter-en', 'en', en_hr), ('library-record', 'en', en_library),
    ('tasks-md-en', 'en', en_tasks), ('minutes-en', 'en', en_minutes),
]

PII_TYPES = {'PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'POSTAL_CODE', 'DOB', 'NAS', 'RAMQ', 'DRIVER_LICENCE', 'PASSPORT',
             'BANK_ACCOUNT', 'CREDIT_CARD', 'PLATE'}
DECOY_TYPES = {'ORG', 'PLACE', 'STREET', 'LAW', 'FILENO', 'TOLLFREE', 'DATE', 'MONTH', 'YEAR', 'AMOUNT', 'TIME', 'WORD'}


# ---------------------------------------------------------------------------
# Driver.

def family_order(half, seed):
    order = list(FAMILIES)
    random.Random('indep17-order:%s:%s' % (half, seed)).shuffle(order)
    return order


THEME = {'dpj-notes': 'youth', 'clsc-visits': 'care', 'tal-hearing': 'house', 'police-fr': 'police', 'school-fr': 'school',
         'psy-letter': 'care', 'hr-discipline-fr': 'work', 'grievance': 'work', 'pharmacy-fax-fr': 'care',
         'ambulance-fr': 'care', 'funeral-contract': 'money', 'civil-registry': 'admin', 'sponsorship-fr': 'admin',
         'voicemail-fr': 'gen', 'email-chain-fr': 'gen', 'tasks-md-fr': 'gen', 'minutes-fr': 'meeting',
         'callcentre-fr': 'money', 'ocr-scan-fr': 'money', 'obituary': 'gen', 'permit': 'permit', 'court-style': 'house',
         'teams-chat': 'care', 'sms-fr': 'gen', 'bilingual-form': 'admin', 'adjuster-fr': 'money', 'police-en': 'police',
         'school-en': 'school', 'adjuster-en': 'money', 'pharmacy-fax-en': 'care', 'ambulance-en': 'care',
         'sponsorship-en': 'admin', 'voicemail-en': 'gen', 'slack-export': 'care', 'email-chain-en': 'gen',
         'sms-en': 'gen', 'callcentre-en': 'money', 'ocr-scan-en': 'money', 'genealogy': 'gen', 'hr-letter-en': 'work',
         'library-record': 'admin', 'tasks-md-en': 'gen', 'minutes-en': 'meeting'}
# Case-file families that may carry trailing notes; the others grow by rows or messages.
APPENDIX = {'dpj-notes', 'clsc-visits', 'tal-hearing', 'police-fr', 'school-fr', 'psy-letter', 'hr-discipline-fr',
            'grievance', 'pharmacy-fax-fr', 'ambulance-fr', 'funeral-contract', 'sponsorship-fr', 'email-chain-fr',
            'callcentre-fr', 'ocr-scan-fr', 'permit', 'bilingual-form', 'adjuster-fr', 'police-en', 'school-en',
            'adjuster-en', 'pharmacy-fax-en', 'ambulance-en', 'sponsorship-en', 'email-chain-en', 'callcentre-en',
            'ocr-scan-en', 'hr-letter-en', 'library-record', 'voicemail-fr', 'voicemail-en'}


def appendix_blocks(g, theme):
    """Trailing blocks (notes, follow-ups, another contact ...), in random order, none twice."""
    r = g.r
    fr = g.lang == 'fr'

    def note():
        return ['\n', g.ch(['Note : ', 'Remarque : ', 'Commentaire : ']) if fr else g.ch(['Note: ', 'Comment: ', 'Remarks: ']),
                g.sent(theme, r.randint(1, 3)), '\n']

    def follow():
        p = g.person()
        return ['\n', g.ndate(), ' ', g.time(), ' — ', 'suivi par ' if fr else 'follow-up by ', g.title(p),
                g.nm(p, g.ch(['S', 'GS'])), ' : ' if fr else ': ', g.sent(theme, r.randint(1, 2)), '\n']

    def contact():
        return ['\n', 'Autre personne à joindre : ' if fr else 'Other contact: ', g.nm(g.person(), 'GS'), ', ', g.ph(0.2), '\n']

    def ref():
        return ['\n', 'Référence : ' if fr else 'Reference: ', g.law(), ' — ', g.fileno(), '\n']

    def word():
        return ['\n', g.word(), '\n']

    def mail():
        return ['\n', 'Adresse de correspondance : ' if fr else 'Mailing address: ', g.address('one'), '\n']

    def fwd():
        return ['\n', 'Transmis à ' if fr else 'Forwarded to ', g.org(0.4), ' le ' if fr else ' on ', g.ndate(), '. ',
                g.sent('gen', 1), '\n']

    def conf():
        return ['\n', 'CONFIDENTIEL — Ce document contient des renseignements personnels; toute diffusion non autorisée '
                'est interdite.' if fr else 'CONFIDENTIAL — This document contains personal information; do not '
                'distribute without authorization.', '\n']

    def meet():
        return ['\n', 'Point de service : ' if fr else 'Service point: ', g.street(), ', ', g.place(),
                ' (ouvert depuis ' if fr else ' (open since ', g.month(), ' ', g.year(), '). ', g.sent(theme, 1), '\n']

    def toll():
        return ['\n', 'Ligne d\'information sans frais : ' if fr else 'Toll-free information line: ', g.tollfree(),
                ', du lundi au vendredi.' if fr else ', Monday to Friday.', '\n']

    def para():
        return ['\n', g.sent(theme, r.randint(2, 3)), ' ', g.sent('gen', 1), '\n']

    blocks = [note, note, follow, follow, para, contact, ref, word, mail, fwd, conf, meet, toll]
    r.shuffle(blocks)
    return blocks


def make_doc(half, seed, i, order, keep_pieces=False):
    name, lang, fn = order[i % len(order)]
    g = None
    for attempt in range(8):
        g = Gen(half, random.Random('indep17:%s:%s:%d:%d' % (half, seed, i, attempt)), lang)
        fn(g)
        theme = THEME.get(name, 'gen')
        if name in APPENDIX and g.r.random() < 0.65:
            target = g.r.randint(900, 2600)
            for blk in appendix_blocks(g, theme):
                if g.n >= target:
                    break
                g.add(blk())
        k = 0
        while g.n < 600 and k < 6:
            th = theme if ('%s/%s' % (lang, theme)) in CONTENT else 'gen'
            g.add('\n', g.sent(g.ch([th, th, 'gen']), 2), '\n')
            k += 1
        if g.n <= 3000:
            break
    spans = sorted(g.spans, key=lambda s: (s['start'], s['end']))
    doc = {'id': 'indep17-%s-%s-%04d' % (half, seed, i), 'lang': lang, 'family': name, 'text': g.text(),
           'spans': [{k: v for k, v in s.items() if k != '_t'} for s in spans]}
    if keep_pieces:
        doc['_pieces'] = [s['_t'] for s in spans]
    return doc


def generate(half, count, seed, keep_pieces=False):
    order = family_order(half, seed)
    return [make_doc(half, seed, i, order, keep_pieces) for i in range(count)]


def _dict_words():
    words = set()
    base = '/usr/share/dict'
    names = sorted(os.listdir(base)) if os.path.isdir(base) else []
    for fn in [os.path.join(base, n) for n in names if not n.upper().startswith('README')]:
        if os.path.isfile(fn):
            try:
                with open(fn, encoding='utf-8', errors='replace') as f:
                    for w in f:
                        w = w.strip()
                        if w:
                            words.add(fold(w))
            except OSError:
                pass
    return words


def selftest():
    fails = []
    n_fr = sum(1 for f in FAMILIES if f[1] == 'fr')
    print('families: %d (%d French, %d English)' % (len(FAMILIES), n_fr, len(FAMILIES) - n_fr))
    if len(FAMILIES) < 44 or n_fr * 2 < len(FAMILIES):
        fails.append('family count')
    if len({f[0] for f in FAMILIES}) != len(FAMILIES):
        fails.append('duplicate family names')
    # pools
    origins = sorted({k.split('/')[0] for k in POOLS})
    tot = sum(len(v) for v in POOLS.values())
    n_s = sum(len(v) for k, v in POOLS.items() if k.endswith('/s'))
    n_g = tot - n_s
    print('name pools: %d entries from %d origins (%d given, %d surnames, of which %d invented = %.1f %%)'
          % (tot, len(origins), n_g, n_s, len(INVENTED), 100.0 * len(INVENTED) / n_s))
    for h in 'WH':
        hs = HALVES[h]
        print('  half %s: %d entries (%d given m, %d given f, %d surnames), %d distinct name tokens'
              % (h, sum(len(v) for v in hs.values()), sum(len(v) for k, v in hs.items() if k.endswith('/m')),
                 sum(len(v) for k, v in hs.items() if k.endswith('/f')), sum(len(v) for k, v in hs.items() if k.endswith('/s')),
                 len(HALF_TOKENS[h])))
    shared = HALF_TOKENS['W'] & HALF_TOKENS['H']
    ent_w = {e for v in HALVES['W'].values() for e in v}
    ent_h = {e for v in HALVES['H'].values() for e in v}
    print('  name tokens shared by W and H: %d (%.2f %%); entries shared: %d'
          % (len(shared), 100.0 * len(shared) / max(1, len(HALF_TOKENS['W'] | HALF_TOKENS['H'])), len(ent_w & ent_h)))
    if shared or (ent_w & ent_h):
        fails.append('W/H share name parts')
    avoid = set()
    for a in AVOID:
        avoid.update(name_tokens(a))
    bad = avoid & (HALF_TOKENS['W'] | HALF_TOKENS['H'])
    if bad:
        fails.append('avoided names in pools: %s' % sorted(bad))
    words = _dict_words()
    if words:
        for h in 'WH':
            toks = HALF_TOKENS[h]
            inv_toks = set()
            for e in INVENTED:
                if TOK_HALF.get(name_tokens(e)[0]) == h:
                    inv_toks.update(name_tokens(e))
            print('  half %s: %.1f %% of name tokens are /usr/share/dict words (invented surnames: %.1f %%)'
                  % (h, 100.0 * len(toks & words) / len(toks), 100.0 * len(inv_toks & words) / max(1, len(inv_toks))))
    else:
        print('  (no /usr/share/dict word list found)')
    # documents
    N = 300
    for h in 'WH':
        docs = generate(h, N, 1717, keep_pieces=True)
        other = HALF_TOKENS['H' if h == 'W' else 'W']
        cnt, kinds, sizes, fams = Counter(), Counter(), [], Counter()
        leaks = Counter()
        avoid_hits = 0
        for d in docs:
            b = d['text'].encode('utf-8')
            sizes.append(len(b))
            fams[d['family']] += 1
            prev = 0
            for s, piece in zip(d['spans'], d['_pieces']):
                if not (0 <= s['start'] < s['end'] <= len(b)):
                    fails.append('%s: bad offsets %r' % (d['id'], s))
                    continue
                try:
                    seg = b[s['start']:s['end']].decode('utf-8')
                except UnicodeDecodeError:
                    fails.append('%s: span does not decode %r' % (d['id'], s))
                    continue
                if seg != piece:
                    fails.append('%s: span text %r != piece %r' % (d['id'], seg, piece))
                if s['start'] < prev:
                    fails.append('%s: overlapping spans at %d' % (d['id'], s['start']))
                prev = s['end']
                ok = (s['kind'] == 'pii' and s['type'] in PII_TYPES) or (s['kind'] == 'decoy' and s['type'] in DECOY_TYPES) \
                    or (s['kind'] == 'content' and s['type'] == 'CONTENT')
                if not ok:
                    fails.append('%s: bad kind/type %r' % (d['id'], s))
                cnt[s['type']] += 1
                kinds[s['kind']] += 1
                if s['type'] == 'PERSON':
                    for t in name_tokens(seg):
                        if t in other:
                            leaks[t] += 1
                        if t in avoid:
                            avoid_hits += 1
                if s['type'] == 'CREDIT_CARD' and not luhn_ok(seg):
                    fails.append('%s: card fails Luhn %r' % (d['id'], seg))
            json.dumps({k: v for k, v in d.items() if k != '_pieces'}, ensure_ascii=False)
        print('\nhalf %s: %d docs, %d spans (%s); bytes min %d / median %d / max %d; %d families used'
              % (h, N, sum(kinds.values()), ', '.join('%s %d' % kv for kv in sorted(kinds.items())), min(sizes),
                 sorted(sizes)[len(sizes) // 2], max(sizes), len(fams)))
        print('  ' + ', '.join('%s %d' % (t, cnt[t]) for t in sorted(PII_TYPES)))
        print('  ' + ', '.join('%s %d' % (t, cnt[t]) for t in sorted(DECOY_TYPES)) + ', CONTENT %d' % cnt['CONTENT'])
        print('  PERSON tokens that are name tokens of the other half: %d' % sum(leaks.values()))
        if leaks:
            fails.append('half %s: PERSON tokens from the other half: %s' % (h, leaks.most_common(10)))
        if avoid_hits:
            fails.append('half %s: avoided names in output' % h)
        for t, lo in (('ADDRESS', 150), ('POSTAL_CODE', 150), ('DOB', 150), ('PHONE', 150), ('PERSON', 1500)):
            if cnt[t] < lo:
                fails.append('half %s: only %d %s spans' % (h, cnt[t], t))
        for t in PII_TYPES | DECOY_TYPES:
            if cnt[t] == 0:
                fails.append('half %s: no %s span' % (h, t))
        if min(sizes) < 500 or max(sizes) > 3300:
            fails.append('half %s: document sizes out of range (%d..%d)' % (h, min(sizes), max(sizes)))
    # determinism
    a = [json.dumps(d, ensure_ascii=False) for d in generate('W', 25, 99)]
    b = [json.dumps(d, ensure_ascii=False) for d in generate('W', 25, 99)]
    if a != b:
        fails.append('output not deterministic')
    c = [json.dumps(d, ensure_ascii=False) for d in generate('W', 25, 98)]
    if a == c:
        fails.append('seed has no effect')
    # same bytes whatever the interpreter's string-hash seed
    import subprocess
    outs = set()
    for hs in ('0', '7', '4242'):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        outs.add(subprocess.run([sys.executable, os.path.abspath(__file__), 'W', '25', '99'], env=env,
                                capture_output=True, check=True).stdout)
    if len(outs) != 1 or outs.pop().decode('utf-8') != ''.join(x + '\n' for x in a):
        fails.append('output depends on PYTHONHASHSEED or differs from generate()')
    print('determinism: same output for a (half, count, seed) across runs and hash seeds: %s'
          % ('no' if any('determin' in f or 'HASHSEED' in f for f in fails) else 'yes'))
    print()
    if fails:
        print('SELFTEST FAILED (%d problems):' % len(fails))
        for f in fails[:40]:
            print('  ' + f)
        return 1
    print('selftest ok')
    return 0


def main(argv):
    if len(argv) == 2 and argv[1] == '--selftest':
        return selftest()
    if len(argv) != 4 or argv[1] not in ('W', 'H'):
        sys.stderr.write(__doc__.split('\n\n')[1] + '\n')
        return 2
    half, count, seed = argv[1], int(argv[2]), argv[3]
    out = sys.stdout
    try:
        for d in generate(half, count, seed):
            out.write(json.dumps(d, ensure_ascii=False) + '\n')
        out.flush()
    except BrokenPipeError:
        # reader went away (e.g. piped to head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
