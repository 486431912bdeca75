import { parseArgs } from 'node:util';
import type { CommandIO } from '../main.js';
import type { LanguagePack } from '../../lang/types.js';
import type { QuantitySpan } from '../../core/quantity.js';
import type { TimeSpan } from '../../core/time-value.js';
import { readLines } from '../../quantity/lines.js';

/**
 * `claimledger parse --format jsonl [--reference-time ISO] [--prefer past|future] [--tz ZONE] [--lang de|en]`
 *
 * Reads one text per line from stdin and prints one JSON object per line, in order (a contract: the
 * peer-suite runner and other tools read it):
 *   {"text", "quantities": [{"text", "span": {"start","end"}, "value": {min,max,minExclusive,maxExclusive,approx,vague,unit}}],
 *    "numbers": [{"text", "kind", "span", "value"}],   // number-like spans that are not figures (additive)
 *    "times": [{"text", "span", "value": {"start","end","grain"}}]}
 * Lines are split on "\n"; one "\r" before it is dropped (CRLF input); anything else is kept verbatim.
 * A line that cannot be processed gets an "error" field; the others go on. Offsets are UTF-16 units.
 */
const HELP = `usage: claimledger parse --format jsonl [--reference-time ISO] [--prefer past|future] [--tz ZONE] [--lang de|en]
  reads one text per line from stdin, prints one JSON object per line (quantities, numbers, times)
`;

/** Lines longer than this (in UTF-16 units) are reported as errors instead of parsed. */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

type TimeExtractor = (
  text: string,
  pack: LanguagePack,
  opts: { reference: string | null; prefer?: 'past' | 'future'; tz?: string },
) => TimeSpan[];

async function loadTimeExtractor(): Promise<TimeExtractor | null> {
  try {
    const mod = (await import('../../time/extract.js' as string)) as { extractTimes?: TimeExtractor };
    return typeof mod.extractTimes === 'function' ? mod.extractTimes : null;
  } catch {
    return null; // the time engine is not built yet: times stay empty
  }
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function quantityJson(q: QuantitySpan) {
  return { text: q.text, span: { start: q.start, end: q.end }, value: q.value };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  let values: { format?: string; 'reference-time'?: string; prefer?: string; tz?: string; lang?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string', default: 'jsonl' },
        'reference-time': { type: 'string' },
        prefer: { type: 'string', default: 'past' },
        tz: { type: 'string' },
        lang: { type: 'string', default: 'de' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    io.stderr.write(`claimledger parse: ${errorMessage(err)}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.format !== 'jsonl') {
    io.stderr.write(`claimledger parse: unsupported --format "${values.format}" (only jsonl)\n`);
    return 2;
  }
  const reference = values['reference-time'] ?? null;
  if (reference !== null && Number.isNaN(Date.parse(reference))) {
    io.stderr.write(`claimledger parse: --reference-time "${reference}" is not an ISO date-time\n`);
    return 2;
  }
  if (values.prefer !== 'past' && values.prefer !== 'future') {
    io.stderr.write(`claimledger parse: --prefer must be past or future, not "${values.prefer}"\n`);
    return 2;
  }
  if (values.tz !== undefined && !validTimeZone(values.tz)) {
    io.stderr.write(`claimledger parse: --tz "${values.tz}" is not a known time zone\n`);
    return 2;
  }
  const { getPack, hasPack } = await import('../../lang/index.js');
  if (!hasPack(values.lang)) {
    io.stderr.write(`claimledger parse: no language pack for --lang "${values.lang}"\n`);
    return 2;
  }
  const pack = getPack(values.lang);
  const { extractQuantities } = await import('../../quantity/extract.js');
  const extractTimes = await loadTimeExtractor();
  const timeOpts = { reference, prefer: values.prefer, ...(values.tz ? { tz: values.tz } : {}) } as const;

  let lineNo = 0;
  for await (const line of readLines(io.stdin as AsyncIterable<Buffer | string>, MAX_LINE_CHARS)) {
    lineNo++;
    const out: Record<string, unknown> = { text: line.text, quantities: [], numbers: [], times: [] };
    if (line.tooLong) {
      out.error = `line ${lineNo}: ${line.length} characters, longer than the limit of ${MAX_LINE_CHARS}; not parsed (text shows its start)`;
    } else {
      const errors: string[] = [];
      try {
        const spans = extractQuantities(line.text, pack);
        out.quantities = spans.filter((q) => q.kind === 'quantity').map(quantityJson);
        out.numbers = spans.filter((q) => q.kind !== 'quantity').map((q) => ({ ...quantityJson(q), kind: q.kind }));
      } catch (err) {
        errors.push(`line ${lineNo}: quantities failed: ${errorMessage(err)}`);
      }
      if (extractTimes) {
        try {
          out.times = extractTimes(line.text, pack, timeOpts).map((t) => ({ text: t.text, span: { start: t.start, end: t.end }, value: { start: t.value.start, end: t.value.end, grain: t.value.grain } }));
        } catch (err) {
          errors.push(`line ${lineNo}: times failed: ${errorMessage(err)}`);
        }
      }
      if (errors.length) out.error = errors.join('; ');
    }
    if (!io.stdout.write(`${JSON.stringify(out)}\n`)) {
      await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
    }
  }
  return 0;
}
