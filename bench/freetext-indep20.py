#!/usr/bin/env python3
"""freetext-indep20.py - twentieth independently written generator of
labelled free-text records (French / English) for evaluating the caviar
personal-information redactor on text its authors never saw.  The records
imitate what Québec offices, clinics, banks, carriers, municipalities,
schools and small businesses hold, in the layouts those records really have:

  Teams / Zoom WebVTT meeting transcripts (<v Speaker> tags, cue ids),
  hunting and fishing licences with harvest registration, municipal
  assessment-roll extracts, veterinary charts, runs of Interac e-Transfer
  notification e-mails, courier waybills with tracking history, gym
  membership agreements, driving-school registrations with lesson
  schedules, employment contracts, hotel registration cards, airline
  e-ticket receipts (SURNAME/GIVEN passenger lines), mortgage
  applications, bank account-opening (know-your-client) forms, consumer
  credit-bureau reports, referrals to a specialist, sick-leave
  certificates, wedding guest lists (Markdown tables), newspaper birth
  announcements, census household questionnaires, private used-car bills
  of sale, blood-donor records, wireless service agreements, reduced-fare
  transit card applications, family-doctor waiting-list registrations,
  appointment-reminder logs (SMS / e-mail / voice, with replies), family
  mediation agreements, change-of-address notices, housing co-operative
  member files, firearm registration notices, municipal dog licences,
  contractors' quotes, moving contracts, school field-trip permission
  slips, raw URL-encoded web-form submissions from a server log, solemn
  declarations and carpool sign-up sheets with lower-case chat.  Registers
  are mixed: formal contracts, telegraphic notes, lower-case chat, forms in
  capitals, and paper records (contracts, declarations, bills of sale,
  census forms, mediation agreements ...) that sometimes come through a
  scanner with OCR confusions (rn/m, l/1, O/0, é/e, lost blanks ...).

Usage:  freetext-indep20.py W|H COUNT SEED > docs.jsonl
        freetext-indep20.py --selftest

Output: one JSON object per line: id ("indep20-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (must be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE,
DATE, MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences (type CONTENT) holding no name
and no identifier.

Span conventions (those of bench/freetext-indep19.py):
- courtesy, professional and office titles (M., Mme, Me, Dr, Dre, Mr.,
  Ms., ...) stay outside the PERSON span, as do a trailing comma, an
  airline passenger's MR / MME and the "@" of a mention;
- initials with a surname ("J.-F. Vézeau") are one span, and so is a given
  name with the initial of the surname ("Amina K.");
- "SURNAME, Given" gives two PERSON spans, and so do an airline
  "SURNAME/GIVEN", a census "Nom de famille : ... Prénom : ..." pair, the
  "last_name=" / "first_name=" fields of a web form and a Teams speaker tag
  "<v Surname, Given>";
- a particle (de, da, dos, di, del, von, Ben, El, Aït, O', Mc ...) is inside
  the span;
- a chat handle built from a name ("mvezeau") is a PERSON; a name inside
  the local part of an e-mail address is covered by the EMAIL span only;
- names in lower case (chat, transcripts, web-form messages) or in capitals
  (forms, passenger lines) are PERSON; a name garbled by OCR noise is one
  PERSON span over the garbled text (identifiers with check digits and
  e-mail addresses are left clean);
- an ADDRESS runs from the civic number (or a unit written in front of it:
  "4-1185") through the street and a unit written after it ("app. 3",
  "Apt 3B", "bureau 210") and stops before the city, which is left
  unlabelled; a rural route or post-office box ("RR 2", "C.P. 123") is an
  ADDRESS; in a URL-encoded body the span covers the encoded form
  ("1185+rue+des+Pins");
- the postal code (Canadian in any spacing or case, or foreign) is its own
  POSTAL_CODE span, its label outside;
- a phone extension ("poste 214", "ext. 3021") is outside the PHONE span;
  a phone number spelled out in words is a PHONE;
- bank details written as labelled pieces give one BANK_ACCOUNT span per
  piece, one span when written as one group (an IBAN is one group);
- for a date of birth only the date is labelled ("née le [3 mars 1952]");
- a masked card, account or insurance number ("**** **** **** 1234",
  "XXX-XXX-123", "****2062") is left unlabelled;
- an official acting publicly (physician, notary, mediator, commissioner
  for oaths, nurse, agent) is still a PERSON;
- decoys: organisations (some named after people: "Aréna Amal-Abirrat",
  "Clinique vétérinaire Glazer", "Rénovations Bianchini et fils"), places,
  street names without a civic number (some named after people), law
  references, file / roll / lot / tracking / ticket / receipt numbers,
  toll-free numbers, amounts, dates that are not birth dates, months,
  years, times, and ordinary words that are also name parts of the pools
  (WORD: "un coffre au trésor", "fresh basil from the garden").

Name pools: written for this file, more than 7,000 name parts from forty
origins present in Québec (French-Canadian, Acadian, English, Irish,
Scottish, Haitian, Maghrebi, Kabyle, Levantine, Vietnamese, Chinese,
Korean, Japanese, Filipino, Latin-American, Portuguese / Brazilian,
Italian, Greek, Polish, Ukrainian, Romanian, Hungarian, German, Jewish,
Armenian, Punjabi, Tamil, Sri Lankan, Bengali, Nepali, Afghan, Iranian,
Turkish, West African, Central African / Congolese, East African,
Innu / Atikamekw, Cree, Inuit, Mohawk).  No surname token of indep13 ..
indep19 is used: those seven files' pools were read while this file was
written, and --selftest imports them and re-checks (as it checks that no
family of theirs is repeated here).  About a third of the surnames are
invented at import time from real beginnings and endings of their origin
("-ichaud", "-poulos", "-singhe", "-zadeh", "-berhan" ...), in an order
fixed by md5.  Name parts that are also common French or English words
(checked against French and English word lists while writing) are left
out, except a few kept on purpose as WORD decoys (Aurore, Trésor, Espoir,
Basil, Daisy ...).  Every pool entry is one name token (particles aside);
it goes to half W or H by the md5 of "indep20:" + the folded token, so the
two halves share no name token.  Compound given names, double surnames,
particle forms, handles and the names inside organisations and streets are
put together at run time from parts of the same half, and every fixed list
(cities, streets, organisations, laws, content and WORD sentences) is used
in a half only when it holds no name token of the other half.

--selftest checks: name-part and origin counts, disjoint halves (and that
the checker fails on a planted overlap), no surname of indep13 .. indep19
and no family name of theirs, deterministic output, span validity (UTF-8
boundaries, no overlap, known kinds and types, Luhn-valid cards, valid
IBANs), French share >= 60 % per half, content spans in every document and
free of name tokens, 12 - 30 PII spans per document on average, every
family in each half, WORD decoys that are name parts of their half, and no
name token left unlabelled outside spans (and that the leak checks fail on
planted names).

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
# Name pools, written for this file.  Key "origin:role"; role m / f = given
# names, s = surnames (the real ones; invented ones are added at import
# time from INVENT below).
NAMES = {
'qc:m': '''
Albert Alain Alexis Amédée Anatole Antonin Armand Arnaud Aurèle Baptiste Benoît Calixte Camille Clovis Conrad
Cyrille Damien Delphis Eudore Évariste Fabien Félix Fernand Florent Gaspard Gatien Gédéon Georges Gervais
Ghislain Gilles Hubert Ignace Jacquelin Jérémie Joachim Jocelyn Josaphat Jules Justin Lambert Léandre Léonce
Léopold Lucien Ludovic Magloire Marcel Marius Mathurin Maxime Médard Nazaire Norbert Octave Onésime Ovila
Philémon Philippe Réginald Rémi Rodrigue Roméo Siméon Sylvio Télesphore Thaddée Théophile Ulric Valère Valmont
Wilfrid Xavier Zénon Adélard Alphée Anthime Apollinaire Arthème Bénoni Dosithée Elzéar Euclide Fulgence
Herménégilde Jovite Ludger Odilon Omer Onias Pamphile Paulin Polydore Rosaire Sifroi Théodule Uldéric Wenceslas
Zotique Gaétan Réjean Yvon Normand Ghyslain Sylvain Mathis Loïc Thomas Olivier Jérôme Frédéric Yannick Sébastien
Étienne Guillaume Jean Yves Maurice Raymond Lionel Gérald Roch Achille Adolphe Alcide Aldège Amable Ambroise
Anselme Athanase Aurélien Basile Bénédict Bruno Cléophas Damase Dollard Donat Éloi Émeric Éphrem Eusèbe Fabrice
Félicien Fortunat Gaston Gonzague Grégoire Hervé Hippolyte Honorius Isidore Jocelin Josué Léon Léonidas Liguori
Lucas Marcellin Mederic Nérée Pacôme Philéas Raoul Rosario Sosthène Théophane Timothée Tancrède Victorin Wilbrod
Zacharie Anthony Cédric Dany Dominic Francis Hugo Jonathan Kevin Mathias Patrick Steve William Jacob Nathan
Samuel Raphaël Antoine Émile Léo Édgar Gilbert Henri Rodolphe
''',
'qc:f': '''
Adéline Agathe Aline Alma Amanda Angélina Antoinette Apolline Aurélie Bernadette Berthe Brigitte Cécile Célina
Charlotte Claudette Clémentine Colette Cordélia Delphine Denise Diane Dorothée Édith Éliane Élisabeth Eugénie
Évelyne Fabiola Fernande Florence Francine Gaétane Germaine Ghislaine Gisèle Hélène Henriette Hermance Huguette
Irène Jacqueline Jeannette Joséphine Judith Julienne Laurette Léonie Liliane Louisette Lucienne Madeleine Manon
Marcelle Margot Marguerite Mathilde Micheline Monique Nicole Odette Pauline Pierrette Rachel Régine Rolande
Sylvie Thérèse Valérie Yolande Yvette Alida Alphonsine Aurore Azilda Clarina Cordélie Délia Eulalie Exilda
Georgiana Hectorine Léda Malvina Obéline Philomène Rosalie Virginie Wilhelmine Zéphirine Zoé Chantal Nathalie
Josée Geneviève Mélanie Maude Catherine Audrey Karine Isabelle Annie Véronique Julie Émilie Noémie Laurence
Béatrice Juliette Maëlle Ariane Mégane Mylène Roxanne Sabrina Vicky Albertine Alexina Angéline Anita Antonia
Armandine Bérangère Blandine Carmelle Célestine Claudine Clothilde Corinne Cunégonde Donalda Doris Éléonore
Élodie Émérence Emma Ernestine Estelle Évangéline Fabienne Félicienne Gaëtane Georgette Gilberte Guylaine
Hortense Ida Irma Isaure Jocelyne Johanne Joëlle Léontine Lucille Lyne Marcelline Marielle Marthe Mélina
Mireille Murielle Nadine Noëlla Odile Pélagie Raymonde Rollande Rosanne Séverine Solange Sophie Suzanne Thècle
Ursule Valéda Yvonne Alexia Amélie Anaïs Coralie Danielle Frédérique Gabrielle Ginette Jessica Josiane Katia
Lysanne Marianne Nancy Stéphanie Cindy Sandrine Alicia Laurie Rébecca
''',
'qc:s': '''
Bazin Beaudet Beaulac Belleau Bourbeau Chartier Clermont Darveau Foucault Laverdière Arcand Asselin Bastien
Beaudin Dubois Deguire Gougeon Leprohon Levac Senneville Letellier Malenfant Métivier Bachand Maheux Bellerive
Héon Lachaîne Pronovost Ayotte Deneault Desgroseilliers Girardin Labranche Lalime Lepitre Marsolais Thouin
Boudrias Hogue Lachambre Lanouette Mignault Désy Beaumont Jolivet Beauséjour Legros Préfontaine Tardivel Jauron
Robidas Cadorette Choinière Daunais Dutremble Lecuyer Montminy Naud Picotte Régimbald Sasseville Tourville
Vaudreuil Verret Beaubien Boilard Cauchon Chaloux Chouinard Desmarchais Dulac Goyer Hinse Lacourse Lalumière
Lanciault Lemoine Malette Monty Nepveu Rochefort Tétrault Thibert Arseneault Coallier Dansereau Daviau Desgagnés
Garand Mongrain Racette Bareil Beaurivage Bélair Berlinguet Bessner Bettez Bilocq Bourcier Boyer Briand
Brindamour Cantara Carle Casgrain Chaîney Chatel Colpron Cuerrier Daignault Daveluy Décary Degrandpré Desfossés
Deshaies Despatie Dextras Dozois Dubreuil Duranceau Filiatrault Geoffroy Groulx Guibord Guilbert Harel Kirouac
Laprade Rodier Taillefer Vigeant Ainsley Beaudreau Bériault Blanchette Blondeau Bourgeault Dostaler Duplantie
Duquet Garon Joyal Moisan Alepin Archaumbault Aumais Barriault Baulne Besré Binet Bordua Bourgoin Bousquet
Brulotte Dompierre Lesieur Chapdelaine Darche Laverdure Mainguy
''',
'acad:m': '''
Aldéric Alyre Aubin Bélonie Calixte Chrysostome Dosithée Éphrem Firmin Gilmond Hilaire Isaïe Jude Léonard Médard
Napoléon Ovide Rhéal Ronald Théotime Tilmon Zoël Alphée Armand Édmond Gaspard Hippolyte Joachim Marcellin Nérée
Omer Pacôme Raphaël Sylvain Trefflé Valentin Wilbert Xavier Zacharie Aurèle Bénoni Clarence Délphis Elphège
''',
'acad:f': '''
Aldéa Alma Anastasie Bertha Célestine Clarisse Délima Dorilla Édna Émérentienne Euphémie Exilia Flavie Gracia
Hermine Jeannine Laurina Lumina Marceline Médora Octavie Philomène Régina Rosanna Sophronie Théotiste Ursule
Vitaline Zélia Adèle Anselmine Arthémise Bernadine Clotilde Dina Émelda Evangéline Florida Géraldine Imelda
Léontine Maximilienne Modestine Prudentienne Roseline Sylvie Thècle Yvonne Zénaïde
''',
'acad:s': '''
Boudrot Thébeau Henrie Dugay d'Entremont Duon Finnigan Foidart Gaudin Gauthreau Lavandier Martell McLaughlin
Mius Sallier Terriot Amireau Babinot Bonnevie Chaison Clairmont Cottreau Desveaux Dominaux Lavache Longuépée
Moyse Nogues Poitier Thébault Thibaudeau Vallot
''',
'en:m': '''
Alastair Ambrose Archibald Barnaby Bartholomew Basil Benedict Bertram Cedric Clifford Clive Crispin Cuthbert
Cyril Desmond Edmund Edwin Egbert Eustace Everett Ferdinand Gareth Geoffrey Gilbert Godfrey Harold Horace
Humphrey Jasper Jeremiah Lancelot Leopold Linus Lionel Malcolm Montague Nathaniel Nigel Oswald Percival Quentin
Reginald Rupert Seymour Sidney Silas Thaddeus Tobias Wilfred Winston Ashton Brandon Bradley Chester Dalton
Dexter Elliott Garrett Graham Harvey Jarvis Kendall Lyndon Meredith Norris Preston Quinton Royce Sheldon
Sterling Thornton Wesley Wyatt Calvin Clarence Clifton Conrad Dudley Elmer Ernest Floyd Franklin Gordon Herbert
Howard Irving Lloyd Lyle Marshall Maynard Milton Mortimer Neville Norman Orville Rodney Roland Roscoe Russell
Stanley Stuart Thurston Vernon Wallace Wendell Wilbur Willard Alistair Ainsley Barclay Beckett Braxton Carlton
Channing Dashiell Emmett Fletcher Grayson Harlan Hollis Jamison Langston Lowell Merritt Oakley Prescott
Radcliffe Sheridan Tristram Winthrop
''',
'en:f': '''
Adelaide Agatha Alberta Amelia Annabel Beatrix Bernice Bethany Blythe Cecily Clementine Cordelia Daphne Delilah
Dorothea Edith Eleanor Elspeth Ethel Eugenia Evangeline Felicity Florence Georgina Gertrude Gwendolyn Harriet
Henrietta Imogen Isadora Jemima Josephine Lavinia Letitia Lilian Mabel Marjorie Matilda Millicent Muriel Nora
Octavia Penelope Philippa Priscilla Rosalind Rowena Sybil Theodora Winifred Ashley Brittany Chelsea Courtney
Felicia Hayley Kimberly Lindsay Mackenzie Madison Shelby Tiffany Whitney Agnes Alma Audrey Beatrice Bernadette
Caroline Charlene Cynthia Deborah Dolores Edna Eileen Elaine Elsie Estelle Evelyn Fay Gladys Gloria Gwendolen
Helena Hilda Ida Imelda Irene Jean Joan Judith Juliet Lucille Marcia Maud Maureen Mildred Miriam Nell Pauline
Phyllis Ruth Shirley Sylvia Thelma Vera Vivian Wilma Yvonne Ainsley Brooklyn Charlize Delaney Everly Kinsley
Oakley Raelynn Skylar Sloane Tamsin
''',
'en:s': '''
Abbington Addington Allerton Applegarth Ashdown Aspinall Atherton Babbage Bainbridge Bamford Bartram Baskerville
Battersby Bentham Birchall Blackstock Blundell Brackenbury Bucknell Cattermole Chippendale Clitheroe Dandridge
Darlington Dimbleby Eckersley Edgerton Etherington Fairbrother Featherstone Gatenby Haddington Haslam Hatherley
Heathcote Hindmarsh Holdsworth Horsfall Huddleston Kettlewell Lambton Lindley Mapplethorpe Milburn Mottram
Pickersgill Rawnsley Ridgeway Sagar Scarborough Slingsby Smethurst Starbuck Stott Sutcliffe Thistlethwaite
Warburton Wigglesworth Woodhouse Wrathall Attwood Backhouse Bagnall Bletchley Brearley Brotherton Calverley
Capstick Dalby Garside Gotobed Hinchliffe Jagger Learoyd Metcalfe Mossop Ramsbottom Royle Schofield
Shufflebottom Thornber Tindall Townend Umpleby Waddington Wilkinson Wormald
''',
'ir:m': '''
Aidan Ciarán Cathal Colm Conall Cormac Dáire Declan Donal Donncha Eamon Éanna Enda Fergal Fiachra Finian Lorcan
Niall Odhrán Oisín Pádraig Peadar Proinsias Rónán Ruairí Séamus Seán Senan Tadhg Tomás Diarmuid Fionn Cillian
Darragh Eoin Ultan Brendan Kieran Kevin Cathaoir Flannán Iarlaith Muiris Naoise Ruadhán
''',
'ir:f': '''
Aisling Aoife Bríd Caoimhe Ciara Clodagh Dearbhla Deirdre Eimear Eithne Fionnuala Gráinne Laoise Maeve Mairéad
Niamh Nuala Orla Róisín Saoirse Síle Siobhán Sinéad Sorcha Úna Aoibheann Bláithín Caitríona Dervla Éabha Ailbhe
Muireann Neasa Orlaith Riona Treasa Ríonach
''',
'ir:s': '''
Cahalane Callinan Conaty Condon Devane Dinneen Donegan Donnellan Dorgan Fahy Fallon Feeney Fitzgibbon Geoghegan
Gilmartin Glavin Gormley Grehan Hanafin Kehoe Kielty Lalor Lanigan Linehan Loughnane Lynam Mescall Mulhern
Mullane Scanlan Slattery Aherne Behan Bergin Boland Cafferkey Cashman Clohessy Commins Corrigan Cuddihy Desmond
Diggin Durkan Enright Forde Gahan Gleeson Hackett Hourigan Kealy Kirwan Lawlor Maher Moloney Muldoon Mullins
Neville Ormond Quirke Reddan Ronan Rooney Scallan Sherlock
''',
'sco:m': '''
Alasdair Angus Callum Calum Dougal Duncan Ewan Fergus Fraser Gregor Hamish Iain Lachlan Lachie Murdo Ruaridh
Struan Torquil Innes Keir Blair Alistair Archie Euan Finlay Kenneth Kirsty Lennox Lorne Murray Niven Rory Sandy
Gillespie Crawford Ranald
''',
'sco:f': '''
Ailsa Catriona Eilidh Elspeth Fenella Fiona Iona Isla Islay Jessie Kirsteen Lorna Mairi Morag Moira Rhona
Seonaid Shona Sheena Una Ishbel Kenna Marsaili Mhairi Oighrig Peigi Beathag Ealasaid Innes
''',
'sco:s': '''
Affleck Aitchison Ainslie Ballantine Barclay Cairncross Farquharson Forsyth Kinnaird Leckie Lennie Livingstone
Lyall MacIver MacKechnie MacLeish MacNaughton MacTaggart Montgomerie Redpath Ruthven Sandison Shand Sproat
Thomson Aikman Aird Burnett Cuthbertson Dalziel Fleming Meldrum Mowat Nisbet Somerville Spottiswoode Stirling
Tweedie
''',
'ht:m': '''
Anel Bellegarde Carlo Clerveau Daniel Dieuseul Dieuveut Élysée Emmanuel Ernso Esterlin Exantus Fritzner Gesner
Guerrier Jacquelin Jocelerme Jovenel Kesner Lesly Lionel Maxo Mirlande Nérestant Nicodème Odnel Pétion Ralph
Ricardo Rosemond Saintil Stanley Thony Wilner Wilson Wisly Wismith Yvener Zephirin Lyonel Fednel Jeantel Jhonny
Sadrac Sauveur Ulrick Vladimir Wendell Widlin Alix Anthénor Antonio Bazelais Benito Dorléans Ductan Ely Ernst
Fénel Frantz Gérald Herns Jameson Jocelyn Kerby Louino Marckenson Nathanaël Ralphson Reginald Roodly Schneider
Sénèque Stéphane Ulysse Vilsaint Wadner Wesner Wilfrid Yvenson Anderson Dimitri Fedner Guerby Jeff Kensley
Mackenson Ronaldo Steevens Wilkens
''',
'ht:f': '''
Altagrâce Bernadine Carline Claudine Darline Dieula Édeline Elvire Erzulie Fabiola Fleurette Guerda Guilène
Ketly Lamercie Magalie Manouchka Marjorie Mérita Micheline Mirlande Nadège Natacha Roseline Sandrine Shirley
Tamara Vanessa Viergela Wideline Yanick Yolette Adeline Cléoma Darlène Dieunie Enide Francesca Géralda Islande
Josiane Kettie Lovely Mona Naïka Rebecca Solange Bélourdes Chrislène Daphnée Dieumène Ednie Élianise Emmanuella
Érline Esther Ghislène Ilionor Jessica Judeline Junie Kerline Lunie Mirlène Myrtha Nadia Naomie Phara Rachelle
Sherly Stéphanie Taïna Widelande Yveline Yvrose Zulma Daïana Fabienne Guerline Lovelie Medjine Nathalie Rosemène
Sandra Wisline
''',
'ht:s': '''
Amazan Anacacis Annulysse Bellande Bontemps Boursiquot Castera Césaire Charlier Clerjeune Colimon Coriolan
Dantès Déjoie Désinor Duvivier Faustin Glaude Maignan Mauricette Numa Occénad Olibrice Pauyo Théodat Trouillot
Valmé Vilaire Wilmé Anglade Antenor Bayard Bréa Lorméus Princivil Salnave Ylice
''',
'mag:m': '''
Abdelaziz Abdelhak Abdellatif Abderrahim Adil Amine Anouar Azzedine Badr Bilal Brahim Chakib Driss Faouzi Fouad
Hamza Hicham Idriss Imad Ismaïl Jamal Kamal Khalid Lahcen Larbi Lotfi Mehdi Mohcine Mounir Mourad Mustapha Nabil
Noureddine Omar Othmane Rachid Reda Samir Slimane Tarik Walid Yassine Youssef Zakaria Zoubir Abdelkader
Abdennour Ahmed Anas Chafik Djamel Fayçal Hassane Kacem Khaled Mokhtar Nacer Sofiane Soufiane Abdelilah
Abdelmajid Abdeslam Aziz Bouchaib Chakir Elmehdi Fayssal Ghali Hassan Jaouad Khalil Lahoucine Marouane Mohamed
Najib Nordine Othman Radouane Saad Salah Souhail Taoufik Yahya Younes Zouhair Adnane Ayman Hatim Hamid Ilyas
Ismail Kamil Mounsif Rachad Yassir
''',
'mag:f': '''
Aïcha Amal Amina Asmae Assia Btissam Dounia Fadwa Fatima Fatiha Ghizlane Hafsa Hajar Hanane Hayat Houda Ibtissam
Ikram Imane Jamila Kaoutar Karima Khadija Latifa Leïla Loubna Malika Meriem Mouna Nadia Naïma Nawal Nezha Nora
Ouafae Rachida Rajae Salma Samira Sanaa Siham Soukaina Wafaa Yasmina Zineb Zohra Chaïmae Chahrazad Dalila
Djamila Farida Hasna Kenza Lamia Lina Nassima Radia Sabrina Souad Warda Afaf Asmaa Bouchra Chaymae Fadila Ghita
Houria Ilham Jihane Khaoula Lamiae Leila Manal Maryem Mounia Najat Nisrine Rabia Safae Salima Sara Sofia Widad
Yousra Zakia Amira Dina Imene Insaf Maha Sihame Wiam
''',
'mag:s': '''
Aboulfath Adjaoud Akrouf Alami Azzouz Bahloul Bakkali Benaïssa Benbrahim Bennis Bouabid Boudjema Chekroun
Debbagh Demnati Dkhissi Douiri El-Glaoui Elkhattabi Essaidi Ghali Hamdouchi Hammoumi Harrak Khatib Maâroufi
Marrakchi Mezouar Ouhadi Raïssouni Squalli Temsamani Touzani Zouiten Kaddour Ouahrani Abdelmoumen Belkhayat
Chafai Jamaï Kharbouch Lyazidi Soussi Wahbi Zaoui
''',
'kab:m': '''
Aghilas Akli Ameziane Belaïd Chabane Hocine Idir Juba Kaci Lounès Massinissa Mohand Mokrane Mouloud Ouali Rabah
Salem Slimane Yidir Yuba Koceila Meziane Amayas Aksil Anir Gaya Madjid Menad Nadir Rachid Rezki Lyes Lamine
Lounis Ahcène Hamid Smaïl
''',
'kab:f': '''
Aldjia Dihya Dyhia Fadhma Ferroudja Ghania Kahina Karima Lila Lynda Malha Nouara Ouardia Saliha Samia Sekoura
Taklit Tanina Tassadit Thiziri Tinhinane Tiziri Yamina Zahia Zohra Taous Thanina Melissa Sonia Nadia Lydia Fazia
Djedjiga Hassina Houria Kamelia Lamia Louiza Meriem Nassima Ourida Razika Sadia Titem
''',
'kab:s': '''
Aït-Hamou Amrouche Aouchiche Djaout Feraoun Hadjeres Hamiche Haddadou Iratni Khelil Laïfa Maâmri Medjahed
Messaoudène Mezdad Oulhadj Sadi Tiguemounine Zenati Adjou Aïssani Akkache Allouache Amirouche Amroune Belkacemi
Bouaziz Boughanem Bouzar Chaouche Chikhi Djebbari Djenadi Ferrani Gueddouche Hadjab Hamdani Harbi Hocini Idjeri
Kheddache Lalaoui Medjkoune Merabet Oukaci Rabhi Saheb Taguelmint Zemmour Zenad Achab Amara Amiar Azouaou
Belhocine Bouhadjar Boulifa Chalal Djemai Hassani Izri Kessi Lamara Meddour Naili Ouaret Rabia Sider Takdjerad
Zidane
''',
'lev:m': '''
Adnan Akram Amjad Anis Bassam Bechara Boutros Chadi Charbel Elias Fadi Farid Fouad Georges Ghassan Habib Hadi
Hani Hassan Hussein Issam Jad Joseph Kamil Khalil Maher Majed Marwan Michel Mounir Nabih Nadim Najib Nassim
Nizar Rami Rabih Raed Riad Salim Samer Sami Tarek Wadih Wael Walid Ziad Antoine Elie Ghaleb Imad Jamil Karam
Maroun Nabil Ramzi Tony Wissam
''',
'lev:f': '''
Abir Aline Amal Carla Dalia Dana Farah Ghada Hala Hanan Hiba Hoda Joumana Lara Layal Lina Maya Mira Mona Nada
Nadine Najwa Nour Rana Rania Rasha Reem Rima Salwa Samar Sawsan Yara Zeina Aida Dima Ghina Jana Joëlle Lea Maha
Marianne Micheline Nisrine Randa Rola Souha Yasmine
''',
'lev:s': '''
Aboujaoude Antakly Bachaalani Bustros Jreissati Kreidy Aboussouan Atiyeh Chemaly Doueihi Haber Hoyek Khawam
Malouf Sakr Sawaya Tarraf
''',
'vn:m': '''
Anh Bảo Bình Cường Duy Đạt Giang Hiếu Hoàng Huy Khang Khánh Khoa Kiên Lộc Luân Mạnh Minh Nghĩa Nhân Phát
Phong Phúc Quân Quang Tài Thành Thắng Thiện Thịnh Toàn Trung Tuấn Tùng Việt Vinh Đông Hậu Kha Khôi Lực Nguyên
Phước Triết Bách Cảnh Công Cương Danh Định Giáp Hào Hiển Hòa Hoan Huân Kiệt Lân Lĩnh Lượng Nhật Ninh Quý Quyết
Thạch Thiên Thuận Tiệp Tường Vượng Xuân
''',
'vn:f': '''
Bích Diễm Diệp Dung Giao Hạnh Hiền Hoa Hồng Hương Khánh Lan Linh Nga Ngân Ngọc Nguyệt Nhung Oanh Phương Quyên
Quỳnh Sương Thảo Thắm Thanh Thu Thủy Trang Trinh Tuyết Uyên Xuân Ánh Cúc Đào Kiều Ngà Nhi Phượng Thoa Thùy Bảo
Châm Gấm Hậu Hoài Huyền Khuê Lụa Ngoan Nhàn Nhiên Phấn Thư Thương Xuyến Kim Nguyên Như Tuyền
''',
'vn:s': '''
Diêm Điền Nhâm Uông Khuất Thục Cung Giản
''',
'cn:m': '''
Bowen Chenglong Dawei Guoqiang Haoran Hongwei Jiahao Jianguo Jianhua Jiawei Jinlong Junjie Kaiwen Lixin Mingyu
Qiang Ruihan Shengli Shuai Tianyu Weidong Weiming Wenjie Xiaobo Xiaodong Xiaoming Xinyu Yichen Yifan Yongjun
Yuchen Zhenyu Zhiqiang Zihao Zixuan Chunhua Deming Fengqi Guangming Haitao Honglin Jiancheng Jingwei Kunpeng
Lianjie Pengfei Qiming Shaojie Songtao Tingyu Wenhao Xiangyu Yaoming Yunfei Zhaolong Boyang Dengke Guohua
Haifeng Hanwen Huaiyu Jianming Jiayu Jinhai Junwei Kaixuan Lianghui Mingze Peiran Qingyang Runze Shiyu Shuhao
Tianhao Wenbo Xiaojun Xiangdong Yanbin Yongkang Yuhang Zexi Zhiwei Ziming Bingwen Dehua Fenglin Guanyu Hongtao
Jiaqi Kaiming Lizhong Qiyuan Ruoxi Shaoming Tianshu Weijie Xinhua Yanming Zhaohui
''',
'cn:f': '''
Bingbing Chunyan Dandan Fang Guiying Haiyan Hongmei Huifang Jiali Jiayi Jing Jingjing Lijuan Lili Limei Meiling
Mengyao Qian Qiong Ruolan Shuang Shufen Tingting Wanying Xiaohong Xiaoli Xiaoyan Xinyi Xiuying Yajing Yanling
Yaqi Yifei Yingying Yue Yuhan Yuxin Zhiying Ziyi Aiping Chenxi Fenfang Guilan Huiling Jiaxin Lanying Meifang
Qiuyue Ruixue Shanshan Wenjing Xuemei Yanhong Yumei Zhenzhen Aiqin Baoyu Caixia Chunmei Cuiping Danni Fengying
Guifang Hongxia Huimin Jiahui Jinfeng Lanfang Lingyun Meihua Mingxia Qingqing Ruyi Shuying Suqin Wanqing
Xiaofang Xiaohui Xinran Yanfei Yiling Yuexin Yunxia Zhihui Ziqi Biyu Chunxiao Dongmei Feifei Huixin Jinglan
Liying Meixiu Peipei Qiaoling Ruolin Shiyun Wenxin Xiaowen Yaping Yunshan Zhuoya
''',
'cn:s': '''
Ouyang Zhuge Shangguan Murong Dongfang Huangfu Gongsun Xiahou Zhangsun Yuwen Wenren Nangong Linghu Zhongli
Duanmu Ximen Taishi Baili Dongguo Gongye Helian Huyan Lüqiu Qidiao Zaifu Zuoqiu Gwee Kuek Liew Loke Ooi Seah Soh
Tham
''',
'kr:m': '''
Byungho Changmin Chulsoo Daehyun Dongwook Donghyun Geonwoo Hajoon Hyunwoo Hyunjin Jaehyun Jaewon Jihoon Jinwoo
Jiwon Joonho Junseo Kangmin Kyungsoo Minho Minjun Minsoo Sangwoo Seokjin Seungho Sungmin Taehyun Taeyang Wonjun
Yongjin Youngho Yunho Chanwoo Dohyun Eunwoo Gyuri Hoseok Inho Jaebeom Jongsu Kyuhyun Myungsoo Namjoon Sanghoon
Sunghoon Woojin Yeonjun Byeongjun Cheolmin Daegeun Doyoon Gunwoo Hanbin Heesung Hyeongjun Inseong Jaeseok
Jeongwoo Jiseok Jonghyun Junghoon Kyungho Minhyuk Sangmin Seonghwa Seungwoo Sihyun Sungjae Taemin Wonho Yeongsu
Yoonho Youngjae Dongjun Gwanghyun Hyungsik Jaejoong Junhyeok Kihyun Sanghyuk Seojun Taejoon Yeonwoo
''',
'kr:f': '''
Bora Chaeyoung Dahye Eunbi Eunji Eunjung Gaeun Haeun Hana Hyejin Hyemin Hyewon Jieun Jihye Jimin Jisoo Jiyeon
Jiyoung Mina Minji Minseo Nayeon Seojin Seoyeon Seoyoung Soojin Sooyoung Sora Subin Sujin Sunhee Yejin Yerin
Yoojin Yuna Yunseo Chaewon Dayeon Eunha Heejin Hyunjoo Jiwoo Kyungmi Mijin Okja Seulgi Sohee Yeonhee Younghee
Areum Chaerin Dasom Eunseo Gyeongmi Haerin Hyeri Hyunjung Jiae Jisun Juhee Kyunghee Mihyun Minah Nara Saerom
Seoah Seohyun Sojin Soyeon Sunmi Sunyoung Yeonju Yoonji Youngmi Yujin Chaeyeon Dain Eunbin Harin Jiyu Seungyeon
Soyoung Yoona
''',
'kr:s': '''
Seomun Choe Dokko Gwon Gyeong Jeom Seob Yeop
''',
'jp:m': '''
Akihiro Akira Daisuke Haruki Hideaki Hideo Hiroshi Hiroyuki Isamu Jiro Kazuki Kazuo Kenji Kenta Koichi Makoto
Masahiro Masaru Minoru Naoki Noboru Osamu Ryota Satoshi Shigeru Shinji Shota Takashi Takeshi Tatsuya Tetsuya
Toru Yasuhiro Yoshio Yuichi Yuki Yusuke Haruto Kaito Ren Sota Takumi Akio Atsushi Fumio Goro Hajime Haruo Hayato
Hiroki Ichiro Kazuya Keisuke Kenichi Kiyoshi Masaki Masato Michio Mitsuo Nobuo Ryo Ryuji Saburo Seiji Shigeo
Susumu Tadashi Takeo Tomohiro Tsutomu Yasuo Yoshiaki Yoshihiro Yuji Yutaka Daiki Riku Sho Tsubasa
''',
'jp:f': '''
Akemi Ayaka Ayumi Chiharu Chika Emiko Fumiko Haruka Hitomi Kaori Kazuko Keiko Kyoko Mayumi Megumi Michiko Midori
Miho Miki Misaki Naoko Noriko Reiko Sachiko Sakura Satomi Tomoko Yoko Yoshiko Yukiko Yumi Aoi Hana Hinata Mio
Nanami Rin Yui Asami Asuka Chieko Eri Etsuko Hanako Harumi Hiromi Junko Kanako Kimiko Kumiko Mariko Masako Mayu
Mitsuko Naomi Natsuki Nozomi Risa Ryoko Saori Sayaka Setsuko Shizuka Takako Tomomi Yasuko Yuka Yukari Yumiko
Airi Honoka Kanon Miyu Riko Shiori Yuna
''',
'jp:s': '''
Hashimoto Takeuchi Yamashita Fujimoto Higuchi Yokoyama Arakawa Chiba Ebihara Fukushima Hagiwara Kuroda Masuda
Miyamoto Mochizuki Sakurai Sugawara Umeda Yasuda Aizawa Akimoto Egawa Enomoto Fujikawa Fukui Funaki Hanada
Hiraoka Inagaki Kagawa Kamata Kataoka Kawakami Kinoshita Koike Kuwabara Machida Matsuoka Minami Mizutani
Morikawa Murata Nagano Nakata Nishikawa Okazaki Onishi Oshima Saeki Sawada Shiraishi Taniguchi Terada Uchiyama
Wakabayashi Yagi Yamane Yoshimura
''',
'ph:m': '''
Alvin Arnel Benjie Bienvenido Crisanto Danilo Dindo Edgardo Efren Eleuterio Ferdinand Florencio Gregorio
Herminio Honorio Jericho Jomar Jovito Leonardo Lito Macario Marlon Nestor Pacifico Reynaldo Rodel Rodolfo
Rogelio Romeo Ronaldo Rommel Teodoro Virgilio Wilfredo Arnulfo Bayani Celestino Dante Dionisio Emmanuel Ernesto
Lemuel Mariano Nilo Pepito Rolando
''',
'ph:f': '''
Analyn Aileen Amihan Angelica Bituin Charito Clarita Corazon Crisanta Dalisay Divina Editha Erlinda Evangeline
Florinda Gemma Imelda Jocelyn Josefina Leticia Liwayway Luzviminda Marites Marivic Maricel Marilou Mylene Nenita
Perla Remedios Rosalinda Rowena Shiela Teresita Virginia Zenaida Analiza Arlene Cherry Daisy Honeylyn Jennilyn
Lorna Mayumi Precious Rhodora Rosalie Susana
''',
'ph:s': '''
Abalos Abella Advincula Almario Amorsolo Ancheta Carpio Castillejo Cuenca Dayrit Katigbak Legarda Montemayor
Samonte Tablante Abaya Alunan Bagatsing Balagtas Bunag Canlas Capinpin Cruzado Dimaguiba Esguerra Quimpo
Tanjuatco Tiongco
''',
'la:m': '''
Alejandro Alfonso Álvaro Andrés Aníbal Armando Arturo Bernardo Camilo Cristóbal Diego Eduardo Efraín Emiliano
Esteban Fabián Federico Fernando Gonzalo Guillermo Gustavo Héctor Hernán Horacio Ignacio Jaime Javier Jesús
Joaquín Jorge Julián Leandro Lisandro Mauricio Nicolás Octavio Osvaldo Pablo Ramiro Raúl Rodrigo Sebastián Tomás
Ulises Wilmer Yeison Álex Baltasar Darío Elkin Fredy Hugo Iván Jairo Nelson Rubén Abelardo Adalberto Agustín
Alcides Amílcar Anselmo Baldomero Bernabé Ceferino Cipriano Crisanto Edilberto Eleazar Eliseo Epifanio Evaristo
Fidel Florencio Froilán Gerardo Gilberto Heriberto Hilario Ismael Jacinto Leonel Lorenzo Macario Marcial
Nepomuceno Nicanor Onofre Porfirio Rigoberto Saúl Severo Teodoro Tiburcio Wilson Yamil Brayan Jhon Maicol
Sneider Yeferson
''',
'la:f': '''
Adriana Alejandra Ana Ángela Beatriz Camila Carolina Catalina Claudia Consuelo Daniela Dolores Elena Esperanza
Fernanda Gabriela Graciela Guadalupe Inés Isabel Jimena Juliana Leticia Lorena Luz Marcela Mariana Marisol
Mercedes Milagros Mónica Natalia Paola Patricia Pilar Rocío Rosario Soledad Valentina Ximena Yolanda Alba Amparo
Dayana Gloria Lucía Maricela Nelly Paloma Reina Sofía Yesenia Adela Altagracia Azucena Celia Dulce Edelmira
Eloísa Esmeralda Estela Eulalia Fabiola Florinda Genoveva Herminia Ivonne Jacinta Leonor Lidia Magdalena
Marisela Maritza Noemí Olga Rosalba Socorro Teodora Trinidad Wendy Xiomara Yadira Yurany Zoila Dayanna Karen
Leidy Yuliana
''',
'la:s': '''
Altamirano Amézquita Anaya Ayala Balcázar Barragán Bocanegra Caicedo Calvillo Camargo Chacón Corrales Espinosa
Garzón Mancera Marroquín Melgar Mondragón Munévar Naranjo Olarte Otálora Pardo Santamaría Serna Solano Sotomayor
Urrego Valderrama Yepes Abarca Aldana Alvear Aranda Arteaga Baena Cordero Cuadrado Escalante Grajales Hoyos
Lozada Patiño Pulido Rosero Salcedo Tobón Zárate
''',
'pt:m': '''
Abílio Adriano Afonso Agostinho Álvaro Amadeu Anselmo Armindo Arnaldo Augusto Belmiro Bráulio Cândido Custódio
Domingos Duarte Ernesto Fausto Feliciano Filipe Fortunato Gaspar Gilberto Horácio Jacinto Joaquim Júlio Leonel
Lourenço Marcos Mário Nuno Rogério Rui Sérgio Silvério Tiago Valdemar Vasco Vítor Zacarias Adelino Baltazar
Deolindo Evaristo Firmino Gonçalo Henrique João Leandro Rodrigo Thiago Wagner
''',
'pt:f': '''
Adelaide Albertina Amália Arminda Benedita Carminda Conceição Deolinda Dulce Elisabete Emília Ermelinda Fátima
Filomena Gracinda Helena Hermínia Idalina Irene Isaura Joana Leonor Lucinda Madalena Manuela Margarida Natália
Olinda Palmira Rosália Rosa Sílvia Teresa Vitória Zulmira Adriana Bruna Cláudia Débora Fernanda Juliana Luana
Mafalda Marta Raquel Tatiana Vanessa Yasmin
''',
'pt:s': '''
Castelo Farias Freire Guedes Linhares Portela Saraiva Vidal Anjos Borges Chaves Estrela Fialho Gama Magro
Marinho Albernaz Almada Arantes Ataíde Bacelar Baião Bastião Beirão Cabrita Calheiros Canário Carrilho Cerqueira
Charneca Couceiro Espinheira Farinha Felgueiras Jordão Lameiras Mascarenhas Meneses Nabais Palha Paixão Rabelo
Seabra Valverde Vilaça Zagalo
''',
'it:m': '''
Alberto Alessio Amedeo Angelo Antonio Aurelio Benedetto Bruno Carmine Cesare Cosimo Donato Egidio Elio Emilio
Enrico Ettore Fabrizio Fausto Gennaro Giacomo Gianluca Gino Giorgio Giuseppe Ignazio Luciano Massimo Matteo
Maurizio Nazzareno Nicola Ottavio Pasquale Raffaele Rocco Salvatore Sandro Saverio Sergio Silvio Tommaso Umberto
Vincenzo Vittorio Alfio Biagio Calogero Domenico Filippo Gaetano Nunzio Pietro Renato Rosario Tiziano Achille
Adriano Agostino Alfonso Ambrogio Arcangelo Arturo Attilio Baldassare Battista Beniamino Calisto Cosmo Dario
Dante Edoardo Fulvio Gianfranco Giancarlo Gioacchino Girolamo Guido Italo Livio Lorenzo Marcello Mariano Nello
Orazio Remo Romolo Santino Secondo Silvestro Stefano Tullio Ugo Valerio Virgilio Vito
''',
'it:f': '''
Adele Agnese Alessandra Antonella Assunta Benedetta Carla Carmela Concetta Donatella Elvira Emanuela Filomena
Franca Gabriella Giovanna Giulia Graziella Immacolata Ilaria Lucia Luisa Marisa Maurizia Nunzia Ornella Paola
Raffaella Rosalba Rosaria Serafina Silvana Teresa Tiziana Vittoria Addolorata Annunziata Caterina Chiara
Costanza Federica Fiorella Loredana Mirella Nicoletta Patrizia Rossella Simonetta Stefania Alba Angela Anna
Bianca Brunella Carmelina Cinzia Clelia Domenica Elisabetta Fabiola Gemma Gina Ginevra Grazia Iolanda Lina
Loretta Luciana Maddalena Marcella Margherita Miranda Natalina Nella Pina Rina Rosetta Santina Sofia Tina
Valeria Viviana
''',
'it:s': '''
Accardi Agostinelli Ambrosini Anzalone Ardizzone Attanasio Avallone Baldacci Balducci Barbagallo Bartolini
Bernardini Bevilacqua Bianchini Bonfiglio Brambilla Buscemi Caldarone Carnevale Cavallo Cecchini Crisafulli
Cusumano Damiani Aiello Amodio Antonelli Baldini Benini Bonetti Cirelli Corsini Falzone Magnani Manzoni Rossini
''',
'gr:m': '''
Achilleas Alexandros Anastasios Andreas Apostolos Aristidis Athanasios Charalambos Christos Dimitrios Efstathios
Evangelos Georgios Gerasimos Ioannis Konstantinos Kyriakos Leonidas Miltiadis Nektarios Nikolaos Pantelis
Panagiotis Periklis Prodromos Sotirios Spyridon Stavros Stylianos Theodoros Thrasyvoulos Vasileios Xenofon
Zacharias Aristotelis Dionysios Emmanouil Ilias Lambros Michail Odysseas Petros Sokratis Timotheos Agamemnon
Alkis Angelos Antonios Christoforos Dimos Elefterios Evripidis Filippos Fotis Giorgos Iason Kleanthis Kosmas
Lefteris Makis Manolis Markos Nikos Orestis Panos Pavlos Savvas Spiros Stathis Takis Thanasis Thodoris Vangelis
Yannis Zisis Haris Kostas Mihalis Stelios Tasos
''',
'gr:f': '''
Aikaterini Alexandra Anastasia Angeliki Antigoni Athina Chrysoula Despina Dimitra Eftychia Eleni Evangelia
Foteini Georgia Ioanna Kalliopi Konstantina Kyriaki Magdalini Panagiota Paraskevi Penelopi Sofia Stavroula
Theodora Vasiliki Zoi Androniki Argyro Charikleia Danai Efthymia Evdokia Irini Kassiani Maroula Niki Olympia
Polyxeni Xanthippi Amalia Anthoula Chryssa Dafni Elpida Evgenia Fani Froso Glykeria Katerina Lemonia Lena Loukia
Melina Myrto Nefeli Ourania Rena Stella Thalia Tonia Vaso Voula Xeni Zografia Afroditi Despoina Evanthia Katina
Magda Nitsa Rania
''',
'gr:s': '''
Agathangelou Alexopoulos Constantinou Diamantopoulos Efthymiou Eleftheriou Hadjidakis Kollias Mavromatis
Philippou Sarantopoulos Sotiropoulos Stavropoulos Vamvakas Antonakos Chronopoulos Mylonas Zachariou Anastasiadis
Athanasopoulos Balafoutis Chatzopoulos Christakis Dalianis Dellis Galanopoulos Gerakaris Giannopoulos Kaloudis
Karabelas Katsikas Kontogiannis Koutroumanis Livanos Mantzaris Markopoulos Mastoras Moraitis Ntalas
Papathanasiou Petropoulos Psarras Spanoudakis Tzavaras Vlahakis Zisis
''',
'pl:m': '''
Andrzej Bartłomiej Bolesław Czesław Dariusz Grzegorz Henryk Jacek Janusz Jarosław Jerzy Kazimierz Krzysztof
Leszek Łukasz Marek Mariusz Mieczysław Mirosław Paweł Przemysław Radosław Ryszard Sławomir Stanisław Tadeusz
Tomasz Wiesław Witold Władysław Wojciech Zbigniew Zdzisław Adam Artur Damian Dawid Kacper Konrad Maciej Michał
Szymon Wacław Aleksander Antoni Bronisław Cezary Edmund Eugeniusz Feliks Franciszek Gustaw Hubert Ignacy Józef
Julian Kamil Karol Lech Ludwik Marcin Mateusz Mikołaj Norbert Patryk Piotr Rafał Sebastian Stefan Sylwester
Waldemar Wiktor Zenon Zygmunt Borys Emil Fryderyk Leon
''',
'pl:f': '''
Agnieszka Alicja Barbara Beata Bożena Danuta Dorota Elżbieta Ewa Grażyna Halina Irena Jadwiga Joanna Jolanta
Katarzyna Krystyna Małgorzata Magdalena Marzena Renata Stanisława Teresa Urszula Wanda Wiesława Zofia Aleksandra
Bogumiła Iwona Justyna Kinga Lucyna Marianna Monika Paulina Weronika Zuzanna Agata Aniela Bogusława Celina
Czesława Daria Edyta Emilia Felicja Genowefa Gabriela Hanna Helena Izabela Janina Karolina Klaudia Leokadia
Ludmiła Marta Natalia Regina Róża Sabina Stefania Sylwia Tamara Wioletta Zdzisława Żaneta Amelia Bogna Ilona
Lena Milena Oliwia
''',
'pl:s': '''
Bartkowiak Bogusławski Mroczek Bednarczyk Cybulski Matuszewski Bartoszewicz Bogacki Brzozowski Budzyński Bujak
Chrzanowski Cichocki Dembiński Dobosz Drabik Dziubek Falkowski Gierszewski Gołaszewski Iwański Jagielski Janik
Jaworek Jędrzejczak Kaczorowski Kalisz Karczewski Kempa Kieliszek Klimczak Kołakowski Konieczny Korczak
Kościelny Krzemiński Kubacki Kulesza Kurowski Kwaśniewski Łapiński Łopatka Machnik Marczak Mielczarek Milczarek
Morawiec Mrozek Muszyński Nalepa Niemczyk Olejnik Pacholczyk Piasecki Pieczonka Płachta Podgórski Polak Przybysz
Pyka Rzepka Sadlik Skrzypczak Śliwiński Smolarek Sobieraj Sroka Stolarczyk Suchecki Świątek Szczygieł Szewczak
Szostak Tokarczyk Turek Tyszka Waligóra Warchoł Wiśniowski Wodecki Wolak Zaborowski Zagórski Żurawski Żychowicz
''',
'ua:m': '''
Andriy Bohdan Borys Dmytro Fedir Hryhoriy Ihor Illia Ivan Kostiantyn Lev Mykhailo Mykola Myroslav Oleh Oleksandr
Oleksiy Ostap Pavlo Petro Rostyslav Serhiy Stepan Taras Vasyl Viktor Volodymyr Yaroslav Yevhen Yuriy Zenon
Arkadiy Anatoliy Danylo Denys Maksym Matviy Orest Vitaliy Yakiv Zakhar Anton Arseniy Emil Fedor Hennadiy Heorhiy
Ilko Kyrylo Leonid Lukian Marko Mstyslav Nazar Oleksa Radym Sviatoslav Tymofiy Valeriy Vsevolod Yakym Yosyp
Zinoviy Artem Ivanko Levko Prokip Trokhym
''',
'ua:f': '''
Anastasiya Daryna Halyna Hanna Iryna Kateryna Khrystyna Larysa Lesya Liudmyla Mariya Myroslava Nadiya Natalia
Nina Oksana Olena Olha Orysia Roksolana Solomiya Svitlana Tetiana Uliana Valentyna Yaroslava Yuliya Zoryana
Bohdana Dariya Inna Lyubov Motria Oleksandra Polina Raisa Tamara Zinaida Antonina Daria Evheniya Hafiya Ivanna
Kvitoslava Lidiya Lukiya Marta Maryna Nataliya Nonna Paraska Rostyslava Snizhana Sofiya Stefaniya Taisiya Ulyana
Vasylyna Viktoriya Yevdokiya Yevheniya Zlata Zhanna Kira Lada Lyudmyla Mariana Veronika
''',
'ua:s': '''
Bondarchuk Didenko Holub Dmytruk Fedoruk Kolisnyk Kushnir Soroka Zhuk Chaban Kolomiyets Mykhailenko Radchenko
Stepanenko Andriyenko Babych Bezruchko Chumak Dorosh Fedak Halushka Hudz Ilchuk Kalyna Kryvyi Lutsenko Maksymiuk
Matviyenko Mazurenko Nechyporuk Ohiienko Onyshchenko Pasichnyk Perebyinis Pidhirnyi Pukach Skoryk Strilets
Symonenko Tymchuk Vdovychenko
''',
'ro:m': '''
Adrian Alexandru Aurel Cătălin Ciprian Constantin Cornel Costel Dan Doru Dorin Dumitru Emil Eugen Florin
Gheorghe Horia Ilie Ionuț Iulian Laurențiu Liviu Lucian Marian Marius Mihai Mircea Nicolae Ovidiu Petru Radu
Răzvan Sorin Tudor Valentin Vasile Viorel Virgil Costin Gelu Traian Silviu Ștefan
''',
'ro:f': '''
Adina Anca Aurelia Camelia Carmen Cornelia Corina Crina Daciana Delia Doina Elena Floarea Florica Gabriela
Georgeta Ileana Ioana Irina Lavinia Lenuța Ligia Luminița Mădălina Mihaela Mirela Monica Nicoleta Oana Otilia
Paula Ramona Rodica Simona Tatiana Valeria Veronica Viorica Voichița Zamfira Andreea Alina Bianca Cristina
Daniela Smaranda Teodora
''',
'ro:s': '''
Aldea Andronache Bărbulescu Botezatu Chiriac Crăciun Muntean Anghelescu Ispas Rotaru Albu Bârsan Bunea Cazacu
Ciucă Cucu Dănilă Gherman Grecu Hațegan Ivașcu Mateescu Mihalache Mureșan Neacșu Nicolescu Suciu Trandafir
Țîrlea Zaharescu
''',
'hu:m': '''
Ákos Árpád Attila Balázs Barnabás Bence Csaba Dénes Ferenc Gábor Géza Gyula Imre István Kálmán Károly Lajos
László Levente Miklós Mihály Nándor Ottó Sándor Szabolcs Tamás Tibor Zoltán Zsolt Botond Dezső Ernő Győző Huba
Jenő Márton Tihamér Vilmos Adorján Albert Aladár Andor Bálint Benedek Csongor Ede Elemér Endre Ervin Gedeon
Gusztáv Ignác Iván Kornél Kristóf Lóránt Lukács Mátyás Norbert Olivér Rezső Róbert Sebestyén Szilárd Tivadar
Vince Zalán Zsigmond Álmos Bendegúz Dániel Előd
''',
'hu:f': '''
Ágnes Anikó Boglárka Csilla Dóra Enikő Erzsébet Eszter Etelka Gabriella Gizella Hajnalka Ildikó Ilona Irén Judit
Katalin Klára Krisztina Magdolna Mária Márta Orsolya Piroska Réka Rozália Szilvia Tímea Zsófia Zsuzsanna Emese
Kinga Noémi Rita Tünde Villő Adrienn Aranka Beáta Borbála Dorottya Emőke Erika Etel Gyöngyi Hanna Hedvig Ibolya
Irma Jolán Kata Kitti Lilla Margit Melinda Mónika Nóra Petra Rozi Sarolta Terézia Valéria Vilma Zita Zsanett
Zsuzsa Bernadett Csenge Dalma Fanni Luca
''',
'hu:s': '''
Bakos Bencze Dobai Erdélyi Gyenes Hegyi Horvát Kalmár Kerekes Sebestyén Szabados Szalay Szécsi Varró Zentai
Zsoldos Bozsik Csáki Fülöp Gombos Pálinkás Sántha
''',
'de:m': '''
Adalbert Anselm Bernhard Burkhard Detlef Dieter Eberhard Ekkehard Florian Friedrich Gerhard Gottfried Gunther
Hannes Hartmut Heinrich Helmut Horst Joachim Jürgen Klaus Konrad Lothar Ludwig Manfred Matthias Reinhard Rüdiger
Siegfried Torsten Ulrich Volker Werner Wolfgang Armin Bernd Dietmar Egon Gerd Holger Jens Karsten Kurt Lutz
Otmar Uwe Alois Benedikt Claus Eckart Erhard Ernst Georg Gottlieb Günter Helmuth Ingo Jörg Kai Karl Klemens
Leopold Lorenz Lukas Markus Norbert Oskar Raimund Reinhold Rudolf Sepp Siegmund Stefan Theo Tobias Valentin
Wilfried Wilhelm
''',
'de:f': '''
Adelheid Annegret Annelie Brigitte Dagmar Elfriede Gerlinde Gertraud Gisela Gudrun Hannelore Hedwig Heidi Helga
Hildegard Ilse Ingeborg Irmgard Jutta Karin Liesel Lieselotte Mechthild Renate Roswitha Sieglinde Sigrid Ursula
Waltraud Wiebke Anke Birgit Christa Doris Edeltraud Friederike Heike Ingrid Katrin Silke Ute Agathe Almut
Anneliese Annemarie Bettina Claudia Edith Elke Elisabeth Erika Frauke Gabriele Hanna Hedda Henrike Irene Johanna
Kerstin Kirsten Margarete Marlene Martina Petra Regina Rosemarie Susanne Trude Ulrike Veronika Wilma Antje
Gundula Meike Svenja
''',
'de:s': '''
Achenbach Ackermann Ebert Ullrich Amsel Beyer Brandl Dietz Dorn Eberle Egger Engelhardt Falk Fleischer Forster
Gebhardt Haag Hofer Jahn Kern Knapp Lutz Oswald Reich Riedel Ruf Sattler Schenk Steiner Wagenknecht Wimmer
Zimmer Aichinger Amberger Biedermann Brunnhuber Dengler Eichinger Fässler Gruber Haberl Haslinger Hinterberger
Holzer Jungwirth Kogler Leitner Mühlbauer Nussbaumer Obermaier Pichler Prantl Reisinger Sailer Schachner
Schwaiger Spitzer Steinbauer Tischler Unterberger Wallner Wiesinger Zehetner
''',
'he:m': '''
Aharon Ariel Avraham Baruch Binyamin Chaim Dov Eliezer Eliyahu Ephraim Gavriel Hershel Itzhak Mendel Menachem
Mordechai Moshe Nachman Naftali Pinchas Shimon Shlomo Shmuel Uriel Yaakov Yechiel Yehuda Yisroel Yitzchak Yosef
Zalman Zev Akiva Amnon Boaz Eitan Gideon Meir Noam Tzvi Yoav Abba Asher Avner Avishai Betzalel Dovid Elimelech
Ezra Feivel Gershon Hillel Ilan Kalman Lazer Levi Mayer Michoel Nosson Oded Rafael Reuven Shaya Simcha Tzadok
Yehoshua Yonatan Yoel Zecharia Zisha Amos Avi Dror Ehud Omri Tal Uri Yaron
''',
'he:f': '''
Adina Aviva Batsheva Bracha Chana Chaya Devorah Dina Esther Faiga Gittel Hadassah Henya Ilana Leah Malka Miriam
Naomi Nechama Orly Perel Rachel Rivka Ruchama Sarah Shira Shoshana Tova Tzipora Yael Yehudit Yocheved Zehava
Ayelet Dafna Efrat Galit Keren Michal Noa Talia Adira Batya Bayla Blima Breindel Chavi Dvora Elisheva Esti
Fraidy Frumet Golda Hinda Leeba Mushka Nechami Pessel Raizel Rochel Sheindel Shprintza Tehila Toby Yenta Zlata
Anat Hadar Merav Osnat Rinat Sigal Tamar Vered Yafit
''',
'he:s': '''
Ackerman Aronson Berkovitz Chazan Dayan Glazer Greenbaum Jacobson Kopelman Lehrer Nathanson Sobel Spiegel
Weissman Lasry Marciano Ohana Suissa Zini Abergel Akerman Alkobi Benlolo Bibas Bouskila Danino Fhima Guedj Hadad
Kadosh Levinsky Malul Mamane Moyal Nahon Perets Sasson Sibony Taieb Tapiero Abramson Davidovich Farber Goldfarb
Itzkovitz Krakowski Lipman Medvedovsky Minkowitz Pomerantz Slutsky Stolnitz Trachtenberg Vishniac Yellin Zeldin
''',
'am:m': '''
Ara Aram Arman Armen Arsen Artak Ashot Avedis Garabed Garen Garo Gevorg Grigor Haig Hagop Hovhannes Hrant Kevork
Krikor Levon Mihran Movses Nerses Raffi Sarkis Sevak Shahen Tigran Vahan Vahe Varoujan Vartan Zareh Zaven Anush
Arshak Aršak Babken Hayk Karapet Mher Nairi Samvel Vazgen Abraham Andranik Arsham Artashes Avetik Boghos Diran
Dikran Edgar Gagik Harout Hrach Kaspar Khachik Manuk Mardiros Mushegh Norayr Ohan Paruyr Raffik Setrak Souren
Vardan Varuj Vigen Yervant Zohrab Arshavir Haroutioun Kourken Mgrditch Nshan Sebouh Shant
''',
'am:f': '''
Anahid Anoush Araxie Arpi Astghik Azniv Gayane Hasmik Hripsime Knar Lilit Lusine Maral Margarit Nairi Nane
Nazeli Nune Ovsanna Ruzanna Satenik Seda Shakeh Siranush Sona Takouhi Taline Tamar Vartouhi Zabel Zaruhi Ani
Armine Heghine Karine Mariam Narine Sirarpi Talar Zepure Alina Anahit Arevik Armenuhi Aznive Gohar Hayarpi
Hermine Isabella Karineh Lena Lilia Lucine Maro Melanie Nvard Ripsime Salpi Sirvart Sossi Talin Tatevik Verjine
Vartine Yeva Zaruhy Alice Anoushig Houry Meghri Nora Sevan Shoghik Silva
''',
'am:s': '''
Andonian Daghlian Dikranian Karamanian Margossian Oskanian Shahinian Toumanian Yeghiazarian Gharibian Kassabian
Tchakerian Aharonian Amirkhanian Antreassian Arzoumanian Atamian Balakian Chahinian Chouljian Djerdjian Eskijian
Ghougassian Hacikyan Hagopjian Hovanessian Kalustian Kechichian Krikorian Mahdessian Mekhitarian Movsessian
Nercessian Pilibossian Sahagian Setrakian Sirounian Tavitian Yessayan
''',
'pa:m': '''
Amandeep Amarjit Arjun Avtar Baldev Balwinder Bhupinder Charanjit Dalbir Darshan Daljit Gurbachan Gurdeep
Gurmeet Gurpreet Harbhajan Harjinder Harpal Hardeep Inderjit Jagdeep Jagjit Jaswant Karamjit Kuldeep Lakhwinder
Manjit Manpreet Navdeep Paramjit Prabhjot Rajinder Ranjit Satnam Sukhdev Sukhwinder Surinder Tarlochan Tejinder
Varinder Gurkirat Harnoor Jashan Karanvir Parminder Rupinder Ajit Amrik Balkar Bikramjit Davinder Gurcharan
Gurjit Gurnam Harinder Harkirat Hardev Inderpreet Jasbir Jaskaran Joginder Kulbir Kulwinder Makhan Malkit
Nachhatar Narinder Pargat Parmjit Ravinder Sarabjit Shamsher Sukhjinder Sukhraj Tarsem Ujagar Balraj Dilpreet
Gurvinder Jaspal Mandeep Rajvir Sukhman
''',
'pa:f': '''
Amrit Balbir Baljit Charanpreet Gagandeep Gurleen Gurpreet Harleen Harpreet Jaspreet Jasleen Jasvir Kamaljit
Kiranjit Kulwant Mandeep Manjeet Navjot Navneet Parveen Prabhleen Rajwinder Ramandeep Rupinder Sandeep Simran
Sukhjit Sukhpreet Surjit Tejpal Amanpreet Avneet Daljeet Gurjot Harsimran Inderpal Jasmeen Khushpreet Lovepreet
Mehakpreet Nimrat Rajdeep Amarjeet Anmol Balvinder Gurbir Gurdip Gurinder Harjit Harmeet Jasdeep Jaswinder
Kamalpreet Kirandeep Kuldip Manjot Navdeep Parampreet Rajbir Ravneet Satwant Simarjit Sukhjeet Taranjit Ekam
Gunjan Jasnoor Kirpal Mehar Noor Prabhjeet Ramneet Sehaj Tavleen
''',
'pa:s': '''
Banga Chhina Chima Gahunia Khosa Lidder Marwaha Pandher Shergill Sohi Tatla Benipal Chandi Hayer Jhutti Kalra
Nandra Sahi Sandher Athwal Bhinder Birk Chatrath Chohan Dadrao Dhesi Dhugga Garewal Hothi Johl Khera Kingra
Lehal Manhas Mavi Nahal Nann Padda Rakhra Sagoo Sarao Sidhoo Thandi Thiara Waraich
''',
'ta:m': '''
Anandan Arumugam Ashwin Balaji Dinesh Ganesan Gopal Ilango Jeyakumar Kannan Karthik Kathiravan Kumaran Mahendran
Manikandan Murugan Nadarajah Palani Prabhakaran Rajkumar Ramesh Ravindran Sasikumar Selvam Senthil Shanmugam
Sivakumar Subramaniam Sundaram Suresh Thangaraj Thirumalai Vignesh Yogesh Aravind Elango Gunasekaran Jeevan
Kabilan Mathivanan Nithin Pandiyan Saravanan Thamilselvan Uthayan
''',
'ta:f': '''
Abirami Anbu Bhavani Chitra Deepa Devi Gowri Indira Janani Jeyanthi Kalaivani Kamala Kavitha Lakshmi Malathi
Meena Nandhini Padma Pavithra Priya Radha Revathi Saranya Selvi Shanthi Sumathi Tamilselvi Thamarai Uma Vaidehi
Vasanthi Yamuna Abinaya Anitha Dharshini Ezhil Geetha Kayal Mathumitha Nila Poongodi Sangeetha Tharani Vanitha
''',
'ta:s': '''
Arulampalam Balachandran Gnanapragasam Krishnapillai Kumaraswamy Ramanathan Selvadurai Somasundaram Srikanthan
Suppiah Thambirajah Thirunavukkarasu Vigneswaran Ambalavanar Kanapathipillai Kirubakaran Mailvaganam Ponnudurai
Sivagnanam Thiyagarajah Amirthalingam Arasaratnam Chandrakumar Devarajah Elankumaran Ilangovan Jeyakanthan
Kailasapathy Karalasingam Kularatnam Muthulingam Nadarajasundaram Navaneethan Pararajasingam Pasupathy Rajadurai
Ravishankar Sathananthan Sivaraman Subaskaran Sugumar Thavarajah Thirukumaran Varatharajah Wijayakumar
''',
'lk:m': '''
Ajith Amila Anura Asanka Chaminda Chandana Dhammika Dinesh Duminda Gamini Harsha Indika Janaka Kasun Lahiru
Lalith Mahinda Nalin Nimal Nuwan Prasanna Pradeep Ranil Ruwan Sampath Sanath Sanjeewa Sarath Sunil Thilina Upul
Wasantha Chathura Dilan Isuru Kusal Lasith Roshan Tharindu Anuradha Buddhika Chamara Chandima Damith Dimuth
Gayan Hemantha Indunil Jagath Kamal Kumara Lakshman Madura Mahela Nalaka Nishantha Prasad Rangana Rohan Sajith
Sanjaya Shehan Suranga Thisara Upali Wimal Dasun Dhanushka Hasitha Kavindu Malinda Pathum Ravindu Sadeera
''',
'lk:f': '''
Anoma Chamari Chandrika Dilani Dilrukshi Gayani Hasini Inoka Ishani Kumari Lakmali Malini Manel Nadeeka Nilmini
Piyumi Ramani Sandya Sanduni Shalika Sriyani Thilini Udayangani Wasana Anusha Chathurika Dinithi Hiruni
Kaushalya Nethmi Sachini Tharushi Amali Chamila Chandani Damayanthi Deepika Dulani Erandi Ganga Hemali Indrani
Iresha Janaki Kalani Kanchana Lalani Madhavi Nayana Nirmala Padmini Pushpa Renuka Sanjeewani Sepali Shiromi
Shyama Sumudu Thushari Upeksha Yamuna Ashini Dulanjali Hansani Imesha Madhushi Pavithra Sewwandi
''',
'lk:s': '''
Amarasinghe Dissanayake Gunawardena Jayawardena Karunaratne Kumarasinghe Liyanage Mendis Ranasinghe Weerasinghe
Wijesinghe Abeyratne Amaratunga Dassanayake Gamage Hettiarachchi Jayatilaka Kodikara Madushanka Munasinghe
Nanayakkara Pathirana Rathnayake Samarasinghe Siriwardena Thilakaratne Wanigasekara Weerakoon Wijeratne
Attanayake Bulathsinhala Dharmasena Gunaratne Hewage Jayasinghe Kulatunga Mahanama Rupasinghe Senaratne Udugama
Vithanage
''',
'bn:m': '''
Abdul Anisur Arif Asif Babul Dipankar Faruk Habibur Humayun Jahangir Kamrul Mahbub Mizanur Moinul Monir Nazrul
Rafiq Rajib Rezaul Saiful Shafiq Shahid Shamim Sohel Sujon Tanvir Zahid Amitabha Arindam Debashis Partha Pranab
Sanjib Shubhankar Subrata Tapan Anupam Biplab Ranjan Sourav Tushar
''',
'bn:f': '''
Afroza Ayesha Dilruba Farhana Fatema Hasina Jannat Laila Mahmuda Morium Nasrin Nazma Parveen Rehana Rokeya
Sabina Salma Shahnaz Shamima Sharmin Sultana Taslima Tahmina Anindita Bipasha Debjani Ishita Madhabi Mousumi
Paromita Rituparna Sharmila Sudeshna Sutapa Tanushree
''',
'bn:s': '''
Akhtaruzzaman Mallick Shikder Bagchi Bhowmick Datta Kundu Maitra Mazumdar Ahsan Akand Anwar Bepari Faruque
Howlader Jamaddar Kibria Matubbar Mridha Munshi Quddus Rabbani Sobhan Talukdar Tarafdar Ghoshal Samanta
''',
'np:m': '''
Anil Arjun Basanta Bibek Bikash Binod Deepak Dipendra Ganesh Gopal Hari Kiran Krishna Madhav Mahesh Manoj
Narayan Nabin Pradip Prakash Rabin Rajendra Ramesh Sagar Santosh Sudip Suman Sunil Suresh Tek Umesh Yubaraj
Bijay Dinesh Hemanta Kamal Pawan Roshan Sanjeev Sushil Amrit Ashok Bhim Bishal Chandra Dipak Govinda Hemant
Ishwor Jeevan Kailash Keshav Lokendra Mohan Nawaraj Nirajan Prabin Purna Raju Rupesh Saroj Shankar Shiva Sujan
Surya Tilak Uttam Ashish Bipin Dipesh Gyan Kishor Rakesh Subash
''',
'np:f': '''
Anita Bimala Bishnu Durga Ganga Gita Indira Januka Kabita Kamala Laxmi Manisha Maya Nirmala Pabitra Pramila Puja
Radhika Rama Sabina Sangita Sarita Sita Sunita Sushila Tara Usha Yamuna Alisha Anjali Asmita Menuka Nisha
Pratikshya Rojina Sabita Sujata Srijana Aarati Ambika Basanti Bhagwati Bindu Chandrakala Deepa Dil Goma
Jamuna Kalpana Kopila Mamata Mina Parbati Pushpa Radha Renu Saraswati Shanti Shova Sumitra Tulasi Urmila Yashoda
Aakriti Anisha Barsha Dikshya Kritika Prerana Sushma
''',
'np:s': '''
Aryal Baral Basnet Bhattarai Bista Budhathoki Chhetri Dahal Devkota Dhakal Ghimire Kafle Khadka Lamichhane
Maharjan Neupane Paudel Pokharel Regmi Rijal Sapkota Subedi Thakuri Timilsina Wagle Bajracharya Bhusal Dhungana
Ghising Humagain Kandel Khatiwada Mainali Niraula
''',
'af:m': '''
Abdullah Ahmad Ajmal Asadullah Bashir Faridoon Ghulam Habibullah Hamidullah Hekmatullah Jawad Karimullah
Khalilullah Mirwais Mujtaba Nasir Nazir Obaidullah Qadir Rahmatullah Sayed Shafiullah Sharif Wahid Yama
Zabihullah Zalmai Ahmadshah Arash Baryalai Fawad Haroon Jamshid Naqib Rohullah Shoaib Wais Zubair Abdulhaq
Aminullah Atiqullah Azizullah Baz Enayatullah Farhad Fazal Ghafoor Gul Hashmat Hayatullah Idrees Ismail Jalil
Khalid Lutfullah Mansoor Naeem Nasrullah Omid Qais Rafi Sadiq Samiullah Sediq Tamim Waheed Yasin Zaher Zia Bilal
Farid Hamid Javid Nasim
''',
'af:f': '''
Aziza Basira Bibi Fariba Fatana Freshta Gulalai Gulbahar Hakima Homaira Laila Mahbooba Malalai Marzia Masooma
Mursal Nadia Nahid Nargis Parwana Rahima Robina Roya Sadaf Shabana Shakila Soraya Spozhmai Tamana Wazhma
Zarghona Zarmina Zohal Arezo Forozan Hosai Mina Palwasha Sahar Zakia Ariana Bahara Benafsha Farzana Fawzia
Freshteh Gulnar Habiba Hasina Humaira Jamila Karima Latifa Madina Malalay Mariam Meena Nilofar Pashtana Razia
Rukhsar Sabira Sakina Shaima Shukria Sitara Sultana Tahmina Wahida Yalda Zainab Zulaikha Farkhunda Hadia Nazifa
Parisa Shogofa
''',
'af:s': '''
Alokozay Andar Arghandiwal Atmar Faizi Kakar Mohseni Mujaddidi Nadiri Popalzai Qaderi Shinwari Stanekzai Sultani
Tarzi Wardak Yousufzai Zazai Achakzai Daudzai Jalalzai Khogyani Nuristani Sahak Tokhi Yaftali
''',
'fa:m': '''
Abbas Afshin Amir Ardeshir Arash Babak Bahman Behrouz Bijan Cyrus Dariush Ehsan Farhad Farshid Hamid Hossein
Houshang Iraj Jamshid Kamran Kaveh Keyvan Kourosh Mahmoud Majid Manouchehr Mehran Mohsen Nader Omid Parviz Payam
Pedram Ramin Reza Saeed Shahram Siavash Sohrab Vahid Yousef Amirhossein Arman Behnam Farzad Hooman Koorosh
Mehrdad Navid Peyman Saman
''',
'fa:f': '''
Afsaneh Azadeh Bahar Banafsheh Farah Fariba Farideh Golnaz Haleh Homa Ladan Leila Mahnaz Mahsa Mandana Maryam
Minoo Mitra Nasrin Negar Parisa Parvaneh Roya Sara Setareh Shabnam Shirin Simin Soheila Taraneh Yasaman Arezoo
Elaheh Faranak Golnar Mahtab Nazanin Pegah Raha Sepideh Shiva
''',
'fa:s': '''
Esfandiari Noori Asgari Faraji Nasseri Afkhami Afrasiabi Aghdashloo Ahanchian Alavian Amirshahi Ardakani Arjmand
Ashtiani Azarnoush Badiei Barzegar Beheshti Bozorgnia Chitsaz Daryani Davoudi Delkhah Fakhrai Farokhzad Fatemi
Foroughi Ganji Gharavi Hedayat Hejazi Isfahani Jahanbani Jamalzadeh Kalantari Keshavarz Khalkhali Mahjoub
Meshkini Mirbagheri Mohajer Mokri Motamedi Namazi Nourbakhshian Pakravan Pezeshki Sadri Samiei Shahidi Shamlou
Sharifzadeh Tabatabaei Tafreshi Tavassoli Yeganeh Zolfaghari
''',
'tr:m': '''
Ahmet Alper Arda Barış Berk Bülent Burak Cem Cengiz Deniz Emre Erkan Ertuğrul Fatih Ferhat Gökhan Hakan Hasan
İbrahim İlker Kemal Kerem Levent Mert Murat Mustafa Oğuz Onur Orhan Osman Ozan Selim Serdar Serkan Sinan Tamer
Tarkan Tolga Tuncay Uğur Umut Volkan Yavuz Yiğit Yusuf Halil Koray Mehmet Okan Recep Tayfun Abdullah Adem Bekir
Bora Cihan Doğan Erdem Erhan Ersin Eyüp Ferit Gökay Gürkan Hüseyin İlhan İsmail Kaan Kadir Kenan Mahir Metin
Necati Nevzat Nihat Orkun Rıza Sadık Sedat Şükrü Tahsin Taner Uğurcan Veli Yakup Yasin Zafer
''',
'tr:f': '''
Aslı Ayla Aylin Ayşe Banu Başak Belgin Berna Burcu Çiğdem Derya Dilek Ebru Elif Emine Esra Fatma Filiz Gamze
Gizem Gökçe Gül Gülay Hatice Hülya İpek Leyla Melek Meltem Nazlı Nesrin Nilgün Özlem Pınar Seda Selin Serpil
Sevgi Sibel Songül Tuba Tülay Yasemin Zehra Zeynep Damla Ece Ezgi Işıl Merve Tuğba Ayten Bahar Betül Canan Cansu
Dilara Duygu Emel Esma Feride Gülşen Gülten Hande Havva Hilal Iraz Kübra Lale Melis Nermin Nurcan Oya Rabia
Semra Sevda Şule Tülin Ümran Yeliz Zübeyde Aysel Buket Çağla Dilan Ecem Nisan
''',
'tr:s': '''
Akgün Aydemir Ergin Gür Gökmen Akalın Akbaş Akkaya Altıntaş Arıkan Babacan Baysal Biçer Çakmak Canpolat Çavuş
Dağlı Demirel Dikmen Ertekin Gedik Gençer Göktaş Güngör Kılınç Sağlam Tekeli Yalın Yazgan Yeşil
''',
'wa:m': '''
Abiodun Adebayo Adekunle Ademola Akinwale Babatunde Chidi Chinedu Chukwuemeka Emeka Femi Folarin Ikechukwu
Kayode Kelechi Kwabena Kwadwo Kwaku Kwame Kofi Mamadou Moussa Nnamdi Obinna Oluwaseun Osagie Segun Seydou Sékou
Souleymane Tunde Uchenna Abdoulaye Alassane Boubacar Cheikh Ibrahima Issa Lamine Modibo Oumar Ousmane Saliou
Tidiane Djibril Babacar Fodé Adewale Bamidele Chibuzo Chukwudi Dayo Ebuka Ejike Gbenga Ifeanyi Jide Kehinde
Lanre Nonso Obafemi Olumide Rotimi Taiwo Yemi Aliou Bakary Daouda Ibrahim Idrissa Karamoko Mahamadou Salif Siaka
Yacouba Kwesi Kojo
''',
'wa:f': '''
Abena Adaeze Adebola Adunni Afia Akosua Ama Aminata Awa Chiamaka Chinwe Chioma Efua Esi Fatoumata Folake
Funmilayo Ifeoma Kadiatou Mariama Ngozi Nkechi Oluwakemi Omolara Oumou Ramatoulaye Rokia Sokhna Titilayo Yetunde
Yewande Adjoa Aïssatou Bintou Coumba Dieynaba Fanta Kadidia Khady Mame Ndeye Nafissatou Salimata Abimbola Adaora
Adesuwa Amaka Bisola Bukola Chidinma Damilola Ebele Ifeyinwa Kemi Modupe Ngozika Nneka Obiageli Olamide Remi
Sade Temitope Uju Adama Assetou Binta Djeneba Hawa Kadija Mariam Safiatou Akua Adwoa Afua Yaa Abla Dzifa Enyonam
''',
'wa:s': '''
Amadi Dlamini Olaniyan Onyeama Yeboah Boakye Diakité Adedayo Adeniyi Adewumi Akinbode Alabi Amaechi Aniebonam
Ezeji Ibeh Iheanacho Obiora Ogbonna Okonjo Okoye Onuoha Agyei Amankwah Antwi Asamoah Bonsu Dankwa Frimpong Kusi
Kyei Nkansah Opoku Sarpong Tetteh Cissoko Samaké
''',
'ca:m': '''
Christian Déogratias Dieudonné Emery Espoir Fiston Florentin Gaston Godefroid Joël Kalala Kasongo Lukusa Mbuyi
Merveil Muamba Ngalula Pitshou Ruffin Serge Trésor Tshibola Yannick Fabrice Gloire Landry Mputu Nzuzi Olivier
Rodrigue Sylvain Thierry Alain Amani Bienvenido Christophe Cyrille Didier Eric Faustin Ghislain Ignace Jérémie
Kabeya Kanku Kapita Lukeni Makengo Mbiya Mpia Ngandu Norbert Nsenga Shabani Tshimanga Valentin Zéphyrin Gauthier
Hubert Landu Mulumba
''',
'ca:f': '''
Aimée Anuarite Bijou Chantal Espérance Fifi Gisèle Jeanine Joséphine Kapinga Mbombo Mireille Mujinga Ngalula
Nsimba Odette Pascaline Pétronille Rachel Sifa Tshiela Véronique Yvonne Angélique Béatrice Clarisse Divine
Esther Fanny Julienne Merveille Nadège Olga Prisca Sarah Vanessa Adèle Alphonsine Amina Charline Christelle
Claudine Gracia Henriette Irène Kafula Lydie Malaika Mbuyi Mwamini Nathalie Nsimire Ornella Pétronie Sylvie
Tshilanda Yvette Zawadi Bénédicte Cécile Déborah Françoise Mado Nadine Rebecca
''',
'ca:s': '''
Bakambu Bokele Bolongo Kamanda Kibambe Lubaki Luzolo Malonga Mputu Bagaza Rwigema Ngono Bitshi Bolingo Diyoka
Ekila Ikolo Kafunda Kalambay Kapend Kasereka Katembo Kikuni Kimbembe Kisimba Lokeli Lufuluabo Lukanga Makengo
Masamba Mayala Mbiya Mboyo Muanza Mubenga Mukuna Mundele Mushiete Ngalamulume Nkashama Nsumbu Sakombi Tshiamala
Tshiteya Habiyaremye Nsengiyumva Nyirahabimana Twagirayezu
''',
'ea:m': '''
Abdi Abebe Alemayehu Amanuel Bereket Biniam Dawit Elias Ermias Fikre Getachew Girma Habtamu Hailu Kebede
Mekonnen Mesfin Mulugeta Samuel Solomon Tadesse Tekle Tesfaye Yohannes Yonas Abdirahman Abdullahi Farah Hassan
Ilyas Mohamed Omar Jama Kiprotich Kipchoge Wanjiru Mwangi Njoroge Mutua Kibet Cheruiyot Odhiambo Addisu Ashenafi
Berhane Daniel Dereje Eyob Fasil Gebremedhin Haile Henok Kaleb Kidane Mikias Nahom Robel Sisay Tamrat Tewodros
Yared Zerihun Abdikarim Abdiaziz Bashir Hamza Liban Mukhtar Nuur Warsame Abdiwali Kipruto Kiptoo Macharia
Njuguna Ouma Owino Wekesa Kamande
''',
'ea:f': '''
Almaz Aster Bethlehem Eden Elsa Feven Frehiwot Genet Hanna Helen Hiwot Kidist Liya Mahlet Meron Mulu Rahel Saba
Selam Senait Tigist Tsion Yordanos Zewditu Hodan Hibo Ifrah Sahra Asha Fadumo Nafisa Amran Ayan Wanjiku Akinyi
Njeri Nyambura Achieng Chebet Jepkemboi Wairimu Abeba Aberash Adanech Alemitu Birtukan Etenesh Fantaye Hirut
Konjit Lemlem Meseret Netsanet Selamawit Sosina Tirunesh Woinshet Zenebech Amina Deeqa Faadumo Hamdi Idil Khadra
Maryan Muna Nimco Sagal Ubah Zamzam Chepchirchir Jebet Kerubo Moraa Njoki Wangari Wambui Wanjiru Atieno
''',
'ea:s': '''
Dagnew Fikadu Getahun Woldeyes Kiprono Wanjala Gitau Kipkemboi Chelimo Dejene Demeke Endale Mengesha Tessema
Abuor Chepkoech Mbugua Muriuki Ndegwa Wafula Wambugu
''',
'innu:m': '''
Ambroise Apenam Basile Damien Etienne Georges Kanapé Mathieu Mishen Napeu Pien Shimun Tshan Uapush Tshishe Pinip
Antane Shinapest Nanass Uinipap Atanish Kaniuekutat Manitu Akiuapit Tshimanipiss Kamishtashtin Nikashant
Uashtesh
''',
'innu:f': '''
Angèle Annette Caroline Christine Édith Évelyne Jeannette Kashtin Manian Mani Nipi Pishum Shanut Tanite
Tshiuetin Uapikun Utshimau Manitshish Kaniuek Nishk Uapishtan Ushkan Mishta Unishk Atuk Nutshimit Mashkush
''',
'innu:s': '''
Nolett Tsheshkamin Qupee
''',
'cree:m': '''
Abel Ahenakew Alwyn Buckley Clarence Elijah Emile Gilbert Isaiah Jimmy Lawrence Noah Ricky Roderick Sinclair
Stanley Waseskun Wapun Kisik Mahihkan Nipin Okimaw Piyesiw Sakihitowin Wapastim Kihiw Maskwa Namew Sikak Wapiski
''',
'cree:f': '''
Annie Bella Charlotte Darlene Eliza Glenna Irene Jennie Lena Louisa Marlene Nellie Sophie Wanda Winnie Kisikaw
Mahihkanis Nipiy Okiskwew Pisim Sakastew Wapikwaniy Iskwew Waseya Sakihew Nipiwin
''',
'cree:s': '''
Mattawashish Uupichun Kanatewat Katapatuk Nakogee Wiinichi
''',
'inuit:m': '''
Aipili Akulukjuk Alacie Elijah Elisapi Iqaluk Isaac Jaaji Jobie Johnny Kalingo Kiviaq Lazarusie Lucassie Mosesie
Natsiq Paulusi Peter Qalingo Quppapik Saali Simeonie Taqialuk Tiivi Tumasi Ulaayu Willie Akinisie Anirniq
Eeyeevadluk Ilisapi Jamesie Juanasi Kenojuak Malaya Nuvalinga Pauloosie Qumak Sammisa Tagak Tamusi Uitangi
''',
'inuit:f': '''
Aani Akinisie Alasi Annie Eva Elisapie Jeannie Juani Kenojuak Lizzie Maata Mary Minnie Nalaga Nellie Nuvuja
Pitsiulaaq Quitsaq Sarah Siasi Sheila Tukiki Ulluriaq Aalasi Ainiak Ekidluak Eyesiak Kanayuk Makusi Naulaq
Niviaqsi Pitaloosie Qiatsuq Suvuliq Taqialuk Ullaq
''',
'inuit:s': '''
Aatami Adamie Arnatuk Alayco Ekidlak Tukkiapik Uitangak Arnaquq Augiak Etidloie Iqiquq Kalluk Kakkik Mannik
Nutaraaluk Okituk Qavavauq Quaraq Saviadjuk Simigak Uqittuk
''',
'mohawk:m': '''
Aronhiawakon Kanentakeron Karonhiaktatie Kahentinetha Kenneth Tehoronhiathe Teiowisonte Sakokwenionkwas
Ranekenhteron Tekarontake Kaienkwaktatse Ohahase Rotiio Skawennati Taiaiake Teharihoken Aientahawe Rarihokwats
Kawennanoron Sakaronhioia Tekaienkwaks Sakoieta
''',
'mohawk:f': '''
Kahente Kahentawaks Kaniehtiio Karahkwenhawi Kaienkwaktatse Kanerahtens Konwennaweiah Ohenten Tekahawakwen
Tewateronhiakhwa Wahiakeron Kateri Kawennotas Karonhienhawi Kanenhariio Iakoiehwahtha Kahsennenhawe
Ienonhsatenion Katsitsaronkwas Konwatsitsiaienni Tsiorasa Skawennatsi Kanatiiosh Ohsenna
''',
'mohawk:s': '''
Splitlog Sagoniakisa Tekaronhiake Tiewentaronnon Lickers Maracle
''',
}

# Invented forms that turned out, while this file was written, to be surnames of
# indep13 .. indep19 or French / English words (--selftest re-checks the pools).
AVOID_INVENTED = set('''
Thibard Coron Thibichaud Robineau Thibeau Robichaud Aubichaud Thibot Karzai Hovhian Voskikian Torian Nahapyan
Ghazoyan Araikian Ghazian Kaspessian Sargessian Toressian Baghyan Kaspikian Mardian Voskjian Nahapessian Kaspyan
Hovhyan Hovhessian Baghoyan Sargian Ghazyan Toryan Nahapjian Torikian Mardjian Baghikian Chowdhury Dasgupta
Ghoshgupta Ghosharjee Dasarjee Bhattadar Chowdar Sengupta Senarjee Ghoshdar Bhattagupta Longo Kalumba Mistanish
Neekabano Cheewat Neekawat Maskyskum Wapapoosh Neekapoosh Waldberger Oberberger Linheimer Dornhofer Brückhofer
Altmann Langmann Hofmann Lindorf Linhofer Kirchmeier Waldmann Altberger Altdorf Dornbach Neumeier Oberdorf
Oberhofer Brückheimer Neubach Hofmeier Linmeier Langheimer Eberheimer Dornmann Langberger Hofberger Neumann
Aldleigh Whitwick Langthorpe Elmwick Whithurst Fairbury Wadwick Northorpe Norfield Darnejad Jahpour Mahzadeh
Zarvand Zarzadeh Jahnejad Nasvand Bahzadeh Golabadi Zarpour Mahnejad Tahvand Darpour Golnejad Farnejad Jahvand
Farzadeh Golvand Amirpour Bahabadi Zarnejad Karalis Manoiadis Karapoulos Xenopoulos Vasipoulos Blumthal
Blumzweig Weinbaum Hirschberg Goldberg Grunfeld Levberg Sternberg Kirschstein Feinbaum Hirschfeld Sternthal
Rosenbaum Goldblatt Sternstein Hirschbaum Blumwitz Goldthal Sternzweig Goldfeld Feinberg Feinzweig Weinstein
Belilus Lucidor Doridor Doréus Dorilus Valilus Farházi Molffy Horfalvi Kisházi Torffy Molvári Farffy Csorfalvi
Szentházi Balaházi Pishinish Uapipan Napishish Mishtashish Nashkanish Qumaakallak Sivuruk Kasuluk Aullatuk
Kasukallak Napparuk Iqaruk Tukuruk Uqituk Aullajuaq Uqiruk Iqajuaq Sivuluk Annakallak Uqilik Annaluk Nappatuk
Tukukallak Balane Kitamura Matsumura Matsuda Ishida Yamada Morimoto Nishihara Akamura Palueta Feriño Wijewardena
Jayasekara Abeynayake Wijesekara Wijenayake Zeradi Bouani Benali Kahra Walra Grewal Macapagal Manapagal
Calapagal Macasig Calasig Dimapagal Valoso Tavães Lanineau Ioroiu Ioraru Mihoiu Mihilă Radoiu Radaru Radilă
Iorescu Radescu Radeanu Glenmore Ardmore Craigmore Navanathan Ratnanathan Yogarajah Parasingham Sivanathan
Mahesingham Balanathan Mahenathan Balarajah Paranathan Balasingham Thavasingham Ratnasingham Kanarajah
Ratnarajah Kananathan Kanasingham Maherajah Navasingham Yoganathan Navarajah Pararajah Sivarajah Özmen Taşhan
Demirsoy Taşoğlu Demirmen Demirtürk Karatürk Karakaya Akhan Yılsoy Balmen Eroğlu Taştürk Özoğlu Ertürk Gülsoy
Gültürk Karasoy Karahan Gülmen Ersoy Gülhan Baloğlu Çelikmen Aktürk Demirhan Çelikoğlu Öztürk Yılmen Demiroğlu
Akoğlu Balhan Aksoy Özhan Erkaya Horchuk Horyshyn Ostyshyn Bilenko Bilchuk Melenko Horovych Adesanya
'''.split())

# Invention material: real beginnings and real endings of each origin.  About a
# third of the surnames are put together from these at import time, in an order
# fixed by md5; Vietnamese, Chinese and Korean surnames are never invented.
INVENT = {
    'qc': ('Bra Cla Dro Fau Gra Lan Mor Pla Rou Tré Val Ber Mal Jou Fré Ché Gui Lau Sau Pou',
           'ichaud ineau emont ouville ardy essard ignault enard elin ecourt iveau aumont'),
    'acad': ('Aub Bern Cor Gaut Hach Mell Rob Thib Arse Dou', 'ichaud ineau eaux ot eau on ard'),
    'en': ('Ald Bar Brig Chad Dal Elm Fair Hart Lang Mel Nor Ox Pem Rum Sel Tod Wad Whit',
           'bourne field hurst more wick thorpe leigh stone bury ington'),
    'ir': ('Mac Dun Kil Bal Carr Gor Mul Lough Tull Fin', 'ahey ehan arty iffe elly ane ogan'),
    'sco': ('Ard Bal Dal Kil Glen Auch Strath Inver Ross Craig', 'more donald lie hame leith garry mond'),
    'ht': ('Ant Bel Dor Exil Fleur Jean Luc Mar Pré Sim Val Vil', 'ilus ulysse éus ima onne idor ilien ésias'),
    'mag': ('Ben Bou El Ham Kh Mes Oua Sli Tal Zer Lam Dje', 'iri aoui ani idi ouchi ali adi ellah'),
    'kab': ('Aït Amr Azz Bel Hadd Ker Med Mek Oul Tig', 'ouche ane oun edj ache ouz ioun'),
    'lev': ('Abi Bat Cha Da Fa Gha Ja Kha Ma Na Sa Ta', 'ssaf kiki moun hdi rouk ssar jjar rrat llouh'),
    'ph': ('Baga Cala Dima Mana Pangi Sala Tala Villa Maca', 'pagal lanan tulay yag log sig baya'),
    'la': ('Al Bar Cas Es Fer Mon Ol Pal Ro Ur Val Zal', 'uaga ibar ondo ejo asquez iño ueta'),
    'pt': ('Al Bar Car Fon Mar Ped Ros Tav Val Var', 'eiras inho ães ota eço oso anhas'),
    'it': ('Bar Cal Cas Del Fer Mar Pel Ron San Tor Vic', 'iello ucci etto ardi ozzi acchi ini otta'),
    'gr': ('Alexa Dimo Geor Kala Kara Mano Pana Stavro Vasi Xeno', 'poulos kis dakis tos lis iadis nakis'),
    'pl': ('Bar Chm Dob Gra Kro Mro Prze Stas Wil Zar Lip', 'owski ewicz ycki ocha czak eski'),
    'ua': ('Bil Hor Kry Mel Ost Pet Sav Yar Zab Lys', 'enko chuk yshyn iuk ovych skyi'),
    'ro': ('Bud Cos Dum Gav Ior Mih Nic Pet Rad Sto', 'escu eanu ache ilă oiu aru'),
    'hu': ('Bala Csor Far Hor Kis Mol Szent Tor Vad Ber Kert Fel Haj', 'falvi házi vári ffy hegyi völgyi réti'),
    'de': ('Alt Eber Hof Kirch Lang Neu Ober Wald Dorn Brück Lin', 'mann berger hofer bach meier dorf heimer'),
    'he': ('Gold Rosen Stern Blum Lev Fein Kirsch Wein Eisen Grun Hirsch Feder',
           'berg stein baum feld blatt thal zweig witz'),
    'am': ('Ara Bagh Ghaz Hovh Kasp Mard Nahap Sarg Vosk Tor', 'yan ian ikian essian oyan jian'),
    'pa': ('Bha Dhi Gre Kah San Sek Tha Wal Ran Jho', 'nan wal ra shal'),
    'ta': ('Bala Kana Mahe Para Siva Thava Yoga Nava Ratna', 'nathan rajah singham thurai kumaran'),
    'lk': ('Abey Amara Gun Jaya Kuma Ranat Seneh Wick Wije Dhar', 'singhe sekara wardena ratne nayake tilleke'),
    'bn': ('Bhatta Chakra Das Ghosh Majum Roy Sen Chow', 'arjee dar gupta dhury chari'),
    'np': ('Bhat Dhun Ghim Khat Koi Lamich Pok Sap Tim Adhi Pau', 'tarai gana rel wada rala hane kota silna'),
    'af': ('Ahmad Baraki Durr Ghaz Haq Kar Noor Popal Stan Wardak', 'zai yar wal khel dost'),
    'fa': ('Amir Bah Dar Far Gol Jah Mah Nas Tah Zar', 'zadeh pour nejad vand abadi'),
    'tr': ('Ak Bal Demir Er Gül Kara Öz Taş Yıl Çelik', 'oğlu kaya soy han türk men'),
    'wa': ('Ade Olu Ayo Ola Fola Bola Ife Oye Oba Chukwu Nwa Ike Uche',
           'sanya gbemi jobi lowo doyin miposi tosin buka nonso dozie'),
    'ca': ('Bo Ka Lo Mwa Nsa Tshi Ilu Mpu Ndo Kiti', 'ngo mba lumba yamba kele sela nzambi mbemba'),
    'ea': ('Zera Fikre Kidus Amha Mulu Yemane Alem Tewolde Asmer Zewde', 'giorgis berhan tsion amlak egzi ab mesgel'),
    'innu': ('Uapi Napi Tshi Mishta Kane Pishi Nashka Mani', 'shish kueu pan kun nish tau'),
    'cree': ('Wapa Mista Neeka Petaw Chee Kawa Masky Sak', 'bano cheesick poosh skum nish wat'),
    'inuit': ('Qumaa Tuku Aulla Kasu Iqa Sivu Nappa Anna Uqi Pala', 'luk tuk juaq lik ruk kallak'),
    'mohawk': ('Kana Tehor Kari Skawe Sako Taio Rono Kawe', 'henne tiio ronkwa nhiio ake kwas'),
    'jp': ('Aka Fuji Hira Ishi Kawa Matsu Naka Nishi Taka Yama Mori Kita', 'moto hara mura zaki shita gawa oka da'),
}

PARTICLES = {'de', 'du', 'des', 'da', 'das', 'dos', 'di', 'del', 'della', 'dela', 'delos', 'der', 'den', 'van',
             'von', 'ben', 'bin', 'ibn', 'abu', 'abou', 'al', 'el', 'ait', 'la', 'le', 'lo', 'los', 'st', 'ste',
             'saint', 'sainte', 'o', 'mc', 'mac', 'ter', 'ten', 'y'}
_FOLD = str.maketrans({'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'İ': 'I', 'đ': 'd', 'Đ': 'D',
                       'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'Œ': 'OE', 'ð': 'd', 'Ð': 'D', 'ș': 's', 'ț': 't',
                       'Ș': 'S', 'Ț': 'T'})


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


# Very common French and English words, months and days: a name part folding to
# one of them is never a pool entry (the pools were also checked against
# French and English word lists while this file was written; the few name
# parts kept although they are words serve as WORD decoys).
STOP_WORDS = set('''
a ai au aux avec bien bon ca car ce ces chez comme dans de des du elle en est et eu fin il ils je la le les leur lieu
lui ma mais me mes mi mon ne ni nos notre nous on ou par pas peu plus pour qu que qui sa sans se ses si son sur ta
te tes toi ton tous tout tu un une vers vos votre vous vu y ete etre fait font mal mer mot nom non oui pere mere
sale salle sang sel sol sort suite tard tete tot tri val vie vin voix roman manuel urbain lourdes noel said fares
an and are as at be been but by can did do for from had has have he her him his how if in into is it its me my no
not of off on or our out over she so than that the their them then there they this to too up us was we were what
when who why will with yes you your all any day far few get got lot may man men new now old one own put say see set
sun two way win won bill fall field snow park ward home hang loan tram cat yen mac dean guy grant june april
august rock mark sharp young little long hill wood stone banks brooks ford marsh moss wells frost strong king bell
fox lamb swan crane finch cook baker mason fisher hunter archer bishop butler porter weaver cooper turner visitor
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi
vendredi samedi dimanche january february march july september october november december monday tuesday
wednesday thursday friday saturday sunday min max edit ping engin patient juste grace
'''.split())

GLIDES = {'ai', 'au', 'ei', 'eu', 'ia', 'ie', 'io', 'oi', 'ou', 'ua', 'ue', 'ui'}


def _join_ok(a, b):
    """An invented surname reads well: no doubled letter or vowel clash at the seam,
    a vowel among its first three letters and two vowels at least."""
    x, y = ascii_name(a), ascii_name(b)
    if not x or not y or x[-1] == y[0]:
        return False
    if x[-1] in 'aeiouy' and y[0] in 'aeiouy' and x[-1] + y[0] not in GLIDES:
        return False
    w = x + y
    if re.search(r'(.)\1\1', w) or not re.search('[aeiouy]', w[:3]):
        return False
    return len(re.findall('[aeiouy]', w)) >= 2


def _build_pools(avoid=None, reject=None):
    """The pools: NAMES as written, then the invented surnames.  `reject` (a
    test on a folded token) is only used while writing this file, to find the
    invented forms that AVOID_INVENTED must list."""
    avoid = AVOID_INVENTED if avoid is None else avoid
    pools, rejected = {}, []
    for key, blob in NAMES.items():
        seen = []
        for w in blob.split():
            t = name_tokens(w)
            if w not in seen and len(t) == 1 and t[0] not in STOP_WORDS:
                seen.append(w)
        pools[key] = seen
    taken = {t for lst in pools.values() for w in lst for t in name_tokens(w)}
    real = {o: len(pools.get(o + ':s', [])) for o in INVENT}
    n_real = sum(len(v) for k, v in pools.items() if k.endswith(':s'))
    each = round(n_real / 2) / len(INVENT)
    invented = []
    folded_avoid = {fold(w) for w in avoid}
    for o in sorted(INVENT):
        pre, suf = INVENT[o][0].split(), INVENT[o][1].split()
        cands = [a + b for a in pre for b in suf if _join_ok(a, b)]
        cands.sort(key=lambda w: md5hex('indep20-inv:%s:%s' % (o, w)))
        want = round(each * (1.6 if real[o] > 60 else 1.0 if real[o] > 20 else 0.8))
        got = []
        for w in cands:
            if len(got) >= want:
                break
            t = name_tokens(w)
            if len(t) != 1 or t[0] in taken or t[0] in STOP_WORDS or t[0] in folded_avoid:
                continue
            if reject and reject(t[0]):
                rejected.append(w)
                continue
            taken.add(t[0])
            got.append(w)
        pools[o + ':s'] = pools.get(o + ':s', []) + got
        invented.extend(got)
    return (pools, invented, rejected) if reject else (pools, invented)

POOLS, INVENTED = _build_pools()
ORIGINS = sorted({k.split(':')[0] for k in POOLS})
ORIGIN_NAMES = {
    'qc': 'French-Canadian', 'acad': 'Acadian', 'en': 'English', 'ir': 'Irish', 'sco': 'Scottish', 'ht': 'Haitian',
    'mag': 'Maghrebi (Arabic)', 'kab': 'Kabyle', 'lev': 'Levantine', 'vn': 'Vietnamese', 'cn': 'Chinese',
    'kr': 'Korean', 'jp': 'Japanese', 'ph': 'Filipino', 'la': 'Latin-American', 'pt': 'Portuguese / Brazilian',
    'it': 'Italian', 'gr': 'Greek', 'pl': 'Polish', 'ua': 'Ukrainian', 'ro': 'Romanian', 'hu': 'Hungarian',
    'de': 'German', 'he': 'Jewish', 'am': 'Armenian', 'pa': 'Punjabi', 'ta': 'Tamil', 'lk': 'Sri Lankan (Sinhala)',
    'bn': 'Bengali', 'np': 'Nepali', 'af': 'Afghan', 'fa': 'Iranian', 'tr': 'Turkish', 'wa': 'West African',
    'ca': 'Central African / Congolese', 'ea': 'East African', 'innu': 'Innu / Atikamekw', 'cree': 'Cree',
    'inuit': 'Inuit', 'mohawk': 'Mohawk'}


def token_half(t):
    return 'W' if int(md5hex('indep20:' + t)[:2], 16) % 2 == 0 else 'H'


TOK_HALF = {t: token_half(t) for lst in POOLS.values() for w in lst for t in name_tokens(w)}
HALF_TOKENS = {h: frozenset(t for t, x in TOK_HALF.items() if x == h) for h in 'WH'}
ALL_NAME_TOKENS = frozenset(TOK_HALF)
HALVES = {h: {k: [w for w in v if TOK_HALF[name_tokens(w)[0]] == h] for k, v in POOLS.items()} for h in 'WH'}
SURNAME_TOKENS = frozenset(t for k, v in POOLS.items() if k.endswith(':s') for w in v for t in name_tokens(w))


def usable(text, half):
    """A fixed-list entry may be used in a half when it holds no name token of the other half."""
    other = HALF_TOKENS['H' if half == 'W' else 'W']
    return not any(t in other for t in tokens(text))


def name_free(text):
    return not any(t in ALL_NAME_TOKENS for t in tokens(text))


# ---------------------------------------------------------------------------
# Places: (city, first letter of its postal codes, area codes, province)
CITIES = [
    ('Montréal', 'H', '514 438', 'QC'), ('Laval', 'H', '450 579', 'QC'), ('Longueuil', 'J', '450 579', 'QC'),
    ('Québec', 'G', '418 581', 'QC'), ('Lévis', 'G', '418 581', 'QC'), ('Sherbrooke', 'J', '819 873', 'QC'),
    ('Gatineau', 'J', '819 873', 'QC'), ('Trois-Rivières', 'G', '819 873', 'QC'), ('Saguenay', 'G', '418 581', 'QC'),
    ('Rimouski', 'G', '418 581', 'QC'), ('Drummondville', 'J', '819 873', 'QC'), ('Granby', 'J', '450 579', 'QC'),
    ('Saint-Hyacinthe', 'J', '450 579', 'QC'), ('Saint-Jérôme', 'J', '450 579', 'QC'), ('Terrebonne', 'J', '450 579', 'QC'),
    ('Repentigny', 'J', '450 579', 'QC'), ('Joliette', 'J', '450 579', 'QC'), ('Rouyn-Noranda', 'J', '819 873', 'QC'),
    ("Val-d'Or", 'J', '819 873', 'QC'), ('Sept-Îles', 'G', '418 581', 'QC'), ('Baie-Comeau', 'G', '418 581', 'QC'),
    ('Gaspé', 'G', '418 581', 'QC'), ('Matane', 'G', '418 581', 'QC'), ('Victoriaville', 'G', '819 873', 'QC'),
    ('Shawinigan', 'G', '819 873', 'QC'), ('Alma', 'G', '418 581', 'QC'), ('Magog', 'J', '819 873', 'QC'),
    ('Sorel-Tracy', 'J', '450 579', 'QC'), ('Vaudreuil-Dorion', 'J', '450 579', 'QC'), ('Blainville', 'J', '450 579', 'QC'),
    ('Mirabel', 'J', '450 579', 'QC'), ('Châteauguay', 'J', '450 579', 'QC'), ('Thetford Mines', 'G', '418 581', 'QC'),
    ('Rivière-du-Loup', 'G', '418 581', 'QC'), ('Mont-Laurier', 'J', '819 873', 'QC'), ('Chibougamau', 'G', '418 581', 'QC'),
    ('Kuujjuaq', 'J', '819 873', 'QC'), ('Mashteuiatsh', 'G', '418 581', 'QC'), ('Wendake', 'G', '418 581', 'QC'),
    ('Brossard', 'J', '450 579', 'QC'), ('Boucherville', 'J', '450 579', 'QC'), ('Candiac', 'J', '450 579', 'QC'),
    ('Cowansville', 'J', '450 579', 'QC'), ('Bromont', 'J', '450 579', 'QC'), ('Coaticook', 'J', '819 873', 'QC'),
    ('Lac-Mégantic', 'G', '819 873', 'QC'), ('Amos', 'J', '819 873', 'QC'), ('La Tuque', 'G', '819 873', 'QC'),
    ('Roberval', 'G', '418 581', 'QC'), ('Dolbeau-Mistassini', 'G', '418 581', 'QC'), ('Carleton-sur-Mer', 'G', '418 581', 'QC'),
    ('Pointe-Claire', 'H', '514 438', 'QC'), ('Dollard-des-Ormeaux', 'H', '514 438', 'QC'), ('Kirkland', 'H', '514 438', 'QC'),
    ('Sainte-Adèle', 'J', '450 579', 'QC'), ('Saint-Eustache', 'J', '450 579', 'QC'), ('Beloeil', 'J', '450 579', 'QC'),
    ('Ottawa', 'K', '613 343', 'ON'), ('Toronto', 'M', '416 647', 'ON'), ('Cornwall', 'K', '613 343', 'ON'),
    ('Moncton', 'E', '506', 'NB'), ('Edmundston', 'E', '506', 'NB'), ('Halifax', 'B', '902 782', 'NS'),
    ('Winnipeg', 'R', '204 431', 'MB'), ('Calgary', 'T', '403 587', 'AB'), ('Vancouver', 'V', '604 778', 'BC'),
]
REGIONS_FR = ['la Côte-Nord', "l'Abitibi-Témiscamingue", 'la Gaspésie', 'le Bas-Saint-Laurent', 'les Laurentides',
              "l'Outaouais", 'la Mauricie', 'le Saguenay–Lac-Saint-Jean', 'la Montérégie', 'Lanaudière', 'le Nunavik',
              'les Îles-de-la-Madeleine', 'le Centre-du-Québec', 'Chaudière-Appalaches', 'la Haute-Côte-Nord']
REGIONS_EN = ['the Laurentians', 'the Eastern Townships', 'the Outaouais', 'the Gaspé', 'the Magdalen Islands',
              'Nunavik', 'the North Shore', 'the Montérégie', 'Lanaudière', 'the Lower St. Lawrence']
COUNTRIES_FR = ['Haïti', 'le Maroc', "l'Algérie", 'le Liban', 'le Vietnam', 'la Chine', 'la Corée du Sud', 'le Japon',
                'les Philippines', 'la Colombie', 'le Brésil', 'le Portugal', "l'Italie", 'la Grèce', 'la Pologne',
                "l'Ukraine", 'la Roumanie', 'la Hongrie', "l'Allemagne", 'Israël', "l'Arménie", "l'Inde", 'le Sri Lanka',
                'le Bangladesh', "l'Afghanistan", "l'Iran", 'la Turquie', 'le Sénégal', 'le Nigeria',
                'la République démocratique du Congo', "l'Éthiopie", 'la Somalie', 'la France', 'la Belgique',
                'le Mexique', 'le Pérou', 'le Cameroun']
COUNTRIES_EN = ['Haiti', 'Morocco', 'Algeria', 'Lebanon', 'Vietnam', 'China', 'South Korea', 'Japan', 'the Philippines',
                'Colombia', 'Brazil', 'Portugal', 'Italy', 'Greece', 'Poland', 'Ukraine', 'Romania', 'Hungary', 'Germany',
                'Israel', 'Armenia', 'India', 'Sri Lanka', 'Bangladesh', 'Afghanistan', 'Iran', 'Turkey', 'Senegal',
                'Nigeria', 'the Democratic Republic of the Congo', 'Ethiopia', 'Somalia', 'France', 'Belgium',
                'Mexico', 'Peru', 'Cameroon']
ORIGIN_COUNTRY = {'ht': 0, 'mag': 1, 'kab': 2, 'lev': 3, 'vn': 4, 'cn': 5, 'kr': 6, 'jp': 7, 'ph': 8, 'la': 9,
                  'pt': 10, 'it': 12, 'gr': 13, 'pl': 14, 'ua': 15, 'ro': 16, 'hu': 17, 'de': 18, 'he': 19, 'am': 20,
                  'pa': 21, 'ta': 22, 'lk': 22, 'bn': 23, 'af': 24, 'fa': 25, 'tr': 26, 'wa': 27, 'ca': 29, 'ea': 30,
                  'np': 21}
STREETS_FR = ['rue des Érables', 'rue des Lilas', 'avenue des Pins', 'boulevard de la Rive', 'chemin du Lac-Noir',
              'rue de la Fabrique', 'rue des Hirondelles', 'avenue du Mont-Royal', 'rang du Bas-de-la-Rivière',
              'chemin de la Grande-Côte', 'rue du Couvent', 'rue des Forges', 'montée des Sources', 'rue des Cerisiers',
              'boulevard des Hauteurs', 'rue du Quai', 'chemin des Patriotes', 'rue de la Gare', 'avenue des Ormes',
              'rue des Jardins', 'place du Marché', 'rue du Moulin', 'chemin de la Savane', 'rue des Tilleuls',
              'rue de la Colline', 'avenue de la Falaise', 'rue des Mésanges', 'rang des Continuations',
              'boulevard des Prairies', 'côte de la Montagne', 'rue des Tisserands', 'chemin du Golf', "rue de l'Église",
              'rue des Bouleaux', 'terrasse des Cèdres', 'rue du Ruisseau', 'croissant des Sittelles']
STREETS_EN = ['Maple Avenue', 'Birch Street', 'Lakeshore Road', 'Mill Street', 'Church Street', 'Ridge Road',
              'Orchard Lane', 'Cedar Crescent', 'Riverside Drive', 'Station Road', 'Hillcrest Avenue', 'Pine Street',
              'Willow Court', 'Meadow Lane', 'Spruce Street', 'Harbour Road', 'Sunset Boulevard', 'Elm Street',
              'Poplar Avenue', 'Brookside Drive', 'Valley Road', 'Market Street']
STREET_PATTERNS_FR = ['rue {G}-{S}', 'boulevard {G}-{S}', 'avenue {S}', 'rue {S}', 'place {G}-{S}', 'croissant {S}',
                      'chemin {S}', 'rue du Docteur-{S}', 'montée {S}']
STREET_PATTERNS_EN = ['{S} Street', '{S} Avenue', '{G} {S} Boulevard', '{S} Road', '{S} Crescent', '{S} Lane']
UNITS_FR = ['app. {n}', 'appartement {n}', 'app {n}', 'logement {n}', 'bureau {b}', 'unité {n}', '# {n}', 'suite {b}']
UNITS_EN = ['Apt {n}', 'Apt. {n}{l}', 'Unit {n}', 'Suite {b}', '#{n}', 'Apartment {n}']
FOREIGN = [  # (style, street, postal pattern, city, country)
    ('fr', '{n} rue des Acacias', '75011', 'Paris', 'France'), ('fr', '{n} avenue Jean-Jaurès', '69007', 'Lyon', 'France'),
    ('fr', '{n} rue Paradis', '13001', 'Marseille', 'France'), ('be', 'Rue de la Loi {n}', '1040', 'Bruxelles', 'Belgique'),
    ('ht', '{n}, rue Lamarre', 'HT6110', 'Port-au-Prince', 'Haïti'), ('ht', '{n}, avenue N', 'HT6120', 'Pétion-Ville', 'Haïti'),
    ('ma', '{n}, boulevard Anfa', '20050', 'Casablanca', 'Maroc'), ('ma', '{n}, rue Ibn Battouta', '10000', 'Rabat', 'Maroc'),
    ('dz', '{n}, rue Didouche Mourad', '16000', 'Alger', 'Algérie'), ('pt', 'Rua Augusta {n}, 2.º Esq.', '1100-048', 'Lisboa', 'Portugal'),
    ('br', 'Avenida Paulista, {n}', '01310-100', 'São Paulo', 'Brasil'), ('us', '{n} West 104th Street, Apt 3C', '10025', 'New York, NY', 'USA'),
    ('us', '{n} Elm Street', '05401', 'Burlington, VT', 'USA'), ('it', 'Via dei Mille {n}', '80121', 'Napoli', 'Italia'),
    ('de', 'Lindenstraße {n}', '10969', 'Berlin', 'Deutschland'), ('gr', 'Odos Ermou {n}', '105 63', 'Athina', 'Ellada'),
    ('pl', 'ul. Mokotowska {n}', '00-640', 'Warszawa', 'Polska'), ('co', 'Carrera 7 # {n}-15', '110231', 'Bogotá', 'Colombia'),
    ('mx', 'Calle Durango {n}', '06700', 'Ciudad de México', 'México'), ('lb', 'Rue Gouraud, immeuble {n}', '2066 5410', 'Beyrouth', 'Liban'),
    ('sn', 'Villa {n}, Sicap Liberté 6', '12500', 'Dakar', 'Sénégal'), ('cm', 'Rue {n}, quartier Bastos', 'BP 1234', 'Yaoundé', 'Cameroun'),
]
FOREIGN_PHONES = {
    'ht': ['+509 3### ####', '+509 4###-####'], 'mag': ['+212 6 ## ## ## ##', '00212 6########'], 'kab': ['+213 5 ## ## ## ##', '+213 (0)6 ## ## ## ##'],
    'lev': ['+961 3 ### ###', '+961 71 ### ###'], 'vn': ['+84 9# ### ####', '+84 (0)9# ### ####'], 'cn': ['+86 13# #### ####', '+86 18# #### ####'],
    'kr': ['+82 10-####-####'], 'jp': ['+81 90-####-####', '+81 3-####-####'], 'ph': ['+63 917 ### ####', '+63 2 8### ####'],
    'la': ['+57 300 ### ####', '+52 55 #### ####', '+51 9## ### ###'], 'pt': ['+351 912 ### ###', '+55 11 9####-####'],
    'it': ['+39 333 ### ####', '+39 06 #### ####'], 'gr': ['+30 69# ### ####'], 'pl': ['+48 6## ### ###'], 'ua': ['+380 67 ### ####'],
    'ro': ['+40 72# ### ###'], 'hu': ['+36 30 ### ####'], 'de': ['+49 151 ########', '+49 30 ########'], 'he': ['+972 52-###-####'],
    'am': ['+374 91 ######'], 'pa': ['+91 98### #####'], 'ta': ['+94 77 ### ####', '+91 94### #####'], 'lk': ['+94 71 ### ####'],
    'bn': ['+880 17##-######'], 'np': ['+977 98########'], 'af': ['+93 70 ### ####'], 'fa': ['+98 912 ### ####'],
    'tr': ['+90 532 ### ## ##'], 'wa': ['+234 803 ### ####', '+221 77 ### ## ##', '+225 07 ## ## ## ##'],
    'ca': ['+243 81 ### ####', '+237 6 ## ## ## ##'], 'ea': ['+251 91 ### ####', '+252 61 ### ####', '+254 712 ######'],
    'en': ['+44 7700 ######'], 'ir': ['+353 87 ### ####'], 'sco': ['+44 7### ######'], 'qc': ['+33 6 ## ## ## ##'],
}

# ---------------------------------------------------------------------------
# Organisations, laws, domains.
ORGS_FR = ['Hydro-Québec', 'Société de l\'assurance automobile du Québec', 'Revenu Québec', 'Services Québec',
           'Régie de l\'assurance maladie du Québec', 'Héma-Québec', 'Sépaq', 'Postes Canada', 'Purolator',
           'Intelcom', 'Desjardins', 'Banque Nationale', 'Vidéotron', 'Bell Canada', 'Equifax Canada', 'TransUnion',
           'Société de transport de Montréal', 'Réseau de transport de la Capitale', 'exo', 'Air Canada',
           'Air Transat', 'VIA Rail Canada', 'Orléans Express', 'Office de la protection du consommateur',
           'Régie du bâtiment du Québec', 'Tribunal administratif du logement', 'Statistique Canada',
           'Sûreté du Québec', 'Centre de services scolaire des Patriotes', 'Université de Sherbrooke',
           'Cégep de Rimouski', 'Caisse populaire de la Haute-Yamaska', 'Mouvement Desjardins',
           'Ordre des médecins vétérinaires du Québec', 'Barreau du Québec', 'Chambre des notaires du Québec',
           'ministère de la Sécurité publique', 'ministère des Ressources naturelles et des Forêts',
           'Commission des normes, de l\'équité, de la santé et de la sécurité du travail', 'CISSS des Laurentides',
           'CIUSSS de l\'Estrie', 'CISSS de la Montérégie-Centre', 'Ville de Longueuil', 'Ville de Gatineau',
           'Municipalité régionale de comté de Memphrémagog', 'Coopérative funéraire de l\'Outaouais',
           'Association des chasseurs et pêcheurs de la Matawinie', 'Club de golf des Érables', 'Fizz', 'Koodo',
           'Énergie Cardio', 'Éconofitness', 'Cinéplex', 'Costco', 'Pharmaprix', 'Jean Coutu', 'Canadian Tire']
ORGS_EN = ['Hydro-Québec', 'Service Canada', 'Canada Revenue Agency', 'Canada Post', 'Purolator', 'FedEx',
           'Desjardins', 'National Bank', 'RBC Royal Bank', 'TD Canada Trust', 'Bank of Montreal', 'Scotiabank',
           'Equifax Canada', 'TransUnion', 'Videotron', 'Bell Canada', 'Rogers', 'Air Canada', 'WestJet',
           'VIA Rail Canada', 'Statistics Canada', 'Canadian Blood Services', 'Héma-Québec',
           'Royal Canadian Mounted Police', 'Lester B. Pearson School Board', 'McGill University', 'Concordia University',
           'Dawson College', 'Office de la protection du consommateur', 'Régie du bâtiment du Québec',
           'Ordre des médecins vétérinaires du Québec', 'CIUSSS West-Central Montreal', 'Town of Hampstead',
           'Sépaq', 'GoodLife Fitness', 'Costco', 'Canadian Tire', 'Shoppers Drug Mart', 'Home Depot']
ORG_PATTERNS_FR = ['École secondaire {G}-{S}', 'École primaire {G}-{S}', 'Aréna {G}-{S}', 'Pharmacie {S} et {S2}',
                   'Clinique vétérinaire {S}', 'Fondation {G}-{S}', 'Centre sportif {G}-{S}', 'Rénovations {S} et fils',
                   'Déménagements {S} inc.', 'Garage {S} et frères', 'Traiteur {S}', 'Salle {G}-{S}', 'Parc {G}-{S}',
                   'Bibliothèque {G}-{S}', 'CPE {G}-{S}', 'Résidence {G}-{S}', 'Cabinet {S} {S2} avocats',
                   'Notaires {S} et associés', 'Hôpital vétérinaire {S}', 'Polyclinique {S}', 'Auto {S} inc.',
                   'Centre communautaire {G}-{S}', 'Pavillon {G}-{S}', 'Golf {S}']
ORG_PATTERNS_EN = ['{S} Pharmacy', '{G} {S} High School', '{S} Arena', '{G} {S} Foundation', '{S} & {S2} LLP',
                   '{S} Veterinary Hospital', '{S} Movers Ltd.', '{S} Renovations', '{S} Motors', '{G} {S} Centre',
                   '{S} Community Centre', '{S} Memorial Library', '{G} {S} Park', '{S} Fitness Club']
ORG_THEMES = {'fr': {
    'bank': ['Desjardins', 'Banque Nationale', 'Banque Laurentienne', 'RBC Banque Royale', 'Banque TD', 'BMO Banque de Montréal',
             'Banque Scotia', 'Tangerine', 'Caisse populaire de la Haute-Yamaska'],
    'health': ['CISSS des Laurentides', 'CIUSSS de l\'Estrie', 'CISSS de la Montérégie-Centre', 'Hôpital du Sacré-Coeur',
               'Hôpital de Chicoutimi', 'CLSC de la Petite-Patrie', 'GMF des Trois-Rivières', 'Clinique médicale des Forges'],
    'telecom': ['Vidéotron', 'Bell Canada', 'Fizz', 'Koodo', 'Telus', 'Rogers', 'Cogeco'],
    'transport': ['Société de transport de Montréal', 'Réseau de transport de la Capitale', 'exo', 'Société de transport de Laval',
                  'Réseau de transport de Longueuil', 'Société de transport de l\'Outaouais'],
    'airline': ['Air Canada', 'Air Transat', 'WestJet', 'Air Inuit', 'Pascan Aviation', 'Porter'],
    'hotel': ['Hôtel Château Laurier', 'Auberge du Lac-Taureau', 'Hôtel Le Germain', 'Hôtel Universel', 'Manoir Richelieu',
              'Auberge des Gouverneurs'],
    'courier': ['Purolator', 'Intelcom', 'Postes Canada', 'Dicom', 'UPS', 'FedEx'],
    'gym': ['Énergie Cardio', 'Éconofitness', 'Nautilus Plus', 'Club Sportif MAA', 'Centre sportif du Cégep'],
    'insurance': ['Intact Assurance', 'La Capitale', 'SSQ Assurance', 'Industrielle Alliance', 'Promutuel Assurance'],
    'gov': ['Services Québec', 'Revenu Québec', 'Statistique Canada', 'Société de l\'assurance automobile du Québec',
            'Régie de l\'assurance maladie du Québec', 'Sûreté du Québec', 'Service Canada'],
}, 'en': {
    'bank': ['RBC Royal Bank', 'TD Canada Trust', 'Bank of Montreal', 'Scotiabank', 'CIBC', 'National Bank', 'Desjardins', 'Tangerine'],
    'health': ['CIUSSS West-Central Montreal', 'Montreal General Hospital', 'Jewish General Hospital', 'Lakeshore General Hospital',
               'CLSC Côte-des-Neiges', 'Queen Elizabeth Health Complex'],
    'telecom': ['Videotron', 'Bell Canada', 'Rogers', 'Telus', 'Fido', 'Koodo'],
    'transport': ['STM', 'exo', 'OC Transpo', 'Société de transport de Laval', 'RTL'],
    'airline': ['Air Canada', 'WestJet', 'Air Transat', 'Porter Airlines', 'Flair Airlines'],
    'hotel': ['Fairmont The Queen Elizabeth', 'Hotel Bonaventure', 'Delta Hotels', 'Best Western Plus', 'Holiday Inn Express'],
    'courier': ['Purolator', 'Canada Post', 'FedEx', 'UPS', 'DHL Express'],
    'gym': ['GoodLife Fitness', 'YMCA', 'Nautilus Plus', 'Anytime Fitness', 'Planet Fitness'],
    'insurance': ['Intact Insurance', 'Desjardins Insurance', 'Manulife', 'Sun Life', 'Belairdirect'],
    'gov': ['Service Canada', 'Canada Revenue Agency', 'Statistics Canada', 'SAAQ', 'RAMQ', 'Services Québec'],
}}
ORG_THEME_PATTERNS = {'fr': {
    'health': ['Clinique médicale {S}', 'Polyclinique {G}-{S}', 'GMF {G}-{S}', 'Pharmacie {S} et {S2}', 'CHSLD {G}-{S}'],
    'vet': ['Clinique vétérinaire {S}', 'Hôpital vétérinaire {G}-{S}', 'Centre vétérinaire {S}'],
    'school': ['École primaire {G}-{S}', 'École secondaire {G}-{S}', 'Collège {G}-{S}', 'Académie {S}'],
    'trade': ['Rénovations {S} et fils', 'Construction {S} inc.', 'Toitures {S}', 'Plomberie {S} et {S2}', 'Électricité {G} {S}'],
    'movers': ['Déménagements {S} inc.', 'Transport {S} et fils', 'Entreposage {S}'],
    'auto': ['Garage {S} et frères', 'Auto {S} inc.', 'Centre du camion {S}'],
    'venue': ['Salle {G}-{S}', 'Domaine {S}', 'Pavillon {G}-{S}', 'Centre communautaire {G}-{S}', 'Aréna {G}-{S}'],
    'law': ['Cabinet {S} {S2} avocats', 'Notaires {S} et associés', '{S} {S2} médiation familiale'],
}, 'en': {
    'health': ['{S} Medical Clinic', '{S} Pharmacy', '{G} {S} Family Medicine Group', '{S} Health Centre'],
    'vet': ['{S} Veterinary Hospital', '{S} Animal Clinic', '{G} {S} Pet Hospital'],
    'school': ['{G} {S} Elementary School', '{G} {S} High School', '{S} Academy'],
    'trade': ['{S} Renovations', '{S} & Sons Contracting', '{S} Roofing', '{S} Plumbing'],
    'movers': ['{S} Movers Ltd.', '{S} Moving & Storage', '{S} Transport'],
    'auto': ['{S} Motors', '{S} Auto Centre', '{S} Used Cars'],
    'venue': ['{S} Hall', '{G} {S} Community Centre', '{S} Arena', '{S} Golf Club'],
    'law': ['{S} & {S2} LLP', '{S} Notaries', '{S} Family Mediation'],
}}
LAWS = {'fr': {
    'privacy': ['Loi sur la protection des renseignements personnels dans le secteur privé (RLRQ, c. P-39.1)',
                'art. 12 LAI', 'RLRQ c. A-2.1', 'art. 53 de la Loi sur l\'accès', 'art. 8.1 de la loi 25',
                'Loi sur la protection des renseignements personnels et les documents électroniques (L.C. 2000, ch. 5)'],
    'consumer': ['Loi sur la protection du consommateur, RLRQ c. P-40.1', 'art. 11.1 L.p.c.', 'art. 1458 C.c.Q.',
                 'art. 2125 C.c.Q.', 'art. 1726 C.c.Q.'],
    'road': ['Code de la sécurité routière, RLRQ c. C-24.2', 'art. 61 C.s.r.', 'art. 93.1 du Code de la sécurité routière',
             'Règlement sur les permis, RLRQ c. C-24.2, r. 34'],
    'work': ['Loi sur les normes du travail, RLRQ c. N-1.1', 'art. 79.1 L.n.t.', 'art. 2085 C.c.Q.', 'art. 2091 C.c.Q.',
             'Loi sur les accidents du travail et les maladies professionnelles, RLRQ c. A-3.001'],
    'family': ['art. 604 C.c.Q.', 'art. 514 C.c.Q.', 'Règlement sur la fixation des pensions alimentaires pour enfants, RLRQ c. C-25.01, r. 0.4',
               'Loi sur le divorce, L.R.C. 1985, c. 3 (2e suppl.)', 'art. 417 C.p.c.'],
    'wildlife': ['Loi sur la conservation et la mise en valeur de la faune, RLRQ c. C-61.1', 'Règlement sur la chasse, RLRQ c. C-61.1, r. 12',
                 'Règlement de pêche du Québec (1990), DORS/90-214', 'art. 56 de la Loi sur la faune'],
    'arms': ['Loi sur l\'immatriculation des armes à feu, RLRQ c. I-0.01', 'Loi sur les armes à feu, L.C. 1995, ch. 39',
             'art. 91 du Code criminel'],
    'municipal': ['Loi sur la fiscalité municipale, RLRQ c. F-2.1', 'Règlement 2019-114 sur le contrôle des animaux',
                  'Règlement RV-2021-08 concernant les chiens', 'art. 72 de la Loi sur la fiscalité municipale',
                  'Loi sur les compétences municipales, RLRQ c. C-47.1'],
    'health': ['Loi sur l\'assurance maladie, RLRQ c. A-29', 'Loi sur les services de santé et les services sociaux, RLRQ c. S-4.2',
               'art. 19 LSSSS', 'Règlement sur les normes relatives aux ordonnances faites par un médecin, RLRQ c. M-9, r. 25'],
    'oath': ['Loi sur les tribunaux judiciaires, RLRQ c. T-16', 'Règlement sur les commissaires à l\'assermentation, RLRQ c. T-16, r. 3',
             'art. 2819 C.c.Q.'],
    'build': ['Loi sur le bâtiment, RLRQ c. B-1.1', 'Règlement sur la qualification professionnelle des entrepreneurs, RLRQ c. B-1.1, r. 9',
              'art. 2118 C.c.Q.'],
    'bank': ['Loi sur les banques, L.C. 1991, ch. 46', 'Loi sur le recyclage des produits de la criminalité, L.C. 2000, ch. 17',
             'Loi sur les coopératives de services financiers, RLRQ c. C-67.3', 'Loi sur les agents d\'évaluation du crédit, RLRQ c. A-8.2'],
}, 'en': {
    'privacy': ['Act respecting the protection of personal information in the private sector (CQLR, c. P-39.1)',
                'PIPEDA, S.C. 2000, c. 5', 'section 12 of the Access Act', 'CQLR c. A-2.1', 'Law 25'],
    'consumer': ['Consumer Protection Act, CQLR c. P-40.1', 'art. 1458 C.C.Q.', 'section 11.1 of the Consumer Protection Act',
                 'art. 1726 C.C.Q.'],
    'road': ['Highway Safety Code, CQLR c. C-24.2', 'section 61 of the Highway Safety Code'],
    'work': ['Act respecting labour standards, CQLR c. N-1.1', 'art. 2085 C.C.Q.', 'section 79.1 of the Act respecting labour standards'],
    'family': ['art. 604 C.C.Q.', 'Divorce Act, R.S.C. 1985, c. 3 (2nd Supp.)', 'Federal Child Support Guidelines, SOR/97-175'],
    'wildlife': ['Act respecting the conservation and development of wildlife, CQLR c. C-61.1', 'Quebec Fishery Regulations (1990), SOR/90-214',
                 'Regulation respecting hunting, CQLR c. C-61.1, r. 12'],
    'arms': ['Firearms Act, S.C. 1995, c. 39', 'Firearms Registration Act, CQLR c. I-0.01', 'section 91 of the Criminal Code'],
    'municipal': ['Act respecting municipal taxation, CQLR c. F-2.1', 'By-law 2020-31 respecting animal control'],
    'health': ['Health Insurance Act, CQLR c. A-29', 'Act respecting health services and social services, CQLR c. S-4.2'],
    'oath': ['Courts of Justice Act, CQLR c. T-16', 'art. 2819 C.C.Q.'],
    'build': ['Building Act, CQLR c. B-1.1', 'art. 2118 C.C.Q.'],
    'bank': ['Bank Act, S.C. 1991, c. 46', 'Proceeds of Crime (Money Laundering) and Terrorist Financing Act, S.C. 2000, c. 17',
             'Credit Assessment Agents Act, CQLR c. A-8.2'],
}}
EMPLOYERS = {'fr': ['Bombardier', 'Cascades', 'Agropur', 'Saputo', 'Hydro-Québec', 'Desjardins', 'Ville de Longueuil',
                     'Centre de services scolaire des Patriotes', 'CISSS des Laurentides', 'Couche-Tard', 'Metro', 'Rio Tinto',
                     'Olymel', 'Premier Tech', 'Groupe Maurice', 'BRP', 'Prévost', 'Kruger', 'Uniprix', 'Sobeys'],
             'en': ['Bombardier', 'CAE', 'Bell Canada', 'McGill University', 'Lester B. Pearson School Board', 'CN', 'Air Canada',
                    'Pratt & Whitney Canada', 'Ubisoft Montreal', 'Dollarama', 'Loblaw', 'Home Depot', 'Canada Post', 'Costco']}
EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'videotron.ca', 'yahoo.ca', 'bell.net', 'sympatico.ca',
                 'icloud.com', 'hotmail.fr', 'live.ca', 'cgocable.ca', 'globetrotter.net', 'protonmail.com', 'gmail.ca',
                 'outlook.fr', 'yahoo.fr', 'me.com', 'tlb.sympatico.ca']
ORG_DOMAINS = ['desjardins.com', 'bnc.ca', 'sepaq.com', 'hema-quebec.qc.ca', 'ssss.gouv.qc.ca', 'cssdp.gouv.qc.ca',
               'ville.longueuil.qc.ca', 'gatineau.ca', 'usherbrooke.ca', 'purolator.com', 'videotron.com',
               'mrn.gouv.qc.ca', 'rbq.gouv.qc.ca', 'opc.gouv.qc.ca', 'cegep-rimouski.qc.ca', 'stm.info', 'energiecardio.com']
INSTITUTIONS = [('815', 'Desjardins'), ('006', 'Banque Nationale'), ('003', 'RBC'), ('004', 'TD'), ('001', 'BMO'),
                ('002', 'Scotia'), ('010', 'CIBC'), ('039', 'Banque Laurentienne'), ('614', 'Tangerine'), ('829', 'Desjardins Ontario')]
IBAN_LEN = {'FR': 27, 'BE': 16, 'DE': 22, 'PT': 25, 'IT': 27, 'GR': 27, 'PL': 28, 'TR': 26, 'IL': 23, 'HU': 28,
            'RO': 24, 'MA': 28, 'LB': 28, 'UA': 29, 'CH': 21, 'ES': 24}
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
MON_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DIGITS_FR = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
DIGITS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
PET_NAMES = ['Biscotte', 'Câline', 'Filou', 'Grisou', 'Moustache', 'Nougat', 'Paprika', 'Pompon', 'Ti-Loup', 'Tempête',
             'Bretzel', 'Cannelle', 'Flocon', 'Gribouille', 'Mistigri', 'Praline', 'Sushi', 'Waffle', 'Pickles', 'Muffin']
PC_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ'
AIRPORTS = [('YUL', 'Montréal-Trudeau'), ('YQB', 'Québec'), ('YYZ', 'Toronto Pearson'), ('CDG', 'Paris-Charles-de-Gaulle'),
            ('PAP', 'Port-au-Prince'), ('CMN', 'Casablanca'), ('ALG', 'Alger'), ('BEY', 'Beyrouth'), ('CUN', 'Cancún'),
            ('LIS', 'Lisbonne'), ('FCO', 'Rome'), ('ATH', 'Athènes'), ('DSS', 'Dakar'), ('YVO', "Val-d'Or"), ('YUY', 'Rouyn-Noranda'),
            ('YZV', 'Sept-Îles'), ('YVP', 'Kuujjuaq'), ('BOG', 'Bogotá'), ('SAL', 'San Salvador'), ('PTP', 'Pointe-à-Pitre')]

# ---------------------------------------------------------------------------
# Content: whole ordinary sentences, no name and no identifier.  A sentence
# holding a name token of the pools is never used.
CONTENT = {'fr': {
'meeting': '''
On reprend le point sur les délais de traitement avant de passer aux nouveaux dossiers.
Je partage mon écran, dites-moi si vous voyez bien le tableau.
Il faudrait qu'on s'entende sur une façon commune de noter les appels reçus.
Le comité souhaite que les comptes rendus soient envoyés dans la semaine qui suit.
Je pense qu'on manque de temps pour tout couvrir aujourd'hui, on reportera le dernier point.
Petite précision : les formulaires papier ne sont plus acceptés depuis le printemps.
Vous avez tous reçu l'ordre du jour hier soir, je crois.
On a eu beaucoup de plaintes sur le temps d'attente au téléphone ce mois-ci.
Je propose qu'on fasse un suivi plus serré des demandes urgentes.
Le son coupe un peu de ton côté, tu peux répéter la dernière phrase?
On garde la même plage horaire pour la rencontre de la semaine prochaine.
Je vais relancer les partenaires qui n'ont pas encore répondu au sondage.
''',
'outdoor': '''
Le permis doit être porté sur soi en tout temps pendant l'activité.
Les limites de prise quotidienne sont affichées à l'accueil du poste d'enregistrement.
Il est interdit de circuler en véhicule tout-terrain en dehors des sentiers balisés.
Toute bête abattue doit être enregistrée dans les quarante-huit heures suivant la récolte.
Le dossard orange est obligatoire pendant la période de chasse à l'arme à feu.
Les feux de camp sont permis seulement dans les foyers aménagés.
La pêche à la mouche est la seule technique autorisée sur ce tronçon de rivière.
Les embarcations doivent être lavées avant la mise à l'eau pour éviter les espèces envahissantes.
Le chalet est accessible par un chemin forestier non déneigé en hiver.
Les prises remises à l'eau doivent être manipulées avec les mains mouillées.
''',
'property': '''
Les valeurs inscrites au rôle reflètent les conditions du marché à la date de référence.
Une demande de révision peut être déposée avant le premier mai suivant l'entrée en vigueur du rôle.
Le terrain et le bâtiment sont évalués séparément puis additionnés.
Les exemptions accordées aux organismes sans but lucratif sont indiquées en annexe.
Le compte de taxes est payable en trois versements égaux.
La superficie habitable exclut le sous-sol non aménagé.
Une visite d'inspection peut être demandée par l'évaluateur lors de travaux importants.
Le rôle triennal est déposé à l'automne et reste en vigueur trois exercices.
''',
'vet': '''
L'animal est alerte et réactif, les muqueuses sont roses et humides.
On recommande une nourriture à faible teneur en gras pendant deux semaines.
La plaie est propre, les points de suture seront retirés dans dix jours.
Le rappel du vaccin contre la rage est dû l'an prochain.
Le propriétaire rapporte une baisse d'appétit depuis quelques jours.
Un collier élisabéthain doit être porté jusqu'à la guérison complète.
Le détartrage a été effectué sous anesthésie générale sans complication.
Garder l'animal au calme et limiter les escaliers pour le reste de la semaine.
La vermifugation est conseillée tous les trois mois pour un chat qui sort.
''',
'payment': '''
Les fonds ont été déposés automatiquement dans votre compte.
Ce virement expirera s'il n'est pas accepté dans les trente jours.
Ne répondez pas à ce courriel, cette boîte n'est pas surveillée.
Méfiez-vous des messages qui vous demandent de cliquer sur un lien pour accepter des fonds.
Le dépôt peut prendre jusqu'à trente minutes avant d'apparaître dans votre relevé.
Pour toute question, communiquez directement avec votre institution financière.
Le virement a été annulé par l'expéditeur avant son dépôt.
''',
'delivery': '''
Colis laissé à la porte arrière, à l'abri de la pluie.
Aucune signature requise pour cet envoi.
Le destinataire était absent, un avis de livraison a été laissé dans la boîte aux lettres.
Le colis sera disponible au comptoir postal à compter de demain midi.
Emballage légèrement endommagé à la réception au centre de tri.
Prière de ne pas sonner, un bébé dort.
Livraison reportée en raison des conditions routières.
Le code de la porte d'entrée ne fonctionnait pas, le livreur a attendu cinq minutes.
''',
'fitness': '''
L'abonnement se renouvelle automatiquement chaque mois, sauf avis écrit de résiliation.
Les casiers doivent être libérés à la fin de chaque visite.
Une évaluation de la condition physique est offerte gratuitement au début de l'abonnement.
Le port de chaussures propres est obligatoire dans la salle d'entraînement.
Les cours de groupe sont réservés aux membres et doivent être réservés à l'avance.
Le membre déclare ne souffrir d'aucune condition qui l'empêcherait de faire de l'exercice.
La serviette est fournie à l'accueil sur présentation de la carte de membre.
''',
'driving': '''
L'élève doit présenter son permis d'apprenti à chaque sortie sur route.
Les cours théoriques ont lieu en soirée, deux fois par semaine.
Une absence non motivée à un cours pratique entraîne des frais de reprise.
L'examen pratique est réservé par l'élève auprès de l'organisme public.
Le véhicule d'apprentissage est muni de doubles commandes.
La conduite de nuit sera abordée lors de la dernière phase du programme.
''',
'work': '''
La période de probation est de trois mois à compter de la date d'entrée en fonction.
L'employé s'engage à respecter la politique de confidentialité de l'entreprise.
Les heures supplémentaires doivent être autorisées au préalable par le supérieur immédiat.
Les vacances sont établies selon l'ancienneté au premier mai de chaque année.
Le présent contrat est régi par les lois en vigueur au Québec.
Le poste comporte des déplacements occasionnels en région.
Une copie signée du présent document sera remise à chacune des parties.
Je vous remercie pour la confiance que vous m'avez accordée durant ces années.
Je reste disponible pour assurer une transition harmonieuse avec la personne qui me remplacera.
''',
'flight': '''
Les bagages en soute sont inclus pour ce tarif.
Présentez-vous au comptoir au moins trois heures avant le départ pour un vol international.
Les changements de réservation peuvent entraîner des frais supplémentaires.
L'enregistrement en ligne ouvre vingt-quatre heures avant le départ.
Les documents de voyage sont la responsabilité du passager.
''',
'travel': '''
Le petit déjeuner est servi de sept heures à dix heures dans la salle à manger.
Les animaux ne sont pas admis dans les chambres.
Le départ doit se faire avant onze heures le jour prévu.
Un dépôt de garantie sera prélevé à l'arrivée et remboursé au départ.
Le stationnement intérieur est offert moyennant un supplément par nuit.
''',
'finance': '''
Le prêteur se réserve le droit de demander des documents supplémentaires.
Le taux proposé est garanti pour une période de cent vingt jours.
Les revenus déclarés doivent être appuyés par les deux derniers avis de cotisation.
Le demandeur autorise la vérification de son dossier de crédit.
La mise de fonds provient d'économies personnelles accumulées depuis plusieurs années.
Toute fausse déclaration peut entraîner le refus de la demande.
Les renseignements fournis serviront uniquement à l'analyse du dossier.
Une pièce d'identité avec photo, valide et non expirée, est exigée.
''',
'credit': '''
Ce rapport est fourni à la demande du consommateur.
Les renseignements négatifs sont conservés pendant six ans à compter de la date du dernier paiement.
Le consommateur a demandé qu'une alerte à la fraude soit ajoutée à son dossier.
Aucun jugement ni faillite n'est inscrit au dossier.
Les demandes de renseignements faites par le consommateur lui-même n'affectent pas sa cote.
Le solde indiqué est celui déclaré par le créancier lors de la dernière mise à jour.
''',
'clinic': '''
La patiente se plaint de douleurs lombaires persistantes depuis trois semaines.
Aucune allergie médicamenteuse connue.
Le traitement conservateur n'a pas donné les résultats escomptés.
Les résultats de la radiographie sont joints à la présente demande.
Merci de voir ce patient dans les meilleurs délais.
Une investigation plus poussée est souhaitée avant d'envisager une chirurgie.
L'examen neurologique est normal, sans déficit moteur.
''',
'sick': '''
Le patient est incapable d'effectuer les tâches habituelles de son emploi.
Un retour progressif au travail est envisagé après la réévaluation.
Le repos complet est recommandé pendant la période indiquée.
Une réévaluation est prévue avant la fin de l'arrêt.
Les tâches légères ne sont pas possibles pour le moment.
''',
'appt': '''
Arrivez quinze minutes avant l'heure prévue avec votre carte d'assurance maladie.
Pour annuler, veuillez nous aviser au moins vingt-quatre heures à l'avance.
Les rendez-vous manqués sans préavis peuvent entraîner des frais.
Le stationnement de la clinique est payant, prévoyez de la monnaie.
Les rappels automatiques sont envoyés deux jours avant le rendez-vous.
''',
'waitlist': '''
Le délai d'attente varie selon la priorité attribuée et la région.
Vous serez joint par téléphone lorsqu'un médecin sera disponible.
En attendant, les services de santé courants restent accessibles par la ligne de consultation.
Toute modification de vos coordonnées doit être signalée rapidement.
''',
'blood': '''
Le taux d'hémoglobine est conforme au seuil exigé pour le don.
Le donneur s'est reposé quinze minutes après le prélèvement, sans malaise.
Le questionnaire de qualification a été rempli sur place.
Il est recommandé de bien s'hydrater dans les heures qui suivent le don.
Aucun voyage récent dans une région à risque n'a été déclaré.
''',
'family': '''
Les parents conviennent de se consulter pour toute décision importante concernant les enfants.
Les échanges se feront à l'école le vendredi ou au domicile du parent gardien.
Chaque parent assume les frais de transport lors de ses périodes de garde.
Les vacances estivales seront partagées en deux blocs de deux semaines.
Les parents s'engagent à ne pas dénigrer l'autre parent devant les enfants.
La présente entente pourra être révisée à la demande de l'une ou l'autre des parties.
''',
'wedding': '''
Merci de confirmer votre présence avant la fin du mois.
Le repas sera servi à dix-huit heures, suivi de la soirée dansante.
Un service de navette sera offert entre l'hôtel et la salle de réception.
Les enfants sont les bienvenus à la cérémonie.
Menu végétarien disponible sur demande.
''',
'birth': '''
La maman et le bébé se portent très bien.
Un immense merci à toute l'équipe de la maternité pour leur douceur.
Son grand frère est déjà complètement sous le charme.
Nous avons hâte de vous le présenter cet été.
Les parents remercient chaleureusement les proches pour leurs bons mots.
''',
'census': '''
Inscrivez toutes les personnes qui vivent habituellement à ce logement.
Incluez les enfants en garde partagée qui vivent ici la plupart du temps.
Le questionnaire doit être rempli même si le logement est occupé temporairement.
Vos réponses sont confidentielles et protégées par la loi.
Cochez une seule case par personne.
''',
'vehicle': '''
Le véhicule est vendu tel quel, sans garantie légale de qualité.
Le vendeur déclare que le véhicule n'a jamais été accidenté.
L'acheteur reconnaît avoir fait inspecter le véhicule par un mécanicien de son choix.
Le transfert d'immatriculation sera fait le jour même.
Le compteur kilométrique n'a pas été modifié à la connaissance du vendeur.
''',
'telecom': '''
L'appareil est financé sur vingt-quatre mois sans intérêt.
Les frais d'itinérance ne sont pas inclus dans le forfait.
Le transfert de numéro peut prendre jusqu'à deux heures.
Une vérification d'identité a été effectuée en magasin.
Les données au-delà du forfait sont facturées par tranche d'un gigaoctet.
''',
'transit': '''
La carte avec photo est obligatoire pour bénéficier du tarif réduit.
La preuve de fréquentation scolaire doit être renouvelée chaque année.
Une carte perdue peut être remplacée moyennant des frais.
Le tarif réduit est accordé aux personnes de soixante-cinq ans et plus.
''',
'admin': '''
Veuillez joindre une preuve de résidence récente.
Les renseignements seront transmis aux ministères et organismes que vous avez cochés.
La demande sera traitée dans un délai de dix jours ouvrables.
Tout changement doit être déclaré dans les trente jours.
Le formulaire incomplet sera retourné au demandeur.
''',
'dog': '''
La médaille doit être portée par l'animal en tout temps.
Le chien doit être tenu en laisse dans les lieux publics.
La licence est valide pour l'année civile en cours.
Les excréments doivent être ramassés immédiatement.
''',
'arms': '''
L'arme doit être entreposée déchargée, dans un contenant verrouillé.
Les munitions doivent être rangées séparément de l'arme.
Tout transfert de propriété doit être déclaré au service.
Le numéro d'immatriculation n'est pas une autorisation de possession.
''',
'coop': '''
Les parts sociales sont remboursables au départ du membre selon les règlements.
Chaque membre participe à au moins un comité pendant l'année.
L'assemblée générale a lieu chaque printemps.
Les travaux d'entretien sont répartis entre les membres.
''',
'home': '''
Les travaux débuteront dès la réception de l'acompte.
Le prix soumis est valide pendant trente jours.
Le client doit libérer l'accès aux pièces visées par les travaux.
Les débris seront ramassés et disposés de façon écologique.
Les meubles seront emballés dans des couvertures avant le chargement.
Les boîtes doivent être fermées et identifiées par pièce.
L'accès à l'unité d'entreposage est possible de six heures à vingt-deux heures.
Toute matière dangereuse est interdite dans les unités.
''',
'school': '''
Les élèves doivent apporter un lunch froid et une bouteille d'eau.
Le retour à l'école est prévu vers la fin de l'après-midi.
Les élèves doivent porter des vêtements adaptés à la météo.
Un enseignant accompagnateur sera présent pour chaque groupe de dix élèves.
Sans autorisation signée, l'élève restera à l'école avec un autre groupe.
''',
'web': '''
Requête refusée : jeton de session expiré.
Le message a été transmis au service concerné.
Erreur de validation : le champ téléphone ne respecte pas le format attendu.
Tentative répétée depuis la même adresse, limitation appliquée.
Formulaire soumis avec succès.
''',
'oath': '''
Je déclare que les faits allégués dans la présente sont vrais.
Je fais cette déclaration solennelle la croyant consciencieusement vraie.
Le document original a été égaré lors d'un déménagement.
Aucune autre personne n'a utilisé ce document à ma connaissance.
''',
'carpool': '''
on part à l'heure pile, pas d'attente svp
quelqu'un peut prendre ma place lundi?
je serai en retard de dix minutes, désolé
ça adonne bien pour moi cette semaine
on partage l'essence comme d'habitude
le stationnement est plein, on se rejoint au coin
''',
}, 'en': {
'meeting': '''
Let's go back to the backlog before we look at the new files.
I'm sharing my screen now, tell me if you can see the spreadsheet.
We should agree on one way of logging the calls we get.
The committee wants minutes sent out within the week.
I think we're running out of time, so we'll push the last item.
Quick reminder that paper forms are no longer accepted.
You're breaking up a bit, could you repeat that?
We'll keep the same time slot for next week's check-in.
''',
'outdoor': '''
The licence must be carried at all times while hunting or fishing.
Daily catch limits are posted at the registration station.
Off-road vehicles must stay on marked trails.
Any harvested animal must be registered within forty-eight hours.
Campfires are allowed only in the fire pits provided.
Boats must be washed before launching to stop invasive species.
''',
'property': '''
Assessed values reflect market conditions on the reference date.
A request for review may be filed before the first of May following the roll's coming into force.
Land and building are assessed separately and then added together.
The tax bill is payable in three equal instalments.
''',
'vet': '''
The patient is bright and responsive, mucous membranes pink and moist.
A low-fat diet is recommended for the next two weeks.
Sutures can be removed in ten days.
The owner reports reduced appetite over the past few days.
Keep the cone on until the wound has fully healed.
Dental cleaning was done under general anaesthesia without complications.
''',
'payment': '''
The funds have been deposited automatically into your account.
This transfer will expire if it is not accepted within thirty days.
Do not reply to this email, this mailbox is not monitored.
Be wary of messages asking you to click a link to accept funds.
For any questions, contact your financial institution directly.
''',
'delivery': '''
Parcel left at the back door, out of the rain.
No signature required for this shipment.
Recipient not home, a delivery notice card was left.
Package will be available at the post office counter from tomorrow noon.
Delivery postponed due to road conditions.
''',
'fitness': '''
The membership renews automatically every month unless cancelled in writing.
Lockers must be emptied at the end of each visit.
A free fitness assessment is included with the first month.
Clean indoor shoes are required on the training floor.
''',
'work': '''
The probation period is three months from the start date.
The employee agrees to abide by the company's confidentiality policy.
Overtime must be approved in advance by the immediate supervisor.
This agreement is governed by the laws in force in Quebec.
Each party will receive a signed copy of this document.
''',
'flight': '''
Checked baggage is included with this fare.
Please arrive at the airport at least three hours before an international departure.
Online check-in opens twenty-four hours before departure.
Travel documents are the passenger's responsibility.
''',
'travel': '''
Breakfast is served from seven to ten in the dining room.
Pets are not allowed in the rooms.
Check-out is at eleven in the morning.
A security deposit will be held at check-in and released at check-out.
''',
'finance': '''
The lender may request additional documents.
The quoted rate is guaranteed for one hundred and twenty days.
Declared income must be supported by the last two notices of assessment.
The applicant authorizes a credit check.
Photo identification that is valid and not expired is required.
''',
'credit': '''
This report is provided at the consumer's request.
Negative information is kept for six years from the date of last payment.
No judgments or bankruptcies are on file.
Consumer-initiated inquiries do not affect the score.
''',
'clinic': '''
The patient reports persistent lower back pain for three weeks.
No known drug allergies.
Conservative treatment has not given the expected results.
Thank you for seeing this patient at your earliest convenience.
X-ray results are attached to this request.
''',
'appt': '''
Please arrive fifteen minutes early with your health insurance card.
To cancel, please let us know at least twenty-four hours ahead.
Missed appointments without notice may be charged.
Automatic reminders are sent two days before the appointment.
''',
'blood': '''
Haemoglobin was within the range required for donation.
The donor rested fifteen minutes after the donation with no discomfort.
The screening questionnaire was completed on site.
Donors should drink plenty of fluids for the rest of the day.
''',
'wedding': '''
Kindly reply before the end of the month.
Dinner will be served at six, followed by dancing.
A shuttle will run between the hotel and the reception hall.
Vegetarian meals are available on request.
''',
'birth': '''
Mother and baby are both doing wonderfully.
A huge thank you to the whole maternity team.
Big brother is already completely smitten.
We can't wait to introduce our little one this summer.
''',
'vehicle': '''
The vehicle is sold as is, without legal warranty of quality.
The seller states the vehicle has never been in an accident.
The buyer acknowledges having had the vehicle inspected by a mechanic of their choice.
The registration will be transferred the same day.
''',
'web': '''
Request rejected: session token expired.
Message forwarded to the relevant department.
Validation error: phone field does not match the expected format.
Repeated attempts from the same address, rate limit applied.
Form submitted successfully.
''',
}}
CONTENT = {lang: {k: [x.strip() for x in v.strip().split('\n') if x.strip()] for k, v in d.items()}
           for lang, d in CONTENT.items()}

# Ordinary words that are also name parts of the pools, in a sentence ({w}).
WORD_SENTENCES = {'fr': [
    ('aurore', "Départ à l'{w} pour profiter du calme sur le lac."),
    ('aurore', "Le chevreuil est sorti du bois peu après l'{w}."),
    ('marguerite', 'Une {w} séchée était glissée entre les pages du cahier.'),
    ('clémentine', 'Une {w} et un jus pour la collation de dix heures.'),
    ('espoir', "On garde bon {w} de régler le dossier avant l'été."),
    ('trésor', 'Le coffre au {w} de la classe contient des autocollants.'),
    ('gloire', "Pas de quoi crier {w}, mais c'est un bon début."),
    ('merveille', 'La nouvelle cuisinière fonctionne à {w}.'),
    ('bijou', 'Aucun {w} ne doit être porté pendant le cours de natation.'),
    ('divine', 'La tarte au sucre était tout simplement {w}.'),
    ('sauveur', "Le voisin a été notre {w} quand la voiture n'a pas démarré."),
    ('guerrier', "Le petit a été un vrai {w} pendant la prise de sang."),
    ('espérance', "L'{w} de vie des appareils est d'environ dix ans."),
    ('hermine', "Une {w} a été aperçue près du tas de bois."),
    ('octave', 'La chorale a monté la mélodie d\'une {w}.'),
    ('madeleine', 'Une {w} au citron accompagnait le café.'),
    ('olivier', "L'{w} en pot a survécu à l'hiver dans la véranda."),
    ('rosaire', 'Un vieux {w} était accroché au rétroviseur.'),
    ('charlotte', 'Une {w} aux fraises a été servie au dessert.'),
    ('maxime', "Comme le dit la {w}, mieux vaut prévenir que guérir."),
    ('aster', "Un {w} violet fleurit encore en octobre devant l'entrée."),
    ('nadir', "Le moral était au {w} après la troisième panne."),
    ('anis', "Une tisane à l'{w} après le repas."),
    ('amine', 'Le test détecte une {w} présente en faible quantité.'),
    ('serge', 'Le veston en {w} de laine a été nettoyé à sec.'),
    ('virginie', "La vigne de {w} couvre tout le mur de la remise."),
    ('genêt', "Un {w} en fleurs borde l'allée du jardin."),
], 'en': [
    ('daisy', 'A {w} was pressed between the pages of the notebook.'),
    ('cherry', 'A {w} pie was served for dessert.'),
    ('precious', 'We lost {w} little time getting the forms in.'),
    ('lovely', 'The view from the room was {w}.'),
    ('sterling', 'The invoice was paid in pounds {w}.'),
    ('basil', 'Fresh {w} from the garden went into the sauce.'),
    ('jasper', 'A {w} pendant was found in the lost and found box.'),
    ('sandy', 'The trail gets {w} near the shore.'),
    ('clementine', 'A {w} and a juice box for the morning snack.'),
    ('aster', 'A purple {w} still blooms by the door in October.'),
    ('eden', 'The backyard garden is a little {w} in July.'),
    ('tuba', 'The {w} case takes up the whole back seat.'),
    ('tamer', 'The weather was {w} than forecast.'),
    ('carmine', 'The door was painted a deep {w} red.'),
    ('felicity', 'She writes with great {w} of phrase.'),
    ('nadir', 'Morale hit its {w} after the third breakdown.'),
    ('serge', 'The jacket is made of wool {w}.'),
], }


def P(typ, s):
    return ('pii', typ, s)


def X(typ, s):
    return ('decoy', typ, s)


def C(s):
    return ('content', 'CONTENT', s)


def CITY(s):
    return ('city', None, s)


class Doc:
    """A document built piece by piece; labelled pieces become spans."""

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

    def ocr(self, g, rate=0.03):
        """Scanner noise in every piece but identifiers with check digits.  A garbled
        name stays one PERSON span over the garbled text; a change that would make a
        name token where there was none (or one of the other half) is dropped."""
        parts = []
        for kind, typ, s in self.parts:
            if typ in ('CREDIT_CARD', 'BANK_ACCOUNT', 'NAS', 'RAMQ', 'EMAIL'):
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


OCR_SUBS = [('é', 'e'), ('è', 'e'), ('ê', 'e'), ('rn', 'm'), ('m', 'rn'), ('l', '1'), ('I', 'l'), ('O', '0'),
            ('0', 'O'), ('o', '0'), ('e', 'c'), ('i', 'l'), ('h', 'b'), ('S', '5'), ('B', '8'), ('1', 'l'),
            ('5', 'S'), ('u', 'n'), ('n', 'u'), ('à', 'a'), ('ç', 'c'), ('d', 'cl'), ('w', 'vv'), (' ', ''),
            ('t', 'f'), ('a', 'o')]


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
    n = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
    return '%02d' % (98 - n % 97)


def iban_ok(s):
    c = s.replace(' ', '')
    return int(''.join(str(int(x, 36)) for x in c[4:] + c[:4])) % 97 == 1


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
    'qc': 30, 'acad': 3, 'en': 3, 'ir': 1.5, 'sco': 1.2, 'ht': 7, 'mag': 5, 'kab': 2.5, 'lev': 4, 'vn': 3, 'cn': 4,
    'kr': 1.5, 'jp': 1, 'ph': 2, 'la': 5, 'pt': 3, 'it': 4, 'gr': 2, 'pl': 1.5, 'ua': 2, 'ro': 2, 'hu': 1, 'de': 1.5,
    'he': 2.5, 'am': 1, 'pa': 2, 'ta': 2, 'lk': 1, 'bn': 1.5, 'np': 1, 'af': 1.2, 'fa': 2, 'tr': 1.5, 'wa': 3,
    'ca': 3.5, 'ea': 2, 'innu': 2, 'cree': 1.5, 'inuit': 1.5, 'mohawk': 1.5}
EN_BOOST = {'en': 6, 'ir': 3, 'sco': 2.5, 'cree': 1.5, 'mohawk': 1.5, 'he': 1.5, 'it': 1.3, 'gr': 1.3, 'pa': 1.5,
            'ta': 1.5, 'ph': 1.5, 'jp': 1.5, 'qc': 0.5}
HYPHEN_GIVEN = {'qc': 0.18, 'acad': 0.12, 'ht': 0.14, 'ca': 0.08, 'innu': 0.1, 'kr': 0.0}
TWO_GIVEN = {'la': 0.3, 'pt': 0.25, 'ph': 0.15, 'vn': 0.2}
DOUBLE_SURNAME = {'qc': 0.07, 'la': 0.18, 'ht': 0.05, 'acad': 0.05, 'pt': 0.1}
PARTICLE_FORMS = {'it': (0.15, ['Di ', 'De ', 'Lo ', 'Del ', 'Della ']), 'pt': (0.25, ['da ', 'dos ', 'de ', 'das ']),
                  'la': (0.1, ['de ', 'del ', 'de la ']), 'ph': (0.12, ['de ', 'dela ', 'Delos ']),
                  'mag': (0.15, ['Ben ', 'El ', 'Ben']), 'kab': (0.2, ['Aït ', 'Aït-', 'Ait ']),
                  'lev': (0.12, ['El ', 'Abou ', 'Al-']), 'de': (0.1, ['von ', 'van ']), 'he': (0.04, ['Ben-']),
                  'qc': (0.02, ['De ', 'Du ', 'St-']), 'ir': (0.2, ["O'", 'Mc', 'Mac']), 'sco': (0.15, ['Mac', 'Mc']),
                  'af': (0.05, ['Al-'])}


def L(g, fr, en):
    return fr if g.fr else en


class G:
    """Random choices for one document of one half and one language."""

    def __init__(self, half, lang, rng):
        self.half, self.lang, self.fr, self.r = half, lang, lang == 'fr', rng
        self.today = date(2022, 3, 1) + timedelta(days=rng.randrange(1400))
        self.used = set()
        self.said = set()
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

    def n(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def pat(self, s):
        out = []
        for c in s:
            if c == '#':
                out.append(str(self.r.randrange(10)))
            elif c == '@':
                out.append(self.ch(PC_LETTERS))
            elif c == '%':
                out.append(self.ch('ABCDEFGHJKLMNPQRSTUVWXYZ'))
            else:
                out.append(c)
        return ''.join(out)

    def fixed(self, lst):
        return self.ch([x for x in lst if usable(x, self.half)])

    def clean(self, s):
        """True when s holds no name token of the other half (a glued handle may form one)."""
        return usable(s, self.half)

    def day(self, back=400, fwd=0):
        return self.today + timedelta(days=self.r.randint(-back, fwd))

    # -- people ------------------------------------------------------------
    def origin(self):
        return self.r.choices(self.origins, self.oweights)[0]

    def _pick(self, key, alt):
        lst = self.pools.get(key) or self.pools.get(alt) or []
        for _ in range(10):
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
        if o in PARTICLE_FORMS and self.p(PARTICLE_FORMS[o][0]) and ' ' not in a and '-' not in a and "'" not in a:
            part = self.ch(PARTICLE_FORMS[o][1])
            if part in ('Mc', 'Mac') and not a[:1].isupper():
                return a
            return part + a
        if o in DOUBLE_SURNAME and self.p(DOUBLE_SURNAME[o]):
            b = self._pick(o + ':s', 'qc:s')
            if b != a:
                self.used.add(b)
                return a + ('-' if o not in ('la', 'pt') else ' ') + b
        return a

    def person(self, origin=None, gender=None, age=None):
        o = origin or self.origin()
        if not self.pools.get(o + ':s') or not self.pools.get(o + ':m') or not self.pools.get(o + ':f'):
            o = 'qc'
        g = gender or self.ch('mf')
        given = self.given_name(o, g)
        self.used.add(given)
        lo, hi = age or (19, 88)
        dob = self.today - timedelta(days=self.r.randint(lo * 365 + 10, hi * 365 + 300))
        return Person(o, g, given, self.surname_of(o), dob)

    def kin(self, p, gender=None, age=None, same_surname=0.6):
        q = self.person(origin=p.origin, gender=gender, age=age)
        if self.p(same_surname):
            q.surname = p.surname
        return q

    def age(self, p):
        return (self.today - p.dob).days // 365

    def child(self, p, gender=None, same_surname=0.7, age=None):
        a = self.age(p)
        return self.kin(p, gender=gender, age=age or (max(0, a - 44), max(1, a - 19)), same_surname=same_surname)

    def parent(self, p, gender=None, same_surname=0.6):
        a = self.age(p)
        return self.kin(p, gender=gender, age=(a + 19, a + 44), same_surname=same_surname)

    def partner(self, p):
        a = self.age(p)
        o = p.origin if self.p(0.7) else self.origin()
        return self.person(origin=o, gender='m' if p.f else 'f', age=(max(19, a - 6), a + 6))

    def initials(self, given):
        out = ''
        for x in re.split(r'([- ])', given):
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
            return P('PERSON', gv + ' ' + ascii_name(re.sub(r"^(?:[A-Za-z]+ |O'|Al-|Ben-|Aït-)", '', sn))[:1].upper() + '.')
        if form == 'UP':
            return P('PERSON', (gv + ' ' + sn).upper())
        if form == 'SUP':
            return P('PERSON', sn.upper() + ' ' + gv)
        if form == 'LO':
            return P('PERSON', (gv + ' ' + sn).lower())
        if form == 'LOF':
            return P('PERSON', p.first.lower())
        if form == 'AIR':
            return [P('PERSON', ascii_name(sn).upper() or sn.upper()), '/', P('PERSON', re.sub(r'[^A-Z]', '', fold(gv).upper()))]
        raise ValueError(form)

    def nmr(self, p, forms='GS GS GS FS IS SG'):
        return self.nm(p, self.ch(forms.split()))

    def title(self, p, prob=1.0):
        if not self.p(prob):
            return ''
        if self.fr:
            return 'Mme ' if p.f else 'M. '
        return self.ch(['Ms. ', 'Mrs. ', 'Ms ']) if p.f else self.ch(['Mr. ', 'Mr '])

    def dr(self, p):
        if self.fr:
            return 'Dre ' if p.f else 'Dr '
        return self.ch(['Dr. ', 'Dr '])

    def handle(self, p):
        f, s = ascii_name(p.first), ascii_name(p.surname)
        for _ in range(20):
            h = self.ch([f + s[:1], f[:1] + s, f + '.' + s, s + f[:1], f[:1] + s[:7], f + '_' + s[:4]])
            if self.clean(h):
                return h
        return f + '.' + s

    # -- contact -----------------------------------------------------------
    def city(self, qc=0.9):
        return self.ch(self.qc_cities if self.p(qc) else self.cities)

    def area(self, city=None):
        return self.ch((city or self.city())[2].split())

    def phone_str(self, city=None, style=None):
        a = self.area(city)
        e = self.r.randint(200, 989)
        while e % 100 == 11 or e == 555:
            e = self.r.randint(200, 989)
        n = '%04d' % self.r.randrange(10000)
        e = str(e)
        st = self.r.randrange(12) if style is None else style
        return [a + '-' + e + '-' + n, '(' + a + ') ' + e + '-' + n, a + ' ' + e + '-' + n, a + '.' + e + '.' + n,
                a + e + n, '+1 ' + a + ' ' + e + ' ' + n, '1-' + a + '-' + e + '-' + n, '(' + a + ')' + e + '-' + n,
                a + ' ' + e + ' ' + n, '+1 (' + a + ') ' + e + '-' + n, '+1-' + a + '-' + e + '-' + n,
                a + '/' + e + '-' + n][st % 12]

    def ph(self, ext=0.0, city=None, origin=None, foreign=0.0, style=None):
        if origin and origin in FOREIGN_PHONES and self.p(foreign):
            s = self.pat(self.ch(FOREIGN_PHONES[origin]))
        else:
            s = self.phone_str(city, style)
        out = [P('PHONE', s)]
        if self.p(ext):
            out.append(self.ch([' poste ', ' p. ', ', poste ', ' #']) if self.fr else self.ch([' ext. ', ' x', ', ext ', ' ext ']))
            out.append(str(self.r.randint(100, 8999)))
        return out

    def phone_words(self):
        num = self.area() + str(self.r.randint(200, 989)) + self.digits(4)
        words = DIGITS_FR if self.fr else DIGITS_EN
        grp = [num[:3], num[3:6], num[6:]]
        return P('PHONE', self.ch([', ', ' ', ' - ']).join(' '.join(words[int(c)] for c in x) for x in grp))

    def tollfree(self):
        pre = self.ch(['800', '888', '877', '866', '855', '844', '833'])
        a, b = str(self.r.randint(200, 989)), self.digits(4)
        return X('TOLLFREE', self.ch(['1 %s %s-%s', '1-%s-%s-%s', '(%s) %s-%s', '1 %s %s %s', '%s-%s-%s']) % (pre, a, b))

    def email_str(self, p, domain=None):
        f, s = ascii_name(p.first), ascii_name(p.surname)
        d = domain or self.ch(EMAIL_DOMAINS)
        loc = f + '.' + s
        for _ in range(20):
            loc = self.ch([f + '.' + s, f + s, f + '_' + s + self.digits(2), s + '.' + f, f[:1] + s, f + '.' + s + self.digits(2),
                           s + f[:1] + self.digits(3), f + self.digits(4), f[:1] + '.' + s, f + '-' + s, s + '.' + f[:1]])
            if self.clean(loc):
                break
        return loc + '@' + d

    def email(self, p, domain=None, upper=False):
        s = self.email_str(p, domain)
        return P('EMAIL', s.upper() if upper else s)

    def work_email(self, p, domain=None):
        return P('EMAIL', self.email_str(p, domain or self.fixed(ORG_DOMAINS)))

    # -- addresses -----------------------------------------------------------
    def street_name(self, named=0.3, fr=None):
        fr = self.fr if fr is None else fr
        if self.p(named):
            q = self.person(origin=self.ch(['qc', 'qc', 'qc', 'acad', 'en', 'ht', 'it', 'ir']))
            patt = self.ch(STREET_PATTERNS_FR if fr else STREET_PATTERNS_EN)
            return patt.replace('{G}', q.first).replace('{S}', q.surname.replace(' ', '-'))
        return self.fixed(STREETS_FR if fr else STREETS_EN)

    def civic(self):
        x = self.r.random()
        if x < 0.45:
            return str(self.r.randint(10, 999))
        if x < 0.9:
            return str(self.r.randint(1000, 9999))
        return str(self.r.randint(10000, 12999))

    def addr_str(self, unit=0.35, fr=None, upper=False, rural=0.05):
        fr = self.fr if fr is None else fr
        st = self.street_name(fr=fr)
        num = self.civic()
        x = self.r.random()
        if x < rural:
            s = self.ch(['RR ' + str(self.r.randint(1, 6)), 'C.P. ' + str(self.r.randint(10, 999)),
                         'case postale ' + str(self.r.randint(10, 999)), '%s, rang %d' % (num, self.r.randint(1, 10))]) if fr else \
                self.ch(['RR ' + str(self.r.randint(1, 6)), 'P.O. Box ' + str(self.r.randint(10, 999)), 'PO Box ' + str(self.r.randint(10, 999))])
        elif x < rural + unit * 0.4:
            s = '%d-%s %s' % (self.r.randint(1, 24), num, st)
        elif x < rural + unit:
            u = self.ch(UNITS_FR if fr else UNITS_EN)
            u = u.replace('{n}', str(self.r.randint(1, 18))).replace('{b}', str(self.r.randint(100, 450))).replace('{l}', self.ch('ABCD'))
            s = num + ' ' + st + (', ' if self.p(0.7) else ' ') + u
        else:
            s = num + (', ' if fr and self.p(0.12) else ' ') + st
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

    def addr_parts(self, city=None, upper=False, unit=0.35, rural=0.05):
        c = city or self.city()
        return self.addr_str(unit=unit, upper=upper, rural=rural), c, self.pc_str(c[1])

    def prov_str(self, c, upper=False):
        if c[3] == 'QC':
            pv = self.ch([' (Québec)', ' (Québec)', ' QC', ' (QC)', ' Qc']) if self.fr else self.ch([' QC', ' Quebec', ' (Quebec)', ' Qc'])
        else:
            pv = ' ' + c[3]
        return pv.upper() if upper else pv

    def address(self, city=None, pc=True, sep=', ', prov=None, upper=False, unit=0.35, rural=0.05, pcsep=None):
        a, c, code = self.addr_parts(city, upper=upper, unit=unit, rural=rural)
        cname = c[0].upper() if upper else c[0]
        if prov is None:
            prov = c[3] != 'QC' or self.p(0.75)
        out = [P('ADDRESS', a), sep, CITY(cname), self.prov_str(c, upper) if prov else '']
        if pc:
            out += [pcsep if pcsep is not None else ('  ' if self.p(0.3) else ' '), P('POSTAL_CODE', code)]
        return out

    def foreign_address(self, sep=', '):
        cc, st, pcp, city, country = self.ch([f for f in FOREIGN if usable(' '.join(f), self.half)])
        a = st.replace('{n}', str(self.r.randint(2, 240)))
        code = self.pat(pcp)
        if cc == 'us':
            return [P('ADDRESS', a), sep, CITY(city), ' ', P('POSTAL_CODE', code), sep, CITY(country)]
        if cc in ('br', 'co'):
            return [P('ADDRESS', a), sep, CITY(city), ', CEP ' if cc == 'br' else ' ', P('POSTAL_CODE', code), sep, CITY(country)]
        if cc == 'cm':
            return [P('ADDRESS', a), sep, P('ADDRESS', code), ' ', CITY(city), sep, CITY(country)]
        return [P('ADDRESS', a), sep, P('POSTAL_CODE', code), ' ', CITY(city), sep, CITY(country)]

    # -- identifiers -----------------------------------------------------------
    def dob_str(self, d, style=None):
        st = self.r.randrange(10) if style is None else style
        if self.fr:
            m = MONTHS_FR[d.month - 1]
            day = '1er' if d.day == 1 else str(d.day)
            return [day + ' ' + m + ' ' + str(d.year), '%02d/%02d/%d' % (d.day, d.month, d.year), d.isoformat(),
                    '%02d-%02d-%d' % (d.day, d.month, d.year), '%d/%02d/%02d' % (d.year, d.month, d.day),
                    d.strftime('%Y%m%d'), (day + ' ' + m + ' ' + str(d.year)).upper(),
                    '%d %s %d' % (d.day, MON_FR[d.month - 1], d.year), '%02d.%02d.%d' % (d.day, d.month, d.year),
                    '%d-%s-%02d' % (d.year, MON_FR[d.month - 1].rstrip('.').upper(), d.day)][st % 10]
        m = MONTHS_EN[d.month - 1]
        return [m + ' ' + str(d.day) + ', ' + str(d.year), '%d %s %d' % (d.day, MON_EN[d.month - 1], d.year),
                '%02d/%02d/%d' % (d.month, d.day, d.year), d.isoformat(), d.strftime('%Y%m%d'),
                '%02d-%s-%d' % (d.day, MON_EN[d.month - 1].upper(), d.year), '%s. %d, %d' % (MON_EN[d.month - 1], d.day, d.year),
                '%d/%02d/%02d' % (d.year, d.month, d.day), '%d%s%d' % (d.day, MON_EN[d.month - 1].upper(), d.year),
                '%s %d %d' % (m, d.day, d.year)][st % 10]

    def dob(self, p, style=None):
        return P('DOB', self.dob_str(p.dob, style))

    def nas_str(self, valid=True, style=None):
        body = self.ch('1234567' if self.p(0.95) else '9') + self.digits(7)
        n = luhn_complete(body)
        if not valid:
            n = body + str((int(n[-1]) + self.r.randint(1, 9)) % 10)
        st = self.r.randrange(5) if style is None else style
        return [n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + '-' + n[3:6] + '-' + n[6:], n,
                n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + '.' + n[3:6] + '.' + n[6:]][st]

    def nas(self, valid=0.9, style=None):
        return P('NAS', self.nas_str(self.p(valid), style))

    def ramq_str(self, p, style=None):
        s = re.sub(r'[^A-Z]', '', ascii_name(re.split(r'[- ]', p.surname)[-1] if ' ' in p.surname else p.surname.split('-')[0]).upper())
        letters = (s + 'XXX')[:3] + (ascii_name(p.first)[:1].upper() or 'X')
        d = p.dob
        digits = '%02d%02d%02d%s' % (d.year % 100, d.month + (50 if p.f else 0), d.day, self.digits(2))
        st = self.r.randrange(5) if style is None else style
        if not self.clean(letters) or fold(letters) in ALL_NAME_TOKENS:
            st = 1
        return [letters + ' ' + digits[:4] + ' ' + digits[4:], letters + digits, letters + '-' + digits[:4] + '-' + digits[4:],
                letters + ' ' + digits[:4] + ' ' + digits[4:], letters + ' ' + digits][st]

    def ramq(self, p, style=None):
        return P('RAMQ', self.ramq_str(p, style))

    def licence_str(self, p=None, prov='QC'):
        ini = (ascii_name(p.surname)[:1].upper() if p else self.ch(PC_LETTERS)) or 'X'
        if prov == 'QC':
            d = p.dob if p else date(1975, 1, 1) + timedelta(days=self.r.randrange(12000))
            s = ini + self.digits(4) + '-' + '%02d%02d%02d' % (d.day, d.month, d.year % 100) + '-' + self.digits(2)
            x = self.r.random()
            return s if x < 0.7 else s.replace('-', ' ') if x < 0.85 else s.replace('-', '')
        if prov == 'ON':
            s = ini + self.digits(4) + '-' + self.digits(5) + '-' + self.digits(5)
            return s if self.p(0.7) else s.replace('-', '')
        if prov == 'NB':
            return self.digits(7)
        return self.digits(6) + '-' + self.digits(3)

    def licence(self, p=None, prov=None):
        return P('DRIVER_LICENCE', self.licence_str(p, prov or self.ch(['QC'] * 7 + ['ON', 'ON', 'NB'])))

    def passport_str(self, p=None):
        o = p.origin if p else 'qc'
        if o in ('qc', 'acad', 'en', 'ir', 'sco', 'innu', 'cree', 'inuit', 'mohawk') or self.p(0.5):
            return self.ch(['AB', 'AE', 'AK', 'GA', 'GB', 'HP', 'AN', 'HL', 'GK']) + self.digits(6)
        c = {'ht': lambda: 'R' + self.ch('DEGK') + self.digits(7), 'mag': lambda: self.ch(['AB', 'BK', 'GZ']) + self.digits(7),
             'vn': lambda: self.ch('BCN') + self.digits(7), 'cn': lambda: 'E' + self.digits(8), 'jp': lambda: 'T' + self.ch('KRZ') + self.digits(7),
             'ph': lambda: 'P' + self.digits(7) + self.ch('ABC'), 'la': lambda: self.ch(['AT', 'PE', 'G']) + self.digits(7),
             'pa': lambda: self.ch('JKLMNPRZ') + self.digits(7), 'ta': lambda: 'N' + self.digits(7),
             'pt': lambda: self.ch(['CA', 'FB', 'FC']) + self.digits(6), 'fa': lambda: self.ch('ABEKU') + self.digits(8),
             'ua': lambda: self.ch(['FE', 'FT', 'GK']) + self.digits(6), 'tr': lambda: 'U' + self.digits(8),
             'de': lambda: 'C' + self.pat('%%%%%%%%'), 'fr': lambda: self.digits(2) + 'AB' + self.digits(5)}
        f = c.get(o)
        return f() if f else self.digits(2) + self.ch(['AB', 'CK', 'FR', 'HT']) + self.digits(5)

    def passport(self, p=None):
        return P('PASSPORT', self.passport_str(p))

    def bank_group(self):
        inst, _ = self.ch(INSTITUTIONS)
        tr, acct = self.digits(5), self.digits(self.ch([7, 7, 7, 12, 9]))
        return P('BANK_ACCOUNT', self.ch([inst + '-' + tr + '-' + acct, tr + '-' + inst + ' ' + acct, tr + ' ' + inst + ' ' + acct,
                                          inst + ' ' + tr + ' ' + acct, tr + '-' + inst + '-' + acct]))

    def bank_pieces(self, sep=None):
        inst, iname = self.ch(INSTITUTIONS)
        tr, acct = self.digits(5), self.digits(self.ch([7, 7, 7, 12]))
        sep = sep or self.ch([' — ', '; ', '\n', ', ', ' | '])
        if self.fr:
            return ['Institution : ', P('BANK_ACCOUNT', inst), ' (' + iname + ')', sep, self.ch(['Transit : ', 'Succursale : ']),
                    P('BANK_ACCOUNT', tr), sep, self.ch(['Folio : ', 'Compte : ', 'No de compte : ']), P('BANK_ACCOUNT', acct)]
        return ['Institution: ', P('BANK_ACCOUNT', inst), ' (' + iname + ')', sep, self.ch(['Transit: ', 'Branch: ']),
                P('BANK_ACCOUNT', tr), sep, 'Account: ', P('BANK_ACCOUNT', acct)]

    def iban(self, cc=None):
        cc = cc or self.ch(sorted(IBAN_LEN))
        bban = self.digits(IBAN_LEN[cc] - 4)
        s = cc + iban_check(cc, bban) + bban
        return P('BANK_ACCOUNT', ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if self.p(0.7) else s)

    def card(self):
        kind = self.ch(['v', 'v', 'm', 'm', 'a'])
        if kind == 'a':
            n = luhn_complete(self.ch(['34', '37']) + self.digits(12))
            return P('CREDIT_CARD', self.ch([n[:4] + ' ' + n[4:10] + ' ' + n[10:], n, n[:4] + '-' + n[4:10] + '-' + n[10:]]))
        n = luhn_complete(('4' if kind == 'v' else self.ch(['51', '52', '53', '54', '55', '22'])) + self.digits(14 if kind == 'v' else 13))
        sep = self.ch([' ', '-', '', ' '])
        return P('CREDIT_CARD', sep.join(n[i:i + 4] for i in range(0, 16, 4)))

    def masked_card(self):
        return self.ch(['**** **** **** ', 'XXXX-XXXX-XXXX-', '************', '•••• ']) + self.digits(4)

    def card_expiry(self):
        return '%02d/%02d' % (self.r.randint(1, 12), (self.today.year + self.r.randint(1, 4)) % 100)

    def plate_str(self, prov='QC'):
        letters = 'ABCDEFGHJKLMNPRSTVWXYZ'
        s = ''
        for _ in range(40):
            L3 = ''.join(self.ch(letters) for _ in range(3))
            d3 = self.digits(3)
            if prov == 'QC':
                s = self.ch([L3 + ' ' + d3, d3 + ' ' + L3, L3[0] + d3[:2] + ' ' + L3[1:] + self.ch(letters), 'F' + self.digits(6),
                             L3 + d3, d3 + L3, 'L' + self.digits(6)])
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
    def named_org(self, patterns):
        q = self.person(origin=self.ch(['qc', 'qc', 'qc', 'acad', 'en', 'ht', 'it', 'ir', 'he', 'gr', 'lev', 'pt']))
        q2 = self.person(origin=q.origin)
        patt = self.ch(patterns)
        return patt.replace('{G}', q.first).replace('{S2}', q2.surname).replace('{S}', q.surname)

    def org_str(self, named=0.4, theme=None):
        if theme:
            pats = ORG_THEME_PATTERNS[self.lang].get(theme)
            if pats and (self.p(named) or theme not in ORG_THEMES[self.lang]):
                return self.named_org(pats)
            if theme in ORG_THEMES[self.lang]:
                return self.fixed(ORG_THEMES[self.lang][theme])
        if self.p(named):
            return self.named_org(ORG_PATTERNS_FR if self.fr else ORG_PATTERNS_EN)
        return self.fixed(ORGS_FR if self.fr else ORGS_EN)

    def employer_str(self):
        if self.p(0.45):
            return self.named_org(['{S} inc.', 'Groupe {S}', 'Transport {S} et fils', 'Boulangerie {S}', 'Entreprises {G} {S}', 'Usinage {S}']
                                  if self.fr else ['{S} Inc.', '{S} Group', '{S} & Sons Trucking', '{S} Bakery', '{S} Machining'])
        return self.fixed(EMPLOYERS[self.lang])

    def employer(self):
        return X('ORG', self.employer_str())

    def org(self, named=0.4, theme=None):
        return X('ORG', self.org_str(named, theme))

    def street(self, named=0.5):
        return X('STREET', self.street_name(named=named))

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
        lst = LAWS[self.lang].get(theme) or [x for v in LAWS[self.lang].values() for x in v]
        return X('LAW', self.fixed(lst))

    def fileno_str(self, kind=None):
        k = kind or self.ch(['file', 'ref', 'receipt', 'lot'])
        y = self.today.year
        pats = {
            'file': ['%d-%s' % (y, self.digits(6)), 'D-%s-%s' % (self.digits(4), self.digits(3)), '%s-%s-%s' % (self.digits(3), self.digits(2), self.digits(4))],
            'ref': ['REF-%s' % self.pat('%%##%#'), '%s%s' % (self.pat('%%'), self.digits(8)), 'CA-%s' % self.digits(7), '#%s' % self.digits(9)],
            'receipt': ['R%s' % self.digits(8), 'Reçu %s' % self.digits(6) if self.fr else 'Receipt %s' % self.digits(6), 'TRX-%s' % self.digits(10)],
            'lot': ['%s %s %s' % (self.r.randint(1, 6), self.digits(3), self.digits(3)), 'lot %s' % self.r.randint(1, 999)],
            'matricule': ['%s-%s-%s-%s' % (self.digits(4), self.digits(2), self.digits(4), self.digits(1))],
            'tracking': ['%s%s' % (self.digits(3), self.digits(9)), '1Z%s%s' % (self.pat('%%%###'), self.digits(10)), 'IC%s' % self.digits(11),
                         '%s %s %s CA' % (self.pat('%%'), self.digits(3), self.digits(6))],
            'pnr': [self.pat('%%%%%%'), self.pat('%#%%#%')],
            'vin': [self.pat('#%%%%##%#%%######')],
            'rbq': ['%s-%s-%s' % (self.digits(4), self.digits(4), self.digits(2))],
            'tax': ['%s RT0001' % self.digits(9), '%s TQ0001' % self.digits(10)],
            'permit': ['%s-%s' % (self.pat('%%'), self.digits(7)), 'P%s' % self.digits(9)],
            'ticket': ['014 %s' % self.digits(10), '838-%s' % self.digits(10)],
            'imei': [self.digits(15)],
            'chip': [self.digits(15), '%s.%s' % (self.digits(3), self.digits(12))],
            'order': ['CMD-%s' % self.digits(7) if self.fr else 'ORD-%s' % self.digits(7), '#%s' % self.digits(6)],
        }
        return self.ch(pats[k])

    def fileno(self, kind=None):
        return X('FILENO', self.fileno_str(kind))

    def date_str(self, d=None, style=None):
        d = d or self.day(300, 60)
        st = self.r.randrange(6) if style is None else style
        if self.fr:
            day = '1er' if d.day == 1 else str(d.day)
            return [day + ' ' + MONTHS_FR[d.month - 1] + ' ' + str(d.year), d.isoformat(), '%02d/%02d/%d' % (d.day, d.month, d.year),
                    '%d %s %d' % (d.day, MON_FR[d.month - 1], d.year), DAYS_FR[d.weekday()] + ' ' + day + ' ' + MONTHS_FR[d.month - 1],
                    '%02d-%02d-%d' % (d.day, d.month, d.year)][st % 6]
        return ['%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year), d.isoformat(), '%d %s %d' % (d.day, MON_EN[d.month - 1], d.year),
                '%02d/%02d/%d' % (d.month, d.day, d.year), '%s, %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day),
                '%s %d' % (MON_EN[d.month - 1], d.day)][st % 6]

    def date(self, d=None, style=None):
        return X('DATE', self.date_str(d, style))

    def month(self):
        return X('MONTH', self.ch(MONTHS_FR if self.fr else MONTHS_EN))

    def year(self, lo=None):
        return X('YEAR', str(self.r.randint(lo or self.today.year - 15, self.today.year)))

    def amount_str(self, lo=20, hi=5000, cents=True):
        v = self.r.randint(lo * 100, hi * 100) / 100.0
        if not cents:
            v = float(int(v))
        if self.fr:
            s = '{:,.2f}'.format(v).replace(',', ' ').replace('.', ',')
            if not cents and self.p(0.5):
                s = s[:-3]
            return s + self.ch([' $', ' $', '$', ' $ CA'])
        s = '{:,.2f}'.format(v)
        return self.ch(['$' + s, '$' + s, s + ' $', 'CAD ' + s, '$' + s + ' CAD'])

    def amount(self, lo=20, hi=5000, cents=True):
        return X('AMOUNT', self.amount_str(lo, hi, cents))

    def time_str(self, h=None, m=None, style=None):
        h = self.r.randrange(6, 23) if h is None else h
        m = self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50, 5, 25, 35]) if m is None else m
        st = self.r.randrange(4) if style is None else style
        if self.fr:
            return ['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%02d:%02d' % (h, m), '%d h' % h if m == 0 else '%d h %02d' % (h, m)][st % 4]
        return ['%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM'), '%02d:%02d' % (h, m),
                '%d:%02d %s' % ((h - 1) % 12 + 1, m, 'a.m.' if h < 12 else 'p.m.'), '%d:%02d%s' % ((h - 1) % 12 + 1, m, 'am' if h < 12 else 'pm')][st % 4]

    def time(self, h=None, m=None, style=None):
        return X('TIME', self.time_str(h, m, style))

    def word(self):
        opts = WORDS[self.half][self.lang]
        if not opts:
            return None
        w, s = self.ch(opts)
        i = s.index('{w}')
        word = w[:1].upper() + w[1:] if i == 0 else w
        return [s[:i], X('WORD', word), s[i + 3:]]

    def content(self, theme, n=1):
        lst = CONTENT_OK[self.lang].get(theme) or CONTENT_OK[self.lang]['admin' if self.fr else 'web']
        fresh = [s for s in lst if s not in self.said] or lst
        picks = self.r.sample(fresh, min(n, len(fresh)))
        self.said.update(picks)
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

def upper_all(d):
    d.parts = [(k, t, s.upper()) for k, t, s in d.parts]
    return d


def vtt_ts(ms):
    return '%02d:%02d:%02d.%03d' % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def f_vtt(g):
    """Teams / Zoom WebVTT transcript of a meeting."""
    d = Doc()
    fr = g.fr
    staff = [g.person(age=(24, 64)) for _ in range(g.n(3, 5))]
    client = g.person()
    t = [g.n(1, 40) * 1000 + g.n(0, 999)]
    teams = g.p(0.5)
    org = g.org_str(0.3, theme='health')
    d.add('WEBVTT', '\nKind: captions\nLanguage: ' + ('fr-CA' if fr else 'en-CA') if g.p(0.5) else '', '\n\n')
    d.add('NOTE\n', L(g, 'Réunion : ', 'Meeting: '),
          L(g, g.ch(['Comité de suivi des dossiers', "Rencontre d'équipe du soutien à domicile", 'Point hebdomadaire du service',
                     'Cellule de coordination clinique']),
            g.ch(['Case review committee', 'Home care team huddle', 'Weekly service check-in', 'Clinical coordination cell'])),
          ' — ', g.date(style=0), ', ', g.time(), '\n', L(g, 'Transcription automatique non révisée', 'Automatic transcript, not reviewed'),
          ' — ', X('ORG', org), '\n\n')

    def tag(p):
        if teams and g.p(0.5):
            return ['<v ', P('PERSON', p.surname), ', ', P('PERSON', p.given), '>']
        return ['<v ', g.nm(p, g.ch(['GS', 'GS', 'FS'])), '>']

    def cue(p, *text):
        a = t[0]
        b = a + g.n(1500, 7000)
        t[0] = b + g.n(80, 1400)
        if teams:
            d.add(md5hex(str(g.r.random()))[:8], '-', md5hex(str(g.r.random()))[:4], '/', str(g.n(10, 99)), '-', str(g.n(0, 3)), '\n')
        d.add(vtt_ts(a), ' --> ', vtt_ts(b), '\n', tag(p), list(text), '</v>\n\n')

    chair = staff[0]
    others = staff[1:]
    cue(chair, L(g, 'Bonjour tout le monde, on a ', 'Hi everyone, we have '), g.nm(others[0], 'F'), L(g, ' et ', ' and '),
        g.nm(others[1], 'F'), L(g, ' avec nous ce matin.', ' with us this morning.'))
    cue(chair, g.content('meeting', 1))
    o = g.ch(others)
    cue(o, L(g, 'Pour le dossier ', 'For file '), g.fileno('file'), L(g, ', c\'est ', ', that is '), g.title(client), g.nm(client, 'GS'),
        L(g, ', née le ' if client.f else ', né le ', ', born '), g.dob(client, g.ch([0, 1, 7])), '.')
    cue(o, L(g, 'Son numéro d\'assurance maladie, c\'est ', 'Her health card number is ' if client.f else 'His health card number is '),
        g.ramq(client), L(g, ', je l\'ai vérifié hier.', ', I checked it yesterday.'))
    o2 = g.ch(others)
    cue(o2, L(g, 'Elle a déménagé, la nouvelle adresse c\'est le ' if client.f else 'Il a déménagé, la nouvelle adresse c\'est le ',
              'The new address is '), g.address(pc=g.p(0.6), prov=False), '.')
    cue(o2, L(g, 'Vous pouvez la joindre au ' if client.f else 'Vous pouvez le joindre au ', 'You can reach her at ' if client.f else 'You can reach him at '),
        g.phone_words() if g.p(0.4) else g.ph(0), L(g, ', sinon par courriel à ', ', or by email at '), g.email(client), '.')
    k = g.kin(client)
    cue(chair, L(g, 'Et la personne de référence, c\'est toujours ', 'And the contact person is still '), g.nm(k, 'GS'), '?')
    cue(o2, L(g, 'Oui, ', 'Yes, '), g.nm(k, 'F'), L(g, ', au ', ', at '), g.ph(0), L(g, '. Elle passe les jeudis après ', '. She comes by on Thursdays after ')
        if k.f else L(g, '. Il passe les jeudis après ', '. He comes by on Thursdays after '), g.time(), '.')
    cue(g.ch(others), g.content('meeting', 1))
    if g.p(0.6):
        cue(chair, L(g, 'Merci ', 'Thanks '), g.nm(o2, 'F'), '. ', L(g, 'Le rapport va à ', 'The report goes to '), g.nm(g.person(age=(30, 60)), 'GS'),
            L(g, ' au ', ' at '), g.org(0.4), L(g, ', avant le ', ' before '), g.date(style=g.ch([0, 4])), '.')
    if g.p(0.6):
        cue(g.ch(others), L(g, 'Selon la ', 'Under the '), g.law('privacy'), L(g, ', on ne peut pas transmettre ça sans consentement.',
                                                                             ', we cannot send that without consent.'))
    cue(chair, g.content('meeting', 1), ' ', L(g, 'Prochaine rencontre le ', 'Next meeting on '), g.date(style=4), L(g, ' à ', ' at '), g.time(), '.')
    if g.p(0.4):
        cue(g.ch(others), L(g, 'ok merci ', 'ok thanks '), g.nm(chair, 'LOF'), L(g, ' bonne journée', ' have a good one'))
    return d


def f_hunt(g):
    """Hunting / fishing licence printout."""
    d = Doc()
    fr = g.fr
    p = g.person(age=(18, 80))
    hunt = g.p(0.6)
    d.add(L(g, 'Gouvernement du Québec — Faune\n', 'Government of Québec — Wildlife\n'),
          L(g, 'PERMIS DE CHASSE' if hunt else 'PERMIS DE PÊCHE', 'HUNTING LICENCE' if hunt else 'FISHING LICENCE'),
          L(g, ' — Résident du Québec\n', ' — Québec resident\n'), L(g, 'No de permis : ', 'Licence no.: '), g.fileno('permit'),
          L(g, '    Émis le : ', '    Issued: '), g.date(g.day(60), 1), L(g, ' par ', ' by '), X('ORG', g.fixed(L(g, ['Sépaq', 'Canadian Tire', 'Pronature', 'Latulippe',
          'ministère des Ressources naturelles et des Forêts'], ['Sépaq', 'Canadian Tire', 'Latulippe', 'Pronature']))), '\n\n')
    d.add(L(g, 'Titulaire : ', 'Holder: '), g.nmr(p, 'SG SGU GS UP'), '\n', L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(p), '\n',
          L(g, 'Adresse : ', 'Address: '), g.address(), '\n', L(g, 'Téléphone : ', 'Phone: '), g.ph(0), '    ',
          L(g, 'Courriel : ', 'Email: '), g.email(p), '\n')
    if hunt:
        d.add(L(g, 'No du certificat du chasseur : ', 'Hunter certificate no.: '), g.fileno('permit'), '\n',
              L(g, 'Espèce : ', 'Species: '), L(g, g.ch(['Chevreuil', 'Orignal', 'Ours noir', 'Petit gibier', 'Dindon sauvage']),
                                                g.ch(['White-tailed deer', 'Moose', 'Black bear', 'Small game', 'Wild turkey'])),
              L(g, ' — Zone ', ' — Zone '), str(g.n(1, 29)), L(g, ' — Engin : ', ' — Weapon: '),
              L(g, g.ch(['arme à feu', 'arc', 'arbalète', 'arme à chargement par la bouche']), g.ch(['firearm', 'bow', 'crossbow', 'muzzleloader'])), '\n')
    else:
        d.add(L(g, 'Type : ', 'Type: '), L(g, g.ch(['Pêche sportive — 1 an', 'Pêche sportive — 3 jours', 'Pêche au saumon — saison']),
                                          g.ch(['Sport fishing — 1 year', 'Sport fishing — 3 days', 'Salmon fishing — season'])), '\n')
    d.add(L(g, 'Validité : du ', 'Valid: from '), g.date(g.day(30), 1), L(g, ' au ', ' to '), g.date(g.day(0, 200), 1), '\n',
          L(g, 'Prix : ', 'Price: '), g.amount(20, 120), L(g, ' (taxes incluses) — payé par carte ', ' (taxes included) — paid by card '),
          g.card(), ' exp. ', g.card_expiry(), '\n')
    if g.p(0.7):
        d.add(L(g, "Véhicule déclaré à l'accès de la zec : ", 'Vehicle declared at the controlled zone gate: '), g.plate(), '\n')
    c = g.kin(p, same_surname=0.4, age=(16, 70))
    d.add(L(g, 'Accompagnateur : ', 'Companion: '), g.nm(c, 'GS'), ', ', L(g, 'né(e) le ', 'born '), g.dob(c), L(g, ', tél. ', ', tel. '), g.ph(0), '\n')
    if g.p(0.6):
        d.add(L(g, 'Hébergement : ', 'Lodging: '), X('ORG', L(g, 'Pourvoirie ', '') + g.person(origin=g.ch(['qc', 'en', 'innu', 'cree'])).surname + L(g, '', ' Outfitters')
                                                     if g.p(0.5) else L(g, 'Pourvoirie du Lac-Caché', 'Lac-Caché Outfitters')), ', ',
              g.place('region'), '\n')
    d.add('\n', L(g, 'ENREGISTREMENT DE LA RÉCOLTE\n', 'HARVEST REGISTRATION\n') if hunt else L(g, 'DÉCLARATION DE CAPTURES\n', 'CATCH REPORT\n'))
    agent = g.person(age=(25, 60))
    d.add(g.date(g.day(20), 2), ' ', g.time(), L(g, ' — station de ', ' — station at '), g.place('city'), L(g, ' — agent : ', ' — officer: '),
          g.nm(agent, g.ch(['IS', 'GS', 'SUP'])), '\n')
    d.add('\n', g.content('outdoor', 2), '\n', L(g, 'Référence : ', 'Reference: '), g.law('wildlife'), '\n',
          L(g, 'Renseignements : ', 'Information: '), g.tollfree(), '\n')
    if g.p(0.3):
        upper_all(d)
    return d


def f_assess(g):
    """Municipal assessment roll extract (paper or mainframe print)."""
    d = Doc()
    c = g.city()
    d.add(L(g, 'RÔLE D\'ÉVALUATION FONCIÈRE ', 'PROPERTY ASSESSMENT ROLL '), str(g.today.year), '-', str(g.today.year + 2), '\n',
          L(g, 'Municipalité : ', 'Municipality: '), CITY(c[0]), L(g, ' — Extrait du rôle — date de référence : ', ' — Roll extract — reference date: '),
          g.date(date(g.today.year - 2, 7, 1), 1), '\n', L(g, 'Préparé en vertu de la ', 'Prepared under the '), g.law('municipal'), '\n\n')
    for i in range(g.n(2, 4)):
        own = [g.person(age=(25, 90))]
        if g.p(0.55):
            own.append(g.partner(own[0]) if g.p(0.8) else g.kin(own[0]))
        d.add(L(g, 'Matricule : ', 'Roll no.: '), g.fileno('matricule'), '\n')
        d.add(L(g, "Adresse de l'immeuble : ", 'Property address: '), P('ADDRESS', g.addr_str(unit=0.2, rural=0.03)), '\n')
        d.add(L(g, 'Cadastre du Québec : ', 'Cadastre: '), g.fileno('lot'), '\n')
        d.add(L(g, 'Propriétaire(s) : ', 'Owner(s): '))
        for j, o in enumerate(own):
            d.add('; ' if j else '', g.nm(o, g.ch(['SG', 'SGU', 'Sg'])))
        d.add('\n', L(g, 'Adresse postale : ', 'Mailing address: '))
        if g.p(0.12):
            d.add(g.foreign_address())
        else:
            d.add(g.address())
        d.add('\n', L(g, 'Inscrit au rôle le : ', 'Entered on roll: '), g.date(g.day(3000), 2), '\n')
        t, b = g.n(40, 400) * 1000, g.n(90, 900) * 1000
        d.add(L(g, 'Valeur du terrain : ', 'Land value: '), g.amount(t // 1000 * 1000, t + 500, False), '   ',
              L(g, 'Valeur du bâtiment : ', 'Building value: '), g.amount(b // 1000 * 1000, b + 500, False), '   ',
              L(g, "Valeur de l'immeuble : ", 'Total value: '), g.amount(t + b, t + b + 900, False), '\n')
        d.add(L(g, 'Utilisation : ', 'Use: '), L(g, g.ch(['Logement (1000)', 'Chalet (1100)', 'Immeuble de 2 à 5 logements (1000)', 'Maison mobile (1211)']),
                                                  g.ch(['Dwelling (1000)', 'Cottage (1100)', 'Duplex (1000)', 'Mobile home (1211)'])), '\n\n')
    d.add(g.content('property', 2), ' ', L(g, 'Premier versement exigible en ', 'First instalment due in '), g.month(), '.\n')
    if g.p(0.35):
        upper_all(d)
    return d


def f_vet(g):
    """Veterinary clinic chart."""
    d = Doc()
    own = g.person()
    vet = g.person(age=(28, 65))
    pet = g.fixed(PET_NAMES)
    clinic = g.org_str(0.7, theme='vet')
    d.add(X('ORG', clinic), '\n', g.address(pc=True), L(g, ' — Tél. ', ' — Tel. '), g.ph(0), '\n\n')
    d.add(L(g, 'DOSSIER MÉDICAL — ', 'MEDICAL RECORD — '), pet, ' (', L(g, g.ch(['chat domestique', 'chien, golden retriever', 'chien croisé', 'lapin nain']),
                                                                     g.ch(['domestic shorthair cat', 'golden retriever', 'mixed-breed dog', 'dwarf rabbit'])),
          ', ', str(g.n(1, 15)), L(g, ' ans, ', ' y, '), '%d,%d kg' % (g.n(1, 40), g.n(0, 9)) if g.fr else '%d.%d kg' % (g.n(1, 40), g.n(0, 9)), ')\n')
    d.add(L(g, 'Micropuce : ', 'Microchip: '), g.fileno('chip'), L(g, '   Assurance : ', '   Insurance: '), g.fileno('ref'), '\n\n')
    d.add(L(g, 'Propriétaire : ', 'Owner: '), g.nmr(own, 'GS SG FS'), '\n', L(g, 'Tél. : ', 'Tel.: '), g.ph(0), L(g, '   Cell. : ', '   Cell: '), g.ph(0),
          '\n', L(g, 'Courriel : ', 'Email: '), g.email(own), '\n', L(g, 'Adresse : ', 'Address: '), g.address(), '\n')
    o2 = g.partner(own)
    d.add(L(g, 'Autre personne autorisée : ', 'Other authorized person: '), g.nm(o2, 'GS'), ' — ', g.ph(0), '\n\n')
    d.add(L(g, 'Visite du ', 'Visit of '), g.date(g.day(10), 0), L(g, ' à ', ' at '), g.time(), ' — ', g.dr(vet), g.nm(vet, 'FS'), '\n')
    d.add('S: ', g.content('vet', 1), '\nO: T ', '%d.%d' % (g.n(37, 39), g.n(0, 9)), ' °C, FC ', str(g.n(80, 200)), ', FR ', str(g.n(16, 40)), '\n')
    d.add('A/P: ', g.content('vet', 2), '\n')
    if g.p(0.5):
        d.add(L(g, 'Référé par ', 'Referred by '), g.dr(g.person(age=(30, 65))), g.nm(g.person(age=(30, 65)), 'FS'), ', ', g.org(0.6, theme='vet'), '\n')
    d.add(L(g, 'Vaccins : rage ', 'Vaccines: rabies '), g.date(g.day(700), 1), L(g, ', RCP ', ', FVRCP '), g.date(g.day(300), 1), '\n')
    d.add(L(g, 'Facture : ', 'Invoice: '), g.fileno('receipt'), L(g, ' — total ', ' — total '), g.amount(60, 1800), L(g, ', payé par ', ', paid by '))
    d.add(g.card() if g.p(0.6) else g.masked_card(), '\n')
    d.add(L(g, 'Prochain rendez-vous : ', 'Next appointment: '), g.date(g.day(0, 90), 4), L(g, ' à ', ' at '), g.time(), '\n')
    if g.p(0.6):
        n = g.person()
        d.add(L(g, 'Note : appel de ', 'Note: call from '), g.nm(n, 'GS'), L(g, ' (voisine) ' if n.f else ' (voisin) ', ' (neighbour) '),
              L(g, 'le ', 'on '), g.date(g.day(5), 4), L(g, ', tél. ', ', tel. '), g.ph(0), L(g, ', qui garde l\'animal cette semaine.',
                                                                                      ', who is looking after the animal this week.'), '\n')
    return d


def f_interac(g):
    """A run of Interac e-Transfer notification e-mails."""
    d = Doc()
    me = g.person()
    bank = g.org_str(0.0, theme='bank')
    for i in range(g.n(3, 5)):
        other = g.person()
        sent = g.p(0.5)
        dt = g.day(120)
        d.add(L(g, 'De : ', 'From: '), '"Interac" <notify@payments.interac.ca>\n', L(g, 'À : ', 'To: '))
        if g.p(0.6):
            d.add('"', g.nm(me, 'GS'), '" <', g.email(me), '>\n')
        else:
            d.add(g.email(me), '\n')
        d.add(L(g, 'Date : ', 'Date: '), g.date(dt, 1), ' ', g.time(style=2), '\n')
        amt = g.amount_str(10, 1900)
        if sent:
            d.add(L(g, 'Objet : Virement INTERAC : ', 'Subject: INTERAC e-Transfer: '), g.nm(other, 'GS'),
                  L(g, ' vous a envoyé ', ' sent you '), X('AMOUNT', amt), ' (CAD)\n\n')
            d.add(L(g, 'Bonjour ', 'Hi '), g.nm(me, g.ch(['F', 'G', 'UP'])), ',\n\n', g.nm(other, 'GS'), L(g, ' vous a envoyé ', ' has sent you '), X('AMOUNT', amt),
                  L(g, ' et l\'argent a été déposé automatiquement dans votre compte à ', ' and the money has been automatically deposited into your account at '),
                  X('ORG', bank), '.\n')
        else:
            d.add(L(g, 'Objet : Demande d\'argent INTERAC de ', 'Subject: INTERAC e-Transfer request from '), g.nm(other, 'FS'), '\n\n')
            d.add(L(g, 'Bonjour ', 'Hi '), g.nm(me, 'F'), ',\n\n', g.nm(other, 'GS'), L(g, ' vous demande ', ' has requested '), X('AMOUNT', amt),
                  L(g, '. Envoyez les fonds avant le ', '. Send the funds before '), g.date(dt + timedelta(days=30), 0), '.\n')
        if g.p(0.8):
            msg = g.ch([[L(g, 'loyer de ', 'rent for '), g.month()], [L(g, 'pour le souper chez ', 'for dinner at '), g.nm(g.person(), 'F')],
                        [L(g, 'merci ', 'thanks '), g.nm(me, 'LOF'), ' :)'], [L(g, 'remboursement billets ', 'tickets refund '), g.year()],
                        [L(g, 'part de l\'essence', 'gas money')], [L(g, 'cadeau pour ', 'gift for '), g.nm(g.kin(me), 'F')]])
            d.add(L(g, 'Message : « ', 'Message: "'), msg, L(g, ' »\n', '"\n'))
        if g.p(0.4):
            d.add(L(g, 'Coordonnées de l\'expéditeur : ', 'Sender contact: '), g.ph(0) if g.p(0.5) else g.email(other), '\n')
        d.add(L(g, 'Numéro de référence : ', 'Reference number: '), g.fileno('ref'), '\n')
        if i == 0 or g.p(0.3):
            d.add(g.content('payment', 1), '\n')
        d.add('\n', '-' * 40, '\n\n')
    return d


def f_courier(g):
    """Courier waybill and tracking history."""
    d = Doc()
    snd, rcv = g.person(), g.person()
    carrier = g.org_str(0.0, theme='courier')
    d.add(X('ORG', carrier), L(g, ' — BORDEREAU D\'EXPÉDITION\n', ' — WAYBILL\n'), L(g, 'No de suivi : ', 'Tracking no.: '), g.fileno('tracking'),
          L(g, '   Service : ', '   Service: '), L(g, g.ch(['Express 9 h', 'Au sol', 'Express soir', 'Colis accélérés']), g.ch(['Express 9AM', 'Ground', 'Evening', 'Expedited'])),
          '\n\n', L(g, 'EXPÉDITEUR\n', 'SHIPPER\n'))
    if g.p(0.4):
        d.add(g.org(0.5), '\n', L(g, 'Att. : ', 'Attn: '), g.nm(snd, 'GS'), '\n')
    else:
        d.add(g.nm(snd, g.ch(['GS', 'UP'])), '\n')
    d.add(g.address(sep='\n', prov=True), '\n', L(g, 'Tél. : ', 'Tel: '), g.ph(0.2), '\n\n', L(g, 'DESTINATAIRE\n', 'RECEIVER\n'), g.nm(rcv, g.ch(['GS', 'UP', 'SG'])), '\n')
    d.add(g.address(sep='\n', prov=True, unit=0.6), '\n', L(g, 'Tél. : ', 'Tel: '), g.ph(0), L(g, '   Courriel : ', '   Email: '), g.email(rcv), '\n\n')
    d.add(L(g, 'Poids : ', 'Weight: '), '%d,%d kg' % (g.n(0, 30), g.n(0, 9)), L(g, '   Pièces : ', '   Pieces: '), str(g.n(1, 4)),
          L(g, '   Valeur déclarée : ', '   Declared value: '), g.amount(20, 900), '\n')
    if g.p(0.7):
        nb = g.person()
        d.add(L(g, 'Instructions : si absent, laisser chez ', 'Instructions: if nobody home, leave with '), g.nm(nb, g.ch(['F', 'GS', 'FS'])),
              L(g, ' au ', ' at '), P('ADDRESS', g.addr_str(unit=0.5, rural=0)), L(g, '. Code de porte ', '. Door code '), g.digits(4), '.\n')
    if g.p(0.5):
        d.add(L(g, 'Entrée par la ', 'Entrance on '), g.street(0.6), L(g, ', ne pas bloquer la ruelle.\n', ', do not block the lane.\n'))
    d.add('\n', L(g, 'HISTORIQUE DE SUIVI\n', 'TRACKING HISTORY\n'))
    t0 = g.day(10)
    steps = L(g, ['Ramassé', 'Arrivé au centre de tri', 'En cours de livraison', 'Tentative de livraison'],
              ['Picked up', 'Arrived at sort facility', 'Out for delivery', 'Delivery attempted'])
    for i, st in enumerate(steps[:g.n(2, 4)]):
        d.add(g.date(t0 + timedelta(days=i), 1), ' ', g.time(), '  ', st, ' — ', g.place('city'), '\n')
    sig = rcv if g.p(0.6) else g.person()
    d.add(g.date(t0 + timedelta(days=4), 1), ' ', g.time(), L(g, '  Livré — signé par : ', '  Delivered — signed by: '),
          g.nm(sig, g.ch(['GI', 'SUP', 'UP', 'IS'])), '\n')
    d.add(L(g, 'Avis de livraison envoyé à ', 'Delivery notice sent to '), g.email(rcv) if g.p(0.5) else g.ph(0, style=4), '\n')
    d.add(g.content('delivery', 2), '\n', L(g, 'Service à la clientèle : ', 'Customer service: '), g.tollfree(), '\n')
    if g.p(0.3):
        upper_all(d)
    return d


def f_gym(g):
    """Gym membership agreement."""
    d = Doc()
    m = g.person(age=(15, 75))
    club = g.org_str(0.5, theme='gym') if g.p(0.6) else g.named_org(['Centre sportif {G}-{S}', 'Club de conditionnement {S}'] if g.fr else ['{S} Fitness Club', '{G} {S} Sports Centre'])
    d.add(X('ORG', club), '\n', L(g, "CONTRAT D'ADHÉSION no ", 'MEMBERSHIP AGREEMENT no. '), g.fileno('file'), '\n\n')
    d.add(L(g, 'Membre : ', 'Member: '), g.nmr(m, 'GS SG'), '\n', L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(m), '\n',
          L(g, 'Adresse : ', 'Address: '), g.address(), '\n', L(g, 'Cellulaire : ', 'Cell: '), g.ph(0), '   ', L(g, 'Courriel : ', 'Email: '), g.email(m), '\n')
    if g.age(m) < 18:
        par = g.parent(m)
        d.add(L(g, 'Parent ou tuteur : ', 'Parent or guardian: '), g.nm(par, 'GS'), ', ', g.ph(0), ', ', g.email(par), '\n')
    e = g.kin(m)
    d.add(L(g, "Personne à joindre en cas d'urgence : ", 'Emergency contact: '), g.nm(e, 'GS'), ' (', L(g, g.ch(['conjointe', 'mère', 'sœur', 'amie', 'fille'] if e.f else ['conjoint', 'père', 'frère', 'ami', 'fils']),
                                                                                                    g.ch(['spouse', 'mother', 'sister', 'friend', 'daughter'] if e.f else ['spouse', 'father', 'brother', 'friend', 'son'])), ') ', g.ph(0), '\n\n')
    d.add(L(g, 'Forfait : ', 'Plan: '), L(g, g.ch(['Annuel tout inclus', 'Mensuel sans engagement', 'Étudiant 8 mois']), g.ch(['Annual all-access', 'Monthly no-term', 'Student 8-month'])),
          ' — ', g.amount(15, 90), L(g, ' par mois, début le ', ' per month, starting '), g.date(g.day(20), 0), '\n', L(g, 'Frais d\'adhésion : ', 'Enrolment fee: '), g.amount(0, 99), '\n')
    d.add(L(g, 'Prélèvement automatique : ', 'Automatic withdrawal: '))
    if g.p(0.5):
        d.add(g.card(), ' exp. ', g.card_expiry(), '\n')
    else:
        d.add('\n', g.bank_pieces(), '\n')
    tr = g.person(age=(20, 50))
    d.add(L(g, 'Entraîneur attitré : ', 'Personal trainer: '), g.nm(tr, g.ch(['GS', 'FS', 'GI'])), L(g, ' — séances le ', ' — sessions on '),
          X('DATE', g.ch(DAYS_FR if g.fr else DAYS_EN)), L(g, ' à ', ' at '), g.time(), '\n\n')
    d.add(g.content('fitness', 2), '\n\n', L(g, 'Signature du membre : ', 'Member signature: '), g.nm(m, 'GS'), L(g, '   Date : ', '   Date: '), g.date(style=1), '\n',
          L(g, 'Conseiller aux ventes : ', 'Sales advisor: '), g.nm(g.person(age=(20, 45)), g.ch(['GS', 'F', 'GI'])), '\n')
    if g.p(0.5):
        d.add(L(g, 'Annulation : voir la ', 'Cancellation: see the '), g.law('consumer'), '.\n')
    return d


def f_drivingschool(g):
    """Driving-school registration and lesson schedule (French only)."""
    d = Doc()
    s = g.person(age=(16, 40))
    school = g.named_org(['École de conduite {S}', 'Conduite {G}-{S}', 'Académie de conduite {S}'])
    d.add(X('ORG', school), ' — ', 'Fiche d\'inscription — Programme d\'éducation à la sécurité routière\n', 'Dossier : ', g.fileno('file'), '\n\n')
    d.add('Élève : ', g.nmr(s, 'GS SG UP'), '\nDate de naissance : ', g.dob(s), '\nPermis d\'apprenti no ', g.licence(s, 'QC'), ' (délivré le ', g.date(g.day(200), 1), ')\n',
          'Adresse : ', g.address(), '\nTél. : ', g.ph(0), '   Courriel : ', g.email(s), '\n')
    if g.age(s) < 18 or g.p(0.3):
        par = g.parent(s)
        d.add('Parent / tuteur : ', g.title(par), g.nm(par, 'GS'), ' — ', g.ph(0), ' — ', g.email(par), '\n')
    d.add('\nHoraire des sorties sur route\n')
    inst = [g.person(age=(30, 65)) for _ in range(2)]
    car = [g.plate_str('QC') for _ in range(2)]
    for i in range(g.n(3, 5)):
        k = g.r.randrange(2)
        d.add('Sortie ', str(i + 1), ' — ', g.date(g.day(0, 60), 4), ' ', g.time(), ' — moniteur : ', g.nm(inst[k], g.ch(['GS', 'IS', 'FS'])),
              ' — véhicule ', P('PLATE', car[k]), '\n')
    d.add('\nPaiement : ', g.amount(600, 1100, False), ' en ', str(g.n(2, 4)), ' versements — carte ', g.card(), '\n')
    d.add(g.content('driving', 2), '\nRéférence : ', g.law('road'), '.\n')
    return d


def f_contract(g):
    """Employment contract."""
    d = Doc()
    e = g.person(age=(19, 64))
    rep = g.person(age=(30, 64))
    boss = g.person(age=(28, 64))
    org = g.employer_str()
    d.add(L(g, 'CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE\n\n', 'EMPLOYMENT AGREEMENT (PERMANENT)\n\n'), L(g, 'ENTRE : ', 'BETWEEN: '), X('ORG', org),
          L(g, ', ayant son siège au ', ', with its head office at '), g.address(prov=True), L(g, ', représentée par ', ', represented by '),
          g.title(rep, 0.5), g.nm(rep, 'GS'), L(g, ', directrice des ressources humaines' if rep.f else ', directeur des ressources humaines', ', Human Resources Director'),
          L(g, ' (l\'« Employeur »)\n\n', ' (the "Employer")\n\n'))
    d.add(L(g, 'ET : ', 'AND: '), g.nm(e, 'GS'), L(g, ', domiciliée au ' if e.f else ', domicilié au ', ', residing at '), g.address(prov=True),
          L(g, ', née le ' if e.f else ', né le ', ', born on '), g.dob(e, 0), L(g, ' (l\'« Employé »)\n\n', ' (the "Employee")\n\n'))
    d.add(L(g, '1. Poste. ', '1. Position. '), L(g, "L'Employé occupera le poste de ", 'The Employee will hold the position of '),
          L(g, g.ch(['technicien comptable', 'préposée aux bénéficiaires', 'analyste en informatique', 'conseillère en ressources humaines', 'opérateur de machinerie']),
            g.ch(['accounting technician', 'orderly', 'IT analyst', 'HR advisor', 'machine operator'])),
          L(g, ' à compter du ', ' starting '), g.date(g.day(0, 40), 0), L(g, ', sous la supervision de ', ', reporting to '), g.nm(boss, 'GS'), '.\n')
    d.add(L(g, '2. Rémunération. ', '2. Compensation. '), L(g, 'Salaire annuel de ', 'Annual salary of '), g.amount(38000, 98000, False),
          L(g, ', versé aux deux semaines par dépôt direct :\n', ', paid every two weeks by direct deposit:\n'), g.bank_pieces(), '\n')
    d.add(L(g, '3. Renseignements. ', '3. Information. '), L(g, "Numéro d'assurance sociale : ", 'Social insurance number: '), g.nas(0.85), '\n')
    d.add(L(g, '4. Conditions. ', '4. Terms. '), g.content('work', 3), ' ', L(g, 'Voir aussi la ', 'See also the '), g.law('work'), '.\n')
    em = g.kin(e)
    d.add(L(g, "5. Personne à joindre en cas d'urgence : ", '5. Emergency contact: '), g.nm(em, 'GS'), ', ', g.ph(0), '\n\n')
    d.add(L(g, 'Signé à ', 'Signed at '), g.place('city'), L(g, ', le ', ', on '), g.date(style=0), '.\n\n', '____________________ ', g.nm(rep, 'GS'),
          L(g, ', pour l\'Employeur\n', ', for the Employer\n'), '____________________ ', g.nm(e, 'GS'), '\n\n')
    d.add(L(g, 'Questions : ', 'Questions: '), g.work_email(rep), ' / ', g.ph(0.8), '\n')
    if g.fr and g.p(0.25) or not g.fr and g.p(0.15):
        d.ocr(g)
    return d


def f_hotel(g):
    """Hotel registration card."""
    d = Doc()
    gst = g.person()
    foreign = g.p(0.3)
    d.add(g.org(0.2, theme='hotel'), L(g, ' — FICHE D\'ENREGISTREMENT\n', ' — GUEST REGISTRATION CARD\n'), L(g, 'Confirmation : ', 'Confirmation: '), g.fileno('ref'), '\n\n')
    d.add(L(g, 'Nom : ', 'Name: '), g.nm(gst, g.ch(['SG', 'Sg', 'SGU'])), '\n', L(g, 'Adresse : ', 'Address: '))
    d.add(g.foreign_address() if foreign else g.address(), '\n')
    d.add(L(g, 'Téléphone : ', 'Phone: '), g.ph(0, origin=gst.origin, foreign=0.9 if foreign else 0.05), L(g, '   Courriel : ', '   Email: '), g.email(gst), '\n')
    if foreign or g.p(0.3):
        d.add(L(g, "Pièce d'identité : passeport ", 'ID: passport '), g.passport(gst), ' (', X('PLACE', g.country_of(gst)), ')\n')
    else:
        d.add(L(g, "Pièce d'identité : permis de conduire ", 'ID: driver\'s licence '), g.licence(gst), '\n')
    comp = [g.partner(gst)] + ([g.child(gst)] if g.p(0.5) else [])
    d.add(L(g, 'Accompagnant(s) : ', 'Other guests: '))
    for i, c in enumerate(comp):
        d.add(', ' if i else '', g.nm(c, 'GS'))
    a = g.day(0, 60)
    d.add('\n', L(g, 'Arrivée : ', 'Arrival: '), g.date(a, 1), L(g, '   Départ : ', '   Departure: '), g.date(a + timedelta(days=g.n(1, 6)), 1),
          L(g, '   Chambre : ', '   Room: '), str(g.n(101, 1220)), L(g, '   Tarif : ', '   Rate: '), g.amount(129, 489), L(g, '/nuit\n', '/night\n'))
    if g.p(0.7):
        d.add(L(g, 'Véhicule (stationnement) : ', 'Vehicle (parking): '), g.plate(), '\n')
    d.add(L(g, 'Garantie : ', 'Guarantee: '), g.card(), ' exp. ', g.card_expiry(), '\n\n', g.content('travel', 2), '\n\n')
    d.add(L(g, 'Signature du client : ', 'Guest signature: '), g.nm(gst, 'GS'), '\n', L(g, 'Préposé(e) : ', 'Clerk: '), g.nm(g.person(age=(19, 50)), g.ch(['GI', 'F', 'FS'])),
          ' — ', g.time(), '\n')
    return d


def f_eticket(g):
    """Airline e-ticket receipt and itinerary."""
    d = Doc()
    lead = g.person(age=(22, 75))
    pax = [lead, g.partner(lead)] + ([g.child(lead, age=(2, 17))] if g.p(0.5) else [])
    pax = pax[:g.n(1, len(pax))] if g.p(0.3) else pax
    d.add(g.org(0.0, theme='airline'), L(g, ' — Reçu de billet électronique et itinéraire\n', ' — Electronic ticket receipt and itinerary\n'),
          L(g, 'Code de réservation : ', 'Booking reference: '), g.fileno('pnr'), L(g, '   Émis le : ', '   Issued: '), g.date(g.day(60), 3), '\n\n',
          L(g, 'PASSAGERS\n', 'PASSENGERS\n'))
    for i, q in enumerate(pax):
        t = L(g, 'MME' if q.f else 'M', 'MS' if q.f else 'MR') if g.age(q) >= 18 else L(g, 'ENF', 'CHD')
        d.add(str(i + 1), '. ', g.nm(q, 'AIR'), ' ', t, L(g, '   Billet ', '   Ticket '), g.fileno('ticket'), '\n   ',
              L(g, 'Passeport : ', 'Passport: '), g.passport(q), L(g, '   Date de naissance : ', '   Date of birth: '), g.dob(q, g.ch([1, 5, 8, 9]) if not g.fr else g.ch([2, 9, 1])), '\n')
    a, b = g.r.sample(AIRPORTS, 2)
    day0 = g.day(0, 120)
    fl = g.ch(['AC', 'TS', 'WS', 'PD', '3H']) + ' ' + str(g.n(100, 1999))
    d.add('\n', L(g, 'VOLS\n', 'FLIGHTS\n'), fl, '  ', g.date(day0, 3), '  ', a[0], ' ', X('PLACE', a[1]), ' ', g.time(style=2), ' → ', b[0], ' ', X('PLACE', b[1]), ' ',
          g.time(style=2), '\n')
    if g.p(0.7):
        d.add(fl.split()[0], ' ', str(g.n(100, 1999)), '  ', g.date(day0 + timedelta(days=g.n(5, 20)), 3), '  ', b[0], ' ', X('PLACE', b[1]), ' ', g.time(style=2),
              ' → ', a[0], ' ', X('PLACE', a[1]), ' ', g.time(style=2), '\n')
    d.add('\n', L(g, 'PAIEMENT\n', 'PAYMENT\n'), L(g, 'Carte : ', 'Card: '), g.card(), L(g, '  Titulaire : ', '  Cardholder: '), g.nm(lead, 'UP'), '\n',
          L(g, 'Total : ', 'Total: '), g.amount(300, 4800), '\n', L(g, 'Adresse de facturation : ', 'Billing address: '), g.address(), '\n\n',
          L(g, 'COORDONNÉES\n', 'CONTACT\n'), g.email(lead), '   ', g.ph(0, origin=lead.origin, foreign=0.2), '\n')
    if g.p(0.4):
        em = g.kin(lead, same_surname=0.3)
        d.add(L(g, "Contact d'urgence au sol : ", 'Emergency contact on the ground: '), g.nm(em, 'GS'), ' ', g.ph(0), '\n')
    d.add('\n', g.content('flight', 2), '\n', L(g, 'Service à la clientèle : ', 'Customer service: '), g.tollfree(), '\n')
    return d


def f_mortgage(g):
    """Mortgage application."""
    d = Doc()
    a1 = g.person(age=(24, 66))
    a2 = g.partner(a1) if g.p(0.75) else None
    bank = g.org_str(0.0, theme='bank')
    br = g.person(age=(28, 60))
    d.add(L(g, 'DEMANDE DE PRÊT HYPOTHÉCAIRE — ', 'MORTGAGE APPLICATION — '), X('ORG', bank), '\n', L(g, 'Dossier : ', 'File: '), g.fileno('file'), '   ',
          L(g, 'Date : ', 'Date: '), g.date(style=1), '\n', L(g, 'Courtier : ', 'Broker: '), g.nm(br, 'GS'), ', ', g.ph(0.8), ', ', g.work_email(br), '\n\n')
    for i, a in enumerate([a1] + ([a2] if a2 else [])):
        d.add(L(g, 'EMPRUNTEUR ', 'BORROWER ') if i == 0 else L(g, 'CO-EMPRUNTEUR ', 'CO-BORROWER '), '\n', L(g, 'Nom : ', 'Name: '), g.nm(a, 'SG'), '\n',
              L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(a), '   ', L(g, 'NAS : ', 'SIN: '), g.nas(), '\n',
              L(g, 'Adresse actuelle : ', 'Current address: '), g.address(), L(g, ' — depuis ', ' — since '), g.year(g.today.year - 9), '\n')
        if g.p(0.6):
            d.add(L(g, 'Adresse précédente : ', 'Previous address: '), g.address(), '\n')
        d.add(L(g, 'Tél. : ', 'Phone: '), g.ph(0), '   ', L(g, 'Courriel : ', 'Email: '), g.email(a), '\n',
              L(g, 'Employeur : ', 'Employer: '), g.employer(), L(g, ' — revenu annuel : ', ' — annual income: '), g.amount(35000, 160000, False), '\n\n')
    d.add(L(g, 'PROPRIÉTÉ VISÉE\n', 'SUBJECT PROPERTY\n'), g.address(), '\n', L(g, "Prix d'achat : ", 'Purchase price: '), g.amount(250000, 950000, False),
          L(g, '   Mise de fonds : ', '   Down payment: '), g.amount(15000, 190000, False), '\n\n')
    d.add(L(g, 'COMPTES\n', 'ACCOUNTS\n'), g.bank_group(), L(g, ' (chèques)\n', ' (chequing)\n'))
    if g.p(0.4):
        d.add(g.iban(), L(g, ' (compte à l\'étranger)\n', ' (foreign account)\n'))
    nt = g.person(age=(30, 65))
    d.add('\n', L(g, 'Notaire instrumentant : Me ', 'Notary: '), g.nm(nt, 'GS'), ', ', g.ph(0), '\n\n', g.content('finance', 2), ' ',
          L(g, 'Consentement donné en vertu de la ', 'Consent given under the '), g.law('privacy'), '.\n')
    return d


def f_kyc(g):
    """Bank account opening / know-your-client form."""
    d = Doc()
    c = g.person(age=(18, 80))
    adv = g.person(age=(24, 60))
    d.add(L(g, 'OUVERTURE DE COMPTE — PARTICULIER\n', 'ACCOUNT OPENING — INDIVIDUAL\n'), g.org(0.0, theme='bank'), L(g, ', succursale ', ', branch '), g.place('city'), '\n\n')
    d.add(L(g, 'Client : ', 'Client: '), g.nm(c, 'SG'), '\n')
    if c.f and g.p(0.3):
        d.add(L(g, 'Nom à la naissance : ', 'Birth name: '), P('PERSON', g.person(origin=c.origin).surname), '\n')
    d.add(L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(c), L(g, '   NAS : ', '   SIN: '), g.nas(), '\n', L(g, 'Adresse : ', 'Address: '), g.address(), '\n',
          L(g, 'Tél. domicile : ', 'Home: '), g.ph(0), L(g, '   Cell. : ', '   Cell: '), g.ph(0), '\n', L(g, 'Courriel : ', 'Email: '), g.email(c), '\n')
    d.add(L(g, 'Occupation : ', 'Occupation: '), L(g, g.ch(['enseignante', 'soudeur', 'infirmière auxiliaire', 'retraité', 'étudiante', 'camionneur']),
                                                     g.ch(['teacher', 'welder', 'nursing assistant', 'retired', 'student', 'truck driver'])),
          L(g, ' — employeur : ', ' — employer: '), g.employer(), '\n\n', L(g, "PIÈCES D'IDENTITÉ VÉRIFIÉES\n", 'IDENTIFICATION VERIFIED\n'))
    d.add("1) ", L(g, 'Permis de conduire : ', "Driver's licence: "), g.licence(c), L(g, ' (exp. ', ' (exp. '), g.date(g.day(0, 1500), 1), ')\n')
    d.add("2) ", L(g, 'Passeport : ', 'Passport: '), g.passport(c), ' — ', X('PLACE', g.country_of(c)), '\n')
    if g.p(0.5):
        d.add("3) ", L(g, "Carte d'assurance maladie : ", 'Health card: '), g.ramq(c), L(g, ' (consultée, non conservée)\n', ' (viewed, not kept)\n'))
    d.add('\n', L(g, 'COMPTE OUVERT\n', 'ACCOUNT OPENED\n'), g.bank_pieces(), '\n', L(g, 'Carte de débit émise : ', 'Debit card issued: '), g.card(), '\n')
    if g.p(0.6):
        co = g.partner(c)
        d.add(L(g, 'Cotitulaire : ', 'Joint holder: '), g.nm(co, 'GS'), L(g, ', née le ' if co.f else ', né le ', ', born '), g.dob(co), '\n')
    b = g.child(c) if g.age(c) > 40 else g.kin(c)
    d.add(L(g, 'Bénéficiaire désigné (CELI) : ', 'Designated beneficiary (TFSA): '), g.nm(b, 'GS'), '\n', L(g, 'Conseiller : ', 'Advisor: '),
          g.nm(adv, g.ch(['GS', 'FS', 'IS'])), L(g, ', poste ', ', ext. '), str(g.n(1000, 8999)), '\n\n', g.content('finance', 1), ' ',
          L(g, 'Vérification faite conformément à la ', 'Verification done under the '), g.law('bank'), '.\n')
    return d


def f_creditreport(g):
    """Consumer credit bureau report."""
    d = Doc()
    c = g.person(age=(20, 80))
    bureau = g.fixed(['Equifax Canada', 'TransUnion'])
    d.add(X('ORG', bureau), L(g, ' — DOSSIER DE CRÉDIT DU CONSOMMATEUR\n', ' — CONSUMER CREDIT FILE\n'), L(g, 'Numéro de confirmation : ', 'Confirmation number: '),
          g.fileno('ref'), L(g, '   Date : ', '   Date: '), g.date(style=1), '\n\n')
    d.add(L(g, 'Nom : ', 'Name: '), g.nm(c, 'SGU'), '\n')
    if g.p(0.5):
        d.add(L(g, 'Autres noms : ', 'Also known as: '), g.nm(c, g.ch(['IS', 'UP', 'FS'])), '\n')
    d.add(L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(c), '\n', L(g, 'NAS : ', 'SIN: '))
    d.add(g.nas() if g.p(0.5) else 'XXX-XXX-' + g.digits(3), '\n', L(g, 'Adresse actuelle : ', 'Current address: '), g.address(upper=g.p(0.4)),
          L(g, ' (déclarée le ', ' (reported '), g.date(g.day(900), 1), ')\n', L(g, 'Adresses antérieures :\n', 'Previous addresses:\n'))
    for _ in range(g.n(1, 2)):
        d.add('  ', g.address(upper=g.p(0.4)), '\n')
    d.add(L(g, 'Téléphones : ', 'Phones: '), g.ph(0), ', ', g.ph(0), '\n', L(g, 'Emploi : ', 'Employment: '), g.employer(), L(g, ' (vérifié le ', ' (verified '),
          g.date(g.day(900), 1), ')\n\n', L(g, 'COMPTES\n', 'TRADES\n'))
    for _ in range(g.n(2, 4)):
        d.add(g.org(0.0, theme=g.ch(['bank', 'telecom', 'bank', 'insurance'])), L(g, ' — compte ', ' — account '), '****' + g.digits(4), L(g, ' — ouvert ', ' — opened '),
              g.date(g.day(3000), 1), L(g, ' — limite ', ' — limit '), g.amount(500, 25000, False), L(g, ' — solde ', ' — balance '), g.amount(0, 9000),
              ' — ', g.ch(['R1', 'R1', 'R2', 'I1', 'O1']), '\n')
    d.add('\n', L(g, 'DEMANDES DE RENSEIGNEMENTS\n', 'INQUIRIES\n'))
    for _ in range(g.n(1, 3)):
        d.add(g.date(g.day(700), 1), '  ', g.org(0.0, theme=g.ch(['bank', 'telecom', 'insurance'])), '\n')
    d.add('\n', L(g, 'DÉCLARATION DU CONSOMMATEUR\n', 'CONSUMER STATEMENT\n'), g.content('credit', 1), ' ',
          L(g, 'Communiquer avec moi au ', 'Call me at '), g.ph(0), L(g, ' avant toute approbation.\n', ' before any approval.\n'), '\n', g.content('credit', 1), '\n',
          L(g, 'Régi par la ', 'Governed by the '), g.law('bank'), '. ', L(g, 'Renseignements : ', 'Information: '), g.tollfree(), '\n')
    return d


def f_referral(g):
    """Referral to a specialist."""
    d = Doc()
    pt = g.person()
    md = g.person(age=(30, 68))
    clinic = g.org_str(0.6, theme='health')
    d.add(L(g, 'DEMANDE DE CONSULTATION\n', 'REFERRAL / CONSULTATION REQUEST\n'), X('ORG', clinic), ' — ', g.address(prov=True), '\n', L(g, 'Tél. : ', 'Tel.: '),
          g.ph(0), L(g, '   Téléc. : ', '   Fax: '), g.ph(0), '\n\n')
    d.add(L(g, 'Patient : ', 'Patient: '), g.nmr(pt, 'SG GS SGU'), '\n', 'RAMQ : ' if g.fr else 'Health card (RAMQ): ', g.ramq(pt), L(g, '   exp. ', '   exp. '),
          g.month(), ' ', g.year(g.today.year), '\n', L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(pt), '\n', L(g, 'Adresse : ', 'Address: '), g.address(),
          '\n', L(g, 'Tél. : ', 'Phone: '), g.ph(0), L(g, '   Autre : ', '   Other: '), g.ph(0), '\n')
    k = g.kin(pt)
    d.add(L(g, 'Personne à contacter : ', 'Contact person: '), g.nm(k, 'GS'), ' — ', g.ph(0), '\n\n')
    d.add(L(g, 'Spécialité demandée : ', 'Specialty requested: '), L(g, g.ch(['orthopédie', 'dermatologie', 'cardiologie', 'gastro-entérologie', 'neurologie']),
                                                                    g.ch(['orthopedics', 'dermatology', 'cardiology', 'gastroenterology', 'neurology'])),
          L(g, '   Priorité : ', '   Priority: '), g.ch(['A', 'B', 'C', 'D', 'E']), '\n', L(g, 'Raison : ', 'Reason: '), g.content('clinic', 2), '\n')
    if g.p(0.5):
        d.add(L(g, 'Suivi antérieur avec ', 'Previously followed by '), g.dr(g.person(age=(30, 70))), g.nm(g.person(age=(30, 70)), 'FS'), L(g, ' à ', ' at '), g.org(0.5, theme='health'), '.\n')
    d.add('\n', L(g, 'Médecin référent : ', 'Referring physician: '), g.dr(md), g.nm(md, g.ch(['GS', 'IS'])), L(g, ', permis ', ', licence '), g.fileno('permit'), '\n',
          L(g, 'Signature : ', 'Signature: '), g.nm(md, 'FS'), L(g, '   Date : ', '   Date: '), g.date(style=1), '\n', L(g, 'Cadre : ', 'Framework: '), g.law('health'), '\n')
    return d


def f_sicknote(g):
    """Medical certificate of sick leave (French only)."""
    d = Doc()
    pt = g.person(age=(19, 66))
    md = g.person(age=(30, 68))
    a = g.day(10)
    d.add('CERTIFICAT MÉDICAL — ARRÊT DE TRAVAIL\n', g.org(0.6, theme='health'), '\n', g.address(prov=True), ' — ', g.ph(0), '\n\n')
    d.add('Je, soussignée, ' if md.f else 'Je, soussigné, ', g.dr(md), g.nm(md, 'GS'), ", certifie avoir examiné ", g.title(pt), g.nm(pt, 'GS'), ' (né' + ('e' if pt.f else '') + ' le ',
          g.dob(pt), ', RAMQ ', g.ramq(pt), ') le ', g.date(a, 0), '.\n')
    d.add('État de santé : ', g.content('clinic', 1), ' ', g.content('sick', 1), '\n')
    d.add("L'état de santé de " + ('la patiente' if pt.f else 'le patient') + ' la rend incapable de travailler du ' if pt.f else "L'état de santé du patient le rend incapable de travailler du ",
          g.date(a, 0), ' au ', g.date(a + timedelta(days=g.n(7, 60)), 0), ' inclusivement.\n')
    d.add('Employeur : ', g.employer(), ' — supérieur immédiat : ', g.nm(g.person(age=(28, 64)), 'GS'), '\n', 'Adresse du patient : ', g.address(), ' — tél. ', g.ph(0), '\n')
    if g.p(0.7):
        ins = g.person(age=(25, 60))
        d.add("Copie transmise à l'assureur ", g.org(0.0, theme='insurance'), ', dossier ', g.fileno('file'), ', à l\'attention de ', g.nm(ins, 'GS'), ', ', g.work_email(ins), '\n')
    if g.p(0.6):
        k = g.kin(pt)
        d.add('Personne à aviser : ', g.nm(k, 'GS'), ', ', g.ph(0), '\n')
    d.add('\n', g.dr(md), g.nm(md, 'IS'), ', permis no ', g.fileno('permit'), '\nSigné le ', g.date(a, 1), '\n')
    if g.p(0.35):
        d.ocr(g)
    return d


def f_wedding(g):
    """Wedding guest list with RSVP (Markdown table)."""
    d = Doc()
    b1 = g.person(age=(24, 45))
    b2 = g.partner(b1) if g.p(0.85) else g.person(age=(24, 45), gender=b1.gender)
    d.add(L(g, '# Liste des invités — Mariage de ', '# Guest list — Wedding of '), g.nm(b1, 'F'), ' & ', g.nm(b2, 'F'), '\n', L(g, 'Date : ', 'Date: '),
          g.date(g.day(0, 200), 0), L(g, ' — Réception : ', ' — Reception: '), g.org(0.6, theme='venue'), '\n\n')
    hdr = L(g, '| # | Invité(e) | Accompagnateur | Adresse postale | Courriel | Tél. | RSVP | Table |',
            '| # | Guest | Plus-one | Mailing address | Email | Phone | RSVP | Table |')
    d.add(hdr, '\n', '|---' * 8, '|\n')
    for i in range(g.n(4, 6)):
        p = g.person()
        d.add('| ', str(i + 1), ' | ', g.nm(p, g.ch(['GS', 'GS', 'FS'])), ' | ')
        if g.p(0.6):
            d.add(g.nm(g.partner(p), g.ch(['GS', 'F'])))
        d.add(' | ')
        if g.p(0.8):
            d.add(g.address(prov=False, pc=True))
        d.add(' | ', g.email(p) if g.p(0.7) else '', ' | ', g.ph(0) if g.p(0.6) else '', ' | ', L(g, g.ch(['Oui', 'Oui', 'Non', '?']), g.ch(['Yes', 'Yes', 'No', '?'])),
              ' | ', str(g.n(1, 18)), ' |\n')
    ph = g.person(age=(25, 55))
    d.add('\n', L(g, 'Notes : ', 'Notes: '), g.content('wedding', 2), '\n', L(g, '- Photographe : ', '- Photographer: '), g.nm(ph, 'GS'), ' ', g.ph(0), '\n',
          L(g, '- Demander à ', '- Ask '), g.nm(b2, 'F'), L(g, ' pour la navette du ', ' about the shuttle on '), g.date(style=g.ch([4, 0])), '\n')
    return d


def f_birthnotice(g):
    """Birth announcement in a newspaper."""
    d = Doc()
    mom = g.person(gender='f', age=(22, 42))
    dad = g.partner(mom)
    baby = g.kin(mom if g.p(0.3) else dad, age=(0, 0), same_surname=1.0)
    baby.dob = g.day(40)
    fr = g.fr
    d.add(L(g, 'NAISSANCE\n\n', 'BIRTH\n\n'), g.nm(baby, g.ch(['GS', 'UP'])), '\n')
    d.add(L(g, 'Née le ' if baby.f else 'Né le ', 'Born '), g.dob(baby, 0), L(g, ' à ', ' at '), g.org(0.1, theme='health'), L(g, ', à ', ', at '), g.time(),
          L(g, ', pesant ', ', weighing '), '%d,%d kg' % (g.n(2, 4), g.n(0, 9)) if fr else '%d lb %d oz' % (g.n(5, 9), g.n(0, 15)), '.\n')
    d.add(L(g, 'Fille de ' if baby.f else 'Fils de ', 'Daughter of ' if baby.f else 'Son of '), g.nm(mom, 'GS'), L(g, ' et de ', ' and '), g.nm(dad, 'GS'),
          L(g, ', de ', ', of '), g.place('city'), '.\n')
    gp = [g.parent(dad, 'm', 1.0), g.parent(dad, 'f', 0.3), g.parent(mom, 'm', 1.0), g.parent(mom, 'f', 0.3)]
    d.add(L(g, 'Petite-fille de ' if baby.f else 'Petit-fils de ', 'Granddaughter of ' if baby.f else 'Grandson of '), g.nm(gp[0], 'GS'), L(g, ' et ', ' and '),
          g.nm(gp[1], 'GS'), L(g, ', ainsi que de ', ', and of '), g.nm(gp[2], 'GS'), L(g, ' et ', ' and '), g.nm(gp[3], 'GS'), '.\n')
    if g.p(0.6):
        sib = g.kin(baby, same_surname=1.0, age=(2, 8))
        d.add(L(g, 'Petite sœur de ' if baby.f else 'Petit frère de ', 'Little sister of ' if baby.f else 'Little brother of '), g.nm(sib, 'F'), '.\n')
    if g.p(0.5):
        d.add(L(g, 'Parrain : ', 'Godfather: '), g.nm(g.person(gender='m', age=(20, 50)), 'GS'), L(g, '; marraine : ', '; godmother: '),
              g.nm(g.person(gender='f', age=(20, 50)), 'GS'), '.\n')
    d.add('\n', g.content('birth', 2), '\n')
    if g.p(0.5):
        d.add(L(g, 'Un merci spécial à ', 'Special thanks to '), g.nm(g.person(gender='f', age=(25, 60)), g.ch(['F', 'GS'])),
              L(g, ', infirmière, pour sa patience.\n', ', nurse, for her patience.\n'))
    d.add(L(g, 'Vos vœux : ', 'Best wishes: '), g.email(mom if g.p(0.5) else dad), L(g, ' ou au ', ' or ') if g.p(0.6) else '', g.ph(0) if g.p(0.6) else '', '\n')
    return d


def f_census(g):
    """Census household questionnaire (French only)."""
    d = Doc()
    head = g.person(age=(25, 80))
    d.add('Recensement de ', g.year(g.today.year - 1), ' — Questionnaire abrégé\n', 'Statistique Canada — Numéro du questionnaire : ', g.fileno('file'),
          ' — Code d\'accès sécurisé : ', X('FILENO', g.pat('%%##-%%##-%%##-%%##')), '\n\n')
    d.add('Adresse du logement : ', g.address(), '\nNuméro de téléphone : ', g.ph(0), '\n\n', g.content('census', 2), '\n\n')
    mem = [head]
    if g.p(0.8):
        mem.append(g.partner(head))
    for _ in range(g.n(0, 3)):
        mem.append(g.child(head))
    rel = ['Personne 1', 'Époux ou épouse', 'Fils ou fille', 'Fils ou fille', 'Fils ou fille']
    for i, m in enumerate(mem):
        d.add('PERSONNE ', str(i + 1), '\n  Nom de famille : ', P('PERSON', m.surname), '   Prénom : ', P('PERSON', m.given), '\n  Date de naissance : ', g.dob(m, g.ch([1, 2, 7])),
              '   Sexe : ', 'F' if m.f else 'M', '\n  Lien avec la personne 1 : ', rel[min(i, 4)] if i < 2 or g.age(m) < g.age(head) else 'Autre', '\n')
    d.add('\nRépondant : ', g.nm(head, 'GS'), ' — courriel : ', g.email(head), '\n', 'Vos renseignements sont protégés par la ', X('LAW', 'Loi sur la statistique, L.R.C. 1985, ch. S-19'), '.\n',
          'Aide : ', g.tollfree(), '\n')
    x = g.r.random()
    if x < 0.25:
        upper_all(d)
    elif x < 0.55:
        d.ocr(g)
    return d


def f_usedcar(g):
    """Private sale of a used vehicle."""
    d = Doc()
    s, b = g.person(age=(20, 80)), g.person(age=(18, 70))
    d.add(L(g, "CONTRAT DE VENTE D'UN VÉHICULE D'OCCASION ENTRE PARTICULIERS\n\n", 'BILL OF SALE — USED VEHICLE (PRIVATE SALE)\n\n'))
    for lab, p in ((L(g, 'VENDEUR', 'SELLER'), s), (L(g, 'ACHETEUR', 'BUYER'), b)):
        d.add(lab, '\n', L(g, 'Nom : ', 'Name: '), g.nm(p, g.ch(['GS', 'SG', 'UP'])), '\n', L(g, 'Adresse : ', 'Address: '), g.address(), '\n', L(g, 'Tél. : ', 'Tel.: '), g.ph(0),
              '\n', L(g, 'Permis de conduire : ', "Driver's licence: "), g.licence(p), '\n')
        if p is b and g.p(0.7):
            d.add(L(g, 'Courriel : ', 'Email: '), g.email(p), '\n')
        d.add('\n')
    mk = g.ch(['Honda Civic', 'Toyota RAV4', 'Hyundai Elantra', 'Ford F-150', 'Mazda 3', 'Subaru Outback', 'Kia Soul', 'Chevrolet Equinox'])
    d.add(L(g, 'VÉHICULE\n', 'VEHICLE\n'), mk, ' ', g.year(g.today.year - 14), L(g, ' — NIV : ', ' — VIN: '), g.fileno('vin'), '\n', L(g, 'Immatriculation : ', 'Plate: '),
          g.plate('QC'), L(g, '   Kilométrage : ', '   Odometer: '), '%d km' % (g.n(20, 260) * 1000 + g.n(0, 999)), '\n\n')
    d.add(L(g, 'PRIX : ', 'PRICE: '), g.amount(1500, 38000, False), L(g, ', payé par traite bancaire no ', ', paid by bank draft no. '), X('FILENO', g.digits(8)), '\n\n',
          g.content('vehicle', 2), ' ', L(g, 'Voir la ', 'See the '), g.law('consumer'), '.\n\n', L(g, 'Signé à ', 'Signed at '), g.place('city'), L(g, ', le ', ', on '),
          g.date(style=0), '.\n', L(g, 'Vendeur : ', 'Seller: '), g.nm(s, 'GS'), L(g, '    Acheteur : ', '    Buyer: '), g.nm(b, 'GS'), '\n')
    if g.p(0.6):
        d.add(L(g, 'Témoin : ', 'Witness: '), g.nm(g.person(), 'GS'), '\n')
    if g.p(0.3):
        d.ocr(g)
    return d


def f_blood(g):
    """Blood donor record."""
    d = Doc()
    p = g.person(age=(18, 75))
    nurse = g.person(age=(24, 62))
    d.add(X('ORG', g.fixed(L(g, ['Héma-Québec'], ['Héma-Québec', 'Canadian Blood Services']))), L(g, ' — FICHE DU DONNEUR\n', ' — DONOR RECORD\n'),
          L(g, 'No de donneur : ', 'Donor no.: '), g.fileno('ref'), L(g, '   Groupe : ', '   Blood group: '), g.ch(['O+', 'O-', 'A+', 'B+', 'AB+', 'A-']), '\n\n')
    d.add(L(g, 'Nom : ', 'Name: '), g.nm(p, 'SG'), '\n', L(g, 'Date de naissance : ', 'Date of birth: '), g.dob(p), L(g, '   Sexe : ', '   Sex: '), 'F' if p.f else 'M', '\n',
          L(g, 'Adresse : ', 'Address: '), g.address(), '\n', L(g, 'Tél. : ', 'Phone: '), g.ph(0), L(g, '   Courriel : ', '   Email: '), g.email(p), '\n')
    if g.fr and g.p(0.6):
        d.add("Carte d'assurance maladie vérifiée : ", g.ramq(p), '\n')
    d.add('\n', L(g, 'Collecte : ', 'Blood drive: '), g.org(0.5, theme='venue'), ', ', g.place('city'), ' — ', g.date(g.day(5), 0), L(g, ' à ', ' at '), g.time(), '\n',
          L(g, 'Hémoglobine : ', 'Haemoglobin: '), str(g.n(125, 168)), ' g/L   TA ', '%d/%d' % (g.n(100, 140), g.n(60, 90)), '\n', L(g, 'Dernier don : ', 'Last donation: '),
          g.date(g.day(400), 1), L(g, '   Prochain don admissible : ', '   Next eligible: '), g.date(g.day(0, 90), 1), '\n', g.content('blood', 1), '\n')
    d.add(L(g, 'Infirmière : ', 'Nurse: ') if nurse.f else L(g, 'Infirmier : ', 'Nurse: '), g.nm(nurse, g.ch(['IS', 'GS', 'FS'])), L(g, ', inf.', ', RN'), '\n')
    if g.p(0.7):
        md = g.person(age=(30, 70))
        d.add(L(g, 'Médecin traitant : ', 'Family physician: '), g.dr(md), g.nm(md, 'FS'), L(g, ', tél. ', ', tel. '), g.ph(0), '\n')
    if g.p(0.6):
        d.add(L(g, 'Donneur recruté par : ', 'Recruited by: '), g.nm(g.person(), 'GS'), L(g, ' (collègue)\n', ' (co-worker)\n'))
    d.add(L(g, 'Rappel envoyé au ', 'Reminder sent to '), g.ph(0), L(g, ' le ', ' on '), g.date(style=1), '\n')
    return d


def f_cell(g):
    """Wireless service agreement (French only)."""
    d = Doc()
    c = g.person(age=(18, 80))
    tel = g.org_str(0.0, theme='telecom')
    d.add('CONTRAT DE SERVICE SANS FIL — ', X('ORG', tel), '\nNo de compte : ', g.fileno('ref'), '   Date : ', g.date(style=1), '\n\n')
    d.add('Titulaire : ', g.nm(c, g.ch(['GS', 'SG'])), '\nDate de naissance : ', g.dob(c), '\nAdresse de facturation : ', g.address(), '\nCourriel : ', g.email(c), '\n\n')
    d.add('Numéro attribué : ', g.ph(0), '\n')
    if g.p(0.6):
        d.add('Numéro transféré de ', g.org(0.0, theme='telecom'), ' : ', g.ph(0), '\n')
    d.add('Appareil : ', g.ch(['iPhone 14', 'Galaxy S23', 'Pixel 8', 'Moto G']), ' — IMEI ', g.fileno('imei'), '\n\n', "Vérification d'identité : ")
    d.add(['permis de conduire ', g.licence(c)] if g.p(0.6) else ['passeport ', g.passport(c)], '\n', 'Paiement préautorisé : ', g.card(), ' exp. ', g.card_expiry(), '\n')
    if g.p(0.7):
        u = g.child(c) if g.age(c) > 40 else g.kin(c)
        d.add('Utilisateur autorisé : ', g.nm(u, 'GS'), ' — ', g.ph(0), '\n')
    d.add('Forfait : ', g.amount(25, 95), ' par mois. ', g.content('telecom', 2), '\n', 'Représentant : ', g.nm(g.person(age=(19, 40)), g.ch(['F', 'GI', 'GS'])),
          ', magasin de ', g.place('city'), '\n', 'Droits du consommateur : ', g.law('consumer'), ' — ', g.tollfree(), '\n')
    return d


def f_opus(g):
    """Reduced-fare transit photo card application (French only)."""
    d = Doc()
    a = g.person(age=(6, 85))
    cat = 'Enfant 6-11 ans' if g.age(a) < 12 else 'Étudiant 12-17 ans' if g.age(a) < 18 else 'Aîné 65 ans et plus' if g.age(a) >= 65 else 'Étudiant 18 ans et plus'
    d.add('Demande de carte OPUS avec photo — Tarif réduit\n', g.org(0.0, theme='transport'), '\n\nCatégorie : ', cat, '\n')
    d.add('Nom : ', g.nm(a, 'SG'), '\nDate de naissance : ', g.dob(a), '\nAdresse : ', g.address(), '\nTéléphone : ', g.ph(0), '\n')
    if g.age(a) >= 14:
        d.add('Courriel : ', g.email(a), '\n')
    if g.age(a) < 18 or 'Étudiant' in cat:
        d.add('Établissement fréquenté : ', g.org(0.6, theme='school'), '\n')
    if g.age(a) < 18:
        par = g.parent(a)
        d.add('Parent / tuteur : ', g.nm(par, 'GS'), ' — ', g.ph(0), ' — ', g.email(par), '\n')
    if g.p(0.6):
        pk = g.kin(a)
        d.add('Personne autorisée à récupérer la carte : ', g.nm(pk, 'GS'), ', permis de conduire ', g.licence(pk), '\n')
    if g.p(0.6):
        d.add('Pièce justificative : carte d\'assurance maladie ', g.ramq(a), '\n')
    d.add('Photo prise par : ', g.nm(g.person(age=(20, 60)), g.ch(['GS', 'GI', 'FS'])), ', comptoir de ', g.place('city'), '\n')
    d.add('\nNuméro de carte : ', g.fileno('ref'), '   Émise le : ', g.date(style=1), '\nFrais : ', g.amount(6, 18), ' — payé par carte ', g.card(), '\n', g.content('transit', 2), '\n')
    return d


def f_gamf(g):
    """Registration with the family-doctor waiting list (French only)."""
    d = Doc()
    u = g.person()
    md = g.person(age=(30, 65))
    d.add("Guichet d'accès à un médecin de famille — Confirmation d'inscription\n", 'No de demande : ', g.fileno('file'), '   Inscrit le : ', g.date(g.day(700), 0), '\n\n')
    d.add('Usager : ', g.nm(u, g.ch(['GS', 'SG'])), '\nNAM : ', g.ramq(u), '\nDate de naissance : ', g.dob(u), '\nAdresse : ', g.address(), '\nTél. : ', g.ph(0),
          '   Courriel : ', g.email(u), '\n\n')
    mem = [g.child(u) for _ in range(g.n(0, 2))] + ([g.partner(u)] if g.p(0.5) else [])
    if mem:
        d.add('Autres membres du ménage inscrits :\n')
        for m in mem:
            d.add('  - ', g.nm(m, 'GS'), ', NAM ', g.ramq(m), ', né' + ('e' if m.f else '') + ' le ', g.dob(m), '\n')
    d.add('\nÉtat de santé déclaré : ', g.content('clinic', 1), '\nPriorité : ', g.ch(['A', 'B', 'C', 'D', 'E']), '\n\n', 'Assignation le ', g.date(g.day(30), 0), ' : ',
          g.dr(md), g.nm(md, 'GS'), ', ', g.org(0.6, theme='health'), ', ', P('ADDRESS', g.addr_str(unit=0.6, rural=0)), ' — ', g.ph(0.5), '\n', g.content('waitlist', 2), '\n')
    return d


def f_appt(g):
    """Appointment reminder log (SMS / e-mail / voice)."""
    d = Doc()
    clinic = g.org_str(0.6, theme='health')
    d.add(L(g, 'Journal des rappels — ', 'Reminder log — '), X('ORG', clinic), L(g, ' — exporté le ', ' — exported '), g.date(style=1), '\n\n')
    caddr = g.addr_str(unit=0.5, rural=0)
    for i in range(g.n(4, 6)):
        p = g.person()
        md = g.person(age=(30, 65))
        ch = g.ch(['SMS', 'SMS', 'EMAIL', 'VOIX' if g.fr else 'VOICE'])
        d.add(g.date(g.day(7), 1), ' ', g.time(style=2), ' | ', ch, ' | ')
        if ch == 'EMAIL':
            d.add(g.email(p))
        elif ch == 'SMS':
            d.add(g.ph(0, style=g.ch([4, 5, 10])))
        else:
            d.add(g.ph(0))
        d.add(' | ', L(g, 'Bonjour ', 'Hello '), g.nm(p, g.ch(['F', 'F', 'GS'])), L(g, ', rappel de votre rendez-vous avec ', ', this is a reminder of your appointment with '),
              g.dr(md), g.nm(md, 'S'), L(g, ' le ', ' on '), g.date(g.day(0, 14), 4), L(g, ' à ', ' at '), g.time(), L(g, ', au ', ', at '), P('ADDRESS', caddr), '. ')
        if g.p(0.4):
            d.add(L(g, 'Apportez votre carte (', 'Bring your card ('), g.ramq(p), '). ')
        d.add(L(g, 'Répondez C pour confirmer. | ', 'Reply C to confirm. | '))
        x = g.r.random()
        if x < 0.4:
            d.add(L(g, 'réponse : c', 'reply: c'))
        elif x < 0.6:
            k = g.child(p, same_surname=0.8) if g.age(p) > 38 else g.kin(p, same_surname=0.8)
            d.add(L(g, 'réponse : ', 'reply: '), L(g, "c'est ma fille " if k.f else "c'est mon gars ", "it's my daughter " if k.f else "it's my son "), g.nm(k, 'LOF'),
                  L(g, ' qui va venir, sa date de naissance ', ' who is coming, her birthday is ' if k.f else ' who is coming, his birthday is '), g.dob(k, 3 if g.fr else 2))
        elif x < 0.8:
            d.add(L(g, 'réponse : pouvez-vous me rappeler au ', 'reply: can you call me back at '), g.phone_words() if g.p(0.5) else g.ph(0))
        else:
            d.add(L(g, 'non livré', 'undelivered'))
        d.add('\n')
    d.add('\n', g.content('appt', 2), '\n')
    return d


def f_mediation(g):
    """Family mediation agreement summary (French only)."""
    d = Doc()
    a = g.person(gender='f', age=(25, 55))
    b = g.partner(a)
    kids = [g.child(a if g.p(0.3) else b, same_surname=0.9, age=(1, 17)) for _ in range(g.n(1, 3))]
    med = g.person(age=(35, 68))
    d.add('RÉSUMÉ DES ENTENTES DE MÉDIATION FAMILIALE\n', 'Médiateur' if not med.f else 'Médiatrice', ' : Me ', g.nm(med, 'GS'), ', accréditation no ', g.fileno('permit'),
          ' — ', g.org(0.8, theme='law'), '\n', 'Séances tenues les ', g.date(g.day(90), 3), ' et ', g.date(g.day(40), 3), '\n\n')
    for p in (a, b):
        d.add('PARTIE : ', g.nm(p, 'GS'), ', née le ' if p.f else ', né le ', g.dob(p, 0), '\n  ', 'domiciliée au ' if p.f else 'domicilié au ', g.address(prov=True),
              '\n  tél. ', g.ph(0), ' — ', g.email(p), '\n')
    d.add('\nENFANTS\n')
    for k in kids:
        d.add('  ', g.nm(k, 'GS'), ', née le ' if k.f else ', né le ', g.dob(k, 0), '\n')
    d.add('\n1. Garde. Garde partagée une semaine sur deux; les échanges ont lieu le vendredi à ', g.time(), '. ', g.content('family', 2), '\n')
    d.add('2. Pension alimentaire. ', g.nm(b, 'F'), ' verse à ', g.nm(a, 'F'), ' une pension de ', g.amount(150, 1400), ' par mois, par virement au compte suivant :\n', g.bank_pieces(), '\n')
    d.add('3. Cadre légal. ', g.law('family'), '; ', g.law('family'), '.\n', '4. ', g.content('family', 1), '\n\n', 'Signé à ', g.place('city'), ' le ', g.date(style=0), '.\n',
          g.nm(a, 'GS'), ' ____________    ', g.nm(b, 'GS'), ' ____________    Me ', g.nm(med, 'IS'), '\n')
    if g.p(0.35):
        d.ocr(g)
    return d


def f_change_addr(g):
    """Change-of-address notice to government bodies (French only)."""
    d = Doc()
    p = g.person()
    d.add("Services Québec — Changement d'adresse\nConfirmation no ", g.fileno('ref'), ' — transmise le ', g.date(style=1), ' à ', g.time(), '\n\n')
    d.add('Nom : ', g.nm(p, g.ch(['SG', 'GS', 'SGU'])), '\nDate de naissance : ', g.dob(p), '\nNAM : ', g.ramq(p), '\nPermis de conduire : ', g.licence(p, 'QC'), '\n')
    if g.p(0.6):
        d.add("NAS (pour Revenu Québec) : ", g.nas(), '\n')
    d.add('\nAncienne adresse : ', g.address(), '\nNouvelle adresse : ', g.address(), '\nEn vigueur le : ', g.date(g.day(10, 30), 0), '\n', 'Tél. : ', g.ph(0), '   Courriel : ',
          g.email(p), '\n\n')
    oth = [g.kin(p, same_surname=0.7) for _ in range(g.n(1, 3))]
    d.add('Autres personnes qui déménagent avec vous :\n')
    for o in oth:
        d.add('  ', g.nm(o, 'GS'), ' — né' + ('e' if o.f else '') + ' le ', g.dob(o), ' — NAM ', g.ramq(o), '\n')
    d.add('\nMinistères et organismes avisés : ')
    for i, o in enumerate(g.r.sample([x for x in ORG_THEMES['fr']['gov'] if usable(x, g.half)], 3)):
        d.add(', ' if i else '', X('ORG', o))
    d.add('\n', g.content('admin', 2), '\n')
    if g.p(0.25):
        d.ocr(g)
    return d


def f_coop(g):
    """Housing co-operative member file (French only)."""
    d = Doc()
    m = g.person(age=(20, 85))
    c = g.city()
    coop = g.fixed(["Coopérative d'habitation Les Trois-Pignons", "Coopérative d'habitation du Vieux-Moulin", "Coopérative d'habitation La Ruche",
                 "Coopérative d'habitation des Hirondelles"])
    unit = '%d-%s' % (g.n(1, 24), g.civic())
    st = g.street_name()
    d.add(X('ORG', coop), ' — FICHE DE MEMBRE\n', 'No de membre : ', g.fileno('file'), '\n', 'Logement : ', P('ADDRESS', unit + ' ' + st), ', ', CITY(c[0]), ' ', P('POSTAL_CODE', g.pc_str(c[1])), '\n\n')
    d.add('Membre : ', g.nm(m, 'GS'), '   Date de naissance : ', g.dob(m), '\nTél. : ', g.ph(0), '   Courriel : ', g.email(m), '\n')
    occ = [g.kin(m) for _ in range(g.n(1, 3))]
    d.add('Cooccupants : ')
    for i, o in enumerate(occ):
        d.add('; ' if i else '', g.nm(o, 'GS'), ' (', g.dob(o, 1), ')')
    d.add('\nPart sociale : ', g.amount(10, 500, False), ' payée le ', g.date(g.day(2000), 1), '\nComité : ', g.ch(['entretien', 'finances', 'sélection', 'vie associative']), '\n')
    d.add('Prélèvement du loyer (', g.amount(450, 1100, False), ') :\n', g.bank_pieces(), '\n')
    e = g.kin(m)
    d.add("Contact d'urgence : ", g.nm(e, 'GS'), ', ', g.ph(0), '\n', g.content('coop', 2), '\nInscrit par la secrétaire, ', g.nm(g.person(gender='f'), g.ch(['GS', 'IS'])), ', le ',
          g.date(style=0), '.\n')
    if g.p(0.25):
        d.ocr(g)
    return d


def f_firearm(g):
    """Firearm registration confirmation (French only)."""
    d = Doc()
    p = g.person(age=(18, 80))
    d.add("Service d'immatriculation des armes à feu du Québec — Avis de confirmation\n", "No d'immatriculation : ", g.fileno('permit'), '   Date : ', g.date(style=1), '\n\n')
    d.add('Propriétaire : ', g.nm(p, g.ch(['SG', 'GS', 'SGU'])), '\nDate de naissance : ', g.dob(p), '\nAdresse : ', g.address(), '\nTél. : ', g.ph(0), '   Courriel : ', g.email(p), '\n',
          "Pièce d'identité : permis de conduire ", g.licence(p, 'QC'), '\n')
    if g.p(0.4):
        d.add("Lieu d'entreposage (si différent) : ", g.address(), '\n')
    d.add('\nArme : ', g.ch(['carabine', 'fusil de chasse', 'carabine à verrou']), ', calibre ', g.ch(['.308', '12', '20', '.270', '.22 LR', '30-06']), ', fabricant ',
          g.ch(['Browning', 'Remington', 'Savage', 'Tikka', 'Beretta']), ', no de série ', X('FILENO', g.pat('%%######')), '\n')
    if g.p(0.6):
        c = g.person()
        d.add('Cession par : ', g.nm(c, 'GS'), ', ', g.address(), ', tél. ', g.ph(0), ', le ', g.date(g.day(60), 0), '\n')
    d.add('Permis de possession vérifié par : ', g.nm(g.person(age=(25, 60)), g.ch(['IS', 'GS'])), ', agente' if g.p(0.5) else ', agent', '\n')
    d.add('\n', g.content('arms', 2), ' ', g.law('arms'), '.\nRenseignements : ', g.tollfree(), '\n')
    if g.p(0.3):
        d.ocr(g)
    return d


def f_doglicence(g):
    """Municipal dog licence (French only)."""
    d = Doc()
    o = g.person()
    vet = g.person(age=(28, 65))
    c = g.qc_cities[g.r.randrange(len(g.qc_cities))]
    d.add(X('ORG', 'Ville de ' + c[0]), ' — Licence pour chien ', g.year(g.today.year), '\nMédaille no ', g.fileno('ref'), '\n\n', 'Gardien : ', g.nm(o, g.ch(['GS', 'SG'])), '\n',
          'Adresse : ', g.address(city=c), '\nTél. : ', g.ph(0), '   Cell. : ', g.ph(0), '\nCourriel : ', g.email(o), '\n')
    if g.p(0.7):
        d.add('Gardien secondaire : ', g.nm(g.partner(o), 'GS'), ', ', g.ph(0), '\n')
    d.add('\nChien : ', g.fixed(PET_NAMES), ', ', g.ch(['labrador', 'berger allemand', 'caniche', 'husky', 'croisé', 'beagle']), ', ', g.ch(['noir', 'brun', 'blanc', 'roux']),
          ', stérilisé : ', g.ch(['oui', 'non']), ', micropuce ', g.fileno('chip'), '\n', 'Vaccin contre la rage : ', g.date(g.day(300), 1), ' — ', g.dr(vet), g.nm(vet, 'FS'), ', ',
          g.org(0.7, theme='vet'), ', ', g.ph(0), '\n', 'Paiement : ', g.amount(20, 75), ' — ', g.card() if g.p(0.5) else g.masked_card(), '\n')
    if g.p(0.6):
        n = g.person()
        d.add('Note du contrôleur : plainte de ', g.nm(n, 'GS'), ' (voisin' + ('e' if n.f else '') + ', ', P('ADDRESS', g.addr_str(unit=0.2, rural=0)), ') le ', g.date(g.day(60), 0),
              ' pour aboiements.\n')
    d.add(g.content('dog', 2), ' ', g.law('municipal'), '.\n')
    if g.p(0.25):
        d.ocr(g)
    return d


def f_quote(g):
    """Contractor's quote (French only)."""
    d = Doc()
    cl = g.person()
    est = g.person(age=(25, 65))
    co = g.named_org(ORG_THEME_PATTERNS['fr']['trade'])
    d.add(X('ORG', co), '\n', g.address(prov=True), ' — ', g.ph(0), '\nLicence RBQ ', g.fileno('rbq'), ' — TPS ', g.fileno('tax'), ' — TVQ ', g.fileno('tax'), '\n\n',
          'SOUMISSION no ', g.fileno('file'), ' — ', g.date(style=0), '\n\n', 'Client : ', g.title(cl), g.nm(cl, 'GS'), '\nAdresse des travaux : ', g.address(), '\nTél. : ',
          g.ph(0), '   Courriel : ', g.email(cl), '\n\n', 'Description des travaux\n')
    tot = 0
    for item in g.r.sample(['Démolition de la salle de bain existante', 'Pose de céramique au plancher', 'Remplacement de la toiture (bardeaux)',
                            'Installation de fenêtres hybrides', 'Isolation des combles', 'Plomberie — raccordement vanité', 'Peinture intérieure, trois pièces',
                            'Construction d\'une terrasse en bois traité'], g.n(2, 4)):
        d.add('  - ', item, ' : ', g.amount(400, 9000), '\n')
    d.add('Total avant taxes, TPS et TVQ : voir annexe. Total : ', g.amount(3000, 40000), '\n', 'Acompte de 30 % par carte : ', g.card(), '\n\n', g.content('home', 2), ' ',
          g.law('build'), '.\n\n', 'Estimateur : ', g.nm(est, 'GS'), ', cell. ', g.ph(0), '\nSignature du client : ', g.nm(cl, 'GS'), '\n')
    if g.p(0.3):
        d.ocr(g)
    return d


def f_moving(g):
    """Moving-company contract (French only)."""
    d = Doc()
    cl = g.person()
    chief = g.person(age=(22, 60))
    co = g.named_org(ORG_THEME_PATTERNS['fr']['movers'])
    dt = g.day(0, 60)
    d.add(X('ORG', co), ' — Contrat de service de déménagement\n', "Permis de l'Office de la protection du consommateur : ", g.fileno('permit'), '\n\n')
    d.add('Client : ', g.nm(cl, g.ch(['GS', 'SG'])), '\nTél. : ', g.ph(0), '   Cell. : ', g.ph(0), '\nCourriel : ', g.email(cl), '\n\n', 'Adresse de départ : ', g.address(),
          ' (', g.ch(['3e étage sans ascenseur', 'rez-de-chaussée', '2e étage, escalier extérieur', 'sous-sol']), ')\n', "Adresse d'arrivée : ", g.address(), '\n',
          'Date : ', g.date(dt, 0), " — arrivée de l'équipe : ", g.time(), '\n\n', "Chef d'équipe : ", g.nm(chief, g.ch(['GS', 'F', 'FS'])), ' — camion ', g.plate('QC'), '\n',
          'Stationnement réservé sur la ', g.street(0.6), ' (permis de la ville demandé en ', g.month(), ')\n',
          'Tarif : ', g.amount(110, 220), ' de l\'heure, ', str(g.n(2, 4)), ' déménageurs\n', 'Dépôt : ', g.card(), '\n')
    if g.p(0.7):
        k = g.kin(cl)
        d.add("Personne présente à l'arrivée : ", g.nm(k, 'GS'), ' — ', g.ph(0), '\n')
    d.add('\nInventaire et conditions : ', g.content('home', 2), ' ', g.law('consumer'), '.\n')
    return d


def f_trip(g):
    """School field-trip permission slip (French only)."""
    d = Doc()
    kid = g.person(age=(6, 16))
    p1 = g.parent(kid)
    p2 = g.partner(p1) if g.p(0.7) else None
    tea = g.person(age=(24, 60))
    d.add(g.org(0.8, theme='school'), '\nAUTORISATION PARENTALE — Sortie éducative\n', 'Destination : ', g.place('city'), ' — ', g.date(g.day(0, 40), 0), '\n',
          'Départ : ', g.time(h=g.n(7, 9)), ' — retour : ', g.time(h=g.n(14, 16)), ' — transport : ', X('ORG', g.ch(['Autobus ', 'Transport scolaire ']) + g.person(origin='qc').surname)
          if g.p(0.5) else X('ORG', 'Autocars Orléans Express'), '\nCoût : ', g.amount(5, 45), '\n\n')
    d.add('Élève : ', g.nm(kid, g.ch(['GS', 'SG'])), '   Groupe : ', str(g.n(101, 699)), '\nDate de naissance : ', g.dob(kid), '\nNAM (en cas d\'urgence) : ', g.ramq(kid), '\n')
    d.add('Parent / tuteur 1 : ', g.nm(p1, 'GS'), ' — ', g.ph(0), ' — ', g.email(p1), '\n')
    if p2:
        d.add('Parent / tuteur 2 : ', g.nm(p2, 'GS'), ' — ', g.ph(0), '\n')
    o = g.kin(kid, age=(18, 80))
    d.add('Autre personne à joindre : ', g.nm(o, 'GS'), ' — ', g.ph(0), '\n', 'Allergies / médicaments : ', g.ch(['aucune', 'arachides (auto-injecteur dans le sac)', 'asthme (pompe)',
                                                                                                      'lactose']), '\n\n')
    d.add(g.content('school', 2), '\n\n', 'Enseignant' if not tea.f else 'Enseignante', ' responsable : ', g.title(tea), g.nm(tea, 'S'), '\n', 'Signature du parent : ',
          g.nm(p1, 'GS'), '   Date : ', g.date(style=1), '\n')
    return d


def enc(s):
    return s.replace('%', '%25').replace(' ', '+').replace('@', '%40').replace(',', '%2C').replace('(', '%28').replace(')', '%29') \
            .replace("'", '%27').replace('/', '%2F').replace('#', '%23')


def E(x):
    """A piece (or list of pieces) URL-encoded."""
    if isinstance(x, list):
        return [E(y) for y in x]
    if isinstance(x, tuple):
        return (x[0], x[1], enc(x[2]))
    return enc(x)


def f_webform(g):
    """Raw web-form submissions from a server log (URL-encoded bodies)."""
    d = Doc()
    org = g.org_str(0.3)
    d.add('# form-submissions.log — ', X('ORG', org), L(g, ' — extrait du ', ' — extract of '), g.date(style=1), '\n')
    paths = L(g, ['/contact', '/demande-de-service', '/inscription', '/plainte', '/rendez-vous'], ['/contact', '/service-request', '/signup', '/complaint', '/book'])
    for i in range(g.n(3, 5)):
        p = g.person()
        ip = g.ch(['203.0.113.', '198.51.100.', '192.0.2.']) + str(g.n(2, 254))
        dt = g.day(20)
        d.add(dt.isoformat(), 'T', '%02d:%02d:%02dZ' % (g.n(0, 23), g.n(0, 59), g.n(0, 59)), ' ', ip, ' POST ', g.ch(paths), ' ')
        keys = L(g, ['nom', 'prenom', 'courriel', 'tel', 'adresse', 'ville', 'cp', 'date_naissance', 'nas', 'message'],
                 ['last_name', 'first_name', 'email', 'phone', 'address', 'city', 'postal_code', 'birth_date', 'sin', 'message'])
        if g.p(0.25):
            d.add('{"', keys[1], '": "', g.nm(p, 'G'), '", "', keys[0], '": "', g.nm(p, 'S'), '", "', keys[2], '": "', g.email(p), '", "', keys[3], '": "', g.ph(0), '"}')
        else:
            addr, c, pc = g.addr_parts(unit=0.4, rural=0.02)
            fields = [(keys[0], E(g.nm(p, 'S'))), (keys[1], E(g.nm(p, 'G'))), (keys[2], E(g.email(p))), (keys[3], E(g.ph(0)))]
            if g.p(0.8):
                fields += [(keys[4], E(P('ADDRESS', addr))), (keys[5], E(CITY(c[0]))), (keys[6], E(P('POSTAL_CODE', pc)))]
            if g.p(0.5):
                fields.append((keys[7], E(g.dob(p, g.ch([2, 5])))))
            if g.p(0.25):
                fields.append((keys[8], E(g.nas(style=2))))
            msg = g.ch([[L(g, 'bonjour, je suis ', 'hi, this is '), g.nm(p, 'LO'), L(g, ', rappelez-moi svp', ', please call me back')],
                        [L(g, 'voisin au ', 'neighbour at '), P('ADDRESS', g.addr_str(unit=0, rural=0)), L(g, ' fait du bruit', ' is making noise')],
                        [L(g, 'merci', 'thanks')], [L(g, 'pour ma mère ', 'for my mother '), g.nm(g.parent(p, 'f'), 'GS')]])
            fields.append((keys[9], E(msg)))
            for j, (k, v) in enumerate(fields):
                d.add('&' if j else '', k, '=', v)
        d.add(' status=', g.ch(['200', '200', '302', '422']), '\n')
        if g.p(0.4):
            d.add(dt.isoformat(), 'T', '%02d:%02d:%02dZ' % (g.n(0, 23), g.n(0, 59), g.n(0, 59)), ' ', ip, ' INFO ', g.content('web', 1), '\n')
    d.add(g.content('web', 1), '\n')
    return d


def f_affidavit(g):
    """Solemn declaration (French only)."""
    d = Doc()
    p = g.person(age=(19, 85))
    com = g.person(age=(30, 70))
    s = g.kin(p, gender='f', same_surname=0.5)
    d.add('DÉCLARATION SOLENNELLE\n\n', 'Je, soussignée, ' if p.f else 'Je, soussigné, ', g.nm(p, g.ch(['GS', 'UP'])), ', née le ' if p.f else ', né le ', g.dob(p, 0),
          ', domiciliée au ' if p.f else ', domicilié au ', g.address(prov=True), ', déclare solennellement ce qui suit :\n\n')
    d.add('1. Je suis titulaire du passeport canadien numéro ', P('PASSPORT', g.ch(['AB', 'AE', 'GA', 'HL', 'AN']) + g.digits(6)), ', délivré le ', g.date(g.day(3000), 0), '.\n')
    d.add('2. ', g.content('oath', 1), ' Le ', g.date(g.day(200), 0), ', je ne l\'ai plus retrouvé.\n')
    d.add('3. Pour fins d\'identification, mon numéro d\'assurance sociale est le ', g.nas(), ' et mon permis de conduire porte le numéro ', g.licence(p, 'QC'), '.\n')
    d.add('4. Ma sœur, ', g.nm(s, 'GS'), ', résidant au ', P('ADDRESS', g.addr_str(unit=0.3, rural=0)), ', peut confirmer ces faits; elle est joignable au ', g.ph(0), '.\n')
    d.add('5. ', g.content('oath', 1), '\n\n', 'ET J\'AI SIGNÉ : ', g.nm(p, 'GS'), '\n\n', 'Déclaré solennellement devant moi à ', g.place('city'), ', ce ', g.date(style=0), '.\n',
          g.nm(com, 'GS'), ', commissaire à l\'assermentation no ', g.fileno('permit'), ' pour le district de ', g.place('city'), '\n', 'Selon la ', g.law('oath'), '.\n')
    if g.p(0.5):
        d.ocr(g)
    return d


def f_carpool(g):
    """Carpool sign-up sheet with chat comments (French only)."""
    d = Doc()
    org = g.org_str(0.4)
    d.add('## Covoiturage — ', X('ORG', org), ' — semaine du ', g.date(g.day(0, 14), 0), '\n', g.content('carpool', 1), '\n\n', '| Conducteur | Cell | Courriel | Départ de | Heure | Places | Plaque |\n',
          '|---|---|---|---|---|---|---|\n')
    drv = [g.person(age=(20, 64)) for _ in range(g.n(3, 4))]
    for p in drv:
        addr, c, _ = g.addr_parts(unit=0.2, rural=0.02)
        d.add('| ', g.nm(p, g.ch(['GS', 'FS', 'GI'])), ' | ', g.ph(0), ' | ', g.email(p) if g.p(0.7) else '', ' | ', P('ADDRESS', addr), ' (', CITY(c[0]), ') | ', g.time(h=g.n(6, 8)),
              ' | ', str(g.n(1, 4)), ' | ', g.plate('QC'), ' |\n')
    d.add('\nPoint de rencontre : stationnement du ', X('ORG', g.named_org(['Aréna {G}-{S}', 'Centre communautaire {G}-{S}', 'Parc {G}-{S}'])),
          ', coin ', g.street(0.7), '\n\nCommentaires\n')
    for i in range(g.n(3, 5)):
        p = g.ch(drv) if g.p(0.6) else g.person()
        d.add('[', g.time(style=2), '] ', P('PERSON', g.handle(p)), ': ')
        x = g.r.random()
        if x < 0.35:
            d.add(g.content('carpool', 1))
        elif x < 0.6:
            d.add('pouvez-vous me prendre au ', P('ADDRESS', g.addr_str(unit=0.3, rural=0).lower()), ' vers ', g.time(h=7, style=1), '?')
        elif x < 0.8:
            d.add('@', g.nm(g.ch(drv), 'LOF'), ' je te texte au ', g.ph(0, style=4), ' ce soir')
        else:
            d.add('merci ', g.nm(g.ch(drv), 'LOF'), ', ', g.content('carpool', 1))
        d.add('\n')
    d.add('\n', g.word() or '', '\n')
    return d


FAMILIES = [
    ('fr-webvtt-reunion', 'fr', f_vtt), ('fr-permis-chasse-peche', 'fr', f_hunt), ('fr-role-evaluation', 'fr', f_assess),
    ('fr-dossier-veterinaire', 'fr', f_vet), ('fr-virements-interac', 'fr', f_interac), ('fr-bordereau-messagerie', 'fr', f_courier),
    ('fr-abonnement-gym', 'fr', f_gym), ('fr-ecole-conduite', 'fr', f_drivingschool), ('fr-contrat-travail', 'fr', f_contract),
    ('fr-fiche-hotel', 'fr', f_hotel), ('fr-billet-electronique', 'fr', f_eticket), ('fr-demande-hypothecaire', 'fr', f_mortgage),
    ('fr-ouverture-compte', 'fr', f_kyc), ('fr-dossier-credit', 'fr', f_creditreport), ('fr-demande-consultation', 'fr', f_referral),
    ('fr-certificat-arret-travail', 'fr', f_sicknote), ('fr-liste-invites-mariage', 'fr', f_wedding), ('fr-avis-naissance', 'fr', f_birthnotice),
    ('fr-questionnaire-recensement', 'fr', f_census), ('fr-vente-vehicule-occasion', 'fr', f_usedcar), ('fr-fiche-donneur-sang', 'fr', f_blood),
    ('fr-contrat-cellulaire', 'fr', f_cell), ('fr-tarif-reduit-transport', 'fr', f_opus), ('fr-inscription-gamf', 'fr', f_gamf),
    ('fr-rappels-rendez-vous', 'fr', f_appt), ('fr-mediation-familiale', 'fr', f_mediation), ('fr-changement-adresse', 'fr', f_change_addr),
    ('fr-membre-cooperative', 'fr', f_coop), ('fr-immatriculation-arme', 'fr', f_firearm), ('fr-licence-chien', 'fr', f_doglicence),
    ('fr-soumission-entrepreneur', 'fr', f_quote), ('fr-contrat-demenagement', 'fr', f_moving), ('fr-sortie-scolaire', 'fr', f_trip),
    ('fr-formulaire-web-brut', 'fr', f_webform), ('fr-declaration-solennelle', 'fr', f_affidavit), ('fr-covoiturage', 'fr', f_carpool),
    ('en-webvtt-meeting', 'en', f_vtt), ('en-hunting-fishing-licence', 'en', f_hunt), ('en-assessment-roll', 'en', f_assess),
    ('en-veterinary-chart', 'en', f_vet), ('en-interac-etransfers', 'en', f_interac), ('en-courier-waybill', 'en', f_courier),
    ('en-gym-membership', 'en', f_gym), ('en-employment-agreement', 'en', f_contract), ('en-hotel-registration', 'en', f_hotel),
    ('en-eticket-itinerary', 'en', f_eticket), ('en-mortgage-application', 'en', f_mortgage), ('en-account-opening-kyc', 'en', f_kyc),
    ('en-credit-bureau-report', 'en', f_creditreport), ('en-specialist-referral', 'en', f_referral), ('en-wedding-rsvp', 'en', f_wedding),
    ('en-birth-announcement', 'en', f_birthnotice), ('en-used-car-bill-of-sale', 'en', f_usedcar), ('en-blood-donor-record', 'en', f_blood),
    ('en-appointment-reminders', 'en', f_appt), ('en-urlencoded-form-log', 'en', f_webform),
]
# Families whose records end with a free note (a WORD decoy now and then).
NOTE_FAMILIES = {f_hunt, f_vet, f_gym, f_hotel, f_wedding, f_birthnotice, f_usedcar, f_blood, f_coop, f_trip, f_quote, f_moving,
                 f_mortgage, f_kyc, f_cell, f_opus, f_gamf, f_doglicence, f_contract, f_courier, f_interac, f_appt}
PII_TYPES = {'PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'POSTAL_CODE', 'DOB', 'NAS', 'RAMQ', 'DRIVER_LICENCE', 'PASSPORT',
             'BANK_ACCOUNT', 'CREDIT_CARD', 'PLATE'}
DECOY_TYPES = {'ORG', 'PLACE', 'STREET', 'LAW', 'FILENO', 'TOLLFREE', 'DATE', 'MONTH', 'YEAR', 'AMOUNT', 'TIME', 'WORD'}


def cycle_order(half, seed, c):
    """One cycle through all families, French and English interleaved evenly."""
    rng = random.Random('indep20-order|%s|%s|%d' % (half, seed, c))
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
    rng = random.Random('indep20|%s|%s|%d' % (half, seed, i))
    g = G(half, lang, rng)
    d = fn(g)
    if fn in NOTE_FAMILIES and g.p(0.45):
        w = g.word()
        if w:
            d.add('\n', L(g, g.ch(['Note : ', 'N.B. ', 'Remarque : ']), g.ch(['Note: ', 'N.B. ', 'Remark: '])), w, '\n')
    if fn in NOTE_FAMILIES and g.p(0.3):
        d.add(L(g, 'Rappel : ', 'Reminder: '), g.street(), L(g, ' sera fermée le ', ' will be closed on '), g.date(style=g.ch([0, 4, 1])),
              L(g, ' (travaux), prévoir ', ' (roadwork), allow '), X('TIME', str(g.n(10, 40)) + ' min'), L(g, ' de plus.\n', ' extra.\n'))
    text, spans, cities = d.build()
    doc = {'id': 'indep20-%s-%s-%04d' % (half, seed, i), 'lang': lang, 'family': name, 'text': text, 'spans': spans}
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
        if typ == 'PERSON' and (seg[0] in ',;:(^/' or seg[-1] in ',;:)^/'):
            probs.append(('person-punct', seg))
        if typ == 'CREDIT_CARD' and not luhn_ok(seg):
            probs.append(('luhn', seg))
        if typ == 'BANK_ACCOUNT' and seg[:2].isalpha() and not iban_ok(seg):
            probs.append(('iban', seg))
        if typ == 'NAS' and len(re.sub(r'\D', '', seg)) != 9:
            probs.append(('nas', seg))
    return probs


def seg_of(doc, s):
    return doc['text'].encode('utf-8')[s['start']:s['end']].decode('utf-8')


def half_leaks(doc, half_tokens_other, types=None):
    """Name tokens of the other half inside spans (PERSON only, or the given types)."""
    bad = []
    for s in doc['spans']:
        if (types is None and s['type'] != 'PERSON') or (types is not None and s['type'] not in types):
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


def _load(root, n):
    path = os.path.join(root, 'bench', 'freetext-indep%d.py' % n)
    if not os.path.isfile(path):
        return None
    spec = importlib.util.spec_from_file_location('indep%d_pools' % n, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def other_pools(root):
    """Surname tokens and family names of indep13 .. indep19, read from their files."""
    found, toks, fams = [], set(), set()
    for n in range(13, 20):
        mod = _load(root, n)
        if mod is None:
            continue
        src = getattr(mod, 'POOLS', None) or mod.NAMES
        for key, val in src.items():
            items = list(val.items()) if isinstance(val, dict) else [(re.split(r'[ /:]', key)[-1], val)]
            for role, v in items:
                if role in ('m', 'f', 'u', 'g', 'mid'):
                    continue
                for e in (v.split() if isinstance(v, str) else v):
                    toks.update(t for t in tokens(e.replace('_', ' ')) if t not in PARTICLES)
        fl = getattr(mod, 'FAMILIES', None) or []
        for f in (fl.keys() if isinstance(fl, dict) else fl):
            x = f[0] if isinstance(f, (tuple, list)) else f
            x = x if isinstance(x, str) else getattr(x, '__name__', str(x))
            fams.add(re.sub(r'^(fr|en)[-_]|^f_', '', x).replace('_', '-'))
        found.append(n)
    return found, toks, fams


def overlap(a, b):
    return set(a) & set(b)


def selftest():
    fails = []

    def check(ok, msg):
        print(('ok    ' if ok else 'FAIL  ') + msg)
        if not ok:
            fails.append(msg)

    n_parts = len(ALL_NAME_TOKENS)
    full = [o for o in ORIGINS if all(HALVES[h].get(o + ':' + r) for h in 'WH' for r in 'mfs')]
    n_sur = sum(len(v) for k, v in POOLS.items() if k.endswith(':s'))
    n_giv = sum(len(v) for k, v in POOLS.items() if not k.endswith(':s'))
    check(n_parts >= 6000, '%d name parts (>= 6000): %d given-name entries, %d surnames of which %d invented (%.0f %%)' %
          (n_parts, n_giv, n_sur, len(INVENTED), 100.0 * len(INVENTED) / n_sur))
    check(len(full) >= 35 and set(ORIGINS) <= set(ORIGIN_NAMES),
          '%d origins with given names and surnames in both halves (>= 35): %s' % (len(full), ', '.join(ORIGIN_NAMES[o] for o in full)))
    check(not [t for t in ALL_NAME_TOKENS if t in STOP_WORDS], 'no name part is a stop word')
    check(not overlap(HALF_TOKENS['W'], HALF_TOKENS['H']), 'halves W and H share no name token (%d / %d tokens)' %
          (len(HALF_TOKENS['W']), len(HALF_TOKENS['H'])))
    planted = set(HALF_TOKENS['H']) | {sorted(HALF_TOKENS['W'])[0]}
    check(bool(overlap(HALF_TOKENS['W'], planted)), 'the disjointness check fails on a planted shared token')
    wrong = [w for h in 'WH' for k in HALVES[h] for w in HALVES[h][k] if TOK_HALF[name_tokens(w)[0]] != h]
    check(not wrong, 'every pool entry sits in the half of its md5 (%d misplaced)' % len(wrong))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found, theirs, fams = other_pools(root)
    shared = sorted(SURNAME_TOKENS & theirs)
    check(len(found) == 7 and not shared, 'surnames of indep%s read (%d tokens); shared with ours: %d %s' %
          (','.join(map(str, found)), len(theirs), len(shared), ' '.join(shared[:20])))
    ours = {re.sub(r'^(fr|en)-', '', f[0]) for f in FAMILIES}
    check(len(FAMILIES) >= 50 and not (ours & fams) and len({f[0] for f in FAMILIES}) == len(FAMILIES),
          '%d families (%d fr, %d en), none named as in indep13 .. indep19 (%d names there)%s' %
          (len(FAMILIES), sum(f[1] == 'fr' for f in FAMILIES), sum(f[1] == 'en' for f in FAMILIES), len(fams),
           ': ' + ' '.join(sorted(ours & fams)) if ours & fams else ''))
    word_bad = [w for h in 'WH' for lang in WORDS[h] for w, _ in WORDS[h][lang] if fold(w) not in HALF_TOKENS[h]]
    check(not word_bad and all(len(WORDS[h][l]) >= 4 for h in 'WH' for l in ('fr', 'en')),
          'WORD sentences per half / language: %s' % {h + '-' + l: len(WORDS[h][l]) for h in 'WH' for l in ('fr', 'en')})
    dirty = [s for lang in CONTENT for k in CONTENT[lang] for s in CONTENT[lang][k] if not name_free(s)]
    print('      %d of %d content sentences hold a name token and are not used%s' %
          (len(dirty), sum(len(v) for d in CONTENT.values() for v in d.values()), (': ' + ' | '.join(dirty[:4])) if dirty else ''))

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
        fams_h = {d['family'] for d, _ in docs}
        check(fams_h == {f[0] for f in FAMILIES}, '%s: all %d families produced' % (h, len(FAMILIES)))
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
    # the leak checks themselves must fail on a planted other-half name
    d = json.loads(json.dumps(stats['W'][0][0]))
    tok = sorted(HALF_TOKENS['H'])[0]
    b0 = len(d['text'].encode('utf-8')) + 1
    d['text'] += ' ' + tok.capitalize()
    d['spans'].append({'start': b0, 'end': b0 + len(tok.capitalize().encode('utf-8')), 'kind': 'pii', 'type': 'PERSON'})
    check(bool(half_leaks(d, HALF_TOKENS['H'])), 'the document leak check fails on a planted other-half name')
    d['spans'].pop()
    check(bool(unlabelled_names(d, [])), 'the unlabelled-name check fails on a planted bare name')
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
    if len(argv) != 4 or argv[1] not in ('W', 'H') or not argv[2].isdigit():
        sys.stderr.write(next(p for p in __doc__.split('\n\n') if p.startswith('Usage')) + '\n')
        sys.exit(2)
    generate(argv[1], int(argv[2]), argv[3], sys.stdout)


if __name__ == '__main__':
    main(sys.argv)
