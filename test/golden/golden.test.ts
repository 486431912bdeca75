import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeDocument } from '../../src/core/document.js';
import { extractClaims } from '../../src/claims/extract.js';
import type { Claim } from '../../src/core/claim.js';
import { formatScore, score, type Expected, type Score } from './score.js';

// Golden test: my own reading of ../shared/examples/*.txt, stored as offsets and fields (no article text),
// compared field by field. Prints precision, recall, F1 and per-field accuracy.
const here = fileURLToPath(new URL('.', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));
const goldens = readdirSync(here).filter((f) => f.endsWith('.expected.json')).sort();

test('golden claims of the example articles', (t) => {
  if (!existsSync(shared)) {
    t.skip(`../shared/examples is absent: golden scores not computed`);
    return;
  }
  const all: { exp: Expected[]; got: Claim[] } = { exp: [], got: [] };
  const scores: Score[] = [];
  for (const g of goldens) {
    const gold = JSON.parse(readFileSync(here + g, 'utf8')) as { doc: string; published: string | null; claims: Expected[] };
    const text = readFileSync(shared + gold.doc + '.txt', 'utf8').replace(/^\uFEFF/u, '');
    const claims = extractClaims(makeDocument(text, { id: gold.doc, language: 'de', publishedAt: gold.published }));
    for (const c of claims) assert.equal(text.slice(c.span.start, c.span.end), c.text, 'offsets must point at the claim text');
    const s = score(gold.claims, claims);
    scores.push(s);
    console.log(formatScore(gold.doc, s));
    for (const m of s.misses) console.log(`  ${gold.doc} ${m}`);
    // shift offsets so that the totals can be scored together
    const off = all.exp.length ? 1e7 * scores.length : 0;
    all.exp.push(...gold.claims.map((e) => ({ ...e, span: { start: e.span.start + off, end: e.span.end + off } })));
    all.got.push(...claims.map((c) => ({ ...c, span: { start: c.span.start + off, end: c.span.end + off } })));
  }
  const total = score(all.exp, all.got);
  console.log(formatScore('total', total));
  assert.ok(total.f1 >= 0.9, `F1 ${total.f1} below 0.9`);
  assert.ok((total.accuracy.source ?? 0) >= 0.85, `source accuracy ${total.accuracy.source} below 0.85`);
});
