#!/usr/bin/env python3
"""freetext-indep19.py - nineteenth independently written generator of
labelled free-text records (French / English) for evaluating the caviar
personal-information redactor on text its authors never saw.  The records
imitate what Québec offices, hospitals, notaries, schools, landlords and
agencies hold, in the layouts those records really have:

  HL7 v2 ADT / ORU messages (PID, NK1, PV1, OBX, NTE segments), FHIR-like
  Patient JSON, SQL INSERT dumps, LDIF directory exports, SRT subtitles of
  recorded hearings, WhatsApp chat exports (Android and iOS formats),
  nursing SBAR hand-offs, laboratory result sheets, vaccination records,
  Revenu Québec audit notes, Retraite Québec survivor-pension files,
  student financial aid (AFE) files, Relevé 1 / T4 slips, records of
  employment, donation receipts, collection-agency letters, residential
  leases, powers of attorney, passport guarantor declarations, school
  emergency cards and class lists, electoral list extracts, petitions with
  signature tables, land-registry extracts and parcel registers, notarial
  deeds of sale, wills, fire-department intervention reports, security
  guard logs, car-rental agreements, garage work orders, animal adoption
  contracts, bailiff's returns of service, coach passenger manifests,
  paratransit files and condominium owner registers.  Paper records (wills,
  deeds, leases, receipts, records of employment ...) sometimes come through
  a scanner and carry OCR character confusions (rn/m, l/1, O/0, é/e ...).

Usage:  freetext-indep19.py W|H COUNT SEED > docs.jsonl
        freetext-indep19.py --selftest

Output: one JSON object per line: id ("indep19-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (must be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE,
DATE, MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences (type CONTENT) holding no name
and no identifier.

Span conventions (those of bench/freetext-indep18.py):
- courtesy, professional and office titles (M., Mme, Me, Dr, Dre, Mr.,
  Ms., Mrs., Det., Sgt., la juge, l'huissier ...) stay outside the PERSON
  span, as do a possessive 's, an elided d' / l', a trailing comma and the
  "@" of a mention;
- initials with a surname ("J.-F. Vézeau") are one span, and so is a given
  name with the initial of the surname ("Amina K.");
- "SURNAME, Given" gives two PERSON spans, and so does an HL7 "SURNAME^GIVEN"
  or the sn / givenName lines of a directory entry;
- a particle (de, da, dos, di, del, von, Ben, El, Aït, O' ...) is inside the
  span;
- a directory uid or chat handle built from a name ("mvezeau") is a PERSON;
  a name inside the local part of an e-mail address is covered by the EMAIL
  span only;
- names in lower case (chat messages, hand-filled petitions) or in capitals
  (electoral lists, HL7, parcel registers) are PERSON; a name garbled by OCR
  noise is one PERSON span over the garbled text (identifiers with check
  digits are left clean);
- an ADDRESS runs from the civic number (or a unit written in front of it:
  "4-1185") through the street and a unit written after it ("app. 3",
  "Apt 3B", "bureau 210") and stops before the city, which is left
  unlabelled; a rural route or post-office box ("RR 2", "C.P. 123") is an
  ADDRESS;
- the postal code (Canadian in any spacing or case, or foreign) is its own
  POSTAL_CODE span, its label outside;
- a phone extension ("poste 214", "ext. 3021") is outside the PHONE span;
  a phone number spelled out in words is a PHONE;
- bank details written as labelled pieces give one BANK_ACCOUNT span per
  piece, one span when written as one group (an IBAN is one group);
- for a date of birth only the date is labelled ("né le [3 mars 1952]",
  "PID-7 [19520303]");
- a masked card or insurance number ("**** **** **** 1234", "*** *** 782")
  is left unlabelled;
- an official acting publicly (judge, notary, bailiff, fire lieutenant,
  nurse, agent) is still a PERSON;
- decoys: organisations (some named after people: "Aréna Célestin-Vézeau",
  "Pharmacie Lacharité"), places, street names without a civic number (some
  named after people), law references, file / lot / registration / receipt
  numbers, toll-free numbers, amounts, dates that are not birth dates,
  months, years, times, and ordinary words that are also name parts of the
  pools (WORD: "une rose séchée", "the grace period", "un repas léger").

Name pools: written for this file, more than 6,000 name parts from
thirty-five origins present in Québec (French-Canadian, Acadian, English,
Irish, Scottish, Haitian, Maghrebi and Kabyle, Levantine, Vietnamese,
Chinese, Korean, Filipino, Latin-American / Andean / Maya, Portuguese /
Brazilian, Italian, Greek, Polish, Ukrainian / Russian, Romanian, Punjabi,
Tamil, Bengali, Iranian, Turkish, West African, Central African, East
African (Somali, Ethiopian, Eritrean, Kenyan), Innu / Atikamekw, Cree,
Inuit, Mohawk, Jewish, Armenian, German, Hungarian).  No surname token of
indep13 .. indep18 is used: those six files' pools were read while this
file was written, and --selftest imports them and re-checks.  About a third
of the surnames are invented at import time from real endings of their
origin ("-ancourt", "-ssini", "-lingam", "-abadi", "-falvi" ...), in an
order fixed by md5.  Name parts that are also very common French or English
words (Lê, He, Son, Can, Loan ...) are left out, since they would turn up
unlabelled in ordinary text.  Every pool entry is one name token (particles
aside); it goes to half W or H by the md5 of "indep19:" + the folded token,
so the two halves share no name token.  Compound given names, double
surnames, particle forms, handles and the names inside organisations and
streets are put together at run time from parts of the same half, and every
fixed list (cities, streets, organisations, content sentences, WORD
sentences) is used in a half only when it holds no name token of the other
half.

--selftest checks: name-part and origin counts, disjoint halves (and that
the checker fails on a planted overlap), no surname of indep13 .. indep18,
deterministic output, span validity (UTF-8 boundaries, no overlap, known
kinds and types, Luhn-valid cards), French share >= 60 % per half, content
spans in every document and free of name tokens, 12 - 30 PII spans per
document on average, every family in each half, WORD decoys that are name
parts of their half, and no name token left unlabelled outside spans.

Python 3 standard library only; the output depends only on the arguments.
"""
import hashlib
import importlib.util
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

# ---------------------------------------------------------------------------
# Name pools.  Key "origin:role"; role m / f = given names, s = surnames,
# p = surnames usually written after a particle (da Silva ...).
NAMES = {
'qc:m': '''
Adélard Aimé Albéric Alcide Alphonse Amédée Anatole Anselme Antonin Aristide Armand Arsène Arthur Benoît
Bertrand Blaise Célestin Clément Conrad Cyprien Damase Delphis Désiré Dieudonné Donat Edmond Égide Elphège
Émery Ernest Eugène Euclide Fabien Félix Ferdinand Firmin Florian Gaspard Gédéon Gonzague Gustave Hervé
Hilaire Honoré Hormidas Ignace Isidore Joachim Josaphat Léandre Léopold Lucien Magloire Marcellin Maxime
Médard Modeste Narcisse Nazaire Octave Omer Onésime Ovide Pacôme Philias Placide Prosper Rodolphe Roméo
Siméon Télesphore Théodore Ulric Valmore Wilbrod Zéphirin Alexis Antoine Cédric Dany Éric Frédéric Gabriel
Hugo Jérôme Jonathan Laurent Mathieu Maxence Nicolas Olivier Patrice Raphaël Sébastien Simon Stéphane
Vincent Xavier Yannick Zacharie Léo Louis Émile Jacob Mathis Loïc Édouard Thierry Réjean Gaétan Normand
Sylvain Yvon Gilles Denis Réal Rosaire Ghislain Marcel Serge Claude Michel André François Jacques Paul Jean
Pierre Luc Marc Benjamin Samuel Étienne Julien Rémi Guillaume Christophe Dominic Aurélien Bastien Colin Élie
Eliot Émeric Évrard Gaël Gauthier Hippolyte Jacquelin Josué Léonard Lounis Marius Mathias Nathanaël Noé
Renaud Sacha Timothée Tristan Valentin Wilfrid Anthony Alexandre Dave Donald Fernand Gérard Henri Jocelyn
Lionel Martin Maurice Nelson Patrick Philippe Rémy Richard Robert Roger Steve Yves Yvan Christian Daniel
Pascal Bruno Carl Jimmy Mario Sylvio Ghyslain Herménégilde Irénée Ludger Odilon Origène Philorum Sifroy
Théodule Wellie Zénon Arcadius Bénoni
''',
'qc:f': '''
Adèle Agathe Albertine Alexandrine Angèle Angélique Annette Antoinette Aurore Bernadette Berthe Blanche
Carmen Cécile Céleste Claire Clémence Colombe Constance Corinne Delphine Denise Éliane Élise Émilienne
Estelle Eugénie Évangéline Fabienne Félicité Fernande Florence Francine Geneviève Germaine Ghislaine
Gilberte Gisèle Hélène Henriette Hortense Huguette Irène Jacinthe Jeannine Joséphine Josette Laurette
Léontine Lorraine Louise Lucienne Madeleine Marcelle Marguerite Marie Mariette Marthe Mathilde Micheline
Monique Murielle Noëlla Odette Olive Pauline Perle Pierrette Prudence Raymonde Rita Rollande Rose Simone
Solange Suzanne Thérèse Valérie Véronique Victoire Violette Yolande Yvette Annie Audrey Camille Catherine
Chloé Émilie Gabrielle Isabelle Julie Karine Léa Maude Mélanie Noémie Rosalie Sophie Stéphanie Vanessa Zoé
Ariane Béatrice Coralie Élodie Laurence Maëlle Océane Justine Alice Juliette Charlotte Éloïse Clara Léonie
Sarah Anne Josée Manon Nathalie Sylvie Chantal Johanne Lucie Ginette Aglaé Albina Aldora Amélie Anaïs
Arianne Armande Aurélie Bérénice Carole Cassandra Cindy Clotilde Cynthia Danielle Diane Dominique Édith
Élizabeth Émeline Éva Flavie Frédérique Gaëlle Guylaine Hermine Ida Jeanne Jessica Jocelyne Joëlle Judith
Katia Laetitia Lise Lorie Lucille Lyne Magali Marianne Marjolaine Martine Mélodie Mireille Myriam Nadia
Nancy Natacha Nicole Odile Patricia Rachel Roxanne Sabrina Sandra Sylvianne Tania Virginie Yolène Zélie
Alexandra Béatrix Cléophée Délima Éléonore Eulalie Exilia Florida Georgette Hectorine Ignacia Léocadie
Malvina Obéline Philomène Rosanna Valéda Wilhelmine
''',
'qc:s': '''
Achim Alarie Anctil Arpin Aubertin Barsalou Berthelot Bigras Bonin Brazeau Brûlé Cazeault Clouâtre Cossette
Dancause Daviault Dazé Denoncourt Desgagné Desmeules Dessureault Duhaime Dulude Dupré Faubert Ferron Fluet
Gaumond Geoffrion Giasson Guénette Hénault Héroux Hurtubise Jarry Juneau Lagarde Laguë Laporte Lesage
Levasseur Lizotte Marceau Masson Matte Monast Riendeau Sicard Soulière Surprenant Truchon Boismenu Bonneau
Bourret Bruneau Decelles Faucher Filteau Gauvreau Janelle Levert Malo Prudhomme Baribeau Bergevin Bisaillon
Bourgault Brisebois Brochu Bussières Cayer Charland Chicoine Déry Fournelle Letarte Maheu Mailloux Boucane
Cinqmars Sanschagrin Beauparlant Ricard Bazinet Gendreau Bellehumeur Bonsaint Ladéroute Flibotte Ferragne
Ébacher Besner Barolet Bégnoche Codère Dutil Huppé Jetté Labine Portelance Savaria Sergerie Vézeau Whissell
Chandonnet Descheneaux Desormeaux Harnois Jeanson Lévêque Archambeault Bourdages Bourgon Caza Chatelain
Daudelin Gadoury Abran Allaire Amyot Bénard Biron Bleau Boulerice Brunette Chassé Dorval Drapeau Joanette
Lafrenière Langlais Laquerre Lassonde Laurion Lauzier Lecavalier Legris Lorrain Milot Mousseau Panneton
Pariseau Patry Pinsonneault Pratte Robidoux Rouillard Tourangeau Tourigny Vinet Audy Avoine Barabé Baril
Béland Bernèche Bineau Blain Blondin Boily Boutet Cadotte Casavant Chatigny Chauvin Chayer Cholette Cimon
Collin Couillard Cournoyer Courcy Deblois Delage Deniger Desparois Desroches Devost Donais Ducasse Dufault
Dufort Dumoulin Dupéré Duquette Duranleau Dusablon Émard Fournel Frappier Gaulin Giard Goudreau Gratton
Grenon Grisé Guérard Guilbeault Laurier Lecompte Leroux Morency Pelland Poissant Quevillon Raîche Rolland
Sansfaçon Sylvain Thiffault Tranchemontagne Verville Vigneau Aubut Barrière Beaumier Beaunoyer Bédirian
Belzile Berlinguette Bernatchez Blanchet Bluteau Boisseau Bouchette Bourdeau Brochet Brossard Buteau Cadrin
Cayouette Chamard Charlton Charrette Chartré Chiquette Corneau Couturier Cyrenne Delâge Desbois Descarreaux
Deslongchamps Desmarteau Desrivières Dodier Dufresnes Dugal Duhamel Duperron Dupuy Fréchet Frenière Gélineau
Giroux Gouin Goupil Guillet Jacques Jolin Labrèche Lacoursière Laforest Lamirande Larivée Laurent Légaré
Loignon Maurice Michon Nobert Paulhus Pérusse Riel Ruest Sanscartier Soulard Thibeault
''',
'acad:m': '''
Aldéric Aurèle Bélonie Clovis Donatien Évariste Fidèle Léonce Médéric Népomucène Sylvère Théotime Ulysse
Zoël Anicet Arcade Jude Rhéal Gérald Réginald Aldo Aubin Camille Dosithée Éloi Fabrice Gilmond Hector Isaïe
Léger Maxime Ovila Philéas Raoul Séverin Tilmon Urbain Wilfred Zénon Alyre Cyrille Mathurin
''',
'acad:f': '''
Adéline Aldéa Anita Clarisse Délia Édna Gracia Jeannette Lorette Mathilda Octavie Philomène Régina Rosanna
Zélia Zénaïde Amanda Bernice Célina Dorina Exilda Florida Léda Rosella Aurélie Blandine Délima Edwige
Émérentienne Gertrude Hermance Imelda Lucille Marceline Nathalie Orise Roseline Sophronie
''',
'acad:s': '''
Breau Légère Loubert Muise Pothier Savoy Guitard Lirette Soucie Cheverie Ferron Amirault Boutilier Aubé
Chaisson Dionne Kenny McGraw Robicheau Rousselle Terriault Blinn Cheramie Dupré Guidry Pinet Richardeau
Savoye Thibodeaux Mouton Arceneaux Boudreaux Broussard Comeaux Fontenot Guilbeau Naquin Sonnier Theriot
Trahan Breaux Landreneau Lanclos Ledet Prejean Sibille Babineaux Bourg Gallien Meaux Quebedeaux Thibeaux
''',
'en:m': '''
Alfred Arnold Barry Bradley Calvin Clifford Clayton Dale Dennis Dwight Earl Elliot Ernest Floyd Franklin
Garrett Gordon Graham Harold Harvey Herbert Howard Irving Jerome Keith Kenneth Lloyd Malcolm Marvin Milton
Mitchell Norman Preston Quentin Randall Rodney Roland Russell Sheldon Stanley Stuart Trevor Vernon Wallace
Warren Wayne Wesley Chester Clarence Cecil Rupert Ellis Foster Gilbert Leonard Reginald Sidney Terrence
Vincent Wilfred Bruce Colin Derek Douglas Glen Jeffrey Kirk Lyle Neil Ross Todd Abbott Ambrose Basil
Benedict Bernard Cedric Clement Desmond Edmund Edwin Frederick Geoffrey Giles Humphrey Jasper Lionel
Mortimer Nigel Oswald Percival Rowan Silas Sebastian Theodore Tobias Walter Winston Alistair Bartholomew
Crispin Dudley Everett Fitzgerald Grover Horace Jethro Lemuel Nathaniel Ogden Prescott Roscoe Thaddeus
''',
'en:f': '''
Agnes Audrey Beverly Brenda Bridget Carol Cheryl Constance Daisy Deborah Doreen Dorothy Edith Eleanor Elsie
Ethel Evelyn Faith Florence Gail Gloria Grace Gwendolyn Hazel Heather Hope Ivy Jocelyn Joy Judith Kathleen
Lillian Lois Mabel Maxine Mildred Muriel Myrtle Nora Pearl Phyllis Priscilla Ruby Shirley Sylvia Vera
Winifred Amber Holly Dawn Crystal Ginger Harriet Imogen Lorna Marjorie Rosemary Sheila Tracy Wendy Valerie
Victoria Olive Violet Iris Daphne Hilary Jessica Kimberly Melissa Pamela Rebecca Adelaide Beatrix Cecily
Clementine Dorothea Eloise Felicity Georgiana Henrietta Isadora Josephine Lavinia Matilda Millicent Ophelia
Philippa Prudence Rosalind Seraphina Theodora Ursula Verity Wilhelmina Blossom Clover Meadow Primrose Willow
Mercy Patience Temperance
''',
'en:s': '''
Ashby Atwood Barlow Beckett Bellamy Bingham Blackwell Bradshaw Cobb Crawley Danforth Dudley Eastwood
Eldridge Farnsworth Fenwick Garland Goodwin Hadley Hartley Hastings Hawthorne Hayward Holbrook Hollis Horton
Huxley Kendall Lancaster Lowell Mayfield Merritt Norwood Oakley Pembroke Prescott Ramsey Sheffield Stanton
Wakefield Winslow Woodward Carpenter Hunter Shepherd Chandler Brewer Gardner Barber Draper Wolfe Crane Swan
Finch Sparrow Hawke Lamb Fields Heath Snow Sharp Strong Little Noble Golden Silver Ainsworth Aldridge
Applegate Arbuckle Ashcroft Babcock Bagshaw Blakemore Bramwell Buckingham Burroughs Chamberlain Cheshire
Clutterbuck Cranston Dewhurst Dinsmore Fairweather Fothergill Gatwick Goodfellow Greenhalgh Hardcastle
Haverford Hepworth Hollingsworth Ingleby Kettleborough Lightfoot Longbottom Nettleton Oddie Pennington
Pickering Quarrington Ravenscroft Rowbotham Satterthwaite Shuttleworth Stainforth Thistlewood Threlfall
Titmarsh Tuckett Wadsworth Waterhouse Whitworth Winterbottom Wolstenholme Woolley Bakewell Cheeseman Goodale
Thackeray Pettigrew Allsop Ambler Appleyard Arkwright Asquith Attenborough Aylward Barraclough Bassett
Beardsley Beckwith Bickerstaff Blenkinsop Blythe Bosworth Bottomley Braithwaite Brocklehurst Buckworth
Burkitt Catterall Clegg Cowgill Crabtree Dearden Dobbs Duckworth Earnshaw Eccles Entwistle Fairclough
Fawcett Fenton Gledhill Greenwood Haigh Halliwell Hammersley Heseltine Hindle Holroyd Hopkinson Illingworth
Kershaw Lumb Marsden Micklethwaite Midgley Mottershead Nuttall Ormerod Pilling Postlethwaite Pickles
Rawcliffe Rishworth Scargill Sharples Sowerby Stansfield Sugden Sunderland Tattersall Thewlis Tomlinson
Uttley Whitehead Wilberforce Wrigley Ackerley Bagley Birtwistle Cawthorne Cheetham Dransfield Fazackerley
Greenhough Hebblethwaite Ibbotson Jowett Kitching Lofthouse Murgatroyd Pogson Ramsden Scholes Sidebotham
Thwaite Wardle Whiteley Yeadon Boothroyd Eastham Goodall Hirst Ickringill Kilburn Lister Mellor Northrop
Ogden Pollitt Rhodes Speight Threlkeld Varley Walmsley Widdop Ackworth Blakeley Dimmock Gosling Hawksworth
Inchbold Kirkbride Lovelock Maddock Nevison Pennycook Rackham Spurling Tewksbury Upshaw Verity Wingate
''',
'ir:m': '''
Aidan Brendan Cathal Ciarán Colm Cormac Declan Donal Eamon Fergal Fionn Killian Lorcan Niall Oisín Padraig
Ronan Seamus Tadhg Cillian Darragh Eoin Conall Ruairí Diarmuid Feargus Senan Odhrán Lochlann Rory
''',
'ir:f': '''
Aoife Bríd Caoimhe Ciara Clodagh Deirdre Eimear Fionnuala Gráinne Máire Niamh Orla Róisín Saoirse Siobhán
Sinéad Úna Aisling Bláthnaid Mairéad Nuala Dervla Sorcha Treasa Muireann Ailbhe Áine Ríona
''',
'ir:s': '''
Ahern Breslin Cahill Carey Cleary Coughlan Cullinane Curran Donnelly Dooley Dowling Madigan O'Keeffe
O'Riordan O'Shaughnessy MacNamara Moynihan Ó'Súilleabháin O'Flaherty O'Halloran O'Donoghue O'Driscoll
O'Grady O'Rourke Brannigan Clancy Costigan Dunphy Fogarty Gilhooly Heffernan Meagher Twomey Uniacke Ganly
Hegarty Corcoran Ahearne Bolger Breen Broderick Cadogan Canavan Carberry Cloonan Colgan Concannon Conneely
Considine Cotter Crotty Deasy Dempsey Devaney Dineen Dromey Duggan Ennis Fennelly Flood Furlong Gaffney
Galvin Garvey Glynn Guiney Halpin Hanley Harrington Hartigan Hayden Heneghan Higgins Horgan Joyce Keating
Kennelly Keogh Kiely Lacey Lally Landers Lavelle Lenehan Linnane Lucey Lyons Carthy MacMahon Mangan Markey
Mullen Mulvihill Murnane Nevin Noonan Ceallaigh Prendergast Queally Quinlivan Rabbitte Reidy Rigney Scully
Sheridan Spillane Sweeney Tansey Tiernan Tracey Treacy Tuohy Vaughan Wynne Coakley Creagh Drennan Foley
Hallinan Leahy Mannion Minogue Piggott
''',
'sco:m': '''
Alasdair Angus Callum Duncan Ewan Fraser Hamish Lachlan Murdo Ruaridh Struan Torquil Euan Fergus Gregor
Innes Kenzie Alistair Dougal Finlay Gavin Iain Magnus Ranald Somerled Tavish
''',
'sco:f': '''
Ailsa Catriona Eilidh Fiona Isla Kirsty Morag Mhairi Rhona Seonaid Shona Elspeth Iona Effie Greer Islay
Ishbel Kenna Marsali Mysie Peigi Senga Sheena Teenie Jessamine
''',
'sco:s': '''
Gillespie MacDougall MacKinnon Crichton Rattray Wemyss Abercrombie Auchinleck Balfour Blackadder Cockburn
Dalrymple Erskine Fordyce Haldane Hepburn Inglis Jardine Keith Kinloch Lauder Learmonth Maitland Moncrieff
Pitcairn Rollo Scrymgeour Spottiswood Tulloch Wardlaw Carnegie Buchan MacFarlane MacAskill MacCrimmon
MacGillivray MacQuarrie MacTavish Mackie Gowans Aitken Allardyce Anstruther Arbuthnot Auld Ballantyne
Bannerman Bisset Borthwick Boswell Brodie Cairns Calder Carmichael Chalmers Cochrane Colquhoun Craigie
Cruickshank Cunningham Dewar Dinwiddie Drysdale Elphinstone Fairbairn Fairlie Farquhar Fenwick Findlater
Fullarton Geddes Gibb Glendinning Gordon Halliday Hunter Imrie Jamieson Kinnear Liddell Lumsden MacAlister
MacBean MacCallum MacColl MacDiarmid MacEwen MacFadyen MacHardy MacKellar MacLaren MacMillan MacNab MacNeil
MacPhail MacQueen MacWhirter Meikle Moncur Muir Murdoch Nairn Ogilvy Orrock Paterson Riddell Scobie Seton
Smollett Souter Stoddart Strang Swinton Tennant Torrance Troup Turnbull Veitch Weir Whyte Yeaman
''',
'ht:m': '''
Dieuseul Dieujuste Edner Fritzner Guerby Jovenel Lesly Lubin Mackenson Osner Roosevelt Sadrac Wilner Widlin
Wisly Yvenel Frantz Frednel Kervens Lovensky Mackendy Ricardo Stanley Jocelyn Anel Bienaimé Dieunel Enock
Fénol Gesner Herns Jeanty Kesner Lenord Mathurin Nesly Pierrot Reginald Rigaud Sauveur Ténor Vilaire Wilkens
Youri Yverson Dorléans Ismaël Eddy Carlo Jocelerme Fritz Gérald Adrien Bernadin Chrisler Dady Emmanuel Evens
Fednel Gabens Harry Jameson Jhonny Josué Kensley Marckenson Nickenson Ralph Reynald Samuel Stevenson Wendel
Wilson Woodley Yvener Frantzy Jacquelin Roodly Schneider Steeve Vladimir
''',
'ht:f': '''
Nadège Guerline Roseline Mirlande Lovelie Mikerlange Roselaure Wideline Fabiola Sherline Nathacha Marjorie
Yolette Clairmise Darline Esther Fedeline Guerda Islande Josiane Kettly Lourdie Mireille Naïka Rosemène
Sabine Wisline Youseline Espérance Fidélia Mérita Altagrâce Yvrose Clautide Dieula Edeline Farah Gladys
Immacula Jessica Judeline Lunise Magalie Nerlande Novelie Pharah Sonia Tamara Vania Yanick Patience
Bienvenue Bertha Clarisse Dieuvenia Enide Fabienne Guerlande Imacula Jacqueline Kerline Lovely Manoucheka
Mirline Nadine Nickerla Phanie Rebecca Saintane Sherlande Stéphanie Tatiana Vierge Widline Yveline Zulma
Fedna Gerda Lovena Natasha Roseberthe
''',
'ht:s': '''
Mompremier Dorcely Dumervil Ovilma Souverain Timothée Aristil Bruny Clerveaux Étienne François Lauture Oriol
Pierrilus Sainvil Saintilus Vernet Vilmé Accimé Dorestan Exumé Marcellus Noncent Orélien Polynice Pradel
Absolu Alexandre Alphonse Antoine Anélus Appolon Aurélien Beauvoir Bélony Benjamin Bienaimé Blanc Bouzi
Charité Cius Constant Corvil Dantica Daphnis Darbouze Delice Deronvil Desamour Desravines Dieudonné Dorméus
Dorvilus Dossous Dugué Elien Exilus Fequière Fleuriot Francisque Frédérique Gabriel Georges Germain Gracia
Hyacinthe Isaac Jocelyn Julien Laborde Lissade Lormestoire Magloire Malebranche Manigat Mathieu Maurice
Michel Mondésir Monestime Nelus Octavius Paulema Polycarpe Prézeau Riché Rosier Sainfort Saintélus Sévère
Simon Sincère Tassy Thermilus Timothé Vilus Wilnor Yacinthe
''',
'mag:m': '''
Abdelkader Abdelhak Abdellatif Abderrahim Adil Amine Anouar Ayoub Azzedine Badr Brahim Chakib Djamel Driss
Fouad Hamza Hicham Idir Ilyes Jamal Kamel Karim Khalid Lahcen Lotfi Mehdi Mounir Mourad Nabil Nadir Nassim
Noureddine Omar Rachid Redouane Said Slimane Sofiane Tarik Walid Yacine Youcef Zakaria Anis Aziz Bilal Farid
Hocine Larbi Mustapha Réda Samir Tahar Yassine Mokrane Amar Arezki Ouali Massinissa Yuba Aksel Ameziane
Idriss Smaïl Saïd Boualem Kaddour Lakhdar Mohand Salah Abdelaziz Abdelmalek Achraf Adam Aïssa Akram Ali
Boubker Chafik Chérif Djaffar Fayçal Ghani Habib Hakim Hassan Ismaïl Kader Lyes Mâlik Mohamed Nacer Oussama
Rayan Ryad Salim Seddik Soufiane Yanis Younes Zine
''',
'mag:f': '''
Amina Asmae Assia Bahia Chaïma Dalila Djamila Farida Fatima Fatiha Ghizlane Hafsa Hanane Houda Imane Kenza
Khadija Latifa Leïla Lina Loubna Malika Meriem Nadia Nawal Nora Ouafa Rachida Safia Salma Samira Siham Souad
Wafa Yasmina Zahra Zineb Zohra Thiziri Tinhinane Taous Kahina Dihya Lounja Tafath Nouara Ghania Ourida
Chahrazed Dounia Fadila Hayat Karima Louiza Nassima Ouardia Sabrina Tassadit Yamina Aïcha Amel Asma Baya
Chafia Djazia Fella Feriel Hadjer Ikram Ines Jihane Khaoula Lamia Lilia Manel Maïssa Nesrine Radia Rania
Sarah Soumia Wissem Yousra Zakia Zoulikha
''',
'mag:s': '''
Abdellaoui Azzouzi Bencherif Boumediene Cherkaoui Derkaoui Elalami Hadji Jebli Kadiri Mazouz Sabri Boulahia
Chabane Hamidouche Lounis Oussadi Tabti Aberkane Bendjelloul Chenouf Djellouli Khelifa Laaraj Medjdoub Mekki
Ouchène Ouarab Lounici Iguerbouchène Temmar Kerroum Bensouda
''',
'lev:m': '''
Bechara Boutros Charbel Elias Fadi Ghassan Habib Hadi Issam Jad Jihad Karam Khalil Marwan Nabih Nadim Nizar
Ramzi Rami Riad Samer Wael Wissam Ziad Elie Raed Bassam Hussein Ahmad Mazen Osama Ayman Tamer Sherif Hany
Amr Mahmoud Kareem Chadi Fares Joumana Rabih Toufic Michel Naji Sami Tarek Nassif Abdallah Antoun Bilal
Camille Edgard Fouad Georges Gibran Hassan Ibrahim Jamil Kamal Majd Mansour Maroun Nabil Nassim Omar Pierre
Raymond Rafic Salim Talal Youssef Walid Zaher
''',
'lev:f': '''
Abir Amal Carla Dima Ghada Hala Hiba Jana Lama Layal Maya Mira Nada Nadine Najwa Nour Rana Randa Reem Rima
Rola Rouba Sahar Sana Souheir Tala Yara Zeina Christelle Marwa Dalia Heba Mona Rasha Salwa Shereen Yasmine
Hanan Manal Nayla Samar Lamia Ghina Hoda Aida Amira Dania Farah Fatima Houda Joelle Layla Leila Lina Mariam
Maysa Mayssa Nisrine Raghda Rania Roula Salma Sawsan Siham Suzanne Taghrid Wafaa Yasmina Zainab
''',
'lev:s': '''
Khalife Shehadeh Qasim Hamoudi Halabi Shami Kurdi Masri Tahan Attieh Badawi Jreij Akiki Doumit Jammal Moawad
Raffoul Skaff Tarabay Eddé Rahbani Abillama Abinader Aftimos Arida Aziz Baaklini Bouez Chaaya Corm Dabbas
Daccache Estephan Fadel Fattal Ghandour Ghorayeb Habchi Hage Hajjar Hitti Jabr Jamil Kayrouz Khairallah
Kheir Khouri Lababidi Nammour Nasr Noujaim Riachi Sarraf Sayegh Shamoun Shukri Tawil Toubia Yared Zahlan
Ziadé Abouchakra Alameddine Barakat Darwiche Dirani Faddoul Hamadeh Jurdi Kabbani Kattan Mikati Nashed Sabra
Tabbara Yamout Zouein
''',
'vn:m': '''
Bảo Bình Cường Dũng Duy Đạt Đức Hải Hiếu Huy Khang Khánh Khoa Kiên Lộc Minh Nghĩa Nhân Phát Phong Phúc Quân
Quang Tài Thắng Thành Thiện Thịnh Tiến Toàn Trung Tuấn Tùng Việt Vinh Hào Hậu Kha Luân Nguyên Thông Trọng
Tường Vỹ Định Hoà Bách Chiến Công Danh Hiển Hiệp Hòa Hoan Khải Khiêm Lập Lực Mạnh Ngạn Nhật Phi Phước Quý
Thạch Thái Thuận Toại Triết Vượng
''',
'vn:f': '''
Ánh Bích Châu Diễm Dung Hằng Hạnh Hiền Hoa Hồng Hương Huyền Liên Linh Loan Ngọc Nhung Oanh Phương Quỳnh Thảo
Thanh Thu Thúy Trang Trâm Tuyết Uyên Xuân Yến Nguyệt Kiều Mỹ Nhi Tâm Thư Tuyền Duyên Lụa Nga Phượng Sương
Thắm Trinh Cúc Đào Giao Hải Hậu Huệ Khuê Lam Liễu Ngân Nguyên Nhàn Như Nương Phúc Quế Sen Thoa Thục Thùy
Tiên Trúc Uyển Vi Xuyến
''',
'vn:s': '''
Bế Đào Liễu Mạch Cù Nhan Bành Cam Chế Mạnh Ngụy Thiều Thủy Vi Xa Bồ Cát Chiêm Đậu Giả Hình Hoa Khiếu Lịch
Liêu Mục Nhữ Phương Sái Thang Thành Thập Thôi Tiết Trác Trang Tưởng Viêm Vĩnh
''',
'cn:m': '''
Bowen Chenguang Dehua Guoqiang Haoran Jianguo Jiahao Junjie Kaiwen Mingzhe Pengfei Qiang Ruixiang Shengli
Tianyu Weiming Xiaobo Yifan Zhiwei Zihan Yuchen Haoyu Jinlong Shuai Zhenyu Wenbin Lixin Guanghui Chao
Hongwei Jiawei Kangning Licheng Shaowei Xiangdong Yongjun Zhaolin Dongsheng Fengyi Hanwen Bingwen Chengyu
Deming Enlai Heng Huaming Jianjun Jie Jingyu Kun Liqiang Minghao Peng Qinghua Rui Shaoqing Tao Wenjie
Xiaolong Xin Yaoming Yunfei Zemin Zhen
''',
'cn:f': '''
Aiyun Chunhua Fangfang Guiying Huimin Jiayi Jingjing Lihua Meiling Mingyu Qiuyue Ruoxi Shuting Tingting
Wanqing Xiaomei Xinyi Yanling Yuqing Zhiruo Huixin Yiting Xueqin Shuang Lanying Yaqi Mengyao Siqi Ziyi
Hongyan Jiaxin Lijuan Meixiang Qiaoling Suyin Wenjing Xiaoyan Yuehua Bingbing Chunyan Dan Fei Hui Jiahui
Jing Juan Lan Lili Ling Mei Na Qian Rong Shan Ting Wei Xia Xiu Yan Yun Zhen
''',
'cn:s': '''
Duan Ao Chi Dou Hang Jiao Ju Mu Pu Qu Xi Yi Bi Bo Chou Fei Ge Gui Hai Heng Kan Ke Kuai Luan Nian Pi Qi Qiao
Rui Shan Shang Sheng Shu Sui Tai Xian Xuan Ying Zhi Zi Zong Cheuk Ching Chong Fok Hon Kam Kei Lok Luk Mui
Tsui Yiu Yung Tsoi
''',
'kr:m': '''
Byungho Chanwoo Dongmin Geonwoo Hyunjun Jaehyun Jiho Jinwoo Junseo Kyungsoo Minjun Myungsoo Sangwoo Seojun
Seungmin Sunghoon Taeyang Wonjae Yejun Youngho Doyoon Hajun Eunwoo Siwoo Jaewon Hyunwoo Sungmin Donghyun
Kihoon Jongsu Beomsu Changmin Daeho Donghae Hyunsoo Jaesuk Jongho Kangmin Minho Namjoon Sangmin Seokjin
Taehyung Yongsu
''',
'kr:f': '''
Areum Bora Chaeyoung Dahye Eunji Gaeun Haeun Hyejin Jieun Jimin Jiyoon Minji Nayeon Seoyeon Soojin Sujin
Yejin Yuna Seohyun Jisoo Eunbi Sohee Miyoung Kyunghee Heejin Sunhee Jungmin Hyerin Boyoung Dasom Eunhye
Hayoung Hyemin Jiyeon Minkyung Seulgi Sooyoung Yeji Yoojin Yuri
''',
'kr:s': '''
Gu Jo Ju Yook Chun Im Kye Pi Yeon Yong Eun Gi Gook Hyeon Jeung Kahng Kal Kam Keum Kyung Lah Mah Myeong Na
Nahm Pung Rha Roh Shon Sohng Tahk Yi Yoh Yom
''',
'ph:m': '''
Arnel Bayani Dindo Efren Ernesto Jomar Jonel Jericho Lito Nonoy Rodel Rommel Ramil Reynaldo Rogelio Ronaldo
Rolando Tirso Jejomar Junjun Bong Dante Danilo Edgardo Jessie Joel Marlon Nestor Wilfredo Arvin Ariel
Bienvenido Crisanto Jhunie Macario Renato Anthony Benigno Cesar Emilio Fernando Gregorio Herminio Jose
Juanito Leopoldo Manuel Ninoy Pacifico Ramon Sergio Teodoro Virgilio
''',
'ph:f': '''
Analyn Charisse Corazon Divina Erlinda Flordeliza Gemma Imelda Jovelyn Leonora Ligaya Liezl Luzviminda
Maricel Marilou Marites Mylene Perla Remedios Rosario Teresita Virgie Rowena Shiela Lorna Aileen Jenalyn
Kristine Marivic Precious Mercy Lovely Girlie Joylyn Amor Bituin Dalisay Edna Evangeline Glenda Jasmine
Lourdes Maricar Marilyn Nenita Rosalinda Susana Tala Zenaida
''',
'ph:s': '''
Ebora Caballero Dagohoy Dumaguing Mendiola Pascua Vergara Zabala Agustin Ignacio Panlilio Abellera Aboitiz
Alba Amoranto Arceo Arroyo Asuncion Atienza Bacungan Baldoz Bantug Belmonte Bulaong Cabangon Cabigon Cacdac
Calalang Camacho Cayetano Concepcion Cuenco Dalangin Datu Delmundo Diokno Domagoso Escudero Garcellano
Gonzaga Gregorio Guingona Habito Hizon Ilustre Javellana Jocson Labrador Lagdameo Lantin Laurel Legaspi
Limjoco Luzon Mabanag Macalintal Madlangbayan Malacañang Manzano Marasigan Medalla Nakpil Obando Ongpin
Osmeña Padlan Palma Pamintuan Quezon Recto Robredo Sanvictores Sotto Tañada Tiangco Viray Yulo Zubiri
Bulatao Cunanan Galvez Ilao Laxamana Manalang Pangan Sicat Tayag
''',
'la:m': '''
Alejandro Andrés Camilo César Diego Eduardo Emiliano Esteban Fabián Fernando Gonzalo Gustavo Hernán Ignacio
Jairo Javier Joaquín Julián Leonardo Lisandro Mateo Mauricio Nicolás Octavio Osvaldo Pablo Rodrigo Santiago
Sebastián Tomás Wilmer Yeison Brayan Édgar Fredy Germán Iván Jhon Nelson Orlando Óscar Raúl Rigoberto Wilson
Ulises Álvaro Armando Arturo Ezequiel Facundo Humberto Leandro Marcos Abel Agustín Ángel Benjamín Bernardo
Carlos Cristóbal Efraín Elías Emilio Enrique Felipe Francisco Gilberto Guillermo Héctor Jesús Jorge José
Juan Luis Manuel Miguel Ramiro Ramón Rubén Salvador Sergio Víctor
''',
'la:f': '''
Alejandra Beatriz Camila Carolina Catalina Daniela Dayana Esperanza Fernanda Gabriela Guadalupe Ingrid
Isabela Jimena Karina Lorena Luz Marcela Mariana Milagros Natalia Paola Paula Pilar Rocío Soledad Valentina
Ximena Yaneth Yesenia Lucía Estefanía Consuelo Dolores Mercedes Socorro Amparo Flor Itzel Marisol Nayeli
Xiomara Yolanda Adriana Alba Andrea Antonia Blanca Celia Clara Cristina Elena Emilia Eugenia Gloria Inés
Isabel Julia Leticia Liliana Mónica Noemí Olga Patricia Rebeca Rosa Sara Silvia Sofía Verónica Victoria
''',
'la:s': '''
Arango Arbeláez Arismendi Barrientos Becerra Buitrago Castañeda Echeverri Galeano Giraldo Henao Marulanda
Tamayo Villegas Zuluaga Chambi Urquiza Etxeberria Goikoetxea Zubizarreta Canché Arreola Bañuelos Navarrete
Padilla Saucedo Treviño Zavala Anchundia Ferrufino Huanca Illescas Larrea Mosquera Ordóñez Pizarro Vallejo
Achá Oyarzún Tzul Ixcoy
''',
'pt:m': '''
Afonso Anselmo Baltazar Caetano Custódio Domingos Duarte Eurico Fausto Gonçalo Henrique Horácio Joaquim
Leandro Lourenço Manoel Marcelo Mauro Nuno Pedro Reinaldo Rui Sebastião Tiago Valdemar Vasco Vitorino Wagner
Washington Wellington Thiago João Cauã Davi Enzo Matheus Otávio Adelino Belmiro Adriano Álvaro Américo
António Armindo Arnaldo Bernardo Fábio Fernão Hélio Hugo Ilídio Jaime Jorge Lauro Lúcio Mário Miguel Nelson
Paulo Raimundo Sérgio Silvério Virgílio Zacarias
''',
'pt:f': '''
Adelaide Aline Bruna Conceição Fabiana Fátima Gisele Graça Helena Inês Ivone Joana Juliana Leonor Luana
Lurdes Mafalda Manuela Natália Odete Rafaela Renata Rosângela Silvana Tânia Vitória Zulmira Thaís Larissa
Raquel Cecília Glória Irene Benedita Deolinda Filipa Alda Amélia Ana Aurora Bárbara Célia Clara Dalila
Débora Elisa Emília Estela Eva Flávia Gabriela Isabel Leonilde Lúcia Margarida Marta Olímpia Rosa Sílvia
Teresa Vera
''',
'pt:s': '''
Albuquerque Coutinho Falcão Leitão Lobo Salgado Gusmão Pinheiro Abrantes Dinis Jardim Mendonça Morais
Ornelas Abreu Agostinho Alvarenga Aragão Assis Bandeira Barreto Bastos Bittencourt Brito Dantas Diniz
Dourado Espínola Feitosa Filgueiras Frota Garcês Lago Lima Lins Lisboa Lobato Madeira Maia Malheiro Mattos
Meira Menezes Moura Nascimento Noronha Palhares Pimenta Quintas Ramalho Rebouças Saldanha Tavora Teles
Valadão Cotrim Falcato Gameiro Letra Pardal Rosado Varejão
''',
'pt:p': '''
Conceição Luz Paz Assunção Encarnação Anunciação Ressurreição
''',
'it:m': '''
Alberto Aldo Amedeo Arnaldo Carmine Cosimo Dario Donato Elio Ettore Franco Gennaro Giacomo Gianluca Gino
Italo Lorenzo Luigi Massimo Nunzio Orazio Pasquale Renzo Rocco Salvatore Sandro Tiziano Umberto Vittorio
Fabrizio Raffaele Domenico Vincenzo Corrado Emilio Aurelio Calogero Saverio Alessandro Andrea Angelo Antonio
Bruno Claudio Daniele Edoardo Fabio Federico Filippo Francesco Giorgio Giuseppe Leonardo Marco Matteo
Michele Paolo Piero Riccardo Roberto Simone Stefano Tommaso
''',
'it:f': '''
Annunziata Assunta Carmela Concetta Donatella Elena Filomena Franca Gianna Giovanna Graziella Immacolata
Lucia Luisa Marisa Nunzia Ornella Patrizia Rosaria Serena Teresa Vittoria Antonella Chiara Federica Ilaria
Loredana Mariangela Raffaella Rossella Sabrina Carmelina Pina Tiziana Alessandra Angela Anna Beatrice Bianca
Caterina Cristina Daniela Emanuela Francesca Gabriella Giulia Laura Letizia Manuela Marina Martina Paola
Roberta Rosa Silvia Simona Valentina Veronica
''',
'it:s': '''
Abbruzzese Ambrosino Argento Bertolini Cannizzaro Capuano Castellano Colangelo Fiorentino Galasso Mancuso
Monaco Perrone Piccolo Sabatino Serafini Scognamiglio Pirozzi Buonocore Campobasso Cuomo Fazzino Ianniello
Liguori Mazzarella Tramontana Acquaviva Agostini Amodeo Annunziata Aprile Battaglia Bergamo Cafaro Calabrò
Campagna Cantalupo Cardinale Carlucci Cassano Catalano Cerulli Chiarelli Colella Corsi Cristiani Vecchio
Donati Fabiano Ferrante Iacobelli Leonetti Lucchese Maggio Melillo Neri Orsini Palermo Pesce Pizzi Porcaro
Riva Salerno Sartori Taddeo Torre Zuccaro Cangemi Ferlisi Maniscalco Spatafora Tumminello
''',
'it:p': '''
Iorio Nardo Pietro Carlo Filippo Salvo Lillo Paola Blasi Girolamo
''',
'gr:m': '''
Achilleas Anastasios Apostolos Charalambos Christos Dimitrios Evangelos Georgios Ioannis Konstantinos
Kyriakos Lambros Leonidas Michalis Nikolaos Panagiotis Pavlos Periklis Sotirios Spyridon Stavros Theodoros
Thanasis Vasilios Yannis Stelios Manolis Petros Aristotelis Kostas Alexandros Antonis Aris Dimos Fotis
Giorgos Haris Iason Lefteris Markos Nikos Odysseas Orestis Spyros Takis Vangelis Zacharias
''',
'gr:f': '''
Aikaterini Anastasia Athina Chrysoula Despina Eleni Evangelia Georgia Ioanna Kalliopi Katerina Paraskevi
Penelope Sofia Stavroula Vasiliki Xanthippi Zoi Dimitra Eftychia Fotini Konstantina Panagiota Theodora
Efthymia Androniki Angeliki Olympia Afroditi Anna Artemis Chara Danae Elpida Eirini Ermioni Ismini Kleio
Marina Myrto Niki Rena Sotiria Thaleia Xeni
''',
'gr:s': '''
Adamopoulos Andreadis Apostolidis Chatzis Georgiadis Panagopoulos Papadimitriou Sarantos Stamatopoulos
Tsakalos Chaniotis Hatzidakis Lazaridis Agapiou Alexandrou Anastasopoulos Antonopoulos Argyropoulos
Avgerinos Bitsakos Chatzigeorgiou Chrysanthou Diakos Evangelou Floros Gerakis Giannakopoulos Gkikas
Kalamaras Kalogeras Karalis Karras Kefalas Kolokotronis Kouris Kyriazis Malamas Marinos Mitropoulos
Moustakas Nikolaou Papas Paraskevopoulos Pavlidis Politis Prokopiou Samaras Stamatiou Stefanou Tsiolis
Vafeiadis Vasileiou Vlahos Voulgaris Zacharopoulos Zafeiriou
''',
'pl:m': '''
Andrzej Bartosz Bogdan Czesław Dariusz Grzegorz Jacek Janusz Jarosław Kazimierz Krzysztof Leszek Łukasz
Maciej Mariusz Mieczysław Piotr Przemysław Radosław Ryszard Stanisław Tadeusz Tomasz Wiesław Witold Wojciech
Zbigniew Zdzisław Józef Kamil Adam Adrian Bronisław Damian Dominik Edmund Feliks Henryk Hubert Ignacy Jakub
Jerzy Karol Marek Mikołaj Paweł Robert Sławomir Szymon Wacław Władysław
''',
'pl:f': '''
Agnieszka Bożena Danuta Dorota Elżbieta Ewa Grażyna Halina Jadwiga Joanna Katarzyna Krystyna Małgorzata
Renata Stanisława Urszula Wanda Zofia Beata Iwona Jolanta Magdalena Aleksandra Barbara Justyna Marzena
Wiesława Kinga Alicja Anna Bogumiła Celina Genowefa Hanna Helena Irena Jagoda Lucyna Maria Monika Natalia
Paulina Sylwia Teresa Weronika Wioletta Zuzanna
''',
'pl:s': '''
Bielawski Błaszczyk Górecki Żukowski Banaszak Lisowski Skowroński Tarnowski Andrzejewski Augustyniak
Bartczak Buczek Czajkowski Gałązka Gawroński Gutowski Jankowiak Jurek Kasprzak Kędzierski Kiełbasa Klimek
Kopeć Kostrzewa Kruk Krupa Lach Lipiński Łuczak Nawrocki Niemiec Odrowąż Orzechowski Piątek Pluta
Poniatowski Przybyła Trzciński Wilczek Wolski Wrona Żmuda
''',
'ua:m': '''
Anatoliy Bohdan Dmytro Oleksandr Oleh Petro Serhiy Taras Vasyl Volodymyr Yaroslav Yuriy Mykola Ostap Andriy
Ihor Vitaliy Maksym Stepan Arkady Boris Dmitri Gennady Igor Konstantin Leonid Mikhail Nikolai Pavel Sergei
Vladislav Yevgeny Artyom Grigori Ruslan Valery Vadim Fyodor Danylo Fedir Hryhoriy Ivan Kyrylo Lev Marko
Myroslav Nazar Orest Pylyp Roman Sviatoslav Valentyn Vsevolod Zakhar
''',
'ua:f': '''
Halyna Iryna Kateryna Lyudmyla Mariya Nataliya Oksana Olena Svitlana Tetiana Valentyna Yulia Zoryana Larysa
Nadiya Anastasiya Viktoriya Solomiya Darya Ekaterina Galina Irina Ksenia Lyudmila Olga Svetlana Tatiana
Yelena Zinaida Alla Polina Yevgenia Nadezhda Bohdana Daryna Hanna Khrystyna Lesya Liliya Mariana Myroslava
Olesya Roksolana Sofiya Uliana Vira Yaryna Zlata
''',
'ua:s': '''
Fedorchuk Havryliuk Kravets Voloshyn Yatsenko Zakharchuk Horbach Sidorov Kiselyov Yegorov Antonyuk Bilous
Vakulenko Zhuravel Andrusyshyn Babiy Chornovil Danyliv Dmytryshyn Hayduk Horodetsky Hrushevsky Ivanyshyn
Kharchenko Kolesnyk Kondratyuk Korniychuk Kotsiubynsky Kravchuk Kucher Melnychuk Mykhailyshyn Ostapenko
Palamarchuk Pylypenko Romanyshyn Sahaidachny Shulha Tsybulsky Vovk Yakymchuk Zabolotny Abramov Chernov
Danilov Fomin Ignatov Kalinin Krylov Lazarev Nikitin Osipov Savin Zimin
''',
'ro:m': '''
Adrian Andrei Cătălin Ciprian Constantin Cornel Costel Dorin Dragoș Florin Gheorghe Horia Ion Ionuț Liviu
Marian Mihai Mircea Nicolae Ovidiu Radu Sorin Teodor Traian Valentin Vasile Viorel Răzvan Tudor Cristian
Alexandru Aurel Bogdan Călin Dan Emil Eugen Gabriel Iulian Lucian Matei Nicu Octavian Petru Remus Sergiu
Silviu Stelian Vlad
''',
'ro:f': '''
Adina Anca Camelia Cornelia Corina Doina Florentina Ileana Ioana Larisa Lavinia Luminița Mihaela Monica Oana
Raluca Roxana Simona Sorina Steluța Viorica Violeta Alina Andreea Bianca Mirela Aurelia Carmen Cristina Dana
Delia Diana Elena Emilia Gabriela Georgiana Iulia Letiția Maria Nicoleta Paula Rodica Silvia Tatiana
Valentina
''',
'ro:s': '''
Alexandrescu Ceaușu Pîrvu Ciocan Hanganu Negrea Olaru Pavelescu Tudose Adamescu Avram Bădescu Băncilă Bejan
Bogza Buzatu Călinescu Cârstea Chirilă Ciucu Ciurea Covaci Dăscălescu Drăgulescu Eftimie Fărcaș Gâlcă Grosu
Hodoroagă Irimia Jitaru Leonte Lupașcu Mănăilă Mardare Mațaș Militaru Mitrea Mușat Oancea Pădurariu Păunescu
Pîslaru Răileanu Roșca Tănăsescu Țurcanu
''',
'pa:m': '''
Amandeep Amarjit Baljit Balwinder Charanjit Daljit Gurdeep Gurpreet Harjinder Harpreet Inderjit Jagdeep
Jaswinder Kuldeep Lakhwinder Manjit Navdeep Paramjit Rajinder Ranjit Satnam Sukhwinder Tejinder Gurcharan
Jaspal Hardeep Gurbax Sukhdev Jasveer Karanveer Arshdeep Tanveer Ajit Avtar Balbir Bhupinder Davinder
Gurinder Gurjit Hardev Jagjit Jatinder Kulwant Mohinder Narinder Onkar Pritam Rajvir Sarbjit Sukhbir
Tarlochan
''',
'pa:f': '''
Amrit Baljeet Gurleen Harleen Jasleen Kamaljeet Manpreet Navneet Parminder Rajwinder Simran Sukhjeet
Surinder Jaspreet Harjot Kiranjit Mandeep Rupinder Sarabjit Gurpinder Harsimran Navjot Amandeep Balvir
Gurjeet Harpreet Inderpreet Jasbir Kamaljit Kulvir Mohinder Paramjeet Prabhjot Ravinder Sukhpreet Tarandeep
''',
'pa:s': '''
Bhullar Kahlon Kooner Nijjar Sohal Bhangu Dosanjh Khakh Mahal Saini Malhi Gosal Heer Rai Dhami Jhajj Kalsi
Lally Matharu Phagura Rehal Uppal Aujla Badesha Bassi Bhatti Boparai Chatha Dhanoa Dhindsa Gidda Ghuman
Jawanda Jhooti Kalirai Khangura Kular Mahil Nagra Parmar Purewal Samra Sarai Sodhi Sran Takhar
''',
'ta:m': '''
Arulmozhi Elangovan Ganeshan Ilango Jeyakumar Kandiah Karthikeyan Kumaran Mahendran Murugan Palani Rajendran
Sathyan Senthil Sivakumar Thavarajah Thiruchelvam Umapathy Vigneswaran Yogarajah Anbarasan Kathiravan
Tharshan Niranjan Prabhakaran Kugan Mathivanan Aravind Balaji Dinesh Ganesh Gopal Harish Jegan Kannan Mani
Naveen Prakash Rajesh Ramesh Saravanan Suresh Thiru Vijay Yogesh
''',
'ta:f': '''
Abirami Devika Ezhil Gowri Indira Janani Kavitha Lakshmi Malathi Meenakshi Nila Pavithra Revathi Saranya
Shanthi Tharani Thenmozhi Vaishnavi Yamuna Kalaivani Thamarai Sivagami Vanitha Nandini Kayal Mathumitha
Pirabha Sujatha Aishwarya Anitha Bharathi Deepa Geetha Jaya Kalpana Lalitha Priya Radha Sangeetha Sowmya Uma
Vasanthi
''',
'ta:s': '''
Balakrishnan Chandrasekaran Duraisamy Ganapathy Jeyaratnam Krishnamoorthy Muthusamy Nagalingam Paramasivam
Ratnasingam Selvaratnam Sivanesan Sundaralingam Thangarajah Thillainathan Vairavanathan Rasiah
Kathirgamanathan Pathmanathan Sritharan Ganeshalingam Ariyaratnam Easwaran Jegatheesan Kulasingam Mylvaganam
Navaratnam Sabaratnam Vythilingam Alagaratnam Anandarajah Balendran Chelliah Eelanathan Ganesan Gunaratnam
Kailasapillai Kandasamy Kugathasan Mahadevan Manickam Manoharan Nadesan Nallathamby Pararajasingham
Ponnusamy Rasalingam Sanmugam Sellathurai Suntharalingam Thanabalasingham Thavendran Vaithilingam Vamadevan
Veerasingam Yogendran
''',
'bn:m': '''
Anirban Arnab Dipankar Habibur Jahangir Kamrul Mahbub Mizanur Nazrul Partha Rafiq Saiful Shahidul Sourav
Subrata Tanvir Zahid Rezaul Anisur Mostafizur Abir Sajib Tanmoy Ratul Ashraful Faisal Imran Masud Shakil
Amit Arif Biplob Debashish Hasan Jamal Kamal Mahmud Milon Mohiuddin Rajib Rana Shafiq Sohel Tapan
''',
'bn:f': '''
Anika Dilruba Farzana Jannatul Lipika Mousumi Nasrin Nusrat Rabeya Rupa Sharmin Shirin Sumaiya Tahmina Tania
Sabina Sultana Afroza Jesmin Kohinoor Laboni Mitali Rokeya Shapla Shathi Taslima Ayesha Bithi Champa Farhana
Hasina Jharna Keya Lovely Mahmuda Nargis Parveen Ruma Shamima Shilpi
''',
'bn:s': '''
Biswas Dey Mondal Khandaker Sikder Mollah Pramanik Saha Sengupta Dasgupta Goswami Bhowmik Chakladar Guha
Nandy Patwary Roychowdhury Tarafder Adhikary Bairagi Barua Bhadra Bhaumik Bhuiya Chaki Chanda Choudhury
Debnath Hazra Jana Karmakar Khatun Laskar Mahato Malakar Maity Nath Poddar Rakshit Sarder Shil Sinha
''',
'fa:m': '''
Abbas Amir Arash Ardeshir Babak Behzad Bijan Dariush Ehsan Farhad Farshid Hamid Hooshang Kamran Kaveh
Kourosh Mehrdad Mohsen Nader Omid Payam Pejman Ramin Reza Saeed Shahram Siamak Sohrab Vahid Yashar Keyvan
Parviz Houman Afshin Bahram Cyrus Daryoush Esmaeil Fereydoun Hassan Javad Kian Majid Mansour Navid Pouya
Saman Shahin Soroush
''',
'fa:f': '''
Afsaneh Azadeh Bahar Fariba Farnaz Golnaz Haleh Laleh Mahnaz Maryam Mina Negar Niloufar Parisa Parvaneh Roya
Sepideh Shabnam Simin Soraya Tahmineh Yasaman Zohreh Ladan Mahsa Elaheh Nazanin Pegah Anahita Arezoo Bita
Donya Fereshteh Ghazal Homa Leila Mahtab Mitra Nasrin Sara Sima Shirin Taraneh
''',
'fa:s': '''
Golzari Pahlavi Sohrabi Farahmand Fazeli Esmaili Aghaei Anvari Ardalan Arjomand Ashrafi Azimi Bahadori
Behnam Dabiri Davari Etemadi Forouhar Habibi Kamrani Khalili Khatami Mazandarani Mehran Mobarak Mortazavi
Naraghi Qajar Rafsanjani Sabet Saberi Samii Shafiei Shakeri Tajbakhsh Zandi Zarrabi
''',
'tr:m': '''
Ahmet Alper Arda Barış Burak Cem Deniz Emre Engin Erdem Erkan Gökhan Hakan Halil İbrahim Kemal Levent Mehmet
Murat Mustafa Oğuz Onur Orhan Selim Serkan Sinan Tarkan Tolga Uğur Volkan Yusuf Kaan Kerem Taner Ali Berk
Cemal Efe Ercan Fatih Hasan Hüseyin İsmail Kadir Mert Okan Osman Ozan Serdar Ümit
''',
'tr:f': '''
Aslı Ayşe Aylin Başak Burcu Cansu Derya Ebru Elif Emine Esra Gizem Gül Hatice Hülya İpek Merve Nazlı Özlem
Pınar Selin Serap Sevgi Tuba Yasemin Zehra Zeynep Songül Ceren Nilay Dilek Ayla Berna Büşra Damla Ece Eda
Feride Gülay Hande Leyla Melek Nesrin Nur Seda Sibel Şule Tülay
''',
'tr:s': '''
Akyüz Balcı Cömert Dursun Karabulut Öcal Akçay Akdemir Alkan Atalay Bakır Erbaş Erkoç Günay Gürbüz Ilgaz
İnce Kalkan Karakuş Kavak Kayra Köse Küçük Mutlu Orhon Parlak Saygın Süleymanoğlu Tatlı Temiz Uzun Yaman
Yiğit Yüce
''',
'wa:m': '''
Abdoulaye Adebayo Babacar Chidi Chinedu Emeka Ikenna Kwabena Kwame Kofi Mamadou Modou Ousmane Oumar Seydou
Souleymane Tunde Yaw Olumide Obinna Ifeanyi Cheikh Ibrahima Lamine Alassane Boubacar Amadou Kojo Femi Segun
Sékou Dramane Issiaka Adama Ayodele Babajide Chukwuemeka Dayo Ebuka Folarin Gbenga Idrissa Jide Kayode Kunle
Mamadi Moctar Nnamdi Oluwaseun Sadio Tidiane Yusuf
''',
'wa:f': '''
Abena Adaeze Adjoa Aïssatou Akosua Amaka Awa Binta Chiamaka Chioma Coumba Fatou Folake Funmilayo Ifeoma
Kadiatou Mariama Ndeye Ngozi Nneka Oumou Rokhaya Yetunde Adwoa Efua Aminata Dieynaba Ramatoulaye Ebun Ayo
Bisi Chinwe Dayo Fanta Hawa Ijeoma Kemi Maimouna Nafi Oluchi Salimata Sokhna Temitope Titilayo Yaa
''',
'wa:s': '''
Ofori Sanogo Bankole Gyamfi Kouyaté Oduya Abiola Adebanjo Adegoke Adekunle Adeleke Adenuga Adesina Adeyinka
Agbaje Akande Akindele Akinwale Aluko Anyanwu Awolowo Bakare Egwu Ekwueme Emenike Ezekwesili Ibekwe Idowu
Ige Ikpeazu Iwobi Kuti Lawal Nwankwo Obasanjo Odumosu Ojukwu Okoli Okoro Oladipo Olowu Onyeka Oshodi Soyinka
Ugwu Uzoma Yakubu Gassama Konte Mané Wane Dramé Yaméogo Ansah Gyasi Kufuor Nkrumah Quaye
''',
'ca:m': '''
Bienvenu Trésor Merveil Glodi Exaucé Fiston Landry Jonas Emmanuel Innocent Rodrigue Junior Patrice Théophile
Fabrice Blaise Christian Cédric Dieumerci Gloire Prince Kevine Serge Albert Alphonse Arsène Benoît Cyrille
Didace Gaspard Godefroid Honoré Joachim Jules Justin Laurent Léopold Modeste Placide Thaddée Valère
''',
'ca:f': '''
Divine Merveille Nadège Prisca Rachel Ruth Sandrine Joëlle Aline Laetitia Rosine Peggy Ornella Dorcas Bijou
Clarisse Grâce Chancelle Espérance Fortunée Gracia Naomie Sylvie Thérèse Angélique Béatrice Charlène
Chantale Clémentine Delphine Émerance Flore Henriette Honorine Joséphine Judith Mireille Pascaline Solange
Yvonne
''',
'ca:s': '''
Bemba Ebongue Etoundi Kabeya Kamanzi Kanyinda Makuza Ngoie Nkurunziza Nyembo Mugisha Nganou Fokou Tsala
Ondoa Nzeza Bahati Mbemba Ngandu Okitundu Amougou Belinga Bikoro Biyong Ebanda Edzoa Ekani Eloundou Essama
Eto Kamto Mballa Menye Messi Mevoa Nkoa Nsangou Ondobo Onguene Bampende Bashala Diku Kitoko Lokwa Lubamba
Lutete Makiadi Mukeba Mumbere Tumba Wembo Ahishakiye Bigirimana Gahungu Kwizera Manirakiza Niyongabo
Nzeyimana Rukundo Sindayigaya Twagiramungu
''',
'ea:m': '''
Abdi Abdirahman Abdullahi Ayanle Bashir Dahir Guled Liban Mohamud Mukhtar Osman Warsame Yonas Abebe Bereket
Dawit Ephrem Fikru Girma Haile Kebede Mesfin Tesfaye Yohannes Amanuel Biniam Filmon Mehari Kamau Otieno
Okello Abdiqani Aweys Cabdullahi Faysal Hamza Ismail Khadar Mahad Nuradin Sharmarke Abiy Berhanu Daniel Eyob
Getachew Habtamu Kaleb Natnael Tewodros Yared
''',
'ea:f': '''
Amran Asha Deeqa Faadumo Filsan Hodan Hibo Idil Maryan Nimco Sahra Sagal Ubah Zamzam Almaz Bethlehem Hiwot
Kidist Meron Selam Tigist Tsehay Yordanos Rahel Saba Lulit Makeda Wanjiru Achieng Njeri Akinyi Aisha Fadumo
Hawa Hamdi Ikran Khadra Muna Naima Samira Sucaad Ayana Birtukan Etenesh Frehiwot Genet Mahlet Meseret Senait
Tirunesh Zewditu
''',
'ea:s': '''
Abera Kiros Onyango Mwangi Kariuki Wambui Odhiambo Ismail Madar Mohamed Qalinle Woldemichael Berhanu
Abdirahman Biixi Dualeh Hussein Iman Maxamed Obsiye Saciid Timacade Yare Admasu Biru Dagne Dereje Eshete
Fekadu Gebeyehu Shiferaw Taye Tefera Yimer Zeleke Mebrahtu Yemane
''',
'innu:m': '''
Shan Uapush Kanapé Pishu Tshishe Nanass Uashtash Mishta Ushkan Apitshiss Sakay Eruoma Manish Tshiuetin
Florent Mathieu Réginald Armand Yvon Alexandre Gabriel Dominique Apu Auassish Kuekuatsheu Makusham Napeu
Pien Shimun Tanien Uapan
''',
'innu:f': '''
Uapukun Shanipiap Manikanet Nipishish Tshiuetinish Mishtanapeu Aputshiss Kanatan Nakuset Mimi Joséphine
Naomi Natasha Évelyne Rita Jeannette Noémie Kathia Akusin Aniss Kanani Nashtash Tshinishkueu Uapishkuss
Ushashamek Mashkuss Shushep
''',
'innu:s': '''
Tshernish Uapistan Wapistan Canapé Ottawa Andrew Germain Lalo Pone Rock Dominique Andre Antoine Gabriel
Michel Napess Ponnish Rich Sandy Ishpatao Kalish Nuna Piwas Mistenapeo Tenegan Mesténapéo Basilish Cleary
''',
'cree:m': '''
Abel Elijah Matthew Isaiah Willie Jimmy Bertie Sinclair Niska Wapun Lawrence Kenny Ernest Johnny Freddy
Sammy Bobby Tommy Peter Roderick Stanley Buckley Cyrus Reggie Redfern
''',
'cree:f': '''
Annie Daisy Emmaline Maggie Minnie Lizzie Nellie Flora Jane Beatrice Christine Sarah Kathleen Janie Mabel
Ida Winnie Hilda Edna Bella Abigail Charlotte Daphne Evangeline Harriet Josephine Louise Priscilla Rosie
Susie Tillie Vivian
''',
'cree:s': '''
Cheechoo Swallow Tanoush Coonishish Mistacheesick Neacappo Sandy Visitor Wabanonik Wapanish Bobbish Blackned
Crow Esau Gilpin Gunner Hester Jimiken Kakabat Mamianskum Mayappo Menarick Napash Natachequan Petagumskum
Uptigrove Wischee Wabano
''',
'inuit:m': '''
Akinisie Jaaji Lucassie Mattiusi Qalingo Sarollie Tamusi Adamie Jobie Paulusie Pitsiulak Juanasi Putulik
Elisha Jusipi Peter Salamonie Tivi Zebedee Aisa Noah Eli Lazarusie Markusi Simeonie Aqiggiq Eliasie Etua
Isaac Johnny Kiviuq Lukasi Mosesie Naalak Pauloosie Qumaq Sandy Tumasi
''',
'inuit:f': '''
Alacie Elisapie Siasi Taqralik Uluriaq Quara Saima Nunia Maata Lizzie Annie Sarah Ulivia Mina Akinisie Lucy
Qumaq Nellie Kitty Louisa Jeannie Ida Akisu Elisa Kanayuk Leah Mary Pasha Qalupalik Sheila Siiva Uqittuq
''',
'inuit:s': '''
Saunders Angutigirk Aupaluk Kiatainaq Nutaraluk Amarualik Ikey Kulula Ningiuk Partridge Tertiluk Nowrakudluk
Angnatuk Audlaluk Ekomiak Esperon Ikidluak Irqumia Kanayuk Kauki Kokiapik Kritik Naluiyuk Niviaxie Nowra
Oovaut Paningajak Qiisiq Sakiagak Sivuaq Tayara Ukkalianuk Unatweenuk Usuituayuk
''',
'mohawk:m': '''
Tekarontake Karonhiaktatie Tehoronhiathe Kanentokon Konwatsitsawi Tekaronhiake Wahiakeron Teiohontakwas
Rarihokwats Aronhiaies Kanatakeniate Sakoieta Taiaiake Tehahenteh Ronathahonni Kenneth Brendan Dale
Atenhaiakon Karonhiio Ratsienhawe Sakarontanon Shatekaronhies Tehonwaiatenhaton
''',
'mohawk:f': '''
Kahente Kahentiiosta Kawennati Kaniehtiio Ieiahsontha Karahkwenhawe Kaientanoron Konwenni Kawennahere
Kahontakwas Tekahionwake Iakoiane Kanerahtiio Wenniseriiostha Ohwistha Katsitsionni Tiohnhehkwen
Iehnhotonkwas Kahsennenhawe Kanenhariio Karennatha Katsitsaronkwas Teiotsistohkwathe
''',
'mohawk:s': '''
Horne Zacharie Dailleboust Hemlock Jocks Leclaire Myiow Splicer Sunday Delaronde Mayo Tworivers Stalk Jacco
Patton Canadian Assin Bush Dearhouse Delormier Gabriel Kaneratonni McGregor Peltier Sawatis Simon Skye
''',
'he:m': '''
Aharon Avraham Baruch Chaim Eliezer Ephraim Gershon Hillel Itzik Mendel Mordechai Moshe Nachum Pinchas
Reuven Shimon Shlomo Shmuel Tzvi Yaakov Yehuda Yitzchak Yosef Zalman Dov Meir Noam Eitan Oren Akiva Amnon
Ari Asher Binyamin Boaz Eli Gad Gideon Levi Menachem Nathan Nissim Shai Uri Yonatan Zev
''',
'he:f': '''
Batsheva Bracha Chana Devorah Faigy Gittel Hadassah Leah Malka Miriam Rivka Ruchi Shaindel Shifra Sura Tova
Yael Yehudit Zahava Dina Hila Keren Liat Orly Shira Tamar Noa Ayelet Adina Avital Chaya Efrat Galit Hadar
Michal Nechama Orit Rachel Rina Sarit Tzipora Yocheved
''',
'he:s': '''
Abramovitz Applebaum Dreyfus Edelstein Frankel Gelbart Ginsburg Greenspan Grossman Lefkowitz Levinson
Perlman Schachter Silverstein Bensimon Sebag Cotler Gutkin Kravitz Moskowitz Pinsker Sternthal Aaronson
Abelson Berkowitz Blatt Bloomfield Chernoff Ehrlich Eisenstadt Fishbein Gurevich Hirschfeld Jacobovitch
Kagan Lichtman Moskovitz Pearlstein Rappaport Rosenblum Sachs Salzman Schechter Sokolovsky Weisberg Attias
Ouaknine Serfaty Zagury
''',
'am:m': '''
Aram Armen Arsen Ashot Avedis Garabed Garo Gevorg Haig Hagop Hovhannes Hrant Kevork Krikor Levon Mher Mikael
Nerses Raffi Sevak Tigran Vahe Vartan Vazgen Zareh Zaven Sako Shahen Narek Hayk Ara Arshak Davit Edgar
Grigor Karen Manuk Nishan Rouben Sarkis Smbat Vardan Zhirayr
''',
'am:f': '''
Anahid Arpi Astghik Gayane Hasmik Houri Lilit Lusine Maral Nairi Nanor Nune Seta Shoghig Siranush Sona
Taline Vartouhi Zabel Zarouhi Knarik Armine Ayda Meline Sirvart Anoush Arev Hripsime Lala Lucine Mariam
Naira Narine Rosa Satenik Silva Takouhi Zepyur
''',
'am:s': '''
Adamian Aivazian Arslanian Boyajian Gasparian Gevorgyan Kalousdian Kazanjian Minassian Hovhannisyan Ohanian
Abajian Alajajian Apelian Ayvazian Chilingirian Dabaghian Darakjian Ekmekjian Gulbenkian Hairabedian
Kasparian Kerkorian Mahdesian Momjian Seropian Tatevossian Torosian Zadourian
''',
'de:m': '''
Dieter Eberhard Egon Friedrich Gerhard Gunther Hartmut Heinz Helmut Jürgen Klaus Lothar Manfred Rainer
Reinhold Siegfried Ulrich Volker Wolfgang Matthias Tobias Lukas Markus Stefan Uwe Dirk Anton Bernd Christoph
Detlef Erich Ernst Florian Georg Hans Heinrich Horst Jens Jörg Karl Kurt Otto Rolf Rüdiger Torsten Werner
''',
'de:f': '''
Annegret Brigitte Dagmar Edeltraud Elke Gertrud Gudrun Hannelore Heike Ilse Ingrid Jutta Karin Liesel Renate
Ulrike Waltraud Anke Birgit Frauke Silke Wiebke Greta Hanna Marlene Johanna Kerstin Sieglinde Angelika
Barbel Christa Dörte Erika Gisela Gretchen Hedwig Helga Irmgard Klara Lotte Martha Monika Petra Rosemarie
Traudl Ute
''',
'de:s': '''
Ritter Brückner Eichhorn Freitag Gottschalk Auerbach Dreher Hübner Kästner Lindemann Oberholzer Rückert
Stadler Thalheimer Wendland Abendroth Adelmann Altmann Bachmann Beckmann Bender Biermann Blum Burkhardt
Diehl Ebner Eggers Fiedler Frank Fritsch Geiger Gerlach Haller Heller Hess Kirchner Klose Kraft Lenz Menzel
Nagel Ott Reuter Sander Seifert Simon Stark Thiel Vetter Witt Zeller
''',
'hu:m': '''
Attila Balázs Bence Csaba Dénes Gábor Gergely Imre István János Kálmán Lajos László Levente Miklós Sándor
Tamás Tibor Zoltán Zsolt Ferenc Géza Árpád Botond Ákos Ádám Béla Dezső Endre Ernő György Gyula Jenő József
Károly Lőrinc Márton Mihály Nándor Ödön Szabolcs Vilmos
''',
'hu:f': '''
Anikó Borbála Csilla Edina Enikő Erzsébet Gizella Hajnalka Ildikó Judit Katalin Krisztina Mária Noémi
Orsolya Piroska Réka Szilvia Tünde Zsófia Zsuzsanna Etelka Boglárka Emese Villő Ágnes Andrea Beáta Dóra
Eszter Éva Gabriella Ilona Irén Jolán Klára Magdolna Margit Rozália Teréz Valéria Veronika Zita
''',
'hu:s': '''
Balogh Bognár Csizmadia Deák Fazekas Farkas Fekete Gál Hegedűs Horváth Juhász Kelemen Kiss Kocsis Kovács
Lakatos Mészáros Molnár Nagy Németh Oláh Papp Pásztor Rácz Somogyi Szabó Szalai Szűcs Takács Tóth Vadász
Varga Vörös Zsigmond Bíró Fodor Halász Jakab Katona Lengyel Magyar Orbán Soós Szekeres Vincze Bartók Dobos
Erdős Gulyás Hajdú Kardos Pintér Rózsa Sipos Tamási Ambrus Antal Bakó Bálint Benkő Bodnár Boros Csonka Czakó
Dudás Fábián Fehér Fenyő Győri Hajós Hollósi Kántor Kozma Kun Lukács Madár Mohácsi Nyitrai Ölvedi Pálfi Rigó
Rostás Sárközi Szénási Szilágyi Tompa Újvári Vida Zágoni
''',
}

# Invented forms that turned out to be surnames of indep13 .. indep18 when
# this file was written (--selftest re-checks the whole pool); skipped.
AVOID_INVENTED = set('''
Meloche Ghazian Hovhyan Teressian Toryan Nkundala Kitumba Tshilenga Kalenga Ngondala Mulenga Nkumbayi
Nkulenga Tshimbayi Ngolenga Mbulenga Ngokendi Kayembe Malenga Mbutumba Linmeier Oberberger Neumann Altdorf
Habtemichael Teklemichael Hailemichael Gebremedhin Tesfamedhin Habtemariam Woldemariam Woldetsadik
Kidanetsadik Tesfamichael Hailemedhin Berhemedhin Hailemariam Tesfamariam Gebreyesus Kidaneselassie
Berhemichael Gebremariam Tekleselassie Marthwaite Marford Bramley Thornridge Thornham Radstead Halham
Stancombe Bramcombe Bradham Bramwick Thornford Stanworth Ashstead Ashthwaite Dunwick Radford Stanham
Dunthwaite Whitham Halstead Penthwaite Penley Halworth Whitley Whitstead Ashwick Halcombe Bramford Penwick
Marridge Halthwaite Bramstead Marstead Ashworth Stanridge Bradworth Radley Dunham Stanwick Ashridge Penford
Marwick Kelcombe Dunley Golabadi Khavand Golfar Nikoatos Antopoulos Antoidis Antoakis Grunbaum Feinsohn
Rosenzweig Goldblatt Blumbaum Zeitwitz Feinfeld Zeitfeld Rosenthal Mandelkranz Qumaaluk Aullaluk Sivuluk
Galery Dunoran Sanino Casucci Galieri Nasouf Nasoun Belkacem Sidhu Salapagal Dimayag Dimalanta Macapagal
Woliak Sobecki Sobewski Sobowski Dobiak Torelo Pelonneau Verotte Belonneau Lamereau Lamanceau Maronneau
Marignon Verereau Lamotte Radescu Costescu Poparu Iorică Tudică Tudache Costică Dragaru Tudescu Popescu
Radeanu Iorache Costeanu Ioraru Balton Dunton Paranathan Yogalingam Ratnarajah Ratnalingam Balalingam
Ratnanathan Sivalingam Ratnaratnam Sellaratnam Sellalingam Sivanathan Yogaratnam Balakumar Tekoğlu Özmen
Eroğlu Gülcan Karakaya Öztürk Tektürk Ertürk Özoğlu Aksoy Ersoy Taruk Tarenko Panuk Savyshyn Savuk Horchuk
Paniv Bilenko Panyshyn Yaruk Taryshyn Lytenko Danyshyn Folawale Ezenna Ayowale Adewale Ogundike Oyindele
Oluwale Olunna Folatunde Olabayo Ezetunde Olutunde Ogunwale Olawale Nwanna Chikunle Adeyemi Oyinwale
Oguntunde Olayemi Ogundele
Baghikian Balica Belanceau Berhetsadik Danuk Gebreselassie Golnejad Gulmen Gültürk Hailetsadik Ioreanu Karaidis Lukendi Lusongo Nasoury Olatunde Papapoulos Tarovych Tshikendi Vilereau Gülmen
Mukendi Katumba Kidanemedhin Habteselassie Gebremichael Manopoulos Popoiu Nwadike
Bakendi Woldekristos Popeanu Ogunyemi
'''.split())

# Invention material: real beginnings and real endings of each origin.
INVENT = {
    'qc': ('Bel Ber Bou Cha Dor Fra Gau Lam Mai Mar Pel Ric Roc Sau Tal Ver Vil Cor Fon Gre',
           'ouin ereau illon aumier ancourt eville ignon onneau otte uchon ardière anceau'),
    'acad': ('Bour Dou Gal Mel Poi Sav Thib Vau Bab Arc Lan Chi', 'illard eaud erin oche inet ourd asson eneau'),
    'en': ('Ash Brad Cold Dun Fern Hal Kel Mar Pen Rad Stan Thorn Wel Whit Bram Lud',
           'worth ington combe stead wick ham ridge thwaite ley ford'),
    'ir': ('Bran Car Dun Fla Gal Kil Mul Ros Tul Bal Con Gar', 'igan ahan ery anny ogue eary ally oran ihan'),
    'sco': ('Bal Craig Dun Glen Inver Kin Loch Strath Ard Auch Mor', 'tyre more gowrie lochy ness allan doch ie ton'),
    'ht': ('Dor Exa Vil Mon Jol Clé Bel Lun Ros Cér Fon Mer', 'ilmé ardeau ival onord ancy ézan ustin ophe ilord'),
    'mag': ('Bel Ben Bou Cher Djel Ham Kha Laz Mek Rah Tah Zer', 'kacem ouni iri adi ssini ekki amra ahi ouche'),
    'lev': ('Abi Chal Dah Fak Gha Hal Kha Mak Nas Saw Tar Yaz', 'oury oun ani ache ouf ouly aya ine'),
    'ph': ('Maca Dima Bala Pala Sala Cala Taga Mala Pana', 'linao lanta yag guin sig bungan pagal wili'),
    'la': ('Ar Bal Cas Es Gal Mon Or Sal Val Zu Ech Ber', 'ando ejo iega uela arte egui ano illo ueta'),
    'pt': ('Bar Cas Fer Gal Lou Mar Pin Sal Val Vas Ri Tor', 'eira inho ães elo ado oso ela ouço'),
    'it': ('Bar Cam Cas Del Fer Gal Man Pal Ros San Ter Vit', 'etti ucci ino ello one ardi azzi ieri otta esi'),
    'gr': ('Anto Dima Kara Kosta Lefte Mano Niko Papa Spiro Vasi Chrysa', 'poulos akis idis atos elis iadis eas'),
    'pl': ('Bor Chmi Dob Gra Kos Lip Mro Prze Sob Wol Jast', 'owski ewski icki czyk iak ecki owicz'),
    'ua': ('Bil Dan Hor Kos Lyt Pan Sav Tar Yar Zel Hry', 'enko chuk yshyn uk ovych iv'),
    'ro': ('Bal Cost Drag Gheo Ior Mun Nic Pop Rad Tud Vlas', 'escu eanu aru ache ică oiu'),
    'pa': ('Bhat Dha Gre Kah San Sek Thi Wal Sid Man Ghu', 'iwal al ra hu on i'),
    'ta': ('Bala Kana Mahe Nava Para Ratna Siva Thava Yoga Kula Sella', 'lingam rajah nathan ratnam singham kumar'),
    'bn': ('Bhatta Chakra Chatto Das Ghosh Muk Ban Sen Majum Dutta Roy', 'arjee dar opadhyay gupta chowdhury bhuiyan'),
    'fa': ('Amir Bah Dar Far Gol Jah Kha Mah Nas Tah Yaz Zar', 'zadeh pour nejad far vand abadi ian'),
    'tr': ('Ak Bal Demir Er Gül Kara Kay Öz Taş Tek Yıl Çelik', 'oğlu kaya can soy han türk men'),
    'wa': ('Ade Olu Oyin Ayo Fola Ola Ogun Chi Nwa Eze Obi', 'bayo wale kunle yemi tunde dele nna dike oma'),
    'ca': ('Ka Mu Tshi Lu Mbu Ngo Nku Ki Ma Ba', 'lenga kendi mbayi bala songo tumba yembe ndala'),
    'ea': ('Gebre Wolde Haile Tekle Habte Kidane Berhe Tesfa', 'mariam michael selassie medhin yesus tsadik kristos'),
    'innu': ('Uapi Napi Tshi Mishta Kane Pishi Nashka', 'stan shish kueu pan kun nish'),
    'cree': ('Wapa Mista Neeka Petaw Chee Kawa Masky', 'bano cheesick poosh skum nish wat'),
    'inuit': ('Qumaa Tuku Aulla Kasu Iqa Sivu Nappa Anna Uqi', 'luk tuk juaq lik ruk kallak'),
    'he': ('Gold Rosen Stern Blum Lev Fein Kirsch Wein Eisen Mandel Grun Zeit Hirsch Feder',
           'berg stein baum feld blatt thal zweig witz sohn kranz'),
    'am': ('Ara Bagh Ghaz Hovh Kasp Mard Nahap Sarg Ter Vosk Tor', 'yan ian ikian essian oyan jian'),
    'de': ('Alt Eber Hof Kirch Lang Neu Ober Wald Hage Dorn Brück Lin',
           'mann berger hofer bach meier dorf acker heimer hauser'),
    'hu': ('Bala Csor Far Hor Kis Mol Szent Tor Vad Ber', 'falvi házi vári si ffy ai és'),
}

PARTICLES = {'de', 'du', 'des', 'da', 'das', 'dos', 'di', 'del', 'della', 'dela', 'delos', 'der', 'den',
             'van', 'von', 'ben', 'bin', 'ibn', 'abu', 'abou', 'al', 'el', 'ait', 'la', 'le', 'lo', 'los',
             'st', 'ste', 'saint', 'sainte', 'o', 'mc'}
_FOLD = str.maketrans({'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'đ': 'd', 'Đ': 'D',
                       'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'Œ': 'OE', 'ð': 'd', 'Ð': 'D'})


def fold(s):
    s = s.translate(_FOLD)
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return s.lower()


def ascii_name(s):
    return re.sub(r'[^a-z]', '', fold(s))


def tokens(s):
    """Folded word tokens of any text (two characters or more)."""
    return [t for t in re.split(r'[^0-9a-z]+', fold(s)) if len(t) > 1]


def name_tokens(s):
    """Folded tokens of a name, particles left out."""
    return [t for t in tokens(s) if t not in PARTICLES]


def md5hex(s):
    return hashlib.md5(s.encode('utf-8')).hexdigest()


# Very common French and English words: a name part folding to one of them
# is left out of the pools (it would turn up unlabelled in ordinary text).
STOP_WORDS = set('''
a ai au aux avec bien bon ca car ce ces chez comme dans de des du elle en est et eu fin il ils je la le les leur lieu
lui ma mais me mes mi mon ne ni nos notre nous on ou par pas peu plus pour qu que qui sa sans se ses si son sur ta
te tes toi ton tous tout tu un une vers vos votre vous vu y ete etre fait font mal mer mot nom non oui pere mere sale
salle sang sel sol sort suite tard tete tot tri val vie vin voix
an and are as at be been but by can did do for from had has have he her him his how if in into is it its me my no
not of off on or our out over she so than that the their them then there they this to too up us was we were what
when who why will with yes you your all any day far few get got lot may man men new now old one own put say see set
sun two way win won bill fall field fields snow park ward home hang loan tram cat yen mac dean guy grant may june
april august rock mark sharp young little long hill wood stone banks brooks ford marsh moss wells frost strong king
bell fox lamb swan crane finch cook baker mason fisher hunter archer bishop butler porter weaver cooper turner
visitor lien chi mui manuel loc chien na
'''.split())


GLIDES = {'ai', 'au', 'ei', 'eu', 'ia', 'ie', 'io', 'oi', 'ou', 'ua', 'ue', 'ui'}


def _join_ok(a, b):
    """An invented surname reads well: no doubled letter or vowel clash at the seam."""
    x, y = ascii_name(a), ascii_name(b)
    if not x or not y or x[-1] == y[0]:
        return False
    if x[-1] in 'aeiouy' and y[0] in 'aeiouy' and x[-1] + y[0] not in GLIDES:
        return False
    return not re.search(r'(.)\1\1', x + y)


def _build_pools():
    pools = {}
    for key, blob in NAMES.items():
        seen = []
        for w in blob.split():
            t = name_tokens(w)
            if w not in seen and len(t) == 1 and t[0] not in STOP_WORDS:
                seen.append(w)
        pools[key] = seen
    taken = {t for lst in pools.values() for w in lst for t in name_tokens(w)}
    n_real = sum(len(v) for k, v in pools.items() if k.split(':')[1] in ('s', 'p'))
    base = sum(len(pools.get(o + ':s', [])) for o in INVENT)
    target = round(n_real / 2)
    invented = []
    avoid = {fold(w) for w in AVOID_INVENTED}
    for o in sorted(INVENT):
        pre, suf = INVENT[o][0].split(), INVENT[o][1].split()
        want = round(target * len(pools.get(o + ':s', [])) / base)
        cands = [a + b for a in pre for b in suf if _join_ok(a, b)]
        cands.sort(key=lambda w: md5hex('indep19-inv:%s:%s' % (o, w)))
        got = []
        for w in cands:
            if len(got) >= want:
                break
            t = name_tokens(w)
            if len(t) != 1 or t[0] in taken or t[0] in STOP_WORDS or t[0] in avoid:
                continue
            taken.add(t[0])
            got.append(w)
        pools[o + ':s'] = pools.get(o + ':s', []) + got
        invented.extend(got)
    return pools, invented


POOLS, INVENTED = _build_pools()
ORIGINS = sorted({k.split(':')[0] for k in POOLS})


def token_half(t):
    return 'W' if int(md5hex('indep19:' + t)[:2], 16) % 2 == 0 else 'H'


TOK_HALF = {t: token_half(t) for lst in POOLS.values() for w in lst for t in name_tokens(w)}
HALF_TOKENS = {h: frozenset(t for t, x in TOK_HALF.items() if x == h) for h in 'WH'}
ALL_NAME_TOKENS = frozenset(TOK_HALF)
HALVES = {h: {k: [w for w in v if TOK_HALF[name_tokens(w)[0]] == h] for k, v in POOLS.items()} for h in 'WH'}
SURNAME_TOKENS = frozenset(t for k, v in POOLS.items() if k.split(':')[1] in ('s', 'p') for w in v
                           for t in name_tokens(w))


def usable(text, half):
    """A fixed-list entry may be used in a half when it holds no name token of the other half."""
    other = HALF_TOKENS['H' if half == 'W' else 'W']
    return not any(t in other for t in tokens(text))


def name_free(text):
    return not any(t in ALL_NAME_TOKENS for t in tokens(text))

# ---------------------------------------------------------------------------
# Places.  (city, first letter of its postal codes, area codes, province)
CITIES = [
    ('Montréal', 'H', '514 438', 'QC'), ('Laval', 'H', '450 579', 'QC'), ('Longueuil', 'J', '450 579', 'QC'),
    ('Gatineau', 'J', '819 873', 'QC'), ('Sherbrooke', 'J', '819 873', 'QC'), ('Saguenay', 'G', '418 581', 'QC'),
    ('Québec', 'G', '418 581 367', 'QC'), ('Trois-Rivières', 'G', '819 873', 'QC'), ('Terrebonne', 'J', '450 579', 'QC'),
    ('Repentigny', 'J', '450 579', 'QC'), ('Brossard', 'J', '450 579', 'QC'), ('Drummondville', 'J', '819 873', 'QC'),
    ('Granby', 'J', '450 579', 'QC'), ('Blainville', 'J', '450 579', 'QC'), ('Mirabel', 'J', '450 579', 'QC'),
    ('Shawinigan', 'G', '819 873', 'QC'), ('Rimouski', 'G', '418 581', 'QC'), ('Victoriaville', 'G', '819 873', 'QC'),
    ('Mascouche', 'J', '450 579', 'QC'), ('Rouyn-Noranda', 'J', '819 873', 'QC'), ('Boucherville', 'J', '450 579', 'QC'),
    ('Vaudreuil-Dorion', 'J', '450 579', 'QC'), ('Sorel-Tracy', 'J', '450 579', 'QC'), ("Val-d'Or", 'J', '819 873', 'QC'),
    ('Sept-Îles', 'G', '418 581', 'QC'), ('Baie-Comeau', 'G', '418 581', 'QC'), ('Joliette', 'J', '450 579', 'QC'),
    ('Magog', 'J', '819 873', 'QC'), ('Matane', 'G', '418 581', 'QC'), ('Gaspé', 'G', '418 581', 'QC'),
    ('Amos', 'J', '819 873', 'QC'), ('Chibougamau', 'G', '418 581', 'QC'), ('Rivière-du-Loup', 'G', '418 581', 'QC'),
    ('Montmagny', 'G', '418 581', 'QC'), ('Cowansville', 'J', '450 579', 'QC'), ('Beloeil', 'J', '450 579', 'QC'),
    ('Chambly', 'J', '450 579', 'QC'), ('Candiac', 'J', '450 579', 'QC'), ('Châteauguay', 'J', '450 579', 'QC'),
    ('Mont-Tremblant', 'J', '819 873', 'QC'), ('Pointe-Claire', 'H', '514 438', 'QC'), ('Kirkland', 'H', '514 438', 'QC'),
    ('Beaconsfield', 'H', '514 438', 'QC'), ('Westmount', 'H', '514 438', 'QC'), ('Dorval', 'H', '514 438', 'QC'),
    ('Kahnawake', 'J', '450 579', 'QC'), ('Wendake', 'G', '418 581', 'QC'), ('Mashteuiatsh', 'G', '418 581', 'QC'),
    ('Uashat', 'G', '418 581', 'QC'), ('Wemotaci', 'G', '819 873', 'QC'), ('Manawan', 'J', '450 579', 'QC'),
    ('Kuujjuaq', 'J', '819 873', 'QC'), ('Chisasibi', 'J', '819 873', 'QC'), ('Mistissini', 'G', '418 581', 'QC'),
    ('Kanesatake', 'J', '450 579', 'QC'), ('Saint-Hyacinthe', 'J', '450 579', 'QC'), ('Sainte-Julie', 'J', '450 579', 'QC'),
    ('Saint-Jérôme', 'J', '450 579', 'QC'), ('Saint-Georges', 'G', '418 581', 'QC'), ('Lévis', 'G', '418 581', 'QC'),
    ('Sainte-Thérèse', 'J', '450 579', 'QC'), ('Saint-Eustache', 'J', '450 579', 'QC'), ('Thetford Mines', 'G', '418 581', 'QC'),
    ('Alma', 'G', '418 581', 'QC'), ('Dolbeau-Mistassini', 'G', '418 581', 'QC'), ('La Malbaie', 'G', '418 581', 'QC'),
    ('Ottawa', 'K', '613 343', 'ON'), ('Cornwall', 'K', '613 343', 'ON'), ('Hawkesbury', 'K', '613 343', 'ON'),
    ('Moncton', 'E', '506', 'NB'), ('Edmundston', 'E', '506', 'NB'), ('Toronto', 'M', '416 647', 'ON'),
]
REGIONS_FR = ['la Gaspésie', "l'Abitibi-Témiscamingue", 'la Côte-Nord', "l'Estrie", 'la Mauricie', 'le Bas-Saint-Laurent',
              'les Laurentides', 'la Montérégie', "l'Outaouais", 'le Saguenay–Lac-Saint-Jean', 'Lanaudière',
              'la Beauce', 'le Nunavik', 'la Haute-Côte-Nord', 'les Îles-de-la-Madeleine', 'Charlevoix']
REGIONS_EN = ['the Eastern Townships', 'the Gaspé Peninsula', 'the North Shore', 'the Laurentians', 'the Outaouais',
              'Nunavik', 'the Magdalen Islands', 'Eastern Ontario', 'the West Island', 'Charlevoix']
COUNTRIES_FR = ['Haïti', 'le Maroc', "l'Algérie", 'le Liban', 'le Vietnam', 'la Chine', 'la Corée du Sud',
                'les Philippines', 'la Colombie', 'le Mexique', 'le Pérou', 'le Portugal', "l'Italie", 'la Grèce',
                'la Pologne', "l'Ukraine", 'la Roumanie', "l'Inde", "l'Iran", 'la Turquie', 'le Sénégal',
                'le Cameroun', 'la République démocratique du Congo', "l'Éthiopie", 'la Somalie', "l'Arménie",
                "l'Allemagne", 'la Hongrie', 'la France', 'la Belgique', 'le Brésil', 'le Rwanda', 'le Bangladesh']
COUNTRIES_EN = ['Haiti', 'Morocco', 'Algeria', 'Lebanon', 'Vietnam', 'China', 'South Korea', 'the Philippines',
                'Colombia', 'Mexico', 'Peru', 'Portugal', 'Italy', 'Greece', 'Poland', 'Ukraine', 'Romania', 'India',
                'Iran', 'Turkey', 'Senegal', 'Cameroon', 'Ethiopia', 'Somalia', 'Armenia', 'Germany', 'Hungary',
                'France', 'Brazil', 'Rwanda', 'Bangladesh', 'Sri Lanka', 'Nigeria', 'Ghana', 'Kenya']
ORIGIN_COUNTRY = {'ht': 4, 'mag': 1, 'lev': 3, 'vn': 4, 'cn': 5, 'kr': 6, 'ph': 7, 'la': 8, 'pt': 11, 'it': 12,
                  'gr': 13, 'pl': 14, 'ua': 15, 'ro': 16, 'pa': 17, 'ta': 17, 'bn': 32, 'fa': 18, 'tr': 19, 'wa': 20,
                  'ca': 22, 'ea': 23, 'am': 25, 'de': 26, 'hu': 27}

STREETS_FR = ['rue des Érables', 'rue des Pins', 'avenue du Parc', 'boulevard de la Concorde', 'rue de la Montagne',
              'chemin du Lac', 'rang du Petit-Brûlé', 'rue Principale', "rue de l'Église", 'boulevard des Hauts-Bois',
              'avenue des Ormes', 'rue du Ruisseau', 'montée des Sources', 'rue des Cèdres', 'croissant des Mésanges',
              'rue de la Gare', 'chemin de la Rivière', 'rue du Couvent', 'avenue des Bouleaux', 'rue des Tilleuls',
              'boulevard Industriel', 'rue du Moulin', 'rue des Hirondelles', 'rue de la Fabrique', 'rue des Peupliers',
              'chemin des Patriotes', 'rue du Quai', 'rue des Forges', 'place du Marché', 'rue de la Savane',
              "avenue de l'Esplanade", 'rue du Verger', 'rue des Outardes', 'boulevard du Séminaire', 'rue des Bleuets',
              'rue de la Coulée', 'chemin du Golf', 'rue des Merisiers', 'avenue des Cascades', 'rue du Boisé',
              'rue des Goélands', 'boulevard des Récollets', 'rang Sainte-Anne', 'rue des Mélèzes', 'rue de la Traverse']
STREETS_EN = ['Maple Street', 'Elm Avenue', 'Cedar Crescent', 'Lakeshore Road', 'Church Street', 'Mill Road',
              'Pine Avenue', 'Birch Lane', 'Station Road', 'Valley Drive', 'Harbour Road', 'Oak Ridge Drive',
              'Orchard Lane', 'Spruce Street', 'Hillcrest Avenue', 'Riverside Drive', 'Sunnyside Avenue', 'Beech Street',
              'Meadowbrook Drive', 'Highland Avenue', 'Centre Street', 'Water Street', 'Brookside Crescent',
              'Summit Avenue', 'Poplar Road', 'Greenfield Lane', 'College Street', 'Bay Road', 'Aspen Court']
STREET_PATTERNS_FR = ['rue {G}-{S}', 'boulevard {G}-{S}', 'avenue {S}', 'rue {S}', 'place {G}-{S}', 'croissant {S}',
                      'chemin {S}', 'montée {S}']
STREET_PATTERNS_EN = ['{S} Street', '{S} Avenue', '{G} {S} Boulevard', '{S} Road', '{S} Crescent', '{S} Drive']
UNITS_FR = ['app. {n}', 'appartement {n}', 'app {n}', 'logement {n}', 'bureau {b}', 'unité {n}', '# {n}', 'loc. {n}']
UNITS_EN = ['Apt {n}', 'Apt. {n}{l}', 'Unit {n}', 'Suite {b}', '#{n}', 'Apartment {n}']

# Foreign addresses: (country code, street, postal code pattern, city, country)
FOREIGN = [
    ('fr', '{n}, rue des Tanneurs', '#####', 'Lille', 'France'), ('fr', '{n}, avenue de la Libération', '#####', 'Rennes', 'France'),
    ('be', 'Rue du Marché {n}', '####', 'Namur', 'Belgique'), ('ht', '{n}, rue Capois', 'HT####', 'Port-au-Prince', 'Haïti'),
    ('ma', '{n}, rue Moulay Driss, Hay Riad', '#####', 'Rabat', 'Maroc'), ('us', '{n} Lake Shore Drive', '#####', 'Plattsburgh, NY', 'USA'),
    ('mx', 'Av. Insurgentes Sur {n}, Col. Del Valle', '#####', 'Ciudad de México', 'México'),
    ('br', 'Rua das Palmeiras, {n}', '#####-###', 'Belo Horizonte', 'Brasil'), ('pt', 'Rua do Carmo, {n}', '####-###', 'Lisboa', 'Portugal'),
    ('ph', '{n} Mabini Street, Brgy. Poblacion', '####', 'Makati', 'Philippines'), ('vn', '{n} Đường Lê Lợi, Phường Bến Thành', '######', 'TP. Hồ Chí Minh', 'Việt Nam'),
    ('it', 'Via dei Mille {n}', '#####', 'Napoli', 'Italia'), ('de', 'Lindenstraße {n}', '#####', 'Köln', 'Deutschland'),
]
FOREIGN_PHONES = {
    'ht': ['+509 3# ## ####', '+509 4### ####'], 'mag': ['+212 6## ## ## ##', '+213 5## ## ## ##', '+216 ## ### ###'],
    'lev': ['+961 3 ### ###', '+961 71 ### ###', '+963 9## ### ###'], 'vn': ['+84 9# ### ## ##', '+84 3# ### ####'],
    'cn': ['+86 13# #### ####', '+852 9### ####'], 'kr': ['+82 10-####-####'], 'ph': ['+63 917 ### ####', '+63 9## ### ####'],
    'la': ['+57 3## ### ####', '+52 55 #### ####', '+51 9## ### ###'], 'pt': ['+351 91# ### ###', '+55 11 9####-####'],
    'it': ['+39 3## ### ####'], 'gr': ['+30 69# ### ####'], 'pl': ['+48 ### ### ###'], 'ua': ['+380 ## ### ## ##'],
    'ro': ['+40 7## ### ###'], 'pa': ['+91 9#### #####'], 'ta': ['+94 7# ### ####', '+91 9#### #####'],
    'bn': ['+880 17## ######'], 'fa': ['+98 912 ### ####'], 'tr': ['+90 5## ### ## ##'], 'wa': ['+221 77 ### ## ##', '+234 80# ### ####'],
    'ca': ['+243 8# ### ####', '+237 6 ## ## ## ##'], 'ea': ['+251 9# ### ####', '+252 6# ### ####'],
    'am': ['+374 9# ######'], 'de': ['+49 15# ########'], 'hu': ['+36 30 ### ####'], 'he': ['+972 5#-###-####'],
    'qc': ['+33 6 ## ## ## ##', '+32 4## ## ## ##'], 'en': ['+44 7### ######'],
}

ORGS_FR = ['Revenu Québec', 'Retraite Québec', 'Aide financière aux études', "Régie de l'assurance maladie du Québec",
           "Société de l'assurance automobile du Québec", 'Tribunal administratif du logement', 'Hydro-Québec',
           'Élections Québec', "Directeur de l'état civil", 'Curateur public du Québec', 'Service Canada',
           'Agence du revenu du Canada', 'Registre foncier du Québec', 'Chambre des notaires du Québec',
           'Cour du Québec', 'Cour supérieure', 'Sûreté du Québec', 'Croix-Rouge canadienne', 'Centraide',
           'CISSS des Laurentides', "CIUSSS de l'Estrie", 'CISSS de la Montérégie-Centre', 'CLSC du Plateau',
           'CLSC des Maskoutains', 'Banque Nationale', 'Caisse Desjardins du Vieux-Port', 'Caisse Desjardins des Bois-Francs',
           'Cégep de Rimouski', 'Cégep du Vieux Montréal', 'Université Laval', 'Université de Sherbrooke',
           'Centre de services scolaire des Découvreurs', 'Centre de services scolaire de la Seigneurie-des-Mille-Îles',
           "Office municipal d'habitation", 'Société de transport de Laval', 'SPCA de la Montérégie',
           'Moisson Outaouais', 'Syndicat des travailleuses et travailleurs du CIUSSS', 'Protecteur du citoyen',
           'Office de la protection du consommateur', 'Commission scolaire crie', 'Hôpital de la Cité-de-la-Santé',
           'Hôpital régional de Rimouski', 'Centre hospitalier de Granby', 'Pharmacie du Boisé', 'Garage du Coin',
           'Autocars des Seigneuries', 'Location Rive-Sud', 'Agence de sécurité Vigilance', 'Recouvrement Boréal inc.',
           'Service de sécurité incendie de la Ville', 'Transport adapté de la Vallée', 'Les Cuisines collectives du Quartier']
ORGS_EN = ['Canada Revenue Agency', 'Service Canada', 'Employment and Social Development Canada', 'Elections Canada',
           'Hydro-Québec', 'Ontario Land Registry Office', 'Superior Court of Ontario', 'Cornwall Community Hospital',
           'Montreal Children Hospital', 'Lakeshore General Hospital', 'Queensway Carleton Hospital',
           'English Montreal School Board', 'Riverside School Board', 'Western Québec School Board', 'Dawson College',
           'Concordia University', 'Red Cross', 'United Way', 'Food Bank of the West Island', 'Humane Society of Ottawa',
           'Northern Credit Union', 'Scotiabank', 'TD Canada Trust', 'Royal Bank of Canada', 'Desjardins',
           'Eastern Townships Fire Department', 'Ottawa Fire Services', 'Sentinel Security Services',
           'Apex Collections Ltd.', 'Valley Car Rental', 'Island Taxi Cooperative', 'Community Legal Clinic',
           'Ontario Health atHome', 'Public Health Ottawa', 'West Island Blood Clinic']
ORG_PATTERNS_FR = ['École primaire {G}-{S}', 'École secondaire {S}', 'Aréna {G}-{S}', 'Pharmacie {S} et {S2}',
                   'Clinique dentaire {S}', 'Garage {S} et fils', 'Fondation {G}-{S}', 'CHSLD {G}-{S}',
                   'Résidence {G}-{S}', 'Centre sportif {S}', 'Bibliothèque {G}-{S}', 'Notaires {S} {S2} inc.',
                   'Déménagement {S}', 'Salle {G}-{S}', 'Clinique vétérinaire {S}', 'Autobus {S} ltée',
                   'Centre de la petite enfance {G}-{S}', 'Entrepôt {S}', 'Boulangerie {S}', 'Cabinet {S} {S2} avocats',
                   'CLSC {G}-{S}', 'Parc {G}-{S}']
ORG_PATTERNS_EN = ['{S} Pharmacy', '{S} & {S2} LLP', '{G} {S} Elementary School', '{S} Arena', '{G} {S} Foundation',
                   '{S} Auto Body', '{S} Funeral Home', '{S} Veterinary Clinic', '{S} Dental Centre', '{G} {S} Library',
                   '{S} Bus Lines', '{S} Property Management', '{S} Hall', '{S} Collegiate Institute']

LAW_THEMES = {'fr': {
    'tax': ["art. 1015 de la Loi sur les impôts", 'RLRQ, c. I-3', "art. 97 de la Loi sur l'administration fiscale",
            "art. 118.1 de la Loi de l'impôt sur le revenu", 'art. 1079.1 de la Loi sur les impôts'],
    'pension': ['Loi sur le régime de rentes du Québec (RLRQ, c. R-9)', 'art. 105 LRRQ', 'art. 176 LRRQ'],
    'afe': ["Loi sur l'aide financière aux études (RLRQ, c. A-13.3)", "art. 23 du Règlement sur l'aide financière aux études"],
    'work': ["Loi sur l'assurance-emploi", "art. 19 du Règlement sur l'assurance-emploi", 'Loi sur les normes du travail, art. 82'],
    'legal': ['art. 712 C.c.Q.', 'art. 2166 C.c.Q.', 'art. 3002 C.c.Q.', 'art. 1851 C.c.Q.', 'art. 2131 C.c.Q.', 'art. 116 C.p.c.',
              'art. 135 C.p.c.', 'art. 1708 C.c.Q.'],
    'court': ['art. 116 C.p.c.', 'art. 110 C.p.c.', 'art. 123 C.p.c.', 'art. 135 C.p.c.'],
    'mandate': ['art. 2130 C.c.Q.', 'art. 2131 C.c.Q.', 'art. 2166 C.c.Q.'],
    'land': ['art. 3002 C.c.Q.', 'art. 2934 C.c.Q.', 'art. 3006 C.c.Q.'],
    'housing': ['art. 1892 C.c.Q.', 'art. 1936 C.c.Q.', 'art. 1942 C.c.Q.'],
    'copro': ['art. 1070 C.c.Q.', 'art. 1039 C.c.Q.', 'art. 1060 C.c.Q.'],
    'collection': ['Loi sur le recouvrement de certaines créances (RLRQ, c. R-2.2)', 'Loi sur la protection du consommateur',
                   'art. 3 de la Loi sur le recouvrement de certaines créances'],
    'fire': ['art. 8 de la Loi sur la sécurité incendie', 'art. 43 de la Loi sur la sécurité incendie'],
    'security': ['Loi sur la sécurité privée (RLRQ, c. S-3.5)'],
    'civic': ['Loi électorale (RLRQ, c. E-3.3)', 'art. 40.38 de la Loi électorale', 'art. 40.42 de la Loi électorale'],
    'health': ['art. 19 LSSSS', 'Loi sur la santé publique, art. 61', 'art. 17 LSSSS'],
    'transport': ['Règlement sur le stationnement sur rue réservé aux résidents', 'Code de la sécurité routière, art. 65',
                  'Règlement 2023-114 sur le stationnement'],
    'animal': ["Loi sur le bien-être et la sécurité de l'animal", 'Règlement municipal sur les animaux de compagnie'],
    'privacy': ['art. 45 de la Loi sur la protection des renseignements personnels dans le secteur privé'],
}, 'en': {
    'tax': ['s. 118.1 of the Income Tax Act', 'Income Tax Act, s. 227', 'Income Tax Regulations, s. 200'],
    'legal': ['Succession Law Reform Act', 'Land Titles Act, s. 93', 'Civil Code of Québec, art. 712', 'Rules of Civil Procedure, r. 16'],
    'civic': ['Canada Elections Act, s. 44', 'Canada Elections Act, s. 111', 'Municipal Act, 2001, s. 102'],
    'fire': ['Fire Protection and Prevention Act, 1997', 'Ontario Fire Code, O. Reg. 213/07'],
    'security': ['Private Security and Investigative Services Act, 2005'],
    'transport': ['Highway Traffic Act, s. 32', 'Traffic and Parking By-law 2017-301'],
    'collection': ['Collection and Debt Settlement Services Act', 'Consumer Protection Act, 2002'],
    'health': ['Personal Health Information Protection Act, 2004', 'Immunization of School Pupils Act'],
    'will': ['Succession Law Reform Act', 'Succession Law Reform Act, s. 4', 'Civil Code of Québec, art. 712'],
    'land': ['Land Titles Act, s. 93', 'Land Titles Act, s. 78'],
    'housing': ['Residential Tenancies Act, 2006'], 'court': ['Rules of Civil Procedure, r. 16', 'Courts of Justice Act, s. 23'], 'work': ['Employment Insurance Act', 'Canada Pension Plan, s. 44'],
    'school': ['Education Act, s. 266'], 'animal': ['Provincial Animal Welfare Services Act, 2019'],
}}
LAWS_FR = [x for v in LAW_THEMES['fr'].values() for x in v]
LAWS_EN = [x for v in LAW_THEMES['en'].values() for x in v]
ORG_THEMES = {'fr': {
    'health': ['CISSS des Laurentides', "CIUSSS de l'Estrie", 'CISSS de la Montérégie-Centre', 'CLSC du Plateau',
               'CLSC des Maskoutains', 'Hôpital de la Cité-de-la-Santé', 'Hôpital régional de Rimouski',
               'Centre hospitalier de Granby', 'Pharmacie du Boisé', 'Clinique médicale des Cascades', 'GMF des Seigneuries'],
    'bank': ['Banque Nationale', 'Caisse Desjardins du Vieux-Port', 'Caisse Desjardins des Bois-Francs', 'Banque Laurentienne',
             'Banque Royale', 'Caisse populaire de la Vallée', 'Banque Scotia', 'Tangerine'],
    'school': ['Cégep de Rimouski', 'Cégep du Vieux Montréal', 'Université Laval', 'Université de Sherbrooke', 'Cégep de Sainte-Foy',
               'Collège Ahuntsic', 'Université du Québec à Chicoutimi'],
    'insurer': ['Intact Assurance', 'La Capitale', 'Promutuel Assurance', 'Desjardins Assurances', 'Beneva', 'Industrielle Alliance'],
    'creditor': ['Hydro-Québec', 'Vidéotron', 'Bell Canada', 'Banque Nationale', 'Meubles du Nord', 'Énergir', 'Fido'],
    'security': ['Agence de sécurité Vigilance', 'Garda', 'Sécurité Boréale inc.', 'Patrouille Laurentides'],
}, 'en': {
    'health': ['Cornwall Community Hospital', 'Lakeshore General Hospital', 'Queensway Carleton Hospital',
               'Montreal Children Hospital', 'Public Health Ottawa', 'Ontario Health atHome', 'West Island Blood Clinic'],
    'bank': ['Scotiabank', 'TD Canada Trust', 'Royal Bank of Canada', 'Desjardins', 'Northern Credit Union', 'BMO Bank of Montreal', 'CIBC'],
    'school': ['Dawson College', 'Concordia University', 'Champlain College', 'Heritage College', 'Algonquin College'],
    'insurer': ['Intact Insurance', 'Aviva Canada', 'Co-operators', 'Wawanesa Insurance'],
    'creditor': ['Rogers Communications', 'Hydro One', 'Bell Canada', 'Enbridge Gas', 'Brick Furniture Financing'],
    'security': ['Sentinel Security Services', 'GardaWorld', 'Paladin Security'],
}}
ORG_THEME_PATTERNS = {'fr': {'health': ['Pharmacie {S}', 'Clinique médicale {S}', 'CHSLD {G}-{S}', 'GMF {G}-{S}', 'CLSC {G}-{S}'],
                             'school': ['École primaire {G}-{S}', 'École secondaire {S}', 'Collège {G}-{S}']},
                      'en': {'health': ['{S} Pharmacy', '{S} Medical Clinic', '{S} Family Health Team'],
                             'school': ['{G} {S} Elementary School', '{S} Collegiate Institute']}}

EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'videotron.ca', 'yahoo.ca', 'bell.net', 'sympatico.ca',
                 'cgocable.ca', 'globetrotter.net', 'icloud.com', 'live.ca', 'protonmail.com', 'telus.net', 'outlook.fr',
                 'hotmail.fr', 'yahoo.fr', 'xplornet.ca', 'tlb.sympatico.ca']
ORG_DOMAINS = ['revenuquebec.ca', 'retraitequebec.gouv.qc.ca', 'education.gouv.qc.ca', 'ssss.gouv.qc.ca',
               'cssdecouvreurs.gouv.qc.ca', 'ville.gatineau.qc.ca', 'omhm.qc.ca', 'notarius.net', 'cisss-lau.gouv.qc.ca',
               'huissiers-boreal.ca', 'recouvrementboreal.ca', 'autocars-seigneuries.ca', 'emsb.qc.ca', 'ottawa.ca',
               'spca-monteregie.ca', 'vigilance-securite.ca', 'tavallee.org']
INSTITUTIONS = [('815', 'Desjardins'), ('006', 'Banque Nationale'), ('003', 'RBC'), ('004', 'TD'), ('001', 'BMO'),
                ('002', 'Banque Scotia'), ('010', 'CIBC'), ('614', 'Tangerine'), ('829', 'Desjardins Ontario'),
                ('039', 'Banque Laurentienne')]
IBAN_LEN = {'FR': 27, 'BE': 16, 'DE': 22, 'PT': 25, 'ES': 24, 'GR': 27, 'PL': 28, 'TR': 26, 'IL': 23, 'HU': 28,
            'RO': 24, 'IT': 27}
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
MON_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DIGITS_FR = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
DIGITS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TRIP_CITIES = ['Montréal', 'Laval', 'Longueuil', 'Québec', 'Sherbrooke', 'Gatineau', 'Trois-Rivières', 'Saint-Jérôme', 'Granby',
               'Drummondville', 'Saint-Hyacinthe']
PET_NAMES = ['Biscuit', 'Moka', 'Pistache', 'Nuage', 'Chaussette', 'Réglisse', 'Galette', 'Pixel', 'Tofu', 'Caramel',
             'Noisette', 'Pépite', 'Boots', 'Pickle', 'Muffin', 'Waffle', 'Peanut', 'Sushi']
PC_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ'

# ---------------------------------------------------------------------------
# Ordinary sentences (no name, no identifier), by theme.
CONTENT = {'fr': {
'health': '''
Les signes vitaux sont stables depuis le début du quart de travail.
La douleur est bien contrôlée avec la médication prescrite.
Le pansement a été changé et la plaie ne présente aucun signe d'infection.
La patiente a bien dormi et a mangé la moitié de son plateau.
Un prélèvement de contrôle est prévu avant le congé.
Le résultat a été transmis au médecin de garde pour suivi.
La famille a été informée de l'évolution de la situation.
Aucune réaction indésirable n'a été observée après l'injection.
Le dossier sera révisé lors de la prochaine réunion interdisciplinaire.
La mobilisation au fauteuil a été tolérée sans difficulté.
Il faut surveiller la glycémie avant chaque repas.
L'échantillon était hémolysé et doit être repris.
La vaccination de rappel pourra être faite à la prochaine visite.
Les consignes de sortie ont été expliquées et comprises.
Le risque de chute demeure élevé pendant la nuit.
''',
'tax': '''
Les pièces justificatives demandées n'ont pas encore été reçues.
Le montant réclamé ne correspond pas aux relevés transmis par l'employeur.
Un avis de cotisation sera émis lorsque l'analyse sera terminée.
Le contribuable a demandé un délai supplémentaire pour fournir ses reçus.
Les revenus de location n'avaient pas été déclarés pour l'année visée.
La demande a été transférée au service des oppositions.
Le versement sera effectué par dépôt direct au cours du mois suivant.
Les intérêts cessent de courir dès la réception du paiement complet.
Une entente de paiement peut être conclue en communiquant avec nous.
Le calcul tient compte des cotisations déjà versées au régime.
Les frais de scolarité admissibles ont été vérifiés auprès de l'établissement.
Ce relevé doit être conservé avec vos documents fiscaux.
Le solde indiqué tient compte des paiements reçus à ce jour.
Aucune pénalité ne sera imposée si le solde est acquitté rapidement.
Le dossier est en attente d'une confirmation de l'institution financière.
''',
'will': '''
Je révoque tous testaments et codicilles antérieurs.
Les biens seront partagés en parts égales entre les héritiers désignés.
Mon liquidateur pourra vendre tout bien sans le consentement des héritiers.
Je souhaite que mes funérailles soient simples et sans exposition.
Le liquidateur sera dispensé de faire inventaire si les héritiers y consentent.
Le présent document a été lu et expliqué avant la signature.
''',
'sale': '''
Les parties déclarent avoir pris connaissance des documents avant la signature.
La vente est faite avec la garantie légale du vendeur.
Aucune hypothèque n'affecte l'immeuble à la date de la vente.
Les taxes municipales et scolaires sont réparties à la date de signature.
L'acheteur prendra possession de l'immeuble à la signature de l'acte.
Le vendeur déclare que l'immeuble est conforme aux règlements de zonage.
''',
'mandate': '''
Le mandataire doit agir dans le meilleur intérêt du mandant.
Le mandataire rendra compte de sa gestion sur demande.
Cette procuration demeure valide jusqu'à sa révocation par écrit.
Les documents originaux ont été remis en mains propres.
Le mandataire ne peut pas faire de donation au nom du mandant.
''',
'land': '''
Les inscriptions radiées ne sont pas reproduites dans cet extrait.
Cet état ne constitue pas une garantie de titre.
Les droits inscrits sont présentés par ordre chronologique.
Consultez l'acte publié pour connaître les conditions complètes.
L'index a été mis à jour après la rénovation cadastrale.
''',
'pension': '''
La rente sera versée à compter du mois suivant le décès.
Le certificat de décès a été reçu et versé au dossier.
Aucune autre demande n'est en cours pour ce dossier.
Le conjoint survivant doit aviser l'organisme de tout changement de situation.
La prestation de décès est un montant unique.
Les renseignements bancaires ont été validés par l'institution financière.
''',
'afe': '''
Les frais de scolarité admissibles ont été vérifiés auprès de l'établissement.
L'inscription à temps plein est confirmée pour la session d'automne.
La contribution des parents est calculée selon le revenu familial.
Le prêt ne porte pas intérêt pendant la durée des études.
Une preuve de fréquentation scolaire a été reçue.
Le versement de la bourse suivra la confirmation de l'inscription.
''',
'work': '''
L'employé a été mis à pied temporairement en raison d'un manque de travail.
La date de rappel prévue est inconnue pour le moment.
Les vacances payées ont été incluses dans la dernière paie.
Une indemnité de départ a été versée à la fin de l'emploi.
Le relevé a été transmis électroniquement à l'organisme fédéral.
''',
'court': '''
La séance est suspendue quelques minutes à la demande des parties.
Le témoin est assermenté et déclare dire toute la vérité.
La partie défenderesse ne s'est pas présentée malgré la convocation.
Les frais de signification sont à la charge de la partie requérante.
Le tribunal prend la cause en délibéré.
La copie conforme a été déposée au greffe le jour même.
Les parties renoncent à toute autre réclamation liée à ce dossier.
Le document a été laissé sous enveloppe scellée à la porte principale.
La demande pourra être entendue à une date ultérieure.
Les pièces déposées sont versées au dossier de la cour.
''',
'civic': '''
Les résidents demandent que la circulation de transit soit réduite dans le secteur.
La sécurité des enfants qui se rendent à l'école à pied nous préoccupe.
Cette liste est produite uniquement aux fins de la révision électorale.
Toute utilisation commerciale des renseignements est interdite.
Les signatures seront déposées au conseil municipal à la prochaine séance.
Les copropriétaires sont priés de mettre à jour leurs coordonnées chaque année.
L'assemblée annuelle aura lieu dans la salle communautaire.
Les demandes incomplètes seront retournées au demandeur.
Le quartier a perdu plusieurs arbres lors de la dernière tempête.
Un deuxième passage pour piétons est réclamé depuis longtemps.
Les électeurs peuvent vérifier leur inscription en ligne.
Le conseil étudiera la demande lors de sa séance régulière.
''',
'donation': '''
Ce reçu doit être conservé avec vos documents fiscaux.
Votre don permettra de poursuivre nos activités auprès des familles du quartier.
Aucun bien ni service n'a été reçu en échange de ce don.
Les reçus sont émis pour les dons de vingt dollars et plus.
Merci de soutenir notre mission depuis tant d'années.
''',
'slip': '''
Ce relevé doit être conservé avec vos documents fiscaux.
Les montants indiqués couvrent toute l'année civile.
Une copie a été transmise à l'administration fiscale.
Toute erreur doit être signalée au service de la paie dans les meilleurs délais.
''',
'vaccine': '''
Aucune réaction indésirable n'a été observée après l'injection.
La vaccination de rappel pourra être faite à la prochaine visite.
Le carnet doit être présenté à chaque rendez-vous.
Une attente de quinze minutes est recommandée après la vaccination.
Une rougeur au point d'injection est normale.
''',
'collection': '''
Votre compte est en souffrance depuis plusieurs mois.
Nous vous invitons à communiquer avec nous pour régler ce dossier.
Une entente de paiement peut être conclue en communiquant avec nous.
Le solde indiqué tient compte des paiements reçus à ce jour.
Si vous avez déjà effectué ce paiement, veuillez ne pas tenir compte du présent avis.
Les intérêts continuent de courir jusqu'au paiement complet.
Sans nouvelles de votre part, le dossier pourrait être transmis à nos avocats.
''',
'parking': '''
La vignette doit être apposée sur le pare-brise du côté du conducteur.
Le stationnement est interdit pendant les opérations de déneigement.
Les frais de la vignette ne sont pas remboursables.
La vignette n'est valide que dans le secteur indiqué.
Une seule vignette est délivrée par véhicule immatriculé à l'adresse.
Les visiteurs peuvent obtenir un permis temporaire au comptoir.
''',
'school': '''
Les élèves doivent apporter leurs espadrilles pour le cours d'éducation physique.
La sortie au musée a été reportée en raison de la météo.
Les parents sont priés d'aviser le secrétariat de toute absence.
Un goûter sans noix est exigé dans toutes les classes.
La période d'aide aux devoirs a lieu après les cours.
Le bulletin sera disponible sur le portail des parents.
Les médicaments doivent être remis au secrétariat dans leur contenant original.
La rencontre de parents se tiendra au gymnase.
Le service de garde ferme ses portes en fin de journée.
Les informations de cette fiche sont confidentielles.
Le transport scolaire est assuré matin et soir.
Les photos de classe seront prises la semaine prochaine.
''',
'data': '''
Exportation produite automatiquement par le système de gestion des usagers.
Les enregistrements marqués comme inactifs ne sont pas inclus.
Ne pas modifier ce fichier manuellement.
Les champs vides correspondent à des renseignements non fournis.
Le format des dates suit la norme internationale.
Une copie de sauvegarde a été faite avant la migration.
Les doublons ont été fusionnés lors du dernier nettoyage.
Ce fichier contient des renseignements personnels et doit être chiffré.
Le compte sera désactivé à la fin du contrat.
L'accès à ce répertoire est réservé au personnel autorisé.
''',
'chat': '''
Merci à tout le monde pour votre aide samedi!
On se rejoint devant l'entrée principale.
Je vais être en retard d'une quinzaine de minutes.
Quelqu'un peut apporter des chaises pliantes?
Parfait, c'est noté de mon côté.
Le stationnement est gratuit après six heures.
N'oubliez pas les formulaires signés.
Je vous envoie les photos ce soir.
Est-ce que la réunion tient toujours?
Bonne soirée à tous et à demain.
Il reste des muffins dans la cuisine si ça vous tente.
Oups, mauvais groupe, désolée!
''',
'fire': '''
La fumée était concentrée dans la cuisine à notre arrivée.
Le détecteur de fumée fonctionnait et a alerté les occupants.
Aucun blessé n'est à signaler.
La ventilation du bâtiment a été effectuée avant de permettre le retour des occupants.
L'électricité a été coupée par mesure de sécurité.
Les lieux ont été remis au propriétaire après l'enquête.
La cause probable est une friteuse laissée sans surveillance.
Le compteur de gaz a été fermé par le fournisseur.
Les occupants ont été relogés temporairement par la Croix-Rouge.
''',
'guard': '''
La ronde du périmètre n'a révélé aucune anomalie.
La porte de service était déverrouillée et a été refermée.
Les caméras du stationnement ne fonctionnaient pas pendant la nuit.
Un rapport a été transmis au gestionnaire de l'immeuble.
Le système d'alarme a été réarmé après la vérification.
Les clés du local technique ont été remises dans le coffret.
Un bruit suspect provenait du garage, rien à signaler après vérification.
''',
'transport': '''
Le réservoir doit être rempli avant le retour du véhicule.
Des frais s'appliquent pour tout retour en dehors des heures d'ouverture.
Les pneus d'hiver ont été installés et balancés.
Un bruit de frottement a été signalé à l'avant du côté passager.
Le véhicule a été inspecté avec le client au départ.
Les passagers doivent avoir leurs documents de voyage en main à la frontière.
Le départ se fera à l'heure prévue, beau temps mauvais temps.
Les fauteuils roulants doivent être attachés pendant tout le trajet.
Le chauffeur attend au maximum cinq minutes au point de rendez-vous.
Toute annulation doit être faite la veille avant midi.
Les bagages sont limités à une valise par personne.
Le prochain entretien est recommandé dans six mois.
''',
'office': '''
Votre demande a bien été reçue et sera traitée dans l'ordre d'arrivée.
Les renseignements fournis seront vérifiés avant la délivrance du document.
Veuillez joindre une copie lisible de chaque pièce justificative.
Toute fausse déclaration peut entraîner le refus de la demande.
Les formulaires incomplets retardent le traitement du dossier.
Une confirmation vous sera envoyée par la poste.
Le délai de traitement habituel est de quelques semaines.
Les photos doivent respecter les normes en vigueur.
Nous vous remercions de votre collaboration.
Veuillez communiquer avec nous si vos coordonnées changent.
''',
'housing': '''
Le logement est loué meublé avec cuisinière et réfrigérateur.
Le chauffage et l'eau chaude sont inclus dans le loyer.
Les animaux sont permis avec l'accord écrit du locateur.
Le locataire doit aviser le locateur de tout bris dans les meilleurs délais.
Un espace de rangement est réservé au sous-sol.
Le déneigement des entrées est à la charge du locateur.
Le règlement de l'immeuble est annexé au présent bail.
Les travaux de peinture seront faits avant l'arrivée du locataire.
''',
'animal': '''
L'animal est stérilisé, vacciné et porte une micropuce.
L'adoptant s'engage à fournir des soins vétérinaires réguliers.
Une période d'adaptation de quelques semaines est normale.
Le chat doit demeurer à l'intérieur en tout temps.
L'organisme peut reprendre l'animal si les conditions ne sont pas respectées.
Les frais d'adoption couvrent les premiers vaccins.
''',
}, 'en': {
'health': '''
Vital signs have remained stable since the start of the shift.
Pain is well controlled with the current medication.
The dressing was changed and the wound shows no sign of infection.
The patient slept well and ate about half of the meal tray.
A follow-up sample is planned before discharge.
The result was forwarded to the physician on call.
The family was updated on the plan of care.
No adverse reaction was observed after the injection.
The chart will be reviewed at the next team meeting.
Transfer to the chair was tolerated without difficulty.
Blood sugar must be checked before each meal.
The specimen was hemolyzed and has to be redrawn.
The booster dose can be given at the next visit.
Discharge instructions were explained and understood.
The risk of falls remains high overnight.
''',
'tax': '''
The supporting documents requested have not been received yet.
The amount claimed does not match the slips filed by the employer.
A notice of assessment will be issued once the review is complete.
This slip should be kept with your tax records.
The balance shown includes all payments received to date.
Interest stops accruing once the full payment is received.
A payment arrangement can be made by contacting our office.
Eligible tuition fees were confirmed with the institution.
No penalty will apply if the balance is paid promptly.
The file is on hold pending confirmation from the financial institution.
The deposit will be made directly to the account on file.
Rental income had not been reported for the year under review.
''',
'will': '''
I revoke all former wills and codicils made by me.
The residue of my estate shall be divided equally among the beneficiaries.
My executor may sell any asset without the consent of the beneficiaries.
I direct that my funeral be simple and private.
This will was read aloud to me before I signed it.
''',
'land': '''
Deleted instruments are not shown in this abstract.
This abstract is not a guarantee of title.
Instruments are listed in order of registration.
Refer to the registered instrument for its complete terms.
''',
'court': '''
The hearing is adjourned for a few minutes at the request of counsel.
The witness was sworn and agreed to tell the truth.
The respondent did not appear despite being served.
The court reserves its decision.
The certified copy was filed with the registry the same day.
The parties waive any further claim arising from this matter.
The exhibits filed are placed in the court record.
The matter may be heard at a later date.
''',
'civic': '''
Residents are asking that through traffic be reduced on the street.
The safety of children walking to school is our main concern.
This list is produced solely for the purpose of the revision of the list of electors.
Any commercial use of this information is prohibited.
The signatures will be presented to council at the next regular meeting.
Owners are asked to update their contact details every year.
Incomplete applications will be returned to the applicant.
Electors can confirm their registration online.
''',
'donation': '''
Keep this receipt with your tax records.
Your gift helps us continue our work with families in the neighbourhood.
No goods or services were received in exchange for this gift.
Receipts are issued for gifts of twenty dollars or more.
Thank you for supporting our mission for so many years.
''',
'slip': '''
Keep this slip with your tax records.
The amounts shown cover the whole calendar year.
A copy was filed with the tax authorities.
Please report any error to the payroll department without delay.
''',
'vaccine': '''
No adverse reaction was observed after the injection.
The booster dose can be given at the next visit.
Bring this record to every appointment.
A fifteen-minute wait is recommended after vaccination.
Mild redness at the injection site is normal.
''',
'collection': '''
Your account has been past due for several months.
Please contact our office to resolve this matter.
A payment arrangement can be made by contacting our office.
The balance shown includes all payments received to date.
If you have already made this payment, please disregard this notice.
Interest continues to accrue until the balance is paid in full.
''',
'parking': '''
The permit must be displayed on the lower corner of the windshield.
Parking is prohibited during snow removal operations.
Permit fees are non-refundable.
The permit is valid only in the zone shown.
Only one permit is issued per vehicle registered at the address.
Visitors can get a temporary pass at the service counter.
''',
'school': '''
Students must bring running shoes for physical education.
The museum outing has been postponed because of the weather.
Parents are asked to inform the office of any absence.
All classrooms are nut-free.
Homework help is offered after school.
Report cards will be available on the parent portal.
Medication must be left at the office in its original container.
Parent-teacher interviews will be held in the gym.
The information on this card is confidential.
Class pictures will be taken next week.
''',
'data': '''
Export generated automatically by the client management system.
Records flagged as inactive are not included.
Do not edit this file by hand.
Empty fields correspond to information not provided.
Dates follow the international format.
A backup copy was made before the migration.
Duplicates were merged during the last cleanup.
This file contains personal information and must be encrypted at rest.
''',
'chat': '''
Thanks everyone for helping out on Saturday!
Meet you at the main entrance.
Running about fifteen minutes late, sorry.
Can someone bring folding chairs?
Perfect, noted on my end.
Parking is free after six.
Don't forget the signed forms.
I'll send the pictures tonight.
Is the meeting still on?
Have a good evening everyone, see you tomorrow.
There are muffins left in the kitchen if anyone wants some.
Oops, wrong group, sorry!
''',
'fire': '''
Smoke was concentrated in the kitchen when crews arrived.
The smoke alarm was working and alerted the occupants.
No injuries were reported.
The building was ventilated before the occupants were allowed back in.
Power was shut off as a precaution.
The probable cause is a deep fryer left unattended.
The gas meter was shut off by the utility.
''',
'guard': '''
The perimeter patrol found nothing unusual.
The service door was found unlocked and was secured.
The parking lot cameras were down for part of the night.
A report was sent to the property manager.
The alarm system was reset after the check.
Keys to the mechanical room were returned to the lock box.
''',
'transport': '''
The tank must be refilled before the vehicle is returned.
Fees apply to any return outside business hours.
The vehicle was inspected with the customer at pickup.
Passengers must have their travel documents in hand at the border.
The coach leaves on time, rain or shine.
Wheelchairs must be secured for the whole trip.
The driver waits no more than five minutes at the pickup point.
Cancellations must be made the day before by noon.
Luggage is limited to one suitcase per person.
''',
'office': '''
Your application has been received and will be processed in order of arrival.
The information provided will be verified before the document is issued.
Please attach a legible copy of each supporting document.
Any false statement may result in the application being refused.
Incomplete forms delay the processing of the file.
A confirmation will be sent by mail.
Thank you for your cooperation.
Please contact us if your contact information changes.
''',
}}
CONTENT = {lang: {k: [x.strip() for x in v.strip().split('\n') if x.strip()] for k, v in d.items()}
           for lang, d in CONTENT.items()}

# Ordinary words that are also name parts of the pools, in ordinary use.
# "{w}" marks the word (its case as written); the entry is skipped when the
# word is not a name part of the half.
WORD_SENTENCES = {'fr': [
    ('rose', 'Une {w} séchée est restée sur le comptoir de l\'accueil.'),
    ('olive', "Prévoir de l'huile d'{w} pour la cuisine commune."),
    ('blanche', 'La façade {w} sera repeinte au printemps.'),
    ('claire', "L'eau est redevenue {w} après la purge du réseau."),
    ('aurore', "Le départ est prévu à l'{w}, avant la circulation."),
    ('céleste', 'La voûte {w} de la chapelle a été restaurée.'),
    ('victoire', 'La {w} de l\'équipe junior a été soulignée au gala.'),
    ('prudence', 'Par {w}, le passage arrière est fermé.'),
    ('patience', 'Merci de votre {w} pendant les travaux.'),
    ('constance', 'Ce suivi demande de la {w} et de la rigueur.'),
    ('espérance', "L'{w} de vie a été abordée pendant la formation."),
    ('colombe', "Une {w} s'est posée sur le rebord de la fenêtre."),
    ('perle', 'Une {w} rare a été estimée par le bijoutier.'),
    ('violette', 'La {w} du jardin communautaire a fleuri tôt.'),
    ('aimé', 'Le nouveau local est très {w} des usagers.'),
    ('désiré', "L'effet {w} n'a pas été obtenu avec la première dose."),
    ('modeste', 'Le loyer reste {w} pour le secteur.'),
    ('clément', 'Le temps a été {w} pendant le déménagement.'),
    ('fidèle', 'Ce client est {w} à la succursale depuis longtemps.'),
    ('léger', 'Un repas {w} est servi à midi.'),
    ('Noël', 'Les bureaux seront fermés à {w}.'),
    ('bienvenue', 'Un mot de {w} a été remis aux nouveaux membres.'),
    ('Grâce', '{w} à la collecte, le toit du local sera réparé.'),
    ('prince', 'Le rôle du {w} est joué par un élève de sixième année.'),
    ('innocent', "Le chien avait l'air {w} malgré les dégâts."),
    ('trésor', 'Le {w} de la fabrique a été vérifié.'),
    ('champagne', 'Une bouteille de {w} a été offerte au bénévole de l\'année.'),
    ('bonhomme', 'Les enfants ont fait un {w} de neige dans la cour.'),
    ('brochet', "Un {w} a été pêché au lac l'été dernier."),
    ('barrière', 'La {w} du stationnement est restée ouverte.'),
    ('couturier', 'Le {w} a retouché les uniformes.'),
    ('mouton', "Un {w} s'est échappé de la ferme pédagogique."),
    ('drapeau', 'Le {w} a été mis en berne lundi.'),
    ('avoine', "Un sac d'{w} a été livré pour les chevaux."),
    ('brun', 'Le sac {w} contient les documents originaux.'),
    ('mallette', 'La {w} du technicien a été oubliée dans le hall.'),
    ('paquet', 'Le {w} a été livré au mauvais étage.'),
    ('tardif', 'Un dépôt {w} entraîne des frais.'),
    ('voisine', 'La maison {w} est inoccupée depuis l\'hiver.'),
    ('boisseau', 'Un {w} de pommes a été donné à la banque alimentaire.'),
    ('hotte', 'La {w} de la cuisine a été nettoyée.'),
    ('sincère', 'Un merci {w} aux bénévoles de la soirée.'),
    ('destin', 'Le {w} du vieux pont sera décidé au conseil.'),
    ('charité', 'La vente de {w} aura lieu au sous-sol.'),
    ('absolu', "Le silence {w} est exigé pendant l'examen."),
    ('sévère', 'Un hiver {w} est annoncé par les météorologues.'),
    ('breton', 'Un gâteau {w} est servi au dessert.'),
    ('blanc', 'Le mur {w} a été taché pendant les travaux.'),
    ('forest', 'Le sentier longe la {w} du parc, disent les panneaux en anglais.'),
    ('flore', 'La {w} des berges est protégée.'),
    ('divine', 'Une odeur {w} sortait de la boulangerie.'),
    ('gloire', 'Le mur de la {w} de l\'aréna affiche les anciens champions.'),
    ('merveille', "Le nouveau parc est une petite {w}."),
    ('bijou', 'Un {w} a été trouvé dans les objets perdus.'),
    ('junior', 'La ligue {w} commence en septembre.'),
    ('amour', "Le mot d'{w} était glissé dans la boîte à lunch."),
], 'en': [
    ('grace', 'The {w} period ends thirty days after the due date.'),
    ('hope', 'There is little {w} of finishing the roof before the snow.'),
    ('joy', 'The new playground brought {w} to the whole street.'),
    ('faith', 'Acting in good {w}, the tenant paid the remaining balance.'),
    ('ruby', 'A {w} ring was found in the lost-and-found box.'),
    ('pearl', 'A {w} earring was returned to the front desk.'),
    ('amber', 'An {w} light flashes when the battery is low.'),
    ('dawn', 'The crew started at {w} to beat the heat.'),
    ('holly', '{w} branches decorate the lobby in December.'),
    ('ivy', '{w} covers the north wall of the garage.'),
    ('heather', 'The {w} in the planter needs water.'),
    ('hazel', 'A {w} tree shades the far end of the parking lot.'),
    ('violet', 'The {w} folder holds the signed forms.'),
    ('iris', 'The {w} in the flower bed bloomed early this year.'),
    ('olive', 'Bring {w} oil for the community kitchen.'),
    ('daisy', 'A {w} chain was left on the bench by the swings.'),
    ('crystal', 'The {w} vase was broken during the move.'),
    ('ginger', 'The {w} tea is in the top cupboard.'),
    ('mercy', 'The storm showed no {w} to the old barn.'),
    ('patience', 'Thank you for your {w} during the renovation.'),
    ('prudence', 'Financial {w} was urged at the budget meeting.'),
    ('basil', 'Fresh {w} from the community garden is free to take.'),
    ('glen', 'The trail follows the {w} down to the river.'),
    ('sandy', 'The {w} shoulder of the road is soft after rain.'),
    ('crow', 'A {w} kept tapping on the office window.'),
    ('white', 'The {w} van was parked across two spaces.'),
    ('gray', 'The {w} filing cabinet is locked.'),
    ('bush', 'The {w} by the entrance hides the water meter.'),
    ('pickles', '{w} and sandwiches were served after the meeting.'),
    ('gosling', 'A {w} wandered onto the soccer field.'),
    ('flood', 'The {w} in the basement damaged the archive boxes.'),
    ('forest', 'The {w} trail is closed during hunting season.'),
    ('horn', 'The {w} sounded twice before the bus pulled away.'),
    ('weir', 'The {w} upstream controls the water level.'),
    ('frank', 'We had a {w} discussion about the budget.'),
    ('rich', 'The soup was a little too {w} for the residents.'),
    ('precious', 'Volunteers gave their {w} time all summer.'),
    ('lovely', 'It was a {w} afternoon for the garden tour.'),
    ('temperance', 'The old {w} hall is now a daycare.'),
    ('verity', 'The {w} of the statement was never questioned.'),
    ('clover', 'A four-leaf {w} was pressed in the guest book.'),
    ('blossom', 'Cherry {w} season draws crowds to the park.'),
    ('meadow', 'The {w} behind the school is mowed twice a year.'),
    ('primrose', 'The {w} path leads to the back gate.'),
    ('willow', 'A {w} branch fell across the driveway.'),
    ('noble', 'It was a {w} gesture from the neighbours.'),
    ('golden', 'The {w} retriever was returned to its owner.'),
    ('sterling', 'The {w} silver spoons were listed in the inventory.'),
    ('summer', 'The {w} schedule starts after the long weekend.'),
]}

# ---------------------------------------------------------------------------
# Documents: a list of pieces (kind, type, text); kind None = plain text,
# 'city' = plain text that is a city name (left unlabelled by convention).

def P(typ, s):
    return ('pii', typ, s)


def X(typ, s):
    return ('decoy', typ, s)


def C(s):
    return ('content', 'CONTENT', s)


def CITY(s):
    return ('city', None, s)


class Doc:
    def __init__(self):
        self.parts = []

    def add(self, *xs):
        for x in xs:
            if x is None or x == '':
                continue
            if isinstance(x, str):
                self.parts.append((None, None, x))
            elif isinstance(x, tuple):
                self.parts.append(x)
            else:
                self.add(*x)
        return self

    def ocr(self, g, rate=0.035):
        """Scanner noise: character confusions in every piece but check-digit identifiers.
        A garbled name stays one PERSON span over the garbled text; a change that would
        create a name token where there was none (or one of the other half) is dropped."""
        parts = []
        for kind, typ, s in self.parts:
            if typ in ('CREDIT_CARD', 'BANK_ACCOUNT', 'NAS', 'RAMQ'):
                parts.append((kind, typ, s))
                continue
            out, i = [], 0
            while i < len(s):
                subs = [(a, b) for a, b in OCR_SUBS if s.startswith(a, i)]
                if subs and g.r.random() < rate:
                    a, b = g.ch(subs)
                    out.append(b)
                    i += len(a)
                else:
                    out.append(s[i])
                    i += 1
            new = ''.join(out)
            before = {t for t in tokens(s) if t in ALL_NAME_TOKENS}
            after = {t for t in tokens(new) if t in ALL_NAME_TOKENS}
            if not (after <= before and usable(new, g.half)) or new.strip() != new or not new.strip():
                new = s
            parts.append((kind, typ, new))
        self.parts = parts
        return self

    def build(self):
        out, spans, cities, pos = [], [], [], 0
        for kind, typ, s in self.parts:
            n = len(s.encode('utf-8'))
            if kind in ('pii', 'decoy', 'content'):
                spans.append({'start': pos, 'end': pos + n, 'kind': kind, 'type': typ})
            elif kind == 'city':
                cities.append((pos, pos + n))
            out.append(s)
            pos += n
        return ''.join(out), spans, cities


OCR_SUBS = [('é', 'e'), ('è', 'e'), ('rn', 'm'), ('m', 'rn'), ('l', '1'), ('I', 'l'), ('O', '0'), ('0', 'O'), ('o', '0'),
            ('e', 'c'), ('i', 'l'), ('h', 'b'), ('S', '5'), ('B', '8'), ('1', 'l'), ('5', 'S'), ('u', 'n'), ('n', 'u'),
            ('à', 'a'), ('ç', 'c'), ('d', 'cl'), ('w', 'vv')]


def luhn_ok(num):
    d = [int(c) for c in re.sub(r'\D', '', num)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return bool(d) and tot % 10 == 0


def luhn_complete(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c


def iban_check(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return '%02d' % (98 - n % 97)


class Person:
    def __init__(self, origin, gender, given, surname, dob):
        self.origin, self.gender, self.given, self.surname, self.dob = origin, gender, given, surname, dob

    @property
    def first(self):
        return re.split(r'[- ]', self.given)[0]

    @property
    def f(self):
        return self.gender == 'f'


ORIGIN_WEIGHT = {
    'qc': 30, 'acad': 3, 'en': 3, 'ir': 1.5, 'sco': 1.2, 'ht': 7, 'mag': 7, 'lev': 4, 'vn': 3, 'cn': 4, 'kr': 1.5,
    'ph': 2, 'la': 5, 'pt': 3, 'it': 4, 'gr': 2, 'pl': 1.5, 'ua': 2, 'ro': 2, 'pa': 2, 'ta': 2, 'bn': 1.5, 'fa': 2,
    'tr': 1.5, 'wa': 3, 'ca': 3.5, 'ea': 2, 'innu': 2, 'cree': 1.5, 'inuit': 1.5, 'mohawk': 1.5, 'he': 2.5, 'am': 1,
    'de': 1.5, 'hu': 1}
EN_BOOST = {'en': 6, 'ir': 3, 'sco': 2.5, 'cree': 1.5, 'mohawk': 1.5, 'he': 1.5, 'it': 1.3, 'gr': 1.3, 'pa': 1.5,
            'ta': 1.5, 'ph': 1.5, 'qc': 0.5}
HYPHEN_GIVEN = {'qc': 0.18, 'acad': 0.1, 'ht': 0.12, 'ca': 0.1, 'innu': 0.1}
TWO_GIVEN = {'la': 0.3, 'pt': 0.25, 'ph': 0.15}
DOUBLE_SURNAME = {'qc': 0.07, 'la': 0.15, 'ht': 0.04, 'acad': 0.05}
PARTICLE_FORMS = {'it': (0.2, ['Di ', 'De ', 'Lo ', 'Del ']), 'pt': (0.3, ['da ', 'dos ', 'de ', 'das ']),
                  'la': (0.1, ['de ', 'del ', 'de la ']), 'ph': (0.15, ['de ', 'dela ', 'De los ']),
                  'mag': (0.15, ['Ben ', 'El ', 'Aït ', 'Ben']), 'lev': (0.12, ['El ', 'Abou ', 'Al-']),
                  'de': (0.08, ['von ']), 'he': (0.05, ['Ben-']), 'qc': (0.02, ['De ', 'Du '])}


def L(g, fr, en):
    return fr if g.fr else en


class G:
    """Random choices for one document of one half and one language."""

    def __init__(self, half, lang, rng):
        self.half, self.lang, self.fr, self.r = half, lang, lang == 'fr', rng
        self.today = date(2022, 1, 10) + timedelta(days=rng.randrange(1300))
        self.used = set()
        self.pools = HALVES[half]
        self.cities = [c for c in CITIES if usable(c[0], half)]
        self.qc_cities = [c for c in self.cities if c[3] == 'QC']
        w = dict(ORIGIN_WEIGHT)
        if not self.fr:
            for k, v in EN_BOOST.items():
                w[k] *= v
        self.origins = sorted(w)
        self.oweights = [w[o] for o in self.origins]

    # -- basics ------------------------------------------------------------
    def ch(self, lst):
        return lst[self.r.randrange(len(lst))]

    def p(self, x):
        return self.r.random() < x

    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def pat(self, s):
        out = []
        for c in s:
            if c == '#':
                out.append(str(self.r.randrange(10)))
            elif c == '@':
                out.append(self.ch(PC_LETTERS))
            else:
                out.append(c)
        return ''.join(out)

    def fixed(self, lst):
        ok = [x for x in lst if usable(x, self.half)]
        return self.ch(ok)

    # -- people ------------------------------------------------------------
    def origin(self):
        return self.r.choices(self.origins, self.oweights)[0]

    def _pick(self, key, alt):
        lst = self.pools.get(key) or self.pools.get(alt) or []
        for _ in range(8):
            x = self.ch(lst)
            if x not in self.used:
                return x
        return x

    def given_name(self, o, g):
        key = '%s:%s' % (o, g)
        a = self._pick(key, 'qc:' + g)
        if o in HYPHEN_GIVEN and self.p(HYPHEN_GIVEN[o]):
            b = self._pick(key, 'qc:' + g)
            if b != a:
                return a + '-' + b
        if o in TWO_GIVEN and self.p(TWO_GIVEN[o]):
            b = self._pick(key, 'qc:' + g)
            if b != a:
                return a + ' ' + b
        return a

    def surname_of(self, o):
        a = self._pick(o + ':s', 'qc:s')
        self.used.add(a)
        if o in PARTICLE_FORMS and self.p(PARTICLE_FORMS[o][0]):
            base = a
            if self.pools.get(o + ':p') and self.p(0.6):
                base = self._pick(o + ':p', o + ':s')
            part = self.ch(PARTICLE_FORMS[o][1])
            return part + base
        if o in DOUBLE_SURNAME and self.p(DOUBLE_SURNAME[o]):
            b = self._pick(o + ':s', 'qc:s')
            if b != a:
                self.used.add(b)
                return a + ('-' if o != 'la' else ' ') + b
        return a

    def person(self, origin=None, gender=None, age=None):
        o = origin or self.origin()
        if not self.pools.get(o + ':s'):
            o = 'qc'
        g = gender or self.ch('mf')
        given = self.given_name(o, g)
        self.used.add(given)
        lo, hi = age or (19, 88)
        dob = self.today - timedelta(days=self.r.randint(lo * 365 + 10, hi * 365 + 300))
        return Person(o, g, given, self.surname_of(o), dob)

    def kin(self, p, gender=None, age=None, same_surname=0.6):
        """A relative: often the same surname."""
        q = self.person(origin=p.origin, gender=gender, age=age)
        if self.p(same_surname):
            q.surname = p.surname
        return q

    def age(self, p):
        return (self.today - p.dob).days // 365

    def child(self, p, gender=None, same_surname=0.7):
        a = self.age(p)
        return self.kin(p, gender=gender, age=(max(1, a - 44), max(2, a - 18)), same_surname=same_surname)

    def parent(self, p, gender=None, same_surname=0.6):
        a = self.age(p)
        return self.kin(p, gender=gender, age=(a + 19, a + 44), same_surname=same_surname)

    def initials(self, given):
        parts = re.split(r'([- ])', given)
        out = ''
        for x in parts:
            if x in ('-', ' '):
                out += x
            elif x:
                out += x[0] + '.'
        return out

    def nm(self, p, form='GS'):
        gv, sn = p.given, p.surname
        if form == 'GS':
            return P('PERSON', gv + ' ' + sn)
        if form == 'FS':
            return P('PERSON', p.first + ' ' + sn)
        if form == 'S':
            return P('PERSON', sn)
        if form == 'G':
            return P('PERSON', gv)
        if form == 'F':
            return P('PERSON', p.first)
        if form == 'SG':
            return [P('PERSON', sn.upper()), ', ', P('PERSON', gv)]
        if form == 'Sg':
            return [P('PERSON', sn), ', ', P('PERSON', gv)]
        if form == 'SGU':
            return [P('PERSON', sn.upper()), ', ', P('PERSON', gv.upper())]
        if form == 'IS':
            return P('PERSON', self.initials(gv) + ' ' + sn)
        if form == 'GI':
            return P('PERSON', gv + ' ' + ascii_name(sn.replace("'", ''))[:1].upper() + '.')
        if form == 'UP':
            return P('PERSON', (gv + ' ' + sn).upper())
        if form == 'SUP':
            return P('PERSON', sn.upper() + ' ' + gv)
        if form == 'LO':
            return P('PERSON', (gv + ' ' + sn).lower())
        if form == 'LOF':
            return P('PERSON', p.first.lower())
        if form == 'HL7':
            return [P('PERSON', sn.upper()), '^', P('PERSON', gv.upper().replace(' ', '^'))]
        raise ValueError(form)

    def nmr(self, p, forms='GS GS GS FS IS SG'):
        return self.nm(p, self.ch(forms.split()))

    def title(self, p, prob=1.0):
        if not self.p(prob):
            return ''
        if self.fr:
            return 'Mme ' if p.f else 'M. '
        return self.ch(['Ms. ', 'Mrs. ', 'Ms. ']) if p.f else 'Mr. '

    def dr(self, p):
        if self.fr:
            return 'Dre ' if p.f else 'Dr '
        return 'Dr. '

    def handle(self, p):
        f, s = ascii_name(p.first), ascii_name(p.surname)
        for _ in range(20):
            h = self.ch([f + s[:1], f[:1] + s, f + '.' + s, s + f[:1], f[:1] + s[:7]])
            if self.clean(h):
                return h
        return f + '.' + s

    # -- contact -----------------------------------------------------------
    def city(self, qc=0.9):
        lst = self.qc_cities if self.p(qc) else self.cities
        return self.ch(lst)

    def area(self, city=None):
        c = city or self.city()
        return self.ch(c[2].split())

    def phone_str(self, city=None, style=None):
        a = self.area(city)
        e = self.r.randint(200, 989)
        while e % 100 == 11 or e == 555:
            e = self.r.randint(200, 989)
        n = '%04d' % self.r.randrange(10000)
        e = str(e)
        st = style if style is not None else self.r.randrange(10)
        return [a + '-' + e + '-' + n, '(' + a + ') ' + e + '-' + n, a + ' ' + e + '-' + n, a + '.' + e + '.' + n,
                a + e + n, '+1 ' + a + ' ' + e + ' ' + n, '1-' + a + '-' + e + '-' + n, '(' + a + ')' + e + '-' + n,
                a + ' ' + e + ' ' + n, '+1 (' + a + ') ' + e + '-' + n][st % 10]

    def ph(self, ext=0.0, city=None, origin=None, foreign=0.0):
        if origin and origin in FOREIGN_PHONES and self.p(foreign):
            s = self.pat(self.ch(FOREIGN_PHONES[origin]))
        else:
            s = self.phone_str(city)
        out = [P('PHONE', s)]
        if self.p(ext):
            out.append(self.ch([' poste ', ' p. ', ', poste ']) if self.fr else self.ch([' ext. ', ' x', ', ext ']))
            out.append(str(self.r.randint(100, 8999)))
        return out

    def phone_words(self):
        a = self.area()
        num = a + str(self.r.randint(200, 989)) + self.digits(4)
        words = DIGITS_FR if self.fr else DIGITS_EN
        grp = [num[:3], num[3:6], num[6:]]
        return P('PHONE', ', '.join(' '.join(words[int(c)] for c in g) for g in grp))

    def clean(self, s):
        """True when s holds no name token of the other half (a glued handle may form one)."""
        return usable(s, self.half)

    def email_str(self, p, domain=None):
        f, s = ascii_name(p.first), ascii_name(p.surname)
        d = domain or self.ch(EMAIL_DOMAINS)
        for _ in range(20):
            loc = self.ch([f + '.' + s, f + s, f + '_' + s + self.digits(2), s + '.' + f, f[:1] + s, f + '.' + s + self.digits(2),
                           s + f[:1] + self.digits(3), f + self.digits(4), f[:1] + '.' + s])
            if self.clean(loc):
                break
        return loc + '@' + d

    def email(self, p, domain=None):
        return P('EMAIL', self.email_str(p, domain))

    def work_email(self, p, domain=None):
        return P('EMAIL', self.email_str(p, domain or self.fixed(ORG_DOMAINS)))

    # -- addresses -----------------------------------------------------------
    def street_name(self, named=0.3, fr=None):
        fr = self.fr if fr is None else fr
        if self.p(named):
            q = self.person(origin=self.ch(['qc', 'qc', 'qc', 'acad', 'en', 'ht', 'it']))
            patt = self.ch(STREET_PATTERNS_FR if fr else STREET_PATTERNS_EN)
            return patt.replace('{G}', q.first).replace('{S}', q.surname.replace(' ', '-'))
        return self.fixed(STREETS_FR if fr else STREETS_EN)

    def civic(self):
        x = self.r.random()
        if x < 0.5:
            return str(self.r.randint(10, 999))
        if x < 0.9:
            return str(self.r.randint(1000, 9999))
        return str(self.r.randint(10000, 12999))

    def addr_str(self, unit=0.35, fr=None, upper=False):
        fr = self.fr if fr is None else fr
        st = self.street_name(fr=fr)
        num = self.civic()
        x = self.r.random()
        if x < 0.04:
            s = self.ch(['RR ' + str(self.r.randint(1, 6)), 'C.P. ' + str(self.r.randint(10, 999))]) if fr else \
                self.ch(['RR ' + str(self.r.randint(1, 6)), 'P.O. Box ' + str(self.r.randint(10, 999))])
        elif x < 0.04 + unit * 0.4:
            s = '%d-%s %s' % (self.r.randint(1, 24), num, st)
        elif x < 0.04 + unit:
            u = self.ch(UNITS_FR if fr else UNITS_EN)
            u = u.replace('{n}', str(self.r.randint(1, 18))).replace('{b}', str(self.r.randint(100, 450))) \
                 .replace('{l}', self.ch('ABCD'))
            s = num + ' ' + st + (', ' if self.p(0.7) else ' ') + u
        else:
            s = num + (', ' if fr and self.p(0.15) else ' ') + st
        return s.upper() if upper else s

    def pc_str(self, letter=None, style=None):
        a = letter or self.ch('GHJ')
        s = a + str(self.r.randrange(10)) + self.ch(PC_LETTERS) + ' ' + str(self.r.randrange(10)) + \
            self.ch(PC_LETTERS) + str(self.r.randrange(10))
        st = self.r.randrange(10) if style is None else style
        if st == 7:
            s = s.replace(' ', '')
        elif st == 8:
            s = s.lower()
        elif st == 9:
            s = s.replace(' ', '-') if self.p(0.5) else s.replace(' ', '  ')
        return s

    def addr_parts(self, city=None, upper=False, unit=0.35):
        c = city or self.city()
        return self.addr_str(unit=unit, upper=upper), c, self.pc_str(c[1])

    def address(self, city=None, pc=True, sep=', ', prov=None, upper=False, unit=0.35):
        a, c, code = self.addr_parts(city, upper=upper, unit=unit)
        cname = c[0].upper() if upper else c[0]
        if prov is None:
            prov = c[3] != 'QC' or self.p(0.8)
        pv = ''
        if prov:
            if c[3] == 'QC':
                pv = self.ch([' (Québec)', ' (Québec)', ' QC', ' (QC)']) if self.fr else self.ch([' QC', ' Quebec', ' (Quebec)'])
            else:
                pv = ' ' + c[3]
            if upper:
                pv = pv.upper()
        out = [P('ADDRESS', a), sep, CITY(cname), pv]
        if pc:
            out += ['  ' if self.p(0.3) else ' ', P('POSTAL_CODE', code)]
        return out

    def foreign_address(self):
        cc, st, pcp, city, country = self.ch([f for f in FOREIGN if usable(' '.join(f), self.half)])
        a = st.replace('{n}', str(self.r.randint(2, 240)))
        code = self.pat(pcp)
        if cc == 'us':
            return [P('ADDRESS', a), ', ', CITY(city), ' ', P('POSTAL_CODE', code), ', ', CITY(country)]
        if cc == 'br':
            return [P('ADDRESS', a), ', ', CITY(city), ', CEP ', P('POSTAL_CODE', code), ', ', CITY(country)]
        return [P('ADDRESS', a), ', ', P('POSTAL_CODE', code), ' ', CITY(city), ', ', CITY(country)]

    # -- identifiers -----------------------------------------------------------
    def dob_str(self, d, style=None):
        st = self.r.randrange(8) if style is None else style
        if self.fr:
            m = MONTHS_FR[d.month - 1]
            day = '1er' if d.day == 1 else str(d.day)
            return [day + ' ' + m + ' ' + str(d.year), '%02d/%02d/%d' % (d.day, d.month, d.year), d.isoformat(),
                    '%02d-%02d-%d' % (d.day, d.month, d.year), '%d/%02d/%02d' % (d.year, d.month, d.day),
                    d.strftime('%Y%m%d'), (day + ' ' + m + ' ' + str(d.year)).upper(),
                    '%d %s %d' % (d.day, MON_FR[d.month - 1], d.year)][st % 8]
        m = MONTHS_EN[d.month - 1]
        return [m + ' ' + str(d.day) + ', ' + str(d.year), '%d %s %d' % (d.day, MON_EN[d.month - 1], d.year),
                '%02d/%02d/%d' % (d.month, d.day, d.year), d.isoformat(), d.strftime('%Y%m%d'),
                '%02d-%s-%d' % (d.day, MON_EN[d.month - 1].upper(), d.year), '%s. %d, %d' % (MON_EN[d.month - 1], d.day, d.year),
                '%d/%02d/%02d' % (d.year, d.month, d.day)][st % 8]

    def dob(self, p, style=None):
        return P('DOB', self.dob_str(p.dob, style))

    def nas_str(self, valid=True, style=None):
        body = self.ch('1234567') + self.digits(7)
        n = luhn_complete(body)
        if not valid:
            n = body + str((int(n[-1]) + self.r.randint(1, 9)) % 10)
        st = self.r.randrange(4) if style is None else style
        return [n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + '-' + n[3:6] + '-' + n[6:], n, n[:3] + ' ' + n[3:6] + ' ' + n[6:]][st]

    def nas(self, valid=0.9, style=None):
        return P('NAS', self.nas_str(self.p(valid), style))

    def ramq_str(self, p, style=None):
        s = re.sub(r'[^A-Z]', '', ascii_name(p.surname.split('-')[0]).upper())
        letters = (s + 'XXX')[:3] + (ascii_name(p.first)[:1].upper() or 'X')
        d = p.dob
        digits = '%02d%02d%02d%s' % (d.year % 100, d.month + (50 if p.f else 0), d.day, self.digits(2))
        st = self.r.randrange(4) if style is None else style
        if not self.clean(letters):
            st = 1
        return [letters + ' ' + digits[:4] + ' ' + digits[4:], letters + digits, letters + '-' + digits[:4] + '-' + digits[4:],
                letters + ' ' + digits[:4] + ' ' + digits[4:]][st]

    def ramq(self, p, style=None):
        return P('RAMQ', self.ramq_str(p, style))

    def licence_str(self, p=None, prov='QC'):
        ini = ascii_name(p.surname)[:1].upper() if p else self.ch(PC_LETTERS)
        ini = ini or 'X'
        if prov == 'QC':
            d = p.dob if p else date(1980, 1, 1) + timedelta(days=self.r.randrange(12000))
            s = ini + self.digits(4) + '-' + '%02d%02d%02d' % (d.day, d.month, d.year % 100) + '-' + self.digits(2)
            return s if self.p(0.8) else s.replace('-', ' ') if self.p(0.5) else s.replace('-', '')
        if prov == 'ON':
            return ini + self.digits(4) + '-' + self.digits(5) + '-' + self.digits(5)
        if prov == 'NB':
            return self.digits(7)
        if prov == 'AB':
            return self.digits(6) + '-' + self.digits(3)
        return self.digits(8)

    def licence(self, p=None, prov=None):
        prov = prov or self.ch(['QC'] * 7 + ['ON', 'ON', 'NB'])
        return P('DRIVER_LICENCE', self.licence_str(p, prov))

    def passport_str(self, origin='qc'):
        r = self.r
        if origin in ('qc', 'acad', 'en', 'ir', 'sco', 'innu', 'cree', 'inuit', 'mohawk') or self.p(0.45):
            return self.ch(['AB', 'AE', 'AK', 'GA', 'GB', 'HP', 'AN']) + self.digits(6)
        c = {'ht': lambda: 'R' + self.ch('DEGK') + self.digits(7), 'mag': lambda: self.ch(['AB', 'BK', 'GZ']) + self.digits(7),
             'vn': lambda: self.ch('BCN') + self.digits(7), 'cn': lambda: 'E' + self.digits(8),
             'ph': lambda: 'P' + self.digits(7) + self.ch('ABC'), 'la': lambda: self.ch(['AT', 'PE', 'G']) + self.digits(7),
             'pa': lambda: self.ch('JKLMNPRZ') + self.digits(7), 'ta': lambda: 'N' + self.digits(7),
             'pt': lambda: self.ch(['CA', 'FB', 'FC']) + self.digits(6), 'fa': lambda: self.ch('ABEKU') + self.digits(8),
             'ua': lambda: self.ch(['FE', 'FT', 'GK']) + self.digits(6), 'tr': lambda: 'U' + self.digits(8)}
        f = c.get(origin)
        if f:
            return f()
        return self.digits(2) + self.ch(['AB', 'CK', 'FR', 'HT']) + self.digits(5)

    def passport(self, p=None):
        return P('PASSPORT', self.passport_str(p.origin if p else 'qc'))

    def bank_group(self):
        inst, _ = self.ch(INSTITUTIONS)
        tr, acct = self.digits(5), self.digits(self.ch([7, 7, 7, 12, 9]))
        return P('BANK_ACCOUNT', self.ch([inst + '-' + tr + '-' + acct, tr + '-' + inst + ' ' + acct, tr + ' ' + inst + ' ' + acct,
                                          inst + ' ' + tr + ' ' + acct]))

    def bank_pieces(self, sep=None):
        inst, iname = self.ch(INSTITUTIONS)
        tr, acct = self.digits(5), self.digits(self.ch([7, 7, 7, 12]))
        sep = sep or self.ch([' — ', '; ', '\n', ', '])
        if self.fr:
            return ['Institution : ', P('BANK_ACCOUNT', inst), ' (' + iname + ')', sep, 'Transit : ', P('BANK_ACCOUNT', tr),
                    sep, self.ch(['Folio : ', 'Compte : ', 'No de compte : ']), P('BANK_ACCOUNT', acct)]
        return ['Institution: ', P('BANK_ACCOUNT', inst), ' (' + iname + ')', sep, 'Transit: ', P('BANK_ACCOUNT', tr), sep,
                'Account: ', P('BANK_ACCOUNT', acct)]

    def iban(self, cc=None):
        cc = cc or self.ch(sorted(IBAN_LEN))
        bban = self.digits(IBAN_LEN[cc] - 4)
        s = cc + iban_check(cc, bban) + bban
        return P('BANK_ACCOUNT', ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if self.p(0.7) else s)

    def card(self):
        kind = self.ch(['v', 'v', 'm', 'a'])
        if kind == 'a':
            n = luhn_complete(self.ch(['34', '37']) + self.digits(12))
            return P('CREDIT_CARD', self.ch([n[:4] + ' ' + n[4:10] + ' ' + n[10:], n]))
        n = luhn_complete(('4' if kind == 'v' else self.ch(['51', '52', '53', '54', '55'])) +
                          self.digits(14 if kind == 'v' else 13))
        sep = self.ch([' ', '-', '', ' '])
        return P('CREDIT_CARD', sep.join(n[i:i + 4] for i in range(0, 16, 4)))

    def masked_card(self):
        return self.ch(['**** **** **** ', 'XXXX-XXXX-XXXX-', '************']) + self.digits(4)

    def plate_str(self, prov='QC'):
        letters = 'ABCDEFGHJKLMNPRSTVWXYZ'
        for _ in range(40):
            L3 = ''.join(self.ch(letters) for _ in range(3))
            d3 = self.digits(3)
            if prov == 'QC':
                s = self.ch([L3 + ' ' + d3, d3 + ' ' + L3, L3[0] + d3[:2] + ' ' + L3[1:] + self.ch(letters), 'F' + self.digits(6), L3 + d3])
            elif prov == 'ON':
                s = self.ch(letters) + L3 + ' ' + d3
            else:
                s = L3 + '-' + self.digits(4)
            if not any(t in ALL_NAME_TOKENS for t in tokens(s)):
                return s
        return s

    def plate(self, prov=None):
        return P('PLATE', self.plate_str(prov or self.ch(['QC'] * 8 + ['ON', 'US'])))

    # -- decoys --------------------------------------------------------------
    def org_str(self, named=0.4, patterns=None, theme=None):
        if theme:
            pats = ORG_THEME_PATTERNS[self.lang].get(theme)
            if pats and self.p(named):
                patterns = pats
            elif not patterns:
                return self.fixed(ORG_THEMES[self.lang][theme])
        if self.p(named) or patterns:
            q = self.person(origin=self.ch(['qc', 'qc', 'qc', 'acad', 'en', 'ht', 'it', 'ir', 'he', 'gr']))
            q2 = self.person(origin=q.origin)
            patt = self.ch(patterns or (ORG_PATTERNS_FR if self.fr else ORG_PATTERNS_EN))
            return patt.replace('{G}', q.first).replace('{S2}', q2.surname).replace('{S}', q.surname)
        return self.fixed(ORGS_FR if self.fr else ORGS_EN)

    def org(self, named=0.4, patterns=None, theme=None):
        return X('ORG', self.org_str(named, patterns, theme))

    def street_dec(self):
        return X('STREET', self.street_name(named=0.5))

    def place(self, kind=None):
        k = kind or self.ch(['city', 'city', 'region', 'country'])
        if k == 'city':
            return X('PLACE', self.city()[0])
        if k == 'region':
            return X('PLACE', self.fixed(REGIONS_FR if self.fr else REGIONS_EN))
        return X('PLACE', self.fixed(COUNTRIES_FR if self.fr else COUNTRIES_EN))

    def country_of(self, p):
        i = ORIGIN_COUNTRY.get(p.origin)
        c = 'Canada' if i is None else (COUNTRIES_FR if self.fr else COUNTRIES_EN)[i]
        return c if usable(c, self.half) else 'Canada'

    def law(self, theme=None):
        lst = LAW_THEMES[self.lang].get(theme) if theme else None
        return X('LAW', self.fixed(lst or (LAWS_FR if self.fr else LAWS_EN)))

    def fileno_str(self, kind=None):
        y = self.today.year
        k = kind or self.ch(['gen', 'gen', 'gen', 'ref'])
        if k == 'court':
            return '%d-%02d-%06d-%02d%d' % (self.ch([500, 200, 540, 505, 705, 450]), self.ch([17, 22, 32, 80]),
                                              self.r.randrange(10 ** 6), y % 100, self.r.randint(1, 9))
        if k == 'lot':
            n = str(self.r.randint(1000000, 6999999))
            return n[0] + ' ' + n[1:4] + ' ' + n[4:]
        if k == 'ref':
            return self.ch(['RQ', 'VER', 'DOS', 'REF', 'SR']) + '-' + str(y) + '-' + self.digits(5)
        return self.ch(['%d-%s' % (y, self.digits(5)), self.digits(3) + '-' + self.digits(4) + '-' + self.digits(2),
                        self.ch('ABCDMRT') + self.digits(7), '%s/%d/%s' % (self.digits(3), y, self.digits(4))])

    def fileno(self, kind=None):
        return X('FILENO', self.fileno_str(kind))

    def tollfree(self):
        p = self.ch(['800', '833', '844', '855', '866', '877', '888'])
        a, b = str(self.r.randint(200, 989)), self.digits(4)
        return X('TOLLFREE', self.ch(['1 ' + p + ' ' + a + '-' + b, '1-' + p + '-' + a + '-' + b, p + ' ' + a + '-' + b,
                                      '1 ' + p + ' ' + a + ' ' + b]))

    def day(self, back=200, fwd=0):
        return self.today + timedelta(days=self.r.randint(-back, fwd))

    def date_str(self, d=None, style=None):
        d = d or self.day()
        st = self.r.randrange(5) if style is None else style
        if self.fr:
            m = MONTHS_FR[d.month - 1]
            return [('1er' if d.day == 1 else str(d.day)) + ' ' + m + ' ' + str(d.year), d.isoformat(),
                    '%02d/%02d/%d' % (d.day, d.month, d.year), d.isoformat(), '%d %s %d' % (d.day, MON_FR[d.month - 1], d.year)][st % 5]
        return ['%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year), d.isoformat(), '%d %s %d' % (d.day, MON_EN[d.month - 1], d.year),
                d.isoformat(), '%02d/%02d/%d' % (d.month, d.day, d.year)][st % 5]

    def date(self, d=None, style=None):
        return X('DATE', self.date_str(d, style))

    def month(self):
        return X('MONTH', self.ch(MONTHS_FR if self.fr else MONTHS_EN))

    def year(self, lo=None):
        return X('YEAR', str(self.r.randint(lo or self.today.year - 12, self.today.year)))

    def amount_str(self, lo=20, hi=5000, cents=True):
        v = self.r.randint(lo * 100, hi * 100) / 100.0
        if not cents:
            v = float(int(v))
        if self.fr:
            s = '{:,.2f}'.format(v).replace(',', ' ').replace('.', ',')
            if not cents and self.p(0.5):
                s = s[:-3]
            return s + ' $'
        s = '{:,.2f}'.format(v)
        return self.ch(['$' + s, '$' + s, s + ' $', 'CAD ' + s])

    def amount(self, lo=20, hi=5000, cents=True):
        return X('AMOUNT', self.amount_str(lo, hi, cents))

    def time_str(self, h=None, m=None, style=None):
        h = self.r.randrange(24) if h is None else h
        m = self.ch([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37]) if m is None else m
        st = self.r.randrange(3) if style is None else style
        if self.fr:
            return ['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%02d:%02d' % (h, m)][st % 3]
        return ['%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM'), '%02d:%02d' % (h, m),
                '%d:%02d %s' % ((h - 1) % 12 + 1, m, 'a.m.' if h < 12 else 'p.m.')][st % 3]

    def time(self, h=None, m=None, style=None):
        return X('TIME', self.time_str(h, m, style))

    def word_sentence(self):
        opts = WORDS[self.half][self.lang]
        if not opts:
            return None
        w, s = self.ch(opts)
        i = s.index('{w}')
        word = w[:1].upper() + w[1:] if i == 0 else w
        return [s[:i], X('WORD', word), s[i + 3:]]

    def content(self, theme, n=1):
        lst = CONTENT_OK[self.lang].get(theme) or CONTENT_OK[self.lang]['office']
        picks = self.r.sample(lst, min(n, len(lst)))
        out = []
        for i, s in enumerate(picks):
            if i:
                out.append(' ')
            out.append(C(s))
        return out


WORDS = {h: {lang: [(w, s) for w, s in lst
                    if fold(w) in HALF_TOKENS[h] and s.count('{w}') == 1
                    and not any(t in ALL_NAME_TOKENS for t in tokens(s.replace('{w}', ' ')))]
             for lang, lst in WORD_SENTENCES.items()} for h in 'WH'}
CONTENT_OK = {lang: {k: [s for s in v if name_free(s)] for k, v in d.items()} for lang, d in CONTENT.items()}

# ---------------------------------------------------------------------------
# Families.  Each takes a G and returns a Doc.

def ts14(g, d=None, h=None):
    d = d or g.day(30)
    return d.strftime('%Y%m%d') + '%02d%02d' % (g.r.randrange(24) if h is None else h, g.r.randrange(60))


def f_hl7(g):
    d = Doc()
    fac = g.ch(['HCLS', 'CHRR', 'CHG', 'HSCM', 'CCH', 'LGH'])
    pt = g.person()
    mrn = g.ch(['', 'M', 'H']) + g.digits(7)
    addr, city, pc = g.addr_parts(upper=True)
    cn = city[0].upper()
    msgtype = g.ch(['ADT^A04', 'ADT^A08', 'ADT^A01']) if g.fr else g.ch(['ORU^R01', 'ADT^A04', 'ADT^A08'])
    t = g.day(20)
    d.add('MSH|^~\\&|', g.ch(['ADT1', 'SIH', 'MEDITECH', 'CRISTAL']), '|', fac, '|', g.ch(['LAB', 'RAD', 'PHARM', 'DSQ']), '|',
          g.ch(['CISSS', 'CIUSSS', 'OLIS', 'DSQ']), '|', X('DATE', ts14(g, t)), '||', msgtype, '|MSG', g.digits(8), '|P|2.5.1\n')
    d.add('EVN|', msgtype.split('^')[1], '|', X('DATE', ts14(g, t)), '\n')
    d.add('PID|1||', mrn, '^^^', fac, '^MR~', g.ramq(pt, 1), '^^^QC^JHN||', g.nm(pt, 'HL7'), '^^^',
          L(g, 'MME', 'MS') if pt.f else L(g, 'M', 'MR'), '||', g.dob(pt, 5), '|', 'F' if pt.f else 'M', '|||',
          P('ADDRESS', addr), '^^', CITY(cn), '^', city[3], '^', P('POSTAL_CODE', pc.replace(' ', '') if g.p(0.5) else pc),
          '^CA^H||', g.ph(0, city), '^PRN^PH')
    if g.p(0.7):
        d.add('~^NET^Internet^', g.email(pt))
    d.add('|', g.ph(0) if g.p(0.6) else '', '^WPN^PH|', L(g, 'FR', 'EN'), '|', g.ch(['M', 'S', 'W', 'D']), '|||')
    if g.p(0.6):
        d.add(g.nas(style=2))
    d.add('|\n')
    rel = [('SPO', L(g, 'Conjoint', 'Spouse')), ('CHD', L(g, 'Enfant', 'Child')), ('MTH', L(g, 'Mère', 'Mother')),
           ('SIB', L(g, 'Frère/Soeur', 'Sibling')), ('FND', L(g, 'Ami', 'Friend'))]
    for i in range(g.r.randint(1, 2)):
        k = g.kin(pt)
        code, lab = g.ch(rel)
        d.add('NK1|', str(i + 1), '|', g.nm(k, 'HL7'), '|', code, '^', lab, '|')
        if g.p(0.6):
            a2, c2, p2 = g.addr_parts(upper=True)
            d.add(P('ADDRESS', a2), '^^', CITY(c2[0].upper()), '^', c2[3], '^', P('POSTAL_CODE', p2.replace(' ', '')))
        d.add('|', g.ph(0, origin=k.origin, foreign=0.15), '|', L(g, '|||C^Contact urgence', '|||C^Emergency Contact'), '\n')
    doc = g.person(age=(30, 70))
    lic = g.digits(5)
    d.add('PV1|1|', g.ch(['O', 'E', 'I']), '|', g.ch(['URG', 'CLIN', '4E', 'MED2']), '^', g.digits(3), '^', g.ch('AB'), '^', fac,
          '||||', lic, '^', g.nm(doc, 'HL7'), '^^^', L(g, 'Dr', 'Dr'), '|||', g.ch(['MED', 'CHI', 'PED', 'GER']), '\n')
    if msgtype.startswith('ORU'):
        d.add('ORC|RE|', g.digits(8), '\nOBR|1|', g.digits(8), '||', g.ch(['CBC^Complete blood count', 'BMP^Basic metabolic panel',
                                                                          'LIPID^Lipid panel']), '|||', X('DATE', ts14(g, t)), '\n')
        tests = [('WBC', 'x10E9/L', 3.5, 11), ('HGB', 'g/L', 110, 170), ('PLT', 'x10E9/L', 140, 420), ('NA', 'mmol/L', 133, 148),
                 ('K', 'mmol/L', 3.3, 5.4), ('CREA', 'umol/L', 50, 130), ('GLU', 'mmol/L', 3.8, 9.5)]
        for i, (code, unit, lo, hi) in enumerate(g.r.sample(tests, g.r.randint(3, 5))):
            v = round(g.r.uniform(lo * 0.85, hi * 1.1), 1)
            flag = 'H' if v > hi else 'L' if v < lo else 'N'
            d.add('OBX|', str(i + 1), '|NM|', code, '||', str(v), '|', unit, '|', '%s-%s' % (lo, hi), '|', flag, '|||F\n')
    for i in range(g.r.randint(1, 3)):
        d.add('NTE|', str(i + 1), '||', g.content('health', 1), '\n')
    if g.p(0.5):
        n2 = g.person(origin=g.ch(['qc', 'ht', 'ph', 'ca', 'mag']), age=(25, 60))
        d.add('NTE|', str(i + 2), '||', L(g, 'Saisi par ', 'Entered by '), g.nm(n2, 'IS'), L(g, ', inf., ', ', RN, '),
              g.time(), '\n')
    return d


def json_str(x):
    return json.dumps(x, ensure_ascii=False)


def f_fhir(g):
    d = Doc()
    pt = g.person()
    addr, city, pc = g.addr_parts()
    k = g.kin(pt)
    doc = g.person(age=(30, 70))
    ind = '  '
    d.add('{\n', ind, '"resourceType": "Patient",\n', ind, '"id": "pat-', md5hex(str(g.r.random()))[:12], '",\n')
    d.add(ind, '"meta": {"lastUpdated": "', X('DATE', g.day(10).isoformat()), 'T', g.time_str(style=2 if g.fr else 1), ':00-05:00"},\n')
    d.add(ind, '"identifier": [\n', ind * 2, '{"system": "https://www.ramq.gouv.qc.ca/nam", "value": "', g.ramq(pt, 1), '"},\n',
          ind * 2, '{"system": "urn:oid:2.16.124.10.101.1.60.100", "value": "', g.digits(7), '"}')
    if g.p(0.4):
        d.add(',\n', ind * 2, '{"system": "http://hl7.org/fhir/sid/ca-sin", "value": "', g.nas(style=2), '"}')
    d.add('\n', ind, '],\n')
    given = pt.given.replace('-', ' ').split(' ') if g.p(0.3) else [pt.given]
    d.add(ind, '"name": [{"use": "official", "family": "', P('PERSON', pt.surname), '", "given": [')
    for i, x in enumerate(given):
        d.add(', ' if i else '', '"', P('PERSON', x), '"')
    d.add(']}],\n')
    d.add(ind, '"telecom": [\n', ind * 2, '{"system": "phone", "value": "', g.ph(0, city), '", "use": "home"},\n')
    if g.p(0.6):
        d.add(ind * 2, '{"system": "phone", "value": "', g.ph(0), '", "use": "mobile"},\n')
    d.add(ind * 2, '{"system": "email", "value": "', g.email(pt), '"}\n', ind, '],\n')
    d.add(ind, '"gender": "', 'female' if pt.f else 'male', '",\n', ind, '"birthDate": "', g.dob(pt, 2 if g.fr else 3), '",\n')
    d.add(ind, '"address": [{"use": "home", "line": ["', P('ADDRESS', addr), '"], "city": "', CITY(city[0]), '", "state": "',
          city[3], '", "postalCode": "', P('POSTAL_CODE', pc), '", "country": "CA"}],\n')
    rel = g.ch([('Conjoint', 'Spouse'), ('Fille', 'Daughter'), ('Fils', 'Son'), ('Mère', 'Mother'), ('Ami', 'Friend')])
    d.add(ind, '"contact": [{\n', ind * 2, '"relationship": [{"text": "', L(g, rel[0], rel[1]), '"}],\n',
          ind * 2, '"name": {"family": "', P('PERSON', k.surname), '", "given": ["', P('PERSON', k.given), '"]},\n',
          ind * 2, '"telecom": [{"system": "phone", "value": "', g.ph(0, origin=k.origin, foreign=0.2), '"}]\n', ind, '}],\n')
    d.add(ind, '"generalPractitioner": [{"display": "', g.dr(doc), g.nm(doc, 'FS'), '"}],\n')
    d.add(ind, '"managingOrganization": {"display": "', g.org(0.3, theme='health'), '"},\n')
    d.add(ind, '"communication": [{"language": {"text": "', L(g, 'Français', 'English'), '"}, "preferred": true}],\n')
    d.add(ind, '"extension": [{"url": "note", "valueString": "', g.content('health', g.r.randint(1, 2)), '"}]\n}\n')
    if g.p(0.6):
        d.add(L(g, '// Synchronisé depuis le DSQ — ', '// Synced from the provincial record — '), g.content('data', 1), '\n')
    return d


def f_sql(g):
    d = Doc()
    table = L(g, g.ch(['usagers', 'clients', 'locataires', 'membres']), g.ch(['clients', 'members', 'patients', 'tenants']))
    d.add('-- ', L(g, 'Vidage de la table', 'Dump of table'), ' `', table, '` — ', g.org(0.3), '\n-- ',
          L(g, 'Généré le ', 'Generated on '), g.date(g.day(5), 1), ' ', g.time(style=2), '\n-- ', g.content('data', 1), '\n\n')
    cols = L(g, ['id', 'nom', 'prenom', 'date_naissance', 'nas', 'telephone', 'courriel', 'adresse', 'ville', 'code_postal'],
             ['id', 'last_name', 'first_name', 'birth_date', 'sin', 'phone', 'email', 'address', 'city', 'postal_code'])
    drop_nas = g.p(0.4)
    use = [c for i, c in enumerate(cols) if not (drop_nas and i == 4)]
    d.add('INSERT INTO `', table, '` (', ', '.join('`%s`' % c for c in use), ') VALUES\n')
    n = g.r.randint(3, 4)
    ids = g.r.randint(1000, 9000)
    for i in range(n):
        p = g.person()
        addr, city, pc = g.addr_parts()
        d.add('(', str(ids + i * g.r.randint(1, 40)), ", '", P('PERSON', p.surname.replace("'", "''")), "', '",
              P('PERSON', p.given), "', '", g.dob(p, 2 if g.fr else 3), "', ")
        if not drop_nas:
            d.add("'", g.nas(style=2), "', ")
        d.add("'", g.ph(0, city), "', ")
        if g.p(0.85):
            d.add("'", g.email(p), "', ")
        else:
            d.add('NULL, ')
        d.add("'", P('ADDRESS', addr.replace("'", "''")), "', '", CITY(city[0].replace("'", "''")), "', '", P('POSTAL_CODE', pc),
              "')", ',\n' if i < n - 1 else ';\n')
    d.add('\n')
    if g.p(0.7):
        p = g.person()
        d.add('UPDATE `', table, '` SET `', cols[5], "` = '", g.ph(0), "' WHERE `", cols[0], '` = ', str(ids), '; -- ',
              L(g, 'demande du ', 'request of '), g.date(g.day(3), 1), '\n')
    if g.p(0.5):
        d.add('DELETE FROM `', table, '` WHERE `', cols[0], '` = ', str(ids + 77), ';  -- ', g.content('data', 1), '\n')
    return d


def f_srt(g):
    d = Doc()
    fr = g.fr
    judge = g.person(age=(40, 70))
    dem, defe = g.person(), g.person()
    lawyer = g.person(age=(28, 65))
    n = [0]
    t = [g.r.randint(2, 40) * 1000]

    def block(speaker, *text):
        n[0] += 1
        a = t[0]
        b = a + g.r.randint(1800, 6500)
        t[0] = b + g.r.randint(100, 1500)
        f = lambda ms: '%02d:%02d:%02d,%03d' % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)
        d.add(str(n[0]), '\n', f(a), ' --> ', f(b), '\n', speaker, list(text), '\n\n')

    court = g.ch(['le juge ', 'la juge ']) if fr else 'JUDGE '
    block([L(g, 'LA GREFFIÈRE : ', 'CLERK: ')], L(g, 'Dossier ', 'File '), g.fileno('court'), ', ', g.nm(dem, 'GS'),
          L(g, ' contre ', ' versus '), g.nm(defe, 'GS'), '.')
    block([L(g, 'LA GREFFIÈRE : ', 'CLERK: ')], L(g, 'Présidée par ', 'Presided by '),
          L(g, 'l\'honorable ', 'the Honourable '), g.nm(judge, 'GS'), '.')
    block(['(', P('PERSON', judge.surname.upper()), ') : ' if fr else '): '],
          L(g, 'Bonjour. Pour les fins de l\'enregistrement, veuillez vous identifier.', 'Good morning. For the record, please identify yourselves.'))
    block(['Me ' if fr else 'MR. ' if not lawyer.f else 'MS. ', P('PERSON', lawyer.surname.upper()), ' : ' if fr else ': '],
          L(g, 'Bonjour, ', 'Good morning, '), 'Me ' if fr else 'Your Honour, ', g.nm(lawyer, 'GS'), L(g, ', pour la partie demanderesse.', ' for the plaintiff.'))
    block([P('PERSON', dem.surname.upper()), ' : ' if fr else ': '],
          L(g, 'Mon nom est ', 'My name is '), g.nm(dem, 'GS'), (', je suis née le ' if dem.f else ', je suis né le ') if fr else ', I was born on ',
          g.dob(dem, 0), '.')
    block(['(', P('PERSON', judge.surname.upper()), ') : ' if fr else '): '],
          L(g, 'Et votre adresse actuelle?', 'And your current address?'))
    block([P('PERSON', dem.surname.upper()), ' : ' if fr else ': '], g.address(pc=g.p(0.5), prov=False), '.')
    for _ in range(g.r.randint(1, 2)):
        block(['(', P('PERSON', judge.surname.upper()), ') : ' if fr else '): '], g.content('court', 1))
    block([P('PERSON', defe.surname.upper()), ' : ' if fr else ': '],
          L(g, 'Je conteste. Le loyer a été payé le ', 'I dispute that. The rent was paid on '), g.date(style=0),
          L(g, ', il y a un reçu de ', ', there is a receipt for '), g.amount(300, 2500), '.')
    w = g.kin(defe, same_surname=0.3)
    block([P('PERSON', defe.surname.upper()), ' : ' if fr else ': '],
          L(g, 'Ma voisine' if w.f else 'Mon voisin', 'My neighbour'), ', ', g.nm(w, 'FS'),
          L(g, ', était présente.' if w.f else ', était présent.', ', was there.'), L(g, ' Vous pouvez la joindre au ', ' You can reach her at ') if w.f else
          L(g, ' Vous pouvez le joindre au ', ' You can reach him at '), g.phone_words() if g.p(0.5) else g.ph(0), '.')
    block(['Me ' if fr else 'MR. ' if not lawyer.f else 'MS. ', P('PERSON', lawyer.surname.upper()), ' : ' if fr else ': '],
          L(g, 'Je dépose la pièce P-3, le relevé produit par ', 'I file exhibit P-3, the statement from '), g.org(0.0, theme='bank'), '.')
    block(['(', P('PERSON', judge.surname.upper()), ') : ' if fr else '): '], g.content('court', 1))
    if g.p(0.6):
        block(['[', L(g, 'Pause', 'Recess'), ' — ', g.time(), ']'], '')
    return d


def f_petition(g):
    d = Doc()
    fr = g.fr
    s1, s2 = g.street_name(named=0.5), g.street_name(named=0.2)
    d.add(L(g, 'PÉTITION', 'PETITION'), '\n\n', L(g, 'Adressée au conseil municipal de ', 'To the Council of the City of '),
          g.place('city'), '\n\n', L(g, 'Objet : demande d\'un arrêt obligatoire à l\'intersection de la ', 'Re: request for an all-way stop at '),
          X('STREET', s1), L(g, ' et de la ', ' and '), X('STREET', s2), '\n\n', g.content('civic', 2), '\n\n',
          L(g, 'Nous, soussignés, résidents du secteur, appuyons cette demande.', 'We, the undersigned residents, support this request.'), '\n\n')
    d.add(L(g, 'No | Nom (lettres moulées) | Adresse | Téléphone ou courriel | Signature', 'No. | Name (print) | Address | Phone or e-mail | Signature'),
          '\n', '---|---|---|---|---\n')
    for i in range(g.r.randint(5, 7)):
        p = g.person()
        form = g.ch(['SG', 'GS', 'LO', 'UP', 'Sg', 'GS'])
        d.add(str(i + 1), ' | ', g.nm(p, form), ' | ', P('ADDRESS', g.addr_str(unit=0.3)), ' | ')
        d.add(g.email(p) if g.p(0.35) else g.ph(0))
        d.add(' | ', g.ch([L(g, '(signé)', '(signed)'), L(g, '(illisible)', '(illegible)'), '✓', L(g, '(signé)', '(signed)')]), '\n')
    resp = g.person()
    d.add('\n', L(g, 'Personne responsable : ', 'Contact person: '), g.nm(resp, 'GS'), ', ', g.ph(0.0), ', ', g.email(resp), '\n')
    d.add(L(g, 'Déposée le ', 'Filed on '), g.date(g.day(20, 10)), L(g, ' — Page 1 de 2', ' — Page 1 of 2'), '\n')
    return d


def f_electoral(g):
    d = Doc()
    fr = g.fr
    sect = str(g.r.randint(1, 199)).zfill(3)
    d.add(L(g, 'ÉLECTIONS QUÉBEC — LISTE ÉLECTORALE PERMANENTE — EXTRAIT', 'ELECTIONS CANADA — LIST OF ELECTORS — EXTRACT'), '\n')
    d.add(L(g, 'Circonscription : ', 'Electoral district: '), g.place('city'), L(g, '    Section de vote : ', '    Polling division: '), sect,
          L(g, '    Produite le ', '    Produced on '), g.date(g.day(40), 1), '\n', g.law('civic'), '\n\n')
    d.add(L(g, 'NO    NOM, PRÉNOM                     SEXE  NAISSANCE   ADRESSE', 'NO.   SURNAME, GIVEN NAME            SEX   BIRTH DATE  ADDRESS'),
          '\n', '-' * 86, '\n')
    for i in range(g.r.randint(4, 5)):
        p = g.person()
        addr, city, pc = g.addr_parts(upper=True, city=g.city(1.0))
        nm_len = len(p.surname) + len(p.given) + 2
        d.add(str(g.r.randint(1, 999)).zfill(4), '  ', g.nm(p, 'SGU'), ' ' * max(2, 32 - nm_len), 'F' if p.f else 'M',
              '     ', g.dob(p, 2 if fr else 3), '  ', P('ADDRESS', addr), ', ', CITY(city[0].upper()), ' ', P('POSTAL_CODE', pc), '\n')
    d.add('\n', g.content('civic', g.r.randint(1, 2)), '\n')
    if g.p(0.5):
        rev = g.person()
        d.add(L(g, 'Commission de révision — agente réviseure : ', 'Revising agent: '), g.nm(rev, 'GS'), ', ', g.ph(0.5), '\n')
    d.add(L(g, 'Renseignements : ', 'Information: '), g.tollfree(), '\n')
    return d


def f_classlist(g):
    d = Doc()
    fr = g.fr
    teacher = g.person(age=(25, 60))
    grp = g.ch(['101', '203', '305', '402', '503', '601', '5A', '3B'])
    d.add(g.org(0.6, ORG_PATTERNS_FR[:2] if fr else [ORG_PATTERNS_EN[2], ORG_PATTERNS_EN[13]]), ' — ',
          L(g, 'Liste de classe ', 'Class list '), str(g.today.year), '-', str(g.today.year + 1), '\n')
    d.add(L(g, 'Groupe ', 'Homeroom '), grp, ' — ', L(g, 'Titulaire : ', 'Teacher: '), g.title(teacher), g.nm(teacher, 'FS'), '\n\n')
    d.add(L(g, 'Fiche   | Nom, prénom | Naissance | Parent ou tuteur | Téléphone | Remarques', 'ID      | Name | Birth date | Parent/guardian | Phone | Notes'), '\n')
    notes_fr = ['allergie aux arachides', 'EpiPen au secrétariat', 'lunettes', '', '', 'plan d\'intervention', 'garde partagée', 'asthme']
    notes_en = ['peanut allergy', 'EpiPen at office', 'glasses', '', '', 'IEP', 'shared custody', 'asthma']
    for i in range(g.r.randint(4, 5)):
        kid = g.person(age=(6, 16))
        par = g.parent(kid, same_surname=0.55)
        d.add(g.digits(7), ' | ', g.nm(kid, g.ch(['Sg', 'SG'])), ' | ', g.dob(kid, g.ch([1, 2] if fr else [2, 3])), ' | ',
              g.nm(par, g.ch(['GS', 'FS', 'IS'])), ' | ', g.ph(0.15), ' | ', g.ch(notes_fr if fr else notes_en), '\n')
    d.add('\n', g.content('school', g.r.randint(1, 2)), '\n')
    if g.p(0.6):
        d.add(L(g, 'Mot de la direction : ', 'From the principal: '), g.word_sentence() or '', '\n')
    return d


def f_donation(g):
    d = Doc()
    fr = g.fr
    org = g.org(0.5, ['Fondation {G}-{S}', 'Fondation du CHSLD {G}-{S}', 'Club des petits déjeuners de {S}'] if fr else
                ['{G} {S} Foundation', 'Friends of {S} Hall', '{S} Community Trust'])
    bn = g.digits(9) + ' RR0001'
    signer = g.person(age=(30, 75))
    for i in range(g.r.randint(2, 3)):
        p = g.person()
        if i:
            d.add('\n', '-' * 60, '\n\n')
        d.add(L(g, 'REÇU OFFICIEL AUX FINS DE L\'IMPÔT SUR LE REVENU', 'OFFICIAL RECEIPT FOR INCOME TAX PURPOSES'), '\n', org, '\n',
              L(g, 'No d\'enregistrement de l\'organisme de bienfaisance : ', 'Charitable registration number: '), X('FILENO', bn), '\n',
              L(g, 'No du reçu : ', 'Receipt no.: '), X('FILENO', '%d-%05d' % (g.today.year, g.r.randint(1, 40000))), '\n',
              L(g, 'Date de réception du don : ', 'Date donation received: '), g.date(g.day(300)), '\n',
              L(g, 'Lieu de délivrance : ', 'Location issued: '), g.place('city'), '\n\n',
              L(g, 'Donateur : ', 'Donor: '), g.nm(p, g.ch(['GS', 'GS', 'UP'])), '\n', L(g, 'Adresse : ', 'Address: '),
              g.address(), '\n')
        if g.p(0.5):
            d.add(L(g, 'Courriel : ', 'E-mail: '), g.email(p), '\n')
        d.add('\n')
        amt = g.amount_str(20, 2500)
        d.add(L(g, 'Montant du don : ', 'Amount of gift: '), X('AMOUNT', amt), '\n', L(g, 'Valeur de l\'avantage : ', 'Value of advantage: '),
              X('AMOUNT', L(g, '0,00 $', '$0.00')), '\n', L(g, 'Montant admissible du don : ', 'Eligible amount of gift: '), X('AMOUNT', amt), '\n\n')
        if g.p(0.4):
            d.add(L(g, 'Paiement : carte ', 'Payment: card '), g.masked_card(), '\n')
        d.add(L(g, 'Signature autorisée : ', 'Authorized signature: '), g.nm(signer, 'GS'), L(g, ', trésorière' if signer.f else ', trésorier', ', Treasurer'), '\n')
        d.add(L(g, 'Agence du revenu du Canada : ', 'Canada Revenue Agency: '), 'canada.ca/', L(g, 'organismes-bienfaisance', 'charities-giving'), '\n')
    ws = g.word_sentence() if g.p(0.6) else None
    if ws:
        d.add('\n', ws, '\n')
    d.add('\n', L(g, 'Merci de votre générosité! Notre prochaine campagne débutera en ', 'Thank you for your generosity! Our next campaign starts in '),
          g.month(), '. ', g.content('donation', 1), '\n')
    return d


def f_vaccination(g):
    d = Doc()
    fr = g.fr
    kid = g.person(age=(1, 17)) if g.p(0.7) else g.person()
    par = g.parent(kid)
    d.add(L(g, 'CARNET DE VACCINATION — Registre de vaccination du Québec', 'IMMUNIZATION RECORD'), '\n\n')
    d.add(L(g, 'Nom : ', 'Name: '), g.nm(kid, g.ch(['Sg', 'GS', 'SG'])), '\n', L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(kid), '\n')
    d.add(L(g, 'No d\'assurance maladie : ', 'Health insurance no.: '), g.ramq(kid), '\n')
    d.add(L(g, 'Parent / répondant : ', 'Parent / guardian: '), g.nm(par, 'GS'), ' — ', g.ph(0), '\n')
    d.add(L(g, 'Adresse : ', 'Address: '), g.address(), '\n\n')
    d.add(L(g, 'Date       | Vaccin | Lot | Site | Vaccinateur | Lieu', 'Date       | Vaccine | Lot | Site | Immunizer | Location'), '\n')
    vac = ['DCaT-VPI-Hib', 'Pneu-C-15', 'RRO-Var', 'Men-C-C', 'HA-HB', 'VPH-9', 'Influenza', 'COVID-19 XBB', 'dcaT', 'Zona-VZ']
    lieux = [g.org_str(0.3, theme='health') for _ in range(2)]
    for dt in sorted(g.day(2500) for _ in range(g.r.randint(3, 5))):
        nurse = g.person(age=(24, 62))
        d.add(g.date(dt, 1), ' | ', g.ch(vac), ' | ', X('FILENO', g.ch('ABCDEFHKLMNRSTUW') + g.digits(4) + g.ch('ABCXY')), ' | ',
              g.ch([L(g, 'deltoïde G', 'L deltoid'), L(g, 'deltoïde D', 'R deltoid'), L(g, 'cuisse G', 'L thigh')]), ' | ',
              g.nm(nurse, g.ch(['IS', 'GS', 'FS'])), L(g, ', inf.', ', RN'), ' | ', X('ORG', g.ch(lieux)), '\n')
    d.add('\n', L(g, 'Prochain rendez-vous : ', 'Next appointment: '), g.date(g.day(0, 200)), L(g, ' à ', ' at '), g.time(g.r.randint(8, 16)), '\n')
    d.add(g.content('vaccine', g.r.randint(1, 2)), '\n', L(g, 'Info-Santé : 811', 'Health line: 811'), '\n')
    if g.p(0.5):
        d.add(L(g, 'Note au verso : ', 'Note on back: '), g.word_sentence() or '', '\n')
    return d


def f_lab(g):
    d = Doc()
    fr = g.fr
    pt = g.person()
    doc = g.person(age=(30, 70))
    tech = g.person(age=(22, 60))
    nurse = g.person(age=(22, 60))
    lab = g.org_str(0.1, theme='health')
    d.add(X('ORG', lab), '\n', L(g, 'Laboratoire de biologie médicale — RAPPORT FINAL', 'Clinical laboratory — FINAL REPORT'), '\n\n')
    d.add(L(g, 'Patient : ', 'Patient: '), g.nm(pt, 'SG'), L(g, '    Sexe : ', '    Sex: '), 'F' if pt.f else 'M', '\n',
          L(g, 'DDN : ', 'DOB: '), g.dob(pt, 2 if fr else 3), L(g, '    NAM : ', '    HIN: '), g.ramq(pt), '\n',
          L(g, 'No dossier : ', 'MRN: '), g.digits(7), L(g, '    Requête : ', '    Req.: '), X('FILENO', g.ch('ABCLM') + g.digits(8)), '\n',
          L(g, 'Adresse : ', 'Address: '), g.address(), L(g, '    Tél. : ', '    Tel.: '), g.ph(0), '\n',
          L(g, 'Prescripteur : ', 'Ordering physician: '), g.dr(doc), g.nm(doc, g.ch(['GS', 'IS'])), L(g, ' (permis ', ' (licence '),
          g.digits(1) + '-' + g.digits(5), ')\n')
    t = g.day(15)
    h0 = g.r.randint(6, 16)
    d.add(L(g, 'Prélevé le : ', 'Collected: '), g.date(t, 1), ' ', g.time(h0), L(g, '    Reçu le : ', '    Received: '), g.date(t, 1), ' ',
          g.time(h0 + 1), '\n\n')
    d.add(L(g, 'Analyse                 Résultat   Unités     Valeurs de référence', 'Test                    Result     Units      Reference range'), '\n')
    tests = [('Hémoglobine', 'Hemoglobin', 'g/L', 120, 160), ('Leucocytes', 'WBC', '10*9/L', 4.0, 11.0),
             ('Plaquettes', 'Platelets', '10*9/L', 150, 400), ('Sodium', 'Sodium', 'mmol/L', 135, 145),
             ('Potassium', 'Potassium', 'mmol/L', 3.5, 5.0), ('Créatinine', 'Creatinine', 'µmol/L', 50, 110),
             ('Glucose à jeun', 'Fasting glucose', 'mmol/L', 3.6, 6.0), ('HbA1c', 'HbA1c', '%', 4.0, 6.0),
             ('TSH', 'TSH', 'mUI/L', 0.35, 5.0), ('Ferritine', 'Ferritin', 'µg/L', 20, 300)]
    for f_, e_, u, lo, hi in g.r.sample(tests, g.r.randint(4, 6)):
        v = round(g.r.uniform(lo * 0.7, hi * 1.25), 1)
        flag = ' H' if v > hi else ' L' if v < lo else '  '
        name = f_ if fr else e_
        d.add(name.ljust(24), (str(v) + flag).ljust(11), u.ljust(11), '%s - %s' % (lo, hi), '\n')
    d.add('\n', L(g, 'Commentaire : ', 'Comment: '), g.content('health', 1), '\n')
    if g.p(0.75):
        d.add(L(g, 'Résultat critique communiqué à ', 'Critical result called to '), g.nm(nurse, g.ch(['GS', 'IS'])),
              L(g, ', inf., par ', ', RN, by '), g.nm(tech, g.ch(['IS', 'GI', 'GS'])), L(g, ' le ', ' on '), g.date(t, 1), ' ', g.time(h0 + 3),
              L(g, ' au ', ' at '), g.ph(0.6), '.\n')
    d.add(L(g, 'Validé par : ', 'Validated by: '), g.nm(tech, 'GS'), L(g, ', T.M.', ', MLT'), '\n')
    if g.p(0.5):
        cc = g.person(age=(30, 70))
        d.add(L(g, 'Copie conforme : ', 'Copy to: '), g.dr(cc), g.nm(cc, 'GS'), ', ', g.org(0.5, theme='health'), '\n')
    return d


def f_sbar(g):
    d = Doc()
    fr = g.fr
    pt = g.person(age=(55, 96))
    n1, n2 = g.person(age=(22, 60)), g.person(age=(22, 60))
    doc = g.person(age=(30, 70))
    fam = g.child(pt)
    room = str(g.r.randint(100, 699))
    d.add(L(g, 'TRANSMISSION INTERSERVICE — SBAR', 'SBAR HANDOFF'), '\n', L(g, 'Unité ', 'Unit '), g.ch(['4 Nord', '2 Sud', 'SIC', 'Méd. 3', '6 West']),
          L(g, ' — chambre ', ' — room '), room, ' — ', g.date(g.day(2), 0), ' ', g.time(g.ch([7, 15, 19, 23]), 0 if g.p(0.6) else 15), '\n')
    d.add(L(g, 'De : ', 'From: '), g.nm(n1, g.ch(['GS', 'FS'])), L(g, ', inf. clinicienne' if n1.f else ', inf. clinicien', ', RN'),
          L(g, '   À : ', '   To: '), g.nm(n2, g.ch(['GS', 'FS', 'F'])), '\n\n')
    age = (g.today - pt.dob).days // 365
    d.add('S — ', L(g, 'Situation : ', 'Situation: '), g.title(pt), g.nm(pt, g.ch(['GS', 'FS'])), ', ', str(age), L(g, ' ans (né' if not pt.f else ' ans (née', ' y/o (DOB '),
          L(g, ' le ', ''), g.dob(pt, 0), L(g, '), NAM ', '), HIN '), g.ramq(pt), L(g, ', admis' if not pt.f else ', admise', ', admitted'),
          L(g, ' pour ', ' for '), g.ch([L(g, 'pneumonie', 'pneumonia'), L(g, 'chute à domicile', 'fall at home'), L(g, 'insuffisance cardiaque', 'heart failure'),
                                      L(g, 'cellulite du membre inférieur', 'lower-leg cellulitis')]), '. ', g.content('health', 1), '\n')
    d.add('B — ', L(g, 'Contexte : ', 'Background: '), L(g, 'Vit seul' if not pt.f else 'Vit seule', 'Lives alone'), L(g, ' au ', ' at '),
          g.address(pc=g.p(0.5), prov=False), '. ', L(g, 'Médecin traitant : ', 'Family physician: '), g.dr(doc), g.nm(doc, g.ch(['GS', 'S'])),
          '. ', L(g, 'Pharmacie : ', 'Pharmacy: '), g.org(1.0, ['Pharmacie {S}', 'Pharmacie {S} et {S2}'] if fr else ['{S} Pharmacy']), ', ', g.ph(0), '.\n')
    d.add('A — ', L(g, 'Évaluation : ', 'Assessment: '), g.content('health', g.r.randint(1, 2)), '\n')
    if g.p(0.4):
        d.add(L(g, 'Divers : ', 'Misc.: '), g.word_sentence() or '', '\n')
    d.add('R — ', L(g, 'Recommandation : ', 'Recommendation: '), g.content('health', 1), ' ',
          L(g, 'Appeler ', 'Call '), L(g, 'sa fille ' if fam.f else 'son fils ', 'daughter ' if fam.f else 'son '), g.nm(fam, g.ch(['GS', 'FS', 'F'])),
          L(g, ' au ', ' at '), g.ph(0.2), L(g, ' avant ', ' before '), g.time(), L(g, ' (personne à joindre).', ' (next of kin).'), '\n')
    if g.p(0.6):
        d.add(L(g, 'Courriel de la famille : ', 'Family e-mail: '), g.email(fam), '\n')
    oc = g.person(age=(28, 68))
    d.add(L(g, 'Médecin de garde avisé : ', 'On-call physician notified: '), g.dr(oc), g.nm(oc, g.ch(['GS', 'S', 'IS'])), L(g, ' à ', ' at '), g.time(), '\n')
    return d


def f_landreg(g):
    d = Doc()
    if g.fr:
        d.add('REGISTRE FONCIER DU QUÉBEC — Index des immeubles\n', 'Circonscription foncière : ', g.place('city'), '\n',
              'Cadastre : Cadastre du Québec    Lot : ', g.fileno('lot'), '\n', 'Date d\'établissement : ', g.date(date(1999 + g.r.randrange(8), 1 + g.r.randrange(12), 15), 1),
              '\n', 'Adresse de l\'immeuble : ', g.address(pc=g.p(0.6)), '\n\n')
        d.add('Date de présentation | No d\'inscription | Nature de l\'acte | Parties | Radiations\n')
        y = g.r.randint(2000, 2008)
        owners = [g.person()]
        for i in range(g.r.randint(3, 4)):
            y += g.r.randint(1, 5)
            dt = date(min(y, g.today.year), 1 + g.r.randrange(12), 1 + g.r.randrange(28))
            nature = g.ch(['Vente', 'Hypothèque', 'Vente', 'Déclaration de transmission', 'Quittance', 'Servitude'])
            d.add(g.date(dt, 1), ' ', g.time(g.r.randint(8, 15), style=2), ' | ', X('FILENO', '%d %03d %03d' % (g.r.randint(10, 28), g.r.randrange(1000), g.r.randrange(1000))),
                  ' | ', nature, ' | ')
            if nature in ('Vente', 'Déclaration de transmission'):
                newo = g.person()
                d.add(g.nm(owners[-1], 'SGU'), ' (vendeur); ', g.nm(newo, 'SGU'))
                if g.p(0.4):
                    co = g.person()
                    d.add(' et ', g.nm(co, 'SGU'))
                d.add(' (acquéreur)')
                owners.append(newo)
            elif nature == 'Hypothèque':
                d.add(g.org(0.0, theme='bank'), ' (créancier); ', g.nm(owners[-1], 'SGU'), ' (débiteur) — ', g.amount(50000, 450000, False))
            else:
                d.add(g.nm(owners[-1], 'SGU'))
            d.add(' | ', g.ch(['', '', 'voir ' + '%d %03d %03d' % (g.r.randint(10, 28), g.r.randrange(1000), g.r.randrange(1000))]), '\n')
        n = g.person(age=(30, 70))
        d.add('\nActe reçu devant Me ', g.nm(n, 'GS'), ', notaire, minute ', g.digits(5), '.\n', g.content('land', 1), '\n')
        d.add('Référence : ', g.law('land'), '\n')
        return d
    d.add('LAND REGISTRY OFFICE #', str(g.r.randint(1, 80)), '    PARCEL REGISTER (ABBREVIATED) FOR PROPERTY IDENTIFIER ',
          X('FILENO', g.digits(5) + '-' + g.digits(4) + ' (LT)'), '\nPAGE 1 OF 2    PREPARED FOR ', g.nm(g.person(), 'UP'), ' ON ',
          g.date(g.day(5), 1), ' AT ', g.time(g.r.randint(8, 17), style=1), '\n\nPROPERTY DESCRIPTION: LT ', str(g.r.randint(1, 99)), ' PL ', g.digits(4),
          '; ', g.place('city'), '\nADDRESS: ', g.address(pc=g.p(0.5), upper=True), '\n\n')
    d.add('REG. NUM.  | DATE       | INSTRUMENT TYPE | AMOUNT | PARTIES FROM | PARTIES TO\n')
    owners = [g.person()]
    y = g.r.randint(1998, 2008)
    for i in range(g.r.randint(3, 4)):
        y += g.r.randint(1, 5)
        dt = date(min(y, g.today.year), 1 + g.r.randrange(12), 1 + g.r.randrange(28))
        kind = g.ch(['TRANSFER', 'CHARGE', 'TRANSFER', 'DISCH OF CHARGE', 'NOTICE'])
        d.add(X('FILENO', g.ch(['OC', 'LT', 'GR', 'YR']) + g.digits(6)), ' | ', g.date(dt, 1), ' | ', kind, ' | ')
        if kind == 'TRANSFER':
            newo = g.person()
            d.add(g.amount(90000, 750000, False), ' | ', g.nm(owners[-1], 'SGU'), ' | ', g.nm(newo, 'SGU'))
            owners.append(newo)
        elif kind == 'CHARGE':
            d.add(g.amount(50000, 500000, False), ' | ', g.nm(owners[-1], 'SGU'), ' | ', g.org(0.0, theme='bank'))
        else:
            d.add(' | ', g.org(0.0, theme='bank'), ' | ', g.nm(owners[-1], 'SGU'))
        d.add('\n')
    d.add('\nNOTE: ', g.content('land', 1), '\n', g.law('land'), '\n')
    return d


def f_will(g):
    d = Doc()
    fr = g.fr
    t = g.person(age=(55, 92))
    kids = [g.child(t) for _ in range(g.r.randint(2, 3))]
    liq, alt = g.child(t, same_surname=0.5), g.person()
    notary = g.person(age=(30, 70))
    if fr:
        d.add('TESTAMENT NOTARIÉ\n\nL\'AN ', str(g.today.year), ', le ', g.date(g.day(60), 0), '.\n\nDEVANT Me ', g.nm(notary, 'GS'),
              ', notaire à ', g.place('city'), ', province de Québec.\n\nCOMPARAÎT : ', g.nm(t, 'GS'), ', ', 'retraitée' if t.f else 'retraité',
              ', né' if not t.f else ', née', ' le ', g.dob(t, 0), ', domicilié' if not t.f else ', domiciliée', ' au ', g.address(), '.\n\n')
        d.add('ARTICLE 1 — RÉVOCATION\n', g.content('will', 1), '\n\n')
        d.add('ARTICLE 2 — LEGS\nJe lègue à mes enfants, ')
        for i, k in enumerate(kids):
            d.add(' et ' if i == len(kids) - 1 else ', ' if i else '', g.nm(k, 'G'))
        d.add(', l\'universalité de mes biens. ', g.content('will', 1), '\n')
        gk = g.child(kids[0])
        d.add('Je lègue à mon petit-fils ' if not gk.f else 'Je lègue à ma petite-fille ', g.nm(gk, 'GS'), ' la somme de ', g.amount(1000, 25000, False),
              ', et à ', g.org(0.8, ['Fondation {G}-{S}', 'CHSLD {G}-{S}', 'Fabrique de la paroisse de {S}']), ' la somme de ', g.amount(500, 10000, False), '.\n\n')
        d.add('ARTICLE 3 — LIQUIDATEUR\nJe nomme ', g.nm(liq, 'GS'), ', domicilié' if not liq.f else ', domiciliée', ' au ', g.address(pc=g.p(0.5)),
              ', liquidateur de ma succession; à défaut, ', g.nm(alt, 'GS'), '.\n\n')
        d.add('ARTICLE 4 — ', g.ch(['SÉPULTURE', 'DISPOSITIONS FUNÉRAIRES']), '\n', g.content('will', 1), '\n\n')
        d.add('DONT ACTE à ', g.place('city'), ', sous le numéro ', g.digits(5), ' des minutes du notaire soussigné.\n\nLECTURE FAITE, ',
              'la testatrice' if t.f else 'le testateur', ' signe avec le notaire.\n\n',
              '(s) ', g.nm(t, 'GS'), '\n(s) Me ', g.nm(notary, 'GS'), ', notaire\n')
        return d
    w1, w2 = g.person(), g.person()
    d.add('LAST WILL AND TESTAMENT\n\nTHIS IS THE LAST WILL of me, ', g.nm(t, 'UP'), ', born ', g.dob(t, 0), ', of ', g.address(), '.\n\n')
    d.add('1. REVOCATION. ', g.content('will', 1), '\n\n2. EXECUTOR. I appoint my ', 'daughter ' if liq.f else 'son ', g.nm(liq, 'GS'),
          ' to be the Estate Trustee of this Will; if unable or unwilling to act, I appoint ', g.nm(alt, 'GS'), ' of ', g.address(pc=False), '.\n\n')
    d.add('3. GIFTS. I give to my children, ')
    for i, k in enumerate(kids):
        d.add(' and ' if i == len(kids) - 1 else ', ' if i else '', g.nm(k, 'G'))
    d.add(', in equal shares, the residue of my estate. I give the sum of ', g.amount(500, 20000, False), ' to ',
          g.org(0.8, ['{G} {S} Foundation', 'Friends of {S} Hall', '{S} Hospice']), '. ', g.content('will', 1), '\n\n')
    d.add('IN WITNESS WHEREOF I have signed this Will at ', g.place('city'), ' on ', g.date(g.day(60), 0), '.\n\n',
          'SIGNED by the Testator in our presence:\n', 'Witness: ', g.nm(w1, 'GS'), ', ', g.address(pc=g.p(0.4)), '\n',
          'Witness: ', g.nm(w2, 'GS'), ', ', g.address(pc=g.p(0.4)), '\n', 'Prepared under the ', g.law('will'), '\n')
    return d


def f_fire(g):
    d = Doc()
    fr = g.fr
    caller, owner = g.person(), g.person()
    lt = g.person(age=(28, 60))
    occ = [g.kin(owner, same_surname=0.5) for _ in range(g.r.randint(1, 2))]
    h = g.r.randrange(24)
    m0 = g.r.randrange(40)
    t0 = g.day(15)
    d.add(L(g, 'SERVICE DE SÉCURITÉ INCENDIE DE ', 'FIRE DEPARTMENT — '), g.place('city'), '\n',
          L(g, 'RAPPORT D\'INTERVENTION No ', 'INCIDENT REPORT No. '), g.fileno(), '\n\n')
    d.add(L(g, 'Appel reçu : ', 'Call received: '), g.date(t0, 1), ' ', g.time(h, m0, 2), L(g, '   Arrivée : ', '   On scene: '),
          g.time(h, m0 + g.r.randint(4, 19), 2), L(g, '   Sous contrôle : ', '   Under control: '), g.time((h + 1) % 24, None, 2), '\n')
    d.add(L(g, 'Lieu : ', 'Location: '), g.address(pc=g.p(0.6)), '\n', L(g, 'Nature : ', 'Type: '),
          g.ch([L(g, 'feu de cuisson', 'cooking fire'), L(g, 'alarme non fondée', 'false alarm'), L(g, 'feu de cheminée', 'chimney fire'),
                L(g, 'odeur de gaz', 'gas odour'), L(g, 'feu de véhicule', 'vehicle fire')]), '\n\n')
    d.add(L(g, 'Appelant : ', 'Caller: '), g.nm(caller, 'GS'), ', ', g.ph(0), '\n')
    d.add(L(g, 'Propriétaire : ', 'Owner: '), g.nm(owner, g.ch(['GS', 'SG'])), ', ', L(g, 'adresse postale ', 'mailing address '), g.address(), ', ', g.ph(0), '\n')
    d.add(L(g, 'Occupants : ', 'Occupants: '))
    for i, o in enumerate(occ):
        d.add('; ' if i else '', g.nm(o, 'GS'), L(g, ' (né' if not o.f else ' (née', ' (born'), L(g, ' le ', ' '), g.dob(o), ')')
    d.add('\n', L(g, 'Véhicule sur les lieux : ', 'Vehicle on site: '), g.plate(), '\n\n', L(g, 'Description : ', 'Narrative: '),
          g.content('fire', g.r.randint(2, 3)), '\n\n')
    d.add(L(g, 'Pertes estimées : ', 'Estimated loss: '), g.amount(500, 90000, False), L(g, ' — Assureur : ', ' — Insurer: '), g.org(0.0, theme='insurer'),
          L(g, ', police no ', ', policy no. '), g.fileno('gen'), '\n')
    d.add(L(g, 'Officier responsable : lieutenant' if not lt.f else 'Officière responsable : lieutenante', 'Officer in charge: Lt.'), ' ',
          g.nm(lt, g.ch(['GS', 'IS'])), L(g, ', matricule ', ', badge '), g.digits(3), '\n', g.law('fire'), '\n')
    return d


def f_rental(g):
    d = Doc()
    fr = g.fr
    p = g.person(age=(21, 80))
    p2 = g.kin(p, same_surname=0.4, age=(21, 75))
    agent = g.person(age=(19, 60))
    t0 = g.day(30)
    d.add(g.org(0.3, ['Location {S}', 'Autos {S} inc.'] if fr else ['{S} Car Rental', '{S} Rent-a-Car']), '\n',
          L(g, 'CONTRAT DE LOCATION No ', 'RENTAL AGREEMENT No. '), X('FILENO', 'RA-' + g.digits(7)), '\n\n')
    d.add(L(g, 'Locataire : ', 'Renter: '), g.nm(p, g.ch(['SG', 'Sg', 'GS'])), '\n', L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(p), '\n',
          L(g, 'Permis de conduire : ', 'Driver\'s licence: '), g.licence(p), L(g, ' — exp. ', ' — exp. '), g.date(g.day(-200, 1500), 1), '\n',
          L(g, 'Adresse : ', 'Address: '), g.address() if g.p(0.85) else g.foreign_address(), '\n', L(g, 'Tél. : ', 'Phone: '), g.ph(0, origin=p.origin, foreign=0.2),
          '   ', L(g, 'Courriel : ', 'E-mail: '), g.email(p), '\n\n')
    if g.p(0.7):
        d.add(L(g, 'Conducteur additionnel : ', 'Additional driver: '), g.nm(p2, 'GS'), L(g, ', permis ', ', licence '), g.licence(p2), '\n\n')
    d.add(L(g, 'Véhicule : ', 'Vehicle: '), g.ch(['Toyota Corolla', 'Hyundai Elantra', 'Kia Soul', 'Ford Escape', 'Nissan Rogue', 'Chevrolet Equinox']),
          ' ', str(g.today.year - g.r.randint(0, 3)), L(g, ', plaque ', ', plate '), g.plate(), L(g, ', km au départ : ', ', odometer out: '),
          str(g.r.randint(3000, 90000)), '\n', L(g, 'Départ : ', 'Pickup: '), g.date(t0, 1), ' ', g.time(), L(g, ' — Retour prévu : ', ' — Return due: '),
          g.date(t0 + timedelta(days=g.r.randint(1, 14)), 1), ' ', g.time(), '\n')
    d.add(L(g, 'Paiement : ', 'Payment: '), g.card(), L(g, ' exp. ', ' exp. '), '%02d/%02d' % (g.r.randint(1, 12), (g.today.year + g.r.randint(1, 4)) % 100),
          L(g, '   Dépôt : ', '   Deposit: '), g.amount(100, 500, False), '\n\n', g.content('transport', g.r.randint(2, 3)), '\n\n')
    if g.p(0.5):
        d.add(L(g, 'Note de l\'agent : ', 'Agent note: '), g.word_sentence() or '', '\n\n')
    d.add(L(g, 'Agent : ', 'Agent: '), g.nm(agent, g.ch(['F', 'FS', 'GI'])), L(g, '   Assistance routière : ', '   Roadside assistance: '), g.tollfree(), '\n')
    return d


def f_security(g):
    d = Doc()
    fr = g.fr
    guard = g.person(age=(20, 65))
    site = g.org_str(0.4)
    d.add(L(g, 'JOURNAL DE POSTE — ', 'DAILY OCCURRENCE LOG — '), g.org(0.0, theme='security'), '\n',
          L(g, 'Site : ', 'Site: '), X('ORG', site), ', ', g.street_dec(), '\n', L(g, 'Agent : ', 'Officer: '), g.nm(guard, 'GS'),
          L(g, ' (permis BSP ', ' (licence '), g.digits(6), L(g, ')   Quart : ', ')   Shift: '), g.time(23, 0, 2), ' – ', g.time(7, 0, 2),
          '   ', g.date(g.day(20), 1), '\n\n')
    h = 23
    events = ['start', 'plate', 'visitor', 'content', 'call', 'plate', 'content', 'word', 'contractor', 'end']
    g.r.shuffle(events)
    events = ['start'] + [e for e in events if e not in ('start', 'end')] + ['end']
    for e in events:
        h = (h + g.r.randint(0, 1)) % 24
        d.add(g.time(h, None, 2), ' ')
        if e == 'start':
            d.add(L(g, 'Prise de poste. ', 'Shift start. '), g.content('guard', 1))
        elif e == 'plate':
            o = g.person()
            d.add(L(g, 'Véhicule ', 'Vehicle '), g.plate(), L(g, ' stationné dans l\'aire de livraison; propriétaire joint : ', ' parked in the loading zone; owner reached: '),
                  g.nm(o, g.ch(['GS', 'FS'])), ', ', g.ph(0), '.')
        elif e == 'visitor':
            v = g.person()
            d.add(L(g, 'Visiteur : ', 'Visitor: '), g.nm(v, 'GS'), L(g, ', pièce d\'identité : permis ', ', ID shown: licence '), g.licence(v),
                  L(g, ', pour l\'unité ', ', for unit '), str(g.r.randint(101, 1208)), '.')
        elif e == 'call':
            c = g.person()
            d.add(L(g, 'Appel de ', 'Call from '), g.title(c, 0.6), g.nm(c, g.ch(['S', 'GS', 'FS'])), L(g, ' (résidente, ' if c.f else ' (résident, ', ' (resident, '),
                  g.address(pc=False, prov=False, city=g.city(1.0))[0], L(g, ') : ', '): '), g.content('guard', 1))
        elif e == 'contractor':
            c = g.person()
            d.add(L(g, 'Entrepreneur ', 'Contractor '), g.org(0.6, ['Plomberie {S}', 'Électricité {S} inc.'] if fr else ['{S} Plumbing', '{S} Electric']),
                  ' — ', g.nm(c, 'GS'), ', ', g.ph(0), L(g, ', clé remise.', ', key issued.'))
        elif e == 'word':
            ws = g.word_sentence()
            d.add(ws if ws else g.content('guard', 1))
        elif e == 'content':
            d.add(g.content('guard', 1))
        else:
            r = g.person(age=(20, 65))
            d.add(L(g, 'Fin de quart. Relève : ', 'End of shift. Relieved by: '), g.nm(r, g.ch(['GS', 'FS', 'IS'])), '.')
        d.add('\n')
    return d


def f_parking(g):
    d = Doc()
    fr = g.fr
    p = g.person()
    co = g.kin(p, same_surname=0.5)
    clerk = g.person(age=(22, 64))
    d.add(L(g, 'DEMANDE DE VIGNETTE DE STATIONNEMENT RÉSIDENTIEL', 'RESIDENTIAL PARKING PERMIT APPLICATION'), '\n',
          L(g, 'Secteur ', 'Zone '), str(g.r.randint(1, 40)), L(g, ' — Demande no ', ' — Application no. '), g.fileno(), '\n\n')
    d.add(L(g, 'Nom : ', 'Last name: '), g.nm(p, 'S'), '\n', L(g, 'Prénom : ', 'First name: '), g.nm(p, 'G'), '\n')
    city = g.city(1.0)
    a, _, pc = g.addr_parts(city=city)
    d.add(L(g, 'Adresse : ', 'Address: '), P('ADDRESS', a), ', ', CITY(city[0]), '\n', L(g, 'Code postal : ', 'Postal code: '), P('POSTAL_CODE', pc), '\n',
          L(g, 'Téléphone : ', 'Telephone: '), g.ph(0, city), '\n', L(g, 'Courriel : ', 'E-mail: '), g.email(p), '\n\n')
    cars = ['Honda Civic', 'Toyota RAV4', 'Mazda 3', 'Subaru Forester', 'Volkswagen Golf', 'Kia Niro']
    d.add(L(g, 'Véhicule 1 : ', 'Vehicle 1: '), g.ch(cars), L(g, ', plaque ', ', plate '), g.plate('QC'), L(g, ', immatriculé au nom de ', ', registered to '),
          g.nm(p, 'FS'), '\n')
    if g.p(0.6):
        d.add(L(g, 'Véhicule 2 : ', 'Vehicle 2: '), g.ch(cars), L(g, ', plaque ', ', plate '), g.plate(), L(g, ', immatriculé au nom de ', ', registered to '),
              g.nm(co, 'GS'), '\n')
    d.add('\n', L(g, 'Pièces jointes : permis de conduire (', 'Attached: driver\'s licence ('), g.licence(p, 'QC'),
          L(g, '), preuve de résidence (facture du ', '), proof of residence (bill dated '), g.date(g.day(60), 0), ')\n')
    if g.p(0.5):
        d.add(L(g, 'Paiement en ligne — carte : ', 'Paid online — card: '), g.card(), L(g, ', exp. ', ', exp. '),
              '%02d/%02d' % (g.r.randint(1, 12), (g.today.year + g.r.randint(1, 4)) % 100), '\n')
    d.add(L(g, 'Frais : ', 'Fee: '), g.amount(40, 180), '   ', g.law('transport'), '\n\n', g.content('parking', g.r.randint(1, 2)), '\n\n')
    d.add(L(g, 'Réservé à l\'administration — traité par ', 'Office use — processed by '), g.nm(clerk, g.ch(['IS', 'GS', 'GI'])), L(g, ' le ', ' on '),
          g.date(g.day(10), 1), L(g, ', vignette no ', ', permit no. '), X('FILENO', g.ch('ABCRS') + g.digits(5)), '\n')
    return d


def f_collection(g):
    d = Doc()
    fr = g.fr
    p = g.person()
    co = g.kin(p, same_surname=0.5)
    agent = g.person(age=(22, 60))
    agency = g.org_str(0.3, ['Recouvrement {S} inc.', 'Agence {S} et associés'] if fr else ['{S} Collections Ltd.', '{S} Recovery Services'])
    creditor = g.org_str(0.0, theme='creditor')
    d.add(X('ORG', agency), '\n', L(g, 'Agence de recouvrement — permis de l\'Office de la protection du consommateur no ', 'Collection agency — registration no. '),
          X('FILENO', g.digits(6)), '\n\n', g.date(g.day(3), 0), '\n\n', L(g, 'PERSONNEL ET CONFIDENTIEL', 'PERSONAL AND CONFIDENTIAL'), '\n',
          g.nm(p, g.ch(['GS', 'UP'])), '\n')
    a, c, pc = g.addr_parts()
    d.add(P('ADDRESS', a), '\n', CITY(c[0]), L(g, ' (Québec)  ', ' QC  '), P('POSTAL_CODE', pc), '\n\n')
    d.add(L(g, 'Objet : Votre compte chez ', 'Re: Your account with '), X('ORG', creditor), L(g, ' — référence ', ' — reference '), g.fileno(), '\n',
          L(g, 'Solde dû : ', 'Balance owing: '), g.amount(150, 9000), '\n\n')
    d.add(L(g, 'Madame,' if p.f else 'Monsieur,', 'Dear ' + ('Ms. ' if p.f else 'Mr. ')), '' if fr else g.nm(p, 'S'), '' if fr else ',', '\n\n')
    d.add(L(g, 'Votre dossier nous a été confié le ', 'Your file was assigned to us on '), g.date(g.day(90), 0), '. ', g.content('collection', 2), '\n\n')
    d.add(L(g, 'Pour vérifier votre identité, nos dossiers indiquent : date de naissance ', 'For verification, our records show: date of birth '),
          g.dob(p), L(g, ', NAS se terminant par ', ', SIN ending in '), '*** *** ' + g.digits(3), L(g, ', téléphone au dossier ', ', phone on file '),
          g.ph(0), L(g, ', courriel ', ', e-mail '), g.email(p), '.\n')
    if g.p(0.6):
        d.add(L(g, 'Codébiteur : ', 'Co-signer: '), g.nm(co, 'GS'), L(g, ', né' if not co.f else ', née', ', born'), L(g, ' le ', ' '), g.dob(co),
              ', ', g.address(pc=g.p(0.5)), '.\n')
    if g.p(0.4):
        d.add(L(g, 'P.-S. ', 'P.S. '), g.word_sentence() or '', '\n')
    if g.p(0.35):
        d.add(L(g, 'Votre dernier paiement a été refusé sur la carte ', 'Your last payment was declined on card '), g.card(), '.\n')
    d.add('\n', L(g, 'Paiement par carte au ', 'Pay by card at '), g.tollfree(), L(g, ' ou en ligne. ', ' or online. '), g.content('collection', 1), '\n')
    d.add(L(g, 'Votre agente : ' if agent.f else 'Votre agent : ', 'Your agent: '), g.nm(agent, g.ch(['GS', 'FS', 'GI'])), ', ', g.ph(0.9), ', ', g.work_email(agent, L(g, 'recouvrementboreal.ca', 'apexcollections.ca')), '\n',
          L(g, 'Cette lettre est transmise conformément à la ', 'This notice is sent under the '), g.law('collection'), '.\n')
    return d


def f_whatsapp(g):
    d = Doc()
    fr = g.fr
    members = [g.person() for _ in range(g.r.randint(3, 5))]
    group = g.ch([L(g, 'Parents 4e année', 'Grade 4 parents'), L(g, 'Comité du parc', 'Park committee'), L(g, 'Famille', 'Family'),
                  L(g, 'Covoiturage hockey', 'Hockey carpool'), L(g, 'Voisins du ', 'Neighbours ') + '🏡'])
    ios = g.p(0.5)
    t = g.day(60)
    h = g.r.randint(7, 20)
    m = g.r.randrange(50)

    sec = [0]

    def stamp():
        nonlocal h, m
        m += g.r.randint(1, 9)
        if m >= 60:
            m -= 60
            h = (h + 1) % 24
        sec[0] = g.r.randrange(60)
        if ios:
            if fr:
                return '[%02d/%02d/%d %02d:%02d:%02d] ' % (t.day, t.month, t.year, h, m, sec[0])
            return '[%d/%d/%02d, %d:%02d:%02d %s] ' % (t.month, t.day, t.year % 100, (h - 1) % 12 + 1, m, sec[0], 'AM' if h < 12 else 'PM')
        if fr:
            return '%02d/%02d/%d %02d:%02d - ' % (t.day, t.month, t.year, h, m)
        return '%d/%d/%02d, %d:%02d %s - ' % (t.month, t.day, t.year % 100, (h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')

    forms = {id(x): g.ch(['GS', 'FS', 'F', 'GS']) for x in members}
    d.add(stamp(), L(g, 'Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de cette discussion ne peut les lire ou les écouter.',
                     'Messages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.'), '\n')
    d.add(stamp(), g.nm(members[0], forms[id(members[0])]), L(g, ' a créé le groupe « ', ' created group "'), group, L(g, ' »', '"'), '\n')
    d.add(stamp(), g.nm(members[0], forms[id(members[0])]), L(g, ' vous a ajouté', ' added you'), '\n')
    newcomer = g.phone_str(style=5)
    d.add(stamp(), P('PHONE', newcomer), L(g, ' a rejoint via le lien d\'invitation', ' joined using this group\'s invite link'), '\n')
    kinds = ['content', 'content', 'address', 'phone', 'mention', 'media', 'content', 'lower', 'email', 'word', 'content']
    g.r.shuffle(kinds)
    for k in kinds:
        s = g.ch(members)
        d.add(stamp(), g.nm(s, forms[id(s)]), ': ')
        o = g.ch([x for x in members if x is not s])
        if k == 'content':
            d.add(g.content('chat', 1))
        elif k == 'address':
            if g.p(0.2):
                d.add(L(g, 'Mon adresse là-bas : ', 'My address over there: '), g.foreign_address())
            else:
                d.add(L(g, 'C\'est au ', 'It\'s at '), g.address(pc=g.p(0.4), prov=False), L(g, ', sonnez en arrière', ', ring at the back'))
        elif k == 'phone':
            d.add(L(g, 'Mon nouveau numéro : ', 'My new number: '), g.ph(0, origin=s.origin, foreign=0.4))
        elif k == 'mention':
            d.add('@', g.nm(o, forms[id(o)]), L(g, ' tu peux confirmer pour samedi?', ' can you confirm for Saturday?'))
        elif k == 'media':
            d.add(L(g, '<Médias omis>', '<Media omitted>'))
        elif k == 'lower':
            x = g.person()
            d.add(L(g, 'je pense que ', 'i think '), g.nm(x, 'LO'), L(g, ' peut nous prêter sa remorque', ' can lend us the trailer'))
        elif k == 'email':
            d.add(L(g, 'envoyez les formulaires à ', 'send the forms to '), g.email(o))
        elif k == 'word':
            ws = g.word_sentence()
            d.add(ws if ws else g.content('chat', 1))
        d.add('\n')
    if g.p(0.5):
        d.add(stamp(), g.nm(members[-1], forms[id(members[-1])]), L(g, ' a quitté', ' left'), '\n')
    return d


def f_slip(g):
    d = Doc()
    fr = g.fr
    emp = g.org_str(0.5, ['Garage {S} et fils', 'Déménagement {S}', 'Boulangerie {S}', 'Entrepôt {S}'] if fr else
                    ['{S} Auto Body', '{S} Property Management', '{S} Bus Lines'])
    yr = g.today.year - 1
    people = [g.person(age=(18, 70)) for _ in range(2)]
    for i, p in enumerate(people):
        if i:
            d.add('\n', '=' * 64, '\n\n')
        inc = g.r.randint(1200000, 9800000) / 100.0
        if fr:
            d.add('RELEVÉ 1 — REVENUS D\'EMPLOI ET REVENUS DIVERS    Année ', X('YEAR', str(yr)), '\n', 'Code du relevé : R    No du relevé : ',
                  X('FILENO', g.digits(9)), '\n\n', 'A- Revenus d\'emploi ........ ', X('AMOUNT', g.amount_str(12000, 98000)), '\n',
                  'B.A- Cotisation au RRQ ..... ', g.amount(600, 4000), '\n', 'C- Cotisation à l\'assurance emploi ... ', g.amount(150, 1000), '\n',
                  'E- Impôt du Québec retenu .. ', g.amount(800, 15000), '\n', 'H- Cotisation au RQAP ...... ', g.amount(60, 500), '\n\n')
            d.add('Numéro d\'assurance sociale du particulier : ', g.nas(), '\n', 'Nom de famille, prénom et adresse du particulier :\n',
                  g.nm(p, g.ch(['SUP', 'SGU', 'Sg'])), '\n')
            a, c, pc = g.addr_parts(upper=g.p(0.5))
            d.add(P('ADDRESS', a), '\n', CITY(c[0]), ' (Québec) ', P('POSTAL_CODE', pc), '\n\n', 'Nom de l\'employeur : ', X('ORG', emp), '\n',
                  'Numéro d\'identification : ', X('FILENO', g.digits(10) + 'RS0001'), '\n')
        else:
            d.add('T4 — STATEMENT OF REMUNERATION PAID    Year ', X('YEAR', str(yr)), '\n', 'Employer\'s name: ', X('ORG', emp), '\n',
                  'Employer\'s account number: ', X('FILENO', g.digits(9) + 'RP0001'), '\n\n', 'Box 14 Employment income ........ ',
                  g.amount(12000, 98000), '\n', 'Box 16 Employee\'s CPP contributions ... ', g.amount(600, 4000), '\n',
                  'Box 18 Employee\'s EI premiums ........ ', g.amount(150, 1000), '\n', 'Box 22 Income tax deducted .......... ',
                  g.amount(800, 15000), '\n\n', 'Box 12 Social insurance number: ', g.nas(), '\n', 'Employee\'s name and address:\n',
                  'Last name: ', g.nm(p, 'S'), '    First name: ', g.nm(p, 'G'), '\n', g.address(), '\n')
    payroll = g.person(age=(22, 64))
    d.add('\n', L(g, 'Questions : service de la paie, ', 'Questions: payroll, '), g.nm(payroll, 'GS'), ', ', g.ph(0.7), ', ', g.email(payroll), '\n',
          g.content('slip', 1), '\n')
    return d


def f_rq_audit(g):
    d = Doc()
    p = g.person(age=(25, 80))
    sp = g.person(origin=p.origin if g.p(0.6) else None, gender='m' if p.f else 'f', age=(25, 80))
    agent = g.person(age=(25, 62))
    yrs = [g.today.year - 2, g.today.year - 1]
    d.add('REVENU QUÉBEC — Notes au dossier (vérification des particuliers)\n', 'Dossier : ', g.fileno('ref'), '    Années visées : ',
          X('YEAR', str(yrs[0])), ' et ', X('YEAR', str(yrs[1])), '\n\n')
    d.add('Contribuable : ', g.nm(p, 'SG'), '    NAS : ', g.nas(), '    Date de naissance : ', g.dob(p, 2), '\n', 'Adresse : ', g.address(), '\n',
          'Conjoint : ', g.nm(sp, 'GS'), ' (NAS ', g.nas(), ')\n', 'Employeur déclaré : ', g.org(0.5), '\n\n')
    t = g.day(80)
    d.add(g.date(t, 1), ' ', g.time(g.r.randint(8, 16), style=1), ' — Appel sortant au contribuable (', g.ph(0), '). ', g.content('tax', 1), '\n')
    t += timedelta(days=g.r.randint(3, 15))
    d.add(g.date(t, 1), ' — Documents reçus par Mon dossier : relevés de ', g.org(0.0, theme='bank'), ' (', g.bank_group(), '), reçus de frais médicaux (',
          g.org(1.0, ['Clinique dentaire {S}', 'Pharmacie {S}', 'Clinique de physiothérapie {S}']), ').\n')
    if g.p(0.45):
        d.add('   Compte détenu à l\'étranger déclaré au formulaire T1135 : IBAN ', g.iban(), ', solde au 31 décembre : ', g.amount(2000, 90000), '.\n')
    t += timedelta(days=g.r.randint(3, 15))
    rep = g.person(age=(28, 70))
    d.add(g.date(t, 1), ' — Procuration au dossier : ', g.nm(rep, 'GS'), ', CPA, ', g.ph(0.6), ', ', g.email(rep), '. ', g.content('tax', 1), '\n')
    t += timedelta(days=g.r.randint(3, 15))
    d.add(g.date(t, 1), ' — Revenus de location non déclarés pour l\'immeuble du ', P('ADDRESS', g.addr_str()), ' (', CITY(g.city()[0]),
          '). Cotisation proposée : ', g.amount(800, 12000), ', en vertu de l\'', g.law('tax'), '.\n')
    d.add('\nAgente responsable : ' if agent.f else '\nAgent responsable : ', g.nm(agent, g.ch(['GS', 'IS'])), ', poste ', g.digits(4), '\n')
    return d


def f_rrq(g):
    d = Doc()
    dec = g.person(age=(60, 95))
    sp = g.person(origin=dec.origin, gender='m' if dec.f else 'f', age=(55, 92))
    agent = g.person(age=(25, 62))
    d.add('RETRAITE QUÉBEC — Demande de rente de conjoint survivant et de prestation de décès\n', 'Numéro de dossier : ', g.fileno('ref'), '\n\n')
    d.add('1. Personne décédée\n', 'Nom : ', g.nm(dec, 'S'), '    Prénom : ', g.nm(dec, 'G'), '\n', 'NAS : ', g.nas(), '    Date de naissance : ',
          g.dob(dec, 2), '    Date du décès : ', g.date(g.day(120), 1), '\n', 'Dernière adresse : ', g.address(), '\n\n')
    d.add('2. Conjoint survivant\n', 'Nom : ', g.nm(sp, 'S'), '    Prénom : ', g.nm(sp, 'G'), '\n', 'NAS : ', g.nas(), '    Date de naissance : ',
          g.dob(sp, 2), '\n', 'Téléphone : ', g.ph(0), '    Courriel : ', g.email(sp), '\n', 'Vie maritale depuis : ', g.month(), ' ', g.year(1960), '\n\n')
    if g.p(0.6):
        k = g.child(dec)
        d.add('3. Enfant (bénéficiaire désigné) : ', g.nm(k, 'GS'), ', né' if not k.f else ', née', ' le ', g.dob(k, 0), '\n\n')
    if g.p(0.35):
        d.add('4. Dépôt direct à l\'étranger\n', 'Adresse de résidence actuelle : ', g.foreign_address(), '\n', 'IBAN : ', g.iban(), '    BIC : ',
              g.ch(['BNPAFRPP', 'CGDIPTPL', 'DEUTDEFF', 'BPOTBEB1', 'NBGRGRAA']), '\n\n')
    else:
        d.add('4. Dépôt direct\n', g.bank_pieces('\n'), '\n\n')
    d.add('Notes de l\'agente :\n' if agent.f else 'Notes de l\'agent :\n', g.content('pension', 2), ' ', g.law('pension'), '.\n', 'Traité par ', g.nm(agent, 'IS'), ', ',
          g.date(g.day(5), 1), ' — Renseignements : ', g.tollfree(), '\n')
    return d


def f_afe(g):
    d = Doc()
    st = g.person(age=(17, 30))
    fa = g.person(origin=st.origin, gender='m', age=(40, 70))
    fa.surname = st.surname
    mo = g.person(origin=st.origin, gender='f', age=(38, 68))
    d.add('AIDE FINANCIÈRE AUX ÉTUDES — Sommaire du dossier ', X('YEAR', '%d-%d' % (g.today.year, g.today.year + 1)), '\n', 'Référence : ',
          g.fileno('ref'), '\n\n', 'Étudiante : ' if st.f else 'Étudiant : ', g.nm(st, 'GS'), '\n', 'Date de naissance : ', g.dob(st, 1),
          '    NAS : ', g.nas(), '\n', 'Adresse pendant les études : ', g.address(), '\n', 'Cellulaire : ', g.ph(0), '    Courriel : ', g.email(st), '\n',
          'Établissement : ', g.org(0.0, theme='school'), ' — ', g.ch(['Soins infirmiers', 'Techniques policières', 'Sciences de la nature', 'Génie civil',
                                                        'Baccalauréat en travail social']), '\n\n')
    d.add('Contribution des parents\n', 'Père : ', g.nm(fa, g.ch(['GS', 'SG'])), ', NAS ', g.nas(), ', revenu ', g.amount(20000, 140000, False), '\n',
          'Mère : ', g.nm(mo, g.ch(['GS', 'SG'])), ', NAS ', g.nas(), ', revenu ', g.amount(20000, 140000, False), '\n\n')
    d.add('Prêt accordé : ', g.amount(1000, 6000, False), '    Bourse : ', g.amount(500, 9000, False), '\n', 'Versement : ', g.bank_group(), '\n\n',
          'Note : ', g.content('afe', 2), ' ', g.law('afe'), '\n')
    return d


def f_roe(g):
    d = Doc()
    p = g.person(age=(18, 66))
    boss = g.person(age=(28, 70))
    emp = g.org_str(0.5, ['Garage {S} et fils', 'Boulangerie {S}', 'Déménagement {S}', 'Entrepôt {S}'])
    d.add('RELEVÉ D\'EMPLOI (RE) — Service Canada\n', 'No de série : ', X('FILENO', g.ch('WXY') + g.digits(8)), '    Modifie le RE no : —\n',
          '5. Numéro d\'entreprise de l\'employeur : ', X('FILENO', g.digits(9) + 'RP0001'), '\n', '4. Nom de l\'employeur : ', X('ORG', emp), ', ',
          g.place('city'), '\n\n', '9. Nom et adresse de l\'employé(e) :\n', g.nm(p, g.ch(['GS', 'UP'])), '\n', g.address(sep='\n'), '\n',
          'Téléphone : ', g.ph(0), '\n', '6. Numéro d\'assurance sociale : ', g.nas(), '\n')
    a = g.day(1200)
    b = g.day(30)
    if b < a:
        a, b = b, a
    d.add('10. Premier jour de travail : ', g.date(a, 1), '    11. Dernier jour payé : ', g.date(b, 1), '\n', '16. Code de raison : ',
          g.ch(['A — manque de travail', 'E — départ volontaire', 'D — maladie ou blessure', 'F — congé de maternité']), '\n',
          '15A. Rémunération assurable totale : ', g.amount(3000, 60000), '\n\n', '18. Commentaires : ', g.content('work', 1), '\n',
          '13. Personne-ressource : ', g.nm(boss, 'GS'), ', ', g.ph(0.4), '\n', 'Émis le ', g.date(b + timedelta(days=g.r.randint(1, 9)), 0),
          ' — ', g.law('work'), '\n')
    prep = g.person(age=(22, 64))
    d.add('Préparé par : ', g.nm(prep, g.ch(['GS', 'IS'])), ', ', g.work_email(prep), ' (copie remise à ', g.nm(p, 'F'), ' le ',
          g.date(b + timedelta(days=g.r.randint(1, 12)), 1), ')\n')
    return d


def f_bail(g):
    d = Doc()
    ll = g.person(age=(30, 80))
    t1 = g.person(age=(18, 70))
    t2 = g.kin(t1, same_surname=0.3, age=(18, 70))
    city = g.city(1.0)
    d.add('BAIL DE LOGEMENT — formulaire obligatoire du ', g.org(0.0) if False else X('ORG', 'Tribunal administratif du logement'), '\n\n',
          'A. ENTRE LE LOCATEUR\n', g.nm(ll, g.ch(['GS', 'SG'])), '\n', g.address(), '\n', 'Tél. : ', g.ph(0), '    Courriel : ', g.email(ll), '\n\n',
          'ET LE LOCATAIRE\n', g.nm(t1, 'GS'), ', tél. ', g.ph(0), ', ', g.email(t1), '\n')
    if g.p(0.7):
        d.add(g.nm(t2, 'GS'), ', tél. ', g.ph(0), '\n')
    a, _, pc = g.addr_parts(city=city, unit=1.0)
    d.add('\nB. DESCRIPTION ET DESTINATION DU LOGEMENT LOUÉ\n', 'Adresse : ', P('ADDRESS', a), ', ', CITY(city[0]), ' ', P('POSTAL_CODE', pc), '\n',
          g.content('housing', g.r.randint(1, 2)), '\n\n')
    s = date(g.today.year, 7, 1)
    d.add('C. DURÉE DU BAIL\n', 'Du ', g.date(s, 0), ' au ', g.date(date(s.year + 1, 6, 30), 0), '. Avis de modification à donner en ', g.month(),
          '.\n\n', 'D. LOYER\n', 'Loyer mensuel : ',
          g.amount(650, 2400, False), ', payable le premier jour du mois.\n', g.content('housing', 1), '\n\n')
    d.add('Signé à ', g.place('city'), ', le ', g.date(g.day(60), 0), '\n', '(s) ', g.nm(ll, 'GS'), ' — locateur\n', '(s) ', g.nm(t1, 'GS'), ' — locataire\n')
    return d


def f_procuration(g):
    d = Doc()
    m = g.person(age=(60, 95))
    mand = g.child(m, same_surname=0.6)
    w1, w2 = g.person(), g.person()
    d.add('PROCURATION GÉNÉRALE\n\n', 'Je, soussigné' if not m.f else 'Je, soussignée', ', ', g.nm(m, 'GS'), ', né' if not m.f else ', née', ' le ', g.dob(m, 0),
          ', domicilié' if not m.f else ', domiciliée', ' au ', g.address(), ', nomme ', 'ma fille' if mand.f else 'mon fils', ', ', g.nm(mand, 'GS'),
          ', né' if not mand.f else ', née', ' le ', g.dob(mand, 0), ', domicilié' if not mand.f else ', domiciliée', ' au ', g.address(pc=g.p(0.6)),
          ', comme ', 'mandataire', ', avec pouvoir de me représenter auprès de toute institution financière.\n\n')
    d.add('Comptes visés : ', g.org(0.0, theme='bank'), ', folio ', g.bank_group(), '; ', g.org(0.0, theme='bank'), ', compte ', g.bank_group(), '.\n', g.content('mandate', 2), '\n',
          'La présente procuration est faite conformément à l\'', g.law('mandate'), '.\n\n')
    d.add('Signé à ', g.place('city'), ', le ', g.date(g.day(30), 0), '.\n\n', '(s) ', g.nm(m, 'GS'), '\n', 'Témoins :\n', g.nm(w1, 'GS'), ', ',
          g.address(pc=g.p(0.5)), '\n', g.nm(w2, 'GS'), ', ', g.address(pc=g.p(0.5)), '\n')
    return d


def f_passport(g):
    d = Doc()
    a = g.person(age=(1, 85))
    gu = g.person(age=(25, 80))
    r1, r2 = g.person(), g.person()
    em = g.kin(a, age=(20, 75))
    d.add('DEMANDE DE PASSEPORT — DÉCLARATION DU RÉPONDANT ET RÉFÉRENCES\n', 'Immigration, Réfugiés et Citoyenneté Canada — formulaire PPTC ',
          X('FILENO', '%03d' % g.r.randint(1, 200)), '\n\n', 'Section 1 — Requérant\n', 'Nom de famille : ', g.nm(a, 'S'), '    Prénom(s) : ', g.nm(a, 'G'), '\n',
          'Date de naissance : ', g.dob(a, 4), '    Lieu de naissance : ', X('PLACE', g.city()[0]) if g.p(0.6) else X('PLACE', g.country_of(a)), '\n',
          'Adresse : ', g.address(), '\n', 'Téléphone (jour) : ', g.ph(0.3), '    (soir) : ', g.ph(0), '\n', 'Passeport précédent : ', g.passport(a),
          ', délivré le ', g.date(g.day(3600, 0), 1), '\n\n')
    d.add('Section 2 — Répondant\n', 'Nom : ', g.nm(gu, 'SG'), '\n', 'No de passeport canadien du répondant : ', g.passport(), '    Expiration : ',
          g.date(g.day(-100, 2500), 1), '\n', 'Téléphone : ', g.ph(0), '\n', 'Je connais le requérant depuis ', str(g.r.randint(2, 30)), ' ans. ',
          g.content('office', 1), '\n\n')
    d.add('Section 3 — Références\n1. ', g.nm(r1, 'GS'), ', ', g.address(pc=g.p(0.6)), ', ', g.ph(0), '\n2. ', g.nm(r2, 'GS'), ', ', g.ph(0), ', ',
          g.email(r2), '\n\n', 'Personne à joindre en cas d\'urgence : ', g.nm(em, 'GS'), ', ', g.ph(0), '\n\n', g.content('office', 1), '\n')
    return d


def f_urgence(g):
    d = Doc()
    kid = g.person(age=(5, 16))
    p1 = g.parent(kid, same_surname=0.6)
    p2 = g.parent(kid, gender='m' if p1.f else 'f', same_surname=0.5)
    gm = g.parent(p1, same_surname=0.5)
    doc = g.person(age=(30, 70))
    d.add('FICHE D\'URGENCE ', X('YEAR', str(g.today.year)), '-', X('YEAR', str(g.today.year + 1)), ' — ', g.org(0.7, ORG_PATTERNS_FR[:2]), '\n\n',
          'Élève : ', g.nm(kid, 'Sg'), '    Groupe : ', g.ch(['201', '302', '404', '5B', '6A']), '\n', 'Date de naissance : ', g.dob(kid, 1),
          '    Assurance maladie : ', g.ramq(kid), '\n', 'Adresse principale : ', g.address(), '\n\n')
    d.add('Parent 1 : ', g.nm(p1, 'GS'), '    Cellulaire : ', g.ph(0), '    Travail : ', g.ph(0.6), '\n', 'Courriel : ', g.email(p1), '\n',
          'Parent 2 : ', g.nm(p2, 'GS'), '    Cellulaire : ', g.ph(0), '\n')
    if g.p(0.5):
        d.add('Adresse du parent 2 (garde partagée) : ', g.address(pc=g.p(0.7)), '\n')
    d.add('\nAutre personne autorisée à venir chercher l\'enfant : ', g.nm(gm, 'GS'), ' (', 'grand-mère' if gm.f else 'grand-père', '), ', g.ph(0), '\n',
          'Médecin de famille : ', g.dr(doc), g.nm(doc, 'GS'), ', ', g.org(0.5, theme='health'), '\n', 'Allergies : ', g.ch(['arachides', 'aucune', 'pénicilline', 'piqûres d\'abeille']),
          '\n\n', g.content('school', 2), '\n')
    return d


def f_ldif(g):
    d = Doc()
    dom = g.ch(['cssdecouvreurs', 'cisss-lau', 'ville-gatineau', 'omhm', 'tavallee'])
    dc = 'dc=' + dom + ',dc=qc,dc=ca'
    d.add('# Exportation de l\'annuaire — ou=Personnel,', dc, '\n# Produite le ', g.date(g.day(5), 1), ' à ', g.time(style=2), '\n# ', g.content('data', 1),
          '\nversion: 1\n\n')
    for i in range(g.r.randint(2, 3)):
        p = g.person(age=(22, 66))
        uid = g.handle(p).replace('.', '')
        d.add('dn: uid=', P('PERSON', uid), ',ou=Personnel,', dc, '\n', 'objectClass: inetOrgPerson\n', 'uid: ', P('PERSON', uid), '\n',
              'cn: ', g.nm(p, 'GS'), '\n', 'sn: ', g.nm(p, 'S'), '\n', 'givenName: ', g.nm(p, 'G'), '\n',
              'mail: ', P('EMAIL', uid + '@' + dom + '.qc.ca'), '\n', 'telephoneNumber: ', g.ph(0, style=None) if False else P('PHONE', g.phone_str(style=5)), '\n')
        if g.p(0.6):
            d.add('mobile: ', P('PHONE', g.phone_str(style=g.ch([0, 4, 5]))), '\n')
        if g.p(0.7):
            a, c, pc = g.addr_parts()
            d.add('postalAddress: ', P('ADDRESS', a), '$', CITY(c[0]), ' (Québec)$', P('POSTAL_CODE', pc), '\n')
        d.add('title: ', g.ch(['Conseillère pédagogique', 'Technicien en informatique', 'Agente de bureau', 'Préposé aux bénéficiaires',
                               'Coordonnatrice', 'Analyste']), '\n', 'ou: ', g.ch(['Services éducatifs', 'Ressources humaines', 'Finances', 'Soutien']), '\n',
              'employeeNumber: ', g.digits(6), '\n')
        if g.p(0.5):
            d.add('description: ', g.content('data', 1), '\n')
        d.add('\n')
    return d


def f_garage(g):
    d = Doc()
    c = g.person()
    tech = g.person(age=(20, 65))
    pick = g.kin(c, same_surname=0.5)
    d.add(g.org(1.0, ['Garage {S} et fils', 'Mécanique {S}', 'Centre de l\'auto {S}']), ' — ', g.street_dec(), ', ', g.place('city'), '\n',
          'BON DE TRAVAIL no ', X('FILENO', g.digits(5)), '    Date : ', g.date(g.day(20), 1), '\n\n', 'Client : ', g.nm(c, g.ch(['GS', 'SG'])), '\n',
          'Tél. : ', g.ph(0), '    Cell. : ', g.ph(0), '\n', 'Courriel : ', g.email(c), '\n', 'Adresse : ', g.address(), '\n\n')
    d.add('Véhicule : ', g.ch(['Mazda 3', 'Honda CR-V', 'Ford F-150', 'Toyota Camry', 'Hyundai Kona', 'Dodge Caravan']), ' ', str(g.r.randint(2008, g.today.year)),
          '    Plaque : ', g.plate('QC'), '    Km : ', str(g.r.randint(20000, 260000)), '\n\n')
    jobs = [('Changement d\'huile et filtre', 60, 130), ('Pose des pneus d\'hiver', 60, 140), ('Plaquettes de frein avant', 180, 420),
            ('Diagnostic moteur', 90, 160), ('Remplacement de la batterie', 160, 320), ('Alignement', 90, 150)]
    for j, lo, hi in g.r.sample(jobs, g.r.randint(2, 4)):
        d.add('- ', j, ' ....... ', g.amount(lo, hi), '\n')
    d.add('\nTechnicien : ', g.nm(tech, g.ch(['F', 'FS', 'GI'])), '\n', 'Remarques : ', g.content('transport', 1), ' ',
          g.word_sentence() if g.p(0.5) else '', '\n',
          'Personne autorisée à récupérer le véhicule : ', g.nm(pick, 'GS'), ', ', g.ph(0), ', permis ', g.licence(pick), '\n', 'Paiement : ', g.ch(['Interac', 'carte ' + g.masked_card(), 'comptant']),
          '\n')
    return d


def f_adoption(g):
    d = Doc()
    a = g.person(age=(18, 80))
    ll = g.person(age=(30, 80))
    vet = g.person(age=(28, 65))
    cons = g.person(age=(19, 60))
    pet = g.fixed(PET_NAMES)
    d.add(g.org(0.3, ['Refuge {S}']) if g.p(0.3) else X('ORG', g.fixed(['SPCA de la Montérégie', 'SPCA de l\'Outaouais', 'Refuge des Cantons'])), '\n',
          'CONTRAT D\'ADOPTION no ', X('FILENO', 'A-' + str(g.today.year % 100) + '-' + g.digits(4)), '\n\n', 'Adoptant(e) : ', g.nm(a, 'GS'), '\n',
          'Date de naissance : ', g.dob(a, 1), '\n', 'Adresse : ', g.address(), '\n', 'Téléphone : ', g.ph(0), '    Courriel : ', g.email(a), '\n',
          'Pièce d\'identité : permis de conduire ', g.licence(a, 'QC'), '\n', 'Personne de référence : ', g.nm(g.person(), 'GS'), ', ', g.ph(0), '\n\n')
    d.add('Animal : ', g.ch(['chat', 'chien', 'lapin']), ' « ', pet, ' », ', g.ch(['mâle', 'femelle']), ', micropuce ', X('FILENO', '900' + g.digits(12)), '\n')
    d.add('Autorisation du propriétaire du logement : ', g.nm(ll, 'GS'), ', ', g.ph(0), '\n', 'Vétérinaire : ', g.dr(vet), g.nm(vet, 'GS'), ', ',
          g.org(1.0, ['Clinique vétérinaire {S}', 'Hôpital vétérinaire {S}']), '\n', 'Frais d\'adoption : ', g.amount(60, 350, False), '\n\n',
          g.content('animal', g.r.randint(2, 3)), '\n', 'Référence : ', g.law('animal'), '\n\n', 'Conseillère à l\'adoption : ' if cons.f else 'Conseiller à l\'adoption : ',
          g.nm(cons, g.ch(['F', 'FS'])), '\n')
    return d


def f_huissier(g):
    d = Doc()
    dem, defe = g.person(), g.person()
    hu = g.person(age=(28, 66))
    other = g.kin(defe, age=(18, 80))
    d.add('CANADA\nPROVINCE DE QUÉBEC\nDISTRICT DE ', X('PLACE', g.city(1.0)[0].upper()), '\nNo : ', g.fileno('court'), '\n\n', 'COUR DU QUÉBEC — Division des petites créances\n\n',
          g.nm(dem, 'UP'), '\n', g.address(), '\n', 'Partie demanderesse\n', 'c.\n', g.nm(defe, 'UP'), '\n', g.address(pc=g.p(0.7)), '\n',
          'Partie défenderesse\n\n', 'PROCÈS-VERBAL DE SIGNIFICATION\n\n')
    d.add('Je, soussigné' if not hu.f else 'Je, soussignée', ', ', g.nm(hu, 'GS'), ', huissier de justice' if not hu.f else ', huissière de justice',
          ', certifie avoir signifié le ', g.date(g.day(20), 0), ', à ', g.time(), ', la demande introductive à ', g.nm(defe, g.ch(['GS', 'FS'])), ', ')
    if g.p(0.6):
        d.add('en parlant à ', g.nm(other, 'GS'), ', personne raisonnable résidant au même domicile, ')
    else:
        d.add('en mains propres, ')
    d.add('au ', g.address(), '.\n\n', g.content('court', 1), ' Conformément à l\'', g.law('court'), '.\n\n', 'Frais : ', g.amount(40, 180), '\n\n',
          '(s) ', g.nm(hu, 'GS'), ', h.j.\n', g.org(0.6, ['Huissiers {S} {S2} inc.', '{S} et associés, huissiers de justice']), ' — ', g.ph(0.3), '\n')
    return d


def f_manifeste(g):
    d = Doc()
    dr = g.person(age=(25, 66))
    guide = g.person(age=(22, 66))
    t = g.day(0, 60)
    d.add(g.org(0.6, ['Autocars {S}', 'Autobus {S} ltée', 'Voyages {S}']), '\n', 'MANIFESTE DES PASSAGERS — Voyage ', X('PLACE', g.fixed(TRIP_CITIES)), ' – ',
          g.ch(['Boston', 'New York', 'Plattsburgh', 'Burlington', 'Lake Placid']), ' du ', g.date(t, 0), '\n', 'Départ : ', g.time(g.r.randint(5, 9)), ' — Retour : ',
          g.date(t + timedelta(days=g.r.randint(1, 4)), 0), '\n\n', 'Chauffeur : ', g.nm(dr, 'GS'), ', permis ', g.licence(dr, 'QC'), ' (classe 2)\n',
          'Accompagnatrice : ' if guide.f else 'Accompagnateur : ', g.nm(guide, 'GS'), ', cellulaire ', g.ph(0), '\n\n')
    d.add('#  | Nom, prénom | Date de naissance | Passeport | Contact d\'urgence\n')
    for i in range(g.r.randint(3, 4)):
        p = g.person()
        e = g.kin(p)
        d.add(str(i + 1), '  | ', g.nm(p, 'SG'), ' | ', g.dob(p, 2), ' | ', g.passport(p), ' | ', g.nm(e, g.ch(['GS', 'FS'])), ' ',
              g.ph(0, origin=e.origin, foreign=0.25), '\n')
    d.add('\n', g.content('transport', 2), '\n')
    return d


def f_ta(g):
    d = Doc()
    u = g.person(age=(20, 95))
    acc = g.kin(u, same_surname=0.4)
    disp = g.person(age=(22, 62))
    city = g.city(1.0)
    d.add(g.org(0.0) if False else X('ORG', g.fixed(['Transport adapté de la Vallée', 'Société de transport de Laval', 'Service de transport adapté'])),
          ' — Fiche de l\'usager et réservations\n\n', 'Usager : ', g.nm(u, 'SG'), '    No client : ', g.digits(5), '\n', 'Date de naissance : ', g.dob(u, 0),
          '\n', 'Adresse d\'embarquement : ', g.address(city=city), '\n', 'Téléphone : ', g.ph(0, city), '\n', 'Aide à la mobilité : ',
          g.ch(['fauteuil roulant', 'triporteur', 'déambulateur', 'canne', 'fauteuil motorisé']), '\n', 'Accompagnateur : ' if not acc.f else 'Accompagnatrice : ',
          g.nm(acc, 'GS'), ', ', g.ph(0), '\n\n', 'Réservations :\n')
    for _ in range(g.r.randint(2, 3)):
        dt = g.day(0, 30)
        h0 = g.r.randint(6, 15)
        d.add('- ', g.date(dt, 1), ' ', g.time(h0), ' : de ', P('ADDRESS', g.addr_str()), ' à ', g.org(0.3, theme='health'), ', retour ', g.time(h0 + 2), '\n')
    d.add('\nNote du répartiteur : ', g.content('transport', 1), ' (', g.nm(disp, g.ch(['F', 'IS', 'GI'])), ')\n')
    if g.p(0.5):
        d.add('Autre note : ', g.word_sentence() or '', '\n')
    return d


def f_copro(g):
    d = Doc()
    st = g.street_name(named=0.5)
    civic = g.r.randint(100, 9000)
    city = g.city(1.0)
    d.add('SYNDICAT DES COPROPRIÉTAIRES DU ', str(civic), ' ', X('STREET', st), '\n', 'Registre de la copropriété — Liste des copropriétaires (',
          g.law('copro'), ')\n', 'Mise à jour : ', g.date(g.day(40), 1), '\n\n', 'Unité | Copropriétaire(s) | Adresse de correspondance | Téléphone | Courriel | Quote-part\n')
    for i in range(g.r.randint(4, 5)):
        u = str(g.r.randint(1, 6)) + '%02d' % g.r.randint(1, 12)
        p = g.person()
        d.add(u, ' | ', g.nm(p, g.ch(['GS', 'SG'])))
        if g.p(0.4):
            q = g.kin(p, same_surname=0.3)
            d.add(' et ', g.nm(q, 'GS'))
        d.add(' | ')
        if g.p(0.7):
            d.add(P('ADDRESS', u + '-' + str(civic) + ' ' + st), ', ', CITY(city[0]))
        else:
            d.add(g.address(pc=False, prov=False))
        d.add(' | ', g.ph(0), ' | ', g.email(p) if g.p(0.7) else '—', ' | ', '%.2f %%' % g.r.uniform(4, 14), '\n')
    pres = g.person()
    if g.p(0.6):
        d.add('\nAvis aux copropriétaires : ', g.word_sentence() or '', '\n')
    d.add('\n', g.content('civic', 1), '\n', 'Présidente du conseil : ' if pres.f else 'Président du conseil : ', g.nm(pres, 'GS'), ', ', g.email(pres), '\n')
    return d


def f_vente(g):
    d = Doc()
    v1 = g.person(age=(30, 85))
    v2 = g.kin(v1, gender='m' if v1.f else 'f', same_surname=0.3, age=(30, 85))
    b = g.person(age=(22, 70))
    n = g.person(age=(30, 70))
    city = g.city(1.0)
    a, _, pc = g.addr_parts(city=city, unit=0.1)
    d.add('ACTE DE VENTE\n\n', 'L\'AN ', str(g.today.year), ', le ', g.date(g.day(30), 0), '.\n\n', 'DEVANT Me ', g.nm(n, 'GS'), ', notaire à ', g.place('city'),
          ', province de Québec.\n\n', 'COMPARAISSENT :\n\n', g.nm(v1, 'GS'), ', né' if not v1.f else ', née', ' le ', g.dob(v1, 0), ', et ', g.nm(v2, 'GS'),
          ', né' if not v2.f else ', née', ' le ', g.dob(v2, 0), ', domiciliés au ', P('ADDRESS', a), ', ', CITY(city[0]), ' (Québec) ', P('POSTAL_CODE', pc), ';\n',
          'ci-après nommés « le vendeur »;\n\n', 'ET\n\n', g.nm(b, 'GS'), ', né' if not b.f else ', née', ' le ', g.dob(b, 0), ', domicilié' if not b.f else ', domiciliée',
          ' au ', g.address(), ';\n', 'ci-après nommé « l\'acheteur ».\n\n')
    d.add('DÉSIGNATION\n', 'Un immeuble connu et désigné comme étant le lot numéro ', g.fileno('lot'), ' du Cadastre du Québec, circonscription foncière de ',
          g.place('city'), ', avec bâtisse dessus érigée portant le numéro ', P('ADDRESS', a), '.\n\n')
    d.add('PRIX\n', 'La vente est faite pour le prix de ', g.amount(150000, 900000, False), ', payé au moyen d\'un prêt de la ', g.org(0.0, theme='bank'), '. ',
          g.content('sale', 2), '\n\n', 'DONT ACTE sous le numéro ', g.digits(5), ' des minutes du notaire.\n')
    return d


FAMILIES = [
    ('fr-hl7-adt', 'fr', f_hl7), ('fr-fhir-patient', 'fr', f_fhir), ('fr-sql-insert', 'fr', f_sql),
    ('fr-srt-audience', 'fr', f_srt), ('fr-petition', 'fr', f_petition), ('fr-liste-electorale', 'fr', f_electoral),
    ('fr-liste-classe', 'fr', f_classlist), ('fr-recu-don', 'fr', f_donation), ('fr-carnet-vaccination', 'fr', f_vaccination),
    ('fr-resultats-labo', 'fr', f_lab), ('fr-sbar-infirmier', 'fr', f_sbar), ('fr-registre-foncier', 'fr', f_landreg),
    ('fr-testament', 'fr', f_will), ('fr-rapport-incendie', 'fr', f_fire), ('fr-location-auto', 'fr', f_rental),
    ('fr-journal-securite', 'fr', f_security), ('fr-vignette-stationnement', 'fr', f_parking),
    ('fr-lettre-recouvrement', 'fr', f_collection), ('fr-whatsapp', 'fr', f_whatsapp), ('fr-releve1', 'fr', f_slip),
    ('fr-verif-revenu-quebec', 'fr', f_rq_audit), ('fr-rente-conjoint-survivant', 'fr', f_rrq), ('fr-dossier-afe', 'fr', f_afe),
    ('fr-releve-emploi', 'fr', f_roe), ('fr-bail-logement', 'fr', f_bail), ('fr-procuration', 'fr', f_procuration),
    ('fr-repondant-passeport', 'fr', f_passport), ('fr-fiche-urgence', 'fr', f_urgence), ('fr-ldif-annuaire', 'fr', f_ldif),
    ('fr-bon-travail-garage', 'fr', f_garage), ('fr-adoption-animal', 'fr', f_adoption),
    ('fr-signification-huissier', 'fr', f_huissier), ('fr-manifeste-autocar', 'fr', f_manifeste),
    ('fr-transport-adapte', 'fr', f_ta), ('fr-registre-copropriete', 'fr', f_copro), ('fr-acte-vente', 'fr', f_vente),
    ('en-hl7-oru', 'en', f_hl7), ('en-fhir-patient', 'en', f_fhir), ('en-sql-dump', 'en', f_sql), ('en-srt-hearing', 'en', f_srt),
    ('en-petition', 'en', f_petition), ('en-list-of-electors', 'en', f_electoral), ('en-class-list', 'en', f_classlist),
    ('en-donation-receipt', 'en', f_donation), ('en-immunization-record', 'en', f_vaccination), ('en-lab-report', 'en', f_lab),
    ('en-sbar-handoff', 'en', f_sbar), ('en-parcel-register', 'en', f_landreg), ('en-last-will', 'en', f_will),
    ('en-fire-incident', 'en', f_fire), ('en-car-rental', 'en', f_rental), ('en-security-log', 'en', f_security),
    ('en-parking-permit', 'en', f_parking), ('en-collection-letter', 'en', f_collection), ('en-whatsapp', 'en', f_whatsapp),
    ('en-t4-slip', 'en', f_slip),
]
# Families that often arrive as scanned paper.
OCR_FAMILIES = {f_roe, f_procuration, f_will, f_donation, f_landreg, f_bail, f_huissier, f_vente}
PII_TYPES = {'PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'POSTAL_CODE', 'DOB', 'NAS', 'RAMQ', 'DRIVER_LICENCE', 'PASSPORT',
             'BANK_ACCOUNT', 'CREDIT_CARD', 'PLATE'}
DECOY_TYPES = {'ORG', 'PLACE', 'STREET', 'LAW', 'FILENO', 'TOLLFREE', 'DATE', 'MONTH', 'YEAR', 'AMOUNT', 'TIME', 'WORD'}


def cycle_order(half, seed, c):
    """One cycle through all families, French and English interleaved evenly."""
    rng = random.Random('indep19-order|%s|%s|%d' % (half, seed, c))
    fr = [f for f in FAMILIES if f[1] == 'fr']
    en = [f for f in FAMILIES if f[1] == 'en']
    rng.shuffle(fr)
    rng.shuffle(en)
    out, i, j = [], 0, 0
    n = len(FAMILIES)
    for k in range(n):
        if j >= len(en) or (i < len(fr) and i * n <= k * len(fr)):
            out.append(fr[i])
            i += 1
        else:
            out.append(en[j])
            j += 1
    return out


def make_doc(half, seed, i, extra=False):
    n = len(FAMILIES)
    name, lang, fn = cycle_order(half, seed, i // n)[i % n]
    rng = random.Random('indep19|%s|%s|%d' % (half, seed, i))
    g = G(half, lang, rng)
    d = fn(g)
    if fn in OCR_FAMILIES and g.p(0.35):
        d.ocr(g)
    text, spans, cities = d.build()
    doc = {'id': 'indep19-%s-%s-%04d' % (half, seed, i), 'lang': lang, 'family': name, 'text': text, 'spans': spans}
    return (doc, cities) if extra else doc


def generate(half, count, seed, out):
    for i in range(count):
        out.write(json.dumps(make_doc(half, seed, i), ensure_ascii=False) + '\n')


# ---------------------------------------------------------------------------
# Self-test.

def span_problems(doc):
    b = doc['text'].encode('utf-8')
    probs, last = [], 0
    for s in sorted(doc['spans'], key=lambda x: (x['start'], x['end'])):
        st, en = s['start'], s['end']
        if not (0 <= st < en <= len(b)):
            probs.append(('bounds', s))
            continue
        if st < last:
            probs.append(('overlap', s))
        last = max(last, en)
        try:
            b[:st].decode('utf-8')
            seg = b[st:en].decode('utf-8')
        except UnicodeDecodeError:
            probs.append(('utf8', s))
            continue
        if seg != seg.strip() or not seg.strip():
            probs.append(('space', seg))
        kind, typ = s['kind'], s['type']
        if not ((kind == 'pii' and typ in PII_TYPES) or (kind == 'decoy' and typ in DECOY_TYPES) or
                (kind == 'content' and typ == 'CONTENT')):
            probs.append(('type', s))
        if typ == 'PERSON' and (seg[0] in ',;:(^' or seg[-1] in ',;:)^'):
            probs.append(('person-punct', seg))
        if typ == 'CREDIT_CARD' and not luhn_ok(seg):
            probs.append(('luhn', seg))
        if typ == 'BANK_ACCOUNT' and seg[:2].isalpha():
            c = seg.replace(' ', '')
            if int(''.join(str(int(x, 36)) for x in c[4:] + c[:4])) % 97 != 1:
                probs.append(('iban', seg))
    return probs


def seg_of(doc, s):
    return doc['text'].encode('utf-8')[s['start']:s['end']].decode('utf-8')


def half_leaks(doc, half_tokens_other, types=None):
    """Name tokens of the other half inside spans (PERSON only, or the given types)."""
    bad = []
    for s in doc['spans']:
        if types is None and s['type'] != 'PERSON':
            continue
        if types is not None and s['type'] not in types:
            continue
        for t in name_tokens(seg_of(doc, s)):
            if t in half_tokens_other:
                bad.append((t, seg_of(doc, s)))
    return bad


def unlabelled_names(doc, cities):
    b = doc['text'].encode('utf-8')
    cov = bytearray(len(b))
    for s in doc['spans']:
        cov[s['start']:s['end']] = b'\x01' * (s['end'] - s['start'])
    for a, e in cities:
        cov[a:e] = b'\x01' * (e - a)
    rest = bytes(32 if cov[k] else b[k] for k in range(len(b))).decode('utf-8', 'replace')
    return [t for t in name_tokens(rest) if t in ALL_NAME_TOKENS]


def other_surnames(root):
    """Surname tokens of indep13 .. indep18, read from their pools."""
    found, toks = [], set()
    for n in range(13, 19):
        path = os.path.join(root, 'bench', 'freetext-indep%d.py' % n)
        if not os.path.isfile(path):
            continue
        spec = importlib.util.spec_from_file_location('indep%d_pools' % n, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        src = getattr(mod, 'POOLS', None) or mod.NAMES
        for key, val in src.items():
            items = list(val.items()) if isinstance(val, dict) else [(re.split(r'[ /:]', key)[-1], val)]
            for role, v in items:
                if role in ('m', 'f', 'u', 'g', 'mid'):
                    continue
                for e in (v.split() if isinstance(v, str) else v):
                    toks.update(t for t in tokens(e.replace('_', ' ')) if t not in PARTICLES)
        found.append(n)
    return found, toks


def selftest():
    fails = []

    def check(ok, msg):
        print(('ok    ' if ok else 'FAIL  ') + msg)
        if not ok:
            fails.append(msg)

    n_parts = len(ALL_NAME_TOKENS)
    full = [o for o in ORIGINS if all(HALVES[h].get(o + ':' + r) for h in 'WH' for r in 'mfs')]
    n_sur = sum(len(v) for k, v in POOLS.items() if k.split(':')[1] in ('s', 'p'))
    check(n_parts >= 4000, '%d name parts (>= 4000); %d surnames of which %d invented (%.0f %%)' %
          (n_parts, n_sur, len(INVENTED), 100.0 * len(INVENTED) / n_sur))
    check(len(full) >= 30, '%d origins with given names and surnames in both halves (>= 30)' % len(full))

    def overlap(a, b):
        return set(a) & set(b)

    check(not overlap(HALF_TOKENS['W'], HALF_TOKENS['H']), 'halves W and H share no name token (%d / %d tokens)' %
          (len(HALF_TOKENS['W']), len(HALF_TOKENS['H'])))
    planted = set(HALF_TOKENS['H']) | {sorted(HALF_TOKENS['W'])[0]}
    check(bool(overlap(HALF_TOKENS['W'], planted)), 'the overlap check fails on a planted shared token')
    for h in 'WH':
        for lst in (HALVES[h][k] for k in HALVES[h]):
            for w in lst:
                if TOK_HALF[name_tokens(w)[0]] != h:
                    fails.append('pool entry in wrong half: ' + w)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found, theirs = other_surnames(root)
    shared = sorted(SURNAME_TOKENS & theirs)
    check(len(found) == 6 and not shared, 'surnames of indep%s read (%d tokens); shared with ours: %d %s' %
          (','.join(map(str, found)), len(theirs), len(shared), ' '.join(shared[:20])))
    word_bad = [w for h in 'WH' for lang in WORDS[h] for w, _ in WORDS[h][lang] if fold(w) not in HALF_TOKENS[h]]
    check(not word_bad and all(len(WORDS[h][l]) >= 5 for h in 'WH' for l in ('fr', 'en')),
          'WORD sentences per half / language: %s' % {h + '-' + l: len(WORDS[h][l]) for h in 'WH' for l in ('fr', 'en')})
    dirty = [s for lang in CONTENT for k in CONTENT[lang] for s in CONTENT[lang][k] if not name_free(s)]
    print('      %d content sentences hold a name token and are not used%s' % (len(dirty), (': ' + ' | '.join(dirty[:6])) if dirty else ''))

    n = 3 * len(FAMILIES)
    stats = {}
    for h in 'WH':
        seed = 7 if h == 'W' else 8
        docs = [make_doc(h, seed, i, extra=True) for i in range(n)]
        again = [json.dumps(make_doc(h, seed, i), ensure_ascii=False) for i in range(0, n, 5)]
        check(again == [json.dumps(docs[i][0], ensure_ascii=False) for i in range(0, n, 5)], '%s: output is deterministic' % h)
        probs = [(d['id'], p) for d, _ in docs for p in span_problems(d)]
        check(not probs, '%s: spans valid (%d problems) %s' % (h, len(probs), probs[:3]))
        fr = sum(1 for d, _ in docs if d['lang'] == 'fr') / len(docs)
        check(fr >= 0.6, '%s: French share %.1f %% (>= 60 %%)' % (h, 100 * fr))
        nocont = [d['id'] for d, _ in docs if not any(s['kind'] == 'content' for s in d['spans'])]
        check(not nocont, '%s: every document has content spans (%d without)' % (h, len(nocont)))
        cbad = [(d['id'], seg_of(d, s)) for d, _ in docs for s in d['spans'] if s['kind'] == 'content' and not name_free(seg_of(d, s))]
        check(not cbad, '%s: content spans hold no name token (%d bad) %s' % (h, len(cbad), cbad[:2]))
        npii = [sum(1 for s in d['spans'] if s['kind'] == 'pii') for d, _ in docs]
        mean = sum(npii) / len(npii)
        check(12 <= mean <= 30, '%s: %.1f PII spans per document on average (12 - 30; min %d, max %d)' % (h, mean, min(npii), max(npii)))
        fams = {d['family'] for d, _ in docs}
        check(fams == {f[0] for f in FAMILIES}, '%s: all %d families produced' % (h, len(FAMILIES)))
        other = HALF_TOKENS['H' if h == 'W' else 'W']
        leaks = [(d['id'], x) for d, _ in docs for x in half_leaks(d, other, None)]
        leaks2 = [(d['id'], x) for d, _ in docs for x in half_leaks(d, other, PII_TYPES | DECOY_TYPES)]
        check(not leaks and not leaks2, '%s: no span holds a name token of the other half (%d PERSON, %d any) %s' %
              (h, len(leaks), len(leaks2), (leaks + leaks2)[:3]))
        wbad = [(d['id'], seg_of(d, s)) for d, _ in docs for s in d['spans'] if s['type'] == 'WORD' and fold(seg_of(d, s)) not in HALF_TOKENS[h]]
        nword = sum(1 for d, _ in docs for s in d['spans'] if s['type'] == 'WORD')
        check(not wbad and nword > 0, '%s: %d WORD decoys, all name parts of the half %s' % (h, nword, wbad[:3]))
        un = [(d['id'], t) for d, c in docs for t in unlabelled_names(d, c)]
        check(not un, '%s: no name token left unlabelled outside spans (%d) %s' % (h, len(un), un[:8]))
        stats[h] = docs
    # the leak checker itself must fail on a planted other-half name
    d = json.loads(json.dumps(stats['W'][0][0]))
    tok = sorted(HALF_TOKENS['H'])[0]
    text = d['text'] + ' ' + tok.capitalize()
    b0 = len(d['text'].encode('utf-8')) + 1
    d['text'] = text
    d['spans'].append({'start': b0, 'end': b0 + len(tok.capitalize().encode('utf-8')), 'kind': 'pii', 'type': 'PERSON'})
    check(bool(half_leaks(d, HALF_TOKENS['H'])), 'the document leak check fails on a planted other-half name')
    types = {}
    for h in 'WH':
        for d, _ in stats[h]:
            for s in d['spans']:
                types[s['type']] = types.get(s['type'], 0) + 1
    check(all(t in types for t in PII_TYPES | DECOY_TYPES), 'span types seen: ' + ' '.join('%s=%d' % kv for kv in sorted(types.items())))
    print('selftest %s (%d failure%s)' % ('FAILED' if fails else 'passed', len(fails), '' if len(fails) == 1 else 's'))
    return not fails


def main(argv):
    if len(argv) == 2 and argv[1] == '--selftest':
        sys.exit(0 if selftest() else 1)
    if len(argv) != 4 or argv[1] not in ('W', 'H'):
        sys.stderr.write(__doc__.split('\n\n')[1] + '\n')
        sys.exit(2)
    generate(argv[1], int(argv[2]), argv[3], sys.stdout)


if __name__ == '__main__':
    main(sys.argv)
