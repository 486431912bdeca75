import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelsFromClusters, scoreClusters } from '../../src/generate/score.js';

const truth = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y'], ['e', 'y']]);

test('a perfect clustering scores 1 everywhere', () => {
  const s = scoreClusters(truth, labelsFromClusters([['a', 'b', 'c'], ['d', 'e']]));
  assert.deepEqual([s.pairwise.precision, s.pairwise.recall, s.bcubed.precision, s.bcubed.recall], [1, 1, 1, 1]);
});

test('finding nothing is precise and recalls nothing pairwise', () => {
  const s = scoreClusters(truth, new Map());
  assert.equal(s.pairwise.precision, 1);
  assert.equal(s.pairwise.recall, 0);
  assert.equal(s.bcubed.precision, 1);
  // B-cubed recall of singletons: (1/3 * 3 + 1/2 * 2) / 5
  assert.ok(Math.abs(s.bcubed.recall - 2 / 5) < 1e-12);
});

test('one merged cluster: pairwise precision = true pairs / all pairs', () => {
  const s = scoreClusters(truth, labelsFromClusters([['a', 'b', 'c', 'd', 'e']]));
  // true pairs: 3 + 1 = 4 of 10
  assert.ok(Math.abs(s.pairwise.precision - 0.4) < 1e-12);
  assert.equal(s.pairwise.recall, 1);
  // B-cubed precision: (3 * 3/5 + 2 * 2/5) / 5 = 13/25
  assert.ok(Math.abs(s.bcubed.precision - 13 / 25) < 1e-12);
});
