import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from '../../src/time/extract.js';
import { getPack } from '../../src/lang/index.js';
import { deCorpus, deNegatives, REFERENCE, type CorpusCase } from './corpus.de.js';
import { enCorpus, enNegatives } from './corpus.en.js';

function check(lang: string, c: CorpusCase): void {
  const spans = extractTimes(c.text, getPack(lang), { reference: REFERENCE, prefer: 'past' });
  const want = c.span ?? c.text;
  const found = spans.find((s) => s.text === want);
  assert.ok(found, `"${want}" not found in "${c.text}"; got ${JSON.stringify(spans.map((s) => s.text))}`);
  assert.equal(found.start, c.text.indexOf(want), 'offset');
  assert.deepEqual(
    { start: found.value.start, end: found.value.end, grain: found.value.grain, role: found.role },
    { start: c.start, end: c.end, grain: c.grain, role: c.role },
    `value of "${want}"`,
  );
  if (c.per) assert.equal(found.per, c.per);
}

for (const [lang, corpus, negatives] of [
  ['de', deCorpus, deNegatives],
  ['en', enCorpus, enNegatives],
] as const) {
  for (const c of corpus) test(`${lang} corpus: ${c.text}`, () => check(lang, c));
  for (const text of negatives) {
    test(`${lang} negative: ${text}`, () => {
      const spans = extractTimes(text, getPack(lang), { reference: REFERENCE });
      assert.deepEqual(spans.map((s) => s.text), []);
    });
  }
}
