/**
 * A synthetic mini-corpus written for these tests (not taken from any real article): one agency wire in German,
 * a lightly edited copy, an English translation (rewrite), two independent reports (German and English) of the
 * same attack, and two unrelated stories. Claims are built directly, with spans located in the texts, so the
 * analysis is tested independently of the extraction engine.
 */
import { makeDocument, type Document } from '../../src/core/document.js';
import type { Claim, ClaimSource, Hedge, Measure, ScopeType } from '../../src/core/claim.js';
import type { AnalysisArticle } from '../../src/analysis/types.js';

export const TEXTS = {
  wire: `Charkiw (dpa) - Bei einem russischen Raketenangriff auf die ostukrainische Großstadt Charkiw sind nach Angaben von Bürgermeister Ihor Terechow 14 Menschen getötet worden. 52 weitere Menschen seien verletzt worden, darunter mehrere Kinder, teilte Terechow am Montagmorgen auf Telegram mit. Die Raketen schlugen demnach in einem Wohnviertel im Norden der Stadt ein, mehrere Hochhäuser gerieten in Brand.
Die ukrainische Luftwaffe erklärte, Russland habe in der Nacht 23 Drohnen und 4 Raketen gestartet. Die Flugabwehr habe einen Teil davon abgefangen, die Lage in der Stadt bleibe aber angespannt.
Präsident Wolodymyr Selenskyj verurteilte den Angriff als Terror gegen Zivilisten und forderte von den westlichen Partnern mehr Systeme zur Luftverteidigung. "Jeder Tag ohne Schutz kostet Leben", sagte Selenskyj in seiner abendlichen Videoansprache.
Der Gouverneur des Gebiets Charkiw, Oleh Synjehubow, sagte, seit Jahresbeginn seien in der Region 310 Zivilisten bei russischen Angriffen getötet worden. Die Stadt liegt nur rund 30 Kilometer von der russischen Grenze entfernt und wird seit Monaten fast täglich beschossen.`,

  copy: `Charkiw - Bei einem schweren russischen Raketenangriff auf die ostukrainische Großstadt Charkiw sind nach Angaben von Bürgermeister Ihor Terechow 14 Menschen getötet worden. 52 weitere Menschen seien verletzt worden, darunter mehrere Kinder, teilte Terechow am Montagmorgen auf Telegram mit. Die Raketen schlugen demnach in einem Wohnviertel im Norden der Stadt ein, mehrere Hochhäuser gerieten in Brand.
Präsident Wolodymyr Selenskyj verurteilte den Angriff als Terror gegen Zivilisten und forderte von den westlichen Partnern mehr Systeme zur Luftverteidigung. "Jeder Tag ohne Schutz kostet Leben", sagte Selenskyj in seiner abendlichen Videoansprache.
Der Gouverneur des Gebiets Charkiw, Oleh Synjehubow, sagte, seit Jahresbeginn seien in der Region 310 Zivilisten bei russischen Angriffen getötet worden. Die Stadt liegt nur rund 30 Kilometer von der russischen Grenze entfernt und wird seit Monaten fast täglich beschossen. Unsere Redaktion verfolgt die Lage weiter.`,

  rewrite: `Kharkiv - A Russian missile strike on the eastern Ukrainian city of Kharkiv killed 14 people, Mayor Ihor Terekhov said on Monday. Another 52 people were injured, among them several children, Terekhov wrote on Telegram. According to the mayor, the missiles hit a residential district in the north of the city and set several high-rise buildings on fire.
Ukraine's air force said Russia had launched 23 drones and 4 missiles overnight, some of which were shot down.
President Volodymyr Zelensky condemned the attack as terror against civilians and urged Western partners to send more air defence systems. "Every day without protection costs lives," Zelensky said in his nightly video address.
The governor of the Kharkiv region, Oleh Syniehubov, said 310 civilians had been killed in Russian attacks in the region since the start of the year. The city lies only about 30 kilometres from the Russian border.`,

  indepDe: `Nach dem Angriff auf Charkiw: Helfer suchen in den Trümmern
Am Tag nach dem Einschlag räumen Feuerwehrleute noch immer Schutt aus den Treppenhäusern des Wohnblocks. Bürgermeister Ihor Terechow hatte zunächst von 14 Toten gesprochen, am Nachmittag nannte er 16 Todesopfer. Gouverneur Oleh Synjehubow sprach von 61 Verletzten, von denen elf in kritischem Zustand seien.
In der vergangenen Woche seien in der Region 40 Zivilisten getötet worden, sagte Synjehubow unserem Reporter vor Ort. Anwohner berichten, die Sirenen hätten nur wenige Minuten vor dem Einschlag geheult. Ein ranghoher US-Militärvertreter sagte in Washington, Russland habe allein in diesem Monat mehr als 1.000 Drohnen gegen ukrainische Städte eingesetzt.`,

  indepEn: `Rescuers in Kharkiv dig through rubble as death toll disputed
Emergency crews in Kharkiv worked through the night at the damaged apartment block. Mayor Ihor Terekhov had put the toll at 14 on Monday morning. The regional prosecutor's office put the number of dead at 13 and opened a war crimes investigation. Russia's defence ministry, quoted by state media, claimed that only 3 people had been wounded and that its forces had hit a military depot.
A senior U.S. military official told reporters that Russia had launched more than 1,000 drones against Ukrainian cities this month. Residents described hearing several explosions shortly before dawn.`,

  floodDe: `Hochwasser in Bayern: Tausende Menschen in Sicherheit gebracht
Nach tagelangem Starkregen sind in Niederbayern mehrere Flüsse über die Ufer getreten. Das Landratsamt Passau teilte mit, rund 2.000 Bewohner hätten ihre Häuser verlassen müssen. Die Pegelstände an der Donau und am Inn stiegen am Montag weiter, Feuerwehr und Technisches Hilfswerk errichteten Sandsackbarrieren entlang der Uferpromenaden. Der Deutsche Wetterdienst warnte vor weiteren Gewittern mit Starkregen bis Dienstagabend.`,

  budgetEn: `EU leaders clash over long-term budget in Brussels
European Union leaders ended a two-day summit in Brussels without agreement on the bloc's next seven-year budget. Net contributors including the Netherlands and Austria rejected a proposal that would raise spending to 1.2 percent of gross national income. Diplomats said talks would resume in April, with farm subsidies and cohesion funds the main sticking points.`,
};

const META: Record<keyof typeof TEXTS, { id: string; language: string; outlet: string; publishedAt: string; title: string }> = {
  wire: { id: 'wire-de', language: 'de', outlet: 'Agentur', publishedAt: '2025-03-10T08:00:00Z', title: 'Raketenangriff auf Charkiw' },
  copy: { id: 'copy-de', language: 'de', outlet: 'Tagesblatt', publishedAt: '2025-03-10T09:30:00Z', title: 'Tote bei Angriff auf Charkiw' },
  rewrite: { id: 'rewrite-en', language: 'en', outlet: 'Daily Wire Service', publishedAt: '2025-03-10T11:00:00Z', title: 'Russian strike on Kharkiv kills 14' },
  indepDe: { id: 'indep-de', language: 'de', outlet: 'Stadtanzeiger', publishedAt: '2025-03-11T15:00:00Z', title: 'Helfer suchen in Charkiw in den Trümmern' },
  indepEn: { id: 'indep-en', language: 'en', outlet: 'Global Post', publishedAt: '2025-03-11T18:00:00Z', title: 'Kharkiv death toll disputed' },
  floodDe: { id: 'flood-de', language: 'de', outlet: 'Tagesblatt', publishedAt: '2025-03-10T10:00:00Z', title: 'Hochwasser in Bayern' },
  budgetEn: { id: 'budget-en', language: 'en', outlet: 'Global Post', publishedAt: '2025-03-10T12:00:00Z', title: 'EU budget summit' },
};

export function doc(name: keyof typeof TEXTS): Document {
  return makeDocument(TEXTS[name], META[name]);
}

interface ClaimSpec {
  /** the figure phrase; located in the text after `after` (if given) */
  text: string;
  after?: string;
  min: number | null;
  max: number | null;
  approx?: boolean;
  measure: Measure;
  subject?: { country: string | null; kind: string | null };
  place?: string | null;
  scope?: { type: ScopeType; from?: string; to?: string };
  source: Partial<ClaimSource> & { kind: ClaimSource['kind'] };
  hedges?: Hedge[];
}

export function claims(d: Document, specs: ClaimSpec[]): Claim[] {
  return specs.map((s, i) => {
    const from = s.after ? d.text.indexOf(s.after) : 0;
    if (from < 0) throw new Error(`fixture: anchor "${s.after}" not in ${d.id}`);
    const start = d.text.indexOf(s.text, from);
    if (start < 0) throw new Error(`fixture: "${s.text}" not in ${d.id}`);
    return {
      id: `${d.id}#${i + 1}`,
      doc: d.id,
      text: s.text,
      span: { start, end: start + s.text.length },
      sentence: { start, end: start + s.text.length },
      value: { min: s.min, max: s.max, minExclusive: s.max === null, maxExclusive: false, approx: s.approx ?? false, vague: false, unit: null },
      measure: s.measure,
      counted: null,
      subject: s.subject ? { text: null, ...s.subject } : { text: null, country: 'UA', kind: 'civilians' },
      place: s.place === null ? null : { text: s.place ?? 'Charkiw', name: s.place ?? 'Charkiw' },
      scope: { type: s.scope?.type ?? 'unspecified', text: null, from: s.scope?.from ?? null, to: s.scope?.to ?? null, per: null },
      source: { text: null, name: null, role: null, organisation: null, country: null, ...s.source },
      speech: 'indirect',
      hedges: s.hedges ?? [],
    };
  });
}

const MAYOR_DE = { kind: 'person' as const, name: 'Ihor Terechow', text: 'Bürgermeister Ihor Terechow', country: 'UA' };
const MAYOR_EN = { kind: 'person' as const, name: 'Ihor Terekhov', text: 'Mayor Ihor Terekhov', country: 'UA' };
const GOV_DE = { kind: 'person' as const, name: 'Oleh Synjehubow', text: 'Oleh Synjehubow', country: 'UA' };
const GOV_EN = { kind: 'person' as const, name: 'Oleh Syniehubov', text: 'Oleh Syniehubov', country: 'UA' };
const CUMULATIVE = { type: 'cumulative' as const, from: '2025-01-01', to: '2025-03-10' };

export function corpus(): AnalysisArticle[] {
  const wire = doc('wire');
  const copy = doc('copy');
  const rewrite = doc('rewrite');
  const indepDe = doc('indepDe');
  const indepEn = doc('indepEn');
  const flood = doc('floodDe');
  const budget = doc('budgetEn');
  return [
    {
      doc: wire,
      claims: claims(wire, [
        { text: '14 Menschen', min: 14, max: 14, measure: 'killed', source: MAYOR_DE },
        { text: '52 weitere Menschen', min: 52, max: 52, measure: 'wounded', source: MAYOR_DE },
        { text: '310 Zivilisten', min: 310, max: 310, measure: 'killed', scope: CUMULATIVE, source: GOV_DE },
      ]),
    },
    {
      doc: copy,
      claims: claims(copy, [
        { text: '14 Menschen', min: 14, max: 14, measure: 'killed', source: MAYOR_DE },
        { text: '52 weitere Menschen', min: 52, max: 52, measure: 'wounded', source: MAYOR_DE },
        { text: '310 Zivilisten', min: 310, max: 310, measure: 'killed', scope: CUMULATIVE, source: GOV_DE },
      ]),
    },
    {
      doc: rewrite,
      claims: claims(rewrite, [
        { text: '14 people', min: 14, max: 14, measure: 'killed', place: 'Kharkiv', source: MAYOR_EN },
        { text: '52 people', min: 52, max: 52, measure: 'wounded', place: 'Kharkiv', source: MAYOR_EN },
        { text: '310 civilians', min: 310, max: 310, measure: 'killed', place: 'Kharkiv', scope: CUMULATIVE, source: GOV_EN },
      ]),
    },
    {
      doc: indepDe,
      claims: claims(indepDe, [
        { text: '14 Toten', min: 14, max: 14, measure: 'killed', source: MAYOR_DE },
        { text: '16 Todesopfer', min: 16, max: 16, measure: 'killed', source: MAYOR_DE },
        { text: '61 Verletzten', min: 61, max: 61, measure: 'wounded', source: GOV_DE },
        { text: '40 Zivilisten', min: 40, max: 40, measure: 'killed', scope: { type: 'period', from: '2025-03-04', to: '2025-03-11' }, source: GOV_DE },
        { text: 'mehr als 1.000 Drohnen', min: 1000, max: null, measure: 'other', subject: { country: 'RU', kind: 'drones' }, place: null,
          source: { kind: 'anonymous_official', text: 'Ein ranghoher US-Militärvertreter', name: 'US military official (anonymous)', country: 'US' } },
      ]),
    },
    {
      doc: indepEn,
      claims: claims(indepEn, [
        { text: '13', after: 'number of dead', min: 13, max: 13, measure: 'killed', place: 'Kharkiv',
          source: { kind: 'organisation', name: "Kharkiv regional prosecutor's office", text: "The regional prosecutor's office" } },
        { text: 'only 3 people', min: 3, max: 3, measure: 'wounded', place: 'Kharkiv',
          source: { kind: 'government', name: 'Russian defence ministry', text: "Russia's defence ministry", country: 'RU' } },
        { text: 'more than 1,000 drones', min: 1000, max: null, measure: 'other', subject: { country: 'RU', kind: 'drones' }, place: null,
          source: { kind: 'anonymous_official', text: 'A senior U.S. military official', role: 'military official', country: 'US' } },
      ]),
    },
    {
      doc: flood,
      claims: claims(flood, [
        { text: 'rund 2.000 Bewohner', min: 2000, max: 2000, approx: true, measure: 'displaced', subject: { country: 'DE', kind: 'residents' }, place: 'Passau',
          source: { kind: 'government', name: 'Landratsamt Passau', text: 'Das Landratsamt Passau' } },
      ]),
    },
    { doc: budget, claims: [] },
  ];
}
