/**
 * Soak test (issue 6, "Reliability under load"), bounded in time: against one real PostgreSQL, a producer
 * enqueues ingest jobs without pause (new articles, concurrent duplicates of one URL under several spellings,
 * URL-less copies of one text under several ids, later versions of stored articles), two worker processes
 * consume them, and the HTTP API (a real socket over the same store) serves reads all the while. Midway one
 * worker is SIGKILLed while it provably holds a job (the job's article row is held by an open transaction of
 * the test, so the worker blocks inside its write), a replacement is started, and the job must be retried by
 * another worker. At the end: every distinct document is stored once, at its latest version, with its claims
 * once per revision; the queue is drained with no job failed for good; and every API read succeeded.
 *
 * Runs CLAIMLEDGER_SOAK_SECONDS (default 15) of production; needs CLAIMLEDGER_TEST_PG. Nothing here asserts on
 * speed: the figures are printed as diagnostics. Every wait is bounded, and after() kills what is left.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { serve } from '@hono/node-server';
import { makeDocument, type Document } from '../../src/core/document.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { articleIdent, canonicalUrl, contentHash } from '../../src/store/identity.js';
import { openQueue, quoteIdent, type Queue } from '../../src/queue/enqueue.js';
import { INGEST_DOCUMENT, MAX_ATTEMPTS, documentJobKey, documentPayload } from '../../src/queue/jobs.js';
import { queueTarget } from '../../src/queue/target.js';
import { queueLogger } from '../../src/queue/logger.js';
import { createApp } from '../../src/server/app.js';
import { digitExtractor } from '../store/digit-extractor.js';
import { newPgDb, PG_SKIP, type TestDb } from '../store/backends.js';
import { startWorkerProcess, killAll, withTimeout, waitFor, type WorkerProc } from './worker-process.js';
import { ExpectedCorpus, expectedClaimCount, urlArticle, urlSpellings, urllessCopy, SOAK_HOST } from './soak-corpus.js';
import { ApiReader } from './soak-reader.js';

if (PG_SKIP) process.stderr.write(`soak test: ${PG_SKIP}\n`);

const SECONDS = Number(process.env.CLAIMLEDGER_SOAK_SECONDS ?? 15);
if (!(SECONDS > 0)) throw new Error(`CLAIMLEDGER_SOAK_SECONDS must be a positive number of seconds, not "${process.env.CLAIMLEDGER_SOAK_SECONDS}"`);
const CONCURRENCY = 3;
const HEARTBEAT_MS = 300;
/** generous against false deaths of live workers on a loaded machine; a false death would only cost a retry */
const DEAD_AFTER_MS = 3000;
/** the producer waits while this many jobs are queued, so that it feeds the workers rather than outruns them */
const BACKLOG = 40;
/** at most this many versions per URL article */
const MAX_VERSIONS = 3;

const silent = { write: () => true } as unknown as NodeJS.WritableStream;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface KillEvidence {
  killedPid: number;
  killedWorkerId: string;
  attemptsBefore: number;
  attemptsAfter: number;
  retriedBy: string;
  blockedAfter: number;
}

describe('soak: continuous ingest on two workers, API reads, a worker killed mid-job', { skip: PG_SKIP }, () => {
  const procs: WorkerProc[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  let testDb: TestDb | null = null;
  after(async () => {
    await killAll(procs);
    for (const close of closers.reverse()) await withTimeout(close(), 15_000, 'closing').catch(() => {});
    await testDb?.cleanup();
  });

  it(`ingests for ${SECONDS} s and loses, duplicates and fails nothing`, { timeout: SECONDS * 1000 + 600_000 }, async (t) => {
    testDb = await newPgDb();
    const db = testDb.db;
    const target = queueTarget(db);
    const jobsTable = `${quoteIdent(target.queueSchema)}.jobs`;
    const storeSchema = quoteIdent(target.storeSchema);

    // the API's store (reads only) and the store schema, migrated before the workers start
    const store: Store = await openStore(db, { extract: digitExtractor(), poolSize: 6 });
    closers.push(() => store.close());
    const queue: Queue = await openQueue(db, silent);
    closers.push(() => queue.release());
    // a second handle on the queue for copies without a job key (which the queue cannot merge: the store must)
    const utils: WorkerUtils = await makeWorkerUtils({ connectionString: target.url, schema: target.queueSchema, logger: queueLogger(silent) });
    closers.push(async () => utils.release());
    const probe = new pg.Pool({ connectionString: target.url, max: 3 });
    probe.on('error', () => {});
    closers.push(() => probe.end());

    const server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: createApp({ store }).fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s as Server));
    });
    closers.push(() => new Promise((r) => { server.closeAllConnections(); server.close(r); }));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // A worker that ends without our kill (a crash, or a signal from outside the test) fails the waits at once.
    const expectedEnd = new Set<WorkerProc>();
    const unexpected: string[] = [];
    const watch = (w: WorkerProc) => {
      procs.push(w);
      void w.exited.then(() => {
        if (!expectedEnd.has(w)) unexpected.push(`worker pid ${w.proc.pid} ended unexpectedly (${w.status()}):\n${w.log().slice(-2000)}`);
      });
      return w;
    };
    const healthy = () => {
      if (unexpected.length > 0) throw new Error(unexpected.join('\n'));
    };
    const workers = [watch(startWorkerProcess(db, CONCURRENCY, HEARTBEAT_MS, DEAD_AFTER_MS)), watch(startWorkerProcess(db, CONCURRENCY, HEARTBEAT_MS, DEAD_AFTER_MS))];
    await Promise.all(workers.map((w) => w.ready));

    const expected = new ExpectedCorpus();
    /** job ids per article ident: a new version is queued only when every job of the previous one is done */
    const jobsOf = new Map<string, Set<string>>();
    let enqueued = 0;
    const track = (doc: Document, id: string) => {
      enqueued++;
      const key = doc.url ? articleIdent(doc) : `text:${doc.text}`;
      let set = jobsOf.get(key);
      if (!set) jobsOf.set(key, (set = new Set()));
      set.add(id);
    };
    const keyed = async (doc: Document) => track(doc, await queue.enqueueDocument(doc));
    const unkeyed = async (doc: Document) => track(doc, (await utils.addJob(INGEST_DOCUMENT, documentPayload(doc), { maxAttempts: MAX_ATTEMPTS })).id);
    const jobsDone = async (ids: Set<string>) =>
      Number((await probe.query(`select count(*) as n from ${jobsTable} where id = any($1::bigint[])`, [[...ids]])).rows[0].n) === 0;

    const started = Date.now();
    const deadline = started + SECONDS * 1000;

    // ---- the producer: one step after another until the deadline, each step a few concurrent enqueues
    const produce = async () => {
      const version = new Map<number, number>();
      for (let i = 0, j = 0; Date.now() < deadline; i++) {
        while (Date.now() < deadline && (await queue.pending()) > BACKLOG) await sleep(50);
        const doc = urlArticle(i);
        expected.add(doc);
        version.set(i, 1);
        const work: Promise<void>[] = [keyed(doc)];
        if (i % 4 === 0) {
          // the same article at once: again under its key, under other spellings of its URL, and without key
          work.push(keyed(doc), ...urlSpellings(i).map((u) => unkeyed(urlArticle(i, 1, u))), unkeyed(doc));
        }
        if (i % 5 === 1) {
          // one URL-less report arriving as three copies under different ids
          const copies = [0, 1, 2].map((k) => urllessCopy(j, k));
          for (const c of copies) expected.add(c);
          work.push(keyed(copies[0]!), unkeyed(copies[1]!), unkeyed(copies[2]!));
          j++;
        }
        if (i % 3 === 2) {
          // a later version of an earlier article whose previous version is done (a version is only "later"
          // when it was published after the previous one was stored: two versions racing have no order)
          const n = i - 1 - ((i * 7) % Math.min(i, 30));
          const v = version.get(n) ?? MAX_VERSIONS;
          const ids = jobsOf.get(articleIdent(urlArticle(n)));
          if (n >= 0 && v < MAX_VERSIONS && ids && (await jobsDone(ids))) {
            const next = urlArticle(n, v + 1);
            expected.add(next);
            version.set(n, v + 1);
            work.push(keyed(next), unkeyed(next));
          }
        }
        await Promise.all(work);
      }
    };

    // ---- the readers: two clients of the API, each checking its own reads
    const readers = [new ApiReader(base), new ApiReader(base)];
    let reading = true;
    const reading$ = readers.map((r) => r.run(() => !reading));

    // ---- midway: kill the worker that holds a job, provably mid-job
    const kill = async (): Promise<KillEvidence> => {
      await sleep(Math.max(0, started + (SECONDS * 1000) / 2 - Date.now()));
      const stuck = makeDocument('Sondermeldung zum Hochwasser an der Oder: laut Behörde 4 Tote und 9 Verletzte.', {
        id: 'stuck', url: `${SOAK_HOST}/sondermeldung`, outlet: 'Blatt Sonder', publishedAt: '2024-06-15',
      });
      expected.add(stuck);
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      try {
        const adminPid = Number((await admin.query('select pg_backend_pid() as p')).rows[0].p);
        // hold the article's unique key in an open transaction: the worker that takes the job blocks in its write
        await admin.query('begin');
        await admin.query(
          `insert into ${storeSchema}.articles (id, ident, url, latest_revision, story_id, created_at) values ('soak-blocker', $1, $2, 0, null, 'x')`,
          [articleIdent(stuck), canonicalUrl(stuck.url!)],
        );
        await keyed(stuck);
        const key = documentJobKey(stuck);
        const holder = async () =>
          (await probe.query<{ locked_by: string | null; attempts: number; pid: number | null; blocked: number }>(
            `select j.locked_by, j.attempts, w.pid,
                    (select count(*)::int from pg_stat_activity where $2::int = any(pg_blocking_pids(pid))) as blocked
               from ${jobsTable} j left join ${storeSchema}.claimledger_workers w on w.worker_id = j.locked_by where j.key = $1`,
            [key, adminPid],
          )).rows[0];
        let first: Awaited<ReturnType<typeof holder>>;
        await waitFor('a worker to take the held job and block on it', async () => {
          healthy();
          first = await holder();
          return !!first?.locked_by && first.pid !== null && first.blocked > 0;
        }, 120_000);
        const victim = procs.find((p) => p.proc.pid === first!.pid && p.alive());
        assert.ok(victim, `the job is held by worker pid ${first!.pid}, one of ours`);
        expectedEnd.add(victim);
        victim.proc.kill('SIGKILL');
        const exit = await withTimeout(victim.exited, 30_000, 'the killed worker to exit');
        assert.equal(exit.signal, 'SIGKILL');
        const replacement = watch(startWorkerProcess(db, CONCURRENCY, HEARTBEAT_MS, DEAD_AFTER_MS));
        await replacement.ready;
        // the dead worker's heartbeat stops; a live worker releases its jobs and takes the held one again
        let again: Awaited<ReturnType<typeof holder>>;
        await waitFor('another worker to retry the killed job', async () => {
          healthy();
          again = await holder();
          return !!again?.locked_by && again.locked_by !== first!.locked_by && again.blocked > 0;
        }, 120_000);
        await admin.query('rollback');
        return {
          killedPid: first!.pid!, killedWorkerId: first!.locked_by!, attemptsBefore: first!.attempts, attemptsAfter: again!.attempts,
          retriedBy: again!.locked_by!, blockedAfter: again!.blocked,
        };
      } finally {
        await admin.end().catch(() => {});
      }
    };

    /** The state of the queue, the workers and the database sessions, for the message of a failed wait. */
    const diagnose = async () => {
      const jobs = await probe.query(`select id, key, attempts, max_attempts, locked_by, locked_at, run_at, last_error from ${jobsTable} order by id limit 20`);
      const beats = await probe.query(`select worker_id, pid, last_seen, now() as now from ${storeSchema}.claimledger_workers`);
      const sessions = await probe.query(
        `select pid, state, wait_event_type, wait_event, pg_blocking_pids(pid) as blocked_by, left(query, 160) as query
           from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
      );
      return `jobs: ${JSON.stringify(jobs.rows, null, 1)}\nworkers: ${JSON.stringify(beats.rows)}\nsessions: ${JSON.stringify(sessions.rows, null, 1)}\n` +
        procs.map((p) => `--- worker ${p.proc.pid} (${p.status()}):\n${p.log().slice(-3000)}`).join('\n');
    };

    let evidence: KillEvidence;
    try {
      [, evidence] = await Promise.all([produce(), kill()]);
      await waitFor('the queue to drain', async () => (healthy(), (await queue.pending()) === 0), 120_000 + SECONDS * 1000, 200);
      // one more round of reads each, after the last write
      reading = false;
      await withTimeout(Promise.all(reading$), 180_000, 'the readers to finish');
      await Promise.all(readers.map((r) => withTimeout(r.round(true), 180_000, 'the final reads')));
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${await diagnose().catch((e) => `(no diagnosis: ${e})`)}`);
    } finally {
      reading = false;
    }

    // ---- the queue: drained, nothing failed for good
    const left = await probe.query(`select id, task_identifier, key, attempts, max_attempts, locked_by, last_error from ${jobsTable}`);
    assert.equal(left.rowCount, 0, `jobs left in the queue: ${JSON.stringify(left.rows, null, 1).slice(0, 2000)}`);

    // ---- the killed job was retried
    assert.equal(evidence!.attemptsBefore, 1);
    assert.ok(evidence!.attemptsAfter >= 2, `the killed job's attempts after the retry: ${evidence!.attemptsAfter}`);
    const live = procs.filter((p) => p.alive());
    assert.equal(live.length, 2, 'the surviving worker and the replacement');
    assert.ok(
      live.some((p) => p.log().includes(`released the jobs of dead worker(s) `) && p.log().includes(evidence!.killedWorkerId)),
      `a live worker released the jobs of ${evidence!.killedWorkerId}:\n${live.map((p) => p.log().slice(-1500)).join('\n---\n')}`,
    );

    // ---- the store: every distinct document once, at its latest version, claims once per revision
    const q = async <R extends pg.QueryResultRow>(text: string) => (await probe.query<R>(text.replaceAll('$s', storeSchema))).rows;
    const articles = await q<{ id: string; ident: string; url: string | null; latest_revision: number }>('select id, ident, url, latest_revision from $s.articles');
    const revisions = await q<{ article_id: string; revision: number; content_hash: string; text: string; is_current: number; claim_count: number }>(
      'select article_id, revision, content_hash, text, is_current, claim_count from $s.revisions order by article_id, revision',
    );
    const claims = await q<{ article_id: string; revision: number; n: number; ids: number; current: number; maxseq: number }>(
      `select article_id, revision, count(*)::int as n, count(distinct id)::int as ids, sum(is_current)::int as current, max(seq)::int as maxseq
         from $s.claims group by article_id, revision`,
    );
    assert.equal(articles.length, expected.articles, 'one article per distinct document');
    assert.equal(revisions.length, expected.revisions, 'one revision per distinct version');
    const revsOf = new Map<string, typeof revisions>();
    for (const r of revisions) revsOf.set(r.article_id, [...(revsOf.get(r.article_id) ?? []), r]);
    const urllessHashes = new Set<string>();
    for (const a of articles) {
      const revs = revsOf.get(a.id) ?? [];
      assert.deepEqual(revs.map((r) => Number(r.revision)), revs.map((_, k) => k + 1), `revisions of ${a.id} are 1..n`);
      assert.equal(Number(a.latest_revision), revs.length, `latest revision of ${a.id}`);
      assert.deepEqual(revs.map((r) => Number(r.is_current)), revs.map((_, k) => (k === revs.length - 1 ? 1 : 0)), `only the latest revision of ${a.id} is current`);
      if (a.url === null) {
        assert.equal(revs.length, 1, `the URL-less ${a.id} has one revision`);
        assert.ok(!urllessHashes.has(revs[0]!.content_hash), `URL-less text stored twice (${a.id})`);
        urllessHashes.add(revs[0]!.content_hash);
        continue;
      }
      const versions = expected.versions.get(a.ident);
      assert.ok(versions, `an article nobody enqueued: ${a.ident}`);
      assert.deepEqual(revs.map((r) => r.content_hash), versions.map(contentHash), `the versions of ${a.ident}, in order`);
    }
    assert.deepEqual(urllessHashes, expected.urllessHashes(), 'every URL-less text stored');
    assert.equal(await store.getArticle('soak-blocker'), null);
    assert.equal((await store.getArticle('stuck'))?.revision, 1, 'the killed job stored its article once');

    const claimsOf = new Map(claims.map((c) => [`${c.article_id}\u0000${c.revision}`, c]));
    assert.equal(claimsOf.size, revisions.filter((r) => expectedClaimCount(r.text) > 0).length, 'claims only for stored revisions');
    for (const r of revisions) {
      const want = expectedClaimCount(r.text);
      const got = claimsOf.get(`${r.article_id}\u0000${r.revision}`);
      const where = `${r.article_id} revision ${r.revision}`;
      assert.equal(Number(r.claim_count), want, `claim count recorded for ${where}`);
      assert.equal(got?.n ?? 0, want, `claims of ${where}`);
      assert.equal(got?.ids ?? 0, want, `distinct claim ids of ${where}`);
      assert.equal(got?.maxseq ?? -1, want - 1, `claim seq of ${where}`);
      assert.equal(got?.current ?? 0, Number(r.is_current) ? want : 0, `current claims of ${where}`);
    }

    // ---- the API: every read answered
    const failures = readers.flatMap((r) => r.failures);
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failed API reads`);
    const kinds = new Map<string, number>();
    for (const r of readers) for (const [k, n] of r.byKind) kinds.set(k, (kinds.get(k) ?? 0) + n);
    for (const k of ['articles', 'claims', 'stories', 'article-claims']) assert.ok((kinds.get(k) ?? 0) > 0, `no ${k} read`);
    const counts = await store.count();
    assert.equal(counts.articles, expected.articles);
    for (const r of readers) {
      assert.equal(r.listed, Math.min(1000, expected.articles), 'the last article list shows every article');
      assert.equal(r.analysed, expected.articles, 'the last stories read covers every article');
    }

    const logs = procs.map((p) => p.log()).join('\n');
    const failedAttempts = logs.match(/Failed task .*/g) ?? [];
    const reads = readers.reduce((n, r) => n + r.reads, 0);
    t.diagnostic(
      `${SECONDS} s: ${enqueued} jobs enqueued, ${(logs.match(/worker: (added|revised|unchanged) /g) ?? []).length} jobs run ` +
        `(added ${(logs.match(/worker: added /g) ?? []).length}, revised ${(logs.match(/worker: revised /g) ?? []).length}, ` +
        `unchanged ${(logs.match(/worker: unchanged /g) ?? []).length}); store: ${counts.articles} articles, ${counts.revisions} revisions, ` +
        `${counts.claims} current claims; ${reads} API reads (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
        `${readers.reduce((n, r) => n + r.regrouped, 0)} story reads found the story regrouped, 0 failed; ` +
        `killed pid ${evidence!.killedPid} holding the job (attempts ${evidence!.attemptsBefore}), retried by ${evidence!.retriedBy} ` +
        `(attempts ${evidence!.attemptsAfter}); ${failedAttempts.length} failed attempts retried by the queue`,
    );
    for (const f of failedAttempts.slice(0, 5)) t.diagnostic(f.slice(0, 300));

    healthy();
    for (const w of live) expectedEnd.add(w);
    for (const w of live) w.proc.kill('SIGTERM');
    const exits = await withTimeout(Promise.all(live.map((w) => w.exited)), 60_000, 'workers to stop on SIGTERM');
    for (const e of exits) assert.ok(e.code === 0 || e.signal === 'SIGTERM', `worker exit ${JSON.stringify(e)}`);
  });
});
