import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from '../../src/time/extract.js';
import { getPack } from '../../src/lang/index.js';
import fc from 'fast-check';
import { SegmentMemo } from '../../src/time/segment-memo.js';

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

// the memo itself (segment-memo.ts): a map keyed by how a segment is set off and its characters, read in place
test('a segment memo answers as a map keyed by lead and characters', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 2 })), { maxLength: 40 }), (entries) => {
    const memo = new SegmentMemo<number>(1000);
    const model = new Map<string, number>();
    // keys are read from inside a longer text, as from an article
    const text = entries.map(([k]) => `<${k}>`).join('');
    let at = 0;
    entries.forEach(([k, lead], n) => {
      const s = at + 1;
      at += k.length + 2;
      const key = `${lead}|${k}`;
      assert.equal(memo.get(text, s, s + k.length, lead), model.get(key));
      if (!model.has(key)) {
        memo.set(text, s, s + k.length, lead, n);
        model.set(key, n);
      }
      assert.equal(memo.get(k, 0, k.length, lead), model.get(key));
    });
  }));
});

test('a full segment memo starts afresh instead of growing', () => {
  const memo = new SegmentMemo<string>(4);
  for (const w of ['a', 'b', 'c', 'd']) memo.set(w, 0, 1, 0, w);
  assert.equal(memo.get('d', 0, 1, 0), 'd');
  memo.set('e', 0, 1, 0, 'e');
  assert.equal(memo.get('a', 0, 1, 0), undefined);
  assert.equal(memo.get('e', 0, 1, 0), 'e');
  // the same characters after a space or a line break are other segments
  assert.equal(memo.get('e', 0, 1, 1), undefined);
});
