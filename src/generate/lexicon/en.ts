/** English lexicon for the corpus generator (invented people and outlets, real places). */
import type { GenCountry, OrgEntry, Outlet } from './types.js';
import type { EventKind } from '../types.js';

export const countries: readonly GenCountry[] = [
  { code: 'UA', name: 'Ukraine', adj: 'Ukrainian', people: 'Ukrainians', capital: 'Kyiv', places: ['Kharkiv', 'Zaporizhzhia', 'Odesa', 'Kherson', 'Dnipro'], conflict: true },
  { code: 'RU', name: 'Russia', adj: 'Russian', people: 'Russians', capital: 'Moscow', places: ['Belgorod', 'Kursk', 'Bryansk'], conflict: true },
  { code: 'SD', name: 'Sudan', adj: 'Sudanese', people: 'Sudanese', capital: 'Khartoum', places: ['El Fasher', 'Omdurman', 'Nyala'], conflict: true },
  { code: 'YE', name: 'Yemen', adj: 'Yemeni', people: 'Yemenis', capital: 'Sanaa', places: ['Aden', 'Hodeidah', 'Marib'], conflict: true },
  { code: 'GB', name: 'Britain', adj: 'British', people: 'Britons', capital: 'London', places: ['Leeds', 'Cardiff', 'York', 'Carlisle'], conflict: false },
  { code: 'US', name: 'the United States', adj: 'US', people: 'Americans', capital: 'Washington', places: ['Houston', 'Sacramento', 'Asheville', 'Tulsa'], conflict: false },
  { code: 'IN', name: 'India', adj: 'Indian', people: 'Indians', capital: 'New Delhi', places: ['Assam', 'Kerala', 'Chennai', 'Patna'], conflict: false },
  { code: 'PH', name: 'the Philippines', adj: 'Philippine', people: 'Filipinos', capital: 'Manila', places: ['Cebu', 'Leyte', 'Davao'], conflict: false },
];

export const firstNamesM = ['James', 'Daniel', 'Oleksiy', 'Rahul', 'Marcus', 'Samuel', 'Ahmed', 'Peter'];
export const firstNamesF = ['Sarah', 'Priya', 'Emily', 'Olena', 'Grace', 'Maria', 'Hannah', 'Leila'];
export const lastNames = ['Whitfield', 'Okoro', 'Harrington', 'Mehta', 'Delgado', 'Kovalenko', 'Brennan', 'Santos', 'Fairbanks', 'Nakamura'];

export const roles: readonly { title: string; of: string; events: readonly EventKind[] }[] = [
  { title: 'spokesperson', of: 'for the {A} interior ministry', events: [] },
  { title: 'spokesperson', of: 'for the {A} defence ministry', events: ['attack', 'frontline'] },
  { title: 'governor', of: 'of the {P} region', events: ['attack', 'frontline', 'flood', 'quake', 'fire'] },
  { title: 'mayor', of: 'of {P}', events: [] },
  { title: 'police chief', of: 'in {P}', events: ['protest', 'attack'] },
  { title: 'finance minister', of: '', events: ['budget'] },
  { title: 'fire chief', of: 'in {P}', events: ['fire', 'flood'] },
  { title: 'election commissioner', of: '', events: ['election'] },
];

export const orgs: readonly OrgEntry[] = [
  { kind: 'government', nom: 'the {A} defence ministry', dat: '', gen: '', short: 'the ministry', pron: 'it', plural: false, events: ['attack', 'frontline'] },
  { kind: 'government', nom: 'the {A} government', dat: '', gen: '', short: 'the government', pron: 'it', plural: false, events: [] },
  { kind: 'government', nom: 'the emergency management agency', dat: '', gen: '', short: 'the agency', pron: 'it', plural: false, events: ['flood', 'quake', 'fire'] },
  { kind: 'government', nom: 'police', dat: '', gen: '', short: 'police', pron: 'they', plural: true, events: ['protest', 'attack'] },
  { kind: 'government', nom: 'the electoral commission', dat: '', gen: '', short: 'the commission', pron: 'it', plural: false, events: ['election'] },
  { kind: 'organisation', nom: 'the United Nations', dat: '', gen: '', short: 'the UN', pron: 'it', plural: false, events: ['attack', 'frontline', 'flood', 'quake'] },
  { kind: 'organisation', nom: 'the Red Cross', dat: '', gen: '', short: 'the Red Cross', pron: 'it', plural: false, events: ['attack', 'flood', 'quake', 'fire'] },
  { kind: 'organisation', nom: 'the Fiscal Watch institute', dat: '', gen: '', short: 'the institute', pron: 'it', plural: false, events: ['budget'] },
];

export const anonymous: readonly OrgEntry[] = [
  { kind: 'anonymous_official', nom: 'a senior {A} official', dat: '', gen: '', short: 'the official', pron: 'he', plural: false, events: [] },
  { kind: 'anonymous_official', nom: 'an official who asked not to be named', dat: '', gen: '', short: 'the official', pron: 'she', plural: false, events: [] },
  { kind: 'anonymous_official', nom: 'Western diplomats', dat: '', gen: '', short: 'the diplomats', pron: 'they', plural: true, events: ['attack', 'frontline', 'election'] },
];

export const media: readonly OrgEntry[] = [
  { kind: 'media', nom: 'the Harbour Times', dat: '', gen: '', short: 'the newspaper', pron: 'it', plural: false, events: [] },
  { kind: 'media', nom: 'broadcaster NewsLine 24', dat: '', gen: '', short: 'the broadcaster', pron: 'it', plural: false, events: [] },
];

export const outlets: readonly Outlet[] = [
  { name: 'The Daily Ledger', domain: 'dailyledger.example' },
  { name: 'Northern Herald', domain: 'northernherald.example' },
  { name: 'Evening Courier', domain: 'eveningcourier.example' },
  { name: 'Metro Gazette', domain: 'metrogazette.example' },
];

export const agencies = ['Reuters', 'AP', 'AFP'];
export const sections = ['world', 'news', 'politics', 'business'];

export const sayVerbs = ['said', 'told reporters', 'stated', 'confirmed', 'announced'];

export const measurePhrases: Readonly<Record<string, { counted: readonly string[]; participle: readonly string[]; nouns: readonly string[] }>> = {
  killed: { counted: ['people', 'civilians', 'residents'], participle: ['killed'], nouns: ['dead', 'deaths'] },
  wounded: { counted: ['people', 'civilians'], participle: ['injured', 'wounded'], nouns: ['injured'] },
  killed_or_wounded: { counted: ['soldiers', 'troops'], participle: ['killed or wounded'], nouns: ['casualties'] },
  missing: { counted: ['people', 'residents'], participle: ['missing'], nouns: ['missing'] },
  captured: { counted: ['soldiers', 'fighters'], participle: ['captured', 'taken prisoner'], nouns: ['prisoners'] },
  deployed: { counted: ['troops', 'soldiers', 'officers', 'firefighters'], participle: ['deployed', 'sent to the area'], nouns: ['personnel'] },
  displaced: { counted: ['people', 'residents', 'families'], participle: ['displaced', 'evacuated'], nouns: ['displaced'] },
  arrested: { counted: ['protesters', 'people', 'suspects'], participle: ['arrested', 'detained'], nouns: ['arrests'] },
};

export const eventNouns: Readonly<Record<EventKind, readonly string[]>> = {
  attack: ['a missile strike', 'a drone attack', 'a bombing', 'an air strike'],
  frontline: ['heavy fighting', 'an offensive', 'clashes'],
  flood: ['the floods', 'flash flooding', 'the storm'],
  quake: ['the earthquake', 'the quake'],
  protest: ['the protests', 'the riots', 'the demonstrations'],
  budget: ['the budget row', 'the spending review'],
  election: ['the election', 'the regional vote'],
  fire: ['the wildfire', 'the blaze'],
};

export const titleNouns: Readonly<Record<EventKind, readonly string[]>> = {
  attack: ['Strike on {P}', 'Attack in {P}'],
  frontline: ['Fighting near {P}', 'Offensive near {P}'],
  flood: ['Floods in {P}', 'Storm hits {P}'],
  quake: ['Earthquake near {P}', 'Quake shakes {P}'],
  protest: ['Protests in {P}', 'Unrest in {P}'],
  budget: ['Budget plans unveiled', 'Spending row deepens'],
  election: ['Vote in {P}', 'Election results from {P}'],
  fire: ['Wildfire near {P}', 'Blaze near {P}'],
};

export const parties = ['the Progress Party', 'the Civic Alliance', 'the People’s Union', 'the Green List'];
export const purposes = ['for reconstruction', 'in emergency aid', 'for defence', 'for schools', 'for flood defences'];
export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const background = [
  'The region has been considered at risk since {Y}.',
  'It was the third such incident this month.',
  'The crisis committee met at 2.30 pm.',
  'The 61-year-old mayor has been in office since {Y}.',
  'Officials in {K} announced an investigation.',
  'The figures could not be independently verified.',
  'Under Article 12 of the constitution, parliament must approve the measures.',
  'The road between {P} and {K} has been closed since the morning.',
];

export const boilerplate = ['This story has been updated.', 'Additional reporting by agencies.'];
