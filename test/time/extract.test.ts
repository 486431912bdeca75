import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from '../../src/time/extract.js';
import { getPack } from '../../src/lang/index.js';

const de = getPack('de');
const en = getPack('en');
const REF = '2024-12-17T12:00:00+01:00';

test('bare weekday looks back by default and forward with prefer future', () => {
  const past = extractTimes('am Freitag', de, { reference: REF })[0]!;
  const future = extractTimes('am Freitag', de, { reference: REF, prefer: 'future' })[0]!;
  assert.equal(past.value.start, '2024-12-13T00:00:00+01:00');
  assert.equal(future.value.start, '2024-12-20T00:00:00+01:00');
});

test('prefer future skips the reference day for a bare weekday (Duckling)', () => {
  const s = extractTimes('Dienstag', de, { reference: REF, prefer: 'future' })[0]!;
  assert.equal(s.value.start, '2024-12-24T00:00:00+01:00');
});

test('without a reference, spans are found but relative values are null; absolute dates stay', () => {
  const spans = extractTimes('Am Montag und am 20.01.2025', de, { reference: null });
  assert.deepEqual(spans.map((s) => s.text), ['Am Montag', 'am 20.01.2025']);
  assert.equal(spans[0]!.value.start, null);
  assert.equal(spans[0]!.value.end, null);
  assert.equal(spans[1]!.value.start, '2025-01-20T00:00:00+01:00'.replace('+01:00', '+00:00'));
});

test('tz gives each value the zone offset of its own date', () => {
  const [summer] = extractTimes('im Juli', de, { reference: REF, tz: 'Europe/Berlin' });
  assert.equal(summer!.value.start, '2024-07-01T00:00:00+02:00');
  const [winter] = extractTimes('gestern', de, { reference: REF, tz: 'Europe/Berlin' });
  assert.equal(winter!.value.start, '2024-12-16T00:00:00+01:00');
});

test('a reference given in UTC is moved into the zone before resolving', () => {
  const [s] = extractTimes('heute', de, { reference: '2024-12-16T23:30:00Z', tz: 'Europe/Berlin' });
  assert.equal(s!.value.start, '2024-12-17T00:00:00+01:00');
});

test('offsets are relative to from/to and the range limits the search', () => {
  const text = 'Am Montag kamen sie, am Dienstag gingen sie.';
  const from = text.indexOf('am Dienstag');
  const spans = extractTimes(text, de, { reference: REF }, from);
  assert.deepEqual(spans.map((s) => [s.start, s.text]), [[from, 'am Dienstag']]);
});

test('results are sorted and do not overlap', () => {
  const spans = extractTimes('Seit Februar 2022, am Dienstag um 14 Uhr und vom 3. bis 5. März.', de, { reference: REF });
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.end <= spans[i]!.start);
  assert.deepEqual(spans.map((s) => s.text), ['Seit Februar 2022', 'am Dienstag um 14 Uhr', 'vom 3. bis 5. März']);
});

test('every span names its rule and language', () => {
  for (const s of extractTimes('last week and on Tuesday', en, { reference: REF })) assert.match(s.rule, /^en\/time\//);
});

test('an unreadable reference time is a clear error naming it', () => {
  assert.throws(() => extractTimes('heute', de, { reference: 'next tuesday' }), /next tuesday/);
  assert.throws(() => extractTimes('heute', de, { reference: REF, tz: 'Mars/Olympus' }), /Mars\/Olympus/);
});

test('clock times: 24-hour in German, 12-hour readings in English', () => {
  const [deClock] = extractTimes('3:18', de, { reference: '2013-02-12T04:30:00-02:00', prefer: 'future' });
  assert.equal(deClock!.value.start, '2013-02-13T03:18:00-02:00');
  const [enClock] = extractTimes('3:30', en, { reference: '2013-02-12T04:30:00-02:00', prefer: 'future' });
  assert.equal(enClock!.value.start, '2013-02-12T15:30:00-02:00');
  const [pm] = extractTimes('at 7:30 PM', en, { reference: REF });
  assert.equal(pm!.value.start, '2024-12-17T19:30:00+01:00');
});

test('English "next <weekday>" is the one in next week; German "nächsten" is the next one', () => {
  const ref = '2013-02-12T04:30:00-02:00';
  assert.equal(extractTimes('next wednesday', en, { reference: ref })[0]!.value.start, '2013-02-20T00:00:00-02:00');
  assert.equal(extractTimes('nächsten Mittwoch', de, { reference: ref })[0]!.value.start, '2013-02-13T00:00:00-02:00');
});

test('a long line is handled in windows without losing spans', () => {
  const text = 'Am Montag. '.repeat(2000);
  const spans = extractTimes(text, de, { reference: REF });
  assert.equal(spans.length, 2000);
});
