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

test('every analysis statement that lists article ids searches by id, not through the is_current index', async () => {
  const t = await newSqliteDb();
  const store = await openStore(t.db, { extract: digitExtractor() });
  try {
    // enough syndicated copies that one evidence page lists dozens of ids: the planner's choice depends on the
    // length of the list (from about ten ids on, it preferred the is_current index)
    const corpus = new Corpus({ size: 240, seed: 11, copyRate: 0.4 });
    await store.addArticles(Array.from({ length: 240 }, (_, i) => ({ doc: corpus.document(i) })));
    const statements = await preparedDuring(async () => {
      await store.listStories({ limit: 1 });
    });
    const syndication = await store.listSyndication({ limit: 1000, offset: 0 });
    const copies = syndication.reduce((n, g) => n + g.articles.length, 0);
    assert.ok(copies >= 30, `syndicated articles read for evidence: ${copies}`);

    const byIds = [...statements].filter(([source]) => /^select /i.test(source) && /"(?:article_)?id" in \(\?/.test(source));
    // the three readers: texts for evidence, story members' rows, story members' claims
    assert.ok(byIds.length >= 3, `statements that list ids: ${byIds.length}`);
    for (const [source, db] of byIds) {
      const plan = planOf(db, source);
      for (const table of ['revisions', 'claims', 'articles']) {
        for (const name of namesOf(source, table)) {
          const steps = plan.filter((d) => new RegExp(`^(?:SEARCH|SCAN) ${name} `).test(d));
          for (const step of steps) {
            assert.match(step, /\((?:article_)?id=\?/, `${table} read without its id index:\n  ${step}\n  in: ${source.slice(0, 160)}`);
          }
        }
      }
    }
  } finally {
    await store.close();
    await t.cleanup();
  }
});
