/**
 * `claimledger analyze [--format text|json] [--published D] [--outlet O] [--allow-private] SOURCE...`
 * Reads the sources, extracts claims, and prints syndication, stories and the reconciled ledger per story.
 * Everything happens in memory; `ingest` + `export` do the same through the store.
 */
import { parseArgs } from 'node:util';
import type { CommandIO } from '../main.js';
import type { Claim } from '../../core/claim.js';
import type { Document } from '../../core/document.js';
import { analyze } from '../../analysis/analyze.js';
import { formatAnalysisText } from '../../analysis/format.js';
import type { AnalysisArticle } from '../../analysis/types.js';
import { readSources } from '../../ingest/read.js';

const HELP = `usage: claimledger analyze [--format text|json] [--published DATE] [--outlet NAME] [--allow-private] SOURCE...

Reads files, folders, URLs, feeds or JSONL, extracts the claims of every article and prints, in memory:
syndication groups (copies and rewrites), stories, and per story the reconciled ledger of comparable claims.
  --format text|json   readable text per story (default) or one JSON object
  --published DATE     publication date for articles whose metadata has none (ISO)
  --outlet NAME        outlet for articles whose metadata has none
  --allow-private      allow URLs on loopback or private networks
`;

type Extract = (doc: Document) => Claim[];

/**
 * The claim extractor, loaded at run time so that `analyze` still works (without claims, so stories and
 * syndication only) while src/claims/extract.ts is not built.
 */
async function loadExtractor(io: CommandIO): Promise<Extract> {
  const path = '../../claims/extract.js';
  try {
    const mod = (await import(path)) as { extractClaims?: Extract };
    if (typeof mod.extractClaims === 'function') return mod.extractClaims;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  io.stderr.write('claimledger analyze: claim extraction is not available; analysing without claims\n');
  return () => [];
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr.write(`claimledger analyze: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    io.stderr.write(`claimledger analyze: --format must be text or json, not "${format}"\n`);
    return 2;
  }
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) {
    io.stderr.write(`claimledger analyze: --published "${values.published}" is not a date (use ISO, e.g. 2024-12-17)\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write(`claimledger analyze: no SOURCE given\n\n${HELP}`);
    return 2;
  }

  const extract = await loadExtractor(io);
  const articles: AnalysisArticle[] = [];
  let failed = 0;
  for await (const item of readSources(positionals, {
    published: values.published,
    outlet: values.outlet,
    allowPrivate: values['allow-private'],
  })) {
    if (!item.ok) {
      failed++;
      io.stderr.write(`claimledger analyze: ${item.source}: ${item.error}\n`);
      continue;
    }
    let claims: Claim[];
    try {
      claims = extract(item.doc);
    } catch (e) {
      failed++;
      io.stderr.write(`claimledger analyze: ${item.source}: claim extraction failed: ${(e as Error).message}\n`);
      claims = [];
    }
    articles.push({ doc: item.doc, claims });
  }

  const analysis = analyze(articles);
  if (format === 'json') io.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
  else io.stdout.write(formatAnalysisText(analysis));
  return failed > 0 ? 1 : 0;
}
