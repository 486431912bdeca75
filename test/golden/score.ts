import type { Claim } from '../../src/core/claim.js';

/** One expected claim of a golden file: offsets and the fields a reader checks (no article text is stored). */
export interface Expected {
  span: { start: number; end: number };
  value: { min: number | null; max: number | null; unit: string | null };
  measure: string;
  country?: string | null;
  scope?: string;
  source: { kind: string; name: string | null };
  speech: string;
  hedges: string[];
}

export interface Score {
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: Record<string, number>;
  misses: string[];
}

const FIELDS = ['value', 'measure', 'source', 'speech', 'hedges', 'country', 'scope'] as const;

/** Matches predicted to expected claims by overlapping spans (one to one, in order) and compares field by field. */
export function score(expected: Expected[], predicted: Claim[]): Score {
  const used = new Set<number>();
  const right: Record<string, number> = {};
  const total: Record<string, number> = {};
  const misses: string[] = [];
  let matched = 0;
  for (const e of expected) {
    const i = predicted.findIndex((p, k) => !used.has(k) && p.span.start < e.span.end && e.span.start < p.span.end);
    if (i < 0) {
      misses.push(`missed ${e.span.start}-${e.span.end} (${e.measure})`);
      continue;
    }
    used.add(i);
    matched++;
    const p = predicted[i]!;
    const checks: Record<(typeof FIELDS)[number], boolean | undefined> = {
      value: p.value.min === e.value.min && p.value.max === e.value.max && p.value.unit === e.value.unit,
      measure: p.measure === e.measure,
      source: p.source.kind === e.source.kind && p.source.name === e.source.name,
      speech: p.speech === e.speech,
      hedges: [...p.hedges].sort().join(',') === [...e.hedges].sort().join(','),
      country: 'country' in e ? (p.subject?.country ?? null) === e.country : undefined,
      scope: e.scope !== undefined ? p.scope.type === e.scope : undefined,
    };
    for (const f of FIELDS) {
      const ok = checks[f];
      if (ok === undefined) continue;
      total[f] = (total[f] ?? 0) + 1;
      if (ok) right[f] = (right[f] ?? 0) + 1;
      else misses.push(`${e.span.start}-${e.span.end} ${f}: got ${JSON.stringify(f === 'source' ? p.source.name ?? p.source.kind : f === 'country' ? p.subject?.country : f === 'scope' ? p.scope.type : (p as unknown as Record<string, unknown>)[f])}`);
    }
  }
  predicted.forEach((p, k) => {
    if (!used.has(k)) misses.push(`extra ${p.span.start}-${p.span.end} "${p.text}" (${p.measure})`);
  });
  const precision = predicted.length ? matched / predicted.length : 1;
  const recall = expected.length ? matched / expected.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy: Record<string, number> = {};
  for (const f of FIELDS) if (total[f]) accuracy[f] = (right[f] ?? 0) / total[f]!;
  return { expected: expected.length, predicted: predicted.length, matched, precision, recall, f1, accuracy, misses };
}

export function formatScore(name: string, s: Score): string {
  const pct = (x: number) => (x * 100).toFixed(1) + '%';
  const acc = Object.entries(s.accuracy).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
  return `${name}: expected ${s.expected}, predicted ${s.predicted}, matched ${s.matched} | P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} | accuracy: ${acc}`;
}
