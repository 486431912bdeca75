/**
 * `npm run bench`: extraction throughput (one core, all cores, peers), grouping and ingest for growing
 * corpus sizes, peak memory of each; prints tables and writes bench/results/latest.json.
 * Every benchmark runs in a child process of its own (bench/child.ts) so peak memory is attributable.
 *
 *   npm run bench -- --sizes 10000,100000 --pg postgres://localhost/claimledger_bench
 */
import { fork, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { ExtractionResult } from './extraction.js';
import type { GroupingResult } from './grouping.js';
import type { IngestResult } from './ingest.js';
import type { WorkersResult } from './workers.js';
import { duration, table } from './report.js';

const USAGE = `usage: npm run bench -- [options]
  --sizes N,N,...     corpus sizes for grouping and ingest (default 10000; e.g. 10000,100000,1000000)
  --articles N        articles for the extraction throughput runs (default 3000)
  --threads N         worker threads for the all-cores run and for extraction during ingest, as
                      \`claimledger ingest --threads\` (default: available cores; 1 = ingest extracts on its main thread)
  --seed N            corpus seed (default 1)
  --pg URL            also ingest into PostgreSQL (default: $CLAIMLEDGER_TEST_PG when set)
  --only LIST         run only some of: extraction,workers,grouping,ingest
  --analysis-max N    run the store's full analysis only up to this size (default 100000)
  --min-seconds S     minimum measuring time per extractor (default 2)
  --no-extract        grouping and ingest without claim extraction (cost of the indexes and the store alone)
  --batch N           ingest: articles per store.addArticles call, one transaction each (default 200; 1 = addArticle each)
  --out FILE          JSON results (default bench/results/latest.json)
`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    articles: { type: 'string', default: '3000' },
    threads: { type: 'string' },
    seed: { type: 'string', default: '1' },
    pg: { type: 'string' },
    only: { type: 'string', default: 'extraction,workers,grouping,ingest' },
    'analysis-max': { type: 'string', default: '100000' },
    'min-seconds': { type: 'string', default: '2' },
    out: { type: 'string', default: new URL('./results/latest.json', import.meta.url).pathname },
    'no-extract': { type: 'boolean', default: false },
    batch: { type: 'string', default: '200' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

function int(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`bench: --${name} must be a positive integer, got "${v}"\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const sizes = values.sizes.split(',').map((s) => int('sizes', s.trim()));
const articles = int('articles', values.articles);
const threads = values.threads ? int('threads', values.threads) : os.availableParallelism();
const seed = int('seed', values.seed);
const analysisMax = int('analysis-max', values['analysis-max']);
const minSeconds = Number(values['min-seconds']);
const only = new Set(values.only.split(',').map((s) => s.trim()));
const pgUrl = values.pg ?? process.env.CLAIMLEDGER_TEST_PG ?? null;
const extract = !values['no-extract'];
const batch = int('batch', values.batch);

function child<T>(task: string, args: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = fork(new URL('./child.ts', import.meta.url), [task, JSON.stringify(args)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    p.on('message', (m: { ok: boolean; result?: T; error?: string }) => {
      settled = true;
      if (m.ok) resolve(m.result as T);
      else reject(new Error(m.error));
    });
    p.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`${task} child exited with ${signal ?? code} before reporting`));
    });
  });
}

async function attempt<T>(label: string, f: () => Promise<T>): Promise<T | { error: string }> {
  process.stderr.write(`bench: ${label} ...\n`);
  const t0 = Date.now();
  try {
    const r = await f();
    process.stderr.write(`bench: ${label} done in ${duration((Date.now() - t0) / 1000)}\n`);
    return r;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`bench: ${label} failed: ${msg.split('\n')[0]}\n`);
    return { error: msg };
  }
}

const isError = (x: unknown): x is { error: string } => typeof x === 'object' && x !== null && 'error' in x;

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit: (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return null; } })(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.arch()}`, memoryGB: Math.round(os.totalmem() / 1e9) },
  args: { sizes, articles, threads, seed, analysisMax, pg: pgUrl ? 'yes' : 'no', extract },
};
let out = '';

if (only.has('extraction')) {
  const r = await attempt('extraction (one core, peers)', () => child<ExtractionResult>('extraction', { articles, seed, minSeconds }));
  results.extraction = r;
  if (!isError(r)) {
    out += table(`Extraction, one core: ${r.corpus.articles} generated articles, ${r.corpus.mb.toFixed(1)} MB (mean ${r.corpus.meanBytes} bytes, ${r.corpus.english} English; engines from ${r.build})`,
      ['extractor', 'MB/s', 'articles/s', 'items/article', 'passes'],
      [...r.ours, ...r.peers].map((t) => [t.name, t.mbPerSec, t.articlesPerSec, t.itemsPerArticle, t.passes]));
    if (r.full) out += table(`Ratio: ${r.full} vs peers (MB/s ours / MB/s peer; > 1 = ours faster)`, ['peer', 'ratio'], Object.entries(r.ratios).map(([k, v]) => [k, v]));
    for (const u of r.unavailable) out += `  unavailable: ${u}\n`;
    for (const [k, v] of Object.entries(r.failures)) if (v.count) out += `  ${k} threw on ${v.count} article runs (first: ${v.first})\n`;
  }
}

if (only.has('workers')) {
  const r = await attempt(`extraction (${threads} worker threads)`, () => child<WorkersResult>('workers', { articles: articles * threads, seed, threads }));
  results.workers = r;
  if (!isError(r)) out += table(`Extraction, all cores (${r.threads} worker threads, ${r.extractor})`, ['articles', 'MB', 'seconds', 'MB/s', 'articles/s', 'MB/s per thread'], [[r.articles, r.mb, r.seconds, r.mbPerSec, r.articlesPerSec, r.mbPerSecPerThread]]);
}

const perSize: Record<string, { grouping?: GroupingResult | { error: string }; sqlite?: IngestResult | { error: string }; postgres?: IngestResult | { error: string } }> = {};
for (const size of sizes) {
  const entry: (typeof perSize)[string] = {};
  perSize[size] = entry;
  if (only.has('grouping')) entry.grouping = await attempt(`grouping, ${size} articles`, () => child<GroupingResult>('grouping', { size, seed, extract }));
  if (only.has('ingest')) {
    entry.sqlite = await attempt(`ingest SQLite, ${size} articles`, () => child<IngestResult>('ingest', { size, seed, backend: 'sqlite', analysisMax, extract, batch, threads }));
    if (pgUrl) entry.postgres = await attempt(`ingest PostgreSQL, ${size} articles`, () => child<IngestResult>('ingest', { size, seed, backend: 'postgres', url: pgUrl, analysisMax, extract, batch, threads }));
  }
}
results.sizes = perSize;

const groupingRows = sizes.flatMap((s) => { const g = perSize[s]?.grouping; return g && !isError(g) ? [g] : []; });
if (groupingRows.length) {
  out += table('Syndication and story grouping (incremental indexes; extraction and generation timed apart)',
    ['articles', 'synd. s', 'stories s', 'articles/s', 'synd. P', 'synd. R', 'synd. B3 F1', 'story P', 'story R', 'story B3 F1', 'peak RSS MB'],
    groupingRows.map((g) => [g.size, g.seconds.syndication, g.seconds.stories, g.articlesPerSec.grouping,
      g.quality.syndication.pairwise.precision, g.quality.syndication.pairwise.recall, g.quality.syndication.bcubed.f1,
      g.quality.stories.pairwise.precision, g.quality.stories.pairwise.recall, g.quality.stories.bcubed.f1, g.memory.peakRssMB]));
  out += table('Groups found vs ground truth', ['articles', 'true synd. groups', 'found', 'largest found', 'true stories', 'found', 'largest true', 'largest found'],
    groupingRows.map((g) => [g.size, g.truth.syndicationGroups, g.predicted.syndicationGroups, g.predicted.largestGroup, g.truth.stories, g.predicted.stories, g.truth.largestStory, g.predicted.largestStory]));
  out += table('Grouping cost per 1,000 articles as the indexes fill (flat = linear)', ['articles', ...groupingRows[groupingRows.length - 1]!.checkpoints.map((c) => String(c.articles))],
    groupingRows.flatMap((g) => [[`${g.size} synd. ms`, ...g.checkpoints.map((c) => c.syndicationMsPer1k)], [`${g.size} story ms`, ...g.checkpoints.map((c) => c.storyMsPer1k)]]));
}
const ingestRows = sizes.flatMap((s) => (['sqlite', 'postgres'] as const).flatMap((b) => { const r = perSize[s]?.[b]; return r && !isError(r) ? [r] : []; }));
if (ingestRows.length) {
  out += table(`Ingest (addArticles in batches of ${batch}: extraction + store, one process; extractor: ${ingestRows[0]!.extractor})`,
    ['backend', 'articles', 'threads', 'seconds', 'articles/s', '2nd half /s', 'claims', 'analysis s', 'analysis peak RSS MB', 'db MB', 'peak RSS MB'],
    ingestRows.map((r) => [r.backend, r.size, r.threads, r.seconds, r.articlesPerSec, r.secondHalfArticlesPerSec, r.claims, 'seconds' in r.analysis ? r.analysis.seconds : 'skipped', 'seconds' in r.analysis ? r.analysis.peakRssMB : '-', r.dbMB ?? '-', r.memory.peakRssMB]));
}
for (const s of sizes) {
  for (const [k, v] of Object.entries(perSize[s] ?? {})) {
    if (isError(v)) out += `  ${k} ${s}: FAILED ${v.error.split('\n')[0]}\n`;
    else if (v.extractFailures.count) out += `  ${k} ${s}: extractClaims threw on ${v.extractFailures.count} articles (first: ${v.extractFailures.first})\n`;
  }
}
const wk = results.workers as WorkersResult | { error: string } | undefined;
if (wk && !isError(wk) && wk.failures.count) out += `  workers: extractor threw on ${wk.failures.count} articles (first: ${wk.failures.first})\n`;

// targets
const targets: Record<string, unknown> = {};
const ex = results.extraction as ExtractionResult | { error: string } | undefined;
if (ex && !isError(ex) && ex.full) {
  const full = ex.full.includes('partial') ? null : ex.ours.find((t) => t.name === ex.full);
  targets.extractionPerCore = full ? { mbPerSec: full.mbPerSec, target: 5, pass: full.mbPerSec >= 5 } : { note: 'extractClaims unavailable; only partial figures' };
  targets.fasterThanPeers = { ratios: ex.ratios, pass: Object.values(ex.ratios).every((r) => r > 1) };
}
if (groupingRows.length >= 2) {
  const a = groupingRows[0]!;
  const b = groupingRows[groupingRows.length - 1]!;
  const growth = a.articlesPerSec.grouping / b.articlesPerSec.grouping;
  targets.groupingNearLinear = { from: a.size, to: b.size, costPerArticleGrowth: growth, pass: growth < 1.5 };
}
const biggest = [...ingestRows].filter((r) => r.backend === 'sqlite').pop();
if (biggest) {
  const g = groupingRows.find((x) => x.size === biggest.size);
  const analysisPerArticle = 'seconds' in biggest.analysis ? biggest.analysis.seconds / biggest.size : g ? 1 / g.articlesPerSec.grouping : 0;
  const projected = 1e6 * (1 / biggest.articlesPerSec + analysisPerArticle);
  // the start-up and JIT warm-up weigh on a short run and not on a million articles: also from the second half
  const steady = 1e6 * (1 / biggest.secondHalfArticlesPerSec + analysisPerArticle);
  targets.oneMillionSqlite = {
    basedOn: biggest.size, ingestSecondsPerArticle: 1 / biggest.articlesPerSec, analysisSecondsPerArticle: analysisPerArticle,
    analysisFrom: 'seconds' in biggest.analysis ? 'the store\'s persisted analysis run' : 'incremental indexes (the store\'s analysis skipped)',
    projectedSeconds: projected, projectedSecondsFromSecondHalf: steady, target: 3600, pass: projected < 3600, extractor: biggest.extractor,
  };
  out += `\n1M articles into SQLite (linear projection from ${biggest.size}): ${duration(projected)}; from the second half of the run: ${duration(steady)} (target < 1 h)\n`;
}
results.targets = targets;
if (targets.extractionPerCore && 'mbPerSec' in (targets.extractionPerCore as object)) {
  const t = targets.extractionPerCore as { mbPerSec: number; pass: boolean };
  out += `Extraction per core: ${t.mbPerSec.toFixed(2)} MB/s (target >= 5: ${t.pass ? 'met' : 'NOT met'})\n`;
}

process.stdout.write(out);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(values.out, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`\nresults written to ${values.out}\n`);
