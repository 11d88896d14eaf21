#!/usr/bin/env python3
"""freetext-indep18.py - eighteenth independently written generator of
labelled free-text records (French / English) for evaluating the caviar
personal-information redactor on text its authors never saw.  The records
imitate what Québec public bodies and the people writing to them produce:
ombudsman complaint letters, CNESST work-accident notices, SAAQ claim
narratives, HLM waiting-list notes, court clerk dockets, legal-aid intake
sheets, foster-family and adoption evaluations, probation notes, terse 911
CAD logs with unit codes, hospital discharge summaries, pharmacy refill
logs, SOAP progress notes, interpreter requests, tenant / landlord SMS
threads, forwarded marketplace messages, minor-variance hearings, council
question periods, access-to-information requests and answers, genealogy
letters, cemetery and parish registers, Hydro billing disputes, helpdesk
tickets, git logs, CSV with quoted fields, Markdown tables, XML records,
key=value logs, OCR'd forms with character noise, handwriting
transcriptions, fax cover sheets, mailing labels, e-mail chains with
quoted replies and out-of-office answers, iCal invitations, daycare
incident reports, immigration and customs letters, insurance beneficiary
forms, jury lists and mixed French / English records.

Usage:  freetext-indep18.py W|H COUNT SEED > docs.jsonl
        freetext-indep18.py --selftest

Output: one JSON object per line: id ("indep18-W-SEED-0000"), lang ("fr" or
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


Name pools: written for this file, about 5,000 name parts from thirty-one
origins present in Québec (French-Canadian, Acadian, Haitian, Maghrebi and
Amazigh, Lebanese / Syrian, Vietnamese, Chinese, Korean, Japanese,
Latin-American and Andean, Portuguese / Brazilian, Italian, Greek, Polish,
Ukrainian / Russian, Romanian, South Asian, Iranian, Turkish, West
African, Central African, Somali, Ethiopian / Eritrean, Indigenous (Innu,
Atikamekw, Cree, Mohawk, Inuit, Wendat, Mi'kmaq), Jewish, German, Nordic,
Armenian, Filipino, Caribbean and English).  None of the surnames of
indep13 .. indep17 is used (--selftest re-checks this when those files are
present).  About a third of the surnames are invented at import time from
real morphemes of their origin ("-ichaud", "-ssaoui", "-bayashi",
"-czyk", "-giorgis" ...), in an order fixed by md5, so the result depends
on nothing but this file.  Every name part goes to one half, W or H: name
parts are cut into folded tokens (particles aside), parts sharing a token
are joined, and each group goes to the half given by the md5 of
"indep18:" + its smallest token.  Compound given names, double surnames,
handles and the names inside organisations and streets are put together
at run time from parts of the same half.  Given names that are also
ordinary words (Rose, Prudence, Espérance, Noël, Joy, Hope, Grace, Bill,
Mark, April ...) appear both as PERSON and, elsewhere, as WORD decoys.

--selftest checks span validity (byte offsets on UTF-8 boundaries, no
overlap), determinism, the family count and French share, that no PERSON
token of one half's output is a name token of the other half (and that
this check fails on a planted overlap), that content sentences hold no
name token, and the overlap of the surname pools with indep13 .. indep17.

Python 3 standard library only; the output depends only on the arguments.
"""
import ast
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------------------
# Name pools.  Key "origin:role"; role m / f = given names, s = surnames.
# "_" ties a particle to its name ("Aït_Yahia", "De_Angelis").

NAMES = {
'qc:m': '''
Jean Pierre Luc Marc Paul Louis André Michel Jacques François Denis Gilles Réjean Gaétan Normand
Sylvain Yves Claude Alain Serge Raymond Marcel Gérard Fernand Rosaire Armand Adrien Benoît Bruno
Charles Christian Clément Conrad Dominique Donald Édouard Émile Éric Étienne Félix Francis Frédéric
Gabriel Gaston Germain Ghislain Guillaume Henri Hugo Jérôme Joël Julien Laurent Léo Léon Lionel
Mathieu Maxime Nicolas Noël Olivier Pascal Patrice Philippe Raphaël Rémi René Samuel Sébastien Simon
Stéphane Thomas Vincent Xavier Alexis Antoine Cédric Damien Hervé Jacob Jasmin Jocelyn Réal Yvon
Bernard Mathis Zachary Loïc Anthony William Liam Noah Nathan Arnaud Aimé Ange Désiré Modeste
Benjamin Gabin Éloi Florent Guy Hubert Jules Lucien Marius Octave Philémon Rodrigue Wilfrid Yannick
Zénon Dany Steve Jimmy Kevin Mikaël Jonathan Carl Roch Gilbert Rosario Léandre Ovila Adélard
Hormidas Elzéar Napoléon Théophile Dollard Fabien Hector Ludovic Ulysse Victor Valère
''',
'qc:f': '''
Marie Anne Louise Claire Isabelle Catherine Nathalie Sylvie Johanne Josée Chantal Lucie Diane
Francine Ginette Lise Manon Martine Monique Nicole Suzanne Thérèse Yvette Gisèle Huguette Jacinthe
Jocelyne Lorraine Micheline Solange Denise Colette Geneviève Mélanie Julie Karine Valérie Véronique
Annie Caroline Émilie Audrey Mélissa Stéphanie Amélie Ariane Béatrice Camille Chloé Clara Coralie
Élodie Éliane Élise Emma Estelle Florence Gabrielle Jeanne Juliette Laurence Léa Léonie Maude Noémie
Océane Rosalie Sarah Sophie Zoé Rose Fleur Prudence Constance Espérance Patience Victoire Céleste
Aurore Blanche Violette Olive Capucine Félicité Clémence Margot Mireille Odile Rachel Roxanne
Sabrina Valentine Virginie Agathe Alice Anaïs Apolline Charlotte Élisabeth Eugénie Flavie Hélène
Inès Justine Lucille Maëlle Marguerite Mathilde Pascale Romane Simone Solène Yolande Avril Ève
Gaëlle Joëlle Lyne Marjolaine Nancy Sonia Carole Danielle Pierrette Rolande Germaine Albertine Délia
Éva Ida Laurette Léontine Philomène Rita Alexandra Kim Laurie Marilou Mégane Alicia Jade Léane Livia
Mila Nora Olivia
''',
'qc:s': '''
Charpentier Lebeau Legrand Sauvageau Bellerose Laflamme Latendresse Rheault Sansregret Trudeau Yelle
Archambault Beauchemin Bellefeuille Boisjoli Bolduc Bombardier Brodeur Brosseau Cadieux Cardinal
Carignan Chagnon Champoux Charlebois Choquette Cinq-Mars Courtemanche Crevier Daigneault Dauphinais
Demontigny Desrochers Dextraze Drolet Dubeau Dufresne Dumouchel Duplessis Durocher Éthier Fafard
Falardeau Forget Gadbois Gareau Gendron Granger Guertin Guilbault Hamelin Houde Labonté Laferrière
Laganière Lanthier Lareau Latour Lepage Letendre Loranger Mainville Malouin Marineau Massicotte
Miron Montpetit Nault Normandeau Paiement Payette Pellerin Perron Picard Piché Poupart Quesnel
Rivard Robillard St-Amand Taillon Théberge Therrien Vadeboncoeur Valiquette Verreault Viau
Bellavance Boivin Brière Cantin Chaput Deschamps Dostie Fecteau Frigon Gervais Joncas Labrie Lapalme
Lemaire Martineau Morneau Nolin Parizeau Poliquin Potvin Rochette Rouleau Roussin Toupin Veillette
Vermette Villemure Lemonde Larochelle Brunelle Aubry Auclair Authier Babin Baillargeon Barrette
Beauchesne Beaudry Beaugrand Bégin Bélisle Bernier Berthiaume Bessette Bisson Boisvenu Bordeleau
Bouffard Boulay Bourbonnais Bourget Boutin Brault Breton Brunet Cabana Carbonneau Carpentier
Castonguay Chalifoux Champigny Charette Chevrier Coderre Corbeil Coutu Cusson Dandurand Daoust
Desnoyers Dubuc Duchaine Duclos Dugré Dupras Dupuis Émond Fauteux Fillion Fortier Fradette Gaboury
Gagnier Galarneau Gamache Garneau Gascon Genest Gignac Godbout Guindon Huot Labrecque Lacharité
Lacoste Ladouceur Laflèche Lahaie Landreville Langelier Lanoue Laprise Larose Lauzière Lavergne
Ledoux Lefort Lehoux Lussier Marcil Marcoux Marion Meilleur Mondor Montreuil Moquin Morel Nadon
Paquet Parenteau Péloquin Perrault Petitclerc Prud'homme Rancourt Ratté Rhéaume Rocheleau Ruel
Saucier Simoneau Turmel Beaucage Bibeau Binette Blackburn Boissonneault Bouliane Bouthillier
Brouillette Campeau Cardin Carrière Caouette Chrétien Clavet Corbin Courville Crépeau Dauphin
Décarie Delorme Denault Desforges Desharnais Desjarlais Desruisseaux Deveault Dorion Doyon Dubord
Ducharme Favreau Fiset Forcier Francoeur Gaudette Généreux Grondin Guillemette Hétu Jacob Jeannotte
Joly Labarre Labossière Lacelle Lacerte Lafond Lajeunesse Lalande Lamy Landriault Laperrière Laramée
Larue Lauzé Lavallière Lavictoire Lecours Lefaivre Legendre Lepire Loiseau Longpré Mallette
Marchessault Mathurin Mayrand Ménier Migneault Mireault Monfette Montambault Neveu Noiseux Ostiguy
Ouimette Parisien Pelchat Perras Pilote Plamondon Plouffe Poudrier Primeau Quenneville Rajotte
Raymond Rémillard Rivest Rompré Sarrazin Sauriol Sigouin Sylvestre Têtu Thiboutot Vallée Vaudry
Vigneux Vincelette Voisine Beaulne Béliveau Cléroux Daneau Desaulniers Galipeau Gobeil Lamer Lanoix
Lapensée Latreille Leblond Mercure Meloche Pichette Provost Rivet Taschereau Valois Vanasse Viens
''',
'acad:m': '''
Aldéric Amédée Arthur Azade Dosithée Élie Fidèle Hilaire Hippolyte Jude Médard Onésime Oscar Placide
Rufin Sylvère Thaddée Zéphirin Gildas Cyrille Alyre Fabien Rhéal Édouard Ludger Bélonie Camille
Gérald Rodolphe
''',
'acad:f': '''
Évangéline Adélina Bernadette Delphine Edwige Eulalie Magella Marie-Reine Odélie Rosanna Sophronie
Yvonne Zélia Agnès Fabienne Angèle Lucienne Édna Émérentienne Gemma Léonie Marcelline Rosalba
Thérésa Viola Anita Lauraine Ginette
''',
'acad:s': '''
Bastarache Doucette Gautreau Collette Brideau Friolet Bertin Gaudreau Martin Babin Finn Frigault
Gould Jaillet LeBouthillier Saint-Coeur Sivret Albert Boutot Cassie Landriault Pellerin Renaud
Savary Melançon
''',
'ht:m': '''
Wilner Fritz Dieudonné Bienvenu Frantz Ricardo Wesner Widler Reginald Ronald Emmanuel Lesly Ernst
Guerby Junior Kervens Kesner Lovinsky Makenson Peterson Ralph Rosemond Stanley Vladimir Wisly Woodly
Wilson Dieuseul Dieuvenson Frednel Gesner Harry Herby Mackenley Néhémie Obed Patrick Reynald Samson
Wismond Edner Jean-Robert Louino Mathurin Frantzy Jeff Jacky Kenold Roosevelt Dieujuste Fénel Ostin
Rodney Saintane
''',
'ht:f': '''
Nadège Mirlande Guerline Marie-Rose Rose-Marie Fabienne Lovely Wideline Roseline Magalie Dieula
Esther Fednise Francesca Gina Jessica Judith Kettly Lourdes Marjorie Myrlande Naïka Nerline Phara
Rachelle Sandra Soleil Tamara Vanessa Widlene Yolette Darline Edeline Guerda Immacula Islande Jesula
Lunie Nathacha Roseberthe Sherline Wilda Yvrose Clerveus Dieunie Elmyre Fabiola Géralda Mimose Nirva
Rosemène Vierge Altagrâce Marie-Ange Bien-Aimée
''',
'ht:s': '''
Dorcé Médard Saint-Victor Alcindor Bellegarde Casimir Civil Dalencour Dessalines Duverger Fleurimond
Jeanty Lespinasse Mathurin Paultre Péan Romain Similien Télémaque Vixamar Décembre Désulmé Élysée
Hilaire Janvier Narcisse Philistin Registre Sterlin Thermidor Vertus Accilien Altidor Cénat Charlot
Coicou Compère Désamours Dorismond Dumay Estinvil Excellent Fanfan Honorat Labissière Lundi Mentor
Mérilus Plaisir Prévil Prosper Saint-Éloi Sajous Salomon Senat Tanis Voltaire Aristide Baptichon
Beaubrun Bélance Bonhomme Cantave Chérestal Cinéas Clervil Dérisier Destin Dorsinville Eliassaint
Esperance Gaspard Guillaume Hérard Jasmin Jérôme Jolibois Laleau Lamarre Latortue Laurore Legagneur
Lherisson Lochard Louidor Lucien Marcelin Maximilien Milcé Moléon Noelsaint Obas Ovide Poulard
Préval Rameau Romélus Saint-Preux Sylné Théagène Thézan Vincent Wilfrid Zamor
''',
'mag:m': '''
Mohamed Ahmed Youssef Karim Rachid Samir Nabil Hicham Mehdi Amine Yassine Omar Khalid Saïd
Abdelkader Abdelaziz Abderrahmane Adel Anis Ayoub Bilal Brahim Djamel Farid Fouad Hamza Hassan
Hocine Idir Ilyes Ismaïl Kamel Lotfi Lyes Malik Messaoud Mounir Mourad Mustapha Nacer Nassim
Noureddine Rafik Reda Riad Salim Sofiane Tarek Walid Yacine Youcef Zakaria Zine Amar Aksel
Massinissa Yuba Jugurtha Menad Arezki Ameziane Idriss Taha Anouar Zouhair Achraf Badr Mokhtar Larbi
''',
'mag:f': '''
Fatima Khadija Amina Nadia Samira Leïla Yasmina Karima Malika Naïma Rachida Saïda Souad Zohra Houria
Djamila Farida Fatiha Hanane Imane Kenza Lamia Lina Lynda Meriem Nawal Nesrine Ouarda Rania Salma
Sanaa Siham Wafa Wiam Yamina Yousra Zineb Dihya Tiziri Tassadit Taous Lila Ghania Chaïma Assia Asmaa
Dounia Hajar Ikram Aïcha Hayat Loubna Soumia Warda Zahia
''',
'mag:s': '''
Chaouch Guerfi Lounès Sahraoui Zerrouki Boudiaf Derradji Fellah Ghezali Laouar Larbi Madani Naceri
Rachidi Saïdi Slimani Touati Zouaoui Filali Skalli Bouhlal Chakir Dahbi Jabri Kettani Ouahbi Raji
Zniber Abdelli Bouazizi Chebbi Dridi Gharbi Hammami Jaziri Khemiri Mabrouk Mejri Nasri Ouertani
Riahi Sassi Trabelsi Zaïri Aït_Yahia Amokrane Azzoug Bellil Ighil Izem Ouamrane Aït_Menguellet
Benchikh Djaballah Kadri Mokrani Rebai Sellal Zeroual Abbassi Achour Belaid Benyahia Chennouf
Dahmani Hachemi Khaldi Lakhdari Mammeri Nezzar Saadane Yousfi Benslimane Bouchaib Elkhatib Ghallab
Moujahid Regragui Boussaid Drissi Essaadi Hilali Khattabi Lamghari Marzouki Ouahabi Rifai Tlemcani
''',
'lev:m': '''
Georges Elie Charbel Fadi Ghassan Joseph Marwan Nadim Rami Sami Tony Ziad Bassam Chadi Elias Hadi
Issam Jad Maroun Mazen Rabih Raffi Samer Wissam Hani Majd Rayan Ramzi Chafic Imad Naji Roger Toufic
Walid Nizar Bechara
''',
'lev:f': '''
Rita Nada Rana Maya Hiba Lara Layal Nayla Nour Rima Rola Sara Yara Zeina Carla Christelle Dalia Dina
Ghada Hala Maha Maria Mona Nadine Najwa Nisrine Perla Reem Roula Samar Souha Tania Yasmine Jana Tala
Rania Joumana Mireille Nawal Houda
''',
'lev:s': '''
Assaf Chidiac Fares Habib Issa Khalil Nehme Bejjani Chamoun Eid Frangieh Hayek Kfoury Slim Zakhour
Akl Antoun Daou Farhat Ghattas Hanna Jreige Khoueiry Makhlouf Mouawad Sleiman Tawk Wehbe Boutros Dib
Gerges Maalouli Naccache Rouhana Achkar Bassil Chebli Debbas Geagea Jabre Kanj Lteif Nohra Rached
Tamer Yammine Zoghbi Abdelnour Boulos Chalhoub Diab Hatem Karkour Naim Raad Saade Tayar Younan Zein
''',
'vn:m': '''
Minh Tuấn Hùng Dũng Thanh Quang Hải Long Phong Sơn Trung Vinh Bảo Cường Duy Hiếu Huy Khoa Nam Phúc
Quốc Tâm Thắng Thịnh Toàn Trí Tùng Việt Khôi Đạt Hậu Lộc Nhân Tài Kiên
''',
'vn:f': '''
Linh Hương Thảo Trang Hạnh Hằng Hoa Huyền Ngọc Nhung Phương Quyên Thủy Trâm Tuyết Uyên Xuân Yến
Diệp Loan Ngân Nguyệt Oanh Thu Thư Tú Vy Châu
''',
'vn:s': '''
Bạch Giang Hầu Hứa Kha Phó Phùng Quan Triệu Ứng Viên Lều Mẫn Nông Phí Quang Sầm Cấn Khương Mông Trà
Yên
''',
'cn:m': '''
Wei Jun Hao Tao Ming Qiang Bo Chao Feng Gang Jie Kai Liang Peng Ping Rui Sheng Tian Xiang Yong Zhi
Haoran Zihan Yuxuan Jiahao Junjie Zhiwei Jianguo Xiaolong Wenbo Kaiwen Yifan Chenxi Tianyu Kenny
Wing Chi-Keung Man-Kit Ka-Ho Hoi-Lam
''',
'cn:f': '''
Na Fang Jing Xiu Hong Ying Qing Xiaoyan Xiaomei Yuting Jiayi Shuang Lingling Yating Wenjing Xinyi
Yuxi Zixuan Ruoxi Meiling Huimin Jingyi Siqi Mengting Mei-Ling Suk-Yee Wing-Yan Yee-Man Shu-Fen
Hui-Chun
''',
'cn:s': '''
Bao Cen Chai Chang Cong Dai Diao Fan Gan Guan Hao Hua Jia Jian Kuang Lan Lei Lian Liao Ling Lou Mao
Mei Miao Ning Pang Qian Rong Ruan Tao Wen Weng Xia Xin Xue Yan Yin Yue Zha Zhai Zhan Zhong Zhuang
Zuo Chui Fong Hui Yuen Mok Sze Wai Yau Yim Bian Rao Gou Jing Kou Niu Piao Sha Xing Yun Zang Zhen Kuo
Teng Hsu Tsai Chiang Hsieh Tsao Kao Chuang Huo
''',
'kr:m': '''
Minjun Seojun Jiho Hyunwoo Jungho Sungmin Dongwook Jaehyun Taeyang Youngsoo Kyungho Sanghoon Joonho
Jinwoo Woojin Hyunsoo Seungho Donghyun Sangwoo Junseo
''',
'kr:f': '''
Seoyeon Jiwoo Hayoon Minseo Soyeon Jiyoung Eunji Hyejin Sumin Yuna Jiyeon Minji Seulgi Hyunjoo Eunbi
Dahye Yejin Nayeon Soojin Hyewon
''',
'kr:s': '''
Bong Gil Seol Ban Chung Guk Jeong Min Pyeon Seong Suh Tae Uhm Yun Jegal Seonwoo Namgung Hwangbo
Dokgo Sagong Jee Kook Paik Rhee Sohn
''',
'jp:m': '''
Hiroshi Takeshi Kenji Daisuke Haruto Kaito Sota Yuto Kazuki Shota Takumi Ryota Kenta Naoki Satoshi
Tetsuya Yusuke Akira Makoto Shin
''',
'jp:f': '''
Yuki Aiko Akiko Emi Haruka Hina Keiko Misaki Nanami Rina Sakura Yui Yuko Ayaka Chihiro Kaori Megumi
Naomi Tomoko Yumiko
''',
'jp:s': '''
Akiyama Aoki Arai Endo Fujii Fujita Fukuda Goto Hamada Harada Hayashi Hirano Honda Ikeda Imai Inoue
Ishida Ishikawa Ito Kaneko Kato Kikuchi Kimura Kobayashi Kondo Kudo Kubo Maeda Matsuda Matsumoto
Miura Mori Nagai Nakajima Nakamura Noguchi Ogawa Okamoto Ono Ota Saito Sakai Sakamoto Sasaki Suzuki
Takeda Tamura Tanaka Ueda Wada Yamada Yamaguchi Yoshikawa Sugimoto Kawaguchi Nomura Tsuchiya Kojima
Ishii Hirata Sano Otsuka Takagi Kitamura Yano Kawasaki Oshiro Higa Kinjo Tokuda Mizuno Sugiyama
Hattori Nagata Okabe Koyama Shibata Ozawa Nishida Komatsu Tsuda Hirose Matsui Iida Kishi Morimoto
Horiuchi Takano Asano Kanda
''',
'es:m': '''
José Juan Carlos Luis Miguel Jorge Alejandro Andrés Diego Fernando Javier Pablo Ricardo Sergio Raúl
Gonzalo Héctor Julio Mauricio Rodrigo Santiago Sebastián Mateo Matías Felipe Gustavo Ignacio Esteban
Emiliano Iván Leonardo Óscar Rafael Ramón Tomás Wilmer Edwin Yeison Jhon Brayan Ernesto Alfonso
Benjamín Cristian Eduardo Enrique Fabián Germán Guillermo Jesús
''',
'es:f': '''
María Ana Carmen Lucía Sofía Valentina Camila Isabella Daniela Gabriela Mariana Paula Natalia Andrea
Carolina Fernanda Adriana Alejandra Ximena Paola Lorena Marisol Rocío Guadalupe Esperanza Dolores
Pilar Soledad Consuelo Luz Milagros Yesenia Leidy Yuliana Catalina Antonella Renata Jimena Florencia
Agustina Beatriz Claudia Gloria Silvia Rosario Mercedes Amparo
''',
'es:s': '''
Alvarado Araya Arce Ávila Bustos Calderón Córdoba Gallardo Godoy Guzmán Henríquez Ibáñez Lara León
Molina Muñoz Osorio Ríos Sepúlveda Soto Suárez Uribe Valdés Vega Velásquez Aguirre Bravo Cifuentes
Hurtado Jaramillo Londoño Mancilla Nieto Olivares Palacios Restrepo Sanabria Tobar Ulloa Yáñez
Zapata Quispe Mamani Huamán Condori Choque Ticona Apaza Yupanqui Cusi Coaquira Arévalo Carrasco
Cortés Elizondo Fajardo Garza Hidalgo Iglesias Juárez Leiva Marín Meléndez Montero Portillo Rangel
Saavedra Tejada Valenzuela Villarreal Benavides Carvajal Durán Ledesma Mora Pineda Quiñones Salinas
Segura Vera Zambrano Cáceres Barrera Ponce Robles Duarte Avendaño Betancourt Cuéllar Gaitán Jurado
Murillo Ospina Rincón Sarmiento Bolaños
''',
'pt:m': '''
João António Manuel Francisco Rui Nuno Tiago Pedro Paulo Duarte Gonçalo Afonso Vasco Bernardo Diogo
Fábio Luís Sérgio Vítor Armando Joaquim Henrique Leandro Thiago Caio Vinícius Renato Márcio Rogério
Edson
''',
'pt:f': '''
Joana Inês Mariana Catarina Sofia Teresa Filipa Marta Raquel Patrícia Cláudia Fátima Conceição Graça
Glória Lurdes Adriana Larissa Juliana Tatiana Bianca Luana Thaís Vitória Letícia Aparecida Fernanda
Helena Manuela
''',
'pt:s': '''
Amaral Baptista Bettencourt Botelho Cabral Caetano Couto Dias Duarte Faria Ferraz Furtado Gaspar
Guerreiro Leal Meireles Patrício Peixoto Ponte Raposo Rebelo Resende Veloso Viana Xavier Amorim
Bento Cordeiro Melo Rego Sequeira Serpa Toste Vaz Brum Dutra Arruda Damasceno Goulart Loureiro Moniz
Pestana Rosário Tomé Aguiar Borba Castanheira Carreira Frazão Gouveia Lemos Louro Mourão Nóbrega
Pedrosa Prates Reboredo Seixas Souto Tojal Varela
''',
'it:m': '''
Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco
Domenico Paolo Roberto Marco Alessandro Matteo Lorenzo Stefano Davide Fabio Riccardo Enzo Nicola
Rocco Tonino Gino Massimo Maurizio Carmine Filippo Emanuele Dario Silvio Nunzio Calogero
''',
'it:f': '''
Giuseppina Rosa Angela Giovanna Lucia Carmela Francesca Antonella Giulia Chiara Alessia Federica
Elena Silvia Paola Laura Martina Serena Rosaria Concetta Assunta Filomena Immacolata Nunzia Gemma
Loredana Graziella Pina Mirella Stella Cinzia Annunziata Carmelina
''',
'it:s': '''
Abate Basile Bruno Castelli Conte Fontana Negri Pozzi Ruggiero Salvi Villa Zanetti Ciampa Pignatelli
Tamburini Trombetta Siciliano Veneziano Ciccarelli Iacovelli Lapenna Mascolo Petrone Quaglia Raffa
Scalzo Vaccaro Zampino Arcuri Boccia Fiorito Grimaldi Loiacono Marchese Nicastro Panetta Pezzullo
Saputo Tremonti Vella Alfieri Bonanno Cacciatore Cavallaro Chiodo D'Alessandro De_Angelis Di_Giacomo
Fusco Gagliardi Ianni Lanza Manzo Marra Montanaro Perri Polito Riccio Sorrentino Spina Vitali Zappa
Accurso Borrelli Capone Dagostino Guarino Lupo Mele Oliveri Pace Piazza Puglisi Sacco Scuderi
Trovato Verde
''',
'gr:m': '''
Georgios Ioannis Konstantinos Dimitrios Nikolaos Panagiotis Vasileios Christos Athanasios Michail
Evangelos Spyridon Theodoros Anastasios Stavros Kostas Yannis Nikos Takis Petros Stelios Thanasis
Manolis Sotiris Lefteris Apostolos Haralambos
''',
'gr:f': '''
Eleni Aikaterini Vasiliki Angeliki Dimitra Georgia Evangelia Ioanna Paraskevi Konstantina Despina
Christina Eirini Fotini Stavroula Chrysoula Athina Kalliopi Zoi Anastasia Theodora Niki Voula
Sotiria
''',
'gr:s': '''
Andreou Apostolou Giannakis Ioannou Konstantinou Kontos Lambrou Michalopoulos Panagiotou Spiliotis
Theodorou Antoniadis Bakirtzis Efstathiou Frangos Liakos Mitsotakis Pantelis Sotiriou Yiannopoulos
Zacharias Kazantzis Mavridis Psaltis Skouras Stamatis Argyros Bouras Drosos Fotiou Gounaris Kallas
Kourakis Loukas Mantzouranis Ntokas Panos Rallis Stathopoulos Tsipras Vrettos Zoumboulakis Chronis
Dedes Kalaitzis Kokkinos Perdikis Sakellariou Tsatsos Varvitsiotis
''',
'pl:m': '''
Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Marek Grzegorz Jakub Łukasz Kamil Mateusz
Wojciech Zbigniew Jerzy Tadeusz Bartosz Dariusz Janusz Stanisław Kazimierz Witold Zdzisław Ryszard
''',
'pl:f': '''
Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Zofia Dorota Beata
Jadwiga Grażyna Halina Urszula Bożena Wanda Danuta Kinga Justyna Renata Elżbieta Wiesława
''',
'pl:s': '''
Kaczmarek Żak Bielecki Chojnacki Domański Fijałkowski Sowa Kaczmarczyk Leśniak Mróz Pająk Rogalski
Sienkiewicz Tokarski Banaś Drozd Frankowski Gołębiowski Hajduk Kępa Mikołajczyk Nowacki Rybak Tracz
Wawrzyniak Bednarek Ciesielski Dziedzic Gajda Kowalik Kurek Madej Orłowski Pilarski Siwiec
Stachowiak
''',
'ua:m': '''
Oleksandr Andriy Serhiy Volodymyr Mykola Vasyl Petro Yuriy Bohdan Taras Oleh Dmytro Ihor Yaroslav
Maksym Viktor Pavlo Stepan Mykhailo Ostap Vitaliy Denys Artem Sergei Dmitri Alexei Nikolai Mikhail
Pavel Igor Boris Anatoly
''',
'ua:f': '''
Olena Oksana Iryna Tetiana Svitlana Yulia Kateryna Halyna Lyudmyla Larysa Nadiya Khrystyna Solomiya
Daryna Mariya Viktoriya Liliya Zoryana Anastasiya Svetlana Tatiana Olga Ekaterina Yelena Natasha
Ludmila Galina
''',
'ua:s': '''
Dmytrenko Fedorenko Honcharenko Ivanenko Karpenko Kucherenko Sydorenko Tymoshenko Vlasenko Yurchenko
Hordiyenko Kostiuk Lytvynenko Mazepa Nazarenko Ostapchuk Prokopenko Romaniuk Semenko Tarasenko
Ustymenko Zaporozhets Golubev Vinogradov Bogdanov Vorobyov Medvedev Zhukov Sorokin Bilyk Chornyi
Danylyshyn Fedoriv Hlushko Kachur Levytsky Matviychuk Pidhirny Sheremeta Stasiuk Tsymbal Voronyuk
Zhyvotko Demchuk Humeniuk Makarenko Ponomarenko Shapoval Tereshchenko Kulyk Rudyk Savka
''',
'ro:m': '''
Ion Gheorghe Vasile Mihai Constantin Nicolae Alexandru Dumitru Florin Adrian Bogdan Ionuț Marius
Sorin Ovidiu Cătălin Răzvan Lucian Radu Mircea Tudor Vlad Silviu Costel Viorel
''',
'ro:f': '''
Ioana Mihaela Andreea Alina Cristina Simona Roxana Raluca Oana Corina Irina Monica Adina Luminița
Violeta Florentina Ilinca Ramona Doina Camelia Viorica Anca Georgeta
''',
'ro:s': '''
Andrei Gheorghiu Marin Radu Tudor Ungureanu Vasile Manole Grigore Iliescu Pavel Roman Sima Ursu Vlad
Bucur Ardeleanu Cozma Filip Gavrilă Husar Pârvu Răducanu Șerban Talpă Zaharia Antonescu Brătianu
Căpățână Frunză Ghiță Lupu Rădulescu Stoian Tomescu Vlădescu Dinescu Gheorghe Istrate Mărgineanu
Paraschiv
''',
'sa:m': '''
Raj Amit Rahul Vikram Arjun Sanjay Suresh Ramesh Anil Deepak Gurpreet Jaspreet Manpreet Navdeep
Amandeep Sukhwinder Balwinder Ravi Vijay Prakash Karthik Arun Senthil Murali Ganesh Anand Nikhil
Rohan Farhan Imran Tariq Asif Zubair Shahid Kamran Nadeem Rafiq Tanvir Sajid Rizwan Jatin Hitesh
Mihir Pranav Siddharth Kunal Tharshan Thileepan Kajan Niroshan Sivakumar Pradeep
''',
'sa:f': '''
Priya Anjali Pooja Neha Sunita Kavita Deepa Meena Lakshmi Divya Simran Navneet Jasleen Kiranjit
Rupinder Gurleen Manjit Parveen Ayesha Farzana Nasreen Shabnam Rukhsana Tahmina Sultana Nusrat
Sabina Rani Kamala Thenmozhi Tharshini Nirosha Keerthana Vaishnavi Shreya Ananya Aarti Nisha Rekha
Sangeeta Madhuri Jyoti Preeti Swati Bhavna Hetal Komal Krupa
''',
'sa:s': '''
Ahluwalia Arora Bhatia Chopra Gupta Iyer Kapoor Kumar Malhotra Menon Mishra Nair Pillai Rao Reddy
Sethi Sharma Srinivasan Subramanian Verma Mangat Alam Akhtar Chaudhry Hussain Iqbal Malik Qureshi
Raza Siddiqui Abeysekera Fernando Jayasuriya Perera Wickramasinghe Thambiah Shanmugam Vijayakumar
Mahalingam Sivapalan Rana Thapa Gurung Adhikari Koirala Shrestha Ahuja Gakhal Kandola Minhas Basu
Bhattacharjee Kar Nandi Pal Raha Sanyal Ganguly Lahiri Kulkarni Deshpande Gokhale Joglekar Naik
Pawar Shinde Kamath Hegde Shetty Bhat Acharya Nambiar Panicker Varghese Kurian Thomas Mathew
Thurairajah Yogalingam Balasingham
''',
'ir:m': '''
Reza Hossein Amir Hamid Saeed Majid Babak Behzad Dariush Farhad Kourosh Mahmoud Mansour Masoud Nima
Omid Payam Pouya Ramin Shahram Siavash Sina Arash Kaveh Behnam Peyman Afshin Bijan Cyrus Dara Kian
Navid Shahin Kambiz Hooman
''',
'ir:f': '''
Maryam Fatemeh Zahra Leila Mina Niloufar Parisa Roya Shirin Azadeh Bahar Farnaz Golnaz Mahsa Nasrin
Neda Pegah Sahar Shiva Soheila Taraneh Yasaman Ziba Mitra Nazanin Parvaneh Setareh Tahmineh Donya
Hasti Elham Forough Golnar Mahnaz
''',
'ir:s': '''
Afshar Alavi Asadi Nazari Safavi Tabrizi Farzaneh Naderi Khorasani Behbahani Darvishi Firouzi
Jahanbakhsh Kermani Razavi Sepehri Talebi Ansari Bakhtiari Dehghan Emami Fallahi Hamedani Mahdavi
Nikpour Omidvar Pourmand Qasemi Samadi Yousefi Abedini Bozorgmehr Dastgheib Farhadi Kianoush
Mokhtari Navabi Rahnama Shokouhi
''',
'tr:m': '''
Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim Murat Emre Burak Serkan Cem Kemal Volkan Onur Tolga Barış
Can Kaan Deniz Umut Selim Okan Oğuz Levent Tarık Furkan Berk Halil Yasin
''',
'tr:f': '''
Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Büşra Derya Ebru Gül Hülya Selin Sevgi Özlem Pınar
Tuğba Aylin Burcu Dilek Gökçe Şule Yasemin Ceren İrem Melike Ecem Damla Nurcan
''',
'tr:s': '''
Doğan Turan Yavuz Akın Eren Gök Okur Taş Toprak Bilgin Cengiz Durmaz Sezer Tunç Bayram Cinar
Dağdelen Gürsoy Kahraman Metin Ozturan Savaş Yazıcı Akgül Bektaş Çiftçi Dinçer Gezer Kandemir Önal
Soylu Türkmen
''',
'waf:m': '''
Mamadou Moussa Ousmane Ibrahima Abdoulaye Cheikh Amadou Babacar Modou Souleymane Seydou Boubacar
Lamine Alioune Pape Malick Idrissa Aliou Oumar Bakary Kwame Kofi Kwabena Yaw Kojo Emeka Chinedu
Obinna Chidi Tunde Femi Segun Kayode Olumide Adewale Ikechukwu Uchenna Godwin Gift Goodluck Sunday
Kouadio Armel Hermann Fulbert Aristide Blaise Sylvestre Moïse Issa
''',
'waf:f': '''
Fatou Aminata Awa Mariama Aïssatou Khady Ndèye Coumba Dieynaba Rokhaya Binta Adama Kadiatou Oumou
Hawa Ramatoulaye Astou Sokhna Adjoa Akosua Ama Efua Abena Yaa Chiamaka Ngozi Adaeze Nkechi Chioma
Funmilayo Folake Yetunde Titilayo Blessing Favour Precious Comfort Mercy Affoué Amenan Adjoua Akissi
Ahou Flore Mariétou
''',
'waf:s': '''
Babatunde Bello Uche Abubakar Danjuma Musa Ajayi Nnamdi Keïta Konaté Sissoko Doumbia Sangaré Kouassi
Konan Kouamé N'Guessan Koffi Soro Kaboré Ouédraogo Sawadogo Zongo Compaoré Tapsoba Mensah Owusu
Boateng Asante Acheampong Agyeman Appiah Osei Amoah Darko Adjei Agbodjan Amegah Dossou Houngbo Kpade
Sossa Zinsou Akakpo Ahouandjinou Dembélé Diarra Fofana Kanté Maïga Sidibé Sylla Tounkara Bathily
Gaye Mbodj Ndao
''',
'caf:m': '''
Didier Exaucé Parfait Fiston Héritier Trésor Innocent Prince Arsène Fabrice Gloire Glody Merveilleux
Célestin Gédéon Josué Nestor Papy Thierry Willy Achille Martial Roméo Ulrich Jean-Bosco Landry
Dieumerci Espoir Patient Chance Cadeau
''',
'caf:f': '''
Merveille Grâce Gloria Divine Dorcas Rebecca Ruth Naomie Princesse Bénédicte Providence Destinée
Consolata Chancelle Clarisse Falonne Gracia Nelly Ornella Prisca Sandrine Carine Laetitia Murielle
Hortense Pélagie Odette Brigitte Clémentine Immaculée Josiane Aline Claudine Liliane Sifa Furaha
Neema Baraka
''',
'caf:s': '''
Kabila Tshibanda Kalonji Lumumba Tchoupo Mebenga Abessolo Nguema Mba Obiang Moukala Mabiala Loemba
Massamba Bikindou Mavoungou Nzaba Ikonga Habimana Niyonzima Uwimana Mukamana Nshimiyimana
Ndayishimiye Hakizimana Irakoze Bizimana Bakala Bokanga Ekofo Kambale Kavira Lokota Mafuta Mampuya
Mpiana Musangu Tshala Yemba Bisimwa Tchana Djomo Ebode Nkongo Tsanga Fotsing
''',
'so:m': '''
Abdirahman Abdullahi Mohamud Hussein Ismail Abdikarim Abdiwali Abdiqani Mahad Liban Bashir Farhan
Guled Hamse Jamal Mukhtar Mustafe Osman Sharmarke Yasin Zakariye Cabdi Abdisalam Garaad
''',
'so:f': '''
Asha Fadumo Hodan Halima Hibo Ifrah Khadra Ladan Maryan Nasra Nimo Sagal Shukri Sahra Ubah Xawa
Zamzam Hawo Deqa Ayaan Idil Sucaad Filsan Muna Hamdi Ikran Fartun Ruqiya
''',
'so:s': '''
Abdi Abdullahi Adan Awale Egal Guled Haji Isse Jama Jimale Kahin Mahamud Osman Warsame Yusuf Gaal
Noor Siad Yasin Abokor Botan Dahir Fiqi Gurey Kulmiye Magan Nuur Rage Sugule Tahlil Cawil Afrah
Bulhan Cabdi Dhuhulow Farole Gabobe Hawadle Ileye Jibril Keynan Liban Mataan Olad Raage Sheekh
Tarabi Ugaas
''',
'et:m': '''
Dawit Mesfin Solomon Tewodros Kidus Biniam Natnael Henok Robel Yonas Ermias Berhanu Kaleb Abel Eyob
Fitsum Amanuel Filmon Mussie Semere Tesfalem Yared
''',
'et:f': '''
Meron Hiwot Selam Tigist Bethlehem Mahlet Rahel Eden Liya Tsion Saba Senait Almaz Aster Birtukan
Genet Lemlem Mekdes Rediet Feven Yordanos Luwam Winta Segen Abeba Tirhas Freweini
''',
'et:s': '''
Abebe Alemu Bekele Gebremariam Gebreyesus Girma Haile Kebede Lemma Negash Tadesse Tafesse Tesfaye
Teshome Yohannes Zewdu Abraha Fikre Mesfin Mulugeta Wondimu Yirga Zerihun Amanuel Ghebreab Weldu
Araya Hailu Tsehaye Alemayehu Dagnachew Eshetu Fantahun Gizaw Kifle Legesse Mamo Nega Seyoum Tilahun
Zenebe
''',
'ind:m': '''
Sipi Kanentiio Zebedee Tumasi Lucassie Paulusie Jaaji Adamie Putulik Qalingo Taqialuk Tivi Saali
Jobie Markusi Eliyassie Johnny Willie Charlie Billy Romeo Konrad Uapistan Shanipiap Tshani Mathias
Kenneth Abel Ashley Elijah
''',
'ind:f': '''
Kahentinetha Waneek Taqralik Elisapie Siasi Akinisie Ulaayu Alacie Maina Pasha Kitty Nellie Minnie
Lizzie Mandy Annie Lucy Sarollie Kathia Naomi Joséphine Shaninish Kanahus Tekahionwake Karonhienhawi
Niioieren Kawennahere
''',
'ind:s': '''
Bacon Kurtness Pietacho Napish Ambroise Mequish Chilton Bearskin Cheezo Kawapit Jolly Masty
Sheshamush Georgekish Kitchen Happyjack Pachano Tapiatic Trapper Zachary Whitebean Curotte Bonspille
Tarbell Oakes Lahache Alaku Angatookalook Annahatak Arngak Koneak Okpik Padlayat Qumaaluk Weetaltuk
Aloupa Etok Kudluk Nassak Sivuarapik Tooktoo Elijassiapik Inukpuk Kumarluk Napartuk Palliser
Qinuajuak Tukai Sioui Tsioui Metallic Jerome Wysote Barnaby Caplin Labillois Vicaire Sock Denny
Googoo Marshall Augustine Sylliboy Knockwood Basile Mollen Riverin Siméon Régis Mark Moses Loon
Herodier Longchap Pepabano Shashaweskum
''',
'he:m': '''
Moshe Yosef Avraham Yitzchak Shmuel Chaim Menachem Mordechai Eliezer Aharon Baruch Dov Ezra Gershon
Hillel Meir Nachum Shlomo Zvi Ari Yoni Avi Benzion Ephraim Yehuda Mendel Naftali Pinchas Yaakov
''',
'he:f': '''
Rivka Leah Miriam Chana Devorah Malka Shira Tova Yael Chaya Batya Elisheva Gila Hadassah Liora Orly
Tamar Tzipora Yehudit Zehava Aviva Bracha Fraidy Perel Sima
''',
'he:s': '''
Bronfman Gelber Ginsberg Gottlieb Klein Lazarus Levi Levine Lipsky Mendelsohn Moscovitch Reichmann
Rosenthal Sternberg Teitelbaum Weinberg Amsellem Bensoussan Elmaleh Assouline Malka Ifergan Wolofsky
Yanofsky Blumenfeld Grynszpan Hershkovitz Lewkowicz Nudelman Pearlman Rotstein Birnbaum Dorfman
Fishman Glickman Kaufman Lichtenstein Mintz Pollack Rosenblatt Sandler Tenenbaum Wiseman
''',
'de:m': '''
Hans Klaus Jürgen Wolfgang Dieter Helmut Uwe Jörg Stefan Matthias Florian Tobias Lukas Jonas
Maximilian Moritz Niklas Markus Rainer Horst Gerhard Karl Günter Manfred Bernd Thorsten Sven Dietmar
''',
'de:f': '''
Ursula Helga Ingrid Gisela Renate Sabine Petra Katrin Stefanie Anja Heike Birgit Jutta Susanne Lena
Hannah Leonie Johanna Greta Frieda Klara Annika Franziska Carola Dagmar Elke Hildegard
''',
'de:s': '''
Werner Baumgartner Ludwig Peters Eckert Friedrich Gerber Heinrich Lindner Moser Reinhardt Thiele
Wendt Brenner Dreyer Frey Gärtner Hauser Metzger Naumann Ostermann Probst Rieger Stahl Ulrich Wirth
''',
'nor:m': '''
Lars Erik Nils Anders Olav Bjørn Magnus Henrik Johan Per Gunnar Leif Arne Knut Einar Sigurd Torbjørn
Håkan Mikael Jari Mikko Juha Pekka Timo Jussi Matti Aksel Emil Ragnar
''',
'nor:f': '''
Astrid Sigrid Solveig Kari Liv Marit Hilde Karin Britt Ebba Linnea Maja Elin Freja Siri Tove Aino
Kaisa Tuula Riikka Sanna Helmi Saara Kirsi Heidi Anneli Ingeborg
''',
'nor:s': '''
Eriksen Jacobsen Karlsen Björk Sigurðsson Magnússon Ólafsson Wikström Åkesson Lundqvist Dahlgren
Axelsson Fredriksen Aas Thorsen Ødegaard Lindholm Sundberg Rantanen Lahtinen Kinnunen Ahonen
''',
'am:m': '''
Aram Armen Arman Ara Vahe Vartan Hagop Garo Krikor Sarkis Levon Sevag Shant Zareh Hovig Nerses
Gevorg Hayk Tigran Ashot Narek Vardan Mher Davit
''',
'am:f': '''
Anahid Ani Arpi Maral Nairi Sossi Taline Lousine Shoghig Houri Nayiri Seta Alidz Knar Lilit Gayane
Anush Hasmik Mariam Nune Siranush Talar
''',
'am:s': '''
Abrahamian Aslanian Avakian Babayan Demirjian Der_Sarkissian Gasparyan Kalajian Kazarian Manoukian
Markarian Mikaelian Nalbandian Sahakian Sarkissian Simonian Tashjian Terzian Topalian Vartanian
Zakarian Balian Chakmakjian Donabedian Hovsepian Sarafian Torossian Aghajanian Bedrossian Djeredjian
Garabedian Hagopian Kevorkian Melkonian Nersessian Ohanessian Sarian Yacoubian
''',
'ph:m': '''
Ramon Rodel Arnel Rommel Ronaldo Jericho Jaypee Angelo Joel Rogelio Dante Efren Noel Ferdinand
Reynaldo Rolando Danilo Jomar Ariel Ricky Edgardo Virgilio Wilfredo Marlon Raffy Aljon Ernesto Jonel
''',
'ph:f': '''
Marites Marilou Rowena Lorna Analyn Rhodora Marivic Ligaya Luzviminda Imelda Corazon Erlinda
Teresita Rosalinda Girlie Lovely Charmaine Kristine Maricel Rizza Jessa Shiela Princess Angelica
Cherry Dolly Jocelyn Maribel
''',
'ph:s': '''
Del_Rosario Domingo Fernandez Gonzales Marquez Aguinaldo Mabini Tanedo Batungbakal Dimaano Bernardo
Cajucom Dacanay Enriquez Feliciano Guevarra Mangahas Natividad Pineda Quinto Sarmiento Velasco Yabut
Zialcita
''',
'car:m': '''
Winston Desmond Everton Delroy Clive Leroy Errol Garfield Neville Trevor Dwayne Omari Kareem
Jermaine Tyrone Shane Kemar Devon Fitzroy Lennox Carlton Horace Mortimer Roydel Vishnu Deonarine
''',
'car:f': '''
Marcia Beverley Claudette Paulette Hyacinth Merline Shantelle Tameka Kerry-Ann Shanice Keisha Latoya
Natoya Sherece Ava Dawn Sunshine Novelette Jodian Shernette Kamala Savitri
''',
'car:s': '''
Bailey Barrett Beckford Brathwaite Clarke Francis Gayle Henry Hinds Reid Richards Samuels Spence
Alleyne Bascombe Boyce Cumberbatch Gittens Greenidge Holder Ifill Maynard Weekes Worrell Ramsaran
Persaud Ramdial Seepersad Maharaj Boodram Rampersad Mohammed Bisnauth Chin-Quee Dacosta Ebanks Fagan
Gooding Hutchinson Isaacs Lindo Mullings Nembhard Oliphant Pusey Rowe Simms Thwaites
''',
'en:m': '''
John Robert David Michael Richard James Brian Gary Mark Frank Will Bill Chase Hunter Rusty Art Rich
Ian Neil Stuart Graham Craig Colin Douglas Kenneth Gordon Malcolm Angus Hamish Ross Scott Dean Derek
Wayne Glen Tyler Ryan Connor Owen Declan Brendan Kieran Seamus Rory Sunny
''',
'en:f': '''
Mary Elizabeth Margaret Jennifer Linda Susan Karen Lisa Donna Carol Sharon Michelle Kimberly Joy
Hope Faith Grace Summer Autumn Ivy Amber Crystal Heather Misty Skye Charity Honor Brandy April June
May Siobhan Niamh Aoife Fiona Shona Morag Ailsa Kirsty Bridget Colleen Maureen Kathleen Erin Shannon
Tara Megan Chelsea Brittany Ashley Kayla
''',
'en:s': '''
Bancroft Beresford Blackburn Dunlop Gilchrist Kendrick Lockwood Merriweather Nesbitt Shackleton
McLeod Montgomery Doherty Keough Mulroney O'Connell Quinlan McGuire Cavanagh Kearney Egan
''',
}

# Invented surnames: prefixes x suffixes of each origin, taken in md5 order.
INVENT = {
    'qc': ('Beau Bois Chal Champ Dau Des Fau Fré Gar Gau Grand Jo Lan Laur Mal Mar Mont Nor Pel Per Pla Pré '
           'Quen Sau Tal Thé Tou Val Ver Vil Bour Cour Dor Fon Gil Hou Lab Lac Lam Mor Riv Ross Sév Tur',
           'ereau onneau ichaud inville ouche ardin enais eleau erand icotte ivière ousseau anceau elière '
           'isseau oyer igny audière aubin ichon oulet erny'),
    'acad': ('Bour Cor Dou Gal Lan Mel Sau Thib Vien Bab Bel Ard Gir Rob Comm',
             'illette anson aine ichon ereau edeau ardy ouin ette'),
    'ht': ('Dor Fil Lu Mé Nel Pier Vol Exa Cé Lou Ori Cler Sin Jos Fén Mil Dér Jul Osn Val Dieu',
           'ilus élus istal ézier imond ius ès ilien icot anord ivert ismé ogène aïque'),
    'mag': ('Bel Ben Bou Cher Dja El Ham Kha Lah Mek Ouz Sah Tay Zer Ghe Med Tla Rez',
            'abdi aoui ani ouchi idi ssaoui allah amine oudi ekri ardi azzi ghouti'),
    'lev': ('Abou Khar Nas Sem Tan Zah Jab Ghan Had Kar Maal Rah Sakk Fakh Harf',
            'oury ani allah eh ouf ine oun ache ouly ani ayyan'),
    'jp': ('Aka Ao Hama Hira Ishi Kawa Kita Matsu Naka Nishi Oka Saka Shima Taka Tani Yama Yoshi Mori Kuro '
           'Shira Fuku Kane Ara Hoso Ichi Iwa Kami Nag Sugi Tsu Uchi Wata Yana',
           'moto mura yama kawa saki da ta no hara zawa bayashi oka shima guchi uchi sawa be tani hashi'),
    'es': ('Alda Bel Car Es Gal Her Lan Mon Oso Pal Ren Sal Val Zu Ech Arb Cor Men Qui',
           'ejo aga ández ondo arte uela ares ívar azo illo ueta eros ancos ueña'),
    'pt': ('Arr Bet Cal Fig Lour Mag Pest Quar Sar Vel Mour Carv Godinh Tav Bran Amar Sant',
           'eira inho ado ães elo ais ovas oso eiro ela alho'),
    'it': ('Bell Cav Ciamp Dell Fior Giann Lomb Mar Pet Ross Sant Scar Tomm Vent Cost Gall Lucch Mazz Pell',
           'etti ucci ino ello one ardi azzo ieri ussi otta ese icone ante'),
    'gr': ('Anag Chrys Dima Kala Karak Lefka Mich Pana Papa Stav Theo Vasil Zach Kost Mark Nik Spyr Tsak',
           'opoulos akis idis ellis iadis atos eas ides oglou'),
    'pl': ('Brzo Dąb Gos Jaz Kozi Les Mali Sto Wierz Zaw Kras Grab Mosz Pias Sob Wol Chrz',
           'owski ewski icki czyk iak ecki owicz ak'),
    'ua': ('Bil Dan Hor Koval Lyt Myk Ost Sav Tar Vasyl Yar Zel Kry Hnat Pan Step',
           'enko chuk yshyn iv uk ovych ko ets'),
    'ro': ('Băl Cost Drăg Gheor Ior Mun Nicol Pop Rad Stănc Tud Vlăd Mih Păun Crăc',
           'escu eanu aru oiu ache ică uță'),
    'sa': ('Dhal Gre Sand Mehr Shah Bal Thira Kuma Nada Rama Siva Jeya Para Soor Vasu Chand',
           'iwal wal akumar alingam athan rajah ani ekar ia deva pillai'),
    'ir': ('Amir Bah Dar Far Gol Jah Kha Mah Nas Sal Shah Tah Yaz Zar Ard Beh Mir',
           'zadeh pour nejad far vand abadi khani ian i'),
    'tr': ('Ak Bal Demir Er Gül Kara Kay Öz Sarı Taş Tek Yıl Yurt Kılı Çak Gür Kor',
           'oğlu kaya can er soy han ay türk doğan men'),
    'waf': ('Ade Olu Oyin Ayo Fola Ola Ogun Chi Nwa Eze Obi Uche Abi Oke',
            'bayo wale kunle yemi seun tunde dele kwe nna dike oma chukwu bisi jide'),
    'caf': ('Ka Mu Tshi Lu Mbu Ngo Nku Ki Ilu Ma Ba Mwa Nsi',
            'lenga kendi mbayi bala songo tumba yembe ndala kanda lamba sanga nkuna'),
    'et': ('Gebre Wolde Haile Tekle Habte Kidane Berhe Tesfa Alem Gebru',
           'mariam michael selassie giorgis medhin yesus tsadik mikael hawariat kristos'),
    'ind': ('Anna Qumaa Tuku Aulla Nasa Iqa Kasu Uqai Pali Sivu Qiku Mian Wapa Petaw Neep Kawa Nuna Ashi',
            'luk tuk jak aq lik juaq ruk tak scum chee abano osh pit ni'),
    'he': ('Gold Rosen Stern Blum Lev Fein Kirsch Tannen Wein Eisen Mandel Lieber Roth Apfel Grun Zeit',
           'berg stein baum feld blatt thal zweig witz man sohn kranz'),
    'de': ('Alt Eber Hof Kirch Lang Neu Ober Stein Wald Wein Hage Schwarz Dorn Brück Lin',
           'mann berger hofer bach meier dorf acker heimer hauser'),
    'nor': ('Berg Dahl Fjord Hol Lind Nord Sand Sten Strøm Vest Ås Fors Hag Ny Sol',
            'heim lund gaard vold ström dal by rud stad holm'),
    'am': ('Ara Bagh Ghaz Hovh Kasp Mard Nahap Sarg Ter Vosk Arzr Kech Shahb Tor',
           'yan ian ikian essian oyan'),
    'ph': ('Pan Mag Ma Da Ca Sa Ta',
           'libutan sikap tanggol linaw galing batang agos lakas bukid dalisay'),
    'car': ('Ash Brack Chill Dun Fair Gold Hart Kirk Mill Ox Pen Rad Stan Thorn Wex Whit Win Ald Bram Crom',
            'ford ley ton wick by field stead more well den cott hurst bury shaw'),
    'en': ('Ather Bel Cran Dal Elms Farn Glad Hask Ing Lang Mor Nor Pick Rens Sal Tew Wend',
           'ford ley ton wick by field stead more well den cott hurst bury shaw'),
}

# Invented forms that happen to be real surnames of the earlier generators
# (checked while writing this file); they are skipped.
AVOID_INVENTED = set('''
Alemyesus Balalingam Balenga Belardi Berhemedhin Bilenko Bourichaud Bramby Branela Branelo Carvado Costescu Cromden
Crăcoiu Fakhoury Fénilien Gebremedhin Grabiak Grabowicz Hadani Jeyarajah Josilus Karahan Kovalenko Lieberman Maalouf
Malenga Mbulenga Mehria Mekouchi Mihescu Morita Mukendi Mwatumba Nadarajah Nasani Nelélus Ngolenga Nishimura Norbury
Norton Nsisanga Nwakwe Ogunwale Okechukwu Oluwale Penford Rahallah Rosenbaum Sandia Santucci Sarısoy Savenko Savuk
Savyshyn Scarese Sévaubin Séverand Sévereau Sévichon Takahashi Tanallah Tavães Tekleselassie Tesfamariam Tesfamikael
Tsakakis Tsakidis Tshikendi Uqaituk Vlădaru Vlădeanu Whitbury Woldemariam Özoğlu
'''.split())

PARTICLES = {'de', 'du', 'des', 'da', 'das', 'dos', 'do', 'di', 'del', 'della', 'der', 'den', 'van',
             'von', 'ben', 'bin', 'ibn', 'al', 'el', 'abu', 'abou', 'ait', 'thi', 'la', 'le', 'lo',
             'st', 'ste', 'saint', 'sainte', 'mc', 'mac'}
_FOLD = str.maketrans({'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'đ': 'd', 'Đ': 'D',
                       'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'Œ': 'OE', 'ð': 'd', 'Ð': 'D'})


def fold(s):
    s = s.translate(_FOLD)
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return s.lower()


def ascii_name(s):
    return re.sub(r'[^a-z]', '', fold(s))


def name_tokens(s):
    """Folded tokens of a name: particles and single letters left out."""
    return [t for t in re.split(r'[^0-9a-z]+', fold(s.replace('_', ' '))) if len(t) > 1 and t not in PARTICLES]


VOWELS = 'aeiouy'


def _join_ok(a, b):
    fa, fb = ascii_name(a), ascii_name(b)
    if not fa or not fb:
        return False
    if fa[-1] in VOWELS and fb[0] in VOWELS:
        return False
    if fa[-1] == fb[0]:
        return False
    tail = len(fa) - len(fa.rstrip('bcdfghjklmnpqrstvwxz'))
    head = len(fb) - len(fb.lstrip('bcdfghjklmnpqrstvwxz'))
    if tail + head >= 3:
        return False
    return not re.search(r'(.)\1\1', fa + fb)


def _build_pools():
    pools = {}
    for key in NAMES:
        seen = []
        for w in NAMES[key].split():
            if w not in seen:
                seen.append(w)
        pools[key] = seen
    taken = set()
    for lst in pools.values():
        for e in lst:
            taken.update(name_tokens(e))
    n_real = sum(len(v) for k, v in pools.items() if k.endswith(':s'))
    base = sum(len(pools[o + ':s']) for o in INVENT)
    target = round(n_real / 2)
    invented = []
    for o in sorted(INVENT):
        pre, suf = INVENT[o][0].split(), INVENT[o][1].split()
        want = round(target * len(pools[o + ':s']) / base)
        cands = [a + b for a in pre for b in suf if _join_ok(a, b)]
        cands.sort(key=lambda w: hashlib.md5(('indep18-inv:%s:%s' % (o, w)).encode()).hexdigest())
        got = []
        for w in cands:
            if len(got) >= want:
                break
            t = name_tokens(w)
            if len(t) != 1 or t[0] in taken or w in AVOID_INVENTED:
                continue
            taken.add(t[0])
            got.append(w)
        pools[o + ':s'] = pools[o + ':s'] + got
        invented.extend(got)
    return pools, invented


POOLS, INVENTED = _build_pools()
ORIGINS = sorted({k.split(':')[0] for k in POOLS})


def _split_halves():
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    toks_of = {}
    for key in sorted(POOLS):
        for e in POOLS[key]:
            toks = name_tokens(e)
            toks_of[e] = toks
            for t in toks:
                parent.setdefault(t, t)
            for t in toks[1:]:
                ra, rb = find(toks[0]), find(t)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for t in sorted(parent):
        groups.setdefault(find(t), []).append(t)
    tok_half = {}
    for members in groups.values():
        h = 'W' if hashlib.md5(('indep18:' + min(members)).encode()).digest()[0] % 2 == 0 else 'H'
        for t in members:
            tok_half[t] = h
    halves = {'W': {}, 'H': {}}
    for key in sorted(POOLS):
        for h in 'WH':
            halves[h][key] = [e for e in POOLS[key] if tok_half[toks_of[e][0]] == h]
    return halves, tok_half


HALVES, TOK_HALF = _split_halves()
HALF_TOKENS = {h: frozenset(t for t, x in TOK_HALF.items() if x == h) for h in 'WH'}
ALL_NAME_TOKENS = frozenset(TOK_HALF)

# Origins: weight in the population of the records, kind of given-name
# compounding, and whether the surname may come first.
ORIGIN_WEIGHT = {
    'qc': 26, 'acad': 3, 'ht': 7, 'mag': 7, 'lev': 4, 'vn': 3, 'cn': 4, 'kr': 1.5, 'jp': 1,
    'es': 5, 'pt': 3, 'it': 4, 'gr': 2, 'pl': 2, 'ua': 2, 'ro': 2, 'sa': 4, 'ir': 2, 'tr': 1.5,
    'waf': 3, 'caf': 3.5, 'so': 1.5, 'et': 1.5, 'ind': 3.5, 'he': 2.5, 'de': 1.5, 'nor': 1,
    'am': 1, 'ph': 2, 'car': 2, 'en': 4,
}
HYPHEN_GIVEN = {'qc': 0.16, 'acad': 0.1, 'ht': 0.14, 'caf': 0.1}
TWO_GIVEN = {'es': 0.3, 'pt': 0.25, 'ph': 0.15, 'ht': 0.08}
SURNAME_FIRST = {'vn', 'cn', 'kr'}

# Given names that are ordinary words too, with sentences using the word
# (the word is a WORD decoy there).  {w} is replaced by the word as written.
WORD_SENTENCES = {
    'fr': [
        ('Rose', 'Le formulaire de couleur {w} doit être rempli en deux copies.', 'rose'),
        ('Fleur', 'Le logo en forme de {w} de lys figure en en-tête.', 'fleur'),
        ('Prudence', '{w} : la chaussée est glacée devant l\'entrée principale.', 'Prudence'),
        ('Constance', 'La {w} du suivi a été soulignée par l\'équipe.', 'constance'),
        ('Espérance', '{w} de vie à la naissance : quatre-vingt-deux ans selon les données régionales.', 'Espérance'),
        ('Patience', 'Merci de votre {w} pendant le traitement de la demande.', 'patience'),
        ('Victoire', 'La {w} de l\'équipe locale a été célébrée à l\'aréna.', 'victoire'),
        ('Céleste', 'Le plafond de la salle d\'attente est peint en bleu {w}.', 'céleste'),
        ('Aurore', 'Le départ est prévu à l\'{w} pour éviter la circulation.', 'aurore'),
        ('Blanche', 'Une enveloppe {w} a été laissée à l\'accueil sans mention.', 'blanche'),
        ('Violette', 'L\'encre {w} du tampon est presque illisible.', 'violette'),
        ('Olive', 'Huile d\'{w} et savon doux sont recommandés pour la peau sèche.', 'olive'),
        ('Félicité', 'Le conseil adresse ses vœux de {w} aux nouveaux retraités.', 'félicité'),
        ('Clémence', 'Le tribunal a refusé toute {w} pour ce type de manquement.', 'clémence'),
        ('Avril', 'Le poisson d\'{w} affiché à la cafétéria a fait rire tout le monde.', 'avril'),
        ('Ange', 'Le programme « {w} gardien » jumelle des aînés et des bénévoles.', 'Ange'),
        ('Aimé', 'Le service le plus {w} des usagers reste la popote roulante.', 'aimé'),
        ('Désiré', 'L\'effet {w} n\'a pas été obtenu après deux semaines.', 'désiré'),
        ('Modeste', 'Une hausse {w} des coûts est prévue l\'an prochain.', 'modeste'),
        ('Noël', 'Les bureaux seront fermés pendant la période de {w}.', 'Noël'),
        ('Bienvenu', 'Tout commentaire sur le service est le {w}.', 'bienvenu'),
        ('Soleil', 'Éviter l\'exposition au {w} après l\'application de la crème.', 'soleil'),
        ('Innocent', 'Un échange en apparence {w} a rapidement dégénéré.', 'innocent'),
        ('Parfait', 'Le logement est en {w} état selon l\'inspecteur.', 'parfait'),
        ('Merveille', 'La nouvelle rampe d\'accès fait {w} auprès des résidents.', 'merveille'),
        ('Grâce', '{w} au soutien de la fondation, la salle a été rénovée.', 'Grâce'),
        ('Providence', 'La soupe populaire fonctionne un peu grâce à la {w}.', 'providence'),
        ('Destinée', 'Cette somme est {w} à l\'achat de matériel scolaire.', 'destinée'),
        ('Espoir', 'Le projet redonne {w} aux familles du quartier.', 'espoir'),
        ('Chance', 'Bonne {w} à toute l\'équipe pour la saison!', 'chance'),
        ('Cadeau', 'Un {w} de départ a été offert à la coordonnatrice.', 'cadeau'),
        ('Trésor', 'Le {w} de la paroisse a financé la réfection du clocher.', 'trésor'),
        ('Héritier', 'L\'{w} légal doit signer la renonciation devant témoin.', 'héritier'),
        ('Civil', 'Le code {w} prévoit un délai de prescription de trois ans.', 'civil'),
        ('Excellent', 'Le rendement de l\'équipe de nuit est jugé {w}.', 'excellent'),
        ('Plaisir', 'Au {w} de vous revoir à la prochaine rencontre.', 'plaisir'),
        ('Registre', 'Le {w} des visiteurs est conservé à l\'accueil.', 'registre'),
        ('Mentor', 'Chaque nouvel employé est jumelé à un {w} pendant un mois.', 'mentor'),
        ('Cardinal', 'Le point {w} nord est indiqué sur le plan d\'évacuation.', 'cardinal'),
        ('Neveu', 'Le {w} de l\'usager a appelé pour confirmer la visite.', 'neveu'),
        ('Roman', 'Le {w} emprunté n\'a jamais été rendu à la bibliothèque.', 'roman'),
        ('Marin', 'Un ancien {w} anime l\'atelier de nœuds du samedi.', 'marin'),
        ('Rage', 'Le chien a reçu son vaccin contre la {w} au printemps.', 'rage'),
        ('Lundi', '{w} : fermeture du comptoir à midi.', 'Lundi'),
        ('Gloire', 'Le mur de la {w} du club a été repeint.', 'gloire'),
        ('Prince', 'La pièce de théâtre du {w} grenouille est reportée.', 'prince'),
    ],
    'en': [
        ('Joy', 'The new ramp has been a real {w} for the residents.', 'joy'),
        ('Hope', 'We {w} to close the file by the end of the month.', 'hope'),
        ('Faith', 'The landlord acted in good {w}, according to the inspector.', 'faith'),
        ('Grace', '{w} period: thirty days after the due date.', 'Grace'),
        ('Summer', '{w} hours start next week at the front desk.', 'Summer'),
        ('Autumn', 'The {w} newsletter went out on time.', 'autumn'),
        ('Ivy', 'Poison {w} was found along the fence behind the school.', 'ivy'),
        ('Amber', 'An {w} alert was issued and cancelled within the hour.', 'Amber'),
        ('Crystal', 'The instructions given to the tenant were {w} clear.', 'crystal'),
        ('Misty', 'The roads were {w} and slippery on the morning of the fall.', 'misty'),
        ('Charity', 'The {w} golf tournament raised funds for the shelter.', 'charity'),
        ('Honor', 'Please {w} the booking by arriving on time.', 'honor'),
        ('May', 'You {w} submit the form online or by mail.', 'may'),
        ('Will', 'The committee {w} review the request at its next meeting.', 'will'),
        ('Bill', 'The {w} for the repairs was sent to the owner.', 'bill'),
        ('Mark', 'Please {w} the box if you need an interpreter.', 'mark'),
        ('Frank', 'It was a {w} and respectful conversation.', 'frank'),
        ('Chase', 'Staff did not {w} the resident into the parking lot.', 'chase'),
        ('Hunter', 'A {w} reported the abandoned vehicle near the trail.', 'hunter'),
        ('Rusty', 'The {w} railing on the back stairs must be replaced.', 'rusty'),
        ('Art', 'The {w} room is closed for renovation until further notice.', 'art'),
        ('Rich', 'The soil is {w} in clay, which explains the drainage problem.', 'rich'),
        ('Sunny', 'Forecast for the outing: {w}, light wind.', 'sunny'),
        ('Dawn', 'Crews will start at {w} to avoid traffic.', 'dawn'),
        ('Blessing', 'It was a {w} that nobody was hurt.', 'blessing'),
        ('Favour', 'Could you do me a {w} and forward the form to the clerk?', 'favour'),
        ('Precious', 'No {w} time was lost during the transfer.', 'precious'),
        ('Comfort', 'The {w} of the residents comes first.', 'comfort'),
        ('Mercy', 'The appeal asks the board for {w} on the late fees.', 'mercy'),
        ('Gift', 'A {w} card was given to each volunteer.', 'gift'),
        ('Sunday', '{w} service is cancelled because of the storm.', 'Sunday'),
        ('Lovely', 'Thanks, that would be {w}.', 'lovely'),
        ('Cherry', 'The {w} tree near the entrance will be pruned.', 'cherry'),
        ('Slim', 'Chances of approval are {w} without the missing documents.', 'slim'),
        ('Kitchen', 'The {w} sink has been leaking for a week.', 'kitchen'),
        ('Bacon', 'Breakfast served: eggs, {w} and toast.', 'bacon'),
        ('Fan', 'The ceiling {w} in the meeting room is broken.', 'fan'),
        ('Rage', 'A road {w} incident was reported on the highway.', 'rage'),
        ('Patience', 'Thank you for your {w} while we review the file.', 'patience'),
    ],
}
# Keep only words whose name lives in one of the halves.
WORD_SENTENCES = {lang: [x for x in lst if any(t in ALL_NAME_TOKENS for t in name_tokens(x[0]))]
                  for lang, lst in WORD_SENTENCES.items()}
WORD_NAMES = sorted({x[0] for lst in WORD_SENTENCES.values() for x in lst})


# ---------------------------------------------------------------------------
# Places, streets, organisations, laws, domains.  (city, FSA prefix)

QC_CITIES = [
    ('Montréal', 'H1'), ('Montréal', 'H2'), ('Montréal', 'H3'), ('Montréal', 'H4'), ('Laval', 'H7'),
    ('Longueuil', 'J4'), ('Brossard', 'J4'), ('Boucherville', 'J4B'), ('Québec', 'G1'), ('Québec', 'G2'),
    ('Lévis', 'G6'), ('Gatineau', 'J8'), ('Gatineau', 'J9'), ('Sherbrooke', 'J1'), ('Magog', 'J1X'),
    ('Trois-Rivières', 'G8'), ('Trois-Rivières', 'G9'), ('Shawinigan', 'G9N'), ('Saguenay', 'G7'),
    ('Alma', 'G8B'), ('Rimouski', 'G5L'), ('Rivière-du-Loup', 'G5R'), ('Drummondville', 'J2'),
    ('Granby', 'J2G'), ('Saint-Hyacinthe', 'J2S'), ('Saint-Jérôme', 'J7'), ('Terrebonne', 'J6'),
    ('Repentigny', 'J5'), ('Joliette', 'J6E'), ('Rouyn-Noranda', 'J9X'), ("Val-d'Or", 'J9P'),
    ('Amos', 'J9T'), ('Sept-Îles', 'G4R'), ('Baie-Comeau', 'G4Z'), ('Gaspé', 'G4X'), ('Matane', 'G4W'),
    ('Victoriaville', 'G6P'), ('Thetford Mines', 'G6G'), ('Saint-Georges', 'G5Y'), ('Montmagny', 'G5V'),
    ('Sorel-Tracy', 'J3P'), ('Salaberry-de-Valleyfield', 'J6S'), ('Châteauguay', 'J6J'),
    ('Saint-Eustache', 'J7P'), ('Mirabel', 'J7J'), ('Blainville', 'J7C'), ('Mascouche', 'J7K'),
    ('Vaudreuil-Dorion', 'J7V'), ('Pointe-Claire', 'H9R'), ('Dorval', 'H9S'), ('La Tuque', 'G9X'),
    ('Maniwaki', 'J9E'), ('Mont-Laurier', 'J9L'), ('Roberval', 'G8H'), ('Dolbeau-Mistassini', 'G8L'),
    ('Chibougamau', 'G8P'), ('Kuujjuaq', 'J0M'), ('Puvirnituq', 'J0M'), ('Chisasibi', 'J0M'),
    ('Wendake', 'G0A'), ('Mashteuiatsh', 'G0W'), ('Mistissini', 'G0W'), ('Kahnawake', 'J0L'),
    ('Manawan', 'J0K'), ('Wemotaci', 'G0X'), ('Listuguj', 'G0C'), ('Uashat', 'G4R'),
    ('Carleton-sur-Mer', 'G0C'), ('Lac-Mégantic', 'G6B'), ('Cowansville', 'J2K'), ('Sainte-Adèle', 'J8B'),
]
OTHER_CITIES = [('Ottawa', 'ON', 'K1'), ('Cornwall', 'ON', 'K6H'), ('Hawkesbury', 'ON', 'K6A'),
                ('Toronto', 'ON', 'M4'), ('Moncton', 'NB', 'E1C'), ('Edmundston', 'NB', 'E3V'),
                ('Bathurst', 'NB', 'E2A'), ('Campbellton', 'NB', 'E3N')]
US_CITIES = [('Plattsburgh', 'NY', '12901'), ('Burlington', 'VT', '05401'), ('Champlain', 'NY', '12919'),
             ('Newport', 'VT', '05855'), ('Massena', 'NY', '13662')]
REGIONS_FR = ['la Gaspésie', "l'Abitibi-Témiscamingue", 'la Côte-Nord', "l'Estrie", 'la Mauricie',
              'le Bas-Saint-Laurent', 'la Montérégie', 'les Laurentides', 'Lanaudière', "l'Outaouais",
              'le Nunavik', 'la Beauce', 'Charlevoix', 'le Saguenay–Lac-Saint-Jean', 'les Îles-de-la-Madeleine']
REGIONS_EN = ['the Gaspé Peninsula', 'the Eastern Townships', 'the North Shore', 'the Laurentians',
              'Nunavik', 'the Outaouais', 'Abitibi', 'the Magdalen Islands', 'Montérégie']
COUNTRIES_FR = ['Haïti', 'le Maroc', "l'Algérie", 'la Tunisie', 'le Liban', 'la Syrie', 'le Vietnam', 'la Chine',
                'la Colombie', 'le Mexique', 'le Portugal', "l'Italie", 'la Grèce', 'la Pologne', "l'Ukraine",
                'la Roumanie', "l'Inde", "l'Iran", 'la Turquie', 'le Sénégal', 'le Cameroun',
                'la République démocratique du Congo', 'la Somalie', "l'Éthiopie", 'les Philippines',
                "l'Arménie", 'la Jamaïque', 'le Brésil', 'le Pérou', 'la Côte d\'Ivoire', 'le Rwanda']
COUNTRIES_EN = ['Haiti', 'Morocco', 'Algeria', 'Lebanon', 'Vietnam', 'China', 'Colombia', 'Mexico', 'Portugal',
                'Italy', 'Greece', 'Poland', 'Ukraine', 'Romania', 'India', 'Iran', 'Turkey', 'Senegal',
                'Cameroon', 'the DR Congo', 'Somalia', 'Ethiopia', 'the Philippines', 'Armenia', 'Jamaica',
                'Brazil', 'Peru', 'Trinidad', 'Sri Lanka', 'Eritrea']
STREETS_FR = [
    'rue Saint-Denis', 'rue Sherbrooke Est', 'boulevard Saint-Laurent', 'avenue du Parc', 'rue des Érables',
    'rue Principale', 'chemin du Lac', 'rang Saint-Joseph', 'montée Sainte-Marie', 'rue de la Gare',
    'boulevard des Forges', 'avenue Cartier', 'rue Wellington Nord', 'boulevard Talbot', 'rue King Ouest',
    'rue Racine Est', "boulevard de l'Hôtel-de-Ville", 'rue du Couvent', 'côte du Palais', 'rue des Pins',
    'avenue Royale', 'chemin Sainte-Foy', 'boulevard Laurier', 'rue Notre-Dame Ouest', 'rue Ontario Est',
    'avenue Papineau', 'rue Jean-Talon Est', 'boulevard Décarie', 'rue Fleury Est', 'boulevard Gouin Ouest',
    'rue des Bouleaux', 'rue du Moulin', 'chemin de la Rivière', 'rue des Peupliers', 'avenue des Ormes',
    'boulevard Taschereau', 'rue Beaubien Est', 'rue Masson', 'boulevard Sainte-Anne', 'rue Dorchester',
    'rue Saint-Jean', 'avenue de la Colline', 'rue du Quai', 'boulevard du Royaume', 'rue des Outardes',
    'chemin du Golf', 'rue de la Fabrique', 'route 132', 'rang du Bas-de-la-Rivière', 'rue Monseigneur-Tanguay',
]
STREETS_EN = [
    'Sherbrooke Street West', 'Queen Street', 'Lakeshore Road', 'Main Street', 'Church Street',
    'Victoria Avenue', 'Greene Avenue', 'Westminster Avenue North', 'Elgin Street', 'Maple Avenue',
    'Elm Street', 'Cedar Crescent', 'Sunnyside Road', 'Highland Drive', 'Beaconsfield Boulevard',
    'Park Avenue', 'Lansdowne Avenue', 'King Street East', 'Mill Road', 'Riverside Drive',
]
STREET_KINDS_FR = ['rue', 'rue', 'rue', 'avenue', 'boulevard', 'place', 'croissant', 'chemin', 'montée', 'impasse']
STREET_KINDS_EN = ['Street', 'Street', 'Avenue', 'Road', 'Crescent', 'Drive', 'Lane']
UNITS_FR = ['app. {n}', 'appartement {n}', 'app {n}', 'logement {n}', 'bureau {b}', 'local {n}', 'unité {n}', '# {n}']
UNITS_EN = ['Apt {n}', 'Apt. {n}{l}', 'Unit {n}', 'Suite {b}', '#{n}']

ORGS = {
    'fr': {
        'health': ['CIUSSS du Centre-Sud-de-l\'Île-de-Montréal', 'CISSS de la Montérégie-Centre', 'CIUSSS de la Capitale-Nationale',
                   'CISSS des Laurentides', 'CISSS de l\'Outaouais', 'CLSC de Saint-Michel', 'Hôpital de l\'Enfant-Jésus',
                   'Institut universitaire en santé mentale de Montréal', 'CHU de Québec–Université Laval', 'Centre de communications santé',
                   'Urgences-santé', 'Hôpital régional de Rimouski', 'CLSC des Faubourgs'],
        'gov': ['Commission des normes, de l\'équité, de la santé et de la sécurité du travail', 'Société de l\'assurance automobile du Québec',
                'Hydro-Québec', 'Protecteur du citoyen', 'Commission d\'accès à l\'information', 'Régie de l\'assurance maladie du Québec',
                'Revenu Québec', 'Retraite Québec', 'ministère de l\'Immigration, de la Francisation et de l\'Intégration', 'Services Québec',
                'Directeur de l\'état civil', 'Archives nationales à Québec'],
        'justice': ['Tribunal administratif du logement', 'Tribunal administratif du travail', 'Cour du Québec', 'Cour supérieure',
                    'Palais de justice de Longueuil', 'Commission des services juridiques', 'Centre communautaire juridique de la Mauricie–Bois-Francs',
                    'Services correctionnels du Québec', 'Centre d\'aide aux victimes d\'actes criminels', 'Directeur des poursuites criminelles et pénales'],
        'social': ['Direction de la protection de la jeunesse', 'Office municipal d\'habitation de Québec', 'Office municipal d\'habitation de Montréal',
                   'Banque alimentaire Moisson Montréal', 'Secrétariat à l\'adoption internationale', 'Maison de la famille de Lévis',
                   'Carrefour jeunesse-emploi de l\'Outaouais'],
        'school': ['Centre de services scolaire de Montréal', 'Centre de services scolaire des Patriotes', 'Cégep de Victoriaville',
                   'Université du Québec à Montréal', 'Centre de services scolaire de la Capitale'],
        'police': ['Service de police de la Ville de Montréal', 'Sûreté du Québec', 'Service de police de la Ville de Québec',
                   'Service de police de l\'agglomération de Longueuil'],
        'bank': ['Desjardins Assurances', 'Banque Nationale', 'Caisse Desjardins du Plateau-Mont-Royal', 'Vidéotron'],
        'city': ['Ville de Sherbrooke', 'Ville de Gatineau', 'Service de l\'urbanisme', 'Ville de Lévis', 'Municipalité de Saint-Damien'],
    },
    'en': {
        'health': ['McGill University Health Centre', 'Jewish General Hospital', 'Montreal Children\'s Hospital', 'West Island CIUSSS',
                   'Douglas Mental Health University Institute', 'Lakeshore General Hospital', 'CLSC Métro', 'Urgences-santé'],
        'gov': ['CNESST', 'SAAQ', 'Hydro-Québec', 'Quebec Ombudsman', 'Commission d\'accès à l\'information', 'Canada Border Services Agency',
                'Immigration, Refugees and Citizenship Canada', 'Service Canada', 'Revenu Québec', 'Canada Post'],
        'justice': ['Legal Aid Quebec', 'Court of Québec', 'Superior Court', 'Correctional Service Canada', 'Tribunal administratif du logement'],
        'social': ['Batshaw Youth and Family Centres', 'Office municipal d\'habitation de Montréal', 'Agape Food Bank', 'AMI-Québec'],
        'school': ['English Montreal School Board', 'Lester B. Pearson School Board', 'Dawson College', 'Concordia University'],
        'police': ['Montreal Police Service', 'Sûreté du Québec', 'Kahnawake Peacekeepers'],
        'bank': ['Royal Bank of Canada', 'TD Canada Trust', 'Bell Canada'],
        'city': ['City of Pointe-Claire', 'Town of Hudson', 'City of Westmount', 'City of Sherbrooke'],
    },
}
ORG_PATTERNS = {
    'fr': {
        'clinic': ['Clinique médicale {S}', 'Clinique dentaire {S}-{S2}', 'Polyclinique {G}-{S}', 'Clinique d\'optométrie {S}'],
        'pharm': ['Pharmacie {G} {S}', 'Pharmacie {S} et {S2}', 'Pharmacie {S}'],
        'school': ['École primaire {G}-{S}', 'École secondaire {G}-{S}', 'Collège {G}-{S}'],
        'company': ['Garage {S} et fils', 'Boulangerie {S}', 'Déneigement {S} inc.', 'Transport {S} inc.', 'Plomberie {S} ltée',
                    'Entreprises {S} inc.', 'Construction {S}-{S2}', 'Entrepôts {S} et associés'],
        'law': ['Cabinet {S} {S2} avocats', '{S}, {S2} s.e.n.c.r.l.', 'Étude {S} notaires'],
        'sport': ['Centre sportif {G}-{S}', 'Aréna {G}-{S}', 'Club de natation {S}', 'Association de hockey mineur {G}-{S}'],
        'civic': ['Aréna {G}-{S}', 'Pavillon {G}-{S}', 'Centre d\'hébergement {G}-{S}', 'Fondation {G}-{S}', 'Résidence {G}-{S}',
                  'Bibliothèque {G}-{S}', 'Centre sportif {G}-{S}', 'Maison {G}-{S}', 'Salon funéraire {S}', 'Garderie éducative {S}'],
    },
    'en': {
        'clinic': ['{S} Family Dental', '{S} Medical Clinic', '{G} {S} Physiotherapy'],
        'pharm': ['{S} Pharmacy', '{G} {S} Pharmacy', '{S} & {S2} Pharmacy'],
        'school': ['{G} {S} Elementary School', '{S} High School'],
        'company': ['{S} Plumbing Ltd.', '{S} Towing', '{S} Moving & Storage', '{S} Insurance Brokers', '{S} Construction Inc.'],
        'law': ['{S} & {S2} LLP', '{S} Legal Services'],
        'sport': ['{G} {S} Arena', '{S} Minor Hockey Association', '{G} {S} Aquatic Club'],
        'civic': ['{G} {S} Foundation', '{S} Funeral Home', '{G} {S} Community Centre', '{G} {S} Arena'],
    },
}
# Origins whose names are given to streets and organisations.
LOCAL_ORIGINS = ['qc', 'qc', 'qc', 'acad', 'en', 'car', 'ht', 'it', 'ind', 'he', 'gr', 'pt', 'lev', 'mag']
STREET_PATTERNS_FR = ['rue {G}-{S}', 'boulevard {G}-{S}', 'avenue {S}', 'rue {S}', 'place {G}-{S}', 'croissant {S}']
STREET_PATTERNS_EN = ['{S} Street', '{S} Avenue', '{G} {S} Boulevard', '{S} Road', '{S} Crescent']

LAWS_FR = ['art. 38 LPJ', 'art. 39 LPJ', 'art. 2 LATMP', 'art. 265 LATMP', 'RLRQ, c. A-3.001', 'L.R.Q., c. A-2.1',
           'RLRQ, c. A-25', "art. 83.45 de la Loi sur l'assurance automobile",
           'art. 5 de la Charte des droits et libertés de la personne', 'art. 1854 C.c.Q.', 'art. 1974 C.c.Q.',
           "art. 53 et 54 de la Loi sur l'accès", "art. 88 de la Loi sur l'accès", 'RLRQ, c. P-40.1',
           'art. 19 LSSSS', 'RLRQ, c. S-4.2', 'art. 742.3 C.cr.', 'art. 810 C.cr.', 'L.C. 2002, ch. 1',
           "art. 4 du Règlement sur l'attribution des logements à loyer modique", 'RLRQ, c. S-8',
           'art. 16 de la Loi sur la protection du consommateur', 'art. 543 C.c.Q.', 'art. 145 C.p.c.',
           'Règlement no 1886, art. 12', 'art. 145.6 LAU', 'RLRQ, c. A-19.1', 'art. 40 LPJ',
           "art. 9 de la Loi sur l'accès", 'art. 132 LSJPA']
LAWS_EN = ['s. 38 YPA', 'R.S.Q., c. A-2.1', 's. 5 of the Charter of human rights and freedoms', 's. 266 Cr.C.',
           's. 742.3 Cr.C.', 'IRPA, s. 40(1)(a)', 'S.C. 2001, c. 27', 'Access to Information Act, R.S.C. 1985, c. A-1',
           's. 19(1) of the Privacy Act', 'R.S.Q., c. A-3.001', 's. 83.45 of the Automobile Insurance Act',
           'By-law 2019-45, s. 7', 's. 9 of the Act respecting access to documents', 'Customs Act, s. 99',
           's. 1974 C.C.Q.', 'CQLR, c. T-15.01']

EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'videotron.ca', 'live.ca', 'icloud.com',
                 'sympatico.ca', 'cgocable.ca', 'hotmail.fr', 'protonmail.com', 'bell.net', 'globetrotter.net',
                 'tlb.sympatico.ca', 'outlook.fr', 'yahoo.fr']
ORG_DOMAINS = ['cnesst.gouv.qc.ca', 'saaq.gouv.qc.ca', 'protecteurducitoyen.qc.ca', 'ssss.gouv.qc.ca',
               'omhq.qc.ca', 'ccjmtl.qc.ca', 'justice.gouv.qc.ca', 'msp.gouv.qc.ca', 'hydroquebec.com',
               'ville.sherbrooke.qc.ca', 'ville.gatineau.qc.ca', 'csspatriotes.gouv.qc.ca', 'mifi.gouv.qc.ca',
               'cbsa-asfc.gc.ca', 'cpe-petitspas.qc.ca', 'paroisse-stefamille.org', 'uqam.ca', 'cegepvicto.ca']
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
QC_AREAS = ['514', '438', '263', '450', '579', '354', '418', '581', '367', '819', '873', '468']
INSTITUTIONS = [('815', 'Desjardins'), ('006', 'Banque Nationale'), ('003', 'RBC'), ('004', 'TD'),
                ('001', 'BMO'), ('002', 'Banque Scotia'), ('010', 'CIBC'), ('039', 'Banque Laurentienne'),
                ('829', 'Desjardins Ontario'), ('614', 'Tangerine')]
LETTERS_PC = 'ABCEGHJKLMNPRSTVWXYZ'


# ---------------------------------------------------------------------------
# Content sentences: ordinary sentences with no name and no identifier.

CONTENT = {
'fr': {
'gen': '''
Le dossier a été transmis au service concerné pour analyse.
Aucun document supplémentaire n'est requis pour le moment.
La demande sera traitée dans l'ordre de réception.
Les renseignements fournis demeurent confidentiels.
Une copie de la présente a été versée au dossier.
Nous vous remercions de votre collaboration habituelle.
Le délai de traitement habituel est de quelques semaines.
Toute modification doit être signalée par écrit.
La rencontre s'est déroulée dans un climat respectueux.
Les pièces justificatives ont été reçues et vérifiées.
Le suivi sera assuré par la même équipe.
Veuillez conserver ce document pour vos dossiers.
Les informations ont été confirmées de vive voix.
Un accusé de réception vous sera envoyé sous peu.
''',
'health': '''
L'usager est orienté dans les trois sphères et collabore bien.
Les signes vitaux sont stables depuis l'admission.
La douleur est mieux contrôlée avec la médication actuelle.
Un suivi en externe est recommandé d'ici quelques semaines.
La plaie est propre, sans signe d'infection.
L'alimentation par voie orale est bien tolérée.
Aucune allergie médicamenteuse connue n'a été signalée.
L'enseignement sur la prise des médicaments a été fait.
La mobilisation progressive se poursuit avec l'aide de la physiothérapie.
Le retour à domicile est jugé sécuritaire par l'équipe.
La posologie reste inchangée jusqu'au prochain rendez-vous.
Le renouvellement a été autorisé par le prescripteur.
''',
'mental': '''
L'humeur est décrite comme plus stable que la semaine dernière.
Le sommeil demeure fragmenté, avec des réveils fréquents.
Aucune idéation suicidaire n'est rapportée ce jour.
Le discours est cohérent et le contact est adéquat.
L'usager reconnaît l'utilité du suivi et souhaite le poursuivre.
Les stratégies d'apaisement discutées seront pratiquées à la maison.
L'anxiété est surtout présente le matin avant les sorties.
L'adhésion au traitement est bonne selon les propos recueillis.
L'appétit est revenu progressivement depuis la dernière rencontre.
''',
'house': '''
Le logement visité est propre et bien entretenu.
Des traces d'humidité sont visibles au plafond de la salle de bain.
La demande est inscrite sur la liste d'attente selon le pointage obtenu.
Le ménage compte deux adultes et trois enfants à charge.
Le loyer actuel dépasse la moitié du revenu du ménage.
Le propriétaire s'est engagé à effectuer les réparations rapidement.
Le locataire signale un bruit persistant provenant du logement voisin.
Le chauffage ne fonctionne plus correctement depuis le début de l'hiver.
Une visite de l'inspecteur municipal est prévue sous peu.
La demande de logement adapté a été mise à jour.
''',
'justice': '''
L'audience est reportée à la demande des deux parties.
Le tribunal prend la cause en délibéré.
Les parties sont invitées à tenter une médiation avant l'audience.
La personne accusée est libérée sous conditions jusqu'à la prochaine comparution.
La requête est accueillie en partie, sans frais.
Les témoins seront assignés par huissier.
Le dossier est admissible à l'aide juridique selon le volet gratuit.
La preuve documentaire sera déposée au greffe avant l'audience.
Les conditions de la probation ont été relues et expliquées.
Le rapport présentenciel sera déposé à la prochaine date.
''',
'work': '''
Le travailleur a été retiré de son poste par mesure préventive.
Une assignation temporaire a été proposée et acceptée.
L'employeur conteste l'admissibilité de la réclamation.
Le poste de travail sera réaménagé pour réduire les mouvements répétitifs.
Le port des équipements de protection était obligatoire sur le chantier.
L'enquête interne est toujours en cours.
Le retour progressif au travail s'étalera sur plusieurs semaines.
Les premiers soins ont été donnés sur place par le secouriste.
''',
'road': '''
La chaussée était mouillée au moment de la collision.
Les deux véhicules ont été remorqués hors de la voie.
Aucune personne n'a été blessée gravement.
Le constat amiable a été rempli sur place par les conducteurs.
La visibilité était réduite par la neige poudreuse.
Les dommages matériels se limitent au pare-chocs arrière.
Le véhicule était stationné légalement au moment de l'impact.
Les indemnités de remplacement du revenu sont versées aux deux semaines.
''',
'school': '''
L'élève a été rencontré par la direction adjointe le jour même.
Les parents ont été informés par téléphone en fin de journée.
Une rencontre de suivi avec l'équipe-école est prévue.
Le plan d'intervention sera révisé à la prochaine étape.
La surveillance sera renforcée pendant les récréations.
Les élèves témoins ont été entendus séparément.
''',
'daycare': '''
L'enfant a été consolé rapidement et a repris ses activités.
Une compresse froide a été appliquée sur la bosse.
L'éducatrice a rempli le rapport dès la fin de la sieste.
Le groupe jouait dans la cour au moment de l'incident.
Les parents ont été avisés avant la fin de la journée.
La surveillance de la cour a été revue avec l'équipe.
''',
'child': '''
La famille d'accueil offre un milieu stable et chaleureux.
Les visites supervisées se déroulent bien dans l'ensemble.
Les besoins de l'enfant semblent bien compris par les adultes qui l'entourent.
La chambre prévue pour l'enfant est propre et adaptée à son âge.
Le projet d'adoption est porté par les deux requérants.
''',
'money': '''
Le montant réclamé ne correspond pas à la consommation habituelle.
Une entente de paiement peut être conclue sur demande.
Les frais de retard ont été annulés à titre de geste commercial.
La couverture d'assurance est en vigueur depuis la date d'émission.
La désignation de bénéficiaire peut être révoquée en tout temps.
Le relevé détaillé sera transmis par la poste.
Aucun remboursement ne sera effectué avant la fin de l'analyse.
''',
'it': '''
Le poste de travail a été redémarré sans succès.
Le problème semble lié à la dernière mise à jour.
Le mot de passe a été réinitialisé selon la procédure.
La connexion au réseau privé virtuel échoue de façon intermittente.
Le billet est fermé après confirmation de l'utilisateur.
L'imprimante du deuxième étage affiche une erreur de bourrage.
Une sauvegarde complète a été effectuée avant l'intervention.
''',
'city': '''
Le comité consultatif d'urbanisme recommande d'accorder la demande.
La dérogation demandée ne cause pas de préjudice aux voisins.
Le conseil prendra une décision à la prochaine séance.
La période de questions est maintenant ouverte.
Les travaux de réfection débuteront au printemps.
La collecte des encombrants aura lieu comme prévu.
Le citoyen remercie le conseil pour sa réponse.
Aucune personne intéressée ne s'est manifestée contre la demande.
''',
'police': '''
Les policiers sont arrivés sur les lieux quelques minutes après l'appel.
La plaignante refuse le transport ambulancier.
Le suspect a quitté les lieux avant l'arrivée des patrouilleurs.
Aucune arme n'a été vue par les témoins.
Le périmètre a été levé après vérification.
Une équipe cynophile a été demandée en renfort.
''',
'immig': '''
Votre demande est complète et sera étudiée sous peu.
Les documents fournis doivent être traduits par un traducteur agréé.
Un examen médical sera exigé ultérieurement.
Les renseignements biométriques doivent être fournis dans les délais.
Vous serez avisé par écrit de toute décision.
Les biens déclarés à la frontière ont été vérifiés.
''',
'church': '''
La cérémonie a été célébrée selon le rite catholique.
Les parrains et marraines étaient présents.
L'inscription a été faite à partir du registre original.
Les registres anciens sont conservés aux archives diocésaines.
La concession est entretenue par la famille.
Le lot est situé près de l'allée centrale.
''',
'sport': '''
Les inscriptions sont confirmées après réception du paiement.
Le casque protecteur est obligatoire pour toutes les catégories.
Les entraînements ont lieu deux fois par semaine.
Une preuve d'âge est demandée lors de la première séance.
Les bénévoles sont toujours les bienvenus.
''',
'utility': '''
La lecture du compteur a été estimée pendant deux périodes.
Une vérification du compteur a été demandée par le client.
Le service ne sera pas interrompu pendant l'examen de la plainte.
Le relevé de consommation montre une hausse inhabituelle en hiver.
Le compteur intelligent transmet ses données chaque jour.
''',
},
'en': {
'gen': '''
The file has been forwarded to the appropriate department.
No further documents are required at this time.
Requests are processed in the order they are received.
The information provided remains confidential.
A copy of this letter has been placed on file.
Thank you for your cooperation.
Processing usually takes a few weeks.
Any change must be reported in writing.
The meeting took place in a respectful atmosphere.
Supporting documents were received and checked.
Please keep this document for your records.
''',
'health': '''
The patient is alert and oriented and cooperates well.
Vital signs have been stable since admission.
Pain is better controlled with the current medication.
Outpatient follow-up is recommended within a few weeks.
The wound is clean with no sign of infection.
No known drug allergies were reported.
Medication teaching was completed before discharge.
The dosage remains unchanged until the next appointment.
''',
'mental': '''
Mood is described as more stable than last week.
Sleep remains fragmented with frequent awakenings.
No suicidal ideation is reported today.
Speech is coherent and contact is appropriate.
The client sees the value of follow-up and wishes to continue.
Anxiety is mostly present in the morning before going out.
Calming strategies discussed will be practised at home.
Appetite has slowly returned since the last meeting.
Adherence to treatment is good according to the client.
''',
'house': '''
The unit visited is clean and well kept.
Signs of moisture are visible on the bathroom ceiling.
The tenant reports persistent noise from the neighbouring unit.
The heating has not worked properly since the start of winter.
The landlord agreed to carry out the repairs promptly.
The application is on the waiting list according to the score obtained.
The household includes two adults and three dependent children.
''',
'justice': '''
The hearing is postponed at the request of both parties.
The court takes the matter under advisement.
The conditions of probation were read and explained again.
Witnesses will be served by a bailiff.
The pre-sentence report will be filed at the next date.
''',
'work': '''
The worker was removed from the position as a preventive measure.
Temporary assignment was offered and accepted.
The employer contests the admissibility of the claim.
Protective equipment was mandatory on the site.
First aid was given on site by the first-aider.
''',
'road': '''
The road surface was wet at the time of the collision.
Both vehicles were towed off the roadway.
Nobody was seriously injured.
Visibility was reduced by blowing snow.
Damage is limited to the rear bumper.
''',
'school': '''
The student met with the vice-principal the same day.
Parents were informed by phone at the end of the day.
Supervision will be increased during recess.
The intervention plan will be reviewed at the next term.
Student witnesses were heard separately.
''',
'daycare': '''
The child was comforted quickly and went back to playing.
A cold compress was applied to the bump.
''',
'child': '''
The child was comforted quickly and went back to playing.
The foster home offers a stable and warm environment.
Supervised visits are going well overall.
A cold compress was applied to the bump.
The group was playing in the yard at the time of the incident.
''',
'money': '''
The amount billed does not match the usual consumption.
A payment arrangement can be made on request.
Late fees were waived as a goodwill gesture.
No refund will be issued before the review is complete.
''',
'it': '''
The workstation was restarted without success.
The problem seems related to the latest update.
The password was reset according to the procedure.
The VPN connection fails intermittently.
The ticket is closed after confirmation from the user.
A full backup was taken before the intervention.
''',
'city': '''
The planning advisory committee recommends granting the request.
Council will make a decision at the next sitting.
Question period is now open.
Resurfacing work will begin in the spring.
The resident thanks council for the answer.
The requested variance causes no harm to the neighbours.
Bulky item collection will take place as planned.
''',
'police': '''
Officers arrived on scene a few minutes after the call.
The complainant refused ambulance transport.
The suspect left before the patrol units arrived.
No weapon was seen by the witnesses.
The perimeter was lifted after a check.
''',
'immig': '''
Your application is complete and will be reviewed shortly.
Documents must be translated by a certified translator.
Goods declared at the border were inspected.
You will be notified in writing of any decision.
''',
'church': '''
The plot is maintained by the family.
The older registers are kept in the diocesan archives.
The ceremony followed the Catholic rite.
''',
'sport': '''
Registrations are confirmed once payment is received.
A helmet is mandatory in every category.
Volunteers are always welcome.
''',
'utility': '''
The meter reading was estimated for two billing periods.
A meter check was requested by the customer.
Service will not be interrupted while the complaint is reviewed.
The consumption record shows an unusual increase in winter.
The smart meter sends its data every day.
''',
},
}
CONTENT = {lang: {k: [x.strip() for x in v.strip().split('\n') if x.strip()] for k, v in d.items()}
           for lang, d in CONTENT.items()}


# ---------------------------------------------------------------------------
# Fragments: lists of (text, kind, type); kind None is plain text.

def P(s):
    return [(s, 'pii', 'PERSON')]


def X(typ, s):
    return [(s, 'pii', typ)]


def D(typ, s):
    return [(s, 'decoy', typ)]


def C(s):
    return [(s, 'content', 'CONTENT')]


def join(sep, frags):
    out = []
    for i, f in enumerate(frags):
        if i:
            out.append((sep, None, None))
        out.extend([(f, None, None)] if isinstance(f, str) else f)
    return out


def upper_frag(f):
    return [(s.upper(), k, t) for s, k, t in f]


class Doc:
    def __init__(self):
        self.parts = []

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                if it:
                    self.parts.append((it, None, None))
            else:
                self.parts.extend(it)
        return self

    def build(self):
        chunks, spans, pos = [], [], 0
        for s, k, t in self.parts:
            if not s:
                continue
            n = len(s.encode('utf-8'))
            if k:
                spans.append({'start': pos, 'end': pos + n, 'kind': k, 'type': t})
            chunks.append(s)
            pos += n
        return ''.join(chunks), spans


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


class Person:
    def __init__(self, origin, sex, given, sur, dob):
        self.origin, self.sex, self.given, self.sur, self.dob = origin, sex, given, sur, dob
        self.c = {}

    @property
    def full(self):
        return self.given + ' ' + self.sur

    @property
    def native(self):
        return self.sur.upper() + ' ' + self.given

    @property
    def first(self):
        return self.given.split()[-1] if self.origin == 'vn' else self.given.split()[0]

    def initials(self):
        g = self.given.split()[0]
        if '-' in g:
            return '-'.join(x[0] + '.' for x in g.split('-') if x)
        return g[0] + '.'

    def fem(self):
        return self.sex == 'f'


# Roles: (masculine, feminine) for French, one form for English.
ROLES_FR = {
    'agent': ("agent d'indemnisation", "agente d'indemnisation"),
    'social': ('travailleur social', 'travailleuse sociale'),
    'probation': ('agent de probation', 'agente de probation'),
    'clerk': ('greffier', 'greffière'),
    'nurse': ('infirmier clinicien', 'infirmière clinicienne'),
    'pharm': ('pharmacien', 'pharmacienne'),
    'psy': ('psychiatre', 'psychiatre'),
    'interp': ('interprète', 'interprète'),
    'inspector': ('inspecteur en bâtiment', 'inspectrice en bâtiment'),
    'access': ("responsable de l'accès à l'information", "responsable de l'accès à l'information"),
    'archiv': ('archiviste', 'archiviste'),
    'tech': ('technicien en soutien informatique', 'technicienne en soutien informatique'),
    'educ': ('éducateur', 'éducatrice'),
    'immig': ('agent d\'immigration', 'agente d\'immigration'),
    'hr': ('conseiller en ressources humaines', 'conseillère en ressources humaines'),
    'admin': ('technicien en administration', 'technicienne en administration'),
    'lawyer': ('avocat', 'avocate'),
    'eval': ('évaluateur', 'évaluatrice'),
    'priest': ('curé', 'curé'),
    'dispatch': ('répartiteur', 'répartitrice'),
    'council': ('conseiller municipal', 'conseillère municipale'),
    'cs': ('préposé au service à la clientèle', 'préposée au service à la clientèle'),
}
ROLES_EN = {
    'agent': 'claims agent', 'social': 'social worker', 'probation': 'probation officer', 'clerk': 'court clerk',
    'nurse': 'clinical nurse', 'pharm': 'pharmacist', 'psy': 'psychiatrist', 'interp': 'interpreter',
    'inspector': 'building inspector', 'access': 'access to information officer', 'archiv': 'archivist',
    'tech': 'IT support technician', 'educ': 'educator', 'immig': 'immigration officer', 'hr': 'HR advisor',
    'admin': 'administrative technician', 'lawyer': 'lawyer', 'eval': 'evaluator', 'priest': 'parish priest',
    'dispatch': 'dispatcher', 'council': 'city councillor', 'cs': 'customer service agent',
}

OCR_SUBS = [('l', '1'), ('O', '0'), ('o', '0'), ('m', 'rn'), ('rn', 'm'), ('é', 'e'), ('I', 'l'), ('S', '5'),
            ('B', '8'), ('e', 'c'), ('i', 'í'), ('h', 'b'), ('u', 'ii'), ('1', 'l'), ('0', 'O'), ('5', 'S'),
            ('8', 'B'), ('6', 'b')]


class G:
    """Per-document generator state: half, language, random source."""

    def __init__(self, half, lang, rng):
        self.h, self.lang, self.r = half, lang, rng
        self.pool = HALVES[half]
        self.today = date(2021, 2, 1) + timedelta(days=rng.randrange(1750))
        self.long = rng.random() < 0.35
        self.used = set()
        self.used_content = set()

    # --- small helpers ----------------------------------------------------
    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    def ch(self, *opts):
        return self.r.choice(opts)

    def pick(self, lst):
        return self.r.choice(lst)

    def p(self, x):
        return self.r.random() < x

    def rows(self, a, b, big):
        return self.r.randint(a, big if self.long else b)

    def n(self, a, b):
        return self.r.randint(a, b)

    def digits(self, k):
        return ''.join(str(self.r.randrange(10)) for _ in range(k))

    def letters(self, k, alphabet='ABCDEFGHJKLMNPRSTUVWXYZ'):
        return ''.join(self.r.choice(alphabet) for _ in range(k))

    def title(self, p):
        if self.lang == 'fr':
            return 'Mme' if p.fem() else 'M.'
        return self.ch('Ms.', 'Ms.', 'Mrs.') if p.fem() else 'Mr.'

    def role(self, key, p):
        if self.lang == 'fr':
            m, f = ROLES_FR[key]
            return f if p.fem() else m
        return ROLES_EN[key]

    def elide(self, word, frag):
        """'de' / 'd'' before a name fragment (French)."""
        first = frag[0][0] if frag else ''
        if first and fold(first[0]) in 'aeiouyh' and word in ('de', 'le', 'la'):
            return word[0] + "'"
        return word + ' '

    # --- people -----------------------------------------------------------
    def _origin(self, sex):
        names = [o for o in sorted(ORIGIN_WEIGHT) if self.pool.get(o + ':' + sex) and self.pool.get(o + ':s')]
        weights = [ORIGIN_WEIGHT[o] for o in names]
        return self.r.choices(names, weights)[0]

    def _given(self, o, sex, lst):
        r = self.r
        g = r.choice(lst)
        if o == 'vn':
            mid = ('Thị' if sex == 'f' else 'Văn') if r.random() < 0.6 else r.choice(lst)
            return g if mid == g else mid + ' ' + g
        if '-' not in g and len(lst) > 3:
            if r.random() < HYPHEN_GIVEN.get(o, 0):
                g2 = r.choice(lst)
                if g2 != g and '-' not in g2:
                    return g + '-' + g2
            elif r.random() < TWO_GIVEN.get(o, 0):
                g2 = r.choice(lst)
                if g2 != g:
                    return g + ' ' + g2
        return g

    def _surname(self, o):
        r = self.r
        lst = self.pool[o + ':s']
        s = r.choice(lst).replace('_', ' ')
        x = r.random()
        if o == 'qc' and x < 0.07:
            s2 = r.choice(lst).replace('_', ' ')
            if s2 != s and ' ' not in s + s2 and '-' not in s + s2:
                s = s + '-' + s2
        elif o == 'es' and x < 0.4:
            s2 = r.choice(lst)
            if s2 != s and ' ' not in s2:
                s = s + ' ' + s2
        elif o == 'pt':
            if x < 0.25:
                s2 = r.choice(lst)
                if s2 != s:
                    s = s + ' ' + s2
            elif x < 0.4:
                s = r.choice(['da', 'dos', 'de']) + ' ' + s
        elif o == 'mag' and x < 0.1 and ' ' not in s:
            s = r.choice(['Ben ', 'El ', 'Aït ']) + s
        elif o == 'lev' and x < 0.06:
            s = 'El ' + s
        elif o == 'de' and x < 0.05:
            s = 'von ' + s
        return s

    def person(self, sex=None, age=(19, 88), origin=None, dob=None):
        r = self.r
        for _ in range(50):
            sx = sex or r.choice('mf')
            o = origin if origin and self.pool.get(origin + ':' + sx) else self._origin(sx)
            lst = self.pool[o + ':' + sx]
            words = [w for w in lst if w in WORD_NAMES]
            if words and r.random() < 0.12:
                given = r.choice(words)
            else:
                given = self._given(o, sx, lst)
            sur = self._surname(o)
            if (given, sur) in self.used:
                continue
            self.used.add((given, sur))
            if dob is None:
                a = r.randint(*age)
                d0 = self.today - timedelta(days=int(a * 365.25) + r.randrange(365))
            else:
                d0 = dob
            return Person(o, sx, given, sur, d0)
        raise RuntimeError('no person')

    def child(self, parent=None, age=(1, 16)):
        if parent is not None:
            pa = (self.today - parent.dob).days // 365
            age = (min(age[0], max(pa - 19, 0)), max(min(age[1], pa - 18), 0))
        p = self.person(age=age, origin=parent.origin if parent and self.p(0.8) else None)
        if parent and self.p(0.75):
            p.sur = parent.sur
        return p

    def relative(self, p, sex=None, age=(19, 88)):
        q = self.person(sex=sex, age=age, origin=p.origin if self.p(0.7) else None)
        if self.p(0.5):
            q.sur = p.sur
        return q

    # --- names --------------------------------------------------------------
    STYLES = [('full', 34), ('tfull', 14), ('tsur', 8), ('SUR, G', 6), ('Sur, G', 4), ('caps', 3),
              ('lower', 2), ('init', 5), ('ginit', 3), ('given', 4), ('native', 4)]

    def nm(self, p, style=None):
        r = self.r
        if style is None:
            style = r.choices([s for s, _ in self.STYLES], [w for _, w in self.STYLES])[0]
            if style == 'native' and p.origin not in SURNAME_FIRST:
                style = 'full'
        if style == 'full':
            return P(p.full)
        if style == 'tfull':
            return [(self.title(p) + ' ', None, None)] + P(p.full)
        if style == 'tsur':
            return [(self.title(p) + ' ', None, None)] + P(p.sur)
        if style == 'SUR, G':
            return P(p.sur.upper()) + [(', ', None, None)] + P(p.given)
        if style == 'Sur, G':
            return P(p.sur) + [(', ', None, None)] + P(p.given)
        if style == 'caps':
            return P(p.full.upper())
        if style == 'lower':
            return P(p.full.lower())
        if style == 'init':
            return P(p.initials() + ' ' + p.sur)
        if style == 'ginit':
            return P(p.first + ' ' + p.sur[0] + '.')
        if style == 'given':
            return P(p.first)
        if style == 'native':
            return P(p.native)
        if style == 'sur':
            return P(p.sur)
        if style == 'handle':
            return P(self.handle(p))
        raise ValueError(style)

    def tn(self, p, title=None):
        """Name with a title outside the span."""
        t = title or self.title(p)
        return [(t + ' ', None, None)] + P(p.full if self.p(0.75) else p.sur)

    def handle(self, p, sep=None):
        sep = sep if sep is not None else self.ch('.', '.', '_', '')
        g = ascii_name(p.first)
        s = ascii_name(main_sur(p))
        if sep == '' and self.p(0.3):
            return g[0] + s
        return g + sep + s

    # --- contact ------------------------------------------------------------
    def phone_str(self, style=None, area=None):
        r = self.r
        a = area or r.choice(QC_AREAS)
        ex = str(r.randint(2, 9)) + self.digits(2)
        ln = self.digits(4)
        styles = ['{a}-{e}-{l}', '({a}) {e}-{l}', '{a} {e}-{l}', '{a}.{e}.{l}', '{a}{e}{l}', '+1 {a} {e} {l}',
                  '1-{a}-{e}-{l}', '+1 ({a}) {e}-{l}', '+1-{a}-{e}-{l}', '{a} {e} {l}', '({a}){e}-{l}',
                  '1 ({a}) {e}-{l}', '{a}/{e}-{l}']
        s = style or r.choice(styles)
        return s.format(a=a, e=ex, l=ln)

    def ph(self, ext=None, style=None, area=None):
        f = X('PHONE', self.phone_str(style, area))
        if ext or (ext is None and self.p(0.12)):
            f = f + [(self.ext(), None, None)]
        return f

    def ext(self):
        n = self.digits(self.ch(3, 4))
        return self.L(self.ch(' poste ', ', poste ', ' p. ', ' #'), self.ch(' ext. ', ' x', ', ext ', ' ext ')) + n

    def intl_phone(self, cc=None):
        r = self.r
        table = {
            '+33': lambda: '+33 %d %s %s %s %s' % (r.choice([6, 7, 1, 4]), self.digits(2), self.digits(2), self.digits(2), self.digits(2)),
            '+509': lambda: '+509 %s %s' % (r.choice(['3', '4', '2']) + self.digits(3), self.digits(4)),
            '+212': lambda: '+212 6 %s %s %s %s' % (self.digits(2), self.digits(2), self.digits(2), self.digits(2)),
            '+213': lambda: '+213 5%s %s %s %s' % (self.digits(2), self.digits(2), self.digits(2), self.digits(2)),
            '+961': lambda: '+961 %d %s %s' % (r.choice([3, 70, 71, 76]), self.digits(3), self.digits(3)),
            '+84': lambda: '+84 9%s %s %s' % (self.digits(1), self.digits(3), self.digits(4)),
            '+57': lambda: '+57 3%s %s %s' % (self.digits(2), self.digits(3), self.digits(4)),
            '+52': lambda: '+52 55 %s %s' % (self.digits(4), self.digits(4)),
            '+351': lambda: '+351 9%s %s %s' % (self.digits(2), self.digits(3), self.digits(3)),
            '+237': lambda: '+237 6 %s %s %s %s' % (self.digits(2), self.digits(2), self.digits(2), self.digits(2)),
            '+221': lambda: '+221 77 %s %s %s' % (self.digits(3), self.digits(2), self.digits(2)),
            '+243': lambda: '+243 8%s %s %s' % (self.digits(2), self.digits(3), self.digits(3)),
            '+63': lambda: '+63 9%s %s %s' % (self.digits(2), self.digits(3), self.digits(4)),
            '+91': lambda: '+91 9%s %s' % (self.digits(4), self.digits(5)),
            '+98': lambda: '+98 912 %s %s' % (self.digits(3), self.digits(4)),
            '+1': lambda: '+1 (802) %s-%s' % (self.digits(3), self.digits(4)),
        }
        cc = cc or r.choice(sorted(table))
        return X('PHONE', table[cc]())

    def spoken_phone(self):
        dg = DIGITS_FR if self.lang == 'fr' else DIGITS_EN
        num = self.r.choice(QC_AREAS) + str(self.r.randint(2, 9)) + self.digits(6)
        groups = [num[:3], num[3:6], num[6:]]
        sep = self.ch(', ', ' ', ' - ')
        return X('PHONE', sep.join(' '.join(dg[int(c)] for c in grp) for grp in groups))

    def tollfree(self):
        p = self.ch('800', '888', '877', '866', '855', '844')
        s = self.ch('1-{p}-{e}-{l}', '1 {p} {e}-{l}', '1 {p} {e} {l}', '({p}) {e}-{l}', '1-{p}-{e}{l}')
        return D('TOLLFREE', s.format(p=p, e=str(self.n(2, 9)) + self.digits(2), l=self.digits(4)))

    def email_str(self, p=None, domain=None):
        r = self.r
        if p is None:
            p = self.person()
        g = ascii_name(p.first)
        sparts = [ascii_name(x) for x in re.split(r"[\s'-]+", p.sur) if ascii_name(x) and fold(x) not in PARTICLES]
        s = sparts[-1] if sparts else ascii_name(p.sur)
        dom = domain or r.choice(EMAIL_DOMAINS)
        yy = str(p.dob.year)[2:]
        local = r.choice([g + '.' + s, g + '.' + s, g[0] + s, g + s + yy, s + '.' + g, g + '_' + s,
                          g + '.' + s + str(r.randint(1, 99)), g[0] + '.' + s, s + g[0] + self.digits(2),
                          g + '-' + s, ''.join(sparts) + '.' + g])
        if r.random() < 0.06:
            local = local.upper()
        return local + '@' + dom

    def email(self, p=None, domain=None):
        return X('EMAIL', self.email_str(p, domain))

    def staff_email(self, p, domain=None):
        g = ascii_name(p.first)
        s = ascii_name(p.sur.split()[-1])
        return X('EMAIL', self.ch(g + '.' + s, g + '.' + s, g[0] + s) + '@' + (domain or self.pick(ORG_DOMAINS)))

    # --- addresses -------------------------------------------------------------
    def street_name(self, lang=None, person_named=None):
        lang = lang or self.lang
        if person_named or (person_named is None and self.p(0.3)):
            g, s = self.rand_given(True), self.rand_sur(True)
            pat = self.pick(STREET_PATTERNS_FR if lang == 'fr' else STREET_PATTERNS_EN)
            return pat.format(G=g, S=s)
        if self.p(0.25):
            kind = self.pick(STREET_KINDS_FR if lang == 'fr' else STREET_KINDS_EN)
            w = self.ch('des Lilas', 'du Ruisseau', 'des Cèdres', 'de la Savane', 'des Hirondelles', 'du Boisé',
                        'des Trembles', 'de la Seigneurie', 'des Pionniers', 'du Verger') if lang == 'fr' else \
                self.ch('Oak', 'Birch', 'Pine', 'Willow', 'Spruce', 'Hillside', 'Meadow', 'Brookside')
            return kind + ' ' + w if lang == 'fr' else w + ' ' + kind
        return self.pick(STREETS_FR if lang == 'fr' else STREETS_EN)

    def rand_given(self, local=False):
        for _ in range(20):
            o = self.pick(LOCAL_ORIGINS) if local else self._origin('m')
            lst = self.pool.get(o + ':' + self.ch('m', 'f'))
            if lst:
                return self.r.choice(lst)
        return self.r.choice(self.pool['qc:m'] or self.pool['qc:f'])

    def rand_sur(self, local=False):
        for _ in range(20):
            o = self.pick(LOCAL_ORIGINS) if local else self._origin('m')
            lst = self.pool.get(o + ':s')
            if lst:
                return self.r.choice(lst).replace('_', ' ')
        return self.r.choice(self.pool['qc:s'])

    def postal(self, prefix=None, fmt=None):
        r = self.r
        fsa = prefix or r.choice(QC_CITIES)[1]
        if len(fsa) == 1:
            fsa += str(r.randint(1, 9))
        if len(fsa) == 2:
            fsa += r.choice(LETTERS_PC)
        ldu = str(r.randint(0, 9)) + r.choice(LETTERS_PC) + str(r.randint(0, 9))
        fmt = fmt or r.choices(['{a} {b}', '{a}{b}', '{a}-{b}', '{a}  {b}', 'low'], [60, 16, 6, 6, 12])[0]
        if fmt == 'low':
            return (fsa + self.ch(' ', '') + ldu).lower()
        return fmt.format(a=fsa, b=ldu)

    def home(self, p=None, kind=None):
        """Address of a person (stable within the document)."""
        if p is not None and 'home' in p.c:
            return p.c['home']
        r = self.r
        city, fsa = r.choice(QC_CITIES)
        fr = self.lang == 'fr' or self.p(0.3)
        civ = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 12999)]))
        st = self.street_name('fr' if fr else 'en', person_named=None)
        n = str(r.randint(1, 24))
        unit = None
        if self.p(0.4):
            u = self.pick(UNITS_FR if fr else UNITS_EN)
            unit = u.format(n=n, b=str(r.randint(1, 9)) + '0' + str(r.randint(0, 9)), l=r.choice('ABCD'))
        kind = kind or r.choices(['std', 'front', 'rr', 'po'], [80, 10, 4, 4])[0]
        if kind == 'front':
            a = n + '-' + civ + (self.ch(', ', ' ') if fr else ' ') + st
        elif kind == 'rr':
            a = self.ch('RR 2', 'R.R. 1', 'RR 3') + (', ' + civ + ' ' + st if self.p(0.5) else '')
        elif kind == 'po':
            a = self.L(self.ch('C.P. ', 'case postale ', 'CP '), self.ch('P.O. Box ', 'PO Box ')) + str(r.randint(1, 2999))
        else:
            sep = self.ch(', ', ' ') if fr else ' '
            a = civ + sep + st
            if unit:
                a += self.ch(', ', ' ', ', ') + unit
        h = {'addr': a, 'city': city, 'pc': self.postal(fsa), 'prov': self.ch('(Québec)', 'QC', 'Qc', 'Québec', '(Qc)')}
        if p is not None:
            p.c['home'] = h
        return h

    def addr(self, p=None, style=None, h=None):
        """ADDRESS, city (left plain), province, POSTAL_CODE."""
        h = h or self.home(p)
        style = style or self.ch('one', 'one', 'one', 'two', 'nopc', 'one')
        if style == 'one':
            return X('ADDRESS', h['addr']) + [(', ' + h['city'] + ' ' + h['prov'] + ' ', None, None)] + X('POSTAL_CODE', h['pc'])
        if style == 'two':
            return X('ADDRESS', h['addr']) + [('\n' + h['city'] + ' ' + h['prov'] + '  ', None, None)] + X('POSTAL_CODE', h['pc'])
        if style == 'caps':
            return X('ADDRESS', h['addr'].upper()) + [('\n' + h['city'].upper() + ' QC  ', None, None)] + X('POSTAL_CODE', h['pc'].upper())
        if style == 'nopc':
            return X('ADDRESS', h['addr']) + [(self.L(', à ', ', ') + h['city'], None, None)]
        raise ValueError(style)

    def foreign_addr(self, country=None):
        """(ADDRESS text, city text, POSTAL_CODE or None, tail) for an address abroad."""
        r = self.r
        n = str(r.randint(2, 180))
        opts = {
            'MA': lambda: (n + ', rue ' + self.ch('Ibn Batouta', 'Moulay Youssef', 'Abou Bakr Essedik', 'des Orangers') + ', ' + self.ch('Maarif', 'Agdal', 'Gauthier'),
                           self.ch('20330 ', '10080 ', '20250 '), self.ch('Casablanca', 'Rabat'), ', Maroc'),
            'FR': lambda: (n + ' ' + self.ch('rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue de la République'),
                           self.ch('75011 ', '69003 ', '13005 ', '31000 '), self.ch('Paris', 'Lyon', 'Marseille', 'Toulouse'), ', France'),
            'HT': lambda: (n + ', rue ' + self.ch('Capois', 'Lamarre', 'Pavée', 'Chavannes'), self.ch('HT6110 ', 'HT6140 '),
                           self.ch('Port-au-Prince', 'Pétion-Ville'), ', Haïti'),
            'VN': lambda: (n + ' ' + self.ch('Lý Thường Kiệt', 'Nguyễn Trãi', 'Lê Lợi') + ', ' + self.ch('Quận 1', 'Quận Hoàn Kiếm', 'Quận 3'),
                           self.ch('700000 ', '100000 '), self.ch('Thành phố Hồ Chí Minh', 'Hà Nội'), ', Việt Nam'),
            'PH': lambda: ('Blk ' + str(r.randint(1, 20)) + ' Lot ' + str(r.randint(1, 40)) + ', Brgy. ' + self.ch('San Isidro', 'Malinis', 'Poblacion'),
                           self.ch('1100 ', '4027 ', '1870 '), self.ch('Quezon City', 'Calamba', 'Antipolo'), ', Philippines'),
            'BR': lambda: ('Rua ' + self.ch('Augusta', 'das Flores', 'Direita') + ', ' + n + ', ap. ' + str(r.randint(11, 99)),
                           'CEP ' + self.digits(5) + '-' + self.digits(3) + ' ', self.ch('São Paulo', 'Curitiba'), ', Brasil'),
            'MX': lambda: ('Calle ' + self.ch('Durango', 'Orizaba', 'Tonalá') + ' ' + n + ', Col. ' + self.ch('Roma Norte', 'Condesa', 'Narvarte'),
                           'C.P. 06' + self.digits(3) + ' ', 'Ciudad de México', ', México'),
            'IN': lambda: (n + ' ' + self.ch('MG Road', 'Linking Road', 'Anna Salai'), self.ch('560001 ', '400050 ', '600002 '),
                           self.ch('Bengaluru', 'Mumbai', 'Chennai'), ', India'),
            'SN': lambda: ('B.P. ' + str(r.randint(100, 9999)), None, self.ch('Dakar', 'Thiès'), ', Sénégal'),
            'CM': lambda: ('B.P. ' + str(r.randint(100, 9999)), None, self.ch('Yaoundé', 'Douala'), ', Cameroun'),
            'US': lambda: (n + ' ' + self.ch('Margaret Street', 'Church Street', 'Pine Street') + self.ch('', ', Apt 2'),
                           None, None, None),
        }
        c = country or r.choice(sorted(opts))
        return c, opts[c]()

    def foreign_addr_frag(self, country=None):
        c, (a, pc, city, tail) = self.foreign_addr(country)
        if c == 'US':
            city, st, z = self.pick(US_CITIES)
            return X('ADDRESS', a) + [(', ' + city + ', ' + st + ' ', None, None)] + X('POSTAL_CODE', z if self.p(0.7) else z + '-' + self.digits(4))
        f = X('ADDRESS', a) + [(', ', None, None)]
        if pc:
            label = ''
            code = pc.strip()
            for lab in ('CEP ', 'C.P. '):
                if code.startswith(lab):
                    label, code = lab, code[len(lab):]
            f += [(label, None, None)] + X('POSTAL_CODE', code) + [(' ' + city + tail, None, None)]
        else:
            f += [(city + tail, None, None)]
        return f

    # --- identifiers -------------------------------------------------------------
    def dob_str(self, d, style=None):
        r = self.r
        if self.lang == 'fr':
            styles = ['iso', 'dmy', 'long', 'long', 'compact', 'dmy-', 'dmy.', 'ymd/', 'abbr', 'long1']
        else:
            styles = ['iso', 'mdy', 'longen', 'longen', 'ord', 'compact', 'dmyen', 'abbren', 'dmy']
        s = style or r.choice(styles)
        if s == 'iso':
            return d.isoformat()
        if s == 'dmy':
            return '%02d/%02d/%d' % (d.day, d.month, d.year)
        if s == 'mdy':
            return '%02d/%02d/%d' % (d.month, d.day, d.year)
        if s == 'dmy-':
            return '%02d-%02d-%d' % (d.day, d.month, d.year)
        if s == 'dmy.':
            return '%02d.%02d.%d' % (d.day, d.month, d.year)
        if s == 'ymd/':
            return '%d/%02d/%02d' % (d.year, d.month, d.day)
        if s == 'compact':
            return d.strftime('%Y%m%d')
        if s == 'long':
            return '%s %s %d' % ('1er' if d.day == 1 else str(d.day), MONTHS_FR[d.month - 1], d.year)
        if s == 'long1':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1].upper() if self.p(0.3) else MONTHS_FR[d.month - 1], d.year)
        if s == 'abbr':
            return '%d %s %d' % (d.day, MON_FR[d.month - 1], d.year)
        if s == 'longen':
            return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
        if s == 'ord':
            return '%s %s, %d' % (MONTHS_EN[d.month - 1], ordinal(d.day), d.year)
        if s == 'dmyen':
            return '%d %s %d' % (d.day, MONTHS_EN[d.month - 1], d.year)
        if s == 'abbren':
            return '%s %d %d' % (MON_EN[d.month - 1], d.day, d.year) if self.p(0.5) else '%02d-%s-%d' % (d.day, MON_EN[d.month - 1].upper(), d.year)
        raise ValueError(s)

    def dob(self, p, style=None):
        return X('DOB', self.dob_str(p.dob, style))

    def date_str(self, d=None, style=None):
        d = d or self.when()
        if style is None and self.p(0.85):
            style = self.pick(['iso', 'dmy', 'long', 'long', 'abbr', 'dmy-'] if self.lang == 'fr' else ['iso', 'mdy', 'longen', 'longen', 'ord', 'dmyen'])
        return self.dob_str(d, style)

    def dates(self, n, back=400, ahead=0):
        return sorted(self.when(back, ahead) for _ in range(n))

    def when(self, back=400, ahead=60):
        return self.today + timedelta(days=self.r.randint(-back, ahead))

    def date(self, d=None, style=None):
        return D('DATE', self.date_str(d, style))

    def time(self):
        h, m = self.r.randint(0, 23), self.r.randrange(0, 60)
        if self.lang == 'fr':
            s = self.ch('{h} h {m:02d}', '{h}h{m:02d}', '{h:02d}:{m:02d}', '{h} h')
        else:
            hh = h % 12 or 12
            s = self.ch('{hh}:{m:02d} {ap}', '{h:02d}:{m:02d}', '{hh}:{m:02d}{ap2}')
        return D('TIME', s.format(h=h, m=m, hh=h % 12 or 12, ap='a.m.' if h < 12 else 'p.m.', ap2='am' if h < 12 else 'pm'))

    def clock(self, h=None, m=None, sec=False):
        h = self.r.randint(0, 23) if h is None else h
        m = self.r.randrange(60) if m is None else m
        return '%02d:%02d' % (h, m) + (':%02d' % self.r.randrange(60) if sec else '')

    def month(self):
        return D('MONTH', self.pick(MONTHS_FR if self.lang == 'fr' else MONTHS_EN))

    def year(self):
        return D('YEAR', str(self.r.randint(1990, self.today.year)))

    def amount(self, lo=10, hi=4000):
        v = self.r.randint(lo * 100, hi * 100) / 100
        if self.p(0.3):
            v = float(int(v))
        if self.lang == 'fr':
            s = ('{:,.2f}'.format(v)).replace(',', ' ').replace('.', ',')
            if s.endswith(',00') and self.p(0.5):
                s = s[:-3]
            return D('AMOUNT', s + self.ch(' $', ' $', '$', ' $ CA'))
        s = '{:,.2f}'.format(v)
        return D('AMOUNT', self.ch('$', '$', 'CAD ', 'CA$') + s)

    def nas_str(self, fmt=None):
        r = self.r
        body = str(r.choice([1, 2, 2, 2, 3, 4, 5, 6, 7, 9])) + self.digits(7)
        n = body + luhn_digit(body)
        fmt = fmt or r.choice(['{a} {b} {c}', '{a}-{b}-{c}', '{a}{b}{c}', '{a}.{b}.{c}', '{a} {b} {c}', '{a}-{b}-{c}'])
        return fmt.format(a=n[:3], b=n[3:6], c=n[6:])

    def nas(self, p=None):
        if p is not None and 'nas' in p.c:
            return X('NAS', p.c['nas'])
        s = self.nas_str()
        if p is not None:
            p.c['nas'] = s
        return X('NAS', s)

    def ramq_str(self, p):
        if 'ramq' in p.c:
            return p.c['ramq']
        letters = (ascii_name(re.split(r'[\s-]+', p.sur.replace("'", ''))[-1] if fold(p.sur.split()[0]) in PARTICLES else p.sur).upper() + 'XXX')[:3]
        letters += ascii_name(p.first)[:1].upper() or 'X'
        mm = p.dob.month + (50 if p.fem() else 0)
        num = '%02d%02d%02d%s' % (p.dob.year % 100, mm, p.dob.day, self.digits(2))
        s = self.ch('{l} {a} {b}', '{l}{a}{b}', '{l} {a} {b}', '{l}-{a}-{b}', '{l} {n}').format(l=letters, a=num[:4], b=num[4:], n=num)
        if self.p(0.08):
            s = s.lower()
        p.c['ramq'] = s
        return s

    def ramq(self, p):
        return X('RAMQ', self.ramq_str(p))

    def dl(self, p, prov='QC'):
        d = p.dob
        if prov == 'ON':
            s = ascii_name(p.sur)[:1].upper() + self.digits(4) + '-' + self.digits(5) + '-' + '%d%02d%02d' % (d.year % 10, d.month, d.day)
            return X('DRIVER_LICENCE', s)
        l = (ascii_name(p.sur.split()[-1])[:1] or 'X').upper()
        a, b, c = self.digits(4), '%02d%02d%02d' % (d.day, d.month, d.year % 100), self.digits(2)
        s = self.ch('{l}{a}-{b}-{c}', '{l}{a}-{b}-{c}', '{l}{a} {b} {c}', '{l}{a}{b}{c}', '{l}-{a}-{b}-{c}').format(l=l, a=a, b=b, c=c)
        return X('DRIVER_LICENCE', s)

    def passport(self, country='CA'):
        if country == 'CA':
            s = self.letters(2) + self.digits(6)
        elif country == 'FR':
            s = self.digits(2) + self.letters(2) + self.digits(5)
        elif country == 'US':
            s = str(self.n(1, 9)) + self.digits(8)
        else:
            s = self.letters(self.ch(1, 2)) + self.digits(7)
        return X('PASSPORT', s)

    def bank(self, pieces=None):
        inst, bname = self.pick(INSTITUTIONS)
        transit = self.digits(5)
        acct = self.digits(self.ch(7, 7, 8, 12))
        if pieces is None:
            pieces = self.p(0.5)
        if pieces:
            if self.lang == 'fr':
                labs = self.ch(('transit ', ', institution ', ', compte '), ('Transit : ', '  Institution : ', '  Folio : '),
                               ('no de succursale ', ', no d\'institution ', ', no de compte '))
            else:
                labs = self.ch(('transit ', ', institution ', ', account '), ('Transit: ', '  Institution: ', '  Account: '))
            return ([(labs[0], None, None)] + X('BANK_ACCOUNT', transit) + [(labs[1], None, None)] + X('BANK_ACCOUNT', inst)
                    + [(labs[2], None, None)] + X('BANK_ACCOUNT', acct) + [(' (' + bname + ')', None, None)])
        s = self.ch('{i}-{t}-{a}', '{t}-{i}-{a}', '{t} {i} {a}', '{i} {t} {a}', '{t}{i}{a}').format(i=inst, t=transit, a=acct)
        return X('BANK_ACCOUNT', s)

    def card_str(self, kind=None):
        kind = kind or self.ch('visa', 'visa', 'mc', 'amex')
        if kind == 'amex':
            body = self.ch('34', '37') + self.digits(12)
            n = body + luhn_digit(body)
            sep = self.ch(' ', '-', '')
            return n[:4] + sep + n[4:10] + sep + n[10:]
        body = ('4' if kind == 'visa' else '5' + str(self.n(1, 5))) + self.digits(14 if kind == 'visa' else 13)
        n = body + luhn_digit(body)
        sep = self.ch(' ', '-', '', ' ')
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def card(self, kind=None):
        return X('CREDIT_CARD', self.card_str(kind))

    def masked_card(self):
        last = self.digits(4)
        return self.ch('**** **** **** ' + last, 'XXXX-XXXX-XXXX-' + last, self.L('se terminant par ', 'ending in ') + last)

    def plate(self, prov=None):
        prov = prov or self.r.choices(['QC', 'ON', 'NB', 'US'], [75, 12, 5, 8])[0]
        L3 = self.letters(3, 'ABCDEFGHJKLMNPRSTVWXYZ')
        if prov == 'QC':
            s = self.ch(L3 + ' ' + self.digits(3), self.digits(3) + ' ' + L3, L3 + self.digits(3), self.letters(1) + self.digits(2) + ' ' + L3)
        elif prov == 'ON':
            s = self.letters(4) + self.ch(' ', '-', ' ') + self.digits(3)
        elif prov == 'NB':
            s = L3 + self.ch(' ', '-') + self.digits(3)
        else:
            s = L3 + '-' + self.digits(4)
        return X('PLATE', s), prov

    # --- decoys ------------------------------------------------------------------
    def org(self, kind=None, named=None):
        """An organisation; kind: health gov justice social school police bank city (real names)
        or clinic pharm school company law civic (names made of people's names)."""
        pats, real = ORG_PATTERNS[self.lang], ORGS[self.lang]
        if kind is None:
            kind = self.pick(sorted(pats) if (named or (named is None and self.p(0.35))) else sorted(real))
        if kind in pats and (kind not in real or named or (named is None and self.p(0.5))):
            s1, s2 = self.rand_sur(True), self.rand_sur(True)
            while s2 == s1:
                s2 = self.rand_sur(True)
            return D('ORG', self.pick(pats[kind]).format(G=self.rand_given(True), S=s1, S2=s2))
        return D('ORG', self.pick(real[kind]))

    def street(self, named=None):
        return D('STREET', self.street_name(person_named=named))

    def law(self):
        return D('LAW', self.pick(LAWS_FR if self.lang == 'fr' else LAWS_EN))

    def place(self):
        r = self.r.random()
        if r < 0.5:
            return D('PLACE', self.pick(QC_CITIES)[0])
        if r < 0.75:
            return D('PLACE', self.pick(REGIONS_FR if self.lang == 'fr' else REGIONS_EN))
        return D('PLACE', self.pick(COUNTRIES_FR if self.lang == 'fr' else COUNTRIES_EN))

    def city(self):
        return D('PLACE', self.pick(QC_CITIES)[0])

    def fileno(self, kind='gen'):
        r, dg, y = self.r, self.digits, self.today.year
        k = {
            'court': lambda: '%s-%s-%s-%s' % (r.choice(['500', '200', '505', '540', '705', '450', '400', '150', '100']),
                                               r.choice(['22', '32', '01', '04', '17', '61', '73']), dg(6), str(y)[2:] + dg(1)),
            'cnesst': lambda: self.ch('R-', 'D-', '') + str(y) + '-' + dg(7),
            'saaq': lambda: str(y)[2:] + '-' + dg(5) + '-' + dg(1),
            'tal': lambda: '%s %s %s G' % (dg(6), r.choice(['31', '18', '37']), self.today.strftime('%Y%m%d')),
            'cai': lambda: 'CAI ' + dg(7) + '-' + r.choice('JSK'),
            'hlm': lambda: 'HLM-' + str(y) + '-' + dg(4),
            'inc': lambda: self.ch('INC', 'REQ', 'RITM') + dg(7),
            'access': lambda: str(y) + '-AI-' + dg(4),
            'cad': lambda: str(y)[2:] + '-' + dg(6),
            'permit': lambda: self.ch('DM-', 'P-', 'PIIA-') + str(y) + '-' + dg(4),
            'res': lambda: self.ch('CM', 'CA', 'RÉS. ') + str(y)[2:] + ' ' + dg(4),
            'rx': lambda: 'Rx ' + dg(7),
            'mrn': lambda: self.ch('MRN ', 'No dossier ', 'Dossier ') + dg(6),
            'imm': lambda: self.ch('E00', 'B00', 'F00') + dg(7),
            'policy': lambda: self.ch('VIE-', 'POL ', 'N° ') + dg(3) + ' ' + dg(4) + ' ' + dg(2),
            'lot': lambda: dg(1) + ' ' + dg(3) + ' ' + dg(3),
            'gen': lambda: self.ch('Dossier ', 'Réf. ', 'N/Réf. : ', 'V/Réf. : ') + str(y) + '-' + dg(5) if self.lang == 'fr'
            else self.ch('File ', 'Ref. ', 'Our file: ') + str(y) + '-' + dg(5),
            'case': lambda: str(y) + '-' + dg(5),
        }
        return D('FILENO', k[kind]())

    def word(self):
        lst = WORD_SENTENCES[self.lang]
        name, tpl, w = self.pick(lst)
        a, b = tpl.split('{w}')
        return [(a, None, None)] + D('WORD', w) + [(b, None, None)]

    def content(self, theme, k=1):
        lst = CONTENT[self.lang].get(theme) or CONTENT[self.lang]['gen']
        out = []
        for _ in range(k):
            cands = [x for x in lst if x not in self.used_content] or list(lst)
            s = self.r.choice(cands)
            self.used_content.add(s)
            if out:
                out.append((' ', None, None))
            out.extend(C(s))
        return out

    def sig(self, p, role_key, org=None, phone=True, email=True, domain=None):
        out = P(p.full) + [('\n' + self.role(role_key, p)[0].upper() + self.role(role_key, p)[1:] + '\n', None, None)]
        out += org if org is not None else self.org(self.ch('health', 'gov', 'social', 'justice'), named=False)
        if phone:
            out += [('\n' + self.L(self.ch('Tél. : ', 'Téléphone : ', 'T. '), self.ch('Tel.: ', 'Phone: ', 'T: ')), None, None)] + self.ph(ext=self.p(0.6))
        if email:
            out += [('\n', None, None)] + self.staff_email(p, domain)
        return out + [('\n', None, None)]

    def id_piece(self, p):
        """An identity document shown by a person (label + identifier)."""
        L = self.L
        x = self.r.randrange(4)
        if x == 0:
            return [(L('permis de conduire no ', 'driver\'s licence no. '), None, None)] + self.dl(p)
        if x == 1:
            return [(L('passeport canadien no ', 'Canadian passport no. '), None, None)] + self.passport('CA')
        if x == 2:
            return [(L('carte d\'assurance maladie ', 'health card '), None, None)] + self.ramq(p)
        return [(L('permis de conduire de l\'Ontario ', 'Ontario driver\'s licence '), None, None)] + self.dl(p, 'ON')

    def followups(self, theme, p, n=None):
        """Dated follow-up notes appended to a file (long documents)."""
        L = self.L
        staff = [self.person() for _ in range(2)]
        out = [('\n' + L('SUIVI DU DOSSIER', 'FILE FOLLOW-UP') + '\n', None, None)]
        for dt in self.dates(n or self.rows(3, 4, 9), 300):
            st = self.pick(staff)
            out += self.date(dt, self.pick(['iso', 'dmy'] if self.lang == 'fr' else ['iso', 'mdy'])) + [(' ', None, None)] + self.time() + [(' — ', None, None)]
            out += self.nm(st, self.ch('init', 'full', 'given')) + [(' : ' if self.lang == 'fr' else ': ', None, None)]
            x = self.r.randrange(6)
            if x == 0:
                out += [(L('appel à ', 'called '), None, None)] + self.nm(p, self.ch('tfull', 'given', 'tsur')) + [(L(' au ', ' at '), None, None)] + self.ph(ext=False) + [('. ', None, None)] + self.content(theme)
            elif x == 1:
                q = self.person()
                out += [(L('courriel reçu de ', 'email received from '), None, None)] + self.nm(q, 'full') + [(' (', None, None)] + self.email(q) + [('). ', None, None)] + self.content(theme)
            elif x == 2:
                out += self.content(theme, 2)
            elif x == 3:
                out += [(L('document reçu par la poste de ', 'document received by mail from '), None, None)] + self.nm(p, 'full') + [(L(', expédié du ', ', sent from '), None, None)] + self.addr(p, 'one') + [('.', None, None)]
            elif x == 4:
                q = self.relative(p)
                out += [(L('message laissé par ', 'message left by '), None, None)] + self.nm(q, 'full') + [(L(', qui se dit mandataire; rappeler au ', ', who says to be the representative; call back at '), None, None)] + (self.spoken_phone() if self.p(0.3) else self.ph(ext=False)) + [('. ', None, None)] + self.content('gen')
            else:
                out += [(L('vérification d\'identité : date de naissance ', 'identity check: date of birth '), None, None)] + self.dob(p) + [(L(' confirmée. ', ' confirmed. '), None, None)] + self.content(theme)
            out.append(('\n', None, None))
        return out

    def ocr(self, s, rate=0.08):
        out = s
        for a, b in OCR_SUBS:
            if a in out and self.r.random() < rate * 3:
                idx = [m.start() for m in re.finditer(re.escape(a), out)]
                i = self.r.choice(idx)
                out = out[:i] + b + out[i + len(a):]
        return out

    def ocr_name(self, p_text):
        """Garble a name; the result must not turn into a name of the other half."""
        other = HALF_TOKENS['H' if self.h == 'W' else 'W']
        for _ in range(8):
            s = self.ocr(p_text, 0.15)
            if not any(t in other for t in name_tokens(s)):
                return s
        return p_text


def main_sur(p):
    parts = [x for x in p.sur.split() if fold(x) not in PARTICLES] or [p.sur]
    return parts[0] if p.origin in ('es', 'pt') else parts[-1]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


# ---------------------------------------------------------------------------
# Families written in French only.

def fam_hlm(g):
    d = Doc()
    omh = g.ch("Office municipal d'habitation de Québec", "Office municipal d'habitation de Montréal",
               "Office municipal d'habitation de Longueuil", "Office d'habitation de l'Outaouais")
    d(D('ORG', omh), ' — Liste d\'admissibilité HLM\nNotes au dossier ', g.fileno('hlm'), '\n\n')
    head = g.person(age=(24, 70))
    kids = [g.child(head) for _ in range(g.n(0, 3))]
    spouse = g.relative(head, sex='m' if head.fem() else 'f', age=(24, 70)) if g.p(0.5) else None
    d('Requérant(e) principal(e) : ', g.nm(head, g.ch('SUR, G', 'full', 'Sur, G')), ' — DDN : ', g.dob(head), ' — NAS : ', g.nas(head), '\n')
    if spouse:
        d('Conjoint(e) : ', g.nm(spouse, 'full'), ' (', g.dob(spouse), ')\n')
    for k in kids:
        d('Enfant : ', g.nm(k, g.ch('full', 'given')), ', né', 'e' if k.fem() else '', ' le ', g.dob(k), '\n')
    d('Adresse actuelle : ', g.addr(head, 'one'), ' (locataire depuis ', g.year(), ')\n')
    d('Pièce d\'identité vérifiée : ', g.id_piece(head), '\n')
    d('Téléphone : ', g.ph(), g.ch(' (cell.)', '', ' (maison)'), ' / courriel : ', g.email(head), '\n\n')
    agent = g.person()
    for dt in g.dates(g.rows(3, 5, 12), 500):
        d(g.date(dt, g.ch('iso', 'dmy')), ' — ')
        x = g.r.randrange(6)
        if x == 0:
            d('Appel de ', g.nm(head, 'tfull'), ' pour connaître son rang sur la liste. ', g.content('house'), '\n')
        elif x == 1:
            d('Mise à jour du revenu du ménage : ', g.amount(900, 3200), ' par mois depuis ', g.month(), ' (aide sociale et allocations). ', g.content('house'), '\n')
        elif x == 2:
            ref = g.person()
            d('Lettre du propriétaire actuel, ', g.nm(ref, 'tfull'), ' (', g.ph(), '), confirmant un avis de reprise de logement. ', g.law(), '.\n')
        elif x == 3:
            d('Visite à domicile faite par ', g.nm(agent, 'full'), '. ', g.content('house', 2), '\n')
        elif x == 4:
            d('Offre d\'un logement de ', g.ch('quatre', 'cinq', 'trois'), ' pièces et demie sur ', g.street(), '; ',
              g.nm(head, g.ch('given', 'tsur')), ' demande un délai de réflexion jusqu\'au ', g.date(None, 'long'), '.\n')
        else:
            d('Nouveau numéro de cellulaire donné par ', g.nm(head, 'given'), ' : ', g.ph(ext=False), '. ', g.content('gen'), '\n')
    d('\n', g.content('house'), '\n\n— ', g.nm(agent, 'init'), ', ', g.role('admin', agent), '\n')
    return d


def fam_aide_juridique(g):
    d = Doc()
    p = g.person(age=(19, 75))
    d(D('ORG', g.ch('Centre communautaire juridique de Montréal', 'Centre communautaire juridique de Québec',
                    "Bureau d'aide juridique de Sherbrooke", "Bureau d'aide juridique de Rimouski")), '\nFICHE D\'ACCUEIL — ', g.fileno('gen'), '\n\n')
    d('Requérant : ', g.nm(p, 'SUR, G'), '\nDate de naissance : ', g.dob(p), '\nNAS : ', g.nas(p), '\nAssurance maladie : ', g.ramq(p), '\n')
    d('Adresse : ', g.addr(p, 'one'), '\nTéléphone : ', g.ph(), '   Autre : ', g.ph(), '\nCourriel : ', g.email(p), '\n')
    if g.p(0.6):
        c = g.relative(p, sex='m' if p.fem() else 'f', age=(20, 75))
        d('Conjoint(e) de fait : ', g.nm(c, 'full'), ', né', 'e' if c.fem() else '', ' le ', g.dob(c), ', NAS ', g.nas(c), '\n')
    for _ in range(g.n(0, 2)):
        k = g.child(p)
        d('Enfant à charge : ', g.nm(k, 'full'), ' (', g.dob(k, 'iso'), ')\n')
    d('Revenus mensuels déclarés : ', g.amount(600, 2600), '\nDépôt direct : ', g.bank(), '\nPièce d\'identité : ', g.id_piece(p), '\n\n')
    other = g.person()
    d('NATURE DU PROBLÈME\n')
    x = g.r.randrange(3)
    if x == 0:
        d('La requérante est poursuivie' if p.fem() else 'Le requérant est poursuivi', ' par son ancien propriétaire, ', g.nm(other, 'tfull'), ', pour loyers impayés (', g.amount(800, 6000),
          '). Dossier ', g.fileno('tal'), '. ', g.content('justice'), '\n')
    elif x == 1:
        d('Demande de garde et de pension alimentaire contre ', g.nm(other, 'full'), ', qui habite au ', g.addr(other, 'nopc'),
          '. Dossier de la Cour supérieure ', g.fileno('court'), '. ', g.content('justice'), '\n')
    else:
        d('Contestation d\'une décision de la ', g.org('gov', named=False), ' rendue le ', g.date(), ' (', g.law(), '). L\'agente au dossier, ',
          g.nm(other, 'tfull'), ', a été jointe au ', g.tollfree(), '. ', g.content('justice'), '\n')
    if g.long:
        d(g.followups('justice', p))
    d(g.content('justice'), '\n\nAdmissibilité : volet gratuit.\nAvocat(e) assigné(e) : Me ')
    law = g.person()
    d(P(law.full), ', ', g.ph(ext=True), '\n')
    return d


def fam_famille_accueil(g):
    d = Doc()
    a = g.person(age=(28, 62))
    b = g.relative(a, sex='m' if a.fem() else 'f', age=(28, 64))
    d('ÉVALUATION DU MILIEU — POSTULANTS FAMILLE D\'ACCUEIL\n', g.org('social', named=False), '\n\n')
    d('Postulants : ', g.nm(a, 'full'), ' (', g.dob(a), ') et ', g.nm(b, 'full'), ' (', g.dob(b), ')\n')
    d('Adresse : ', g.addr(a, 'one'), '\nTéléphone : ', g.ph(), '\nCourriels : ', g.email(a), ', ', g.email(b), '\n\n')
    d('1. Composition du ménage\n')
    for _ in range(g.n(1, 3)):
        k = g.child(a, age=(3, 22))
        d('- ', g.nm(k, 'given'), ', ', str((g.today - k.dob).days // 365), ' ans (', g.dob(k, 'iso'), ')\n')
    d('\n2. Motivation\n', g.nm(a, 'given'), ' travaille comme ', g.ch('préposée aux bénéficiaires', 'enseignant', 'camionneur', 'comptable'),
      ' chez ', g.org(g.ch('company', 'health', 'school')), ' depuis ', g.year(), '. ', g.content('child', 2), '\n\n')
    d('3. Vérifications\nAntécédents judiciaires : aucun (', g.law(), '). Permis de conduire de ', g.nm(b, 'given'), ' : ', g.dl(b), '. ',
      g.nm(a, 'given'), ' a présenté son ', g.id_piece(a), '.\n')
    d('Références : ')
    refs = [g.person() for _ in range(g.n(2, 3))]
    d(join('; ', [g.nm(r, 'tfull') + [(' (', None, None)] + g.ph(ext=False) + [(')', None, None)] for r in refs]), '.\n\n')
    if g.long:
        d(g.followups('child', a))
    d('4. Recommandation\n', g.content('child'), ' ', g.word(), '\n\n')
    ev = g.person()
    d(g.nm(ev, 'full'), ', ', g.role('social', ev), '\n', g.ph(ext=True), '\n')
    return d


def fam_sommaire(g):
    d = Doc()
    p = g.person(age=(30, 95))
    adm = g.when(200, 0)
    out = adm + timedelta(days=g.n(2, 30))
    d(g.org('health', named=False), '\nSOMMAIRE D\'HOSPITALISATION\n\n')
    d('Nom : ', g.nm(p, g.ch('SUR, G', 'Sur, G')), '   ', g.fileno('mrn'), '\nRAMQ : ', g.ramq(p), '   DDN : ', g.dob(p), '\n')
    d('Adresse : ', g.addr(p, 'one'), '\n')
    d('Admission : ', g.date(adm, 'iso'), '   Départ : ', g.date(out, 'iso'), '\n')
    d('Âge à l\'admission : ', str((adm - p.dob).days // 365), ' ans (au ', g.date(adm, 'long'), ')\n')
    md = g.person()
    d('Médecin traitant : ', 'Dre ' if md.fem() else 'Dr ', P(md.full), '\n\n')
    d('RAISON D\'ADMISSION\n', g.ch('Pneumonie communautaire.', 'Fracture de la hanche droite après une chute.', 'Décompensation cardiaque.',
                                   'Cellulite du membre inférieur gauche.'), '\n\nÉVOLUTION\n', g.content('health', 3), '\n\n')
    if g.long:
        cons = g.person()
        d(g.content('health', 2), ' ', g.nm(p, 'tsur'), ' a été vu', 'e' if p.fem() else '', ' en consultation par ',
          'Dre ' if cons.fem() else 'Dr ', P(cons.full), ' le ', g.date(), '.\n\n')
    if g.long:
        d(g.followups('health', p))
    fam = g.relative(p)
    rel = g.ch('fille', 'conjointe', 'nièce', 'voisine') if fam.fem() else g.ch('fils', 'conjoint', 'neveu', 'voisin')
    d('\nCONGÉ\nRetour à domicile. Personne-ressource : ', g.nm(fam, 'full'), ' (', rel, '), ', g.ph(), '.\n')
    nurse = g.person()
    d('Suivi CLSC : ', g.nm(nurse, 'tfull'), ', ', g.role('nurse', nurse), ', ', g.ph(ext=True), '.\n')
    d('Pharmacie : ', g.org('pharm'), ', ', g.ph(ext=False), '.\n\n')
    d('Dicté par ', 'Dre ' if md.fem() else 'Dr ', P(md.sur), ' le ', g.date(out), ' à ', g.time(), '.\n')
    return d


def fam_derogation(g):
    d = Doc()
    city = g.city()
    d('Séance ordinaire du conseil — ', city, '\nPoint 7.', str(g.n(1, 9)), ' — Demande de dérogation mineure ', g.fileno('permit'), '\n\n')
    p = g.person()
    d('Immeuble visé : ', g.addr(p, 'nopc'), ' (lot ', g.fileno('lot'), ')\nRequérant : ', g.nm(p, 'full'), ', ', g.ph(), '\n')
    d('Nature : ', g.ch('agrandissement du garage empiétant de', 'construction d\'une remise à', 'galerie avant à'), ' ',
      str(g.n(1, 3)), ',', str(g.n(1, 9)), ' m de la ligne latérale (', g.law(), ').\n\n')
    d('Recommandation du comité consultatif d\'urbanisme : ', g.content('city'), '\n\n')
    d('Personnes intéressées entendues :\n')
    for _ in range(g.n(1, 4)):
        q = g.person()
        d('- ', g.nm(q, 'tfull'), ', ', g.addr(q, 'nopc'), ' : ', g.ch('appuie la demande.', 'craint une perte d\'ensoleillement.',
                                                                      'demande une haie de cèdres.', 'n\'a pas d\'objection.'), '\n')
    d('\n', g.content('city'), '\n\n')
    c1, c2 = g.person(), g.person()
    d('Il est proposé par ', 'la conseillère ' if c1.fem() else 'le conseiller ', P(c1.full), ', appuyé', 'e' if c2.fem() else '',
      ' par ', 'la conseillère ' if c2.fem() else 'le conseiller ', P(c2.full), ',\n')
    d('D\'ACCORDER la demande. Résolution ', g.fileno('res'), ' adoptée à l\'unanimité le ', g.date(), '.\n\n')
    cl = g.person()
    d(g.nm(cl, 'full'), ', greffi', 'ère' if cl.fem() else 'er', '\n')
    return d


def fam_genealogie(g):
    d = Doc()
    req = g.person(age=(40, 85))
    d(D('ORG', g.ch('Société de généalogie de Québec', 'Archives nationales à Québec', 'Société d\'histoire de la Haute-Yamaska',
                    'Centre d\'archives de Montréal')), '\n\n', g.city(), ', le ', g.date(None, 'long'), '\n\n')
    if g.p(0.3):
        d(g.nm(req, 'tfull'), '\n', g.foreign_addr_frag(g.ch('FR', 'US', 'HT')), '\n\n')
    else:
        d(g.nm(req, 'tfull'), '\n', g.addr(req, 'two'), '\n\n')
    d('Objet : votre demande de recherche ', g.fileno('gen'), '\n\n', 'Madame,' if req.fem() else 'Monsieur,', '\n\n')
    anc = g.person(origin='qc', dob=date(g.n(1850, 1935), g.n(1, 12), g.n(1, 28)))
    f, m = g.person(origin=anc.origin, sex='m', age=(60, 90)), g.person(origin=anc.origin, sex='f', age=(60, 90))
    f.sur = anc.sur
    d('Nous avons retrouvé l\'acte de baptême de ', g.nm(anc, 'full'), ', né', 'e' if anc.fem() else '', ' le ', g.dob(anc, 'long'),
      ' à ', g.city(), ', ', 'fille' if anc.fem() else 'fils', ' de ', g.nm(f, 'full'), ', cultivateur, et de ', g.nm(m, 'full'), '. ')
    d(g.content('church'), '\n\n')
    sp = g.person(origin='qc', dob=date(g.n(1850, 1935), g.n(1, 12), g.n(1, 28)))
    d('Le mariage avec ', g.nm(sp, 'full'), ' (née le ' if sp.fem() else ' (né le ', g.dob(sp, 'long'), ') a été célébré le ',
      g.date(date(max(anc.dob.year, sp.dob.year) + g.n(19, 30), g.n(1, 12), g.n(1, 28)), 'long'), ' en la paroisse ',
      D('ORG', g.ch('Sainte-Famille', 'Saint-Joseph', 'Notre-Dame-de-la-Visitation', 'Saint-Roch')), '.\n')
    if g.long:
        for _ in range(g.n(2, 4)):
            k = g.person(origin='qc', dob=date(anc.dob.year + g.n(20, 40), g.n(1, 12), g.n(1, 28)))
            k.sur = anc.sur
            d('- ', g.nm(k, 'full'), ', baptisé', 'e' if k.fem() else '', ' le ', g.dob(k, 'long'), '\n')
    if g.long:
        d(g.followups('church', req))
    d('\nLes frais de recherche s\'élèvent à ', g.amount(15, 90), '. ', g.content('gen'), '\n\n')
    ar = g.person()
    d(g.sig(ar, 'archiv', org=[], email=True))
    return d


def fam_cimetiere(g):
    d = Doc()
    d(D('ORG', g.ch('Cimetière Notre-Dame-des-Neiges', 'Cimetière Saint-Charles', 'Cimetière Mont-Marie', 'Cimetière de la paroisse Saint-Jean-Baptiste')),
      ' — Registre des inhumations (extrait)\nSection | Lot | Défunt | Naissance | Décès | Inhumation | Concessionnaire\n')
    for _ in range(g.rows(4, 6, 16)):
        dec = g.person(age=(50, 99))
        died = g.when(3000, 0)
        con = g.relative(dec, age=(35, 80))
        d(g.ch('A', 'B', 'C', 'F', 'K'), '-', str(g.n(1, 40)), ' | ', str(g.n(1, 900)), ' | ', g.nm(dec, g.ch('SUR, G', 'Sur, G', 'full')),
          ' | ', g.dob(dec, g.ch('iso', 'dmy', 'long')), ' | ', g.date(died, 'iso'), ' | ', g.date(died + timedelta(days=g.n(3, 200)), 'iso'), ' | ',
          g.nm(con, 'full'), ', ', g.addr(con, 'one'), ', ', g.ph(ext=False), '\n')
    d('\nNote : défunt le plus âgé de l\'extrait, ', str(g.n(95, 104)), ' ans au ', g.date(), '. ', g.content('church', 2), '\n')
    d('Renouvellement des concessions : ', g.amount(150, 900), ' pour vingt-cinq ans, payable avant la fin de ', g.month(), '. ', g.word(), '\n')
    if g.p(0.6):
        d('Dernier paiement reçu par carte ', g.card(), '.\n')
    return d


def fam_mariage(g):
    d = Doc()
    dt = g.when(3000, 0)
    d('REGISTRE DES MARIAGES — ', D('ORG', g.ch('Fabrique de la paroisse Sainte-Famille', 'Paroisse Saint-Sauveur', 'Paroisse Marie-Reine-des-Cœurs',
                                                 'Paroisse Sainte-Anne')), '\nActe no ', str(g.n(10, 99)), '\n\n')
    a = g.person(sex='m', age=(22, 60))
    b = g.person(sex='f', age=(22, 60))
    pa, ma = g.person(sex='m', age=(50, 90), origin=a.origin), g.person(sex='f', age=(50, 90), origin=a.origin)
    pa.sur = a.sur
    pb, mb = g.person(sex='m', age=(50, 90), origin=b.origin), g.person(sex='f', age=(50, 90), origin=b.origin)
    pb.sur = b.sur
    d('Le ', g.date(dt, 'long'), ', après la publication d\'un ban, nous, prêtre soussigné, avons reçu le mutuel consentement de mariage de ',
      g.nm(a, 'full'), ', né le ', g.dob(a, 'long'), ' à ', g.city(), ', fils majeur de ', g.nm(pa, 'full'), ' et de ', g.nm(ma, 'full'),
      ', domicilié au ', g.addr(a, 'nopc'), ', d\'une part; et de ', g.nm(b, 'full'), ', née le ', g.dob(b, 'long'), ' à ', g.place(),
      ', fille majeure de ', g.nm(pb, 'full'), ' et de ', g.nm(mb, 'full'), ', d\'autre part. ')
    t1, t2 = g.person(), g.person()
    d('Témoins : ', g.nm(t1, 'full'), ' et ', g.nm(t2, 'full'), '.\n\n', g.content('church'), '\n\n')
    pr = g.person(sex='m', age=(35, 80))
    d('Signatures : ', g.nm(a, 'full'), ', ', g.nm(b, 'full'), ', ', g.nm(t1, 'full'), ', ', g.nm(t2, 'full'), '\n', 'abbé ', P(pr.full), ', curé\n')
    if g.p(0.5):
        d('\nNote marginale : copie délivrée le ', g.date(), ' à ', g.nm(b, 'tfull'), ' (', g.email(b), ').\n')
    return d


def fam_md_suivi(g):
    d = Doc()
    d('## Suivi des dossiers — équipe ', g.ch('SAD', 'santé mentale jeunesse', 'soutien à domicile', 'DI-TSA'), ' (', g.date(None, 'long'), ')\n\n')
    d('| Usager | DDN | RAMQ | Téléphone | Intervenant·e | Prochaine étape |\n|---|---|---|---|---|---|\n')
    staff = [g.person() for _ in range(3)]
    for _ in range(g.rows(4, 6, 16)):
        p = g.person(age=(5, 95))
        s = g.pick(staff)
        d('| ', g.nm(p, g.ch('SUR, G', 'full', 'Sur, G')), ' | ', g.dob(p, 'iso'), ' | ', g.ramq(p), ' | ', g.ph(ext=False), ' | ',
          g.nm(s, g.ch('init', 'given', 'full')), ' | ', g.ch('visite à domicile', 'appel de relance', 'réévaluation', 'fermeture'), ' ',
          g.date(None, 'dmy'), ' |\n')
    d('\n### Notes\n- ', g.content('health'), '\n- ', g.content('gen'), '\n- Réunion d\'équipe ', g.ch('mardi', 'jeudi'), ' à ', g.time(), ', salle ',
      str(g.n(1, 9)), '.\n')
    return d


def fam_manuscrit(g):
    d = Doc()
    p = g.person()
    q = g.relative(p)
    d('[Transcription d\'une note manuscrite jointe au dossier — écriture difficile]\n\n')
    d(g.date(None, g.ch('dmy', 'long')), '\n', g.ch('appel de ', 'rappel : ', 'à faire — '), g.nm(p, 'lower'), ' ')
    d('(', X('PHONE', g.phone_str(g.ch('{a} {e} {l}', '{a}-{e}-{l}', '{a}{e}{l}'))), ') — ', g.ch('veut savoir où en est sa demande',
                                                                                             'se plaint du bruit', 'demande un transport'), '\n')
    rel = g.ch('fille', 'sœur', 'mère', 'voisine') if q.fem() else g.ch('fils', 'frère', 'père', 'voisin')
    d('sa ' if q.fem() else 'son ', rel, ' ', P(q.first.lower()), ' [illisible] au ', g.spoken_phone() if g.p(0.4) else g.ph(ext=False), '\n')
    d('adresse : ', X('ADDRESS', g.home(p)['addr'].lower()), ' ', g.home(p)['city'].lower(), ' ', X('POSTAL_CODE', g.home(p)['pc'].lower()), '\n')
    d('né', 'e' if p.fem() else '', ' le ', g.dob(p, g.ch('dmy', 'long', 'dmy-')), ' — nas ', X('NAS', g.nas_str('{a} {b} {c}')), ' (à vérifier)\n')
    d('→ ', g.content('gen'), '\n')
    o = g.person()
    d('voir avec ', P(o.first.lower()), ' pour le suivi [mot rayé] ', g.time(), '\n')
    d('plaque de l\'auto dans l\'entrée : ', g.plate('QC')[0], '\n', '— ', P(g.person().first), '\n')
    return d


def fam_fax(g):
    d = Doc()
    to, fr_ = g.person(), g.person()
    pt = g.person(age=(1, 95))
    d('TÉLÉCOPIE\n\nÀ : ', g.nm(to, 'tfull'), '\nOrganisme : ', g.org(g.ch('clinic', 'pharm', 'health', 'social')), '\nTéléc. : ', g.ph(ext=False), '   Tél. : ', g.ph(), '\n\n')
    d('De : ', g.nm(fr_, 'full'), ', ', g.role(g.ch('nurse', 'pharm', 'social', 'admin'), fr_), '\n', g.org('health', named=False), '\nTéléc. : ', g.ph(ext=False),
      '   Tél. : ', g.ph(ext=True), '\n\n')
    d('Date : ', g.date(), '   Nombre de pages (incluant celle-ci) : ', str(g.n(2, 9)), '\n\n')
    d('Objet : ', g.ch('Demande de renseignements', 'Ordonnance', 'Résultats de laboratoire', 'Plan de soins'), ' — ', g.nm(pt, 'SUR, G'),
      ', DDN ', g.dob(pt), ', RAMQ ', g.ramq(pt), '\n\n')
    d('Message :\n', g.content(g.ch('health', 'gen'), 2), ' Merci de rappeler ', g.nm(fr_, 'given'), ' au numéro ci-dessus.\n\n')
    d('AVIS DE CONFIDENTIALITÉ : ce document est destiné exclusivement à la personne nommée ci-dessus. Si vous l\'avez reçu par erreur, '
      'veuillez nous en aviser au ', g.tollfree(), ' et le détruire.\n')
    return d


def fam_cpe(g):
    d = Doc()
    k = g.person(age=(1, 5))
    par = g.relative(k, age=(22, 48))
    par.sur = k.sur if g.p(0.7) else par.sur
    ed = g.person(sex='f' if g.p(0.85) else 'm', age=(20, 60))
    d(D('ORG', g.ch('CPE Les Petits Pas', 'CPE La Ribambelle', 'CPE Les Coccinelles', 'CPE Pomme d\'Api', 'Garderie éducative ' + g.rand_sur())),
      '\nRAPPORT D\'ACCIDENT OU D\'INCIDENT\n\n')
    d('Enfant : ', g.nm(k, 'full'), '\nDate de naissance : ', g.dob(k), '\nNo d\'assurance maladie : ', g.ramq(k), '\nGroupe : ',
      g.ch('Les Lucioles', 'Les Explorateurs', 'Les Papillons', 'Les Oursons'), '\n\n')
    d('Date de l\'événement : ', g.date(g.when(30, 0)), '   Heure : ', g.time(), '\nLieu : ', g.ch('cour extérieure', 'salle de motricité',
                                                                                        'vestiaire', 'local du groupe'), '\n\n')
    e = 'e' if k.fem() else ''
    d('Description : ', g.nm(k, 'given'), ' ', g.ch('a trébuché sur un bac à jouets', 'a été mordu' + e + ' au bras par un ami',
                                                     'est tombé' + e + ' de la glissoire', 's\'est coincé' + e + ' un doigt dans la porte'), '. ', g.content('daycare', 2), '\n')
    d('Témoin : ', g.nm(ed, 'full'), ', ', g.role('educ', ed), '\n\n')
    d('Parent avisé : ', g.nm(par, 'full'), ' par téléphone au ', g.ph(), ' à ', g.time(), '.\n')
    if g.p(0.5):
        other = g.relative(k, age=(22, 60))
        d('Autre personne autorisée : ', g.nm(other, 'full'), ', ', g.ph(ext=False), ' (', g.email(other), ')\n')
    if g.long:
        d(g.followups('daycare', par))
    d('\nSignature de l\'éducatrice : ', P(ed.full), '\nSignature du parent : ', P(par.full), '\nDirection : ', g.nm(g.person(), 'full'), '\n')
    return d


def fam_immigration(g):
    d = Doc()
    p = g.person(age=(22, 60), origin=g.ch('mag', 'ht', 'vn', 'es', 'caf', 'waf', 'lev', 'ph', 'sa', None))
    country = {'mag': 'MA', 'ht': 'HT', 'vn': 'VN', 'es': 'MX', 'caf': 'CM', 'waf': 'SN', 'ph': 'PH', 'sa': 'IN'}.get(p.origin, g.ch('FR', 'BR'))
    d(D('ORG', 'ministère de l\'Immigration, de la Francisation et de l\'Intégration'), '\n\n', D('PLACE', g.ch('Montréal', 'Québec')), ', le ', g.date(None, 'long'), '\n\n')
    d(g.nm(p, 'tfull'), '\n', g.foreign_addr_frag(country), '\n\n')
    d('Objet : Certificat de sélection du Québec — dossier ', g.fileno('imm'), '\n\n', 'Madame,' if p.fem() else 'Monsieur,', '\n\n')
    d('Nous accusons réception de votre demande présentée à titre de travailleur qualifié. Requérant principal : ', g.nm(p, 'SUR, G'),
      ', né', 'e' if p.fem() else '', ' le ', g.dob(p), ', passeport ', g.passport(country if country in ('FR',) else 'XX'), '.\n')
    if g.p(0.7):
        sp = g.relative(p, sex='m' if p.fem() else 'f', age=(22, 60))
        d('Conjoint(e) : ', g.nm(sp, 'full'), ', né', 'e' if sp.fem() else '', ' le ', g.dob(sp), ', passeport ', g.passport('XX'), '.\n')
    for _ in range(g.n(0, 2)):
        k = g.child(p)
        d('Enfant : ', g.nm(k, 'full'), ' (', g.dob(k, 'iso'), ')\n')
    if g.long:
        d(g.followups('immig', p))
    d('\n', g.content('immig', 2), '\n\nVeuillez fournir les documents manquants avant le ', g.date(g.when(0, 90)), '. ', g.content('gen'), '\n')
    d('Téléphone inscrit au dossier : ', g.intl_phone(), '. Courriel : ', g.email(p), '.\n\n')
    ag = g.person()
    d(g.nm(ag, 'full'), '\n', g.role('immig', ag)[0].upper() + g.role('immig', ag)[1:], '\n', g.tollfree(), '\n')
    return d


def fam_assurance(g):
    d = Doc()
    p = g.person(age=(25, 80))
    d(D('ORG', g.ch('Desjardins Assurances', 'La Capitale Assurance et services financiers', 'SSQ Assurance', 'Industrielle Alliance',
                    g.rand_sur() + ' Assurances inc.')), '\nDÉSIGNATION OU CHANGEMENT DE BÉNÉFICIAIRE — police ', g.fileno('policy'), '\n\n')
    d('Assuré(e) : ', g.nm(p, 'full'), '\nDate de naissance : ', g.dob(p), '   NAS : ', g.nas(p), '\nAdresse : ', g.addr(p, 'one'),
      '\nTéléphone : ', g.ph(), '\n\n')
    shares = g.ch([100], [50, 50], [60, 40], [50, 25, 25])
    for i, sh in enumerate(shares):
        b = g.relative(p)
        d('Bénéficiaire ', str(i + 1), ' : ', g.nm(b, 'full'), ' — lien : ', g.ch('conjoint(e)', 'fille', 'fils', 'sœur', 'frère', 'petite-fille'),
          ' — DDN : ', g.dob(b), ' — part : ', str(sh), ' %\n')
    if g.p(0.6):
        t = g.person()
        d('Fiduciaire pour les bénéficiaires mineurs : ', g.nm(t, 'full'), ', ', g.addr(t, 'one'), '\n')
    if g.long:
        d(g.followups('money', p))
    d('Police émise en ', g.year(), '; prime prélevée sur la carte ', g.card() if g.p(0.6) else g.masked_card(), ' chaque mois.\n')
    d('Révocable : ', g.ch('oui', 'non'), '\n\nVersement des prestations : ', g.bank(True), '\n\n', g.content('money', 2), '\n\n')
    w = g.person()
    d('Signé à ', g.city(), ' le ', g.date(), '.\nTémoin : ', g.nm(w, 'full'), '\n')
    return d


def fam_adoption(g):
    d = Doc()
    a = g.person(age=(30, 50))
    b = g.relative(a, age=(30, 52), sex=g.ch('m', 'f'))
    country = g.ch('Vietnam', 'Haïti', 'les Philippines', 'la Colombie', 'la Corée du Sud', 'le Burkina Faso')
    d(D('ORG', "Secrétariat à l'adoption internationale"), ' — Évaluation psychosociale (', D('PLACE', country), ')\n',
      g.fileno('gen'), '\n\n')
    d('Requérants : ', g.nm(a, 'SUR, G'), ' (', g.dob(a, 'long'), ') et ', g.nm(b, 'SUR, G'), ' (', g.dob(b, 'long'), ')\n')
    d('Domicile : ', g.addr(a, 'one'), '\n', 'Coordonnées : ', g.ph(), ' — ', g.email(a), '\n\n')
    d('Histoire personnelle\n', g.nm(a, 'given'), ' est né', 'e' if a.fem() else '', ' à ', g.city(), ' et a grandi auprès de sa mère, ',
      g.nm(g.person(sex='f', age=(55, 90)), 'full'), '. ', g.nm(b, 'given'), ' a ', g.ch('deux sœurs', 'un frère', 'trois frères'), '. ',
      g.content('child', 2), '\n\n')
    if g.p(0.6):
        c = g.person(origin={'Vietnam': 'vn', 'Haïti': 'ht', 'les Philippines': 'ph', 'la Colombie': 'es'}.get(country), age=(1, 6))
        d('Enfant proposé : ', g.nm(c, 'full'), ', né', 'e' if c.fem() else '', ' le ', g.dob(c), ', passeport ', g.passport('XX'), '.\n')
    d('Passeports des requérants : ', g.passport('CA'), ' et ', g.passport('CA'), '.\n')
    if g.p(0.6):
        d('Personne-ressource dans le pays d\'origine : ', g.nm(g.person(origin={'Vietnam': 'vn', 'Haïti': 'ht', 'les Philippines': 'ph', 'la Colombie': 'es'}.get(country)), 'full'),
          ', ', g.intl_phone({'Vietnam': '+84', 'Haïti': '+509', 'les Philippines': '+63', 'la Colombie': '+57'}.get(country)), '.\n')
    refs = [g.person() for _ in range(2)]
    d('Références consultées : ', join(', ', [g.nm(r, 'tfull') + [(' (', None, None)] + g.ph(ext=False) + [(')', None, None)] for r in refs]), '.\n\n')
    if g.long:
        d(g.followups('child', a))
    d('Conclusion : ', g.content('child'), ' ', g.word(), '\n\n')
    ev = g.person()
    d(g.nm(ev, 'full'), ', ', g.role('eval', ev), ', membre de l\'Ordre des travailleurs sociaux\n')
    return d


def fam_bilingue(g):
    d = Doc()
    p = g.person()
    d('FORMULAIRE D\'INSCRIPTION / REGISTRATION FORM — ', g.org(g.ch('civic', 'school', 'clinic', 'social')), '\n\n')
    d('Nom de famille / Last name : ', P(p.sur.upper() if g.p(0.5) else p.sur), '\nPrénom / First name : ', P(p.given), '\n')
    d('Date de naissance / Date of birth (AAAA-MM-JJ / YYYY-MM-DD) : ', g.dob(p, 'iso'), '\n')
    d('Adresse / Address : ', g.addr(p, 'one'), '\nTél. / Phone : ', g.ph(), '\nCourriel / Email : ', g.email(p), '\n')
    d('No d\'assurance maladie / Health card no. : ', g.ramq(p), '\n')
    if g.p(0.5):
        d('Passeport / Passport : ', g.passport(g.ch('CA', 'CA', 'FR', 'US')), '\n')
    e = g.relative(p)
    d('Personne à joindre en cas d\'urgence / Emergency contact : ', g.nm(e, 'full'), ' — ', g.ph(ext=False), '\n\n')
    d('Remarques / Comments :\n')
    d(g.content('gen'), '\n')
    g.lang = 'en'
    d(g.content('gen'), ' ', g.word(), '\n')
    g.lang = 'fr'
    d('\nSignature : ', P(p.full), '   Date : ', g.date(), '\nReçu par / Received by : ', g.nm(g.person(), 'init'), '\n')
    return d


def fam_jures(g):
    d = Doc()
    d('COUR SUPÉRIEURE — District de ', g.city(), '\nLISTE DES CANDIDATS JURÉS — Session du ', g.date(g.when(0, 90), 'long'), '\n\n')
    d('No  NOM, Prénom                      Adresse                                 Occupation\n')
    for i in range(g.rows(6, 9, 20)):
        p = g.person(age=(19, 75))
        d(str(i + 1).rjust(2), '  ', g.nm(p, 'SUR, G'), '  ', g.addr(p, 'one'), '  ', g.ch('retraité(e)', 'enseignant(e)', 'technicien(ne)',
                                                                                            'commis', 'infirmier(ère)', 'étudiant(e)', 'électricien(ne)'), '\n')
    d('\n', g.content('justice'), ' Toute demande d\'exemption doit être présentée au shérif au ', g.tollfree(), ' (', g.law(), ').\n')
    sh = g.person()
    d('Le shérif, ', g.nm(sh, 'full'), '\n')
    return d


# ---------------------------------------------------------------------------
# Families written in both languages (one family per language).

def fam_ombudsman(g):
    d = Doc()
    p = g.person(age=(25, 85))
    L = g.L
    d(g.nm(p, 'full'), '\n', g.addr(p, 'two'), '\n', g.ph(), '\n\n', g.city(), L(', le ', ', '), g.date(None, L('long', 'longen')), '\n\n')
    d(D('ORG', L('Protecteur du citoyen', 'Quebec Ombudsman')), '\n\n', L('Objet : plainte concernant ', 'Re: complaint about '), g.org(g.ch('gov', 'health', 'social'), named=False),
      L(' — votre dossier ', ' — your file '), g.fileno('gen'), '\n\n', L('Madame, Monsieur,', 'Dear Sir or Madam,'), '\n\n')
    d(L('Je m\'appelle ', 'My name is '), g.nm(p, 'full'), L(', né' + ('e' if p.fem() else '') + ' le ', ', born '), g.dob(p), L(', et je vous écris parce que ma demande est bloquée depuis des mois. ',
                                                                                                          ' and I am writing because my request has been stuck for months. '))
    d(L('Mon numéro d\'assurance maladie est le ', 'My health insurance number is '), g.ramq(p), L(' et mon NAS est le ', ' and my SIN is '), g.nas(p), '.\n\n')
    ag = g.person()
    d(L('Le ', 'On '), g.date(), L(', j\'ai parlé à ', ', I spoke with '), g.nm(ag, 'tfull'), L(' au ', ' at '), g.tollfree(),
      L(', qui m\'a promis un rappel dans les dix jours. Personne ne m\'a rappelé. ', ', who promised a call back within ten days. Nobody called. '), g.content('gen'), '\n')
    d(L('J\'ai déménagé de ', 'I moved from '), g.place(), L(' en ', ' in '), g.month(), ' ', g.year(), L(' et mon dossier a été transféré.', ' and my file was transferred.'), '\n\n')
    if g.p(0.7):
        k = g.child(p, age=(3, 17))
        if g.lang == 'fr':
            lead, tail = ('Ma fille, ' if k.fem() else 'Mon fils, '), ', est aussi touché' + ('e' if k.fem() else '') + ' par cette décision. '
        else:
            lead, tail = ('My daughter, ' if k.fem() else 'My son, '), ', is also affected by this decision. '
        d(lead, g.nm(k, 'given'), L(', né' + ('e' if k.fem() else '') + ' le ', ', born '), g.dob(k), tail, '\n\n')
    if g.long:
        other = g.person()
        d(L('Mon ancien conseiller, ', 'My former worker, '), g.nm(other, 'tfull'), L(', avait pourtant confirmé mon admissibilité par courriel (',
                                                                                    ', had confirmed my eligibility by email ('), g.staff_email(other), '). ', g.content('gen', 2), ' ', g.word(), '\n\n')
    d(L('Vous pouvez me joindre au ', 'You can reach me at '), g.ph(ext=False), L(' (cellulaire) ou au ', ' (cell) or at '), g.ph(ext=True),
      L(' (travail), ou par courriel à ', ' (work), or by email at '), g.email(p), '.\n\n')
    if g.long:
        d(g.followups('gen', p))
    d(L('Veuillez agréer mes salutations distinguées.', 'Sincerely,'), '\n\n', P(p.full), '\n', L('p. j. lettre de refus du ', 'Encl. refusal letter dated '), g.date(), '\n')
    return d


def fam_work_accident(g):
    d = Doc()
    L = g.L
    w = g.person(age=(18, 66))
    d(L('AVIS DE L\'EMPLOYEUR ET DEMANDE DE REMBOURSEMENT', 'EMPLOYER\'S NOTICE AND CLAIM FOR REIMBURSEMENT'), ' — ', D('ORG', 'CNESST'), '\n',
      L('Dossier ', 'File '), g.fileno('cnesst'), '\n\n')
    d(L('1. TRAVAILLEUR', '1. WORKER'), '\n', L('Nom : ', 'Last name: '), P(w.sur.upper()), L('   Prénom : ', '   First name: '), P(w.given), '\n')
    d(L('NAS : ', 'SIN: '), g.nas(w), L('   Date de naissance : ', '   Date of birth: '), g.dob(w), '\n')
    d(L('Adresse : ', 'Address: '), g.addr(w, 'one'), '\n', L('Téléphone : ', 'Phone: '), g.ph(ext=False), '\n\n')
    boss = g.person()
    d(L('2. EMPLOYEUR', '2. EMPLOYER'), '\n', L('Raison sociale : ', 'Business name: '), g.org('company'), '\n')
    d(L('Établissement situé sur ', 'Establishment on '), g.street(), L(', à ', ', '), g.city(), L(' — à l\'emploi depuis ', ' — employed since '), g.year(), '\n')
    d(L('Responsable : ', 'Contact: '), g.nm(boss, 'full'), ', ', g.role('hr', boss), ', ', g.ph(ext=True), ', ', g.staff_email(boss, ascii_name(boss.sur)[:8] + '.ca'), '\n\n')
    d(L('3. ÉVÉNEMENT', '3. EVENT'), '\n', L('Date : ', 'Date: '), g.date(g.when(60, 0)), L('   Heure : ', '   Time: '), g.time(), '\n')
    wit = g.person()
    d(L('Description : ', 'Description: '), g.nm(w, g.ch('given', 'tsur', 'full')),
      L(' soulevait une caisse de ' + str(g.n(15, 40)) + ' kg lorsqu\'' + ('elle' if w.fem() else 'il') + ' a ressenti une vive douleur au bas du dos. ',
        ' was lifting a ' + str(g.n(15, 40)) + ' kg box when a sharp pain was felt in the lower back. '), g.content('work', 2), '\n')
    d(L('Témoin : ', 'Witness: '), g.nm(wit, 'full'), ' (', g.ph(ext=False), ')\n')
    doc = g.person()
    d(L('Premier médecin consulté : ', 'First physician consulted: '), L('Dre ' if doc.fem() else 'Dr ', 'Dr. '), P(doc.full), ', ', g.org('clinic'), '\n')
    d(L('Salaire brut hebdomadaire : ', 'Gross weekly salary: '), g.amount(500, 1800), '\n', L('Référence : ', 'Reference: '), g.law(), '\n\n')
    if g.long:
        d(g.followups('work', w))
    d(L('Signature de l\'employeur : ', 'Employer signature: '), P(boss.full), '   ', g.date(), '\n')
    return d


def fam_saaq(g):
    d = Doc()
    L = g.L
    p = g.person(age=(18, 80))
    pl, _ = g.plate('QC')
    d(D('ORG', L('Société de l\'assurance automobile du Québec', 'SAAQ')), ' — ', L('Récit de l\'accident', 'Accident narrative'), ' — ',
      L('réclamation ', 'claim '), g.fileno('saaq'), '\n\n')
    d(L('Je soussigné' + ('e' if p.fem() else '') + ', ', 'I, '), g.nm(p, 'full'), L(', titulaire du permis de conduire ', ', holder of driver\'s licence '),
      g.dl(p), L(', demeurant au ', ', residing at '), g.addr(p, 'one'), L(', déclare que le ', ', declare that on '), g.date(g.when(90, 0)),
      L(' vers ', ' around '), g.time(), L(', je circulais sur ', ', I was driving on '), g.street(), L(' en direction est au volant de mon véhicule immatriculé ',
                                                                                                   ' eastbound in my vehicle, plate '), pl, '.\n\n')
    o = g.person()
    pl2, prov = g.plate(g.ch('ON', 'QC', 'NB', 'US'))
    d(L('Un véhicule immatriculé ', 'A vehicle with plate '), pl2, ' (', prov, L('), conduit par ', '), driven by '), g.nm(o, 'full'),
      L(' (permis ', ' (licence '), g.dl(o, 'ON' if prov == 'ON' else 'QC'), L('), a brûlé le feu rouge.', '), ran the red light.'), ' ', g.content('road', 2), '\n\n')
    if g.p(0.7):
        pa = g.person()
        d(L('Mon passager, ', 'My passenger, '), g.nm(pa, 'full'), L(', a été transporté à l\'hôpital. ', ', was taken to hospital. '))
    wit = g.person()
    d(L('Témoin : ', 'Witness: '), g.nm(wit, 'full'), ', ', g.ph(ext=False), '.\n\n')
    if g.long:
        d(g.followups('road', p))
    d(L('Numéro d\'assurance maladie : ', 'Health insurance number: '), g.ramq(p), '\n', L('Date de naissance : ', 'Date of birth: '), g.dob(p), '\n')
    d(L('Réclamation présentée en vertu de ', 'Claim made under '), g.law(), '.\n')
    d(L('Pour le versement de l\'indemnité : ', 'For the indemnity payment: '), g.bank(), '\n', L('Téléphone : ', 'Phone: '), g.ph(), '   ',
      L('Courriel : ', 'Email: '), g.email(p), '\n\n', g.content('road'), '\n')
    return d


def fam_cad(g):
    d = Doc()
    L = g.L
    t0 = g.r.randint(0, 22)
    sec = g.r.randint(0, 2400)

    def tm():
        nonlocal sec
        sec += g.r.randint(5, 240)
        return D('TIME', '%02d:%02d:%02d' % ((t0 + sec // 3600) % 24, sec // 60 % 60, sec % 60))
    d('CAD — ', L('ÉVÉNEMENT ', 'INCIDENT '), g.fileno('cad'), ' — P', str(g.n(1, 4)), ' — ', g.date(None, 'iso'), '\n')
    caller = g.person()
    d(tm(), L(' APPEL REÇU  APPELANT: ', ' CALL RECEIVED  CALLER: '), g.nm(caller, g.ch('caps', 'SUR, G')), '  TEL ', g.ph(ext=False, style=g.ch('{a}{e}{l}', '{a}-{e}-{l}')), '\n')
    h = g.home(caller)
    d(tm(), ' ADR: ', X('ADDRESS', h['addr'].upper()), ' ', h['city'].upper(), '\n')
    if g.p(0.5):
        d(tm(), L(' COIN ', ' CORNER '), upper_frag(g.street(False)), ' / ', upper_frag(g.street()), '\n')
    d(tm(), L(' NATURE: ', ' TYPE: '), g.ch(L('CHUTE PERS AGÉE', 'FALL ELDERLY'), L('CHICANE CONJUGALE', 'DOMESTIC'), L('VOL QUALIFIÉ', 'ROBBERY'),
                                            L('ACCIDENT AVEC BLESSÉS', 'MVC INJURIES'), L('BRUIT', 'NOISE COMPLAINT')), '\n')
    d(tm(), ' U-', str(g.n(10, 99)), str(g.n(10, 99)), L(' ASSIGNÉE', ' ASSIGNED'), ' / ', str(g.n(10, 59)), '-', str(g.n(1, 9)), ' EN ROUTE\n')
    v = g.person(age=(15, 95))
    d(tm(), L(' PATIENT/VICTIME: ', ' PATIENT/VICTIM: '), g.nm(v, 'caps'), ' DDN ' if g.lang == 'fr' else ' DOB ', g.dob(v, g.ch('iso', 'compact')),
      ' (', str((g.today - v.dob).days // 365), L(' ANS)', ' Y/O)'), '\n')
    if g.p(0.7):
        s = g.person(age=(17, 60))
        pl, prov = g.plate()
        d(tm(), L(' SUSPECT: ', ' SUSPECT: '), g.nm(s, g.ch('caps', 'SUR, G')), ' ', L('DDN ', 'DOB '), g.dob(s, 'iso'), L(' VEH ', ' VEH '), pl, ' ', prov, '\n')
        d(tm(), L(' CPIC/CRPQ: ', ' CPIC: '), L('PERMIS ', 'DL '), g.dl(s), L(' — CONDITIONS NE PAS CONTACTER ', ' — CONDITIONS NO CONTACT '), g.nm(caller, 'caps'), '\n')
    disp = g.person()
    d(tm(), L(' REMARQUES: ', ' REMARKS: '), g.content('police'), '\n')
    if g.long:
        for _ in range(g.n(2, 6)):
            x = g.person()
            d(tm(), L(' TÉMOIN: ', ' WITNESS: '), g.nm(x, 'caps'), ' TEL ', g.ph(ext=False), '\n')
    d(tm(), ' 10-8 / ', L('FERMÉ PAR ', 'CLOSED BY '), g.nm(disp, g.ch('init', 'caps')), ' (', g.role('dispatch', disp), ')\n')
    return d


def fam_pharmacy(g):
    d = Doc()
    L = g.L
    d(g.org('pharm'), ' — ', L('Journal des renouvellements', 'Refill log'), ' — ', g.date(None, 'iso'), '\n\n')
    d(L('Heure | Patient | DDN | Rx | Médicament | Téléphone | Note', 'Time | Patient | DOB | Rx | Drug | Phone | Note'), '\n')
    drugs = ['atorvastatine 20 mg', 'metformine 500 mg', 'ramipril 5 mg', 'sertraline 50 mg', 'levothyroxine 75 mcg',
             'salbutamol 100 mcg', 'apixaban 5 mg', 'quétiapine 25 mg', 'pantoprazole 40 mg', 'amlodipine 10 mg']
    for _ in range(g.rows(4, 6, 16)):
        p = g.person(age=(18, 95))
        d(g.time(), ' | ', g.nm(p, g.ch('SUR, G', 'Sur, G', 'full')), ' | ', g.dob(p, g.ch('iso', 'dmy' if g.lang == 'fr' else 'mdy')), ' | ',
          g.fileno('rx'), ' | ', g.pick(drugs), ' | ', g.ph(ext=False), ' | ',
          g.ch(L('renouv. autorisé', 'refill ok'), L('appeler le médecin', 'call prescriber'), L('livraison', 'delivery'), L('en attente', 'pending')), '\n')
    ph_ = g.person()
    p2 = g.person(age=(60, 95))
    d('\n', L('Note : ', 'Note: '), g.nm(p2, 'tfull'), L(' demande la livraison au ', ' asks for delivery to '), g.addr(p2, 'one'),
      L('; paiement par carte ', '; paying by card '), g.card() if g.p(0.6) else g.masked_card(), '. ', g.content('health'), '\n')
    d(L('Inventaire de fin de mois prévu en ', 'Month-end inventory planned in '), g.month(), '.\n')
    d(L('Pharmacien(ne) de garde : ', 'Pharmacist on duty: '), g.nm(ph_, 'full'), '\n')
    return d


def fam_soap(g):
    d = Doc()
    L = g.L
    p = g.person(age=(16, 80))
    doc = g.person()
    d(L('Notes d\'évolution — psychiatrie externe', 'Progress notes — outpatient psychiatry'), '\n', g.org('health', named=False), '\n')
    d(L('Usager : ', 'Client: '), g.nm(p, g.ch('full', 'SUR, G')), ' (', g.dob(p), ') — RAMQ ', g.ramq(p), '\n\n')
    sp = g.relative(p)
    for i, dt in enumerate(g.dates(g.rows(2, 3, 7), 200)):
        d('### ', g.date(dt, 'iso'), ' ', g.time(), '\n')
        d('S : ' if g.lang == 'fr' else 'S: ', g.content('mental'), ' ', g.nm(p, 'given'), L(' mentionne des tensions avec ', ' mentions tension with '),
          g.nm(sp, g.ch('given', 'full')), '.\n')
        d('O : ' if g.lang == 'fr' else 'O: ', g.content('mental'), '\n')
        d('A : ' if g.lang == 'fr' else 'A: ', g.content('mental'), '\n')
        d('P : ' if g.lang == 'fr' else 'P: ', L('Revoir dans deux semaines.', 'Follow up in two weeks.'))
        if i == 0:
            d(L(' Contact d\'urgence : ', ' Emergency contact: '), g.nm(sp, 'full'), ' ', g.ph(ext=False))
        d('\n')
        d('— ', g.nm(doc, g.ch('full', 'init')), ', ', g.role(g.ch('psy', 'nurse'), doc), '\n\n')
    return d


LANGS_FR = ['vietnamien', 'arabe', 'espagnol', 'mandarin', 'dari', 'tigrigna', 'somali', 'inuktitut', 'cri', 'créole haïtien',
            'portugais', 'farsi', 'tamoul', 'ukrainien', 'swahili', 'langue des signes québécoise']
LANGS_EN = ['Vietnamese', 'Arabic', 'Spanish', 'Mandarin', 'Dari', 'Tigrinya', 'Somali', 'Inuktitut', 'Cree', 'Haitian Creole',
            'Portuguese', 'Farsi', 'Tamil', 'Ukrainian', 'Swahili', 'ASL']


def fam_interpreter(g):
    d = Doc()
    L = g.L
    req = g.person()
    d(L('DEMANDE DE SERVICES D\'INTERPRÉTATION', 'INTERPRETER REQUEST'), ' — ', D('ORG', L('Banque interrégionale d\'interprètes', 'Interpreter Bank')), '\n\n')
    d(L('Demandeur : ', 'Requested by: '), g.nm(req, 'full'), ', ', g.role(g.ch('social', 'nurse', 'admin'), req), ', ', g.org(g.ch('health', 'social', 'justice'), named=False), '\n')
    d(L('Téléphone : ', 'Phone: '), g.ph(ext=True), '   ', L('Courriel : ', 'Email: '), g.staff_email(req), '\n\n')
    for _ in range(g.rows(1, 2, 6)):
        u = g.person(origin=g.ch('vn', 'mag', 'es', 'cn', 'so', 'et', 'ind', 'ht', 'ir', 'ua', 'sa', 'caf'))
        d(L('Usager : ', 'Client: '), g.nm(u, g.ch('full', 'native', 'SUR, G')), L('   DDN : ', '   DOB: '), g.dob(u), '\n')
        d(L('Langue : ', 'Language: '), g.pick(LANGS_FR if g.lang == 'fr' else LANGS_EN), '\n')
        d(L('Téléphone de l\'usager : ', 'Client phone: '), g.ph(ext=False), '   RAMQ : ' if g.lang == 'fr' else '   Health card: ', g.ramq(u), '\n')
        if g.p(0.4):
            d(L('Statut : demandeur d\'asile, arrivé en ', 'Status: refugee claimant, arrived in '), g.month(), L(' — passeport ', ' — passport '), g.passport('XX'), '\n')
        if g.p(0.5):
            d(L('Visite à domicile : ', 'Home visit: '), g.addr(u, 'one'), '\n')
        d(L('Rendez-vous : ', 'Appointment: '), g.date(g.when(0, 30)), L(' à ', ' at '), g.time(), ', ', g.org(g.ch('health', 'clinic', 'justice', 'social')), '\n')
        i_ = g.person()
        d(L('Interprète assigné(e) : ', 'Interpreter assigned: '), g.nm(i_, 'full'), ', ', g.ph(ext=False), '\n\n')
    if g.long:
        d(g.followups('health', u))
    d(L('Remarques : ', 'Remarks: '), g.content('gen'), ' ', g.word(), '\n')
    return d


def fam_sms(g):
    d = Doc()
    L = g.L
    ten = g.person(age=(19, 70))
    own = g.person(age=(30, 80))
    d(L('Export SMS — conversation avec ', 'SMS export — conversation with '), g.nm(own, 'full'), ' (', g.ph(ext=False, style=g.ch('+1 {a} {e} {l}', '{a}-{e}-{l}')), ')\n\n')
    t = datetime(g.today.year, g.today.month, g.today.day, g.n(6, 12), g.n(0, 59)) - timedelta(days=g.n(0, 40))
    lines = [
        (ten, L('Bonjour M. ', 'Hi Mr. ') if not own.fem() else L('Bonjour Mme ', 'Hi Ms. '), 'sur', L(', le chauffage ne marche plus depuis hier soir.', ', the heat stopped working last night.')),
        (own, L('Ok je vais envoyer quelqu\'un. C\'est quoi votre numéro déjà?', 'Ok I will send someone. What\'s your number again?'), None, ''),
        (ten, L('Mon nouveau cell : ', 'New cell: '), 'phone', ''),
        (own, L('Le plombier s\'appelle ', 'The plumber is '), 'plumber', L(', il passe demain matin.', ', he comes tomorrow morning.')),
        (ten, L('Merci. Pour le loyer de ', 'Thanks. For the rent of '), 'month', L(', je fais le virement Interac à quelle adresse?', ', which email for the Interac transfer?')),
        (own, L('Je suis pris dans le trafic sur ', 'Stuck in traffic on '), 'street', L(', j\'arrive.', ', on my way.')),
        (ten, '', 'word', ''),
        (own, L('Envoie à ', 'Send to '), 'email', L(' comme d\'habitude', ' as usual')),
        (own, L('Mon gendre ', 'My son-in-law '), 'rel', L(' va passer chercher le chèque.', ' will pick up the cheque.')),
    ]
    lines = lines[:g.n(4, 7)]
    lines.insert(g.n(1, len(lines)), (ten, '', 'content', ''))
    plumber = g.person(sex='m')
    rel = g.person(sex='m')
    for who, a, kind, b in lines:
        t += timedelta(minutes=g.n(1, 90))
        who_f = g.nm(who, 'given') if g.p(0.6) else (L('Moi', 'Me') if who is own else g.nm(who, 'full'))
        d('[', D('DATE', t.date().isoformat()), ' ', D('TIME', t.strftime('%H:%M')), '] ', who_f, ': ', a)
        if kind == 'sur':
            d(P(own.sur))
        elif kind == 'phone':
            d(g.ph(ext=False))
        elif kind == 'plumber':
            d(g.nm(plumber, g.ch('full', 'lower')))
        elif kind == 'email':
            d(g.email(own))
        elif kind == 'content':
            d(g.content('house'))
        elif kind == 'rel':
            d(g.nm(rel, 'given'))
        elif kind == 'month':
            d(g.month())
        elif kind == 'street':
            d(g.street())
        elif kind == 'word':
            d(g.word())
        d(b, '\n')
    if g.long or g.p(0.4):
        t += timedelta(hours=g.n(10, 30))
        d('[', D('DATE', t.date().isoformat()), ' ', D('TIME', t.strftime('%H:%M')), '] ', g.nm(ten, 'given'), ': ',
          L('Je vous rappelle que j\'habite au ', 'Reminder, I live at '), g.addr(ten, 'one'), L(', pas au deuxième.', ', not upstairs.'), '\n')
    return d


def fam_marketplace(g):
    d = Doc()
    L = g.L
    v = g.person()
    s = g.person()
    d(L('De : ', 'From: '), g.nm(v, 'full'), ' <', g.email(v), '>\n', L('À : ', 'To: '), 'plaintes@opc.gouv.qc.ca\n', L('Objet : ', 'Subject: '),
      L('TR: Fraude sur Marketplace', 'FW: Marketplace scam'), '\n\n')
    d(L('Bonjour, je vous transfère ma conversation avec le vendeur. Il se présentait comme ', 'Hello, I am forwarding my conversation with the seller. He called himself '),
      g.nm(s, 'full'), L('. Je lui ai envoyé ', '. I sent him '), g.amount(100, 1500), L(' pour un vélo qui n\'a jamais été livré.', ' for a bike that was never delivered.'), '\n\n')
    d('---------- ', L('Message transféré', 'Forwarded message'), ' ----------\n')
    d('> ', g.nm(s, 'given'), ': ', L('Toujours dispo! Je peux livrer ce soir.', 'Still available! I can deliver tonight.'), '\n')
    d('> ', g.nm(v, 'given'), ': ', L('Parfait, je paie comment?', 'Great, how do I pay?'), '\n')
    d('> ', g.nm(s, 'given'), ': ', L('Virement à ', 'E-transfer to '), g.email(s), L(', mot de passe vélo', ', password bike'), '\n')
    if g.p(0.6):
        d('> ', g.nm(s, 'given'), ': ', L('Ou donne-moi ta carte pour le dépôt : ', 'Or give me your card for the deposit: '), '\n')
        d('> ', g.nm(v, 'given'), ': ', g.card(), ' exp ', str(g.n(1, 12)).zfill(2), '/', str(g.n(25, 30)), '\n')
    d('> ', g.nm(s, 'given'), ': ', L('Mon adresse pour ramasser : ', 'Pickup address: '), g.addr(s, 'one'), '\n')
    d('> ', g.nm(s, 'given'), ': ', L('ou on se rejoint au coin de ', 'or we meet at the corner of '), g.street(False), L(' et ', ' and '), g.street(), L(' à ', ' in '), g.city(), '\n')
    d('> ', g.nm(s, 'given'), ': ', L('texte-moi au ', 'text me at '), g.ph(ext=False), '\n\n')
    pl, prov = g.plate()
    d(L('Le soir même, une voiture immatriculée ', 'That evening a car with plate '), pl, L(' est passée devant chez moi. ', ' drove past my house. '),
      g.content('police'), '\n\n', L('Mon numéro : ', 'My number: '), g.ph(), L('. Merci de votre aide.', '. Thank you for your help.'), '\n', P(v.full), '\n')
    return d


def fam_question_period(g):
    d = Doc()
    L = g.L
    d(L('PÉRIODE DE QUESTIONS DU PUBLIC — séance ordinaire du ', 'PUBLIC QUESTION PERIOD — regular sitting of '), g.date(None, L('long', 'longen')), '\n',
      L('Ville de ', 'City of '), g.city(), '\n\n')
    mayor = g.person()
    cons = [g.person() for _ in range(3)]
    d(L('La mairesse ' if mayor.fem() else 'Le maire ', 'Mayor '), P(mayor.full), L(' ouvre la période de questions à ', ' opens question period at '), g.time(), '.\n\n')
    for _ in range(g.rows(2, 3, 8)):
        c = g.person()
        d(g.nm(c, 'tfull'), ' (', g.ch(L('district ', 'district '), '') + g.ch('des Rivières', 'du Vieux-Moulin', 'Saint-Sacrement', 'Lac-Beauport', 'Fleury'), ') : ')
        x = g.r.randrange(3)
        if x == 0:
            n_ = g.person()
            d(L('J\'habite au ', 'I live at '), g.addr(c, 'nopc'), L(' depuis ', ' since '), g.year(), L(' et mon voisin, ', ' and my neighbour, '), g.nm(n_, 'tfull'),
              L(', a reçu le même avis. Quand la rue sera-t-elle réparée?', ', received the same notice. When will the street be repaired?'), '\n')
        elif x == 1:
            d(L('Je demande pourquoi le permis ', 'I ask why permit '), g.fileno('permit'), L(' a été refusé alors que ', ' was refused when '), g.street(),
              L(' en compte déjà trois semblables.', ' already has three similar ones.'), '\n')
        else:
            d(g.word(), ' ', L('Pouvez-vous me rappeler au ', 'Could you call me back at '), g.ph(ext=False), '?\n')
        if g.p(0.6):
            d(L('Courriel pour le suivi : ', 'Email for follow-up: '), g.email(c), '\n')
        r_ = g.pick(cons + [mayor])
        d(L('Réponse de ', 'Answer from '), g.nm(r_, 'full'), ' : ' if g.lang == 'fr' else ': ', g.content('city'), '\n\n')
    d(g.content('city'), ' ', L('Fin de la période de questions à ', 'Question period ends at '), g.time(), '.\n')
    clerk = g.person()
    d(L('Le greffier adjoint, ', 'Assistant clerk, '), g.nm(clerk, 'full'), '\n')
    return d


def fam_atip(g):
    d = Doc()
    L = g.L
    p = g.person()
    resp = g.person()
    d(L('DEMANDE D\'ACCÈS À DES DOCUMENTS', 'ACCESS TO INFORMATION REQUEST'), '\n\n', g.nm(p, 'full'), '\n', g.addr(p, 'two'), '\n', g.ph(), ' — ', g.email(p), '\n\n')
    d(L('Le ', 'On '), g.date(), L(', je demande, en vertu de ', ', under '), g.law(), L(', copie de tous les documents me concernant détenus par ', ', I request a copy of all records about me held by '),
      g.org(g.ch('gov', 'health', 'social', 'police', 'city'), named=False), L(', notamment les notes de ', ', including the notes of '), g.nm(g.person(), 'tfull'), '. ')
    d(L('Pour m\'identifier : date de naissance ', 'To identify me: date of birth '), g.dob(p), L(', permis de conduire ', ', driver\'s licence '), g.dl(p), '.\n\n')
    d('-----\n', L('RÉPONSE', 'RESPONSE'), ' — ', g.fileno('access'), '\n\n', L('Madame,' if p.fem() else 'Monsieur,', 'Dear ' + g.title(p) + ' '))
    if g.lang == 'en':
        d(P(p.sur), ',')
    d('\n\n', L('Nous donnons suite à votre demande reçue le ', 'We are responding to your request received on '), g.date(), '. ',
      L('Vous trouverez ci-joint les documents accessibles. Certains renseignements ont été masqués en vertu de ', 'Enclosed are the accessible records. Some information was withheld under '),
      g.law(), L(', car ils concernent des tiers, dont ', ', as it concerns third parties, including '), g.nm(g.person(), 'full'), '. ', g.content('gen', 2), '\n\n')
    if g.long:
        d(g.followups('gen', p))
    d(L('Vous pouvez demander la révision de cette décision à la ', 'You may ask for a review of this decision by the '), D('ORG', 'Commission d\'accès à l\'information'),
      ' (', g.tollfree(), L(') dans les trente jours.', ') within thirty days.'), '\n\n')
    d(g.sig(resp, 'access'))
    return d


def fam_hydro(g):
    d = Doc()
    L = g.L
    p = g.person()
    cs = g.person()
    d(D('ORG', 'Hydro-Québec'), ' — ', L('Plainte de facturation', 'Billing complaint'), ' — ', g.fileno('gen'), '\n\n')
    d(L('Titulaire de l\'abonnement : ', 'Account holder: '), g.nm(p, g.ch('full', 'SUR, G')), '\n', L('Adresse de consommation : ', 'Service address: '), g.addr(p, 'one'), '\n')
    d(L('Téléphone : ', 'Phone: '), g.ph(), '   ', L('Courriel : ', 'Email: '), g.email(p), '\n\n')
    d(L('Facture du ', 'Bill of '), g.date(), ' : ', g.amount(300, 2900), L(' (période de ', ' (billing period of '), str(g.n(58, 64)), L(' jours).', ' days).'), '\n')
    d(L('Le client conteste le montant, en hausse depuis ', 'The customer disputes the amount, up since '), g.month(), '. ', g.content('utility', 2), '\n')
    d(L('Mode de paiement au dossier : ', 'Payment method on file: '), g.bank(), '\n')
    if g.p(0.5):
        d(L('Adresse postale : ', 'Mailing address: '), g.addr(None, 'one'), '\n')
    d('\n')
    d(L('Journal des contacts', 'Contact log'), '\n')
    for dt in g.dates(g.rows(2, 3, 8), 200):
        d('- ', g.date(dt, 'iso'), ' ', g.time(), ' — ')
        x = g.r.randrange(4)
        if x == 0:
            d(g.nm(p, 'given'), L(' rappelle; demande une entente de paiement. ', ' calls back; asks for a payment plan. '), g.content('money'), '\n')
        elif x == 1:
            d(L('Paiement préautorisé mis en place : ', 'Pre-authorized payment set up: '), g.bank(False), '.\n')
        elif x == 2:
            d(L('Paiement reçu par carte ', 'Payment received by card '), g.card() if g.p(0.5) else g.masked_card(), ' : ', g.amount(50, 600), '.\n')
        else:
            o = g.relative(p)
            d(L('Appel de ', 'Call from '), g.nm(o, 'full'), L(', ', ', '), g.ch(L('fille', 'daughter'), L('fils', 'son'), L('conjoint', 'spouse')),
              L(' de la cliente, mandataire (', ' of the customer, authorized ('), g.ph(ext=False), ').\n')
    d('\n', L('Traité par ', 'Handled by '), g.nm(cs, g.ch('full', 'init')), ', ', g.role('cs', cs), '. ', L('Info : ', 'Info: '), g.tollfree(), '\n')
    return d


def fam_helpdesk(g):
    d = Doc()
    L = g.L
    u = g.person()
    tech = g.person()
    dom = g.pick(ORG_DOMAINS)
    d(L('Billet ', 'Ticket '), g.fileno('inc'), L(' | Priorité : ', ' | Priority: '), str(g.n(1, 4)), L(' | Ouvert : ', ' | Opened: '), g.date(None, 'iso'), ' ', g.time(), '\n')
    d(L('Demandeur : ', 'Requester: '), g.nm(u, 'full'), ' (', g.staff_email(u, dom), ')', L(' poste ', ' ext. '), g.digits(4), '\n')
    d(L('Compte réseau : ', 'Network account: '), P(g.handle(u, g.ch('.', ''))), '\n')
    d(L('Téléphone de rappel : ', 'Call-back number: '), g.ph(ext=False), L(' (cellulaire)', ' (mobile)'), '\n')
    if g.p(0.6):
        aff = g.person()
        d(L('Utilisateur affecté : ', 'Affected user: '), g.nm(aff, 'full'), ' <', g.staff_email(aff, dom), '>, ', g.ph(ext=True), '\n')
    d(L('Catégorie : ', 'Category: '), g.ch(L('Accès / mot de passe', 'Access / password'), L('Imprimante', 'Printer'), 'VPN', L('Courriel', 'Email')), '\n\n')
    d(L('Description :\n', 'Description:\n'), g.content('it', 2), '\n\n', L('Journal', 'Work log'), '\n')
    for dt in g.dates(g.rows(2, 3, 8), 60):
        d(g.date(dt, 'iso'), ' ', g.time(), ' — ', g.nm(tech, g.ch('full', 'init', 'given')), ' : ' if g.lang == 'fr' else ': ')
        x = g.r.randrange(4)
        if x == 0:
            d(L('appelé l\'utilisateur au ', 'called the user at '), g.ph(ext=False), L(', laissé un message. ', ', left a message. '), g.content('it'), '\n')
        elif x == 1:
            m = g.person()
            d(L('accès ajouté au dossier partagé à la demande de son gestionnaire, ', 'share access added at the request of the manager, '), g.nm(m, 'full'), '.\n')
        elif x == 2:
            d(g.content('it'), ' ', L('Remplacement prévu le ', 'Replacement planned on '), g.date(), '.\n')
        else:
            d(L('l\'utilisateur a collé dans le billet sa date de naissance (', 'user pasted a date of birth in the ticket ('), g.dob(u),
              L(') pour la vérification : retirée du champ public.', ') for verification: removed from public field.'), '\n')
    if g.p(0.5):
        d(g.word(), '\n')
    d(L('Statut : résolu', 'Status: resolved'), '\n')
    return d


def fam_git(g):
    d = Doc()
    L = g.L
    devs = [g.person(age=(22, 60)) for _ in range(3)]
    t = g.today
    for k in range(g.rows(3, 4, 11)):
        a = g.pick(devs)
        t -= timedelta(hours=g.n(2, 60))
        d('commit ', ''.join(g.r.choice('0123456789abcdef') for _ in range(40)), '\nAuthor: ', P(a.full), ' <', g.email(a, g.ch('users.noreply.github.com', 'ville.quebec.qc.ca', 'gmail.com')), '>\n')
        d('Date:   ', D('DATE', '%s %s %d %s %d -0%d00' % (DAYS_EN[t.weekday()][:3], MON_EN[t.month - 1], t.day, g.clock(sec=True), t.year, g.ch(4, 5))), '\n\n')
        x = g.r.randrange(4)
        if x == 0:
            d('    ', L('Corrige la validation du NAS dans le formulaire d\'inscription', 'Fix SIN validation in the registration form'), '\n\n    ',
              L('Le cas signalé par ', 'The case reported by '), g.nm(g.person(), 'full'), L(' échouait avec ', ' failed with '), g.nas(), '.\n')
        elif x == 1:
            d('    ', L('Ajoute un test pour les codes postaux en minuscules', 'Add test for lower-case postal codes'), '\n\n    ',
              'fixture: ', X('POSTAL_CODE', g.postal(fmt='low')), ', ', X('POSTAL_CODE', g.postal()), '\n')
        elif x == 2:
            d('    ', L('Met à jour la documentation', 'Update the documentation'), ' (© ', D('YEAR', str(t.year)), ')\n\n    ', g.content('it'), '\n')
        else:
            b = g.pick(devs)
            d('    ', L('Fusionne la branche de ', 'Merge branch of '), P(g.handle(b, '-')), '\n')
        if k == 0 and x != 2:
            d('\n    ', g.content('it'), '\n')
        if g.p(0.4):
            c = g.pick(devs)
            d('\n    Co-authored-by: ', P(c.full), ' <', g.email(c), '>\n')
        if g.p(0.3):
            r_ = g.person()
            d('    Reviewed-by: ', P(r_.full), '\n')
        d('\n')
    return d


def fam_csv(g):
    d = Doc()
    L = g.L
    club = D('ORG', g.L('Club de soccer ', 'Soccer club ') + g.ch('Les Aigles', 'Les Cobras', 'Lakeshore', 'Les Riverains')) if g.p(0.5) else g.org('sport')
    d('# ', L('Inscriptions', 'Registrations'), ' — ', club, ' — ', L('saison ', 'season '), D('YEAR', str(g.today.year)), '\n')
    d(L('nom,prenom,date_naissance,parent,telephone,courriel,adresse,remarques', 'last_name,first_name,birth_date,parent,phone,email,address,notes'), '\n')
    notes = [L('allergie aux arachides, EpiPen au sac', 'peanut allergy, EpiPen in bag'), L('asthme, pompe', 'asthma, inhaler'), '',
             L('paiement en deux versements', 'two instalments'), L('covoiturage avec la famille voisine', 'carpool with neighbours'), L('gaucher, gardien de but', 'left-handed, goalie')]
    for _ in range(g.rows(4, 7, 18)):
        k = g.person(age=(5, 17))
        par = g.relative(k, age=(28, 60))
        if g.p(0.7):
            par.sur = k.sur
        h = g.home(par)
        d('"', P(k.sur), '","', P(k.given), '",', g.dob(k, 'iso'), ',"', P(par.sur), ', ', P(par.given), '",', g.ph(ext=False), ',',
          g.email(par), ',"', X('ADDRESS', h['addr']), ', ', h['city'], '","', g.pick(notes), '"\n')
    d('# ', L('Note : ', 'Note: '), g.content('sport'), '\n')
    return d


def fam_xml(g):
    d = Doc()
    L = g.L
    d('<?xml version="1.0" encoding="UTF-8"?>\n<', L('dossiers', 'records'), ' source="', g.org(g.ch('health', 'social', 'gov'), named=False), '" ', L('extrait', 'exported'), '="', g.date(None, 'iso'), '">\n')
    for _ in range(g.rows(2, 3, 7)):
        p = g.person()
        h = g.home(p)
        d('  <', L('dossier', 'record'), ' id="', g.fileno('case'), '">\n')
        d('    <', L('nom', 'lastName'), '>', P(p.sur.upper() if g.p(0.4) else p.sur), '</', L('nom', 'lastName'), '>\n')
        d('    <', L('prenom', 'firstName'), '>', P(p.given), '</', L('prenom', 'firstName'), '>\n')
        d('    <', L('ddn', 'dob'), '>', g.dob(p, 'iso'), '</', L('ddn', 'dob'), '>\n')
        if g.p(0.6):
            d('    <', L('nas', 'sin'), '>', X('NAS', g.nas_str('{a}{b}{c}')), '</', L('nas', 'sin'), '>\n')
        d('    <', L('adresse', 'address'), '><', L('ligne1', 'line1'), '>', X('ADDRESS', h['addr']), '</', L('ligne1', 'line1'), '><', L('ville', 'city'), '>',
          h['city'], '</', L('ville', 'city'), '><cp>', X('POSTAL_CODE', h['pc']), '</cp></', L('adresse', 'address'), '>\n')
        d('    <tel type="', L('cellulaire', 'mobile'), '">', g.ph(ext=False, style='{a}-{e}-{l}'), '</tel>\n')
        d('    <', L('courriel', 'email'), '>', g.email(p), '</', L('courriel', 'email'), '>\n')
        d('    <note>', g.content(g.ch('gen', 'health', 'house')), '</note>\n  </', L('dossier', 'record'), '>\n')
    d('</', L('dossiers', 'records'), '>\n')
    return d


def fam_kv(g):
    d = Doc()
    L = g.L
    svc = g.ch('portail-citoyen', 'dossier-usager', 'paiements', 'rendez-vous')
    t = g.today
    sec = g.n(0, 20000)

    def stamp():
        nonlocal sec
        sec += g.n(1, 3000)
        return D('DATE', '%sT%02d:%02d:%02d-04:00' % (t.isoformat(), sec // 3600 % 24, sec // 60 % 60, sec % 60))
    for _ in range(g.rows(5, 8, 22)):
        p = g.person()
        ts = stamp()
        lvl = g.ch('INFO', 'INFO', 'WARN', 'ERROR')
        x = g.r.randrange(5)
        d(ts, ' level=', lvl, ' svc=', svc, ' ')
        if x == 0:
            d('event=login user="', P(g.handle(p, '.')), '" ip=10.', str(g.n(0, 255)), '.', str(g.n(0, 255)), '.', str(g.n(1, 254)), ' ok=true\n')
        elif x == 1:
            d('event=profile_update nom="', P(p.full), '" tel=', X('PHONE', g.phone_str('{a}{e}{l}')), ' email=', g.email(p), '\n')
        elif x == 2:
            d('event=validation_failed field=', L('nas', 'sin'), ' value=', X('NAS', g.nas_str('{a}{b}{c}')), ' dob=', g.dob(p, 'iso'), ' msg="',
              g.content('gen'), '"\n')
        elif x == 3:
            h = g.home(p)
            d('event=address_change user_id=', g.digits(6), ' addr="', X('ADDRESS', h['addr']), '" cp=', X('POSTAL_CODE', h['pc'].replace(' ', '')), '\n')
        else:
            d('event=note msg="', g.content('it'), '" agent="', P(p.full), '"\n')
    d(stamp(), ' level=INFO svc=', svc, ' event=shutdown msg="', g.content('it'), '"\n')
    return d


def fam_ocr_form(g):
    d = Doc()
    L = g.L
    p = g.person()
    o = g.ocr
    d('[', L('Numérisation OCR — qualité faible', 'OCR scan — low quality'), ']\n\n', o(L('FORMULAIRE DE DEMANDE DE PRESTATION', 'BENEFIT APPLICATION FORM')), '\n', g.org('gov', named=False), '\n\n')
    d(o(L('Nom :', 'Name:')), ' ', P(g.ocr_name(p.sur.upper())), '   ', o(L('Prénom :', 'First name:')), ' ', P(g.ocr_name(p.given)), '\n')
    d(o(L('Date de naissance :', 'Date of birth:')), ' ', X('DOB', o(g.dob_str(p.dob, g.ch('dmy', 'iso', 'mdy' if g.lang == 'en' else 'dmy')))), '\n')
    d(o(L('N° d\'assurance sociale :', 'Social insurance no.:')), ' ', X('NAS', o(g.nas_str()), ), '\n')
    h = g.home(p)
    d(o(L('Adresse :', 'Address:')), ' ', X('ADDRESS', o(h['addr'])), ', ', o(h['city']), ' ', X('POSTAL_CODE', o(h['pc'])), '\n')
    d(o(L('Téléphone :', 'Telephone:')), ' ', X('PHONE', o(g.phone_str())), '\n')
    d(o(L('Courriel :', 'Email:')), ' ', X('EMAIL', o(g.email_str(p))), '\n\n')
    sp = g.relative(p)
    d(o(L('Conjoint(e) :', 'Spouse:')), ' ', P(g.ocr_name(sp.full)), '   ', o(L('DDN :', 'DOB:')), ' ', X('DOB', o(g.dob_str(sp.dob, 'iso'))), '\n')
    d(o(L('Dépôt direct — transit / institution / compte :', 'Direct deposit — transit / institution / account:')), ' ')
    inst, _ = g.pick(INSTITUTIONS)
    d(X('BANK_ACCOUNT', o(g.digits(5))), ' / ', X('BANK_ACCOUNT', inst), ' / ', X('BANK_ACCOUNT', o(g.digits(7))), '\n\n')
    d(L('Remarques : ', 'Remarks: '), g.content('gen'), '\n', o(L('Signature :', 'Signature:')), ' ', P(g.ocr_name(p.full)), '   ', g.date(), '\n')
    return d


def fam_labels(g):
    d = Doc()
    L = g.L
    d(L('Étiquettes d\'envoi — envoi recommandé du ', 'Mailing labels — registered mail of '), g.date(), '\n', L('Expéditeur : ', 'Sender: '), g.org(g.ch('gov', 'justice', 'city', 'school', 'law')), '\n\n')
    for i in range(g.rows(4, 6, 15)):
        p = g.person()
        h = g.home(p)
        caps = g.p(0.6)
        t = g.title(p)
        d('-' * 32, '\n')
        if caps:
            d(t.upper().rstrip('.') + ' ' if g.p(0.7) else '', P(p.full.upper()), '\n', X('ADDRESS', h['addr'].upper()), '\n', h['city'].upper(), ' QC  ',
              X('POSTAL_CODE', h['pc'].upper()), '\n')
        else:
            d(t, ' ', P(p.full), '\n', X('ADDRESS', h['addr']), '\n', h['city'], ' ', h['prov'], '  ', X('POSTAL_CODE', h['pc']), '\n')
        if g.p(0.25):
            d(L('a/s ', 'c/o '), g.nm(g.person(), 'caps' if caps else 'full'), '\n')
    d('-' * 32, '\n', g.content('gen'), '\n')
    return d


def fam_email_chain(g):
    d = Doc()
    L = g.L
    a, b, c = g.person(), g.person(), g.person()
    dom = g.pick(ORG_DOMAINS)
    subj = g.ch(L('Suivi du dossier', 'File follow-up'), L('Rencontre de jeudi', 'Thursday meeting'), L('Documents manquants', 'Missing documents'))
    client = g.person()
    d(L('De : ', 'From: '), P(a.full), ' <', g.staff_email(a, dom), '>\n', L('Envoyé : ', 'Sent: '), g.date(), ' ', g.time(), '\n',
      L('À : ', 'To: '), P(b.full), ' <', g.staff_email(b, dom), '>\n', 'Cc: ', P(c.full), ' <', g.staff_email(c, dom), '>\n',
      L('Objet : RE: ', 'Subject: RE: '), subj, '\n\n')
    d(L('Bonjour ', 'Hi '), g.nm(b, 'given'), ',\n\n', L('J\'ai parlé à ', 'I spoke with '), g.nm(client, 'tfull'), L(' (DDN ', ' (DOB '), g.dob(client),
      L(') ce matin. Son nouveau numéro est le ', ') this morning. The new number is '), g.ph(ext=False), '. ', g.content('gen'), '\n\n')
    d(g.sig(a, g.ch('social', 'admin', 'agent'), phone=True, email=False), '\n')
    d('> ', L('Le ', 'On '), g.date(), ', ', P(b.full), ' <', g.staff_email(b, dom), L('> a écrit :', '> wrote:'), '\n')
    d('> ', L('Peux-tu vérifier l\'adresse? J\'ai ', 'Can you check the address? I have '), g.addr(client, 'one'), '.\n')
    d('> ', g.content('gen'), '\n>\n>> ', L('Le ', 'On '), g.date(), ', ', P(c.full), L(' a écrit :', ' wrote:'), '\n>> ', g.content('gen'), ' ', g.word(), '\n\n')
    d('---- ', L('Réponse automatique', 'Automatic reply'), ' ----\n')
    back = g.person()
    d(L('Je suis absent' + ('e' if b.fem() else '') + ' du bureau jusqu\'au ', 'I am out of the office until '), g.date(g.when(0, 20), L('long', 'longen')),
      L('. Pour toute urgence, communiquez avec ', '. For urgent matters, please contact '), g.nm(back, 'full'), L(' au ', ' at '), g.ph(ext=True), L(' ou à ', ' or '),
      g.staff_email(back, dom), '.\n', P(b.full), '\n')
    return d


def fam_ical(g):
    d = Doc()
    L = g.L
    org_ = g.person()
    dom = g.pick(ORG_DOMAINS)
    d('BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nMETHOD:REQUEST\n')
    for _ in range(g.rows(1, 2, 5)):
        u = g.person()
        t = g.when(0, 60)
        d('BEGIN:VEVENT\nUID:', g.digits(12), '@', dom, '\n')
        d('SUMMARY:', L('Rencontre de suivi — ', 'Follow-up meeting — '), g.nm(u, g.ch('full', 'SUR, G')), '\n')
        t0 = datetime(t.year, t.month, t.day, g.n(8, 16), g.ch(0, 15, 30, 45))
        t1 = t0 + timedelta(minutes=g.ch(30, 45, 60, 90))
        d('DTSTART;TZID=America/Montreal:', D('DATE', t0.strftime('%Y%m%dT%H%M%S')), '\n')
        d('DTEND;TZID=America/Montreal:', D('DATE', t1.strftime('%Y%m%dT%H%M%S')), '\n')
        d('ORGANIZER;CN=', P(org_.full), ':mailto:', g.staff_email(org_, dom), '\n')
        for _ in range(g.n(1, 3)):
            at = g.person()
            d('ATTENDEE;CN=', P(at.full), ';ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:',
              g.staff_email(at, dom) if g.p(0.6) else g.email(at), '\n')
        d('LOCATION:', g.org(g.ch('health', 'social', 'civic', 'justice')), L(', salle ', ', room '), str(g.n(100, 450)), '\n')
        d('DESCRIPTION:', L('Usager : ', 'Client: '), g.nm(u, 'full'), ' (', L('DDN ', 'DOB '), g.dob(u, 'iso'), ')\\n', L('Joindre au ', 'Reach at '),
          g.ph(ext=False), '\\n', g.content('gen'), '\n')
        d('END:VEVENT\n')
    d('END:VCALENDAR\n')
    return d


def fam_probation(g):
    d = Doc()
    L = g.L
    p = g.person(age=(18, 60))
    ag = g.person()
    d(D('ORG', L('Services correctionnels du Québec', 'Correctional Service Canada')), ' — ', L('Notes d\'évolution — suivi dans la communauté', 'Case notes — community supervision'), '\n')
    d(L('Contrevenant : ', 'Offender: '), g.nm(p, 'SUR, G'), L('   DDN : ', '   DOB: '), g.dob(p), L('   Dossier : ', '   File: '), g.fileno('court'), '\n')
    d(L('Ordonnance : ', 'Order: '), g.law(), L(' — en vigueur jusqu\'en ', ' — in force until '), g.month(), ' ', D('YEAR', str(g.today.year + g.n(1, 3))), '\n\n')
    victim = g.person()
    for i, dt in enumerate(g.dates(g.rows(2, 3, 8), 200)):
        d(g.date(dt, L('long', 'longen')), ' ', g.time(), ' — ')
        x = g.r.randrange(4) if i else 0
        if x == 0:
            s = g.relative(p, sex='f')
            d(g.nm(p, 'given'), L(' se présente à l\'heure. ' + ('Elle' if p.fem() else 'Il') + ' habite maintenant chez sa sœur, ', ' reports on time. Now living with sister '), g.nm(s, 'full'),
              L(', au ', ' at '), g.addr(s, 'one'), ' (', g.ph(ext=False), '). ', g.content('justice'), '\n')
        elif x == 1:
            boss = g.person()
            d(L('Vérification d\'emploi auprès de ', 'Employment verified with '), g.nm(boss, 'tfull'), ', ', g.org('company'), ', ', g.ph(ext=True), '. ', g.content('justice'), '\n')
        elif x == 2:
            d(L('Rappel de la condition de ne pas communiquer avec ', 'Reminded of the no-contact condition regarding '), g.nm(victim, 'full'),
              L(' ni de se trouver sur ', ' and not to be on '), g.street(), '. ', g.content('justice'), '\n')
        else:
            pl, prov = g.plate('QC')
            d(L('Déclare un nouveau véhicule, plaque ', 'Declares a new vehicle, plate '), pl, L('; permis ', '; licence '), g.dl(p), '. ', g.content('justice'), '\n')
    d('\n— ', g.nm(ag, 'full'), ', ', g.role('probation', ag), ', ', g.ph(ext=True), '\n')
    return d


def fam_docket(g):
    d = Doc()
    L = g.L
    judge = g.person(age=(45, 70))
    clerk = g.person()
    d(D('ORG', L('COUR DU QUÉBEC', 'COURT OF QUÉBEC')), ' — ', L('Chambre civile', 'Civil Division'), '\n', L('RÔLE D\'AUDIENCE DU ', 'HEARING ROLL FOR '),
      g.date(g.when(0, 30), L('long', 'longen')), ' — ', L('Salle ', 'Room '), str(g.n(1, 30)), '.', str(g.n(1, 9)), ' — ', g.time(), '\n')
    d(L('Juge : l\'honorable ', 'Judge: the Honourable '), P(judge.full), '\n', L('Greffi' + ('ère' if clerk.fem() else 'er') + ' : ', 'Clerk: '), P(clerk.full), '\n\n')
    for i in range(g.rows(4, 6, 15)):
        a = g.person()
        d(str(i + 1), '. ', g.fileno('court'), '  ')
        if g.p(0.3):
            d(g.org(g.ch('company', 'law', 'clinic')), ' c. ' if g.lang == 'fr' else ' v. ', g.nm(a, 'SUR, G'))
        else:
            b = g.person()
            d(g.nm(a, g.ch('SUR, G', 'caps')), ' c. ' if g.lang == 'fr' else ' v. ', g.nm(b, g.ch('SUR, G', 'caps')))
        l1, l2 = g.person(), g.person()
        d('\n    Me ' if g.lang == 'fr' else '\n    Counsel: ', P(l1.full), ' / ', 'Me ' if g.lang == 'fr' else '', P(l2.full), '\n    ',
          L('Objet : ', 'Subject: '), g.ch(L('réclamation de ', 'claim of '), L('recouvrement de ', 'recovery of ')), g.amount(1000, 70000), ' — ',
          g.ch(L('remis', 'postponed'), L('procède', 'proceeds'), L('règlement hors cour', 'settled'), L('pris en délibéré', 'under advisement')), '\n')
    d('\n', g.content('justice', 2), '\n')
    if g.p(0.4):
        d(g.word(), '\n')
    return d


# ---------------------------------------------------------------------------
# Family written in English only.

def fam_customs(g):
    d = Doc()
    p = g.person(age=(20, 80))
    off = g.person()
    c, (a, pc, city, tail) = g.foreign_addr('US')
    d(D('ORG', 'Canada Border Services Agency'), ' — Notice of Ascertained Forfeiture\nPort of entry: ', D('PLACE', g.ch('Lacolle', 'Stanstead', 'Philipsburg', 'Armstrong', 'Saint-Bernard-de-Lacolle')),
      '   Seizure no. ', g.fileno('case'), '\n\n')
    d('Traveller: ', g.nm(p, 'SUR, G'), '\nDate of birth: ', g.dob(p), '\nPassport: ', g.passport(g.ch('CA', 'US')), '\n')
    if g.p(0.5):
        d('Address: ', g.addr(p, 'one'), '\n')
    else:
        d('Address: ', g.foreign_addr_frag('US'), '\n')
    pl, prov = g.plate(g.ch('QC', 'US', 'ON'))
    d('Vehicle: ', g.ch('2019 Honda CR-V', '2016 Ford F-150', '2021 Toyota RAV4', '2014 Subaru Outback'), ', plate ', pl, ' (', prov, ')\n')
    d('Phone: ', g.ph(ext=False) if g.p(0.6) else g.intl_phone('+1'), '   ', g.id_piece(p), '\n\n')
    d('On ', g.date(), ' at ', g.time(), ', the traveller declared goods valued at ', g.amount(50, 900), '. Undeclared goods valued at ', g.amount(400, 6000),
      ' were found in the trunk. ', g.content('immig'), ' Penalty assessed under ', g.law(), ': ', g.amount(100, 3000), '.\n\n')
    if g.p(0.6):
        co = g.person()
        d('Passenger: ', g.nm(co, 'full'), ', born ', g.dob(co), ', passport ', g.passport('CA'), '.\n')
    if g.long:
        d(g.followups('immig', p))
    d('Payment received by card ', g.card() if g.p(0.5) else g.masked_card(), '.\n', g.content('gen'), '\n\nBorder services officer ', P(off.full), ', badge ',
      D('FILENO', str(g.n(10000, 99999))), '\nEnquiries: ', g.tollfree(), '\n')
    return d


FAMILIES = [
    ('fr-hlm-attente', 'fr', fam_hlm), ('fr-aide-juridique', 'fr', fam_aide_juridique), ('fr-famille-accueil', 'fr', fam_famille_accueil),
    ('fr-sommaire-hospit', 'fr', fam_sommaire), ('fr-derogation-mineure', 'fr', fam_derogation), ('fr-genealogie', 'fr', fam_genealogie),
    ('fr-cimetiere-registre', 'fr', fam_cimetiere), ('fr-mariage-registre', 'fr', fam_mariage), ('fr-md-suivi', 'fr', fam_md_suivi),
    ('fr-manuscrit', 'fr', fam_manuscrit), ('fr-telecopie', 'fr', fam_fax), ('fr-cpe-incident', 'fr', fam_cpe),
    ('fr-immigration-csq', 'fr', fam_immigration), ('fr-assurance-beneficiaires', 'fr', fam_assurance), ('fr-adoption', 'fr', fam_adoption),
    ('fr-bilingue-fiche', 'fr', fam_bilingue), ('fr-jures', 'fr', fam_jures),
    ('fr-protecteur-plainte', 'fr', fam_ombudsman), ('fr-cnesst-avis', 'fr', fam_work_accident), ('fr-saaq-recit', 'fr', fam_saaq),
    ('fr-cad-911', 'fr', fam_cad), ('fr-pharmacie-renouv', 'fr', fam_pharmacy), ('fr-soap-psy', 'fr', fam_soap),
    ('fr-interprete', 'fr', fam_interpreter), ('fr-sms-locataire', 'fr', fam_sms), ('fr-marketplace', 'fr', fam_marketplace),
    ('fr-periode-questions', 'fr', fam_question_period), ('fr-acces-info', 'fr', fam_atip), ('fr-hydro-litige', 'fr', fam_hydro),
    ('fr-billet-ti', 'fr', fam_helpdesk), ('fr-git-log', 'fr', fam_git), ('fr-csv-inscriptions', 'fr', fam_csv), ('fr-xml', 'fr', fam_xml),
    ('fr-journal-kv', 'fr', fam_kv), ('fr-ocr-formulaire', 'fr', fam_ocr_form), ('fr-etiquettes', 'fr', fam_labels),
    ('fr-courriel-absence', 'fr', fam_email_chain), ('fr-ical', 'fr', fam_ical), ('fr-probation', 'fr', fam_probation),
    ('fr-role-audience', 'fr', fam_docket),
    ('en-ombudsman', 'en', fam_ombudsman), ('en-work-accident', 'en', fam_work_accident), ('en-saaq-claim', 'en', fam_saaq),
    ('en-cad-911', 'en', fam_cad), ('en-pharmacy-refill', 'en', fam_pharmacy), ('en-soap', 'en', fam_soap),
    ('en-interpreter', 'en', fam_interpreter), ('en-tenant-sms', 'en', fam_sms), ('en-marketplace', 'en', fam_marketplace),
    ('en-question-period', 'en', fam_question_period), ('en-atip', 'en', fam_atip), ('en-hydro-dispute', 'en', fam_hydro),
    ('en-helpdesk', 'en', fam_helpdesk), ('en-git-log', 'en', fam_git), ('en-csv-registration', 'en', fam_csv), ('en-xml', 'en', fam_xml),
    ('en-kv-log', 'en', fam_kv), ('en-ocr-form', 'en', fam_ocr_form), ('en-mailing-labels', 'en', fam_labels),
    ('en-email-ooo', 'en', fam_email_chain), ('en-ical', 'en', fam_ical), ('en-probation', 'en', fam_probation),
    ('en-docket', 'en', fam_docket), ('en-customs', 'en', fam_customs),
]
PII_TYPES = {'PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'POSTAL_CODE', 'DOB', 'NAS', 'RAMQ', 'DRIVER_LICENCE', 'PASSPORT',
             'BANK_ACCOUNT', 'CREDIT_CARD', 'PLATE'}
DECOY_TYPES = {'ORG', 'PLACE', 'STREET', 'LAW', 'FILENO', 'TOLLFREE', 'DATE', 'MONTH', 'YEAR', 'AMOUNT', 'TIME', 'WORD'}


# ---------------------------------------------------------------------------
# Driver.

def family_order(half, seed):
    order = list(FAMILIES)
    random.Random('indep18-order|%s|%s' % (half, seed)).shuffle(order)
    return order


def make_doc(half, seed, i, order=None):
    order = order or family_order(half, seed)
    name, lang, fn = order[i % len(order)]
    rng = random.Random('indep18|%s|%s|%d' % (half, seed, i))
    g = G(half, lang, rng)
    text, spans = fn(g).build()
    return {'id': 'indep18-%s-%s-%04d' % (half, seed, i), 'lang': lang, 'family': name, 'text': text, 'spans': spans}


def generate(half, count, seed, out):
    order = family_order(half, seed)
    for i in range(count):
        out.write(json.dumps(make_doc(half, seed, i, order), ensure_ascii=False) + '\n')


# ---------------------------------------------------------------------------
# Self-test.

def span_problems(doc):
    """Byte offsets on UTF-8 boundaries, inside the text, no overlap, sane text."""
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
        if (kind, typ in PII_TYPES) != ('pii', True) and (kind, typ in DECOY_TYPES) != ('decoy', True) and (kind, typ) != ('content', 'CONTENT'):
            probs.append(('type', s))
        if typ == 'PERSON' and (seg[0] in ',;:(' or seg[-1] in ',;:)'):
            probs.append(('person-punct', seg))
        if typ == 'CREDIT_CARD' and not luhn_ok(seg):
            probs.append(('luhn', seg))
        if typ == 'NAS' and re.fullmatch(r'[\d .-]+', seg) and (len(re.sub(r'\D', '', seg)) != 9 or not luhn_ok(seg)):
            probs.append(('nas', seg))
    return probs


def person_tokens(doc):
    b = doc['text'].encode('utf-8')
    for s in doc['spans']:
        if s['type'] == 'PERSON':
            seg = b[s['start']:s['end']].decode('utf-8')
            for t in name_tokens(seg):
                yield t, seg


def half_clashes(docs, half):
    other = HALF_TOKENS['H' if half == 'W' else 'W']
    return [(t, seg) for doc in docs for t, seg in person_tokens(doc) if t in other]


def earlier_surnames(root):
    """Surname tokens of indep13..17 (parsed from their NAMES text, nothing run)."""
    sur, given, found = set(), set(), []
    for n in range(13, 18):
        path = os.path.join(root, 'freetext-indep%d.py' % n)
        if not os.path.exists(path):
            continue
        try:
            tree = ast.parse(open(path, encoding='utf-8').read())
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == 'NAMES' for t in node.targets):
                try:
                    names = ast.literal_eval(node.value)
                except ValueError:
                    continue
                found.append(n)
                stack = [('', names)]
                while stack:
                    pre, dct = stack.pop()
                    for k, v in dct.items():
                        key = (pre + ' ' + k).strip()
                        if isinstance(v, dict):
                            stack.append((key, v))
                            continue
                        role = re.split(r'[ /:]', key)[-1]
                        toks = name_tokens(v)
                        (sur if role in ('s', 'w', 'de', 'al', 'sm', 'van') else given).update(toks)
    return sur, given, found


def selftest():
    ok = True

    def check(cond, msg):
        nonlocal ok
        print(('ok   ' if cond else 'FAIL ') + msg)
        ok = ok and cond

    n_parts = sum(len(v) for v in POOLS.values())
    n_sur = sum(len(v) for k, v in POOLS.items() if k.endswith(':s'))
    check(n_parts >= 4000, 'name parts: %d (%d given, %d surnames, %d invented = %.0f%% of surnames), %d origins'
          % (n_parts, n_parts - n_sur, n_sur, len(INVENTED), 100.0 * len(INVENTED) / n_sur, len(ORIGINS)))
    check(len(ORIGINS) >= 30, 'origins >= 30')
    for h in 'WH':
        empty = [k for k in sorted(POOLS) if POOLS[k] and not HALVES[h][k]]
        print('     half %s: %d name tokens; empty pools: %s' % (h, len(HALF_TOKENS[h]), ', '.join(empty) or 'none'))
    check(not (HALF_TOKENS['W'] & HALF_TOKENS['H']), 'halves share no name token')
    check(len(FAMILIES) >= 50, 'families: %d (%d French)' % (len(FAMILIES), sum(1 for f in FAMILIES if f[1] == 'fr')))

    docs = {h: [make_doc(h, 18 if h == 'W' else 81, i) for i in range(300)] for h in 'WH'}
    again = [make_doc('W', 18, i) for i in range(25)]
    check(again == docs['W'][:25], 'deterministic output')
    probs = [(d_['id'], p) for h in 'WH' for d_ in docs[h] for p in span_problems(d_)]
    check(not probs, 'span validity (UTF-8 boundaries, no overlap, types): %d problems %s' % (len(probs), probs[:5]))
    for h in 'WH':
        fr = sum(1 for d_ in docs[h] if d_['lang'] == 'fr') / len(docs[h])
        check(fr >= 0.6, 'half %s French share %.1f%%' % (h, 100 * fr))
        nocontent = [d_['id'] for d_ in docs[h] if not any(s['kind'] == 'content' for s in d_['spans'])]
        check(not nocontent, 'half %s: every document has content (%d without)' % (h, len(nocontent)))
        npii = sum(1 for d_ in docs[h] for s in d_['spans'] if s['kind'] == 'pii') / len(docs[h])
        size = sum(len(d_['text'].encode()) for d_ in docs[h]) / len(docs[h])
        big = sum(1 for d_ in docs[h] if len(d_['text'].encode()) >= 2048)
        check(12 <= npii <= 30, 'half %s: %.1f PII spans per document, mean %.0f bytes, %d documents >= 2 KB' % (h, npii, size, big))
        fams = {d_['family'] for d_ in docs[h]}
        check(len(fams) == len(FAMILIES), 'half %s: all %d families produced' % (h, len(fams)))
        cl = half_clashes(docs[h], h)
        check(not cl, 'half %s: PERSON tokens that are names of the other half: %d %s' % (h, len(cl), cl[:5]))
        words = [d_['text'].encode()[s['start']:s['end']].decode() for d_ in docs[h] for s in d_['spans'] if s['type'] == 'WORD']
        bad = [w for w in words if not any(t in ALL_NAME_TOKENS for t in name_tokens(w))]
        check(words and not bad, 'half %s: %d WORD decoys, all name parts (%s)' % (h, len(words), bad[:3]))
        wnames = sum(1 for d_ in docs[h] for t, seg in person_tokens(d_) if t in {fold(w) for w in WORD_NAMES})
        print('     half %s: %d PERSON tokens that are also ordinary words' % (h, wnames))

    # The clash check must catch a planted name of the other half.
    doc = dict(docs['W'][0])
    other = sorted(HALF_TOKENS['H'])[len(HALF_TOKENS['H']) // 2]
    planted = doc['text'] + ' Voir ' + other.capitalize() + '.'
    st = len((doc['text'] + ' Voir ').encode())
    doc = {'text': planted, 'spans': doc['spans'] + [{'start': st, 'end': st + len(other.capitalize().encode()), 'kind': 'pii', 'type': 'PERSON'}]}
    check(len(half_clashes([doc], 'W')) == 1, 'planted overlap (%s) is detected' % other.capitalize())

    bad = []
    for lang in CONTENT:
        for lst in CONTENT[lang].values():
            for s in lst:
                for w in re.findall(r"[^\W\d_]+", s):
                    if w[0].isupper() and fold(w) in ALL_NAME_TOKENS:
                        bad.append((w, s))
                if re.search(r'\d{3}', s):
                    bad.append(('digits', s))
    check(not bad, 'content sentences hold no capitalised name and no digits: %s' % bad[:3])

    root = os.path.dirname(os.path.abspath(__file__))
    sur, given, found = earlier_surnames(root)
    if found:
        mine_s = set()
        for k, v in POOLS.items():
            if k.endswith(':s'):
                for e in v:
                    mine_s.update(name_tokens(e))
        mine_g = set(ALL_NAME_TOKENS) - mine_s
        ov = sorted(mine_s & sur)
        check(not ov, 'surnames shared with indep%s: %d %s' % (','.join(map(str, found)), len(ov), ov[:10]))
        print('     (given-name tokens shared with their given names: %d; with their surnames: %d)'
              % (len(mine_g & given), len(mine_g & sur)))
    else:
        print('     indep13..17 not found next to this file: surname overlap not measured')
    print('SELFTEST ' + ('PASSED' if ok else 'FAILED'))
    return ok


def main():
    if len(sys.argv) == 2 and sys.argv[1] == '--selftest':
        sys.exit(0 if selftest() else 1)
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.stderr.write(__doc__.split('\n\n')[1] + '\n')
        sys.exit(2)
    generate(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.stdout)


if __name__ == '__main__':
    main()
