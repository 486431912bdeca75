/**
 * analyze(articles): syndication groups, stories, and the reconciled claim ledger per story, in memory. A thin
 * wrapper over StreamingAnalysis (stream.ts), which the store feeds page by page: this puts the articles in
 * publication order, feeds them, hands back the texts of syndicated articles for the evidence, and returns the
 * articles in the order they were given.
 */
import { publishedTime, StreamingAnalysis, type AnalyzeOptions } from './stream.js';
import type { Analysis, AnalysisArticle } from './types.js';

export { StoryIndex } from './stories.js';
export { SyndicationIndex } from './syndication.js';
export { StreamingAnalysis } from './stream.js';
export type { AnalyzeOptions } from './stream.js';
export type { AnalysisArticle, Analysis } from './types.js';

/** Articles in publication order (unknown dates last), stable on input order. */
function chronological(articles: readonly AnalysisArticle[]): AnalysisArticle[] {
  return articles
    .map((a, i) => ({ a, i, t: publishedTime(a.doc) }))
    .sort((x, y) => x.t - y.t || x.i - y.i)
    .map((x) => x.a);
}

export function analyze(articles: readonly AnalysisArticle[], opts: AnalyzeOptions = {}): Analysis {
  const byId = new Map<string, AnalysisArticle>();
  for (const a of articles) {
    if (byId.has(a.doc.id)) throw new Error(`analyze: duplicate document id "${a.doc.id}"`);
    byId.set(a.doc.id, a);
  }
  const stream = new StreamingAnalysis(opts);
  for (const a of chronological(articles)) stream.add(a);
  stream.addAllEvidence((ids) => ids.map((id) => byId.get(id)!));
  const result = stream.finish();
  const inputOrder = new Map(articles.map((a, i) => [a.doc.id, i]));
  result.articles.sort((a, b) => inputOrder.get(a.id)! - inputOrder.get(b.id)!);
  return result;
}
