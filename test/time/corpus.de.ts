/**
 * German news phrases → expected time values (Duckling-style corpus, our own sentences).
 * Reference: Tuesday 2024-12-17 12:00 at UTC+01:00, news reading (prefer past). Values were worked out by hand
 * from the calendar (17 Dec 2024 is a Tuesday; the week before runs 9–15 Dec).
 */
export interface CorpusCase {
  text: string;
  /** the expression as it must be found inside the text (defaults to the whole text) */
  span?: string;
  start: string | null;
  end: string | null;
  grain: string;
  role: 'point' | 'period' | 'cumulative' | 'rate' | 'open';
  per?: string;
}

export const REFERENCE = '2024-12-17T12:00:00+01:00';

/** "2024-12-17" → "2024-12-17T00:00:00+01:00"; "2024-12-17 14:30" → with that clock time */
export const t = (s: string): string => {
  const [day, clock] = s.split(' ');
  return `${day}T${clock ? (clock.length === 5 ? `${clock}:00` : clock) : '00:00:00'}+01:00`;
};

export const deCorpus: CorpusCase[] = [
  // weekdays look back (the reference day itself counts as the most recent Tuesday)
  { text: 'Die Armee griff am Montag an.', span: 'am Montag', start: t('2024-12-16'), end: t('2024-12-17'), grain: 'day', role: 'point' },
  { text: 'Am Dienstag wurde verhandelt.', span: 'Am Dienstag', start: t('2024-12-17'), end: t('2024-12-18'), grain: 'day', role: 'point' },
  { text: 'Schon am Mittwoch fielen Schüsse.', span: 'am Mittwoch', start: t('2024-12-11'), end: t('2024-12-12'), grain: 'day', role: 'point' },
  { text: 'Am Wochenende blieb es ruhig.', span: 'Am Wochenende', start: t('2024-12-13 18:00'), end: t('2024-12-16'), grain: 'hour', role: 'period' },
  { text: 'In der vergangenen Woche kamen 40 Menschen um.', span: 'In der vergangenen Woche', start: t('2024-12-09'), end: t('2024-12-16'), grain: 'week', role: 'period' },
  { text: 'Vergangene Woche', start: t('2024-12-09'), end: t('2024-12-16'), grain: 'week', role: 'period' },
  { text: 'letzte Woche', start: t('2024-12-09'), end: t('2024-12-16'), grain: 'week', role: 'period' },
  { text: 'nächste Woche', start: t('2024-12-23'), end: t('2024-12-30'), grain: 'week', role: 'period' },
  { text: 'kommende Woche', start: t('2024-12-23'), end: t('2024-12-30'), grain: 'week', role: 'period' },
  { text: 'Seit zwei Wochen wird um die Stadt gekämpft.', span: 'Seit zwei Wochen', start: t('2024-12-03'), end: null, grain: 'day', role: 'cumulative' },
  { text: 'Vor drei Tagen fiel die Brücke.', span: 'Vor drei Tagen', start: t('2024-12-14 12:00'), end: t('2024-12-14 13:00'), grain: 'hour', role: 'point' },
  { text: 'Anfang August begann der Vorstoß.', span: 'Anfang August', start: t('2024-08-01'), end: t('2024-08-11'), grain: 'day', role: 'period' },
  { text: 'Mitte Dezember', start: t('2024-12-11'), end: t('2024-12-21'), grain: 'day', role: 'period' },
  { text: 'Ende des Monats', start: t('2024-12-21'), end: t('2025-01-01'), grain: 'day', role: 'period' },
  { text: 'Anfang des Monats', start: t('2024-12-01'), end: t('2024-12-11'), grain: 'day', role: 'period' },
  { text: 'Ende 2022', start: t('2022-09-01'), end: t('2023-01-01'), grain: 'month', role: 'period' },
  { text: 'Im Oktober wurden Reservisten eingezogen.', span: 'Im Oktober', start: t('2024-10-01'), end: t('2024-11-01'), grain: 'month', role: 'period' },
  { text: 'Seit Februar 2022 sind Tausende gestorben.', span: 'Seit Februar 2022', start: t('2022-02-01'), end: null, grain: 'month', role: 'cumulative' },
  { text: 'seit Beginn der Invasion', start: null, end: null, grain: 'day', role: 'cumulative' },
  { text: 'seit Kriegsbeginn', start: null, end: null, grain: 'day', role: 'cumulative' },
  { text: 'Bisher wurden 300 Fälle gemeldet.', span: 'Bisher', start: null, end: '2024-12-17T12:00:00+01:00', grain: 'day', role: 'cumulative' },
  { text: 'bislang', start: null, end: '2024-12-17T12:00:00+01:00', grain: 'day', role: 'cumulative' },
  { text: 'Die Vereidigung ist am 20. Januar.', span: 'am 20. Januar', start: t('2024-01-20'), end: t('2024-01-21'), grain: 'day', role: 'point' },
  { text: 'Der Erlass vom 20.01.2025 gilt weiter.', span: '20.01.2025', start: t('2025-01-20'), end: t('2025-01-21'), grain: 'day', role: 'point' },
  { text: 'Gewählt wurde am 3. Nov. in drei Bezirken.', span: 'am 3. Nov.', start: t('2024-11-03'), end: t('2024-11-04'), grain: 'day', role: 'point' },
  { text: 'am 24. Februar 2022', start: t('2022-02-24'), end: t('2022-02-25'), grain: 'day', role: 'point' },
  { text: 'In diesem Sommer brannten die Felder.', span: 'In diesem Sommer', start: t('2024-06-21'), end: t('2024-09-24'), grain: 'day', role: 'period' },
  { text: 'Täglich sterben Soldaten.', span: 'Täglich', start: null, end: null, grain: 'day', role: 'rate', per: 'day' },
  { text: '200 Angriffe pro Tag', span: 'pro Tag', start: null, end: null, grain: 'day', role: 'rate', per: 'day' },
  { text: 'jeden Tag', start: null, end: null, grain: 'day', role: 'rate', per: 'day' },
  { text: 'Kosten von drei Milliarden pro Jahr', span: 'pro Jahr', start: null, end: null, grain: 'year', role: 'rate', per: 'year' },
  { text: 'jährlich', start: null, end: null, grain: 'year', role: 'rate', per: 'year' },
  { text: 'heute', start: t('2024-12-17'), end: t('2024-12-18'), grain: 'day', role: 'point' },
  { text: 'gestern', start: t('2024-12-16'), end: t('2024-12-17'), grain: 'day', role: 'point' },
  { text: 'morgen', start: t('2024-12-18'), end: t('2024-12-19'), grain: 'day', role: 'point' },
  { text: 'vorgestern', start: t('2024-12-15'), end: t('2024-12-16'), grain: 'day', role: 'point' },
  { text: 'In den vergangenen zehn Tagen fielen 40 Raketen.', span: 'In den vergangenen zehn Tagen', start: t('2024-12-07'), end: t('2024-12-17'), grain: 'day', role: 'period' },
  { text: 'In der Nacht zu Montag heulten die Sirenen.', span: 'In der Nacht zu Montag', start: t('2024-12-15 22:00'), end: t('2024-12-16 06:00'), grain: 'hour', role: 'period' },
  { text: 'Am Montagabend sprach der Minister.', span: 'Am Montagabend', start: t('2024-12-16 18:00'), end: t('2024-12-17'), grain: 'hour', role: 'point' },
  { text: 'Die Sitzung beginnt um 14 Uhr.', span: 'um 14 Uhr', start: t('2024-12-17 14:00'), end: t('2024-12-17 15:00'), grain: 'hour', role: 'point' },
  { text: 'Um 14.30 Uhr trat er vor die Presse.', span: 'Um 14.30 Uhr', start: t('2024-12-17 14:30'), end: t('2024-12-17 14:31'), grain: 'minute', role: 'point' },
  { text: '14:30', start: t('2024-12-17 14:30'), end: t('2024-12-17 14:31'), grain: 'minute', role: 'point' },
  { text: 'gegen 3 Uhr morgens', start: t('2024-12-17 03:00'), end: t('2024-12-17 04:00'), grain: 'hour', role: 'point' },
  { text: 'Vom 3. bis 5. März tagte der Rat.', span: 'Vom 3. bis 5. März', start: t('2024-03-03'), end: t('2024-03-06'), grain: 'day', role: 'period' },
  { text: 'zwischen Montag und Mittwoch', start: t('2024-12-16'), end: t('2024-12-19'), grain: 'day', role: 'period' },
  // open intervals announce: "bis Mittwoch" is the coming Wednesday even in news
  { text: 'Die Frist läuft bis Mittwoch.', span: 'bis Mittwoch', start: null, end: t('2024-12-18'), grain: 'day', role: 'open' },
  { text: 'Ab Montag gelten neue Regeln.', span: 'Ab Montag', start: t('2024-12-23'), end: null, grain: 'day', role: 'open' },
  { text: '2022 wurden viele Dörfer zerstört.', span: '2022', start: t('2022-01-01'), end: t('2023-01-01'), grain: 'year', role: 'period' },
  { text: 'im Jahr 2022', start: t('2022-01-01'), end: t('2023-01-01'), grain: 'year', role: 'period' },
  { text: 'im Februar 2022', start: t('2022-02-01'), end: t('2022-03-01'), grain: 'month', role: 'period' },
  { text: 'Im dritten Quartal stieg die Zahl.', span: 'Im dritten Quartal', start: t('2024-07-01'), end: t('2024-10-01'), grain: 'quarter', role: 'period' },
  { text: 'letzten Monat', start: t('2024-11-01'), end: t('2024-12-01'), grain: 'month', role: 'period' },
  { text: 'im vergangenen Jahr', start: t('2023-01-01'), end: t('2024-01-01'), grain: 'year', role: 'period' },
  { text: 'am Dienstag, 10. Dezember', start: t('2024-12-10'), end: t('2024-12-11'), grain: 'day', role: 'point' },
];

/** Phrases that must yield no time span at all. */
export const deNegatives: string[] = [
  'Mai Thi Nguyen-Kim sagte das.',
  'Nach Paragraf 5 ist das verboten.',
  'Es kamen 1.000 Soldaten.',
  '2000 Soldaten wurden verlegt.',
  'Er sah das so.',
  'so viele wie nie',
  'der zweiten Hälfte',
  'Ein Hotel wurde getroffen.',
  'Die Quote lag bei 5,6 Prozent.',
];
