/**
 * Read-side helpers over the store: the analysis (the store caches it until the next write), lookups by id,
 * and the claims of a story keyed by claim id (the ledger carries a summary; role and country come from the claim).
 */
import type { Store, StoredArticle } from '../store/types.js';
import type { Analysis, ArticleSummary, ClaimGroup, Story, SyndicationGroup } from '../analysis/types.js';
import type { Claim } from '../core/claim.js';

export interface StoryContext {
  story: Story;
  articles: ArticleSummary[];
  syndication: (SyndicationGroup & { index: number })[];
  claims: Map<string, Claim>;
}

export class Ledger {
  constructor(readonly store: Store) {}

  analysis(): Promise<Analysis> {
    return this.store.analysis();
  }

  async story(id: string): Promise<StoryContext | null> {
    const a = await this.analysis();
    const story = a.stories.find((s) => s.id === id);
    if (!story) return null;
    const ids = new Set(story.articles);
    const articles = a.articles.filter((x) => ids.has(x.id));
    const syndication = a.syndication
      .map((g, index) => ({ ...g, index }))
      .filter((g) => g.articles.some((d) => ids.has(d)));
    const claims = new Map<string, Claim>();
    const lists = await Promise.all(story.articles.map((d) => this.store.getClaims(d)));
    for (const list of lists) for (const c of list) claims.set(c.id, c);
    return { story, articles, syndication, claims };
  }

  async group(storyId: string, groupId: string): Promise<{ story: Story; group: ClaimGroup } | null> {
    const a = await this.analysis();
    const story = a.stories.find((s) => s.id === storyId);
    const group = story?.claimGroups.find((g) => g.id === groupId);
    return story && group ? { story, group } : null;
  }

  /** The article's summary in the analysis (story, syndication), when the analysis knows it. */
  async summary(articleId: string): Promise<ArticleSummary | null> {
    const a = await this.analysis();
    return a.articles.find((x) => x.id === articleId) ?? null;
  }

  article(id: string): Promise<StoredArticle | null> {
    return this.store.getArticle(id);
  }
}

/** Groups that matter most first: more claims, then more independent sources. */
export function headlineGroups(story: Story, n = 3): ClaimGroup[] {
  return [...story.claimGroups]
    .sort((a, b) => b.independentSources - a.independentSources || b.claims.length - a.claims.length)
    .slice(0, n);
}
