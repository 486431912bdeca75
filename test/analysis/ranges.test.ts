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

import { reconcile } from '../../src/analysis/reconcile.js';

function report(id: string, source: string, date: string, n: number): LedgerEntry {
  return {
    claim: id, doc: id, outlet: null, date, text: String(n),
    value: { min: n, max: n, minExclusive: false, maxExclusive: false, approx: false, vague: false, unit: null },
    source: { key: `org:${source}`, label: source, kind: 'organisation', text: source },
    independenceKey: `org:${source}`, syndicatedFrom: null, speech: 'indirect', hedges: [],
    scope: { type: 'unspecified', text: null, from: null, to: null, per: null }, place: null,
  };
}

test('a count of missing people that falls days later is an update, not a contradiction', () => {
  const entries = [report('a', 'police', '2025-05-12T10:00:00Z', 5), report('b', 'fire brigade', '2025-05-14T10:00:00Z', 2)];
  const missing = reconcile({ id: 'g', label: 'missing', measure: 'missing', subject: { country: null, kind: 'people' }, place: null }, entries);
  assert.equal(missing.contradictions.length, 0);
  assert.match(missing.scopeNotes.map((n) => n.note).join('\n'), /fell/);
  // the same fall in a death toll is a contradiction: the dead do not come back
  const killed = reconcile({ id: 'g', label: 'killed', measure: 'killed', subject: { country: null, kind: 'people' }, place: null }, entries);
  assert.equal(killed.contradictions.length, 1);
});
