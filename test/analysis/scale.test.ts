import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryIndex } from '../../src/analysis/stories.js';
import { SyndicationIndex } from '../../src/analysis/syndication.js';
import { generateArticles } from './generated.js';

const N = 3000;

test(`story grouping of ${N} generated articles compares far fewer than n²/2 pairs and recovers the events`, () => {
  const idx = new StoryIndex();
  const events: number[] = [];
  for (const { doc, event } of generateArticles(N)) {
    idx.add(doc);
    events.push(event);
  }
  const allPairs = (N * (N - 1)) / 2;
  assert.ok(idx.stats.comparisons < allPairs / 20, `${idx.stats.comparisons} comparisons for ${allPairs} pairs`);
  // purity: the articles of one event end up in one story, and stories do not mix events
  const stories = idx.stories();
  let split = 0;
  const byEvent = new Map<number, Set<string>>();
  events.forEach((e, i) => {
    const s = idx.storyOf(`g${i}`)!;
    let set = byEvent.get(e);
    if (!set) byEvent.set(e, (set = new Set()));
    set.add(s);
  });
  for (const set of byEvent.values()) if (set.size > 1) split++;
  let mixed = 0;
  for (const ids of stories.values()) if (new Set(ids.map((id) => events[Number(id.slice(1))])).size > 1) mixed++;
  assert.ok(split <= byEvent.size * 0.05, `${split} of ${byEvent.size} events split`);
  assert.equal(mixed, 0);
});

test(`syndication over ${N} generated articles examines a bounded number of candidates and finds no false copies`, () => {
  const idx = new SyndicationIndex();
  for (const { doc } of generateArticles(N)) idx.add(doc);
  assert.ok(idx.stats.candidatePairs < (N * (N - 1)) / 2 / 50, `${idx.stats.candidatePairs} candidate pairs`);
  // generated articles of one event share words but no passages: none is a copy of another
  assert.equal(idx.links().filter((l) => l.kind === 'copy').length, 0);
});
