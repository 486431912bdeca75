/**
 * Memory of serving the web app on a large store: opens the store, makes sure its analysis is persisted (in a
 * child process, so that the run's own peak is not counted here), then requests the stories list, the page of the
 * largest story, its JSON twin and its ledger CSV, and an article page, and prints the resident set size before,
 * the kernel's maxRSS after, and the time of each request:
 *   node --import tsx --expose-gc bench/serve-memory.ts cl-100k.sqlite
 * (a store made by bench/make-store.ts; on a store whose analysis is not yet persisted, the first read runs it)
 */
import { fork } from 'node:child_process';
import { openStore } from '../src/store/open.js';
import { createApp } from '../src/server/app.js';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: serve-memory.ts STORE\n');
  process.exit(2);
}

const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10;

if (process.argv[3] === '--prepare') {
  // child: the analysis run, if the store needs one
  const store = await openStore(target, { extract: () => [], reextractOnOpen: false });
  await store.listStories({ limit: 1 });
  await store.close();
  process.exit(0);
}

await new Promise<void>((resolve, reject) => {
  const p = fork(new URL(import.meta.url), [target, '--prepare'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prepare exited with ${code}`))));
});

const store = await openStore(target, { extract: () => [], reextractOnOpen: false });
const app = createApp({ store });
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
await store.count();
gc();
const base = process.memoryUsage().rss;
const largest = (await store.listStories({ limit: 1, order: 'analysis' })).stories[0];
if (!largest) throw new Error('the store has no stories');
const anArticle = (await store.listArticles({ limit: 1 }))[0]!;
const rows: { path: string; status: number; ms: number; bytes: number }[] = [];
for (const path of [
  '/stories', '/api/stories?page=3&limit=100', `/stories/${encodeURIComponent(largest.id)}`, `/api/stories/${encodeURIComponent(largest.id)}`,
  `/stories/${encodeURIComponent(largest.id)}/ledger.csv`, `/articles/${encodeURIComponent(anArticle.id)}`, '/claims?measure=killed',
]) {
  const t0 = process.hrtime.bigint();
  const res = await app.request(path);
  const body = await res.arrayBuffer();
  rows.push({ path, status: res.status, ms: Number(process.hrtime.bigint() - t0) / 1e6, bytes: body.byteLength });
}
const peak = Math.max(process.resourceUsage().maxRSS * 1024, process.memoryUsage().rss);
gc();
process.stdout.write(`${JSON.stringify({
  store: target, largestStory: { id: largest.id, articles: largest.articles, claims: largest.claims },
  baseRssMB: mb(base), peakRssMB: mb(peak), deltaRssMB: mb(peak - base), heapAfterMB: mb(process.memoryUsage().heapUsed),
  requests: rows.map((r) => ({ ...r, ms: Math.round(r.ms) })),
}, null, 1)}\n`);
await store.close();
