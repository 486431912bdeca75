import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { COMPACT_VERSION_FINGERPRINTED, citedClaims, compactStory, expandStory, fingerprint, pinnedRevision } from '../../src/analysis/compact.js';
import type { Claim } from '../../src/core/claim.js';
import type { Analysis, AnalysisArticle } from '../../src/analysis/types.js';
import { corpus } from './corpus.js';
import { mixedCorpus } from './mixed.js';

/** Claims as the store gives them back: parsed from their JSON, fresh objects. */
const stored = (claims: readonly Claim[]) => claims.map((c) => JSON.parse(JSON.stringify(c)) as Claim);
/** Every article read at its first revision. */
const FIRST = () => 1;
/** A stored claim list of one revision, as the store's reader hands it to pinnedRevision. */
const rev = (revision: number, claims: Claim[]) => ({ revision, claims: () => claims });

function roundTrip(articles: readonly AnalysisArticle[], result: Analysis) {
  const claimsOf = new Map(articles.map((a) => [a.doc.id, stored(a.claims)]));
  const summaries = new Map(result.articles.map((a) => [a.id, a]));
  return result.stories.map((s) => {
    const c = JSON.parse(JSON.stringify(compactStory(s, FIRST))) as ReturnType<typeof compactStory>;
    return { compact: c, story: expandStory(c, summaries, (i) => claimsOf.get(c.articles[i]!)!) };
  });
}

for (const [name, make] of [['German corpus', corpus], ['German and English corpus', mixedCorpus]] as const) {
  test(`${name}: a story rebuilt from its compact form and the stored claims is the story built`, () => {
    const articles = make();
    const result = analyze(articles);
    if (make === corpus) assert.ok(result.stories.some((s) => s.claimGroups.some((g) => g.scopeNotes.length + g.contradictions.length > 0)), 'notes are rebuilt too');
    for (const [i, r] of roundTrip(articles, result).entries()) {
      assert.equal(JSON.stringify(r.story), JSON.stringify(result.stories[i]));
    }
  });
}

test('the compact form cites claims instead of copying them: no claim text, timeline or note in it', () => {
  const articles = corpus();
  const result = analyze(articles);
  for (const s of result.stories) {
    const body = JSON.stringify(compactStory(s, FIRST));
    for (const g of s.claimGroups) {
      for (const n of g.scopeNotes) assert.ok(!body.includes(JSON.stringify(n.note).slice(1, -1)));
      assert.ok(!body.includes('"timeline"') && !body.includes('"bestRule"'));
    }
    const full = JSON.stringify(s);
    if (s.claimGroups.length > 0) assert.ok(body.length < full.length / 2, `${s.id}: ${body.length} vs ${full.length} bytes`);
  }
});

test('the reader picks the revision whose claims the run read, not a later one of the same article', () => {
  const articles = corpus();
  const result = analyze(articles);
  const story = result.stories.find((s) => s.claimGroups.length > 0)!;
  const c = compactStory(story, (id) => (id === story.articles[0] ? 2 : 1));
  const cited = citedClaims(c);
  const i = cited.findIndex((ids) => ids.length > 0);
  const id = c.articles[i]!;
  const readAt = i === 0 ? 2 : 1;
  const summary = result.articles.find((a) => a.id === id)!;
  const read = stored(articles.find((a) => a.doc.id === id)!.claims);
  // a later revision: the same claim ids, one figure changed
  const later = stored(read).map((x, k) => (k === 0 ? { ...x, value: { ...x.value, min: (x.value.min ?? 0) + 7, max: (x.value.max ?? 0) + 7 } } : x));
  assert.equal(pinnedRevision(c, i, summary, cited[i]!, [rev(readAt + 1, later), rev(readAt, read)]), read);
  assert.equal(pinnedRevision(c, i, summary, cited[i]!, [rev(readAt + 1, later)]), later, 'a single revision is taken as it is');
  assert.equal(pinnedRevision(c, i, summary, cited[i]!, [rev(readAt + 2, later), rev(readAt + 1, later)]), null, 'no stored revision is the one read');

  // a body written before revisions were named (version 2) pins each article by the fingerprint of its entries
  const entries = (doc: string) => story.claimGroups.flatMap((g) => g.claims).filter((e) => e.doc === doc);
  const { revisions: _, ...rest } = c;
  const old = { ...rest, v: COMPACT_VERSION_FINGERPRINTED, pins: story.articles.map((doc) => fingerprint(JSON.stringify(entries(doc)))) };
  assert.equal(pinnedRevision(old, i, summary, cited[i]!, [rev(7, later), rev(3, read)]), read, 'version 2: matched by its entries');
  assert.equal(pinnedRevision(old, i, summary, cited[i]!, [rev(7, later), rev(3, later)]), null);
});

test('a cited claim missing from the store leaves its entry out instead of failing', () => {
  const articles = corpus();
  const result = analyze(articles);
  const story = result.stories.find((s) => s.claimGroups.some((g) => g.claims.length > 1))!;
  const c = compactStory(story, FIRST);
  const summaries = new Map(result.articles.map((a) => [a.id, a]));
  const dropped = story.claimGroups.find((g) => g.claims.length > 1)!.claims[0]!;
  const rebuilt = expandStory(c, summaries, (k) => stored(articles.find((a) => a.doc.id === c.articles[k])!.claims).filter((x) => x.id !== dropped.claim || c.articles[k] !== dropped.doc));
  const before = story.claimGroups.reduce((n, g) => n + g.claims.length, 0);
  const after = rebuilt.claimGroups.reduce((n, g) => n + g.claims.length, 0);
  assert.equal(after, before - 1);
});
