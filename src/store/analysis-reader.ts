/**
 * The paged analysis readers over one Analysis object held in memory, with the same orders and page rules as the
 * persisted tables (analysis-tables.ts): for stores whose corpus is small by nature (test doubles, a demo).
 */
import type { Analysis, ArticleSummary, Story, SyndicationGroup } from '../analysis/types.js';
import { headlineOf } from './analysis-tables.js';
import type { AnalysisReader, PageOptions, StoryDetail, StoryPage, StoryPageOptions, StoryRow } from './types.js';
import { clamp, offsetOf } from './paging.js';

const page = <T>(xs: readonly T[], opts: PageOptions, fallback: number, max: number) => {
  const offset = offsetOf(opts.offset);
  return xs.slice(offset, offset + clamp(opts.limit, fallback, max));
};

/** Byte order of strings, as the tables compare to_key. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function storyRow(s: Story, byId: ReadonlyMap<string, ArticleSummary>): StoryRow {
  const hosts = new Set<string>();
  for (const d of s.articles) {
    const url = byId.get(d)?.url;
    if (!url) continue;
    try {
      hosts.add(new URL(url).hostname);
    } catch {
      // not a URL
    }
  }
  return {
    id: s.id, title: s.title, from: s.from, to: s.to, independentSources: s.independentSources, articles: s.articles.length,
    claims: s.claimGroups.reduce((n, g) => n + g.claims.length, 0), headline: headlineOf(s), hosts: [...hosts].sort(),
  };
}

export function memoryReader(analysis: () => Promise<Analysis>): AnalysisReader {
  return {
    async listStories(opts: StoryPageOptions = {}): Promise<StoryPage> {
      const a = await analysis();
      const byId = new Map(a.articles.map((x) => [x.id, x]));
      const ord = new Map(a.stories.map((s, i) => [s, i]));
      const sorted = opts.order === 'analysis' ? a.stories : [...a.stories].sort((x, y) =>
        byteOrder(y.to ?? '', x.to ?? '') || y.articles.length - x.articles.length || ord.get(x)! - ord.get(y)!);
      const limit = clamp(opts.limit, 50, 1000);
      const offset = offsetOf(opts.offset);
      return { stories: sorted.slice(offset, offset + limit).map((s) => storyRow(s, byId)), total: a.stories.length, articles: a.articles.length, limit, offset };
    },
    async getStories(opts: PageOptions = {}): Promise<Story[]> {
      return page((await analysis()).stories, opts, 100, 10_000);
    },
    async getStory(id: string): Promise<StoryDetail | null> {
      const a = await analysis();
      const story = a.stories.find((s) => s.id === id);
      if (!story) return null;
      const ids = new Set(story.articles);
      return {
        story,
        articles: a.articles.filter((x) => ids.has(x.id)),
        syndication: a.syndication.map((g, index) => ({ ...g, index })).filter((g) => g.articles.some((d) => ids.has(d))),
      };
    },
    async getStoryRow(id: string): Promise<StoryRow | null> {
      const a = await analysis();
      const s = a.stories.find((x) => x.id === id);
      return s ? storyRow(s, new Map(a.articles.map((x) => [x.id, x]))) : null;
    },
    async getArticleSummaries(ids: readonly string[]): Promise<ArticleSummary[]> {
      const byId = new Map((await analysis()).articles.map((x) => [x.id, x]));
      return ids.map((id) => byId.get(id)).filter((x): x is ArticleSummary => !!x);
    },
    async listArticleSummaries(opts: PageOptions = {}): Promise<ArticleSummary[]> {
      return page((await analysis()).articles, opts, 100, 10_000);
    },
    async listSyndication(opts: PageOptions = {}): Promise<SyndicationGroup[]> {
      return page((await analysis()).syndication, opts, 100, 10_000);
    },
  };
}
