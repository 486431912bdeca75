import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/core/document.js';
import { extractClaims } from '../../src/claims/extract.js';
import { compareCase } from './cases.js';
import { enCases } from './en.cases.js';

test('at least 40 English cases, negatives among them', () => {
  assert.ok(enCases.length >= 40);
  assert.ok(enCases.filter((c) => c.claims.length === 0).length >= 8);
});

for (const c of enCases) {
  test(`en: ${c.rule}`, () => {
    const claims = extractClaims(makeDocument(c.text, { id: 't', language: 'en', publishedAt: c.published ?? null }));
    for (const cl of claims) assert.equal(c.text.slice(cl.span.start, cl.span.end), cl.text);
    assert.deepEqual(compareCase(c, claims), []);
  });
}
