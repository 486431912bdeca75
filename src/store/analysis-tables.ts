/**
 * The persisted analysis (tables of migration 3): a run writes its stories, their articles' summaries and the
 * syndication groups under a new generation, in transactions of bounded size, and then switches
 * analysis_state.current to it in one small transaction. Readers read the current generation only, so they see one
 * whole run; a run that dies leaves the previous generation current, and its rows are removed by a later run.
 *
 * Everything here is one query per page or per story: no call holds more than one page or one story.
 *
 * A story's body is its compact form (src/analysis/compact.ts): the claim groups cite the stored claims by article
 * and claim id instead of copying them (a copied ledger was ~15 KB per article, most of the database), and a read
 * rebuilds the ledger from the claims of the revisions the run read. Bodies of generations written before the
 * compact form are whole stories and are read as they are.
 */
import { sql, type Kysely } from 'kysely';
import type { ArticleSummary, Story, SyndicationGroup } from '../analysis/types.js';
import type { Backend, DB, StoryArticleTable, StoryTable, SyndicationGroupTable } from './schema.js';
import type { HeadlineGroup, PageOptions, StoryDetail, StoryPage, StoryPageOptions, StoryRow } from './types.js';
import { chunks, clamp, offsetOf } from './paging.js';
import { byWeight } from '../analysis/reconcile.js';
import { COMPACT_VERSION, COMPACT_VERSION_FINGERPRINTED, citedClaims, compactStory, expandStory, pinnedRevision, type CompactStory } from '../analysis/compact.js';
import type { Claim } from '../core/claim.js';

export interface Generation {
  generation: number;
  key: string;
  stories: number;
  articles: number;
  syndication: number;
}

/** Rows per multi-row INSERT (6–11 columns each: far below both backends' bound-parameter limits). */
const INSERT_CHUNK = 200;
const IN_CHUNK = 500;

/** Groups that matter most first: more independent sources, then more claims (as the web app always ranked them). */
export function headlineOf(story: Story, n = 3): HeadlineGroup[] {
  return [...story.claimGroups]
    .sort(byWeight)
    .slice(0, n)
    .map((g) => ({
      id: g.id, label: g.label, measure: g.measure, unit: g.unit, low: g.low, high: g.high, highOpen: g.highOpen, best: g.best,
      independentSources: g.independentSources, claims: g.claims.length,
    }));
}

function hostsOf(articles: readonly ArticleSummary[]): string[] {
  const hosts = new Set<string>();
  for (const a of articles) {
    if (!a.url) continue;
    try {
      hosts.add(new URL(a.url).hostname);
    } catch {
      // not a URL: no host
    }
  }
  return [...hosts].sort();
}

/** A built story as rows: the story (ord = its place in the analysis' order) and its articles (ord given per article). */
export function storyRows(generation: number, ord: number, story: Story, articles: readonly { summary: ArticleSummary; ord: number; revision: number }[]): { story: StoryTable; articles: StoryArticleTable[] } {
  const revisions = new Map(articles.map((a) => [a.summary.id, a.revision]));
  const summaries = articles.map((a) => a.summary);
  return {
    story: {
      generation, id: story.id, ord, title: story.title, from_at: story.from, to_key: story.to ?? '',
      article_count: story.articles.length, independent_sources: story.independentSources,
      claim_count: story.claimGroups.reduce((n, g) => n + g.claims.length, 0),
      digest: JSON.stringify({ headline: headlineOf(story), hosts: hostsOf(summaries) }),
      // the ledger is not copied: the body cites the stored claims (src/analysis/compact.ts)
      body: JSON.stringify(compactStory(story, (id) => revisions.get(id)!)),
    },
    articles: articles.map((a) => ({
      generation, article_id: a.summary.id, story_id: story.id, ord: a.ord, syndication_group: a.summary.syndicationGroup, body: JSON.stringify(a.summary),
    })),
  };
}

type ListRow = Pick<StoryTable, 'id' | 'title' | 'from_at' | 'to_key' | 'independent_sources' | 'article_count' | 'claim_count' | 'digest'>;

function rowOf(r: ListRow): StoryRow {
  const digest = JSON.parse(r.digest) as { headline: HeadlineGroup[]; hosts: string[] };
  return {
    id: r.id, title: r.title, from: r.from_at, to: r.to_key === '' ? null : r.to_key,
    independentSources: Number(r.independent_sources), articles: Number(r.article_count), claims: Number(r.claim_count),
    headline: digest.headline, hosts: digest.hosts,
  };
}

export class AnalysisTables {
  constructor(private readonly db: Kysely<DB>, private readonly backend: Backend) {}

  /** The current generation, or null before the first run finished. */
  async current(db: Kysely<DB> = this.db): Promise<Generation | null> {
    const r = await db
      .selectFrom('analysis_state as s')
      .innerJoin('analysis_runs as r', 'r.generation', 's.generation')
      .select(['s.generation', 's.key', 'r.story_count', 'r.article_count', 'r.syndication_count'])
      .where('s.name', '=', 'current')
      .executeTakeFirst();
    if (!r) return null;
    return { generation: Number(r.generation), key: r.key, stories: Number(r.story_count ?? 0), articles: Number(r.article_count ?? 0), syndication: Number(r.syndication_count ?? 0) };
  }

  /** A new generation number for a run over the corpus of `key` (in the caller's write transaction). */
  async begin(trx: Kysely<DB>, key: string): Promise<number> {
    // PostgreSQL: two starting runs must not draw the same number (SQLite has one writer at a time)
    if (this.backend === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('claimledger.analysis-generation'))`.execute(trx);
    const r = await trx.selectFrom('analysis_runs').select((eb) => eb.fn.max('generation').as('m')).executeTakeFirst();
    const generation = Number(r?.m ?? 0) + 1;
    await trx.insertInto('analysis_runs').values({
      generation, key, started_at: new Date().toISOString(), finished_at: null, story_count: null, article_count: null, syndication_count: null,
    }).execute();
    return generation;
  }

  async writeStories(trx: Kysely<DB>, rows: readonly { story: StoryTable; articles: StoryArticleTable[] }[]): Promise<void> {
    for (const part of chunks(rows.map((r) => r.story), INSERT_CHUNK)) await trx.insertInto('stories').values(part).execute();
    for (const part of chunks(rows.flatMap((r) => r.articles), INSERT_CHUNK)) await trx.insertInto('story_articles').values(part).execute();
  }

  async writeGroups(trx: Kysely<DB>, rows: readonly SyndicationGroupTable[]): Promise<void> {
    for (const part of chunks(rows, INSERT_CHUNK)) await trx.insertInto('syndication_groups').values(part).execute();
  }

  /**
   * Makes `generation` current unless a newer generation already is (a later run of another process finished
   * first), in the caller's transaction. Returns the generation it replaced (null for the first), or false when the
   * run was removed meanwhile (by a newer run's clean-up) or is older than the current one.
   */
  async finish(trx: Kysely<DB>, generation: number, counts: { stories: number; articles: number; syndication: number }): Promise<{ replaced: number | null } | false> {
    const run = await trx.selectFrom('analysis_runs').select('key').where('generation', '=', generation).executeTakeFirst();
    if (!run) return false;
    const now = new Date().toISOString();
    await trx.updateTable('analysis_runs')
      .set({ finished_at: now, story_count: counts.stories, article_count: counts.articles, syndication_count: counts.syndication })
      .where('generation', '=', generation).execute();
    const cur = await trx.selectFrom('analysis_state').select('generation').where('name', '=', 'current').executeTakeFirst();
    if (!cur) {
      await trx.insertInto('analysis_state').values({ name: 'current', generation, key: run.key, switched_at: now }).execute();
      return { replaced: null };
    }
    if (Number(cur.generation) > generation) return false;
    await trx.updateTable('analysis_state').set({ generation, key: run.key, switched_at: now }).where('name', '=', 'current').execute();
    return { replaced: Number(cur.generation) };
  }

  /**
   * Removes the rows of the generations before `generation` (the current one now) but `keep`: finished ones replaced
   * twice, and runs that died. The generation replaced last (`keep`) stays until the next switch, so a reader that
   * looked up the current generation just before the switch still finds its rows. Newer generations are runs of
   * other processes still writing: left alone.
   */
  async removeBefore(trx: Kysely<DB>, generation: number, keep: number): Promise<void> {
    for (const table of ['stories', 'story_articles', 'syndication_groups', 'analysis_runs'] as const) {
      await trx.deleteFrom(table).where('generation', '<', generation).where('generation', '<>', keep).execute();
    }
  }

  async listStories(g: Generation, opts: StoryPageOptions = {}): Promise<StoryPage> {
    const limit = clamp(opts.limit, 50, 1000);
    const offset = offsetOf(opts.offset);
    let q = this.db
      .selectFrom('stories')
      .select(['id', 'title', 'from_at', 'to_key', 'independent_sources', 'article_count', 'claim_count', 'digest'])
      .where('generation', '=', g.generation);
    if (opts.order === 'analysis') {
      q = q.where('ord', '>=', offset).where('ord', '<', offset + limit).orderBy('ord');
    } else {
      // byte order on both backends (PostgreSQL's default collation would not compare ISO dates as text)
      const toKey = this.backend === 'postgres' ? sql`to_key collate "C" desc` : sql`to_key desc`;
      q = q.orderBy(toKey).orderBy('article_count', 'desc').orderBy('ord').limit(limit).offset(offset);
    }
    const rows = await q.execute();
    return { stories: rows.map(rowOf), total: g.stories, articles: g.articles, limit, offset };
  }

  async getStoryRow(g: Generation, id: string): Promise<StoryRow | null> {
    const r = await this.db
      .selectFrom('stories')
      .select(['id', 'title', 'from_at', 'to_key', 'independent_sources', 'article_count', 'claim_count', 'digest'])
      .where('generation', '=', g.generation).where('id', '=', id).executeTakeFirst();
    return r ? rowOf(r) : null;
  }

  async getStories(g: Generation, opts: PageOptions = {}): Promise<Story[]> {
    const limit = clamp(opts.limit, 100, 10_000);
    const offset = offsetOf(opts.offset);
    const rows = await this.db.selectFrom('stories').select(['id', 'body']).where('generation', '=', g.generation)
      .where('ord', '>=', offset).where('ord', '<', offset + limit).orderBy('ord').execute();
    const summaries = new Map<string, ArticleSummary>();
    for (const part of chunks(rows.map((r) => r.id), IN_CHUNK)) {
      const found = await this.db.selectFrom('story_articles').select(['article_id', 'body'])
        .where('generation', '=', g.generation).where('story_id', 'in', part).execute();
      for (const r of found) summaries.set(r.article_id, JSON.parse(r.body) as ArticleSummary);
    }
    return this.expand(rows.map((r) => r.body), summaries);
  }

  /**
   * Stories from their stored bodies: a compact body is rebuilt from the claims it cites (read for all the stories'
   * articles at once, a chunk of articles per query), pinned to the revisions the run read; a body written before
   * the compact form is the whole story.
   */
  private async expand(bodies: readonly string[], summaries: ReadonlyMap<string, ArticleSummary>): Promise<Story[]> {
    const parsed = bodies.map((b) => JSON.parse(b) as CompactStory | Story);
    const compact = parsed.filter(isCompact);
    // per article, its stored claim rows by revision, latest first (parsed only when its story is rebuilt below
    // and that revision is asked for)
    const stored = new Map<string, { revision: number; data: string[] }[]>();
    for (const part of chunks([...new Set(compact.flatMap((c) => c.articles))], IN_CHUNK)) {
      const rows = await this.db.selectFrom('claims').select(['article_id', 'revision', 'data']).where('article_id', 'in', part)
        .orderBy('article_id').orderBy('revision', 'desc').orderBy('seq').execute();
      for (const r of rows) {
        let revs = stored.get(r.article_id);
        if (!revs) stored.set(r.article_id, (revs = []));
        const revision = Number(r.revision);
        const last = revs[revs.length - 1];
        if (last && last.revision === revision) last.data.push(r.data);
        else revs.push({ revision, data: [r.data] });
      }
    }
    const parse = (data: readonly string[]) => {
      let claims: Claim[] | null = null;
      return () => (claims ??= data.map((d) => JSON.parse(d) as Claim));
    };
    return parsed.map((p) => {
      if (!isCompact(p)) return p;
      const cited = citedClaims(p);
      const claims = p.articles.map((id, i) => {
        const revs = (stored.get(id) ?? []).map((r) => ({ revision: r.revision, claims: parse(r.data) }));
        const summary = summaries.get(id);
        // no revision matches only when the run's revision was re-extracted in place since (version 2) or is gone:
        // its latest claims then
        return (summary && pinnedRevision(p, i, summary, cited[i]!, revs)) ?? revs[0]?.claims() ?? [];
      });
      return expandStory(p, summaries, (i) => claims[i]!);
    });
  }

  async getStory(g: Generation, id: string): Promise<StoryDetail | null> {
    const row = await this.db.selectFrom('stories').select('body').where('generation', '=', g.generation).where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const articles = (await this.db.selectFrom('story_articles').select('body')
      .where('generation', '=', g.generation).where('story_id', '=', id).orderBy('ord').execute())
      .map((r) => JSON.parse(r.body) as ArticleSummary);
    const [story] = await this.expand([row.body], new Map(articles.map((a) => [a.id, a])));
    const indexes = [...new Set(articles.map((a) => a.syndicationGroup).filter((x): x is number => x !== null))].sort((a, b) => a - b);
    const syndication: (SyndicationGroup & { index: number })[] = [];
    for (const part of chunks(indexes, IN_CHUNK)) {
      const rows = await this.db.selectFrom('syndication_groups').select(['idx', 'body'])
        .where('generation', '=', g.generation).where('idx', 'in', part).orderBy('idx').execute();
      for (const r of rows) syndication.push({ ...(JSON.parse(r.body) as SyndicationGroup), index: Number(r.idx) });
    }
    return { story: story!, articles, syndication };
  }

  async getArticleSummaries(g: Generation, ids: readonly string[]): Promise<ArticleSummary[]> {
    const found = new Map<string, ArticleSummary>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const rows = await this.db.selectFrom('story_articles').select(['article_id', 'body'])
        .where('generation', '=', g.generation).where('article_id', 'in', part).execute();
      for (const r of rows) found.set(r.article_id, JSON.parse(r.body) as ArticleSummary);
    }
    return ids.map((id) => found.get(id)).filter((a): a is ArticleSummary => !!a);
  }

  async listArticleSummaries(g: Generation, opts: PageOptions = {}): Promise<ArticleSummary[]> {
    const limit = clamp(opts.limit, 100, 10_000);
    const offset = offsetOf(opts.offset);
    const rows = await this.db.selectFrom('story_articles').select('body').where('generation', '=', g.generation)
      .where('ord', '>=', offset).where('ord', '<', offset + limit).orderBy('ord').execute();
    return rows.map((r) => JSON.parse(r.body) as ArticleSummary);
  }

  async listSyndication(g: Generation, opts: PageOptions = {}): Promise<SyndicationGroup[]> {
    const limit = clamp(opts.limit, 100, 10_000);
    const offset = offsetOf(opts.offset);
    const rows = await this.db.selectFrom('syndication_groups').select('body').where('generation', '=', g.generation)
      .where('idx', '>=', offset).where('idx', '<', offset + limit).orderBy('idx').execute();
    return rows.map((r) => JSON.parse(r.body) as SyndicationGroup);
  }
}

/** A body in the compact form (a body written before it is a whole Story). */
function isCompact(body: CompactStory | Story): body is CompactStory {
  return 'v' in body && (body.v === COMPACT_VERSION || body.v === COMPACT_VERSION_FINGERPRINTED);
}
