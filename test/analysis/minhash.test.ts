import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MinHasher, compact, similarity } from '../../src/analysis/minhash.js';
import { LshIndex } from '../../src/analysis/lsh.js';
import { rng } from './generated.js';

function set(from: number, to: number): Uint32Array {
  return Uint32Array.from({ length: to - from }, (_, i) => (from + i) * 2654435761);
}

function estimate(h: MinHasher, a: Uint32Array, b: Uint32Array): number {
  const sa = new Uint16Array(h.size);
  const sb = new Uint16Array(h.size);
  compact(h.minima(a), sa);
  compact(h.minima(b), sb);
  return similarity(sa, 0, sb, 0, h.size);
}

test('MinHash estimates Jaccard similarity within sampling error', () => {
  const h = new MinHasher(256);
  // |A ∩ B| = 600, |A ∪ B| = 1400 → J = 0.43
  assert.ok(Math.abs(estimate(h, set(0, 1000), set(400, 1400)) - 600 / 1400) < 0.1);
  assert.ok(estimate(h, set(0, 500), set(10_000, 10_500)) < 0.05);
  assert.equal(estimate(h, set(0, 300), set(0, 300)), 1);
});

test('MinHash signatures are deterministic and refuse a size that is not a power of two', () => {
  const a = new MinHasher(64).minima(set(0, 50));
  const b = new MinHasher(64).minima(set(0, 50));
  assert.deepEqual(a, b);
  assert.throws(() => new MinHasher(60), /power of two/);
});

test('LSH banding returns similar documents as candidates and dissimilar ones rarely', () => {
  const h = new MinHasher(64);
  const lsh = new LshIndex(16, 2);
  const r = rng(7);
  const base = Array.from({ length: 400 }, () => Math.floor(r() * 2 ** 32));
  lsh.add(h.minima(Uint32Array.from(base)));
  for (let i = 0; i < 200; i++) lsh.add(h.minima(Uint32Array.from({ length: 400 }, () => Math.floor(r() * 2 ** 32))));
  // a near copy: 90 % of the shingles kept
  const near = Uint32Array.from([...base.slice(0, 360), ...Array.from({ length: 40 }, () => Math.floor(r() * 2 ** 32))]);
  const cands = lsh.candidates(h.minima(near));
  assert.ok(cands.includes(0));
  assert.ok(cands.length < 10, `${cands.length} candidates`);
});
