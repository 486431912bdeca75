import type { LanguagePack } from '../lang/types.js';
import type { Grain, TimeRole, TimeSpan, TimeValue } from '../core/time-value.js';
import { add, fixedZone, formatIso, ianaZone, parseIso, wall, type Zone } from './calendar-math.js';
import { parseChart, type Node } from './chart.js';
import { buildRules, type Ctx } from './grammar/index.js';
import type { TV } from './grammar/helpers.js';
import type { SpanValue } from './grammar/intervals.js';
import { resolve } from './grammar/build.js';
import { lex, type Tok } from './lexer.js';

export interface TimeOptions {
  /** ISO 8601 reference time (publication date); null: spans are found, values that depend on it are null */
  reference: string | null;
  /** how bare weekdays and months resolve: 'past' (news, default) or 'future' (Duckling) */
  prefer?: 'past' | 'future';
  /** IANA zone for the output offsets; default: the reference time's own offset */
  tz?: string;
}

/** Tokens per chart window: bounds the work on long or pathological input. */
const WINDOW = 120;

/**
 * Time expressions in text[from, to), sorted, non-overlapping, longest match first.
 * Values are [start, end) in the reference's UTC offset (or the zone `tz`), ends exclusive.
 */
export function extractTimes(text: string, pack: LanguagePack, opts: TimeOptions, from = 0, to = text.length): TimeSpan[] {
  const ctx = makeContext(pack, opts);
  const toks = lex(text, from, to);
  const out: TimeSpan[] = [];
  for (const win of windows(toks, text)) {
    const nodes = parseChart(win, buildRules(ctx));
    out.push(...select(nodes, win, text, ctx, pack.code));
  }
  return out;
}

function makeContext(pack: LanguagePack, opts: TimeOptions): Ctx {
  let zone: Zone;
  let ref: number;
  if (opts.reference) {
    const p = parseIso(opts.reference);
    if (opts.tz) {
      zone = ianaZone(opts.tz);
      ref = p.hasOffset ? zone.toWall(p.wall - p.offset * 60_000) : p.wall;
    } else {
      zone = fixedZone(p.offset);
      ref = p.wall;
    }
  } else {
    zone = opts.tz ? ianaZone(opts.tz) : fixedZone(0);
    ref = wall(2000, 1, 1); // a stand-in; values that depend on it are dropped
  }
  return { tables: pack.time, ref, hasRef: !!opts.reference, prefer: opts.prefer ?? 'past', zone };
}

/** Splits the tokens at sentence ends, semicolons and line breaks, and caps each window's length. */
function windows(toks: Tok[], text: string): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const lineBreak = prev !== undefined && text.slice(prev.e, t.s).includes('\n');
    if ((lineBreak || cur.length >= WINDOW) && cur.length > 0) {
      out.push(cur);
      cur = [];
    }
    cur.push(t);
    const next = toks[i + 1];
    // "!", "?", ";" end a window; "." only before a capitalised word and not after a number ("20. Januar")
    if (t.kind === 'p' && (t.t === '!' || t.t === '?' || t.t === ';') && cur.length > 0) {
      out.push(cur);
      cur = [];
    } else if (t.t === '.' && next && next.sp && prev && prev.kind === 'w' && prev.t.length > 3 && /^\p{Lu}/u.test(next.raw) && !(next.t in {})) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

interface Candidate {
  node: Node;
  s: number;
  e: number;
  value: TimeValue;
  role: TimeRole;
  per?: string;
}

function select(nodes: Node[], toks: Tok[], text: string, ctx: Ctx, lang: string): TimeSpan[] {
  const cands: Candidate[] = [];
  for (const n of nodes) {
    if (n.type !== 'time' && n.type !== 'span') continue;
    if (n.type === 'time' && (n.v as TV).latent) continue;
    const c = toCandidate(n, toks, ctx);
    if (c) cands.push(c);
  }
  // longest first; on equal length the earlier start, then the rule found first
  cands.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s || b.node.prio - a.node.prio);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    if (chosen.some((x) => x.s < c.e && c.s < x.e)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.s - b.s);
  return chosen.map((c) => {
    const span: TimeSpan = { start: c.s, end: c.e, text: text.slice(c.s, c.e), rule: `${lang}/time/${c.node.rule}`, value: c.value, role: c.role };
    if (c.per !== undefined) span.per = c.per;
    return span;
  });
}

function toCandidate(n: Node, toks: Tok[], ctx: Ctx): Candidate | null {
  const s = toks[n.i]!.s;
  let e = toks[n.j - 1]!.e;
  const fmt = (t: number | null, relative: boolean) => (t === null || (relative && !ctx.hasRef) ? null : formatIso(t, ctx.zone));
  if (n.type === 'span') {
    const v = n.v as SpanValue;
    const value: TimeValue = { start: fmt(v.s, v.relative), end: fmt(v.e, v.relative), grain: v.grain };
    const c: Candidate = { node: n, s, e, value, role: v.role === 'period' ? 'period' : v.role };
    if (v.per) c.per = v.per;
    return c;
  }
  const v = n.v as TV;
  const iv = resolve(v.s, ctx);
  if (!iv) return null;
  const grain: Grain = v.s.grain;
  void add;
  e = Math.max(e, s);
  return { node: n, s, e, value: { start: fmt(iv.s, v.relative), end: fmt(iv.e, v.relative), grain }, role: roleOf(v) };
}

function roleOf(v: TV): TimeRole {
  if (v.form === 'interval' || v.form === 'cycle' || v.form === 'season' || v.form === 'weekend') return 'period';
  if (['week', 'month', 'quarter', 'year'].includes(v.s.grain)) return 'period';
  return 'point';
}
