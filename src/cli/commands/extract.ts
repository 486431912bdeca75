import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import type { CommandIO } from '../main.js';
import type { Claim } from '../../core/claim.js';
import { extractClaims } from '../../claims/extract.js';
import { documentFromText } from '../../ingest/document.js';
import { fileDocumentId } from '../../ingest/id.js';
import { normaliseDate } from '../../ingest/dates.js';
import { hasPack } from '../../lang/index.js';

/**
 * `claimledger extract [--format jsonl|json|table] [--published DATE] [--outlet NAME] [--lang de|en] FILE...`
 *
 * The claim contract (../shared/claim-schema.md): jsonl prints one claim per line for every file in order; json
 * prints one array; the default is a readable table. The document id is the file name without its extension;
 * offsets refer to the file text as read (UTF-8, leading BOM removed, header included). A file that cannot be
 * read or is empty is reported on stderr by name; the others go on; the exit code is 1 at the end.
 */
const HELP = `usage: claimledger extract [--format jsonl|json|table] [--published DATE] [--outlet NAME] [--lang de|en] FILE...
  prints the claims of each article file (one JSON object per line with --format jsonl)
  --published DATE  publication date (overrides the file's header); relative times resolve against it
  --outlet NAME     the outlet (overrides the file's header)
  --lang CODE       language of the articles (default: the header's, else detected, else de)
`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr.write(`claimledger extract: ${(err as Error).message}\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = values.format!;
  if (!['jsonl', 'json', 'table'].includes(format)) {
    io.stderr.write(`claimledger extract: unknown format "${format}" (jsonl, json, table)\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write(`claimledger extract: no input files\n${HELP}`);
    return 2;
  }
  let published: string | undefined;
  if (values.published !== undefined) {
    const d = normaliseDate(values.published);
    if (!d) {
      io.stderr.write(`claimledger extract: --published "${values.published}" is not a date\n`);
      return 2;
    }
    published = d;
  }
  if (values.lang !== undefined && !hasPack(values.lang)) {
    io.stderr.write(`claimledger extract: no language pack for "${values.lang}"\n`);
    return 2;
  }

  // a closed pipe (`| head`) ends the output quietly
  io.stdout.on?.('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  let failed = 0;
  const all: Claim[] = [];
  if (format === 'json') io.stdout.write('[');
  let first = true;
  for (const file of positionals) {
    let claims: Claim[];
    try {
      const raw = await readFile(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
      const doc = documentFromText(text, { id: fileDocumentId(file), publishedAt: published, outlet: values.outlet, language: values.lang });
      // a language without a pack is flagged, not mis-parsed with another language's rules: say so
      if (doc.language && !hasPack(doc.language)) io.stderr.write(`claimledger extract: ${file}: language "${doc.language}" has no language pack: no claims extracted (use --lang de|en to force one)\n`);
      claims = extractClaims(doc);
    } catch (err) {
      failed++;
      io.stderr.write(`claimledger extract: ${file}: ${describe(err)}\n`);
      continue;
    }
    if (format === 'jsonl') {
      for (const c of claims) io.stdout.write(JSON.stringify(c) + '\n');
    } else if (format === 'json') {
      for (const c of claims) {
        io.stdout.write((first ? '\n' : ',\n') + JSON.stringify(c));
        first = false;
      }
    } else {
      all.push(...claims);
      io.stdout.write(table(file, claims));
    }
  }
  if (format === 'json') io.stdout.write(first ? ']\n' : '\n]\n');
  return failed ? 1 : 0;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e && e.code === 'ENOENT') return 'no such file';
  if (e && e.code === 'EISDIR') return 'is a directory, not a file';
  if (e && e.code === 'EACCES') return 'permission denied';
  if (err instanceof TypeError && /decode|encoded/iu.test(err.message)) return 'not valid UTF-8 text';
  return err instanceof Error ? err.message : String(err);
}

/** A readable table: one line per claim with the fields a reader checks first. */
function table(file: string, claims: Claim[]): string {
  const lines = [`${file}: ${claims.length} claim${claims.length === 1 ? '' : 's'}`];
  for (const c of claims) {
    const subject = c.subject ? [c.subject.country, c.subject.kind].filter(Boolean).join(' ') : '';
    const source = c.source.name ?? (c.source.kind === 'unattributed' ? '(outlet)' : c.source.text ?? '');
    const scope = c.scope.type === 'unspecified' ? '' : `${c.scope.type}${c.scope.per ? '/' + c.scope.per : ''}`;
    lines.push([
      `  ${c.id}`.padEnd(12),
      c.text.padEnd(24),
      c.measure.padEnd(18),
      subject.padEnd(12),
      (c.place?.name ?? '').padEnd(10),
      scope.padEnd(12),
      `${c.source.kind}: ${source}`.padEnd(48),
      c.speech.padEnd(9),
      c.hedges.join(','),
    ].join(' ').trimEnd());
  }
  return lines.join('\n') + '\n';
}
