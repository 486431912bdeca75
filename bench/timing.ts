/** Throughput of one extractor over a prepared set of articles. */
export interface Throughput {
  name: string;
  articles: number;
  mb: number;
  seconds: number;
  mbPerSec: number;
  articlesPerSec: number;
  /** items found per article (a sanity check that the extractor did work) */
  itemsPerArticle: number;
  passes: number;
}

export interface Sample {
  text: string;
  bytes: number;
}

/**
 * Runs `run` over every sample, repeating whole passes until `minSeconds` have gone by, after a warm-up
 * (JIT, lazy tables): over `warm` when it is a separate set of samples, else over the first `warm` samples.
 * A separate warm-up set is the fair one for extractors that remember words and phrases: a stream of news brings
 * new articles, and a second pass over the same texts would be served by those memories.
 */
export function measure<T extends Sample>(name: string, samples: readonly T[], run: (s: T) => number, minSeconds = 2, warm: number | readonly T[] = 200): Throughput {
  const warmSet = typeof warm === 'number' ? samples.slice(0, Math.min(warm, samples.length)) : warm;
  for (const s of warmSet) run(s);
  const bytes = samples.reduce((n, s) => n + s.bytes, 0);
  let passes = 0;
  let items = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const s of samples) items += run(s);
    passes++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (elapsed < minSeconds);
  const n = samples.length * passes;
  return {
    name, articles: n, mb: (bytes * passes) / 1e6, seconds: elapsed,
    mbPerSec: (bytes * passes) / 1e6 / elapsed, articlesPerSec: n / elapsed, itemsPerArticle: items / n, passes,
  };
}
