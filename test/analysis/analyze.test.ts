import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { BEST_RULE } from '../../src/analysis/reconcile.js';
import { corpus } from './corpus.js';
import { formatAnalysisText } from '../../src/analysis/format.js';

const result = analyze(corpus());
const story = (doc: string) => result.stories.find((s) => s.articles.includes(doc))!;
const group = (doc: string, measure: string) => story(doc).claimGroups.find((g) => g.measure === measure)!;

test('the wire, its copy, its translation and both independent reports form one story; unrelated stories stay apart', () => {
  assert.deepEqual([...story('wire-de').articles].sort(), ['copy-de', 'indep-de', 'indep-en', 'rewrite-en', 'wire-de']);
  assert.deepEqual(story('flood-de').articles, ['flood-de']);
  assert.deepEqual(story('budget-en').articles, ['budget-en']);
  assert.equal(result.stories.length, 3);
});

test('syndication groups partition the articles: the copy is nested in the rewrite group, with passages at their positions', () => {
  assert.equal(result.syndication.length, 1);
  const copy = result.syndication[0]!;
  assert.equal(copy.kind, 'rewrite');
  assert.deepEqual(copy.copies, [['wire-de', 'copy-de']]);
  assert.ok(copy.evidence.links.some((l) => l.kind === 'copy' && l.a === 'wire-de' && l.b === 'copy-de'));
  const members = result.syndication.flatMap((g) => g.articles);
  assert.equal(new Set(members).size, members.length, 'no article in two groups');
  assert.ok(copy.evidence.sharedPassages.length >= 2);
  const docs = new Map(corpus().map((a) => [a.doc.id, a.doc.text]));
  for (const p of copy.evidence.sharedPassages) {
    assert.ok(p.text.split(/\s+/).length >= 8);
    for (const pos of p.positions) {
      // the passage stands at its position in each document (folded words agree; the text may differ in case)
      assert.equal(docs.get(pos.doc)!.slice(pos.start, pos.end).toLowerCase(), p.text.toLowerCase());
    }
  }
});

test('the English translation is detected as a rewrite by figures and speakers; independent reports are not syndicated', () => {
  const rewrite = result.syndication.find((g) => g.kind === 'rewrite')!;
  assert.deepEqual(rewrite.articles, ['wire-de', 'copy-de', 'rewrite-en']);
  for (const f of ['14', '52', '310']) assert.ok(rewrite.evidence.sharedFigures.includes(f), f);
  assert.ok(rewrite.evidence.sharedSpeakers.includes('person:ihor terekhov'));
  const syndicated = new Set(result.syndication.flatMap((g) => g.articles));
  assert.ok(!syndicated.has('indep-de') && !syndicated.has('indep-en'));
});

test('story independence counts the syndicated articles once', () => {
  assert.equal(story('wire-de').independentSources, 3);
  const summary = result.articles.find((a) => a.id === 'rewrite-en')!;
  assert.equal(summary.original, 'wire-de');
});

test('killed: one mayor across languages and copies, UCDP low/best/high over the latest figure of each source', () => {
  const g = group('wire-de', 'killed');
  assert.equal(g.claims.length, 10);
  // mayor (Terechow = Terekhov), governor, prosecutor's office
  assert.equal(g.independentSources, 3);
  assert.equal(g.estimateScope, 'unspecified');
  // mayor's latest word is 16 (revised from 14), the prosecutor says 13: median 14.5 → 15
  assert.equal(g.low, 13);
  assert.equal(g.high, 16);
  assert.equal(g.best, 15);
  assert.equal(g.bestRule, BEST_RULE);
  assert.match(g.bestRule, /median/);
  assert.ok(g.contradictions.some((c) => c.claims.includes('indep-de#2') && c.claims.includes('indep-en#1')));
  // the cumulative 310 since January and the weekly 40 are explained, not flagged
  assert.ok(g.scopeNotes.some((n) => /cumulative/.test(n.note) && n.claims.some((c) => c.endsWith('#3'))));
  assert.ok(g.scopeNotes.some((n) => n.claims.includes('indep-de#4')));
  assert.ok(!g.contradictions.some((c) => c.claims.includes('indep-de#4')));
  const mayor = g.timeline.find((t) => t.source === 'person:ihor terekhov')!;
  assert.deepEqual(mayor.points.map((p) => p.max), [14, 14, 14, 14, 16]);
  const dates = mayor.points.map((p) => p.date!);
  assert.deepEqual(dates, [...dates].sort());
});

test('wounded: a later lower figure contradicts, a later higher one is an update', () => {
  const g = group('wire-de', 'wounded');
  assert.equal(g.independentSources, 3);
  assert.ok(g.contradictions.some((c) => c.claims.includes('indep-en#2')));
  assert.ok(!g.contradictions.some((c) => c.claims.includes('indep-de#3') && !c.claims.includes('indep-en#2')));
  assert.ok(g.scopeNotes.some((n) => n.claims.includes('indep-de#3') && /grew/.test(n.note)));
  assert.equal(g.low, 3);
  assert.equal(g.high, 61);
});

test('the anonymous US military official in German and English is one source', () => {
  const g = group('wire-de', 'other');
  assert.equal(g.claims.length, 2);
  assert.equal(g.independentSources, 1);
  assert.equal(new Set(g.claims.map((c) => c.source.key)).size, 1);
  assert.equal(g.highOpen, true);
  assert.equal(g.low, 1000);
});

test('analysis is independent of input order', () => {
  const shuffled = corpus().reverse();
  const again = analyze(shuffled);
  assert.deepEqual(
    again.stories.map((s) => [...s.articles].sort()).sort(),
    result.stories.map((s) => [...s.articles].sort()).sort(),
  );
  assert.deepEqual(again.syndication.map((g) => g.articles), result.syndication.map((g) => g.articles));
});

test('duplicate document ids are refused with the id named', () => {
  const c = corpus();
  assert.throws(() => analyze([c[0]!, c[0]!]), /duplicate document id "wire-de"/);
});

test('scope notes and the text report print dates as YYYY-MM-DD, not raw timestamps', () => {
  const notes = result.stories.flatMap((s) => s.claimGroups.flatMap((g) => g.scopeNotes.map((n) => n.note)));
  assert.ok(notes.some((n) => /\b2025-03-1\d\b/.test(n)), 'notes carry dates');
  for (const n of notes) assert.doesNotMatch(n, /\d{4}-\d\d-\d\dT\d\d/, n);
  const text = formatAnalysisText(result);
  assert.doesNotMatch(text, /\d{4}-\d\d-\d\dT\d\d/);
  assert.match(text, /copies inside: wire-de, copy-de/);
});
