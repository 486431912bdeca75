import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { StreamingAnalysis } from '../../src/analysis/stream.js';
import type { AnalysisArticle } from '../../src/analysis/types.js';
import { makeDocument, type Document } from '../../src/core/document.js';
import { extractClaims } from '../../src/claims/extract.js';
import { Corpus } from '../../src/generate/index.js';
import { openStore } from '../../src/store/open.js';
import { newPgDb, newSqliteDb, PG_SKIP, type TestDb } from '../store/backends.js';
import { corpus } from './corpus.js';

const byTime = (xs: readonly AnalysisArticle[]) =>
  [...xs].sort((a, b) => Date.parse(a.doc.publishedAt ?? '9999') - Date.parse(b.doc.publishedAt ?? '9999'));

test('fed by hand in publication order, the stream gives what analyze() gives', () => {
  const articles = corpus();
  const s = new StreamingAnalysis();
  for (const a of byTime(articles)) s.add(a);
  const byId = new Map(articles.map((a) => [a.doc.id, a]));
  const needed = s.evidenceNeeded();
  assert.ok(needed.length > 0, 'the test corpus has syndicated articles');
  needed.forEach((ids, i) => s.addEvidence(i, [...ids].reverse().map((id) => byId.get(id)!)));
  const streamed = s.finish();
  const whole = analyze(articles);
  assert.deepEqual(streamed.stories, whole.stories);
  assert.deepEqual(streamed.syndication, whole.syndication);
  assert.deepEqual([...streamed.articles].sort((a, b) => (a.id < b.id ? -1 : 1)), [...whole.articles].sort((a, b) => (a.id < b.id ? -1 : 1)));
});

test('the stream refuses articles out of publication order, twice the same id, and a result without evidence', () => {
  const [a, b] = byTime(corpus());
  const s = new StreamingAnalysis();
  s.add(b!);
  assert.throws(() => s.add(a!), /comes after a later article/);
  assert.throws(() => s.add(b!), /duplicate document id/);
  const t = new StreamingAnalysis();
  for (const x of byTime(corpus())) t.add(x);
  assert.throws(() => t.finish(), /has no evidence/);
  assert.throws(() => t.addEvidence(0, []), /lacks article/);
  assert.throws(() => t.add(a!), /after evidenceNeeded/);
});

/** A small generated corpus with claims, and its dates rewritten by `date`. */
function generated(n: number, date: (iso: string | null, i: number) => string | null, withClaims = true): AnalysisArticle[] {
  const c = new Corpus({ size: n, seed: 3 });
  return Array.from({ length: n }, (_, i) => {
    const d = c.document(i);
    const doc: Document = makeDocument(d.text, { ...d, publishedAt: date(d.publishedAt, i) }, d.bodyStart);
    return { doc, claims: withClaims ? extractClaims(doc) : [] };
  });
}

/** The same instant written with another UTC offset: sorts differently as text than as time. */
function withOffset(iso: string, hours: number): string {
  const t = new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 19);
  const sign = hours >= 0 ? '+' : '-';
  return `${t}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
}

const listed = (xs: readonly AnalysisArticle[]) =>
  [...xs].sort((x, y) => {
    const [pa, pb] = [x.doc.publishedAt, y.doc.publishedAt];
    if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : pa < pb ? -1 : 1;
    return x.doc.id < y.doc.id ? -1 : 1;
  });

const corpora: [string, AnalysisArticle[]][] = [
  ['dates in one format (read in keyset pages)', generated(120, (iso) => iso)],
  [
    'mixed offsets, unknown and unparseable dates (text order is not time order: read in the exact order)',
    generated(120, (iso, i) => (i % 11 === 0 ? null : i % 13 === 0 ? 'gestern' : iso && i % 3 === 0 ? withOffset(iso, (i % 7) - 3) : iso)),
  ],
  // more undated articles than one page: read by the articles' key instead of through the date index
  ['1,100 undated articles and a few dated ones (without claims, for speed)', generated(1100, (iso, i) => (i % 100 === 0 ? iso : null), false)],
];

async function storeMatchesMemory(newDb: () => Promise<TestDb>): Promise<void> {
  for (const [what, articles] of corpora) {
    const t = await newDb();
    const claims = new Map(articles.map((a) => [a.doc.id, a.claims]));
    const store = await openStore(t.db, { extract: (d) => claims.get(d.id) ?? [] });
    try {
      // in several batches, so pages and write order differ from publication order
      for (let i = 0; i < articles.length; i += 50) await store.addArticles(articles.slice(i, i + 50).map((a) => ({ doc: a.doc })));
      const got = await store.analysis();
      const whole = analyze(listed(articles));
      assert.equal(JSON.stringify(got), JSON.stringify(whole), what);
      // persisted per story and read back one story at a time (what the web app reads), in any order of reading
      const some = whole.stories.length > 60 ? whole.stories.filter((_, i) => i % Math.ceil(whole.stories.length / 60) === 0) : whole.stories;
      for (const s of [...some].reverse()) {
        const d = await store.getStory(s.id);
        assert.ok(d, `${what}: story ${s.id} is persisted`);
        assert.equal(JSON.stringify(d.story), JSON.stringify(s), `${what}: story ${s.id} read back`);
        const ids = new Set(s.articles);
        assert.equal(JSON.stringify(d.articles), JSON.stringify(whole.articles.filter((a) => ids.has(a.id))), `${what}: articles of ${s.id}`);
      }
      assert.equal(JSON.stringify(await store.listSyndication({ limit: 10_000 })), JSON.stringify(whole.syndication), `${what}: syndication read back`);
      const first = got.articles[0]!;
      assert.equal((await store.getArticle(first.id))!.storyId, first.story, 'story ids persisted');
    } finally {
      await store.close();
      await t.cleanup();
    }
  }
}

test('store.analysis() on SQLite is analyze() of the stored corpus, whether the dates sort as text or not', async () => {
  await storeMatchesMemory(newSqliteDb);
});

test('store.analysis() on SQLite without a worker thread for the inputs (CLAIMLEDGER_ANALYSIS_THREADS=0) is analyze() too', async () => {
  const was = process.env.CLAIMLEDGER_ANALYSIS_THREADS;
  process.env.CLAIMLEDGER_ANALYSIS_THREADS = '0';
  try {
    await storeMatchesMemory(newSqliteDb);
  } finally {
    if (was === undefined) delete process.env.CLAIMLEDGER_ANALYSIS_THREADS;
    else process.env.CLAIMLEDGER_ANALYSIS_THREADS = was;
  }
});

test('store.analysis() on PostgreSQL is analyze() of the stored corpus, whether the dates sort as text or not', { skip: PG_SKIP }, async () => {
  await storeMatchesMemory(newPgDb);
});
