/**
 * A kept SQLite store of N generated articles with their claims, for measuring the analysis and the web app on a
 * corpus of a known size (bench/analysis-memory.ts):
 *   node --import tsx bench/make-store.ts --size 100000 --out cl-100k.sqlite [--threads 2] [--seed 1]
 */
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { runIngest } from './ingest.js';

const { values } = parseArgs({ options: { size: { type: 'string' }, out: { type: 'string' }, threads: { type: 'string' }, seed: { type: 'string' } } });
if (!values.size || !values.out) {
  process.stderr.write('usage: make-store.ts --size N --out FILE.sqlite [--threads N] [--seed N]\n');
  process.exit(2);
}
const r = await runIngest({
  size: Number(values.size), seed: Number(values.seed ?? 1), backend: 'sqlite', analysisMax: 0, extract: true,
  threads: Number(values.threads ?? cpus().length), keepFile: values.out,
});
process.stdout.write(`${values.out}: ${r.size} articles, ${r.claims} claims in ${r.seconds.toFixed(0)} s (${r.articlesPerSec.toFixed(0)}/s), ${r.dbMB} MB\n`);
