/**
 * Publication time as the analysis orders articles: unknown or unparseable dates last. One small module of its
 * own so that the store can order its reads the same way without loading the analysis.
 */
export function publishedTime(d: { publishedAt: string | null }): number {
  const t = d.publishedAt ? Date.parse(d.publishedAt) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}
