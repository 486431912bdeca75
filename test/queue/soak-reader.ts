/**
 * A client of the HTTP API for the soak test: reads in a loop (article list, claim search, stories, a story's
 * ledger, an article's claims) while the workers write, and records every read that is not a 2xx with valid
 * JSON, and every article count that went down between two of its own reads (a read that starts after another
 * has finished must see at least what that one saw: nothing is ever deleted).
 */

type Json = Record<string, unknown>;

export interface ReadFailure {
  path: string;
  problem: string;
}

export class ApiReader {
  reads = 0;
  readonly byKind = new Map<string, number>();
  readonly failures: ReadFailure[] = [];
  /** largest article counts seen so far: by the article list (capped at its limit) and by the stories page */
  listed = 0;
  analysed = 0;
  private storyId: string | null = null;
  private articleId: string | null = null;

  constructor(private readonly base: string, private readonly perReadTimeoutMs = 120_000) {}

  /** story reads answered 404 because the story was regrouped between the stories read and this one */
  regrouped = 0;

  private async get(kind: string, path: string, gone404 = false): Promise<Json | Json[] | null> {
    this.reads++;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    try {
      const res = await fetch(this.base + path, { signal: AbortSignal.timeout(this.perReadTimeoutMs) });
      const body = await res.text();
      if (gone404 && res.status === 404) {
        this.regrouped++;
        return null;
      }
      if (res.status < 200 || res.status >= 300) {
        this.failures.push({ path, problem: `status ${res.status}: ${body.slice(0, 300)}` });
        return null;
      }
      if (!/application\/json/.test(res.headers.get('content-type') ?? '')) {
        this.failures.push({ path, problem: `content-type ${res.headers.get('content-type')}` });
        return null;
      }
      return JSON.parse(body) as Json | Json[];
    } catch (err) {
      this.failures.push({ path, problem: err instanceof Error ? err.message : String(err) });
      return null;
    }
  }

  private monotone(path: string, what: 'listed' | 'analysed', n: unknown): void {
    if (typeof n !== 'number') {
      this.failures.push({ path, problem: `no article count in the answer (${String(n)})` });
      return;
    }
    if (n < this[what]) this.failures.push({ path, problem: `article count went down from ${this[what]} to ${n}` });
    this[what] = Math.max(this[what], n);
  }

  /** One read of each kind, one after the other; strict: nothing is written meanwhile. */
  async round(strict = false): Promise<void> {
    const list = await this.get('articles', '/api/articles?limit=1000');
    if (list && !Array.isArray(list)) {
      const articles = list.articles as Json[] | undefined;
      this.monotone('/api/articles', 'listed', articles?.length);
      if (articles && articles.length > 0) this.articleId = String(articles[(this.reads * 7) % articles.length]!.id);
    }
    const search = await this.get('claims', '/api/claims?measure=killed&limit=100');
    if (search && (Array.isArray(search) || !Array.isArray(search.claims))) this.failures.push({ path: '/api/claims', problem: 'no claims list' });
    const stories = await this.get('stories', '/api/stories');
    if (stories && !Array.isArray(stories)) {
      this.monotone('/api/stories', 'analysed', stories.articles);
      const list = stories.stories as Json[] | undefined;
      if (list && list.length > 0) this.storyId = String(list[this.reads % list.length]!.id);
    }
    if (this.storyId) {
      const path = `/api/stories/${encodeURIComponent(this.storyId)}`;
      // Story ids follow the grouping, which changes as articles arrive (a story is named after its first
      // article, and an earlier-published arrival can regroup it), so an id from the stories read before may be
      // gone: a 404 is then correct. With no write in between (strict, after the queue drained) it is not.
      const story = await this.get('story', path, !strict);
      if (story && (Array.isArray(story) || typeof story.story !== 'object')) this.failures.push({ path, problem: 'no story in the answer' });
      if (!story) this.storyId = null;
    }
    if (this.articleId) {
      // the article with its claims: the claims must be those of the revision whose text is shown
      const path = `/api/articles/${encodeURIComponent(this.articleId)}`;
      const page = await this.get('article', path);
      const text = page && !Array.isArray(page) ? (page.article as Json | undefined)?.text : undefined;
      if (page && typeof text !== 'string') this.failures.push({ path, problem: 'no article text' });
      else if (page && !Array.isArray(page)) {
        for (const c of (page.claims as { text: string; span: { start: number; end: number } }[] | undefined) ?? []) {
          if ((text as string).slice(c.span.start, c.span.end) !== c.text) {
            this.failures.push({ path, problem: `claim "${c.text}" at ${c.span.start}-${c.span.end} is not in the article text shown` });
            break;
          }
        }
      }
    }
    if (this.articleId) {
      const path = `/api/articles/${encodeURIComponent(this.articleId)}/claims`;
      const claims = await this.get('article-claims', path);
      if (claims && !Array.isArray(claims)) this.failures.push({ path, problem: 'claims are not a list' });
    }
  }

  /** Reads until `stop()` says so. */
  async run(stop: () => boolean): Promise<void> {
    while (!stop()) await this.round();
  }
}
