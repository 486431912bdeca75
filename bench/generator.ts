/**
 * Write a generated corpus to disk, for `claimledger ingest` or other tools:
 *   node --import tsx bench/generator.ts --size 1000 --out corpus-1k [--format txt|jsonl] [--seed 1]
 * txt: one <id>.txt per article (header block + body) plus truth.jsonl;
 * jsonl: corpus.jsonl ({id, title, outlet, url, publishedAt, language, text} per line) plus truth.jsonl.
 * Streams: one article in memory at a time.
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { Corpus } from '../src/generate/index.js';

const USAGE = 'usage: node --import tsx bench/generator.ts --size N --out DIR [--format txt|jsonl] [--seed N] [--copy-rate R] [--rewrite-rate R] [--english-rate R]\n';

async function write(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' }, out: { type: 'string' }, format: { type: 'string', default: 'txt' }, seed: { type: 'string', default: '1' },
      'copy-rate': { type: 'string' }, 'rewrite-rate': { type: 'string' }, 'english-rate': { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help) return process.stdout.write(USAGE), 0;
  const size = Number(values.size);
  if (!values.out || !Number.isInteger(size) || size <= 0) return process.stderr.write(`generator: --size (positive integer) and --out are required\n${USAGE}`), 2;
  if (values.format !== 'txt' && values.format !== 'jsonl') return process.stderr.write(`generator: --format must be txt or jsonl, got "${values.format}"\n`), 2;
  const num = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));
  const corpus = new Corpus({ size, seed: Number(values.seed), copyRate: num(values['copy-rate']), rewriteRate: num(values['rewrite-rate']), englishRate: num(values['english-rate']) });
  mkdirSync(values.out, { recursive: true });
  const truth = createWriteStream(join(values.out, 'truth.jsonl'));
  const jsonl = values.format === 'jsonl' ? createWriteStream(join(values.out, 'corpus.jsonl')) : null;
  for (const a of corpus.articles()) {
    if (jsonl) await write(jsonl, JSON.stringify({ id: a.id, title: a.meta.title, outlet: a.meta.outlet, url: a.meta.url, publishedAt: a.meta.publishedAt, language: a.meta.language, text: a.text.slice(a.bodyStart) }) + '\n');
    else writeFileSync(join(values.out, `${a.id}.txt`), a.text);
    await write(truth, JSON.stringify(a.truth) + '\n');
  }
  for (const s of [truth, jsonl]) if (s) { s.end(); await once(s, 'finish'); }
  process.stderr.write(`generator: ${size} articles written to ${values.out} (${values.format})\n`);
  return 0;
}

process.exitCode = await main();
