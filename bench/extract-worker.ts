/**
 * One extraction worker thread (started through worker-boot.mjs): generates its slice of the corpus,
 * says ready, waits for "go", extracts everything once and reports its time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { guard, loadExtractClaims, loadQuantities, type Failures } from './engines.js';
import { prepare } from './extraction.js';

const { from, count, seed } = workerData as { from: number; count: number; seed: number; entry: string };
const samples = prepare(count, seed, from);
const claims = await loadExtractClaims();
const quantities = claims.ok ? null : await loadQuantities();
const failures: Failures = { count: 0, first: null };
const claimsFn = claims.ok ? guard(claims.value, [], failures) : null;
const quantitiesFn = quantities?.ok ? guard(quantities.value, [], failures) : null;
const run = claimsFn
  ? (i: number) => claimsFn(samples[i]!.doc).length
  : quantitiesFn ? (i: number) => quantitiesFn(samples[i]!.text, samples[i]!.doc.language ?? 'de', null).length : null;
if (!run) {
  parentPort!.postMessage({ type: 'error', error: 'neither extractClaims nor extractQuantities is available' });
} else {
  // warm-up on articles of another seed, not measured (JIT, lazy tables, first words of the memos): the measured
  // pass reads texts it has not seen, as a news stream does
  const warm = prepare(Math.min(500, count), seed + 1000, from);
  for (const w of warm) (claimsFn ? claimsFn(w.doc) : quantitiesFn!(w.text, w.doc.language ?? 'de', null));
  parentPort!.postMessage({ type: 'ready', extractor: claims.ok ? 'extractClaims' : 'extractQuantities (extractClaims unavailable)' });
  parentPort!.once('message', () => {
    const t0 = process.hrtime.bigint();
    let items = 0;
    for (let i = 0; i < samples.length; i++) items += run(i);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    parentPort!.postMessage({ type: 'done', seconds, bytes: samples.reduce((n, s) => n + s.bytes, 0), articles: samples.length, items, failures });
  });
}
