import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleInput } from '../../src/analysis/input.js';
import { AnalysisPool, evidenceInPlace, inputsInPlace, storiesInPlace, type ArticleRow, type StoryJob } from '../../src/analysis/pool.js';
import { buildStory, groupEvidence, memberLink, StreamingAnalysis } from '../../src/analysis/stream.js';
import type { AnalysisArticle } from '../../src/analysis/types.js';
import { syndicationInputConfig } from '../../src/analysis/syndication.js';
import { extractClaims } from '../../src/claims/extract.js';
import { makeDocument } from '../../src/core/document.js';
import { Corpus } from '../../src/generate/index.js';

function rows(n: number, seed: number): ArticleRow[] {
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
  const pool = AnalysisPool.create(2)!;
  try {
    // pages asked for before the earlier ones are answered, alternating between the two workers
    const pages = [all.slice(0, 7), all.slice(7, 30), all.slice(30, 31), all.slice(31)];
    const got = (await Promise.all(pages.map((p) => pool.inputs(p, cfg)))).flat();
    const want = all.map((r) => articleInput(r.doc, r.claims.map((c) => JSON.parse(c)), cfg));
    assert.deepEqual(inputsInPlace(all, cfg), want);
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
  const pool = AnalysisPool.create(1)!;
  try {
    await assert.rejects(pool.inputs([{ doc: good!.doc, claims: ['{"value": '] }], cfg), /analysis worker: .*JSON/);
    assert.equal((await pool.inputs([good!], cfg)).length, 1);
  } finally {
    await pool.close();
  }
});

test('no pool without threads for it; a stream that keeps summaries takes only whole articles', () => {
  assert.equal(AnalysisPool.create(0), null);
  const [r] = rows(1, 2);
  const claims = r!.claims.map((c) => JSON.parse(c));
  const full = new StreamingAnalysis();
  assert.throws(() => full.addInput(articleInput(r!.doc, claims, full.inputConfig)), /needs a lean stream/);
  const lean = new StreamingAnalysis({ lean: true });
  lean.addInput(articleInput(r!.doc, claims, lean.inputConfig));
  assert.ok(lean.has(r!.doc.id));
});

test('stories and syndication evidence made on a worker thread are those the stream makes in place', async () => {
  const all = rows(80, 11);
  const byTime = [...all].sort((a, b) => Date.parse(a.doc.publishedAt ?? '9999') - Date.parse(b.doc.publishedAt ?? '9999'));
  const parsed = new Map<string, AnalysisArticle>(all.map((r) => [r.doc.id, { doc: r.doc, claims: r.claims.map((c) => JSON.parse(c)) }]));
  const stream = new StreamingAnalysis({ lean: true });
  for (const r of byTime) stream.add(parsed.get(r.doc.id)!);
  const needed = stream.evidenceNeeded();
  assert.ok(needed.length > 0, 'the corpus has syndicated articles, so members link to an original');
  const raw = new Map(all.map((r) => [r.doc.id, r]));
  const evidenceJobs = needed.map((ids) => ids.map((id) => raw.get(id)!));
  const wantEvidence = needed.map((ids) => groupEvidence(ids.map((id) => parsed.get(id)!), stream.passageWords));
  assert.ok(wantEvidence.some((e) => e.sharedPassages.length > 0 && e.sharedFigures.length > 0), 'some group shares passages and figures');
  assert.deepEqual(evidenceInPlace(evidenceJobs, stream.passageWords), wantEvidence);
  const evidencePool = AnalysisPool.create(2)!;
  try {
    const got = (await Promise.all([evidencePool.evidence(evidenceJobs.slice(0, 2), stream.passageWords), evidencePool.evidence(evidenceJobs.slice(2), stream.passageWords)])).flat();
    assert.deepEqual(got, wantEvidence);
  } finally {
    await evidencePool.close();
  }
  needed.forEach((ids, i) => stream.addEvidence(i, ids.map((id) => parsed.get(id)!)));
  const plan = stream.plan();
  const jobs: StoryJob[] = plan.stories.map((s) => ({ id: s.id, members: s.members.map((id) => ({ article: raw.get(id)!, link: memberLink(plan, id) })) }));
  const want = plan.stories.map((s) => buildStory(plan, s, s.members.map((id) => parsed.get(id)!)));
  assert.ok(want.some((b) => b.articles.some((a) => a.original !== a.id)), 'some story has a copy of an original');
  assert.deepEqual(storiesInPlace(jobs), want);
  const pool = AnalysisPool.create(2)!;
  try {
    const got = (await Promise.all([pool.stories(jobs.slice(0, 5)), pool.stories(jobs.slice(5))])).flat();
    assert.deepEqual(got, want);
  } finally {
    await pool.close();
  }
});
