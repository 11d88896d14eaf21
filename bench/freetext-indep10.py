#!/usr/bin/env python3
"""freetext-indep10.py — a tenth, independently written generator of labelled
free-text documents from the offices of Québec public bodies (case notes,
progress notes, e-mail threads, call and voicemail transcripts, chat logs,
minutes, complaints, incident and police reports, HR notes, hearing
summaries, access-request registers, CSV/TSV exports, key:value records,
name lists, hand-filled and OCR'd forms, letters ...).  About 60 % French
and 40 % English.  Format read by bench/freetext-score.py.

Usage: freetext-indep10.py W|H COUNT SEED > docs.jsonl

One JSON object per line: id ("indep10-W-SEED-0000"), lang, family, text,
spans.  Span offsets are UTF-8 byte offsets into text; kind is 'pii' (type
PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ, DRIVER_LICENCE,
PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE), 'decoy' (must be kept: ORG,
PLACE, STREET, LAW, FILENO, TOLLFREE, DATE, MONTH, YEAR, AMOUNT, TIME, WORD
...) or 'content' (type CONTENT: ordinary words that should be kept).

Conventions: a courtesy or professional title (M., Mme, Me, Dr, Mr.,
l'agent, sergent ...) is outside the PERSON span, as are a possessive 's and
an elided d'/l'; initials with a surname ("J.-P. Roy") make one span; an
address span runs from the civic number to the street (with the unit when
it precedes the city) and ends before the city, which is left unlabelled;
the postal code is its own span; a phone extension is outside the PHONE
span; bank details written as labelled pieces give one span per piece
(transit, account), one span when written as a single group.

Every pool (names of every origin, streets, cities, organisations, laws,
e-mail domains, sentences) was written for this generator and is split into
two disjoint halves W and H by a stable hash; mode W draws only from W
halves, mode H only from H halves.  Name parts are linked (a compound such as
"Marie-Odile" falls where "Marie" and "Odile" fall), so no name part is
shared between the halves.  Python 3 standard library only; the output
depends only on the arguments.  `--selftest` checks every span of a few
hundred documents in both modes."""
import sys, json, random, hashlib, unicodedata, re, datetime


def _l(s):
    return [w.replace('_', ' ') for w in s.split()]


def _h(tag, s):
    return int(hashlib.md5((tag + '\x00' + s).encode('utf-8')).hexdigest()[:8], 16)


def fold(s):
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('ø', 'o').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# ============================================================== name pools
# origin -> (female given names, male given names, surnames).  Multi-word
# entries use '_' for the space.  Syllabic given names of Korean and
# Cantonese origin ("Seul-gi", "Wing-Kei") are one name part each.
NAMES = {
 'qc': (
  _l("""Alexie Anaïs Azilda Béatrix Doris Elyane Exilda Francyne Gaëtane Ginnette Guylène Hermine Kathy Kellyane Kristel Lisette
  Louisette Léontine Mariane Marika Maélane Maélie Monic Natacha Nathaly Nathalène Ninon Normande Pascale Paulette Renée Solène
  Suzelle Sylvianne Tania Véronica Édithe Élisabeth Adélia Alexanne Alycia Anabelle Andréanne Angélina Anita Annabelle Annette
  Aurélia Cassandre Clarina Claudie Corinne Cédulie Célina Donalda Dorila Dorothée Eliza Ernestine Eulalie Euphémie Exérine
  Fleurange Florentine Frédérika Georgette Gertrude Ghyslaine Hermance Herméline Honorine Héléna Isaure Joanie Jolianne Josephte
  Justina Karelle Kariane Kellyanne Laurentine Lauriane Lorette Lorianne Lumina Léda Léocadie Léona Malvina Mariepier Mariette
  Mariève Maryanne Marylou Maélya Maïly Naélie Noëlie Noëlline Obéline Odile Orise Parmélie Perpétue Philippine Priscille
  Pâquerette Pétronille Romane Rosaline Rosanna Rosilda Réjane Sophronie Séraphine Thaïs Valentine Valéry Vicky Victorine
  Vitaline Vénérande Wilhelmine Yvonne Zéphirine Élianne Élmire Élyane Émérentienne Marie Josée Sylvie Chantal Geneviève
  Marie-Odile Marie-Léda Marie-Lumina Marie-Josephte Rose Aurore Reine Blanche"""),
  _l("""Aurélien Clovis Cédric Edmour Elzéar Eugène Florian Fulgence Gino Gonzague Gratien Hector Ignace Joachim Jordan Josaphat
  Kaven Lauréat Mathias Maxim Mikaël Onésime Philibert Placide Sévère Théophile Valmore Zénon Adhémar Albini Aldéric Alexy
  Alphée Armandin Aurélius Avila Azarie Barthélemy Bénoni Cajetan Cyrias Cédrick Césaire Damase Danick Danyck Delphis Dereck
  Didace Dominick Dosithée Edgar Edmond Eliott Euclide Eudore Francky Frédérick Gaspard Gélase Hermas Hormidas Héliodore Isaïe
  Jayden Joffre Jordy Jovite Kaïden Kevyn Liguori Loik Loris Louka Léonce Léonidas Magella Majorique Marcellin Mathys Maurille
  Maxym Maël Mickaël Médard Norbert Nérée Odilon Oliva Oscar Paulin Philéas Polydore Reynald Rhéal Ricky Rémy Rénald Stéphan
  Tancrède Théodule Trefflé Ubald Vianney Yoan Yohan Yvan Zéphyr Éliot Éloan Émery Éphrem Érick Évangéliste Jean Luc Martin
  Jean-Norbert Jean-Édmond Marc-Aurélien Jean-Rhéal"""),
  _l("""Authier Baillargeon Beauchesne Beausejour Bernatchez Boudreault Boulay Bouthillier Boutin Brière Cantin Carbonneau Cauchon
  Chaput Clavet Coderre Courtois Desilets Desormeaux Despatie Desroches Dessureault Dugas Dumais Duquette Fillion Francoeur
  Gaudet Gaulin Guérard Hogue Hudon Hurtubise Joncas Lacharité Ladéroute Lagueux Lahaie Landriault Langevin Lareau Larivée
  Larochelle Latreille Lauzon Lavigueur Lebeuf Legris Lehoux Lepitre Letendre Levasseur Loiselle Maheux Mailloux Mainville
  Mallette Marcotte Marineau Marquis Milot Moisan Mongrain Morneau Méthot Noiseux Nolet Ostiguy Paquin Pinsonneault Plante
  Poissant Poudrier Poupart Quenneville Ratté Richer Riopelle Rochette Rouillard Routhier Sanschagrin Sarault Sauriol
  Senneville Soucy Surprenant Sénéchal Tessier Thiffault Touchette Vadeboncoeur Vincelette Vézeau Achim Alarie Amyot Angers
  Arseneau Aubut Bachand Baribeau Barrette Beaucage Beaumier Beauparlant Bellehumeur Bernèche Besner Bibeau Bigras Binette
  Bisaillon Blanchet Bleau Blondin Boily Boisjoli Boissé Boisvenue Bonin Bordage Borduas Bouchereau Bouchette Boudrias
  Bourbonnais Bourdages Boutet Brazeau Brisson Brosseau Busque Bussière Bélair Bélec Bérard Cabana Cadorette Cadotte Caissie
  Campagna Carignan Catellier Caya Chalut Chamard Champigny Chaperon Chartier Chevarie Chicoine Chrétien Clairoux Cléroux
  Corbin Cordeau Cotnoir Courcy Crépeau Crête Cuerrier Daneault Danis Darveau Daviault Deblois Deguire Denoncourt Desbois
  Deschesnes Desfossés Desjarlais Desnoyers Desruisseaux Deveault Dextraze Dicaire Dorais Dostaler Dubord Ducept Dufort Dugré
  Duhamel Dulude Dupras Duranceau Dusablon Dénommée Déraspe Fauteux Filiatrault Forget Foucault Fradette Frigon Fugère Gaboury
  Galipeau Garand Gaudreau Gaumond Genest Gladu Gobeil Godbout Grandmaison Grignon Guilbert Guillemette Guindon Guénette
  Harnois Hince Hotte Huard Héneault Jeanson Jomphe Labine Labossière Labrosse Lacelle Lachaine Lachambre Lafaille Laforce
  Laganière Lagrange Laguë Lamirande Lanoix Lanouette Laperrière Laprise Laramée Larin Larue Latraverse Laurion Lauzé Lavertu
  Lecours Lefort Lemonde Letellier Longpré Lupien Mador Magnan Maillé Mainguy Malo Marcille Marois Marsolais Mercille Mignault
  Miville Monast Mondor Monfette Mongeon Morasse Mousseau Myre Nobert Ouellon Ouimette Paillé Parizeau Patry Paulhus Payette
  Perras Perrier Petitclerc Pitre Poitevin Pothier Péloquin Pérusse Quirion Raby Racette Rajotte Ravary Rinfret Rivet Roberge
  Rompré Rousselle Rémillard Sasseville Savaria Simonneau Sincennes Sirard Thibert Thouin Tourigny Toutant Trahan Turenne
  Valois Veillet Vigeant Viger Vigneau Vinet Yelle Leblanc Boulanger Lapointe Marchand Lamontagne Lebrun Meunier Poisson
  Fontaine Charpentier Lafleur Larose Pigeon Leboeuf Gentil Latendresse Tremblay Gagnon Roy Côté Bouchard Morin Lavoie
  Fortin Ouellet""")),
 'en': (
  _l("""Annalise Ashlyn Assumpta Beryl Beverley Brianna Bronwen Brynn Callie Carys Ceridwen Clementine Cordelia Darlene Delaney
  Delyth Drusilla Dymphna Edna Eluned Ethel Ethna Euphemia Glenys Hilda Iona Jemima Jodie Kaitlyn Kayleigh Keeley Kendra
  Keziah Kimberley Krista Lacey Lavinia Letitia Lettie Loretta Mallory Marley Muriel Myfanwy Myrtle Nessa Nia Noreen Opal
  Ottilie Peig Perpetua Philomena Reese Rhonda Rosamund Sheryl Sloane Sybil Tamara Tatum Teagan Tracey Trista Trudy Ursula
  Velma Whitney Wilhelmina Wilma Zara Hope Faith Joy Dawn April June Ivy Pearl Violet"""),
  _l("""Alden Aloysius Aneurin Anson Barrington Bartholomew Brantley Bryce Bryn Chester Cillian Clement Clyde Colton Conall
  Cornelius Dafydd Dougal Easton Emrys Euan Fergal Fiachra Floyd Gavin Gethin Glyn Grady Grover Harlan Holden Homer Idris Ifan
  Innes Irving Jensen Jethro Kellan Killian Landon Lowell Luther Maddox Milton Nash Ogden Owain Paxton Quentin Rhett Rhys
  Ruaridh Rufus Ryker Sawyer Shay Sheldon Sherman Tanner Tegid Thurston Torcuil Tucker Virgil Waldo Weston Wilder Winston
  Wynford Hunter Mason"""),
  _l("""Aldridge Ashby Ashcroft Atherton Bagley Bannerman Barlow Beattie Blenkinsop Blythe Braithwaite Calderwood Chadwick
  Cheshire Costigan Crawford Crichton Dalrymple Davenport Dewhurst Doherty Duckworth Dunlop Eastwood Ellsworth Entwistle
  Featherstone Forsyth Fothergill Gilchrist Goodwin Gorman Gunn Guthrie Halliday Hathaway Haverford Hegarty Heseltine
  Higginbotham Illingworth Ingram Kenworthy Laird Lamont Lenihan Loughlin Lumsden MacAllister MacCallum MacFarlane
  MacGillivray MacInnes MacPhail MacQuarrie Mahoney McAlpine McCutcheon McGillis McKeown McLachlan Meagher Menzies
  Micklethwaite Moncrieff Montgomery Mulligan Murtagh Naughton Nesbitt Nuttall Oddie Ormerod Pattinson Pennington Phelan
  Postlethwaite Prendergast Rawlinson Sangster Scanlan Sowerby Stirling Thistlethwaite Thornton Tolliver Twomey Wainwright
  Whittaker Winthrop Yardley King Page Fox Bird Young Cook Baker Little Savage Stone Wood Hill Moody Sharp""")),
 'ht': (
  _l("""Anouse Berthonie Cléane Dieunise Enide Fedna Fritzna Judeline Loudes Louna Lunie Mislaine Mytho Osanne Poupette Rachèle
  Roselaure Saintanise Sonide Widelande Wilna Yanick Yolène Yvenie Yvrose Élvire Nadège Guerline"""),
  _l("""Bernadin Duckens Dukens Elmyr Ezéchiel Gardy Herns Jeff Kesner Luckner Lucson Nixon Obed Sadrac Schiller Théodat Ulrick
  Weslin Wilkens Wisner Woodly Yolin Youvens Frantz Wesner"""),
  _l("""Clerveaux Cénat Daméus Dolcé Dorcéus Dossous Ducheine Dumerjean Duverseau Duvivier Exilus Fleurissaint Févry Genty
  Honorat Jacquet Lafrance Laleau Laurore Lindor Lorméus Marcellus Mentor Milfort Mézilas Obas Octavius Philogène Pierrilus
  Polycarpe Polynice Pétion Ravix Sincère Timothée Valbrun Vertilus Voltaire Wilfort Zamor Élisma Joseph Saint-Fleur
  Jean-Baptiste""")),
 'ar': (
  _l("""Aïcha Basma Chaïmae Djamila Fatiha Ghalia Hajar Houria Kahina Lobna Lubna Lydia Lynda Majda Malha Mouna Nabila Nacéra
  Najat Nezha Noura Ouarda Ourida Rachida Ruba Sabah Safia Saïda Suha Taous Thiziri Touria Wafae Wiem Yosra Yousra Zahia Zakia
  Zohra Fatima Amina"""),
  _l("""Abdelhak Abdellatif Abdelmalek Abderrahim Adil Ahcène Ahmad Amjad Arezki Aymen Boualem Djamel Fethi Firas Hani Hatem
  Hocine Lyes Madjid Majed Messaoud Mokrane Mouloud Nizar Rabah Rafik Rayan Slim Smaïl Sofiene Wael Yazan Mohamed Karim"""),
  _l("""Abdelnour Amellal Amrouche Aouchiche Ayari Baccouche Barakat Bencheikh Benkirane Benslimane Bouazizi Bouzidi Chaabane
  Chibani Dridi Fourati Haddouche Hamadache Hamidi Hammami Hijazi Jlassi Kaci Karoui El_Khatib Lazrak Lounis Mammeri Moawad
  Ouchène Qasim Rahal Rezgui Sefrioui Sfaxi Shaheen Souissi Sqalli Taleb Zidane Zniber Zoghbi Zouari Haddad""")),
 'vn': (
  _l("Cúc Hoài Sương Thơ Thắm Trâm Đào Tuyền Thoa Lụa Nụ Thảo Ngọc"),
  _l("Khải Nhật Phát Quý Thịnh Đạt Định Đức Bình Thọ Phước Nhơn Tánh Triết Khiêm Minh Tuấn"),
  _l("Đinh Đặng Đỗ Nguyễn Trần Lê Phạm Huỳnh Võ Trương Lâm Dương Hồ Phan Quách")),
 'cn': (
  _l("""Chenxi Fangfang Huiying Jiahui Jingyi Qiaoling Shuting Siyu Xiaowen Xuemei Yanping Yaqi Yiran Zhiruo Ka-Yan Wing-Yee
  Suk-Yin Yuk-Lan Hoi-Ying Sau-Ling Lai-Kuen Kit-Ying Yee-Man Shuk-Fan Siu-Mei Ching-Yee Ngan-Ting"""),
  _l("""Boyang Chengzhi Deming Guanghui Haoyu Jiawei Jinhai Shaoqiang Tianyu Weimin Xiaodong Yiming Zhenyu Ka-Ming Siu-Fung
  Chi-Wai Kwok-Leung Tsz-Kin Ho-Yin Man-Kit Wing-Kei Kin-Wah Hon-Sing Yiu-Wah Chak-Lam Kwan-Ho Pak-Hei"""),
  _l("Choy Chui Cui Ding Duan Fok Fung Hou Kam Koo Liao Luk Mao Ngai Shao Shum Sze Tsoi Xiang Yau Zhong Zou Chan Wong Leung")),
 'ko': (
  _l("Min-seo So-yeon Young-hee Hae-won Na-rae Seul-gi Hyun-joo Soo-ah Chae-won Ga-eun Jung-ah Mi-rae Yu-na In-sook Kyung-ja Myung-hee Eun-bi Ha-neul Ji-eun Soo-min Hye-won Yeon-woo Da-som Bo-young Mi-sook Jin-kyung"),
  _l("Jae-hyun Seung-woo Jun-ho Young-jae Chang-min Hyun-seok Joon-young Sung-ho Jong-won Yong-jun Kwang-soo Seok-jin Gun-woo Hee-chul Dae-ho Min-kyu Tae-wook Jae-sung Ki-hoon Won-jae Hyun-sik Sang-woo Byung-ho"),
  _l("Bang Byun Cha Cheon Eom Heo Jeong Joo Kook Kwak Maeng Myung Seol Yeo Kim Park")),
 'la': (
  _l("""Alba Anahí Aurora Brisa Candela Dulce Elvira Eugenia Evelin Florencia Gisela Graciela Heidy Hortensia Iliana Isidora
  Ivonne Jazmín Josefina Karla Leticia Marbella Marisela Mercedes Mirta Nayeli Nidia Nieves Noemí Obdulia Odalys Trinidad
  Ursulina Valeria Viviana Xochitl Yamileth Yaneth Yareli Yuridia Zulema Rosalba María"""),
  _l("""Benicio Camilo Cristóbal Darío Eliseo Elías Erasmo Fabián Federico Fidel Florencio Genaro Gilberto Gonzalo Heriberto
  Hipólito Horacio Indalecio Isidro Jeremías Julián Leandro Lázaro Macario Marcelo Matías Nahuel Nazario Nicanor Osvaldo
  Patricio Porfirio Pánfilo Ramiro Rufino Saúl Severino Tadeo Timoteo Valentín Yahir Yamil Zacarías José"""),
  _l("""Agüero Apaza Arriaga Baeza Barrientos Buitrago Carrasco Ccori Cervantes Chacón Choque Corrales Covarrubias Cutipa Cuéllar
  Céspedes Echeverri Elizondo Gaitán Galindo Gamboa Garza Hinojosa Iturbide Larraín Leyva Llanos Madrigal Maldonado Manrique
  Marroquín Marulanda Monsalve Mosquera Murillo Navarrete Noriega Nájera Ocaña Ordóñez Orozco Pedraza Pizarro Portillo
  Quesada Recabarren Rivas Saavedra Santamaría Santana Segovia Sotomayor Tapia Tobón Toledo Trejo Urbina Usuga Valenzuela
  Vallejo Villaseñor Villegas Yáñez Zepeda Zuluaga Rodríguez""")),
 'it': (
  _l("""Addolorata Antonietta Benedetta Donatella Fiorella Gianna Ilaria Immacolata Ludovica Marcella Mariangela Nicoletta
  Patrizia Pierina Raffaella Serafina Teresina Vincenza"""),
  _l("Amedeo Aurelio Benito Calogero Cirino Corrado Cosimo Egidio Emidio Fiorenzo Gennaro Girolamo Ignazio Nunzio Ottavio Saverio Tiziano Ubaldo Vittorio Carmelo Gaspare Liborio Orazio Santo Silvestro Tancredi Vito"),
  _l("""Abbruzzese Agostino Bellomo Buonocore Cacciatore Calabrese Cardinale Carnevale Catalano Catanzaro Cavallaro Cirillo
  Colella DiStefano Fabbri Ferraro Fiorito Gagliardi Iacobucci Iannuzzi Lamanna Lattanzio Macrì Mancuso Manzo Marcantonio
  Minicucci Morabito Napolitano Nardone Palumbo Panetta Pellegrino Piccirillo Quattrociocchi Rotondo Ruscitti Sabatino Scalia
  Scarpelli Sciascia Spadafora Talarico Tedesco Tomasello Trovato Vaccaro Zito""")),
 'gr': (
  _l("Efthymia Evangelia Ioanna Kyriaki Niki Panagiota Stavroula Styliani Triantafyllia Zoi"),
  _l("Charalambos Efstathios Emmanouil Ilias Kyriakos Lambros Pantelis Sotirios Spyridon Stelios Takis Vasileios Yiannis Theofanis Prodromos Anastasios Gerasimos"),
  _l("""Anagnostopoulos Antoniadis Demopoulos Hatzis Ioannidis Kalogeropoulos Kourkoulis Kyriakopoulos Mavridis Michailidis
  Papanikolaou Papathanasiou Pavlidis Sarantopoulos Skordilis Stamatopoulos Theodorakis Tzavaras Xenakis Zografos""")),
 'pt': (
  _l("Aldina Benvinda Ilda Joaquina Laurinda Natércia Odete Otília Rosalina Generosa Gracinda Herminia Palmira Rosinda Graciete Olímpia"),
  _l("Adelino Albano Arnaldo Belmiro Crispim Custódio Delfim Domingos Jacinto Serafim Valdemar Zeferino Amândio Aníbal Casimiro Firmino Hermínio Ilídio Libério Norberto Quirino"),
  _l("Barros Batista Cordeiro Coutinho Couto Damião Dias Faria Lacerda Leitão Meireles Mendonça Mota Pavão Peixoto Pinheiro Quadros Rego Saraiva Valente")),
 'sa': (
  _l("""Afroza Aishwarya Bhagyashree Bhavna Charulata Chitra Damayanti Ekta Falguni Gayatri Harini Hemlata Indumati Ishita
  Jyotsna Kajani Kalpana Kamini Kirthana Kulwinder Lalitha Leela Madhuri Mathumitha Meenakshi Nandini Padmini Pallavi
  Piratheepa Rajwinder Revathi Rukhsana Sinthuja Sudha Tahira Tasnim Tharani Usha Vaishali Yamini Zarina"""),
  _l("""Abhinav Adnan Amarjit Aniruddh Ashok Balachandran Bhupinder Chandan Devendra Girish Harvinder Jaswant Jeyakumar Junaid
  Kamran Kunal Lakhwinder Mandeep Narinder Naveed Nithiyananthan Pranav Prasanth Rashed Ravindran Salman Satnam Siddharth
  Sivaneswaran Sutharsan Thavarajah Usman Vikas Vikramjit Waqar Yashwant"""),
  _l("""Balasingham Bandara Chahal Dasgupta Deshpande Dissanayake Ganguly Garcha Gnanaprakasam Gunawardena Hashmi Iyengar Jafri
  Kanagasabai Kathiravelu Kazmi Khaira Kulkarni Mahalingam Mirza Muthulingam Nadarajah Naidu Naqvi Rajapaksa Rasiah Rizvi
  Sahota Senanayake Sengupta Shanmugam Sinnathamby Subramaniam Thambirajah Thind Vaithilingam Zaidi Patel Sandhu""")),
 'af': (
  _l("""Achieng Afia Akinyi Assétou Atieno Bineta Bisola Chinwe Consolata Djénéba Faduma Fanta Godelive Ifeoma Immaculée Ineza
  Kabibi Kemi Keza Makeba Mbali Mukamana Mumbi Nana Njeri Nomvula Nsimba Ntumba Nyiramana Omolara Sade Salimata Scholastique
  Temitope Uwase Vestine Wairimu Warsan Yaa Zanele Aminata"""),
  _l("""Aimable Alioune Bakary Bongani Dapo Drissa Déogratias Farai Faysal Femi Ikechukwu Kipchoge Kojo Kwaku Kwesi Lumumba Mandla
  Obinna Odhiambo Onyango Segun Sipho Tatenda Thabo Themba Théoneste Yacouba Mamadou"""),
  _l("""Abubakar Acheampong Agyeman Amoah Appiah Baldé Bizimana Chukwu Condé Darko Diakité Doumbia Ekwalla Fouda Hakizimana
  Hirsi Kabeya Kanku Kariuki Katende Khumalo Kiprotich Kouyaté Mbemba Mokoena Moyo Mpiana Mukeshimana Ndlovu Nganou Ngassa
  Ngono Nkemdirim Nkongolo Nkosi Nshimiyimana Ntakirutimana Ofori Okeke Oladipo Ouattara Sissoko Uchenna Wambua Diallo
  Traoré""")),
 'ind': (
  _l("""Kahnekaronnia Katsitsakwas Konwatsitsaienni Ieronhienhawi Tsiorakwisin Ohnerahtahse Kawenniio Kanenhariio Looee Mialia
  Nivi Oolipika Innuya Akinesie Qiallak Tarsa Passa Aani Sarollie Elisapie"""),
  _l("Tehanetorens Sakoieta Rarihokwats Shatekaronhioton Tehahenteh Sakokwenionkwas Karonhiowanen Mosesie Thomassie Eyetsiak Lazarusie Peteroosie"),
  _l("""Tettaut Pietacho Benuen Nui Birotte Bobbish Blackned Tanoush Napash Mattawashish Nutaraaluk Aupaluk Angiyou Usuarjuk
  Kauki Ningiuk Tayara Ohaituk Pilurtuut Unatweenuk Anichinapéo Wabanonik Mapachee Polson Metallic Wysote Vicaire Labillois
  Caplin Dedam Obomsawin Panadis Wawanolett Mameamskum Swappie Uniam Guanish Peastitute Nattawapio Chemaganish Shecanapish
  Mokoush Alayco Commanda Cooko Decontie Launière Mowatt Odjick Papatie Ruperthouse Simigak Standup Tomatuk Tookalook Tukai
  Wanish Wawatie Whiteduck Condo Patton Rankin Vollant Awashish Sioui""")),
 'ee': (
  _l("""Anastasiia Biljana Boryana Bożena Daciana Desislava Edita Ewelina Gordana Grażyna Halina Ieva Ileana Inga Jadwiga Kateryna
  Klára Laima Lesia Liudmyla Mariia Marketa Milica Nadiya Oxana Radka Ralitsa Rasa Snežana Snizhana Svitlana Tetiana Tsvetelina
  Urszula Vaida Valentyna Valeriya Veronika Wiesława Yelena Zinaida Zoriana Zorica"""),
  _l("""Algirdas Arkady Bolesław Branko Czesław Darius Dejan Dorin Fyodor Gennady Grigory Hristo Ihor Janis Janusz Jarosław
  Kaloyan Kazimierz Leonid Lubomír Miloš Mindaugas Mirosław Mykhailo Oleksiy Ostap Predrag Przemysław Pyotr Radosław
  Rimantas Slobodan Stanisław Stoyan Tadeusz Timofey Todor Uldis Vojtěch Vsevolod Vyacheslav Yevgeny Yuriy Zbigniew Zdeněk
  Zdravko"""),
  _l("""Angelov Baran Bogdanov Bērziņš Duda Gheorghiu Golubev Grabowski Górski Hnatiuk Horák Ilić Ivanova Jabłoński Jankauskas
  Jankowski Jaworski Kalniņš Kazlauskas Kolev Kozak Kozlov Król Kuznetsova Kučera Majewski Malinowski Michalski Milošević
  Nowakowski Olszewski Ozoliņš Pavlov Pavlović Pawłowski Petkov Petrauskas Piotrowski Procházka Rutkowski Semyonov Sikora
  Smirnova Solovyov Stanković Stojanović Stoyanov Stępień Todorov Vasiliev Veselý Vinogradov Vorobyov Wieczorek Woźniak
  Yaremchuk Zając Černý Đorđević""")),
 'ph': (
  _l("Babylyn Dahlia Jennelyn Perlita Maricris Rhealyn Jessamae Kimberlyn Arlyn Cherrylyn Jovelyn Shirlyn"),
  _l("Florante Godofredo Melchor Reynante Ronnel Rodrigo Danilo Rodelio Anecito Leonilo Rustico Zaldy Honesto Eleazar"),
  _l("""Batungbakal Bumanglag Cabangon Cajucom Capistrano Dumalagan Lapid Lumbao Malabanan Mangahas Nacpil Pineda Quiambao Salonga
  Sicat Sumulong Tanglao Lumibao Bagatsing Macatangay Panlilio Lagdameo Quisumbing Cuyegkeng Lising Yabut Bunag Magtibay
  Talavera Umali Lagasca Dinglasan Tanchingco Gonzaga Bernabe Tanedo Reyes""")),
 'fa': (
  _l("Anahita Arezoo Bahareh Banafsheh Farnaz Fereshteh Homa Mahnaz Mojgan Parvaneh Sanaz Sepideh Tahmineh Taraneh Vida Ziba Zohreh"),
  _l("Afshin Ardeshir Bahman Davood Ehsan Fereydoun Houshang Jafar Kambiz Masoud Mehrdad Morteza Parviz Pejman Shahin Soheil Vahid Yousef"),
  _l("""Ardalan Asadi Bakhtiari Daneshvar Esfahani Farrokhzad Forouhar Ghaffari Gholami Golzari Jahanbani Kermani Khatami
  Khorasani Naderi Nouri Pourmand Rafsanjani Safavi Tabrizi Tavakoli""")),
 'jw': (
  _l("Batsheva Bracha Chana Chaya Devorah Dina Faigy Golda Hinda Malka Rivka Rochel Ruchama Shifra Yael"),
  _l("Ari Avraham Baruch Chaim Dovid Eliezer Hershel Menachem Mendel Moshe Nachum Pinchas Shlomo Yaakov Yehuda Yitzchak Yosef Zalman"),
  _l("""Abramowitz Amsellem Bernstein Bitton Blumenthal Dahan Edery Eisenberg Elbaz Finkelstein Friedman Greenspan Grossman
  Gutman Hazan Horowitz Kaplan Katz Knafo Lefkowitz Lieberman Mandelbaum Moskowitz Ohayon Perez Pomerantz Rabinovitch
  Reichman Schwartz Sebag Shapiro Silverstein Steinberg Teitelbaum Toledano Wasserman Weinberg Weiss Zuckerman""")),
 'arm': (
  _l("Anahit Araksya Armine Astghik Aylin Emine Gayane Knarik Ruzanna Selin Shoghik Siranush Tatevik Zabel Zeynep"),
  _l("Aram Ashot Emre Garegin Gevorg Grigor Hovhannes Karapet Kemal Levon Mehmet Mher Murat Narek Tigran Vahe Yervant"),
  _l("""Abrahamian Avakian Aydın Balian Chakmakjian Demir Garabedian Gasparian Kalfayan Kaya Kazarian Melkonian Nalbandian
  Oganesyan Ohanian Petrossian Vartanian Yeghiayan Yıldız Zakarian Çelik Öztürk Şahin""")),
 'fr': (
  _l("Apolline Armelle Aude Bérénice Domitille Gwenaëlle Laetitia Maïwenn Nolwenn Solenn Ségolène Typhaine Violaine"),
  _l("Amaury Aymeric Baudouin Enguerrand Erwan Gautier Gwendal Tanguy Thibaud Tristan Yann Yannig"),
  _l("""Barthélemy Berthelot Le_Bihan Bourdon Chevallier Collin Delattre Duval Fauvel Le_Floch Le_Gall Le_Goff Guillot Guéguen
  Hamon Jacquemin Kerbrat Kervella Lagarde Lemaître Leroy Maillard Perrin Perrot Quéré Riou Rolland Vasseur""")),
}
# how often each origin is drawn (Québec offices: mostly French-Canadian
# names, then every community present in the province)
ORIGIN_W = {'qc': 40, 'en': 9, 'ht': 6, 'ar': 7, 'vn': 3, 'cn': 4, 'ko': 1.5, 'la': 4, 'it': 3, 'gr': 1.5, 'pt': 1.5,
            'sa': 4, 'af': 4, 'ind': 3, 'ee': 3, 'ph': 2, 'fa': 2, 'jw': 2, 'arm': 1.5, 'fr': 2}
# family names that are also ordinary words (kept on purpose, see WORD decoys)
WORD_SURNAMES = set(_l("""Leblanc Boulanger Lapointe Marchand Lamontagne Lebrun Meunier Poisson Fontaine Charpentier Lafleur
  Larose Pigeon Leboeuf Gentil Latendresse King Page Fox Bird Young Cook Baker Little Savage Stone Wood Hill Moody Sharp Condo
  Rose Hope Faith Joy Dawn April June Ivy Pearl Violet Aurore Reine Blanche Hunter Mason"""))
PARTICLES = {'el', 'le', 'la', 'de', 'del', 'di', 'da', 'du', 'des', 'ben', 'ait', 'van', 'von', 'saint', 'st', 'sainte'}
SYLLABIC = {'ko', 'cn'}


def name_atoms(name, origin):
    if origin in SYLLABIC and '-' in name:
        return [fold(name).lower()]
    return [a for a in (fold(x).lower() for x in re.split(r"[-\s'’.]+", name)) if a and a not in PARTICLES]


def split_names(mode):
    """Union-find over name parts of every origin; a component goes to W or H."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for o, pools in NAMES.items():
        for pool in pools:
            for n in pool:
                at = name_atoms(n, o)
                for a in at[1:]:
                    ra, rb = find(at[0]), find(a)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    out = {}
    for o, pools in NAMES.items():
        sel = []
        for pool in pools:
            keep = []
            for n in sorted(set(pool)):
                at = name_atoms(n, o)
                if not at:
                    continue
                half = 'W' if _h('name', find(at[0])) % 2 == 0 else 'H'
                if half == mode:
                    keep.append(n)
            sel.append(keep)
        out[o] = sel
    return out


def pool_key(tag, x):
    """Decoy names (organisations, streets, places) hash on the name itself,
    whatever pool or sentence holds them, so a name never reaches both halves."""
    if isinstance(x, tuple):
        return ('dname', x[0]) if tag == 'city' else (tag, repr(x))
    m = re.search(r'\{\{(.+?)\|', x)
    if m:
        return 'dname', m.group(1)
    if tag in ('stf', 'ste', 'hood', 'reg', 'orgf', 'orge', 'pol'):
        return 'dname', x
    return tag, x


def split_pool(tag, items, mode):
    return [x for x in items if ('W' if _h(*pool_key(tag, x)) % 2 == 0 else 'H') == mode]


# ============================================================ place pools
STREETS_FR = _l("""rue_Saint-Denis rue_Sherbrooke_Est boulevard_René-Lévesque chemin_de_la_Côte-des-Neiges avenue_du_Parc rue_Jean-Talon_Est
boulevard_Saint-Laurent rue_Ontario_Est rue_Beaubien_Est avenue_Papineau rue_Fleury_Ouest boulevard_Henri-Bourassa_Est rue_Wellington
rue_Notre-Dame_Ouest boulevard_Décarie avenue_Van_Horne chemin_Queen-Mary boulevard_Gouin_Ouest rue_de_la_Gauchetière rue_King_Ouest
rue_Racine_Est boulevard_Talbot rue_Saint-Joseph_Est chemin_Sainte-Foy boulevard_Laurier avenue_Cartier rue_des_Forges
boulevard_des_Récollets rue_Principale rang_Saint-Joseph chemin_du_Lac-Noir rue_des_Érables rue_des_Pins rue_de_l'Église
montée_Gagnon rue_Bélanger avenue_Christophe-Colomb rue_Masson rue_Hochelaga boulevard_Pie-IX rue_Sainte-Catherine_Est
avenue_Mont-Royal_Est rue_Rachel_Est boulevard_de_Maisonneuve_Ouest rue_Saint-Hubert avenue_De_Lorimier rue_Villeray
boulevard_Crémazie_Est rue_Jarry_Est boulevard_Lacordaire boulevard_Langelier rue_Sherbrooke_Ouest avenue_Victoria
rue_Saint-Jacques boulevard_Monk rue_Centre avenue_de_l'Église boulevard_Newman boulevard_LaSalle boulevard_des_Laurentides
boulevard_Cartier_Ouest boulevard_Saint-Martin_Ouest boulevard_Curé-Labelle boulevard_Chomedey boulevard_Taschereau
chemin_de_Chambly rue_Saint-Charles_Ouest boulevard_Roland-Therrien boulevard_Maloney_Ouest boulevard_Gréber rue_Laurier
boulevard_Saint-Joseph rue_King_Est rue_Wellington_Nord boulevard_de_Portland rue_Belvédère_Sud boulevard_Jean-XXIII
rue_Saint-Georges boulevard_Lévesque rue_Hériot boulevard_Saint-Joseph_Ouest rue_Sainte-Marie rue_Notre-Dame_Centre
boulevard_des_Forges rue_Dessureault avenue_Saint-Jean-Baptiste boulevard_Charest_Ouest avenue_Maguire rue_Saint-Vallier_Est
boulevard_Hamel 1re_Avenue 3e_Avenue 18e_Avenue 4e_Rue rang_du_Petit-Brûlé chemin_des_Patriotes rue_du_Quai avenue_du_Phare
rue_Saint-Germain rue_de_la_Cathédrale boulevard_Saint-Germain route_138 route_132_Est rue_des_Oblats rue_Perreault
avenue_Brébeuf rue_des_Épinettes rue_des_Bouleaux chemin_du_Golf rue_du_Moulin rue_des_Hirondelles rue_Champlain
rue_Murray rue_Lafontaine avenue_Larivière rue_Cloutier rue_Cousineau avenue_Laurier_Ouest rue_Saint-Zotique_Est
rue_de_Bleury avenue_Lionel-Groulx rue_Young rue_Marchand rue_Boulanger chemin_Rose rue_Fox boulevard_Lapointe""")
STREETS_EN = _l("""Cavendish_Boulevard Westminster_Avenue_North Lakeshore_Road Somerled_Avenue Monkland_Avenue Grosvenor_Avenue
Elm_Avenue Claremont_Avenue Beaconsfield_Boulevard Sunnybrooke_Boulevard Sherbrooke_Street_West Côte-Saint-Luc_Road
Cedar_Avenue Hampton_Avenue Fielding_Avenue Kildare_Road Mackle_Road Roslyn_Avenue Lansdowne_Avenue Wood_Avenue
Hillside_Avenue Stanstead_Crescent Argyle_Avenue Brookfield_Avenue Jubilee_Street Queen_Street Dufferin_Street
Oxford_Avenue Old_Orchard_Avenue Harvard_Avenue Marcil_Avenue Cote_Vertu_Road Brunswick_Boulevard Donegani_Avenue
Hymus_Boulevard Pierrefonds_Boulevard Beaurepaire_Drive Lakeview_Avenue Main_Road Church_Street Mill_Road Maple_Crescent""")
FOREIGN_ADDR = [  # (street line, city line, language)
    ('{n} rue des Lilas', '75011 Paris, France'), ('{n}, avenue Jean-Jaurès', '69007 Lyon, France'),
    ('{n} rue Capois', 'Port-au-Prince, Haïti'), ('{n}, boulevard Zerktouni', '20000 Casablanca, Maroc'),
    ('{n} rue Didouche-Mourad', 'Alger, Algérie'), ('{n} avenue Habib-Bourguiba', '1001 Tunis, Tunisie'),
    ('{n} Harrow Road', 'London W2 1AA, United Kingdom'), ('{n} Maple Avenue', 'Plattsburgh, NY 12901, USA'),
    ('{n} Calle de Alcalá', '28014 Madrid, España'), ('{n} Carrera 7', 'Bogotá, Colombia'),
    ('{n} Đường Lê Lợi', 'Quận 1, TP. Hồ Chí Minh, Việt Nam'), ('{n} rue Carnot', 'Dakar, Sénégal'),
    ('{n} Bank Street', 'Ottawa, ON K1S 3V9'), ('{n} Spadina Avenue', 'Toronto, ON M5T 2H2'),
]
# city, first letter of its postal codes, language
CITIES = [tuple(x.replace('_', ' ').split(':')) for x in _l("""Montréal:H Laval:H Longueuil:J Gatineau:J Sherbrooke:J Québec:G Lévis:G
Saguenay:G Trois-Rivières:G Terrebonne:J Saint-Jérôme:J Drummondville:J Granby:J Rimouski:G Shawinigan:G Victoriaville:G
Saint-Hyacinthe:J Joliette:J Sept-Îles:G Baie-Comeau:G Rouyn-Noranda:J Val-d'Or:J Alma:G Mascouche:J Blainville:J Repentigny:J
Châteauguay:J Brossard:J Pointe-Claire:H Dollard-des-Ormeaux:H Kirkland:H Beaconsfield:H Westmount:H Côte-Saint-Luc:H
Chibougamau:G Kuujjuaq:J Wendake:G Kahnawake:J Mashteuiatsh:G Magog:J Cowansville:J Sorel-Tracy:J Thetford_Mines:G
Saint-Georges:G Matane:G Gaspé:G Amos:J La_Tuque:G Roberval:G Mont-Laurier:J Rivière-du-Loup:G Montmagny:G Salaberry-de-Valleyfield:J
Vaudreuil-Dorion:J Boucherville:J Saint-Eustache:J Mirabel:J Sainte-Thérèse:J Beloeil:J Chambly:J Candiac:J Lachute:J
Saint-Lambert:J Sainte-Julie:J Thurso:J Maniwaki:J Baie-Saint-Paul:G La_Malbaie:G Dolbeau-Mistassini:G Nicolet:J
Louiseville:J Plessisville:G Lac-Mégantic:G Coaticook:J Sutton:J Knowlton:J Hudson:J Huntingdon:J Carleton-sur-Mer:G
Chisasibi:J Mistissini:G Uashat:G Manawan:J Wemotaci:G Salluit:J Inukjuak:J Kanesatake:J""")]
NEIGHBOURHOODS = _l("""Hochelaga-Maisonneuve Villeray Rosemont Verdun Saint-Michel Montréal-Nord Côte-des-Neiges Parc-Extension
Saint-Henri Pointe-Saint-Charles Ahuntsic Limoilou Saint-Roch Sainte-Foy Charlesbourg Fleurimont Chomedey Vimont
Le_Plateau Griffintown Lachine LaSalle Anjou Rivière-des-Prairies Saint-Léonard Cartierville NDG Mile_End""")
REGIONS = _l("""Outaouais Laurentides Lanaudière Montérégie Estrie Mauricie Abitibi-Témiscamingue Côte-Nord Gaspésie
Bas-Saint-Laurent Saguenay–Lac-Saint-Jean Chaudière-Appalaches Centre-du-Québec Nunavik Eeyou_Istchee Capitale-Nationale""")

# ====================================================== organisations etc.
ORGS_FR = _l("""CLSC_de_Côte-des-Neiges CIUSSS_du_Centre-Sud-de-l'Île-de-Montréal Hôpital_Maisonneuve-Rosemont
Société_de_l'assurance_automobile_du_Québec Revenu_Québec Commission_d'accès_à_l'information Tribunal_administratif_du_logement
Service_de_police_de_la_Ville_de_Montréal Sûreté_du_Québec Centre_de_services_scolaire_de_Montréal Pharmacie_Jean_Coutu
Caisse_Desjardins_du_Plateau Banque_Nationale Hydro-Québec CNESST Curateur_public_du_Québec Direction_de_la_protection_de_la_jeunesse
Moisson_Montréal Centraide aréna_Maurice-Richard école_Marguerite-Bourgeoys Collège_Jean-de-Brébeuf Cégep_Édouard-Montpetit
Université_Laval Hôpital_Charles-LeMoyne Hôpital_Pierre-Boucher CHU_Sainte-Justine Institut_Philippe-Pinel Hôpital_Jean-Talon
CLSC_Olivier-Guimond école_secondaire_Jeanne-Mance Polyvalente_Louis-Saint-Laurent Cégep_Marie-Victorin Collège_Lionel-Groulx
bibliothèque_Marc-Favreau Centre_culturel_Georges-Vanier aréna_Michel-Normandin Hôpital_Fleury CHSLD_Paul-Gouin
Maison_Jean_Lapointe Marché_Jean-Talon Théâtre_Denise-Pelletier salle_Wilfrid-Pelletier Place_Bonaventure Carrefour_Laval
Rôtisserie_St-Hubert Tribunal_administratif_du_Québec Cour_du_Québec Cour_supérieure Palais_de_justice_de_Longueuil
Office_municipal_d'habitation_de_Montréal Retraite_Québec Services_Québec Régie_de_l'assurance_maladie_du_Québec
Centre_jeunesse_de_la_Montérégie Office_des_personnes_handicapées_du_Québec Protecteur_du_citoyen Aide_juridique_de_Laval
Clinique_juridique_Juripop Info-Santé_811 Tel-jeunes Maison_d'hébergement_La_Passerelle Auberge_Madeleine
Société_de_transport_de_Montréal Réseau_de_transport_de_la_Capitale Ville_de_Gatineau Ville_de_Sherbrooke MRC_des_Collines-de-l'Outaouais
Centre_intégré_de_santé_et_de_services_sociaux_des_Laurentides CISSS_de_l'Outaouais CIUSSS_de_la_Capitale-Nationale
Hôpital_de_l'Enfant-Jésus Hôpital_du_Sacré-Cœur Cité-de-la-Santé Centre_hospitalier_de_St._Mary Pharmacie_Brunet
Pharmacie_Uniprix Clinique_médicale_Lacroix IGA_extra_Boulanger Boulangerie_Première_Moisson Café_Marchand_du_Coin
Fromagerie_Lamontagne Quincaillerie_Lapointe_et_fils Garage_Leblanc_Mécanique Club_de_l'Âge_d'or_Sainte-Rose
Centre_sportif_Claude-Robillard Parc_olympique Musée_McCord Grande_Bibliothèque BAnQ Chambre_des_notaires
Barreau_du_Québec Ordre_des_travailleurs_sociaux Collège_des_médecins Syndicat_des_cols_bleus Fédération_autonome_de_l'enseignement
Commission_de_la_construction_du_Québec Commission_des_normes,_de_l'équité,_de_la_santé_et_de_la_sécurité_du_travail
Ministère_de_l'Immigration,_de_la_Francisation_et_de_l'Intégration Ministère_de_l'Emploi_et_de_la_Solidarité_sociale
Bureau_du_coroner Directeur_des_poursuites_criminelles_et_pénales Centre_d'amitié_autochtone_de_Val-d'Or
Conseil_des_Atikamekw_de_Wemotaci Institut_Tshakapesh Société_Makivvik Administration_régionale_Kativik Conseil_de_la_Nation_huronne-wendat""")
ORGS_EN = _l("""Jewish_General_Hospital Montreal_Children's_Hospital Douglas_Mental_Health_University_Institute Lester_B._Pearson_School_Board
English_Montreal_School_Board Dawson_College Vanier_College John_Abbott_College Concordia_University McGill_University_Health_Centre
Lakeshore_General_Hospital St._Mary's_Hospital Royal_Victoria_Hospital Westmount_Public_Library Atwater_Library Kirkland_Arena
Cummings_Centre Batshaw_Youth_and_Family_Centres Agence_Ometz YMCA_Cartierville Salvation_Army CIUSSS_West-Central_Montreal
CIUSSS_West_Island Riverside_School_Board Eastern_Townships_School_Board Bishop's_University Champlain_College_Lennoxville
Montreal_Neurological_Institute Shriners_Hospital Canada_Revenue_Agency Service_Canada Immigration,_Refugees_and_Citizenship_Canada
Legal_Aid_Montreal Elizabeth_House Chez_Doris Native_Women's_Shelter_of_Montreal Kahnawake_Peacekeepers Cree_Health_Board
Nunavik_Regional_Board_of_Health_and_Social_Services Montreal_West_Town_Hall Pointe-Claire_Municipal_Library Fox_Run_Golf_Club
King_Edward_Pharmacy Young_Offenders_Unit Cook_Street_Community_Kitchen Stone_Bridge_Daycare Bird_Protection_Quebec
Hope_&_Cope Rose_Garden_Seniors_Residence Page_Turner_Bookshop Little_Burgundy_Coalition Wood_Green_Animal_Clinic""")
POLICE_UNITS = _l("poste_de_quartier_38 poste_de_quartier_21 PDQ_44 poste_de_quartier_7 Module_des_enquêtes_Nord District_Ouest Section_des_crimes_majeurs poste_MRC_de_Papineau")
LAWS_FR = _l("""art._53_de_la_Loi_sur_l'accès RLRQ,_c._A-2.1 art._59_de_la_Loi_sur_l'accès art._88_RLRQ,_c._A-2.1
Loi_sur_la_protection_de_la_jeunesse art._38_LPJ Loi_sur_les_services_de_santé_et_les_services_sociaux RLRQ,_c._S-4.2
art._19_LSSSS Code_civil_du_Québec,_art._35 Charte_des_droits_et_libertés_de_la_personne art._14_de_la_Loi_sur_l'accès
Loi_sur_la_protection_des_renseignements_personnels_dans_le_secteur_privé RLRQ,_c._P-39.1 Code_de_la_sécurité_routière,_art._328
art._443_C.s.r. Loi_sur_les_normes_du_travail art._124_L.n.t. Loi_sur_les_accidents_du_travail_et_les_maladies_professionnelles
Code_criminel,_art._266 art._430_C.cr. Loi_concernant_les_soins_de_fin_de_vie Loi_25 art._9_de_la_Charte
Règlement_sur_la_diffusion_de_l'information art._67.3_de_la_Loi_sur_l'accès art._137.1_de_la_Loi_sur_l'accès
Loi_sur_le_Tribunal_administratif_du_logement art._1971_C.c.Q. art._1860_C.c.Q. Loi_sur_l'aide_aux_personnes_et_aux_familles
Loi_sur_l'instruction_publique,_art._96.15 Loi_sur_la_santé_et_la_sécurité_du_travail L.R.Q.,_c._A-2.1""")
LAWS_EN = _l("""section_53_of_the_Access_Act CQLR,_c._A-2.1 section_59_of_the_Access_Act Youth_Protection_Act
Act_respecting_health_services_and_social_services section_19_AHSSS Civil_Code_of_Québec,_art._35
Charter_of_Human_Rights_and_Freedoms Highway_Safety_Code,_s._328 Criminal_Code,_s._266 Act_respecting_labour_standards
Privacy_Act Access_to_Information_Act section_88_of_the_Access_Act Act_respecting_the_protection_of_personal_information_in_the_private_sector
Law_25 Education_Act,_s._96.15 Act_respecting_industrial_accidents_and_occupational_diseases""")
MAIL_DOMAINS = _l("""gmail.com hotmail.com outlook.com yahoo.ca videotron.ca live.ca icloud.com sympatico.ca bell.net cgocable.ca
protonmail.com globetrotter.net hotmail.fr yahoo.fr me.com orange.fr laposte.net live.com outlook.fr yahoo.com
xplornet.ca cooptel.qc.ca tlb.sympatico.ca mail.com gmx.com""")
WORK_DOMAINS = _l("""ssss.gouv.qc.ca cisss-exemple.qc.ca ville.exemple.qc.ca csslaurentides.exemple.ca tal.exemple.qc.ca
cnesst.exemple.qc.ca omh.exemple.ca saaq.exemple.qc.ca cegep-riviere.exemple.ca uni-quebec.exemple.ca emsb.exemple.ca
jgh.exemple.ca batshaw.exemple.ca ville-gatineau.exemple.ca mrc-collines.exemple.ca""")
TOLLFREE_PRE = ['1 800', '1-800', '1 888', '1-888', '1 877', '1-877', '1 866', '1-866', '1 855', '1-855', '1 844', '1 833']
AREA_QC = ['514', '438', '450', '579', '819', '873', '418', '581', '367', '263', '354']
FOREIGN_PHONES = ['+33 1 {2} {2} {2} {2}', '+33 6 {2} {2} {2} {2}', '+44 20 {4} {4}', '+509 {4} {4}', '+212 6 {2} {2} {2} {2}',
                  '+213 5 {2} {2} {2} {2}', '+216 {2} {3} {3}', '+221 77 {3} {2} {2}', '+1 (305) {3}-{4}', '+52 55 {4} {4}',
                  '+84 90 {3} {4}', '+86 138 {4} {4}', '+852 {4} {4}', '+63 917 {3} {4}', '+98 912 {3} {4}', '+91 {5} {5}',
                  '+237 6 {2} {2} {2} {2}', '+243 81 {3} {4}', '+32 475 {2} {2} {2}', '+41 79 {3} {2} {2}']
BANKS = [('815', 'Desjardins'), ('006', 'Banque Nationale'), ('003', 'RBC'), ('002', 'Banque Scotia'), ('001', 'BMO'),
         ('004', 'TD'), ('010', 'CIBC'), ('039', 'Banque Laurentienne'), ('829', 'Desjardins Ontario'), ('614', 'Tangerine')]


# ============================================================ the builder
def P(text, typ='PERSON'):
    return ('pii', typ, text)


def D(text, typ):
    return ('decoy', typ, text)


def C(text):
    return ('content', 'CONTENT', text)


_TPL = re.compile(r'\{\{(.+?)\|([A-Z_]+)\}\}|\[\[(.+?)\]\]|\{([A-Za-z_0-9]+)\}')


class Doc:
    def __init__(self, rng, lang):
        self.r, self.lang = rng, lang
        self.buf, self.spans, self.n = [], [], 0

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode('utf-8'))

    def put(self, x):
        if x is None:
            return
        if isinstance(x, str):
            self.t(x)
        elif isinstance(x, FillRef):
            self.f(x.draw(self))
        elif isinstance(x, tuple):
            kind, typ, text = x
            st = self.n
            self.t(text)
            if text.strip():
                self.spans.append({'start': st, 'end': self.n, 'kind': kind, 'type': typ})
        else:
            for y in x:
                self.put(y)

    def f(self, tpl, **kw):
        """Template: {slot} takes kw[slot]; [[words]] is content; {{text|TYPE}} is a decoy."""
        pos = 0
        for m in _TPL.finditer(tpl):
            self.t(tpl[pos:m.start()])
            if m.group(1) is not None:
                self.put(D(m.group(1), m.group(2)))
            elif m.group(3) is not None:
                self.put(C(m.group(3)))
            else:
                self.put(kw[m.group(4)])
            pos = m.end()
        self.t(tpl[pos:])

    def nl(self, k=1):
        self.t('\n' * k)

    def text(self):
        return ''.join(self.buf)


def plain(x):
    """Text of a piece (for length computations or nested use)."""
    if x is None:
        return ''
    if isinstance(x, str):
        return x
    if isinstance(x, tuple):
        return x[2]
    return ''.join(plain(y) for y in x)


# ====================================================== identifier makers
def luhn_digit(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def digits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def fmt_phone(r, area=None, style=None):
    a = area or r.choice(AREA_QC)
    ex = str(r.randint(200, 989))
    ln = digits(r, 4)
    style = style if style is not None else r.randrange(14)
    return [f'{a} {ex}-{ln}', f'({a}) {ex}-{ln}', f'{a}-{ex}-{ln}', f'{a}.{ex}.{ln}', f'1-{a}-{ex}-{ln}', f'{a}/{ex}-{ln}',
            f'({a}) {ex}.{ln}', f'+1 {a} {ex} {ln}', f'{a} {ex} {ln}', f'{a}{ex}{ln}', f'1 {a} {ex}-{ln}',
            f'+1 ({a}) {ex}-{ln}', f'{a} {ex}{ln}', f'({a}){ex}-{ln}'][style]


def fmt_foreign_phone(r):
    pat = r.choice(FOREIGN_PHONES)
    return re.sub(r'\{(\d)\}', lambda m: digits(r, int(m.group(1))), pat)


def extension(r, lang):
    n = str(r.randint(2, 9999))
    return r.choice([f' poste {n}', f', poste {n}', f' p. {n}', f' #{n}'] if lang == 'fr' else [f' ext. {n}', f' x{n}', f', ext {n}', f' ext {n}'])


def tollfree(r):
    return f'{r.choice(TOLLFREE_PRE)} {r.randint(200, 989)}-{digits(r, 4)}'


def nas(r, style=None):
    body = r.choice('12345679') + digits(r, 7)
    v = body + luhn_digit(body)
    style = style if style is not None else r.randrange(4)
    return [f'{v[:3]} {v[3:6]} {v[6:]}', f'{v[:3]}-{v[3:6]}-{v[6:]}', v, f'{v[:3]} {v[3:6]}-{v[6:]}'][style]


def card(r, style=None):
    kind = r.choice(['visa', 'mc', 'mc2', 'amex', 'visa'])
    if kind == 'visa':
        body = '4' + digits(r, 14)
    elif kind == 'mc':
        body = '5' + r.choice('12345') + digits(r, 13)
    elif kind == 'mc2':
        body = '2' + r.choice(['221', '300', '410', '519', '720']) + digits(r, 11)
    else:
        body = '3' + r.choice('47') + digits(r, 12)
    v = body + luhn_digit(body)
    style = style if style is not None else r.randrange(3)
    if len(v) == 15:
        return [f'{v[:4]} {v[4:10]} {v[10:]}', f'{v[:4]}-{v[4:10]}-{v[10:]}', v][style]
    return [' '.join(v[i:i + 4] for i in range(0, 16, 4)), '-'.join(v[i:i + 4] for i in range(0, 16, 4)), v][style]


def postal(r, first='H'):
    L = 'ABCEGHJKLMNPRSTVWXYZ'
    v = f'{first}{r.randint(0, 9)}{r.choice(L)} {r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}'
    k = r.random()
    if k < 0.15:
        v = v.replace(' ', '')
    elif k < 0.22:
        v = v.lower()
    elif k < 0.25:
        v = v.replace(' ', '-')
    return v


def ramq(r, person, style=None):
    sn = re.sub(r'[^A-Z]', '', fold(person.surname).upper())
    gn = re.sub(r'[^A-Z]', '', fold(person.given).upper())
    head = (sn + 'XXX')[:3] + (gn[:1] or 'X')
    d = person.dob
    mm = d.month + (50 if person.sex == 'f' else 0)
    body = f'{d.year % 100:02d}{mm:02d}{d.day:02d}{r.randint(1, 9)}{r.randint(0, 9)}'
    style = style if style is not None else r.randrange(5)
    return [f'{head} {body[:4]} {body[4:]}', head + body, f'{head} {body[:6]} {body[6:]}', f'{head}-{body[:4]}-{body[4:]}',
            f'{head} {body[:2]} {body[2:4]} {body[4:6]} {body[6:]}'][style]


def licence(r, person, style=None):
    first = (re.sub(r'[^A-Z]', '', fold(person.surname).upper()) or 'X')[0]
    d = person.dob
    v = f'{first}{digits(r, 4)}{d.day:02d}{d.month:02d}{d.year % 100:02d}{digits(r, 2)}'
    style = style if style is not None else r.randrange(3)
    return [f'{v[:5]}-{v[5:11]}-{v[11:]}', v, f'{v[:5]} {v[5:11]} {v[11:]}'][style]


def passport(r):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    k = r.random()
    if k < 0.7:
        return r.choice(L) + r.choice(L) + digits(r, 6)
    if k < 0.85:
        return r.choice(L) + r.choice(L) + ' ' + digits(r, 6)
    return digits(r, 2) + r.choice(L) + r.choice(L) + digits(r, 5)


def plate(r):
    L = 'ABCDEFGHJKLMNPRSTVWXYZ'
    a = lambda n: ''.join(r.choice(L) for _ in range(n))
    v = r.choice([f'{a(3)} {digits(r, 3)}', f'{digits(r, 3)} {a(3)}', f'{a(1)}{digits(r, 2)} {a(3)}', f'{a(3)}{digits(r, 3)}',
                  f'{digits(r, 3)}{a(3)}', f'F{a(2)}{digits(r, 4)}', f'{a(1)}{digits(r, 2)}-{a(3)}'])
    return v


def bank_group(r):
    inst, _ = r.choice(BANKS)
    tr = digits(r, 5)
    acct = digits(r, r.choice([7, 7, 7, 12]))
    return r.choice([f'{tr}-{inst}-{acct}', f'{inst}-{tr}-{acct}', f'{tr} {inst} {acct}', f'{inst} {tr} {acct}', f'{tr}-{inst}-{acct[:3]}-{acct[3:]}'])


def iban(r):
    return 'FR76 ' + ' '.join(digits(r, 4) for _ in range(5)) + ' ' + digits(r, 3)


# ================================================================ dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MOIS3 = ['JAN', 'FÉV', 'MAR', 'AVR', 'MAI', 'JUN', 'JUL', 'AOÛ', 'SEP', 'OCT', 'NOV', 'DÉC']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(r, d, lang, dob=False):
    if lang == 'fr':
        opts = [f'{d.year}-{d.month:02d}-{d.day:02d}', f'{d.day:02d}/{d.month:02d}/{d.year}', f'{d.day} {MOIS[d.month - 1]} {d.year}',
                f'{d.day:02d}-{MOIS3[d.month - 1]}-{d.year % 100:02d}', f'{d.year}{d.month:02d}{d.day:02d}',
                f'{d.day}/{d.month}/{d.year % 100:02d}', f'{d.year}/{d.month:02d}/{d.day:02d}', f'{d.day:02d} {MOIS_ABR[d.month - 1]} {d.year}',
                f'{d.day:02d}.{d.month:02d}.{d.year}', ('1er' if d.day == 1 else str(d.day)) + f' {MOIS[d.month - 1]} {d.year}']
    else:
        opts = [f'{d.year}-{d.month:02d}-{d.day:02d}', f'{MONTHS[d.month - 1]} {d.day}, {d.year}', f'{d.day:02d}/{d.month:02d}/{d.year}',
                f'{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year % 100:02d}', f'{d.year}{d.month:02d}{d.day:02d}',
                f'{d.month:02d}/{d.day:02d}/{d.year}', f'{d.day} {MONTHS[d.month - 1]} {d.year}', f'{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}',
                f'{d.year}/{d.month:02d}/{d.day:02d}']
    w = [5, 4, 4, 2, 1, 1, 1, 2, 1, 1] if lang == 'fr' else [5, 4, 3, 2, 1, 2, 2, 2, 1]
    return r.choices(opts, weights=w)[0]


def rand_dob(r):
    return datetime.date(r.randint(1932, 2016), r.randint(1, 12), r.randint(1, 28))


def rand_recent(r):
    return datetime.date(r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))


def fmt_time(r, lang):
    h, m = r.randint(7, 20), r.choice([0, 0, 15, 30, 45, 5, 20, 40, 10, 50])
    if lang == 'fr':
        return r.choice([f'{h} h {m:02d}', f'{h}h{m:02d}', f'{h}:{m:02d}', f'{h} h' if m == 0 else f'{h} h {m:02d}'])
    hh = h if h <= 12 else h - 12
    return r.choice([f'{h}:{m:02d}', f'{hh}:{m:02d} {"a.m." if h < 12 else "p.m."}', f'{hh}:{m:02d}{"am" if h < 12 else "pm"}'])


def amount(r, lang):
    v = r.choice([r.randint(5, 95), r.randint(100, 2500), r.randint(20, 400)]) + r.choice([0, 0, 0.5, 0.25, 0.99, 0.75])
    if lang == 'fr':
        s = f'{v:,.2f}'.replace(',', ' ').replace('.', ',')
        return r.choice([s + ' $', s + ' $', f'{int(v)} $', s + '$'])
    return r.choice([f'${v:,.2f}', f'${int(v)}', f'{v:,.2f} $'])


def fileno(r):
    y = r.randint(2019, 2025)
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    return r.choice([f'{y}-{r.randint(1, 9999):04d}', f'R-{r.randint(10000, 99999)}', f'{r.randint(1000, 9999)}-{r.randint(10, 99)}-{y}',
                     f'{y}-AI-{r.randint(1, 999):04d}', f'CAI {r.randint(1000000, 1299999)}', f'{y % 100}-{r.randint(100000, 999999)}',
                     f'INC{r.randint(1000000, 9999999)}', f'SAJ-{y}-{r.randint(100, 9999)}', f'{r.choice(L)}{r.choice(L)}-{y}-{r.randint(10, 999):03d}',
                     f'DPJ-{r.randint(10000, 99999)}', f'{r.randint(100, 999)}-{y}-{r.randint(10, 99)}'])


# ================================================================ people
class Person:
    def __init__(self, given, surname, sex, origin, r):
        self.given, self.surname, self.sex, self.origin = given, surname, sex, origin
        self.sfirst = origin in ('vn', 'cn', 'ko') and r.random() < 0.45   # "Đặng Thắm", "Zhou Yiming"
        self.ascii = (origin == 'vn' and r.random() < 0.6) or r.random() < 0.05
        self.dob = rand_dob(r)
        self._email = None

    def g(self):
        return fold(self.given) if self.ascii else self.given

    def s(self):
        return fold(self.surname) if self.ascii else self.surname

    def full(self):
        return f'{self.s()} {self.g()}' if self.sfirst else f'{self.g()} {self.s()}'

    def initials(self):
        parts = re.split(r'(-)', self.g())
        return ''.join(x if x == '-' else x[:1] + '.' for x in parts if x)


def courtesy(r, p, lang):
    if lang == 'fr':
        return r.choice(['Mme', 'Mme', 'madame', 'Madame']) if p.sex == 'f' else r.choice(['M.', 'M.', 'monsieur', 'Monsieur'])
    return r.choice(['Ms.', 'Mrs.', 'Ms']) if p.sex == 'f' else r.choice(['Mr.', 'Mr', 'Mr.'])


def nm(r, p, style, lang='fr', title=None):
    """Pieces for one mention of p; a title stays outside the PERSON span."""
    if style == 'full':
        return P(p.full())
    if style == 'given':
        return P(p.g())
    if style == 'sur':
        return P(p.s())
    if style == 'formal':
        return [(title or courtesy(r, p, lang)) + ' ', P(p.s())]
    if style == 'formal_full':
        return [(title or courtesy(r, p, lang)) + ' ', P(p.full())]
    if style == 'inv':
        s = p.s().upper() if r.random() < 0.5 else p.s()
        return P(f'{s}, {p.g()}')
    if style == 'init':
        return P(f'{p.initials()} {p.s()}')
    if style == 'lower':
        return P(p.full().lower())
    if style == 'lgiven':
        return P(p.g().lower())
    if style == 'upper':
        return P(p.full().upper())
    if style == 'SURg':
        return P(f'{p.s().upper()} {p.g()}')
    raise ValueError(style)


def any_ref(r, p, lang, casual=False):
    """A repeat mention in running text."""
    if casual:
        return nm(r, p, r.choice(['lgiven', 'lgiven', 'given', 'lower', 'sur']), lang)
    return nm(r, p, r.choices(['given', 'sur', 'formal', 'full', 'formal_full'], [3, 1, 3, 2, 1])[0], lang)


def de(x, lang='fr'):
    """French 'de'/'d'' before a name piece; the elided d' stays outside."""
    t = plain(x).lstrip()
    if lang == 'fr' and t[:1] and fold(t[:1]).lower() in 'aeiouyh' and not t.startswith(('M.', 'Mme', 'Me ', 'Dr', 'madame', 'monsieur', 'Madame', 'Monsieur')):
        return ["d'", x]
    return ['de ', x]


def poss(x):
    """English possessive: the 's stays outside."""
    return [x, "'" if plain(x).endswith('s') else "'s"]


class World:
    def __init__(self, mode):
        self.mode = mode
        self.names = split_names(mode)
        sp = lambda tag, items: split_pool(tag, items, mode)
        self.streets_fr, self.streets_en = sp('stf', STREETS_FR), sp('ste', STREETS_EN)
        self.cities, self.hoods, self.regions = sp('city', CITIES), sp('hood', NEIGHBOURHOODS), sp('reg', REGIONS)
        self.orgs_fr, self.orgs_en = sp('orgf', ORGS_FR), sp('orge', ORGS_EN)
        self.laws_fr, self.laws_en = sp('lawf', LAWS_FR), sp('lawe', LAWS_EN)
        self.mail, self.work = sp('mail', MAIL_DOMAINS), sp('work', WORK_DOMAINS)
        self.foreign = sp('fadr', FOREIGN_ADDR)
        self.police_units = sp('pol', POLICE_UNITS)
        self.fill = {l: sp('fill' + l, FILL[l]) for l in FILL}
        self.wordy = {l: sp('wordy' + l, WORDY[l]) for l in WORDY}
        self.origins = [o for o in ORIGIN_W if self.names[o][2] and (self.names[o][0] or self.names[o][1])]

    def person(self, r, origin=None, sex=None, avoid=()):
        for _ in range(50):
            o = origin or r.choices(self.origins, [ORIGIN_W[x] for x in self.origins])[0]
            fem, mal, sur = self.names[o]
            sx = sex or r.choice('fm')
            gp = fem if sx == 'f' else mal
            donor = o
            if not gp or r.random() < (0.45 if o in ('ind', 'ph', 'cn') else 0.12):
                donor = r.choice(['qc', 'en'] if o in ('ind', 'ph', 'cn', 'ko', 'vn', 'ht') else ['qc', 'en', o])
                gp = self.names[donor][0 if sx == 'f' else 1] or gp
            if not gp or not sur:
                continue
            if o in ('qc', 'en') and r.random() < 0.1:     # names that are also ordinary words
                sur = [x for x in sur if x in WORD_SURNAMES] or sur
            if donor in ('qc', 'en') and r.random() < 0.06:
                gp = [x for x in gp if x in WORD_SURNAMES] or gp
            p = Person(r.choice(gp), r.choice(sur), sx, o, r)
            if donor != o:
                p.sfirst = False
            if p.surname not in avoid and p.given not in avoid:
                return p
        return p

    def people(self, r, k, **kw):
        out, seen = [], set()
        while len(out) < k:
            p = self.person(r, avoid=seen, **kw)
            seen.update((p.surname, p.given))
            out.append(p)
        return out

    def email(self, r, p, work=False):
        key = '_mail_w' if work else '_mail_p'
        if getattr(p, key, None) is None or r.random() < 0.1:
            setattr(p, key, self._email(r, p, work))
        return getattr(p, key)

    def _email(self, r, p, work=False):
        g = re.sub(r"[^a-z0-9-]", '', fold(p.given).lower())
        s = re.sub(r"[^a-z0-9-]", '', fold(p.surname).lower())
        if work:
            return f'{g}.{s}@{r.choice(self.work)}'
        loc = r.choice([f'{g}.{s}', f'{g[0]}{s}', f'{s}.{g}', f'{g}{s}{r.randint(1, 99)}', f'{g}_{s}', f'{g}.{s}{r.randint(60, 99)}',
                        f'{s}{g[0]}', f'{g}{r.randint(1950, 2010)}', f'{g[0]}.{s}'])
        return f'{loc}@{r.choice(self.mail)}'

    def spelled_email(self, r, p, lang):
        g = fold(p.given).lower().replace('-', ' tiret ' if lang == 'fr' else ' dash ')
        s = fold(p.surname).lower().replace('-', ' tiret ' if lang == 'fr' else ' dash ')
        dom = r.choice(self.mail)
        if lang == 'fr':
            return f'{g} point {s} arobase {dom.replace(".", " point ")}'
        return f'{g} dot {s} at {dom.replace(".", " dot ")}'

    def city(self, r):
        return r.choice(self.cities)

    def street(self, r, lang):
        if lang == 'en' and r.random() < 0.55:
            return r.choice(self.streets_en)
        return r.choice(self.streets_fr)

    def org(self, r, lang):
        if lang == 'en' and r.random() < 0.65:
            return D(r.choice(self.orgs_en), 'ORG')
        return D(r.choice(self.orgs_fr), 'ORG')

    def law(self, r, lang):
        return D(r.choice(self.laws_fr if lang == 'fr' else self.laws_en), 'LAW')

    def place(self, r):
        k = r.random()
        if k < 0.7:
            return D(self.city(r)[0], 'PLACE')
        if k < 0.9:
            return D(r.choice(self.hoods), 'PLACE')
        return D(r.choice(self.regions), 'PLACE')


def abbr_street(r, s):
    if r.random() < 0.35:
        for a, b in (('boulevard ', 'boul. '), ('avenue ', 'av. '), ('chemin ', 'ch. '), (' Street', ' St.'), (' Avenue', ' Ave.'),
                     (' Boulevard', ' Blvd'), (' Road', ' Rd'), ('Saint-', 'St-'), ('Sainte-', 'Ste-'), (' Drive', ' Dr.'),
                     (' Crescent', ' Cres.'), (' Est', ' E.'), (' Ouest', ' O.')):
            if a in s:
                s = s.replace(a, b, 1)
                if r.random() < 0.6:
                    break
    return s


def address(r, w, lang):
    """(ADDRESS text, city, postal code text)."""
    st = abbr_street(r, w.street(r, lang))
    n = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 12999)]))
    a = str(r.choice([r.randint(1, 12), r.randint(101, 412), r.randint(1, 8)]))
    en_style = st.split()[-1] in ('Street', 'St.', 'Avenue', 'Ave.', 'Boulevard', 'Blvd', 'Road', 'Rd', 'Drive', 'Dr.', 'Crescent',
                                  'Cres.', 'North', 'West') or st.endswith(('Avenue North', 'Street West'))
    if lang == 'fr' or not en_style:
        line = r.choices([f'{n}, {st}', f'{n} {st}', f'{n}, {st}, app. {a}', f'{n}-{a}, {st}', f'{a}-{n} {st}', f'{n} {st}, app {a}',
                          f'{n}, {st}, logement {a}', f'{n} {st} #{a}', f'{n}, {st}, bureau {a}'], [5, 4, 3, 1, 2, 1, 1, 1, 1])[0]
    else:
        line = r.choices([f'{n} {st}', f'{n} {st}, Apt. {a}', f'{a}-{n} {st}', f'{n} {st}, Unit {a}', f'{n} {st} #{a}',
                          f'{n}, {st}, apt {a}'], [5, 3, 2, 1, 1, 1])[0]
    c = w.city(r)
    return line, c[0], postal(r, c[1])


def addr_pieces(r, w, lang, sep=None, with_pc=True):
    line, city, pc = address(r, w, lang)
    sep = sep if sep is not None else r.choice([', ', ', ', '\n', ' '])
    prov = r.choice([' (Québec)', ' (Québec)', ', QC', ' QC', '', ' (Qc)']) if lang == 'fr' else r.choice([', QC', ' QC', ', Quebec', ' (Québec)', ''])
    out = [P(line, 'ADDRESS'), sep, city + prov]
    if with_pc:
        out += [r.choice(['  ', ' ', ', ', ' ']), P(pc, 'POSTAL_CODE')]
    return out


def foreign_addr(r, w):
    line, rest = r.choice(w.foreign)
    return [P(line.format(n=r.randint(2, 240)), 'ADDRESS'), r.choice([', ', '\n']), rest]


def phone_p(r, foreign=0.06):
    if r.random() < foreign:
        return P(fmt_foreign_phone(r), 'PHONE')
    return P(fmt_phone(r), 'PHONE')


def phone_ext(r, lang, p=0.3):
    out = [phone_p(r)]
    if r.random() < p:
        out.append(extension(r, lang))
    return out


def dob_p(r, p, lang):
    return P(fmt_date(r, p.dob, lang, dob=True), 'DOB')


def date_d(r, lang, d=None):
    return D(fmt_date(r, d or rand_recent(r), lang), 'DATE')


def slots(_rng, _world, _lang, **people):
    """A dictionary of ready-made pieces for templates."""
    r, w, lang = _rng, _world, _lang
    k = {}
    d = rand_recent(r)
    k['date'] = date_d(r, lang, d)
    k['date2'] = date_d(r, lang)
    k['wd'] = D(r.choice(JOURS if lang == 'fr' else DAYS), 'WEEKDAY')
    k['time'] = D(fmt_time(r, lang), 'TIME')
    k['time2'] = D(fmt_time(r, lang), 'TIME')
    k['month'] = D((MOIS if lang == 'fr' else MONTHS)[r.randrange(12)], 'MONTH')
    k['year'] = D(str(r.randint(2008, 2025)), 'YEAR')
    k['org'], k['org2'] = w.org(r, lang), w.org(r, lang)
    k['place'] = w.place(r)
    k['amt'], k['amt2'] = D(amount(r, lang), 'AMOUNT'), D(amount(r, lang), 'AMOUNT')
    k['file'] = D(fileno(r), 'FILENO')
    k['law'] = w.law(r, lang)
    k['tf'] = D(tollfree(r), 'TOLLFREE')
    k['street'] = D(abbr_street(r, w.street(r, lang)), 'STREET')
    k['tel'] = phone_p(r)
    k['tel2'] = phone_ext(r, lang, 0.5)
    k['num'] = str(r.randint(2, 9))
    k['addr'] = addr_pieces(r, w, lang, sep=', ')
    k['addr_nopc'] = addr_pieces(r, w, lang, sep=', ', with_pc=False)
    k['fill'] = FillRef(w, lang)
    k['wordy'] = FillRef(w, lang, wordy=True)
    for key, p in people.items():
        k[key] = nm(r, p, 'full', lang)
        k[key + '_g'] = nm(r, p, 'given', lang)
        k[key + '_lg'] = nm(r, p, 'lgiven', lang)
        k[key + '_s'] = nm(r, p, 'sur', lang)
        k[key + '_f'] = nm(r, p, 'formal', lang)
        k[key + '_ff'] = nm(r, p, 'formal_full', lang)
        k[key + '_l'] = nm(r, p, 'lower', lang)
        k[key + '_r'] = any_ref(r, p, lang)
        k[key + '_c'] = any_ref(r, p, lang, casual=True)
        k[key + '_de'] = de(any_ref(r, p, lang), lang)
        k[key + '_poss'] = poss(any_ref(r, p, lang))
        k[key + '_dob'] = dob_p(r, p, lang)
        k[key + '_mail'] = P(w.email(r, p), 'EMAIL')
        k[key + '_tel'] = phone_p(r)
        k[key + '_mailw'] = P(w.email(r, p, work=True), 'EMAIL')
        k[key + '_init'] = nm(r, p, 'init', lang)
        k[key + '_inv'] = nm(r, p, 'inv', lang)
        k[key + '_nas'] = P(nas(r), 'NAS')
        k[key + '_ramq'] = P(ramq(r, p), 'RAMQ')
        k[key + '_dl'] = P(licence(r, p), 'DRIVER_LICENCE')
        k[key + '_pp'] = P(passport(r), 'PASSPORT')
        k[key + '_il'] = ('elle' if p.sex == 'f' else 'il') if lang == 'fr' else ('she' if p.sex == 'f' else 'he')
        k[key + '_Il'] = k[key + '_il'].capitalize()
        k[key + '_his'] = ('her' if p.sex == 'f' else 'his')
        k[key + '_e'] = 'e' if p.sex == 'f' else ''
        k[key + '_la'] = ('la cliente' if p.sex == 'f' else 'le client') if lang == 'fr' else 'the client'
        fr = lang == 'fr'
        k[key + '_kin'] = ('sa fille' if p.sex == 'f' else 'son fils') if fr else ('daughter' if p.sex == 'f' else 'son')
        k[key + '_sib'] = ('sa sœur' if p.sex == 'f' else 'son frère') if fr else ('sister' if p.sex == 'f' else 'brother')
        k[key + '_Sib'] = k[key + '_sib'][0].upper() + k[key + '_sib'][1:]
        k[key + '_usr'] = ("l'usagère" if p.sex == 'f' else "l'usager")
    return k


class FillRef:
    """A filler sentence, drawn (without repeats in a document) when rendered."""
    def __init__(self, w, lang, wordy=False):
        self.pool = (w.wordy if wordy else w.fill)[lang]

    def draw(self, doc):
        used = doc.__dict__.setdefault('_used', set())
        left = [x for x in self.pool if x not in used] or self.pool
        x = doc.r.choice(left)
        used.add(x)
        return x


# ======================================================= sentence pools
# [[...]] marks ordinary words that must be kept (content); {{text|TYPE}}
# marks a decoy.  No personal information in these sentences.
FILL = {'fr': [
 "Le [[formulaire]] de consentement a été [[signé]] et versé au dossier.",
 "La [[situation]] demeure [[stable]] depuis la dernière rencontre.",
 "Aucun [[enjeu]] de sécurité n'a été [[soulevé]] pendant l'entretien.",
 "Les [[démarches]] auprès du propriétaire sont toujours en [[attente]].",
 "Il faudra [[vérifier]] si le [[rapport]] médical a bien été reçu.",
 "La [[rencontre]] s'est déroulée dans le calme, sans [[interruption]].",
 "Le plan d'[[intervention]] sera [[révisé]] au prochain trimestre.",
 "Les [[factures]] d'électricité restent impayées depuis l'hiver.",
 "Un [[suivi]] hebdomadaire est recommandé pour le moment.",
 "La [[demande]] a été transmise au service concerné pour [[analyse]].",
 "Le [[logement]] est jugé [[salubre]] malgré quelques traces d'humidité.",
 "Aucune [[pièce]] justificative n'accompagnait la [[requête]].",
 "Les [[horaires]] de l'autobus compliquent l'accès aux rendez-vous.",
 "Le [[transport]] adapté a été réservé pour la semaine prochaine.",
 "On note une [[amélioration]] de l'humeur et du [[sommeil]].",
 "Le [[budget]] familial ne permet pas l'achat de [[lunettes]] neuves.",
 "La [[garderie]] a confirmé une place à temps partiel.",
 "Le [[rapport]] d'évaluation sera prêt d'ici deux semaines.",
 "Les [[voisins]] se plaignent du [[bruit]] tard le soir.",
 "L'[[épicerie]] communautaire ouvre le mercredi après-midi.",
 "Le [[chauffage]] ne fonctionne plus dans la chambre du fond.",
 "Il reste trois [[boîtes]] à déménager avant la fin du [[bail]].",
 "La [[traduction]] des documents a été demandée à l'interprète.",
 "Les [[médicaments]] sont pris de façon irrégulière selon la pharmacie.",
 "Un [[ergothérapeute]] viendra évaluer la salle de bain.",
 "La [[clinique]] exige une nouvelle [[référence]] du médecin traitant.",
 "Le [[dossier]] est complet et prêt pour la révision.",
 "Il n'y a pas de [[conflit]] d'intérêts à déclarer.",
 "Les [[enfants]] fréquentent la même [[école]] primaire.",
 "Une [[évaluation]] psychosociale a été amorcée la semaine dernière.",
 "Le [[comité]] se réunira de nouveau après les vacances.",
 "La [[plainte]] sera traitée selon la procédure habituelle.",
 "Le [[délai]] de réponse prévu par la loi a été respecté.",
 "Les [[photos]] jointes montrent l'état de la cuisine.",
 "Le [[contrat]] de location a été renouvelé pour un an.",
 "La [[cour]] arrière est encombrée de vieux meubles.",
 "Il a été convenu de [[reporter]] la décision.",
 "L'[[ascenseur]] de l'immeuble est en panne depuis lundi.",
 "Le [[jardin]] communautaire manque de bénévoles cet été.",
 "La [[facture]] a été payée en deux versements.",
 "Le [[boulanger]] du quartier livre encore le pain aux aînés.",
 "Elle a reçu une [[rose]] et une carte pour son anniversaire.",
 "Voir la [[page]] 3 du rapport pour le détail des dépenses.",
 "Le [[marchand]] a accepté de reprendre l'appareil défectueux.",
 "Un [[pigeon]] blessé a été retiré du balcon par le concierge.",
 "La neige s'accumule au [[pied]] de l'escalier de secours.",
 "Le [[meunier]] du vieux moulin fait partie de la visite scolaire.",
 "Les [[poissons]] de l'aquarium de la salle d'attente sont nourris le matin.",
 "Le [[charpentier]] doit refaire la rampe d'accès extérieure.",
 "Les [[fleurs]] du hall ont été offertes par les bénévoles.",
],
 'en': [
 "The consent [[form]] was [[signed]] and added to the file.",
 "The [[situation]] has remained [[stable]] since the last visit.",
 "No [[safety]] concerns were raised during the interview.",
 "The [[landlord]] has not answered any of the [[messages]] yet.",
 "We still need to confirm that the medical [[report]] was received.",
 "The [[meeting]] went smoothly and without [[interruption]].",
 "The [[service]] plan will be reviewed next quarter.",
 "Hydro [[bills]] have gone unpaid since the winter.",
 "Weekly [[follow-up]] is recommended for now.",
 "The [[request]] was forwarded to the relevant department for [[review]].",
 "The [[apartment]] is considered [[sanitary]] despite some moisture.",
 "No supporting [[documents]] were attached to the [[application]].",
 "Bus [[schedules]] make it hard to get to appointments.",
 "Paratransit has been [[booked]] for next week.",
 "Mood and [[sleep]] seem to have improved.",
 "The family [[budget]] does not allow for new [[glasses]].",
 "The [[daycare]] confirmed a part-time spot.",
 "The assessment [[report]] should be ready within two weeks.",
 "[[Neighbours]] complain about [[noise]] late at night.",
 "The community [[pantry]] opens on Wednesday afternoons.",
 "The [[heating]] no longer works in the back bedroom.",
 "The [[interpreter]] was asked to translate the documents.",
 "Medication is taken [[irregularly]] according to the pharmacy.",
 "An occupational [[therapist]] will assess the bathroom.",
 "The [[clinic]] requires a new referral from the family doctor.",
 "The [[file]] is complete and ready for review.",
 "There is no [[conflict]] of interest to declare.",
 "Both [[children]] attend the same elementary [[school]].",
 "The [[committee]] will meet again after the holidays.",
 "The [[complaint]] will be handled under the usual procedure.",
 "The legal [[deadline]] for a reply was met.",
 "The attached [[photos]] show the state of the kitchen.",
 "The [[lease]] was renewed for another year.",
 "The [[elevator]] has been out of order since Monday.",
 "The [[invoice]] was paid in two instalments.",
 "Several [[young]] people from the area use the drop-in centre.",
 "A [[king]]-size mattress was left in the hallway.",
 "The [[cook]] at the shelter prepares lunch for forty residents.",
 "A red [[fox]] has been seen near the daycare fence.",
 "See [[page]] 4 of the report for the detailed expenses.",
 "The [[bird]] feeder in the courtyard was removed by maintenance.",
 "She hopes to find a job as a [[baker]] after the course.",
 "The [[stone]] steps at the entrance are cracked.",
],
}
WORDY = {'fr': [
 "Le rendez-vous a été déplacé à la {{Pharmacie Jean Coutu|ORG}} du coin.",
 "L'activité aura lieu à l'{{aréna Maurice-Richard|ORG}}.",
 "Son fils fréquente l'{{école Marguerite-Bourgeoys|ORG}}.",
 "La circulation était bloquée sur le {{pont Jacques-Cartier|PLACE}}.",
 "Le local se trouve près de la station de métro {{Lionel-Groulx|PLACE}}.",
 "Il travaille de nuit au {{Marché Jean-Talon|ORG}}.",
 "La collecte aura lieu au parc {{Frédéric-Back|PLACE}}.",
 "Le groupe se rencontre à la {{Maison Jean Lapointe|ORG}} le jeudi.",
 "Elle a séjourné à l'{{Hôpital Charles-LeMoyne|ORG}} en février.",
 "Les inscriptions se font au {{Centre sportif Claude-Robillard|ORG}}.",
 "Le spectacle de fin d'année est présenté à la {{salle Wilfrid-Pelletier|ORG}}.",
 "Une panne a touché tout le secteur de la {{rue Saint-Denis|STREET}}.",
 "Le véhicule a été aperçu sur l'{{autoroute Jean-Lesage|STREET}}.",
 "Il fait du bénévolat au {{Collège Jean-de-Brébeuf|ORG}} le samedi.",
 "La famille a visité le {{parc national du Mont-Tremblant|PLACE}} cet été.",
 "Le chantier du {{boulevard Lapointe|STREET}} ralentit les autobus.",
 "Le dépanneur du coin de la {{rue Young|STREET}} a fermé.",
 "Le club de lecture se réunit à la {{bibliothèque Marc-Favreau|ORG}}.",
 "L'école a organisé une sortie au {{Musée McCord|ORG}}.",
 "Elle achète son pain à la {{Boulangerie Première Moisson|ORG}}.",
 "Un [[marchand]] de meubles usagés a offert un lit.",
 "La fête des voisins aura lieu au parc {{La Fontaine|PLACE}}.",
 "Le bureau régional est situé à {{Baie-Comeau|PLACE}}.",
 "La réunion s'est tenue au {{Cégep Marie-Victorin|ORG}}.",
 "Le {{Centre culturel Georges-Vanier|ORG}} prête sa salle gratuitement.",
 "On a vu de la fumée du côté de la {{rue King Ouest|STREET}}.",
 "Une [[rose]] des vents est peinte sur le mur de la cour d'école.",
 "Le [[blanc]] de la façade a été repeint l'an dernier.",
 "L'équipe de hockey joue à l'{{aréna Michel-Normandin|ORG}}.",
],
 'en': [
 "The appointment was moved to the {{Pharmacie Jean Coutu|ORG}} on the corner.",
 "Practice is held at the {{Kirkland Arena|ORG}}.",
 "Her son attends {{Dawson College|ORG}}.",
 "Traffic was blocked on the {{Jacques-Cartier Bridge|PLACE}}.",
 "The office is near {{Lionel-Groulx|PLACE}} metro station.",
 "He works nights at the {{Jean-Talon Market|ORG}}.",
 "The group meets at {{Hope & Cope|ORG}} on Thursdays.",
 "She stayed at the {{Jewish General Hospital|ORG}} in February.",
 "The food drive is at the {{Cummings Centre|ORG}}.",
 "There was a power outage along {{King Street|STREET}} in Sherbrooke.",
 "The car was spotted on {{Décarie Expressway|STREET}}.",
 "The family visited {{Mont-Tremblant|PLACE}} last summer.",
 "Roadwork on {{Cook Street|STREET}} is slowing the buses.",
 "The book club meets at the {{Atwater Library|ORG}}.",
 "The school organised a trip to the {{McCord Museum|ORG}}.",
 "The volunteers planted a [[rose]] garden behind the centre.",
 "The youth programme is run with the {{Young Offenders Unit|ORG}}.",
 "The seniors' lunch is at the {{Rose Garden Seniors Residence|ORG}}.",
 "He volunteers at {{Bird Protection Quebec|ORG}} on weekends.",
 "A [[fox]] den was found under the shed.",
 "The daycare is at {{Stone Bridge Daycare|ORG}} on the ground floor.",
 "The team plays at the {{Fox Run Golf Club|ORG}} every June.",
 "Please turn the [[page]] and sign the back of the form.",
 "The [[king]] of the chess club is a retired teacher, as the kids say.",
 "The regional office is in {{Baie-Comeau|PLACE}}.",
 "The hearing took place at the {{Palais de justice de Longueuil|ORG}}.",
]}


# ============================================================== families
def entry_date(r, lang):
    d = rand_recent(r)
    if lang == 'fr':
        s = r.choice([f'{d.year}-{d.month:02d}-{d.day:02d}', f'{d.day:02d}/{d.month:02d}', f'{d.day} {MOIS_ABR[d.month - 1]}',
                      f'{JOURS[d.weekday()][:3]}. {d.day}/{d.month}', f'{d.day:02d}-{d.month:02d}-{d.year}'])
    else:
        s = r.choice([f'{d.year}-{d.month:02d}-{d.day:02d}', f'{d.month}/{d.day}', f'{MONTHS[d.month - 1][:3]} {d.day}',
                      f'{DAYS[d.weekday()][:3]} {d.month}/{d.day}', f'{d.day:02d}/{d.month:02d}/{d.year}'])
    return D(s, 'DATE')


CASE_FR = [
 "vu {c_la} au bureau ({c_f}), accompagné{c_e} de {r_kin} {r_lg}. discuté budget + loyer. à revoir {wd}.",
 "appel de {r_c} au {r_tel}, inquiet(e) pour {c_c}. rappeler {s_lg} {wd} re: formulaire aide sociale.",
 "tél. à {c_c} : pas de réponse, laissé msg au {c_tel}.",
 "rdv annulé par {c_c}. reporté au {date2} à {time}.",
 "rencontre avec {c_f} et {s_lg} (TS hôpital). {c_g} dit que ça va mieux depuis {month}.",
 "RAS. {c_g} a reçu sa carte OPUS. prochain rdv {wd}.",
 "vérif. DDN {c_dob} avec la RAMQ ({c_ramq}) — ok.",
 "dde d'aide financière envoyée à {org} — montant demandé {amt}.",
 "{c_g} a déménagé, nouvelle adresse : {addr}.",
 "courriel reçu de {c_mail} — veut changer l'heure du rdv.",
 "rappeler {r_lg} {wd} ap-midi au {r_tel}. {fill}",
 "note : {s_lg} me remplace pendant mes vacances, transférer dossier {file}.",
 "visite à dom. près de la {street} — appart. propre, frigo presque vide. réf. banque alimentaire {place}.",
 "{c_c} très anxieu{c_x} ce matin. pleure. {r_g} ({r_kin}) était présent{r_e}. {fill}",
 "discuté avec {s_lg} (superviseure) : on garde le dossier ouvert 3 mois.",
 "{c_c} demande copie de son dossier — expliqué procédure, {law}.",
 "pharmacie a appelé : {c_g} n'est pas venu{c_e} chercher ses médicaments.",
 "laissé message à {r_c} ({r_tel}), pas de retour.",
 "rencontre annulée (tempête). {wordy}",
 "proprio ({p_full}) refuse de faire les réparations. dossier TAL {file}.",
 "cell de {c_g} : {c_tel} — fixe coupé depuis {month}.",
 "{c_c} veut que {r_kin} {r_g} soit ajouté{r_e} comme personne à contacter.",
]
CASE_EN = [
 "saw {c_la} at the office ({c_f}) w/ {r_kin} {r_lg}. discussed budget + rent. f/u {wd}.",
 "call from {r_c} at {r_tel}, worried about {c_c}. call {s_lg} back {wd} re: welfare form.",
 "called {c_c}: no answer, left vm at {c_tel}.",
 "appt cancelled by {c_c}. moved to {date2} at {time}.",
 "met {c_f} and {s_lg} (hospital SW). {c_g} says things are better since {month}.",
 "nothing new. {c_g} got the bus pass. next appt {wd}.",
 "checked DOB {c_dob} with RAMQ ({c_ramq}) - ok.",
 "financial aid request sent to {org} for {amt}.",
 "{c_g} moved, new address: {addr}.",
 "email from {c_mail} - wants to change appt time.",
 "call {r_lg} back {wd} pm at {r_tel}. {fill}",
 "note: {s_lg} covers while I'm on leave, transfer file {file}.",
 "home visit near {street} - apt clean, fridge nearly empty. referred to food bank in {place}.",
 "{c_c} very anxious this am. crying. {r_g} ({r_kin}) was there. {fill}",
 "talked w/ {s_lg} (supervisor): keeping file open 3 more months.",
 "{c_c} asking for a copy of the file - explained process, {law}.",
 "pharmacy called: {c_g} didn't pick up meds.",
 "left msg for {r_c} ({r_tel}), no call back.",
 "meeting cancelled (storm). {wordy}",
 "landlord ({p_full}) refuses repairs. TAL file {file}.",
 "{c_poss} cell: {c_tel} - landline cut since {month}.",
 "{c_c} wants {c_his} {r_kin} {r_g} added as emergency contact.",
]


def fam_casenote(r, w, lang):
    d = Doc(r, lang)
    c, rel, s, p = w.people(r, 4)
    hdr = r.choice(['Notes évol. — dossier {file}', 'NOTES — {c_inv}', 'notes de suivi {c_l}', 'Journal — {c_inv} ({file})']
                   if lang == 'fr' else ['Case notes - file {file}', 'NOTES - {c_inv}', 'follow-up notes {c_l}', 'Log - {c_inv} ({file})'])
    k = slots(r, w, lang, c=c, r=rel, s=s, p=p)
    d.f(hdr, **k)
    d.nl(2)
    pool = CASE_FR if lang == 'fr' else CASE_EN
    for tpl in r.sample(pool, r.randint(4, 8)):
        k = slots(r, w, lang, c=c, r=rel, s=s, p=p)
        k['c_x'] = 'se' if c.sex == 'f' else 'x'
        k['p_full'] = nm(r, p, r.choice(['full', 'sur', 'formal']), lang)
        d.put(entry_date(r, lang))
        d.t(r.choice([' — ', ' - ', ' : ', '  ', ' ']))
        d.f(tpl, **k)
        d.nl()
    d.f(r.choice(['\n— {s_init}', '\n{s_lg}', '\n/{s_init}', '']), **slots(r, w, lang, s=w.person(r)))
    return d


def fam_progress(r, w, lang):
    d = Doc(r, lang)
    c, sw, rel = w.people(r, 3)
    k = slots(r, w, lang, c=c, sw=sw, r=rel)
    if lang == 'fr':
        d.f("NOTE D'ÉVOLUTION\n{usr_lbl} : {c_inv}    DDN : {c_dob}    No dossier : {file}\n", usr_lbl=r.choice(['Usager', 'Usagère', 'Client', 'Nom']), **k)
        d.f("Date de l'intervention : {date}   Durée : {num}0 min   Mode : {mode}\nIntervenant(e) : {sw}, {cred}\n\n",
            mode=r.choice(['domicile', 'bureau', 'téléphone', 'visioconférence']), cred=r.choice(['T.S.', 't.s.', 'éducatrice spécialisée', 'agent de relations humaines']), **k)
        d.f("Objectif : maintien à domicile et soutien au réseau. {fill}\n\n", **k)
        d.f("Observations : {c_f} nous accueille {lieu}. {c_Il} dit avoir peu dormi. {fill} {r_g}, {r_kin}, était présent{r_e} "
            "et a pris la parole à quelques reprises. {fill}\n\n", lieu=r.choice(['dans la cuisine', 'au salon', 'sur le balcon']),
            **k)
        d.f("Intervention : retour sur les démarches auprès de {org}. {c_g} accepte que nous communiquions avec {r_r} au {r_tel} "
            "en cas de besoin. Référence faite vers {org2}. {fill}\n\n", **k)
        d.f("Analyse : {wordy} {fill}\n\n", **k)
        d.f("Plan : prochaine rencontre le {date2} à {time}. Rappeler {c_g} {wd} pour confirmer. Vérifier avec {r_r} l'horaire du transport.\n\n", **k)
        d.f("{sw_init}, {cred}\n", cred=r.choice(['T.S.', 't.s.', 'ARH', 'é.s.']), **k)
    else:
        d.f("PROGRESS NOTE\nClient: {c_inv}    DOB: {c_dob}    File #: {file}\n", **k)
        d.f("Date of intervention: {date}   Duration: {num}0 min   Mode: {mode}\nWorker: {sw}, {cred}\n\n",
            mode=r.choice(['home visit', 'office', 'phone', 'video call']), cred=r.choice(['MSW', 'SW', 'B.S.W.', 'social worker']), **k)
        d.f("Goal: support to remain at home and strengthen the network. {fill}\n\n", **k)
        d.f("Observations: {c_f} greeted me {lieu}. {c_Il} reports poor sleep. {fill} {r_g}, the {r_kin}, was present and spoke a few times. {fill}\n\n",
            lieu=r.choice(['in the kitchen', 'in the living room', 'at the door']), **k)
        d.f("Intervention: reviewed steps taken with {org}. {c_g} agrees that we contact {r_r} at {r_tel} if needed. Referral made to {org2}. {fill}\n\n", **k)
        d.f("Assessment: {wordy} {fill}\n\n", **k)
        d.f("Plan: next meeting {date2} at {time}. Call {c_g} on {wd} to confirm. Check the paratransit schedule with {r_r}.\n\n", **k)
        d.f("{sw_init}, {cred}\n", cred=r.choice(['MSW', 'SW', 'B.S.W.']), **k)
    return d


SUBJ_FR = ['Suivi du dossier', 'Demande de documents', 'Rendez-vous de {wd}', 'Plainte — suite', 'Accès au dossier', 'Changement d\'adresse',
           'Absence', 'Formulaire de consentement', 'Re: question', 'Remboursement']
SUBJ_EN = ['File follow-up', 'Document request', "{wd}'s appointment", 'Complaint - next steps', 'Access to records', 'Change of address',
           'Absence', 'Consent form', 'Quick question', 'Reimbursement']


def sig(r, w, d, p, lang, k):
    role = r.choice(['Technicienne en administration', 'Agente de relations humaines', "Responsable de l'accès à l'information", 'Conseiller en ressources humaines',
                     'Travailleuse sociale', 'Préposé aux renseignements']) if lang == 'fr' else r.choice(
        ['Administrative technician', 'Human relations officer', 'Access to information officer', 'HR advisor', 'Social worker', 'Client services clerk'])
    d.f(r.choice(['\n--\n', '\n\n', '\n__\n', '\nCordialement,\n' if lang == 'fr' else '\nRegards,\n']))
    d.put(nm(r, p, r.choice(['full', 'full', 'upper']), lang))
    d.t('\n' + role + '\n')
    d.put(k['org'])
    d.t('\n' + (r.choice(['Tél. : ', 'T ', 'Téléphone : ', 'Tél: ']) if lang == 'fr' else r.choice(['Tel: ', 'T: ', 'Phone: ', 'Office: '])))
    d.put(phone_ext(r, lang, 0.7))
    if r.random() < 0.5:
        d.t('\n' + (r.choice(['Cell. : ', 'Cellulaire : ']) if lang == 'fr' else r.choice(['Cell: ', 'Mobile: '])))
        d.put(phone_p(r, 0))
    d.t('\n')
    d.put(P(w.email(r, p, work=True), 'EMAIL'))
    d.t('\n')
    if r.random() < 0.4:
        d.f('Sans frais : {tf}\n' if lang == 'fr' else 'Toll-free: {tf}\n', **k)


def fam_email(r, w, lang):
    d = Doc(r, lang)
    a, b, c, cl = w.people(r, 4)
    k = slots(r, w, lang, a=a, b=b, c=c, cl=cl)
    subj = r.choice(SUBJ_FR if lang == 'fr' else SUBJ_EN)
    lab = (('De', 'Envoyé', 'À', 'Cc', 'Objet') if r.random() < 0.7 else ('From', 'Sent', 'To', 'Cc', 'Subject')) if lang == 'fr' else ('From', 'Sent', 'To', 'Cc', 'Subject')
    # newest message first
    d.f(f"{lab[0]} : " if lang == 'fr' else f"{lab[0]}: ")
    d.put(nm(r, a, 'full', lang)); d.t(' <'); d.put(P(w.email(r, a, work=True), 'EMAIL')); d.t('>\n')
    d.f(f"{lab[1]} : {{date}} {{time}}\n" if lang == 'fr' else f"{lab[1]}: {{date}} {{time}}\n", **k)
    d.f(f"{lab[2]} : " if lang == 'fr' else f"{lab[2]}: ")
    d.put(nm(r, b, r.choice(['full', 'inv']), lang)); d.t(' <'); d.put(P(w.email(r, b, work=r.random() < 0.5), 'EMAIL')); d.t('>\n')
    if r.random() < 0.6:
        d.f(f"{lab[3]} : " if lang == 'fr' else f"{lab[3]}: ")
        d.put(nm(r, c, 'full', lang)); d.t('; ' if r.random() < 0.5 else '\n')
        if d.buf[-1] == '; ':
            d.put(P(w.email(r, c, work=True), 'EMAIL')); d.t('\n')
    d.f(f"{lab[4]} : RE: " if lang == 'fr' else f"{lab[4]}: RE: ")
    d.f(subj, **k); d.t('\n\n')
    if lang == 'fr':
        d.f(r.choice(['Bonjour {b_g},', 'Bonjour,', 'Salut {b_lg},', 'Bonjour {b_f},']) + '\n\n', **k)
        d.f(r.choice([
            "Merci pour ton retour. J'ai parlé à {cl_ff} ce matin : {cl_il} confirme sa nouvelle adresse au {addr}. "
            "Peux-tu mettre à jour le dossier {file}? {fill}",
            "Comme discuté, {cl_f} demande une copie complète de son dossier ({law}). "
            "{cl_Il} souhaite la recevoir par courriel à {cl_mail}. {fill}",
            "Petite mise à jour : {cl_g} ne s'est pas présenté{cl_e} au rendez-vous du {date2}. "
            "J'ai laissé un message au {cl_tel}. {c_Sib}, {c_g}, dit qu'{cl_il} est à l'hôpital. {fill}",
            "Je te transfère la demande de {cl_ff} (DDN {cl_dob}). Le NAS inscrit au formulaire ({cl_nas}) ne concorde pas avec nos données. {fill}",
        ]) + '\n\n', **k)
        d.f(r.choice(['Merci!', 'Merci de ton aide,', 'Bonne journée,', 'À+']) + '\n', **k)
        d.put(nm(r, a, 'given', lang)); d.nl()
    else:
        d.f(r.choice(['Hi {b_g},', 'Hello,', 'Hey {b_lg},', 'Good morning {b_f},']) + '\n\n', **k)
        d.f(r.choice([
            "Thanks for getting back to me. I spoke with {cl_ff} this morning: {cl_il} confirmed the new address at {addr}. "
            "Could you update file {file}? {fill}",
            "As discussed, {cl_f} is requesting a full copy of the file under {law}. "
            "{cl_Il} would like it sent by email to {cl_mail}. {fill}",
            "Quick update: {cl_g} did not show up for the {date2} appointment. I left a message at {cl_tel}. "
            "The {c_sib}, {c_g}, says {cl_il} is in hospital. {fill}",
            "Forwarding the request from {cl_ff} (DOB {cl_dob}). The SIN on the form ({cl_nas}) does not match our records. {fill}",
        ]) + '\n\n', **k)
        d.f(r.choice(['Thanks!', 'Thanks for your help,', 'Best,', 'Cheers,']) + '\n', **k)
        d.put(nm(r, a, 'given', lang)); d.nl()
    sig(r, w, d, a, lang, k)
    # quoted earlier message
    if r.random() < 0.5:
        d.t('\n' + (r.choice(["-----Message d'origine-----", '-------- Message original --------']) if lang == 'fr'
                    else '-----Original Message-----') + '\n')
        d.t(lab[0] + ' : ' if lang == 'fr' else 'From: '); d.put(nm(r, b, 'full', lang)); d.nl()
        d.f((lab[1] + ' : {date2}\n' if lang == 'fr' else 'Sent: {date2}\n'), **k)
        d.t(lab[2] + ' : ' if lang == 'fr' else 'To: '); d.put(nm(r, a, 'full', lang)); d.nl(2)
        q = r.choice(['> ', '', '>'])
    else:
        d.f('\nLe {date2}, ' if lang == 'fr' else '\nOn {date2}, ', **k)
        d.put(nm(r, b, 'full', lang)); d.t(' <'); d.put(P(w.email(r, b), 'EMAIL'))
        d.t('> a écrit :\n' if lang == 'fr' else '> wrote:\n')
        q = '> '
    k2 = slots(r, w, lang, a=a, b=b, cl=cl)
    lines = ([f"{q}Bonjour {{a_g}},", f"{q}", f"{q}Est-ce que {{cl_r}} a rappelé? Sa fille m'a donné un autre numéro : {{cl_tel}}.",
              f"{q}{{fill}}", f"{q}Merci,", f"{q}{{b_g}}"] if lang == 'fr' else
             [f"{q}Hi {{a_g}},", f"{q}", f"{q}Did {{cl_r}} call back? The daughter gave me another number: {{cl_tel}}.",
              f"{q}{{fill}}", f"{q}Thanks,", f"{q}{{b_g}}"])
    for ln in lines:
        d.f(ln + '\n', **k2)
    return d


def spk_style(r, lang):
    """A function rendering a speaker turn label for (role, person)."""
    st = r.randrange(6)
    ts = [0]

    def lab(d, role, p):
        ts[0] += r.randint(4, 40)
        t = f'{ts[0] // 3600:02d}:{ts[0] % 3600 // 60:02d}:{ts[0] % 60:02d}'
        if st == 0:
            d.t(role.upper() + ' : ' if lang == 'fr' else role.upper() + ': ')
        elif st == 1:
            d.t(f'[{t}] {role} — ')
        elif st == 2:
            d.t(('A' if role in ('Agent', 'Agente', 'Préposée', 'Préposé', 'Intervenante', 'Worker', 'Clerk') else 'B') + ': ')
        elif st == 3:
            d.t(f'{role} ('); d.put(nm(r, p, 'given', lang)); d.t(') : ' if lang == 'fr' else '): ')
        elif st == 4:
            d.t(f'Speaker {1 if role in ("Agent", "Agente", "Préposée", "Préposé", "Intervenante", "Worker", "Clerk") else 2} [{t}]: ')
        else:
            d.put(nm(r, p, r.choice(['given', 'full', 'SURg']), lang)); d.t(' > ' if r.random() < 0.3 else ' : ' if lang == 'fr' else ': ')
    return lab


def fam_call(r, w, lang):
    d = Doc(r, lang)
    ag, cl, third = w.people(r, 3)
    third.dob = datetime.date(r.randint(1925, 1962), r.randint(1, 12), r.randint(1, 28))
    k = slots(r, w, lang, ag=ag, cl=cl, t=third)
    lab = spk_style(r, lang)
    A = r.choice(['Agente', 'Préposée', 'Intervenante', 'Préposé']) if lang == 'fr' else r.choice(['Agent', 'Worker', 'Clerk'])
    B = r.choice(['Appelant', 'Appelante', 'Client', 'Usager']) if lang == 'fr' else r.choice(['Caller', 'Client'])
    if lang == 'fr':
        d.f("Transcription d'appel — {date} {time}\nLigne entrante : {tf}   Afficheur : ", **k); d.put(phone_p(r, 0.15)); d.t('\n\n')
        turns = [
            (A, "Bonjour, {org}, {ag_g} à l'appareil, comment puis-je vous aider?"),
            (B, "Oui bonjour, c'est {cl}, j'appelle au sujet de {t_ff}, c'est mon {rel}."),
            (A, "D'accord. Pouvez-vous m'épeler le nom de famille?"),
            (B, "{spell}, comme ça se prononce."),
            (A, "Et sa date de naissance?"),
            (B, "Le {t_dob}."),
            (A, "Avez-vous son numéro d'assurance maladie?"),
            (B, "Euh oui… {t_ramq}, ça expire en {year}."),
            (A, "Merci. {t_Il} habite toujours au {addr_nopc}?"),
            (B, "Non, chez nous maintenant, près de la {street}, à {place}."),
            (A, "Parfait. Quel est le meilleur numéro pour vous joindre?"),
            (B, "Mon cell, le {cl_tel}, ou sinon au travail au {tel2}."),
            (A, "Et une adresse courriel?"),
            (B, "{mail}."),
            (A, "Je note tout ça. {fill} Quelqu'un vous rappellera {wd}."),
            (B, "Merci beaucoup, bonne journée."),
        ]
        rel = 'père' if third.sex == 'm' else 'mère'
    else:
        d.f("Call transcript - {date} {time}\nIncoming line: {tf}   Caller ID: ", **k); d.put(phone_p(r, 0.15)); d.t('\n\n')
        turns = [
            (A, "Good morning, {org}, this is {ag_g}, how can I help you?"),
            (B, "Hi, it's {cl}, I'm calling about {t_ff}, my {rel}."),
            (A, "Okay. Could you spell the last name for me?"),
            (B, "{spell}, like it sounds."),
            (A, "And the date of birth?"),
            (B, "{t_dob}."),
            (A, "Do you have the Medicare number?"),
            (B, "Uh yes... {t_ramq}, expires in {year}."),
            (A, "Thanks. Is {t_il} still living at {addr_nopc}?"),
            (B, "No, with us now, near {street} in {place}."),
            (A, "Great. What's the best number to reach you?"),
            (B, "My cell, {cl_tel}, or at work {tel2}."),
            (A, "And an email address?"),
            (B, "{mail}."),
            (A, "I've got it all down. {fill} Someone will call you back {wd}."),
            (B, "Thank you so much, bye."),
        ]
        rel = 'father' if third.sex == 'm' else 'mother'
    k['cl'] = nm(r, cl, r.choice(['full', 'full', 'lower', 'given']), lang)
    k['rel'] = rel
    sn = fold(third.s()).upper()
    k['spell'] = P(r.choice(['-'.join(sn), ' '.join(sn), third.s()]))
    k['mail'] = P(w.spelled_email(r, cl, lang), 'EMAIL') if r.random() < 0.35 else P(w.email(r, cl), 'EMAIL')
    drop = set(r.sample(range(4, 14, 2), r.randint(0, 2)))
    for i, (who, tpl) in enumerate(turns):
        if i in drop or i - 1 in drop:
            continue
        lab(d, who, ag if who == A else cl)
        d.f(tpl, **k)
        d.nl()
    d.t(('\nDurée : ' if lang == 'fr' else '\nDuration: ') + f'{r.randint(2, 19)} min {r.randint(0, 59):02d} s')
    return d


def fam_voicemail(r, w, lang):
    d = Doc(r, lang)
    cl, staff = w.people(r, 2)
    other = w.person(r, sex='f', avoid=(cl.surname, staff.surname))
    other.dob = datetime.date(r.randint(1925, 1962), r.randint(1, 12), r.randint(1, 28))
    k = slots(r, w, lang, cl=cl, o=other, s=staff)
    if lang == 'fr':
        d.f(r.choice(['Message vocal — boîte de {s_ff}\n', 'Messagerie vocale ({s})\n', 'MESSAGE VOCAL\n']), **k)
        d.f('Reçu le {date} à {time} — de ', **k); d.put(phone_p(r, 0.1)); d.t('\n')
        d.t(r.choice(['Transcription automatique (confiance ', 'Transcription (fiabilité ']) + f'{r.randint(55, 93)} %) :\n')
        body = r.choice([
            "« bonjour c'est {cl_l} j'appelle pour le dossier de ma mère {o_l} euh elle est née le {o_dob} "
            "vous pouvez me rappeler au {cl_tel} merci bonne journée »",
            "« oui allô {s_lg} c'est {cl_lg} je voulais juste vous dire que je pourrai pas venir {wd} "
            "mon numéro c'est le {cl_tel} sinon écrivez-moi à {mail} merci bye »",
            "« bonjour ici {cl_l} je rappelle concernant la lettre du {date2} j'ai déménagé au {addr_nopc} "
            "donc envoyez plus rien à l'ancienne adresse merci »",
            "« c'est encore moi {cl_lg} euh mon numéro d'assurance sociale c'est {cl_nas} vous me l'aviez demandé "
            "rappelez-moi au {cl_tel} »",
        ])
    else:
        d.f(r.choice(['Voicemail - mailbox of {s_ff}\n', 'Voice message ({s})\n', 'VOICEMAIL\n']), **k)
        d.f('Received {date} at {time} - from ', **k); d.put(phone_p(r, 0.1)); d.t('\n')
        d.t(r.choice(['Automatic transcription (confidence ', 'Transcript (accuracy ']) + f'{r.randint(55, 93)}%):\n')
        body = r.choice([
            "\"hi this is {cl_l} calling about my mother's file {o_l} uh she was born {o_dob} "
            "you can call me back at {cl_tel} thanks have a good day\"",
            "\"yeah hi {s_lg} it's {cl_lg} just wanted to let you know I can't make it {wd} "
            "my number is {cl_tel} or email me at {mail} thanks bye\"",
            "\"hello it's {cl_l} calling back about the letter from {date2} I moved to {addr_nopc} "
            "so don't send anything to the old address thanks\"",
            "\"it's me again {cl_lg} uh my social insurance number is {cl_nas} you asked for it "
            "call me back at {cl_tel}\"",
        ])
    k['mail'] = P(w.spelled_email(r, cl, lang), 'EMAIL') if r.random() < 0.5 else P(w.email(r, cl), 'EMAIL')
    k['addr_nopc'] = [P(plain(k['addr_nopc'][0]).lower(), 'ADDRESS')] + list(k['addr_nopc'][1:])
    d.f(body, **k)
    d.nl()
    if r.random() < 0.6:
        d.f('\nNote : ' if lang == 'fr' else '\nNote: ', **k)
        d.f(r.choice(['transféré à {s_lg} le {date2}.', 'rappelé, pas de réponse.', '{fill}']) if lang == 'fr'
            else r.choice(['forwarded to {s_lg} on {date2}.', 'called back, no answer.', '{fill}']), **k)
        d.nl()
    return d


def fam_chat(r, w, lang):
    d = Doc(r, lang)
    staff = w.people(r, r.randint(2, 4))
    cl, cl2 = w.people(r, 2, )
    d.f(r.choice(['Conversation Teams — équipe {org}\n', 'Clavardage interne — {date}\n', 'Teams : canal « Accueil »\n']) if lang == 'fr'
        else r.choice(['Teams chat - {org} team\n', 'Internal chat - {date}\n', 'Teams: #front-desk\n']), **slots(r, w, lang))
    d.nl()
    msgs_fr = ["tu as vu {cl_g} ce matin? {cl_il} attend dans le hall depuis 9h", "oui je m'en occupe",
               "qqn peut rappeler {cl_lg} au {cl_tel}? je suis en rencontre", "c'est fait, {cl_il} vient {wd}",
               "le dossier {file} est sur mon bureau si besoin", "{cl2_f} a encore appelé pour sa plainte", "ok je lui réponds",
               "quelle est l'adresse de {cl2_g} déjà? {cl2_addr}?", "oui c'est ça", "merci!! 🙏", "{fill}",
               "@{s_g} peux-tu vérifier la DDN de {cl_f}? j'ai {cl_dob}", "confirmé",
               "rappel : réunion d'équipe {wd} {time} salle 2.14", "je serai en retard, tempête sur la {street}",
               "{wordy}", "courriel de {cl2_mail} reçu, je transfère", "👍"]
    msgs_en = ["did you see {cl_g} this morning? {cl_il} has been waiting in the lobby since 9", "yes I'm on it",
               "can someone call {cl_lg} back at {cl_tel}? I'm in a meeting", "done, {cl_il} is coming {wd}",
               "file {file} is on my desk if needed", "{cl2_f} called again about the complaint", "ok I'll answer",
               "what's {cl2_poss} address again? {cl2_addr}?", "yes that's it", "thanks!! 🙏", "{fill}",
               "@{s_g} can you check {cl_poss} DOB? I have {cl_dob}", "confirmed",
               "reminder: team meeting {wd} {time} room 2.14", "running late, storm on {street}",
               "{wordy}", "email from {cl2_mail} received, forwarding", "👍"]
    pool = msgs_fr if lang == 'fr' else msgs_en
    st = r.randrange(3)
    for m in pool[:r.randint(8, len(pool))]:
        who = r.choice(staff)
        k = slots(r, w, lang, cl=cl, cl2=cl2, s=r.choice(staff))
        k['cl2_addr'] = [P(plain(k['addr_nopc'][0]), 'ADDRESS')]
        if st == 0:
            d.t('['); d.put(D(fmt_time(r, 'fr'), 'TIME')); d.t('] '); d.put(nm(r, who, 'inv', lang)); d.t(' : ' if lang == 'fr' else ': ')
        elif st == 1:
            d.put(nm(r, who, 'full', lang)); d.t('  '); d.put(D(fmt_time(r, lang), 'TIME')); d.nl()
        else:
            d.put(nm(r, who, 'given', lang)); d.t(' ('); d.put(D(fmt_time(r, 'fr'), 'TIME')); d.t(') > ')
        d.f(m, **k)
        d.nl()
    return d


def fam_sms(r, w, lang):
    d = Doc(r, lang)
    sw, cl, kid = w.people(r, 3)
    k = slots(r, w, lang, sw=sw, cl=cl, kid=kid)
    d.f('Fil SMS — cellulaire de service ' if lang == 'fr' else 'SMS thread - work phone ', **k); d.put(phone_p(r, 0)); d.nl()
    d.t('Contact : ' if lang == 'fr' else 'Contact: '); d.put(nm(r, cl, r.choice(['full', 'given', 'inv']), lang)); d.t(' '); d.put(k['cl_tel']); d.nl(2)
    fr = [("cl", "Bonjour c {cl_g}. Je peux pas venir demain, {kid_g} est malade"), ("sw", "Pas de problème {cl_g}. On remet à {wd}?"),
          ("cl", "ok merci. vous pouvez appeler mon chum au {tel} si besoin"), ("sw", "Parfait. Oubliez pas la lettre de {org}."),
          ("cl", "ma nouvelle adresse c {addr_nopc}"), ("sw", "Merci, je mets le dossier à jour."), ("cl", "👍"),
          ("cl", "Mon NAS pour le formulaire: {cl_nas}"), ("sw", "Reçu. Svp évitez d'envoyer ça par texto la prochaine fois 🙂"),
          ("sw", "Rappel : rdv {date2} à {time} avec {sw_g} au bureau de {place}.")]
    en = [("cl", "Hi it's {cl_g}. Can't come tomorrow, {kid_g} is sick"), ("sw", "No problem {cl_g}. {wd} instead?"),
          ("cl", "ok thx. you can call my bf at {tel} if needed"), ("sw", "Great. Don't forget the letter from {org}."),
          ("cl", "new address is {addr_nopc}"), ("sw", "Thanks, updating the file."), ("cl", "👍"),
          ("cl", "my SIN for the form: {cl_nas}"), ("sw", "Got it. Please avoid texting that next time 🙂"),
          ("sw", "Reminder: appt {date2} at {time} with {sw_g} at the {place} office.")]
    for who, m in (fr if lang == 'fr' else en)[:r.randint(6, 10)]:
        d.put(D(fmt_time(r, 'fr'), 'TIME'))
        d.t(r.choice(['  ', ' ', ' | ']))
        if who == 'sw':
            d.t('Moi : ' if lang == 'fr' else 'Me: ')
        else:
            d.put(nm(r, cl, 'given', lang)); d.t(' : ' if lang == 'fr' else ': ')
        d.f(m, **k); d.nl()
    return d


def fam_minutes(r, w, lang):
    d = Doc(r, lang)
    att = w.people(r, r.randint(4, 7))
    absent = w.people(r, r.randint(1, 2))
    guest, cl = w.people(r, 2)
    k = slots(r, w, lang, pr=att[0], sec=att[1], g=guest, cl=cl, a2=att[2], a3=att[3])
    if lang == 'fr':
        d.f('PROCÈS-VERBAL — Comité {kind}\nRéunion du {date}, {time}, {lieu}\n\n', kind=r.choice(['de gestion des plaintes', "d'accès à l'information", 'clinique', 'de direction', 'de sécurité']),
            lieu=r.choice(['salle 2.14', 'Teams', 'salle du conseil', 'local B-204']), **k)
        d.t('Présences :' + r.choice(['\n', ' ']))
    else:
        d.f('MINUTES - {kind} Committee\nMeeting of {date}, {time}, {lieu}\n\n', kind=r.choice(['Complaints', 'Access to Information', 'Clinical', 'Management', 'Safety']),
            lieu=r.choice(['room 2.14', 'Teams', 'boardroom', 'room B-204']), **k)
        d.t('Present:' + r.choice(['\n', ' ']))
    style = r.randrange(3)
    for i, p in enumerate(att):
        if style == 0:
            d.t('- '); d.put(nm(r, p, 'full', lang)); d.t(' (' + ('présidente' if i == 0 and lang == 'fr' else 'chair' if i == 0 else 'secrétaire' if i == 1 and lang == 'fr' else 'secretary' if i == 1 else r.choice(['DSP', 'DSI', 'RH', 'TI', 'DQEPE', 'SAPA'])) + ')\n')
        elif style == 1:
            d.put(nm(r, p, 'formal_full', lang, title=(('Mme' if p.sex == 'f' else 'M.') if lang == 'fr' else ('Ms.' if p.sex == 'f' else 'Mr.'))))
            d.t(', ' if i < len(att) - 1 else '\n')
        else:
            d.put(nm(r, p, 'inv', lang)); d.t('; ' if i < len(att) - 1 else '\n')
    d.t('Absences : ' if lang == 'fr' else 'Regrets: ')
    for i, p in enumerate(absent):
        d.put(nm(r, p, 'full', lang)); d.t(', ' if i < len(absent) - 1 else '\n')
    d.t('Invité(e) : ' if lang == 'fr' else 'Guest: '); d.put(nm(r, guest, 'formal_full', lang, title=r.choice(['Me', 'Dre' if guest.sex == 'f' else 'Dr'] if lang == 'fr' else ['Dr.', 'Mr.' if guest.sex == 'm' else 'Ms.']))); d.put(', '); d.put(k['org']); d.nl(2)
    if lang == 'fr':
        items = ["1. Ouverture de la séance par {pr_g} à {time}. Quorum constaté.",
                 "2. Adoption du procès-verbal du {date2}, proposée par {a2_s}, appuyée par {a3_s}.",
                 "3. Dossier {file} — plainte de {cl_ff}. {g_f} présente les faits. {fill} Le comité recommande une réponse écrite d'ici le {date2}.",
                 "4. Demande d'accès ({law}). {sec_g} rappelle le délai de 20 jours. {fill}",
                 "5. Varia : {wordy} Budget de formation : {amt}.",
                 "6. Levée de la séance à {time2}. Prochaine réunion : {month}.",
                 "Actions : {a2_init} — rappeler {cl_f} ({cl_tel}); {sec_init} — transmettre le PV."]
    else:
        items = ["1. Meeting called to order by {pr_g} at {time}. Quorum confirmed.",
                 "2. Minutes of {date2} adopted, moved by {a2_s}, seconded by {a3_s}.",
                 "3. File {file} - complaint from {cl_ff}. {g_f} presents the facts. {fill} The committee recommends a written reply by {date2}.",
                 "4. Access request ({law}). {sec_g} reminds everyone of the 20-day deadline. {fill}",
                 "5. Other business: {wordy} Training budget: {amt}.",
                 "6. Adjourned at {time2}. Next meeting: {month}.",
                 "Action items: {a2_init} - call {cl_f} back ({cl_tel}); {sec_init} - circulate the minutes."]
    for it in items:
        d.f(it + '\n', **k)
    return d


def fam_complaint(r, w, lang):
    d = Doc(r, lang)
    me, kid = w.people(r, 2)
    emp, wit = w.person(r, sex='m', avoid=(me.surname,)), w.person(r, sex='f', avoid=(me.surname,))
    k = slots(r, w, lang, me=me, e=emp, kid=kid, wit=wit)
    if lang == 'fr':
        d.f(r.choice(['Objet : plainte concernant {org}\n\n', 'PLAINTE — formulaire en ligne\n\n', 'Madame, Monsieur,\n\n']), **k)
        paras = ["Je m'appelle {me} et je vous écris pour porter plainte contre un employé de {org}. Le {date2}, vers {time}, je me suis présenté{me_e} "
                 "au comptoir avec {kidrel} {kid_g} pour renouveler sa carte. L'employé, qui s'est identifié comme {e_ff}, a refusé de nous servir.",
                 "{e_s} a élevé la voix devant tout le monde. Une dame qui attendait derrière nous, {wit_ff}, a tout vu et accepte de témoigner; "
                 "on peut la joindre au {wit_tel}. {fill}",
                 "Ce n'est pas la première fois. En {month}, {e_g} m'avait déjà dit que mon dossier était « perdu ». {fill}",
                 "Je demande des excuses écrites et le remboursement des frais de stationnement ({amt}). Vous pouvez me joindre au {me_tel} "
                 "ou par courriel à {me_mail}. Mon adresse est le {addr}.",
                 "{wordy}",
                 "Merci de votre attention,\n{me}"]
        k['kidrel'] = 'mon fils' if kid.sex == 'm' else 'ma fille'
    else:
        d.f(r.choice(['Re: complaint about {org}\n\n', 'COMPLAINT - online form\n\n', 'To whom it may concern,\n\n']), **k)
        paras = ["My name is {me} and I am writing to complain about an employee of {org}. On {date2}, around {time}, I went to the counter "
                 "with my {kidrel} {kid_g} to renew a card. The employee, who introduced himself as {e_ff}, refused to serve us.",
                 "{e_s} raised his voice in front of everyone. A woman waiting behind us, {wit_ff}, saw everything and is willing to testify; "
                 "she can be reached at {wit_tel}. {fill}",
                 "This is not the first time. In {month}, {e_g} had already told me my file was \"lost\". {fill}",
                 "I am asking for a written apology and reimbursement of parking fees ({amt}). You can reach me at {me_tel} "
                 "or by email at {me_mail}. My address is {addr}.",
                 "{wordy}",
                 "Thank you for your attention,\n{me}"]
        k['kidrel'] = 'son' if kid.sex == 'm' else 'daughter'
    for p in paras:
        d.f(p + '\n\n', **k)
    return d


def fam_incident(r, w, lang):
    d = Doc(r, lang)
    rep, vic, wit = w.people(r, 3)
    sup = w.person(r, sex='f', avoid=(rep.surname, vic.surname))
    k = slots(r, w, lang, rep=rep, v=vic, wit=wit, sup=sup)
    if lang == 'fr':
        d.f("RAPPORT D'INCIDENT / ACCIDENT\nÉtablissement : {org}\nDate et heure de l'événement : {date}, {time}\nLieu précis : {lieu}\n\n",
            lieu=r.choice(['corridor du 3e étage', 'salle à manger', 'stationnement P2', 'cour d\'école', 'entrée principale']), **k)
        d.f("Personne touchée : {v_inv}   DDN : {v_dob}   Chambre/local : {num}0{num}\n", **k)
        d.f("Déclarant : {rep}, {poste}   Poste tél. : {ext}\n\n", poste=r.choice(['préposée aux bénéficiaires', 'surveillant', 'infirmière auxiliaire', 'agent de sécurité']),
            ext=str(r.randint(1000, 9999)), **k)
        d.f("Description : {v_f} a chuté en se levant de sa chaise. {v_Il} s'est plaint{v_e} de douleur au poignet droit. {wit_ff}, qui passait, "
            "a aidé à {v_la2} relever. {fill} La famille ({fam}, {fam_tel}) a été avisée à {time2}.\n\n", v_la2=('la' if vic.sex == 'f' else 'le'),
            fam=nm(r, w.person(r), r.choice(['full', 'formal_full']), lang), fam_tel=phone_p(r), **k)
        d.f("Mesures prises : glace, évaluation par l'infirmière {sup_ff}. {fill}\nSuivi : aviser {sup_g} si récidive. Formulaire AH-223 complété.\n", **k)
    else:
        d.f("INCIDENT / ACCIDENT REPORT\nFacility: {org}\nDate and time: {date}, {time}\nExact location: {lieu}\n\n",
            lieu=r.choice(['3rd floor hallway', 'dining room', 'parking P2', 'schoolyard', 'main entrance']), **k)
        d.f("Person involved: {v_inv}   DOB: {v_dob}   Room: {num}0{num}\n", **k)
        d.f("Reported by: {rep}, {poste}   Ext.: {ext}\n\n", poste=r.choice(['orderly', 'supervisor', 'LPN', 'security guard']), ext=str(r.randint(1000, 9999)), **k)
        d.f("Description: {v_f} fell while getting up from a chair and complained of pain in the right wrist. {wit_ff}, who was passing by, "
            "helped. {fill} Family ({fam}, {fam_tel}) notified at {time2}.\n\n", fam=nm(r, w.person(r), r.choice(['full', 'formal_full']), lang), fam_tel=phone_p(r), **k)
        d.f("Measures taken: ice, assessment by nurse {sup_ff}. {fill}\nFollow-up: notify {sup_g} if it happens again. Form AH-223 completed.\n", **k)
    return d


def fam_hr(r, w, lang):
    d = Doc(r, lang)
    emp, mgr, col = w.people(r, 3)
    hr = w.person(r, sex='f', avoid=(emp.surname, mgr.surname))
    k = slots(r, w, lang, e=emp, m=mgr, h=hr, c=col)
    if lang == 'fr':
        d.f("Note au dossier — Ressources humaines\nEmployé(e) : {e_inv}   Matricule : {mat}   Service : {svc}\n", mat=str(r.randint(100000, 999999)),
            svc=r.choice(['Entretien ménager', 'Soins infirmiers', 'Paie', 'Accueil', 'Informatique']), **k)
        d.f("Rédigée par : {h}, conseillère RH — {date}\n\n", **k)
        d.f(r.choice([
            "{e_g} a rencontré {m_ff} le {date2} au sujet de retards répétés ({num} en {month}). {e_Il} explique avoir des difficultés de garde "
            "pour son enfant. {fill} Un horaire modifié est proposé à l'essai jusqu'au {date2}.",
            "Demande d'accommodement : {e_f} présente un billet médical du Dr {doc} recommandant un retour progressif. "
            "{m_g} est d'accord. {fill} Prochaine révision avec {c_ff} ({c_mailw}).",
            "Plainte pour propos déplacés déposée par {c_ff} contre {e_ff}. Les deux parties ont été rencontrées séparément. {fill} "
            "{e_g} nie les faits. Enquête confiée à {h_g}.",
        ]) + "\n\n", doc=nm(r, w.person(r), 'sur', lang), **k)
        d.f("Coordonnées à jour : {addr} — cell. {e_tel} — NAS {e_nas} (vérifié pour T4/Relevé 1).\n", **k)
        d.f("Dépôt direct : {bank}\n", bank=P(bank_group(r), 'BANK_ACCOUNT'), **k) if r.random() < 0.5 else None
    else:
        d.f("File note - Human Resources\nEmployee: {e_inv}   Employee #: {mat}   Department: {svc}\n", mat=str(r.randint(100000, 999999)),
            svc=r.choice(['Housekeeping', 'Nursing', 'Payroll', 'Reception', 'IT']), **k)
        d.f("Written by: {h}, HR advisor - {date}\n\n", **k)
        d.f(r.choice([
            "{e_g} met with {m_ff} on {date2} about repeated lateness ({num} times in {month}). {e_Il} explains child-care difficulties. "
            "{fill} A modified schedule is offered on a trial basis until {date2}.",
            "Accommodation request: {e_f} provided a note from Dr. {doc} recommending a gradual return. {m_g} agrees. {fill} "
            "Next review with {c_ff} ({c_mailw}).",
            "Complaint of inappropriate remarks filed by {c_ff} against {e_ff}. Both parties were met separately. {fill} "
            "{e_g} denies the facts. Investigation assigned to {h_g}.",
        ]) + "\n\n", doc=nm(r, w.person(r), 'sur', lang), **k)
        d.f("Updated contact info: {addr} - cell {e_tel} - SIN {e_nas} (checked for T4/RL-1).\n", **k)
        d.f("Direct deposit: {bank}\n", bank=P(bank_group(r), 'BANK_ACCOUNT'), **k) if r.random() < 0.5 else None
    return d


def fam_hearing(r, w, lang):
    d = Doc(r, lang)
    ten, land, adv1, adv2, judge, wit = w.people(r, 6)
    k = slots(r, w, lang, t=ten, l=land, a1=adv1, a2=adv2, j=judge, wit=wit)
    if lang == 'fr':
        d.f("RÉSUMÉ D'AUDIENCE — {trib}\nDossier : {file}   Audience du {date}\nDevant : {jt} {j}\n\n", trib=r.choice(['Tribunal administratif du logement', 'Tribunal administratif du Québec', 'Commission d\'accès à l\'information', 'Tribunal administratif du travail']),
            jt=r.choice(['la juge administrative', 'la commissaire'] if judge.sex == 'f' else ['le juge administratif', 'le commissaire']), **k)
        d.f("Parties : {t_inv}, locataire, représenté{t_e} par Me {a1}; {l}, locateur, représenté par Me {a2_s}.\n", **k)
        d.f("Logement visé : {addr}\n\n", **k)
        d.f("Faits : {t_f} allègue que le chauffage est défaillant depuis {month}. {wordy} Le locateur, {l_s}, soutient avoir envoyé un technicien. "
            "{fill} Témoin : {wit_ff}, voisine du dessus, confirme les températures sous 16 °C.\n\n", **k)
        d.f("Dispositions invoquées : {law}; {law2}.\n\n", law2=w.law(r, lang), **k)
        d.f("Décision : diminution de loyer de {amt} par mois; ordonnance de réparations. Me {a2_s} annonce une demande de révision. {fill}\n", **k)
    else:
        d.f("HEARING SUMMARY - {trib}\nFile: {file}   Hearing of {date}\nBefore: {jt} {j}\n\n", trib=r.choice(['Administrative Housing Tribunal', 'Administrative Tribunal of Québec', 'Commission d\'accès à l\'information', 'Administrative Labour Tribunal']),
            jt=r.choice(['Administrative Judge', 'Commissioner', 'Member']), **k)
        d.f("Parties: {t_inv}, tenant, represented by Mtre {a1}; {l}, landlord, represented by Mtre {a2_s}.\n", **k)
        d.f("Dwelling: {addr}\n\n", **k)
        d.f("Facts: {t_f} alleges the heating has been failing since {month}. {wordy} The landlord, {l_s}, says a technician was sent. "
            "{fill} Witness: {wit_ff}, upstairs neighbour, confirms temperatures below 16 °C.\n\n", **k)
        d.f("Provisions relied on: {law}; {law2}.\n\n", law2=w.law(r, lang), **k)
        d.f("Decision: rent reduction of {amt} per month; repair order. Mtre {a2_s} announces an application for review. {fill}\n", **k)
    return d


def fam_police(r, w, lang):
    d = Doc(r, lang)
    off, off2, sus, vic, wit = w.people(r, 5)
    k = slots(r, w, lang, o=off, o2=off2, s=sus, v=vic, wit=wit)
    unit = D(r.choice(w.police_units).replace('_', ' '), 'ORG')
    k['veh'] = P(plate(r), 'PLATE')
    if lang == 'fr':
        d.f("RAPPORT D'ÉVÉNEMENT — no {file}\nUnité : {unit}   Date : {date}   Heure : {time}\n", unit=unit, **k)
        d.f("Agent(e) rédacteur(trice) : {o}, matricule {mat}\n\n", mat=str(r.randint(1000, 9999)), **k)
        d.f("À {time}, l'agent{o_e} {o_s} et le sergent {o2_s} sont dépêchés au {addr_nopc} pour une dispute. Sur place, nous rencontrons "
            "{v_ff} (DDN {v_dob}), qui déclare que son ex-conjoint, {s}, a frappé la porte à coups de pied. {fill}\n\n", **k)
        d.f("Le suspect {s_s} a quitté les lieux à bord d'un véhicule {marque} immatriculé {veh} en direction de la {street}. "
            "Permis de conduire du suspect : {s_dl}. Un témoin, {wit_ff}, joignable au {wit_tel}, confirme la version de {v_g}.\n\n",
            marque=r.choice(['Honda Civic grise', 'Ford F-150 noir', 'Toyota RAV4 blanc', 'Hyundai Elantra rouge']), **k)
        d.f("Mesures : {v_g} est dirigé{v_e} vers {org}. Dossier transmis au DPCP. {fill}\n", **k)
    else:
        d.f("OCCURRENCE REPORT - #{file}\nUnit: {unit}   Date: {date}   Time: {time}\n", unit=unit, **k)
        d.f("Reporting officer: {o}, badge {mat}\n\n", mat=str(r.randint(1000, 9999)), **k)
        d.f("At {time}, Cst. {o_s} and Sgt. {o2_s} were dispatched to {addr_nopc} for a domestic dispute. On arrival we met "
            "{v_ff} (DOB {v_dob}), who stated that {v_his} ex-partner, {s}, kicked the door. {fill}\n\n", **k)
        d.f("The suspect {s_s} left in a {marque}, plate {veh}, heading toward {street}. Suspect's driver's licence: {s_dl}. "
            "A witness, {wit_ff}, reachable at {wit_tel}, confirms {v_poss} account.\n\n",
            marque=r.choice(['grey Honda Civic', 'black Ford F-150', 'white Toyota RAV4', 'red Hyundai Elantra']), **k)
        d.f("Action taken: {v_g} referred to {org}. File sent to the Crown prosecutor. {fill}\n", **k)
    return d


def fam_register(r, w, lang):
    d = Doc(r, lang)
    k0 = slots(r, w, lang)
    d.f("REGISTRE DES DEMANDES D'ACCÈS — {year}\n" if lang == 'fr' else "ACCESS REQUEST REGISTER - {year}\n", **k0)
    hdr = ['No', 'Reçue', 'Demandeur', 'Objet', 'Décision', 'Articles'] if lang == 'fr' else ['No.', 'Received', 'Requester', 'Subject', 'Decision', 'Sections']
    sep = r.choice([' | ', '\t', ' ; '])
    d.t(sep.join(hdr) + '\n')
    objs = (['copie de son dossier', 'rapport de police', 'courriels de la direction', 'plans du bâtiment', 'contrat de déneigement', 'dossier médical de sa mère',
             'enregistrement d\'appel 911', 'rapport d\'inspection']
            if lang == 'fr' else ['copy of own file', 'police report', 'management emails', 'building plans', 'snow removal contract', "mother's medical file",
                                  '911 call recording', 'inspection report'])
    dec = ['accès total', 'accès partiel', 'refus', 'désistement', 'en traitement'] if lang == 'fr' else ['full access', 'partial access', 'refused', 'withdrawn', 'in progress']
    for _ in range(r.randint(5, 10)):
        p = w.person(r)
        d.put(D(fileno(r), 'FILENO')); d.t(sep)
        d.put(date_d(r, lang)); d.t(sep)
        x = r.random()
        if x < 0.8:
            d.put(nm(r, p, r.choice(['inv', 'full', 'formal_full', 'init']), lang))
        else:
            d.put(D(r.choice(['Journal de Montréal', 'Radio-Canada', 'La Presse', 'CBC News', 'Le Devoir', 'The Gazette']), 'ORG'))
        d.t(sep + r.choice(objs) + sep + r.choice(dec) + sep)
        d.put(D(r.choice(['53, 59', '14, 53, 54', '88', '9, 87', '48', '37, 39', '53', '59 (9°)', '—']), 'LAW'))
        d.nl()
    d.f("\nResponsable : {s}\n" if lang == 'fr' else "\nOfficer in charge: {s}\n", **slots(r, w, lang, s=w.person(r)))
    return d


TAB_COLS = {
    'fr': [('nom', 'sur'), ('prénom', 'given'), ('nas', 'nas'), ('tel', 'tel'), ('courriel', 'mail'), ('ddn', 'dob'), ('adresse', 'addr'),
           ('code_postal', 'pc'), ('ville', 'city'), ('no_dossier', 'file'), ('date_ouverture', 'date'), ('montant', 'amt'), ('ramq', 'ramq'),
           ('statut', 'status')],
    'en': [('last_name', 'sur'), ('first_name', 'given'), ('sin', 'nas'), ('phone', 'tel'), ('email', 'mail'), ('dob', 'dob'), ('address', 'addr'),
           ('postal_code', 'pc'), ('city', 'city'), ('file_no', 'file'), ('opened', 'date'), ('amount', 'amt'), ('medicare', 'ramq'),
           ('status', 'status')],
}


def tab_cell(r, w, p, kind, lang, line, city, pc):
    if kind == 'sur':
        return P(p.s().upper() if r.random() < 0.3 else p.s())
    if kind == 'given':
        return P(p.g())
    if kind == 'nas':
        return P(nas(r, r.choice([0, 2, 2, 1])), 'NAS')
    if kind == 'tel':
        return P(fmt_phone(r, style=r.choice([0, 2, 9, 3])), 'PHONE')
    if kind == 'mail':
        return P(w.email(r, p), 'EMAIL')
    if kind == 'dob':
        d = p.dob
        return P(r.choice([f'{d.year}-{d.month:02d}-{d.day:02d}', f'{d.day:02d}/{d.month:02d}/{d.year}', f'{d.year}{d.month:02d}{d.day:02d}']), 'DOB')
    if kind == 'addr':
        return P(line, 'ADDRESS')
    if kind == 'pc':
        return P(pc, 'POSTAL_CODE')
    if kind == 'city':
        return city
    if kind == 'file':
        return D(fileno(r), 'FILENO')
    if kind == 'date':
        return date_d(r, lang)
    if kind == 'amt':
        return D(amount(r, 'en'), 'AMOUNT')
    if kind == 'ramq':
        return P(ramq(r, p, 1), 'RAMQ')
    return r.choice(['actif', 'fermé', 'en attente'] if lang == 'fr' else ['active', 'closed', 'pending'])


def fam_table(r, w, lang, sep):
    d = Doc(r, lang)
    cols = TAB_COLS[lang]
    keep = [c for c in cols if c[1] in ('sur', 'given') or r.random() < 0.55]
    if r.random() < 0.3:
        keep = [('nom_complet' if lang == 'fr' else 'full_name', 'fullname')] + [c for c in keep if c[1] not in ('sur', 'given')]
    hdr = [c[0] for c in keep]
    if r.random() < 0.3:
        hdr = [h.upper() for h in hdr]
    d.t(sep.join(hdr) + '\n')
    for _ in range(r.randint(4, 12)):
        p = w.person(r)
        line, city, pc = address(r, w, lang)
        for i, (_, kind) in enumerate(keep):
            if kind == 'fullname':
                cell = nm(r, p, r.choice(['full', 'inv']), lang)
            else:
                cell = tab_cell(r, w, p, kind, lang, line, city, pc)
            txt = plain(cell)
            if sep == ',' and (',' in txt or r.random() < 0.1):
                d.t('"'); d.put(cell); d.t('"')
            else:
                d.put(cell)
            if i < len(keep) - 1:
                d.t(sep)
        d.nl()
    return d


def fam_csv(r, w, lang):
    return fam_table(r, w, lang, r.choice([',', ',', ';']))


def fam_tsv(r, w, lang):
    return fam_table(r, w, lang, '\t')


KV_LABELS = {
    'fr': {'name': ['Nom', 'Nom complet', 'Nom, prénom', 'Usager'], 'dob': ['DDN', 'Né(e) le', 'Date de naissance', 'D.D.N.'],
           'tel': ['Tél. :', 'Tél.', 'Téléphone', 'Cell', 'Cellulaire', 'Tél. rés.'], 'mail': ['Courriel', 'Adresse courriel', 'Courriel perso'],
           'addr': ['Adresse', 'Adresse civique', 'Domicile'], 'nas': ['NAS', 'No NAS', "Numéro d'assurance sociale"],
           'ramq': ['No RAMQ', "No d'assurance maladie", 'Carte soleil', 'NAM'], 'dl': ['Permis de conduire', 'No permis', 'Permis'],
           'pp': ['Passeport', 'No passeport'], 'cc': ['Carte de crédit', 'No carte', 'Visa/MC'], 'bank': ['Compte bancaire', 'Dépôt direct', 'Coordonnées bancaires'],
           'plate': ['Plaque', "No d'immatriculation", 'Immatriculation'], 'file': ['No dossier', 'Dossier', 'Réf.'], 'date': ["Date d'ouverture", 'Date', 'Mis à jour le'],
           'contact': ["Personne à joindre en cas d'urgence", 'Contact urgence', 'Répondant'], 'org': ['Établissement', 'Organisme référent', 'Employeur'],
           'note': ['Remarques', 'Notes', 'Commentaires']},
    'en': {'name': ['Name', 'Full name', 'Last, first', 'Client'], 'dob': ['DOB', 'Date of birth', 'Born', 'D.O.B.'],
           'tel': ['Tel:', 'Phone', 'Cell', 'Mobile', 'Home phone'], 'mail': ['Email', 'E-mail address', 'Personal email'],
           'addr': ['Address', 'Home address', 'Residence'], 'nas': ['SIN', 'SIN #', 'Social insurance number'],
           'ramq': ['Medicare #', 'RAMQ', 'Health card'], 'dl': ["Driver's licence", 'DL #', 'Licence'],
           'pp': ['Passport', 'Passport #'], 'cc': ['Credit card', 'Card #', 'Visa/MC'], 'bank': ['Bank account', 'Direct deposit', 'Banking info'],
           'plate': ['Plate', 'Licence plate', 'Plate #'], 'file': ['File #', 'File', 'Ref.'], 'date': ['Opened', 'Date', 'Updated'],
           'contact': ['Emergency contact', 'In case of emergency', 'Contact person'], 'org': ['Facility', 'Referring agency', 'Employer'],
           'note': ['Remarks', 'Notes', 'Comments']},
}


def kv_label(r, lang, key):
    lab = r.choice(KV_LABELS[lang][key])
    if lab.endswith(':'):
        return lab + ' '
    return lab + r.choice([' : ', ': ', ' :\t', '\t', ' - ', ':  ']) if lang == 'fr' else lab + r.choice([': ', ':\t', ' - ', ':  '])


def bank_pieces(r, lang):
    inst, bname = r.choice(BANKS)
    if r.random() < 0.5:
        return P(bank_group(r), 'BANK_ACCOUNT')
    tr, acct = digits(r, 5), digits(r, r.choice([7, 7, 12]))
    if lang == 'fr':
        return ['transit ', P(tr, 'BANK_ACCOUNT'), f', institution {inst} ({bname}), compte ', P(acct, 'BANK_ACCOUNT')]
    return ['transit ', P(tr, 'BANK_ACCOUNT'), f', institution {inst} ({bname}), account ', P(acct, 'BANK_ACCOUNT')]


def fam_kv(r, w, lang):
    d = Doc(r, lang)
    p, ctc = w.people(r, 2)
    k = slots(r, w, lang, p=p, c=ctc)
    d.f(r.choice(['FICHE USAGER\n', 'Fiche de renseignements\n', 'DOSSIER CLIENT — données d\'identification\n']) if lang == 'fr'
        else r.choice(['CLIENT RECORD\n', 'Information sheet\n', 'CLIENT FILE - identification\n']), **k)
    d.t('=' * r.randint(0, 30) + '\n')
    home = foreign_addr(r, w) if r.random() < 0.12 else addr_pieces(r, w, lang, sep=r.choice([', ', ' ']))
    rows = [('name', nm(r, p, r.choice(['inv', 'full', 'upper', 'SURg']), lang)), ('dob', k['p_dob']), ('tel', phone_ext(r, lang, 0.15)),
            ('mail', k['p_mail']), ('addr', home)]
    opt = [('nas', k['p_nas']), ('ramq', k['p_ramq']), ('dl', k['p_dl']), ('pp', k['p_pp']), ('cc', P(card(r), 'CREDIT_CARD')),
           ('bank', bank_pieces(r, lang)), ('plate', P(plate(r), 'PLATE')), ('file', k['file']), ('date', k['date']), ('org', k['org']),
           ('contact', [nm(r, ctc, 'full', lang), ' (' + (k['c_kin'].split()[-1] if lang == 'fr' else k['c_kin']) + ') ', k['c_tel']]),
           ('note', FillRef(w, lang))]
    rows += r.sample(opt, r.randint(4, len(opt)))
    if r.random() < 0.4:
        r.shuffle(rows)
    for key, val in rows:
        d.t(kv_label(r, lang, key))
        d.put(val)
        d.nl()
    return d


def fam_namelist(r, w, lang):
    d = Doc(r, lang)
    k = slots(r, w, lang)
    d.f(r.choice(["Liste des participants — atelier du {date}\n", "Liste d'attente — {org}\n", 'Liste de distribution\n', 'Bénévoles inscrits ({month})\n'])
        if lang == 'fr' else r.choice(['Participants - workshop of {date}\n', 'Waiting list - {org}\n', 'Distribution list\n', 'Volunteers signed up ({month})\n']), **k)
    d.nl()
    st = r.randrange(5)
    for i in range(r.randint(6, 15)):
        p = w.person(r)
        if st == 0:
            d.t(f'{i + 1}. '); d.put(nm(r, p, 'full', lang)); d.nl()
        elif st == 1:
            d.t('- '); d.put(nm(r, p, 'inv', lang)); d.t(' — ' if lang == 'fr' else ' - '); d.put(phone_p(r)); d.nl()
        elif st == 2:
            d.put(nm(r, p, 'full', lang)); d.t(' <'); d.put(P(w.email(r, p), 'EMAIL')); d.t('>' + (';\n' if r.random() < 0.5 else '\n'))
        elif st == 3:
            d.put(nm(r, p, r.choice(['lower', 'full', 'SURg']), lang)); d.t(r.choice(['  ✓', '  (absent)', '', '  — confirmé' if lang == 'fr' else '  - confirmed'])); d.nl()
        else:
            d.put(nm(r, p, 'init', lang)); d.t(', '); d.put(w.place(r)); d.nl()
    d.f('\n{fill}\n', **k)
    return d


def ocr_noise(r, s, rate=0.05):
    out = []
    for ch in s:
        x = r.random()
        if ch == ' ' and x < rate * 2:
            out.append('  ')
        elif ch == 'O' and x < rate * 3:
            out.append('0')
        elif ch == 'l' and x < rate:
            out.append('1')
        elif ch == 'é' and x < rate * 2:
            out.append('e')
        elif ch == 'm' and x < rate / 2:
            out.append('rn')
        else:
            out.append(ch)
    return ''.join(out)


class NoisyDoc(Doc):
    """Plain text passes through OCR-like noise; labelled text does not."""
    def __init__(self, rng, lang, rate=0.05):
        super().__init__(rng, lang)
        self.rate = rate

    def t(self, s):
        Doc.t(self, ocr_noise(self.r, s, self.rate))

    def put(self, x):
        if isinstance(x, tuple):
            st = self.n
            Doc.t(self, x[2])
            if x[2].strip():
                self.spans.append({'start': st, 'end': self.n, 'kind': x[0], 'type': x[1]})
        else:
            super().put(x)


def fam_form(r, w, lang):
    d = NoisyDoc(r, lang, r.choice([0.02, 0.05, 0.08]))
    p, c = w.people(r, 2)
    k = slots(r, w, lang, p=p, c=c)
    up = lambda x: P(x[2].upper(), x[1]) if isinstance(x, tuple) else x
    if lang == 'fr':
        d.f("FORMULAIRE DE DEMANDE — À REMPLIR EN LETTRES MOULÉES\n(document numérisé)\n\n", **k)
        d.t('Nom de famille : '); d.put(up(nm(r, p, 'sur', lang))); d.t('     Prénom : '); d.put(up(nm(r, p, 'given', lang))); d.nl()
        d.t('Date de naissance (AAAA-MM-JJ) : '); d.put(P(f'{p.dob.year} {p.dob.month:02d} {p.dob.day:02d}' if r.random() < 0.5 else f'{p.dob.year}-{p.dob.month:02d}-{p.dob.day:02d}', 'DOB')); d.nl()
        d.t('Adresse : '); d.put(up(k['addr_nopc'][0])); d.t('\nVille : ' + k['addr_nopc'][2].split(' (')[0].split(',')[0] + '    Code postal : '); d.put(P(postal(r, 'J').upper(), 'POSTAL_CODE')); d.nl()
        d.t('Tél. (jour) : '); d.put(phone_p(r, 0)); d.t('   (soir) : '); d.put(phone_p(r, 0)); d.nl()
        d.t('No d\'assurance sociale : '); d.put(k['p_nas']); d.nl()
        d.t('Courriel : '); d.put(k['p_mail']); d.nl()
        d.t('Nom du conjoint(e) : '); d.put(up(nm(r, c, 'full', lang))); d.nl(2)
        d.t('Motif de la demande :\n'); d.f('{fill}\n{wordy}\n\n', **k)
        d.t('Signature : '); d.put(P(p.initials() + ' ' + p.s() if r.random() < 0.5 else p.full())); d.t('      Date : '); d.put(k['date']); d.nl()
        d.t('RÉSERVÉ À L\'ADMINISTRATION — dossier '); d.put(k['file']); d.t(' — reçu par '); d.put(nm(r, w.person(r), 'init', lang)); d.nl()
    else:
        d.f("APPLICATION FORM - PLEASE PRINT\n(scanned document)\n\n", **k)
        d.t('Last name: '); d.put(up(nm(r, p, 'sur', lang))); d.t('     First name: '); d.put(up(nm(r, p, 'given', lang))); d.nl()
        d.t('Date of birth (YYYY-MM-DD): '); d.put(P(f'{p.dob.year} {p.dob.month:02d} {p.dob.day:02d}' if r.random() < 0.5 else f'{p.dob.year}-{p.dob.month:02d}-{p.dob.day:02d}', 'DOB')); d.nl()
        d.t('Address: '); d.put(up(k['addr_nopc'][0])); d.t('\nCity: ' + k['addr_nopc'][2].split(' (')[0].split(',')[0] + '    Postal code: '); d.put(P(postal(r, 'H').upper(), 'POSTAL_CODE')); d.nl()
        d.t('Phone (day): '); d.put(phone_p(r, 0)); d.t('   (evening): '); d.put(phone_p(r, 0)); d.nl()
        d.t('Social insurance number: '); d.put(k['p_nas']); d.nl()
        d.t('Email: '); d.put(k['p_mail']); d.nl()
        d.t('Spouse name: '); d.put(up(nm(r, c, 'full', lang))); d.nl(2)
        d.t('Reason for request:\n'); d.f('{fill}\n{wordy}\n\n', **k)
        d.t('Signature: '); d.put(P(p.initials() + ' ' + p.s() if r.random() < 0.5 else p.full())); d.t('      Date: '); d.put(k['date']); d.nl()
        d.t('OFFICE USE ONLY - file '); d.put(k['file']); d.t(' - received by '); d.put(nm(r, w.person(r), 'init', lang)); d.nl()
    return d


def fam_letter(r, w, lang):
    d = Doc(r, lang)
    sender, to, kid = w.people(r, 3)
    kid.dob = datetime.date(r.randint(2007, 2018), r.randint(1, 12), r.randint(1, 28))
    k = slots(r, w, lang, s=sender, t=to, kid=kid)
    d.put(nm(r, sender, 'full', lang)); d.nl()
    if r.random() < 0.12:
        d.put(foreign_addr(r, w)); d.nl(); d.put(P(fmt_foreign_phone(r), 'PHONE')); d.nl(2)
    else:
        d.put(addr_pieces(r, w, lang, sep='\n')); d.nl(); d.put(phone_p(r)); d.nl(2)
    d.f(('{place}, le {date}\n\n' if lang == 'fr' else '{place}, {date}\n\n'), **k)
    d.put(nm(r, to, 'formal_full', lang)); d.nl(); d.put(k['org']); d.nl(2)
    if lang == 'fr':
        d.f('Objet : dossier {file}\n\n' + r.choice(['Madame, Monsieur,', 'Bonjour {t_f},', 'Cher{t_e} {t_ff},']) + '\n\n', **k)
        d.f("Je vous écris au sujet de mon {kidrel} {kid_g}, né{kid_e} le {kid_dob}, qui fréquente votre établissement depuis {year}. {fill} "
            "Depuis {month}, {kid_g} revient à la maison en pleurant et refuse d'y retourner.\n\n", kidrel=('fils' if kid.sex == 'm' else 'enfant'), **k)
        d.f("J'ai déjà parlé à son enseignante, {x}, mais rien n'a changé. {wordy} Je souhaiterais vous rencontrer avant le {date2}.\n\n",
            x=nm(r, w.person(r, sex='f'), r.choice(['formal', 'full', 'formal_full']), lang), **k)
        d.f("Vous pouvez me joindre au numéro ci-dessus ou à {s_mail}. Je vous remercie de l'attention portée à la présente.\n\n", **k)
        d.f(r.choice(['Veuillez agréer mes salutations distinguées,', 'Cordialement,', 'Merci,']) + '\n\n', **k)
    else:
        d.f('Re: file {file}\n\n' + r.choice(['Dear Sir or Madam,', 'Dear {t_f},', 'Hello {t_g},']) + '\n\n', **k)
        d.f("I am writing about my {kidrel} {kid_g}, born {kid_dob}, who has attended your school since {year}. {fill} "
            "Since {month}, {kid_g} comes home crying and refuses to go back.\n\n", kidrel=('son' if kid.sex == 'm' else 'daughter'), **k)
        d.f("I already spoke with the teacher, {x}, but nothing has changed. {wordy} I would like to meet with you before {date2}.\n\n",
            x=nm(r, w.person(r, sex='f'), r.choice(['formal', 'full', 'formal_full']), lang), **k)
        d.f("You can reach me at the number above or at {s_mail}. Thank you for your attention.\n\n", **k)
        d.f(r.choice(['Sincerely,', 'Regards,', 'Thank you,']) + '\n\n', **k)
    d.put(nm(r, sender, r.choice(['full', 'full', 'init']), lang)); d.nl()
    if r.random() < 0.4:
        d.t('c.c. ' if lang == 'fr' else 'cc: '); d.put(nm(r, w.person(r), r.choice(['formal_full', 'full']), lang)); d.nl()
    return d


def fam_ocr(r, w, lang):
    """OCR of a scanned letter or ID page: broken lines, hyphenation, noise."""
    d = NoisyDoc(r, lang, r.choice([0.04, 0.08, 0.12]))
    p, off = w.people(r, 2)
    k = slots(r, w, lang, p=p, o=off)
    d.t(r.choice(['[page 1/2]\n', '— numérisé —\n' if lang == 'fr' else '- scanned -\n', '', '|||  ||| |\n']))
    d.put(k['org']); d.nl()
    if lang == 'fr':
        d.f('N/Réf. : {file}\n{place}, le {date}\n\n', **k)
        d.put(nm(r, p, 'formal_full', lang)); d.nl(); d.put(addr_pieces(r, w, lang, sep='\n')); d.nl(2)
        d.f("Objet : Avis de décision — demande de prestations\n\n{p_f},\n\nNous accusons réception de votre de-\nmande reçue le {date2}. "
            "Après analyse, nous vous infor-\nmons que votre admissibilité est établie à comp-\nter du {date2}. Le montant mensuel sera de {amt}.\n\n", **k)
        d.f("Pour toute question, communiquez avec {o_ff} au {tf} ou au {o_tel}, en mentionnant votre nu-\nméro d'assurance sociale ({p_nas}).\n\n", **k)
        d.f("{fill}\n\n{o}\nAgent{o_e} d'aide socio-économique\n", **k)
    else:
        d.f('Our ref.: {file}\n{place}, {date}\n\n', **k)
        d.put(nm(r, p, 'formal_full', lang)); d.nl(); d.put(addr_pieces(r, w, lang, sep='\n')); d.nl(2)
        d.f("Re: Notice of decision - benefit application\n\nDear {p_f},\n\nWe acknowledge receipt of your appli-\ncation received on {date2}. "
            "After review, we inform you that your eligi-\nbility is established as of {date2}. The monthly amount will be {amt}.\n\n", **k)
        d.f("For any question, contact {o_ff} at {tf} or {o_tel}, quoting your social insur-\nance number ({p_nas}).\n\n", **k)
        d.f("{fill}\n\n{o}\nBenefits officer\n", **k)
    d.t(r.choice(['\n.. ,  \' .\n', '\n[illisible]\n' if lang == 'fr' else '\n[illegible]\n', '\n']))
    return d


def doc_ref(r, w, lang):
    p = w.person(r)
    if lang == 'fr':
        t = r.choice(['la Dre', 'Dre']) if p.sex == 'f' else r.choice(['le Dr', 'Dr'])
    else:
        t = r.choice(['Dr.', 'Dr'])
    return nm(r, p, r.choice(['formal_full', 'formal']), lang, title=t)


def fam_referral(r, w, lang):
    d = Doc(r, lang)
    p, frm, to, par = w.people(r, 4)
    k = slots(r, w, lang, p=p, f=frm, t=to, par=par)
    if lang == 'fr':
        d.f("FICHE DE RÉFÉRENCE\nDe : {f}, {org}   Tél. : {f_tel}\nÀ : {t_ff}, {org2}\nDate : {date}   Priorité : {prio}\n\n", prio=r.choice(['urgente', 'élevée', 'normale']), **k)
        d.f("Usager : {p_inv}   Né(e) le : {p_dob}   NAM : {p_ramq}\nAdresse : {addr}\nTéléphone : {p_tel}\nParent/tuteur : {par} ({par_tel})\n\n", **k)
        d.f("Motif : {p_g} présente une perte d'autonomie depuis {month}. {fill} Suivi antérieur avec {x}. {wordy}\n\n",
            x=doc_ref(r, w, lang), **k)
        d.f("Consentement signé : oui. {fill}\n{f_init}\n", **k)
    else:
        d.f("REFERRAL FORM\nFrom: {f}, {org}   Tel: {f_tel}\nTo: {t_ff}, {org2}\nDate: {date}   Priority: {prio}\n\n", prio=r.choice(['urgent', 'high', 'routine']), **k)
        d.f("Client: {p_inv}   DOB: {p_dob}   Medicare: {p_ramq}\nAddress: {addr}\nPhone: {p_tel}\nParent/guardian: {par} ({par_tel})\n\n", **k)
        d.f("Reason: {p_g} has shown a loss of autonomy since {month}. {fill} Previously followed by {x}. {wordy}\n\n",
            x=doc_ref(r, w, lang), **k)
        d.f("Signed consent: yes. {fill}\n{f_init}\n", **k)
    return d


def fam_visitors(r, w, lang):
    d = Doc(r, lang)
    k = slots(r, w, lang)
    d.f("REGISTRE DES VISITEURS — {org} — {date}\n" if lang == 'fr' else "VISITOR LOG - {org} - {date}\n", **k)
    d.t('Heure | Nom | Visite | Organisation | Plaque\n' if lang == 'fr' else 'Time | Name | Visiting | Company | Plate\n')
    for _ in range(r.randint(5, 10)):
        v, host = w.people(r, 2)
        d.put(D(fmt_time(r, 'fr'), 'TIME')); d.t(' | ')
        d.put(nm(r, v, r.choice(['full', 'inv', 'lower', 'init']), lang)); d.t(' | ')
        d.put(nm(r, host, r.choice(['given', 'sur', 'formal', 'full']), lang)); d.t(' | ')
        if r.random() < 0.5:
            d.put(w.org(r, lang))
        else:
            d.t(r.choice(['—', 'famille', 'personnel', 'livraison'] if lang == 'fr' else ['-', 'family', 'personal', 'delivery']))
        d.t(' | ')
        if r.random() < 0.6:
            d.put(P(plate(r), 'PLATE'))
        else:
            d.t('—')
        d.nl()
    return d


def fam_agenda(r, w, lang):
    d = Doc(r, lang)
    owner = w.person(r)
    k = slots(r, w, lang, o=owner)
    d.f("Agenda de {o} — {wd} {date}\n\n" if lang == 'fr' else "Calendar of {o} - {wd} {date}\n\n", **k)
    items_fr = ["Rencontre avec {p_ff}", "Appel {p_g} {p_tel}", "Comité clinique — {org}", "Visite à domicile — {p_inv}, {addr_nopc}",
                "Dîner avec {p_lg}", "Audience TAL dossier {file}", "Suivi {p_l} (rappeler!)", "Formation : {law}", "Bloqué — rédaction de notes"]
    items_en = ["Meeting with {p_ff}", "Call {p_g} {p_tel}", "Clinical committee - {org}", "Home visit - {p_inv}, {addr_nopc}",
                "Lunch with {p_lg}", "TAL hearing file {file}", "Follow-up {p_l} (call back!)", "Training: {law}", "Blocked - writing notes"]
    h = r.randint(8, 10)
    for it in r.sample(items_fr if lang == 'fr' else items_en, r.randint(4, 7)):
        k2 = slots(r, w, lang, p=w.person(r))
        m = r.choice([0, 15, 30])
        d.put(D(f'{h}:{m:02d}' if lang == 'en' or r.random() < 0.5 else f'{h} h {m:02d}', 'TIME')); d.t(r.choice([' – ', '  ', ' - ']))
        h += r.randint(1, 2)
        d.f(it, **k2); d.nl()
    return d


def fam_payment(r, w, lang):
    d = Doc(r, lang)
    p, agent = w.people(r, 2)
    k = slots(r, w, lang, p=p, a=agent)
    if lang == 'fr':
        d.f("DEMANDE DE REMBOURSEMENT / AUTORISATION DE PAIEMENT\nDossier : {file}   Date : {date}\n\n", **k)
        d.f("Bénéficiaire : {p_inv}\nAdresse : {addr}\nCourriel : {p_mail}\nNAS : {p_nas}\n\n", **k)
        d.f("Montant réclamé : {amt} (frais de déplacement et de stationnement, {month}).\n", **k)
        d.t('Mode de paiement : dépôt direct — '); d.put(bank_pieces(r, lang)); d.nl()
        if r.random() < 0.6:
            d.t('Frais de dossier payés par carte '); d.t(r.choice(['Visa', 'Mastercard', 'de crédit'])); d.t(' no '); d.put(P(card(r), 'CREDIT_CARD'))
            d.t(f', exp. {r.randint(1, 12):02d}/{r.randint(26, 31)}\n')
        if r.random() < 0.2:
            d.t('Compte à l\'étranger (IBAN) : '); d.put(P(iban(r), 'BANK_ACCOUNT')); d.nl()
        d.f("\nVérifié par : {a}, agent{a_e} de liquidation — {date2}\n{fill}\n", **k)
    else:
        d.f("REIMBURSEMENT REQUEST / PAYMENT AUTHORIZATION\nFile: {file}   Date: {date}\n\n", **k)
        d.f("Payee: {p_inv}\nAddress: {addr}\nEmail: {p_mail}\nSIN: {p_nas}\n\n", **k)
        d.f("Amount claimed: {amt} (travel and parking, {month}).\n", **k)
        d.t('Payment method: direct deposit - '); d.put(bank_pieces(r, lang)); d.nl()
        if r.random() < 0.6:
            d.t('Processing fee paid by '); d.t(r.choice(['Visa', 'Mastercard', 'Amex', 'credit card'])); d.t(' no. '); d.put(P(card(r), 'CREDIT_CARD'))
            d.t(f', exp. {r.randint(1, 12):02d}/{r.randint(26, 31)}\n')
        if r.random() < 0.2:
            d.t('Foreign account (IBAN): '); d.put(P(iban(r), 'BANK_ACCOUNT')); d.nl()
        d.f("\nChecked by: {a}, claims officer - {date2}\n{fill}\n", **k)
    return d


def fam_ticket(r, w, lang):
    d = Doc(r, lang)
    p, off = w.people(r, 2)
    k = slots(r, w, lang, p=p, o=off)
    k['veh'] = P(plate(r), 'PLATE')
    if lang == 'fr':
        d.f("CONSTAT D'INFRACTION no {file}\nDate : {date}   Heure : {time}   Endroit : {street}, {place}\n\n", **k)
        d.f("Conducteur : {p_inv}\nAdresse : {addr}\nPermis de conduire : {p_dl}   Né(e) le : {p_dob}\nVéhicule : {marque}, plaque {veh}\n\n",
            marque=r.choice(['Mazda 3 bleue', 'Kia Soul verte', 'Chevrolet Silverado', 'Nissan Rogue']), **k)
        d.f("Infraction : vitesse de {v} km/h dans une zone de 50 km/h ({{art. 328 du Code de la sécurité routière|LAW}}). Amende : {amt} + frais.\n", v=str(r.randint(62, 95)), **k)
        d.f("Agent{o_e} : {o_init}, matricule {mat}, {unit}\n{fill}\n", mat=str(r.randint(1000, 9999)), unit=D(r.choice(w.police_units).replace('_', ' '), 'ORG'), **k)
    else:
        d.f("STATEMENT OF OFFENCE #{file}\nDate: {date}   Time: {time}   Location: {street}, {place}\n\n", **k)
        d.f("Driver: {p_inv}\nAddress: {addr}\nDriver's licence: {p_dl}   DOB: {p_dob}\nVehicle: {marque}, plate {veh}\n\n",
            marque=r.choice(['blue Mazda 3', 'green Kia Soul', 'Chevrolet Silverado', 'Nissan Rogue']), **k)
        d.f("Offence: speed of {v} km/h in a 50 km/h zone ({{Highway Safety Code, s. 328|LAW}}). Fine: {amt} + costs.\n", v=str(r.randint(62, 95)), **k)
        d.f("Officer: {o_init}, badge {mat}, {unit}\n{fill}\n", mat=str(r.randint(1000, 9999)), unit=D(r.choice(w.police_units).replace('_', ' '), 'ORG'), **k)
    return d


def fam_intake(r, w, lang):
    d = Doc(r, lang)
    cl, kin = w.people(r, 2)
    nurse = w.person(r, sex='f', avoid=(cl.surname, kin.surname))
    k = slots(r, w, lang, c=cl, k=kin, n=nurse)
    k['n_gi'] = P(f'{nurse.g()} {nurse.s()[:1]}.')
    age = str(max(18, 2024 - cl.dob.year))
    if lang == 'fr':
        d.f("Info-Social — note de triage\nAppel reçu le {date} à {time} (ligne {tf})\nIntervenante : {n_gi}\n\n", **k)
        d.f("appelant{c_e} : {c_l}, {age} ans, DDN {c_dob}. rappel possible au {c_tel}.\n", age=age, **k)
        d.f("motif : idées noires depuis {month}, vit seul{c_e} au {addr_nopc}. {k_Sib}, {k_lg}, est au courant ({k_tel}).\n", **k)
        d.f("risque : modéré. pas de plan. {fill}\n", **k)
        d.f("orientation : CLSC demain, rappel par {n_lg} {wd}. {wordy}\n", **k)
    else:
        d.f("811 Info-Social - triage note\nCall received {date} at {time} (line {tf})\nWorker: {n_gi}\n\n", **k)
        d.f("caller: {c_l}, {age} y.o., DOB {c_dob}. call back at {c_tel}.\n", age=age, **k)
        d.f("reason: dark thoughts since {month}, lives alone at {addr_nopc}. {k_Sib}, {k_lg}, is aware ({k_tel}).\n", **k)
        d.f("risk: moderate. no plan. {fill}\n", **k)
        d.f("plan: CLSC tomorrow, call back by {n_lg} on {wd}. {wordy}\n", **k)
    return d


def fam_decision(r, w, lang):
    d = Doc(r, lang)
    req, resp, third = w.people(r, 3)
    k = slots(r, w, lang, q=req, s=resp, t=third)
    if lang == 'fr':
        d.f("{place}, le {date}\n\nPAR COURRIEL ({q_mail})\n\n", **k)
        d.put(nm(r, req, 'formal_full', lang)); d.nl(); d.put(addr_pieces(r, w, lang, sep='\n')); d.nl(2)
        d.f("Objet : Votre demande d'accès du {date2} — notre dossier {file}\n\n{q_f},\n\n", **k)
        d.f("La présente fait suite à votre demande visant l'obtention des documents relatifs à la plainte déposée contre {t_ff}. "
            "Conformément aux dispositions applicables ({law}), nous vous transmettons les documents demandés, à l'exception des renseignements personnels "
            "concernant des tiers, lesquels ont été masqués (voir {law2}).\n\n", law2=w.law(r, lang), **k)
        d.f("Vous pouvez demander la révision de cette décision à la {{Commission d'accès à l'information|ORG}} dans les 30 jours. {fill}\n\n", **k)
        d.f("Veuillez agréer, {q_f}, nos salutations distinguées.\n\n{s}\nResponsable de l'accès aux documents\nTél. : {s_tel}{ext}\n", ext=extension(r, lang), **k)
    else:
        d.f("{place}, {date}\n\nBY EMAIL ({q_mail})\n\n", **k)
        d.put(nm(r, req, 'formal_full', lang)); d.nl(); d.put(addr_pieces(r, w, lang, sep='\n')); d.nl(2)
        d.f("Re: Your access request of {date2} - our file {file}\n\nDear {q_f},\n\n", **k)
        d.f("This is further to your request for the documents relating to the complaint filed against {t_ff}. "
            "Pursuant to {law}, please find the requested documents, except for personal information about third parties, "
            "which has been severed under {law2}.\n\n", law2=w.law(r, lang), **k)
        d.f("You may apply for a review of this decision to the {{Commission d'accès à l'information|ORG}} within 30 days. {fill}\n\n", **k)
        d.f("Sincerely,\n\n{s}\nAccess to Information Officer\nTel: {s_tel}{ext}\n", ext=extension(r, lang), **k)
    return d


def fam_handoff(r, w, lang):
    d = Doc(r, lang)
    k = slots(r, w, lang)
    d.f("RELÈVE — quart de {q} — {date}\n\n" if lang == 'fr' else "SHIFT HANDOFF - {q} shift - {date}\n\n",
        q=r.choice(['nuit', 'soir', 'jour'] if lang == 'fr' else ['night', 'evening', 'day']), **k)
    fr = ["ch. {num}0{num} — {c_l} : a bien dormi, TA ok. {r_kin} ({r_g}) passe vers {time}.",
          "ch. {num}1{num} — {c_inv} : agité(e) vers 3h, PRN donné. aviser {s_lg} si ça recommence.",
          "{c_g} ({c_s}) : refuse son déjeuner. famille à appeler : {r_ff} au {r_tel}.",
          "{c_f} : chute sans blessure, rapport fait. {fill}",
          "admission : {c_ff}, DDN {c_dob}, NAM {c_ramq}. vient de {org}.",
          "congé prévu {wd} pour {c_c}, transport par {r_g}.",
          "{wordy}"]
    en = ["rm {num}0{num} - {c_l}: slept well, BP ok. {r_kin} ({r_g}) visiting around {time}.",
          "rm {num}1{num} - {c_inv}: agitated around 3am, PRN given. tell {s_lg} if it happens again.",
          "{c_g} ({c_s}): refused breakfast. family to call: {r_ff} at {r_tel}.",
          "{c_f}: fall without injury, report done. {fill}",
          "admission: {c_ff}, DOB {c_dob}, Medicare {c_ramq}. coming from {org}.",
          "discharge planned {wd} for {c_c}, ride with {r_g}.",
          "{wordy}"]
    for it in r.sample(fr if lang == 'fr' else en, r.randint(4, 7)):
        k2 = slots(r, w, lang, c=w.person(r), r=w.person(r), s=w.person(r))
        d.t(r.choice(['- ', '* ', '• ', '']))
        d.f(it, **k2); d.nl()
    d.t('\n'); d.put(nm(r, w.person(r), r.choice(['init', 'given', 'full']), lang))
    d.t(r.choice([', inf.', ', inf. aux.', ', PAB', '']) if lang == 'fr' else r.choice([', RN', ', LPN', ', PAB', '']))
    d.nl()
    return d


def fam_memo(r, w, lang):
    d = Doc(r, lang)
    fr_, to = w.people(r, 2)
    k = slots(r, w, lang, f=fr_, t=to)
    k['f_eur'] = 'rice' if fr_.sex == 'f' else 'eur'
    if lang == 'fr':
        d.f("NOTE DE SERVICE\nDestinataires : tout le personnel de {org}\nExpédit{f_eur} : {f}, direction\nDate : {date}\nObjet : {obj}\n\n",
            obj=r.choice(['fermeture du stationnement', 'nouvelle procédure de plaintes', 'départ à la retraite', 'protection des renseignements personnels']), **k)
        d.f("{fill} À compter du {date2}, toute demande doit être acheminée à {t_ff} ({t_mailw}, poste {ext}). {wordy}\n\n", ext=str(r.randint(1000, 9999)), **k)
        d.f("Rappel : les renseignements personnels ({law}) ne doivent jamais être transmis par courriel non chiffré. {fill}\n\n"
            "Pour toute question : {tf}.\n\n{f_init}\n", **k)
    else:
        d.f("MEMO\nTo: all staff of {org}\nFrom: {f}, management\nDate: {date}\nRe: {obj}\n\n",
            obj=r.choice(['parking closure', 'new complaints procedure', 'retirement', 'protection of personal information']), **k)
        d.f("{fill} Starting {date2}, all requests must go to {t_ff} ({t_mailw}, ext. {ext}). {wordy}\n\n", ext=str(r.randint(1000, 9999)), **k)
        d.f("Reminder: personal information ({law}) must never be sent by unencrypted email. {fill}\n\n"
            "Questions: {tf}.\n\n{f_init}\n", **k)
    return d


FAMILIES = [  # (name, function, weight)
    ('casenote', fam_casenote, 9), ('progress', fam_progress, 6), ('email', fam_email, 8), ('call', fam_call, 6),
    ('voicemail', fam_voicemail, 4), ('chat', fam_chat, 4), ('sms', fam_sms, 3), ('minutes', fam_minutes, 4),
    ('complaint', fam_complaint, 5), ('incident', fam_incident, 4), ('hr', fam_hr, 3), ('hearing', fam_hearing, 3),
    ('police', fam_police, 4), ('register', fam_register, 2), ('csv', fam_csv, 3), ('tsv', fam_tsv, 2), ('kv', fam_kv, 4),
    ('namelist', fam_namelist, 2), ('form', fam_form, 3), ('letter', fam_letter, 5), ('ocr', fam_ocr, 3), ('referral', fam_referral, 3),
    ('visitors', fam_visitors, 2), ('agenda', fam_agenda, 2), ('payment', fam_payment, 3), ('ticket', fam_ticket, 2),
    ('intake', fam_intake, 3), ('decision', fam_decision, 3), ('handoff', fam_handoff, 4), ('memo', fam_memo, 2),
]


def generate(mode, count, seed):
    w = World(mode)
    for i in range(count):
        r = random.Random(f'indep10-{mode}-{seed}-{i}')
        lang = 'fr' if r.random() < 0.6 else 'en'
        name, fn, _ = r.choices(FAMILIES, [f[2] for f in FAMILIES])[0]
        d = fn(r, w, lang)
        text = d.text()
        spans = sorted(d.spans, key=lambda s: (s['start'], s['end']))
        yield {'id': f'indep10-{mode}-{seed}-{i:04d}', 'lang': lang, 'family': name, 'text': text, 'spans': spans}


def check(doc):
    b = doc['text'].encode('utf-8')
    last = -1
    for s in doc['spans']:
        seg = b[s['start']:s['end']]
        seg.decode('utf-8')
        assert seg and seg == seg.strip(), (doc['id'], s, seg)
        assert s['start'] >= last, ('overlap', doc['id'], s)
        last = s['end']
        assert s['kind'] in ('pii', 'decoy', 'content'), s
        t = seg.decode('utf-8')
        if s['type'] in ('CREDIT_CARD', 'NAS'):
            dg = re.sub(r'\D', '', t)
            assert luhn_digit(dg[:-1]) == dg[-1], (doc['id'], t)
        if s['type'] == 'PERSON':
            assert not re.match(r"(?i)(mme|me|dre?|mr|mrs|ms|monsieur|madame|l'|d')\s", t) and not t.endswith("'s"), (doc['id'], t)
    return True


def selftest():
    n = 0
    for mode in 'WH':
        for seed in (1, 2, 3):
            for doc in generate(mode, 150, seed):
                check(doc)
                n += 1
    print(f'selftest ok: {n} documents', file=sys.stderr)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--selftest':
        selftest()
        return
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.exit(__doc__)
    mode, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    out = sys.stdout
    for doc in generate(mode, count, seed):
        check(doc)
        out.write(json.dumps(doc, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
