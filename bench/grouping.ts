/**
 * Syndication and story grouping as the corpus grows: every article goes through the incremental
 * SyndicationIndex and StoryIndex (src/analysis) in publication order. Generation and claim extraction
 * are timed apart from the grouping; checkpoints show the cost per 1,000 articles as the indexes fill,
 * which must stay flat (near-linear total). Quality is scored against the generator's ground truth.
 */
import type { Claim } from '../src/core/claim.js';
import { Corpus, scoreClusters, toDocument, type ClusterScores } from '../src/generate/index.js';
import { guard, loadExtractClaims, loadIndexes, type Failures } from './engines.js';
import { MemorySampler, type MemoryReport } from './memory.js';

export interface GroupingArgs {
  size: number;
  seed: number;
  /** false: give the indexes no claims (measures the grouping alone, as before extraction exists) */
  extract: boolean;
}

export interface GroupingCheckpoint {
  articles: number;
  syndicationMsPer1k: number;
  storyMsPer1k: number;
  /** earlier articles each new article of this tenth was scored against (flat = the work per article does not grow) */
  storyComparisonsPerArticle: number;
}

export interface GroupingResult {
  size: number;
  extractor: string;
  extractFailures: Failures;
  seconds: { generate: number; extract: number; syndication: number; stories: number };
  articlesPerSec: { syndication: number; stories: number; grouping: number };
  /** per article over the whole run: pairs the story index scored and posting entries it read */
  storyWork: { comparisonsPerArticle: number; postingsPerArticle: number };
  checkpoints: GroupingCheckpoint[];
  truth: { syndicationGroups: number; syndicatedArticles: number; stories: number; largestStory: number };
  predicted: { syndicationGroups: number; stories: number; largestStory: number; largestGroup: number };
  quality: { syndication: ClusterScores; stories: ClusterScores };
  memory: MemoryReport;
  memoryWithScoring: MemoryReport;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

export async function runGrouping(args: GroupingArgs): Promise<GroupingResult> {
  const idx = await loadIndexes();
  if (!idx.ok) throw new Error(idx.reason);
  const claims = args.extract ? await loadExtractClaims() : ({ ok: false, reason: 'disabled by --no-extract' } as const);
  const failures: Failures = { count: 0, first: null };
  const extract = claims.ok ? guard(claims.value, [] as Claim[], failures) : (): Claim[] => [];
  const mem = new MemorySampler().start();
  const corpus = new Corpus({ size: args.size, seed: args.seed });
  const synd = new idx.value.SyndicationIndex();
  const stories = new idx.value.StoryIndex();
  // the index's work counters (bench/engines.ts types only what every build must have; older builds lack them)
  const work = (): { comparisons: number; postingsScanned: number } =>
    (stories as unknown as { stats?: { comparisons: number; postingsScanned: number } }).stats ?? { comparisons: NaN, postingsScanned: NaN };
  const t = { generate: 0, extract: 0, syndication: 0, stories: 0 };
  const checkpoints: GroupingCheckpoint[] = [];
  const every = Math.max(1, Math.floor(args.size / 10));
  let mark = { syndication: 0, stories: 0, comparisons: 0 };
  for (let i = 0; i < args.size; i++) {
    const t0 = now();
    const doc = toDocument(corpus.article(i));
    const t1 = now();
    const cs = extract(doc);
    const t2 = now();
    synd.add(doc, cs);
    const t3 = now();
    stories.add(doc, cs);
    const t4 = now();
    t.generate += t1 - t0;
    t.extract += t2 - t1;
    t.syndication += t3 - t2;
    t.stories += t4 - t3;
    if ((i & 255) === 0) mem.sample();
    if ((i + 1) % every === 0) {
      checkpoints.push({
        articles: i + 1,
        syndicationMsPer1k: ((t.syndication - mark.syndication) * 1e6) / every,
        storyMsPer1k: ((t.stories - mark.stories) * 1e6) / every,
        storyComparisonsPerArticle: (work().comparisons - mark.comparisons) / every,
      });
      mark = { syndication: t.syndication, stories: t.stories, comparisons: work().comparisons };
    }
  }
  const memory = mem.stop();

  // ground truth is recomputed from the layout (no text needed), after the clock stopped
  const truthSynd = new Map<string, string>();
  const truthStory = new Map<string, string>();
  const predSynd = new Map<string, string>();
  const groupSizes = new Map<string, number>();
  for (let i = 0; i < args.size; i++) {
    const id = corpus.id(i);
    const r = corpus.resolve(i);
    const origin = r.of ?? i;
    const g = corpus.id(origin);
    truthSynd.set(id, g);
    groupSizes.set(g, (groupSizes.get(g) ?? 0) + 1);
    truthStory.set(id, corpus.storyOf(origin).id);
    const p = synd.groupOf(id);
    if (p) predSynd.set(id, p);
  }
  const predStory = new Map<string, string>();
  for (const [sid, ids] of stories.stories()) for (const id of ids) predStory.set(id, sid);
  const multi = [...groupSizes.values()].filter((n) => n > 1);
  const storyCount = (m: Map<string, string>): Map<string, number> => {
    const c = new Map<string, number>();
    for (const v of m.values()) c.set(v, (c.get(v) ?? 0) + 1);
    return c;
  };
  const predStorySizes = storyCount(predStory);
  const predGroupSizes = storyCount(predSynd);
  const truthStorySizes = storyCount(truthStory);
  const scoring = new MemorySampler().start();
  const quality = { syndication: scoreClusters(truthSynd, predSynd), stories: scoreClusters(truthStory, predStory) };
  const grouping = t.syndication + t.stories;
  return {
    size: args.size,
    extractor: claims.ok ? 'extractClaims' : `none (${claims.reason})`,
    extractFailures: failures,
    seconds: t,
    articlesPerSec: { syndication: args.size / t.syndication, stories: args.size / t.stories, grouping: args.size / grouping },
    storyWork: { comparisonsPerArticle: work().comparisons / args.size, postingsPerArticle: work().postingsScanned / args.size },
    checkpoints,
    truth: { syndicationGroups: multi.length, syndicatedArticles: multi.reduce((n, x) => n + x, 0), stories: truthStorySizes.size, largestStory: Math.max(0, ...truthStorySizes.values()) },
    predicted: {
      syndicationGroups: [...predGroupSizes.values()].filter((n) => n > 1).length, stories: predStorySizes.size,
      largestStory: Math.max(0, ...predStorySizes.values()), largestGroup: Math.max(0, ...predGroupSizes.values()),
    },
    quality,
    memory,
    memoryWithScoring: scoring.stop(),
  };
}
