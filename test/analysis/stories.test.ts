/**
 * Story grouping on corpora made to split and to join: two events in one town in one week stay apart, one
 * event in two languages is one story, follow-ups with fewer figures join, and two real reports of one event
 * (from ../shared, skipped when absent) are one story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/analyze.js';
import { StoryIndex } from '../../src/analysis/stories.js';
import { makeDocument } from '../../src/core/document.js';
import { mixedCorpus, mixedDoc } from './mixed.js';

const sorted = (xs: readonly string[]) => [...xs].sort();

test('a flood and a football match in the same town and week are two stories; each joins its follow-up', () => {
  const a = analyze(mixedCorpus());
  const story = (id: string) => sorted(a.stories.find((s) => s.articles.includes(id))!.articles);
  assert.deepEqual(story('flood-1'), ['flood-1', 'flood-2']);
  assert.deepEqual(story('match-1'), ['match-1', 'match-2']);
});

test('one fire reported in German and in English is one story', () => {
  const a = analyze(mixedCorpus());
  assert.deepEqual(sorted(a.stories.find((s) => s.articles.includes('fire-de'))!.articles), ['fire-de', 'fire-en']);
  assert.equal(a.stories.length, 3);
});

test('grouping does not depend on claims being extracted: the mixed corpus without claims gives the same stories', () => {
  const bare = mixedCorpus().map((x) => ({ doc: x.doc, claims: [] }));
  const a = analyze(bare);
  assert.deepEqual(a.stories.map((s) => sorted(s.articles)).sort(), analyze(mixedCorpus()).stories.map((s) => sorted(s.articles)).sort());
});

test('articles further apart than the window are not linked, however similar', () => {
  const idx = new StoryIndex({ windowDays: 7 });
  const first = mixedDoc('flood1');
  const later = makeDocument(first.text, { ...first, id: 'flood-later', publishedAt: '2025-11-20T07:00:00Z' }, first.bodyStart);
  idx.add(first);
  assert.notEqual(idx.add(later), idx.storyOf('flood-1'));
});

test('the score hook reports a follow-up above the threshold and the other event below it', () => {
  const scores = new Map<string, number>();
  const idx = new StoryIndex({ onScore: (doc, earlier, score) => scores.set(`${doc}~${earlier}`, score) });
  for (const a of [...mixedCorpus()].sort((x, y) => x.doc.publishedAt!.localeCompare(y.doc.publishedAt!))) idx.add(a.doc, a.claims);
  assert.ok(scores.get('flood-2~flood-1')! >= 1, `flood follow-up scores ${scores.get('flood-2~flood-1')}`);
  assert.ok((scores.get('match-1~flood-1') ?? 0) < 1, `match vs flood scores ${scores.get('match-1~flood-1')}`);
});

const shared = join(process.cwd(), '..', 'shared', 'examples');
test('two real reports of one event (shared examples 001 and 002) are one story', { skip: existsSync(join(shared, '001.txt')) ? false : `no ${shared}` }, () => {
  const docs = ['001', '002'].map((n) => {
    const text = readFileSync(join(shared, `${n}.txt`), 'utf8');
    return makeDocument(text, { id: n, language: 'de', publishedAt: '2024-12-17T10:00:00Z', title: text.slice(0, text.indexOf('\n')) });
  });
  const a = analyze(docs.map((doc) => ({ doc, claims: [] })));
  assert.equal(a.stories.length, 1);
});
