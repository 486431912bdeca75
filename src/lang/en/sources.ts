import { firstNames } from './first-names.js';
import type { SourceTables } from '../../claims/tables.js';

/**
 * Who can be a source in English news. Canonical names are the same as the German pack's, so that one ministry
 * or one anonymous official is one source across languages. Role and organisation nouns match in any case.
 */
export const sources: SourceTables = {
  definite: ['the'],
  indefinite: ['a', 'an', 'one'],
  negations: ['no'],
  adjectiveSkip: ['senior', 'top', 'high-ranking', 'former', 'unnamed', 'anonymous', 'western', 'military', 'defense', 'defence', 'intelligence', 'government', 'administration', 'security'],
  organisations: [
    { pattern: '(?:defen[cs]e|war) ministry|ministry of defen[cs]e|defen[cs]e department|department of defen[cs]e', base: 'Defense Ministry', en: 'Ministry of Defence', kind: 'government' },
    { pattern: 'foreign ministry|ministry of foreign affairs|state department|foreign office', base: 'Foreign Ministry', en: 'Foreign Ministry', kind: 'government' },
    { pattern: 'interior ministry|ministry of (?:the )?interior|home office', base: 'Interior Ministry', en: 'Interior Ministry', kind: 'government' },
    { pattern: 'health ministry|ministry of health', base: 'Health Ministry', en: 'Health Ministry', kind: 'government' },
    // "The Treasury says": a finance ministry under its own name
    { pattern: 'treasury|finance ministry|ministry of finance', base: 'Treasury', en: 'Treasury', kind: 'government' },
    { pattern: 'ministry', base: 'Ministry', en: 'Ministry', kind: 'government' },
    { pattern: 'Red Cross|Red Crescent', base: 'Red Cross', en: 'Red Cross', kind: 'organisation' },
    { pattern: 'general staff|joint chiefs of staff|joint chiefs', base: 'General Staff', en: 'General Staff', kind: 'government' },
    // "state authorities said", "local authorities": the unnamed authorities go by their own word, not "government"
    { pattern: 'authorities', base: 'authorities', en: 'authorities', kind: 'government' },
    // "U.S. prosecutors said": prosecutors in the plural speak as the prosecuting office, a public body (one named
    // prosecutor stays a person, an unnamed one an official)
    { pattern: 'prosecutors', base: 'prosecutors', en: 'prosecutors', kind: 'government' },
    { pattern: 'government|administration|officials', base: 'government', en: 'government', kind: 'government' },
    // departments of a city or state named by their field: "the city's education department"
    { pattern: '(?:education|transport|transportation|housing|labou?r|social services|sanitation|public works|environment|environmental protection) (?:department|secretariat)', base: 'department', en: 'department', kind: 'government', named: true },
    // the branch a statement comes from is kept (army, air force, navy); the armed forces as a whole are the military
    // a body's own press arm speaks for it: "the military's media wing", "the ministry's press service"
    { pattern: '(?:media|press|public relations|information) (?:wing|office|service|department|unit)', base: 'press office', en: 'press office', kind: 'government' },
    { pattern: 'army', base: 'army', en: 'army', kind: 'government' },
    { pattern: 'air force', base: 'air force', en: 'air force', kind: 'government' },
    { pattern: 'navy', base: 'navy', en: 'navy', kind: 'government' },
    { pattern: 'armed forces|military|forces', base: 'military', en: 'military', kind: 'government' },
    { pattern: 'intelligence|intelligence agency|intelligence services|spy agency', base: 'intelligence', en: 'intelligence', kind: 'government' },
    { pattern: 'police', base: 'police', en: 'police', kind: 'government' },
    // emergency services, also with a lower-case place or level before them: "the county fire department"
    { pattern: '(?:[\\p{Ll}-]+ )?(?:fire|rescue|ambulance|emergency) (?:department|service|services|brigade|authority)', base: 'fire department', en: 'fire department', kind: 'government' },
    { pattern: '(?:[\\p{Ll}-]+ )?coast ?guard', base: 'coast guard', en: 'coast guard', kind: 'government' },
    { pattern: "president's office|presidential office", base: "President's Office", en: "President's Office", kind: 'government' },
    { pattern: 'Kremlin', base: 'Kremlin', en: 'Kremlin', kind: 'government', country: 'RU' },
    { pattern: 'White House', base: 'White House', en: 'White House', kind: 'government', country: 'US' },
    { pattern: 'Pentagon', base: 'Pentagon', en: 'Pentagon', kind: 'government', country: 'US' },
    { pattern: 'National Security Council|Security Council', base: 'Security Council', en: 'Security Council', kind: 'government' },
    { pattern: 'UN human rights office|OHCHR', base: 'UN Human Rights Office', en: 'UN Human Rights Office', kind: 'organisation' },
    { pattern: 'UNHCR|(?:UN|U\\.N\\.) refugee agency', base: 'UNHCR', en: 'UNHCR', kind: 'organisation' },
    { pattern: 'United Nations|UN|U\\.N\\.', base: 'United Nations', en: 'United Nations', kind: 'organisation' },
    { pattern: 'NATO', base: 'NATO', en: 'NATO', kind: 'organisation' },
    { pattern: 'European Commission|EU Commission|EU executive', base: 'European Commission', en: 'European Commission', kind: 'organisation', country: 'EU' },
    { pattern: 'EU|European Union', base: 'EU', en: 'European Union', kind: 'organisation' },
    { pattern: 'WHO|World Health Organization', base: 'WHO', en: 'WHO', kind: 'organisation' },
    { pattern: 'WFP|World Food Programme|World Food Program|(?:UN|U\\.N\\.) food agency', base: 'WFP', en: 'World Food Programme', kind: 'organisation' },
    { pattern: 'FAO|Food and Agriculture Organization', base: 'FAO', en: 'FAO', kind: 'organisation' },
    { pattern: "UNICEF|Unicef|(?:UN|U\\.N\\.) children['’]s (?:agency|fund)", base: 'UNICEF', en: 'UNICEF', kind: 'organisation' },
    { pattern: 'OCHA|(?:UN|U\\.N\\.) humanitarian office|(?:UN|U\\.N\\.) Office for the Coordination of Humanitarian Affairs', base: 'OCHA', en: 'OCHA', kind: 'organisation' },
    { pattern: 'Red Cross|ICRC', base: 'Red Cross', en: 'Red Cross', kind: 'organisation' },
    { pattern: 'crisis (?:team|unit|staff|committee)', base: 'crisis team', en: 'crisis team', kind: 'government', members: true },
    { pattern: 'Europol', base: 'Europol', en: 'Europol', kind: 'organisation', country: 'EU' },
    { pattern: 'Frontex', base: 'Frontex', en: 'Frontex', kind: 'organisation', country: 'EU' },
    { pattern: 'Interpol', base: 'Interpol', en: 'Interpol', kind: 'organisation' },
    { pattern: 'Amnesty International|Amnesty', base: 'Amnesty International', en: 'Amnesty International', kind: 'organisation' },
    { pattern: 'Human Rights Watch', base: 'Human Rights Watch', en: 'Human Rights Watch', kind: 'organisation' },
    { pattern: 'Institute for the Study of War|ISW', base: 'ISW', en: 'Institute for the Study of War', kind: 'organisation' },
    { pattern: 'Hamas', base: 'Hamas', en: 'Hamas', kind: 'organisation' },
    { pattern: 'Hezbollah', base: 'Hezbollah', en: 'Hezbollah', kind: 'organisation' },
    { pattern: 'International Organization for Migration|IOM', base: 'IOM', en: 'International Organization for Migration', kind: 'organisation' },
    // not "RSF": the same letters name Sudan's Rapid Support Forces; an unknown acronym stands as its own name
    { pattern: 'Reporters Without Borders', base: 'Reporters Without Borders', en: 'Reporters Without Borders', kind: 'organisation' },
    { pattern: 'Doctors Without Borders|MSF|Médecins Sans Frontières', base: 'Doctors Without Borders', en: 'Doctors Without Borders', kind: 'organisation' },
    { pattern: "(?:prime minister|premier|chancellor)['’]s office", base: "Prime Minister's Office", en: "Prime Minister's Office", kind: 'government' },
    { pattern: '(?:trade |labou?r )?unions', base: 'unions', en: 'unions', kind: 'organisation' },
    { pattern: '(?:trade |labou?r )?union|association|federation|confederation|co-?operative', base: 'union', en: 'union', kind: 'organisation' },
    { pattern: 'organi[sz]ers', base: 'organisers', en: 'organisers', kind: 'organisation' },
    { pattern: 'think tank|institute', base: 'institute', en: 'institute', kind: 'organisation' },
    // armed opposition named by what it is: "rebels say", "the resistance said"
    { pattern: 'rebels|insurgents|rebel (?:forces|fighters|groups|alliance|coalition)', base: 'rebels', en: 'rebels', kind: 'organisation' },
    { pattern: 'resistance(?: forces| fighters| movement)?', base: 'resistance', en: 'resistance', kind: 'organisation' },
    { pattern: '(?:human )?rights (?:groups|organi[sz]ations|monitors)', base: 'human rights groups', en: 'human rights groups', kind: 'organisation' },
    { pattern: '(?:militant |armed |rebel |rights |aid |resistance )?group|militia|organi[sz]ation|charity|company|firm|consultancy|operator|airline|carrier|insurer|lender', base: 'group', en: 'group', kind: 'organisation' },
    // a state body that oversees a market or a service: "the energy regulator", "Britain's competition watchdog"
    { pattern: 'regulator|watchdog|regulatory (?:body|agency|authority)|inspectorate|ombudsman', base: 'regulator', en: 'regulator', kind: 'government' },
    // a state service named by its field: "the correctional service", "the national weather service"
    { pattern: '(?:correctional|prison|prisons|immigration|customs|border|weather|meteorological|health|ambulance|statistics|statistical|tax|revenue|postal|forestry|wildlife|parks|probation|security|intelligence|emergency|civil defen[cs]e|consumer|transport|aviation|maritime|food safety|food|drug|medicines|nuclear|environment|environmental|energy|road|rail|disaster management|disaster) (?:service|services|agency|office|bureau|board)', base: 'service', en: 'service', kind: 'government', named: true, lowerCase: true },
    { pattern: 'authority|agency', base: 'authority', en: 'authority', kind: 'government' },
    // a professional or trade chamber speaks for its members: "the chamber believes"
    { pattern: 'chamber', base: 'chamber', en: 'chamber', kind: 'organisation' },
    { pattern: 'statement|report|document|study|assessment|update|memo|memorandum|data|figures|survey|filing|letter|tally|census|audit', base: 'document', en: 'document', kind: 'document' },
  ],
  roles: [
    { pattern: 'government officials?', base: 'government official', en: 'government official', official: true },
    { pattern: 'military officials?', base: 'military official', en: 'military official', official: true },
    { pattern: 'intelligence officials?', base: 'intelligence official', en: 'intelligence official', official: true },
    { pattern: 'defen[cs]e officials?', base: 'defense official', en: 'defense official', official: true },
    { pattern: 'officials?', base: 'official', en: 'official', official: true },
    { pattern: 'diplomats?', base: 'diplomat', en: 'diplomat', official: true },
    // civil servants who run an area or a case: "provincial administrator Ann Lee", "a district commissioner"
    { pattern: 'administrators?|commissioners?|superintendents?|sheriffs?|prosecutor|coroners?', base: 'administrator', en: 'administrator', official: true },
    // a US county judge runs the county, not only a court: "Calloway County Judge Ray Delgado"
    { pattern: 'judges?', base: 'judge', en: 'judge', official: true },
    { pattern: 'member', base: 'member', en: 'member', official: true },
    { pattern: 'officers?|colonel|lieutenant colonel|major|captain|lieutenant|sergeant|brigadier(?: general)?|major general|lieutenant general', base: 'officer', en: 'officer', official: true },
    // abbreviated titles before a name ("Brig. Gen. Pat Ryder", "Lt. Col. Ann Ross", "Sen. Mary Cole"): the period is
    // part of the word; only capitalised, as titles are written
    { pattern: '(?:Brig|Gen|Lt|Col|Maj|Capt|Cpt|Cmdr|Adm|Sgt|Cpl|Supt|Insp|Det)\\.', base: 'officer', en: 'officer', official: true },
    { pattern: '(?:Sen|Rep|Sens|Reps)\\.', base: 'politician', en: 'politician' },
    { pattern: 'Gov\\.', base: 'governor', en: 'governor' },
    { pattern: 'Kremlin spokesman|Kremlin spokesperson', base: 'Kremlin spokesman', en: 'Kremlin spokesman' },
    { pattern: 'spokesman|spokeswoman|spokesperson|press secretary', base: 'spokesperson', en: 'spokesperson' },
    { pattern: 'president', base: 'president', en: 'president' },
    { pattern: 'prime minister|chancellor|premier', base: 'head of government', en: 'head of government' },
    { pattern: 'defen[cs]e minister|defen[cs]e secretary|secretary of defen[cs]e', base: 'defence minister', en: 'defence minister' },
    { pattern: 'foreign minister|foreign secretary|secretary of state', base: 'foreign minister', en: 'foreign minister' },
    { pattern: 'minister|secretary', base: 'minister', en: 'minister' },
    { pattern: 'commander-in-chief|commander|chief of staff|general|army chief', base: 'commander', en: 'commander' },
    { pattern: 'governor|mayor', base: 'governor', en: 'governor' },
    { pattern: 'ambassador|envoy', base: 'ambassador', en: 'ambassador' },
    // "WHO country representative Dr. Miriam Osei": a body's representative in a country speaks for it
    { pattern: 'representatives?', base: 'representative', en: 'representative', official: true },
    { pattern: 'adviser|advisor|national security adviser', base: 'adviser', en: 'adviser' },
    // experts speak for themselves, not for a state: unnamed ones are people, never anonymous officials
    { pattern: 'experts?|analysts?|researchers?|economists?|scientists?|strategists?', base: 'expert', en: 'expert', private: true },
    // company and agency offices of two or more words, and their letters: "chief executive Jane Porter", "Acme CEO Tom
    // Hale", "the agency's director-general"; before "head"/"chief", which would take the first word alone
    { pattern: 'chief (?:executive|operating|financial|commercial|investment|technology)(?: officer)?|chief economist|chief strategist|chief scientist|CEO|COO|CFO|managing director|executive director|general manager|director[- ]general|secretary[- ]general|(?:vice[- ])?president and chief executive', base: 'chief executive', en: 'chief executive' },
    // "co-leader", "co-chair": a shared office is the office
    { pattern: '(?:co-)?(?:head|chief|director|chairman|chairwoman|chairperson|chair)', base: 'head', en: 'head' },
    { pattern: 'coordinators?', base: 'coordinator', en: 'coordinator' },
    { pattern: 'lawmakers?|senator|politician', base: 'politician', en: 'politician' },
    // people who saw or lived through an event speak for themselves: persons without a name
    { pattern: 'residents?|witness(?:es)?|eyewitness(?:es)?|survivors?|rescuers?|rescue workers?|volunteers?|relatives?|farmers?|villagers?', base: 'witness', en: 'witness', private: true },
    // staff of a hospital or a school speak from their post, as the German "ein Arzt", "ein Lehrer": unnamed, anonymous
    { pattern: 'doctors?|physicians?|surgeons?|medics?|paramedics?|nurses?', base: 'doctor', en: 'doctor' },
    { pattern: 'teachers?', base: 'teacher', en: 'teacher' },
    { pattern: '(?:co-)?leader|dictator', base: 'leader', en: 'leader' },
  ],
  media: [
    // media named by what they are, not by a title: "state media reported ...", "local media said ..."
    ['state media', 'state media'], ['State media', 'state media'], ['state television', 'state television'], ['State television', 'state television'],
    ['state TV', 'state television'], ['State TV', 'state television'], ['local media', 'local media'], ['Local media', 'local media'], ['media', 'media'],
    ['state news agency', 'state news agency'], ['State news agency', 'state news agency'],
    ['New York Times', 'New York Times'], ['NYT', 'New York Times'], ['Washington Post', 'Washington Post'], ['Wall Street Journal', 'Wall Street Journal'],
    ['Financial Times', 'Financial Times'], ['Guardian', 'The Guardian'], ['BBC', 'BBC'], ['CNN', 'CNN'], ['Reuters', 'Reuters'],
    ['Associated Press', 'Associated Press'], ['AP', 'Associated Press'], ['AFP', 'AFP'], ['Bloomberg', 'Bloomberg'], ['Kyiv Independent', 'Kyiv Independent'],
    ['Kyiv Post', 'Kyiv Post'], ['Ukrainska Pravda', 'Ukrainska Pravda'], ['Militarnyi', 'Militarnyi'], ['France 24', 'France 24'], ['France24', 'France 24'],
    ['Al Jazeera', 'Al Jazeera'], ['TASS', 'TASS'], ['Tass', 'TASS'], ['Interfax', 'Interfax'], ['RIA Novosti', 'RIA Novosti'], ['Yonhap', 'Yonhap'], ['KCNA', 'KCNA'],
    ['Politico', 'Politico'], ['Axios', 'Axios'], ['Economist', 'The Economist'], ['Der Spiegel', 'Der Spiegel'], ['Spiegel', 'Der Spiegel'], ['Meduza', 'Meduza'],
    ['Nikkei', 'Nikkei'], ['NHK', 'NHK'], ['Newsweek', 'Newsweek'], ['Times', 'The Times'], ['Sky News', 'Sky News'], ['NBC News', 'NBC News'], ['CBS News', 'CBS News'], ['ABC News', 'ABC News'], ['Fox News', 'Fox News'],
  ],
  // not Post, Express, Star, Sun, Standard alone: they end firms' names too (Deutsche Post, American Express)
  mediaTitleTails: 'Times|Herald|Journal|Tribune|Gazette|Chronicle|Observer|Telegraph|Courier|Inquirer|Examiner|Sentinel|Dispatch|Mirror|Bulletin|Advertiser|Argus|Ledger|Clarion|Globe',
  mediaNouns: ['newspaper', 'broadcaster', 'agency', 'news agency', 'outlet', 'channel', 'magazine', 'daily', 'state media', 'media', 'paper', 'tabloid', 'weekly', 'website', 'site', 'portal'],
  firstNames: [
    'Volodymyr', 'Vladimir', 'Dmitry', 'Dmitri', 'Maria', 'Sergei', 'Sergey', 'Andriy', 'Oleksandr', 'Alexander', 'Alexei', 'Kyrylo', 'Ihor', 'Denys', 'Dmytro',
    'Mykhailo', 'Olaf', 'Boris', 'Friedrich', 'Emmanuel', 'Joe', 'Donald', 'Antony', 'Lloyd', 'John', 'Jake', 'Kamala', 'Mark', 'Jens', 'Ursula', 'Keir', 'Rishi',
    'David', 'Yoon', 'Kim', 'Shigeru', 'Fumio', 'Benjamin', 'Yoav', 'Recep', 'Xi', 'Antonio', 'António', 'Pete', 'Marco', 'Michael', 'Peter', 'Thomas', 'Karine',
    'Matthew', 'Linda', 'Vedant', 'Sabrina', 'Pat', 'Rustem', 'Valerii', 'Ramzan', 'Oleh', 'Vitali', 'Vitaliy',
    ...firstNames,
  ],
  // market people quoted without names speak as unnamed sources: "two London-based brokers said", "traders said"
  anonymous: [['sources', 'sources'], ['source', 'source'], ['people familiar with the matter', 'sources'], ['insiders?', 'insider'],
    ['brokers?', 'brokers'], ['traders?', 'traders'], ['dealers?', 'dealers'], ['bankers?', 'bankers']],
  informants: { nouns: 'person|people|persons|source|sources|insider|insiders', links: 'familiar with|briefed on|close to|(?:with|who has|who have) (?:direct |first-hand )?knowledge of|involved in|aware of|knowledgeable about' },
  partitiveOf: 'of',
  genitives: ['of', 'at', 'for'],
  adjective: '[\\p{Ll}][\\p{L}.-]*',
  notAdjectives: ['said', 'says', 'say', 'told', 'tells', 'added', 'and', 'or', 'but', 'who', 'which', 'that', 'on', 'in', 'at', 'of', 'for', 'to', 'with', 'from', 'by', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'estimated', 'reported', 'claimed', 'announced', 'confirmed', 'wrote', 'according', 'citing', 'also', 'later', 'earlier'],
  complementPrepositions: ['for'],
  // a bare "the alliance", "the group", "the company" refers back to the last body of its type, not the last body
  bodyTypes: [
    { type: 'alliance', nouns: 'alliance|bloc', marks: '(?<![\\p{L}])NATO(?![\\p{L}])|alliance' },
    { type: 'group', nouns: '(?:militant |armed |rebel )?group|militia|gang', marks: 'group|militia|gang|rebels|(?<![\\p{L}])(?:Hamas|Hezbollah|Taliban|Houthis?|al-Shabaab|Boko Haram|JNIM|M23|RSF)(?![\\p{L}])|Forces' },
    { type: 'ngo', nouns: 'organi[sz]ation|charity|(?:aid |rights )?group|agency', marks: 'organi[sz]ation|charity|group|Red Cross|Red Crescent|Doctors Without Borders|(?<![\\p{L}])(?:MSF|Oxfam|Amnesty|Human Rights Watch|Save the Children|UNICEF|WFP|UNHCR|IOM|WHO)(?![\\p{L}])|Cent(?:re|er)' },
    { type: 'company', nouns: 'company|firm|operator|carrier|airline|insurer|lender|manufacturer|utility|automaker|group', marks: 'company|firm|operator|carrier|airline|insurer|lender|manufacturer|utility|automaker|(?<![\\p{L}])(?:Ltd|Inc|Corp|Co|plc|AG|SE|LLC|Group)(?![\\p{L}])|Airlines?|Airways|Motors|Electronics|Energy|Agrochem|Chemicals?|Pharma|Maritime|Shipping|Tankers|Freight|Logistics|Petroleum|Mining|Industries' },
    { type: 'authority', nouns: 'authority|agency|department|office', marks: 'authority|agency|department|ministry|office|board|commission|police|service|(?<![\\p{L}])(?:Centre|Center)(?![\\p{L}])|council|prosecutors?|guard' },
    { type: 'union', nouns: 'union', marks: 'union' },
    { type: 'institute', nouns: 'institute|think tank', marks: 'institute|think tank|university|school' },
  ],
  // "a memo obtained by Reuters", "figures released on Tuesday by the ministry", "data from the statistics office"
  documentIssuer: {
    // the first three are how a medium comes by a document: the relayer is a medium, also one the tables do not know
    relays: 'obtained|seen|reviewed',
    participles: 'obtained|seen|reviewed|published|released|issued|compiled|prepared|commissioned|provided|filed|sent|posted|shared|circulated|presented|submitted|cited|quoted|leaked',
    prepositions: 'from|by',
  },
  pluralBodies: 'authorities|agencies|groups|organi[sz]ations|companies|firms|unions|militias|charities',
  ageNoun: '\\d{1,3}-year-old',
  documentOwner: {
    nouns: 'figures|data|estimates?|count|counts|tally|tallies|statement|report|records?|manifest|calculations?|analysis|assessment|survey|statistics|numbers|study|filing|census|audit|tracker|database|logs?|accounts|projections?|forecasts?',
    own: ['own'],
    pronouns: [['its', 'it'], ['their', 'they'], ['his', 'his'], ['her', 'she']],
  },
  fullNames: {
    notNames: 'Several|Many|Some|Most|Few|All|Both|Two|Three|Four|Five|Dozens|Hundreds|Thousands|Millions|Other|Another|Each|Every|The|This|That|These|Those|Its|Their|His|Her|Our|Your|My|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|January|February|March|April|May|June|July|August|September|October|November|December|God|Christmas|Easter|Ramadan|Parliament|Congress|Senate|Court|Police|Prosecutors|Officials|Experts|Analysts|Scientists|Researchers|Doctors|Investors|Markets|Shares|Prices|Data|Figures|Authorities|Residents|Witnesses',
    placeOpeners: 'New|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|San|Santa|Santo|São|Los|Las|Port|Fort|Saint|St|Mount|Lake|Cape|Hong|Sri|El|Le|Rio|Puerto|Buenos|Abu|Addis|Tel|Kuala|Cape|Costa|Sierra|Gulf|Bay|Upper',
    bodyTails: 'International|Advice|Aid|Watch|Action|Relief|Rescue|Alert|Trust|Bank|Banks|Group|Capital|Partners|Holdings|Securities|Insurance|Investments?|Research|Analytics|Economics|Consulting|Associates|Advisers|Advisors|Management|Markets|Ratings|Systems|Technologies|Technology|Labs|Solutions|Services|Resources|Foods|Health|Healthcare|Power|Oil|Gas|Steel|Motors|Air|Airlines?|Airways|Rail|Railways|Telecom|Communications|Networks?|Mobile|Media|Maritime|Shipping|Tankers|Freight|Logistics|Energy|Petroleum|Chemicals?|Pharma(?:ceuticals)?|Mining|Industries|Brands|Retail|Stores|Inc|Corp|Ltd|LLC|Plc|PLC|AG|SA|SE|NV|Council|Commission|Committee|Agency|Authority|Office|Institute|Foundation|Alliance|Coalition|League|Union|Association|Federation|Society|Party|Movement|Front|Forum|Network|Centre|Center|Board|Bureau|Service|Fund|Programme|Program|Cross|Crescent|Sachs|Suisse|Chase|Stanley|Lynch',
    placePrepositions: ['in', 'near', 'outside', 'across', 'around'],
  },
  bodyCounters: 'both|two|three|four|five|six',
};
