import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleInput } from '../../src/analysis/input.js';
import { InputPool, type InputRow } from '../../src/analysis/input-pool.js';
import { StreamingAnalysis } from '../../src/analysis/stream.js';
import { syndicationInputConfig } from '../../src/analysis/syndication.js';
import { extractClaims } from '../../src/claims/extract.js';
import { makeDocument } from '../../src/core/document.js';
import { Corpus } from '../../src/generate/index.js';

function rows(n: number, seed: number): InputRow[] {
  const c = new Corpus({ size: n, seed });
  return Array.from({ length: n }, (_, i) => {
    const d = c.document(i);
    const doc = makeDocument(d.text, d, d.bodyStart);
    return { doc, claims: extractClaims(doc).map((x) => JSON.stringify(x)) };
  });
}

test('inputs computed on worker threads are the inputs computed in place, page by page in the order asked', async () => {
  const cfg = syndicationInputConfig({ signatureSize: 128, quoteWeight: 0.25 });
  const all = rows(60, 5);
  const pool = InputPool.create(cfg, 2)!;
  try {
    // pages asked for before the earlier ones are answered, alternating between the two workers
    const pages = [all.slice(0, 7), all.slice(7, 30), all.slice(30, 31), all.slice(31)];
    const got = (await Promise.all(pages.map((p) => pool.compute(p)))).flat();
    const want = all.map((r) => articleInput(r.doc, r.claims.map((c) => JSON.parse(c)), cfg));
    assert.equal(got.length, want.length);
    assert.deepEqual(got, want);
    assert.equal(got[0]!.syndication.minima.length, 128, 'the configured signature size reaches the worker');
  } finally {
    await pool.close();
  }
});

test('a page the worker cannot read fails with the cause; the pool goes on with the next page', async () => {
  const cfg = syndicationInputConfig();
  const [good] = rows(1, 9);
  const pool = InputPool.create(cfg, 1)!;
  try {
    await assert.rejects(pool.compute([{ doc: good!.doc, claims: ['{"value": '] }]), /analysis input worker: .*JSON/);
    assert.equal((await pool.compute([good!])).length, 1);
  } finally {
    await pool.close();
  }
});

test('no pool without threads for it; a stream that keeps summaries takes only whole articles', () => {
  assert.equal(InputPool.create(syndicationInputConfig(), 0), null);
  const [r] = rows(1, 2);
  const claims = r!.claims.map((c) => JSON.parse(c));
  const full = new StreamingAnalysis();
  assert.throws(() => full.addInput(articleInput(r!.doc, claims, full.inputConfig)), /needs a lean stream/);
  const lean = new StreamingAnalysis({ lean: true });
  lean.addInput(articleInput(r!.doc, claims, lean.inputConfig));
  assert.ok(lean.has(r!.doc.id));
});
