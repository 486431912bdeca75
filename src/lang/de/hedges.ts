import type { HedgeTables } from '../../claims/tables.js';

/** Words that qualify how firmly a figure is asserted. The engine applies them to the sentence they stand in. */
export const hedges: HedgeTables = {
  terms: [
    // "mutmaßliche Schleuser": an inflected adjective qualifies who is counted, not the figure; the adverb hedges
    ['reported', 'soll|sollen|Berichten zufolge|angeblich|mutmaßlich|Medienberichten zufolge|Gerüchten zufolge'],
    // "geht von 40 Toten aus", "gehen davon aus" (assume); not "gingen leer aus" (came away empty-handed)
    ['estimate', 'Schätzung(?:en)?|geschätzt(?:e[nmrs]?)?|schätzungsweise|schätzt|schätzte[n]?|Einschätzung(?:en)?|Hochrechnung(?:en)?|[\\p{L}]+-Schätzung(?:en)?|geh(?:t|en) (?:[\\p{L}\\d.,-]+ ){0,5}(?:von|vom|davon) (?:[\\p{L}\\d.,-]+ ){0,10}aus|ging(?:en)? (?:[\\p{L}\\d.,-]+ ){0,5}(?:von|vom|davon) (?:[\\p{L}\\d.,-]+ ){0,10}aus'],
    // "vorläufig festgenommen" / "vorläufige Festnahme" is the legal term for an arrest, not a provisional figure
    ['preliminary', 'vorläufig(?:e[nmrs]?)?(?!\\p{L})(?!\\s+(?:festgenommen|Festnahme|in Gewahrsam))|nach ersten (?:Angaben|Erkenntnissen|Informationen)|ersten Angaben zufolge|vorerst'],
    ['unverified', 'nicht (?:unabhängig )?(?:überprüf|verifizier|bestätig)(?:bar|en|t|en werden)|unabhängig nicht (?:überprüfbar|überprüfen|bestätigen)|unbestätigt(?:e[nmrs]?)?|nicht überprüfbar'],
    // "sollte die Partei 34 Prozent erreichen": a forecast of a level, not a demand (before `demand`: it wins at "sollte")
    ['projection', 'sollte[n]? (?:\\S+ ){0,6}?(?:erreichen|steigen|sinken|fallen|wachsen|liegen|kommen|betragen|klettern|zulegen|verlieren|gewinnen|erhalten)'],
    ['demand', 'fordert|fordern|forderte[n]?|verlangt(?!\\s*(?:[.,;:!?)]|$|worden|hätten|hatten|haben|habe|hat))|verlangen|verlangte[n]?|Forderung(?:en)?|sollte[n]?|müsse[n]?'],
    ['denial', 'dementiert(?:e[n]?)?|bestreitet|bestreiten|bestritt(?:en)?|wies (?:[\\p{L}]+ ){0,6}zurück|weist (?:[\\p{L}]+ ){0,6}zurück|zurückgewiesen|falsch|Falschmeldung|Dementi'],
    ['projection', 'könnte[n]?|dürfte[n]?|voraussichtlich|erwartet(?:e[n]?)?|Prognose[n]?|prognostiziert(?:e[n]?)?|rechnet mit|rechnen mit|drohen|droht|bis (?:zu )?(?:Ende|Mitte) (?:des|der|dieses|nächsten)'],
  ],
  disclaimers: [
    '(?:lass(?:en|t)|ließen|ließ) sich (?:[\\p{L}-]+ ){0,6}nicht (?:unabhängig )?(?:überprüfen|verifizieren|bestätigen)',
    'konnten? (?:[\\p{L}-]+ ){0,6}nicht (?:unabhängig )?(?:überprüft|verifiziert|bestätigt) werden',
    'nicht unabhängig (?:überprüfbar|überprüft|verifiziert|bestätigt)',
  ],
};
