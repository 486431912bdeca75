import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractTimes } from '../../src/time/extract.js';
import { getPack } from '../../src/lang/index.js';

const ISO = /^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const words = ['am', 'Montag', 'März', '2022', 'seit', 'bis', 'vom', '3.', '14:30', 'Uhr', 'letzte', 'Woche', 'pro', 'Tag', 'Ende', 'des', 'Monats', ',', '-', 'in', 'den', 'vergangenen', 'zehn', 'Tagen', 'last', 'week', 'on', 'Tuesday', 'since', 'February', 'at', '3pm', 'so', 'um', 'halb', 'vier', 'Januar', '20.01.2025'];
const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const reference = fc.date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }).map((d) => d.toISOString());

for (const lang of ['de', 'en']) {
  const pack = getPack(lang);
  test(`${lang}: values are valid ISO with offsets, start < end, spans sorted and inside the text`, () => {
    fc.assert(
      fc.property(phrase, reference, fc.constantFrom('past', 'future') as fc.Arbitrary<'past' | 'future'>, (text, ref, prefer) => {
        const spans = extractTimes(text, pack, { reference: ref, prefer });
        let last = 0;
        for (const s of spans) {
          assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
          assert.equal(s.text, text.slice(s.start, s.end));
          last = s.end;
          for (const v of [s.value.start, s.value.end]) if (v !== null) assert.match(v, ISO);
          if (s.value.start !== null && s.value.end !== null) assert.ok(Date.parse(s.value.start) < Date.parse(s.value.end), `${s.text}: ${s.value.start} < ${s.value.end}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  test(`${lang}: arbitrary strings never crash`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        extractTimes(text, pack, { reference: '2024-12-17T12:00:00+01:00' });
      }),
      { numRuns: 300 },
    );
  });
}
