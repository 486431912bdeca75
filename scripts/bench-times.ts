/**
 * Throughput of extractTimes alone on German news text (MB/s of UTF-8 on one core, and articles/s).
 * Text: the real articles in ../shared/examples (read at run time, never copied into the repo) plus German
 * news sentences of our own, assembled into articles; and one long line (news text repeated up to ~1 MB, the way
 * `parse` receives a 1 MB line) timed on its own.
 * Every pass resolves against another reference time. Usage: node --import tsx scripts/bench-times.ts [--seconds S] [--long-mb N]
 * (a measurement, not a test: numbers vary with the machine; profile with `node --cpu-prof --import tsx ...`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getPack } from '../src/lang/index.js';
import { extractTimes, type TimeOptions } from '../src/time/extract.js';
import { repoRoot } from './peer/common.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '4' }, 'long-mb': { type: 'string', default: '1' } } });
const seconds = Number(values.seconds);
const longMb = Number(values['long-mb']);

/** Our own sentences in the register of German news: figures, speakers, dates, and plenty of text without any. */
const SENTENCES = [
  'Das Statistische Bundesamt teilte am Dienstag mit, die Zahl der Beschäftigten sei im dritten Quartal um 0,4 Prozent gestiegen.',
  'Nach Angaben des Ministeriums wurden seit Februar 2022 mehr als 1,2 Millionen Anträge gestellt.',
  'Der Stadtrat will bis Ende des Monats über den Haushalt entscheiden, sagte die Bürgermeisterin.',
  'Die Polizei rückte in der Nacht zu Sonntag gegen 23.30 Uhr aus, nachdem Anwohner Rauch gemeldet hatten.',
  'Bereits in der vergangenen Woche hatten rund 3000 Menschen vor dem Rathaus demonstriert.',
  'Der Vorstand rechnet für das kommende Jahr mit einem Umsatz von knapp zwölf Milliarden Euro.',
  'Die Gespräche sollen vom 13. bis 15. Juli in Brüssel fortgesetzt werden.',
  'Ein Sprecher des Konzerns wollte sich auf Anfrage nicht zu den Berichten äußern.',
  'Bislang seien keine Verletzten gemeldet worden, hieß es aus Kreisen der Feuerwehr.',
  'Die Inflationsrate lag im Oktober bei 3,8 Prozent und damit etwas niedriger als im Vormonat.',
  'Täglich pendeln etwa 250.000 Menschen in die Landeshauptstadt, die meisten mit dem Auto.',
  'Am 20. Januar 2025 trat die neue Regierung ihr Amt an; seitdem hat sie drei Gesetze verabschiedet.',
  'Die Opposition kritisierte den Entwurf als unausgegoren und forderte eine gründliche Überarbeitung.',
  'Anfang August soll der erste Bauabschnitt fertig sein, Mitte Dezember dann die Brücke.',
  'Wie die Agentur meldete, stiegen die Preise für Heizöl innerhalb von zwei Wochen um 15 Prozent.',
  'Der Prozess gegen die beiden Angeklagten beginnt am Montag, 18. Februar, vor dem Landgericht.',
  'Die Hilfsorganisation verteilte in diesem Sommer mehr als 40.000 Mahlzeiten an Bedürftige.',
  'Zwischen 2015 und 2020 hat sich die Zahl der Ladestationen nahezu verfünffacht.',
  'Experten warnen seit Jahren vor den Folgen des Fachkräftemangels in der Pflege.',
  'Die Abstimmung im Bundestag ist für Donnerstagabend angesetzt, wie aus Fraktionskreisen verlautete.',
  'Heute Morgen meldeten die Behörden weitere Überschwemmungen im Süden des Landes.',
  'Der Verband erwartet, dass die Produktion im nächsten Monat wieder anzieht.',
  'Die Firma hatte vor drei Tagen angekündigt, 800 Stellen zu streichen.',
  'Laut einer Umfrage des Instituts halten 62 Prozent der Befragten die Maßnahmen für angemessen.',
];

function ownArticles(): string[] {
  const out: string[] = [];
  // each article: a title line and paragraphs of varying sentences, the shape of a 3–5k-character news piece
  for (let a = 0; a < 8; a++) {
    const paras: string[] = [`Meldung ${a + 1}: Neue Zahlen aus Berlin`];
    for (let p = 0; p < 6; p++) {
      const sents: string[] = [];
      for (let s = 0; s < 5; s++) sents.push(SENTENCES[(a * 7 + p * 5 + s * 3) % SENTENCES.length]!);
      paras.push(sents.join(' '));
    }
    out.push(paras.join('\n\n'));
  }
  return out;
}

function exampleArticles(): string[] {
  const dir = join(repoRoot, '..', 'shared', 'examples');
  if (!existsSync(dir)) {
    process.stdout.write(`note: ${dir} not found; benchmarking our own sentences only\n`);
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const texts = [...exampleArticles(), ...ownArticles()];
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const de = getPack('de');
const opts: TimeOptions = { reference: '2024-03-12T09:00:00+01:00' };
/**
 * A different reference time for every pass (1 day 7 h 13 min later each time): news arrive with their own
 * publication times, and a cache keyed on the reference must not flatter the figure.
 */
const referenceOf = (pass: number): TimeOptions => ({
  reference: new Date(Date.parse('2024-03-12T08:00:00Z') + pass * 112_380_000).toISOString().replace(/\.\d+Z$/, '+00:00'),
});

let spans = 0;
for (const t of texts) spans += extractTimes(t, de, opts).length; // warm-up (JIT, rule compilation)

let passes = 0;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  const o = referenceOf(passes);
  for (const t of texts) extractTimes(t, de, o);
  passes++;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
}
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = (bytes * passes) / 1e6;
// CPU seconds as well as wall-clock: on a shared machine other processes slow the wall clock down
process.stdout.write(
  `extractTimes (de): ${texts.length} articles, ${(bytes / 1e3).toFixed(1)} kB, ${spans} spans per pass; ` +
    `${passes} passes in ${elapsed.toFixed(2)} s wall / ${cpuSeconds.toFixed(2)} s CPU → ` +
    `${(mb / elapsed).toFixed(2)} MB/s wall, ${(mb / cpuSeconds).toFixed(2)} MB/s per CPU-second, ` +
    `${((texts.length * passes) / elapsed).toFixed(0)} articles/s\n`,
);

// One long line, as `parse` gets it: the articles joined by spaces (no line breaks) up to the size asked for.
if (longMb > 0) {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < longMb * 1e6; i++) {
    const t = texts[i % texts.length]!.replace(/\s*\n\s*/g, ' ');
    parts.push(t);
    len += t.length + 1;
  }
  const line = parts.join(' ');
  const l0 = process.hrtime.bigint();
  const n = extractTimes(line, de, opts).length;
  const s = Number(process.hrtime.bigint() - l0) / 1e9;
  process.stdout.write(
    `long line: ${(Buffer.byteLength(line) / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s → ` +
      `${(Buffer.byteLength(line) / 1e6 / s).toFixed(2)} MB/s, ${n} spans\n`,
  );
}
