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
 * on the first `warm` samples (JIT, lazy tables).
 */
export function measure<T extends Sample>(name: string, samples: readonly T[], run: (s: T) => number, minSeconds = 2, warm = 200): Throughput {
  for (let i = 0; i < Math.min(warm, samples.length); i++) run(samples[i]!);
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
