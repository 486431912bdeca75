import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/core/document.js';
import { extractClaims } from '../../src/claims/extract.js';
import { compareCase } from './cases.js';
import { deCases } from './de.cases.js';

test('at least 40 German cases, negatives among them', () => {
  assert.ok(deCases.length >= 40);
  assert.ok(deCases.filter((c) => c.claims.length === 0).length >= 8);
});

for (const c of deCases) {
  test(`de: ${c.rule}`, () => {
    const claims = extractClaims(makeDocument(c.text, { id: 't', language: 'de', publishedAt: c.published ?? null }));
    for (const cl of claims) assert.equal(c.text.slice(cl.span.start, cl.span.end), cl.text);
    assert.deepEqual(compareCase(c, claims), []);
  });
}
