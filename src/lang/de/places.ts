import type { PlaceTables, ScopeTables } from '../../claims/tables.js';

/** Where a figure happened: locative prepositions, region nouns before a name, the front. */
export const places: PlaceTables = {
  prepositions: ['in', 'im', 'an', 'am', 'bei', 'beim', 'nahe', 'rund um', 'um', 'vor', 'nördlich von', 'südlich von', 'östlich von', 'westlich von', 'in der Nähe von', 'entlang'],
  regionNouns: ['Region', 'Gebiet', 'Gebiets', 'Oblast', 'Provinz', 'Stadt', 'Hauptstadt', 'Großstadt', 'Kleinstadt', 'Dorf', 'Dorfes', 'Ortschaft', 'Ort', 'Bezirk', 'Kreis', 'Grenzregion', 'Grenzstadt', 'Hafenstadt', 'Frontstadt', 'Halbinsel', 'Bundesstaat', 'Republik', 'Enklave', 'Kursk-Region'],
  fronts: ['Front', 'Frontlinie', 'Ostfront', 'Südfront', 'Kontaktlinie', 'Frontabschnitt', 'Schlachtfeld', 'Kampfgebiet', 'Kampfgebieten', 'Grenze'],
  notPlaces: ['Kürze', 'Folge', 'Zukunft', 'Richtung', 'Wirklichkeit', 'Summe', 'Höhe', 'Zusammenarbeit', 'Bezug', 'Kraft', 'Betrieb', 'Gefahr', 'Frage', 'Kampf', 'Krieg', 'Angriff', 'Einsatz', 'Dienst', 'Gefangenschaft', 'Schach', 'Sicherheit', 'Anspruch', 'Wert', 'Moment', 'Rahmen', 'Gegenzug', 'Hinblick', 'Vergleich', 'Verlauf', 'Laufe', 'Namen', 'Auftrag', 'Sommer', 'Winter', 'Herbst', 'Frühjahr', 'Frühling', 'Juli', 'Juni', 'Mai', 'März', 'August', 'Oktober', 'September', 'November', 'Dezember', 'Januar', 'Februar', 'April'],
};

/** Words that scope a figure in time beyond what the time engine finds: "bisher" (cumulative), "täglich" (rate). */
export const scope: ScopeTables = {
  cumulative: ['bisher', 'bislang', 'insgesamt', 'bereits', 'inzwischen', 'mittlerweile', 'seit Kriegsbeginn', 'seit Beginn (?:des|der) (?:[\\p{L}-]+ ){0,3}(?:Krieges|Kriegs|Invasion|Angriffs|Angriffskrieges|Offensive|Konflikts|Konfliktes|Kämpfe)', 'seit Kriegsausbruch', 'seit Ausbruch (?:des|der) (?:[\\p{L}-]+ ){0,2}(?:Krieges|Kriegs|Kämpfe)', 'seit dem Einmarsch', 'seit Beginn'],
  rate: [['täglich|pro Tag|am Tag|jeden Tag|Tag für Tag|jeweils am Tag', 'day'], ['wöchentlich|pro Woche|jede Woche', 'week'], ['monatlich|pro Monat|jeden Monat|im Monat', 'month'], ['jährlich|pro Jahr|jedes Jahr|im Jahr', 'year'], ['stündlich|pro Stunde', 'hour']],
};
