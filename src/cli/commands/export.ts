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

/** Items of a paged reader one by one (pages of `size`, until a short page). */
async function* paged<T>(read: (opts: { limit: number; offset: number }) => Promise<T[]>, size: number): AsyncGenerator<T> {
  for (let offset = 0; ; offset += size) {
    const page = await read({ limit: size, offset });
    yield* page;
    if (page.length < size) return;
  }
}

/** A JSON array written item by item. */
async function writeArray<T>(out: NodeJS.WritableStream, items: AsyncIterable<T>): Promise<number> {
  let n = 0;
  await write(out, '[');
  for await (const x of items) await write(out, (n++ ? ',' : '') + JSON.stringify(x));
  await write(out, ']');
  return n;
}

/** Stories per page read from the store: a story carries its whole ledger. */
const STORY_PAGE = 200;

/**
 * The export reads the analysis in pages from the store (articles, stories, syndication groups, claims) and
 * writes as it reads, so its memory is a page, not the corpus: the same output as from one Analysis object.
 */
async function exportTo(store: Store, format: Format, out: NodeJS.WritableStream): Promise<number> {
  const generatedAt = new Date().toISOString();
  let n = 0;
  if (format === 'csv') {
    await write(out, csvHeader());
    // claims come newest first, a page at a time; their articles' columns are read for that page
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.searchClaims({ limit: PAGE, offset });
      const summaries = await store.getArticleSummaries([...new Set(page.map((c) => c.doc))]);
      const articles = new Map<string, ArticleColumns>(summaries.map((a) => [a.id, { outlet: a.outlet, publishedAt: a.publishedAt, url: a.url, story: a.story }]));
      for (const c of page) {
        await write(out, claimCsvRow(c, articles.get(c.doc)));
        n++;
      }
      if (page.length < PAGE) break;
    }
  } else if (format === 'json') {
    await write(out, `{"generatedAt":${JSON.stringify(generatedAt)},"engineVersion":${JSON.stringify(ENGINE_VERSION)},"articles":`);
    await writeArray(out, paged((o) => store.listArticleSummaries(o), PAGE));
    await write(out, ',"stories":');
    await writeArray(out, paged((o) => store.getStories(o), STORY_PAGE));
    await write(out, ',"syndication":');
    await writeArray(out, paged((o) => store.listSyndication(o), PAGE));
    await write(out, ',"claims":[');
    for await (const c of allClaims(store)) {
      await write(out, (n++ ? ',\n' : '\n') + JSON.stringify(c));
    }
    await write(out, '\n]}\n');
  } else {
    // one story at a time: its reviews need its ledger, its articles' summaries and its claims
    await write(out, `{\n "@context": ${JSON.stringify(toClaimReview({ articles: [], stories: [], syndication: [] }, new Map(), generatedAt)['@context'])},\n "@graph": [`);
    for await (const story of paged((o) => store.getStories(o), STORY_PAGE)) {
      const articles = await store.getArticleSummaries(story.articles);
      const claims = new Map<string, Claim>();
      for (const d of story.articles) for (const c of await store.getClaims(d)) claims.set(c.id, c);
      const graph = toClaimReview({ articles, stories: [story], syndication: [] }, claims, generatedAt)['@graph'] as unknown[];
      for (const review of graph) await write(out, (n++ ? ',\n' : '\n') + indent(JSON.stringify(review, null, 1)));
    }
    await write(out, `${n ? '\n ' : ''}]\n}\n`);
  }
  return n;
}

/** A review as JSON.stringify(doc, null, 1) lays it out inside "@graph" (two levels in). */
function indent(json: string): string {
  return json.split('\n').map((line) => `  ${line}`).join('\n');
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
