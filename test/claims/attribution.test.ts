import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/core/document.js';
import { extractClaims } from '../../src/claims/extract.js';
import { compareCase } from './cases.js';
import { deAttributionCases, enAttributionCases } from './attribution.cases.js';

for (const [lang, cases] of [['de', deAttributionCases], ['en', enAttributionCases]] as const) {
  for (const c of cases) {
    test(`attribution ${lang}: ${c.rule}`, () => {
      const claims = extractClaims(makeDocument(c.text, { id: 't', language: lang, publishedAt: c.published ?? null }));
      for (const cl of claims) assert.equal(c.text.slice(cl.span.start, cl.span.end), cl.text);
      assert.deepEqual(compareCase(c, claims), []);
    });
  }
}
