/**
 * Read-side helpers over the store. The analysis is read in pieces from where the store keeps it (a page of
 * stories, one story with its articles and syndication groups, a few article summaries), so serving a page takes
 * memory for that page, not for the corpus; the claims of a story are keyed by claim id (the ledger carries a
 * summary; role and country come from the claim).
 */
import type { Store, StoredArticle, StoryPage, StoryPageOptions, StoryRow } from '../store/types.js';
import type { ArticleSummary, ClaimGroup, Story, SyndicationGroup } from '../analysis/types.js';
import type { Claim } from '../core/claim.js';

export interface StoryContext {
  story: Story;
  articles: ArticleSummary[];
  syndication: (SyndicationGroup & { index: number })[];
  claims: Map<string, Claim>;
}

/** Claims of a story's articles read at once (a story of thousands of articles is read in slices of this many). */
const CLAIM_READS = 16;

export class Ledger {
  constructor(readonly store: Store) {}

  stories(opts: StoryPageOptions): Promise<StoryPage> {
    return this.store.listStories(opts);
  }

  async story(id: string): Promise<StoryContext | null> {
    const detail = await this.store.getStory(id);
    if (!detail) return null;
    const claims = new Map<string, Claim>();
    const docs = detail.story.articles;
    for (let i = 0; i < docs.length; i += CLAIM_READS) {
      const lists = await Promise.all(docs.slice(i, i + CLAIM_READS).map((d) => this.store.getClaims(d)));
      for (const list of lists) for (const c of list) claims.set(c.id, c);
    }
    return { ...detail, claims };
  }

  async group(storyId: string, groupId: string): Promise<{ story: Story; group: ClaimGroup } | null> {
    const detail = await this.store.getStory(storyId);
    const group = detail?.story.claimGroups.find((g) => g.id === groupId);
    return detail && group ? { story: detail.story, group } : null;
  }

  /** The article's summary in the analysis (story, syndication), when the analysis knows it. */
  async summary(articleId: string): Promise<ArticleSummary | null> {
    return (await this.store.getArticleSummaries([articleId]))[0] ?? null;
  }

  /** Summaries of the given articles that the analysis knows, by id. */
  async summaries(ids: readonly string[]): Promise<Map<string, ArticleSummary>> {
    return new Map((await this.store.getArticleSummaries(ids)).map((a) => [a.id, a]));
  }

  storyRow(id: string): Promise<StoryRow | null> {
    return this.store.getStoryRow(id);
  }

  article(id: string): Promise<StoredArticle | null> {
    return this.store.getArticle(id);
  }
}
