import type { Claim } from '../core/claim.js';
import type { Span } from '../core/span.js';
import type { TimeSpan } from '../core/time-value.js';
import type { ClaimTables } from './tables.js';
import { cached, labelledRegex, scanLabelled, wordRegex, scanAll, type LabelledRegex, type LabelledHit } from './pattern.js';

/**
 * The time scope of a figure: from the time engine's spans in its clause (else sentence), and from scope words
 * the time engine does not treat as times ("bisher", "seit Beginn der Invasion", "täglich"). Times inside an
 * attribution ("teilte am Montag mit") date the statement, not the figure, and are skipped.
 */
export type Scope = Claim['scope'];

interface CompiledScope {
  cumulative: RegExp;
  rate: LabelledRegex<string>;
}

export const compileScope = cached((t: ClaimTables): CompiledScope => ({
  cumulative: wordRegex(t.scope.cumulative, 'iu'),
  rate: labelledRegex(t.scope.rate.map(([p, per]) => [per, p] as const), 'iu'),
}));

export interface ScopeCues {
  cumulative: Array<[number, number]>;
  rate: LabelledHit<string>[];
}

export function scopeCues(text: string, sentence: Span, tables: ClaimTables): ScopeCues {
  const c = compileScope(tables);
  return { cumulative: scanAll(c.cumulative, text, sentence.start, sentence.end), rate: scanLabelled(c.rate, text, sentence.start, sentence.end) };
}

const UNSPECIFIED: Scope = { type: 'unspecified', text: null, from: null, to: null, per: null };

export function scopeOf(text: string, fig: Span, clause: Span, sentence: Span, times: TimeSpan[], cues: ScopeCues, excluded: Span[], publishedAt: string | null): Scope {
  const usable = times.filter((t) => !(t.start < fig.end && fig.start < t.end) && !excluded.some((e) => t.start >= e.start && t.end <= e.end));
  const inClause = (s: Span) => within(s, clause);
  const time = nearest(usable, fig, clause);
  const today = publishedAt ? publishedAt.slice(0, 10) : null;

  const rateTime = usable.find((t) => t.role === 'rate' && inClause(t));
  const rateCue = cues.rate.find(inClause) ?? null;
  if (rateTime || rateCue) {
    const s = rateTime ?? rateCue!;
    const per = rateTime ? (rateTime.per ?? null) : rateCue!.label;
    return { type: 'rate', text: text.slice(s.start, s.end), from: null, to: null, per };
  }
  const cumCue = cues.cumulative.map(([start, end]) => ({ start, end })).find(inClause) ?? null;
  if (cumCue || (time && (time.role === 'cumulative' || time.role === 'open'))) {
    // "seit Beginn der Invasion im Februar 2022": the cue and the time that dates it are one phrase
    const t = time && (time.role === 'cumulative' || time.role === 'open' || (cumCue && time.start >= cumCue.start && time.start - cumCue.end < 60)) ? time : null;
    const start = Math.min(cumCue?.start ?? Infinity, t?.start ?? Infinity);
    const end = Math.max(cumCue?.end ?? -1, t?.end ?? -1);
    return { type: 'cumulative', text: text.slice(start, end), from: t ? isoDate(t.value.start) : null, to: t && t.value.end && t.role !== 'open' && t.role !== 'cumulative' && !cumCue ? lastDay(t.value.end) : today, per: null };
  }
  if (time && inClause(time)) {
    const fine = time.value.grain === 'hour' || time.value.grain === 'minute' || time.value.grain === 'second';
    return { type: fine ? 'point' : 'period', text: time.text, from: isoDate(time.value.start), to: lastDay(time.value.end), per: null };
  }
  return UNSPECIFIED;
}

function within(s: Span, clause: Span): boolean {
  return s.start >= clause.start && s.end <= clause.end;
}

/** The span nearest to the figure: in its clause if there is one there, else in the sentence. */
function nearest<S extends Span>(spans: S[], fig: Span, clause: Span): S | null {
  let pool = spans.filter((s) => within(s, clause));
  if (!pool.length) pool = spans;
  let best: S | null = null;
  for (const s of pool) if (!best || distance(s, fig) < distance(best, fig)) best = s;
  return best;
}

function distance(s: Span, fig: Span): number {
  return s.start >= fig.end ? s.start - fig.end : fig.start - s.end;
}

function isoDate(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/** The last day inside an interval whose end is exclusive (remembered: the same ends recur in every article). */
function lastDay(endExclusive: string | null): string | null {
  if (!endExclusive) return null;
  let day = lastDays.get(endExclusive);
  if (day === undefined) {
    day = computeLastDay(endExclusive);
    if (lastDays.size > 10_000) lastDays.clear();
    lastDays.set(endExclusive, day);
  }
  return day;
}

const lastDays = new Map<string, string>();

function computeLastDay(endExclusive: string): string {
  const d = new Date(endExclusive);
  if (Number.isNaN(d.getTime())) return endExclusive.slice(0, 10);
  // the date part as written (local calendar of the expression), minus one day
  const [y, m, day] = endExclusive.slice(0, 10).split('-').map(Number) as [number, number, number];
  const u = new Date(Date.UTC(y, m - 1, day));
  u.setUTCDate(u.getUTCDate() - 1);
  return u.toISOString().slice(0, 10);
}
