/**
 * The persisted analysis on both backends: a run writes a generation and switches to it whole; a run that died
 * (rows of an unfinished generation) is invisible to readers and removed by the next run; the generation replaced
 * last is kept until the next switch; several readers after a write start one run; the paged readers give the
 * same stories, articles and syndication groups as the whole analysis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { openStore } from '../../src/store/open.js';
import { openSqlite } from '../../src/store/sqlite.js';
import { openPostgres, parsePgTarget } from '../../src/store/postgres.js';
import type { DB } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { makeDocument } from '../../src/core/document.js';
import { digitExtractor } from './digit-extractor.js';
import { newPgDb, newSqliteDb, PG_SKIP, type TestDb } from './backends.js';

const TEXTS = [
  'Bei einem Angriff auf Charkiw gab es laut Behörden 12 Tote und 30 Verletzte.',
  'Der Haushalt der Stadt Bremen wächst um 3 Prozent, sagte der Senat.',
  'In Charkiw stieg die Zahl der Toten laut Behörden auf 14 Tote und 41 Verletzte.',
  'Das Hochwasser in Passau erreichte 9 Meter, teilte die Stadt mit.',
];

function doc(i: number, text = TEXTS[i % TEXTS.length]!) {
  return makeDocument(text, { id: `g${i}`, language: 'de', url: `https://gen.example/${i}`, publishedAt: `2025-03-0${1 + (i % 9)}T10:00:00Z`, outlet: `Outlet ${i % 3}` });
}

function raw(t: TestDb): { db: Kysely<DB>; close: () => Promise<void> } {
  if (t.db.startsWith('postgres')) {
    const pg = openPostgres(parsePgTarget(t.db), 2);
    return { db: pg.db, close: () => pg.db.destroy() };
  }
  const lite = openSqlite(t.db);
  return { db: lite.db, close: () => lite.db.destroy() };
}

async function generations(db: Kysely<DB>): Promise<{ current: number; stored: number[] }> {
  const cur = await db.selectFrom('analysis_state').select('generation').where('name', '=', 'current').executeTakeFirstOrThrow();
  const stored = (await db.selectFrom('stories').select('generation').distinct().orderBy('generation').execute()).map((r) => Number(r.generation));
  return { current: Number(cur.generation), stored };
}

async function withStore(newDb: () => Promise<TestDb>, fn: (store: Store, t: TestDb) => Promise<void>): Promise<void> {
  const t = await newDb();
  const store = await openStore(t.db, { extract: digitExtractor() });
  try {
    await fn(store, t);
  } finally {
    await store.close();
    await t.cleanup();
  }
}

async function generationsBehave(newDb: () => Promise<TestDb>): Promise<void> {
  await withStore(newDb, async (store, t) => {
    const r = raw(t);
    try {
      await store.addArticles([0, 1, 2].map((i) => ({ doc: doc(i) })));
      const first = await store.listStories();
      assert.equal(first.articles, 3);
      const g1 = (await generations(r.db)).current;

      // a run that died half-way: an unfinished generation with a story no reader may see
      await r.db.insertInto('analysis_runs').values({ generation: g1 + 1, key: 'dead', started_at: '2025-01-01T00:00:00Z', finished_at: null, story_count: null, article_count: null, syndication_count: null }).execute();
      await r.db.insertInto('stories').values({
        generation: g1 + 1, id: 'S-ghost', ord: 0, title: 'half a run', from_at: null, to_key: '', article_count: 1, independent_sources: 1, claim_count: 0,
        digest: JSON.stringify({ headline: [], hosts: [] }), body: '{}',
      }).execute();
      assert.equal(await store.getStory('S-ghost'), null, 'an unfinished generation is not read');
      assert.deepEqual((await store.listStories()).stories.map((s) => s.id), first.stories.map((s) => s.id));
      assert.equal((await generations(r.db)).current, g1, 'no write, no new run');

      await store.addArticle({ doc: doc(3) });
      const second = await store.listStories();
      assert.equal(second.articles, 4);
      const after = await generations(r.db);
      assert.ok(after.current > g1 + 1, 'a new run takes a new number');
      assert.deepEqual(after.stored, [g1, after.current], 'the dead run is removed; the replaced generation is kept until the next switch');

      await store.addArticle({ doc: doc(4, 'Laut Polizei gab es in Passau 2 Verletzte.') });
      // several readers at once after a write: one run
      const pages = await Promise.all([1, 2, 3, 4, 5].map(() => store.listStories({ limit: 2 })));
      for (const p of pages) assert.equal(p.articles, 5);
      const third = await generations(r.db);
      assert.equal(third.current, after.current + 1, 'one run for five readers');
      assert.deepEqual(third.stored, [after.current, third.current]);
      const runs = await r.db.selectFrom('analysis_runs').select('generation').orderBy('generation').execute();
      assert.deepEqual(runs.map((x) => Number(x.generation)), [after.current, third.current]);
    } finally {
      await r.close();
    }
  });
}

async function pagesMatchWhole(newDb: () => Promise<TestDb>): Promise<void> {
  await withStore(newDb, async (store) => {
    const docs = Array.from({ length: 23 }, (_, i) => doc(i, `${TEXTS[i % TEXTS.length]} Bericht ${i}: ${i * 7} Menschen.`));
    await store.addArticles(docs.map((d) => ({ doc: d })));
    const whole = await store.analysis();
    // stories a page at a time, in both orders
    const inOrder = [];
    for (let offset = 0; ; offset += 2) {
      const p = await store.getStories({ limit: 2, offset });
      inOrder.push(...p);
      if (p.length < 2) break;
    }
    assert.deepEqual(inOrder, whole.stories);
    const listed = [];
    for (let offset = 0; ; offset += 3) {
      const p = await store.listStories({ limit: 3, offset });
      assert.equal(p.total, whole.stories.length);
      listed.push(...p.stories);
      if (offset + 3 >= p.total) break;
    }
    const recent = [...whole.stories].sort((x, y) => ((y.to ?? '') < (x.to ?? '') ? -1 : (y.to ?? '') > (x.to ?? '') ? 1 : 0) || y.articles.length - x.articles.length || whole.stories.indexOf(x) - whole.stories.indexOf(y));
    assert.deepEqual(listed.map((s) => s.id), recent.map((s) => s.id), 'newest first, then larger first');
    for (const row of listed) {
      const s = whole.stories.find((x) => x.id === row.id)!;
      assert.equal(row.articles, s.articles.length);
      assert.equal(row.claims, s.claimGroups.reduce((n, g) => n + g.claims.length, 0));
      assert.deepEqual(row.hosts, ['gen.example']);
      assert.ok(row.headline.length <= 3 && row.headline.length === Math.min(3, s.claimGroups.length));
      assert.deepEqual(await store.getStoryRow(row.id), row);
    }
    // one story with its articles (in the analysis' article order) and syndication groups
    for (const s of whole.stories) {
      const d = (await store.getStory(s.id))!;
      assert.deepEqual(d.story, s);
      const ids = new Set(s.articles);
      assert.deepEqual(d.articles, whole.articles.filter((a) => ids.has(a.id)));
      assert.deepEqual(d.syndication, whole.syndication.map((g, index) => ({ ...g, index })).filter((g) => g.articles.some((x) => ids.has(x))));
    }
    assert.equal(await store.getStory('S-none'), null);
    const summaries = [];
    for (let offset = 0; ; offset += 5) {
      const p = await store.listArticleSummaries({ limit: 5, offset });
      summaries.push(...p);
      if (p.length < 5) break;
    }
    assert.deepEqual(summaries, whole.articles);
    assert.deepEqual(await store.getArticleSummaries(['g5', 'nope', 'g1']), ['g5', 'g1'].map((id) => whole.articles.find((a) => a.id === id)));
    assert.deepEqual(await store.listSyndication({ limit: 1000 }), whole.syndication);
  });
}

test('SQLite: a run switches generations whole; a dead run is invisible and removed; one run for concurrent readers', async () => {
  await generationsBehave(newSqliteDb);
});

test('PostgreSQL: a run switches generations whole; a dead run is invisible and removed; one run for concurrent readers', { skip: PG_SKIP }, async () => {
  await generationsBehave(newPgDb);
});

/** Two stores on one database (as two processes would be) analysing at once: both get a whole generation. */
async function twoStoresAtOnce(newDb: () => Promise<TestDb>): Promise<void> {
  const t = await newDb();
  const a = await openStore(t.db, { extract: digitExtractor() });
  const b = await openStore(t.db, { extract: digitExtractor() });
  const r = raw(t);
  try {
    await a.addArticles([0, 1, 2, 3].map((i) => ({ doc: doc(i) })));
    const [pa, pb] = await Promise.all([a.listStories({ limit: 100 }), b.listStories({ limit: 100 })]);
    assert.deepEqual(pa, pb, 'the same stories from either');
    assert.equal(pa.articles, 4);
    const g = await generations(r.db);
    assert.ok(g.stored.includes(g.current));
    assert.ok(g.stored.length <= 2, `at most the current and the replaced generation are kept (${g.stored.join(', ')})`);
    for (const s of pa.stories) assert.ok(await b.getStory(s.id), `story ${s.id} readable`);
  } finally {
    await r.close();
    await a.close();
    await b.close();
    await t.cleanup();
  }
}

test('SQLite: two stores analysing one database at once both read a whole generation', async () => {
  await twoStoresAtOnce(newSqliteDb);
});

test('PostgreSQL: two stores analysing one database at once both read a whole generation', { skip: PG_SKIP }, async () => {
  await twoStoresAtOnce(newPgDb);
});

test('SQLite: the paged readers give the whole analysis, page by page', async () => {
  await pagesMatchWhole(newSqliteDb);
});

test('PostgreSQL: the paged readers give the whole analysis, page by page', { skip: PG_SKIP }, async () => {
  await pagesMatchWhole(newPgDb);
});
