#!/usr/bin/env python3
"""freetext-indep15.py - fifteenth independently written generator of
labelled free-text records (French / English) of the kind Québec public
bodies, pharmacies, school boards, municipalities, tribunals, notaries,
clubs and community groups keep, for evaluating person-name and identifier
redaction on text the redactor's authors never saw.  This one stresses the
"other identifiers": Québec, Canadian and foreign addresses (France,
Belgium, Switzerland, Haiti, Morocco, Algeria, Lebanon, Mexico, Colombia,
Brazil, Vietnam, the Philippines, the USA, the UK), units and rural routes
written many ways, odd postal-code spacing, international phone numbers,
dates of birth in many formats, SIN / NAS, RAMQ, driver's licence,
passport, bank, card and plate numbers, and untitled names in free text.

Usage:  freetext-indep15.py W|H COUNT SEED > docs.jsonl
        freetext-indep15.py --selftest

Output: one JSON object per line: id ("indep15-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (to be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE, DATE,
MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences (type CONTENT), holding no name.

Span conventions (those of the earlier independent generators): a courtesy,
professional or office title (M., Mme, Me, Dr, Dre, Mr., Ms., Insp.,
l'agente ...) stays outside the PERSON span, as do a possessive 's, an
elided d'/l' and the "@" of a chat handle; initials with a surname
("K. Zubiaga") are one span, so is a given name with the initial of the
surname ("Thanina O."); "SURNAME, Given" gives two spans; a particle (de,
da, dos, di ...) is inside the span; a handle built from a real name
("thanina.oussedik") is a PERSON; an address runs from the civic number
(or a unit written in front of it, "204-1185", "Flat 2, 17", "Blk 5 Lot
12") through the street and a unit written after it ("app. 4", "Apt 3B",
"#12", "bureau 210", "Col. Roma Norte", "Brgy. San Isidro") and stops
before the city, which is left unlabelled; a rural route or a post-office
box ("RR 2", "C.P. 123") is an ADDRESS; the postal code (Canadian, foreign,
US ZIP, UK postcode, Brazilian CEP without the word "CEP", Mexican C.P.
without "C.P.") is its own span; a phone extension ("poste 214", "ext.
3021") is outside the phone span; bank details written as labelled pieces
give one span per piece, one span when written as a group; for a date of
birth only the date is labelled ("né le [3 mars 1952]").  An official
acting publicly is still a PERSON.  Decoys: organisations (some holding a
person's name: "Pharmacie Zerlahcene"), places, street names without a
civic number (some named after people: "rue Arence-Lavlin"), law
references, file / claim / ticket numbers, toll-free numbers, amounts,
dates and times that are not birth dates, and ordinary words that are also
surnames of the pools (WORD: "l'horloger", "the thresher").

Independence: every list pool (name parts of each origin, cities, streets,
foreign places, organisations, laws, e-mail domains, content sentences) is
split in two disjoint halves by the md5 of "indep15:" + the accent-folded
lower-case entry; mode W draws only from the W halves, mode H only from the
H halves.  Name parts are single tokens; double surnames, particle forms,
hyphenated given names, handles and the names inside organisations and
streets are put together at run time from parts of the same half, so W and
H share no name part.  The name parts (about 4,600) were written for this
file: rare real names and names built from the usual morphology of each
origin (Québec and Acadian French, English / Irish / Scottish, Haitian,
Maghrebi and Kabyle, Lebanese / Syrian, Vietnamese, Chinese (fused pinyin
given names), Korean (fused given names), Latin American and Basque,
Portuguese / Brazilian, Italian, Greek, Polish / Czech / Romanian /
Russian / Ukrainian, West / Central / East African, South Asian, Tamil,
Indigenous (Inuit, Innu, Atikamekw, Cree, Mohawk, Wendat, Naskapi),
Filipino, Persian, Armenian, Turkish, Somali), keeping out those found in
the other bench generators or in the redactor's name data (a few
Vietnamese, Chinese and Korean one-syllable names excepted, and none of
those can be built otherwise: --selftest measures and prints the overlap,
which must stay under 2 %).  Python 3 standard library only; output
depends only on the arguments.
"""
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
    return 'W' if hashlib.md5(('indep15:' + fold(entry)).encode('utf-8')).digest()[0] & 1 == 0 else 'H'


# ---------------------------------------------------------------------------
# Name parts, by origin; roles: f / m given names, s surnames, w surnames that
# are also ordinary words (used as WORD decoys in lower case).

NAMES = {
    'qc': {
        'f': '''
Arita Marésine Joésine Arence Alorine Liorine Joette Marande Lyine Arie Gerie Joence Gerilde Cloence
Sylande Arola Cloine Lyésine Lyène Lyilde Gerise Rosaorine Marence Arorine Gilette Héilde Alise
Liène Amaelle Alianne Berence Amaita Alésine Amaésine Cloita Alelle Maence Gerola Liésine Maette
Arène Sylésine Héande Arine Berilde Joita Cloilde Roène
''',
        'm': '''
Aldège Julert Tyime Eusime Berin Telide Berace Cyrric Herois Gerombe Julard Berier Tyombe Julace
Eusard Dorien Cyrime Euside Aréric Julald Roard Eusier Alin Berombe Alard Cyrace Dorert Gilard
Gerège Telège Adier Edois Roéric Adien Telombe Berime Gerois Herin Gilert Edric Eusace Adéric
Julombe Herald Ferime Herias Gilace Osiard
''',
        's': '''
Clochgeon Jollière Pelgeon Brisville Charlière Grenlière Rosois Marchard Clochot Durgny Belras
Jolverne Desbert Pelault Robmond Brisier Pelverne Verette Samault Pelcourt Gaugny Lanois Robault
Lavlin Gauras Malier Corville Lanville Truard Gilaume Peraume Clochoux Valras Samras Trulière
Brisois Fonier Laczet Quegeon Desard Queras Frézet Grenras Valville Jolard Lamot Samgny Lavaume
Thicourt Boumond Lamcourt Fongeon Verot Robrin Charville Fréard Morras Houras Pelot Lanier Thiette
Verchard Valette Valgny Samois Belrin Roschard Migault Marrin Lavier Truchard Morier Belbert Cormond
Roscourt Verzet Lanaume Vallière Clochzet Clochlin Grenlin Miggeon Roslin Frégeon Belaume Brisault
Corault Lanzet Lamois Fonras Lavras Peroux Desville Migard Quelière Gilrin Gauchard Joloux Vercourt
Vermond Perlière Desette Samcourt Houmond Lacgny Valzet Quebert Rosville Deslière Morois Gagier
Morbert Quechard Lanault Charier Lamras Malot Perier Durard Bougeon Corverne Pelier Corier Trumond
Durot Roboux Robois Corbert Robot Desgeon Grenmond Veraume
''',
        'w': '''
Chaudronnier Tailleur Drapier Fauconnier Savonnier Coutelier Horloger
''',
    },
    'en': {
        'f': '''
Ismay Rowenna Corwina Clarona Marelle Adissa Edalind Elizona Gwenith Eliznie Adifred Gwenette
Fenette Fenwina Elizwina Elizette Elizalind Mirina Marith Fenelle Adalind Mirony Rosissa Helona
Mirelle Rosona Bryissa Edona Gwenella Mirifred Eveona Bryina Berella Marette Eveony Clarnie Brynie
Berony Winalind Berissa Marona Gwenony
''',
        'm': '''
Mungo Walmund Godwin Walric Silwin Humford Morfred Aldmar Cuthmund Aldard Cuthric Gilmund Ranley
Gilford Wilard Humric Regwin Gilric Silard Ranric Humard Cuthley Silford Silfred Ranwin Regard
Aldley Silmund Edbert Wilmund Godwald Morford Cuthford Silric Alwald Silley Osmar Regfred Godard
Wilwin Walley Humwald
''',
        's': '''
Marjoribanks Higginbottom Sidebottom Fotheringham McGlinchey O'Dowda O'Loughlin Buckley Cusack
Dunleavy Rodstead Marhurst Redridge Herton Dunthwaite Blackfield Caldby Norshaw Fairmore Kinburn
Goldden Redworth Strathburn Cromden Herhurst Kethurst Stanby Goldford Salthwaite Penthwaite Salmore
Ketcombe Rodwick Elmwell Glenden Caldworth Norfield Dunwick Strathfield Herfield Walhurst Marridge
Salford Halby Aberwell Elmcombe Thornwell Blackshaw Ashthwaite Stanworth Bradmore Aberby Caldwell
Whitmore Marburn Normore Caldden Marshaw Glenburn Langley Herburn Whithurst Whitstead Bromfield
Goldthwaite Redden Elmton Elmley Aberwick Stanridge Langden Hermore Aberton Strathridge Ketley Penby
Bromburn Glenham Penburn Whitley Glenstead Halworth Glenridge Marford Rodden Halthwaite Goldfield
Blackthwaite Cromham Norley Goldton Ashridge Marthwaite Bromcombe Aberstead Dunham Rodford Aberham
Fairworth Thornden Bromden Rodthwaite Thornmore Walfield Ashstead Rodby Elmwick Ashfield Glenwick
Elmmore Aberthwaite Dunfield Ashhurst Dunshaw Redthwaite Halcombe Norburn Fairfield Ketworth
Bradworth Bradby Whitham Thornridge Thornham Redburn Cromthwaite Salstead Standen Penford Rodton
Norwell Halham Salworth Caldley Fairhurst Walden Glenby Salburn
''',
        'w': '''
Thresher Reaper
''',
    },
    'ht': {
        'f': '''
Clerzina Sandie Erzulie Lovelie Nelrose Juise Steda Guely Kerna Guezina Fedlande Clerna Steline
Wilzina Mirly Clerrose Mida Wilise Kermène Rocia Mirrose Roly Mirmène Fedta Roline Clermène Kerzina
Nelmène Steta Wilda Kerise Fedrose Nelta Luthe Willande Kettise Wilrose Guelande Fedly Stely Lulande
Kettline Nelcia Sterose Wilmène Mirose Roda Luly
''',
        'm': '''
Jimmyson Clerdieu Widmaer Wildens Jovenel Fedcius Louly Clervmond Gesens Gesmond Roson Gesnel Steick
Jeanens Fedny Roner Macner Franny Stenel Widick Joner Fedens Franmond Louson Joick Clervly Widmond
Widens Gesdy Clervick Widard Fritzard Macard Macly Macdy Franard Fedson Macson Kerard Fritzmond
Steard Fritzson Louner Louny Feddy Kerdy Franly Frannel
''',
        's': '''
Charlestin Jeanbaptiste Brutus Occéan Exjour Osnord Pierius Dorsma Cherilien Saintsaint Osmond Exime
Fleusir Cegène Lougène Milnord Clésaint Fleufort Théime Cenord Mélus Thénord Julus Mongène Saintgène
Monjour Méilus Vilfort Monvil Méilien Saintvil Cherjour Loustin Thésaint Exlus Phigène Méjour
Théjour Pierilien Saintmond Chersir Thésir Juilus Fésir Osantus Théstin Thégène Ceilus Féilien Loune
Joantus Thévil Féne Osius Exnord Cherne Millus Cestin Celus Monnord Fleustin Josir Osvil Phisaint
Chermond Fénord Vilsma Dorstin Fleulus Loufort Cesma Chersaint Loumond Thésma Ceilien Exfort Dorjour
Monfort Mésir Fleuvil Théilus Jufort Jusir Jolus Fleusma Monstin Fémond Clésir Juantus Cherantus
Théantus Mégène Pierjour Cléstin Milsma Louvil Vilsir Mévil Phistin Vilne Cléilien Exgène Milantus
Lousaint Monsaint Piersir Lousir Osime
''',
    },
    'mg': {
        'f': '''
Djouher Lyza Tassa Thanina Nehia Fassa Zoulika Fassadit Rarida Zoufia Chassadit Nefia Faïna Loudia
Tarida Wassadit Nessadit Nedia Chalika Djadia Djaïna Warida Halika Tanissa Yarida Wafia Mourida
Yanissa Rahia Zourida Fafia Tahia Loufia Wahia Charida Zoudia Chahia Djarida Sassadit Fadia Zounissa
Fanissa Tidia Fahia Walika Chanissa Falika Raziri
''',
        'm': '''
Amayas Menad Fodil Aghiles Slihdar Slighiles Mahdar Amezki Mouskrane Belghiles Belsil Mareddine
Lakinissa Arsil Belkrane Lakghiles Aminissa Maezki Belezki Akouche Akezki Slireddine Masdine Noudine
Ardine Akdid Arhdar Hasil Lakdid Maskrane Zakacem Belinissa Lakdine Massil Belene Nousil Hakacem
Akkrane Yadid Yaghiles Yakrane Zaezki Moene Beldine Djakrane Slidine Djainissa Djaezki
''',
        's': '''
Benchabane Boukhalfa Aitouali Ouyahia Benflis Chikhaoui Medjber Zeggane Tellissi Khelifati Larbaoui
Oussedik Yefsah Belaidi Guendouz Lamari Benrahmoun Zerabbas Larsalem Belnasri Ousalem Zerchakour
Chersalem Hadjguerrab Benchakour Larguerrab Hadjrabah Hadjlahcene Bouguerrab Aittellis Hadjsalem
Hadjmedjbar Ourabah Khamedjbar Larabbas Chertellis Achdjelloul Achkhelifa Achrahmoun Larzeggane
Boulahcene Hamtellis Hamrahmoun Achziane Aitkhelifa Larrabah Hamkhelifa Hadjzeggane Bennasri
Khaziane Boutellis Medrabah Beltellis Cherziane Hadjhamou Zerrabah Achabbas Ouziane Zermedjbar
Tamedjbar Bouzeggane Taziane Aitnasri Hadjtellis Tanasri Medchakour Meddjelloul Ounasri Beldjelloul
Belchakour Khadjelloul Medhamou Medkhelifa Ouzeggane Hamzeggane Medrahmoun Benmedjbar Khaguerrab
Kharahmoun Oukhelifa Cherkhelifa Aitdjelloul Zerzeggane Achrabah Medtellis Aitkaci Aitrahmoun
Ouchakour Aitchakour Chernasri Hamsalem Zerkaci Tarahmoun Cherguerrab Zerziane Larmedjbar Achhamou
Ouguerrab Khazeggane Tachakour Bounasri Lardjelloul Larlahcene Medguerrab Hamguerrab Hamabbas
Zerdjelloul Zernasri Aithamou Takaci Zerlahcene Hamlahcene Aitziane Achmedjbar
''',
    },
    'lb': {
        'f': '''
Zessa Faya Hamana Jouina Famana Roussa Rourine Rihan Roual Riya Haba Dassa Ghihan Miba Riba Layhan
Mima Mial Rimana Ghissa Layina Rouya Mimana Ghimana Layssa Zema Nahan Haina Harine Ghiya Miwa Laywa
Jouma Jouhan Namana Narine Layrine Rouwa Miya Dama Fama Layba
''',
        'm': '''
Maouk Nidim Chaouf Fadih Ghafic Wabih Nimir Faouk Jidim Sassan Hafic Tamir Wadim Ramir Wajib Sadih
Maouf Hajib Ghamir Jibih Wassan Chaouk Tabih Wabil Nibih Fajib Fassan Tadim Hamir Ghadim Haouk Nadih
Nijib Niouf Mamir Chajib Mafic Hadim Jimir Sabih Nidih Jiouk
''',
        's': '''
Rizkallah Gebara Jabib Boualla Jaballa Helouny Karouny Chaoun Chaib Gerouh Bejoun Zakalla Yamouny
Rahine Gerouny Abouani Yamine Mouane Heloun Sebib Karour Helib Helouri Bejani Karoun Zakane Bouib
Mouallah Nasour Zakouri Hatib Helallah Gerane Mouani Karallah Bejallah Rahani Bejine Karouri Sebour
Fakoun Tanouri Jabouri Nasalla Tanoun Abouallah Jabine Sebine Yamouri Tanour Abouib Rahallah Seballa
Chaouh Tanalla Fakouh Nasouny Bouani Bouallah Bejouri Hatine Zakib Zakoun Karouh Zakallah Chaouri
Seballah Hatallah Bejouh Mouib Zakine Tanallah Rahouh Bouine Gerouri Hatour Hatouh Rahouny Sebouh
Jabour Fakalla Hatouny Nasani Jaboun Hatane Helouh Zakouh Chaouny Yamallah Rahouri
''',
    },
    'vn': {
        'f': '''
Thảo Hằng Khuê Diệp Quỳnh Uyên Ngân Trâm Nhung Loan Hạnh Xuân
''',
        'm': '''
Dũng Khải Trung Phúc Toàn Hiếu Thắng Vĩnh Lộc Tài Nghĩa Khánh
''',
        's': '''
Khúc Lạc Quách Thân Mạc Ông Ninh
''',
    },
    'cn': {
        'f': '''
Yixin Kunwen Penglu Luxia Hongyan Luwei Lingchen Ruoqing Tingling Mingrui Shanfang Lukun Ruijun
Meipeng Zhiqian Fangyan Jiapeng Yanting Mingbo Xuanchen Ningzhen Meijia Yunshu Chenling Languang
Hongxue Yongze Yunyan Ruoling Meijun Zhishu Qianze Ruipeng Tingfeng Pengzhi Yingwen Fengjian
Lingjian Junwen Leizhen Yonglu Luxue Hongjia Huilei Taokai Yingkai Qianghao Yingyu Hongxin Lingyun
Lingguang Lujing Meize Xinxue
''',
        'm': '''
Chenze Bohong Ruiqing Ningyan Yunhan Guangchen Zeqiang Ruopeng Hanming Shanruo Zehao Yanao Luting
Dongxia Shuzhi Ningzhi Chenguang Xinzhi Boning Chenyi Qingmei Leihui Taoze Jianyi Zetao Minglu
Leifang Dongfeng Junfeng Shanze Qinghui Qingjia Yingjing Weiwen Hongdong Donghao Yunguang Zhilu
Jiadong Penghui Weihui Hongwen Zhijia Pengdong Kunhan Haoqian Zedong Mingkai Xinyong Jingao
Guangming Yinghui Ninglei Meizhi
''',
        's': '''
Zhuo Mou Qiu Shen
''',
    },
    'kr': {
        'f': '''
Bomji Rinjae Jinseok Hasang Dongseok Solda Hyunhwan Seokwon Binye Narin Hyegyu Eundong Hyeha
Hyunsang Jinseo Junil Bomgyu Binhyun Wonseo Hyetae Daji Mineun Gunji Yetae Kyungtae Kyungrin Jiha
Solchae Dongha Solhwan Wongyu Gunjin Taeha Dongseo Jibom Ilna Seokda Gyujin Jinhyun Hohyun Wonsung
Hyerin Minsung Chaedong Dongjae Yemin Sungseo Gyuhyun Wonbin Chaekyung Taebom Junjae Sanghwan Sangye
''',
        'm': '''
Binjin Wonjae Seowon Eunna Seoha Gyuji Rindong Jindong Yejae Hoha Seoji Hyungun Chaesung Najin Hojae
Minye Mindong Seosol Habom Juneun Dongchae Sangjun Taeji Rintae Junsung Chaena Dagun Gunsol
Seokkyung Gunchae Sungsang Dasang Bomil Solrin Gyubin Chaegun Rinye Sungji Junhwan Iljun Euntae
Yehwan Namin Binhye Hwansung Bomha Eunye Seokna Binwon Seokjun Taemin Hyunil Seokha Dongrin
''',
        's': '''
Seon Geum Ryu Tak Eom
''',
    },
    'la': {
        'f': '''
Anayeli Fermina Yarabel Lumira Anarisa Lurisa Girabel Nerabel Rosela Zusela Yaceli Elyeli Eldira
Anaomara Zuceli Elrisa Arirany Gimira Xisela Anamira Lundra Miomara Midira Aridira Yudira Arisela
Elceli Dadira Anadira Xilema Giomara Dasela Elrany Mindra Malema Anasela Yulema Yarany Masela Yuceli
Mandra Analema Yumira Darany Daceli Rolema Girany Zudira
''',
        'm': '''
Eustaquio Melquiades Porfinor Heritasio Wilnor Teoson Segunberto Herincio Edinmer Melrio Nicario
Meltacio Porfitasio Segunrio Jeffertasio Edincio Eusdino Seguntasio Wilcio Celtacio Anasrio
Fulgenberto Anasncio Celberto Melmer Eusberto Porficio Eustasio Fulgenrio Eusncio Wilncio Edintasio
Porfiberto Porfidino Fulgenmer Celcio Edinnor Edinrio Seguntacio Melnor Fulgennor Teorio Segunnor
Fulgentasio Leotacio Teoncio Eusnor Meltasio
''',
        's': '''
Iturralde Olaechea Ibarguen Tlapanco Ñahui Sulca Uriarzabal Larraeta Iturondo Garayzabal Basaberri
Ormaegoitia Ibarburu Basatxea Olagaray Echegaray Etxebide Zubiondo Basaburu Garaybide Elorgoitia
Ituriola Etxeberri Meneta Etxealde Echeaga Ormaegaray Arriondo Aramarte Aramberri Ormaezabal Menria
Iturburu Menondo Elorbide Aguitxea Uriarburu Echeberri Uriondo Etxerena Ormaeria Arribide Ibarbide
Elorarte Ibaralde Zubiberri Ormaeberri Aguigaray Uriaga Aramrena Zubiarte Iturarte Aramiola
Ibarberri Garayria Aguigoitia Zubigaray Ormaetxea Itureta Arrigoitia Arrirena Goizabal Uriargoitia
Uriarria Zubigoitia Menberri Arameta Larraberri Iturgoitia Garaygaray Uriaralde Uriarondo Aramaga
Aramtxea Larratxea Aguirena Ibarrena Arrigaray Echezabal Elorondo Olaeta Aramria Aramgoitia
Larragaray Urieta Zubieta Arambide Elorburu Olatxea Urizabal Olaria Aguibide Zubiaga Echearte
Elorria Basabide Garayburu Aguiburu Eloreta Olaberri Iturgaray Uriaraga Larrabide Echeburu Larrarena
Uriarte Mengaray Uriargaray Echealde Aguizabal Arriburu Arriarte Basagaray Basaeta Iturtxea Uribide
Etxeria Etxearte Eloraga Uriariola Uriartxea Larragoitia Basaria Iturria Goibide Goiberri Olaondo
Urialde Olagoitia Larraria Arrieta Ibargoitia Urirena Olaburu Echebide Mentxea Goigaray Ormaebide
''',
    },
    'pt': {
        'f': '''
Aparecida Cleidiane Rosângela Valdirene Luzinete Edilene Cleonice Roete Vallene Dilnice Cleosângela
Cleolene Luziete Marisângela Marizete Dilsângela Cresângela Dilete Luzizete Marinice Luzisângela
Cleomara Rosimara Marineide Gilmara Marinete Luzinice Claulene Gilsângela Gildirene Luzineide
Rosisângela Rosiete Dilmara Crezete Luzimara Ronice Valzete Rosinete Valete Cleonete Cremara
Cleoneide Edinete Joete Gilzete Edizete Marimara
''',
        'm': '''
Rosalvo Valdemir Claudionor Edivaldo Gilmar Joselito Deoclécio Bartolomeu Lauro Joson Cleodir
Welvando Aridemir Arimar Rovaldo Marvando Clauson Claumar Claudinei Marson Edidemir Josedinei Jodir
Gilvando Aridir Welson Jodemir Dioson Cleovaldo Gildir Arinor Josevaldo Clauberto Valson Valdinei
Mardinei Jodinei Rodir Marvaldo Arivaldo Ronor Mardemir Diolito Arilito Josedemir Rodemir Josenor
Cleomar
''',
        's': '''
Quintela Godinho Valadares Caldeira Guimarães Henriques Noança Fielo Damainho Branão Toreira Corares
Rebeira Braninho Quinança Calão Sobreares Medeinho Branães Caleira Torança Noinho Faela Maedo
Quinosa Amaela Samedo Quinado Corinho Samão Goela Caira Faelo Torelo Medeares Damaosa Corosa Noira
Torela Torães Sobreosa Branares Calosa Quinira Fiares Calado Goares Coredo Valaelo Damaedo Goelo
Branela Coreira Rebeinho Fiado Coreiro Maela Torão Faosa Noela Corança Calela Branedo Quineiro
Fainho Caledo Caosa Valaedo Valaosa Medeosa Corado Noelo Calelo Noedo Piela Amaedo Samança Amaelo
Rebeares Samela Torinho Corães Piosa Piedo Fiança Corelo Torosa Amaosa Quinedo Amaira Samães Caedo
Corela Torira Fiela Goinho Fiedo Caela Goança Calinho Valaela Faira Caleiro Goedo Calira Cainho
Damaela Piança Piares Piado Damaelo Mainho Sobreinho Maelo Corão Medeado Branira Sameira Braneira
Pielo
''',
    },
    'it': {
        'f': '''
Grailda Pasilda Lorilia Mirilia Caretta Carilia Cleilia Otilda Nunilda Lorana Arsina Lorina Loruccia
Pasuccia Cleuccia Miralba Arsana Vinetta Nunina Vinuccia Pasenza Arsuccia Caruccia Grailia Graina
Vinilda Nunenza Otuccia Caralba Carenza Arsetta Arsalba Lorilda Carilda Miretta Grauccia Nunilia
Cleana Pasilia Nunetta Vinella Pasetta
''',
        'm': '''
Dardio Cesdio Gennvio Darvio Genntiero Ignaogero Darino Gualaro Ermvio Gennario Savareno Calario
Fultiero Gennerio Corerio Gennareno Ermino Cesaro Baldozio Caltiero Ubaerio Oraogero Gennaldo
Cesaldo Gennino Darzio Ermogero Ceszio Savtiero Egizio Corzio Calaro Calvio Ermareno Gualario Savvio
Ubaino Egivio Ermzio Fulino Ubaogero Gennogero
''',
        's': '''
Castellucci Zampetti Caprioli Mastrangelo Quattrocchi DiCaprio Pelese Cacello Sanoni Sgamoni Sanone
Capano Belucci Sgamone Tromelli Tuzelli Belone Ghirini Tromello Quatardi Pagelli Scarini Tuzone
Ghirello Zanucci Casotti Masotti Lomiero Sgamello Sgamese Bonardi Ghirucci Ghirone Visini Tuzotti
Gioretti Rusardi Lomese Ghiriero Rusotti Casulli Fanese Belardi Masello Lomulli Caconi Sgamucci
Peloni Vaciero Bonello Rusoni Gioroni Vaconi Ianotti Ghirano Sanotti Zamoni Marello Bonese Pelulli
Sgamano Capini Quatiero Sgametti Capello Tromini Vacone Quatano Beletti Ghirazzo Quatetti Ghirulli
Pelotti Casucci Rusazzo Zaniero Cacese Marotti Sanazzo Maselli Rusini Pagiero Zamello Scarelli
Capazzo Vacazzo Pagoni Visardi Caculli Zanulli Saniero Vacano Tromazzo Fanucci Sgamotti Mariero
Bonotti Fanone Boniero Masetti Giorulli Zanoni Capetti Giorardi Tromone Ianone Casardi Ghiretti
Cacelli Scaroni Zamone Sanardi Scarese Masano Ianiero Capulli Tuzetti Rusiero Fanello Zamotti
''',
    },
    'gr': {
        'f': '''
Areti Stamaia Chrysaeria Persaina Glykeini Sotirina Glykeia Sotirini Persaeria Sotirtia Ouranopi
Kyriaini Kallioula Eftychtia Persatia Sotireria Kyriaopi Persaki Eftychoula Chrysatia Chrysaia
Fotieria Chrysaki Eftychopi Glyketia Persaoula Despoia Sotirki Fotiopi Stamaoula Ouraneria Sotiroula
Stamaina Persaini Glykeoula Sotiropi Chrysaina Eftychina Persaopi Ourantia Stamaki Ouranina
''',
        'm': '''
Stamatis Dionysios Zacharias Anargyros Aristidis Epaminondas Iraklis Kyriagelos Arisgelos Evantis
Grigadis Arisbros Spyrigelos Kyriavoulos Xenoadis Evansios Prodroadis Miltisios Efstagelos
Prodrobros Prodrolos Aristhios Efstalos Fotkos Kyriasios Evanvoulos Charagelos Grigtis Charathios
Diontis Efstamos Grigbros Thrasgelos Spyriadis Xenobros Thrasadis Prodrokos Spyrikos Xenovoulos
Stamadon Xenokos Kyriabros
''',
        's': '''
Frangakis Lykourgos Oikonomidis Panagakos Rigas Xanthopoulos Alaopoulos Tsakagiannis Hatziatos
Kontomanlis Chrystogiannis Kouiadis Hatziou Vretou Tsakaellis Kaloiadis Spiopoulos Antoakis Panaou
Staellis Antomanlis Hatziaras Theoellis Chrystomanlis Vretakis Tsakaiadis Galamanlis Vretatos
Theoakos Kouatos Vlachoaras Franmanlis Galaou Nikoakos Mavroellis Spiou Lykoakos Zerakis Galaellis
Vretgiannis Zeratos Nikoatos Kontoiadis Xanmanlis Zergiannis Vlachoatos Spiakis Lykoakis Staiadis
Xaniadis Panaiadis Dimiou Antogiannis Dimiakos Oikoakos Chrystoidis Oikoaras Kouidis Antoakos
Alagiannis Kontoatos Chrystoatos Panaopoulos Vretmanlis Staou Oikogiannis Zerellis Zermanlis Xanaras
Tsakaopoulos Hatziopoulos Kalomanlis Nikogiannis Karaellis Mavroiadis Vlachoakis Koumanlis Zeriadis
Franellis Kougiannis Chrystoakos Vlachomanlis Dimigiannis Panaellis Kontoakos Xanidis Stamanlis
Panamanlis Chrystoakis Vretiadis Lykoatos Panaidis Dimiellis Mavroakos Mavroakis Oikoakis Kaloidis
Zeropoulos Spiellis Hatziakis Franakis Antoaras Vretaras Karaidis Kontoaras Chrystoellis Kouopoulos
Theoiadis Staidis Hatzimanlis Vretakos Xanakis Antoidis Galaiadis Xanou Alaiadis Galagiannis
Theoatos Vlachoellis Spimanlis
''',
    },
    'sl': {
        'f': '''
Ryszarda Květa Jarsława Radoica Staniška Vlaka Vlavka Zdeica Staniena Dobronka Dobrodeana Lubonka
Milamiła Mivka Zdeška Yaronka Lubovka Jarvka Boguica Staninka Jardeana Miena Vlasława Dobroška
Yarovka Miladeana Vlanka Radonka Radovka Milaka Yarosława Sladeana Błavka Zorivka Stanimila Slamiła
Milaica Boguena Zorideana Wieška Jarnka Radoena Vlamila Yaroena Luboena Wiemila Slaška Miška Błaica
Zorimiła Jarlina Bogudeana Slaica Slavka Stanivka Boguka Luboka Yarodeana Zoriška Zdelina Radoka
Radolina Lubodeana Bogulina Milaška Yarolina
''',
        'm': '''
Ludvík Rostislav Dobrobor Vlaslav Yarodan Wiebor Yaromir Mievoy Mieniew Przedan Bogudan Vsemil
Slamir Yarosław Przevoy Miesław Vlasław Przemir Milaniew Radobor Sladan Zdemir Boguvoy Vsevoy Vsebor
Yaromil Przebor Wieslav Slamil Mieslav Slaniew Przeniew Wiedan Wiemir Jarobor Przeslav Zdeslav
Błamil Yarovoy Bładan Radovoy Miebor Miemil Zdebor Vseniew Dobrovoy Miedan Zdemil Lubomil Jaromil
Milamir Błaslav Błamir Milamil Vlamil Milasław Wievoy Wieniew Radoslav Przesław Luboniew Vlamir
Boguniew Stanimil Zdeniew Boguslav
''',
        's': '''
Grzybowski Wojciechowski Novotný Pavlyuk Lysański Bonduk Yavorov Lysyk Novoný Horiak Wojcieczyk
Shevsky Zieliov Yavorich Nemák Nemyshyn Rudnák Sokoyshyn Volkchuk Bondański Horsky Melański Sokoný
Kryański Petrák Sadovenko Vasiák Vasichuk Dumisky Volkenko Kravsky Ionesenko Vasievich Pavlchuk
Sadovich Lysek Zieliyshyn Sadovin Lysák Kryinski Sadovevich Lysescu Novoaru Vasiyk Sokoaru Zabowski
Prochyshyn Dvoaru Yavorowski Kryek Petryk Pavlevich Novoek Popeyk Zabiak Sadovescu Hrytsov Kuzneich
Przybov Tkacheanu Brzeinski Zieliaru Volkek Zielichuk Pokorevich Sadovsky Kučák Sokochuk Stanin
Melowski Kučyshyn Yavorchuk Dvoczyk Przybiak Grzybich Sokoański Prochyk Petrevich Melescu Nemyk
Melenko Novoański Kravczyk Grzybiak Brzený Smirák Bondyshyn Moroański Kryevich Lysinski Horyk Dvosky
Zieliný Grzybin Novoevich Dumiyk Shevański Bondchuk Przybański Lysaru Ionesczyk Przybaru Volkich
Zabek Horyshyn Kryov Kuznesky Kryin Rudnich Bondek Hrytsevich Pokorich Nemevich Bondenko Sadovchuk
Hrytschuk Pokorov Dvoevich Grzybinski Horchuk Melaru Pavlich Moroák Popein Przybsky Kovalaru Melczyk
Vasiuk Nemov Rudnenko Vasiyshyn Dumiek Nemich Pokoruk Lebeuk Stanov Stanowski Smirný Wojciesky
Bondov Melin Smirevich Lysuk Tkachný Sadovuk Novouk Kovaleanu Grzybyk Shevescu Sokoevich Prochov
Nemański Kuček Smirsky Kovalák Zabenko Yavorin Shevich Yavorinski Sokoin Bondiak Pavlek Popeich
Ionesiak Popesky Bondin Lebeinski Morosky Lysich Novoyshyn Zabaru Kovalinski Pavlyk Kovalczyk
Zieliowski Grzybeanu Lebeański Nemchuk Volkański Stanyk Volkin Dvouk Sokoek Kuzneyshyn Horaru
Przybák Przybchuk Staniak Stanenko Bondevich Hrytsich Kravyk Kovalek Przybin Lebeák Grzybescu Moroný
Hrytsinski Bondyk Volkyk Shevyk Oleisky Kravov Zabov
''',
    },
    'af': {
        'f': '''
Oluwakemi Mbalia Ebere Mukami Olumbura Mwabisi Folanedu Nyaseun Adembura Wanjiamaka Tshiena Akioma
Akiamaka Olabisi Mwanedu Chikemi Olunedu Ndiamaka Tshingo Amabisi Mwakemi Iferu Mwaseun Nkengo Mwaru
Ndiseun Folabisi Nkeru Folakemi Folambura Akibisi Ndilabi Nyanna Tshiseun Nkelabi Mwaoma Adebisi
Amanedu Oluseun Adeseun Wanjimbura Nkeseun Akiena Olaru Oluamaka Tshilabi Ifenedu Olunna Amaena
Ndiena Akilabi Mwambura Chilabi Amalabi Wanjiseun Ndikemi Folaena Uchelabi Wanjibisi Ucheoma Olulabi
Amaoma Wanjiena Olambura Mwaena Adengo
''',
        'm': '''
Kabila Njanna Kwatunde Mwatunde Amangu Obika Kwaka Mwamide Uchedike Adelabi Amawale Kwangu Njaka
Adedike Amanna Uchetunde Amatunde Obidike Mwaka Folatunde Olaka Chiruma Ikelabi Obilabi Kwaebuka
Mwafemi Ademide Olaebuka Kwanna Njanedu Chinna Uchefemi Kunruma Folaka Njangu Ucheseun Njadike
Folamide Chiwale Kunfemi Obimide Kwalabi Kwaruma Kwamide Kunwale Chidike Obitunde Obiruma Ikeka
Amaseun Uchenedu Njawale Njamide Ikeruma Mwaruma Adenedu Amafemi Olanna Kundike Amaruma Ucheruma
Folaebuka Njatunde Ucheka Kwanedu Kunngu
''',
        's': '''
Tshisekedi Akinola Fashola Nwonola Omologun Ilungo Luteng Okologun Menieno Onykendi Okalumba
Boashola Onyteng Nzuango Masambu Okatua Karilogun Omofor Ochiango Ilunola Karilunga Ilusah Nwoteng
Tshimbui Okoteng Akishola Owukendi Owularan Boalunga Tshinkwo Oporiuki Boalumba Mutyi Opowosu Mateng
Nzundi Nwonkwo Ochingo Adelumba Akisambu Adenola Ngafor Mutbangu Okazuzi Karingo Ochilumba Mabangu
Okabongo Kariteng Onybangu Mbuku Wamlunga Malumba Mensambu Okoante Nwondi Omotua Ndikiadi Lukendi
Boariuki Ngalunga Ngalogun Mbularan Adendi Akiusu Ngalaran Tshiango Mutbongo Malaran Opofor Ogunnola
Ochisambu Boaku Kasah Ndimbui Okaku Onyzuzi Balteng Ochishola Okabangu Ngateng Wamkendi Mafor
Akilogun Adekusa Mbulunga Lungo Menku Nzuriuki Oponkwo Adesambu Ogunbongo Ndifor Tshisambu Iluwosu
Opondi Lutua Ngango Adembui Lusah Ogunmbui Onylogun Ochiteng Muttua Balnola Ogunngo Menngo Adenkwo
Karikendi Kariku Fashkendi Nditeng Mutwosu Asabangu Okakusa Tshinola Fashsambu Nzunkwo Okankwo
Tshilogun Lumbui Ngasah Asalaran Akizuzi Mutshola Okashola Ndibangu Mbulogun Menndi Omobangu Tshindi
Ndingo Kalumba Ogunwosu Nwolunga Mabongo Adezuzi Wamndi Ilulogun Ochiante Nwoshola Ndisah Tshilumba
Ilunkwo Karifor Mbushola Iluango Mentua Opotua Ndibongo Onyusu Balusu Nwousu Fashfor Boalaran
Menriuki Omonola Nzunola Onyriuki Fashlogun Okalunga Mango Mubangu Nworiuki Karikusa Asateng Kasambu
Ndisambu Mutieno Fashteng Omoteng Karitua Asalumba Ilundi Boafor Tshifor Boabongo Okariuki Ochibangu
Boandi Balshola Mbubongo Lulogun Akiango Nwolumba Nwoante Nzungo Ndiwosu Wamkiadi Nwombui Nzubangu
Nzuante
''',
    },
    'sa': {
        'f': '''
Hemalata Vidyavati Sudharani Pushpalata Kamakshi Bhavana Chandrika Devyani Indumathi Jayashree
Kalyani Padmaja Rukmini Sunanda Tejaswini Urmila Vasundhara Tejalata Bhavamathi Sunalata Hemavati
Nandilata Pushpakshi Sharmivati Padmalata Snehaini Vidyakshi Chandravati Snehaika Sudhaini
Chandrakshi Bhavaika Vasuini Snehasri Kalyakshi Rupasri Sunasri Kalyavati Indukshi Induvati Kamaini
Rupamathi Vasusri Devasri Sudhakshi Kamaja Nandirani Tejaini Lalikshi Vasuika Padmavati Chandralata
Vasumathi Sneharani Madhumathi Snehaja Hemakshi Madhulata Pushparani Snehamathi Vidyaja Urmirani
Sunamathi Indulata Kamalata Sudhamathi
''',
        'm': '''
Shivprasad Ramnath Omprakash Satyajit Jagdish Brijesh Chandrakant Dilip Upendra Vikramaditya Zoravar
Upenprakash Indernath Omkant Gurendra Vikramwinder Narinnath Omnath Kulkant Yashendra Ramendra
Sukhkant Chandrawinder Omwinder Harnath Narinprakash Balnath Upenpal Kulish Mohindev Sukhesh
Chandraendra Rajnath Rajkant Satyawinder Inderendra Kulnath Brijish Balprakash Omdev Yashprakash
Harijit Paramdev Narinwinder Gurwinder Balkant Vikramendra Satyapal Kulesh Balish Brijendra Omjit
Mohinish Vikramish Vikramkant Paramendra Kulpal Sukhish Shivpal Devkant Rajendra Hariprakash Jasish
Vikrampal Inderdev Satyadev Brijjit Yashesh Jasnath Jagesh Harikant Satyaprakash
''',
        's': '''
Chaturvedi Dwivedi Upadhyay Parikh Rathore Shekhawat Bhandari Negi Rawat Bisht Butt Chowvi Upaore
Gangakar Bhanddhury Upahu Trikar Mehrder Rizore Chowkarni Mazumani Baneria Mazumwalla Upawal
Vagpande Mehrkarni Dwipande Rathhu Mehrawat Panddar Pandani Kulhu Upavi Thakwal Talukvi Gangahu
Talukawa Bhatdar Banerawa Sandvi Chowvedi Chowore Randkarni Bhatwalla Rizani Chattoani Chowri
Qurevedi Rizia Randvedi Upakar Talukkar Bhandani Banerpande Kulvi Shekhapande Grewwal Bajani
Bhatkarni Deshore Grewwalla Kulri Siddipande Mazumore Bajwal Jadkarni Bajawat Banerkar Talukani
Rathawa Panddhury Pandder Thakvi Gangawal Deshri Mukherder Rathia Banerawat Vagkar Rathder Rathdhury
Randvi Qureawat Rathdar Grewkar Rawdar Chowwar Randwal Kuldhury Sandwar Naqia Mehria Rathwar Naqwal
Rizder Dhilhu Dhilia Mehrwal Mazumia Thakore Mehrawa Siddiri Chowdar Jadawat Bhandhu Rathkarni
Thakri Randia Shekhari Banerwalla Grewdhury Bhandawa Thakwalla Bhatwar Vagia Kulawat Chowani Vagore
Sandvedi Siddiani Talukpande Rizpande Dhildar Deshkar Sandia Bhatder Siddider Quredhury Vagder
Talukkarni Siddiawa Mukheria Qurepande Rizvedi Rizhu Thakvedi Parider Gangavedi Talukore Paridar
Siddiwar Naqkarni Sandwalla Dwiri
''',
    },
    'ta': {
        'f': '''
Kalaiselvi Tamilselvi Poongodi Ponmani Sivakami Anbarasi Kayalvizhi Mangaiyarkarasi Saranya Yazhini
Ilakkiya Vanitha Ezhilmozhi Ilakgodi Thenkami Thenmalar Ilakrasi Kalaimalar Sivagodi Kavimalar
Revaselvi Mathirasi Yazhtha Selvimani Arulgodi Thengodi Thenrasi Mathimani Ezhilkami Yazhrasi
Ezhilrasi Kalaimozhi Mathiini Poonrasi Anbamozhi Arultha Ezhilani Poontha Ilakmani Arulkami
Tamilrasi Tamilkami Revaini Ezhilmani Sivamani Sumagodi Vaniini Yazhgodi Anbatha Ponselvi Ilakvizhi
Ponmozhi Ilakmozhi Poonkami
''',
        'm': '''
Ponnuthurai Selvanayagam Velupillai Kathiravel Sathiyamoorthy Kathirmoorthy Ganeskumar Kathirsingam
Thevasingam Rajanathan Rajathurai Thirurajah Sathisingam Sathimoorthy Yogessingam Thirumoorthy
Ratnapillai Kathirrajah Thevavel Vaithirajah Kathirkumar Kandinathan Kuganathan Ratnawaran
Ponnunantham Naganathan Ponnusamy Nagapillai Arulpillai Ponnukumar Yogeschelvan Mahepillai
Paramalingam Kandilingam Kandirajah Kandipillai Rajalingam Kandimoorthy Selvalingam Muthuvel
Thiruvel Ponnunathan Ratnandran Vaithisamy Velsingam Balapillai Thevandran Sathinathan Kandithurai
Sivamoorthy Thevawaran Rajawaran Thevalingam Yogessamy Nagandran Ponnundran Sathisamy Sivawaran
Muthukumar Arulsamy Mahechelvan Balavel Rajasingam Sathithurai Kathirnathan Sathindran Arulnathan
Ganeswaran Arulchelvan Arulkumar Mahesamy Sathipillai Vaithindran Ratnavel Arulwaran Paramathurai
Ganesvel Mahelingam Paramasingam Muthurajah Thirundran Thirusamy Sivandran Yogesnathan Arulthurai
Kugachelvan Selvasingam Vaithiwaran Paramapillai Balathurai Mahemoorthy Selvasamy Muthuchelvan
Rajamoorthy Thevapillai Ponnusingam
''',
    },
    'in': {
        'f': '''
Aputiarjuk Kuanana Qavavau Tukiki Malaya Kanerahtahere Konwahonwanoron Kawennahente Tehawenniharhos
Kahontineh Atsenhaienton Tentha Kawehente Karihawi Iehente Tsiokerons Onwatsi Kaheronhia Karironhia
Teienton Onwantha Kaienton Wahiantha Kaiantha Wahiakerons Tehente Kawekwas Kantha Tekwas Kahehawi
Kawehawi Kaiahente Kaiakerons Wahianere Karikerons Kakwas Iehawi Kahawi Wahiahente Kaiahawi Kawenere
Katsi Karinere Tsiohawi Onwahawi Kawekerons Tsiohente Kaianere Tsiontha Tsionere Kawentha Kariienton
Kahetsi Tsiotsi
''',
        'm': '''
Eliyahu Maasiu Taamusi Aronhiatekha Shakoientane Raweienstha Teioienstha Shaienton Aronhake Rahake
Ronwaienton Tehohake Kanensonte Taienstha Kasonte Kaienstha Kanenronhia Shatiio Ronwakha Taienton
Ratiio Shaienstha Ronwahake Teiokha Thaienstha Kakha Tasonte Rakwas Tehotiio Tehoienstha
Ronwaienstha Ronwakwas Kanenienstha Tehokwas Rakha Sharonhia Thatiio Teiotiio Tahake Tehoronhia
Tharonhia Takha Shakwas Teioronhia Shatane Ronwaronhia Kanenhake Teiosonte Shakha Katane Teioienton
Thatane Kanenkwas Kanentane
''',
        's': '''
Ikkidluak Kaitak Tukaquay Boslak Wapadluak Echachee Mistashosh Isarapik Uitaposh Isakallak Neeptich
Coonoush Sivlak Bostak Awaquay Petiyat Ikkishosh Qinucapio Padlatak Coonposh Qumini Nutasick
Wapachan Neepquay Padlaposh Sagawish Mianschan Neepmuk Guannash Qumchee Mistanish Echashosh Uitaluk
Chemakallak Einuoush Angualuk Ikkilak Quitchan Awanish Qumoush Cooini Mestooush Sivchan Miansnash
Ittualuk Nutachan Petajuak Petawish Guanquay Qinuguak Padlajuak Chachrapik Kaltwabano Sivtich
Chachlak Uitamuk Nappalak Wapatich Coonaluk Qumtich Echanash Ittuini Mokochee Tukaguak Ashanish
Einukallak Uitarapik Uitaoush Niqkallak Coocapio Nutadluak Padlatich Anguscum Kalttich Kasuwabano
Mestosick Mokodluak Ikkitush Tukadluak Mokorapik Mianskallak Ikkiposh Qinumuk Mokochan Kalicapio
Sagachee Uitalak Sagascum Awaini Guanshosh Shecatak Einuguak Chemanash Coonluk Nutawabano Awaposh
Chemawabano Isaposh Ikkichan Neepwabano Bosmuk Bosoush Chachluk Mokotak Sivini Angudluak Kasuini
Quityat Quitoush Chachini Cooyat Uitaini Petaaluk Shecakallak Qinualuk Awachee Ikkinish Petakallak
Awaoush Guanaluk Wapamuk Kasutush Cooposh Sivrapik Miansluk Ittumuk Kalilak Kasuoush Uitachan
Isachan Niqposh Qumshosh Isaluk Chemasick Awashosh Nappadluak Ikkicapio Petilak Petidluak Sivkallak
Nappaguak Kasumuk Qinuini Wapaini Sagadluak Sivmuk Petascum Niqjuak Wapashosh Ittuguak Qumscum
Chachwabano Kaltini Chachtich Qinudluak Ittuquay Coowish Nappacapio Ikkisick Coosick Mestochan
Coonchan Kaltyat Petiluk Itturapik Einuscum Ashasick Mistaluk Mistaquay Mestoini Tukanash Ittuscum
Einuquay Mestotush Chachoush Ikkichee Awarapik Anguchee Nappaoush Bosrapik Sagajuak Ashatak
Sagarapik Echaoush Bosaluk Kaltguak Petalak Guanlak Ashalak Tukawabano Niqdluak Qumtak Chemawish
Qumwish Ashamuk Mestoyat Tukatush Mistarapik
''',
    },
    'ph': {
        'f': '''
Jenalyn Flordeliza Chaze Jhenze Jeze Rojane Anajane Analine Arciel Reybeth Rhecel Arvic Lodelia
Gerallou Arline Analou Geralcel Reylou Chacel Mariciel Jhennel Shiecel Jhenciel Jocel Mariline Jolou
Jejane Jodelia Rherie Marijane Marinel Rolyn Chrisline Jelou Gerallyn Jecel Jhendelia Anacel Shienel
Geralnel Ardelia Jhenline Chrisciel Chrisze Chrisnel Jedelia Rociel Malyn Geralbeth Rhelou Chrisvic
Jobeth Jerie Mabeth
''',
        'm': '''
Bongbong Danmar Jerardo Jhunson Jerly Ronndy Ardelio Chrisrey Jaydelio Jhundy Maick Roardo Loly
Ronnjie Reyly Chrisjie Lomar Rojie Lojie Mady Markdy Reydy Chrisardo Mawin Rorey Chrisdelio Jerrey
Chrisson Arjie Danly Jerick Dannel Jorey Markjie Edardo Danardo Dandy Reyjie Ronnson Danwin Arly
Jhundelio Maardo Markardo Rody Arick Jerjie Eddelio Chrisly Ronnly Chriswin Reyson Jodelio Jayjie
''',
        's': '''
Dimaandal Tagle Villaruel Abueva Ebarle Pacquiao Yambao Ilapagal Dalaubo Lactibay Yamdula Magdula
Lapuubo Macaganiban Gatlastas Ilasamana Dimalac Paciganiban Tuandal Bundaculangan Manainan Paciinan
Macangco Bundasamana Matibay Sulitpagal Pacisamana Gatculangan Gatlac Malastas Macalac Dalaculangan
Dumagculangan Bundalastas Tuadula Salosamana Sulitngal Batipagal Laputibay Saloraeg Magsamana
Batiganiban Yaminan Ilatibay Sulittibay Gatubo Saloganiban Batiinan Dalainan Tuapagal Batisamana
Batilastas Sulitlac Macandal Lapuraeg Capungal Panginan Capundal Maculangan Dumagraeg Salondal
Lacraeg Salolac Bundapagal Gatndal Capusamana Lacganiban Yamngal Manaculangan Macalastas Dalasamana
Dumaginan Yamlastas Tuasamana Dalaganiban Dumagtibay Salopagal Tuangal Dumagganiban Mandal
Manasamana Masamana Macaubo Ilainan Yamubo Salodula Capuinan Batindal Sulitganiban Capulac Lacinan
Pacingco Macasamana Ilaraeg Salolastas Tuaganiban Yampagal Dalatibay Batiubo Pacilastas Lapulac
Dimadula Dalaraeg Dumagngal Capuubo Paciculangan Dumagndal Ilaganiban Batilac Bundangal Capuganiban
Dimainan Pangubo Pacingal Magganiban Lapupagal Tuangco Lapungco Magraeg Pacitibay Tuatibay Macainan
Sulitubo Batingal Mangal Pangpagal Magpagal Gatraeg Ilangal Lacngal Bundainan Dumagpagal Gatngal
Capuraeg Batidula Bundalac Manapagal Saloubo
''',
    },
    'fa': {
        'f': '''
Mahtab Shabnaz Tarafar Zohdeh Azasa Pedeh Sepireh Mahneh Shideh Shiman Parineh Gelanaz Golgah Tahdeh
Farrin Niloureh Sepifar Mahreh Zohneh Shabdeh Gelagah Zohman Golsa Nilougah Penaz Nilouman Nilourin
Yasaneh Bahaman Shisa Pariman Sepigah Zohrin Gelasa Shabreh Peta Farmineh Soheita Tahnaz Zohmineh
Azarin Gelarin Shabmineh Sepinaz Shigah Peman Gelafar Golneh Pemineh Tahta Niloudeh Yasadeh Nilouta
Zohta
''',
        'm': '''
Koudad Touash Mehrrouz Mehrviz Touush Darirosh Koumin Toushid Sharam Touran Biviz Ehviz Hooush Beham
Manjan Hooran Shahran Ehvan Toujan Farsan Jamjan Kousan Tourosh Hooshid Manash Bahrjan Shahrosh
Biash Bahrhad Shavan Jamman Manshid Birosh Biran Rashid Biman Shaviz Behhad Darivan Manrouz Shaush
Kamvan Kamrosh Behviz Ehrouz Kouram Parvan Siaash Ehhad Mehrhad Arshid Touman Kamash Keyran Jamran
Raviz Tousan Raush Shahviz Shahshid
''',
        's': '''
Ghaemmaghami Shamsabadi Rahnavard Nourbakhsh Amirkhani Karimipour Mahmoudian Najafabadi Rezaeian
Sharifnejad Zarrinkolah Tehranchi Ghaemabadi Najafvand Najafpour Rahkhani Esfandi Nouripour
Najafkhani Tehranian Farahkhani Yazdian Rezaizadeh Esfandvand Ghorbanlou Ghaemnia Javadian Yazdnia
Nourinia Shariffar Nourifar Yazdkhani Farahlou Nouriabadi Rahi Farahvand Nourikhani Zarrinabadi
Mirzania Tabatakhani Ghaemian Esfandian Rahabadi Kermanfar Najafnejad Ghorbannia Zarrinfar Kermannia
Esfandlou Esfandpour Yazdnejad Mahmoudkhani Javadnejad Nourivand Shamsnia Mirzanejad Shamsian
Mahmoudvand Tabatavand Shirazabadi Shamszadeh Karimizadeh Rahlou Esfandzadeh Shiraznejad Rahian
Ghaemi Mirzalou Sadeghvand Shamsvand Hosseinvand Golestankhani Karimilou Karimivand Sadeghabadi
Ghaempour Baghervand Ghorbankhani Rezainejad Karimiian Yazdfar Yazdvand Yazdzadeh Ghorbanabadi
Tehrankhani Hosseinnia Ghorbannejad Sharifkhani Rezaii Golestanfar Zarrini Shirazvand Shirazfar
Najafnia Shiraznia Kermankhani Javadvand Ghaemkhani Rezaipour Tehrannejad Yazdlou Esfandabadi Mirzai
Mirzakhani Rezaiian Rahfar Shamsi Farahpour Kermanlou Esfandnia Karimifar Farahzadeh Esfandnejad
Amirnia Sadeghnia Karimii Rahnia Yazdpour Shamsfar Golestannia Golestanabadi Kariminejad Tehrannia
Nourilou Sharifnia Shamslou Amirpour Javadabadi Javadkhani Kermannejad Rahvand Nourinejad
''',
    },
    'hy': {
        'f': '''
Hripsime Nvard Srbuhi Takuhi Varduhi Yeghsa Gohar Heghine Ovsanna Nvauhi Araknush Shoguhi Takuik
Srbunush Nvaik Zarusa Siramik Nvasa Yeghuhi Srbuik Siraine Shogane Takuane Arakrik Goharnush Yeghine
Srbusa Lusimik Takumik Lusirik Hripsa Lusisa Arpiane Goharsa Yeghmik Hasine Araksa Zaruik Vardsa
Hripmik Yeghnush Zarurik
''',
        'm': '''
Arsen Vahagn Hovsep Mkrtich Boghos Avedis Khachatur Haroutun Manoog Nazaret Hrant Vazgen Sarret
Hratan Avedkis Hovseak Saratur Haroutatur Ashgen Avedeh Sarot Karagn Hraeh Mesak Armepet Varatur
Sarpet Gevor Manukis Varpet Armeot Sarak Vaharet Vazun Khachon Manun Levgn Boghosret Manuor Ashgn
Hraret Varon
''',
        's': '''
Karapetyan Mkrtchyan Avedissian Khachaturian Haroutunian Manoogian Nazarian Injejikian Jamgochian
Keshishian Bedrosian Khachatyan Hovsepians Avedyan Demirian Tashyan Keshishyan Hagopians Haroutyan
Boghyan Boghian Melkonians Bedrosians Arslians Arslyan Nalbandians Kazians Demiryan Terzyan
Movsesyan Kazian Jamgochyan Ekmekyan Jamgochians Hovsepyan Bedrosyan Vartian Vartyan Grigorians
Tashian Chakmakyan Balabians Haroutian Ekmekians Sarkisian Sahakians Khachatians Nazians Avedian
Garabedians Yeghians Arslian Balabian Nazyan Zakarians Balabyan Movsesian Avedians Ekmekian Terzians
Movsesians Chakmakian Khachatian Tashians Grigorian Injejyan Injejians Chakmakians Yeghyan
Karapetians Sarkisians Boghians Haroutians Vartians Demirians Yeghian Kazyan Sarkisyan Nazian
Injejian Zakaryan
''',
    },
    'tr': {
        'f': '''
Gülşen Nurhan Dilek Ebru Feride Gönül Hülya Işıl Meltem Nesrin Özlem Pınar Sevim Tülay Ülkü Yeliz
Zerrin Aysel Berrin Canan Derya Esra Filiz Dilnay Dertül Figül Aygül Sersel Dercan Gülten Sertül
Sevay Nuray Zercan Özsu Hülnur Özcan Hültül Özten Aycan Sevsu Canten Zerhan Zergül Cangül Ayten
Derlem Yegül
''',
        'm': '''
Tolga Doğan Fatih Gökhan Hakan İlker Necati Oğuz Ozan Rıza Volkan Yavuz Zeki Alper Cihan Butan Leuz
Serhan Doğrak Eran Civuz Tukan Sertan Volhan Yagay Hatan Volper Berhan Ayhan Oğker Gökkan Volcati
Korvent Tuvuz Nerak Levuz Yakan Cicati Sergay Berkan Ayker Servuz Beran Berrak Lekay Cikan Havent
Yavent
''',
        's': '''
Karaoğlu Akbulut Demirtaş Yıldırım Özdemir Gültekin Erdoğan Kayaoğlu Aksoy Doğru Erkan Güneş Hançer
Işık Koç Polat Sarı Tekin Uysal Yalçın Yüksel Zengin Gölmen Demirtürk Aksal Şahinbulut Kılıçtekin
Uykan Taşoğlu Tekel Yaltürk Zendağ Karataş Bozkurtsal Şahincan Kurttekin Şahintekin Özoğlu Kurtel
Özsal Ertürk Denizoğlu Çakbulut Zentekin Denizoğulları Kılıçkan Yalmen Şahinmen Kurttaş Bozkurtsoy
Gülmen Kılıçoğlu Kılıçsal Zenel Tekmen Kılıçhan Bozkurttaş Göloğlu Akoğulları Öztaş Kılıçoğulları
Uybulut Denizcan Göltekin Kurtmen Gülsoy Kurtcan Güloğulları Yalkan Kılıçmen Deniztürk Tektaş Ersoy
Öztekin Göltaş Tektürk Demiroğulları Yıldızkan Ersal Bozkurtkan Şahinoğulları Yıldızcan Yaloğulları
Akkan Taşcan Özhan Eroğlu Demirsoy Bozkurtel Taştekin Uymen Şahinsal Çaktaş Uyhan Aktaş Şahindağ
Zenoğlu Yıldızoğlu Zenhan Karael Tekkan Taşbulut Güldağ Karahan Gölcan Zenkan Gölbulut Özel
Bozkurttekin Çakhan Bozkurtdağ Taşoğulları Kurtoğlu Çakoğlu Yıldızhan Karadağ Denizsal Demirkan
Yıldızbulut Çaksoy Tekoğlu Bozkurtoğlu Tekdağ Gülkan Kılıçcan Karatürk
''',
    },
    'so': {
        'f': '''
Farhiya Ilhan Kowsar Istahil Hawo Nasra Qamar Sucaad Xaawo Hawwo Nimra Nimsar Amrra Hamsar Xaaqa
Sahwo Hodara Deeqya Hodarah Farhiwo Ifrma Sahqa Ubama Istqa Qamqa Ayawo Deeqal Hawra Nasco Ubawo
Sahma Kowsqa Fadual Farhial Hamra Sagqa Hibsar Farhio Ladsar Deeqsar Deeqrah Ayarah Sahan Hamco
Ubaya Ayaco Farhiqa Hibco
''',
        'm': '''
Abdisalam Abdifatah Dualeh Bile Cabdi Cumar Xasan Khadar Dualfatah Dualame Egalnasir Lible Gedsalam
Bilkadir Hird Gedal Bili Warskadir Khadfatah Mahmrahman Gulei Libame Mukhtnasir Abdisi Cumkadir
Libnasir Mahmeh Xasar Egalsi Cabsi Mukhtrahman Gulesalam Abdiar Mahmal Sharwali Cumal Dualud Gedsi
Jamkadir Xasud Jamwali Libsalam Samatwali Cumame Gulenasir Warsar Jamsi Librahman
''',
        's': '''
Abdillahi Cabdulle Xuseen Faarax Jimcaale Ducaale Siyaad Shirdoon Garaad Cigaal Waberi Qorane
Cabdiraxmaan Xirsi Aadan Geelle Mursal Dhoori Cigabaan Mursle Caddbaan Shiral Ducaane Barrsal Jimcle
Shirle Aadle Caddow Cigale Xirle Barrle Dhooal Geelsi Ugaasi Qoradoon Xirow Dhoone Ugaaow Qoraad
Jimcbaan Garane Aadal Wabean Wabele Caddle Garadoon Ugaasal Xirad Jimcsal Jimcal Wabebaan Ducaasal
Garaan Caddri Ugaane Dhoobaan Shirow Jimcow Garale Wabead Geelri Xirne Shirsal Jimcad Ugaari
Mursbaan
''',
    },
}

ORIGINS = list(NAMES)
# origins that write the surname first in a roster (informational only)
PARTICLE_ORIGINS = {'pt': ['da', 'dos', 'de'], 'it': ['Di', 'De'], 'qc': ['de'], 'la': ['de']}
WORDS_FR = {'Chaudronnier': 'le chaudronnier', 'Tailleur': 'le tailleur', 'Drapier': 'le drapier',
            'Fauconnier': 'le fauconnier', 'Savonnier': 'le savonnier', 'Coutelier': 'le coutelier',
            'Horloger': "l'horloger", 'Chapelier': 'le chapelier', 'Chaumier': 'le chaumier',
            'Faucheur': 'le faucheur', 'Laboureur': 'le laboureur', 'Porcher': 'le porcher'}
WORDS_EN = {'Thresher': 'the thresher', 'Reaper': 'the reaper', 'Bellringer': 'the bellringer', 'Currier': 'the currier'}


def all_name_parts():
    """{part: 'origin role'} for every name part of the file."""
    out = {}
    for org, roles in NAMES.items():
        for role, blob in roles.items():
            for p in blob.split():
                out[p] = org + ' ' + role
    return out


def pool(blob):
    return [x.strip() for x in blob.strip().split('\n') if x.strip()]


# ---------------------------------------------------------------------------
# Other pools (one entry a line; split in halves like the names)

CITIES_QC = pool('''
Rimouski
Sept-Îles
Baie-Comeau
Drummondville
Victoriaville
Saint-Hyacinthe
Rouyn-Noranda
Val-d'Or
Amos
Matane
Gaspé
Chicoutimi
Alma
Dolbeau-Mistassini
Roberval
Shawinigan
Trois-Rivières
Sherbrooke
Magog
Granby
Saint-Jean-sur-Richelieu
Sorel-Tracy
Joliette
Terrebonne
Mascouche
Repentigny
Blainville
Mirabel
Saint-Jérôme
Sainte-Agathe-des-Monts
Mont-Laurier
Gatineau
Maniwaki
Thetford Mines
Lévis
Montmagny
La Pocatière
Rivière-du-Loup
Témiscouata-sur-le-Lac
Carleton-sur-Mer
New Richmond
Chandler
Havre-Saint-Pierre
Chibougamau
Kuujjuaq
Salaberry-de-Valleyfield
Châteauguay
Vaudreuil-Dorion
Boucherville
Longueuil
Brossard
Laval
Montréal
Québec
Beauport
Saint-Georges
Lac-Mégantic
Coaticook
Cowansville
Nicolet
Bécancour
La Tuque
Wendake
Mashteuiatsh
Kahnawake
Wemotaci
Kawawachikamach
''')

STREETS = pool('''
rue des Érables
rue Principale
boulevard de la Rivière
chemin du Lac-Noir
avenue des Pins
rue du Moulin
rue de la Fabrique
montée Saint-Benoît
rang Saint-Édouard
rue des Forges
boulevard Industriel
rue de l'Église
chemin de la Grande-Côte
avenue du Parc-Linéaire
rue des Cerisiers
rue du Couvent
rue de la Traverse
rue des Peupliers
côte de la Montagne
rue des Bouleaux
rue du Ruisseau
chemin des Patriotes
boulevard des Hauteurs
rue de la Gare
rue des Oblats
rue Notre-Dame Est
avenue Laurier Ouest
rue Saint-Vallier
rue des Mélèzes
rue du Quai
boulevard Taschereau
rue des Tilleuls
route des Rivières
rue de la Coulée
rue des Hirondelles
Pine Street
Maple Avenue
Elm Crescent
Lakeshore Road
Victoria Street
Mountain Road
Birch Lane
Hillcrest Drive
Cedar Court
Orchard Way
Riverside Drive
King Street West
Bay Street
Harbour Road
Willow Street
Aberdeen Avenue
''')

ORGS_FR = pool('''
Centre de services scolaire des Hautes-Rivières
CISSS du Bas-Saint-Laurent
CIUSSS de la Capitale-Nationale
Office municipal d'habitation de Lévis
Bibliothèque municipale de Magog
Société de transport de l'Outaouais
Pharmacie du Vieux-Port
Club de natation Les Dauphins
Association de soccer des Deux-Rives
Carrefour jeunesse-emploi de la Matanie
Commission des normes, de l'équité, de la santé et de la sécurité du travail
Tribunal administratif du logement
Direction de la protection de la jeunesse
Ministère de l'Immigration, de la Francisation et de l'Intégration
Société de l'assurance automobile du Québec
Régie de l'assurance maladie du Québec
Caisse Desjardins des Trois-Lacs
Autobus Beaulac inc.
Transport scolaire Lévesque et Frères
Clinique médicale des Cascades
Coopérative funéraire de l'Estrie
Cour du Québec, chambre civile
Ville de Rimouski, Service de l'urbanisme
Maison des jeunes L'Escale
Centre communautaire Le Phare
Groupe de ressources techniques Habitat Plus
Fondation du Rang Neuf
''')

ORGS_EN = pool('''
Eastern Townships School Board
Riverside Public Library
West Island Soccer Association
Lakeview Swim Club
Montreal Transit Corporation
Pointe-Claire Permits Office
Harbourview Pharmacy
Lakeshore General Hospital
Canadian Red Cross, Quebec Division
Immigration, Refugees and Citizenship Canada
Service Canada Centre
Yellow Bird School Transport Ltd.
Northshore Housing Cooperative
Greenfield Legal Clinic
Maple Leaf Insurance Group
St. Columba Parish Council
Valley Community Food Cupboard
Townships Volunteer Centre
Laurentian Ski Club
Pontiac Curling Club
''')

ORG_PATTERNS_FR = ['Pharmacie {s}', 'Garage {s} et Fils', 'Transport {s} inc.', 'Boulangerie {s}', 'Clinique dentaire {s}',
                   'Déneigement {s} enr.', 'Notaires {s} et Associés', 'Fondation {g}-{s}']
ORG_PATTERNS_EN = ['{s} Pharmacy', '{s} & Sons Towing', '{s} Legal Services', '{s} Hardware', 'The {g} {s} Foundation',
                   '{s} Insurance Brokers', '{s} Bus Lines']

LAWS_FR = pool('''
art. 53 de la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels
article 38 de la Loi sur la protection de la jeunesse
art. 1974 du Code civil du Québec
article 44 de la Loi sur les accidents du travail et les maladies professionnelles
art. 17 de la Loi sur la pharmacie
art. 119 de la Loi sur l'aménagement et l'urbanisme
article 3 du Règlement sur la sécurité dans les véhicules scolaires
art. 56 de la Loi sur la santé et les services sociaux
article 1860 C.c.Q.
art. 386 du Code de la sécurité routière
article 2 de la Charte de la langue française
art. 9 de la Loi sur l'immigration au Québec
''')
LAWS_EN = pool('''
section 53 of the Act respecting Access to documents held by public bodies
s. 38 of the Youth Protection Act
article 1974 of the Civil Code of Québec
s. 7 of the Canadian Charter of Rights and Freedoms
section 386 of the Highway Safety Code
s. 12 of the Immigration and Refugee Protection Act
section 17 of the Pharmacy Act
by-law 2019-114 on parking
s. 44 of the Act respecting industrial accidents and occupational diseases
article 1860 C.C.Q.
''')

DOMAINS = pool('''
videotron.ca
sympatico.ca
bell.net
gmail.com
hotmail.com
outlook.com
yahoo.fr
orange.fr
laposte.net
skynet.be
bluewin.ch
menara.ma
hotmail.fr
cogeco.ca
icloud.com
protonmail.com
live.ca
telus.net
globetrotter.net
derytele.com
''')

PLACES = pool('''
Gaspésie
Abitibi-Témiscamingue
Côte-Nord
Bas-Saint-Laurent
Saguenay–Lac-Saint-Jean
Nunavik
Eeyou Istchee
Estrie
Mauricie
Outaouais
Laurentides
Lanaudière
Montérégie
Charlevoix
Îles-de-la-Madeleine
Kamouraska
Beauce
Chaudière-Appalaches
Haute-Côte-Nord
Pontiac
''')

CONTENT_FR = pool('''
Le dossier a été transmis au service concerné pour suivi.
Aucune autre démarche n'est requise pour le moment.
Les documents originaux ont été numérisés puis remis au demandeur.
La rencontre s'est déroulée dans un climat cordial.
Un rappel sera fait à la fin du mois prochain.
Le formulaire était incomplet lors de la première réception.
La situation semble s'être stabilisée depuis la dernière visite.
Les frais applicables sont indiqués sur la facture jointe.
Le comité recommande de poursuivre l'intervention actuelle.
Une copie de la présente sera versée au dossier.
Les heures d'ouverture du comptoir ont été modifiées pour l'été.
Le délai de traitement habituel est de trente jours ouvrables.
Il est recommandé de conserver ce document en lieu sûr.
Les travaux devront être terminés avant le début de l'hiver.
La demande a été jugée recevable après analyse.
Aucun incident n'a été rapporté durant la période visée.
Le matériel prêté devra être rapporté en bon état.
Les parents ont été informés de la procédure à suivre.
La prochaine rencontre aura lieu au même endroit.
Le médicament doit être pris avec un grand verre d'eau.
La décision pourra faire l'objet d'une demande de révision.
Les pièces justificatives doivent accompagner la réclamation.
Le chauffeur a immobilisé le véhicule en toute sécurité.
Une inspection de suivi sera planifiée sous peu.
Le logement présentait des traces d'infiltration d'eau au sous-sol.
L'élève a été reconduit à l'école sans autre difficulté.
Le locateur a déposé les preuves demandées dans les délais.
La bibliothèque offre maintenant le renouvellement en ligne.
Les inscriptions pour la saison d'automne sont ouvertes.
Les participants ont reçu l'ordre du jour à l'avance.
Le texte a été lu et approuvé par les membres présents.
La demande de parrainage est en cours d'examen.
Toute modification doit être signalée par écrit.
La signalisation du stationnement était clairement visible.
Le paiement peut être effectué en ligne ou au comptoir.
Le rapport final sera disponible sur demande.
La pièce était mal ventilée et le détecteur de fumée ne fonctionnait pas.
Le suivi hebdomadaire se poursuivra jusqu'à nouvel ordre.
Les renseignements fournis sont traités de façon confidentielle.
La succession devra produire une déclaration de revenus finale.
L'ordonnance a été renouvelée pour une période de trois mois.
Le permis ne sera délivré qu'après réception des plans révisés.
Les visites supervisées ont eu lieu comme prévu.
La séance est levée après épuisement de l'ordre du jour.
Le véhicule a été remorqué à la fourrière municipale.
Merci de répondre avant la date limite indiquée.
Le club fournit les dossards et les ballons.
L'audience a été reportée à la demande des deux parties.
La déclaration a été signée en présence d'un témoin.
Aucun document n'a été retrouvé dans les archives.
''')

CONTENT_EN = pool('''
The file was forwarded to the appropriate department for follow-up.
No further action is required at this time.
The original documents were scanned and returned to the applicant.
The meeting took place in a cordial atmosphere.
A reminder will be sent at the end of next month.
The form was incomplete when it was first received.
The situation appears to have stabilized since the last visit.
Applicable fees are listed on the attached invoice.
The committee recommends continuing the current plan.
A copy of this letter will be placed on file.
Counter hours have changed for the summer season.
The usual processing time is thirty business days.
Please keep this document in a safe place.
The work must be completed before the start of winter.
The request was found admissible after review.
No incident was reported during the period covered.
Borrowed equipment must be returned in good condition.
Parents were informed of the procedure to follow.
The next meeting will be held at the same location.
The medication should be taken with a full glass of water.
This decision may be reviewed upon request.
Supporting documents must accompany the claim.
The driver brought the vehicle to a safe stop.
A follow-up inspection will be scheduled shortly.
Water damage was visible on the basement walls.
The student was driven back to school without further difficulty.
The landlord filed the requested evidence on time.
Online renewals are now available at all branches.
Registration for the fall season is now open.
Participants received the agenda in advance.
The minutes were read and approved by the members present.
The sponsorship application is currently under review.
Any change must be reported in writing.
Parking signs were clearly visible at the time.
Payment can be made online or at the counter.
The final report is available upon request.
The room was poorly ventilated and the smoke detector was not working.
Weekly follow-up will continue until further notice.
The information provided is treated confidentially.
The estate must file a final income tax return.
The prescription was renewed for three months.
The permit will only be issued once revised plans are received.
Supervised visits took place as scheduled.
The meeting was adjourned once the agenda was exhausted.
The vehicle was towed to the municipal impound lot.
Please reply before the deadline shown above.
The club supplies jerseys and balls.
The hearing was postponed at the request of both parties.
The statement was signed in front of a witness.
No record was found in the archives.
''')

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MON_EN = [m[:3] for m in MONTHS_EN]

# foreign places for addresses: (country, [(city, postal-code maker)])
FOREIGN_STREETS = {
    'fr': pool('''
rue des Tanneurs
avenue Jean-Jaurès
boulevard Voltaire
rue de la Roquette
impasse des Lilas
allée des Marronniers
chemin des Vignes
rue du Faubourg-Saint-Denis
place du Marché
rue Lamartine
'''),
    'ar': pool('''
rue Ibn Batouta
boulevard Zerktouni
avenue Hassan II
rue Didouche Mourad
rue Larbi Ben M'hidi
rue Sursock
rue Hamra
rue Monnot
'''),
    'es': pool('''
Calle Durango
Calle Orizaba
Avenida Insurgentes Sur
Calle Tonalá
Calle Colima
'''),
    'pt': pool('''
Rua Augusta
Rua dos Pinheiros
Avenida Paulista
Rua da Consolação
Rua Oscar Freire
'''),
    'en': pool('''
Maple Ave
Elm Street
Kelvin Road
Byres Road
Church Lane
Main Street
Oak Ridge Drive
'''),
}


# ---------------------------------------------------------------------------
# Pools of one half

class Pools:
    def __init__(self, mode):
        self.mode = mode
        keep = lambda xs: [x for x in xs if half_of(x) == mode]
        self.names = {}
        for org, roles in NAMES.items():
            self.names[org] = {r: keep(b.split()) for r, b in roles.items()}
        self.words = {k: v for k, v in list(WORDS_FR.items()) + list(WORDS_EN.items()) if half_of(k) == mode}
        for attr, src in (('cities', CITIES_QC), ('streets', STREETS), ('orgs_fr', ORGS_FR), ('orgs_en', ORGS_EN),
                          ('laws_fr', LAWS_FR), ('laws_en', LAWS_EN), ('domains', DOMAINS), ('places', PLACES),
                          ('content_fr', CONTENT_FR), ('content_en', CONTENT_EN)):
            setattr(self, attr, keep(src))
        self.fstreets = {k: keep(v) for k, v in FOREIGN_STREETS.items()}

    def part_set(self):
        return set(fold(p) for roles in self.names.values() for r, xs in roles.items() for p in xs)


# ---------------------------------------------------------------------------
# Spans and documents

def P(t):
    return ('pii', 'PERSON', t)


def X(typ, t):
    return ('pii', typ, t)


def D(typ, t):
    return ('decoy', typ, t)


def C(t):
    return ('content', 'CONTENT', t)


class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.items = []

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, list):
                self.add(*it)
            elif isinstance(it, tuple):
                self.items.append(it)
            else:
                self.items.append(str(it))

    def f(self, tpl, **kw):
        for k, piece in enumerate(re.split(r'\{(\w+)\}', tpl)):
            if k % 2 == 0:
                if piece:
                    self.items.append(piece)
            else:
                self.add(kw[piece])

    def length(self):
        return sum(len(x if isinstance(x, str) else x[2]) for x in self.items)

    def build(self):
        text, spans, pos = [], [], 0
        for it in self.items:
            s = it if isinstance(it, str) else it[2]
            b = len(s.encode('utf-8'))
            if not isinstance(it, str):
                spans.append({'start': pos, 'end': pos + b, 'kind': it[0], 'type': it[1], '_s': s})
            text.append(s)
            pos += b
        return ''.join(text), spans


def luhn_digit(body):
    tot = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


class Person:
    def __init__(self, given, sur, sex, origin):
        self.given, self.sur, self.sex, self.origin = given, sur, sex, origin

    @property
    def full(self):
        return self.given + ' ' + self.sur


class Gen:
    def __init__(self, pools, rng, lang, mode):
        self.p, self.r, self.lang, self.mode = pools, rng, lang, mode
        self.used = set()       # folded name parts used for persons in this document
        self.people = []
        self.said = set()       # content sentences already used in this document

    def ch(self, xs):
        return xs[self.r.randrange(len(xs))]

    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    # -- names
    def _part(self, org, role):
        xs = self.p.names[org].get(role) or []
        for _ in range(30):
            if not xs:
                break
            x = self.ch(xs)
            if fold(x) not in self.used:
                self.used.add(fold(x))
                return x
        return None

    def person(self, origin=None, sex=None):
        for _ in range(50):
            org = origin or self.ch(ORIGINS)
            sx = sex or self.ch('fm')
            g = self._part(org, sx)
            s = self._part(org, 's')
            if not g or not s:
                continue
            x = self.r.random()
            if org in ('la', 'pt') and x < 0.35:
                s2 = self._part(org, 's')
                if s2:
                    s = s + ' ' + s2
            elif org in PARTICLE_ORIGINS and x < 0.12:
                s = self.ch(PARTICLE_ORIGINS[org]) + ' ' + s
            elif org == 'qc' and x < 0.2:
                g2 = self._part(org, sx)
                if g2:
                    g = g + '-' + g2
            elif org == 'qc' and x < 0.25 and self.p.names['qc'].get('w'):
                w = self.ch(self.p.names['qc']['w'])
                if fold(w) not in self.used:
                    self.used.add(fold(w))
                    s = w
            p = Person(g, s, sx, org)
            self.people.append(p)
            return p
        raise RuntimeError('no name')

    def title(self, p):
        if self.lang == 'fr':
            return self.ch(['Mme', 'Madame']) if p.sex == 'f' else self.ch(['M.', 'Monsieur'])
        return self.ch(['Ms.', 'Mrs.', 'Ms']) if p.sex == 'f' else self.ch(['Mr.', 'Mr'])

    def name(self, p, style=None):
        """A mention of p, as a list of items."""
        st = style or self.ch(['full', 'full', 'full', 'titled', 'init', 'ginit', 'caps', 'comma', 'given', 'sur_t'])
        if st == 'full':
            return [P(p.full)]
        if st == 'titled':
            return [self.title(p) + ' ', P(p.full)]
        if st == 'init':
            g = p.given.split('-')
            return [P('-'.join(x[0] + '.' for x in g) + ' ' + p.sur)]
        if st == 'ginit':
            return [P(p.given + ' ' + p.sur.split()[-1][0] + '.')]
        if st == 'caps':
            return [P(p.sur.upper() + ' ' + p.given)]
        if st == 'comma':
            return [P(p.sur.upper() if self.r.random() < 0.5 else p.sur), ', ', P(p.given)]
        if st == 'given':
            return [P(p.given)]
        if st == 'sur_t':
            return [self.title(p) + ' ', P(p.sur)]
        if st == 'upper':
            return [P(p.full.upper())]
        raise ValueError(st)

    def ascii(self, s):
        return re.sub(r'[^a-z]', '', fold(s).replace('ł', 'l').replace('ı', 'i'))

    def handle(self, p):
        a, b = self.ascii(p.given.split('-')[0]), self.ascii(p.sur.split()[-1])
        return self.ch([a + '.' + b, a + '_' + b, b + '.' + a, a + '.' + b])

    def email(self, p):
        a, b = self.ascii(p.given.split('-')[0]), self.ascii(p.sur.split()[-1])
        local = self.ch([a + '.' + b, a[0] + b, b + '.' + a, a + b + str(self.r.randint(1, 99)), a + '_' + b[:4]])
        return X('EMAIL', local + '@' + self.ch(self.p.domains))

    def work_email(self, p, dom):
        a, b = self.ascii(p.given.split('-')[0]), self.ascii(p.sur.split()[-1])
        return X('EMAIL', a + '.' + b + '@' + dom)

    # -- phones
    def phone(self, foreign=None, ext=True):
        r = self.r
        d = lambda n: ''.join(str(r.randint(0, 9)) for _ in range(n))
        area = self.ch(['514', '438', '450', '579', '418', '581', '819', '873', '367', '263'])
        ex, ln = str(r.randint(200, 989)), d(4)
        if foreign is None and r.random() < 0.22:
            foreign = self.ch(['fr', 'ht', 'ma', 'dz', 'lb', 'mx', 'co', 'br', 'vn', 'ph', 'us', 'uk', 'be', 'ch'])
        if foreign == 'fr':
            s = self.ch(['+33 %s %s %s %s %s', '+33 (0)%s %s %s %s %s', '0%s.%s.%s.%s.%s']) % (self.ch('1234567'), d(2), d(2), d(2), d(2))
        elif foreign == 'ht':
            s = self.ch(['+509 %s%s-%s', '(509) %s%s %s']) % (self.ch('34'), d(3), d(4))
        elif foreign == 'ma':
            s = '+212 6 %s %s %s %s' % (d(2), d(2), d(2), d(2))
        elif foreign == 'dz':
            s = '+213 %s %s %s %s %s' % (self.ch('567'), d(2), d(2), d(2), d(2))
        elif foreign == 'lb':
            s = '+961 %s %s %s' % (self.ch(['3', '70', '71', '1']), d(3), d(3))
        elif foreign == 'mx':
            s = '+52 55 %s %s' % (d(4), d(4))
        elif foreign == 'co':
            s = '+57 3%s %s %s' % (d(2), d(3), d(4))
        elif foreign == 'br':
            s = '+55 (11) 9%s-%s' % (d(4), d(4))
        elif foreign == 'vn':
            s = '+84 9%s %s %s %s' % (d(1), d(3), d(2), d(2))
        elif foreign == 'ph':
            s = '+63 9%s %s %s' % (d(2), d(3), d(4))
        elif foreign == 'us':
            s = self.ch(['+1 (802) %s-%s', '(617) %s-%s', '1-212-%s-%s']) % (str(r.randint(200, 989)), d(4))
        elif foreign == 'uk':
            s = self.ch(['+44 20 %s %s', '+44 (0)141 %s %s']) % (d(4), d(4))
        elif foreign == 'be':
            s = '+32 2 %s %s %s' % (d(3), d(2), d(2))
        elif foreign == 'ch':
            s = '+41 22 %s %s %s' % (d(3), d(2), d(2))
        else:
            s = self.ch(['(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '%s %s-%s', '%s %s %s', '1 %s %s-%s', '+1 %s %s %s',
                         '+1-%s-%s-%s', '%s/%s-%s']) % (area, ex, ln)
        out = [X('PHONE', s)]
        if ext and r.random() < 0.2:
            out.append(self.ch([' poste %d', ', poste %d', ' p. %d']) % r.randint(2, 4999) if self.lang == 'fr'
                       else self.ch([' ext. %d', ' x%d', ', extension %d']) % r.randint(2, 4999))
        return out

    def tollfree(self):
        return D('TOLLFREE', self.ch(['1 800 %d-%04d', '1-888-%d-%04d', '1 877 %d-%04d', '1-866-%d-%04d', '1 855 %d %04d', '1-844-%d-%04d'])
                 % (self.r.randint(200, 989), self.r.randint(0, 9999)))

    # -- addresses
    def postal_ca(self):
        L1 = 'ABCEGHJKLMNPRSTVXY'
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        r = self.r
        first = self.ch('GHJK') if r.random() < 0.8 else self.ch(L1)
        pc = '%s%d%s%d%s%d' % (first, r.randint(0, 9), self.ch(L), r.randint(0, 9), self.ch(L), r.randint(0, 9))
        form = r.random()
        if form < 0.6:
            pc = pc[:3] + ' ' + pc[3:]
        elif form < 0.72:
            pc = pc[:3] + pc[3:]
        elif form < 0.8:
            pc = (pc[:3] + ' ' + pc[3:]).lower()
        elif form < 0.88:
            pc = pc[:3] + '  ' + pc[3:]
        elif form < 0.94:
            pc = pc[:3] + '-' + pc[3:]
        else:
            pc = ' '.join(pc)[:5] + ' ' + pc[3:]
        return X('POSTAL_CODE', pc)

    def street_qc(self):
        st = self.ch(self.p.streets)
        if self.r.random() < 0.15:
            q = self.person()
            self.people.pop()
            st = self.ch(['rue', 'avenue', 'boulevard', 'rue']) + ' ' + q.given.split('-')[0] + '-' + q.sur.split()[-1]
        return st

    def unit(self):
        n = self.r.randint(1, 12) * self.ch([1, 1, 100]) + self.r.randint(0, 9) * self.ch([0, 1])
        return self.ch(['app. %d', 'apt %d', 'Apt. %d', '#%d', 'appartement %d', 'logement %d', 'bureau %d', 'unité %d',
                        'Suite %d', 'local %d']) % n + self.ch(['', '', '', 'B', 'A'])

    def address_qc(self, full=True):
        """Civic address, optional city and postal code: list of items."""
        r = self.r
        civ = str(r.randint(1, 9999))
        st = self.street_qc()
        x = r.random()
        if x < 0.1:
            a = self.ch(['RR %d, %s route %d', 'R.R. %d, %s, rang %d']) % (r.randint(1, 6), civ, r.randint(1, 399))
        elif x < 0.17:
            a = self.ch(['C.P. %d', 'case postale %d', 'P.O. Box %d', 'CP %d']) % r.randint(10, 2999)
        elif x < 0.25:
            a = '%s, chemin du Rang %d' % (civ, r.randint(1, 11)) if self.lang == 'fr' else '%s Rang %d Road' % (civ, r.randint(1, 11))
        elif x < 0.4:
            a = '%d-%s, %s' % (r.randint(1, 30) * self.ch([1, 100]) + r.randint(0, 9), civ, st)
        else:
            sep = self.ch([', ', ' ', ' '])
            a = civ + sep + st
            if r.random() < 0.4:
                a += self.ch([', ', ' ', ' – ']) + self.unit()
        out = [X('ADDRESS', a)]
        if full:
            city = self.ch(self.p.cities)
            out += [self.ch([', ', '\n', ' ', ', ']) + city + self.ch([' (Québec) ', ', QC  ', ', Qc ', ' QC ', ', Québec, ', ' ']),
                    self.postal_ca()]
        return out

    def address_foreign(self, country=None):
        """(items, country label)."""
        r = self.r
        c = country or self.ch(['fr', 'be', 'ch', 'ht', 'ma', 'dz', 'lb', 'mx', 'co', 'br', 'vn', 'ph', 'us', 'uk'])
        d = lambda n: ''.join(str(r.randint(0, 9)) for _ in range(n))
        if c == 'fr':
            a = '%d%s, %s' % (r.randint(1, 140), self.ch(['', '', ' bis', ' ter']), self.ch(self.p.fstreets['fr']))
            if r.random() < 0.3:
                a = self.ch(['Bât. C, ', 'Résidence Les Tilleuls, ', 'Escalier B, ']) + a
            return [X('ADDRESS', a), '\n', X('POSTAL_CODE', self.ch(['750', '690', '130', '310', '440', '670']) + d(2)),
                    ' ' + self.ch(['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Strasbourg']) + '\nFRANCE'], 'France'
        if c == 'be':
            return [X('ADDRESS', '%s %d%s' % (self.ch(['Rue de la Loi', 'Chaussée de Wavre', 'Avenue Louise', 'Rue Haute']), r.randint(1, 300),
                                              self.ch(['', ' bte 4', '/2', ' boîte 12']))),
                    ', ', X('POSTAL_CODE', self.ch(['1040', '1050', '1000', '4000', '5000'])), ' ' +
                    self.ch(['Etterbeek', 'Ixelles', 'Bruxelles', 'Liège', 'Namur']) + ', Belgique'], 'Belgique'
        if c == 'ch':
            return [X('ADDRESS', '%s %d' % (self.ch(['Chemin des Vignes', 'Rue de Carouge', 'Route de Chêne', 'Avenue de la Gare']), r.randint(1, 90))),
                    ', ', X('POSTAL_CODE', self.ch(['CH-1204', '1205', '1003', 'CH-2000'])), ' ' +
                    self.ch(['Genève', 'Lausanne', 'Neuchâtel']) + ', Suisse'], 'Suisse'
        if c == 'ht':
            a = self.ch(['%d, rue Capois', '%d, Ruelle Chériez', '%d, rue Lamarre', 'Delmas 33, rue Charbonnière #%d', '%d, Impasse Lavaud'])
            return [X('ADDRESS', a % r.randint(2, 90)), ', ', X('POSTAL_CODE', 'HT' + self.ch(['6110', '6120', '6140', '9110'])),
                    ' ' + self.ch(['Port-au-Prince', 'Pétion-Ville', 'Delmas', 'Cap-Haïtien']) + ', Haïti'], 'Haïti'
        if c == 'ma':
            a = '%s, Imm. %d, Appt %d, %s' % (self.ch(['Résidence Al Amal', 'Résidence Yasmine', 'Lotissement Riad']), r.randint(1, 40),
                                               r.randint(1, 30), self.ch(self.p.fstreets['ar']))
            return [X('ADDRESS', a), '\n', X('POSTAL_CODE', self.ch(['20250', '10090', '40000', '90000'])), ' ' +
                    self.ch(['Casablanca', 'Rabat', 'Marrakech', 'Tanger']) + ', Maroc'], 'Maroc'
        if c == 'dz':
            a = 'Cité %d Logements, Bt %s n° %d' % (self.ch([200, 500, 1000]), self.ch('ABCDEF'), r.randint(1, 60))
            return [X('ADDRESS', a), ', ', X('POSTAL_CODE', self.ch(['16000', '15000', '06000', '31000'])), ' ' +
                    self.ch(['Alger', 'Tizi Ouzou', 'Béjaïa', 'Oran']) + ', Algérie'], 'Algérie'
        if c == 'lb':
            a = '%s, imm. %s, %de étage' % (self.ch(self.p.fstreets['ar']), self.ch(['Salam', 'Cèdres', 'Nour', 'Rizk']), r.randint(1, 12))
            return [X('ADDRESS', a), ', ' + self.ch(['Achrafieh, Beyrouth', 'Jounieh', 'Zahlé', 'Hamra, Beyrouth']) + ', Liban'], 'Liban'
        if c == 'mx':
            a = '%s %d, Int. %d, Col. %s' % (self.ch(self.p.fstreets['es']), r.randint(10, 999), r.randint(1, 12),
                                             self.ch(['Roma Norte', 'Condesa', 'Del Valle', 'Narvarte']))
            return [X('ADDRESS', a), ', ' + self.ch(['C.P. ', 'CP ']), X('POSTAL_CODE', '0' + d(4)),
                    ', ' + self.ch(['Cuauhtémoc', 'Benito Juárez']) + ', CDMX, México'], 'México'
        if c == 'co':
            a = 'Calle %d # %d-%d%s' % (r.randint(10, 170), r.randint(10, 120), r.randint(1, 99), self.ch(['', ', Apto 301', ' Apto 502', ', Torre 2 Apto 1104']))
            if r.random() < 0.4:
                a = 'Carrera %d # %d-%d' % (r.randint(7, 100), r.randint(10, 170), r.randint(1, 99))
            return [X('ADDRESS', a), ', ' + self.ch(['Bogotá', 'Medellín', 'Cali']) + ', Colombia'], 'Colombia'
        if c == 'br':
            a = '%s, %d%s' % (self.ch(self.p.fstreets['pt']), r.randint(10, 3000), self.ch(['', ', apto 72', ', ap. 1203', ', casa 2']))
            return [X('ADDRESS', a), '\n' + self.ch(['São Paulo - SP', 'Campinas - SP']) + ', CEP ', X('POSTAL_CODE', '0%s-%s' % (d(4), d(3))),
                    ', Brasil'], 'Brasil'
        if c == 'vn':
            a = 'Số %d, ngõ %d, phố %s' % (r.randint(1, 120), r.randint(1, 300), self.ch(['Huế', 'Kim Mã', 'Đội Cấn', 'Bạch Mai']))
            return [X('ADDRESS', a), ', ' + self.ch(['Hai Bà Trưng, Hà Nội', 'Ba Đình, Hà Nội', 'Quận 3, TP. Hồ Chí Minh']) + ', Việt Nam'], 'Việt Nam'
        if c == 'ph':
            a = 'Blk %d Lot %d, %s St., Brgy. %s' % (r.randint(1, 40), r.randint(1, 60), self.ch(['Sampaguita', 'Ilang-Ilang', 'Mabini', 'Rizal']),
                                                     self.ch(['San Isidro', 'Dela Paz', 'Malanday']))
            return [X('ADDRESS', a), ', ', X('POSTAL_CODE', self.ch(['1870', '1800', '1100'])), ' ' +
                    self.ch(['Antipolo City', 'Marikina City', 'Quezon City']) + ', Philippines'], 'Philippines'
        if c == 'us':
            a = '%d %s%s' % (r.randint(10, 9999), self.ch(self.p.fstreets['en']), self.ch(['', ', Apt 3B', ' Apt. 12', ', Unit 4', ' #210']))
            st, zp = self.ch([('Burlington, VT', '054'), ('Plattsburgh, NY', '129'), ('Boston, MA', '021'), ('Portland, ME', '041')])
            return [X('ADDRESS', a), '\n' + st + ' ', X('POSTAL_CODE', zp + d(2) + self.ch(['', '', '-' + d(4)])), ', USA'], 'USA'
        a = self.ch(['Flat %d, %d %s', '%d/%d %s', 'Flat %d %d %s']) % (r.randint(1, 9), r.randint(1, 200), self.ch(self.p.fstreets['en']))
        pc = self.ch(['G12 8QQ', 'EH6 5LB', 'SW1A 2AA', 'M14 6HR', 'BT7 1NN', 'CF10 3AT'])
        if r.random() < 0.2:
            pc = pc.replace(' ', '')
        return [X('ADDRESS', a), '\n' + self.ch(['Glasgow', 'Edinburgh', 'London', 'Manchester', 'Belfast', 'Cardiff']) + ' ',
                X('POSTAL_CODE', pc), '\nUnited Kingdom'], 'United Kingdom'

    # -- dates
    def ymd(self, y0=1932, y1=2019):
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob(self, y0=1932, y1=2019):
        y, m, d = self.ymd(y0, y1)
        if self.lang == 'fr':
            s = self.ch(['%d %s %d' % (d, MONTHS_FR[m - 1], y), '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d),
                         '%d/%02d/%02d' % (y, m, d), '%s%d %s %d' % ('1er ' if d == 1 else '', d, MONTHS_FR[m - 1][:4] + '.', y) if d != 1 else '1er %s %d' % (MONTHS_FR[m - 1], y),
                         '%02d.%02d.%d' % (d, m, y), '%02d-%02d-%02d' % (d, m, y % 100), '%02d %02d %d' % (d, m, y)])
        else:
            s = self.ch(['%s %d, %d' % (MONTHS_EN[m - 1], d, y), '%d %s %d' % (d, MONTHS_EN[m - 1], y), '%d-%02d-%02d' % (y, m, d),
                         '%02d/%02d/%d' % (m, d, y), '%d/%02d/%02d' % (y, m, d), '%02d-%s-%d' % (d, MON_EN[m - 1], y),
                         '%02d-%02d-%02d' % (m, d, y % 100), '%s. %d, %d' % (MON_EN[m - 1], d, y)])
        return X('DOB', s), (y, m, d)

    def date(self, y0=2019, y1=2025):
        y, m, d = self.ymd(y0, y1)
        if self.lang == 'fr':
            s = self.ch(['%d %s %d' % (d, MONTHS_FR[m - 1], y), '%d-%02d-%02d' % (y, m, d), '%02d/%02d/%d' % (d, m, y)])
        else:
            s = self.ch(['%s %d, %d' % (MONTHS_EN[m - 1], d, y), '%d-%02d-%02d' % (y, m, d), '%d %s %d' % (d, MONTHS_EN[m - 1], y)])
        return D('DATE', s)

    def time(self):
        h, mi = self.r.randint(6, 21), self.ch([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return D('TIME', self.ch(['%d h %02d', '%dh%02d', '%d:%02d']) % (h, mi) if self.lang == 'fr'
                 else self.ch(['%d:%02d' % (h, mi), '%02d:%02d' % (h, mi), '%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'a.m.' if h < 12 else 'p.m.')]))

    def amount(self):
        v = self.r.randint(5, 4800) + self.ch([0, 0.5, 0.25, 0.99, 0.75])
        return D('AMOUNT', ('%s $' % ('%.2f' % v).replace('.', ',')) if self.lang == 'fr' else '$%.2f' % v)

    def month(self):
        return D('MONTH', self.ch(MONTHS_FR if self.lang == 'fr' else MONTHS_EN))

    def year(self):
        return D('YEAR', str(self.r.randint(2015, 2026)))

    # -- identifiers
    def nas(self):
        while True:
            body = str(self.ch([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(self.r.randint(0, 9)) for _ in range(7))
            n = body + (luhn_digit(body) if self.r.random() < 0.93 else str(self.r.randint(0, 9)))
            if len(set(n)) > 3:
                break
        return X('NAS', self.ch(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s']) % (n[:3], n[3:6], n[6:]))

    def ramq(self, p, ymd):
        y, m, d = ymd
        sur = self.ascii(p.sur.split()[-1]).upper() + 'XXX'
        code = sur[:3] + self.ascii(p.given)[:1].upper() + '%02d%02d%02d' % (y % 100, m + (50 if p.sex == 'f' else 0), d) + '%02d' % self.r.randint(11, 98)
        return X('RAMQ', self.ch(['%s %s %s', '%s%s%s', '%s-%s-%s']) % (code[:4], code[4:8], code[8:]))

    def licence(self, p, ymd):
        y, m, d = ymd
        l = self.ascii(p.sur.split()[-1])[:1].upper() or 'X'
        digits = '%04d' % self.r.randint(0, 9999) + '%02d%02d%02d' % (d, m + (50 if p.sex == 'f' else 0), y % 100) + '%02d' % self.r.randint(1, 99)
        return X('DRIVER_LICENCE', self.ch(['%s%s-%s-%s', '%s%s %s %s', '%s%s%s%s']) % (l, digits[:4], digits[4:10], digits[10:]))

    def passport(self):
        r = self.r
        up = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        return X('PASSPORT', self.ch([self.ch(up) + self.ch(up) + '%06d' % r.randint(0, 999999),
                                      '%02d%s%s%05d' % (r.randint(10, 24), self.ch(up), self.ch(up), r.randint(0, 99999)),
                                      '%09d' % r.randint(100000000, 999999999), 'P' + '%07d' % r.randint(0, 9999999)]))

    def bank(self, pieces=None):
        r = self.r
        tr, inst, acct = '%05d' % r.randint(10, 99999), self.ch(['815', '006', '003', '001', '002', '004', '010', '829']), '%07d' % r.randint(0, 9999999)
        if pieces is None:
            pieces = r.random() < 0.45
        if pieces:
            if self.lang == 'fr':
                return ['Transit : ', X('BANK_ACCOUNT', tr), self.ch([' / ', '\n', ' — ']), 'Institution : ', X('BANK_ACCOUNT', inst),
                        self.ch([' / ', '\n', ' — ']), 'Folio : ', X('BANK_ACCOUNT', acct)]
            return ['Transit: ', X('BANK_ACCOUNT', tr), self.ch([' / ', '\n', ', ']), 'Institution: ', X('BANK_ACCOUNT', inst),
                    self.ch([' / ', '\n', ', ']), 'Account: ', X('BANK_ACCOUNT', acct)]
        return [X('BANK_ACCOUNT', self.ch(['%s-%s-%s', '%s %s %s', '%s-%s %s']) % (tr, inst, acct))]

    def card(self):
        r = self.r
        kind = self.ch(['v', 'v', 'm', 'a'])
        if kind == 'a':
            body = self.ch(['34', '37']) + ''.join(str(r.randint(0, 9)) for _ in range(12))
            n = body + luhn_digit(body)
            return X('CREDIT_CARD', self.ch(['%s %s %s', '%s-%s-%s']) % (n[:4], n[4:10], n[10:]))
        body = (self.ch(['4', '4']) if kind == 'v' else self.ch(['51', '53', '55', '2221'])) 
        body += ''.join(str(r.randint(0, 9)) for _ in range(15 - len(body)))
        n = body + luhn_digit(body)
        return X('CREDIT_CARD', self.ch(['%s %s %s %s', '%s-%s-%s-%s', '%s%s%s%s']) % (n[:4], n[4:8], n[8:12], n[12:]))

    def plate(self):
        r = self.r
        up = 'ABCDEFGHJKLMNPRSTVWXYZ'
        return X('PLATE', self.ch(['%s%s%s %d%d%d' % (self.ch(up), self.ch(up), self.ch(up), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)),
                                   '%d%d%d %s%s%s' % (r.randint(0, 9), r.randint(0, 9), r.randint(0, 9), self.ch(up), self.ch(up), self.ch(up)),
                                   '%s%d%d %s%s%s' % (self.ch(up), r.randint(0, 9), r.randint(0, 9), self.ch(up), self.ch(up), self.ch(up)),
                                   'F%s%s%d%d%d%d' % (self.ch(up), self.ch(up), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)),
                                   '%s%s%s%s %d%d%d' % (self.ch(up), self.ch(up), self.ch(up), self.ch(up), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9))]))

    # -- decoys
    def org(self, named=None):
        if named or (named is None and self.r.random() < 0.3):
            q = self.person()
            self.people.pop()
            pat = self.ch(ORG_PATTERNS_FR if self.lang == 'fr' else ORG_PATTERNS_EN)
            return D('ORG', pat.format(s=q.sur.split()[-1], g=q.given.split('-')[0]))
        return D('ORG', self.ch(self.p.orgs_fr if self.lang == 'fr' else self.p.orgs_en))

    def place(self):
        return D('PLACE', self.ch(self.p.places + self.p.cities))

    def street(self):
        return D('STREET', self.street_qc())

    def law(self):
        return D('LAW', self.ch(self.p.laws_fr if self.lang == 'fr' else self.p.laws_en))

    def fileno(self, kind=None):
        r = self.r
        return D('FILENO', self.ch(['%d-%05d' % (r.randint(2019, 2025), r.randint(1, 99999)),
                                    '%s-%d-%04d' % (self.ch(['DPJ', 'TAL', 'CN', 'URB', 'PHX', 'BIB', 'SCT', 'REC']), r.randint(19, 25), r.randint(1, 9999)),
                                    '%d %02d %d' % (r.randint(100000, 999999), r.randint(10, 99), r.randint(20190101, 20251231)),
                                    'N° %d' % r.randint(10000, 9999999) if self.lang == 'fr' else 'No. %d' % r.randint(10000, 9999999),
                                    '%s%07d' % (self.ch(['A', 'R', 'Q', 'T']), r.randint(0, 9999999))]))

    def word(self):
        if not self.p.words:
            return None
        pool = [(k, v) for k, v in self.p.words.items() if (k in WORDS_FR) == (self.lang == 'fr') and fold(k) not in self.used]
        if not pool:
            return None
        k, v = self.ch(pool)
        self.used.add(fold(k))
        return D('WORD', v)

    def content(self, n=1):
        src = [x for x in (self.p.content_fr if self.lang == 'fr' else self.p.content_en) if x not in self.said]
        out = []
        for s in self.r.sample(src, min(n, len(src))):
            self.said.add(s)
            out += [C(s), ' ']
        return out[:-1] if out else []

    def fill(self, d, target, sep='\n'):
        """Content sentences until the document is long enough."""
        while d.length() < target:
            more = self.content(self.r.randint(1, 2))
            if not more:
                break
            d.add(sep, *more)


# ---------------------------------------------------------------------------
# Families.  Each writes a document of about `target` characters; every one
# puts at least three content sentences in.

def sig(g, d, p, role=None, org=None):
    d.add('\n', g.ch(['-- ', '', '— ', 'Cordialement,\n' if g.lang == 'fr' else 'Regards,\n']))
    d.add(g.name(p, g.ch(['full', 'full', 'init', 'upper'])))
    if role:
        d.add('\n' + role)
    if org:
        d.add('\n', org)
    if g.r.random() < 0.7:
        d.add('\n' + g.ch(['Tél. : ', 'T ', 'tél ', 'Téléphone : ']) if g.lang == 'fr' else '\n' + g.ch(['Tel: ', 'T: ', 'Phone ']), g.phone())
    d.add('\n')


def fam_fr_pharmacie(g, d, target):
    pa, ph = g.person(), g.person()
    dob, ymd = g.dob()
    d.f('{org} — Registre des renouvellements\nDate : {dt} à {tm}\nPatient·e : {pa}\nNé·e le {dob}   RAMQ : {rq}\nTél. : {tel}\n',
        org=g.org(True), dt=g.date(), tm=g.time(), pa=g.name(pa, g.ch(['comma', 'caps', 'full'])), dob=dob, rq=g.ramq(pa, ymd), tel=g.phone())
    d.add('\n', *g.content(1), '\n')
    d.f("Demande de renouvellement reçue par télécopieur de la clinique. {ph2} a validé l'ordonnance ; la quantité est de {am} de quote-part. ",
        ph2=g.name(ph, 'full'), am=g.amount())
    d.f('Livraison prévue au {ad}.\n', ad=g.address_qc())
    d.add(*g.content(2), '\n')
    if g.r.random() < 0.5:
        d.f('Paiement : carte {cc}, autorisée par {pa}.\n', cc=g.card(), pa=g.name(pa, 'given'))
    d.f('Référence : {fn} — voir {law}.\n', fn=g.fileno(), law=g.law())
    g.fill(d, target)
    d.f('\nPharmacien·ne : {ph}\n', ph=g.name(ph, 'init'))


def fam_en_pharmacy(g, d, target):
    pa, ph, cg = g.person(), g.person(), g.person()
    dob, ymd = g.dob()
    d.f('REFILL LOG — {org}\n{dt} {tm}\nPatient: {pa}   DOB: {dob}\nHealth card: {rq}\nContact: {tel}\n',
        org=g.org(), dt=g.date(), tm=g.time(), pa=g.name(pa, 'comma'), dob=dob, rq=g.ramq(pa, ymd), tel=g.phone())
    d.add('\n', *g.content(2), '\n')
    d.f('Caregiver {cg} called to ask for blister packs; {ph} approved. Copay {am}. ', cg=g.name(cg, 'full'), ph=g.name(ph, 'titled'), am=g.amount())
    d.f('Deliver to {ad}.\n', ad=g.address_qc())
    d.add(*g.content(1), '\n')
    d.f('Notes: renewal under {law}; ref. {fn}. Questions: {tf}.\n', law=g.law(), fn=g.fileno(), tf=g.tollfree())
    g.fill(d, target)
    d.f('\nVerified by {ph}\n', ph=g.name(ph, 'ginit'))


def fam_fr_transport_scolaire(g, d, target):
    ch, el, pa, di = g.person(), g.person(), g.person(), g.person()
    d.f("RAPPORT D'INCIDENT — {org}\nCircuit {n}, autobus immatriculé {pl}\nDate : {dt}, vers {tm}\nConducteur : {ch}\n\n",
        org=g.org(), n=str(g.r.randint(1, 90)), pl=g.plate(), dt=g.date(), tm=g.time(), ch=g.name(ch, 'caps'))
    d.add(*g.content(1), ' ')
    d.f("À l'arrêt situé devant le {ad}, l'élève {el} est descendu sans attendre le signal. {ch} a klaxonné puis a appelé la répartition. ",
        ad=g.address_qc(full=False), el=g.name(el, 'full'), ch=g.name(ch, 'given'))
    d.f('Le parent, {pa}, a été joint au {tel}. ', pa=g.name(pa, 'titled'), tel=g.phone())
    d.add(*g.content(2), '\n')
    d.f('Circuit longeant le {st} puis le {st2}. Le {w} du village a été témoin de la scène.\n' if g.r.random() < 0.5 else
        'Circuit longeant le {st} puis le {st2}.\n', st=g.street(), st2=g.street(), w=g.word())
    d.f('c.c. : {di} ; {di2}\n', di=g.name(di, 'full'), di2=g.name(pa, 'comma'))
    g.fill(d, target)


def fam_en_bus_incident(g, d, target):
    ch, el, pa, sv = g.person(), g.person(), g.person(), g.person()
    d.f('School Bus Incident Report\nCarrier: {org}   Route {n}   Bus plate {pl}\nDate/time: {dt} {tm}\nDriver: {ch}\nStudent: {el} (grade {k})\n\n',
        org=g.org(True), n=str(g.r.randint(1, 60)), pl=g.plate(), dt=g.date(), tm=g.time(), ch=g.name(ch, 'full'), el=g.name(el, 'comma'),
        k=str(g.r.randint(1, 6)))
    d.add(*g.content(2), ' ')
    d.f("Near the stop at {ad} a car passed the extended stop arm; {ch} noted its plate as {pl2}. {pa} was informed by phone ({tel}). ",
        ad=g.address_qc(full=False), ch=g.name(ch, 'given'), pl2=g.plate(), pa=g.name(pa, 'titled'), tel=g.phone())
    d.add(*g.content(1), '\n')
    d.f('Reviewed by {sv}, transportation supervisor, under {law}.\n', sv=g.name(sv, 'full'), law=g.law())
    g.fill(d, target)


def fam_fr_cnesst_recit(g, d, target):
    tr, co, md = g.person(), g.person(), g.person(None, 'f')
    dob, ymd = g.dob(1958, 2004)
    d.f("Réclamation du travailleur — récit de l'événement\nNuméro de dossier : {fn}\nTravailleur·euse : {tr}\nDate de naissance : {dob}\nNAS : {nas}\nAdresse : {ad}\n\n",
        fn=g.fileno(), tr=g.name(tr, 'caps'), dob=dob, nas=g.nas(), ad=g.address_qc())
    d.f("Le {dt}, vers {tm}, je déplaçais des caisses à l'entrepôt de {org} lorsque j'ai ressenti une douleur au dos. Mon contremaître, {co}, m'a dit de remplir le registre. ",
        dt=g.date(), tm=g.time(), org=g.org(), co=g.name(co, 'full'))
    d.add(*g.content(2), ' ')
    d.f("J'ai consulté la Dre {md} le lendemain. ", md=P(md.full))
    d.f('Indemnité versée au compte {bk}. ', bk=g.bank(False))
    d.add(*g.content(1), '\n')
    d.f('Voir {law}. Renseignements : {tf}.\n', law=g.law(), tf=g.tollfree())
    g.fill(d, target)
    d.f('\nSignature : {tr}\n', tr=g.name(tr, 'full'))


def fam_en_cnesst_claim(g, d, target):
    tr, co, wt = g.person(), g.person(), g.person()
    dob, ymd = g.dob(1958, 2004)
    d.f('WORKER\'S CLAIM — NARRATIVE\nClaim no. {fn}\nWorker: {tr}\nBorn: {dob}   SIN {nas}\nHome: {ad}\nPhone {tel}\n\n',
        fn=g.fileno(), tr=g.name(tr, 'full'), dob=dob, nas=g.nas(), ad=g.address_qc(), tel=g.phone())
    d.f('On {dt} at about {tm} I slipped on the loading dock at {org}. {co} (shift lead) and {wt} saw it happen. ',
        dt=g.date(), tm=g.time(), org=g.org(), co=g.name(co, 'full'), wt=g.name(wt, 'ginit'))
    d.add(*g.content(2), ' ')
    d.f('Please deposit benefits to: ', )
    d.add(*g.bank(True))
    d.add('.\n', *g.content(1), '\n')
    d.f('Reference: {law}.\n', law=g.law())
    g.fill(d, target)


def fam_fr_permis_courriel(g, d, target):
    ci, ur = g.person(), g.person()
    d.f('De : {ci} <{em}>\nÀ : urbanisme@{dom}\nDate : {dt} {tm}\nObjet : Re: Demande de permis {fn}\n\n',
        ci=g.name(ci, 'full'), em=g.email(ci), dom=g.ch(['ville.rimouski.qc.ca', 'ville.magog.qc.ca', 'ville.levis.qc.ca']),
        dt=g.date(), tm=g.time(), fn=g.fileno())
    d.f("Bonjour {ur},\n\nVoici les plans révisés pour l'agrandissement au {ad}. ", ur=g.name(ur, 'given'), ad=g.address_qc())
    d.add(*g.content(1), '\n\nMerci,\n', *g.name(ci, 'given'), '\n')
    d.f('Cell. {tel}\n\n', tel=g.phone())
    d.f('> Le {dt}, {ur} a écrit :\n> Bonjour, votre demande est incomplète. Selon {law},\n> il faut joindre un certificat de localisation.\n> ',
        dt=g.date(), ur=g.name(ur, 'full'), law=g.law())
    d.add(*g.content(1), '\n> Frais : ', g.amount(), '\n> \n> ', *g.name(ur, 'full'), '\n> Inspectrice en bâtiment, ', g.org(False), '\n> ')
    d.add(*g.phone())
    d.add('\n\n', *g.content(1))
    g.fill(d, target)


def fam_en_permit_thread(g, d, target):
    ci, ur, nb = g.person(), g.person(), g.person()
    d.f('From: {ur} <{em}>\nSent: {dt} {tm}\nTo: {ci}\nSubject: RE: Fence permit {fn}\n\n', ur=g.name(ur, 'full'), em=g.work_email(ur, 'pointeclaire.ca'),
        dt=g.date(), tm=g.time(), ci=g.name(ci, 'full'), fn=g.fileno())
    d.f('Hi {ci},\n', ci=g.name(ci, 'given'))
    d.add(*g.content(2), ' ')
    d.f('Your neighbour {nb} at {ad} has signed the consent form. The fee is {am}.\n', nb=g.name(nb, 'full'), ad=g.address_qc(full=False), am=g.amount())
    sig(g, d, ur, 'Permits Officer', g.org(False))
    d.f('\n-----Original Message-----\nFrom: {em}\n> Hello, I live at {ad} and would like to build a fence along {st}.\n> ',
        em=g.email(ci), ad=g.address_qc(), st=g.street())
    d.add(*g.content(1), '\n> Thanks, ', *g.name(ci, 'ginit'), '\n> ', *g.phone(), '\n')
    g.fill(d, target)


def fam_fr_salubrite(g, d, target):
    lo, pr, ins = g.person(), g.person(), g.person()
    d.f("RAPPORT D'INSPECTION — SALUBRITÉ\nDossier {fn}    Inspection du {dt} à {tm}\nLogement : {ad}\nOccupant·e : {lo}, tél. {tel}\nPropriétaire : {pr} ({org})\n\n",
        fn=g.fileno(), dt=g.date(), tm=g.time(), ad=g.address_qc(), lo=g.name(lo, 'full'), tel=g.phone(), pr=g.name(pr, 'comma'), org=g.org(True))
    d.add('Constats :\n- ', *g.content(1), '\n- ', *g.content(1), '\n- Moisissures au plafond de la salle de bain.\n\n')
    d.f("Le propriétaire réside à l'étranger : {fa}\nCourriel : {em}\n\n", fa=g.address_foreign()[0], em=g.email(pr))
    d.f('Avis de non-conformité en vertu de {law}. Délai : {month} {year}.\n', law=g.law(), month=g.month(), year=g.year())
    g.fill(d, target)
    d.f('\nInspecteur : {ins}\n', ins=g.name(ins, 'init'))


def fam_en_housing_inspection(g, d, target):
    lo, pr, ins = g.person(), g.person(), g.person()
    d.f('HOUSING INSPECTION NOTES\nFile {fn} — visit {dt}, {tm}\nUnit: {ad}\nTenant: {lo} ({tel})\nOwner: {pr}\n',
        fn=g.fileno(), dt=g.date(), tm=g.time(), ad=g.address_qc(), lo=g.name(lo, 'full'), tel=g.phone(), pr=g.name(pr, 'full'))
    fa, _ = g.address_foreign()
    d.add('Owner mailing address:\n', *fa, '\n\n')
    d.add(*g.content(3), '\n')
    d.f('Inspector {ins} will return in {month}. Complaints line: {tf}.\n', ins=g.name(ins, 'full'), month=g.month(), tf=g.tollfree())
    g.fill(d, target)


def fam_fr_suivi_pj(g, d, target):
    en, me, pe, iv = g.person(), g.person('f' and None, 'f'), g.person(None, 'm'), g.person()
    dob, _ = g.dob(2008, 2020)
    d.f("SUIVI — PROTECTION DE LA JEUNESSE\nDossier : {fn}\nEnfant : {en}, né·e le {dob}\nMère : {me}\nPère : {pe}, joignable au {tel}\nIntervenant·e : {iv}\n\n",
        fn=g.fileno(), en=g.name(en, 'caps'), dob=dob, me=g.name(me, 'full'), pe=g.name(pe, 'full'), tel=g.phone(), iv=g.name(iv, 'full'))
    d.add(*g.content(2), ' ')
    d.f("Visite au domicile de la mère, {ad}, le {dt}. {en} était présent avec sa grand-mère. ", ad=g.address_qc(), dt=g.date(), en=g.name(en, 'given'))
    d.f("Le père habite maintenant en {pays} : ", pays=g.ch(['Haïti', 'Belgique', 'France', 'Algérie']))
    fa, _ = g.address_foreign(g.ch(['ht', 'be', 'fr', 'dz']))
    d.add(*fa, '.\n', *g.content(1), '\n')
    d.f('Fondement : {law}.\n', law=g.law())
    g.fill(d, target)


def fam_en_youth_followup_visit(g, d, target):
    en, me, iv = g.person(), g.person(None, 'f'), g.person()
    dob, _ = g.dob(2007, 2020)
    d.f('YOUTH PROTECTION — HOME VISIT NOTE\nFile {fn}\nChild: {en} (DOB {dob})\nMother: {me}, cell {tel}\nWorker: {iv}\n\n',
        fn=g.fileno(), en=g.name(en, 'full'), dob=dob, me=g.name(me, 'comma'), tel=g.phone(), iv=g.name(iv, 'full'))
    d.f('Visit at {ad} on {dt}. ', ad=g.address_qc(), dt=g.date())
    d.add(*g.content(3), '\n')
    d.f('{en} said she wants to call her aunt in Manila at {tel}. ', en=g.name(en, 'given'), tel=g.phone('ph'))
    d.f('Legal basis: {law}.\n', law=g.law())
    g.fill(d, target)


def fam_fr_greffe_pv(g, d, target):
    ju, gr, de, dd, av = g.person(), g.person(), g.person(), g.person(), g.person()
    d.f("PROCÈS-VERBAL D'AUDIENCE\n{org}\nNo de dossier : {fn}\nDate : {dt}   Ouverture : {tm}\n\nPrésidant : l'honorable {ju}, j.c.Q.\nGreffier·ère : {gr}\n\n",
        org=g.org(False), fn=g.fileno(), dt=g.date(), tm=g.time(), ju=P(ju.full), gr=g.name(gr, 'full'))
    d.f('Partie demanderesse : {de}, {ad}\nPartie défenderesse : {dd}\nAvocat·e : Me {av}\n\n',
        de=g.name(de, 'caps'), ad=g.address_qc(), dd=g.name(dd, 'caps'), av=P(av.full))
    d.add(*g.content(2), '\n')
    d.f("{tm} — Me {av} dépose la pièce P-3. Réclamation de {am} selon {law}.\n", tm=g.time(), av=P(av.sur), am=g.amount(), law=g.law())
    d.add(*g.content(1), '\n')
    g.fill(d, target)


def fam_en_clerk_minutes(g, d, target):
    ju, cl, pl, df = g.person(), g.person(), g.person(), g.person()
    d.f('MINUTES OF HEARING — Small Claims\nFile {fn}   {dt}\nPresiding: Judge {ju}\nClerk: {cl}\nPlaintiff: {pl}, {ad}\nDefendant: {df}\n\n',
        fn=g.fileno(), dt=g.date(), ju=P(ju.full), cl=g.name(cl, 'full'), pl=g.name(pl, 'comma'), ad=g.address_qc(), df=g.name(df, 'full'))
    d.add(*g.content(2), '\n')
    d.f('{tm} Plaintiff sworn. Claims {am} under {law}.\n{tm2} ', tm=g.time(), am=g.amount(), law=g.law(), tm2=g.time())
    d.add(*g.content(1), '\n')
    g.fill(d, target)


def fam_fr_parrainage(g, d, target):
    ga, pa, co = g.person(), g.person(), g.person()
    dob, _ = g.dob(1940, 2015)
    fa, pays = g.address_foreign()
    d.f("Objet : Engagement de parrainage — dossier {fn}\n\nMadame, Monsieur,\n\nJe soussigné·e, {ga}, domicilié·e au {ad}, m'engage à subvenir aux besoins de {pa}, né·e le {dob}, titulaire du passeport {pp}, qui réside actuellement à l'adresse suivante :\n",
        fn=g.fileno(), ga=g.name(ga, 'full'), ad=g.address_qc(), pa=g.name(pa, 'full'), dob=dob, pp=g.passport())
    d.add(*fa, '\n', 'Téléphone : ', *g.phone(), '\n\n')
    d.add(*g.content(3), '\n')
    d.f('Mon conjoint, {co}, cosigne le présent engagement. Revenus déclarés : {am}.\nRéférence : {law}.\n', co=g.name(co, 'full'), am=g.amount(), law=g.law())
    g.fill(d, target)
    d.f('\n{ga}\nNAS : {nas}\n', ga=g.name(ga, 'upper'), nas=g.nas())


def fam_en_sponsorship(g, d, target):
    ga, pa = g.person(), g.person()
    dob, _ = g.dob(1940, 2015)
    fa, pays = g.address_foreign()
    d.f('To: {org}\nRe: Sponsorship undertaking, file {fn}\n\nI, {ga}, of {ad}, undertake to support {pa} (born {dob}; passport {pp}), currently living at:\n',
        org=g.org(False), fn=g.fileno(), ga=g.name(ga, 'full'), ad=g.address_qc(), pa=g.name(pa, 'full'), dob=dob, pp=g.passport())
    d.add(*fa, '\nPhone: ', *g.phone(), '\n\n')
    d.add(*g.content(3), '\n')
    d.f('Household income: {am}. See {law}.\n', am=g.amount(), law=g.law())
    g.fill(d, target)
    d.f('\nSigned: {ga}\nSIN {nas}\n', ga=g.name(ga, 'caps'), nas=g.nas())


def fam_fr_retard_biblio(g, d, target):
    ab, bi = g.person(), g.person()
    d.f('{org}\nAVIS DE RETARD — 2e rappel\n\n{ab}\n{ad}\n\nNo d\'abonné : {fn}\n\n', org=g.org(False), ab=g.name(ab, 'upper'), ad=g.address_qc(), fn=g.fileno())
    d.f('Bonjour {ab},\n', ab=g.name(ab, 'given'))
    d.add(*g.content(2), '\n\n')
    d.add('| Titre | Retour prévu | Frais |\n|---|---|---|\n')
    for _ in range(g.r.randint(2, 4)):
        d.f('| {t} | {dt} | {am} |\n', t=g.ch(['Les Fourmis', 'Guide des oiseaux du Québec', 'Le Petit Prince', 'Cuisine des Îles', 'Atlas du monde']),
            dt=g.date(), am=g.amount())
    d.add('\n', *g.content(1))
    d.f("\nPour toute question : {tel} ou {em}.\n", tel=g.phone(), em=X('EMAIL', 'pret@' + g.ch(['biblio-magog.ca', 'reseaubiblio.qc.ca'])))
    g.fill(d, target)
    d.f('\n{bi}, commis au prêt\n', bi=g.name(bi, 'full'))


def fam_en_overdue_notice(g, d, target):
    ab, bi = g.person(), g.person()
    d.f('{org}\nOVERDUE NOTICE\n\nTo: {ab}\n{ad}\nCard no. {fn}\n\n', org=g.org(False), ab=g.name(ab, 'full'), ad=g.address_qc(), fn=g.fileno())
    d.add(*g.content(2), '\n\n')
    d.add('Item | Due | Fine\n')
    for _ in range(g.r.randint(2, 4)):
        d.f('{t} | {dt} | {am}\n', t=g.ch(['Anne of Green Gables', 'Birds of Eastern Canada', 'The Road', 'Knitting for Beginners']), dt=g.date(), am=g.amount())
    d.add('\n', *g.content(1), '\n')
    d.f('Questions? Call {tel} or toll-free {tf}.\n{bi}, Circulation\n', tel=g.phone(), tf=g.tollfree(), bi=g.name(bi, 'full'))
    g.fill(d, target)


def fam_fr_club_sportif(g, d, target):
    jo, pa, en = g.person(), g.person(), g.person()
    dob, ymd = g.dob(2008, 2019)
    d.f("FICHE D'INSCRIPTION — {org}\nSaison {year}\n\nNom de l'athlète : {jo}\nDate de naissance : {dob}\nNo d'assurance maladie : {rq}\nAdresse : {ad}\n",
        org=g.org(), year=g.year(), jo=g.name(jo, 'comma'), dob=dob, rq=g.ramq(jo, ymd), ad=g.address_qc())
    d.f('Parent / tuteur : {pa}\nCellulaire : {tel}\nCourriel : {em}\nEn cas d\'urgence : {en}, {tel2}\n\n',
        pa=g.name(pa, 'full'), tel=g.phone(), em=g.email(pa), en=g.name(en, 'full'), tel2=g.phone())
    d.f('Paiement : {am} par carte {cc}\n\n', am=g.amount(), cc=g.card())
    d.add(*g.content(3), '\n')
    g.fill(d, target)


def fam_en_sports_registration(g, d, target):
    jo, pa = g.person(), g.person()
    dob, ymd = g.dob(2008, 2019)
    d.f('{org} — Registration {year}\nPlayer: {jo}\nBirth date: {dob}\nAddress: {ad}\nGuardian: {pa}  {tel}\nEmail: {em}\nCard on file: {cc}\n\n',
        org=g.org(True), year=g.year(), jo=g.name(jo, 'full'), dob=dob, ad=g.address_qc(), pa=g.name(pa, 'full'), tel=g.phone(), em=g.email(pa), cc=g.card())
    d.add(*g.content(3), '\n')
    d.f('Fee: {am}. Practices at {tm} at {pl}.\n', am=g.amount(), tm=g.time(), pl=g.place())
    g.fill(d, target)


def fam_fr_decision_tal(g, d, target):
    lr, le, ju = g.person(), g.person(), g.person()
    d.f('{org}\nRésumé de décision — dossier {fn}\n\nLocateur : {lr} ({org2})\nLocataire : {le}\nLogement : {ad}\nDate de l\'audience : {dt}\n\n',
        org=g.org(False), fn=g.fileno(), lr=g.name(lr, 'full'), org2=g.org(True), le=g.name(le, 'caps'), ad=g.address_qc(), dt=g.date())
    d.add(*g.content(2), ' ')
    d.f('Le locateur réclame {am} pour loyers impayés depuis {month}. La locataire, {le}, soutient avoir payé par virement au compte ', am=g.amount(),
        month=g.month(), le=g.name(le, 'given'))
    d.add(*g.bank(False), '. ', *g.content(1), '\n')
    d.f('En vertu de {law}, le Tribunal accueille en partie la demande.\n\n{ju}, juge administratif\n', law=g.law(), ju=g.name(ju, 'full'))
    g.fill(d, target)


def fam_fr_export_sms(g, d, target):
    a, b, c = g.person(), g.person(), g.person()
    ha, hb = g.handle(a), g.handle(b)
    d.add('Exportation de conversation — ', g.date(), '\n\n')
    lines = [
        lambda: d.f('[{tm}] {a} : salut, tu as reçu le formulaire de {org}?\n', tm=g.time(), a=P(ha), org=g.org()),
        lambda: d.f('[{tm}] {b} : oui, mon nouveau numéro c’est le {tel}\n', tm=g.time(), b=P(hb), tel=g.phone()),
        lambda: d.f('[{tm}] {a} : ok. {c} passe prendre les clés au {ad}\n', tm=g.time(), a=P(ha), c=g.name(c, 'given'), ad=g.address_qc(full=False)),
        lambda: d.f('[{tm}] {b} : ', tm=g.time(), b=P(hb)) or d.add(*g.content(1), '\n'),
        lambda: d.f('[{tm}] {a} : ma plaque c’est {pl} si jamais\n', tm=g.time(), a=P(ha), pl=g.plate()),
        lambda: d.f('[{tm}] {b} : @{c} tu peux confirmer?\n', tm=g.time(), b=P(hb), c=P(g.handle(c))),
        lambda: d.f('[{tm}] {a} : ', tm=g.time(), a=P(ha)) or d.add(*g.content(1), '\n'),
        lambda: d.f('[{tm}] {b} : code postal {pc}\n', tm=g.time(), b=P(hb), pc=g.postal_ca()),
    ]
    for k in range(len(lines)):
        lines[k]()
    d.add(*g.content(1), '\n')
    g.fill(d, target)


def fam_en_sms_export(g, d, target):
    a, b = g.person(), g.person()
    d.add('SMS export — ', g.date(), '\n')
    d.f('{tm} {a}: are you still at {ad}?\n', tm=g.time(), a=g.name(a, 'given'), ad=g.address_qc(full=False))
    d.f('{tm} {b}: yes. new cell {tel}\n', tm=g.time(), b=g.name(b, 'given'), tel=g.phone())
    d.f('{tm} {a}: ', tm=g.time(), a=g.name(a, 'given'))
    d.add(*g.content(1), '\n')
    d.f('{tm} {b}: my card got declined, the number is {cc} lol\n', tm=g.time(), b=g.name(b, 'given'), cc=g.card())
    d.f('{tm} {a}: dont send that by text!! email me at {em}\n', tm=g.time(), a=g.name(a, 'given'), em=g.email(a))
    d.f('{tm} {b}: ', tm=g.time(), b=g.name(b, 'given'))
    d.add(*g.content(2), '\n')
    g.fill(d, target)


def fam_fr_boite_vocale(g, d, target):
    ap, de = g.person(), g.person()
    dob, ymd = g.dob()
    d.f('Transcription automatique — messagerie vocale\nReçu le {dt} à {tm} — durée 1 min 12 s\nDe : {tel}\n\n« Oui bonjour, c’est {ap}, ',
        dt=g.date(), tm=g.time(), tel=g.phone(ext=False), ap=g.name(ap, g.ch(['full', 'upper'])))
    d.f('je rappelle pour le dossier {fn}. Ma date de naissance c’est le {dob}, puis mon numéro d’assurance sociale, euh, {nas}. ',
        fn=g.fileno(), dob=dob, nas=g.nas())
    d.f('Vous pouvez me rejoindre au {tel} ou chez ma sœur, {de}, au {ad}. ', tel=g.phone(), de=g.name(de, 'full'), ad=g.address_qc())
    d.add(*g.content(1), ' Merci, bonne journée. »\n\n')
    d.add(*g.content(2), '\n')
    g.fill(d, target)


def fam_en_voicemail(g, d, target):
    ap, de = g.person(), g.person()
    dob, ymd = g.dob()
    d.f('Voicemail transcript ({dt}, {tm})\nFrom: {tel}\n\n"Hi, this is {ap} calling about claim {fn}. My date of birth is {dob} and my licence number is {dl}. ',
        dt=g.date(), tm=g.time(), tel=g.phone(), ap=g.name(ap, 'full'), fn=g.fileno(), dob=dob, dl=g.licence(ap, ymd))
    d.f('You can call me back at {tel} or reach {de} at {em}. ', tel=g.phone(), de=g.name(de, 'full'), em=g.email(de))
    d.add(*g.content(1), ' Thanks, bye."\n\n')
    d.add(*g.content(2), '\n')
    g.fill(d, target)


def fam_fr_cr_reunion(g, d, target):
    ps = [g.person() for _ in range(g.r.randint(4, 6))]
    d.f('COMPTE RENDU — comité de quartier\n{dt}, {tm}, {org}\n\nPrésences : ', dt=g.date(), tm=g.time(), org=g.org())
    for k, p in enumerate(ps):
        d.add(*g.name(p, g.ch(['full', 'comma', 'init', 'caps'])), '; ' if k < len(ps) - 1 else '\n')
    d.f('Absent·e : {p}\n\n1. Ouverture\n', p=g.name(g.person(), 'full'))
    d.add(*g.content(2), '\n2. Sécurité routière\n')
    d.f('{a} propose une traverse piétonne sur le {st}. Appuyé par {b}.\n', a=g.name(ps[0], 'given'), st=g.street(), b=g.name(ps[1], 'full'))
    d.add(*g.content(1), '\n3. Varia\n')
    d.f('Budget de {am} adopté. Prochaine réunion en {month}.\n', am=g.amount(), month=g.month())
    g.fill(d, target)
    d.f('\nSecrétaire : {s}, {em}\n', s=g.name(ps[-1], 'full'), em=g.email(ps[-1]))


def fam_en_minutes_attendees(g, d, target):
    ps = [g.person() for _ in range(g.r.randint(4, 6))]
    d.f('MINUTES — Board of Directors, {org}\n{dt}, {tm}\n\nAttendees:\n', org=g.org(), dt=g.date(), tm=g.time())
    for p in ps:
        d.add('- ', *g.name(p, g.ch(['full', 'comma', 'ginit', 'caps'])), '\n')
    d.add('Regrets: ', *g.name(g.person(), 'full'), '\n\n')
    d.add(*g.content(2), '\n')
    d.f('Motion by {a}, seconded by {b}, to approve a budget of {am}. Carried.\n', a=g.name(ps[0], 'sur_t'), b=g.name(ps[1], 'given'), am=g.amount())
    d.add(*g.content(1), '\n')
    g.fill(d, target)
    d.f('\nRecorded by {s}\n', s=g.name(ps[-1], 'full'))


def fam_fr_formulaire_ocr(g, d, target):
    p = g.person()
    dob, ymd = g.dob()

    def noisy(s):
        s = s.replace('é', g.ch(['é', 'Ã©', 'e'])).replace('l', g.ch(['l', '1', 'l', 'l'])).replace('O', g.ch(['O', '0']))
        return s
    d.add(noisy('FORMULAIRE D\'ACCUEIL (numérisé)\n'), noisy('Nom / Name : '), *g.name(p, g.ch(['upper', 'comma'])), '\n')
    d.add(noisy('Date de naissance : '), dob, '\n', noisy('Adresse : '), *g.address_qc(), '\n')
    d.add(noisy('Télé-\nphone : '), *g.phone(), '\n', noisy('No permis de conduire : '), g.licence(p, ymd), '\n')
    d.add(noisy('Assurance ma1adie : '), g.ramq(p, ymd), '\n\n')
    d.add(*g.content(3), '\n')
    d.add(noisy('Référé par : '), g.org(), '\n', noisy('Obser-\nvations : '), *g.content(1), '\n')
    g.fill(d, target)


def fam_fr_telecopie(g, d, target):
    ex, de = g.person(), g.person()
    d.f('TÉLÉCOPIE  /  FAX\n\nÀ : {de}\nOrganisme : {org}\nTélécopieur : {fax}\n\nDe : {ex}\nTél. : {tel}\nDate : {dt}\nPages : {n}\n\n',
        de=g.name(de, 'full'), org=g.org(), fax=g.phone(ext=False), ex=g.name(ex, 'full'), tel=g.phone(), dt=g.date(), n=str(g.r.randint(2, 14)))
    d.add('Objet : ', g.fileno(), '\n\n', *g.content(2), '\n\n')
    d.add('AVIS DE CONFIDENTIALITÉ — ', *g.content(1), '\n')
    d.f('Si vous avez reçu ce document par erreur, composez le {tf}.\n', tf=g.tollfree())
    g.fill(d, target)


def fam_en_fax_cover(g, d, target):
    ex, de = g.person(), g.person()
    d.f('FAX COVER SHEET\nTo: {de}  |  {org}\nFax: {fax}\nFrom: {ex}\nPhone: {tel}\nDate: {dt}   Pages (incl. cover): {n}\nRe: {fn}\n\n',
        de=g.name(de, 'titled'), org=g.org(), fax=g.phone(ext=False), ex=g.name(ex, 'full'), tel=g.phone(), dt=g.date(), n=str(g.r.randint(2, 9)), fn=g.fileno())
    d.add(*g.content(3), '\n\nCONFIDENTIALITY: if received in error call ', g.tollfree(), '.\n')
    g.fill(d, target)


def fam_fr_tableau_md(g, d, target):
    d.add('## Liste des bénévoles — ', g.org(), ' — ', g.month(), ' ', g.year(), '\n\n')
    d.add(*g.content(1), '\n\n| Nom | Prénom | Téléphone | Courriel | Né·e le |\n|---|---|---|---|---|\n')
    for _ in range(g.r.randint(3, 6)):
        p = g.person()
        dob, _ = g.dob(1940, 2006)
        d.add('| ', P(p.sur.upper() if g.r.random() < 0.5 else p.sur), ' | ', P(p.given), ' | ', *g.phone(ext=False), ' | ', g.email(p), ' | ', dob, ' |\n')
    d.add('\n', *g.content(2), '\n')
    g.fill(d, target)


def fam_en_kv_dump(g, d, target):
    p, e = g.person(), g.person()
    dob, ymd = g.dob()
    d.add('record_id: ', g.fileno(), '\n', 'created: ', g.date(), ' ', g.time(), '\n')
    d.add('last_name: ', P(p.sur), '\nfirst_name: ', P(p.given), '\ndob: ', dob, '\nsin: ', g.nas(), '\n')
    d.add('health_no: ', g.ramq(p, ymd), '\ndl_no: ', g.licence(p, ymd), '\n')
    d.add('addr_line1: ', *g.address_qc(full=False), '\ncity: ', g.ch(g.p.cities), '\npostal: ', g.postal_ca(), '\n')
    d.add('phone_home: ', *g.phone(ext=False), '\nemail: ', g.email(p), '\n')
    d.add('emergency_contact: ', *g.name(e, 'full'), ' / ', *g.phone(ext=False), '\n')
    d.add('office: ', g.org(), '\nnotes: ', *g.content(3), '\n')
    g.fill(d, target)


def fam_en_json_log(g, d, target):
    p, a = g.person(), g.person()
    d.add('{"ts": "', g.date(), ' ', g.time(), '", "level": "INFO", "agent": "', P(g.handle(a)), '", "event": "lookup", "file": "', g.fileno(), '"}\n')
    d.add('{"ts": "', g.date(), '", "level": "WARN", "msg": "address mismatch", "input": "', *g.address_qc(full=False), '", "postal": "', g.postal_ca(), '"}\n')
    d.add('{"ts": "', g.date(), '", "level": "INFO", "client": "', *g.name(p, 'full'), '", "phone": "', *g.phone(ext=False), '", "email": "', g.email(p), '"}\n')
    d.add('{"ts": "', g.date(), '", "level": "DEBUG", "payment": {"card": "', g.card(), '", "amount": "', g.amount(), '"}}\n')
    fa, _ = g.address_foreign()
    d.add('{"ts": "', g.date(), '", "level": "INFO", "forward_to": "', *[x.replace('\n', ', ') if isinstance(x, str) else x for x in fa], '"}\n')
    d.add('{"ts": "', g.date(), '", "level": "INFO", "note": "', *g.content(1), '"}\n')
    d.add('\n', *g.content(2), '\n')
    g.fill(d, target)


def fam_en_calendar_invite(g, d, target):
    org_, ps = g.person(), [g.person() for _ in range(3)]
    d.f('BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Case conference {fn}\nDTSTART:{dt} {tm}\nLOCATION:{ad}\nORGANIZER;CN={o}:mailto:{em}\n',
        fn=g.fileno(), dt=g.date(), tm=g.time(), ad=g.address_qc(), o=P(org_.full), em=g.email(org_))
    for p in ps:
        d.add('ATTENDEE;CN=', P(p.full), ':mailto:', g.email(p), '\n')
    d.add('DESCRIPTION:', *g.content(2), ' Dial-in: ', *g.phone(ext=False), '\nEND:VEVENT\nEND:VCALENDAR\n\n')
    d.add(*g.content(1), '\n')
    g.fill(d, target)


def fam_fr_succession(g, d, target):
    dc, li, he, no = g.person(), g.person(), g.person(), g.person()
    dob, ymd = g.dob(1925, 1960)
    d.f('ÉTUDE {org}\nSuccession de feu {dc}\nDossier {fn}\n\nLe ou la défunt·e, né·e le {dob}, est décédé·e le {dt} à {pl}. Dernier domicile : {ad}.\nNAS : {nas}\n\n',
        org=g.org(True), dc=g.name(dc, 'full'), fn=g.fileno(), dob=dob, dt=g.date(), pl=g.place(), ad=g.address_qc(), nas=g.nas())
    d.f('Liquidateur·rice : {li}, {tel}\nHéritier·ère domicilié·e à l\'étranger : {he}\n', li=g.name(li, 'full'), tel=g.phone(), he=g.name(he, 'full'))
    fa, _ = g.address_foreign()
    d.add(*fa, '\n\n', *g.content(3), '\n')
    d.f('Solde du compte {bk} : {am}. Voir {law}.\n', bk=g.bank(False), am=g.amount(), law=g.law())
    g.fill(d, target)
    d.f('\nMe {no}, notaire\n', no=P(no.full))


def fam_en_estate_file(g, d, target):
    dc, li, he = g.person(), g.person(), g.person()
    dob, ymd = g.dob(1925, 1960)
    d.f('ESTATE FILE — {fn}\nDeceased: {dc}\nBorn: {dob}    Died: {dt}\nLast address: {ad}\nSIN: {nas}\n\nExecutor: {li} ({em})\n',
        fn=g.fileno(), dc=g.name(dc, 'comma'), dob=dob, dt=g.date(), ad=g.address_qc(), nas=g.nas(), li=g.name(li, 'full'), em=g.email(li))
    d.f('Beneficiary abroad: {he}, ', he=g.name(he, 'full'))
    fa, _ = g.address_foreign(g.ch(['us', 'uk', 'ph', 'br', 'mx', 'co']))
    d.add(*[x.replace('\n', ', ') if isinstance(x, str) else x for x in fa], '\n\n', *g.content(3), '\n')
    d.f('Funeral invoice {am} from {org}.\n', am=g.amount(), org=g.org(True))
    g.fill(d, target)


def fam_fr_constat_stationnement(g, d, target):
    ag, pr = g.person(), g.person()
    d.f('CONSTAT D\'INFRACTION — STATIONNEMENT\nNo : {fn}\nDate : {dt}   Heure : {tm}\nLieu : {st}, près du {civ}\nPlaque : {pl} (Québec)\n\n',
        fn=g.fileno(), dt=g.date(), tm=g.time(), st=g.street(), civ=D('FILENO', 'poteau %d' % g.r.randint(100, 9999)), pl=g.plate())
    d.f('Propriétaire immatriculé : {pr}\n', pr=g.name(pr, 'caps'))
    d.add('Adresse : ', *g.address_qc(), '\n')
    d.f('Infraction : stationnement interdit ({law}). Amende : {am}.\n\n', law=g.law(), am=g.amount())
    d.add(*g.content(3), '\n')
    g.fill(d, target)
    d.f('\nAgent·e : {ag}, matricule {m}\n', ag=g.name(ag, 'init'), m=D('FILENO', str(g.r.randint(1000, 9999))))


def fam_en_parking_ticket(g, d, target):
    ag, pr = g.person(), g.person()
    d.f('PARKING VIOLATION NOTICE  No. {fn}\n{dt} at {tm}\nLocation: {st}\nPlate: {pl}   Province/State: {ps}\nRegistered owner: {pr}\n',
        fn=g.fileno(), dt=g.date(), tm=g.time(), st=g.street(), pl=g.plate(), ps=g.ch(['QC', 'ON', 'VT', 'NY']), pr=g.name(pr, 'full'))
    d.add('Mailing address: ', *g.address_qc(), '\n')
    d.f('Fine: {am}, under {law}.\n\n', am=g.amount(), law=g.law())
    d.add(*g.content(3), '\n')
    d.f('Issued by officer {ag}\n', ag=g.name(ag, 'full'))
    g.fill(d, target)


def fam_fr_lettre_recommandation(g, d, target):
    ca, au = g.person(), g.person()
    d.f('{pl}, le {dt}\n\nObjet : Lettre de recommandation — {ca}\n\nMadame, Monsieur,\n\n', pl=D('PLACE', g.ch(g.p.cities)), dt=g.date(), ca=g.name(ca, 'full'))
    d.f("J'ai eu le plaisir de superviser {ca} chez {org} pendant trois ans. ", ca=g.name(ca, 'full'), org=g.org())
    d.add(*g.content(2), ' ')
    d.f('{ca} a fait preuve de rigueur. ', ca=g.name(ca, 'given'))
    d.add(*g.content(1), '\n\n')
    d.f('Je demeure disponible au {tel} ou à {em}.\n\n{au}\n', tel=g.phone(), em=g.email(au), au=g.name(au, 'full'))
    d.add('Directrice des opérations\n')
    g.fill(d, target)


def fam_en_reference_letter(g, d, target):
    ca, au = g.person(), g.person()
    d.f('{dt}\n\nTo whom it may concern,\n\nI am pleased to recommend {ca}, who worked with me at {org} from {y1} to {y2}. ',
        dt=g.date(), ca=g.name(ca, 'full'), org=g.org(), y1=g.year(), y2=g.year())
    d.add(*g.content(2), ' ')
    d.f("{ca}'s work was consistently thorough. ", ca=g.name(ca, 'given'))
    d.add(*g.content(1), '\n\n')
    d.f('Feel free to reach me at {tel} or {em}.\n\nSincerely,\n{au}\n', tel=g.phone(), em=g.email(au), au=g.name(au, 'full'))
    g.fill(d, target)


def fam_fr_reclamation_sinistre(g, d, target):
    as_, ex, vo = g.person(), g.person(), g.person()
    dob, ymd = g.dob()
    d.f('DÉCLARATION DE SINISTRE — {org}\nNo de réclamation : {fn}\nAssuré·e : {as_}\nDate de naissance : {dob}\nPermis de conduire : {dl}\nVéhicule : plaque {pl}\n\n',
        org=g.org(), fn=g.fileno(), as_=g.name(as_, 'full'), dob=dob, dl=g.licence(as_, ymd), pl=g.plate())
    d.f("Le {dt} vers {tm}, à l'intersection du {st} et du {st2}, mon véhicule a été heurté par celui de {vo} (plaque {pl2}). ",
        dt=g.date(), tm=g.time(), st=g.street(), st2=g.street(), vo=g.name(vo, 'full'), pl2=g.plate())
    d.add(*g.content(2), '\n')
    d.f('Expert·e en sinistres : {ex}\nRemboursement au compte : ', ex=g.name(ex, 'full'))
    d.add(*g.bank(), '\n', *g.content(1), '\n')
    g.fill(d, target)


def fam_en_bilingual_form(g, d, target):
    p = g.person()
    dob, ymd = g.dob()
    d.add('FORMULAIRE / FORM — ', g.org(), '\n\n')
    d.add('Nom de famille / Last name: ', P(p.sur.upper()), '\nPrénom / First name: ', P(p.given), '\n')
    d.add('Date de naissance / Date of birth (AAAA-MM-JJ / YYYY-MM-DD): ', dob, '\n')
    d.add('NAS / SIN: ', g.nas(), '\nPasseport / Passport: ', g.passport(), '\n')
    d.add('Adresse actuelle / Current address:\n', *g.address_qc(), '\n')
    fa, _ = g.address_foreign()
    d.add('Adresse précédente à l\'étranger / Previous address abroad:\n', *fa, '\n')
    d.add('Téléphone / Phone: ', *g.phone(), '\n\n')
    d.add(*g.content(3), '\n')
    g.fill(d, target)


def fam_fr_benevoles_rotation(g, d, target):
    co = g.person()
    d.f('Horaire de rotation — {org}\nSemaine du {dt}\n\n', org=g.org(), dt=g.date())
    for j in ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'][:g.r.randint(3, 5)]:
        p = g.person()
        d.add(j, ' ', g.time(), ' — ', *g.name(p, g.ch(['full', 'ginit', 'comma', 'caps'])), ' (', *g.phone(ext=False), ')\n')
    d.add('\n', *g.content(2), '\n')
    w = g.word()
    if w:
        d.add('Don reçu : une horloge restaurée par ', w, ' du village.\n')
    d.f('Coordination : {co}, {em}\n', co=g.name(co, 'full'), em=g.email(co))
    d.add(*g.content(1), '\n')
    g.fill(d, target)


def fam_en_intake_handwritten(g, d, target):
    p, r = g.person(), g.person()
    dob, ymd = g.dob()
    d.add('[handwritten intake, transcribed]\nname: ', *g.name(p, g.ch(['upper', 'full', 'comma'])), '\n')
    d.add('b. ', dob, '\n', 'addr ', *g.address_qc(), '\n', 'tel ', *g.phone(), '\n')
    d.add('health card # ', g.ramq(p, ymd), '\n', 'ref by ', *g.name(r, 'full'), ' @ ', g.org(), '\n\n')
    d.add(*g.content(3), '\n')
    w = g.word()
    if w:
        d.add('Works part time with ', w, ' at the heritage farm.\n')
    g.fill(d, target)


FAMILIES = [
    ('fr_renouvellement_pharmacie', 'fr', fam_fr_pharmacie), ('fr_incident_autobus_scolaire', 'fr', fam_fr_transport_scolaire),
    ('fr_recit_reclamation_cnesst', 'fr', fam_fr_cnesst_recit), ('fr_courriel_permis_urbanisme', 'fr', fam_fr_permis_courriel),
    ('fr_rapport_salubrite', 'fr', fam_fr_salubrite), ('fr_visite_protection_jeunesse', 'fr', fam_fr_suivi_pj),
    ('fr_proces_verbal_greffe', 'fr', fam_fr_greffe_pv), ('fr_engagement_parrainage', 'fr', fam_fr_parrainage),
    ('fr_avis_retard_pret', 'fr', fam_fr_retard_biblio), ('fr_fiche_club_sportif', 'fr', fam_fr_club_sportif),
    ('fr_resume_decision_logement', 'fr', fam_fr_decision_tal), ('fr_export_textos', 'fr', fam_fr_export_sms),
    ('fr_transcription_boite_vocale', 'fr', fam_fr_boite_vocale), ('fr_compte_rendu_quartier', 'fr', fam_fr_cr_reunion),
    ('fr_formulaire_ocr_bruite', 'fr', fam_fr_formulaire_ocr), ('fr_bordereau_telecopie', 'fr', fam_fr_telecopie),
    ('fr_tableau_markdown_benevoles', 'fr', fam_fr_tableau_md), ('fr_dossier_succession_notaire', 'fr', fam_fr_succession),
    ('fr_constat_stationnement', 'fr', fam_fr_constat_stationnement), ('fr_lettre_recommandation', 'fr', fam_fr_lettre_recommandation),
    ('fr_declaration_sinistre_auto', 'fr', fam_fr_reclamation_sinistre), ('fr_horaire_rotation_benevoles', 'fr', fam_fr_benevoles_rotation),
    ('en_pharmacy_refill_log', 'en', fam_en_pharmacy), ('en_school_bus_report', 'en', fam_en_bus_incident),
    ('en_worker_claim_narrative', 'en', fam_en_cnesst_claim), ('en_permit_email_thread', 'en', fam_en_permit_thread),
    ('en_housing_inspection_notes', 'en', fam_en_housing_inspection), ('en_youth_home_visit', 'en', fam_en_youth_followup_visit),
    ('en_small_claims_minutes', 'en', fam_en_clerk_minutes), ('en_sponsorship_undertaking', 'en', fam_en_sponsorship),
    ('en_overdue_notice', 'en', fam_en_overdue_notice), ('en_sports_registration', 'en', fam_en_sports_registration),
    ('en_sms_thread', 'en', fam_en_sms_export), ('en_voicemail_transcript', 'en', fam_en_voicemail),
    ('en_board_attendance_minutes', 'en', fam_en_minutes_attendees), ('en_fax_cover_sheet', 'en', fam_en_fax_cover),
    ('en_key_value_dump', 'en', fam_en_kv_dump), ('en_json_event_log', 'en', fam_en_json_log),
    ('en_calendar_invite', 'en', fam_en_calendar_invite), ('en_estate_file', 'en', fam_en_estate_file),
    ('en_parking_violation', 'en', fam_en_parking_ticket), ('en_reference_letter_free', 'en', fam_en_reference_letter),
    ('en_bilingual_form', 'en', fam_en_bilingual_form), ('en_handwritten_intake', 'en', fam_en_intake_handwritten),
]
FR_SHARE = 0.52


# ---------------------------------------------------------------------------
# Documents

def name_clashes(text, spans):
    """Problems: a name token of a PERSON span found elsewhere in the text as
    a whole word (case-insensitive) outside every pii span."""
    b = text.encode('utf-8')
    covered = bytearray(len(b))
    for s in spans:
        if s['kind'] == 'pii':
            covered[s['start']:s['end']] = b'\x01' * (s['end'] - s['start'])
    toks = set()
    for s in spans:
        if s['type'] == 'PERSON':
            for t in re.split(r"[\s\-.,_']+", s['_s']):
                if len(t) >= 2 and fold(t) not in PARTICLES:
                    toks.add(fold(t))
    bad = []
    ftext = fold(text)
    if len(ftext) != len(text):
        ftext = ''.join(fold(c)[:1] or c for c in text)
    for t in toks:
        for m in re.finditer(r'(?<!\w)' + re.escape(t) + r'(?!\w)', ftext):
            st = len(text[:m.start()].encode('utf-8'))
            en = len(text[:m.end()].encode('utf-8'))
            if not all(covered[k] for k in range(st, en)):
                bad.append((t, st))
    return bad


PARTICLES = {'de', 'du', 'da', 'dos', 'di', 'del'}


def make_doc(mode, seed, i, pools):
    rng0 = random.Random('indep15|%s|%s|%d' % (mode, seed, i))
    lang = 'fr' if rng0.random() < FR_SHARE else 'en'
    fams = [f for f in FAMILIES if f[1] == lang]
    name, lang, fn = fams[rng0.randrange(len(fams))]
    for attempt in range(60):
        rng = random.Random('indep15|%s|%s|%d|%d' % (mode, seed, i, attempt))
        target = rng.randint(550, 1250)
        g = Gen(pools, rng, lang, mode)
        d = Doc(lang)
        fn(g, d, target)
        text, spans = d.build()
        ncontent = sum(1 for s in spans if s['kind'] == 'content')
        if 400 <= len(text) <= 3000 and ncontent >= 3 and not name_clashes(text, spans):
            break
    else:
        raise RuntimeError('no document of the right shape for %s' % name)
    return {'id': 'indep15-%s-%s-%04d' % (mode, seed, i), 'lang': lang, 'family': name, 'text': text,
            'spans': [{k: s[k] for k in ('start', 'end', 'kind', 'type')} for s in spans]}, spans


def generate(mode, count, seed, out):
    pools = Pools(mode)
    for i in range(count):
        doc, _ = make_doc(mode, seed, i, pools)
        out.write(json.dumps(doc, ensure_ascii=False) + '\n')


# ---------------------------------------------------------------------------
# Self-test

def literal_tokens(path):
    """Folded word tokens of the string literals of a generator (Python via
    tokenize, JavaScript by a quote regex), or of a whole data file."""
    import tokenize
    raw = open(path, 'rb').read().decode('utf-8', 'replace')
    strs = []
    if path.endswith('.py'):
        try:
            for tok in tokenize.generate_tokens(io.StringIO(raw).readline):
                if tok.type == tokenize.STRING:
                    strs.append(tok.string)
        except (tokenize.TokenError, IndentationError, SyntaxError):
            strs = [raw]
    elif path.endswith(('.mjs', '.js', '.c')):
        strs = re.findall(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`[^`]*`', raw)
    else:
        strs = [raw]
    return set(re.findall(r'\w+', fold('\n'.join(strs))))


def reference_files(root):
    import glob
    b = os.path.join(root, 'bench')
    gens = sorted(f for f in glob.glob(os.path.join(b, 'freetext-*.py')) + glob.glob(os.path.join(b, 'freetext-*.mjs'))
                  if not f.endswith('freetext-indep15.py'))
    lists = []
    for sub in ('redact', 'data'):
        for dirpath, _dirs, files in os.walk(os.path.join(root, sub)):
            for f in files:
                low = f.lower()
                if any(w in low for w in ('name', 'given', 'surname', 'prenom', 'nom')) and \
                        low.endswith(('.txt', '.tsv', '.lst', '.csv', '.json')):
                    lists.append(os.path.join(dirpath, f))
    c = os.path.join(root, 'redact', 'names-data.c')    # generated name table (string literals only)
    if os.path.isfile(c):
        lists.append(c)
    return gens, sorted(set(lists))


def selftest():
    from collections import Counter
    parts = all_name_parts()
    names = sorted(parts)
    folded = Counter(fold(p) for p in names)
    fails = []
    dup = [p for p, n in folded.items() if n > 1]
    if dup:
        fails.append(('duplicate name parts', dup[:10]))
    halves = {m: set(fold(p) for p in names if half_of(p) == m) for m in 'WH'}
    if halves['W'] & halves['H']:
        fails.append(('W and H share a name part',))
    if not all(re.fullmatch(r"[\w']+", p) for p in names):
        fails.append(('a name part is not a single token',))
    fams, langs, types = Counter(), Counter(), Counter()
    lengths, n = [], 0
    for mode in 'WH':
        pools = Pools(mode)
        mine = pools.part_set()
        mine_ascii = set(re.sub(r'[^a-z]', '', x.replace('ł', 'l').replace('ı', 'i')) for x in mine)
        other = halves['H' if mode == 'W' else 'W']
        for seed in (1, 15, 99):
            for i in range(120):
                doc, spans = make_doc(mode, seed, i, pools)
                text = doc['text']
                b = text.encode('utf-8')
                last = 0
                ncont = 0
                for s in spans:
                    if not (last <= s['start'] < s['end'] <= len(b)):
                        fails.append((doc['id'], 'empty, overlapping or out of order', s['_s']))
                    try:
                        seg = b[s['start']:s['end']].decode('utf-8')
                    except UnicodeDecodeError:
                        fails.append((doc['id'], 'not a UTF-8 boundary', s['start'], s['end']))
                        continue
                    if seg != s['_s'] or not seg.strip() or seg != seg.strip():
                        fails.append((doc['id'], 'span text', seg))
                    last = s['end']
                    types[(s['kind'], s['type'])] += 1
                    ncont += s['kind'] == 'content'
                    if s['type'] == 'PERSON':
                        for tok in re.split(r"[\s\-._]+", seg):
                            ft = fold(tok)
                            if not tok or ft in PARTICLES or len(tok) == 1:
                                continue
                            if ft not in mine:
                                # handles are ASCII-folded, lower-case and glued: accept a part of this half
                                if ft not in mine_ascii:
                                    fails.append((doc['id'], 'name part not of half ' + mode, tok))
                            if ft in other:
                                fails.append((doc['id'], 'name part of the other half', tok))
                if ncont < 3:
                    fails.append((doc['id'], 'fewer than 3 content sentences'))
                for x in name_clashes(text, spans):
                    fails.append((doc['id'], 'unlabelled copy of a PERSON token', x))
                if json.loads(json.dumps(doc, ensure_ascii=False)) != doc:
                    fails.append((doc['id'], 'json'))
                fams[doc['family']] += 1
                langs[doc['lang']] += 1
                lengths.append(len(text))
                n += 1
    a, c = io.StringIO(), io.StringIO()
    generate('W', 6, 3, a)
    generate('W', 6, 3, c)
    if a.getvalue() != c.getvalue():
        fails.append(('determinism',))
    nfr = sum(1 for f in FAMILIES if f[1] == 'fr')
    print('documents %d (fr %d / en %d); families %d (fr %d, en %d), %d seen; length %d-%d (mean %d)'
          % (n, langs['fr'], langs['en'], len(FAMILIES), nfr, len(FAMILIES) - nfr, len(fams), min(lengths), max(lengths), sum(lengths) // n))
    print('spans: ' + ', '.join('%s/%s %d' % (k[0], k[1], v) for k, v in sorted(types.items())))
    byorigin = Counter(v.split()[0] for v in parts.values())
    print('name parts: %d (W %d, H %d, shared %d); by origin: %s' % (len(names), len(halves['W']), len(halves['H']),
          len(halves['W'] & halves['H']), ' '.join('%s %d' % kv for kv in sorted(byorigin.items()))))
    if len(fams) < len(FAMILIES):
        fails.append(('families not seen', sorted(set(f[0] for f in FAMILIES) - set(fams))))
    if len(FAMILIES) < 36 or 2 * nfr < len(FAMILIES):
        fails.append(('too few families or too few French ones',))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gens, lists = reference_files(root)
    gtok, ltok = set(), set()
    for f in gens:
        gtok |= literal_tokens(f)
    for f in lists:
        ltok |= literal_tokens(f)
    hg = [p for p in names if fold(p) in gtok]
    hl = [p for p in names if fold(p) in ltok]
    both = sorted(set(hg) | set(hl))
    print('overlap (string literals, whole token, case-insensitive, accent-folded) with %d other generator files: %d = %.2f %%; '
          'with the redactor name data (%s): %d = %.2f %%; with either: %d / %d = %.2f %%'
          % (len(gens), len(hg), 100 * len(hg) / len(names), ', '.join(os.path.relpath(f, root) for f in lists) or 'none found',
             len(hl), 100 * len(hl) / len(names), len(both), len(names), 100 * len(both) / len(names)))
    print('shared parts: ' + ' '.join(both))
    if len(both) / len(names) >= 0.02:
        fails.append(('overlap', len(both) / len(names)))
    if not gens:
        fails.append(('no reference generator files found under', root))
    for f in fails[:25]:
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
    except BrokenPipeError:
        sys.stderr.close()


if __name__ == '__main__':
    main()
