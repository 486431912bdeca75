/**
 * Function words of German and English (folded), left out of topical features. Words that carry topic
 * (nouns, verbs of the event) are not listed: the IDF weighting takes care of frequent content words.
 * Kept here rather than in src/lang/<code>/ because the analysis reads one merged set for both languages.
 */
const GERMAN = `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bereits bin bis bisher
bist da dabei damit dann darauf darum das dass dem den denen denn der deren des dessen die dies diese diesem diesen dieser
dieses doch dort durch ein eine einem einen einer eines er es etwa euch fur gegen gewesen hab habe haben hat hatte hatten
hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in ist jedoch jetzt kann kein keine keinen konnen konnte
mehr mit muss nach nachdem nicht nichts noch nun nur ob oder ohne sehr sei seien sein seine seinem seinen seiner seit sich
sie sind so solche soll sollen sollte sondern sowie uber um und uns unter vom von vor war waren warum was weil weiter
weitere welche wenn werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen sagte sagt teilte mit
laut zufolge angaben heute gestern montag dienstag mittwoch donnerstag freitag samstag sonntag woche wochen monat jahr
jahre jahren prozent rund etwa mehrere hundert tausend zwei drei vier funf sechs sieben acht neun zehn`;
const ENGLISH = `a about after again against all also an and any are as at be because been before being between both but by
can could did do does during each few for from further had has have having he her here hers him his how if in into is it
its itself just more most no nor not now of off on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your said says told according statement monday tuesday wednesday thursday friday
saturday sunday week weeks month year years percent per cent around about several hundred hundreds thousand thousands
two three four five six seven eight nine ten`;
/**
 * Words of news reporting itself: who said it, when, how many. Every report of every event uses them, so they
 * say nothing about which event an article is about; in a small corpus the document frequencies cannot tell
 * yet, so they are listed (folded, both languages).
 */
const REPORTING = `mitteilte mitgeteilt erklarte erklart berichtete berichtet bestatigte bestatigt hiess heisst sprach spricht
sprecher sprecherin sprechers demnach insgesamt mindestens hochstens bislang weiterhin zunachst inzwischen mittlerweile
derzeit zahl zahlen angabe menschen personen leute morgen abend nacht mittag nachmittag vormittag tag tage tagen vortag
montagmorgen montagabend montagmittag dienstagmorgen dienstagabend mittwochmorgen mittwochabend donnerstagmorgen
donnerstagabend freitagmorgen freitagabend samstagmorgen samstagabend sonntagmorgen sonntagabend uhr millionen milliarden
euro dollar neue neuen ersten erste letzten vergangenen sagen erklaren mitteilen
people person persons morning evening night afternoon day days earlier later least including spokesman spokeswoman
spokesperson announced reported confirmed million billion euros dollars new first last`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${GERMAN} ${ENGLISH} ${REPORTING}`.split(/\s+/).filter(Boolean));
