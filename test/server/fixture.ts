/**
 * Test doubles for the web app: an in-memory Store with a toy extractor ("<digits> Tote" → killed) and a toy
 * analysis (one story per outlet-independent event, here: everything in one story), so the pages and the API
 * can be tested without the real engines. The real store and analysis are exercised in demo.test.ts.
 */
import { createHash } from 'node:crypto';
import { makeDocument, type Document } from '../../src/core/document.js';
import type { Claim } from '../../src/core/claim.js';
import type { Analysis, ClaimGroup, LedgerEntry } from '../../src/analysis/types.js';
import type { AddResult, ClaimQuery, Store, StoredArticle } from '../../src/store/types.js';
import { memoryReader } from '../../src/store/analysis-reader.js';
import type { Ingestor } from '../../src/server/ingest.js';

export function toyExtract(doc: Document): Claim[] {
  const claims: Claim[] = [];
  const re = /(\d+) Tote/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const n = Number(m[1]);
    claims.push({
      id: `${doc.id}#${claims.length + 1}`,
      doc: doc.id,
      text: m[0],
      span: { start: m.index, end: m.index + m[0].length },
      sentence: { start: 0, end: doc.text.length },
      value: { min: n, max: n, minExclusive: false, maxExclusive: false, approx: false, vague: false, unit: null },
      measure: 'killed',
      counted: 'Menschen',
      subject: { text: null, country: 'DE', kind: 'civilians' },
      place: null,
      scope: { type: 'cumulative', text: null, from: null, to: null, per: null },
      source: { kind: 'government', text: `die Polizei <b>${doc.outlet ?? ''}</b>`, name: 'Polizei', role: 'Sprecherin', organisation: 'Polizei', country: 'DE' },
      speech: 'reported',
      hedges: ['preliminary'],
    });
  }
  return claims;
}

export class FixtureStore implements Store {
  readonly backend = 'sqlite' as const;
  articles = new Map<string, StoredArticle>();
  claims = new Map<string, Claim[]>();
  // the paged readers over the toy analysis (the real store reads them from its tables)
  private readonly reader = memoryReader(() => this.analysis());
  listStories = this.reader.listStories;
  getStories = this.reader.getStories;
  getStory = this.reader.getStory;
  getStoryRow = this.reader.getStoryRow;
  getArticleSummaries = this.reader.getArticleSummaries;
  listArticleSummaries = this.reader.listArticleSummaries;
  listSyndication = this.reader.listSyndication;

  async migrate(): Promise<void> {}

  async addArticle(item: { doc: Document; html?: string }): Promise<AddResult> {
    const hash = createHash('sha256').update(item.doc.text).digest('hex');
    const existing = [...this.articles.values()].find((a) => a.contentHash === hash);
    if (existing) return { article: existing, status: 'unchanged', claims: this.claims.get(existing.id)!.length };
    const article: StoredArticle = { ...item.doc, revision: 1, contentHash: hash, addedAt: new Date().toISOString(), storyId: 'story-1' };
    this.articles.set(article.id, article);
    const claims = toyExtract(item.doc);
    this.claims.set(article.id, claims);
    return { article, status: 'added', claims: claims.length };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return this.articles.get(id) ?? null;
  }

  async listArticles(): Promise<StoredArticle[]> {
    return [...this.articles.values()].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  }

  async getClaims(id: string): Promise<Claim[]> {
    return this.claims.get(id) ?? [];
  }

  async searchClaims(q: ClaimQuery = {}): Promise<Claim[]> {
    return [...this.claims.values()].flat()
      .filter((c) => !q.measure || c.measure === q.measure)
      .filter((c) => !q.country || c.subject?.country === q.country)
      .filter((c) => !q.source || c.source.name?.toLowerCase() === q.source.toLowerCase())
      .slice(0, q.limit ?? 100);
  }

  async analysis(): Promise<Analysis> {
    const docs = [...this.articles.values()].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
    const entries: LedgerEntry[] = docs.flatMap((d) => this.claims.get(d.id)!.map((c) => ({
      claim: c.id, doc: d.id, outlet: d.outlet, date: d.publishedAt, text: c.text, value: c.value,
      source: { key: `org:polizei:${d.outlet}`, label: `Polizei (${d.outlet})`, kind: c.source.kind, text: c.source.text },
      independenceKey: `org:polizei:${d.outlet}`, syndicatedFrom: null, speech: c.speech, hedges: c.hedges, scope: c.scope, place: c.place,
    })));
    const values = entries.map((e) => e.value.min!);
    const group: ClaimGroup = {
      id: 'g1', measure: 'killed', subject: { country: 'DE', kind: 'civilians' }, unit: null, place: null, label: 'Killed <civilians>',
      claims: entries, independentSources: new Set(entries.map((e) => e.independenceKey)).size, estimateScope: 'cumulative',
      low: values.length ? Math.min(...values) : null, high: values.length ? Math.max(...values) : null, highOpen: false,
      best: values.length ? values[values.length - 1]! : null, bestRule: 'latest figure of the most cited source',
      contradictions: entries.length >= 2 ? [{ claims: [entries[0]!.claim, entries[1]!.claim], reason: 'same scope, figures differ' }] : [],
      scopeNotes: [],
      timeline: [...new Set(entries.map((e) => e.source.key))].map((key) => ({
        source: key, label: entries.find((e) => e.source.key === key)!.source.label,
        points: entries.filter((e) => e.source.key === key).map((e) => ({ date: e.date, claim: e.claim, doc: e.doc, min: e.value.min, max: e.value.max, text: e.text, scope: e.scope.type })),
      })),
    };
    return {
      articles: docs.map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, language: d.language, publishedAt: d.publishedAt, url: d.url, story: 'story-1', syndicationGroup: null, original: d.id, claims: this.claims.get(d.id)!.length })),
      stories: docs.length ? [{ id: 'story-1', title: docs[0]!.title ?? 'Story', articles: docs.map((d) => d.id), claimGroups: entries.length ? [group] : [], from: docs[0]!.publishedAt, to: docs[docs.length - 1]!.publishedAt, independentSources: docs.length }] : [],
      syndication: [],
    };
  }

  async count() {
    const n = this.articles.size;
    return { articles: n, revisions: n, claims: [...this.claims.values()].flat().length };
  }
  async staleCount() { return 0; }
  async reextractStale() { return 0; }
  async close() {}
}

export function doc(id: string, text: string, meta: Partial<Document> = {}): Document {
  return makeDocument(text, { id, language: 'de', ...meta });
}

/** An ingestor that reads text as-is, refuses to fetch private addresses unless allowed, and fetches nothing else. */
export const fakeIngestor: Ingestor = {
  async fromInput(input, opts) {
    if (input.text !== undefined) {
      const id = createHash('sha256').update(input.text).digest('hex').slice(0, 12);
      return { ok: true, source: 'text', doc: makeDocument(input.text, { id, title: input.title ?? null, outlet: input.outlet ?? null, url: input.url ?? null, publishedAt: input.publishedAt ?? null, language: 'de' }) };
    }
    const url = input.url ?? '';
    if (/\/\/(127\.|localhost|10\.|192\.168\.)/.test(url) && !opts.allowPrivate) return { ok: false, source: url, error: 'refused: private address' };
    return { ok: false, source: url, error: 'network disabled in tests' };
  },
  async *read(sources) {
    for (const s of sources) yield { ok: false, source: s, error: 'network disabled in tests' };
  },
};
