#!/usr/bin/env python3
"""freetext-indep2.py — an independent generator of labelled Québec free-text
records (French and English) for evaluating a PII redactor.

It was written apart from the project's redaction rules and from the other
bench/freetext-*.py generators: its name lists, sentence templates and
document shapes were made up from scratch, only the output format
(the one bench/freetext-score.py reads) is shared.

Usage:  freetext-indep2.py COUNT SEED > set.jsonl

One JSON document per line:
  {"id", "lang": "fr"|"en", "family", "text",
   "spans": [{"kind": "pii"|"decoy"|"content", "type", "start", "end"}]}
start/end are BYTE offsets into the UTF-8 encoding of text.
pii types: PERSON PHONE EMAIL ADDRESS POSTAL_CODE DOB SIN RAMQ
decoy types (must be kept): ORG PLACE STREET LAW FILE TOLLFREE AMOUNT
content: whole ordinary sentences holding neither pii nor decoys.
Families: casenote email callcentre minutes complaint incident school housing
(rotated so that shares are about equal, languages alternate).
"""
import json
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------- names
# Each group: (female given names, male given names, surnames).
# "_" stands for a space inside a name.


def W(s):
    return [w.replace('_', ' ') for w in s.split()]


NAMES = {
    'frca': (
        W("Marie Julie Isabelle Nathalie Sylvie Chantal Geneviève Mélanie Émilie Catherine Marie-Ève Josée "
          "Lucie Manon Ginette Francine Claudette Véronique Annie Stéphanie Audrey Maude Rosalie Léa Florence "
          "Océane Noémie Camille Marguerite Thérèse Rose Victoire Aurélie Gabrielle Solange Jacinthe Karine "
          "Mireille Line Marie-Claude Anne-Marie Hélène Diane Louise Monique Pierrette Rollande"),
        W("Jean Pierre Jean-Pierre Jean-François Marc-André Luc Michel Réjean Gaétan Normand Sylvain Yves "
          "Denis Mathieu Simon Olivier Félix Samuel Antoine Guillaume Étienne Benoît Alexandre Maxime Philippe "
          "Gilles Roger Gilbert Aimé Rosaire Ghislain Jacques Hugo Louis-Philippe Éric François Martin Patrice "
          "Raymond Léo Jean-Guy Marcel Fernand Clément Dominique"),
        W("Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger "
          "Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier "
          "Fournier Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Martin Landry Martel Bédard "
          "Grenier Lessard Mercier Boulanger Moreau Lemieux Després Chartrand Sauvé Charbonneau Vachon "
          "Desjardins Proulx Brisebois Laflamme Therrien Marchand Lachance Bernier Rousseau Beauchemin "
          "Larose Lebeau Champagne Lacroix Robichaud Labonté Meunier Cormier Lamoureux Tremblay-Gagnon "
          "Gendron Savard Brassard Rivard Jolicoeur Labrecque Bellemare Doucet")),
    'en': (
        W("Sarah Emily Jennifer Jessica Elizabeth Rebecca Laura Amanda Karen Susan Margaret Helen Alice Grace "
          "Hope Faith Joy Heather Holly Ivy Dawn April June Victoria Charlotte Olivia Sophie Hannah Abigail "
          "Megan Ashley Brittany Lindsay Rachel Natalie Wendy Tracy Pamela Gwen Ruth"),
        W("John Michael David James Robert William Thomas Daniel Matthew Andrew Christopher Jonathan Steven "
          "Kevin Brian Paul Mark Richard Peter George Edward Henry Arthur Charles Graham Scott Jason Eric Ryan "
          "Adam Ben Gordon Neil Trevor Wayne Stuart Colin Douglas Ross Frank"),
        W("Smith Johnson Brown Taylor Wilson Clark Wright Walker Young King Page Baker Fox Hill Green White "
          "Black Wood Stone Hunter Fisher Cook Carter Mason Turner Parker Bishop Porter Bell Ward Hughes Cooper "
          "Gray Reed Price Bennett Hall Allen Lewis Scott Knight Marsh Little Rich Moody Sterling Bush Webb "
          "Harper Chapman Fletcher")),
    'ie': (
        W("Siobhan Aoife Niamh Maeve Sinead Orla Roisin Bridget Maureen Colleen Deirdre Eileen Shannon Kathleen "
          "Fiona Nora Ciara Aisling Grainne Una Brigid Clodagh Dervla Mairead"),
        W("Patrick Sean Liam Ciaran Declan Brendan Kieran Conor Niall Eamon Fergus Padraig Cormac Finn Kevin "
          "Rory Dermot Colm Aidan Oisin Brian Donal Lorcan Tadhg"),
        W("Murphy Kelly O'Brien O'Neill Sullivan Ryan Byrne Walsh O'Connor McCarthy Doyle Gallagher Kennedy "
          "Lynch Murray Quinn Moore McLaughlin Carroll Connolly Daly Brennan Burke Collins Fitzgerald Dunne "
          "Keane Flanagan Nolan Hogan Donnelly Reilly Power Casey Healy Boyle Cullen Duffy Foley Sheehan "
          "O'Reilly McGee Mulroney")),
    'it': (
        W("Maria Giuseppina Anna Rosa Carmela Angela Lucia Francesca Concetta Teresa Graziella Assunta Giulia "
          "Chiara Alessandra Silvana Elena Antonella Rita Filomena Nunzia Gina Pina Loredana"),
        W("Giuseppe Giovanni Antonio Mario Luigi Francesco Salvatore Vincenzo Domenico Pasquale Carmine "
          "Angelo Nicola Roberto Marco Luca Paolo Stefano Enzo Rocco Tony Frank Dino Sergio Nino Aldo"),
        W("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca "
          "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso "
          "Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola DeSantis "
          "D'Angelo Marchetti Di_Iorio Iacono Zampino Saputo Cotroni Petrella")),
    'pt': (
        W("Maria Ana Fátima Conceição Isabel Teresa Filipa Inês Beatriz Catarina Joana Rita Sofia Mariana "
          "Lurdes Graça Fernanda Luísa Adelaide Natália Lídia Glória"),
        W("João José António Manuel Francisco Carlos Paulo Luís Pedro Rui Nuno Tiago Miguel Fernando Jorge "
          "Vasco Duarte Gonçalo Rodrigo Hélder Armando Álvaro"),
        W("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves "
          "Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes "
          "Soares Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões "
          "Medeiros Da_Silva De_Sousa Furtado Câmara")),
    'gr': (
        W("Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi Despina Fotini "
          "Athina Chrysoula Anastasia Eirini Stella Voula Xanthi Kalliopi"),
        W("Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasilios Christos Athanasios Michail "
          "Evangelos Spyros Stavros Theodoros Andreas Petros Kostas Yannis Nikos Alexandros"),
        W("Papadopoulos Papadakis Georgiou Nikolaidis Konstantinidis Vlachos Pappas Economou Karamanlis "
          "Dimitriou Christodoulou Antonopoulos Alexiou Makris Samaras Kostopoulos Theodorou Angelopoulos "
          "Galanis Mavros Stavropoulos Lambrakis Karras Kyriakou Raptis Zervas Demos Manolakos Sotiropoulos "
          "Papageorgiou Katsaros Panagopoulos Kallas Apostolou Kouris Tsakiris Vassiliou Ioannou "
          "Mitsotakis Fotopoulos")),
    'ht': (
        W("Marie-Carmelle Nadège Guerda Fabienne Mirlande Yolette Rose-Marie Judith Wideline Kettly Magalie "
          "Fabiola Edeline Esther Nathalie Roseline Clautilde Marjorie Bélinda Mirlène Vanessa Ketia Régine "
          "Gina Mimose Yveline"),
        W("Jean-Robert Jean-Claude Wilner Frantz Fritzner Pierre-Richard Guerby Ricardo Jean-Baptiste Emmanuel "
          "Wisly Widlin Kervens Dieuseul Jacky Yvon Ernst Lesly Fedner Roody Anel Jocelyn Maxo Wilfrid Dadly"),
        W("Jean-Baptiste Pierre Joseph Louis Charles Saint-Fleur Désir Étienne Augustin Dorvil Célestin "
          "Exantus Jean-Louis Laguerre Métellus Noël Dorsainvil Valcourt Bazile Fleurant Pierre-Louis "
          "Jean-Gilles Alcindor Hyppolite Estimé Lafortune Bonhomme Sanon Jeune Michel Thélusma Cadet "
          "Beauvais Desrosiers Fils-Aimé Toussaint Jolicoeur Bien-Aimé Altidor Sainvil Dieudonné")),
    'mg': (
        W("Fatima Khadija Amina Nadia Samira Leila Meriem Yasmine Sara Imane Houda Naïma Salma Zineb Soumaya "
          "Kenza Rania Hafsa Malika Nour Ines Asmaa Dounia Lamia"),
        W("Mohamed Ahmed Youssef Karim Rachid Mehdi Hamza Omar Ali Samir Nabil Khaled Amine Anis Bilal Farid "
          "Hicham Mourad Nassim Sofiane Walid Yassine Abdelkader Abdellah Said Tarik Ayoub Reda"),
        W("Benali Bouazza El_Amrani Benjelloun Haddad Cherif Mansouri Belkacem Tahiri Alaoui Bennani Idrissi "
          "Chaoui Hamdi Kaddour Ouali Zerrouki Belaid Slimani Boukhari Ait_Ahmed Amrani Lahlou Tazi Saidi "
          "Brahimi Meziane Hadjadj Ben_Salah Trabelsi Gharbi Jaziri Bouzid Khelifi Zitouni Mekki Benmoussa "
          "Rahmani Saadi Nasri")),
    'lb': (
        W("Rita Nada Rola Maya Nayla Rima Hala Mona Carla Joëlle Layal Nancy Dania Lama Reem Zeina Hiba Mirna "
          "Nour Christelle"),
        W("Georges Elie Joseph Charbel Rami Fadi Ziad Tony Michel Antoine Nabil Walid Karim Marwan Ghassan "
          "Bassam Chadi Rabih Samer Wissam"),
        W("Khoury Haddad Nasr Saad Hajj Karam Aoun Gemayel Saliba Abboud Chamoun Frangieh Daher Harb Issa "
          "Jabbour Kassab Maalouf Nassar Rizk Sfeir Tannous Yazbek Zakhem Abi-Nader Bou_Khalil El-Khoury Farah "
          "Ghanem Hayek Makhoul Moussa Najjar Sabbagh Salameh Tohme Youssef Azar Bitar Chidiac Fakhoury")),
    'vn': (
        W("Lan Mai Linh Huong Thu Hoa Ngoc Thao Trang Hanh Phuong Thuy Yen Anh Nhung Hien Kim Diep Loan Van"),
        W("Minh Tuan Hung Duc Quang Long Khoa Phuc Thanh Hai Nam Dung Huy Bao Son Tien Vinh Trung Cuong Loc"),
        W("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh "
          "Dao Luong Ha Cao Quach Thai Ta La Doan Kieu Tang Luu Chau Au Vuong Tieu Giang Thach Lai")),
    'cn': (
        W("Li_Na Fang Ying Xiu Mei Jing Yan Hui Xiaomei Lihua Yuting Xinyi Qing Ling Jia Shu Ping Lan Yu "
          "Cindy Vivian"),
        W("Wei Jun Hao Lei Jian Ming Yong Tao Bo Kai Zhiwei Yifan Xiaoming Jianguo Haoran Zihao Yuxuan Jie "
          "Peng Feng Kevin Eddie"),
        W("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang "
          "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Wong Chan Lee "
          "Cheung Lau Ng Leung Chow Tam")),
    'ph': (
        W("Maria Rosalinda Marites Jocelyn Lorna Analyn Rowena Cherry Joy Lovely Princess Mary_Grace Maricel "
          "Liezl Kristine Aileen Divina Corazon Imelda Glenda"),
        W("Jose Juan Mark Angelo Rommel Ramon Eduardo Rodrigo Jomar Jayson Reynaldo Arnel Noel Danilo Ernesto "
          "Benigno Christian Jericho Paolo Emmanuel"),
        W("Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva "
          "Ramos Castro Rivera Aquino Navarro Salazar Mercado Dela_Cruz De_Guzman Pascual Soriano Manalo "
          "Gonzales Lopez Dizon Macaraeg Pangilinan Magbanua Tolentino Mangubat Dimaculangan Evangelista "
          "Sison Domingo Lacson Panganiban Agbayani")),
    'la': (
        W("María_José Ana Lucía Valentina Camila Daniela Gabriela Paola Ximena Carolina Mariana Fernanda "
          "Alejandra Guadalupe Rocío Marisol Claudia Natalia Verónica Elena Soledad Milagros"),
        W("Carlos Luis Jorge Alejandro Andrés Diego Fernando Javier Miguel_Ángel Ricardo Sebastián Mateo "
          "Santiago Eduardo Pablo Julio Raúl Hernán Gustavo Wilmer"),
        W("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez "
          "Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ruiz Jiménez Vargas Castillo Mendoza Romero Herrera "
          "Medina Aguilar Vega Castro Rojas Muñoz Salazar Guerrero Navarro Cárdenas Figueroa Paredes Quispe "
          "Mamani Pacheco")),
    'sa': (
        W("Priya Anjali Pooja Neha Kavita Sunita Deepa Lakshmi Meena Rekha Simran Harleen Navjot Ayesha Fatima "
          "Sana Farah Nusrat Shabnam Divya Ananya Shreya Tanvi"),
        W("Rahul Amit Vikram Arjun Sanjay Rajesh Suresh Anil Deepak Harpreet Gurpreet Manpreet Jaspreet Imran "
          "Faisal Asif Tariq Kamal Rohan Nikhil Aditya Karan Vivek Ravi Hassan Sunil"),
        W("Patel Sharma Singh Kumar Gupta Shah Mehta Joshi Desai Reddy Rao Iyer Nair Menon Pillai Chaudhry "
          "Khan Ahmed Hussain Qureshi Malik Siddiqui Chowdhury Rahman Islam Gill Sandhu Sidhu Dhillon Grewal "
          "Bhatt Verma Mishra Kapoor Malhotra Bose Banerjee Chatterjee Mukherjee Das Sen Perera Jayasuriya "
          "Sivakumar Thevarajah")),
    'af': (
        W("Aminata Fatoumata Mariama Awa Aïssatou Khady Ndeye Adama Bintou Rokia Akosua Adjoa Ama Chiamaka "
          "Ngozi Folake Yetunde Grâce Espérance Bénédicte Clarisse Divine Sandrine Prisca Gloire Merveille"),
        W("Mamadou Ousmane Abdoulaye Moussa Ibrahima Cheikh Amadou Boubacar Seydou Modou Koffi Kwame Yao "
          "Kouassi Jean-Marie Didier Serge Patrice Blaise Emmanuel Chukwuemeka Oluwaseun Babatunde Tshibanda "
          "Mbuyi Kabongo Landry"),
        W("Diallo Traoré Diop Ndiaye Sow Camara Keïta Touré Coulibaly Konaté Bamba Kouamé Koné Ouédraogo "
          "Sawadogo Kaboré Mensah Asante Owusu Boateng Okafor Adeyemi Okonkwo Eze Nkurunziza Habimana "
          "Uwimana Mukendi Ilunga Kasongo Mbala Nzeza Fofana Sylla Cissé Kanté Dembélé Ngom Sarr Faye Gueye "
          "Tchamba Nguema Fotso Kamga")),
    'ind': (
        W("Évelyne Manon Anne-Marie Mélina Jovette Cindy Shirley Tanya Kayla Nishka Mikuan Shaniss Uapukun "
          "Kaniehtiio Kahentinetha Skawennati Karonhiio Kahsennenhawe Waneek Elisapie Lizzie Maggie Minnie "
          "Nellie Alasie Akinisie Siasi Eva Sarah Annie Mary Louisa Bella Christine Jeannette Priscilla "
          "Sandra Wanda Geraldine Noella"),
        W("Jérôme Réal Armand Napoléon Lucien Raoul Kenny Willie Abraham Isaac Elijah Sinclair Billy Bertie "
          "Sipi Matshiu Shushep Manish Tekarontake Kanenhariyo Teiohontathe Tiorahkwathe Lucassie Jaaji "
          "Qalingo Putulik Tommy Piita Jobie Johnny Aisa Paulusie Tumasi Adamie Charlie Sammy Dwayne Clifford "
          "Roméo Gérard"),
        W("Vollant Fontaine Bacon Picard St-Onge Grégoire Ashini Mestokosho Pinette Jourdain Rock Bellefleur "
          "Ambroise Mackenzie Hervieux Kanapé Siméon Malec Penashue Ishpatao Kaltush Flamand Coocoo Petiquay "
          "Awashish Niquay Quitich Chilton Moar Newashish Mattawa Echaquan Weizineau Néashit Bosum Coon "
          "Diamond Gull Mianscum Neeposh Petawabano Saganash Shecapio Matoush Blacksmith Wapachee Cheezo "
          "Iserhoff Ottereyes Bearskin Pepabano Happyjack Georgekish Snowboy Whiskeychan Herodier Jacobs Horn "
          "Diabo Montour Deer Delisle Stacey McComber Norton Two-Axe Goodleaf Kirby Bonspille Tarbell "
          "Splicer Nappaaluk Tukalak Kasudluak Iyaituk Weetaluktuk Qumaluk Angnatuk Arnaituk Koneak "
          "Tukkiapik Alaku Kritik Ittukalak Okpik Annahatak Novalinga Tulugak Papigatuk Qinuajuak Tooma")),
}
GROUP_W = {'frca': 30, 'en': 8, 'ie': 4, 'it': 6, 'pt': 4, 'gr': 4, 'ht': 8, 'mg': 7, 'lb': 4, 'vn': 5,
           'cn': 5, 'ph': 3, 'la': 6, 'sa': 5, 'af': 5, 'ind': 6}

# ---------------------------------------------------------------- decoys
ORGS_PERSON = [
    "Pharmacie Jean Coutu", "Aréna Maurice-Richard", "École Marguerite-Bourgeoys", "CLSC Jean-Olivier-Chénier",
    "Hôpital Maisonneuve-Rosemont", "Cégep Édouard-Montpetit", "Collège Jean-de-Brébeuf",
    "Centre Pierre-Charbonneau", "Bibliothèque Gabrielle-Roy", "Parc Jean-Drapeau", "Hôpital Charles-LeMoyne",
    "École secondaire Louis-Joseph-Papineau", "Maison Jean-Lapointe", "Marché Jean-Talon",
    "Centre sportif Claude-Robillard", "Théâtre Denise-Pelletier", "Bibliothèque Marc-Favreau",
    "Aréna Bill-Durnan", "École primaire Saint-Jean-Baptiste", "CLSC Saint-Michel", "Hôpital Jean-Talon",
    "École Jeanne-Mance", "Centre Marcelle-Ferron", "CPE Gilles-Vigneault", "École Pierre-Elliott-Trudeau",
    "Institut Philippe-Pinel", "Hôpital Pierre-Le Gardeur", "Centre hospitalier Anna-Laberge",
    "Pavillon Lionel-Groulx", "Fondation Jasmin Roy", "Clinique médicale Jacques-Cartier",
    "Dawson College", "John Abbott College", "Sir Wilfrid Laurier School Board", "Douglas Mental Health University Institute",
    "Louis-Hippolyte-La Fontaine Hospital", "Lester B. Pearson School Board", "Vanier College",
]
ORGS_PLAIN = [
    "Hydro-Québec", "Revenu Québec", "Desjardins", "Tribunal administratif du logement",
    "Office municipal d'habitation de Montréal", "Service de police de la Ville de Montréal",
    "CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "CISSS de la Montérégie-Centre", "Direction de la protection de la jeunesse",
    "Centre de services scolaire de Montréal", "Société de transport de Montréal", "Commission des normes, de l'équité, de la santé et de la sécurité du travail",
    "Régie de l'assurance maladie du Québec", "Tim Hortons", "Canadian Tire", "Pharmaprix", "Uniprix",
    "Banque Nationale", "Vidéotron", "Bell Canada", "Moisson Montréal", "Jewish General Hospital",
    "Montreal Children's Hospital", "McGill University Health Centre", "English Montreal School Board",
    "Batshaw Youth and Family Centres", "Legal Aid Québec", "Salvation Army", "YMCA du Parc",
]
PLACES = W("Montréal Laval Longueuil Québec Gatineau Sherbrooke Trois-Rivières Saguenay Lévis Terrebonne "
           "Repentigny Brossard Drummondville Saint-Jérôme Granby Blainville Saint-Hyacinthe Mirabel Shawinigan "
           "Rimouski Victoriaville Sorel-Tracy Rouyn-Noranda Val-d'Or Sept-Îles Baie-Comeau Chicoutimi Joliette "
           "Mascouche Châteauguay Vaudreuil-Dorion Sainte-Julie Saint-Eustache Alma Magog Thetford_Mines "
           "Mashteuiatsh Wendake Kahnawake Kuujjuaq Chisasibi Wemotaci Manawan Uashat Pointe-Claire Dorval "
           "Westmount Côte-Saint-Luc Verdun Lachine LaSalle Saint-Léonard Anjou Montréal-Nord Rosemont "
           "Saint-Jean-sur-Richelieu Salaberry-de-Valleyfield Sainte-Thérèse Saint-Georges La_Tuque "
           "Saint-Lambert Boucherville Beloeil Mont-Laurier Amos Matane Gaspé")
STREETS_FR = [
    "boulevard René-Lévesque", "rue Sainte-Catherine", "avenue du Mont-Royal", "rue Jean-Talon",
    "boulevard Saint-Laurent", "chemin de la Côte-des-Neiges", "rue Ontario", "boulevard Pie-IX",
    "rue Papineau", "avenue Christophe-Colomb", "boulevard Henri-Bourassa", "rue Notre-Dame",
    "rue Fleury", "boulevard Lacordaire", "rue Beaubien", "boulevard Décarie", "rue Sherbrooke",
    "boulevard Saint-Michel", "rue Jarry", "rue Saint-Hubert", "boulevard Maurice-Duplessis",
    "rue Marie-Anne", "boulevard Robert-Bourassa", "rue Wellington", "boulevard de Maisonneuve",
    "rue Peel", "avenue Laurier", "rue Masson", "boulevard Taschereau", "chemin Chambly",
]
STREETS_EN = [
    "Sherbrooke Street", "Park Avenue", "Queen Mary Road", "Decarie Boulevard", "Saint-Jacques Street",
    "René-Lévesque Boulevard", "Sainte-Catherine Street", "Van Horne Avenue", "Monkland Avenue",
    "Côte-des-Neiges Road", "Jean-Talon Street", "Saint-Laurent Boulevard", "Atwater Avenue",
    "Lakeshore Road", "Sources Boulevard", "Victoria Avenue", "Greene Avenue", "Somerled Avenue",
]
ADDR_STREETS_FR = [
    "rue des Érables", "rue Saint-Denis", "avenue du Parc", "rue Beaubien Est", "chemin du Lac",
    "rue Principale", "boulevard des Laurentides", "rue de la Montagne", "avenue Papineau",
    "rue Jarry Ouest", "rue Wellington", "montée Saint-Hubert", "rang Saint-Joseph", "rue Marie-Anne Est",
    "avenue Querbes", "rue Masson", "rue de Bordeaux", "rue Principale Nord", "rue des Pins",
    "boulevard Gouin Est", "rue Hochelaga", "avenue De Lorimier", "rue Sicard", "rue du Couvent",
    "chemin de la Rivière", "rue Saint-Georges", "rue Champlain", "avenue Champagneur",
]
ADDR_STREETS_EN = [
    "Maple Street", "Elm Avenue", "Sherbrooke Street West", "Cedar Road", "Lakeshore Road",
    "Victoria Avenue", "Decarie Boulevard", "Westminster Avenue North", "Main Street", "Church Street",
    "Oak Crescent", "Birch Lane", "Sunnyside Avenue", "Beaconsfield Boulevard", "Hampton Avenue",
    "Grosvenor Avenue", "Saint-Charles Boulevard", "Brock Avenue South", "Harvard Avenue", "Pine Avenue",
]
LAWS_FR = [
    "article 12 de la Loi sur l'accès", "RLRQ, c. A-2.1", "article 38 de la Loi sur la protection de la jeunesse",
    "article 1910 du Code civil du Québec", "article 1974 du Code civil du Québec", "art. 19 de la LSSSS",
    "Loi 25", "RLRQ, c. P-34.1", "RLRQ, c. S-4.2", "Règlement 03-096", "article 59 de la Loi sur l'accès",
    "article 53 de la Loi sur la protection des renseignements personnels", "RLRQ, c. P-39.1",
    "article 13 du Règlement sur la salubrité des logements", "Charte des droits et libertés de la personne",
]
LAWS_EN = [
    "section 12 of the Access Act", "CQLR, c. A-2.1", "section 38 of the Youth Protection Act",
    "article 1910 of the Civil Code of Québec", "section 7 of the Canadian Charter", "CQLR, c. P-39.1",
    "Bill 25", "section 19 of the Act respecting health services and social services", "By-law 03-096",
    "section 53 of the Access Act", "CQLR, c. S-4.2", "article 1974 of the Civil Code",
]
TOLLFREE = ["1 800 463-5555", "1-888-644-4545", "1 877 644-4545", "1-800-361-9596", "1 866 277-3553",
            "1-844-780-7773", "1 855 505-5000", "1-800-567-7533", "1 888 528-7741", "1-877-393-4777"]


def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_ABBR = "janv. févr. mars avr. mai juin juill. août sept. oct. nov. déc.".split()
EN_MONTHS = "January February March April May June July August September October November December".split()

# ---------------------------------------------------------------- people


class Person:
    def __init__(self, rng, group=None):
        self.rng = rng
        g = group or rng.choices(list(GROUP_W), weights=list(GROUP_W.values()))[0]
        self.fem = rng.random() < 0.5
        fl, ml, sl = NAMES[g]
        gg = g
        if rng.random() < 0.12:          # mixed: French or English given name with another surname
            gg = rng.choice(['frca', 'en'])
        self.given = rng.choice(NAMES[gg][0] if self.fem else NAMES[gg][1])
        self.sur = rng.choice(sl)
        if g == 'frca' and rng.random() < 0.06:
            self.sur = self.sur + '-' + rng.choice(sl)
        y = rng.randint(1938, 2019)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        self.dob = (y, m, d)
        self._email = self._tel = self._sin = self._ramq = None

    # --- forms
    def full(self):
        return self.given + ' ' + self.sur

    def initials(self):
        parts = re.split(r'([- ])', self.given)
        out = ''
        for p in parts:
            if p in ('-', ' '):
                out += p if p == '-' else ''
            elif p:
                out += p[0] + '.'
        return out + ' ' + self.sur

    def form(self, f):
        if f == 'f':
            return self.full()
        if f == 'g':
            return self.given
        if f == 's':
            return self.sur
        if f == 'F':
            return self.full().upper()
        if f == 'S':
            return self.sur.upper()
        if f == 'l':
            return self.full().lower()
        if f == 'lg':
            return self.given.lower()
        if f == 'ls':
            return self.sur.lower()
        if f == 'i':
            return self.initials()
        if f == 'sg':
            return self.sur.upper() + ', ' + self.given
        if f == 'gi':
            return self.given + ' ' + self.sur[0] + '.'
        if f == 'sp':
            return '-'.join(c for c in strip_acc(self.sur).upper() if c.isalpha())
        raise KeyError(f)

    def title(self, lang):
        if lang == 'fr':
            return self.rng.choice(['Mme', 'Madame']) if self.fem else self.rng.choice(['M.', 'Monsieur'])
        return self.rng.choice(['Ms.', 'Mrs.', 'Ms']) if self.fem else self.rng.choice(['Mr.', 'Mr'])

    def email(self):
        if not self._email:
            r = self.rng
            g = re.sub(r'[^a-z]', '', strip_acc(self.given).lower())
            s = re.sub(r'[^a-z]', '', strip_acc(self.sur).lower())
            user = r.choice([g + '.' + s, g[0] + s, g + s + str(r.randint(1, 99)), s + '.' + g,
                             g + '_' + s, g[0] + '.' + s + str(r.randint(60, 99))])
            dom = r.choice(['gmail.com', 'videotron.ca', 'hotmail.com', 'outlook.com', 'sympatico.ca',
                            'yahoo.ca', 'cgocable.ca', 'icloud.com', 'live.ca', 'ssss.gouv.qc.ca',
                            'csdm.qc.ca', 'protonmail.com'])
            self._email = user + '@' + dom
        return self._email

    def tel(self):
        if not self._tel:
            self._tel = phone(self.rng)
        return self._tel

    def sin(self):
        if not self._sin:
            self._sin = sin(self.rng)
        return self._sin

    def ramq(self, lower=False):
        if not self._ramq:
            s = re.sub(r'[^A-Z]', '', strip_acc(self.sur).upper())
            s = (s + 'XXX')[:3]
            g = strip_acc(self.given).upper()[0]
            y, m, d = self.dob
            mm = m + 50 if self.fem else m
            digs = '%02d%02d%02d%02d' % (y % 100, mm, d, self.rng.randint(10, 99))
            fmt = self.rng.choice([0, 0, 0, 1, 2])
            code = s + g
            self._ramq = (code + ' ' + digs[:4] + ' ' + digs[4:]) if fmt == 0 else \
                (code + digs) if fmt == 1 else (code + '-' + digs[:4] + '-' + digs[4:])
        return self._ramq.lower() if lower else self._ramq

    def dobs(self, lang):
        return fmt_date(self.rng, self.dob, lang)


def fmt_date(rng, ymd, lang):
    y, m, d = ymd
    if lang == 'fr':
        k = rng.randrange(6)
        if k == 0:
            return '%04d-%02d-%02d' % (y, m, d)
        if k == 1:
            return '%02d/%02d/%04d' % (d, m, y)
        if k == 2:
            return '%s %s %d' % ('1er' if d == 1 else str(d), FR_MONTHS[m - 1], y)
        if k == 3:
            return '%02d-%02d-%04d' % (d, m, y)
        if k == 4:
            return '%d %s %d' % (d, FR_ABBR[m - 1], y)
        return '%d/%d/%02d' % (d, m, y % 100)
    k = rng.randrange(6)
    if k == 0:
        return '%s %d, %d' % (EN_MONTHS[m - 1], d, y)
    if k == 1:
        return '%04d-%02d-%02d' % (y, m, d)
    if k == 2:
        return '%d %s %d' % (d, EN_MONTHS[m - 1], y)
    if k == 3:
        return '%02d/%02d/%04d' % (m, d, y)
    if k == 4:
        return '%s. %d %d' % (EN_MONTHS[m - 1][:3], d, y)
    return '%02d/%02d/%04d' % (d, m, y)


def phone(rng):
    ac = rng.choice(['514', '438', '450', '579', '418', '581', '819', '873', '367', '263'])
    ex = str(rng.randint(2, 9)) + '%02d' % rng.randint(0, 99)
    ln = '%04d' % rng.randint(0, 9999)
    k = rng.randrange(8)
    s = [ac + '-' + ex + '-' + ln, '(' + ac + ') ' + ex + '-' + ln, ac + ' ' + ex + ' ' + ln,
         ac + '.' + ex + '.' + ln, '+1 ' + ac + ' ' + ex + ' ' + ln, ac + ex + ln,
         '1-' + ac + '-' + ex + '-' + ln, ac + ' ' + ex + '-' + ln][k]
    return s


def sin(rng):
    while True:
        d = [rng.choice([1, 2, 3, 4, 5, 6, 7, 9])] + [rng.randint(0, 9) for _ in range(7)]
        tot = 0
        for i, x in enumerate(d):
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        c = (10 - tot % 10) % 10
        d.append(c)
        s = ''.join(map(str, d))
        if len(set(s)) > 2:
            break
    k = rng.randrange(4)
    return [s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:], s,
            s[:3] + ' ' + s[3:6] + ' ' + s[6:]][k]


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) == 9 and tot % 10 == 0


PC1 = 'GHJ'
PCL = 'ABCEGHJKLMNPRSTVWXYZ'


def postal(rng, lower=False):
    s = rng.choice(PC1) + str(rng.randint(0, 9)) + rng.choice(PCL) + ' ' + str(rng.randint(0, 9)) + \
        rng.choice(PCL) + str(rng.randint(0, 9))
    if rng.random() < 0.2:
        s = s.replace(' ', '')
    return s.lower() if lower else s


def address(rng, lang, lower=False):
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 12999)]))
    if lang == 'fr':
        st = rng.choice(ADDR_STREETS_FR)
        k = rng.randrange(6)
        if k == 0:
            s = num + ', ' + st
        elif k == 1:
            s = num + ' ' + st
        elif k == 2:
            s = num + ', ' + st + ', app. ' + str(rng.randint(1, 30))
        elif k == 3:
            s = str(rng.randint(1, 12)) + '-' + num + ' ' + st
        elif k == 4:
            s = num + ' ' + st + ', appartement ' + str(rng.randint(101, 912))
        else:
            s = num + ', ' + st + ' #' + str(rng.randint(1, 8))
    else:
        st = rng.choice(ADDR_STREETS_EN)
        k = rng.randrange(5)
        if k == 0:
            s = num + ' ' + st
        elif k == 1:
            s = num + ' ' + st + ', apt. ' + str(rng.randint(1, 30))
        elif k == 2:
            s = 'Unit ' + str(rng.randint(1, 12)) + ', ' + num + ' ' + st
        elif k == 3:
            s = str(rng.randint(1, 12)) + '-' + num + ' ' + st
        else:
            s = num + ' ' + st + ' #' + str(rng.randint(1, 8))
    return s.lower() if lower else s


def filenum(rng, lang):
    y = rng.randint(2019, 2025)
    k = rng.randrange(6)
    if lang == 'fr':
        return ["dossier %d-%02d-%04d" % (y, rng.randint(1, 12), rng.randint(1, 9999)),
                "dossier n° %d-%05d" % (y, rng.randint(1, 99999)),
                "réf. TAL-%06d" % rng.randint(1, 999999),
                "plainte %d-PL-%05d" % (y, rng.randint(1, 99999)),
                "n/réf. %02d-%d-%03d" % (rng.randint(1, 40), y, rng.randint(1, 999)),
                "billet INC%07d" % rng.randint(1, 9999999)][k]
    return ["file %d-%02d-%04d" % (y, rng.randint(1, 12), rng.randint(1, 9999)),
            "file no. %d-%05d" % (y, rng.randint(1, 99999)),
            "case %d-%04d" % (y, rng.randint(1, 9999)),
            "ticket INC%07d" % rng.randint(1, 9999999),
            "our ref. %02d-%d-%03d" % (rng.randint(1, 40), y, rng.randint(1, 999)),
            "claim %d-CL-%05d" % (y, rng.randint(1, 99999))][k]


def amount(rng, lang):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 15000)])
    cents = rng.random() < 0.4
    c = rng.randint(0, 99)
    if lang == 'fr':
        s = ('{:,}'.format(v)).replace(',', ' ')
        return s + (',%02d' % c if cents else '') + ' $'
    return '$' + '{:,}'.format(v) + ('.%02d' % c if cents else '')


def plain_date(rng, lang):
    y = rng.randint(2022, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if lang == 'fr':
        return rng.choice(['%d %s %d' % (d, FR_MONTHS[m - 1], y), '%04d-%02d-%02d' % (y, m, d)])
    return rng.choice(['%s %d, %d' % (EN_MONTHS[m - 1], d, y), '%04d-%02d-%02d' % (y, m, d)])


def plain_time(rng, lang):
    h = rng.randint(7, 21)
    mi = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == 'fr':
        return '%d h %02d' % (h, mi) if mi else '%d h' % h
    return '%d:%02d %s' % (h % 12 or 12, mi, 'a.m.' if h < 12 else 'p.m.')


# ---------------------------------------------------------------- content sentences (no PII, no decoys)
CONTENT = {
    'fr': {
        '*': [
            "La situation semble s'être stabilisée depuis la dernière rencontre.",
            "Aucun élément nouveau n'a été signalé cette semaine.",
            "Le suivi sera maintenu selon le plan convenu.",
            "Les démarches administratives avancent lentement.",
            "Il faudra revoir la question lors de la prochaine rencontre.",
            "Le climat était calme et la discussion s'est bien déroulée.",
            "Une relance sera faite si aucune réponse n'est reçue.",
            "Les informations recueillies ont été versées au dossier papier.",
            "Rien ne laisse croire à un danger immédiat.",
            "On a convenu de se reparler la semaine prochaine.",
            "Les documents demandés n'ont pas encore été fournis.",
            "La rencontre a duré environ une heure.",
            "Le boulanger du coin a fermé ses portes l'hiver dernier.",
            "Pierre angulaire du plan : la stabilité du milieu de vie.",
            "La neige a retardé plusieurs rendez-vous ce matin-là.",
            "Merci de votre patience pendant le traitement de la demande.",
        ],
        'casenote': ["L'usager collabore bien au plan d'intervention.", "Les objectifs du mois ont été partiellement atteints.",
                     "La médication est prise de façon régulière selon ses dires.", "Il exprime de la fatigue et de l'inquiétude face à l'avenir."],
        'email': ["J'espère que vous allez bien.", "Je reviens vers vous concernant notre échange de la semaine dernière.",
                  "Vous trouverez le document en pièce jointe.", "N'hésitez pas si vous avez des questions."],
        'callcentre': ["Je vais vérifier ça dans le système.", "Un instant s'il vous plaît, je vous mets en attente.",
                       "Parfait, c'est noté de mon côté.", "Est-ce que je peux faire autre chose pour vous aujourd'hui?",
                       "ok ben merci beaucoup.", "attendez je cherche mes papiers.", "ça fait trois fois que j'appelle.",
                       "Le délai de traitement est d'environ dix jours ouvrables.", "oui oui je suis encore là.",
                       "Je comprends votre frustration."],
        'minutes': ["Le quorum est constaté et la séance est ouverte.", "L'ordre du jour est adopté tel que présenté.",
                    "Le procès-verbal de la séance précédente est adopté sans modification.", "La séance est levée."],
        'complaint': ["ça fait des semaines que ça dure et personne fait rien.", "j'en peux plus honnêtement.",
                      "c'est pas normal de vivre comme ça.", "merci de faire quelque chose au plus vite.",
                      "le chauffage marche pas depuis novembre", "les enfants dorment plus la nuit à cause du bruit",
                      "j'ai tout essayé avant d'écrire", "chaque fois qu'on se plaint c'est pire après",
                      "la porte d'en avant ferme même pus", "j'ai des photos si vous voulez"],
        'incident': ["Aucune blessure n'a été constatée sur place.", "Les lieux ont été sécurisés à l'arrivée des intervenants.",
                     "Un rapport complémentaire suivra au besoin.", "La situation est revenue à la normale en fin de soirée."],
        'school': ["La journée s'est bien passée dans l'ensemble.", "Le dîner a été mangé au complet.",
                   "La sieste a été courte aujourd'hui.", "Merci de prévoir des vêtements de rechange."],
        'housing': ["Des traces de moisissure ont été observées sous l'évier.", "Le détecteur de fumée ne fonctionnait pas lors de la visite.",
                    "La ventilation de la salle de bain est insuffisante.", "Des excréments de souris ont été trouvés dans l'armoire."],
    },
    'en': {
        '*': [
            "The situation appears to have stabilized since the last meeting.",
            "Nothing new was reported this week.",
            "Follow-up will continue according to the agreed plan.",
            "Paperwork is moving slowly.",
            "This will need to be revisited at the next meeting.",
            "The tone was calm and the discussion went well.",
            "A reminder will be sent if no reply is received.",
            "There is no indication of immediate danger.",
            "We agreed to touch base again next week.",
            "The requested documents have not been provided yet.",
            "The meeting lasted about an hour.",
            "Young children should not be left alone in the unit.",
            "Page three of the form was left blank.",
            "Grace period ends at the end of the month.",
            "Hope remains that the matter can be settled informally.",
            "Thank you for your patience while the request is processed.",
        ],
        'casenote': ["The client is engaging well with the intervention plan.", "Monthly goals were partly met.",
                     "Medication is reportedly taken as prescribed.", "He voiced fatigue and worry about the future."],
        'email': ["I hope this finds you well.", "I am following up on our conversation from last week.",
                  "Please find the document attached.", "Let me know if you have any questions."],
        'callcentre': ["Let me check that in the system.", "One moment please, I'll put you on hold.",
                       "Perfect, I've noted that on my end.", "Is there anything else I can help you with today?",
                       "ok well thanks a lot.", "hang on i'm looking for my papers.", "this is the third time i'm calling.",
                       "Processing takes about ten business days.", "yeah yeah i'm still here.",
                       "I understand your frustration."],
        'minutes': ["Quorum was confirmed and the meeting was called to order.", "The agenda was adopted as presented.",
                    "The minutes of the previous meeting were approved without changes.", "The meeting was adjourned."],
        'complaint': ["this has been going on for weeks and nobody does anything.", "i honestly can't take it anymore.",
                      "its not normal to live like this.", "please do something asap.",
                      "the heating hasnt worked since november", "the kids cant sleep at night because of the noise",
                      "i tried everything before writing this", "every time we complain it gets worse after",
                      "the front door doesnt even close anymore", "i have pictures if you want them"],
        'incident': ["No injuries were observed at the scene.", "The area was secured when responders arrived.",
                     "A supplementary report will follow if needed.", "Things returned to normal later that evening."],
        'school': ["Overall it was a good day.", "Lunch was eaten completely.", "Nap time was short today.",
                   "Please send a change of clothes."],
        'housing': ["Mould was observed under the kitchen sink.", "The smoke detector was not working at the time of the visit.",
                    "Bathroom ventilation is inadequate.", "Mouse droppings were found in the cupboard."],
    },
}

# ---------------------------------------------------------------- templates
# Slots:  {Pn.form} person n (forms: f g s F S l lg ls i sg gi sp), {Pn} random form,
# {Pn.t} title (unlabelled), {Pn.e} email, {Pn.tel} phone, {Pn.dob}, {Pn.sin}, {Pn.ramq}, {Pn.ramql}
# {ADDR} {ADDRl} {POST} {POSTl} {PHONE} {ORG} {ORGP} {PLACE} {STREET} {LAW} {FILE} {TOLL} {AMT}
# {DATE} {TIME} {N} (unlabelled)  {PRESENT} {ABSENT} (lists of people)  {C} content sentence.
# A template is one string; "\n" inside is a line break.

T = {}
T['casenote', 'fr'] = {
    'head': ["Note évolutive — {FILE}\nUsager : {P1.sg}\nDate de naissance : {P1.dob}\nIntervenante : {P2.f}, T.S.\n",
             "NOTE D'INTERVENTION\n{P1.F} (né·e le {P1.dob}) — NAM {P1.ramq}\nRédigée par {P2.i}, {ORG}\n"],
    'body': ["Rencontre à domicile au {ADDR} avec {P1.g} et sa sœur {P3.f}.",
             "{P1.g} dit que {P4.g} ne l'appelle plus depuis son départ pour {PLACE}.",
             "Appel de {P3.t} {P3.s} au {P3.tel} pour confirmer la présence de {P1.g} au rendez-vous.",
             "J'ai accompagné {P1.s} {au:ORGP} où elle a rencontré l'infirmière {P5.f}.",
             "Selon {P4.f}, le propriétaire menace de l'expulser ; référence faite {au:ORG}.",
             "Le NAS de l'usager ({P1.sin}) a été transmis à l'agente d'aide sociale avec son consentement.",
             "Vu {P1.g} au CLSC, accompagné de son fils {P3.g} {P1.s}.",
             "Discussion avec la Dre {P5.s} concernant le suivi en psychiatrie.",
             "{P1.g} souhaite que sa fille {P3.g} ne soit pas informée des démarches.",
             "Courriel reçu de {P4.f} ({P4.e}) demandant un rappel.",
             "Aide financière de {AMT} accordée pour l'épicerie, à remettre à {P1.g} jeudi.",
             "Conformément {au:LAW}, le consentement a été consigné.",
             "L'usager habite maintenant chez son cousin {P4.s}, {ADDR}, {PLACE} {POST}.",
             "Rencontre annulée : {P1.g} était à l'urgence {du:ORGP}."],
    'tail': ["\n— {P2.gi}, travailleuse sociale, poste {N}",
             "\nSignature : {P2.f}\nT.S., {ORG}",
             "\n{P2.i}"],
}
T['casenote', 'en'] = {
    'head': ["Progress note — {FILE}\nClient: {P1.f}\nDOB: {P1.dob}\nWorker: {P2.f}, MSW\n",
             "CASE NOTE\nRe: {P1.S}, {P1.g} — Medicare {P1.ramq}\nWritten by {P2.i}, {ORG}\n"],
    'body': ["Home visit at {ADDR} with {P1.g} and her brother {P3.f}.",
             "{P1.g} says {P4.g} has stopped calling since moving to {PLACE}.",
             "Spoke with {P3.te} {P3.s} at {P3.tel} to confirm {P1.g} will attend.",
             "I accompanied {P1.s} to the {ORGP}, where she saw nurse {P5.f}.",
             "According to {P4.f}, the landlord is threatening eviction; referred to the {ORG}.",
             "With consent, the client's SIN {P1.sin} was shared with the income-support officer.",
             "Met {P1.g} at the clinic with her son {P3.g}.",
             "Consulted Dr. {P5.s} about the psychiatric follow-up.",
             "{P1.g} asked that her daughter {P3.g} not be told about the process.",
             "E-mail received from {P4.f} <{P4.e}> asking for a call back.",
             "Emergency assistance of {AMT} approved for groceries; to be handed to {P1.g} on Thursday.",
             "Consent was recorded as required under {LAW}.",
             "The client now lives with his cousin {P4.s} at {ADDR}, {PLACE} {POST}.",
             "Appointment cancelled: {P1.g} was in the ER at the {ORGP}."],
    'tail': ["\n— {P2.gi}, social worker, ext. {N}", "\nSigned: {P2.f}\nMSW, {ORG}", "\n{P2.i}"],
}
T['email', 'fr'] = {
    'head': ["Objet : Suivi — {FILE}\n\nBonjour {P2.g},\n", "Bonjour {P2.t} {P2.s},\n", "Salut {P2.lg},\n",
             "À : {P2.e}\nCc : {P3.e}\nObjet : rencontre de jeudi\n\nBonjour à tous,\n"],
    'body': ["Je vous écris au sujet de la demande de {P1.f} déposée la semaine dernière.",
             "Comme convenu avec {P3.g}, je vous transmets les coordonnées : {P1.tel}, {ADDR}, {PLACE} {POST}.",
             "{P3.s} m'a dit que le dossier avait été transféré {au:ORG}.",
             "Pouvez-vous confirmer la date de naissance de {P1.g} ? J'ai {P1.dob} dans mes notes.",
             "Pour toute question, la ligne sans frais est le {TOLL}.",
             "Le montant de {AMT} sera versé directement au locataire.",
             "Il manque le NAS de {P1.g} ({P1.sin}) et sa carte RAMQ ({P1.ramq}) au formulaire.",
             "J'ai mis {P4.f} en copie puisqu'elle reprend le dossier à partir de lundi.",
             "La rencontre aura lieu {au:ORGP}, au coin {du:STREET} et {du:STREET}.",
             "Merci à {P3.g} et {P4.g} pour leur aide hier.",
             "En vertu {du:LAW}, nous ne pouvons transmettre le dossier sans consentement écrit.",
             "Vous pouvez me joindre directement au {P7.tel} ou à {P7.e}."],
    'tail': ["\nCordialement,\n\n{P7.f}\nAgente de liaison, {ORG}\n{P7.tel}",
             "\nMerci,\n{P7.g}", "\nBonne journée !\n\n{P7.F}\n{PLACE}",
             "\nSalutations,\n{P7.i}\n{ORG} | {P7.tel} | {P7.e}"],
    'qhead': ["Le {DATE} à {TIME}, {P2.f} <{P2.e}> a écrit :", "De : {P2.f}\nEnvoyé : {DATE}\nÀ : {P7.f}\nObjet : RE: suivi"],
    'quote': ["Bonjour {P7.g}, je n'ai pas encore reçu le formulaire de {P1.s}.",
              "Merci de rappeler {P1.g} au {P1.tel} avant vendredi.", "{C}",
              "Je serai absente, adressez-vous à {P4.f} entre-temps.", "{P2.g}"],
}
T['email', 'en'] = {
    'head': ["Subject: Follow-up — {FILE}\n\nHi {P2.g},\n", "Dear {P2.te} {P2.s},\n", "hey {P2.lg},\n",
             "To: {P2.e}\nCc: {P3.e}\nSubject: Thursday meeting\n\nHi all,\n"],
    'body': ["I'm writing about the application {P1.f} filed last week.",
             "As agreed with {P3.g}, here are the contact details: {P1.tel}, {ADDR}, {PLACE} {POST}.",
             "{P3.s} told me the file was transferred to {ORG}.",
             "Could you confirm {P1.g}'s date of birth? I have {P1.dob} in my notes.",
             "For questions, the toll-free line is {TOLL}.",
             "The {AMT} will be paid directly to the tenant.",
             "The form is missing {P1.g}'s SIN ({P1.sin}) and Medicare number ({P1.ramq}).",
             "I've copied {P4.f}, who is taking over the file from Monday.",
             "The meeting will be held at the {ORGP}, at the corner of {STREET} and {STREET}.",
             "Thanks to {P3.g} and {P4.g} for their help yesterday.",
             "Under {LAW}, we cannot release the file without written consent.",
             "You can reach me directly at {P7.tel} or {P7.e}."],
    'tail': ["\nBest regards,\n\n{P7.f}\nLiaison Officer, {ORG}\n{P7.tel}", "\nThanks,\n{P7.g}",
             "\nCheers!\n\n{P7.F}\n{PLACE}", "\nRegards,\n{P7.i}\n{ORG} | {P7.tel} | {P7.e}"],
    'qhead': ["On {DATE} at {TIME}, {P2.f} <{P2.e}> wrote:", "From: {P2.f}\nSent: {DATE}\nTo: {P7.f}\nSubject: RE: follow-up"],
    'quote': ["Hi {P7.g}, I still haven't received {P1.s}'s form.", "Please call {P1.g} back at {P1.tel} before Friday.",
              "{C}", "I'll be away; please contact {P4.f} in the meantime.", "{P2.g}"],
}
T['callcentre', 'fr'] = {
    'head': ["[Transcription — appel entrant {TIME}, {FILE}]\n", "APPEL {N} — Agent : {P2.S}\n"],
    'body': ["AGENT : {ORG}, bonjour, {P2.g} à l'appareil.",
             "CLIENT : oui bonjour c'est {P1.l}, j'appelle pour mon chèque.",
             "AGENT : Pouvez-vous m'épeler votre nom de famille ?\nCLIENT : {P1.sp}.",
             "AGENT : Votre date de naissance ?\nCLIENT : euh le {P1.dob}.",
             "CLIENT : mon numéro d'assurance sociale c'est {P1.sin}.",
             "CLIENT : ma carte soleil c'est {P1.ramql}.",
             "CLIENT : c'est ma fille {P3.lg} qui s'occupe de ça d'habitude.",
             "AGENT : J'ai une adresse au {ADDR}, {PLACE}, c'est toujours bon ?\nCLIENT : non là je suis rendu au {ADDRl}, {POST}.",
             "{P1.g} : ben le monsieur {au:ORGP} m'a dit d'appeler ici.",
             "AGENT : Je vous transfère à ma collègue {P4.g}.",
             "CLIENT : vous pouvez rappeler au {P1.tel}, ou sur le cell à ma blonde {P3.g}.",
             "AGENT : Pour un suivi, composez le {TOLL}.",
             "CLIENT : j'ai parlé à un certain {P4.s} la semaine passée.",
             "{P2.g} : D'accord {P1.t} {P1.s}, c'est noté."],
    'tail': ["\n[Fin de l'appel — agent {P2.i}]", "\n— fin —"],
}
T['callcentre', 'en'] = {
    'head': ["[Transcript — inbound call {TIME}, {FILE}]\n", "CALL {N} — Agent: {P2.S}\n"],
    'body': ["AGENT: {ORG}, good morning, this is {P2.g}.",
             "CALLER: yeah hi it's {P1.l}, calling about my cheque.",
             "AGENT: Can you spell your last name?\nCALLER: {P1.sp}.",
             "AGENT: And your date of birth?\nCALLER: uh {P1.dob}.",
             "CALLER: my social insurance number is {P1.sin}.",
             "CALLER: my medicare card is {P1.ramql}.",
             "CALLER: it's my daughter {P3.lg} who usually handles that.",
             "AGENT: I have an address at {ADDR}, {PLACE}, is that still good?\nCALLER: no i moved to {ADDRl}, {POST}.",
             "{P1.g}: well the guy at the {ORGP} told me to call here.",
             "AGENT: I'll transfer you to my colleague {P4.g}.",
             "CALLER: you can call back at {P1.tel}, or my girlfriend {P3.g} on her cell.",
             "AGENT: For follow-up, dial {TOLL}.",
             "CALLER: i talked to some guy named {P4.s} last week.",
             "{P2.g}: Alright {P1.te} {P1.s}, I've got that."],
    'tail': ["\n[End of call — agent {P2.i}]", "\n— end —"],
}
T['minutes', 'fr'] = {
    'head': ["PROCÈS-VERBAL — comité des usagers, {ORGP}\nSéance du {DATE}, {PLACE}\n\nPrésences : {PRESENT}\nAbsences : {ABSENT}\n",
             "Compte rendu de la réunion du conseil d'établissement — {DATE}\nÉtaient présents : {PRESENT}.\nExcusés : {ABSENT}.\n"],
    'body': ["Il est proposé par {P2.f}, appuyé par {P3.f}, d'adopter l'ordre du jour.",
             "{P4.S} demande que la question du stationnement {sur:STREET} soit ajoutée.",
             "Résolution {N} : proposée par {P3.s}, appuyée par {P5.s}. Adoptée à l'unanimité.",
             "Vote : pour {N}, contre {N}. {P5.g} enregistre sa dissidence.",
             "La présidente, {P2.i}, rappelle {le:LAW}.",
             "Un budget de {AMT} est accordé pour la sortie à {PLACE}.",
             "{P6.f} se joint à la réunion à {TIME}.",
             "{P4.t} {P4.s} et {P6.t} {P6.s} quittent la séance pendant ce point.",
             "Sur proposition de {P5.f}, dûment appuyée, la séance est levée à {TIME}.",
             "{P3.g} présente le rapport {du:ORG}."],
    'tail': ["\nSecrétaire : {P6.f}", "\n{P2.F}, présidente        {P6.F}, secrétaire"],
}
T['minutes', 'en'] = {
    'head': ["MINUTES — Residents' Committee, {ORGP}\nMeeting of {DATE}, {PLACE}\n\nPresent: {PRESENT}\nAbsent: {ABSENT}\n",
             "Minutes of the governing board meeting — {DATE}\nAttending: {PRESENT}.\nRegrets: {ABSENT}.\n"],
    'body': ["Moved by {P2.f}, seconded by {P3.f}, to adopt the agenda.",
             "{P4.S} asked that parking on {STREET} be added to the agenda.",
             "Resolution {N}: moved by {P3.s}, seconded by {P5.s}. Carried unanimously.",
             "Vote: {N} for, {N} against. {P5.g} asked that her dissent be recorded.",
             "The chair, {P2.i}, reminded members of {LAW}.",
             "A budget of {AMT} was approved for the outing to {PLACE}.",
             "{P6.f} joined the meeting at {TIME}.",
             "{P4.te} {P4.s} and {P6.te} {P6.s} stepped out during this item.",
             "On a motion by {P5.f}, duly seconded, the meeting was adjourned at {TIME}.",
             "{P3.g} presented the report from {ORG}."],
    'tail': ["\nSecretary: {P6.f}", "\n{P2.F}, Chair        {P6.F}, Secretary"],
}
T['complaint', 'fr'] = {
    'head': ["bonjour,\n", "Objet : plainte contre mon propriétaire\n\n", "ALLO\n"],
    'body': ["je m'appelle {P1.l} et j'habite au {ADDRl} depuis {N} ans pis mon voisin {P3.lg} fait du bruit toute la nuit",
             "mon proprio {P4.ls} veut rien savoir il répond jamais au {P4.tel}",
             "j'ai appelé au {TOLL} trois fois pis on m'a dit d'écrire ici",
             "la madame {au:ORG} elle s'appelle {P5.lg} je pense m'a dit que j'avais raison",
             "je suis née le {P1.dob} et j'ai jamais vu ça de ma vie",
             "vous pouvez m'écrire à {P1.e} ou venir voir au {POSTl}",
             "en plus il a monté le loyer de {AMT} sans rien dire",
             "{P3.l} pis sa blonde crient sur la galerie en arrière {du:STREET}",
             "mon garçon {P6.lg} a peur de rentrer à la maison",
             "je veux parler à quelqu'un de responsable pas à {P4.g} encore",
             "c'est écrit dans {le:LAW} que c'est pas permis",
             "mon numéro de dossier c'est le {FILE} si ça aide",
             "mon nas c'est {P1.sin} si vous en avez besoin"],
    'tail': ["\nmerci\n{P1.lg}", "\n{P1.l} {P1.tel}", "\nMERCI DE ME RÉPONDRE\n{P1.F}"],
}
T['complaint', 'en'] = {
    'head': ["hello,\n", "Subject: complaint about my landlord\n\n", "HI\n"],
    'body': ["my name is {P1.l} and i live at {ADDRl} for {N} years and my neighbour {P3.lg} makes noise all night",
             "my landlord {P4.ls} doesn't care he never answers at {P4.tel}",
             "i called {TOLL} three times and they told me to write here",
             "the lady at {ORG} her name is {P5.lg} i think said i was right",
             "i was born {P1.dob} and never seen anything like it",
             "you can email me at {P1.e} or come see at {POSTl}",
             "on top of that he raised the rent by {AMT} without saying anything",
             "{P3.l} and his girlfriend scream on the balcony behind {STREET}",
             "my son {P6.lg} is scared to come home",
             "i want to talk to someone in charge not {P4.g} again",
             "it says in {LAW} that its not allowed",
             "my file number is {FILE} if that helps",
             "my sin is {P1.sin} if you need it"],
    'tail': ["\nthanks\n{P1.lg}", "\n{P1.l} {P1.tel}", "\nPLEASE ANSWER ME\n{P1.F}"],
}
T['incident', 'fr'] = {
    'head': ["RAPPORT D'INCIDENT — {FILE}\nDate : {DATE}  Heure : {TIME}\nLieu : {ORGP}, {PLACE}\n",
             "Rapport d'événement n° {N}\nRédigé par : agent {P2.S} (matricule {N})\n"],
    'body': ["Personne impliquée : {P1.sg}, née le {P1.dob}, domiciliée au {ADDR}, {PLACE} {POST}.",
             "Témoin : {P3.f}, tél. {P3.tel}.",
             "{P1.g} aurait glissé près de l'entrée donnant {sur:STREET}.",
             "Le préposé {P4.i} a prévenu les ambulanciers.",
             "Selon {P3.s}, l'homme est reparti vers {PLACE} avant l'arrivée de la police.",
             "{P1.S} refuse d'être transporté(e) {au:ORGP}.",
             "Dommages estimés à {AMT}.",
             "La superviseure, {P5.f}, a été avisée à {TIME}.",
             "Une copie est transmise {au:ORG} conformément {au:LAW}.",
             "Pièce d'identité présentée : carte d'assurance maladie {P1.ramq}.",
             "Propos rapportés par {P4.g} : « je l'ai vue tomber, {P1.g} saignait du nez »."],
    'tail': ["\nSignature de l'employé : {P2.f}", "\nRapport vérifié par {P5.i}"],
}
T['incident', 'en'] = {
    'head': ["INCIDENT REPORT — {FILE}\nDate: {DATE}  Time: {TIME}\nLocation: {ORGP}, {PLACE}\n",
             "Occurrence report #{N}\nPrepared by: Constable {P2.S} (badge {N})\n"],
    'body': ["Person involved: {P1.sg}, born {P1.dob}, residing at {ADDR}, {PLACE} {POST}.",
             "Witness: {P3.f}, tel. {P3.tel}.",
             "{P1.g} reportedly slipped near the entrance facing {STREET}.",
             "Attendant {P4.i} called the paramedics.",
             "According to {P3.s}, the man left toward {PLACE} before police arrived.",
             "{P1.S} declined transport to the {ORGP}.",
             "Damage estimated at {AMT}.",
             "The supervisor, {P5.f}, was notified at {TIME}.",
             "A copy is sent to {ORG} in accordance with {LAW}.",
             "ID shown: health insurance card {P1.ramq}.",
             "Statement from {P4.g}: \u201cI saw her fall, {P1.g} had a nosebleed.\u201d"],
    'tail': ["\nEmployee signature: {P2.f}", "\nReport reviewed by {P5.i}"],
}
T['school', 'fr'] = {
    'head': ["Journal de bord — groupe des Coccinelles, {ORGP}\n", "Note aux parents de {P1.f}\n",
             "Fiche santé\nEnfant : {P1.F}\nDate de naissance : {P1.dob}\nAssurance maladie : {P1.ramq}\n"],
    'body': ["{P1.g} a bien joué avec {P3.g} et {P4.g} ce matin.",
             "Chère {P5.g}, votre enfant a fait une petite chute dans la cour.",
             "L'éducatrice {P2.g} a remarqué une rougeur au bras de {P1.g}.",
             "Personne autorisée à venir chercher l'enfant : {P5.f}, {P5.tel}.",
             "Allergie aux arachides — voir avec {P2.t} {P2.s}.",
             "La sortie {au:ORGP} coûtera {AMT} par enfant.",
             "{P1.g} {P1.s} était absent lundi et mardi.",
             "Rencontre avec l'orthopédagogue {P6.f} prévue la semaine prochaine.",
             "Merci de signer et de remettre le coupon à {P2.g} avant vendredi.",
             "Père : {P6.sg} — courriel {P6.e}."],
    'tail': ["\n{P2.g}, éducatrice", "\nBonne soirée !\n{P2.f}"],
}
T['school', 'en'] = {
    'head': ["Daily log — Ladybugs group, {ORGP}\n", "Note to the parents of {P1.f}\n",
             "Health form\nChild: {P1.F}\nDate of birth: {P1.dob}\nHealth insurance: {P1.ramq}\n"],
    'body': ["{P1.g} played nicely with {P3.g} and {P4.g} this morning.",
             "Dear {P5.g}, your child had a small fall in the yard.",
             "Educator {P2.g} noticed a red mark on {P1.g}'s arm.",
             "Authorized pick-up: {P5.f}, {P5.tel}.",
             "Peanut allergy — check with {P2.te} {P2.s}.",
             "The field trip to the {ORGP} will cost {AMT} per child.",
             "{P1.g} {P1.s} was absent Monday and Tuesday.",
             "Meeting with the special-ed teacher {P6.f} planned for next week.",
             "Please sign and return the slip to {P2.g} before Friday.",
             "Father: {P6.sg} — email {P6.e}."],
    'tail': ["\n{P2.g}, educator", "\nHave a good evening!\n{P2.f}"],
}
T['housing', 'fr'] = {
    'head': ["RAPPORT D'INSPECTION — {FILE}\nLogement : {ADDR}, {PLACE} {POST}\nLocataire : {P1.f}\nPropriétaire : {P4.f} ({P4.tel})\n",
             "Visite d'inspection du {DATE}\nInspecteur : {P2.i}\n"],
    'body': ["Présents lors de la visite : {P1.g}, son conjoint {P3.f} et l'inspecteur {P2.s}.",
             "Le concierge, {P5.g}, nous a donné accès au sous-sol.",
             "Non-conformité {au:LAW}.",
             "Le propriétaire {P4.s} a été avisé par écrit ; délai de correction : {N} jours.",
             "Le locataire du logement voisin, {P6.f}, signale le même problème.",
             "Coût estimé des travaux : {AMT}.",
             "Pour l'aide au loyer, {P1.g} a fourni son NAS ({P1.sin}) et son numéro RAMQ {P1.ramq}.",
             "L'immeuble est situé à l'angle {du:STREET} et {du:STREET}.",
             "Copie envoyée {au:ORG}.",
             "{P1.S} dit avoir avisé le gestionnaire {P5.i} à plusieurs reprises.",
             "Rappel : le locataire peut joindre {le:ORG} au {TOLL}."],
    'tail': ["\nInspecteur : {P2.f}", "\n{P2.F}\nInspecteur en salubrité"],
}
T['housing', 'en'] = {
    'head': ["INSPECTION REPORT — {FILE}\nUnit: {ADDR}, {PLACE} {POST}\nTenant: {P1.f}\nOwner: {P4.f} ({P4.tel})\n",
             "Inspection visit of {DATE}\nInspector: {P2.i}\n"],
    'body': ["Present during the visit: {P1.g}, her partner {P3.f} and inspector {P2.s}.",
             "The janitor, {P5.g}, gave us access to the basement.",
             "Non-compliance with {LAW}.",
             "Owner {P4.s} was notified in writing; {N} days to correct.",
             "The neighbouring tenant, {P6.f}, reports the same problem.",
             "Estimated repair cost: {AMT}.",
             "For the rent subsidy, {P1.g} provided SIN {P1.sin} and health card {P1.ramq}.",
             "The building is at the corner of {STREET} and {STREET}.",
             "Copy sent to {ORG}.",
             "{P1.S} says she told property manager {P5.i} several times.",
             "Reminder: the tenant can reach {ORG} at {TOLL}."],
    'tail': ["\nInspector: {P2.f}", "\n{P2.F}\nHealth and safety inspector"],
}
FAMILIES = ['casenote', 'email', 'callcentre', 'minutes', 'complaint', 'incident', 'school', 'housing']

FEM = ('Pharmacie', 'Bibliothèque', 'Maison', 'Clinique', 'Fondation', 'Direction', 'Société', 'Commission',
       'Régie', 'Banque', 'Salle', 'Loi', 'Charte', 'rue')
VOW = ('École', 'Hôpital', 'Aréna', 'Institut', 'Office', 'article', 'art.', 'avenue', 'Armée')
MASC = ('CLSC', 'CPE', 'Cégep', 'Collège', 'Centre', 'Parc', 'Marché', 'Théâtre', 'Pavillon', 'Tribunal', 'Service',
        'CIUSSS', 'CISSS', 'YMCA', 'Canadian', 'RLRQ', 'Règlement', 'boulevard', 'chemin')
MASC_END = ('College', 'Hospital', 'Board', 'Centre', 'Institute', 'Centres')
ARTS = {'au': ('au ', 'à la ', "à l'", 'à '), 'du': ('du ', 'de la ', "de l'", 'de '),
        'le': ('le ', 'la ', "l'", ''), 'sur': ('sur le ', 'sur la ', "sur l'", 'sur ')}


def fr_article(prep, v):
    w = v.split()[0]
    a = ARTS[prep]
    if w in FEM:
        return a[1]
    if w in VOW:
        return a[2]
    if w in MASC or v.endswith(MASC_END):
        return a[0]
    if prep == 'du' and v[0] in 'AEIOUHÉaeiouh':
        return "d'"
    return a[3]


SLOT = re.compile(r'\{([A-Za-z0-9.:éè]+)\}')


class Doc:
    def __init__(self, rng, lang, family):
        self.rng, self.lang, self.family = rng, lang, family
        self.parts, self.spans, self.blen = [], [], 0
        self.cast = {}
        self.used_content = set()

    def lit(self, s):
        self.parts.append(s)
        self.blen += len(s.encode('utf-8'))

    def span(self, kind, typ, s):
        st = self.blen
        self.lit(s)
        self.spans.append({'kind': kind, 'type': typ, 'start': st, 'end': self.blen, '_v': s})

    def person(self, n):
        if n not in self.cast:
            self.cast[n] = Person(self.rng)
        return self.cast[n]

    def content(self, who=None):
        pool = CONTENT[self.lang][self.family]
        if who == 'agent':
            pool = [x for x in pool if x[0].isupper()]
        elif who == 'caller':
            pool = [x for x in pool if x[0].islower()]
        if self.family not in ('complaint', 'callcentre'):
            pool = CONTENT[self.lang]['*'] + pool * 2
        for _ in range(20):
            s = self.rng.choice(pool)
            if s not in self.used_content:
                break
        self.used_content.add(s)
        self.span('content', 'SENTENCE', s)

    def plist(self, people):
        r, fr = self.rng, self.lang == 'fr'
        conj = ' et ' if fr else ' and '
        for k, p in enumerate(people):
            if k:
                self.lit(conj if k == len(people) - 1 and r.random() < 0.6 else ', ')
            f = r.choice(['f', 'f', 'sg', 'i', 'f'])
            if f == 'f' and r.random() < 0.3:
                self.lit(p.title(self.lang) + ' ')
            self.span('pii', 'PERSON', p.form(f))

    def slot(self, name):
        r, lang = self.rng, self.lang
        if ':' in name:                  # French preposition/article kept outside the span
            prep, _, inner = name.partition(':')
            if inner == 'ORG':
                v, typ = r.choice(ORGS_PLAIN + ORGS_PERSON), 'ORG'
            elif inner == 'ORGP':
                v, typ = r.choice(ORGS_PERSON), 'ORG'
            elif inner == 'LAW':
                v, typ = r.choice(LAWS_FR), 'LAW'
            else:
                v, typ = r.choice(STREETS_FR), 'STREET'
            self.lit(fr_article(prep, v))
            return self.span('decoy', typ, v)
        if name[0] == 'P' and name[1:2].isdigit():
            n, _, f = name.partition('.')
            p = self.person(n)
            if f == '':
                f = r.choice(['f', 'g', 's', 'f', 'i'])
            if f == 't':
                return self.lit(p.title('fr'))
            if f == 'te':
                return self.lit(p.title('en'))
            if f == 'e':
                return self.span('pii', 'EMAIL', p.email())
            if f == 'tel':
                return self.span('pii', 'PHONE', p.tel())
            if f == 'dob':
                return self.span('pii', 'DOB', p.dobs(lang))
            if f == 'sin':
                return self.span('pii', 'SIN', p.sin())
            if f == 'ramq':
                return self.span('pii', 'RAMQ', p.ramq())
            if f == 'ramql':
                return self.span('pii', 'RAMQ', p.ramq(lower=r.random() < 0.6))
            return self.span('pii', 'PERSON', p.form(f))
        if name == 'ADDR':
            return self.span('pii', 'ADDRESS', address(r, lang))
        if name == 'ADDRl':
            return self.span('pii', 'ADDRESS', address(r, lang, lower=True))
        if name == 'POST':
            return self.span('pii', 'POSTAL_CODE', postal(r))
        if name == 'POSTl':
            return self.span('pii', 'POSTAL_CODE', postal(r, lower=True))
        if name == 'PHONE':
            return self.span('pii', 'PHONE', phone(r))
        if name == 'ORG':
            return self.span('decoy', 'ORG', r.choice(ORGS_PLAIN + ORGS_PERSON))
        if name == 'ORGP':
            return self.span('decoy', 'ORG', r.choice(ORGS_PERSON))
        if name == 'PLACE':
            return self.span('decoy', 'PLACE', r.choice(PLACES))
        if name == 'STREET':
            return self.span('decoy', 'STREET', r.choice(STREETS_FR if lang == 'fr' else STREETS_EN))
        if name == 'LAW':
            return self.span('decoy', 'LAW', r.choice(LAWS_FR if lang == 'fr' else LAWS_EN))
        if name == 'FILE':
            return self.span('decoy', 'FILE', filenum(r, lang))
        if name == 'TOLL':
            return self.span('decoy', 'TOLLFREE', r.choice(TOLLFREE))
        if name == 'AMT':
            return self.span('decoy', 'AMOUNT', amount(r, lang))
        if name == 'DATE':
            return self.lit(plain_date(r, lang))
        if name == 'TIME':
            return self.lit(plain_time(r, lang))
        if name == 'N':
            return self.lit(str(r.randint(2, 48)))
        if name == 'C':
            return self.content()
        if name == 'PRESENT':
            return self.plist([self.person('P%d' % k) for k in range(2, 2 + r.randint(3, 5))])
        if name == 'ABSENT':
            return self.plist([Person(r) for _ in range(r.randint(1, 2))])
        raise KeyError(name)

    def render(self, tpl, prefix=''):
        for li, line in enumerate(tpl.split('\n')):
            if li:
                self.lit('\n')
            if prefix and (line or li):
                self.lit(prefix)
            pos = 0
            for m in SLOT.finditer(line):
                if m.start() > pos:
                    self.lit(line[pos:m.start()])
                self.slot(m.group(1))
                pos = m.end()
            if pos < len(line):
                self.lit(line[pos:])

    def text(self):
        return ''.join(self.parts)


def build(rng, idx, lang, family):
    d = Doc(rng, lang, family)
    t = T[family, lang]
    d.render(rng.choice(t['head']))
    d.lit('\n')
    body = rng.sample(t['body'], k=min(len(t['body']), rng.randint(4, 8)))
    sep = {'casenote': ' ', 'email': '\n', 'callcentre': '\n', 'minutes': '\n', 'complaint': ' ',
           'incident': '\n', 'school': '\n', 'housing': '\n'}[family]
    if family == 'complaint':
        sep = rng.choice([' ', ' ', ', ', ' et ' if lang == 'fr' else ' and '])
    if family == 'casenote' and rng.random() < 0.4:
        sep = '\n'
    first = True
    for b in body:
        if not first:
            d.lit(sep if family != 'complaint' or sep != ' ' else ' ')
        first = False
        if family == 'callcentre' and rng.random() < 0.3:
            who = 'AGENT : ' if lang == 'fr' else 'AGENT: '
            d.lit(who)
            d.content('agent')
            d.lit('\n')
        d.render(b)
        if rng.random() < 0.35:
            if family == 'complaint':
                d.lit(sep if sep.strip() == '' else ' ')
            elif family == 'callcentre':
                d.lit('\n' + ('CLIENT : ' if lang == 'fr' else 'CALLER: '))
                d.content('caller')
                continue
            else:
                d.lit(sep)
            d.content()
    d.lit('\n')
    d.render(rng.choice(t['tail']))
    if family == 'email' and rng.random() < 0.6:
        d.lit('\n\n')
        d.render(rng.choice(t['qhead']))
        d.lit('\n')
        q = rng.sample(t['quote'][:-1], k=rng.randint(1, len(t['quote']) - 1))
        if rng.random() < 0.6:
            q.append(t['quote'][-1])
        for k, line in enumerate(q):
            if k:
                d.lit('\n')
            d.render(line, prefix='> ')
    d.lit('\n')
    text = d.text()
    b = text.encode('utf-8')
    spans = []
    for s in d.spans:
        v = s.pop('_v')
        assert b[s['start']:s['end']] == v.encode('utf-8'), (s, v)
        if s['type'] == 'SIN':
            assert luhn_ok(v), v
        spans.append(s)
    # sanity: spans do not overlap
    spans.sort(key=lambda s: s['start'])
    for a, c in zip(spans, spans[1:]):
        assert a['end'] <= c['start'], (a, c)
    return {'id': 'indep2-%05d' % idx, 'lang': lang, 'family': family, 'text': text, 'spans': spans}


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: freetext-indep2.py COUNT SEED > set.jsonl')
    count, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    out = sys.stdout
    for i in range(count):
        family = FAMILIES[(i // 2) % len(FAMILIES)]
        lang = 'fr' if i % 2 == 0 else 'en'
        doc = build(rng, i, lang, family)
        out.write(json.dumps(doc, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
