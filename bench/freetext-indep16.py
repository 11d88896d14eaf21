#!/usr/bin/env python3
"""freetext-indep16.py - sixteenth independently written generator of
labelled free-text records (French / English) of the kind Québec public
bodies, health and social-service centres, courts, coroners, school
boards, municipalities, employers, landlords, banks, insurers, parishes,
funeral homes and daycares keep, for evaluating person-name and identifier
redaction on text the redactor's authors never saw.  This one stresses
document shapes: chat exports with "Name  9:41 AM" headers and reactions,
forwarded mail chains with "De : / Envoyé : / À : / Cc :" headers and
signatures, judgment and coroner excerpts, semicolon CSV and fixed-width
mainframe dumps, PDF-to-text forms with labels and values on separate lines,
OCR'd faxes with character noise, broken accents and names split across
lines, minutes with "Présent·es :" lists, Q./R. and INTERVIEWER: transcripts,
lower-case handwritten notes, case notes naming relatives by first name,
report cards, discharge letters, incident narratives, pay stubs, bank
statements, adjuster notes, immigration forms, registers and scoresheets.

Usage:  freetext-indep16.py W|H COUNT SEED > docs.jsonl
        freetext-indep16.py --selftest

Output: one JSON object per line: id ("indep16-W-SEED-0000"), lang ("fr" or
"en"), family, text, spans.  A span is {"start", "end", "kind", "type"} with
UTF-8 byte offsets into text (as bench/freetext-score.py reads them).
kind 'pii': PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE.
kind 'decoy' (to be kept): ORG, PLACE, STREET, LAW, FILENO, TOLLFREE, DATE,
MONTH, YEAR, AMOUNT, TIME, WORD.
kind 'content': whole ordinary sentences (type CONTENT), holding no name.

Span conventions (those of the earlier independent generators): a courtesy,
professional or office title (M., Mme, Me, Dr, Dre, Mr., Ms., Det., Cllr,
la conseillère, l'honorable ...) stays outside the PERSON span, as do a
possessive 's, an elided d'/l', a trailing comma and the "@" of a chat
mention; initials with a surname ("J.-F. Tessoux", "M.-È. Vallouin") are
one span, so is a given name with the initial of the surname ("Deqa O.");
"SURNAME, Given" gives two spans; a particle (de, da, dos, di, del, Ben,
Al, El ...) is inside the span; a chat mention built from a real name
("@deqa.oogle") is a PERSON (without the "@"), but a name inside the local
part of an e-mail address is covered by the EMAIL span only; names in
lower case (handwritten notes) or in capitals (mainframe dumps, court
styles of cause) are PERSON like any other; a name broken by an OCR line
break ("Tess-\\nouxe") or garbled by a wrong code page ("HÃ©rbinault") is
one PERSON span over the garbled text.  An address runs from the civic
number (or a unit written in front of it, "204-1185", "#12-40", "Flat 2,
17", "Blk 5 Lot 12") through the street and a unit written after it ("app.
3", "Apt 3B", "bureau 210", "Col. Roma Norte", "Brgy. San Isidro") and stops
before the city, which is left unlabelled; a rural route or a post-office
box ("RR 2", "C.P. 123, succ. Bureau-chef") is an ADDRESS; the postal code
(Canadian in any spacing or case, foreign, US ZIP, UK postcode, Brazilian
CEP, Mexican C.P. without the "C.P.") is its own span; a phone extension
("poste 214", "x214", "ext. 3021") is outside the phone span; bank details
written as labelled pieces give one span per piece, one span when written
as a group; for a date of birth only the date is labelled ("né le [3 mars
1952]", "DDN: [19520303]").  A masked card number ("**** **** **** 1234",
"XXXX-XXXX-XXXX-4821") is left unlabelled: it is neither pii nor a decoy.
An official acting publicly (judge, coroner, councillor, constable) is
still a PERSON.  Decoys: organisations (some holding a person's name:
"Pharmacie Vallouin", "Fondation Gaudias-Tessoux"), places, street names
without a civic number (some named after people: "boulevard Méril-Lacrière"),
law references, file / claim / ticket numbers, toll-free numbers, amounts,
dates, months, years and times that are not birth dates, and ordinary words
that are also surnames of the pools (WORD: "le graveur", "the joiner").

Independence: every list pool (name parts of each origin and kind, cities,
streets, foreign address parts, organisations, laws, e-mail domains, word
decoys, content sentences) is split in two disjoint halves by the md5 of
"indep16:" + the accent-folded lower-case entry; mode W draws only from the
W halves, mode H only from the H halves.  Name parts are single tokens;
double given names, double surnames, particle forms, initials, handles and
the names inside organisations and streets are put together at run time
from parts of the same half, so W and H share no name part.  The name parts
(about 4,300) were written for this file: rare real names and names built
from the morphology of each origin (Québec and Acadian French, English,
Irish, Scottish and Welsh with Mc / Mac / O', Haitian, Maghrebi and
Amazigh, Lebanese / Syrian / Iraqi, Chinese (fused pinyin given names;
Hokkien, Hakka and Cantonese surname spellings), Korean, Japanese,
Vietnamese (fused given names), Latin American, Portuguese / Brazilian /
Cape Verdean, Italian, Greek, Polish / Czech / Slovak / Hungarian /
Romanian / Bulgarian / Russian / Ukrainian, Yoruba / Igbo / Lingala /
Swahili / Amharic / Wolof, Punjabi / Gujarati / Bengali / Tamil / Sinhala,
Inuktitut / Innu / Atikamekw / Cree / Mohawk / Mi'kmaq / Abenaki, Filipino,
Persian / Afghan, Armenian, Turkish / Kurdish, Somali, Eritrean), plus a
few names that are also ordinary words (Rose, Pierre, Faith, Grant, Page,
Roy, Noël, and occupational surnames such as Graveur or Joiner), keeping
out the tokens found in the string literals of the other bench/freetext-*
generators and in the redactor's name data (redact/names-input.json,
redact/names-data.c, read as token lists only).  The exceptions are those
word names and a few Vietnamese and Korean one-syllable surnames that
cannot be built otherwise; --selftest measures and prints the overlap,
which must stay under 2 %.  Python 3 standard library only; output depends
only on the arguments.
"""
import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata


# ---------------------------------------------------------------------------
# Name parts by origin and kind (m: given, male; f: given, female; s: surname).
NAMES = {
    'qc/m': '''
Alphège Gaudias Edgerton Lionnel Arthémus Méril Nolasque Thuribe Tivik Miloïc Sézick Mirel Gaven
Vindérick Loven Julan Naloïc Lourel Déxim Lony Fény Wilrel Féloïc Zacrel Lyïc Févik Édvik Rédric
Séloïc Radric Zacric Gadérick Févan Joloïc Séxim Lodérick Juïc Xavik Nodérick Macky Radérick
Wilvik Jolan Juzick Midérick Kiric Loudérick Lovan Lyvan Cévik Tirel Kidérick Louric Edloïc
Tivan Noick Noxim Jéloïc Rény Xaven Vinzick Lyloïc Edick Mirick Déïc Réric Juric Lorel Joric
Édrick Zacloïc Céël Xalan Raick Sédric''',
    'qc/f': '''
Théotiste Ankim Naïssandre Lauria Éliline Éliélie Anlie Jussandre Sady Lyssandre Alria Floély
Jurine Lélya Gaanne Éliève Anline Rolie Kyélie Juïs Alzia Laulie Gassandre Kaève Lauline Rorine
Julya Alline Naïdy Saria Miély Kyïs Léria Miline Kazia Méssandre Lyriane Laussy Classandre
Noéria Roïka Mikim Joria Kalya Kaanne Miélie Saélie Kyïka Lyssy Flossandre Naïssy Gaïka Sarine
Joève Élikim Lyély Jossy Jorine Flolya Zoïka Lérine Kyline Sassandre Claïka Claély Zolie Floève
Lyzia Lykim Floline Lylie Éliriane Salya Kassy Médy''',
    'qc/s': '''
Moffet Saintonge Lacrière Gauvière Tessesse Pichéenne Tranchier Hérbinault Sévinault Jolicot
Jolicette Maillaud Cadray Poutelle Jarraud Laplichon Marcotière Houlelle Bourdelin Aubasse
Paradault Dorvault Vézinay Mornillon Tardard Quessichon Marsière Pouterand Sauvichon Jolicelle
Labrivet Thibesse Quessotte Ferrichon Fillaud Fougotte Tourvière Vallivet Sauvaud Vaillenne
Tranchotte Desjivet Poutat Racasse Quintault Vaillat Soulinault Veillesse Quesselle Racivet
Fougat Sauvay Tranchelin Hérbotte Thibot Jolicais Rhéinault Desjeron Névrivet Garnignac Lauzard
Morisier Giffichon Gauverand Fougette Turcasse Duchette Morisès Marsot Ferrelin Aubard Vacot
Poutot Sauvillon Vallasse Royrinault Racard Lauzat Morisignac Coutenne Garnelin Lambinault
Fillivet Laplard Vallotte Sarraud Marsillon Bédroux Hérbelle Séverand Jarrot Giffat Soulenne
Ferray Chabasse Ferrard Marcoterand Poutault Vacay Laplignac Vacasse Pellillon Giffillon Dugoux
Dorvasse Racotte Guimès Sarrillon Tourvenne Névrault Chaberand Jolicotte Pichéotte Ferrignac
Labroux Pellier Fréchot Goslaud Fréchelle Vézinier Royray Quessot Fréchault Guimelle Thibignac
Tranchignac Brassault Lambette Moriserand Dorveron Gauvelle Bouchoux Morisot Turcichon Dorvard
Fréchotte Plamais Sauvotte Grenelin Poutette Goslot Jolicelin Morisaud Poutais Tessoux Turcoux
Greninault Vézinière Garnault Coutelle Duginault Royrard Dorvaud Royrasse Larrasse Vézinais
Ménelin Ménault Névray Larrerand Pichéinault Lacrignac Desjault Jolicière Quintaud Quessesse
Garninault Vacerand Aubière Larrière Racichon Vallesse Grenillon Dugasse Névraud Névrerand
Tessichon Guimaud Sicotot Jolicasse''',
    'en/m': '''
Ulick Finbar Iolo Jory Kester Macsen Nye Brychan Cadfael Gruffydd Meurig Peredur Edthric Osmon
Torbon Lordron Jardrby Kelban Macmon Aldrric Gilbwyn Huxnon Barnmond Haldric Ferlwin Dorbic
Huxwell Alrley Huxvmond Gilnon Huxwby Morlell Gilwan Brylby Alwwyn Corvard Rosric Barthan
Lanthwyn Dorthell Fermell Corbby Brybmond Huxlton Lanben Huxdrby Jarmen Calthwin Gilbwin Tedman
Jarlard Tednwyn Lanron Jarbmond Garwic Ardwby Norvley Barlmond Tordric Halwric''',
    'en/f': '''
Gwendolen Ysolde Blodwen Heulwen Pernille Seren Holthie Evdden Lorvith Nesvynn Delthwen Fensda
Rosselle Tamddie Rhiddora Evvyn Nessyn Kelvan Calthora Isolryn Adthie Adlan Gwenna Lorthie
Rosthen Evra Tamwyn Mersey Nesddelle Gwenthora Fennynn Darvey Darsa Tamwelle Roswynn Delrda
Calddelle Adthelle Kelthey Rosswen Brywith Jesnynn Gilthora Darthelle Delsda Imddith Marddie
Imthyn Evlelle Tamva Roslynn Imlan Isolvwen Jesthen Merselle Brondden Tamtha Rosney Lornelle
Adswen''',
    'en/s': '''
Bannatyne Rintoul Strachan Wedderburn Grimshaw Moffatt Oldroyd Quayle Tetley McGonigle McAteer
McCracken MacCorquodale Powys Bevan Gwilliam Llewelyn Prothero Treharne Meredudd
McToole McLennan O'Dermid MacCusker McMurtrie McCready McSweeney McNulty O'Namara
MacIlhenny McRitchie McVitie McFhionn McNaughton MacFhionn McHanlon McTernan O'Cuish
McGahey McSullivan MacOnie MacFetridge McHagan MacCuish MacBrolchain MacLochlainn
MacCarroll MacRitchie McPhail MacKendry MacSweeney O'Vitie O'Cusker O'Lintock O'Iver O'Naughton
Sandstead Elling Weslan Morlough Fairney Wesholm Dalaby Ockford Kelwell Garwick Kinock Kilwick
Thornsworth Sherford Hallaby Bramock Balcombe Kilmore Aldford Mulhurst Cromcombe Sandhurst
Wickgan Braming Talholm Kilnach Garridge Garlan Pimgill Aldhurst Sandrick Hallney Sandton
Carring Langney Talgill Sheraby Galney Kinby Balton Aldholm Galfield Cunholm Hallton Tydale
Cunley Kelgill Morley Garley Cromney Trevgill Langhurst Glenrick Sherden Cunstead Langlough
Dallan Rathrick Talwick Sherfield Glencombe Wesmore Kelnach Sherholm Dalley Cromhurst Wesford
Farring Macgan Bramby Mullough Tylough Mornach Norholm Brockney Fairsworth Bramdale Maclan Mulby
Norgill Kildale Tystead Sandgan Dalney Kinlough Wickby Radmore Wicklan Kinstead Moraby Brockmore
Hallhurst Halldale Macgill Rathley Brammore Bramney Langholm Nangan Kinwick Sandridge Wickmore
Carrfield Wadwick Carrstead Glenwell Thorngill Aldstead Farrhurst Talton Ockmore Galgan Aldden
Balney Rading''',
    'ht/m': '''
Jephté Lorvens Johnley Ernso Dieulifaite Fritznord Ernnord Rossly Darsly Kesnord Calkens Sterley
Jovnord Guersly Merson Merkens Ernnel Yvmond Darson Calry Yvry Sternord Mersly Calner Kesson
Lovnel Roodsly Kesdy Merdy Calson Guerdy Rosry Féley Mackkens Wooddy Ernner Jovnel Yvnord Willin
Nixkens Ernly Rosdy Sterry Yvly Nixry''',
    'ht/f': '''
Thamara Nyrlande Bethanie Widelène Rosemitha Roselore Roselaine Loudie Nyrie Widnise Rosrlène
Jeslyne Rosta Nyrna Magette Ketnise Jesly Widlène Guelyne Mikeette Ketna Jesta Fritzie Nyrmithe
Nadnise Jomithe Nyrly Darsie Mikely Fritzmithe Loudrlène Guesie Mikerlène Yvena Yveta Guenise
Fabrlène Wislyne Kerrlène Jolande Jeslande Nyrnise Nadie Widly Mikelyne''',
    'ht/s': '''
Mompoint Bernadel Nérette Chérenfant Déramond Mobètal Chazézin Pégitus Sainmaville Delcitus
Dorlumond Belvalus Polzilvil Dorraville Molutal Belzésias Fleuvaville Sainramond Bamalis
Jeanramond Piercizin Gematus Jeanciville Chazilvil Jobèrus Bergicin Augpevil Piergicin Tizéville
Pierrizin Baravil Chabèssaint Bagimond Casbèsias Pébèzin Gerilus Mobèrème Pézérus Casbètus
Lougirus Polbèvil Lapgicin Lapbècin Pierralus Bamarus Bervamond Rocilus Belvarème Jobèzin
Sainzillus Loupelis Mopessaint Fleuvatus Chavamond Sainlulus Delgiville Lapzésias Dorbèvil
Monomond Belziltus Piervarème Belvassaint Bermavil Dellumond Délurus Pégicin Fleugirème Polmacin
Monozin Belzillis Volluzin Delpetus Sainrisias Bavarème Timavil Sainvatus Fleuzillus Tiratal
Exgicin Pégisias Belvamond Bazécin Belvalis Milvatal Louperème Piercimond Delpeville Augcital
Belbèvil Exrissaint Belrimond Jonosias Dorlussaint Expelus Exmacin''',
    'mg/m': '''
Hamou Yanis Ziri Aksel Yugurten Ayour Koceila Amastan Ghilas Anir Yidir Azwaw Mazigh Saddek
Khkelhak Nazssine Radssine Namali Salghan Yamar Talir Amdelhak Sadar Belkan Djsali Belmid Hazali
Ablali Oumghan Beldelhak Belran Zidan Abline Tanan Yadar Aysghan Tadghan Ranid Isdelhak Oukali
Fedelhak Rasan Issali Belline Fenssine''',
    'mg/f': '''
Fadhma Lalla Tinhinan Nyla Lunja Dassine Sekoura Ldjida Tamazight Ourima Oulima Tilia Sarima
Kamima Khmila Oumima Sasouda Oudia Thmira Sarya Sadima Nyzira Sassira Tisima Nydia Tidima Zodia
Tizina Mezouda Lerila Oussia Nylira Nysila Kalila Tasrouda Lalima Kadila Yazya Thlila Sassima
Thzima Balira Amdouda Nymila Yadina''',
    'mg/s': '''
Bouteflika Agouni Chérifi Hamrouche Talbi Mehenni Abbas Tighilt Ikhlef Ouahioune Chentouf
Azsemmou Boudani Talmari Khmennouche Yadouz Hammabi Boulhouche Chrari Belsari Belkennouche
Slmani Idrhouz Azsennouche Amgennouche Amdiri Idlhida Tigdellah Meskane Idmida Hamdiri Agmida
Bengouche Lamtennouche Khsiri Amzouz Belgouz Zerlhennouche Aitsane Belsemmou Hamlhiri
Belchennouche Zerdane Khkouche Bougari Amgabi Oumiri Taltessi Benglali Zersida Yamessi Agchani
Razida Tigrhellah Lamrhida Aitdabi Lamchari Chtiri Agkari Lamzemmou Radellah Bougennouche
Agrhani Talkennouche Iklhellah Aitressi Talsemmou Slsabi Amgouz Zerrari Razlali Bougessi
Ikkellah Radouz Taldennouche Hamrlali Slrida Hamlhennouche Bendemmou Khdiri Mestessi Zerdemmou
Iktida Aitzari Agrellah Ragouz Amchida Ikzlali Idkiri Zermani Agmemmou Aittouche Chsiri Amtida
Slzouche''',
    'lv/m': '''
Nidal Butros Rireer Masal Nidzih Ghmoud Khtar Abshar Madib Bashloun Zamim Abmoud Ayral Zatim
Riroun Mutar Ghsad Aytim Nidteer Bashdim Nariq Malal Risheer Fazad Khsal Nasad Fasoun Hasal
Adtad Rasim Maral Sarar Nalar Nidmib Walal Muloud Zalar Mudib Mudiq Samih Jadeer Zatiq Faroun
Nadoud Fashiq''',
    'lv/f': '''
Rula Duha Lanouna Ablima Nanouna Hadana Marouna Disar Rumira Runira Samouna Tasana Warana Rular
Lusa Dimima Sanouna Sasima Yanine Salouna Zesouna Ladana Lusia Sameen Hareen Abnar Tareen Ghyima
Lusima Ghyar Absia Karana Sadine Wasar Zedira Dumar Yanouna Dimine Walima Dirana Runouna Zeria
Wanana Dileen Wadia''',
    'lv/s': '''
Bazzi Shadid Makdisi Hassoun Khalifeh Zanini Mamoush Shadmah Nasouri Hasllouri Dalouf Nasrini
Jadoush Masoun Sarani Falloun Makdash Sanash Tamloush Mazoush Hasnawi Khzouri Tamddoush Jadeh
Daloun Hadani Tasari Zasouri Saddah Farouri Tammeh Fanoush Tasoush Admah Shadroun Tallini Kadani
Makddouf Ghaszouri Haslari Hameh Zanoush Makdouri Kaddari Shadloun Samash Kasoun Jasah Abzouri
Zaddoun Makneh Madawi Zanouri Shadsoun Abraki Hasddouri Kalleh Khrouri Tadoush Shadzouf Shadzah
Adnani Naslaki Ablari Dadini Fanari Zazari Marouri Jarawi Khroun Naddouri Zallah Sallouri Abzouf
Falouri Dazouri Nasreh Nazeh Makzouf Ghaszash Shadnoun Danash Dadoun Adlleh Khloush Hamah
Jadouri Dasawi Jazini Adloush Hasdani Daddini Khnawi Ghaslawi Shadllawi''',
    'zh/m': '''
Kaiyi Lintian Yujun Songrui Junzhe Ruirui Xuxuan Yuyu Boheng Chenbo Hengrui Wenchen Zikang
Chenrui Linhao Hengbo Yuyi Wentian Junbo Songyi Yizhe Chenfeng Chenchen Xiaoheng Junchen Linjun
Jiaming Boyu Linzhe Yiyi Xujun Jiatian Bofeng Kairui Haofeng Ruilin Linming Tianjun Tianzhe
Jialin Kailin Xurui Jiakang Kaiyu Xuyi''',
    'zh/f': '''
Huihan Yueqing Qianting Huilan Huitong Jinghan Zitong Yinglan Lanwen Xiaoting Yitong Lanlan
Wanwen Qianqing Yuxi Yuying Ruohui Lanying Yingyun Ruoying Minwen Yuexin Qianhui Lantong Xinwen
Huixin Yiting Qianwen Huiyun Xiaohui Ziqing Xiaoying Yueting Zilan Yingrou Xinying Wanrou Minhan
Meirou Shulan Yuehui Ziting Huihui Minyun Meiyue''',
    'zh/s': '''
Tjioe Tjhin Ngiam Tjong Tjan Lauw Thio Siauw Njoo Kho Tio Liong Chee Wun Kung Seetoh Sitou''',
    'ko/m': '''
Changmin Jaecheol Taejun Kyungsu Youngbin Minhwan Hyunsu Woosu Junhyuk Minseok Jihyuk Jaegyu
Seoho Jisu Seocheol Woohyuk Changbin Sunggyu Changho Mincheol Sungsu Changseok Junsu Kyunghyuk
Jigyu Woogyu Seohyuk Changgyu Dongjun Kyungwoo Taehyuk Seosu Sungjun Junjun Donghyuk Sanghyuk
Sanggyu Taeho Woomin Minhyuk Youngseok Junbin Changwoo Sangho Minbin''',
    'ko/f': '''
Soohee Sooeun Nayoung Minna Seona Hyeyoung Eunjin Bohee Miyoung Boyoung Hyehee Seorin Hayeon
Yena Jiah Naah Yuyoung Dahee Yuah Dayeon Seoyoung Hajin Soobin Yueun Yeeun Dajin Sooah Soowon
Dabin Soojin Jihee Euneun Mijin Yehee Hyeyeon Yeyeon Soorin Haah Naeun Mieun Sooyeon Yukyung
Yurin Sookyung Bowon''',
    'ko/s': '''
Gwak Pyo Eom Tak Chey Pyun Lyu Rhie Kweon Ryeo Dongbang Doh''',
    'ja/m': '''
Hiroki Kazuto Takumi Yoshiro Masaki Riku Shunsuke Haruto Daiki Kosuke Shota Ryota Minato Tomoya
Yuto Akihiro Ginjiro Hisashi Isamu Jiro Kenshin Mitsuo Naoki Osamu Rintaro Sadao Tatsuya Umeo
Wataru Shunoke Totama Kazuo Koyake Shokishi Akkio Akroshi Yotao Rikishi Rihike Hisuo Tokito
Yosaya Yoyake Yokito Yosuki''',
    'ja/f': '''
Ayaka Chihiro Hinata Kaori Misaki Nanami Sakura Yuki Haruka Emiko Kumiko Fumiko Momoko Noriko
Tamaki Asuka Eriko Hanae Itsuki Junko Kiyomi Midori Natsuki Reiko Setsuko Tomoe Umeko Yayoi
Morika Makana Kanaka Monari Kukiri Ekari Mieka Naeho Kueka Hakiho Saee Mokako Mayoko Nahana
Naeka Maena Noena''',
    'ja/s': '''
Yamamoto Takahashi Kawashima Matsumura Fujiwara Nakagawa Shimizu Hoshino Miyazaki Kubota
Watanabe Hasegawa Nishimura Okada Morita Sekiguchi Iwasaki Amano Aoyagi Ebisawa Furukawa Hirai
Ichikawa Kanazawa Murakami Nakano Ogura Sakaguchi Tachibana Uchida Yoshida Yayata Hosugami
Wayakawa Iwamuoka Hakata Fumabe Mishida Tamashima Makahara Tanooka Fushizaki Kagashima Natagami
Nikuta Taseoka Sekube Hamuta Nanooka Kuyakawa Okamagami Hasuoka Segazaki Amasuta Migahara
Moyahara Kanoda Magagami Hosuki Kakushima Iwasezaki Wamumoto Nisamoto Okakukawa Seyagami Mayabe
Sekuoka Hoseki Kukukawa Yasano Amatagami Hagaki Tasano Hosebe Nimuda Moshida Funomoto Takuda
Shiyazaki Niyazaki Ninota Yamamura Amaseno Amashida Washigami Funono Yatada Iwamakawa Amagaoka
Hokada Iwashigami Tasuoka Hanozaki Okasube Yasahara''',
    'la/m': '''
Ullino Rubtasar Darberto Ezmiro Arimundo Saltasar Hormando Rubmiro Eusiano Salmiro Jactasar
Teocio Arfredo Critasar Dardulio Jacmando Eusimundo Salencio Armiro Pediano Pedfredo Ramberto
Darmiro Teofredo Arcio Darencio Nesfredo Darcio Nesdulio Artasar Ramimundo Salivaldo Ariano
Gildulio Martasar Leomando Rubmando Nesmando Criencio Marmando Teondro Ulivaldo Horfredo Oslino
Balulfo''',
    'la/f': '''
Almudena Lucrecia Olvido Gertrudis Inmaculada Purificación Roricia Zericia Rogenia Flogenia
Luranza Mamira Tidelina Xigenia Floranza Dalsunta Yaberta Lutania Daldalia Marlilia Nayvelia
Daldelina Lurelia Marranza Paranza Guavelia Guadalia Yavelia Dalranza Xirelia Esrelia Naymira
Tirelia Madalia Florelia Luricia Beranza Caranza Cadalia Rolilia Esdelina Xidalia Floberta
Naydelina Dalgenia''',
    'la/s': '''
Landeros Peñaloza Olmedo Magorondo Tegorino Balanerra Qugalales Gocerega Quduriaga Javarino
Gozamía Cavarado Rezamondo Arrzamasco Qugorerra Famaruela Durenero Fadurilla Balanega Ormarino
Orrenuela Dudurasco Urzamero Eslanasco Fagorasco Babaruela Gocerilla Babarales Baranía Jalanía
Duvaruela Echgaliaga Favarino Echbariaga Bagalero Mabarino Echranero Carenega Urzamega Pazamondo
Urlanero Dulanasco Jaranasco Bagaluela Bavarado Zugorerra Naranuela Esbarero Catarasco Hulaniaga
Jaranega Bamariaga Arzamía Urtarilla Armarilla Qutarino Arlanino Tezamilla Estarerra Pagalilla
Huvarado Redurerra Ardurales Hurenía Argalado Carenilla Vadurerra Quceriaga Pabarega Qubaría
Caranondo Zucerilla Mabarero Cagoriaga Orlanilla Mamarasco Nalanales Cabarerra Arrtarales
Hugalero Echdurega Zureniaga Reranero Zulanuela Balanondo Saranerra Tecerega Naduría Humarero
Lazamega Bagoriaga Magalino Balanero Paranilla Gotarales''',
    'pt/m': '''
Clodoaldo Dorival Laércio Marinaldo Otaviano Telmo Epifânio Policarpo Ulisses Dejmar Adelelino
Adelaldo Rosmar Ediândio Gervino Gilino Antson Ariândio Uelson Ivanaldo Mariândio Walino
Joelândio Rosério Osvino Ivanino Uelildo Valmar Doriério Ediério Marivaldo Jucelair Jucelério
Jucelino Dejivan Rosaldo Jucelton Gervério Walvaldo Dejério Dorivaldo Rogémar Walildo Antair
Gervson''',
    'pt/f': '''
Clarice Iracema Jandira Luzia Neide Zuleica Sulamita Dejcilene Izlene Luciângela Jocilene
Valmara Dulvânia Izlia Adrimara Geicilene Ivoneide Dejeide Luângela Dulmara Zilcilene Cleulia
Neuneide Luilde Elilia Rosnilda Valneide Zililde Zilneide Ivoângela Rosivânia Lucilene Valeide
Geivânia Lulia Neumara Zillia Dullene Dejvânia Lulene Dulilde Cleucilene Ivoete Rosineide
Marivânia''',
    'pt/s': '''
Barroso Mesquita Camões Salgueiro Domingues Semedo Évora Bettaonço Gougainho Abgainho Camtaela
Goureonço Betveado Peraado Quintainho Santguito Tavguado Tavguares Figtailha Vasrailha Serveito
Ribtaela Loutaares Ribgailha Torveela Serveilha Sergaares Mesrailha Pinreinho Mesgaela Figrainho
Ribtaito Torveado Mongainho Ferrtailha Farliado Quingailha Torgailha Pinreilha Vasgailha
Pintaonço Tavraado Salraela Camguado Monreilha Tavveares Abveares Ferrtaonço Ferrliares Corguito
Vasgainho Monveinho Mesveinho Loureilha Barraado Serveares Monrailha Quinreilha Santtaares
Camgaonço Loutaonço Louveares Quinrainho Tavcaado Cortainho Tortaares Salliela Torreinho
Serrainho Carguonço Mesgaonço Ribliela Serraela Santraares Salreilha Santraito Quinreela
Ferrveela Loucaela Figgaonço Saltaela Machguado Torcaado Farraonço Goucaonço Figveela Goutaado
Machveilha Pinguilha Fargaela Ribraares Barreonço Farveonço Ferrveares Figcaares''',
    'it/m': '''
Filillo Luenzo Oreo Seriano Elpucio Pasezio Salenzo Salberto Pasucio Orando Calaldo Nicondo
Erucio Danillo Luillo Alillo Pasando Berezio Pasaldo Bruario Giondo Calondo Serando Vineo
Marillo Erando Berucio Danino Elpenzo Serino Cosando Filino Salezio Nicando Salino Coseo Tanario
Brualdo Berenzo Filando Marucio Tanaldo Steucio Paseo Danondo''',
    'it/f': '''
Violetta Ilariana Celella Celiana Rosola Danessa Rosenza Zaenza Tizola Benenza Orsessa Gemiana
Agola Gemella Elvella Elvanna Aguccia Elviana Maranna Graessa Nunola Celetta Palanna Danetta
Benetta Ilaranna Celenza Elvetta Ilarola Benia Vitenza Celessa Palina Lorilde Loria Ilaretta
Benessa Vitanna Palella Seranna Gemenza Danella Loranna Rosuccia Gemessa''',
    'it/s': '''
Sciarra Abruzzese LoPresti Pagnotta Ursini Verdone Vivanucci Satorese Tazanini Bruferozzi
Perinasso Sciferese Cazanini Pavanone Madarotti Bacalini Fasarasso Rabanelli Famarucci Gapelicci
Pazaniano Mabanicci Rasarucci Taferelli Cririnato Vazanetti Canarelli Alferone Cacalozzi
Banarato Baganucci Zemarozzi Alferiano Lazanotti Mavanone Datorasso Garinini Paganone Catorato
Saloricci Vidarini Paloriano Raganozzi Badarini Baganato Scinarese Maloretti Petorato Vifericci
Sarinato Vinarozzi Tamarese Visarini Taganasso Capelini Lamarasso Sciganicci Lanarotti
Scibanetti Galorini Patoricci Panarini Vasarozzi Pebanetti Malorozzi Vanariano Masaretti
Racalini Parinese Cricalato Faferozzi Tudaricci Criganotti Cadarese Turiniano Madarone Zesarucci
Panaricci Masariano Tarinese Fapelasso Alsarini Carinicci Balorato Scimariano Dabanese Larinone
Barinasso Pecalelli Fazanone Tanarasso Tapelicci Tadaretti Lazanese Vapelelli''',
    'gr/m': '''
Aristides Nikandros Zafeiris Pericles Diamantis Iakovos Odysseas Gerteris Xenasimos Chrikles
Nikilios Stetiadis Areiris Zafasimos Staandros Sotodoros Gerodoros Zafofon Panikles Vasasimos
Kosilleas Vasangelos Zafodoros Gertas Xenteris Stetas Gertiadis Perofon Nikias Zafilleas Panvros
Stairios Panasimos Aristos Lefandros Panteris Chrtiadis Miltas Koseiris Steikles Vasodoros
Evagiotis Xenvros Ilirios Statas''',
    'gr/f': '''
Aglaia Nikoletta Xanthippi Anthoula Olympia Rodanthi Geroula Achgia Staeni Evymia Evistina
Zafagiota Arbrini Throleta Throula Lefina Chragiota Zafiani Achymia Milymia Ililiki Staina
Geragiota Eveni Achistina Steistina Steina Lefagiota Aroleta Milousa Lefiani Nikiliki Geristina
Gerbrini Dimousa Kosoleta Kosbrini Sotthi Steiliki Ilagiota Vasliopi Panbrini Geritra Achitra
Vasina''',
    'gr/s': '''
Dimakopoulos Xydakis Bakoyannis Liopetas Petridis Doukas Iliopoulos Ntalianis Paraskevas
Sarantis Xydpatos Chritridis Chatzndakis Lambgiellis Papndopoulos Dimaklellis Bakndellis
Karaklopoulos Zachtrinis Zachgiakos Liondellis Chatzkleas Nikndrakos Konkleas Liothinis
Kontrakos Xydpakis Chrillellis Chripakos Chrigiellis Papndeas Bakndakos Dimathakis Dimapidis
Vlandrakis Chatzgiopoulos Anaklopoulos Dimapoglou Papklidis Lambllopoulos Chatzpakis Georthellis
Lambstidis Koupellis Georklinis Karandopoulos Zachpakis Vlakleas Petstakos Mavpopoulos Tsapakis
Papgiellis Bakllellis Chrindrakos Mavstinis Xydstopoulos Lambtrakos Tsandreas Anastopoulos
Petndinis Bakklakis Chrindrinis Mavpatos Georpakos Karastellis Mavkloglou Bakthatos Anapinis
Petklakos Xydtridis Petpinis Papstidis Mavlleas Petthopoulos Konthidis Nikstakis Chrithidis
Koutroglou Zachgioglou Liopopoulos Vlapellis Vlapidis Zachpoglou Lambllinis Lambklellis
Zachstatos Vlandrellis Tsaklellis Papthidis Karastidis Zachklellis Liostoglou Kontratos
Koutrinis Mavklidis''',
    'sl/m': '''
Jaroslav Vladislav Vesselin István Árpád Bogumil Eugeniusz Mstyslav Svyatoslav Bogobor Svatobor
Vitovit Ljubogost Pribibor Krasibor Zdenomir Pribivit Vsevit Kazimir Krasivit Zvonivit Ognegost
Rosvit Radovit Dragovit Dobrorad Kazivit Lubodan Vsevoj Krasirad Mirorad Gostovoj Vitomysl
Vitomir Ceslomil Budislav Rosmir Rosbor Svatorad Veligost Ognemil Stanodan Kazidan Stanoslav
Krasislav''',
    'sl/f': '''
Jaroslava Stanislava Anikó Csilla Fruzsina Luborada Ljubomila Ljubobora Ognevoja Rosvoja
Ognerada Ognedana Krasivita Vitovita Vsedana Ceslomira Miroslava Vladorada Rosmira Lubobora
Radoslava Stanodana Tihorada Bogodana Ogneslava Dobrovita Ceslodana Miromira Svatomira Vsemila
Bogorada Stanorada Vladomira Vitomira Jarobora Zvonislava Kazimila Svatodana Krasislava
Pribidana Radorada Lubovita Lubomila Lubodana Lubomira''',
    'sl/s': '''
Bobrowski Dragomirescu Grudzień Kruglov Łoboda Skowronek Zbořil Hrabal Szőke Csepregi Belohlávek
Dobrovolsky Danylyuk Andrusiak Eszterházy Řezníček Yakovenko Dobmnishyn Hrardic Szobruk Bolvák
Hralvishyn Zbostányi Vobrenko Malmnenko Kobreanu Chstyak Malchák Pavszov Chstowski Drastewicz
Hrabrányi Pavkenko Poszczyk Hrardishyn Grustescu Tkamnová Grustovich Dramnuk Zbordová Rardescu
Molszányi Chstovich Bobryak Dramnyak Kostyak Danbriev Chkuk Bolvishyn Rastowski Vordowski
Nerdová Pavrdov Zabrányi Kostányi Zardishyn Krustczyk Zbobrishyn Szokenko Tkamnányi Koszová
Hramnenko Grulvová Szosziev Bochiev Csebrányi Nebruk Chstuk Lokuk Draszuk Dobstenko Krubrewicz
Belbryak Pordyak Pomnuk Hralvewicz Danmneanu Malchenko Szordányi Hrabrescu Chchowski Vokovich
Lobrenko Dobchov Belstová Tkachic Pavkic Danrdák Chbrová Krurduk Lobreanu Belbrishyn Kokák
Hraszov Tkachczyk''',
    'af/m': '''
Aseye Oluwatobi Mosi Birhanu Ifesina Obijide Uchewale Tobikunle Ucheebuka Obiwale Nnamide
Nnawale Nnajide Ebudike Adenonso Ibibuike Ifeebuka Ikefemi Olasina Kelefemi Keletunde Kaysina
Femiseun Osemide Femidike Ibinedu Ucheemeka Kelekunle Adeemeka Femiwale Osetunde Ibiebuka
Chikunle Ikedike Kelejide Adeebuka Tobinonso Ifefemi Nnasina Ebufemi Ibinonso Ibiwale Tobifemi
Kaybuike Kaytunde''',
    'af/f': '''
Ndidi Makena Meseret Hirut Bitania Funminwa Chinwa Nnelola Folatola Chibunmi Olanwa Nketola
Bimperanti Amaamaka Uchekemi Olulola Amasade Nkesade Bimpeoma Adeamaka Amanma Ifenwa Olunma
Ibikemi Olakemi Olaranti Amadinma Adedinma Chisade Adenwa Nkekemi Nnesade Ifeamaka Nnetola
Olubunmi Nnenwa Olanma Funmitola Olunwa Aderanti Ucheamaka Uchenwa Ibitola Yewabunmi Folaranti''',
    'af/s': '''
Ezeh Ndongala Odunsi Olatunji Akinyemi Nnadi Mbuyamba Tsegaye Ezelowe Ngunykunle Obegonda
Ezenyga Diopwanda Kabbatope Ndochukunle Dioplokunle Adembeike Onyembembo Diopmbela Nwakala
Kamloga Mwakakunle Kamkala Ogunwanda Ilunchunda Kabkatope Diopchunze Okonloga Kamwatope
Onyegokunle Ogunnytope Tshigombo Nwambeele Kabnyike Oduwawe Onyelotope Ogunwanze Kabbakunle
Beknykele Ezenyike Wolwala Kamgola Okonnywe Kamnynda Ngunykele Beknyele Kamkakele Nwanywe
Mwanyla Wolnywe Diopchunda Obechunze Diopwaga Kambaga Onyenyele Ogungonze Tshigoike Ezenytope
Mukwala Nwachuike Ilunbakunle Alakanda Diopgokunle Ogunlonze Kamnyele Ndochuike Tshibanze
Tshichunda Ndogowe Wolmbela Onyelowe Mukwawe Kabbala Tshiwaga Onyewawe Nwambekunle Adewakunle
Odumbenze Nwalotope Adechuwe Diopkakunle Obebaele Ndonytope Wolloike Mwawaele Ilunwanze
Wollokunle Odunykunle Nguwanze Obembekunle Oduchunze Okongombo Adechula Alaloele Onyegonze''',
    'sa/m': '''
Dhruv Soumya Thiru Shantanu Sudhir Bhavesh Chirag Hitesh Jignesh Ketan Mihir Nilesh Paresh
Rupesh Tushar Kathiravan Muthu Thiruvalluvar Vel Sanath Lasith Nuwan Ruwan Tharindu Karjit
Parambir Nirjit Karjeet Sukhant Manpal Vikant Jasdeep Vikjeet Kamraj Ravesh Manesh Jaideep
Balant Nirdeep Balendra Amarendra Amarpreet Harant Rajjeet Nirant''',
    'sa/f': '''
Anupama Rishika Sounak Aruna Thilaga Priyanka Tejal Dhara Hetal Komal Rupal Urvashi Ishani
Sivagami Chamari Dilani Nadeesha Thilini Sukhvati Paramleen Navkaur Gurkaur Navani Ravita
Harashri Kumjot Vikvati Rajashri Soujot Shanja Hariani Tejita Shanlata Harileen Gurika Harja
Aruvati Souleen Nirashri Vikleen Nirjot Amarani Tejjot Shanashri Paramita''',
    'sa/s': '''
Maan Ratnayake Kurukulasuriya Jhawar Herath Grelonee Bhatpanji Venlonana Thirulonala
Muklonasinghe Bhatwalji Maanwalar Greramaingam Subaraana Grepanji Soljaar Sandpanee Bhatwalala
Mukhuala Wickpanon Bhatpanasinghe Wickhuji Senterana Maanishji Parihuingam Dhilterasinghe
Sandwalon Ghoshlonee Jhawpanee Grelonasinghe Kuruishar Dhilhuingam Sollonee Subhuar Ghoshpanee
Sandjaji Solterar Mukhuji Chatishana Senachon Ratnaraala Dhilwalane Chatterane Dhilishar
Deshhuar Venhual Grelonana Brarpanji Maanwalasinghe Banepanee Senpanane Brarishee Brarramaane
Mukaraane Thiruwalane Brarachingam Subpanee Solramaon Deshramaar Brarishal Greterala Banewalal
Brarlonar Thiruramaana Mukramaasinghe Ghoshhual Chatlonala Bhatlonji Baneteral Kurulonji
Senwalon Ghoshhuon Subjaal Jhawaraar Subpanana Grearaon Senachana Jhawjaingam Chathuala
Kuruteral Sandramaon Thiruishana Senishji Solachingam Jhawterana Baneterana Sandhuingam
Brarjaana Baneishal Sublonala Brarwalasinghe Brarwalji Brarhuon Chatpaningam Jhawramaasinghe''',
    'ind/m': '''
Tunu Aqsarniq Shanut Tshishe Mashk Manutakan Nashipi Kaieriio Wakeniaktha Tahionwenhawi Migmag
Sosep Wabanaki Sôgmô Mikwa Matatapik Kwiniwis Apasiron Ushnituk Otekatuk Kahewiron Tuuniak
Nuakauk Ilusikwe Arosiwis Nishlukwe Matarowis Nuawiwis Nishhaak Kaneniron Nuaroak Arorouk
Arokatha Mikitatha Sikusiwis Pitatawis Matatatuk Sikuwikwe Teioniuk Apataak Mataluwis Matataron
Nishniak Apahakwe Otesiwis''',
    'ind/f': '''
Ulaajuk Piitaaluk Siassie Qanaaq Illuitok Miali Shuashe Maniteu Kanatawakhon Ninnawa Nikwes
Amkuatjit Wasses Mikwe Ulukaak Nuklaiio Kaherunna Aniknissa Wenwiie Qaurutse Nivewiie Mishniie
Kahekaaq Nukkaie Wenkatse Maaruak Niverunna Kariniaq Nukkanna Tshitatse Puanassa Kariruiio
Karitaaq Nuknaiio Maataie Mishrussa Qaunatse Tshinaaq Ululaaq Wenkaie Aniktaie Akinwiak Puarunna
Aniknaiio Mishniaq''',
    'ind/s': '''
Sakohianiiontie Kahnawakehron Msadoques Anatukuk Meskakak Tsisajuq Tuktukak Ottawarohkwe
Ottawapijuq Kahsakak Mismisak Ullarokwat Naptachee Ilusajuq Niasakuk Anatulik Tukkakuk Piutulik
Paswaton Ottawawasak Piuwaton Anakajuq Tsituchee Simwakuk Tsisahkwe Tsisapish Naptuton Simropish
Mesmikuk Kopnipish Kaksasak Tionilik Tiopihkwe Nappiton Simniton Naptaton Wabtapish Saktapish
Naptulik Mestulik Kahwapish Niatuhkwe Ottawawakwat Ottawakajuq Tukpisak Niarojuq Ottawasachee
Nianilik Mestukwat Tiopiton Tuktahkwe Niaroton Tiotakak Dubpikak Koppipish Wabrochee Tsitulik
Kakmipish Wabropish Niapijuq Tukrochee Kahpilik Napmihkwe Napmijuq Sakroton Koppihkwe Paskalik
Misnihkwe Tiotajuq Anapiton Mestasak Ottawapikak Mestapish Naptasak Pastusak Napsajuq Wabnichee
Dubwasak Wabsaton Sakwajuq Messakuk Kahkahkwe Napsalik Tioniton Tsiwapish Piuropish Simpiton
Mesnisak Anatukwat Wabrojuq Napsasak Anarojuq Tiopichee Tuknisak Ullatuchee''',
    'ph/m': '''
Nenito Rosdaardo Bonmuito Danriardo Jesnellito Jesmuando Totmuito Vendalito Jesliardo Lormulo
Danriando Rosrinan Lormuito Danmuardo Totlinan Vennelando Lordaito Totniardo Jesdaardo Junninan
Danlinan Nenriardo Bondalo Nennelardo Jesdaito Reynelando Rosnelardo Eddalito Ardalo Ricnelnan
Eddaico Edlilito Danrinan Jesmuito Bonnilo Bonnilito Venmuando Reymuardo Ricdaito Junmuico
Venriando Rosriando Edniando Bondanan Ardaardo''',
    'ph/f': '''
Maerilyn Gemsafe Rinechel Cherilyn Sunechel Ronecel Lyrafe Jorilinda Lyvilinda Rivicel Airamae
Jorasol Ailife Ralimae Jovimae Aivilinda Risalinda Aililinda Ralicel Maelicel Chevilyn Lyvichel
Rolichel Maesamae Maelimae Ronefe Aisalyn Lovisol Rosasol Czaramae Maevimae Mavilinda Maralyn
Maeramae Chenechel Lorife Rinelinda Czanefe Lysacel Manesol Maevisol Maesachel Czarafe Maericel
Rasamae''',
    'ph/s': '''
Cabanatuan Panyosagan Dusanan Galacion Balsatay Lalatay Agbatang Ballucion Cagusagan Dungbay
Saganan Pansatay Sagalan Bagaguit Duganan Dagasagan Pagabay Dagacion Agpasagan Tasabay Dupaguit
Sumsamba Talatang Capaguit Panbatang Panlubay Pangnan Laclutay Dasamba Sumsabay Lacgaguit
Dalatay Sumgutang Magyoguit Lacyabay Lagabay Calutay Balanan Maggutang Sagulan Agyatay Capanan
Dugulan Dugamba Agyomba Sanglan Balalan Pagumba Gangcion Dabacion Pangumba Sumlulan Gangtang
Agyanan Talangtang Sumlamba Panlabay Laclasagan Talalusagan Panluguit Basaguit Agbasagan
Gabasagan Sabaguit Lacbaguit Agbamba Sumgasagan Gangnan Talasasagan Agbanan Dugatang Lacsamba
Mangbay Magyamba Sumguguit Mabatang Pasanan Dulabay Dubanan Sagamba Dalunan Aggabay Bagulan
Pabatay Calanan Pangutang Laganan Balyabay Maggamba Aggucion Balsamba Gapamba Babatang Balbabay
Danglan''',
    'fa/m': '''
Mahyar Yashar Siyavash Sohrab Rostam Mirwais Zalmay Nasrullah Wahid Behshan Arzan Kavyar Yadzad
Farvan Farshar Behvad Hovin Ahmbyar Arrin Navush Ahmmin Farmad Zabush Siyrar Shadzad Badyar
Behmar Kourmin Shavad Arzin Pazar Nadin Hoshid Zabid Paban Shashin Horan Kourrush Jamdan Arzzad
Yamzad Ahmvush Jamshar Yashid Jammar''',
    'fa/f': '''
Darya Khatereh Zarghona Malalai Farida Storai Gulalai Farnin Pasideh Zana Tashideh Bashineh
Navaz Yavin Manineh Mahna Shivineh Arva Zamideh Farvineh Zamineh Shavaz Tavan Shidideh Navineh
Arnan Shishin Zadaz Yanineh Navaneh Nara Farsa Zaran Farshan Arvaneh Nashideh Shishaneh Zashaz
Shivideh Arra Mahva Shida Mahsineh Dadin Zasaz''',
    'fa/s': '''
Bahrami Zanganeh Shokri Ahmadzai Popal Stanikzai Barakzai Durrani Hotak Karzai Mohmand Noorzai
Yousafzai Amiri Popmzadeh Ghobekzai Rahbyar Zaznia Khoshpour Harekzai Samnia Ghovnia Ghozyar
Kadekzai Stanrpour Tazyar Shobian Mogpour Hagyar Ghoshekzai Nashpour Ahmgian Karnia Popdyar
Abmani Shovyar Rahmyar Rahdpour Stanrian Tabani Tashpour Mirvnia Ghorkhel Kamani Fargnia
Bashzadeh Zabyar Abshekzai Mirrnia Farmzadeh Mirvzadeh Abrpour Shozani Khobekzai Stanbyar
Tavpour Abdekzai Mobani Khodpour Stanmyar Ghodian Zavekzai Abbyar Sagekzai Ghodani Tarzadeh
Bamnia Farmekzai Hamkhel Zarpour Fardnia Zarnia Bazian Stanshyar Barani Shovzadeh Farshekzai
Shodpour Zagyar Karpour Mobzadeh Mirmnia Kashnia Shogpour Ahmgyar Ghomekzai Zarekzai Bagian
Hazzadeh Kabekzai Namyar Tashyar Sadpour Ghogpour Tazian''',
    'hy/m': '''
Sargis Zaven Arayik Hmayak Vardan Hayk Artak Gagik Hakob Nerses Smbat Sevamak Hmaikik Karakik
Garakik Mheramen Gariken Sevikik Arashen Ashiken Naramik Hmaikag Naramak Ashikak Garshag Zavakak
Sargikag Sargakik Zavamag Mheriken Garamik Vahamag Tigakak Arakag Tigaken Sevshen Ariken Hmashen
Arshag Vahakak Ashikag Zavaken Araamen Hovamak Tigakik''',
    'hy/f': '''
Arpi Nare Shoghakat Lilit Satenik Zarineik Narineine Lusushik Hasminui Tatsine Zarineine Zarine
Hasmika Shoginee Narinea Shogikine Kerike Takushine Tatsushine Narushui Kerinine Takinine Takine
Marinik Lusikine Shogushine Hasminine Shoginui Tatsushik Kerineine Aninee Shoginine Anineine
Anikine Anushine Hasmike Tatsikik Tatsika Aniusha Zarinui Kerine Tatsinee Takinee Hasmushik
Tatsineik''',
    'hy/s': '''
Baghdasarian Ghazarian Nahapetian Tatevosian Avetisyan Mardirossian Ourfalian Zadoyan Hakikuni
Tatamian Avetamuni Ohedyan Vartedian Vartarian Kevobyan Abamian Kasikyan Hovedyan Vartazian
Zakedian Baazuni Mkranian Baobyan Shahazian Hovobian Nahikyan Tatarian Bedobian Mkrikuni
Kasazyan Nahanyan Hovamuni Sahamian Shahazyan Abikuni Abaryan Teramyan Kasikian Hakikian
Vartanuni Vartaruni Kevamuni Saharyan Ghazian Naheduni Kasaruni Hakamyan Avetanuni Ohazuni
Abamyan Terazuni Zakikuni Kasamyan Ohedian Kevanyan Zakanyan Papamian Tatamuni Ohamuni Ghikian
Abanyan Mkramuni Baobian Kevazuni Vartikian Papazyan Shahedian Kevedian Avetaryan Tatanian
Hovobuni Kasaryan Tatanuni Mkrarian Avetazuni Papedian Nahobian Baanuni Zakamyan Hovarian
Sahobian Mkranuni Melamyan Kasobuni Hakazian Bedamyan Avetobyan Tatobuni Bedanyan Tatazuni
Sahikian Papobian Abeduni Baaryan Ohobian''',
    'tr/m': '''
Cengiz Ozgur Serkan Ugur Yigit Zeynel Rezan Şivan Dilovan Rojhat Serhildan Azad Berxwedan Hejar
Alayhan Barikhan Barikay Cenılalp Cenerkan Engikay Şiverhan Kaaılkan Kaaıltay Barikalp Uguılhan
Volerkan Fererkan Cenurer Tolurer Şivurer Baraycan Seraykan Rezıler Ferikay Fereray Ferurer
Kaaılhan Gokiker Volerhan Rezikhan Gokeralp Ilkertay Gokurer Serercan Yigerer''',
    'tr/f': '''
Belgin Cemile Funda Gülay Halime Ipek Nergis Sevda Yasemin Zeliha Berfin Rojda Jiyan Dilan Hevin
Zozan Gulistan Beritan Evin Nurcan Songul Tunesu Neremnur Tutersu Ozaysu Ipayce Ipgülsu Sehemen
Zelilem Ebnenur Nerneem Cemilem Ebemen Cemnece Halgülay Yasternur Funemce Jiynesu Neremce
Halilen Berternur Zelteren Ipaysu Zelnece Nergülay''',
    'tr/s': '''
Bayraktar Çakır Ergün Gökçe Karaca Sarıgül Taşkın Kırmızı Zerdeşt Barzani Erdem Kocabaş Şimşek
Ozyazlı Tekdemçı Sartaşçı Tektaşci Caksoysoy Ergmakçı Akgülçı Ozyazçı Ozgüllı Teksoysoy Bartanlı
Ozmakoğlu Şahyazan Caktanoğlu Cakmakan Sarmakoğlu Baytaşlı Cakkollı Yilmaker Ergdemsoy Gokyazer
Caktançı Akgüllı Şahsoyci Barsoylı Bersoysoy Yaltaşlı Akyazlı Saryazci Bergüler Barmaker
Zeryazci Cakyazan Sartansoy Zerdemci Gokmakan Akkoloğlu Ergdemçı Kargülçı Kıryazçı Yiltaşsoy
Tasmaksoy Ergsoylı Ergtaner Cakdemsoy Baydemçı Yaltanlı Yiltaşan Ozdemsoy Gokdemoğlu Cakyazlı
Zermaker Yaldemlı Kaymaksoy Şahtaşçı Yilsoylı Ozmakan Ozsoyci Beryazci Bardemsoy Bargülsoy
Zerdemçı Oztaşsoy Tassoyci Goktaşsoy Yalsoysoy Kaydemci Baysoysoy Goksoyci Şahkolsoy Ergyazlı
Tektaşsoy Demkoler Yilgülci Akyazci Demtaşci Tasyazsoy Sarmaklı Kardemci Şahgüloğlu Sarsoyçı
Yiltançı''',
    'so/m': '''
Axmed Jaamac Kaafi Maxamed Naasir Waaberi Ilkacase Dayib Abdiweli Deeq Ismaaciil Mukhtar Nuur
Sahal Ilkamarahman Axliow Abdimarahman Abdibadir Maxamane Farraow Maxaradir Dayidisho Farlile
Jaaline Gudrale Abdilile Jaaraow Maxadisho Yuslidir Ilkaline Gudbaow Kaamane Axdirahman Guddile
Maxadine Dayibadir Cabmane Naamasho Shadine Dayibasho Maxamadir Farmane Kaamarahman Gudline
Naabaow''',
    'so/f': '''
Caasha Deqa Kaltun Luul Muna Nafiso Casho Hibaaq Ikraan Khadra Ruqiyo Ugbaad Xaliimo Zamzam
Yasloey Ubarais Naflon Keraaney Hodloa Ifrloo Idilrao Ifrran Casdiey Ayrais Ayran Ubamaey
Luulraey Fadaann Munamaa Deqraey Idillois Fadloo Sahlon Hodran Hodloey Sahraa Deqdia Ifrdiey
Idilmao Casman Aylon Ifraana Luulaana Ifrmaey Faddio''',
    'so/s': '''
Caliyare Diriye Guleed Kaahiye Maxamuud Oogle Yarow Cilmi Gaas Omaar Shirwac Taani Waayeel
Calaari Hiiroole Oogeeow Guloori Hiiroon Saaeeow Maaxaaow Guleen Xirooye Hiireeri Saaooye
Saaeeri Direeye Hiiroori Xireele Saaoole Guloole Diraale Gulaaye Yareeye Qoreele Guleeri
Waareeri Caleen Qoreeye Maaxeen Maaxoole Xiraaye Xireeri Farahaari Maaxaan Xireeye Jaamaan
Waareeye Caloole Direele Xiraari Hiiraaow Yaraan Direen Caloori Hiireeow Maaxeeow Calaaow
Qoroori Yaroole Diroon Maaxaale Direeow Waareeow Xireen Qoraan Xiraaow Gulaan Jaamoole Maaxaari
Waaroori Xiroole Xiroon Jaamaaow Oogoole Hiireen Qoraale Waareen Farahooye Qoraari Saaeen Oogaan
Diroori Faraheeow Qoroole Oogoori Waaraaye Hiiraaye Diraaow Dirooye Qoroon Waarooye Maaxaaye
Yaraaow Kaaheeye Gulaari''',
    'er/m': '''
Fitsum Habtom Russom Semere Tesfay Yemane Zerai Kesete Himbol Amanuel Ermias Filmon Goitom
Mussie Natnael Kesret Fittenai Zertet Kidseselassie Testet Mesgaselassie Mergaselassie
Himsemariam Merreselassie Berteselassie Keshaab Berhaab Kidremariam Himreselassie Merreab
Mertemariam Fitseselassie Zertenai Abhat Abrenai Bergat Seghamariam Rasganai Rasgamariam Rastet
Yemhat Zerganai Segsehans Yemhaab Merganai''',
    'er/f': '''
Azieb Kibra Letebrhan Mihret Semhar Yodit Zaid Tsega Ruta Hiwet Akberet Feven Luwam Mebrat Nahom
Rahwa Tirhas Winta Yordanos Semset Mihteet Abgaina Zaidseina Azaset Tsegateet Tsihat Kibhaya
Zaidgaya Abhawa Hiwgaet Helhaya Kibhat Azateet Selteet Yodgaina Tsiteet Tsegateya Yodtewa
Kibreet Hiwhaie Gentet Abseet Kibhaina Selret Azahaie''',
    'er/s': '''
Ghebremariam Tewolde Weldemichael Asefaw Kahsay Ghebreyesus Berakhi Hagos Ogbazghi Andemariam
Habte Mehreteab Negassi Sereke Tekeste Woldu Zemichael Yohhahaimanot Tewbreghiorgis
Hagfahaimanot Kahfamariam Ghahamikael Ogbademikael Ogbadeghiorgis Haghamikael Berabreghiorgis
Welhanegus Welmamariam Ghasshaimanot Kahmatsion Tesbreghiorgis Ghafamariam Ghebrenegus
Tewdetsion Yohbremikael Asebremariam Yohmamariam Welmanegus Ghessnegus Asehaghiorgis Ogbassnegus
Kahmamariam Hagmahaimanot Yohhaghiorgis Kahhamikael Ogbassmikael Ogbamatsion Mesdehaimanot
Yohfaghiorgis Beradetsion Meshamikael Tewdemariam Kahdemariam Kahmahaimanot Tewhatsion
Berassmariam Kahbrehaimanot Yohmatsion Beradeghiorgis Tewhamariam Ogbahanegus Tewbretsion
Asemamikael Welhatsion Ghefahaimanot Teshanegus Ghefamikael Ghehanegus Hagdemariam Welbremikael
Ghassmariam Tewmatsion Kahdemikael Ogbahahaimanot Yohfatsion Tewhanegus Ghahahaimanot
Ogbahatsion Ogbamaghiorgis Berafaghiorgis Kahbretsion Kahfamikael Ghafahaimanot Tewfahaimanot
Kahfanegus Ghessmariam Mesbremikael Weldenegus Yohhamikael Hagfanegus Ogbafaghiorgis
Asemaghiorgis Hagdeghiorgis Ghademikael Berahamikael''',
    'vn/m': '''
Phuocloc Nhanhung Baokhang Datloc Quanghuy Minhloc Duyhoang Trongtoan Phuoclam Phuockhang Baohuy
Dattri Duykhang Nhankhoa Thanhtoan Phuoctoan Tungtin Giahoang Thanhtin Quanghung Thanhloc
Vinhhuy Giakhoa Thientoan Duyhuy Thienthuan Minhtoan Khaihoang Phuocphong Tungtoan Minhtin
Minhhung Giathuan Vinhloc Nhantin Tungloc Giakhang Datlam Trongtin Dattoan Baotoan Giatri
Quangloc Quangtin Dattin''',
    'vn/f': '''
Quynhlinh Mynhi Camvy Ngoctram Baonhi Camtien Hongvy Quynhvy Quynhtien Kimnhi Ngocvy Camlinh
Thanhhang Bichhang Mychau Kimthao Kimchau Tuvy Tulinh Tutien Ngoctien Tutram Bichvy Myloan
Thuyloan Thuynhi Bichloan Mytram Honghang Khanhlinh Baoloan Kimngan Quynhloan Camhang Quynhhang
Ngocnhi Tuchau Thuyhang Honglinh Bichtien Bichlinh Kimloan Kimlinh Myhang Tuloan''',
    'vn/s': '''
Khúc Kiều Doãn Quách Thạch Giáp Lục Mạc''',
    'wd/m': '''
Pierre Grant Noël Marin''',
    'wd/f': '''
Rose Cherry Faith Patience Mercy Hope''',
    'wd/s': '''
Page Roy Tuilier Parmentier Feutrier Vinaigrier Huilier Ardoisier Tourneur Passeur Sonneur
Lormier Cirier Cardeur Fileur Doreur Graveur Clerc Moine Bailli Veneur Forestier Cellier
Fourneau Rivage Bocage Tremble Aulne Charme Saule Houx Cresson Thatch Shipwright Wheelwright
Cordwainer Joiner Furrier Hosier Brewster Kemp Sexton''',
}

# ---------------------------------------------------------------------------
# Other pools (one entry a line).  All split in halves like the name parts.

CITIES_QC = '''Longueuil
Trois-Rivières
Rimouski
Saguenay
Sherbrooke
Gatineau
Lévis
Drummondville
Saint-Hyacinthe
Granby
Joliette
Victoriaville
Rouyn-Noranda
Val-d'Or
Sept-Îles
Baie-Comeau
Thetford Mines
Magog
Matane
Gaspé
Mont-Laurier
Saint-Jérôme
Terrebonne
Repentigny
Blainville
Châteauguay
Salaberry-de-Valleyfield
Sorel-Tracy
Shawinigan
La Tuque
Montmagny
Rivière-du-Loup
Amos
Chibougamau
Kuujjuaq
Mashteuiatsh
Wendake
Kahnawake
Laval
Montréal
Québec
Beloeil
Cowansville
Lachute
Roberval
Dolbeau-Mistassini
Carleton-sur-Mer
Cap-aux-Meules
Sainte-Marie
Saint-Georges
Nicolet
Louiseville
Coaticook
Farnham
Mirabel
Vaudreuil-Dorion
Pointe-Claire
Kirkland
Westmount
Chelsea'''

PROV = {'fr': '(Québec)', 'en': 'QC'}

STREETS_QC = '''rue des Érables
rue Principale
chemin du Lac-Noir
avenue du Parc
boulevard de l'Industrie
rue de la Gare
rue du Moulin
montée des Pionniers
rue des Lilas
avenue des Pins
rue de la Fabrique
boulevard des Forges
rue du Couvent
chemin de la Grande-Côte
rue de l'Église
avenue Bellevue
rue des Outardes
rue du Fleuve
boulevard du Royaume
rue de la Rivière
rue des Cèdres
rue du Ruisseau
avenue de la Falaise
rue des Bouleaux
chemin des Patriotes
rue des Hirondelles
rue de la Traverse
rue des Peupliers
rue Champêtre
rue des Sittelles
rue du Quai
boulevard des Hauteurs
rue des Tisserands
avenue des Mélèzes
rue du Belvédère
chemin de la Baie
rue des Jonquilles
rue de la Coulée
boulevard du Séminaire
rue des Mouettes
rue de l'Anse
avenue du Golf
rue des Fougères
chemin du Portage
rue de la Savane
rue des Castors
boulevard Industriel
rue du Verger
rue des Brumes
chemin des Cascades'''

RANGS = '''rang du Bas-de-la-Rivière
rang Sainte-Julie
4e Rang
rang du Petit-Brûlé
rang des Continuations
rang de la Chaloupe
2e Rang Ouest
rang du Ruisseau-Vert
rang de la Montagne
rang des Écossais'''

STREETS_EN = '''Lakeshore Road
Elm Street
Maple Avenue
Victoria Avenue
Cedar Crescent
Mountain View Road
Riverside Drive
Church Street
Orchard Lane
Hillcrest Avenue
Birch Street
Meadowbrook Drive
Pine Ridge Road
Willow Crescent
Harbour Road
Station Street
Brookside Avenue
Valley Road
Sunset Boulevard
Granite Street'''

# country: (street lines, city postal-code pattern, phone prefix)  Streets
# hold a {n} for the civic number; postal code patterns use 9 for a digit,
# A for a letter.
FOREIGN = {
    'France': ('''{n}, rue des Tanneurs
{n}, avenue de la Libération
{n} bis, rue du Faubourg-Saint-Antoine
{n}, impasse des Glycines
{n}, quai de la Fosse
{n}, chemin des Vignes-Hautes
{n}, rue de la République, bât. B''', '''[99999] Lyon|[99999] Nantes|[99999] Paris|[99999] Bordeaux|[99999] Lille|[99999] Rennes'''),
    'Belgique': ('''Rue de la Loi {n}
Chaussée de Wavre {n}, bte 3
Avenue des Arts {n}
Rue du Marché-aux-Herbes {n}
Boulevard d'Avroy {n}''', '''[9999] Bruxelles|[9999] Liège|[9999] Namur|[9999] Etterbeek'''),
    'Suisse': ('''Chemin des Vignes {n}
Rue du Rhône {n}
Avenue de Rumine {n}
Route de Chêne {n}''', '''[9999] Genève|[9999] Lausanne|[9999] Fribourg'''),
    'Maroc': ('''{n}, rue Ibn Battouta, Hay Riad
Résidence Al Amal, imm. 4, appt {n}
{n}, avenue Hassan-II
Lot Al Wahda n° {n}, Sidi Maarouf''', '''[99999] Rabat|[99999] Casablanca|[99999] Fès|[99999] Agadir'''),
    'Algérie': ('''Cité 200 Logements, bt 4, n° {n}
{n}, rue Didouche-Mourad
Lotissement El Feth, n° {n}
{n}, boulevard de la Soummam''', '''[99999] Alger|[99999] Oran|[99999] Tizi Ouzou|[99999] Béjaïa'''),
    'Tunisie': ('''{n}, rue de Marseille
{n}, avenue Habib-Bourguiba
Résidence Les Jasmins, appt {n}''', '''[9999] Tunis|[9999] Sfax|[9999] Sousse'''),
    'Liban': ('''Rue Gouraud, imm. {n}, 3e étage
Rue Hamra, imm. Salam {n}
Achrafieh, rue Sursock, imm. {n}''', '''|'''),
    'Haïti': ('''{n}, rue Capois
{n}, ruelle Nazon
{n}, route de Delmas, Delmas 33
Impasse Lavaud no {n}''', '''[HT9999] Port-au-Prince|[HT9999] Pétion-Ville|[HT9999] Cap-Haïtien'''),
    'México': ('''Calle Durango {n}, Col. Roma Norte
Av. Insurgentes Sur {n}, int. 4
Calle Morelos {n}, Col. Centro''', '''[99999] Ciudad de México|[99999] Guadalajara|[99999] Puebla'''),
    'Colombia': ('''Carrera 7 # 45-{n}
Calle 85 # 11-{n}, Apto 402
Transversal 3 # 18-{n}''', '''[999999] Bogotá|[999999] Medellín|[999999] Cali'''),
    'Brasil': ('''Rua Augusta, {n}, apto 42
Avenida Paulista, {n}, conj. 8
Rua das Laranjeiras, {n}''', '''[99999-999] São Paulo|[99999-999] Rio de Janeiro|[99999-999] Recife'''),
    'Portugal': ('''Rua de Cedofeita {n}, 3.º Esq.
Avenida da Liberdade {n}, 2.º Dto.
Travessa do Carmo {n}''', '''[9999-999] Porto|[9999-999] Lisboa|[9999-999] Braga'''),
    'Việt Nam': ('''Số {n} Ngõ 45 Phố Hàng Bạc
{n} Đường Nguyễn Thị Minh Khai, Quận 3
Số {n} Hẻm 12 Đường Cách Mạng Tháng Tám''', '''[999999] Hà Nội|[999999] TP. Hồ Chí Minh|[999999] Đà Nẵng'''),
    'Philippines': ('''Blk 5 Lot {n} Phase 2, Brgy. San Isidro
{n} Mabini St., Brgy. Poblacion
Unit {n}, Tower 2, Brgy. Wack-Wack''', '''[9999] Antipolo|[9999] Quezon City|[9999] Cebu City'''),
    'China': ('''No. {n} Jianguo Road, Chaoyang District
Room {n}, Building 3, Lane 88 Wuding Road
No. {n} Tianhe North Road''', '''[999999] Beijing|[999999] Shanghai|[999999] Guangzhou'''),
    'India': ('''Flat 3B, {n} Residency Road
{n}, Sector 17-C
House No. {n}, Model Town''', '''[999999] Bengaluru|[999999] Chandigarh|[999999] Ludhiana'''),
    'USA': ('''{n} Elm Street, Apt 3
{n} Church Street
{n} North Avenue, Suite 210''', '''Burlington, VT [99999]|Plattsburgh, NY [99999]|Boston, MA [99999]'''),
    'United Kingdom': ('''Flat 2, {n} Marlborough Road
{n} Kingsway
{n} Albert Terrace''', '''Bristol [AA9 9AA]|Leeds [AA9 9AA]|Cardiff [AA99 9AA]'''),
}

INTL_PHONES = '''+33 X XX XX XX XX
+32 2 XXX XX XX
+41 22 XXX XX XX
+212 6 XX XX XX XX
+213 5 XX XX XX XX
+216 XX XXX XXX
+961 3 XXX XXX
+509 XX XX XXXX
+52 55 XXXX XXXX
+57 310 XXX XXXX
+55 11 XXXXX-XXXX
+351 X12 XXX XXX
+84 X0 XXX XXXX
+63 X17 XXX XXXX
+86 138 XXXX XXXX
+91 X8XXX XXXXX
+1 802 XXX XXXX
+44 20 XXXX XXXX
011 33 X XX XX XX XX
00 509 XX XX XXXX'''

EMAIL_DOMAINS = '''videotron.ca
hotmail.com
gmail.com
outlook.fr
yahoo.ca
sympatico.ca
cgocable.ca
globetrotter.net
bell.net
live.ca
icloud.com
proton.me
laposte.net
orange.fr
skynet.be
bluewin.ch
menara.ma
hotmail.fr
yahoo.fr
mail.com
telus.net
cooptel.qc.ca
derytele.com
tlb.sympatico.ca
xplornet.ca'''

EMAIL_ORG_DOMAINS = '''cssdesrivieres.gouv.qc.ca
cisss-lanaudiere.gouv.qc.ca
ciusss-estrie.gouv.qc.ca
ville.sainte-marie.qc.ca
mun-lacvert.qc.ca
tribunaux.qc.ca
coroner.gouv.qc.ca
cdpdj.qc.ca
cegep-outaouais.qc.ca
uqtr.ca
saaq.gouv.qc.ca
mtess.gouv.qc.ca
garderie-pinsons.ca
coop-tournesols.org
fabrique-saintefamille.org
assurancesdesmoulins.ca
cjemontcalm.qc.ca
hydroquebec.com
desjardins.com
riversideschools.net'''

ORGS_FR = '''Centre de services scolaire des Rivières
CISSS de Lanaudière
CIUSSS de l'Estrie
Tribunal administratif du logement
Société de l'assurance automobile du Québec
Revenu Québec
Retraite Québec
Caisse Desjardins du Vieux-Port
Coopérative d'habitation Les Tournesols
Maison des jeunes L'Escale
Carrefour jeunesse-emploi de Montcalm
Clinique médicale des Deux-Rives
Transport adapté Rive-Nord
Fabrique de la paroisse Sainte-Famille
Garderie Les Petits Pinsons
Bureau du coroner
Cour du Québec
Cour supérieure
Commission des droits de la personne et des droits de la jeunesse
Centre d'hébergement du Boisé
Hôpital régional du Grand-Portage
Services Québec
Office municipal d'habitation de la Baie
Assurances des Moulins inc.
Centre de pédiatrie sociale Les Petits Pas
Régie intermunicipale de police du Lac
Cégep de l'Outaouais
Comptoir alimentaire La Bouchée
Club de hockey mineur Les Harfangs
Résidence Les Jardins du Fleuve'''

ORGS_EN = '''Riverside School Board
Lakeshore General Hospital
Canada Border Services Agency
Immigration, Refugees and Citizenship Canada
Royal Bank of Canada
Montreal West Community Centre
Eastern Townships Legal Clinic
Victoria Hall Daycare
St. Columba Anglican Church
Pine Ridge Seniors' Residence
Harbourview Property Management
Northshore Mutual Insurance
Office of the Chief Coroner
Superior Court of Québec
Court of Québec
Youth Protection Services
Maple Leaf Minor Hockey Association
Westmount Public Library
Cote-des-Neiges Food Bank
Greenfield Park Tenants' Association
Valley Transit Authority
Heritage College
Ombudsman of the City of Pine Ridge
Sunnybrook Payroll Services'''

ORG_PERSON_FR = '''Pharmacie {S}
Garage {S} et fils
Fondation {G}-{S}
École primaire {G}-{S}
Clinique dentaire {S}
Salon funéraire {S}
Aréna {G}-{S}
Entreprises {S} inc.
Boulangerie chez {G}
Centre communautaire {G}-{S}
Déménagement {S} et frères
Notaires {S} {S2}'''

ORG_PERSON_EN = '''{S} Pharmacy
{S} & Sons Plumbing
{G} {S} Foundation
{G} {S} Memorial Arena
{S} Family Dental
{S} Funeral Home
{S} Trucking Ltd.
{S}, {S2} LLP
{G} {S} Elementary School
{S} Hardware'''

STREET_PERSON_FR = '''boulevard {G}-{S}
rue {G}-{S}
avenue {S}
place {G}-{S}
chemin {S}'''

STREET_PERSON_EN = '''{S} Street
{G} {S} Boulevard
{S} Avenue
{S} Crescent'''

LAWS_FR = '''l'art. 53 de la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels
RLRQ, c. A-2.1
l'art. 38 de la Loi sur la protection de la jeunesse
RLRQ, c. P-34.1
l'art. 1974 C.c.Q.
l'art. 10 de la Charte des droits et libertés de la personne
la Loi sur les accidents du travail et les maladies professionnelles (RLRQ, c. A-3.001)
l'art. 122 de la Loi sur les normes du travail
l'art. 266 du Code criminel
L.R.C. 1985, ch. C-46
l'art. 45 de la Loi sur la santé et la sécurité du travail
l'art. 19 de la Loi sur les services de santé et les services sociaux
le Règlement sur l'aide aux personnes et aux familles
l'art. 59, al. 2, de la Loi sur l'accès
l'art. 93 de la Loi sur les cités et villes
l'art. 1860 C.c.Q.'''

LAWS_EN = '''s. 266 of the Criminal Code
R.S.C. 1985, c. C-46
s. 15 of the Canadian Charter of Rights and Freedoms
the Immigration and Refugee Protection Act, S.C. 2001, c. 27
s. 32 of the Act respecting industrial accidents and occupational diseases
the Youth Criminal Justice Act, S.C. 2002, c. 1
art. 1974 of the Civil Code of Québec
s. 53 of the Access to Information Act (Québec)
CQLR, c. A-2.1
s. 38 of the Youth Protection Act
s. 19 of the Act respecting health services and social services
the Highway Safety Code, CQLR c. C-24.2'''

# words that are also surnames of the 'wd' pool, as they appear in text
WORD_PHRASES_FR = '''tuilier|Le {w} a remplacé les tuiles brisées du hangar.
parmentier|Un hachis {w} était au menu du dîner communautaire.
feutrier|Le {w} de la coopérative a livré les tapis.
vinaigrier|Le {w} du marché vend aussi des conserves.
huilier|L'{w} de la salle commune a été remplacé.
ardoisier|L'{w} a inspecté la toiture de l'église.
tourneur|Le {w} de l'atelier a fabriqué les rampes.
passeur|Le {w} du traversier attendait au quai.
sonneur|Le {w} de cloches était absent ce dimanche-là.
lormier|Un ancien {w} exposait des pièces de harnais.
cirier|Le {w} a fourni les cierges de la cérémonie.
cardeur|Le {w} de laine a fait une démonstration à l'école.
fileur|Le {w} de l'économusée a accueilli le groupe.
doreur|Le {w} a restauré le cadre du tableau.
graveur|Le {w} a livré les plaques commémoratives.
clerc|Le {w} de notaire a transmis les documents.
moine|Un {w} de l'abbaye a animé la rencontre.
bailli|Le rôle du {w} a été expliqué aux élèves en histoire.
veneur|Le grand {w} est un personnage du conte étudié en classe.
forestier|Un ingénieur {w} a évalué les arbres du terrain.
cellier|Le {w} du sous-sol était inondé.
fourneau|Le {w} de la cuisine collective est défectueux.
rivage|Les débris se sont accumulés sur le {w}.
bocage|Le sentier traverse un {w} protégé.
tremble|Un {w} est tombé sur la clôture.
aulne|Un {w} pousse près du ponceau.
charme|Le {w} du vieux quartier attire les visiteurs.
saule|Le {w} du parc sera élagué.
houx|Une branche de {w} décorait la réception.
cresson|Le {w} de la source est interdit à la cueillette.'''

WORD_PHRASES_EN = '''thatch|The {w} on the garden shed needs repair.
shipwright|A {w} from the marina inspected the hull.
wheelwright|The museum hired a {w} to restore the cart.
cordwainer|The {w} guild display was moved to the lobby.
joiner|The {w} finished the kitchen cabinets on Friday.
furrier|The old {w} shop on the corner has closed.
hosier|The {w} supplied the compression stockings.
brewster|The local {w} donated refreshments for the event.
kemp|The tweed showed coarse {w} fibres under the microscope.
sexton|The {w} unlocked the church at seven.
parmentier|Potage {w} was served at the fundraiser.
graveur|The word {w} appears on the bilingual invoice.'''

# Content sentences by domain: 'domain|sentence'.  None holds a name.
CONTENT_FR = '''gen|La demande a été reçue au comptoir et transmise au service concerné.
gen|Le dossier est complet et aucun document supplémentaire n'est requis pour le moment.
gen|Un suivi sera fait d'ici la fin du mois.
gen|Les renseignements fournis ont été vérifiés auprès des sources habituelles.
gen|La rencontre a été reportée en raison de la tempête.
gen|Aucune autre démarche n'est prévue à ce stade.
gen|Les documents originaux ont été remis en main propre.
gen|Le formulaire doit être signé et daté avant d'être retourné.
gen|Une copie de la présente a été versée au dossier.
gen|Les délais de traitement sont plus longs qu'à l'habitude.
gen|Le stationnement du bâtiment est fermé pour travaux.
gen|La réponse écrite suivra par la poste.
chat|Je regarde ça et je te reviens cet après-midi.
chat|Quelqu'un a la dernière version du gabarit?
chat|La salle de réunion du deuxième est réservée jusqu'à midi.
chat|Merci pour le suivi, c'est noté.
chat|Je serai en télétravail demain matin.
chat|Le lien de la visioconférence ne fonctionne plus, je vais en créer un autre.
chat|On peut en parler au point statutaire de jeudi.
chat|Le document partagé est en lecture seule pour l'instant.
chat|Parfait, je m'en occupe.
chat|Petit rappel : les feuilles de temps sont dues vendredi.
court|Le tribunal estime que la preuve présentée est suffisante.
court|La demande est accueillie en partie, sans frais de justice.
court|Les parties ont été entendues lors d'une audience tenue en salle.
court|Le témoignage est jugé crédible et cohérent avec la preuve documentaire.
court|La requête en irrecevabilité est rejetée.
court|Le tribunal réserve sa décision sur la question des dépens.
court|L'audience s'est poursuivie en après-midi.
court|Aucune objection n'a été formulée quant au dépôt des pièces.
med|Les signes vitaux sont demeurés stables pendant tout le séjour.
med|La médication a été ajustée en fonction des résultats sanguins.
med|Un rendez-vous de contrôle est prévu dans six semaines.
med|La plaie est propre et guérit bien.
med|Le patient doit éviter de conduire pendant quarante-huit heures.
med|Aucune allergie connue n'a été signalée.
med|Les radiographies ne montrent pas de fracture.
med|La douleur est bien contrôlée avec les analgésiques habituels.
med|Le congé a été donné après avis favorable de la physiothérapie.
med|L'autopsie n'a révélé aucune lésion traumatique.
school|Les travaux sont remis à temps et soignés.
school|Des efforts supplémentaires sont attendus en lecture.
school|La participation en classe est constante.
school|Les résultats en mathématiques se sont nettement améliorés.
school|Un plan d'intervention sera révisé au prochain trimestre.
school|Le comportement en récréation demeure à surveiller.
school|Les absences répétées nuisent à la progression.
school|La sortie éducative a été très appréciée du groupe.
police|Les lieux ont été sécurisés à l'arrivée des patrouilleurs.
police|Aucune blessure n'a été constatée sur place.
police|Des photos ont été prises et versées au dossier.
police|Le véhicule a été remorqué à la fourrière municipale.
police|Les témoins ont été rencontrés séparément.
police|Un constat d'infraction a été remis au conducteur.
police|La scène a été libérée vers la fin de la soirée.
police|Le rapport a été transmis au service des enquêtes.
social|La situation familiale semble s'être stabilisée depuis la dernière visite.
social|Le logement est propre et adéquat pour les enfants.
social|Un soutien budgétaire a été offert et accepté.
social|La mère collabore bien avec l'intervenante.
social|Les enfants fréquentent l'école de façon régulière.
social|Un signalement antérieur avait été jugé non fondé.
social|Une demande de répit a été déposée auprès du centre.
social|La prochaine visite à domicile est prévue dans deux semaines.
work|Le candidat possède une solide expérience en service à la clientèle.
work|La période de probation s'est bien déroulée.
work|Les vacances accumulées seront payées à la fin de l'emploi.
work|Les retenues à la source sont calculées selon les tables en vigueur.
work|L'employée est reconnue pour sa ponctualité.
work|Le poste exige une disponibilité de soir et de fin de semaine.
work|La référence est jugée très positive dans l'ensemble.
work|Les heures supplémentaires ont été autorisées par la direction.
housing|Le loyer mensuel comprend le chauffage et l'eau chaude.
housing|Les animaux ne sont pas acceptés dans l'immeuble.
housing|L'enquête de crédit a été autorisée par écrit.
housing|Le bail débutera le premier juillet.
housing|Une fuite d'eau a été signalée dans la salle de bain.
housing|Le dépôt de garantie n'est pas exigé au Québec.
housing|Le propriétaire a procédé à l'inspection des lieux.
money|Le solde sera reporté sur le prochain relevé.
money|Des frais de service mensuels s'appliquent au compte.
money|Le paiement a été refusé pour provision insuffisante.
money|La réclamation est à l'étude par l'expert en sinistre.
money|Une franchise s'applique selon les conditions du contrat.
money|Les dommages se limitent au plafond de la cuisine.
money|Le remboursement sera effectué par dépôt direct.
money|Un estimé des réparations a été demandé à deux entrepreneurs.
rite|La cérémonie sera suivie d'une réception à la salle paroissiale.
rite|Au lieu de fleurs, des dons à un organisme de charité seraient appréciés.
rite|La famille recevra les condoléances à compter de treize heures.
rite|Le baptême a été célébré selon le rite de l'Église catholique.
rite|L'inhumation aura lieu au printemps.
rite|Le registre a été signé en présence des témoins.
care|Les parents doivent signer à l'arrivée et au départ.
care|La sieste a eu lieu de treize heures à quinze heures.
care|Le groupe est sorti au parc malgré le froid.
care|La collation de l'après-midi comprenait des fruits.
care|Les bottes doivent être identifiées au nom de l'enfant.
care|Le match a été disputé devant une foule nombreuse.
care|La glace a été resurfacée entre les deux périodes.'''

CONTENT_EN = '''gen|The request was received at the counter and forwarded to the right department.
gen|The file is complete and no further documents are needed at this time.
gen|A follow-up will be made before the end of the month.
gen|The information provided was checked against the usual sources.
gen|The meeting was postponed because of the snowstorm.
gen|No further action is planned at this stage.
gen|The original documents were handed over in person.
gen|The form must be signed and dated before it is returned.
gen|A copy of this letter has been placed on file.
gen|Processing times are longer than usual.
gen|The building's parking lot is closed for repairs.
gen|A written answer will follow by mail.
chat|Looking into it now, will get back to you this afternoon.
chat|Does anyone have the latest version of the template?
chat|The second-floor meeting room is booked until noon.
chat|Thanks for the update, noted.
chat|I'll be working from home tomorrow morning.
chat|The video call link stopped working, I'll send a new one.
chat|We can cover this at Thursday's stand-up.
chat|The shared document is read-only for now.
chat|Sounds good, I'll take care of it.
chat|Quick reminder that timesheets are due on Friday.
court|The Court finds that the evidence presented is sufficient.
court|The application is granted in part, without legal costs.
court|The parties were heard at a hearing held in person.
court|The testimony is found credible and consistent with the documents.
court|The motion to dismiss is rejected.
court|The Court reserves its decision on the question of costs.
court|The hearing continued in the afternoon.
court|No objection was raised to the filing of the exhibits.
med|Vital signs remained stable throughout the stay.
med|Medication was adjusted according to the blood results.
med|A follow-up appointment is planned in six weeks.
med|The wound is clean and healing well.
med|The patient should not drive for forty-eight hours.
med|No known allergies were reported.
med|The X-rays show no fracture.
med|Pain is well controlled with the usual analgesics.
med|Discharge was approved after a favourable physiotherapy assessment.
med|The autopsy revealed no traumatic injury.
school|Assignments are handed in on time and neatly done.
school|More effort is expected in reading.
school|Participation in class is consistent.
school|Results in mathematics have clearly improved.
school|An intervention plan will be reviewed next term.
school|Behaviour at recess still needs to be monitored.
school|Repeated absences are slowing progress.
school|The class field trip was much enjoyed by the group.
police|The scene was secured when the patrol officers arrived.
police|No injuries were observed at the scene.
police|Photographs were taken and added to the file.
police|The vehicle was towed to the municipal pound.
police|The witnesses were interviewed separately.
police|A statement of offence was issued to the driver.
police|The scene was released late in the evening.
police|The report was forwarded to the investigations unit.
social|The family situation seems to have stabilised since the last visit.
social|The apartment is clean and suitable for the children.
social|Budget support was offered and accepted.
social|The mother is cooperating well with the worker.
social|The children attend school regularly.
social|An earlier report had been found unsubstantiated.
social|A respite request was filed with the centre.
social|The next home visit is planned in two weeks.
work|The candidate has solid customer service experience.
work|The probation period went well.
work|Accrued vacation will be paid out at the end of employment.
work|Source deductions are calculated using the current tables.
work|The employee is known for being punctual.
work|The position requires evening and weekend availability.
work|Overall the reference is very positive.
work|Overtime hours were approved by management.
housing|The monthly rent includes heating and hot water.
housing|Pets are not allowed in the building.
housing|The credit check was authorised in writing.
housing|The lease will begin on the first of July.
housing|A water leak was reported in the bathroom.
housing|The landlord inspected the unit.
housing|Snow removal is the tenant's responsibility.
money|The balance will be carried over to the next statement.
money|Monthly service fees apply to this account.
money|The payment was declined for insufficient funds.
money|The claim is being reviewed by the adjuster.
money|A deductible applies under the terms of the policy.
money|The damage is limited to the kitchen ceiling.
money|The refund will be made by direct deposit.
money|Repair estimates were requested from two contractors.
rite|The service will be followed by a reception in the parish hall.
rite|In lieu of flowers, donations to a charity would be appreciated.
rite|The family will receive condolences from one o'clock.
rite|The baptism was celebrated according to the rite of the Anglican Church.
rite|Interment will take place in the spring.
rite|The register was signed in the presence of the witnesses.
care|Parents must sign in on arrival and sign out on departure.
care|Nap time was from one to three in the afternoon.
care|The group went to the park despite the cold.
care|The afternoon snack included fruit.
care|Boots must be labelled with the child's name.
care|The game was played in front of a large crowd.
care|The ice was resurfaced between periods.'''

# ---------------------------------------------------------------------------
# Halves

def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()


def half_of(entry):
    h = hashlib.md5(('indep16:' + fold(entry)).encode('utf-8')).digest()
    return 'W' if h[0] % 2 == 0 else 'H'


def lines(s):
    return [x for x in s.split('\n') if x.strip()]


PARTICLES = {'de', 'du', 'da', 'dos', 'das', 'do', 'di', 'del', 'della', 'ben', 'bin', 'ibn', 'abu', 'al', 'el',
             'la', 'le', 'des', 'van', 'von', 'der', 'den', 'ter', 'ait'}

ORIGIN_WEIGHTS = [('qc', 26), ('en', 8), ('ht', 5), ('mg', 5), ('lv', 4), ('zh', 3), ('ko', 2), ('ja', 2), ('vn', 3),
                  ('la', 4), ('pt', 3), ('it', 3), ('gr', 2), ('sl', 4), ('af', 4), ('sa', 4), ('ind', 4), ('ph', 3),
                  ('fa', 3), ('hy', 2), ('tr', 2), ('so', 2), ('er', 2), ('wd', 2)]
# origins whose given names are often doubled with a hyphen / whose surnames take a particle
DOUBLE_GIVEN = {'qc': 0.22, 'ht': 0.18, 'vn': 0.0, 'la': 0.12, 'pt': 0.1, 'ko': 0.0}
PARTICLE_OF = {'qc': ['de', 'Des', 'Du'], 'la': ['de', 'del'], 'pt': ['da', 'dos', 'de'], 'it': ['di', 'Di', 'De'],
               'mg': ['Ben', 'Aït', 'Ould'], 'lv': ['Abu', 'El', 'Al'], 'sa': [], 'ph': ['de', 'Dela']}
PARTICLES |= {'ould', 'dela', 'aït'}


def all_name_parts():
    """{part: 'origin kind'} of every name part of this file."""
    out = {}
    for key, s in NAMES.items():
        o, k = key.split('/')
        for p in s.split():
            out[p] = '%s %s' % (o, k)
    return out


class Pools:
    def __init__(self, mode):
        self.mode = mode
        keep = lambda xs: [x for x in xs if half_of(x) == mode]
        self.names = {}
        for key, s in NAMES.items():
            o, k = key.split('/')
            self.names.setdefault(o, {})[k] = keep(s.split())
        self.origins = [(o, w) for o, w in ORIGIN_WEIGHTS if all(self.names[o].get(k) for k in 'mfs')]
        self.cities = keep(lines(CITIES_QC))
        self.streets = keep(lines(STREETS_QC))
        self.rangs = keep(lines(RANGS))
        self.streets_en = keep(lines(STREETS_EN))
        self.foreign = {}
        for c, (st, pc) in FOREIGN.items():
            sts = keep(lines(st))
            if sts:
                self.foreign[c] = (sts, pc.split('|'))
        self.intl = keep(lines(INTL_PHONES))
        self.domains = keep(lines(EMAIL_DOMAINS))
        self.org_domains = keep(lines(EMAIL_ORG_DOMAINS))
        self.orgs = {'fr': keep(lines(ORGS_FR)), 'en': keep(lines(ORGS_EN))}
        self.org_person = {'fr': keep(lines(ORG_PERSON_FR)), 'en': keep(lines(ORG_PERSON_EN))}
        self.street_person = {'fr': keep(lines(STREET_PERSON_FR)), 'en': keep(lines(STREET_PERSON_EN))}
        self.laws = {'fr': keep(lines(LAWS_FR)), 'en': keep(lines(LAWS_EN))}
        self.words = {}
        for lang, src in (('fr', WORD_PHRASES_FR), ('en', WORD_PHRASES_EN)):
            self.words[lang] = [tuple(x.split('|', 1)) for x in lines(src) if half_of(x.split('|')[0]) == mode]
        self.content = {}
        for lang, src in (('fr', CONTENT_FR), ('en', CONTENT_EN)):
            d = {}
            for x in lines(src):
                dom, sent = x.split('|', 1)
                if half_of(sent) == mode:
                    d.setdefault(dom, []).append(sent)
            self.content[lang] = d

    def part_set(self):
        return set(fold(p) for o in self.names.values() for k in o.values() for p in k)


# ---------------------------------------------------------------------------
# Documents: a list of pieces, plain strings or (text, kind, type).

def pii(t, ty):
    return (t, 'pii', ty)


def dec(t, ty):
    return (t, 'decoy', ty)


class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.parts = []
        self.noise = None          # a function applied to plain text (OCR families)

    def add(self, *xs):
        for x in xs:
            if x is None or x == '':
                continue
            if isinstance(x, str):
                self.parts.append((self.noise(x) if self.noise else x, None, None))
            elif isinstance(x, tuple):
                self.parts.append(x)
            else:
                self.add(*x)
        return self

    def f(self, tpl, **kw):
        bits = re.split(r'\{(\w+)\}', tpl)
        for i, b in enumerate(bits):
            self.add(kw[b] if i % 2 else b)
        return self

    def build(self):
        out, spans, pos = [], [], 0
        for t, kind, ty in self.parts:
            n = len(t.encode('utf-8'))
            if kind:
                spans.append({'start': pos, 'end': pos + n, 'kind': kind, 'type': ty, '_s': t})
            out.append(t)
            pos += n
        return ''.join(out), spans

    def length(self):
        return sum(len(p[0]) for p in self.parts)


class Person:
    def __init__(self, given, surname, sex, origin, particle=''):
        self.given = given          # list of given-name parts (1 or 2)
        self.surname = surname      # list of surname parts (1 or 2)
        self.sex = sex
        self.origin = origin
        self.particle = particle

    @property
    def first(self):
        return '-'.join(self.given)

    @property
    def last(self):
        s = '-'.join(self.surname)
        return self.particle + ' ' + s if self.particle else s

    def tokens(self):
        return self.given + self.surname


def ascii_fold(s):
    return re.sub(r'[^a-z]', '', fold(s).replace('ł', 'l').replace('ı', 'i').replace('đ', 'd'))


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']


def ordinal(n):
    return '%d%s' % (n, 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


class Gen:
    def __init__(self, pools, rng, lang, mode):
        self.p = pools
        self.r = rng
        self.lang = lang
        self.mode = mode
        self.used = set()       # folded name tokens used in this document

    def fr(self):
        return self.lang == 'fr'

    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def hp(self, xs):
        """Pick from a small inline pool, keeping to this mode's half."""
        return self.pick([x for x in xs if half_of(x) == self.mode] or xs[:1])

    def chance(self, p):
        return self.r.random() < p

    # -- persons ----------------------------------------------------------
    def origin(self):
        tot = sum(w for _, w in self.p.origins)
        x = self.r.uniform(0, tot)
        for o, w in self.p.origins:
            x -= w
            if x <= 0:
                return o
        return self.p.origins[-1][0]

    def part(self, o, k):
        for _ in range(30):
            x = self.pick(self.p.names[o][k])
            if fold(x) not in self.used:
                self.used.add(fold(x))
                return x
        return x

    def person(self, sex=None, origin=None, surname=None):
        o = origin or self.origin()
        sex = sex or self.pick('mf')
        go = o
        if o == 'wd':   # a word name: the other half of the name from Québec or English pools
            go = 'wd' if self.chance(0.5) else self.pick(['qc', 'en'])
        given = [self.part(go if self.p.names[go].get(sex) else 'qc', sex)]
        if self.chance(DOUBLE_GIVEN.get(o, 0.03)):
            given.append(self.part(go, sex))
        so = o if go == 'wd' or o != 'wd' else self.pick(['qc', 'en', 'wd'])
        if surname:
            sur, particle = list(surname.surname), surname.particle
        else:
            sur = [self.part(so, 's')]
            particle = ''
            if o in ('qc', 'la', 'pt', 'ht') and self.chance(0.1):
                sur.append(self.part(so, 's'))
            elif PARTICLE_OF.get(o) and self.chance(0.14):
                particle = self.pick(PARTICLE_OF[o])
        return Person(given, sur, sex, o, particle)

    def family(self, base, n, sex=None):
        return [self.person(sex=sex, origin=base.origin, surname=base) for _ in range(n)]

    def initials(self, p):
        return '-'.join(g[0] + '.' for g in p.given)

    def nm(self, p, style='full'):
        """Render a person: a list of pieces with PERSON spans."""
        P = lambda t: pii(t, 'PERSON')
        if style == 'full':
            return [P(p.first + ' ' + p.last)]
        if style == 'first':
            return [P(p.first)]
        if style == 'last':
            return [P(p.last)]
        if style == 'caps':
            return [P((p.first + ' ' + p.last).upper())]
        if style == 'lastcaps':
            return [P(p.last.upper())]
        if style == 'lower':
            return [P((p.first + ' ' + p.last).lower())]
        if style == 'rev':
            return [P(p.last), ', ', P(p.first)]
        if style == 'REV':
            return [P(p.last.upper()), ', ', P(p.first)]
        if style == 'REVC':
            return [P(p.last.upper()), ', ', P(p.first.upper())]
        if style == 'init':
            return [P(self.initials(p) + ' ' + p.last)]
        if style == 'gi':
            return [P(p.first + ' ' + p.surname[0][0] + '.')]
        raise ValueError(style)

    def any_name(self, p):
        return self.nm(p, self.pick(['full', 'full', 'full', 'init', 'rev', 'caps', 'gi']))

    def title(self, p):
        if self.fr():
            return 'Mme' if p.sex == 'f' else 'M.'
        return self.pick(['Ms.', 'Mrs.']) if p.sex == 'f' else 'Mr.'

    def doctor(self, p):
        return self.L('Dre' if p.sex == 'f' else 'Dr', 'Dr.')

    def il(self, p):
        return self.L('elle' if p.sex == 'f' else 'il', 'she' if p.sex == 'f' else 'he')

    def handle(self, p):
        g, s = ascii_fold(p.given[0]), ascii_fold(p.surname[0])
        return self.pick(['%s.%s' % (g, s), '%s_%s' % (g, s), '%s%s' % (g, s[0]), '%s.%s' % (g[0], s)])

    # -- identifiers ------------------------------------------------------
    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def phone(self, intl=None):
        r = self.r
        if intl or (intl is None and self.p.intl and self.chance(0.15)):
            pat = self.pick(self.p.intl)
            return pii(re.sub('X', lambda m: str(r.randrange(10)), pat), 'PHONE')
        a = self.pick(['514', '438', '450', '579', '418', '581', '819', '873', '367', '263'])
        b = str(r.randint(2, 9)) + self.digits(2)
        c = self.digits(4)
        f = self.pick(['{a} {b}-{c}', '({a}) {b}-{c}', '{a}-{b}-{c}', '{a}.{b}.{c}', '{a}{b}{c}', '1-{a}-{b}-{c}',
                       '+1 {a} {b} {c}', '+1 ({a}) {b}-{c}', '{a} {b} {c}', '1 {a} {b}-{c}'])
        return pii(f.format(a=a, b=b, c=c), 'PHONE')

    def ext(self):
        n = str(self.r.randint(100, 9999))
        return self.pick([' poste ' + n, ', poste ' + n, ' p. ' + n]) if self.fr() else self.pick([' ext. ' + n, ' x' + n, ', ext ' + n])

    def tollfree(self):
        a = self.pick(['1 800', '1-800', '1 888', '1-877', '1 866', '1-855', '1 844'])
        return dec('%s %s-%s' % (a, self.digits(3), self.digits(4)) if ' ' in a else '%s-%s-%s' % (a, self.digits(3), self.digits(4)), 'TOLLFREE')

    def email(self, p=None, org=False):
        dom = self.pick(self.p.org_domains if org else self.p.domains)
        if p is None:
            local = self.pick(['info', 'accueil', 'reception', 'greffe', 'admin', 'rh', 'hr', 'plaintes', 'dossiers'])
            return local + '@' + dom      # a shared mailbox: left unlabelled
        g, s = ascii_fold(p.given[0]), ascii_fold(p.surname[-1])
        local = self.pick(['{g}.{s}', '{g}{s}', '{g}.{s}{n}', '{i}{s}', '{g}_{s}', '{s}.{g}', '{g}.{s}+{tag}', '{g}{n}'])
        local = local.format(g=g, s=s, i=g[0], n=self.r.randint(1, 99), tag=self.pick(['rdv', 'ecole', 'impots', 'bail', 'work']))
        return pii(local + '@' + dom, 'EMAIL')

    def postal(self):
        L = 'ABCEGHJKLMNPRSTVXY'
        Lx = 'ABCEGHJKLMNPRSTVWXYZ'
        r = self.r
        a = self.pick('GHJKJHHGJ') + str(r.randrange(10)) + self.pick(Lx)
        b = str(r.randrange(10)) + self.pick(Lx) + str(r.randrange(10))
        f = self.pick(['{a} {b}', '{a} {b}', '{a}{b}', '{a}-{b}', '{a}  {b}', '{la} {lb}', '{la}{lb}'])
        return pii(f.format(a=a, b=b, la=a.lower(), lb=b.lower()), 'POSTAL_CODE')

    def civic(self):
        return str(self.pick([self.r.randint(2, 99), self.r.randint(100, 999), self.r.randint(1000, 9999), self.r.randint(10000, 12999)]))

    def street_qc(self):
        return self.pick(self.p.streets)

    def addr_line(self):
        """A Québec civic address (ADDRESS piece only)."""
        n, st = self.civic(), self.street_qc()
        u = str(self.r.randint(1, 12)) + self.pick(['', '', 'A', 'B'])
        f = self.pick(['{n}, {st}', '{n} {st}', '{u}-{n}, {st}', '#{u}-{n} {st}', '{n}, {st}, app. {u}', '{n} {st}, app {u}',
                       '{n}, {st}, bureau {b}', '{n}, {st}, local {b}', '{n} {st} #{u}', 'C.P. {cp}, succ. Bureau-chef',
                       'C.P. {cp}', '{n}, {rang}', 'RR {rr}, {n} {rang}', '{n}, {st}, unité {u}'])
        if self.lang == 'en' and self.chance(0.4):
            st = self.pick(self.p.streets_en)
            f = self.pick(['{n} {st}', '{n} {st}, Apt {u}', '{u}-{n} {st}', 'Unit {u}, {n} {st}', 'P.O. Box {cp}', '{n} {st}, Suite {b}'])
        return pii(f.format(n=n, st=st, u=u, b=self.r.randint(100, 450), cp=self.r.randint(12, 2999), rang=self.pick(self.p.rangs),
                            rr=self.r.randint(1, 6)), 'ADDRESS')

    def city(self):
        return self.pick(self.p.cities)

    def addr(self, sep=', '):
        """Address, city, province and postal code."""
        st = self.chance(0.85)
        prov = self.pick([' ' + PROV[self.lang], ' (Qc)', ' QC', '', ' Québec'])
        return [self.addr_line(), sep, self.city() + prov, self.pick(['  ', ' ', ', ', '\n' if sep == '\n' else ' ']), self.postal()] if st \
            else [self.addr_line(), sep, self.city()]

    def addr_foreign(self, country=None, sep=', '):
        c = country or self.pick(sorted(self.p.foreign))
        sts, pcs = self.p.foreign[c]
        line = self.pick(sts).format(n=self.r.randint(2, 240))
        pc = self.pick(pcs)
        out = [pii(line, 'ADDRESS'), sep]
        if not pc.strip():
            return out + [self.pick(['Beyrouth', 'Beirut', 'Jounieh', 'Zahlé']) + ', ' + c]
        before, pat, after = re.split(r'[\[\]]', pc)
        code = re.sub('[9A]', lambda m: str(self.r.randrange(10)) if m.group() == '9' else self.pick('ABDEFGHJLNPRSTUWXY'), pat)
        out += [before, pii(code, 'POSTAL_CODE'), after, sep, c]
        return out

    def dob(self):
        """(date text, (y, m, d)) of a birth date in one of many forms."""
        r = self.r
        y, m, d = r.randint(1931, 2019), r.randint(1, 12), r.randint(1, 28)
        if self.fr():
            f = self.pick(['{d} {mois} {y}', '{d:02d}/{m:02d}/{y}', '{y}-{m:02d}-{d:02d}', '{d:02d}/{m:02d}/{yy:02d}', '{y}{m:02d}{d:02d}',
                           '{d} {rom} {y}', '{d:02d}-{m:02d}-{y}', '{d}.{m:02d}.{y}', '1er {mois} {y}' if d == 1 else '{d} {mois} {y}',
                           '{d:02d} {mo3}. {y}'])
        else:
            f = self.pick(['{month} {ord}, {y}', '{month} {d}, {y}', '{y}-{m:02d}-{d:02d}', '{m:02d}/{d:02d}/{y}', '{d} {month} {y}',
                           '{y}{m:02d}{d:02d}', '{d:02d}-{MON}-{y}', '{d} {rom} {y}', '{d:02d}/{m:02d}/{yy:02d}'])
        t = f.format(d=d, m=m, y=y, yy=y % 100, mois=MOIS[m - 1], month=MONTHS[m - 1], ord=ordinal(d), rom=ROMAN[m - 1],
                     MON=MONTHS[m - 1][:3].upper(), mo3=MOIS[m - 1][:4].rstrip('.'))
        return pii(t, 'DOB'), (y, m, d)

    def date(self, y=None):
        r = self.r
        y = y or r.randint(2016, 2025)
        m, d = r.randint(1, 12), r.randint(1, 28)
        if self.fr():
            f = self.pick(['{d} {mois} {y}', '{y}-{m:02d}-{d:02d}', '{d:02d}/{m:02d}/{y}', 'le {d} {mois}'.replace('le ', '')])
        else:
            f = self.pick(['{month} {d}, {y}', '{y}-{m:02d}-{d:02d}', '{d} {month} {y}', '{m}/{d}/{y}'])
        return dec(f.format(d=d, m=m, y=y, mois=MOIS[m - 1], month=MONTHS[m - 1]), 'DATE')

    def ymd(self):
        return dec('%d%02d%02d' % (self.r.randint(2015, 2025), self.r.randint(1, 12), self.r.randint(1, 28)), 'DATE')

    def month(self):
        return dec(self.pick(MOIS if self.fr() else MONTHS), 'MONTH')

    def year(self):
        return dec(str(self.r.randint(2008, 2025)), 'YEAR')

    def time(self):
        h, m = self.r.randint(7, 21), self.pick([0, 5, 10, 15, 20, 30, 41, 45, 50, 55])
        if self.fr():
            return dec(self.pick(['%d h %02d' % (h, m), '%dh%02d' % (h, m), '%02d:%02d' % (h, m)]), 'TIME')
        return dec('%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM'), 'TIME')

    def amount(self, lo=5, hi=4000):
        v = self.r.uniform(lo, hi)
        if self.fr():
            s = '{:,.2f}'.format(v).replace(',', ' ').replace('.', ',')
            return dec(self.pick([s + ' $', s + ' $', s + '$']), 'AMOUNT')
        return dec('$' + '{:,.2f}'.format(v), 'AMOUNT')

    def nas(self):
        d = luhn_complete(self.pick('123456789'), 9, self.r)
        f = self.pick(['{a} {b} {c}', '{a}-{b}-{c}', '{a}{b}{c}', '{a} {b} {c}', '{a}.{b}.{c}'])
        return pii(f.format(a=d[:3], b=d[3:6], c=d[6:]), 'NAS')

    def ramq(self, p, ymd=None):
        y, m, d = ymd or (self.r.randint(1935, 2018), self.r.randint(1, 12), self.r.randint(1, 28))
        s = (ascii_fold(p.surname[0]).upper() + 'XXX')[:3] + ascii_fold(p.given[0])[:1].upper()
        num = '%02d%02d%02d%s' % (y % 100, m + (50 if p.sex == 'f' else 0), d, self.digits(2))
        f = self.pick(['{s} {a} {b}', '{s}{a}{b}', '{s} {a}{b}', '{s}-{a}-{b}'])
        return pii(f.format(s=s, a=num[:4], b=num[4:]), 'RAMQ')

    def licence(self, p):
        l = ascii_fold(p.surname[0])[:1].upper() or 'X'
        d = self.digits(12)
        f = self.pick(['{l}{a}-{b}-{c}', '{l}{a}{b}{c}', '{l}{a} {b} {c}', '{l}-{a}-{b}-{c}'])
        return pii(f.format(l=l, a=d[:4], b=d[4:10], c=d[10:]), 'DRIVER_LICENCE')

    def passport(self):
        r = self.r
        A = lambda n: ''.join(self.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(n))
        return pii(self.pick([A(2) + self.digits(6), self.digits(2) + A(2) + self.digits(5), self.digits(9), A(1) + self.digits(8),
                              A(2) + self.digits(7), 'P' + A(1) + self.digits(7)]), 'PASSPORT')

    def bank(self, grouped=None):
        inst = self.pick(['815', '003', '006', '001', '002', '004', '010', '039', '829', '016'])
        tr = self.digits(5)
        acc = self.digits(self.pick([7, 7, 8, 10, 12]))
        if grouped or (grouped is None and self.chance(0.5)):
            f = self.pick(['{i}-{t}-{a}', '{t}-{i}-{a}', '{i} {t} {a}', '{t} {a}'])
            return [pii(f.format(i=inst, t=tr, a=acc), 'BANK_ACCOUNT')]
        return [self.L('Institution : ', 'Institution: '), pii(inst, 'BANK_ACCOUNT'), self.L(' ; transit : ', '; transit: '),
                pii(tr, 'BANK_ACCOUNT'), self.L(' ; compte : ', '; account: '), pii(acc, 'BANK_ACCOUNT')]

    def card(self):
        kind = self.pick(['visa', 'mc', 'amex'])
        if kind == 'amex':
            d = luhn_complete(self.pick(['34', '37']), 15, self.r)
            return pii(self.pick(['%s %s %s' % (d[:4], d[4:10], d[10:]), d, '%s-%s-%s' % (d[:4], d[4:10], d[10:])]), 'CREDIT_CARD')
        d = luhn_complete('4' if kind == 'visa' else self.pick(['51', '53', '55', '2221']), 16, self.r)
        g = [d[i:i + 4] for i in range(0, 16, 4)]
        return pii(self.pick([' '.join(g), '-'.join(g), d, ' '.join(g)]), 'CREDIT_CARD')

    def masked_card(self):
        last = self.digits(4)
        return self.pick(['**** **** **** ' + last, 'XXXX-XXXX-XXXX-' + last, '************' + last, '•••• ' + last])

    def plate(self):
        A = lambda n: ''.join(self.pick('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(n))
        return pii(self.pick([A(3) + ' ' + self.digits(3), self.digits(3) + ' ' + A(3), A(1) + self.digits(2) + ' ' + A(3),
                              A(3) + self.digits(3), 'F' + A(2) + self.digits(4), self.digits(3) + A(3), 'V' + self.digits(5)]), 'PLATE')

    # -- decoys -----------------------------------------------------------
    def org(self):
        return dec(self.pick(self.p.orgs[self.lang]), 'ORG')

    def _pfill(self, tpl):
        o = self.pick(['qc', 'qc', 'en', 'ht', 'it', 'lv', 'sl', 'pt', 'la']) if self.lang == 'fr' else self.pick(['en', 'en', 'qc', 'it', 'sl', 'gr'])
        return tpl.format(S=self.pick(self.p.names[o]['s']), S2=self.pick(self.p.names[o]['s']), G=self.pick(self.p.names[o][self.pick('mf')]))

    def org_person(self):
        return dec(self._pfill(self.pick(self.p.org_person[self.lang])), 'ORG')

    def anyorg(self):
        return self.org_person() if self.chance(0.35) else self.org()

    def street(self):
        if self.chance(0.45):
            return dec(self._pfill(self.pick(self.p.street_person[self.lang])), 'STREET')
        return dec(self.pick(self.p.streets if self.fr() or self.chance(0.4) else self.p.streets_en), 'STREET')

    def district(self):
        return dec(self.city().upper() if self.chance(0.5) else self.city(), 'PLACE')

    def place(self):
        return dec(self.pick(self.p.cities if self.chance(0.7) else sorted(self.p.foreign)), 'PLACE')

    def law(self):
        return dec(self.pick(self.p.laws[self.lang]), 'LAW')

    def fileno(self):
        r = self.r
        f = self.pick(['{y}-{n5}', '{p}-{yy}-{n5}', '500-{a}-{n6}-{yy}{c}', '{n3}-{n6}', 'QC{n7}', '#{n5}', 'R-{y}-{n4}', 'INC{n7}',
                       '{y}-{n4}-{P}', '{n4}-{n3}-{n3}'])
        return dec(f.format(y=r.randint(2016, 2025), yy='%02d' % r.randint(16, 25), n3=self.digits(3), n4=self.digits(4), n5=self.digits(5),
                            n6=self.digits(6), n7=self.digits(7), a=self.pick(['17', '22', '32', '04', '80']), c=self.digits(1),
                            p=self.pick(['DPJ', 'CNESST', 'TAL', 'SAAQ', 'PLT', 'RH', 'SIN', 'CLM']),
                            P=self.pick(['PV', 'RES', 'AD', 'RC'])), 'FILENO')

    def word(self):
        """(word span pieces) an ordinary word that is also a surname of the pools, in its sentence."""
        ws = self.p.words[self.lang]
        if not ws:
            return []
        w, sent = self.pick(ws)
        a, b = sent.split('{w}')
        return [a, dec(w, 'WORD'), b]

    # -- content ----------------------------------------------------------
    def c(self, dom='gen', n=1, sep=' '):
        """n content sentences of a domain (falling back on 'gen'), separated by sep."""
        pool = list(self.p.content[self.lang].get(dom, [])) + list(self.p.content[self.lang].get('gen', []))
        out = []
        self.r.shuffle(pool)
        for i, s in enumerate([s for s in pool if s not in self.used][:n]):
            self.used.add(s)
            if i:
                out.append(sep)
            out.append((s, 'content', 'CONTENT'))
        return out

# ---------------------------------------------------------------------------
# Families.  Each writes one document into d with the generator g.

def fam_fr_canal_clavardage(g, d):
    r = g.r
    d.f('Canal « {c} » — {o}\nExportation du fil, {dt}\n\n', c=g.pick(['Général', 'Accueil-triage', 'Suivi-dossiers', 'Logement-urgence']),
        o=g.anyorg(), dt=g.date())
    ppl = [g.person() for _ in range(r.randint(3, 4))]
    cl = g.person()
    kid = g.person(surname=cl)
    msgs = [
        lambda: g.c('chat', 2),
        lambda: ['@', pii(g.handle(ppl[1]), 'PERSON'), ' peux-tu rappeler ', g.nm(cl, 'full'), ' au ', g.phone(), ' ? ', g.c('chat')],
        lambda: ['Bonjour ', g.nm(ppl[2], 'first'), ', ', g.c('chat')],
        lambda: ['Nouvelle adresse pour ', g.nm(cl, 'rev'), ' : ', g.addr()],
        lambda: ['Dossier ', g.fileno(), ' mis à jour. ', g.c('gen')],
        lambda: ['Sa fille ', g.nm(kid, 'first'), ' a appelé, elle veut un rendez-vous avant ', g.date(), '.'],
        lambda: [g.word()],
        lambda: ['Le courriel de la mère : ', g.email(cl), ' (pas de cellulaire).'],
    ]
    order = [0, 1, 2, 3, 4, 5, 6, 7]
    r.shuffle(order)
    for i in order[:r.randint(5, 8)]:
        a = ppl[0] if i in (1, 2) else g.pick(ppl)
        d.add(g.nm(a, 'full'), '  ', g.time(), '\n', msgs[i](), '\n')
        if g.chance(0.35):
            d.add(g.pick(['👍 2', '✔️ 1', '👀 3   👍 1', '❤️ 1']), '\n')
        if g.chance(0.3):
            b = g.pick(ppl)
            d.add('    ', g.L('Réponses (1)', ''), '\n    ↳ ', g.nm(b, 'full'), '  ', g.time(), '\n    ', g.c('chat'), '\n')
        d.add('\n')


def fam_fr_chaine_transferee(g, d):
    r = g.r
    a, b, c, e = g.person(), g.person(), g.person(), g.person()
    org = g.anyorg()
    subj = g.pick(['Demande de révision', 'Dossier de votre locataire', "Suivi — plainte", 'Documents manquants'])
    d.f('De : {a} <{ea}>\nEnvoyé : {dt} {t}\nÀ : {b} <{eb}>\nCc : {c}; {e}\nObjet : TR: {s} ({f})\n\n',
        a=g.nm(a, 'full'), ea=g.email(a), dt=g.date(), t=g.time(), b=g.nm(b, 'full'), eb=g.email(b, org=True),
        c=g.nm(c, 'REV'), e=g.nm(e, 'full'), s=subj, f=g.fileno())
    d.f('Bonjour {b},\n\nJe te transfère l\'échange ci-dessous. ', b=g.nm(b, 'first'))
    d.add(g.c('gen', 2), '\n\n')
    d.f('{a}\n{ti}\n{o}\nLigne directe : {ph}{x}\n\n', a=g.nm(a, 'full'), ti=g.pick(['Technicienne en administration', 'Agent de recherche',
        'Conseillère en gestion des ressources humaines', 'Coordonnateur des opérations', 'Agente de bureau principale']),
        o=org, ph=g.phone(intl=False), x=g.ext())
    d.add('-----Message d\'origine-----\n')
    d.f('De : {c} [mailto:{ec}]\nEnvoyé : {dt}\nÀ : {a}\nObjet : {s}\n\n', c=g.nm(c, 'full'), ec=g.email(c), dt=g.date(), a=g.nm(a, 'full'), s=subj)
    d.f('Madame, Monsieur,\n\nJe vous écris au sujet de mon dossier. Ma nouvelle adresse est le {ad}. ', ad=g.addr())
    d.add(g.c('housing' if g.chance(0.5) else 'money'), ' ')
    if g.chance(0.4):
        d.f('Mon passeport ({c}) porte le numéro {pp}. ', c=g.place(), pp=g.passport())
    d.f('Vous pouvez me joindre au {ph} ou au {ph2} (cellulaire de mon conjoint, {sp}).\n\n', ph=g.phone(), ph2=g.phone(), sp=g.nm(g.person(), 'first'))
    d.f('Cordialement,\n{c}\n', c=g.nm(c, g.pick(['full', 'init'])))


def fam_fr_jugement_extrait(g, d):
    r = g.r
    dem, dfd = g.person(), g.person()
    juge = g.person()
    av1, av2 = g.person(), g.person()
    d.f('COUR DU QUÉBEC\n« Division des petites créances »\n\nCANADA\nPROVINCE DE QUÉBEC\nDISTRICT DE {pl}\n\nN° : {f}\n\nDATE : {dt}\n\n'
        'SOUS LA PRÉSIDENCE DE L\'HONORABLE {j}, J.C.Q.\n\n', pl=g.district(), f=g.fileno(), dt=g.date(), j=g.nm(juge, 'caps'))
    d.f('{a}\n{ad}\nPartie demanderesse\n\nc.\n\n{b}\nPartie défenderesse\n\n', a=g.nm(dem, 'caps'), ad=g.addr(), b=g.nm(dfd, 'caps'))
    d.add('JUGEMENT\n\n')
    d.f('[1] La demanderesse, {a}, réclame à {b} la somme de {m} en vertu de {l}.\n\n', a=g.nm(dem, 'full'), b=g.nm(dfd, 'full'),
        m=g.amount(500, 15000), l=g.law())
    d.add('[2] ', g.c('court', 2), '\n\n')
    d.f('[3] {t} {b} témoigne qu\'{il} a quitté le logement le {dt}. ', t=g.title(dfd), b=g.nm(dfd, 'last'), il=g.il(dfd), dt=g.date())
    d.add(g.c('housing'), '\n\n')
    d.f('[4] Me {v}, pour la demanderesse, dépose le bail et les photos. Me {w} ne s\'y oppose pas.\n\n', v=g.nm(av1, 'full'), w=g.nm(av2, 'init'))
    d.f('[5] {wd}\n\n', wd=g.word() or g.c('court'))
    d.add('POUR CES MOTIFS, LE TRIBUNAL :\n\nACCUEILLE en partie la demande;\n\n', g.c('court'), '\n\n')
    d.f('__________________________________\n{j}, J.C.Q.\n', j=g.nm(juge, 'caps'))


def fam_fr_rapport_coroner(g, d):
    r = g.r
    dec_ = g.person()
    cor = g.person()
    proche = g.person()
    dob, ymd = g.dob()
    d.f('Bureau du coroner\nRAPPORT D\'INVESTIGATION DU CORONER\nLoi sur la recherche des causes et des circonstances des décès\n\n'
        'concernant le décès de\n{n}\n\n', n=g.nm(dec_, 'caps'))
    d.f('Avis {f}\n\nIDENTIFICATION\n{n}, né{e} le {dob}, domicilié{e} au {ad}, a été identifié{e} visuellement par {rel} {p}.\n\n',
        f=g.fileno(), n=g.nm(dec_, 'full'), e='e' if dec_.sex == 'f' else '', dob=dob, ad=g.addr(),
        rel=g.pick(['son frère,', 'sa sœur,', 'son fils,', 'sa conjointe,', 'une voisine,']), p=g.nm(proche, 'full'))
    d.add('CIRCONSTANCES\n')
    d.f('Le {dt}, vers {t}, les services d\'urgence sont appelés dans le secteur {st}. ', dt=g.date(), t=g.time(), st=g.street())
    d.add(g.c('police', 2), '\n\n', 'EXAMENS ET ANALYSES\n', g.c('med', 2), '\n\n')
    d.f('RECOMMANDATIONS\nJe recommande à {o} de revoir ses procédures, conformément à {l}.\n\n', o=g.anyorg(), l=g.law())
    d.f('{c}\nCoroner\n{dt}\n', c=g.nm(cor, g.pick(['full', 'init'])), dt=g.date())


def fam_fr_export_csv(g, d):
    r = g.r
    d.f('# export_{o}_{y}.csv — séparateur ;\n', o=g.pick(['inscriptions', 'membres', 'benevoles', 'usagers']), y=g.year())
    d.add('"no";"nom";"prenom";"ddn";"telephone";"courriel";"adresse";"code_postal";"remarque"\n')
    for i in range(r.randint(4, 6)):
        p = g.person()
        dob, _ = g.dob()
        last = p.last.upper() if g.chance(0.4) else p.last
        d.f('{n};"{s}";"{gi}";{dob};"{ph}";"{em}";"{ad}";"{pc}";', n=str(1000 + i), s=pii(last, 'PERSON'), gi=g.nm(p, 'first'), dob=dob,
            ph=g.phone(), em=g.email(p) if g.chance(0.7) else '', ad=g.addr_line(), pc=g.postal())
        d.add('"', g.pick([[g.c('gen')], [], ['parent : ', g.nm(g.person(surname=p), 'first')], ['voir ', g.fileno()]]), '"\n')
    d.add('\n', g.c('gen', 2), '\n')


def fam_fr_ordinateur_central(g, d):
    r = g.r
    d.f('SYSTEME CENTRAL - EXTRACTION LOT {f}   PAGE 0001\nDATE TRAITEMENT {ymd}\n', f=g.fileno(), ymd=g.ymd())
    d.add('NO-DOSS  NOM                      PRENOM          DDN       NAS          MUNICIPALITE\n')
    d.add('-------- ------------------------ --------------- --------- ------------ --------------------\n')
    for i in range(r.randint(4, 6)):
        p = g.person()
        y, m, dd = r.randint(1935, 2008), r.randint(1, 12), r.randint(1, 28)
        nom, pre = p.last.upper(), p.first.upper()
        d.add(g.digits(8), ' ', pii(nom, 'PERSON'), ' ' * max(1, 25 - len(nom)), pii(pre, 'PERSON'), ' ' * max(1, 16 - len(pre)),
              pii('%d%02d%02d' % (y, m, dd), 'DOB'), ' ', g.nas(), ' ' * 2, g.city().upper(), '\n')
    d.add('\n*** FIN DU LOT ***\n\nNOTE DE L\'OPERATEUR : ', g.c('gen', 3), '\n')


def fam_fr_formulaire_pdf(g, d):
    p = g.person()
    dob, ymd = g.dob()
    d.f('{o}\nFORMULAIRE DE DEMANDE\n\nNom de famille\nPrénom\nDate de naissance\n{s}\n{gi}\n{dob}\n\n', o=g.org(),
        s=g.nm(p, 'last'), gi=g.nm(p, 'first'), dob=dob)
    d.f('Adresse\n\n{ad}\n\nNuméro d\'assurance maladie           Numéro d\'assurance sociale\n{rq}                         {ns}\n\n',
        ad=g.addr(sep='\n'), rq=g.ramq(p, ymd), ns=g.nas())
    d.f('Téléphone (jour)\nTéléphone (soir)\n{p1}\n{p2}\n\nCourriel\n{em}\n\n', p1=g.phone(), p2=g.phone(), em=g.email(p))
    d.add('Section réservée à l\'administration\n', g.c('gen', 3), '\n')
    d.f('Reçu par : {a}    Date : {dt}\nPage 1 de 2\n', a=g.nm(g.person(), 'init'), dt=g.date())


OCR_SUBS = [('m', 'rn'), ('O', '0'), ('l', '1'), ('é', 'Ã©'), ('è', 'Ã¨'), ('i', 'l'), ('e', 'c')]


def ocr_noise(rng):
    def f(s):
        out = []
        for ch in s:
            if rng.random() < 0.035:
                for a, b in OCR_SUBS:
                    if ch == a:
                        ch = b
                        break
            out.append(ch)
        return ''.join(out)
    return f


def garble_name(g, t):
    """A name as an OCR'd fax renders it: wrong code page, or split over a line."""
    if g.chance(0.3):
        m = t.encode('utf-8').decode('latin-1')
        if m != t and not re.search('[\x80-\x9f]', m):
            return m
    if g.chance(0.35) and len(t) > 7 and ' ' in t:
        i = t.index(' ') + 1 + max(2, min(len(t) - t.index(' ') - 3, 3))
        if t[i - 1].isalpha() and t[i].isalpha():
            return t[:i] + '-\n' + t[i:]
    return t


def fam_fr_fax_ocr_bruite(g, d):
    d.noise = ocr_noise(g.r)
    a, b, p = g.person(), g.person(), g.person()
    dob, _ = g.dob()
    d.f('TÉLÉCOPIE   {ph}   {dt}   P. 01/03\n\nÀ : {a}\nDe : {b}\nTéléc. : {fx}\n\n', ph=g.phone(), dt=g.date(),
        a=pii(garble_name(g, a.first + ' ' + a.last), 'PERSON'), b=pii(garble_name(g, b.first + ' ' + b.last), 'PERSON'), fx=g.phone())
    d.add('Objet : demande de renseignements\n\n')
    d.f('Veuillez trouver ci-joint le dossier de {t} {n}, né{e} le {dob}, demeurant au {ad}. ', t=g.title(p),
        n=pii(garble_name(g, p.first + ' ' + p.last), 'PERSON'), e='e' if p.sex == 'f' else '', dob=dob, ad=g.addr())
    d.add(g.c('med' if g.chance(0.5) else 'gen', 3), '\n\n')
    d.f('No d\'assurance maladie : {rq}\nRéf. : {f}\n\n', rq=g.ramq(p), f=g.fileno())
    d.add('AVIS DE CONFIDENTIALITÉ : ce document est destiné uniquement au destinataire. Si vous l\'avez reçu par erreur, composez le ',
          g.tollfree(), '.\n')


def fam_fr_comite_usagers(g, d):
    ppl = [g.person() for _ in range(g.r.randint(5, 7))]
    sec = g.person()
    d.f('PROCÈS-VERBAL — Comité des usagers, {o}\nRéunion ordinaire du {dt}, {t}, salle {sa}\n\n', o=g.org(), dt=g.date(), t=g.time(),
        sa=g.pick(['B-204', 'polyvalente', 'du conseil', 'Héritage']))
    d.add('Présent·es : ')
    if g.chance(0.3):
        d.add('Absences motivées reçues par courriel. ')
    for i, p in enumerate(ppl[:-1]):
        d.add('; ' if i else '', g.nm(p, g.pick(['full', 'full', 'init'])))
    d.add('\nAbsent·e : ', g.nm(ppl[-1], 'full'), '\nSecrétaire de séance : ', g.nm(sec, 'full'), '\n\n')
    d.add('1. Adoption de l\'ordre du jour\n')
    d.f('Il est proposé par {a}, appuyé par {b}, d\'adopter l\'ordre du jour tel que présenté.\n\n', a=g.nm(ppl[0], 'full'), b=g.nm(ppl[1], 'gi'))
    d.add('2. Suivi des plaintes\n', g.c('gen', 2), '\n')
    d.f('{t} {x} rappelle que le commissaire aux plaintes peut être joint au {tf}.\n\n', t=g.title(ppl[2]), x=g.nm(ppl[2], 'last'), tf=g.tollfree())
    d.f('3. Varia\nRésolution {f} : budget de {m} adopté à l\'unanimité. {wd}\n\n', f=g.fileno(), m=g.amount(200, 9000), wd=g.word() or '')
    d.add(g.c('gen'), '\nLevée de la séance à ', g.time(), '.\n')


def fam_fr_seance_conseil_municipal(g, d):
    mayor = g.person()
    cons = [g.person(sex='f'), g.person(sex='m'), g.person(), g.person()]
    cit = [g.person() for _ in range(2)]
    d.f('MUNICIPALITÉ DE {pl}\nSéance ordinaire du conseil tenue le {dt} à {t}\n\n', pl=g.district(), dt=g.date(), t=g.time())
    d.f('Sont présents la mairesse {m} et les conseillers ', m=g.nm(mayor, 'full'))
    for i, c in enumerate(cons):
        d.add(', ' if i else '', g.nm(c, 'full'))
    d.add('.\n\n')
    d.f('RÉSOLUTION {f}\nSur proposition de la conseillère {a}, appuyée par le conseiller {b}, il est résolu d\'octroyer un contrat de {m} à {o}.\n'
        'Adoptée.\n\n', f=g.fileno(), a=g.nm(cons[0], 'last'), b=g.nm(cons[1], 'full'), m=g.amount(2000, 90000), o=g.org_person())
    d.f('RÉSOLUTION {f}\nTravaux de pavage ({st}) conformément à {l}. ', f=g.fileno(), st=g.street(), l=g.law())
    d.add(g.c('gen'), '\n\n', 'PÉRIODE DE QUESTIONS\n')
    d.f('{a}, du {ad}, se plaint du déneigement. ', a=g.nm(cit[0], 'full'), ad=g.addr_line())
    d.f('{b} demande un arrêt obligatoire près de l\'école. ', b=g.nm(cit[1], g.pick(['full', 'init'])))
    d.add(g.c('gen', 2), '\n\nLevée de l\'assemblée à ', g.time(), '.\n')
    d.f('{m}, mairesse          {s}, greffière\n', m=g.nm(mayor, 'full'), s=g.nm(g.person(sex='f'), 'full'))


def fam_fr_transcription_qr(g, d):
    w = g.person()
    inv = g.person()
    oth = g.person()
    d.f('TRANSCRIPTION — Entrevue d\'enquête administrative\nDossier {f}\nDate : {dt}    Début : {t}\n'
        'Enquêteur : {i}\nPersonne rencontrée : {w}\n\n', f=g.fileno(), dt=g.date(), t=g.time(), i=g.nm(inv, 'full'), w=g.nm(w, 'full'))
    d.f('Q. Pouvez-vous vous identifier pour l\'enregistrement?\nR. Oui, {w}, je demeure au {ad}.\n\n', w=g.nm(w, 'full'), ad=g.addr())
    dob, _ = g.dob()
    d.f('Q. Votre date de naissance?\nR. Le {dob}.\n\n', dob=dob)
    d.f('Q. Connaissez-vous {o}?\nR. Oui, c\'est mon superviseur depuis {y}. ', o=g.nm(oth, 'full'), y=g.year())
    d.add(g.c('work', 2), '\n\n')
    d.f('Q. Que s\'est-il passé le {dt}?\nR. {c} {o} m\'a demandé de rester après {t}.\n\n', dt=g.date(), c=g.c('work'), o=g.nm(oth, 'first'), t=g.time())
    d.f('Q. Avez-vous autre chose à ajouter?\nR. Non. {c}\n\n[Fin de l\'enregistrement à {t}]\n', c=g.c('gen'), t=g.time())


def fam_fr_note_manuscrite(g, d):
    p = g.person()
    q = g.person()
    d.add('[transcription d\'une note manuscrite trouvée au dossier — orthographe conservée]\n\n')
    d.f('{dt} — appel de {n} ({ph}) re: son fils {k}\n', dt=g.date(), n=g.nm(p, 'lower'), ph=g.phone(), k=pii(g.person(surname=p).first.lower(), 'PERSON'))
    d.add('- ', g.c('social'), '\n')
    d.f('- rappeler {q} avant vendredi, cell {ph}\n- adresse: {ad}\n', q=pii(q.first.lower(), 'PERSON'), ph=g.phone(),
        ad=[pii(g.addr_line()[0].lower(), 'ADDRESS'), ' ', g.city().lower()])
    d.add('- ', g.c('gen'), '\n- ', g.c('social'), '\n')
    x = g.person()
    d.f('- nas? {ns}  (à vérifier)\n\n— {i}\n', ns=g.nas(), i=pii(g.initials(x).lower() + ' ' + x.last.lower(), 'PERSON'))


def fam_fr_notes_evolutives(g, d):
    mom = g.person(sex='f')
    kids = g.family(mom, 2)
    bro = g.person(sex='m', origin=mom.origin)
    iv = g.person(sex='f')
    d.f('NOTES ÉVOLUTIVES — {o}\nUsagère : {m}    Dossier : {f}\n\n', o=g.org(), m=g.nm(mom, 'REV'), f=g.fileno())
    d.f('{dt} — Visite à domicile au {ad}. Présents : la mère, sa fille {a} et son garçon {b}. ', dt=g.date(), ad=g.addr_line(),
        a=g.nm(kids[0], 'first'), b=g.nm(kids[1], 'first'))
    d.add(g.c('social', 2), '\n\n')
    d.f('{dt} — Appel de son frère {x}, qui offre d\'héberger {b} quelques jours. {c}\n\n', dt=g.date(), x=g.nm(bro, 'first'),
        b=g.nm(kids[1], 'first'), c=g.c('social'))
    d.f('{dt} — {a} a manqué l\'école trois jours. La mère dit que {a2} était malade. {c}\n\n', dt=g.date(), a=g.nm(kids[0], 'first'),
        a2=g.nm(kids[0], 'first'), c=g.c('school'))
    d.f('{iv}, t.s.\nIntervenante, {ph}{x}\n', iv=g.nm(iv, 'full'), ph=g.phone(intl=False), x=g.ext())


def fam_fr_bulletin_scolaire(g, d):
    k = g.person()
    par = g.person(surname=k) if g.chance(0.6) else g.person()
    t = g.person()
    dob, _ = g.dob()
    d.f('{o}\nBULLETIN — {e}\nÉlève : {k}    Fiche : {f}\nNé(e) le : {dob}    Groupe : {gr}\nTitulaire : {t}\n\n',
        o=g.org() if g.chance(0.5) else g.org_person(), e=g.pick(['Étape 1', 'Étape 2', 'Bilan de fin d\'année']), k=g.nm(k, 'REV'),
        f=g.digits(7), dob=dob, gr=g.pick(['501', '3e année', '202', 'Accueil']), t=g.nm(t, g.pick(['full', 'init'])))
    d.add('Matière                  Résultat   Moyenne du groupe\n')
    for m in g.r.sample(['Français', 'Mathématique', 'Anglais', 'Science', 'Univers social', 'Éducation physique', 'Arts plastiques'], 4):
        d.add('%-24s %3d %%      %3d %%\n' % (m, g.r.randint(52, 98), g.r.randint(68, 82)))
    d.f('\nCommentaire de l\'enseignant(e) :\n{k} {c} ', k=g.nm(k, 'first'), c=g.c('school'))
    d.add(g.c('school', 2), '\n\n')
    d.f('Parent ou tuteur : {p}, {ph}\n', p=g.nm(par, 'full'), ph=g.phone())


def fam_fr_lettre_conge(g, d):
    p = g.person()
    dr = g.person()
    md = g.person()
    dob, ymd = g.dob()
    d.f('{o}\nDépartement de médecine interne\n\n{dt}\n\n{t} {m}\n{ad}\n\nObjet : résumé de congé\nPatient : {p}    DDN : {dob}    RAMQ : {rq}\n\n',
        o=g.org(), dt=g.date(), t=g.doctor(md), m=g.nm(md, 'full'), ad=g.addr(sep='\n'), p=g.nm(p, 'REV'), dob=dob, rq=g.ramq(p, ymd))
    d.f('Cher confrère, chère consœur,\n\nJ\'ai vu {t} {n} du {a} au {b}. ', t=g.title(p), n=g.nm(p, 'last'), a=g.date(), b=g.date())
    d.add(g.c('med', 3), '\n\n')
    d.f('La conjointe, {c}, a reçu l\'enseignement. Elle peut être jointe au {ph}.\n\n', c=g.nm(g.person(sex='f'), 'first'), ph=g.phone())
    d.f('Veuillez agréer mes salutations distinguées.\n\n{t} {dr}\nMédecin résident\nc.c. {cc}\n', t=g.doctor(dr), dr=g.nm(dr, 'full'),
        cc=g.nm(g.person(), 'init'))


def fam_fr_rapport_evenement(g, d):
    ag = g.person()
    sus, vic = g.person(), g.person()
    d.f('RAPPORT D\'ÉVÉNEMENT    No {f}\nUnité : {u}    Agent·e : {a} (matricule {mat})\nDate/heure : {dt}, {t}\nLieu : coin {s1} et {s2}\n\n',
        f=g.fileno(), u=g.pick(['Patrouille 3', 'Poste de quartier 21', 'Section circulation']), a=g.nm(ag, 'full'), mat=g.digits(4),
        dt=g.date(), t=g.time(), s1=g.street(), s2=g.street())
    d.add('NARRATION\n')
    d.f('À notre arrivée, nous rencontrons {v}, qui déclare que le conducteur du véhicule immatriculé {pl} a quitté les lieux. ',
        v=g.nm(vic, 'full'), pl=g.plate())
    d.add(g.c('police', 2), ' ')
    dob, _ = g.dob()
    d.f('Le suspect est identifié comme étant {s} (DDN {dob}), permis de conduire {pc}, domicilié au {ad}.\n\n',
        s=g.nm(sus, g.pick(['REV', 'caps', 'full'])), dob=dob, pc=g.licence(sus), ad=g.addr())
    d.f('Le véhicule de la victime ({pl}) a été examiné. ', pl=g.plate())
    d.add(g.c('police'), ' Infraction à ', g.law(), '.\n\n')
    d.f('Signé : {a}\nVérifié par : sergent {b}\n', a=g.nm(ag, 'init'), b=g.nm(g.person(), 'last'))


def fam_fr_lettre_plainte(g, d):
    p = g.person()
    emp = g.person()
    d.f('{n}\n{ad}\n{ph}\n\n{pl}, le {dt}\n\n{o}\nService des plaintes\n\nObjet : plainte — dossier {f}\n\nMadame, Monsieur,\n\n',
        n=g.nm(p, 'full'), ad=g.addr(sep='\n'), ph=g.phone(), pl=g.city(), dt=g.date(), o=g.anyorg(), f=g.fileno())
    d.f('Le {dt}, je me suis présentée à votre comptoir. La préposée, {e}, a refusé de prendre ma demande. ', dt=g.date(), e=g.nm(emp, 'gi'))
    d.add(g.c('gen', 2), '\n\n')
    d.f('Ma fille {k} était témoin. Je vous demande de revoir ma demande conformément à {l}. J\'ai payé {m} pour rien.\n\n',
        k=g.nm(g.person(surname=p), 'first'), l=g.law(), m=g.amount(20, 600))
    d.f('{c}\n\nVeuillez agréer mes salutations.\n\n{n}\np.j. copie du reçu; copie de ma carte ({rq})\n', c=g.c('gen'), n=g.nm(p, 'full'), rq=g.ramq(p))


def fam_fr_candidature_cv(g, d):
    p = g.person()
    ref = g.person()
    d.f('{N}\n{ad} · {ph} · {em}\n\nOBJECTIF\n{c}\n\nEXPÉRIENCE\n', N=g.nm(p, 'caps'), ad=g.addr(), ph=g.phone(), em=g.email(p), c=g.c('work'))
    for _ in range(2):
        d.f('{a}–{b}  {o}, {pl}\n  • {c}\n', a=g.year(), b=g.year(), o=g.anyorg(), pl=g.place(), c=g.c('work'))
    d.add('\nFORMATION\n')
    d.f('{y}  DEC en techniques administratives, {o}\n\nLANGUES : français, anglais, {l}\n\n', y=g.year(), o=g.org(),
        l=g.pick(['arabe', 'espagnol', 'créole', 'vietnamien', 'tagalog', 'persan', 'somali', 'tigrinya']))
    if g.chance(0.4):
        d.f('PERMIS : classe 5, {pc}\n', pc=g.licence(p))
    d.f('RÉFÉRENCES\n{r}, superviseure, {ph}{x}\n', r=g.nm(ref, 'full'), ph=g.phone(), x=g.ext())


def fam_fr_demande_logement(g, d):
    a = g.person()
    co = g.person()
    dob, ymd = g.dob()
    d.f('DEMANDE DE LOCATION — {o}\nLogement visé : {u}\n\nLOCATAIRE 1\nNom, prénom : {n}\nDate de naissance : {dob}\nPermis de conduire : {pc}\n'
        'Adresse actuelle : {ad}\nDepuis : {y}\nTéléphone : {ph}\n\n', o=g.org() if g.chance(0.5) else g.org_person(),
        u=g.addr_line(), n=g.nm(a, 'rev'), dob=dob, pc=g.licence(a), ad=g.addr(), y=g.year(), ph=g.phone())
    d.f('LOCATAIRE 2\nNom, prénom : {n}\nCourriel : {em}\n\nPropriétaire actuel : {pr}, {pph}\nEmployeur : {emp}, revenu annuel {m}\n\n',
        n=g.nm(co, 'rev'), em=g.email(co), pr=g.nm(g.person(), 'full'), pph=g.phone(), emp=g.anyorg(), m=g.amount(25000, 90000))
    d.add('Véhicule (stationnement) : ', g.plate(), '\n')
    d.add('Enfants : ', g.nm(g.person(surname=a), 'first'), ' (', str(g.r.randint(2, 15)), ' ans)\n\n', g.c('housing', 3), '\n')


def fam_fr_talon_paie(g, d):
    p = g.person()
    d.f('{o}\nRELEVÉ DE PAIE    Période du {a} au {b}\n\nEmployé(e) : {n}    Matricule : {m}\nNAS : {ns}\nAdresse : {ad}\n\n',
        o=g.anyorg(), a=g.date(), b=g.date(), n=g.nm(p, 'REV'), m=g.digits(6), ns=g.nas(), ad=g.addr())
    d.add('Description            Heures     Montant\n')
    for lab in ['Salaire régulier', 'Heures supp.', 'Impôt fédéral', 'Impôt Québec', 'RRQ', 'Assurance-emploi', 'RQAP']:
        d.add('%-22s %6s     ' % (lab, '%.2f' % g.r.uniform(1, 80) if 'eures' in lab or 'régulier' in lab else ''), g.amount(10, 2500), '\n')
    d.f('\nNet versé par dépôt direct — ', )
    d.add(g.bank(), '\n\n', g.c('work', 3), '\n')


def fam_fr_releve_bancaire(g, d):
    p = g.person()
    d.f('{o}\nRelevé de compte    {mo} {y}\n\n{n}\n{ad}\n\n', o=dec(g.hp(['Caisse Desjardins du Vieux-Port', 'Banque Laurentienne',
        'Banque Nationale', 'Caisse populaire de la Haute-Côte', 'Caisse Desjardins des Moulins', 'Banque Manuvie']), 'ORG'), mo=g.month(), y=g.year(), n=g.nm(p, 'caps'), ad=g.addr(sep='\n'))
    d.add('Folio : ', g.bank(grouped=True), '\n')
    d.add('Carte liée : ', g.card() if g.chance(0.6) else g.masked_card(), '\n\n')
    d.add('Date        Description                          Retrait      Dépôt\n')
    for _ in range(g.r.randint(4, 6)):
        desc = g.pick([['Virement Interac à ', g.nm(g.person(), 'full')], ['Paiement carte ', g.masked_card()], ['Dépôt paie ', g.org()],
                       ['Prélèvement ', g.org_person()], ['Retrait GAB ', g.place()], ['Virement de ', g.nm(g.person(), 'gi')]])
        d.add(g.date(), '  ', desc, '   ', g.amount(5, 1800), '\n')
    d.add('\n', g.c('money', 3), '\n')


def fam_fr_registre_bapteme(g, d):
    k = g.person()
    fa, mo = g.person(sex='m', surname=k), g.person(sex='f')
    pa, ma = g.person(sex='m'), g.person(sex='f')
    cure = g.person(sex='m')
    dob, _ = g.dob()
    d.f('REGISTRE DES BAPTÊMES — {o}\nActe no {f}\n\n', o=dec(g.hp(['Fabrique de la paroisse Sainte-Famille', 'Paroisse Saint-Esprit-de-la-Rive',
        'Paroisse Notre-Dame-des-Neiges', 'Communauté chrétienne Saint-Laurent', 'Paroisse Sainte-Trinité', 'Paroisse du Saint-Sacrement']), 'ORG'),
        f=g.fileno())
    d.f('Le {dt}, nous, prêtre soussigné, avons baptisé {k}, né{e} le {dob}, {fil} de {fa} et de {mo}, domiciliés au {ad}.\n',
        dt=g.date(), k=g.nm(k, 'full'), e='e' if k.sex == 'f' else '', dob=dob, fil='fille' if k.sex == 'f' else 'fils',
        fa=g.nm(fa, 'full'), mo=g.nm(mo, 'full'), ad=g.addr_line())
    d.f('Parrain : {p} ; marraine : {m}.\n', p=g.nm(pa, 'full'), m=g.nm(ma, 'full'))
    d.add(g.c('rite', 2), ' ', g.c('gen'), '\n\n')
    d.f('{fa}        {mo}\n{pa}        {ma}\n{c}, curé\n', fa=g.nm(fa, 'full'), mo=g.nm(mo, 'full'), pa=g.nm(pa, 'full'), ma=g.nm(ma, 'full'),
        c=g.nm(cure, 'full'))


def fam_fr_registre_salon_funeraire(g, d):
    dfn = g.person()
    dob, _ = g.dob()
    d.f('{o}\nLivre de condoléances\nÀ la mémoire de {n} ({dob} – {dt})\n\n', o=g.org_person(), n=g.nm(dfn, 'full'), dob=dob, dt=g.date())
    for _ in range(g.r.randint(4, 6)):
        v = g.person()
        d.add(g.pick([[g.nm(v, 'full'), ' et famille'], [g.nm(v, 'full')], [g.nm(v, 'full'), ' / ', g.nm(g.person(surname=v), 'first')],
                      [g.nm(v, 'init')]]), g.pick([' — ', ', ']), g.pick([[g.city()], [g.addr_line()], [g.email(v)], [g.phone()]]), '\n')
        if g.chance(0.5):
            d.add('   « ', g.c('rite'), ' »\n')
    d.add('\n', g.c('rite', 2), '\n')


def fam_fr_presences_garderie(g, d):
    d.f('{o} — Feuille de présence, groupe {gr}\nSemaine du {dt}\n\n', o=dec(g.hp(['Garderie Les Petits Pinsons', 'CPE Les Marmots',
        'CPE La Ribambelle', 'Garderie éducative Arc-en-ciel', 'CPE Les Petits Explorateurs', 'Halte-garderie La Marelle']), 'ORG'), gr=g.pick(['Papillons', 'Coccinelles', 'Grenouilles', 'Hiboux']), dt=g.date())
    d.add('Enfant           | Arrivée | Signature        | Départ | Signature        | Note\n')
    for _ in range(g.r.randint(4, 6)):
        k = g.person()
        par = g.person(surname=k) if g.chance(0.7) else g.person()
        d.add(g.nm(k, 'gi'), ' | ', g.time(), ' | ', g.nm(par, g.pick(['init', 'first', 'full'])), ' | ', g.time(), ' | ',
              g.nm(g.person(), g.pick(['first', 'init'])), ' | ', g.pick(['', 'part avec sa grand-mère', 'allergie arachides', 'rdv dentiste']), '\n')
    d.add('\n', g.c('care', 3), '\n')
    d.f('Éducatrice responsable : {e}    Urgence : {ph}\n', e=g.nm(g.person(sex='f'), 'full'), ph=g.phone())


def fam_fr_formulaire_immigration(g, d):
    p = g.person(origin=g.pick(['mg', 'lv', 'ht', 'vn', 'zh', 'la', 'af', 'sa', 'fa', 'so', 'er', 'ph', 'tr', 'hy']))
    sp = g.person(origin=p.origin)
    dob, _ = g.dob()
    d.f('{o}\nDemande de certificat de sélection — Formulaire A-0520\n\n1. Nom de famille / Surname : {s}\n2. Prénom(s) / Given name(s) : {gi}\n'
        '3. Date de naissance / Date of birth : {dob}\n4. Pays de naissance : {pays}\n5. Passeport no : {pp}\n\n', o=dec('Ministère de l\'Immigration, de la Francisation et de l\'Intégration', 'ORG'),
        s=g.nm(p, 'lastcaps'), gi=g.nm(p, 'first'), dob=dob, pays=g.place(), pp=g.passport())
    d.add('6. Adresse à l\'étranger : ', g.addr_foreign(), '\n')
    d.f('7. Téléphone : {ph}\n8. Conjoint·e : {sp}\n9. Adresse au Québec (s\'il y a lieu) : {ad}\n\n', ph=g.phone(intl=True), sp=g.nm(sp, 'REV'), ad=g.addr())
    d.add('Section réservée au Ministère\n', g.c('gen', 3), '\nDossier : ', g.fileno(), '\n')


def fam_fr_note_expert_sinistre(g, d):
    ins = g.person()
    adj = g.person()
    d.f('NOTES DE L\'EXPERT EN SINISTRE — réclamation {f}\nAssuré(e) : {n}    Police : {pol}\nLieu du sinistre : {ad}\n\n', f=g.fileno(),
        n=g.nm(ins, 'full'), pol=g.digits(9), ad=g.addr())
    d.f('{dt} {t} — Appel avec l\'assurée. Son conjoint {c} était présent lors du dégât. ', dt=g.date(), t=g.time(), c=g.nm(g.person(), 'first'))
    d.add(g.c('money', 2), '\n')
    d.f('{dt} — Visite des lieux avec l\'entrepreneur {o}. {c}\n', dt=g.date(), o=g.org_person(), c=g.c('money'))
    d.f('{dt} — Paiement partiel de {m} autorisé. Carte au dossier : {mc}; franchise payée avec la carte {cc}. Dépôt : ', dt=g.date(),
        m=g.amount(300, 20000), mc=g.masked_card(), cc=g.card())
    d.add(g.bank(), '\n\n', g.word(), '\n\n')
    d.f('— {a}, expert en sinistre, {ph}\n', a=g.nm(adj, 'init'), ph=g.phone())


def fam_en_slack_thread(g, d):
    r = g.r
    ppl = [g.person() for _ in range(r.randint(3, 4))]
    cl = g.person()
    d.f('#{ch} | {o}\nExported {dt}\n\n', ch=g.pick(['intake', 'case-review', 'front-desk', 'housing-team']), o=g.anyorg(), dt=g.date())
    msgs = [
        lambda: g.c('chat', 2),
        lambda: ['Hi ', g.nm(ppl[1], 'first'), ' — can you call ', g.nm(cl, 'full'), ' back at ', g.phone(), '? ', g.c('chat')],
        lambda: ['@', pii(g.handle(ppl[2]), 'PERSON'), ' ', g.c('chat')],
        lambda: ['Client moved, new address is ', g.addr(), '.'],
        lambda: ['Her brother ', g.nm(g.person(sex='m', origin=cl.origin), 'first'), ' will bring the papers on ', g.date(), '.'],
        lambda: ['Ticket ', g.fileno(), ' closed. ', g.c('gen')],
        lambda: ['Use ', g.email(cl), ' for the mother, not the old one.'],
        lambda: [g.word()],
    ]
    order = list(range(len(msgs)))
    r.shuffle(order)
    for i in order[:r.randint(5, 8)]:
        a = ppl[0] if i in (1, 2) else g.pick(ppl)
        d.add(g.nm(a, 'full'), '  ', g.time(), '\n', msgs[i](), '\n')
        if g.chance(0.35):
            d.add(g.pick([':thumbsup: 2', ':eyes: 1', ':white_check_mark: 3', ':pray: 1  :thumbsup: 1']), '\n')
        if g.chance(0.3):
            d.add(str(r.randint(1, 4)), ' replies\n    ', g.nm(g.pick(ppl), 'full'), '  ', g.time(), '\n    ', g.c('chat'), '\n')
        d.add('\n')


def fam_en_outlook_chain(g, d):
    a, b, c = g.person(), g.person(), g.person()
    subj = g.pick(['Lease renewal', 'Missing documents', 'RE: complaint follow-up', 'Reference request'])
    d.f('From: {a} <{ea}>\nSent: {day}, {dt} {t}\nTo: {b}\nCc: {c}; {x}\nSubject: FW: {s}\n\n', a=g.nm(a, 'full'), ea=g.email(a, org=True),
        day=g.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']), dt=g.date(), t=g.time(), b=g.nm(b, 'full'), c=g.nm(c, 'REV'),
        x=g.email(g.person()), s=subj)
    d.f('Hi {b},\n\nSee below. ', b=g.nm(b, 'first'))
    d.add(g.c('gen', 2), '\n\nThanks,\n')
    d.f('{a}\n{ti} | {o}\nDirect: {ph}{x}   Toll-free: {tf}\n\n', a=g.nm(a, 'full'), ti=g.pick(['Senior Case Coordinator', 'HR Advisor',
        'Property Manager', 'Claims Examiner', 'Registrar']), o=g.anyorg(), ph=g.phone(intl=False), x=g.ext(), tf=g.tollfree())
    d.add('________________________________\n')
    d.f('From: {c} <{ec}>\nSent: {dt}\nTo: {a}\nSubject: {s}\n\n', c=g.nm(c, 'full'), ec=g.email(c), dt=g.date(), a=g.nm(a, 'full'), s=subj)
    d.f('Good morning,\n\nI now live at {ad}. ', ad=g.addr() if g.chance(0.6) else g.addr_foreign())
    d.add(g.c('housing'), ' ')
    if g.chance(0.4):
        d.f('My {c} passport number is {pp}. ', c=g.place(), pp=g.passport())
    d.f('You can reach me at {ph} or on my wife {w}\'s cell, {ph2}.\n\nRegards,\n{c}\n', ph=g.phone(), w=g.nm(g.person(sex='f'), 'first'),
        ph2=g.phone(), c=g.nm(c, g.pick(['first', 'full', 'init'])))


def fam_en_judgment_excerpt(g, d):
    p1, p2, j = g.person(), g.person(), g.person()
    l1, l2 = g.person(), g.person()
    d.f('SUPERIOR COURT\n(Civil Division)\n\nCANADA\nPROVINCE OF QUEBEC\nDISTRICT OF {pl}\n\nNo.: {f}\n\nDATE: {dt}\n\nPRESIDING: THE HONOURABLE {j}, J.S.C.\n\n',
        pl=g.district(), f=g.fileno(), dt=g.date(), j=g.nm(j, 'caps'))
    d.f('{a}\nPlaintiff\nv.\n{b}\nDefendant\n\nJUDGMENT\n\n', a=g.nm(p1, 'caps'), b=g.nm(p2, 'caps'))
    d.f('[1] The plaintiff, {a}, claims {m} from the defendant under {l}.\n\n', a=g.nm(p1, 'full'), m=g.amount(2000, 80000), l=g.law())
    d.add('[2] ', g.c('court', 2), '\n\n')
    d.f('[3] {t} {b} testified that {he} paid the contractor on {dt}. ', t=g.title(p2), b=g.nm(p2, 'last'), he=g.il(p2), dt=g.date())
    d.add(g.c('court'), '\n\n')
    d.f('[4] Counsel for the plaintiff, {x}, filed exhibits P-1 to P-6; {y} appeared for the defendant.\n\n', x=g.nm(l1, 'init'), y=g.nm(l2, 'full'))
    d.add('FOR THESE REASONS, THE COURT:\n\nGRANTS the application in part;\n\n')
    d.f('__________________________\n{j}, J.S.C.\n\n{x}\nCounsel for the plaintiff\n', j=g.nm(j, 'caps'), x=g.nm(l1, 'full'))


def fam_en_coroner_inquest(g, d):
    dc, cor, rel = g.person(), g.person(), g.person()
    dob, _ = g.dob()
    d.f('{o}\nINVESTIGATION REPORT\nConcerning the death of {n}\nFile {f}\n\n', o=dec('Office of the Chief Coroner', 'ORG'), n=g.nm(dc, 'caps'), f=g.fileno())
    d.f('IDENTIFICATION\n{n}, born {dob}, residing at {ad}, was identified by {r} {x}.\n\n', n=g.nm(dc, 'full'), dob=dob, ad=g.addr(),
        r=g.pick(['a cousin,', 'his sister,', 'her son,', 'a neighbour,', 'the landlord,']), x=g.nm(rel, 'full'))
    d.f('CIRCUMSTANCES\nOn {dt} at about {t}, paramedics were called to a residence on {st}. ', dt=g.date(), t=g.time(), st=g.street())
    d.add(g.c('police', 2), '\n\nEXAMINATIONS\n', g.c('med', 2), '\n\n')
    d.f('RECOMMENDATION\nI recommend that {o} review its procedures under {l}.\n\n{c}\nCoroner\n', o=g.anyorg(), l=g.law(), c=g.nm(cor, 'full'))


def fam_en_fixed_width_dump(g, d):
    d.f('LEGACY HR EXTRACT  RUN {ymd}  JOB {f}\n', ymd=g.ymd(), f=g.fileno())
    d.add('EMPNO  SURNAME              GIVEN          BIRTHDT  SIN        PHONE\n')
    d.add('------ -------------------- -------------- -------- ---------- ---------------\n')
    for _ in range(g.r.randint(4, 6)):
        p = g.person()
        s, gv = p.last.upper(), p.first.upper()
        d.add(g.digits(6), ' ', pii(s, 'PERSON'), ' ' * max(1, 21 - len(s)), pii(gv, 'PERSON'), ' ' * max(1, 15 - len(gv)),
              pii('%d%02d%02d' % (g.r.randint(1950, 2004), g.r.randint(1, 12), g.r.randint(1, 28)), 'DOB'), ' ',
              pii(luhn_complete(g.pick('12345679'), 9, g.r), 'NAS'), ' ', g.phone(intl=False), '\n')
    d.add('\nRECORDS READ 000006  WRITTEN 000006\n\nOPERATOR NOTE: ', g.c('work', 3), '\n')


def fam_en_pdf_form_text(g, d):
    p = g.person()
    dob, ymd = g.dob()
    d.f('{o}\nAPPLICATION FOR SERVICES\n\nLast name                 First name              Date of birth\n{s}\n{f}\n{dob}\n\n',
        o=g.org(), s=g.nm(p, 'lastcaps'), f=g.nm(p, 'first'), dob=dob)
    d.f('Home address\nCity / Province / Postal code\n{a}\n\nHealth insurance no.      Social insurance no.\n{rq}            {ns}\n\n',
        a=g.addr(sep='\n'), rq=g.ramq(p, ymd), ns=g.nas())
    d.f('Emergency contact\nRelationship\nPhone\n{e}\n{rel}\n{ph}\n\n', e=g.nm(g.person(), 'full'), rel=g.pick(['Sister', 'Neighbour', 'Spouse', 'Son']), ph=g.phone())
    d.add('For office use only\n', g.c('gen', 3), '\n')
    d.f('Received by {a} on {dt}                Page 1 of 3\n', a=g.nm(g.person(), 'gi'), dt=g.date())


def fam_en_interview_transcript(g, d):
    w, iv, o = g.person(), g.person(), g.person()
    d.f('TRANSCRIPT OF INTERVIEW\nFile: {f}    Date: {dt}    Start: {t}\nPresent: {i} (interviewer); {w}\n\n', f=g.fileno(), dt=g.date(), t=g.time(),
        i=g.nm(iv, 'full'), w=g.nm(w, 'full'))
    W = (g.title(w).upper().rstrip('.') + '. ' if g.chance(0.5) else g.title(w).upper() + ' ')
    d.add('INTERVIEWER: Please state your name for the record.\n', W, g.nm(w, 'lastcaps'), ': ', g.nm(w, 'full'), '.\n')
    dob, _ = g.dob()
    d.add('INTERVIEWER: And your date of birth?\n', W, g.nm(w, 'lastcaps'), ': ', dob, '.\n')
    d.add('INTERVIEWER: Do you know ', g.nm(o, 'full'), '?\n', W, g.nm(w, 'lastcaps'), ': Yes, ', g.nm(o, 'first'), ' was my team lead. ', g.c('work'), '\n')
    d.add('INTERVIEWER: What happened that night?\n', W, g.nm(w, 'lastcaps'), ': ', g.c('police', 2), '\n')
    d.add('INTERVIEWER: Anything else?\n', W, g.nm(w, 'lastcaps'), ': No. ', g.c('gen'), '\n\n[Recording ends at ', g.time(), ']\n')


def fam_en_case_notes_family(g, d):
    mom = g.person(sex='f')
    kids = g.family(mom, 2)
    bro = g.person(sex='m', origin=mom.origin)
    w = g.person()
    d.f('CASE NOTES — {o}\nClient: {m}    File: {f}\n\n', o=g.org(), m=g.nm(mom, 'REV'), f=g.fileno())
    d.f('{dt} — Home visit at {ad}. Mother present with her son {a} and daughter {b}. ', dt=g.date(), ad=g.addr_line(), a=g.nm(kids[0], 'first'),
        b=g.nm(kids[1], 'first'))
    d.add(g.c('social', 2), '\n\n')
    d.f('{dt} — Her brother {x} called; he can take {a} on weekends. {c}\n\n', dt=g.date(), x=g.nm(bro, 'first'), a=g.nm(kids[0], 'first'), c=g.c('social'))
    d.f('{dt} — {b} missed three days of school. {c}\n\n', dt=g.date(), b=g.nm(kids[1], 'first'), c=g.c('school'))
    d.f('{w}, social worker, {ph}{x}\n', w=g.nm(w, 'full'), ph=g.phone(intl=False), x=g.ext())


def fam_en_report_card(g, d):
    k, t = g.person(), g.person()
    par = g.person(surname=k) if g.chance(0.6) else g.person()
    dob, _ = g.dob()
    d.f('{o}\nREPORT CARD — {term}\nStudent: {k}    ID: {id}\nDate of birth: {dob}    Homeroom: {t}\n\n', o=g.org() if g.chance(0.5) else g.org_person(),
        term=g.pick(['Term 1', 'Term 2', 'Final']), k=g.nm(k, 'REV'), id=g.digits(7), dob=dob, t=g.nm(t, g.pick(['full', 'init'])))
    d.add('Subject                 Mark   Class avg\n')
    for m in g.r.sample(['English', 'French', 'Mathematics', 'Science', 'History', 'Physical Education', 'Music'], 4):
        d.add('%-23s %3d%%   %3d%%\n' % (m, g.r.randint(50, 99), g.r.randint(66, 84)))
    d.f('\nTeacher comments:\n{k} {c} ', k=g.nm(k, 'first'), c=g.c('school'))
    d.add(g.c('school', 2), '\n\nParent/guardian: ', g.nm(par, 'full'), ', ', g.email(par), '\n')


def fam_en_discharge_summary(g, d):
    p, dr, gp = g.person(), g.person(), g.person()
    dob, ymd = g.dob()
    d.f('{o}\nDISCHARGE SUMMARY\n\nPatient: {p}\nDOB: {dob}    Medicare: {rq}\nAdmitted: {a}    Discharged: {b}\nFamily physician: Dr. {gp}\n\n',
        o=g.org(), p=g.nm(p, 'REV'), dob=dob, rq=g.ramq(p, ymd), a=g.date(), b=g.date(), gp=g.nm(gp, 'full'))
    d.f('{t} {n} was admitted through the emergency department. ', t=g.title(p), n=g.nm(p, 'last'))
    d.add(g.c('med', 3), '\n\n')
    d.f('Daughter ({d}) was present for teaching and can be reached at {ph}.\n\nDr. {dr}\nAttending physician\ncc: {gp}\n', d=g.nm(g.person(sex='f', surname=p), 'first'),
        ph=g.phone(), dr=g.nm(dr, 'full'), gp=g.nm(gp, 'init'))


def fam_en_incident_narrative(g, d):
    of, sus, vic = g.person(), g.person(), g.person()
    d.f('INCIDENT REPORT  #{f}\nReporting officer: Cst. {o} (badge {b})\nDate/time: {dt} {t}\nLocation: {s1} at {s2}\n\n', f=g.digits(7), o=g.nm(of, 'full'),
        b=g.digits(4), dt=g.date(), t=g.time(), s1=g.street(), s2=g.street())
    d.f('NARRATIVE\nOn arrival I spoke with the complainant, {v}, who stated that a vehicle bearing plate {pl} struck her parked car. ', v=g.nm(vic, 'full'),
        pl=g.plate())
    d.add(g.c('police', 2), ' ')
    dob, _ = g.dob()
    d.f('The driver was identified as {s}, DOB {dob}, licence {lc}, of {ad}.\n\n', s=g.nm(sus, g.pick(['REV', 'caps', 'full'])), dob=dob,
        lc=g.licence(sus), ad=g.addr())
    d.add(g.c('police'), ' Charged under ', g.law(), '.\n\nReviewed by Sgt. ', g.nm(g.person(), 'last'), '\n')


def fam_en_complaint_letter(g, d):
    p, emp = g.person(), g.person()
    d.f('{n}\n{ad}\n{em}\n\n{dt}\n\n{o}\nAttn: Complaints Officer\n\nRe: File {f}\n\nDear Sir or Madam,\n\n', n=g.nm(p, 'full'), ad=g.addr(sep='\n'), em=g.email(p),
        dt=g.date(), o=g.anyorg(), f=g.fileno())
    d.f('On {dt} I went to your office on {st}. The clerk, {e}, refused my application. ', dt=g.date(), st=g.street(), e=g.nm(emp, 'gi'))
    d.add(g.c('gen', 2), '\n\n')
    d.f('My son {k} was with me. I was charged {m}, which I believe breaches {l}.\n\n{c}\n\nSincerely,\n\n{n}\nEncl.: receipt; health card copy ({rq})\n',
        k=g.nm(g.person(sex='m', surname=p), 'first'), m=g.amount(20, 500), l=g.law(), c=g.c('gen'), n=g.nm(p, 'full'), rq=g.ramq(p))


def fam_en_cv_excerpt(g, d):
    p, ref = g.person(), g.person()
    d.f('{N}\n{ad} | {ph} | {em}\n\nPROFILE\n{c}\n\nEXPERIENCE\n', N=g.nm(p, 'caps'), ad=g.addr(), ph=g.phone(), em=g.email(p), c=g.c('work'))
    for _ in range(2):
        d.f('{a}–{b}  {o}, {pl}\n  - {c}\n', a=g.year(), b=g.year(), o=g.anyorg(), pl=g.place(), c=g.c('work'))
    d.f('\nEDUCATION\n{y}  Diploma in Office Administration, {o}\n\nREFERENCES\n{r}, former supervisor, {ph}{x}\n', y=g.year(), o=g.org(),
        r=g.nm(ref, 'full'), ph=g.phone(), x=g.ext())


def fam_en_rental_application(g, d):
    a, co = g.person(), g.person()
    dob, _ = g.dob()
    d.f('RENTAL APPLICATION — {o}\nUnit applied for: {u}\n\nApplicant: {n}\nDate of birth: {dob}\nDriver\'s licence: {lc}\nCurrent address: {ad}\nPhone: {ph}\n\n',
        o=g.org() if g.chance(0.5) else g.org_person(), u=g.addr_line(), n=g.nm(a, 'rev'), dob=dob, lc=g.licence(a), ad=g.addr(), ph=g.phone())
    d.f('Co-applicant: {n}\nEmail: {em}\nCurrent landlord: {pr}, {pph}\nEmployer: {emp}, annual income {m}\n\n', n=g.nm(co, 'rev'), em=g.email(co),
        pr=g.nm(g.person(), 'full'), pph=g.phone(), emp=g.anyorg(), m=g.amount(25000, 95000))
    d.add('Vehicle plate: ', g.plate(), '\n')
    d.add('Children: ', g.nm(g.person(surname=a), 'first'), ' / ', g.nm(g.person(surname=a), 'first'), '\n\n', g.c('housing', 3), '\n')


def fam_en_pay_stub(g, d):
    p = g.person()
    d.f('{o}\nEARNINGS STATEMENT    Pay period {a} to {b}\n\nEmployee: {n}    Emp. no. {m}\nSIN: {ns}\nAddress: {ad}\n\n', o=dec('Sunnybrook Payroll Services', 'ORG') if g.chance(0.3) else g.anyorg(),
        a=g.date(), b=g.date(), n=g.nm(p, 'REV'), m=g.digits(6), ns=g.nas(), ad=g.addr())
    d.add('Item                   Hours      Amount\n')
    for lab in ['Regular pay', 'Overtime', 'Federal tax', 'Quebec tax', 'QPP', 'EI', 'QPIP', 'Union dues']:
        d.add('%-22s %6s     ' % (lab, '%.2f' % g.r.uniform(1, 80) if lab in ('Regular pay', 'Overtime') else ''), g.amount(10, 2500), '\n')
    d.add('\nNet pay deposited to ', g.bank(), '\n\n', g.c('work', 3), '\n')


def fam_en_bank_statement(g, d):
    p = g.person()
    d.f('{o}\nAccount statement  {mo} {y}\n\n{n}\n{ad}\n\nAccount: ', o=dec(g.hp(['Royal Bank of Canada', 'Scotiabank', 'TD Canada Trust', 'Tangerine', 'HSBC Canada', 'Simplii Financial']), 'ORG'),
        mo=g.month(), y=g.year(), n=g.nm(p, 'caps'), ad=g.addr(sep='\n'))
    d.add(g.bank(grouped=True), '\nLinked card: ', g.card() if g.chance(0.6) else g.masked_card(), '\n\nDate        Description                          Withdrawal   Deposit\n')
    for _ in range(g.r.randint(4, 6)):
        desc = g.pick([['e-Transfer to ', g.nm(g.person(), 'full')], ['Card purchase ', g.masked_card()], ['Payroll ', g.org()], ['Pre-auth debit ', g.org_person()],
                       ['e-Transfer from ', g.nm(g.person(), 'gi')], ['ATM ', g.place()]])
        d.add(g.date(), '  ', desc, '   ', g.amount(5, 1800), '\n')
    d.add('\n', g.c('money', 3), '\n')


def fam_en_adjuster_notes(g, d):
    ins, adj = g.person(), g.person()
    d.f('ADJUSTER NOTES — Claim {f}\nInsured: {n}    Policy {pol}\nLoss location: {ad}\n\n', f=g.fileno(), n=g.nm(ins, 'full'), pol=g.digits(9), ad=g.addr())
    d.f('{dt} {t} — Spoke with insured; her partner {c} discovered the leak. ', dt=g.date(), t=g.time(), c=g.nm(g.person(), 'first'))
    d.add(g.c('money', 2), '\n')
    d.f('{dt} — Site visit with {o}. {c}\n', dt=g.date(), o=g.org_person(), c=g.c('money'))
    d.f('{dt} — Advance of {m} approved. Card on file {mc}; insured asked to use card {cc} instead. ', dt=g.date(), m=g.amount(300, 15000),
        mc=g.masked_card(), cc=g.card())
    d.add(g.word(), '\n\n— ', g.nm(adj, 'init'), ', adjuster, ', g.phone(), '\n')


def fam_en_immigration_form(g, d):
    p = g.person(origin=g.pick(['mg', 'lv', 'ht', 'vn', 'zh', 'ko', 'la', 'af', 'sa', 'fa', 'so', 'er', 'ph', 'tr', 'hy', 'sl', 'pt']))
    sp = g.person(origin=p.origin)
    dob, _ = g.dob()
    d.f('{o}\nGeneric Application Form for Canada\n\n1. Surname/Nom: {s}\n2. Given name(s)/Prénom(s): {gi}\n3. Date of birth: {dob}\n4. Passport no.: {pp}\n'
        '5. Country of residence: {c}\n', o=dec('Immigration, Refugees and Citizenship Canada', 'ORG'), s=g.nm(p, 'lastcaps'), gi=g.nm(p, 'first'), dob=dob,
        pp=g.passport(), c=g.place())
    d.add('6. Residential address: ', g.addr_foreign(), '\n')
    d.f('7. Telephone: {ph}\n8. Spouse: {sp}\n9. Email: {em}\n\n', ph=g.phone(intl=True), sp=g.nm(sp, 'REV'), em=g.email(p))
    d.add('For official use\n', g.c('gen', 3), '\nUCI: ', g.fileno(), '\n')


def fam_en_hockey_scoresheet(g, d):
    d.f('{o}\nOFFICIAL GAME SHEET — Game {f}\n{dt}  {t}  at {a}\n\n', o=dec('Maple Leaf Minor Hockey Association', 'ORG'), f=g.fileno(), dt=g.date(), t=g.time(),
        a=dec(g._pfill(g.pick(['{G} {S} Memorial Arena', '{S} Arena', 'Arena {G}-{S}'])), 'ORG'))
    d.add('HOME                              VISITORS\n')
    for _ in range(g.r.randint(4, 6)):
        a, b = g.person(), g.person()
        d.add('#%-3d ' % g.r.randint(1, 99), g.nm(a, g.pick(['REV', 'REVC', 'gi'])), '    ', '#%-3d ' % g.r.randint(1, 99), g.nm(b, g.pick(['REV', 'REVC', 'gi'])), '\n')
    d.add('\nReferee: ', g.nm(g.person(), 'full'), '   Linesman: ', g.nm(g.person(), 'init'), '\n')
    d.add('Penalties: 2 min tripping (#', str(g.r.randint(2, 40)), ') at ', g.time(), '\n\n', g.c('care', 3), '\n')


def fam_en_funeral_register(g, d):
    dfn = g.person()
    dob, _ = g.dob()
    d.f('{o}\nRegister of Visitors\nIn loving memory of {n}\n{dob} – {dt}\n\n', o=g.org_person(), n=g.nm(dfn, 'full'), dob=dob, dt=g.date())
    for _ in range(g.r.randint(4, 6)):
        v = g.person()
        d.add(g.pick([[g.nm(v, 'full'), ' & family'], [g.nm(v, 'full')], [g.nm(v, 'full'), ' / ', g.nm(g.person(), 'full')], [g.nm(v, 'init')]]),
              g.pick([' — ', ', ']), g.pick([[g.city()], [g.addr_line()], [g.email(v)], [g.phone()]]), '\n')
        if g.chance(0.5):
            d.add('   "', g.c('rite'), '"\n')
    d.add('\n', g.c('rite', 2), '\n')


def fam_en_reference_check_call(g, d):
    cand, refp, hr = g.person(), g.person(), g.person()
    d.f('REFERENCE CHECK — phone call\nCandidate: {c}\nReferee: {r}, {ti}, {o}\nPhone: {ph}{x}\nCalled by: {h}   {dt} {t}\n\n', c=g.nm(cand, 'full'),
        r=g.nm(refp, 'full'), ti=g.pick(['Operations Manager', 'Head Nurse', 'Store Manager', 'Principal']), o=g.anyorg(), ph=g.phone(), x=g.ext(),
        h=g.nm(hr, 'init'), dt=g.date(), t=g.time())
    d.f('Q: How long did you work with {c}?\nA: About three years, from {y}. ', c=g.nm(cand, 'first'), y=g.year())
    d.add(g.c('work'), '\nQ: Strengths?\nA: ', g.c('work', 2), '\nQ: Would you rehire?\nA: Yes. ', g.c('work'), '\n\n')
    d.f('Notes: referee prefers e-mail ({em}).\n', em=g.email(refp))


def fam_en_csv_export(g, d):
    d.f('# members_{y}.csv\n', y=g.year())
    d.add('id,last_name,first_name,birth_date,phone,email,street,postal_code,notes\n')
    for i in range(g.r.randint(4, 6)):
        p = g.person()
        dob, _ = g.dob()
        d.add(str(200 + i), ',', pii(p.last, 'PERSON'), ',', g.nm(p, 'first'), ',"', dob, '",', g.phone(), ',', g.email(p), ',"', g.addr_line(), '",', g.postal(), ',"',
              g.pick([[g.c('gen')], [], ['guardian: ', g.nm(g.person(), 'full')], ['see ', g.fileno()]]), '"\n')
    d.add('\n', g.c('gen', 2), '\n')


FAMILIES = [(name[4:], name[4:6], fn) for name, fn in sorted(globals().items()) if name.startswith('fam_') and callable(fn)]


# ---------------------------------------------------------------------------
# Checks shared by generation and --selftest

def span_tokens(seg):
    """Name tokens of a PERSON span, undoing OCR line breaks and code-page damage."""
    s = seg.replace('-\n', '')
    try:
        s2 = s.encode('latin-1').decode('utf-8')
        s = s2
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return [t for t in re.split(r"[\s\-._,]+", s) if t]


def name_clashes(text, spans):
    """A token of a PERSON span that also occurs as a whole word, outside every
    pii span, elsewhere in the text (case- and accent-insensitive)."""
    b = text.encode('utf-8')
    inpii = bytearray(len(b))
    for s in spans:
        if s['kind'] == 'pii':
            inpii[s['start']:s['end']] = b'\x01' * (s['end'] - s['start'])
    toks = set()
    for s in spans:
        if s['type'] == 'PERSON':
            for t in span_tokens(s['_s']):
                for u in t.split("'"):
                    if len(u) >= 2 and fold(u) not in PARTICLES:
                        toks.add(fold(u))
    ftext = ''.join((fold(c) or c)[:1] for c in text)
    bad = []
    for t in toks:
        for m in re.finditer(r'(?<!\w)' + re.escape(t) + r'(?!\w)', ftext):
            st = len(text[:m.start()].encode('utf-8'))
            en = len(text[:m.end()].encode('utf-8'))
            if not all(inpii[st:en]):
                bad.append((t, st))
    return bad


def spans_ok(text, spans):
    b = text.encode('utf-8')
    last = 0
    for s in spans:
        if not (last <= s['start'] < s['end'] <= len(b)):
            return False
        seg = b[s['start']:s['end']].decode('utf-8', 'replace')
        if seg != s['_s'] or seg != seg.strip() or not seg.strip():
            return False
        last = s['end']
    return True


def make_doc(mode, seed, i, pools):
    rng0 = random.Random('indep16|%s|%s|%d' % (mode, seed, i))
    name, lang, fn = FAMILIES[rng0.randrange(len(FAMILIES))]
    for attempt in range(80):
        rng = random.Random('indep16|%s|%s|%d|%d' % (mode, seed, i, attempt))
        g = Gen(pools, rng, lang, mode)
        d = Doc(lang)
        fn(g, d)
        text, spans = d.build()
        ncontent = sum(1 for s in spans if s['kind'] == 'content')
        if 400 <= len(text) <= 3000 and ncontent >= 3 and spans_ok(text, spans) and not name_clashes(text, spans):
            break
    else:
        raise RuntimeError('no document of the right shape for %s' % name)
    return {'id': 'indep16-%s-%s-%04d' % (mode, seed, i), 'lang': lang, 'family': name, 'text': text,
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
    tokenize, JavaScript and C by a quote regex) or of a whole data file."""
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
    return set(re.findall(r"\w+(?:'\w+)?", fold('\n'.join(strs)))) | set(re.findall(r'\w+', fold('\n'.join(strs))))


def reference_files(root):
    import glob
    b = os.path.join(root, 'bench')
    me = os.path.basename(__file__)
    gens = sorted(f for f in glob.glob(os.path.join(b, 'freetext-*.py')) + glob.glob(os.path.join(b, 'freetext-*.mjs'))
                  if os.path.basename(f) != me)
    lists = []
    for sub in ('redact', 'data'):
        for dirpath, _dirs, files in os.walk(os.path.join(root, sub)):
            for f in files:
                low = f.lower()
                if any(w in low for w in ('name', 'given', 'surname', 'prenom', 'nom')) and \
                        low.endswith(('.txt', '.tsv', '.lst', '.csv', '.json')):
                    lists.append(os.path.join(dirpath, f))
    c = os.path.join(root, 'redact', 'names-data.c')
    if os.path.isfile(c):
        lists.append(c)
    return gens, sorted(set(lists))


def selftest():
    from collections import Counter
    parts = all_name_parts()
    names = sorted(parts)
    fails = []
    folded = Counter(fold(p) for p in names)
    dup = [p for p, n in folded.items() if n > 1]
    if dup:
        fails.append(('duplicate name parts', dup[:10]))
    if not all(re.fullmatch(r"[\w']+", p) for p in names):
        fails.append(('a name part is not a single token', [p for p in names if not re.fullmatch(r"[\w']+", p)][:5]))
    halves = {m: set(fold(p) for p in names if half_of(p) == m) for m in 'WH'}
    if halves['W'] & halves['H']:
        fails.append(('W and H share a name part',))
    for m in 'WH':
        pl = Pools(m)
        for attr in ('cities', 'streets', 'domains', 'intl'):
            if not getattr(pl, attr):
                fails.append(('empty pool', m, attr))
        for lang in ('fr', 'en'):
            if not pl.orgs[lang] or not pl.laws[lang] or len(sum(pl.content[lang].values(), [])) < 30:
                fails.append(('thin pool', m, lang))
    fams, langs, types = Counter(), Counter(), Counter()
    lengths, n = [], 0
    for mode in 'WH':
        pools = Pools(mode)
        mine = pools.part_set()
        mine_ascii = set(ascii_fold(x) for x in mine)
        other = halves['H' if mode == 'W' else 'W']
        for seed in (1, 16, 77):
            for i in range(150):
                doc, spans = make_doc(mode, seed, i, pools)
                text = doc['text']
                b = text.encode('utf-8')
                last, ncont = 0, 0
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
                        for tok in span_tokens(seg):
                            ft = fold(tok)
                            if ft in PARTICLES or len(ft.rstrip('.')) <= 1:
                                continue
                            if ft not in mine and ft not in mine_ascii and ft[:-1] not in mine_ascii:
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
    generate('W', 8, 5, a)
    generate('W', 8, 5, c)
    if a.getvalue() != c.getvalue():
        fails.append(('determinism',))
    h = io.StringIO()
    generate('H', 8, 5, h)
    if h.getvalue() == a.getvalue():
        fails.append(('W and H give the same output',))
    nfr = sum(1 for f in FAMILIES if f[1] == 'fr')
    print('documents %d (fr %d / en %d); families %d (fr %d, en %d), %d seen; length %d-%d (mean %d)'
          % (n, langs['fr'], langs['en'], len(FAMILIES), nfr, len(FAMILIES) - nfr, len(fams), min(lengths), max(lengths), sum(lengths) // n))
    print('families: ' + ' '.join(f[0] for f in FAMILIES))
    print('spans: ' + ', '.join('%s/%s %d' % (k[0], k[1], v) for k, v in sorted(types.items())))
    byorigin = Counter(v.split()[0] for v in parts.values())
    print('name parts: %d (W %d, H %d, shared %d); by origin: %s' % (len(names), len(halves['W']), len(halves['H']),
          len(halves['W'] & halves['H']), ' '.join('%s %d' % kv for kv in sorted(byorigin.items()))))
    if len(fams) < len(FAMILIES):
        fails.append(('families not seen', sorted(set(f[0] for f in FAMILIES) - set(fams))))
    if len(FAMILIES) < 40 or 2 * nfr < len(FAMILIES):
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
