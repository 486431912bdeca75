/**
 * The ingest command end to end: files into a store, re-ingest, revisions, bad inputs in a batch, progress
 * output, --queue, and a kill in the middle of a batch.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { run } from '../../src/cli/commands/ingest.js';
import { openStore } from '../../src/store/open.js';
import { openQueue } from '../../src/queue/enqueue.js';
import { captureIO } from './io.js';
import { newPgDb, PG_SKIP, type TestDb } from '../store/backends.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const EXTRACTOR_SKIP = existsSync(join(root, 'src/claims/extract.ts')) ? false : 'src/claims/extract.ts is not there yet (the claims engine); ingest tests skipped';

const STADT = ['Rostock', 'Kassel', 'Erfurt', 'Passau', 'Görlitz', 'Lübeck', 'Trier', 'Jena'];

/** Own sentences, varied per index: a figure with a source, a place and a date. */
function articleText(i: number): string {
  const city = STADT[i % STADT.length];
  return [
    `Titel: Unwetter in ${city} (${i})`,
    `Datum: 2024-0${1 + (i % 9)}-1${i % 10}`,
    '',
    `Nach dem Sturm in ${city} sind nach Angaben der Feuerwehr ${i + 3} Menschen verletzt worden.`,
    `Ein Sprecher der Stadt sagte, rund ${(i + 1) * 100} Haushalte seien ohne Strom.`,
    `Die Schäden werden auf ${i + 2} Millionen Euro geschätzt.`,
  ].join('\n');
}

function json(io: { out(): string }): Record<string, any> {
  return JSON.parse(io.out().trim().split('\n').pop()!);
}

describe('ingest command', { skip: EXTRACTOR_SKIP }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimledger-ingest-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a folder, finds it unchanged the second time and a changed file as a revision', async () => {
    const src = join(dir, 'folder');
    mkdirSync(src);
    for (let i = 0; i < 5; i++) writeFileSync(join(src, `m${i}.txt`), articleText(i));
    const db = join(dir, 'a.sqlite');
    const io1 = captureIO();
    assert.equal(await run(['--db', db, '--json', src], io1), 0, io1.err());
    assert.deepEqual(pick(json(io1)), { read: 5, added: 5, unchanged: 0, revised: 0, failed: 0 });
    assert.match(io1.err(), /ingest: 5 articles \(5 added, 0 unchanged, 0 revised, 0 failed\)/);

    const io2 = captureIO();
    assert.equal(await run(['--db', db, '--json', src], io2), 0);
    assert.deepEqual(pick(json(io2)), { read: 5, added: 0, unchanged: 5, revised: 0, failed: 0 });

    writeFileSync(join(src, 'm2.txt'), articleText(2) + '\nInzwischen ist von 9 Verletzten die Rede.');
    const io3 = captureIO();
    assert.equal(await run(['--db', db, '--json', src], io3), 0);
    assert.deepEqual(pick(json(io3)), { read: 5, added: 0, unchanged: 4, revised: 1, failed: 0 });

    const store = await openStore(db);
    try {
      assert.deepEqual(await store.count(), { ...(await store.count()), articles: 5, revisions: 6 });
      const m2 = await store.getArticle('m2');
      assert.equal(m2?.revision, 2);
      for (const c of await store.getClaims('m2')) assert.equal(m2!.text.slice(c.span.start, c.span.end), c.text);
    } finally {
      await store.close();
    }
  });

  it('stores exactly the same articles and claims with --threads 2 as with --threads 1', async () => {
    const src = join(dir, 'threads');
    mkdirSync(src);
    // more than one batch (INGEST_BATCH = 100), so that batches overlap in the pipeline
    const N = 130;
    for (let i = 0; i < N; i++) writeFileSync(join(src, `t${String(i).padStart(3, '0')}.txt`), articleText(i));
    writeFileSync(join(src, 'leer.txt'), 'Titel: Ohne Zahlen\n\nHeute blieb es ruhig.');
    const dbs = { 1: join(dir, 'threads1.sqlite'), 2: join(dir, 'threads2.sqlite') };
    for (const t of [1, 2] as const) {
      const io = captureIO();
      assert.equal(await run(['--db', dbs[t], '--json', '--threads', String(t), src], io), 0, io.err());
      assert.deepEqual(pick(json(io)), { read: N + 1, added: N + 1, unchanged: 0, revised: 0, failed: 0 });
    }
    // a changed file and a second run: a revision and unchanged articles, through the pool as well
    writeFileSync(join(src, 't007.txt'), articleText(7) + '\nSpäter meldete die Polizei 11 Verletzte.');
    for (const t of [1, 2] as const) {
      const io = captureIO();
      assert.equal(await run(['--db', dbs[t], '--json', '--threads', String(t), src], io), 0, io.err());
      assert.deepEqual(pick(json(io)), { read: N + 1, added: 0, unchanged: N, revised: 1, failed: 0 });
    }
    const snapshot = async (db: string) => {
      const store = await openStore(db);
      try {
        const articles = await store.listArticles({ limit: 1000 });
        const out: Record<string, unknown> = {};
        for (const a of articles) out[a.id] = { revision: a.revision, hash: a.contentHash, claims: await store.getClaims(a.id) };
        return { count: await store.count(), articles: out };
      } finally {
        await store.close();
      }
    };
    const one = await snapshot(dbs[1]);
    const two = await snapshot(dbs[2]);
    assert.equal(Object.keys(one.articles).length, N + 1);
    assert.ok(one.count.claims > N, `${one.count.claims} claims`);
    assert.deepEqual(two, one);
  });

  it('refuses a --threads that is not a positive number', async () => {
    for (const bad of ['0', '-2', 'viele', '1.5']) {
      const io = captureIO();
      assert.equal(await run(['--threads', bad, 'x.txt'], io), 2, bad);
      assert.match(io.err(), /--threads/);
    }
  });

  it('goes on past bad inputs and names each with its cause', async () => {
    const good = join(dir, 'gut.txt');
    writeFileSync(good, articleText(7));
    const io = captureIO();
    const db = join(dir, 'b.sqlite');
    assert.equal(await run(['--db', db, '--json', join(dir, 'fehlt.txt'), good, 'ftp://example.org/x'], io), 0);
    const s = json(io);
    assert.equal(s.added, 1);
    assert.equal(s.failed, 2);
    assert.ok(s.failures.some((f: { source: string }) => f.source.endsWith('fehlt.txt')));
    assert.match(io.err(), /failed: .*fehlt\.txt: /);
    // when every input fails the exit status says so
    assert.equal(await run(['--db', db, join(dir, 'fehlt-auch.txt')], captureIO()), 1);
  });

  it('uses $CLAIMLEDGER_DB when --db is not given', async () => {
    const db = join(dir, 'env.sqlite');
    const f = join(dir, 'env.txt');
    writeFileSync(f, articleText(3));
    const before = process.env.CLAIMLEDGER_DB;
    process.env.CLAIMLEDGER_DB = db;
    try {
      assert.equal(await run([f], captureIO()), 0);
    } finally {
      if (before === undefined) delete process.env.CLAIMLEDGER_DB;
      else process.env.CLAIMLEDGER_DB = before;
    }
    assert.ok(existsSync(db));
  });

  it('draws a progress bar on a terminal', async () => {
    const f = join(dir, 'tty.txt');
    writeFileSync(f, articleText(4));
    const io = captureIO({ tty: true });
    assert.equal(await run(['--db', join(dir, 'tty.sqlite'), f], io), 0);
    assert.match(io.err(), /\r\x1b\[2Kingest \[/);
  });

  it('refuses usage errors', async () => {
    assert.equal(await run([], captureIO()), 2);
    const io = captureIO();
    assert.equal(await run(['--db', join(dir, 'q.sqlite'), '--queue', 'x.txt'], io), 2);
    assert.match(io.err(), /--queue needs a PostgreSQL store/);
    assert.equal(await run(['--published', 'gestern', 'x.txt'], captureIO()), 2);
  });

  it('leaves a consistent store when killed mid-batch, and a re-run completes it without duplicates', async () => {
    const src = join(dir, 'many');
    mkdirSync(src);
    const N = 400;
    for (let i = 0; i < N; i++) writeFileSync(join(src, `k${String(i).padStart(3, '0')}.txt`), articleText(i));
    const db = join(dir, 'kill.sqlite');
    const committedLines = await new Promise<number>((resolve, reject) => {
      const p = spawn(process.execPath, ['--import', 'tsx', entry, 'ingest', '--db', db, src], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      let committed = 0;
      p.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        // the non-terminal progress line comes every 100 articles handled; they are committed by then
        const m = /ingest: (\d+) articles/.exec(err);
        if (m && committed === 0) {
          committed = Number(m[1]);
          p.kill('SIGKILL');
        }
      });
      p.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(committed) : reject(new Error(`ingest was not killed: ${err}`))));
    });
    const raw = new Database(db, { readonly: true });
    try {
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      const half = raw.prepare('select count(*) as n from articles where latest_revision = 0').get() as { n: number };
      assert.equal(half.n, 0, 'no article row without its revision');
      const bad = raw
        .prepare('select count(*) as n from revisions r where claim_count <> (select count(*) from claims c where c.article_id = r.article_id and c.revision = r.revision)')
        .get() as { n: number };
      assert.equal(bad.n, 0, 'every revision has exactly its claims');
      const stored = (raw.prepare('select count(*) as n from articles').get() as { n: number }).n;
      assert.ok(stored >= committedLines && stored < N, `${stored} stored`);
    } finally {
      raw.close();
    }
    const io = captureIO();
    assert.equal(await run(['--db', db, '--json', src], io), 0);
    const s = json(io);
    assert.equal(s.failed, 0);
    assert.equal(s.added + s.unchanged, N);
    assert.ok(s.unchanged >= committedLines);
    const store = await openStore(db);
    try {
      const c = await store.count();
      assert.equal(c.articles, N);
      assert.equal(c.revisions, N);
    } finally {
      await store.close();
    }
  });

  describe('--queue', { skip: PG_SKIP }, () => {
    const dbs: TestDb[] = [];
    after(async () => {
      for (const d of dbs) await d.cleanup();
    });
    it('puts local files on the queue as documents and URLs as sources', async () => {
      const t = await newPgDb();
      dbs.push(t);
      const src = join(dir, 'queued');
      mkdirSync(src);
      for (let i = 0; i < 3; i++) writeFileSync(join(src, `q${i}.txt`), articleText(i));
      const io = captureIO();
      assert.equal(await run(['--db', t.db, '--json', '--queue', src, 'https://example.org/artikel/1'], io), 0, io.err());
      const s = json(io);
      assert.equal(s.queued, 4);
      assert.equal(s.added, 0);
      // queued again: the same jobs, deduplicated by their keys
      assert.equal(await run(['--db', t.db, '--queue', src, 'https://example.org/artikel/1'], captureIO()), 0);
      const queue = await openQueue(t.db, captureIO().stderr);
      try {
        assert.equal(await queue.pending(), 4);
      } finally {
        await queue.release();
      }
      const store = await openStore(t.db);
      try {
        assert.equal((await store.count()).articles, 0, 'nothing stored until a worker runs');
      } finally {
        await store.close();
      }
    });
  });
});

function pick(s: Record<string, any>) {
  return { read: s.read, added: s.added, unchanged: s.unchanged, revised: s.revised, failed: s.failed };
}
