#!/usr/bin/env python3
"""freetext-indep14.py - fourteenth independently written generator of
labelled free-text records (French / English) of the kind Québec public
bodies, schools, municipalities, health and social services, employers,
tribunals and community groups keep, for evaluating person-name and
identifier redaction on text its authors never saw.

Usage:  freetext-indep14.py W|H COUNT SEED > docs.jsonl
        freetext-indep14.py --selftest

Output: one JSON object per line: id ("indep14-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (to be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE, DATE,
MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences (type CONTENT).

Span conventions (those of the earlier independent generators): a courtesy,
professional or office title (M., Mme, Me, Dr, Dre, Mr., Ms., Councillor,
l'intervenante ...) stays outside the PERSON span, as do a possessive 's,
an elided d'/l' and the "@" of a chat mention; initials with a surname
("A.-L. Corbichon") are one span, so is a given name with the initial of
the surname ("Alilorie C."); "Surname, Given" gives two spans; a particle
(de, du, da, Di, Abi ...) is inside the span; a nickname is a PERSON; an
address runs from the civic number (or a unit written in front of it,
"204-1185") through the street and a unit written after it ("app. 4",
"Apt. 2B", "#12") and stops before the city, which is left unlabelled; the
postal code (Canadian or foreign, a US ZIP code included) is its own span;
a phone extension is outside the phone span; bank details written as
labelled pieces give one span per piece, one span when written as a group;
for a date of birth only the date is labelled.  An official acting
publicly is still a PERSON.  Decoys: organisations (some holding a person's
name: "Quincaillerie Corbichon"), places, street names written without a
civic number (some named after people: "rue Alilorie-Corbichon"), law
references, file / claim / hearing numbers, toll-free numbers, amounts,
dates and times that are not birth dates, and ordinary words that are also
surnames of the pools (WORD: "la girouette", "the trowel").

Independence: every list pool (name parts of each origin, cities, streets,
places abroad, organisations, laws, e-mail domains, content sentences) is
split in two disjoint halves by the md5 of "indep14:" + the accent-folded
lower-case entry; mode W draws only from the W halves, mode H only from the
H halves.  Name parts are single tokens; hyphenated given names, double
surnames, particle forms, feminine surname forms (-ska, -ova, -opoulou),
nicknames and the names inside organisations and streets are put together
at run time from parts of the same half, so W and H share no name part.
The name parts (about 4,900) were written for this file: rare real names
and names built from the usual morphology of each origin (Québec and
Acadian French, English / Irish / Scottish, Haitian, Maghrebi and Kabyle,
Lebanese, Vietnamese, Chinese, Korean, Latin American, Portuguese,
Italian, Greek, Polish / Czech / Romanian / Russian, Ukrainian, West and
Central African, South Asian, Indigenous (Inuit, Innu, Atikamekw, Cree,
Mohawk, Wendat), Filipino, Persian, Armenian), keeping out those found in
the other bench generators or in the redactor's name lists (a few
Vietnamese, Chinese and Korean syllables excepted: --selftest measures the
overlap).  Python 3 standard library only; output depends only on the
arguments.
"""
import datetime
import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata


def fold(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))


def half_of(entry):
    return 'W' if hashlib.md5(('indep14:' + fold(entry)).encode('utf-8')).digest()[0] & 1 == 0 else 'H'


# ---------------------------------------------------------------------------
# Name parts.  Key "origin role": f / m given names, u either gender (vi u:
# joined Vietnamese given names, vi g: single syllables), s surnames, w
# surnames that are also ordinary words, de surnames taking the particle
# "de".  Origins: qc Québec, ac Acadian, en English / Irish / Scottish, ht
# Haitian, mg Maghreb, lb Lebanon / Syria, vi Vietnam, zh China, ko Korea,
# la Latin America, pt Portugal / Azores, it Italy, gr Greece, ee Poland /
# Czechia / Romania / Russia / Hungary, ua Ukraine, wa West Africa, ca
# Central Africa, sa South Asia, in Indigenous peoples, ph Philippines, fa
# Iran, am Armenia.
NAMES = {
    'qc f': '''Alillie Alilyssa Aliléna Alirina Alirélie Alylyne Alyléna Alymélie Alynelle Alyrianne Alyryka Anaébella
        Anaélaurie Anaéliane Anaéllie Anaélyssa Anaémélie Anaénessa Anaérina Bérénise Clédalie Clélaurie Cléléna
        Clénelle Clérianne Cléryka Clévelyne Céliane Célorie Céléna Cévelyne Elanelle Elanessa Elarianne
        Elarélie Elaïka Flolorie Floléna Flonessa Floryka Florélie Flozanne Floïka Galaurie Galiane Galyne
        Galyssa Garyka Garélie Gazanne Jolorie Joléna Jonelle Jorianne Jorélie Jozanne Joïka Juléna Junessa
        Juryka Jurélie Kalorie Kalyne Karyka Kavelyne Lilaurie Lilyne Linelle Linessa Lirina Lirélie Livelyne
        Lizanne Liëlya Lolaurie Loliane Lollie Lolyssa Loryka Loïka Lubella Ludalie Lulorie Lurianne Luryka
        Lurélie Luïka Lébella Lédalie Léllie Lélyne Lévelyne Lézanne Maliane Mamélie Manessa Maudalie Maullie
        Maulyne Mauléna Maumélie Maunelle Maurélie Mauëlya Mazanne Milabella Miladalie Milaliane Milallie
        Milalyne Milamélie Milavelyne Milazanne Mélaurie Ménelle Mérilda Mérélie Mévelyne Naléna Namélie Nanelle
        Narina Naryka Narélie Nazanne Noénelle Noénessa Noérina Noérélie Noézanne Océdalie Océllie Océrina
        Rodalie Rolorie Rosédalie Rosélaurie Rosénelle Rosérélie Rosévelyne Rosézanne Rovelyne Rozanne Sarianne
        Saïka Thérèsine Tidalie Tilyne Tirianne Tiryka Tiëlya Vilaurie Villie Vilorie Vilyne Viléna Vinelle
        Vinessa Virianne Virina Virélie Vizanne Ysaliane Ysarina Zodalie Zolorie Zolyssa Zomélie Zonessa Zorina
        Zovelyne Zoëlya Élibella Élillie Élirianne Élirélie Élizanne Élybella Élyllie Élylorie Élyvelyne
        Élyzanne Élyïka Évabella Évaliane Évallie Évanelle Évarianne Évaryka Évazanne''',
    'qc m': '''Bénodric Bénolien Bénollan Bénoriel Bénorien Bénovann Bénoxens Bénozio Célann Céllan Cériel Cérien Céryan Céthys
        Céxens Gahys Galann Galien Gallan Garic Garien Garyan Gaxym Jadorian Jalien Jallan Jarien Jathys Javann
        Jazio Jullan Jurick Juxens Juzio Kydorian Kydric Kyhys Kylio Kyllan Kyric Kyrick Kyriel Kyrien Kythys
        Kyvann Kyxym Kélien Kériel Kéthys Kéxym Kézio Lodric Lolann Loric Ludorian Ludric Lulann Lulien Lulio
        Lullan Luric Lurien Luxens Luzio Léodorian Léoric Léorick Léothys Léovann Léoxym Mahys Malann Maryan
        Mavann Médric Méhys Mélio Méllan Méric Mériel Méxens Nalann Nallan Narien Naryan Naxym Nodorian Nodric
        Nolien Noric Norick Norien Noryan Nothys Nozio Rafalien Rafalio Rafaryan Rafavann Rafaxens Rafaxym
        Rafazio Rudorian Rudric Rulann Rulien Rullan Ruric Rurick Ruriel Ruryan Ruthys Ruvann Ruzio Sadric Salio
        Saric Sarick Sariel Sathys Savann Saxym Sazio Thodric Tholann Thollan Thoryan Thothys Thozio Tilann
        Tirick Tirien Tivann Tixens Vitalien Yadorian Yahys Yalien Yalio Yaric Yarick Yariel Yathys Zadorian
        Zadric Zalann Zalien Zaric Zarick Zariel Zaryan Élidorian Élihys Éliric Élirick Éliriel Élivann Élixens
        Élixym Élizio''',
    'qc s': '''Aubaquin Aubereau Auberolle Aubichaud Aubinière Aubochon Aubouard Beaugageon Beauganceau Beaugeron Beaugoteau
        Beaugouard Bouchanceau Bouchelin Bouchevelle Bouchichon Bouchieras Bouchignac Bouchonneau Bouchouard
        Broussaquin Brousselin Broussevelle Broussochon Broussonneau Bruchageon Bruchaquin Bruchignac
        Bruchonneau Bruchouard Bélanceau Bélevelle Bélichaud Bélichon Bélieras Bélonneau Cadrardeau Cadraubin
        Cadreron Cadrochon Cadrouard Chambelin Chambinière Chambiret Corbageon Corbanceau Corbaquin Corbereau
        Corbichaud Crépanceau Crépaubin Crépignac Créponneau Crépouzé Deslaubin Deslelin Deslieras Desliret
        Dorvaubin Dorvoteau Dorvouard Drapardeau Drapichaud Drapieras Drapiret Drapochon Drapoteau Dufrereau
        Dufrichaud Dufrignac Dufroteau Dufrouzé Dérageon Dérereau Dérerolle Dérichaud Dérichon Favaubin
        Faverolle Favevelle Favignac Favochon Favoteau Favouard Favouzé Ferraquin Ferraubin Ferrereau Ferrerolle
        Ferreron Ferrevelle Ferrieras Ferrochon Fouqaubin Fouqelin Fouqereau Fouqeron Fouqichon Fouqieras
        Fouqiret Fouqochon Fouqoteau Gauvanceau Gauvaquin Gauvelin Gauvereau Gauveron Gauvevelle Gauvieras
        Gauvinière Gauvonneau Gauvouard Gauvouzé Girardeau Giraubin Girerolle Giriret Giroteau Goudanceau
        Goudelin Gouderolle Goudichaud Goudiret Goudoteau Goudouard Grenieras Grenochon Grenoteau Grenouard
        Grégardeau Grégerolle Grégochon Grégoteau Grégouard Houlageon Houlaquin Houlardeau Houlichon Houlochon
        Houlouard Houlouzé Hébrageon Hébraquin Hébrardeau Hébrereau Hébreron Hébrevelle Hébrichaud Hébrinière
        Hébriret Hébronneau Hébroteau Jolereau Jolinière Jolochon Jolonneau Joslanceau Josliret Josloteau
        Lafranceau Lafrelin Lafrerolle Lafreron Lafrignac Lafriret Lafronneau Langanceau Langaquin Langereau
        Langerolle Langichaud Langinière Langiret Langochon Langonneau Lapranceau Laprereau Laprignac Lapriret
        Laprouzé Lavaquin Lavereau Lavichaud Lavochon Lavouard Lemaquin Lemevelle Lemichaud Lemoteau Maillanceau
        Maillardeau Mailleron Maillichon Maillouard Marcageon Marcaquin Marcichaud Marcinière Marciret Marcochon
        Mercanceau Mercichon Mercignac Merciret Mercouzé Moquageon Moquardeau Moquereau Moquieras Moquignac
        Moquoteau Morenageon Morenanceau Morenardeau Moreneron Morenignac Morenochon Morenonneau Morenouard
        Neuvaquin Neuvardeau Neuvaubin Neuvereau Neuveron Neuvonneau Ouimardeau Ouimelin Ouimereau Ouimichaud
        Ouimieras Ouiminière Ouimiret Ouimouzé Paverolle Pavichaud Pavieras Pavinière Pavochon Pellardeau
        Pellereau Pellerolle Pellevelle Pellieras Pellochon Pelloteau Pellouzé Picageon Picardeau Picevelle
        Picieras Piciret Picochon Plamanceau Plaminière Plamiret Plamonneau Plamouard Plamouzé Poussaquin
        Poussaubin Poussevelle Poussonneau Poussoteau Quintanceau Quintereau Quinteron Quintevelle Quintieras
        Quintignac Quintochon Quintouard Rabardeau Rabichon Rabinière Rabochon Rabonneau Rabouzé Rançerolle
        Rançevelle Rançichon Rançinière Rançochon Rançoteau Rançouard Richageon Richanceau Richaubin Richiret
        Richonneau Richouzé Robageon Robaquin Robardeau Robereau Roberon Roboteau Rousselin Roussereau Rousseron
        Roussinière Roussiret Roussochon Roussouard Sauveron Sauvichaud Sauvieras Sauviret Sicereau Sicerolle
        Sicichon Sicieras Sicignac Sicinière Siciret Soulanceau Soulaubin Souloteau Soulouard Sévageon Sévanceau
        Sévaubin Sévelin Sévereau Séverolle Sévichon Sévinière Séviret Sévouzé Tancaquin Tancerolle Tancichaud
        Tancignac Tancinière Tancochon Tanconneau Tancouard Theranceau Theraubin Therelin Thererolle Thereron
        Therichon Therinière Therochon Theroteau Therouard Tibanceau Tibaubin Tibignac Tibochon Tibouard Tibouzé
        Turcanceau Turceron Turcevelle Turcichaud Turcignac Turconneau Vachanceau Vachereau Vacherolle Vachoteau
        Vallanceau Vallaquin Vallereau Vallichon Vallouard Verrereau Verreron Verrevelle Verrignac Verrinière
        Verrouzé Vézinageon Vézinanceau Vézinardeau Vézinignac Vézinochon Vézinonneau Vézinouard''',
    'qc w': '''Ardoise Bouvreuil Bruant Caillou Carillon Cascade Cerfeuil Cerisier Chaisier Chalumeau Chardon Chaume Chêne
        Clairon Cornemuse Courge Cruche Fenouil Fougère Fournil Gadelle Galet Genévrier Girouette Gravier Grive
        Hautbois Jonquille Lavoir Loriot Louche Lupin Marmite Muguet Musette Mélèze Navet Noyer Orme Ortie
        Panais Pelote Pervenche Peuplier Potager Pressoir Prunier Quenouille Rigole Romarin Sarcelle Sarriette
        Sonnette Sucrier Tambour Tamis Tisonnier Trèfle Vannier Verger Violon Étang''',
    'qc de': '''Beauharnois Beaumanoir Boishébert Boisvillers Champdoré Clairval Fontbrune Mirevent Monnoir Montplaisir Portneuf
        Rivemont Rochemont Sablonval''',
    'ac f': '''Bélonie Célanie Fébronie Hélyette Mélitine Ozéline Philiase Théodosie Yvonnette Zoëlla Édesse''',
    'ac m': '''Aldoria Azade Naaman Élizé''',
    'ac s': '''Babaud Babeau Babelle Babois Bellivaud Bellivelle Bellivier Bellivoux Boudrault Boujard Boujeau Boujoux Chiasaud
        Chiasault Chiaselle Chiasette Chiasier Chiasois Chiasoux Collard Colleau Collois Colloux Cormard
        Cormault Cormelle Cormette Cormoux Cyrard Cyreau Cyrelle Cyrette Cyrier Cyroux Daigard Daigault Daigois
        Douceau Doucelle Doucoux Gallanaud Gallanault Gallanelle Gallanette Gaudraud Gaudrault Gaudrier Godault
        Godier Godois Landrard Landraud Landreau Landrelle Landroux Maillault Mailleau Maillier Melansaud
        Melanseau Melansette Melansier Melansois Melansoux Pitrault Pitreau Pitrelle Pitrette Poiraud Poirelle
        Richarard Richaraud Richarault Richarelle Richarier Robichard Robichault Robichoux Saulniaud Saulniault
        Saulniette Saulniois Saulnioux Thibodard Thériotard Thériotaud Thériotault Thérioteau Thériotois
        Thériotoux''',
    'en f': '''Adlie Adlynn Adynne Aelfgifu Aelfthryth Ashelle Beornburh Beornswith Beornwynn Brayara Braylee Braylie Braylynn
        Brookelle Brookissa Brooklie Bryelle Brylee Brylie Caoilfhionn Cyneburh Cyneflaed Cynegifu Cynehild
        Eadflaed Eadhild Eadthryth Eadwynn Emberissa Emberleigh Emberlie Emberlyn Emberlynn Ethelswith
        Ethelthryth Ethelwynn Godeswith Godewynn Hazeleigh Hazelie Hildgifu Hildwynn Jaynissa Jaynleigh Jaynlynn
        Kaylynn Kensara Kenselle Kensissa Kensleigh Kenslie Kenslyn Kensynne Kynara Kynelle Kynleigh Kynlyn
        Leofburh Leofhild Leofswith Leofthryth Leofwynn Mackelle Macklynn Malara Malelle Malissa Malynne
        Mildburh Mildhild Mildwynn Oakara Oakissa Oakleigh Oaklie Raelee Raeynne Sigeburh Sigeflaed Sigegifu
        Skyara Skyelle Skyissa Skylee Skylie Sláine Taylee Wynnthryth Wynnwynn Zipporah''',
    'en m': '''Aelfhelm Aelfwine Ashric Ashwyn Bentric Bentrick Beornnoth Beornric Beornstan Beornwald Boddell Brayden Brayson
        Brexley Brookric Brookson Cashden Cashley Cashric Cashwyn Coldden Coldrick Coldston Coldwyn Cynegar
        Cyneric Cynewine Eadgar Eadric Ethelgar Ethelmund Fearghas Heahgar Hudden Hudston Hudton Ichabod Jaxdell
        Jaxric Jaxrick Jaxson Jaxston Jaxton Jaxwyn Jettden Jettston Jettwyn Kenswyn Kolwyn Kyndell Kynson
        Kynton Kynwyn Leofgar Leofnoth Leofred Mackdell Mackden Mackric Mackwyn Ordgar Ordmund Ordric Ordwine
        Rhetden Rhetley Rhetric Rhetston Rhetwyn Rydell Ryden Ryric Ryton Sigehelm Sigestan Sigewald Tayden
        Tayric Taywyn Tidhelm Tidwald Tidward Wigred Wigstan Wigwald Wulfmund Wulfnoth Wulfric Wulfwald Wulfwine''',
    'en s': '''Aldbury Aldcroft Alddale Aldgarth Aldhall Aldleigh Aldmere Aldwick Aldwood Ashcote Ashhaugh Ashhope Ashthorpe
        Ashwick Blencombe Blencote Blendale Blenhaugh Blenhope Blenstone Brambury Bramcombe Bramcroft Bramstead
        Bramwick Cadcote Cadgarth Cadhall Cadhope Cadleigh Cadmere Cadthorpe Craghall Cragmere Cragstead
        Cragstone Cragthorpe Dalbury Dalcote Dalcroft Dalgarth Dalleigh Dalmere Dalwick Draybury Draycroft
        Draygarth Eckbury Eckcombe Eckgarth Eckhall Eckhaugh Eckhope Eckstone Eckthorpe Fencombe Fengarth
        Fenleigh Fenstone Fenthorpe Frisbury Frisdale Frishope Frismere Frisstead Frisstone Fristhorpe Friswood
        Glasdale Glasgarth Glashall Glashaugh Glasleigh Glasstead Glaswick Gorhope Gorleigh Gormere Gorstead
        Hartcombe Hartcote Hartcroft Hartgarth Harthall Harthaugh Haycombe Haycroft Haygarth Hayhaugh Haystone
        Haythorpe Holbury Holcombe Holgarth Holhall Holhaugh Holthorpe Kellcote Kellcroft Kellgarth Kellhaugh
        Kellhope Kinbury Kincombe Kincote Kincroft Kingarth Kinhall Kinhaugh Kinleigh Kinwood Langcote Langcroft
        Langdale Langgarth Langhaugh Langmere Langstead Langthorpe Lidhall Lidstead Lidwick MacAskie MacIlvride
        MacKellachie MacLullich MacNuyer Marcote Margarth Marhall Marmere Marstead Marthorpe Marwick McFadyean
        McQuistan McTaggart Mortcote Mortdale Mortgarth Morthope Mortleigh Mortthorpe Mortwood Nedbury Nedcote
        Nedcroft Neddale Nedgarth Nedhaugh Nedhope Nedleigh Nedstone Nedthorpe Nedwick Norbury Nordale Norstone
        Northorpe O'Culliney O'Dubhain Ockbury Ockcombe Ockcroft Ockgarth Ockhall Ockmere Ockstead Ockstone
        Ockthorpe Penhope Penmere Penstone Penwick Penwood Presbury Prescroft Presgarth Preshaugh Preshope
        Presmere Presstead Presthorpe Radbury Radcroft Raddale Radhaugh Radstead Radstone Rushcroft Rushhall
        Rushleigh Rushwick Stancombe Stangarth Stanmere Stanwick Stubbury Stubcombe Stubhope Stubmere Stubstone
        Stubthorpe Taddale Tadgarth Tadhope Tadleigh Tadmere Tadstead Tadwood Thorncote Thorncroft Thorngarth
        Thornhall Thornhope Thornmere Thornthorpe Ullcote Ullgarth Ullmere Ullstead Ullstone Ullwick Walcombe
        Walcote Walhall Walhaugh Walmere Walstone Walwick Weybury Weycote Weycroft Weyhall Weyhaugh Weyleigh
        Weymere Weystone Weywood Wythbury Wythhall Wythhaugh Wythleigh Wythstead Wyththorpe Yarbury Yardale
        Yarhall Yarwick Yarwood''',
    'en w': '''Alder Almond Aspen Barrel Beam Blackthorn Bluebell Bolt Buttercup Button Carp Cask Chalk Chestnut Churn Cobble
        Copse Crock Dipper Ferret Flagon Flask Foxglove Gannet Gimlet Goblet Gorse Griddle Gudgeon Gutter Hearth
        Hinge Kiln Ladle Larch Lever Linnet Magpie Marble Mortar Nettle Nutmeg Osprey Parsley Perch Pewter
        Plough Puffin Quarry Ribbon Saddle Scythe Shingle Shuttle Sieve Skillet Slate Spinney Spruce Stile Stork
        Sycamore Tallow Teal Thicket Timber Tinsel Trough Trowel Wagon Whisk''',
    'ht f': '''Dieucia Dieudia Dieuena Dieuenise Dieulande Dieuline Dieulourde Dieumène Fabiena Fabina Fritzdia Fritzena
        Fritzenise Fritzette Fritzlande Ghisdia Ghisena Ghisenise Ghismène Ghisna Guercia Guerena Guerlourde
        Jescia Jesette Jesline Jesmène Jesrose Joucia Joudia Jouette Jouline Jouna Kercia Kerette Kerlande
        Kerrose Kettcia Kettena Kettlande Kettna Lourdina Lovdia Lovena Lovenise Lovline Lovmène Luckdia
        Luckenise Luckette Lucklande Luckmène Luckna Mackcia Mackenise Mackette Mackna Mackrose Mirdia Mirena
        Myrline Nadette Nadna Nadrose Naïcia Naïlande Naïline Naïlourde Naïna Naïrose Riccia Ricenise Ricette
        Riclande Ricmène Ricrose Roscia Roslande Roslourde Rosna Shelda Sherdia Sherette Sherlourde Shermène
        Widdia Widenise Widna Wililia Willine Wiscia Wisdia Wisenise Wislourde Wisna Yvercia Yverette Yverlande
        Yverline Yverrose''',
    'ht m': '''Damdy Damly Dammond Damnel Damtony Damère Dieubert Dieuley Dieumond Dieusauveur Dieutony Dieuveuille Dieuère
        Fedbert Fedmond Fedrick Fenbert Fenly Fenmond Fenson Fentony Fritzbert Fritzdy Fritzens Fritzère Gasens
        Gasly Gasmond Gasnel Gasson Gasère Guerbert Guerley Guermond Harens Harmond Harnel Harner Hartony
        Jackbert Jackley Jacktony Jovbert Jovdy Jovley Jovmond Kenbert Kendy Kenrick Kentony Kenère Kerbert
        Kerley Kerly Kermond Kerner Kerson Kertony Luckbert Luckly Luckmond Lucknel Luckrick Luckson Mackley
        Macktony Mackère Makenley Marbert Mardy Marrick Martony Nesbert Nesdy Nesmond Nesrick Nesson Ostin
        Richley Rodbert Rodley Rodnel Rodner Rodère Standy Stanens Wildy Wilens Wilmond Wilnès Wiltony Wisley
        Wismond Wisson Woodbert Woodmond Woodson Woodtony Woodère Yolson''',
    'ht s': '''Achantus Achestant Achilien Achilus Achona Achéus Belantus Belilus Belisma Belius Bellevue Belona Belème
        Cedantus Cedias Cedilien Cedisma Cedius Cedona Cénantus Cénilien Cénius Cénème Cénéus Dessources
        Dorantus Dorias Doridor Dorius Dorona Doréus Dumestant Dumias Dumisma Dumius Désantus Désestant Désias
        Désilus Déséus Exias Exius Exème Exéus Fénantus Fénestant Fénias Fénidor Fénilien Fénilus Fénisma
        Ismestant Ismistal Ismona Ismème Jolias Jolistal Jolius Jolème Josantus Josias Josilien Josistal Josona
        Josème Lucidor Lucona Luxama Momestant Momias Momidor Momisma Momème Moméus Mérias Méristal Mérius
        Métantus Métias Métidor Métilien Métilus Métistal Métona Métème Occestant Occidor Occilien Occisma
        Occius Occona Occéus Orestant Orilus Oristal Orius Petestant Petidor Petisma Petius Pierantus Pierias
        Pieridor Pierilus Pierisma Pieristal Sainantus Sainias Sainidor Sainilien Sainisma Sainistal Sylias
        Sylilien Sylona Syléus Thélantus Thélestant Thélias Thélius Valilien Valisma Valème Vilantus Vilestant
        Vilisma Vilistal Vilius Vilona Vilème''',
    'mg f': '''Dehbia Djahra Djaika Djaila Djania Djaouna Djarine Djaïma Fadhila Farila Farnia Farouna Farïma Fettouma Ghenima
        Hakima Hamhra Hamnia Hamouna Hamrine Houhra Houika Hourine Kalhra Kalika Kalnia Kalouna Kalrine Kalïma
        Khania Khaouda Khaouna Kharine Khaïma Leihra Leinia Leiouda Leiouna Lounja Mouhra Mouila Mounia Mououda
        Mououna Mourine Mouïma Nabhra Nabika Nabnia Nabïma Nesika Nesnia Nesouna Nesïma Nouara Rahhra Rahila
        Rahouna Rahïma Rayhra Rayila Rayouda Rayouna Rayïma Tamazgha Taninna Tilelli Tiziri Yamhra Yamnia
        Yamrine Zeika Zeila Zenia Zeïma Zouika Zounia Zououda Zououna Zouïma''',
    'mg m': '''Abdelmadjid Abdelrezak Aksil Ameziane Fabih Fahib Faouf Fassim Hachid Hahib Halil Haouf Harane Hassim Hazim
        Kabih Kachid Kafik Kahib Kakri Kalil Kaouane Kassim Loudjil Loufik Loukim Loukri Lououane Lourane Louzim
        Modjil Mofik Mokri Molil Moudjil Moufik Moukri Mououf Mourane Mouzim Mozim Nachid Nadjil Namil Naouane
        Naouf Nazim Ouahid Rakri Raouane Rarane Rassim Sachid Safik Sakim Salil Saouane Saouf Sarane Sazim
        Tachid Tadjil Tahib Takri Tarane Tassim Yabih Yadjil Yakim Yakri Yaouane Yassim Yuba Zachid Zafik Zalil
        Zaouf Zarane Zassim Zazim''',
    'mg s': '''Belabbes Belaissa Belamrane Belbrahim Beldjemaa Belguettaf Belhamou Belidir Belkaci Belkhelifa Bellaid Bellarbi
        Belmediene Belmokhtar Belrabah Belsaid Belsalah Beltouati Belyahia Belzerd Belziane Benabbes Benamrane
        Benguettaf Benidir Benkaci Benkhelifa Benlaid Benmokhtar Benzerd Benziane Bouabbes Bouaissa Bouamrane
        Boubrahim Bouchache Bouchani Bouchaoui Bouchine Bouchouni Bouguettaf Bouhamou Bouidir Boukaci Boukhelifa
        Boulaid Boumokhtar Boutouati Bouzache Bouzani Bouzaoui Bouzerd Bouziane Bouzine Bouzouni Chebache
        Chebani Chebaoui Chebine Chebouni Ghrache Ghrani Ghraoui Ghrine Ghrouni Hamdache Hamdaoui Hamdine
        Hamdouni Kherrache Kherrani Kherraoui Kherrine Kherrouni Lakhache Lakhaoui Lakhine Lakhouni Mazrache
        Mazrani Mazraoui Mazrine Mazrouni Meddahache Meddahani Meddahaoui Meddahine Meddahouni Medjache Medjani
        Medjaoui Medjine Medjouni Meslache Meslani Meslaoui Mesline Meslouni Rahmache Rahmaoui Rahmine Saadache
        Saadani Saadaoui Saadine Saadouni Selmache Selmani Selmaoui Selmine Selmouni Talebache Talebani
        Talebaoui Talebine Talebouni Tlemache Tlemani Tlemaoui Tlemine Tlemouni Yahiache Yahiani Yahiouni
        Zerrache Zerrani Zerraoui Zerrine Zerrouni''',
    'lb f': '''Chadine Chamana Chayal Chaysa Hadine Hahane Hassa Hayal Jadine Jahane Jalfa Jaysa Joudine Joulfa Jounia Jouyal
        Jouysa Loudine Louhane Loumana Loundala Loussa Louwane Lynia Lyssa Madine Mahane Mawane Nahane Nayal
        Rahane Ralfa Rawane Rayal Ridine Rilfa Rindala Rinia Riwane Riyal Tihane Tindala Zadine Zandala Zaysa''',
    'lb m': '''Chabih Charoun Chassan Chawad Fajad Ghabih Ghadi Ghajad Ghamer Gharbel Gharoun Ghawad Jajad Jamer Jaroun Jassan
        Kharbel Kharoun Khassam Khawad Mabih Majad Mamer Marbel Mawad Naroun Raroun Rawad Ribih Ridih Rijad
        Riwad Sidih Tarbel Taroun Wajad Wamer Warbel Wassam Zibih Zidi Zirbel Ziroun Zissam Zissan''',
    'lb s': '''Abiassaf Abichaker Abidaher Abifadel Abihaidar Abihanna Abijaoudé Abikaram Abikhalil Abimerhi Abinassif
        Abirached Abitannous Abiyounes Abizeid Abouassaf Abouchaker Aboudaher Aboufadel Abouhanna Aboukaram
        Aboumerhi Abounader Abounassif Abousaab Aboutannous Abouyounes Atalallah Bouassaf Bouchaker Boudaher
        Boufadel Bouhaidar Bouhanna Boujaoudé Boukaram Boukhalil Boumerhi Bounader Bounassif Bourached Bousaab
        Boutannous Bouyounes Bouzeid Fadlallah Fathallah Frem Hasballah Jaballah Saadallah Salamé''',
    'vi u': '''Anhchau Anhnhung Anhthuy Anhtien Anhuyen Baochau Baohuong Baongan Baonhung Baotien Baotrang Baovan Diemchau
        Diemdiep Diemhuong Diemngan Diemuyen Diemvy Hoaidiep Hoaihuong Hoailoan Hoaingan Hoaiuyen Hoaivy
        Honghuong Hongthuy Hongtien Honguyen Khanhchau Khanhloan Khanhtien Khanhtrang Khanhvy Kimdiep Kimhuong
        Kimtrang Kimuyen Kimvy Minhdiep Minhngan Minhnhung Minhtrang Minhvy Mydiep Mythuy Mytien Myvan Ngocchau
        Ngochuong Ngocthuy Ngocuyen Phuongchau Phuongloan Phuongnhung Phuongthuy Phuongtrang Phuonguyen
        Phuongvan Quynhdiep Quynhngan Quynhuyen Quynhvan Thanhchau Thanhhuong Thanhtien Thanhuyen Thanhvy
        Thuychau Thuydiep Thuyhuong Thuyngan Thuythuy Thuyuyen Thuyvy Tuyetchau Tuyetloan Tuyetngan Tuyetthuy
        Tuyettien Tuyetvy''',
    'vi g': '''Bích Diễm Giao Hòa Khuê Khải Kiều Lộc Lụa Mẫn Nhàn Nhã Oanh Phượng Quyên Sương Thắm Thục Toàn Tịnh Uyên Điệp''',
    'vi s': '''Khổng Lạc Lục Mạc Nghiêm Quách Thạch Tiêu''',
    'zh u': '''Bofang Bolan Boqi Borui Bowei Boyao Chenfang Chenhao Chenlan Chenning Chenwei Chenyue Haolan Haoqi Haoting
        Haotong Haoxi Haozhen Huijie Huixi Huixuan Huiyu Jiafang Jiating Jiaxuan Jiazhen Jinghao Jingjie
        Jingxuan Jingyao Jingyue Kean Kejie Keling Keyao Keyun Linchen Linfang Linhan Linning Linrui Linxi
        Linyue Linyun Linzhen Meian Meichen Meijie Meirui Meitong Meixuan Mingchen Minglan Mingqi Mingtong
        Mingyao Mingzhen Qiaochen Qiaojie Qiaolan Qiaoxuan Qiaoyao Qiaoyue Qiaozhen Qingjie Qingtong Ruifang
        Ruilan Ruitong Ruiwei Ruiyu Ruiyue Ruoning Ruowei Ruoyao Shian Shihan Shihao Shiling Shitong Shixi
        Shixuan Shiyao Shiyue Shufang Shuqi Shurui Shuxi Tingan Tinglan Tingwei Wenfang Wenhan Wenjie Wenyu
        Xiaoqi Xiaowei Xiaoxi Xiaoxuan Xinfang Xinhan Xinjie Xinning Xinyue Yanjie Yanlan Yanning Yanxuan Yanyu
        Yifang Yihan Yihao Yining Yiqi Yiyao Yiyu Yizhen Yujie Yuyao Yuyue Zefang Zehan Zening Zexuan Zeyao Zian
        Zichen Zijie Zixi Ziyu''',
    'zh s': '''Geng Gouw Heung Kuah Kuk Kwee Lum Nie Peh Pei Qiu Shao Suen Tian Xiang Zhuo''',
    'ko u': '''Boah Bokyung Chaehyun Chaewoo Chaeyeon Dajun Dakyung Daseo Doah Dokyung Doseo Doyeon Eunbin Eunhee Eunho Eunhyun
        Eunrin Eunyeon Eunyoung Eunyun Gyurin Hahyun Haseo Hawoo Hyeah Hyebin Hyeseo Hyewon Hyunri Hyunyoung
        Jaebin Jaehee Jaejin Jaejun Jaeri Jaerin Jaewon Jaewoo Jaeyeon Jihyun Jiwon Minhee Minjin Minkyung Minri
        Minrin Minwoo Minyoung Nahyun Najun Nakyung Seobin Seokyung Seowoo Sihee Siyoung Siyun Suah Sujun Suna
        Suyoung Suyun Taeah Taebin Taehee Taejin Taena Taeri Taerin Taeseo Taeyeon Taeyoung Taeyun Yeho Yehyun
        Yejin Yeseo Yeyoung Yuhyun Yuyun''',
    'ko s': '''Bok Byun Chae Gwak Maeng Mun Pyo Seok Seon Seonu Tak Yeom''',
    'la f': '''Arianis Aribeth Arielis Arienny Arisy Deianis Deibeth Deielis Deienny Deileidy Deyanira Edelmira Floralba
        Leyanis Leybeth Leyelis Leyenny Leyibe Leyira Leyleidy Lidanis Lidbeth Lidelis Lidenny Lidira Lidsy
        Maianis Maienny Maileidy Maisy Maranis Marbeth Marenny Maribe Marira Marleidy Nelbeth Nelelis Nelibe
        Nelira Nelleidy Nelsy Rosanis Roselis Rosenny Rosleidy Rossy Yamanis Yambeth Yamibe Yamleidy Yamsy
        Yesanis Yesenny Yesibe Yesira Yesleidy Yessy Yurani Yuranis Yurbeth Yurelis Yurenny Yuribe Yurira Yursy
        Zulanis Zulbeth Zulenny Zulira''',
    'la m': '''Brayber Brayby Braynilson Brayver Danber Danby Dandinson Danmer Dannilson Danver Deidinson Deimer Deiner
        Deinilson Deison Edber Eddinson Ednilson Edson Edver Eliécer Jaiber Jaiby Jaidinson Jaimer Jainer
        Jainilson Jaison Jhonber Jhonby Jhondinson Jhonmer Jhonner Jhonnilson Jhonver Leiner Leober Leoby
        Leodinson Leomer Leoson Leover Rosber Rosby Rosdinson Rosnilson Rosson Sneider Steber Steby Stedinson
        Stener Stenilson Steson Stever Wilby Wilnilson Wilver Yefber Yefby Yefdinson Yefmer Yefner Yefver Yeiber
        Yeiby Yeidinson Yeimer Yeinilson Yeiver''',
    'la s': '''Arizmeda Arizmendi Arizmero Arizmieso Arizmilla Arizmueta Arizmón Avelleda Avellero Avellez Avelliaga Avellieso
        Avellueta Barrara Barreda Barrendi Barrero Betancendi Betancero Betancez Betancilla Betancueta Carraga
        Carrazo Carrendi Carriaga Carrueta Cisnaga Cisnara Cisnazo Cisnez Cisnueta Dávanda Dáveda Dávendi
        Dáviaga Dávieso Echevazo Echeveda Echevendi Echeviaga Echevilla Ferraga Ferrendi Ferrieso Ferrueta
        Garmaga Garmanda Garmiaga Guevaga Guevazo Gueveda Guevero Guevez Hinaga Hinanda Hineda Hinez Hiniaga
        Hinieso Hinilla Iturrazo Iturrilla Iturrón Jarameda Jaramiaga Jaramón Larrara Larrazo Larreda Larrez
        Larriaga Larrueta Londara Londazo Londiaga Londieso Londilla Mendeda Mendueta Mendón Montanda Montara
        Montendi Montiaga Montueta Olarez Olarueta Pardanda Pardara Pardeda Pardez Pardiaga Pardilla Pedazo
        Pedendi Pedieso Quintanda Quintara Quintiaga Quintieso Quiraga Quirazo Quireda Quirez Quiriaga Quirieso
        Rivaga Rivara Ruedaga Ruedazo Ruedendi Ruedero Ruedilla Saucaga Saucara Sauciaga Saucón Tapaga Tapanda
        Tapeda Tapieso Toveda Tovendi Tovero Tovez Tovilla Tovón Urdanda Urdendi Urdilla Valdivanda Valdivara
        Valdivazo Valdiveda Valdivendi Valdivez Valdivón Villendi Zambeda''',
    'pt f': '''Adelilde Armésia Belmete Belmilde Belmina Benvilde Clotina Clotinda Clotésia Deolina Deolésia Ermelete Ermelilde
        Ermelília Etelvília Gertrete Gertrina Gracete Gracina Gracésia Idalete Idalília Laurete Laurésia
        Leoninda Leonésia Marcelésia Marcelília Marcolina Olindete Palmilde Palmília Rosilde Rosília Silvinda
        Silvésia Silvília Umbelete Umbelinda Umbelésia Umbelília Zulmina Zulminda Zulmésia Zulmília''',
    'pt m': '''Adelando Adelildo Albardo Albênio Armildo Armúlio Aurário Belmário Belmênio Bernardúlio Celando Celário
        Crispando Crispardo Crispênio Custino Deolardo Deolindo Deolário Deolênio Deolúlio Emino Emário Eusardo
        Eusino Eusênio Florino Gualtardo Gualtênio Natalardo Natalário Natalúlio Olegildo Olegino Porfildo
        Porfino Porfário Querubim Rosildo Serafário Valdemando Valdemildo Valdemário Valdemênio Zeferúlio''',
    'pt s': '''Amarado Amarede Amareira Amarinho Bettencourede Bettencourinho Bettencourães Brandato Brandela Brandinho
        Brandães Cabrede Cabreira Cabrilho Cabrulo Cabrão Carvalhado Carvalheira Carvalhilho Carvalhulo Cerquado
        Cerquinho Cerquães Fagundilho Furtede Furtela Furtulo Furtães Furtão Lameirães Lameirão Loureirado
        Loureirato Loureirede Loureirilho Loureirães Loureirão Magalhela Magalhilho Magalhulo Medeirado
        Medeirinho Mourato Mourede Mourilho Pimenado Pimenede Pimeneira Pimenela Pimenulo Pimenão Quaresede
        Quaresilho Quaresulo Quaresão Rebeleira Rebelela Rebelinho Rebelão Rodovado Rodovato Rodovede Rodoveira
        Rodovilho Rodovinho Rodovães Sequeirede Sequeirães Sousede Sousela Tavarato Tavarede Tavarães Tavarão
        Vasconcado Vasconcato Vasconceira Vasconcela Vasconculo Vasconcães''',
    'it f': '''Adaletta Adalide Adaluzza Benilde Carmetta Carmiana Carmida Carmide Cosella Cosida Coside Ermenetta Ermenida
        Ermenilde Fortida Fortilde Fortina Gelsometta Gelsomuzza Gianina Gildiana Gilduzza Lucella Lucilde
        Lucrida Lucrilde Lucrina Lucuzza Nunella Nuniana Nunida Nunuzza Orsella Orsetta Orside Orsilde Orsina
        Pasquella Pasquetta Pieretta Rosida Santiana Tindella Tindiana Tindida Ulderida Ulderina Ulderuzza
        Vinciana Vincide''',
    'it m': '''Adalano Adalello Adaliero Adalino Benano Benardo Carmaldo Carmardo Carmello Carmiero Carmino Cosardo Ermenardo
        Ermenello Ermeniero Fortaldo Fortano Fortello Fortuccio Gelsomaldo Gelsomuccio Gianaldo Gildardo
        Gilduccio Lucardo Luciero Lucrino Nunuccio Orsuccio Pasquano Pasquiero Pasquino Pierano Pierino Rosano
        Rosello Rosino Santaldo Santardo Santello Santuccio Tindaldo Ulderaldo Ulderello Ulderiero Ulderino
        Vincaldo Vincardo Vincello Vincino''',
    'it s': '''Belapani Belaro Belella Belino Boracci Borella Boretti Boruzzi Capante Capapani Capato Capino Capotti Cavante
        Cavato Cavese Cavetti Dorante Dorapani Dorella Dorieri Dorino Dorone Dorucci Ferrino Ferrucci Ferruzzi
        Fioraro Fiorato Fiorotti Galaro Galato Galella Galieri Galino Galotti Galuzzi Giorante Giorino Giorotti
        Giorucci Gioruzzi Lomaro Lomato Lomino Lomotti Lomucci Lupante Lupapani Lupese Lupucci Marella Marucci
        Monella Monetti Monone Monucci Narato Narella Narese Narotti Naruzzi Pasacci Pasella Pasieri Pasone
        Pelacci Pelaro Pelato Peletti Pelone Ricapani Ricaro Ricieri Ricone Rossieri Rossuzzi Sanella Sanese
        Sanieri Sanino Sorante Sorapani Soraro Sorone Sparante Sparapani Spararo Sparese Sparotti Sparuzzi
        Toracci Torante Torato Torella Torese Torieri Torotti Torucci Verante Veretti Verotti Vilante Vilapani
        Vilella Viletti Vilone Viluzzi Zanato Zanino''',
    'gr f': '''Aglia Aglini Aglitsa Chrysini Chrysitsa Chrysousa Dimitria Evdia Evdini Fanitsa Fanoula Fanousa Glykeria Glykia
        Glykini Kalini Kyria Kyrini Kyrousa Lemonitsa Lemonoula Lemonousa Marigoula Maroula Marousa Panoraia
        Paraskia Paraskoula Paraskousa Sofitsa Stamatoula Stamia Stamoula Stavria Stavritsa Stavrousa Vaia
        Vasini Vasitsa Vasoula''',
    'gr m': '''Ardas Ardidon Ardis Ardos Charellos Charis Chrysellos Chrysos Dimitras Dimitridon Dimitris Evdis Evdos Gerasimas
        Kalas Kyros Lambidon Lambos Lefterellos Lefteridon Lefteros Nektidon Nektis Nektos Nikiforos Panis
        Prodras Prodrellos Prodris Sotirellos Sotiridon Sotos Spyrellos Spyris Stamis Stamos Stavridon Theofas
        Theofidon Theofos''',
    'gr s': '''Antatos Antellis Antiadis Antidis Charakis Charakopoulos Charatos Charellis Chariadis Charidis Charopoulos
        Dimitrakopoulos Dimitrellis Dimitriadis Dimitropoulos Filakis Filakopoulos Filatos Filellis Filiadis
        Filidis Filopoulos Georgakis Georgakopoulos Georgellis Georgidis Georgopoulos Karavakis Karavakopoulos
        Karavatos Karavellis Karavidis Karavopoulos Konsakis Konsakopoulos Konsatos Konsellis Konsiadis Konsidis
        Kyrakis Kyratos Kyrellis Kyriadis Kyridis Lefkakopoulos Lefkellis Lefkidis Mavrakopoulos Mavriadis
        Nikoliadis Papadakopoulos Papadellis Papadidis Papakis Papakopoulos Papatos Papellis Papiadis Papidis
        Sidakis Sidakopoulos Sidatos Sidellis Sidiadis Sididis Stavrakopoulos Stavrellis Stavriadis Theodatos
        Theodiadis Theodidis Theodopoulos Tsakakis Tsakatos Tsakellis Tsakidis Tsakopoulos Vlachakis
        Vlachakopoulos Vlachellis Vlachiadis Vlachidis Xenakopoulos Xenatos Xenellis Xenidis Xenopoulos Zachakis
        Zachellis Zachiadis''',
    'ee f': '''Anastazja Bogugniewa Bogumira Bogusława Crina Dobrogniewa Dobromira Dobromiła Gostomira Gostomiła Ionela
        Jarogniewa Jaromira Jaromiła Jarosława Lubogniewa Lubomiła Lubosława Miłogniewa Miłomira Miłosława
        Mścimira Mścimiła Mścisława Olesya Przemygniewa Przemymira Przemymiła Radogniewa Radomira Radomiła
        Radosława Sobiegniewa Sobiesława Wielogniewa Wielomira Wielomiła Wielosława Witogniewa Witomira
        Witosława Wszebogniewa Wszebomira Wszebomiła Yevgenia Zbigniewa Zbimiła Zbisława Ziemogniewa Ziemomira
        Ziemomiła Ziemosława Zsuzsanna Świetomira Świetosława''',
    'ee m': '''Bence Bogugniew Bogumir Bożydar Dobrogniew Dobromir Dobromił Dobrosław Gostogniew Gostomir Gostomił Gostosław
        Gyula Innokenty Jarogniew Lubogniew Lubomił Lubosław Miłogniew Miłomir Miłosław Mścigniew Mścimir
        Mścimił Mścisław Przemygniew Przemymir Przemymił Radogniew Radomił Sobiegniew Sobiemir Sobiemił
        Sobiesław Wielogniew Wielomir Wielomił Wielosław Witomir Witomił Witosław Wszebogniew Wszebomir
        Wszebomił Wszebosław Zbimir Zbimił Zbisław Ziemogniew Ziemomił Ziemosław Świetogniew Świetomir Świetomił
        Świetosław''',
    'ee s': '''Belovetsov Belovikov Belovinov Belovyev Chmielarczyk Chmielecki Chmieliński Chmielowicz Chmieluk Costascu
        Costeanu Costescu Costoiu Dumitrascu Dumitreanu Dumitroiu Dąbrarczyk Dąbrecki Dąbrewski Dąbriński
        Dąbrowicz Dąbruk Georgascu Georgeanu Georgoiu Grabarczyk Grabecki Grabewski Grabiński Grabowicz Grabuk
        Ionescascu Ionesceanu Ionescoiu Jabłarczyk Jabłecki Jabłewski Jabłiński Jabłowicz Jabłuk Kowalarczyk
        Kowalecki Kowalewski Kowalowicz Kowaluk Kuznikov Kuzninov Kuznyev Lebedetsov Lebedikov Lebedinov
        Lebedyev Medvetsov Medvikov Medvinov Medvyev Mihascu Miheanu Mihescu Mihoiu Mocanascu Mocaneanu Mocanoiu
        Mrozarczyk Mrozecki Mrozewski Mroziński Mrozowicz Mrozuk Năstascu Năsteanu Năstescu Năstoiu Orletsov
        Orlikov Orlinov Orlyev Pawlarczyk Pawlecki Pawlewski Pawliński Pawlowicz Pawluk Popascu Popoiu Radulascu
        Raduloiu Rutarczyk Rutecki Rutewski Rutiński Rutowicz Rutuk Sobarczyk Sobecki Sobewski Sobiński Sobowicz
        Sobuk Sokoletsov Sokolikov Sokolyev Stanascu Stanoiu Szymarczyk Szymecki Szymewski Szymiński Szymowicz
        Szymuk Ungurascu Ungurescu Unguroiu Vasascu Vaseanu Vasescu Vasoiu Volketsov Volkikov Volkinov Volkyev
        Wierzbarczyk Wierzbecki Wierzbiński Wierzbowicz Wierzbuk Wróblarczyk Wróblecki Wróbliński Wróblowicz
        Wróbluk Zhuketsov Zhukikov Zhukinov Zhukyev Zieliarczyk Zieliecki Zieliewski Zieliowicz Zieliuk''',
    'ua f': '''Bohudara Bohumyla Bohuslava Bozhedara Bozhemyla Bozheslava Dobrodara Dobromyla Dobroslava Dzvenyslava Liubodara
        Liubomyla Liuboslava Liubov Lubodara Lubomyla Luboslava Myrodara Myromyla Orysia Ostrodara Ostromyla
        Ostroslava Roksolana Sofiia Svitodara Svitomyla Svitoslava Tykhodara Tykhomyla Tykhoslava Vasylyna
        Volodara Volomyla Voloslava Vsevodara Vsevomyla Vsevoslava Yarodara Yaromyla Yustyna Zoredara Zoremyla
        Zoreslava''',
    'ua m': '''Bohudar Bohumyr Bohumysl Bohuslav Bozhedar Bozhemysl Bozheslav Dobrodar Dobromyr Dobromysl Dobroslav Hryhorii
        Liubomyr Liubomysl Lubodar Lubomysl Luboslav Myrodar Myromysl Ostrodar Ostromyr Ostromysl Ostroslav
        Radomyr Svitodar Svitomyr Svitomysl Svitoslav Tykhomyr Tykhomysl Tykhoslav Volodar Volomyr Volomysl
        Voloslav Vsevodar Vsevomyr Vsevoslav Yarodar Yaromyr Yaromysl Zenovii Zoredar Zoremysl Zoreslav''',
    'ua s': '''Bilykak Bilykenko Bilykiuk Bilykovych Bilykuk Bilykyshyn Bondariuk Bondarovych Dovzhak Dovzhenko Dovzhiuk
        Dovzhovych Dovzhuk Dovzhyshyn Holubak Holubiuk Holubovych Holubuk Holubyshyn Hrytsak Hrytsovych Hrytsuk
        Kovalchak Kovalchenko Kovalchiuk Kovalchovych Kovalchyshyn Kravchiuk Kravchovych Kravchyshyn Lysenak
        Lysenenko Lysenovych Lysenuk Lysenyshyn Martyak Martyiuk Martyovych Martyuk Melnychak Melnychiuk
        Melnychovych Morozak Moroziuk Morozovych Morozyshyn Ostapak Ostapiuk Ostapovych Ostapuk Ostapyshyn
        Pavlak Pavliuk Pavlovych Pavluk Savak Savenko Saviuk Savovych Savuk Savyshyn Semenak Semenovych Semenuk
        Shevchak Shevchovych Shevchyshyn Tkachak Tkachiuk Tkachovych Tkachyshyn Tymchak Tymchiuk Tymchyshyn
        Vyshnak Vyshnenko Vyshniuk Vyshnovych Vyshnuk Vyshnyshyn Yaremak Yaremenko Yaremiuk Yaremovych
        Yaremyshyn''',
    'wa f': '''Abifunke Abitola Adamma Adebimpe Adekemi Ayolola Ayonike Ayotola Bolabisi Bolatola Chiobi Folafunke Folalola
        Folukemi Folutayo Ifefunke Ifenike Kamamma Molayo Molola Moyemi Ngoeze Ngomma Nkemoma Nkemsomto
        Nnenwendu Nnesomto Olalayo Olatayo Olufunke Olukemi Olunike Olusade Olutola Omolayo Omosade Omotola
        Onamma Onaoma Ozieze Ozimma Ozisomto Titilayo Titobisi Titobukola Titolayo Titonike Titoyemi Toyinbukola
        Toyinkemi Toyinsade Toyintayo Ugoeze Ujudalu Ujuoma Ujusomto Yewafunke Yewalayo Yewanike Yewatola''',
    'wa m': '''Adelade Adetobi Ayodayo Ayolade Ayotobi Ayotunde Ayowale Boladayo Bolalade Bolamide Bolaseun Chibuike Chididike
        Chidizie Chukwuora Dayobayo Dayomide Dayoseun Dayowale Ebuora Femibayo Femikunle Femimide Femitobi
        Ifebayo Ifelade Ifetobi Ifetunde Ikebuike Ikeora Ikezie Issiaka Kenebuike Kenenna Kunledayo Kunlekunle
        Kunlelade Kunlemide Kunlewale Nnadike Nnaora Nnazie Obibuike Olakunle Olamide Olawale Oludayo Olukunle
        Olusegun Oluyemi Oyedayo Oyelade Oyewale Oyeyemi Tolubayo Tolulade Tolumide Toluseun Tolutunde Uchebuike''',
    'wa s': '''Adeleye Adesanya Adewale Adewole Ajibayo Ajikunle Ajileye Ajisanya Ajitola Ajitunde Ajiwale Ajiwole Ajiyemi
        Akobayo Akokunle Akoleye Akosanya Akotola Akotunde Akowale Akowole Akoyemi Chukwuama Chukwuchi Chukwudum
        Chukwunna Chukwuoha Ezeama Ezechi Ezedum Ezekwe Ezenna Ezeoha Igebayo Igekunle Igeleye Igemola Igetola
        Igetunde Igewale Igewole Igeyemi Ikeama Ikechi Ikedum Ikekwe Ikeoha Nwachi Nwadum Nwaemeka Nwakwe Nwaoha
        Obiama Obichi Obidum Obikwe Obioha Ogunmola Ogunsanya Oguntunde Ogunwale Ogunwole Ogunyemi Okonama
        Okonchi Okondum Okonkwe Okonoha Olabayo Olaleye Olasanya Olatola Olawole Olayemi Oluleye Olusanya
        Olutunde Oluwale Oluwole Onibayo Onikunle Onileye Onimola Onisanya Onitola Onitunde Oniwale Oniwole
        Oniyemi Oyebayo Oyeleye Oyemola Oyesanya Oyetola Oyetunde Oyewole Uzoama Uzochi Uzodum Uzoemeka Uzokwe
        Uzonna''',
    'ca f': '''Biloa Ikahoza Ikakamba Ikamana Ikaneza Ikarukundo Ikasabwa Ingabire Inihoza Inikamba Inimana Inineza Inirukundo
        Inisabwa Kankindi Mukahoza Mukakamba Mukaneza Mukarukundo Mukasabwa Murekatete Nyirahoza Nyirakamba
        Nyiraneza Nyirarukundo Nyirasabwa Tshilanda Umehoza Umekamba Umemana Umeneza Umerukundo Umesabwa Uwihoza
        Uwikamba Uwineza Uwirukundo Uwisabwa''',
    'ca m': '''Abessolo Bizinsaba Biziragaba Bizirutimana Biziyishimiye Bizizimana Gasana Habibizi Habinsaba Habiragaba
        Habirutimana Habiyishimiye Habizimana Hakibizi Hakinsaba Hakiragaba Hakirutimana Hakiyishimiye
        Manirabizi Maniransaba Maniraragaba Manirarutimana Manirayishimiye Manirazimana Ndabizi Ndansaba
        Ndaragaba Ndarutimana Ndazimana Niyobizi Niyonsaba Niyorutimana Niyoyishimiye Niyozimana Nsabibizi
        Nsabinsaba Nsabiragaba Nsabirutimana Nsabiyishimiye Ntakibizi Ntakinsaba Ntakiragaba Ntakiyishimiye
        Ntakizimana Ntwari''',
    'ca s': '''Essokounté Essomeni Essondjeu Essonti Essorga Essotso Essoudji Fokounté Fomba Forga Foudji Ilubongo Ilulenga
        Ilumba Iluombo Ilusuku Iluyi Kabangu Kalenga Kalobongo Kalokendi Kalolenga Kalomba Kalonga Kaloyi Kamba
        Kammba Kamndjeu Kamudji Kamugang Kanji Kanjo Kaombo Lubangu Lubongo Lulenga Lunji Lusuku Luyi Mbakounté
        Mbandjeu Mbatso Mbubangu Mbulenga Mbunga Mbunji Mulenga Munga Munjo Muombo Musuku Ndjekounté Ndjemba
        Ndjenti Ndjeugang Ngamba Ngandjeu Ngarga Ngatso Ngaugang Ngobangu Ngolenga Ngonji Ngonjo Ngosuku
        Nguendjeu Nguenti Nguerga Nguessa Ngueudji Nkwekounté Nkwendjeu Nkweudji Nkweugang Tchanti Tcharga
        Tchatso Tchemeni Tchendjeu Tchenti Tcherga Tchessa Tchetso Tcheudji Tcheugang Tshibongo Tshikendi
        Tshilenga Tshisuku Tshiyi Yokounté Yomba Yossa Youdji Yougang''',
    'sa f': '''Amankiran Amannoor Anbuarasi Anbunila Anbuselvi Anbuvizhi Anbuzhi Balpreet Dilhani Ekleen Eknoor Ekpreet
        Ezhilarasi Ezhilini Ezhilselvi Ezhilvizhi Ezhilzhi Gurkiran Isaiarasi Isaimathi Isaiselvi Isaivizhi
        Ishara Jaskiran Kavivizhi Kavizhi Kayalarasi Kayalini Kayalmathi Kayalnila Kayalzhi Malarmathi Malarnila
        Malarselvi Malarvizhi Malarzhi Mannoor Mathiarasi Mathinila Mathiselvi Mathivizhi Mathizhi Nilufa
        Pirasanna Poulomi Prabkiran Prableen Rajkiran Rajleen Rajpreet Sachini Sayantika Simnoor Simpreet
        Sukhnoor Sukhpreet Tejkiran Tharushi Thenmoarasi Thenmoini Thenmonila Thenmoselvi Yazharasi Yazhnila
        Yazhvizhi''',
    'sa m': '''Baljot Balveer Chaminda Gurmeet Gurtej Gurwant Harveer Harwant Kanaruban Kanaseelan Kasun Kugakaran Kugakumar
        Kugaruban Kugaseelan Kugathasan Lasantha Mathuran Navveer Navwant Nirukaran Niruruban Niruthasan
        Prabhakaran Prabhakumar Prabharuban Prabhaseelan Prabhathasan Rajjot Rathakumar Rathaneswaran
        Rathaseelan Selvakaran Selvaneswaran Selvaruban Selvashan Simmeet Simwant Sivaruban Sivashan Sivathasan
        Sukhveer Tejveer Tejwant Thananeswaran Thanaruban Thanaseelan Thanashan Thanathasan Tharmakaran
        Tharmaneswaran Tharmaruban Tharmaseelan Tharmashan Tharmathasan Vignekaran Vigneneswaran Vigneseelan
        Vignethasan Yathakaran Yathakumar Yatharuban Yathaseelan Yathashan Yathavan''',
    'sa s': '''Abeyaratchi Abeynayake Abeyrathne Abeysekara Abeysuriya Abeywardena Acharjee Balalingam Balapalan Balarajah
        Balaratnam Bandopadhyay Bhattarjee Dissarathne Dissasekara Dissayake Ekananayake Ekanarathne Ekanasekara
        Ekanasinghe Ekanasuriya Ekanawardena Ekanayake Gangapadhyay Gunarathne Gunasekara Gunasuriya Gunayake
        Hettiaratchi Hettirathne Hettiwardena Hettiyake Jayarathne Jayayake Jeyalingam Jeyanathan Jeyapalan
        Jeyarajah Kanagalingam Kanaganathan Kanagapalan Kanagarajah Kanagasingam Karunanayake Karunarathne
        Karunasuriya Karunawardena Karunayake Paramlingam Paramnathan Parampalan Paramrajah Paramratnam
        Paramsingam Ranarathne Ranasuriya Ranawardena Ranayake Ratnalingam Ratnanathan Ratnapalan Ratnarajah
        Ratnaratnam Samarathne Samasekara Samasuriya Samayake Sellalingam Sellanathan Sellapalan Sellarajah
        Sellaratnam Sellasingam Shanmuganathan Shanmugapalan Shanmugarajah Shanmugaratnam Shanmugasingam
        Sivanathan Sivarajah Sivaratnam Sivasingam Thambilingam Thambinathan Thambipalan Thambiratnam
        Thambisingam Tharmanathan Tharmapalan Tharmarajah Tharmaratnam Tharmasingam Upapadhyay Wickramanayake
        Wickramarathne Wickramasuriya Wickramayake Wijearatchi Wijerathne Wijesekara Wijesuriya Wijewardena
        Wijeyake Yogapalan Yogaratnam Yogasingam''',
    'in f': '''Aalasi Alasi Eelee Elisapi Iakotsirakwas Iohentha Ionhawe Iorakwas Iotsira Iowenna Kahentha Kahohentha Kahonhawe
        Kahorakwas Kahotsira Kahowenna Kaienwaktatse Kanhawe Karakwas Katsira Kawehentha Kawenhawe Kawenna
        Kawerakwas Kawetsira Kawewenna Manian Nush Ohnekanoron Quppiapik Shushepin Tekohentha Tekonhawe
        Tekorakwas Tekotsira Tekowenna Tiohentha Tionhawe Tiorakwas Tiotsira Tiowenna Tshishtin Uapikun''',
    'in m': '''Anikashan Kahiake Kakwire Karonhia Katsenhaie Kauna Kawennato Matiu Mestanapeu Rahiake Rakwire Raronhia
        Ratsenhaie Ratsenhaienton Rawennato Sahiake Sakwire Saronhia Satsenhaie Sawennato Tahiake Takwire
        Taronhia Tatsenhaie Tawennato Tehiake Teiohahente Tekwire Teronhia Tetsenhaie Tewennato Ueshkuan''',
    'in s': '''Annaruq Anniq Annituk Annpaaluk Conokosho Cononipi Conopash Conoshish Conowabano Ittak Ittalik Ittaruq Ittiq
        Ittituk Ittpaaluk Ittuak Kasak Kasalik Kasaluk Kasaruq Kasituk Kaspaaluk Kasuak Matichee Matikosho
        Matinipi Matipash Mistachee Mistakosho Mistanipi Mistapash Mistashish Napak Napalik Napaluk Naparuq
        Napiq Napituk Napuak Neechee Neekosho Neenipi Neepash Neeshish Neewabano Ningak Ningalik Ningaluk
        Ningaruq Ningiq Ningituk Ningpaaluk Ninguak Pachanos Petachee Petakosho Petanipi Petapash Petashish
        Qumak Qumalik Qumaruq Qumiq Qumpaaluk Qumuak Shashchee Shashkosho Shashnipi Shashpash Shashshish
        Shashwabano Sivak Sivalik Sivaluk Sivaruq Siviq Sivituk Sivpaaluk Sivuak Tukak Tukalik Tukaluk Tukaruq
        Tukiq Tukituk Tukpaaluk Tukuak Tullalik Tullaluk Tullaruq Tulliq Tullituk Tullpaaluk Tulluak Uqaiq
        Uqauak Wapakosho Wapanipi Wapapash Wapawabano''',
    'ph f': '''Annbelle Annlyn Annmae Cherryann Cherrybelle Cherryjane Cherryly Florisa Honeyann Honeybelle Honeymae Jhenann
        Jhenbelle Jhenjane Jhenly Jhenlyn Jhenmae Joyann Joybelle Joyjane Joyly Joymae Krisann Krisbelle
        Krisjane Krisly Krislyn Krismae Loveann Lovebelle Lovemae Lyka Maebelle Maejane Maely Maelyn Marikit
        Marybelle Maryly Marylyn Marymae Mharie Rheabelle Rheajane Rheamae''',
    'ph m': '''Arald Armar Arrey Arwin Bonald Bonjay Bonjun Bonmar Bonnel Bonrey Bonwin Datu Jayald Jayjun Jayrey Jaywin
        Jhonald Jhonjay Jhonjun Jhonmar Jhonnel Jhonrey Jhonwin Junald Junjay Junnel Kenald Kenjay Kenjun Kenmar
        Kenrey Kenwin Lito Marald Marjay Marjun Marnel Marrey Reyald Reyjay Reyjun Reywin Ronjay Ronjun Ronwin''',
    'ph s': '''Bagongculangan Bagonghay Bagonglanan Bagonglintal Bagongpasan Bagongsakit Bagongwagan Bagongyag Bagtas
        Balaculangan Balahay Balailinan Balaisbis Balalintal Balapasan Balaraeg Balatan Balawagan Dalahay
        Dalailinan Dalalintal Dalasakit Dalayag Dimahay Dimailinan Dimalintal Dimasakit Dimatan Dimayag Laguhay
        Laguisbis Lagulanan Lagupasan Laguraeg Lagusakit Lagutan Laguwagan Macahay Macailinan Macaisbis
        Macalanan Macasakit Macatan Macayag Malailinan Malaisbis Malalanan Malaraeg Malasakit Mandaculangan
        Mandaisbis Mandapasan Mandaraeg Mandasakit Pangapasan Pangatan Pangawagan Pangayag Pangisbis Pangraeg
        Pangtan Pangyag Sinaghay Sinagilinan Sinagisbis Sinaglanan Sinaglintal Sinagraeg Sinagsakit Sinagwagan
        Tagahay Tagaisbis Tagalanan Tagalintal Tagawagan''',
    'fa f': '''Afsabano Afsanaz Afsanoosh Afsavash Astbano Astdokht Astnaz Astnoosh Astrokh Astvash Behnoosh Golbano Golrokh
        Golshifteh Golvash Hengameh Katayoun Mahdokht Mahrokh Mahvash Neydokht Neynaz Neynoosh Neyvash Nikdokht
        Niknaz Nikrokh Nikvash Parastoo Parbano Pardokht Parnaz Parnoosh Parrokh Parvash Rozbano Roznaz Rozrokh
        Rozvash Simbano Simdokht Simnoosh Simrokh Simvash Zhaleh''',
    'fa m': '''Ardborz Ardram Ardzad Bahdad Bahram Bahshir Bahzad Behdad Behram Behshir Behzad Fardad Fariborz Faridad Farirouz
        Farishir Farizad Farram Farrouz Farshir Faryar Horrouz Horyar Horzad Iraj Kamborz Kamdad Kamram Kamrouz
        Kamzad Khosdad Khosrouz Khosyar Khoszad Mehrborz Mehrram Mehrshir Mehrzad Shahborz Shahdad Shahrouz
        Shahshir Shahyar Shahzad Touraj''',
    'fa s': '''Abbasfar Abbasian Abbaskhani Ahmadian Ahmadkhani Ahmadlou Ahmadpour Akbarian Akbarkhani Akbarlou Akbarpour
        Ardabili Bagherfar Bagherian Bagherkhani Bagherlou Baghernejad Bagherpour Bagherzadeh Ghazvini Gholamian
        Gholamkhani Gholamlou Gholampour Golestani Hamadani Hosseinfar Hosseinian Hosseinkhani Hosseinlou
        Hosseinpour Hosseinzadeh Jafarian Jafarkhani Jafarlou Jafarzadeh Karimfar Karimian Karimkhani Karimlou
        Karimpour Karimzadeh Kashani Kazemfar Kazemian Kazemkhani Kazemlou Kazemnejad Kordestani Mashhadi
        Mohammadian Mohammadkhani Mohammadlou Mohammadnejad Mohammadzadeh Nasserian Nasserkhani Nasserlou
        Nassernejad Nasserzadeh Rahimfar Rahimian Rahimkhani Rahimlou Rahimnejad Rahimzadeh Rashti Rezaian
        Rezakhani Rezalou Rezanejad Rezazadeh Sabzevari Sadeghfar Sadeghian Sadeghkhani Sadeghlou Sadeghnejad
        Sadeghpour Sadeghzadeh Taghikhani Taghilou Taghinejad Yazdi Zanjani''',
    'am s': '''Arshdassarian Arshounian Avedakian Avedapetian Avedchian Avedounian Baghdassarian Grigakian Hovakian
        Hovannessian Hovdassarian Karounian Minasakian Minasapetian Minasdassarian Minasounian Mkrtannessian
        Mkrtapetian Sarkchian Terakian Terapetian Vardannessian Vardapetian Vardchian Varddassarian Vardounian
        Zakakian Zakannessian Zakapetian Zakdassarian''',
    'am u': '''Araksi Arpine Krikor Mesrop Sevak Shushan Taguhi Vahan Vartouhi Zareh Zaruhi''',
}


# ---------------------------------------------------------------------------
# Places, streets, organisations, laws, e-mail domains.  Every list is split
# into halves like the name parts (see Pools).

CITIES = '''Saint-Raymond Pohénégamook Lac-Mégantic Thetford_Mines Shawinigan Dolbeau-Mistassini Saint-Félicien Roberval Montmagny
    Baie-Saint-Paul La_Malbaie Forestville Havre-Saint-Pierre Chibougamau Mont-Laurier Maniwaki Ville-Marie Témiscaming Lachute
    Saint-Jérôme Sainte-Adèle Joliette Berthierville Louiseville Nicolet Victoriaville Plessisville Drummondville Acton_Vale Granby
    Cowansville Magog Coaticook Sherbrooke Saint-Georges Beauceville Sainte-Marie Lévis Rimouski Mont-Joli Amqui New_Richmond
    Bonaventure Percé Cap-Chat Sainte-Anne-des-Monts Cap-aux-Meules Kuujjuaq Inukjuak Mashteuiatsh Wemotaci Manawan Kahnawake
    Wendake Chisasibi Waskaganish Mistissini Uashat Salaberry-de-Valleyfield Châteauguay Vaudreuil-Dorion Saint-Hyacinthe
    Sorel-Tracy Terrebonne Mascouche Repentigny Gatineau Laval Longueuil Brossard Trois-Rivières Saguenay Alma Val-des-Sources
    Farnham Bromont Sutton Knowlton Huntingdon Ormstown Lachenaie Sainte-Julie Varennes Boucherville Mirabel Blainville
    Saint-Eustache Deux-Montagnes Rawdon Saint-Donat Mont-Tremblant Labelle Rivière-Rouge Fermont Schefferville Matagami
    Lebel-sur-Quévillon Senneterre Malartic Causapscal Trois-Pistoles Rivière-Bleue Dégelis Saint-Pamphile La_Pocatière
    Saint-Jean-Port-Joli Kamouraska Tadoussac Les_Escoumins Pointe-aux-Outardes Natashquan Blanc-Sablon Gaspé'''

# Streets: French (type first) and English (type last).  People's names for
# streets ("rue Alilorie-Corbichon") are put together at run time.
STREETS_FR = '''rue|des Cormiers
rue|des Quenouilles
rue|du Héron-Bleu
rue|des Perce-Neige
rue|de la Verrerie
rue|du Moulin-à-Scie
rue|des Draveurs
rue|de la Fonderie
rue|des Bouvreuils
rue|du Coteau-Fleuri
rue|des Tisserands
rue|de l'Anse-aux-Brumes
rue|des Grands-Ducs
rue|de la Sablière
rue|des Érables-Rouges
rue|des Outardes
avenue|des Chalutiers
avenue|du Phare
avenue|des Épinettes
avenue|du Lac-Vert
avenue|de la Gare-Centrale
avenue|des Mélèzes
boulevard|des Hauts-Bois
boulevard|de la Rivière-aux-Loutres
boulevard|des Forges-Anciennes
boulevard|du Plateau-Nord
chemin|du Rang-Double
chemin|des Trois-Lacs
chemin|de la Petite-Ferme
chemin|du Ruisseau-Clair
chemin|des Sucreries
rang|Sainte-Eulalie
rang|du Bras-Nord
rang|des Chutes
route|des Cantons
route|du Fleuve
montée|des Pionniers
montée|de la Butte
côte|des Ursulines-Bleues
côte|du Calvaire
place|des Tanneurs
croissant|des Alouettes
impasse|des Bleuetières
allée|des Saules-Pleureurs
promenade|du Littoral
terrasse|des Navigateurs
carré|des Arpenteurs
rue|Principale
rue|de l'Église
rue|du Parc-Industriel'''

STREETS_EN = '''Larchmere|Crescent
Ferncliff|Road
Stonebridge|Avenue
Harrowgate|Drive
Millbrook|Lane
Quarry|Road
Tamarack|Street
Kingfisher|Court
Bayview|Terrace
Orchard|Lane
Fairhaven|Avenue
Thornbury|Street
Wildwood|Crescent
Copperfield|Drive
Mapleleaf|Way
Riverside|Drive
Pinecrest|Road
Hillsdale|Avenue
Lakeshore|Road
Elmhurst|Street
Ashdown|Place
Glengarry|Avenue
Brookfield|Street
Westminster|Avenue
Sunnyside|Road
Cedarbrae|Court
Windermere|Crescent
Hawthorne|Lane'''

# Abroad: country -> street names (in the country's language), cities with
# their postcode shape ('#' a digit, 'A' a letter, '' none).
ABROAD = {
    'fr': ('+33', '''rue des Tonneliers|rue du Vieux-Marché|avenue Jean-Jaurès|rue de la République|boulevard Gambetta|rue des Capucins|impasse des Lilas|rue du Four-à-Chaux|allée des Tilleuls|rue Pasteur''',
           '''Lyon|69### Nantes|44### Rennes|35### Grenoble|38### Besançon|25### Limoges|87### Angers|49### Brest|29### Poitiers|86### Tours|37### Metz|57### Rouen|76### Lille|59### Toulouse|31###'''),
    'be': ('+32', '''rue des Brasseurs|rue de la Station|chaussée de Louvain|avenue des Nerviens|rue du Marché-aux-Herbes|Kerkstraat|Molenstraat|rue des Houilleurs''',
           '''Namur|5### Liège|4### Charleroi|6### Mons|7### Ixelles|1### Schaerbeek|1### Tournai|7### Verviers|4###'''),
    'ch': ('+41', '''chemin des Vignes|rue du Lac|avenue de la Gare|route de Berne|rue des Alpes''',
           '''Lausanne|1### Genève|12## Neuchâtel|2### Fribourg|17## Sion|19##'''),
    'ht': ('+509', '''rue Capois|rue Lamarre|rue Grégoire|impasse Lavaud|rue Faubert|route de Frères|rue Clerveaux|ruelle Roy''',
           '''Pétion-Ville|HT61## Delmas|HT61## Jacmel|HT91## Cap-Haïtien|HT11## Les_Cayes|HT81## Gonaïves|HT41## Saint-Marc|HT43##'''),
    'ma': ('+212', '''rue Ibn-Batouta|boulevard Zerktouni|rue Moulay-Ismaïl|avenue Hassan-II|derb Sidi-Bouloukat|rue Al-Moutanabbi''',
           '''Casablanca|20### Rabat|10### Fès|30### Meknès|50### Oujda|60### Tanger|90### Agadir|80###'''),
    'dz': ('+213', '''rue Didouche-Mourad|cité des 500 Logements|rue Larbi-Ben-M'hidi|boulevard Zighoud-Youcef|rue des Frères-Bouadou''',
           '''Alger|16### Oran|31### Constantine|25### Tizi_Ouzou|15### Béjaïa|06### Sétif|19###'''),
    'tn': ('+216', '''rue de Marseille|avenue Habib-Bourguiba|rue Ibn-Khaldoun|rue de Carthage''',
           '''Tunis|10## Sfax|30## Sousse|40## Bizerte|70##'''),
    'lb': ('+961', '''rue Monnot|rue Gouraud|rue Abdel-Wahab-el-Inglizi|rue du Liban|route de Zouk''',
           '''Achrafieh| Jounieh| Zahlé| Byblos| Tripoli|'''),
    'us': ('+1', '''Maple St|Cornelia St|Linden Ave|Harbor Rd|Birchwood Dr|Court St|Spring Garden St|Elm Ave''',
           '''Plattsburgh,_NY|129## Burlington,_VT|054## Boston,_MA|021## Miami,_FL|331## Brooklyn,_NY|112## Lowell,_MA|018## Orlando,_FL|328## Newark,_NJ|071##'''),
    'uk': ('+44', '''Cavendish Road|Mill Lane|Priory Street|Albion Terrace|Holloway Road|Victoria Grove''',
           '''London|NW#_#AA Leeds|LS#_#AA Manchester|M##_#AA Bristol|BS#_#AA Glasgow|G##_#AA Leicester|LE#_#AA'''),
    'pt': ('+351', '''Rua do Almada|Rua de Santa Catarina|Travessa do Carmo|Avenida da Liberdade|Rua das Flores''',
           '''Porto|4###-### Lisboa|1###-### Braga|47##-### Ponta_Delgada|95##-### Coimbra|30##-###'''),
    'it': ('+39', '''Via Garibaldi|Via dei Mille|Corso Vittorio Emanuele|Via della Spiga|Viale Trastevere''',
           '''Roma|00### Napoli|80### Palermo|90### Campobasso|86### Bari|70###'''),
    'mx': ('+52', '''Calle Durango|Avenida Insurgentes Sur|Calle Hidalgo|Calle Morelos''',
           '''Ciudad_de_México|06### Guadalajara|44### Mérida|97### Puebla|72###'''),
    'co': ('+57', '''Carrera 45|Calle 26|Carrera 7|Calle 72|Diagonal 40''',
           '''Bogotá| Medellín| Cali| Barranquilla|'''),
    'sn': ('+221', '''Sicap Liberté 2|Cité Keur Gorgui|rue Carnot|avenue Blaise-Diagne''',
           '''Dakar| Thiès| Saint-Louis| Ziguinchor|'''),
    'cm': ('+237', '''quartier Bastos|rue Joss|boulevard de la Liberté|quartier Essos''',
           '''Yaoundé| Douala| Bafoussam|'''),
    'vn': ('+84', '''đường Lê Lợi|đường Nguyễn Trãi|đường Hai Bà Trưng|đường Pasteur''',
           '''TP._Hồ_Chí_Minh| Hà_Nội| Đà_Nẵng| Huế|'''),
    'ph': ('+63', '''Mabini St.|Rizal Avenue|Katipunan Ave.|Aguinaldo St.''',
           '''Quezon_City|11## Cebu_City|60## Davao_City|80##'''),
}
COUNTRY = {'fr': ('France', 'France'), 'be': ('Belgique', 'Belgium'), 'ch': ('Suisse', 'Switzerland'), 'ht': ('Haïti', 'Haiti'),
           'ma': ('Maroc', 'Morocco'), 'dz': ('Algérie', 'Algeria'), 'tn': ('Tunisie', 'Tunisia'), 'lb': ('Liban', 'Lebanon'),
           'us': ('États-Unis', 'USA'), 'uk': ('Royaume-Uni', 'United Kingdom'), 'pt': ('Portugal', 'Portugal'),
           'it': ('Italie', 'Italy'), 'mx': ('Mexique', 'Mexico'), 'co': ('Colombie', 'Colombia'), 'sn': ('Sénégal', 'Senegal'),
           'cm': ('Cameroun', 'Cameroon'), 'vn': ('Viêt Nam', 'Vietnam'), 'ph': ('Philippines', 'Philippines')}
# International phone shapes by calling code ('#' a digit).
INTL_PHONE = {'+33': ['+33 6 ## ## ## ##', '+33 7 ## ## ## ##', '0033 6 ## ## ## ##', '+33 (0)4 ## ## ## ##'],
              '+32': ['+32 47# ## ## ##', '+32 4 ### ## ##'], '+41': ['+41 7# ### ## ##'],
              '+509': ['+509 3# ## ####', '+509 4###-####', '(509) 3###-####'], '+212': ['+212 6##-######', '+212 (0)6 ## ## ## ##'],
              '+213': ['+213 (0)5## ## ## ##', '+213 7## ## ## ##'], '+216': ['+216 ## ### ###'], '+961': ['+961 3 ### ###', '+961 70 ### ###'],
              '+1': ['+1 (518) ###-####', '+1 802-###-####', '+1 617 ### ####'], '+44': ['+44 7### ######', '+44 (0)20 #### ####'],
              '+351': ['+351 9## ### ###'], '+39': ['+39 3## ### ####'], '+52': ['+52 55 #### ####', '+52 1 999 ### ####'],
              '+57': ['+57 3## ### ####'], '+221': ['+221 7# ### ## ##'], '+237': ['+237 6## ## ## ##'], '+84': ['+84 9# ### ####'],
              '+63': ['+63 9## ### ####'], '+86': ['+86 13# #### ####'], '+82': ['+82 10-####-####'], '+98': ['+98 912 ### ####'],
              '+91': ['+91 9#### #####'], '+94': ['+94 7# ### ####'], '+380': ['+380 6# ### ## ##'], '+48': ['+48 5## ### ###'],
              '+40': ['+40 7## ### ###'], '+30': ['+30 69# ### ####'], '+243': ['+243 8## ### ###'], '+250': ['+250 78# ### ###']}
ORIGIN_CC = {'ht': '+509', 'mg': '+213 +212 +216', 'lb': '+961', 'vi': '+84', 'zh': '+86', 'ko': '+82', 'la': '+57 +52', 'pt': '+351',
             'it': '+39', 'gr': '+30', 'ee': '+48 +40', 'ua': '+380', 'wa': '+221', 'ca': '+243 +237 +250', 'sa': '+91 +94',
             'ph': '+63', 'fa': '+98', 'qc': '+33 +32', 'ac': '+33', 'en': '+44 +1', 'am': '+33', 'in': '+1'}

# Organisations; a leading "x|" gives the French article (m le, f la, v l', p les, 0 none).
ORGS_FR = '''m|CLSC des Hautes-Laurentides
m|CLSC du Vieux-Pont
m|CLSC de la Matawinie
m|CLSC des Maskoutains
v|Hôpital du Haut-Richelieu
v|Hôpital de Gaspé
m|Carrefour d'intégration de Lanaudière
v|Accueil multiethnique de la Mauricie
m|Centre d'accueil et d'intégration des personnes immigrantes
f|Maison des familles immigrantes de Laval
f|Ligne d'écoute pour personnes aînées
m|Centre de justice de proximité
v|Association des aînés de Ripon
f|Garderie Les Petits Explorateurs
m|CPE Pomme de Reinette
m|CPE Les Mille-Pattes
v|École primaire des Grands-Pins
v|École secondaire de la Magdeleine
f|Municipalité de Saint-Édouard
f|Municipalité de Lac-Supérieur
f|Ville de Beloeil
m|Comptoir d'entraide de Wendake
f|Cuisine solidaire de Pointe-Nord
f|Maison du Havre
m|Refuge La Traverse
f|Mutuelle d'assurance des Appalaches
f|Banque Laurentienne
f|Caisse Desjardins des Moulins
m|Syndicat des employés municipaux de Beloeil
m|Syndicat des professionnelles en soins de l'Estrie
m|CLSC de la Haute-Gaspésie
m|CIUSSS de l'Estrie-CHUS
m|CISSS de l'Abitibi-Témiscamingue
m|CISSS des Laurentides
v|Hôpital de Chicoutimi
v|Hôpital régional de Rimouski
m|Centre hospitalier de Lachine
m|Tribunal administratif du Québec
m|Tribunal administratif du logement
f|Cour du Québec, chambre civile
f|Société de l'assurance automobile du Québec
f|SAAQ - Direction de l'accès au réseau routier
f|SAAQ - Service de l'évaluation médicale
f|Société de l'assurance automobile du Québec (SAAQ)
0|SAAQ, Service à la clientèle
f|Régie de l'assurance maladie du Québec
m|Centre de services scolaire des Affluents
m|Centre de services scolaire du Fleuve-et-des-Lacs
m|Centre de services scolaire de la Moyenne-Côte-Nord
v|École secondaire des Chutes
v|École primaire du Boisé-Fleuri
m|CPE Les Petits Pinsons
m|CPE La Ribambelle des Monts
f|Garderie éducative Les Trottineurs
f|Ville de Mirabel
f|Municipalité de Saint-Donat
f|Ville de Victoriaville
f|Ville de Sainte-Julie
m|Service de sécurité incendie de Granby
m|Service de l'urbanisme de Magog
f|Cuisine collective du Quartier-Sud
m|Comptoir alimentaire L'Entraide
f|Banque alimentaire du Haut-Richelieu
f|Maison d'hébergement Le Phare
m|Refuge du Vieux-Port
f|Maison Marguerite-des-Neiges
m|Syndicat des travailleuses et travailleurs du CISSS
f|Fédération de la santé et des services sociaux
v|Association des locataires de Pointe-Nord
v|Association québécoise de défense des droits des retraités
m|Centre d'action bénévole du Granit
m|Carrefour d'accueil des nouveaux arrivants
m|Service d'aide aux immigrants de l'Estrie
f|Ligne Aide Abus Aînés
m|Commissariat aux plaintes et à la qualité des services
v|Office municipal d'habitation de Rouyn-Noranda
f|Caisse Desjardins du Haut-Saint-Laurent
f|Banque Nationale
f|Mutuelle des Bâtisseurs
f|Promutuel Assurance Vallée-du-Saint-Laurent
m|Groupe conseil Équinoxe
f|Coopérative de solidarité Le Grenier
f|Société de transport de Laval
m|Centre de réadaptation en déficience physique
v|Hydro-Québec
m|Centre d'aide et de lutte contre les agressions à caractère sexuel
f|Régie intermunicipale de police Richelieu-Saint-Laurent
m|Service de police de la Ville de Gatineau
f|Sûreté du Québec
f|Commission des normes, de l'équité, de la santé et de la sécurité du travail
0|Revenu Québec
0|Services Québec
m|Ministère de l'Immigration, de la Francisation et de l'Intégration
m|Curateur public du Québec
f|Clinique juridique populaire de l'Est
m|Centre communautaire Le Pivot
v|Auberge du Cœur Le Tremplin'''

ORGS_EN = '''Jewish General Hospital
Douglas Mental Health University Institute
Shriners Hospital for Children
CLSC Lac-Saint-Louis
CLSC Parc-Extension
Wakeham Elementary School
Pierrefonds Comprehensive High School
Tiny Tots Cooperative Daycare
Bright Beginnings Child Care
Town of Stanstead Housing Office
Saint-Laurent Community Food Pantry
NDG Community Council Food Bank
Women's Centre of Montreal
Harbour House Shelter
Economical Insurance
Wawanesa Insurance
Montreal Teachers' Association
Quebec Provincial Association of Teachers
Teamsters Local 1999
Lakeshore General Hospital
Montreal Children's Hospital
Brome-Missisquoi-Perkins Hospital
CLSC Métro
CIUSSS West-Central Montreal
English Montreal School Board
Riverside School Board
Central Quebec School Board
Eastern Townships School Board
Westmount Park Elementary School
Royal Vale School
Beaconsfield High School
Little Acorns Daycare
Sunflower Early Learning Centre
Société de l'assurance automobile du Québec
SAAQ - Driver Licensing Services
SAAQ Medical Evaluation Department
Société de l'assurance automobile du Québec (SAAQ)
SAAQ Customer Service
St. Mary's Hospital Center
Montreal General Hospital
Royal Victoria Hospital
Sherbrooke Hospital
Barrie Memorial Hospital
Lachine Hospital
Régie de l'assurance maladie du Québec
Administrative Housing Tribunal
Town of Hudson
City of Pointe-Claire
City of Sherbrooke
Town of Stanstead
West Island Food Bank
NDG Food Depot
Chateauguay Valley Community Food Hub
Old Brewery Mission
Chez Doris Women's Shelter
Maison Tangente
Welcome Hall Mission
Royal Bank of Canada
TD Canada Trust
Desjardins Insurance
Intact Insurance
La Capitale
Canadian Union of Public Employees Local 4512
Public Service Alliance of Canada
Tenants' Association of Parc-Extension
Head and Hands
Black Community Resource Centre
Agence Ometz
YMCA Residence
Revenu Québec
Service Canada
Immigration, Refugees and Citizenship Canada
Montreal Police Service
Sûreté du Québec
Hydro-Québec
STM Customer Service
Northern Quebec Module'''

# Organisations holding a person's name, put together at run time from the
# name parts of the half: "{s}" a surname, "{g}" a given name.
ORG_NAMED_FR = '''Dépanneur {s}
Garage {s} et fils
Quincaillerie {s}
Fondation {g}-{s}
Clinique dentaire {s}
Clinique médicale {g}-{s}
Pharmacie {s}
Pharmacie {s} et {s2}
Transport {s} inc.
Érablière {s}
Pavillon {g}-{s}
Boulangerie {s}
Ferme {s} et frères
Salon funéraire {s}
Notaires {s} {s2}
Toiture {s}
École {g}-{s}
Centre sportif {g}-{s}
Traiteur {s}'''

ORG_NAMED_EN = '''{s} Hardware
{s} & Sons Plumbing
{g} {s} Foundation
{s} Family Pharmacy
{s} Dental Clinic
{s} Medical Clinic
{s} & {s2} Family Medicine Group
{s} Moving Ltd.
{s} & {s2} LLP
{s} Auto Body
{g} {s} Community Centre
{s} Bakery
{s} Insurance Brokers
{g} {s} Elementary School'''

LAWS_FR = '''Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels (RLRQ, c. A-2.1)
article 53 de la Loi sur l'accès (RLRQ, c. A-2.1)
Loi sur les services de santé et les services sociaux (RLRQ, c. S-4.2)
article 19 de la Loi sur les services de santé et les services sociaux
Loi sur l'instruction publique (RLRQ, c. I-13.3), art. 96.14
Loi sur les services de garde éducatifs à l'enfance (RLRQ, c. S-4.1.1)
Règlement sur les services de garde éducatifs à l'enfance, art. 123
Code de la sécurité routière (RLRQ, c. C-24.2), art. 180
article 202.4 du Code de la sécurité routière
article 76.1 du Code de la sécurité routière
article 106.1 du Code de la sécurité routière
Règlement sur les permis (RLRQ, c. C-24.2, r. 34)
article 83.30 de la Loi sur l'assurance automobile
article 209.2 du Code de la sécurité routière
Règlement sur les permis et certificats no 2020-08
article 369 de la Loi sur les cités et villes
Règlement de construction no 455-2018
article 59 de la Loi sur les normes du travail
article 15 du Code du travail
Loi sur l'assurance automobile (RLRQ, c. A-25)
Loi sur le Tribunal administratif du logement (RLRQ, c. T-15.01)
article 1974 du Code civil du Québec
article 1912 du Code civil du Québec
Loi sur les normes du travail (RLRQ, c. N-1.1), art. 124
article 81.18 de la Loi sur les normes du travail
Code du travail (RLRQ, c. C-27), art. 100
Loi sur la justice administrative (RLRQ, c. J-3)
Loi visant à lutter contre la maltraitance envers les aînés (RLRQ, c. L-6.3)
Loi sur l'aide aux personnes et aux familles (RLRQ, c. A-13.1.1)
Charte des droits et libertés de la personne, art. 10
Loi sur les cités et villes (RLRQ, c. C-19)
Règlement de zonage no 1275-2019
Règlement sur les nuisances no RM-450
Loi sur l'immigration au Québec (RLRQ, c. I-0.2.1)
Loi sur la protection des renseignements personnels dans le secteur privé (RLRQ, c. P-39.1)
Loi sur les assurances (RLRQ, c. A-32)'''

LAWS_EN = '''Act respecting access to documents held by public bodies (CQLR, c. A-2.1)
section 83 of the Access Act
Act respecting health services and social services (CQLR, c. S-4.2)
Education Act (CQLR, c. I-13.3), s. 96.14
Educational Childcare Act (CQLR, c. S-4.1.1)
Highway Safety Code (CQLR, c. C-24.2), s. 202.2
section 76.1.2 of the Highway Safety Code
Highway Safety Code, s. 328
section 106.1 of the Highway Safety Code
Regulation respecting licences (CQLR, c. C-24.2, r. 34)
Automobile Insurance Act, s. 83.30
section 209.2 of the Highway Safety Code
Labour Code, s. 15
section 59 of the Act respecting labour standards
Automobile Insurance Act (CQLR, c. A-25)
article 1863 of the Civil Code of Québec
Act respecting labour standards (CQLR, c. N-1.1), s. 79.7
section 124 of the Act respecting labour standards
Labour Code (CQLR, c. C-27), s. 47.2
Act to combat maltreatment of seniors (CQLR, c. L-6.3)
Charter of human rights and freedoms, s. 10
Act respecting the protection of personal information in the private sector (CQLR, c. P-39.1)
Act respecting insurance (CQLR, c. A-32)
By-law 2021-117 concerning nuisances
section 16 of the Act respecting administrative justice
Code of Civil Procedure, art. 49'''

DOMAINS = '''gmail.com hotmail.com outlook.com yahoo.fr videotron.ca bell.net cgocable.ca globetrotter.net sympatico.ca icloud.com
    hotmail.fr live.ca protonmail.com yahoo.com outlook.fr xplornet.ca'''
WORK_DOMAINS = '''clsc-hautes-laurentides.qc.ca ciusss-estrie.gouv.qc.ca cssaffluents.gouv.qc.ca cpe-pinsons.ca ville.mirabel.qc.ca
    saint-donat.ca bacentraide.org maisonlephare.org syndicat-stt.qc.ca carrefouraccueil.org mutuellebatisseurs.ca taq.gouv.qc.ca
    groupe-equinoxe.com lakeshorefoodhub.org riversideschools.ca littleacorns.ca westislandfood.org'''


# ---------------------------------------------------------------------------
# Ordinary sentences (kind content), by language and domain, one a line.
# They hold no personal information.

CONTENT = {
 'fr union': '''Le syndicat conteste la mesure disciplinaire imposée.
La convention collective prévoit un délai de trente jours pour déposer un grief.
Nous demandons l'annulation de la suspension et le remboursement du salaire perdu.
L'employeur n'a pas respecté la procédure prévue pour l'attribution des postes.
Une rencontre avec la partie patronale aura lieu dans les prochaines semaines.
La mesure imposée est disproportionnée compte tenu du dossier de la personne salariée.
Le grief est déposé dans le délai prévu à la convention collective.
Nous demandons que toute mention de cette mesure soit retirée du dossier.
Les représentants syndicaux sont disponibles pour une rencontre.
La personne salariée n'avait jamais fait l'objet d'une mesure disciplinaire.
La procédure d'enquête n'a pas été suivie.
Nous réservons nos droits quant à tout autre recours.''',
 'fr attest': '''Le présent document est remis sans préjudice.
L'employé ne fait l'objet d'aucune période de probation.
L'entreprise ne prévoit pas de mise à pied dans ce service.
Le contrat de travail est à durée indéterminée.
La présente attestation est délivrée à la demande de l'intéressé.
Le poste est permanent, à temps plein, à raison de trente-cinq heures par semaine.
Les heures supplémentaires doivent être autorisées au préalable.
Aucune mesure disciplinaire ne figure au dossier.
L'horaire de travail est du lundi au vendredi.
Cette attestation ne constitue pas une lettre de recommandation.
Pour toute vérification, veuillez communiquer avec le service des ressources humaines.
Le lien d'emploi est toujours actif à ce jour.
Les renseignements ci-dessus sont exacts selon nos registres.''',
 'en union': '''The union disputes the disciplinary measure imposed.
The collective agreement provides thirty days to file a grievance.
We request that the suspension be cancelled and lost wages reimbursed.
The employer did not follow the procedure for posting vacancies.
The measure is disproportionate given the employee's record.
The grievance is filed within the time limit set by the collective agreement.
We ask that any mention of this measure be removed from the file.
Union representatives are available to meet.
The employee had never been disciplined before.
The investigation procedure was not followed.
We reserve our rights regarding any other remedy.''',
 'fr generic': '''La situation sera réévaluée au besoin.
Aucun autre élément n'est à signaler pour le moment.
Les informations ont été vérifiées avant d'être consignées.
Un suivi est prévu dans les prochains jours.
La personne a été informée des prochaines étapes.
Les démarches déjà entreprises se poursuivent.
Il n'y a pas eu de changement depuis la dernière note.
Les consignes ont été expliquées de nouveau, calmement.
La rencontre s'est terminée sur une note positive.
Le tout a été discuté avec la responsable de l'équipe.
Les documents reçus ont été classés au dossier.
La demande sera traitée selon l'ordre d'arrivée.
Une autre rencontre pourrait être nécessaire.
Les personnes concernées ont été avisées.
L'information a été transmise à l'équipe de soir.
Personne n'a été blessé.
Le délai habituel a été respecté.
La politique interne prévoit cette façon de faire.
Les commentaires reçus ont été notés.
La question reste ouverte pour l'instant.''',
 'en generic': '''The situation will be reassessed as needed.
Nothing else to report at this time.
The information was checked before being recorded.
A follow-up is planned in the coming days.
The person was told about the next steps.
The steps already under way are continuing.
There has been no change since the last note.
The instructions were explained again, calmly.
The meeting ended on a positive note.
Everything was discussed with the team lead.
Documents received were placed in the file.
Requests are handled in the order they come in.
Another meeting may be needed.
The people concerned have been notified.
The information was passed on to the evening team.
Nobody was hurt.
The usual timeline was respected.
Internal policy calls for this approach.
Comments received were noted.
The question remains open for now.''',
 'fr health': '''La plaie au talon est propre et ne montre aucun signe d'infection.
Le pansement a été changé selon le protocole prévu au plan de soins.
La médication a été revue avec l'usager et le pilulier est bien rempli pour la semaine.
L'usager se déplace avec sa marchette dans l'appartement sans difficulté apparente.
La tension artérielle est stable depuis la dernière visite.
Une évaluation en ergothérapie est recommandée pour adapter la salle de bain.
Le réfrigérateur contenait peu de nourriture, ce qui a été signalé à l'équipe.
L'usager affirme dormir mieux depuis que la dose du soir a été ajustée.
Aucune chute n'a été rapportée depuis le début du suivi.
La famille souhaite être informée de tout changement dans l'état de santé.
Le service de popote roulante sera offert trois midis par semaine.
Les bas de compression sont difficiles à enfiler sans aide.
L'enseignement sur l'insuline a été repris et bien compris.
Le patient a reçu son congé en fin d'après-midi après la visite du médecin traitant.
Les signes vitaux sont demeurés normaux pendant toute l'hospitalisation.
Un rendez-vous de contrôle en clinique externe sera fixé par téléphone.
Il est conseillé d'éviter de soulever des charges lourdes pendant six semaines.
La douleur est bien contrôlée avec les analgésiques prescrits.
Le patient doit revenir à l'urgence en cas de fièvre ou de saignement.
La physiothérapie se poursuivra à domicile deux fois par semaine.
Les résultats sanguins du matin étaient dans les limites de la normale.
L'alimentation a été reprise progressivement et elle est bien tolérée.''',
 'fr court': '''L'audience débute à l'heure prévue en présence des parties.
Le tribunal rappelle que l'audience est enregistrée.
Les pièces déposées sont cotées et versées au dossier.
La représentante de l'organisme demande une courte suspension.
Le témoin déclare solennellement dire la vérité.
Le tribunal prend l'affaire en délibéré.
Les parties ne s'opposent pas au dépôt du rapport d'expertise.
Une remise est accordée afin de permettre la production de documents additionnels.
Le requérant conteste la décision rendue en révision administrative.
Le tribunal explique le déroulement de l'audience et l'ordre des témoins.
L'interprète est assermentée avant le début des témoignages.
Les arguments portent principalement sur la date de consolidation de la lésion.
La partie intimée n'a pas de question pour ce témoin.
Le tribunal invite les parties à tenter une conciliation.
Une décision écrite sera transmise aux parties par la poste.
L'audience est levée en fin de journée.
Le témoin confirme avoir reçu l'avis de convocation à temps.
Le procureur dépose une jurisprudence à l'appui de sa position.''',
 'fr municipal': '''Les travaux ont commencé sans qu'aucun permis ne soit affiché sur le terrain.
Le bruit de la machinerie se fait entendre dès six heures le matin.
Un inspecteur se rendra sur place pour constater la situation.
La clôture semble empiéter sur l'emprise municipale.
Les conteneurs débordent depuis plusieurs jours et attirent les goélands.
Le citoyen demande que la ville fasse respecter le règlement.
Le dossier a été transmis au service de l'urbanisme pour analyse.
Une lettre d'avertissement a été envoyée au propriétaire concerné.
La requête sera fermée si aucune infraction n'est constatée.
Les résidents du secteur se plaignent aussi de la poussière.
Le conseil prend note de la question et s'engage à y revenir.
La période de questions est limitée à trente minutes.
La mairesse rappelle que chaque intervenant dispose de deux minutes.
Le projet de piste cyclable fera l'objet d'une consultation publique.
Les citoyens présents sont remerciés pour leur participation.
Le déneigement du trottoir est fait irrégulièrement depuis le début de l'hiver.
Des arbres matures ont été abattus sans autorisation.
La séance est levée après l'épuisement de l'ordre du jour.''',
 'fr transport': '''Le certificat d'immatriculation doit être conservé dans le véhicule.
La carte d'assurance maladie sert de pièce d'identité au comptoir.
Des frais s'appliquent pour le remplacement d'un permis perdu.
Votre permis de conduire sera suspendu à compter de la date indiquée ci-dessous.
Vous pouvez demander une révision de cette décision dans les trente jours.
Le véhicule doit être soumis à une vérification mécanique avant sa remise en circulation.
Le dossier de conduite fait état de plusieurs points d'inaptitude.
Un examen médical est exigé pour maintenir la classe de permis.
Le formulaire doit être rempli par un professionnel de la santé.
Les frais d'immatriculation n'ont pas été acquittés à la date d'échéance.
Veuillez conserver cette lettre avec vos documents importants.
Le paiement peut être fait en ligne ou dans un centre de service.
Vous recevrez une nouvelle carte dans les prochaines semaines.
Aucune action n'est requise si vous avez déjà réglé la situation.
Nous vous remercions de votre collaboration.
Une séance d'évaluation de la conduite automobile est prévue.
La photo du permis doit être reprise lors du prochain renouvellement.''',
 'fr school': '''L'élève montre une bonne motivation lorsque les consignes sont données une à la fois.
Les objectifs du plan seront révisés à la fin de l'étape.
L'utilisation d'un ordinateur avec correcteur est autorisée pendant les évaluations.
Un temps supplémentaire d'un tiers est accordé pour les examens.
L'enseignante observe des progrès en lecture depuis le début de l'année.
Les parents sont invités à lire avec l'enfant quinze minutes chaque soir.
L'élève bénéficie d'un local calme pour les évaluations de fin d'étape.
La technicienne en éducation spécialisée accompagnera l'élève aux récréations.
Les moyens retenus seront communiqués à tous les enseignants du groupe.
Un suivi en orthophonie sera demandé au centre de services.
L'élève a de la difficulté à gérer sa frustration lors des travaux d'équipe.
Un tableau de responsabilités sera utilisé en classe et à la maison.
Le comité se réunira de nouveau avant la fin de l'année scolaire.
L'élève participe volontiers aux activités sportives du midi.
La collaboration entre l'école et la famille est jugée excellente.
Les absences répétées nuisent à la continuité des apprentissages.''',
 'fr food': '''La demande d'aide alimentaire est renouvelable tous les trois mois.
Le ménage a droit à un panier par semaine selon la grille en vigueur.
Une preuve de revenu récente est demandée lors de l'inscription.
Les denrées fraîches sont distribuées le jeudi après-midi.
La famille préfère ne pas recevoir de produits contenant du porc.
Une allergie aux arachides est signalée pour un des enfants.
Le bénévole a expliqué le fonctionnement de l'épicerie solidaire.
Le ménage est référé à la cuisine collective du quartier.
Aucun moyen de transport n'est disponible pour venir chercher le panier.
La livraison à domicile pourra être offerte pendant l'hiver.
Les bons d'achat pour les fournitures scolaires sont épuisés pour cette année.
La situation financière s'est détériorée après la perte d'un emploi.
Le formulaire d'inscription a été rempli avec l'aide d'une intervenante.
Les couches et le lait maternisé sont offerts selon les stocks disponibles.''',
 'fr daycare': '''L'enfant jouait dans le module d'escalade lorsqu'il a glissé.
Une compresse froide a été appliquée pendant une dizaine de minutes.
L'enfant a repris ses activités normalement après l'incident.
Le parent a été avisé à son arrivée en fin de journée.
Aucune trace de blessure n'était visible au moment du départ.
L'éducatrice a observé la scène et est intervenue immédiatement.
La surface de jeu a été vérifiée et aucune anomalie n'a été relevée.
L'enfant a bien dîné et a fait une sieste d'une heure.
Un autre enfant a mordu l'épaule de l'enfant pendant le jeu libre.
La trousse de premiers soins a été réapprovisionnée.
Les parents sont invités à surveiller tout changement de comportement.
L'équipe revoit les règles d'utilisation du carré de sable.
L'enfant pleurait beaucoup et a été consolé dans le coin calme.
Le rapport est conservé au dossier de l'enfant.''',
 'fr hr': '''Les échéances sont généralement respectées.
La communication avec l'équipe pourrait être plus fréquente.
Une formation sur le nouveau logiciel a été suivie avec succès.
La charge de travail a augmenté en cours d'année.
La plupart des objectifs fixés au début de l'année sont atteints.
La qualité du travail est constante et appréciée par l'équipe.
Des retards répétés ont été notés au cours des derniers mois.
Une formation en gestion du temps est recommandée.
Les relations avec la clientèle sont courtoises et professionnelles.
La rencontre d'évaluation s'est déroulée dans un climat cordial.
Des objectifs précis seront établis pour la prochaine période.
Fait preuve d'initiative lorsque des problèmes surviennent.
L'équipe souligne sa grande disponibilité pendant la période de pointe.
Le plan de développement sera revu dans six mois.''',
 'fr callcentre': '''Je vais vérifier votre dossier, un instant s'il vous plaît.
Merci de votre patience, je suis toujours en ligne avec vous.
Je vous mets en attente quelques secondes.
Le paiement a bien été reçu la semaine dernière.
Je ne vois pas de solde impayé dans votre compte.
Vous allez recevoir une confirmation par la poste.
Est-ce que je peux vous aider avec autre chose aujourd'hui?
Je comprends votre frustration et je vais faire le suivi.
La demande a été transmise au service concerné.
Le délai de traitement est d'environ dix jours ouvrables.
Je vais noter vos commentaires au dossier.
L'appel peut être enregistré à des fins de qualité.''',
 'fr chat': '''ok je te reviens là-dessus
merci beaucoup!!
je suis dans le trafic, j'arrive
ça marche pour moi
tu peux me rappeler après le souper?
oublie pas les papiers pour demain
je pense que c'est réglé
on se voit à la réunion
haha ok
j'ai laissé la clé dans la boîte aux lettres
peux-tu vérifier si c'est encore ouvert?
je t'envoie ça ce soir
super, merci pour ton aide
c'est noté
il neige trop, je reste à la maison
bonne fin de semaine!''',
 'fr office': '''Vous trouverez ci-joint les documents demandés.
Nous accusons réception de votre demande et nous la traiterons dans les meilleurs délais.
N'hésitez pas à communiquer avec nous pour toute question.
Le dossier sera fermé si nous ne recevons pas de réponse.
Les bureaux seront fermés pendant la période des fêtes.
Je vous prie d'agréer mes salutations distinguées.
La rencontre est reportée à une date ultérieure.
Merci de confirmer votre présence avant vendredi.
Les renseignements fournis demeurent confidentiels.
La version corrigée remplace celle envoyée précédemment.
Le formulaire doit être signé et retourné par la poste.
Nous regrettons les inconvénients causés par ce délai.
Une copie de cette lettre est conservée au dossier.
La demande est incomplète et ne peut être traitée pour le moment.
Veuillez prendre note du changement d'adresse de nos bureaux.
Le document original devra être présenté lors du rendez-vous.''',
 'fr immigration': '''La famille est arrivée récemment et cherche un logement permanent.
Une inscription aux cours de francisation a été faite.
Les enfants seront inscrits à l'école du quartier dès la semaine prochaine.
Les documents d'identité ont été photocopiés avec le consentement de la personne.
Un accompagnement est offert pour l'ouverture d'un compte bancaire.
La personne parle un peu le français et maîtrise bien l'anglais.
Une demande de carte d'assurance maladie est en cours.
Le délai de carence pour la couverture médicale a été expliqué.
Un jumelage avec une famille bénévole est proposé.
La personne souhaite faire reconnaître son diplôme obtenu à l'étranger.
Une séance d'information sur le marché du travail aura lieu au centre.
Les vêtements d'hiver ont été fournis par le comptoir communautaire.
La famille est hébergée temporairement chez des proches.''',
 'fr elder': '''La personne aînée semble craintive lorsqu'on aborde la question de ses finances.
Des retraits importants auraient été faits sans son consentement.
La voisine a remarqué que le courrier s'accumule depuis plusieurs jours.
La personne vit seule et reçoit peu de visites.
Un signalement a été fait au commissaire aux plaintes.
La personne refuse pour l'instant toute intervention.
Une visite conjointe avec le travailleur social est planifiée.
Les soins d'hygiène ne semblent pas être donnés régulièrement.
La personne demande que sa famille ne soit pas informée de l'appel.
L'intervenante rappellera dans quarante-huit heures pour faire le point.
Des conseils de prévention de la fraude ont été donnés.
La situation ne présente pas de danger immédiat selon l'appelante.''',
 'fr insurance': '''Le dégât d'eau provient d'un bris de conduite dans la salle de bain de l'étage.
Les dommages touchent le plafond de la cuisine et le plancher du salon.
Un expert en sinistre visitera les lieux dans les prochains jours.
Les photos des biens endommagés ont été jointes à la réclamation.
La franchise prévue au contrat sera déduite de l'indemnité.
Les factures de réparation doivent être conservées.
Un entrepreneur a été mandaté pour assécher les lieux.
L'assuré a dû loger à l'hôtel pendant trois nuits.
La réclamation est à l'étude et une réponse suivra.
Les biens de valeur n'étaient pas déclarés à l'avenant.
Le rapport de police est requis pour traiter une réclamation pour vol.
Le montant de l'indemnité sera versé par dépôt direct.''',
 'fr shelter': '''Les lumières de la salle commune ont été éteintes à l'heure prévue.
Une résidente a demandé une couverture supplémentaire.
La porte arrière a été vérifiée deux fois pendant la nuit.
Le déjeuner a été préparé par l'équipe de nuit.
La nuit a été calme dans l'ensemble.
Une résidente a demandé à parler à une intervenante vers minuit.
Les chambres ont été vérifiées à la ronde de deux heures.
Le repas du soir a été servi à l'heure habituelle.
Une nouvelle admission a été faite en soirée.
La résidente a quitté pour son rendez-vous et est revenue avant le couvre-feu.
Le téléphone de la ligne d'écoute a sonné à plusieurs reprises.
Une dispute a éclaté dans la salle commune et a été désamorcée.
Les enfants se sont couchés tôt après l'activité de bricolage.
L'équipe de jour devra faire un suivi pour la demande de logement.
Aucun incident n'est à signaler pour la fin de semaine.
Une plainte pour du bruit a été reçue d'un voisin de la maison.''',
 'en health': '''The wound on the left heel is clean and shows no sign of infection.
The dressing was changed according to the care plan.
Medication was reviewed and the pill organizer is filled for the week.
The client moves around the apartment with a walker without apparent difficulty.
Blood pressure has been stable since the last visit.
An occupational therapy assessment is recommended to adapt the bathroom.
There was very little food in the fridge, which was reported to the team.
The client reports sleeping better since the evening dose was adjusted.
No falls have been reported since follow-up began.
Compression stockings are hard to put on without help.
Insulin teaching was repeated and well understood.
The patient was discharged in the late afternoon after the attending physician's visit.
Vital signs remained normal throughout the hospital stay.
A follow-up appointment at the outpatient clinic will be booked by phone.
Heavy lifting should be avoided for six weeks.
Pain is well controlled with the prescribed analgesics.
The patient should return to the emergency department in case of fever or bleeding.
Physiotherapy will continue at home twice a week.
Morning blood work was within normal limits.
Diet was gradually resumed and is well tolerated.''',
 'en hr': '''Deadlines are generally met.
Communication with the team could be more frequent.
Training on the new software was completed successfully.
The workload increased during the year.
Meets most of the objectives set at the beginning of the year.
The quality of work is consistent and appreciated by the team.
Repeated late arrivals were noted over the last few months.
Training in time management is recommended.
Relations with clients are courteous and professional.
The review meeting took place in a friendly atmosphere.
Specific goals will be set for the next period.
Takes initiative when problems come up.
The team highlights a great availability during the busy season.
The development plan will be reviewed in six months.
I would hire this candidate again without hesitation.
Reliable, and got along well with coworkers.
Attendance was never an issue during the contract.''',
 'en callcentre': '''Let me pull up your file, one moment please.
Thank you for your patience, I'm still on the line.
I'm going to put you on hold for a few seconds.
The payment was received last week.
I don't see any outstanding balance on your account.
You will receive a confirmation by mail.
Is there anything else I can help you with today?
I understand your frustration and I will follow up.
The request has been sent to the right department.
Processing takes about ten business days.
I'll add your comments to the file.
This call may be recorded for quality purposes.''',
 'en chat': '''ok will get back to you on that
thanks so much!!
stuck in traffic, on my way
works for me
can you call me back after dinner?
don't forget the forms for tomorrow
i think it's sorted out
see you at the meeting
lol ok
left the key in the mailbox
can you check if it's still open?
i'll send it tonight
great, thanks for your help
noted
too much snow, staying home
have a good weekend!
can everyone see my screen?
you're on mute
sorry, my connection dropped''',
 'en office': '''Please find attached the documents you requested.
We acknowledge receipt of your request and will process it as soon as possible.
Do not hesitate to contact us if you have any questions.
The file will be closed if we do not receive a reply.
Our offices will be closed during the holidays.
The meeting has been postponed to a later date.
Please confirm your attendance before Friday.
The information provided remains confidential.
The corrected version replaces the one sent earlier.
The form must be signed and returned by mail.
We regret any inconvenience caused by this delay.
A copy of this letter is kept on file.
The request is incomplete and cannot be processed for now.
Please note that our offices have moved.
The original document must be presented at the appointment.''',
 'en daycare': '''The child was playing on the climbing structure when he slipped.
A cold compress was applied for about ten minutes.
The child went back to normal activities after the incident.
The parent was informed at pick-up time.
No visible injury was noted at departure.
The educator saw what happened and stepped in right away.
The play surface was checked and no hazard was found.
The child ate well at lunch and napped for an hour.
Another child bit the child's shoulder during free play.
The first aid kit was restocked.
Parents are asked to watch for any change in behaviour.
The team is reviewing the rules for the sandbox.
The report is kept in the child's file.''',
 'en food': '''The pantry is closed on statutory holidays.
Baskets include dry goods, dairy and some fresh produce.
Clients may bring their own bags.
Food assistance can be renewed every three months.
The household is entitled to one basket per week under the current guidelines.
Recent proof of income is requested at registration.
Fresh produce is handed out on Thursday afternoons.
The family prefers not to receive products containing pork.
A peanut allergy is reported for one of the children.
The volunteer explained how the community grocery works.
The household was referred to the neighbourhood collective kitchen.
No transportation is available to pick up the basket.
Home delivery may be offered during the winter.
School supply vouchers are sold out for this year.
The financial situation worsened after a job loss.
Diapers and infant formula are offered depending on stock.''',
 'en school': '''Homework will be limited to twenty minutes a day.
Instructions will be written on the board as well as given orally.
The student may take short movement breaks when needed.
A visual schedule will be posted on the desk.
The student is motivated when instructions are given one at a time.
The plan's goals will be reviewed at the end of the term.
Use of a laptop with spell check is allowed during tests.
Extra time of one third is granted for exams.
The teacher has seen progress in reading since the start of the year.
Parents are encouraged to read with the child fifteen minutes every evening.
The student writes tests in a quiet room.
The special education technician will accompany the student at recess.
The strategies will be shared with all the student's teachers.
A speech therapy referral will be requested.
The student has trouble managing frustration during group work.
A responsibility chart will be used in class and at home.
The committee will meet again before the end of the school year.
Collaboration between school and family is considered excellent.''',
 'en transport': '''Your driver's licence will be suspended as of the date shown below.
You may request a review of this decision within thirty days.
The vehicle must undergo a mechanical inspection before it is driven again.
The driving record shows several demerit points.
A medical examination is required to keep this licence class.
The form must be completed by a health professional.
Registration fees were not paid by the due date.
Please keep this letter with your important papers.
Payment can be made online or at a service centre.
You will receive a new card in the coming weeks.
No action is needed if you have already settled the matter.
Thank you for your cooperation.''',
 'en insurance': '''The water damage came from a broken pipe in the upstairs bathroom.
The damage affects the kitchen ceiling and the living room floor.
A claims adjuster will visit the premises in the coming days.
Photos of the damaged items were attached to the claim.
The deductible in the policy will be subtracted from the settlement.
Repair invoices must be kept.
A contractor was hired to dry out the premises.
The insured had to stay at a hotel for three nights.
The claim is under review and a reply will follow.
Valuables were not declared in a rider.
A police report is required to process a theft claim.
The settlement will be paid by direct deposit.''',
 'en shelter': '''The night was mostly quiet.
A resident asked to speak with a worker around midnight.
Rooms were checked during the two o'clock round.
Supper was served at the usual time.
A new intake was done in the evening.
The resident left for her appointment and came back before curfew.
The crisis line rang several times.
An argument broke out in the common room and was defused.
The children went to bed early after the craft activity.
The day team needs to follow up on the housing application.
Nothing to report for the weekend.
A noise complaint came in from a neighbour.''',
}

# Call-centre and hearing exchanges: "question|answer" (both content).
EXCHANGES = {
 'fr': '''Est-ce que vous avez reçu la lettre envoyée le mois dernier?|Oui, mais je ne l'ai pas encore lue au complet.
Depuis quand le problème dure-t-il?|Depuis le début de l'automne, à peu près.
Avez-vous déjà fait une demande semblable?|Non, c'est la première fois.
Est-ce que quelqu'un d'autre habite avec vous?|Seulement mon fils, qui est aux études.
Pouvez-vous m'expliquer ce qui s'est passé?|Le compteur a été changé sans qu'on soit avisés.
Est-ce que le paiement a été fait par chèque?|Non, par virement à partir de mon compte.
Avez-vous gardé une copie du formulaire?|Je pense que oui, je vais la chercher.
Est-ce que vous êtes disponible en matinée?|Plutôt en après-midi, à cause du travail.
Voulez-vous qu'on vous envoie le document par la poste?|Par courriel, ce serait plus simple.
Est-ce que la situation s'est améliorée depuis?|Un peu, mais ce n'est pas encore réglé.''',
 'en': '''Did you receive the letter we sent last month?|Yes, but I haven't read all of it yet.
How long has this been going on?|Since the beginning of the fall, more or less.
Have you made a similar request before?|No, this is the first time.
Does anyone else live with you?|Just my son, he's a student.
Can you explain what happened?|The meter was replaced without anyone telling us.
Was the payment made by cheque?|No, it was a transfer from my account.
Did you keep a copy of the form?|I think so, I'll look for it.
Are you available in the morning?|Afternoons are better because of work.
Would you like the document sent by mail?|Email would be easier.
Has the situation improved since then?|A little, but it's not fixed yet.''',
}

# Sentences with an ordinary word that is also a surname of the pools
# (decoy WORD): "before|word|after".
WORD_SENTS = {
 'fr': '''La |girouette| du toit de la grange a été arrachée par le vent.
Une |sarcelle| blessée a été apportée au centre de réhabilitation.
Le |chalumeau| a été rangé sous clé après les travaux.
L'|ardoise| du vestibule sert à noter les messages des résidents.
Un |bouvreuil| s'est posé sur la mangeoire du jardin.
Le |bruant| chante tôt le matin près du stationnement.
Un |caillou| a fissuré le pare-brise de la camionnette.
Le |carillon| de l'hôtel de ville sonne de nouveau.
La |cascade| du parc régional est fermée pour la saison.
Le |cerfeuil| du jardin collectif a été récolté par les bénévoles.
Le |cerisier| devant l'école a été planté l'an dernier.
Le |chardon| envahit le terrain vacant derrière l'aréna.
La |chaume| du toit de la cabane doit être refaite.
Le |chêne| centenaire du parc sera protégé.
Le |clairon| de la fanfare a été prêté à l'école.
La |cornemuse| a joué à l'ouverture de la cérémonie.
La |courge| récoltée a été donnée au comptoir alimentaire.
Une |cruche| d'eau est disponible à l'accueil.
Le |fenouil| n'a pas survécu au gel.
La |fougère| de la salle d'attente a besoin d'eau.
Le |fournil| de la boulangerie communautaire ouvre à six heures.
La |gadelle| sert à faire la confiture de l'atelier.
Un |galet| peint a été laissé sur le banc du parc.
Le |genévrier| le long de la clôture sera taillé.
Le |gravier| de l'entrée doit être nivelé.
Une |grive| a fait son nid dans la haie.
Le |hautbois| de l'harmonie a été réparé.
La |jonquille| est le symbole de la campagne de financement.
Le |lavoir| du camping sera rénové cet été.
Un |loriot| a été aperçu près de la rivière.
La |louche| de la soupe populaire a disparu.
Le |lupin| pousse en bordure de la route.
La |marmite| de la cuisine collective a été remplacée.
Le |muguet| a fleuri devant l'entrée du centre.
La |musette| de l'accordéoniste est restée dans l'autobus.
Le |mélèze| jaunit à l'automne, ce n'est pas une maladie.
Le |navet| fait partie du panier de la semaine.
Le |noyer| noir du terrain voisin perd ses noix sur l'allée.
L'|orme| malade sera abattu par les cols bleus.
L'|ortie| a envahi le coin du potager.
Le |panais| a été distribué avec les carottes.
Une |pelote| de laine a été oubliée dans la salle d'attente.
La |pervenche| couvre le talus derrière la bibliothèque.
Le |peuplier| penché menace la ligne électrique.
Le |potager| de l'école a donné beaucoup de tomates.
Le |pressoir| à pommes de la coopérative est en réparation.
Le |prunier| du jardin communautaire a été greffé.
La |quenouille| pousse dans le fossé le long du rang.
La |rigole| le long du stationnement est bouchée.
Le |romarin| de la cuisine pédagogique est bien vivant.
La |sarriette| a été séchée pour l'atelier de cuisine.
La |sonnette| de la porte arrière ne fonctionne plus.
Le |sucrier| de la salle des employés est vide.
Le |tambour| de la laveuse fait un bruit inquiétant.
Le |tamis| a été lavé après l'atelier de poterie.
Le |tisonnier| du poêle à bois est rangé près de la porte.
Le |trèfle| a envahi la pelouse du terrain de soccer.
Le |vannier| invité a montré comment tresser un panier.
Le |verger| municipal ouvrira pour l'autocueillette.
Le |violon| prêté par l'école doit être rapporté.
L'|étang| derrière le centre est gelé mais la glace est mince.''',
 'en': '''The |alder| along the creek was cut back this fall.
An |aspen| fell across the trail after the storm.
A |barrel| of rainwater sits beside the garden shed.
The |carp| in the pond were moved before the works.
The |chalk| for the board is kept in the top drawer.
A loose |cobble| in the walkway was reported as a tripping hazard.
A |ferret| was found in the lobby and taken to the shelter.
The |gudgeon| on the gate hinge needs to be replaced.
The soup |ladle| went missing from the community kitchen.
A |magpie| kept stealing shiny things from the daycare yard.
The |marble| floor in the entrance is slippery when wet.
A patch of |nettle| grows behind the portable classroom.
Fresh |parsley| was added to the food baskets this week.
A |perch| was caught during the fishing day.
The |saddle| from the riding program is stored in the barn.
The |slate| roof of the old school needs repairs.
The |teal| paint in the hallway was chosen by the students.
The |trowel| was left in the flower bed again.
An |almond| allergy is noted on the kitchen board.
The |beam| above the entrance shows signs of rot.
A |blackthorn| hedge borders the back of the property.
Each |bluebell| in the school garden was planted by a student.
A loose |bolt| on the swing was tightened.
A |buttercup| patch grows near the parking lot.
A |button| came off the coat found in the lost and found.
The old |cask| is used as a planter near the door.
A |chestnut| tree drops burrs on the walkway every fall.
The butter |churn| is part of the museum display.
The |copse| behind the field is off limits during recess.
A |crock| of pickles was donated to the food bank.
A |dipper| was spotted along the stream on the nature walk.
The |flagon| from the heritage collection is in the display case.
A |flask| of hot water is kept at the front desk in winter.
The |foxglove| in the garden is poisonous and was removed.
A |gannet| landed on the wharf during the field trip.
A small |gimlet| was found in the craft supplies.
The |goblet| used in the school play was broken.
The |gorse| on the hillside caught fire last summer.
The |griddle| in the community kitchen needs cleaning.
The |gutter| over the side door is overflowing.
The |hearth| of the old chapel was restored.
The |hinge| on the storage room door squeaks.
The pottery |kiln| is only used by trained staff.
The |larch| by the fence turns yellow in the fall.
The |lever| on the paper towel dispenser is stuck.
A |linnet| nest was found in the hedge.
The |mortar| between the bricks is crumbling.
The |nutmeg| was left out of the recipe because of an allergy.
An |osprey| nests on the pole near the boat launch.
The |pewter| mugs were donated to the historical society.
The antique |plough| is displayed at the entrance of the farm.
A |puffin| poster hangs in the science room.
The old |quarry| is closed to the public.
The |ribbon| for the opening ceremony is in the office.
The |scythe| was locked in the tool shed.
A |shingle| blew off the roof during the storm.
The |shuttle| bus leaves the parking lot every twenty minutes.
The flour |sieve| is kept in the second drawer.
The cast-iron |skillet| was seasoned after use.
A |spinney| of young birches grows behind the rink.
The |spruce| near the entrance was decorated by volunteers.
The broken |stile| on the walking trail was repaired.
A |stork| decoration was hung in the maternity ward.
The |sycamore| roots are lifting the sidewalk.
The |tallow| candles were made during the heritage workshop.
The |thicket| along the fence hides the drainage ditch.
The |timber| for the new shed was delivered.
The |tinsel| from the holiday party is still in the hallway.
The water |trough| in the pasture froze overnight.
The |wagon| ride is included in the field trip.
The |whisk| in the teaching kitchen needs replacing.''',
}


# ---------------------------------------------------------------------------
# Halves

def _words(s):
    return [w.replace('_', ' ') for w in s.split()]


def _lines(s):
    return [x.strip() for x in s.strip().split('\n') if x.strip()]


def fem_surname(s):
    """Feminine form of a Polish, Russian or Greek surname (others unchanged)."""
    for a, b in (('ski', 'ska'), ('cki', 'cka'), ('akopoulos', 'akopoulou'), ('opoulos', 'opoulou'), ('iadis', 'iadou'),
                 ('idis', 'idou'), ('akis', 'aki'), ('atos', 'atou'), ('ellis', 'elli'), ('etsov', 'etsova'), ('inov', 'inova'),
                 ('yev', 'yeva'), ('ikov', 'ikova')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def all_name_parts():
    out = {}
    for k, v in NAMES.items():
        for w in v.split():
            out.setdefault(w, k)
    return out


class Pools:
    """The W or H half of every list pool."""

    def __init__(self, mode):
        self.mode = mode
        keep = lambda lst: [x for x in lst if half_of(x) == mode]
        self.names = {k: keep(v.split()) for k, v in NAMES.items()}
        other = 'H' if mode == 'W' else 'W'
        self.other_parts = set(fold(w) for v in NAMES.values() for w in v.split() if half_of(w) == other)
        self.cities = keep(_words(CITIES))
        self.streets = {'fr': [tuple(x.split('|')) for x in _lines(STREETS_FR) if half_of(x.split('|')[1]) == mode],
                        'en': [tuple(x.split('|')) for x in _lines(STREETS_EN) if half_of(x.split('|')[0]) == mode]}
        self.abroad = {}
        for cc, (code, streets, cities) in ABROAD.items():
            st = keep(streets.split('|'))
            ci = [tuple(x.replace('_', ' ').split('|')) for x in cities.split() if half_of(x.split('|')[0]) == mode]
            assert all(len(x) == 2 for x in ci), cc
            if st and ci:
                self.abroad[cc] = (code, st, ci)
        self.art = {}
        for e in _lines(ORGS_FR):
            a, o = e.split('|')
            self.art[o] = a
        self.orgs = {'fr': keep(list(self.art)), 'en': keep(_lines(ORGS_EN))}
        self.named = {'fr': keep(_lines(ORG_NAMED_FR)), 'en': keep(_lines(ORG_NAMED_EN))}
        self.laws = {'fr': keep(_lines(LAWS_FR)), 'en': keep(_lines(LAWS_EN))}
        self.domains = keep(DOMAINS.split())
        self.work = keep(WORK_DOMAINS.split())
        self.content = {k: keep(_lines(v)) for k, v in CONTENT.items()}
        self.exchanges = {k: keep(_lines(v)) for k, v in EXCHANGES.items()}
        parts = self.part_set()
        self.wordsents = {k: [x for x in keep(_lines(v)) if fold(x.split('|')[1]) in parts] for k, v in WORD_SENTS.items()}

    def part_set(self):
        """Folded name parts of this half, with the forms derived at run time."""
        out = set()
        for k, v in self.names.items():
            for w in v:
                out.add(fold(w))
                out.add(fold(fem_surname(w)))
        return out


# ---------------------------------------------------------------------------
# Persons

# Origins weighted roughly like the people a Québec office serves.
ORIGINS = [('qc', 30), ('ac', 3), ('en', 8), ('ht', 7), ('mg', 7), ('lb', 3), ('vi', 3), ('zh', 4), ('ko', 2), ('la', 5),
           ('pt', 2), ('it', 3), ('gr', 2), ('ee', 4), ('ua', 2), ('wa', 4), ('ca', 4), ('sa', 4), ('in', 3), ('ph', 3),
           ('fa', 2), ('am', 1)]
# Share of people of an origin carrying a French (or English) given name.
LOCAL = {'ac': 0.55, 'it': 0.35, 'pt': 0.35, 'gr': 0.3, 'in': 0.45, 'am': 0.3, 'ht': 0.2, 'lb': 0.35, 'vi': 0.15, 'ko': 0.2,
         'zh': 0.2, 'ph': 0.25, 'ee': 0.15, 'ua': 0.1, 'en': 0.05}
VOWELS = 'AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜaeiouyàâäéèêëîïôöûüh'


def ascii_letters(s):
    return ''.join(c for c in fold(s) if 'a' <= c <= 'z')


class Person:
    def __init__(self, given, surname, gender, origin, sfirst=False):
        self.given, self.surname, self.gender, self.origin, self.sfirst = given, surname, gender, origin, sfirst
        self.dob = None
        self.nick = None
        self.mid = 'J'

    def full(self):
        return (self.surname + ' ' + self.given) if self.sfirst else (self.given + ' ' + self.surname)

    def initials(self):
        return '-'.join(x[0] + '.' for x in re.split(r'[- ]', self.given) if x)

    def bare_surname(self):
        return re.sub(r'^(de|De|du|da|Da|dos|Di|di|Del) ', '', self.surname)

    def form(self, f):
        g, s = self.given, self.surname
        return {'first': lambda: g, 'last': lambda: s, 'full': self.full, 'firstlow': lambda: g.lower(),
                'lastup': lambda: s.upper(), 'up': lambda: self.full().upper(), 'low': lambda: self.full().lower(),
                'init': lambda: self.initials() + ' ' + s, 'initup': lambda: self.initials() + ' ' + s.upper(),
                'fi': lambda: g + ' ' + self.bare_surname()[0] + '.', 'mid': lambda: g + ' ' + self.mid + '. ' + s,
                'upfirst': lambda: s.upper() + ' ' + g, 'west': lambda: g + ' ' + s,
                'nick': lambda: self.nick or g, 'nicklow': lambda: (self.nick or g).lower()}[f]()


def D(typ, text):
    return ('decoy', typ, text)


def P(typ, text):
    return ('pii', typ, text)


class Doc:
    SLOT = re.compile(r'\{(\w+)(?::(\w+))?\}')
    ELIDE = re.compile(r"(?:^|(?<=[\s(«'’]))([Dd]e|[Qq]ue|[Jj]usque) $")

    def __init__(self, lang):
        self.lang = lang
        self.parts = []
        self.n = 0
        self.case = None   # 'lower' or 'upper': the whole document written in one case

    def add(self, text, kind=None, typ=None):
        if text:
            self.parts.append((text, kind, typ))
            self.n += len(text)

    def t(self, s):
        self.add(s)

    def c(self, s):
        self.add(s, 'content', 'CONTENT')

    def put(self, v, form=None):
        if isinstance(v, Person):
            f = form or 'full'
            if f in ('rev', 'revup'):
                self.add(v.surname.upper() if f == 'revup' else v.surname, 'pii', 'PERSON')
                self.t(', ')
                self.add(v.given, 'pii', 'PERSON')
            else:
                if f in ('init', 'initup', 'fi') and self.lang == 'fr' and v.initials() == 'M.':
                    f = 'full'   # "M. Corbichon" would read as "Monsieur Corbichon"
                self.add(v.form(f), 'pii', 'PERSON')
        elif isinstance(v, tuple):
            self.add(v[2], v[0], v[1])
        elif isinstance(v, list):
            for x in v:
                self.put(x)
        else:
            self.add(str(v))

    @staticmethod
    def head(v, form):
        if isinstance(v, Person):
            return v.surname if form in ('rev', 'revup') else v.form(form or 'full')
        if isinstance(v, tuple) and v[1] in ('PLACE', 'ORG', 'STREET'):
            return v[2]
        return ''

    def f(self, tpl, **kw):
        """Fill a template: {name} or {name:form} slots, French elision of de/que."""
        pos = 0
        for m in self.SLOT.finditer(tpl):
            lit = tpl[pos:m.start()]
            v, form = kw[m.group(1)], m.group(2)
            if self.lang == 'fr':
                h = self.head(v, form)
                if h and h[0] in VOWELS and self.ELIDE.search(lit):
                    lit = lit[:-2] + "'"
            self.t(lit)
            self.put(v, form)
            pos = m.end()
            if self.parts and self.parts[-1][0].endswith('.') and tpl[pos:pos + 1] == '.':
                pos += 1
        self.t(tpl[pos:])

    def build(self):
        text = ''.join(p[0] for p in self.parts)
        spans, b = [], 0
        if self.case:
            self.parts = [(getattr(s, self.case)(), k, t) for s, k, t in self.parts]
            text = ''.join(p[0] for p in self.parts)
        for s, kind, typ in self.parts:
            n = len(s.encode('utf-8'))
            if kind:
                spans.append({'start': b, 'end': b + n, 'kind': kind, 'type': typ, '_s': s})
            b += n
        return text, spans


MONTHS = {'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
          'en': 'January February March April May June July August September October November December'.split()}
MON3 = {'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(),
        'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()}
AREA = '418 581 367 514 438 263 450 579 354 819 873 468'.split()
PC_FIRST = {'418': 'G', '581': 'G', '367': 'G', '514': 'H', '438': 'H', '263': 'H', '450': 'J', '579': 'J', '354': 'J',
            '819': 'J', '873': 'J', '468': 'J'}
PC_LET = 'ABCEGHJKLMNPRSTVWXYZ'
TOLL = '800 888 877 866 855 844 833'.split()
EBCDIC = dict([(c, 193 + i) for i, c in enumerate('ABCDEFGHI')] + [(c, 209 + i) for i, c in enumerate('JKLMNOPQR')] +
              [(c, 226 + i) for i, c in enumerate('STUVWXYZ')] + [(str(i), 240 + i) for i in range(10)])
RAMQ_W = [1, 3, 7, 9, 1, 7, 1, 3, 4, 5, 7, 6, 9, 1]


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def ramq_check(letters, d, female, diff):
    s = letters + '%04d' % d.year + ('F' if female else 'M') + '%02d%02d' % (d.month, d.day) + diff
    return str(sum(EBCDIC[c] * w for c, w in zip(s, RAMQ_W)) % 10)


class Gen:
    def __init__(self, pools, rng, lang, mode):
        self.P, self.r, self.lang, self.mode = pools, rng, lang, mode
        self.used = set()
        self.dom = 'office'
        self.base = datetime.date(rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.clock_t = None

    def pick(self, lst):
        return lst[self.r.randrange(len(lst))]

    def chance(self, p):
        return self.r.random() < p

    def fresh(self, lst, tag):
        cand = [x for x in lst if (tag, x) not in self.used] or lst
        x = self.pick(cand)
        self.used.add((tag, x))
        return x

    def nm(self, *keys):
        out = []
        for k in keys:
            out += self.P.names.get(k, [])
        return out

    # -- persons ---------------------------------------------------------------
    def given(self, origin, gender):
        r = self.r
        if origin in LOCAL and r.random() < LOCAL[origin]:
            origin = 'en' if origin == 'en' or (self.lang == 'en' and r.random() < 0.4) else 'qc'
        if origin == 'vi':
            lst = self.nm('vi u') if r.random() < 0.55 else self.nm('vi g')
        else:
            lst = self.nm(origin + ' ' + gender, origin + ' u')
        if not lst:
            lst = self.nm('qc ' + gender)
        return self.fresh(lst, 'n')

    def surname(self, origin, gender):
        r = self.r
        x = r.random()
        if origin in ('qc', 'ac'):
            if x < 0.12:
                return self.fresh(self.nm('qc w'), 'n')
            if x < 0.17 and self.nm('qc de'):
                return r.choice(['de ', 'de ', 'De ']) + self.fresh(self.nm('qc de'), 'n')
            s = self.fresh(self.nm(origin + ' s') or self.nm('qc s'), 'n')
            if r.random() < 0.09:
                s2 = self.fresh(self.nm('qc s', 'ac s'), 'n')
                if s2 != s:
                    s += '-' + s2
            return s
        if origin == 'en' and x < 0.15:
            return self.fresh(self.nm('en w'), 'n')
        if origin == 'pt' and x < 0.2:
            return r.choice(['da ', 'dos ', 'de ']) + self.fresh(self.nm('pt s'), 'n')
        if origin == 'it' and x < 0.15:
            return r.choice(['Di ', 'De ', 'Del ']) + self.fresh(self.nm('it s'), 'n')
        s = self.fresh(self.nm(origin + ' s') or self.nm('qc s'), 'n')
        if gender == 'f' and origin in ('ee', 'gr'):
            s = fem_surname(s)
        if origin == 'la' and x > 0.6:   # two family names
            s2 = self.fresh(self.nm('la s'), 'n')
            if s2 != s:
                s += r.choice([' ', ' ', '-']) + s2
        return s

    def person(self, origin=None, gender=None):
        r = self.r
        if origin is None:
            x = r.uniform(0, sum(w for _, w in ORIGINS))
            origin = 'qc'
            for o, w in ORIGINS:
                x -= w
                if x <= 0:
                    origin = o
                    break
        gender = gender or r.choice('fm')
        g = self.given(origin, gender)
        if origin in ('qc', 'ac', 'ht', 'ko', 'zh', 'vi') and r.random() < {'qc': 0.2, 'ac': 0.2, 'ht': 0.15}.get(origin, 0.1) \
                and '-' not in g:
            if origin in ('ko', 'zh'):
                pass
            else:
                o2 = 'qc' if origin in ('qc', 'ac', 'ht') else origin
                g2 = self.given(o2, gender)
                if g2 != g and '-' not in g2 and ' ' not in g2:
                    g = g + '-' + g2
        sorigin = origin
        if r.random() < 0.12:
            sorigin = r.choice(['qc', 'qc', 'en', 'ht', 'mg', 'la', 'it', 'wa', 'ee'])
        s = self.surname(sorigin, gender)
        sfirst = origin in ('vi', 'zh', 'ko') and sorigin == origin and r.random() < 0.3
        p = Person(g, s, gender, origin, sfirst)
        p.mid = r.choice('ABCDEFGHJKLMNPRSTVW')
        # a nickname: the first syllables of the given name, when it is not a part of the other half
        base = g.split('-')[0]
        m = re.match(r'^[^aeiouyàâéèêëîïôöûü]*[aeiouyàâéèêëîïôöûü]+[^aeiouyàâéèêëîïôöûü]', base, re.I)
        if m and 3 <= len(m.group(0)) < len(base) - 1 and fold(m.group(0)) not in self.P.other_parts:
            p.nick = m.group(0)
        return p

    def kin(self, p, gender=None):
        k = self.person(p.origin, gender)
        if self.r.random() < 0.75:
            s = p.surname
            for a, b in (('ska', 'ski'), ('cka', 'cki'), ('opoulou', 'opoulos'), ('iadou', 'iadis'), ('idou', 'idis'),
                         ('aki', 'akis'), ('atou', 'atos'), ('elli', 'ellis'), ('ova', 'ov'), ('eva', 'ev'), ('ina', 'in')):
                if s.endswith(a) and p.origin in ('ee', 'gr'):
                    s = s[:-len(a)] + b
                    break
            k.surname = fem_surname(s) if k.gender == 'f' and p.origin in ('ee', 'gr') else s
            k.sfirst = p.sfirst
        return k

    def civ(self, p, long=False):
        if self.lang == 'en':
            return self.r.choice(['Ms.', 'Ms', 'Mrs.']) if p.gender == 'f' else self.r.choice(['Mr.', 'Mr'])
        if long:
            return 'madame' if p.gender == 'f' else 'monsieur'
        return 'Mme' if p.gender == 'f' else 'M.'

    def e(self, p, m, f):
        return f if p.gender == 'f' else m

    def dr(self, p):
        return 'Dr.' if self.lang == 'en' else self.e(p, 'Dr', 'Dre')

    # -- dates and times --------------------------------------------------------
    def day(self, lo=-300, hi=30):
        return self.base + datetime.timedelta(days=self.r.randint(lo, hi))

    def fmt(self, d, style=None):
        r, lang = self.r, self.lang
        if style is None:
            style = r.choice(['long', 'long', 'iso', 'iso', 'slash', 'abbr', 'dot'] if lang == 'fr' else
                             ['long', 'long', 'iso', 'slash', 'us', 'abbr', 'dmy'])
        mo = MONTHS[lang][d.month - 1]
        if style == 'long':
            if lang == 'fr':
                return ('1er' if d.day == 1 else str(d.day)) + ' ' + mo + ' ' + str(d.year)
            return '%s %d, %d' % (mo, d.day, d.year)
        if style == 'dmy':
            return '%d %s %d' % (d.day, mo, d.year)
        if style == 'abbr':
            return ('%d %s %d' % (d.day, MON3['fr'][d.month - 1], d.year)) if lang == 'fr' else \
                '%s %d, %d' % (MON3['en'][d.month - 1], d.day, d.year)
        if style == 'iso':
            return d.isoformat()
        if style == 'slash':
            return '%02d/%02d/%04d' % (d.day, d.month, d.year)
        if style == 'us':
            return '%02d/%02d/%04d' % (d.month, d.day, d.year)
        if style == 'dot':
            return '%02d.%02d.%04d' % (d.day, d.month, d.year)
        if style == 'dash':
            return '%02d-%02d-%04d' % (d.day, d.month, d.year)
        if style == 'ymdslash':
            return '%04d/%02d/%02d' % (d.year, d.month, d.day)
        if style == 'compact':
            return '%04d%02d%02d' % (d.year, d.month, d.day)
        if style == 'sheet':
            return '%02d-%s-%04d' % (d.day, MON3['en'][d.month - 1], d.year)
        if style == 'yy':
            return '%02d/%02d/%02d' % (d.day, d.month, d.year % 100)
        if style == 'short':
            return ('%d %s' % (d.day, mo)) if lang == 'fr' else '%s %d' % (mo, d.day)
        raise ValueError(style)

    def date(self, lo=-300, hi=30, style=None):
        return D('DATE', self.fmt(self.day(lo, hi), style))

    def dob_of(self, p, lo=1936, hi=2012):
        if p.dob is None:
            p.dob = datetime.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))
        return p.dob

    def dob(self, p, style=None, lo=1936, hi=2012):
        d = self.dob_of(p, lo, hi)
        if style is None:
            style = self.r.choice(['long', 'long', 'iso', 'slash', 'dot', 'ymdslash', 'abbr', 'dash', 'compact', 'yy']
                                  if self.lang == 'fr' else ['long', 'long', 'iso', 'us', 'slash', 'abbr', 'dmy', 'sheet', 'ymdslash'])
        return P('DOB', self.fmt(d, style))

    def child_dob(self, p, style=None):
        return self.dob(p, style, self.base.year - 12, self.base.year - 1)

    def time(self):
        r = self.r
        h, m = r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 30, 40, 45, 50, 55])
        if self.lang == 'fr':
            s = r.choice(['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%02d:%02d' % (h, m)]) if m else r.choice(['%d h' % h, '%dh' % h])
        else:
            hh = h if h <= 12 else h - 12
            s = r.choice(['%d:%02d %s' % (hh, m, 'a.m.' if h < 12 else 'p.m.'), '%d:%02d %s' % (hh, m, 'AM' if h < 12 else 'PM'),
                          '%02d:%02d' % (h, m)])
        return D('TIME', s)

    def tick(self, lo=1, hi=25, sec=False):
        if self.clock_t is None:
            self.clock_t = self.r.randint(8 * 3600, 16 * 3600)
        self.clock_t = min(self.clock_t + self.r.randint(lo * 60 if not sec else lo, hi * 60 if not sec else hi), 23 * 3600 + 3599)
        h, rem = divmod(self.clock_t, 3600)
        return D('TIME', ('%02d:%02d:%02d' % (h, rem // 60, rem % 60)) if sec else '%02d:%02d' % (h, rem // 60))

    def year(self, lo=1990, hi=None):
        return D('YEAR', str(self.r.randint(lo, hi or self.base.year)))

    def month(self):
        return D('MONTH', self.pick(MONTHS[self.lang]))

    def amount(self, lo=15, hi=4000):
        r = self.r
        v, c = r.randint(lo, hi), r.randint(0, 99)
        cents = r.random() < 0.5
        if self.lang == 'fr':
            s = '{:,}'.format(v).replace(',', r.choice([' ', '\u00a0']))
            return D('AMOUNT', s + (',%02d' % c if cents else '') + r.choice([' $', ' $', '$']))
        return D('AMOUNT', '$' + '{:,}'.format(v) + ('.%02d' % c if cents else ''))

    # -- identifiers --------------------------------------------------------------
    def digits(self, n):
        return ''.join(str(self.r.randint(0, 9)) for _ in range(n))

    def fill(self, pat):
        return ''.join(str(self.r.randint(0, 9)) if ch == '#' else ch for ch in pat)

    def phone(self, intl=0.0, code=None, area=None):
        r = self.r
        if code or r.random() < intl:
            code = code or self.pick(sorted(INTL_PHONE))
            return P('PHONE', self.fill(self.pick(INTL_PHONE[code])))
        a = area or self.pick(AREA)
        b, c = str(r.randint(2, 9)) + self.digits(2), self.digits(4)
        s = r.choice(['%s %s-%s', '(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '1-%s-%s-%s', '%s%s%s', '%s %s %s',
                      '+1 (%s) %s-%s', '(%s)%s-%s', '+1-%s-%s-%s', '%s-%s-%s']) % (a, b, c)
        return P('PHONE', s)

    def phone_of(self, p, intl=0.12):
        """A phone for p: sometimes one of the country of origin."""
        codes = ORIGIN_CC.get(p.origin, '').split()
        if codes and self.r.random() < intl:
            return self.phone(code=self.pick(codes))
        return self.phone()

    def ext(self, lang=None):
        x = self.digits(self.r.choice([3, 4, 4, 2]))
        if (lang or self.lang) == 'fr':
            return self.r.choice([' poste ', ', poste ', ' p. ', ' #']) + x
        return self.r.choice([' ext. ', ' x', ', ext ', ' ext ']) + x

    def tollfree(self):
        a, b, c = self.pick(TOLL), str(self.r.randint(2, 9)) + self.digits(2), self.digits(4)
        return D('TOLLFREE', self.r.choice(['1 %s %s-%s', '1-%s-%s-%s', '1 (%s) %s-%s', '%s-%s-%s', '1.%s.%s.%s']) % (a, b, c))

    def email(self, p, work=False):
        r = self.r
        g = ascii_letters(re.split(r'[- ]', p.given)[0]) or 'x'
        s = ascii_letters(p.bare_surname().split(' ')[0]) or 'y'
        if work and self.P.work:
            local = r.choice(['%s.%s' % (g, s), '%s.%s' % (g, s), '%s%s' % (g[0], s), '%s_%s' % (g, s)])
            dom = self.pick(self.P.work)
        else:
            local = r.choice(['%s.%s' % (g, s), '%s%s' % (g[0], s), '%s_%s%d' % (s, g[:3], r.randint(1, 99)), '%s%s' % (g, s[:4]),
                              '%s.%s%d' % (g, s[0], r.randint(70, 2010)), '%s%d' % (g, r.randint(1, 999)), '%s-%s' % (s, g),
                              '%s.%s' % (s, g)])
            dom = self.pick(self.P.domains or ['gmail.com'])
        return P('EMAIL', local + '@' + dom)

    def postal(self, first=None):
        r = self.r
        s = (first or r.choice('GGHHHJJJ')) + str(r.randint(0, 9)) + r.choice(PC_LET) + ' ' + str(r.randint(0, 9)) + \
            r.choice(PC_LET) + str(r.randint(0, 9))
        x = r.random()
        if x < 0.15:
            s = s.replace(' ', '')
        elif x < 0.2:
            s = s.lower() if r.random() < 0.5 else s.replace(' ', '-')
        return P('POSTAL_CODE', s)

    def nas(self):
        r = self.r
        n = self.luhn_complete(str(r.choice([1, 2, 2, 3, 4, 4, 5, 6, 7, 9])) + self.digits(7))
        return P('NAS', r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s', '%s\u00a0%s\u00a0%s']) % (n[:3], n[3:6], n[6:]))

    def luhn_complete(self, body):
        for k in range(10):
            if luhn_ok(body + str(k)):
                return body + str(k)

    def ramq(self, p):
        d = self.dob_of(p)
        sn = (ascii_letters(p.bare_surname()).upper() + 'XXX')[:3]
        letters = sn + ((ascii_letters(p.given) or 'x')[0]).upper()
        diff = self.r.choice('1111112345')
        chk = ramq_check(letters, d, p.gender == 'f', diff)
        num = '%02d%02d%02d%s%s' % (d.year % 100, d.month + (50 if p.gender == 'f' else 0), d.day, diff, chk)
        return P('RAMQ', self.r.choice(['%s %s %s', '%s%s%s', '%s-%s-%s', '%s %s %s']) % (letters, num[:4], num[4:]))

    def licence(self, p):
        d = self.dob_of(p)
        l = (ascii_letters(p.bare_surname()) or 'x')[0].upper()
        a, b, c = self.digits(4), '%02d%02d%02d' % (d.year % 100, d.month, d.day), self.digits(2)
        return P('DRIVER_LICENCE', self.r.choice(['%s%s-%s-%s', '%s%s%s%s', '%s%s %s %s', '%s%s-%s-%s']) % (l, a, b, c))

    def passport(self, foreign=False):
        r = self.r
        L = 'ABCEGHJKLMNPRSTWXYZ'
        if foreign:
            return P('PASSPORT', r.choice(['%s%s%s' % (self.digits(2), r.choice(L) + r.choice(L), self.digits(5)),
                                           '%s%s' % (r.choice(L) + r.choice(L), self.digits(7))]))
        return P('PASSPORT', r.choice(L) + r.choice(L) + r.choice(['', '', ' ']) + self.digits(6))

    def bank(self, pieces=None):
        r = self.r
        tr, inst = self.digits(5), r.choice(['815', '815', '815', '001', '002', '003', '004', '006', '010'])
        acct = self.digits(7) if inst == '815' else self.digits(r.choice([7, 7, 9, 12]))
        if pieces is None:
            pieces = r.random() < 0.5
        if not pieces:
            return [P('BANK_ACCOUNT', r.choice(['%s-%s-%s', '%s %s %s', '%s-%s %s']) % (tr, inst, acct))]
        if self.lang == 'fr':
            return [r.choice(['transit ', 'succursale ', 'no de transit ']), P('BANK_ACCOUNT', tr), ', institution ',
                    P('BANK_ACCOUNT', inst), r.choice([', compte ', ', folio ', ', no de compte ']), P('BANK_ACCOUNT', acct)]
        return [r.choice(['transit ', 'branch ']), P('BANK_ACCOUNT', tr), ', institution ', P('BANK_ACCOUNT', inst),
                r.choice([', account ', ', account no. ']), P('BANK_ACCOUNT', acct)]

    def card(self):
        r = self.r
        k = r.choice('vvmmma')
        if k == 'a':
            n = self.luhn_complete(r.choice(['34', '37']) + self.digits(12))
            return P('CREDIT_CARD', r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (n[:4], n[4:10], n[10:]))
        if k == 'm':
            n = self.luhn_complete((str(r.randint(51, 55)) + self.digits(13)) if r.random() < 0.7 else str(r.randint(2221, 2720)) + self.digits(11))
        else:
            n = self.luhn_complete('4' + self.digits(14))
        return P('CREDIT_CARD', r.choice([' ', '-', '', ' ']).join(n[i:i + 4] for i in range(0, 16, 4)))

    def plate(self):
        r = self.r
        f = r.choice(['LLL DDD', 'DDD LLL', 'LDD LLL', 'LLLDDD', 'DDD-LLL', 'FLL DDDD', 'LLL LDD'])
        return P('PLATE', ''.join(r.choice(PC_LET) if ch == 'L' else str(r.randint(0, 9)) if ch == 'D' else ch for ch in f))

    # -- addresses -----------------------------------------------------------------
    def people_street(self):
        """A street name after a person, from name parts of the half ("Alilorie-Corbichon")."""
        g = self.fresh(self.nm('qc f', 'qc m', 'ht m', 'en m', 'it m'), 'n')
        s = self.fresh(self.nm('qc s', 'ac s', 'en s', 'it s'), 'n')
        return g + '-' + s if self.lang == 'fr' or self.r.random() < 0.3 else s

    def street_name(self, lang=None, abbr=False):
        lang = lang or self.lang
        r = self.r
        if lang == 'fr':
            if r.random() < 0.25:
                t, n = r.choice(['rue', 'rue', 'avenue', 'boulevard', 'place', 'croissant']), self.people_street()
            else:
                t, n = self.fresh(self.P.streets['fr'] or [('rue', 'Principale')], 'st')
            if abbr:
                t = {'boulevard': 'boul.', 'avenue': 'av.', 'chemin': 'ch.'}.get(t, t)
            return t + ' ' + n
        if r.random() < 0.25:
            n, t = self.people_street(), r.choice(['Street', 'Avenue', 'Road', 'Crescent'])
        else:
            n, t = self.fresh(self.P.streets['en'] or [('Maple', 'Street')], 'st')
        if abbr:
            t = {'Street': 'St.', 'Avenue': 'Ave.', 'Road': 'Rd.', 'Drive': 'Dr.', 'Crescent': 'Cres.', 'Court': 'Crt.'}.get(t, t)
        return n + ' ' + t + (r.choice([' East', ' West', ' O.', ' E.']) if r.random() < 0.07 else '')

    def street(self, lang=None):
        return D('STREET', self.street_name(lang))

    FEM_TYPES = {'rue', 'avenue', 'route', 'montée', 'côte', 'place', 'impasse', 'allée', 'promenade', 'terrasse'}

    def street_art(self, prep):
        """French street name without civic number with its article: prep 'de' (de la rue, du rang, de l'allée) or 'le'."""
        st = self.street_name('fr')
        t = st.split(' ')[0]
        if t[0] in 'aeiouéèâ':
            pre = "de l'" if prep == 'de' else "l'"
        elif t in self.FEM_TYPES:
            pre = 'de la ' if prep == 'de' else 'la '
        else:
            pre = 'du ' if prep == 'de' else 'le '
        return [pre, D('STREET', st)]

    def civic(self):
        r = self.r
        n = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 9999), r.randint(10000, 12999)])
        return str(n) + (r.choice(['A', 'B', '-A', ' B']) if r.random() < 0.05 else '')

    def addr_line(self, lang=None):
        r = self.r
        lang = lang or self.lang
        core = '%s%s%s' % (self.civic(), r.choice([', ', ' ', ' ']) if lang == 'fr' else ' ', self.street_name(lang, r.random() < 0.3))
        u = r.random()
        if u < 0.12:
            core = '%d-%s' % (r.randint(1, 9) * 100 + r.randint(1, 12), core)
        elif u < 0.3:
            unit = r.choice(['app. %d', 'app. %d', 'logement %d', '#%d', 'bureau %d'] if lang == 'fr' else
                            ['Apt. %d', 'Apt %dB', 'Unit %d', '#%d', 'Suite %d'])
            core += r.choice([', ', ' ']) + unit % r.randint(1, 412)
        return core

    def city(self):
        return D('PLACE', self.fresh(self.P.cities or ['Laval'], 'city'))

    def address(self, lang=None, city=True, postal=True, sep=None, lines=False, up=False):
        """[ADDRESS, sep, city, province, POSTAL_CODE] pieces."""
        r = self.r
        core = self.addr_line(lang)
        if up:
            core = core.upper()
        out = [P('ADDRESS', core)]
        if sep is None:
            sep = '\n' if lines else r.choice([', ', ', ', ' ', ' - '])
        if city:
            c = self.fresh(self.P.cities or ['Laval'], 'city')
            out += [sep, c.upper() if up else c]
            if postal:
                prov = r.choice([' (Québec) ', ' (Québec)  ', ' QC ', ', QC ', ' (Qc) ', ' ']) if self.lang == 'fr' else \
                    r.choice([', QC ', ' QC  ', ', Quebec ', ' (Québec) ', ' '])
                out += ['\n' if lines and r.random() < 0.5 else prov, self.postal()]
        elif postal:
            out += [r.choice([', ', ' ']), self.postal()]
        return out

    def abroad_cc(self, p=None):
        prefer = {'ht': 'ht', 'mg': 'ma dz tn', 'lb': 'lb', 'la': 'mx co', 'pt': 'pt', 'it': 'it', 'wa': 'sn', 'ca': 'cm',
                  'vi': 'vn', 'ph': 'ph', 'qc': 'fr be ch us', 'en': 'us uk', 'ac': 'fr us'}
        opts = [c for c in prefer.get(p.origin if p else '', '').split() if c in self.P.abroad]
        if not opts or self.r.random() < 0.3:
            opts = sorted(self.P.abroad)
        return self.pick(opts)

    def foreign_address(self, cc=None, country=True):
        """Pieces of an address abroad; returns (pieces, calling code)."""
        r = self.r
        cc = cc or self.abroad_cc()
        code, streets, cities = self.P.abroad[cc]
        st = self.pick(streets)
        city, pcpat = self.pick(cities)
        pc = self.fill(''.join(r.choice('ABDEFGHJLNPQRSTUWXY') if ch == 'A' else ch for ch in pcpat)) if pcpat else ''
        n = str(r.randint(1, 250))
        cname = COUNTRY[cc][0 if self.lang == 'fr' else 1]
        if cc in ('fr', 'ht', 'ma', 'dz', 'tn'):
            line = r.choice(['%s, %s', '%s %s', '%s bis, %s']) % (n, st) if cc == 'fr' else '%s, %s' % (n, st)
            if cc == 'dz' and st.startswith('cité'):
                line = '%s, bât. %s n° %s' % (st, r.choice('ABCDE'), n)
        elif cc in ('be', 'ch', 'it', 'mx'):
            line = '%s %s' % (st, n) if cc != 'be' or r.random() < 0.6 else '%s, %s' % (st, n)
            if cc == 'mx':
                line += ', Col. ' + r.choice(['Roma Norte', 'Narvarte', 'Centro', 'Del Valle'])
        elif cc in ('us', 'uk'):
            line = '%s %s' % (n, st) + (r.choice([', Apt %d' % r.randint(1, 30), ' #%d' % r.randint(2, 9)]) if r.random() < 0.25 else '')
        elif cc == 'pt':
            line = '%s, %s, %s' % (st, n, r.choice(['2.º Esq.', '1.º Dto.', 'r/c']))
        elif cc == 'co':
            line = '%s # %d-%d' % (st, r.randint(10, 99), r.randint(1, 99))
        elif cc == 'lb':
            line = '%s, immeuble %s, %de étage' % (st, r.choice(['Nassif', 'Khoury', 'Azar', 'Saab']), r.randint(1, 9)) \
                if self.lang == 'fr' else '%s, %s Bldg, floor %d' % (st, r.choice(['Nassif', 'Saab']), r.randint(1, 9))
        elif cc == 'vn':
            line = '%s %s, Phường %d' % (n, st, r.randint(1, 15))
        elif cc == 'ph':
            line = 'Blk %d Lot %d, %s' % (r.randint(1, 40), r.randint(1, 30), st)
        else:
            line = ('villa n° %s, %s' if self.lang == 'fr' else 'villa no. %s, %s') % (n, st)
        out = [P('ADDRESS', line)]
        if cc == 'us':
            c, stt = city.split(', ')
            out += [', %s, %s ' % (c, stt), P('POSTAL_CODE', pc + ('-' + self.digits(4) if r.random() < 0.2 else ''))]
        elif cc == 'uk':
            out += [', %s ' % city, P('POSTAL_CODE', pc)]
        elif pc:
            out += [r.choice([', ', '\n']), P('POSTAL_CODE', pc), ' ' + city]
        else:
            out += [', ' + city]
        if country:
            out += [r.choice([', ', ' - ', '\n']), cname.upper() if r.random() < 0.3 else cname]
        return out, code

    # -- decoys --------------------------------------------------------------------
    def org(self, lang=None, pattern=None):
        lang = lang or self.lang
        lst = self.P.orgs[lang] or self.P.orgs['fr']
        if pattern:
            other = self.P.orgs['en' if lang == 'fr' else 'fr']
            lst = [o for o in lst if re.search(pattern, o)] or [o for o in other if re.search(pattern, o)] or lst
        return D('ORG', self.fresh(lst, 'org'))

    def org_de(self, pattern=None):
        """French "du / de la / de l' / des" + ORG."""
        o = self.org('fr', pattern)
        a = self.P.art.get(o[2], '0')
        pre = {'m': 'du ', 'f': 'de la ', 'v': "de l'", 'p': 'des '}.get(a, "d'" if o[2][0] in VOWELS else 'de ')
        return [pre, o]

    def org_le(self, pattern=None, cap=False):
        o = self.org('fr', pattern)
        a = self.P.art.get(o[2], '0')
        pre = {'m': 'le ', 'f': 'la ', 'v': "l'", 'p': 'les '}.get(a, '')
        return [pre[:1].upper() + pre[1:] if cap else pre, o]

    def named_org(self, lang=None, pattern=None):
        lang = lang or self.lang
        lst = self.P.named[lang] or _lines(ORG_NAMED_FR if lang == 'fr' else ORG_NAMED_EN)
        if pattern:
            lst = [x for x in lst if re.search(pattern, x)] or lst
        tpl = self.pick(lst)
        s = self.fresh(self.nm('qc s', 'en s', 'it s', 'ht s', 'pt s', 'gr s', 'ac s'), 'n')
        s2 = self.fresh(self.nm('qc s', 'en s', 'ac s'), 'n')
        g = self.fresh(self.nm('qc f', 'qc m', 'en f', 'en m'), 'n')
        return D('ORG', tpl.replace('{s2}', s2).replace('{s}', s).replace('{g}', g))

    def law(self, pattern=None):
        lst = self.P.laws[self.lang] or _lines(LAWS_FR if self.lang == 'fr' else LAWS_EN)
        if pattern:
            lst = [x for x in lst if re.search(pattern, x)] or lst
        return D('LAW', self.fresh(lst, 'law'))

    def fileno(self, kind):
        r = self.r
        y = self.base.year - r.randint(0, 1)
        s = {'taq': '%s-%s-%06d-%02d%02d' % (r.choice(['SAS', 'SAI', 'STE', 'SEN']), r.choice('QM'), r.randint(1, 999999), y % 100,
                                              r.randint(1, 12)),
             'tal': '%07d %s %d%02d%02d %s' % (r.randint(1, 9999999), r.choice(['31', '18', '40']), y, r.randint(1, 12), r.randint(1, 28),
                                               r.choice('GDT')),
             'req': r.choice(['REQ-%d-%05d', '311-%d-%05d', 'RC%d%05d']) % (y, r.randint(1, 99999)),
             'saaq': 'SAAQ-%d-%07d' % (y, r.randint(1, 9999999)),
             'grief': r.choice(['G-%d-%03d', 'GR%d-%03d', 'Grief no %d-%03d']) % (y, r.randint(1, 400)),
             'claim': r.choice(['SIN-%d-%06d', 'CLM%d%06d', 'R-%d-%05d']) % (y, r.randint(1, 999999)),
             'policy': r.choice(['POL-%07d', 'H%08d', 'Police no %07d']) % r.randint(1, 9999999),
             'file': r.choice(['DOS-%d-%04d', 'D%d-%05d', '%d-%04d']) % (y, r.randint(1, 9999)),
             'ticket': r.choice(['INC%07d', 'TKT-%06d', 'CAS-%07d']) % r.randint(1, 999999),
             'res': 'CM-%d-%03d' % (y, r.randint(1, 400)),
             'permit': r.choice(['PC-%d-%04d', 'CA-%d-%04d', 'P%d-%05d']) % (y, r.randint(1, 9999)),
             'lot': 'lot %d %03d %03d' % (r.randint(1, 6), r.randint(0, 999), r.randint(0, 999))}[kind]
        return D('FILENO', s)

    # -- content ---------------------------------------------------------------------
    def sent(self, dom=None):
        dom = dom or self.dom
        for lst in (self.P.content.get(self.lang + ' ' + dom, []), self.P.content.get(self.lang + ' generic', []),
                    self.P.content.get(self.lang + ' office', []),
                    [x for k, v in sorted(self.P.content.items()) if k.startswith(self.lang + ' ') and not k.endswith('chat') for x in v]):
            cand = [x for x in lst if ('c', x) not in self.used]
            if cand:
                x = self.pick(cand)
                self.used.add(('c', x))
                return x
        return self.pick(self.P.content.get(self.lang + ' ' + dom) or self.P.content[self.lang + ' office'])

    def word_sentence(self, d):
        lst = self.P.wordsents.get(self.lang)
        if not lst:
            d.c(self.sent())
            return
        pre, w, post = self.fresh(lst, 'ws').split('|')
        if pre:
            if ' ' in pre.strip():
                d.c(pre.rstrip())
                d.t(' ' if pre.endswith(' ') else '')
            else:
                d.t(pre)
        else:
            w = w[0].upper() + w[1:]
        d.add(w, 'decoy', 'WORD')
        d.t(post[:1] if post[:1] == ' ' else '')
        d.c(post.strip())

    def cs(self, d, k=1, lead=' ', sep=' ', dom=None, words=0.07):
        for i in range(k):
            d.t(lead if i == 0 else sep)
            if (dom or self.dom) != 'chat' and self.r.random() < words:
                self.word_sentence(d)
            else:
                d.c(self.sent(dom))

    def exchange(self, d, qa, qb):
        q, a = self.fresh(self.P.exchanges[self.lang] or _lines(EXCHANGES[self.lang]), 'ex').split('|')
        d.t(qa)
        d.c(q)
        d.t('\n' + qb)
        d.c(a)
        d.t('\n')

    def units(self, d, units, target, sep='\n', dom=None, filler=None, ordered=False):
        """Each unit once, shuffled (or in order), until the document reaches
        target; then filler() or content sentences."""
        order = list(range(len(units)))[::-1]
        if not ordered:
            self.r.shuffle(order)
        while d.n < target:
            if order:
                units[order.pop()]()
            elif filler:
                filler()
            else:
                self.cs(d, self.r.randint(1, 2), lead='' if not d.parts or d.parts[-1][0][-1:].isspace() else ' ', dom=dom)
            d.t(sep)


# ---------------------------------------------------------------------------
# Families.  Each fills the Doc until about `target` characters.  A family
# of both languages takes its wording from a {'fr': ..., 'en': ...} pair.

def L(g, fr, en):
    return fr if g.lang == 'fr' else en


def relation(g, p):
    return g.pick(L(g, [g.e(p, 'fils', 'fille'), g.e(p, 'frère', 'sœur'), g.e(p, 'neveu', 'nièce'), g.e(p, 'voisin', 'voisine'),
                        g.e(p, 'conjoint', 'conjointe'), 'proche aidant' if p.gender == 'm' else 'proche aidante'],
                       [g.e(p, 'son', 'daughter'), g.e(p, 'brother', 'sister'), g.e(p, 'nephew', 'niece'), 'neighbour', 'spouse',
                        'caregiver']))


def fam_home_care(g, d, target):
    r = g.r
    u, k, nurse, ts, v = g.person(), g.person(), g.person(gender='f'), g.person(gender='f'), g.person()
    k = g.kin(u)
    d.f(L(g, "{o} - Soutien à domicile\nJOURNAL DES VISITES\nUsager : {u:revup}    DDN : {dob}    NAM : {nam}\nAdresse : ",
          "{o} - Home Care Program\nVISIT LOG\nClient: {u:revup}    DOB: {dob}    RAMQ: {nam}\nAddress: "),
        o=g.org(pattern='^(CLSC|CISSS|CIUSSS)'), u=u, dob=g.dob(u, lo=1930, hi=1960), nam=g.ramq(u))
    d.put(g.address())
    d.f(L(g, "\nPersonne à joindre : {k} ({rel}), {ph}\n\n", "\nEmergency contact: {k} ({rel}), {ph}\n\n"), k=k, rel=relation(g, k),
        ph=g.phone_of(k))
    units = [
        lambda: (d.f(L(g, "{dt} {tm} - Visite de {n:init}, inf. aux. ", "{dt} {tm} - Visit by {n:init}, LPN. "),
                     dt=g.date(-60, 0, 'iso'), tm=g.time(), n=nurse), g.cs(d, 2, lead='')),
        lambda: (d.f(L(g, "{dt} - {k:first} a appelé ce matin pour dire que sa {m} avait mal dormi.",
                       "{dt} - {k:first} called this morning to say {u:first} had a bad night."),
                     dt=g.date(-60, 0, 'short'), k=k, m=g.e(u, 'père', 'mère') if g.lang == 'fr' else '', u=u), g.cs(d, 1)),
        lambda: (d.f(L(g, "{dt} - Rencontre avec la travailleuse sociale, {ts:full}, au sujet d'une demande d'hébergement.",
                       "{dt} - Met with the social worker, {ts:full}, about a long-term care application."),
                     dt=g.date(-60, 0), ts=ts), g.cs(d, 1)),
        lambda: (d.f(L(g, "{dt} - Clé laissée chez la voisine, {v}, qu'on peut joindre au {ph}.",
                       "{dt} - Spare key left with the neighbour, {v}, who can be reached at {ph}."),
                     dt=g.date(-60, 0, 'short'), v=v, ph=g.phone()),),
        lambda: (d.f(L(g, "{dt} - Repas livrés par {o}; {u:first} dit qu'ils sont trop salés.",
                       "{dt} - Meals delivered by {o}; {u:first} says they are too salty."),
                     dt=g.date(-60, 0, 'short'), o=g.named_org(), u=u), g.cs(d, 1)),
        lambda: (d.f(L(g, "{dt} - Visite annulée : {u:west} était à l'urgence depuis la veille.",
                       "{dt} - Visit cancelled: {u:west} had been in the emergency room since the day before."),
                     dt=g.date(-60, 0), u=u),),
        lambda: (d.t('- '), g.cs(d, 2, lead='')),
        lambda: (d.f(L(g, "{dt} - Travaux de voirie sur ", "{dt} - Roadwork on "), dt=g.date(-60, 0, 'short')),
                 d.put(g.street_art('le') if g.lang == 'fr' else g.street()), d.t(L(g, "; l'autobus adapté est arrivé en retard.", "; the paratransit bus was late."))),
    ]
    g.units(d, units, target, filler=lambda: (d.put(g.date(-60, 0, 'short')), d.t(' - '), g.cs(d, 1, lead=''), d.t('\n')))
    d.f(L(g, "\nNotes rédigées par {n:full}, {t}\n", "\nNotes written by {n:full}, {t}\n"), n=nurse,
        t=L(g, 'infirmière auxiliaire', 'licensed practical nurse'))


def fam_discharge(g, d, target):
    r = g.r
    p, md, fam, res = g.person(), g.person(), g.person(), g.person()
    d.f(L(g, "{o}\nRÉSUMÉ DE DOSSIER - CONGÉ\n\nNom : {p:revup}\nNAM : {nam}    Date de naissance : {dob}\nNo de dossier : {fn}\n"
             "Admission : {a}    Congé : {c}\nMédecin traitant : {t} {md:full}\nMédecin de famille : {t2} {fam:init}, {clin}\n\n",
             "{o}\nDISCHARGE SUMMARY\n\nName: {p:revup}\nHealth insurance no.: {nam}    Date of birth: {dob}\nChart no.: {fn}\n"
             "Admitted: {a}    Discharged: {c}\nAttending physician: {t} {md:full}\nFamily physician: {t2} {fam:init}, {clin}\n\n"),
        o=g.org(pattern='Hôpital|Hospital|hospitalier'), p=p, nam=g.ramq(p), dob=g.dob(p), fn=g.fileno('file'),
        a=g.date(-40, -10), c=g.date(-9, 0), t=g.dr(md), md=md, t2=g.dr(fam), fam=fam, clin=g.named_org(pattern='Clini|Pharm|Medic'))
    d.t(L(g, "Histoire\n", "History\n"))
    d.f(L(g, "{p:west} se présente à l'urgence accompagné{e} de {k:full}, qui l'a trouvé{e} au sol.",
          "{p:west} came to the emergency department with {k:full}, who found {h} on the floor."),
        p=p, e=g.e(p, '', 'e'), k=g.kin(p), h=g.e(p, 'him', 'her'))
    g.cs(d, 2)
    units = [
        lambda: (d.f(L(g, "Consultation en gériatrie par {t} {c:last} le {dt}.", "Geriatrics consult by {t} {c:last} on {dt}."),
                     t=g.dr(res), c=res, dt=g.date(-9, 0, 'short')), g.cs(d, 1)),
        lambda: (d.t(L(g, "Évolution : ", "Course: ")), g.cs(d, 2, lead='')),
        lambda: (d.f(L(g, "Le résident, {r}, a revu la médication avec la pharmacienne.", "The resident, {r}, reviewed medication with the pharmacist."),
                     r=g.person()), g.cs(d, 1)),
        lambda: (d.f(L(g, "Suivi : rendez-vous en clinique externe; la clinique appellera au {ph}.",
                       "Follow-up: outpatient clinic; the clinic will call at {ph}."), ph=g.phone()), g.cs(d, 1)),
        lambda: (d.f(L(g, "Copie transmise {t} {f:last} et au CLSC.", "Copy sent to {t} {f:last} and to the CLSC."),
                     t=L(g, g.e(fam, 'au Dr', 'à la Dre'), 'Dr.'), f=fam),),
    ]
    d.t('\n\n')
    g.units(d, units, target, sep='\n')
    d.f(L(g, "\n{md:full}, M.D.\nDicté le {dt}, transcrit par {tr:fi}\n", "\n{md:full}, M.D.\nDictated {dt}, transcribed by {tr:fi}\n"),
        md=md, dt=g.date(-9, 0), tr=g.person(gender='f'))


def fam_review(g, d, target):
    p, sup, hr = g.person(), g.person(), g.person()
    d.f(L(g, "ÉVALUATION ANNUELLE DU RENDEMENT - CONFIDENTIEL\n{o}\n\nEmployé(e) : {p:full}    Matricule : {m}\nPoste : {poste}\n"
             "Supérieur immédiat : {s:full}\nPériode évaluée : du {a} au {b}\n\n",
             "ANNUAL PERFORMANCE REVIEW - CONFIDENTIAL\n{o}\n\nEmployee: {p:full}    Employee no.: {m}\nPosition: {poste}\n"
             "Supervisor: {s:full}\nReview period: {a} to {b}\n\n"),
        o=g.org(), p=p, m=g.fileno('file'), poste=g.pick(L(g, ['agente de bureau', 'préposé aux bénéficiaires', 'technicienne en administration',
                                                               'commis aux comptes', 'répartiteur'],
                                                          ['office clerk', 'orderly', 'administrative technician', 'accounts clerk', 'dispatcher'])),
        s=sup, a=g.date(-400, -370), b=g.date(-30, -5))
    units = [
        lambda: (d.t(L(g, '1. Qualité du travail\n', '1. Quality of work\n')),
                 d.f(L(g, "{p:first} livre un travail soigné.", "{p:first} delivers careful work."), p=p), g.cs(d, 2)),
        lambda: (d.t(L(g, '2. Relations de travail\n', '2. Working relationships\n')),
                 d.f(L(g, "Ses collègues, dont {c1:first} et {c2:first}, soulignent son sens de l'entraide.",
                       "Coworkers, including {c1:first} and {c2:first}, mention how helpful {pr} is."),
                     c1=g.person(), c2=g.person(), pr=g.e(p, 'he', 'she')), g.cs(d, 1)),
        lambda: (d.t(L(g, '3. Assiduité\n', '3. Attendance\n')), g.cs(d, 2, lead='')),
        lambda: (d.t(L(g, "4. Objectifs pour l'an prochain\n", '4. Goals for next year\n')),
                 d.f(L(g, "Mentorat d'une nouvelle employée, {n:full}, à partir de {mo}.", "Mentor a new hire, {n:full}, starting in {mo}."),
                     n=g.person(), mo=g.month()), g.cs(d, 1)),
        lambda: (d.t(L(g, "5. Commentaires de l'employé(e)\n", '5. Employee comments\n')),
                 d.f(L(g, "Je remercie {s:first} pour son soutien cette année.", "I thank {s:first} for the support this year."), s=sup),
                 g.cs(d, 1)),
    ]
    g.units(d, units, target, sep='\n\n', ordered=True)
    d.f(L(g, "Signatures : {p:init} (employé{e})   {s:init} (supérieur{e2})   {h:init} (RH)\n",
          "Signatures: {p:init} (employee)   {s:init} (supervisor)   {h:init} (HR)\n"), p=p, s=sup, h=hr, e=g.e(p, '', 'e'),
        e2=g.e(sup, '', 'e'))


def fam_grievance(g, d, target):
    p, hr, sup, rep, w = g.person(), g.person(), g.person(), g.person(), g.person()
    d.f(L(g, "{u}\n\n{city}, le {dt}\n\nPAR COURRIEL\n\n{civ} {hr:full}\nDirect{x} des ressources humaines\n{o}\n\n"
             "Objet : {gn} - Suspension de {p:full}\n\n{civl},\n\n",
             "{u}\n\n{city}, {dt}\n\nBY EMAIL\n\n{civ} {hr:full}\nDirector of Human Resources\n{o}\n\nRe: {gn} - Suspension of {p:full}\n\n"
             "Dear {civ} {hr:last},\n\n"),
        u=g.org(pattern='Syndicat|Fédération|Union|Alliance|Teamsters|Association of Teachers'), city=g.city(), dt=g.date(-20, 0), civ=g.civ(hr), hr=hr,
        x=g.e(hr, 'eur', 'rice'), o=g.org(pattern='^(CISSS|CIUSSS|Ville|Municipalité|City|Town|Hôpital)|Hospital$'), gn=g.fileno('grief'), p=p,
        civl=g.civ(hr, True).capitalize())
    d.f(L(g, "Le {dt}, {p:west} a été convoqué{e} par {s:full} à une rencontre disciplinaire sans être informé{e} de son droit "
             "d'être accompagné{e}.",
          "On {dt}, {p:west} was called into a disciplinary meeting by {s:full} without being told of the right to union "
          "representation."), dt=g.date(-60, -25, 'long'), p=p, e=g.e(p, '', 'e'), s=sup)
    g.cs(d, 2)
    units = [
        lambda: (d.f(L(g, "\n\nNous invoquons notamment : {l}.", "\n\nWe rely in particular on: {l}."), l=g.law('travail|[Ll]abour|Charte|Charter')), g.cs(d, 1)),
        lambda: (d.f(L(g, "\n\nUne collègue présente ce jour-là, {w}, confirme la version des faits de {p:first}.",
                       "\n\nA coworker present that day, {w}, confirms {p:first}'s account."), w=w, p=p), g.cs(d, 1)),
        lambda: (d.f(L(g, "\n\nLa perte de salaire est évaluée à {a}.", "\n\nLost wages are estimated at {a}."), a=g.amount(400, 6000)),
                 g.cs(d, 1)),
        lambda: (d.t('\n\n'), g.cs(d, 2, lead='')),
    ]
    g.units(d, units, target, sep='')
    d.f(L(g, "\n\nVeuillez agréer, {civl}, nos salutations.\n\n{r:full}\nDélégué{e} syndical{e}\n{ph}{x}\n{em}\n\nc. c. {p:full}\n",
          "\n\nSincerely,\n\n{r:full}\nUnion representative\n{ph}{x}\n{em}\n\ncc: {p:full}\n"),
        civl=g.civ(hr, True), r=rep, e=g.e(rep, '', 'e'), ph=g.phone(), x=g.ext(), em=g.email(rep, True), p=p)


def fam_call_centre(g, d, target):
    p, ag = g.person(), g.person()
    who = L(g, ['AGENT', 'CLIENT'], ['AGENT', 'CALLER'])
    if g.chance(0.5):
        who = [ag.form('first').upper(), p.form('last').upper()]
        label = [P('PERSON', who[0]), P('PERSON', who[1])]
    else:
        label = who
    d.f(L(g, "Transcription automatique - appel entrant\nFile d'attente : {o}\nDate : {dt}    Durée : {du}\nAgent : {ag:west}\n\n",
          "Automatic transcript - inbound call\nQueue: {o}\nDate: {dt}    Duration: {du}\nAgent: {ag:west}\n\n"),
        o=g.org(), dt=g.date(-30, 0, 'iso'), du='%d:%02d' % (g.r.randint(4, 19), g.r.randint(0, 59)), ag=ag)

    def line(i, *pieces):
        d.t('[')
        d.put(g.tick(5, 50, sec=True))
        d.t('] ')
        d.put(label[i])
        d.t(': ')
        for x in pieces:
            d.put(x)
        d.t('\n')

    line(0, L(g, "Bonjour, vous êtes bien au service à la clientèle, ", "Hello, customer service, "), P('PERSON', ag.given),
         L(g, " à l'appareil.", " speaking."))
    line(1, L(g, "Oui bonjour, c'est ", "Hi, this is "), P('PERSON', p.full()), L(g, ", j'appelle pour mon dossier.", ", I'm calling about my file."))
    units = [
        lambda: (line(0, L(g, "Pouvez-vous me confirmer votre date de naissance?", "Can you confirm your date of birth?")),
                 line(1, L(g, "Oui, c'est le ", "Sure, it's "), g.dob(p), '.')),
        lambda: (line(0, L(g, "Et l'adresse au dossier?", "And the address on file?")), line(1, *g.address(sep=', '))),
        lambda: (line(0, L(g, "Un numéro pour vous rappeler?", "A number to call you back?")), line(1, g.phone(), L(g, ", le soir.", ", evenings."))),
        lambda: (line(0, C(g.sent('callcentre'))), line(1, L(g, "D'accord.", "Okay."))),
        lambda: (line(1, L(g, "Ma fille ", "My daughter "), P('PERSON', g.kin(p, 'f').form('first')),
                      L(g, " va peut-être appeler à ma place.", " might call for me."))),
        lambda: (line(1, L(g, "Je vais payer par carte, c'est le ", "I'll pay by card, it's "), g.card(), '.'),
                 line(0, L(g, "Merci, le paiement est autorisé.", "Thank you, the payment went through."))),
        lambda: (d.t('['), d.put(g.tick(5, 40, sec=True)), d.t('] '), d.put(label[0]), d.t(': '),
                 g.cs(d, 1, lead='', dom='callcentre'), d.t('\n')),
        lambda: (line(0, L(g, "Votre numéro de référence est le ", "Your reference number is "), g.fileno('ticket'), '.')),
    ]
    n = 0
    while d.n < target and n < 30:
        if units:
            units.pop(g.r.randrange(len(units)))()
        else:
            q, a = g.fresh(g.P.exchanges[g.lang] or _lines(EXCHANGES[g.lang]), 'ex').split('|')
            line(0, C(q))
            line(1, C(a))
        n += 1
    line(0, L(g, "Merci d'avoir appelé, bonne journée.", "Thanks for calling, have a good day."))


def fam_chat_export(g, d, target):
    r = g.r
    me, a, b = g.person(), g.person(), g.person()
    a = g.kin(me) if g.chance(0.4) else a
    people = [me, a, b]
    style = r.choice(['wa', 'sms'])
    d.f(L(g, "Exportation de la conversation avec {a:full}\n\n", "Chat export with {a:full}\n\n"), a=a)
    start = g.day(-40, 0)

    def say(p, *pieces):
        dt = start
        if style == 'wa':
            d.put(D('DATE', '%02d/%02d/%04d' % ((dt.day, dt.month, dt.year) if g.lang == 'fr' else (dt.month, dt.day, dt.year))))
            d.t(', ')
            d.put(g.tick(1, 40))
            d.t(' - ')
            d.put(p, r.choice(['full', 'full', 'first', 'nick']))
            d.t(': ')
        else:
            d.t('[')
            d.put(D('DATE', dt.isoformat()))
            d.t(' ')
            d.put(g.tick(1, 40, sec=False))
            d.t('] ')
            d.put(p, r.choice(['first', 'nick', 'firstlow']))
            d.t(': ')
        for x in pieces:
            d.put(x)
        d.t('\n')

    def chat(p):
        d_ = d
        say_pieces = []
        say(p)
        d_.parts.pop()   # remove '\n'
        d_.n -= 1
        g.cs(d_, 1, lead='', dom='chat')
        d_.t('\n')

    units = [
        lambda: say(a, L(g, "mon nouveau numéro c'est ", "my new number is "), g.phone_of(a, 0.3)),
        lambda: say(me, L(g, "t'as parlé à ", "did you talk to "), P('PERSON', b.form('firstlow')), '?'),
        lambda: say(b, L(g, "oui, ", "yes, "), P('PERSON', (a.nick or a.given).lower()), L(g, " dit que c'est correct", " says it's fine")),
        lambda: say(a, L(g, "l'adresse pour samedi : ", "address for saturday: "), *g.address(sep=' ', postal=g.chance(0.4))),
        lambda: say(me, '@', P('PERSON', b.form('first')), L(g, " peux-tu apporter les chaises?", " can you bring the chairs?")),
        lambda: (say(b, L(g, "envoie-moi ton courriel", "send me your email")), say(me, g.email(me))),
        lambda: say(a, L(g, "on se rejoint au coin de ", "meet me at the corner of "), *(g.street_art('le') if g.lang == 'fr' else [g.street()])),
        lambda: say(b, L(g, "ma tante est encore à ", "my aunt is still at "), *g.foreign_address(g.abroad_cc(b))[0]),
        lambda: say(a, L(g, "rendez-vous chez ", "appointment at "), g.named_org(), L(g, " à ", " at "), g.time()),
        lambda: chat(me), lambda: chat(a), lambda: chat(b), lambda: chat(a), lambda: chat(me),
        lambda: say(b, L(g, "la réunion avec ", "the meeting with "), P('PERSON', g.person().full()), L(g, " est reportée", " is moved")),
        lambda: say(a, L(g, "c'est la fête de ", "it's "), P('PERSON', me.form('nick')), L(g, " demain!!", "'s birthday tomorrow!!")),
    ]
    order = list(range(len(units)))
    r.shuffle(order)
    while d.n < target:
        if order:
            units[order.pop()]()
        else:
            chat(r.choice(people))
    if style == 'wa':
        d.t(L(g, "<Médias omis>\n", "<Media omitted>\n"))


def fam_forwarded(g, d, target):
    r = g.r
    a, b, c, e, me = g.person(), g.person(), g.person(), g.person(), g.person()
    o = g.org()
    d.f(L(g, "Bonjour {b:first},\n\nJe te transfère le message de {a:first} ci-dessous. ", "Hi {b:first},\n\nForwarding {a:first}'s message below. "),
        b=b, a=a)
    g.cs(d, 1, lead='', dom='office')
    d.f(L(g, "\n\nMerci,\n{me:first}\n\n---------- Message transféré ----------\nDe : {a:full} <{ea}>\nDate : {dt}, {tm}\n"
             "Objet : Re: dossier {fn}\nÀ : {me:full} <{em}>\nCc : {c:full} <{ec}>, {e:full} <{ee}>\n\n",
             "\n\nThanks,\n{me:first}\n\n---------- Forwarded message ---------\nFrom: {a:full} <{ea}>\nDate: {dt} at {tm}\n"
             "Subject: Re: file {fn}\nTo: {me:full} <{em}>\nCc: {c:full} <{ec}>, {e:full} <{ee}>\n\n"),
        me=me, a=a, ea=g.email(a), dt=g.date(-20, 0, 'long'), tm=g.time(), fn=g.fileno('file'), em=g.email(me, True), c=c,
        ec=g.email(c, True), e=e, ee=g.email(e))
    d.f(L(g, "Bonjour {me:first},\n\n", "Hello {me:first},\n\n"), me=me)
    units = [
        lambda: (g.cs(d, 2, lead='', dom='office'),),
        lambda: (d.f(L(g, "Comme je l'ai dit à {c:first} hier, rien n'a changé de mon côté.", "As I told {c:first} yesterday, nothing has changed on my end."), c=c),
                 g.cs(d, 1, dom='office')),
        lambda: (d.f(L(g, "Vous pouvez m'écrire à ma nouvelle adresse : ", "You can write to me at my new address: ")),
                 d.put(g.address() if g.chance(0.6) else g.foreign_address(g.abroad_cc(a))[0]), d.t('.')),
        lambda: (d.f(L(g, "Mon conjoint, {k:full}, s'occupera des papiers en mon absence.",
                       "My partner, {k:full}, will handle the paperwork while I'm away."), k=g.kin(a)),),
        lambda: (d.f(L(g, "Le rendez-vous avec {o} est fixé au {dt}.", "The appointment with {o} is set for {dt}."), o=o,
                     dt=g.date(1, 30)),),
    ]
    g.units(d, units, target, sep='\n\n')
    d.f(L(g, "Cordialement,\n\n{a:full}\n{ph}\n\nLe {dt} à {tm}, {me:full} <{em}> a écrit :\n> Bonjour {a:first},\n> ",
          "Best regards,\n\n{a:full}\n{ph}\n\nOn {dt} at {tm}, {me:full} <{em}> wrote:\n> Hi {a:first},\n> "),
        a=a, ph=g.phone_of(a), dt=g.date(-40, -21, 'abbr'), tm=g.time(), me=me, em=g.email(me, True))
    g.cs(d, 1, lead='', dom='office')
    d.t('\n> ')
    g.cs(d, 1, lead='', dom='office')
    d.f(L(g, "\n> {me:first}\n", "\n> {me:first}\n"), me=me)


def fam_spreadsheet(g, d, target):
    r = g.r
    o = g.org()
    sep = r.choice([';', ',', '\t'])
    d.f(L(g, "Exportation : liste des membres - {o}\n", "Export: member list - {o}\n"), o=o)
    g.cs(d, 2, lead='', dom='office')
    d.t('\n\n')
    cols = L(g, ['no_membre', 'nom', 'prenom', 'date_naissance', 'telephone', 'adresse', 'ville', 'code_postal', 'cotisation', 'inscrit_le'],
             ['member_id', 'last_name', 'first_name', 'birth_date', 'phone', 'address', 'city', 'postal_code', 'fee', 'joined'])
    keep = [c for i, c in enumerate(cols) if i in (1, 2, 4, 8) or r.random() < 0.7]
    d.t(sep.join(keep) + '\n')
    dstyle = r.choice(['iso', 'slash', 'sheet' if g.lang == 'en' else 'dot'])
    rows = 0
    idfmt, idbase = r.choice(['M%05d', '%d', 'MB-%04d', 'A%06d']), r.randint(100, 9000)
    while d.n < target * 0.8 or rows < 3:
        p = g.person()
        cells = []
        for c in keep:
            i = cols.index(c)
            if i == 0:
                cells.append([D('FILENO', idfmt % (rows + idbase))])
            elif i == 1:
                cells.append([P('PERSON', p.surname.upper() if r.random() < 0.3 else p.surname)])
            elif i == 2:
                cells.append([P('PERSON', p.given)])
            elif i == 3:
                cells.append([g.dob(p, dstyle)])
            elif i == 4:
                cells.append([g.phone()])
            elif i == 5:
                a = g.addr_line()
                cells.append(['"', P('ADDRESS', a), '"'] if sep in a else [P('ADDRESS', a)])
            elif i == 6:
                cells.append([g.city()])
            elif i == 7:
                cells.append([g.postal()])
            elif i == 8:
                cells.append([D('AMOUNT', '%d.00' % r.choice([10, 15, 20, 25, 40]))])
            else:
                cells.append([g.date(-700, 0, 'iso')])
        for j, c in enumerate(cells):
            if j:
                d.t(sep)
            for x in c:
                d.put(x)
        d.t('\n')
        rows += 1
    d.t('\n' + L(g, 'Remarques : ', 'Notes: '))
    g.cs(d, 3, lead='', dom='office')
    d.t('\n')


def ocr_noise(g, d):
    """OCR-like damage on the unlabelled text and the content sentences: line
    wraps near 62 columns (words of content cut with a hyphen), stray marks,
    a few confused letters.  Identifier spans are left whole."""
    r = g.r
    out, col = [], 0
    for text, kind, typ in d.parts:
        if kind == 'pii' or kind == 'decoy':
            out.append((text, kind, typ))
            col += len(text)
            continue
        buf = []
        for tok in re.split(r'( )', text):
            if tok == ' ' and col > r.randint(55, 70):
                buf.append('\n')
                col = 0
                continue
            if kind == 'content' and len(tok) > 8 and col + len(tok) > 66 and r.random() < 0.6 and tok.isalpha():
                k = r.randint(3, len(tok) - 3)
                buf.append(tok[:k] + '-\n' + tok[k:])
                col = len(tok) - k
                continue
            if kind == 'content' and r.random() < 0.04 and len(tok) > 3:
                tok = tok.replace('l', '1', 1) if 'l' in tok else tok.replace('o', '0', 1)
            buf.append(tok)
            col = 0 if '\n' in tok else col + len(tok)
        s = ''.join(buf)
        if kind is None and r.random() < 0.3 and s.endswith(' '):
            s = s[:-1] + r.choice([' ¦ ', ' . ', ' ~ ', " ' "])
        if kind == 'content':
            s = s.strip() or text
        out.append((s, kind, typ))
    d.parts = out


def fam_ocr_letter(g, d, target):
    p, sig = g.person(), g.person()
    o = g.org()
    d.f(L(g, "{o}\n{city}, le {dt}\n\n{civ} {p:full}\n", "{o}\n{city}, {dt}\n\n{civ} {p:full}\n"),
        o=o, city=g.city(), dt=g.date(-60, 0, 'long'), civ=g.civ(p), p=p)
    if g.chance(0.25):
        ad, _ = g.foreign_address(g.abroad_cc(p))
        d.put([x.replace(', ', '\n', 1) if isinstance(x, str) else x for x in ad])
    else:
        d.put(g.address(lines=True))
    d.f(L(g, "\n\nObjet : votre dossier {fn}\n\n{civl},\n\n", "\n\nRe: your file {fn}\n\nDear {civ} {p:last},\n\n"),
        fn=g.fileno('file'), civl=g.civ(p, True).capitalize(), civ=g.civ(p), p=p)
    g.cs(d, 2, lead='', dom='office')
    units = [
        lambda: (d.f(L(g, " Selon nos registres, votre date de naissance est le {dob} et votre numéro d'assurance sociale est le {nas}.",
                       " According to our records, your date of birth is {dob} and your social insurance number is {nas}."),
                     dob=g.dob(p), nas=g.nas()), g.cs(d, 1)),
        lambda: (d.f(L(g, " Votre demande a été transmise à {x:full}, qui en assure le suivi.",
                       " Your request was forwarded to {x:full}, who is handling it."), x=g.person()), g.cs(d, 1)),
        lambda: (d.f(L(g, " Pour nous joindre : {t}.", " To reach us: {t}."), t=g.tollfree()), g.cs(d, 1)),
        lambda: (d.t('\n\n'), g.cs(d, 2, lead='', dom='office')),
    ]
    g.units(d, units, target - 150, sep='')
    d.f(L(g, "\n\n{s:full}\n{t}\n", "\n\n{s:full}\n{t}\n"), s=sig, t=L(g, g.e(sig, 'Agent de bureau', 'Agente de bureau'), 'Office clerk'))
    ocr_noise(g, d)


def fam_handwritten(g, d, target):
    r = g.r
    a, b, c = g.person(), g.person(), g.person()
    d.case = r.choice(['lower', 'upper'])
    d.f(L(g, "note pour {b:first} - {dt} {tm}\n\n", "note for {b:first} - {dt} {tm}\n\n"), b=b, dt=g.date(-10, 0, 'short'), tm=g.time())
    units = [
        lambda: (d.f(L(g, "{civ} {a:last} a appelé, rappeler au {ph} avant 16 h. ", "{civ} {a:last} called, call back at {ph} before 4. "),
                     civ=g.civ(a), a=a, ph=g.phone()),),
        lambda: (d.f(L(g, "sa fille {k:first} passera chercher les papiers. ", "her daughter {k:first} will pick up the papers. "),
                     k=g.kin(a, 'f')),),
        lambda: (g.cs(d, 1, lead=''),),
        lambda: (d.f(L(g, "{c} a laissé son adresse : ", "{c} left the address: "), c=c), d.put(g.address()), d.t('. ')),
        lambda: (d.f(L(g, "né{e} le {dob} (vérifier). ", "born {dob} (check). "), e=g.e(c, '', 'e'), dob=g.dob(c)),),
        lambda: (d.f(L(g, "plaque du camion : {pl}. ", "truck plate: {pl}. "), pl=g.plate()),),
        lambda: (g.cs(d, 2, lead=''),),
    ]
    g.units(d, units, target - 40, sep='\n')
    d.f("\n- {b:initup}\n" if d.case == 'upper' else "\n- {x:first}\n", b=g.person(), x=g.person())


def fam_daycare(g, d, target):
    r = g.r
    ch, ed, par, dir_ = g.person(), g.person(gender='f'), g.person(), g.person()
    par = g.kin(ch)
    grp = r.choice(['Les Coccinelles', 'Les Libellules', 'Les Hiboux', 'Les Renardeaux'] if g.lang == 'fr' else
                   ['Ladybugs', 'Dragonflies', 'Owls', 'Fox Cubs'])
    d.f(L(g, "RAPPORT D'ACCIDENT OU D'INCIDENT\n{o}\n\nEnfant : {ch:full}    Date de naissance : {dob}\nGroupe : {grp}\n"
             "Date : {dt}    Heure : {tm}\nÉducatrice présente : {ed:west}\n\nDescription de l'événement :\n",
             "ACCIDENT / INCIDENT REPORT\n{o}\n\nChild: {ch:full}    Date of birth: {dob}\nGroup: {grp}\n"
             "Date: {dt}    Time: {tm}\nEducator present: {ed:west}\n\nWhat happened:\n"),
        o=g.org(pattern='CPE|Garderie|Daycare|Learning|Child Care'), ch=ch, dob=g.dob(ch, None, g.base.year - 5, g.base.year - 1), grp=grp, dt=g.date(-30, 0), tm=g.time(), ed=ed)
    d.f(L(g, "{ch:first} jouait avec son groupe quand c'est arrivé.", "{ch:first} was playing with the group when it happened."), ch=ch)
    g.cs(d, 1, dom='daycare')
    units = [
        lambda: (d.f(L(g, " {o:first} était à côté et a tout vu.", " {o:first} was right beside and saw everything."), o=g.person()),
                 g.cs(d, 1, dom='daycare')),
        lambda: (g.cs(d, 2, dom='daycare'),),
        lambda: (d.f(L(g, "\n\nSoins donnés par : {ed:fi}", "\n\nFirst aid given by: {ed:fi}"), ed=ed), g.cs(d, 1, lead='\n', dom='daycare')),
        lambda: (d.f(L(g, "\n\nParent avisé : {p:full}, par téléphone au {ph}, à {tm}.", "\n\nParent notified: {p:full}, by phone at {ph}, at {tm}."),
                     p=par, ph=g.phone(), tm=g.time()),),
        lambda: (d.f(L(g, "\nL'autre enfant impliqué ({x:first}) a été retiré du jeu.", "\nThe other child involved ({x:first}) was taken out of the game."),
                     x=g.person()),),
    ]
    g.units(d, units, target - 80, sep='')
    d.f(L(g, "\n\nSignature de la direction : {dr:init}\nSignature du parent : ________\n",
          "\n\nDirector's signature: {dr:init}\nParent's signature: ________\n"), dr=dir_)


def fam_food_bank(g, d, target):
    r = g.r
    p, iv = g.person(), g.person(gender='f')
    sp = g.kin(p)
    d.f(L(g, "FICHE D'INSCRIPTION - {o}\n\nNom : {p:lastup}    Prénom : {p:first}\nDate de naissance : {dob}\nAdresse : ",
          "INTAKE FORM - {o}\n\nLast name: {p:lastup}    First name: {p:first}\nDate of birth: {dob}\nAddress: "),
        o=g.org(pattern='alimentaire|Comptoir|Food|Cuisine'), p=p, dob=g.dob(p, lo=1950, hi=2004))
    d.put(g.address())
    d.f(L(g, "\nTéléphone : {ph}    Cellulaire : {ph2}\nRevenu mensuel déclaré : {a}\n\nComposition du ménage :\n",
          "\nPhone: {ph}    Cell: {ph2}\nDeclared monthly income: {a}\n\nHousehold:\n"),
        ph=g.phone(), ph2=g.phone_of(p), a=g.amount(600, 2600))
    d.f(L(g, "- {s:full}, conjoint{e}, né{e} le {dob}\n", "- {s:full}, spouse, born {dob}\n"), s=sp, e=g.e(sp, '', 'e'), dob=g.dob(sp, lo=1950, hi=2004))
    for _ in range(r.randint(1, 3)):
        c = g.kin(p)
        d.f(L(g, "- {c:first}, {n} ans\n", "- {c:first}, {n} years old\n"), c=c, n=str(r.randint(1, 17)))
    d.f(L(g, "\nNotes de l'intervenante ({iv:fi}) :\n", "\nWorker's notes ({iv:fi}):\n"), iv=iv)
    units = [
        lambda: (d.f(L(g, "Ce matin, {p:first} est arrivé{e} avec {s:first} et les enfants.", "This morning {p:first} came in with {s:first} and the kids."),
                     p=p, e=g.e(p, '', 'e'), s=sp), g.cs(d, 1)),
        lambda: (g.cs(d, 2, lead=''),),
        lambda: (d.f(L(g, "Référé{e} par {x:full} de {o}.", "Referred by {x:full} from {o}."), e=g.e(p, '', 'e'), x=g.person(), o=g.org()),),
        lambda: (d.t(L(g, "Le ménage habite près ", "The household lives near ")),
                 d.put(g.street_art('de') if g.lang == 'fr' else g.street()),
                 d.t(L(g, ", loin des arrêts d'autobus.", ", far from any bus stop."))),
        lambda: (d.f(L(g, "Livraison possible par le bénévole {v:first} le {dt}.", "Delivery possible by volunteer {v:first} on {dt}."),
                     v=g.person(), dt=g.date(1, 14, 'short')),),
    ]
    g.units(d, units, target, sep='\n')


def C(s):
    return ('content', 'CONTENT', s)


def fam_iep(g, d, target):
    r = g.r
    ch, mo, te, tes, dir_ = g.person(), g.person(), g.person(gender='f'), g.person(), g.person()
    mo = g.kin(ch, 'f')
    d.f(L(g, "PLAN D'INTERVENTION\n{o}\n\nÉlève : {ch:revup}    Date de naissance : {dob}    Groupe : {grp}\nDate de la rencontre : {dt}\n"
             "Présences : {mo:full} (mère), {te:full} (enseignante), {tes:full} (TES), {di:init} (direction adjointe)\n\n",
             "INDIVIDUALIZED EDUCATION PLAN\n{o}\n\nStudent: {ch:revup}    Date of birth: {dob}    Class: {grp}\nMeeting date: {dt}\n"
             "Present: {mo:full} (mother), {te:full} (teacher), {tes:full} (SET), {di:init} (vice-principal)\n\n"),
        o=g.org(pattern='École|School|Centre de services|scolaire'), ch=ch, dob=g.child_dob(ch), grp=r.choice(['301', '402', '5e B', '6-12', 'Gr. 4']),
        dt=g.date(-30, 0), mo=mo, te=te, tes=tes, di=dir_)
    units = [
        lambda: (d.t(L(g, "Forces\n", "Strengths\n")),
                 d.f(L(g, "{c:first} est curieu{x} et aime aider les autres.", "{c:first} is curious and likes helping others."), c=ch,
                     x=g.e(ch, 'x', 'se')), g.cs(d, 1)),
        lambda: (d.t(L(g, "Besoins\n", "Needs\n")), g.cs(d, 2, lead='')),
        lambda: (d.t(L(g, "Observations de la famille\n", "Family's observations\n")),
                 d.f(L(g, "Selon {m:first}, {c:first} fait ses devoirs seul depuis la relâche.", "According to {m:first}, {c:first} has done homework alone since the break."),
                     m=mo, c=ch), g.cs(d, 1)),
        lambda: (d.t(L(g, "Moyens retenus\n", "Strategies\n")), g.cs(d, 2, lead='')),
        lambda: (d.t(L(g, "Suivi\n", "Follow-up\n")),
                 d.f(L(g, "{t:first} communiquera avec la famille par courriel ({em}).", "{t:first} will email the family ({em})."), t=te, em=g.email(mo)),
                 g.cs(d, 1)),
        lambda: (d.f(L(g, "Référence en orthophonie : {x}, {o}.", "Speech therapy referral: {x}, {o}."), x=g.person(), o=g.named_org()),),
    ]
    g.units(d, units, target, sep='\n\n', ordered=True)
    d.f(L(g, "Prochaine révision : {dt}\n", "Next review: {dt}\n"), dt=g.date(60, 150))


def fam_licence_letter(g, d, target):
    p, ag = g.person(), g.person()
    g.dob_of(p, 1940, 2004)
    d.f(L(g, "{o}\nCase postale 19500, Québec\n\n{dt}\n\n{civ} {p:up}\n", "{o}\nP.O. Box 19500, Québec\n\n{dt}\n\n{civ} {p:up}\n"),
        o=g.org(pattern="automobile"), dt=g.date(-15, 0, 'long'), civ=g.civ(p).upper(), p=p)
    d.put(g.address(lines=True, up=True))
    d.f(L(g, "\n\nNo de dossier : {fn}\nNo de permis : {lic}\nVéhicule : {pl}\n\nObjet : Avis de suspension\n\n{civl},\n\n",
          "\n\nFile no.: {fn}\nLicence no.: {lic}\nVehicle: {pl}\n\nSubject: Notice of suspension\n\nDear {civ} {p:last},\n\n"),
        fn=g.fileno('saaq'), lic=g.licence(p), pl=g.plate(), civl=g.civ(p, True).capitalize(), civ=g.civ(p), p=p)
    g.cs(d, 2, lead='', dom='transport')
    units = [
        lambda: (d.f(L(g, "\n\nCette décision est rendue en vertu des dispositions suivantes : {l}.", "\n\nThis decision is made under the following: {l}."), l=g.law('routière|automobile|Highway|Automobile')), g.cs(d, 1)),
        lambda: (d.f(L(g, "\n\nLe montant dû est de {a}.", "\n\nThe amount owing is {a}."), a=g.amount(80, 900)), g.cs(d, 1)),
        lambda: (d.f(L(g, " Pour toute question, composez le {t}.", " For information, call {t}."), t=g.tollfree()),),
        lambda: (d.t('\n\n'), g.cs(d, 2, lead='')),
    ]
    g.units(d, units, target - 60, sep='')
    d.f(L(g, "\n\n{a:full}\nService de l'admissibilité\n", "\n\n{a:full}\nEligibility Services\n"), a=ag)


def fam_claim(g, d, target):
    p, adj = g.person(), g.person()
    d.f(L(g, "DÉCLARATION DE SINISTRE\n{o}\n\nNo de réclamation : {cl}\nNo de police : {po}\nAssuré(e) : {p:full}\nAdresse du risque : ",
          "PROPERTY LOSS NOTICE\n{o}\n\nClaim no.: {cl}\nPolicy no.: {po}\nInsured: {p:full}\nRisk address: "),
        o=g.org(pattern='Mutuelle|Promutuel|Insurance|Capitale|Desjardins'), cl=g.fileno('claim'), po=g.fileno('policy'), p=p)
    d.put(g.address())
    d.f(L(g, "\nTéléphone : {ph}    Courriel : {em}\nDate du sinistre : {dt}\n\nDescription :\n",
          "\nPhone: {ph}    Email: {em}\nDate of loss: {dt}\n\nDescription:\n"), ph=g.phone(), em=g.email(p), dt=g.date(-30, -2))
    g.cs(d, 2, lead='', dom='insurance')
    units = [
        lambda: (d.f(L(g, "\nLe locataire du haut, {x:full}, dit avoir fermé l'eau vers {tm}.", "\nThe upstairs tenant, {x:full}, says he shut the water off around {tm}."),
                     x=g.person(gender='m'), tm=g.time()), g.cs(d, 1)),
        lambda: (d.f(L(g, "\nExpert en sinistre : {a:full}, {t}.", "\nAdjuster: {a:full}, {t}."), a=adj, t=g.tollfree()),),
        lambda: (d.f(L(g, "\nIndemnité versée par dépôt direct : ", "\nSettlement paid by direct deposit: ")), d.put(g.bank()), d.t('.')),
        lambda: (d.f(L(g, "\nFranchise de {a} payée par carte {c}.", "\nDeductible of {a} paid by card {c}."), a=g.amount(250, 1000), c=g.card()),),
        lambda: (d.f(L(g, "\nFactures de {o} à rembourser : {a}.", "\nInvoices from {o} to reimburse: {a}."), o=g.named_org(), a=g.amount()),),
        lambda: (d.t('\n'), g.cs(d, 2, lead='')),
    ]
    g.units(d, units, target, sep='')
    d.t('\n')


def fam_shelter_log(g, d, target):
    r = g.r
    res = [g.person(gender='f') for _ in range(3)]
    wk = g.person(gender='f')
    d.f(L(g, "{o} - journal de nuit\nNuit du {dt}\nIntervenante : {w:fi}\n\n", "{o} - night log\nNight of {dt}\nWorker on shift: {w:fi}\n\n"),
        o=g.org(pattern='Maison|Refuge|Auberge|Mission|Shelter|Tangente'), dt=g.date(-20, 0, 'long'), w=wk)
    units = [
        lambda: (d.put(g.tick(10, 50)), d.f(L(g, " - {a:first} (ch. {n}) demande à parler à une intervenante. ", " - {a:first} (room {n}) asks to talk to a worker. "),
                                            a=res[0], n=str(r.randint(1, 12))), g.cs(d, 1, lead='')),
        lambda: (d.put(g.tick(10, 50)), d.f(L(g, " - Appel de {x:full} qui demande si {a:first} est ici; ni confirmé ni infirmé.",
                                                " - Call from {x:full} asking whether {a:first} is here; neither confirmed nor denied."),
                                            x=g.person(gender='m'), a=res[1])),
        lambda: (d.put(g.tick(10, 50)), d.f(L(g, " - Patrouille : agent {x:last}, matricule {m}, vérifie l'entrée.", " - Patrol: Constable {x:last}, badge {m}, checked the entrance."),
                                            x=g.person(), m=str(r.randint(1000, 9999)))),
        lambda: (d.put(g.tick(10, 50)), d.t(' - '), g.cs(d, 2, lead='')),
        lambda: (d.put(g.tick(10, 50)), d.f(L(g, " - {a:first} et {b:first} ont regardé un film dans la salle commune.", " - {a:first} and {b:first} watched a movie in the common room."),
                                            a=res[2], b=res[0]), g.cs(d, 1)),
        lambda: (d.put(g.tick(10, 50)), d.f(L(g, " - Nouvelle admission : {a:full}, née le {dob}, référée par {o}.", " - New intake: {a:full}, born {dob}, referred by {o}."),
                                            a=res[2], dob=g.dob(res[2], lo=1960, hi=2005), o=g.org())),
        lambda: (d.put(g.tick(10, 50)), d.t(' - '), g.cs(d, 1, lead='')),
    ]
    g.units(d, units, target, sep='\n', filler=lambda: (d.put(g.tick(10, 50)), d.t(' - '), g.cs(d, 1, lead='')))


# --- French only ---------------------------------------------------------------

def fam_fr_taq(g, d, target):
    r = g.r
    p, j1, j2, av, av2, w, gr = (g.person() for _ in range(7))
    d.f("TRIBUNAL ADMINISTRATIF DU QUÉBEC\nSection des affaires sociales\n\nDossier : {fn}\nPROCÈS-VERBAL D'AUDIENCE\n"
        "Date : {dt}    Lieu : {city}\nMembres : {j1:full}, juge administrati{e1}; {j2:full}, membre médecin\n"
        "Partie requérante : {p:full}, représenté{e} par Me {av:full}\nPartie intimée : {o}, représentée par Me {av2:last}\n\n",
        fn=g.fileno('taq'), dt=g.date(-30, 0), city=g.city(), j1=j1, e1=g.e(j1, 'f', 've'), j2=j2, p=p, e=g.e(p, '', 'e'), av=av,
        o=g.org(pattern='^(Société|Régie de l|Commission|Revenu)'), av2=av2)
    units = [
        lambda: (d.put(g.tick(3, 20)), d.t(' '), g.cs(d, 1, lead='', dom='court')),
        lambda: (d.put(g.tick(3, 20)), d.f(" Me {a:last} dépose les pièces R-1 à R-{n}.", a=av, n=str(r.randint(3, 12))), g.cs(d, 1, dom='court')),
        lambda: (d.put(g.tick(3, 20)), d.f(" Témoignage de {p:west}.", p=p), g.cs(d, 1, dom='court')),
        lambda: (d.put(g.tick(3, 20)), d.f(" Le témoin, {w:full}, est assermenté{e}.", w=w, e=g.e(w, '', 'e')), g.cs(d, 1, dom='court')),
        lambda: (d.put(g.tick(3, 20)), d.f(" Me {a:last} interroge {w:west} sur la visite du {dt}.", a=av2, w=w, dt=g.date(-300, -60, 'short'))),
        lambda: (d.put(g.tick(3, 20)), d.t(' '), g.exchange(d, 'Q. ', 'R. ')),
        lambda: (d.put(g.tick(3, 20)), d.f(" {j:west} suspend l'audience pour dix minutes.", j=j1)),
        lambda: (d.put(g.tick(3, 20)), d.f(" Référence à l'{l}.", l=D('LAW', g.pick(['article 83 de la Loi sur la justice administrative',
                                                                                   'article 12 de la Loi sur l\'assurance automobile'])))),
    ]
    g.units(d, units, target, sep='\n', filler=lambda: (d.put(g.tick(3, 20)), d.t(' '), g.cs(d, 1, lead='', dom='court')))
    d.f("\nGreffi{x} : {gr:init}\n", x=g.e(gr, 'er', 'ère'), gr=gr)


def fam_fr_requete(g, d, target):
    p, n, insp = g.person(), g.person(), g.person()
    d.f("{o}\nREQUÊTE CITOYENNE no {fn}\nReçue le {dt} à {tm} ({canal})\n\nRequérant{e} : {p:full}\nAdresse : ",
        o=g.org(pattern='Ville|Municipalité'), fn=g.fileno('req'), dt=g.date(-20, 0), tm=g.time(),
        canal=g.pick(['téléphone', 'courriel', 'formulaire web', 'comptoir']), e=g.e(p, '', 'e'), p=p)
    d.put(g.address())
    d.f("\nTéléphone : {ph}    Courriel : {em}\nObjet : travaux sans permis - {st}\n\nDescription :\n",
        ph=g.phone(), em=g.email(p), st=g.street('fr'))
    d.f("Le voisin d'en face, {n:full}, agrandit son garage depuis deux semaines. ", n=n)
    g.cs(d, 1, lead='', dom='municipal')
    units = [
        lambda: (d.f(" Selon {p:first}, {n:last} aurait dit qu'il avait « un papier de la ville ».", p=p, n=n), g.cs(d, 1, dom='municipal')),
        lambda: (d.f(" Le lot visé est le {l}.", l=g.fileno('lot')), g.cs(d, 1, dom='municipal')),
        lambda: (d.f("\n\nSuivi : {i:init}, inspect{x}, visite prévue le {dt}.", i=insp, x=g.e(insp, 'eur', 'rice'), dt=g.date(1, 10, 'short')),),
        lambda: (d.f("\n\nRéférence : {l}.", l=g.law('Règlement|cités')), g.cs(d, 1, dom='municipal')),
        lambda: (d.f("\n\nNote : l'entrepreneur serait {o}, qui travaille aussi sur la {st}.", o=g.named_org(), st=g.street('fr')),),
        lambda: (d.t('\n\n'), g.cs(d, 2, lead='', dom='municipal')),
    ]
    g.units(d, units, target, sep='')
    d.t('\n')


def fam_fr_accueil(g, d, target):
    r = g.r
    p = g.person(origin=r.choice(['ht', 'mg', 'lb', 'la', 'wa', 'ca', 'vi', 'ua', 'fa', 'sa', 'ph', 'zh', 'ko']))
    cc = g.abroad_cc(p)
    code = g.P.abroad[cc][0]
    d.f("{o}\nDOSSIER D'ACCUEIL - NOUVELLE ARRIVÉE\n\nNom : {p:upfirst}\nDate de naissance : {dob}\nPays de provenance : {pays}\n"
        "No de passeport : {pp}\nDernière adresse à l'étranger : ",
        o=g.org(pattern='ccueil|mmigra|Carrefour'), p=p, dob=g.dob(p, lo=1960, hi=2006), pays=D('PLACE', COUNTRY[cc][0]),
        pp=g.passport(foreign=True))
    pieces, _ = g.foreign_address(cc, country=False)
    d.put(pieces)
    d.f("\nTéléphone à l'étranger : {ph}\nTéléphone au Québec : {ph2}\nArrivée : {dt}\n\nMembres de la famille :\n",
        ph=g.phone(code=code if code in INTL_PHONE else None), ph2=g.phone(), dt=g.date(-90, -5))
    for _ in range(r.randint(1, 3)):
        k = g.kin(p)
        spouse = g.chance(0.4)
        d.f("- {k:full}, {rel}, né{e} le {dob}\n", k=k, rel=g.e(k, 'conjoint', 'conjointe') if spouse else g.e(k, 'fils', 'fille'),
            e=g.e(k, '', 'e'), dob=g.dob(k, lo=1960, hi=2004) if spouse else g.dob(k, lo=2005, hi=2022))
    d.t('\nNotes :\n')
    units = [
        lambda: (d.f("Ce matin, {p:first} est venu{e} avec sa cousine, {c:full}, qui habite {city} depuis dix ans.", p=p, e=g.e(p, '', 'e'),
                     c=g.person(p.origin, 'f'), city=g.city()), g.cs(d, 1, dom='immigration')),
        lambda: (g.cs(d, 2, lead='', dom='immigration'),),
        lambda: (d.f("Hébergement temporaire : ", ), d.put(g.address()), d.t('.')),
        lambda: (d.f("Rendez-vous pris avec {x:full} pour la reconnaissance des diplômes.", x=g.person()), g.cs(d, 1, dom='immigration')),
        lambda: (d.f("NAS temporaire reçu : {n}.", n=P('NAS', g.luhn_complete('9' + g.digits(7)))),),
    ]
    g.units(d, units, target, sep='\n')


def fam_fr_aine(g, d, target):
    r = g.r
    a, c, m, iv = g.person(gender=r.choice('fm')), g.person(gender='f'), g.person(), g.person()
    m = g.kin(a, 'm')
    d.f("{o} - fiche d'appel\nAppel reçu le {dt} à {tm}\n\nAppelante : {c:full} (voisine), {ph}\nPersonne aînée : {a:full}, DDN {dob}\nAdresse : ",
        o=g.org(pattern='Abus|plaintes|aînés|^CLSC'), dt=g.date(-15, 0), tm=g.time(), c=c, ph=g.phone(), a=a, dob=g.dob(a, lo=1928, hi=1950))
    d.put(g.address(postal=r.random() < 0.5))
    d.f("\nPersonne mise en cause : {m:full} (neveu)\n\nRésumé :\n", m=m)
    d.f("{c:first} raconte que {m:first} vient chaque début de mois et repart avec la carte bancaire de {a:first}.", c=c, m=m, a=a)
    g.cs(d, 1, dom='elder')
    units = [
        lambda: (g.cs(d, 2, dom='elder'),),
        lambda: (d.f(" Le compte visé serait le ",), d.put(g.bank(pieces=False)), d.t(' à la '), d.put(g.org(pattern='^(Caisse|Banque (Nationale|Laurentienne))')), d.t('.')),
        lambda: (d.f(" {x:last}, la concierge, aurait aussi remarqué des allées et venues.", x=g.person(gender='f')),
                 g.cs(d, 1, dom='elder')),
        lambda: (d.f(" {m:last} conduirait une camionnette grise, plaque {pl}.", m=m, pl=g.plate()),),
        lambda: (d.f("\n\nSuivi : {i:init}, travailleu{x} social{e}, rappellera le {dt}.", i=iv, x=g.e(iv, 'r', 'se'), e=g.e(iv, '', 'e'),
                     dt=g.date(1, 5, 'short')),),
    ]
    g.units(d, units, target, sep='')
    d.t('\n')


def fam_fr_conseil(g, d, target):
    r = g.r
    mayor = g.person()
    cons = [g.person() for _ in range(3)]
    city = g.city()
    d.f("PROCÈS-VERBAL de la séance ordinaire du conseil municipal de {c}, tenue le {dt} à {tm}\n\nPrésences : {m:full}, {t}; "
        "{a:full}, {b:full} et {x:full}, conseill{e}\n\nPÉRIODE DE QUESTIONS\n\n",
        c=city, dt=g.date(-30, 0, 'long'), tm=g.time(), m=mayor, t=g.e(mayor, 'maire', 'mairesse'), a=cons[0], b=cons[1], x=cons[2],
        e='ers' if any(k.gender == 'm' for k in cons) else 'ères')
    def snow():
        d.f("Une citoyenne, {p:full}, demande pourquoi ", p=g.person(gender='f'))
        pieces = g.street_art('le')
        d.put(pieces)
        fem = pieces[0] == 'la ' or (pieces[0] == "l'" and pieces[1][2].split(' ')[0] in g.FEM_TYPES)
        d.t(" n'a pas été déneigé%s." % ('e' if fem else ''))
        g.cs(d, 1, dom='municipal')

    def citizen():
        p = g.person()
        d.f("{p:full}, résident{e} ", p=p, e=g.e(p, '', 'e'))
        d.put(g.street_art('de'))
        d.t(", se plaint de la circulation. ")
        g.cs(d, 1, lead='', dom='municipal')
        d.f(" {c:last} répond que le dossier est à l'étude.", c=cons[0])

    units = [
        lambda: (citizen(),),
        lambda: (d.f("{p:full} dépose une pétition de {n} signatures au sujet du parc {o}.", p=g.person(), n=str(r.randint(40, 400)), o=g.named_org()),
                 g.cs(d, 1, dom='municipal')),
        lambda: (d.f("{m:west} rappelle les règles de la période de questions.", m=mayor), g.cs(d, 1, dom='municipal')),
        lambda: (d.f("Résolution {n} : octroi d'un contrat de {a} à {o}. Proposée par {x:last}, appuyée par {y:last}.", n=g.fileno('res'),
                     a=g.amount(5000, 90000), o=g.named_org(), x=cons[1], y=cons[2]),),
        lambda: snow(),
        lambda: (g.cs(d, 2, lead='', dom='municipal'),),
    ]
    g.units(d, units, target, sep='\n\n')
    d.f("Greffi{x} : {g:init}\n", x='er' if g.chance(0.5) else 'ère', g=g.person())


def fam_fr_attestation(g, d, target):
    p, hr = g.person(), g.person()
    d.f("{o}\n\n{city}, le {dt}\n\nATTESTATION D'EMPLOI\n\nÀ qui de droit,\n\nNous attestons que {civ} {p:full}, né{e} le {dob}, "
        "numéro d'assurance sociale {nas}, est à notre emploi depuis le {deb} à titre de {poste}.",
        o=g.org(), city=g.city(), dt=g.date(-10, 0, 'long'), civ=g.civ(p), p=p, e=g.e(p, '', 'e'), dob=g.dob(p, lo=1960, hi=2003),
        nas=g.nas(), deb=g.date(-3000, -200, 'long'), poste=g.pick(['préposé' + g.e(p, '', 'e') + ' aux bénéficiaires', 'commis de bureau',
                                                                     'technicien' + g.e(p, '', 'ne') + ' en loisirs', 'chauffeur']))
    g.cs(d, 1)
    units = [
        lambda: (d.f(" Son salaire annuel brut est de {a}.", a=g.amount(32000, 78000)), g.cs(d, 1)),
        lambda: (d.f(" Sa paie est déposée au compte ",), d.put(g.bank()), d.t('.')),
        lambda: (d.f(" Son adresse à nos dossiers est le "), d.put(g.address()), d.t('.')),
        lambda: (g.cs(d, 2),),
    ]
    g.units(d, units, target - 120, sep='')
    d.f("\n\nVeuillez agréer nos salutations distinguées.\n\n{h:full}\nConseill{x} en ressources humaines\n{ph}{ext}\n{em}\n",
        h=hr, x=g.e(hr, 'er', 'ère'), ph=g.phone(), ext=g.ext(), em=g.email(hr, True))


# --- English only ----------------------------------------------------------------

def fam_en_meeting_chat(g, d, target):
    r = g.r
    ppl = [g.person() for _ in range(4)]
    d.f("Meeting chat - {o} - {dt}\n\n", o=g.org('en'), dt=g.date(-20, 0, 'long'))

    def msg(p, *pieces):
        d.put(g.tick(1, 4))
        d.t(' From ')
        d.put(p, r.choice(['full', 'full', 'first', 'fi']))
        d.t(r.choice([' to Everyone: ', ' to Everyone: ', ' (privately): ']))
        for x in pieces:
            d.put(x)
        d.t('\n')

    units = [
        lambda: msg(ppl[0], C(g.sent('chat'))),
        lambda: msg(ppl[1], '@', P('PERSON', ppl[0].form('first')), ' ', C(g.sent('chat'))),
        lambda: msg(ppl[2], "i'll be late, ", P('PERSON', ppl[3].form('firstlow')), ' can start without me'),
        lambda: msg(ppl[3], 'my number if the sound drops: ', g.phone()),
        lambda: msg(ppl[0], 'agenda is in the shared folder, ask ', P('PERSON', g.person().full()), ' for access'),
        lambda: msg(ppl[1], 'thanks ', P('PERSON', ppl[2].form('nicklow')), '!'),
        lambda: msg(ppl[2], C(g.sent('chat'))),
        lambda: msg(ppl[3], 'send the minutes to ', g.email(ppl[1], True)),
        lambda: msg(ppl[0], 'reminder: the training with ', g.named_org('en'), ' is on ', g.date(3, 20, 'short')),
        lambda: msg(ppl[1], C(g.sent('chat'))),
        lambda: msg(ppl[2], 'I spoke with ', P('PERSON', g.person().surname), ' about the budget, ', C(g.sent('chat'))),
    ]
    order = list(range(len(units)))
    r.shuffle(order)
    while d.n < target:
        if order:
            units[order.pop()]()
        else:
            msg(r.choice(ppl), C(g.sent('chat')))
    d.t('\n')
    g.cs(d, 2, lead='', dom='office')
    d.t('\n')


def fam_en_reference(g, d, target):
    r = g.r
    c, ref, me = g.person(), g.person(), g.person()
    d.f("REFERENCE CHECK - CONFIDENTIAL\n{o}\n\nCandidate: {c:full}\nPosition: {pos}\nReference: {ref:full}, {rt} at {ro}\nPhone: {ph}{x}\n"
        "Date: {dt}    Done by: {me:fi}\n\n",
        o=g.org('en'), c=c, pos=g.pick(['Payroll clerk', 'Youth worker', 'Receptionist', 'Maintenance technician']), ref=ref,
        rt=g.pick(['former supervisor', 'team lead', 'manager']), ro=g.named_org('en'), ph=g.phone(), x=g.ext('en'), dt=g.date(-10, 0), me=me)
    units = [
        lambda: (d.f("Q. How long did you work with {c:first}?\nA. About {n} years; {ref:first} hired {h} in {y}.\n", c=c, n=str(r.randint(2, 9)),
                     ref=ref, h=g.e(c, 'him', 'her'), y=g.year(2008, 2021)),),
        lambda: (d.t('Q. Strengths?\nA. '), g.cs(d, 2, lead='', dom='hr'), d.t('\n')),
        lambda: (d.f("Q. Any concerns?\nA. Not really. {o:last}, who shared an office with {h}, may tell you more.\n",
                     o=g.person(), h=g.e(c, 'him', 'her')),),
        lambda: (d.t('Q. Would you rehire?\nA. '), g.cs(d, 1, lead='', dom='hr'), d.t('\n')),
        lambda: (d.f("Note: {ref:last} asked that {c:first} not be told what was said.\n", ref=ref, c=c),),
        lambda: (d.t('Comments: '), g.cs(d, 2, lead='', dom='hr'), d.t('\n')),
    ]
    g.units(d, units, target, sep='')


# ---------------------------------------------------------------------------

FAMILIES = [
    ('fr_soins_domicile', 'fr', fam_home_care, 'health'), ('fr_resume_conge', 'fr', fam_discharge, 'health'),
    ('fr_evaluation_rendement', 'fr', fam_review, 'hr'), ('fr_grief_syndical', 'fr', fam_grievance, 'union'),
    ('fr_transcription_appel', 'fr', fam_call_centre, 'callcentre'), ('fr_export_messagerie', 'fr', fam_chat_export, 'chat'),
    ('fr_courriel_transfere', 'fr', fam_forwarded, 'office'), ('fr_export_tableur', 'fr', fam_spreadsheet, 'office'),
    ('fr_lettre_numerisee_ocr', 'fr', fam_ocr_letter, 'office'), ('fr_note_manuscrite', 'fr', fam_handwritten, 'office'),
    ('fr_cpe_accident', 'fr', fam_daycare, 'daycare'), ('fr_banque_alimentaire', 'fr', fam_food_bank, 'food'),
    ('fr_plan_intervention', 'fr', fam_iep, 'school'), ('fr_lettre_saaq', 'fr', fam_licence_letter, 'transport'),
    ('fr_reclamation_assurance', 'fr', fam_claim, 'insurance'), ('fr_journal_hebergement', 'fr', fam_shelter_log, 'shelter'),
    ('fr_audience_taq', 'fr', fam_fr_taq, 'court'), ('fr_requete_citoyenne', 'fr', fam_fr_requete, 'municipal'),
    ('fr_accueil_nouveaux_arrivants', 'fr', fam_fr_accueil, 'immigration'), ('fr_signalement_aine', 'fr', fam_fr_aine, 'elder'),
    ('fr_periode_questions', 'fr', fam_fr_conseil, 'municipal'), ('fr_attestation_emploi', 'fr', fam_fr_attestation, 'attest'),
    ('en_home_care_log', 'en', fam_home_care, 'health'), ('en_discharge_summary', 'en', fam_discharge, 'health'),
    ('en_performance_review', 'en', fam_review, 'hr'), ('en_grievance_letter', 'en', fam_grievance, 'union'),
    ('en_call_transcript', 'en', fam_call_centre, 'callcentre'), ('en_chat_export', 'en', fam_chat_export, 'chat'),
    ('en_forwarded_email', 'en', fam_forwarded, 'office'), ('en_spreadsheet_export', 'en', fam_spreadsheet, 'office'),
    ('en_scanned_letter_ocr', 'en', fam_ocr_letter, 'office'), ('en_handwritten_note', 'en', fam_handwritten, 'office'),
    ('en_daycare_incident', 'en', fam_daycare, 'daycare'), ('en_food_bank_intake', 'en', fam_food_bank, 'food'),
    ('en_iep_meeting', 'en', fam_iep, 'school'), ('en_licence_suspension', 'en', fam_licence_letter, 'transport'),
    ('en_insurance_claim', 'en', fam_claim, 'insurance'), ('en_shelter_night_log', 'en', fam_shelter_log, 'shelter'),
    ('en_meeting_chat', 'en', fam_en_meeting_chat, 'chat'), ('en_reference_check', 'en', fam_en_reference, 'hr'),
]
FR_SHARE = 0.55


# ---------------------------------------------------------------------------
# Documents

def person_strings(text, spans):
    """Problems: a labelled PERSON string found elsewhere in the text, as a
    whole word, outside every pii span."""
    b = text.encode('utf-8')
    covered = bytearray(len(b))
    for s in spans:
        if s['kind'] == 'pii':
            covered[s['start']:s['end']] = b'\x01' * (s['end'] - s['start'])
    bad = []
    for name in sorted(set(s['_s'] for s in spans if s['type'] == 'PERSON')):
        for m in re.finditer(r'(?<!\w)' + re.escape(name) + r'(?!\w)', text):
            st = len(text[:m.start()].encode('utf-8'))
            en = st + len(name.encode('utf-8'))
            if not all(covered[k] for k in range(st, en) if b[k] not in (32, 45)):
                bad.append((name, st))
    return bad


def make_doc(mode, seed, i, pools):
    rng0 = random.Random('indep14|%s|%s|%d' % (mode, seed, i))
    lang = 'fr' if rng0.random() < FR_SHARE else 'en'
    fams = [f for f in FAMILIES if f[1] == lang]
    name, lang, fn, dom = fams[rng0.randrange(len(fams))]
    for attempt in range(80):
        rng = random.Random('indep14|%s|%s|%d|%d' % (mode, seed, i, attempt))
        target = rng.randint(650, 1700) if attempt < 30 else rng.randint(600, 1100)
        g = Gen(pools, rng, lang, mode)
        g.dom = dom
        d = Doc(lang)
        fn(g, d, target)
        text, spans = d.build()
        if 600 <= len(text) <= 2500 and not person_strings(text, spans):
            break
    else:
        raise RuntimeError('no document of the right shape for %s' % name)
    return {'id': 'indep14-%s-%s-%04d' % (mode, seed, i), 'lang': lang, 'family': name, 'text': text,
            'spans': [{k: s[k] for k in ('start', 'end', 'kind', 'type')} for s in spans]}, spans


def generate(mode, count, seed, out):
    pools = Pools(mode)
    for i in range(count):
        doc, _ = make_doc(mode, seed, i, pools)
        out.write(json.dumps(doc, ensure_ascii=False) + '\n')


# ---------------------------------------------------------------------------
# Self-test

PARTICLES = {'de', 'du', 'da', 'dos', 'di', 'del'}


def reference_files(root):
    """(the other generators' files, the project's name lists)."""
    import glob
    b = os.path.join(root, 'bench')
    gens = [f for f in sorted(glob.glob(os.path.join(b, 'freetext-indep*.py')) + glob.glob(os.path.join(b, 'freetext-pools*.py')))
            if not f.endswith('freetext-indep14.py')]
    gens += [os.path.join(b, x) for x in ('freetext-gen.py', 'freetext-fresh.py')]
    lists = []
    for dirpath, _dirs, files in os.walk(os.path.join(root, 'redact')):
        for f in files:
            low = f.lower()
            if any(w in low for w in ('name', 'given', 'surname')) and low.endswith(('.txt', '.tsv', '.lst')):
                lists.append(os.path.join(dirpath, f))
    # the name data the redactor is built from (data files, read as text only)
    lists += [os.path.join(root, 'redact', x) for x in ('names-input.json', 'names-data.c')]
    return [f for f in gens if os.path.isfile(f)], sorted(f for f in set(lists) if os.path.isfile(f)), len(set(lists)) - 2


def overlap(parts, files):
    """Parts found in the files as whole words, case-insensitive, accent-folded."""
    text = fold('\n'.join(open(f, 'rb').read().decode('utf-8', 'replace') for f in files))
    toks = set(re.findall(r'\w+', text))
    hits = []
    for p in parts:
        fp = fold(p)
        if re.fullmatch(r'\w+', fp):
            if fp in toks:
                hits.append(p)
        elif re.search(r'(?<!\w)' + re.escape(fp) + r'(?!\w)', text):
            hits.append(p)
    return hits


def selftest():
    from collections import Counter
    parts = all_name_parts()
    halves = {m: set(fold(p) for p in parts if half_of(p) == m) for m in 'WH'}
    assert not (halves['W'] & halves['H']), 'W and H share a name part'
    assert all(re.fullmatch(r"[\w']+", p) for p in parts), 'a name part is not a single token'
    fails = []
    fams, langs, types = Counter(), Counter(), Counter()
    shares, lengths, n = [], [], 0
    for mode in 'WH':
        pools = Pools(mode)
        mine = pools.part_set()
        prefixes = set(p[:k] for p in mine for k in range(3, len(p)))
        for seed in (1, 14, 77):
            for i in range(150):
                doc, spans = make_doc(mode, seed, i, pools)
                text = doc['text']
                b = text.encode('utf-8')
                if not 600 <= len(text) <= 2500:
                    fails.append((doc['id'], 'length', len(text)))
                last = 0
                for s in spans:
                    if not (last <= s['start'] < s['end'] <= len(b)):
                        fails.append((doc['id'], 'overlap or order', s['_s']))
                    try:
                        seg = b[s['start']:s['end']].decode('utf-8')
                    except UnicodeDecodeError:
                        fails.append((doc['id'], 'decode', s['start']))
                        continue
                    if seg != s['_s'] or not seg.strip() or seg != seg.strip():
                        fails.append((doc['id'], 'value', seg))
                    last = s['end']
                    types[(s['kind'], s['type'])] += 1
                    if s['type'] == 'PERSON':
                        for tok in re.split(r"[\s-]+", seg):
                            ft = fold(tok)
                            if not tok or tok.endswith('.') or ft in PARTICLES:
                                continue
                            if ft not in mine and ft not in prefixes:
                                fails.append((doc['id'], 'name part not of half ' + mode, tok))
                for x in person_strings(text, spans):
                    fails.append((doc['id'], 'unlabelled copy of a PERSON string', x))
                if json.loads(json.dumps(doc, ensure_ascii=False)) != doc:
                    fails.append((doc['id'], 'json'))
                fams[(doc['family'], doc['lang'])] += 1
                langs[doc['lang']] += 1
                shares.append(sum(len(s['_s']) for s in spans if s['kind'] == 'content') / len(text))
                lengths.append(len(text))
                n += 1
    a, c = io.StringIO(), io.StringIO()
    generate('W', 5, 3, a)
    generate('W', 5, 3, c)
    if a.getvalue() != c.getvalue():
        fails.append(('determinism',))
    nfr = sum(1 for f in FAMILIES if f[1] == 'fr')
    share = sum(shares) / len(shares)
    print('documents %d (fr %d / en %d), families %d (fr %d, en %d), %d seen; length %d-%d (mean %d); content share %.1f %%'
          % (n, langs['fr'], langs['en'], len(FAMILIES), nfr, len(FAMILIES) - nfr, len(fams), min(lengths), max(lengths),
             sum(lengths) // n, 100 * share))
    print('spans: ' + ', '.join('%s/%s %d' % (k[0], k[1], v) for k, v in sorted(types.items())))
    byorigin = Counter(k.split()[0] for k in parts.values())
    print('name parts: %d (W %d, H %d, shared 0); by origin: %s' % (len(parts), len(halves['W']), len(halves['H']),
                                                                   ' '.join('%s %d' % kv for kv in sorted(byorigin.items()))))
    if len(fams) < len(FAMILIES):
        fails.append(('families not seen', sorted(set(f[0] for f in FAMILIES) - set(f for f, _ in fams))))
    if share < 0.25:
        fails.append(('content share', share))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gens, lists, npat = reference_files(root)
    names = sorted(parts)
    hg = overlap(names, gens) if gens else []
    hl = overlap(names, lists) if lists else []
    both = sorted(set(hg) | set(hl))
    print('overlap (whole word, case-insensitive, accent-folded) with %d other generator files: %d = %.2f %%; with the project\'s '
          'name lists (%d redact/ *name*|*given*|*surname* .txt/.tsv/.lst file(s), and the name data %s): %d = %.2f %%; with either: '
          '%d / %d = %.2f %%'
          % (len(gens), len(hg), 100 * len(hg) / len(names), npat, ', '.join(os.path.relpath(f, root) for f in lists) or 'none found',
             len(hl), 100 * len(hl) / len(names), len(both), len(names), 100 * len(both) / len(names)))
    print('shared parts: ' + ' '.join(both))
    if len(both) / len(names) >= 0.03:
        fails.append(('overlap', len(both) / len(names)))
    if not gens:
        fails.append(('no reference generator files found under', root))
    for f in fails[:20]:
        print('FAIL', f)
    if fails:
        print('selftest FAILED: %d problem(s)' % len(fails))
        sys.exit(1)
    print('selftest ok')


def main():
    if len(sys.argv) == 2 and sys.argv[1] == '--selftest':
        selftest()
        return
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.stderr.write(__doc__.split('\n\n')[1] + '\n')
        sys.exit(2)
    sys.stdout.reconfigure(encoding='utf-8')
    try:
        generate(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.stdout)
    except BrokenPipeError:   # output cut short by the reader (| head)
        sys.stderr.close()


if __name__ == '__main__':
    main()
