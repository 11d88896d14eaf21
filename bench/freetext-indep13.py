#!/usr/bin/env python3
"""freetext-indep13.py - thirteenth independently written generator of
labelled free-text records (French / English) of the kind Québec public
bodies, schools, employers and community groups keep, for evaluating
person-name and identifier redaction on text its authors never saw.

Usage:  freetext-indep13.py W|H COUNT SEED > docs.jsonl
        freetext-indep13.py --selftest

Output: one JSON object per line: id ("indep13-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (to be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE, DATE,
MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences (type CONTENT).

Span conventions (those of the earlier independent generators): a courtesy,
professional or office title (M., Mme, Me, Dr, Dre, Mr., Ms., Mrs.,
l'inspectrice, Councillor ...) stays outside the PERSON span, as do a
possessive 's, an elided d'/l' and the "@" of a chat mention; initials with
a surname ("J.-F. Bourdeault") are one span; "Surname, Given" gives two
spans; a particle (de, du, van, Van, Ben, Al-, El-, Mac/Mc, O') is inside the
span; an address runs from the civic number (or a unit written in front of
it, "204-1185") through the street and a unit written after it ("app. 4",
"Apt. 2B", "#12") and stops before the city, which is left unlabelled; the
postal code (Canadian or foreign) is its own span; a phone extension is
outside the phone span; bank details written as labelled pieces give one
span per piece, one span when written as a group; for a date of birth only
the date is labelled.  An official acting publicly is still a PERSON.
Decoys: organisations (some holding a person's name: "Quincaillerie
Rolland-Beaupied"), places, street names written without a civic number,
law references, file / lot / resolution numbers, toll-free numbers,
amounts, dates and times that are not birth dates, and ordinary words that
are also surnames in the pools (WORD: "la brouette", "a pebble").

Independence: every list pool (name parts of each origin, streets, cities,
places abroad, organisations, laws, e-mail domains, content sentences) is
split in two disjoint halves by the md5 of "indep13:" + the accent-folded
lower-case entry; mode W draws only from the W halves, mode H only from the
H halves.  Name parts are single tokens; hyphenated given names, double
surnames and particle forms are put together at run time from parts of the
same half, so W and H share no name part.  The name parts were written for
this file (rare real names and names built from the usual morphology of
each origin) and chosen so that few of them occur in the other bench
generators' pools or in the redactor's name lists (--selftest measures it;
a handful of very common parts -- Marie, Jean, Nguyễn, Kim ... -- are kept
on purpose).  Python 3 standard library only; output depends only on the
arguments.
"""
import datetime
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
    return 'W' if hashlib.md5(('indep13:' + fold(entry)).encode('utf-8')).digest()[3] % 2 == 0 else 'H'


# ---------------------------------------------------------------------------
# Name parts.  Key "origin role": f / m given names (u: either gender),
# s surnames, w surnames that are also ordinary words, de / van / al parts
# taking a particle, mid Vietnamese middle names, sm Polish surnames in the
# masculine form (the feminine -ska is derived at run time).
# Origins: qc Québec French, en English / Irish / Scottish, ht Haitian,
# ar Arabic (Maghreb, Mashriq), vi Vietnamese, zh Chinese, ko Korean,
# la Latin American (incl. Andean, Maya, Basque), sa South Asian (Tamil,
# Punjabi, Sinhala, Bengali), wa West African, ea East African, in
# Indigenous (Inuit, Innu, Atikamekw, Cree, Mohawk), ee Eastern European,
# gr Greek, it Italian, pt Portuguese, ph Filipino, nl Dutch / Flemish.
NAMES = {
    'qc f': '''Marie Anne Clairette Bérengère Danaé Lorie Aurette Léonette Albérine Odilise Mélette Lauzise Géralienne Théranne
        Léonienne Géralette Sidonette Norbette Edmine Albéria Auranne Lauzina Célanette Aurise Clarienne Célanienne
        Dorvienne Rosalette Edmia Florizette Ghislia Noélienne Orphette Thérina Célanine Marizise Sidonine Évanina
        Valérine Norbise Évanienne Valéranne Lauzia Marizanne Edmette Florizienne Honia Géralise Florizine Mélanne
        Léonina Valérette Dorvise Marizina Sidonienne Aurine Loélie Kyliane Mayalie Noëlyse Charlyne Kamélia Mélyka
        Annabelly Léonye Loanie Jaylie Raphaëlla Rosélya Élyssia Mavryne Océanie Lyanna Kéliane Alixane Lorélya''',
    'qc m': '''Jean Louis Béloni Oréus Urgèle Maxens Loukas Élyott Mathéis Nathys Kaylan Jordik Dylann Kéliann Mayson Tayson
        Lénaël Timaël Nohlan Thymoté Éthann Mathyss Noélio Ludovyc Félyx Émrick Anthonny Lohann Nolhan Mylan Ylan
        Aymerick Lactance Ladislas Sifroid Xyste Zéphyrin Odias''',
    'qc s': '''Aboussafy Audette Duchesneau Manseau Bouvrette Pontette Quesnais Esclonnet Varrier Lévard Villier Tachonnet
        Pellignon Tourvignon Carronnet Chaillereau Perrais Tourvelin Vailleault Chasseault Lambeault Dessonnet Houreault
        Brédeault Bourdouin Thouveault Brédouin Faucais Neuviault Rabelin Gagnonnet Saucereault Mornard Vaillereault
        Villelin Labelet Marqueault Tesseault Marcereault Esclelet Nozouin Dauphelet Frennelin Chassonnet Duvignon
        Neuvelier Vaillette Bessouin Gagneault Loubais Houdrette Duvouin Perrelet Dauphelier Roussouin Quesnouin
        Lambonnet Quesnelin Varrard Loubignon Villette Chailliault Quesnette Marquelet Lambelin Hourignon Gagnelin
        Mornette Mornereault Aubouin Houdrais Duvereault Gaillelet Dessette Ennette Gaillais Tessonnet Chaillette
        Fréchelin Pontelet Delphignon Palleault Montelier Dauphignon Quesnereau Aubonnet Perrouin Sauconnet Pallard
        Pontelier Perrignon Loubonnet Perrereault Coutouin Gaillier Duvelin Houdrelin Lambereau Villelier Rabeault
        Ennelet Esclignon Rabignon Roussais Rémeault Thouvereau Pellelin Fréchiault Labiault Mignelet Faucelet Nozelet
        Rabereault Houdrelier Crevelet Beauselier Rabonnet Mignette Varrelier Brébais Jarrelier Hourelin Beausonnet
        Sauciault Pallais Mornignon Vaillard Daupheault Tourvier Carriault Tacheault Montereault Chaillard Brédignon
        Tourvereau Crevonnet Villereau Fillonnet Chasselier Bourdonnet Hourier Broutelin Pellelier Bourdeault Rousseault
        Gossier Brédereau Coutereault Nozette Tessereault Jarronnet Neuvelin Marciault Nozelier Villais Roussonnet
        Pallelet Pallelier Houronnet Jarrouin Carrignon Crevelier Delphereault Coutelin Saucouin Loubeault Mignelin
        Nozereault Marcette Esclette Aubelet Bourdignon Coutard Beausette Pontignon Ponteault Brébette Tachelet
        Tesselier Pontonnet Marquelier Bourdelet Varrette Dessereau Labouin Delphiault Frennouin Marconnet Bessereault
        Gagniault Frennereau Loubelet Montette Houdreault Loubelier Loubereault Fillouin Fillelin Rabereau Dessais
        Cachier Lambelier Pelleault Dormelet Perrereau Cachiault Filliault Neuvouin Quesnard Rochelier Labelier
        Migniault Coutiault Gagnouin Besseault Lévelet Gaillignon Dormette Dauphard Thouvette Sauvereault Gagnelier
        Duviault Perrelin Jarrereau Broutouin Frennier Gagnard Desselin Marceault Neuvereault Brédard Thouvelet Marcais
        Tourvette Rémereault Ennier Pallignon Guillouin Gailliault Thouvier Aubais Dormereault Guillier Hourelier Duvais
        Dauphette Gagnereau Thouviault Cacheault Montier Fauceault Frennais Tourvard Aubelin Gaillouin Beausais Cachouin
        Delphelin Jarrelin Lévette Aubelier Bourdereault Saucelin Ennonnet''',
    'qc w': '''Brouette Chaudron Sablier Crapaud Mésange Grelot Vitrier Bourrelier Cordier Lechat Chaloupe Lanterne Moulinet
        Fromager Cabane Lenfant Mouette Tourterelle Tonneau Chandelle Houlette Faucille Enclume Rabot Truelle Fuseau
        Bobine Lucarne Pignon Sillon Gerbe Javelle Pivert Hirondelle Fauvette Bécasse Perdrix Chevreuil Castor Belette
        Hérisson Lièvre Sapin Bouleau Tilleul Noisette Framboise Bleuet Pommier Ruisseau Falaise Marais Vallon Bosquet
        Buisson Pinceau Crayon Chapeau Cerceau Rouet Maréchal Charretier Bûcheron Lepoivre''',
    'qc de': '''Grosbois Contrecoeur Lotbinière Lavaltrie Champfleury Montclair Rivebelle Boisfranc Vaubois Clairmarais
        Hautefort Montbrun Sablonnière Valcartier Rochebrune Malartic Courcelette''',
    'en f': '''Margery Davina Hermia Hyacinth Vanora Kirsteen Aldith Fanchon Hepzibah Idonea Jennet Mehetabel Nesta Orabella
        Petronel Rosabel Tacey Ulrica Vashti Alethea Amabel Cicely Dulcie Elswyth Evadne Gwenda Ianthe Isolda Lilias
        Merial Sidony Tryphena Wynne Zillah Avice Bathsheba Clarimond Dowsabel Emmot Grizel Hawise Mabyn Nichola
        Cliodhna Neasa Beathag Ciorstaidh Diorbhail Raonaid Marsaili Oighrig Ember Sable Meadow Sorrel Kestrel''',
    'en m': '''Algernon Ferghal Aengus Bearach Cianan Diarmaid Garbhan Muiris Tiernan Uinseann Ailill Gilleasbuig Iomhar
        Uilleam Benedick Drogo Fulke Gawain Hereward Osbert Sampson Bevis Cuthwin Digory Isham Obadiah Phineas
        Theophilus Ptolemy Thurstan Wilmot''',
    'en s': '''Babington Barnstable Bloxham Bramhall Brayshaw Broadbent Brockway Chillingworth Cotterill Crowther Dankworth
        Dinsdale Dobbins Eddington Fennimore Gascoigne Gathercole Harrowby Hollingworth Inchbald Jessop Kingsbury
        Knightley Lambourne Langstaff Loveridge Mainwaring Marchbanks Netherwood Quarmby Rawsthorne McGarrigle McGonigal
        McMurdo McTeague O'Hanlon Breathnach Cunniffe Delahunty Cogan Ruane Fottbourne Lydton Larkworth Dunstholme
        Oxenhurst Kelston Larkthwaite Hebbcliffe Ruddcliffe Elstden Haskworth Bexfield Mossfield Mossbourne
        Elsthurst Bickfield Kiddthwaite Paskstowe Cobbley Quenridge Hoxhurst Stowton Paskridge Brantholme Cobbstowe
        Coppton Brantbourne Fottwell Ludfield Paskton Dunstworth Frithridge Paskingham Larkden Frithbourne Hoxton
        Wickfield Vickhurst Niddcombe Sketford Teddingham Niddholme Wolvcombe Sedgridge Amblingham Fellridge Amblton
        Hebbton Mellton Ottbourne Dartbourne Niddingham Oxenby Jubbfield Wolvshaw Sedgworth Tibworth Wolvcliffe Kempton
        Ramshurst Dunnbourne Thirlholme Kiddholme Dunnfield Fottstowe Wickcombe Larkfield Eggshaw Kelsford Ramsworth
        Dunnridge Thirlshaw Jubbcombe Teddbourne Sketworth Hebbholme Larkstowe Stowridge Niddthwaite Ottwell Bickcombe
        Paskley Jubbton Stowford Ludbourne Ramsford Haskingham Elstridge Sedgshaw Thirlford Kelsworth Cobbton Bexcombe
        Mossford Bexden Ottshaw Lydworth Dartholme Grensford Jubbridge Alderton Kempthwaite Teddford Elstwell Inglestowe
        Wolvthwaite Coppshaw Coppcombe Hebbcombe Ottridge Elstford Dartstowe Ruddridge Mellthwaite Yeldfield Ottford
        Grensden Nantshaw Oxenstowe Amblfield Kempridge Wendhurst Mellby Pellridge Haskshaw Dunnby Paskworth Larkshaw
        Ruddby Inglebourne Amblworth Kempford Larkby Oxenley Yeldton Hebbthwaite Dunningham Nantholme Sketcliffe Quenby
        Elstley Amblstowe Hoxford Kelsholme Sedgcombe Dunstfield Mellhurst Bickridge Wolvley Sketley Sedgingham Wickley
        Fottfield Ludshaw Fellton Wolvton Pellby Bexford Morrcombe Kempholme Sedgbourne Chadford Pellbourne Sedgcliffe
        Haskden Fellcombe Niddby Larkford Oxenton Tibhurst Ludcliffe Haskton Cobbingham Teddby Bexcliffe Fottridge
        Wolvbourne Niddshaw Amblshaw Haskwell Brantfield Sketcombe Jubbley Kiddridge Frithwell Wickwell Wickhurst
        Sedgford Dunstford McAulish MacBratney McCaffery MacDreary McElhinney MacFettridge McGillicuddy MacHargue
        McIlvenny MacKinstry McLornan MacMurtry McNabney McRannald MacSorley McTavert MacVeagh McWhirter MacArdle
        McBratnie MacCleish McDonagh MacErrigle McFeeters MacGowran McHutcheon MacIvor McKerrow MacLintock McMonies
        MacNaughtan McPhedran MacRory McSkimming MacTaggert McVannan O'Brolchain O'Cathain O'Cuinn O'Dubhda O'Fearghail
        O'Gadhra O'Hagan O'Kelleher O'Laoghaire O'Maolain O'Neachtain O'Ruairc O'Sionnaigh O'Tuama O'Ceallachain
        O'Donnabhain O'Heigeartaigh O'Loingsigh O'Mordha O'Riagain O'Scannail O'Tighearnaigh O'Brosnan O'Dorcey
        O'Flannagain O'Gealbhain O'Huallachain O'Madden O'Rahilly''',
    'en w': '''Pebble Bracken Fennel Starling Hawthorn Cobbler Ploughman Furrow Hedge Sheaf Spindle Bobbin Hatchet Mallet
        Buckle Tankard Mantle Rook Thimble Lantern Ladder Hammer Anvil Saddler Carver Chisel Barrow Pillar Steeple
        Beacon Lockett Gable Fiddler Plowright Sickle Rafter Cinder Warbler Bunting Thrush Plover Curlew Lapwing
        Tinsmith''',
    'ht f': '''Philomise Vanise Zette Anaïse Elmyre Gertha Ilfrise Kettia Manouchka Vilna Mikerline Bedline Clairvoyante Jertha
        Altanise Bélourdes Cléanne Dieunette Esperancia Gisline Jovenie Olvanie Prophétie Saintamise Tamarah Vierginie
        Ysemanie Talène Galie Talise Rosnène Yonnène Nelvose Jesnande Fednande Fednise Judande Wilmette Jesnise Hermie
        Myrette Ludose Yonnline Kervline Walaine Clesette Edlose Fabline Fabette Nelvette Mirlose Loviaine Yonnise
        Walette Jesnaine Fabie Talande Wilmline Wilmaine Fabène Odnline Hermette Darène Clesie Myrise Clervaine Nerlette
        Clervise Clervie Richise Hermose Mirlise Clervline Ludline Sonnaine Wilmie Nerlie Hermaine Kervène Kervette
        Edlie Sonnose Walène Clesaine Odnette Edlène Yonnette Yonnie Fabaine Hermline Nelvande Walise Edlette Berlette
        Edlande Wilmande Shelette Rosnande Ludande Loviline Berlise Darose Fednose Hermise Richaine Clesise Rosnose''',
    'ht m': '''Dieusel Jocelerme Oriol Télémaque Ducarmel Ilio Nicknel Occident Velcin Yonel Gueslin Mackenley Sonel Dieuvens
        Frandy Gasner Lesner Kervly Ludens Yonnson Wilmner Loviner Clervens Clesel Ludner Clesens Nelvner Mirlel Walens
        Kervner Mirlens Edlens Ludly Berlens Fednens Jesnson Myrner Fably Clervel Fednly Edlner Hermly Wilmson Jesnens
        Clesner Yonnel Darly Fabson Shelens Edlson Hermens Wilmly Judens Odnens Ludel Richel Hermel Odnel Zachly Nerlson
        Kervson Talner Richson Zachson Talson Ludson Rosnel Rosnens Darner Walson Talens Rosnly Wilmens Galson Odnly
        Fabens Zachner Fabner Nerlens Sonnel Lovily Clervner Judner Lovison Loviel Shelner Jesnel''',
    'ht s': '''Duclervil Fontus Joassaint Ylizé Dorsaint Massillon Phanord Volcy Cajuste Aupont Céide Exavier Fleurantin
        Jeantilus Lafontant Ostiné Sainvilus Thélismond Vaval Nérange Bellime Gellange Volime Manien Julime Sainilus
        Mililus Augor Sainius Gelléus Timor Antius Célime Dormime Valilus Hippange Néréus Célange Volius Destius Timien
        Milime Bellien Prévilus Fénius Timilus Néror Prévien Manéus Fénange Julilus Célor Gellor Fleuror Cadime Lucime
        Sililus Destien Josime Célilus Hippius Augime Juléus Silien Labéus Elmange Osmime Destor Prévius Prévéus Orsien
        Augius Dormilus Labime Valéus Exilien Clerméus Fleurius Elméus Orsor Sainéus Merange Destime Pétien Meror Julor
        Hippéus Sainor Pétime Josius Milius Prévange Clermius Lucéus''',
    'ar f': '''Racha Raghda Hassiba Chahinez Djahida Fouzia Hadjer Kheira Ouahida Ibtissem Rabia Wided Chourouk Batoul Fajr
        Kawthar Rihab Dounya Manel Nihad Rayane Thouraya Wijdane Yamna Bahia Dhouha Emna Faten Ghofrane Hela Narjes Olfa
        Rihem Takwa Yathreb Zeineb Assala Bouthaina Fedwa Houaida Insaf Jawhara Kamar Loujain Nesma Sabrine Tesnim
        Yakout''',
    'ar m': '''Zoheir Abdelmoumen Dahmane Mahfoud Nouredine Chafik Djilali Elyes Haithem Moez Riadh Taoufik Yassir Zied Bassem
        Fathi Imed Kais Mondher Naoufel Raouf Skander Yahia Aissam Chawki Dhia Fakhri Hedi Jalel Lassaad Mokdad Noomen
        Tawfiq Yesser Chamseddine Bahaeddine Fakhreddine Saifeddine Salaheddine Jamaleddine Kamaleddine Diyaeddine
        Sirageddine Alaeddine Nasreddine Hossameddine Zaineddine Tajjeddine Charafeddine Sadreddine Chihaeddine
        Ezzeddine Rokneddine Houssameddine''',
    'ar s': '''Jettou Mernissi Sebti Belkadi Bensalem Laribi Tebboune Aouad Medawar Nakhoul Kefi Annabi Biskri Tiarti Msili
        Setifi Guelmi Oujdi Nadori Tlemci Blidi Chlefi Skikdi Medji Tebessi Djelfi Khenifi Taroudi Azili Larachi Kenitri
        Settati Mascari Relizai Tizni Ouarzazi Errachidi Zahlawi Batrouni Choufi Metni Jezzini Marjayouni Boukerche
        Bourkaib Boughazi Boutella Boulahya Boumedien Boudechiche Bouzerzour Bouhaouchine Bouchentouf Boukerrou Boussaha
        Boufeldja Bounemra Bouaklouche Bourokba Boughaba Boudjenane Boumezrag Bouchouicha Benyettou Benaouda Benzeroual
        Benhaddou Benmeziane Benghanem Bentouati Benkhaldi Bencharif Benamrouche Benferhat Bendjoudi Benabdelaziz
        Benkaddour''',
    'ar al': '''Homsi Hamawi Lattaki Idlibi Tartousi Raqqawi Mardini Ramlawi Nabulsi Ghazzawi Jenini Tulkarmi Irbidi Karaki
        Salti Basrawi Mosuli Kirkuki Tikriti Sidawi Jbeili Akkari Baalbaki''',
    'vi f': '''Hạnh Hằng Hiền Khánh Linh Loan Nhung Quỳnh Thúy Yến Lan Mai Hương Thảo Ngọc Trang''',
    'vi m': '''Bảo Cường Dũng Duy Hải Hiếu Huy Khoa Phúc Sơn Minh Hùng Tuấn Đức Khang Nhạc''',
    'vi s': '''Hồ Lý Đinh Lâm Châu Vương Đoàn Lưu Cao Diệp Nguyễn Trần Lê Phạm Võ Hoàng''',
    'vi mid': '''Thị Văn''',
    'zh f': '''Xueting Cuilan Shuqin Fengting Yunxuan Yijing Meifang Fengxuan Meixi Xinjuan Jinxuan Baoxi Shumin Yiling Fengyao
        Yanyue Siqin Ruotong Jingqin Jiawen Wanying Xiangjuan Haixi Wenlin Huiting Xiangjing Meilan Yunwen Wenqin Sixi
        Xuefei Yuefang Yantong Baoxuan Lanyue Xinjing Fenghan Yunqin Zizhu Jinlin Jinfei Wantong Qiaozhu Qiaotong
        Yunjuan Zixia Qiuxi Fengfang Qiufang Xiaojing Jingting Jinzhu Ruofang Cuiping Shuxin Ziqin Baojuan Cuiling
        Xinting Wanjuan Zifang Yilan Xiangzhu Zijuan Wenling Yunjing Cuixuan Yuetong Ruowen Xinzhu Yiqin Mengxuan
        Fengjuan Fengyun Qiaoping''',
    'zh m': '''Zhibin Kaichen Jundong Haohua Zhiran Honghua Yaowei Shengran Fudong Lianghai Guosheng Junhui Kaihui Junhua
        Zhifeng Yonghai Zhixuan Shaohai Dekang Yuhua Tianfeng Junming Yuhao Kaiming Zhenjun Bochen Shaoran Ruiguo
        Jianhao Xuekang Haoqiang Xinjun Xuechen Yonghao Qingkang Xuejie Yulong Xuejun Xinkang Qingming Shengming Yongbin
        Wenwei Yaochen Qingfeng Zeming Zhenbin Wenran Kaijun Xuebin Zhenjie Zhenxuan Chengwei Desheng Bohui Changwei
        Junlong Chenghui Haolong Guotao Juntao Guolong Yaohai Jiaqiang Xuefeng Chengkang Kaitao Guowei Haohai Chengjun
        Liangbin Honghai Dongtao Jianqiang Jiansheng''',
    'zh s': '''Li Wang Liu Yang Xu Lin Luo Guo Chan Leung Zhang Chen Huang Zhou Wong Auyeung Hsiung Kiang Tseung Pao Kok Moy Seto''',
    'ko f': '''Minwon Ahra Sueun Myungyoon Jijin Kyungjin Hyunseo Hyunbin Seuljin Kyungwon Hyunhye Yeri Ahkyung Yewon Dara
        Heebin Minhye Seulwon Bobin Hakyung Yeonsook Nahye Youngeun Eunhye Myungyeon Seulyeon Sunwon Ahri Suhye Subin
        Seori Nari Kyunghee Chaehye Mihee Sori Kyunghye Chaebin Gajin Mibin Nawon Eunra Miwon Heera Daeun Yehye Hawon
        Yoonhye Ahwon Sunsook Heeri Yoonhee Kyungseo Seulhee Sunrin Bojin Yooneun Yuseo Myungjin Gaseo Sunri Heehye
        Hyunyeon Hahee Miwoo''',
    'ko m': '''Jaeho Hyukseok Insoo Wonhyun Seohyun Changchul Dowoo Daehoon Minsoo Hyungyu Jijun Hyukbeom Kwangsoo Seungho
        Youngbeom Seosik Gunjae Kyungseok Changsik Jiseok Inho Minchul Inbeom Taejae Yonghwan Byungmin Hyuksoo Jinmin
        Sungchul Jaehoon Jinchul Daegyu Seomin Joonjae Seungseok Youngsik Hyukgyu Wonseok Wonwoo Younghwan Hyukchul
        Yongchul Sangjae Injun Ingyu Sangseok Dongbeom Daejun Sangchul Seohwan Jaeseok Kyungchul Yongjae Dongwoo
        Joonhoon Taehyun Hyuksik Jungyu Daehwan Jaemin Seunghyun Jinsoo Jinho Kwanghwan Inhoon''',
    'ko s': '''Lee Cho Yoon Han Shin Kwon Kim Park Choi Jung Kang Byeon''',
    'la f': '''Leidy Yurany Itzayana Yatziri Maclovia Yolotl Tonantzin Mayerly Yurleidy Dayanna Jhoana Zuleima Yaritza Leidys
        Yuleidy Deisy Yeimi Jhuliana Yurley Marleny Nelcy Yamile Mileidy Yorladis Francy Yesica Nayibe Leidiana Yorleny
        Dubiela Yulis Yeleny Yencenia Maleny Leileny Yesleny Daileny Maicenia Yuneth Yescenia Kelcenia Yenlis Leilis
        Maneth Yurleny Yurcenia Yenleny Daicenia Naycenia Leicenia''',
    'la m': '''Alirio Edinson Tonatiuh Cuauhtli Jhonier Dairon Eiver Maicol Brayner Yesid Duberney Gumercindo Leoncio Teófilo
        Yeiner Jhorman Deiver Yordy Stiven Jhojan Yorman Edwuar Jhosep Jeisson Maikel Deinner Wilfer Arbey Dubán Jhair
        Kenner Eimar Heiner Ferney Yarley''',
    'la s': '''Agudelo Duque Hincapié Palacio Ccama Limachi Poma Huarachi Callisaya Yujra Tarqui Huallpa Colque Machaca Chura
        Pech Canul Poot Cauich Balam Cocom Dzul Chuc Kantun Couoh Xool Itzá Tzuc Chable Uicab Mendieta Lizaralde
        Zubigorri Mendiaga Ezkuraga Aranegi Haritzaga Bidarzabal Araneta Altzaga Bidaraga Iturriburu Amezburu Egurburu
        Sagaregi Arrialde Altzola Ezkurburu Zabalgarai Goigorri Sagareta Haritzgorri Ibargorri Eguregi Gorostialde
        Ezkuregi Zabalgorri Haritzberri Sagarberri Haritzburu Goiola Goialde Urrugarai Bidargarai Amezola Ezkurberri
        Altzgarai Haritzegi Larrazabal Gorostigarai Egurgarai Ibareta Arangorri Zubigarai Iturrigarai''',
    'sa f': '''Gauri Radhika Swati Vandana Kowsalya Tharsika Kajanthini Mathushika Thuvaraka Kopika Laxshika Abinaya Vithushika
        Kirushanthy Nivethika Sajeetha Kirthika Thushyanthi Mathuja Nirosha Sangavi Vaishnavi Brintha Shalomi Tahsin
        Nafisa Tasnuva Mahjabin''',
    'sa m': '''Abhishek Akash Gaurav Harish Mohit Pankaj Tarun Varun Vinod Yash Mahmud Kuhan Pirapakaran Jeyakanthan Thanushan
        Kajeepan Nirojan Piratheep Thuvarakan Kopinath Laxshan Sinthujan Abiram Yathusan Sharujan Tanzim Mushfiqur
        Shahriyar Tahmid Nitharseelan Suthaseelan Thirukanthan Kannakaran Thiruruban Mayurkumar Vasanrajah Jegankanthan
        Mayurthasan Ragukumar Kumaranathan Mayurseelan Ragukaran Nitharkumar Yoganrajah Jeganruban Vasanthasan
        Kannakumar Bavanseelan Srikaran Yoganthasan Vasankumar Vinothruban Thirunathan Vinothkaran Pirithasan
        Vasanseelan Thiruthasan Uthaykaran Bavankaran Mayurnathan Yoganseelan Kumararajah Srirajah
        Suthathasan Srinathan Sasikaran Kannathasan Raguthasan Suthakanthan Uthaynathan Kannakanthan Suthakumar
        Nitharkaran''',
    'sa u': '''Kulinder Sukhleen Balbir Navbir Amaninder Dilkiran Parbir Navnoor Parnoor Balinder Parpreet Diljot Siminder
        Sukhkiran Ranleen Amanbir Parleen Dilnoor Kulpreet Simveer Harkiran Harinder Sukhmeet Tejmeet Tejnoor Parveer
        Navmeet Jasbir Prabinder Simleen Manleen Kulveer Manbir Parjot Dilinder Amanmeet Maninder Navjit Ranpreet
        Parmeet Rajbir Dildeep Rajmeet Ranmeet Pardeep Simkiran Jasveer Sukhjit Prabpreet Mankiran Rajnoor Ranbir
        Navkiran Navinder Dilmeet Prabdeep Baldeep Prabveer Prabnoor Randeep''',
    'sa s': '''Agarwal Khanna Pandey Patil Saxena Srivastava Thakur Varma Walia Sarker Balasingam Arulanandam Kanthasamy
        Puvanendran Rasaratnam Vallipuram Kirupananthan Nithiyanandan Dharmasekara Hettinayake Seneviratne Rathnasinghe
        Senevitilleke Dharmapala Edirisisinghe Jayapala Dharmasuriya Munasipala Edirisiwardena Samarapala Ranatilleke
        Hettisuriya Rananayake Edirisipala Samaranayake Ranasekara Edirisinayake Hettiratne Pushpatilleke Kularatne
        Kulapala Kulatilleke Munasisekara Pushpanayake Gunetilleke Pushpawardena Rathnaratne Dissapala Dharmawardena
        Wickramasekara Karunasekara Rathnasekara Jayasekara Pushpasekara Ilanganayake Edirisiratne Dissasuriya
        Munasinayake Pushparatne Ilangasekara Munasiratne Wickramawardena Wijenayake Wickramatilleke Wannisuriya
        Gunepala Hettipala Pushpapala Wijetilleke Hettisekara Karunatilleke Edirisitilleke Samarawardena Ekasinghe
        Hettisinghe Senevisinghe Gunesekara Wickramapala''',
    'wa f': '''Amaka Chioma Ebele Afua Akossiwa Ablavi Dédé Affoué Amenan Ahou Adjoba Yaba Koumba Diariatou Thiané Chinaza
        Adaobi Ogechi Ifunanya Nkiruka Ugochi Onyinyechi Somadina Chisom Obianuju Nneoma Kamsiyochi Amarachi Munachiso
        Oluchi Uchechi Ebubechi Ijeoma Nwakaego Ozioma''',
    'wa m': '''Uchechukwu Kouakou Kodjo Komlan Koffivi Yawovi Mawulolo Sénamé Kossi Cheikhou Mouhamed Ababacar Tidiane Chikelu
        Ebubechukwu Obumneme Nnaemeka Chibuikem Chukwudalu Kamsiyochukwu Ifechukwude Olisaemeka Chiemerie Chukwunonso
        Ikemefuna Nnabuike Udochukwu Arinze Kosisochukwu Chibuzo Chigozie Chijindu Chisomaga Chidelu Chikere''',
    'wa u': '''Folatosin Mofekunmi Folawale Dayokunmi Tomilami Kemitomiwa Dayolami Irefemi Dayorinde Ifelami Kemiseyi Iredapo
        Bolatomiwa Mofefemi Tolubukola Bolarinde Mofewale Temitomiwa Olulami Temilami Oyinrinde Temirinde Olalami
        Olatosin Ibitosin Ayoseyi Dayodapo Temidapo Toludapo Toluseyi Ifeseyi Tomifemi Folabukola Olutomiwa Ifetosin
        Bolatosin Tolukunmi Tomitosin Tolutomiwa Ifedapo Mofetosin Ifetomiwa Kemiwale Olabukola Temibukola Irekunmi
        Oluseyi Olafemi Ifebukola Kemikunmi Ibifemi Oladapo Dayofemi Folaseyi Tolulami Folalami Ayokunmi Irelami
        Mofebukola Olarinde Ibidapo Tomikunmi Dayoseyi Olurinde Tomibukola Ireseyi Irerinde Ayofemi Iretosin Irebukola''',
    'wa s': '''Babalola Ogunleye Ojo Assoumou Ehouman Yapi Gnagne Tanoh Akpovi Hounkpatin Ahouansou Agossou Gbaguidi Kpodar
        Tchalla Kpodzro Sodji Dogbé Sakho Kanouté Diabaté Bagayoko Oguntona Ajayilowo Osotokun Oketokun Igesanya
        Ajayibiyi Oyewunmi Ilutokun Oludipe Ojokinbi Olamola Osomola Akolowo Olurunbi Ajayimola Akowunmi Ogunlowo
        Ajidipe Ajitokun Okelowo Osolowo Akotokun Ojodipe Ilukinbi Osobiyi Ilubiyi Olabamiro Igebiyi Osowunmi Ajayiwunmi
        Okesanya Okedipe Okebiyi Ojomola Ajibiyi Ojobamiro Okemola Adebiyi Ajikinbi Ilulowo Adekinbi Akobamiro Ojolowo
        Adedipe Olakinbi Olalowo Igetokun Ilubamiro Ajimola Oladipe Ademola Igekinbi Akomola Olulowo Oyebiyi Ojosanya
        Ilutona Oketona Akorunbi Ajayisanya Onyeike Obikwo Aniagu Ugwunna Okenna Okeike Nwaeke Okebueze Okekwo Obibueze
        Ugwuebuka Obichukwu Okonemeka Aniebuka Obiagu Anibueze Anieke Obieke Ezekwo Nwaebuka Anikwo Okonagu Aninna
        Aniemeka Ugwuemeka Nwanna Onyechukwu Okoneke Ugwueke Obiemeka''',
    'ea f': '''Wambui Muthoni Rehema Mwanaisha Liya Adhiambo Awino Chebet Jeptoo Nasimiyu Nafula Mahlet Yeshareg Ubax Filsan
        Ikhlas Teta Umutoni Mutesi''',
    'ea m': '''Juma Tafadzwa Mesfin Abdikadir Kimutai Wafula Barasa Wanyama Tewodros Eyob Habtamu Abdinasir Kagabo Ishimwe
        Iradukunda Gatete Shyaka''',
    'ea s': '''Njoroge Ngugi Waweru Omondi Kiplagat Cheruiyot Mutua Wekesa Mbatha Ncube Mlambo Chikwanha Mugabe Tekle
        Tesfamariam Woldemariam Munyaneza Gathoni Wainaina Kinyanjui Macharia Nyaga Kibet Rotich Langat Kiprop
        Ghebremichael Warfa Ndikushimwe Niyonziza Niyomana Twagirakuze Twagiramana Uwirema Irakurema Irakunziza
        Nyirarema Nsengimana Nkurumahoro Ndayizimana Ndikumahoro Nsengishimwe Ndayikuze Ndayiramba Twagiraramba
        Irakukuze Niyogabo Ndikumana Irakuzimana Nsengigabo Muremahoro Twagiranziza Uwinziza Hakizishimwe Habiramba
        Twagiragabo Nyirakuze Habimahoro Habikuze Hakizirema Hakizizimana Mukagabo Nyiranziza Niyoshimwe Mukakuze
        Hakiziramba Irakumana Niyorema Nyirazimana Ndikunziza Murerema Twagirarema Irakuramba Murezimana Ndikuzimana
        Bizirema Irakushimwe Ndikukuze Habishimwe Nkururema Hakizinziza Nsenginziza Nkururamba Ndikuramba Mukashimwe
        Mukamahoro Habirema Niyoramba''',
    'in f': '''Maata Manishan Sheshin Matinin Nitautshish Kaniuekutat Qiluqi Paniluk Karonhienhawi Kawennotakie Kaherakwas
        Kanerahtens Niioieren Tekahentakwa''',
    'in m': '''Tamusialuk Qumaaluk Nutaraq Nauyuk Tshimun Kanatiio Teiohakwente Tewakeronhiate Ieriho''',
    'in s': '''Nowkawalk Aupaluktuq Tullaugak Anautak Surusila Kalingo Tarkirk Sallualuk Mangiuk Sakirjak Quachegan Wiestche
        Arquette Lazore Deom Qulliaaluk Ullatsiak Nuvinak Puttuluk Sivutsiak Tukiaaluk Ukkalik Annalik Tamuaaluk Aqiklik
        Illuluk Nuviapik Sivugak Annaluk Aqikapik Siqutsiak Pajujuaq Illutsiak Aqikgak Siquruluk Annagak Qullituk
        Minaluk Ukkasiaq Paujnak Aalaluk Pajutuk Nuvitsiak Minasiaq Qajisiaq Puttujuaq Qimijuaq Itturuluk Ikkagak
        Illunak Ukkagak Tukiapik Aqiknak Ullagak Paujluk Qullitsiak Ikkatuk Puttutsiak Saalgak Ittunak Tamunak Aqikjuaq
        Ullatuk Tamulik Aalalik Qulliruluk Aanigak Nuviluk Saaltsiak Aqiktuk Tamugak Tukilik Aaniluk Qimisiaq Aalatuk
        Aalagak Pajulik Aqikaaluk Tukisiaq Saalaaluk Aaniruluk Pajusiaq Tamusiaq Tamuapik Annatsiak''',
    'ee f': '''Lyudmyla Mariya Yevheniya Mădălina Tatjana Zdenka Jarmila Vlasta Blanka Katalin Erzsébet Zsófia Ildikó Krisztina
        Bronisława Leokadia Teofila Zoryana Dragica Slavica Radojka Drahomíra Bohumila Ivona Enikő Gyöngyi Hajnalka
        Piroska''',
    'ee m': '''Kazik Bogumił Włodzimierz Yaropolk Sever Valeriu Zsolt Levente Botond Ákos László Gábor Csaba Ignacy Lucjan
        Zenoviy Ihnat Lyubomyr Ionel Gheorghiță Ljubiša Žarko Radovan Čestmír Vítězslav Jaromír Lajos Imre Dezső Ferenc
        Győző''',
    'ee s': '''Romanyuk Kovačić Němec Pokorný Tymchchuk Hnidenko Levchych Zhukchuk Kostyrenko Vovkych Kozubyuk Ohrymych
        Semenych Biloets Motriv Trokhymenko Hnidiak Lytvynets Kushnych Tymchenko Vovkyuk Trokhymchuk Protsenko Stetsiv
        Semenyuk Kozubiv Hrabenko Zhukiak Hunchiv Vakulych Cherepiv Vakulets Vakulyshyn Trokhymets Hunchyuk Ohrymenko
        Lytvyniv Dovhaets Motrchuk Motrets Kozubych Vovkiak Zhukyuk Dovhaiak Hnidets Marusenko Hnidyshyn Kozubiak
        Motriak Pylypyshyn Protsets Tymchiak Ohrymiak Hnidych Rubanych Motryshyn Ohrymiv Ohrymyshyn Hunchyshyn Hunchiak
        Yatsiak Zhukych Stetsiak Pylypiak Yatsiv Biloiak Yavorych Protsyuk Vakuliv Tymchyuk Yavoryshyn Lytvynchuk
        Trokhymych Vovkchuk Yavoriak Levchyuk Marusiv Rubaniv Protsiak Trokhymiv Kostyriv Kushnyuk Lytvynyuk Zhukiv
        Stetsets Levchiak Kozubets Yavorenko Kostyryuk Lytvynyshyn Rubaniak Stetsenko Ohrymets Semenchuk Corneanu
        Ciobotescu Comanescu Vârlescu Vârleanu Comaneanu Hulubeanu Drăguleanu Frunzeanu Cornescu Vlădeanu Gavrilescu
        Tudoseanu Hulubescu Bujorescu Mocanescu Nistorescu Pătrășescu Lupșeanu Tudosescu Gavrileanu Grigorașeanu
        Frunzescu Fărcașeanu Fărcașescu Răducescu Nistoreanu Răduceanu Bogdović Bogdić Grubović Grubić Kostić Lazarović
        Lazarić Nedović Nedić Ostojović Ostojić Radulović Radulić Stevović Stević Branović Branić Pejčović Pejčić
        Rančović Rančić Dobrović Dobrić Ratković Ratkić Srećković Srećkić Tomašović Tomašić Kőfalvi Feketeházi Szilfalvi
        Feketeványi Nagyványi Hegyházi Hegyványi Várványi Erdfalvi Szilványi Kisványi Kőházi Szilházi Kisházi''',
    'ee sm': '''Nowosielewski Gąsiorowski Grądzowski Olszanowski Grądzewski Sobiesowski Kłosowski Trzaskowski Smolinowski
        Łazinewski Jabłonewski Brzozewski Olszanewski Dębinewski Ślęzowski Wrzosewski Wierzbowski Wierzbewski
        Orzechewski Pstrągewski Żabinewski Gąsiorewski Modrzejowski Ślęzewski Lipinowski Krzywowski Jabłonowski
        Żabinowski Łazinowski Trzaskewski Nowosielowski Wrzosowski Kłosewski Lipinewski Krzywewski Chojnewski
        Smolinewski Chojnowski Pstrągowski Sobiesewski''',
    'gr f': '''Theodosia Stamatia Fotoula Kanella Vasso Sevasti Lambrini Garyfallia Panorea Sotiria Zografia Argyro Ermioni
        Eftychia''',
    'gr m': '''Manolis Charalampos Evripidis Efstratios Aristeidis Thymios Anestis''',
    'gr s': '''Kyriakidis Chatzidakis Sfakianakis Moschos Fragkos Drakos Mavrogidis Kalambou Mouropoulos Psaratos Kotsidis
        Bakalatos Kalambakis Tzavellis Kourellis Kalambellis Fotinatos Pantazatos Rigopoulos Vardakis Lampatos Psarou
        Kalambiadis Skoulellis Arvanakis Tzavakis Kalambopoulos Mouridis Chronidis Bakalidis Mavrogatos Dedousopoulos
        Arvanou Bakalopoulos Vardellis Tsianellis Tzaviadis Bakalou Kotsellis Dedousellis Lefkopoulos Stathou
        Mavrogopoulos Eleftidis Dedousatos Rigatos Lefkou Tsianatos Kouratos Rigou Stathatos Pantaziadis Dedousiadis
        Psaridis Mavrogou Skoulatos Mouriadis Kotsiadis Glykopoulos Arvanopoulos Bakaliadis Lampidis Mourellis Mouratos
        Lefkiadis Vardiadis''',
    'it f': '''Pietrino Concettina Immacolatina Nunziatina Assuntina Carmelinda Filomenina''',
    'it m': '''Calogerino Fiorindo Ninfo''',
    'it s': '''Ciampi Tomassini Scarpaleggia Mastrocola Carnino Cuccelli Cassaro Scarpetti Luppucci Pignatone Sbarrino
        Pignataro Morgelli Sbarrardi Ciottiello Pettinese Mancusucci Fracciello Carnelli Fraccese Vellino Sbarrelli
        Morgese Boccetti Velletti Torsardi Grillardi Saccelli Ferriello Luppone Frassiello Luppese Carnucci Grillone
        Carnese Grillese Morgone Pettinardi Luppiello Saccese Petrardi Petrese Torselli Mazziello Fraccaro Scarpino
        Boccese Zuccelli Pignatucci Spinese Cassese Grilliello Ciottardi Torsetti Scarpiello Ferrese Frasselli Ferrelli
        Petretti Vellardi Pettinetti Fraccone Ciottese Fraccelli Saccino Pettinelli Ciottetti Mazzino Saccucci Ferrone
        Morgucci Pignatetti Petriello Mancusardi Cuccucci Boccardi Cuccaro Zuccucci Ciottelli Mazzucci Grillaro
        Zucciello Carniello Frassucci DiStasio DiTullio DeTullio DeCiccio DiValle LoValle DeVita LaPorta DiPompeo
        DeNardo LaGreca LoBianco DiBianca''',
    'pt f': '''Alzira Vitalina Cesaltina Felismina Purificação Ricardina Severina Ascensão''',
    'pt m': '''Teotónio Belarmino Crisóstomo''',
    'pt s': '''Lamego Alvito Mértola Alcoforado Fontoura Penalva Vilela Figueiró Sobral Tondela Penafiel Valongo Amarante
        Mirandela Bragança Calhinho Lamarinho Loureira Cabrinho Calheiro Pedreiro Bairreira Carrapinho Cerejinho
        Ameixeiro Vilarinho Pedrinho Bairrinho Sobrinho Sobreira Bairreiro Oliveiro Cabreiro Cerqueiro Vilareira
        Carrapeira Calheira Lamareira Ameixinho Cerejeira''',
    'ph f': '''Jennilyn Maryjoy Rubylyn Arcelie Rizalina Jenann Genjoy Lorlyn Lorchelle Gendette Honeybel Jenliza Honeychelle
        Marychelle Cherlyn Leidette Lorjoy Honeyliza Rosejoy Lorliza Joyvic Cherbel Elladette Marydette Maryvic
        Leichelle Jenvic Merdette Joyliza Marybel Joydette Merliza Maryliza Chervic Anachelle''',
    'ph m': '''Jojo Jonjon Jhunrey Rizaldy Jhayson Tagumpay Jaynel Denboy Junwin Benjun Markboy Denvin Edboy Junrey Reymar
        Markvin Markwin Denwin Ronmar Ednel Reynel Markrey Benmar Jaymar Benboy Edrey Junmar Jayvin Jhunwin Marknel
        Edjun Markmar Ronrey Jhunjun Jhunmar Edmar''',
    'ph s': '''Sisante Cuevas Mallari Abrenica Lapuz Dimalanta Lacuesta Gatdula Pagdanganan Sarmenta Tabuena Villaraza
        Palabanan Malanayon Talalintal Marucutan Laguanta Pangisakit Marunayon Dimatuhan Salapagal Pangiling Magatuhan
        Talanayon Talacutan Malabayan Palabayan Pangipagal Macatuhan Malalintal Talasakit Balasakit Salanayon Magacutan
        Parasgubat Salabayan Catanayon Balaling Lagubayan Lagupagal Magapagal Malatuhan''',
    'nl van': '''Dam Dijk Houten Beek Dyke Buren Rooy Ness Oosterwijk Zandvliet Hoogeveen Kruiningen Lieshout Doesburg Vreeswijk''',
}

# Given names that head a compound ("Marie-Lorie", "Jean-Lohann").
HEADS = {'f': ['Marie', 'Anne'], 'm': ['Jean', 'Louis']}
# Masculine word-names that take "du" ("Hélène du Marais").
DU_WORDS = set('Tilleul Vallon Bosquet Marais Buisson Ruisseau Sapin Pommier Chaudron Moulinet Rouet Sillon Crayon Chapeau'.split())

# ---------------------------------------------------------------------------
# Places, streets, organisations, laws, domains.  One entry per line or per
# '|'-separated field; '_' stands for a space in word lists.
CITIES = '''Rivière-du-Loup Sept-Îles Baie-Comeau Val-d'Or Rouyn-Noranda Amos La_Sarre Gaspé Matane Chandler Carleton-sur-Mer
    Magog Coaticook Cowansville Bromont Sutton Lac-Mégantic Thetford_Mines Saint-Georges Montmagny La_Pocatière Rivière-Rouge
    Mont-Laurier Sainte-Agathe-des-Monts Saint-Jérôme Mirabel Boisbriand Repentigny Joliette Berthierville Sorel-Tracy Beloeil
    Chambly Saint-Jean-sur-Richelieu Châteauguay Salaberry-de-Valleyfield Vaudreuil-Dorion Pointe-Claire Kirkland Beaconsfield
    Hudson Gatineau Maniwaki Shawville Alma Dolbeau-Mistassini Roberval Chibougamau La_Tuque Louiseville Nicolet Bécancour
    Plessisville Princeville Brossard Terrebonne Mascouche Blainville Laval Longueuil Lennoxville Stanstead Kuujjuaq Inukjuak
    Puvirnituq Mashteuiatsh Wemotaci Manawan Uashat Kahnawake Kanesatake Chisasibi Mistissini Waskaganish Wendake
    Sainte-Julie Varennes Candiac Saint-Eustache Deux-Montagnes Sainte-Thérèse Lachute Huntingdon Ormstown Farnham Granby
    Waterloo Acton_Vale Asbestos Windsor Richmond Disraeli Beauceville Sainte-Marie Lévis Saint-Raymond Donnacona Baie-Saint-Paul
    La_Malbaie Forestville Port-Cartier Havre-Saint-Pierre Percé New_Richmond Maria Amqui Mont-Joli Trois-Pistoles Kamouraska'''
ABROAD = '''Pétion-Ville Gonaïves Hinche Jacmel Agadir Meknès Fès Constantine Annaba Sousse Monastir Jounieh Byblos Alep
    Hô_Chi_Minh-Ville Hanoï Da_Nang Shenzhen Chengdu Séoul Busan Bogotá Medellín Cali Lima Cusco Mérida Oaxaca Chennai Jaffna
    Colombo Dhaka Ludhiana Lagos Ibadan Enugu Accra Kumasi Lomé Cotonou Kigali Nairobi Addis-Abeba Lviv Kharkiv Cracovie
    Gdańsk Cluj-Napoca Iași Belgrade Thessalonique Patras Naples Palerme Bari Porto Ponta_Delgada Braga Manille Cebu Lyon
    Bordeaux Bruxelles Iqaluit Toronto Ottawa Moncton'''
# Foreign addresses: country code|street line|postal code (may be empty)|city, country
FOREIGN_ADDR = '''fr|22, rue des Tonneliers|69002|Lyon, France
fr|5 bis, chemin des Vignes-Hautes|33800|Bordeaux, France
fr|41, boulevard Gambetta|59000|Lille, France
be|Avenue des Saisons 112, bte 4|1050|Ixelles, Belgique
ch|Chemin de la Colline 9|1008|Prilly, Suisse
ht|Rue Faubert #17||Pétion-Ville, Haïti
ht|14, rue Capois||Port-au-Prince, Haïti
ht|Route de Carrefour, impasse Delbeau #3||Carrefour, Haïti
ma|27, rue Ibnou Khaldoun|20250|Casablanca, Maroc
ma|Résidence Al Boustane, imm. 6, app. 11|30050|Fès, Maroc
dz|Cité des 200 Logements, bât. C n° 14|16050|Alger, Algérie
tn|8, rue de Palestine|1002|Tunis, Tunisie
lb|Immeuble Nassif, rue Gouraud, 3e étage||Beyrouth, Liban
vn|47 Đường Lê Thánh Tôn, Quận 1|700000|Hô Chi Minh-Ville, Viêt Nam
co|Carrera 43A # 18-62, apto 502|050021|Medellín, Colombie
pe|Jr. Los Sauces 318, Surquillo|15048|Lima, Pérou
mx|Calle 60 No. 491 x 57 y 59, Centro|97000|Mérida, Mexique
in|House No. 217, Sector 32-A|141010|Ludhiana, Inde
lk|No. 54/2, Temple Road|40000|Jaffna, Sri Lanka
ng|14 Adeola Odeku Street, Victoria Island|101241|Lagos, Nigeria
sn|Villa 118, Cité Keur Gorgui|11000|Dakar, Sénégal
rw|KG 9 Ave, No. 33||Kigali, Rwanda
ua|vul. Shevchenka 28, kv. 7|79000|Lviv, Ukraine
pl|ul. Długa 17/4|31-147|Kraków, Pologne
ro|Str. Mihai Eminescu nr. 9, ap. 12|400014|Cluj-Napoca, Roumanie
gr|Odos Egnatias 112|54630|Thessalonique, Grèce
it|Via dei Mille 23|90139|Palerme, Italie
pt|Rua do Almada 151, 2.º esq.|4050-037|Porto, Portugal
ph|Blk 12 Lot 5, Mabini St., Brgy. San Roque|1109|Quezon City, Philippines
us|1187 Maple Hollow Road|05452|Essex Junction, Vermont
us|402 Court Street, Apt. 3|12901|Plattsburgh, NY
uk|17 Holloway Crescent|OX4 2JZ|Oxford, UK
kr|88 Sinchon-ro, Mapo-gu|04104|Séoul, Corée du Sud
cn|Ruijin 2nd Rd, No. 118, Rm 602|200020|Shanghai, Chine'''
# Streets: lang|type|name
STREETS = '''fr|rue|des Pivoines
fr|rue|des Mélèzes
fr|rue|des Outardes
fr|rue|du Héron-Bleu
fr|rue|Principale
fr|rue|Notre-Dame Ouest
fr|rue|Sainte-Catherine Est
fr|rue|Wellington Nord
fr|rue|des Érables
fr|rue|des Cèdres
fr|rue|de l'Église
fr|rue|du Couvent
fr|rue|des Fondateurs
fr|rue|des Écoliers
fr|rue|Radisson
fr|rue|Laviolette
fr|rue|des Forges
fr|rue|Saint-Maurice
fr|rue|Honoré-Mercier
fr|rue|des Jardins-Fleuris
fr|rue|de la Fabrique
fr|rue|du Moulin-à-Scie
fr|rue|des Hirondelles
fr|rue|Champlain
fr|rue|Dollard
fr|rue|des Sources
fr|rue|de la Gare
fr|rue|du Quai
fr|avenue|du Parc
fr|avenue|des Pins Ouest
fr|avenue|Lacordaire
fr|avenue|de la Montagne
fr|avenue|Bourlamaque
fr|avenue|du Lac
fr|boulevard|des Laurentides
fr|boulevard|Saint-Joseph
fr|boulevard|Taschereau
fr|boulevard|de la Concorde Est
fr|boulevard|des Forges
fr|boulevard|Laure
fr|boulevard|Talbot
fr|boulevard|Sainte-Anne
fr|chemin|du Lac-Sergent
fr|chemin|de la Rivière-aux-Sables
fr|chemin|des Patriotes
fr|chemin|Sainte-Foy
fr|chemin|du Roy
fr|rang|Saint-Joseph
fr|rang|du Bas-de-la-Rivière
fr|rang|Double
fr|montée|des Érables
fr|montée|Sainte-Julie
fr|place|des Tilleuls
fr|croissant|des Alouettes
fr|impasse|du Ruisselet
fr|côte|de la Fabrique
fr|route|Marie-Victorin
fr|route|de l'Aéroport
en|Street|Sherbrooke|West
en|Avenue|Westminster|North
en|Road|Lakeshore
en|Avenue|Sunnyside
en|Road|Queen Mary
en|Avenue|Lansdowne
en|Avenue|Grosvenor
en|Avenue|Belgrave
en|Avenue|Harvard
en|Avenue|Oxford
en|Boulevard|Beaconsfield
en|Boulevard|Sources
en|Street|Queen
en|Street|Main
en|Street|Mountain
en|Street|Church
en|Street|Elm
en|Road|Maple Ridge
en|Avenue|Cedar
en|Crescent|Heather
en|Drive|Pinecrest
en|Road|Stanstead
en|Street|Dufferin
en|Street|Lorne
en|Avenue|Brock|South
en|Street|Victoria
en|Road|Old Orchard
en|Lane|Birchwood
en|Street|Centre
en|Street|Wellington|South'''
# Organisations: article (m le, f la, v l', 0 none, p les)|name
ORGS_FR = '''m|CISSS de la Côte-Nord
m|CIUSSS du Saguenay–Lac-Saint-Jean
m|CISSS de l'Abitibi-Témiscamingue
m|CISSS de Chaudière-Appalaches
m|CLSC de la Vallée-de-la-Batiscan
m|CLSC des Maskoutains
m|Centre de services scolaire des Hautes-Rivières
m|Centre de services scolaire du Lac-Témiscamingue
m|Centre de services scolaire de la Côte-du-Sud
m|Tribunal administratif du logement
f|CNESST
m|Protecteur du citoyen
m|Curateur public du Québec
f|Direction de la protection de la jeunesse de l'Outaouais
f|Société d'habitation du Québec
v|Office municipal d'habitation de Rimouski-Neigette
f|Bibliothèque municipale de Magog
f|Bibliothèque Gabrielle-Roy
m|Service de police de la Ville de Gatineau
f|Sûreté du Québec
f|Cour du Québec, chambre de la jeunesse
m|Palais de justice de Joliette
f|Régie de l'assurance maladie du Québec
f|Société de l'assurance automobile du Québec
0|Revenu Québec
0|Services Québec
m|ministère de l'Emploi et de la Solidarité sociale
m|Centre d'action bénévole du Granit
f|Maison des jeunes L'Escale
m|Carrefour jeunesse-emploi de Papineau
f|Coopérative d'habitation Les Tournesols
f|Caisse Desjardins du Val-Saint-François
f|Quincaillerie Rolland-Beaupied
m|Garage Léopold Sirois et Fils
f|Fondation Pauline-Gervais
m|Centre communautaire Rolland-Gingras
v|Aréna Jacques-Plamondon
v|École secondaire Paul-Émile-Lavallée
v|École primaire des Trois-Saisons
v|École Sainte-Bernadette
m|Cégep de Rimouski
v|Université du Québec à Chicoutimi
f|Pharmacie Lucie Gendreau et Marc Loiselle
f|Clinique médicale du Vieux-Moulin
v|Hôpital de Chicoutimi
v|Hôpital Pierre-Le Gardeur
m|Centre hospitalier régional du Grand-Portage
v|Info-Santé 811
f|Municipalité de Saint-Ferréol-les-Neiges
f|Ville de Rivière-du-Loup
f|MRC de Coaticook
v|Association des locataires de Villeray
m|Comité logement Rosemont
m|Regroupement des aidants naturels du Granit
f|Banque alimentaire de la Pointe
f|Popote roulante de Beloeil
0|Transport adapté Sud-Ouest
f|Fabrique de la paroisse Saint-Isidore
m|Club de l'âge d'or Les Tisserandes
f|Boulangerie Chez Rolande
m|Dépanneur Chez Gaston
m|Cabinet Beausoleil Ladouceur avocats
f|Société Saint-Vincent de Paul de Granby
m|Syndicat des travailleuses et travailleurs de l'usine Norbec
f|Scierie Dubé-Tremblay inc.
v|Usine de transformation Aliments Saint-Bruno
m|Centre d'hébergement Sainte-Croix
m|CHSLD Émilie-Gamelin
f|Résidence Les Jardins du Couvent
m|Conseil des Atikamekw de Manawan
m|Conseil de la Nation Innu Matimekush
f|Corporation Makivvik
m|Centre d'amitié autochtone de Val-d'Or
f|Bibliothèque publique de Sept-Îles
f|Bibliothèque Charles-Édouard-Mailhot
f|Bibliothèque municipale Françoise-Bédard
f|Bibliothèque de Val-d'Or
v|Office d'habitation de l'Outaouais
v|Office municipal d'habitation de Granby
m|Cabinet Roussin Giguère notaires
m|Cabinet juridique Lanctôt et associés
f|Clinique médicale Les Saules
f|Clinique de médecine familiale de la Baie
f|Clinique Santé-Voyage de Lévis
m|Palais de justice de Rimouski
m|Palais de justice de Val-d'Or
f|Cour supérieure, district de Québec
f|Cour municipale de Gatineau
m|Service de police de Laval
f|Régie intermunicipale de police Richelieu-Saint-Laurent
m|Service de police de l'agglomération de Longueuil
m|CIUSSS de l'Estrie
m|CISSS de la Gaspésie
f|Direction de la protection de la jeunesse du Bas-Saint-Laurent
m|CISSS des Îles
m|Protecteur national de l'élève
m|Commissaire aux plaintes et à la qualité des services du CISSS de Lanaudière
m|Commissaire aux plaintes du CIUSSS de l'Estrie
v|Ombudsman de Longueuil
f|Maison funéraire Gauvreau-Lessard
f|Résidence funéraire du Granit
f|Coopérative funéraire des Deux-Rives
m|Complexe funéraire Rosaire-Bégin et Fils
f|Fabrique de la paroisse Sainte-Famille
f|Résidence funéraire Maurice-Vachon'''
ORGS_EN = '''Lester B. Pearson School Board
Eastern Townships School Board
Western Québec School Board
Riverside School Board
Montreal Children's Hospital
Douglas Mental Health University Institute
Lakeshore General Hospital
Batshaw Youth and Family Centres
Townshippers' Association
Quebec Ombudsman
Tribunal administratif du logement
CNESST
Bishop's University
Dawson College
Champlain College Lennoxville
Atwater Library
Pointe-Claire Public Library
Brossard Public Library
Cummings Centre
West Island Community Shares
NDG Food Depot
Agape Food Bank
Hudson Medical Clinic
Sutton Family Medicine Group
Harold Finch Hardware
McKenzie Ortiz Notaries
Maplewood Seniors' Residence
Greenfield Park Legion
Knowlton Volunteer Fire Department
Cree School Board
Cree Board of Health and Social Services of James Bay
Kativik Regional Government
Native Women's Shelter of Montreal
Mohawk Council of Kahnawake
Eastern Townships Regional Police
Montreal Police Service
Sûreté du Québec
Court of Québec
Superior Court of Québec
Régie du bâtiment du Québec
Société de l'assurance automobile du Québec
Régie de l'assurance maladie du Québec
Revenu Québec
Services Québec
Benny Farm Tenants' Association
Brome Lake Books
St. Columba House
Dorothy Ley Hospice
Clarenceville Curling Club
Lachute Agricultural Society
Court of Québec, Youth Division
Superior Court, District of Bedford
Municipal Court of Sherbrooke
Student Ombudsman
Ombudsman of the City of Montreal
Complaints Commissioner, CIUSSS of the Eastern Townships
Service Quality and Complaints Commissioner, West Island CIUSSS
Pierrefonds Public Library
Sutton Municipal Library
Whitcombe & Gale Funeral Home
Brenton-Mayhew Funeral Chapel
Eastern Townships Funeral Co-operative
Lakeshore Memorial Funeral Home
Royal Canadian Legion Branch 212
Court of Québec, Criminal and Penal Division
Court of Québec, Small Claims Division
Municipal Court of Montreal
Superior Court, District of Terrebonne
Municipal Court of Laval
Court of Québec, Youth Division, Longueuil'''
# Laws: domain tag (w work, y youth, c civil, q charter, s social aid, p ombud / access, e education,
# m municipal, a health services, r road)|reference
LAWS_FR = '''w|art. 2 de la Loi sur la santé et la sécurité du travail
w|art. 51 de la Loi sur la santé et la sécurité du travail
w|art. 265 de la Loi sur les accidents du travail et les maladies professionnelles
w|art. 270 de la LATMP
y|art. 91 de la Loi sur la protection de la jeunesse
y|art. 38.1 LPJ
c|art. 1854 du Code civil du Québec
c|art. 1864 C.c.Q.
c|art. 1912 C.c.Q.
c|art. 1971 du Code civil du Québec
q|art. 9 de la Charte des droits et libertés de la personne
q|art. 10 de la Charte québécoise
s|art. 27 du Règlement sur l'aide aux personnes et aux familles
s|art. 32 de la Loi sur l'aide aux personnes et aux familles
p|art. 13 de la Loi sur le Protecteur du citoyen
e|art. 96.12 de la Loi sur l'instruction publique
e|art. 18.1 de la Loi sur l'instruction publique
m|art. 145.21 de la Loi sur l'aménagement et l'urbanisme
m|art. 119 LAU
p|art. 83 de la Loi sur l'accès aux documents des organismes publics
a|art. 19 de la Loi sur les services de santé et les services sociaux
m|Règlement 2024-118 sur les nuisances
m|Règlement de zonage 1275
w|art. 81 de la Loi sur les normes du travail
p|art. 3 de la Loi 25
r|art. 123 du Code de la sécurité routière'''
LAWS_EN = '''w|s. 51 of the Act respecting occupational health and safety
w|section 265 of the Act respecting industrial accidents and occupational diseases
y|s. 91 of the Youth Protection Act
y|section 38.1 of the Youth Protection Act
c|article 1854 of the Civil Code of Québec
c|art. 1864 C.C.Q.
q|s. 9 of the Québec Charter of human rights and freedoms
p|section 13 of the Public Protector Act
e|section 96.12 of the Education Act
m|s. 145.21 of the Act respecting land use planning and development
p|section 83 of the Access to Information Act
m|By-law 1275 on nuisances
m|Zoning By-law 2019-07
w|s. 81 of the Act respecting labour standards
a|section 19 of the Act respecting health services and social services
r|s. 123 of the Highway Safety Code'''
DOMAINS = '''gmail.com hotmail.com outlook.com yahoo.ca videotron.ca bell.net icloud.com cogeco.ca telus.net live.ca
    sympatico.ca hotmail.ca protonmail.com yahoo.fr laposte.net xplornet.ca'''
WORK_DOMAINS = '''cssdhr.gouv.qc.ca cisss-cotenord.gouv.qc.ca protecteurducitoyen.qc.ca ville.riviere-du-loup.qc.ca
    cnesst.gouv.qc.ca tal.gouv.qc.ca etsb.qc.ca lbpsb.qc.ca omhrn.qc.ca cabgranit.org cjepapineau.qc.ca
    mrcdecoaticook.qc.ca uqac.ca cegep-rimouski.qc.ca batshaw.qc.ca kativik.qc.ca'''

# ---------------------------------------------------------------------------
# Ordinary sentences (kind content) by language and office, one per line.
CONTENT = {
 ('fr', 'school'): '''L'élève a été retiré de la cour pour le reste de la récréation.
La surveillante affirme être intervenue dès qu'elle a entendu les cris.
Les deux élèves ont reconnu les gestes posés et se sont excusés.
Une fiche de réflexion a été remplie au local de retrait.
Le plan d'intervention sera révisé lors de la prochaine rencontre d'équipe.
Aucune blessure n'a été constatée par la secrétaire de l'école.
La technicienne en éducation spécialisée assurera un suivi hebdomadaire.
Les parents ont été informés par téléphone en fin de journée.
L'enseignante signale que la situation se répète depuis le retour des vacances.
Le service de garde a été avisé de surveiller la sortie des autobus.
L'élève dit avoir peur de prendre l'autobus le matin.
Une rencontre de médiation est prévue avec l'accord des familles.
Les consignes de sécurité ont été rappelées à tout le groupe.
Le casier a été vidé en présence de la direction adjointe.
L'élève s'est rendu à l'infirmerie avec un mal de tête.
Le groupe a été déplacé à la bibliothèque pour le reste de la période.
Les élèves présenteront des excuses écrites.''',
 ('en', 'school'): '''The student was removed from the yard for the rest of recess.
The lunch monitor says she stepped in as soon as she heard shouting.
Both students admitted what happened and apologized to each other.
A reflection sheet was completed in the resource room.
The individualized education plan will be reviewed at the next team meeting.
No injury was found by the school secretary.
The special education technician will follow up once a week.
Parents were informed by phone at the end of the day.
The teacher reports that this has been going on since the holidays.
The daycare staff were asked to keep an eye on the bus line.
The student says he is afraid to take the bus in the morning.
Safety rules were reviewed with the whole class.
The student went to the nurse's office with a headache.
The class was moved to the library for the rest of the period.
The students will present their apologies in writing.
The group chat was reported to the school technician.
The bus driver was asked to assign seats.''',
 ('fr', 'housing'): '''Des traces d'infiltration d'eau sont visibles au plafond de la salle de bain.
Le taux d'humidité mesuré dans la chambre arrière dépasse la norme.
Des excréments de souris ont été observés sous l'évier de la cuisine.
Le détecteur de fumée du corridor ne fonctionne pas.
La fenêtre de la chambre principale ne ferme pas complètement.
Le propriétaire dispose de trente jours pour effectuer les travaux.
Le logement est encombré, mais les issues sont dégagées.
Le chauffage ne maintient pas une température suffisante la nuit.
Des moisissures noires recouvrent le bas du mur extérieur.
Une contre-visite sera faite après l'échéance de l'avis.
La locataire refuse l'accès au sous-sol pour le moment.
Le balcon arrière présente des signes de pourriture avancée.
Des photos ont été prises et versées au dossier.
La rampe de l'escalier extérieur est instable.
Le ventilateur de la salle de bain n'est pas raccordé à l'extérieur.
Des blattes ont été aperçues derrière la cuisinière.
La serrure de la porte d'entrée est brisée.''',
 ('en', 'housing'): '''Signs of water infiltration are visible on the bathroom ceiling.
The humidity level measured in the back bedroom is above the standard.
Mouse droppings were found under the kitchen sink.
The smoke detector in the hallway does not work.
The main bedroom window does not close completely.
The owner has thirty days to complete the work.
The unit is cluttered but the exits are clear.
The heating does not keep the temperature high enough at night.
Black mould covers the lower part of the outside wall.
A follow-up visit will be made once the notice expires.
The back balcony shows signs of advanced rot.
Photos were taken and added to the file.
The bathroom fan is not connected to the outside.
The tenant says the problem started after the roof repairs.
Cockroaches were seen behind the stove.
The entrance door lock is broken.
The basement stairs have no handrail.''',
 ('fr', 'work'): '''Le travailleur transportait une boîte de pièces lorsqu'il a glissé sur le plancher mouillé.
La douleur au bas du dos est apparue immédiatement après l'effort.
Le contremaître a rempli le registre des premiers secours sur place.
La machine avait été cadenassée avant l'intervention, selon le témoin.
Le port des gants anti-coupure est obligatoire à ce poste.
Une assignation temporaire à des tâches légères a été proposée.
Le travailleur a consulté à l'urgence le soir même.
L'éclairage de l'entrepôt était réduit en raison d'une panne.
L'employeur conteste le lien entre la lésion et le travail.
La formation sur le chariot élévateur date de plus de trois ans.
Le plancher avait été lavé quinze minutes avant l'incident.
Aucun témoin n'était présent au moment de la chute.
Le poste de travail sera réaménagé d'ici la fin du mois.
Il manquait un patin antidérapant à l'escabeau.
Le travailleur occupait ce poste depuis moins de trois mois.
Un quasi-accident avait été signalé au même endroit l'an dernier.''',
 ('en', 'work'): '''The worker was carrying a box of parts when he slipped on the wet floor.
The lower back pain started right after the effort.
The foreman filled in the first-aid register on site.
The machine had been locked out before the job, according to the witness.
Cut-resistant gloves are mandatory at this station.
A temporary assignment to light duties was offered.
The worker went to the emergency room the same evening.
Lighting in the warehouse was reduced because of a power failure.
The employer disputes the link between the injury and the job.
The forklift training is more than three years old.
No one witnessed the fall.
The ladder was missing one of its rubber feet.
The worker had been on the job for less than three months.
The area was cleaned and dried after the incident.
A near-miss had been reported at the same spot last year.
The supervisor reviewed the lifting procedure with the team.''',
 ('fr', 'ombud'): '''J'ai tenté à plusieurs reprises de joindre le service sans obtenir de retour.
On m'a transféré d'un poste à l'autre pendant plus d'une heure.
Je considère que ma demande a été traitée de façon injuste.
Les délais annoncés n'ont jamais été respectés.
Je n'ai reçu aucune explication écrite sur le refus.
Je souhaite que mon dossier soit réexaminé par une autre personne.
Je joins à la présente les copies des lettres reçues.
Cette situation me cause un stress important et des frais imprévus.
Je demande simplement qu'on respecte les règles en vigueur.
Je reste disponible pour fournir tout renseignement supplémentaire.
La réponse que j'ai obtenue contredit celle de la semaine précédente.
J'ai dû m'absenter du travail pour me présenter au bureau.
À chaque appel, on me dit d'attendre encore deux semaines.
Mes lettres précédentes sont restées sans réponse.
Je suis sans prestations depuis près de trois mois.
Je demande une révision indépendante de la décision.''',
 ('en', 'ombud'): '''I tried several times to reach the department without getting an answer.
I was transferred from one extension to another for over an hour.
I believe my request was handled unfairly.
The announced delays were never met.
I never received a written explanation for the refusal.
I would like my file to be reviewed by someone else.
I am enclosing copies of the letters I received.
This situation is causing me a great deal of stress and unexpected costs.
I am only asking that the rules be applied.
I remain available to provide any further information.
Each time I call I am told to wait another two weeks.
My previous letters are still unanswered.
I have been without benefits for almost three months.
Nobody was able to tell me who is handling my file.
I am asking for an independent review of the decision.''',
 ('fr', 'social'): '''Le prestataire confirme ne pas avoir d'autres revenus depuis le début du mois.
Les pièces justificatives demandées n'ont pas encore été reçues.
Le loyer représente plus de la moitié de ses revenus.
Une aide pour les besoins spéciaux pourrait être accordée.
La personne dit vivre seule depuis la séparation.
Le montant de la prestation sera ajusté le mois prochain.
Il participe à un programme de préparation à l'emploi trois jours par semaine.
La déclaration de revenus de l'an dernier est manquante au dossier.
Elle souhaite obtenir de l'aide pour remplir le formulaire.
La contrainte temporaire à l'emploi est reconnue jusqu'à nouvel ordre.
Le dépôt direct sera activé au prochain versement.
Un avis de réclamation a été transmis par erreur et sera annulé.
Le client se présente sans rendez-vous et semble anxieux.
Nous avons expliqué les obligations liées au changement d'adresse.
Le reçu de loyer du mois dernier a été fourni.
La cliente a été dirigée vers la banque alimentaire.
Une visite à domicile est prévue la semaine prochaine.
Il demande de l'aide pour trouver un logement abordable.''',
 ('en', 'social'): '''The recipient confirms having no other income since the start of the month.
The supporting documents requested have not been received yet.
Rent takes up more than half of his income.
A special needs allowance could be granted.
She says she has been living alone since the separation.
The benefit amount will be adjusted next month.
He attends a job readiness program three days a week.
Last year's tax return is missing from the file.
She would like help filling out the form.
Direct deposit will be activated with the next payment.
The client came in without an appointment and seemed anxious.
The rent receipt for last month was provided.
The client was referred to the food bank.
A home visit is planned for next week.
The worker explained how to declare income from part-time work.
The client asked for help finding affordable housing.
Her benefits were suspended while the file was reviewed.''',
 ('fr', 'health'): '''La température est normale et l'enfant boit bien.
Il n'y a pas de difficulté respiratoire selon la description du parent.
On recommande de consulter si la fièvre persiste plus de quarante-huit heures.
La douleur est décrite comme constante et localisée à droite.
Les signes de déshydratation ont été revus avec l'appelante.
La personne prend ses médicaments de façon irrégulière.
Le pansement doit être changé tous les deux jours.
Aucune allergie connue n'a été mentionnée.
La tension artérielle est légèrement élevée ce matin.
On lui suggère de se présenter à la clinique sans rendez-vous.
Les conseils donnés ont été bien compris.
L'appelant sera rappelé si les symptômes changent.
Elle signale une toux sèche depuis cinq jours.
L'enfant est éveillé et réagit normalement.
On conseille de garder l'enfant bien hydraté.
Aucune éruption cutanée n'a été remarquée.
Les symptômes ont commencé subitement après le souper.
L'appelante est d'accord avec le plan proposé.''',
 ('en', 'health'): '''The temperature is normal and the child is drinking well.
There is no breathing difficulty according to the parent.
We recommend seeing a doctor if the fever lasts more than forty-eight hours.
The pain is described as constant and located on the right side.
Signs of dehydration were reviewed with the caller.
The person takes the medication irregularly.
The dressing must be changed every other day.
No known allergy was mentioned.
The caller will be called back if the symptoms change.
She reports a dry cough for the past five days.
The child is alert and responds normally.
The caller was advised to keep the child hydrated.
No rash was noticed on the arms or legs.
The person was told to call back if breathing becomes difficult.
Pain medication was taken about two hours ago.
The symptoms began suddenly after supper.
The caller agrees with the plan.''',
 ('fr', 'municipal'): '''Le conseil prend acte du dépôt du rapport financier.
Les travaux de réfection de l'aqueduc débuteront au printemps.
La demande de dérogation mineure est recommandée par le comité consultatif d'urbanisme.
Un avis public sera affiché à l'hôtel de ville et publié sur le site web.
Le projet de règlement est adopté à l'unanimité.
Les citoyens sont invités à se prononcer lors de la consultation publique.
La patinoire extérieure sera ouverte dès que la température le permettra.
Le contrat de déneigement est renouvelé pour trois ans.
Le dossier est reporté à la prochaine séance.
Aucune question n'est posée par l'assistance.
La période de questions est ouverte à vingt heures.
Le procès-verbal de la séance précédente est adopté tel que rédigé.
Le maire remercie les bénévoles du carnaval d'hiver.
Un citoyen demande quand les dos d'âne seront installés.
Le budget de déneigement a été légèrement dépassé.
Le directeur des travaux publics présente le calendrier d'asphaltage.
Le conseil accepte d'étudier la demande de passage piétonnier.''',
 ('en', 'municipal'): '''Council acknowledges the tabling of the financial report.
Water main repairs will begin in the spring.
The minor variance request is recommended by the planning advisory committee.
A public notice will be posted at town hall and on the website.
The draft by-law is adopted unanimously.
Residents are invited to comment at the public consultation.
The outdoor rink will open as soon as the weather allows.
The matter is deferred to the next meeting.
No questions were asked by those present.
The minutes of the previous meeting are adopted as written.
The mayor thanks the volunteers of the winter carnival.
A resident asks when the speed bumps will be installed.
The snow removal budget was exceeded by a small margin.
The public works director presents the paving schedule.
The motion is withdrawn by its mover.
Council agrees to study the request for a crosswalk.''',
 ('fr', 'court'): '''La cause est remise à une date ultérieure à la demande de la défense.
Le tribunal prend la demande en délibéré.
L'accusé est présent et représenté.
La poursuite dépose la preuve documentaire sous la cote P-3.
Les conditions de remise en liberté sont maintenues.
Le témoin est assermenté et interrogé.
L'audience est suspendue pour quinze minutes.
Un interprète est requis pour la prochaine comparution.
Le dossier est reporté pour permettre la communication de la preuve.
Le jugement sera rendu par écrit.
L'accusé renonce à la lecture de l'acte d'accusation.
La défense demande copie de la preuve vidéo.
Les parties s'entendent sur le résumé des faits.
Le procès est fixé pour une durée de deux jours.
Le tribunal ordonne la préparation d'un rapport présentenciel.
La poursuite déclare sa preuve close.''',
 ('en', 'court'): '''The case is postponed at the request of the defence.
The court takes the matter under advisement.
The accused is present and represented.
The prosecution files the documentary evidence as exhibit P-3.
The release conditions are maintained.
The witness is sworn in and examined.
The hearing is suspended for fifteen minutes.
An interpreter is required for the next appearance.
Judgment will be rendered in writing.
The accused waives the reading of the charge.
The defence asks for a copy of the video evidence.
The parties agree on the facts set out in the summary.
The matter is set down for a two-day trial.
The accused is reminded of the undertaking to keep the peace.
The court orders a pre-sentence report.
The prosecution closes its case.''',
 ('fr', 'youth'): '''La situation de compromission est jugée fondée.
L'enfant fréquente l'école de façon régulière depuis le dernier bilan.
Les contacts supervisés se déroulent bien dans l'ensemble.
La mère collabore au plan d'intervention et respecte les rendez-vous.
L'enfant exprime le souhait de voir son père plus souvent.
Le milieu d'accueil rapporte une bonne adaptation.
Les mesures volontaires sont prolongées de six mois.
Une évaluation en pédopsychiatrie a été demandée.
Le père ne s'est pas présenté à la dernière visite.
Les conditions de vie au domicile se sont améliorées.
L'adolescente refuse pour l'instant de rencontrer l'intervenante.
La grand-mère maternelle offre de prendre l'enfant les fins de semaine.
L'enfant s'adapte bien à sa nouvelle école.
L'adolescent rencontre un intervenant toutes les deux semaines.
Les parents acceptent une séance de médiation familiale.
Une révision des mesures est prévue dans trois mois.''',
 ('en', 'youth'): '''The child's security and development are considered compromised.
The child has been attending school regularly since the last review.
Supervised visits are generally going well.
The mother is cooperating with the plan and keeps her appointments.
The child says she would like to see her father more often.
The foster family reports a good adjustment.
Voluntary measures are extended for six months.
A child psychiatry assessment has been requested.
The father did not show up for the last visit.
Living conditions at home have improved.
The child is doing well in the new school.
The teenager has started seeing a counsellor every two weeks.
The parents agree to a family mediation session.
The child mentioned being afraid of the mother's new partner.
A review of the measures is planned in three months.''',
 ('fr', 'hr'): '''La candidate possède une bonne connaissance des logiciels de bureautique.
Il explique avoir quitté son emploi précédent pour des raisons familiales.
Les références seront vérifiées avant l'offre d'emploi.
Le candidat est disponible à compter du mois prochain.
Elle a démontré un bon jugement dans la mise en situation.
Ses attentes salariales dépassent l'échelle prévue.
Il préfère un horaire de jour, mais accepterait les fins de semaine.
La période de probation est de six mois.
L'entrevue s'est déroulée en français et en partie en anglais.
Le comité recommande de retenir sa candidature.
Le test écrit a été réussi avec une note satisfaisante.
Le candidat a demandé s'il était possible de faire du télétravail.
Elle a supervisé une petite équipe pendant deux ans.
Ses réponses étaient claires et bien structurées.
Elle devra donner un préavis de deux semaines à son employeur actuel.''',
 ('en', 'hr'): '''The candidate has a good command of office software.
He explains that he left his last job for family reasons.
References will be checked before an offer is made.
The candidate is available starting next month.
She showed good judgment in the role-play.
His salary expectations are above the planned scale.
The probation period is six months.
The committee recommends moving forward with the application.
The written test was passed with a satisfactory mark.
The candidate asked about the possibility of remote work.
She has supervised a small team for two years.
His answers were clear and well organized.
The candidate was late for the interview because of traffic.
Bilingualism was assessed during the interview.
She would need two weeks' notice for her current employer.''',
 ('fr', 'library'): '''Le document est en retard de plus de trois semaines.
L'abonné demande une prolongation du prêt.
Le livre a été retourné avec des pages endommagées.
Les frais de retard ont été annulés exceptionnellement.
La réservation sera conservée cinq jours au comptoir.
Le dossier d'abonné est suspendu jusqu'au retour des documents.
La carte a été déclarée perdue et remplacée.
L'abonné souhaite être avisé par texto.
Deux documents ont été trouvés dans la chute à livres sans reçu.
La réservation est expirée faute d'avoir été récupérée.
Le document perdu a été payé au comptoir.
Le dossier a été fusionné avec un doublon plus ancien.''',
 ('en', 'library'): '''The item is more than three weeks overdue.
The patron asked for a loan extension.
The book was returned with damaged pages.
Late fees were waived as an exception.
The hold will be kept at the desk for five days.
The account is suspended until the items are returned.
The card was reported lost and replaced.
The patron asked to be notified by text message.
Two items were found in the book drop without a receipt.
The hold expired without being picked up.
The patron paid for the lost item at the desk.
The account was merged with an older duplicate record.''',
 ('fr', 'office'): '''Je vous remercie de votre patience dans ce dossier.
Nous avons bien reçu votre demande et elle sera traitée dans les meilleurs délais.
Pourriez-vous me confirmer votre disponibilité pour la semaine prochaine?
Le document signé doit nous parvenir avant la fin du mois.
Je vous transmets en pièce jointe la version corrigée.
La rencontre est déplacée en après-midi.
Merci de ne pas répondre directement à ce courriel.
Je serai absente du bureau jusqu'à lundi.
Le formulaire est incomplet, il manque la deuxième page.
Nous communiquerons avec vous si d'autres renseignements sont nécessaires.
Je fais suite à notre conversation téléphonique de ce matin.
N'hésitez pas à me relancer si vous n'avez pas de nouvelles.
Le dossier a été transféré au service concerné.
La salle de réunion est réservée pour toute la matinée.
Désolée du délai de réponse.
J'ai mis à jour le dossier avec les nouveaux renseignements.
Merci de confirmer la réception de ce message.
Le bureau sera fermé vendredi en raison du congé férié.''',
 ('en', 'office'): '''Thank you for your patience with this file.
We have received your request and it will be processed as soon as possible.
Could you confirm your availability for next week?
The signed document must reach us before the end of the month.
Please find the corrected version attached.
The meeting has been moved to the afternoon.
Please do not reply directly to this email.
I will be out of the office until Monday.
The form is incomplete, the second page is missing.
I am following up on our phone conversation this morning.
Feel free to reach out again if you do not hear back.
The file has been forwarded to the right department.
I hope this message finds you well.
Let me know if anything else is needed on your end.
Sorry for the delay in getting back to you.
I have updated the file with the new information.
Please confirm receipt of this message.
The office will be closed on Friday for the holiday.
I will send you the confirmation as soon as I have it.''',
 ('fr', 'police'): '''Le suspect aurait pris la fuite à pied en direction du parc.
Aucune arme n'a été vue par les témoins.
Les policiers sont arrivés sur les lieux en moins de dix minutes.
La victime a refusé le transport en ambulance.
Les dommages au véhicule sont évalués à quelques centaines de dollars.
Un constat d'infraction a été remis au conducteur.
L'appelante dit entendre des cris provenant du logement voisin.
La porte arrière avait été forcée.
Le conducteur semblait confus et sentait l'alcool.
Les lieux ont été sécurisés en attendant l'identité judiciaire.
La plaignante affirme que les menaces ont été faites par texto.
Un voisin a entendu du verre se briser vers minuit.
Le véhicule a été remorqué à la fourrière municipale.
Personne n'a été blessé lors de la collision.
Les images de la caméra du dépanneur ont été demandées.''',
 ('en', 'police'): '''The suspect reportedly ran off toward the park.
No weapon was seen by the witnesses.
Officers arrived on scene within ten minutes.
The victim declined ambulance transport.
Damage to the vehicle is estimated at a few hundred dollars.
A statement of offence was issued to the driver.
The caller says she hears screaming from the next apartment.
The back door had been forced open.
The driver seemed confused and smelled of alcohol.
The complainant says the threats were made by text message.
A neighbour heard glass breaking around midnight.
The suspect left the scene before officers arrived.
The vehicle was towed to the municipal pound.
No one was injured in the collision.
The complainant was given the victim assistance pamphlet.
Footage from the corner store camera was requested.''',
 ('fr', 'volunteer'): '''Prévoir des bottes à cap d'acier pour le tri en entrepôt.
Les bénévoles doivent signer le registre à l'arrivée et au départ.
La distribution commence à neuf heures précises.
Merci d'aviser la coordonnatrice en cas d'absence.
La formation sur la manipulation des aliments est obligatoire.
Il manque encore deux personnes pour le quart du jeudi.
Les chauffeurs doivent fournir une preuve d'assurance.
Il faut mettre de l'essence dans la camionnette avant samedi.
Apportez un sac réutilisable pour la collecte de pain.
L'accueil des nouveaux bénévoles a lieu le premier lundi du mois.
Le quart de vendredi est annulé en raison de la tempête.
Merci de rapporter les clés au bureau après votre quart.
Merci à toutes les personnes qui ont aidé lors de la vente printanière.''',
 ('en', 'volunteer'): '''Please wear steel-toe boots for warehouse sorting.
Volunteers must sign in and out at the front desk.
Distribution starts at nine sharp.
Please let the coordinator know if you cannot make it.
Food handling training is mandatory.
We still need two people for the Thursday shift.
Drivers must provide proof of insurance.
The van needs gas before the Saturday run.
Bring a reusable bag for the bread pick-up.
Orientation for new volunteers is on the first Monday of the month.
The Friday shift is cancelled because of the storm.
Please return the keys to the office after your shift.
Thank you to everyone who helped with the spring sale.''',
 ('fr', 'chat'): '''je m'en occupe après le dîner
ok parfait merci
quelqu'un a les clés du local 204?
le photocopieur est encore en panne
je vais être en retard de 10 min, désolée
on peut repousser à demain?
c'est réglé, j'ai fermé la demande
tu peux regarder quand t'as une minute?
bonne fin de semaine tout le monde
la réunion est annulée finalement
le système est lent ce matin
j'ai pas reçu le courriel, peux-tu le renvoyer?
je suis en télétravail demain
la salle 3 est libre à 14 h
j'ai mis le document dans le dossier partagé
quelqu'un peut faire l'ouverture demain?
c'est noté
oups, mauvais canal
je regarde ça tout de suite
pas de nouvelles de mon côté
je reviens dans 5 min
c'est fait
quelqu'un peut aller chercher le courrier?
l'imprimante du 2e est réparée''',
 ('en', 'chat'): '''I'll take care of it after lunch
ok perfect thanks
does anyone have the key to room 204?
the printer is jammed again
running 10 min late sorry
can we push this to tomorrow?
done, I closed the ticket
can you take a look when you have a sec?
have a good weekend everyone
the meeting got cancelled
system is slow this morning
didn't get the email, can you resend?
working from home tomorrow
room 3 is free at 2
I put the doc in the shared folder
can someone open tomorrow?
noted
oops wrong channel
looking at it now
nothing new on my end
brb
on it
can someone grab the mail?
printer on 2 is fixed''',
}


# Dialogue turns, "question|answer", for the call transcripts (content).
DIALOGUE = {
 'fr': '''Est-ce que l'enfant a de la difficulté à respirer?|Non, il respire normalement, mais il tousse beaucoup.
Depuis combien de temps dure la fièvre?|Ça fait depuis hier soir à peu près.
Avez-vous pris la température dans la dernière heure?|Oui, 39,2 tout à l'heure.
Est-ce que l'enfant boit et urine normalement?|Un peu d'eau ce matin, pas plus.
Lui avez-vous donné un médicament?|De l'acétaminophène vers midi.
Prend-il des médicaments d'habitude?|Non, rien d'habitude.
Y a-t-il des vomissements ou de la diarrhée?|Non, pas de vomissements.
Est-ce que la fièvre baisse avec le médicament?|Un peu, mais elle remonte après.
Est-ce que sa nuque est raide?|Je ne pense pas, il bouge la tête normalement.
Comment dort-il?|Il a pleuré une bonne partie de la nuit.
Se plaint-il d'une douleur quelque part?|Il dit qu'il a mal aux oreilles.
Y a-t-il des boutons sur la peau?|Non, je n'ai rien vu.''',
 'en': '''Is anybody injured?|I don't know, I can't see from here.
Are there any weapons in the house?|I don't think so, I've never seen any.
Can you see him right now?|He's still out front, near the mailboxes.
Which direction did he go?|Toward the park, on foot.
Is your door locked?|Yes, I locked it.
Is anyone else in the apartment with you?|Just my kids, they're in the bedroom.
Can you describe what he is wearing?|A black hoodie and jeans.
How long has this been going on?|About twenty minutes now.
Has this happened before?|It's the second time this week.
Is he still shouting?|Yes, I can hear him through the wall.
Do you know if he has been drinking?|Probably, he usually does on weekends.
Where are you in the building?|In my kitchen, on the second floor.''',
}

# Sentences holding an ordinary word that is also a surname of the pools
# (decoy WORD), "before|word|after".
WORD_SENTS = {
 'fr': '''La |brouette| du jardin communautaire a été retrouvée derrière le cabanon.
Une |lanterne| a été laissée allumée toute la nuit sur le balcon.
Le |chaudron| de la cuisine collective doit être remplacé.
Un |crapaud| a été trouvé dans le bac à sable de la garderie.
Le |sablier| du jeu de société est brisé.
La |chaloupe| du camp de jour est entreposée dans le garage municipal.
Le |pinceau| et la peinture sont fournis par l'organisme.
Une |mouette| s'est blessée près du quai.
Le |grelot| de la porte d'entrée ne fonctionne plus.
Le |sapin| de l'entrée a été décoré par les élèves.
Le |vitrier| passera jeudi pour la fenêtre du local.
Une |belette| a été aperçue près du poulailler.
Le |tilleul| devant l'école sera élagué cet automne.
La |cabane| à outils a été forcée pendant la fin de semaine.
Le |bûcheron| engagé par la ville a abattu l'arbre malade.
Un |hérisson| en peluche a été oublié dans l'autobus.
Le |marais| derrière le parc est interdit d'accès.
La |truelle| et le niveau ont disparu du chantier.''',
 'en': '''A |pebble| was found stuck in the door track of the bus.
The |lantern| on the porch was left on all night.
The |ladder| in the storage room must be inspected.
A |hammer| was left on the gym floor after the repairs.
The |thimble| collection was donated to the museum.
The |anvil| from the old forge is on display in the lobby.
The |bracken| along the trail was cut back this week.
A |starling| got into the cafeteria through the vent.
The |hedge| between the two yards needs trimming.
The |chisel| was locked away after the woodworking class.
A |curlew| nest was reported near the soccer field.
The |barrow| was left out in the rain again.''',
}


def _words(s):
    return [w.replace('_', ' ') for w in s.split()]


def _lines(s):
    return [x.strip() for x in s.strip().split('\n') if x.strip()]


MONTHS = {'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
          'en': 'January February March April May June July August September October November December'.split()}
MON_EN3 = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
AREA = {'514': 'H', '438': 'H', '450': 'J', '579': 'J', '418': 'G', '581': 'G', '367': 'G', '819': 'J', '873': 'J'}
TOLL = '800 888 877 866 855 844 833'.split()
PC_LET = 'ABCEGHJKLMNPRSTVWXYZ'
# '#' stands for a digit.
FOREIGN_PHONE = ['+33 6 ## ## ## ##', '+33 1 ## ## ## ##', '+32 470 ## ## ##', '+41 79 ### ## ##', '+509 3# ## ####',
                 '+509 4###-####', '+212 6 ## ## ## ##', '+212 6##-######', '+213 5## ## ## ##', '+216 ## ### ###', '+961 3 ### ###',
                 '+84 90 ### ## ##', '+86 139 #### ####', '+82 10-####-####', '+57 310 ### ####', '+51 9## ### ###',
                 '+52 999 ### ####', '+91 98### #####', '+94 77 ### ####', '+234 803 ### ####', '+221 77 ### ## ##',
                 '+250 78# ### ###', '+380 67 ### ## ##', '+48 601 ### ###', '+40 72# ### ###', '+30 69# ### ####',
                 '+39 333 ### ####', '+351 91# ### ###', '+63 917 ### ####', '+44 7### ######', '+1 802 ###-####',
                 '+1 518 ###-####']
FOREIGN_CC = {'fr': '+33', 'be': '+32', 'ch': '+41', 'ht': '+509', 'ma': '+212', 'dz': '+213', 'tn': '+216', 'lb': '+961',
              'vn': '+84', 'co': '+57', 'pe': '+51', 'mx': '+52', 'in': '+91', 'lk': '+94', 'ng': '+234', 'sn': '+221',
              'rw': '+250', 'ua': '+380', 'pl': '+48', 'ro': '+40', 'gr': '+30', 'it': '+39', 'pt': '+351', 'ph': '+63',
              'us': '+1', 'uk': '+44', 'kr': '+82', 'cn': '+86'}

# Origin weights (about the Québec population a public office serves).
ORIGIN_W = [('qc', 34), ('en', 9), ('ht', 7), ('ar', 8), ('vi', 3), ('zh', 4), ('ko', 2), ('la', 4), ('sa', 5), ('wa', 4),
            ('ea', 2), ('in', 3), ('ee', 5), ('gr', 2), ('it', 3), ('pt', 2), ('ph', 3)]
# Origins whose people often carry a French or English given name.
LOCAL_GIVEN = {'it': 0.5, 'pt': 0.5, 'gr': 0.45, 'in': 0.55, 'ph': 0.2, 'ht': 0.15, 'vi': 0.15, 'ko': 0.25, 'zh': 0.25,
               'ee': 0.15, 'la': 0.1, 'ar': 0.1, 'wa': 0.1, 'ea': 0.15, 'sa': 0.05, 'en': 0.1}


def polish_f(s):
    return s[:-1] + 'a' if s.endswith(('ski', 'cki', 'dzki')) else s


class Pools:
    """The W or H half of every pool."""

    def __init__(self, mode):
        self.mode = mode
        keep = lambda lst: [x for x in lst if half_of(x) == mode]
        self.names = {k: keep(v.split()) for k, v in NAMES.items()}
        self.heads = {g: keep(v) for g, v in HEADS.items()}
        self.cities = keep(_words(CITIES))
        self.abroad = keep(_words(ABROAD))
        self.foreign = keep(_lines(FOREIGN_ADDR))
        st = [tuple(x.split('|')) for x in _lines(STREETS)]
        self.streets = {l: [s for s in st if s[0] == l and half_of(s[2]) == mode] for l in ('fr', 'en')}
        self.art = {}
        for e in _lines(ORGS_FR):
            a, o = e.split('|')
            self.art[o] = a
        self.orgs = {'fr': keep(list(self.art)), 'en': keep(_lines(ORGS_EN))}
        self.laws = {'fr': [x for x in _lines(LAWS_FR) if half_of(x.split('|')[1]) == mode],
                     'en': [x for x in _lines(LAWS_EN) if half_of(x.split('|')[1]) == mode]}
        self.domains = keep(DOMAINS.split())
        self.work = keep(WORK_DOMAINS.split())
        self.content = {k: keep(_lines(v)) for k, v in CONTENT.items()}
        self.wordsents = {l: keep(_lines(v)) for l, v in WORD_SENTS.items()}
        self.dialogue = {l: keep(_lines(v)) for l, v in DIALOGUE.items()}

    def part_set(self):
        """Folded name parts of this half, with the forms derived at run time."""
        out = set()
        for k, v in self.names.items():
            for w in v:
                out.add(fold(w))
                if k == 'ee sm':
                    out.add(fold(polish_f(w)))
        return out


def all_name_parts():
    out = {}
    for k, v in NAMES.items():
        for w in v.split():
            out.setdefault(w, k)
    return out


VOWELS = 'AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜaeiouyàâäéèêëîïôöûü'


def ascii_letters(s):
    return ''.join(c for c in fold(s) if 'a' <= c <= 'z')


class Person:
    def __init__(self, given, surname, gender, origin, middle='', sfirst=False):
        self.given, self.surname, self.gender, self.origin = given, surname, gender, origin
        self.middle, self.sfirst = middle, sfirst
        self.dob = None
        self.mid_initial = None

    def full(self):
        if self.sfirst:
            return ' '.join(x for x in (self.surname, self.middle, self.given) if x)
        return ' '.join(x for x in (self.given, self.middle, self.surname) if x)

    def initials(self):
        return '-'.join(x[0] + '.' for x in self.given.split('-'))

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
        if f == 'init':
            return self.initials() + ' ' + s
        if f == 'initup':
            return self.initials() + ' ' + s.upper()
        if f == 'lastinit':
            return s + ' ' + self.initials()
        if f == 'mid':
            return g + ' ' + (self.mid_initial or 'J') + '. ' + s
        if f == 'full':
            return self.full()
        if f == 'up':
            return self.full().upper()
        if f == 'low':
            return self.full().lower()
        if f == 'firstlast':   # Western order even for a surname-first name
            return g + ' ' + s
        if f == 'upfirst':     # "BOURDEAULT Maude", as on forms and registers
            return s.upper() + ' ' + g
        raise ValueError(f)


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
            f = form or 'full'
            if f in ('rev', 'revup'):
                self.add(v.surname.upper() if f == 'revup' else v.surname, 'pii', 'PERSON')
                self.t(', ')
                self.add(v.given, 'pii', 'PERSON')
            else:
                if f in ('init', 'initup') and self.lang == 'fr' and v.initials() == 'M.':
                    f = 'full'   # "M. Wekesa" would read as "Monsieur Wekesa"
                self.add(v.form(f), 'pii', 'PERSON')
        elif isinstance(v, tuple):
            self.add(v[2], v[0], v[1])
        elif isinstance(v, list):
            for x in v:
                self.item(x)
        else:
            self.add(str(v))

    @staticmethod
    def head_text(v, form):
        if isinstance(v, Person):
            return v.surname if form in ('rev', 'revup') else v.form(form or 'full')
        if isinstance(v, tuple) and v[1] in ('PLACE', 'ORG'):
            return v[2]
        return ''

    def f(self, tpl, **kw):
        pos = 0
        for m in self.SLOT.finditer(tpl):
            lit = tpl[pos:m.start()]
            v, form = kw[m.group(1)], m.group(2)
            if self.lang == 'fr':
                head = self.head_text(v, form)
                mm = self.ELIDE.search(lit)
                if head and head[0] in VOWELS and mm:
                    lit = lit[:-2] + "'"
            self.t(lit)
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
        self.cc, self.fcity = None, None
        y = rng.randint(2023, 2025)
        self.base = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))

    # -- choice helpers ---------------------------------------------------
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

    # -- persons ------------------------------------------------------------
    def given(self, origin, gender):
        r = self.r
        if origin in LOCAL_GIVEN and r.random() < LOCAL_GIVEN[origin]:
            origin = 'qc' if r.random() < 0.75 else 'en'
        lst = self.nm(origin + ' ' + gender, origin + ' u')
        if origin == 'in' and r.random() < 0.5:
            lst = []
        if not lst:
            lst = self.nm('qc ' + gender, 'en ' + gender)
        return self.fresh(lst, 'g')

    def surname(self, origin, gender):
        r = self.r
        x = r.random()
        if origin == 'qc':
            if x < 0.3:
                w = self.fresh(self.nm('qc w'), 's')
                return ('du ' + w) if w in DU_WORDS and r.random() < 0.35 else w
            if x < 0.34 and self.nm('qc de'):
                return r.choice(['de ', 'de ', 'De ']) + self.fresh(self.nm('qc de'), 's')
            s = self.fresh(self.nm('qc s'), 's')
            if r.random() < 0.1:
                s2 = self.fresh(self.nm('qc s'), 's')
                if s2 != s:
                    s = s + '-' + s2
            return s
        if origin == 'en':
            if x < 0.3:
                return self.fresh(self.nm('en w'), 's')
            if x < 0.34 and self.nm('nl van'):
                return r.choice(['van ', 'Van ', 'Van ']) + self.fresh(self.nm('nl van'), 's')
            return self.fresh(self.nm('en s'), 's')
        if origin == 'ar':
            if x < 0.18 and self.nm('ar al'):
                return r.choice(['Al-', 'al-', 'El-', 'El ']) + self.fresh(self.nm('ar al'), 's')
            if x < 0.28 and self.nm('ar m'):
                return 'Ben ' + self.fresh(self.nm('ar m'), 's')
            return self.fresh(self.nm('ar s'), 's')
        if origin == 'ee':
            lst = self.nm('ee s', 'ee sm')
            s = self.fresh(lst, 's')
            return polish_f(s) if gender == 'f' else s
        if origin in ('wa', 'sa') and x < 0.1:
            return self.fresh(self.nm(origin + ' u'), 's')
        lst = self.nm(origin + ' s') or self.nm('qc s')
        return self.fresh(lst, 's')

    def person(self, origin=None, gender=None):
        r = self.r
        if origin is None:
            tot = sum(w for _, w in ORIGIN_W)
            x = r.uniform(0, tot)
            origin = 'qc'
            for o, w in ORIGIN_W:
                x -= w
                if x <= 0:
                    origin = o
                    break
        gender = gender or r.choice('fm')
        g = self.given(origin, gender)
        if origin in ('qc', 'ht') and r.random() < (0.25 if origin == 'qc' else 0.18) and '-' not in g:
            heads = self.P.heads[gender]
            other = self.given('qc', gender)
            if heads and r.random() < 0.55:
                h = r.choice(heads)
                if h != g:
                    g = h + '-' + g
            elif other != g and '-' not in other:
                g = g + '-' + other
        sorigin = origin
        if r.random() < 0.13:   # a married or mixed family name
            sorigin = r.choice(['qc', 'qc', 'en', 'ht', 'ar', 'la', 'ee', 'it', 'pt', 'wa'])
        s = self.surname(sorigin, gender)
        middle, sfirst = '', False
        if origin == 'vi' and sorigin == 'vi':
            mids = self.nm('vi mid')
            want = 'Thị' if gender == 'f' else 'Văn'
            if want in mids and r.random() < 0.75:
                middle = want
            sfirst = r.random() < 0.55
            if not sfirst and middle:
                g = middle + ' ' + g
                middle = ''
        elif origin in ('zh', 'ko') and sorigin == origin and r.random() < 0.18:
            sfirst = True
        p = Person(g, s, gender, origin, middle, sfirst)
        p.mid_initial = r.choice('ABCDEFGHJKLMNPRSTVW')
        return p

    def kin(self, p, gender=None, same=0.8):
        """A relative of p: same origin, and most often the same surname."""
        k = self.person(p.origin, gender)
        if self.r.random() < same:
            s = p.surname
            if s.endswith(('ska', 'cka', 'dzka')):
                s = s[:-1] + 'i'
            k.surname = polish_f(s) if k.gender == 'f' else s
            k.sfirst = p.sfirst
        return k

    # -- dates and times ------------------------------------------------------
    def day(self, lo=-400, hi=60):
        return self.base + datetime.timedelta(days=self.r.randint(lo, hi))

    def fmt_date(self, d, style=None, lang=None):
        lang = lang or self.lang
        r = self.r
        if style is None:
            style = r.choice(['long', 'long', 'iso', 'iso', 'slash', 'abbr'] if lang == 'en' else
                             ['long', 'long', 'long', 'iso', 'iso', 'slash', 'dot'])
        mo = MONTHS[lang][d.month - 1]
        if style == 'long':
            if lang == 'fr':
                return ('1er' if d.day == 1 else str(d.day)) + ' ' + mo + ' ' + str(d.year)
            return '%s %d, %d' % (mo, d.day, d.year) if r.random() < 0.7 else '%d %s %d' % (d.day, mo, d.year)
        if style == 'abbr':
            return '%s %d, %d' % (MON_EN3[d.month - 1], d.day, d.year) if lang == 'en' else \
                '%d %s %d' % (d.day, mo[:3] + '.', d.year)
        if style == 'iso':
            return d.isoformat()
        if style == 'slash':
            return '%02d/%02d/%04d' % ((d.month, d.day, d.year) if lang == 'en' and r.random() < 0.4 else (d.day, d.month, d.year))
        if style == 'dot':
            return '%02d.%02d.%04d' % (d.day, d.month, d.year)
        if style == 'dash':
            return '%02d-%02d-%04d' % (d.day, d.month, d.year)
        if style == 'short':
            return '%d %s' % (d.day, mo) if lang == 'fr' else '%s %d' % (mo, d.day)
        raise ValueError(style)

    def date(self, lo=-400, hi=60, style=None):
        return D('DATE', self.fmt_date(self.day(lo, hi), style))

    def dob_of(self, p, lo=1938, hi=2016):
        if p.dob is None:
            r = self.r
            p.dob = datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        return p.dob

    def dob(self, p, style=None, lo=1938, hi=2016):
        return P('DOB', self.fmt_date(self.dob_of(p, lo, hi), style))

    def child_dob(self, p, style=None):
        return self.dob(p, style, self.base.year - 17, self.base.year - 1)

    def month(self):
        return D('MONTH', self.pick(MONTHS[self.lang]))

    def year(self, lo=1995, hi=None):
        return D('YEAR', str(self.r.randint(lo, hi or self.base.year)))

    def time(self):
        r = self.r
        h, m = r.randint(7, 21), r.choice([0, 0, 5, 10, 15, 20, 25, 30, 30, 40, 45, 50])
        if self.lang == 'fr':
            s = r.choice(['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%02d:%02d' % (h, m)]) if m else \
                r.choice(['%d h' % h, '%dh' % h, '%d h 00' % h])
        else:
            hh = h if h <= 12 else h - 12
            s = r.choice(['%d:%02d %s' % (hh, m, 'a.m.' if h < 12 else 'p.m.'), '%d:%02d %s' % (hh, m, 'AM' if h < 12 else 'PM'),
                          '%02d:%02d' % (h, m)])
        return D('TIME', s)

    def time_pair(self):
        """Two times of one day in one format, the second 1-4 hours after the first."""
        r = self.r
        h1, m1 = r.randint(9, 16), r.choice([0, 0, 30, 30, 15, 45])
        h2 = h1 + r.randint(1, 4)
        if self.lang == 'fr':
            f = r.choice(['%d h %02d', '%dh%02d', '%02d:%02d'])
            fmt = lambda h, m: (f % (h, m)) if m or ':' in f else ('%d h' % h if ' h' in f else '%dh' % h)
        else:
            f = r.choice(['12', '24'])
            fmt = lambda h, m: ('%d:%02d %s' % (h if h <= 12 else h - 12, m, 'a.m.' if h < 12 else 'p.m.')) if f == '12' else '%02d:%02d' % (h, m)
        return D('TIME', fmt(h1, m1)), D('TIME', fmt(h2, m1))

    def clock(self, state, lo=1, hi=30):
        """Increasing hh:mm for logs and chats (decoy TIME)."""
        if 't' not in state:
            state['t'] = self.r.randint(7 * 60 + 30, 10 * 60 + 30)
        state['t'] = min(state['t'] + self.r.randint(lo, hi), 23 * 60 + 59)
        return D('TIME', '%02d:%02d' % divmod(state['t'], 60))

    def amount(self, lo=20, hi=5000):
        r = self.r
        v = r.randint(lo, hi)
        cents = r.random() < 0.45
        c = r.randint(0, 99)
        if self.lang == 'fr':
            s = '{:,}'.format(v).replace(',', '\u00a0' if r.random() < 0.3 else ' ')
            return D('AMOUNT', s + (',%02d' % c if cents else '') + r.choice([' $', ' $', '$']))
        return D('AMOUNT', '$' + '{:,}'.format(v) + ('.%02d' % c if cents else ''))

    # -- identifiers ----------------------------------------------------------
    def digits(self, n):
        return ''.join(str(self.r.randint(0, 9)) for _ in range(n))

    def phone(self, foreign=0.07, cc=None):
        r = self.r
        if r.random() < foreign:
            pref = FOREIGN_CC.get(cc or '')
            pat = self.pick([p for p in FOREIGN_PHONE if pref and p.startswith(pref + ' ')] or FOREIGN_PHONE)
            return P('PHONE', ''.join(str(r.randint(0, 9)) if ch == '#' else ch for ch in pat))
        a = self.pick(list(AREA))
        b, c = str(r.randint(2, 9)) + self.digits(2), self.digits(4)
        s = r.choice(['%s %s-%s', '(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '1-%s-%s-%s', '%s%s%s',
                      '%s %s %s', '+1 (%s) %s-%s', '%s-%s-%s', '+1-%s-%s-%s', '(%s)%s-%s']) % (a, b, c)
        return P('PHONE', s)

    def ext(self):
        return self.digits(self.r.choice([3, 4, 4]))

    def tollfree(self):
        r = self.r
        a, b, c = self.pick(TOLL), str(r.randint(2, 9)) + self.digits(2), self.digits(4)
        return D('TOLLFREE', r.choice(['1 %s %s-%s', '1-%s-%s-%s', '1 (%s) %s-%s', '%s %s-%s', '1 %s %s %s']) % (a, b, c))

    def email(self, p, work=False):
        r = self.r
        g = ascii_letters(p.given.split('-')[0].split(' ')[-1]) or 'x'
        s = ascii_letters(p.surname.split(' ')[-1]) or 'y'
        if work and self.P.work:
            local = r.choice(['%s.%s' % (g, s), '%s.%s' % (g, s), '%s%s' % (g[0], s), '%s.%s' % (g[0], s)])
            dom = self.pick(self.P.work)
        else:
            local = r.choice(['%s.%s' % (g, s), '%s%s' % (g[0], s), '%s_%s' % (s, g), '%s%s%02d' % (g, s[:5], r.randint(1, 99)),
                              '%s.%s%d' % (g, s[0], r.randint(1, 9)), '%s%s' % (g, s), '%s-%s' % (g[:4], s),
                              '%s%d' % (s, r.randint(60, 2012))])
            dom = self.pick(self.P.domains or ['gmail.com'])
        if r.random() < 0.06:
            local = local.capitalize()
        return P('EMAIL', local + '@' + dom)

    def postal(self, first=None):
        r = self.r
        s = (first or r.choice('GGHHHJJJ')) + str(r.randint(0, 9)) + r.choice(PC_LET) + ' ' + str(r.randint(0, 9)) + \
            r.choice(PC_LET) + str(r.randint(0, 9))
        if r.random() < 0.18:
            s = s.replace(' ', '')
        elif r.random() < 0.05:
            s = s.replace(' ', '-')
        return P('POSTAL_CODE', s)

    def street_parts(self, lang=None):
        lang = lang or self.lang
        lst = self.P.streets[lang] or self.P.streets['fr' if lang == 'en' else 'en']
        return self.fresh(lst, 'st')

    @staticmethod
    def street_name(st, abbr=False):
        if st[0] == 'fr':
            t = st[1]
            if abbr:
                t = {'boulevard': 'boul.', 'avenue': 'av.', 'chemin': 'ch.'}.get(t, t)
            return t + ' ' + st[2]
        t = st[1]
        if abbr:
            t = {'Street': 'St.', 'Avenue': 'Ave.', 'Road': 'Rd.', 'Boulevard': 'Blvd.', 'Drive': 'Dr.', 'Crescent': 'Cres.'}.get(t, t)
        return st[2] + ' ' + t + (' ' + st[3] if len(st) > 3 else '')

    def street(self, lang=None):
        return D('STREET', self.street_name(self.street_parts(lang)))

    def civic(self):
        r = self.r
        n = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 9999), r.randint(10000, 12999)])
        return str(n) + (r.choice(['A', 'B', '-A', ' A']) if r.random() < 0.05 else '')

    def addr_line(self, lang=None):
        r = self.r
        st = self.street_parts(lang)
        num = self.civic()
        stn = self.street_name(st, abbr=r.random() < 0.3)
        core = (r.choice(['%s, %s', '%s %s', '%s, %s']) if st[0] == 'fr' else '%s %s') % (num, stn)
        u = r.random()
        if u < 0.14:
            core = '%d-%s' % (r.randint(1, 9) * 100 + r.randint(1, 12), core)
        elif u < 0.32:
            unit = r.choice(['app. %d', 'app. %d', 'logement %d', '#%d', 'bureau %d'] if st[0] == 'fr' else
                            ['Apt. %d', 'Apt. %dB', 'Unit %d', '#%d', 'Suite %d'])
            core += r.choice([', ', ' ']) + unit % r.randint(1, 412)
        return st, core

    def address(self, lang=None, city=True, postal=True, sep=None, lines=False):
        """[ADDRESS, sep, city, province, POSTAL_CODE] pieces."""
        r = self.r
        st, core = self.addr_line(lang)
        out = [P('ADDRESS', core)]
        if sep is None:
            sep = '\n' if lines else r.choice([', ', ', ', ' ', ' — '])
        if city:
            out += [sep, self.pick(self.P.cities or ['Laval'])]
            if postal:
                prov = r.choice([' (Québec) ', ' (Québec)  ', ' QC ', ', QC ', ' (Qc) ', ' ']) if self.lang == 'fr' else \
                    r.choice([', QC ', ' QC  ', ', Quebec ', ' (Québec) ', ' '])
                out += ['\n' if lines and r.random() < 0.5 else prov, self.postal()]
        elif postal:
            out += [r.choice([', ', ' ']), self.postal()]
        return out

    def foreign_address(self):
        cc, line, pc, city = self.pick(self.P.foreign).split('|')
        self.cc, self.fcity = cc, D('PLACE', city.split(', ')[0])
        out = [P('ADDRESS', line)]
        if cc == 'us':
            c, region = city.split(', ')
            return out + [', %s, %s ' % (c, region), P('POSTAL_CODE', pc)]
        if cc == 'uk':
            c, country = city.split(', ')
            return out + [', %s ' % c, P('POSTAL_CODE', pc), ', ' + country]
        if pc:
            return out + [', ', P('POSTAL_CODE', pc), ' ' + city]
        return out + [', ' + city]

    @staticmethod
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

    def luhn_complete(self, body):
        for k in range(10):
            if self.luhn_ok(body + str(k)):
                return body + str(k)

    def nas(self):
        r = self.r
        n = self.luhn_complete(str(r.choice([1, 2, 2, 2, 3, 4, 4, 5, 6, 7, 9])) + self.digits(7))
        return P('NAS', r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s']) % (n[:3], n[3:6], n[6:]))

    def ramq(self, p):
        d = self.dob_of(p)
        sl = (ascii_letters(re.sub(r'^(de|du|van|al|el|ben) ', '', p.surname.lower())) + 'xxx')[:3]
        let = (sl + (ascii_letters(p.given) or 'x')[0]).upper()
        num = '%02d%02d%02d%s' % (d.year % 100, d.month + (50 if p.gender == 'f' else 0), d.day, self.digits(2))
        return P('RAMQ', self.r.choice(['%s %s %s', '%s%s%s', '%s-%s-%s', '%s %s %s']) % (let, num[:4], num[4:]))

    def licence(self, p):
        d = self.dob_of(p)
        l = (ascii_letters(p.surname) or 'x')[0].upper()
        a, b, c = self.digits(4), '%02d%02d%02d' % (d.day, d.month, d.year % 100), self.digits(2)
        return P('DRIVER_LICENCE', self.r.choice(['%s%s-%s-%s', '%s%s%s%s', '%s%s %s %s', '%s%s-%s-%s']) % (l, a, b, c))

    def passport(self):
        r = self.r
        L = 'ABCEGHJKLMNPRSTWXYZ'
        return P('PASSPORT', r.choice(L) + r.choice(L) + r.choice(['', '', ' ']) + self.digits(6))

    def bank(self, pieces=None):
        r = self.r
        tr, inst = self.digits(5), r.choice(['815', '815', '815', '001', '002', '003', '004', '006', '010', '837'])
        acct = self.digits(7) if inst in ('815', '837') else self.digits(r.choice([7, 7, 9, 12]))
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
        kind = r.choice('vvmma')
        if kind == 'a':
            num = self.luhn_complete(r.choice(['34', '37']) + self.digits(12))
            return P('CREDIT_CARD', r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (num[:4], num[4:10], num[10:]))
        num = self.luhn_complete((str(r.randint(51, 55)) + self.digits(13)) if kind == 'm' else ('4' + self.digits(14)))
        return P('CREDIT_CARD', r.choice([' ', '-', '', ' ']).join(num[i:i + 4] for i in range(0, 16, 4)))

    def plate(self):
        r = self.r
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        f = r.choice(['LLL DDD', 'DDD LLL', 'LDD LLL', 'LLLDDD', 'DDDLLL', 'FLL DDDD'])
        return P('PLATE', ''.join(r.choice(L) if ch == 'L' else str(r.randint(0, 9)) if ch == 'D' else ch for ch in f))

    # -- decoys ---------------------------------------------------------------
    def org(self, lang=None, pattern=None):
        lang = lang or self.lang
        lst = self.P.orgs[lang] or self.P.orgs['fr']
        if pattern:
            lst = [o for o in lst if re.search(pattern, o)] or \
                [o for o in self.P.orgs['fr' if lang == 'en' else 'en'] if re.search(pattern, o)] or lst
        return D('ORG', self.fresh(lst, 'org'))

    def org_p(self, prep, pattern=None):
        """French: [preposition with its article, ORG] ("du ", "à la ", "de l'", "chez ")."""
        o = self.org('fr', pattern)
        a = self.P.art.get(o[2], '0')
        if prep == 'de':
            pre = {'m': 'du ', 'f': 'de la ', 'v': "de l'", 'p': 'des '}.get(a, "d'" if o[2][0] in VOWELS else 'de ')
        elif prep == 'à':
            pre = {'m': 'au ', 'f': 'à la ', 'v': "à l'", 'p': 'aux '}.get(a, 'à ')
        elif prep == 'le':
            pre = {'m': 'le ', 'f': 'la ', 'v': "l'", 'p': 'les '}.get(a, '')
        else:
            pre = prep + ' ' + {'m': 'le ', 'f': 'la ', 'v': "l'", 'p': 'les '}.get(a, '')
        return [pre, o]

    def city(self):
        return D('PLACE', self.fresh(self.P.cities, 'city'))

    def abroad(self):
        return D('PLACE', self.fresh(self.P.abroad or self.P.cities, 'city'))

    LAW_TAGS = {'school': 'eq', 'housing': 'cm', 'work': 'wq', 'ombud': 'psqa', 'social': 'sq', 'health': 'aq', 'municipal': 'm',
                'court': 'rqc', 'youth': 'y', 'hr': 'wq', 'police': 'rq', 'library': 'p', 'volunteer': 'qm', 'office': 'pqa'}

    def law(self, dom=None, art=False):
        """A law reference of the document's domain (art: an article, for "l'{l}")."""
        tags = self.LAW_TAGS.get(dom or self.dom, 'q')
        lst = self.P.laws[self.lang] or self.P.laws['fr']
        if art:
            lst = [x for x in lst if x.split('|')[1].startswith('art')] or lst
        lst = [x for x in lst if x.split('|')[0] in tags] or lst
        return D('LAW', self.fresh(lst, 'law').split('|')[1])

    def fileno(self, kind=None):
        r = self.r
        y = self.base.year - r.randint(0, 1)
        kind = kind or r.choice(['cnesst', 'pc', 'court', 'dpj', 'permit', 'pol', 'mess', 'ticket'])
        s = {'cnesst': '%d-%07d' % (y, r.randint(1, 9999999)),
             'pc': 'PC-%02d-%05d' % (y % 100, r.randint(1, 99999)),
             'tal': '%06d %s %d%02d%02d %s' % (r.randint(100000, 999999), r.choice(['31', '18', '37', '40']), y,
                                                r.randint(1, 12), r.randint(1, 28), r.choice('GDT')),
             'court': '%s-%s-%06d-%02d%d' % (r.choice(['500', '200', '705', '405', '150', '460']), r.choice(['01', '61', '73', '36']),
                                              r.randint(1, 999999), y % 100, r.randint(1, 9)),
             'dpj': 'DPJ %02d-%04d' % (y % 100, r.randint(1, 9999)),
             'permit': r.choice(['PER-%d-%05d', 'PC-%d-%04d', 'CA-%d-%04d']) % (y, r.randint(1, 9999)),
             'pol': r.choice(['SPVG %02d-%06d', 'SQ %02d-%06d', 'RPETR-%02d-%05d']) % (y % 100, r.randint(1, 99999)),
             'mess': 'D-%07d' % r.randint(1, 9999999),
             'ticket': r.choice(['INC%07d', 'TKT-%06d', 'REQ%07d']) % r.randint(1, 999999),
             'lot': 'lot %d %03d %03d' % (r.randint(1, 6), r.randint(0, 999), r.randint(0, 999)),
             'res': '%d-%02d-%03d' % (y, r.randint(1, 12), r.randint(1, 400)),
             'rbq': 'RBQ %04d-%04d-%02d' % (r.randint(1000, 9999), r.randint(0, 9999), r.randint(1, 99)),
             'lib': 'RES-%d-%04d' % (y, r.randint(1, 9999)),
             'insp': 'INSP-%02d-%04d' % (y % 100, r.randint(1, 9999))}[kind]
        return D('FILENO', s)

    def word(self, w):
        return D('WORD', w)

    def dr(self, p, cap=False):
        if self.lang == 'en':
            return 'Dr.'
        t = 'la Dre' if p.gender == 'f' else 'le Dr'
        return t[0].upper() + t[1:] if cap else t

    def dr_a(self, p):
        """French "à" + physician title ("au Dr", "à la Dre")."""
        return 'à la Dre' if p.gender == 'f' else 'au Dr'

    def civ(self, p, cap=True):
        """Courtesy title, outside the span."""
        if self.lang == 'en':
            return self.r.choice(['Ms.', 'Mrs.', 'Ms']) if p.gender == 'f' else self.r.choice(['Mr.', 'Mr'])
        return ('Mme' if p.gender == 'f' else 'M.') if cap else ('madame' if p.gender == 'f' else 'monsieur')

    def e(self, p, fr_m, fr_f):
        """French agreement: fr_m or fr_f depending on p's gender."""
        return fr_f if p.gender == 'f' else fr_m

    def unit(self, units, d):
        """Next unit of a family: each once, shuffled, then mostly plain sentences."""
        order = self.__dict__.setdefault('_order', {})
        key = id(units)
        if key not in order:
            idx = list(range(len(units)))
            self.r.shuffle(idx)
            order[key] = idx
        if not order[key]:
            return lambda: self.cs(d, self.dom, self.r.randint(1, 2), lead='' if d.parts and d.parts[-1][0][-1:] in ' \n' else ' ')
        return units[order[key].pop()]

    # -- content ----------------------------------------------------------------
    def sent(self, domain):
        """An unused sentence of the domain, else of the office pool, else of any pool of the language."""
        for lst in (self.P.content.get((self.lang, domain), []), self.P.content[(self.lang, 'office')],
                    [x for (l, dm), v in sorted(self.P.content.items()) if l == self.lang and dm != 'chat' for x in v]):
            cand = [x for x in lst if ('c', x) not in self.used]
            if cand:
                x = self.pick(cand)
                self.used.add(('c', x))
                return x
        return self.pick(self.P.content.get((self.lang, domain)) or self.P.content[(self.lang, 'office')])

    def word_sentence(self, d):
        lst = self.P.wordsents.get(self.lang) or _lines(WORD_SENTS[self.lang])
        pre, w, post = self.fresh(lst, 'ws').split('|')
        if pre:
            d.c(pre.rstrip())
            d.t(' ')
        else:
            w = w[0].upper() + w[1:]
        d.add(w, 'decoy', 'WORD')
        d.t(' ')
        d.c(post.strip())

    def turn(self, d, a, b):
        """A question and its answer (content), "a" and "b" being the speakers' labels."""
        q, ans = self.fresh(self.P.dialogue[self.lang] or _lines(DIALOGUE[self.lang]), 'dlg').split('|')
        d.t(a)
        d.c(q)
        d.t('\n' + b)
        d.c(ans)
        d.t('\n')

    def cs(self, d, domain=None, k=1, lead=' ', sep=' '):
        for i in range(k):
            d.t(lead if i == 0 else sep)
            if domain != 'chat' and self.r.random() < 0.06:
                self.word_sentence(d)
            else:
                d.c(self.sent(domain or self.dom))


# ---------------------------------------------------------------------------
# Families.  Each fills the Doc until about `target` characters.

def fam_fr_incident_ecole(g, d, target):
    r = g.r
    a, b, w = g.person(), g.person(), g.person()
    ens, dir_ = g.person(), g.person()
    d.f("{o}\nRAPPORT D'INCIDENT — ÉLÈVES\n\nDate de l'événement : {dt}   Heure : {tm}   Endroit : {lieu}\n"
        "Élève 1 : {a:revup} (groupe {ga})\nÉlève 2 : {b:revup} (groupe {gb})\nTémoin(s) : {w}, {w2:first}\n"
        "Signalé par : {ens:init}, {fonc}\n\nCe qui s'est passé\n",
        o=g.org('fr', 'École|Centre de services'), dt=g.date(-120, 0), tm=g.time(),
        lieu=g.pick(['cour d\'école', 'vestiaire du gymnase', 'corridor du 2e étage', 'autobus 14', 'cafétéria']),
        a=a, ga=r.choice(['501', '602', '304', 'classe d\'accueil', 'FPT 2']), b=b, gb=r.choice(['503', '601', '402', '205']),
        w=w, w2=g.person(), ens=ens, fonc=g.e(ens, 'surveillant', 'surveillante'))
    d.f("D'après {w:first}, {a:first} a arraché le sac de {b:first} et l'a lancé dans l'escalier.", w=w, a=a, b=b)
    g.cs(d, 'school', 2)
    d.t('\n\nInterventions et suivi\n')
    pa, pb = g.kin(a), g.kin(b, 'f', 0.6)
    units = [
        lambda: (d.f("- Appel à {pa:full}, parent de {a:first}, au {ph}; pas de réponse, message laissé.", pa=pa, a=a, ph=g.phone()),),
        lambda: (d.f("- Discussion avec la mère de {b:first}, {t} {pb:last}, joint(e) au travail au {ph} poste {x}.", b=b, t=g.civ(pb), pb=pb,
                     ph=g.phone(foreign=0), x=g.ext()),),
        lambda: (d.f("- Rencontre avec la psychoéducatrice {p} prévue le {dt}.", p=g.person(gender='f'), dt=g.date(1, 20, 'short')),),
        lambda: (d.f("- {a:first} et {b:first} sont placés dans des autobus différents jusqu'au {dt}.", a=a, b=b, dt=g.date(5, 30)),),
        lambda: (d.f("- Le chauffeur, {c}, confirme les faits survenus à l'arrêt situé à l'angle de la {s} et de la {s2}.", c=g.person(gender='m'),
                     s=g.street('fr'), s2=g.street('fr')), g.cs(d, 'school', 1)),
        lambda: (d.t('- '), g.cs(d, 'school', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\n{dr:init}, direct{x} adjoint{x2}\n", dr=dir_, x=g.e(dir_, 'eur', 'rice'), x2=g.e(dir_, '', 'e'))


def fam_fr_inspection(g, d, target):
    r = g.r
    loc, prop, insp = g.person(), g.person(), g.person()
    d.f("{v} — Service de l'urbanisme et de l'environnement\nRAPPORT D'INSPECTION — SALUBRITÉ\nNo {fn}   Visite du {dt} à {tm}\n\n"
        "Logement inspecté : {a}\nCadastre : {lot}\nOccupant(e) : {loc:rev}, tél. {ph}\nPropriétaire : {prop:up}, {ph2}, {em}\n"
        "{ti} : {insp}\n\n",
        v=D('ORG', g.pick(['Ville de ', 'Municipalité de ']) + g.pick(g.P.cities)), fn=g.fileno('insp'), dt=g.date(-90, 0), tm=g.time(),
        a=g.address(), lot=g.fileno('lot'), loc=loc, ph=g.phone(), prop=prop, ph2=g.phone(), em=g.email(prop),
        ti=g.e(insp, 'Inspecteur', 'Inspectrice'), insp=insp)
    d.f("Contexte : plainte reçue de {loc:first} {loc:last} le {dt} au sujet de moisissures.", loc=loc, dt=g.date(-150, -91))
    k = 1
    units = [
        lambda: (g.cs(d, 'housing', 2, lead=''),),
        lambda: (d.f("Le propriétaire était représenté par son concierge, {c}, qui a donné accès au logement.", c=g.person(gender='m')),),
        lambda: (d.f("Infraction à l'{l}.", l=g.law(art=True)), g.cs(d, 'housing', 1)),
        lambda: (d.f("Le voisin du dessous, {t} {v:last}, signale aussi des infiltrations dans son plafond.", v=(v := g.person()), t=g.civ(v)),),
        lambda: (d.f("Un avis de correction sera expédié par courrier recommandé avant le {dt}.", dt=g.date(3, 20)),),
        lambda: (d.f("Photos 1 à {n} prises par {i:init}.", n=r.randint(4, 22), i=insp),),
        lambda: (d.f("Des déchets sont entreposés dans la ruelle qui donne sur la {s}.", s=g.street('fr')),),
    ]
    d.t('\n\nConstats\n')
    while d.n < target:
        d.t('%d. ' % k)
        k += 1
        g.unit(units, d)()
        d.t('\n')
    d.f("\n{i:up}\n{ti}, poste {x}\n", i=insp, ti=g.e(insp, 'inspecteur municipal', 'inspectrice municipale'), x=g.ext())


def fam_fr_cnesst(g, d, target):
    r = g.r
    w, sup, wit, doc = g.person(), g.person(), g.person(), g.person()
    d.f("DÉCLARATION D'ACCIDENT DU TRAVAIL — usage interne\nEmployeur : {o}\nDossier {fn}\n\n"
        "Travailleur/travailleuse : {w:revup}\nNAS : {nas}\nDate de naissance : {dob}\nAdresse : {a}\nTéléphone : {ph}\n"
        "Poste occupé : {poste}   Supérieur immédiat : {s}\n\nÉvénement survenu le {dt} vers {tm}\n",
        o=g.org('fr', 'Scierie|Usine|Garage|Quincaillerie|Boulangerie|CHSLD|Centre d\'hébergement|Dépanneur'), fn=g.fileno('cnesst'),
        w=w, nas=g.nas(), dob=g.dob(w, lo=1960, hi=2005), a=g.address(), ph=g.phone(),
        poste=g.pick(['journalier', 'préposée aux bénéficiaires', 'cariste', 'commis d\'entrepôt', 'opératrice de presse', 'boulanger']),
        s=sup, dt=g.date(-60, -1), tm=g.time())
    g.cs(d, 'work', 2, lead='')
    units = [
        lambda: (d.f(" Témoin : {x}, qui travaillait au poste voisin.", x=wit), g.cs(d, 'work', 1)),
        lambda: (d.f(" Premiers soins donnés par {x:init} (secouriste).", x=g.person()), g.cs(d, 'work', 1)),
        lambda: (d.f(" Consultation le jour même avec {t} {m}, qui prescrit un arrêt de {n} jours.", t=g.dr(doc), m=doc, n=r.randint(3, 21)),),
        lambda: (d.f(" {s:first} {s:last} indique que l'aire avait été balisée.", s=sup), g.cs(d, 'work', 1)),
        lambda: (d.f(" Réclamation en vertu de l'{l}.", l=g.law(art=True)),),
        lambda: (d.f(" Salaire brut des douze derniers mois : {am}.", am=g.amount(28000, 71000)),),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.f("\n\nRempli par {x}, service des ressources humaines, le {dt}.\n", x=g.person(), dt=g.date(0, 3))


def fam_fr_plainte(g, d, target):
    r = g.r
    p = g.person()
    agent = g.person()
    d.item([p, '\n'])
    abroad = r.random() < 0.15
    d.item(g.foreign_address() if abroad else g.address(lines=True))
    d.f("\n{ph}\n{em}\n\n{c}, le {dt}\n\n", ph=g.phone(foreign=1.0 if abroad else 0.05, cc=g.cc), em=g.email(p), c=g.fcity if abroad else g.city(),
        dt=g.date(-10, 0, 'long'))
    d.item(g.org('fr', 'Protecteur|Curateur|Commissaire|Ombudsman'))
    d.f("\nService des plaintes\n\nObjet : Plainte concernant {o2} — votre dossier {fn}\n\nMadame, Monsieur,\n\n",
        o2=g.org('fr', "Régie de|Société de l'|Société d'habitation|Revenu|Services Québec|ministère|Office|Curateur"), fn=g.fileno('pc'))
    g.cs(d, 'ombud', 2, lead='')
    units = [
        lambda: (d.f(" Le {dt}, l'agent{x} {a:full} m'a affirmé que ma demande était complète.", dt=g.date(-120, -20), x=g.e(agent, '', 'e'), a=agent),
                 g.cs(d, 'ombud', 1)),
        lambda: (d.f(" Mon numéro d'assurance sociale ({nas}) figure pourtant sur tous les formulaires.", nas=g.nas()),),
        lambda: (d.f(" Ma fille, {f:first}, née le {dob}, dépend entièrement de ces prestations.", f=(f := g.kin(p, 'f')), dob=g.child_dob(f)),),
        lambda: (d.f(" Selon l'{l}, un délai raisonnable aurait dû s'appliquer.", l=g.law(art=True)), g.cs(d, 'ombud', 1)),
        lambda: (d.f(" Je suis accompagné{x} dans mes démarches par {t} {h}, de l'organisme {o}.", x=g.e(p, '', 'e'), t=g.civ(h := g.person()),
                     h=h, o=g.org('fr', 'Comité|Association|Regroupement|Carrefour|Centre d\'action')),),
        lambda: (d.f(" La superviseure, {s:init}, n'a jamais retourné mes appels au {tf}.", s=g.person(gender='f'), tf=g.tollfree()),),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.f("\n\nVeuillez agréer mes salutations distinguées.\n\n{p}\n\np. j. (3)\nc. c. : Me {av}\n", p=p, av=g.person())


def fam_fr_aide_sociale(g, d, target):
    r = g.r
    c, ag = g.person(), g.person()
    kids = [g.kin(c, same=0.6) for _ in range(r.randint(1, 3))]
    d.f("MESS — Aide financière de dernier recours\nNotes au dossier {fn}\nPrestataire : {c:revup}   NAS {nas}   DDN {dob}\n"
        "Agent{x} d'aide : {ag}\n\n", fn=g.fileno('mess'), c=c, nas=g.nas(), dob=g.dob(c, 'iso', 1955, 2003),
        x=g.e(ag, '', 'e'), ag=ag)
    units = [
        lambda: (d.f("{dt} — Entrevue au bureau de {v}.", dt=g.date(-200, 0, 'iso'), v=g.city()), g.cs(d, 'social', 2)),
        lambda: (d.f("{dt} — Enfants à charge : ", dt=g.date(-200, 0, 'iso')),
                 [d.f("{k} ({dob}){sep}", k=k, dob=g.child_dob(k), sep=', ' if i < len(kids) - 1 else '.') for i, k in enumerate(kids)]),
        lambda: (d.f("{dt} — Dépôt direct demandé : ", dt=g.date(-200, 0, 'iso')), d.item(g.bank()), d.t('.'), g.cs(d, 'social', 1)),
        lambda: (d.f("{dt} — Appel de {t} {p} du {o}, propriétaire, au sujet d'un retard de loyer de {am}.", dt=g.date(-200, 0, 'iso'),
                     t=g.civ(p := g.person()), p=p, o=g.org('fr', 'Office|Coopérative'), am=g.amount(300, 1400)),),
        lambda: (d.f("{dt} — Nouvelle adresse : ", dt=g.date(-200, 0, 'iso')), d.item(g.address()), d.t('.')),
        lambda: (d.f("{dt} — {c:first} mentionne que son ex-conjoint, {e}, ne verse plus la pension.", dt=g.date(-200, 0, 'iso'), c=c,
                     e=g.person(c.origin, 'm' if c.gender == 'f' else 'f')), g.cs(d, 'social', 1)),
        lambda: (d.f("{dt} — Article appliqué : {l}.", dt=g.date(-200, 0, 'iso'), l=g.law()),),
        lambda: (d.f("{dt} — Identité vérifiée : passeport {pp}, expirant en {mo} {y}.", dt=g.date(-200, 0, 'iso'), pp=g.passport(),
                     mo=g.month(), y=g.year(g.base.year, g.base.year + 8)),),
        lambda: (d.f("{dt} — Sa mère, {m}, vit toujours à l'étranger : ", dt=g.date(-200, 0, 'iso'), m=g.kin(c, 'f', 0.5)),
                 d.item(g.foreign_address()), d.f(", {ph}.", ph=g.phone(foreign=1.0, cc=g.cc))),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\n{ag:init} — poste {x}\n", ag=ag, x=g.ext())


def fam_fr_courriels(g, d, target):
    r = g.r
    a, b, c = g.person(), g.person(), g.person()
    ea, eb = g.email(a, work=True), g.email(b, work=r.random() < 0.5)
    d.f("Objet : RE: RE: {sj}\n\n{b:first},\n\n", sj=g.pick(['rendez-vous annulé', 'documents pour le dossier', 'votre demande de révision',
                                                             'inscription de votre enfant', 'remboursement des frais']), b=b)
    g.cs(d, 'office', 2, lead='')
    x = r.random()
    if x < 0.35:
        d.f(" J'ai transmis votre dossier à {c}, qui vous rappellera au {ph}.", c=c, ph=g.phone())
    elif x < 0.7:
        d.f(" Il me manque seulement le numéro de carte d'assurance maladie de {k:first} ({rq}).", k=(k := g.kin(b)), rq=g.ramq(k))
    elif x < 0.85:
        d.f(" Le paiement de {am} a été porté à la carte se terminant par {l4}.", am=g.amount(40, 600), l4=g.digits(4))
    else:
        d.f(" Pour le voyage du groupe, j'ai encore besoin du passeport de {k:first} : {pp}.", k=g.person(), pp=g.passport())
    d.f("\n\nCordialement,\n\n{a}\n{role} | {o}\n{ph} poste {x}\n", a=a, role=g.pick(['Technicienne en administration', 'Agent de bureau',
                                                                                   'Conseillère en relations avec la clientèle']),
        o=g.org('fr'), ph=g.phone(foreign=0), x=g.ext())
    if r.random() < 0.5:
        d.f("Sans frais : {tf}\n", tf=g.tollfree())
    d.f("\nLe {dt} à {tm}, {b} <{eb}> a écrit :\n> Bonjour {t} {a:last},\n> ", dt=g.date(-20, -1, 'long'), tm=g.time(), b=b, eb=eb,
        t=g.civ(a), a=a)
    g.cs(d, 'office', 2, lead='', sep='\n> ')
    d.f("\n> Vous pouvez me joindre au {ph} ou chez ma sœur, {s}.\n> \n> {b:first}\n", ph=g.phone(), s=g.kin(b, 'f', 0.3), b=b)
    while d.n < target:
        d.f("> \n> -----Message d'origine-----\n> De : {a} <{ea}>\n> Envoyé : {dt}\n> À : {b:low}\n> Objet : {sj}\n> \n> ",
            a=a, ea=ea, dt=g.date(-40, -21, 'long'), b=b, sj='Suivi')
        g.cs(d, 'office', 2, lead='', sep='\n> ')
        d.t('\n')
        if r.random() < 0.5:
            break
    d.t('\n')


def fam_fr_teams(g, d, target):
    r = g.r
    ppl = [g.person() for _ in range(r.randint(3, 4))]
    x, y = g.person(), g.person()
    st = {}
    d.f("Conversation Teams — canal « accueil-{eq} » — exporté le {dt}\n\n", eq=g.pick(['soutien', 'jeunesse', 'logement', 'rh']),
        dt=g.date(-3, 0, 'iso'))
    style = r.choice(['[{tm}] {s}: ', '{s:rev}  {tm}\n', '{s:first} {s:last} ({tm}) : '])
    lines = ["tu sais si {x:firstlow} a rappelé ce matin?", "oui, elle est passée à l'accueil vers {t2}",
             "@{y:first} peux-tu prendre son rendez-vous à ma place?", "le numéro au dossier est mauvais, le bon c'est {ph}",
             "{x:low} veut qu'on envoie les papiers chez {z}", "noté, je mets à jour le dossier {fn}",
             "attention, {y:last} est en congé jusqu'au {dt}", "sa date de naissance c'est le {dob}? il y a deux dossiers",
             "je pense que c'est le même, l'adresse est {a}", "merci {y:first}!"]
    extra = ["@{y:first} tu es là?", "{y:firstlow} est en réunion jusqu'à {t2}", "je te transfère l'appel de {z}",
             "qui a parlé à {z:full} hier?", "{z:first} {z:last} attend à l'accueil", "ok je préviens {y:first}",
             "c'est {z:lastup} avec un accent, pas l'autre", "{y:first} a laissé une note pour {z:first}"]
    i = 0
    while d.n < target:
        sp = g.pick(ppl)
        d.f(style, tm=g.clock(st), s=sp)
        others = [q for q in ppl if q is not sp]
        if i >= len(lines) and r.random() < 0.35:
            d.f(g.pick(extra), y=g.pick(others), z=g.person(), t2=g.time())
        elif i < len(lines) and r.random() < 0.7:
            d.f(lines[i], x=x, y=g.pick(others), z=g.kin(x, same=0.5), ph=g.phone(), fn=g.fileno('ticket'), dt=g.date(2, 20, 'short'),
                dob=g.dob(x), a=g.address(city=False, postal=False), t2=g.time())
            i += 1
        else:
            g.cs(d, 'chat', 1, lead='')
        d.t('\n')


def fam_fr_info_sante(g, d, target):
    r = g.r
    inf, app = g.person(gender='f'), g.person()
    kid = g.kin(app)
    d.f("{o} — FICHE D'APPEL\nDate : {dt}   Début : {tm}\nInfirmière : {inf:init}\nAppelant(e) : {app} ({lien})\n"
        "Rappel au : {ph}   Ligne de référence : {tf}\nPersonne concernée : {k:up}, DDN {dob}, RAMQ {rq}\n\n",
        o=g.org('fr', 'Info-Santé|CISSS|CIUSSS'), dt=g.date(-30, 0), tm=g.time(), inf=inf, app=app,
        lien=g.e(app, 'père', 'mère'), ph=g.phone(), tf=g.tollfree(), k=kid, dob=g.child_dob(kid, 'iso'), rq=g.ramq(kid))
    conv = [("INF : Info-Santé, bonjour. Pour qui appelez-vous?", None),
            ("APP : Pour ma fille, {k:first}. Elle fait de la fièvre depuis hier." if kid.gender == 'f' else
             "APP : Pour mon garçon, {k:first}. Il fait de la fièvre depuis hier.", dict(k=kid)),
            ("INF : Quelle est l'adresse où vous êtes présentement?", None),
            ("APP : On est chez ma belle-mère, {bm}, au {a}.", lambda: dict(bm=g.person(gender='f'), a=g.address(postal=False))),
            ('INF : ', 'pair'), ('INF : ', 'pair'),
            ("INF : Son médecin de famille, c'est qui?", None),
            ("APP : {t} {m}, {o}.", lambda: dict(t=g.dr(m := g.person(), True), m=m, o=g.org_p('à', 'Clinique|CLSC'))),
            ('INF : ', 'pair')]
    for tpl, kw in conv:
        if kw == 'pair':
            g.turn(d, 'INF : ', 'APP : ')
            continue
        else:
            d.f(tpl, **(kw() if callable(kw) else kw or {}))
        d.t('\n')
    if d.n < target:
        d.t('NOTE : ')
        g.cs(d, 'health', 2, lead='')
        d.t('\n')
    d.f("Orientation : consultation en clinique. Fin de l'appel à {tm}.\n", tm=g.time())


def fam_fr_permis(g, d, target):
    r = g.r
    req, ent = g.person(), g.person()
    d.f("{v}\nDEMANDE DE PERMIS — RÉNOVATION / AGRANDISSEMENT\nNo de demande : {fn}   Reçue le : {dt}\n\n"
        "1. REQUÉRANT\nNom : {req:lastup}   Prénom : {req:first}\nAdresse postale : {a}\nTél. (jour) : {ph}   Cell. : {ph2}\nCourriel : {em}\n\n"
        "2. EMPLACEMENT DES TRAVAUX\n{a2}   {lot}\n\n3. ENTREPRENEUR\n{o}   Licence {rbq}\nResponsable : {ent}\n\n4. DESCRIPTION\n",
        v=D('ORG', 'Municipalité de ' + g.pick(g.P.cities)), fn=g.fileno('permit'), dt=g.date(-60, 0), req=req, a=g.address(),
        ph=g.phone(), ph2=g.phone(), em=g.email(req), a2=g.address(city=False, postal=False), lot=g.fileno('lot'),
        o=g.org('fr', 'Quincaillerie|Garage|Scierie') if r.random() < 0.3 else D('ORG', g.pick(['Construction ', 'Rénovations ', 'Toitures ']) +
                                                                             g.pick(['Boréal inc.', 'du Fjord', 'Horizon 2000', 'Lambert & Frères'])),
        rbq=g.fileno('rbq'), ent=ent)
    d.f("Agrandissement de la galerie arrière et remplacement du revêtement. Coût estimé : {am}. Début prévu : {dt}.\n",
        am=g.amount(3000, 85000), dt=g.date(10, 90))
    units = [
        lambda: (d.f("Voisine consultée : {t} {v}, qui ne s'oppose pas au projet.\n", t=g.civ(v := g.person()), v=v),),
        lambda: (d.f("Référence : {l}.\n", l=g.law()),),
        lambda: (d.f("Marge latérale mesurée par l'arpenteur {x} : 1,2 m.\n", x=g.person()),),
        lambda: (g.cs(d, 'municipal', 1, lead=''), d.t('\n')),
        lambda: (d.f("Le garage donne sur la {s}; aucun empiètement sur l'emprise.\n", s=g.street('fr')),),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.f("\nSignature du requérant : {req:init}\nRÉSERVÉ À LA MUNICIPALITÉ — analysé par {x:init}, le {dt}; frais perçus {am}.\n",
        req=req, x=g.person(), dt=g.date(0, 10), am=g.amount(50, 400))


def fam_fr_ca(g, d, target):
    r = g.r
    mem = [g.person() for _ in range(r.randint(5, 7))]
    pres, sec = mem[0], mem[1]
    d.f("PROCÈS-VERBAL de la réunion du conseil d'administration {o}, tenue le {dt} à {tm}\n\nPrésences : ",
        o=g.org_p('de', "Coopérative|Association|Maison|Centre communautaire|Centre d'action|Club|Banque|Popote|Regroupement|Comité"), dt=g.date(), tm=g.time())
    for i, m in enumerate(mem[:-1]):
        d.f('{m:' + r.choice(['full', 'full', 'init']) + '}' + (', ' if i < len(mem) - 3 else ' et ' if i == len(mem) - 3 else '.\n'), m=m)
    d.f("Absent{x} : {a}.\nPrésid{p} par {pr}; secrétaire d'assemblée : {s}.\n\n", x=g.e(mem[-1], '', 'e'), a=mem[-1],
        p=g.e(pres, 'é', 'ée'), pr=pres, s=sec)
    k = 1
    while d.n < target:
        x = r.random()
        res = g.fileno('res')
        a, b = r.sample(mem[:-1], 2)
        if x < 0.4:
            d.f("{k}. Résolution {res}\nIl est proposé par {a}, appuyé par {b}, d'autoriser une dépense de {am} pour {obj}.\n"
                "Adoptée à l'unanimité.\n\n", k=k, res=D('FILENO', 'CA-' + res[2]), a=a, b=b, am=g.amount(200, 15000),
                obj=g.pick(['l\'achat d\'un congélateur', 'la réparation du toit', 'le souper des bénévoles', 'l\'entretien du camion']))
        elif x < 0.65:
            d.f("{k}. Embauche\nSur proposition de {a:first} {a:last}, appuyée par {b:init}, le conseil entérine l'embauche de {c} "
                "au poste de {poste} à compter du {dt}.\n\n", k=k, a=a, b=b, c=g.person(), dt=g.date(5, 40),
                poste=g.pick(['coordonnatrice', 'cuisinier', 'intervenant de milieu', 'commis comptable']))
        elif x < 0.8:
            d.f("{k}. Correspondance\nLettre de {t} {c}, résidant{e} de la {s}, concernant le bruit des livraisons.", k=k, t=g.civ(c := g.person()),
                c=c, e=g.e(c, '', 'e'), s=g.street('fr'))
            g.cs(d, 'municipal', 1)
            d.t('\n\n')
        else:
            d.f('{k}. Divers\n', k=k)
            g.cs(d, 'volunteer', 2, lead='')
            d.t('\n\n')
        k += 1
    d.f("Levée de la réunion à {tm} sur proposition de {a:first}.\n\n{p:up}, présidence        {s:up}, secrétariat\n",
        tm=g.time(), a=g.pick(mem[:-1]), p=pres, s=sec)


def fam_fr_plumitif(g, d, target):
    r = g.r
    juge, gref, pr, dfc, acc = g.person(), g.person(gender='f'), g.person(), g.person(), g.person()
    d.f("{o}\nPROCÈS-VERBAL D'AUDIENCE\nDossier : {fn}   Salle {salle}   {dt}\n\n"
        "Juge : l'honorable {j}\nGreffière-audiencière : {gr:init}\nPoursuite : Me {pr} (DPCP)\nDéfense : Me {df}\n"
        "Accusé{e} : {a:revup}, né{e} le {dob}\n\n",
        o=g.org('fr', 'Cour|Palais'), fn=g.fileno('court'), salle=r.choice(['3.04', '1.11', '2.08', '4.16']), dt=g.date(-20, 0),
        j=juge, gr=gref, pr=pr, df=dfc, a=acc, e=g.e(acc, '', 'e'), dob=g.dob(acc, lo=1965, hi=2004))
    st = {}
    units = [
        lambda: (d.f("{tm} Ouverture. Identification des parties.", tm=g.clock(st, 2, 9)),),
        lambda: (d.f("{tm} Me {pr:last} dépose les pièces P-1 à P-4.", tm=g.clock(st, 2, 9), pr=pr), g.cs(d, 'court', 1)),
        lambda: (d.f("{tm} Témoin assermenté{e} : {w}, {age} ans, résidant à {c}.", tm=g.clock(st, 2, 9), w=(w := g.person()),
                     e=g.e(w, '', 'e'), age=r.randint(19, 77), c=g.city()), g.cs(d, 'court', 1)),
        lambda: (d.f("{tm} Me {df:last} contre-interroge.", tm=g.clock(st, 2, 9), df=dfc), g.cs(d, 'court', 1)),
        lambda: (d.f("{tm} Ordonnance de non-communication avec {v}.", tm=g.clock(st, 2, 9), v=g.person()),),
        lambda: (d.f("{tm} Référence à l'{l}.", tm=g.clock(st, 2, 9), l=g.law(art=True)),),
        lambda: (d.f("{tm} ", tm=g.clock(st, 2, 9)), g.cs(d, 'court', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\nRemise au {dt} à 9 h 30, salle {s}.\n{gr:up}\n", dt=g.date(20, 90), s=r.choice(['3.04', '1.11']), gr=gref)


def fam_fr_dpj(g, d, target):
    r = g.r
    k = g.person()
    m, p = g.kin(k, 'f', 0.5), g.kin(k, 'm', 0.9)
    ts = g.person()
    fa = g.person()
    d.f("{o}\nSUIVI — APPLICATION DES MESURES\n{fn}\n\nEnfant : {k:full}   né{e} le {dob}\nMère : {m}   Père : {p}\n"
        "Famille d'accueil : {fa:rev}, {a}\nIntervenant{x} : {ts}, {ph} poste {ex}\n\n",
        o=g.org('fr', 'protection de la jeunesse|CISSS|CIUSSS'), fn=g.fileno('dpj'), k=k, e=g.e(k, '', 'e'), dob=g.child_dob(k),
        m=m, p=p, fa=fa, a=g.address(), x=g.e(ts, '', 'e'), ts=ts, ph=g.phone(foreign=0), ex=g.ext())
    units = [
        lambda: (d.f("{dt} — Visite supervisée. {k:first} arrive avec {m:first}.", dt=g.date(-90, 0, 'iso'), k=k, m=m), g.cs(d, 'youth', 2)),
        lambda: (d.f("{dt} — Appel de l'enseignante, {t} {e:last}, au sujet des absences.", dt=g.date(-90, 0, 'iso'), t=g.civ(e := g.person(gender='f')),
                     e=e), g.cs(d, 'youth', 1)),
        lambda: (d.f("{dt} — {p:first} demande que sa conjointe, {c}, soit ajoutée aux contacts autorisés.", dt=g.date(-90, 0, 'iso'), p=p,
                     c=g.person(gender='f')),),
        lambda: (d.f("{dt} — Bilan avec {fa:first} {fa:last} (famille d'accueil).", dt=g.date(-90, 0, 'iso'), fa=fa), g.cs(d, 'youth', 2)),
        lambda: (d.f("{dt} — Requête selon l'{l}.", dt=g.date(-90, 0, 'iso'), l=g.law(art=True)), g.cs(d, 'youth', 1)),
        lambda: (d.f("{dt} — {p:first} est reparti à l'étranger; nouvelle adresse : ", dt=g.date(-90, 0, 'iso'), p=p),
                 d.item(g.foreign_address()), d.f(". Joignable au {ph} (WhatsApp).", ph=g.phone(foreign=1.0, cc=g.cc))),
        lambda: (d.f("{dt} — La grand-mère, {gm}, habite maintenant au {a}.", dt=g.date(-90, 0, 'iso'), gm=g.kin(m, 'f'), a=g.address(city=False, postal=True)),),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\n{ts:init}, t.s.\n", ts=ts)


def fam_fr_tal(g, d, target):
    r = g.r
    loc, prop, juge = g.person(), g.person(), g.person()
    d.f("NOTES D'AUDIENCE — {o}\nDossier {fn}   Audience du {dt}, {tm}, par visioconférence\n"
        "Juge administrati{f} : {j:init}\n\nDemandeur/demanderesse (locataire) : {l}\nDéfendeur/défenderesse (locateur) : {p:up}",
        o=D('ORG', 'Tribunal administratif du logement'), fn=g.fileno('tal'), dt=g.date(-40, 0), tm=g.time(), f=g.e(juge, 'f', 've'), j=juge, l=loc, p=prop)
    if r.random() < 0.5:
        d.f(", représenté{e} par {o2}", e=g.e(prop, '', 'e'), o2=g.org('fr', 'Cabinet|Office'))
    d.f("\nLogement : {a}\nLoyer : {am} par mois\n\n", a=g.address(), am=g.amount(540, 1950))
    units = [
        lambda: (d.f("{l:last} explique que la hotte ne fonctionne plus depuis {mo}.", l=loc, mo=g.month()), g.cs(d, 'housing', 1)),
        lambda: (d.f("Témoin de la partie locataire : {w}, voisin{e} de palier.", w=(w := g.person()), e=g.e(w, '', 'e')), g.cs(d, 'housing', 1)),
        lambda: (d.f("{t} {p:last} dépose des factures totalisant {am}.", t=g.civ(prop), p=prop, am=g.amount(200, 4000)),),
        lambda: (d.f("La fille de la locataire, {f:first}, aurait été témoin de l'échange du {dt}.", f=g.kin(loc, 'f'), dt=g.date(-200, -40)),),
        lambda: (d.f("Le tribunal rappelle l'{l}.", l=g.law(art=True)),),
        lambda: (g.cs(d, 'housing', 2, lead=''),),
    ]
    while d.n < target:
        d.t('- ')
        g.unit(units, d)()
        d.t('\n')
    d.t('\nDécision à venir par écrit.\n')


def fam_fr_benevoles_csv(g, d, target):
    r = g.r
    sep = r.choice([';', ',', '\t'])
    d.f("# {o} — liste des bénévoles, mise à jour {dt}\n", o=g.org('fr', 'Banque|Popote|Centre d\'action|Société|Club|Maison'), dt=g.date(-15, 0, 'iso'))
    d.t(sep.join(['nom', 'prénom', 'téléphone', 'courriel', 'quart', 'remarques']) + '\n')
    rows = 0
    while d.n < target * 0.75 or rows < 4:
        p = g.person()
        up = r.random() < 0.3
        d.item(P('PERSON', p.surname.upper() if up else p.surname))
        d.t(sep)
        d.item(P('PERSON', p.given))
        d.t(sep)
        d.item(g.phone())
        d.t(sep)
        d.item(g.email(p) if r.random() < 0.8 else '')
        d.t(sep + g.pick(['lundi AM', 'mardi PM', 'jeudi soir', 'samedi', 'sur appel', 'livraison']) + sep)
        x = r.random()
        if x < 0.15:
            d.f("chauffeur; permis {dl}", dl=g.licence(p))
        elif x < 0.2:
            d.f("livraisons secteur {s}", s=g.street('fr'))
        elif x < 0.3:
            d.f("remplace {q:first}", q=g.person())
        elif x < 0.4:
            d.f("disponible à partir du {dt}", dt=g.date(0, 40, 'iso'))
        d.t('\n')
        rows += 1
        if d.n > 2200:
            break
    d.t('\n# ')
    g.cs(d, 'volunteer', 2, lead='')
    d.t('\n')


def fam_fr_messages(g, d, target):
    r = g.r
    while d.n < target:
        to, fr = g.person(), g.person()
        d.f("— PENDANT VOTRE ABSENCE —\nPour : {to:first}\nDate : {dt}   Heure : {tm}\n{t} {fr}\n", to=to, dt=g.date(-5, 0, 'short'),
            tm=g.time(), t=g.civ(fr), fr=fr)
        if r.random() < 0.5:
            d.f("de : {o}\n", o=g.org('fr'))
            if r.random() < 0.3:
                d.f("(ligne sans frais {tf})\n", tf=g.tollfree())
        d.f("Tél. : {ph}", ph=g.phone())
        if r.random() < 0.4:
            d.f(" poste {x}", x=g.ext())
        d.f("\n[{a}] A téléphoné  [{b}] Rappellera  [{c}] Veuillez rappeler\nMessage : ", a=r.choice('X '), b=r.choice(' X'), c=r.choice('X '))
        x = r.random()
        if x < 0.3:
            d.f("Au sujet de son fils {k:first}, né le {dob}. ", k=(k := g.kin(fr, 'm')), dob=g.child_dob(k))
        elif x < 0.55:
            d.f("Veut parler de la lettre du {dt}. ", dt=g.date(-40, -5))
        elif x < 0.7:
            d.f("Rappeler avant {tm}, sinon écrire à {em}. ", tm=g.time(), em=g.email(fr))
        g.cs(d, 'office', 1, lead='')
        d.f("\nPris par : {p:init}\n\n", p=g.person())


def fam_fr_presences(g, d, target):
    r = g.r
    d.f("Assemblée générale annuelle {o}\n{dt}, {tm} — {lieu}\n\nLISTE DES PRÉSENCES\n\n| Nom | Organisme / quartier | Courriel | Signature |\n|---|---|---|---|\n",
        o=g.org_p('de', 'Association|Comité|Coopérative|Regroupement|Club'), dt=g.date(-30, 0, 'long'), tm=g.time(),
        lieu=g.pick(['sous-sol de l\'église', 'salle communautaire', 'gymnase de l\'école']))
    rows = 0
    while (d.n < target * 0.7 or rows < 4) and d.n < 2100:
        p = g.person()
        form = r.choice(['rev', 'full', 'full', 'up', 'init'])
        d.f('| {p:' + form + '} | {o} | {em} | {s} |\n', p=p, o=g.org('fr') if r.random() < 0.5 else g.city(),
            em=g.email(p) if r.random() < 0.7 else '', s=r.choice(['✓', 'X', '✓', '']))
        rows += 1
    d.f("\nExcusé{e}s : {a}, {b:init}.\nInvité : {t} {c}, conseill{x} municipal{y}.\n", e='', a=g.person(), b=g.person(),
        t=g.civ(c := g.person()), c=c, x=g.e(c, 'er', 'ère'), y=g.e(c, '', 'e'))
    while d.n < target:
        g.cs(d, 'municipal', 1, lead='')
        d.t('\n')


def fam_fr_entrevue_rh(g, d, target):
    r = g.r
    cand = g.person()
    com = [g.person() for _ in range(3)]
    d.f("{o} — Ressources humaines\nGRILLE D'ENTREVUE\nPoste : {poste}   Concours {fn}\nCandidat{e} : {c}\n"
        "Comité : {a:init}, {b:init}, {x}\nDate : {dt}\n\n",
        o=g.org('fr'), poste=g.pick(['agente de bureau', 'préposé à l\'entretien', 'technicienne en loisirs', 'commis-comptable']),
        fn=g.fileno('ticket'), e=g.e(cand, '', 'e'), c=cand, a=com[0], b=com[1], x=com[2], dt=g.date(-30, 0))
    units = [
        lambda: (d.t('Q1 Parcours : '), g.cs(d, 'hr', 2, lead='')),
        lambda: (d.f("Q2 Mise en situation : {c:first} propose d'appeler d'abord le superviseur.", c=cand), g.cs(d, 'hr', 1)),
        lambda: (d.f("Référence 1 : {p}, ancien{e} gestionnaire chez {o}, {ph}.", p=(p := g.person()), e=g.e(p, '', 'ne'), o=g.org('fr'),
                     ph=g.phone()),),
        lambda: (d.f("Référence 2 : {t} {p:last}, {ph} (cell.) — joint{e} le {dt}.", t=g.civ(p := g.person()), p=p, ph=g.phone(),
                     e=g.e(p, '', 'e'), dt=g.date(-5, 0)),),
        lambda: (d.f("Disponibilités : à partir du {dt}. Attentes : {am} par année.", dt=g.date(10, 50), am=g.amount(38000, 62000)),),
        lambda: (d.f("Notes de {b:first} : ", b=com[1]), g.cs(d, 'hr', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\nRecommandation : {rec}\n", rec=g.pick(['retenir', 'retenir', 'liste de rappel', 'ne pas retenir']))


def fam_fr_biblio(g, d, target):
    r = g.r
    p = g.person()
    d.f("{o} — Dossier d'abonné\nNom : {p:rev}\nAdresse : {a}\nTél. : {ph}   Courriel : {em}\nInscrit{e} depuis : {y}\n",
        o=g.org('fr', 'Bibliothèque'), p=p, a=g.address(), ph=g.phone(), em=g.email(p), e=g.e(p, '', 'e'), y=g.year(2004))
    if r.random() < 0.5:
        k = g.kin(p)
        d.f("Compte jeunesse lié : {k}, né{e} le {dob}\n", k=k, e=g.e(k, '', 'e'), dob=g.child_dob(k))
    d.t('\nPrêts en cours\n| Titre | Prêté le | Retour prévu | État |\n|---|---|---|---|\n')
    titles = ['Le Survenant', 'Bonheur d\'occasion', 'Les Filles de Caleb', 'Kukum', 'La Femme qui fuit', 'Nikolski',
              'Le Petit Prince', 'Agaguk', 'Maria Chapdelaine', 'La Guerre des tuques', 'Les Belles-Sœurs', 'Kuessipan']
    for _ in range(r.randint(2, 5)):
        d1, d2 = g.day(-60, -20), None
        d2 = d1 + datetime.timedelta(days=21)
        d.f("| {t} | {a} | {b} | {s} |\n", t=g.fresh(titles, 'book'), a=D('DATE', g.fmt_date(d1, 'iso')), b=D('DATE', g.fmt_date(d2, 'iso')),
            s=g.pick(['en retard', 'renouvelé', 'en cours']))
    d.t('\nNotes\n')
    units = [
        lambda: (d.f("{dt} — Frais de retard de {am} payés au comptoir.", dt=g.date(-30, 0, 'iso'), am=g.amount(1, 25)),),
        lambda: (d.f("{dt} — Documents rapportés par {q}, qui dit être sa voisine.", dt=g.date(-30, 0, 'iso'), q=g.person(gender='f')),),
        lambda: (d.f("{dt} — ", dt=g.date(-30, 0, 'iso')), g.cs(d, 'library', 2, lead='')),
        lambda: (d.f("{dt} — Réservation {fn} pour « Kukum ».", dt=g.date(-30, 0, 'iso'), fn=g.fileno('lib')), g.cs(d, 'library', 1)),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')


def fam_fr_avis_deces(g, d, target):
    r = g.r
    dec = g.person(g.pick(['qc', 'qc', 'qc', 'ht', 'it', 'pt', 'ar', 'ee', 'en']))
    sp = g.person(dec.origin, 'm' if dec.gender == 'f' else 'f')
    d.f("{dec:up}\n{y1} – {y2}\n\nÀ {c}, le {dt}, à l'âge de {age} ans, est décédé{e} {t} {dec}, {ep} de {feu} {sp}. ",
        dec=dec, y1=D('YEAR', str(g.base.year - r.randint(70, 96))), y2=D('YEAR', str(g.base.year)), c=g.city(), dt=g.date(-20, -3, 'long'),
        age=r.randint(70, 96), e=g.e(dec, '', 'e'), t=g.civ(dec), ep=g.e(dec, 'époux', 'épouse'),
        feu=g.e(sp, 'feu', 'feue') if r.random() < 0.5 else g.e(sp, 'M.', 'Mme'), sp=sp)
    d.f("{Il} était {ne} de feu {pe} et de feue {me}.\n\n", Il=g.e(dec, 'Il', 'Elle'), ne=g.e(dec, 'le fils', 'la fille'),
        pe=g.kin(dec, 'm', 1.0), me=g.person(dec.origin, 'f'))
    d.f("{Il} laisse dans le deuil ses enfants : ", Il=g.e(dec, 'Il', 'Elle'))
    kids = [g.kin(dec, same=1.0) for _ in range(r.randint(2, 4))]
    for i, k in enumerate(kids):
        d.f("{k:first} ({c})" + (', ' if i < len(kids) - 1 else '; '), k=k, c=g.person(gender='m' if k.gender == 'f' else 'f'))
    d.t('ses petits-enfants : ')
    gk = [g.kin(g.pick(kids), same=0.7) for _ in range(r.randint(3, 6))]
    for i, k in enumerate(gk):
        d.f("{k:first}" + (', ' if i < len(gk) - 2 else ' et ' if i == len(gk) - 2 else ''), k=k)
    d.f("; {sa} sœur {s:first} ainsi que de nombreux neveux, nièces, parents et amis.\n\n", sa=g.e(dec, 'sa', 'sa'), s=g.kin(dec, 'f', 1.0))
    t1, t2 = g.time_pair()
    d.f("La famille recevra les condoléances {o} le {dt} de {t1} à {t2}. ", o=g.org_p('à', 'funéraire|Fabrique'),
        dt=g.date(2, 8, 'long'), t1=t1, t2=t2)
    d.f("Un merci particulier au personnel {o2} et {t} {m}.", o2=g.org_p('de', 'CHSLD|Hôpital|hébergement|Résidence|Clinique|CLSC'),
        t=g.dr_a(m := g.person()), m=m)
    while d.n < target:
        d.f(" En sa mémoire, des dons {o} seraient appréciés.", o=g.org_p('à', 'Fondation|Société|Banque|Popote'))
        if d.n < target:
            d.f(" Pour information : {x}, {ph}.", x=g.pick(kids), ph=g.phone())
        break
    d.t('\n')


def fam_fr_police(g, d, target):
    r = g.r
    pl, sus, ag1 = g.person(), g.person(), g.person()
    d.f("{o}\nRAPPORT D'ÉVÉNEMENT {fn}\nNature : {nat}\nDate/heure : {dt}, {tm}\nLieu : {a}\n\n"
        "PLAIGNANT(E) : {pl:revup}, DDN {dob}, {ph}\nSUSPECT(E) : {s:up}, DDN {dob2}\n  Permis de conduire : {dl}{pp}\n  Véhicule : {veh}, plaque {plq}\n\n",
        o=g.org('fr', 'police|Sûreté'), fn=g.fileno('pol'), nat=g.pick(['méfait', 'vol simple', 'voies de fait', 'délit de fuite', 'menaces']),
        dt=g.date(-30, 0), tm=g.time(), a=g.address(postal=False), pl=pl, dob=g.dob(pl, 'iso'), ph=g.phone(), s=sus,
        dob2=g.dob(sus, 'iso', 1970, 2006), dl=g.licence(sus),
        pp=['   Passeport : ', g.passport()] if r.random() < 0.3 else '', veh=g.pick(['Honda Civic grise', 'Ford F-150 noir', 'Toyota RAV4 blanc',
                                                                             'Kia Soul rouge']), plq=g.plate())
    d.t('NARRATION\n')
    units = [
        lambda: (d.f("À notre arrivée, {pl:first} nous attend devant l'immeuble.", pl=pl), g.cs(d, 'police', 2)),
        lambda: (d.f("Le témoin {w}, {age} ans, dit avoir vu le véhicule quitter vers la {s}.", w=g.person(), age=r.randint(18, 80),
                     s=g.street('fr')), g.cs(d, 'police', 1)),
        lambda: (d.f("{sus:last} aurait ensuite texté {pl:first} à partir du {ph}.", sus=sus, pl=pl, ph=g.phone()),),
        lambda: (d.f("Photos transmises par courriel à l'enquêteu{x} {e:init}.", x='se' if (e := g.person()).gender == 'f' else 'r', e=e),),
        lambda: (g.cs(d, 'police', 2, lead=''),),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t(' ')
    d.f("\n\nAgent{e} rédacteur/rédactrice : {a:lastinit}, matricule {m}\n", e=g.e(ag1, '', 'e'), a=ag1, m=r.randint(1000, 9999))


def fam_fr_visiteurs(g, d, target):
    r = g.r
    st = {}
    d.f("{o}\nREGISTRE DES VISITEURS — {dt}\n\nArrivée | Visiteur | Résident(e) visité(e) | Ch. | Téléphone | Départ\n",
        o=g.org('fr', 'CHSLD|Centre d\'hébergement|Résidence'), dt=g.date(-10, 0, 'long'))
    residents = [g.person() for _ in range(4)]
    rows = 0
    while (d.n < target * 0.85 or rows < 4) and d.n < 2300:
        res = g.pick(residents)
        v = g.kin(res, same=0.5)
        form = r.choice(['full', 'full', 'up', 'low', 'rev'])
        d.f('{t1} | {v:' + form + '} | {res:' + r.choice(['full', 'rev', 'lastinit']) + '} | {ch} | {ph} | {t2}\n',
            t1=g.clock(st, 3, 40), v=v, res=res, ch=r.randint(101, 340), ph=g.phone(), t2=g.clock(st, 5, 60))
        rows += 1
    d.t('\nRemarques : ')
    g.cs(d, 'health', 1, lead='')
    d.t('\n')
    if d.n < target:
        d.f("Visites interdites à {x} (avis de la direction du {dt}).\n", x=g.person(), dt=g.date(-60, -1))


def fam_fr_camp(g, d, target):
    r = g.r
    par, kid = g.person(), None
    kid = g.kin(par)
    urg = g.person()
    d.f("{o}\nFICHE D'INSCRIPTION — CAMP DE JOUR {y}\n\nENFANT\nNom, prénom : {k:rev}\nDate de naissance : {dob}\n"
        "No d'assurance maladie : {rq}   exp. {mo} {y2}\nAllergies : {al}\n\nPARENT / TUTEUR\n{p}\n{a}\nCell. : {ph}   Travail : {ph2} poste {x}\n"
        "Courriel : {em}\n\nPERSONNE À JOINDRE EN CAS D'URGENCE\n{u} ({lien}) — {ph3}\n\n",
        o=g.org('fr', 'Municipalité|Ville|Centre communautaire|Maison|Club|MRC'), y=D('YEAR', str(g.base.year)), k=kid,
        dob=g.child_dob(kid, r.choice(['iso', 'slash', 'long'])), rq=g.ramq(kid), mo=g.month(), y2=g.year(g.base.year, g.base.year + 6),
        al=g.pick(['aucune', 'arachides', 'pénicilline', 'piqûres d\'abeilles']), p=par, a=g.address(lines=True), ph=g.phone(),
        ph2=g.phone(foreign=0), x=g.ext(), em=g.email(par), u=urg, lien=g.pick(['grand-mère', 'oncle', 'voisine', 'parrain']), ph3=g.phone())
    d.f("PAIEMENT\nMontant : {am}  ", am=g.amount(150, 1200))
    if r.random() < 0.5:
        d.f("Carte : {cc}   exp. {m}/{yy}\n", cc=g.card(), m='%02d' % r.randint(1, 12), yy=r.randint(25, 30))
    else:
        d.t('Prélèvement : ')
        d.item(g.bank())
        d.t('\n')
    d.f("\nAUTORISATIONS\nJ'autorise {k:first} à quitter seul{e} le site : {oui}\nPersonnes autorisées à venir chercher l'enfant : {a1}, {a2:init}\n",
        k=kid, e=g.e(kid, '', 'e'), oui=r.choice(['oui', 'non']), a1=g.kin(par, same=0.4), a2=g.person())
    if d.n < target:
        d.t('Remarques : ')
        g.cs(d, 'office', 2, lead='')
        d.t('\n')
    d.f("Signature : {p:init}   Date : {dt}\n", p=par, dt=g.date(-40, 0))


def fam_en_school(g, d, target):
    r = g.r
    a, b, w, staff = g.person(), g.person(), g.person(), g.person()
    d.f("{o}\nSTUDENT INCIDENT REPORT\n\nDate: {dt}    Time: {tm}    Location: {loc}\nStudents involved: {a} (Gr. {ga}), {b} (Gr. {gb})\n"
        "Reported by: {s:init}, {role}\nWitness: {w:first} {w:last}\n\n",
        o=g.org('en', 'School Board|College'), dt=g.date(-120, 0), tm=g.time(), loc=g.pick(['east stairwell', 'bus loop', 'library', 'locker bay C']),
        a=a, ga=r.randint(3, 11), b=b, gb=r.randint(3, 11), s=staff, role=g.pick(['lunch monitor', 'resource teacher', 'bus driver']), w=w)
    d.f("According to {w:first}, {a:first} took {b:first}'s phone and posted a photo of it in a group chat.", w=w, a=a, b=b)
    g.cs(d, 'school', 2)
    d.t('\n\nFollow-up\n')
    units = [
        lambda: (d.f("- Called {a:first}'s father, {t} {p:last}, at {ph}; he will pick him up at {tm}.", a=a, t=g.civ(p := g.kin(a, 'm')), p=p,
                     ph=g.phone(), tm=g.time()),),
        lambda: (d.f("- Left a voicemail for {p} ({b:first}'s mother) at {ph} ext. {x}.", p=g.kin(b, 'f', 0.6), b=b, ph=g.phone(foreign=0), x=g.ext()),),
        lambda: (d.f("- Meeting booked with the guidance counsellor, {c}, on {dt}.", c=g.person(), dt=g.date(1, 14, 'short')),),
        lambda: (d.f("- Vice-principal {v:last} informed; see {l}.", v=g.person(), l=g.law()),),
        lambda: (d.f("- The bus stop at the corner of {s} and {s2} will be supervised next week.", s=g.street('en'), s2=g.street('en')),),
        lambda: (d.t('- '), g.cs(d, 'school', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\nSigned: {p:up}, Principal\n", p=g.person())


def fam_en_inspection(g, d, target):
    r = g.r
    ten, own, insp = g.person(), g.person(), g.person()
    d.f("{o} — Building Inspection Report {fn}\nVisit: {dt} at {tm}\n\nAddress inspected: {a}\nTenant: {t:rev} — {ph}\n"
        "Owner: {ow:up} — {ph2} — {em}\nInspector: {i:init}\n\nFindings\n",
        o=D('ORG', g.pick(['Town of ', 'City of ', 'Municipality of ']) + g.pick(g.P.cities)), fn=g.fileno('insp'), dt=g.date(-90, 0), tm=g.time(),
        a=g.address(lang='en'), t=ten, ph=g.phone(), ow=own, ph2=g.phone(), em=g.email(own), i=insp)
    k = 1
    units = [
        lambda: (g.cs(d, 'housing', 2, lead=''),),
        lambda: (d.f("The superintendent, {s}, let us into the basement.", s=g.person(gender='m')), g.cs(d, 'housing', 1)),
        lambda: (d.f("Contravention of {l}.", l=g.law()),),
        lambda: (d.f("{t} {n:last} from the unit upstairs reports the same leak.", t=g.civ(n := g.person()), n=n),),
        lambda: (d.f("Cadastral {lot}; the shed on {s} side encroaches on the lane.", lot=g.fileno('lot'), s=g.street('en')),),
    ]
    while d.n < target:
        d.t('%d. ' % k)
        k += 1
        g.unit(units, d)()
        d.t('\n')
    d.f("\nNotice of correction to be sent by registered mail before {dt}.\n", dt=g.date(5, 30))


def fam_en_injury(g, d, target):
    r = g.r
    w, sup = g.person(), g.person()
    d.f("WORKPLACE INJURY REPORT (CNESST claim support)\nEmployer: {o}\nFile {fn}\n\nWorker: {w:revup}\nSIN: {nas}\nDate of birth: {dob}\n"
        "Home address: {a}\nPhone: {ph}\nJob title: {job}    Supervisor: {s}\n\nIncident on {dt} at about {tm}\n",
        o=g.org('en', 'Hardware|Residence|Hospital|Clinic|Centre|Depot') if r.random() < 0.6 else D('ORG', g.pick(['Norcliff Packaging Inc.',
                                                                                                            'Valley Lumber Ltd.', 'Brome Poultry Co-op'])),
        fn=g.fileno('cnesst'), w=w, nas=g.nas(), dob=g.dob(w, lo=1962, hi=2005), a=g.address(lang='en'), ph=g.phone(),
        job=g.pick(['warehouse clerk', 'orderly', 'machine operator', 'cook']), s=sup, dt=g.date(-60, -1), tm=g.time())
    g.cs(d, 'work', 2, lead='')
    units = [
        lambda: (d.f(" Witness: {x}, working on the next line.", x=g.person()), g.cs(d, 'work', 1)),
        lambda: (d.f(" First aid given by {x:init}.", x=g.person()),),
        lambda: (d.f(" Seen the same day by Dr. {m} at {o}, who ordered {n} days off.", m=g.person(), o=g.org('en', 'Hospital|Clinic|Medicine'),
                     n=r.randint(3, 20)),),
        lambda: (d.f(" {s:first} says the area had been taped off.", s=sup), g.cs(d, 'work', 1)),
        lambda: (d.f(" Claim filed under {l}.", l=g.law()),),
        lambda: (d.f(" Gross salary, last 12 months: {am}.", am=g.amount(29000, 72000)),),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.f("\n\nCompleted by {x}, Human Resources, {dt}.\n", x=g.person(), dt=g.date(0, 3))


def fam_en_ombudsman(g, d, target):
    r = g.r
    p, agent = g.person(), g.person()
    d.item([p, '\n'])
    d.item(g.address(lang='en', lines=True))
    d.f("\n{ph} | {em}\n\n{dt}\n\n{o}\nComplaints Department\n\nRe: complaint about {o2} — your file {fn}\n\nDear Sir or Madam,\n\n",
        ph=g.phone(), em=g.email(p), dt=g.date(-10, 0, 'long'), o=g.org('en', 'Ombudsman|Commissioner'), o2=g.org('en', 'Régie|Société|Revenu|Services|Tribunal'),
        fn=g.fileno('pc'))
    g.cs(d, 'ombud', 2, lead='')
    units = [
        lambda: (d.f(" On {dt}, the agent I spoke to, {a}, told me my application was complete.", dt=g.date(-120, -20, 'long'), a=agent),
                 g.cs(d, 'ombud', 1)),
        lambda: (d.f(" My social insurance number ({nas}) is on every form I sent.", nas=g.nas()),),
        lambda: (d.f(" My son {k:first}, born {dob}, depends on these benefits.", k=(k := g.kin(p, 'm')), dob=g.child_dob(k)),),
        lambda: (d.f(" Under {l}, I should have received an answer.", l=g.law()), g.cs(d, 'ombud', 1)),
        lambda: (d.f(" I am being helped by {t} {h} from {o}.", t=g.civ(h := g.person()), h=h, o=g.org('en', 'Association|Shares|Centre|House')),),
        lambda: (d.f(" Nobody at {tf} could tell me who handles my file.", tf=g.tollfree()),),
    ]
    while d.n < target:
        g.unit(units, d)()
    d.f("\n\nYours truly,\n\n{p:mid}\n\nEncl. (2)\ncc: {av}, lawyer\n", p=p, av=g.person())


def fam_en_email(g, d, target):
    r = g.r
    a, b = g.person(), g.person()
    ea, eb = g.email(a, work=True), g.email(b)
    d.f("From: {b} <{eb}>\nSent: {dt} {tm}\nTo: {a:low} <{ea}>\nSubject: Re: {sj}\n\nHi {a:first},\n\n", b=b, eb=eb, dt=g.date(-5, 0, 'long'),
        tm=g.time(), a=a, ea=ea, sj=g.pick(['missing documents', 'your appointment', 'camp registration', 'refund request']))
    g.cs(d, 'office', 1, lead='')
    x = r.random()
    if x < 0.3:
        d.f(" My daughter {k:first} was born on {dob} and her health card is {rq}.", k=(k := g.kin(b, 'f')), dob=g.child_dob(k), rq=g.ramq(k))
    elif x < 0.55:
        d.f(" We moved, the new address is {ad}.", ad=g.address(lang='en'))
    elif x < 0.7:
        d.f(" You can charge the fee to my card {cc}.", cc=g.card())
    elif x < 0.85:
        d.f(" For ID: driver's licence {dl}, passport {pp}.", dl=g.licence(b), pp=g.passport())
    elif x < 0.93:
        d.f(" I'm staying with my cousin {c} until the end of {mo}, you can reach me at {ph}.", c=g.kin(b, same=0.4), mo=g.month(), ph=g.phone())
    else:
        d.t(" Until June please send the mail to my parents: ")
        d.item(g.foreign_address())
        d.f(", phone {ph}.", ph=g.phone(foreign=1.0, cc=g.cc))
    d.f("\n\nThanks,\n{b:first}\n\nOn {dt}, {a} <{ea}> wrote:\n> Hello {t} {b:last},\n> ", b=b, dt=g.date(-20, -6, 'long'), a=a, ea=ea,
        t=g.civ(b))
    g.cs(d, 'office', 2, lead='', sep='\n> ')
    if r.random() < 0.5:
        d.f("\n> I have copied my colleague {c}, who handles intake.", c=g.person())
    d.f("\n> \n> {a}\n> {role}, {o}\n> {ph} ext. {x}\n", a=a, role=g.pick(['Intake Coordinator', 'Administrative Assistant', 'Case Manager']),
        o=g.org('en'), ph=g.phone(foreign=0), x=g.ext())
    if r.random() < 0.5:
        d.f("> Toll-free: {tf}\n", tf=g.tollfree())
    k = 0
    while d.n < target and k < 3:
        d.t('> > ')
        g.cs(d, 'office', 1, lead='')
        d.t('\n')
        k += 1


def fam_en_slack(g, d, target):
    r = g.r
    ppl = [g.person() for _ in range(r.randint(3, 4))]
    x = g.person()
    st = {}
    d.f("#{ch} — Slack export {dt}\n\n", ch=g.pick(['intake', 'front-desk', 'case-review', 'facilities']), dt=g.date(-3, 0, 'iso'))
    style = r.choice(['{s:firstlast}  {tm}\n', '[{tm}] {s:firstlow}: ', '{s:first} {tm}: '])
    lines = ["anyone know if {x:firstlow} came back?", "yeah she was here at {t2}, said she'd call", "@{y:first} can you cover her 2pm?",
             "new number for {x:first} {x:last}: {ph}", "{x:low}'s sister {z} wants a copy of the letter", "ticket {fn} is updated",
             "fyi {y:last} is off until {dt}", "is her DOB {dob}? I see two files", "same person I think, address {a}", "ty {y:first}!!"]
    extra = ["@{y:first} you around?", "{y:firstlow} is in a meeting until {t2}", "transferring {z}'s call to you",
             "who talked to {z} yesterday?", "{z:first} {z:last} is waiting at the front", "ok I'll tell {y:first}",
             "it's {z:lastup}, the other spelling", "{y:first} left a note for {z:first}"]
    i = 0
    while d.n < target:
        sp = g.pick(ppl)
        d.f(style, tm=g.clock(st), s=sp)
        others = [q for q in ppl if q is not sp]
        if i >= len(lines) and r.random() < 0.35:
            d.f(g.pick(extra), y=g.pick(others), z=g.person(), t2=g.time())
        elif i < len(lines) and r.random() < 0.7:
            d.f(lines[i], x=x, y=g.pick(others), z=g.kin(x, 'f', 0.6), ph=g.phone(), fn=g.fileno('ticket'), dt=g.date(2, 20, 'short'),
                dob=g.dob(x), a=g.address(lang='en', city=False, postal=False), t2=g.time())
            i += 1
        else:
            g.cs(d, 'chat', 1, lead='')
        d.t('\n')


def fam_en_911(g, d, target):
    r = g.r
    c = g.person()
    d.f("911 CALL TRANSCRIPT — {o}\nIncident {fn}    Received {dt} {tm}\nCall-taker: {ct:init}\n\n", o=g.org('en', 'Police'),
        fn=g.fileno('pol'), dt=g.date(-20, 0), tm=g.time(), ct=g.person())
    conv = [("CT: 911, what is the address of your emergency?", None),
            ("C: {a}, the side door.", lambda: dict(a=g.address(lang='en', postal=False))),
            ("CT: What's your name?", None),
            ("C: {c}. My last name is {c:lastup}.", dict(c=c)),
            ("CT: And a callback number?", None),
            ("C: {ph}.", lambda: dict(ph=g.phone())),
            ("CT: Tell me what happened.", None),
            ("C: My neighbour {n:first} {n:last} is banging on the door and yelling at his girlfriend {gf:first}.",
             lambda: dict(n=g.person(gender='m'), gf=g.person(gender='f'))),
            ("CT: ", 'pair'),
            ("C: He drives a grey pickup, plate {pl}.", lambda: dict(pl=g.plate())),
            ("CT: Is anybody hurt?", None),
            ("C: I don't know. My son {s:first} is with me.", lambda: dict(s=g.kin(c, 'm'))),
            ("CT: ", 'pair'), ("CT: ", 'pair')]
    for tpl, kw in conv:
        if kw == 'pair':
            g.turn(d, 'CT: ', 'C: ')
            continue
        else:
            d.f(tpl, **(kw() if callable(kw) else kw or {}))
        d.t('\n')
    k = 0
    while d.n < target and k < 2:
        d.t('Dispatcher note: ')
        g.cs(d, 'police', 2, lead='')
        d.f(' Unit {u} on scene at {tm}.\n', u=r.randint(11, 89) * 10 + r.randint(1, 9), tm=g.time())
        k += 1


def fam_en_board(g, d, target):
    r = g.r
    mem = [g.person() for _ in range(r.randint(5, 7))]
    chair, sec = mem[0], mem[1]
    d.f("MINUTES of the Board of Directors meeting of {o}, held on {dt} at {tm}\n\nPresent: ", o=g.org('en', 'Association|Shares|Legion|House|Club|Society|Depot|Bank'),
        dt=g.date(), tm=g.time())
    for i, m in enumerate(mem[:-1]):
        d.f('{m:' + r.choice(['full', 'full', 'init']) + '}' + (', ' if i < len(mem) - 3 else ' and ' if i == len(mem) - 3 else '.\n'), m=m)
    d.f("Regrets: {a}.\nChair: {c}. Recording secretary: {s}.\n\n", a=mem[-1], c=chair, s=sec)
    k = 1
    while d.n < target:
        x = r.random()
        a, b = r.sample(mem[:-1], 2)
        if x < 0.45:
            d.f("{k}. Resolution {res}\nMoved by {a}, seconded by {b}, that the Board approve an expense of {am} for {obj}.\nCarried unanimously.\n\n",
                k=k, res=D('FILENO', 'B-' + g.fileno('res')[2]), a=a, b=b, am=g.amount(200, 15000),
                obj=g.pick(['a new freezer', 'roof repairs', 'the volunteer dinner', 'van maintenance']))
        elif x < 0.65:
            d.f("{k}. Staffing\nOn a motion by {a:first} {a:last}, seconded by {b:init}, the Board confirms the hiring of {c} as {job} effective {dt}.\n\n",
                k=k, a=a, b=b, c=g.person(), job=g.pick(['coordinator', 'cook', 'outreach worker']), dt=g.date(5, 40, 'long'))
        elif x < 0.8:
            d.f("{k}. Correspondence\nLetter from {t} {c}, who lives on {s}, about delivery noise.", k=k, t=g.civ(c := g.person()), c=c, s=g.street('en'))
            g.cs(d, 'municipal', 1)
            d.t('\n\n')
        else:
            d.f('{k}. Other business\n', k=k)
            g.cs(d, 'volunteer', 2, lead='')
            d.t('\n\n')
        k += 1
    d.f("Adjourned at {tm} on a motion by {a:first}.\n\n{c:up}, Chair      {s:up}, Secretary\n", tm=g.time(), a=g.pick(mem[:-1]), c=chair, s=sec)


def fam_en_court(g, d, target):
    r = g.r
    judge, clerk, crown, dfc, acc = g.person(), g.person(), g.person(), g.person(), g.person()
    d.f("{o}\nCOURT CLERK'S MINUTES\nFile: {fn}    Room {rm}    {dt}\n\nPresiding: the Honourable {j}\nClerk: {c:init}\n"
        "Crown: Me {cr}\nDefence: Me {df}\nAccused: {a:revup}, born {dob}\n\n",
        o=g.org('en', 'Court'), fn=g.fileno('court'), rm=r.choice(['2.10', '4.02', '1.07']), dt=g.date(-20, 0), j=judge, c=clerk, cr=crown,
        df=dfc, a=acc, dob=g.dob(acc, lo=1965, hi=2004))
    st = {}
    units = [
        lambda: (d.f("{tm} Court opens. Parties identified.", tm=g.clock(st, 2, 9)),),
        lambda: (d.f("{tm} Me {cr:last} files exhibits P-1 to P-3.", tm=g.clock(st, 2, 9), cr=crown), g.cs(d, 'court', 1)),
        lambda: (d.f("{tm} Witness sworn: {w}, {age}, of {c}.", tm=g.clock(st, 2, 9), w=g.person(), age=r.randint(19, 80), c=g.city()),
                 g.cs(d, 'court', 1)),
        lambda: (d.f("{tm} Cross-examination by Me {df:last}.", tm=g.clock(st, 2, 9), df=dfc),),
        lambda: (d.f("{tm} No-contact order with {v} and her mother.", tm=g.clock(st, 2, 9), v=g.person(gender='f')),),
        lambda: (d.f("{tm} ", tm=g.clock(st, 2, 9)), g.cs(d, 'court', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\nAdjourned to {dt}, 9:30 a.m.\n{c:up}\n", dt=g.date(20, 90), c=clerk)


def fam_en_roster(g, d, target):
    r = g.r
    d.f("## {o} — volunteer roster ({mo})\n\n| Last name | First name | Phone | Email | Shift |\n|---|---|---|---|---|\n",
        o=g.org('en', 'Bank|Depot|Shares|Centre|Legion|Hospice|House'), mo=g.month())
    rows = 0
    while (d.n < target * 0.75 or rows < 4) and d.n < 2200:
        p = g.person()
        d.f('| {a} | {b} | {ph} | {em} | {sh} |\n', a=P('PERSON', p.surname.upper() if r.random() < 0.2 else p.surname), b=P('PERSON', p.given),
            ph=g.phone(), em=g.email(p) if r.random() < 0.8 else '—', sh=g.pick(['Mon AM', 'Tue PM', 'Thu eve', 'Sat', 'on call', 'driver']))
        rows += 1
    d.f("\nDrivers: {a:init} (licence {dl}), {b:first}.\n", a=(a := g.person()), dl=g.licence(a), b=g.person())
    while d.n < target:
        g.cs(d, 'volunteer', 1, lead='')
        d.t('\n')


def fam_en_messages(g, d, target):
    r = g.r
    while d.n < target:
        to, fr = g.person(), g.person()
        d.f("WHILE YOU WERE OUT\nTo: {to:first}    Date: {dt}    Time: {tm}\nFrom: {t} {fr}\n", to=to, dt=g.date(-5, 0, 'short'), tm=g.time(),
            t=g.civ(fr), fr=fr)
        if r.random() < 0.5:
            d.f("of: {o}\n", o=g.org('en'))
            if r.random() < 0.3:
                d.f("(toll-free {tf})\n", tf=g.tollfree())
        d.f("Phone: {ph}", ph=g.phone())
        if r.random() < 0.4:
            d.f(" ext. {x}", x=g.ext())
        d.f("\n[{a}] Telephoned  [{b}] Will call again  [{c}] Please call\nMessage: ", a=r.choice('X '), b=r.choice(' X'), c=r.choice('X '))
        x = r.random()
        if x < 0.3:
            d.f("About her son {k:first}, DOB {dob}. ", k=(k := g.kin(fr, 'm')), dob=g.child_dob(k, 'iso'))
        elif x < 0.55:
            d.f("Re: the letter dated {dt}. ", dt=g.date(-40, -5))
        elif x < 0.7:
            d.f("Call back before {tm} or email {em}. ", tm=g.time(), em=g.email(fr))
        g.cs(d, 'office', 1, lead='')
        d.f("\nTaken by: {p:init}\n\n", p=g.person())


def fam_en_hr(g, d, target):
    r = g.r
    cand = g.person()
    com = [g.person() for _ in range(3)]
    d.f("{o} — Human Resources\nINTERVIEW NOTES\nPosition: {job}    Posting {fn}\nCandidate: {c}\nPanel: {a:init}, {b:init}, {x}\nDate: {dt}\n\n",
        o=g.org('en'), job=g.pick(['office clerk', 'custodian', 'recreation technician', 'payroll clerk']), fn=g.fileno('ticket'), c=cand,
        a=com[0], b=com[1], x=com[2], dt=g.date(-30, 0))
    units = [
        lambda: (d.t('Q1 Background: '), g.cs(d, 'hr', 2, lead='')),
        lambda: (d.f("Q2 Scenario: {c:first} would call the supervisor first.", c=cand), g.cs(d, 'hr', 1)),
        lambda: (d.f("Reference 1: {p}, former manager at {o}, {ph}.", p=g.person(), o=g.org('en'), ph=g.phone()),),
        lambda: (d.f("Reference 2: {t} {p:last}, {ph} (cell), reached on {dt}.", t=g.civ(p := g.person()), p=p, ph=g.phone(), dt=g.date(-5, 0, 'long')),),
        lambda: (d.f("Work permit checked; passport {pp}, issued in {c}.", pp=g.passport(), c=g.abroad()),),
        lambda: (d.f("Available from {dt}. Expects {am} a year.", dt=g.date(10, 50, 'long'), am=g.amount(38000, 64000)),),
        lambda: (d.f("{b:first}'s notes: ", b=com[1]), g.cs(d, 'hr', 2, lead='')),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\nRecommendation: {rec}\n", rec=g.pick(['hire', 'hire', 'eligibility list', 'do not retain']))


def fam_en_library(g, d, target):
    r = g.r
    p = g.person()
    d.f("{o} — Patron record\nName: {p:rev}\nAddress: {a}\nPhone: {ph}    Email: {em}\nMember since: {y}\n", o=g.org('en', 'Library'), p=p,
        a=g.address(lang='en'), ph=g.phone(), em=g.email(p), y=g.year(2003))
    if r.random() < 0.5:
        k = g.kin(p)
        d.f("Linked junior card: {k}, born {dob}\n", k=k, dob=g.child_dob(k))
    d.t('\nItems out\n| Title | Borrowed | Due | Status |\n|---|---|---|---|\n')
    titles = ['Anne of Green Gables', 'Two Solitudes', 'The Stone Angel', 'Fifth Business', 'Indian Horse', 'Barney\'s Version',
              'The Tin Flute', 'Station Eleven', 'Five Little Indians', 'Kiss of the Fur Queen', 'Lullabies for Little Criminals']
    for _ in range(r.randint(2, 5)):
        d1 = g.day(-60, -20)
        d.f("| {t} | {a} | {b} | {s} |\n", t=g.fresh(titles, 'book'), a=D('DATE', g.fmt_date(d1, 'iso')),
            b=D('DATE', g.fmt_date(d1 + datetime.timedelta(days=21), 'iso')), s=g.pick(['overdue', 'renewed', 'out']))
    d.t('\nNotes\n')
    units = [
        lambda: (d.f("{dt} — Late fee of {am} paid at the desk.", dt=g.date(-30, 0, 'iso'), am=g.amount(1, 25)),),
        lambda: (d.f("{dt} — Items returned by {q}, a neighbour.", dt=g.date(-30, 0, 'iso'), q=g.person()),),
        lambda: (d.f("{dt} — ", dt=g.date(-30, 0, 'iso')), g.cs(d, 'library', 2, lead='')),
        lambda: (d.f("{dt} — Hold {fn} placed.", dt=g.date(-30, 0, 'iso'), fn=g.fileno('lib')), g.cs(d, 'library', 1)),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')


def fam_en_obituary(g, d, target):
    r = g.r
    dec = g.person(g.pick(['en', 'en', 'qc', 'it', 'gr', 'ee', 'ph', 'in']))
    sp = g.person(dec.origin, 'm' if dec.gender == 'f' else 'f')
    d.f("{dec:up}\n{y1} – {y2}\n\nPeacefully, at {o}, on {dt}, at the age of {age}, {dec:mid}, beloved {w} of the late {sp}. ",
        dec=dec, y1=D('YEAR', str(g.base.year - r.randint(70, 97))), y2=D('YEAR', str(g.base.year)),
        o=g.org('en', 'Hospital|Hospice|Residence|Centre'), dt=g.date(-20, -3, 'long'), age=r.randint(70, 97),
        w=g.e(dec, 'husband', 'wife'), sp=sp)
    d.f("{He} leaves to mourn {his} children ", He=g.e(dec, 'He', 'She'), his=g.e(dec, 'his', 'her'))
    kids = [g.kin(dec, same=1.0) for _ in range(r.randint(2, 4))]
    for i, k in enumerate(kids):
        d.f("{k:first} ({c})" + (', ' if i < len(kids) - 1 else '; '), k=k, c=g.person(gender='m' if k.gender == 'f' else 'f'))
    d.t('grandchildren ')
    gk = [g.kin(g.pick(kids), same=0.7) for _ in range(r.randint(3, 6))]
    for i, k in enumerate(gk):
        d.f("{k:first}" + (', ' if i < len(gk) - 2 else ' and ' if i == len(gk) - 2 else ''), k=k)
    d.f("; and {his} brother {b} of {c}.\n\n", his=g.e(dec, 'his', 'her'), b=g.kin(dec, 'm', 1.0), c=g.abroad())
    t1, t2 = g.time_pair()
    d.f("Visitation at {o} on {dt} from {t1} to {t2}. Special thanks to Dr. {m} and the staff of the palliative care unit.",
        o=g.org('en', 'Funeral|Legion'), dt=g.date(2, 8, 'long'), t1=t1, t2=t2, m=g.person())
    if d.n < target:
        d.f(" In lieu of flowers, donations to {o} would be appreciated.", o=g.org('en', 'Hospice|Shares|Bank|Depot|Association'))
    if d.n < target:
        d.f(" Contact: {x}, {ph}.", x=g.pick(kids), ph=g.phone())
    d.t('\n')


def fam_en_youth(g, d, target):
    r = g.r
    k = g.person()
    m, f = g.kin(k, 'f', 0.5), g.kin(k, 'm', 0.9)
    sw, fos = g.person(), g.person()
    d.f("{o}\nFOLLOW-UP NOTES — YOUTH PROTECTION\n{fn}\n\nChild: {k}    DOB {dob}\nMother: {m}    Father: {f}\nFoster family: {fo:rev}, {a}\n"
        "Worker: {sw}, {ph} ext. {x}\n\n", o=g.org('en', 'Batshaw|Cree Board|Native|Kativik'), fn=g.fileno('dpj'), k=k,
        dob=g.child_dob(k, 'iso'), m=m, f=f, fo=fos, a=g.address(lang='en'), sw=sw, ph=g.phone(foreign=0), x=g.ext())
    units = [
        lambda: (d.f("{dt} — Supervised visit. {k:first} arrived with {m:first}.", dt=g.date(-90, 0, 'iso'), k=k, m=m), g.cs(d, 'youth', 2)),
        lambda: (d.f("{dt} — Call from the teacher, {t} {e:last}, about absences.", dt=g.date(-90, 0, 'iso'), t=g.civ(e := g.person()), e=e),
                 g.cs(d, 'youth', 1)),
        lambda: (d.f("{dt} — {f:first} asks that his partner {c} be added to approved contacts.", dt=g.date(-90, 0, 'iso'), f=f, c=g.person(gender='f')),),
        lambda: (d.f("{dt} — Review with {fo:first} {fo:last} (foster parent).", dt=g.date(-90, 0, 'iso'), fo=fos), g.cs(d, 'youth', 1)),
        lambda: (d.f("{dt} — Application under {l}.", dt=g.date(-90, 0, 'iso'), l=g.law()),),
        lambda: (d.f("{dt} — {f:first} has moved back abroad: ", dt=g.date(-90, 0, 'iso'), f=f), d.item(g.foreign_address()),
                 d.f(", {ph}.", ph=g.phone(foreign=1.0, cc=g.cc))),
        lambda: (d.f("{dt} — Grandmother {gm} now lives at {a}.", dt=g.date(-90, 0, 'iso'), gm=g.kin(m, 'f'), a=g.address(lang='en', city=False)),),
    ]
    while d.n < target:
        g.unit(units, d)()
        d.t('\n')
    d.f("\n{sw:init}, social worker\n", sw=sw)


def fam_en_camp(g, d, target):
    r = g.r
    par = g.person()
    kid = g.kin(par)
    d.f("{o}\nDAY CAMP REGISTRATION {y}\n\nCHILD\nName: {k:rev}\nDate of birth: {dob}\nHealth insurance no.: {rq}\nAllergies: {al}\n\n"
        "PARENT / GUARDIAN\n{p}\n{a}\nCell: {ph}    Work: {ph2} ext. {x}\nEmail: {em}\n\nEMERGENCY CONTACT\n{u} ({rel}) — {ph3}\n\n",
        o=g.org('en', 'Legion|Club|Society|Centre|Association'), y=D('YEAR', str(g.base.year)), k=kid, dob=g.child_dob(kid, r.choice(['iso', 'long', 'slash'])),
        rq=g.ramq(kid), al=g.pick(['none', 'peanuts', 'penicillin', 'bee stings']), p=par, a=g.address(lang='en', lines=True), ph=g.phone(),
        ph2=g.phone(foreign=0), x=g.ext(), em=g.email(par), u=g.person(), rel=g.pick(['grandmother', 'uncle', 'neighbour', 'godfather']), ph3=g.phone())
    d.f("PAYMENT\nAmount: {am}   ", am=g.amount(150, 1200))
    if r.random() < 0.5:
        d.f("Card: {cc}   exp. {m}/{yy}\n", cc=g.card(), m='%02d' % r.randint(1, 12), yy=r.randint(25, 30))
    else:
        d.t('Pre-authorized debit: ')
        d.item(g.bank())
        d.t('\n')
    d.f("\nAUTHORIZATIONS\n{k:first} may leave the site alone: {yn}\nAuthorized pick-up: {a1}, {a2:init}\n", k=kid, yn=r.choice(['yes', 'no']),
        a1=g.kin(par, same=0.4), a2=g.person())
    if d.n < target:
        d.t('Notes: ')
        g.cs(d, 'office', 2, lead='')
        d.t('\n')
    d.f("Signature: {p:init}    Date: {dt}\n", p=par, dt=g.date(-40, 0))


FAMILIES = [
    ('fr_incident_ecole', 'fr', fam_fr_incident_ecole, 'school'), ('fr_inspection_logement', 'fr', fam_fr_inspection, 'housing'),
    ('fr_accident_travail', 'fr', fam_fr_cnesst, 'work'), ('fr_plainte_protecteur', 'fr', fam_fr_plainte, 'ombud'),
    ('fr_notes_aide_sociale', 'fr', fam_fr_aide_sociale, 'social'), ('fr_courriels_cites', 'fr', fam_fr_courriels, 'office'),
    ('fr_teams', 'fr', fam_fr_teams, 'chat'), ('fr_info_sante', 'fr', fam_fr_info_sante, 'health'),
    ('fr_demande_permis', 'fr', fam_fr_permis, 'municipal'), ('fr_pv_ca', 'fr', fam_fr_ca, 'volunteer'),
    ('fr_plumitif', 'fr', fam_fr_plumitif, 'court'), ('fr_suivi_dpj', 'fr', fam_fr_dpj, 'youth'),
    ('fr_notes_tal', 'fr', fam_fr_tal, 'housing'), ('fr_benevoles_csv', 'fr', fam_fr_benevoles_csv, 'volunteer'),
    ('fr_messages_tel', 'fr', fam_fr_messages, 'office'), ('fr_liste_presences', 'fr', fam_fr_presences, 'municipal'),
    ('fr_entrevue_rh', 'fr', fam_fr_entrevue_rh, 'hr'), ('fr_dossier_biblio', 'fr', fam_fr_biblio, 'library'),
    ('fr_avis_deces', 'fr', fam_fr_avis_deces, 'office'), ('fr_rapport_police', 'fr', fam_fr_police, 'police'),
    ('fr_registre_visiteurs', 'fr', fam_fr_visiteurs, 'health'), ('fr_inscription_camp', 'fr', fam_fr_camp, 'office'),
    ('en_school_incident', 'en', fam_en_school, 'school'), ('en_building_inspection', 'en', fam_en_inspection, 'housing'),
    ('en_workplace_injury', 'en', fam_en_injury, 'work'), ('en_ombudsman_letter', 'en', fam_en_ombudsman, 'ombud'),
    ('en_email_quoted', 'en', fam_en_email, 'office'), ('en_slack', 'en', fam_en_slack, 'chat'),
    ('en_911_transcript', 'en', fam_en_911, 'police'), ('en_board_minutes', 'en', fam_en_board, 'volunteer'),
    ('en_court_clerk', 'en', fam_en_court, 'court'), ('en_volunteer_roster', 'en', fam_en_roster, 'volunteer'),
    ('en_phone_messages', 'en', fam_en_messages, 'office'), ('en_hr_interview', 'en', fam_en_hr, 'hr'),
    ('en_library_record', 'en', fam_en_library, 'library'), ('en_obituary', 'en', fam_en_obituary, 'office'),
    ('en_youth_followup', 'en', fam_en_youth, 'youth'), ('en_camp_registration', 'en', fam_en_camp, 'office'),
]
FR_SHARE = 0.6


def make_doc(mode, seed, i, pools):
    rng0 = random.Random('indep13|%s|%s|%d' % (mode, seed, i))
    lang = 'fr' if rng0.random() < FR_SHARE else 'en'
    fams = [f for f in FAMILIES if f[1] == lang]
    name, lang, fn, dom = fams[rng0.randrange(len(fams))]
    best = None
    for attempt in range(60):
        rng = random.Random('indep13|%s|%s|%d|%d' % (mode, seed, i, attempt))
        target = rng.randint(650, 1800) if attempt < 20 else rng.randint(600, 1200)
        g = Gen(pools, rng, lang)
        g.dom = dom
        d = Doc(lang)
        fn(g, d, target)
        text, spans = d.build()
        if 600 <= len(text) <= 2500:
            best = (text, spans)
            break
    if best is None:
        raise RuntimeError('no document of the right size for %s' % name)
    text, spans = best
    return {'id': 'indep13-%s-%s-%04d' % (mode, seed, i), 'lang': lang, 'family': name, 'text': text,
            'spans': [{k: s[k] for k in ('start', 'end', 'kind', 'type')} for s in spans]}, spans


def generate(mode, count, seed, out):
    pools = Pools(mode)
    for i in range(count):
        doc, _ = make_doc(mode, seed, i, pools)
        out.write(json.dumps(doc, ensure_ascii=False) + '\n')


# ---------------------------------------------------------------------------
# Self-test

PARTICLES = {'de', 'du', 'van', 'ben', 'al', 'el'}


def reference_files(root):
    """The other generators' pools and the redactor's name lists, read as text."""
    import glob
    b = os.path.join(root, 'bench')
    files = [f for f in sorted(glob.glob(os.path.join(b, 'freetext-*.py'))) if not f.endswith('freetext-indep13.py')]
    files += [os.path.join(b, x) for x in ('freetext-faker.mjs', 'gen-corpus.py', 'redact-gen.py', 'thirdparty-generate.py')]
    files += [os.path.join(root, 'redact', x) for x in ('names-input.json', 'names-data.c', 'lists.c')]
    files += sorted(glob.glob(os.path.join(root, 'redact', 'model', '*')))
    return [f for f in files if os.path.isfile(f)]


def measure_overlap(parts, root):
    """Share of name parts found, as whole words and case-insensitively, in the
    reference files (read as text, the way grep -a -w -i would); also
    accent-folded (redact/names-data.c is folded)."""
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
        if all(fold(x) in ftoks for x in re.findall(r'\w+', p)):
            folded.append(p)
    return files, exact, folded


def model_list_overlap(parts, root):
    """Share of name parts the shipped name model's run-time name-list filter
    (redact/model/names-model.bin, a Bloom filter of 334,664 public name
    forms) holds, looked up the way redact/model/train-names.py builds it
    (0.x % of the hits are false positives of the filter)."""
    import importlib.util
    import struct
    tn_path = os.path.join(root, 'redact', 'model', 'train-names.py')
    bin_path = os.path.join(root, 'redact', 'model', 'names-model.bin')
    if not (os.path.isfile(tn_path) and os.path.isfile(bin_path)):
        return None
    spec = importlib.util.spec_from_file_location('cv_train_names', tn_path)
    tn = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tn)
    data = open(bin_path, 'rb').read()
    if data[:8] != b'CVNM0002':
        return None
    wbits, bbits, _thr, _margin, nbits = struct.unpack('<IIiiI', data[8:28])
    bits = data[28 + (1 << wbits) * 2 + (1 << bbits) // 8:]

    def ext_fold(w):   # the tokeniser folds Latin Extended letters to ASCII
        return ''.join(c if ord(c) < 0x100 else ''.join(x for x in unicodedata.normalize('NFKD', c)
                                                        if not unicodedata.combining(x)) for c in w)

    def has(h):
        word = h & ((1 << (nbits - 6)) - 1)
        for sh in (32, 38, 44):
            b = word * 64 + ((h >> sh) & 63)
            if not bits[b >> 3] & (1 << (b & 7)):
                return False
        return True

    hits = []
    for p in parts:
        h0 = tn.word_hash(tn.fold_bytes(ext_fold(p)))
        if any(has(tn.name_key(h0, k)) for k in (1, 2, 3)):
            hits.append(p)
    return hits


def selftest():
    from collections import Counter
    parts = all_name_parts()
    halves = {m: set(fold(p) for p in parts if half_of(p) == m) for m in 'WH'}
    assert not (halves['W'] & halves['H']), 'W and H share a name part'
    assert all(re.fullmatch(r"[\w']+", p) for p in parts), 'a name part is not a single token'
    fams, langs, types = set(), Counter(), Counter()
    content_share, lengths, n = [], [], 0
    for mode in 'WH':
        pools = Pools(mode)
        mine = pools.part_set()
        for i in range(420):
            doc, spans = make_doc(mode, 13, i, pools)
            text = doc['text']
            b = text.encode('utf-8')
            assert 600 <= len(text) <= 2500, (doc['id'], len(text))
            last = 0
            for s in spans:
                assert last <= s['start'] < s['end'] <= len(b), (doc['id'], s)
                seg = b[s['start']:s['end']].decode('utf-8')
                assert seg == s['_s'] and seg == seg.strip(), (doc['id'], seg)
                last = s['end']
                types[(s['kind'], s['type'])] += 1
                if s['type'] == 'PERSON':
                    for tok in re.split(r'[\s-]+', seg):
                        if not tok or tok.endswith('.') or tok.lower() in PARTICLES:
                            continue
                        assert fold(tok) in mine, (doc['id'], tok, mode)
            assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc
            fams.add(doc['family'])
            langs[doc['lang']] += 1
            content_share.append(sum(len(s['_s']) for s in spans if s['kind'] == 'content') / len(text))
            lengths.append(len(text))
            n += 1
    assert len(fams) >= 35, len(fams)
    import io
    a, c = io.StringIO(), io.StringIO()
    generate('W', 6, 3, a)
    generate('W', 6, 3, c)
    assert a.getvalue() == c.getvalue()
    print('selftest ok: %d documents, %d families (%d fr, %d en), fr %d / en %d, length %d-%d (mean %d), content share %.1f %%'
          % (n, len(fams), sum(1 for f in FAMILIES if f[1] == 'fr'), sum(1 for f in FAMILIES if f[1] == 'en'), langs['fr'], langs['en'],
             min(lengths), max(lengths), sum(lengths) // len(lengths), 100 * sum(content_share) / len(content_share)))
    print('spans:', ', '.join('%s/%s %d' % (k[0], k[1], v) for k, v in sorted(types.items())))
    byorigin = Counter(k.split()[0] for k in parts.values())
    words_ = sum(1 for k in parts.values() if k.endswith(' w'))
    print('name parts: %d distinct (W %d, H %d; %d word-names); by origin: %s' % (
        len(parts), len(halves['W']), len(halves['H']), words_, ', '.join('%s %d' % kv for kv in sorted(byorigin.items()))))
    pw, ph = Pools('W'), Pools('H')
    for label, f in [('cities', lambda P: P.cities), ('places abroad', lambda P: P.abroad), ('foreign addresses', lambda P: P.foreign),
                     ('streets', lambda P: P.streets['fr'] + P.streets['en']), ('organisations', lambda P: P.orgs['fr'] + P.orgs['en']),
                     ('laws', lambda P: P.laws['fr'] + P.laws['en']), ('e-mail domains', lambda P: P.domains + P.work),
                     ('content sentences', lambda P: sum(P.content.values(), []))]:
        print('%s: W %d, H %d' % (label, len(f(pw)), len(f(ph))))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    res = measure_overlap(sorted(parts), root)
    if res is None:
        print('overlap: reference files not found under', root)
        return
    files, exact, folded = res
    print('overlap with %d reference files (bench/freetext-*.py but this one, freetext-faker.mjs, gen-corpus.py, redact-gen.py, '
          'thirdparty-generate.py, redact/names-input.json, names-data.c, lists.c, redact/model/*; whole word, case-insensitive): '
          '%d / %d = %.2f %% (accent-folded: %d = %.2f %%)' % (len(files), len(exact), len(parts), 100 * len(exact) / len(parts),
                                                               len(folded), 100 * len(folded) / len(parts)))
    print('shared parts:', ' '.join(folded))
    ml = model_list_overlap(sorted(parts), root)
    if ml is not None:
        print("in the name model's run-time name-list filter (names-model.bin): %d / %d = %.2f %%"
              % (len(ml), len(parts), 100 * len(ml) / len(parts)))
    assert len(folded) / len(parts) < 0.05


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
