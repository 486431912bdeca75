/**
 * Duckling's German and English time corpora, run through `claimledger parse` the way `npm run peer` does.
 *
 * "Matched": one time span covers the whole (trimmed) text and resolves to the expected value —
 *   instant: the same start instant at the same grain;
 *   interval: the same start ("from") and the same exclusive end ("to"); an open interval has only the side
 *   Duckling gives (our other side must be null).
 * Holidays ("Weihnachten", "Thanksgiving") are counted apart: the target excludes them, as the baseline does.
 * Negatives: the string must yield no time span at all.
 * Run alone: `node --import tsx scripts/peer/time.ts [--direct]` (--direct calls extractTimes in-process,
 * for development; the reported figures come from the CLI).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext, pct, readJsonl, type ParseOutput, type PeerContext, type SuiteResult } from './common.js';

interface Point {
  value: string;
  grain: string;
}
interface Expected {
  value?: string;
  grain?: string;
  from?: Point;
  to?: Point;
  holiday?: string;
}
interface Case {
  text: string;
  expected: Expected | null;
  reference_time?: string;
}

type Times = ParseOutput['times'];

const REFERENCE = '2013-02-12T04:30:00-02:00';

const same = (a: string | null | undefined, b: string | null | undefined) => a != null && b != null && Date.parse(a) === Date.parse(b);

/** Whether the output for a case matches Duckling's expected value (see the header for the definition). */
export function matches(text: string, times: Times, exp: Expected): boolean {
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  const whole = times.filter((t) => t.span.start <= trimmedStart && t.span.end >= trimmedEnd);
  if (whole.length !== 1) return false;
  const v = whole[0]!.value;
  if (exp.value !== undefined) return same(v.start, exp.value) && v.grain === exp.grain;
  if (exp.from && !same(v.start, exp.from.value)) return false;
  if (!exp.from && v.start !== null) return false;
  if (exp.to && !same(v.end, exp.to.value)) return false;
  if (!exp.to && v.end !== null) return false;
  return true;
}

function show(exp: Expected | null): string {
  if (!exp) return 'nothing';
  if (exp.value) return `${exp.value}/${exp.grain}`;
  return `[${exp.from?.value ?? ''} .. ${exp.to?.value ?? ''})`;
}

function showGot(times: Times): string {
  return times.map((t) => `"${t.text}" ${t.value.start ?? '-'}..${t.value.end ?? '-'}/${t.value.grain}`).join(' ; ') || 'nothing';
}

function baselineFor(ctx: PeerContext, lang: string): SuiteResult['baseline'] | undefined {
  const b = ctx.baselines?.['chrono_duckling_time_non_holiday'] as { default?: [number, number] } | undefined;
  if (lang === 'de' && b?.default) return { name: 'chrono-node 2.10.3 (de)', matched: b.default[0], total: b.default[1] };
  return undefined;
}

type Parser = (lines: string[], lang: string) => Promise<ParseOutput[]>;

async function runLang(ctx: PeerContext, lang: 'de' | 'en', parse: Parser): Promise<SuiteResult[]> {
  const dir = join(ctx.suitesDir, `duckling-${lang}`);
  const file = join(dir, 'time.jsonl');
  if (!existsSync(file)) {
    ctx.log(`skip duckling-${lang}/time.jsonl: ${file} not found`);
    return [];
  }
  const cases = readJsonl<Case>(file);
  const outs = await parse(cases.map((c) => c.text), lang);
  let matched = 0;
  let total = 0;
  let holidays = 0;
  let holidaysMatched = 0;
  const failures: NonNullable<SuiteResult['failures']> = [];
  cases.forEach((c, i) => {
    const exp = c.expected!;
    const ok = matches(c.text, outs[i]!.times, exp);
    if (exp.holiday) {
      holidays++;
      if (ok) holidaysMatched++;
      return;
    }
    total++;
    if (ok) matched++;
    else failures.push({ text: c.text, expected: show(exp), got: showGot(outs[i]!.times) });
  });
  const results: SuiteResult[] = [
    {
      suite: `duckling-${lang}/time.jsonl (without holidays)`,
      total,
      matched,
      baseline: baselineFor(ctx, lang),
      notes: [
        'matched = one span covers the whole text; instant: same start and grain; interval: same start and exclusive end',
        `holidays counted apart: ${holidaysMatched}/${holidays}`,
        `all entries: ${matched + holidaysMatched}/${total + holidays}`,
        ...(lang === 'de' ? ['"kommende Woche" is read as next week (German usage); Duckling reads it as this week'] : []),
      ],
      failures,
    },
  ];
  const negFile = join(dir, 'time.negative.jsonl');
  if (existsSync(negFile)) {
    const neg = readJsonl<Case>(negFile);
    const nouts = await parse(neg.map((c) => c.text), lang);
    const ok = nouts.filter((o) => o.times.length === 0).length;
    results.push({
      suite: `duckling-${lang}/time.negative.jsonl`,
      total: neg.length,
      matched: ok,
      notes: ['matched = no time span found'],
      failures: neg.flatMap((c, i) => (nouts[i]!.times.length > 0 ? [{ text: c.text, expected: 'nothing', got: showGot(nouts[i]!.times) }] : [])),
    });
  }
  return results;
}

const cliParser = (ctx: PeerContext): Parser => (lines, lang) => ctx.parse(lines, ['--reference-time', REFERENCE, '--prefer', 'future', '--lang', lang]);

/** Entry point for scripts/peer.ts. */
export async function runTimeSuites(ctx: PeerContext): Promise<SuiteResult[]> {
  const parse = cliParser(ctx);
  return [...(await runLang(ctx, 'de', parse)), ...(await runLang(ctx, 'en', parse))];
}

/** In-process parser for development (same JSON shape as the CLI's). */
async function directParser(): Promise<Parser> {
  const { extractTimes } = await import('../../src/time/extract.js');
  const { getPack } = await import('../../src/lang/index.js');
  return async (lines, lang) =>
    lines.map((text) => ({
      text,
      quantities: [],
      times: extractTimes(text, getPack(lang), { reference: REFERENCE, prefer: 'future' }).map((t) => ({
        text: t.text,
        span: { start: t.start, end: t.end },
        value: t.value,
      })),
    }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ctx = makeContext();
  const direct = process.argv.includes('--direct');
  const verbose = process.argv.includes('--fails');
  const only = process.argv.find((a) => a === 'de' || a === 'en');
  const parse = direct ? await directParser() : cliParser(ctx);
  const langs = only ? [only as 'de' | 'en'] : (['de', 'en'] as const);
  for (const lang of langs) {
    for (const r of await runLang(ctx, lang, parse)) {
      const base = r.baseline ? `  (baseline ${r.baseline.name}: ${r.baseline.matched}/${r.baseline.total})` : '';
      console.log(`${r.suite}: ${r.matched}/${r.total} ${pct(r.matched, r.total)}${base}`);
      for (const n of r.notes) console.log(`   ${n}`);
      if (verbose) for (const f of r.failures ?? []) console.log(`   FAIL ${f.text} | want ${f.expected} | got ${f.got}`);
    }
  }
}
