import type { LanguagePack } from '../lang/types.js';
import type { Grain, TimeRole, TimeSpan, TimeValue } from '../core/time-value.js';
import { fixedZone, formatIso, ianaZone, parseIso, wall, type Zone } from './calendar-math.js';
import { compileGrammar, lexClassified, parseChart, segments, type Grammar, type Node } from './chart.js';
import { buildRules, type Ctx } from './grammar/index.js';
import type { TV } from './grammar/helpers.js';
import type { SpanValue } from './grammar/intervals.js';
import { resolve } from './grammar/build.js';
import type { Tok } from './lexer.js';
import { SegmentMemo } from './segment-memo.js';

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

/** The compiled grammar of a language, built once; its rules read the per-call context from `ctx`. */
interface Engine {
  ctx: TrackedCtx;
  grammar: Grammar;
  /** the options `ctx` was last set from: consecutive calls for one document share them (no re-parse) */
  reference: string | null;
  prefer: TimeOptions['prefer'];
  tz: string | undefined;
  /** segment results that read no option (see TrackedCtx): valid for every call */
  free: SegmentMemo<Found0[]>;
}
const engines = new WeakMap<LanguagePack, Engine>();

/** The engine of the last call: consecutive calls are for one language (and mostly one document). */
let lastPack: LanguagePack | null = null;
let lastEngine: Engine | undefined;

function engineFor(pack: LanguagePack, opts: TimeOptions): Engine {
  let eng = pack === lastPack ? lastEngine : engines.get(pack);
  if (!eng) {
    const ctx = new TrackedCtx(makeContext(pack, opts));
    eng = { ctx, grammar: compileGrammar(buildRules(ctx)), reference: opts.reference, prefer: opts.prefer, tz: opts.tz, free: new SegmentMemo<Found0[]>(MEMO_LIMIT) };
    engines.set(pack, eng);
  } else if (eng.reference !== opts.reference || eng.prefer !== opts.prefer || eng.tz !== opts.tz) {
    // rules close over this object and read the reference when they run, so it is updated in place
    eng.ctx.set(makeContext(pack, opts));
    eng.reference = opts.reference;
    eng.prefer = opts.prefer;
    eng.tz = opts.tz;
  }
  lastPack = pack;
  lastEngine = eng;
  return eng;
}

/**
 * Time expressions in text[from, to), sorted, non-overlapping, longest match first.
 * Values are [start, end) in the reference's UTC offset (or the zone `tz`), ends exclusive.
 */
export function extractTimes(text: string, pack: LanguagePack, opts: TimeOptions, from = 0, to = text.length): TimeSpan[] {
  const eng = engineFor(pack, opts);
  const { ctx, grammar } = eng;
  const { toks, cls } = lexClassified(grammar, text, from, to);
  const out: TimeSpan[] = [];
  // [start, end) pairs, flat: windows, then the segments of each (new small lists: truncating reused ones with
  // length = 0 went through the runtime and cost more than allocating)
  const wins = windows(toks, []);
  for (let w = 0; w < wins.length; w += 2) {
    // only the stretches around time words are parsed; the rest of the window is skipped word by word
    const segs: number[] = [];
    segments(grammar, toks, wins[w]!, wins[w + 1]!, cls, segs);
    for (let k = 0; k < segs.length; k += 2) {
      const s = segs[k]!;
      const e = segs[k + 1]!;
      const first = toks[s]!;
      const base = first.s;
      const end = toks[e - 1]!.e;
      const lead = leadOf(first);
      let found = eng.free.get(text, base, end, lead);
      if (found === undefined) {
        const seg = toks.slice(s, e);
        ctx.touched = false;
        found = select(parseChart(seg, grammar, cls.slice(s, e)), seg, ctx, base);
        // a result that read the options (every span with a value does) would hold for this document only, and a
        // document rarely repeats a stretch: only results that read none are kept
        if (!ctx.touched) eng.free.set(text, base, end, lead, found);
      }
      for (let x = 0; x < found.length; x++) out.push(spanOf(found[x]!, text, base, pack.code));
    }
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

const UPPER_START = /^\p{Lu}/u;

/**
 * Splits the tokens at sentence ends, semicolons and line breaks, and caps each window's length: [start, end)
 * ranges, as flat pairs appended to `out`.
 */
function windows(toks: Tok[], out: number[]): number[] {
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const lineBreak = prev !== undefined && t.nl;
    if ((lineBreak || i - start >= WINDOW) && i > start) {
      out.push(start, i);
      start = i;
    }
    const next = toks[i + 1];
    // "!", "?", ";" end a window; "." only before a capitalised word and not after a number ("20. Januar")
    if (
      (t.kind === 'p' && (t.t === '!' || t.t === '?' || t.t === ';')) ||
      (t.t === '.' && next && next.sp && prev && prev.kind === 'w' && prev.t.length > 3 && UPPER_START.test(next.raw))
    ) {
      out.push(start, i + 1);
      start = i + 1;
    }
  }
  if (toks.length > start) out.push(start, toks.length);
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

/** A node that may become a span, with its character range. */
interface Found {
  node: Node;
  s: number;
  e: number;
  len: number;
}

/** longest first; on equal length the earlier start, then the rule found first */
function byLength(a: Found, b: Found): number {
  return b.len - a.len || a.s - b.s || b.node.prio - a.node.prio;
}

function byStart(a: Candidate, b: Candidate): number {
  return a.s - b.s;
}

const NO_SPANS: Found0[] = [];

/**
 * A span of a segment before it is placed in a text: offsets relative to the segment's first character. A segment
 * parses to the same spans wherever its characters stand (rules see only its tokens), so these are remembered.
 */
interface Found0 {
  s: number;
  e: number;
  rule: string;
  value: TimeValue;
  role: TimeRole;
  per?: string;
}

function select(nodes: Node[], toks: Tok[], ctx: Ctx, base: number): Found0[] {
  const found: Found[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]!;
    if (n.type !== 'time' && n.type !== 'span') continue;
    if (n.type === 'time' && (n.v as TV).latent) continue;
    const s = toks[n.i]!.s;
    const e = toks[n.j - 1]!.e;
    found.push({ node: n, s, e, len: e - s });
  }
  if (found.length === 0) return NO_SPANS;
  found.sort(byLength);
  // values are resolved only for nodes that still fit: most nodes lose to a longer one and are never resolved
  const chosen: Candidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    let overlaps = false;
    for (let x = 0; x < chosen.length; x++) {
      if (chosen[x]!.s < f.e && f.s < chosen[x]!.e) {
        overlaps = true;
        break;
      }
    }
    if (overlaps) continue;
    const c = toCandidate(f.node, toks, ctx);
    if (c) chosen.push(c);
  }
  chosen.sort(byStart);
  const out: Found0[] = new Array<Found0>(chosen.length);
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k]!;
    const f: Found0 = { s: c.s - base, e: c.e - base, rule: c.node.rule, value: c.value, role: c.role };
    if (c.per !== undefined) f.per = c.per;
    out[k] = f;
  }
  return out;
}

/** A remembered span placed in the text (a value of its own: callers may keep or change what they get). */
function spanOf(f: Found0, text: string, base: number, lang: string): TimeSpan {
  const start = base + f.s;
  const end = base + f.e;
  const v = f.value;
  const span: TimeSpan = { start, end, text: text.slice(start, end), rule: ruleName(lang, f.rule), value: { start: v.start, end: v.end, grain: v.grain }, role: f.role };
  if (f.per !== undefined) span.per = f.per;
  return span;
}

/** Segment results kept per engine and memo, at most (then started afresh). */
const MEMO_LIMIT = 20_000;

/**
 * What a segment's spans depend on besides the options and its characters: whether space (a line break) stands
 * before its first token.
 */
function leadOf(first: Tok): number {
  return first.nl ? 2 : first.sp ? 1 : 0;
}

/**
 * The rules' context, noting whether anything read the options since `touched` was cleared: a segment whose parse
 * read none of them has spans that hold for every reference (most segments hold only a figure: "11 Verdächtige").
 */
class TrackedCtx implements Ctx {
  touched = false;
  readonly tables: Ctx['tables'];
  private ref_: Ctx['ref'];
  private hasRef_: boolean;
  private prefer_: Ctx['prefer'];
  private zone_: Ctx['zone'];

  constructor(c: Ctx) {
    this.tables = c.tables;
    this.ref_ = c.ref;
    this.hasRef_ = c.hasRef;
    this.prefer_ = c.prefer;
    this.zone_ = c.zone;
  }

  set(c: Ctx): void {
    this.ref_ = c.ref;
    this.hasRef_ = c.hasRef;
    this.prefer_ = c.prefer;
    this.zone_ = c.zone;
  }

  get ref(): Ctx['ref'] {
    this.touched = true;
    return this.ref_;
  }
  get hasRef(): boolean {
    this.touched = true;
    return this.hasRef_;
  }
  get prefer(): Ctx['prefer'] {
    this.touched = true;
    return this.prefer_;
  }
  get zone(): Ctx['zone'] {
    this.touched = true;
    return this.zone_;
  }
}

/** "de/time/<rule>" per language and rule, built once (every span carries one). */
const ruleNames = new Map<string, Map<string, string>>();

function ruleName(lang: string, rule: string): string {
  let byRule = ruleNames.get(lang);
  if (!byRule) ruleNames.set(lang, (byRule = new Map()));
  let name = byRule.get(rule);
  if (name === undefined) byRule.set(rule, (name = `${lang}/time/${rule}`));
  return name;
}

/** A wall time as ISO text, or null when absent or when it depends on a reference the caller did not give. */
function fmt(t: number | null, relative: boolean, ctx: Ctx): string | null {
  return t === null || (relative && !ctx.hasRef) ? null : formatIso(t, ctx.zone);
}

function toCandidate(n: Node, toks: Tok[], ctx: Ctx): Candidate | null {
  const s = toks[n.i]!.s;
  let e = toks[n.j - 1]!.e;
  if (n.type === 'span') {
    const v = n.v as SpanValue;
    const value: TimeValue = { start: fmt(v.s, v.relative, ctx), end: fmt(v.e, v.relative, ctx), grain: v.grain };
    const c: Candidate = { node: n, s, e, value, role: v.role === 'period' ? 'period' : v.role };
    if (v.per) c.per = v.per;
    return c;
  }
  const v = n.v as TV;
  const iv = resolve(v.s, ctx);
  if (!iv) return null;
  const grain: Grain = v.s.grain;
  e = Math.max(e, s);
  return { node: n, s, e, value: { start: fmt(iv.s, v.relative, ctx), end: fmt(iv.e, v.relative, ctx), grain }, role: roleOf(v) };
}

function roleOf(v: TV): TimeRole {
  if (v.form === 'interval' || v.form === 'cycle' || v.form === 'season' || v.form === 'weekend') return 'period';
  const g = v.s.grain;
  if (g === 'week' || g === 'month' || g === 'quarter' || g === 'year') return 'period';
  return 'point';
}
