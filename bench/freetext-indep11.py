#!/usr/bin/env python3
"""freetext-indep11.py - eleventh independently written generator of labelled
free-text documents (French/English) for evaluating redaction.

Usage:  freetext-indep11.py W|H COUNT SEED > docs.jsonl
        freetext-indep11.py --selftest

One JSON object per line: id, lang, family, text, spans.  Each span is
{"start", "end", "kind", "type"} with UTF-8 byte offsets into text (the way
bench/freetext-score.py reads them).  kind is 'pii' (PERSON, PHONE, EMAIL,
ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ, DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT,
CREDIT_CARD, PLATE), 'decoy' (must be kept: ORG, PLACE, STREET, LAW, FILENO,
TOLLFREE, DATE, MONTH, YEAR, AMOUNT, TIME, WORD) or 'content' (ordinary
words, type CONTENT).

Conventions: a courtesy or professional title stays outside the PERSON span,
as do a possessive 's and an elided d'/l'; initials with a surname form one
span; an address runs from the civic number through the street (and a unit
written before the city) and stops before the city, which is unlabelled; the
postal code is its own span; a phone extension is outside the phone span;
bank details written as labelled pieces give one span per piece.

Every pool (names, streets, cities, organisations, ...) is split in two
disjoint halves by an md5 hash of the (folded) entry: mode W draws only from
the W halves, mode H only from the H halves.  Name parts are single tokens;
compound names are put together at run time from parts of the same half, so
no name part is shared between the halves.  Output depends only on the
arguments.  Python 3 standard library only.
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

NAMES = {
    'ac f': '''Aldéa Délina Odélie''',
    'ac m': '''Onésiphore Hilarion Sylvère Aubin Maximin''',
    'ac s': '''Belliveau Doiron Gautreau Maillet Melanson Vautour Allain Bujold Gionet Goguen Lanteigne Losier
        Mallais Saulnier Devarennes Deveau Frigault McGraw Robicheau Surette Gallien Hachey Mazerolle Sonier
        Vienneau Brideau Cormeau Doucette Legere LeBreton Maillette Chenard Muise Amirault''',
    'af f': '''Chimène Ornellie Yandé Khoudia Ngoné Sagar Dior Maïmouna Adja Mbayang Ndella Ngoyo Selbé Yaye
        Biduaya Kabedi Tshiela Kanyinda Nkulu Mapendo Neema Furaha Riziki Sifa Zawadi Bahati Tumaini Faraja
        Rokhaya Thioro Nene Chanceline''',
    'af m': '''Exaucé Dieumerci Rolly Ousseynou Mamour Saliou Mapathé Pathé Sidy Doudou Khadim Baye Cheikhouna
        Ngagne Yoro Balla Fodé Mamadi Boubou Aboubacar Lassana Bocar Guirane Birame Elhadji Fallou Idrissa
        Rostand''',
    'af s': '''Ngoyi Bukasa Mpoyi Luboya Lumingu Kayembe Beya Muamba Kabasele Mukuna Lusamba Kalombo Mwanza Ngandu
        Mutamba Mbikayi Kabamba Kapenda Ntambwe Tshiamala Bakajika Kanda Kasanda Lufuluabo Mavinga Pululu
        Vangu Wamba Tchoupo Tsafack Fokou Kuete Nkwenti Owona Ndzana Eyenga Manga Biya Mvondo Ateba Bikoro
        Ngando Ekambi Mbida Tchuente Yomi Siewe Kouam Fopa Noumbissi Tagne Kamdem Djomo Ndao Mboup Mbengue
        Ndoye Badji Sagna Diatta Sané Goudiaby Tendeng''',
    'bn f': '''Rokeya Shamima Tanjila Mahmuda Jannatul Sadia Afsana Laboni Shampa Moushumi Dilruba Rehana Khaleda
        Anjuman Papiya Jesmin Nazneen Shahnaz Umme Hasina Kohinoor Mitali Sonali Debjani Srabani Piyali
        Madhumita Soma Tanushree Rituparna Oindrila Sudeshna Paromita Baishakhi Chaitali''',
    'bn m': '''Mahbubur Habibur Ziaur Aminul Mostafizur Shahidul Saiful Rakibul Asaduzzaman Moniruzzaman
        Kamruzzaman Shahriar Touhid Sabbir Imtiaz Riyad Tareq Alamgir Monirul Obaidul Faruk Mahfuz Kawsar
        Sumon Shuvo Partha Arnab Debashish Subhajit Anirban Sayantan Indranil Prosenjit Soumitra Rajarshi
        Tapas Biswajit Joydeep Kaushik''',
    'bn s': '''Howlader Akand Patwary Mridha Bhattacharjee Dutta Roychowdhury Sikdar Munshi Khandaker Molla Sheikh
        Mollah Shikder Siddique Bepari Dewan Fakir Gazi Hawlader Kazi Matubbar Pramanik Sardar Talukdar Pal
        Kundu Nandy Poddar Barua Chakma Marma Halder Haldar Bairagi Debnath Majhi Adhikary Bhowmik Rakshit''',
    'cn f': '''Qiuyao Shujing Xiaotong Jingwen Ruoxuan Yanqiu Lingxiao Shuyi Wanqing Xinlei Lixin Qingyun Ruixue
        Suyin Wenxin Xueying Yuhan Caiyun Danqing Fangyu Hanxue Lanxin Ningxi Peiyu Qiaoyun Rongrong
        Tingting Weiwei Yingying Yueran Zhenzhen Fengying Huimin Kexin Liying Minghui Nuo Qianqian Ruyi
        Shiqi Xiaoxiao Yanling Yixuan Ziyi Aiqing Baoyu Dandan Enhui Feifei Guihua Haiyan Jiaxin Keke Manyu
        Nianci Pingping Qiongying Ruiling Tongyan Wanru Xiangyun Yaoyao Yunxi Zhaoyun Zhiqing Ruoqi Muqing
        Jinyu Qiaoshan Shuhan Yinuo Zimo Xinyan Sihan Mingyue Ruohan Chuxin Anqi''',
    'cn m': '''Mingze Tianhao Xuanyu Yichen Zhiyuan Dongsheng Fengyi Guangyu Kaiwen Lixiang Mingyuan Pengfei Qiming
        Ruiqi Yuhang Zhongwei Bowen Chenglong Dawei Fuqiang Guoqing Jiancheng Jingyu Kangning Lianjie
        Minghao Qiangwei Ronghua Shaowei Tianming Weiguo Xiangdong Yanbin Yongjun Zhaolei Anbang Baolin
        Chuanzhi Feiyang Gaoyuan Hanwen Kaixuan Longfei Mingjie Qingsong Runze Shijie Tengfei Wenhao Xinyu
        Yangyang Yuze Zhenhua Zimu Junhao Siyuan Haotian Yizhou Jinrui Ziming''',
    'cn s': '''Ouyang Shi Qi Dou Xi Miao Fei Cen Teng Bian Mu Zhan Bei Zang Ruan Sheng Huo Guan Gan Zong Zuo Niu
        Xing Rong Weng Jiao Xian Zhuo Qiao Zhai Shang Zhuang Chai Geng Kuang Kou Leng Zi Situ Shangguan
        Zhuge Huangfu Sima Dongfang Murong Linghu''',
    'en f': '''Ethelwyn Angharad Nerys Sian Dilys Eirlys Lowri Mabli Tegan Elowen Demelza Morwenna Kerensa Loveday
        Merryn Senara Wenna Bryony Cerys Kerris Raelynn Tamsyn Briony Carlene Karleen Lurleen Pauleen
        Raylene Sharlene Rosaleen Sheelagh Oonagh Aideen Blathnaid Dearbhla Ide Laoise Meabh Muireann Sadhbh
        Treasa Ailbhe Caitriona Gobnait Ríonach Millicent Fionnuala Rhona Seonaid Ottoline Cressida Araminta
        Petronella Thomasina Florrie Tillie''',
    'en m': '''Athelstan Caspian Dashiell Ellery Evander Fitzroy Hartley Lancelot Leofric Lysander Marmaduke Orson
        Piers Quinlan Tristram Vaughan Wystan Alwyn Cadoc Deiniol Emlyn Huw Iestyn Ifor Islwyn Meirion
        Rhodri Rhydian Tudur Aonghas Cailean Coinneach Domhnall Eachann Lachie Murchadh Raghnall Somhairle
        Tormod Uisdean Anraoi Colmán Donnchadh Eoghan Lughaidh Manus Naoise Proinsias Ruadhán Senan Tiarnan
        Ultan Calum Iain Lorne Tavish Feargal Odhran Cuthbert Ebenezer Horatio Septimus Ulysses Wilberforce
        Alfie Humphrey Kenelm Montague Neville Ormond''',
    'en s': '''Dunsmuir Gainsborough Inglewood Kingsley Northcott Oakley Quarrington Stonebridge Thorncliffe
        Whitcombe Farquharson Hendry Imrie MacAlister MacCrimmon MacIsaac MacLachlan MacNeil Rattray Weir
        McCulloch Pitcairn Shearer Blackadder Cockburn Learmonth Nairn Ochiltree Prentice Skene Thorburn
        Wishart Ahearn Cullinane Dunphy Hanrahan Noonan Breslin Carmody Egan Geraghty McGuinness Purcell
        Finnegan Gilhooly Heffernan Kilbride Mulrooney Scanlon Coughlan Fogarty Gleeson Kinsella Lonergan
        Nagle Treacy Bickersteth Cholmondeley Featherstonehaugh Hesketh Lightfoot Mottram Nettleship
        Openshaw Pickering Shuttleworth Uttley Wetherall Beckwith Kershaw Longbottom Mossop Pilkington
        Ramsbottom Sowerbutts Tattersall Unsworth Winterbottom''',
    'gr f': '''Eleftheria Irini Pagona Evdokia Charikleia Polyxeni Ourania Antigoni Persefoni Kalliroi Melpomeni
        Yiota Soula Popi Toula Koula Litsa Tasoula Marigo''',
    'gr m': '''Stylianos Pavlos Thrasyvoulos Aristotelis Epameinondas Miltiadis Themistoklis Periklis Alkiviadis
        Taxiarchis Zisis Fotios Lazaros Marinos Nektarios Sokratis Vangelis Sakis Babis Lefteris Mimis''',
    'gr s': '''Papadimitropoulos Tsoukalas Vlachopoulos Georgiadis Alexopoulos Dimopoulos Giannakopoulos Hatzidakis
        Kontogiannis Lambropoulos Manolakis Mavromatis Panagiotopoulos Papaioannou Petropoulos Siderakis
        Tsiolis Voulgaris Zervos Athanasiou Bakogiannis Chatzopoulos Daskalakis Efstathiou Frangos
        Hadjipavlou Kalaitzis Kechagias Koutsoukos Lekkas Liakos Mantzoros Ntalas Papoutsis Rallis Skouras
        Spanos Vrettos Zacharopoulos Bouras Drosos Filippou Glykas Kapetanakis Kokkinos Lazaridis Mylonas
        Nomikos Orfanos Pantazis Roussos Tsagaris Xydis Zafeiriou Gavalas Koumoutsakos Stratakis
        Triantafyllou Vergopoulos''',
    'hk s': '''Cheuk Shek Chik Kiu Lok Mui Pun Wat Yim Yung''',
    'ht f': '''Roselande Fedline Youdeline Nadeline Djennie Mackenda Nerlande Wilnise Bétonie Chrismène Guetty
        Phaïna Taïna Emmanuella Fritzline Kerlyne Odelin Ulrika Bénita Célène Fleurimonde Guirlande Hermanie
        Ivrose Joceline Kenide Roseleine Santia Théta Vitalie Wilmide''',
    'ht m': '''Kesnel Lovensky Mackendy Ritchy Wedsley Edner Dieuphète Gerby Herby Jhonson Lenord Macsonn Nesly
        Peterly Renold Wedner Yvenel Chesnel Dadley Frisner Kenley Louino Odney Thony Vilbrun Wiltord
        Dieumaitre''',
    'ht s': '''Orélien Télisma Sinéus Timothé Appolon Azor Cazeau Clerveau Dérilus Dumersier Edouarzin Fequière
        Geffrard Métayer Monestime Noelsaint Norzéus Osias Précil Rosemond Sylné Vertus Villard''',
    'in f': '''Sammisa Quppapik Naulaq Nuvalinga Paasa Uqittuq Silatik Kanayuk Nunaqaq Kawennotas Ohserase Iakoiane''',
    'in m': '''Tuumasi Davidee Elijassie Juanasi Tomassie Sarpinak Quitsak Taqialuk Uttuqi Putugu Ipeelee Jaypeetee
        Kilabuk Sailly Shappa Mishel Kanikuen Shanish Kaniehtakeron Raienkonnis Sakaronhienkwe Ratsenhaienhs
        Tehoragwanegen Kanentakeron''',
    'in s': '''Angutigirk Angatookalook Emudluk Jararuse Pasteen Petikwi Lameboy Shashaweskum Kakabat Kanatsiak
        Tertiluk Qaunaq Sakiagak Uqittuk Ainalik Kiatainaq Kadlutsiak''',
    'it f': '''Gerlanda Carmelina Crocifissa Santuzza Gaetana Rocchina Donatina Cosimina Girolama Luigina Michelina
        Nicolina Pellegrina Raffaelina Sabatina Tommasa Vincenzina Fiamma Lisetta Alfonsina Annita Bettina
        Dorina Nerina Sestilia Tarcisia Ulda Valchiria Pasqualina Cesira Quirina Tommasina Umbertina Velia
        Brunella Ottavia''',
    'it m': '''Gerlando Baldassare Vitantonio Agatino Gennarino Nello Stelvio Tonino Crescenzo''',
    'it s': '''Scarfone Ciaccia Colalillo Ciamarra Fratino Galardo Iacurto Lucciola Pizzoli Abbatiello Cannizzaro
        Capobianco Castiglione Cerasuolo Colasurdo Discepola Finamore Frattaroli Giammarco Maiorino
        Marcogliese Mastrogiuseppe Pannunzio Piccirilli Porcaro Rizzuto Tomassetti Tropea Venditti DiFlorio
        Lofaro Mignacca Vespa Zaccardelli Calandra Corbo Cuffaro Delvecchio Forlini Grisolia Iannantuono
        Labriola Lamarca Pennacchio Primiani Sicilia Triassi Ucciardi Zuccaro Brancato Campanelli Cardillo
        Ciarlo Cimino DiMarco DiPietro Magnotta Nasso Sgro Stanco Terracciano Tozzi Verrelli''',
    'kr f': '''Seojin Minseo Jiyoon Haerin Yunseo Eunji Hyejin Sujin Chaewon Yerin Hwayoung Misook Heejin Okja Bora
        Gyuri Soyeon Dahye Yujin Jieun Sohee Minji Hayoung Seoyeon Eunbi Somin Dayoung Hyunjoo Kyungmi
        Sunhee Jungsook Younghee Mikyung Eunkyung Hyesun Jinju Areum Saebom Hanbit Haneul Nabi Iseul Garam
        Yeseul Boram Darae Jiwoo Harin Seoa Siyeon Yuna Yubin Heekyung Jiseon Mihwa Okhee Geumja Bongsun
        Yeonhee Myungja Sukja Malsoon''',
    'kr m': '''Jaehyun Hyunwoo Dohyun Woojin Junseo Yeonwoo Gihoon Sungmin Taeyang Kyungsoo Sanghoon Donghyun
        Hyukjin Ilsung Joonho Wookjin Cheolsu Beomseok Geonwoo Injae Jinwoo Kanghyun Namgil Yongsu Minjun
        Seojun Hajun Dojun Siwoo Juwon Eunwoo Jihoon Yejun Hyunjun Kyungho Sangwoo Jaesuk Myungsoo Youngho
        Byungchul Dongwook Sunghoon Minho''',
    'kr s': '''Yeom Pyeon Gook Hwangbo Namgung Jegal Sunwoo Dokgo Shim Choo Geum Yook''',
    'la f': '''Maricruz Citlali Lizbeth Nohemí Quetzalli Rosaura Wendolyn Ayelén Luján Yamila Daiana Mailén Rayén
        Macarena Constanza Javiera Yanina Dayanara Irasema Janeth Kenia Mayrin Sayuri Yoselin''',
    'la m': '''Yeferson Yonatan Deiby Estiven Duvan Arley Edwar Fáber Libardo Lautaro Facundo Baltasar Iñigo
        Teodomiro Abundio Ceferino Gumersindo Isauro Onofre Segundo Tiburcio Venancio''',
    'la s': '''Layme Chambi Yupanqui Cusi Huanca Mayta Paucar Pari Quisbert Sirpa Tintaya Achá Fuenzalida Goycoolea
        Irarrázaval Ossandón Riquelme Zañartu Illanes Oyarzún Poblete Rebolledo Ugarte Arismendi Betancur
        Castaño Díez Escandón Isaza Bolaños Jáuregui Encarnación Féliz Hichez Liranzo Marte Objío Peguero
        Tavárez''',
    'lb f': '''Ghenwa Rayya Maguy Loulwa Randa Yolla Souheir Yasma Hanan Siba Yumna Zeinabe Mayssa Raghida Zalfa
        Maysaa Rouba Shadia Wardé Ghinwa Jinane Najwa Ranya Salwa Zaina''',
    'lb m': '''Abdo Akl Assad Boulos Chakib Ghattas Iskandar Kabalan Mikhael Nagib Naim Nazih Ramzi Zakhia Kamil
        Rachad Yorgo Gaby Milad Wadih Zaher Bechara Chucri Dory Jalal Wajdi''',
    'lb s': '''Boustany Eddé Saade Dagher Touma Yammine Bassil Debs Jreissati Khalaf Zeidan Baroud Chehab Fattal
        Karkour Lteif Mikati Nehme Rached Salloum Zgheib Aractingi Corm Doumit Gholam Jalkh Rouhana Sakr
        Zaarour Chalhoub Kallab Torbey Zahar Alam Fayad Jammal Khayat Tarabay''',
    'mg f': '''Hassna Btissam Oumaima Asmae Kaoutar Badia Chafia Fella Ghania Hayet Wassila Zoulikha Habiba Louiza
        Ouiza Tinhinane Dihya Tafsut''',
    'mg m': '''Abdelhakim Abdessamad Bouchaib Mbarek Abdelilah Abdelouahab Abdelkrim Abdelmajid Abdenour Lhoussaine
        Zouhair Achraf Toufik Ghani Lounes Nadir Tahar Yazid Amazigh Juba''',
    'mg s': '''Belhaj Bensalah Haddouchi Zerhouni Mouline Slaoui Boukhris Daoudi Hamzaoui Laabidi Mabrouk Ouertani
        Riahi Saidani Tlili Ferchichi Guesmi Louati Naceur Rebai Aitouarab Boudjema Chabane Ferhani Ghezali
        Hamidouche Ighil Abderrahmane Doukkali Essafi Hajji Iraqi Jamai Kadiri Marrakchi Naciri Oufkir Rifai
        Sbai Yacoubi Zaari Bouhlel Chouchane Essid Fakhfakh Hachicha Jaidane Khemiri Lassoued Nafti Ouni
        Sfar Triki Zghal Bouguerra''',
    'pa f': '''Navleen Manjot Harjot Simarjot Jasmeet Kuljit Charanjit Ravneet Prabhjot Rajdeep Sarbjit Surinder
        Gurkirat Ekamjot Sehajpreet Arshdeep Tanveer Jasnoor Mehakpreet Gurnoor Harnoor Sukhmani Kirandeep
        Prabhleen Rubinderjit''',
    'pa m': '''Gurjeet Harjeet Kulbir Lakhbir Paramvir Tarlochan Ujagar Balraj Daljit Gurdev Harbhajan Karamjit
        Mohinder Nirmal Onkar Pritam Rajinder Tejpal Darshan Gurcharan Inderpal Jagjit Kirpal Malkit Pargat
        Sukhjinder Amritpal Bikramjit Dilpreet Gursewak Harkirat Jaskaran Karanveer Manveer Nishan Prabhdeep
        Rajveer Sahibjit Taranjit Yuvraj''',
    'pa s': '''Dhindsa Gosal Heer Jawanda Kahlon Mangat Nagra Aujla Ghuman Kooner Purewal Uppal Badesha Basra
        Chatha Dhami Dhanoa Dhesi Dosanjh Gakhal Kalsi Kandola Khosa Lalli Mahil Malhi Mundi Nijjar Pandher
        Rai Samra Shergill Sohal Takhar Tiwana Bal Boparai Saini Sodhi Bhatti Hayer Hothi Jhaj Kular Matharu
        Parmar Rehal Sran Tatla Bhangu Dhatt Ghag Jhutti Khangura Lidder Mehat Nahal Padda Rakhra Sanghera''',
    'pa x': '''Singh Kaur''',
    'ph f': '''Joylyn Jeanelyn Daisylyn Genalyn Haydee Mayumi Pacita Virgilia Bernadeth Gemmalyn Irmalyn Nimfa
        Mutya Amihan Hiraya Marilag Liwayway Luningning Bituin Sinag''',
    'ph m': '''Jhunjhun Jerico Honorio Isagani Pepito Carlito Lakan Makisig Dakila Arjay Jayvee Joemar Raffy
        Joebert Totoy''',
    'ph s': '''Lacsamana Malonzo Dimagiba Katigbak Laxamana Ungson Valdehuesa Abalos Guevarra Quimpo Villafuerte
        Calimlim Dacanay Escueta Macalintal Manalang Yulo Mendiola Romualdez Tengco Bañez Caguioa Dagdag
        Enrile Legarda Manglapus Ongpin Puno Sotto''',
    'pl f': '''Danuta Krystyna Irena Elżbieta Aleksandra Justyna Monika Sylwia Weronika Zuzanna Bogumiła Czesława
        Genowefa Jolanta Lucyna Mirosława Stanisława Zdzisława Żaneta Iwona Dagmara Honorata''',
    'pl m': '''Mieczysław Andrzej Jerzy Ryszard Bogusław Zdzisław Witold Leszek Sławomir Wiesław Dariusz Łukasz
        Bartosz Mateusz Szymon Kacper Michał Rafał Wacław Bronisław Zygmunt Lech Henryk Jacek''',
    'pl s': '''Wróblewski Kaczmarczyk Nowicki Adamczyk Nowacki Witkowski Walczak Michalak Szewczyk Ostrowski
        Tomaszewski Pietrzak Zalewski Wróblewska Zielińska Kowalska Wiśniewska Lewandowska Dąbrowska
        Kozłowska Jankowska Piotrowska Grabowska Pawłowska Michalska Jabłońska Nowicka Majewska Olszewska
        Malinowska Jaworska Górska Witkowska Rutkowska Ostrowska Tomaszewska Zalewska Chmielewski Czarnecki
        Sadowski Zawadzki Wilczyński Chojnacki Błaszczyk Głowacki Kubiak Sobczak Czerwiński Urbański
        Przybylski Kaczor Szulc Wasilewski Szczepański Mróz Tokarski Żak Kołodziej Czajkowski Brzeziński
        Ciesielski Domański Fijałkowski Gajewski Hołownia Janicki Kurek Leśniak Łuczak Niedźwiecki Orłowski
        Pająk Rogalski Sowa Trzciński Wawrzyniak Żurawski''',
    'pt f': '''Teresinha Leopoldina Arminda Dulcineia Etelvina Felisbela Guilhermina Herculana Ilídia Jacinta
        Umbelina''',
    'pt m': '''Arlindo Avelino Florindo Idalécio Inácio Laurindo Marcolino Olegário Sebastião Silvino Viriato''',
    'pt s': '''Bettencourt Espínola Fagundes Goulart Jardim Meneses Nóbrega Ponte Resendes Sardinha Simas Aguiar
        Amorim Barcelos Bicudo Cabeceiras Carreiro Chaves Dutra Estrela Ferraz Frade Paiva Picanço Quental
        Valadão Vasconcelos Azevedo Bairos Benevides Borba Brasil Carvalhal Cymbron Decq Fontes Linhares
        Sarmento Silveira''',
    'qc f': '''Arthémise Dorilla Émérence Ermelinde Méliane Mirabelle Octavie Olivine Palmyre Sidonie Suzette
        Valéda Zélia Marylène Rosemonde Rosalinde Clothilde Marcelline Delphina Célanire Domithilde Nicolle
        Myrianne Mahée Maïkaëlle Élyanne Mayka Jassmine Kassandre Méganne Jessyka Cynthiane Sabrynna Mylaine
        Chrystine Josyanne Lauryane Maëlyne Éloïka Sarahlyne Noémye Rosalye Lorélie Léanie Zoélie Ellya
        Floriane Mélodye Jézabel Wendie Nancie Dominyque Gabryelle Catheryne Joëlyne Johanny Sindy Stéphy
        Krystelle Danaëlle Laurélie Alizée Cassandrine Orélie Mirika Maryève Mériane Adéodate Amabilis
        Arzélie Clarinda Dorimène Éléda Ézilda Hectorine Médora Orphise Rosalma Thérésina Cordélie Gratia
        Ildège Praxède Réginalde Zénobie Lysette Liette Gaëtanne Claudelle Roselyne Marise''',
    'qc lf': '''Marie Anne Ève''',
    'qc lm': '''Jean Pierre Louis Marc''',
    'qc m': '''Clophas Phidime Pacifique Guylain Émilien Sosthène Uldéric Wenceslas Maxyme Mykaël Jonathann Stévens
        Kéloïc Jaycob Raphaëlo Ludovick Patrik Sébastyen Gabryel Jérémi Thomy Édouardo Charly Tomy Loïck
        Dannick Guylaume Yanic Wilfried Évérard Théotime Arcadius Dosithé Exéas Honorius Clodomir Démerise
        Éleucippe Hormisdas Donatien Robertin''',
    'qc s': '''Beaulac Hainault Imbeault Neault Pageau Régimbald Laterreur Tranchemontagne Sanscartier Lavictoire
        Laventure Lafantaisie Lagrandeur Léveillé Sanssouci Vadnais Deslongchamps Boisvenu Bonsecours
        Jolivet Quevillon Rougeau Goupil Berthiaume Migneault Denault Desharnais Dumouchel Foisy Gaudette
        Lacourse Lecavalier Piuze Proteau Roby Soulière Tougas Cantara Dalpé Desforges Destroismaisons Hinse
        Jobidon Lauzière Lescarbeau Maranda Matte Montreuil Sicotte Thiboutot Vigneux Villemure Beausergent
        Bolvin Cayouette Chayer Clouston Croisetière Dauphinais Debigaré Decelles Desparois Dugal Dumesnil
        Duplantie Durepos Forand Girardin Godon Gougeon Labissonnière Langlais Laplanche Lasnier Lebuis
        Lecompte Lefaivre Limoges Lirette Macameau Maheu Marcouiller Mathon Nepveu Phaneuf Pilotte Préville
        Quintin Riberdy Ricard Sanche Tellier Trudelle Verret Voisard Delage Doré Laniel Marchessault
        Montambault Moquin Ranger Rossignol Sansterre Tassé Vaudry Aspirot Castilloux Chapados Delarosbil
        Maldemay Mimeault Synnott Lebreux Lebrasseur Minville Vibert Whittom Fallu Belzile Ruest Santerre
        Claveau Bluteau Néron Dechamplain Fiola Audibert Boismenu Boucane Brouillet Chaloux Dalcourt
        Desgagné Dignard Guévremont Lanciault Mayrand Morency Roussin Tétrault Bherer Audy Babin Banville
        Béland Brabant Caza Cimon Cournoyer Dandenault Daraîche Deslandes Dupéré Duranleau Filteau Garant
        Joyal Devost Cotton Dea Loisel Sinnett Arbour Beaudette Couët Cyrenne Dagneau Daunais Daveluy
        Demontigny Descarreaux Desgroseillers Desrivières Deziel Dontigny Drainville Duberger Dubreuil
        Duhaime Dulac Dumontier Durivage Faubert Fleurent Fournel Gadouas Garon Gascon Geoffrion Goudreault
        Goyer Grandbois Lécuyer Lepailleur Lizée Monfils Nantais Poudrette Thérien Touzin Varin Véronneau
        Barbeau Barsalou Bazinet Beaudin Bosset Bourret Carle Chauvin Choinière Colpron Coutlée Darche
        Dauphin Décoste Falcon Farley Forcier Gareau Juteau''',
    'ro f': '''Petronela Rodica Viorica Doina Ecaterina Floarea Lăcrămioara Narcisa Sorina Tudora Zamfira Smaranda
        Sânziana Ilinca Margareta''',
    'ro m': '''Ciprian Cornel Dragoș Horia Laurențiu Nicolae Octavian Remus Traian Dănuț Eugen Gelu Iulian Matei
        Nelu Sabin Silviu Tiberiu Toma Zaharia''',
    'ro s': '''Stanciu Vlădescu Ungureanu Avram Cazacu Iordache Răducanu Anghel Ene Husar Ilie Jitaru Negru Olteanu
        Pârvu Savu Surdu Tudose Voinea Bratu Chiriac Florescu Moraru Nedelcu Petrescu Tomescu Albu Buzatu
        Crăciun Dobrescu Fănică Hristea Istrate Leonte Mihăilescu Paraschiv Rotaru Trandafir''',
    'ta f': '''Kalaivani Sivaranjani Vasuki Nirojini Pirunthavi Thivya Luxmi Mayuri Niranjala Pavithra Rathika
        Sangeetha Thanushika Anushiya Dharshini Jeyanthi Kokila Mahalakshmi Nanthini Poongothai Sivasankari
        Thayalini Yogarani Aarthi Bhavani Gowri Nalini Ponmalar Thamarai Umadevi Vaitheki Jasintha Lavanya
        Nithyakalyani Prashanthini Ragavi Shalini Vinothini''',
    'ta m': '''Sivakumaran Thayaparan Yogeswaran Thillainathan Sathiyaseelan Nirmalan Pirabakaran Rajeevan
        Uthayakumar Vigneswaran Arulanantham Jeevananthan Logeswaran Nagulan Paramanathan Selvakumar
        Umakanthan Vasanthakumar Yoganathan Anandarajah Elankumaran Gunaratnam Ilango Kajendran Kumaraswamy
        Manoharan Sabaratnam Suthaharan Varatharajah Anojan Gobinath Jathusan Kirushanth Lojan Mathusan
        Nishanthan Piriyanthan Sajeevan Thushyanthan Vithushan''',
    'ta s': '''Thambiah Thiruchelvam Sundaralingam Vairavanathan Ariyaratnam Jeyaratnam Kandasamy Kumarasamy
        Nagalingam Paramsothy Sivalingam Thanabalasingam Velauthapillai Chelliah Gnanapragasam Jegatheesan
        Kanapathipillai Kulasegaram Manickavasagar Nallathamby Pathmarajah Rajakulendran Sabapathy
        Shanmugalingam Thangarajah Thirunavukkarasu Umapathy Vijayaratnam Anantharajah Ganeshamoorthy
        Kirubakaran Mylvaganam Sritharan Visvalingam Sockalingam Murugananthan Ratnasabapathy Sivagnanam
        Thamotharampillai Pushparajah Jeyasingam Thurainayagam''',
    'ua f': '''Nataliia Yuliia Nadiia Olha Viktoriia Bohdana Solomiia Ulyana Myroslava Oleksandra Daryna Anhelina
        Vira Zlata Stefaniia Ivanna Yevheniia Raisa Lidiia Yekaterina Ksenia Alyona Varvara Vasilisa
        Yelizaveta Alevtina Evdokiya''',
    'ua m': '''Stepan Orest Myroslav Lubomyr Maksym Sviatoslav Rostyslav Borys Vadym Arkadiy Hennadiy Kostiantyn
        Fedir Pavlo Danylo Matviy Nazar Tymofiy Yakiv Anatoly Ilya Kirill Lev Oleg Timur Yegor Artyom''',
    'ua s': '''Melnychuk Hnatyshyn Pidhirny Zahorodniuk Ponomarenko Tymoshenko Petrenko Yatsenyuk Zinchenko
        Andrusyshyn Babiak Chornovil Dziuba Fedoruk Hawrylak Holubets Ivanyshyn Kostiuk Kuzyk Lutsyk Makohon
        Nychyporuk Pavlyshyn Romaniuk Sawchuk Semeniuk Stasiuk Tymchuk Vasylyshyn Yurchuk Zaporozhets
        Antonyshyn Bilous Chumak Demchuk Fedorchuk Harasym Hordiyenko Ilnytsky Kachur Kulyk Lozynsky
        Matviyenko Nazarenko Ostapchuk Palamarchuk Prokopenko Rybak Shulha Slobodian Teslenko Voloshyn
        Yakymchuk Petrova Popova Sokolova Lebedeva Kozlova Novikova Morozova Volkova Solovyova Vasilyeva
        Zaitseva Pavlova Semyonova Golubeva Vinogradova Bogdanova Vorobyova Fyodorova Mikhailova Belyaeva
        Tarasova Belova Komarova Orlova Kiseleva Makarova Andreeva Kovalyova Ilyina Titov Kuzmin Kudryavtsev
        Baranov Kulikov Alekseev Yakovlev Sorokin Sergeyev Romanov Zakharov Borisov Korolev Gerasimov
        Ponomaryov Grigoryev Lazarev Medvedev Yershov Sobolev Ryabov Polyakov Tsvetkov Danilov Zhukov
        Zhuravlev Nikolaev Krylov Maksimov Sidorov Osipov Belousov Fedotov Dorofeev Yegorov Matveyev Bobrov
        Dmitriev Kalinin Anisimov Petukhov Antonov Timofeev Nikiforov Veselov Filippov Markov Bolshakov
        Sukhanov Mironov Shiryaev Alexandrov Konovalov Shestakov Kazakov Efimov Denisov Gromov Fomin Davydov
        Melnikov Shcherbakov Blinov Kolesnikov Karpov Afanasyev Vlasov Maslov Isakov Tikhonov Aksyonov
        Gavrilov Rodionov Kotov Gorbunov Kudryashov Bykov Zuev Tretyakov Savelyev Panov Rybakov Suvorov
        Abramov Voronov Mukhin Arkhipov Trofimov Martynov Yemelyanov Gorshkov Chernov Ovchinnikov Seleznyov
        Panfilov Kopylov Mikheev Galkin Nazarov Lobanov Lukin Belyakov Potapov Nekrasov Khokhlov Zhdanov
        Naumov Shilov Vorontsov Yermakov Drozdov Ignatyev Loginov Safonov Kapustin Kirillov Moiseev Yeliseev
        Koshelev Kostin Gorbachev Orekhov Yefremov Isaev Yevdokimov Kalashnikov Kabanov Noskov Yudin Kulagin
        Prokhorov Nesterov Kharitonov Agafonov Muravyov Laptev Filatov Chumakov Gusakov Nosov''',
    'vn f': '''Tươi Xinh Gấm Thảo Hạnh Ngọc Hương Trang Linh''',
    'vn m': '''Nhựt Ước Tuấn Dũng Minh Khoa Phúc Quang''',
    'vn s': '''Đàm Phó Cù Đới Nguyễn Trần Lê Phạm Huỳnh Võ Đặng Bùi Đỗ Trương Lý Dương''',
    'wen f': '''Modesty Liberty Comfort Delight Blessing Goldie Saffron Candy Sapphire Clemency Amity Hope Joy Rose''',
    'wen s': '''Fowler Salter Hooper Slater Mercer Draper Spooner Pitcher Barley Bramble Thistle Butcher Farmer
        Gardener Bowman Squire Abbot Parson Deacon Friar Pope Prior Sheriff Marshal Reeve Falconer Hayward
        Dyer Fuller Cutler Skinner Bowyer Plummer Roper Sadler Wheeler Thacker Glazier Lorimer Tiler Hatter
        Spicer Vintner Brewer Baxter Lister Rider Sumner Tinker Trotter Waller Warden Woodman Bull Swan
        Heron Hawk Eagle Peacock Woodcock Herring Bass Badger Hare Fountain Meadows Moor Gates Winters
        Holiday Gay Merry Bliss Goodman Goodchild Goldsmith Pepper Sugar Gentle Meek Truelove Lovejoy
        Goodheart Merriman Doolittle Lightbody Whitehead Page King Young Baker Fisher Hunter Wolf Fox Bishop
        Porter Knight''',
    'wfr f': '''Mélisse Gracieuse Toussainte Chérie Aurore Blanche Fleur Victoire Espérance Céleste''',
    'wfr m': '''Prudent Amable''',
    'wfr s': '''Tonnelier Sabotier Charbonnier Vacher Potier Verrier Messager Sellier Batelier Chasseur Vigneron
        Brasseur Prieur Chanoine Leprince Lechevalier Levert Levieux Lepetit Lelong Ledoux Lheureux Bontemps
        Boncoeur Laforêt Dupré Duchêne Corbeau Caille Pinson Faucon Goujon Bélier Lecoq Canard Papillon
        Marteau Buffet Panier Tisserand Forgeron Jardinier Lebaron Lecourt Lebois Bouvier Lemarquis Moineau
        Letang Tanneur Couvreur Lebel Boulanger Meunier Sauvé Lapierre Bonheur Jolicoeur Marchand Vendredi
        Lachance Lajoie Larose Fontaine Leblanc Charpentier Lebrun''',
}

# ---------------------------------------------------------------- other pools
STREETS_FR = '''rue Saint-Zotique Est|avenue Christophe-Colomb|rue Fleury Ouest|boulevard Gouin Est|rue de Bordeaux
|avenue De Lorimier|rue Villeray|rue Jarry Ouest|rue Bélanger|avenue du Mont-Royal Est|rue Rachel Est|rue Masson
|rue Ontario Est|boulevard Décarie|chemin de la Côte-des-Neiges|avenue Van Horne|rue Beaubien Est|boulevard Rosemont
|rue Hochelaga|avenue Papineau|rue Sainte-Famille|chemin Sainte-Foy|rue Saint-Jean|avenue Cartier|rue de la Couronne
|boulevard Charest Ouest|rue du Pont|1re Avenue|3e Rue|boulevard Talbot|rue Racine Est|rue Wellington Nord
|boulevard des Forges|rue des Ursulines|boulevard Laurier|rue Principale|chemin du Lac-Beauport|rang Saint-Isidore
|route 132 Est|rue de l'Église|rue des Pins|montée Masson|boulevard Taschereau|chemin de Chambly|rue Saint-Charles Ouest
|boulevard Curé-Labelle|rue Notre-Dame Ouest|boulevard Saint-Martin Ouest|avenue Bourgogne|rue Dufferin
|boulevard de la Gappe|rue Laviolette|rue des Érables|rue du Sureau|avenue des Ormeaux|rue Lavoisier|rue Monselet
|boulevard Lacordaire|rue Jean-Talon Est|rue Bélair|avenue Somerled|rue Sherbrooke Est|boulevard Pie-IX|rue Saint-Denis
|rue Drolet|avenue Casgrain|rue Clark|rue Saint-Urbain|avenue de l'Esplanade|rue Cadillac|rue Hector|rue de la Visitation
|boulevard Henri-Bourassa Est|rue Chabanel Ouest|rue de Castelnau Est|avenue Bloomfield|rue Sauvé Est|boulevard Lévesque Est
|rue de la Montagne|avenue Atwater|rue Wellington|rue Centre|rue Galt Ouest|boulevard Bourque|rue Frontenac|rue des Cèdres
|boulevard Wilfrid-Hamel|avenue Maguire|rue de la Canardière|boulevard des Capucins|chemin Saint-Louis|rue du Cap-Diamant
|avenue Royale|rue Dorchester|boulevard Hamel|rue du Parc-de-la-Rivière|rue Racine|boulevard Saint-Joseph|rue Lévis
|rue Montcalm|rue des Oblats|chemin du Fleuve|rue de la Fabrique|avenue du Rocher|rue Champlain|rue des Tilleuls
|boulevard Sainte-Anne|rue du Domaine|rue des Mésanges|place de la Gare|rue Latour|rue des Seigneurs|rang du Bas-de-la-Rivière
|rue Saint-Vallier Est|boulevard Industriel|rue Goyer|avenue Plamondon|rue Légaré|rue de Lanaudière|rue Marquette'''
STREETS_EN = '''Maple Avenue|Cedar Crescent|Elm Street|Lakeshore Road|Westminster Avenue North|Sherbrooke Street West
|Victoria Avenue|Monkland Avenue|Grosvenor Avenue|Sunnyside Avenue|Cavendish Boulevard|Belmont Street|Queen Street
|Main Street|Church Street|Beaconsfield Boulevard|Stillview Road|Donegani Avenue|Hymus Boulevard|Harwood Boulevard
|Claremont Avenue|Melrose Avenue|Marlowe Avenue|Coronation Avenue|Terrebonne Street|Mountain Street|Oxford Avenue
|Hampton Avenue|Regent Avenue|Brock Avenue|Walkley Avenue|Girouard Avenue|Sunrise Crescent|Pine Beach Boulevard
|Fieldfare Avenue|Kildare Road|Bayview Avenue|Golf Road|Lakeview Drive|Windermere Road|Elgin Street|Dunrae Avenue
|Rockland Road|Rosedale Avenue|Lansdowne Avenue|Clanranald Avenue|Dollard Avenue|Shamrock Avenue|Blossom Avenue
|Strathcona Drive|Kensington Avenue|Mackay Street|Bishop Street|Guy Street|Union Avenue|Hutchison Street
|Prince Arthur Street West|Parkway Drive|Brunswick Boulevard|Spring Garden Road|Sources Road|Thornhill Avenue'''
FOREIGN_ADDR = '''fr|14, rue de la Roquette|75011|Paris
fr|3, impasse des Lilas|69007|Lyon
fr|27 bis, avenue Jean-Jaurès|13005|Marseille
fr|8, allée des Tanneurs|67000|Strasbourg
be|Rue du Trône 41, bte 6|1050|Ixelles
ch|Hauptstrasse 12, Suite 3|8001|Zürich
ch|Rue de Carouge 58|1205|Genève
de|Schillerstraße 4|10625|Berlin
uk|Flat 2, 17 Elm Row|EH7 4AA|Edinburgh
uk|41 Cowley Road|OX4 1HP|Oxford
us|2217 Maple Drive, Apt 5|05401|Burlington, VT
us|118 Dorchester Avenue|02127|Boston, MA
ht|12, rue Capois||Port-au-Prince
ht|Delmas 33, impasse Joseph #7||Delmas
ma|23, rue Ibn Battouta, appt 4|10000|Rabat
ma|Résidence Al Manar, imm. 5, apt 12|20250|Casablanca
dz|Cité des 200 Logements, bt 3|16000|Alger
tn|17, rue de Marseille|1000|Tunis
lb|Rue Monot, immeuble Gebran, 4e étage||Beyrouth
sn|Villa 214, Sicap Liberté 2||Dakar
cm|BP 4417, quartier Bonapriso||Douala
pt|Rua da Misericórdia 22, 2.º Esq.|1200-273|Lisboa
it|Via Garibaldi 31|86100|Campobasso
gr|Odos Patision 112|11257|Athína
ro|Strada Lipscani 19, ap. 7|030031|București
pl|ul. Floriańska 9 m. 4|31-019|Kraków
ua|vul. Sahaidachnoho 6, kv. 18|04070|Kyiv'''
CITIES_QC = '''Montréal H|Québec G|Laval H|Gatineau J|Longueuil J|Sherbrooke J|Saguenay G|Lévis G|Trois-Rivières G
|Terrebonne J|Saint-Jean-sur-Richelieu J|Repentigny J|Brossard J|Drummondville J|Saint-Jérôme J|Granby J|Blainville J
|Saint-Hyacinthe J|Shawinigan G|Dollard-Des Ormeaux H|Rimouski G|Châteauguay J|Victoriaville G|Rouyn-Noranda J
|Salaberry-de-Valleyfield J|Sorel-Tracy J|Alma G|Sept-Îles G|Val-d'Or J|Baie-Comeau G|Joliette J|Thetford Mines G
|Matane G|Magog J|Amos J|Gaspé G|Rivière-du-Loup G|Dolbeau-Mistassini G|Chibougamau G|Kuujjuaq J|Wendake G
|Chisasibi J|Kahnawake J|Pointe-Claire H|Kirkland H|Beaconsfield H|Westmount H|Mont-Royal H|Côte-Saint-Luc H
|Hampstead H|Boucherville J|Chambly J|Mirabel J|Mascouche J|Vaudreuil-Dorion J|Sainte-Julie J|Beloeil J|Candiac J
|La Prairie J|Varennes J|Cowansville J|Lac-Mégantic G|Saint-Georges G|Sainte-Marie G|Montmagny G|La Malbaie G
|Baie-Saint-Paul G|Roberval G|Shawville J|Maniwaki J|Mont-Laurier J|Sainte-Agathe-des-Monts J|Carleton-sur-Mer G
|New Richmond G|Cap-aux-Meules G|Inukjuak J|Manawan J|Wemotaci G|Uashat G|Pessamit G|Mistissini G|Kanesatake J'''
CITIES_ABROAD = '''Paris|33 France|Lyon|33 France|Bruxelles|32 Belgique|Genève|41 Suisse|Port-au-Prince|509 Haïti
|Cap-Haïtien|509 Haïti|Jacmel|509 Haïti|Casablanca|212 Maroc|Fès|212 Maroc|Oran|213 Algérie|Tizi Ouzou|213 Algérie
|Sfax|216 Tunisie|Beyrouth|961 Liban|Zahlé|961 Liban|Dakar|221 Sénégal|Thiès|221 Sénégal|Kinshasa|243 RDC
|Lubumbashi|243 RDC|Douala|237 Cameroun|Bafoussam|237 Cameroun|Medellín|57 Colombie|Arequipa|51 Pérou
|Valparaíso|56 Chili|Cebu|63 Philippines|Davao|63 Philippines|Hô Chi Minh-Ville|84 Viêt Nam|Huế|84 Viêt Nam
|Guangzhou|86 Chine|Chengdu|86 Chine|Kowloon|852 Hong Kong|Busan|82 Corée|Ponta Delgada|351 Portugal
|Campobasso|39 Italie|Thessalonique|30 Grèce|Cluj-Napoca|40 Roumanie|Wrocław|48 Pologne|Lviv|380 Ukraine
|Ludhiana|91 Inde|Jaffna|94 Sri Lanka|Sylhet|880 Bangladesh|Manchester|44 Royaume-Uni|Cork|353 Irlande'''
ORGS_FR = '''Pharmacie Jean Coutu|Pharmacie Brunet de Rosemont|Familiprix Lévesque et Paradis|CLSC de Saint-Michel
|CIUSSS du Centre-Sud-de-l'Île-de-Montréal|CISSS de la Montérégie-Centre|Hôpital Maisonneuve-Rosemont
|Hôpital Pierre-Le Gardeur|Hôpital Charles-LeMoyne|CHU Sainte-Justine|Hôtel-Dieu de Lévis|Institut Philippe-Pinel
|Centre jeunesse de la Mauricie|École secondaire Louis-Joseph-Papineau|École secondaire Jeanne-Mance
|École primaire Marguerite-Bourgeoys|École Saint-Jean-de-la-Lande|Cégep Édouard-Montpetit|Cégep André-Laurendeau
|Collège Jean-de-Brébeuf|Université Laval|Centre de services scolaire de la Pointe-de-l'Île|Caisse Desjardins du Plateau
|Banque Nationale|Hydro-Québec|Vidéotron|Société de transport de Laval|Réseau de transport de la Capitale
|Maison Jean-Lapointe|Fondation Lucie et André Chagnon|Fondation Marie-Vincent|Aréna Maurice-Richard
|Bibliothèque Gabrielle-Roy|Pavillon Marie-Victorin|Maison de la culture Frontenac|Centre Bell|Cour du Québec
|Tribunal administratif du logement|CNESST|Bureau du coroner|SAAQ|Retraite Québec|Revenu Québec
|Service de police de la Ville de Montréal|Sûreté du Québec|Office municipal d'habitation de Québec|Moisson Montréal
|Maison d'Haïti|Centre Afrika|Carrefour d'alimentation Rosemont|Garage Dubuc et fils|Résidence Jardins Lavigueur
|CHSLD Émilie-Gamelin|Clinique médicale du Quartier Latin|Groupe Jean Coutu|Rôtisseries St-Hubert|Provigo Le Marché
|Maxi de la rue Fleury|Rona Anjou|Couche-Tard|Cinéma Beaubien|Parc Jean-Drapeau|Théâtre Denise-Pelletier
|Centre Claude-Robillard|Aréna Jacques-Lemaire|Polyvalente Pierre-Dupuy|Collège Lionel-Groulx|Hôpital Jean-Talon
|Centre hospitalier Anna-Laberge|Fondation du Dr Julien|Club Optimiste de Lévis|Coopérative funéraire de l'Estrie
|Service de police de Laval|Service de police de l'agglomération de Longueuil|Service de police de la Ville de Québec
|Régie intermunicipale de police Thérèse-De Blainville|Service de police de la Ville de Gatineau|Corps de police régional Kativik'''
ORGS_EN = '''Batshaw Youth and Family Centres|Jewish General Hospital|Montreal Children's Hospital
|McGill University Health Centre|Lester B. Pearson School Board|English Montreal School Board|Dawson College
|John Abbott College|Concordia University|Bishop's University|Douglas Mental Health University Institute
|Lakeshore General Hospital|St. Mary's Hospital Center|Tim Hortons|Canadian Tire|Shriners Hospitals for Children
|Cummings Centre|YMCA Cartierville|Royal Canadian Legion Branch 94|Alexander Graham Bell School
|Westmount Public Library|Sir Wilfrid Laurier School Board|Heritage Regional High School|Champlain College Lennoxville
|Veterans Affairs Canada|Service Canada|Immigration, Refugees and Citizenship Canada|Canada Post
|Royal Bank of Canada|TD Canada Trust|Bell Canada|Costco Pointe-Claire|Walmart Supercentre|Home Depot Saint-Laurent
|Miriam Home and Services|AMI-Québec|Tyndale St-Georges Community Centre|Black Community Resource Centre
|Chinese Family Service of Greater Montreal|Agence Ometz|Jack Layton Housing Co-op|Sun Youth|NDG Food Depot
|Kahnawake Peacekeepers|Royal Canadian Mounted Police|Montreal Police Service, Station 9|Sherbrooke Police Service'''
LAWS_FR = '''l'^article 39 de la Loi sur la protection de la jeunesse|l'^article 38 LPJ|l'^article 1974 du Code civil du Québec
|l'^article 1863 C.c.Q.|l'^article 12 de la Loi sur l'accès|l'^article 53 de la Loi sur l'accès aux documents des organismes publics
|la ^Loi 25|l'^article 32 de la Loi sur les accidents du travail et les maladies professionnelles|l'^article 9 de la Charte des droits et libertés de la personne
|l'^article 266 du Code criminel|l'^article 810 du Code criminel|la ^Loi sur la santé et la sécurité du travail|l'^article 46 de la Loi sur la police
|l'^article 2 de la Loi sur la recherche des causes et des circonstances des décès|l'^article 96 de la LIPR|l'^article 1912 C.c.Q.
|l'^article 179 de la LATMP|l'^article 10 de la Charte québécoise|l'^article 57 de la Loi sur l'instruction publique|la ^Loi sur les normes du travail'''
LAWS_EN = '''s. 7 of the Charter|section 15 of the Canadian Charter of Rights and Freedoms|section 38 of the Youth Protection Act
|the Act respecting occupational health and safety|s. 96 of IRPA|section 810 of the Criminal Code|Article 1974 of the Civil Code of Québec
|the Privacy Act|PIPEDA|Bill 96|Law 25|s. 11(b) of the Charter|section 32 of the Act respecting industrial accidents
|s. 24(2) of the Charter|the Act respecting access to documents|Article 1863 C.C.Q.|section 2 of the Coroners Act'''
MAIL_DOMAINS = '''gmail.com|hotmail.com|outlook.com|videotron.ca|sympatico.ca|yahoo.ca|icloud.com|bell.net|hotmail.fr
|live.ca|cgocable.ca|globetrotter.net|orange.fr|protonmail.com|cooptel.qc.ca|ssss.gouv.qc.ca|umontreal.ca|ulaval.ca'''
ORG_KINDS = {
    'orgh': ('Hôpital', 'CHSLD', 'CHU', 'Hôtel-Dieu', 'Clinique', 'CLSC', 'CIUSSS', 'CISSS', 'Institut', 'Centre hospitalier', 'Hospital', 'Health', 'Résidence', 'Douglas', 'Miriam'),
    'orgs': ('École', 'Cégep', 'Collège', 'Polyvalente', 'Université', 'School', 'College', 'scolaire'),
    'orgp': ('police', 'Sûreté', 'Police', 'Peacekeepers', 'Mounted'),
    'orgd': ('Fondation', 'Moisson', 'Maison', 'Shriners', 'Sun Youth', 'Food Depot', 'AMI-Québec', 'Centraide', 'Foundation'),
}
AREA = [514, 438, 450, 579, 418, 581, 819, 873, 367, 354, 263]


# ---------------------------------------------------------------- helpers
def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('đ', 'd')


def half_of(entry):
    return 'WH'[int(hashlib.md5(fold(entry).encode('utf-8')).hexdigest(), 16) % 2]


def split_pool(entries, mode):
    return [e for e in entries if half_of(e) == mode]


def bars(s):
    return [x.strip() for x in s.replace('\n', '').split('|') if x.strip()]


def luhn_digit(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(digits):
    return luhn_digit(digits[:-1]) == digits[-1]


PC_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ'
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ORIGINS = [  # origin, weight, surname pool, given pool prefix
    ('qc', 34), ('ac', 3), ('en', 8), ('ht', 7), ('mg', 6), ('lb', 3), ('cn', 4), ('hk', 2), ('kr', 2),
    ('vn', 3), ('ph', 3), ('la', 4), ('pt', 2), ('it', 3), ('gr', 2), ('ro', 2), ('pl', 2), ('ua', 3),
    ('pa', 2), ('ta', 2), ('bn', 2), ('af', 4), ('in', 3)]
GIVEN_FROM = {'ac': ['ac', 'qc'], 'hk': ['en'], 'in': ['in', 'qc'], 'ht': ['ht', 'qc']}
FEMALE_ONLY_END = ('ska', 'cka', 'dzka', 'ova', 'eva', 'ina', 'yova')
MALE_ONLY_END = ('ski', 'cki', 'dzki', 'ov', 'ev', 'in', 'yn')


def date_fr(d, style=0):
    if style == 0:
        return f'{d.day} {MOIS[d.month - 1]} {d.year}'
    if style == 1:
        return f'{d.day:02d}/{d.month:02d}/{d.year}'
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f'{d.day:02d}-{d.month:02d}-{d.year}'
    return f'{"1er" if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}'


def date_en(d, style=0):
    if style == 0:
        return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
    if style == 1:
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f'{d.day} {MONTHS[d.month - 1][:3]} {d.year}'
    return f'{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}'


# ---------------------------------------------------------------- world
class World:
    def __init__(self, mode):
        self.mode = mode
        self.names = {}
        for tag, s in NAMES.items():
            self.names[tag] = split_pool(s.split(), mode)
        self.streets_fr = split_pool(bars(STREETS_FR), mode)
        self.streets_en = split_pool(bars(STREETS_EN), mode)
        self.foreign = split_pool([l for l in FOREIGN_ADDR.splitlines() if l.strip()], mode)
        cq = bars(CITIES_QC)
        self.cities = [tuple(c.rsplit(' ', 1)) for c in split_pool(cq, mode)]
        ab = bars(CITIES_ABROAD)
        pairs = [(ab[i], ab[i + 1]) for i in range(0, len(ab), 2)]
        self.abroad = [(c, int(x.split(' ', 1)[0]), x.split(' ', 1)[1]) for c, x in pairs if half_of(c) == mode]
        self.orgs_fr = split_pool(bars(ORGS_FR), mode)
        self.orgs_en = split_pool(bars(ORGS_EN), mode)
        self.laws_fr = split_pool(bars(LAWS_FR), mode)
        self.laws_en = split_pool(bars(LAWS_EN), mode)
        self.domains = split_pool(bars(MAIL_DOMAINS), mode)
        self.ow = [(o, w) for o, w in ORIGINS]

    def org_kind(self, kind, fr):
        keys = ORG_KINDS[kind]
        for pool in ((self.orgs_fr if fr else self.orgs_en), self.orgs_fr + self.orgs_en):
            c = [o for o in pool if any(x in o for x in keys)]
            if c:
                return c
        return self.orgs_fr + self.orgs_en

    def pool(self, tag):
        p = self.names.get(tag) or []
        return p

    def given(self, r, origin, sex):
        srcs = GIVEN_FROM.get(origin, [origin])
        src = srcs[0] if (len(srcs) == 1 or r.random() < 0.7) else srcs[1]
        p = self.pool(f'{src} {sex}')
        if origin == 'pa' and not p:
            p = self.pool('pa ' + ('m' if sex == 'f' else 'f'))
        if len(p) < 4:
            p = p + self.pool(f'qc {sex}')
        if src in ('qc', 'ht', 'ac') and r.random() < 0.12:
            wp = self.pool(f'wfr {sex}')
            if wp:
                return r.choice(wp)
        if src == 'en' and r.random() < 0.2 and sex == 'f':
            wp = self.pool('wen f')
            if wp:
                return r.choice(wp)
        g = r.choice(p)
        if src in ('qc', 'ht') and r.random() < 0.18:
            lead = self.pool(f'qc l{sex}')
            if lead:
                g = r.choice(lead) + '-' + g
        return g

    def surname(self, r, origin, sex):
        p = list(self.pool(f'{origin} s'))
        if origin in ('pl', 'ua'):
            bad = MALE_ONLY_END if sex == 'f' else FEMALE_ONLY_END
            p = [x for x in p if not fold(x).endswith(bad)] or p
        if origin == 'ph' and r.random() < 0.3:
            p = p + self.pool('la s')
        x = r.random()
        if origin in ('qc', 'ac', 'ht') and x < 0.45:
            p = self.pool('wfr s') or p
        elif origin in ('en', 'hk') and x < 0.55:
            p = self.pool('wen s') or p
        elif x < 0.06:
            p = self.pool(r.choice(['wfr s', 'wen s'])) or p
        if len(p) < 3:
            p = p + self.pool('qc s')
        s = r.choice(p)
        if origin == 'qc' and r.random() < 0.08:
            s2 = r.choice(self.pool('qc s'))
            if s2 != s:
                s = s + '-' + s2
        if origin == 'la' and r.random() < 0.35:
            s2 = r.choice(self.pool('la s'))
            if s2 != s:
                s = s + ' ' + s2
        return s

    def person(self, r, origin=None, sex=None, age=None):
        origin = origin or r.choices([o for o, _ in self.ow], [w for _, w in self.ow])[0]
        sex = sex or r.choice('fm')
        return Person(self, r, origin, sex, age)

    def people(self, r, n, **kw):
        out, seen = [], set()
        while len(out) < n:
            p = self.person(r, **kw)
            key = (fold(p.given), fold(p.surname))
            parts = set(fold(x) for x in re.findall(r"[^\W\d_]+", p.given + ' ' + p.surname))
            if key in seen or parts & seen:
                continue
            seen |= parts
            seen.add(key)
            out.append(p)
        return out


def strip_letters(s):
    return re.sub(r'[^A-Z]', '', fold(s).upper())


class Person:
    def __init__(self, w, r, origin, sex, age=None):
        self.w, self.origin, self.sex = w, origin, sex
        self.given = w.given(r, origin, sex)
        self.surname = w.surname(r, origin, sex)
        self.middle = None
        if r.random() < 0.12:
            m = w.given(r, origin, sex)
            if '-' not in m and fold(m) != fold(self.given.split('-')[-1]):
                self.middle = m
        if origin == 'pa' and r.random() < 0.5:
            x = self.w.pool('pa x')
            want = 'Kaur' if sex == 'f' else 'Singh'
            if want in x:
                self.middle = want
        if age is None:
            age = r.randint(19, 88)
        ref = date(2024, 6, 30)
        self.dob = ref - timedelta(days=age * 365 + r.randint(0, 364))
        self.age = age
        self.memo = {}
        self.r = random.Random(r.random())

    # ---- name forms
    @property
    def asian(self):
        return self.origin in ('cn', 'kr', 'vn')

    def initials(self):
        parts = self.given.split('-')
        return '.-'.join(p[0] for p in parts) + '.'

    def form(self, style):
        g, s, m = self.given, self.surname, self.middle
        if style == 'full':
            return f'{g} {s}'
        if style == 'mid':
            return f'{g} {m} {s}' if m else f'{g} {s}'
        if style == 'nat':
            return f'{s} {g}' if self.asian else f'{g} {s}'
        if style == 'rev':
            return f'{s}, {g}'
        if style == 'REV':
            return f'{s.upper()}, {g}'
        if style == 'CAPS':
            return f'{g} {s}'.upper()
        if style == 'lower':
            return f'{g} {s}'.lower()
        if style == 'init':
            return f'{self.initials()} {s}'
        if style == 'given':
            return g
        if style == 'glow':
            return g.lower()
        if style == 'sur':
            return s
        if style == 'SUR':
            return s.upper()
        if style == 'slow':
            return s.lower()
        if style == 'gi':
            return f'{g} {s[0]}.'
        raise KeyError(style)

    # ---- identifiers (memoised per person)
    def get(self, key, fn):
        if key not in self.memo:
            self.memo[key] = fn(self.r)
        return self.memo[key]

    def phone(self, r, intl_ok=True):
        a = r.choice(AREA)
        ex = r.randint(201, 989)
        ln = r.randint(0, 9999)
        st = r.random()
        if st < 0.3:
            return f'({a}) {ex}-{ln:04d}'
        if st < 0.55:
            return f'{a}-{ex}-{ln:04d}'
        if st < 0.65:
            return f'{a}.{ex}.{ln:04d}'
        if st < 0.75:
            return f'{a} {ex}-{ln:04d}'
        if st < 0.83:
            return f'+1 {a} {ex} {ln:04d}'
        if st < 0.9:
            return f'1-{a}-{ex}-{ln:04d}'
        if st < 0.95:
            return f'{a}{ex}{ln:04d}'
        return f'({a}){ex}-{ln:04d}'

    def intl(self, r, cc=None):
        if cc is None:
            cc = r.choice([33, 32, 41, 509, 212, 213, 216, 961, 221, 243, 237, 57, 63, 84, 86, 852, 82, 351, 39, 30, 40, 48, 380, 91, 94, 880, 44, 353])
        d = lambda n: ''.join(str(r.randint(0, 9)) for _ in range(n))
        if cc == 33:
            return f'+33 {r.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}'
        if cc == 44:
            return r.choice([f'+44 20 {d(4)} {d(4)}', f'+44 7{d(3)} {d(6)}'])
        if cc == 509:
            return f'+509 {r.choice("34")}{d(3)} {d(4)}'
        if cc == 212:
            return f'+212 6 {d(2)} {d(2)} {d(2)} {d(2)}'
        if cc == 961:
            return f'+961 {r.choice(["3", "70", "71", "76"])} {d(3)} {d(3)}'
        if cc == 86:
            return f'+86 1{d(2)} {d(4)} {d(4)}'
        if cc == 852:
            return f'+852 {d(4)} {d(4)}'
        if cc == 82:
            return f'+82 10-{d(4)}-{d(4)}'
        if cc == 91:
            return f'+91 {r.randint(7, 9)}{d(4)} {d(5)}'
        if cc == 243:
            return f'+243 8{d(2)} {d(3)} {d(3)}'
        if cc == 221:
            return f'+221 77 {d(3)} {d(2)} {d(2)}'
        return f'+{cc} {d(3)} {d(3)} {d(3)}'

    def email(self, r):
        g = re.sub(r'[^a-z]', '', fold(self.given.split('-')[0]))
        g2 = re.sub(r'[^a-z]', '', fold(self.given))
        s = re.sub(r'[^a-z]', '', fold(self.surname.split(' ')[0].split('-')[0]))
        dom = r.choice(self.w.domains)
        st = r.randint(0, 7)
        loc = [f'{g}.{s}', f'{g[0]}{s}', f'{s}.{g}', f'{g}{s}{r.randint(1, 99)}', f'{g2}_{s}', f'{s}{g[0]}',
               f'{g}.{s}{self.dob.year % 100:02d}', f'{g[0]}.{s}'][st]
        return f'{loc}@{dom}'

    def nas(self, r):
        body = str(r.choice([1, 2, 2, 2, 4, 5, 6, 7])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        n = body + luhn_digit(body)
        st = r.random()
        if st < 0.45:
            return f'{n[:3]} {n[3:6]} {n[6:]}'
        if st < 0.75:
            return f'{n[:3]}-{n[3:6]}-{n[6:]}'
        return n

    def ramq_raw(self, r):
        s = strip_letters(self.surname.split('-')[0].split(' ')[0])
        s = (s + 'XXX')[:3]
        g = strip_letters(self.given)[:1] or 'X'
        mm = self.dob.month + (50 if self.sex == 'f' else 0)
        return f'{s}{g}{self.dob.year % 100:02d}{mm:02d}{self.dob.day:02d}{r.randint(10, 99)}'

    def ramq(self, r):
        raw = self.get('ramq_raw', self.ramq_raw)
        st = r.random()
        if st < 0.5:
            return f'{raw[:4]} {raw[4:8]} {raw[8:]}'
        if st < 0.8:
            return raw
        return f'{raw[:4]}-{raw[4:8]}-{raw[8:]}'

    def dl(self, r):
        L = (strip_letters(self.surname) or 'X')[0]
        dg = ''.join(str(r.randint(0, 9)) for _ in range(12))
        if r.random() < 0.6:
            return f'{L}{dg[:4]}-{dg[4:10]}-{dg[10:]}'
        return f'{L}{dg}'

    def passport(self, r):
        k = r.random()
        d = lambda n: ''.join(str(r.randint(0, 9)) for _ in range(n))
        U = lambda n: ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(n))
        if k < 0.55 or self.origin in ('qc', 'en', 'ac', 'in'):
            return U(2) + d(6)
        if k < 0.7:
            return d(2) + U(2) + d(5)
        if k < 0.8:
            return d(9)
        if k < 0.9:
            return U(1) + d(7)
        return U(2) + d(7)

    def card(self, r):
        if r.random() < 0.55:
            body = '4' + ''.join(str(r.randint(0, 9)) for _ in range(14))
        else:
            body = '5' + str(r.randint(1, 5)) + ''.join(str(r.randint(0, 9)) for _ in range(13))
        n = body + luhn_digit(body)
        st = r.random()
        if st < 0.5:
            return ' '.join(n[i:i + 4] for i in range(0, 16, 4))
        if st < 0.75:
            return '-'.join(n[i:i + 4] for i in range(0, 16, 4))
        return n

    def plate(self, r):
        L = lambda n: ''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(n))
        k = r.random()
        if k < 0.4:
            return f'{L(3)} {r.randint(100, 999)}'
        if k < 0.75:
            return f'{r.randint(100, 999)} {L(3)}'
        if k < 0.85:
            return f'F{r.randint(1000, 9999)}'
        if k < 0.93:
            return f'{L(1)}{r.randint(10, 99)} {L(3)}'
        return f'{L(3)}{r.randint(100, 999)}'

    def postal(self, r, first=None):
        first = first or r.choice('GHJ')
        c = lambda: r.choice(PC_LETTERS)
        pc = f'{first}{r.randint(0, 9)}{c()} {r.randint(0, 9)}{c()}{r.randint(0, 9)}'
        return pc if r.random() < 0.85 else pc.replace(' ', '')

    def home(self, r):
        """(address text, city, postal code, lang of street)"""
        city, first = r.choice(self.w.cities)
        fr = r.random() < 0.72 or not self.w.streets_en
        st = r.choice(self.w.streets_fr if fr else self.w.streets_en)
        num = r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 12999)])
        unit = r.random()
        if fr:
            if unit < 0.18:
                a = f'{num}, {st}, app. {r.randint(1, 24)}'
            elif unit < 0.3:
                a = f'{r.randint(1, 8)}{r.randint(0, 9):02d}-{num} {st}'
            elif unit < 0.38:
                a = f'{num} {st}, bureau {r.randint(100, 450)}'
            elif unit < 0.7:
                a = f'{num}, {st}'
            else:
                a = f'{num} {st}'
        else:
            if unit < 0.2:
                a = f'{num} {st}, Apt. {r.randint(1, 24)}'
            elif unit < 0.3:
                a = f'{num} {st}, Unit {r.randint(1, 9)}{r.choice("ABC")}'
            else:
                a = f'{num} {st}'
        return a, city, self.postal(r, first)

    def bank(self, r):
        inst = r.choice(['001', '002', '003', '004', '006', '010', '815', '829', '837'])
        return f'{r.randint(0, 99999):05d}', inst, ''.join(str(r.randint(0, 9)) for _ in range(7))


def P(typ, text):
    return ('pii', typ, text)


def D(typ, text):
    return ('decoy', typ, text)


def C(text):
    return ('content', 'CONTENT', text)


# ---------------------------------------------------------------- document builder
_TPL = re.compile(r'\{(\w+)\}|\[\[(.+?)\]\]|<<(.+?)\|([A-Z]+)>>')


def ocr_noise(r, s):
    out = []
    for tok in re.split(r'( +)', s):
        if tok == ' ':
            k = r.random()
            if k < 0.05:
                tok = '  '
            elif k < 0.07:
                tok = '\n'
        elif tok and r.random() < 0.12 and re.fullmatch(r"[^\W\d_]{3,}[.,:;]?", tok):
            if 'l' in tok[1:]:
                i = tok.index('l', 1)
                tok = tok[:i] + '1' + tok[i + 1:]
            elif 'o' in tok[1:]:
                i = tok.index('o', 1)
                tok = tok[:i] + '0' + tok[i + 1:]
            elif tok[0] == 'O':
                tok = '0' + tok[1:]
            elif 'i' in tok[1:]:
                i = tok.index('i', 1)
                tok = tok[:i] + 'l' + tok[i + 1:]
        out.append(tok)
    return ''.join(out)


class Doc:
    def __init__(self, r, lang):
        self.r, self.lang = r, lang
        self.buf, self.spans, self.n = [], [], 0
        self.noise = None
        self.meta = []

    def t(self, s):
        if not s:
            return
        if self.noise is not None:
            s = ocr_noise(self.noise, s)
        self.buf.append(s)
        self.n += len(s.encode('utf-8'))

    def raw(self, s):
        self.buf.append(s)
        self.n += len(s.encode('utf-8'))

    def put(self, x):
        if x is None:
            return
        if isinstance(x, str):
            self.t(x)
        elif isinstance(x, tuple):
            kind, typ, text = x
            lead = len(text) - len(text.lstrip())
            if lead:
                self.raw(text[:lead])
                text = text[lead:]
            core = text.rstrip()
            st = self.n
            self.raw(core)
            if core:
                self.spans.append({'start': st, 'end': self.n, 'kind': kind, 'type': typ})
            if len(text) > len(core):
                self.raw(text[len(core):])
        else:
            for y in x:
                self.put(y)

    def f(self, tpl, k=None, **kw):
        pos = 0
        for m in _TPL.finditer(tpl):
            self.t(tpl[pos:m.start()])
            if m.group(1):
                name = m.group(1)
                self.put(kw[name] if name in kw else k[name])
            elif m.group(2):
                self.put(C(m.group(2)))
            else:
                self.put(D(m.group(4), m.group(3)))
            pos = m.end()
        self.t(tpl[pos:])

    def nl(self, n=1):
        self.t('\n' * n)

    def text(self):
        return ''.join(self.buf)


# ---------------------------------------------------------------- slots
class Slots(dict):
    """Lazy template slots.  '{a}' is person a's name, '{a_xxx}' a field of
    person a, other keys are document-level values (org, date, law, ...)."""

    def __init__(self, r, w, lang, doc=None, **people):
        super().__init__()
        self.r, self.w, self.lang, self.pp, self.doc = r, w, lang, people, doc
        self.today = date(2023, 1, 1) + timedelta(days=r.randint(0, 900))

    def __missing__(self, key):
        v = self.make(key)
        self[key] = v
        return v

    def add(self, **people):
        self.pp.update(people)
        return self

    def make(self, key):
        r, fr = self.r, self.lang == 'fr'
        if key in self.pp:
            return self.name(self.pp[key], r.choices(['full', 'mid', 'nat', 'init'], [70, 12, 12, 6])[0])
        if '_' in key and key.split('_', 1)[0] in self.pp:
            pk, fld = key.split('_', 1)
            return self.field(self.pp[pk], fld)
        return self.glob(key)

    def name(self, p, style):
        return P('PERSON', p.form(style))

    def field(self, p, f):
        r, fr = self.r, self.lang == 'fr'
        forms = {'f': 'full', 'g': 'given', 's': 'sur', 'S': 'SUR', 'i': 'init', 'R': 'REV', 'r': 'rev', 'l': 'lower',
                 'gl': 'glow', 'sl': 'slow', 'C': 'CAPS', 'n': 'nat', 'm': 'mid', 'gi': 'gi'}
        if f in forms:
            return self.name(p, forms[f])
        if f == 'mr':
            return ('Mme' if p.sex == 'f' else 'M.') if fr else r.choice(['Ms.', 'Mrs.'] if p.sex == 'f' else ['Mr.'])
        if f == 'Mr':
            return ('Madame' if p.sex == 'f' else 'Monsieur') if fr else ('Ms.' if p.sex == 'f' else 'Mr.')
        if f == 'e':
            return 'e' if p.sex == 'f' else ''
        if f == 'E':
            return 'E' if p.sex == 'f' else ''
        if f == 'Dr':
            return ('La Dre' if p.sex == 'f' else 'Le Dr') if fr else 'Dr.'
        if f == 'dr':
            return ('la Dre' if p.sex == 'f' else 'le Dr') if fr else 'Dr.'
        if f == 'rel':
            return r.choice(['fille', 'voisine', 'conjointe', 'préposée', 'sœur'] if p.sex == 'f' else ['fils', 'voisin', 'conjoint', 'préposé', 'frère']) if fr \
                else r.choice(['daughter', 'neighbour', 'wife', 'caregiver', 'sister'] if p.sex == 'f' else ['son', 'neighbour', 'husband', 'caregiver', 'brother'])
        if f == 'il':
            return ('elle' if p.sex == 'f' else 'il') if fr else ('she' if p.sex == 'f' else 'he')
        if f == 'Il':
            return ('Elle' if p.sex == 'f' else 'Il') if fr else ('She' if p.sex == 'f' else 'He')
        if f == 'his':
            return 'her' if p.sex == 'f' else 'his'
        if f == 'him':
            return 'her' if p.sex == 'f' else 'him'
        if f == 'age':
            return str(p.age)
        if f == 'tel':
            return P('PHONE', p.get('tel', p.phone))
        if f == 'cell':
            return P('PHONE', p.get('cell', p.phone))
        if f == 'intl':
            return P('PHONE', p.get('intl', p.intl))
        if f == 'mail':
            return P('EMAIL', p.get('mail', p.email))
        if f == 'nas':
            return P('NAS', p.get('nas', p.nas))
        if f == 'ramq':
            v = p.get('ramq', p.ramq)
            if self.doc is not None:
                self.doc.meta.append(('RAMQ', v, p))
            return P('RAMQ', v)
        if f == 'dl':
            return P('DRIVER_LICENCE', p.get('dl', p.dl))
        if f == 'pp':
            return P('PASSPORT', p.get('pp', p.passport))
        if f == 'cc':
            return P('CREDIT_CARD', p.get('cc', p.card))
        if f == 'plate':
            return P('PLATE', p.get('plate', p.plate))
        if f in ('transit', 'inst', 'acct'):
            b = p.get('bank', p.bank)
            return P('BANK_ACCOUNT', b[('transit', 'inst', 'acct').index(f)])
        if f == 'bank':
            b = p.get('bank', p.bank)
            return P('BANK_ACCOUNT', r.choice([f'{b[0]}-{b[1]}-{b[2]}', f'{b[1]} {b[0]} {b[2]}', f'{b[0]} {b[1]} {b[2]}']))
        if f == 'dob':
            return P('DOB', self.dob(p.dob))
        if f == 'dobx':  # unusual formats
            d = p.dob
            return P('DOB', r.choice([f'{d.year}.{d.month:02d}.{d.day:02d}', f'{d.day}.{d.month}.{d.year % 100:02d}',
                                      f'{d.year}{d.month:02d}{d.day:02d}', f'{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}',
                                      (f'{d.day} {MOIS[d.month - 1]} {d.year % 100:02d}' if fr else f'{MONTHS[d.month - 1][:3]} {d.day} \'{d.year % 100:02d}')]))
        home = p.get('home', p.home)
        if f == 'street':
            return P('ADDRESS', home[0])
        if f == 'streetl':
            return P('ADDRESS', home[0].lower().replace(',', ''))
        if f == 'city':
            return home[1]
        if f == 'pc':
            return P('POSTAL_CODE', home[2])
        if f == 'addr':
            sep = r.choice([', ', ', ', ' '])
            prov = r.choice([' (Québec) ', ' QC ', ', QC  ', ' ', ' (Qc) ']) if fr else r.choice([', QC ', ' Quebec ', ' QC ', ', Québec '])
            return [P('ADDRESS', home[0]), sep, home[1], prov, P('POSTAL_CODE', home[2])]
        if f == 'addr2':  # multi-line
            return [P('ADDRESS', home[0]), '\n', home[1], r.choice([' (Québec)  ', ' QC  ', '  ']), P('POSTAL_CODE', home[2])]
        if f == 'addrs':  # no postal code
            return [P('ADDRESS', home[0]), r.choice([', ', ' à ' if fr else ' in ']), home[1]]
        if f == 'abroad':
            line = p.get('abroad', lambda rr: rr.choice(self.w.foreign)).split('|')
            cc, a, pc, city = line
            if cc in ('fr', 'be', 'ch', 'de', 'ma', 'tn', 'dz', 'it', 'gr', 'ro', 'pl', 'ua', 'pt'):
                return [P('ADDRESS', a), ', ', P('POSTAL_CODE', pc) if pc else '', ' ' + city]
            if cc in ('uk', 'us'):
                return [P('ADDRESS', a), ', ' + city + ' ', P('POSTAL_CODE', pc)]
            return [P('ADDRESS', a), ', ' + city]
        raise KeyError(f)

    def dob(self, d):
        r = self.r
        if self.lang == 'fr':
            return r.choice([date_fr(d, 0), date_fr(d, 1), date_fr(d, 2), date_fr(d, 3), date_fr(d, 0)])
        return r.choice([date_en(d, 0), date_en(d, 1), date_en(d, 2), date_en(d, 3), date_en(d, 4)])

    def glob(self, key):
        r, w, fr = self.r, self.w, self.lang == 'fr'
        base = key.rstrip('0123456789')
        if base == 'org':
            return D('ORG', r.choice(w.orgs_fr if fr or r.random() < 0.25 else w.orgs_en))
        if base in ORG_KINDS:
            return D('ORG', r.choice(w.org_kind(base, fr)))
        if base == 'orgfr':
            return D('ORG', r.choice(w.orgs_fr))
        if base == 'orgen':
            return D('ORG', r.choice(w.orgs_en))
        if base == 'place':
            return D('PLACE', r.choice(w.cities)[0])
        if base == 'city':
            return r.choice(w.cities)[0]
        if base == 'abroad':
            return D('PLACE', r.choice(w.abroad)[0])
        if base == 'country':
            return D('PLACE', r.choice(w.abroad)[2])
        if base == 'streetd':
            return D('STREET', r.choice(w.streets_fr if fr else (w.streets_en or w.streets_fr)))
        if base in ('law', 'lawb'):
            e = r.choice(w.laws_fr if fr else w.laws_en)
            art, _, body = e.rpartition('^')
            return [art if base == 'law' else '', D('LAW', body)]
        if base == 'file':
            return D('FILENO', self.fileno())
        if base == 'tf':
            return D('TOLLFREE', self.tollfree())
        if base == 'amt':
            return D('AMOUNT', self.amount())
        if base == 'time':
            return D('TIME', self.time())
        if base == 'date':
            return D('DATE', self.ddate())
        if base == 'day':
            return (JOURS if fr else DAYS)[r.randint(0, 4)]
        if base == 'month':
            return D('MONTH', (MOIS if fr else MONTHS)[r.randint(0, 11)])
        if base == 'year':
            return D('YEAR', str(r.randint(2008, 2023)))
        if base == 'ext':
            return str(r.randint(2000, 7999))
        if base == 'num':
            return str(r.randint(2, 9))
        if base == 'fill':
            return pieces(filler(r, self.lang))
        raise KeyError(key)

    def fileno(self):
        r = self.r
        y = self.today.year - r.randint(0, 2)
        k = r.randint(0, 9)
        return [f'{y}-QC-{r.randint(0, 99999):05d}', f'500-{r.choice(["17", "22", "32", "05"])}-{r.randint(0, 999999):06d}-{y % 100}{r.randint(1, 9)}',
                f'DPJ-{y}-{r.randint(1, 99999):05d}', f'INC{r.randint(100000, 9999999):07d}', f'{y}-{r.randint(1, 9999):04d}-{r.choice(["AB", "RX", "TL", "CN"])}',
                f'RG-{y}-{r.randint(1, 9999)}', f'CDR-{y}-{r.randint(100, 999)}', f'{y} QCCQ {r.randint(100, 9999)}',
                f'TAL-{r.randint(100000, 999999)}', f'N/Réf. {r.choice("ABCDEFGH")}{r.randint(10, 99)}-{r.randint(1000, 9999)}'][k]

    def tollfree(self):
        r = self.r
        p = r.choice([800, 888, 877, 866, 855, 844, 833])
        a, b = r.randint(200, 989), r.randint(0, 9999)
        return r.choice([f'1 {p} {a}-{b:04d}', f'1-{p}-{a}-{b:04d}', f'1 ({p}) {a}-{b:04d}', f'{p}-{a}-{b:04d}'])

    def amount(self):
        r = self.r
        v = r.choices([r.randint(20, 99), r.randint(100, 999), r.randint(1000, 45000)], [1, 4, 3])[0]
        c = r.randint(0, 99) if r.random() < 0.5 else 0
        if self.lang == 'fr':
            s = f'{v:,}'.replace(',', '\u00a0' if r.random() < 0.3 else ' ')
            return f'{s},{c:02d} $' if c else f'{s} $'
        return f'${v:,}.{c:02d}' if c else f'${v:,}'

    def time(self):
        r = self.r
        h, m = r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        if self.lang == 'fr':
            return r.choice([f'{h} h {m:02d}', f'{h}h{m:02d}', f'{h}:{m:02d}', f'{h} h'])
        return r.choice([f'{h}:{m:02d}', f'{(h - 1) % 12 + 1}:{m:02d} {"a.m." if h < 12 else "p.m."}', f'{(h - 1) % 12 + 1}:{m:02d}{"am" if h < 12 else "pm"}'])

    def ddate(self):
        r = self.r
        d = self.today + timedelta(days=r.randint(-120, 60))
        return date_fr(d, r.choice([0, 0, 1, 2, 4])) if self.lang == 'fr' else date_en(d, r.choice([0, 0, 1, 2, 3]))


FILL_FR = ['Le [[suivi]] se poursuivra selon le [[plan]] convenu.', 'Aucun autre [[élément]] à signaler pour le moment.',
           'La [[situation]] demeure [[stable]] depuis la dernière rencontre.', 'Les [[documents]] demandés seront transmis sous peu.',
           'Une [[évaluation]] complémentaire pourrait être nécessaire.', 'Il faudra revoir le [[calendrier]] avec l\'équipe.',
           'Le [[formulaire]] a été numérisé et classé au dossier.', 'Les [[démarches]] auprès du propriétaire sont en cours.',
           'On attend toujours la [[réponse]] de l\'assureur.', 'La [[rencontre]] s\'est déroulée dans le calme.',
           'Les [[consignes]] ont été expliquées et bien comprises.', 'Le [[rapport]] final sera déposé à la fin du mois.']
FILL_EN = ['Follow-up will continue as [[planned]].', 'Nothing else to [[report]] at this time.',
           'The [[situation]] has remained [[stable]] since the last meeting.', 'The requested [[documents]] will be sent shortly.',
           'A further [[assessment]] may be needed.', 'The [[schedule]] needs to be reviewed with the team.',
           'The [[form]] was scanned and filed.', 'We are still waiting for the insurer\'s [[answer]].',
           'The [[meeting]] went smoothly.', 'The [[instructions]] were explained and understood.',
           'The final [[report]] will be filed at the end of the month.', 'Paperwork is [[pending]] on our side.']


def pieces(s):
    out, pos = [], 0
    for m in _TPL.finditer(s):
        out.append(s[pos:m.start()])
        out.append(C(m.group(2)) if m.group(2) else D(m.group(4), m.group(3)))
        pos = m.end()
    out.append(s[pos:])
    return out


def filler(r, lang):
    return r.choice(FILL_FR if lang == 'fr' else FILL_EN)


WORDS_FR = ['Il a laissé un <<panier|WORD>> de pommes devant la porte.', 'Elle a pris le <<marteau|WORD>> dans le cabanon.',
            'Un <<papillon|WORD>> était dessiné sur la carte.', 'On a aperçu un <<faucon|WORD>> près du stationnement.',
            'Le <<buffet|WORD>> de la salle communautaire a été déplacé.', 'Une odeur de <<lavande|WORD>> dans le corridor.',
            'Les <<hirondelles|WORD>> nichent sous la galerie.', '<<Prudent|WORD>>, le chauffeur a ralenti.',
            'Le <<vigneron|WORD>> du marché ne vient plus le samedi.', 'Le <<canard|WORD>> en plastique était resté dans le bain.']
WORDS_EN = ['She left a <<pitcher|WORD>> of water on the table.', 'A <<badger|WORD>> had been digging in the yard.',
            'The <<brewer|WORD>> down the street delivers on Fridays.', 'He is a <<gentle|WORD>> kid overall.',
            'The <<sheriff|WORD>> office sent a notice.', 'They went on <<holiday|WORD>> in July.',
            'A <<swan|WORD>> sticker was on the window.', 'The <<prior|WORD>> report was incomplete.',
            'There was <<sugar|WORD>> all over the counter.', 'The <<fountain|WORD>> in the lobby was broken.']


def wordy(r, lang):
    return r.choice(WORDS_FR if lang == 'fr' else WORDS_EN)


# ---------------------------------------------------------------- families
def mk(r, w, lang, **people):
    d = Doc(r, lang)
    k = Slots(r, w, lang, doc=d, **people)
    return d, k


def kid(w, r, **kw):
    return w.person(r, age=r.randint(6, 16), **kw)


def fam_dpj(r, w, lang):
    ch = kid(w, r)
    mo = w.person(r, origin=ch.origin if r.random() < 0.8 else None, sex='f', age=r.randint(24, 48))
    fa = w.person(r, sex='m', origin=ch.origin if r.random() < 0.6 else None)
    wk = w.person(r)
    te = w.person(r, sex='f')
    bf = w.person(r, sex='m')
    if r.random() < 0.6:
        ch.surname = fa.surname if r.random() < 0.7 else mo.surname
    d, k = mk(r, w, lang, c=ch, m=mo, p=fa, a=wk, t=te, b=bf)
    if lang == 'fr':
        d.f("Direction de la protection de la jeunesse — {org}\nNote évolutive — dossier {file}\n"
            "Enfant : {c_R} (DDN : {c_dob})   NAM : {c_ramq}\nIntervenant{a_e} : {a}\nDate de la note : {date}\n\n", k)
        paras = [
            "Visite à domicile chez la mère, {m_f}, au {m_addr}. {c_g} était présent{c_e} et a montré sa chambre. Le [[logement]] est propre mais peu meublé.",
            "Contact téléphonique avec le père, {p_f} ({p_tel}). Il dit ne pas avoir vu {c_g} depuis {month} et souhaite reprendre les [[visites]] supervisées.",
            "{c_g} fréquente l'{orgfr}. Selon l'enseignante, {t_mr} {t_s}, les [[absences]] ont diminué depuis la rentrée.",
            "{m_g} mentionne que son ancien conjoint, {b_l}, ne réside plus au logement. À vérifier auprès de {b_s} lui-même.",
            "Rencontre prévue le {date2} à {time} avec {m_g} et {p_g}. Signalement retenu en vertu de {law}.",
            "La grand-mère maternelle ({m_s}) pourrait accueillir {c_g} en cas de besoin; numéro à obtenir.",
            "{c_g} dit avoir peur quand {b_g} crie. Propos rapportés textuellement dans la grille.",
        ]
        for s in r.sample(paras, r.randint(3, 6)):
            d.f(s + "\n\n", k)
        if r.random() < 0.4:
            d.put(pieces(wordy(r, lang)))
            d.t("\n\n")
        d.f("{a_i}\n{tf} (ligne de garde)\n", k)
    else:
        d.f("Youth Protection — {orgen}\nProgress note — file {file}\n"
            "Child: {c_R}   DOB: {c_dob}   Medicare: {c_ramq}\nWorker: {a}\nDate: {date}\n\n", k)
        paras = [
            "Home visit with the mother, {m_f}, at {m_addr}. {c_g} was present and showed me {c_his} room. The [[apartment]] was tidy.",
            "Phone contact with the father, {p_f} ({p_tel}). He has not seen {c_g} since {month} and asks for supervised [[visits]] again.",
            "{c_g} attends {orgen}. According to the teacher, {t_mr} {t_s}, [[absences]] went down this term.",
            "{m_g} states her former partner, {b_l}, no longer lives there. Need to confirm with {b_s} directly.",
            "Next meeting on {date2} at {time} with {m_g} and {p_g}. Report retained under {law}.",
            "Maternal grandmother ({m_s}) could take {c_g} if needed; number still to get.",
            "{c_g} says {c_il} gets scared when {b_g} yells. Quoted verbatim in the grid.",
        ]
        for s in r.sample(paras, r.randint(3, 6)):
            d.f(s + "\n\n", k)
        if r.random() < 0.4:
            d.put(pieces(wordy(r, lang)))
            d.t("\n\n")
        d.f("{a_i}\nAfter hours: {tf}\n", k)
    return d


def fam_school(r, w, lang):
    k1, k2, k3 = kid(w, r), kid(w, r), kid(w, r)
    sv, pa2, dr = w.people(r, 3)
    pa1 = w.person(r, sex='f')
    d, k = mk(r, w, lang, x=k1, y=k2, z=k3, s=sv, p=pa1, q=pa2, h=dr)
    if lang == 'fr':
        d.f("RAPPORT D'INCIDENT — {orgs}\nDate : {date}   Heure : {time}   Lieu : [[cour]] d'école\n"
            "Élèves impliqués : {x_f} ({num}e année), {y_f}\nRédigé par : {s_f}, surveillant{s_e}\n\n", k)
        d.f("Pendant la récréation, {x_g} et {y_g} se sont disputés près des [[modules]]. {y_g} dit que {x_g} lui a pris sa tuque; "
            "{x_g} affirme que c'est {z_g} qui l'avait lancée sur le toit du cabanon. ", k)
        d.f(r.choice(["{z_f} confirme en partie cette version. ", "Selon {z_g}, personne n'a été frappé. "]), k)
        d.f("{y_g} a une [[égratignure]] au genou; premiers soins donnés au secrétariat.\n\n", k)
        d.f("Parents avisés :\n- {p_f}, mère de {x_g} — {p_cell} (message laissé)\n- {q_mr} {q_s} — {q_tel}, rappel à {time2}\n\n", k)
        d.f(r.choice(["Suivi par la direction ({h_mr} {h_s}) demain matin. ", "Transmis à {h_f}, directeur adjoint. "]), k)
        d.f("Référence : code de vie, section 4. {fill}\n", k)
        if r.random() < 0.5:
            d.f("\n{wordy}\n", k, wordy=pieces(wordy(r, lang)))
    else:
        d.f("INCIDENT REPORT — {orgs}\nDate: {date}   Time: {time}   Location: [[schoolyard]]\n"
            "Students involved: {x_f} (grade {num}), {y_f}\nWritten by: {s_f}, yard supervisor\n\n", k)
        d.f("During recess {x_g} and {y_g} argued near the [[climbing]] structure. {y_g} says {x_g} grabbed {y_his} hat; "
            "{x_g} says it was {z_g} who threw it on the shed roof. ", k)
        d.f(r.choice(["{z_f} partly confirms this. ", "According to {z_g}, nobody was hit. "]), k)
        d.f("{y_g} has a [[scrape]] on the knee; first aid given at the office.\n\n", k)
        d.f("Parents notified:\n- {p_f}, {x_g}'s parent — {p_cell} (voicemail)\n- {q_mr} {q_s} — {q_tel}, called back at {time2}\n\n", k)
        d.f(r.choice(["Follow-up by the principal ({h_mr} {h_s}) tomorrow morning. ", "Forwarded to {h_f}, vice-principal. "]), k)
        d.f("Reference: code of conduct, section 4. {fill}\n", k)
    return d


def fam_cnesst(r, w, lang):
    wk, dr = w.people(r, 2)
    bo, co = w.person(r, sex='m'), w.person(r, sex='m')
    d, k = mk(r, w, lang, a=wk, b=bo, c=co, m=dr)
    if lang == 'fr':
        d.f("Réclamation du travailleur — description de l'événement\nNom : {a_R}\nNAS : {a_nas}\nDate de naissance : {a_dob}\n"
            "Adresse : {a_addr}\nTéléphone : {a_tel}\nEmployeur : {org}\n\n", k)
        d.f("Le {date}, vers {time}, je déchargeais des [[palettes]] au quai 3. Mon contremaître, {b_f}, m'avait demandé de finir avant la pause. "
            "En tirant le transpalette, j'ai ressenti une douleur vive dans le bas du dos. ", k)
        d.f(r.choice(["Mon collègue {c_g} m'a aidé à m'asseoir. ", "C'est {c_f} qui a rempli le registre des premiers secours. "]), k)
        d.f("J'ai quand même terminé mon quart parce que {b_g} disait qu'on manquait de monde.\n\n", k)
        d.f("Le lendemain, j'ai consulté {m_dr} {m_s} à la clinique sans rendez-vous. {m_Il} m'a prescrit un [[arrêt]] de travail de deux semaines. "
            "Je joins l'attestation médicale. Je demande l'indemnité prévue à {law}.\n\n", k)
        d.f("Témoin : {c_f}, {c_cell}\nSignature : {a_i}   Date : {date2}\nDossier : {file}\n", k)
    else:
        d.f("Worker's claim — description of the event\nName: {a_R}\nSIN: {a_nas}\nDate of birth: {a_dob}\n"
            "Address: {a_addr}\nPhone: {a_tel}\nEmployer: {org}\n\n", k)
        d.f("On {date}, at about {time}, I was unloading [[pallets]] at dock 3. My foreman, {b_f}, wanted it done before the break. "
            "Pulling the pallet jack I felt a sharp pain in my lower back. ", k)
        d.f(r.choice(["My co-worker {c_g} helped me sit down. ", "{c_f} filled in the first-aid log. "]), k)
        d.f("I still finished my shift because {b_g} said we were short-staffed.\n\n", k)
        d.f("The next day I saw Dr. {m_s} at the walk-in clinic, who gave me two weeks off [[work]]. "
            "Medical certificate attached. I am asking for the benefits under {law}.\n\n", k)
        d.f("Witness: {c_f}, {c_cell}\nSigned: {a_i}   Date: {date2}\nFile: {file}\n", k)
    return d


def fam_tal(r, w, lang):
    lo, te, lw = w.people(r, 3)
    nb, wi = w.person(r, sex='m'), w.person(r, sex='m')
    d, k = mk(r, w, lang, l=lo, t=te, v=lw, n=nb, x=wi)
    if lang == 'fr':
        d.f("TRIBUNAL ADMINISTRATIF DU LOGEMENT\nDossier : {file}\n{l_C}\nPartie demanderesse (locateur)\nc.\n{t_C}\nPartie défenderesse (locataire)\n\n"
            "Résumé de l'audience du {date}\n\n", k)
        d.f("Le locateur, représenté par Me {v_f}, réclame {amt} pour loyers impayés et la résiliation du bail. "
            "{t_mr} {t_s} occupe le logement situé au {t_street}, à {t_city}, depuis {year}.\n\n", k)
        d.f("{t_Mr} {t_s} témoigne que le chauffage ne fonctionne plus depuis {month} et qu'{t_il} a avisé {l_g} {l_s} par texto à plusieurs reprises. "
            "Son voisin de palier, {n_f}, confirme avoir entendu les [[échanges]]. ", k)
        d.f(r.choice(["Le témoin {x_f}, concierge, affirme au contraire que les [[radiateurs]] ont été réparés. ",
                      "{x_f}, ancien concierge, n'a pas pu se présenter. "]), k)
        d.f("\n\nLe Tribunal rappelle {law}. Décision prise en délibéré.\n", k)
    else:
        d.f("ADMINISTRATIVE HOUSING TRIBUNAL\nFile: {file}\n{l_C}\nLandlord (plaintiff)\nv.\n{t_C}\nTenant (defendant)\n\n"
            "Summary of the hearing held on {date}\n\n", k)
        d.f("The landlord, represented by Mtre {v_f}, claims {amt} in unpaid rent and cancellation of the lease. "
            "{t_mr} {t_s} has rented the dwelling at {t_street}, {t_city}, since {year}.\n\n", k)
        d.f("{t_s} testifies that the heating has been broken since {month} and that {t_il} told {l_g} {l_s} several times by text. "
            "The next-door neighbour, {n_f}, confirms hearing the [[exchanges]]. ", k)
        d.f(r.choice(["The witness {x_f}, the janitor, says the [[radiators]] were fixed. ",
                      "{x_f}, the former janitor, did not show up. "]), k)
        d.f("\n\nThe Tribunal refers to {law}. Decision taken under advisement.\n", k)
    return d


def fam_coroner(r, w, lang):
    v = w.person(r, age=r.randint(20, 90))
    rel, nb, md, po = w.people(r, 4)
    d, k = mk(r, w, lang, v=v, q=rel, n=nb, m=md, p=po)
    if lang == 'fr':
        rels = r.choice(['sa sœur', 'sa fille', 'sa conjointe'] if rel.sex == 'f' else ['son fils', 'son frère', 'son conjoint'])
        d.f("RAPPORT D'INVESTIGATION DU CORONER (extrait)\nAvis no {file}\n\nIDENTIFICATION\n{v_f}, né{v_e} le {v_dob} à {place}, "
            "domicilié{v_e} au {v_addr}.\nIdentification visuelle par {rels}, {q_f}, le {date}.\n\nCIRCONSTANCES\n", k, rels=rels)
        d.f("Le {date2}, vers {time}, {n_f}, voisin{n_e} de {v_g} {v_s}, s'inquiète de ne plus voir de lumière et communique avec le 911. "
            "Les policiers, dont l'agent{p_e} {p_s}, trouvent {v_s} inanimé{v_e} dans la cuisine. ", k)
        d.f("Selon {q_g}, {v_g} vivait seul{v_e} depuis le décès de son conjoint et prenait plusieurs [[médicaments]].\n\n", k)
        d.f("ANALYSE\n{m_Dr} {m_f}, pathologiste, conclut à une cause naturelle. Aucune [[recommandation]] n'est formulée ({lawb}).\n", k)
    else:
        rels = r.choice(['a sister', 'a daughter', 'the spouse'] if rel.sex == 'f' else ['a son', 'a brother', 'the spouse'])
        d.f("CORONER'S INVESTIGATION REPORT (excerpt)\nNotice no. {file}\n\nIDENTIFICATION\n{v_f}, born {v_dob} in {place}, "
            "residing at {v_addr}.\nVisual identification by {rels}, {q_f}, on {date}.\n\nCIRCUMSTANCES\n", k, rels=rels)
        d.f("On {date2}, around {time}, {n_f}, a neighbour of {v_g} {v_s}, grew worried and called 911. "
            "Police officers, including Constable {p_s}, found {v_s} unresponsive in the kitchen. ", k)
        d.f("According to {q_g}, {v_g} lived alone and took several [[medications]].\n\n", k)
        d.f("ANALYSIS\nDr. {m_f}, pathologist, concludes to natural causes. No [[recommendation]] is made ({law}).\n", k)
    return d


def fam_immig(r, w, lang):
    ap = w.person(r, origin=r.choice(['ht', 'mg', 'af', 'la', 'ua', 'lb', 'bn', 'ta', 'cn', 'vn', 'ph']))
    it, of = w.people(r, 2)
    un = w.person(r, sex='m', origin=ap.origin if r.random() < 0.7 else None)
    sm = w.person(r, sex='f', origin=ap.origin)
    sp = w.person(r, origin=ap.origin, sex='m' if ap.sex == 'f' else 'f')
    d, k = mk(r, w, lang, a=ap, u=un, s=sp, i=it, m=sm, o=of)
    abroad = r.choice(w.abroad)
    k['ab'] = D('PLACE', abroad[0])
    if lang == 'fr':
        d.f("TRANSCRIPTION — ENTREVUE\nDemandeur{a_e} : {a_C}\nDate de naissance : {a_dob}\nPasseport : {a_pp}\nInterprète : {i_f}\nAgent{o_e} : {o_i}\nDossier : {file}\n\n", k)
        qa = [("Quel est votre nom complet?", "{a_m}."),
              ("Où habitiez-vous avant de partir?", "À {ab}, chez ma tante. Ensuite à {abroad}."),
              ("Qui vous a aidé à quitter le pays?", "Mon oncle {u_f}. Il vit maintenant à {city}, son numéro c'est le {u_intl}."),
              ("Et votre conjoint{s_e}?", "{s_g} est resté{s_e} là-bas avec sa mère, {m_f}."),
              ("Avez-vous une adresse ici?", "Oui, au {a_addr}. C'est chez {u_g}."),
              ("Avez-vous déjà été arrêté{a_e}?", "Non. Jamais. Seulement [[contrôlé]] à un barrage."),
              ("Et l'adresse de la mère de {s_g}?", "{m_abroad}. C'est chez {m_f}."),
              ("Quelle est la date de naissance de {s_g}?", "Je crois que c'est le {s_dobx}."),
              ("Pourquoi ne pas être parti{a_e} plus tôt?", "Je n'avais pas l'argent. {u_g} a payé le billet, environ {amt}.")]
        for q, a in qa[:2] + r.sample(qa[2:], r.randint(3, 5)):
            d.f(f"Q : {q}\nR : {a}\n", k)
        d.f("\n(Fin de l'enregistrement à {time}.)\n", k)
    else:
        d.f("TRANSCRIPT — INTERVIEW\nApplicant: {a_C}\nDate of birth: {a_dob}\nPassport: {a_pp}\nInterpreter: {i_f}\nOfficer: {o_i}\nFile: {file}\n\n", k)
        qa = [("What is your full name?", "{a_m}."),
              ("Where did you live before leaving?", "In {ab}, at my aunt's. Then in {abroad}."),
              ("Who helped you leave the country?", "My uncle {u_f}. He lives in {city} now, his number is {u_intl}."),
              ("And your spouse?", "{s_g} stayed behind with {s_his} mother, {m_f}."),
              ("Do you have an address here?", "Yes, {a_addr}. It's {u_g}'s place."),
              ("Were you ever arrested?", "No. Never. Only [[stopped]] at a checkpoint."),
              ("And the address of {s_g}'s mother?", "{m_abroad}. It's {m_f}'s place."),
              ("What is {s_g}'s date of birth?", "I think it's {s_dobx}."),
              ("Why did you not leave earlier?", "I did not have the money. {u_g} paid for the ticket, about {amt}.")]
        for q, a in qa[:2] + r.sample(qa[2:], r.randint(3, 5)):
            d.f(f"Q: {q}\nA: {a}\n", k)
        d.f("\n(End of recording at {time}.)\n", k)
    return d


def fam_sms(r, w, lang):
    a, b, c, e = w.people(r, 4)
    d, k = mk(r, w, lang, a=a, b=b, c=c, e=e)
    day = k.today
    hh, mm = r.randint(7, 20), r.randint(0, 59)
    d.f(("Export de conversation — {a_f} ({a_cell})\n" if lang == 'fr' else "Conversation export — {a_f} ({a_cell})\n"), k)
    d.put(D('DATE', day.isoformat()))
    d.t('\n\n')
    fr = ["t'es où? {b_g} attend en bas", "{c_g} vient souper ce soir, apporte du pain", "ok je suis chez {e_gl}",
          "appelle {c_f} au {c_cell} c'est pour le [[char]]", "l'adresse c'est {b_addrs}", "ben non c'est pas {e_g} qui l'a dit c'est {c_gl}",
          "rdv chez le dentiste à {time}", "{b_g} dit que le [[loyer]] monte de {amt}", "dis à {c_s} que c'est correct", "lol", "ok", "je t'aime xx",
          "as-tu vu le message de {e_f}?", "mon nouveau numéro : {a_tel}"]
    en = ["where r u? {b_g} is waiting downstairs", "{c_g} is coming for dinner, bring bread", "ok im at {e_gl}'s",
          "call {c_f} at {c_cell} its about the [[car]]", "address is {b_addrs}", "no it wasnt {e_g} who said it, it was {c_gl}",
          "dentist at {time}", "{b_g} says [[rent]] is going up {amt}", "tell {c_s} its fine", "lol", "ok", "love u xx",
          "did u see {e_f}'s message?", "new number: {a_tel}"]
    lines = r.sample(fr if lang == 'fr' else en, r.randint(7, 11))
    who = [a, b]
    for ln in lines:
        mm += r.randint(1, 14)
        if mm >= 60:
            hh, mm = hh + 1, mm - 60
        p = a if '{b_' in ln else r.choice(who)
        d.t(f'[{hh:02d}:{mm:02d}] ')
        d.put(k['a_g'] if p is a else k['b_g'])
        d.t(': ')
        d.f(ln + '\n', k)
    return d


def num_words(s, lang):
    fr = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
    en = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    t = fr if lang == 'fr' else en
    return ' '.join(t[int(c)] for c in s if c.isdigit())


def fam_voicemail(r, w, lang):
    n = r.randint(2, 3)
    d = Doc(r, lang)
    d.t(("Messagerie vocale — transcription automatique\n\n" if lang == 'fr' else "Voicemail — automatic transcription\n\n"))
    for i in range(n):
        a, b, c = w.people(r, 3)
        k = Slots(r, w, lang, doc=d, a=a, b=b, c=c)
        tel = a.get('tel', a.phone)
        spoken = num_words(tel, lang) if r.random() < 0.3 else re.sub(r'[^\d ]', ' ', tel).strip()
        spoken = re.sub(r' +', ' ', spoken)
        k['sp'] = P('PHONE', spoken)
        d.f(("message {num} reçu {date} à {time}\n" if lang == 'fr' else "message {num} received {date} at {time}\n"), k, num=str(i + 1))
        if lang == 'fr':
            body = r.choice([
                "oui bonjour c'est {a_l} je vous appelle au sujet du dossier de ma mère {c_l} euh vous pouvez me rappeler au {sp} merci bonne journée",
                "allo c'est {a_gl} de la part de {b_gl} {b_sl} on voulait savoir si le [[rendez-vous]] de {day} tient toujours rappelez-moi au {sp}",
                "bonjour madame c'est {a_l} j'ai reçu une lettre pour {c_gl} mais c'est pas la bonne adresse moi je reste au {a_streetl} faque euh rappelez-moi {sp}",
            ])
        else:
            body = r.choice([
                "hi this is {a_l} calling about my mother {c_l} um could you call me back at {sp} thanks bye",
                "hey it's {a_gl} calling for {b_gl} {b_sl} we wanted to know if the [[appointment]] on {day} is still on call me at {sp}",
                "hello it's {a_l} i got a letter for {c_gl} but it's the wrong address i live at {a_streetl} so uh call me back {sp}",
            ])
        d.f(body, k)
        d.t('\n\n')
    return d


def fam_fwd(r, w, lang):
    a, b, c, e = w.people(r, 4)
    d, k = mk(r, w, lang, a=a, b=b, c=c, e=e)
    k['loc'] = 'ma locataire' if e.sex == 'f' else 'mon locataire'
    if lang == 'fr':
        d.f("{a_g},\n\nVoir ci-dessous, peux-tu t'en occuper avant {day}? Merci!\n\n{b_g}\n\n---------- Message transféré ---------\n"
            "De : {c_f} <{c_mail}>\nDate : {date}\nObjet : Re: demande de [[remboursement]]\nÀ : {b_f} <{b_mail}>\n\n", k)
        d.f("Bonjour {b_Mr} {b_s},\n\nComme convenu, voici les coordonnées de {loc}, {e_f} : {e_tel}, {e_mail}. "
            "Le chèque de {amt} doit être fait à son nom.\n\n", k)
        d.f("Le {date2} à {time}, {a_f} <{a_mail}> a écrit :\n> Bonjour {c_g},\n> il manque le [[formulaire]] signé par {e_s}.\n> {fill}\n> \n> {a_g}\n\n", k)
        d.f("--\n{c_f}\n{org}\n{c_tel} poste {ext}\n", k)
    else:
        d.f("{a_g},\n\nSee below, can you deal with this before {day}? Thanks!\n\n{b_g}\n\n-----Original Message-----\n"
            "From: {c_f} <{c_mail}>\nSent: {date}\nTo: {b_f} <{b_mail}>\nSubject: RE: [[refund]] request\n\n", k)
        d.f("Hello {b_mr} {b_s},\n\nAs agreed, here is my tenant's contact info, {e_f}: {e_tel}, {e_mail}. "
            "The cheque for {amt} should be made out to {e_him}.\n\n", k)
        d.f("On {date2} at {time}, {a_f} <{a_mail}> wrote:\n> Hi {c_g},\n> we are still missing the [[form]] signed by {e_s}.\n> {fill}\n> \n> {a_g}\n\n", k)
        d.f("--\n{c_f}\n{org}\n{c_tel} ext. {ext}\n", k)
    return d


def speaker(d, k, p, style, lang):
    if style == 0:
        d.put(P('PERSON', p.given.upper()))
        d.t(': ')
    elif style == 1:
        d.t('[')
        d.put(P('PERSON', p.given))
        d.t('] ')
    elif style == 2:
        d.t('- ' + (('Mme ' if p.sex == 'f' else 'M. ') if lang == 'fr' else ('Ms. ' if p.sex == 'f' else 'Mr. ')))
        d.put(P('PERSON', p.surname))
        d.t(' : ' if lang == 'fr' else ': ')
    elif style == 3:
        d.put(P('PERSON', p.form('init')))
        d.t(' — ')
    else:
        d.put(P('PERSON', p.form('gi')))
        d.t(' > ')


def fam_meeting(r, w, lang):
    ppl = w.people(r, r.randint(3, 4))
    ab = w.person(r)
    while fold(ab.surname) in {fold(p.surname) for p in ppl} or fold(ab.given) in {fold(p.given) for p in ppl}:
        ab = w.person(r)
    d, k = mk(r, w, lang, z=ab, **{f'p{i}': p for i, p in enumerate(ppl)})
    style = r.randint(0, 4)
    d.f(("Transcription — réunion d'équipe du {date}\nPrésents : " if lang == 'fr' else "Transcript — team meeting, {date}\nPresent: "), k)
    for i, p in enumerate(ppl):
        d.put(k[f'p{i}_f'])
        d.t(', ' if i < len(ppl) - 1 else '\n')
    d.f(("Absent{z_e} : {z_f}\n\n" if lang == 'fr' else "Regrets: {z_f}\n\n"), k)
    fr = ["On commence. Premier point : le [[budget]] du trimestre.", "J'ai parlé avec {z_gl} hier, {z_il} n'a pas reçu le courriel.",
          "Selon {z_s}, le fournisseur demande {amt} de plus.", "Il faudrait que {p1_g} rappelle le client avant {day}.",
          "Je suis d'accord avec {p0_g}.", "Le local de {org} n'est plus disponible le {date2}.",
          "Est-ce qu'on met {z_f} en copie?", "Oui. Son cell c'est le {z_cell}.", "Parfait, prochain point.",
          "La [[formation]] est reportée à {month}.", "{p2_g}, tu peux prendre les notes la prochaine fois?"]
    en = ["Let's start. First item: the quarterly [[budget]].", "I talked to {z_gl} yesterday, {z_il} never got the email.",
          "According to {z_s}, the supplier wants another {amt}.", "{p1_g} should call the client back before {day}.",
          "I agree with {p0_g}.", "The room at {org} is no longer available on {date2}.",
          "Do we cc {z_f}?", "Yes. Cell is {z_cell}.", "Great, next item.",
          "The [[training]] is pushed to {month}.", "{p2_g}, can you take notes next time?"]
    lines = fr if lang == 'fr' else en
    if len(ppl) < 3:
        lines = [l for l in lines if '{p2' not in l]
    for ln in r.sample(lines, r.randint(6, 9)):
        p = r.choice(ppl)
        speaker(d, k, p, style, lang)
        d.f(ln + '\n', k)
    return d


def fam_sticky(r, w, lang):
    a, b, c, e = w.people(r, 4)
    d, k = mk(r, w, lang, a=a, b=b, c=c, e=e)
    d.f("notes — {date}\n", k)
    fr = ["- tx {a_g} re: rdv {day} {time}, pt confirme", "- fu w/ {b_s} (CLSC) pour le formulaire", "- parlé avec {c_gl}, ok pour la [[visite]]",
          "- selon {b_s}, pt pas vu depuis 2 sem.", "- c/o {e_s} : {e_addrs}", "- NAM {a_ramq} à valider", "- pt : {a_f}, ddn {a_dob}",
          "- rappeler {e_g} {e_tel} ASAP", "- {c_f} absent{c_e} ajd, reporter", "- ** ne pas appeler avant {time} **", "- [[dossier]] à fermer si pas de news d'ici {month}",
          "- vu {a_g} w/ sa sœur, tx ok, pt plus calme", "- {a_S} : DDN {a_dobx} (à confirmer, papier illisible)", "- msg de {b_gi} : le [[rapport]] est prêt",
          "- rdv {a_g} + {e_g} reporté au {date2}"]
    en = ["- tx {a_g} re: appt {day} {time}, pt confirmed", "- fu w/ {b_s} (CLSC) for the form", "- spoke w/ {c_gl}, ok for [[visit]]",
          "- per {b_s}, pt not seen x2 wks", "- c/o {e_s}: {e_addrs}", "- Medicare {a_ramq} to check", "- pt: {a_f}, dob {a_dob}",
          "- call back {e_g} {e_tel} asap", "- {c_f} off today, reschedule", "- ** no calls before {time} **", "- close [[file]] if no news by {month}",
          "- met w/ {a_s} + sister, tx ok, pt calmer", "- {a_S}: DOB {a_dobx} (to confirm, form hard to read)", "- msg from {b_gi}: [[report]] ready",
          "- appt {a_g} + {e_g} moved to {date2}"]
    for ln in r.sample(fr if lang == 'fr' else en, r.randint(8, 13)):
        d.f(ln + '\n', k)
    if r.random() < 0.3:
        d.t('- ')
        d.put(pieces(wordy(r, lang)))
        d.t('\n')
    d.f("\n-- {b_i}\n", k)
    return d


def fam_bilingual(r, w, lang):
    a, b = w.people(r, 2)
    d, k = mk(r, w, lang, a=a, b=b)
    kf = Slots(r, w, 'fr', doc=d, a=a, b=b)
    ke = Slots(r, w, 'en', doc=d, a=a, b=b)
    for key in ('a', 'b', 'a_tel', 'a_mail', 'b_f', 'b_tel', 'a_g', 'a_s', 'a_dob'):
        ke[key] = kf[key]
    date0 = k.today + timedelta(days=r.randint(5, 40))
    kf['dd'] = D('DATE', date_fr(date0)); ke['dd'] = D('DATE', date_en(date0))
    d.f("AVIS / NOTICE\n\n", k)
    d.f("Veuillez noter que {a} sera absent{a_e} du bureau jusqu'au {dd}. Pour toute urgence, communiquez avec {b_f} au {b_tel}. "
        "Les [[demandes]] courantes seront traitées au retour de {a_g}.\n\n", kf)
    d.f("Please note that {a} will be away from the office until {dd}. For urgent matters, contact {b_f} at {b_tel}. "
        "Routine [[requests]] will be handled when {a_g} returns.\n\n", ke)
    d.f("Coordonnées / Contact : {a_tel} · {a_mail}\n", kf)
    if r.random() < 0.6:
        d.f("Adresse de correspondance / Mailing address:\n{a_addr2}\n", kf)
    d.f("\n{org} — {tf}\n", kf)
    return d


def fam_attendees(r, w, lang):
    n = r.randint(6, 10)
    ppl = w.people(r, n)
    d, k = mk(r, w, lang, **{f'p{i}': p for i, p in enumerate(ppl)})
    ev = r.choice(['Assemblée générale annuelle', 'Formation secourisme', 'Comité de parents', 'Soirée bénévoles']) if lang == 'fr' else \
        r.choice(['Annual general meeting', 'First aid training', 'Parents committee', 'Volunteer night'])
    d.f(("Liste des présences — " if lang == 'fr' else "Attendance list — ") + ev + " — {date}\n" + ("Lieu : {org}\n\n" if lang == 'fr' else "Venue: {org}\n\n"), k)
    st = r.randint(0, 2)
    for i in range(n):
        d.t(f'{i + 1}. ' if st != 2 else '')
        if st == 0:
            d.put(k[f'p{i}_R'])
        elif st == 1:
            d.put(k[f'p{i}_f'])
        else:
            d.put(k[f'p{i}_C'])
        x = r.random()
        if x < 0.35:
            d.f(' — {org' + str(i) + '}', k)
        elif x < 0.6:
            d.f(' — {p' + str(i) + '_mail}', k)
        elif x < 0.75:
            d.f(' — {p' + str(i) + '_tel}', k)
        d.t(r.choice([' ✓', (' (présente)' if ppl[i].sex == 'f' else ' (présent)') if lang == 'fr' else ' (present)', '', ' — absent']) + '\n')
    d.f(("\nTotal : " if lang == 'fr' else "\nTotal: ") + str(n) + ("\nNote : " if lang == 'fr' else "\nNote: ") + "{fill}\n", k)
    return d


def fam_slip(r, w, lang):
    d = Doc(r, lang)
    for i in range(r.randint(2, 3)):
        a, b, c = w.people(r, 3)
        k = Slots(r, w, lang, doc=d, a=a, b=b, c=c)
        if lang == 'fr':
            d.f("PENDANT VOTRE ABSENCE\nPour : {a_g}\nDe : {b_mr} {b_f}\nDe la part de : {org}\nTél. : {b_tel}", k)
            d.f(r.choice([" poste {ext}", "", " (cell)"]), k)
            d.f("\nDate : {date}   Heure : {time}\n[x] A téléphoné  [ ] Rappellera  [x] Veuillez rappeler\nMessage : ", k)
            d.f(r.choice(["au sujet du [[chèque]] de {amt}", "veut parler à {a_g} de sa [[facture]]", "confirme pour {day}, apporter les papiers"]), k)
            d.f("\nPris par : {c_i}\n\n" if r.random() < 0.4 else "\n\n", k)
        else:
            d.f("WHILE YOU WERE OUT\nTo: {a_g}\nFrom: {b_mr} {b_f}\nOf: {org}\nPhone: {b_tel}", k)
            d.f(r.choice([" ext. {ext}", "", " (cell)"]), k)
            d.f("\nDate: {date}   Time: {time}\n[x] Telephoned  [ ] Will call again  [x] Please call\nMessage: ", k)
            d.f(r.choice(["about the [[cheque]] for {amt}", "wants to talk to {a_g} about the [[invoice]]", "confirms {day}, bring the papers"]), k)
            d.t('\n\n')
    return d


def odd_phone(r):
    d = lambda n: ''.join(str(r.randint(0, 9)) for _ in range(n))
    a = r.choice(AREA)
    return r.choice([f'{d(2)}-{d(2)}-{d(2)}-{d(2)}', f'{a} {d(3)} {d(2)} {d(2)}', f'({a}){d(7)}', f'{a}/{d(3)}.{d(4)}',
                     f'{a} {d(7)}', f'1 {a} {d(3)}{d(4)}'])


def fam_ocr(r, w, lang):
    a, b = w.people(r, 2)
    d, k = mk(r, w, lang, a=a, b=b)
    d.noise = random.Random(r.random())
    k['ox'] = P('PHONE', odd_phone(r))
    if lang == 'fr':
        d.f("FORMULAIRE D'ACCUEIL — {org}\n(à remplir en lettres moulées)\n\n", k)
        d.f("Nom de famille : {a_S}      Prénom : {a_g}\nDate de naissance (JJ/MM/AAAA) : " + r.choice(["{a_dob}", "{a_dobx}"]) + "\n", k)
        d.f(r.choice(["Adresse : {a_addr}\n", "Adresse : {a_abroad}\n", "Adresse (rue, app.) : {a_street}\nVille : {a_city}   Code postal : {a_pc}\n"]), k)
        d.f("Tél. : {ox}     Autre : {a_cell}\nCourriel : {a_mail}\nNo d'assurance maladie : {a_ramq}\n", k)
        d.f("Personne à joindre en cas d'urgence : {b_f} ({b_tel})\nLien : {b_rel}\n\n", k)
        d.f("Motif de la demande : [[aide]] pour remplir la demande de logement. Référé{a_e} par {b_g}. {fill}\n\nSignature : {a_i}   Date : {date}\n", k)
    else:
        d.f("INTAKE FORM — {org}\n(please print)\n\n", k)
        d.f("Last name: {a_S}      First name: {a_g}\nDate of birth (DD/MM/YYYY): " + r.choice(["{a_dob}", "{a_dobx}"]) + "\n", k)
        d.f(r.choice(["Address: {a_addr}\n", "Address: {a_abroad}\n", "Street / apt: {a_street}\nCity: {a_city}   Postal code: {a_pc}\n"]), k)
        d.f("Tel.: {ox}     Other: {a_cell}\nEmail: {a_mail}\nHealth card no.: {a_ramq}\n", k)
        d.f("Emergency contact: {b_f} ({b_tel})\nRelationship: {b_rel}\n\n", k)
        d.f("Reason for visit: [[help]] with the housing application. Referred by {b_g}. {fill}\n\nSignature: {a_i}   Date: {date}\n", k)
    return d


def fam_mdtable(r, w, lang):
    n = r.randint(4, 7)
    ppl = w.people(r, n)
    d, k = mk(r, w, lang, **{f'p{i}': p for i, p in enumerate(ppl)})
    roles_fr = ['coordonnatrice', 'bénévole', 'trésorier', 'intervenante', 'stagiaire', 'responsable cuisine', 'chauffeur']
    roles_en = ['coordinator', 'volunteer', 'treasurer', 'case worker', 'intern', 'kitchen lead', 'driver']
    wiki = r.random() < 0.3
    d.f(("## Équipe — {org}\n\n" if lang == 'fr' else "## Team — {org}\n\n"), k)
    hdr = ['Nom', 'Prénom', 'Rôle', 'Téléphone', 'Courriel'] if lang == 'fr' else ['Last name', 'First name', 'Role', 'Phone', 'Email']
    if wiki:
        d.t('{| class="wikitable"\n! ' + ' !! '.join(hdr) + '\n')
    else:
        d.t('| ' + ' | '.join(hdr) + ' |\n|' + '---|' * len(hdr) + '\n')
    for i in range(n):
        cells = [k[f'p{i}_s'], k[f'p{i}_g'], r.choice(roles_fr if lang == 'fr' else roles_en), k[f'p{i}_tel'] if r.random() < 0.8 else '—',
                 k[f'p{i}_mail'] if r.random() < 0.7 else '']
        if wiki:
            d.t('|-\n| ')
            for j, c in enumerate(cells):
                d.put(c)
                d.t(' || ' if j < len(cells) - 1 else '\n')
        else:
            d.t('| ')
            for c in cells:
                d.put(c)
                d.t(' | ')
            d.t('\n')
    if wiki:
        d.t('|}\n')
    d.f(("\nMise à jour : {date}. [[Horaire]] sur demande.\n" if lang == 'fr' else "\nUpdated {date}. [[Schedule]] on request.\n"), k)
    return d


def fam_csv(r, w, lang):
    n = r.randint(3, 6)
    ppl = w.people(r, n)
    d, k = mk(r, w, lang, **{f'p{i}': p for i, p in enumerate(ppl)})
    cols_fr = ['nom', 'prénom', 'date_naissance', 'NAS', 'no_ramq', 'tel', 'courriel', 'adresse', 'ville', 'code_postal', 'permis', 'plaque']
    cols_en = ['last_name', 'first_name', 'dob', 'sin', 'medicare', 'phone', 'email', 'address', 'city', 'postal_code', 'licence', 'plate']
    fld = ['s', 'g', 'dob', 'nas', 'ramq', 'tel', 'mail', 'street', 'city', 'pc', 'dl', 'plate']
    keep = [0, 1] + sorted(r.sample(range(2, 12), r.randint(3, 6)))
    if 7 in keep and 8 not in keep:
        keep = sorted(keep + [8])
    sep = r.choice([',', ';', '\t'])
    names = cols_fr if (lang == 'fr' or r.random() < 0.3) else cols_en
    d.t(sep.join(names[j] for j in keep) + '\n')
    for i in range(n):
        for c, j in enumerate(keep):
            v = k[f'p{i}_{fld[j]}']
            txt = v[2] if isinstance(v, tuple) else v
            q = sep in txt or (sep == ',' and ',' in txt)
            if q:
                d.t('"')
            d.put(v)
            if q:
                d.t('"')
            d.t(sep if c < len(keep) - 1 else '\n')
    if r.random() < 0.5:
        d.f(("# export {date} — {org}\n" if lang == 'fr' else "# exported {date} — {org}\n"), k)
    return d


def fam_json(r, w, lang):
    n = r.randint(2, 4)
    ppl = w.people(r, n)
    d, k = mk(r, w, lang, **{f'p{i}': p for i, p in enumerate(ppl)})
    keys = (['nom', 'prenom', 'naissance', 'telephone', 'courriel', 'adresse', 'note'] if lang == 'fr'
            else ['last_name', 'first_name', 'birth_date', 'phone', 'email', 'address', 'note'])
    pretty = r.random() < 0.6
    ind = '    ' if pretty else ''
    nl = '\n' if pretty else ''
    d.t('{' + nl + ind + '"source": ')
    d.t('"')
    d.put(k['org'])
    d.t('",' + nl + ind + '"records": [' + nl)
    for i in range(n):
        d.t(ind * 2 + '{' + nl)
        items = [(keys[0], k[f'p{i}_s']), (keys[1], k[f'p{i}_g']), (keys[2], k[f'p{i}_dob']), (keys[3], k[f'p{i}_tel'])]
        if r.random() < 0.7:
            items.append((keys[4], k[f'p{i}_mail']))
        if r.random() < 0.5:
            items.append((keys[5], k[f'p{i}_street']))
        if r.random() < 0.5:
            kk = Slots(r, w, lang, doc=d, q=ppl[(i + 1) % n])
            items.append((keys[6], [C('rappel' if lang == 'fr' else 'reminder'), (' demandé par ' if lang == 'fr' else ' requested by '), kk['q_f']]))
        for j, (kk_, v) in enumerate(items):
            d.t(ind * 3 + f'"{kk_}": "')
            d.put(v)
            d.t('"' + (',' if j < len(items) - 1 else '') + (nl if pretty else ' '))
        d.t(ind * 2 + '}' + (',' if i < n - 1 else '') + nl)
    d.t(ind + ']' + nl + '}\n')
    d.f(("\n// extrait du {date}, [[ticket]] {file}\n" if lang == 'fr' else "\n// excerpt of {date}, [[ticket]] {file}\n"), k)
    return d


def fam_log(r, w, lang):
    ppl = w.people(r, 4)
    d, k = mk(r, w, lang, **{f'p{i}': p for i, p in enumerate(ppl)})
    t0 = k.today
    h, m, s = r.randint(0, 20), r.randint(0, 59), r.randint(0, 59)
    ev = ['INFO  [auth] login ok email={p0_mail}', 'WARN  [crm] duplicate contact name="{p1_f}" phone={p1_tel}',
          'INFO  [crm] updated contact id=48213 name="{p2_f}" addr="{p2_street}"', 'ERROR [sync] failed to push record for {p3_R}: timeout',
          'INFO  [mail] sent reminder to {p1_mail}', 'DEBUG [search] query="{p2_gl}" hits=3', 'INFO  [auth] logout email={p0_mail}',
          'WARN  [billing] card ending in ' + str(r.randint(1000, 9999)) + ' declined for {p3_f}', 'INFO  [export] csv written by {p0_f} (12 rows)',
          'INFO  [notes] {p1_g} added a [[comment]] on case {file}', 'WARN  [geo] postal code {p2_pc} not matched']
    for e in r.sample(ev, r.randint(6, 10)):
        s += r.randint(1, 50)
        m += s // 60; s %= 60
        h += m // 60; m %= 60
        d.t(f'{t0.isoformat()}T{h % 24:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z ')
        d.f(e + '\n', k)
    return d


def fam_court(r, w, lang):
    a, j = w.people(r, 2)
    b, la, lb_ = w.person(r, sex='m'), w.person(r, sex='m'), w.person(r, sex='m')
    d, k = mk(r, w, lang, a=a, b=b, j=j, x=la, y=lb_)
    y = k.today.year
    k['cit'] = D('FILENO', f'{y} QCCQ {r.randint(100, 9999)}')
    k['no'] = D('FILENO', f'{r.choice(["500", "200", "505", "700"])}-{r.choice(["22", "32", "80"])}-{r.randint(0, 999999):06d}-{y % 100 - 1:02d}{r.randint(1, 9)}')
    if lang == 'fr':
        d.f("{a_S} c. {b_S}\n{cit}\n\nCOUR DU QUÉBEC\n« Division des petites créances »\nNo : {no}\nDATE : {date}\n\n"
            "SOUS LA PRÉSIDENCE DE L'HONORABLE {j_C}, J.C.Q.\n\n{a_C}\nPartie demanderesse\nc.\n{b_C}\nPartie défenderesse\n\nJUGEMENT\n\n", k)
        d.f("[1] La partie demanderesse, {a_mr} {a_s}, réclame {amt} à {b_f} pour des travaux de toiture mal exécutés.\n", k)
        d.f("[2] {a_s} témoigne que {b_s} a encaissé l'acompte sans terminer les travaux. Son frère, {x_f}, a constaté les [[infiltrations]].\n", k)
        d.f("[3] Le défendeur nie. Selon lui, {a_g} {a_s} a refusé l'accès au chantier le {date2}. Son employé, {y_f}, corrobore en partie.\n", k)
        d.f("[4] Le Tribunal applique {law}.\nPOUR CES MOTIFS, LE TRIBUNAL : ACCUEILLE en partie la demande; CONDAMNE {b_S} à payer {amt2}.\n\n{j_f}, J.C.Q.\n", k)
    else:
        d.f("{a_S} v. {b_S}\n{cit}\n\nCOURT OF QUÉBEC\n\"Small Claims Division\"\nNo.: {no}\nDATE: {date}\n\n"
            "PRESIDING: THE HONOURABLE {j_C}, J.C.Q.\n\n{a_C}\nPlaintiff\nv.\n{b_C}\nDefendant\n\nJUDGMENT\n\n", k)
        d.f("[1] The plaintiff, {a_mr} {a_s}, claims {amt} from {b_f} for roofing work that was poorly done.\n", k)
        d.f("[2] {a_s} testifies that {b_s} cashed the deposit without finishing. {a_his} brother, {x_f}, saw the [[leaks]].\n", k)
        d.f("[3] The defendant denies it. According to him, {a_g} {a_s} refused access to the site on {date2}. His employee, {y_f}, partly agrees.\n", k)
        d.f("[4] The Court applies {law}.\nFOR THESE REASONS, THE COURT: GRANTS the claim in part; ORDERS {b_S} to pay {amt2}.\n\n{j_f}, J.C.Q.\n", k)
    return d


def fam_obit(r, w, lang):
    de = w.person(r, age=r.randint(62, 99))
    sp = w.person(r, origin=de.origin, sex='m' if de.sex == 'f' else 'f')
    kids = [w.person(r, origin=de.origin) for _ in range(r.randint(2, 4))]
    sps = [w.person(r) for _ in kids]
    gk = [w.person(r, origin=de.origin) for _ in range(r.randint(2, 4))]
    allp = [de, sp] + kids + sps + gk
    seen = set()
    for p in allp:  # avoid accidental re-use of a given name between relatives
        tries = 0
        while fold(p.given) in seen or fold(p.given) == fold(p.surname):
            tries += 1
            p.given = w.given(r, p.origin if tries < 8 else 'qc', p.sex)
        seen.add(fold(p.given))
    d, k = mk(r, w, lang, a=de, s=sp)
    k['by'] = D('YEAR', str(de.dob.year))
    k['dy'] = D('YEAR', str(k.today.year))
    k['date'] = D('DATE', date_fr(k.today) if lang == 'fr' else date_en(k.today))
    h1 = r.randint(10, 16)
    k['time'] = D('TIME', f'{h1} h' if lang == 'fr' else f'{h1 - 12 if h1 > 12 else h1} {"p.m." if h1 >= 12 else "a.m."}')
    k['time2'] = D('TIME', f'{h1 + 3} h' if lang == 'fr' else f'{h1 + 3 - 12 if h1 + 3 > 12 else h1 + 3} p.m.')
    k['date2'] = D('DATE', date_fr(k.today + timedelta(days=r.randint(3, 12))) if lang == 'fr' else date_en(k.today + timedelta(days=r.randint(3, 12))))
    for i, c in enumerate(kids):
        c.surname = de.surname if r.random() < 0.7 else c.surname
    if lang == 'fr':
        d.f("{a_C}\n{by} – {dy}\n\nÀ {orgh}, le {date}, est décédé{a_e} à l'âge de {a_age} ans {a_f}, "
            + ("épouse" if de.sex == 'f' else "époux") + " de feu {s_f}" + r.choice([", autrefois de {place}", ""]) + ".\n\n", k)
        d.t(("Elle" if de.sex == 'f' else "Il") + " laisse dans le deuil ses enfants ")
    else:
        d.f("{a_C}\n{by} – {dy}\n\nAt {orgh}, on {date}, passed away at the age of {a_age} {a_f}, "
            + ("wife" if de.sex == 'f' else "husband") + " of the late {s_f}" + r.choice([", formerly of {place}", ""]) + ".\n\n", k)
        d.t(("She" if de.sex == 'f' else "He") + " leaves to mourn " + ("her" if de.sex == 'f' else "his") + " children ")
    for i, (c, s) in enumerate(zip(kids, sps)):
        d.put(P('PERSON', c.given if c.surname == de.surname else c.form('full')))
        d.t(' (')
        d.put(P('PERSON', s.form('full')))
        d.t(')')
        d.t(', ' if i < len(kids) - 2 else (' et ' if lang == 'fr' else ' and ') if i == len(kids) - 2 else '')
    d.t(', ses petits-enfants ' if lang == 'fr' else ', grandchildren ')
    for i, g in enumerate(gk):
        d.put(P('PERSON', g.given))
        d.t(', ' if i < len(gk) - 1 else '')
    if lang == 'fr':
        d.f(", ainsi que plusieurs neveux, nièces, cousins et [[amis]].\n\nLa famille recevra les condoléances le {date2} de {time} à {time2}. "
            "Au lieu de fleurs, un don à {orgd} serait apprécié. Un merci spécial au personnel du 3e étage.\n", k)
    else:
        d.f(", as well as many nieces, nephews and [[friends]].\n\nVisitation on {date2} from {time} to {time2}. "
            "In lieu of flowers, donations to {orgd} would be appreciated.\n", k)
    return d


def fam_reference(r, w, lang):
    a, b = w.people(r, 2)
    d, k = mk(r, w, lang, a=a, b=b)
    y1 = r.randint(2012, 2020)
    k['year'], k['year2'] = D('YEAR', str(y1)), D('YEAR', str(r.randint(y1 + 1, 2023)))
    if lang == 'en':
        d.f("{date}\n\nTo whom it may concern,\n\nI am pleased to recommend {a_f}, who worked under my supervision at {org} from {year} to {year2}. ", k)
        d.f("{a_g} was responsible for [[scheduling]] and client intake. {a_s}'s attention to detail was remarkable, and {a_il} trained two new hires on {a_his} own initiative. ", k)
        d.f("When our coordinator, {c_f}, was on leave, {a_g} covered without hesitation.\n\n", k.add(c=w.person(r)))
        d.f("Please feel free to contact me at {b_tel} or {b_mail}.\n\nSincerely,\n\n{b_f}\n{b_C}\nProgram Manager, {org}\n", k)
    else:
        d.f("{date}\n\nÀ qui de droit,\n\nC'est avec plaisir que je recommande {a_f}, qui a travaillé sous ma supervision à {org} de {year} à {year2}. ", k)
        d.f("{a_g} était responsable de l'[[accueil]] et de la prise de rendez-vous. Le souci du détail de {a_g} était remarquable; "
            "{a_il} a formé deux nouvelles personnes de sa propre initiative. ", k)
        d.f("Pendant le congé de notre coordonnatrice, {c_f}, c'est {a_s} qui a assuré l'intérim.\n\n", k.add(c=w.person(r)))
        d.f("N'hésitez pas à me joindre au {b_tel} ou à {b_mail}.\n\nVeuillez agréer mes salutations distinguées.\n\n{b_f}\nDirect{b_ice}, {org}\n", k,
            b_ice='rice' if b.sex == 'f' else 'eur')
    return d


def fam_complaint(r, w, lang):
    a = w.person(r)
    n, s, o = w.person(r, sex='m'), w.person(r, sex='f'), w.person(r, sex='f')
    d, k = mk(r, w, lang, a=a, n=n, s=s, o=o)
    if lang == 'fr':
        d.f("Objet : plainte — bruit et harcèlement\n\n", k)
        d.f("Je m'appelle {a_f} et j'habite au {a_addr} depuis {year}. Depuis {month}, mon voisin du dessus, {n_g}, "
            "fait jouer de la musique jusqu'à 3 h du matin. ", k)
        d.f("Quand je suis monté{a_e} lui parler, {n_g} m'a insulté{a_e} devant ma fille. Sa blonde, {s_gl}, a filmé la scène. ", k)
        d.f("J'ai appelé la police le {date}; l'agente {o_s} est venue et a pris ma [[déposition]]. ", k)
        d.f("Je ne connais pas son nom de famille, mais sur la boîte aux lettres c'est écrit « {n_S} ». ", k)
        if r.random() < 0.5:
            d.put(pieces(wordy(r, lang)))
        d.f("\n\nVous pouvez me joindre au {a_cell} ou par courriel à {a_mail}. Merci de traiter ma plainte rapidement.\n\n{a_f}\n", k)
    else:
        d.f("Re: complaint — noise and harassment\n\n", k)
        d.f("My name is {a_f} and I have lived at {a_addr} since {year}. Since {month}, my upstairs neighbour {n_g} "
            "plays loud music until 3 a.m. ", k)
        d.f("When I went up to talk, {n_g} insulted me in front of my daughter. His girlfriend {s_gl} filmed it. ", k)
        d.f("I called the police on {date}; Constable {o_s} came and took my [[statement]]. ", k)
        d.f("I don't know his last name but the mailbox says \"{n_S}\". ", k)
        if r.random() < 0.5:
            d.put(pieces(wordy(r, lang)))
        d.f("\n\nYou can reach me at {a_cell} or {a_mail}. Please deal with this quickly.\n\n{a_f}\n", k)
    return d


def fam_roles(r, w, lang):
    n = r.randint(5, 8)
    ppl = w.people(r, n)
    d, k = mk(r, w, lang, **{f'p{i}': p for i, p in enumerate(ppl)})
    fr = ['Présidence', 'Vice-présidence', 'Trésorerie', 'Secrétariat', 'Représentant du personnel', 'Parent substitut', 'Membre de la communauté', 'Direction (sans droit de vote)']
    en = ['Chair', 'Vice-chair', 'Treasurer', 'Secretary', 'Staff representative', 'Alternate parent', 'Community member', 'Principal (non-voting)']
    y1 = r.randint(2019, 2024)
    k['year'], k['year2'] = D('YEAR', str(y1)), D('YEAR', str(y1 + 1))
    d.f(("Conseil d'établissement {year}-{year2}\n{orgs}\n\n" if lang == 'fr' else "Governing board {year}-{year2}\n{orgs}\n\n"), k)
    st = r.randint(0, 2)
    for i in range(n):
        role = (fr if lang == 'fr' else en)[i]
        if st == 0:
            d.t(role + ' : ' if lang == 'fr' else role + ': ')
            d.put(k[f'p{i}_f'])
        elif st == 1:
            d.put(k[f'p{i}_C'])
            d.t(' — ' + role)
        else:
            d.t('* ')
            d.put(k[f'p{i}_i'])
            d.t(' (' + role.lower() + ')')
        if r.random() < 0.3:
            d.f(', {p' + str(i) + '_mail}', k)
        d.t('\n')
    d.f(("\nProchaine séance : {date} à {time}. Les [[procès-verbaux]] sont disponibles au secrétariat.\n" if lang == 'fr'
         else "\nNext meeting: {date} at {time}. [[Minutes]] are available at the office.\n"), k)
    return d


def spell(s):
    return '-'.join(ch.upper() for ch in s if ch.isalpha())


def fam_spelled(r, w, lang):
    a, ag = w.people(r, 2)
    d, k = mk(r, w, lang, a=a, g=ag)
    k['sp'] = P('PERSON', spell(a.surname.split(' ')[0].split('-')[0]))
    k['spg'] = P('PERSON', ' '.join(ch.upper() for ch in a.given if ch.isalpha()))
    if lang == 'fr':
        d.f("Appel entrant — {date} {time} — agent{g_e} : {g_g}\n\n", k)
        lines = ["AGENT : {org}, bonjour, {g_g} à l'appareil.", "CLIENT : Oui bonjour, c'est pour changer mon adresse.",
                 "AGENT : Votre nom s'il vous plaît?", "CLIENT : {a_f}.", "AGENT : Pouvez-vous épeler le nom de famille?", "CLIENT : {sp}.",
                 "AGENT : Et le prénom, c'est {spg}?", "CLIENT : C'est ça.", "AGENT : Date de naissance?", "CLIENT : Le {a_dob}.",
                 "AGENT : Et votre nouvelle adresse?", "CLIENT : {a_addr}.", "AGENT : Un numéro pour vous joindre?", "CLIENT : {a_cell}.",
                 "AGENT : Parfait {a_mr} {a_s}, c'est noté. Autre chose?", "CLIENT : Non merci, bonne [[journée]]."]
    else:
        d.f("Inbound call — {date} {time} — agent: {g_g}\n\n", k)
        lines = ["AGENT: {org}, good morning, {g_g} speaking.", "CALLER: Hi, I need to change my address.",
                 "AGENT: Your name please?", "CALLER: {a_f}.", "AGENT: Could you spell the last name?", "CALLER: {sp}.",
                 "AGENT: And the first name is {spg}?", "CALLER: That's right.", "AGENT: Date of birth?", "CALLER: {a_dob}.",
                 "AGENT: And the new address?", "CALLER: {a_addr}.", "AGENT: A number to reach you?", "CALLER: {a_cell}.",
                 "AGENT: Perfect, {a_mr} {a_s}, it's done. Anything else?", "CALLER: No thanks, have a good [[day]]."]
    for ln in lines:
        d.f(ln + '\n', k)
    return d


def fam_police(r, w, lang):
    o1, wit = w.people(r, 2)
    o2, sus, vic = w.person(r, sex='m'), w.person(r, sex='m'), w.person(r, sex='f')
    d, k = mk(r, w, lang, o=o1, q=o2, s=sus, v=vic, x=wit)
    if lang == 'fr':
        d.f("RAPPORT D'ÉVÉNEMENT — {orgp}\nNo d'événement : {file}\nDate : {date}   Heure : {time}\nRédigé par : agent{o_e} {o_f}, matricule {ext}\n\n", k)
        d.f("Nous sommes dépêchés au {streetd} pour une querelle. Sur place, la plaignante, {v_f} ({v_dob}), déclare que son ex-conjoint, "
            "{s_f}, a frappé la porte de son logement à répétition. ", k)
        d.f("Le sergent {q_s} arrive en renfort à {time2}. ", k)
        d.f("Le suspect est intercepté à bord d'un véhicule immatriculé {s_plate}. Permis de conduire : {s_dl}. "
            "{s_s} est calme et collabore. ", k)
        d.f("Un témoin, {x_f}, résidant au {x_addr}, confirme avoir entendu des cris. {x_mr} {x_s} peut être joint{x_e} au {x_tel}.\n\n", k)
        d.f("Engagement à ne pas communiquer avec {v_g}. Dossier transmis au DPCP. [[Fin]] du rapport.\n", k)
    else:
        d.f("OCCURRENCE REPORT — {orgp}\nOccurrence no.: {file}\nDate: {date}   Time: {time}\nReporting officer: Cst. {o_f}, badge {ext}\n\n", k)
        d.f("We were dispatched to {streetd} for a dispute. On scene, the complainant, {v_f} (DOB {v_dob}), states that her former partner, "
            "{s_f}, kept banging on her door. ", k)
        d.f("Sergeant {q_s} arrived as backup at {time2}. ", k)
        d.f("The suspect was stopped driving a vehicle with plate {s_plate}. Driver's licence: {s_dl}. "
            "{s_s} was calm and cooperative. ", k)
        d.f("A witness, {x_f}, living at {x_addr}, heard shouting. {x_mr} {x_s} can be reached at {x_tel}.\n\n", k)
        d.f("Undertaking not to contact {v_g}. File sent to the Crown. [[End]] of report.\n", k)
    return d


def fam_ambulance(r, w, lang):
    pt, cl, t1, t2 = w.people(r, 4)
    d, k = mk(r, w, lang, p=pt, c=cl, a=t1, b=t2)
    h0, m0 = r.randint(6, 21), r.randint(0, 39)
    tt = [(h0, m0 - r.randint(20, 90)), (h0, m0), (h0, m0 + r.randint(6, 18)), (h0, m0 + r.randint(45, 80))]
    for key, (hh, mm) in zip(('time3', 'time', 'time2', 'time4'), tt):
        hh, mm = hh + mm // 60, mm % 60
        k[key] = D('TIME', f'{hh} h {mm:02d}' if lang == 'fr' else f'{hh:02d}:{mm:02d}')
    if lang == 'fr':
        d.f("RAPPORT D'INTERVENTION PRÉHOSPITALIÈRE\nAffectation : {time}   Arrivée : {time2}\nTechniciens : {a_i} / {b_i}\n\n"
            "Patient{p_e} : {p_R}\nDDN : {p_dob}   Âge : {p_age}\nNAM : {p_ramq}\nAdresse : {p_addr}\n\n", k)
        d.f("Appel logé par {c_f} ({c_rel}), {c_tel}. Patient{p_e} trouvé{p_e} au sol dans la salle de bain, conscient{p_e}. "
            "Selon {c_g}, {p_g} a fait une chute vers {time3}. [[Douleur]] à la hanche droite. ", k)
        d.f("Transport vers {orgh}. Remis au personnel à {time4}. {fill}\n", k)
    else:
        d.f("PREHOSPITAL CARE REPORT\nDispatched: {time}   On scene: {time2}\nParamedics: {a_i} / {b_i}\n\n"
            "Patient: {p_R}\nDOB: {p_dob}   Age: {p_age}\nHealth card: {p_ramq}\nAddress: {p_addr}\n\n", k)
        d.f("Call placed by {c_f} ({c_rel}), {c_tel}. Patient found on the bathroom floor, conscious. "
            "According to {c_g}, {p_g} fell around {time3}. [[Pain]] in the right hip. ", k)
        d.f("Transported to {orgh}. Handed over at {time4}. {fill}\n", k)
    return d


def fam_grievance(r, w, lang):
    a, c = w.people(r, 2)
    b, e = w.person(r, sex='f'), w.person(r, sex='m')
    d, k = mk(r, w, lang, a=a, b=b, c=c, e=e)
    if lang == 'fr':
        d.f("GRIEF no {file}\nSyndicat des travailleuses et travailleurs de {org}\nPlaignant{a_e} : {a_f}   Matricule : {ext}\n\n", k)
        d.f("Exposé des faits : Le {date}, la gestionnaire {b_f} a retiré {a_g} de l'horaire de fin de semaine sans préavis. "
            "{a_s} avait pourtant plus d'[[ancienneté]] que {c_f}, qui a obtenu les quarts. ", k)
        d.f("Lors de la rencontre du {date2}, {b_s} a refusé la présence du délégué, {e_f}.\n\n", k)
        d.f("Correctif recherché : rétablir {a_g} à l'horaire et verser {amt} en compensation, conformément à la convention collective et à {law}.\n\n"
            "Déposé par : {e_i}, délégué syndical — {e_tel}\n", k)
    else:
        d.f("GRIEVANCE no. {file}\nUnion of workers of {org}\nGrievor: {a_f}   Employee no.: {ext}\n\n", k)
        d.f("Facts: On {date}, manager {b_f} took {a_g} off the weekend schedule without notice. "
            "{a_s} had more [[seniority]] than {c_f}, who got the shifts. ", k)
        d.f("At the meeting of {date2}, {b_s} refused to let the steward, {e_f}, attend.\n\n", k)
        d.f("Remedy sought: put {a_g} back on the schedule and pay {amt} in compensation, under the collective agreement and {law}.\n\n"
            "Filed by: {e_i}, union steward — {e_tel}\n", k)
    return d


def fam_chat(r, w, lang):
    ppl = w.people(r, 3)
    ot = w.person(r)
    while fold(ot.given) in {fold(p.given) for p in ppl} or fold(ot.surname) in {fold(p.surname) for p in ppl}:
        ot = w.person(r)
    d, k = mk(r, w, lang, p0=ppl[0], p1=ppl[1], p2=ppl[2], z=ot)
    h, m = r.randint(8, 16), r.randint(0, 50)
    fr = ["@{p1_g} as-tu le numéro de {z_f}?", "oui c'est le {z_tel}", "merci!", "{z_g} a rappelé ce matin, pas content",
          "je m'en occupe après le [[dîner]]", "ok, mets {p2_g} en cc", "le courriel de {z_s} c'est {z_mail} je pense",
          "réunion déplacée à {time}", "👍", "qqn a vu le [[colis]] pour {z_gl}?"]
    en = ["@{p1_g} do you have {z_f}'s number?", "yes it's {z_tel}", "thanks!", "{z_g} called back this morning, not happy",
          "I'll handle it after [[lunch]]", "ok, cc {p2_g}", "{z_s}'s email is {z_mail} I think",
          "meeting moved to {time}", "👍", "anyone seen the [[parcel]] for {z_gl}?"]
    d.f(("Canal #accueil — export {date}\n\n" if lang == 'fr' else "Channel #front-desk — export {date}\n\n"), k)
    for ln in r.sample(fr if lang == 'fr' else en, r.randint(7, 10)):
        m += r.randint(1, 9)
        h, m = h + m // 60, m % 60
        i = r.choice([j for j in range(3) if '{p%d_' % j not in ln])
        d.t(f'[{h:02d}:{m:02d}] ')
        d.put(k[f'p{i}_f'])
        d.t(': ')
        d.f(ln + '\n', k)
    return d


def fam_survey(r, w, lang):
    d = Doc(r, lang)
    k0 = Slots(r, w, lang, doc=d)
    d.f("Sondage de satisfaction — {orgh}\nRéponses libres (question 7)\n\n" if lang == 'fr'
        else "Satisfaction survey — {orgh}\nFree-text answers (question 7)\n\n", k0)
    fr = ["la préposée à l'accueil, {a_gl} je crois, a été super gentille avec ma mère",
          "Merci à {a_f} pour sa [[patience]] pendant la prise de sang!",
          "j'ai attendu 2 h, personne ne répondait au téléphone, même pas {a_g}",
          "{a_Dr} {a_s} explique bien mais on sent qu'il manque de temps",
          "{a_C} A ÉTÉ IMPOLI{a_E} AVEC MON PÈRE. INACCEPTABLE",
          "rien à dire, tout était correct, le [[stationnement]] est trop cher par contre",
          "Je tiens à souligner le travail de {a_g} au 4e étage. Une perle.",
          "on m'a donné le mauvais papier, c'est {a_s} qui a corrigé l'erreur le lendemain",
          "c'était long mais {a_gl} {a_sl} m'a tenu au courant à chaque heure",
          "Les [[toilettes]] du rez-de-chaussée étaient sales."]
    en = ["the front desk lady, {a_gl} I think, was super kind to my mom",
          "Thanks to {a_f} for the [[patience]] during the blood test!",
          "waited 2 hours, nobody picked up the phone, not even {a_g}",
          "Dr. {a_s} explains things well but seems rushed",
          "{a_C} WAS RUDE TO MY FATHER. UNACCEPTABLE",
          "nothing to add, all good, [[parking]] is too expensive though",
          "I want to thank {a_g} on the 4th floor. A gem.",
          "they gave me the wrong form, {a_s} fixed it the next day",
          "it was long but {a_gl} {a_sl} kept me posted every hour",
          "The ground floor [[washrooms]] were dirty."]
    used = set()
    for ln in r.sample(fr if lang == 'fr' else en, r.randint(6, 9)):
        a = w.person(r)
        tries = 0
        while (fold(a.given) in used or fold(a.surname) in used) and tries < 20:
            a = w.person(r)
            tries += 1
        used |= {fold(a.given), fold(a.surname)}
        k = Slots(r, w, lang, doc=d, a=a)
        d.t(f'#{r.randint(100, 999)} — ')
        d.f(ln + '\n', k)
    d.f(("\nExtrait le {date}.\n" if lang == 'fr' else "\nExtracted {date}.\n"), k0)
    return d


def fam_refund(r, w, lang):
    a, b = w.people(r, 2)
    d, k = mk(r, w, lang, a=a, b=b)
    if lang == 'fr':
        d.f("Billet {file} — Remboursement\nClient{a_e} : {a_f}\nCourriel : {a_mail}\n\n", k)
        d.f("Bonjour, j'ai été facturé{a_e} deux fois ({amt}) sur ma carte {a_cc}. "
            "Je préfère être remboursé{a_e} par dépôt direct :\nTransit : {a_transit}\nInstitution : {a_inst}\nCompte : {a_acct}\n\n", k)
        d.f("Réponse de {b_f} ({org}) : Merci {a_g}, le [[crédit]] sera appliqué sous 10 jours ouvrables. Pour toute question : {tf}.\n", k)
    else:
        d.f("Ticket {file} — Refund\nCustomer: {a_f}\nEmail: {a_mail}\n\n", k)
        d.f("Hi, I was charged twice ({amt}) on my card {a_cc}. "
            "I'd rather get the refund by direct deposit: {a_bank} (transit-institution-account).\n\n", k)
        d.f("Reply from {b_f} ({org}): Thanks {a_g}, the [[credit]] will be applied within 10 business days. Questions: {tf}.\n", k)
    return d


def fam_genealogy(r, w, lang):
    a = w.person(r, age=r.randint(80, 99))
    b = w.person(r, origin=a.origin, sex='m' if a.sex == 'f' else 'f', age=r.randint(80, 99))
    c = w.person(r, origin=a.origin, age=r.randint(45, 70))
    c.surname = a.surname
    e = w.person(r, age=r.randint(45, 70))
    tries = 0
    while fold(c.given) in (fold(a.given), fold(b.given)):
        tries += 1
        c.given = w.given(r, c.origin if tries < 8 else 'qc', c.sex)
    d, k = mk(r, w, lang, a=a, b=b, c=c, e=e)
    my = max(a.dob.year, b.dob.year) + r.randint(19, 27)
    k['year'] = D('YEAR', str(my))
    c.dob = date(my + r.randint(1, 4), r.randint(1, 12), r.randint(1, 28))
    if lang == 'fr':
        d.f("Notes généalogiques — famille {a_S}\n\n", k)
        d.f("{a_f}, né{a_e} le {a_dob} à {place}, selon le registre paroissial. "
            "Marié{a_e} à {b_f} (né{b_e} le {b_dob}) en {year}. ", k)
        d.f("L'aîné{c_e}, {c_g}, né{c_e} le {c_dob}, a épousé {e_f} à {place2}. ", k)
        d.f("{c_g} {c_s} aurait travaillé pour {org} selon la cousine {x_g}.\n\n", k.add(x=w.person(r, sex='f')))
        d.f("À vérifier : l'acte de baptême de {b_g} (registre [[numérisé]]).\n", k)
    else:
        d.f("Family history notes — the {a_S} family\n\n", k)
        d.f("{a_f}, born {a_dob} in {place}, according to the parish register. "
            "Married {b_f} (born {b_dob}) in {year}. ", k)
        d.f("Their eldest, {c_g}, born {c_dob}, married {e_f} in {place2}. ", k)
        d.f("{c_g} {c_s} apparently worked for {org}, per cousin {x_g}.\n\n", k.add(x=w.person(r)))
        d.f("To check: {b_g}'s baptism record ([[scanned]] register).\n", k)
    return d


FAMILIES = [
    ('dpj', fam_dpj, 5), ('school', fam_school, 4), ('cnesst', fam_cnesst, 4), ('tal', fam_tal, 4), ('coroner', fam_coroner, 3),
    ('immigration', fam_immig, 4), ('sms', fam_sms, 4), ('voicemail', fam_voicemail, 4), ('forward', fam_fwd, 5), ('meeting', fam_meeting, 4),
    ('sticky', fam_sticky, 4), ('bilingual', fam_bilingual, 3), ('attendees', fam_attendees, 3), ('slip', fam_slip, 3), ('ocr', fam_ocr, 4),
    ('mdtable', fam_mdtable, 3), ('csv', fam_csv, 3), ('json', fam_json, 3), ('log', fam_log, 3), ('court', fam_court, 3),
    ('obituary', fam_obit, 3), ('reference', fam_reference, 3), ('complaint', fam_complaint, 4), ('roles', fam_roles, 3),
    ('spelled', fam_spelled, 3), ('police', fam_police, 3), ('ambulance', fam_ambulance, 3), ('grievance', fam_grievance, 3),
    ('chat', fam_chat, 3), ('survey', fam_survey, 3), ('refund', fam_refund, 3), ('genealogy', fam_genealogy, 2),
]


# ---------------------------------------------------------------- generation and checks
_LET = r"[^\W\d_]"


def name_tokens(s):
    return [t for t in re.findall(r"[^\W\d_]+", s) if len(t) >= 3]


def validate(doc, strict=True):
    """Raise AssertionError when a document breaks a rule."""
    text = doc['text']
    b = text.encode('utf-8')
    last = 0
    assert 300 <= len(text) <= 3000, ('length', doc['id'], len(text))
    cov = bytearray(len(b))
    persons = []
    for s in doc['spans']:
        assert s['kind'] in ('pii', 'decoy', 'content'), s
        assert 0 <= s['start'] < s['end'] <= len(b), s
        assert s['start'] >= last, ('overlap', doc['id'], s)
        last = s['end']
        seg = b[s['start']:s['end']].decode('utf-8')
        assert seg == seg.strip() and seg, ('blank edge', doc['id'], seg)
        if s['kind'] != 'content':
            for i in range(s['start'], s['end']):
                cov[i] = 1
        if s['type'] == 'PERSON':
            assert not re.match(r"(?i)(mme|me|dr|dre|mr|mrs|ms|monsieur|madame|sergent|sergeant|agent|agente|cst|constable)\.?\s", seg), ('title inside', seg)
            assert not seg.endswith("'s") and not re.match(r"(?i)[ld]'", seg), ('elision/possessive inside', seg)
            persons.append(seg)
    # every whole-word occurrence of a person's name part must lie in a pii/decoy span
    for tok in {t for p in persons for t in name_tokens(p)}:
        for m in re.finditer(r'(?<!%s)%s(?!%s)' % (_LET, re.escape(tok), _LET), text, re.I):
            st = len(text[:m.start()].encode('utf-8'))
            en = st + len(m.group(0).encode('utf-8'))
            assert all(cov[i] for i in range(st, en)), ('unlabelled mention', doc['id'], tok)
    return True


def build(mode, seed, i, w):
    for attempt in range(40):
        r = random.Random(f'indep11|{mode}|{seed}|{i}|{attempt}')
        lang = 'fr' if r.random() < 0.6 else 'en'
        name, fn, _ = r.choices(FAMILIES, [f[2] for f in FAMILIES])[0]
        d = fn(r, w, lang)
        guard = 0
        while len(d.text()) < 300 and guard < 10:
            d.f('\n' + filler(r, lang), None)
            guard += 1
        doc = {'id': f'indep11-{mode}-{seed}-{i:04d}', 'lang': lang, 'family': name, 'text': d.text(),
               'spans': sorted(d.spans, key=lambda s: (s['start'], s['end']))}
        try:
            validate(doc)
        except AssertionError:
            continue
        return doc, d
    raise RuntimeError(f'could not build document {i}')


def generate(mode, count, seed, with_doc=False):
    w = World(mode)
    for i in range(count):
        doc, d = build(mode, seed, i, w)
        yield (doc, d) if with_doc else doc


def name_parts(mode):
    parts = set()
    for tag, s in NAMES.items():
        for e in s.split():
            if half_of(e) == mode:
                parts |= {fold(t) for t in re.findall(r"[^\W\d_]+", e)}
    return parts


PHONE_RE = re.compile(r'^(\+\d{1,3}[ \d\-]{6,16}|[\d().\-/ ]{7,18})$')


def check_ids(doc, d):
    b = doc['text'].encode('utf-8')
    for s in doc['spans']:
        t, v = s['type'], b[s['start']:s['end']].decode('utf-8')
        dg = re.sub(r'\D', '', v)
        if t == 'NAS':
            assert len(dg) == 9 and luhn_ok(dg), v
        elif t == 'CREDIT_CARD':
            assert len(dg) == 16 and dg[0] in '45' and luhn_ok(dg), v
        elif t == 'RAMQ':
            raw = re.sub(r'[\s-]', '', v)
            assert re.fullmatch(r'[A-Z]{4}\d{8}', raw), v
            mm, dd = int(raw[6:8]), int(raw[8:10])
            assert (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31, v
        elif t == 'POSTAL_CODE':
            assert (re.fullmatch(r'[ABCEGHJKLMNPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d', v)
                    or re.fullmatch(r'[\dA-Z][\d A-Z\-]{2,8}', v)), v
        elif t == 'DRIVER_LICENCE':
            assert re.fullmatch(r'[A-Z]\d{4}-?\d{6}-?\d{2}', v), v
        elif t == 'PLATE':
            assert re.fullmatch(r'[A-Z]{3} \d{3}|\d{3} [A-Z]{3}|F\d{4}|[A-Z]\d{2} [A-Z]{3}|[A-Z]{3}\d{3}', v), v
        elif t == 'PHONE':
            assert PHONE_RE.match(v) or re.fullmatch(r'[a-zé ]+', v) or re.fullmatch(r'[\d ]+', v), v
            assert len(dg) >= 8 or not dg, v
        elif t == 'PASSPORT':
            assert re.fullmatch(r'[A-Z]{2}\d{6}|\d{2}[A-Z]{2}\d{5}|\d{9}|[A-Z]\d{7}|[A-Z]{2}\d{7}', v), v
        elif t == 'BANK_ACCOUNT':
            assert re.fullmatch(r'\d{5}|\d{3}|\d{7}|\d{5}-\d{3}-\d{7}|\d{3} \d{5} \d{7}|\d{5} \d{3} \d{7}', v), v
        elif t == 'EMAIL':
            assert re.fullmatch(r'[a-z0-9._]+@[a-z0-9.\-]+\.[a-z]{2,}', v), v
    for typ, v, p in d.meta:
        raw = re.sub(r'[\s-]', '', v)
        s3 = (strip_letters(p.surname.split('-')[0].split(' ')[0]) + 'XXX')[:3]
        assert raw[:3] == s3 and raw[3] == strip_letters(p.given)[0], (v, p.surname, p.given)
        mm = p.dob.month + (50 if p.sex == 'f' else 0)
        assert raw[4:10] == f'{p.dob.year % 100:02d}{mm:02d}{p.dob.day:02d}', (v, p.dob)


def selftest():
    W, H = name_parts('W'), name_parts('H')
    assert not (W & H), sorted(W & H)[:10]
    print(f'name parts: W {len(W)}, H {len(H)}, shared 0', file=sys.stderr)
    for pool in (STREETS_FR, STREETS_EN, CITIES_QC, ORGS_FR, ORGS_EN):
        es = bars(pool)
        assert not ({e for e in es if half_of(e) == 'W'} & {e for e in es if half_of(e) == 'H'})
    n, fams, langs = 0, set(), {'fr': 0, 'en': 0}
    for mode, parts in (('W', W), ('H', H)):
        for seed in (1, 2):
            for doc, d in generate(mode, 160, seed, with_doc=True):
                validate(doc)
                check_ids(doc, d)
                b = doc['text'].encode('utf-8')
                for s in doc['spans']:
                    seg = b[s['start']:s['end']].decode('utf-8')
                    assert seg in doc['text']
                    if s['type'] == 'PERSON':
                        for t in re.findall(r"[^\W\d_]+", seg):
                            if len(t) >= 2 and not re.fullmatch(r'[A-Z]', t):
                                assert fold(t) in parts, ('name part from the other half', mode, t)
                assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc
                fams.add(doc['family'])
                langs[doc['lang']] += 1
                n += 1
    # determinism
    a = [json.dumps(x, ensure_ascii=False) for x in generate('W', 20, 9)]
    b = [json.dumps(x, ensure_ascii=False) for x in generate('W', 20, 9)]
    assert a == b
    print(f'selftest ok: {n} documents, {len(fams)} families, fr {langs["fr"]} / en {langs["en"]}', file=sys.stderr)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--selftest':
        selftest()
        return
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.exit(__doc__)
    mode, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    out = sys.stdout
    for doc in generate(mode, count, seed):
        out.write(json.dumps(doc, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
