/**
 * A second synthetic mini-corpus (written for these tests; the towns, people and clubs are invented), made to
 * test where stories must split and where they must join:
 * - a flood in Lindenau and its follow-up two days later (fewer figures, the same places and officials);
 * - a football match in Lindenau in the same week, with the same mayor, which even mentions the flood: a
 *   different event in the same town, so a different story; and the match's follow-up;
 * - a fire at a chemical plant in Kronsfeld reported in German and in English: one event across languages.
 */
import { makeDocument, type Document } from '../../src/core/document.js';
import type { AnalysisArticle } from '../../src/analysis/types.js';
import { claims } from './corpus.js';

export const MIXED = {
  flood1: `Hochwasser in Lindenau: Hunderte Menschen verlassen ihre Häuser
Nach heftigen Regenfällen ist die Wipper in Lindenau über die Ufer getreten. Die Feuerwehr brachte in der Nacht rund 450 Anwohner aus der überfluteten Unterstadt in Sicherheit, wie Kreisbrandmeister Olaf Brenneke mitteilte. Ein 80-jähriger Mann wird vermisst, er war zuletzt an der Mühlbrücke gesehen worden.
Bürgermeisterin Henrike Saalfeld rief die Bewohner auf, die Keller nicht zu betreten. Der Pegel der Wipper lag am Morgen bei 5,20 Metern, fast drei Meter über dem Normalstand. Das Technische Hilfswerk pumpt seit Stunden Wasser aus der Altstadt, Sandsäcke werden in der Sporthalle ausgegeben.`,

  flood2: `Lindenau nach der Flut: Die Wipper geht langsam zurück
Zwei Tage nach dem Hochwasser sinkt der Pegel der Wipper in Lindenau wieder. Der seit Montag vermisste Rentner wurde tot in einem Garten an der Mühlbrücke gefunden, bestätigte Kreisbrandmeister Olaf Brenneke. Die Bewohner der Unterstadt dürfen ab Donnerstag in ihre Häuser zurück.
Bürgermeisterin Henrike Saalfeld sprach von schweren Schäden an Straßen und Kellern in der Altstadt. Freiwillige helfen beim Ausräumen der überfluteten Wohnungen, das Technische Hilfswerk pumpt weiter Wasser ab.`,

  match1: `FC Lindenau schlägt Eintracht Bergheim im Derby
Der FC Lindenau hat das Derby gegen Eintracht Bergheim mit 3:1 gewonnen. Vor 6.800 Zuschauern im Stadion am Wall traf Stürmer Jonas Pfeifer zweimal, Kapitän Mehmet Aydin erzielte per Foulelfmeter das dritte Tor. Vor dem Anpfiff gedachten die Fans mit einer Schweigeminute der Opfer des Hochwassers.
Bürgermeisterin Henrike Saalfeld überreichte nach dem Schlusspfiff den Pokal. Trainer Uwe Kallmeyer lobte die Moral seiner Mannschaft, die nach dem frühen Rückstand ruhig geblieben sei. Lindenau steht damit auf dem zweiten Tabellenplatz der Oberliga.`,

  match2: `Nach Derby-Pleite: Bergheim trennt sich von Trainer
Eintracht Bergheim hat nach der Niederlage im Derby beim FC Lindenau ihren Trainer Frank Dörner entlassen. Die Mannschaft liegt nach elf Spielen nur auf dem 14. Tabellenplatz der Oberliga. Der Vorstand begründete die Entscheidung mit der sportlichen Entwicklung der letzten Wochen.
Gegen Lindenau hatte die Eintracht nach früher Führung noch 1:3 verloren, Lindenaus Stürmer Jonas Pfeifer war mit zwei Toren der Mann des Spiels. Bis zur Winterpause soll Co-Trainer Sascha Imhoff die Mannschaft betreuen.`,

  fireDe: `Großbrand in Chemiewerk in Kronsfeld
Bei einem Großbrand im Chemiewerk der Veltrax AG in Kronsfeld sind am Mittwoch zwölf Arbeiter verletzt worden, drei von ihnen schwer. Die Feuerwehr war mit 160 Einsatzkräften vor Ort, teilte Einsatzleiter Rainer Vossberg mit. Die Bewohner der umliegenden Stadtteile wurden aufgefordert, Fenster und Türen geschlossen zu halten.
Nach Angaben von Veltrax brach das Feuer in einer Lagerhalle für Lösungsmittel aus. Messungen hätten bislang keine erhöhten Schadstoffwerte ergeben, sagte Vossberg. Die Kriminalpolizei ermittelt zur Brandursache.`,

  fireEn: `Twelve hurt in blaze at Kronsfeld chemical plant
A fire at a Veltrax chemical plant in the German town of Kronsfeld injured twelve workers on Wednesday, three of them seriously, incident commander Rainer Vossberg said. Some 160 firefighters fought the blaze, which started in a warehouse storing solvents.
Residents of nearby districts were told to keep their windows closed, but Vossberg said measurements had so far shown no elevated levels of pollutants. Police are investigating the cause.`,
};

type Name = keyof typeof MIXED;

const META: Record<Name, { id: string; language: string; outlet: string; publishedAt: string }> = {
  flood1: { id: 'flood-1', language: 'de', outlet: 'Wipperbote', publishedAt: '2025-10-06T07:00:00Z' },
  flood2: { id: 'flood-2', language: 'de', outlet: 'Kreiszeitung', publishedAt: '2025-10-08T16:00:00Z' },
  match1: { id: 'match-1', language: 'de', outlet: 'Kreiszeitung', publishedAt: '2025-10-07T19:30:00Z' },
  match2: { id: 'match-2', language: 'de', outlet: 'Wipperbote', publishedAt: '2025-10-09T10:00:00Z' },
  fireDe: { id: 'fire-de', language: 'de', outlet: 'Kronsfelder Anzeiger', publishedAt: '2025-10-08T12:00:00Z' },
  fireEn: { id: 'fire-en', language: 'en', outlet: 'Continental Times', publishedAt: '2025-10-08T15:00:00Z' },
};

/** The title is the first line; the body follows it. */
export function mixedDoc(name: Name): Document {
  const text = MIXED[name];
  const title = text.slice(0, text.indexOf('\n'));
  return makeDocument(text, { ...META[name], title, url: null }, title.length + 1);
}

const BRENNEKE = { kind: 'person' as const, name: 'Olaf Brenneke', text: 'Kreisbrandmeister Olaf Brenneke', country: 'DE' };
const VOSSBERG = { kind: 'person' as const, name: 'Rainer Vossberg', text: 'Einsatzleiter Rainer Vossberg', country: 'DE' };

export function mixedCorpus(): AnalysisArticle[] {
  const d = Object.fromEntries((Object.keys(MIXED) as Name[]).map((n) => [n, mixedDoc(n)])) as Record<Name, Document>;
  const here = { country: 'DE', kind: 'residents' };
  return [
    {
      doc: d.flood1,
      claims: claims(d.flood1, [
        { text: 'rund 450 Anwohner', min: 450, max: 450, approx: true, measure: 'displaced', subject: here, place: 'Lindenau', source: BRENNEKE },
        { text: 'Ein 80-jähriger Mann', min: 1, max: 1, measure: 'missing', subject: here, place: 'Lindenau', source: BRENNEKE },
      ]),
    },
    { doc: d.flood2, claims: [] },
    { doc: d.match1, claims: claims(d.match1, [{ text: '6.800 Zuschauern', min: 6800, max: 6800, measure: 'other', subject: { country: 'DE', kind: 'spectators' }, place: null, source: { kind: 'unattributed' } }]) },
    { doc: d.match2, claims: [] },
    {
      doc: d.fireDe,
      claims: claims(d.fireDe, [
        { text: 'zwölf Arbeiter', min: 12, max: 12, measure: 'wounded', subject: { country: 'DE', kind: 'workers' }, place: 'Kronsfeld', source: VOSSBERG },
        { text: '160 Einsatzkräften', min: 160, max: 160, measure: 'deployed', subject: { country: 'DE', kind: 'firefighters' }, place: 'Kronsfeld', source: VOSSBERG },
      ]),
    },
    {
      doc: d.fireEn,
      claims: claims(d.fireEn, [
        { text: 'twelve workers', min: 12, max: 12, measure: 'wounded', subject: { country: 'DE', kind: 'workers' }, place: 'Kronsfeld', source: { ...VOSSBERG, text: 'incident commander Rainer Vossberg' } },
        { text: '160 firefighters', min: 160, max: 160, measure: 'deployed', subject: { country: 'DE', kind: 'firefighters' }, place: 'Kronsfeld', source: { ...VOSSBERG, text: 'Vossberg' } },
      ]),
    },
  ];
}
