/**
 * Killing a writer mid-batch loses nothing that was committed and leaves no half-written article:
 * a child process stores articles with many claims each and is killed with SIGKILL; the store is then
 * checked article by article (every claim of every stored revision present, nothing else).
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { digitExtractor } from './digit-extractor.js';
import { newPgDb, newSqliteDb, PG_SKIP, type TestDb } from './backends.js';

const child = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/** Runs the child until it has committed `atLeast` articles, kills it, returns the committed numbers. */
function runAndKill(db: string, atLeast: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, db], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: number[] = [];
    let buf = '';
    let err = '';
    let killed = false;
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) committed.push(Number(l));
      if (!killed && committed.length >= atLeast) {
        killed = true;
        p.kill('SIGKILL');
      }
    });
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`child ended by itself (code ${code}): ${err}`));
    });
  });
}

async function checkIntegrity(db: string, committed: number[]): Promise<void> {
  const store = await openStore(db, { extract: digitExtractor() });
  try {
    const counts = await store.count();
    // everything reported committed is there; at most the one in flight when killed got committed unreported
    assert.ok(counts.articles >= committed.length && counts.articles <= committed.length + 1, `${counts.articles} articles for ${committed.length} committed`);
    assert.equal(counts.revisions, counts.articles);
    for (const i of committed) {
      const a = await store.getArticle(`c${i}`);
      assert.ok(a, `committed article c${i} is missing`);
    }
    let claims = 0;
    for (let offset = 0; ; offset += 500) {
      const page = await store.listArticles({ limit: 500, offset });
      for (const a of page) {
        const got = await store.getClaims(a.id);
        assert.equal(got.length, 60, `article ${a.id} has ${got.length} of its 60 claims`);
        claims += got.length;
      }
      if (page.length < 500) break;
    }
    assert.equal(counts.claims, claims);
    // and the store takes writes again
    const more = await store.addArticle({ doc: { id: 'after', language: null, title: null, outlet: null, url: null, publishedAt: null, text: 'Danach 1 Tote.', bodyStart: 0 } });
    assert.equal(more.status, 'added');
  } finally {
    await store.close();
  }
}

describe('a writer killed mid-batch', () => {
  const dbs: TestDb[] = [];
  after(async () => {
    for (const d of dbs) await d.cleanup();
  });

  it('leaves a consistent SQLite file with every committed article', async () => {
    const t = await newSqliteDb();
    dbs.push(t);
    const committed = await runAndKill(t.db, 40);
    const raw = new Database(t.db);
    try {
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(raw.pragma('foreign_key_check'), []);
      const half = raw.prepare('select count(*) as n from articles where latest_revision = 0').get() as { n: number };
      assert.equal(half.n, 0);
      const mismatched = raw
        .prepare('select count(*) as n from revisions r where r.claim_count <> (select count(*) from claims c where c.article_id = r.article_id and c.revision = r.revision)')
        .get() as { n: number };
      assert.equal(mismatched.n, 0);
    } finally {
      raw.close();
    }
    await checkIntegrity(t.db, committed);
  });

  it('leaves a consistent PostgreSQL store with every committed article', { skip: PG_SKIP }, async () => {
    const t = await newPgDb();
    dbs.push(t);
    // the schema must exist before the child races to create it
    await (await openStore(t.db, { extract: digitExtractor() })).close();
    const committed = await runAndKill(t.db, 40);
    await checkIntegrity(t.db, committed);
  });
});
