import type { Case } from './cases.js';

/**
 * Attribution patterns of unseen articles, one short text of our own each: the source after the figure or in
 * the next sentence, prepositional variants, subjects of non-speech verbs, pronouns and names, media relays,
 * kinds and hedges, aliases. Negatives check that a rule does not reach too far.
 */
export const deAttributionCases: Case[] = [
  // --- the source after the figure or in the next sentence
  { rule: 'wie-clause after the figure, time words before the verb', text: 'Drei Menschen wurden verletzt, wie die Bergwacht am Sonntag mitteilte.',
    claims: [{ text: 'Drei', measure: 'wounded', source: { kind: 'organisation', name: 'Bergwacht' }, speech: 'reported' }] },
  { rule: 'the next sentence attributes: Das teilte X mit', text: 'Bei dem Sturm wurden 40 Dächer abgedeckt. Das teilte das Landratsamt mit.',
    claims: [{ text: '40', source: { kind: 'government', name: 'Landratsamt' }, speech: 'reported' }] },
  { rule: 'schätzte der Verband: the association named before', text: 'Der Bauernverband Nordland warnte vor Ernteausfällen. Rund 700 Betriebe seien betroffen, schätzte der Verband.',
    claims: [{ text: 'Rund 700', source: { kind: 'organisation', name: 'Nordland' }, speech: 'indirect', hedges: ['estimate'] }] },
  // --- prepositional variants
  { rule: 'nach einer ersten Schätzung des ...amts: preliminary estimate', text: 'Nach einer ersten Schätzung des Forstamts sind rund 120 Hektar Wald verbrannt.',
    claims: [{ text: 'rund 120 Hektar', measure: 'area', source: { kind: 'government', name: 'Forstamt' }, speech: 'reported', hedges: ['estimate', 'preliminary'] }] },
  { rule: 'nach UN-Angaben: the compound prefix names the organisation', text: 'Nach UN-Angaben wurden in der Region 75 Zivilisten getötet.',
    claims: [{ text: '75', measure: 'killed', source: { kind: 'organisation', name: 'United Nations' }, speech: 'reported' }] },
  { rule: 'nach WHO-Schätzungen', text: 'Nach WHO-Schätzungen sind bisher 3.400 Menschen an der Seuche gestorben.',
    claims: [{ text: '3.400', measure: 'killed', source: { kind: 'organisation', name: 'WHO' }, hedges: ['estimate'] }] },
  { rule: 'nach US-Schätzungen: a country prefix is its government', text: 'Nach US-Schätzungen sind 1.200 Soldaten gefallen.',
    claims: [{ text: '1.200', measure: 'killed', source: { kind: 'government', name: 'US government' } }] },
  { rule: 'nach Umfragen der Gewerkschaft', text: 'Nach Umfragen der Gewerkschaft haben 6.000 Pflegekräfte gekündigt.',
    claims: [{ text: '6.000', source: { kind: 'organisation', name: 'Gewerkschaft' }, speech: 'reported' }] },
  { rule: 'nach einer Auswertung des Instituts', text: 'Nach einer Auswertung des Instituts wurden im Vorjahr 230 Menschen bei Unfällen verletzt.',
    claims: [{ text: '230', measure: 'wounded', source: { kind: 'organisation', name: 'institute' }, speech: 'reported' }] },
  { rule: 'nach Angaben von X und Y: coordinated speakers', text: 'Nach Angaben von Zeugen und Sanitätern wurden 14 Menschen verletzt.',
    claims: [{ text: '14', measure: 'wounded', source: { kind: 'person', name: null }, speech: 'reported' }] },
  { rule: 'role noun before a company name', text: 'Nach Angaben des Betreibers Westnetz GmbH waren 8.000 Haushalte ohne Strom.',
    claims: [{ text: '8.000', source: { kind: 'organisation', name: 'Westnetz GmbH' } }] },
  { rule: 'a long international organisation name', text: 'Nach Angaben der Internationalen Organisation für Migration sind 900 Menschen gestorben.',
    claims: [{ text: '900', measure: 'killed', source: { kind: 'organisation', name: 'International Organization for Migration' } }] },
  // --- the subject as source with non-speech verbs
  { rule: 'sprach von: the subject speaks', text: 'Die Landrätin sprach von mindestens 15 Verletzten.',
    claims: [{ text: 'mindestens 15', measure: 'wounded', source: { kind: 'person' }, speech: 'reported' }] },
  { rule: 'bezifferte ... auf', text: 'Die Stadtverwaltung bezifferte den Schaden auf 4 Millionen Euro.',
    claims: [{ text: '4 Millionen Euro', measure: 'money', source: { kind: 'government' } }] },
  { rule: 'forderte: demand', text: 'Die Gewerkschaft Verdi forderte 9 Prozent mehr Lohn.',
    claims: [{ text: '9 Prozent', measure: 'percent', source: { kind: 'organisation' }, hedges: ['demand'] }] },
  // --- pronouns and names
  { rule: 'Sie: the organisation just named (with its proper name)', text: 'Die Organisation Ärzte ohne Grenzen schlug Alarm. Sie zählte 260 Verletzte in ihren Kliniken.',
    claims: [{ text: '260', measure: 'wounded', source: { kind: 'organisation', name: 'Doctors Without Borders' } }] },
  { rule: 'rank and a full name with three parts', text: 'Oberst Yusuf Ali Karim sagte, 30 Soldaten seien getötet worden.',
    claims: [{ text: '30', measure: 'killed', source: { kind: 'person', name: 'Yusuf Ali Karim' }, speech: 'indirect' }] },
  { rule: 'a name with a particle', text: 'Der Gouverneur Samir al-Hassan sagte, 45 Häuser seien zerstört worden.',
    claims: [{ text: '45', source: { kind: 'person', name: 'Samir al-Hassan' }, speech: 'indirect' }] },
  // --- relays and media
  { rule: 'sagte der Nachrichtenagentur: the agency is the audience', text: 'Der Bürgermeister Jan Brandt sagte der Nachrichtenagentur dpa, 60 Menschen seien evakuiert worden.',
    claims: [{ text: '60', source: { kind: 'person', name: 'Jan Brandt' }, speech: 'indirect' }] },
  { rule: 'medium relaying a named source: the source', text: 'Wie Reuters unter Berufung auf die Polizei berichtete, wurden 22 Menschen festgenommen.',
    claims: [{ text: '22', measure: 'arrested', source: { kind: 'government', name: 'police' } }] },
  { rule: 'a relay does not carry over onto a named speaker', text: 'Wie AFP unter Berufung auf Behörden meldete, starben 11 Menschen. Die Ministerin Eva Roth sagte, 80 Menschen seien verletzt.',
    claims: [{ text: '11', measure: 'killed', source: { kind: 'government' } }, { text: '80', measure: 'wounded', source: { kind: 'person', name: 'Eva Roth' }, speech: 'indirect' }] },
  { rule: 'Demnach after a body that arrived at a figure', text: 'Die Regierung lobte die Reform. Das Institut für Arbeitsmarktforschung kommt in seiner Studie auf andere Werte. Demnach fehlen 50.000 Fachkräfte.',
    claims: [{ text: '50.000', source: { kind: 'organisation', name: 'Institut für Arbeitsmarktforschung' } }] },
  // --- kinds and hedges
  { rule: 'sollte + level verb: a forecast, not a demand', text: 'Laut der Prognose sollte die Partei auf 28 Prozent kommen.',
    claims: [{ text: '28 Prozent', measure: 'percent', hedges: ['projection'] }] },
  { rule: 'sollte + an act: still a demand', text: 'Der Verband sagte, das Land sollte 2 Milliarden Euro investieren.',
    claims: [{ text: '2 Milliarden Euro', measure: 'money', hedges: ['demand'] }] },
  { rule: 'a projection in a later clause leaves the count', text: 'Mindestens 25 Menschen kamen ums Leben, die Zahl dürfte weiter steigen.',
    claims: [{ text: 'Mindestens 25', measure: 'killed', hedges: [] }] },
  { rule: 'Konjunktiv I and fügte er hinzu: indirect, no reported hedge', text: 'Der Polizeichef Tom Weber sprach von einem Großeinsatz. Es seien 70 Beamte im Einsatz, fügte er hinzu.',
    claims: [{ text: '70', source: { kind: 'person', name: 'Tom Weber' }, speech: 'indirect', hedges: [] }] },
  { rule: 'a denial of the figure before', text: 'Die Opposition meldete 400 Festnahmen. Die Regierung wies diese Zahl zurück und sprach von 90 Festnahmen.',
    claims: [{ text: '400', hedges: ['denial'] }, { text: '90', source: { kind: 'government' }, hedges: [] }] },
  // --- negatives
  { rule: 'negative: a bare plural role takes no name after it', text: 'Das Land bezieht nach Angaben von Experten Gas aus Norwegen. Der Beamte sagte, 300 Soldaten seien stationiert.',
    claims: [{ text: '300', measure: 'deployed', source: { kind: 'anonymous_official' } }] },
  { rule: 'negative: nach + a time is no frame', text: 'Nach dem Unwetter waren 5.000 Haushalte ohne Strom.',
    claims: [{ text: '5.000', source: { kind: 'unattributed' } }] },
];

export const enAttributionCases: Case[] = [
  // --- the source after the figure or in the next sentence
  { rule: 'a participle clause shares the subject; the denial is of the figure before', text: 'The union said 4,000 members walked out. The company disputed that, saying fewer than 500 had stopped work.',
    claims: [{ text: '4,000', source: { kind: 'organisation', name: 'union' }, hedges: ['denial'] }, { text: 'fewer than 500', source: { kind: 'organisation' }, speech: 'indirect', hedges: [] }] },
  { rule: 'a denial with a content clause is of its own figure', text: 'The ministry denied that 60 prisoners had escaped.',
    claims: [{ text: '60', hedges: ['denial'], source: { kind: 'government' } }] },
  { rule: 'X told <agency> that: X speaks', text: 'Major Daniel Okoro told Reuters that 19 people were missing.',
    claims: [{ text: '19', measure: 'missing', source: { kind: 'person', name: 'Daniel Okoro' }, speech: 'indirect' }] },
  { rule: 'name with age, told a rally', text: 'Party leader Lee Jae-sung, 61, told a rally that 8,000 members had joined.',
    claims: [{ text: '8,000', source: { kind: 'person', name: 'Lee Jae-sung' }, speech: 'indirect' }] },
  // --- subjects with non-speech verbs
  { rule: 'estimated that, the agency', text: 'The agency estimated that 12,000 people had fled.',
    claims: [{ text: '12,000', measure: 'displaced', source: { kind: 'government' }, speech: 'indirect', hedges: ['estimate'] }] },
  { rule: 'is demanding: demand', text: 'The union is demanding a 6 percent raise.',
    claims: [{ text: '6 percent', measure: 'percent', source: { kind: 'organisation', name: 'union' }, hedges: ['demand'] }] },
  // --- pronouns and names
  { rule: 'he after a quote: the named person', text: '“We will rebuild,” Omar bin Salem said. He said 35 schools had been damaged.',
    claims: [{ text: '35', source: { kind: 'person', name: 'Omar bin Salem' }, speech: 'indirect' }] },
  { rule: 'the group: the body with an acronym named before', text: 'Doctors Without Borders (MSF) opened two clinics. The group said 120 patients were treated on the first day.',
    claims: [{ text: '120', source: { kind: 'organisation', name: 'Doctors Without Borders' } }] },
  // --- relays
  { rule: 'citing a named body: the body', text: 'At least 9 people were killed, AFP reported, citing the local police.',
    claims: [{ text: 'At least 9', measure: 'killed', source: { kind: 'government', name: 'police' } }] },
  // --- kinds and hedges
  { rule: 'analysts at a firm: the firm', text: 'Analysts at Hanwha Securities estimated losses of 2 billion dollars.',
    claims: [{ text: '2 billion dollars', measure: 'money', source: { kind: 'organisation', name: 'Hanwha Securities' }, hedges: ['estimate'] }] },
  { rule: "the prime minister's office said in a statement: government", text: "The prime minister's office said in a statement that 27 people had been rescued.",
    claims: [{ text: '27', source: { kind: 'government', name: "Prime Minister's Office" } }] },
  { rule: 'by most estimates: unattributed estimate', text: 'By most estimates, 30,000 people joined the march.',
    claims: [{ text: '30,000', source: { kind: 'unattributed' }, hedges: ['estimate'] }] },
  { rule: 'expected to rise: projection only for the projected figure', text: 'At least 18 people have died and the toll is expected to rise, officials said.',
    claims: [{ text: 'At least 18', measure: 'killed', hedges: [] }] },
  { rule: 'expected to rise above: projection', text: 'The death toll was expected to rise above 50, rescuers said.',
    claims: [{ text: 'above 50', measure: 'killed', hedges: ['projection'] }] },
  // --- negatives
  { rule: 'negative: the company does not refer back to an unnamed union', text: 'The union said 900 workers were laid off. The company said 200 jobs were cut.',
    claims: [{ text: '900', source: { kind: 'organisation', name: 'union' } }, { text: '200', source: { kind: 'organisation', name: 'group' } }] },
  { rule: 'negative: citing unnamed sources keeps the medium', text: 'About 300 troops were moved, Reuters reported, citing people familiar with the matter.',
    claims: [{ text: 'About 300', source: { kind: 'media', name: 'Reuters' } }] },
];
