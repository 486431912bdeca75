/**
 * Time and score the cross-article analysis (syndication, stories, ledger) apart from claim extraction:
 *   node --import tsx scripts/bench-analysis.ts [--size 2000] [--seed 1] [--source realistic|simple] [--no-extract] [--claims-cache FILE]
 * Articles come from the corpus generator (src/generate, with ground truth); claims are extracted first
 * (timed apart), then analyze() runs over all of them. Prints CPU ms per article for analyze() and for the
 * two incremental indexes alone, and pairwise/B-cubed quality of stories and syndication against the truth.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Claim } from '../src/core/claim.js';
import type { Document } from '../src/core/document.js';
import { Corpus, toDocument, scoreClusters, labelsFromClusters } from '../src/generate/index.js';
import { analyze, StoryIndex, SyndicationIndex } from '../src/analysis/analyze.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    'no-extract': { type: 'boolean', default: false },
    /** realistic: src/generate (German/English news with truth); simple: test/analysis/generated.ts token soup */
    source: { type: 'string', default: 'realistic' },
    /** a JSON file of extracted claims per doc id: read when present, else written (extraction is slow) */
    'claims-cache': { type: 'string' },
  },
});
const size = Number(values.size);
// CPU time of this process (user + system), in ms: on a loaded machine wall-clock time measures the others too
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const docs: Document[] = [];
const storyTruth = new Map<string, string>();
const groupTruth = new Map<string, string>();
let t0 = now();
if (values.source === 'simple') {
  const { generateArticles } = await import('../test/analysis/generated.js');
  for (const g of generateArticles(size, { seed: Number(values.seed) })) {
    docs.push(g.doc);
    storyTruth.set(g.doc.id, String(g.event));
    groupTruth.set(g.doc.id, g.doc.id);
  }
} else {
  for (const a of new Corpus({ size, seed: Number(values.seed) }).articles()) {
    docs.push(toDocument(a));
    storyTruth.set(a.id, a.truth.story);
    groupTruth.set(a.id, a.truth.group);
  }
}
const tGen = now() - t0;

let extract: (d: Document) => Claim[] = () => [];
if (!values['no-extract']) extract = (await import('../src/claims/extract.js')).extractClaims;
const cachePath = values['claims-cache'];
const cached: Record<string, Claim[]> | null = cachePath && existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8')) : null;
t0 = now();
const articles = docs.map((doc) => {
  if (cached?.[doc.id]) return { doc, claims: cached[doc.id]! };
  try {
    return { doc, claims: extract(doc) };
  } catch {
    return { doc, claims: [] };
  }
});
const tExtract = now() - t0;
if (cachePath && !cached) writeFileSync(cachePath, JSON.stringify(Object.fromEntries(articles.map((a) => [a.doc.id, a.claims]))));
const claimCount = articles.reduce((n, a) => n + a.claims.length, 0);

t0 = now();
const synd = new SyndicationIndex();
for (const a of articles) synd.add(a.doc, a.claims);
const tSynd = now() - t0;
t0 = now();
const stories = new StoryIndex();
for (const a of articles) stories.add(a.doc, a.claims);
const tStories = now() - t0;

t0 = now();
const result = analyze(articles);
const tAnalyze = now() - t0;

const per = (ms: number) => `${ms.toFixed(0)} ms (${(ms / size).toFixed(3)} ms/article)`;
const storyScores = scoreClusters(storyTruth, labelsFromClusters(result.stories.map((s) => s.articles)));
// syndication truth: the original and its copies/rewrites; predicted: the articles of each group
const synGroups = result.syndication.map((g) => g.articles);
const synScores = scoreClusters(groupTruth, labelsFromClusters(synGroups));
const f = (x: number) => x.toFixed(3);
console.log(`articles ${size}, claims ${claimCount}, generate ${per(tGen)}, extract ${per(tExtract)}`);
console.log(`SyndicationIndex alone ${per(tSynd)}; StoryIndex alone ${per(tStories)}`);
console.log(`analyze() ${per(tAnalyze)}`);
console.log(`stories: ${result.stories.length} predicted, ${new Set(storyTruth.values()).size} true; pairwise P ${f(storyScores.pairwise.precision)} R ${f(storyScores.pairwise.recall)} F1 ${f(storyScores.pairwise.f1)}; B3 F1 ${f(storyScores.bcubed.f1)}`);
console.log(`syndication: ${synGroups.length} groups; pairwise P ${f(synScores.pairwise.precision)} R ${f(synScores.pairwise.recall)} F1 ${f(synScores.pairwise.f1)}`);
