/**
 * The ledger for one set of comparable claims: every claim with source, article, date and hedges; the number
 * of independent sources; the spread and a best estimate; contradictions; scope notes; each source's timeline.
 *
 * Estimate rule (UCDP-style low / best / high). We follow the Uppsala Conflict Data Program, which keeps a low,
 * a best and a high estimate, rather than ACLED, which records the most conservative reported figure. A ledger
 * of *who says what* is meant to show the disagreement between sources, and a single conservative figure hides
 * it and is systematically biased low; the conservative end is still visible as `low`. Concretely:
 * - only figures of the estimate scope count (the scope type reported by most independent sources; a weekly
 *   figure and a cumulative one measure different things), and demands, projections and denials do not;
 * - each independent source contributes its most recent figure (a source that revises itself is counted once,
 *   with its latest word; syndicated copies share one independence unit);
 * - a figure's central value is the middle of its range ("mehrere hundert" = 200..999 → 599.5), its bound when
 *   the range is open ("mehr als 1.000" → 1000);
 * - best = median of those central values; low = smallest lower bound; high = largest upper bound.
 */
import type { ScopeType } from '../core/claim.js';
import type { ClaimGroup, Contradiction, LedgerEntry, ScopeNote, SourceTimeline } from './types.js';

export const BEST_RULE =
  'UCDP-style: best = median of the central values of the most recent figure of each independent source ' +
  '(estimate scope only; range midpoint, open ranges at their bound; demands, projections and denials excluded); ' +
  'low = smallest lower bound, high = largest upper bound of those figures. ACLED would take the most conservative ' +
  'figure; we keep the spread so that disagreement between sources stays visible.';

const SCOPE_PREFERENCE: readonly ScopeType[] = ['unspecified', 'point', 'cumulative', 'period', 'rate'];
const NOT_FACTUAL = new Set(['demand', 'projection', 'denial']);
const DAY = 86_400_000;

function time(e: LedgerEntry): number {
  return e.date ? Date.parse(e.date) : Number.NEGATIVE_INFINITY;
}

export function byDate(a: LedgerEntry, b: LedgerEntry): number {
  const d = time(a) - time(b);
  if (d !== 0 && !Number.isNaN(d)) return d;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return claimOrdinal(a.claim) - claimOrdinal(b.claim);
}

/**
 * `items` sorted by their entries' byDate, as `[...items].sort((x, y) => byDate(entryOf(x), entryOf(y)))` sorts
 * them (the same comparisons in the same order, so the same order), with each entry's date and claim number
 * parsed once instead of at every comparison: a story's ledger has thousands of entries.
 */
export function sortByDate<T>(items: readonly T[], entryOf: (x: T) => LedgerEntry): T[] {
  const n = items.length;
  const times = new Float64Array(n);
  const docs: string[] = new Array(n);
  const ordinals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = entryOf(items[i]!);
    times[i] = time(e);
    docs[i] = e.doc;
    ordinals[i] = claimOrdinal(e.claim);
  }
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const d = times[a]! - times[b]!;
    if (d !== 0 && !Number.isNaN(d)) return d;
    if (docs[a] !== docs[b]) return docs[a]! < docs[b]! ? -1 : 1;
    return ordinals[a]! - ordinals[b]!;
  });
  return order.map((i) => items[i]!);
}

const byEntry = (e: LedgerEntry) => e;

function claimOrdinal(id: string): number {
  const n = Number(id.slice(id.lastIndexOf('#') + 1));
  return Number.isFinite(n) ? n : 0;
}

function lower(e: LedgerEntry): number | null {
  return e.value.min ?? e.value.max;
}

function upper(e: LedgerEntry): number | null {
  return e.value.max ?? e.value.min;
}

export function centralValue(e: LedgerEntry): number | null {
  const { min, max } = e.value;
  if (min !== null && max !== null) return (min + max) / 2;
  return min ?? max;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function roundFor(x: number | null, unit: string | null): number | null {
  if (x === null) return null;
  return unit === null ? Math.round(x) : Math.round(x * 100) / 100;
}

function factual(e: LedgerEntry): boolean {
  return !e.hedges.some((h) => NOT_FACTUAL.has(h));
}

/** The scope type reported by most independent sources (ties: cumulative before unspecified, point, period, rate). */
function estimateScope(entries: readonly LedgerEntry[]): ScopeType | null {
  const units = new Map<ScopeType, Set<string>>();
  const claims = new Map<ScopeType, number>();
  for (const e of entries) {
    if (!factual(e)) continue;
    let s = units.get(e.scope.type);
    if (!s) units.set(e.scope.type, (s = new Set()));
    s.add(e.independenceKey);
    claims.set(e.scope.type, (claims.get(e.scope.type) ?? 0) + 1);
  }
  // most independent sources; then most claims (the figure the coverage repeats); then the preference order
  let best: ScopeType | null = null;
  for (const t of SCOPE_PREFERENCE) {
    const n = units.get(t)?.size ?? 0;
    if (n === 0) continue;
    if (best === null) best = t;
    const m = units.get(best)!.size;
    if (n > m || (n === m && claims.get(t)! > claims.get(best)!)) best = t;
  }
  return best;
}

/** The most recent entry of each independence unit, among the given entries (sorted by date). */
function latestPerUnit(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const m = new Map<string, LedgerEntry>();
  for (const e of entries) m.set(e.independenceKey, e);
  return [...m.values()];
}

/** Tolerance for "approximately": 15 % for approximate or vague figures, 5 % otherwise. */
function tolerance(e: LedgerEntry): number {
  return e.value.approx || e.value.vague ? 0.15 : 0.05;
}

/** Can both figures be true? Their ranges, widened by the tolerance, must touch. */
export function rangesCompatible(a: LedgerEntry, b: LedgerEntry): boolean {
  // an open lower end ("bis zu neun", "höchstens 9") is open: it agrees with every smaller figure
  const aLo = (a.value.min ?? 0) * (1 - tolerance(a));
  const aHi = a.value.max === null ? Infinity : a.value.max * (1 + tolerance(a));
  const bLo = (b.value.min ?? 0) * (1 - tolerance(b));
  const bHi = b.value.max === null ? Infinity : b.value.max * (1 + tolerance(b));
  return aLo <= bHi && bLo <= aHi;
}

function reportDaysApart(a: LedgerEntry, b: LedgerEntry): number {
  if (!a.date || !b.date) return 0;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY;
}

/** Do two claims of the same scope type speak about the same time? */
function sameTime(a: LedgerEntry, b: LedgerEntry): boolean {
  const t = a.scope.type;
  if (t === 'period' && a.scope.from && a.scope.to && b.scope.from && b.scope.to) {
    return a.scope.from <= b.scope.to && b.scope.from <= a.scope.to;
  }
  if (t === 'point' && a.scope.from && b.scope.from) return a.scope.from.slice(0, 10) === b.scope.from.slice(0, 10);
  if (t === 'rate') return (a.scope.per ?? '') === (b.scope.per ?? '');
  // cumulative figures grow: only reports of about the same day must agree
  return reportDaysApart(a, b) <= 2;
}

/**
 * A running toll (cumulative or without stated scope) reported later and higher is an update: tolls grow as
 * the dead are found. `a` is the earlier entry; reports less than UPDATE_HOURS apart count as simultaneous.
 */
const UPDATE_HOURS = 6;
function isUpdate(a: LedgerEntry, b: LedgerEntry, measure: ClaimGroup['measure']): boolean {
  if (a.scope.type !== 'cumulative' && a.scope.type !== 'unspecified') return false;
  if (!a.date || !b.date) return false;
  if (Date.parse(b.date) - Date.parse(a.date) < UPDATE_HOURS * 3_600_000) return false;
  if ((lower(b) ?? 0) > (upper(a) ?? Infinity)) return true;
  // the missing are found (or found dead): a count of missing people that falls later is an update too
  return FALLING_MEASURES.has(measure) && (upper(b) ?? Infinity) < (lower(a) ?? 0);
}

/** Measures whose running count can fall as a story develops. */
const FALLING_MEASURES = new Set<ClaimGroup['measure']>(['missing', 'displaced', 'captured']);

/** A date for people: "2025-03-10" from an ISO timestamp or date, "?" when unknown. */
function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '?';
}

function describeScope(e: LedgerEntry): string {
  const s = e.scope;
  switch (s.type) {
    case 'period':
      return s.from || s.to ? `a figure for the period ${day(s.from)} to ${day(s.to)}` : `a figure for a period${s.text ? ` ("${s.text}")` : ''}`;
    case 'cumulative':
      return `a cumulative figure${e.date ? ` as of ${day(e.date)}` : ''}`;
    case 'rate':
      return `a rate per ${s.per ?? 'period'}`;
    case 'point':
      return `a figure for ${s.from ? day(s.from) : 'one day'}`;
    default:
      return 'a figure without stated scope';
  }
}

const NEIGHBOURS = 64;

function compareAll(entries: readonly LedgerEntry[], measure: ClaimGroup['measure']): { contradictions: Contradiction[]; scopeNotes: ScopeNote[] } {
  const contradictions: Contradiction[] = [];
  const scopeNotes: ScopeNote[] = [];
  // one entry per unit and scope (its latest), so a long group costs units², not claims²
  const reps = new Map<string, LedgerEntry>();
  for (const e of entries) if (factual(e)) reps.set(`${e.independenceKey}|${e.scope.type}|${e.scope.from ?? ''}`, e);
  const list = sortByDate([...reps.values()], byEntry);
  for (let i = 0; i < list.length; i++) {
    // each figure is compared with the NEIGHBOURS figures reported next after it: enough for every
    // contradiction of reports of about the same time and for the scope notes a reader can follow, and it keeps
    // a story of thousands of sources linear instead of quadratic
    for (let j = i + 1; j < Math.min(list.length, i + 1 + NEIGHBOURS); j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.independenceKey === b.independenceKey && a.scope.type === b.scope.type) continue;
      if (rangesCompatible(a, b)) continue;
      if (a.scope.type === b.scope.type && isUpdate(a, b, measure)) {
        scopeNotes.push({
          claims: [a.claim, b.claim],
          note: (upper(b) ?? Infinity) < (lower(a) ?? 0)
            ? `"${b.text}" (${b.source.label}, ${day(b.date)}) is lower than the earlier "${a.text}" (${a.source.label}, ${day(a.date)}): a count that fell as the story developed, not a contradiction`
            : `"${b.text}" (${b.source.label}, ${day(b.date)}) is higher than the earlier "${a.text}" (${a.source.label}, ${day(a.date)}): a toll that grew, not a contradiction`,
        });
      } else if (a.scope.type === b.scope.type && sameTime(a, b)) {
        contradictions.push({
          claims: [a.claim, b.claim],
          reason: `${a.source.label} says "${a.text}", ${b.source.label} says "${b.text}": same scope (${a.scope.type}) and time, ranges cannot both be true`,
        });
      } else if (a.scope.type !== b.scope.type) {
        scopeNotes.push({
          claims: [a.claim, b.claim],
          note: `"${a.text}" (${a.source.label}) is ${describeScope(a)}; "${b.text}" (${b.source.label}) is ${describeScope(b)}: different scopes, not a contradiction`,
        });
      } else {
        scopeNotes.push({
          claims: [a.claim, b.claim],
          note: `"${a.text}" and "${b.text}" are ${a.scope.type} figures for different times (${describeScope(a)}; ${describeScope(b)})`,
        });
      }
    }
  }
  return { contradictions, scopeNotes };
}

function timelines(entries: readonly LedgerEntry[]): SourceTimeline[] {
  const by = new Map<string, SourceTimeline>();
  for (const e of entries) {
    let t = by.get(e.source.key);
    if (!t) by.set(e.source.key, (t = { source: e.source.key, label: e.source.label, points: [] }));
    t.points.push({ date: e.date, claim: e.claim, doc: e.doc, min: e.value.min, max: e.value.max, text: e.text, scope: e.scope.type });
  }
  return [...by.values()];
}

export interface GroupHead {
  id: string;
  label: string;
  measure: ClaimGroup['measure'];
  subject: ClaimGroup['subject'];
  place: string | null;
}

export function reconcile(head: GroupHead, entries: readonly LedgerEntry[]): ClaimGroup {
  if (entries.length === 0) throw new Error(`reconcile: group ${head.id} has no claims`);
  const claims = sortByDate(entries, byEntry);
  const first = claims[0]!;
  const scope = estimateScope(claims);
  const current = latestPerUnit(claims.filter((e) => factual(e) && e.scope.type === scope));
  const unit = first.value.unit;
  const centrals = current.map(centralValue).filter((x): x is number => x !== null);
  const lows = current.map(lower).filter((x): x is number => x !== null);
  const highs = current.map(upper).filter((x): x is number => x !== null);
  const { contradictions, scopeNotes } = compareAll(claims, head.measure);
  return {
    ...head,
    unit,
    claims,
    independentSources: new Set(claims.map((e) => e.independenceKey)).size,
    estimateScope: scope,
    low: roundFor(lows.length ? Math.min(...lows) : null, unit),
    high: roundFor(highs.length ? Math.max(...highs) : null, unit),
    highOpen: current.some((e) => e.value.max === null && e.value.min !== null),
    best: roundFor(median(centrals), unit),
    bestRule: BEST_RULE,
    contradictions,
    scopeNotes,
    timeline: timelines(claims),
  };
}

/** Claim groups that matter most first: more independent sources, then more claims (the story's order, and the web app's). */
export function byWeight(a: ClaimGroup, b: ClaimGroup): number {
  return b.independentSources - a.independentSources || b.claims.length - a.claims.length;
}
