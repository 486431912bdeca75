/**
 * Given names common in German news: German, Austrian and Swiss names, and the names of people from elsewhere who
 * are quoted in German (Eastern European, Turkish, Arabic, Romance, English, Nordic). A given name before a
 * capitalised word marks a person ("Carsten Wöhrle sagte") when no role precedes the name.
 * Left out on purpose: names that are also German nouns, months or places, which would make persons of
 * "Roman", "August", "Mai", "Hagen", "Paris", "Marine" or "Wolf".
 */
export const firstNames: string[] = [
  // German, Austrian, Swiss: men
  'Achim', 'Adrian', 'Albert', 'Albrecht', 'Alexander', 'Alfred', 'Andre', 'André', 'Andreas', 'Anton', 'Armin', 'Arne', 'Arnold', 'Axel',
  'Bastian', 'Benedikt', 'Benjamin', 'Benno', 'Bernd', 'Bernhard', 'Björn', 'Bodo', 'Boris', 'Bruno', 'Burkhard', 'Carl', 'Carsten', 'Cem',
  'Christian', 'Christoph', 'Christopher', 'Claus', 'Clemens', 'Daniel', 'David', 'Dennis', 'Detlef', 'Dieter', 'Dietmar', 'Dirk', 'Dominik',
  'Eberhard', 'Eckart', 'Edgar', 'Egon', 'Elias', 'Emil', 'Erich', 'Erik', 'Eric', 'Erwin', 'Ewald', 'Fabian', 'Felix', 'Ferdinand',
  'Florian', 'Frank', 'Franz', 'Frederik', 'Friedhelm', 'Friedrich', 'Fritz', 'Georg', 'Gerd', 'Gerhard', 'Gert', 'Gottfried', 'Gregor',
  'Guido', 'Gunnar', 'Günter', 'Günther', 'Hannes', 'Hanno', 'Hans', 'Harald', 'Hartmut', 'Heiko', 'Heiner', 'Heinrich', 'Heinz', 'Helge',
  'Helmut', 'Hendrik', 'Henning', 'Henrik', 'Herbert', 'Hermann', 'Holger', 'Horst', 'Hubert', 'Hubertus', 'Ingo', 'Jakob', 'Jan', 'Jannik',
  'Jens', 'Jochen', 'Johann', 'Johannes', 'Jonas', 'Jonathan', 'Jörg', 'Josef', 'Joseph', 'Julian', 'Jürgen', 'Justus', 'Kai', 'Karl',
  'Karsten', 'Kay', 'Kilian', 'Klaus', 'Konrad', 'Konstantin', 'Kurt', 'Lars', 'Lennart', 'Leon', 'Lothar', 'Ludwig', 'Lukas', 'Lucas',
  'Lutz', 'Malte', 'Manfred', 'Manuel', 'Marc', 'Marcel', 'Marco', 'Marcus', 'Mario', 'Marius', 'Markus', 'Martin', 'Marvin', 'Mathias',
  'Matthias', 'Max', 'Maximilian', 'Michael', 'Moritz', 'Niklas', 'Nico', 'Niko', 'Nikolaus', 'Nils', 'Niels', 'Norbert', 'Norman', 'Olaf',
  'Ole', 'Oliver', 'Oskar', 'Otto', 'Patrick', 'Paul', 'Peter', 'Philipp', 'Rafael', 'Raphael', 'Rainer', 'Ralf', 'Ralph', 'Reiner',
  'Reinhard', 'Reinhold', 'René', 'Richard', 'Robert', 'Roland', 'Rolf', 'Rudolf', 'Rüdiger', 'Sascha', 'Sebastian', 'Siegfried', 'Sigmar',
  'Simon', 'Sönke', 'Sören', 'Stefan', 'Steffen', 'Stephan', 'Sven', 'Thilo', 'Thomas', 'Thorsten', 'Till', 'Tilo', 'Tim', 'Timo', 'Tino',
  'Tobias', 'Tom', 'Torsten', 'Udo', 'Uli', 'Ulf', 'Ulrich', 'Uwe', 'Valentin', 'Viktor', 'Vincent', 'Volker', 'Waldemar', 'Walter',
  'Werner', 'Wilfried', 'Wilhelm', 'Willi', 'Winfried', 'Wolfgang', 'Wolfram', 'Yannick',
  'Hans-Peter', 'Hans-Jürgen', 'Hans-Joachim', 'Hans-Georg', 'Karl-Heinz', 'Klaus-Dieter', 'Franz-Josef', 'Frank-Walter', 'Jan-Philipp',
  // German, Austrian, Swiss: women
  'Agnes', 'Alexandra', 'Alice', 'Alina', 'Almut', 'Andrea', 'Angela', 'Angelika', 'Anja', 'Anke', 'Anna', 'Anne', 'Annegret', 'Annett',
  'Annette', 'Annika', 'Antje', 'Astrid', 'Barbara', 'Bärbel', 'Beate', 'Bettina', 'Birgit', 'Britta', 'Brigitte', 'Carina', 'Carmen',
  'Carola', 'Caroline', 'Charlotte', 'Christa', 'Christiane', 'Christina', 'Christine', 'Clara', 'Claudia', 'Cornelia', 'Dagmar', 'Daniela',
  'Diana', 'Doris', 'Dorothea', 'Dorothee', 'Edith', 'Elena', 'Elisabeth', 'Elke', 'Ellen', 'Emilia', 'Emma', 'Erika', 'Eva', 'Franziska',
  'Frauke', 'Friederike', 'Gabriele', 'Gerda', 'Gesine', 'Gisela', 'Gudrun', 'Hanna', 'Hannah', 'Hedwig', 'Heike', 'Helga', 'Helene',
  'Henrike', 'Hildegard', 'Ilona', 'Ilse', 'Ines', 'Inge', 'Ingeborg', 'Ingrid', 'Irene', 'Iris', 'Isabel', 'Isabell', 'Jana', 'Janina',
  'Janine', 'Jasmin', 'Jennifer', 'Jessica', 'Johanna', 'Judith', 'Julia', 'Jutta', 'Karin', 'Katarina', 'Katharina', 'Kathrin', 'Katja',
  'Katrin', 'Kerstin', 'Kirsten', 'Klara', 'Kristina', 'Lara', 'Laura', 'Lea', 'Lena', 'Lina', 'Lisa', 'Luisa', 'Luise', 'Maja', 'Malu',
  'Manuela', 'Mareike', 'Margarete', 'Margit', 'Maria', 'Marianne', 'Marie', 'Marina', 'Marion', 'Marlene', 'Martina', 'Melanie', 'Mia',
  'Michaela', 'Miriam', 'Monika', 'Nadine', 'Natascha', 'Nicole', 'Nina', 'Nora', 'Olga', 'Paula', 'Petra', 'Pia', 'Regina', 'Renate',
  'Ricarda', 'Rita', 'Rosemarie', 'Ruth', 'Sabine', 'Sabrina', 'Sahra', 'Sandra', 'Sara', 'Sarah', 'Saskia', 'Sigrid', 'Silke', 'Silvia',
  'Simone', 'Sonja', 'Sophie', 'Sofie', 'Stefanie', 'Steffi', 'Stephanie', 'Susanne', 'Svenja', 'Sylvia', 'Tanja', 'Theresa', 'Tina',
  'Ulrike', 'Ursula', 'Ute', 'Vanessa', 'Verena', 'Veronika', 'Waltraud', 'Wiebke', 'Yvonne',
  'Anne-Kathrin', 'Eva-Maria', 'Marie-Luise', 'Marie-Agnes', 'Anna-Lena',
  // Eastern Europe (German transliterations and common English ones)
  'Alexej', 'Alexei', 'Alexandr', 'Aljaksandr', 'Anatoli', 'Andrej', 'Andrij', 'Andriy', 'Arseni', 'Bohdan', 'Denis', 'Denys', 'Dmitri',
  'Dmitrij', 'Dmitry', 'Dmytro', 'Galina', 'Herman', 'Ihor', 'Igor', 'Irina', 'Iryna', 'Iwan', 'Ivan', 'Jaroslaw', 'Jekaterina', 'Jelena',
  'Jewgeni', 'Jewgenij', 'Julija', 'Juri', 'Jurij', 'Kirill', 'Kyrylo', 'Ludmila', 'Maksym', 'Michail', 'Mychajlo', 'Mykhailo', 'Mykola',
  'Natalia', 'Natalja', 'Nikolai', 'Oleg', 'Olena', 'Oleksandr', 'Olexander', 'Oleksij', 'Oleksii', 'Pawel', 'Pawlo', 'Petro', 'Ramsan',
  'Ruslan', 'Rustem', 'Serhij', 'Serhiy', 'Sergej', 'Sergei', 'Sergey', 'Swetlana', 'Taras', 'Tatjana', 'Vadym', 'Valerii', 'Vitali',
  'Vitalii', 'Vladimir', 'Volodymyr', 'Wadym', 'Walerij', 'Walentina', 'Wassili', 'Wiktor', 'Witali', 'Witalij', 'Wladimir', 'Wolodymyr',
  'Yulia', 'Andrzej', 'Jarosław', 'Krzysztof', 'Mateusz', 'Paweł', 'Piotr', 'Radosław', 'Tomasz', 'Péter', 'Gitanas', 'Edgars', 'Kaja',
  // Turkish, Kurdish, Arabic, Persian
  'Ahmad', 'Ahmed', 'Ahmet', 'Ali', 'Amir', 'Aylin', 'Ayşe', 'Burak', 'Canan', 'Derya', 'Ebrahim', 'Elif', 'Emre', 'Faisal', 'Fatima',
  'Fatma', 'Hakan', 'Hamid', 'Hasan', 'Hassan', 'Hussein', 'Hüseyin', 'Ibrahim', 'Ismail', 'Jamal', 'Karim', 'Kemal', 'Khaled', 'Khalid',
  'Leila', 'Mahmoud', 'Mahmud', 'Majid', 'Mariam', 'Mehmet', 'Mohamed', 'Mohammed', 'Mohammad', 'Muhammad', 'Murat', 'Mustafa', 'Nabil',
  'Nasser', 'Omar', 'Omid', 'Osman', 'Rami', 'Recep', 'Reza', 'Salim', 'Samir', 'Samira', 'Tarek', 'Walid', 'Yusuf', 'Youssef', 'Zeynep',
  'Abdullah', 'Baschar', 'Bashar', 'Jahja', 'Yahya', 'Naftali', 'Jitzchak', 'Benny', 'Gideon', 'Joav', 'Yoav',
  // Romance languages
  'Alejandro', 'Antonio', 'António', 'Carlos', 'Emmanuel', 'Enrico', 'Fernando', 'Francesco', 'Francisco', 'François', 'Gabriel', 'Giorgia',
  'Giovanni', 'Giuseppe', 'Jacques', 'Javier', 'Jean', 'Jean-Luc', 'Jean-Claude', 'Jean-Marie', 'Jorge', 'José', 'Josep', 'Juan', 'Laurent',
  'Lorenzo', 'Luca', 'Luis', 'Luiz', 'Matteo', 'Michel', 'Miguel', 'Nicolas', 'Nicolás', 'Olivier', 'Pablo', 'Paolo', 'Pedro', 'Philippe',
  'Pierre', 'Ricardo', 'Roberto', 'Ségolène', 'Sergio', 'Silvio', 'Carlo', 'Gustavo', 'Andrés',
  // English-speaking countries
  'Amanda', 'Amy', 'Andrew', 'Anthony', 'Antony', 'Barack', 'Bernie', 'Bill', 'Brian', 'Catherine', 'Charles', 'Chuck', 'Donald', 'Edward',
  'Elizabeth', 'Elon', 'Emily', 'Gavin', 'George', 'Greg', 'Hillary', 'Jake', 'James', 'Jeff', 'Jeffrey', 'Joe', 'John', 'Justin', 'Kamala',
  'Karen', 'Keir', 'Kevin', 'Kristi', 'Lloyd', 'Margaret', 'Mary', 'Matthew', 'Mike', 'Mitch', 'Nancy', 'Nikki', 'Pete', 'Rachel', 'Rishi',
  'Ron', 'Ryan', 'Scott', 'Steven', 'Susan', 'Ted', 'Tulsi', 'William',
  // Nordic, Dutch
  'Anders', 'Geert', 'Kristian', 'Magnus', 'Mette', 'Pieter', 'Sanna', 'Sauli', 'Wopke',
  // East Asia (given names that stand first in German text)
  'Fumio', 'Shigeru', 'Yoon', 'Kim', 'Xi',
];
