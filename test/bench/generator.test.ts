import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../src/generate/corpus.js';
import { MEASURES } from '../../src/core/claim.js';

const HEADER = /^title: [^\n]+\noutlet: [^\n]+\nurl: [^\n]+\npublished: [^\n]+\nlanguage: (de|en)\n\n/;

test('the same seed gives the same articles, in any order of access', () => {
  const a = new Corpus({ size: 600, seed: 42 });
  const b = new Corpus({ size: 600, seed: 42 });
  const streamed = [...a.articles(0, 600)];
  for (const i of [599, 0, 321, 17, 450]) {
    assert.deepEqual(b.article(i), streamed[i], `article ${i} differs between streaming and random access`);
  }
  const other = new Corpus({ size: 600, seed: 43 });
  const same = [0, 1, 2, 3, 4].filter((i) => other.article(i).text === streamed[i]!.text).length;
  assert.equal(same, 0, 'a different seed must give different texts');
});

test('copies and rewrites appear at the configured rates and point to an earlier original of the same story', () => {
  const corpus = new Corpus({ size: 6000, seed: 5, copyRate: 0.2, rewriteRate: 0.1 });
  let copies = 0;
  let rewrites = 0;
  for (const a of corpus.articles()) {
    const t = a.truth;
    if (t.role === 'original') {
      assert.equal(t.group, t.id);
      assert.equal(t.of, null);
      continue;
    }
    if (t.role === 'copy') copies++;
    else rewrites++;
    const of = Number(t.of!.slice(corpus.idPrefix.length));
    assert.ok(of < a.index, `${t.id} copies a later article ${t.of}`);
    const orig = corpus.article(of);
    assert.equal(orig.truth.role, 'original');
    assert.equal(t.group, orig.id);
    assert.equal(t.story, orig.truth.story);
    assert.equal(t.language, orig.truth.language);
  }
  assert.ok(Math.abs(copies / 6000 - 0.2) < 0.02, `copy rate ${copies / 6000}`);
  assert.ok(Math.abs(rewrites / 6000 - 0.1) < 0.015, `rewrite rate ${rewrites / 6000}`);
});

test('a copy keeps most paragraphs verbatim; a rewrite keeps the figures but not the wording', () => {
  const corpus = new Corpus({ size: 3000, seed: 9 });
  const paragraphs = (text: string, bodyStart: number) => text.slice(bodyStart).split('\n\n').map((p) => p.replace(/^\S+ \(\w+\) – /, '').trim());
  let checkedCopy = 0;
  let checkedRewrite = 0;
  for (const a of corpus.articles(0, 3000)) {
    if (a.truth.role === 'original') continue;
    const o = corpus.article(Number(a.truth.of!.slice(1)));
    const mine = paragraphs(a.text, a.bodyStart);
    const theirs = new Set(paragraphs(o.text, o.bodyStart));
    const shared = mine.filter((p) => theirs.has(p)).length / mine.length;
    const figures = new Set(o.truth.claims.map((c) => c.measure));
    if (a.truth.role === 'copy') {
      assert.ok(shared >= 0.5, `copy ${a.id} shares only ${shared} of its paragraphs with ${o.id}`);
      checkedCopy++;
    } else {
      assert.ok(shared < 0.9, `rewrite ${a.id} is nearly verbatim (${shared})`);
      assert.ok(a.truth.claims.every((c) => figures.has(c.measure)), `rewrite ${a.id} reports a measure its original does not`);
      checkedRewrite++;
    }
  }
  assert.ok(checkedCopy > 100 && checkedRewrite > 50);
});

test('every article has a valid header block and planted figures at their offsets', () => {
  const corpus = new Corpus({ size: 1500, seed: 3, englishRate: 0.3 });
  let last = '';
  let english = 0;
  for (const a of corpus.articles()) {
    const m = HEADER.exec(a.text);
    assert.ok(m, `${a.id}: header block missing:\n${a.text.slice(0, 200)}`);
    assert.equal(a.bodyStart, m[0].length);
    const published = /published: (\S+)/.exec(a.text)![1]!;
    assert.equal(published, a.meta.publishedAt);
    assert.equal(m[1], a.meta.language);
    assert.ok(!Number.isNaN(Date.parse(published)), `${a.id}: bad date ${published}`);
    assert.ok(published >= last, 'publication dates must not go backwards');
    last = published;
    assert.doesNotThrow(() => new URL(a.meta.url));
    assert.ok(a.truth.claims.length > 0, `${a.id} has no planted figure`);
    for (const c of a.truth.claims) {
      assert.equal(a.text.slice(c.span.start, c.span.end), c.text);
      assert.ok(c.span.start >= a.bodyStart);
      assert.ok(MEASURES.includes(c.measure));
    }
    if (a.meta.language === 'en') english++;
  }
  assert.ok(english > 200 && english < 700, `english share ${english / 1500}`);
});

test('stories have several articles over more than one day', () => {
  const corpus = new Corpus({ size: 4000, seed: 11, perDay: 1000 });
  const days = new Map<string, Set<string>>();
  for (const a of corpus.articles()) {
    const d = days.get(a.truth.story) ?? new Set();
    d.add(a.meta.publishedAt.slice(0, 10));
    days.set(a.truth.story, d);
  }
  const multiDay = [...days.values()].filter((d) => d.size > 1).length;
  const sizes = new Map<string, number>();
  for (const a of corpus.articles()) sizes.set(a.truth.story, (sizes.get(a.truth.story) ?? 0) + 1);
  const mean = 4000 / sizes.size;
  assert.ok(multiDay > 50, `only ${multiDay} stories span several days`);
  assert.ok(mean > 3 && mean < 15, `mean story size ${mean}`);
});

test('bad options are refused with a clear message', () => {
  assert.throws(() => new Corpus({ size: -1 }), /size/);
  assert.throws(() => new Corpus({ size: 10, start: 'yesterday' }), /start/);
  assert.throws(() => new Corpus({ size: 10, copyRate: 0.8, rewriteRate: 0.5 }), /copyRate/);
  assert.throws(() => new Corpus({ size: 10 }).article(10), /out of range/);
});
