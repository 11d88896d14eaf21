#!/usr/bin/env python3
"""freetext-indep12.py - twelfth independently written generator of labelled
free-text documents (French / English) from the offices of Québec public
bodies, for evaluating redaction on text its authors never saw.

Usage:  freetext-indep12.py W|H COUNT SEED > docs.jsonl
        freetext-indep12.py --selftest

Output: one JSON object per line: id ("indep12-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (to be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE, DATE,
MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences of those offices (type CONTENT).

Span conventions: a courtesy, professional or office title (M., Mme, Me,
Dr, Mr., Ms., l'agente, Councillor, la mairesse ...) stays outside the
PERSON span, as do a possessive 's and an elided d'/l'; initials with a
surname ("J.-F. Ashwood") are one span; "Surname, Given" gives two spans;
a name particle (de, van, Ben, Nguyễn Thị) is inside the span; an address
runs from the civic number (or a unit written in front of it, "204-1185")
through the street and a unit written after it ("app. 4", "#12") and stops
before the city, which is left unlabelled; the postal code is its own span;
a phone extension is outside the phone span; bank details written as
labelled pieces give one span per piece, one span when written as a group;
for a date of birth only the date is labelled ("né le" stays outside).
An official acting publicly is still a PERSON.

Independence: every list pool (name parts of each origin, streets, cities,
places, organisations, laws, e-mail domains, content sentences) is split
in two disjoint halves by the md5 of the accent-folded lower-case entry;
mode W draws only from the W halves, mode H only from the H halves.  Name
parts are single tokens; hyphenated given names, double surnames and
particle forms are put together at run time from parts of the same half,
so W and H share no name part.  The name parts were written for this file
and chosen so that few of them occur in the pools of the other bench
generators or in the redactor's name lists (--selftest measures it).
Python 3 standard library only; output depends only on the arguments.
"""
import hashlib
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
    return 'W' if hashlib.md5(fold(entry).encode('utf-8')).digest()[0] % 2 == 0 else 'H'


def words(s):
    return s.split()


# ---------------------------------------------------------------------------
# Name parts.  Key: "origin role"; role f / m (given), u (given, either
# gender), s (surname), sf / sm (surname forms for women / men), w (surnames
# that are also ordinary words).
NAMES = {
    # Québec / Acadian French
    'qc f': '''Ovilda Dorilda Mély Clodie Éliette Ginelle Maïlyne Ellyane Éloane Noélya Rosalyne Alexya Marylin Myriame
        Kimberlie Laïka Rosélie Aurélya Élodye Justyne Kélyane Loryanne Maryka Rosemay Talya Yasmyne Alyssia Amélya Émilya
        Mahélie Maïlee Naomy Nélie Olivianne Alissandre Delphyne Éléonor Jasmyne Kathrine Tifanny Aldée Sylvestrine Véronia
        Almanda Cléophée Elmina Herminie Lucina Ombeline Uranie Gaëlane Lauranne Aglaée Kélya Maélia Flavy Jaëlle Kimy Lilou
        Lunna Maïlie Noami Océlia Sofya Sophy Thalya Zoélia Marilène Nathalye Marie Anne Ève Sophie Julie''',
    'qc m': '''Dolor Xavyer Mavrick Éliam Ludovik Mathyas Wiliam Anakin Urgel Alexi Jaydan Laurick Olivyer Alcidas Camil Ozias
        Kéryan Élouan Kylian Laurik Lyam Nohan Noa Sacha Teddy Zayn Mathéo Éloïc Joakim Kéyann Marc Antoine Jean Louis Pierre
        Philippe Olivier''',
    'qc s': '''Abran Aganier Allaire Arpin Babeu Baillargé Baudoin Bessette Bezeau Biron Breault Dansereau Faucher Kirouac
        Laquerre Marier Abénard Barabé Boilard Chevrette Laverdière Vertefeuille Boivert Archambeault Arcand Goudreau
        Prud'homme Saindon Yergeau Allard Brais Cardin Jubinville Philie Sauvageot Sergerie Villemaire Aubichon Amelotte
        Bédier Bilocq Boucault Boudria Bourbeau Brindamour Champeau Chapdelaine Chartré Choret Courteau Couvrette Dargis
        Daviau Déchêne Degagné Demanche Deragon Dessaint Dézainde Dinel Dodier Dréan Ducap Duchaine Dufay Dupaul Flibotte
        Forgues Fouquette Frégeau Gazaille Gélineau Godreau Gravelle Guérette Guilmette Labranche Laprade Larrivée Latouche
        Lauriault Lemarbre Lequin Lhéreux Liboiron Loignon Longtin Malboeuf Marsan Massie Méthé Monat Morand Pagette Patoine
        Pineault Portelance Rabouin Rocray Roussy Thauvette Thuot Turbide Voghel Aubuchon Bareil Bineau Boissonneau Brissette
        Bussières Canuel Casavant Castonguay Cayer Chênevert Damphousse Deland Déry Deshaies Ducas Dutremble Fluet Guilbeault
        Hains Joanette Lagassé Lampron Lemerise Lescault Locas Mageau Millaire Pedneault Verville Béchard Bettez Boisseau
        Bonsaint Bossé Bourcier Brouard Cadrin Chabotte Chauret Corneau Cuillerier Daigneau Dazé Demeule Dugrenier Fontigny
        Foucreault Gaboriault Giard Gingues Guibord Guillotte Guyon Labonville Lafrenaye Lalumière Laroque Lozeau Monière
        Rathé Sansquartier Frappedabord Lagiroflée Lapatience Laverdure Lasonde Lagarenne Laprairie Laplume Laronde Beaurivage
        Beaubois Beaumarchais Beauvillier Desprairies Desbuissons Destilleuls Desormiers Descormiers Desfonds Deslières
        Deschambault Grandchamp Petitpas Tourteau Bourgouin Lavertue Labrise Labruyère Lacerise Lachênaie Lamarée
        Lagrenade Lasablière Laserre Desbordes Descharmes Descoudres Desfougères Desfrênes Desgenêts Desgrèves Desmarets
        Despeupliers Dessablons Dessaules Beaufils Beaurang Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Ouellet
        Pelletier Lévesque''',
    'qc w': '''Lebrun Marchand Boulanger Lafleur Fortin Charpentier Meunier Berger Mercier Chevalier Legrand Lenoir Lapierre
        Lamontagne Larivière Dubois Loiseau Renard Poisson Vaillant Bouillon Charrette Parisien Faille Gemme Granger Pétrin
        Bruyère Lapolice Larche Quimper''',
    'qc de': '''Durantaye Courval Tonnancour Beaujeu Sérigny Léry Chavigny Rouville Ramezay Belestre Gannes Niverville
        Sabrevois Tilly Beaubassin Clignancourt Villiers Noyelles Rigauville Montesson Ailleboust Chaussegros''',
    # English-Canadian, Irish, Scottish
    'en f': '''Agatha Ambrosia Cecily Ermintrude Hermione Honora Lettice Pandora Seraphina Calliope Gwenllian Hebe Iolanthe
        Jessamy Lowena Oriel Xanthe Zinnia Ethelinda Gaynor Isolde Jocasta Kezia Nell Pippa Unity Yvaine Aoibheann Meadhbh
        Orlaith Síle Cáit Éabha Seonag Ealasaid Iseabail Peigi''',
    'en m': '''Aldous Booker Briggs Cadby Carlisle Cassius Dunstan Erskine Tarquin Wolcott Zebedee Alaric Anselm Barnabus Bede
        Cosmo Denholm Fenwick Gervase Hilary Jago Quill Sacheverell Barclay Crosby Eustace Ferris Keir Somerset Tennyson
        Warwick Aodhán Bréanainn Conchobhar Dáithí Fearghal Peadar Seosamh Ruaraidh Fionnlagh Lachlann''',
    'en s': '''Bramwell Carrington Chatterton Copperfield Dunwoody Farnsworth Fitzwilliam Hawksworth Knatchbull Mayweather
        Quatermain Radclyffe Rainsford Rotherham Shackleton Sherbourne Stainforth Summerhayes Threlkeld Trelawney Wadsworth
        Walmsley Whittingham Wigglesworth Woolcott Wrigglesworth Yeardley Applegarth Ackroyd Attwood Babcock Bagshaw
        Bainbridge Barraclough Beddoes Birtwistle Bottomley Bracewell Brocklehurst Butterworth Catterall Clegg Crabtree
        Gledhill Haworth Hebblethwaite Lumb Pickersgill Rushworth Sutcliffe Thackeray Ackerley Heatherington Cresswell
        Inglethorpe Treadwell Fothergale Hobhouse Gatenby Dimmock Sillitoe Hepplewhite Thorogood Whitehouse Goodenough
        Merryweather Younghusband Drinkwater Fairbrother Hogwood Littlejohn Makepeace Proudfoot Shakeshaft Sweetapple Toogood
        Wellbeloved Whitbread Wildgoose Winterflood Allworthy Bellhouse Blackmore Coldwell Cornforth Dampier Fairclough
        Gosling Greengrass Halfpenny Harbottle Kettlewell Longstaff Moorcroft Outhwaite Paxman Quickfall Rushbrook
        Scattergood Smallwood Spurling Stubbs Swainson Tollemache Trowbridge Upcott Venables Wildblood Witheridge Yelland
        MacAskill MacRae MacLennan MacTavish McCorquodale MacEachern MacGillis McFadyen MacLellan McIlwraith McConachie
        McEachen MacGregor O'Donoghue O'Dwyer O'Flaherty O'Gorman O'Halloran O'Keeffe O'Loughlin O'Mahony O'Riordan
        O'Shaughnessy Fahy Keohane Fitzpatrick Fennelly Dolan Carrigan Culhane Duggan Garvey Loughnane McAleese Mooney
        Queally Spillane Tuohy
        Ashwood Atherbridge Atherbury Atherham Atherhurst Atherstead Barkbury Barkcombe Barkham Barkstone Blackbury
        Blackdale Blackton Brackcombe Brackcroft Brackham Brackmore Brackton Bradbury Bradcombe Bradthwaite Bradwood Brombury
        Bromham Bromhurst Bromley Bromwick Bromworth Caldcombe Caldcroft Caldham Caldhurst Caldton Caldwood Chiscombe
        Chisford Claycroft Claydale Clayford Clayham Claystone Claywood Colddale Coldmore Coldstone Cranbury
        Cranhurst Cranmore Cranstone Draycombe Draydale Draystone Draywood Drayworth Dundale Dunstead Dunworth Eldbury
        Eldham Everwick Fairdale Fairley Fairwood Fenham Fenley Fenmore Fenstead Fernbridge Fernbury Ferncroft Fernton Garby
        Garham Gladdale Gladhurst Gladthwaite Halbridge Halford Halstead Halstone Hartby Hawbury Hawcombe Hawcroft Heathcroft
        Heathley Heathstone Heathwick Hunham Hunhurst Ketfield Ketford Ketwick Ketwood Kirkcroft Kirkdale
        Kirkhurst Kirkley Kirkworth Lamham Lamwick Lamworth Langbridge Langby Langton Langwick Lindford Lindhurst
        Lindton Loxbury Loxdale Loxstead Loxstone Loxthwaite Mabbury Mabford Mabhurst Mabstead Marby Marcombe Midbridge
        Midcroft Middale Midham Midley Midton Midworth Norbridge Norcombe Norford Norstead Northwaite Norwick Oakbridge
        Oakbury Oakcombe Oakcroft Oakmore Padbury Padford Padley Padmore Padstone Padton Padworth Pencombe
        Pendale Penham Penley Penmore Quarbury Quarcroft Quarfield Quarford Quarhurst Quarstead Quarwood Quarworth Radham
        Radthwaite Radwood Radworth Ramsley Ramsmore Redhurst Redley Redmore Redstead Rockcroft Rockdale Rockmore
        Rockton Rockwood Rushbury Rushcombe Rushford Rushstead Rushwood Sandbury Sandcombe Sandley Sandwick
        Saxbury Saxby Saxford Saxhurst Saxley Saxstead Saxstone Saxworth Shelbridge Shelcombe Shelmore Sherstead
        Sherstone Sherwick Skelcombe Skelcroft Skelworth Stanbury Stancroft Stanstone Stowham Stowstead Tadhurst
        Tadstone Thornford Thornwood Thornworth Thurlbridge Thurlcroft Thurlham Ulvercombe Ulvercroft Ulvermore Ulverthwaite
        Walbury Walby Walcroft Waldale Walham Walmore Walstead Warkbury Warkham Warkmore Wesbury Weshurst Wesstead
        Westcombe Westhurst Whitcroft Whitworth Winbury Wincombe Winford Winham Winhurst Winthwaite Woodworth
        Yarnford Yarnham Yarnmore Yarnstone Yarnwick''',
    'en w': '''Young Brown Page Rose Baker Fisher Mason Hill Wood Stone Frost Bell Hart Fox Noble Bishop''',
    # Italian
    'it f': '''Carmina Celestina''',
    'it m': '''Nicolino Pietrangelo Rosolino Tindaro Arcangelo Cesidio Eustachio Lorenzino Pasqualino''',
    'it s': '''Altomare Arcuri Ardizzone Bagnato Buccieri Calcaterra Colasanti Cuccia Minervini Modugno Nardelli
        Russomanno Stellato Verdi DiFranco DiNardo LaRocca DeRosa DeAngelis''',
    # Portuguese / Azorean / Brazilian
    'pt f': '''Balbina Noémia Querubina Sãozinha Teolinda Belmira Fernandina Isaura Maximina Sameiro Telma''',
    'pt m': '''Arménio Gualter Idalino Vitorino Alcides Amadeu Baltazar Diamantino Gaudêncio Lourenço Rogério Wenceslau''',
    'pt s': '''Figueiredo Louro Toste Viveiros Lemos Ormonde Tomé Cotta Garcez Prates Seixas Andrade Bastos Brandão
        Damasceno Esteves Falcão Galvão Morais Nascimento Queirós Ramalho Telles Trindade''',
    # Haitian
    'ht f': '''Rosenie Guerlande Myrlène Kettely Magdala Nephtalie Ludnie Ritha Shilove Woodjina Youveline Rodeline Jeanine
        Edrose Fritzrose Guerna Jhonrose Jimline Jimmène Kesrose Ketline Ketlyne Ketrose Louvlyne Lovna Macklande Mackline
        Macklyne Mackmène Magline Maglyne Roodna Rosena Sherrose Stevlande Widmène Woodlande Woodmène Yolmène Yvelande
        Yvemène''',
    'ht m': '''Widner Widnel Woodlens Wisny Rooldy Jimsley Gessy Kensley Sterlin Danens Danson Dieudy Dieukens Fritzkens
        Gerens Gerley Guerly Jeandy Jhonens Jimens Jimner Ketner Louvdy Lovdy Lovson Mackdy Mackens Mackly Mackner Magkens
        Magson Nathner Roodson Sherdy Sherens Shernel Wilnel Wisens Wisnel Woodkens Yolner Yveley''',
    'ht s': '''Saintilus Joseus Délus Jeanty Dorcely Fleuridor Fénélus Alcéus Charlotin Nérestant Ylizaire Dorléans Mésidor
        Cénatus Dorvilus Lubérisse Michelet Mercéus Estinvil Phanor Aristil Dorvilien Loriston Predestin Tertulien Valmé
        Lorquet Vilaire Dumay Elysée Méus Séide''',
    # Arabic: Maghreb, Lebanon, Tunisia
    'ar f': '''Zahira Fadoua Sanae Ouardia Saliha Dihia Maysa Dalia Malak Ibtissam Lamyae Ouiam Rajae Safae Sihame Douae
        Hasnae Ikrame Meriame Nouhaila Oumayma Rabab Chahrazed Ouahiba Razika Tounes Zoubida Baya Ilhem Khedidja''',
    'ar m': '''Hmida Abdelouahed Abdelghani Abdeljalil Abderrazak Azzeddine Badreddine Lhoussine Mohcine Radouane Tayeb
        Nacer Fayçal Mokhtar Wassim''',
    'ar s': '''Benahmed Benaissa Benamar Benaziz Benbrahim Benchaabane Benchaib Bendahmane Bendjemaa Benhadj Benkacem
        Benkhris Benlarbi Benlounes Benmediene Benmohand Benothmane Benrabah Bensouda Bentahar Benzidi Bouali Bouamara
        Bouchaabane Bouchekroun Boudahmane Boudjemaa Bouhaddou Bouhadj Boukacem Boukirane Boularbi Boulounes Boumohand
        Boumoussa Bounaceur Bourabah Bourezki Bousaid Bousalah Bouslimane Bousouda Boutahar Bouyahia Merhi Ziani
        Abinader Abisaab Aboujaoude Abourizk Aboukhalil Abouzeid Abouhabib Abousleiman Abinakhoul Abichahine Abifarah
        Abouchedid Aboumrad Abouhaidar Abourjaili Aboughanem Abimansour Abouassaly Aboudib Abourached Darwiche Hachem Jreij
        Shehadeh Gharios Haidar Mrad Sayegh Achkar Hage Kairouz Khalife Moubarak Riachi Sassine Yared Khairallah Karkafi
        Maalouli Mouzannar Nahra Richa Tawil Zeenni''',
    'ar ben': '''Ammar Hamouda Khalifa Romdhane Achour Jemaa Hassine Hamida Fredj Zaied Brahem Dhaou Chikha Slama Yedder
        Othman Rejeb Ghorbel Taieb Khelifa Miled Ayed Guirat Gharbia''',
    # Persian, Armenian, Georgian
    'fa f': '''Afsaneh Golnar Simin Bita Dorsa Gelareh Kimia Yalda Aria''',
    'fa m': '''Nima Soroush Dariyoush Esfandiar Faramarz Jamshid Khosrow Manouchehr Sasan Shahab Tooraj''',
    'fa s': '''Abbasnejad Abbaspour Abbaszadeh Ahmadfar Ahmadnejad Akbarfar Akbarnejad Akbarzadeh Amirnejad Amirzadeh
        Asgharfar Asgharpour Bahramnejad Bahrampour Bahramzadeh Ebrahimpour Ebrahimzadeh Esmailzadeh Ghasemfar Ghasemzadeh
        Gholamfar Gholamnejad Gholamzadeh Habibfar Habibnejad Hadizadeh Hamidnejad Hamidpour Hassanfar Hassannejad
        Hosseinnejad Jafarnejad Jafarpour Javadfar Javadpour Javadzadeh Karimnejad Kazempour Kazemzadeh Mahmoudpour
        Mahmoudzadeh Majidzadeh Mehdifar Mehdinejad Mehdipour Mehdizadeh Mohammadfar Mohammadpour Mortezanejad Mortezapour
        Mortezazadeh Mostafafar Mostafapour Mostafazadeh Naghifar Naghinejad Naghipour Nasserfar Nasserpour Rahimpour
        Rezapour Rostampour Saeednejad Sohrabnejad Sohrabpour Sohrabzadeh Taghifar Taghipour Taghizadeh Youseffar
        Aghajian Arakelyan Avetisian Boyajian Chilingirian Dakessian Dakessyan Davtyan Demirjian Demirjyan Ekmekjian
        Galstian Galstyan Garabedyan Gevorgian Gevorgyan Ghazaryan Grigoryan Hagopian Hagopyan Hakobian Hakobyan
        Haroutunyan Harutyunian Hovhannisyan Kalaydjian Karapetian Kasparian Kasparyan Kazanjian Kazanjyan Kevorkyan
        Khachatryan Kouyoumdjyan Krikorian Manoogyan Mardirossyan Martirosian Martirosyan Melkonyan Minasian Minasyan
        Mnatsakanian Mnatsakanyan Movsisyan Nalbandyan Nersisian Ohanyan Panossyan Petrosyan Poghosian Poghosyan Sahakian
        Sahakyan Sargsyan Sarrafian Sarrafyan Semerdjian Shahinian Shahinyan Stepanyan Tadevosyan Tashjyan Terzian
        Topalian Topalyan Vardanian Vardanyan Vartanyan Yacoubian Yacoubyan Yeghiazarian Yeghiazaryan Zohrabian Zohrabyan
        Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Nozadze Kvaratskhelia Mamaladze
        Chkheidze Gogoladze Khutsishvili Jorjadze Tsereteli Javakhishvili Chavchavadze Abashidze Dadiani Shengelia
        Kiknadze Melikishvili Bakhtadze Margvelashvili Gogiberidze Kobakhidze Tsitsishvili Nadiradze Papava Mchedlishvili
        Lortkipanidze Tabatadze Gvaramia Dolidze Shavgulidze Abuladze''',
    # Vietnamese (family name first, middle Thị / Văn)
    'vi f': '''Luyến Thơm Xoan Ngát Hương''',
    'vi m': '''Lành Minh''',
    'vi s': '''Nguyễn Trần Lê Phạm''',
    'vi mid': '''Thị Văn''',
    # Chinese (mainland pinyin, Taiwanese, Cantonese, Southeast Asian)
    'zh f': '''Chunyan Hanxin Huiqi Jiana Jiaqian Jinglan Jingli Jingxia Jingyun Lanhan Linghan Lingli Lingying Lixue Liyan
        Meihan Meihui Meili Meina Meixue Meiyan Murou Muwen Peiyan Qianmei Qianna Qianning Qingyan Qiujing Qiuying Ruoxin
        Ruoyue Shimei Shina Shiqian Shiwen Shixin Shuhui Shuli Shuning Shurou Shuyue Wanxia Wanyun Wanzhen Wenrou Xinhui
        Xinqi Xinyun Xiyan Xuanrou Xuanying Xuening Xueyun Yafang Yalan Yaoling Yaoqian Yaoxia Yawen Yirou Yiyue Yiyun
        Yueli Yuexuan Yulan Yunhui Yunning Ziqi Ziyun''',
    'zh m': '''Baokai Baopeng Baorui Baowei Chenqiang Chenyu Chunlin Chunyang Fengyu Guojie Guojun Haihao Hailong Haixuan
        Haojie Haoyang Hongpeng Hongxuan Hongyang Jiafeng Jialong Jianbin Jianfeng Jiarui Jingang Jinzhi Junrui Junyang
        Junyu Kaijie Kailong Kaiwei Kaiyang Lecheng Mingjun Mingwei Mingxuan Pengqiang Ruibin Ruigang Ruijie Shaofeng
        Shaopeng Shaoyang Shigang Shilin Sibo Taofeng Tianbo Tianzhi Weibin Weihao Weize Wengang Wenjun Wenrui Wenyang
        Xiaohao Yijie Yilong Yongbo Yupeng Yuwei Zechen Zegang Zewei Zhenhao Zifeng Zize''',
    'zh s': '''Duanmu Yuwen Ximen Nangong Zhongli Gongsun Xiahou Zhangsun Huyan Wenren Zuoqiu Tantai Diwu Baili Tjia Tjoa
        Oei Khoo Teoh Goh Koh Yeoh Quek Heng Chua Seah Toh Soh Phua Thia Tay Chiam Liew Loke Seow Kuan Chiang Hsu
        Hsieh Tsai Kuo Chou Yeh Tseng Shih Chuang Kao Tou Jue Hom Jeung''',
    # Korean
    'ko f': '''Boeun Bori Boseul Boyeong Chaeeun Chaehwa Chaejin Dami Dari Dasook Dawon Eunah Eunwon Gasook Hajeong Hasook
        Hayeong Hayun Heemi Heeseul Hyehwa Hyekyung Hyeri Hyesook Hyeyeong Hyeyun Injin Inseul Jibin Jikyung Jiyeong Jujin
        Jurin Juyeong Juyun Minhwa Minsook Miri Mirin Miyun Nabin Naseul Nasook Nayeon Ribin Rijeong Rimi Riyeon Saebin
        Saehee Saejin Saemi Saeyeong Saeyun Seoeun Seohee Seojeong Seoyun Siseul Siwon Siyeong Sohwa Sowon Yebin Yeonhwa
        Yeonjin Yusook Yuyeon Yuyeong''',
    'ko m': '''Byunghoon Byungsik Chanjun Chulhwan Chulhyun Chulwoo Chulyong Doho Domin Dongchul Donggu Dongsik Dongtaek
        Dongyong Gyuhoon Hakchul Haksoo Haktaek Hakwook Hyunhoon Hyunjae Hyunmin Hyunseok Hyuntaek Hyunwook Jaesik Jaeyong
        Jibeom Jiho Jinbeom Jinsung Jinwook Jongho Jonghoon Joonbeom Joonmin Joonwoo Kyungjae Kyungmin Kyungsik Minbeom
        Minjae Myungmin Myungwook Myungyong Sangmin Sangyong Seungjun Seungmin Sungbeom Sunggu Sungho Sungtaek Sungwoo
        Taebeom Taegyu Taehwan Yonghoon Yongseok Yongtaek Yoonhyun Yoonjae Yoonjun Yoonmin Youngjae Youngsoo Youngsung
        Youngwoo''',
    'ko s': '''Seonwoo Sagong Seomun Myeong Gwon Gim Rhee Suh Rhim Kimm Whang Ryoo Roh Paik Gye Chong''',
    # South Asian: Tamil, Punjabi, Bengali, Gujarati, Sinhala, Pakistani
    'sa f': '''Anbudevi Anbumathi Balamathi Balarani Balaselvi Jeyadevi Jeyamathi Jeyaranjani Jeyaselvi Kalaidevi Kalamalar
        Kalaranjani Kalaselvi Kanagadevi Kanagamalar Kanagapriya Kanagaselvi Malamathi Malapriya Nithyamathi Nithyaranjani
        Puvanaselvi Puvanavathi Rathipriya Selvadevi Selvamalar Selvarani Selvaranjani Selvavathi Sivagadevi Sivagaranjani
        Sivamalar Sivavathi Thangamalar Thangamathi Thangaranjani Thavadevi Thavaranjani Thavavathi Vasanthirani
        Vasanthiselvi Yogamalar Yogamathi Yogapriya Yogavathi Indrani Moumita Suchitra Sudipta Arpita Diya Saanvi Aadhya
        Shobha Amanleen Balnoor Kirnoor Kirpreet Jagnoor Mehakdeep Ravpreet''',
    'sa m': '''Anbuchelvan Anbudasan Anbukumar Arulraj Balamurugan Balanathan Balarasa Jeyadasan Jeyadevan Jeyamurugan
        Jeyapandian Jeyarasa Jeyaswamy Jeyavel Kanagachelvan Kanagamurugan Kugandevan Kuganmurugan Kuganswamy Kumaradasan
        Kumarapandian Maninathan Maniraj Manivel Muthudasan Muthumurugan Muthunathan Navadevan Navalingam Ponnuchelvan
        Ponnumurugan Ponnupandian Ponnurasa Ponnuswamy Rajadasan Ramadasan Ramavel Ravichelvan Ravidasan Ravidevan
        Ravimurugan Ravipandian Raviraj Shanmurugan Shanpandian Sivachelvan Sivadasan Sivavel Sundaramurugan Sundarapandian
        Sundararaj Sundaravel Thangakumar Thanganathan Thavadasan Thavavel Thirukumar Thiruswamy Veladasan Veladevan
        Velakumar Velamurugan Velanathan Velapandian Yogalingam Yogamurugan Yogaraj Yogarasa Debashis Arindam Ayan
        Subhankar Tathagata Tanmoy Subrata Abhijit Aarav Vihaan Reyansh Ishaan Vijay Amandev Amanjit Amanwant Arshinder
        Baldev Balmeet Dalbir Dalwant Dilbir Dildev Dilwant Gurbir Indervir Inderwant Jagdev Jagmeet Kirmeet Kirwinder
        Kuldev Kulmeet Kulwant Lakhinder Lakhmeet Manvir Pardev Parinder Parjit Parvir Parwant Rajpal Rajwant Raninder
        Ranpal Ranvir Ranwinder Ravpal Simjit Simwinder Sukhwant Tejbir Tejdev Tejwinder''',
    'sa u': '''Amanjot Amanpreet Gurjot Jasjot Lakhjot Ravjot Satjot Sukhdeep Sukhjot Tejdeep Tejpreet''',
    'sa s': '''Abeyratne Abeysekera Abeysinghe Amaranayake Amararatne Amarasinghe Athanayake Athasekera Athasinghe Dasaratne
        Dasawardena Dharmanayake Dharmaratne Dissaratne Dissasinghe Dissawardena Ediriratne Gamiratne Gamisinghe
        Gamiwardena Gunanayake Gunaratne Gunasinghe Jayanayake Jayasekera Karunasekera Karunasinghe Kodinayake Kodisinghe
        Kulanayake Kulasinghe Kulawardena Munasisinghe Munasiwardena Nawaratne Nawasekera Ranasinghe Rupanayake Ruparatne
        Rupasekera Rupasinghe Rupawardena Samanayake Samaratne Samasinghe Samawardena Sirinayake Siriratne Wanniratne
        Wannisinghe Wanniwardena Weeraratne Weerasekera Weerasinghe Wickremanayake Wickremaratne Wickremasinghe Wijeratne
        Wijesekera Wijesinghe Gangopadhyay Bandyopadhyay Mukhopadhyay Chattopadhyay Majumdar Bhowmick Basu Bagchi Bhaduri
        Chakladar Dastidar Goswami Lahiri Mazumder Moitra Nandi Sanyal Thakkar Parekh Trivedi Pandya Vyas Kothari Chokshi
        Dalal Modi Amin Vakil Mistry Lakhani Kapadia Panchal Solanki Rathod Chauhan Jadeja Vaghela Lally Mahal Virdi
        Ramachandran Balasubramanian Kumaratunga Ansari Raza Akhtar Aslam Iqbal Javed Arshad Ramanathan Ravikumar''',
    # Latin American, Basque, Filipino
    'la f': '''Adelaida Dominga Eduviges Gumersinda Inocencia Jovita Leocadia Nicasia Petronila Sinforosa Tránsito Urbana
        Visitación Yolotzin Zoraida Milagro Yaretzi Viridiana Gimena Julieta''',
    'la m': '''Baudilio Jenaro Leocadio Nemesio Tranquilino Wenceslao Fidencio Higinio Cuauhtémoc''',
    'la s': '''Etxeberria Goikoetxea Agirre Olaizola Zubizarreta Larrañaga Iturriaga Errazuriz Urquiza Etxegarai Mendizabal
        Ibarguren Zabaleta Lizarraga Gorostiaga Aranzadi Elorriaga Uribarri Amunategui Eguiguren Ormazabal Oyarzabal
        Aizpurua Arregi Bengoetxea Azkue Berasategui Garaikoetxea Goñi Irigoyen Lasa Madariaga Otegi Salaberri Txurruka
        Unzueta Zuloaga Barandiaran Echenique Gaztelu Iriarte Lekuona Mugica Olazábal Sagastume Urdangarin Aramburu
        Basterrechea Churruca Goicoechea Arrizabalaga Rivadeneira Lansangan Balagtas Dantes''',
    # Eastern / Central European
    'ee f': '''Dobrosława Teodozja Uliana Yaryna Ljiljana Mirjana Radmila Stojanka Tsvetanka Yordanka Gergana Rositsa Stanka
        Jiřina Blažena Libuše Ilona''',
    'ee m': '''Władysław Lechosław Oleksii Yurii Andrii Serhii Vitalii Dragoljub Milorad Radomir Vojislav Živorad Branislav
        Dušan Ljubomir Vukašin Dobrivoje Miodrag Velimir Tihomir Bogomil Tsvetan Yordan Zhivko Lyubomir Rumen Přemysl
        Vratislav Bohumil Radek Vlastimil Bořivoj Răzvan''',
    'ee s': '''Andryshyn Bondaruk Danylchenko Danylchuk Danyshyn Didychenko Fedorchenko Fedyshyn Hrynchenko Hrynchuk
        Hrytsyshyn Khomenko Kostyshyn Kovaluk Kovalyshyn Kravchuk Kuzmenko Leschenko Levchuk Lytvynenko Martynchenko
        Martynchuk Marynchenko Matsenko Melnychenko Morozenko Morozuk Mykhyshyn Mykytchenko Mykytchuk Naumenko Olesyshyn
        Osadchenko Osadchuk Ostapchenko Ostapenko Panchenko Panchuk Pankivyshyn Petryshyn Polishchenko Prokopchenko
        Prokopchuk Pylypchenko Pylypchuk Romanchenko Romanchuk Romanyshyn Savchuk Semenenko Semenyshyn Stefyshyn Sydorchuk
        Tymoshchenko Tymoshchuk Tytenko Vasylchenko Vasylchuk Vasyshyn Yakymenko
        Angheleanu Anghelescu Bogdeanu Bucurescu Bălăneanu Bălănescu Ciocaneanu Ciocanescu Constantineanu Cârsteanu
        Cârstescu Diaconeanu Dobreanu Drageanu Dragescu Floreanu Grigoreanu Grigorescu Hâncuescu Ioneanu Iordescu Lungeanu
        Manoleanu Manolescu Marineanu Mârzeanu Mârzescu Mălineanu Mălinescu Nicoleanu Nicolescu Opreanu Oprescu Petreanu
        Popeanu Puşceanu Puşcescu Pârveanu Pârvescu Raduleanu Stoianescu Stăneanu Sârbescu Teodoreanu Tănaseanu Tănasescu
        Vasileanu Voiceanu Zamfireanu Zamfirescu
        Bogdanić Bojanić Bojanović Bošnjević Bošnjić Bulatić Crnogić Crnogović Cvetkić Cvetković Dimitrijević Dimitrijić
        Dragić Dragović Gavrilić Gavrilović Grubišević Grubišić Jakšić Jankić Janković Jovanić Kostović Lazić Lazović Lekić
        Ljubisić Marinkić Milenković Milošić Mitrić Mitrović Mladenić Mladenović Momčilić Nedeljkić Nedeljković Nikolović
        Novakić Obradić Obradović Paunović Pavlić Petrić Popić Prodanić Prodanović Radovanić Radovanović Radošević Radošić
        Radujević Radujić Rakočić Ranđelić Ranđelović Savović Spasojević Stankić Stefanić Stojanić Tadijević Tadijić
        Tešanić Todorić Tomović Vasić Vidakić Vidaković Vujadić Vujadović Vukić Vuković Vučinić Zorić Zorović Đorđić Živkić
        Živković
        Varga Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Rácz Fekete Szilágyi Török Fehér
        Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács Gulyás Biró Király Katona Bognár''',
    'ee sf': '''Andrzejewska Baranowska Bielawska Borkowska Brzezińska Chmielewska Czerwińska Gołębiowska Jakubowska
        Jasińska Jaworowska Kalinowska Kamińska Krajewska Krasińska Kwiatkowska Laskowska Lipińska Maciejewska Makowska
        Modrzejewska Mroczkowska Nowakowska Przybylska Rogalska Sadowska Sierakowska Sobolewska Sokołowska Szczepańska
        Szymańska Trębińska Wasilewska Wilczyńska Zakrzewska Ziółkowska Angelova Boncheva Dencheva Dimitrova Gancheva
        Georgieva Hadzhieva Hristova Kirilova Kostadinova Mihaylova Mladenova Pencheva Rumenova Simeonova Stancheva
        Stefanova Stoyanova Todorova Traykova Vasileva Yordanova Zhelyazkova Zlatkova Nováková Svobodová Dvořáková Černá
        Procházková Kučerová Veselá Horáková Němcová Marková Pokorná Pospíšilová Hájková Jelínková Králová Růžičková
        Benešová Fialová Sedláčková Doležalová Zemanová Kolářová Navrátilová Čermáková Vaněková Urbanová Blažková''',
    'ee sm': '''Andrzejewski Baranowski Bielawski Borkowski Dobrzański Gorzkowski Gołębiowski Jaworowski Krajewski
        Krasiński Kwiatkowski Laskowski Leśniewski Lipiński Maciejewski Makowski Modrzejewski Mroczkowski Sierakowski
        Sobolewski Sokołowski Trębiński Zakrzewski Ziółkowski Hadzhiev Iliev Kanchev Kostadinov Lazarov Mihaylov Mladenov
        Rumenov Stanchev Stefanov Traykov Vasilev Yanchev Yordanov Kříž Šťastný Vondráček Bartoš Kopecký Holub Konečný
        Malý Čermák Štěpánek Moravec Kadlec Šimek Polák Hrubý Tichý Vlček Beneš Havlíček''',
    # West African: Yoruba, Igbo, Akan, Ewe, Mande, Senegal
    'wa f': '''Akua Dzifa Enyonam Mawuena Selasi Yayra Assitan Kadidia Korotoumou Sitan Tenin Massitan Chidinma Nkechi Adaora
        Adanna Obiageli Onyinye Ezinne Chizoba''',
    'wa m': '''Kwasi Ekow Fiifi Kobina Kweku Edem Elikem Fafali Kekeli Mawuli Senyo Yesutor Modibo Cheickna Tiémoko Chinonso
        Chidubem Chibuzor Chikamso Chiebuka Chukwudi Chukwuebuka Chukwuma Ifeanyi Onyekachi Onyebuchi Ikenna Ekene
        Kelechi Kenechukwu Somtochukwu Tochukwu Ugochukwu Uzoma Amaechi Ebube Nnamdi Chimezie Chiagozie Ebuka Emenike
        Obiora Odinaka Osita''',
    'wa u': '''Adebunmi Adedayo Adefemi Adekunle Adeniyi Adetola Adetunde Akinbunmi Akindayo Akinjide Akinkemi Akinkunle
        Akinlake Akinmide Akinsina Akinsola Akintayo Akintobi Akintola Ayobayo Ayodipo Ayokunle Ayomide Ayomola Ayoniyi
        Ayoseun Bolafemi Bolajide Bolakanmi Bolakunle Bolanike Bolasade Bolasina Bolatayo Bolatobi Bolawale Bolayemi
        Folafemi Folakanmi Folasegun Folaseun Folasina Ogunbayo Ogunbisi Ogunbunmi Ogunkunle Ogunlake Ogunnike Ogunniyi
        Oguntola Oladayo Oladele Olajide Olasade Olasegun Olaseun Olasola Olatunde Olubayo Olufemi Olujide Olulade Olumola
        Omodele Omojide Omonike Omosegun Omotayo Oyedipo Oyejide Oyekunle Oyelake Oyinbunmi Oyinfemi Oyinjide Oyinlade
        Oyinsade Oyinseun Oyinsina Tolubunmi Toludipo Tolufemi Tolujide Tolukemi Toluniyi Tolusegun Tolutayo Toluwale
        Toluwole Toluyemi''',
    'wa s': '''Asamoah Boakye Danquah Fosu Kyei Nyarko Obeng Ocran Quaye Sarpong Tetteh Yeboah Acquah Amponsah Baffour
        Dankwa Essien Gyasi Kumi Mireku Nti Oduro Pobee Sekyi Wiredu Akuffo Annan Bonsu Dadzie Eshun Gyan Kuffour Mantey
        Nkrumah Ofosu Otoo Prempeh Quartey Sackey Ampofo Anane Badu Dapaah Entsie Kusi Lartey Odoom Sarfo Twum Adomako
        Agyei Ankrah Awuah Bekoe Darkwa Fordjour Kwarteng Sidibé Tounkara Yattara Soumaré Cissokho Bassène Coly Diémé
        Sambou Djiba Opoku Antwi Frimpong Gyamfi Nkansah Ansah Agbeko Agbodjan Akakpo Amegah Okoye Nwankwo Nwabueze
        Nwafor Ezeani Ezeoke Ihejirika Iwuchukwu Mbanefo Nwaogu Ogbonna Okorie Onwuka Onyeka Ozoemena Udeh Ukaegbu Umeh
        Uzodinma Akubuike Anyanwu Azubuike Ejiofor Ekwueme''',
    # First Nations and Inuit family names (Innu, Atikamekw, Cree, Mohawk, Inuit)
    'in s': '''Wapashee Laveau Cleary Sock Sark Weetaltuk Aliqatuqa Pootoolik Qullialuk Capissisit Mamianskum Kapashesit
        Blueboy Meskino Natachequan Neacappo Nakogee Wiscutie Fireman Pash Shem Voyageur Weapenicappo Antuan Pastitshi
        Kanatuashkuss Quoquochi Lickers Loft Swamp Tehonwawenkwas Kaierahawi Skaronhiase Arihwakehte''',
    # Greek
    'gr f': '''Despoina Evanthia Magdalini Chrysanthi Kleopatra Thaleia''',
    'gr m': '''Xenofon Achilleas Grigorios Haralambos Ioakeim''',
    'gr s': '''Angelakis Angelidis Angeliou Antonakis Antonatos Antoniou Apostolakis Apostolidis Athanasatos Athanasidis
        Athanasopoulos Chatzakis Chatzatos Chatzidis Chatziou Christakis Christiou Christopoulos Dimitratos Dimitridis
        Evangelatos Evangelidis Fotakis Fotatos Fotiou Georgiatos Grigoridis Grigoriou Grigoropoulos Ioanniou Kalogakis
        Kalogatos Kalogidis Kalogiou Karalakis Karalatos Karalidis Karalopoulos Konstantinakis Konstantinatos
        Konstantinopoulos Koutsakis Koutsatos Koutsidis Koutsiou Koutsopoulos Kyriakakis Kyriakiou Lambratos Lambridis
        Lefterakis Lefteridis Lefteriou Manolatos Manolidis Manoliou Mavrakis Mavratos Mavriou Mavropoulos Michalakis
        Michalidis Michalopoulos Nikolakis Nikolatos Nikolidis Nikolopoulos Panagakis Panagatos Panagidis Panagiou
        Pantelakis Pantelidis Panteliou Pantelopoulos Petrakis Sotirakis Sotiratos Sotiridis Sotiriou Spyratos Spyridis
        Spyriou Stamatakis Stamatatos Stamatidis Stamatiou Stavrakis Stavratos Theodoratos Theodoridis Theodoriou
        Theodoropoulos Triantakis Triantatos Triantiou Triantopoulos Tsakalakis Tsakalidis Tsakaliou Tsakalopoulos
        Vasilatos Vasilidis Vasiliou Vasilopoulos Vlachatos Vlachiou Zachatos Zachidis Zachopoulos''',
    # Dutch / Flemish (some with "van")
    'nl f': '''Marloes Sanne Lieke Ineke Joke Marijke Willemijn Baukje Froukje Geertje Minke Rinske Sietske''',
    'nl m': '''Maarten Sjoerd Wouter Pieter Jeroen Bram Ruud Wim Koen Thijs Geert Dirk Jelle Siebe Tjeerd Hidde Auke Hylke''',
    'nl s': '''Dijkstra Brouwer Kuiper Bosch Veldhuis Schouten Vermeulen Hendriks Dekker Molenaar Postma Bakker Visser Smit
        Mulder Wouters Willems Janssens Peeters Maes Claes Goossens Wuyts Vandenberghe Vanderlinden Vanhove Verstraete
        Vercauteren Coppens Dewulf Desmet Verhoeven Gijsbers Terpstra Zijlstra Hoekstra Bergsma Meulenbelt Doornbos
        Hazenberg Kloosterman Ravesteijn Westerveld Zuiderveld Brinkhuis Dijkhuizen''',
    'nl van': '''Oosterhout Wijngaarden Zwieten Heerden Rijswijk Leeuwen Kampen Hoogstraten Steenbergen Valkenburg''',
}

# ---------------------------------------------------------------------------
# Places, streets, organisations, laws.  '_' stands for a space inside an entry.
CITIES = '''Trois-Rivières Saguenay Lévis Rimouski Sherbrooke Drummondville Granby Saint-Hyacinthe Shawinigan Victoriaville
    Joliette Sept-Îles Baie-Comeau Val-d'Or Amos Matane Alma Dolbeau-Mistassini Roberval Rivière-du-Loup Montmagny
    Thetford_Mines Saint-Georges Magog Cowansville Sorel-Tracy Salaberry-de-Valleyfield Vaudreuil-Dorion Mirabel
    Blainville Terrebonne Mascouche Laval Longueuil Brossard Châteauguay Gatineau Mont-Laurier Sainte-Agathe-des-Monts
    Rawdon La_Tuque Chibougamau Kuujjuaq Mashteuiatsh Wendake Kahnawake Uashat Wemotaci Chisasibi Waswanipi Nicolet
    Bécancour Louiseville Beauceville Lac-Mégantic Coaticook Montréal Pointe-Claire Dorval Westmount Côte-Saint-Luc
    Kirkland Beaconsfield Knowlton Stanstead Lennoxville Chelsea Shawville Carleton-sur-Mer New_Richmond Gaspé
    Sainte-Julie Boucherville Candiac Saint-Jérôme Sainte-Thérèse Lachute Rouyn-Noranda La_Sarre Mont-Joli Amqui
    Saint-Lambert Dollard-des-Ormeaux Pincourt Rigaud Huntingdon Ormstown Farnham Bromont Acton_Vale Plessisville'''
FOREIGN = '''Port-au-Prince Jacmel Cap-Haïtien Les_Cayes Beyrouth Zahlé Casablanca Oran Tizi_Ouzou Sfax Dakar Bamako Abidjan
    Lagos Ibadan Kumasi Lomé Accra Hanoï Hué Séoul Busan Chengdu Guangzhou Taichung Colombo Jaffna Chennai Amritsar
    Kolkata Lima Bogotá Guadalajara San_Salvador Lisbonne Ponta_Delgada Naples Palerme Athènes Thessalonique Lviv
    Cracovie Bucarest Belgrade Plovdiv Erevan Téhéran Tbilissi Utrecht Anvers Brno Debrecen Bilbao Manille'''
# (language, type, name); fr "rue des X", en "X Street"
STREETS = [tuple(x.replace('_', ' ') for x in s.split('|')) for s in '''
    fr|rue|des_Cerisiers fr|rue|du_Campanile fr|rue|de_la_Gabelle fr|rue|des_Récollets fr|chemin|du_Pont-Rouge
    fr|route|des_Quatre-Bourgeois fr|rue|Marie-Rollet fr|rue|de_l'Aqueduc fr|boulevard|des_Forges fr|rue|de_la_Fabrique
    fr|avenue|des_Ormeaux fr|rue|du_Sanctuaire fr|rue|Principale fr|rue|de_l'Église fr|chemin|du_Moulin
    fr|boulevard|des_Patriotes fr|boulevard|Wilfrid-Hamel fr|rue|Jean-Talon_Ouest fr|rue|Fleury_Est fr|rue|Hochelaga
    fr|rue|Ontario_Est fr|rue|Beaubien_Est fr|rue|Villeray fr|rue|Saint-Zotique_Est fr|avenue|De_Lorimier
    fr|rue|D'Iberville fr|rue|Frontenac fr|avenue|de_Gaspé fr|rue|Saint-Urbain fr|rue|Jeanne-Mance
    fr|rue|Notre-Dame_Ouest fr|boulevard|Gouin_Est fr|rue|des_Pionniers fr|chemin|de_la_Montagne fr|rue|des_Draveurs
    fr|rue|du_Séminaire fr|avenue|Laurier_Est fr|boulevard|des_Laurentides fr|boulevard|de_la_Concorde
    fr|rue|Sainte-Catherine_Est fr|rue|du_Plateau fr|avenue|Papineau fr|chemin|de_la_Canardière fr|avenue|Maguire
    fr|rue|Myrand fr|rue|des_Chênes fr|rang|Saint-Joseph fr|rang|du_Petit-Saint-Esprit fr|rang|Double fr|montée|Gagnon
    fr|côte|de_la_Fabrique fr|place|du_Marché fr|croissant|des_Mésanges fr|impasse|des_Hirondelles fr|rue|King_Ouest
    fr|rue|Wellington_Nord fr|boulevard|Saint-Joseph fr|rue|Laviolette fr|rue|des_Commissaires fr|chemin|Sainte-Foy
    fr|rue|Racine fr|boulevard|Talbot fr|rue|Bégin fr|rue|Cartier fr|route|Marie-Victorin fr|rang|des_Érables
    fr|chemin|des_Patriotes fr|rue|du_Couvent fr|avenue|du_Parc fr|rue|de_la_Visitation fr|rue|Saint-Vallier_Est
    en|Street|Sherbrooke|West en|Avenue|Elm en|Road|Lakeshore en|Road|Queen_Mary en|Avenue|Sunnyside
    en|Avenue|Westminster|North en|Boulevard|Cavendish en|Street|Main en|Street|Church en|Road|Mill en|Crescent|Maple
    en|Lane|Birch en|Drive|Riverside en|Avenue|Victoria en|Street|Aylmer en|Avenue|Pine|West en|Street|Prospect
    en|Road|Belvedere en|Road|Hudson en|Street|Queen en|Street|Dufferin en|Avenue|Grosvenor en|Drive|Beaurepaire
    en|Road|Lakeview en|Street|Wellington en|Avenue|Melville en|Road|Harwood en|Street|Elgin en|Road|Ridge
    en|Avenue|Claremont en|Drive|Hillcrest en|Street|Bridge en|Road|Rockland en|Avenue|Brock|South en|Lane|Willow
    en|Street|Foster en|Road|Old_Orchard en|Street|Albert en|Street|Victoria en|Road|Glen en|Avenue|Oxford
    en|Drive|Sunset en|Street|Union en|Road|Golf en|Avenue|Clarke en|Street|St._Patrick en|Court|Juniper
    '''.split()]
# French organisations carry their article: m (le), f (la), v (l'), 0 (none).
ORGS_FR = '''m|CIUSSS_de_la_Mauricie-et-du-Centre-du-Québec m|CISSS_des_Laurentides m|CISSS_de_Lanaudière m|CLSC_Lucille-Teasdale
    m|CLSC_Olivier-Guimond m|CLSC_de_Verdun m|CLSC_des_Maskoutains m|Centre_jeunesse_de_Lanaudière f|DPJ_de_l'Estrie
    m|Tribunal_administratif_du_logement m|Tribunal_administratif_du_Québec m|Tribunal_administratif_du_travail
    f|Commission_d'accès_à_l'information f|CNESST 0|Revenu_Québec f|SAAQ 0|Hydro-Québec f|Société_d'habitation_du_Québec
    v|Office_municipal_d'habitation_de_Longueuil m|Centre_de_services_scolaire_des_Navigateurs
    m|Centre_de_services_scolaire_de_la_Capitale v|École_secondaire_Jean-Baptiste-Meilleur
    v|École_primaire_Marguerite-Bourgeoys v|École_Saint-Noël-Chabanel m|Cégep_de_Sainte-Foy m|Cégep_Marie-Victorin
    f|Fondation_Jeanne-Mance m|Centre_Saint-Pierre f|Maison_Claire-Vallée v|Hôpital_Pierre-Boucher v|Hôpital_Charles-Le_Moyne
    v|Hôtel-Dieu_de_Lévis v|Institut_Philippe-Pinel m|Pavillon_Albert-Prévost m|Service_de_police_de_la_Ville_de_Sherbrooke
    f|Sûreté_du_Québec 0|Moisson_Laurentides m|Syndicat_des_cols_bleus_regroupés f|Caisse_Desjardins_de_Lévis
    f|Banque_Nationale f|Ville_de_Saguenay f|Ville_de_Terrebonne f|MRC_de_la_Matawinie m|Curateur_public_du_Québec
    m|Protecteur_du_citoyen m|Bureau_des_enquêtes_indépendantes m|Conseil_de_la_Nation_Atikamekw
    m|Conseil_des_Innus_de_Pessamit f|Société_de_transport_de_Laval f|Régie_du_bâtiment_du_Québec
    m|Centre_de_réadaptation_Marie-Enfant f|Maison_de_la_famille_Saint-Laurent m|Carrefour_jeunesse-emploi_de_Rimouski
    0|Services_Québec v|Aide_juridique_de_Trois-Rivières m|Centre_d'aide_aux_victimes_d'actes_criminels
    f|Ressource_intermédiaire_Les_Jardins-Fleuris f|Résidence_Louis-Hébert f|Clinique_médicale_Saint-Vincent
    m|Centre_communautaire_Jacques-Cartier f|Bibliothèque_Gabrielle-Roy v|Aréna_Maurice-Richard'''
ORGS_EN = '''CIUSSS_West-Central_Montreal Jewish_General_Hospital Montreal_Children's_Hospital
    Douglas_Mental_Health_University_Institute Lester_B._Pearson_School_Board English_Montreal_School_Board
    Riverside_School_Board Central_Québec_School_Board Dawson_College John_Abbott_College Vanier_College
    Batshaw_Youth_and_Family_Centres Town_of_Hudson City_of_Pointe-Claire Town_of_Mount_Royal
    St._Mary's_Hospital_Center Royal_Victoria_Hospital Lakeshore_General_Hospital Mohawk_Council_of_Kahnawake
    Cree_Health_Board Kativik_Regional_Government Sir_Wilfrid_Laurier_School_Board Champlain_College
    Queen_Elizabeth_Health_Complex Montreal_Police_Service Eastern_Townships_School_Board Bishop's_University
    Heritage_Regional_High_School Westmount_Public_Library Agence_du_revenu_du_Canada Service_Canada
    Shield_of_Athena_Family_Services Tenants'_Association_of_Park_Extension Youth_Protection_Services
    Victoria_Hall_Community_Centre Jeffery_Hale_Hospital Wendake_Health_Centre Macdonald_High_School
    St._Thomas_High_School Chateauguay_Valley_Career_Education_Centre Centre_Saint-Pierre Fondation_Jeanne-Mance'''
LAWS_FR = '''art._12_LSSSS article_38_de_la_Loi_sur_la_protection_de_la_jeunesse art._53_de_la_Loi_sur_l'accès
    article_1974_C.c.Q. art._1863_du_Code_civil_du_Québec article_9_de_la_Charte_des_droits_et_libertés_de_la_personne
    art._47_de_la_Loi_sur_les_normes_du_travail Loi_25 art._19_LSST article_88_de_la_Loi_sur_l'accès art._32_LPJ
    article_1971_C.c.Q. art._124_de_la_Loi_sur_les_normes_du_travail article_59_de_la_Loi_sur_l'accès
    art._19_LSSSS article_17_de_la_Charte_de_la_langue_française art._1912_C.c.Q. article_91_LPJ art._2_LATMP
    article_28_LATMP art._35_de_la_Loi_sur_la_protection_des_renseignements_personnels_dans_le_secteur_privé
    article_1936_C.c.Q. art._72.1_LPJ article_4_de_la_Charte_des_droits_et_libertés_de_la_personne art._118_LSSSS
    article_67_de_la_Loi_sur_l'accès art._1910_C.c.Q. article_15_LSST'''
LAWS_EN = '''s._7_of_the_Charter section_19_of_the_Act_respecting_health_services_and_social_services s._38_YPA Bill_96
    article_1974_C.C.Q. section_53_of_the_Access_Act s._810_of_the_Criminal_Code section_124_of_the_Act_respecting_labour_standards
    s._9_of_the_Québec_Charter section_83_of_the_Access_Act s._32_of_the_Youth_Protection_Act article_1863_C.C.Q.
    s._15_of_the_Charter Law_25 section_2_of_the_Act_respecting_occupational_health_and_safety s._8_of_the_Charter
    section_59_of_the_Access_Act article_1910_C.C.Q. s._39_YPA section_17_of_the_Act_respecting_health_services_and_social_services
    article_1936_C.C.Q. s._264_of_the_Criminal_Code section_79_of_the_Act_respecting_labour_standards s._10_of_the_Québec_Charter'''
DOMAINS = '''gmail.com hotmail.com videotron.ca outlook.com yahoo.ca icloud.com sympatico.ca cgocable.ca globetrotter.net
    live.ca protonmail.com hotmail.fr bell.net cooptel.qc.ca tlb.sympatico.ca mail.com'''
WORK_DOMAINS = '''ssss.gouv.qc.ca cssdn.gouv.qc.ca ville.saguenay.qc.ca tal.gouv.qc.ca lbpearson.ca emsb.qc.ca
    cegepsth.qc.ca ville.terrebonne.qc.ca omhl.qc.ca johnabbott.qc.ca cnesst.gouv.qc.ca rimouski.ca'''

# ---------------------------------------------------------------------------
# Ordinary sentences (kind content), one per line, by language and office.
CONTENT = {
 ('fr', 'social'): '''L'usager se présente calme et collaborant, le discours est cohérent.
Nous avons revu ensemble le plan d'intervention et les objectifs fixés à la dernière rencontre.
La mère rapporte que les nuits sont plus difficiles depuis la fin des classes.
Aucun signe de négligence n'a été observé lors de la visite à domicile.
Le logement est propre, le réfrigérateur est bien garni et les enfants semblent à l'aise.
Il exprime de l'inquiétude quant à sa situation financière et à ses dettes de loyer.
Une référence vers les services en santé mentale sera faite si la situation se maintient.
Elle mentionne dormir peu et manger de façon irrégulière.
Le suivi se poursuit aux deux semaines selon l'entente convenue.
Les démarches pour obtenir de l'aide alimentaire sont en cours.
Nous avons discuté des moyens de gérer la colère lors des visites supervisées.
La rencontre s'est déroulée dans un climat respectueux.
Il accepte de signer le consentement pour l'échange d'information.
Le plan de sécurité a été révisé et remis en main propre.
Les enfants fréquentent la garderie trois jours par semaine.
La situation demeure fragile mais stable pour le moment.
Elle dit avoir repris contact avec son réseau depuis quelques semaines.
Le père ne s'est pas présenté à la visite prévue.
Nous avons convenu d'un appel de suivi en fin de semaine.
Les règles de la maison ont été rediscutées avec l'adolescent.
La famille souhaite obtenir un logement plus grand.
Il reconnaît avoir haussé le ton mais nie toute violence physique.''',
 ('fr', 'health'): '''Pansement refait, la plaie est propre et ne présente aucun signe d'infection.
Les signes vitaux sont dans les limites de la normale.
La médication a été ajustée par le médecin traitant la semaine dernière.
Enseignement fait sur la prise de la glycémie et la tenue du carnet.
Elle se dit moins essoufflée à l'effort qu'à la visite précédente.
Prochaine visite prévue dans dix jours, plus tôt au besoin.
Le proche aidant semble épuisé et une demande de répit sera discutée en équipe.
Aucune chute n'est rapportée depuis la dernière visite.
Les bas de compression sont bien tolérés.
Il refuse pour l'instant l'installation de barres d'appui dans la salle de bain.
La douleur est évaluée à trois sur dix au repos.
Le pilulier de la semaine est bien rempli.
Les pieds ont été examinés et aucune lésion n'est présente.
La toux a diminué depuis le début des antibiotiques.
Il oublie parfois ses doses du soir selon sa conjointe.
Elle marche avec sa marchette sans difficulté apparente.
La prise de sang est prévue à jeun la semaine prochaine.''',
 ('fr', 'school'): '''Les élèves jouaient au ballon près de la clôture au moment des faits.
La surveillante est intervenue rapidement pour séparer les deux élèves.
Les parents ont été informés par téléphone le jour même.
Une réflexion écrite sera demandée avant le retour en classe.
L'élève a été accompagné à l'infirmerie pour une petite égratignure.
La direction rappelle que les cellulaires sont interdits pendant les cours.
Une rencontre avec la technicienne en éducation spécialisée est prévue.
Aucun objet dangereux n'a été trouvé dans le casier.
Le groupe a repris l'activité normalement après la récréation.
Le comportement sera suivi au moyen d'une feuille de route quotidienne.
Les témoins ont donné des versions semblables des événements.
Un retrait de la cour d'école pendant deux jours a été décidé.
L'élève reconnaît avoir mal agi et s'est excusé.
La cloche avait sonné depuis quelques minutes.
Les élèves ont été rencontrés séparément par la direction.
Un message sera envoyé à toutes les familles du groupe.
Le transport scolaire sera informé de la situation.''',
 ('fr', 'municipal'): '''Le conseil prend acte du dépôt de la pétition.
La séance est ouverte à l'heure prévue et le quorum est constaté.
Il est proposé, appuyé et résolu à l'unanimité d'adopter l'ordre du jour.
Le citoyen se plaint du bruit causé par les travaux de nuit.
Elle demande quand le trottoir sera réparé devant l'école.
La question sera étudiée par le service des travaux publics.
Une citoyenne s'inquiète de la vitesse des automobilistes dans son secteur.
Le règlement d'emprunt est adopté sans modification.
La période de questions est close.
Le conseil remercie les bénévoles de la fête de quartier.
Le déneigement des rues secondaires sera revu l'hiver prochain.
Un avis de motion est donné pour modifier le règlement de zonage.
Le rapport financier de l'exercice est déposé.
Les travaux de pavage sont reportés au printemps.
Une consultation publique sera tenue avant l'adoption finale.
Le citoyen dénonce l'état du parc et des modules de jeux.
Le conseil accorde une aide financière à l'organisme communautaire.''',
 ('fr', 'housing'): '''La locataire allègue que le chauffage ne fonctionne pas depuis plusieurs semaines.
Le locateur soutient que le loyer n'a pas été payé à la date prévue.
Des photos de moisissures ont été déposées en preuve.
La preuve est jugée suffisante pour accorder la résiliation du bail.
Les parties ont été entendues et l'affaire est prise en délibéré.
Aucune entente n'a pu être conclue lors de la conciliation.
Le témoin affirme avoir avisé le concierge à plusieurs reprises.
Le bail a été reconduit aux mêmes conditions.
La demande de diminution de loyer est accueillie en partie.
Le locataire s'engage à laisser l'accès au logement pour les réparations.
Les infiltrations d'eau touchent la chambre et la salle de bain.
Le logement est infesté de punaises de lit selon la locataire.
Le locateur affirme avoir fait appel à un exterminateur.
Le compteur électrique n'est pas au nom de la locataire.
La preuve ne démontre pas que l'avis a été reçu à temps.
Le Tribunal ordonne l'exécution des travaux dans un délai raisonnable.''',
 ('fr', 'police'): '''L'appelante est en pleurs et parle très vite.
Les policiers se rendent sur les lieux en priorité deux.
L'appelant dit entendre des cris provenant du logement voisin.
Aucune arme n'a été vue selon le témoin.
Le suspect aurait quitté à pied en direction du parc.
Les ambulanciers sont demandés en renfort.
L'appelante reste en ligne jusqu'à l'arrivée des patrouilleurs.
Le véhicule est décrit comme une berline grise aux vitres teintées.
Les lieux sont sécurisés et aucun blessé n'est signalé.
La porte arrière semble avoir été forcée.
Le chien est enfermé dans la cour et ne présente pas de danger.
Le témoin dit avoir entendu une vitre se briser.
L'appelant refuse de donner plus de détails.
Une odeur de fumée est signalée dans le corridor.
La victime est consciente et respire normalement.
Le véhicule a quitté le stationnement en direction de l'autoroute.''',
 ('fr', 'hr'): '''Le salarié conteste la mesure disciplinaire imposée à la suite de l'incident.
Le syndicat demande le retrait de la lettre au dossier.
L'employeur maintient que la procédure a été respectée.
Les parties conviennent de se revoir avant l'arbitrage.
La rencontre a eu lieu en présence d'une représentante syndicale.
Le grief porte sur l'attribution des heures supplémentaires.
Une enquête interne a été ouverte pour clarifier les faits.
La salariée affirme ne pas avoir reçu l'horaire à temps.
Les versions des témoins divergent sur l'heure de l'échange.
Le retour progressif au travail sera discuté avec le médecin désigné.
Le poste a été affiché à l'interne pendant deux semaines.
La salariée demande un accommodement pour des raisons familiales.
Les absences ont été justifiées par un billet médical.
Le gestionnaire reconnaît un manque de communication.
Les parties ont signé une entente de confidentialité.''',
 ('fr', 'access'): '''La demande vise l'ensemble des rapports d'inspection de l'année.
Un accusé de réception a été transmis au demandeur.
Certains renseignements ont été masqués conformément à la loi.
Le délai de traitement a été prolongé de dix jours.
Les documents ont été transmis par courriel en format numérique.
La demande est refusée en partie.
Aucun document ne correspond à la demande.
Le demandeur a été informé de son droit de révision.
Les tiers concernés ont été avisés avant la communication.
Le document demandé relève d'un autre organisme public.
Les extraits pertinents seront transmis sous pli confidentiel.
Des frais de reproduction pourraient s'appliquer.
La demande a été précisée à la suite d'un échange téléphonique.''',
 ('fr', 'court'): '''Le Tribunal a examiné la preuve documentaire et entendu les témoins.
La partie demanderesse n'a pas démontré le bien-fondé de sa réclamation.
Le Tribunal retient la version de la travailleuse, jugée crédible et constante.
Pour ces motifs, le recours est rejeté.
Les frais de justice sont à la charge de la partie défenderesse.
Il n'y a pas lieu d'intervenir sur ce point.
La preuve médicale au dossier ne permet pas de conclure à une rechute.
Les conclusions recherchées sont accordées en partie.
Le témoignage de l'employeur est imprécis sur plusieurs points.
La requête en irrecevabilité est rejetée.
Le délai de contestation a été respecté.
Le Tribunal ne peut retenir cette prétention.''',
 ('fr', 'office'): '''Merci de me revenir dès que possible.
Je reste disponible pour toute question.
Bonne fin de journée à tous.
Le dossier sera fermé si aucun suivi n'est requis.
Je vous transmets les informations demandées.
Désolée pour le délai de réponse.
On en reparle à la prochaine rencontre d'équipe.
Je mets la direction en copie pour information.
Le document corrigé est en pièce jointe.
Je serai absente demain en avant-midi.
Voici le lien vers le formulaire mis à jour.
La salle est réservée pour toute la matinée.
Merci de confirmer votre présence.
Je vous reviens dès que j'ai des nouvelles.
Le système sera en maintenance ce soir.''',
 ('en', 'social'): '''The client presented as calm and cooperative, and his speech was coherent.
We reviewed the intervention plan and the goals set at the last meeting.
The mother reports that nights have been harder since school ended.
No sign of neglect was observed during the home visit.
The apartment is clean, the fridge is stocked and the children seem at ease.
He expressed worry about his finances and his rent arrears.
A referral to mental health services will be made if the situation persists.
She says she sleeps little and eats irregularly.
Follow-up continues every two weeks as agreed.
The application for food assistance is in progress.
We discussed ways to manage anger during supervised visits.
The meeting took place in a respectful climate.
He agreed to sign the consent for the exchange of information.
The safety plan was reviewed and handed over in person.
The situation remains fragile but stable for now.
She says she has reconnected with friends in the last few weeks.
The father did not show up for the scheduled visit.
We agreed on a follow-up call at the end of the week.
House rules were discussed again with the teenager.
The family would like to find a larger apartment.
He admits raising his voice but denies any physical violence.''',
 ('en', 'health'): '''Dressing changed, the wound is clean with no sign of infection.
Vital signs are within normal limits.
Medication was adjusted by the attending physician last week.
Teaching was done on blood sugar testing and keeping the logbook.
She reports being less short of breath on exertion.
Next visit planned in ten days, sooner if needed.
The caregiver seems exhausted and respite will be discussed with the team.
No falls reported since the last visit.
Compression stockings are well tolerated.
He declines grab bars in the bathroom for now.
Pain is rated three out of ten at rest.
The feet were examined and there is no lesion.
The cough has decreased since starting antibiotics.
According to his partner, he sometimes forgets his evening doses.
She walks with her walker without apparent difficulty.
Fasting blood work is planned for next week.''',
 ('en', 'school'): '''The students were playing ball near the fence when it happened.
The lunch monitor stepped in quickly to separate the two students.
Parents were informed by phone the same day.
A written reflection will be required before returning to class.
The student was taken to the nurse for a small scratch.
The administration reminds everyone that phones are not allowed during class.
A meeting with the special education technician is planned.
Nothing dangerous was found in the locker.
The group resumed the activity normally after recess.
Behaviour will be monitored with a daily checklist.
The witnesses gave similar accounts of the events.
The student admitted to the behaviour and apologized.
The bell had rung a few minutes earlier.
The students were met separately by the administration.
A message will be sent to all families in the class.
The bus driver will be informed of the situation.''',
 ('en', 'municipal'): '''Council acknowledges receipt of the petition.
The meeting is called to order and quorum is confirmed.
It is moved, seconded and carried unanimously to adopt the agenda.
The resident complains about noise from overnight roadwork.
She asks when the sidewalk in front of the school will be repaired.
The question will be referred to the public works department.
A resident is worried about speeding in her neighbourhood.
The borrowing by-law is adopted without amendment.
Question period is closed.
Council thanks the volunteers of the neighbourhood party.
Snow removal on side streets will be reviewed next winter.
The financial report for the year is tabled.
Paving work is postponed until spring.
A public consultation will be held before final adoption.
The resident criticizes the state of the park and play structures.
Council grants financial assistance to the community organization.''',
 ('en', 'housing'): '''The tenant alleges that the heating has not worked for several weeks.
The landlord maintains that the rent was not paid on the due date.
Photos of mould were filed as evidence.
The evidence is sufficient to grant the cancellation of the lease.
The parties were heard and the matter was taken under advisement.
No agreement could be reached in conciliation.
The witness states that she notified the janitor several times.
The lease was renewed on the same terms.
The application for a rent reduction is granted in part.
The tenant agrees to give access to the unit for repairs.
According to the tenant, the unit is infested with bed bugs.
The landlord states that an exterminator was called.
The electricity meter is not in the tenant's name.
The evidence does not show that the notice was received on time.
The Tribunal orders the work to be done within a reasonable delay.''',
 ('en', 'police'): '''The caller is crying and speaking very fast.
Officers are dispatched as priority two.
The caller says he hears screaming from the next apartment.
According to the witness, no weapon was seen.
The suspect reportedly left on foot toward the park.
Paramedics are requested as backup.
The caller stays on the line until the patrol car arrives.
The vehicle is described as a grey sedan with tinted windows.
The scene is secured and no injuries are reported.
The back door appears to have been forced.
The witness says she heard a window break.
The caller refuses to give more details.
A smell of smoke is reported in the hallway.
The victim is conscious and breathing normally.
The vehicle left the parking lot heading toward the highway.''',
 ('en', 'it'): '''The user cannot log in since the password change.
The issue was reproduced on a second workstation.
Clearing the browser cache did not solve the problem.
The printer on the third floor shows a paper jam error.
The laptop was reimaged and returned to the user.
Please restart the computer and try again.
The account was locked after too many failed attempts.
The request was escalated to the network team.
The shared drive is mapped correctly now.
Closing the ticket since the user confirmed it works.
Remote session opened with the user's permission.
The VPN disconnects every few minutes.
A new toner cartridge was installed.
The user was shown how to reset the password.
The monitor flickers when the laptop is docked.
Outlook keeps asking for credentials.''',
 ('en', 'hr'): '''The employee contests the disciplinary measure imposed after the incident.
The union asks that the letter be removed from the file.
The employer maintains that the procedure was followed.
The parties agree to meet again before arbitration.
The meeting took place in the presence of a union representative.
The grievance concerns the allocation of overtime.
An internal investigation was opened to clarify the facts.
The employee says she did not receive the schedule on time.
The gradual return to work will be discussed with the designated physician.
The position was posted internally for two weeks.
The employee requests an accommodation for family reasons.
The absences were supported by a medical note.
The manager acknowledges a lack of communication.
The parties signed a confidentiality agreement.''',
 ('en', 'access'): '''The request covers all inspection reports for the year.
An acknowledgement of receipt was sent to the applicant.
Some information was redacted in accordance with the law.
The processing time was extended by ten days.
The documents were sent by email in digital format.
The request is denied in part.
No document matches the request.
The applicant was informed of the right to a review.
The requested document falls under another public body.
The relevant excerpts will be sent under confidential cover.
Copying fees may apply.
The request was clarified after a phone call.''',
 ('en', 'court'): '''The Tribunal reviewed the documentary evidence and heard the witnesses.
The applicant did not establish the merits of the claim.
The Tribunal accepts the worker's account, which it finds credible and consistent.
For these reasons, the application is dismissed.
Legal costs are borne by the respondent.
There is no reason to intervene on this point.
The medical evidence on file does not support a relapse.
The conclusions sought are granted in part.
The employer's testimony is vague on several points.
The motion to dismiss is rejected.
The time limit to contest was respected.
The Tribunal cannot accept this argument.''',
 ('en', 'office'): '''Please get back to me as soon as possible.
Let me know if you have any questions.
Have a good evening, everyone.
The file will be closed if no follow-up is needed.
Please find the requested information below.
Sorry for the late reply.
We can discuss it at the next team meeting.
I am copying the manager for information.
The corrected document is attached.
I will be out tomorrow morning.
Here is the link to the updated form.
The room is booked for the whole morning.
Please confirm your attendance.
I will get back to you as soon as I hear anything.
The system will be down for maintenance tonight.''',
}


def _entries(s):
    return [w.replace('_', ' ') for w in s.split()]


MONTHS = {'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
          'en': 'January February March April May June July August September October November December'.split()}
MON3 = 'Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.'.split()
AREA = '514 438 450 579 418 581 367 819 873 354 263'.split()
TOLL = '800 888 877 866 855 844 833'.split()
PC_LET = 'ABCEGHJKLMNPRSTVWXYZ'

ORIGIN_W = [('qc', 30), ('en', 12), ('ht', 7), ('ar', 8), ('fa', 4), ('vi', 3), ('zh', 5), ('ko', 3), ('sa', 7),
            ('la', 3), ('it', 2), ('pt', 3), ('ee', 6), ('wa', 5), ('in', 2), ('gr', 2), ('nl', 1)]


class Pools:
    """The half (W or H) of every pool."""

    def __init__(self, mode):
        self.mode = mode
        keep = lambda lst: [x for x in lst if half_of(x) == mode]
        self.names = {k: keep(words(v)) for k, v in NAMES.items()}
        self.cities = keep(_entries(CITIES))
        self.foreign = keep(_entries(FOREIGN))
        self.streets = {l: [s for s in STREETS if s[0] == l and half_of(' '.join(s[1:])) == mode] for l in ('fr', 'en')}
        self.org_art = {}
        for e in _entries(ORGS_FR):
            a, o = e.split('|')
            self.org_art[o] = a
        self.orgs = {'fr': keep(list(self.org_art)), 'en': keep(_entries(ORGS_EN))}
        self.laws = {'fr': keep(_entries(LAWS_FR)), 'en': keep(_entries(LAWS_EN))}
        self.domains = keep(words(DOMAINS))
        self.work_domains = keep(words(WORK_DOMAINS))
        self.content = {k: keep([x.strip() for x in v.strip().split('\n')]) for k, v in CONTENT.items()}


def all_name_parts():
    out = {}
    for k, v in NAMES.items():
        for w in words(v):
            out.setdefault(w, k)
    return out


class Person:
    def __init__(self, given, surname, gender, origin, middle='', sfirst=False):
        self.given, self.surname, self.gender, self.origin = given, surname, gender, origin
        self.middle, self.sfirst = middle, sfirst
        self.dob = None

    def form(self, f):
        g, s = self.given, self.surname
        if f == 'first':
            return g
        if f == 'last':
            return s
        if f == 'firstlow':
            return g.lower()
        if f == 'lastup':
            return s.upper()
        if f == 'lastlow':
            return s.lower()
        if f == 'init':
            ini = '-'.join(x[0] + '.' for x in g.split('-'))
            return ini + ' ' + s
        full = (s + ' ' + (self.middle + ' ' if self.middle else '') + g) if self.sfirst else (g + ' ' + s)
        if f == 'full':
            return full
        if f == 'up':
            return full.upper()
        if f == 'low':
            return full.lower()
        raise ValueError(f)


def ascii_letters(s):
    return ''.join(c for c in fold(s) if 'a' <= c <= 'z')


VOWELS = 'AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜaeiouyàâäéèêëîïôöûü'


class Doc:
    SLOT = re.compile(r'⟦(\w+)(?::(\w+))?⟧')

    def __init__(self, lang):
        self.lang = lang
        self.parts = []
        self.n = 0
        self.used = set()

    def add(self, text, kind=None, typ=None):
        if text:
            self.parts.append((text, kind, typ))
            self.n += len(text)

    def t(self, s):
        self.add(s)

    def c(self, s):
        self.add(s, 'content', 'CONTENT')

    def item(self, v, form=None):
        if isinstance(v, Person):
            self.add(v.form(form or 'full'), 'pii', 'PERSON')
        elif isinstance(v, tuple):
            self.add(v[2], v[0], v[1])
        elif isinstance(v, list):
            for x in v:
                self.item(x)
        else:
            self.add(str(v))

    ELIDE = re.compile(r"(?:^|(?<=[\s(«]))([Dd]e|[Qq]ue|[Jj]usque) $")

    def f(self, tpl, **kw):
        pos = 0
        for m in self.SLOT.finditer(tpl):
            lit = tpl[pos:m.start()]
            v, form = kw[m.group(1)], m.group(2)
            if self.lang == 'fr':
                head = ''
                if isinstance(v, Person):
                    head = v.surname if form in ('rev', 'revup') else v.form(form or 'full')
                elif isinstance(v, tuple) and v[1] == 'PLACE':
                    head = v[2]
                if head and head[0] in VOWELS and self.ELIDE.search(lit):
                    lit = lit[:-2] + "'"
            self.t(lit)
            if isinstance(v, Person) and form in ('rev', 'revup'):
                self.add(v.surname.upper() if form == 'revup' else v.surname, 'pii', 'PERSON')
                self.t(', ')
                self.add(v.given, 'pii', 'PERSON')
            else:
                self.item(v, form)
            pos = m.end()
            if self.parts and self.parts[-1][0].endswith('.') and tpl[pos:pos + 1] == '.':
                pos += 1
        self.t(tpl[pos:])

    def build(self):
        text = ''.join(p[0] for p in self.parts)
        spans, b = [], 0
        for s, kind, typ in self.parts:
            n = len(s.encode('utf-8'))
            if kind:
                spans.append({'start': b, 'end': b + n, 'kind': kind, 'type': typ, '_s': s})
            b += n
        return text, spans


class Gen:
    def __init__(self, pools, rng, lang):
        self.P, self.r, self.lang = pools, rng, lang
        self.used = set()
        self.dom = 'office'
        y = rng.randint(2022, 2025)
        self.base = (y, rng.randint(1, 12), rng.randint(1, 28))

    # -- choice helpers -------------------------------------------------
    def pick(self, lst):
        return lst[self.r.randrange(len(lst))]

    def chance(self, p):
        return self.r.random() < p

    def fresh(self, lst, tag):
        """An entry of lst not yet used in this document when possible."""
        cand = [x for x in lst if (tag, x) not in self.used] or lst
        x = self.pick(cand)
        self.used.add((tag, x))
        return x

    def names(self, *keys):
        out = []
        for k in keys:
            out += self.P.names.get(k, [])
        return out

    # -- persons ----------------------------------------------------------
    def given(self, origin, gender):
        keys = {'in': ['qc ' + gender, 'en ' + gender]}.get(origin, [origin + ' ' + gender, origin + ' u'])
        lst = self.names(*keys) or self.names('qc ' + gender, 'en ' + gender)
        return self.fresh(lst, 'g')

    def surname(self, origin, gender):
        r = self.r
        if origin == 'qc':
            x = r.random()
            if x < 0.12 and self.names('qc w'):
                return self.fresh(self.names('qc w'), 's')
            if x < 0.17 and self.names('qc de'):
                return 'de ' + self.fresh(self.names('qc de'), 's')
            s = self.fresh(self.names('qc s'), 's')
            if r.random() < 0.12:
                s2 = self.fresh(self.names('qc s'), 's')
                if ' ' not in s2 and s2 != s:
                    s = s + '-' + s2
            return s
        if origin == 'en':
            if r.random() < 0.14 and self.names('en w'):
                return self.fresh(self.names('en w'), 's')
            return self.fresh(self.names('en s'), 's')
        if origin == 'ar' and r.random() < 0.15 and self.names('ar ben'):
            return 'Ben ' + self.fresh(self.names('ar ben'), 's')
        if origin == 'nl' and r.random() < 0.35 and self.names('nl van'):
            return 'van ' + self.fresh(self.names('nl van'), 's')
        if origin == 'ee':
            lst = self.names('ee s' + gender, 'ee s')
            return self.fresh(lst, 's')
        if origin == 'wa':
            return self.fresh(self.names('wa s', 'wa u'), 's')
        lst = self.names(origin + ' s') or self.names('qc s')
        return self.fresh(lst, 's')

    def person(self, origin=None, gender=None):
        r = self.r
        if origin is None:
            tot = sum(w for _, w in ORIGIN_W)
            x = r.uniform(0, tot)
            for o, w in ORIGIN_W:
                x -= w
                if x <= 0:
                    origin = o
                    break
            else:
                origin = 'qc'
        gender = gender or r.choice('fm')
        g = self.given(origin, gender)
        if origin == 'qc' and r.random() < 0.28:
            heads = [h for h in ('Marie', 'Anne', 'Ève') if h in self.P.names['qc f']] if gender == 'f' else \
                [h for h in ('Jean', 'Louis', 'Pierre', 'Marc', 'Philippe') if h in self.P.names['qc m']]
            other = self.given('qc', gender)
            if heads and r.random() < 0.6 and other not in heads:
                g = r.choice(heads) + '-' + other
            elif other != g:
                g = g + '-' + other
        elif origin == 'ht' and r.random() < 0.2:
            h = 'Marie' if gender == 'f' else 'Jean'
            if h in self.P.names['qc ' + gender]:
                g = h + '-' + g
        sorigin = origin
        if r.random() < 0.12:
            sorigin = r.choice(['qc', 'en', 'ht', 'ar', 'ee', 'it', 'sa', 'wa', 'la'])
        s = self.surname(sorigin, gender)
        middle, sfirst = '', False
        if origin == 'vi' and sorigin == 'vi':
            mids = self.names('vi mid')
            want = 'Thị' if gender == 'f' else 'Văn'
            if want in mids and r.random() < 0.8:
                middle = want
            sfirst = r.random() < 0.6
            if not sfirst and middle:
                g = middle + ' ' + g
                middle = ''
        elif origin in ('zh', 'ko') and sorigin == origin and r.random() < 0.15:
            sfirst = True
        return Person(g, s, gender, origin, middle, sfirst)

    def kin(self, p, gender=None):
        """A relative of p: same origin and, when its form fits the gender, the same surname."""
        k = self.person(p.origin if p.origin != 'in' else 'in', gender)
        sf, sm = set(self.names('ee sf')), set(self.names('ee sm'))
        last = p.surname.split('-')[-1]
        if not ((last in sf and k.gender == 'm') or (last in sm and k.gender == 'f')):
            k.surname = p.surname
            if p.origin == 'vi':
                k.sfirst = p.sfirst
        return k

    # -- dates ------------------------------------------------------------
    def ymd(self, lo=-400, hi=60):
        import datetime
        d = datetime.date(*self.base) + datetime.timedelta(days=self.r.randint(lo, hi))
        return d.year, d.month, d.day

    def fmt_date(self, y, m, d, lang=None, style=None):
        lang = lang or self.lang
        r = self.r
        if style is None:
            style = r.choice(['long', 'long', 'iso', 'iso', 'slash', 'dash', 'abbr'] if lang == 'en' else
                             ['long', 'long', 'long', 'iso', 'iso', 'slash', 'dash', 'dot'])
        mo = MONTHS[lang][m - 1]
        if style == 'long':
            if lang == 'fr':
                return ('1er' if d == 1 else str(d)) + ' ' + mo + ' ' + str(y)
            return (mo + ' %d, %d' % (d, y)) if r.random() < 0.7 else ('%d %s %d' % (d, mo, y))
        if style == 'abbr':
            return '%s %d, %d' % (MON3[m - 1], d, y)
        if style == 'iso':
            return '%04d-%02d-%02d' % (y, m, d)
        if style == 'slash':
            return ('%02d/%02d/%04d' % (m, d, y)) if (lang == 'en' and r.random() < 0.5) else ('%02d/%02d/%04d' % (d, m, y))
        if style == 'dash':
            return '%02d-%02d-%04d' % (d, m, y)
        return '%02d.%02d.%04d' % (d, m, y)

    def date(self, lo=-400, hi=60, style=None):
        return ('decoy', 'DATE', self.fmt_date(*self.ymd(lo, hi), style=style))

    def dob_of(self, p):
        if p.dob is None:
            r = self.r
            p.dob = (r.randint(1936, 2012), r.randint(1, 12), r.randint(1, 28))
        return p.dob

    def dob(self, p, style=None):
        return ('pii', 'DOB', self.fmt_date(*self.dob_of(p), style=style))

    def month(self):
        return ('decoy', 'MONTH', self.pick(MONTHS[self.lang]))

    def year(self, lo=1990, hi=2025):
        return ('decoy', 'YEAR', str(self.r.randint(lo, hi)))

    def time(self):
        r = self.r
        h, m = r.randint(7, 21), r.choice([0, 0, 5, 10, 15, 20, 30, 30, 40, 45, 50, 55])
        if self.lang == 'fr':
            s = r.choice(['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%02d:%02d' % (h, m)]) if m else \
                r.choice(['%d h' % h, '%dh' % h, '%d h 00' % h])
        else:
            hh = h if h <= 12 else h - 12
            s = r.choice(['%d:%02d %s' % (hh, m, 'a.m.' if h < 12 else 'p.m.'), '%d:%02d %s' % (hh, m, 'AM' if h < 12 else 'PM'),
                          '%02d:%02d' % (h, m)])
        return ('decoy', 'TIME', s)

    def clock(self):
        """hh:mm for chat and log prefixes (decoy TIME)."""
        return ('decoy', 'TIME', '%02d:%02d' % (self.r.randint(7, 22), self.r.randint(0, 59)))

    def amount(self, lo=20, hi=5000):
        r = self.r
        v = r.randint(lo, hi)
        cents = r.random() < 0.5
        c = r.randint(0, 99)
        if self.lang == 'fr':
            s = '{:,}'.format(v).replace(',', '\u00a0' if r.random() < 0.3 else ' ')
            s = s + (',%02d' % c if cents else '') + ' $'
        else:
            s = '$' + '{:,}'.format(v) + ('.%02d' % c if cents else '')
        return ('decoy', 'AMOUNT', s)

    # -- identifiers --------------------------------------------------------
    def digits(self, n):
        return ''.join(str(self.r.randint(0, 9)) for _ in range(n))

    def phone(self):
        r = self.r
        a, b, c = self.pick(AREA), str(r.randint(2, 9)) + self.digits(2), self.digits(4)
        s = r.choice(['%s %s-%s', '(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '1-%s-%s-%s', '%s%s%s',
                      '%s %s %s', '+1 (%s) %s-%s', '%s-%s-%s']) % (a, b, c)
        return ('pii', 'PHONE', s)

    def ext(self):
        return self.digits(self.r.choice([3, 4, 4, 5]))

    def tollfree(self):
        r = self.r
        a, b, c = self.pick(TOLL), str(r.randint(2, 9)) + self.digits(2), self.digits(4)
        s = r.choice(['1 %s %s-%s', '1-%s-%s-%s', '1 (%s) %s-%s', '%s-%s-%s', '1 %s %s %s']) % (a, b, c)
        return ('decoy', 'TOLLFREE', s)

    def email(self, p, work=False):
        r = self.r
        g = ascii_letters(p.given.split('-')[0].split(' ')[-1]) or 'x'
        s = ascii_letters(p.surname.split(' ')[-1]) or 'y'
        if work and self.P.work_domains:
            local = r.choice(['%s.%s' % (g, s), '%s.%s' % (g, s), '%s%s' % (g[0], s)])
            dom = self.pick(self.P.work_domains)
        else:
            local = r.choice(['%s.%s' % (g, s), '%s%s' % (g[0], s), '%s.%s' % (s, g), '%s%s%02d' % (g, s, r.randint(1, 99)),
                              '%s_%s' % (g, s[0]), '%s.%s%d' % (g[0], s, r.randint(1, 9)), '%s%s' % (g, s[:4])])
            dom = self.pick(self.P.domains or ['gmail.com'])
        return ('pii', 'EMAIL', local + '@' + dom)

    def postal(self):
        r = self.r
        s = r.choice('GGHHHJJJ') + str(r.randint(0, 9)) + r.choice(PC_LET) + ' ' + str(r.randint(0, 9)) + \
            r.choice(PC_LET) + str(r.randint(0, 9))
        if r.random() < 0.2:
            s = s.replace(' ', '')
        return ('pii', 'POSTAL_CODE', s)

    def street_parts(self, lang=None):
        lang = lang or self.lang
        lst = self.P.streets[lang] or self.P.streets['fr' if lang == 'en' else 'en']
        return self.fresh(lst, 'st')

    def street_name(self, st):
        if st[0] == 'fr':
            return st[1] + ' ' + st[2]
        return st[2] + ' ' + st[1] + (' ' + st[3] if len(st) > 3 else '')

    def street(self, lang=None):
        return ('decoy', 'STREET', self.street_name(self.street_parts(lang)))

    def civic(self):
        r = self.r
        return str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 12999)]))

    def address(self, lang=None, city=True, postal=True, sep=', ', rural=None):
        """[ADDRESS, ', ', city, ' (Québec) ', POSTAL_CODE] pieces."""
        r = self.r
        lang = lang or self.lang
        st = self.street_parts(lang)
        num = self.civic()
        stn = self.street_name(st)
        if st[0] == 'fr':
            core = r.choice(['%s, %s', '%s %s', '%s, %s']) % (num, stn)
        else:
            core = '%s %s' % (num, stn)
        u = r.random()
        if u < 0.15:
            core = '%d-%s' % (r.randint(1, 12) * 100 + r.randint(1, 12), core)
        elif u < 0.35:
            unit = r.choice(['app. %d', 'app. %d', '#%d', 'bureau %d', 'logement %d'] if st[0] == 'fr' else
                            ['Apt. %d', 'Unit %d', '#%d', 'Suite %d'])
            core = core + r.choice([', ', ' ']) + unit % r.randint(1, 420)
        if st[0] == 'en' and st[1] == 'Road' and u >= 0.35 and (rural or (rural is None and r.random() < 0.25)):
            core = 'R.R. %d, %s' % (r.randint(1, 6), core)
        out = [('pii', 'ADDRESS', core)]
        if city:
            c = self.pick(self.P.cities or ['Laval'])
            out += [sep, c]
            if postal:
                out += [r.choice([' (Québec) ', ' (QC) ', ', QC ', ' QC  ', ' ']), self.postal()]
        elif postal:
            out += [sep, self.postal()]
        return out

    def nas(self):
        r = self.r
        d = str(r.choice([1, 2, 2, 3, 4, 5, 6, 7, 9])) + self.digits(7)
        # check digit so that the whole number passes Luhn
        for k in range(10):
            cand = d + str(k)
            if self._luhn_ok(cand):
                break
        if r.random() < 0.1:
            cand = cand[:-1] + str((int(cand[-1]) + r.randint(1, 9)) % 10)
        s = r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s']) % (cand[:3], cand[3:6], cand[6:])
        return ('pii', 'NAS', s)

    @staticmethod
    def _luhn_ok(num):
        tot = 0
        for i, ch in enumerate(reversed(num)):
            d = int(ch)
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        return tot % 10 == 0

    def ramq(self, p):
        y, m, d = self.dob_of(p)
        sl = (ascii_letters(p.surname.replace('de ', '').replace('van ', '')) + 'xxx')[:3]
        let = (sl + (ascii_letters(p.given) or 'x')[0]).upper()
        mm = m + (50 if p.gender == 'f' else 0)
        num = '%02d%02d%02d%s' % (y % 100, mm, d, self.digits(2))
        s = self.r.choice(['%s %s %s', '%s%s%s', '%s-%s-%s', '%s %s %s']) % (let, num[:4], num[4:])
        return ('pii', 'RAMQ', s)

    def licence(self, p):
        y, m, d = self.dob_of(p)
        l = (ascii_letters(p.surname) or 'x')[0].upper()
        a, b, c = self.digits(4), '%02d%02d%02d' % (d, m, y % 100), self.digits(2)
        s = self.r.choice(['%s%s-%s-%s', '%s%s%s%s', '%s%s %s %s', '%s%s-%s-%s']) % (l, a, b, c)
        return ('pii', 'DRIVER_LICENCE', s)

    def passport(self):
        r = self.r
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        s = r.choice(L) + r.choice(L) + (r.choice(['', ' '])) + self.digits(6)
        return ('pii', 'PASSPORT', s)

    def bank(self, pieces=None):
        r = self.r
        tr, inst = self.digits(5), r.choice(['815', '815', '001', '002', '003', '004', '006', '010', '829'])
        acct = self.digits(7) if inst in ('815', '829') else self.digits(r.choice([7, 7, 9, 12]))
        if pieces is None:
            pieces = r.random() < 0.45
        if not pieces:
            return [('pii', 'BANK_ACCOUNT', r.choice(['%s-%s-%s', '%s %s %s', '%s-%s %s']) % (tr, inst, acct))]
        if self.lang == 'fr':
            return ['transit ', ('pii', 'BANK_ACCOUNT', tr), ', institution ', ('pii', 'BANK_ACCOUNT', inst),
                    r.choice([', compte ', ', folio ', ', no de compte ']), ('pii', 'BANK_ACCOUNT', acct)]
        return ['transit ', ('pii', 'BANK_ACCOUNT', tr), ', institution ', ('pii', 'BANK_ACCOUNT', inst),
                ', account ', ('pii', 'BANK_ACCOUNT', acct)]

    def card(self):
        r = self.r
        kind = r.choice(['v', 'v', 'm', 'a'])
        if kind == 'a':
            body = r.choice(['34', '37']) + self.digits(12)
        elif kind == 'm':
            body = str(r.randint(51, 55)) + self.digits(13)
        else:
            body = '4' + self.digits(14)
        for k in range(10):
            if self._luhn_ok(body + str(k)):
                num = body + str(k)
                break
        if kind == 'a':
            s = r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (num[:4], num[4:10], num[10:])
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
            s = r.choice([' ', '-', '', ' ']).join(g)
        return ('pii', 'CREDIT_CARD', s)

    def plate(self):
        r = self.r
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        f = r.choice(['LLL DDD', 'DDD LLL', 'LDD LLL', 'LLLDDD', 'DDDLLL'])
        s = ''.join(r.choice(L) if ch == 'L' else str(r.randint(0, 9)) if ch == 'D' else ch for ch in f)
        return ('pii', 'PLATE', s)

    # -- decoys -------------------------------------------------------------
    def org(self, lang=None):
        lang = lang or self.lang
        return ('decoy', 'ORG', self.fresh(self.P.orgs[lang] or self.P.orgs['fr'], 'org'))

    def org_like(self, pattern, lang=None):
        lang = lang or self.lang
        lst = [o for o in self.P.orgs[lang] if re.search(pattern, o)] or \
            [o for o in self.P.orgs['fr' if lang == 'en' else 'en'] if re.search(pattern, o)]
        return ('decoy', 'ORG', self.pick(lst)) if lst else self.org(lang)

    def org_p(self, prep, pattern=None):
        """French: [preposition with article, ORG] ("du ", "à la ", "d'")."""
        o = self.org_like(pattern, 'fr') if pattern else self.org('fr')
        a = self.P.org_art.get(o[2], '0')
        vow = o[2][0] in VOWELS
        if prep == 'de':
            pre = {'m': 'du ', 'f': 'de la ', 'v': "de l'"}.get(a, "d'" if vow else 'de ')
        elif prep == 'à':
            pre = {'m': 'au ', 'f': 'à la ', 'v': "à l'"}.get(a, 'à ')
        else:
            pre = prep + ' ' + {'m': 'le ', 'f': 'la ', 'v': "l'"}.get(a, '')
        return [pre, o]

    def city(self):
        return ('decoy', 'PLACE', self.fresh(self.P.cities, 'city'))

    def abroad(self):
        return ('decoy', 'PLACE', self.fresh(self.P.foreign or self.P.cities, 'city'))

    def law(self):
        return ('decoy', 'LAW', self.fresh(self.P.laws[self.lang], 'law'))

    def law_fr(self):
        """[l'/la , LAW] for French running text."""
        x = self.fresh(self.P.laws['fr'], 'law')
        return ["l'" if x[0] in 'aA' else 'la ', ('decoy', 'LAW', x)]

    def law_art(self):
        lst = [x for x in self.P.laws[self.lang] if x.lower().startswith('art')] or self.P.laws[self.lang]
        return ('decoy', 'LAW', self.pick(lst))

    def stamp(self, state, lo=1, hi=240):
        """Increasing (date, hh:mm) pieces for chat and SMS logs."""
        import datetime
        if 't' not in state:
            y, m, d = self.ymd(-20, 0)
            state['t'] = datetime.datetime(y, m, d, self.r.randint(7, 11), self.r.randint(0, 59))
        state['t'] += datetime.timedelta(minutes=self.r.randint(lo, hi))
        t = state['t']
        return ('decoy', 'DATE', '%04d-%02d-%02d' % (t.year, t.month, t.day)), ('decoy', 'TIME', '%02d:%02d' % (t.hour, t.minute))

    def date_pair(self, gap=(3, 45)):
        import datetime
        y, m, d = self.ymd(-300, -20)
        a = datetime.date(y, m, d)
        b = a + datetime.timedelta(days=self.r.randint(*gap))
        return (('decoy', 'DATE', '%04d-%02d-%02d' % (a.year, a.month, a.day)),
                ('decoy', 'DATE', '%04d-%02d-%02d' % (b.year, b.month, b.day)))

    def fileno(self, kind=None):
        r = self.r
        y = self.base[0] - r.randint(0, 1)
        kind = kind or r.choice(['gen', 'dpj', 'court', 'req', 'cai', 'grf', 'pol', 'inc'])
        s = {'gen': '%d-QC-%05d' % (y, r.randint(1, 99999)),
             'dpj': 'DPJ-%d-%04d' % (y, r.randint(1, 9999)),
             'court': '%s-%s-%06d-%02d%d' % (r.choice(['500', '200', '400', '450', '505', '540']), r.choice(['17', '22', '32', '05']),
                                              r.randint(1, 999999), y % 100, r.randint(1, 9)),
             'tal': '%07d %s %d%02d%02d %s' % (r.randint(1, 9999999), r.choice(['31', '18', '37']), y, r.randint(1, 12),
                                                r.randint(1, 28), r.choice('GDT')),
             'req': 'AI-%d-%04d' % (y, r.randint(1, 999)),
             'cai': 'CAI %07d-%s' % (r.randint(1000000, 1999999), r.choice('JSR')),
             'grf': 'GRF-%d-%03d' % (y, r.randint(1, 400)),
             'pol': r.choice(['SPVM %02d-%06d', 'SQ-%02d-%06d', 'SPS-%02d-%06d']) % (y % 100, r.randint(1, 999999)),
             'inc': r.choice(['INC%07d', 'RITM%07d', 'REQ%07d']) % r.randint(1, 999999),
             'res': '%d-%02d-%03d' % (y, r.randint(1, 12), r.randint(1, 400))}[kind]
        return ('decoy', 'FILENO', s)

    def word(self, w):
        return ('decoy', 'WORD', w)

    def unit(self, units, d):
        """Next unit of a family: each once in a shuffled order, then mostly plain sentences."""
        key = id(units)
        order = self.__dict__.setdefault('_order', {})
        if key not in order or not order[key]:
            if key in order and self.r.random() < 0.6:
                return lambda: self.cs(d, self.dom, self.r.randint(1, 2))
            idx = list(range(len(units)))
            self.r.shuffle(idx)
            order[key] = idx
        return units[order[key].pop()]

    def dr(self, p, cap=False):
        """Title for a physician, agreeing with the gender (outside the span)."""
        if self.lang == 'en':
            return 'Dr.'
        t = 'la Dre' if p.gender == 'f' else 'le Dr'
        return t[0].upper() + t[1:] if cap else t

    # -- content ------------------------------------------------------------
    def sent(self, domain):
        lst = self.P.content.get((self.lang, domain)) or self.P.content[(self.lang, 'office')]
        return self.fresh(lst, 'c')

    def cs(self, d, domain, k=1, lead=' ', sep=' '):
        for i in range(k):
            d.t(lead if i == 0 else sep)
            d.c(self.sent(domain))


# ---------------------------------------------------------------------------
# Families.  Each fills the Doc until about `target` characters.

def fam_fr_notes_ts(g, d, target):
    r = g.r
    p, ts = g.person(), g.person(gender='f')
    m = g.kin(p, 'f') if r.random() < 0.5 else g.person(p.origin, 'f')
    d.f('NOTES ÉVOLUTIVES — ⟦o⟧\nDossier : ⟦fn⟧    Usager : ⟦p:revup⟧    DDN : ⟦dob⟧\nIntervenante : ⟦ts:full⟧, t.s.\n\n',
        o=g.org_like('CIUSSS|CISSS|CLSC|DPJ|jeunesse'), fn=g.fileno(r.choice(['dpj', 'gen'])), p=p, dob=g.dob(p, 'iso'), ts=ts)
    sib = g.kin(p, 'm')
    units = [
        lambda: (d.f('⟦dt⟧ — Visite à domicile. Présents : ⟦p:first⟧, sa mère ⟦m:full⟧ et son frère ⟦s:first⟧.', dt=g.date(), p=p, m=m, s=sib),
                 g.cs(d, 'social', 2)),
        lambda: (d.f('⟦dt⟧ — Appel de ⟦m:first⟧ au ⟦ph⟧.', dt=g.date(), m=m, ph=g.phone()), g.cs(d, 'social', 1),
                 d.f(" Elle demande que l'on contacte ⟦x:full⟧ ⟦o⟧.", x=g.person(), o=g.org_p('de'))),
        lambda: (d.f("⟦dt⟧ — Rencontre au bureau avec ⟦p:first⟧.", dt=g.date(), p=p), g.cs(d, 'social', 1),
                 d.f(" ⟦p:first⟧ dit que l'ami de sa mère, ⟦y:full⟧, dort souvent à l'appartement.", p=p, y=g.person(gender='m')), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Discussion de cas avec ⟦ts:init⟧ et la psychoéducatrice ⟦z:full⟧.", dt=g.date(), ts=ts, z=g.person(gender='f')),
                 g.cs(d, 'social', 2)),
        lambda: (d.f("⟦dt⟧ — Signalement retenu en vertu de ⟦l⟧.", dt=g.date(), l=g.law_fr()), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Carte d'assurance maladie de ⟦p:first⟧ : ⟦rq⟧, renouvelée en ⟦mo⟧.", dt=g.date(), p=p, rq=g.ramq(p), mo=g.month()),
                 g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Nouvelle adresse de la famille : ⟦a⟧. Téléphone inchangé.", dt=g.date(), a=g.address()), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Aide financière d'urgence de ⟦am⟧ versée ⟦o⟧ pour le loyer de ⟦mo⟧.", dt=g.date(), am=g.amount(100, 900),
                     o=g.org_p('par'), mo=g.month()), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — ⟦p:first⟧ a fugué pendant la nuit et a été retrouvé(e) chez ⟦x:first⟧ ⟦x:last⟧ à ⟦c⟧.", dt=g.date(), p=p, x=g.person(), c=g.city()),
                 g.cs(d, 'social', 1)),
    ]
    while d.n < target:
        d.t('\n')
        g.unit(units, d)()
    d.f('\n\n⟦ts:full⟧, travailleuse sociale — ⟦ph⟧ poste ⟦e⟧\n', ts=ts, ph=g.phone(), e=g.ext())


def fam_fr_soins_domicile(g, d, target):
    r = g.r
    p = g.person()
    fille = g.kin(p, 'f') if r.random() < 0.6 else g.person(p.origin, 'f')
    inf = g.person(gender=r.choice('fm'))
    d.f("⟦o⟧ — Soutien à domicile\nNote d'évolution infirmière\n\nUsager(ère) : ⟦p:full⟧\nRAMQ : ⟦rq⟧\nNé(e) le : ⟦dob⟧\n"
        "Adresse : ⟦a⟧\nTél. : ⟦ph⟧\nPersonne à joindre : ⟦f:full⟧ (fille) ⟦ph2⟧\n",
        o=g.org_like('CLSC|CIUSSS|CISSS'), p=p, rq=g.ramq(p), dob=g.dob(p), a=g.address(), ph=g.phone(), f=fille, ph2=g.phone())
    while d.n < target:
        x = r.random()
        d.f('\n⟦dt⟧ ⟦tm⟧ — ', dt=g.date(-60, 10), tm=g.time())
        g.cs(d, 'health', 2, lead='')
        if x < 0.3:
            d.f(" Vu avec ⟦f:first⟧, qui passe tous les soirs.", f=fille)
        elif x < 0.5:
            d.f(" ⟦t⟧ ⟦m:last⟧ sera avisé(e) par télécopieur.", m=(q := g.person()), t=g.dr(q, True))
        elif x < 0.65:
            d.f(" Rendez-vous en clinique le ⟦dt⟧ à ⟦tm⟧ ⟦o⟧.", dt=g.date(0, 40), tm=g.time(), o=g.org_p('à', 'Hôpital|Clinique|Hôtel-Dieu|CLSC'))
        elif x < 0.8:
            d.f(" ⟦p:first⟧ demande si sa voisine ⟦v:full⟧ peut récupérer les médicaments.", p=p, v=g.person(gender='f'))
        d.f(' ⟦i:init⟧, inf.', i=inf)


def fam_fr_incident_scolaire(g, d, target):
    r = g.r
    s1, s2, s3 = g.person(), g.person(), g.person()
    ens = g.person()
    d.f("RAPPORT D'INCIDENT\n⟦o⟧\n\nDate : ⟦dt⟧    Heure : ⟦tm⟧    Lieu : cour arrière\n"
        "Élèves impliqués : ⟦a:full⟧ (gr. ⟦ga⟧), ⟦b:full⟧ (gr. ⟦gb⟧)\nTémoin : ⟦c:full⟧\nRédigé par : ⟦e:init⟧, enseignant(e)\n\nDescription des faits\n",
        o=g.org_like('École|Centre de services'), dt=g.date(-200, 0), tm=g.time(), a=s1, ga=r.randint(101, 606), b=s2, gb=r.randint(101, 606),
        c=s3, e=ens)
    d.f("Selon ⟦c:first⟧, ⟦a:first⟧ aurait poussé ⟦b:first⟧ contre la clôture après une dispute au sujet d'un ballon.", a=s1, b=s2, c=s3)
    g.cs(d, 'school', 2)
    d.t('\n\nSuivi\n')
    par1, par2 = g.kin(s1), g.person(s2.origin, 'f')
    units = [
        lambda: (d.f("Appel au parent de ⟦a:first⟧, ⟦p:full⟧, au ⟦ph⟧ le jour même.", a=s1, p=par1, ph=g.phone()), g.cs(d, 'school', 1)),
        lambda: (d.f("Message laissé à la mère de ⟦b:first⟧ (⟦p:full⟧) au ⟦ph⟧, poste ⟦e⟧.", b=s2, p=par2, ph=g.phone(), e=g.ext()), g.cs(d, 'school', 1)),
        lambda: (d.f("Rencontre prévue le ⟦dt⟧ avec la TES ⟦t:full⟧ et ⟦a:first⟧.", dt=g.date(0, 20), t=g.person(gender='f'), a=s1), g.cs(d, 'school', 1)),
        lambda: (g.cs(d, 'school', 2, lead=''),),
        lambda: (d.f("Copie transmise à la direction adjointe, ⟦x:full⟧.", x=g.person()), g.cs(d, 'school', 1)),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')


def fam_fr_pv_conseil(g, d, target):
    r = g.r
    maire = g.person()
    titre = 'la mairesse' if maire.gender == 'f' else 'le maire'
    cons = [g.person() for _ in range(r.randint(3, 5))]
    ville = g.pick(g.P.cities)
    d.f("PROCÈS-VERBAL de la séance ordinaire du conseil municipal de ⟦v⟧, tenue le ⟦dt⟧ à ⟦tm⟧ à la salle du conseil.\n\n"
        "Sont présents : ⟦t⟧ ⟦m:full⟧ ainsi que les conseillers et conseillères ", v=('decoy', 'PLACE', ville), dt=g.date(), tm=g.time(),
        t=titre, m=maire)
    for i, c in enumerate(cons):
        d.f('⟦c:full⟧' + (', ' if i < len(cons) - 2 else ' et ' if i == len(cons) - 2 else '.\n'), c=c)
    d.f('Est également présente : ⟦x:full⟧, greffière.\n\n1. Ouverture de la séance\n', x=g.person(gender='f'))
    g.cs(d, 'municipal', 1, lead='')
    d.t('\n\n2. Période de questions\n')
    while d.n < target:
        cit = g.person()
        x = r.random()
        if x < 0.35:
            d.f("⟦c:full⟧, résident(e) de la ⟦s⟧ :", c=cit, s=g.street('fr'))
            g.cs(d, 'municipal', 2)
            d.f(" ⟦t⟧ ⟦m:last⟧ répond que le dossier sera suivi.\n", t=titre.capitalize(), m=maire)
        elif x < 0.6:
            d.f("⟦c:full⟧ dépose une pétition de ⟦n⟧ signatures au sujet de la circulation sur la ⟦s⟧.", c=cit, n=r.randint(20, 400), s=g.street('fr'))
            g.cs(d, 'municipal', 1)
            d.t('\n')
        elif x < 0.8:
            d.f("Résolution ⟦res⟧ — Sur proposition de ⟦a:full⟧, appuyée par ⟦b:full⟧, il est résolu d'octroyer un contrat de ⟦am⟧ ⟦o⟧.\n",
                res=g.fileno('res'), a=(ab := r.sample(cons, 2))[0], b=ab[1], am=g.amount(5000, 250000), o=g.org_p('à'))
        else:
            d.f("⟦c:first⟧ ⟦c:last⟧ demande pourquoi sa plainte du ⟦dt⟧ n'a pas eu de réponse.", c=cit, dt=g.date())
            g.cs(d, 'municipal', 2)
            d.t('\n')
    d.f("\nLevée de la séance à ⟦tm⟧.\n\n⟦m:full⟧, ⟦t⟧          ⟦x:init⟧, greffière\n", tm=g.time(), m=maire, t=titre.split()[1], x=g.person(gender='f'))


def fam_fr_tal(g, d, target):
    r = g.r
    loc, prop = g.person(), g.person()
    juge = g.person()
    d.f("TRIBUNAL ADMINISTRATIF DU LOGEMENT\nBureau de ⟦c⟧\n\nNo dossier : ⟦fn⟧\nDate de l'audience : ⟦dt⟧\n"
        "Devant ⟦jt⟧ : ⟦j:full⟧\n\n⟦l:up⟧\nLocataire — partie demanderesse\nc.\n", c=g.city(), fn=g.fileno('tal'), dt=g.date(), j=juge,
        jt='la juge administrative' if juge.gender == 'f' else 'le juge administratif', l=loc)
    if r.random() < 0.5:
        d.f("⟦p:up⟧\nLocateur — partie défenderesse\n\n", p=prop)
    else:
        d.f("⟦o⟧, représenté par ⟦p:full⟧\nLocateur — partie défenderesse\n\n", o=g.org(), p=prop)
    d.f(("[1] La locataire" if loc.gender == 'f' else "[1] Le locataire") + " habite le logement situé au ⟦a⟧ depuis ⟦mo⟧ ⟦y⟧. Le loyer mensuel est de ⟦am⟧.",
        a=g.address(postal=r.random() < 0.6), mo=g.month(), y=g.year(2010, 2023), am=g.amount(650, 2100))
    n = 2
    units = [
        lambda: (g.cs(d, 'housing', 2, lead=''),),
        lambda: (d.f("⟦l:last⟧ témoigne avoir écrit au locateur le ⟦dt⟧.", l=loc, dt=g.date()), g.cs(d, 'housing', 1)),
        lambda: (d.f("Le concierge, ⟦c:full⟧, affirme ne jamais avoir reçu d'appel de ⟦l:first⟧.", c=g.person(gender='m'), l=loc), g.cs(d, 'housing', 1)),
        lambda: (d.f("Le Tribunal applique l'⟦law⟧ aux faits en litige.", law=g.law_art()), g.cs(d, 'housing', 1)),
        lambda: (d.f("Une diminution de loyer de ⟦am⟧ par mois est accordée à compter du ⟦dt⟧.", am=g.amount(40, 300), dt=g.date()),),
    ]
    while d.n < target:
        d.t('\n\n[%d] ' % n)
        n += 1
        g.unit(units, d)()
    d.f("\n\n⟦j:full⟧\n", j=juge)


def fam_fr_911(g, d, target):
    r = g.r
    p = g.person()
    d.f("CENTRE D'APPELS D'URGENCE 911 — Transcription\nÉvénement : ⟦fn⟧    Reçu le ⟦dt⟧ à ⟦tm⟧\nPréposée : ⟦x:init⟧\n\n",
        fn=g.fileno('pol'), dt=g.date(-30, 0), tm=g.time(), x=g.person(gender='f'))
    lines = [
        ("P : 911, quelle est l'adresse de votre urgence?\n", None),
        ("A : C'est au ⟦a⟧, en haut du dépanneur.\n", lambda: dict(a=g.address(city=r.random() < 0.5, postal=False))),
        ("P : Quel est votre nom, madame?\n" if p.gender == 'f' else "P : Quel est votre nom, monsieur?\n", None),
        ("A : ⟦p:full⟧. ⟦p:last⟧, ça s'épelle comme ça se prononce.\n", lambda: dict(p=p)),
        ("P : Un numéro où on peut vous rappeler?\n", None),
        ("A : Mon cell, c'est le ⟦ph⟧.\n", lambda: dict(ph=g.phone())),
        ("P : Qu'est-ce qui se passe?\n", None),
        ("A : Mon voisin, ⟦v:first⟧ ⟦v:last⟧, crie depuis une heure pis j'entends de la vaisselle casser.\n", lambda: dict(v=g.person(gender='m'))),
        ("P : ", 'c'),
        ("A : Il a une auto noire, la plaque c'est ⟦pl⟧ je pense.\n", lambda: dict(pl=g.plate())),
        ("P : Est-ce que quelqu'un est blessé?\n", None),
        ("A : Je sais pas, sa blonde ⟦b:first⟧ répond pas.\n", lambda: dict(b=g.person(gender='f'))),
        ("P : ", 'c'),
        ("A : Correct. Ma fille ⟦f:first⟧ est avec moi.\n", lambda: dict(f=g.kin(p, 'f'))),
    ]
    i = 0
    while d.n < target and i < len(lines):
        tpl, fn = lines[i]
        i += 1
        if fn == 'c':
            d.t(tpl)
            d.c(g.sent('police'))
            d.t('\n')
        else:
            d.f(tpl, **(fn() if fn else {}))
    while d.n < target:
        d.t('Note : ')
        g.cs(d, 'police', 2, lead='')
        d.f(' Unité ⟦u⟧ sur les lieux à ⟦tm⟧.\n', u=r.randint(10, 99) * 10 + r.randint(1, 9), tm=g.time())


def _fr_signature(g, d, p, em=None):
    d.f('\n\n⟦p:full⟧\n⟦role⟧\n⟦o⟧\n', p=p, role=g.pick(['Agente de relations humaines', 'Technicienne en administration',
                                                         'Conseiller en gestion des ressources humaines', 'Responsable de l\'accès à l\'information',
                                                         'Travailleur social', 'Coordonnatrice clinique']), o=g.org())
    d.f('Tél. : ⟦ph⟧, poste ⟦e⟧\n', ph=g.phone(), e=g.ext())
    if g.chance(0.5):
        d.f('Sans frais : ⟦tf⟧\n', tf=g.tollfree())
    d.f('⟦em⟧\n', em=em or g.email(p, work=True))


def fam_fr_courriel(g, d, target):
    r = g.r
    a, b = g.person(), g.person()
    subj = g.pick(['Suivi du dossier', 'Demande de renseignements', 'Rendez-vous', 'Plainte', 'Documents manquants'])
    fn = g.fileno()
    ea, eb = g.email(a, work=r.random() < 0.5), g.email(b, work=True)
    d.f("De : ⟦a:full⟧ <⟦ea⟧>\nEnvoyé : ⟦dt⟧ ⟦tm⟧\nÀ : ⟦b:full⟧ <⟦eb⟧>\n", a=a, ea=ea, dt=g.date(-20, 0, 'long'), tm=g.time(), b=b, eb=eb)
    if r.random() < 0.5:
        c = g.person()
        d.f("Cc : ⟦c:full⟧\n", c=c)
    d.f("Objet : RE: ⟦s⟧ — dossier ⟦fn⟧\n\nBonjour ⟦b:first⟧,\n\n", s=subj, fn=fn, b=b)
    g.cs(d, 'office', 1, lead='')
    x = r.random()
    if x < 0.3:
        d.f(" Mon fils ⟦f:first⟧ est né le ⟦dob⟧ et son numéro d'assurance sociale est le ⟦nas⟧.", f=(k := g.person(a.origin)), dob=g.dob(k), nas=g.nas())
    elif x < 0.6:
        d.f(" Ma nouvelle adresse est le ⟦ad⟧.", ad=g.address())
    elif x < 0.72:
        d.f(" Vous pouvez porter les frais de reproduction à ma carte ⟦cc⟧.", cc=g.card())
    elif x < 0.82:
        d.f(" Pour l'identification : permis de conduire ⟦dl⟧, passeport ⟦pp⟧.", dl=g.licence(a), pp=g.passport())
    else:
        d.f(" Vous pouvez me joindre au ⟦ph⟧ après ⟦tm⟧.", ph=g.phone(), tm=g.time())
    g.cs(d, 'office', 1)
    d.f('\n\nMerci,\n⟦a:first⟧\n', a=a)
    while d.n < target:
        d.f("\n> Le ⟦dt⟧ à ⟦tm⟧, ⟦b:full⟧ <⟦eb⟧> a écrit :\n> Bonjour ⟦a:first⟧,\n> ", dt=g.date(-40, -21, 'long'), tm=g.time(), b=b, eb=eb, a=a)
        g.cs(d, r.choice(['office', 'access', 'social']), 2, lead='', sep='\n> ')
        if r.random() < 0.5:
            d.f("\n> Je vous réfère à ⟦x:full⟧ de l'équipe de ⟦c⟧.", x=g.person(), c=g.city())
        if r.random() < 0.5:
            _fr_signature(g, d, b, eb)
            break
        d.t('\n')


def fam_fr_registre_acces(g, d, target):
    r = g.r
    resp = g.person()
    d.f("REGISTRE DES DEMANDES D'ACCÈS — ⟦o⟧\nResponsable : ⟦p:full⟧    Année : ⟦y⟧\n\n", o=g.org(), p=resp, y=('decoy', 'YEAR', str(g.base[0])))
    d.t('| No | Reçue le | Demandeur | Objet | Décision | Transmise le |\n|---|---|---|---|---|---|\n')
    objs = ['rapports d\'inspection', 'plaintes de bruit', 'contrats de déneigement', 'dossier personnel', 'enregistrements vidéo',
            'factures de réparation', 'permis de construction']
    rows = 0
    while d.n < target * 0.6 or rows < 3:
        p = g.person()
        dec = g.pick(['acceptée', 'refusée', 'acceptée en partie', 'en traitement'])
        nm = r.choice(['full', 'full', 'rev', 'up'])
        d1, d2 = g.date_pair()
        d.f('| ⟦fn⟧ | ⟦d1⟧ | ⟦p:' + nm + '⟧ | ⟦ob⟧ | ⟦dec⟧ | ⟦d2⟧ |\n', fn=g.fileno('req'), d1=d1, p=p, ob=g.pick(objs), dec=dec, d2=d2)
        rows += 1
        if d.n > 2100:
            break
    d.t('\nNotes :')
    g.cs(d, 'access', 2, lead=' ')
    d.f(" Demande de révision reçue de ⟦p:full⟧ ⟦o⟧ (⟦fn⟧).", p=g.person(), o=g.org_p('devant', 'accès|Tribunal'), fn=g.fileno('cai'))
    while d.n < target:
        g.cs(d, r.choice(['access', 'office']), 1)
    d.t('\n')


def fam_fr_comite(g, d, target):
    r = g.r
    mem = [g.person() for _ in range(r.randint(4, 7))]
    pres = mem[0]
    d.f("Comité des usagers — ⟦o⟧\nCompte rendu de la rencontre du ⟦dt⟧, ⟦tm⟧, salle ⟦salle⟧\n\nPrésences :\n",
        o=g.org_like('CIUSSS|CISSS|CLSC|Hôpital|Centre'), dt=g.date(), tm=g.time(), salle=r.choice(['B-214', '3.12', 'Laurentienne', 'du conseil']))
    for i, m in enumerate(mem):
        form = r.choice(['full', 'full', 'init', 'rev'])
        d.f('  - ⟦m:' + form + '⟧' + (' (présidente)' if i == 0 and m.gender == 'f' else ' (président)' if i == 0 else '') + '\n', m=m)
    ab = g.person()
    d.f('Absence motivée : ⟦a:full⟧\n\n1. Mot de bienvenue\n', a=ab)
    d.f('⟦p:first⟧ souhaite la bienvenue aux membres.', p=pres)
    g.cs(d, 'office', 1)
    k = 2
    units = [
        lambda: (d.f("Suivi des plaintes\n⟦m:first⟧ présente le bilan des plaintes reçues depuis ⟦mo⟧.", m=g.pick(mem), mo=g.month()),
                 g.cs(d, 'health', 1)),
        lambda: (d.f("Budget\nLe solde disponible est de ⟦am⟧.", am=g.amount(500, 30000)), g.cs(d, 'municipal', 1)),
        lambda: d.f("Actions\n- ⟦a:first⟧ communique ⟦o⟧ d'ici le ⟦dt⟧.\n- ⟦b:first⟧ ⟦b:last⟧ prépare le sondage.\n- Inviter ⟦c:full⟧ à la prochaine rencontre.",
                    a=g.pick(mem), o=g.org_p('avec'), dt=g.date(0, 30), b=g.pick(mem), c=g.person()),
        lambda: (d.t('Varia\n'), g.cs(d, 'office', 2, lead='')),
        lambda: (d.f("Visite d'appréciation de la qualité\n⟦m:full⟧ résume la visite faite ⟦o⟧ le ⟦dt⟧.", m=g.pick(mem), o=g.org_p('à'), dt=g.date()),
                 g.cs(d, 'health', 1)),
        lambda: (d.f("Correspondance\nLettre reçue de ⟦x:full⟧ concernant les repas.", x=g.person()), g.cs(d, 'office', 1)),
    ]
    g.dom = 'health'
    while d.n < target:
        d.t('\n\n%d. ' % k)
        k += 1
        g.unit(units, d)()
    d.f("\n\nProchaine rencontre : ⟦dt⟧.\nRédigé par ⟦s:full⟧, secrétaire.\n", dt=g.date(20, 60), s=g.pick(mem[1:]))


def fam_fr_entrevue(g, d, target):
    r = g.r
    iv, p = g.person(), g.person()
    d.f("TRANSCRIPTION D'ENTREVUE\nDossier ⟦fn⟧ — ⟦dt⟧\nIntervieweur : ⟦i:full⟧    Personne rencontrée : ⟦p:full⟧\n\n",
        fn=g.fileno(r.choice(['gen', 'grf', 'dpj'])), dt=g.date(), i=iv, p=p)
    t = r.randint(30, 90)

    def ts():
        nonlocal t
        t += r.randint(4, 70)
        return '[%02d:%02d:%02d] ' % (t // 3600, t // 60 % 60, t % 60)
    d.t(ts() + 'Q : Pouvez-vous nous dire votre nom complet et votre date de naissance?\n')
    d.f(ts() + 'R : ⟦p:full⟧, ' + ('née' if p.gender == 'f' else 'né') + ' le ⟦dob⟧.\n', p=p, dob=g.dob(p, 'long'))
    qs = [
        ("Q : Où habitez-vous présentement?\n", "R : Au ⟦a⟧, depuis ⟦mo⟧.\n", lambda: dict(a=g.address(postal=False), mo=g.month())),
        ("Q : Qui était présent ce soir-là?\n", "R : Moi, ⟦x:first⟧ ⟦x:last⟧ pis sa sœur ⟦y:first⟧.\n", lambda: dict(x=g.person(), y=g.person(gender='f'))),
        ("Q : Connaissez-vous la personne qui a appelé?\n", "R : Oui, c'est ⟦x:full⟧, la concierge.\n", lambda: dict(x=g.person(gender='f'))),
        ("Q : Avez-vous un numéro où vous joindre?\n", "R : Le ⟦ph⟧, c'est mon cellulaire.\n", lambda: dict(ph=g.phone())),
        ("Q : Pouvez-vous décrire ce qui s'est passé?\n", None, None),
        ("Q : Avez-vous parlé à votre superviseur?\n", "R : Oui, j'en ai parlé à ⟦x:first⟧ le ⟦dt⟧.\n", lambda: dict(x=g.person(), dt=g.date())),
    ]
    r.shuffle(qs)
    for q, a, fn in qs:
        if d.n >= target:
            break
        d.t(ts() + q)
        if a is None:
            d.t(ts() + 'R : ')
            g.cs(d, r.choice(['police', 'social', 'hr']), 2, lead='')
            d.t('\n')
        else:
            d.f(ts() + a, **fn())
    while d.n < target:
        d.t(ts() + 'R : ')
        g.cs(d, r.choice(['police', 'social', 'hr']), 2, lead='')
        d.t('\n')
    d.f(ts() + "Q : Merci, ⟦p:first⟧. Fin de l'entrevue à ⟦tm⟧.\n", p=p, tm=g.time())


def fam_fr_notes_brutes(g, d, target):
    r = g.r
    p = g.person()
    d.f('notes rencontre ⟦dt⟧ — ⟦p:low⟧\n', dt=g.date(-30, 0, 'slash'), p=p)
    items = [
        lambda: d.f('- vu ⟦t⟧ ⟦p:last⟧ ds bureau, acc. de sa fille ⟦f:first⟧\n', t='mme' if p.gender == 'f' else 'm.', p=p, f=g.person(p.origin, 'f')),
        lambda: d.f('- tél. ⟦ph⟧ (cell), pas de répondeur\n', ph=g.phone()),
        lambda: d.f('- rdv ac ⟦o⟧ le ⟦dt⟧ à ⟦tm⟧\n', o=g.org(), dt=g.date(0, 30), tm=g.time()),
        lambda: d.f('- à faire : rappeler ⟦x:firstlow⟧ re: bail, montant dû ⟦am⟧\n', x=g.person(), am=g.amount(100, 3000)),
        lambda: d.f('- NAS ⟦n⟧ à vérifier ac Service Canada\n', n=g.nas()),
        lambda: d.f('- adr. : ⟦a⟧\n', a=g.address()),
        lambda: d.f('- ex-conjoint = ⟦x:full⟧, aucun contact depuis ⟦y⟧\n', x=g.person(gender='m' if p.gender == 'f' else 'f'), y=g.year(2015, 2024)),
        lambda: (d.t('- '), g.cs(d, 'social', 1, lead=''), d.t('\n')),
        lambda: (d.t('- '), g.cs(d, 'social', 1, lead=''), d.t('\n')),
        lambda: d.f('- réf. ⟦l⟧ — voir ac ⟦x:init⟧\n', l=g.law(), x=g.person()),
    ]
    r.shuffle(items)
    for it in items:
        if d.n >= target:
            break
        it()
    while d.n < target:
        d.t('- ')
        g.cs(d, 'social', 1, lead='')
        d.t('\n')
    d.f('TS : ⟦w:init⟧\n', w=g.person())


def fam_fr_sms(g, d, target):
    r = g.r
    a, b = g.person(), g.person()
    low = r.random() < 0.5
    d.f('Conversation avec ⟦b:full⟧ (⟦ph⟧)\n\n', b=b, ph=g.phone())
    msgs = [
        "t'es où? ⟦x:firstlow⟧ t'attend devant le CLSC",
        "dsl je suis dans le bus, j'arrive vers ⟦tm⟧",
        "ok. oublie pas la carte de ⟦x:firstlow⟧, ils vont la demander",
        "c'est quoi déjà son numéro d'assurance maladie? ⟦rq⟧ ?",
        "oui c'est ça",
        "⟦y:low⟧ m'a texté, elle dit que le proprio veut 150 de plus",
        "appelle-la au ⟦ph⟧ stp",
        "je peux pas, j'ai plus de minutes",
        "ma nouvelle adresse c'est ⟦ad⟧",
        "la plaque de son char c'est ⟦pl⟧ si jamais",
        "merci!! bonne soirée",
        "as-tu reçu le virement? ⟦am⟧",
        "pas encore, je t'envoie mes infos : ⟦bk⟧",
    ]
    x, y = g.person(), g.person(gender='f')
    who = [b, a]
    i = 0
    st = {}
    for m in msgs:
        if d.n >= target and i > 4:
            break
        sp = who[i % 2] if r.random() < 0.8 else who[(i + 1) % 2]
        i += 1
        dt, tm = g.stamp(st)
        d.f('[⟦dt⟧ ⟦tm⟧] ' + ('Moi' if sp is a else '⟦s:' + ('firstlow' if low else 'first') + '⟧') + ' : ', dt=dt, tm=tm, s=sp)
        d.f(m + '\n', x=x, y=y, tm=g.time(), rq=g.ramq(x), ph=g.phone(), ad=g.address(city=False, postal=False), am=g.amount(20, 900),
            bk=g.bank(False), pl=g.plate())
        if r.random() < 0.45:
            dt, tm = g.stamp(st, 1, 30)
            d.f('[⟦dt⟧ ⟦tm⟧] ' + ('Moi' if sp is not a else '⟦s:' + ('firstlow' if low else 'first') + '⟧') + ' : ', dt=dt, tm=tm, s=b)
            g.cs(d, r.choice(['office', 'social']), 1, lead='')
            d.t('\n')
    while d.n < target:
        dt, tm = g.stamp(st)
        d.f('[⟦dt⟧ ⟦tm⟧] Moi : ', dt=dt, tm=tm)
        g.cs(d, 'office', 1, lead='')
        d.t('\n')


def fam_fr_grief(g, d, target):
    r = g.r
    p, rep, ges = g.person(), g.person(gender='f'), g.person()
    d.f("Syndicat — notes de grief\nGrief no ⟦fn⟧\nPlaignant(e) : ⟦p:full⟧\nReprésentante : ⟦r:full⟧\nGestionnaire : ⟦m:full⟧ (⟦o⟧)\n\n",
        fn=g.fileno('grf'), p=p, r=rep, m=ges, o=g.org())
    d.f("Faits\nLe ⟦dt⟧, ⟦p:first⟧ a reçu un avis écrit de ⟦m:first⟧ ⟦m:last⟧ pour un retard.", dt=g.date(), p=p, m=ges)
    g.cs(d, 'hr', 2)
    units = [
        lambda: (d.f("\n\nRencontre du ⟦dt⟧ à ⟦tm⟧ : présents ⟦p:first⟧, ⟦r:init⟧ et ⟦m:last⟧.", dt=g.date(), tm=g.time(), p=p, r=rep, m=ges),
                 g.cs(d, 'hr', 1)),
        lambda: (d.f("\n\nTémoin : ⟦x:full⟧, préposée aux bénéficiaires de nuit.", x=g.person(gender='f')), g.cs(d, 'hr', 1)),
        lambda: (d.f("\n\nRéclamation : remboursement de ⟦am⟧ pour ⟦h⟧ heures non payées en ⟦mo⟧.", am=g.amount(150, 4000), h=r.randint(4, 40), mo=g.month()),),
        lambda: (d.f("\n\nDisposition invoquée : ⟦l⟧.", l=g.law()), g.cs(d, 'hr', 1)),
        lambda: (d.f("\n\n⟦r:first⟧ fera le suivi avec ⟦p:first⟧ au ⟦ph⟧.", r=rep, p=p, ph=g.phone()),),
        lambda: (d.f("\n\nLe remboursement sera déposé au compte de ⟦p:first⟧ (⟦bk⟧).", p=p, bk=g.bank()),),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.t('\n')


def fam_fr_decision(g, d, target):
    r = g.r
    j, w, av = g.person(), g.person(), g.person()
    d.f("TRIBUNAL ADMINISTRATIF DU TRAVAIL\n(Division de la santé et de la sécurité du travail)\n\nRégion : ⟦c⟧\nDossier : ⟦fn⟧\n\n"
        "Date : ⟦dt⟧\n\nDevant ⟦jt⟧ : ⟦j:full⟧\n\n⟦w:full⟧\nPartie demanderesse\n\net\n\n⟦o⟧\nPartie intéressée\n\nDÉCISION\n",
        c=g.city(), fn=g.fileno('court'), dt=g.date(), jt='la juge administrative' if j.gender == 'f' else 'le juge administratif', j=j, w=w, o=g.org())
    d.f("\n[1] ⟦w:last⟧ conteste une décision rendue le ⟦dt⟧ par la CNESST.", w=w, dt=g.date())
    n = 2
    units = [
        lambda: g.cs(d, 'court', 2, lead=''),
        lambda: (d.f("⟦w:first⟧ ⟦w:last⟧ occupe un emploi de préposé(e) depuis ⟦y⟧.", w=w, y=g.year(2000, 2022)), g.cs(d, 'court', 1)),
        lambda: (d.f("⟦t⟧ ⟦m:full⟧ témoigne à la demande de l'employeur.", m=(q := g.person()), t=g.dr(q, True)), g.cs(d, 'court', 1)),
        lambda: (d.f("Me ⟦a:full⟧ invoque l'⟦l⟧ au soutien de sa position.", a=av, l=g.law_art()), g.cs(d, 'court', 1)),
    ]
    while d.n < target:
        d.t('\n\n[%d] ' % n)
        n += 1
        g.unit(units, d)()
    d.f("\n\nPOUR CES MOTIFS, LE TRIBUNAL :\nREJETTE la contestation de ⟦w:full⟧.\n\n⟦j:full⟧\n\nMe ⟦a:full⟧\nPour la partie intéressée\n", w=w, j=j, a=av)


def fam_fr_communique(g, d, target):
    r = g.r
    m = g.person()
    ville = g.pick(g.P.cities)
    t = 'La mairesse' if m.gender == 'f' else 'Le maire'
    d.f("COMMUNIQUÉ — Pour diffusion immédiate\n\n⟦v⟧, le ⟦dt⟧ — ⟦t⟧ de ⟦v2⟧, ⟦m:full⟧, a annoncé aujourd'hui un investissement de ⟦am⟧ pour la réfection de la ⟦s⟧.",
        v=('decoy', 'PLACE', ville), dt=g.date(-20, 0, 'long'), t=t, v2=('decoy', 'PLACE', ville), m=m, am=g.amount(100000, 9000000), s=g.street('fr'))
    d.f(" « Nos citoyens attendaient ce chantier depuis longtemps », a déclaré ⟦m:last⟧.", m=m)
    units = [
        lambda: (d.f("\n\nLe conseiller du district, ⟦c:full⟧, s'est dit satisfait.", c=g.person(gender='m')), g.cs(d, 'municipal', 1)),
        lambda: (d.f("\n\nLes travaux débuteront en ⟦mo⟧ et seront réalisés ⟦o⟧.", mo=g.month(), o=g.org_p('par')), g.cs(d, 'municipal', 1)),
        lambda: (d.f("\n\nLa députée ⟦x:full⟧ a rappelé l'appui du gouvernement.", x=g.person(gender='f')),),
        lambda: (d.t('\n\n'), g.cs(d, 'municipal', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
    s = g.person()
    d.f("\n\n-30-\n\nSource : ⟦s:full⟧, relationniste\n⟦ph⟧ | ⟦em⟧\n", s=s, ph=g.phone(), em=g.email(s, work=True))


def fam_fr_genealogie(g, d, target):
    r = g.r
    p = g.person(gender='f')
    fr, fw = g.kin(p, 'm'), g.person(gender='f')
    mere, pere = g.person(p.origin, 'f'), g.kin(p, 'm')
    d.f("ÉVALUATION PSYCHOSOCIALE — Histoire familiale\nDossier : ⟦fn⟧\n\n⟦p:full⟧ est née le ⟦dob⟧ à ⟦lieu⟧.",
        fn=g.fileno(), p=p, dob=g.dob(p, 'long'), lieu=g.abroad() if p.origin not in ('qc', 'en', 'in') else g.city())
    d.f(" Elle est la cadette d'une famille de quatre enfants. Son père, ⟦pe:full⟧, est décédé en ⟦y⟧; sa mère, ⟦me:full⟧, vit en résidence à ⟦c⟧.",
        pe=pere, y=g.year(1995, 2023), me=mere, c=g.city())
    units = [
        lambda: (d.f(" Son frère ⟦f:first⟧ et sa conjointe ⟦w:first⟧ habitent à ⟦c⟧ et la visitent une fois par mois.", f=fr, w=fw, c=g.city()),
                 g.cs(d, 'social', 1)),
        lambda: (d.f(" Elle a été mariée à ⟦x:full⟧ de ⟦y⟧ à ⟦y2⟧.", x=g.person(gender='m'), y=g.year(1985, 2000), y2=g.year(2001, 2020)), g.cs(d, 'social', 1)),
        lambda: (d.f(" Sa fille aînée, ⟦k:first⟧, née le ⟦dob⟧, agit comme mandataire.", k=(k := g.person(p.origin, 'f')), dob=g.dob(k, 'long')),
                 g.cs(d, 'social', 1)),
        lambda: (d.f(" La belle-sœur de ⟦p:first⟧, ⟦w:full⟧, a déjà hébergé le neveu ⟦n:first⟧ pendant ⟦mo⟧.", p=p, w=fw, n=g.person(p.origin, 'm'), mo=g.month()),),
        lambda: g.cs(d, 'social', 2),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.f("\n\nÉvaluation rédigée par ⟦ts:full⟧, t.s., ⟦o⟧.\n", ts=g.person(), o=g.org())


def fam_fr_boite_vocale(g, d, target):
    r = g.r
    d.f("Messagerie vocale — boîte ⟦bx⟧\n\n", bx=g.ext())
    k = 1
    while d.n < target:
        p = g.person()
        d.f("Message ⟦k⟧ — reçu le ⟦dt⟧ à ⟦tm⟧ — de ⟦ph⟧\n« Oui bonjour, c'est ⟦p:full⟧, ", k=k, dt=g.date(-10, 0, 'long'), tm=g.time(), ph=g.phone(), p=p)
        k += 1
        x = r.random()
        if x < 0.3:
            d.f("j'appelle pour le dossier de ma mère, ⟦m:full⟧, le numéro c'est ⟦fn⟧. ", m=g.person(p.origin, 'f'), fn=g.fileno())
        elif x < 0.55:
            d.f("je voulais savoir si vous avez reçu mon formulaire, mon numéro d'assurance sociale c'est le ⟦n⟧. ", n=g.nas())
        elif x < 0.75:
            d.f("c'est au sujet du rendez-vous du ⟦dt⟧, je pourrai pas y aller. ", dt=g.date(0, 20, 'long'))
        else:
            d.f("⟦x:first⟧ m'a dit de vous appeler directement. ", x=g.person())
        g.cs(d, r.choice(['social', 'housing', 'office']), r.randint(1, 2), lead='', sep=' ')
        d.f(" Vous pouvez me rappeler au ⟦ph⟧" + (", poste ⟦e⟧" if r.random() < 0.3 else '') + ". Merci, bonne journée. »\n", ph=g.phone(), e=g.ext())
        if r.random() < 0.4:
            d.t('Note de la réception : ')
            g.cs(d, 'office', 1, lead='')
            d.t('\n')
        d.t('\n')
    d.t('Transcription automatique — peut contenir des erreurs.\n')


def fam_fr_actions(g, d, target):
    r = g.r
    team = [g.person() for _ in range(r.randint(3, 6))]
    d.f("Suivi — rencontre d'équipe du ⟦dt⟧\n\nPrésent·es : ", dt=g.date(-10, 0))
    for i, m in enumerate(team):
        d.f('⟦m:first⟧' + (', ' if i < len(team) - 1 else '\n\n'), m=m)
    d.t('Points de discussion\n')
    g.cs(d, r.choice(['social', 'office', 'housing']), 2, lead='')
    d.t('\n\nActions\n')
    acts = [
        "- ⟦a:first⟧ appelle le propriétaire de ⟦c:full⟧ au sujet des infiltrations d'eau.\n",
        "- ⟦a:first⟧ → envoyer le formulaire signé ⟦oa⟧ avant le ⟦dt⟧.\n",
        "- ⟦a:first⟧ et ⟦b:first⟧ : visite conjointe chez ⟦c:last⟧ (⟦ad⟧).\n",
        "- Relancer ⟦c:full⟧ pour le rapport d'impôt (⟦am⟧ dû).\n",
        "- ⟦a:first⟧ valide avec ⟦x:init⟧ si ⟦l⟧ s'applique.\n",
        "- ⟦b:first⟧ met à jour le dossier ⟦fn⟧ d'ici ⟦mo⟧.\n",
        "- Rappeler la sœur de ⟦c:first⟧, ⟦s:full⟧, au ⟦ph⟧.\n",
    ]
    r.shuffle(acts)
    i = 0
    while d.n < target:
        c = g.person()
        d.f(acts[i % len(acts)], a=g.pick(team), b=g.pick(team), c=c, oa=g.org_p('à'), dt=g.date(0, 30), ad=g.address(city=False, postal=False),
            am=g.amount(), x=g.person(), l=g.law(), fn=g.fileno(), mo=g.month(), s=g.person(c.origin, 'f'), ph=g.phone())
        i += 1
        if r.random() < 0.6:
            d.t('  Contexte :')
            g.cs(d, r.choice(['social', 'housing', 'office']), r.randint(1, 2))
            d.t('\n')
    d.f('\nProchaine rencontre : ⟦dt⟧ à ⟦tm⟧.\n', dt=g.date(5, 30), tm=g.time())


def fam_fr_tableau(g, d, target):
    r = g.r
    d.f("Liste des participant·es — atelier du ⟦dt⟧ (⟦o⟧)\n\n", dt=g.date(), o=g.org())
    d.t('| Nom | Prénom | Date de naissance | Téléphone | Courriel | Remarque |\n|:--|:--|:--|:--|:--|:--|\n')
    while d.n < target * 0.6:
        p = g.person()
        up = r.random() < 0.5
        d.f('| ⟦p:' + ('lastup' if up else 'last') + '⟧ | ⟦p:first⟧ | ⟦dob⟧ | ⟦ph⟧ | ⟦em⟧ | ⟦rm⟧ |\n', p=p, dob=g.dob(p, r.choice(['iso', 'slash'])),
            ph=g.phone(), em=g.email(p), rm=g.pick(['présent', 'absent', 'à rappeler', 'transport requis', 'nouveau']))
    d.t("\nNotes de l'animatrice :")
    while d.n < target:
        g.cs(d, r.choice(['office', 'social', 'health']), 1)
    d.t('\n')


def fam_en_case_notes(g, d, target):
    r = g.r
    p, sw = g.person(), g.person()
    mom = g.kin(p, 'f') if r.random() < 0.6 else g.person(p.origin, 'f')
    d.f("⟦o⟧ — Progress notes\nClient: ⟦p:revup⟧    DOB: ⟦dob⟧    File: ⟦fn⟧\nWorker: ⟦w:full⟧\n\n", o=g.org_like('CIUSSS|Batshaw|Youth|CLSC'),
        p=p, dob=g.dob(p), fn=g.fileno(r.choice(['gen', 'dpj'])), w=sw)
    units = [
        lambda: (d.f("⟦dt⟧ — Home visit with ⟦p:first⟧ and her mother ⟦m:full⟧." if p.gender == 'f' else
                     "⟦dt⟧ — Home visit with ⟦p:first⟧ and his mother ⟦m:full⟧.", dt=g.date(), p=p, m=mom), g.cs(d, 'social', 2)),
        lambda: (d.f("⟦dt⟧ — Call from ⟦m:first⟧ at ⟦ph⟧.", dt=g.date(), m=mom, ph=g.phone()), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — ⟦p:first⟧'s teacher, ⟦t:full⟧, reports three absences since ⟦mo⟧.", dt=g.date(), p=p, t=g.person(), mo=g.month()),
                 g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Case discussion with supervisor ⟦s:init⟧.", dt=g.date(), s=g.person()), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Family moved to ⟦a⟧.", dt=g.date(), a=g.address()), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Renewed ⟦p:first⟧'s health card (⟦rq⟧) with the mother.", dt=g.date(), p=p, rq=g.ramq(p)), g.cs(d, 'social', 1)),
        lambda: (d.f("⟦dt⟧ — Emergency grant of ⟦am⟧ approved by ⟦o⟧ for ⟦mo⟧ rent.", dt=g.date(), am=g.amount(100, 900), o=g.org(), mo=g.month()),),
        lambda: (d.f("⟦dt⟧ — ⟦m:first⟧'s boyfriend, ⟦b:full⟧, was present and left during the visit.", dt=g.date(), m=mom, b=g.person(gender='m')),
                 g.cs(d, 'social', 1)),
    ]
    while d.n < target:
        d.t('\n')
        g.unit(units, d)()
    d.f('\n\n⟦w:full⟧, social worker — ⟦ph⟧ ext. ⟦e⟧\n', w=sw, ph=g.phone(), e=g.ext())


def fam_en_helpdesk(g, d, target):
    r = g.r
    st = {}
    u, tech = g.person(), g.person()
    d.f("Ticket ⟦fn⟧ — Priority P⟦pr⟧ — Status: ⟦st⟧\nOpened: ⟦dt⟧ ⟦tm⟧ by ⟦u:full⟧ (⟦em⟧), ext. ⟦e⟧\nCategory: Hardware / Laptop\n"
        "Assigned to: ⟦t:init⟧ (Service Desk)\n\nDescription:\n", fn=g.fileno('inc'), pr=r.randint(1, 4), st=g.pick(['Open', 'In progress', 'Resolved']),
        dt=(q := g.stamp(st, 20, 900))[0], tm=q[1], u=u, em=g.email(u, work=True), e=g.ext(), t=tech)
    g.cs(d, 'it', 2, lead='')
    d.t('\n\nWork notes:\n')
    units = [
        lambda: (d.f("⟦dt⟧ ⟦tm⟧ — ⟦t:first⟧: called user at ⟦ph⟧, no answer, left voicemail.\n", dt=(q := g.stamp(st, 20, 900))[0], tm=q[1], t=tech, ph=g.phone()),),
        lambda: (d.f("⟦dt⟧ ⟦tm⟧ — ⟦t:first⟧: ", dt=(q := g.stamp(st, 20, 900))[0], tm=q[1], t=tech), g.cs(d, 'it', 2, lead=''), d.t('\n')),
        lambda: (d.f("⟦dt⟧ ⟦tm⟧ — ⟦x:full⟧ (user's manager) asked for an update.\n", dt=(q := g.stamp(st, 20, 900))[0], tm=q[1], x=g.person()),),
        lambda: (d.f("⟦dt⟧ ⟦tm⟧ — Escalated to ⟦x:firstlow⟧.⟦y:lastlow⟧ on the network team.\n", dt=(q := g.stamp(st, 20, 900))[0], tm=q[1], x=(k := g.person()), y=k),),
        lambda: (d.f("⟦dt⟧ ⟦tm⟧ — User confirmed by Teams. ", dt=(q := g.stamp(st, 20, 900))[0], tm=q[1]), g.cs(d, 'it', 1, lead=''), d.t('\n')),
    ]
    while d.n < target:
        g.unit(units, d)()


def fam_en_school(g, d, target):
    r = g.r
    a, b, w, t = g.person(), g.person(), g.person(), g.person()
    d.f("INCIDENT REPORT — ⟦o⟧\n\nDate: ⟦dt⟧    Time: ⟦tm⟧    Location: cafeteria\nStudents involved: ⟦a:full⟧ (Gr. ⟦ga⟧), ⟦b:full⟧ (Gr. ⟦gb⟧)\n"
        "Witness: ⟦w:full⟧\nReported by: ⟦t:init⟧\n\nWhat happened\n", o=g.org_like('School|High|College'), dt=g.date(-200, 0), tm=g.time(),
        a=a, ga=r.randint(7, 11), b=b, gb=r.randint(7, 11), w=w, t=t)
    d.f("According to ⟦w:first⟧, ⟦a:first⟧ took ⟦b:first⟧'s phone and threw it in the garbage.", w=w, a=a, b=b)
    g.cs(d, 'school', 2)
    d.t('\n\nFollow-up\n')
    pa = g.kin(a, 'm')
    units = [
        lambda: (d.f("Called ⟦a:first⟧'s father, ⟦p:full⟧, at ⟦ph⟧.", a=a, p=pa, ph=g.phone()), g.cs(d, 'school', 1), d.t('\n')),
        lambda: (d.f("Email sent to ⟦b:first⟧'s parents (⟦em⟧).", b=b, em=g.email(g.person(b.origin))), g.cs(d, 'school', 1), d.t('\n')),
        lambda: (d.f("Meeting with the child and youth care worker, ⟦x:full⟧, on ⟦dt⟧.", x=g.person(), dt=g.date(0, 20)), d.t('\n')),
        lambda: (g.cs(d, 'school', 2, lead=''), d.t('\n')),
        lambda: (d.f("Vice-principal ⟦v:last⟧ was informed.", v=g.person()), g.cs(d, 'school', 1), d.t('\n')),
    ]
    while d.n < target:
        g.unit(units, d)()


def fam_en_council(g, d, target):
    r = g.r
    mayor = g.person()
    cl = [g.person() for _ in range(r.randint(3, 5))]
    d.f("MINUTES of the regular meeting of the Municipal Council of the ⟦o⟧ held on ⟦dt⟧ at ⟦tm⟧.\n\nPRESENT: Mayor ⟦m:full⟧; Councillors ",
        o=g.org_like('Town|City'), dt=g.date(), tm=g.time(), m=mayor)
    for i, c in enumerate(cl):
        d.f('⟦c:full⟧' + ('; ' if i < len(cl) - 1 else '.\n'), c=c)
    d.f("ALSO PRESENT: ⟦x:full⟧, Town Clerk.\n\n1. CALL TO ORDER\n", x=g.person())
    g.cs(d, 'municipal', 1, lead='')
    d.t('\n\n2. QUESTION PERIOD\n')
    while d.n < target:
        c = g.person()
        x = r.random()
        if x < 0.35:
            d.f("⟦c:full⟧, ⟦s⟧:", c=c, s=g.street('en'))
            g.cs(d, 'municipal', 2)
            d.f(" Mayor ⟦m:last⟧ answered that staff will follow up.\n", m=mayor)
        elif x < 0.6:
            d.f("⟦c:full⟧ tabled a petition signed by ⟦n⟧ residents about parking on ⟦s⟧.", c=c, n=r.randint(15, 300), s=g.street('en'))
            g.cs(d, 'municipal', 1)
            d.t('\n')
        elif x < 0.8:
            d.f("RESOLUTION ⟦res⟧ — Moved by Councillor ⟦a:last⟧, seconded by Councillor ⟦b:last⟧, to award a contract of ⟦am⟧ to ⟦o⟧. Carried.\n",
                res=g.fileno('res'), a=(ab := r.sample(cl, 2))[0], b=ab[1], am=g.amount(5000, 300000), o=g.org())
        else:
            d.f("⟦c:first⟧ ⟦c:last⟧ asked why a complaint filed on ⟦dt⟧ was never answered.", c=c, dt=g.date())
            g.cs(d, 'municipal', 2)
            d.t('\n')
    d.f("\nADJOURNMENT at ⟦tm⟧.\n\n⟦m:full⟧, Mayor    ⟦x:init⟧, Clerk\n", tm=g.time(), m=mayor, x=g.person())


def fam_en_police(g, d, target):
    r = g.r
    p, s = g.person(), g.person()
    d.f("OCCURRENCE REPORT — ⟦o⟧\nFile: ⟦fn⟧    Date: ⟦dt⟧    Time: ⟦tm⟧\nReporting officer: Cst. ⟦c:full⟧, badge ⟦b⟧\n\n",
        o=g.org_like('Police|Sûreté'), fn=g.fileno('pol'), dt=g.date(-20, 0), tm=g.time(), c=g.person(), b=r.randint(1000, 9999))
    d.f("COMPLAINANT: ⟦p:revup⟧, DOB ⟦dob⟧, ⟦a⟧, tel. ⟦ph⟧\n", p=p, dob=g.dob(p), a=g.address(), ph=g.phone())
    d.f("SUSPECT: ⟦s:revup⟧, DOB ⟦dob⟧, licence ⟦dl⟧\nVEHICLE: grey Honda Civic, plate ⟦pl⟧\n\nNARRATIVE\n", s=s, dob=g.dob(s), dl=g.licence(s), pl=g.plate())
    units = [
        lambda: (d.f("On arrival, ⟦p:first⟧ stated that ⟦s:first⟧ had been banging on the door since ⟦tm⟧.", p=p, s=s, tm=g.time()), g.cs(d, 'police', 1)),
        lambda: (g.cs(d, 'police', 2, lead=''),),
        lambda: (d.f("A neighbour, ⟦n:full⟧, confirmed the complainant's account.", n=g.person()), g.cs(d, 'police', 1)),
        lambda: (d.f("⟦s:last⟧ was released on conditions under ⟦l⟧.", s=s, l=('decoy', 'LAW', g.pick([x for x in g.P.laws['en'] if 'Criminal' in x or 'Charter' in x]
                                                                                                   or ['s. 810 of the Criminal Code']))),),
        lambda: (d.f("Victim referred to ⟦o⟧ (⟦tf⟧).", o=g.org_like('Shield|Centre|Youth|Fondation|Family|aide'), tf=g.tollfree()),),
    ]
    while d.n < target:
        d.t('\n')
        g.unit(units, d)()
    d.t('\n')


def fam_en_email(g, d, target):
    r = g.r
    a, b = g.person(), g.person()
    ea, eb = g.email(a, work=r.random() < 0.4), g.email(b, work=True)
    d.f("From: ⟦a:full⟧ <⟦ea⟧>\nSent: ⟦dt⟧ ⟦tm⟧\nTo: ⟦b:full⟧ <⟦eb⟧>\n", a=a, ea=ea, dt=g.date(-20, 0, 'long'), tm=g.time(), b=b, eb=eb)
    if r.random() < 0.5:
        d.f("Cc: ⟦c:rev⟧\n", c=g.person())
    d.f("Subject: RE: ⟦s⟧ (file ⟦fn⟧)\n\nHi ⟦b:first⟧,\n\n", s=g.pick(['Follow-up', 'Missing documents', 'Appointment', 'Complaint', 'Access request']),
        fn=g.fileno(), b=b)
    g.cs(d, 'office', 1, lead='')
    x = r.random()
    if x < 0.3:
        d.f(" My daughter ⟦k:first⟧ was born on ⟦dob⟧ and her SIN is ⟦n⟧.", k=(k := g.person(a.origin, 'f')), dob=g.dob(k, 'long'), n=g.nas())
    elif x < 0.55:
        d.f(" My new address is ⟦ad⟧.", ad=g.address())
    elif x < 0.7:
        d.f(" The refund can go to my account: ⟦bk⟧.", bk=g.bank())
    elif x < 0.8:
        d.f(" Please charge the copying fees to my card ⟦cc⟧.", cc=g.card())
    else:
        d.f(" You can reach me at ⟦ph⟧ after ⟦tm⟧.", ph=g.phone(), tm=g.time())
    g.cs(d, 'office', 1)
    d.f('\n\nThanks,\n⟦a:first⟧\n', a=a)
    while d.n < target:
        d.f("\n-----Original Message-----\nFrom: ⟦b:full⟧\nSent: ⟦dt⟧\n\n> Hello ⟦a:first⟧,\n> ", b=b, dt=g.date(-40, -21, 'long'), a=a)
        g.cs(d, r.choice(['office', 'access', 'housing']), 2, lead='', sep='\n> ')
        if r.random() < 0.5:
            d.f("\n> ⟦x:full⟧ from our ⟦c⟧ office will call you.", x=g.person(), c=g.city())
        if r.random() < 0.5:
            d.f("\n\n⟦b:full⟧\n⟦role⟧, ⟦o⟧\nT ⟦ph⟧ ext. ⟦e⟧ | Toll-free ⟦tf⟧\n", b=b, role=g.pick(['Intake Officer', 'Access to Information Officer',
                                                                                              'HR Advisor', 'Tenant Liaison']), o=g.org(),
                ph=g.phone(), e=g.ext(), tf=g.tollfree())
            break
        d.t('\n')


def fam_en_chat(g, d, target):
    r = g.r
    ppl = [g.person() for _ in range(r.randint(2, 4))]
    d.f("Teams chat export — channel: intake-team — ⟦dt⟧\n\n", dt=g.date(-10, 0, 'iso'))
    lines = [
        "morning! did anyone hear back from ⟦x:first⟧'s landlord?",
        "not yet, I'll call him at ⟦tm⟧",
        "fyi ⟦x:low⟧ is in the waiting room",
        "can someone check the DOB on file? I have ⟦dob⟧",
        "that's right, matches the health card ⟦rq⟧",
        "@⟦y:first⟧ can you take the 2pm? I'm stuck with ⟦z:full⟧",
        "sure",
        "her new number is ⟦ph⟧",
        "thx!! updating the file ⟦fn⟧",
        "heads up, ⟦z:first⟧'s ex is calling the front desk again",
        "⟦o⟧ closed the file, see the letter",
        "lunch?",
    ]
    x, z = g.person(), g.person()
    i = 0
    st = {}
    style = r.choice(['[⟦tm⟧] ⟦s:full⟧: ', '⟦s:rev⟧  ⟦tm⟧\n', '[⟦tm⟧] ⟦s:firstlow⟧ ⟦s2:last⟧: '])
    while d.n < target and i < len(lines):
        sp = g.pick(ppl)
        d.f(style, tm=g.stamp(st, 1, 25)[1], s=sp, s2=sp)
        d.f(lines[i] + '\n', x=x, y=g.pick(ppl), z=z, tm=g.time(), dob=g.dob(x), rq=g.ramq(x), ph=g.phone(), fn=g.fileno(), o=g.org())
        i += 1
        if r.random() < 0.45:
            d.f(style, tm=g.stamp(st, 1, 25)[1], s=(q := g.pick(ppl)), s2=q)
            g.cs(d, r.choice(['office', 'social', 'it']), 1, lead='')
            d.t('\n')
    while d.n < target:
        d.f(style, tm=g.stamp(st, 1, 25)[1], s=(q := g.pick(ppl)), s2=q)
        g.cs(d, r.choice(['office', 'it']), 1, lead='')
        d.t('\n')


def fam_en_grievance(g, d, target):
    r = g.r
    e, rep, mgr = g.person(), g.person(), g.person()
    d.f("Union grievance notes\nGrievance ⟦fn⟧\nGrievor: ⟦e:full⟧\nUnion rep: ⟦r:full⟧\nManager: ⟦m:full⟧, ⟦o⟧\n\n", fn=g.fileno('grf'), e=e, r=rep, m=mgr, o=g.org())
    d.f("Facts\nOn ⟦dt⟧, ⟦e:first⟧ received a written warning from ⟦m:first⟧ ⟦m:last⟧ for lateness.", dt=g.date(), e=e, m=mgr)
    g.cs(d, 'hr', 2)
    units = [
        lambda: (d.f("\n\nMeeting ⟦dt⟧ at ⟦tm⟧: ⟦e:first⟧, ⟦r:init⟧ and ⟦m:last⟧ present.", dt=g.date(), tm=g.time(), e=e, r=rep, m=mgr), g.cs(d, 'hr', 1)),
        lambda: (d.f("\n\nWitness: ⟦x:full⟧, night-shift orderly.", x=g.person()), g.cs(d, 'hr', 1)),
        lambda: (d.f("\n\nClaim: ⟦am⟧ for ⟦h⟧ unpaid hours in ⟦mo⟧.", am=g.amount(150, 4000), h=r.randint(4, 40), mo=g.month()),),
        lambda: (d.f("\n\nProvision invoked: ⟦l⟧.", l=g.law()), g.cs(d, 'hr', 1)),
        lambda: (d.f("\n\n⟦r:first⟧ will follow up with ⟦e:first⟧ at ⟦ph⟧.", r=rep, e=e, ph=g.phone()),),
        lambda: (d.f("\n\nAny settlement to be deposited to ⟦e:first⟧'s account (⟦bk⟧).", e=e, bk=g.bank()),),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.t('\n')


def fam_en_actions(g, d, target):
    r = g.r
    team = [g.person() for _ in range(r.randint(3, 6))]
    d.f("Team meeting — ⟦dt⟧ — action items\nAttendees: ", dt=g.date(-10, 0))
    for i, m in enumerate(team):
        d.f('⟦m:full⟧' + (', ' if i < len(team) - 1 else '\n\n'), m=m)
    g.cs(d, r.choice(['social', 'office', 'housing']), 2, lead='')
    d.t('\n\nAction items\n')
    acts = [
        "- ⟦a:first⟧ to call ⟦c:full⟧'s landlord about the leak.\n",
        "- ⟦a:first⟧ to send the signed form to ⟦o⟧ by ⟦dt⟧.\n",
        "- ⟦a:first⟧ + ⟦b:first⟧: joint visit at ⟦ad⟧.\n",
        "* Follow up with ⟦c:full⟧ re: tax return (⟦am⟧ owing).\n",
        "- ⟦a:first⟧ checks with ⟦x:init⟧ whether ⟦l⟧ applies.\n",
        "- ⟦b:first⟧ to update file ⟦fn⟧ before ⟦mo⟧.\n",
        "[ ] Call ⟦c:first⟧'s sister ⟦s:full⟧ at ⟦ph⟧.\n",
        "[x] ⟦a:first⟧ sent passport copy (⟦pp⟧) to ⟦o⟧.\n",
    ]
    r.shuffle(acts)
    i = 0
    while d.n < target:
        c = g.person()
        d.f(acts[i % len(acts)], a=g.pick(team), b=g.pick(team), c=c, o=g.org(), dt=g.date(0, 30), ad=g.address(postal=False), am=g.amount(),
            x=g.person(), l=g.law(), fn=g.fileno(), mo=g.month(), s=g.person(c.origin, 'f'), ph=g.phone(), pp=g.passport())
        i += 1
        if r.random() < 0.6:
            d.t('  Context:')
            g.cs(d, r.choice(['social', 'housing', 'office']), r.randint(1, 2))
            d.t('\n')
    d.f('\nNext meeting: ⟦dt⟧ at ⟦tm⟧.\n', dt=g.date(5, 30), tm=g.time())


def fam_en_interview(g, d, target):
    r = g.r
    iv, p = g.person(), g.person()
    d.f("INTERVIEW TRANSCRIPT — file ⟦fn⟧ — ⟦dt⟧\n\n", fn=g.fileno(), dt=g.date())
    t = r.randint(0, 20)

    def ts():
        nonlocal t
        t += r.randint(3, 60)
        return '%02d:%02d:%02d ' % (t // 3600, t // 60 % 60, t % 60)
    d.f(ts() + "⟦i:full⟧: Thanks for coming in. Can you state your name and date of birth for the record?\n", i=iv)
    d.f(ts() + "⟦p:full⟧: ⟦p:full⟧, ⟦dob⟧.\n", p=p, dob=g.dob(p, 'long'))
    qs = [
        ("Where are you living now?", "At ⟦a⟧, since ⟦mo⟧.", lambda: dict(a=g.address(postal=False), mo=g.month())),
        ("Who else was there that night?", "Me, ⟦x:full⟧ and her cousin ⟦y:first⟧.", lambda: dict(x=g.person(), y=g.person())),
        ("What happened next?", None, None),
        ("Do you have a number where we can reach you?", "⟦ph⟧, that's my cell.", lambda: dict(ph=g.phone())),
        ("Did you report it to anyone?", "I told ⟦x:first⟧ at ⟦o⟧ on ⟦dt⟧.", lambda: dict(x=g.person(), o=g.org(), dt=g.date())),
        ("Do you have ID with you?", "My driver's licence, ⟦dl⟧.", lambda: dict(dl=g.licence(p))),
    ]
    r.shuffle(qs)
    for q, a, fn in qs:
        if d.n >= target:
            break
        d.f(ts() + "⟦i:last⟧: " + q + '\n', i=iv)
        if a is None:
            d.f(ts() + "⟦p:first⟧: ", p=p)
            g.cs(d, r.choice(['police', 'social', 'housing']), 2, lead='')
            d.t('\n')
        else:
            d.f(ts() + "⟦p:first⟧: " + a + '\n', p=p, **fn())
    while d.n < target:
        d.f(ts() + "⟦p:first⟧: ", p=p)
        g.cs(d, r.choice(['police', 'social']), 2, lead='')
        d.t('\n')
    d.f(ts() + "⟦i:full⟧: Thank you. Interview ended at ⟦tm⟧.\n", i=iv, tm=g.time())


def fam_en_tribunal(g, d, target):
    r = g.r
    j, t, l = g.person(), g.person(), g.person()
    d.f("ADMINISTRATIVE HOUSING TRIBUNAL\nFile: ⟦fn⟧\nHearing: ⟦dt⟧, ⟦c⟧\nBefore: ⟦j:full⟧, administrative judge\n\n⟦t:up⟧\nTenant — applicant\nv.\n⟦l:up⟧\n"
        "Landlord — respondent\n\nDECISION\n", fn=g.fileno('tal'), dt=g.date(), c=g.city(), j=j, t=t, l=l)
    d.f("[1] The tenant has lived at ⟦a⟧ since ⟦mo⟧ ⟦y⟧; the monthly rent is ⟦am⟧.", a=g.address(lang='en', postal=r.random() < 0.5), mo=g.month(),
        y=g.year(2010, 2023), am=g.amount(650, 2100))
    n = 2
    units = [
        lambda: g.cs(d, r.choice(['housing', 'court']), 2, lead=''),
        lambda: (d.f("⟦t:last⟧ testified to having written to the landlord on ⟦dt⟧.", t=t, dt=g.date()), g.cs(d, 'housing', 1)),
        lambda: (d.f("The janitor, ⟦x:full⟧, says he never received a call from ⟦t:first⟧.", x=g.person(gender='m'), t=t), g.cs(d, 'housing', 1)),
        lambda: (d.f("The Tribunal applies ⟦law⟧ to these facts.", law=g.law_art() if g.chance(0.5) else g.law()), g.cs(d, 'court', 1)),
        lambda: d.f("A rent reduction of ⟦am⟧ per month is granted as of ⟦dt⟧.", am=g.amount(40, 300), dt=g.date()),
    ]
    while d.n < target:
        d.t('\n\n[%d] ' % n)
        n += 1
        g.unit(units, d)()
    d.f("\n\n⟦j:full⟧\n", j=j)


def fam_en_press(g, d, target):
    r = g.r
    m = g.person()
    c = g.pick(g.P.cities)
    d.f("NEWS RELEASE — For immediate release\n\n⟦c⟧, ⟦dt⟧ — The Mayor of ⟦c2⟧, ⟦m:full⟧, today announced a ⟦am⟧ investment to rebuild ⟦s⟧.",
        c=('decoy', 'PLACE', c), dt=g.date(-20, 0, 'long'), c2=('decoy', 'PLACE', c), m=m, am=g.amount(100000, 9000000), s=g.street('en'))
    d.f(" \"Residents have waited a long time for this,\" said ⟦m:last⟧.", m=m)
    units = [
        lambda: (d.f("\n\nDistrict councillor ⟦x:full⟧ welcomed the news.", x=g.person()), g.cs(d, 'municipal', 1)),
        lambda: (d.f("\n\nWork begins in ⟦mo⟧ and will be carried out by ⟦o⟧.", mo=g.month(), o=g.org()), g.cs(d, 'municipal', 1)),
        lambda: d.f("\n\nMNA ⟦x:full⟧ highlighted the province's support.", x=g.person()),
        lambda: (d.t('\n\n'), g.cs(d, 'municipal', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
    s = g.person()
    d.f("\n\n-30-\n\nMedia contact: ⟦s:full⟧\n⟦ph⟧ | ⟦em⟧\n", s=s, ph=g.phone(), em=g.email(s, work=True))


def fam_en_family(g, d, target):
    r = g.r
    p = g.person(gender='f')
    br, bw = g.kin(p, 'm'), g.person(gender='f')
    mo, fa = g.person(p.origin, 'f'), g.kin(p, 'm')
    d.f("PSYCHOSOCIAL ASSESSMENT — Family history\nFile: ⟦fn⟧\n\n⟦p:full⟧ was born on ⟦dob⟧ in ⟦pl⟧.", fn=g.fileno(), p=p, dob=g.dob(p, 'long'),
        pl=g.abroad() if p.origin not in ('qc', 'en', 'in') else g.city())
    d.f(" She is the youngest of four. Her father, ⟦f:full⟧, died in ⟦y⟧; her mother, ⟦m:full⟧, lives in a seniors' residence in ⟦c⟧.",
        f=fa, y=g.year(1995, 2023), m=mo, c=g.city())
    units = [
        lambda: (d.f(" Her brother ⟦b:first⟧ and his wife ⟦w:first⟧ live in ⟦c⟧ and visit monthly.", b=br, w=bw, c=g.city()), g.cs(d, 'social', 1)),
        lambda: (d.f(" She was married to ⟦x:full⟧ from ⟦y⟧ to ⟦y2⟧.", x=g.person(gender='m'), y=g.year(1985, 2000), y2=g.year(2001, 2020)), g.cs(d, 'social', 1)),
        lambda: (d.f(" Her eldest daughter, ⟦k:first⟧ (born ⟦dob⟧), holds the power of attorney.", k=(k := g.person(p.origin, 'f')), dob=g.dob(k, 'long')),
                 g.cs(d, 'social', 1)),
        lambda: d.f(" ⟦p:first⟧'s sister-in-law ⟦w:full⟧ once took in her nephew ⟦n:first⟧ for a few months.", p=p, w=bw, n=g.person(p.origin, 'm')),
        lambda: g.cs(d, 'social', 2),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.f("\n\nAssessment by ⟦s:full⟧, MSW, ⟦o⟧.\n", s=g.person(), o=g.org())


def fam_en_voicemail(g, d, target):
    r = g.r
    d.f("Voicemail — mailbox ⟦bx⟧\n\n", bx=g.ext())
    k = 1
    while d.n < target:
        p = g.person()
        d.f("Message ⟦k⟧ — received ⟦dt⟧ at ⟦tm⟧ — from ⟦ph⟧\n\"Hi, this is ⟦p:full⟧, ", k=k, dt=g.date(-10, 0, 'long'), tm=g.time(), ph=g.phone(), p=p)
        k += 1
        x = r.random()
        if x < 0.3:
            d.f("I'm calling about my father's file, ⟦m:full⟧, the number is ⟦fn⟧. ", m=g.person(p.origin, 'm'), fn=g.fileno())
        elif x < 0.55:
            d.f("I wanted to know if you got my form, my SIN is ⟦n⟧. ", n=g.nas())
        elif x < 0.68:
            d.f("it's about the appointment on ⟦dt⟧, I can't make it. ", dt=g.date(0, 20, 'long'))
        elif x < 0.78:
            d.f("I need the letter for my passport renewal, the number is ⟦pp⟧. ", pp=g.passport())
        else:
            d.f("⟦x:first⟧ told me to call you directly. ", x=g.person())
        g.cs(d, r.choice(['social', 'housing', 'office']), r.randint(1, 2), lead='', sep=' ')
        d.f(" You can call me back at ⟦ph⟧" + (", extension ⟦e⟧" if r.random() < 0.3 else '') + ". Thanks, bye.\"\n", ph=g.phone(), e=g.ext())
        if r.random() < 0.4:
            d.t('Reception note: ')
            g.cs(d, 'office', 1, lead='')
            d.t('\n')
        d.t('\n')
    d.t('Automatic transcription — may contain errors.\n')


def fam_en_csv(g, d, target):
    r = g.r
    sep = r.choice([',', '\t', ';'])
    hdr = ['last_name', 'first_name', 'dob', 'phone', 'email', 'postal_code', 'status']
    d.f("export_⟦fn⟧.csv — generated ⟦dt⟧\n", fn=g.fileno('inc'), dt=g.date(-5, 0, 'iso'))
    d.t(sep.join(hdr) + '\n')
    while d.n < target * 0.55:
        p = g.person()
        up = r.random() < 0.3
        cells = [('lastup' if up else 'last', p), ('first', p), g.dob(p, 'iso'), g.phone(), g.email(p), g.postal(),
                 g.pick(['active', 'closed', 'waitlist', 'transferred'])]
        for i, c in enumerate(cells):
            if i:
                d.t(sep)
            if isinstance(c, tuple) and isinstance(c[1], Person):
                q = r.random() < 0.2 and sep == ','
                d.t('"' if q else '')
                d.item(c[1], c[0])
                d.t('"' if q else '')
            else:
                d.item(c)
        d.t('\n')
        if d.n > 2200:
            break
    d.t('\n# notes:')
    while d.n < target:
        g.cs(d, r.choice(['access', 'office', 'it']), 1)
    d.t('\n')


def fam_en_sms(g, d, target):
    r = g.r
    a, b = g.person(), g.person()
    d.f('Messages with ⟦b:full⟧ (⟦ph⟧)\n\n', b=b, ph=g.phone())
    msgs = [
        "where are u? ⟦x:firstlow⟧ is waiting outside the clinic",
        "sorry on the bus, there around ⟦tm⟧",
        "k. dont forget ⟦x:firstlow⟧'s card they'll ask for it",
        "whats his health card number again? ⟦rq⟧?",
        "yep",
        "⟦y:low⟧ texted me, landlord wants 150 more",
        "call her at ⟦ph⟧ pls",
        "can't, out of minutes",
        "my new address is ⟦ad⟧",
        "did u get the e-transfer? ⟦am⟧",
        "not yet, here's my info ⟦bk⟧",
        "thx!! have a good night",
    ]
    x, y = g.person(gender='m'), g.person(gender='f')
    i = 0
    st = {}
    for m in msgs:
        if d.n >= target and i > 4:
            break
        sp = [b, a][i % 2]
        i += 1
        dt, tm = g.stamp(st)
        d.f('[⟦dt⟧ ⟦tm⟧] ' + ('Me' if sp is a else '⟦s:first⟧') + ': ', dt=dt, tm=tm, s=sp)
        d.f(m + '\n', x=x, y=y, tm=g.time(), rq=g.ramq(x), ph=g.phone(), ad=g.address(city=False, postal=False), am=g.amount(20, 900), bk=g.bank(False))
        if r.random() < 0.45:
            dt, tm = g.stamp(st, 1, 30)
            d.f('[⟦dt⟧ ⟦tm⟧] ⟦s:first⟧: ', dt=dt, tm=tm, s=b)
            g.cs(d, r.choice(['office', 'social']), 1, lead='')
            d.t('\n')
    while d.n < target:
        dt, tm = g.stamp(st)
        d.f('[⟦dt⟧ ⟦tm⟧] Me: ', dt=dt, tm=tm)
        g.cs(d, 'office', 1, lead='')
        d.t('\n')


def fam_xx_record(g, d, target):
    """YAML or JSON record (French or English keys)."""
    r = g.r
    fr = g.lang == 'fr'
    js = r.random() < 0.5
    k = 0
    d.t('[\n' if js else '# ' + ('export des dossiers' if fr else 'case export') + '\n')
    while d.n < target - 120 or k == 0:
        p = g.person()
        keys = (['nom', 'prenom', 'date_naissance', 'nas', 'telephone', 'courriel', 'adresse', 'code_postal', 'note'] if fr else
                ['last_name', 'first_name', 'birth_date', 'sin', 'phone', 'email', 'address', 'postal_code', 'note'])
        a = g.address(city=False, postal=False)[0]
        vals = [p, p, g.dob(p, 'iso'), g.nas(), g.phone(), g.email(p), a, g.postal(), None]
        if js:
            d.t(('  {\n' if k == 0 else ',\n  {\n'))
        for i, (key, v) in enumerate(zip(keys, vals)):
            if js:
                d.t('    "%s": "' % key)
            else:
                d.t(('- ' if i == 0 else '  ') + key + ': ')
            if i == 0:
                d.item(p, 'last')
            elif i == 1:
                d.item(p, 'first')
            elif v is None:
                dom = r.choice(['social', 'office', 'health'])
                d.c(g.sent(dom))
                d.t(' ')
                d.c(g.sent(dom))
            else:
                d.item(v)
            if js:
                d.t('"' + (',' if i < len(keys) - 1 else '') + '\n')
            else:
                d.t('\n')
        if js:
            d.t('  }')
        k += 1
        if d.n > 2000:
            break
    d.t('\n]\n' if js else '')


def fam_en_handwritten(g, d, target):
    r = g.r
    p = g.person()
    d.f('mtg notes ⟦dt⟧ — ⟦p:low⟧\n', dt=g.date(-30, 0, 'slash'), p=p)
    items = [
        lambda: d.f('- saw ⟦t⟧ ⟦p:last⟧ in office w/ daughter ⟦f:first⟧\n', t='Ms.' if p.gender == 'f' else 'Mr.', p=p, f=g.person(p.origin, 'f')),
        lambda: d.f('- cell ⟦ph⟧ (no voicemail)\n', ph=g.phone()),
        lambda: d.f('- appt w/ ⟦o⟧ on ⟦dt⟧ @ ⟦tm⟧\n', o=g.org(), dt=g.date(0, 30), tm=g.time()),
        lambda: d.f('- TODO: call back ⟦x:firstlow⟧ re: lease, owes ⟦am⟧\n', x=g.person(), am=g.amount(100, 3000)),
        lambda: d.f('- SIN ⟦n⟧ — check w/ Service Canada\n', n=g.nas()),
        lambda: d.f('- addr: ⟦a⟧\n', a=g.address()),
        lambda: d.f('- card on file ⟦cc⟧ exp ⟦mm⟧/⟦yy⟧\n', cc=g.card(), mm='%02d' % r.randint(1, 12), yy=r.randint(26, 30)),
        lambda: (d.t('- '), g.cs(d, 'social', 1, lead=''), d.t('\n')),
        lambda: (d.t('- '), g.cs(d, 'social', 1, lead=''), d.t('\n')),
        lambda: d.f('- ref ⟦l⟧ — ask ⟦x:init⟧\n', l=g.law(), x=g.person()),
    ]
    r.shuffle(items)
    for it in items:
        if d.n >= target:
            break
        it()
    while d.n < target:
        d.t('- ')
        g.cs(d, 'social', 1, lead='')
        d.t('\n')
    d.f('SW: ⟦w:init⟧\n', w=g.person())


def fam_en_passport_form(g, d, target):
    """Client intake summary with the other identifier types."""
    r = g.r
    p = g.person()
    d.f("CLIENT INTAKE SUMMARY — ⟦o⟧\nDate: ⟦dt⟧    Intake worker: ⟦w:full⟧\n\n", o=g.org(), dt=g.date(-5, 0), w=g.person())
    rows = [
        ("Name: ⟦p:up⟧\n", lambda: dict(p=p)),
        ("Date of birth: ⟦dob⟧\n", lambda: dict(dob=g.dob(p))),
        ("Health card (RAMQ): ⟦rq⟧\n", lambda: dict(rq=g.ramq(p))),
        ("SIN: ⟦n⟧\n", lambda: dict(n=g.nas())),
        ("Passport: ⟦pp⟧ (country of birth: ⟦c⟧)\n", lambda: dict(pp=g.passport(), c=g.abroad())),
        ("Driver's licence: ⟦dl⟧\n", lambda: dict(dl=g.licence(p))),
        ("Address: ⟦a⟧\n", lambda: dict(a=g.address(lang='en'))),
        ("Phone: ⟦ph⟧ / work ⟦ph2⟧ ext. ⟦e⟧\n", lambda: dict(ph=g.phone(), ph2=g.phone(), e=g.ext())),
        ("Direct deposit: ⟦bk⟧\n", lambda: dict(bk=g.bank())),
        ("Card on file for fees: ⟦cc⟧\n", lambda: dict(cc=g.card())),
        ("Emergency contact: ⟦x:full⟧ (⟦rel⟧), ⟦ph⟧\n", lambda: dict(x=g.person(), rel=g.pick(['sister', 'son', 'neighbour', 'friend']), ph=g.phone())),
    ]
    for tpl, fn in rows:
        d.f(tpl, **fn())
    d.t('\nNotes: ')
    while d.n < target:
        g.cs(d, r.choice(['social', 'health', 'office']), 1, lead='')
        d.t(' ')
    d.t('\n')


def fam_fr_formulaire(g, d, target):
    r = g.r
    p = g.person()
    d.f("FORMULAIRE D'ACCUEIL — ⟦o⟧\nDate : ⟦dt⟧    Intervenant(e) : ⟦w:full⟧\n\n", o=g.org(), dt=g.date(-5, 0), w=g.person())
    rows = [
        ("Nom, prénom : ⟦p:revup⟧\n", lambda: dict(p=p)),
        ("Date de naissance : ⟦dob⟧\n", lambda: dict(dob=g.dob(p))),
        ("No d'assurance maladie : ⟦rq⟧\n", lambda: dict(rq=g.ramq(p))),
        ("NAS : ⟦n⟧\n", lambda: dict(n=g.nas())),
        ("Permis de conduire : ⟦dl⟧    Plaque : ⟦pl⟧\n", lambda: dict(dl=g.licence(p), pl=g.plate())),
        ("Passeport : ⟦pp⟧\n", lambda: dict(pp=g.passport())),
        ("Adresse : ⟦a⟧\n", lambda: dict(a=g.address(lang='fr'))),
        ("Téléphone : ⟦ph⟧ (rés.) / ⟦ph2⟧ (trav.) poste ⟦e⟧\n", lambda: dict(ph=g.phone(), ph2=g.phone(), e=g.ext())),
        ("Dépôt direct : ⟦bk⟧\n", lambda: dict(bk=g.bank())),
        ("Carte de crédit (frais) : ⟦cc⟧\n", lambda: dict(cc=g.card())),
        ("Personne à prévenir : ⟦x:full⟧ (⟦rel⟧), ⟦ph⟧\n", lambda: dict(x=g.person(), rel=g.pick(['sœur', 'fils', 'voisine', 'ami']), ph=g.phone())),
    ]
    for tpl, fn in rows:
        if r.random() < 0.85:
            d.f(tpl, **fn())
    d.t('\nObservations : ')
    while d.n < target:
        g.cs(d, r.choice(['social', 'health', 'office']), 1, lead='')
        d.t(' ')
    d.t('\n')


FAMILIES = [
    ('fr_notes_evolutives', 'fr', fam_fr_notes_ts), ('fr_soins_domicile', 'fr', fam_fr_soins_domicile),
    ('fr_incident_scolaire', 'fr', fam_fr_incident_scolaire), ('fr_pv_conseil', 'fr', fam_fr_pv_conseil),
    ('fr_audience_tal', 'fr', fam_fr_tal), ('fr_appel_911', 'fr', fam_fr_911), ('fr_fil_courriel', 'fr', fam_fr_courriel),
    ('fr_registre_acces', 'fr', fam_fr_registre_acces), ('fr_comite', 'fr', fam_fr_comite), ('fr_entrevue', 'fr', fam_fr_entrevue),
    ('fr_notes_brutes', 'fr', fam_fr_notes_brutes), ('fr_sms', 'fr', fam_fr_sms), ('fr_grief', 'fr', fam_fr_grief),
    ('fr_decision_tat', 'fr', fam_fr_decision), ('fr_communique', 'fr', fam_fr_communique), ('fr_histoire_familiale', 'fr', fam_fr_genealogie),
    ('fr_boite_vocale', 'fr', fam_fr_boite_vocale), ('fr_points_action', 'fr', fam_fr_actions), ('fr_tableau_md', 'fr', fam_fr_tableau),
    ('fr_formulaire', 'fr', fam_fr_formulaire), ('fr_yaml_json', 'fr', fam_xx_record),
    ('en_case_notes', 'en', fam_en_case_notes), ('en_helpdesk', 'en', fam_en_helpdesk), ('en_school_incident', 'en', fam_en_school),
    ('en_council_minutes', 'en', fam_en_council), ('en_police_report', 'en', fam_en_police), ('en_email_thread', 'en', fam_en_email),
    ('en_teams_chat', 'en', fam_en_chat), ('en_grievance', 'en', fam_en_grievance), ('en_action_items', 'en', fam_en_actions),
    ('en_interview', 'en', fam_en_interview), ('en_tribunal', 'en', fam_en_tribunal), ('en_press_release', 'en', fam_en_press),
    ('en_family_history', 'en', fam_en_family), ('en_voicemail', 'en', fam_en_voicemail), ('en_csv_export', 'en', fam_en_csv),
    ('en_sms', 'en', fam_en_sms), ('en_yaml_json', 'en', fam_xx_record), ('en_handwritten', 'en', fam_en_handwritten),
    ('en_intake_summary', 'en', fam_en_passport_form),
]


# Sentences holding an ordinary word that is also a surname somewhere in the
# name pools (decoy WORD): "pre|word|post".
WORD_SENTS = {
    'fr': '''Le |boulanger| du coin a vu la scène depuis sa vitrine.
Voir la |page| 4 du rapport pour le détail des heures.
Le |marchand| de la rue voisine a accepté de témoigner.
Un |renard| a été aperçu près de la cour d'école.
Le |poisson| rouge de la classe a été confié à un parent.
La |charrette| du jardin communautaire a disparu.
Le |meunier| du moulin patrimonial offre des visites aux groupes.
Le |berger| allemand du voisin jappe toute la nuit.
Le |chevalier| de Colomb responsable de la salle a remis les clés.
Un |bouillon| chaud a été servi aux personnes évacuées.
La |faille| dans le mur de fondation laisse passer l'eau.
Le |charpentier| doit revenir pour terminer la galerie.''',
    'en': '''See |page| 4 of the report for the hours.
A |young| driver was involved in the collision.
The documents were left in a |brown| envelope at the front desk.
The |frost| cracked the pipes in the basement.
A |fox| was seen near the schoolyard fence.
The |baker| across the street called it in.
The |stone| wall behind the building is crumbling.
The |bell| rang before the students came back inside.
The |mason| is expected to repair the steps next week.
The |wood| fence between the two yards was damaged.
A |rose| bush was planted in memory of the former janitor.
The |hill| behind the school is closed to sledding.''',
}


def _gen_word_sentence(g, d):
    lst = [x for x in WORD_SENTS[g.lang].strip().split('\n') if half_of(x) == g.P.mode] or WORD_SENTS[g.lang].strip().split('\n')
    pre, w, post = g.fresh(lst, 'ws').strip().split('|')
    if pre:
        d.c(pre.rstrip())
        d.t(' ')
    else:
        w = w[0].upper() + w[1:]
    d.add(w, 'decoy', 'WORD')
    d.t(' ')
    d.c(post.strip())


_plain_cs = Gen.cs


def _cs_with_words(self, d, domain, k=1, lead=' ', sep=' '):
    for i in range(k):
        d.t(lead if i == 0 else sep)
        if self.r.random() < 0.07:
            _gen_word_sentence(self, d)
        else:
            d.c(self.sent(domain))


Gen.cs = _cs_with_words


def domain_of(family):
    for keys, dom in [(('notes', 'case', 'family', 'histoire', 'action', 'sms', 'handwritten', 'brutes'), 'social'),
                      (('soins',), 'health'), (('scol', 'school'), 'school'), (('conseil', 'council', 'communique', 'press'), 'municipal'),
                      (('tal', 'tribunal'), 'housing'), (('911', 'police', 'entrevue', 'interview'), 'police'),
                      (('grief', 'grievance'), 'hr'), (('decision',), 'court'), (('helpdesk', 'chat'), 'it'), (('acces',), 'access')]:
        if any(k in family for k in keys):
            return dom
    return 'office'


def make_doc(mode, seed, i, pools):
    rng0 = random.Random('indep12|%s|%s|%d' % (mode, seed, i))
    name, lang, fn = FAMILIES[rng0.randrange(len(FAMILIES))]
    if fn is fam_xx_record:
        lang = 'fr' if name.startswith('fr') else 'en'
    best = None
    for attempt in range(60):
        rng = random.Random('indep12|%s|%s|%d|%d' % (mode, seed, i, attempt))
        target = rng.randint(650, 2050) if attempt < 20 else rng.randint(620, 1300)
        g = Gen(pools, rng, lang)
        g.dom = domain_of(name)
        d = Doc(lang)
        fn(g, d, target)
        text, spans = d.build()
        if 600 <= len(text) <= 2500:
            best = (text, spans)
            break
    if best is None:
        raise RuntimeError('no document of the right size for %s' % name)
    text, spans = best
    return {'id': 'indep12-%s-%s-%04d' % (mode, seed, i), 'lang': lang, 'family': name, 'text': text,
            'spans': [{k: s[k] for k in ('start', 'end', 'kind', 'type')} for s in spans]}, spans


def generate(mode, count, seed, out):
    pools = Pools(mode)
    for i in range(count):
        doc, _ = make_doc(mode, seed, i, pools)
        out.write(json.dumps(doc, ensure_ascii=False) + '\n')


# ---------------------------------------------------------------------------
# Self-test

PARTICLES = {'de', 'van', 'ben'}


def reference_files(root):
    import glob
    b = os.path.join(root, 'bench')
    files = sorted(glob.glob(os.path.join(b, 'freetext-indep*.py')))
    files = [f for f in files if not f.endswith('freetext-indep12.py')]
    files += [os.path.join(b, 'freetext-gen.py'), os.path.join(b, 'freetext-fresh.py')]
    files += sorted(glob.glob(os.path.join(b, 'freetext-pools*.py')))
    files += [os.path.join(root, 'redact', 'names-input.json')]
    files += sorted(glob.glob(os.path.join(root, 'redact', 'model', '*')))
    return [f for f in files if os.path.isfile(f)]


def measure_overlap(parts, root):
    """Share of name parts found, as whole words and case-insensitively, in the
    reference files (read as text, the way grep -a -w -i would)."""
    files = reference_files(root)
    if not files:
        return None
    text = '\n'.join(open(f, 'rb').read().decode('utf-8', 'replace') for f in files)
    toks = set(w.lower() for w in re.findall(r'\w+', text))
    ftoks = set(fold(w) for w in toks)
    exact, folded = [], []
    for p in parts:
        if re.fullmatch(r'\w+', p):
            hit = p.lower() in toks
        else:
            hit = re.search(r'(?<!\w)' + re.escape(p) + r'(?!\w)', text, re.I) is not None
        if hit:
            exact.append(p)
        if all(fold(x) in ftoks for x in re.findall(r'\w+', p)) and (hit or re.fullmatch(r'\w+', p)):
            folded.append(p)
    return files, exact, folded


def selftest():
    from collections import Counter
    parts = all_name_parts()
    halves = {m: set(fold(p) for p in parts if half_of(p) == m) for m in 'WH'}
    assert not (halves['W'] & halves['H']), 'W and H share a name part'
    assert all(' ' not in p for p in parts), 'a name part is not a single token'
    fams = set()
    langs = Counter()
    types = Counter()
    content_share = []
    lengths = []
    n = 0
    for mode in 'WH':
        pools = Pools(mode)
        mine = halves[mode]
        for i in range(420):
            doc, spans = make_doc(mode, 11, i, pools)
            text = doc['text']
            b = text.encode('utf-8')
            assert 600 <= len(text) <= 2500, (doc['id'], len(text))
            last = 0
            for s in spans:
                assert last <= s['start'] < s['end'] <= len(b), (doc['id'], s)
                seg = b[s['start']:s['end']].decode('utf-8')
                assert seg == s['_s'], (doc['id'], seg, s['_s'])
                assert seg == seg.strip(), (doc['id'], seg)
                last = s['end']
                types[(s['kind'], s['type'])] += 1
                if s['type'] == 'PERSON':
                    for tok in re.split(r"[\s-]+", seg):
                        if not tok or tok.endswith('.') or tok.lower() in PARTICLES:
                            continue
                        assert fold(tok) in mine, (doc['id'], tok, mode)
            assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc
            fams.add(doc['family'])
            langs[doc['lang']] += 1
            content_share.append(sum(len(s['_s']) for s in spans if s['kind'] == 'content') / len(text))
            lengths.append(len(text))
            n += 1
    assert len(fams) >= 30, len(fams)
    # determinism
    import io
    a, c = io.StringIO(), io.StringIO()
    generate('W', 5, 3, a)
    generate('W', 5, 3, c)
    assert a.getvalue() == c.getvalue()
    print('selftest ok: %d documents, %d families, fr %d / en %d, length %d-%d (mean %d), content share %.1f %%'
          % (n, len(fams), langs['fr'], langs['en'], min(lengths), max(lengths), sum(lengths) // len(lengths),
             100 * sum(content_share) / len(content_share)))
    print('spans:', ', '.join('%s/%s %d' % (k[0], k[1], v) for k, v in sorted(types.items())))
    byorigin = Counter()
    for p, k in parts.items():
        byorigin[k.split()[0]] += 1
    print('name parts: %d distinct (W %d, H %d); by origin: %s' % (len(parts), len(halves['W']), len(halves['H']),
                                                                 ', '.join('%s %d' % kv for kv in sorted(byorigin.items()))))
    pw, ph = Pools('W'), Pools('H')
    for label, f in [('cities', lambda P: P.cities), ('foreign places', lambda P: P.foreign),
                     ('streets', lambda P: P.streets['fr'] + P.streets['en']), ('organisations', lambda P: P.orgs['fr'] + P.orgs['en']),
                     ('laws', lambda P: P.laws['fr'] + P.laws['en']), ('e-mail domains', lambda P: P.domains + P.work_domains),
                     ('content sentences', lambda P: sum(P.content.values(), []))]:
        print('%s: W %d, H %d' % (label, len(f(pw)), len(f(ph))))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    res = measure_overlap(sorted(parts), root)
    if res is None:
        print('overlap: reference files not found under', root)
        return
    files, exact, folded = res
    print('overlap with %d reference files (bench/freetext-indep*.py, freetext-gen.py, freetext-fresh.py, freetext-pools*.py, '
          'redact/names-input.json, redact/model/*; whole word, case-insensitive): %d / %d = %.2f %% '
          '(accent-folded: %d = %.2f %%)' % (len(files), len(exact), len(parts), 100 * len(exact) / len(parts),
                                              len(folded), 100 * len(folded) / len(parts)))
    print('shared parts:', ' '.join(exact))
    assert len(exact) / len(parts) < 0.03


def main():
    if len(sys.argv) == 2 and sys.argv[1] == '--selftest':
        selftest()
        return
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.stderr.write(__doc__.split('\n\n')[1] + '\n')
        sys.exit(2)
    sys.stdout.reconfigure(encoding='utf-8')
    generate(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.stdout)


if __name__ == '__main__':
    main()
