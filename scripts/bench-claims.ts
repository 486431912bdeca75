/**
 * Throughput of extractClaims (full claim extraction) on German and English news text, in MB/s of UTF-8 and
 * articles/s on one core, by wall clock and by CPU time (process.cpuUsage: the machine is shared, and CPU time
 * is what a loaded machine does not distort).
 * Text: the real articles in ../shared/examples (read at run time, never copied into the repo), the demo
 * articles in demo/articles/*.txt, and generated articles (src/generate, German and English).
 * It also times the engines extractClaims builds on, each alone on the same text, the way extractClaims calls
 * them, to show where the time goes: sentences + tokens, quantities, times; "claims" is the rest.
 * Usage: node --import tsx scripts/bench-claims.ts [--seconds S] [--generated N] [--seed N] [--json]
 * (a measurement, not a test; profile with `node --cpu-prof --import tsx scripts/bench-claims.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/core/document.js';
import { makeDocument } from '../src/core/document.js';
import { extractClaims } from '../src/claims/extract.js';
import { Corpus, toDocument } from '../src/generate/index.js';
import { documentFromText } from '../src/ingest/document.js';
import { getPack, hasPack } from '../src/lang/index.js';
import { extractQuantities } from '../src/quantity/extract.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokens.js';
import { extractTimes } from '../src/time/extract.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const OPTIONS = {
  seconds: { type: 'string', default: '3' },
  generated: { type: 'string', default: '400' },
  seed: { type: 'string', default: '7' },
  json: { type: 'boolean', default: false },
} as const;

/** The benchmark documents; exported so that the golden dump (.tmp) sees exactly the same texts. */
export function benchDocuments(generated = 400, seed = 7): Document[] {
  const docs: Document[] = [];
  const examples = join(repoRoot, '..', 'shared', 'examples');
  if (existsSync(examples)) {
    for (const f of readdirSync(examples).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(examples, f), 'utf8').replace(/^\uFEFF/u, '');
      docs.push(makeDocument(text, { id: `example-${f}`, language: 'de', publishedAt: '2024-12-17' }));
    }
  } else process.stderr.write(`note: ${examples} not found; benchmarking without the example articles\n`);
  const demo = join(repoRoot, 'demo', 'articles');
  if (existsSync(demo)) {
    for (const f of readdirSync(demo).filter((f) => f.endsWith('.txt')).sort()) {
      docs.push(documentFromText(readFileSync(join(demo, f), 'utf8'), { id: `demo-${f}`, language: 'de' }));
    }
  }
  const corpus = new Corpus({ size: generated, seed });
  for (const a of corpus.articles()) docs.push(toDocument(a));
  return docs;
}

interface Timing {
  name: string;
  passes: number;
  wall: number;
  cpu: number;
}

/** Repeats whole passes over the documents until `seconds` of CPU time have gone by, after one warm-up pass. */
function time(name: string, docs: readonly Document[], seconds: number, run: (d: Document) => void): Timing {
  for (const d of docs) run(d);
  let passes = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let cpu = 0;
  do {
    for (const d of docs) run(d);
    passes++;
    const c = process.cpuUsage(c0);
    cpu = (c.user + c.system) / 1e6;
  } while (cpu < seconds);
  return { name, passes, wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu };
}

const packOf = (d: Document) => getPack(d.language && hasPack(d.language) ? d.language : 'de');

/** the sentence spans of a document's body, cached so the engine timings below do not include splitting */
const sentencesOf = new Map<Document, ReturnType<typeof splitSentences>>();
/** the sentences extractClaims asks the time engine about: those holding a figure (a quantity of kind 'quantity') */
const figureSentencesOf = new Map<Document, ReturnType<typeof splitSentences>>();

function prepare(docs: readonly Document[]): void {
  for (const d of docs) {
    const pack = packOf(d);
    const from = Math.min(d.bodyStart, d.text.length);
    const spans = splitSentences(d.text, pack, from, d.text.length);
    sentencesOf.set(d, spans);
    const qs = extractQuantities(d.text, pack, from, d.text.length).filter((q) => q.kind === 'quantity');
    figureSentencesOf.set(d, spans.filter((s) => qs.some((q) => q.start >= s.start && q.start < s.end)));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS });
  const seconds = Number(values.seconds);
  const docs = benchDocuments(Number(values.generated), Number(values.seed));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const english = docs.filter((d) => d.language === 'en').length;
  prepare(docs);
  let claims = 0;
  for (const d of docs) claims += extractClaims(d).length;

  const full = time('extractClaims (full)', docs, seconds, (d) => void extractClaims(d));
  const sentences = time('  sentences + tokens', docs, seconds, (d) => {
    const pack = packOf(d);
    for (const s of splitSentences(d.text, pack, Math.min(d.bodyStart, d.text.length), d.text.length)) tokenize(d.text, pack, s.start, s.end);
  });
  const quantities = time('  quantities', docs, seconds, (d) => void extractQuantities(d.text, packOf(d), Math.min(d.bodyStart, d.text.length), d.text.length));
  const times = time('  times (sentences with figures)', docs, seconds, (d) => {
    const pack = packOf(d);
    for (const s of figureSentencesOf.get(d)!) extractTimes(d.text, pack, { reference: d.publishedAt }, s.start, s.end);
  });

  const mb = bytes / 1e6;
  const rows = [full, sentences, quantities, times].map((t) => ({
    name: t.name,
    cpuMBps: (mb * t.passes) / t.cpu,
    wallMBps: (mb * t.passes) / t.wall,
    articlesPerCpuSec: (docs.length * t.passes) / t.cpu,
    cpuSecPerPass: t.cpu / t.passes,
  }));
  const perPass = (t: Timing) => t.cpu / t.passes;
  const fullPass = perPass(full);
  const shares = {
    sentencesTokens: perPass(sentences) / fullPass,
    quantities: perPass(quantities) / fullPass,
    times: perPass(times) / fullPass,
    claims: 1 - (perPass(sentences) + perPass(quantities) + perPass(times)) / fullPass,
  };
  const report = { corpus: { articles: docs.length, english, mb, claims }, rows, shares };
  if (values.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  const out: string[] = [];
  out.push(`corpus: ${docs.length} articles (${english} English), ${mb.toFixed(2)} MB, ${claims} claims`);
  out.push('                                   MB/s (CPU)  MB/s (wall)  articles/s (CPU)  CPU s/pass');
  for (const r of rows) {
    out.push(`${r.name.padEnd(34)} ${r.cpuMBps.toFixed(2).padStart(10)}  ${r.wallMBps.toFixed(2).padStart(11)}  ${r.articlesPerCpuSec.toFixed(0).padStart(16)}  ${r.cpuSecPerPass.toFixed(3).padStart(10)}`);
  }
  out.push('share of extractClaims CPU time (each engine timed alone on the same text; claims = the rest):');
  for (const [k, v] of Object.entries(shares)) out.push(`  ${k.padEnd(16)} ${(v * 100).toFixed(1).padStart(5)} %`);
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
