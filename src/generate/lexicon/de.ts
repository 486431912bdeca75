/**
 * German lexicon for the corpus generator: invented people and outlets, real countries and places,
 * roles, organisations and phrase tables. Written for the generator (not taken from any article).
 */
import type { GenCountry, OrgEntry, Outlet, RoleEntry } from './types.js';
import type { EventKind } from '../types.js';

export const countries: readonly GenCountry[] = [
  { code: 'UA', name: 'die Ukraine', adj: 'ukrainisch', people: 'Ukrainer', capital: 'Kiew', places: ['Charkiw', 'Saporischschja', 'Odessa', 'Cherson', 'Dnipro', 'Sumy', 'Pokrowsk'], conflict: true },
  { code: 'RU', name: 'Russland', adj: 'russisch', people: 'Russen', capital: 'Moskau', places: ['Belgorod', 'Kursk', 'Brjansk', 'Woronesch', 'Rostow am Don'], conflict: true },
  { code: 'SD', name: 'der Sudan', adj: 'sudanesisch', people: 'Sudanesen', capital: 'Khartum', places: ['El Fasher', 'Omdurman', 'Nyala', 'Wad Madani'], conflict: true },
  { code: 'SY', name: 'Syrien', adj: 'syrisch', people: 'Syrer', capital: 'Damaskus', places: ['Aleppo', 'Idlib', 'Homs', 'Deir ez-Zor'], conflict: true },
  { code: 'ML', name: 'Mali', adj: 'malisch', people: 'Malier', capital: 'Bamako', places: ['Gao', 'Timbuktu', 'Mopti', 'Kidal'], conflict: true },
  { code: 'CD', name: 'der Kongo', adj: 'kongolesisch', people: 'Kongolesen', capital: 'Kinshasa', places: ['Goma', 'Bukavu', 'Beni', 'Bunia'], conflict: true },
  { code: 'MM', name: 'Myanmar', adj: 'myanmarisch', people: 'Myanmarer', capital: 'Naypyidaw', places: ['Mandalay', 'Sittwe', 'Lashio', 'Myitkyina'], conflict: true },
  { code: 'YE', name: 'der Jemen', adj: 'jemenitisch', people: 'Jemeniten', capital: 'Sanaa', places: ['Aden', 'Hodeida', 'Marib', 'Taiz'], conflict: true },
  { code: 'NG', name: 'Nigeria', adj: 'nigerianisch', people: 'Nigerianer', capital: 'Abuja', places: ['Maiduguri', 'Kano', 'Lagos', 'Jos'], conflict: true },
  { code: 'DE', name: 'Deutschland', adj: 'deutsch', people: 'Deutsche', capital: 'Berlin', places: ['Dresden', 'Köln', 'Passau', 'Magdeburg', 'Freiburg', 'Rostock'], conflict: false },
  { code: 'AT', name: 'Österreich', adj: 'österreichisch', people: 'Österreicher', capital: 'Wien', places: ['Graz', 'Linz', 'Innsbruck', 'Salzburg'], conflict: false },
  { code: 'IT', name: 'Italien', adj: 'italienisch', people: 'Italiener', capital: 'Rom', places: ['Bologna', 'Neapel', 'Palermo', 'Genua'], conflict: false },
  { code: 'ES', name: 'Spanien', adj: 'spanisch', people: 'Spanier', capital: 'Madrid', places: ['Valencia', 'Sevilla', 'Saragossa', 'Málaga'], conflict: false },
  { code: 'TR', name: 'die Türkei', adj: 'türkisch', people: 'Türken', capital: 'Ankara', places: ['Hatay', 'Gaziantep', 'Izmir', 'Adana'], conflict: false },
  { code: 'GR', name: 'Griechenland', adj: 'griechisch', people: 'Griechen', capital: 'Athen', places: ['Thessaloniki', 'Larisa', 'Patras', 'Volos'], conflict: false },
  { code: 'BD', name: 'Bangladesch', adj: 'bangladeschisch', people: 'Bangladescher', capital: 'Dhaka', places: ['Chittagong', 'Sylhet', 'Khulna'], conflict: false },
  { code: 'PK', name: 'Pakistan', adj: 'pakistanisch', people: 'Pakistaner', capital: 'Islamabad', places: ['Peschawar', 'Karatschi', 'Quetta', 'Lahore'], conflict: false },
  { code: 'FR', name: 'Frankreich', adj: 'französisch', people: 'Franzosen', capital: 'Paris', places: ['Lyon', 'Marseille', 'Lille', 'Nantes'], conflict: false },
  { code: 'PL', name: 'Polen', adj: 'polnisch', people: 'Polen', capital: 'Warschau', places: ['Breslau', 'Krakau', 'Danzig', 'Posen'], conflict: false },
];

export const firstNamesM = ['Jonas', 'Matthias', 'Stefan', 'Andrij', 'Mehmet', 'Luca', 'Pablo', 'Tomasz', 'Karim', 'Dmitri', 'Henrik', 'Ole', 'Yusuf', 'Giorgos', 'Jean-Marc', 'Felix', 'Ibrahim', 'Oleksandr', 'Rafael', 'Bernd'];
export const firstNamesF = ['Anna', 'Katrin', 'Olena', 'Ayşe', 'Giulia', 'Lucía', 'Agnieszka', 'Fatima', 'Irina', 'Sabine', 'Miriam', 'Elif', 'Sophie', 'Nadia', 'Eleni', 'Claudia', 'Amina', 'Hanna', 'Marta', 'Ulrike'];
export const lastNames = ['Keller', 'Brandt', 'Kowalenko', 'Yılmaz', 'Ferraro', 'Ortega', 'Nowak', 'Haddad', 'Sokolow', 'Lindqvist', 'Adeyemi', 'Papadakis', 'Dubois', 'Hartmann', 'Mansour', 'Schwarzer', 'Tkachenko', 'Moreau', 'Wegener', 'Okafor', 'Rinaldi', 'Kaya', 'Vogt', 'Petrenko', 'Baumgart'];

/**
 * Roles. `of` follows the role noun; "{A}" takes the genitive/dative weak ending "en"
 * (the renderer appends it), e.g. "des {A}en Innenministeriums".
 */
export const roles: readonly RoleEntry[] = [
  { m: 'Sprecher', f: 'Sprecherin', genM: 'Sprechers', genF: 'Sprecherin', of: 'des {A}en Innenministeriums', events: [] },
  { m: 'Sprecher', f: 'Sprecherin', genM: 'Sprechers', genF: 'Sprecherin', of: 'des {A}en Verteidigungsministeriums', events: ['attack', 'frontline'] },
  { m: 'Sprecher', f: 'Sprecherin', genM: 'Sprechers', genF: 'Sprecherin', of: 'der örtlichen Polizei', events: ['attack', 'protest', 'fire', 'flood'] },
  { m: 'Gouverneur', f: 'Gouverneurin', genM: 'Gouverneurs', genF: 'Gouverneurin', of: 'der Region {P}', events: ['attack', 'frontline', 'flood', 'quake', 'fire'] },
  { m: 'Bürgermeister', f: 'Bürgermeisterin', genM: 'Bürgermeisters', genF: 'Bürgermeisterin', of: 'von {P}', events: [] },
  { m: 'Innenminister', f: 'Innenministerin', genM: 'Innenministers', genF: 'Innenministerin', of: '', events: ['attack', 'protest', 'flood', 'quake', 'fire'] },
  { m: 'Verteidigungsminister', f: 'Verteidigungsministerin', genM: 'Verteidigungsministers', genF: 'Verteidigungsministerin', of: '', events: ['attack', 'frontline'] },
  { m: 'Finanzminister', f: 'Finanzministerin', genM: 'Finanzministers', genF: 'Finanzministerin', of: '', events: ['budget', 'flood', 'quake'] },
  { m: 'Wahlleiter', f: 'Wahlleiterin', genM: 'Wahlleiters', genF: 'Wahlleiterin', of: '', events: ['election'] },
  { m: 'Einsatzleiter', f: 'Einsatzleiterin', genM: 'Einsatzleiters', genF: 'Einsatzleiterin', of: 'der Feuerwehr', events: ['fire', 'flood', 'quake'] },
  { m: 'Generalstabschef', f: 'Generalstabschefin', genM: 'Generalstabschefs', genF: 'Generalstabschefin', of: '', events: ['frontline'] },
  { m: 'Leiter', f: 'Leiterin', genM: 'Leiters', genF: 'Leiterin', of: 'des Krankenhauses in {P}', events: ['attack', 'quake', 'flood'] },
  { m: 'Regierungssprecher', f: 'Regierungssprecherin', genM: 'Regierungssprechers', genF: 'Regierungssprecherin', of: '', events: [] },
];

/** Organisations and agencies: nominative, dative, genitive, a short later mention and pronoun. */
export const orgs: readonly OrgEntry[] = [
  { kind: 'government', nom: 'das {A}e Verteidigungsministerium', dat: 'dem {A}en Verteidigungsministerium', gen: 'des {A}en Verteidigungsministeriums', short: 'das Ministerium', pron: 'es', plural: false, events: ['attack', 'frontline'] },
  { kind: 'government', nom: 'der {A}e Generalstab', dat: 'dem {A}en Generalstab', gen: 'des {A}en Generalstabs', short: 'der Generalstab', pron: 'er', plural: false, events: ['frontline', 'attack'] },
  { kind: 'government', nom: 'das {A}e Innenministerium', dat: 'dem {A}en Innenministerium', gen: 'des {A}en Innenministeriums', short: 'das Ministerium', pron: 'es', plural: false, events: ['protest', 'flood', 'fire', 'quake', 'attack'] },
  { kind: 'government', nom: 'die {A}e Regierung', dat: 'der {A}en Regierung', gen: 'der {A}en Regierung', short: 'die Regierung', pron: 'sie', plural: false, events: [] },
  { kind: 'government', nom: 'die Katastrophenschutzbehörde', dat: 'der Katastrophenschutzbehörde', gen: 'der Katastrophenschutzbehörde', short: 'die Behörde', pron: 'sie', plural: false, events: ['flood', 'quake', 'fire'] },
  { kind: 'government', nom: 'die Polizei', dat: 'der Polizei', gen: 'der Polizei', short: 'die Polizei', pron: 'sie', plural: false, events: ['protest', 'attack'] },
  { kind: 'government', nom: 'die Wahlkommission', dat: 'der Wahlkommission', gen: 'der Wahlkommission', short: 'die Kommission', pron: 'sie', plural: false, events: ['election'] },
  { kind: 'government', nom: 'das Finanzministerium', dat: 'dem Finanzministerium', gen: 'des Finanzministeriums', short: 'das Ministerium', pron: 'es', plural: false, events: ['budget'] },
  { kind: 'organisation', nom: 'die Vereinten Nationen', dat: 'den Vereinten Nationen', gen: 'der Vereinten Nationen', short: 'die UN', pron: 'sie', plural: true, events: ['attack', 'frontline', 'flood', 'quake'] },
  { kind: 'organisation', nom: 'das Rote Kreuz', dat: 'dem Roten Kreuz', gen: 'des Roten Kreuzes', short: 'die Hilfsorganisation', pron: 'sie', plural: false, events: ['attack', 'flood', 'quake', 'fire'] },
  { kind: 'organisation', nom: 'die Hilfsorganisation Ärzte ohne Grenzen', dat: 'der Hilfsorganisation Ärzte ohne Grenzen', gen: 'der Hilfsorganisation Ärzte ohne Grenzen', short: 'die Organisation', pron: 'sie', plural: false, events: ['attack', 'quake', 'frontline'] },
  { kind: 'organisation', nom: 'das Meinungsforschungsinstitut Demoskop', dat: 'dem Meinungsforschungsinstitut Demoskop', gen: 'des Meinungsforschungsinstituts Demoskop', short: 'das Institut', pron: 'es', plural: false, events: ['election'] },
  { kind: 'organisation', nom: 'die Gewerkschaft der Polizei', dat: 'der Gewerkschaft der Polizei', gen: 'der Gewerkschaft der Polizei', short: 'die Gewerkschaft', pron: 'sie', plural: false, events: ['protest'] },
  { kind: 'organisation', nom: 'der Bund der Steuerzahler', dat: 'dem Bund der Steuerzahler', gen: 'des Bundes der Steuerzahler', short: 'der Verband', pron: 'er', plural: false, events: ['budget'] },
];

/** Unnamed officials; {A} takes strong/weak endings as written. */
export const anonymous: readonly OrgEntry[] = [
  { kind: 'anonymous_official', nom: 'ein ranghoher {A}er Regierungsvertreter', dat: 'einem ranghohen {A}en Regierungsvertreter', gen: 'eines ranghohen {A}en Regierungsvertreters', short: 'der Regierungsvertreter', pron: 'er', plural: false, events: [] },
  { kind: 'anonymous_official', nom: 'ein {A}er Militärsprecher', dat: 'einem {A}en Militärsprecher', gen: 'eines {A}en Militärsprechers', short: 'der Militärsprecher', pron: 'er', plural: false, events: ['attack', 'frontline'] },
  { kind: 'anonymous_official', nom: 'ein Beamter des Innenministeriums', dat: 'einem Beamten des Innenministeriums', gen: 'eines Beamten des Innenministeriums', short: 'der Beamte', pron: 'er', plural: false, events: [] },
  { kind: 'anonymous_official', nom: 'eine Mitarbeiterin der Behörden', dat: 'einer Mitarbeiterin der Behörden', gen: 'einer Mitarbeiterin der Behörden', short: 'die Mitarbeiterin', pron: 'sie', plural: false, events: [] },
  { kind: 'anonymous_official', nom: '{A}e Sicherheitskreise', dat: '{A}en Sicherheitskreisen', gen: '{A}er Sicherheitskreise', short: 'die Sicherheitskreise', pron: 'sie', plural: true, events: ['attack', 'frontline', 'protest'] },
  { kind: 'anonymous_official', nom: 'westliche Diplomaten', dat: 'westlichen Diplomaten', gen: 'westlicher Diplomaten', short: 'die Diplomaten', pron: 'sie', plural: true, events: ['frontline', 'attack', 'election'] },
];

/** Media cited as sources (invented titles). */
export const media: readonly OrgEntry[] = [
  { kind: 'media', nom: 'die Zeitung „Abendkurier“', dat: 'der Zeitung „Abendkurier“', gen: 'der Zeitung „Abendkurier“', short: 'die Zeitung', pron: 'sie', plural: false, events: [] },
  { kind: 'media', nom: 'der Sender Radio Nordwelle', dat: 'dem Sender Radio Nordwelle', gen: 'des Senders Radio Nordwelle', short: 'der Sender', pron: 'er', plural: false, events: [] },
  { kind: 'media', nom: 'das Nachrichtenportal Faktenblick', dat: 'dem Nachrichtenportal Faktenblick', gen: 'des Nachrichtenportals Faktenblick', short: 'das Portal', pron: 'es', plural: false, events: [] },
  { kind: 'media', nom: 'die staatliche Nachrichtenagentur', dat: 'der staatlichen Nachrichtenagentur', gen: 'der staatlichen Nachrichtenagentur', short: 'die Agentur', pron: 'sie', plural: false, events: [] },
];

export const outlets: readonly Outlet[] = [
  { name: 'Rheinische Abendpost', domain: 'abendpost-rhein.example' },
  { name: 'Hanse-Kurier', domain: 'hansekurier.example' },
  { name: 'Der Morgenbote', domain: 'morgenbote.example' },
  { name: 'Alpenland Zeitung', domain: 'alpenland-zeitung.example' },
  { name: 'Berliner Depesche', domain: 'depesche-berlin.example' },
  { name: 'Weser-Nachrichten', domain: 'weser-nachrichten.example' },
  { name: 'Mitteldeutscher Anzeiger', domain: 'md-anzeiger.example' },
  { name: 'Donau-Rundschau', domain: 'donau-rundschau.example' },
  { name: 'Ostsee-Echo', domain: 'ostsee-echo.example' },
  { name: 'Tageblatt Süd', domain: 'tageblatt-sued.example' },
  { name: 'Pfälzer Merkur', domain: 'pfaelzer-merkur.example' },
  { name: 'Nachrichten am Main', domain: 'nam-online.example' },
];

export const agencies = ['dpa', 'AFP', 'Reuters', 'epd', 'KNA', 'AP'];

export const sections = ['politik', 'ausland', 'panorama', 'wirtschaft', 'nachrichten'];

/** Reporting verbs, preterite, singular/plural, with a separable particle where needed. */
export const sayVerbs: readonly { sg: string; pl: string; particle: string }[] = [
  { sg: 'sagte', pl: 'sagten', particle: '' },
  { sg: 'erklärte', pl: 'erklärten', particle: '' },
  { sg: 'teilte', pl: 'teilten', particle: 'mit' },
  { sg: 'betonte', pl: 'betonten', particle: '' },
  { sg: 'bestätigte', pl: 'bestätigten', particle: '' },
  { sg: 'gab', pl: 'gaben', particle: 'an' },
  { sg: 'berichtete', pl: 'berichteten', particle: '' },
  { sg: 'verkündete', pl: 'verkündeten', particle: '' },
];

/**
 * How each measure is said: plural nouns counted, the participle for a clause, the auxiliary
 * ("worden" passive or a sein-perfect) and a noun that stands for the figure alone ("Tote").
 */
export interface MeasurePhrase {
  counted: readonly string[];
  participle: readonly string[];
  /** true: "... seien getötet worden"; false: "... seien ums Leben gekommen" */
  passive: boolean;
  nouns: readonly string[];
}

export const measurePhrases: Readonly<Record<'killed' | 'wounded' | 'killed_or_wounded' | 'missing' | 'captured' | 'deployed' | 'displaced' | 'arrested', MeasurePhrase>> = {
  killed: { counted: ['Menschen', 'Zivilisten', 'Personen', 'Bewohner'], participle: ['getötet'], passive: true, nouns: ['Tote', 'Todesopfer'] },
  wounded: { counted: ['Menschen', 'Personen', 'Zivilisten'], participle: ['verletzt', 'verwundet'], passive: true, nouns: ['Verletzte', 'Verwundete'] },
  killed_or_wounded: { counted: ['Soldaten', 'Kämpfer'], participle: ['getötet oder verwundet', 'getötet oder verletzt'], passive: true, nouns: ['Tote und Verletzte', 'Opfer'] },
  missing: { counted: ['Menschen', 'Personen', 'Bewohner'], participle: ['vermisst'], passive: false, nouns: ['Vermisste'] },
  captured: { counted: ['Soldaten', 'Kämpfer'], participle: ['gefangen genommen'], passive: true, nouns: ['Gefangene', 'Kriegsgefangene'] },
  deployed: { counted: ['Soldaten', 'Einsatzkräfte', 'Polizisten', 'Helfer'], participle: ['entsandt', 'in die Region verlegt', 'zusammengezogen'], passive: true, nouns: ['Einsatzkräfte'] },
  displaced: { counted: ['Menschen', 'Bewohner', 'Familien'], participle: ['vertrieben', 'evakuiert', 'obdachlos geworden'], passive: true, nouns: ['Vertriebene', 'Obdachlose', 'Evakuierte'] },
  arrested: { counted: ['Demonstranten', 'Menschen', 'Personen', 'Verdächtige'], participle: ['festgenommen', 'in Gewahrsam genommen'], passive: true, nouns: ['Festnahmen'] },
};

/** Event words for leads and titles. */
export const eventNouns: Readonly<Record<EventKind, readonly string[]>> = {
  attack: ['einem Raketenangriff', 'einem Drohnenangriff', 'einem Anschlag', 'einem Luftangriff', 'einem Granatenbeschuss'],
  frontline: ['schweren Kämpfen', 'Gefechten', 'einer Offensive', 'heftigen Kämpfen'],
  flood: ['dem Hochwasser', 'den Überschwemmungen', 'dem Unwetter', 'den Sturzfluten'],
  quake: ['dem Erdbeben', 'dem schweren Beben', 'dem Erdstoß'],
  protest: ['Protesten', 'Ausschreitungen', 'Demonstrationen', 'Krawallen'],
  budget: ['dem Haushaltsstreit', 'der Haushaltsdebatte', 'den Sparplänen'],
  election: ['der Wahl', 'der Parlamentswahl', 'der Regionalwahl'],
  fire: ['dem Waldbrand', 'den Bränden', 'dem Großfeuer'],
};

export const titleNouns: Readonly<Record<EventKind, readonly string[]>> = {
  attack: ['Angriff auf {L}', 'Anschlag in {L}', 'Luftangriff auf {L} bei {P}'],
  frontline: ['Kämpfe um {L}', 'Offensive bei {L}', 'Lage an der Front bei {P}'],
  flood: ['Hochwasser in {L}', 'Überschwemmungen in {P}', 'Unwetter über {L}'],
  quake: ['Erdbeben bei {L}', 'Beben erschüttert {P}'],
  protest: ['Proteste in {P}', 'Krawalle in {L}', 'Demonstrationen in {P}'],
  budget: ['Haushalt: Streit um Milliarden', 'Sparpaket der Regierung', 'Neuer Haushaltsentwurf'],
  election: ['Wahl in {P}', 'Wahlergebnis aus {P}', 'Nach der Wahl in {P}'],
  fire: ['Waldbrand bei {L}', 'Feuer bei {P}', 'Brände rund um {L}'],
};

export const parties = ['die Fortschrittspartei', 'das Bürgerbündnis', 'die Volksunion', 'die Liste Zukunft', 'die Grüne Allianz'];

export const purposes = ['für den Wiederaufbau', 'als Soforthilfe', 'für die Verteidigung', 'für die Unterbringung der Betroffenen', 'für Schulen und Kitas', 'zur Sanierung der Deiche'];

export const weekdays = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
export const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/**
 * Background sentences without claims: they hold numbers that are NOT figures (years, ages, ordinals,
 * clock times, article numbers, durations), so that an extractor meets negatives in every article.
 * {P} place, {C} country, {Y} a year, {K} a capital, {A} adjective stem.
 */
export const background: readonly string[] = [
  'Die Region gilt seit {Y} als besonders gefährdet.',
  'Bereits im Jahr {Y} hatte es in {P} ähnliche Vorfälle gegeben.',
  'Der 54-jährige Bürgermeister ist seit {Y} im Amt.',
  'Es war bereits der dritte Vorfall dieser Art in diesem Monat.',
  'Die Sitzung des Krisenstabs begann um 14.30 Uhr.',
  'Nach Artikel 5 der Verfassung muss das Parlament zustimmen.',
  'Die Regierung in {K} kündigte eine Untersuchung an.',
  'Beobachter erwarten in den kommenden Tagen weitere Gespräche.',
  'Die Lage in {P} blieb am Abend angespannt.',
  'Ein Sprecher der Opposition sprach von einem Versagen der Behörden.',
  'Die Straße zwischen {P} und {K} ist seit dem Morgen gesperrt.',
  'Zum zweiten Mal innerhalb einer Woche tagte der Sicherheitsrat.',
  'Die Ermittlungen dauern nach Angaben der Staatsanwaltschaft noch an.',
  'Der Krisenstab will am Freitag um 9 Uhr erneut zusammenkommen.',
  'Schon im Sommer {Y} hatte die Regierung Reformen versprochen.',
  'Die 1998 gegründete Behörde ist für den Katastrophenschutz zuständig.',
  'Eine unabhängige Bestätigung gab es zunächst nicht.',
  'Die Angaben lassen sich nicht unabhängig überprüfen.',
  'Für die kommenden 48 Stunden rechnen Meteorologen mit Besserung.',
  'In {K} wurde die Entwicklung mit Sorge verfolgt.',
  'Das Gebiet liegt rund zwei Autostunden von der Hauptstadt entfernt.',
  'Der Vorfall ereignete sich gegen 6 Uhr morgens Ortszeit.',
  '{L} liegt etwa eine Stunde Fahrt von {P} entfernt.',
  'Viele Einwohner von {L} arbeiten in {P}.',
  'In {L} war es bereits {Y} zu Zwischenfällen gekommen.',
  'Der Bürgermeister von {L} sprach von der schwersten Krise seit Jahrzehnten.',
];

/** Closing lines and boilerplate that copies add or drop. */
export const boilerplate = [
  'Mehr zum Thema lesen Sie in unserem Liveblog.',
  'Dieser Artikel wird laufend aktualisiert.',
  'Mit Material von Nachrichtenagenturen.',
  'Lesen Sie auch: Die wichtigsten Fragen und Antworten.',
];

/** Context sentences without any number: they give the article its bulk of ordinary prose. */
export const context = [
  'Hilfsorganisationen warnen vor einer weiteren Verschärfung der Lage.',
  'Die Behörden in {K} riefen die Bevölkerung zur Ruhe auf.',
  '{C} steht seit Monaten unter internationalem Druck.',
  'Die Opposition forderte eine Sondersitzung des Parlaments.',
  'Ein Krisenstab in {K} beriet über weitere Maßnahmen.',
  'Internationale Beobachter äußerten sich besorgt über die Entwicklung.',
  'Anwohner berichteten von chaotischen Szenen, viele Straßen waren über Stunden nicht passierbar.',
  'Die Rettungsarbeiten wurden durch schlechtes Wetter und zerstörte Zufahrtswege erschwert.',
  'Kritiker werfen der Regierung vor, Warnungen von Fachleuten lange ignoriert zu haben.',
  'Nachbarländer boten Unterstützung an, darunter Notunterkünfte, Trinkwasser und medizinisches Personal.',
  'In den sozialen Netzwerken kursierten Bilder, deren Echtheit zunächst nicht geprüft werden konnte.',
  'Der Präsident brach eine Auslandsreise ab und kehrte vorzeitig in die Hauptstadt zurück.',
  'Schulen und Behörden in der Region blieben vorerst geschlossen.',
  'Die Europäische Union kündigte an, die Lage genau zu beobachten und gegebenenfalls zu helfen.',
  'Viele Familien verbrachten die Nacht bei Verwandten oder in eilig eingerichteten Sammelunterkünften.',
  'Nach Einschätzung von Fachleuten wird es Wochen dauern, bis sich die Lage normalisiert.',
  'Der Vorfall löste eine heftige Debatte über die Sicherheit in {P} aus.',
  'Auch in {K} gingen am Abend Menschen auf die Straße, um ihre Solidarität zu zeigen.',
];
