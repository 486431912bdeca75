/**
 * The PostgreSQL job queue with real worker processes: two workers share the work without duplicating an
 * article, and a worker killed mid-job has its job retried by the other, with nothing lost or duplicated.
 * Needs CLAIMLEDGER_TEST_PG (CI sets it); every wait is bounded.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { quickAddJob } from 'graphile-worker';
import { makeDocument } from '../../src/core/document.js';
import { openStore } from '../../src/store/open.js';
import { openQueue, type Queue } from '../../src/queue/enqueue.js';
import { INGEST_DOCUMENT, documentPayload } from '../../src/queue/jobs.js';
import { queueTarget } from '../../src/queue/target.js';
import { digitExtractor } from '../store/digit-extractor.js';
import { newPgDb, PG_SKIP, type TestDb } from '../store/backends.js';
import { startWorkerProcess, killAll, withTimeout, waitFor, type WorkerProc } from './worker-process.js';

if (PG_SKIP) process.stderr.write(`queue tests: ${PG_SKIP}\n`);

const article = (i: number, variant = '') =>
  makeDocument(`Bericht ${String(i).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}${variant}: laut Behörde ${i + 1} Tote und ${i + 2} Verletzte.`, {
    id: `q${i}`,
    url: `https://queue.example/${i}`,
    outlet: 'Testblatt',
    publishedAt: '2024-06-01',
  });

describe('ingest workers on the PostgreSQL queue', { skip: PG_SKIP }, () => {
  const dbs: TestDb[] = [];
  const procs: WorkerProc[] = [];
  const queues: Queue[] = [];
  after(async () => {
    await killAll(procs);
    for (const q of queues) await q.release();
    for (const d of dbs) await d.cleanup();
  });

  async function setup(): Promise<{ db: string; queue: Queue }> {
    const t = await newPgDb();
    dbs.push(t);
    await (await openStore(t.db, { extract: digitExtractor() })).close();
    const queue = await openQueue(t.db, { write: () => true } as unknown as NodeJS.WritableStream);
    queues.push(queue);
    return { db: t.db, queue };
  }

  it('two workers share the jobs and store every article exactly once', async () => {
    const { db, queue } = await setup();
    const a = startWorkerProcess(db);
    const b = startWorkerProcess(db);
    procs.push(a, b);
    await Promise.all([a.ready, b.ready]);

    const target = queueTarget(db);
    const N = 60;
    for (let i = 0; i < N; i++) await queue.enqueueDocument(article(i));
    // the same article again under the same job key is deduplicated by the queue...
    for (let i = 0; i < 10; i++) await queue.enqueueDocument(article(i));
    // ...and copies without a job key race in the workers: the store's unique keys must hold
    for (let k = 0; k < 8; k++) {
      await quickAddJob({ connectionString: target.url, schema: target.queueSchema }, INGEST_DOCUMENT, documentPayload(article(1000)));
    }
    // a later version of one article: a revision, not a second article
    await queue.enqueueDocument(article(5, ' (aktualisiert)'));

    await waitFor('the queue to drain', async () => (await queue.pending()) === 0, 120_000);

    const store = await openStore(db, { extract: digitExtractor() });
    try {
      const counts = await store.count();
      assert.equal(counts.articles, N + 1);
      assert.equal(counts.revisions, N + 2);
      assert.equal(counts.claims, (N + 1) * 2);
      for (const i of [0, 1, 5, 59, 1000]) {
        const claims = await store.getClaims(`q${i}`);
        assert.deepEqual(claims.map((c) => c.measure), ['killed', 'wounded'], `claims of q${i}`);
      }
      assert.equal((await store.getArticle('q5'))?.revision, 2);
      assert.ok((await store.getArticle('q5'))?.text.includes('aktualisiert'));
    } finally {
      await store.close();
    }
    // both processes took part
    for (const w of [a, b]) assert.match(w.log(), /worker: (added|unchanged|revised) /);

    a.proc.kill('SIGTERM');
    b.proc.kill('SIGTERM');
    const [ea, eb] = await withTimeout(Promise.all([a.exited, b.exited]), 60_000, 'workers to stop on SIGTERM');
    assert.ok(ea.code === 0 || ea.signal === 'SIGTERM', `worker a exit ${JSON.stringify(ea)}`);
    assert.ok(eb.code === 0 || eb.signal === 'SIGTERM', `worker b exit ${JSON.stringify(eb)}`);
  });

  it('retries the job of a worker killed mid-job, losing and duplicating nothing', async () => {
    const { db, queue } = await setup();
    const target = queueTarget(db);
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    try {
      // Hold the article's unique key in an open transaction: the worker that takes the job blocks inside
      // its own transaction, mid-job, until we let go.
      const stuck = article(7);
      await admin.query('begin');
      await admin.query(
        `insert into "${target.storeSchema}".articles (id, ident, url, latest_revision, story_id, created_at) values ('blocker', $1, $2, 0, null, 'x')`,
        [`url:${stuck.url}`, stuck.url],
      );

      const a = startWorkerProcess(db, 2);
      procs.push(a);
      await a.ready;
      await queue.enqueueDocument(stuck);
      for (let i = 20; i < 30; i++) await queue.enqueueDocument(article(i));

      // the stuck job is locked by a worker whose database session waits on our lock
      // (sessions blocked by ours, not any lock wait on the server: other test runs may share it)
      await waitFor('a worker to block on the held article', async () => {
        const r = await admin.query(`select count(*)::int as n from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))`);
        return r.rows[0].n > 0;
      });
      const locked = await admin.query(`select attempts from "${target.queueSchema}".jobs where key = $1 and locked_by is not null`, [
        `doc:url:${stuck.url}:` + (await import('../../src/store/identity.js')).contentHash(stuck.text),
      ]);
      assert.equal(locked.rowCount, 1, 'the stuck job is locked by the worker');
      assert.equal(locked.rows[0].attempts, 1);

      a.proc.kill('SIGKILL');
      await withTimeout(a.exited, 30_000, 'killed worker to exit');
      await admin.query('rollback');

      // a second worker finds the dead worker's job, releases it after the dead-after period and runs it
      const b = startWorkerProcess(db, 2, 300, 2000);
      procs.push(b);
      await b.ready;
      await waitFor('the queue to drain after the kill', async () => (await queue.pending()) === 0, 120_000);
      assert.match(b.log(), /released the jobs of dead worker/);

      const store = await openStore(db, { extract: digitExtractor() });
      try {
        const counts = await store.count();
        assert.equal(counts.articles, 11, 'the stuck article and the ten others, each once');
        assert.equal(counts.revisions, 11);
        assert.equal(counts.claims, 22);
        const got = await store.getArticle('q7');
        assert.equal(got?.text, stuck.text);
        assert.equal(await store.getArticle('blocker'), null);
      } finally {
        await store.close();
      }
      b.proc.kill('SIGTERM');
      await withTimeout(b.exited, 60_000, 'worker b to stop');
    } finally {
      await admin.end();
    }
  });

  it('a retried job whose text was stored before a newer version came in does not bring the old text back', async () => {
    const { db, queue } = await setup();
    const target = queueTarget(db);
    const store = await openStore(db, { extract: digitExtractor() });
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    try {
      // Attempt 1 of the v1 job committed, then its worker died before the queue heard the job was done; a newer
      // version was stored in between. The queue now holds the v1 job with one attempt used, due to run again.
      const v1 = article(40);
      const v2 = article(40, ' (korrigiert)');
      await store.addArticle({ doc: v1 });
      await store.addArticle({ doc: v2 });
      const retried = await queue.enqueueDocument(v1);
      await admin.query(`update "${target.queueSchema}"._private_jobs set attempts = 1 where id = $1`, [retried]);
      // A first attempt of an old text is a real revert, and is stored as a revision.
      const r1 = article(41);
      await store.addArticle({ doc: r1 });
      await store.addArticle({ doc: article(41, ' (korrigiert)') });
      await queue.enqueueDocument(r1);

      const w = startWorkerProcess(db, 2);
      procs.push(w);
      await w.ready;
      await waitFor('the queue to drain', async () => (await queue.pending()) === 0, 120_000);
      const kept = await store.getArticle('q40');
      assert.equal(kept?.revision, 2, w.log());
      assert.equal(kept?.text, v2.text, 'the newer version stays current');
      assert.match(w.log(), /worker: unchanged q40 .*retry 2: already stored as revision 1/);
      const reverted = await store.getArticle('q41');
      assert.equal(reverted?.revision, 3);
      assert.equal(reverted?.text, r1.text);
      assert.equal((await store.count()).articles, 2);
      w.proc.kill('SIGTERM');
      await withTimeout(w.exited, 60_000, 'worker to stop');
    } finally {
      await admin.end();
      await store.close();
    }
  });

  it('fetches queued URLs on the worker and stores each page once', async () => {
    const { db, queue } = await setup();
    const server = createServer((req, res) => {
      const n = Number(/\/seite\/(\d+)/.exec(req.url ?? '')?.[1] ?? NaN);
      if (!Number.isInteger(n)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="de"><head><title>Hochwasser ${n}</title>
        <link rel="canonical" href="http://127.0.0.1:${(server.address() as AddressInfo).port}/seite/${n}">
        <meta property="article:published_time" content="2024-06-0${n + 1}T08:00:00Z"></head>
        <body><article><h1>Hochwasser ${n}</h1>
        <p>Nach dem Hochwasser an der Oder hat die Feuerwehr nach eigenen Angaben ${n + 10} Menschen aus ihren Häusern geholt.</p>
        <p>Ein Sprecher des Landkreises sagte, der Pegel sei über Nacht um ${n + 1} Meter gestiegen und die Lage bleibe angespannt.</p>
        <p>Die Behörden rechnen damit, dass die Aufräumarbeiten mehrere Wochen dauern werden, und bitten um Geduld.</p>
        </article></body></html>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const w = startWorkerProcess(db, 2);
      procs.push(w);
      await w.ready;
      for (const n of [1, 2, 3, 2]) await queue.enqueueSource({ source: `http://127.0.0.1:${port}/seite/${n}`, allowPrivate: true });
      await waitFor('the queue to drain', async () => (await queue.pending()) === 0, 120_000);
      const store = await openStore(db, { extract: digitExtractor() });
      try {
        const articles = await store.listArticles();
        assert.equal(articles.length, 3, w.log());
        for (const a of articles) {
          assert.match(a.url ?? '', /\/seite\/\d$/);
          assert.match(a.text, /Hochwasser an der Oder/);
        }
      } finally {
        await store.close();
      }
      w.proc.kill('SIGTERM');
      await withTimeout(w.exited, 60_000, 'worker to stop');
    } finally {
      server.close();
    }
  });
});
