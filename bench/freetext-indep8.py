#!/usr/bin/env python3
"""freetext-indep8.py — independent generator of labelled free-text documents
(Québec public-body records, FR ~60% / EN ~40%) for bench/freetext-score.py.

Usage: freetext-indep8.py W|H COUNT SEED > docs.jsonl

Every pool (given names, surnames, streets, cities, employers, decoy
namesakes, metro stations, common-word decoys) is split into two disjoint
halves W and H; mode W draws only from W halves, mode H only from H halves.
Offsets in 'spans' are UTF-8 byte offsets (as freetext-score.py reads them).
kind: 'pii' (type PERSON, PHONE, EMAIL, ADDRESS, POSTAL_CODE, DOB, NAS, RAMQ,
DRIVER_LICENCE, PASSPORT, BANK_ACCOUNT, CREDIT_CARD, PLATE), 'decoy' (must
not be touched), 'content' (letters/digits that should be kept).
Stdlib only; deterministic for a given seed."""
import sys, json, random, re, unicodedata

# ---------------------------------------------------------------- name pools
# origin -> (female given, male given, surnames); written for this generator.
def _s(x):
    return [w.strip() for w in x.split(',') if w.strip()]

ORIGINS = {
 'fr_qc': (
  _s("Marie, Julie, Isabelle, Nathalie, Sophie, Catherine, Geneviève, Mélanie, Valérie, Stéphanie, Annie, Josée, "
     "Chantal, Sylvie, Manon, Lucie, Émilie, Marie-Ève, Audrey, Véronique, Karine, Caroline, Marie-Claude, "
     "Andrée-Anne, Louise, Francine, Ginette, Diane, Johanne, Line, Jacinthe, Maude, Noémie, Rosalie, Léa, "
     "Florence, Camille, Gabrielle, Laurence, Élodie, Marie-Pier, Josianne, Roxanne, Mylène, Brigitte, Huguette, "
     "Lise, Micheline, Solange, Pierrette, Marie-Josée, Anne-Sophie, Ariane, Maëlle, Justine"),
  _s("Jean, Pierre, Michel, Luc, François, Martin, Stéphane, Sébastien, Mathieu, Simon, Éric, Patrick, Alain, "
     "Daniel, Marc-André, Jean-François, Guillaume, Maxime, Olivier, Philippe, Louis, Gilles, Réjean, Gaétan, "
     "Yvon, Denis, Normand, Sylvain, Benoît, Jocelyn, Étienne, Félix, Samuel, Gabriel, Thomas, William, Raphaël, "
     "Antoine, Jérôme, Dominic, Pascal, Yannick, Francis, Jean-Philippe, Charles-Olivier, Ghislain, Rosaire, "
     "Marcel, Roger, Jean-Guy, Clément, Mathis, Xavier, Alexis, Vincent"),
  _s("Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, "
     "Bélanger, Lévesque, Bergeron, Leblanc, Paquette, Girard, Simard, Boucher, Caron, Beaulieu, Cloutier, Dubé, "
     "Poirier, Fournier, Lapointe, Leclerc, Lefebvre, Poulin, Thibault, St-Pierre, Nadeau, Martin, Landry, "
     "Martel, Bédard, Grenier, Lessard, Bernier, Richard, Michaud, Hébert, Desjardins, Couture, Turcotte, "
     "Lachance, Parent, Blais, Gosselin, Savard, Proulx, Beaudoin, Demers, Perreault, Boivin, Cyr, Tanguay, "
     "Vallières, Desrosiers, Larouche, Charbonneau, Thériault, Brassard, Lemieux, Vaillancourt, Ménard, "
     "Giguère, Duchesne, Rioux, Lalonde, Tardif, Racine, Beauchamp, Labelle, Dufour, Guay, Jobin, Laflamme, "
     "Plourde, Gingras, Trudel, Harvey, Audet, Bilodeau, Rousseau, Champagne, Auclair, Drouin, Séguin, Mercier, "
     "Ducharme, Lacroix, Veilleux, Marcoux, Boudreau, Gravel, Chouinard, Labrecque, D'Amours, Lamontagne, "
     "Boulanger, Meunier, Marchand, Chevalier, Sirois, Lepage")),
 'en': (
  _s("Jennifer, Sarah, Emily, Jessica, Ashley, Megan, Rachel, Lauren, Heather, Amanda, Kimberly, Rebecca, Hannah, "
     "Olivia, Emma, Chloe, Abigail, Victoria, Margaret, Elizabeth, Susan, Karen, Linda, Deborah, Kathleen, Shannon, "
     "Courtney, Brittany, Kelly, Erin, Colleen, Maureen, Bridget, Fiona, Gwendolyn, Tracy"),
  _s("John, Michael, David, James, Robert, Christopher, Matthew, Andrew, Joshua, Ryan, Kevin, Brian, Jason, "
     "Justin, Tyler, Brandon, Connor, Liam, Ethan, Owen, Sean, Gregory, Douglas, Kenneth, Timothy, Gordon, "
     "Stuart, Malcolm, Trevor, Derek, Colin, Neil, Graham, Harold, Wesley"),
  _s("Smith, Johnson, Brown, Wilson, MacDonald, Campbell, Stewart, Anderson, Thompson, Taylor, Murphy, O'Brien, "
     "Kelly, Walsh, Fraser, Robertson, Mitchell, Morrison, Harrison, Clarke, Wright, Scott, Hughes, Evans, Reid, "
     "Ross, Gallagher, Sullivan, Fitzgerald, McKenna, Hamilton, Davidson, Ferguson, Sinclair, Patterson, "
     "Whitfield, Cunningham, Bennett, Harper, Lawson, Sutherland, Doyle, Gilmour, Dunn, Lynch, Burke, Carter, "
     "Baker, King, Cook, Mason, Hunter, Young, McAllister, Greenwood, Kerr")),
 'haiti': (
  _s("Widlyne, Nadège, Mirlande, Roseline, Guerline, Fabienne, Marjorie, Darline, Nathacha, Rose-Andrée, Magalie, "
     "Marie-Flore, Wideline, Judith, Edwige, Carline, Lovely, Dieula, Esther, Fedeline, Kettly, Yolette, Mireille, "
     "Gina, Sandrine, Ketsia, Nadine, Bethsaïda, Jessie, Rose-Merline, Marie-Lourdes, Farah-Love"),
  _s("Jean-Robert, Wilner, Frantz, Jean-Claude, Ricardo, Wilfrid, Fritz, Dieuseul, Jocelin, Emmanuel, Lesly, "
     "Jean-Bernard, Jonel, Marckenson, Peterson, Kerby, Jameson, Widson, Roodly, Evens, Jacques, Jean-Marc, "
     "Réginald, Fénel, Wesner, Dieunel, Wisler, Woodley, Jean-Ronel, Fritzner"),
  _s("Jean-Baptiste, Pierre-Louis, Joseph, Saint-Fleur, Dorvil, Charles, Célestin, Jean-Louis, Louis-Jeune, "
     "Augustin, Désir, Exantus, Fleurant, Jeune, Lafortune, Luma, Métellus, Noël, Paul, Petit-Frère, Romélus, "
     "Saintil, Théodore, Toussaint, Victor, Vilmé, Bien-Aimé, Dorcélus, Estimé, Fils-Aimé, Guerrier, Lamothe, "
     "Ménélas, Mompremier, Nazaire, Orélus, Pierrelus, Sanon, Thermidor, Dumervil, Casséus, Belizaire, "
     "Dorméus, Saint-Jean, Laguerre, Similien, Jolicoeur, Accilien, Bazile, Chéry, Innocent, Jean-Gilles")),
 'maghreb': (
  _s("Fatima, Amina, Khadija, Nadia, Samira, Leïla, Yasmine, Salma, Meriem, Houda, Rania, Nour, Imane, Hind, "
     "Karima, Latifa, Zineb, Souad, Naïma, Malika, Ikram, Siham, Wafa, Hanane, Rim, Lina, Asmaa, Dounia, Farah, "
     "Chaïma, Soumaya, Ghizlane"),
  _s("Mohamed, Ahmed, Youssef, Karim, Mehdi, Rachid, Omar, Ali, Hassan, Khalid, Samir, Nabil, Amine, Hamza, "
     "Bilal, Tarek, Mourad, Saïd, Yacine, Adel, Walid, Abdelkader, Mustapha, Sofiane, Anis, Rami, Ibrahim, Ayoub, "
     "Zakaria, Fouad, Abdellah, Redouane"),
  _s("Benali, El Amrani, Bouazza, Haddad, Belkacem, Cherif, Mansouri, Benjelloun, Alaoui, Tazi, Bennani, "
     "Ait Ouali, Boukhari, Zerrouki, Hamdi, Khelifi, Saidi, Ben Salah, Mezouar, Djebbar, Brahimi, Kaddour, "
     "Lahlou, Chraibi, Benmoussa, Bouchama, Ouazzani, El Idrissi, Abdallah, Nasser, Khoury, Saleh, Darwish, "
     "Haddadi, Mahmoud, Bensaïd, Touati, Zitouni, Messaoudi, Benhamou, Belhadj, Chebbi, Laaroussi, Guerfi, "
     "Fares, Azzouz, Jaziri, Ferhat, Abou Khalil, Hajjar, Naccache, Sfeir")),
 'viet': (
  _s("Lan, Mai, Hoa, Huong, Linh, Thu, Trang, Ngoc, Phuong, Thao, Hanh, Yen, Nga, Loan, Tuyet, Hang, Diep, Kim, "
     "Xuan, Oanh, Quynh, Nhung, Bich, My, Tam"),
  _s("Minh, Tuan, Hung, Dung, Long, Quang, Duc, Thanh, Huy, Khoa, Bao, Phuc, Tai, Vinh, Hieu, Nam, Son, Trung, "
     "Cuong, Hai, Tien, Loc, Dat, Khanh, Thang"),
  _s("Nguyen, Tran, Le, Pham, Huynh, Hoang, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Truong, Dinh, Lam, "
     "Trinh, Luong, Cao, Quach, Thai, Doan, Lai, Chau, Vuong, Tang, Kieu, Ton, Giang, Trieu, Mac")),
 'chinese': (
  _s("Mei, Xiaoling, Jing, Ying, Xiu, Hui, Yan, Fang, Lingling, Qian, Ning, Ting, Wen, Yue, Shu, Xin, Jiayi, "
     "Yuqing, Meiling, Hong, Zhen, Rui, Yi, Shanshan, Xiaoyu"),
  _s("Wei, Jun, Hao, Ming, Lei, Jian, Qiang, Bo, Tao, Yong, Feng, Gang, Zhiwei, Jiahao, Yifan, Haoran, Xiaoming, "
     "Kai, Peng, Bin, Chao, Guang, Hua, Zihan, Yuchen"),
  _s("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, "
     "Liang, Xie, Song, Han, Deng, Cao, Zeng, Xiao, Tian, Pan, Yuan, Cai, Jiang, Yu, Wong, Chan, Leung, Cheung, "
     "Lau, Tsang, Kwok, Yip, Ng, Chow, Fong, Mok")),
 'latam': (
  _s("María, Ana, Carolina, Daniela, Gabriela, Valentina, Camila, Lucía, Paola, Alejandra, Fernanda, Mariana, "
     "Verónica, Adriana, Claudia, Patricia, Rosa, Guadalupe, Ximena, Luz, Marisol, Yesenia, Natalia, Catalina, "
     "Isabel, Milagros, Yolanda"),
  _s("José, Juan, Carlos, Luis, Jorge, Miguel, Andrés, Diego, Alejandro, Fernando, Javier, Pedro, Santiago, "
     "Mateo, Sebastián, Eduardo, Raúl, Héctor, Óscar, Gustavo, Rodrigo, Julio, Esteban, Wilmer, Jhon"),
  _s("García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, "
     "Gómez, Díaz, Morales, Ortiz, Gutiérrez, Chávez, Ramos, Vargas, Castillo, Jiménez, Moreno, Romero, Herrera, "
     "Medina, Aguilar, Castro, Vásquez, Rojas, Contreras, Salazar, Guzmán, Mendoza, Cárdenas, Espinoza, Fuentes, "
     "Quintero, Velásquez, Zapata, Cabrera, Navarro, Paredes, Valencia, Ospina, Restrepo, Arango, Muñoz, "
     "Benítez, Sandoval")),
 'sasia': (
  _s("Priya, Anjali, Neha, Pooja, Kavita, Sunita, Deepa, Harpreet, Simran, Manpreet, Shreya, Divya, Lakshmi, "
     "Meena, Nisha, Rekha, Sangeeta, Tanvi, Farzana, Nasreen, Shabnam, Rupinder, Jaspreet, Tahmina, Ruksana, "
     "Tharshini, Nirmala"),
  _s("Raj, Amit, Rahul, Sanjay, Vikram, Arjun, Rohit, Anil, Suresh, Ravi, Harjit, Gurjit, Manjit, Kuldeep, "
     "Jaswinder, Imran, Faisal, Tariq, Asif, Kamal, Rajesh, Mahesh, Sunil, Arun, Naveen, Shahid, Nitin, "
     "Kiran, Tharmalingam, Pradeep"),
  _s("Patel, Singh, Kaur, Sharma, Gupta, Kumar, Shah, Mehta, Joshi, Desai, Reddy, Rao, Iyer, Nair, Menon, "
     "Pillai, Chopra, Malhotra, Kapoor, Bhatia, Sidhu, Gill, Sandhu, Dhillon, Grewal, Brar, Bains, Chaudhry, "
     "Qureshi, Siddiqui, Khan, Hussain, Rahman, Chowdhury, Hossain, Islam, Uddin, Perera, Jayasinghe, "
     "Wickramasinghe, Sivakumar, Balasubramaniam, Srinivasan, Krishnan, Bose, Banerjee, Chatterjee, "
     "Mukherjee, Das, Ghosh, Thevarajah, Ratnam")),
 'africa': (
  _s("Aminata, Fatou, Awa, Mariam, Aïssatou, Kadiatou, Ndeye, Grâce, Divine, Clarisse, Josiane, Béatrice, "
     "Ornella, Ngozi, Adaeze, Folake, Yetunde, Abena, Akosua, Esi, Efua, Nafissatou, Rokia, Safiatou, Bintou, "
     "Mariama, Chancelle, Prisca, Merveille"),
  _s("Mamadou, Ousmane, Moussa, Ibrahima, Abdoulaye, Cheikh, Souleymane, Boubacar, Alassane, Sékou, Lamine, "
     "Modou, Kwame, Kofi, Yaw, Kwabena, Chinedu, Emeka, Oluwaseun, Tunde, Babajide, Dieudonné, Serge, Blaise, "
     "Patrice, Aimé, Prosper, Désiré, Arsène, Hervé, Junior, Fabrice"),
  _s("Diallo, Traoré, Diop, Ndiaye, Sow, Ba, Fall, Camara, Keita, Touré, Koné, Coulibaly, Cissé, Sylla, Bah, "
     "Barry, Sangaré, Ouédraogo, Sawadogo, Kaboré, Compaoré, Zongo, Mensah, Asante, Boateng, Owusu, Adeyemi, "
     "Okafor, Okonkwo, Eze, Nwosu, Balogun, Adebayo, Mbuyi, Kalonji, Tshibanda, Mukendi, Ilunga, Kasongo, "
     "Ngoy, Nkurunziza, Habimana, Uwimana, Niyonzima, Mugisha, Nsengiyumva, Fotso, Tchoumi, Kamga, Ndong, "
     "Mba, Essomba, Atangana, Mbarga, Onana, Makosso, Mabiala")),
 'innu': (
  _s("Shanipiap, Manikanet, Rita, Évelyne, Marie-Louise, Bernadette, Philomène, Agathe, Germaine, Anne-Marie, "
     "Mani, Tshenish, Kathleen-Ann"),
  _s("Tshiueten, Uapistan, Kanapeu, Matshiu, Réal, Jean-Charles, Armand, Napoléon, Ernest, Adélard, Pien, "
     "Shimun, Tanien"),
  _s("Vollant, Mestokosho, Bellefleur, Pinette, Jourdain, Ashini, Malec, Kaltush, Rock, Grégoire, Régis, "
     "McKenzie, Napish, Nuna, Pilot, Poker, Canapé, Hervieux, Kapesh, Siméon, Basile, Wapistan, Ambroise, "
     "Tshernish, Benjamin, Fontaine, Mark")),
 'atikamekw': (
  _s("Sakay, Délima, Thérèse, Rolande, Jacqueline, Mélina, Cécile, Eugénie, Wasiana"),
  _s("Constant, Cyrille, Jérémie, Siméon, Wapan, Gérald, Roméo, Nicolas, Sipi"),
  _s("Ottawa, Petiquay, Flamand, Awashish, Quitich, Coocoo, Chachai, Niquay, Mattawa, Echaquan, Weizineau, "
     "Néquado, Moar, Newashish, Biroté, Mequish, Dubé-Ottawa, Boivin-Petiquay")),
 'wendat': (
  _s("Yolande, Manon-Rose, Andrée, Colette"),
  _s("Konrad, Ludger, Gaston, Jean-Marie"),
  _s("Sioui, Gros-Louis, Bastien, Vincent, Lainé, Picard, Dumont-Sioui, Savard-Gros-Louis")),
 'mohawk': (
  _s("Kahentawaks, Kaniehtiio, Kahente, Kawisenhawe, Ohahase, Kanentokon, Skawennati, Konwatsitsawi, "
     "Kahnekiio, Tsiorasa, Iehnhotonkwas, Waneek, Tammy-Lynn"),
  _s("Tekarontake, Tewaterihwarenia, Karihwakeron, Teiowisonte, Rotiio, Wahiakeron, Tehoniehtathe, "
     "Aronhiaies, Kaientanoron, Tekaronhiake, Clinton, Dwayne, Brent"),
  _s("Diabo, Deer, Jacobs, McComber, Horne, Delisle, Montour, Stacey, Beauvais, Kirby, Zacharie, Goodleaf, "
     "Rice, Norton, Two-Axe, Lazare, Cross, Sky, Phillips, Alfred, Tarbell, Lahache, Curotte, Jocks, "
     "Splicer, Leclaire, Meloche")),
 'cree': (
  _s("Agnes, Minnie, Lucy, Stella, Daisy, Gertie, Beatrice, Juliette-Ann, Hattie, Irene, Charlotte"),
  _s("Abel, Clarence, Bertie, Eddie, Billy, Jimmy, Roderick, Kenny, Elmer, Allan, Sinclair-Roy, Redfern"),
  _s("Bosum, Iserhoff, Mianscum, Petawabano, Neeposh, Shecapio, Blacksmith, Gull, Masty, Diamond, Kitchen, "
     "Saganash, Wapachee, Mukash, Cheezo, Otter, Matoush, Tapiatic, Pachano, Georgekish, Bearskin, Snowboy, "
     "Coonishish, Loon, Jolly, Happyjack, Ottereyes, Mistacheesick, Weistche, Herodier, Moses, Cooper")),
 'inuit': (
  _s("Siasi, Elisapie, Annie, Maggie, Lizzie, Mina, Alacie, Sala, Siaja, Alasua, Akinisie, Nellie, Susie, "
     "Eva, Saali, Qialak, Ulivia, Mialie"),
  _s("Lucassie, Jaaji, Qumaq, Tamusi, Pauloosie, Putulik, Tumasi, Adamie, Jobie, Tivi, Jaani, Paulusi, Piita, "
     "Willie, Johnny, Peter-Paul, Aisa, Markusi"),
  _s("Tukalak, Qinuajuak, Annanack, Nappaaluk, Kasudluak, Aatami, Ningiuruvik, Tulugak, Okpik, Angutinguak, "
     "Alaku, Novalinga, Iqaluk, Kumarluk, Etok, Mesher, Saunders, Qumaluk, Ittukallak, Kenuajuak, Amamatuak, "
     "Uqaittuk, Papigatuk, Sivuarapik, Tooktoo, Padlayat, Weetaluktuk, Nowrakudluk, Koneak, Makiuk, Echalook, "
     "Oovaut, Arngak, Kulula, Pootoogook, Qisiiq, Napartuk, Elijassiapik, Ningeok")),
 'easteu': (
  _s("Olena, Irina, Svetlana, Tatiana, Oksana, Yulia, Anastasia, Ekaterina, Marta, Agnieszka, Katarzyna, "
     "Magdalena, Joanna, Ewa, Ioana, Andreea, Elena, Mihaela, Milena, Jelena, Ivana, Petra, Zuzana, Lenka, "
     "Halyna, Larysa, Vesna, Bogdana, Dorota"),
  _s("Oleksandr, Dmytro, Sergei, Andrei, Mikhail, Vladimir, Pavel, Igor, Nikolai, Yuri, Piotr, Tomasz, "
     "Krzysztof, Marek, Paweł, Grzegorz, Bogdan, Ion, Mihai, Vasile, Radu, Cristian, Stefan, Dragan, Milan, "
     "Goran, Nenad, Ondřej, Tibor, Zoltán, Taras, Volodymyr, Artem"),
  _s("Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański, Dąbrowski, Kozłowski, "
     "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Kovalchuk, Ivanov, Petrov, "
     "Smirnov, Volkov, Sokolov, Popov, Kuznetsov, Morozov, Popescu, Ionescu, Constantin, Stoica, Dumitru, "
     "Munteanu, Georgescu, Petrović, Jovanović, Nikolić, Marković, Horvat, Kovač, Novák, Dvořák, Svoboda, "
     "Nagy, Tóth, Szabó, Kiss, Dimitrov, Georgiev, Hristov, Lungu")),
 'filipino': (
  _s("Maricel, Rowena, Marilou, Analyn, Cherry, Joy, Princess, Rhea, Maribel, Liza, Jennylyn, Divina, "
     "Marites, Charmaine, Kristine, Arlene, Evangeline, Teresita, Corazon, Ligaya, Imelda, Leonora, Zenaida, "
     "Rosario, Aileen, Lorna"),
  _s("Rodel, Ronaldo, Rommel, Jomar, Arnel, Reynaldo, Ariel, Edgardo, Danilo, Rogelio, Marlon, Jericho, "
     "Nestor, Efren, Romeo, Ramil, Jaypee, Mark Anthony, John Paul, Renato, Dante, Ferdinand, Wilfredo, "
     "Benjie, Rolando"),
  _s("Santos, Reyes, Cruz, Bautista, Ocampo, Dela Cruz, De Leon, Villanueva, Aquino, Manalo, Pascual, "
     "Soriano, Mercado, Dizon, Tolentino, Salvador, Domingo, Gonzales, Fernandez, Macaraeg, Panganiban, "
     "Magbanua, Dimaculangan, Bernardo, Galang, Lacson, Pangilinan, Sison, Tan, Lim, Sy, Buenaventura, "
     "Evangelista, Samonte, Caballero, Abad, Agbayani, Mangubat, Maglaya, Del Rosario")),
 'medit': (
  _s("Giulia, Francesca, Chiara, Angela, Carmela, Antonella, Concetta, Eleni, Despina, Georgia, Sofia, "
     "Conceição, Graça, Filomena, Assunta, Paraskevi, Fátima"),
  _s("Giuseppe, Antonio, Marco, Luca, Giovanni, Salvatore, Vincenzo, Domenico, Franco, Dimitrios, Georgios, "
     "Konstantinos, Nikos, Panagiotis, João, Rui, Paulo, Tiago, Spiros"),
  _s("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
     "De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Di Pietro, Iacono, Papadopoulos, Georgiou, "
     "Pappas, Nikolaidis, Konstantinidis, Dimitriou, Vlahos, Silva, Ferreira, Pereira, Oliveira, Sousa, "
     "Rodrigues, Carvalho, Almeida, Medeiros, Pacheco, Raposo, Furtado, D'Alessandro")),
 'persarm': (
  _s("Shirin, Maryam, Nasrin, Parisa, Roya, Laleh, Ani, Nairi, Taline, Setareh, Golnaz, Azadeh, Lori"),
  _s("Reza, Arash, Babak, Dariush, Kaveh, Armen, Hagop, Sevan, Vartan, Hamid, Payam, Raffi, Garo"),
  _s("Hosseini, Mohammadi, Rezaei, Karimi, Ahmadi, Tehrani, Farahani, Jafari, Sadeghi, Moradi, Rahimi, "
     "Ghorbani, Kazemi, Shahbazi, Nazari, Sarkissian, Hovsepian, Der Bedrossian, Manoukian, Papazian, "
     "Boghossian, Arslanian, Tashjian, Khachadourian, Kouyoumdjian")),
}

ORIGIN_WEIGHT = {'fr_qc': 27, 'en': 10, 'haiti': 7, 'maghreb': 8, 'viet': 4, 'chinese': 5, 'latam': 6,
                 'sasia': 5, 'africa': 6, 'innu': 2, 'atikamekw': 1.5, 'wendat': 0.8, 'mohawk': 1.5,
                 'cree': 1.5, 'inuit': 2, 'easteu': 5, 'filipino': 3, 'medit': 4, 'persarm': 2.5}


import hashlib


def _key(x):
    x = unicodedata.normalize('NFD', str(x).lower())
    return ''.join(c for c in x if unicodedata.category(c) != 'Mn')


def half_of(x):
    """The same (accent-folded) string always falls in the same half, whatever pool it is in."""
    return 'W' if hashlib.md5(_key(x).encode()).digest()[0] % 2 == 0 else 'H'


def split_pool(items, key=lambda x: x):
    out = {'W': [], 'H': []}
    for x in sorted(set(items), key=str):
        out[half_of(key(x))].append(x)
    return out


def build_name_pools():
    seen = set()
    pools = {}
    for o, (fl, ml, sl) in ORIGINS.items():
        out = []
        for kind, lst in (('f', fl), ('m', ml), ('s', sl)):
            u = []
            for n in lst:
                k = ('s' if kind == 's' else 'g', n)
                if k in seen:
                    continue
                seen.add(k)
                u.append(n)
            out.append(u)
        pools[o] = {'f': split_pool(out[0]), 'm': split_pool(out[1]), 's': split_pool(out[2])}
    # compound names (Marie-Ève, Dubé-Ottawa, Dela Cruz) go to the half of their known parts,
    # so that no name part is shared between W and H; dropped when the parts disagree
    toks = lambda x: [_key(t) for t in re.split(r"[ \-']", x) if len(t) > 2]
    half = {}
    for o in pools:
        for k in 'fms':
            for h in 'WH':
                for x in pools[o][k][h]:
                    if len(toks(x)) == 1:
                        half[toks(x)[0]] = h
    for o in pools:
        for k in 'fms':
            allx = pools[o][k]['W'] + pools[o][k]['H']
            new = {'W': [], 'H': []}
            for x in sorted(allx):
                t = toks(x)
                hs = {half[u] for u in t if u in half}
                if not hs:
                    h = 'W' if x in pools[o][k]['W'] else 'H'
                elif len(hs) == 1:
                    h = hs.pop()
                else:
                    continue
                new[h].append(x)
                for u in t:
                    half.setdefault(u, h)
            pools[o][k] = new
    return pools

NAMES = build_name_pools()

# ------------------------------------------------------------------ places
CITIES = _s("Montréal, Laval, Longueuil, Gatineau, Sherbrooke, Trois-Rivières, Saguenay, Lévis, Terrebonne, "
    "Repentigny, Brossard, Drummondville, Saint-Jérôme, Granby, Blainville, Saint-Hyacinthe, Shawinigan, "
    "Dollard-Des Ormeaux, Rimouski, Victoriaville, Mirabel, Châteauguay, Saint-Eustache, Mascouche, "
    "Rouyn-Noranda, Val-d'Or, Sept-Îles, Baie-Comeau, Alma, Joliette, Sorel-Tracy, Thetford Mines, Magog, "
    "Boucherville, Vaudreuil-Dorion, Salaberry-de-Valleyfield, Chambly, Saint-Constant, Beloeil, Sainte-Julie, "
    "Mont-Royal, Pointe-Claire, Kirkland, Beaconsfield, Westmount, Côte-Saint-Luc, Kuujjuaq, Chisasibi, "
    "Mashteuiatsh, Wendake, Kahnawake, Uashat, Manawan, Wemotaci, Opitciwan, Mistissini, Waswanipi, "
    "Puvirnituq, Inukjuak, Salluit, Matane, Gaspé, Amos, La Tuque, Rivière-du-Loup, Saint-Georges, "
    "Cowansville, Lachute, Sainte-Adèle, Mont-Laurier, Dolbeau-Mistassini, Roberval, Chibougamau, Natashquan, "
    "Pessamit, Kanesatake, Akwesasne, Sainte-Thérèse, L'Assomption, Saint-Lazare, Candiac, La Prairie")

# (type_fr, type_en, name) -- name shared in both languages
STREETS = [tuple(x.split('|')) for x in _s(
    "rue|Street|Saint-Denis, rue|Street|Beaubien, rue|Street|Bélanger, rue|Street|Jean-Talon, avenue|Avenue|Papineau, "
    "boulevard|Boulevard|Pie-IX, rue|Street|Christophe-Colomb, rue|Street|des Érables, rue|Street|Principale, "
    "rue|Street|Notre-Dame, rue|Street|Wellington, boulevard|Boulevard|Laurier, rue|Street|Cartier, "
    "rue|Street|Champlain, avenue|Avenue|du Parc, avenue|Avenue|des Pins, rue|Street|Sainte-Catherine, "
    "boulevard|Boulevard|Saint-Laurent, rue|Street|Saint-Hubert, avenue|Avenue|du Mont-Royal, rue|Street|Rachel, "
    "rue|Street|Masson, rue|Street|Hochelaga, rue|Street|Ontario, avenue|Avenue|Bourbonnière, "
    "boulevard|Boulevard|Lacordaire, boulevard|Boulevard|Langelier, rue|Street|Viau, rue|Street|Monselet, "
    "rue|Street|Fleury, boulevard|Boulevard|Henri-Bourassa, boulevard|Boulevard|Gouin, rue|Street|Lajeunesse, "
    "boulevard|Boulevard|Saint-Michel, rue|Street|Jarry, rue|Street|Villeray, boulevard|Boulevard|Décarie, "
    "chemin|Road|de la Côte-des-Neiges, chemin|Road|Queen-Mary, avenue|Avenue|Van Horne, avenue|Avenue|Bernard, "
    "rue|Street|Saint-Viateur, avenue|Avenue|Fairmount, rue|Street|Clark, rue|Street|Saint-Urbain, "
    "avenue|Avenue|De Lorimier, rue|Street|Fullum, rue|Street|Parthenais, rue|Street|des Forges, "
    "rue|Street|King Ouest, rue|Street|Galt Est, boulevard|Boulevard|du Royaume, rue|Street|Racine Est, "
    "Grande Allée|Grande Allée|Est, boulevard|Boulevard|Charest Ouest, rue|Street|de la Couronne, "
    "avenue|Avenue|Maguire, rue|Street|des Chutes, rue|Street|Radisson, boulevard|Boulevard|Talbot, "
    "rue|Street|Saint-Joseph, rue|Street|de l'Église, rue|Street|des Lilas, rue|Street|du Boisé, "
    "rue|Street|des Cèdres, rue|Street|Hamel, boulevard|Boulevard|Lebourgneuf, rue|Street|des Outardes, "
    "rue|Street|de la Gare, chemin|Road|du Quai, rue|Street|Arnaud, rue|Street|Brochu, rang|Range|Saint-Joseph, "
    "montée|Road|Masson, chemin|Road|Sainte-Foy, croissant|Crescent|des Hirondelles, place|Place|Desjardins-Est, "
    "avenue|Avenue|Westminster, boulevard|Boulevard|Cavendish, boulevard|Boulevard|des Sources, "
    "chemin|Road|Lakeshore, avenue|Avenue|Elm, croissant|Crescent|Maple, rue|Street|Church, rue|Street|Queen, "
    "boulevard|Boulevard|Saint-Charles, rue|Street|Sherbrooke Ouest, rue|Street|Sherbrooke Est, rue|Street|Drolet, "
    "rue|Street|de Bordeaux, rue|Street|Marquette, rue|Street|Garnier, rue|Street|Chabot, avenue|Avenue|Charlemagne, "
    "rue|Street|Aylwin, rue|Street|Leclaire, rue|Street|Sicard, rue|Street|Létourneux, avenue|Avenue|Dollard, "
    "rue|Street|Wanklyn, boulevard|Boulevard|Newman, rue|Street|Lapierre, rue|Street|Airlie, rue|Street|Jogues, "
    "rue|Street|Mistassini, rue|Street|Tshishtashkamuk, rue|Street|Atikuss, rue|Street|Nottaway, rue|Street|Ungava")]

METRO = _s("Lionel-Groulx, Henri-Bourassa, Papineau, Berri-UQAM, Jean-Talon, Jarry, Crémazie, Sauvé, Beaubien, "
    "Rosemont, Laurier, Mont-Royal, Sherbrooke, Champ-de-Mars, Place-d'Armes, Square-Victoria-OACI, Bonaventure, "
    "Lucien-L'Allier, Georges-Vanier, Charlevoix, LaSalle, De l'Église, Verdun, Jolicoeur, Monk, Angrignon, "
    "Atwater, Guy-Concordia, Peel, McGill, Place-des-Arts, Saint-Laurent, Frontenac, Préfontaine, Joliette, "
    "Pie-IX, Viau, Assomption, Cadillac, Langelier, Radisson, Honoré-Beaugrand, Du Collège, Côte-Vertu, "
    "Édouard-Montpetit, Outremont, Acadie, Parc, De Castelnau, Fabre, D'Iberville, Saint-Michel, Snowdon, "
    "Côte-des-Neiges, Plamondon, Namur, Cartier, De la Concorde, Montmorency, Université-de-Montréal")

# namesakes of institutions (historical figures / saints)
NAMESAKES = _s("Louis-Joseph-Papineau, Maurice-Richard, Marguerite-Bourgeoys, Émile-Nelligan, Gabrielle-Roy, "
    "Jean-Talon, Lionel-Groulx, Honoré-Mercier, Wilfrid-Laurier, Georges-Vanier, Marie-Victorin, "
    "Édouard-Montpetit, Jacques-Cartier, Samuel-De Champlain, Jeanne-Mance, Pierre-Boucher, Henri-Bourassa, "
    "Louis-Hébert, Félix-Leclerc, Gilles-Vigneault, Camillien-Houde, Jean-Drapeau, Thérèse-Casgrain, "
    "Idola-Saint-Jean, Madeleine-de-Verchères, Charles-Le Moyne, Pierre-Le Gardeur, Jean-Jacques-Bertrand, "
    "Robert-Bourassa, René-Lévesque, Paul-Gérin-Lajoie, Armand-Frappier, Norman-Bethune, Marie-Rollet, "
    "Joseph-François-Perrault, Saint-Luc, Sainte-Justine, Hélène-Boullé, Pierre-Elliott-Trudeau, "
    "Marcelle-Gauvreau, Jacques-Rousseau, Louis-Riel, Antoine-Brossard, Félix-Antoine-Savard, Anne-Hébert, "
    "Marc-Favreau, Roland-Michener, Laurent-Benoît, Michel-Chartrand, Jean-Béliveau, Guy-Lafleur, "
    "Claude-Robillard, Gérard-Filion, Émilie-Gamelin, Paul-Sauvé, Camille-Laurin, Monseigneur-Bourget, "
    "Lucille-Teasdale, Terry-Fox, John-Abbott, Lester-B.-Pearson, Sir-George-Williams, John-Rennie, "
    "Marie-Guyart, Catherine-Tekakwitha, Kateri, Gérald-Godin, Daniel-Johnson, Adrien-Pouliot, Jean-Lesage")

# templates for organisations named after people: (FR, EN); {n} = namesake
ORG_TPL = [("l'école primaire {n}", "{n} Elementary School"), ("l'École secondaire {n}", "{n} High School"),
           ("l'aréna {n}", "the {n} Arena"), ("le CLSC {n}", "the {n} CLSC"), ("l'hôpital {n}", "{n} Hospital"),
           ("le parc {n}", "{n} Park"), ("le cégep {n}", "{n} College"), ("la bibliothèque {n}", "the {n} Library"),
           ("le centre communautaire {n}", "the {n} Community Centre"), ("le CHSLD {n}", "the {n} long-term care centre"),
           ("la maison des jeunes {n}", "the {n} youth centre"), ("le Centre hospitalier {n}", "{n} Hospital Centre"),
           ("la piscine {n}", "the {n} pool"), ("le pavillon {n}", "the {n} pavilion")]

EMPLOYERS = _s("Hydro-Québec, Desjardins, Bombardier, Saputo, Metro, IGA, Provigo, Jean Coutu, Uniprix, "
    "Couche-Tard, Cascades, Premier Tech, Olymel, Lassonde, Vidéotron, Bell Canada, Rio Tinto, Cogeco, Garda, "
    "Dollarama, Simons, Rona, Canac, BMR, Tim Hortons, McDonald's, Walmart, Costco, Ubisoft, CGI, Air Canada, "
    "Postes Canada, Loblaws, Super C, Maxi, Pharmaprix, Familiprix, Exceldor, Agropur, Molson Coors, "
    "Normandin, St-Hubert, Sobeys, Alimentation Couche-Tard, Pomerleau, EBC, Groupe Robert, Transport Jacques Auger, "
    "Kruger, Domtar, Resolute, Laboratoires Charles River, Cirque du Soleil, Sépaq, Loto-Québec, SAQ, Banque Nationale")

PUBLIC_BODIES = [
    ("CISSS de Lanaudière", "CISSS de Lanaudière", "ssss.gouv.qc.ca"),
    ("CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "Centre-Sud-de-l'Île-de-Montréal CIUSSS", "ssss.gouv.qc.ca"),
    ("CIUSSS de la Capitale-Nationale", "CIUSSS de la Capitale-Nationale", "ssss.gouv.qc.ca"),
    ("CISSS de l'Outaouais", "Outaouais CISSS", "ssss.gouv.qc.ca"),
    ("Centre de services scolaire des Affluents", "Centre de services scolaire des Affluents", "cssda.gouv.qc.ca"),
    ("Office municipal d'habitation de Longueuil", "Longueuil Municipal Housing Office", "omhlongueuil.qc.ca"),
    ("Ville de Gatineau", "City of Gatineau", "gatineau.ca"),
    ("Ville de Sherbrooke", "City of Sherbrooke", "sherbrooke.ca"),
    ("Régie du logement", "Housing Board", "tal.gouv.qc.ca"),
    ("Direction de la protection de la jeunesse", "Youth Protection Directorate", "ssss.gouv.qc.ca"),
    ("Centre régional de santé et de services sociaux Nunavik", "Nunavik Regional Board of Health", "sante-services-sociaux.ca"),
    ("Conseil cri de la santé et des services sociaux de la Baie James", "Cree Board of Health and Social Services of James Bay", "ssss.gouv.qc.ca"),
    ("Commission scolaire English-Montréal", "English Montreal School Board", "emsb.qc.ca"),
    ("Société de transport de Laval", "Société de transport de Laval", "stl.laval.qc.ca"),
    ("Ministère de l'Emploi et de la Solidarité sociale", "Ministère de l'Emploi et de la Solidarité sociale", "mess.gouv.qc.ca"),
]

PERSONAL_DOMAINS = _s("gmail.com, hotmail.com, outlook.com, videotron.ca, yahoo.ca, icloud.com, sympatico.ca, "
    "live.ca, hotmail.fr, globetrotter.net, cgocable.ca, yahoo.fr, protonmail.com, bell.net, me.com, live.com")

# common words that are also surnames, used as common words (decoy = the bracketed word)
WORD_DECOYS_FR = [
    "Elle a acheté la viande chez le [boucher] du coin avant la rencontre.",
    "Le [boulanger] d'en face lui donne parfois le pain de la veille.",
    "Il travaille de nuit comme [boulanger] dans une chaîne d'épiceries.",
    "Le chien de la famille est un [berger] allemand qui aboie fort.",
    "Son oncle était [charpentier] et l'a hébergé un été.",
    "Elle rêve de devenir [couturière] et suit un cours du soir.",
    "Le [marchand] du dépanneur a confirmé l'avoir vu passer.",
    "Le [maire] a été informé de la situation par voie de communiqué.",
    "Voir la [page] 3 du formulaire pour la liste des revenus.",
    "Le jeune a dessiné un [renard] et une maison pendant l'entretien.",
    "Il a travaillé comme [marin] sur un traversier pendant quelques années.",
    "Elle a dit qu'elle se sentait comme un [poisson] hors de l'eau.",
    "Un [meunier] de la région lui a offert un emploi saisonnier.",
    "La [fontaine] du hall d'entrée était encore brisée.",
    "Il a reçu une carte du [roi] de cœur dans le jeu de société.",
    "La [rivière] déborde chaque printemps derrière le logement.",
    "Le [barbier] du quartier lui coupe les cheveux gratuitement.",
    "Son fils joue au [chevalier] avec une épée en carton.",
    "Elle porte un manteau [brun] trop mince pour la saison.",
    "La voisine a installé un [rosier] devant la fenêtre.",
    "Le [cordonnier] a réparé ses bottes à peu de frais.",
    "Il veut devenir [pompier] volontaire dans sa municipalité.",
    "Le [juge] a demandé un rapport complémentaire.",
    "La [lune] était pleine, selon son récit de la soirée.",
    "Le [boucher] lui a fait crédit pendant deux semaines.",
    "Elle garde un [lapin] dans le logement malgré le bail.",
]
WORD_DECOYS_EN = [
    "She reads the same [page] of the pamphlet every evening.",
    "Her son wants to be a [baker] when he grows up.",
    "He works as a line [cook] at a diner on weekends.",
    "The [king] of the board game was missing, so the children argued.",
    "He used to be a [mason] and still has back pain from it.",
    "Her brother is a [hunter] and keeps rifles locked in the shed.",
    "They spotted a [fisher] near the cabin, a kind of large weasel.",
    "The school [bell] rang during the interview and interrupted us.",
    "She planted a [rose] bush in the shared yard.",
    "The [young] mother appeared tired but engaged.",
    "He wore a [brown] jacket and work boots.",
    "The house is painted [green] with a white fence.",
    "The [white] van parked outside belongs to the landlord.",
    "The [price] of rent went up again this year.",
    "She said there is still [hope] that things will improve.",
    "He spoke with [grace] about his late father.",
    "To be [frank], the children need more structure.",
    "A [fox] has been seen near the garbage bins.",
    "She threw a [stone] at the window, according to the neighbour.",
    "He keeps his savings in [cash] rather than at the bank.",
    "The river [banks] flood every spring behind the building.",
    "The caseworker noted a [little] improvement since last month.",
    "He said his [will] was made years ago with a notary.",
    "Her daughter was the [page] turner at the school concert.",
    "The [miller] down the road hires seasonal workers.",
    "Her uncle, a [carpenter], fixed the broken stairs.",
]

LAWS_FR = [
    "art. 53 de la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels",
    "L.R.Q., c. A-2.1", "RLRQ, c. A-2.1", "RLRQ c P-34.1", "art. 38 de la Loi sur la protection de la jeunesse",
    "art. 19 de la Loi sur les services de santé et les services sociaux", "RLRQ, chapitre S-4.2",
    "art. 2858 C.c.Q.", "art. 1974 du Code civil du Québec", "art. 83 de la Loi sur l'accès",
    "articles 88 et 89 de la Loi sur l'accès", "art. 12 de la Charte des droits et libertés de la personne",
    "L.R.Q., c. P-39.1", "art. 9 de la Loi concernant les soins de fin de vie", "RLRQ, c. N-1.1, art. 122",
    "art. 39 de la Loi sur la protection de la jeunesse", "Loi 25", "art. 14 de la Loi sur l'accès",
]
LAWS_EN = [
    "section 38 of the Youth Protection Act", "s. 53 of the Act respecting Access to documents held by public bodies",
    "CQLR, c. A-2.1", "CQLR c. P-34.1", "section 19 of the Act respecting health services and social services",
    "art. 1974 C.C.Q.", "section 83 of the Access Act", "CQLR, chapter S-4.2", "R.S.Q., c. A-2.1",
    "section 39 of the Youth Protection Act", "article 10 of the Charter of human rights and freedoms",
    "sections 88 and 89 of the Access Act", "Bill 25",
]

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
MON_EN3 = [m[:3] for m in MONTHS_EN]
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

SPLIT = {
    'city': split_pool(CITIES), 'street': split_pool(STREETS, key=lambda x: x[2]), 'metro': split_pool(METRO),
    'namesake': split_pool(NAMESAKES), 'employer': split_pool(EMPLOYERS),
    'wfr': split_pool(WORD_DECOYS_FR, key=lambda x: re.search(r'\[(\w+)', x).group(1)),
    'wen': split_pool(WORD_DECOYS_EN, key=lambda x: re.search(r'\[(\w+)', x).group(1)),
    'body': split_pool(PUBLIC_BODIES, key=lambda x: x[0]), 'domain': split_pool(PERSONAL_DOMAINS),
}

# ------------------------------------------------------------ marked text
# \x01TYPE\x1ftext\x04 = pii ; \x02TYPE\x1ftext\x04 = decoy ; \x03text\x04 = content
def P(s, t='PERSON'):
    return '\x01%s\x1f%s\x04' % (t, s)


def D(s, t='ORG'):
    return '\x02%s\x1f%s\x04' % (t, s)


def C(s):
    return '\x03%s\x04' % s


_MARK = re.compile(r'\x01([A-Z_]+)\x1f([^\x01-\x04\x1f]*)\x04|\x02([A-Z_]+)\x1f([^\x01-\x04\x1f]*)\x04|\x03([^\x01-\x04\x1f]*)\x04')


def assemble(marked):
    out, spans = [], []
    pos = 0  # bytes
    last = 0
    for m in _MARK.finditer(marked):
        plain = marked[last:m.start()]
        assert not re.search('[\x01-\x04\x1f]', plain), repr(marked[max(0, last - 30):m.start() + 30])
        out.append(plain)
        pos += len(plain.encode())
        if m.group(1):
            kind, typ, val = 'pii', m.group(1), m.group(2)
        elif m.group(3):
            kind, typ, val = 'decoy', m.group(3), m.group(4)
        else:
            kind, typ, val = 'content', 'CONTENT', m.group(5)
        assert val and val == val.strip(), repr(val)
        n = len(val.encode())
        spans.append({'start': pos, 'end': pos + n, 'kind': kind, 'type': typ})
        out.append(val)
        pos += n
        last = m.end()
    tail = marked[last:]
    assert not re.search('[\x01-\x04\x1f]', tail), repr(tail[:80])
    out.append(tail)
    text = ''.join(out)
    b = text.encode()
    assert len(b) == pos + len(tail.encode())
    prev = -1
    for sp, val in zip(spans, [None] * len(spans)):
        assert sp['start'] >= prev, 'overlap'
        prev = sp['end']
    return text, spans


def strip_acc(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')


def luhn_digit(digits):
    tot = 0
    for i, d in enumerate(reversed(digits)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


class Person:
    def __init__(self, given, sur, g, origin, short=None):
        self.given, self.sur, self.g, self.origin = given, sur, g, origin
        self.short = short or given
        self.dob = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.sur)


PC_L1 = 'GHJ'
PC_L = 'ABCEGHJKLMNPRSTVWXYZ'

CONTENT_FR = [
    "La rencontre s'est déroulée dans le calme et la personne semblait disposée à collaborer.",
    "Le logement est propre mais encombré, et le chauffage semble insuffisant pour l'hiver.",
    "Elle exprime de l'inquiétude face au retard scolaire de son enfant.",
    "Aucun signe de négligence n'a été observé lors de la visite.",
    "Il affirme consommer moins d'alcool depuis quelques semaines, ce qui reste à valider.",
    "Les besoins prioritaires sont le transport, l'alimentation et le soutien aux devoirs.",
    "Un suivi hebdomadaire est proposé pour les deux prochains mois.",
    "La personne a été informée de ses droits et des recours disponibles.",
    "Elle dit bien dormir mais se réveille souvent pendant la nuit.",
    "Le climat familial est décrit comme tendu depuis la perte d'emploi.",
    "Nous convenons de réévaluer la situation à la prochaine rencontre.",
    "Les enfants fréquentent le service de garde après l'école.",
    "Il accepte d'être dirigé vers un groupe de soutien pour proches aidants.",
    "Elle craint de perdre son logement si le loyer augmente encore.",
    "La communication avec l'école s'est améliorée depuis le mois dernier.",
    "Il n'y a pas de contre-indication médicale à la reprise des activités.",
    "Le propriétaire n'a toujours pas effectué les réparations demandées.",
    "Elle souhaite obtenir de l'aide pour remplir les formulaires de prestations.",
    "Il se dit isolé depuis le décès de son épouse.",
    "Un plan de sécurité a été élaboré avec elle et remis en main propre.",
    "Les démarches auprès de l'aide juridique sont en cours.",
    "La médication est prise de façon irrégulière selon ses propres dires.",
    "Il a manqué deux rendez-vous sans prévenir.",
    "L'adolescent refuse pour l'instant toute forme d'aide.",
    "La famille dispose de peu de ressources et d'aucun réseau de soutien.",
    "Elle se montre ouverte à un accompagnement en santé mentale.",
    "Le dossier sera présenté au comité clinique pour discussion.",
    "Aucune autre plainte n'a été reçue concernant cet immeuble.",
    "Les faits rapportés n'ont pas pu être confirmés de façon indépendante.",
    "Il demande que la correspondance soit envoyée par courriel plutôt que par la poste.",
    "La situation financière demeure précaire malgré l'aide reçue.",
    "Elle a pleuré à quelques reprises pendant l'entretien.",
    "Le jeune fréquente maintenant un organisme communautaire trois soirs par semaine.",
    "L'évaluation sera complétée lorsque tous les documents auront été reçus.",
    "Nous avons discuté des options de répit offertes dans le secteur.",
    "La demande ne répond pas aux critères d'admissibilité du programme.",
]
CONTENT_EN = [
    "The meeting was calm and the client appeared willing to cooperate.",
    "The apartment is clean but cluttered, and the heating seems inadequate for winter.",
    "She expressed concern about her child falling behind at school.",
    "No signs of neglect were observed during the visit.",
    "He reports drinking less over the past few weeks, which remains to be confirmed.",
    "Priority needs are transportation, groceries and homework support.",
    "Weekly follow-up is offered for the next two months.",
    "The client was informed of her rights and of the available recourses.",
    "She says she sleeps well but often wakes up during the night.",
    "Family dynamics have been tense since the job loss.",
    "We agreed to reassess the situation at the next meeting.",
    "The children attend the after-school program.",
    "He agreed to be referred to a caregiver support group.",
    "She fears losing her apartment if the rent goes up again.",
    "Communication with the school has improved since last month.",
    "There is no medical reason preventing a return to normal activities.",
    "The landlord has still not carried out the requested repairs.",
    "She would like help filling out the benefit application forms.",
    "He says he has felt isolated since his wife passed away.",
    "A safety plan was developed with her and handed over in person.",
    "Steps with legal aid are under way.",
    "Medication is taken irregularly, by the client's own account.",
    "He missed two appointments without calling.",
    "The teenager refuses any kind of help for now.",
    "The family has few resources and no support network.",
    "She is open to mental health support.",
    "The file will be presented to the clinical committee for discussion.",
    "No other complaint has been received about this building.",
    "The reported facts could not be independently confirmed.",
    "He asks that correspondence be sent by e-mail rather than by mail.",
    "The financial situation remains precarious despite the help received.",
    "She cried a few times during the interview.",
    "The youth now attends a community organization three evenings a week.",
    "The assessment will be completed once all documents are received.",
    "We discussed the respite options available in the area.",
    "The request does not meet the program's eligibility criteria.",
]

INTL = [('+33', ['# ## ## ## ##'], '67'), ('+509', ['#### ####'], '34'), ('+212', ['#-##-##-##-##', '### ######'], '67'),
        ('+213', ['### ## ## ##'], '567'), ('+216', ['## ### ###'], '2459'), ('+84', ['## ### ####'], '9'),
        ('+86', ['### #### ####'], '1'), ('+52', ['## #### ####'], '5'), ('+57', ['### ### ####'], '3'),
        ('+91', ['##### #####'], '789'), ('+237', ['# ## ## ## ##'], '6'), ('+243', ['### ### ###'], '89'),
        ('+221', ['## ### ## ##'], '7'), ('+63', ['### ### ####'], '9'), ('+40', ['### ### ###'], '7'),
        ('+380', ['## ### ## ##'], '69'), ('+48', ['### ### ###'], '5'), ('+98', ['### ### ####'], '9'),
        ('+1', ['(###) ###-####'], '2'), ('+44', ['#### ######'], '7'), ('+351', ['### ### ###'], '9'),
        ('+39', ['### ### ####'], '3'), ('+961', ['## ### ###'], '37')]

AREA = ['514', '438', '450', '579', '418', '581', '819', '873', '367', '263', '354']
TOLLFREE = ['800', '833', '844', '855', '866', '877', '888']


class G:
    def __init__(self, rng, mode, lang):
        self.r, self.m, self.lang = rng, mode, lang
        self.fr = lang == 'fr'
        self.used = set()
        self.body = self.pool('body')

    def pool(self, key):
        return self.r.choice(SPLIT[key][self.m])

    def ch(self, *a):
        return self.r.choice(a)

    # ------------------------------------------------------------ persons
    def person(self, g=None, origin=None):
        r = self.r
        for _ in range(50):
            if origin is None:
                o = r.choices(list(ORIGIN_WEIGHT), weights=list(ORIGIN_WEIGHT.values()))[0]
            else:
                o = origin
            gd = g or r.choice('fm')
            P_ = NAMES[o]
            gl = P_[gd][self.m]
            if not gl:
                continue
            given = r.choice(gl)
            sl = P_['s'][self.m]
            if r.random() < 0.08:  # mixed couple / adoption etc.
                o2 = r.choices(list(ORIGIN_WEIGHT), weights=list(ORIGIN_WEIGHT.values()))[0]
                sl = NAMES[o2]['s'][self.m] or sl
            sur = r.choice(sl)
            short = given
            if o == 'latam' and r.random() < 0.3:
                s2 = r.choice(sl)
                if s2 != sur:
                    sur = '%s %s' % (sur, s2)
            elif o in ('fr_qc', 'haiti') and r.random() < 0.08:
                s2 = r.choice(NAMES[o]['s'][self.m])
                if s2 != sur and '-' not in sur + s2:
                    sur = '%s-%s' % (sur, s2)
            elif o == 'viet' and r.random() < 0.3:
                given = ('Thi ' if gd == 'f' else 'Van ') + given
            elif o == 'maghreb' and gd == 'm' and r.random() < 0.12:
                given = given + ' ' + r.choice(NAMES[o]['m'][self.m])
            if (given, sur) in self.used or sur in {p for _, p in self.used}:
                continue
            self.used.add((given, sur))
            return Person(given, sur, gd, o, short)
        raise RuntimeError('no person drawn')

    def title(self, p, dr=False):
        r = self.r
        if self.fr:
            if dr:
                return 'Dre' if p.g == 'f' else 'Dr'
            return r.choice(['Mme', 'Mme', 'Madame']) if p.g == 'f' else r.choice(['M.', 'M.', 'Monsieur'])
        if dr:
            return 'Dr.'
        return r.choice(['Ms.', 'Ms.', 'Mrs.']) if p.g == 'f' else 'Mr.'

    def n(self, p, style=None):
        """a mention of p, marked"""
        r = self.r
        if style is None:
            style = r.choice(['full', 'full', 'tsur', 'tfull', 'given', 'sur'])
        if style == 'full':
            return P(p.full)
        if style == 'tsur':
            return self.title(p) + ' ' + P(p.sur)
        if style == 'tfull':
            return self.title(p) + ' ' + P(p.full)
        if style == 'dr':
            return self.title(p, True) + ' ' + P(p.sur if r.random() < 0.6 else p.full)
        if style == 'given':
            return P(p.short)
        if style == 'sur':
            return P(p.sur)
        if style == 'caps':
            return P(r.choice(['%s, %s' % (p.sur.upper(), p.given), p.full.upper(), '%s %s' % (p.sur.upper(), p.given)]))
        if style == 'rev':
            return P('%s, %s' % (p.sur, p.given))
        if style == 'lower':
            return P(r.choice([p.full.lower(), p.short.lower(), p.sur.lower()]))
        if style == 'lowfull':
            return P(p.full.lower())
        if style == 'upgiven':
            return P(p.short.upper())
        raise ValueError(style)

    def later(self, p):
        return self.n(p, self.r.choice(['given', 'tsur', 'tsur', 'sur', 'given']))

    # ------------------------------------------------------------ numbers
    def digits(self, k):
        return ''.join(self.r.choice('0123456789') for _ in range(k))

    def phone(self, intl=None):
        r = self.r
        if intl is None:
            intl = r.random() < 0.12
        if intl:
            cc, pats, first = r.choice(INTL)
            pat = r.choice(pats)
            s = ''
            for i, c in enumerate(pat):
                s += (r.choice(first) if not s.strip('()') and c == '#' else self.digits(1)) if c == '#' else c
            if r.random() < 0.2 and cc != '+1':
                num = '00' + cc[1:] + ' ' + s
            else:
                num = cc + ' ' + s
            return P(num, 'PHONE')
        a = r.choice(AREA)
        e = r.choice('23456789') + self.digits(2)
        l = self.digits(4)
        fmt = r.choice(['({a}) {e}-{l}', '{a}-{e}-{l}', '{a} {e}-{l}', '{a} {e}-{l}', '{a}.{e}.{l}', '{a}{e}{l}',
                        '1 {a} {e}-{l}', '+1 {a}-{e}-{l}', '+1 ({a}) {e}-{l}', '{a} {e} {l}', '1-{a}-{e}-{l}',
                        '{a} {e} {l1} {l2}'])
        return P(fmt.format(a=a, e=e, l=l, l1=l[:2], l2=l[2:]), 'PHONE')

    def ext(self):
        if self.r.random() < 0.5:
            return ''
        n = self.digits(self.r.choice([3, 4, 5]))
        return self.r.choice([', poste %s' % n, ' poste %s' % n, ' #%s' % n]) if self.fr else self.r.choice(
            [' ext. %s' % n, ', ext %s' % n, ' x%s' % n])

    def tollfree(self):
        r = self.r
        a = r.choice(TOLLFREE)
        e = r.choice('23456789') + self.digits(2)
        l = self.digits(4)
        return D(r.choice(['1 {a} {e}-{l}', '1-{a}-{e}-{l}', '1 {a} {e} {l}', '{a} {e}-{l}', '1 ({a}) {e}-{l}']).format(
            a=a, e=e, l=l), 'TOLLFREE')

    def email(self, p, staff=False):
        r = self.r
        g = re.sub(r"[^a-z]", '', strip_acc(p.short.lower()))
        gf = re.sub(r"[^a-z\-]", '', strip_acc(p.given.lower().replace(' ', '-')))
        s = re.sub(r"[^a-z]", '', strip_acc(p.sur.lower()))
        if staff:
            dom = self.body[2]
            loc = r.choice(['{gf}.{s}', '{gf}.{s}', '{g}.{s}.{reg}', '{g}_{s}'])
        else:
            dom = self.pool('domain')
            loc = r.choice(['{g}.{s}', '{g}{s}', '{g0}{s}', '{s}.{g}', '{g}.{s}{yy}', '{g}{yy}', '{s}{g0}{nn}',
                            '{g}_{s}', '{g}-{s}', '{g}{s}{nn}'])
        loc = loc.format(g=g, gf=gf, s=s, g0=g[:1], yy=self.digits(2), nn=self.digits(r.choice([1, 2, 3])),
                         reg=r.choice(['cisss', 'ciusss', 'mtl', 'lan', 'qc', 'out']))
        e = '%s@%s' % (loc, dom)
        if r.random() < 0.08 and not staff:
            e = e.upper() if r.random() < 0.3 else e[0].upper() + e[1:]
        return P(e, 'EMAIL')

    def pc(self, raw=False):
        r = self.r
        a = r.choice(PC_L1) + r.choice('0123456789') + r.choice(PC_L)
        b = r.choice('0123456789') + r.choice(PC_L) + r.choice('0123456789')
        s = r.choice(['%s %s', '%s %s', '%s %s', '%s%s', '%s-%s']) % (a, b)
        if r.random() < 0.08:
            s = s.lower()
        return s if raw else P(s, 'POSTAL_CODE')

    def civic(self):
        r = self.r
        return str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 12999)]))

    def street(self):
        t_fr, t_en, name = self.pool('street')
        if self.fr:
            if t_fr == 'Grande Allée':
                return 'Grande Allée ' + name
            return '%s %s' % (t_fr, name)
        if t_en == 'Grande Allée':
            return 'Grande Allée ' + name
        if name.startswith(('de ', 'du ', 'des ', "de l'", 'de la ')):
            return '%s %s' % (t_fr, name)  # English writers keep the French form
        return '%s %s' % (name, self.r.choice([t_en, t_en, {'Street': 'St.', 'Avenue': 'Ave.', 'Boulevard': 'Blvd.',
                                                         'Road': 'Rd.', 'Crescent': 'Cres.', 'Place': 'Pl.', 'Range': 'Range'}[t_en]]))

    def addr(self, city=None, pc=None, prose=False):
        """returns marked address; city/pc: None=random"""
        r = self.r
        if city is None:
            city = r.random() < 0.6
        if pc is None:
            pc = city and r.random() < 0.5
        cityname = self.pool('city')
        unit = r.random() < 0.3
        num, st = self.civic(), self.street()
        if r.random() < 0.05 and city:
            # post office box
            box = str(r.randint(1, 9999))
            core = (r.choice(['C.P. %s', 'case postale %s', 'CP %s']) if self.fr else r.choice(['P.O. Box %s', 'PO Box %s'])) % box
            s = P('%s, %s' % (core, cityname), 'ADDRESS')
        else:
            if unit:
                u = str(r.choice([r.randint(1, 12), r.randint(100, 1210)]))
                if self.fr:
                    core = r.choice(['{n}, {s}, app. {u}', '{n} {s}, app. {u}', '{u}-{n}, {s}', '{u}-{n} {s}',
                                     '{n}, {s}, bureau {u}', '{n} {s} #{u}', '{n}, {s}, logement {u}'])
                else:
                    core = r.choice(['{n} {s}, Apt. {u}', '{u}-{n} {s}', '{n} {s}, Unit {u}', '{n} {s} #{u}',
                                     'Apt {u}, {n} {s}'])
            else:
                core = r.choice(['{n}, {s}', '{n} {s}']) if self.fr else '{n} {s}'
            core = core.format(n=num, s=st, u=u if unit else '')
            if city:
                sep = r.choice([', ', ', ']) if not prose else r.choice([', ', ' à ' if self.fr else ' in '])
                if sep.strip() in ('à', 'in'):
                    s = P(core, 'ADDRESS') + sep + cityname  # city in prose is not part of the address span
                else:
                    s = P(core + sep + cityname, 'ADDRESS')
            else:
                s = P(core, 'ADDRESS')
        if city and pc:
            prov = r.choice([' (Québec) ', ' (Québec)  ', ', QC ', ' QC ', ' ']) if self.fr else r.choice([', QC ', ' QC ', ', Quebec ', ' '])
            s += prov + self.pc()
        return s

    def street_decoy(self):
        return D(self.street(), 'STREET')

    # ------------------------------------------------------------ dates
    def ymd(self, y0, y1):
        r = self.r
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        return y, m, d

    def fmt_date(self, y, m, d, style=None):
        r = self.r
        if self.fr:
            opts = ['{d} {M} {y}', '{d} {M} {y}', '{dd}/{mm}/{y}', '{y}-{mm}-{dd}', '{y}-{mm}-{dd}', '{dd}-{mm}-{y}',
                    '{d} {M} {yy}', '{dd}.{mm}.{y}', '{y}/{mm}/{dd}', '{d} {Mab}. {y}']
            M = MONTHS_FR[m - 1]
            Mab = ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'][m - 1]
            if Mab in ('mars', 'mai', 'juin', 'août'):
                Mab = M
            dd_txt = '1er' if d == 1 else str(d)
            s = r.choice(opts)
            if s == '{d} {Mab}. {y}' and Mab == M:
                s = '{d} {M} {y}'
            return s.format(d=dd_txt, M=M, Mab=Mab, y=y, yy='%02d' % (y % 100), dd='%02d' % d, mm='%02d' % m)
        opts = ['{M} {d}, {y}', '{M} {d}, {y}', '{d} {M} {y}', '{mm}/{dd}/{y}', '{y}-{mm}-{dd}', '{y}-{mm}-{dd}',
                '{Mab}. {d}, {y}', '{dd}-{Mab}-{y}', '{d}-{Mab}-{yy}', '{dd}/{mm}/{y}']
        M = MONTHS_EN[m - 1]
        return r.choice(opts).format(d=d, M=M, Mab=M[:3], y=y, yy='%02d' % (y % 100), dd='%02d' % d, mm='%02d' % m)

    def dob(self, p=None, adult=True):
        y, m, d = self.ymd(1936, 2004) if adult else self.ymd(2006, 2021)
        if p is not None:
            p.dob = (y, m, d)
        return P(self.fmt_date(y, m, d), 'DOB')

    def date(self):
        y, m, d = self.ymd(2019, 2025)
        return D(self.fmt_date(y, m, d), 'DATE')

    def date_long(self):
        """weekday + date (non-birth)"""
        y, m, d = self.ymd(2019, 2025)
        if self.fr:
            return D('%s %s %s %d' % (self.r.choice(DAYS_FR), '1er' if d == 1 else d, MONTHS_FR[m - 1], y), 'DATE')
        return D('%s, %s %d, %d' % (self.r.choice(DAYS_EN), MONTHS_EN[m - 1], d, y), 'DATE')

    def time(self):
        r = self.r
        h, mi = r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        if self.fr:
            s = r.choice(['{h} h {m:02d}', '{h}h{m:02d}', '{h}:{m:02d}', '{h} h {m:02d}']).format(h=h, m=mi)
            if mi == 0 and r.random() < 0.5:
                s = '%d h' % h
        else:
            hh = h % 12 or 12
            s = r.choice(['{hh}:{m:02d} {ap}', '{hh}:{m:02d} {AP}', '{h}:{m:02d}', '{hh}:{m:02d}{ap2}']).format(
                hh=hh, m=mi, h=h, ap='a.m.' if h < 12 else 'p.m.', AP='AM' if h < 12 else 'PM', ap2='am' if h < 12 else 'pm')
        return D(s, 'TIME')

    def year(self):
        return D(str(self.r.randint(1998, 2024)), 'YEAR')

    def amount(self):
        r = self.r
        v = r.choice([r.randint(20, 999), r.randint(1000, 25000)])
        c = r.randint(0, 99) if r.random() < 0.5 else 0
        if self.fr:
            ip = '{:,}'.format(v).replace(',', r.choice([' ', '\u00a0', ' ']))
            s = ('%s,%02d $' % (ip, c)) if c or r.random() < 0.4 else '%s $' % ip
        else:
            s = ('${:,}.{:02d}'.format(v, c)) if c or r.random() < 0.4 else '${:,}'.format(v)
        return D(s, 'AMOUNT')

    def fileno(self):
        r = self.r
        y = r.randint(2019, 2025)
        s = r.choice(['{y}-{a}', '{yy}-{b}', 'DPJ-{yy}-{b}', '{c}-{d}-{y}-{e}', 'P-{y}-{a}', '{a}-{yy}',
                      'AI-{y}-{e}', '{yy}{b}', 'OMH-{y}-{a}', 'REQ-{b}']).format(
            y=y, yy='%02d' % (y % 100), a=self.digits(4), b=self.digits(6), c=self.digits(4), d=self.digits(2),
            e=self.digits(3))
        return D(s, 'FILENO')

    def caseno(self):
        r = self.r
        return D('%s-%s-%s-%s' % (r.choice(['500', '200', '505', '540', '550', '700', '400', '450']),
                                  r.choice(['04', '17', '22', '32', '61', '80', '05']), self.digits(6),
                                  '%d%d' % (r.randint(19, 25), r.randint(0, 9)) if r.random() < 0.3 else self.digits(3)), 'CASENO')

    def law(self):
        return D(self.r.choice(LAWS_FR if self.fr else LAWS_EN), 'LAW')

    def org(self, kind=None):
        r = self.r
        tpl = r.choice(ORG_TPL)
        n = self.pool('namesake')
        if not self.fr:
            n = n.replace('-', ' ') if r.random() < 0.4 else n
            s = tpl[1].format(n=n)
            # article outside the decoy span
            if s.startswith('the '):
                return 'the ' + D(s[4:])
            return D(s)
        s = tpl[0].format(n=n)
        m = re.match(r"(l'|le |la )(.*)", s)
        return m.group(1) + D(m.group(2))

    def metro(self):
        st = self.pool('metro')
        if self.fr:
            return self.r.choice(['la station ', 'la station de métro ', 'la station ']) + D(st, 'STATION')
        return D(st + self.r.choice([' station', ' metro station', ' metro']), 'STATION')

    def employer(self):
        return D(self.pool('employer'), 'ORG')

    def wordecoy(self):
        s = self.pool('wfr' if self.fr else 'wen')
        return re.sub(r'\[(\w+)\]', lambda m: D(m.group(1), 'WORD'), s)

    def C(self, k=1, pool=None):
        pool = pool or (CONTENT_FR if self.fr else CONTENT_EN)
        return ' '.join(C(x) for x in self.r.sample(pool, k))

    # ------------------------------------------------------------ ids
    def nas(self):
        r = self.r
        d = r.choice('12345679') + self.digits(7)
        d += luhn_digit(d)
        assert luhn_ok(d)
        s = r.choice(['{a} {b} {c}', '{a} {b} {c}', '{a}-{b}-{c}', '{a}{b}{c}', '{a}.{b}.{c}']).format(a=d[:3], b=d[3:6], c=d[6:])
        return P(s, 'NAS')

    def ramq(self, p):
        r = self.r
        s = re.sub('[^A-Z]', '', strip_acc(p.sur.upper()))
        s = (s + 'XXX')[:3]
        g = re.sub('[^A-Z]', '', strip_acc(p.given.upper()))[:1] or 'X'
        if p.dob is None:
            y, m, d = self.ymd(1936, 2004)
            p.dob = (y, m, d)
        y, m, d = p.dob
        mm = m + (50 if p.g == 'f' else 0)
        core = '%s%s%02d%02d%02d%s' % (s, g, y % 100, mm, d, self.digits(2))
        f = r.choice(['{a} {b} {c}', '{a} {b} {c}', '{a}{b}{c}', '{a}-{b}-{c}', '{a} {b}{c}'])
        return P(f.format(a=core[:4], b=core[4:8], c=core[8:]), 'RAMQ')

    def licence(self, p):
        r = self.r
        s = re.sub('[^A-Z]', '', strip_acc(p.sur.upper()))[:1] or 'X'
        if p.dob is None:
            p.dob = self.ymd(1940, 2004)
        y, m, d = p.dob
        core = '%s%s%02d%02d%02d%s' % (s, self.digits(4), d, m + (50 if p.g == 'f' else 0), y % 100, self.digits(2))
        f = r.choice(['{a}-{b}-{c}', '{a}-{b}-{c}', '{a} {b} {c}', '{a}{b}{c}'])
        return P(f.format(a=core[:5], b=core[5:11], c=core[11:]), 'DRIVER_LICENCE')

    def passport(self):
        r = self.r
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        s = r.choice(['{l}{l}{d6}', '{l}{l}{d6}', '{l}{l}{d6}', '{d2}{l}{l}{d5}', '{d9}', '{l}{d8}', '{l}{l}{d7}'])
        s = re.sub(r'\{l\}', lambda _: r.choice(L), s)
        s = s.format(d6=self.digits(6), d2=self.digits(2), d5=self.digits(5), d9=r.choice('123456789') + self.digits(8),
                     d8=self.digits(8), d7=self.digits(7))
        return P(s, 'PASSPORT')

    def bank(self):
        r = self.r
        tr, inst, acc = self.digits(5), r.choice(['815', '001', '002', '003', '004', '006', '010', '016', '039', '829']), self.digits(r.choice([7, 7, 12]))
        if self.fr:
            k = r.random()
            if k < 0.4:
                return 'transit ' + P(tr, 'BANK_ACCOUNT') + ', institution ' + inst + ', folio ' + P(acc, 'BANK_ACCOUNT')
            if k < 0.7:
                return 'compte no ' + P('%s-%s-%s' % (inst, tr, acc), 'BANK_ACCOUNT')
            return 'numéro de compte ' + P('%s %s %s' % (tr, inst, acc), 'BANK_ACCOUNT')
        k = r.random()
        if k < 0.4:
            return 'transit ' + P(tr, 'BANK_ACCOUNT') + ', institution ' + inst + ', account ' + P(acc, 'BANK_ACCOUNT')
        if k < 0.7:
            return 'account no. ' + P('%s-%s-%s' % (inst, tr, acc), 'BANK_ACCOUNT')
        return 'bank account ' + P('%s %s' % (tr, acc), 'BANK_ACCOUNT')

    def card(self):
        r = self.r
        pre = r.choice(['4', '4', '51', '52', '53', '54', '55', '37', '34'])
        ln = 15 if pre in ('37', '34') else 16
        d = pre + self.digits(ln - len(pre) - 1)
        d += luhn_digit(d)
        assert luhn_ok(d)
        if ln == 15:
            s = '%s %s %s' % (d[:4], d[4:10], d[10:])
        else:
            s = r.choice(['{a} {b} {c} {e}', '{a}-{b}-{c}-{e}', '{a}{b}{c}{e}', '{a} {b} {c} {e}']).format(
                a=d[:4], b=d[4:8], c=d[8:12], e=d[12:])
        return P(s, 'CREDIT_CARD')

    def plate(self):
        r = self.r
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        s = r.choice(['{L}{L}{L} {d3}', '{d3} {L}{L}{L}', '{L}{d2} {L}{L}{L}', '{L}{L}{L}{d3}', 'F{L}{L} {d4}'])
        s = re.sub(r'\{L\}', lambda _: r.choice(L), s)
        return P(s.format(d3=self.digits(3), d2=self.digits(2), d4=self.digits(4)), 'PLATE')

# ================================================================ families
def sigblock(g, p, role=None, phone=True, email=True, em=None):
    r = g.r
    role = role or r.choice(['Travailleuse sociale' if p.g == 'f' else 'Travailleur social', 'Agente de relations humaines' if p.g == 'f' else 'Agent de relations humaines',
                             'Intervenante' if p.g == 'f' else 'Intervenant', 'Technicienne en éducation spécialisée' if p.g == 'f' else 'Technicien en éducation spécialisée',
                             'Conseillère en accès à l\'information' if p.g == 'f' else 'Conseiller en accès à l\'information']) if g.fr else \
        r.choice(['Social Worker', 'Case Manager', 'Community Worker', 'Access to Information Officer', 'Clinical Coordinator'])
    lines = [g.n(p, r.choice(['full', 'full', 'caps'])) + r.choice(['', ', T.S.', ', M.Serv.Soc.', ', B.Sc.']) if g.fr else
             g.n(p, 'full') + r.choice(['', ', MSW', ', B.S.W.', ''])]
    lines.append(role)
    lines.append(g.body[0] if g.fr else g.body[1])
    if phone:
        lines.append(r.choice(['Tél. : ', 'T ', 'Téléphone : ', 'Tél. ']) if g.fr else r.choice(['Tel.: ', 'Phone: ', 'T: ', 'Office: ']))
        lines[-1] += g.phone(False) + g.ext()
        if r.random() < 0.3:
            lines.append((r.choice(['Cell. : ', 'Cellulaire : ']) if g.fr else r.choice(['Cell: ', 'Mobile: '])) + g.phone(False))
    if email:
        lines.append((r.choice(['', 'Courriel : ']) if g.fr else r.choice(['', 'Email: '])) + (em or g.email(p, staff=True)))
    if r.random() < 0.3:
        lines.append(('Sans frais : ' if g.fr else 'Toll-free: ') + g.tollfree())
    return '\n'.join(lines)


def fam_casenote(g):
    r = g.r
    cl, st = g.person(), g.person()
    rel = g.person()
    v = r.randint(0, 2)
    if g.fr:
        head = r.choice(['NOTE ÉVOLUTIVE', 'Note évolutive', 'NOTE AU DOSSIER', 'Note de suivi psychosocial'])
        L = [head + ' — ' + g.body[0]]
        L.append('Usager : ' + g.n(cl, r.choice(['caps', 'rev', 'full'])) + '   DDN : ' + g.dob(cl))
        if r.random() < 0.5:
            L.append('No RAMQ : ' + g.ramq(cl))
        L.append('Dossier : ' + g.fileno() + '   Date : ' + g.date() + ', ' + g.time())
        L.append('Intervenant(e) : ' + g.n(st, 'full'))
        L.append('')
        if v == 0:
            L.append(g.C(1) + ' Rencontre à domicile avec ' + g.n(cl, 'tsur') + ' au ' + g.addr(prose=True) + '. ' +
                     g.n(cl, 'given') + ' mentionne que ' + (r.choice(['sa sœur', 'sa voisine', 'sa conjointe', 'sa fille']) if rel.g == 'f' else r.choice(['son frère', 'son fils', 'son voisin', 'son conjoint'])) + ', ' +
                     g.n(rel, 'full') + ', passe ' + ('la' if cl.g == 'f' else 'le') + ' voir ' + r.choice(['chaque semaine', 'tous les jours', 'de temps en temps']) + '. ' + g.C(1))
            L.append(g.wordecoy() + ' ' + g.C(1))
            L.append('Personne-ressource : ' + g.n(rel, 'tsur') + ', ' + g.phone() + '.')
        elif v == 1:
            L.append('S : ' + g.n(cl, 'given') + ' dit : « ' + r.choice(['je suis fatiguée de me battre', 'ça va mieux depuis que je prends mes médicaments', 'je veux juste qu\'on me laisse tranquille']) + ' ». ' + g.C(1))
            L.append('O : ' + g.C(1) + ' Présence de ' + g.n(rel, 'full') + ' (' + (r.choice(['fille', 'amie', 'cousine']) if rel.g == 'f' else r.choice(['fils', 'ami', 'cousin'])) + ').')
            L.append('A : ' + g.C(1))
            L.append('P : Référence vers ' + g.org() + '. Prochain rendez-vous le ' + g.date() + ' à ' + g.time() + '. ' + g.C(1))
        else:
            L.append('Appel de ' + g.n(rel, 'tfull') + ' au ' + g.phone() + ', qui s\'inquiète pour ' + g.n(cl, 'tsur') + '. ' + g.C(2))
            L.append('Suivi : ' + g.n(cl, 'sur') + ' rencontré(e) à ' + g.org() + ' à ' + g.time() + '. ' + g.C(1) + ' Montant de l\'aide accordée : ' + g.amount() + '.')
            L.append('Réf. : ' + g.law() + '.')
        L.append('')
        L.append(g.n(st, r.choice(['full', 'caps'])) + ', ' + r.choice(['T.S.', 'ARH', 'intervenante' if st.g == 'f' else 'intervenant', 'éducatrice' if st.g == 'f' else 'éducateur']))
    else:
        L = [r.choice(['PROGRESS NOTE', 'Progress note', 'CASE NOTE', 'Clinical note']) + ' - ' + g.body[1]]
        L.append('Client: ' + g.n(cl, r.choice(['caps', 'rev', 'full'])) + '    DOB: ' + g.dob(cl))
        if r.random() < 0.5:
            L.append('Medicare (RAMQ): ' + g.ramq(cl))
        L.append('File: ' + g.fileno() + '    Date: ' + g.date() + ' ' + g.time())
        L.append('Worker: ' + g.n(st, 'full'))
        L.append('')
        if v == 0:
            L.append(g.C(1) + ' Home visit with ' + g.n(cl, 'tsur') + ' at ' + g.addr(prose=True) + '. ' + g.n(cl, 'given') +
                     ' mentions that ' + r.choice(['a sister' if rel.g == 'f' else 'a brother', 'a neighbour', 'a friend']) + ', ' + g.n(rel, 'full') +
                     ', drops by ' + r.choice(['every week', 'daily', 'now and then']) + '. ' + g.C(1))
            L.append(g.wordecoy() + ' ' + g.C(1))
            L.append('Contact person: ' + g.n(rel, 'tsur') + ', ' + g.phone() + '.')
        elif v == 1:
            L.append('S: ' + g.n(cl, 'given') + ' states: "' + r.choice(['I am tired of fighting', 'things are better since I take my meds', 'I just want to be left alone']) + '." ' + g.C(1))
            L.append('O: ' + g.C(1) + ' ' + g.n(rel, 'full') + ' (' + r.choice(['daughter', 'son', 'friend', 'cousin']) + ') was present.')
            L.append('A: ' + g.C(1))
            L.append('P: Referral to ' + g.org() + '. Next appointment ' + g.date() + ' at ' + g.time() + '. ' + g.C(1))
        else:
            L.append('Call from ' + g.n(rel, 'tfull') + ' at ' + g.phone() + ', worried about ' + g.n(cl, 'tsur') + '. ' + g.C(2))
            L.append('Follow-up: met ' + g.n(cl, 'sur') + ' at ' + g.org() + ' at ' + g.time() + '. ' + g.C(1) + ' Amount granted: ' + g.amount() + '.')
            L.append('Ref.: ' + g.law() + '.')
        L.append('')
        L.append(g.n(st, 'full') + ', ' + r.choice(['MSW', 'case manager', 'social worker']))
    return '\n'.join(L)


def fam_email(g):
    r = g.r
    a, b, cl = g.person(), g.person(), g.person()
    ext = r.random() < 0.5  # a is a citizen
    ea = g.email(a, staff=not ext)
    eb = g.email(b, staff=True)
    fn = g.fileno()
    if g.fr:
        H = ['De : ' + g.n(a, 'full') + ' <' + ea + '>',
             'Envoyé : ' + g.date_long() + ' ' + g.time(),
             'À : ' + g.n(b, r.choice(['full', 'rev'])) + ' <' + eb + '>']
        if r.random() < 0.4:
            c = g.person()
            H.append('Cc : ' + g.email(c, staff=True))
        H.append('Objet : ' + r.choice(['RE: ', 'TR: ', 'RE : RE: ', '']) + r.choice(['Dossier ', 'Suivi dossier ', 'Demande no ']) + fn)
        body = ['', 'Bonjour ' + g.n(b, r.choice(['given', 'tsur'])) + ',', '']
        if ext:
            body.append('Je fais suite à votre message. ' + r.choice(['Mon fils', 'Ma mère', 'Mon père', 'Ma fille']) + ', ' + g.n(cl, 'full') +
                        ', n\'a toujours pas reçu de réponse. ' + g.C(1))
            body.append('Vous pouvez me joindre au ' + g.phone() + ' ou à mon nouvel adresse : ' + g.addr() + '.')
            if r.random() < 0.4:
                body.append('Pour référence, son numéro d\'assurance sociale est le ' + g.nas() + '.')
            body.append('')
            body.append(r.choice(['Merci de votre aide,', 'Cordialement,', 'Bonne journée,', 'Merci']))
            body.append(g.n(a, r.choice(['full', 'given'])))
        else:
            body.append('Comme convenu, je te transmets les informations concernant ' + g.n(cl, 'tfull') + ' (DDN ' + g.dob(cl) + '). ' + g.C(1))
            body.append(g.n(cl, 'given') + ' demeure maintenant au ' + g.addr(prose=True) + '. ' + g.C(1))
            body.append('La rencontre est prévue le ' + g.date() + ' à ' + g.time() + ' à ' + g.org() + '.')
            body.append('')
            body.append(r.choice(['Merci!', 'Bonne fin de journée', 'Au plaisir,']))
            body.append('')
            body.append(sigblock(g, a, em=ea))
        qd = r.choice(['-----Message d\'origine-----', '', '________________________________'])
        Q = []
        if qd:
            Q.append(qd)
            Q.append('De : ' + g.n(b, 'full') + ' <' + eb + '>')
            Q.append('Envoyé : ' + g.date() + ' ' + g.time())
            Q.append('Objet : ' + fn)
            Q.append('')
            quote = ''
        else:
            Q.append('Le ' + g.date_long() + ' à ' + g.time() + ', ' + g.n(b, 'full') + ' <' + eb + '> a écrit :')
            quote = '> '
        qb = ['Bonjour ' + g.n(a, r.choice(['given', 'tsur', 'tfull'])) + ',', '', g.C(1) + ' Pourriez-vous me confirmer l\'adresse et le numéro de téléphone ' +
              r.choice(['de la personne?', 'du parent?']) + ' ' + g.C(1), '', 'Merci,', g.n(b, 'given')]
        Q += [quote + l if quote else l for l in qb]
        return '\n'.join(H + body + [''] + Q)
    H = ['From: ' + g.n(a, 'full') + ' <' + ea + '>',
         'Sent: ' + g.date_long() + ' ' + g.time(),
         'To: ' + g.n(b, r.choice(['full', 'rev'])) + ' <' + eb + '>']
    if r.random() < 0.4:
        c = g.person()
        H.append('Cc: ' + g.n(c, 'full') + ' <' + g.email(c, staff=True) + '>')
    H.append('Subject: ' + r.choice(['RE: ', 'FW: ', 'Re: Re: ', '']) + r.choice(['File ', 'Follow-up on file ', 'Request # ']) + fn)
    body = ['', r.choice(['Hi ', 'Hello ', 'Good morning ', 'Dear ']) + g.n(b, r.choice(['given', 'tsur'])) + ',', '']
    if ext:
        body.append('Following up on your message. ' + r.choice(['My son', 'My mother', 'My father', 'My daughter']) + ', ' + g.n(cl, 'full') +
                    ', still has not received an answer. ' + g.C(1))
        body.append('You can reach me at ' + g.phone() + ' or at my new address: ' + g.addr() + '.')
        if r.random() < 0.4:
            body.append('For reference, his SIN is ' + g.nas() + '.')
        body.append('')
        body.append(r.choice(['Thanks for your help,', 'Regards,', 'Best,', 'Thank you']))
        body.append(g.n(a, r.choice(['full', 'given'])))
    else:
        body.append('As discussed, here is the information about ' + g.n(cl, 'tfull') + ' (DOB ' + g.dob(cl) + '). ' + g.C(1))
        body.append(g.n(cl, 'given') + ' now lives at ' + g.addr(prose=True) + '. ' + g.C(1))
        body.append('The meeting is scheduled for ' + g.date() + ' at ' + g.time() + ' at ' + g.org() + '.')
        body.append('')
        body.append(r.choice(['Thanks!', 'Have a good day', 'Cheers,']))
        body.append('')
        body.append(sigblock(g, a, em=ea))
    if r.random() < 0.5:
        Q = ['-----Original Message-----', 'From: ' + g.n(b, 'full') + ' <' + eb + '>', 'Sent: ' + g.date() + ' ' + g.time(), 'Subject: ' + fn, '']
        quote = ''
    else:
        Q = ['On ' + g.date_long() + ' at ' + g.time() + ', ' + g.n(b, 'full') + ' <' + eb + '> wrote:']
        quote = '> '
    qb = [r.choice(['Hi ', 'Hello ']) + g.n(a, r.choice(['given', 'tsur', 'tfull'])) + ',', '', g.C(1) + ' Could you confirm the address and phone number of ' +
          r.choice(['the client?', 'the parent?']) + ' ' + g.C(1), '', 'Thanks,', g.n(b, 'given')]
    Q += [quote + l if quote else l for l in qb]
    return '\n'.join(H + body + [''] + Q)


def fam_call(g):
    r = g.r
    c, ag, pt = g.person(), g.person(), g.person()
    named = r.random() < 0.5
    if g.fr:
        A = g.n(ag, 'upgiven') if named else 'PRÉPOSÉE'
        B = g.n(c, r.choice(['upgiven', 'caps'])) if named else 'APPELANT'
        L = [r.choice(['TRANSCRIPTION D\'APPEL', 'Transcription — appel entrant', 'Appel téléphonique (transcription)']) + ' — ' + g.date() + ', ' + g.time(),
             'Ligne : ' + g.tollfree() + '   Numéro de l\'appelant : ' + g.phone(), '']
        L.append(A + ' : Bonjour, ' + g.body[0] + ', vous parlez à ' + g.n(ag, 'given') + ', comment puis-je vous aider?')
        L.append(B + ' : Oui bonjour, mon nom c\'est ' + g.n(c, r.choice(['full', 'full', 'lowfull'])) + ', j\'appelle pour ' +
                 r.choice(['ma mère', 'mon père', 'mon frère', 'ma tante']) + ', ' + g.n(pt, 'tfull') + '.')
        L.append(A + ' : D\'accord. Pouvez-vous me donner sa date de naissance?')
        L.append(B + ' : Euh… le ' + g.dob(pt) + ', je pense.')
        if r.random() < 0.6:
            L.append(A + ' : Et son numéro d\'assurance maladie?')
            L.append(B + ' : Attendez… ' + g.ramq(pt) + '.')
        L.append(A + ' : Merci. Qu\'est-ce qui se passe avec ' + g.n(pt, r.choice(['tsur', 'given'])) + '?')
        L.append(B + ' : ' + r.choice(['Ben elle est tombée encore', 'Il ne mange plus', 'Elle veut plus sortir de chez elle']) + ', pis ' + g.C(1))
        L.append(A + ' : Je comprends. ' + g.C(1) + ' Est-ce qu\'elle habite toujours au ' + g.addr(city=False) + '?')
        L.append(B + ' : Non, elle a déménagé au ' + g.addr(prose=True) + ', ' + r.choice(['près de ', 'en face de ', 'à côté de ']) + g.org() + '.')
        L.append(A + ' : Parfait. Une intervenante va vous rappeler au ' + g.phone() + ' d\'ici ' + r.choice(['48 heures', 'la fin de la semaine', 'demain']) + '.')
        L.append(B + ' : Merci beaucoup madame.')
        L.append('')
        L.append('Fin de l\'appel : ' + g.time() + '. Durée : ' + str(r.randint(3, 25)) + ' min.')
    else:
        A = g.n(ag, 'upgiven') if named else 'AGENT'
        B = g.n(c, r.choice(['upgiven', 'caps'])) if named else 'CALLER'
        L = [r.choice(['CALL TRANSCRIPT', 'Transcript - incoming call', 'Phone call (transcription)']) + ' - ' + g.date() + ', ' + g.time(),
             'Line: ' + g.tollfree() + '   Caller ID: ' + g.phone(), '']
        L.append(A + ': Hello, ' + g.body[1] + ', this is ' + g.n(ag, 'given') + ' speaking, how can I help you?')
        L.append(B + ': Yes hi, my name is ' + g.n(c, r.choice(['full', 'full', 'lowfull'])) + ', I\'m calling about ' +
                 r.choice(['my mother', 'my father', 'my brother', 'my aunt']) + ', ' + g.n(pt, 'tfull') + '.')
        L.append(A + ': Okay. Can you give me the date of birth?')
        L.append(B + ': Uh... ' + g.dob(pt) + ', I think.')
        if r.random() < 0.6:
            L.append(A + ': And the health insurance number?')
            L.append(B + ': Hold on... ' + g.ramq(pt) + '.')
        L.append(A + ': Thank you. What is going on with ' + g.n(pt, r.choice(['tsur', 'given'])) + '?')
        L.append(B + ': ' + r.choice(['Well she fell again', 'He stopped eating', 'She won\'t leave the house anymore']) + ', and ' + g.C(1))
        L.append(A + ': I understand. ' + g.C(1) + ' Is the address still ' + g.addr(city=False) + '?')
        L.append(B + ': No, they moved to ' + g.addr(prose=True) + ', ' + r.choice(['near ', 'across from ', 'next to ']) + g.org() + '.')
        L.append(A + ': Perfect. A worker will call you back at ' + g.phone() + ' within ' + r.choice(['48 hours', 'the week', 'a day']) + '.')
        L.append(B + ': Thanks a lot.')
        L.append('')
        L.append('Call ended: ' + g.time() + '. Duration: ' + str(r.randint(3, 25)) + ' min.')
    return '\n'.join(L)


def fam_voicemail(g):
    r = g.r
    c, st, other = g.person(), g.person(), g.person()
    low = r.random() < 0.5  # speech-to-text style, lower case, no punctuation
    if g.fr:
        head = r.choice(['Message vocal', 'Transcription de la boîte vocale', 'Nouveau message vocal']) + ' — reçu le ' + g.date() + ' à ' + g.time() + '\nDe : ' + g.phone() + '\nPour : ' + g.n(st, 'full') + '\n\n'
        if low:
            body = ('oui bonjour c\'est ' + g.n(c, 'lowfull') + ' je vous appelle par rapport au dossier de ' + g.n(other, 'lower') +
                    ' euh vous pouvez me rappeler au ' + g.phone(False) + ' je suis là après ' + g.time() + ' sinon mon adresse c\'est le ' +
                    g.addr(city=False) + ' ok merci bye')
        else:
            body = ('« Oui, bonjour ' + g.n(st, r.choice(['tsur', 'given'])) + ', c\'est ' + g.n(c, 'full') + '. Je vous appelle concernant ' +
                    g.n(other, 'tfull') + '. ' + g.C(1) + ' Vous pouvez me rappeler au ' + g.phone() + '. Sinon, écrivez-moi à ' + g.email(c) +
                    '. Merci, bonne journée. »')
        tail = '\n\n' + r.choice(['(Transcription automatique — peut contenir des erreurs.)', 'Durée : 0:%02d' % r.randint(10, 59), 'Rappel fait le ' ]) 
        if tail.endswith('le '):
            tail += g.date() + ' par ' + g.n(st, 'given') + '.'
        return head + body + tail
    head = r.choice(['Voicemail', 'Voicemail transcription', 'New voice message']) + ' - received ' + g.date() + ' at ' + g.time() + '\nFrom: ' + g.phone() + '\nTo: ' + g.n(st, 'full') + '\n\n'
    if low:
        body = ('hi this is ' + g.n(c, 'lowfull') + ' calling about ' + g.n(other, 'lower') + ' um you can call me back at ' + g.phone(False) +
                ' i\'m home after ' + g.time() + ' otherwise my address is ' + g.addr(city=False) + ' okay thanks bye')
    else:
        body = ('"Hi ' + g.n(st, r.choice(['tsur', 'given'])) + ', it\'s ' + g.n(c, 'full') + '. I\'m calling about ' + g.n(other, 'tfull') + '. ' +
                g.C(1) + ' Please call me back at ' + g.phone() + ', or e-mail me at ' + g.email(c) + '. Thanks, bye."')
    tail = '\n\n' + r.choice(['(Automatic transcription - may contain errors.)', 'Length: 0:%02d' % r.randint(10, 59), 'Called back on '])
    if tail.endswith('on '):
        tail += g.date() + ' by ' + g.n(st, 'given') + '.'
    return head + body + tail


def fam_minutes(g):
    r = g.r
    ppl = [g.person() for _ in range(r.randint(3, 6))]
    ab = g.person()
    cl = g.person()
    if g.fr:
        L = [r.choice(['PROCÈS-VERBAL', 'Compte rendu', 'PROCÈS-VERBAL DE LA RENCONTRE']) + ' — ' + r.choice(['Comité clinique', 'Comité de gestion des plaintes', 'Table de concertation jeunesse', 'Conseil d\'établissement']),
             'Tenue le ' + g.date_long() + ' à ' + g.time() + ', ' + r.choice(['salle 2.14', 'par Teams', 'salle du conseil']) + ', ' + g.org(), '']
        L.append('Présences :')
        bul = r.choice(['- ', '• ', '   '])
        for p in ppl:
            L.append(bul + g.n(p, r.choice(['full', 'full', 'rev', 'tfull'])) + r.choice([', présidente', ', secrétaire', ', T.S.', ', chef de service', ', représentant des usagers', '', ', infirmière', ', psychoéducateur']))
        L.append('Absence motivée : ' + g.n(ab, r.choice(['full', 'tfull'])))
        L.append('')
        L.append('1. Ouverture — ' + g.n(ppl[0], 'tsur') + ' ouvre la séance à ' + g.time() + '.')
        L.append('2. Adoption de l\'ordre du jour — proposée par ' + g.n(ppl[1], r.choice(['full', 'tsur'])) + ', appuyée par ' + g.n(ppl[2], r.choice(['given', 'full'])) + '. Adoptée.')
        L.append('3. Dossier ' + g.fileno() + ' — ' + g.n(ppl[-1], 'sur') + ' présente la situation de ' + g.n(cl, r.choice(['tfull', 'full'])) + '. ' + g.C(2))
        L.append('   ' + g.n(ppl[1], 'given') + ' rappelle que ' + g.law() + ' s\'applique. ' + g.C(1))
        L.append('4. Budget — un montant de ' + g.amount() + ' est réservé pour l\'année ' + g.year() + '.')
        L.append('5. Varia — ' + g.wordecoy())
        L.append('Levée de la séance à ' + g.time() + '. Prochaine rencontre : ' + g.date() + '.')
        L.append('')
        L.append('Secrétaire : ' + g.n(ppl[1], r.choice(['full', 'caps'])))
    else:
        L = [r.choice(['MINUTES', 'Meeting minutes', 'MINUTES OF THE MEETING']) + ' - ' + r.choice(['Clinical committee', 'Complaints committee', 'Youth round table', 'Governing board']),
             'Held on ' + g.date_long() + ' at ' + g.time() + ', ' + r.choice(['room 2.14', 'on Teams', 'board room']) + ', ' + g.org(), '']
        L.append('Present:')
        bul = r.choice(['- ', '* ', '   '])
        for p in ppl:
            L.append(bul + g.n(p, r.choice(['full', 'full', 'rev', 'tfull'])) + r.choice([', chair', ', secretary', ', MSW', ', program manager', ', users\' representative', '', ', nurse', ', psychoeducator']))
        L.append('Regrets: ' + g.n(ab, r.choice(['full', 'tfull'])))
        L.append('')
        L.append('1. Opening - ' + g.n(ppl[0], 'tsur') + ' called the meeting to order at ' + g.time() + '.')
        L.append('2. Agenda - moved by ' + g.n(ppl[1], r.choice(['full', 'tsur'])) + ', seconded by ' + g.n(ppl[2], r.choice(['given', 'full'])) + '. Carried.')
        L.append('3. File ' + g.fileno() + ' - ' + g.n(ppl[-1], 'sur') + ' presented the situation of ' + g.n(cl, r.choice(['tfull', 'full'])) + '. ' + g.C(2))
        L.append('   ' + g.n(ppl[1], 'given') + ' reminded members that ' + g.law() + ' applies. ' + g.C(1))
        L.append('4. Budget - an amount of ' + g.amount() + ' is set aside for ' + g.year() + '.')
        L.append('5. Other business - ' + g.wordecoy())
        L.append('Adjourned at ' + g.time() + '. Next meeting: ' + g.date() + '.')
        L.append('')
        L.append('Secretary: ' + g.n(ppl[1], r.choice(['full', 'caps'])))
    return '\n'.join(L)


def fam_complaint(g):
    r = g.r
    c, emp, boss = g.person(), g.person(), g.person()
    if g.fr:
        L = [r.choice(['Objet : Plainte', 'PLAINTE', 'Objet : plainte concernant le service reçu']) + ' — ' + g.fileno(), '',
             r.choice(['Madame, Monsieur,', 'Bonjour,', 'À qui de droit,']), '']
        L.append('Je m\'appelle ' + g.n(c, 'full') + ' et je demeure au ' + g.addr(prose=True) + '. Le ' + g.date() + ', vers ' + g.time() +
                 ', je me suis présenté' + ('e' if c.g == 'f' else '') + ' à ' + g.org() + ' pour ' + r.choice(['un rendez-vous', 'déposer des documents', 'accompagner mon fils']) + '.')
        L.append('L\'employé' + ('e' if emp.g == 'f' else '') + ' à l\'accueil, ' + g.n(emp, r.choice(['tfull', 'full', 'given'])) + ' selon son insigne, ' +
                 r.choice(['a refusé de me servir', 'a haussé le ton', 'a divulgué mes informations devant d\'autres personnes']) + '. ' + g.C(1))
        L.append('J\'ai demandé à parler au superviseur, ' + g.n(boss, 'tsur') + ', mais on m\'a dit qu\'' + ('elle' if boss.g == 'f' else 'il') + ' était absent' + ('e' if boss.g == 'f' else '') + '. ' + g.C(1))
        L.append('Je demande une réponse écrite conformément à ' + g.law() + '. J\'ai dû payer ' + g.amount() + ' en frais de stationnement et de taxi.')
        L.append('Vous pouvez me joindre au ' + g.phone() + ' ou par courriel : ' + g.email(c) + '.')
        L.append('')
        L.append(r.choice(['Merci de votre attention.', 'Salutations.', 'Veuillez agréer mes salutations distinguées.']))
        L.append(g.n(c, r.choice(['full', 'caps'])))
    else:
        L = [r.choice(['Re: Complaint', 'COMPLAINT', 'Subject: complaint about service received']) + ' - ' + g.fileno(), '',
             r.choice(['Dear Sir or Madam,', 'Hello,', 'To whom it may concern,']), '']
        L.append('My name is ' + g.n(c, 'full') + ' and I live at ' + g.addr(prose=True) + '. On ' + g.date() + ', around ' + g.time() +
                 ', I went to ' + g.org() + ' for ' + r.choice(['an appointment', 'to drop off documents', 'to accompany my son']) + '.')
        L.append('The clerk at the front desk, ' + g.n(emp, r.choice(['tfull', 'full', 'given'])) + ' according to the name tag, ' +
                 r.choice(['refused to serve me', 'raised his voice' if emp.g == 'm' else 'raised her voice', 'disclosed my information in front of other people']) + '. ' + g.C(1))
        L.append('I asked to speak with the supervisor, ' + g.n(boss, 'tsur') + ', but was told ' + ('she' if boss.g == 'f' else 'he') + ' was away. ' + g.C(1))
        L.append('I request a written answer in accordance with ' + g.law() + '. I had to pay ' + g.amount() + ' in parking and taxi fees.')
        L.append('You can reach me at ' + g.phone() + ' or by e-mail: ' + g.email(c) + '.')
        L.append('')
        L.append(r.choice(['Thank you for your attention.', 'Regards,', 'Sincerely,']))
        L.append(g.n(c, r.choice(['full', 'caps'])))
    return '\n'.join(L)


def fam_incident(g):
    r = g.r
    a, b, w, ag = g.person(), g.person(), g.person(), g.person()
    if g.fr:
        L = ['RAPPORT D\'INCIDENT no ' + g.fileno(), 'Date et heure : ' + g.date() + ', ' + g.time(),
             'Lieu : ' + g.org() + (', ' + g.street_decoy() if r.random() < 0.5 else '') + (' (près de ' + g.metro() + ')' if r.random() < 0.4 else ''), '',
             'Personnes impliquées :']
        L.append('1) ' + g.n(a, 'caps') + ', né' + ('e' if a.g == 'f' else '') + ' le ' + g.dob(a) + ', ' + g.addr() + ', tél. ' + g.phone())
        L.append('2) ' + g.n(b, r.choice(['caps', 'full'])) + (', permis de conduire ' + g.licence(b) if r.random() < 0.5 else ', DDN ' + g.dob(b)))
        L.append('')
        L.append('Description : ' + g.C(1) + ' Selon ' + g.n(w, 'tfull') + ', témoin, ' + g.n(a, 'tsur') + ' aurait ' +
                 r.choice(['bousculé', 'menacé', 'insulté']) + ' ' + g.n(b, r.choice(['given', 'tsur'])) + ' dans le corridor. ' + g.C(1))
        if r.random() < 0.5:
            L.append('Véhicule en cause : ' + r.choice(['Honda Civic grise', 'camionnette blanche', 'Toyota RAV4 noire']) + ', plaque ' + g.plate() + '.')
        L.append('Le ' + r.choice(['911', 'service de sécurité']) + ' a été appelé à ' + g.time() + '. ' + g.wordecoy())
        L.append('Témoin joignable au ' + g.phone() + '.')
        L.append('')
        L.append('Rédigé par : ' + r.choice(['agent', 'agente', 'préposé']) + ' ' + g.n(ag, r.choice(['sur', 'full'])) + ', ' + g.date())
    else:
        L = ['INCIDENT REPORT # ' + g.fileno(), 'Date and time: ' + g.date() + ', ' + g.time(),
             'Location: ' + g.org() + (', ' + g.street_decoy() if r.random() < 0.5 else '') + (' (near ' + g.metro() + ')' if r.random() < 0.4 else ''), '',
             'Persons involved:']
        L.append('1) ' + g.n(a, 'caps') + ', born ' + g.dob(a) + ', ' + g.addr() + ', tel. ' + g.phone())
        L.append('2) ' + g.n(b, r.choice(['caps', 'full'])) + (', driver\'s licence ' + g.licence(b) if r.random() < 0.5 else ', DOB ' + g.dob(b)))
        L.append('')
        L.append('Description: ' + g.C(1) + ' According to ' + g.n(w, 'tfull') + ', a witness, ' + g.n(a, 'tsur') + ' allegedly ' +
                 r.choice(['pushed', 'threatened', 'insulted']) + ' ' + g.n(b, r.choice(['given', 'tsur'])) + ' in the hallway. ' + g.C(1))
        if r.random() < 0.5:
            L.append('Vehicle involved: ' + r.choice(['grey Honda Civic', 'white van', 'black Toyota RAV4']) + ', plate ' + g.plate() + '.')
        L.append(r.choice(['911', 'Security']) + ' was called at ' + g.time() + '. ' + g.wordecoy())
        L.append('Witness can be reached at ' + g.phone() + '.')
        L.append('')
        L.append('Written by: ' + r.choice(['officer', 'guard', 'attendant']) + ' ' + g.n(ag, r.choice(['sur', 'full'])) + ', ' + g.date())
    return '\n'.join(L)


def fam_sms(g):
    r = g.r
    a, b, kid = g.person(), g.person(), g.person()
    y, m, d = g.ymd(2021, 2025)
    tsf = r.choice(['%(Y)04d-%(M)02d-%(D)02d %(h)02d:%(mi)02d', '%(D)02d/%(M)02d/%(Y)04d %(h)02d:%(mi)02d', '%(h)02d:%(mi)02d',
                    '%(Y)04d-%(M)02d-%(D)02d, %(h)d:%(mi)02d'])
    clock = [r.randint(7 * 60, 15 * 60)]
    def ts():
        clock[0] += r.randint(1, 25)
        h, mi = divmod(min(clock[0], 23 * 60 + 59), 60)
        return D(tsf % {'Y': y, 'M': m, 'D': d, 'h': h, 'mi': mi}, 'TIME' if tsf.startswith('%(h)') else 'DATE')
    na = g.n(a, r.choice(['full', 'given']))
    nb = g.n(b, r.choice(['full', 'given']))
    style = r.choice(['[{t}] {n}: {m}', '{t} - {n} : {m}', '{n} ({t}): {m}'])
    def line(who, msg):
        return style.format(t=ts(), n=who, m=msg)
    if g.fr:
        L = [r.choice(['Export de conversation', 'Échange de textos', 'Conversation SMS']) + ' — ' + g.phone(False) + ' / ' + g.phone(False), '']
        L.append(line(na, 'allo c\'est tu vous qui s\'occupe du dossier de ' + g.n(kid, 'lower') + ' ?'))
        L.append(line(nb, 'Bonjour, oui c\'est moi. ' + g.C(1)))
        L.append(line(na, 'ok pcq son pere ' + g.n(g.person(g='m'), 'lower') + ' veut pu le ramener le dimanche'))
        L.append(line(na, 'jpeux tu vous appeler demain? mon num c ' + g.phone(False)))
        L.append(line(nb, 'Oui, demain à ' + g.time() + '. Vous êtes toujours au ' + g.addr(city=False) + '?'))
        L.append(line(na, 'non jsuis chez ma soeur ' + g.n(g.person(g='f'), r.choice(['lower', 'given'])) + ' pour l\'instant'))
        L.append(line(nb, 'D\'accord merci ' + g.n(a, 'given') + '. ' + g.C(1)))
        if r.random() < 0.5:
            L.append(line(na, 'jvous envoi sa carte soleil: ' + g.ramq(kid)))
        L.append(line(na, 'merci bonne soiree'))
    else:
        L = [r.choice(['Chat export', 'Text message thread', 'SMS conversation']) + ' - ' + g.phone(False) + ' / ' + g.phone(False), '']
        L.append(line(na, 'hey are u the one handling ' + g.n(kid, 'lower') + '\'s file?'))
        L.append(line(nb, 'Hi, yes that\'s me. ' + g.C(1)))
        L.append(line(na, 'ok cause his dad ' + g.n(g.person(g='m'), 'lower') + ' doesnt want to bring him back on sundays anymore'))
        L.append(line(na, 'can i call u tmrw? my number is ' + g.phone(False)))
        L.append(line(nb, 'Yes, tomorrow at ' + g.time() + '. Are you still at ' + g.addr(city=False) + '?'))
        L.append(line(na, 'no im staying at my sister ' + g.n(g.person(g='f'), r.choice(['lower', 'given'])) + '\'s for now'))
        L.append(line(nb, 'Ok thanks ' + g.n(a, 'given') + '. ' + g.C(1)))
        if r.random() < 0.5:
            L.append(line(na, 'heres his medicare card: ' + g.ramq(kid)))
        L.append(line(na, 'thx good night'))
    return '\n'.join(L)


def fam_interview(g):
    r = g.r
    iv, it, ot = g.person(), g.person(), g.person()
    if g.fr:
        L = [r.choice(['ENTREVUE', 'Transcription d\'entrevue', 'Entrevue d\'évaluation']) + ' — ' + g.date() + ', ' + g.time(),
             'Intervieweur : ' + g.n(iv, 'full') + '   Personne rencontrée : ' + g.n(it, r.choice(['full', 'caps'])), '']
        Q = [('Pouvez-vous vous nommer pour l\'enregistrement?', g.n(it, 'full') + '.'),
             ('Votre date de naissance?', 'Le ' + g.dob(it) + '.'),
             ('Votre adresse actuelle?', g.addr() + '.'),
             ('Un numéro où vous joindre?', r.choice(['Mon cell, ', 'C\'est le ', '']) + g.phone() + '.'),
             ('Qui habite avec vous?', 'Mon ' + r.choice(['chum', 'coloc', 'frère']) + ', ' + g.n(ot, r.choice(['full', 'given'])) + '. ' + g.C(1)),
             ('Que s\'est-il passé ce soir-là?', g.C(2)),
             ('Avez-vous un emploi?', 'Oui, chez ' + g.employer() + ' depuis ' + g.year() + '.'),
             ('Autre chose à ajouter?', 'Non. ' + g.wordecoy())]
        if r.random() < 0.4:
            Q.insert(3, ('Votre numéro d\'assurance sociale, pour le formulaire?', g.nas() + '.'))
        qa = r.choice([('Q : ', 'R : '), ('Q. ', 'R. '), ('INT. : ', 'RÉP. : ')])
    else:
        L = [r.choice(['INTERVIEW', 'Interview transcript', 'Assessment interview']) + ' - ' + g.date() + ', ' + g.time(),
             'Interviewer: ' + g.n(iv, 'full') + '   Interviewee: ' + g.n(it, r.choice(['full', 'caps'])), '']
        Q = [('Can you state your name for the record?', g.n(it, 'full') + '.'),
             ('Date of birth?', g.dob(it) + '.'),
             ('Current address?', g.addr() + '.'),
             ('A number where you can be reached?', r.choice(['My cell, ', 'It\'s ', '']) + g.phone() + '.'),
             ('Who lives with you?', 'My ' + r.choice(['boyfriend', 'roommate', 'brother']) + ', ' + g.n(ot, r.choice(['full', 'given'])) + '. ' + g.C(1)),
             ('What happened that night?', g.C(2)),
             ('Are you employed?', 'Yes, at ' + g.employer() + ' since ' + g.year() + '.'),
             ('Anything else to add?', 'No. ' + g.wordecoy())]
        if r.random() < 0.4:
            Q.insert(3, ('Your social insurance number, for the form?', g.nas() + '.'))
        qa = r.choice([('Q: ', 'A: '), ('Q. ', 'A. '), ('INT: ', 'RESP: ')])
    k = r.randint(5, len(Q))
    for q, a in Q[:k]:
        L.append(qa[0] + q)
        L.append(qa[1] + a)
    return '\n'.join(L)


def fam_handnote(g):
    r = g.r
    c, k, ex, doc = g.person(), g.person(), g.person(), g.person()
    if g.fr:
        L = [r.choice(['notes', 'notes manuscrites', 'notes rencontre', 'nb']) + ' ' + g.date()]
        L.append('- vu ' + r.choice(['mme' if c.g == 'f' else 'm.', '']) + ' ' + g.n(c, 'lower') + ' à ' + g.time() + ', accomp. ' + (r.choice(['fille', 'petite-fille']) if k.g == 'f' else r.choice(['fils', 'petit-fils'])) + ' ' + g.n(k, r.choice(['lower', 'given'])))
        L.append('- tél ' + g.phone(False) + ' (cell)')
        L.append('- ex-conjoint: ' + g.n(ex, r.choice(['lowfull', 'lower'])) + ' — pas de contact depuis ' + g.year())
        L.append('- md: dr ' + g.n(doc, r.choice(['lower', 'sur'])) + ' à ' + g.org())
        if r.random() < 0.5:
            L.append('- ramq ' + g.ramq(c))
        L.append('- adr: ' + g.addr(city=False))
        L.append('- ' + r.choice(['à faire', 'suivi', 'todo']) + ': rappeler ' + g.n(c, r.choice(['lower', 'given'])) + ' ' + r.choice(['lundi', 'jeudi', 'sem. proch.']) + ' re: ' + g.fileno())
        L.append('- ' + g.C(1).lower())
    else:
        L = [r.choice(['notes', 'handwritten notes', 'mtg notes', 'nb']) + ' ' + g.date()]
        L.append('- saw ' + r.choice(['mrs' if c.g == 'f' else 'mr', 'ms' if c.g == 'f' else 'mr', '']) + ' ' + g.n(c, 'lower') + ' @ ' + g.time() + ', w/ ' + (r.choice(['daughter', 'granddaughter']) if k.g == 'f' else r.choice(['son', 'grandson'])) + ' ' + g.n(k, r.choice(['lower', 'given'])))
        L.append('- tel ' + g.phone(False) + ' (cell)')
        L.append('- ex: ' + g.n(ex, r.choice(['lowfull', 'lower'])) + ' - no contact since ' + g.year())
        L.append('- gp: dr ' + g.n(doc, r.choice(['lower', 'sur'])) + ' at ' + g.org())
        if r.random() < 0.5:
            L.append('- medicare ' + g.ramq(c))
        L.append('- addr: ' + g.addr(city=False))
        L.append('- todo: call ' + g.n(c, r.choice(['lower', 'given'])) + ' back ' + r.choice(['mon', 'thurs', 'next wk']) + ' re: ' + g.fileno())
        L.append('- ' + g.C(1).lower())
    return '\n'.join(L).replace('  ', ' ')


def fam_referral(g):
    r = g.r
    c, st, md, to = g.person(), g.person(), g.person(), g.person()
    if g.fr:
        L = [g.date(), '', g.n(to, 'tfull'), r.choice(['Coordonnatrice', 'Chef de programme', 'Responsable de l\'accueil']), g.org(), '',
             'Objet : Demande de services pour ' + g.n(c, r.choice(['tfull', 'full'])), '',
             r.choice(['Madame,', 'Monsieur,', 'Madame, Monsieur,', 'Chère collègue,']), '']
        L.append('Par la présente, je vous réfère ' + g.n(c, 'tfull') + ', né' + ('e' if c.g == 'f' else '') + ' le ' + g.dob(c) + ' et domicilié' + ('e' if c.g == 'f' else '') +
                 ' au ' + g.addr() + '. ' + g.C(2))
        L.append('Son médecin de famille, ' + g.n(md, 'dr') + ', ' + r.choice(['appuie cette démarche', 'a été informé de la demande', 'pourra vous transmettre le bilan']) + '. ' + g.n(c, r.choice(['tsur', 'given'])) +
                 ' ' + r.choice(['est suivi', 'fréquente']) + ' ' + g.org() + ' depuis ' + g.year() + '. ' + g.C(1))
        L.append(g.n(c, 'tsur') + ' consent à ce que ses renseignements vous soient transmis (' + g.law() + '). Son numéro d\'assurance maladie est ' + g.ramq(c) + '.')
        L.append('N\'hésitez pas à me joindre au ' + g.phone() + g.ext() + ' pour toute question.')
        L.append('')
        L.append(r.choice(['Veuillez agréer, Madame, Monsieur, mes salutations distinguées.', 'Cordialement,', 'Merci de votre collaboration,']))
        L.append('')
        L.append(sigblock(g, st, phone=False))
    else:
        L = [g.date(), '', g.n(to, 'tfull'), r.choice(['Coordinator', 'Program Manager', 'Intake Officer']), g.org(), '',
             'Re: Referral for ' + g.n(c, r.choice(['tfull', 'full'])), '',
             r.choice(['Dear Madam or Sir,', 'Dear colleague,', 'Dear ' + g.n(to, 'tsur') + ',']), '']
        L.append('I am writing to refer ' + g.n(c, 'tfull') + ', born ' + g.dob(c) + ', residing at ' + g.addr() + '. ' + g.C(2))
        L.append(('Her' if c.g == 'f' else 'His') + ' family physician, ' + g.n(md, 'dr') + ', ' + r.choice(['supports this request', 'has been informed', 'can provide the medical summary']) + '. ' +
                 g.n(c, r.choice(['tsur', 'given'])) + ' has attended ' + g.org() + ' since ' + g.year() + '. ' + g.C(1))
        L.append(g.n(c, 'tsur') + ' consents to the disclosure of this information (' + g.law() + '). Health insurance number: ' + g.ramq(c) + '.')
        L.append('Please do not hesitate to contact me at ' + g.phone() + g.ext() + ' should you have any questions.')
        L.append('')
        L.append(r.choice(['Yours sincerely,', 'Best regards,', 'Thank you for your collaboration,']))
        L.append('')
        L.append(sigblock(g, st, phone=False))
    return '\n'.join(L)


def fam_access(g):
    r = g.r
    c, resp = g.person(), g.person()
    if g.fr:
        L = [g.n(c, 'full'), g.addr(city=True, pc=True), g.date(), '', 'Responsable de l\'accès aux documents', g.body[0], '',
             'Objet : Demande d\'accès à mes renseignements personnels', '']
        L.append('Je, soussigné' + ('e' if c.g == 'f' else '') + ', ' + g.n(c, 'full') + ', demande une copie complète de mon dossier ' +
                 r.choice(['psychosocial', 'médical', 'de locataire', 'd\'employé']) + ' pour la période de ' + g.year() + ' à ' + g.year() + ', en vertu de ' + g.law() + '.')
        L.append('Pour faciliter la recherche : date de naissance ' + g.dob(c) + r.choice([', NAS ' + g.nas(), ', numéro d\'assurance maladie ' + g.ramq(c), '']) + '.')
        L.append('Je souhaite recevoir les documents par courriel à ' + g.email(c) + ' ou par la poste à l\'adresse ci-dessus. Je suis disposé' + ('e' if c.g == 'f' else '') + ' à payer les frais de reproduction, le cas échéant (' + g.amount() + ' maximum).')
        L.append('')
        L.append(g.n(c, 'full'))
        L.append('Tél. : ' + g.phone())
        L.append('')
        L.append('— Réponse —')
        L.append('Le ' + g.date() + ', ' + g.n(resp, 'tfull') + ' accuse réception de la demande no ' + g.fileno() + '. ' +
                 r.choice(['Un délai supplémentaire de 10 jours est requis.', 'Certains renseignements concernant des tiers seront masqués.', 'La demande est transférée à l\'organisme compétent.']) +
                 ' Pour toute question : ' + g.tollfree() + '.')
    else:
        L = [g.n(c, 'full'), g.addr(city=True, pc=True), g.date(), '', 'Access to Information Officer', g.body[1], '',
             'Re: Request for access to my personal information', '']
        L.append('I, the undersigned, ' + g.n(c, 'full') + ', request a complete copy of my ' + r.choice(['psychosocial', 'medical', 'tenant', 'employee']) +
                 ' file for the period from ' + g.year() + ' to ' + g.year() + ', pursuant to ' + g.law() + '.')
        L.append('To help locate the file: date of birth ' + g.dob(c) + r.choice([', SIN ' + g.nas(), ', health insurance number ' + g.ramq(c), '']) + '.')
        L.append('Please send the documents by e-mail to ' + g.email(c) + ' or by mail to the address above. I am willing to pay reproduction fees, if any (up to ' + g.amount() + ').')
        L.append('')
        L.append(g.n(c, 'full'))
        L.append('Tel.: ' + g.phone())
        L.append('')
        L.append('-- Reply --')
        L.append('On ' + g.date() + ', ' + g.n(resp, 'tfull') + ' acknowledged receipt of request no. ' + g.fileno() + '. ' +
                 r.choice(['An additional 10 days are required.', 'Some third-party information will be masked.', 'The request is transferred to the competent body.']) +
                 ' Questions: ' + g.tollfree() + '.')
    return '\n'.join(L)


def fam_housing(g):
    r = g.r
    t, insp, own = g.person(), g.person(), g.person()
    if g.fr:
        L = [r.choice(['RAPPORT D\'INSPECTION', 'Visite de logement', 'Inspection — salubrité']) + ' — ' + g.fileno(),
             'Adresse du logement : ' + g.addr(city=True, pc=r.random() < 0.5),
             'Locataire : ' + g.n(t, r.choice(['full', 'caps', 'rev'])) + ' (' + g.phone() + ')',
             'Propriétaire : ' + g.n(own, r.choice(['full', 'tfull'])) + r.choice(['', ', ' + g.email(own)]),
             'Inspecteur : ' + g.n(insp, 'full') + '   Date : ' + g.date() + ' ' + g.time(), '']
        L.append(g.C(1) + ' ' + g.n(t, r.choice(['tsur', 'given'])) + ' signale des infiltrations d\'eau depuis ' + g.year() + '. ' + g.C(1))
        L.append('Le logement est situé à deux coins de rue de ' + g.metro() + ', près du ' + g.street_decoy() + '. ' + g.wordecoy())
        L.append('Le loyer mensuel est de ' + g.amount() + '. ' + g.n(own, 'tsur') + ' affirme avoir mandaté un entrepreneur. Avis transmis selon ' + g.law() + '.')
        L.append('Suivi prévu le ' + g.date() + '.')
    else:
        L = [r.choice(['INSPECTION REPORT', 'Dwelling visit', 'Inspection - sanitation']) + ' - ' + g.fileno(),
             'Dwelling address: ' + g.addr(city=True, pc=r.random() < 0.5),
             'Tenant: ' + g.n(t, r.choice(['full', 'caps', 'rev'])) + ' (' + g.phone() + ')',
             'Owner: ' + g.n(own, r.choice(['full', 'tfull'])) + r.choice(['', ', ' + g.email(own)]),
             'Inspector: ' + g.n(insp, 'full') + '   Date: ' + g.date() + ' ' + g.time(), '']
        L.append(g.C(1) + ' ' + g.n(t, r.choice(['tsur', 'given'])) + ' reports water leaks since ' + g.year() + '. ' + g.C(1))
        L.append('The unit is two blocks from ' + g.metro() + ', near ' + g.street_decoy() + '. ' + g.wordecoy())
        L.append('Monthly rent is ' + g.amount() + '. ' + g.n(own, 'tsur') + ' says a contractor has been hired. Notice sent under ' + g.law() + '.')
        L.append('Follow-up scheduled for ' + g.date() + '.')
    return '\n'.join(L)


def fam_witness(g):
    r = g.r
    w, a, v, ag = g.person(), g.person(), g.person(), g.person()
    if g.fr:
        L = ['DÉCLARATION DE TÉMOIN', 'Dossier : ' + g.fileno(), '']
        L.append('Je, ' + g.n(w, r.choice(['full', 'caps'])) + ', né' + ('e' if w.g == 'f' else '') + ' le ' + g.dob(w) + ', demeurant au ' + g.addr() +
                 ', déclare ce qui suit :')
        L.append('Le ' + g.date_long() + ', vers ' + g.time() + ', je sortais de ' + g.org() + ' quand j\'ai vu ' + g.n(a, r.choice(['full', 'tsur'])) +
                 ' crier après ' + g.n(v, r.choice(['full', 'tfull'])) + '. Je connais ' + g.n(a, 'given') + ' depuis le secondaire. ' + g.C(1))
        L.append('Ensuite ' + g.n(v, r.choice(['given', 'sur'])) + ' est parti' + ('e' if v.g == 'f' else '') + ' vers ' + g.metro() + '. ' + g.C(1))
        L.append('Je peux être joint' + ('e' if w.g == 'f' else '') + ' au ' + g.phone() + '.')
        L.append('')
        L.append('Signé à ' + g.pool('city') + ', le ' + g.date() + '.')
        L.append('Témoin : ' + g.n(w, 'full') + '   Reçue par : ' + g.n(ag, r.choice(['full', 'tsur'])))
    else:
        L = ['WITNESS STATEMENT', 'File: ' + g.fileno(), '']
        L.append('I, ' + g.n(w, r.choice(['full', 'caps'])) + ', born ' + g.dob(w) + ', residing at ' + g.addr() + ', state the following:')
        L.append('On ' + g.date_long() + ', around ' + g.time() + ', I was leaving ' + g.org() + ' when I saw ' + g.n(a, r.choice(['full', 'tsur'])) +
                 ' yelling at ' + g.n(v, r.choice(['full', 'tfull'])) + '. I have known ' + g.n(a, 'given') + ' since high school. ' + g.C(1))
        L.append('Then ' + g.n(v, r.choice(['given', 'sur'])) + ' walked towards ' + g.metro() + '. ' + g.C(1))
        L.append('I can be reached at ' + g.phone() + '.')
        L.append('')
        L.append('Signed in ' + g.pool('city') + ' on ' + g.date() + '.')
        L.append('Witness: ' + g.n(w, 'full') + '   Taken by: ' + g.n(ag, r.choice(['full', 'tsur'])))
    return '\n'.join(L)


def fam_intake(g):
    r = g.r
    c, ct, st = g.person(), g.person(), g.person()
    if g.fr:
        L = [r.choice(['ACCUEIL PSYCHOSOCIAL', 'Accueil — analyse — orientation', 'Triage téléphonique']) + ' (' + g.date() + ')', '']
        L.append('Motif : ' + g.C(1))
        L.append('Nom : ' + g.n(c, r.choice(['caps', 'full', 'rev'])) + ' — DDN : ' + g.dob(c) + ' — ' + r.choice(['RAMQ : ' + g.ramq(c), 'NAS : ' + g.nas()]))
        L.append('Coordonnées : ' + g.addr() + ' ; ' + g.phone() + r.choice(['', ' ; ' + g.email(c)]))
        L.append('Personne à contacter en cas d\'urgence : ' + g.n(ct, r.choice(['full', 'tfull'])) + ' (' + r.choice(['mère', 'frère', 'amie', 'conjoint']) + '), ' + g.phone())
        L.append('Revenus : ' + r.choice(['aide sociale', 'emploi chez ' + g.employer(), 'pension de vieillesse', 'assurance-emploi']) + ', environ ' + g.amount() + ' par mois.')
        L.append('Histoire : ' + g.n(c, r.choice(['given', 'tsur'])) + ' ' + r.choice(['a immigré en', 'est arrivé à Montréal en', 'a quitté sa communauté en']) + ' ' + g.year() + '. ' + g.C(2))
        L.append('Orientation : ' + g.org() + '. ' + r.choice(['Urgence : non.', 'Priorité 2.', 'Délai estimé : 3 mois.']))
        L.append('Traité par : ' + g.n(st, 'full'))
    else:
        L = [r.choice(['PSYCHOSOCIAL INTAKE', 'Intake - assessment - referral', 'Telephone triage']) + ' (' + g.date() + ')', '']
        L.append('Reason: ' + g.C(1))
        L.append('Name: ' + g.n(c, r.choice(['caps', 'full', 'rev'])) + ' - DOB: ' + g.dob(c) + ' - ' + r.choice(['RAMQ: ' + g.ramq(c), 'SIN: ' + g.nas()]))
        L.append('Contact: ' + g.addr() + '; ' + g.phone() + r.choice(['', '; ' + g.email(c)]))
        L.append('Emergency contact: ' + g.n(ct, r.choice(['full', 'tfull'])) + ' (' + r.choice(['mother', 'brother', 'friend', 'partner']) + '), ' + g.phone())
        L.append('Income: ' + r.choice(['social assistance', 'job at ' + g.employer(), 'old age pension', 'EI benefits']) + ', about ' + g.amount() + ' a month.')
        L.append('History: ' + g.n(c, r.choice(['given', 'tsur'])) + ' ' + r.choice(['immigrated in', 'moved to Montreal in', 'left the community in']) + ' ' + g.year() + '. ' + g.C(2))
        L.append('Referral: ' + g.org() + '. ' + r.choice(['Urgent: no.', 'Priority 2.', 'Estimated wait: 3 months.']))
        L.append('Handled by: ' + g.n(st, 'full'))
    return '\n'.join(L)


def fam_hr(g):
    r = g.r
    e, mgr, hr = g.person(), g.person(), g.person()
    if g.fr:
        L = ['NOTE AU DOSSIER DE L\'EMPLOYÉ' + ('E' if e.g == 'f' else ''), 'Employé' + ('e' if e.g == 'f' else '') + ' : ' + g.n(e, r.choice(['caps', 'rev'])) + '   Date : ' + g.date(), '']
        L.append('Suite à la rencontre du ' + g.date() + ' avec ' + g.n(mgr, 'tfull') + ', gestionnaire, ' + g.n(e, 'tsur') + ' a demandé ' +
                 r.choice(['un congé sans solde', 'un réaménagement d\'horaire', 'le remboursement de frais de formation']) + '. ' + g.C(1))
        L.append('Le dépôt direct doit être modifié : ' + g.bank() + '.')
        if r.random() < 0.6:
            L.append('Les frais de ' + g.amount() + ' ont été payés avec la carte ' + g.card() + ' ; remboursement autorisé.')
        L.append('Nouvelle adresse : ' + g.addr() + '. Cellulaire : ' + g.phone() + '. NAS au dossier : ' + g.nas() + '.')
        L.append(g.n(e, 'given') + ' travaillait auparavant chez ' + g.employer() + '. ' + g.wordecoy())
        L.append('')
        L.append(g.n(hr, 'full') + ', conseill' + ('ère' if hr.g == 'f' else 'er') + ' en ressources humaines')
    else:
        L = ['EMPLOYEE FILE NOTE', 'Employee: ' + g.n(e, r.choice(['caps', 'rev'])) + '   Date: ' + g.date(), '']
        L.append('Further to the meeting of ' + g.date() + ' with ' + g.n(mgr, 'tfull') + ', manager, ' + g.n(e, 'tsur') + ' requested ' +
                 r.choice(['unpaid leave', 'a schedule change', 'reimbursement of training fees']) + '. ' + g.C(1))
        L.append('Direct deposit must be changed: ' + g.bank() + '.')
        if r.random() < 0.6:
            L.append('The ' + g.amount() + ' fee was paid with card ' + g.card() + '; reimbursement approved.')
        L.append('New address: ' + g.addr() + '. Cell: ' + g.phone() + '. SIN on file: ' + g.nas() + '.')
        L.append(g.n(e, 'given') + ' previously worked at ' + g.employer() + '. ' + g.wordecoy())
        L.append('')
        L.append(g.n(hr, 'full') + ', HR advisor')
    return '\n'.join(L)


def fam_hearing(g):
    r = g.r
    lawyer1, lawyer2, party, party2, judge = g.person(), g.person(), g.person(), g.person(), g.person()
    if g.fr:
        L = ['Résumé d\'audience — ' + r.choice(['Tribunal administratif du logement', 'Cour du Québec, chambre de la jeunesse', 'Commission d\'accès à l\'information']),
             'Dossier : ' + g.caseno() + '   Audience du ' + g.date() + ' à ' + g.time(), '']
        L.append('Présents : ' + g.n(party, 'full') + ', partie demanderesse, représenté' + ('e' if party.g == 'f' else '') + ' par Me ' + g.n(lawyer1, r.choice(['sur', 'full'])) +
                 ' ; ' + g.n(party2, 'tfull') + ', partie défenderesse, avec Me ' + g.n(lawyer2, 'sur') + '.')
        L.append('Décideur : ' + r.choice(['juge administratif', 'juge', 'commissaire']) + ' ' + g.n(judge, r.choice(['full', 'sur'])) + '.')
        L.append(g.C(1) + ' Me ' + g.n(lawyer1, 'sur') + ' invoque ' + g.law() + '. ' + g.n(party, 'tsur') + ' réclame ' + g.amount() + '.')
        L.append(g.n(party2, 'tsur') + ' témoigne qu\'il habitait au ' + g.addr(city=False) + ' jusqu\'en ' + g.year() + '. ' + g.C(1))
        L.append('Décision prise en délibéré. ' + g.wordecoy())
    else:
        L = ['Hearing summary - ' + r.choice(['Administrative Housing Tribunal', 'Court of Québec, Youth Division', 'Commission d\'accès à l\'information']),
             'File: ' + g.caseno() + '   Hearing of ' + g.date() + ' at ' + g.time(), '']
        L.append('Present: ' + g.n(party, 'full') + ', applicant, represented by ' + r.choice(['Me ', 'Mtre ', 'counsel ']) + g.n(lawyer1, 'full') +
                 '; ' + g.n(party2, 'tfull') + ', respondent, with ' + r.choice(['Me ', 'counsel ']) + g.n(lawyer2, 'full') + '.')
        L.append('Decision-maker: ' + r.choice(['administrative judge', 'Judge', 'commissioner']) + ' ' + g.n(judge, r.choice(['full', 'sur'])) + '.')
        L.append(g.C(1) + ' Counsel for the applicant relies on ' + g.law() + '. ' + g.n(party, 'tsur') + ' claims ' + g.amount() + '.')
        L.append(g.n(party2, 'tsur') + ' testified that they lived at ' + g.addr(city=False) + ' until ' + g.year() + '. ' + g.C(1))
        L.append('Decision reserved. ' + g.wordecoy())
    return '\n'.join(L)


def fam_signalement(g):
    r = g.r
    rep, child, par, par2, st = g.person(), g.person(), g.person(), g.person(), g.person()
    if g.fr:
        L = ['SIGNALEMENT — ' + g.body[0], 'Reçu le ' + g.date() + ' à ' + g.time() + ' — no ' + g.fileno(), '']
        L.append('Signalant : ' + g.n(rep, 'full') + ', ' + r.choice(['enseignante', 'enseignant', 'infirmière scolaire', 'éducatrice']) + ' à ' + g.org() + ', joignable au ' + g.phone() + g.ext() + '.')
        L.append('Enfant : ' + g.n(child, r.choice(['caps', 'full'])) + ', ' + str(r.randint(4, 16)) + ' ans (DDN ' + g.dob(child, adult=False) + ').')
        L.append('Parents : ' + g.n(par, 'full') + ' et ' + g.n(par2, 'full') + ', ' + g.addr() + '.')
        L.append('Faits : ' + g.n(child, 'given') + ' arrive souvent ' + r.choice(['sans lunch', 'en retard', 'avec des marques aux bras']) + '. ' + g.C(2))
        L.append('Selon ' + g.n(child, 'given') + ', ' + g.n(par, r.choice(['given', 'tsur'])) + ' ' + r.choice(['crie beaucoup le soir', 'part souvent travailler de nuit', 'ne se lève pas le matin']) + '. ' + g.C(1))
        L.append('Rétention : ' + r.choice(['oui', 'non']) + ' — ' + g.law() + '.')
        L.append('Reçu par : ' + g.n(st, 'full'))
    else:
        L = ['YOUTH PROTECTION REPORT - ' + g.body[1], 'Received ' + g.date() + ' at ' + g.time() + ' - # ' + g.fileno(), '']
        L.append('Reporter: ' + g.n(rep, 'full') + ', ' + r.choice(['teacher', 'school nurse', 'daycare educator']) + ' at ' + g.org() + ', reachable at ' + g.phone() + g.ext() + '.')
        L.append('Child: ' + g.n(child, r.choice(['caps', 'full'])) + ', ' + str(r.randint(4, 16)) + ' years old (DOB ' + g.dob(child, adult=False) + ').')
        L.append('Parents: ' + g.n(par, 'full') + ' and ' + g.n(par2, 'full') + ', ' + g.addr() + '.')
        L.append('Facts: ' + g.n(child, 'given') + ' often arrives ' + r.choice(['without lunch', 'late', 'with marks on the arms']) + '. ' + g.C(2))
        L.append('According to ' + g.n(child, 'given') + ', ' + g.n(par, r.choice(['given', 'tsur'])) + ' ' + r.choice(['yells a lot at night', 'often works night shifts', 'does not get up in the morning']) + '. ' + g.C(1))
        L.append('Retained: ' + r.choice(['yes', 'no']) + ' - ' + g.law() + '.')
        L.append('Received by: ' + g.n(st, 'full'))
    return '\n'.join(L)


def fam_immig(g):
    r = g.r
    c = g.person(origin=r.choice(['haiti', 'maghreb', 'latam', 'africa', 'sasia', 'viet', 'chinese', 'easteu', 'filipino', 'persarm']))
    sp, st = g.person(origin=c.origin), g.person()
    if g.fr:
        L = [r.choice(['Note d\'accompagnement — nouveaux arrivants', 'Aide à l\'intégration', 'Suivi — demandeur d\'asile']) + ' — ' + g.date(), '']
        L.append(g.n(c, 'tfull') + ' est arrivé' + ('e' if c.g == 'f' else '') + ' au Québec en ' + g.year() + ' avec ' + r.choice(['son épouse', 'son conjoint', 'sa sœur', 'son frère']) + ', ' + g.n(sp, 'full') + '. ' + g.C(1))
        L.append('Passeport no ' + g.passport() + ' ; date de naissance : ' + g.dob(c) + '. ' + g.n(c, 'given') + ' garde contact avec sa famille au ' + g.phone(True) + '.')
        L.append('Adresse temporaire : ' + g.addr() + '. ' + g.C(1))
        L.append('Démarches : inscription à ' + g.org() + ' et rendez-vous le ' + g.date() + ' à ' + g.time() + '. Frais : ' + g.amount() + '.')
        L.append(g.n(sp, r.choice(['given', 'tsur'])) + ' travaille ' + r.choice(['de soir', 'à temps partiel', 'les fins de semaine']) + ' chez ' + g.employer() + '.')
        L.append('')
        L.append(g.n(st, 'full') + ' — ' + r.choice(['agente d\'intégration', 'intervenante', 'conseiller']))
    else:
        L = [r.choice(['Newcomer support note', 'Integration assistance', 'Follow-up - asylum claimant']) + ' - ' + g.date(), '']
        L.append(g.n(c, 'tfull') + ' arrived in Quebec in ' + g.year() + ' with ' + r.choice(['his wife', 'her husband', 'a sister', 'a brother']) + ', ' + g.n(sp, 'full') + '. ' + g.C(1))
        L.append('Passport no. ' + g.passport() + '; date of birth: ' + g.dob(c) + '. ' + g.n(c, 'given') + ' keeps in touch with family at ' + g.phone(True) + '.')
        L.append('Temporary address: ' + g.addr() + '. ' + g.C(1))
        L.append('Steps: registration at ' + g.org() + ' and appointment on ' + g.date() + ' at ' + g.time() + '. Fees: ' + g.amount() + '.')
        L.append(g.n(sp, r.choice(['given', 'tsur'])) + ' works ' + r.choice(['evenings', 'part-time', 'weekends']) + ' at ' + g.employer() + '.')
        L.append('')
        L.append(g.n(st, 'full') + ' - ' + r.choice(['integration officer', 'community worker', 'counsellor']))
    return '\n'.join(L)


def fam_northern(g):
    """community health / social services note, Nunavik / Eeyou Istchee / Innu / Atikamekw communities"""
    r = g.r
    o = r.choice(['inuit', 'cree', 'innu', 'atikamekw', 'mohawk'])
    c, el, st = g.person(origin=o), g.person(origin=o), g.person()
    if g.fr:
        L = ['Note de liaison — ' + r.choice(['centre de santé communautaire', 'services sociaux de la communauté', 'dispensaire']), 'Date : ' + g.date() + ', ' + g.time(), '']
        L.append('Usager : ' + g.n(c, r.choice(['caps', 'full'])) + ', DDN ' + g.dob(c) + ', ' + g.addr(city=True, pc=r.random() < 0.5) + '.')
        L.append(g.n(c, 'given') + ' est accompagné' + ('e' if c.g == 'f' else '') + ' par ' + r.choice(['sa grand-mère', 'son oncle', 'une aînée']) + ', ' + g.n(el, 'full') + ', qui sert d\'interprète. ' + g.C(1))
        L.append('Transfert prévu vers ' + g.org() + ' par vol du ' + g.date() + '. ' + g.C(1))
        L.append('Contact de la famille : ' + g.phone() + '. Carte d\'assurance maladie : ' + g.ramq(c) + '.')
        L.append('Rédigé par ' + g.n(st, 'full') + '.')
    else:
        L = ['Liaison note - ' + r.choice(['community health centre', 'community social services', 'nursing station']), 'Date: ' + g.date() + ', ' + g.time(), '']
        L.append('Client: ' + g.n(c, r.choice(['caps', 'full'])) + ', DOB ' + g.dob(c) + ', ' + g.addr(city=True, pc=r.random() < 0.5) + '.')
        L.append(g.n(c, 'given') + ' came with ' + r.choice(['a grandmother', 'an uncle', 'an Elder']) + ', ' + g.n(el, 'full') + ', who interpreted. ' + g.C(1))
        L.append('Transfer planned to ' + g.org() + ' on the flight of ' + g.date() + '. ' + g.C(1))
        L.append('Family contact: ' + g.phone() + '. Health card: ' + g.ramq(c) + '.')
        L.append('Written by ' + g.n(st, 'full') + '.')
    return '\n'.join(L)


FAMILIES = [fam_casenote, fam_email, fam_call, fam_voicemail, fam_minutes, fam_complaint, fam_incident, fam_sms,
            fam_interview, fam_handnote, fam_referral, fam_access, fam_housing, fam_witness, fam_intake, fam_hr,
            fam_hearing, fam_signalement, fam_immig, fam_northern]
FAM_W = [3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1.5, 1.5, 1.5, 2, 1.5, 1, 1.5, 1.5, 1]


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ('W', 'H'):
        sys.exit(__doc__)
    mode, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    out = sys.stdout
    for i in range(count):
        for attempt in range(20):
            lang = 'fr' if rng.random() < 0.6 else 'en'
            fam = rng.choices(FAMILIES, weights=FAM_W)[0]
            g = G(rng, mode, lang)
            marked = fam(g)
            if lang == 'fr':
                marked = re.sub(r'\b([àÀ]) le (?=\x02)', lambda m: ('au ' if m.group(1) == 'à' else 'Au '), marked)
                marked = re.sub(r'\bde le (?=\x02)', 'du ', marked)
            text, spans = assemble(marked)
            if 250 <= len(text) <= 2100:
                break
        b = text.encode()
        for sp in spans:
            seg = b[sp['start']:sp['end']].decode()
            assert seg and seg == seg.strip()
        out.write(json.dumps({'id': 'indep8-%s-%d-%04d' % (mode, seed, i), 'lang': lang, 'family': fam.__name__[4:],
                              'text': text, 'spans': spans}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
