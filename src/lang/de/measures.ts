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
    ['killed', 'Todesfälle|Todesfällen|Sterbefälle|Sterbefällen|Sterbefall'],
    // "hat 500 Menschen das Leben gekostet", "kostete 40 Menschen das Leben"
    ['killed', '(?:das )?Leben gekostet|das Leben (?:kostete|kosteten|kostet)'],
    // compounds of -tote that name a cause: Hitzetote, Verkehrstote, Drogentote
    ['killed', '(?:Hitze|Verkehrs|Drogen|Kälte|Lawinen|Unwetter|Flut|Hochwasser|Corona|Covid|Grippe|Erdbeben|Kriegs|Zivil|Unfall)tote[n]?'],
    ['killed', 'get[öo]tet(?:e[nmrs]?)?|Getötete[n]?'],
    ['killed', 'gefallen(?:e[nmrs]?)?|Gefallene[n]?'],
    ['killed', 'gestorben(?:e[nmrs]?)?|starben|sterben|stirbt|umgekommen(?:e[nmrs]?)?|kamen um'],
    ['killed', 'Tote[n]?|tot'],
    ['killed', 'Tod'],
    ['killed', 'ermordet(?:e[nmrs]?)?|hingerichtet(?:e[nmrs]?)?|erschossen(?:e[nmrs]?)?|massakriert(?:e[nmrs]?)?'],
    ['killed', 'Leichen|Leichname[n]?'],
    ['wounded', 'verwundet(?:e[nmrs]?)?|Verwundete[n]?|Verwundung(?:en)?'],
    ['wounded', 'verletzt(?:e[nmrs]?)?|Verletzte[n]?|Verletzungen|Schwerverletzte[n]?|schwer verletzt(?:e[nmrs]?)?'],
    // treated for injuries: "mit Platzwunden behandelt", "ins Krankenhaus gebracht"
    ['wounded', 'Platzwunden|Schnittwunden|Prellungen|Brandverletzungen|Rauchvergiftung(?:en)?|(?:medizinisch|ärztlich|ambulant) (?:versorgt|behandelt)|(?:im|in einem) Krankenhaus behandelt|in Krankenhäusern behandelt|in (?:ein|ein nahes|das) Krankenhaus gebracht|ins Krankenhaus (?:gebracht|eingeliefert)|in Kliniken (?:gebracht|eingeliefert)'],
    ['killed_or_wounded', 'Opfer[n]?|Opferzahl(?:en)?|Verluste[n]?|Verlust|Ausfälle[n]?|Ausfall'],
    ['killed_or_wounded', 'außer Gefecht gesetzt|verloren|verlor|verlore[nt]|verliert|verlieren|eingebüßt'],
    ['missing', 'vermisst(?:e[nmrs]?)?|Vermisste[n]?|verschollen(?:e[nmrs]?)?|gelten als vermisst'],
    // still sought, never found, buried: "wir suchen noch nach 7 Menschen", "wurden nie gefunden", "verschüttet"
    ['missing', 'suchen noch nach|sucht noch nach|noch gesucht|weiter gesucht|nie gefunden|bislang nicht gefunden|bisher nicht gefunden|noch nicht gefunden|Schicksal (?:ist )?(?:ungeklärt|unbekannt)|verschüttet(?:e[nmrs]?)?|Verschüttete[n]?|unter (?:den )?Trümmern|eingeschlossen(?:e[nmrs]?)? (?:unter|in)'],
    ['captured', 'Geiseln|als Geiseln|entführt(?:e[nmrs]?)?|verschleppt(?:e[nmrs]?)?|Entführte[n]?|Verschleppte[n]?|Geisel|in Geiselhaft|in der Gewalt|in (?:ihrer|seiner) Gewalt'],
    ['captured', 'gefangen genommen(?:e[nmrs]?)?|gefangengenommen(?:e[nmrs]?)?|Gefangene[n]?|Kriegsgefangene[n]?|in Gefangenschaft|gefangen|ergaben sich|ergeben'],
    ['deployed', 'entsandt(?:e[nmrs]?)?|entsenden|entsendet|geschickt(?:e[nmrs]?)?|schicken|schickt|schickte[n]?'],
    ['deployed', 'stationiert(?:e[nmrs]?)?|Stationierung|zusammengezogen(?:e[nmrs]?)?|im Einsatz|eingesetzt(?:e[nmrs]?)?|verlegt(?:e[nmrs]?)?|mobilisiert(?:e[nmrs]?)?|an die Front|Einsatzkräfte[n]?|Kräfte[n]? vor Ort|vor Ort'],
    // crews counted at work: "Rund 600 Polizisten durchsuchten ...", "150 Feuerwehrleute kämpften gegen die Flammen"
    ['deployed', '(?:Polizist(?:en|innen)?|Polizeibeamte[n]?|Beamte[n]?|Feuerwehrleute[n]?|Feuerwehrkräfte[n]?|Rettungskräfte[n]?|Helfer(?:innen)?)(?= (?:[\\p{L}\\p{N}.-]+ ){0,3}?(?:durchsuchten|durchsuchen|durchsucht|sicherten|sichern|sichert|kontrollierten|kontrollieren|räumten|räumen|bekämpften|bekämpfen|kämpften|kämpfen|löschten|löschen|suchten|suchen|rückten|rücken|riegelten|sperrten|sperren|waren vor Ort|sind vor Ort)(?![\\p{L}]))'],
    ['displaced', 'vertrieben(?:e[nmrs]?)?|Vertriebene[n]?|geflohen(?:e[nmrs]?)?|geflüchtet(?:e[nmrs]?)?|Flüchtlinge[n]?|Geflüchtete[n]?|auf der Flucht|flohen|fliehen|flieht|flüchteten|flüchten|evakuiert(?:e[nmrs]?)?|obdachlos|ihre Häuser verlassen|ihre Wohnungen verlassen|ihr Zuhause verloren|in Sicherheit gebracht|(?:kamen|kommen|gelangten|flohen|flüchteten) (?:[\\p{L}\\p{N}.,-]+ ){0,6}über die Grenze|über die Grenze (?:gekommen|geflohen|geflüchtet|gelangt)|überquerten die Grenze'],
    ['arrested', 'festgenommen(?:e[nmrs]?)?|Festgenommene[n]?|Festnahmen|verhaftet(?:e[nmrs]?)?|Verhaftungen|inhaftiert(?:e[nmrs]?)?|in Gewahrsam genommen|(?:nahm|nahmen|nimmt|nehmen) (?:[\\p{L}\\p{N}.,-]+ ){0,8}fest'],
  ],
  join: ['und', 'oder', 'bzw\\.', 'beziehungsweise', 'sowie'],
  countHeads: ['Zahl', 'Anzahl', 'Gesamtzahl', 'Zahlen'],
  countLinks: ['der', 'an', 'von', 'des'],
  insertions: ['darunter', 'unter ihnen', 'davon'],
  partitive: ['von ihnen', 'davon', 'darunter'],
  bareMagnitude: 'Milliarden|Millionen|Milliarde|Million|Mrd\\.?|Mio\\.?',
  denominatorLinks: ['von', 'aus'],
  bounds: ['jünger als', 'älter als', 'unter', 'über', 'ab', 'im alter von', 'alter von'].filter((b) => b !== 'unter' && b !== 'über'),
  estimateTargets: ['auf', 'mit'],
  countVerbs: /(?:schätz|bezifer|zählt|gezählt|zählte|rechne|erwarte|sprach von|spricht von)/iu,
  subjectVerbs: ['wurden', 'waren', 'sind', 'seien', 'hatten', 'haben', 'konnten', 'mussten', 'müssen', 'werden', 'blieben', 'bleiben', 'befinden sich', 'befanden sich', 'sollen', 'sollten', 'kamen', 'starben', 'überlebten'],
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
    ['Beschäftigte[n]?|Arbeiter(?:n|innen)?|Mitarbeiter(?:n|innen)?|Angestellte[n]?|Arbeitnehmer(?:n|innen)?|Streikende[n]?|Bergleute[n]?|Bergarbeiter(?:n)?|Beamte[n]?', 'workers'],
    ['Patient(?:en|innen)?|Kranke[n]?|Infizierte[n]?', 'patients'],
    ['Schüler(?:n|innen)?|Studierende[n]?|Student(?:en|innen)?', 'students'],
    ['Wähler(?:n|innen)?|Abgeordnete[n]?|Delegierte[n]?', 'voters'],
    ['Fahrgäste[n]?|Passagiere[n]?|Reisende[n]?|Insassen', 'passengers'],
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
