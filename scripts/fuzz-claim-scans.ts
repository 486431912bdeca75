/**
 * Fuzz driver for the claim regex scans (src/claims/pattern.ts): runs the properties of test/claims/pattern.test.ts
 * with random seeds and wider text pieces, in a worker under a watchdog, and reports any scan that takes too long
 * with its seed, regex and text. A hang of the scan loop and a regex that backtracks look the same from outside:
 * for a slow text the driver then times each regex alone with a plain exec (no scan loop) to tell them apart.
 *
 * Usage: node --import tsx scripts/fuzz-claim-scans.ts [seconds=60] [limitMs=5000] [seed]
 *   seconds: how long to fuzz; limitMs: how long one text may take on one regex before it counts as a hang;
 *   seed: replay one seed (prints every property's result for it).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { scanAll, scanAllBy, scanLabelled, hasWordMatch, type LabelledRegex } from '../src/claims/pattern.js';
// the claim regexes and the reference scan of the unit tests
import { claimRegexes as claimRegexesOf, literalWords, plainScan, SCAN_PIECES } from '../test/claims/scan-cases.js';

interface Named {
  name: string;
  lr: LabelledRegex<unknown>;
}

function claimRegexes(): Named[] {
  return (['de', 'en'] as const).flatMap((code) => claimRegexesOf(code).map(([name, lr]) => ({ name: `${code} ${name}`, lr })));
}


/** words taken from the pattern literals themselves, so that near-misses are likely */
function vocabularyOf(list: Named[]): string[] {
  return [...new Set(list.flatMap(({ lr }) => literalWords(lr.re)))];
}

const SEPARATORS = [' ', ' ', ' ', '  ', '   ', '-', '\n', ', ', '. ', ' „', '“ ', '"', "'", ' (', ') ', ': ', '–', ' – ', '/', '\u00a0'];
const ODD = ['𝐀', 'ſ', 'ß', 'ẞ', 'İ', 'K', 'x', 'ü', '42', '1.200', '3,5', '2024', '10.000', '½', '٣'];

function textArbs(vocab: string[]): Array<[string, fc.Arbitrary<string>]> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...vocab) },
    { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  );
  // a run of one word with one separator: the shape that makes nested repetitions backtrack
  const run = fc
    .tuple(fc.constantFrom(...vocab, ...ODD), fc.constantFrom(...SEPARATORS), fc.integer({ min: 2, max: 60 }))
    .map(([w, sep, n]) => Array.from({ length: n }, () => w).join(sep));
  return [
    ['test pieces', fc.array(fc.constantFrom(...SCAN_PIECES), { maxLength: 40 }).map((a) => a.join(''))],
    ['vocabulary', fc.array(piece, { maxLength: 80 }).map((a) => a.join(''))],
    ['runs', fc.array(fc.oneof(run, piece), { maxLength: 12 }).map((a) => a.join(''))],
  ];
}

// ---- watchdog protocol: the worker writes what it is doing into shared memory before each scan ----
const MAX_TEXT = 1 << 16;
// state: [0] counter, [1] regex index, [2] text length, [3] check index, [4] seed, [5] arbitrary index
type Shared = { state: Int32Array; text: Uint16Array };
const CHECKS = ['scanAllBy sticky', 'scanAllBy global', 'scanAll', 'scanLabelled', 'hasWordMatch', 'plain exec scan'];

function runWorker(shared: Shared, seeds: number[], vocab: string[]): void {
  const list = claimRegexes();
  const arbs = textArbs(vocab);
  const mark = (ri: number, ci: number, text: string) => {
    const n = Math.min(text.length, MAX_TEXT);
    for (let i = 0; i < n; i++) shared.text[i] = text.charCodeAt(i);
    Atomics.store(shared.state, 1, ri);
    Atomics.store(shared.state, 2, n);
    Atomics.store(shared.state, 3, ci);
    Atomics.add(shared.state, 0, 1);
  };
  for (const seed of seeds) {
    Atomics.store(shared.state, 4, seed);
    for (let ai = 0; ai < arbs.length; ai++) {
      Atomics.store(shared.state, 5, ai);
      for (let ri = 0; ri < list.length; ri++) {
        const { lr } = list[ri]!;
        const re = lr.re;
        const r = fc.check(
          fc.property(arbs[ai]![1], (text) => {
            mark(ri, 0, text);
            const sticky = scanAllBy('sticky', re, text, 0, text.length);
            mark(ri, 1, text);
            const global = scanAllBy('global', re, text, 0, text.length);
            mark(ri, 2, text);
            const all = scanAll(re, text, 0, text.length);
            mark(ri, 5, text);
            const plain = plainScan(lr, text);
            const want = JSON.stringify(plain.map((h) => [h.start, h.end]));
            if (JSON.stringify(sticky) !== want || JSON.stringify(global) !== want || JSON.stringify(all) !== want) return false;
            if (lr.labels.length) {
              mark(ri, 3, text);
              const hits = scanLabelled(lr, text, 0, text.length);
              if (hits.length !== plain.length || hits.some((h, i) => h.start !== plain[i]!.start || h.end !== plain[i]!.end || h.label !== lr.labels[plain[i]!.label])) return false;
            }
            mark(ri, 4, text);
            return hasWordMatch(re, text, 0, text.length, () => true) === plain.length > 0;
          }),
          { numRuns: 300, seed },
        );
        if (r.failed) parentPort!.postMessage({ kind: 'mismatch', seed, regex: list[ri]!.name, arb: arbs[ai]![0], text: r.counterexample?.[0] });
      }
    }
    parentPort!.postMessage({ kind: 'seed-done', seed });
  }
  parentPort!.postMessage({ kind: 'done' });
}

/** time each check of one regex on one text, each in its own worker (a hang must not stop the others) */
async function classify(regex: number, text: string, limitMs: number): Promise<void> {
  const list = claimRegexes();
  console.log(`  classifying on ${list[regex]!.name}:`);
  for (const check of ['plain exec scan', 'one exec from 0', 'scanAllBy sticky', 'scanAllBy global', 'scanAll']) {
    const r = await inWorker({ mode: 'time', regex, text, check }, limitMs);
    console.log(`    ${check.padEnd(18)} ${r === null ? `> ${limitMs} ms (killed)` : `${r.toFixed(1)} ms`}`);
  }
}

/**
 * A worker running this file: Node 20 resolves a worker's entry before any --import hook, so tsx is registered
 * in the worker's own thread first (as src/core/worker-boot.mjs does).
 */
function selfWorker(data: object): Worker {
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

function inWorker(data: object, limitMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const w = selfWorker(data);
    const timer = setTimeout(() => {
      void w.terminate();
      resolve(null);
    }, limitMs);
    w.on('message', (ms: number) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(ms);
    });
    w.on('error', (e) => {
      clearTimeout(timer);
      console.log('    worker error', e);
      resolve(null);
    });
  });
}

function timeOne(data: { regex: number; text: string; check: string }): number {
  const { lr } = claimRegexes()[data.regex]!;
  const t = data.text;
  const t0 = performance.now();
  if (data.check === 'plain exec scan') plainScan(lr, t);
  else if (data.check === 'one exec from 0') new RegExp(lr.re.source, lr.re.flags).exec(t);
  else if (data.check === 'scanAllBy sticky') scanAllBy('sticky', lr.re, t, 0, t.length);
  else if (data.check === 'scanAllBy global') scanAllBy('global', lr.re, t, 0, t.length);
  else scanAll(lr.re, t, 0, t.length);
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 60);
  const limitMs = Number(process.argv[3] ?? 5000);
  const replay = process.argv[4] !== undefined ? [Number(process.argv[4])] : null;
  const list = claimRegexes();
  const vocab = vocabularyOf(list);
  console.log(`${list.length} regexes, ${vocab.length} literal words; fuzzing ${seconds} s, limit ${limitMs} ms per scan`);
  const deadline = Date.now() + seconds * 1000;
  let slow = 0;
  let seedsDone = 0;
  while (Date.now() < deadline) {
    const seeds = replay ?? Array.from({ length: 1000 }, () => (Math.random() * 2 ** 31) | 0);
    const shared: Shared = { state: new Int32Array(new SharedArrayBuffer(6 * 4)), text: new Uint16Array(new SharedArrayBuffer(MAX_TEXT * 2)) };
    const w = selfWorker({ mode: 'fuzz', shared, seeds, vocab });
    const outcome = await new Promise<'hang' | 'done' | 'time'>((resolve) => {
      let last = -1;
      let since = Date.now();
      const tick = setInterval(() => {
        const c = Atomics.load(shared.state, 0);
        if (c !== last) (last = c), (since = Date.now());
        else if (Date.now() - since > limitMs) return finish('hang');
        if (Date.now() > deadline) finish('time');
      }, 100);
      const finish = (o: 'hang' | 'done' | 'time') => {
        clearInterval(tick);
        resolve(o);
      };
      w.on('message', (msg: { kind: string; seed?: number; regex?: string; arb?: string; text?: string }) => {
        if (msg.kind === 'done') finish('done');
        else if (msg.kind === 'seed-done') seedsDone++;
        else console.log(`MISMATCH seed ${msg.seed} ${msg.regex} (${msg.arb}): ${JSON.stringify(msg.text)}`);
      });
      w.on('error', (e) => {
        console.log('worker error', e);
        finish('done');
      });
    });
    if (outcome === 'hang') {
      slow++;
      const n = Atomics.load(shared.state, 2);
      const text = String.fromCharCode(...shared.text.subarray(0, n));
      const ri = Atomics.load(shared.state, 1);
      const seed = Atomics.load(shared.state, 4);
      const arb = textArbs(vocab)[Atomics.load(shared.state, 5)]![0];
      console.log(`SLOW seed ${seed} arbitrary "${arb}" regex ${list[ri]!.name} check ${CHECKS[Atomics.load(shared.state, 3)]} text ${JSON.stringify(text)}`);
      await w.terminate();
      await classify(ri, text, limitMs);
    } else await w.terminate();
    if (replay) break;
  }
  console.log(`${seedsDone} seeds x ${textArbs(vocab).length} arbitraries x ${list.length} regexes x 300 texts; ${slow} slow`);
  process.exit(slow ? 1 : 0);
}

if (isMainThread) await main();
else if (workerData.mode === 'fuzz') runWorker(workerData.shared, workerData.seeds, workerData.vocab);
else parentPort!.postMessage(timeOne(workerData));
