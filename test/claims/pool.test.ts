/**
 * The extraction pool: the same claims as extractClaims on the calling thread, in input order, one outcome per
 * document (an error or a dead worker fails only its document), bounded read-ahead, and a clean shutdown.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument, type Document } from '../../src/core/document.js';
import { extractClaims } from '../../src/claims/extract.js';
import { ExtractPool, type ExtractOutcome } from '../../src/claims/pool.js';
import { ENGINE_VERSION } from '../../src/version.js';
import { claimParts } from '../../src/store/claim-row.js';

const ORTE = ['Halle', 'Bamberg', 'Cottbus', 'Siegen', 'Wismar'];

/** Own sentences: a figure with a source and a place, varied per index so that every claim list differs. */
function doc(i: number, id = `p${i}`): Document {
  const ort = ORTE[i % ORTE.length];
  const text = [
    `Bei einem Brand in ${ort} sind nach Angaben der Polizei ${i + 2} Menschen verletzt worden.`,
    `Ein Sprecher der Feuerwehr sagte, etwa ${(i + 1) * 40} Bewohner seien in Sicherheit gebracht worden.`,
    i % 3 === 0 ? `Der Schaden liegt laut Gutachtern bei ${i + 1},5 Millionen Euro.` : 'Die Ursache ist noch unklar.',
  ].join(' ');
  return makeDocument(text, { id, language: 'de', publishedAt: '2024-03-0' + (1 + (i % 9)), outlet: 'Testblatt', url: null, title: null }, 0);
}

function claimsOf(o: ExtractOutcome | null | undefined) {
  assert.ok(o && o.ok, o && !o.ok ? o.error.message : 'no outcome');
  return o.claims;
}

describe('extraction pool', () => {
  const pools: ExtractPool[] = [];
  const open = (opts: ConstructorParameters<typeof ExtractPool>[0]) => {
    const p = new ExtractPool(opts);
    pools.push(p);
    return p;
  };
  after(async () => {
    for (const p of pools) await p.close();
  });

  it('gives the claims extractClaims gives, in input order, with 2 threads as with 1', async () => {
    const docs = Array.from({ length: 40 }, (_, i) => doc(i));
    const expected = docs.map((d) => JSON.parse(JSON.stringify(extractClaims(d))));
    assert.ok(expected.some((c) => c.length > 0), 'the sample articles have claims');
    for (const threads of [1, 2]) {
      const pool = open({ threads, perWorker: 3 });
      const got = await pool.extractAll(docs);
      assert.equal(got.length, docs.length);
      got.forEach((o, i) => {
        assert.deepEqual(claimsOf(o), expected[i], `document ${i} with ${threads} thread(s)`);
        assert.equal(o.ok && o.engineVersion, ENGINE_VERSION);
      });
      await pool.close();
    }
  });

  it('prepares the store parts of the claims extractClaims gives (JSON made on the worker), with 2 threads as with 1', async () => {
    const docs = Array.from({ length: 30 }, (_, i) => doc(i));
    const expected = docs.map((d) => extractClaims(d).map(claimParts));
    for (const threads of [1, 2]) {
      const pool = open({ threads, perWorker: 4 });
      const got = await Promise.all(docs.map((d) => pool.prepare(d)));
      got.forEach((o, i) => {
        assert.ok(o.ok, !o.ok ? o.error.message : '');
        assert.deepEqual(o.prepared.parts, expected[i], `document ${i} with ${threads} thread(s)`);
        assert.equal(o.prepared.engineVersion, ENGINE_VERSION);
        assert.deepEqual(o.prepared.claims, JSON.parse(JSON.stringify(extractClaims(docs[i]!))));
      });
      // a worker answering with claim objects (the crash test worker) is prepared on this thread
      const crashPool = open({ threads, perWorker: 4, entry: new URL('./pool-crash-worker.ts', import.meta.url) });
      const plain = await crashPool.prepare(docs[0]!);
      assert.ok(plain.ok && plain.prepared.parts.length > 0 && plain.prepared.parts.every((p) => typeof p[7] === 'string'));
      await pool.close();
      await crashPool.close();
    }
  });

  it('fails only the document whose extraction throws', async () => {
    const pool = open({ threads: 2 });
    const bad = { ...doc(1, 'bad'), text: 42 } as unknown as Document;
    const got = await pool.extractAll([doc(0), bad, doc(2)]);
    assert.equal(got[0]!.ok, true);
    assert.equal(got[1]!.ok, false);
    assert.ok(!got[1]!.ok && got[1]!.error instanceof Error && got[1]!.error.message.length > 0);
    assert.deepEqual(claimsOf(got[2]), JSON.parse(JSON.stringify(extractClaims(doc(2)))));
  });

  it('loses only the document a worker died on; the others are re-sent and a new worker takes over', async () => {
    const pool = open({ threads: 2, perWorker: 4, entry: new URL('./pool-crash-worker.ts', import.meta.url) });
    const docs = Array.from({ length: 30 }, (_, i) => (i === 5 || i === 17 ? doc(i, `crash${i}`) : doc(i)));
    const got = await pool.extractAll(docs);
    got.forEach((o, i) => {
      if (i === 5 || i === 17) {
        assert.equal(o.ok, false, `document ${i}`);
        assert.match(!o.ok ? o.error.message : '', /worker died on this document/);
      } else {
        assert.equal(o.ok, true, `document ${i}: ${!o.ok ? o.error.message : ''}`);
        // the digit extractor of the crash worker: one claim per run of digits, tagged with its document
        assert.ok(o.ok && o.claims.length > 0 && o.claims.every((c) => c.doc === docs[i]!.id));
      }
    });
    // still usable afterwards
    assert.equal((await pool.extract(doc(99))).ok, true);
  });

  it('fails every document with the cause when the workers cannot start', async () => {
    const pool = open({ threads: 2, entry: new URL('./pool-broken-worker.ts', import.meta.url) });
    const got = await pool.extractAll([doc(0), doc(1), doc(2)]);
    for (const o of got) {
      assert.equal(o.ok, false);
      assert.match(!o.ok ? o.error.message : '', /could not start.*: .*engine failed to load/);
    }
    const later = await pool.extract(doc(3));
    assert.equal(later.ok, false);
  });

  it('streams in input order and reads no further ahead than its window', async () => {
    const pool = open({ threads: 2, perWorker: 2 });
    let read = 0;
    let maxAhead = 0;
    let handed = 0;
    function* source() {
      for (let i = 0; i < 25; i++) {
        read++;
        maxAhead = Math.max(maxAhead, read - handed);
        yield i;
      }
    }
    const order: number[] = [];
    // every fourth item passes through without a document
    for await (const { item, outcome } of pool.map(source(), (i) => (i % 4 === 3 ? null : doc(i)), 5)) {
      handed++;
      order.push(item);
      if (item % 4 === 3) assert.equal(outcome, null);
      else assert.deepEqual(claimsOf(outcome), JSON.parse(JSON.stringify(extractClaims(doc(item)))));
    }
    assert.deepEqual(order, Array.from({ length: 25 }, (_, i) => i));
    assert.ok(maxAhead <= 6, `read ${maxAhead} items ahead with a window of 5`);
  });

  it('waits for the documents it was given when closed, and refuses new ones after', async () => {
    const pool = open({ threads: 2 });
    const pending = pool.extractAll(Array.from({ length: 10 }, (_, i) => doc(i)));
    await pool.close();
    assert.equal(pool.pending, 0);
    for (const o of await pending) assert.equal(o.ok, true);
    const late = await pool.extract(doc(1));
    assert.equal(late.ok, false);
    assert.match(!late.ok ? late.error.message : '', /closed/);
  });
});
