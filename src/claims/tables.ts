import type { Hedge, Measure, SourceKind, Speech } from '../core/claim.js';

/**
 * The language data the claim engine reads (src/lang/<code>/claims.ts and the files it imports).
 *
 * Conventions: a "pattern" is a regular-expression fragment matched case-insensitively as a whole word
 * (the engine adds letter boundaries), so a table lists the inflected forms it means
 * ("getötet(?:e[nmrs]?)?"). A "word" is a plain lower-case word looked up after tokenising.
 * Capitalised-word patterns (names, nouns) are matched case-sensitively where the table says so.
 */

/** A word or phrase that names what a figure counts: getötet → killed. Order matters: earlier wins at one position. */
export type MeasureTerm = [measure: Measure, pattern: string];

export interface MeasureTables {
  terms: MeasureTerm[];
  /** joins two measure terms about one figure: "getötet oder verwundet" → killed_or_wounded */
  join: string[];
  /** head nouns of "Zahl der Toten"-phrases, whose genitive names what is counted */
  countHeads: string[];
  /** the link after a count head: der, von / of */
  countLinks: string[];
  /** a part of the figure before: "drei von ihnen", "two of them" */
  partitive: string[];
  /**
   * A figure ending in a bare magnitude word ("1,7 Milliarden", "1.7 billion") right after a sum of money carries that
   * sum's currency ("Der Bedarf liegt bei 4 Milliarden Dollar. Davon fehlten noch 1,7 Milliarden."): the pattern of the
   * figure's last word.
   */
  bareMagnitude?: string;
  /** between two figures, makes the second the whole of the first ("zwölf von 14", "three out of 10") */
  denominatorLinks: string[];
  /** words before a figure that make it a bound, not a count: "jünger als", "younger than" */
  bounds: string[];
  /** prepositions of an estimated or counted total: "schätzte ... auf 6.000", "put ... at 8,000" */
  estimateTargets: string[];
  /** verbs of estimating and counting that make a figure after `estimateTargets` a claim */
  countVerbs: RegExp;
  /** words opening an inserted part between a figure and its verb: "darunter", "including" */
  insertions?: string[];
  /** finite verbs right after a bare figure that make it the subject of its clause ("Zwölf wurden gerettet") */
  subjectVerbs?: string[];
}

export interface SubjectTables {
  /** plural nouns of people and what kind they are: Soldaten → troops, Zivilisten → civilians */
  kinds: Array<[pattern: string, kind: string]>;
  /** nouns of a military as a group: Armee, Streitkräfte, Truppen (a country adjective or genitive makes them a subject) */
  groups: string[];
  /** prepositions introducing the group a loss belongs to: "Verluste unter den ...", "für die ... Armee" */
  ofPrepositions: string[];
  /** prepositions after which a country is a place or a partner, not the actor ("in", "nach", "gegen", "für") */
  notActorPrepositions: string[];
  /** nouns that are counted things but not claims by themselves (units of time, distance handled elsewhere) */
  notCounted: string[];
  /** links between a group noun and its country: "Soldaten aus Pjöngjang", "soldiers from North Korea" */
  groupLinks: string[];
  /** lower-case words that cannot be a counted noun (where nouns are not capitalised: English) */
  notNouns: string[];
}

export interface CountryTables {
  /** nationality adjective stems (inflection added by the engine): nordkoreanisch → KP */
  adjectives: Array<[stem: string, iso: string]>;
  /** country names and capitals (standing for their governments), exact word forms incl. genitive */
  names: Array<[form: string, iso: string]>;
  /** demonyms: Nordkoreaner, Russen */
  demonyms: Array<[form: string, iso: string]>;
  /** leaders' possessives standing for their state's forces: Kims, Putins */
  possessives: Array<[form: string, iso: string]>;
  /** hyphenated prefixes of compounds: "US-Beamter", "EU-Kommission" */
  prefixes: Array<[prefix: string, iso: string]>;
}

export interface PlaceTables {
  /** locative prepositions (with their contracted forms) */
  prepositions: string[];
  /** nouns before a place name: Region, Gebiet, Oblast, Stadt */
  regionNouns: string[];
  /** place nouns that are places without a name: Front, Frontlinie */
  fronts: string[];
  /** capitalised words after "in" that are not places */
  notPlaces: string[];
}

export interface ScopeTables {
  /** words marking a figure as counted up to now: bisher, insgesamt, seit Kriegsbeginn */
  cumulative: string[];
  /** rate words and their unit: täglich → day */
  rate: Array<[pattern: string, per: string]>;
}

/** A reporting verb (finite form or participle). `particle`: the separable particle(s) it needs later in its clause (a pattern). */
export interface ReportingVerb {
  pattern: string;
  particle?: string;
  /** the particle opens the verb's object ("kam auf 300", "bat um 28 Millionen", "äußerte sich"): it need not close the clause */
  objectParticle?: boolean;
  hedge?: Hedge;
  /** the phrase right after the verb is the audience, not the speaker ("told reporters") */
  audience?: boolean;
  /** the verb takes a content clause (English "said [that] ..."): what follows is indirect speech */
  clause?: boolean;
  /** the subject only received the information ("erfuhr", "learned"): a source named in the clause beats it */
  recipient?: boolean;
  /** an act, not a statement ("sagte ... zu", "stellt ... bereit", "pledged"): a later "Das kündigte X an" names the speaker */
  act?: boolean;
  /** a verb of witnessing ("beobachtete, wie …"): what was seen is reported, never indirect speech */
  observed?: boolean;
}

/** A prepositional attribution: "laut X", "nach Angaben des X", "X zufolge". */
export interface PrepositionalFrame {
  pattern: string;
  /** where the speaker phrase stands: after the frame, before it, or nowhere (hedge only) */
  speaker: 'after' | 'before' | 'none';
  speech: Speech;
  hedge?: Hedge;
  /** the speaker is the last one (heißt es weiter) */
  continues?: boolean;
  /** "hieß es in der Mitteilung" with no issuer named after it: the document of the last speaker */
  continuesBare?: boolean;
  /** a medium relays this source ("unter Berufung auf", "citing"): a named source here outranks the medium */
  relay?: boolean;
}

export interface SpeechTables {
  verbs: ReportingVerb[];
  frames: PrepositionalFrame[];
  /** finite Konjunktiv I forms that mark reported speech: sei, seien, habe, werde, könne */
  konjunktiv: string[];
  /** modal verbs of hearsay: soll, sollen */
  hearsay: string[];
  /** a target date after a hearsay modal makes it a plan ("soll bis 2027 auf 5.000 anwachsen"), not hearsay */
  plan?: string;
  /** opening/closing quotation marks in pairs */
  quotes: Array<[open: string, close: string]>;
  /** conjunctions starting a clause, skipped before a speaker phrase (nachdem, wie, und, aber) */
  clauseStarters: string[];
  /** words that may stand between a verb and its speaker (am, kürzlich, zudem, auch, Montag ...) */
  fillers: string[];
  /**
   * A lone capitalised word before a singular speech verb may be an organisation's name ("Verdi fordert"): the
   * ending of a plural finite verb ("Nachbarn fordern": a common noun), and the sentence adverbs that are
   * capitalised only because they open the sentence ("Insgesamt fordert die Stadt"). Without them the reading is off.
   */
  /** conjunctions that join two main clauses after a comma (and, but, und, aber): each clause keeps its own speaker */
  coordinators?: string[];
  /** words between the subject of a gapped clause and its figure ("die Veranstalter von 20.000", "the organisers at 20,000") */
  gapLinks?: string[];
  /** a definite document in a bare frame ("heißt es in dem Bericht"): it refers back to the body that issued it */
  documentReference?: string;
  /**
   * "37 Prozent der Befragten gaben an": the respondents of a survey speak through it, so the body that made or
   * commissioned the survey cited shortly before is the source. `respondents`: the words right after the figure
   * ("der Befragten", "of respondents"); `survey`: the nouns of a survey in the frame that cited it (also as a compound's end).
   */
  respondents?: { after: string; survey: string };
  /** words between a survey or study and whom it was made for ("eine Umfrage im Auftrag des LKA"): that body speaks */
  commissioned?: string[];
  bareName?: { pluralVerb: string; adverbs: string[]; pluralNoun?: string };
  /** personal pronouns that refer back to the last speaker */
  pronouns: string[];
  /** subordinators of a content clause: dass */
  complementisers: string[];
  /** a clause starting with one of these cites a source as a whole ("wie X berichtet"): reported, not indirect */
  asClause: string[];
  /** "nach eigenen Angaben": the speaker is the subject of the sentence */
  self: string[];
  /** dative articles after a verb of saying: the audience follows ("sagte dem Sender") */
  audience: string[];
  /** anaphoric subjects of a sentence that attributes the sentence before: "Das teilte X mit." */
  anaphora: string[];
  /** nouns of stated figures after such a demonstrative: "Diese Zahlen stellte die Ministerin vor." attributes the sentence before */
  anaphoraNouns?: string[];
  /** auxiliaries of the perfect and past perfect: "Die Schulleitung hatte von 40 Verletzten gesprochen" */
  auxiliaries?: string[];
  /** passive auxiliaries after a participle: "seien 50 Fälle gemeldet worden" names no one who reports */
  passiveAuxiliaries?: string[];
  /** prepositions of a place phrase after a speaker ("teilte die Mission in Genf mit"), skipped like time words */
  placePrepositions?: string[];
  /** words before a place preposition that name a body's seat after it: "das Unternehmen mit Sitz in Monheim teilte mit" */
  seatWords?: string[];
  /** nouns of a figure that open a sentence as its object, never its speaker: "Die Kosten beziffert die Stadt auf …" */
  figureNouns?: string[];
  /**
   * "nach der Auswertung von Luftaufnahmen (durch X)": after an analysis noun of a frame (`nouns`), a von-phrase
   * whose noun is material (`material`, a pattern of a whole word) is what was analysed, not who speaks; the speaker
   * may follow the `agent` preposition.
   */
  analysedMaterial?: { nouns: string; material: string; agent: string };
  /** "Mehr als 400 weitere wurden verletzt": words right after a figure that continue the count (and source) before */
  furtherWords?: string[];
  /**
   * Participles of saying or demanding that open a passive sentence ("Gefordert werden 300 Stellen", "Verlangt wird
   * …"): what the last speaker says or wants, continued without naming them; each with the hedge it carries.
   */
  passiveLeads?: Array<{ word: string; hedge?: Hedge }>;
  /**
   * Konjunktiv I forms no list holds, known by their shape in verb-second place (after a sentence adverb, a pronoun or
   * a subject "article, lower-case words, noun"): `ending` a pattern of the verb's end ("e" not after t/d: "brauche",
   * "fehle"; not the preterite "fehlte"), `notVerbs` words of that shape that are no verbs (determiners, adverbs).
   */
  konjunktivShape?: { ending: string; notVerbs: string[] };
  /**
   * "Die Zahl der Verbraucherinsolvenzen stieg um 7 Prozent": a sentence in the indicative that reports how a statistic
   * moved (`noun` a statistic noun, `verb` a verb of change or level, patterns of whole words) goes on with the
   * statistics of the body that spoke in the sentence before.
   */
  statisticLead?: { noun: string; verb: string };
}

export interface OrganisationEntry {
  /** case-sensitive pattern of the noun phrase head, inflected: "Verteidigungsministeriums?" */
  pattern: string;
  /** base form as written in this language */
  base: string;
  /** English canonical name, language-independent key for the ledger */
  en: string;
  kind: SourceKind;
  /** the country it belongs to when fixed (Kreml → RU) */
  country?: string;
  /** a collegial body (Krisenstab, crisis team): the people in it are members, not officials */
  members?: boolean;
  /** the words matched are the body's own name ("education department", "housing department"), not one fixed body */
  named?: boolean;
  /** only as written in lower case ("the correctional service"): capitalised, the words are a body's proper name */
  lowerCase?: boolean;
}

export interface RoleEntry {
  /** case-sensitive pattern of a role noun, may be a compound suffix when `suffix` is set */
  pattern: string;
  base: string;
  en: string;
  /** an unnamed holder of this role is an anonymous official (Beamter, Regierungsvertreter) */
  official?: boolean;
  /** pattern matches the end of a compound: "Verteidigungsbeamter" */
  suffix?: boolean;
  /** a private person (resident, witness): a person without a name, never an official */
  private?: boolean;
  /**
   * plural forms that, with a definite article and nothing else ("die Ermittler", "die Statistiker"), speak for the
   * body named before (the prosecutors, the statistics office); the singular ("der Ermittler Hans Rau") stays a person
   */
  group?: string;
  /** the group as a body of this kind, named by its base ("die Ermittler" -> government), never resolved to another body */
  groupKind?: 'government' | 'organisation';
  /** what the body a group speaks for is called (case-insensitive pattern): researchers speak for an institute, not a railway */
  groupBody?: string;
}

export interface BodyType {
  type: string;
  nouns: string;
  marks: string;
}

export interface SourceTables {
  /**
   * last words of a firm's or body's proper name of several words ("Nordhafen Logistik GmbH", "Sahelor Mining",
   * "Athletics Integrity Unit"), a pattern of a whole word: the name is a body's, not a person's
   */
  bodyNameTails?: string;
  definite: string[];
  indefinite: string[];
  /** negative determiners (kein, no): "nannte keine Summe" names no one */
  negations?: string[];
  /** words that make an indefinite phrase more than one: Quellen, Kreise */
  adjectiveSkip: string[];
  organisations: OrganisationEntry[];
  roles: RoleEntry[];
  /** media names (case-sensitive patterns) and their canonical names */
  media: Array<[pattern: string, name: string]>;
  /** generic media nouns before a name: Zeitung, Sender, Nachrichtenagentur */
  mediaNouns: string[];
  /** last words of a newspaper's title ("The Harbour Times", "the Riverside Gazette"): capitalised words ending in one name a medium */
  mediaTitleTails?: string;
  /** last parts of compounds that name a medium (German "Auslandssender", "Fachmedien"), lower case */
  mediaSuffixes?: string[];
  /** first names that make "Vorname Nachname" a person */
  firstNames: string[];
  /** anonymous group nouns: Quellen, Kreise, Insider; an empty `en` names the group by its own word ("Justizkreise") */
  anonymous: Array<[pattern: string, en: string]>;
  /**
   * Unnamed informants described by their access ("a person familiar with the talks", "two people briefed on the
   * plan"): `nouns` the person nouns (singular|plural), `links` the words that tie them to what they know. The phrase
   * runs on over its complement; it is an anonymous source named "<noun> <first link word>".
   */
  informants?: { nouns: string; links: string };
  /** the word after an indefinite "one" that picks one of a group ("one of the officials"): the group's noun speaks */
  partitiveOf?: string;
  /** the genitive/prepositional link inside a speaker phrase: des, der, von */
  genitives: string[];
  /** an attributive adjective (lower-case word): German needs an inflection ending, English takes any word */
  adjective: string;
  /** lower-case words that are never adjectives in a speaker phrase (verbs, conjunctions) */
  notAdjectives: string[];
  /** prepositions of a role's complement before an appositive name: "der Direktor für Europa, Hans Lind" */
  complementPrepositions?: string[];
  /** words closing a complement's list of fields: "für Arbeit, Soziales und Integration" (und, sowie) */
  listCoordinators?: string[];
  /**
   * Types of body a bare definite noun can refer back to: "das Bündnis" means the alliance named before, "die Gruppe"
   * an armed group, "the company" a firm, not whatever body came last. `nouns` are the anaphoric nouns (singular,
   * all their case forms), `marks` the words or names in a body's own phrase that show it is of the type.
   */
  bodyTypes?: BodyType[];
  /** plural generic body nouns ("die Behörden", "the authorities"): the unnamed many, never one body named before */
  pluralBodies?: string;
  /** words that count a plural body noun ("die beiden Organisationen"): then it does mean the bodies named before */
  bodyCounters?: string;
  /** a person named by their age after an article ("der 52-Jährige"): refers back to the last person like a pronoun */
  ageNoun?: string;
  /** English adjectives for ISO codes used in canonical names (shared across languages) */
  /**
   * English "a memo obtained by Reuters", "data from the statistics office": after a document noun, the participles
   * (then time words and "by") or the prepositions that name who issued or relayed it; that issuer speaks.
   */
  documentIssuer?: { participles: string; prepositions: string; relays?: string };
  /**
   * English full names no table knows before a reporting verb ("Elon Musk said"): `notNames` words that are never part
   * of such a name, `placeOpeners` first words of place names (New, Port), `bodyTails` last words of bodies' names
   * (International, Maritime), `placePrepositions` the words after which the text names a place ("in", "from").
   */
  /**
   * English documents named with their owner ("Ofgem's figures", "its manifest", "Eurocontrol data"): `nouns` the
   * document nouns, `own` the word that may stand between ("own"), `pronouns` possessive pronouns and the personal
   * pronoun they resolve as.
   */
  documentOwner?: { nouns: string; own: string[]; pronouns: Array<[possessive: string, pronoun: string]> };
  fullNames?: { notNames: string; placeOpeners: string; bodyTails: string; placePrepositions: string[] };
}

export interface HedgeTables {
  terms: Array<[hedge: Hedge, pattern: string]>;
  /** sentences of this kind cast doubt on the figures around them: "lassen sich nicht unabhängig überprüfen" */
  disclaimers: string[];
}

export interface ClaimTables {
  measures: MeasureTables;
  subjects: SubjectTables;
  countries: CountryTables;
  places: PlaceTables;
  scope: ScopeTables;
  speech: SpeechTables;
  sources: SourceTables;
  hedges: HedgeTables;
  /** German capitalises nouns: a counted noun or a role is a capitalised word. English does not. */
  nounsCapitalised: boolean;
  /** figure phrases that are articles or pronouns, never counts: ein, eine, einer */
  notFigures: string[];
  /** words before a number that make "N." an ordinal (der, am, zum): else a sentence-final "N." is a cardinal */
  ordinalDeterminers: string[];
}
