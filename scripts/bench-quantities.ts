/**
 * Throughput of extractQuantities alone on German news text (MB/s of UTF-8 on one core).
 * Text: generated German articles (src/generate) plus, when present, the real articles in
 * ../shared/examples (read at run time, never copied into the repo).
 * Usage: node --import tsx scripts/bench-quantities.ts [--articles N] [--seconds S] [--profile]
 * (a measurement, not a test: numbers vary with the machine; see also `npm run bench`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Corpus } from '../src/generate/index.js';
import { getPack } from '../src/lang/index.js';
import { extractQuantities } from '../src/quantity/extract.js';
import { repoRoot } from './peer/common.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, seconds: { type: 'string', default: '5' } } });
const articles = Number(values.articles);
const seconds = Number(values.seconds);

function germanTexts(n: number): string[] {
  const out: string[] = [];
  const corpus = new Corpus({ size: n, seed: 7, englishRate: 0 });
  for (const a of corpus.articles()) out.push(a.text);
  const examples = join(repoRoot, '..', 'shared', 'examples');
  if (existsSync(examples)) {
    for (const f of readdirSync(examples).filter((x) => x.endsWith('.txt'))) out.push(readFileSync(join(examples, f), 'utf8'));
  }
  return out;
}

const texts = germanTexts(articles);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const de = getPack('de');
let spans = 0;
for (const t of texts) spans += extractQuantities(t, de).length; // warm-up (JIT, table compilation)
let passes = 0;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  for (const t of texts) extractQuantities(t, de);
  passes++;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
}
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = (bytes * passes) / 1e6;
// CPU seconds as well as wall-clock: on a shared machine other processes slow the wall clock down
process.stdout.write(`extractQuantities (de): ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, ${spans} spans per pass; ` +
  `${passes} passes in ${elapsed.toFixed(2)} s wall / ${cpuSeconds.toFixed(2)} s CPU → ` +
  `${(mb / elapsed).toFixed(2)} MB/s wall, ${(mb / cpuSeconds).toFixed(2)} MB/s per CPU-second, ` +
  `${((texts.length * passes) / elapsed).toFixed(0)} articles/s\n`);
