/**
 * extractClaims of two compiled builds (e.g. dist/ of two commits) on the same unseen generated articles, in
 * alternating blocks, CPU time: how much faster one commit is than another, on a machine that may be shared.
 * Each build is warmed up on its own first block (the first thousand articles of a process cost about three
 * times the next ones); then each later block of new articles is run by both, in alternating order.
 * Usage: node --import tsx scripts/compare-builds.ts <distA> <distB> [blocks=4] [blockSize=1000]
 * e.g. `git worktree add ../old <commit> && (cd ../old && npm ci && npm run build)`, then
 *      node --import tsx scripts/compare-builds.ts ../old/dist dist
 * (a measurement, not a test).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepare } from '../bench/extraction.js';

type Extract = (doc: unknown) => unknown[];
const [a, b] = [process.argv[2], process.argv[3]];
if (!a || !b) {
  process.stderr.write('usage: compare-builds.ts <distA> <distB> [blocks] [blockSize]\n');
  process.exit(2);
}
const blocks = Number(process.argv[4] ?? 4);
const size = Number(process.argv[5] ?? 1000);
const builds = await Promise.all([a, b].map(async (d) => (await import(pathToFileURL(resolve(d, 'claims/extract.js')).href)).extractClaims as Extract));
const samples = prepare(size * (blocks + 1), 1);
const cpu = (f: Extract, from: number): number => {
  const c0 = process.cpuUsage();
  for (let i = from; i < from + size; i++) f(samples[i]!.doc);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};
for (const f of builds) cpu(f, 0); // warm-up block, not counted
const total = [0, 0];
let mb = 0;
for (let k = 1; k <= blocks; k++) {
  const from = k * size;
  mb += samples.slice(from, from + size).reduce((n, s) => n + s.bytes, 0) / 1e6;
  const order = k % 2 ? [0, 1] : [1, 0]; // alternate who goes first
  for (const i of order) total[i] += cpu(builds[i]!, from);
}
[a, b].forEach((d, i) => process.stdout.write(`${d.padEnd(30)} ${total[i]!.toFixed(2)} s CPU, ${(mb / total[i]!).toFixed(2)} MB/s\n`));
process.stdout.write(`B is ${(total[0]! / total[1]!).toFixed(2)}x the speed of A (${blocks} blocks of ${size} unseen articles)\n`);
