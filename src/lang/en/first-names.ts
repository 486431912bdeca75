/**
 * Given names common in English news copy: English-speaking countries' names and the names of people from elsewhere
 * who are quoted in English (African, Arabic, South and East Asian, Latin American, European). A given name before a
 * capitalised word marks a person ("Ruth Okonkwo said") when no role precedes the name.
 * Left out on purpose: names that are also English words, months or places, which would make persons of "Grace
 * Hospital", "Will County", "May Day", "Victoria Police", "Jordan Valley", "Christian Aid", "Frank talks" or
 * "Hope Street" (Grace, Hope, Faith, Joy, Will, Bill, Art, Frank, Guy, Rich, May, June, April, August, Victoria,
 * Georgia, Jordan, Chad, Israel, Austin, Florence, Christian), and names of US counties and universities that stand
 * before a capitalised noun ("Wayne County", "Howard University": Wayne, Howard, Douglas, Henry, Dean).
 */
export const firstNames: string[] = [
  // English-speaking countries: men
  'Aaron', 'Adam', 'Alan', 'Albert', 'Alex', 'Andrew', 'Anthony', 'Arthur', 'Barry', 'Ben', 'Brandon', 'Brendan', 'Brian', 'Bruce',
  'Carl', 'Charles', 'Chris', 'Christopher', 'Colin', 'Craig', 'Daniel', 'Darren', 'Dennis', 'Derek', 'Duncan',
  'Edward', 'Eric', 'Ethan', 'Gary', 'Gavin', 'Geoffrey', 'George', 'Gordon', 'Graham', 'Gregory', 'Harry', 'Ian',
  'Jack', 'James', 'Jason', 'Jeffrey', 'Jeremy', 'Jonathan', 'Joseph', 'Joshua', 'Justin', 'Keith', 'Kenneth', 'Kevin', 'Kyle', 'Larry',
  'Liam', 'Luke', 'Martin', 'Matt', 'Neil', 'Nicholas', 'Nigel', 'Oliver', 'Patrick', 'Paul', 'Philip', 'Raymond', 'Richard', 'Robert',
  'Roger', 'Ronald', 'Ryan', 'Samuel', 'Scott', 'Sean', 'Simon', 'Stephen', 'Steven', 'Stuart', 'Timothy', 'Todd', 'Tony', 'Trevor',
  'Tyler', 'Walter', 'William',
  // English-speaking countries: women
  'Abigail', 'Alice', 'Alison', 'Amanda', 'Amy', 'Andrea', 'Angela', 'Anna', 'Anne', 'Barbara', 'Bethany', 'Caroline', 'Catherine',
  'Charlotte', 'Chloe', 'Claire', 'Deborah', 'Diana', 'Donna', 'Elizabeth', 'Ellen', 'Emily', 'Emma', 'Fiona', 'Gillian', 'Hannah',
  'Heather', 'Helen', 'Jane', 'Janet', 'Jennifer', 'Jessica', 'Joanna', 'Julia', 'Julie', 'Karen', 'Kate', 'Katherine', 'Kathleen',
  'Laura', 'Lauren', 'Lisa', 'Louise', 'Lucy', 'Margaret', 'Megan', 'Melissa', 'Michelle', 'Nicola', 'Olivia', 'Pamela', 'Patricia',
  'Rachel', 'Rebecca', 'Ruth', 'Sarah', 'Sharon', 'Sophie', 'Stephanie', 'Susan', 'Teresa', 'Tracy', 'Valerie', 'Wendy',
  // African
  'Abdoulaye', 'Abubakar', 'Adebayo', 'Amara', 'Chidi', 'Chinedu', 'Chinwe', 'Emeka', 'Ifeoma', 'Kofi', 'Kwame', 'Ngozi', 'Nnamdi', 'Oluwaseun',
  'Thabo', 'Themba', 'Uhuru', 'Wanjiru', 'Yaw', 'Zanele',
  // Arabic, Turkish, Persian
  'Abdullah', 'Ahmad', 'Ahmed', 'Ali', 'Amina', 'Fatima', 'Hassan', 'Hussein', 'Ibrahim', 'Karim', 'Khaled', 'Khalid', 'Layla', 'Mahmoud',
  'Mehmet', 'Mohamed', 'Mohammed', 'Mustafa', 'Nasser', 'Omar', 'Reza', 'Samir', 'Tariq', 'Yasmin', 'Yousef', 'Yusuf',
  // South and East Asian
  'Amit', 'Anil', 'Arjun', 'Deepak', 'Priya', 'Rahul', 'Rajesh', 'Ravi', 'Sanjay', 'Sunita', 'Vikram', 'Hiroshi', 'Kenji', 'Takeshi',
  'Yuki', 'Jae', 'Min', 'Wei', 'Li', 'Thanh',
  // Latin American, Romance
  'Alejandro', 'Ana', 'Andrés', 'Carlos', 'Diego', 'Eduardo', 'Felipe', 'Fernando', 'Francisco', 'Gabriel', 'Javier', 'Jorge', 'José', 'Juan',
  'Luis', 'Luiz', 'Manuel', 'Miguel', 'Pablo', 'Pedro', 'Rafael', 'Ricardo', 'Sofía', 'Lucía', 'Giorgia', 'Giuseppe', 'Giovanni', 'Luca',
  'Matteo', 'Pierre', 'Jean', 'François', 'Marie', 'Isabelle', 'Nathalie',
  // European
  'Anders', 'Lars', 'Nils', 'Ingrid', 'Jan', 'Jonas', 'Katarzyna', 'Krzysztof', 'Piotr', 'Tomasz', 'Andrzej', 'Nikos', 'Yannis', 'Dimitris',
  'Stefan', 'Klaus', 'Wolfgang', 'Jürgen', 'Hans', 'Ivan', 'Mikhail', 'Nikolai', 'Olga', 'Yulia', 'Oksana', 'Iryna', 'Natalia',
];
