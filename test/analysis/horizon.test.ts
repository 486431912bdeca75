/**
 * Memory of the grouping indexes over a long stream follows a time horizon, not the stream: synthetic dated
 * articles (random words and figures, 100 a day for 60 days, every fifth a copy of the one before), counted in
 * articles held, not in time or bytes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument, type Document } from '../../src/core/document.js';
import { SyndicationIndex } from '../../src/analysis/syndication.js';
import { StoryIndex } from '../../src/analysis/stories.js';

const VOCAB = 'Stadt Rat Brücke Hafen Schule Wahl Gericht Bahn Klinik Markt Polizei Feuer Wasser Strom Haushalt Bürger Straße Verein Kreis Land'.split(' ');
const PER_DAY = 100;
const DAYS = 60;
const START = Date.parse('2025-01-01T00:00:00Z');

/** deterministic pseudo-random numbers (xorshift) */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function text(r: () => number): string {
  const sentences: string[] = [];
  for (let k = 0; k < 6; k++) {
    const ws: string[] = [];
    for (let w = 0; w < 9; w++) ws.push(VOCAB[Math.floor(r() * VOCAB.length)]!.toLowerCase());
    ws.push(String(100 + Math.floor(r() * 90000)));
    sentences.push(`Der ${VOCAB[Math.floor(r() * VOCAB.length)]} meldet ${ws.join(' ')}.`);
  }
  return sentences.join(' ');
}

function* stream(): Generator<Document> {
  const r = rng(42);
  let previous = '';
  for (let i = 0; i < PER_DAY * DAYS; i++) {
    const copy = i % 5 === 4;
    const body = copy ? previous : text(r);
    previous = body;
    const publishedAt = new Date(START + (i * 86_400_000) / PER_DAY).toISOString();
    yield makeDocument(body, { id: `a${i}`, language: 'de', outlet: `Blatt ${i % 7}`, publishedAt, title: null });
  }
}

test('the syndication index holds the articles of its horizon, not the stream, and still finds every copy', () => {
  const bounded = new SyndicationIndex({ horizonDays: 7 });
  const everything = new SyndicationIndex({ horizonDays: Infinity });
  let most = 0;
  for (const doc of stream()) {
    bounded.add(doc);
    everything.add(doc);
    most = Math.max(most, bounded.held);
  }
  const total = PER_DAY * DAYS;
  // the horizon's articles, plus those added between two sweeps (1024) and a day's slack
  assert.ok(most <= 7 * PER_DAY + 1024 + PER_DAY, `held at most ${most} articles`);
  assert.ok(bounded.held < total / 3, `held ${bounded.held} of ${total} at the end`);
  assert.equal(everything.held, total);
  assert.ok(bounded.heldPostings < everything.heldPostings / 3, `postings ${bounded.heldPostings} vs ${everything.heldPostings}`);
  // a copy is published within minutes of its original: the horizon changes nothing of the result
  assert.equal(bounded.links().length, total / 5);
  assert.deepEqual(bounded.links(), everything.links());
  assert.equal(bounded.size, total);
  assert.equal(bounded.groupOf('a4'), 'a3');
});

test('an undated article links to what the horizon holds, not to articles evicted before it came', () => {
  const docs = [...stream()];
  const idx = new SyndicationIndex({ horizonDays: 7 });
  const all = new SyndicationIndex({ horizonDays: Infinity });
  for (const d of docs) {
    idx.add(d);
    all.add(d);
  }
  const undated = (of: Document, id: string) => makeDocument(of.text, { id, language: 'de', outlet: 'Archiv', publishedAt: null, title: null });
  // a5999 is a copy of a5998 (every fifth article copies the one before); a10 is weeks behind the newest date
  const recent = docs[docs.length - 2]!;
  const old = docs[10]!;
  assert.deepEqual(idx.add(undated(recent, 'u-recent')).map((l) => l.a).sort(), ['a5998', 'a5999']);
  assert.deepEqual(idx.add(undated(old, 'u-old')), []);
  assert.equal(all.add(undated(old, 'u-old')).length > 0, true);
});

test('the story index frees the per-article data of swept articles', () => {
  const idx = new StoryIndex({ windowDays: 3 });
  let most = 0;
  for (const doc of stream()) {
    idx.add(doc);
    most = Math.max(most, idx.held);
  }
  // postings are swept twice the window behind the newest article, every 4096 articles
  assert.ok(most <= 2 * 3 * PER_DAY + 4096 + PER_DAY, `held at most ${most} articles`);
  assert.ok(idx.held < PER_DAY * DAYS / 2, `held ${idx.held} at the end`);
  assert.equal(idx.size, PER_DAY * DAYS);
  assert.equal(idx.storyOf('a0')?.startsWith('S-'), true);
});
