/**
 * The analysis reads the corpus by article id in several places (the syndicated articles' texts for their evidence,
 * the story members' rows and claims, the articles' story ids). Each such statement must find its rows through an
 * id index: SQLite's planner has no statistics here and may otherwise walk an (is_current, …) index and read every
 * current row, text included, to test its id — a cost that does not show at 10k articles and made the first 1M
 * analysis read its 16 GB file about 84 times. The plans are read with EXPLAIN QUERY PLAN on a real SQLite file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { Corpus } from '../../src/generate/index.js';
import { digitExtractor } from './digit-extractor.js';
import { newSqliteDb } from './backends.js';

/** Every SQL text prepared through better-sqlite3 while `fn` runs, with the connection that prepared it. */
async function preparedDuring(fn: () => Promise<void>): Promise<Map<string, Database.Database>> {
  const proto = Database.prototype as unknown as { prepare: (this: Database.Database, source: string) => Database.Statement };
  const original = proto.prepare;
  const seen = new Map<string, Database.Database>();
  proto.prepare = function (source: string) {
    seen.set(source, this);
    return original.call(this, source);
  };
  try {
    await fn();
  } finally {
    proto.prepare = original;
  }
  return seen;
}

function planOf(db: Database.Database, source: string): string[] {
  const params = (source.match(/\?/g) ?? []).length;
  const rows = db.prepare(`explain query plan ${source}`).all(...Array<null>(params).fill(null)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** The table aliases a statement gives the id-keyed tables, e.g. `"revisions" as "r"` → r. */
function namesOf(source: string, table: string): string[] {
  const names = [table];
  for (const m of source.matchAll(new RegExp(`"${table}" as "(\\w+)"`, 'g'))) names.push(m[1]!);
  return names;
}

/** Asserts that every SELECT/UPDATE naming article ids (a list, or a range in id order) finds them by an id index. */
function assertSearchedById(statements: Map<string, Database.Database>, at: string): number {
  const byIds = [...statements].filter(([source]) => /^(?:select|update) /i.test(source) && /"(?:article_)?id" (?:in \(\?|> \?)/.test(source));
  for (const [source, db] of byIds) {
    const plan = planOf(db, source);
    for (const table of ['revisions', 'claims', 'articles']) {
      for (const name of namesOf(source, table)) {
        for (const step of plan.filter((d) => new RegExp(`^(?:SEARCH|SCAN) ${name} `).test(d))) {
          assert.match(step, /\((?:article_)?id[=>]\?/, `${at}: ${table} read without its id index:\n  ${step}\n  in: ${source.slice(0, 160)}`);
        }
      }
    }
  }
  return byIds.length;
}

test('statements that name article ids search by id, not through the is_current index: analysis, revisions, re-extraction', async () => {
  const t = await newSqliteDb();
  let store = await openStore(t.db, { extract: digitExtractor(), engineVersion: 'v1' });
  try {
    // enough syndicated copies that one evidence page lists dozens of ids: the planner's choice depends on the
    // length of the list (from about ten ids on, it preferred the is_current index)
    const corpus = new Corpus({ size: 240, seed: 11, copyRate: 0.4 });
    const docs = Array.from({ length: 240 }, (_, i) => corpus.document(i));
    await store.addArticles(docs.map((doc) => ({ doc })));

    const analysis = await preparedDuring(async () => {
      await store.listStories({ limit: 1 });
    });
    const syndication = await store.listSyndication({ limit: 1000, offset: 0 });
    const copies = syndication.reduce((n, g) => n + g.articles.length, 0);
    assert.ok(copies >= 30, `syndicated articles read for evidence: ${copies}`);
    // the three readers: texts for evidence, story members' rows, story members' claims
    assert.ok(assertSearchedById(analysis, 'analysis') >= 3);

    // a feed polled again: 60 articles come back with a corrected text, so their current revisions are read and retired
    const revised = docs.slice(0, 60).map((doc) => ({ doc: { ...doc, text: `${doc.text}\nKorrektur: 7 statt 6.` } }));
    const revising = await preparedDuring(async () => {
      const results = await store.addArticles(revised);
      assert.deepEqual(results.map((r) => (r.ok ? r.result.status : r.error.message)), revised.map(() => 'revised'));
    });
    assert.ok(assertSearchedById(revising, 'revisions') >= 2);

    // a new engine version: every stored revision is extracted again, page by page in article-id order
    await store.close();
    store = await openStore(t.db, { extract: digitExtractor('v2'), engineVersion: 'v2', reextractOnOpen: false });
    const reextracting = await preparedDuring(async () => {
      assert.equal(await store.reextractStale(), 240);
    });
    assert.ok(assertSearchedById(reextracting, 're-extraction') >= 1);
  } finally {
    await store.close();
    await t.cleanup();
  }
});
