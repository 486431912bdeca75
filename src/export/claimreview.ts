/**
 * The ledger as schema.org ClaimReview JSON-LD. One schema.org Claim per statement: one source giving one figure
 * for one claim group, with every article it appears in (`appearance`) and the earliest (`firstAppearance`).
 * The review is the ledger's view of the figure (its range, best estimate and independent sources); we do not
 * rate claims true or false, so the Rating carries that view in words and no numeric rating.
 * Our quantity fields (value range, measure, scope, hedges) sit under the `cl:` extension namespace.
 */
import type { Claim } from '../core/claim.js';
import type { Analysis, ArticleSummary, ClaimGroup, LedgerEntry, Story } from '../analysis/types.js';

export const CLAIMLEDGER_NS = 'https://claimledger.org/ns/v1#';

type JsonLd = Record<string, unknown>;

function authorOf(entry: LedgerEntry, claim: Claim | undefined, article: ArticleSummary | undefined): JsonLd {
  const src = claim?.source;
  switch (entry.source.kind) {
    case 'person':
    case 'anonymous_official':
      return {
        '@type': 'Person',
        name: entry.source.label,
        ...(src?.role ? { jobTitle: src.role } : {}),
        ...(src?.organisation ? { affiliation: { '@type': 'Organization', name: src.organisation } } : {}),
        ...(entry.source.kind === 'anonymous_official' ? { 'cl:anonymous': true } : {}),
        ...(src?.country ? { 'cl:country': src.country } : {}),
      };
    case 'document':
      return { '@type': 'CreativeWork', name: entry.source.label };
    case 'unattributed':
      // the outlet states the figure in its own voice
      return { '@type': 'Organization', name: article?.outlet ?? entry.outlet ?? 'unknown outlet', 'cl:ownVoice': true };
    default:
      return { '@type': 'Organization', name: entry.source.label, ...(src?.country ? { 'cl:country': src.country } : {}) };
  }
}

function appearanceOf(a: ArticleSummary | undefined, docId: string): JsonLd {
  return {
    '@type': 'NewsArticle',
    '@id': a?.url ?? `urn:claimledger:article:${docId}`,
    ...(a?.url ? { url: a.url } : {}),
    ...(a?.title ? { headline: a.title } : {}),
    ...(a?.publishedAt ? { datePublished: a.publishedAt } : {}),
    ...(a?.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
    ...(a?.language ? { inLanguage: a.language } : {}),
    'cl:doc': docId,
  };
}

function fmt(n: number | null): string {
  return n === null ? '?' : n.toLocaleString('en-US');
}

/** One source's figure in one group: entries with the same source key and the same value. */
function statements(group: ClaimGroup): LedgerEntry[][] {
  const by = new Map<string, LedgerEntry[]>();
  for (const e of group.claims) {
    const k = `${e.source.key}|${e.value.min}|${e.value.max}|${e.value.unit}|${e.scope.type}`;
    const list = by.get(k);
    if (list) list.push(e);
    else by.set(k, [e]);
  }
  return [...by.values()];
}

function byDate(a: LedgerEntry, b: LedgerEntry): number {
  if (a.date === b.date) return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

function reviewOf(story: Story, group: ClaimGroup, entries: LedgerEntry[], claims: Map<string, Claim>, articles: Map<string, ArticleSummary>, generatedAt: string): JsonLd {
  const sorted = [...entries].sort(byDate);
  const first = sorted[0]!;
  const claim = claims.get(first.claim);
  const docs = [...new Set(sorted.map((e) => e.doc))];
  const range = group.low === group.high ? fmt(group.low) : `${fmt(group.low)}–${fmt(group.high)}${group.highOpen ? '+' : ''}`;
  return {
    '@type': 'ClaimReview',
    '@id': `urn:claimledger:statement:${group.id}:${encodeURIComponent(first.source.key)}:${first.claim}`,
    datePublished: generatedAt,
    author: { '@type': 'Organization', name: 'claimledger' },
    claimReviewed: `${first.source.label}: ${first.text} (${group.label})`,
    reviewRating: {
      '@type': 'Rating',
      alternateName: `${group.independentSources} independent source(s) report ${range}; best estimate ${fmt(group.best)}${group.contradictions.length ? '; contradicted' : ''}`,
      ratingExplanation: group.bestRule,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: authorOf(first, claim, articles.get(first.doc)),
      appearance: docs.map((d) => appearanceOf(articles.get(d), d)),
      firstAppearance: appearanceOf(articles.get(first.doc), first.doc),
      ...(first.date ? { datePublished: first.date } : {}),
      text: first.text,
      'cl:measure': group.measure,
      'cl:value': first.value,
      'cl:counted': claim?.counted ?? null,
      'cl:subject': group.subject,
      'cl:place': first.place,
      'cl:scope': first.scope,
      'cl:speech': first.speech,
      'cl:hedges': [...new Set(sorted.flatMap((e) => e.hedges))],
      'cl:claims': sorted.map((e) => e.claim),
      'cl:group': { id: group.id, label: group.label, low: group.low, high: group.high, highOpen: group.highOpen, best: group.best, independentSources: group.independentSources },
      'cl:story': { id: story.id, title: story.title },
    },
  };
}

export function toClaimReview(analysis: Analysis, claims: Map<string, Claim>, generatedAt = new Date().toISOString()): JsonLd {
  const articles = new Map(analysis.articles.map((a) => [a.id, a]));
  const graph: JsonLd[] = [];
  for (const story of analysis.stories) {
    for (const group of story.claimGroups) {
      for (const entries of statements(group)) graph.push(reviewOf(story, group, entries, claims, articles, generatedAt));
    }
  }
  return { '@context': ['https://schema.org', { cl: CLAIMLEDGER_NS }], '@graph': graph };
}
