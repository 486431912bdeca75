/**
 * Scoring of predicted claims against hand-annotated expectations (held-out articles and, converted, the golden
 * files of test/golden). Pure functions: no file access, so the scorer itself can be tested on synthetic input.
 *
 * An expectation names its figure by `text` + `occurrence` (n-th occurrence of that exact text in the file,
 * 1-based) rather than by offsets, so that annotating never needs a character count; `locate` turns it into a
 * span. Where the reading of a field is genuinely ambiguous the annotation lists the acceptable alternatives
 * (an array of kinds, names, speech forms, values, or of hedge sets): a prediction is right if it equals one.
 * `optional: true` marks a figure that a reasonable extractor may or may not report (a radius, hospital beds):
 * matching it is neither a hit nor a false positive, missing it is not a miss.
 */

export interface ExpectedValue {
  min: number | null;
  max: number | null;
  unit: string | null;
  approx?: boolean;
  vague?: boolean;
}

type OneOrMany<T> = T | T[];

export interface ExpectedClaim {
  text: string;
  occurrence: number;
  value: OneOrMany<ExpectedValue>;
  measure: OneOrMany<string>;
  source: { kind: OneOrMany<string>; name: OneOrMany<string | null> };
  speech: OneOrMany<string>;
  /** one hedge set, or a list of acceptable hedge sets */
  hedges: string[] | string[][];
  optional?: boolean;
  note?: string;
}

/** An expectation with its span resolved. */
export interface Located extends ExpectedClaim {
  span: { start: number; end: number };
}

/** The fields of a predicted claim the scorer reads (a structural subset of Claim). */
export interface Predicted {
  text: string;
  span: { start: number; end: number };
  value: { min: number | null; max: number | null; unit: string | null; approx?: boolean; vague?: boolean };
  measure: string;
  source: { kind: string; name: string | null };
  speech: string;
  hedges: string[];
}

export const FIELDS = ['value', 'unit', 'measure', 'sourceKind', 'sourceName', 'speech', 'hedges'] as const;
export type Field = (typeof FIELDS)[number];

export interface Mismatch {
  field: Field;
  expected: Located;
  predicted: Predicted;
}

export interface ArticleScore {
  name: string;
  expected: number; // required expectations only
  predicted: number; // predictions not absorbed by an optional expectation
  matched: number;
  right: Record<Field, number>;
  misses: Located[];
  falsePositives: Predicted[];
  mismatches: Mismatch[];
}

/** The span of the n-th occurrence of `text` in `doc`; throws with the cause when it is absent. */
export function locate(doc: string, e: ExpectedClaim, from = 0): Located {
  let at = from - 1;
  for (let n = 0; n < e.occurrence; n++) {
    at = doc.indexOf(e.text, at + 1);
    if (at < 0) throw new Error(`expected text "${e.text}" occurrence ${e.occurrence} not found`);
  }
  return { ...e, span: { start: at, end: at + e.text.length } };
}

const many = <T>(x: OneOrMany<T>): T[] => (Array.isArray(x) ? x : [x]);

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const sameNumber = (a: number | null, b: number | null | undefined): boolean =>
  a === null ? b === null || b === undefined : typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Lower case, no diacritics, no punctuation, without the "(anonymous)" marker the extractor appends. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\banonymous\b/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Alias-insensitive name equality: equal after folding; or one name's words all occur in the other ("Selenskyj"
 * vs "Wolodymyr Selenskyj", "police" vs "Munich police"); or the surnames agree in their first six letters
 * (transliterations: Selenskyj / Selensky / Zelensky differ only at the end or in the first letter s/z).
 */
export function sameName(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const a = foldName(expected);
  const b = foldName(got);
  if (!a || !b) return a === b;
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  const contains = (x: string[], y: string[]) => x.every((w) => y.includes(w));
  if (contains(wa, wb) || contains(wb, wa)) return true;
  const sa = wa[wa.length - 1]!.replace(/^z/u, 's');
  const sb = wb[wb.length - 1]!.replace(/^z/u, 's');
  return sa.length >= 6 && sb.length >= 6 && sa.slice(0, 6) === sb.slice(0, 6);
}

function hedgeSets(h: string[] | string[][]): string[][] {
  if (h.length === 0) return [[]];
  return Array.isArray(h[0]) ? (h as string[][]) : [h as string[]];
}

const setKey = (xs: readonly string[]): string => [...new Set(xs)].sort().join(',');

/** Per-field verdicts for one matched pair. */
export function compareFields(e: ExpectedClaim, p: Predicted): Record<Field, boolean> {
  const values = many(e.value);
  return {
    value: values.some((v) => sameNumber(v.min, p.value.min) && sameNumber(v.max, p.value.max)),
    unit: values.some((v) => (v.unit ?? null) === (p.value.unit ?? null)),
    measure: many(e.measure).includes(p.measure),
    sourceKind: many(e.source.kind).includes(p.source.kind),
    sourceName: many(e.source.name).some((n) => sameName(n, p.source.name ?? null)),
    speech: many(e.speech).includes(p.speech),
    hedges: hedgeSets(e.hedges).some((h) => setKey(h) === setKey(p.hedges)),
  };
}

/**
 * Matches predictions to expectations one to one by span overlap: required expectations first (in text order,
 * each taking the unused prediction with the largest overlap), then optional ones absorb what is left.
 */
export function scoreArticle(name: string, expected: Located[], predicted: Predicted[]): ArticleScore {
  const used = new Set<number>();
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: Located[] = [];
  const mismatches: Mismatch[] = [];
  const take = (e: Located): number => {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, k) => {
      const o = used.has(k) ? 0 : overlap(e.span, p.span);
      if (o > bestOverlap) {
        best = k;
        bestOverlap = o;
      }
    });
    if (best >= 0) used.add(best);
    return best;
  };
  const required = expected.filter((e) => !e.optional).sort((a, b) => a.span.start - b.span.start);
  let matched = 0;
  for (const e of required) {
    const k = take(e);
    if (k < 0) {
      misses.push(e);
      continue;
    }
    matched++;
    const p = predicted[k]!;
    const verdict = compareFields(e, p);
    for (const f of FIELDS) {
      if (verdict[f]) right[f]++;
      else mismatches.push({ field: f, expected: e, predicted: p });
    }
  }
  let absorbed = 0;
  for (const e of expected.filter((x) => x.optional)) if (take(e) >= 0) absorbed++;
  const falsePositives = predicted.filter((_, k) => !used.has(k));
  return {
    name, expected: required.length, predicted: predicted.length - absorbed, matched, right, misses, falsePositives, mismatches,
  };
}

export interface Summary {
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** accuracy over matched pairs, per field */
  accuracy: Record<Field, number>;
}

/** Micro-averaged totals over articles (every claim counts once). */
export function summarize(scores: ArticleScore[]): Summary {
  const expected = scores.reduce((s, a) => s + a.expected, 0);
  const predicted = scores.reduce((s, a) => s + a.predicted, 0);
  const matched = scores.reduce((s, a) => s + a.matched, 0);
  const precision = predicted ? matched / predicted : 1;
  const recall = expected ? matched / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = Object.fromEntries(
    FIELDS.map((f) => [f, matched ? scores.reduce((s, a) => s + a.right[f], 0) / matched : 1]),
  ) as Record<Field, number>;
  return { expected, predicted, matched, precision, recall, f1, accuracy };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + '%';

export function formatSummary(name: string, s: Summary): string {
  const acc = FIELDS.map((f) => `${f} ${pct(s.accuracy[f]).trim()}`).join(', ');
  return `${name.padEnd(8)} exp ${String(s.expected).padStart(3)} pred ${String(s.predicted).padStart(3)} ` +
    `match ${String(s.matched).padStart(3)} | P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} | ${acc}`;
}

/** One line per miss, false positive and field mismatch, with the sentence-level context of the figure. */
export function formatErrors(a: ArticleScore, doc: string): string[] {
  const ctx = (span: { start: number; end: number }): string =>
    (doc.slice(Math.max(0, span.start - 50), span.start) + '[' + doc.slice(span.start, span.end) + ']' +
      doc.slice(span.end, span.end + 40)).replace(/\s+/gu, ' ');
  const show = (x: unknown): string => JSON.stringify(x);
  const out: string[] = [];
  for (const e of a.misses) out.push(`${a.name} MISS  ${show(e.measure)} ${ctx(e.span)}`);
  for (const p of a.falsePositives) out.push(`${a.name} FP    ${p.measure} ${show(p.value)} ${ctx(p.span)}`);
  for (const m of a.mismatches) {
    const { expected: e, predicted: p } = m;
    const pair: Record<Field, [unknown, unknown]> = {
      value: [e.value, { min: p.value.min, max: p.value.max }],
      unit: [many(e.value).map((v) => v.unit), p.value.unit],
      measure: [e.measure, p.measure],
      sourceKind: [e.source.kind, p.source.kind],
      sourceName: [e.source.name, p.source.name],
      speech: [e.speech, p.speech],
      hedges: [e.hedges, p.hedges],
    };
    const [want, got] = pair[m.field];
    out.push(`${a.name} FIELD ${m.field}: want ${show(want)} got ${show(got)} | ${ctx(e.span)}`);
  }
  return out;
}
