import type { SpeechTables } from '../../claims/tables.js';

/**
 * Attribution in German: reporting verbs (finite forms, separable particles), prepositional frames
 * (laut, zufolge, nach Angaben), Konjunktiv I forms that continue reported speech, and hearsay modals.
 */
export const speech: SpeechTables = {
  verbs: [
    { pattern: 'sagte[n]?|sagt|sagen|gesagt' },
    { pattern: 'erklärte[n]?|erklärt|erklären' },
    { pattern: 'betonte[n]?|betont|betonen' },
    { pattern: 'teilte[n]?|teilt', particle: 'mit' },
    { pattern: 'mitteilte[n]?|mitgeteilt|mitteilt' },
    { pattern: 'verkündete[n]?|verkündet' },
    // "ein Defizit geschrieben", "schrieb rote Zahlen": writing a result (deficit, loss, profit) is no statement
    { pattern: '(?:schreibt|schrieb(?:en)?|schreiben)(?!(?:[^.,;:„“]|[.,](?=\\d)){0,80}(?<![\\p{L}])(?:Defizite?|Verluste?|Gewinne?|Minus|Plus|Zahlen|Überschüsse?|Geschichte)(?![\\p{L}]))|geschrieben(?<!(?<![\\p{L}])(?:Defizite?|Verluste?|Gewinne?|Minus|Plus|Zahlen|Überschüsse?|Geschichte)(?![\\p{L}])(?:[^.,;:„“]|[.,](?=\\d)){0,80}geschrieben)' },
    { pattern: 'berichtete[n]?|berichtet|berichten' },
    { pattern: 'meldete[n]?|meldet|melden|gemeldet' },
    { pattern: 'gab|gibt|gaben|geben', particle: 'an|zu|bekannt' },
    { pattern: 'angab(?:en)?|angegeben' },
    { pattern: 'zugab(?:en)?|zugegeben' },
    { pattern: 'bekanntgab(?:en)?|bekanntgegeben' },
    { pattern: 'räumte[n]?|räumt', particle: 'ein' },
    { pattern: 'einräumte[n]?|eingeräumt' },
    { pattern: 'bestätigte[n]?|bestätigt|bestätigen' },
    { pattern: 'warnte[n]?|warnt' },
    { pattern: 'fügte[n]?|fügt', particle: 'hinzu' },
    { pattern: 'hinzufügte[n]?|ergänzte[n]?|ergänzt' },
    { pattern: 'deutete[n]?|deutet', particle: 'an' },
    { pattern: 'andeutete[n]?' },
    { pattern: 'äußerte[n]?|äußert', particle: 'sich', objectParticle: true },
    { pattern: 'behauptete[n]?|behauptet|behaupten' },
    { pattern: 'verlautete|verlautet' },
    { pattern: 'zitierte[n]?|zitiert' },
    { pattern: 'erläuterte[n]?|unterstrich|versicherte[n]?|bekräftigte[n]?|präzisierte[n]?|sprach|sprachen|spricht|sprechen|gesprochen|nannte[n]?|nennt' },
    { pattern: 'kündigte[n]?|kündigt', particle: 'an' },
    { pattern: 'sagte[n]?|sagt', particle: 'zu', act: true },
    // "Diese Zahlen stellte die Ministerin am Dienstag vor": presenting figures states them (the particle closing the
    // clause is looked for ahead: "stellte … bereit" is the act below)
    { pattern: '(?:stellte[n]?|stellt)(?=\\s[^.;:„“]{0,120}?\\svor\\s*(?:[.,;:]|$))', particle: 'vor' },
    // "Die Senatorin stellte Soforthilfen von bis zu 5.000 Euro in Aussicht": a promise, its subject's projection
    // (looked for ahead, as "vor" above: one verb form, several particles)
    { pattern: '(?:stellte[n]?|stellt)(?=\\s(?:[^.;:„“]|\\.(?=\\d)){0,120}?\\sin Aussicht(?![\\p{L}]))', particle: 'Aussicht', act: true, hedge: 'projection' },
    { pattern: 'stellte[n]?|stellt', particle: 'bereit', act: true },
    // "Die Staatsanwaltschaft ordnete die Festnahme von sechs Personen an": an order states what it orders
    { pattern: 'ordnete[n]?|ordnet', particle: 'an', act: true },
    // "Das Institut hatte einen Anteil von 51 Prozent ermittelt": a count or survey result arrived at
    { pattern: 'zählte[n]?|zählt|zählen|gezählt|registrierte[n]?|registriert|verzeichnete[n]?|verzeichnet|ermittelte[n]?|ermittelt' },
    { pattern: 'erfuhr(?:en)?|erfährt', recipient: true },
    { pattern: 'bezifferte[n]?|beziffert|beziffern' },
    // "Diese Bilanz zog die Staatsanwaltschaft", "Die Polizei zog am Abend Bilanz": drawing up a toll states it
    { pattern: '(?:zog|zogen|zieht|ziehen)(?:(?<=Bilanz (?:zog|zogen|zieht|ziehen))|(?=\\s[^.;:„“]{0,60}?\\sBilanz(?![\\p{L}])))' },
    // "Ein Reporter des Senders beobachtete, wie …": what a witness saw is reported as theirs
    { pattern: 'beobachtete[n]?|beobachtet', observed: true },
    { pattern: 'twitterte[n]?|postete[n]?' },
    // "Er begründete den Schritt mit …", "Sie verwies darauf, dass …": a speaker giving reasons or pointing at figures
    { pattern: 'begründete[n]?|begründet' },
    { pattern: 'verwies(?:en)?|verweist', particle: 'darauf|auf', objectParticle: true },
    { pattern: 'kritisierte[n]?|kritisiert|kritisieren|beklagte[n]?|beklagt|monierte[n]?|moniert' },
    // "Die Organisatoren warfen der Polizei vor, …": an accusation is a statement of its subject
    { pattern: 'warf(?:en)?|wirft|werfen', particle: 'vor' },
    // "Das Ministerium hält dagegen, …", "Die Stadt entgegnete, …": a reply states what follows as much as "sagte"
    { pattern: 'hält|hielt(?:en)?|halten', particle: 'dagegen' },
    { pattern: 'entgegnete[n]?|entgegnet|konterte[n]?|kontert|widersprach(?:en)?|widerspricht' },
    // "Das Hilfswerk bat die Geberländer um 28 Millionen Dollar": asking for a sum is a demand
    { pattern: 'bat(?:en)?|bittet|bitten', particle: 'um', objectParticle: true, hedge: 'demand' },
    { pattern: 'informierte[n]?|informiert' },
    // "Diese Zahlen stellte die Ministerin vor", "Den Bericht legte das Amt am Montag vor": who presents or publishes
    // figures states them
    { pattern: 'vorgestellt|vorstellte[n]?' },
    { pattern: 'legte[n]?|legt', particle: 'vor' },
    { pattern: 'vorgelegt|vorlegte[n]?' },
    { pattern: 'veröffentlichte[n]?|veröffentlicht' },
    { pattern: 'dementierte[n]?|dementiert|bestritt(?:en)?|bestreitet|bestreiten', hedge: 'denial' },
    { pattern: 'wies|weist', particle: 'zurück', hedge: 'denial' },
    { pattern: 'schätzte[n]?|schätzt|schätzen', hedge: 'estimate' },
    // "Das Institut kommt in seiner Auswertung auf 30.000": a count arrived at
    { pattern: 'kommt|kam|kommen|kamen', particle: 'auf', objectParticle: true },
    { pattern: 'geht|ging|gehen|gingen', particle: 'aus', hedge: 'estimate' },
    { pattern: 'rechnet|rechnete[n]?|rechnen|erwartet|erwarten|erwartete[n]?|prognostiziert|prognostizierte[n]?', hedge: 'projection' },
    // a clause-final "verlangt" is a participle: "hätten die Schleuser 5.000 Euro verlangt" (charged), no demand
    // "Er verlangt, die Mittel aufzustocken", "…, dass": before a zu-infinitive or dass clause "verlangt" is finite
    // (not before "um … zu": "hätten 5.000 Euro verlangt, um … zu bringen" is the participle); a figure's own
    // separators ("auf 1.000 Euro zu begrenzen") end no clause
    { pattern: 'forderte[n]?|fordert|fordern|verlangte[n]?|verlangt(?!\\s*(?:[.,;:!?)]|$|worden|hätten|hatten|haben|habe|hat))|verlangt(?=\\s*,\\s*(?:dass|daß|(?!\\s|um\\s|ohne\\s|statt\\s|anstatt\\s)(?:[^.,;„“]|(?<=\\d)[.,](?=\\d)){0,100}?(?:\\p{Ll}+zu\\p{Ll}+en|\\szu\\s\\p{Ll}+en)(?![\\p{L}])))|verlangen', hedge: 'demand' },
  ],
  frames: [
    // "nach einer Forsa-Umfrage", "laut einer Ifo-Studie": the institute named in the compound did the survey
    { pattern: '(?:nach|laut) (?:einer|der|einem|dem) (?:(?:neuen|aktuellen|jüngsten|repräsentativen) )?[\\p{L}]+-(?:Umfrage|Studie|Erhebung|Analyse|Auswertung|Befragung)', speaker: 'after', speech: 'reported' },
    // "nach einer am Montag veröffentlichten Analyse des X": an extended participle between the article and the noun
    { pattern: 'nach (?:einer?|einem|der|den|dem) (?:am|im|vom|von|in|seit|bei) (?:[\\p{L}\\d.-]+ ){1,3}?\\p{Ll}+(?:te|ten|tem|ter|tes) (?:[\\p{L}-]+ )?(?:Schätzung(?:en)?|Berechnungen|Hochrechnung(?:en)?)', speaker: 'after', speech: 'reported', hedge: 'estimate' },
    { pattern: 'nach (?:einer?|einem|der|den|dem) (?:am|im|vom|von|in|seit|bei) (?:[\\p{L}\\d.-]+ ){1,3}?\\p{Ll}+(?:te|ten|tem|ter|tes) (?:[\\p{L}-]+ )?(?:Angaben|Zählung(?:en)?|Umfragen?|Auswertung(?:en)?|Erhebung(?:en)?|Analysen?|Studien?|Statistik(?:en)?|Bilanz|Bericht)', speaker: 'after', speech: 'reported' },
    { pattern: 'laut (?:[\\p{L}-]+ )?(?:Angaben|Informationen|Schätzungen|Berichten|Zahlen|Daten|Darstellung)', speaker: 'after', speech: 'reported' },
    { pattern: 'laut', speaker: 'after', speech: 'reported' },
    { pattern: '(?:nach|laut) \\p{L}+(?:angaben|schätzungen|informationen|zählungen)', speaker: 'after', speech: 'reported' },
    // "nach UN-Angaben", "laut WHO-Zahlen": the first part of the compound speaks
    { pattern: '(?:nach|laut) [\\p{L}]+-(?:Angaben|Informationen|Zählung(?:en)?|Zahlen|Daten|Statistiken?|Bilanz)', speaker: 'after', speech: 'reported' },
    { pattern: 'Berichten zufolge|Medienberichten zufolge|Presseberichten zufolge', speaker: 'none', speech: 'none', hedge: 'reported' },
    // "den Angaben zufolge", "diesen Zahlen zufolge": the figures just cited, so their source goes on
    { pattern: '(?:den|diesen) (?:\\p{Ll}+ )?(?:Angaben|Informationen|Zahlen|Daten|Schätzungen) zufolge', speaker: 'none', speech: 'reported', continues: true },
    { pattern: 'zufolge', speaker: 'before', speech: 'reported' },
    { pattern: 'nach (?:einer |der )?(?:vorläufigen|ersten) (?:Angaben|Erkenntnissen|Informationen|Zählung(?:en)?|Schätzung(?:en)?|Bilanz|Auswertung)', speaker: 'after', speech: 'reported', hedge: 'preliminary' },
    // "nach Auskunft des Ministeriums", "nach einem Bericht der Agentur X": what a body told or published
    { pattern: 'nach (?:[\\p{L}-]+ ){0,2}(?:Angaben|Worten|Informationen|Erkenntnissen|Darstellung|Zählung(?:en)?|Zahlen|Daten|Auskunft|Auskünften|Bericht|Berichten|Mitteilung|Überzeugung|Ansicht|Auffassung|Meinung|Einschätzung|Berechnung|Rechnung|Umfrage|Erhebung|Auswertung)', speaker: 'after', speech: 'reported' },
    // "nach der Statistik des Verbands", "nach seiner Statistik" (not "nach Zahlen der Statistik Austria", a body's name)
    { pattern: 'nach (?:der|einer|seiner|ihrer) (?:\\p{Ll}+ )?Statistik', speaker: 'after', speech: 'reported' },
    // "nach dem jüngsten Finanzreport der Liga", "nach einem neuen Bericht des Amts": an article, an adjective, the document
    { pattern: 'nach (?:dem|einem|der|einer) \\p{Ll}+(?:e|en) \\p{Lu}\\p{Ll}*(?:bericht|report|Bericht|Report|Mitteilung|mitteilung)', speaker: 'after', speech: 'reported' },
    // "nach dem jüngsten Lagebild Rauschgift des LKA", "nach der neuen Statistik des Amts": a published document, maybe
    // with its own title word, and its issuer in the genitive right after it (a bare "nach dem Bericht" may mean "after";
    // "der Statistik des Vorjahres" is a time, no issuer)
    { pattern: 'nach (?:dem|einem|der|einer)(?: \\p{Ll}+(?:e|en))? (?:\\p{Lu}\\p{Ll}*(?:lagebild|bericht|report|statistik|studie|bilanz|analyse|gutachten|auswertung|erhebung)|Lagebild|Statistik|Studie|Bilanz|Analyse|Gutachten|Auswertung|Erhebung)(?: \\p{Lu}[\\p{L}-]+)?(?= (?:des|der) (?!(?:Vor)?(?:Jahr|Monat|Woche|Quartal|Halbjahr|Tag)|Zeit)\\p{Lu})', speaker: 'after', speech: 'reported' },
    // "nach einer Prognose des Instituts": a forecast is its author's projection
    { pattern: 'nach (?:[\\p{L}-]+ )?(?:Prognosen?|Vorhersagen?|Modellrechnung(?:en)?)', speaker: 'after', speech: 'reported', hedge: 'projection' },
    { pattern: 'nach (?:[\\p{L}-]+ ){0,2}(?:[\\p{L}]+-)?(?:Schätzung(?:en)?|Einschätzung(?:en)?|Berechnungen|Hochrechnungen)', speaker: 'after', speech: 'reported', hedge: 'estimate' },
    // "nach Umfragen der Gewerkschaft", "nach einer Auswertung des Instituts": the body that surveyed or counted
    { pattern: 'nach (?:[\\p{L}-]+ ){0,2}(?:Umfragen?|Auswertung(?:en)?|Erhebung(?:en)?|Analysen?|Studien?|Recherchen|Statistik(?:en)?|Bilanz)', speaker: 'after', speech: 'reported' },
    { pattern: 'unter Berufung auf', speaker: 'after', speech: 'reported', relay: true },
    // "Das geht aus einem Bericht der Caritas hervor": the issuer of the document after it, the verb is no 'ausgehen von'
    // "Dies gehe aus einem Papier der Bank hervor": in Konjunktiv the document is cited inside a speaker's reported speech
    { pattern: '(?<!(?:gehe|ginge) )(?:wie |(?:geht|ging|gehen|gingen) )?aus (?:einer?m?r?|dem|der|den|seinem|seiner|ihrem|ihrer) (?:[\\p{L}-]+ )?[\\p{L}-]*(?:Bericht|Bilanz|Studie|Analyse|Statistik|Mitteilung|Auswertung|Erhebung|Antwort|Umfrage|Untersuchung|Papier|Dokument|Gutachten|Schreiben|Stellungnahme|Übersicht|Daten|Zahlen|Bild|Report|Monitor|Atlas|Barometer|Prognose|Register|Berechnungen)(?=(?: [^\\s.]+){0,10}? hervor(?:geht|ging|gingen|gehen)?(?![\\p{L}]))', speaker: 'after', speech: 'reported' },
    { pattern: 'wie aus', speaker: 'after', speech: 'reported' },
    // "In Regierungskreisen hieß es, …", "Aus Justizkreisen verlautete, …": the circle before the verb speaks, the
    // clause after the comma is its indirect speech
    { pattern: '(?:in|aus)(?= [\\p{L}-]*[Kk]reisen (?:hieß es|heißt es|verlautete|verlautet)(?: \\p{Ll}+){0,2}\\s*,)', speaker: 'after', speech: 'indirect' },
    { pattern: 'aus(?= [\\p{L}-]*[Kk]reisen)', speaker: 'after', speech: 'reported' },
    { pattern: 'demnach', speaker: 'none', speech: 'reported', continues: true },
    // "Das steht im Jahresbericht des Amts", "So steht es in der Bilanz der Agentur": the document (and its issuer) after it
    // (the lookbehind after the verb, not before it: a pattern opening with a lookbehind slows the whole scan)
    { pattern: '(?:steht|stand)(?<=(?<![\\p{L}])(?:Das|Dies|So) (?:steht|stand))(?: es| das)?(?: so)? (?:in|im)(?= )', speaker: 'after', speech: 'reported' },
    // "Kritik kam von Pro Asyl", "Widerspruch kam vom Städtetag", "Unterstützung kommt von der Gewerkschaft": a reaction
    // noun, its coming from someone is that one speaking (their words follow, often in Konjunktiv); not from "allen Seiten"
    // (the frames are matched ignoring case, so the quantifiers are listed)
    { pattern: '(?<=(?:Kritik|Widerspruch|Unterstützung|Lob|Zustimmung|Ablehnung|Protest|Zuspruch|Gegenwind|Rückendeckung|Beifall|Skepsis|Warnungen|Forderungen|Einwände|Bedenken)\\s)(?:kam|kamen|kommt|kommen)(?: (?:auch|dagegen|hingegen|jedoch|aber|zudem|etwa|unter anderem|vor allem|prompt|umgehend|ebenfalls))? (?:von|vom)(?! (?:allen|vielen|mehreren|einigen|zahlreichen|verschiedenen|unterschiedlichen|beiden|anderen|außen|innen|links|rechts|oben|unten|überall)(?![\\p{L}]))', speaker: 'after', speech: 'reported' },
    { pattern: 'heißt es (?:weiter )?(?:in|im|aus|von)(?: (?:einer?m?r? |dem |der |den )?(?:[\\p{L}-]+ )?(?:Statement|Erklärung|Mitteilung|Stellungnahme|Bericht|Lagebericht|Kommuniqué|Pressemitteilung|Antwort))?', speaker: 'after', speech: 'indirect', continuesBare: true },
    { pattern: 'hieß es (?:weiter )?(?:in|im|aus|von)(?: (?:einer?m?r? |dem |der |den )?(?:[\\p{L}-]+ )?(?:Statement|Erklärung|Mitteilung|Stellungnahme|Bericht|Lagebericht|Kommuniqué|Pressemitteilung|Antwort))?', speaker: 'after', speech: 'indirect', continuesBare: true },
    { pattern: 'heißt es weiter|hieß es weiter|heißt es|hieß es', speaker: 'none', speech: 'indirect', continues: true },
    { pattern: 'so', speaker: 'after', speech: 'direct' },
    // "In einer Erklärung des Bündnisses X hieß es, ...": the document before, the issuer after it
    { pattern: 'in (?:einer?m?r? |dem |der |seiner |ihrer )?(?:[\\p{L}-]+ )?(?:Statement|Erklärung|Mitteilung|Stellungnahme|Bericht|Lagebericht|Pressemitteilung|Kommuniqué)(?= (?:[^\\s]+ ){1,8}?(?:hieß|heißt) es)', speaker: 'after', speech: 'indirect' },
    // passive agent: "wird von der Stadt auf 2 Millionen Euro geschätzt"
    { pattern: 'vo[nm](?= (?:[^\\s]+ ){1,10}?(?:geschätzt|beziffert|angegeben|gezählt|gemeldet|registriert)(?![\\p{L}]))', speaker: 'after', speech: 'reported' },
  ],
  konjunktiv: [
    'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe', 'liege', 'stehe', 'gehe',
    'komme', 'bleibe', 'wisse', 'plane', 'bereite', 'verfüge', 'befinde', 'handle', 'handele', 'brauche', 'sehe', 'rechne', 'zeige',
    'kämpfe', 'verliere', 'setze', 'halte', 'trage', 'fehle', 'bestehe', 'versuche', 'arbeite', 'lasse', 'stamme', 'betrage', 'belaufe',
    // verbs of change and amount that carry figures: "Die Quote steige auf 11 Prozent", "Der Bau koste 40 Millionen"
    'steige', 'sinke', 'falle', 'wachse', 'koste', 'reiche', 'erreiche', 'umfasse', 'benötige', 'erhalte', 'gelte', 'entfalle', 'verdopple', 'übersteige',
    // Konjunktiv II plurals stand in for Konjunktiv I where that equals the indicative ("sie hätten", "würden")
    'hätten', 'würden', 'wären',
    // more verbs that carry figures in reported speech: "Das entspreche 30 Prozent", "Die Firma investiere 2 Milliarden"
    'entspreche', 'investiere', 'beschäftige', 'zahle', 'betreffe', 'liefere', 'biete', 'verzeichne', 'ergebe', 'bedeute',
    'mache', 'verdiene', 'verkaufe', 'produziere', 'behandle', 'versorge', 'schulde', 'spare', 'zähle', 'umfasse', 'lebe',
    // Konjunktiv II forms that differ from every indicative: "Es kämen nur 40 Kinder in Frage", "Es gäbe 300 Fälle"
    'kämen', 'käme', 'gäbe', 'gäben', 'läge', 'lägen', 'stünde', 'stünden',
    // stems in t/d, whose Konjunktiv I ends like a preterite ("erwarte" / "fehlte"): listed, not shaped
    'erwarte', 'arbeite', 'bedeute', 'biete', 'leite', 'finde', 'melde', 'warte', 'berate', 'beobachte', 'fürchte', 'richte', 'leide', 'entscheide', 'bilde', 'sende', 'verwende',
    // verbs of sums that carry figures: "Das Angebot summiere sich auf 11 Milliarden" (few words: each one costs every scan)
    'summiere', 'beziffere', 'erhöhe', 'verringere',
  ],
  hearsay: ['soll', 'sollen', 'angeblich', 'mutmaßlich'],
  plan: '(?<![\\p{L}])(?:soll|sollen)\\s(?:[\\p{L}-]+\\s){0,4}?(?:bis|ab|spätestens|künftig|in Zukunft|langfristig|im Jahr)(?:\\s(?:Ende\\s|Mitte\\s)?20\\d\\d|\\s|$)',
  quotes: [['„', '“'], ['»', '«'], ['“', '”'], ['"', '"'], ['‚', '‘']],
  coordinators: ['und', 'aber', 'doch', 'während', 'sondern'],
  gapLinks: ['von', 'vom', 'auf', 'nur', 'mehr', 'weniger', 'als', 'rund', 'etwa', 'ca', 'knapp', 'über', 'fast', 'nahezu', 'mindestens', 'höchstens', 'gut', 'bis', 'zu', 'lediglich', 'sogar', 'gar', 'dagegen', 'hingegen', 'indes', 'aber', 'jedoch', 'noch'],
  commissioned: ['im Auftrag', 'in Auftrag'],
  respondents: { after: 'der (?:befragten|teilnehmenden) \\p{L}+|der Befragten|der Teilnehmer(?:innen)? der (?:Umfrage|Befragung|Studie)', survey: '[Uu]mfrage|[Bb]efragung|[Ee]rhebung|[Ss]tudie|[Pp]anel' },
  documentReference: '(?:dem|im|diesem|der|dieser|einer|einem|seiner|seinem|ihrer|ihrem) (?:[\\p{L}-]+ )?(?:Bericht|Lagebericht|Jahresbericht|Studie|Papier|Dokument|Gutachten|Analyse|Erklärung|Mitteilung|Stellungnahme|Pressemitteilung|Statement|Schreiben)$',
  clauseStarters: ['nachdem', 'wie', 'als', 'weil', 'da', 'während', 'und', 'aber', 'doch', 'denn', 'zudem', 'auch', 'so', 'dabei', 'jedoch', 'nun', 'inzwischen', 'zuvor', 'dass', 'ob', 'obwohl', 'wobei', 'sodass',
    // focus particles before the subject: "Allein das Klinikum behandelte …"
    'allein', 'alleine'],
  fillers: ['am', 'im', 'zuletzt', 'kürzlich', 'jüngst', 'zudem', 'auch', 'außerdem', 'weiter', 'nun', 'bereits', 'schon', 'heute', 'gestern', 'vorgestern', 'morgen', 'dazu', 'noch', 'jedoch', 'aber', 'allerdings', 'hingegen', 'dagegen', 'später', 'zuvor', 'damals', 'erneut', 'ebenfalls', 'inzwischen', 'mittlerweile', 'offiziell', 'öffentlich', 'gegenüber', 'vor', 'in', 'einer', 'einem', 'seiner', 'ihrer', 'Ansprache', 'Videoansprache', 'Pressekonferenz', 'Interview', 'Erklärung', 'abend', 'Abend', 'Morgen', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Wochenende', 'vergangene', 'vergangenen', 'Woche', 'letzte', 'letzten', 'Journalisten', 'Reportern', 'dem', 'der', 'Sender', 'Zeitung', 'auf', 'X', 'Telegram', 'wörtlich', 'sinngemäß', 'knapp', 'ausdrücklich', 'gleichzeitig', 'demnach', 'daraufhin', 'deutlich', 'klar', 'zum',
    // parts of a day, alone and with a weekday: "sagte am Montagnachmittag", "teilte am Sonntagabend mit"
    'Vormittag', 'Mittag', 'Nachmittag', 'Nacht', 'Morgens', 'abends',
    ...['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
      .flatMap((d) => ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'].map((p) => d + p))],
  bareName: {
    pluralVerb: '(?:en|ten|n)$',
    adverbs: ['insgesamt', 'außerdem', 'deshalb', 'daher', 'darum', 'trotzdem', 'dennoch', 'gleichzeitig', 'zugleich', 'ebenso',
      'ebenfalls', 'bislang', 'bisher', 'jetzt', 'damals', 'danach', 'daraufhin', 'darüber', 'dafür', 'dagegen', 'deswegen',
      'erneut', 'erst', 'immerhin', 'jedenfalls', 'konkret', 'letztlich', 'mittlerweile', 'nunmehr', 'ohnehin', 'parallel',
      'schließlich', 'seitdem', 'sogar', 'stattdessen', 'unterdessen', 'vielmehr', 'weiterhin', 'zunächst', 'zusätzlich',
      'zwar', 'offenbar', 'offiziell', 'öffentlich', 'ausdrücklich', 'erstmals', 'ferner', 'hier', 'dort', 'heute', 'gestern',
      'vorher', 'anschließend', 'abschließend', 'einerseits', 'andererseits', 'nochmals', 'wiederum', 'wiederholt', 'vergangene', 'ähnlich',
      // where a count holds: "Landesweit zählte das Ministerium …"
      'landesweit', 'bundesweit', 'weltweit', 'europaweit', 'deutschlandweit', 'kreisweit', 'stadtweit', 'flächendeckend'],
  },
  pronouns: ['er', 'sie', 'Er', 'Sie', 'dieser', 'diese'],
  complementisers: ['dass', 'daß', 'ob'],
  asClause: ['wie'],
  self: ['eigenen', 'eigener'],
  audience: ['dem', 'einem', 'den', 'gegenüber'],
  anaphora: ['Das', 'Dies', 'Dieses', 'Diese', 'So'],
  anaphoraNouns: ['Zahlen', 'Zahl', 'Angaben', 'Daten', 'Werte', 'Ergebnisse', 'Befunde', 'Bilanz', 'Schätzung', 'Schätzungen', 'Prognose', 'Statistik'],
  placePrepositions: ['in', 'aus'],
  seatWords: ['mit Sitz', 'mit Hauptsitz', 'mit Standort'],
  passiveAuxiliaries: ['worden', 'wurde', 'wurden', 'werden'],
  auxiliaries: ['hat', 'hatte', 'haben', 'hatten', 'habe', 'hätte', 'hätten'],
  analysedMaterial: {
    nouns: 'Auswertung(?:en)?|Analysen?|Untersuchung(?:en)?',
    material: '\\p{Lu}\\p{Ll}*(?:bild|bilder|bildern|aufnahme|aufnahmen|daten|video|videos|foto|fotos|probe|proben|messung|messungen|dokument|dokumente|dokumenten|unterlagen|akten|statistik|statistiken|zahlen|spuren)|Daten|Zahlen',
    agent: 'durch',
  },
  furtherWords: ['weitere', 'weiteren'],
  konjunktivShape: {
    ending: '\\p{Ll}{2,}(?<![tdaeiouäöü])e',
    notVerbs: ['ohne', 'heute', 'gerne', 'alleine', 'eine', 'keine', 'seine', 'ihre', 'meine', 'unsere', 'diese', 'jene', 'jede',
      'manche', 'viele', 'alle', 'beide', 'einige', 'andere', 'mehrere', 'wenige', 'solche', 'welche', 'die', 'deine', 'eure', 'nahe', 'lange', 'gerade', 'jüngste', 'letzte', 'erste', 'nächste', 'halbe', 'ganze', 'große', 'hohe', 'neue', 'alte'],
  },
  passiveLeads: [{ word: 'Gefordert', hedge: 'demand' }, { word: 'Verlangt', hedge: 'demand' }, { word: 'Kritisiert' }, { word: 'Bemängelt' }, { word: 'Beklagt' }],
  statisticLead: {
    noun: 'Zahl|Anzahl|Gesamtzahl|Quote|Rate|Anteil|Summe|Wert',
    verb: 'stieg(?:en)?|sank(?:en)?|fiel(?:en)?|wuchs(?:en)?|lag(?:en)?|kletterte(?:n)?|schrumpfte(?:n)?|erhöhte(?:n)?|verringerte(?:n)?|verdoppelte(?:n)?|halbierte(?:n)?|ging(?:en)?|nahm(?:en)?',
  },
  figureNouns: ['Kosten', 'Schaden', 'Schäden', 'Zahl', 'Gesamtzahl', 'Summe', 'Höhe', 'Verluste', 'Anteil', 'Preis', 'Betrag', 'Bedarf', 'Wert', 'Umsatz', 'Gewinn', 'Ausgaben', 'Einnahmen', 'Mehrkosten', 'Folgekosten', 'Gesamtkosten', 'Gesamtschaden', 'Opferzahl', 'Teilnehmerzahl', 'Menge', 'Forderungen', 'Defizit', 'Verlust', 'Fehlbetrag'],
};
