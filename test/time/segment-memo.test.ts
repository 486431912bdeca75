import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from '../../src/time/extract.js';
import { getPack } from '../../src/lang/index.js';

// extractTimes remembers what a stretch of text parsed to; a remembered result must never outlive the options
// (reference, preference, zone) it was computed under, and must be placed where the stretch stands now.
const de = getPack('de');
const SENTENCE = 'Am Montag wurden 40 Menschen festgenommen, seit Januar 2024 sind es 300.';

function values(text: string, reference: string | null, prefer?: 'past' | 'future', tz?: string) {
  return extractTimes(text, de, { reference, prefer, tz }).map((s) => [s.start, s.end, s.text, s.value.start, s.value.end, s.role]);
}

test('extractTimes: the same stretch under other references gets the values of those references', () => {
  const refs = ['2025-03-12T10:00:00Z', '2024-07-01T08:30:00+02:00', null, '2025-03-12T10:00:00Z'];
  const first = refs.map((r) => values(SENTENCE, r));
  // the same calls again, in another order: each answer depends on its own options only
  const again = [...refs].reverse().map((r) => values(SENTENCE, r)).reverse();
  assert.deepEqual(again, first);
  assert.notDeepEqual(first[0], first[1], 'a relative weekday moves with the reference');
  assert.equal(first[2]![0]![3], null, 'no reference: the weekday has no value');
  assert.deepEqual(first[3], first[0]);
});

test('extractTimes: a remembered stretch is placed at its new offset', () => {
  const ref = '2025-03-12T10:00:00Z';
  const alone = values(SENTENCE, ref);
  const shifted = values('Vorweg ein Satz ohne Zeit. ' + SENTENCE, ref);
  const k = 'Vorweg ein Satz ohne Zeit. '.length;
  assert.deepEqual(shifted.map((s) => [Number(s[0]) - k, Number(s[1]) - k, ...s.slice(2)]), alone);
});

test('extractTimes: preference and zone are part of what a result holds for', () => {
  const ref = '2025-03-12T10:00:00Z';
  const past = values('Die Sitzung ist am Freitag.', ref, 'past');
  const future = values('Die Sitzung ist am Freitag.', ref, 'future');
  assert.notDeepEqual(past, future);
  assert.deepEqual(values('Die Sitzung ist am Freitag.', ref, 'past'), past);
  const berlin = values('Die Sitzung ist am 3. Mai 2025.', ref, 'past', 'Europe/Berlin');
  const utc = values('Die Sitzung ist am 3. Mai 2025.', ref, 'past');
  assert.notEqual(berlin[0]![3], utc[0]![3], 'the offset of an absolute date follows the zone');
});

test('extractTimes: callers get spans of their own', () => {
  const ref = '2025-03-12T10:00:00Z';
  const a = extractTimes(SENTENCE, de, { reference: ref });
  a[0]!.value.start = 'changed';
  const b = extractTimes(SENTENCE, de, { reference: ref });
  assert.notEqual(b[0]!.value.start, 'changed');
});
