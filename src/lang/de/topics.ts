import type { TopicTables } from '../../analysis/tables.js';

/** German words for telling news topics apart (folded: lower case, no umlauts, ß → ss). */
export const topicTables: TopicTables = {
  stopwords: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bereits bin bis bisher
bist da dabei damit dann darauf darum das dass dem den denen denn der deren des dessen die dies diese diesem diesen dieser
dieses doch dort durch ein eine einem einen einer eines er es etwa euch fur gegen gewesen hab habe haben hat hatte hatten
hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in ist jedoch jetzt kann kein keine keinen konnen konnte
mehr mit muss nach nachdem nicht nichts noch nun nur ob oder ohne sehr sei seien sein seine seinem seinen seiner seit sich
sie sind so solche soll sollen sollte sondern sowie uber um und uns unter vom von vor war waren warum was weil weiter
weitere welche wenn werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen sagte sagt teilte mit
laut zufolge angaben heute gestern montag dienstag mittwoch donnerstag freitag samstag sonntag woche wochen monat jahr
jahre jahren prozent rund etwa mehrere hundert tausend zwei drei vier funf sechs sieben acht neun zehn`,
  reporting: `mitteilte mitgeteilt erklarte erklart berichtete berichtet bestatigte bestatigt hiess heisst sprach spricht
sprecher sprecherin sprechers demnach insgesamt mindestens hochstens bislang weiterhin zunachst inzwischen mittlerweile
derzeit zahl zahlen angabe menschen personen leute morgen abend nacht mittag nachmittag vormittag tag tage tagen vortag
montagmorgen montagabend montagmittag dienstagmorgen dienstagabend mittwochmorgen mittwochabend donnerstagmorgen
donnerstagabend freitagmorgen freitagabend samstagmorgen samstagabend sonntagmorgen sonntagabend uhr millionen milliarden
euro dollar neue neuen ersten erste letzten vergangenen sagen erklaren mitteilen`,
  events: {
    attack: ['angriff', 'angriffe', 'anschlag', 'anschlage', 'beschuss', 'explosion'],
    combat: ['offensive', 'kampfe', 'gefechte', 'front'],
    flood: ['hochwasser', 'flut', 'uberschwemmung', 'uberschwemmungen', 'unwetter', 'sturm'],
    quake: ['erdbeben', 'beben'],
    protest: ['protest', 'proteste', 'demonstration', 'demonstrationen', 'kundgebung', 'unruhen', 'krawalle', 'ausschreitungen'],
    budget: ['haushalt', 'haushaltsentwurf', 'sparpaket', 'etat', 'budget'],
    election: ['wahl', 'wahlen', 'stichwahl', 'wahlergebnis', 'wahlergebnisse', 'wahlbeteiligung'],
    fire: ['brand', 'brande', 'feuer', 'waldbrand'],
    strike: ['streik', 'streiks', 'warnstreik'],
  },
  notEvents: ['auswahl', 'zahl', 'vorwahl', 'ostfront', 'westfront', 'hausfront'],
  placeGenerics: 'landkreis kreis region gebiet stadt ort ortsteil ortschaft altstadt innenstadt bezirk provinz gemeinde dorf bundesland land gegend umgebung raum umland',
  placePrepositions: ['in', 'bei', 'nahe', 'aus'],
  placeLinkers: ['um', 'von'],
  placeContractions: ['im'],
  articles: ['der', 'die', 'dem', 'den', 'des'],
  determiners: ['das', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'diese', 'dieser', 'diesem', 'diesen'],
};
