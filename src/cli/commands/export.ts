/**
 * `claimledger export`: the stored ledger as JSON (the analysis plus every claim), CSV (one row per claim) or
 * schema.org ClaimReview JSON-LD. With --out the file is written beside its destination and renamed into place,
 * so that a failed export never leaves half a file.
 */
import { parseArgs } from 'node:util';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { CommandIO } from '../main.js';
import type { Claim } from '../../core/claim.js';
import type { Store } from '../../store/types.js';
import { openStore, resolveDb } from '../../store/open.js';
import { ENGINE_VERSION } from '../../version.js';
import { claimCsvRow, csvHeader, type ArticleColumns } from '../../export/csv.js';
import { toClaimReview } from '../../export/claimreview.js';

const HELP = `usage: claimledger export [--db FILE|URL] --format json|csv|claimreview [--out FILE]

  json         {generatedAt, engineVersion, articles, stories, syndication, claims}
  csv          one row per claim, the claim contract's fields flattened (RFC 4180)
  claimreview  schema.org ClaimReview JSON-LD; quantity fields under the cl: namespace
`;

const FORMATS = ['json', 'csv', 'claimreview'] as const;
type Format = (typeof FORMATS)[number];

const PAGE = 5000;

/** Every current claim, page by page (the store caps a page at 10 000). */
async function* allClaims(store: Store): AsyncGenerator<Claim> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.searchClaims({ limit: PAGE, offset });
    yield* page;
    if (page.length < PAGE) return;
  }
}

async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function exportTo(store: Store, format: Format, out: NodeJS.WritableStream): Promise<number> {
  const analysis = await store.analysis();
  const generatedAt = new Date().toISOString();
  let n = 0;
  if (format === 'csv') {
    const articles = new Map<string, ArticleColumns>(analysis.articles.map((a) => [a.id, { outlet: a.outlet, publishedAt: a.publishedAt, url: a.url, story: a.story }]));
    await write(out, csvHeader());
    for await (const c of allClaims(store)) {
      await write(out, claimCsvRow(c, articles.get(c.doc)));
      n++;
    }
  } else if (format === 'json') {
    const head = JSON.stringify({ generatedAt, engineVersion: ENGINE_VERSION, articles: analysis.articles, stories: analysis.stories, syndication: analysis.syndication });
    // the claims array is streamed after the analysis: a large corpus is not held as one string
    await write(out, head.slice(0, -1) + ',"claims":[');
    for await (const c of allClaims(store)) {
      await write(out, (n++ ? ',\n' : '\n') + JSON.stringify(c));
    }
    await write(out, '\n]}\n');
  } else {
    const claims = new Map<string, Claim>();
    for await (const c of allClaims(store)) claims.set(c.id, c);
    const doc = toClaimReview(analysis, claims, generatedAt);
    n = (doc['@graph'] as unknown[]).length;
    await write(out, JSON.stringify(doc, null, 1) + '\n');
  }
  return n;
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (err) {
    io.stderr.write(`claimledger export: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = (values.format ?? '') as Format;
  if (!FORMATS.includes(format)) {
    io.stderr.write(`claimledger export: --format must be one of ${FORMATS.join(', ')}${values.format ? ` (got "${values.format}")` : ''}\n\n${HELP}`);
    return 2;
  }
  const store = await openStore(resolveDb(values.db));
  try {
    if (!values.out) {
      let n: number;
      try {
        n = await exportTo(store, format, io.stdout);
      } catch (err) {
        // the reader went away (\`| head\`): not an error of the export
        if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0;
        throw err;
      }
      io.stderr.write(`export: ${n} ${format === 'claimreview' ? 'claim reviews' : 'claims'}\n`);
      return 0;
    }
    const tmp = `${values.out}.tmp-${process.pid}`;
    const file = createWriteStream(tmp);
    try {
      const n = await exportTo(store, format, file);
      file.end();
      await once(file, 'finish');
      renameSync(tmp, values.out);
      io.stderr.write(`export: ${n} ${format === 'claimreview' ? 'claim reviews' : 'claims'} written to ${values.out}\n`);
      return 0;
    } catch (err) {
      file.destroy();
      rmSync(tmp, { force: true });
      throw err;
    }
  } finally {
    await store.close();
  }
}
