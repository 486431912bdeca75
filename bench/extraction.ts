/**
 * Extraction throughput on one core: our full claim extraction (and, separately, the figure and time
 * finders it builds on) against the peers doing only their part, on the same generated articles in the
 * same process.
 */
import { Corpus, toDocument } from '../src/generate/index.js';
import type { Document } from '../src/core/document.js';
import { engineBuild, guard, loadExtractClaims, loadQuantities, loadTimes, type Failures } from './engines.js';
import { MemorySampler, type MemoryReport } from './memory.js';
import { chronoTimes, compromiseNumbers } from './peers.js';
import { measure, type Sample, type Throughput } from './timing.js';

export interface ExtractionArgs {
  articles: number;
  seed: number;
  minSeconds: number;
}

export interface ExtractionResult {
  corpus: { articles: number; mb: number; meanBytes: number; english: number };
  /** which build of the engines was measured (dist/ or src/ through tsx) and why */
  build: string;
  ours: Throughput[];
  peers: Throughput[];
  /** our full extraction's MB/s divided by each peer's MB/s (> 1: we are faster) */
  ratios: Record<string, number>;
  /** which of ours is "full": extractClaims when it works, else the parts that exist */
  full: string | null;
  unavailable: string[];
  /** per extractor: articles on which it threw (the run went on) */
  failures: Record<string, Failures>;
  memory: MemoryReport;
}

type DocSample = Sample & { doc: Document; reference: Date };

export function prepare(articles: number, seed: number, from = 0): DocSample[] {
  const corpus = new Corpus({ size: from + articles, seed });
  const out: DocSample[] = [];
  for (const a of corpus.articles(from)) {
    const doc = toDocument(a);
    out.push({ text: a.text, bytes: Buffer.byteLength(a.text), doc, reference: new Date(a.meta.publishedAt) });
  }
  return out;
}

export async function runExtraction(args: ExtractionArgs): Promise<ExtractionResult> {
  const mem = new MemorySampler().start();
  // a separate warm-up set of articles (JIT, lazily built tables, first words of the memos): the first thousand
  // articles a process reads cost about three times as much as the next ones, and measuring one pass over texts
  // not seen before is what a news stream gets
  const warmCount = Math.min(1000, args.articles);
  const all = prepare(args.articles + warmCount, args.seed);
  const warm = all.slice(0, warmCount);
  const samples = all.slice(warmCount);
  const unavailable: string[] = [];
  const ours: Throughput[] = [];

  const claims = await loadExtractClaims();
  const quantities = await loadQuantities();
  const times = await loadTimes();
  const failures: Record<string, Failures> = {};
  const f = (name: string): Failures => (failures[name] = { count: 0, first: null });
  if (claims.ok) {
    const run = guard(claims.value, [], f('extractClaims'));
    ours.push(measure('ours: extractClaims (full)', samples, (s) => run(s.doc).length, args.minSeconds, warm));
  } else unavailable.push(claims.reason);
  if (quantities.ok) {
    const run = guard(quantities.value, [], f('extractQuantities'));
    ours.push(measure('ours: extractQuantities', samples, (s) => run(s.text, s.doc.language ?? 'de', null).length, args.minSeconds, warm));
  } else unavailable.push(quantities.reason);
  if (times.ok) {
    const run = guard(times.value, [], f('extractTimes'));
    ours.push(measure('ours: extractTimes', samples, (s) => run(s.text, s.doc.language ?? 'de', s.doc.publishedAt).length, args.minSeconds, warm));
  } else unavailable.push(times.reason);
  mem.sample();

  const peers = [
    measure('peer: chrono-node de (times only)', samples, (s) => chronoTimes(s.text, s.doc.language ?? 'de', s.reference), args.minSeconds, warm.slice(0, 200)),
    measure('peer: de-compromise (numbers only)', samples, (s) => compromiseNumbers(s.text, s.doc.language ?? 'de', s.reference), args.minSeconds, warm.slice(0, 200)),
  ];

  // "full" is extractClaims; until it exists, the figure and time finders together stand in
  let full: Throughput | null = ours.find((t) => t.name.includes('full')) ?? null;
  if (!full && ours.length > 0) {
    const secondsPerMb = ours.reduce((n, t) => n + t.seconds / t.mb, 0);
    const secondsPerArticle = ours.reduce((n, t) => n + t.seconds / t.articles, 0);
    full = { ...ours[0]!, name: `ours: ${ours.map((t) => t.name.replace('ours: ', '')).join(' + ')} (partial)`, mbPerSec: 1 / secondsPerMb, articlesPerSec: 1 / secondsPerArticle };
  }
  const ratios: Record<string, number> = {};
  if (full) for (const p of peers) ratios[p.name] = full.mbPerSec / p.mbPerSec;
  const mb = samples.reduce((n, s) => n + s.bytes, 0) / 1e6;
  return {
    corpus: { articles: samples.length, mb, meanBytes: Math.round((mb * 1e6) / samples.length), english: samples.filter((s) => s.doc.language === 'en').length },
    build: `${engineBuild.from}/: ${engineBuild.why}`,
    ours, peers, ratios, full: full?.name ?? null, unavailable, failures, memory: mem.stop(),
  };
}
