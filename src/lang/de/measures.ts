import type { MeasureTables, SubjectTables } from '../../claims/tables.js';

/**
 * What a German figure counts. Participles and nouns with their inflected forms; earlier entries win at one
 * position, so multi-word phrases come before their parts. "Tote und Verletzte" as one figure is built by the
 * engine from two terms joined by `join`.
 */
export const measures: MeasureTables = {
  terms: [
    ['killed', 'ums Leben(?: gekommen)?'],
    ['killed', 'Menschenleben'],
    ['killed', 'Todesopfern?'],
    ['killed', 'Todesfälle|Todesfällen'],
    ['killed', 'get[öo]tet(?:e[nmrs]?)?|Getötete[n]?'],
    ['killed', 'gefallen(?:e[nmrs]?)?|Gefallene[n]?'],
    ['killed', 'gestorben(?:e[nmrs]?)?|starben|sterben|stirbt|umgekommen(?:e[nmrs]?)?|kamen um'],
    ['killed', 'Tote[n]?|tot'],
    ['killed', 'Tod'],
    ['killed', 'ermordet(?:e[nmrs]?)?|hingerichtet(?:e[nmrs]?)?|erschossen(?:e[nmrs]?)?|massakriert(?:e[nmrs]?)?'],
    ['killed', 'Leichen|Leichname[n]?'],
    ['wounded', 'verwundet(?:e[nmrs]?)?|Verwundete[n]?|Verwundung(?:en)?'],
    ['wounded', 'verletzt(?:e[nmrs]?)?|Verletzte[n]?|Verletzungen|Schwerverletzte[n]?|schwer verletzt(?:e[nmrs]?)?'],
    ['killed_or_wounded', 'Opfer[n]?|Opferzahl(?:en)?|Verluste[n]?|Verlust|Ausfälle[n]?|Ausfall'],
    ['killed_or_wounded', 'außer Gefecht gesetzt|verloren|verlor|verlore[nt]|verliert|verlieren|eingebüßt'],
    ['missing', 'vermisst(?:e[nmrs]?)?|Vermisste[n]?|verschollen(?:e[nmrs]?)?|gelten als vermisst'],
    ['captured', 'Geiseln|als Geiseln|entführt(?:e[nmrs]?)?|verschleppt(?:e[nmrs]?)?'],
    ['captured', 'gefangen genommen(?:e[nmrs]?)?|gefangengenommen(?:e[nmrs]?)?|Gefangene[n]?|Kriegsgefangene[n]?|in Gefangenschaft|gefangen|ergaben sich|ergeben'],
    ['deployed', 'entsandt(?:e[nmrs]?)?|entsenden|entsendet|geschickt(?:e[nmrs]?)?|schicken|schickt|schickte[n]?'],
    ['deployed', 'stationiert(?:e[nmrs]?)?|Stationierung|zusammengezogen(?:e[nmrs]?)?|im Einsatz|eingesetzt(?:e[nmrs]?)?|verlegt(?:e[nmrs]?)?|mobilisiert(?:e[nmrs]?)?|an die Front|Einsatzkräfte[n]?|Kräfte[n]? vor Ort|vor Ort'],
    ['displaced', 'vertrieben(?:e[nmrs]?)?|Vertriebene[n]?|geflohen(?:e[nmrs]?)?|geflüchtet(?:e[nmrs]?)?|Flüchtlinge[n]?|Geflüchtete[n]?|auf der Flucht|flohen|fliehen|flieht|flüchteten|flüchten|evakuiert(?:e[nmrs]?)?|obdachlos|ihre Häuser verlassen|ihre Wohnungen verlassen|ihr Zuhause verloren|in Sicherheit gebracht'],
    ['arrested', 'festgenommen(?:e[nmrs]?)?|Festgenommene[n]?|Festnahmen|verhaftet(?:e[nmrs]?)?|Verhaftungen|inhaftiert(?:e[nmrs]?)?|in Gewahrsam genommen|(?:nahm|nahmen|nimmt|nehmen) (?:[\\p{L}\\p{N}.,-]+ ){0,8}fest'],
  ],
  join: ['und', 'oder', 'bzw\\.', 'beziehungsweise', 'sowie'],
  countHeads: ['Zahl', 'Anzahl', 'Gesamtzahl', 'Zahlen'],
  countLinks: ['der', 'an', 'von', 'des'],
  partitive: ['von ihnen', 'davon', 'darunter'],
  denominatorLinks: ['von', 'aus'],
  bounds: ['jünger als', 'älter als', 'unter', 'über', 'ab', 'im alter von', 'alter von'].filter((b) => b !== 'unter' && b !== 'über'),
  estimateTargets: ['auf', 'mit'],
  countVerbs: /(?:schätz|bezifer|zählt|gezählt|zählte|rechne|erwarte|sprach von|spricht von)/iu,
};

/** Who is counted: plural (and singular) nouns of people, their kind; military group nouns. */
export const subjects: SubjectTables = {
  kinds: [
    ['Soldat(?:en|in|innen)?|Kämpfer(?:n|in|innen)?|Militärs|Truppen|Streitkräfte[n]?|Rekruten|Söldner[n]?|Reservisten|Wehrpflichtige[n]?|Militärangehörige[n]?|Einheiten|Kombattanten|Offiziere[n]?|Marinesoldaten|Mann|Fallschirmjäger[n]?|Infanteristen|Kämpfer', 'troops'],
    ['Zivilist(?:en|innen)?|Zivilpersonen|Bewohner(?:n|innen)?|Einwohner(?:n|innen)?|Anwohner(?:n|innen)?|Dorfbewohner[n]?|Passanten', 'civilians'],
    ['Kinder[n]?|Minderjährige[n]?|Jugendliche[n]?|Babys|Säuglinge[n]?', 'children'],
    ['Menschen|Personen|Leute[n]?', 'people'],
    ['Polizist(?:en|innen)?|Polizeibeamte[n]?|Sicherheitskräfte[n]?', 'police'],
    ['Demonstrant(?:en|innen)?|Protestierende[n]?|Aktivist(?:en|innen)?', 'protesters'],
    ['Journalist(?:en|innen)?|Reporter(?:n|innen)?', 'journalists'],
    ['Häftlinge[n]?|Gefangene[n]?|Kriegsgefangene[n]?|Geiseln', 'prisoners'],
    ['Flüchtlinge[n]?|Geflüchtete[n]?|Vertriebene[n]?|Migrant(?:en|innen)?|Asylbewerber(?:n|innen)?', 'refugees'],
    ['Helfer(?:n|innen)?|Sanitäter(?:n|innen)?|Ärzte[n]?|Mediziner(?:n|innen)?|Rettungskräfte[n]?', 'aid_workers'],
    ['Frauen', 'women'],
    ['Teilnehmer(?:n|innen)?|Besucher(?:n|innen)?|Zuschauer(?:n)?|Menge', 'participants'],
    ['Verdächtige[n]?|Tatverdächtige[n]?|Täter(?:n)?|Angreifer(?:n)?', 'suspects'],
  ],
  groups: ['Armee', 'Armeen', 'Streitkräfte', 'Streitkräften', 'Truppen', 'Militär', 'Militärs', 'Einheiten', 'Verbände', 'Soldaten', 'Kräfte', 'Kräften', 'Marine', 'Luftwaffe', 'Heer', 'Bodentruppen', 'Armee-Einheiten'],
  ofPrepositions: ['unter den', 'unter', 'bei den', 'bei', 'für die', 'für den', 'der', 'des', 'auf Seiten der', 'aufseiten der', 'auf seiten der'],
  notActorPrepositions: ['in', 'im', 'nach', 'gegen', 'für', 'aus', 'an', 'am', 'von', 'vom', 'mit', 'über', 'bei', 'zu', 'zur', 'zum', 'durch', 'um', 'ohne', 'unter', 'zwischen', 'laut', 'wie'],
  groupLinks: ['aus', 'der', 'des', 'von'],
  notNouns: [],
  notCounted: ['Jahre', 'Jahren', 'Jahr', 'Monate', 'Monaten', 'Wochen', 'Tage', 'Tagen', 'Stunden', 'Minuten', 'Mal', 'Male', 'Prozent', 'Uhr', 'Grad'],
};
