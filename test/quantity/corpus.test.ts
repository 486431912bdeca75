import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities } from '../../src/quantity/extract.js';
import { getPack } from '../../src/lang/index.js';
import { corpusDe } from './corpus.de.js';
import { corpusEn } from './corpus.en.js';
import type { CorpusEntry } from './corpus.types.js';

function check(lang: string, e: CorpusEntry): void {
  const spans = extractQuantities(e.phrase, getPack(lang));
  const figures = spans.filter((s) => s.kind === 'quantity');
  const describe = JSON.stringify(spans.map((s) => [s.kind, s.text, s.value.min, s.value.max, s.value.unit]));
  if ('none' in e) {
    assert.equal(figures.length, 0, `no figure expected in ${JSON.stringify(e.phrase)}, got ${describe}`);
    return;
  }
  const want = e.figure ?? e.phrase;
  const hit = spans.find((s) => s.text === want);
  assert.ok(hit, `expected a span ${JSON.stringify(want)} in ${JSON.stringify(e.phrase)}, got ${describe}`);
  if ('kind' in e) {
    assert.equal(hit.kind, e.kind, `${JSON.stringify(want)} should be a ${e.kind}`);
    return;
  }
  assert.equal(hit.kind, 'quantity', `${JSON.stringify(want)} should be a figure`);
  const expected = { ...(e.point !== undefined ? { min: e.point, max: e.point } : {}), ...(e.value ?? {}) };
  for (const [k, v] of Object.entries(expected)) {
    assert.deepEqual((hit.value as unknown as Record<string, unknown>)[k], v, `${JSON.stringify(e.phrase)}: ${k} of ${JSON.stringify(want)}; value ${JSON.stringify(hit.value)}`);
  }
}

for (const [lang, corpus] of [['de', corpusDe], ['en', corpusEn]] as const) {
  test(`quantity corpus (${lang}): ${corpus.length} phrases`, async (t) => {
    for (const e of corpus) {
      await t.test(e.phrase, () => check(lang, e));
    }
  });
}
