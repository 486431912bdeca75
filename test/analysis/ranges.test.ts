import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangesCompatible } from '../../src/analysis/reconcile.js';
import type { LedgerEntry } from '../../src/analysis/types.js';
import type { QuantityValue } from '../../src/core/quantity.js';

function entry(value: Partial<QuantityValue>): LedgerEntry {
  const v: QuantityValue = { min: null, max: null, minExclusive: false, maxExclusive: false, approx: false, vague: false, unit: null, ...value };
  // only the value matters to rangesCompatible; the rest is filler of the right shape
  return { value: v } as unknown as LedgerEntry;
}

test('an upper bound ("bis zu neun") agrees with any smaller figure', () => {
  assert.equal(rangesCompatible(entry({ max: 9 }), entry({ min: 4, max: 4 })), true);
  assert.equal(rangesCompatible(entry({ min: 4, max: 4 }), entry({ max: 9 })), true);
  assert.equal(rangesCompatible(entry({ max: 9 }), entry({ min: 0, max: 0 })), true);
});

test('an upper bound contradicts a clearly larger figure', () => {
  assert.equal(rangesCompatible(entry({ max: 9 }), entry({ min: 20, max: 20 })), false);
});

test('a lower bound agrees with larger figures and contradicts clearly smaller ones', () => {
  assert.equal(rangesCompatible(entry({ min: 1000, minExclusive: true }), entry({ min: 3000, max: 3000 })), true);
  assert.equal(rangesCompatible(entry({ min: 1000 }), entry({ min: 200, max: 999, vague: true })), true, 'vague 200–999 touches 1000 within tolerance');
  assert.equal(rangesCompatible(entry({ min: 1000 }), entry({ min: 30, max: 30 })), false);
});

test('two exact figures agree only within the tolerance', () => {
  assert.equal(rangesCompatible(entry({ min: 100, max: 100 }), entry({ min: 104, max: 104 })), true);
  assert.equal(rangesCompatible(entry({ min: 4, max: 4 }), entry({ min: 2, max: 2 })), false);
  assert.equal(rangesCompatible(entry({ min: 1100, max: 1100, approx: true }), entry({ min: 1250, max: 1250 })), true);
});
